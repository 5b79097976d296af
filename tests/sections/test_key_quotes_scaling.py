"""Key-quote selection: linear in the number of quotes, the same choice as round by round.

Taking each story's best open quote used to rescan the story's whole list every round once a
speaker's share was used up (quadratic in the quotes of one speaker). The guards count how
often a speaker is looked at, so they do not depend on timing.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.model import Annotation, AnnotationKind, Document, Quote
from newsbrief.sections.quotes import _key_quotes, collect_quotes


class _Speaker(str):
    """A speaker's name that counts how often the selection looks it up."""

    looks = 0

    def __str__(self) -> str:
        _Speaker.looks += 1
        return str.__str__(self)


def _document(count: int) -> Document:
    """One article of ``count`` quotations by one speaker."""
    sentences = [f"We will win this fight number {i} now, she said." for i in range(count)]
    text = " ".join(sentences)
    quotes, start = [], 0
    for i, sentence in enumerate(sentences):
        end = start + sentence.index(",")
        attributes = {"speaker": _Speaker("Smith"), "date": f"2024-01-{1 + i % 28:02d}"}
        quotes.append(
            Annotation(AnnotationKind.QUOTE, start, end, text[start:end], attributes=attributes)
        )
        start += len(sentence) + 1
    return attrs.evolve(Document.from_text(text, id="d"), annotations=tuple(quotes))


def _looks(count: int) -> int:
    document = _document(count)
    _Speaker.looks = 0
    keys = [q for q in collect_quotes([document], limit=5) if q.key]
    assert len(keys) == 1  # one speaker, one quote by default
    return _Speaker.looks


def test_one_speakers_many_quotes_are_looked_at_a_bounded_number_of_times() -> None:
    few, many = _looks(100), _looks(400)
    assert few > 0
    # Four times the quotes, at most about four times the looks (a rescan per round would
    # make it sixteen).
    assert many <= 4 * few + 10


def _round_by_round(
    quotes: list[Quote], story_rank: Mapping[str, int], limit: int, per_speaker: int
) -> set[tuple[str, int]]:
    """The selection as specified: each story's best open quote in turn, story by story."""
    by_story: dict[int, list[Quote]] = defaultdict(list)
    for quote in quotes:  # already best first
        by_story[story_rank.get(quote.doc_id, len(story_rank))].append(quote)
    chosen: set[tuple[str, int]] = set()
    spoken: dict[str, int] = defaultdict(int)
    for _ in range(max((len(q) for q in by_story.values()), default=0)):
        for story in sorted(by_story):
            if len(chosen) >= limit:
                return chosen
            for quote in by_story[story]:
                key = (quote.doc_id, quote.start)
                if key in chosen or spoken[str(quote.speaker)] >= per_speaker:
                    continue
                chosen.add(key)
                spoken[str(quote.speaker)] += 1
                break
    return chosen


@settings(max_examples=200, deadline=None)
@given(
    picks=st.lists(
        st.tuples(st.integers(0, 4), st.sampled_from("ABCD"), st.integers(6, 40)), max_size=30
    ),
    ranked=st.integers(0, 5),
    limit=st.integers(0, 8),
    per_speaker=st.integers(1, 3),
)
def test_the_choice_is_round_by_round(
    picks: list[tuple[int, str, int]], ranked: int, limit: int, per_speaker: int
) -> None:
    # Distinct texts of equal strength ranks (no repeats, undated), so the pool keeps the
    # given order within a length; documents past ``ranked`` have no story rank.
    quotes = [
        Quote(
            doc_id=f"d{doc}",
            start=i * 1000,
            end=i * 1000 + 10,
            text=" ".join([f"w{i}"] * words),
            speaker=speaker,
        )
        for i, (doc, speaker, words) in enumerate(picks)
    ]
    rank = {f"d{d}": d for d in range(ranked)}
    pool = sorted(quotes, key=lambda q: -min(len(q.text.split()), 25))
    expected = _round_by_round(pool, rank, limit, per_speaker)
    assert _key_quotes(quotes, [], set(), rank, limit, per_speaker) == expected
