"""A name inside a complement of an inverted cue is no speaker of it: ``», dijo sobre el
presidente Andrés Molina`` (whom it is about), ``», declaró al salir del Teatro Municipal``,
``», dijo en la entrada del mercado de la calle Olmos`` (where). The subject of such a
cue, if written, stands after the complement, its article after a word no preposition
(``», dijo en rueda de prensa el alcalde Juan Pérez``), or a name right after a noun no name is
set in apposition to (``», dijo a este periódico Inés Valcárcel``, ``», afirmó en entrevista
Rosa Echevarne``; not after a role: ``sobre el presidente Andrés Molina``); if none is, the
language drops it.

The prepositions are the language's ``[quotes] verb_prepositions``, ``cue_place_prepositions``,
``contracted_articles`` and ``cue_complement_prepositions`` (German: ``“, sagte zu Minister
Klaus Weber der Bürgermeister``); inside the complement ``role_links`` (``de``) chain one noun
to the next. ``agent_prepositions`` are left out: the agent of a passive cue speaks (``»,
fue criticada por el alcalde``). A language without articles is left as it reads: there a
complement's noun and the subject after it cannot be told apart this way, and a body after a
preposition of place may speak (``— заявили в Ferrum``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import language, on_reload

__all__ = ["in_cue_complement", "subject_within"]

#: A word, an elided article or preposition with its apostrophe (``l'``, ``d’``), or a mark.
_WORD = re.compile(r"[^\W\d_]+['’]?|\S")


@functools.cache
def _words(code: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """``(prepositions opening a cue's complement, words governing a name inside it,
    articles, nouns a place's name follows)`` of language ``code``, lower case, with a
    straight apostrophe (the last: ``[entities] place_before``, ``calle``)."""

    def words(key: str) -> frozenset[str]:
        return frozenset(w.replace("’", "'") for w in quote_words(code, key))

    agents = words("agent_prepositions")
    openers = (
        words("verb_prepositions")
        | words("cue_place_prepositions")
        | words("contracted_articles")
        | words("cue_complement_prepositions")
    ) - agents
    governing = (openers | words("role_links")) - agents
    articles = words("definite_articles") | words("indefinite_articles") | words("elided_articles")
    places = frozenset(language(code).words("entities", "place_before"))
    return openers, governing, articles, places


on_reload(_words.cache_clear)


def _lower(word: str) -> str:
    """``word`` in lower case with a straight apostrophe, as :func:`_words` keeps its lists."""
    return word.lower().replace("’", "'")


def in_cue_complement(
    masked: str, at: int, start: int, end: int, code: str, apposed: Callable[[str], bool]
) -> bool:
    """Whether the speaker phrase ``masked[start:end]``, read after an inverted cue ending at
    ``at``, lies in a complement of the cue: the words after the cue open with a preposition
    (see the module), and the phrase opens with a governing word itself (``en la sede del
    Ministerio``) or one governs it: the word right before it, past lower-case words back to
    an article, or the word before that article (``sobre el presidente Andrés Molina``; not
    ``en rueda de prensa el alcalde``). A name right after a lower-case word that is no noun
    ``apposed`` reads a name in apposition to (a role), nor a place's (``calle``), opens the
    subject."""
    openers, governing, articles, places = _words(code)
    if not openers or not articles or start < at:
        return False
    first = _WORD.search(masked, at, end)
    if first is None or _lower(first.group(0)) not in openers:
        return False
    own = _WORD.match(masked, start, end)
    before = [m.group(0) for m in _WORD.finditer(masked, at, start)]
    if (
        own is not None
        and _lower(own.group(0)) in governing
        and not _own_article(own.group(0), before, articles, apposed)
    ):
        return True
    if own is not None and _lower(own.group(0)) in articles:
        # (``à la sortie un spectateur``: the phrase's own article after a noun)
        return bool(before) and _lower(before[-1]) in governing
    if (
        own is not None
        and own.group(0)[:1].isupper()
        and before
        and before[-1].isalpha()
        and before[-1].islower()
        and _lower(before[-1]) not in governing | articles | places
        and not apposed(before[-1])
    ):
        return False  # ``a este periódico Inés Valcárcel``: the name after the complement
    named = own is not None and own.group(0)[:1].isupper()
    for k in range(len(before) - 1, -1, -1):
        word = _lower(before[k])
        if word in governing:
            return True
        if word in articles:
            return k > 0 and _lower(before[k - 1]) in governing
        if named and k == len(before) - 1 and before[k][:1].isupper() and apposed(before[k]):
            # (``, sagte gegenüber Reporterin Anna Keller``: a role a language capitalising
            # its nouns writes before the name, read through as a lower-case one is; not
            # ``, sagte am Montag Bürgermeister Peter Braun``: the noun before it ends the
            # complement)
            continue
        if not (before[k].isalpha() and before[k].islower()):
            return False  # a name or a mark ends the complement (``en Madrid el alcalde``)
    return False


def _own_article(
    word: str, before: list[str], articles: frozenset[str], apposed: Callable[[str], bool]
) -> bool:
    """Whether ``word``, an article that also links a noun to the one before it (German
    ``der``: ``Sprecherin der Stadt``), opens a phrase of its own: after a capitalised word no
    role (``, sagte zu Minister Klaus Weber der Bürgermeister``), not after a role it would
    link (``Sprecherin der Stadt``)."""
    if _lower(word) not in articles or not before:
        return False
    last = before[-1]
    return last[:1].isupper() and last.isalpha() and not apposed(last)


def subject_within(
    masked: str, start: int, end: int, code: str, apposed: Callable[[str], bool]
) -> int | None:
    """Where the subject opens inside the phrase ``masked[start:end]`` that lies in a cue's
    complement and reads on past it (``en rueda de prensa el portavoz``, ``devant les députés
    le Premier ministre``): an article after a word that governs nothing, no article itself,
    before a noun ``apposed`` reads as a person's (a role) or a capitalised word; ``None``
    when none does (``en la sede del Ministerio``). An article that also links a noun to the
    one before it (German ``der``, ``des``) opens the subject only when no such article follows
    (``zu Beginn der Sitzung der Minister``: ``der Sitzung`` still belongs to the complement)."""
    _, governing, articles, _ = _words(code)
    words = list(_WORD.finditer(masked, start, end))
    found = None
    for k in range(1, len(words) - 1):
        previous, head = words[k - 1].group(0), words[k + 1].group(0)
        article = _lower(words[k].group(0))
        if (
            article in articles
            and previous.isalpha()
            and _lower(previous) not in governing | articles
            and (head[:1].isupper() or apposed(head))
        ):
            found = words[k].start()
            if article not in governing:
                break
    return found
