"""The sorted spans shared by the entity stages: overlap and containment by bisection."""

from __future__ import annotations

from newsbrief.annotators.entities.spans import SortedSpans


def test_overlap_and_containment_reach_past_a_shorter_later_span() -> None:
    # (0, 20) reaches past (5, 8): a test at 10:12 must still see the first span
    spans = SortedSpans([(5, 8), (0, 20), (30, 35)])
    assert spans.overlaps(10, 12)
    assert spans.contains(10, 12)
    assert spans.overlaps(18, 25) and not spans.contains(18, 25)
    assert not spans.overlaps(20, 30)
    assert not spans.contains(36, 40)


def test_an_added_span_is_seen() -> None:
    spans = SortedSpans([])
    assert not spans.overlaps(0, 5)
    spans.add(3, 6)
    assert spans.overlaps(5, 9) and not spans.overlaps(6, 9)
    assert spans.contains(3, 6)
