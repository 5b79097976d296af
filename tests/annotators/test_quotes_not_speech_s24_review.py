"""Speech the session-24 not-speech rules must keep (review of issue #16's rules): a short
quotation those rules read as a name or a term is someone's words when a cue reports it.

* a gloss after ``, or`` with a cue after it (``stay, or "go," the coach said``);
* a quotation an indefinite phrase follows whose cue comes after an aside set off by commas
  (``"Never again," a survivor, now 94, told ...``);
* a heading's quotation before the noun a cue in the heading makes the speaker
  (``'Gutted' owner says ...``), while a name before its noun stays no speech;
* a quotation after a comma that follows a title is no item of a list when its own speaker's
  cue follows it (``sang "Danny Boy", "for my father," she said``).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)
HEADLINE = "Quarry plan divides Ashby Vale\n\n"


def test_a_short_answer_after_or_is_speech_when_a_cue_follows() -> None:
    text = HEADLINE + (
        'Asked whether the striker would stay at Ashby Vale next season, or "go," the club\'s '
        "coach said only that talks were under way."
    )
    assert "go" in speakers_and_roles(text, DAY)


def test_a_gloss_after_or_is_still_a_term() -> None:
    text = HEADLINE + (
        'Divers recovered the flight data recorder, or "black box," from the lake on Sunday, '
        "inspector Helen Marsh said."
    )
    assert "black box" not in speakers_and_roles(text, DAY)


def test_a_speaker_set_off_by_commas_after_a_short_quotation_is_read() -> None:
    text = HEADLINE + (
        '"Never again," a survivor of the 1987 flood, now 91, told the crowd at the '
        "riverside memorial on Saturday."
    )
    assert "Never again" in speakers_and_roles(text, DAY)


def test_a_product_name_with_its_description_is_still_no_speech() -> None:
    text = HEADLINE + (
        'The operator will use "DustGuard," a sensor network built in Leeds, to track the '
        "air near the school."
    )
    assert "DustGuard" not in speakers_and_roles(text, DAY)


def test_a_heading_word_before_the_speaker_a_heading_cue_names_is_speech() -> None:
    text = (
        "'Gutted' owner says flood ruined pub\n\n"
        'Pub owner Owen Pryce said he was "gutted" after water reached the bar on Monday.'
    )
    assert speakers_and_roles(text, DAY)["Gutted"][0] == "Owen Pryce"


def test_a_heading_name_before_its_noun_is_still_no_speech() -> None:
    text = (
        "'Kettle' burglar targets village homes, police say\n\n"
        "Police in Ashby Vale said a man had entered six houses since October."
    )
    assert "Kettle" not in speakers_and_roles(text, DAY)


def test_a_quotation_after_a_title_and_a_comma_with_its_own_cue_is_speech() -> None:
    text = HEADLINE + (
        'At the vigil Moira Kent sang "The Parting Glass", "because my brother asked for it '
        'years ago," she said afterwards.'
    )
    found = speakers_and_roles(text, DAY)
    assert "The Parting Glass" not in found
    assert found["because my brother asked for it years ago"][0] == "Moira Kent"


def test_signs_listed_after_a_sign_are_still_no_speech() -> None:
    text = HEADLINE + (
        'Campaigners held up boards reading "Hands off the harbour", "No more quarries" and '
        '"Ashby says no", a police spokesman said.'
    )
    found = speakers_and_roles(text, DAY)
    for sign in ("Hands off the harbour", "No more quarries", "Ashby says no"):
        assert sign not in found


def test_a_quotation_after_a_term_and_a_comma_is_speech_when_its_cue_verb_comes_first() -> None:
    # The exemption for a quotation's own cue read only ``"...," she said``: in German,
    # French and Spanish the verb stands before the speaker (``, sagte Eva Klein``), so a
    # quotation after a term and a comma was dropped as an item of a list.
    cases = {
        "de": (
            "Sie nannte den Plan „Flickwerk“, „wir lassen uns das nicht gefallen, von "
            "niemandem in diesem Land“, sagte Eva Klein.",
            "wir lassen uns das nicht gefallen, von niemandem in diesem Land",
            "Eva Klein",
        ),
        "fr": (
            "Elle a qualifié le projet de « fiasco », « une honte pour tous ceux qui ont voté "
            "pour nous », a déclaré Anne Roux.",
            "une honte pour tous ceux qui ont voté pour nous",
            "Anne Roux",
        ),
        "es": (
            "Lo llamó «desastre», «una vergüenza para los que trabajamos cada día en el "
            "puerto», dijo Ana Cruz.",
            "una vergüenza para los que trabajamos cada día en el puerto",
            "Ana Cruz",
        ),
        "en": (
            'At the vigil Moira Kent sang "The Parting Glass", "because my brother asked for '
            'it years ago," said Moira Kent afterwards.',
            "because my brother asked for it years ago",
            "Moira Kent",
        ),
    }
    for language, (text, quoted, speaker) in cases.items():
        found = speakers_and_roles(text, DAY, language=language)
        assert found.get(quoted, (None,))[0] == speaker, (language, found)
