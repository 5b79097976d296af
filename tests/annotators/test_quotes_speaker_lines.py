"""A transcript's turns printed without quotation marks (session 30, issue #16;
annotators/quotes/speaker_lines.py): a broadcast or an interview written as ``NAME: words``
lines gives the interviewee's answers as their words (not quoted), the host's and the
reporter's turns (``, HOST``, ``, BYLINE``, or mostly questions) as no one's; a label that
names no one in the text (``VERDICT:``) makes no turn.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_and_quoted


def test_a_broadcast_transcript_s_guest_turns_are_their_words() -> None:
    text = (
        "Weekend Edition\n\n"
        "Why the Danube's barges are running half empty\n\n"
        "PAUL KERSHAW, HOST:\n\n"
        "Low water has left the river too shallow for a full load. Ilona Varga runs a shipping "
        "firm in Budapest, and she joins us now.\n\n"
        "ILONA VARGA: Thanks, it's good to be here.\n\n"
        "KERSHAW: Tell us how low the river is.\n\n"
        "VARGA: Lower than any autumn I can remember. We load a third and pray for rain.\n\n"
        "KERSHAW: And the cost of that?\n\n"
        "VARGA: Every empty tonne is money we never see again.\n\n"
        "KERSHAW: Ilona Varga in Budapest, thank you.\n"
    )
    found = speakers_and_quoted(text)
    assert found["Lower than any autumn I can remember. We load a third and pray for rain."] == (
        "Ilona Varga",
        False,
    )
    assert found["Every empty tonne is money we never see again."] == ("Ilona Varga", False)
    host = ("Tell us", "And the cost", "Ilona Varga in")
    assert not any(words.startswith(host) for words in found)


def test_an_interview_s_questions_are_no_one_s_quotation() -> None:
    text = (
        "Baker Tomas Lindqvist has run the same oven in Umeå for 40 years.\n\n"
        "Anna Berg: When do you start in the morning?\n\n"
        "Tomas Lindqvist: At three. The dough does not wait for anyone.\n\n"
        "Anna Berg: Will you ever retire?\n\n"
        "Tomas Lindqvist: When the oven does, and it is younger than me.\n"
    )
    found = speakers_and_quoted(text)
    assert found["At three. The dough does not wait for anyone."] == ("Tomas Lindqvist", False)
    assert "Will you ever retire?" not in found


def test_a_fact_check_s_headings_are_no_turns() -> None:
    text = (
        "Fact check: the ferry fare claims\n\n"
        'CLAIM: "Fares have doubled since 2020." - Councillor Ruth Amos\n\n'
        "VERDICT: Mostly false, the fares rose by a third.\n\n"
        'CLAIM: "Nobody uses the night ferry." - Councillor Ben Hale\n\n'
        "VERDICT: False, about 300 people a night do.\n"
    )
    found = speakers_and_quoted(text)
    assert not any(words.startswith(("Mostly false", "False, about")) for words in found)


def test_two_guests_sharing_a_surname_are_two_speakers() -> None:
    text = (
        "Morning Edition\n\n"
        "PAUL KERSHAW, HOST:\n\n"
        "Anna Berg and her brother Erik Berg run the last ferry across the fjord. They join us "
        "now.\n\n"
        "ANNA BERG: Thank you, it's lovely to be on.\n\n"
        "KERSHAW: How many crossings a day?\n\n"
        "ERIK BERG: Eleven in summer, four in winter when the ice comes.\n\n"
        "KERSHAW: And who steers?\n\n"
        "ANNA BERG: I steer, he fixes the engine.\n"
    )
    found = speakers_and_quoted(text)
    assert found["Eleven in summer, four in winter when the ice comes."] == ("Erik Berg", False)
    assert found["I steer, he fixes the engine."] == ("Anna Berg", False)


def test_a_label_naming_no_person_makes_no_turn() -> None:
    # A recipe's and a cabinet list's headings (``Prep Time:``, ``Home Secretary:``), a page's
    # links (``WATCH:``, ``READ MORE:``, spelt ``Watch``/``Read More`` in the text): no one
    # answers anyone.
    recipe = (
        "This roast is easy to make on a Sunday.\n\n"
        "Prep Time: 15 minutes of chopping\n"
        "Cook Time: an hour and a half\n"
        "Total Time: about two hours\n"
        "Main Course: roast lamb with herbs\n"
    )
    cabinet = (
        "The new cabinet was named on Friday. Maria Lund kept her closest allies.\n\n"
        "Prime Minister: Maria Lund\n"
        "Home Secretary: Jonas Berg\n"
        "Foreign Secretary: Elin Dahl\n"
        "Defence Secretary: Per Holm\n"
    )
    links = (
        "Rescue crews worked through the night in the flooded town.\n\n"
        "WATCH: Rescue crews pull a family from the water\n\n"
        "The river rose two metres in an hour.\n\n"
        "READ MORE: Floods hit the north again\n\n"
        "WATCH: Drone footage of the flooded valley\n\n"
        "Watch the video above. Read More stories on our site.\n"
    )
    assert speakers_and_quoted(recipe) == {}
    assert speakers_and_quoted(cabinet) == {}
    assert speakers_and_quoted(links) == {}


def test_a_long_transcript_is_read_in_linear_time() -> None:
    # Each speaker's name is looked up in the text once, not once per turn (500 KB of turns,
    # the name written out only at the end, took minutes).
    import time

    from newsbrief.annotators.quotes.speaker_lines import speaker_lines

    labels = ("MARTA SOLE", "IVAN DREW, HOST", "SOLE", "DREW")
    turns = [f"{labels[n % 4]}: the river rose again on day {n}." for n in range(12000)]
    text = "\n".join(turns) + "\n\nMarta Sole spoke to Ivan Drew."
    began = time.perf_counter()
    found = speaker_lines(text, "en")
    assert time.perf_counter() - began < 5
    assert len(found) == 6000 and found[0].name == "Marta Sole"
