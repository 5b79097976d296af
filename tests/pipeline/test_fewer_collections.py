"""A briefing's stages run with fewer cyclic garbage collections (``pipeline/memory.py``).

The sentences and analyses a run makes live to its end: collected every 700 allocations, they
are traced again and again. ``build_briefing`` called alone (no ``pipeline.run`` around it)
must raise the threshold itself in the stages that make them.
"""

from __future__ import annotations

import gc

import newsbrief
from newsbrief.model import Document, Metadata
from newsbrief.pipeline.progress import Progress, observing


def test_build_briefing_alone_segments_with_fewer_collections() -> None:
    documents = [
        Document(
            id=f"d{i}",
            text=f"Ferry crossings to Orkney resumed on day {i}. Crews cleared the harbour.",
            metadata=Metadata(language="en"),
        )
        for i in range(3)
    ]
    thresholds: dict[str, set[int]] = {}

    def note(event: Progress) -> None:
        thresholds.setdefault(event.stage, set()).add(gc.get_threshold()[0])

    before = gc.get_threshold()
    with observing(note):
        newsbrief.build_briefing(documents)
    assert gc.get_threshold() == before  # restored after the run
    assert min(thresholds["segment"]) > before[0]
    assert min(thresholds["analyse"]) > before[0]
