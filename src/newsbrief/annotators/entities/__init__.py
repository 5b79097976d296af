"""People, organisations and places: a name chunker, small gazetteers, variant merging."""

from newsbrief.annotators.entities.annotator import EntityAnnotator, document_entities

__all__ = ["EntityAnnotator", "document_entities"]
