"""Quotation marks that set off no one's words (session 24, issue #16): classes that recur on
the English keys, each a convention of news writing:

* a headline's quotation takes the speaker of a body quotation holding its words only when that
  quotation is speech: ``a 'Harbour Lights' retrospective`` over a body that names the film
  ``"Harbour Lights"`` again is a title, not the words of the person the body's sentence quotes;
  nor when the body's text (no other heading) sets the very same words off as no speech
  (``braces for 'amber' storm warning`` over ``an "amber" wind warning``);
* a chant, a nickname coined by a group and a term in general use, after a naming phrase of the
  language's data (``to chants of "..."``, ``a chant of``, ``taken to calling``, ``sometimes
  called``, ``sometimes described as``): names, whoever the sentence names; a naming word is a
  whole word (``merchants of "..."`` after ``warned`` is speech, no ``chants of``); so is a
  slogan after its noun, whatever stands before it (``her campaign slogan, "..."``), and a
  name given by a naming verb (``[quotes] naming_verbs``: ``crowned``) across a possessive
  (``crowned the nation’s ‘...’``, ``dubbed the villa’s ‘...’``);
* a name before the noun saying what it names (``[quotes] named_kinds``: ``its "rural
  lifeline" programme``, ``the "one town, one fare" rule``): a scheme, a product, a campaign;
* a heading whose subject is read as the speaker with no cue, the quotation set after a
  preposition or an article (``[quotes] embedded_after``: ``traders ask council for 'quiet
  hours'``): a phrase of the headline, not the subject's words (``Kestrel Bay 'ready' ...``,
  right after the subject, stays speech);
* a quotation listed after one that is no speech (a comma or ``[quotes] list_conjunctions``
  between: ``placards reading "..." and "..."``) is none either;
* a short quotation a noun phrase after its comma describes (``"TriageMate," an online
  booking tool``, ``"low or flat," a standard survey measure``): a name or a term; with a cue
  in that phrase (``"Not yet," a spokesman ... said``) it is speech;
* a heading opening with a quotation (at most a label and a colon before it) right before
  the lower-case noun it qualifies (``‘Lantern’ burglar targets ...``): a name; before a
  function word (``‘Shattered’ after ...``) it stays speech;
* a gloss of at most three words after ``, or`` (``[quotes] gloss_words``: ``the voyage data
  recorder, or "black box,"``) is another name; a longer quotation there stays speech.

And the other way, speech:

* words set off before their noun in a clause a cue reports with no ``that`` (``said its
  clinics were seeing "unusually long" waiting times``): a partial quotation, unless a
  preposition stands between the cue and it (``speaking in her mock "ship captain" voice``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


def test_a_headline_title_the_body_names_again_is_no_one_s_words() -> None:
    text = (
        "Seaside festival opens with a ‘Harbour Lights’ retrospective\n\n"
        "By Tomasz Rilke\n\n"
        "The festival in Kestrel Bay opened on Friday with a restored print of “Harbour "
        "Lights,” the 1962 drama shot on the town’s quay, its director Maren Olsk said.\n\n"
        "“We found the negative in a shed behind the lifeboat station,” Olsk said. “It had "
        "been there for forty years.”"
    )
    found = speakers_and_roles(text, DAY)
    assert "Harbour Lights" not in found
    assert found["It had been there for forty years"][0] == "Maren Olsk"


def test_chants_and_names_in_general_use_are_no_one_s_words() -> None:
    text = (
        "Vote count goes late in Harlow East\n\n"
        "Delphine Arrowsmith took the stage just before midnight to chants of "
        '"Del-phine! Del-phine!" from a few hundred supporters.\n\n'
        'A chant of "Not one more tower" briefly stopped the count, officials said.\n\n'
        'Supporters have taken to calling "the quiet count" the hours before the first ballot '
        'box is opened. The practice, sometimes called "ward walking," is older than the town. '
        'Postal checks, sometimes described as "envelope triage", took most of the evening, a '
        "returning officer said.\n\n"
        'Arrowsmith warned the town\'s merchants of "a long, hard winter ahead." She said the '
        "hall would stay open until the last result."
    )
    found = speakers_and_roles(text, DAY)
    for name in (
        "Del-phine! Del-phine!",
        "Not one more tower",
        "the quiet count",
        "ward walking",
        "envelope triage",
    ):
        assert name not in found
    assert found["a long, hard winter ahead"][0] == "Delphine Arrowsmith"


def test_a_name_before_the_noun_of_what_it_names_is_no_one_s_words() -> None:
    text = (
        "Coastal towns get bus money\n\n"
        'The transport ministry said on Tuesday that its "rural lifeline" programme would add 40 '
        "routes.\n\n"
        'Bus operators said the "one town, one fare" rule had already cut costs, the ministry '
        "added."
    )
    found = speakers_and_roles(text, DAY)
    assert "rural lifeline" not in found
    assert "one town, one fare" not in found


def test_a_heading_subject_says_nothing_set_after_a_preposition() -> None:
    text = (
        "Kestrel Bay traders ask council for ‘quiet hours’\n\n"
        "By Tomasz Rilke\n\n"
        "Shop owners on the harbour front want deliveries kept to the mornings, a petition "
        "handed in on Monday says.\n\n"
        '"The lorries block the whole street at lunchtime," said Maren Olsk, who runs a bakery '
        "there."
    )
    found = speakers_and_roles(text, DAY)
    assert "quiet hours" not in found
    assert found["The lorries block the whole street at lunchtime"][0] == "Maren Olsk"
    kept = speakers_and_roles("Kestrel Bay ‘ready’ for summer crowds\n\n" + text, DAY)
    assert kept["ready"][0] == "Kestrel Bay"


def test_a_heading_word_the_body_sets_off_as_a_term_is_no_one_s_words() -> None:
    text = (
        "Kestrel Bay braces for ‘amber’ storm warning\n\n"
        "By Tomasz Rilke\n\n"
        'The national forecaster has issued an "amber" wind warning for the coast from Friday '
        "morning.\n\n"
        '"Amber means you should expect damage to roofs and fallen trees," forecaster Ilse Brandt '
        "said."
    )
    found = speakers_and_roles(text, DAY)
    assert "amber" not in found
    assert found["Amber means you should expect damage to roofs and fallen trees"][0] == (
        "Ilse Brandt"
    )


def test_a_quotation_listed_after_a_placard_is_a_placard_too() -> None:
    text = (
        "Hundreds march over harbour closures\n\n"
        'Dock workers stood outside the town hall on Saturday holding up signs reading "Our '
        'harbour, our jobs" and "The council is not listening" until councillor Ivo Strand came '
        "out to meet them.\n\n"
        '"We hear you," Strand said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "The council is not listening" not in found
    assert found["We hear you"][0] == "Ivo Strand"


def test_a_name_an_indefinite_description_after_its_comma_explains_is_no_one_s_words() -> None:
    text = (
        "Clinics launch booking tool\n\n"
        'Harbourside Health Partners said on Monday it had launched "TriageMate," an online '
        'booking tool, at 12 clinics. Patients who told researchers they felt "low or flat," a '
        "standard survey measure, were twice as likely to miss appointments, the network "
        "said.\n\n"
        '"Not yet," a spokesman for the network said when asked whether fees would rise.'
    )
    found = speakers_and_roles(text, DAY)
    assert "TriageMate" not in found
    assert "low or flat" not in found
    assert "Not yet" in found


def test_a_slogan_after_its_noun_is_no_one_s_words() -> None:
    text = (
        "Brandt claims victory in Kestrel Bay\n\n"
        "Candidate Ilse Brandt thanked volunteers at the yacht club, most of them in T-shirts "
        'bearing her campaign slogan, "Harbour first, always".\n\n'
        '"We did this together," Brandt said.'
    )
    found = speakers_and_roles(text, DAY)
    assert "Harbour first, always" not in found
    assert found["We did this together"][0] == "Ilse Brandt"


def test_a_name_given_across_a_possessive_is_no_one_s_words() -> None:
    text = (
        "Reality pair split\n\n"
        "Kayla Dune and Jed Orr have parted. A phone vote in June crowned the series’ "
        "‘perfect match’ and Orr, long dubbed the villa’s ‘quiet one’ by fans, has "
        "not commented.\n\n"
        "“We will always be friends,” Dune said in a post on Sunday."
    )
    found = speakers_and_roles(text, DAY)
    assert "perfect match" not in found
    assert "quiet one" not in found
    assert found["We will always be friends"][0] == "Kayla Dune"


def test_a_heading_opening_with_words_before_their_noun_is_no_one_s_words() -> None:
    body = (
        "By Tomasz Rilke\n\n"
        "Officers are looking for a man who has taken solar lights from more than 30 gardens "
        "since October.\n\n"
        '"Lock your sheds and check your cameras," Sergeant Ilse Brandt said.'
    )
    heading = "‘Lantern’ burglar targets garden sheds in Kestrel Bay, police say\n\n"
    found = speakers_and_roles(heading + body, DAY)
    assert "Lantern" not in found
    assert found["Lock your sheds and check your cameras"][0] == "Ilse Brandt"
    kept = speakers_and_roles(
        "‘Shattered’ after the final, says captain Ivo Strand\n\n" + body, DAY
    )
    assert "Shattered" in kept


def test_words_before_their_noun_in_a_reported_clause_are_speech() -> None:
    text = (
        "Clinic waits grow\n\n"
        'Harbourside Health Partners said its clinics were seeing "unusually long" waiting '
        'times. Chief executive Ilse Brandt, speaking in her mock "ship captain" voice at the '
        "launch, joked about the queues."
    )
    found = speakers_and_roles(text, DAY)
    assert found["unusually long"][0] == "Harbourside Health Partners"
    assert "ship captain" not in found


def test_a_short_gloss_after_or_is_another_name() -> None:
    text = (
        "Ferry recorders found\n\n"
        'Divers recovered the voyage data recorder, or "black box," from the wreck on Tuesday, '
        "the Kestrel Bay harbour authority said.\n\n"
        'Asked whether she would stay on, or "walk away from all of it," harbour master Ilse '
        "Brandt said she had not decided."
    )
    found = speakers_and_roles(text, DAY)
    assert "black box" not in found
    assert found["walk away from all of it"][0] == "Ilse Brandt"
