"""Progress of a run: the one small event interface every stage reports through.

A run tells one callable (``on_progress`` of :func:`newsbrief.pipeline.run`) what it is doing,
as :class:`Progress` events: the stage, how far it is (``done`` of ``total``; ``total`` is
``None`` while a stage cannot count its work, such as one call into a summarizer), and the item
just finished. A stage opens with an event whose ``done`` is 0 and ends with one whose ``done``
equals its ``total``.

Stages report with :func:`report`, :func:`counted` (around a loop) or :func:`stage` (around one
step). Each is a no-op unless an observer was installed for the current context with
:func:`observing`, so library callers pay nothing and stages take no extra argument. Events come
from the process (and thread) that runs the pipeline: work done in worker processes is reported
as its results come back to it.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

import attrs

T = TypeVar("T")

#: The stages of one briefing, in the order a run passes them.
STAGES = ("load", "segment", "analyse", "group", "annotate", "summarize", "compose", "export")
#: The stages of a ``per_story`` run: the per-story work is one stage.
STORY_STAGES = ("load", "stories")


@attrs.frozen
class Progress:
    """One step of a run, passed to a progress callback."""

    #: Items of the stage finished so far (inputs, documents, annotators).
    done: int
    #: Items in the stage, or ``None`` when the stage cannot count them.
    total: int | None
    #: The item just finished (an input's name, an annotator), or ``""``.
    name: str = ""
    #: The stage (one of :data:`STAGES` or :data:`STORY_STAGES`; a plugin's own is allowed).
    stage: str = "load"

    @property
    def finished(self) -> bool:
        """Whether this event ends its stage."""
        return self.total is not None and self.done >= self.total


#: What receives the events.
ProgressCallback = Callable[[Progress], None]

_observer: contextvars.ContextVar[ProgressCallback | None] = contextvars.ContextVar(
    "newsbrief_progress", default=None
)


@contextlib.contextmanager
def observing(callback: ProgressCallback | None) -> Iterator[None]:
    """Send the events of the stages run inside the block to ``callback`` (``None``: nowhere)."""
    token = _observer.set(callback)
    try:
        yield
    finally:
        _observer.reset(token)


def report(stage: str, done: int, total: int | None, name: str = "") -> None:
    """Tell the observer, if any, that ``stage`` has finished ``done`` of ``total`` items."""
    callback = _observer.get()
    if callback is not None:
        callback(Progress(done, total, name, stage))


def counted(
    stage: str, items: Sequence[T], name: Callable[[T], str] = lambda item: ""
) -> Iterator[T]:
    """``items`` one by one, reporting ``stage`` as each is done (when the next is asked for)."""
    total = len(items)
    report(stage, 0, total)
    for done, item in enumerate(items, start=1):
        yield item
        report(stage, done, total, name(item))


@contextlib.contextmanager
def stage(name: str, total: int | None = None) -> Iterator[None]:
    """Report ``name`` as started on entering the block and finished on leaving it normally."""
    report(name, 0, total)
    yield
    report(name, total or 1, total or 1)
