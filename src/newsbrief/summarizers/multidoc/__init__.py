"""The default multi-document summarizer: de-duplication, salience, selection and citations."""

from newsbrief.summarizers.multidoc.options import MultiDocOptions, OptionError
from newsbrief.summarizers.multidoc.summarizer import (
    MultiDocSummarizer,
    builtin_multidoc_summarizers,
)

__all__ = ["MultiDocOptions", "MultiDocSummarizer", "OptionError", "builtin_multidoc_summarizers"]
