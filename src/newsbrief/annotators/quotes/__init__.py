"""Direct quotations and their speakers: quotation marks, cue verbs, pronouns and role nouns."""

from newsbrief.annotators.quotes.annotator import QuoteAnnotator

__all__ = ["QuoteAnnotator"]
