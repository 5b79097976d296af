"""The Python API: the few functions downstream code needs, plus component getters."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from newsbrief.defaults import SUMMARY_SENTENCES
from newsbrief.exporters.base import Exporter
from newsbrief.model import Briefing, Document, Metadata, SummaryItem
from newsbrief.nlp.normal_form import normal_view, restored, restored_items
from newsbrief.options import component_options
from newsbrief.parsers.base import Parser
from newsbrief.pipeline import make_budget, segmented
from newsbrief.plugins import get_host
from newsbrief.summarizers.base import Budget, Summarizer, SummaryRequest


def get_parser(name: str) -> Parser:
    """The registered parser called ``name``."""
    return get_host().registry("parser").get(name)


def get_summarizer(name: str) -> Summarizer:
    """The registered summarizer called ``name``."""
    return get_host().registry("summarizer").get(name)


def get_exporter(name: str) -> Exporter:
    """The registered exporter called ``name``."""
    return get_host().registry("exporter").get(name)


def get_parsers() -> dict[str, Parser]:
    """Every registered parser by name."""
    return get_host().registry("parser").as_dict()


def get_summarizers() -> dict[str, Summarizer]:
    """Every registered summarizer by name."""
    return get_host().registry("summarizer").as_dict()


def get_exporters() -> dict[str, Exporter]:
    """Every registered exporter by name."""
    return get_host().registry("exporter").as_dict()


def exporter_for_path(path: str) -> Exporter | None:
    """The exporter whose extensions match ``path`` (``briefing.html`` -> html), if any."""
    lowered = path.lower()
    for exporter in get_exporters().values():
        if any(lowered.endswith(ext) for ext in exporter.extensions):
            return exporter
    return None


def summarize(
    text_or_document: str | Document,
    summarizer: str = "lexrank",
    sentences: int | None = SUMMARY_SENTENCES,
    *,
    words: int | None = None,
    budget: Budget | None = None,
    language: str | None = None,
    options: Mapping[str, Any] | None = None,
) -> list[SummaryItem]:
    """Summarize one text or document; each item keeps its sentence, offsets and score.

    A plain string becomes a document with id ``text``. ``language`` (an ISO 639-1 code or
    BCP 47 tag; :class:`ValueError` when it names no language) is the text's or document's
    language; without it a string's language is detected and a document keeps its own.
    ``options`` are checked against the summarizer's spec (``newsbrief list --options``):
    :class:`~newsbrief.options.OptionError` names an unknown or bad one.
    """
    from newsbrief.languages.detect import detect_language, parse_language

    # Options first: a typo fails before the text is read.
    chosen = get_summarizer(summarizer)
    given = component_options("summarizer", chosen, options)
    code = parse_language(language) if language is not None else None
    if isinstance(text_or_document, str):
        metadata = Metadata(language=code or detect_language(text_or_document))
        document = Document.from_text(text_or_document, id="text", metadata=metadata)
    else:
        document = text_or_document
        if code is not None:
            metadata = attrs.evolve(document.metadata, language=code)
            document = attrs.evolve(document, metadata=metadata)
    chosen_budget = make_budget(
        budget, sentences=None if words else sentences, words=words, overflow=False
    )
    # Text not in NFC is summarized as its NFC view (newsbrief.nlp.normal_form), the sentences
    # then moved back to the original's offsets.
    view = normal_view(document)
    if view is None:
        request = SummaryRequest(
            documents=(segmented(document),), budget=chosen_budget, options=given
        )
        return list(chosen.summarize(request))
    seen = segmented(view.view)
    request = SummaryRequest(documents=(seen,), budget=chosen_budget, options=given)
    items = chosen.summarize(request)
    back = restored(seen, view)
    return list(restored_items(items, {back.id: back}, {back.id: view}))


def export(briefing: Briefing, format: str = "markdown", **options: Any) -> str | bytes:
    """Render ``briefing`` with the exporter called ``format``; ``options`` go to the exporter.

    Options are checked against the exporter's spec (``newsbrief list --options``) as ``-O``
    options are: :class:`~newsbrief.options.OptionError` names an unknown or bad one. Text
    formats give ``str``; binary formats from plugins (``docx``) give ``bytes``.
    """
    exporter = get_exporter(format)
    return exporter.export(briefing, component_options("exporter", exporter, options))
