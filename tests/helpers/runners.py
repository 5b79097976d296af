"""The runners every "same output on every runner" test compares, and a real Dask cluster."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from newsbrief.pipeline.runners import Dask, InProcess, ProcessPool, Runner


@contextlib.contextmanager
def local_cluster() -> Iterator[Any]:
    """A ``distributed.Client`` of a real cluster of two worker processes on 127.0.0.1.

    Skips the test when ``distributed`` is not installed.
    """
    distributed = pytest.importorskip("distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        # Its HTTP server on any free port: another cluster may hold the default 8787.
        dashboard_address="127.0.0.1:0",
    )
    with cluster, distributed.Client(cluster) as client:
        yield client


@contextlib.contextmanager
def _dask() -> Iterator[Runner]:
    with local_cluster() as client:
        yield Dask(client)


#: Each runner by name, as a context manager that opens (and closes) what it needs.
RUNNERS: dict[str, Callable[[], contextlib.AbstractContextManager[Runner]]] = {
    "in-process": lambda: contextlib.nullcontext(InProcess()),
    "process-pool": lambda: contextlib.nullcontext(ProcessPool(2)),
    "dask": _dask,
}
