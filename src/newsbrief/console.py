"""What a command prints on standard error besides its output: messages and one progress display.

A :class:`Reporter` holds the run's verbosity and, on a terminal, one progress display that
follows every stage of the run (:mod:`newsbrief.pipeline.progress`), drawn with
`rich <https://rich.readthedocs.io>`_. Messages printed while the display is up go above it,
so a skipped input never breaks the bar. When standard error is not a terminal (a pipe, a log
file, a test) there is no display and messages are plain lines, the same at any width.

Verbosity: ``QUIET`` prints errors only, ``NORMAL`` adds the display, notes and repeated inputs,
``VERBOSE`` adds details (each stage's time and count, the components used, the repeated
inputs again in the final list).
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Iterator, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, TextIO

from newsbrief.inputs import printable, reporting_passed_over
from newsbrief.pipeline.progress import STAGES, Progress

if TYPE_CHECKING:
    from rich.progress import Progress as RichProgress
    from rich.progress import TaskID

#: Errors only.
QUIET = -1
#: Errors, notes, repeated inputs and, on a terminal, the progress display.
NORMAL = 0
#: Everything, with each stage's time.
VERBOSE = 1

#: What a stage counts, for the verbose timing lines.
_UNITS = {
    "load": "input(s)",
    "segment": "document(s)",
    "analyse": "document(s)",
    "annotate": "annotator(s)",
}


def verbosity(quiet: bool, verbose: bool) -> int:
    """The verbosity of ``-q``/``-v`` (``-q`` wins when both are given: it is the safer one)."""
    return QUIET if quiet else VERBOSE if verbose else NORMAL


class Reporter:
    """Messages and progress on standard error, at one verbosity; use it as a context manager.

    ``display`` forces the progress display on or off; by default it is on when the stream is a
    terminal and the verbosity is not ``QUIET``. ``stages`` are the stages the run passes, so
    the display can number them (``[3/8] analyse``).
    """

    def __init__(
        self,
        level: int = NORMAL,
        *,
        stream: TextIO | None = None,
        display: bool | None = None,
        stages: Sequence[str] = STAGES,
    ) -> None:
        #: ``QUIET``, ``NORMAL`` or ``VERBOSE``.
        self.level = level
        self._stream = stream
        if display is None:
            display = level > QUIET and _isatty(self.stream)
        self._wants_display = display
        self._stages = tuple(stages)
        self._started = time.monotonic()
        self._stage: str | None = None
        self._stage_started = self._started
        self._rich: RichProgress | None = None
        self._task: TaskID | None = None

    @property
    def stream(self) -> TextIO:
        """Where messages go: the stream given, else the current ``sys.stderr``."""
        return self._stream if self._stream is not None else sys.stderr

    # Messages.

    def error(self, text: str) -> None:
        """Print ``newsbrief: TEXT`` at every verbosity (a failure the user must see)."""
        self._print(f"newsbrief: {printable(text)}")

    def info(self, text: str) -> None:
        """Print ``newsbrief: TEXT`` unless quiet."""
        if self.level >= NORMAL:
            self._print(f"newsbrief: {printable(text)}")

    def detail(self, text: str) -> None:
        """Print ``newsbrief: TEXT`` only when verbose."""
        if self.level >= VERBOSE:
            self._print(f"newsbrief: {printable(text)}")

    def line(self, text: str, level: int = NORMAL) -> None:
        """Print ``text`` as it is (already printable) at ``level`` and above."""
        if self.level >= level:
            self._print(text)

    @contextlib.contextmanager
    def passed_over(self) -> Iterator[None]:
        """Verbose: inside the block, print ``passed over PATH: REASON`` once for each file a
        folder or a glob holds but that is not read
        (:func:`newsbrief.inputs.reporting_passed_over`); otherwise nothing."""
        if self.level < VERBOSE:
            yield
            return

        def tell(path: str, reason: str) -> None:
            self.detail(f"passed over {path}: {reason}")

        with reporting_passed_over(tell):
            yield

    def _print(self, text: str) -> None:
        if self._rich is not None:
            # Above the live display, which is redrawn below it.
            self._rich.console.print(
                text, markup=False, highlight=False, emoji=False, soft_wrap=True
            )
        else:
            self.stream.write(text + "\n")
            self.stream.flush()

    # Progress.

    def progress(self, event: Progress) -> None:
        """Follow one event of the run: move the display, time the stages (verbose)."""
        now = time.monotonic()
        if event.stage != self._stage:
            self._stage, self._stage_started = event.stage, now
            self._show_stage(event)
        if self._rich is not None and self._task is not None:
            self._rich.update(self._task, completed=event.done, total=event.total)
        if event.finished:
            unit = _UNITS.get(event.stage)
            count = f"{event.total:,} {unit} in " if unit and event.total is not None else ""
            self.detail(f"{event.stage}: {count}{now - self._stage_started:.2f} s")

    def _show_stage(self, event: Progress) -> None:
        if not self._wants_display:
            return
        if self._rich is None:
            self._rich = self._open_display()
        number = (
            f"[{self._stages.index(event.stage) + 1}/{len(self._stages)}] "
            if event.stage in self._stages
            else ""
        )
        # A task per stage, on one line: rich cannot set a counted task's total back to
        # "unknown" (a pulsing bar), and the stage's start is the task's.
        if self._task is not None:
            self._rich.remove_task(self._task)
        self._task = self._rich.add_task(number + printable(event.stage), total=event.total)

    def _open_display(self) -> RichProgress:
        # rich is imported only when a display is drawn: piped runs and --help stay light.
        from rich.console import Console
        from rich.progress import Progress

        console = Console(file=self.stream, stderr=True, highlight=False)
        display = Progress(
            *_columns(self._started),
            console=console,
            transient=True,
            # Our output is written after the display closes; a library's stray warning
            # on stderr is printed above the display instead of through it.
            redirect_stdout=False,
            redirect_stderr=True,
        )
        display.start()
        return display

    # The end.

    def close(self) -> None:
        """Remove the display (messages printed above it stay); verbose: the run's time."""
        self._stop()
        self.detail(f"done in {time.monotonic() - self._started:.2f} s")

    def _stop(self) -> None:
        if self._rich is not None:
            self._rich.stop()
            self._rich = None
            self._task = None

    def __enter__(self) -> Reporter:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        if kind is None:
            self.close()
        else:
            self._stop()  # the error is printed below, without the display


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # no isatty, or a closed stream
        return False


def _columns(started: float) -> list[Any]:
    """The display's columns: stage, bar, count, time since the run (not the stage) started."""
    from rich.progress import BarColumn, ProgressColumn, Task, TextColumn
    from rich.text import Text

    class Count(ProgressColumn):
        """``1,200/2,000`` while a stage counts its work; empty while it cannot."""

        def render(self, task: Task) -> Text:
            if task.total is None:
                return Text("")
            return Text(f"{int(task.completed):,}/{int(task.total):,}")

    class Elapsed(ProgressColumn):
        """Ticks while a stage works, even one that cannot count its work."""

        def render(self, task: Task) -> Text:
            seconds = int(time.monotonic() - started)
            return Text(f"{seconds // 60}:{seconds % 60:02d}", style="progress.elapsed")

    return [
        TextColumn("{task.description}", markup=False),
        BarColumn(bar_width=32),
        Count(),
        Elapsed(),
    ]
