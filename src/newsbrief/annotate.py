"""Deprecated home of the annotate stage, kept so older imports work: see
:mod:`newsbrief.pipeline.annotate` (and :mod:`newsbrief.pipeline.compose` for the views)."""

from newsbrief.pipeline.annotate import Drafted, annotate, annotation_order, prepare_documents
from newsbrief.pipeline.compose import briefing_views

__all__ = ["Drafted", "annotate", "annotation_order", "briefing_views", "prepare_documents"]
