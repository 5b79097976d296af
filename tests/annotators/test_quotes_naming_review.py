"""Review of session 25's naming-clause, sign and heading rules (issue #16): real speech the
new rules must leave alone.

* a topic noun and a dash before an answer (``Asked about the headline – "..." said X``) is no
  song's or sign's text: only words set off between dashes (``singing the chorus – "..." –``)
  are; nor after a colon with a cue right after them (``On the lyrics: "...," she said``);
* a lone capitalised word a cue right before it reports (``said "No" firmly``) is the word
  said, not a name before its noun;
* a call made (``has called "for calm"``) and what a relative clause's person calls a thing
  (``which Moss has called "..."``, ``what he calls "..."``) are words said; ``something he
  calls "..."`` still names a thing of his;
* lower-case words a passive's agent follows after a naming participle (``The film, called
  "a masterpiece" by critics``) are the agent's words, not a title.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 5)


def test_an_answer_after_a_topic_noun_and_a_dash_is_speech() -> None:
    text = (
        "Singer answers her critics\n\n"
        "Asked about the headline – “It is nonsense, and they know it,” said singer Ella "
        "Fane.\n\n"
        "Fane, asked about the verse – “I wrote it for my mother.”\n\n"
        "By the encore, the crowd was singing the chorus – “hold the line, hold the line” – "
        "louder than the band."
    )
    found = speakers_and_roles(text, DAY)
    assert found["It is nonsense, and they know it"][0] == "Ella Fane"
    assert "I wrote it for my mother" in found
    assert not any(quoted.startswith("hold the line") for quoted in found)


def test_a_word_a_cue_right_before_it_reports_is_speech() -> None:
    text = (
        "Mayor resists calls to quit\n\n"
        "Asked whether she would resign, Mayor Lisa Ortega said “No” firmly and left the "
        "room.\n\n"
        "Her deputy, Tom Hale, replied “Maybe” twice when asked the same question."
    )
    found = speakers_and_roles(text, DAY)
    assert found["No"][0] == "Lisa Ortega"
    assert found["Maybe"][0] == "Tom Hale"


def test_a_call_made_and_a_relative_clause_s_person_calling_are_speech() -> None:
    text = (
        "Union rejects pay offer\n\n"
        "Union leader Ian Moss has called “for calm and patience” after Friday’s clashes "
        "outside the depot.\n\n"
        "The offer, which Moss has called “an insult to every driver”, will be put to a "
        "ballot.\n\n"
        "Moss said the cuts were what he calls “a slow strangling of the service”.\n\n"
        "Over a lunch of soup and something he calls “depot bread”, Moss said the strike "
        "would go ahead."
    )
    found = speakers_and_roles(text, DAY)
    assert found["for calm and patience"][0] == "Ian Moss"
    assert found["an insult to every driver"][0] == "Ian Moss"
    assert found["a slow strangling of the service"][0] == "Ian Moss"
    assert "depot bread" not in found


def test_words_a_passive_s_agent_gave_after_a_naming_participle_are_speech() -> None:
    text = (
        "Festival opens with a debut\n\n"
        "The film, called “a quiet masterpiece” by critics in Venice, opens the festival on "
        "Friday, director Ana Ruiz said.\n\n"
        "Ruiz also screens a short called “Salt and Tide” by her former student."
    )
    found = speakers_and_roles(text, DAY)
    assert "a quiet masterpiece" in found
    assert "Salt and Tide" not in found


def test_an_answer_a_cue_follows_after_a_text_noun_and_a_colon_is_speech() -> None:
    text = (
        "Band splits after twenty years\n\n"
        "Singer Ella Fane on the lyrics: “I wrote them in ten minutes on a bus,” she told "
        "reporters.\n\n"
        "The chorus goes: “Hold the line, hold the line.”"
    )
    found = speakers_and_roles(text, DAY)
    assert found["I wrote them in ten minutes on a bus"][0] == "Ella Fane"
    assert "Hold the line, hold the line" not in found
