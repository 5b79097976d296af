"""Work done once that was done per call, or done more cheaply (session 23's speed work): the
towns list's answer per name, each quotation's words in the key-quote ranking, an ASCII
text's numbers for story grouping. The answers are the same as before; these tests count the
work, so they do not depend on timing. The sentences are written for these tests."""

from __future__ import annotations

import random
import re
from pathlib import Path

import attrs
import pytest

from newsbrief.annotators.entities import towns
from newsbrief.languages import PATH_ENV, reload
from newsbrief.model import Annotation, AnnotationKind, Document
from newsbrief.sections import quotes as key_quotes


def test_a_towns_answer_is_remembered_and_the_same() -> None:
    first = towns.town("Ipswich", "en")
    hits = towns._town.cache_info().hits
    assert towns.town("Ipswich", "en") == first == "Ipswich"
    assert towns._town.cache_info().hits == hits + 1
    # Not a town (a first name; too short; an abbreviation) stays none when asked again.
    for name in ("Florence", "Ede", "NASA"):
        assert towns.town(name, "en") is None
        assert towns.town(name, "en") is None


def test_a_towns_answer_is_remembered_per_language() -> None:
    # An exonym is a town's name in German news, not in English (where it is no town's own).
    assert towns.town("Moskau", "en") is None
    assert towns.town("Moskau", "de") == "Moscow"
    assert towns.town("Moskau", "en") is None


def test_the_towns_memory_is_emptied_when_language_data_is_reloaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    towns.town("Colchester", "en")
    assert towns._town.cache_info().currsize > 0
    reload()
    assert towns._town.cache_info().currsize == 0
    assert towns.town("Colchester", "en") == "Colchester"
    # A first name is no town until the language's data says the word is no first name: the
    # answer remembered before the reload is not given after it.
    assert towns.town("Florence", "de") is None
    (tmp_path / "de.toml").write_text('[entities]\nnot_first_names = "Florence"\n')
    monkeypatch.setenv(PATH_ENV, str(tmp_path))
    try:
        reload()
        assert towns.town("Florence", "de") == "Florence"
    finally:
        monkeypatch.delenv(PATH_ENV)
        reload()
    assert towns.town("Florence", "de") is None


def test_the_towns_memory_is_bounded_and_keeps_no_long_name() -> None:
    # A firehose of distinct names: the least recently asked are forgotten.
    for i in range(towns._REMEMBERED + 10):
        assert towns.town(f"Zorbleton{i}", "en") is None
    info = towns._town.cache_info()
    assert info.maxsize == towns._REMEMBERED
    assert info.currsize == towns._REMEMBERED
    assert towns.town("Ipswich", "en") == "Ipswich"
    # A name longer than a remembered one's is worked out each time, with the same answer.
    towns._town.cache_clear()
    long_name = "Muy Fiel y Reconquistadora Ciudad de San Felipe y Santiago de Montevideo"
    assert len(long_name) > towns._REMEMBERED_LENGTH
    assert towns.town(long_name, "es") == "Montevideo"
    assert towns.town("Gran Festival de la Sardina " * 4, "es") is None
    assert towns._town.cache_info().currsize == 0


def _document() -> Document:
    """One article quoting two people, one of them twice with the same words."""
    sentences = [
        "We will rebuild the harbour wall before winter, the mayor said.",
        "We will rebuild the harbour wall before winter, the mayor said again.",
        "Nobody asked the fishermen what they needed first, a skipper said.",
    ]
    text = " ".join(sentences)
    annotations, start = [], 0
    for sentence, speaker in zip(sentences, ("Ann Roe", "Ann Roe", "Ben Lee"), strict=True):
        end = start + sentence.index(",")
        annotations.append(
            Annotation(
                AnnotationKind.QUOTE, start, end, text[start:end], attributes={"speaker": speaker}
            )
        )
        start += len(sentence) + 1
    return attrs.evolve(Document.from_text(text, id="d"), annotations=tuple(annotations))


def test_each_quotations_words_are_read_once_for_the_key_quotes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    normal = key_quotes._normal

    def counted(text: str) -> str:
        calls.append(text)
        return normal(text)

    monkeypatch.setattr(key_quotes, "_normal", counted)
    found = key_quotes.collect_quotes([_document()], limit=5)
    assert sum(q.key for q in found) == 2  # the repeated words are one quotation's
    assert sorted(calls) == sorted(set(calls))  # once per distinct text, not once per ranking
    assert len(set(calls)) == 2


def test_an_ascii_texts_numbers_are_read_by_the_ascii_pattern_and_are_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsbrief.stories import features

    read: list[str] = []
    ascii_pattern = features._ASCII_NUMBER

    class Spy:
        def findall(self, text: str) -> list[str]:
            read.append(text)
            return ascii_pattern.findall(text)

    monkeypatch.setattr(features, "_ASCII_NUMBER", Spy())
    plain = "The council approved 1,250 new homes in 2024, up from 3 last year."
    found = features.extract_entities(plain, "en")
    assert sorted(k for k in found if k.startswith("num:")) == ["num:1250", "num:2024"]
    assert read  # the ASCII text went by the ASCII pattern
    read.clear()
    # Other digits than ASCII's are numbers too: such a text keeps the Unicode pattern.
    accented = "Le conseil a voté 1,250 logements en ٢٠٢٤ à Lyon, contre 12 en 2023."
    found = features.extract_entities(accented, "fr")
    assert sorted(k for k in found if k.startswith("num:")) == [
        "num:12",
        "num:1250",
        "num:2023",
        "num:٢٠٢٤",
    ]
    assert not read


def test_the_ascii_number_pattern_reads_any_ascii_text_as_the_unicode_one() -> None:
    from newsbrief.stories import features

    assert features._ASCII_NUMBER.pattern == features._NUMBER.pattern
    assert features._ASCII_NUMBER.flags & re.ASCII
    # Every ASCII character beside digits, and random runs of digits, separators, letters and
    # the underscore (word characters both patterns must agree on at a number's edges).
    alphabet = "0123456789,.,.__aZ- \n\t"
    texts = [f"1{chr(c)}2 {chr(c)}34{chr(c)} 5,6.7{chr(c)}" for c in range(128)]
    draw = random.Random(23)
    texts += ["".join(draw.choices(alphabet, k=draw.randint(1, 40))) for _ in range(3000)]
    for text in texts:
        assert features._ASCII_NUMBER.findall(text) == features._NUMBER.findall(text), text
