"""Loading and story briefings on a Dask cluster (the optional ``dask`` extra).

Kept as the documented home of :func:`load` (:func:`newsbrief.load` with the parsing done by
Dask workers); the work is done by :mod:`newsbrief.pipeline.dask`, and the Dask runner of
:mod:`newsbrief.pipeline.runners` runs the per-story steps there.
"""

# The package first, before any of its modules: a thread importing one of them first (which
# locks that module, then imports the package) would meet another thread initialising the
# package, which imports the same module: Python's import locks then hand one a half-made module.
import newsbrief.pipeline  # noqa: F401
from newsbrief.pipeline.dask import (
    BATCH_INPUTS,
    BATCHES_IN_FLIGHT,
    DistributedCorpus,
    ParsedInput,
    connect,
    load,
    parse_batch,
    story_results,
    take_documents,
)

__all__ = [
    "BATCHES_IN_FLIGHT",
    "BATCH_INPUTS",
    "DistributedCorpus",
    "ParsedInput",
    "connect",
    "load",
    "parse_batch",
    "story_results",
    "take_documents",
]
