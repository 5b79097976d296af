"""newsbrief: several raw news articles in, one cited, verbatim multi-article briefing out.

>>> import newsbrief
>>> corpus = newsbrief.load("seeds/")                     # doctest: +SKIP
>>> briefing = newsbrief.build_briefing(corpus, words=150) # doctest: +SKIP
>>> print(newsbrief.export(briefing, "markdown"))          # doctest: +SKIP
"""

from typing import TYPE_CHECKING

from newsbrief._version import __version__
from newsbrief.api import (
    export,
    exporter_for_path,
    get_exporter,
    get_exporters,
    get_parser,
    get_parsers,
    get_summarizer,
    get_summarizers,
    summarize,
)
from newsbrief.errors import ComponentNotFound, InputError, NewsbriefError, PluginError
from newsbrief.exporters.json_exporter import BriefingFormatError, load_schema
from newsbrief.exporters.json_exporter import briefing_from_json as from_json
from newsbrief.hookspecs import hookimpl
from newsbrief.model import (
    Briefing,
    CoverageNote,
    Document,
    Metadata,
    Section,
    Sentence,
    Source,
    SourceRef,
    Span,
    SpanKind,
    Story,
    SummaryItem,
)
from newsbrief.pipeline import Corpus, Skipped, build_briefing, load
from newsbrief.summarizers.base import Budget, SummaryRequest

if TYPE_CHECKING:  # imported on first use (see ``_LAZY``); named here for type checkers
    from newsbrief.distributed import load as load_distributed
    from newsbrief.nlp.analysis import Analysis
    from newsbrief.scaling import build_story_briefings, story_briefings_jsonl

__all__ = [
    "Analysis",
    "Briefing",
    "BriefingFormatError",
    "Budget",
    "ComponentNotFound",
    "Corpus",
    "CoverageNote",
    "Document",
    "InputError",
    "Metadata",
    "NewsbriefError",
    "PluginError",
    "Section",
    "Sentence",
    "Skipped",
    "Source",
    "SourceRef",
    "Span",
    "SpanKind",
    "Story",
    "SummaryItem",
    "SummaryRequest",
    "__version__",
    "build_briefing",
    "build_story_briefings",
    "export",
    "exporter_for_path",
    "from_json",
    "get_exporter",
    "get_exporters",
    "get_parser",
    "get_parsers",
    "get_summarizer",
    "get_summarizers",
    "hookimpl",
    "load",
    "load_distributed",
    "load_schema",
    "story_briefings_jsonl",
    "summarize",
]


#: Public names imported on first use, because their modules need NumPy (``import newsbrief``,
#: and so ``newsbrief --help``, should not load it): name -> (module, attribute).
_LAZY = {
    "Analysis": ("newsbrief.nlp.analysis", "Analysis"),
    "build_story_briefings": ("newsbrief.scaling", "build_story_briefings"),
    "story_briefings_jsonl": ("newsbrief.scaling", "story_briefings_jsonl"),
    "load_distributed": ("newsbrief.distributed", "load"),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")
