"""Who was told, right after a cue (``», contó a Univision Noticias``, ``», dijo a EFE el
alcalde``, ``», a déclaré à Ouest-France le maire``): a name after a word of ``[quotes]
addressee_markers`` is the one spoken to, never the speaker; the speaker is named after it, or
not at all (a language that drops its subjects: the subject of the sentence before)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsbrief.annotators.quotes.attribution.speaker_types import Mention
from newsbrief.languages import language, on_reload

__all__ = ["addressee_end"]

#: A word after the cue, or an article elided onto the next word (``l'``).
_WORD = re.compile(r"[ \u00a0]*([^\W\d_]+['’]?)")


@functools.cache
def _words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    lang = language(code)
    articles = lang.words("quotes", "definite_articles") | lang.words("quotes", "elided_articles")
    return lang.words("quotes", "addressee_markers"), frozenset(
        a.replace("’", "'") for a in articles
    )


on_reload(_words.cache_clear)


def addressee_end(masked: str, start: int, code: str, mentions: Sequence[Mention]) -> int | None:
    """Where the addressee after a cue ending at ``start`` ends: a marker word (``a``, ``al``,
    ``à``), perhaps an article, then a name the entity annotator found (``mentions``: those
    starting after ``start``, in text order); ``None`` when no such name is written there
    (``dijo a su vez``, ``dijo al diario El País``: read as before)."""
    markers, articles = _words(code)
    if not markers:
        return None
    marker = _WORD.match(masked, start)
    if marker is None or marker.group(1).lower() not in markers:
        return None
    at = marker.end()
    article = _WORD.match(masked, at)
    if article is not None and article.group(1).lower().replace("’", "'") in articles:
        at = article.end()
    while at < len(masked) and masked[at] in " \u00a0":
        at += 1
    for mention in mentions:
        if mention.start == at:
            return mention.end
        if mention.start > at:
            break
    return None
