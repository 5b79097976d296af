"""Phrases set between a verb of speech and its subject, or between an auxiliary and its
participle, that say nothing of who speaks (French ``de son côté``, ``pour sa part``: ``», a pour
sa part estimé le maire``, ``», assure de son côté le bourgmestre``, ``La CGT, de son côté, a
dénoncé``), and the statement a body's words were given in (``La fédération, dans un
communiqué publié mardi, réclame « ... »``, ``salue dans une déclaration « ... »``). They are
blanked out of the text the attribution searches, so that its rules read the verb next to its
subject; the offsets stay, and the quotations keep their words.
"""

from __future__ import annotations

import functools
import re

from newsbrief.annotators.entities.foreign_forms import opens_sentence
from newsbrief.annotators.quotes.alternation import word_alternation
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import normalize, on_reload

__all__ = ["without_asides"]


#: How far the words after a statement's noun may run to the comma closing the aside
#: (``, dans un courriel envoyé jeudi matin,``).
_STATEMENT_TAIL = 40


def _statement(code: str) -> str | None:
    """The alternative of a statement a body's words were given in, as a whole phrase: one of
    ``[quotes] statement_prepositions``, one of ``statement_determiners`` and one of
    ``statement_nouns`` (``dans un communiqué``, ``en un comunicado``); set off by a comma on
    each side, the words after the noun up to the second comma too (``, dans un communiqué
    publié mardi,``). ``None`` for a language without the three lists."""
    prepositions = quote_words(code, "statement_prepositions")
    determiners = quote_words(code, "statement_determiners")
    nouns = quote_words(code, "statement_nouns")
    if not prepositions or not determiners or not nouns:
        return None
    space = r"[ \u00a0]+"
    frame = (
        rf"(?<![\w'’-]){word_alternation(prepositions, ignore_case=True)}{space}"
        rf"{word_alternation(determiners, ignore_case=True)}{space}"
        rf"{word_alternation(nouns, ignore_case=True)}(?![\w'’-])"
    )
    tail = rf"[^,.;:!?«»“”„\"\n]{{0,{_STATEMENT_TAIL}}}"
    return rf",[ \u00a0]*{frame}{tail},(?=[ \u00a0])|{frame}"


@functools.cache
def _aside(code: str) -> re.Pattern[str] | None:
    """A phrase of ``[quotes] aside_phrases`` of language ``code`` as a whole word, with the
    commas that set it off when it has one on each side (``, de son côté,``), or the statement
    the words were given in (:func:`_statement`); ``None`` for a language without either."""
    phrases = quote_words(code, "aside_phrases")
    statement = _statement(code)
    if not phrases and statement is None:
        return None
    alternatives = [statement] if statement is not None else []
    if phrases:
        phrase = word_alternation(phrases, separator=r"[ \u00a0]+", ignore_case=True)
        word = rf"(?<![\w'’-]){phrase}(?![\w'’-])"
        alternatives.append(rf",[ \u00a0]*{word}[ \u00a0]*,(?=[ \u00a0])|{word}")
    return re.compile("|".join(alternatives), re.IGNORECASE)


on_reload(_aside.cache_clear)


def without_asides(masked: str, code: str | None) -> str:
    """``masked`` (a text, its quotations masked) with each aside phrase of language ``code``
    and the commas setting it off made spaces; ``masked`` itself when there is none. A phrase
    opening a sentence stays (``Sur place, le maire s'est rendu``: blanked, the sentence would
    open with its comma, and its subject would not be read)."""
    if code is None:
        return masked
    pattern = _aside(normalize(code))
    if pattern is None:
        return masked

    def blank(match: re.Match[str]) -> str:
        if opens_sentence(masked, match.start()):
            return match.group(0)
        return " " * len(match.group(0))

    return pattern.sub(blank, masked)
