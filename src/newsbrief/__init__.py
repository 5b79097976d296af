"""newsbrief: several raw news articles in, one cited, verbatim multi-article briefing out.

>>> import newsbrief
>>> corpus = newsbrief.load("seeds/")                     # doctest: +SKIP
>>> briefing = newsbrief.build_briefing(corpus, words=150) # doctest: +SKIP
>>> print(newsbrief.export(briefing, "markdown"))          # doctest: +SKIP
"""

from importlib.metadata import PackageNotFoundError, version

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

try:
    __version__ = version("newsbrief")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

__all__ = [
    "Briefing",
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
    "summarize",
]
