"""The story map: which articles tell which story, and how long each is, at a glance.

The HTML exporter puts it above the stories list: one row per story with the story's marker
(the colour and shape the timeline picture gives it), its label, how many articles and words it
has, and a bar made of one segment per article (``[n]``, linking to the source list) whose width
is the article's length in words, against the longest story. It is HTML and CSS only (a flex
row), so it reflows on a phone and follows the page's light or dark colours.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping

from newsbrief.exporters.common import display, lookup, sorted_sources
from newsbrief.exporters.svg_timeline import escape, story_style, swatch
from newsbrief.languages.templates import FALLBACK, phrase
from newsbrief.model import Briefing, Document, Source


@functools.cache
def _format_number(number: int, words: str) -> str:
    from babel import Locale, UnknownLocaleError
    from babel.numbers import format_decimal

    try:
        return str(format_decimal(number, locale=Locale.parse(words)))
    except (UnknownLocaleError, ValueError, TypeError):
        return str(format_decimal(number, locale=FALLBACK))


def article_words(document: Document, section: int) -> int:
    """How many words section ``section`` of ``document`` has (the whole text without
    sections)."""
    if 0 <= section < len(document.sections):
        part = document.sections[section]
        return len(document.text[part.start : part.end].split())
    return len(document.text.split())


def _articles(
    doc_ids: tuple[str, ...],
    sources_of: Mapping[str, list[tuple[int, Source]]],
    documents: Mapping[str, Document],
) -> list[tuple[Source | None, int]]:
    """The story's articles: each source of its documents (in citation-number order) with its
    words; a document without a source entry counts as one article with no number.

    ``sources_of`` (doc id -> its sources with their place in the source list) and
    ``documents`` (id -> document) are built once per briefing: per story, a sort or a linear
    search would make the map quadratic.
    """
    wanted = set(doc_ids)
    # The place in the sorted source list keeps its order exactly (ties included).
    placed = sorted(pair for doc_id in wanted for pair in sources_of.get(doc_id, ()))
    sources = [source for _, source in placed]
    out: list[tuple[Source | None, int]] = []
    for source in sources:
        document = documents.get(source.doc_id)
        words = article_words(document, source.section) if document is not None else 0
        out.append((source, words))
    for doc_id in doc_ids:
        if doc_id not in sources_of and doc_id in documents:
            out.append((None, article_words(documents[doc_id], -1)))
    return out


def _size(count: int, words_total: int, words: str) -> str:
    articles = phrase(words, "articles", n=count)
    length = phrase(words, "word_count", n=words_total, count=_format_number(words_total, words))
    return phrase(words, "story_size", articles=articles, words=length)


def story_map(briefing: Briefing, words: str = FALLBACK) -> list[str]:
    """The story map's HTML lines, or none when the briefing has no stories."""
    if not briefing.stories:
        return []
    sources_of: dict[str, list[tuple[int, Source]]] = {}
    for place, listed in enumerate(sorted_sources(briefing)):
        sources_of.setdefault(listed.doc_id, []).append((place, listed))
    documents = lookup(briefing).documents  # the first document with an id wins
    rows = [
        (story, _articles(story.documents, sources_of, documents)) for story in briefing.stories
    ]
    longest = max((sum(w for _, w in articles) for _, articles in rows), default=0) or 1
    label = escape(phrase(words, "story_map"))
    out = [f'<figure class="storymap" aria-label="{label}">', '<ul class="storymap">']
    for index, (story, articles) in enumerate(rows):
        css, _ = story_style(index)
        name = escape(display(story.label or ", ".join(story.documents)))
        total = sum(w for _, w in articles)
        segments = []
        for source, count in articles:
            share = f"{max(count / longest * 100, 0.0):.1f}".rstrip("0").rstrip(".")
            size = escape(phrase(words, "word_count", n=count, count=_format_number(count, words)))
            if source is None:
                segments.append(
                    f'<span class="seg {css}" style="width: calc({share}% - 2px)" title="{size}">'
                    f"<span>·</span></span>"
                )
            else:
                segments.append(
                    f'<a class="seg {css}" href="#source-{source.number}" '
                    f'style="width: calc({share}% - 2px)" title="{size}">[{source.number}]</a>'
                )
        out.append(
            f'<li><p class="story-head">{swatch(index)}<span class="sid">'
            f'{escape(display(story.id))}</span> <span dir="auto">{name}</span> '
            f'<span class="size">{escape(_size(len(articles), total, words))}</span></p>'
            f'<p class="bars">{"".join(segments)}</p></li>'
        )
    out.extend(["</ul>", "</figure>"])
    return out
