"""A town's name after a preposition that also opens a topic or a time is the common noun
the town is named like, where the document shows it so.

Some prepositions of a route also say what something is about or until when (``[entities]
topic_prepositions``: German ``über``, ``bis``; ``über Fulda`` and ``ein Buch über Essen und
Trinken``). Where every noun is capitalised, a town's name written like a common noun
(``[entities] noun_endings``) after one is the noun it spells (``Essen``, food) when the
document says so: the name is listed with a capitalised word written like a common noun that
is neither a town nor a place the document knows (``über Essen und Trinken``, ``über Essen,
Trinken und Schlafen``; not ``über Hilo und Kona``), or the document writes it elsewhere
right after an article (``das Essen``), which no town's name takes, unless it lists the name
with a town or a place (``über Essen und Dortmund``). Otherwise the preposition
keeps its route's reading (``über Fulda und Kassel``, ``bis Innsbruck``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from newsbrief.annotators.entities.foreign_forms import nounlike
from newsbrief.annotators.entities.foreign_words import foreign_words
from newsbrief.languages import language, on_reload

__all__ = ["topic_noun", "written_as_noun"]

#: A list's joiner or comma after a name, and the capitalised word it goes on with.
_LISTED = r"[ \u00a0]*(?:,|[ \u00a0](?:{joiners}))[ \u00a0]+([^\W\d_][\w\-]*)(?![\w\-])"


@cache
def _words(code: str) -> tuple[frozenset[str], re.Pattern[str] | None, frozenset[str]]:
    """Language ``code``'s topic prepositions, the pattern of a list going on after a name,
    and its articles (``[quotes] definite_articles``, ``indefinite_articles``)."""
    lang = language(code)
    joiners = lang.words("entities", "list_joiners")
    listed = (
        re.compile(_LISTED.format(joiners="|".join(sorted(map(re.escape, joiners)))))
        if joiners
        else None
    )
    articles = lang.words("quotes", "definite_articles") | lang.words(
        "quotes", "indefinite_articles"
    )
    return lang.words("entities", "topic_prepositions"), listed, articles


def topic_noun(
    name: str, before: str, text: str, end: int, code: str, is_place: Callable[[str], bool]
) -> bool:
    """Whether the one-word ``name`` ending at ``end``, after the lower-case word ``before``,
    is the common noun a town is named like (see the module); ``is_place`` says whether a
    word is a town or a place the document knows."""
    prepositions, listed, articles = _words(code)
    words = foreign_words(code)
    if before not in prepositions or " " in name or not nounlike(name, words):
        return False
    following = listed.match(text, end) if listed is not None else None
    if following is not None:
        word = following.group(1)
        if word[:1].isupper() and is_place(word):
            return False  # (``über Essen und Dortmund``: a route's list, whatever else says)
        if nounlike(word, words) and word[:1].isupper():
            return True
    return _after_article(name, text, articles)


def written_as_noun(name: str, text: str, code: str) -> bool:
    """Whether ``text`` writes ``name`` elsewhere right after an article of language ``code``
    (``nach dem Essen``), which no town's name takes: the common noun a town is named like."""
    return _after_article(name, text, _words(code)[2])


# (one answer per name and text: a page of many such phrases asks about each)
@lru_cache(maxsize=256)
def _after_article(name: str, text: str, articles: frozenset[str]) -> bool:
    """Whether ``text`` writes ``name`` right after one of ``articles`` (``das Essen``)."""
    pattern = rf"(?<![\w\-])(\w+)[ \u00a0]+{re.escape(name)}(?![\w\-])"
    return any(found.group(1).lower() in articles for found in re.finditer(pattern, text))


# (Built from language data: a reload reads it again.)
on_reload(_words.cache_clear)
on_reload(_after_article.cache_clear)
