"""A club named by its town alone in a sports report: where the document names a club with
its town (``VfB Brakenfeld``, ``HC Mirnau``: ``[entities] club_words`` before the town), the
town's bare name elsewhere in it is mostly the club's (``Brakenfeld rutscht ab``, ``gegen
Mirnau``, ``Mirnaus Abwehr``, in the genitive of ``[entities] name_genitive_endings``).
Not after a preposition of place or a place's noun (``in Mirnau``, ``die Stadt Brakenfeld``), not
right after a capitalised word that is no stop word, a noun naming a body or a place by the
town (``die Börse Brakenfeld``, ``der Gemeinderat Mirnau``; not ``Gegen Brakenfeld``), not
in brackets after a person's name (``Schiedsrichter Jens Kolbe (Mirnau)``), and not opening a
line as a dateline (``Brakenfeld. Zweimal ...``, ``Mirnau (dpa) –``): there it is the town. A
document naming no club so is no sports report and keeps its towns. Runs after
:func:`~.foreign_bounds.clubs_by_name`, on the clubs it typed.
"""

from __future__ import annotations

import re
from functools import cache

from newsbrief.annotators.entities.chunker import TEXT, TYPE
from newsbrief.annotators.entities.foreign_bounds import club_words
from newsbrief.annotators.entities.foreign_words import foreign_words, typed_as, word_before
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language, on_reload
from newsbrief.languages.genitives import genitive_bases

__all__ = ["club_towns"]

#: A capitalised word and an opening bracket right before a town (``Kolbe (Mirnau)``).
_AFTER_NAME = re.compile(r"(?<![\w\-])([^\W\d_][\w\-]*)[ \u00a0]\($")

#: What follows a town's name opening a line as a dateline (``Mirnau.``, ``Brakenfeld (dpa) –``).
_DATELINE = re.compile(r"[.,:]|[ \u00a0]*[(–—-]")


def club_towns(items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str) -> None:
    """Each place's mention that is the bare town of a club the document names with it
    typed the club's (see the module)."""
    found = _words(code)
    if found is None:
        return
    lead, stopwords = found
    towns: dict[str, str] = {}
    for k, (_, _, fields) in enumerate(items):
        if k not in dropped and fields[TYPE] == "organisation":
            named = lead.fullmatch(fields[TEXT])
            if named is not None:
                towns.setdefault(named.group(1).rsplit(" ", 1)[-1], fields[TEXT])
    if not towns:
        return
    words = foreign_words(code)
    not_before = words.place_prepositions | words.place_before
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "place":
            continue
        name = fields[TEXT]
        club = towns.get(name) or next(
            (towns[base] for base in genitive_bases(name, code) if base in towns), None
        )
        if club is None:
            continue
        start, end = spans.span(index, number)
        # (``Kolbe (Mirnau)``: a person's home town in brackets after the name)
        before = word_before(text, start)
        if before in not_before or _after_name(text, start):
            continue
        # (``die Börse Brakenfeld``: a body's or a place's noun before the town)
        if name in towns and _after_noun(text, start, before, stopwords):
            continue
        if (start == 0 or text[start - 1] == "\n") and _DATELINE.match(text, end):
            continue
        items[k] = (index, number, typed_as(fields, "organisation", club))


def _after_name(text: str, start: int) -> bool:
    """Whether a capitalised word and an opening bracket stand right before ``start``."""
    found = _AFTER_NAME.search(text, max(0, start - 60), start)
    return found is not None and found.group(1)[:1].isupper()


def _after_noun(text: str, start: int, before: str, stopwords: frozenset[str]) -> bool:
    """Whether a capitalised word that is no stop word, ``before`` in lower case, stands right
    before ``start`` with a space only between (``Börse Brakenfeld``)."""
    at = start - 1 - len(before)
    return (
        bool(before)
        and before not in stopwords
        and at >= 0
        and text[start - 1] in " \u00a0"
        and text[at].isupper()
        and text[at : start - 1].lower() == before
    )


@cache
def _words(code: str) -> tuple[re.Pattern[str], frozenset[str]] | None:
    """A club's name of language ``code``: one or more club words, then its town's name
    (group 1); and the language's stop words."""
    alternation = club_words(code)
    if alternation is None:
        return None
    pattern = re.compile(
        rf"(?:(?:{alternation})[ \u00a0])+([^\W\d_][\w\-]*(?:[ \u00a0][^\W\d_][\w\-]*)?)"
    )
    return pattern, language(code).stopwords


# (Built from language data: a reload reads it again.)
on_reload(_words.cache_clear)
