"""A short phrase and its comma fronted before a cue whose subject is left out (``Después,
aseguró que «...»``: the person the sentence before opens with speaks) opens with a capital of
any script, not of Latin-1 only (session 39: speakers._fronted_phrase asks str.isupper). Only
Spanish among the built-in languages drops its subjects; a language data file on
``NEWSBRIEF_LANGUAGES_PATH`` may declare another one does, here Russian, written in Cyrillic.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.quotes import speakers_in
from newsbrief.languages import PATH_ENV, reload


@pytest.fixture
def russian_drops_subjects(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Russian data that also declares the ``null_subject`` convention."""
    (tmp_path / "ru.toml").write_text('[quotes]\nconventions = "null_subject"\n', encoding="utf-8")
    monkeypatch.setenv(PATH_ENV, str(tmp_path))
    reload()
    yield
    monkeypatch.delenv(PATH_ENV)
    reload()


_BEFORE = (
    "Представитель родителей Лев Гомес попросил больше учителей. «Не хватает трёх учителей», "
    "— сказал Гомес.\n"
    "Министр образования Анна Петрова посетила вчера школу. "
)


@pytest.mark.parametrize("fronted", ["Позже", "Затем, в интервью радио", "Ещё позже"])
def test_a_cyrillic_fronted_phrase_leaves_the_subject_to_the_sentence_before(
    russian_drops_subjects: None, fronted: str
) -> None:
    text = _BEFORE + f"{fronted}, заявила: «Учителя приедут в январе»."
    assert speakers_in(text, "ru")["Учителя приедут в январе"][0] == "Анна Петрова"
