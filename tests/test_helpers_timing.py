"""The timing helper of the scaling tests (tests/helpers/timing.py)."""

from __future__ import annotations

import gc
import time

import pytest

from helpers.timing import least_cpu_seconds


def test_the_collector_is_paused_while_each_run_is_measured() -> None:
    seen: list[bool] = []
    least_cpu_seconds(lambda: seen.append(gc.isenabled()))
    assert seen == [False, False, False]
    assert gc.isenabled()


def test_a_collector_paused_by_the_caller_stays_paused() -> None:
    gc.disable()
    try:
        least_cpu_seconds(lambda: None)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_restored_when_a_run_fails() -> None:
    def failing() -> None:
        raise ValueError("no")

    with pytest.raises(ValueError):
        least_cpu_seconds(failing)
    assert gc.isenabled()


def test_the_least_of_the_runs_is_given() -> None:
    # Only the first run works (about 50 ms of CPU): the least is the idle runs' time.
    runs = iter([0.05, 0.0, 0.0])

    def busy() -> None:
        until = time.process_time() + next(runs)
        while time.process_time() < until:
            pass

    assert least_cpu_seconds(busy) < 0.02
