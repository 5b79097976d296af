"""The default multi-document summarizer: de-duplication, salience, selection and citations."""

from newsbrief.summarizers.multidoc.summarizer import (
    MultiDocSummarizer,
    builtin_multidoc_summarizers,
)

__all__ = ["MultiDocSummarizer", "builtin_multidoc_summarizers"]
