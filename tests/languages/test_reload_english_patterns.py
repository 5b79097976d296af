"""English word lists the entity and quote readers build patterns from are read again after
``languages.reload()``: a word added to ``en.toml`` on the languages path changes the next text
read (``[entities] home_link``, the pronouns and determiners opening a sentence after an
initialism's dot). The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

from helpers.entities import mentions
from helpers.quotes import speakers_in
from newsbrief.languages import reload


def _add_english(directory: Path, toml: str) -> None:
    (directory / "en.toml").write_text(toml, encoding="utf-8")
    reload()


def test_a_home_link_added_to_the_file_names_the_club(language_dir: Path) -> None:
    text = (
        "BASKETBALL - KORLAVIA TAKE THE CUP .\n"
        "MADRID 1997-04-10\n"
        "Korlavia from Belgrade beat Barcelona 71-64 in the final on Thursday .\n"
    )
    assert ("Korlavia", "organisation") not in mentions(text)
    _add_english(language_dir, '[entities]\nhome_link = "from"\n')
    found = mentions(text)
    assert ("Korlavia", "organisation") in found, found
    assert ("Belgrade", "place") in found, found


def test_a_pronoun_added_to_the_file_ends_a_role_at_an_initialism(language_dir: Path) -> None:
    text = (
        "Rates held\n\n"
        '"Rates will hold," said Corliss Halloway, an economist in the U.S. Each bank '
        "kept its rate.\n"
    )
    ((_, before),) = speakers_in(text).values()
    assert before != "economist in the U.S"
    _add_english(language_dir, '[quotes]\nother_pronouns = "each"\n')
    ((who, role),) = speakers_in(text).values()
    assert (who, role) == ("Corliss Halloway", "economist in the U.S")
