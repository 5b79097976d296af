"""German indirect speech in the plural: where the Konjunktiv I reads like the indicative
(``sie haben``, ``sie müssen``), the press writes the Konjunktiv II (``hätten``, ``müssten``,
``könnten``), and the few words quoted in such a sentence are the reported speaker's, as they
are after ``sei`` or ``habe``. Umlauted, these forms are no past tense (``hatten``). Such
speech goes on from a sentence that names its speaker in a cue after a comma (``..., sagte
Roth. Die Preise seien „...“``).

The sentences are written for these tests in the manner of German news articles; none is
copied from a key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_of_quotes

DAY = dt.date(2026, 11, 4)


def test_quoted_words_in_a_plural_konjunktiv_ii_sentence_are_the_reported_speakers() -> None:
    found = speakers_of_quotes(
        "Der Landkreis will zwei Kliniken zusammenlegen. Das kündigte Landrätin Petra Ohlsen "
        "am Dienstag in Celle an. Die Pläne seien seit Monaten bekannt.\n"
        "Betriebsrätin Sonja Reimers kritisierte den Plan am Mittwoch scharf. Die Kollegen "
        "hätten „schlicht keine Zeit mehr“ für ihre Patienten. Die Betten müssten „in der "
        "Region bleiben“.",
        DAY,
        "de",
    )
    assert found["schlicht keine Zeit mehr"] == "Sonja Reimers"
    assert found["in der Region bleiben"] == "Sonja Reimers"


def test_the_indicative_past_quotes_no_one() -> None:
    # ``hatten`` is the past tense, not reported speech: the quoted words are the writer's.
    found = speakers_of_quotes(
        "Betriebsrätin Sonja Reimers kritisierte den Plan am Mittwoch scharf.\n"
        "Schon im Sommer hatten die Stationen „Land unter“ gemeldet.",
        DAY,
        "de",
    )
    assert found.get("Land unter") is None


def test_reported_speech_goes_on_from_a_cue_after_a_comma() -> None:
    # No quotation before in the paragraph: the sentence before names its speaker only in
    # the cue after its comma (``..., sagte Roth.``), and the Konjunktiv goes on with her.
    found = speakers_of_quotes(
        "Die Stadt hebt die Parkgebühren im Januar an. Das kündigte Kämmerin Ilse Roth am "
        "Montag an. Die Einnahmen seien seit Jahren gesunken, sagte Roth. Die neuen Preise "
        "seien „für alle zumutbar“.",
        DAY,
        "de",
    )
    assert found["für alle zumutbar"] == "Ilse Roth"


def test_a_konjunktiv_i_of_an_ordinary_verb_reports_speech_too() -> None:
    # ``erwarte sie``, ``rechne er``, ``gelte``: the third person's Konjunktiv I, unlike the
    # indicative (``erwartet``), tells reported speech as ``sei`` does.
    found = speakers_of_quotes(
        "„Wir müssen jetzt handeln“, sagte Vorstandschefin Anna Roth am Montag. Der Umsatz sei "
        "im Herbst eingebrochen. Eine Erholung erwarte sie „nicht vor 2029“.",
        DAY,
        language="de",
    )
    assert found["nicht vor 2029"] == "Anna Roth"


def test_a_konjunktiv_i_form_read_otherwise_reports_no_speech() -> None:
    # The form of ``erwarte``, ``halte``, ``sehe`` is also the first person's indicative (``Ich
    # halte``, ``Das sehe ich``) and, with a capital, the imperative (``Erwarte nicht``); and
    # ``plane`` is also the noun ``Plane``: no reported speech in those sentences.
    lead = "„Wir müssen jetzt handeln“, sagte Vorstandschefin Anna Roth am Montag. "
    for sentence, words in (
        ("Ich halte das für „blanken Unsinn“.", "blanken Unsinn"),
        ("Das sehe ich als „großen Erfolg“.", "großen Erfolg"),
        ("Erwarte nicht zu viel von „diesem Gipfel“.", "diesem Gipfel"),
        ("Unter einer Plane blieb alles „trocken und sicher“.", "trocken und sicher"),
    ):
        found = speakers_of_quotes(lead + sentence, DAY, language="de")
        assert found.get(words) is None, sentence
    found = speakers_of_quotes(lead + "Sie halte das für „blanken Unsinn“.", DAY, language="de")
    assert found["blanken Unsinn"] == "Anna Roth"
