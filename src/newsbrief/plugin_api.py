"""Everything a plugin author needs, in one module: the declared, semver-stable plugin surface.

A plugin imports from here and from ``newsbrief`` (which runs briefings), never from the
modules behind them, which are internal and may change in any release (``docs/api.md``,
"Stability"). As in llm (``import llm``; ``llm.hookimpl``, ``llm.Model``)::

    from newsbrief.plugin_api import Document, Sentence, SummaryItem, hookimpl, terms

What it holds:

* the model (frozen attrs classes): :class:`Document`, :class:`Sentence`, :class:`Briefing`,
  :class:`Annotation`...;
* the contracts of the four kinds of component: :class:`Parser` (with :class:`RawInput`),
  :class:`Summarizer` (with :class:`SummaryRequest` and :class:`Budget`), :class:`Exporter`,
  :class:`Annotator` (with :class:`PreparingAnnotator`, :class:`AnnotationContext`, the
  per-document :class:`Analysis` and :func:`draft_of`);
* :data:`hookimpl`, the marker of hook implementations, and the plugin host
  (:func:`get_host`, to register a module for one run; :class:`PluginLoadError`, what it reports
  of a plugin that failed to load);
* the option spec a component declares (:class:`Option`, :class:`OptionSpec`,
  :class:`OptionError`) and the errors a component raises (:class:`InputError`);
* the helpers the built-in components use, so a plugin behaves like them: words and terms
  (:func:`terms`, :func:`count_words`, :func:`words`), budgets (:class:`BudgetCounter`,
  :func:`select_items`), parsing (:func:`assemble`), languages (:func:`language`,
  :func:`supported_languages`), the shared analysis (:func:`analysis_of`) and exporting
  (:data:`EXPORTER_OPTIONS`, :func:`check_options`, :func:`locale_option`, :func:`in_order`,
  :func:`outline`, :func:`overview`, :class:`Block`, :class:`Entry`, :func:`briefing_title`,
  :func:`display`).

Importing it loads neither NumPy nor SciPy: :class:`Analysis` (NumPy arrays) and
:func:`analysis_of` are imported on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from newsbrief.annotators.base import (
    AnnotationContext,
    Annotator,
    PreparingAnnotator,
    draft_of,
)
from newsbrief.errors import InputError, NewsbriefError
from newsbrief.exporters.base import Exporter
from newsbrief.exporters.common import (
    EXPORTER_OPTIONS,
    Block,
    Entry,
    briefing_title,
    check_options,
    display,
    in_order,
    locale_option,
    outline,
    overview,
)
from newsbrief.hookspecs import hookimpl
from newsbrief.languages import Language, language
from newsbrief.languages import supported as supported_languages
from newsbrief.model import (
    Annotation,
    AnnotationKind,
    Briefing,
    CoverageNote,
    DateMention,
    Document,
    Entity,
    Mention,
    Metadata,
    Quote,
    Section,
    Sentence,
    Source,
    SourceRef,
    Span,
    SpanKind,
    Story,
    SummaryItem,
    TimelineEntry,
)
from newsbrief.nlp.tokens import count_words, terms, words
from newsbrief.options import Option, OptionError, OptionSpec
from newsbrief.parsers.assemble import assemble
from newsbrief.parsers.base import Parser, RawInput
from newsbrief.plugins import PluginHost, PluginLoadError, get_host
from newsbrief.summarizers.base import Budget, Summarizer, SummaryRequest
from newsbrief.summarizers.selection import BudgetCounter, select_items

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis, analysis_of

__all__ = [
    "EXPORTER_OPTIONS",
    "Analysis",
    "Annotation",
    "AnnotationContext",
    "AnnotationKind",
    "Annotator",
    "Block",
    "Briefing",
    "Budget",
    "BudgetCounter",
    "CoverageNote",
    "DateMention",
    "Document",
    "Entity",
    "Entry",
    "Exporter",
    "InputError",
    "Language",
    "Mention",
    "Metadata",
    "NewsbriefError",
    "Option",
    "OptionError",
    "OptionSpec",
    "Parser",
    "PluginHost",
    "PluginLoadError",
    "PreparingAnnotator",
    "Quote",
    "RawInput",
    "Section",
    "Sentence",
    "Source",
    "SourceRef",
    "Span",
    "SpanKind",
    "Story",
    "Summarizer",
    "SummaryItem",
    "SummaryRequest",
    "TimelineEntry",
    "analysis_of",
    "assemble",
    "briefing_title",
    "check_options",
    "count_words",
    "display",
    "draft_of",
    "get_host",
    "hookimpl",
    "in_order",
    "language",
    "locale_option",
    "outline",
    "overview",
    "select_items",
    "supported_languages",
    "terms",
    "words",
]

#: Names imported on first use, because their module needs NumPy.
_LAZY = {"Analysis": "newsbrief.nlp.analysis", "analysis_of": "newsbrief.nlp.analysis"}


def __getattr__(name: str) -> object:
    # ``import newsbrief.plugin_api`` (so ``newsbrief list`` and ``--help``) stays light.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'newsbrief.plugin_api' has no attribute {name!r}")


def __dir__() -> list[str]:
    # The names imported on first use too, as ``newsbrief`` lists its own (``help``, completion).
    return sorted({*globals(), *_LAZY})
