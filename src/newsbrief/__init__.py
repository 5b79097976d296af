"""newsbrief: several raw news articles in, one cited, verbatim multi-article briefing out.

>>> import newsbrief
>>> corpus = newsbrief.load("seeds/")                     # doctest: +SKIP
>>> briefing = newsbrief.build_briefing(corpus, words=150) # doctest: +SKIP
>>> print(newsbrief.export(briefing, "markdown"))          # doctest: +SKIP
"""

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported on first use (see ``_LAZY``); named here for type checkers
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
    from newsbrief.distributed import load as load_distributed
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
    from newsbrief.nlp.analysis import Analysis
    from newsbrief.pipeline import Corpus, Skipped, build_briefing
    from newsbrief.pipeline.load import load  # (from its module: mypy reads pipeline.load as it)
    from newsbrief.scaling import build_story_briefings, story_briefings_jsonl
    from newsbrief.summarizers.base import Budget, SummaryRequest

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


#: Every public name is imported on first use, so that ``import newsbrief`` (and with it
#: ``newsbrief --help``, ``--version`` and ``list``) loads only what is asked for, not the
#: pipeline, NumPy and the language data: module -> the names it gives.
_PUBLIC_NAMES = {
    "newsbrief._version": ("__version__",),
    "newsbrief.api": (
        "export",
        "exporter_for_path",
        "get_exporter",
        "get_exporters",
        "get_parser",
        "get_parsers",
        "get_summarizer",
        "get_summarizers",
        "summarize",
    ),
    "newsbrief.errors": ("ComponentNotFound", "InputError", "NewsbriefError", "PluginError"),
    "newsbrief.exporters.json_exporter": ("BriefingFormatError", "load_schema"),
    "newsbrief.hookspecs": ("hookimpl",),
    "newsbrief.model": (
        "Briefing",
        "CoverageNote",
        "Document",
        "Metadata",
        "Section",
        "Sentence",
        "Source",
        "SourceRef",
        "Span",
        "SpanKind",
        "Story",
        "SummaryItem",
    ),
    "newsbrief.nlp.analysis": ("Analysis",),
    "newsbrief.pipeline": ("Corpus", "Skipped", "build_briefing", "load"),
    "newsbrief.scaling": ("build_story_briefings", "story_briefings_jsonl"),
    "newsbrief.summarizers.base": ("Budget", "SummaryRequest"),
}

#: Public name -> (module, attribute).
_LAZY = {name: (module, name) for module, names in _PUBLIC_NAMES.items() for name in names} | {
    "from_json": ("newsbrief.exporters.json_exporter", "briefing_from_json"),
    "load_distributed": ("newsbrief.distributed", "load"),
}


#: Held while a public name's module is imported: two threads first using, say, ``load`` and
#: ``build_story_briefings`` at once would enter the pipeline's package and one of its modules
#: from opposite ends, each holding the import lock the other waits for (``_DeadlockError``).
_IMPORTING = threading.RLock()


def __getattr__(name: str) -> object:
    import importlib

    if name in _LAZY:
        module, attribute = _LAZY[name]
        with _IMPORTING:
            value = getattr(importlib.import_module(module), attribute)
        globals()[name] = value  # once: later lookups find it without this function
        return value
    if not name.startswith("_"):
        # A submodule, as when this package imported them all: code that imported only
        # ``newsbrief`` and then uses ``newsbrief.pipeline.segmented`` keeps working.
        try:
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"{__name__}.{name}":
                raise
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
