"""Documents whose text is not NFC are analysed as their NFC view, spans kept in the original."""

from __future__ import annotations

import json
import time
import unicodedata

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.model import Briefing, Document, Metadata
from newsbrief.nlp.normal_form import OffsetMap, _unstable, normal_view
from newsbrief.nlp.tokens import count_words, terms
from newsbrief.pipeline.annotate import annotate


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def nfc(value: object) -> object:
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def document(text: str, language: str, title: str | None = None) -> Document:
    return Document.from_text(text, id="a", metadata=Metadata(language=language, title=title))


def facts(doc: Document) -> list[tuple[object, ...]]:
    """The document's annotations in NFC, offsets left out (they differ between the forms)."""
    return [
        (a.kind, nfc(a.text), a.annotator, tuple((k, nfc(v)) for k, v in a.attributes.items()
                                                 if not k.endswith(("_start", "_end"))))
        for a in doc.annotations
    ]  # fmt: skip


def assert_verbatim(doc: Document) -> None:
    for span in (*doc.sentences, *doc.annotations):
        assert doc.text[span.start : span.end] == span.text
    for annotation in doc.annotations:
        first = annotation.attributes.get("speaker_start")
        last = annotation.attributes.get("speaker_end")
        if first is not None and last is not None:
            assert doc.text[first:last] == annotation.attributes["speaker_mention"]


# --- the offset map ----------------------------------------------------------------------------

# Letters that decompose, marks, Hangul (jamo compose with each other), plain letters and spaces.
_ALPHABET = st.sampled_from(
    [*"aeiouAEIOU éèêëüöäñçÉÜßệờữ한국어 .,«»\"'", "\u0301", "\u0308", "\u0323", "\u1100",
     "\u1161", "\u11a8", "\u0f73"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.text(_ALPHABET, max_size=40))
# U+0F73 is a starter whose marks reorder: U+0301 after two of them composes with the 'A'.
@example("A\u0f73\u0f73\u0301")
def test_map_view_is_nfc_and_chunks_match(text: str) -> None:
    offsets = OffsetMap(text)
    assert offsets.view == unicodedata.normalize("NFC", text)
    done = (0, 0)
    for a, b, c, d in offsets.chunks():  # kept chunks; between them, the same code points
        assert unicodedata.normalize("NFC", text[a:b]) == offsets.view[c:d]
        assert text[done[0] : a] == offsets.view[done[1] : c]
        done = (b, d)
    assert text[done[0] :] == offsets.view[done[1] :]
    assert offsets.to_view(0, len(text)) == (0, len(offsets.view))
    assert offsets.to_original(0, len(offsets.view)) == (0, len(text))


def test_a_boundary_inside_a_chunk_snaps_to_its_edges() -> None:
    offsets = OffsetMap(nfd("Müller"))  # M u ̈ l l e r: the chunk u + ̈ is one letter of the view
    assert offsets.view == "Müller"
    assert offsets.to_original(1, 2) == (1, 3)
    assert offsets.to_view(2, 3) == (1, 2)  # from inside the chunk: the whole ü
    assert offsets.to_view(3, 7) == (2, 6)


def test_nfc_text_has_no_view() -> None:
    assert normal_view(document("José Müller a parlé.", "fr")) is None


# --- annotations: NFD gives what NFC gives --------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "José Müller",
        "Hélène Dupré",
        "Zoë Ångström",
        "Señora Núñez",
        "le 3 février 2025",
        "am 14. März 2024",
        "el 2 de diciembre",
        "« Nous créerons une école », a déclaré",
        "„Wir schaffen das“, sagte",
        "—Todavía no —dijo",
        "a déclaré",
        "à Genève",
        "in Düsseldorf",
        "en Málaga",
        ".",
        ". ",
        ", ",
        " ",
        "\n\n",
    ]
)


#: Text of the annotation property: no U+0F73, whose marks NFC puts before an accent already on
#: the letter (``é`` + U+0F73 -> ``e`` U+0F71 U+0F72 U+0301 decomposed): that letter and its
#: marks are one chunk of the map, so a span ending after ``é`` widens over the marks.
_TEXT = st.sampled_from([*"aeiouAEIOU éèêëüöäñçÉÜßệờữ한국어 .,«»\"'", "\u0301", "\u0308", "\u0323"])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.one_of(_PIECES, st.text(_TEXT, max_size=6)), max_size=14),
    st.sampled_from(["fr", "de", "es", "vi"]),
)
def test_nfd_document_annotated_as_its_nfc_form(pieces: list[str], language: str) -> None:
    text = unicodedata.normalize("NFC", "".join(pieces))
    (composed,) = annotate([document(text, language)])
    (decomposed,) = annotate([document(nfd(text), language)])
    assert decomposed.text == nfd(text)  # the original text, never the view
    assert_verbatim(decomposed)
    assert facts(decomposed) == facts(composed)
    assert [nfc(s.text) for s in decomposed.sentences] == [s.text for s in composed.sentences]


# --- whole briefings in four languages ------------------------------------------------------------

_ARTICLES = {
    "fr": (
        "Réforme à Genève",
        "Le ministre José Müller a présenté lundi 3 février 2025 à Genève un plan pour les écoles. "
        "« Nous créerons une école à Sète avant l'été », a déclaré le ministre. "
        "Selon Hélène Dupré, la réforme entrera en vigueur en décembre.\n\n"
        "Les élèves de Besançon attendent depuis février des réponses précises.",
    ),
    "de": (
        "Brücke in Düsseldorf",
        "Die Bürgermeisterin Jürgen Köhler eröffnete am 14. März 2024 in Düsseldorf eine Brücke. "
        "„Wir haben fünf Jahre darauf gewartet“, sagte Köhler vor zahlreichen Gästen. "
        "Der Verkehr über den Rhein soll ab Mai flüssiger werden.\n\n"
        "Die Stadtwerke Lübeck prüfen ähnliche Pläne für den Süden der Stadt.",
    ),
    "es": (
        "Núñez en Málaga",
        "La alcaldesa Begoña Núñez inauguró el 2 de diciembre de 2023 un puerto en Málaga. "
        "—Todavía queda mucho por hacer —dijo Núñez ante los vecinos de Cádiz. "
        "Según Íñigo Ibáñez, las obras terminarán en junio.\n\n"
        "El Ayuntamiento de León estudia un proyecto parecido para el próximo año.",
    ),
    "vi": (
        "Hà Nội mở cầu mới",
        "Ông Nguyễn Văn Thắng cho biết ngày 5 tháng 9 năm 2024 Hà Nội sẽ mở cầu mới. "
        '"Chúng tôi sẽ hoàn thành đúng hạn", ông Thắng nói với báo chí tại Đà Nẵng. '
        "Theo bà Trần Thị Hương, dự án tốn nhiều tiền hơn dự kiến.\n\n"
        "Người dân Huế mong chờ một công trình tương tự.",
    ),
}


_OFFSETS = {"start", "end", "speaker_start", "speaker_end", "timex_first_end", "timex_last_start"}


def without_offsets(value: object) -> object:
    """An exported briefing with its offsets and hashes left out and its strings in NFC."""
    if isinstance(value, dict):
        return {k: without_offsets(v) for k, v in value.items() if k not in {*_OFFSETS, "sha256"}}
    if isinstance(value, list):
        return [without_offsets(v) for v in value]
    return nfc(value)


def briefing_facts(briefing: Briefing) -> dict[str, object]:
    (doc,) = briefing.documents
    return {
        "annotations": facts(doc),
        "summary": [nfc(item.sentence.text) for item in briefing.summary],
        "sentences": [nfc(s.text) for s in doc.sentences],
    }


@pytest.mark.parametrize("language", sorted(_ARTICLES))
def test_nfd_briefing_equals_the_nfc_briefing(language: str) -> None:
    title, text = _ARTICLES[language]
    composed = newsbrief.build_briefing([document(text, language, title)])
    decomposed = newsbrief.build_briefing([document(nfd(text), language, nfd(title))])
    (doc,) = decomposed.documents
    assert doc.text == nfd(text) and doc.metadata.title == nfd(title)
    assert [story.label for story in decomposed.stories] == [nfd(title)]
    assert_verbatim(doc)
    for item in decomposed.summary:
        assert doc.text[item.sentence.start : item.sentence.end] == item.sentence.text
    assert briefing_facts(decomposed) == briefing_facts(composed)
    # Every section of the briefing too (timeline, quotes, entities, sources...).
    exported = [json.loads(newsbrief.export(b, "json")) for b in (composed, decomposed)]
    assert without_offsets(exported[1]) == without_offsets(exported[0])
    kinds = {kind for kind, *_ in briefing_facts(composed)["annotations"]}  # type: ignore[misc]
    assert {"entity", "date"} <= kinds


def test_document_given_in_several_forms_keeps_each_text() -> None:
    # One document in NFC, one in NFD, one mixed: each keeps its own text and offsets.
    text = "La ministre Hélène Dupré a visité Besançon le 4 mars 2024 avec des élèves."
    mixed = nfd(text[:30]) + text[30:]
    docs = [
        Document.from_text(t, id=name, metadata=Metadata(language="fr"))
        for name, t in (("c", text), ("d", nfd(text)), ("m", mixed))
    ]
    briefing = newsbrief.build_briefing(docs)
    by_id = {doc.id: doc for doc in briefing.documents}
    assert [by_id[name].text for name in "cdm"] == [text, nfd(text), mixed]
    for doc in briefing.documents:
        assert_verbatim(doc)
    assert facts(by_id["d"]) == facts(by_id["c"]) == facts(by_id["m"])


def test_names_are_whole_in_an_nfd_document() -> None:
    text = nfd("Le maire Frédéric Löwe a inauguré la salle à Orléans le 12 février 2024.")
    (doc,) = annotate([document(text, "fr")])
    names = {nfc(a.text) for a in doc.annotations_of("entity")}
    assert {"Frédéric Löwe", "Orléans"} <= names
    assert "12 février 2024" in {nfc(a.text) for a in doc.annotations_of("date")}


@pytest.mark.parametrize("summarizer", ["textrank", "reduction"])
def test_summarize_reads_an_nfd_text_as_its_nfc_form(summarizer: str) -> None:
    text = (
        "Der Bürgermeister Jürgen Köhler eröffnete in Düsseldorf eine Brücke über den Rhein. "
        "Die Brücke verkürzt den Weg der Pendler aus Köln um zwölf Minuten. "
        "Köhler sagte, die Brücke über den Rhein sei für Pendler aus Köln gebaut worden. "
        "Ein Café am Ufer öffnet im Frühling."
    )

    def picked(given: str) -> list[tuple[object, float]]:
        items = newsbrief.summarize(given, summarizer, sentences=2, language="de")
        for item in items:
            assert given[item.sentence.start : item.sentence.end] == item.sentence.text
        return [(nfc(item.sentence.text), round(item.score, 6)) for item in items]

    assert picked(nfd(text)) == picked(text)


def test_counts_and_terms_read_decomposed_letters_as_one() -> None:
    sentence = "Die Bürgerinitiative in Düsseldorf begrüßt die Öffnung."
    assert count_words(nfd(sentence)) == count_words(sentence) == 7
    assert terms(nfd(sentence), "de") == terms(sentence, "de")


def test_code_points_nfc_may_change_are_all_looked_at() -> None:
    # Every code point that is a mark, not NFC alone, or composes with one before it is in
    # the pattern the regions are found with (the blocks passed over hold none).
    pattern = _unstable()
    for point in range(0x110000):
        if 0xD800 <= point < 0xE000:
            continue
        char = chr(point)
        parts = unicodedata.decomposition(char).split()
        second = [chr(int(part, 16)) for part in parts[1:]] if parts and parts[0][0] != "<" else []
        if unicodedata.combining(char) or not unicodedata.is_normalized("NFC", char):
            assert pattern.fullmatch(char), hex(point)
        for part in second:
            assert pattern.fullmatch(part), hex(point)
    assert not pattern.search("".join(map(chr, range(0x300))))


def test_a_long_decomposed_text_maps_fast_and_small() -> None:
    # Only the chunks NFC changes are kept: a decomposed text's map grows with its accented
    # letters, and building it is linear (one pass of a pattern, a few code points a chunk).
    sentence = nfd("Le député Jérôme Lefèvre a déclaré à Pékin que l'école était fermée. ")
    text = sentence * 20_000  # 1.4 million code points
    offsets = OffsetMap(text)
    assert offsets.view == unicodedata.normalize("NFC", text)
    assert len(offsets.chunks()) == 12 * 20_000  # its 12 accented letters, each a chunk
    start = text.index("Lef", len(text) // 2)
    view_start, view_end = offsets.to_view(start, start + len(nfd("Lefèvre")))
    assert offsets.view[view_start:view_end] == "Lefèvre"


# Any code point, with extra weight on what NFC changes: marks (reordered, composed, blocked),
# Hangul jamo, singletons (U+212B), code points NFC makes longer (U+0344, U+0958, U+0F73) or
# that compose as a second starter (U+0B3E, U+0DCF), ZWJ and VS16, CR and LF.
_MARKS = st.sampled_from(
    [chr(c) for c in range(0x300, 0x370)]
    + [*"\u0f71\u0f72\u0f73\u0f80\u0344\u0958\u093c\u0b3e\u0b47\u1100\u1161\u11a8\uac00",
       *"\u200d\ufe0f\r\n\u212b\uf900\u1e9b\u0345\u05b0\u0591\u3099\u304b\u0cd5\u0cc6",
       *"\u0dcf\u0dd9\u102e\u1025\u0315\u0316\u302a\U0001d15e\U0001d165\U000110a5\U000110ba"]
)  # fmt: skip
_ANY = st.one_of(st.characters(exclude_categories=("Cs",)), _MARKS, _MARKS, st.sampled_from("ae ."))


@settings(max_examples=300, deadline=None)
@given(st.text(_ANY, max_size=50), st.data())
def test_map_of_any_text_round_trips_within_whole_chunks(text: str, data: st.DataObject) -> None:
    offsets = OffsetMap(text)
    assert offsets.view == unicodedata.normalize("NFC", text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    back = offsets.to_original(*offsets.to_view(start, end))
    assert back[0] <= start and back[1] >= end
    start = data.draw(st.integers(0, len(offsets.view)))
    end = data.draw(st.integers(start, len(offsets.view)))
    first, last = offsets.to_original(start, end)
    assert offsets.view[start:end] in unicodedata.normalize("NFC", text[first:last])


def test_a_long_run_of_marks_is_normalised_in_bounded_time() -> None:
    # CPython orders a run of marks by insertion (quadratic): 200,000 misordered marks took
    # minutes. Past LONGEST_REGION code points a run is normalised a piece at a time.
    marks = "\u0316\u0301" * 100_000  # below (220) and above (230): each pair reordered
    text = "Elle a dit : e" + marks + " non."
    started = time.perf_counter()
    offsets = OffsetMap(text)
    assert time.perf_counter() - started < 20
    assert offsets.view.startswith("Elle a dit : ") and offsets.view.endswith(" non.")
    assert unicodedata.is_normalized("NFC", offsets.view[:100])
    first, last = offsets.to_original(*offsets.to_view(len(text) - 4, len(text)))
    assert text[first:last] == "non."
    started = time.perf_counter()
    assert terms(text, "fr", keep_stopwords=True)[-1] == "non"
    assert time.perf_counter() - started < 20
