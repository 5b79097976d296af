"""The letters of an office or honour written after a name (``[quotes] post_nominals``) are
each language's own: entity merging reads a document's letters from its language's data file,
and a language whose file lists none has none (English ``AM``, a Welsh assembly member, is no
such letters in a Vietnamese name ``Nguyen Van Am``, nor ``MP`` in a German text)."""

from __future__ import annotations

from pathlib import Path

from newsbrief.annotators.entities.merging import _post_nominal_keys


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
