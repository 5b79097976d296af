"""The line under a briefing's title agrees its participle with the number of articles in the
languages where it agrees (``1 article, publié`` / ``2 articles, publiés``). The articles here
are made up for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli

ARTICLES = {
    "fr": (
        "Le maire annonce un nouveau pont\n\nPublié le 14 mars 2025\n\nLe maire de {town}, Paul "
        "Durand, a annoncé mercredi la construction d’un nouveau pont. Les travaux commenceront "
        "en juin et dureront deux ans.\n"
    ),
    "es": (
        "El alcalde anuncia un puente nuevo\n\nPublicado: 2025-03-14\n\nEl alcalde de "
        "{town}, Pablo Durán, anunció el miércoles la construcción de un puente nuevo. Las "
        "obras empezarán en junio y durarán dos años.\n"
    ),
}
WORDS = {"fr": ("1 article, publié ", "2 articles, publiés "),
         "es": ("1 artículo, publicado ", "2 artículos, publicados ")}  # fmt: skip


def _overview(folder: Path, language: str) -> str:
    result = CliRunner().invoke(
        cli, ["build", str(folder), "-f", "markdown", "--language", language]
    )
    assert result.exit_code == 0, result.output
    return result.output.splitlines()[2]


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_the_participle_agrees_with_the_count(tmp_path: Path, language: str) -> None:
    one, two = WORDS[language]
    (tmp_path / "a.txt").write_text(ARTICLES[language].format(town="Lyon"), encoding="utf-8")
    assert _overview(tmp_path, language).startswith(one)
    (tmp_path / "b.txt").write_text(ARTICLES[language].format(town="Nantes"), encoding="utf-8")
    assert _overview(tmp_path, language).startswith(two)
