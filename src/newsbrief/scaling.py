"""Briefings of large collections, one per story (``build --per-story``).

Kept as the documented home of :func:`build_story_briefings` and
:func:`story_briefings_jsonl`; the work is done by :mod:`newsbrief.pipeline.per_story`
(entry points), :mod:`newsbrief.pipeline.stories` (the per-story tasks) and
:mod:`newsbrief.pipeline.runners` (where they run).
"""

# The package first, before any of its modules: a thread importing one of them first (which
# locks that module, then imports the package) would meet another thread initialising the
# package, which imports the same module: Python's import locks then hand one a half-made module.
import newsbrief.pipeline  # noqa: F401
from newsbrief.pipeline.per_story import build_story_briefings, story_briefings_jsonl
from newsbrief.pipeline.settings import PARTITION_SIZE, STORY_BATCH_DOCUMENTS
from newsbrief.pipeline.stories import (
    StoryTask,
    brief_stories,
    brief_stories_jsonl,
    briefings_to_jsonl,
    features_of,
    prepare_partition,
    story_batches,
    story_briefing,
)

__all__ = [
    "PARTITION_SIZE",
    "STORY_BATCH_DOCUMENTS",
    "StoryTask",
    "brief_stories",
    "brief_stories_jsonl",
    "briefings_to_jsonl",
    "build_story_briefings",
    "features_of",
    "prepare_partition",
    "story_batches",
    "story_briefing",
    "story_briefings_jsonl",
]
