"""A byline's words come from the language data files (``[bylines]``), every language's."""

from __future__ import annotations

from pathlib import Path

from newsbrief.languages import reload
from newsbrief.nlp.bylines import BYLINE_LABEL, is_name_list, labelled_byline


def test_built_in_byline_words() -> None:
    assert labelled_byline("Written by Orla Fenwick and Tomasz Brill for Harbor Daily") == (
        "Orla Fenwick and Tomasz Brill",
        "Harbor Daily",
    )
    assert labelled_byline("Автори: Олена Сидоренко та Петро Гнатюк") == (
        "Олена Сидоренко та Петро Гнатюк",
        None,
    )
    assert labelled_byline("Byron Fields won the race") is None
    assert labelled_byline("Von Henrike Vossberg und Lars Pettersen") == (
        "Henrike Vossberg und Lars Pettersen",
        None,
    )
    assert labelled_byline("Par Claire Morel pour Ouest-France") == ("Claire Morel", "Ouest-France")


def test_a_data_file_adds_byline_words(language_dir: Path) -> None:
    # Swedish has no [bylines] section among the built-in files.
    line = "Av Henrike Vossberg och Lars Pettersen"
    assert labelled_byline(line) is None
    (language_dir / "sv.toml").write_text(
        '[bylines]\nlabels = "av"\nauthor_conjunctions = "och"\n', encoding="utf-8"
    )
    reload()
    assert BYLINE_LABEL.match(line) is not None
    assert is_name_list("Henrike Vossberg och Lars Pettersen")
    assert labelled_byline(line) == ("Henrike Vossberg och Lars Pettersen", None)
