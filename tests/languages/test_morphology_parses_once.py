"""The analyser reads a word once, whatever word tests ask about it (languages/morphology.py:
every test reads :func:`_all_parses`, cached, rather than calling the analyser again). The
tests count the analyser's calls, so they do not depend on timing; the words are everyday
Russian ones."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from newsbrief.languages import morphology, reload


class _Counting:
    """An analyser that counts the words it is asked to parse, then asks the real one."""

    def __init__(self, real: Any, calls: Counter[str]) -> None:
        self._real = real
        self._calls = calls

    def parse(self, word: str) -> Any:
        self._calls[word] += 1
        return self._real.parse(word)


@pytest.fixture
def parse_calls(monkeypatch: pytest.MonkeyPatch) -> Iterator[Counter[str]]:
    """The words the analysers parse from here on, counted (every morphology cache emptied
    before and after)."""
    real = morphology.analyzer
    calls: Counter[str] = Counter()

    def counting(code: str | None) -> Any:
        found = real(code)
        return None if found is None else _Counting(found, calls)

    reload()
    monkeypatch.setattr(morphology, "analyzer", counting)
    yield calls
    monkeypatch.undo()
    reload()


def test_every_word_test_reads_a_word_the_analyser_parsed_once(parse_calls: Counter[str]) -> None:
    if morphology.analyzer("ru") is None:
        pytest.skip("no Russian analyser")
    # ``стали``: a verb (``стать``) and a noun (``сталь``) in the genitive.
    assert morphology.reads_as_verb("стали", "ru")
    assert not morphology.reads_only_as_verb("стали", "ru")
    assert morphology.reads_in_case("стали", "ru", "gent")
    assert morphology.reads_as_subjectless_past("стали", "ru")
    morphology.noun_nominatives("стали", "ru")
    morphology.is_plural_noun("стали", "ru")
    assert parse_calls["стали"] == 1
