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


def test_a_data_file_adds_byline_words(language_dir: Path) -> None:
    line = "Von Henrike Vossberg und Lars Pettersen"
    assert labelled_byline(line) is None
    (language_dir / "de.toml").write_text(
        '[bylines]\nlabels = "von"\nauthor_conjunctions = "und"\n', encoding="utf-8"
    )
    reload()
    assert BYLINE_LABEL.match(line) is not None
    assert is_name_list("Henrike Vossberg und Lars Pettersen")
    assert labelled_byline(line) == ("Henrike Vossberg und Lars Pettersen", None)
