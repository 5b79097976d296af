"""The exporters' per-briefing lookup (``exporters.common.lookup``): made once for an export,
never answering for another briefing, and never keeping a finished briefing's documents alive."""

from __future__ import annotations

import gc
import threading
import weakref

import attrs
from briefing_fixtures import make_rich_briefing

from newsbrief.exporters import common
from newsbrief.exporters.markdown import MarkdownExporter


def test_one_lookup_per_briefing_and_none_for_another() -> None:
    first = make_rich_briefing()
    second = attrs.evolve(first, sources=first.sources[:1])
    assert common.lookup(first) is common.lookup(first)
    other = common.lookup(second)
    assert other is not common.lookup(first)
    assert len(other.numbers) == 1


def test_a_finished_briefing_is_not_kept_alive_by_the_cache() -> None:
    briefing = make_rich_briefing()
    document = briefing.documents[0]
    MarkdownExporter().export(briefing, {})
    gone = weakref.ref(briefing)
    held = weakref.ref(common.lookup(briefing))
    del briefing
    gc.collect()
    assert gone() is None
    assert held() is None  # the lookup (and through it the documents) was let go
    assert document.id  # the test's own reference is still fine


def test_each_thread_has_its_own_lookup() -> None:
    briefing = make_rich_briefing()
    mine = common.lookup(briefing)
    theirs = []
    worker = threading.Thread(target=lambda: theirs.append(common.lookup(briefing)))
    worker.start()
    worker.join()
    assert theirs[0] is not mine and theirs[0].numbers == mine.numbers
