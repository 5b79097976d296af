"""Quotations over several paragraphs in AP's doubled marks and in British single marks, and
the guards of issue #16 (session 15, second pass): a bare pronoun is never a speaker, AP's
``‘‘...’’`` set off a nickname as plain double marks do, ``so-called`` inside the marks makes a
term, and a speaker's short whole sentence alone is no title.

The sentences are written for these tests in the manner of news pages; none is copied from one."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def quotes(text: str) -> list[tuple[str, str | None, bool]]:
    """``(quoted words, speaker, continues)`` of every quotation of one English article, each
    checked to be the text at its offsets."""
    document = Document.from_text(
        text, id="runs", metadata=Metadata(language="en", published=dt.date(2024, 3, 9))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    found = list(document.annotations_of(AnnotationKind.QUOTE))
    assert all(q.text == document.text[q.start : q.end] for q in found)
    return [
        (q.text, q.attributes.get("speaker"), bool(q.attributes.get("continues"))) for q in found
    ]


# -- one quotation over paragraphs -----------------------------------------------------------


def test_an_ap_quotation_left_open_continues_in_the_next_paragraph() -> None:
    text = (
        "The ferry service was suspended on Tuesday after a storm damaged the pier.\n\n"
        "‘‘We know people rely on the boat,’’ harbour master Ines Varga said. "
        "‘‘But a pier with a crack in it is not a pier anyone should stand on.\n\n"
        "‘‘Give us a week and we will have the boats running again.’’\n\n"
        "Repairs are expected to cost about $2 million."
    )
    found = quotes(text)
    assert [(words[:12], speaker, more) for words, speaker, more in found] == [
        ("We know peop", "Ines Varga", False),
        ("But a pier w", "Ines Varga", False),
        ("Give us a we", "Ines Varga", True),
    ]


def test_an_ap_quotation_runs_on_over_three_paragraphs_as_one() -> None:
    text = (
        "The choir director retired after forty years.\n\n"
        "‘‘Nobody sang on key the first week,’’ Tomas Lindqvist said. ‘‘I did not mind.\n\n"
        "‘‘By Christmas they filled the hall.\n\n"
        "‘‘That was the best year of my life.’’"
    )
    found = quotes(text)
    assert [more for _, _, more in found] == [False, False, True, True]
    assert {speaker for _, speaker, _ in found} == {"Tomas Lindqvist"}


def test_a_british_single_quotation_left_open_continues_in_the_next_paragraph() -> None:
    text = (
        "A councillor was fined for failing to declare her shares.\n\n"
        "'You knew the rules,' the chairman, Owen Pryce, said. 'You chose to ignore them.\n\n"
        "'The public expects better from the people it elects.'\n\n"
        "The councillor said she would appeal."
    )
    found = quotes(text)
    assert [(words[:10], speaker, more) for words, speaker, more in found] == [
        ("You knew t", "Owen Pryce", False),
        ("You chose ", "Owen Pryce", False),
        ("The public", "Owen Pryce", True),
    ]


def test_a_single_mark_left_open_before_a_paragraph_without_one_is_no_quotation() -> None:
    text = (
        "'It is over,' Owen Pryce said of the season's 'long march.\n\n"
        "The club will name a new coach in June."
    )
    assert [words for words, _, _ in quotes(text)] == ["It is over"]


# -- guards -------------------------------------------------------------------------------------


def test_a_pronoun_left_unresolved_is_never_output_as_a_speaker() -> None:
    text = (
        "Kelp farms are spreading along the coast.\n"
        "'When I was done one diver swam up and asked: 'Why did nobody tell us?'\n"
        "They said the farms had surprised them,' the biologist told reporters.\n"
        "The farms need little fresh water."
    )
    speakers = {speaker for _, speaker, _ in quotes(text)}
    assert not speakers & {"She", "He", "They", "It", "We", "I"}


def test_a_nickname_in_ap_marks_is_no_quotation() -> None:
    text = (
        "Beatrice ‘‘Bea’’ Holm, jazz singer who toured with big bands, dies at 91\n\n"
        "By TOM REED Associated Press\n\n"
        "CHICAGO (AP) — Beatrice Holm, the singer known as ‘‘Bea’’ who recorded 14 albums, "
        "has died. She was 91.\n\n"
        "‘‘She sang every night like it was her last,’’ her son, Peter Holm, said."
    )
    assert [words for words, _, _ in quotes(text)] == ["She sang every night like it was her last"]


def test_so_called_inside_the_marks_sets_off_a_term() -> None:
    text = (
        "The mayor said the ‘so-called parking reforms’ had emptied the high street.\n\n"
        "‘We need people to come back,’ Mayor Lucy Brandt said."
    )
    assert [words for words, _, _ in quotes(text)] == ["We need people to come back"]


def test_a_speakers_short_whole_sentence_alone_is_speech_not_a_title() -> None:
    text = (
        "The visitors scored twice in the last ten minutes.\n\n"
        '"We stopped running," captain Hugo Ferrand said afterwards. "That Is on Us."'
    )
    assert [(words, speaker) for words, speaker, _ in quotes(text)] == [
        ("We stopped running", "Hugo Ferrand"),
        ("That Is on Us.", "Hugo Ferrand"),
    ]


# -- a description, then the name in apposition -----------------------------------------------


def test_a_description_then_a_name_in_apposition_gives_the_name_with_the_role() -> None:
    text = (
        "The council approved the bypass on Monday.\n\n"
        "Conservative councillor for Hebden Bridge, Ann Pike, said the vote was "
        '"rushed and unfair".'
    )
    document = Document.from_text(
        text, id="runs", metadata=Metadata(language="en", published=dt.date(2024, 3, 9))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    (quote,) = document.annotations_of(AnnotationKind.QUOTE)
    assert quote.attributes["speaker"] == "Ann Pike"
    assert quote.attributes["role"] == "Conservative councillor for Hebden Bridge"
