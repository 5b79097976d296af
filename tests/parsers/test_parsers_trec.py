"""The TREC / SGML newswire parser (TREC, DUC, TAC, Gigaword)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsbrief.errors import InputError
from newsbrief.model import Document, SpanKind
from newsbrief.nlp.segmenter import segment
from newsbrief.parsers.base import Parser, RawInput
from newsbrief.parsers.trec import TrecParser, body_text, read_records
from newsbrief.pipeline import choose_parser, load

FIXTURES = Path(__file__).parent / "fixtures"


def archive(name: str, as_name: str | None = None) -> RawInput:
    path = FIXTURES / name
    shown = as_name or str(path)
    return RawInput(name=shown, data=path.read_bytes(), doc_id=Path(shown).stem, path=shown)


def documents_of(raw: RawInput) -> tuple[list[Document], list[InputError]]:
    results = list(TrecParser().parse(raw))
    return (
        [r for r in results if isinstance(r, Document)],
        [r for r in results if isinstance(r, InputError)],
    )


@pytest.mark.parametrize(
    "as_name",
    ["duc_cluster.sgml", "APW19990305.0117", "LA030599", "cluster.xml", "cluster.txt"],
)
def test_selected_by_content_whatever_the_file_is_called(as_name):
    assert isinstance(TrecParser(), Parser)
    assert choose_parser(archive("duc_cluster.sgml", as_name)).name == "trec"


def test_duc_documents_with_docno_ids_and_header_metadata():
    (apw, nyt), problems = documents_of(archive("duc_cluster.sgml"))
    assert not problems
    assert (apw.id, nyt.id) == ("APW19990305.0117", "NYT19990305.0342")
    assert apw.metadata.title == "Avalanche buries mountain village"
    assert apw.metadata.published == dt.date(1999, 3, 5)  # DATE_TIME 03/05/1999
    assert apw.metadata.outlet == "Associated Press Worldstream"
    assert apw.metadata.extra["docno"] == "APW19990305.0117"
    assert nyt.metadata.title == "Alpine Towns Dig Out After Deadly Slide"
    assert nyt.metadata.published == dt.date(1999, 3, 5)
    assert nyt.metadata.outlet == "The New York Times"


def test_the_text_is_the_body_reflowed_into_paragraphs():
    (apw, nyt), _ = documents_of(archive("duc_cluster.sgml"))
    assert apw.text == (
        "INNSBRUCK, Austria (AP) — An avalanche buried part of an Alpine village on Friday, "
        "killing at least six people and trapping dozens more under snow, rescue officials said."
        "\n\nHelicopters ferried rescue teams and sniffer dogs to the village, which was cut off "
        "by road after days of heavy snowfall. “We are digging with our hands,” one volunteer "
        "said.\n\nOfficials said more than 200 soldiers had been sent to help & that the "
        "avalanche risk remained high across the region."
    )
    assert nyt.text.startswith("Rescuers in the Austrian Alps worked through the night")
    assert "\n\nThe slide followed" in nyt.text
    # Header material is metadata, never text.
    assert "BC-Avalanche" not in apw.text and "AP-NY" not in apw.text


def test_dateline_is_set_aside_and_sentences_are_verbatim():
    (apw, _), _ = documents_of(archive("duc_cluster.sgml"))
    removed = [(span.text(apw.text), span.kind) for span in apw.removed]
    assert removed == [("INNSBRUCK, Austria (AP) — ", SpanKind.METADATA)]
    sentences = segment(apw).sentences
    assert sentences[0].text.startswith("An avalanche buried part")
    for sentence in sentences:
        assert apw.text[sentence.start : sentence.end] == sentence.text


def test_gigaword_ids_datelines_and_an_empty_advisory():
    (quake,), problems = documents_of(archive("gigaword.xml"))
    assert quake.id == "XIN_ENG_20080512.0044"
    assert quake.metadata.published == dt.date(2008, 5, 12)  # from the id
    assert quake.metadata.outlet == "Xinhua News Agency"
    assert quake.metadata.extra["dateline"] == "CHENGDU, May 12 (Xinhua)"
    assert quake.metadata.extra["type"] == "story"
    assert quake.text.count("\n\n") == 1
    assert [str(p) for p in problems] == [
        f"{FIXTURES / 'gigaword.xml'}:XIN_ENG_20080512.0045: no text in <TEXT>"
    ]


def test_entities_tags_and_script_like_text_in_bodies():
    text = body_text(
        "<P>Prices rose 5&#37; &amp; more &MD; traders said &lt;script&gt;x()&lt;/script&gt;"
        " <ANNOTATION>note</ANNOTATION>.</P>"
    )
    assert text == "Prices rose 5% & more — traders said <script>x()</script> note ."


def test_untagged_bodies_split_on_blank_or_indented_lines():
    assert body_text("\n  First para\ncontinued.\n  Second.\n\nThird.\n") == (
        "First para continued.\n\nSecond.\n\nThird."
    )


def test_records_without_docno_get_numbered_ids_and_unclosed_docs_still_parse(raw):
    sgml = b"<DOC>\n<TEXT>\nOne story here.\n</TEXT>\n<DOC>\n<TEXT>\nAnother story.\n"
    documents = [d for d in TrecParser().parse(raw(sgml, name="wire.sgml"))]
    assert [d.id for d in documents] == ["wire-1", "wire-2"]
    assert [d.text for d in documents] == ["One story here.", "Another story."]
    assert [r.docno for r in read_records(sgml.decode())] == [None, None]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"<DOC><DOCNO>X1</DOCNO></DOC>", "no <DOC> with a <TEXT> body"),
        (b"no documents in here at all", "no <DOC> with a <TEXT> body"),
        (b"", "empty input"),
    ],
)
def test_unusable_archives_are_input_errors(raw, data, reason):
    with pytest.raises(InputError, match=reason):
        list(TrecParser().parse(raw(data, name="bad.sgml")))


def test_load_reads_every_doc_of_an_archive(tmp_path):
    target = tmp_path / "APW19990305.0117"
    target.write_bytes((FIXTURES / "duc_cluster.sgml").read_bytes())
    corpus = load(str(target))
    assert [d.id for d in corpus.documents] == ["APW19990305.0117", "NYT19990305.0342"]
