"""Story grouping: which documents report the same event."""

from newsbrief.stories.grouping import StoryGrouper, group_stories

__all__ = ["StoryGrouper", "group_stories"]
