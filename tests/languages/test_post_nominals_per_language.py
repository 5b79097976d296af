"""The letters of an office or honour written after a name (``[quotes] post_nominals``) are
each language's own: entity merging reads a document's letters from its language's data file,
and a language whose file lists none has none (English ``AM``, a Welsh assembly member, is no
such letters in a Vietnamese name ``Nguyen Van Am``, nor ``MP`` in a German text)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.entities.merging import _post_nominal_keys
from newsbrief.model import AnnotationKind, Document, Metadata


def test_english_reads_its_own_letters() -> None:
    assert {"kc", "mp", "obe"} <= _post_nominal_keys("en")
    # (a mention of no language is read by the English rules)
    assert _post_nominal_keys(None) == _post_nominal_keys("en")


def test_a_language_without_letters_has_none() -> None:
    assert _post_nominal_keys("vi") == frozenset()
    assert _post_nominal_keys("de") == frozenset()


def test_a_languages_data_file_adds_its_letters(language_dir: Path) -> None:
    (language_dir / "de.toml").write_text('[quotes]\npost_nominals = "MdB MdL"\n', "utf-8")
    assert _post_nominal_keys("de") == {"mdb", "mdl"}
    assert "mdb" not in _post_nominal_keys("en")


def _entities(text: str) -> set[tuple[str, str]]:
    document = Document.from_text(
        text, id="d0", metadata=Metadata(language="en", published=dt.date(2026, 12, 7))
    )
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        (annotated.text[a.start : a.end], str(a.attributes["entity"]))
        for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def test_any_mention_with_the_letters_in_capitals_frees_the_surname() -> None:
    # (the first mention writes the letters as a word, a later one in capitals: the surname
    # before them is the lone name's, whichever mention came first)
    found = _entities(
        "Planning appeal\n\nCounsel Joanna Brightwell Qc opened on Tuesday. Joanna Brightwell QC"
        " told the inquiry the plans were lawful. Brightwell said the council had erred."
    )
    assert ("Brightwell", "person:joanna-brightwell-qc") in found
