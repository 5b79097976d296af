"""Who was told, right after a cue (``», contó a Univision Noticias``, ``», dijo a EFE el
alcalde``, ``», a déclaré à Ouest-France le maire``): a name after a word of ``[quotes]
addressee_markers`` is the one spoken to, never the speaker; the speaker is named after it, or
not at all (a language that drops its subjects: the subject of the sentence before). So is the
outlet a phrase of ``[quotes] medium_phrases`` brings in, after the cue or inside its speaker
phrase (``», explicó en entrevista con Univision 45``, ``», a soufflé le Drômois au micro de
France Télévisions``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsbrief.annotators.quotes.attribution.speaker_types import Mention
from newsbrief.languages import language, morphology, on_reload
from newsbrief.languages.alphabets import LATIN_CAPITALS, LATIN_SMALL

__all__ = [
    "APPOSITION_COMMA",
    "addressee_end",
    "addressee_start",
    "medium_start",
    "name_starts",
    "named_after_initials",
    "oblique_end",
    "oblique_start",
]

#: A word after the cue, or an article elided onto the next word (``l'``).
_WORD = re.compile(r"[ \u00a0]*([^\W\d_]+['’]?)")


@functools.cache
def _words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    lang = language(code)
    articles = lang.words("quotes", "definite_articles") | lang.words("quotes", "elided_articles")
    return lang.words("quotes", "addressee_markers"), frozenset(
        a.replace("’", "'") for a in articles
    )


@functools.cache
def _openers(code: str) -> frozenset[str]:
    """Words that open a speaker's description (articles, demonstratives, possessives of
    ``[quotes]``), lower case, with a straight apostrophe."""
    lang = language(code)
    words = (
        lang.words("quotes", "definite_articles")
        | lang.words("quotes", "elided_articles")
        | lang.words("quotes", "indefinite_articles")
        | lang.words("quotes", "role_apposition_determiners")
        | frozenset(lang.table("quotes", "demonstratives"))
    )
    return frozenset(w.lower().replace("’", "'") for w in words)


@functools.cache
def _medium(code: str) -> re.Pattern[str] | None:
    """A phrase of ``[quotes] medium_phrases`` (either apostrophe, either case), then spaces."""
    phrases = {p.replace("’", "'") for p in language(code).words("quotes", "medium_phrases")}
    if not phrases:
        return None
    alternation = "|".join(
        re.escape(p).replace("'", "['’]").replace(r"\ ", r"[ \u00a0]+")
        for p in sorted(phrases, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?i:{alternation})(?:(?<=['’])|[ \u00a0]+)")


#: The outlet's name after its phrase: capitalised words and numbers (``Univision 45``), or a
#: determiner and a noun in lower case (``este diario``).
_OUTLET = re.compile(
    rf"(?:[^\W\d_]+['’])?(?:[{LATIN_CAPITALS}][\w.&'’\-]*|\d+)"
    rf"(?:[ \u00a0]+(?:[{LATIN_CAPITALS}][\w.&'’\-]*|\d+))*"
    r"|[^\W\d_]+[ \u00a0]+[^\W\d_]+(?=[ \u00a0]*[,.;:]|$)"
)


on_reload(_words.cache_clear)
on_reload(_openers.cache_clear)
on_reload(_medium.cache_clear)


def name_starts(masked: str, at: int, end: int, code: str) -> tuple[int, int]:
    """Where the name a word of ``[quotes] addressee_markers`` or ``medium_phrases`` ending at
    ``at`` brings in may open, before ``end``: past the spaces after the word, and past an
    article of ``[quotes] definite_articles`` or ``elided_articles`` after them as well (an
    outlet's name may open with its article, ``», relató a La Voz del Valle``); the same twice
    where no article follows."""
    named_at = _past_spaces(masked, at, end)
    article = _WORD.match(masked, named_at, end)
    if article is None or article.group(1).lower().replace("’", "'") not in _words(code)[1]:
        return named_at, named_at
    return named_at, _past_spaces(masked, article.end(), end)


def _past_spaces(masked: str, at: int, end: int) -> int:
    while at < end and masked[at] in " \u00a0":
        at += 1
    return at


def medium_start(masked: str, start: int, end: int, code: str) -> int | None:
    """Where a phrase of ``[quotes] medium_phrases`` opens in ``masked[start:end]`` (a cue's
    speaker phrase ends there), if one does."""
    pattern = _medium(code)
    found = pattern.search(masked, start, end) if pattern is not None else None
    return found.start() if found is not None else None


def _medium_end(masked: str, start: int, code: str, mentions: Sequence[Mention]) -> int | None:
    """Where the outlet a medium phrase right at ``start`` brings in ends, if one does."""
    pattern = _medium(code)
    phrase = pattern.match(masked, start) if pattern is not None else None
    if phrase is None:
        return None
    _, at = name_starts(masked, phrase.end(), len(masked), code)
    outlet = _OUTLET.match(masked, at, min(len(masked), at + 60))
    stop = outlet.end() if outlet is not None else None
    for mention in mentions:
        if mention.start == at:
            return max(mention.end, stop or 0)  # ``Europa Press``: a place's name is in it
        if mention.start > at:
            break
    return stop


def addressee_end(masked: str, start: int, code: str, mentions: Sequence[Mention]) -> int | None:
    """Where the addressee after a cue ending at ``start`` ends: a marker word (``a``, ``al``,
    ``à``), perhaps an article, then a name the entity annotator found (``mentions``: those
    starting after ``start``, in text order); ``None`` when no such name is written there
    (``dijo a su vez``, ``dijo al diario El País``: read as before)."""
    medium = _medium_end(masked, _past_spaces(masked, start, len(masked)), code, mentions)
    if medium is not None:
        return medium  # ``», explicó en entrevista con Univision 45``
    markers, _ = _words(code)
    if not markers:
        return None
    marker = _WORD.match(masked, start)
    if marker is None or marker.group(1).lower() not in markers:
        return None
    named_at, at = name_starts(masked, marker.end(), len(masked), code)
    for mention in mentions:
        if mention.start in (named_at, at):
            return _acronym_end(masked, mention) or mention.end
        if mention.start > at:
            break
    return None


def addressee_start(
    masked: str, start: int, end: int, code: str, mentions: Sequence[Mention]
) -> int | None:
    """Where the one told opens inside the speaker phrase ``masked[start:end]`` after an
    inverted cue (``», explicó la alcaldesa a Onda Cero``, ``», a confié l'entraîneur à
    L'Équipe``): a word of ``[quotes] addressee_markers`` after the phrase's first word, perhaps
    an article, then a person or body the entity annotator found (``mentions``: those in the
    phrase, in text order); the speaker phrase ends before it. ``None`` where none is, where
    no speaker is written before the marker (``», dijo también a EFE el alcalde``: the
    speaker is named after the one told) or where a name in apposition follows the one told
    (``», dijo el candidato a la Alcaldía de Bogotá, Juan Pérez``: the marker is the role's)."""
    markers, _ = _words(code)
    if not markers:
        return None
    first = _WORD.match(masked, start, end)
    if first is None:
        return None
    at = first.end()
    while (marker := _WORD.search(masked, at, end)) is not None:
        at = marker.end()
        if marker.group(1).lower() not in markers:
            continue
        named_at, after_article = name_starts(masked, at, end, code)
        told = next(
            (
                m
                for m in mentions
                if m.start in (named_at, after_article) and m.type in ("person", "organisation")
            ),
            None,
        )
        if told is None:
            continue
        if not _speaker_before(masked, start, marker.start(1), code, mentions):
            return None
        apposed = APPOSITION_COMMA.match(masked, told.end, end)
        if apposed is not None and any(
            m.start == apposed.end() and m.type == "person" for m in mentions
        ):
            return None
        return marker.start(1)
    return None


#: A comma between a name and the one in apposition to it (``, Juan Pérez``): after the one
#: told here, after a speaker's mention in press_conventions.
APPOSITION_COMMA = re.compile(r"[ \u00a0]*,[ \u00a0]*")


def _speaker_before(
    masked: str, start: int, marker: int, code: str, mentions: Sequence[Mention]
) -> bool:
    """Whether ``masked[start:marker]`` writes a speaker: a person or a body, a capitalised
    word no place's name covers or a word opening a description (``la alcaldesa``,
    ``Ortiz``), not only adverbs and places (``también``, ``aussi``, ``en Madrid``)."""
    inside = [m for m in mentions if start <= m.start < marker]
    if any(m.type in ("person", "organisation") for m in inside):
        return True
    openers = _openers(code)
    return any(
        (w.group(1)[:1].isupper() and not any(m.start <= w.start(1) < m.end for m in inside))
        or w.group(1).lower().replace("’", "'") in openers
        for w in _WORD.finditer(masked, start, marker)
    )


#: A word in capitals (an agency's or an outlet's initials: ``EFE``, ``AFP``), then a space.
_INITIALS = re.compile(rf"[{LATIN_CAPITALS}]{{2,}}(?=[ \u00a0]+[{LATIN_CAPITALS}][{LATIN_SMALL}])")


def _acronym_end(masked: str, mention: Mention) -> int | None:
    """Where the initials opening a person's name after an addressee's marker end, when a
    name follows them (``», relató a EFE Inés Calvo``: the entity annotator read one name;
    the agency is told, the person after it speaks)."""
    if mention.type != "person":
        return None
    initials = _INITIALS.match(masked, mention.start, mention.end)
    return initials.end() if initials is not None else None


def named_after_initials(
    masked: str, told: int, mentions: Sequence[Mention]
) -> tuple[int, int] | None:
    """``(start, end)`` of the name after the initials :func:`addressee_end` cut from a
    person's name ending at ``told`` (``Inés Calvo`` of ``EFE Inés Calvo``); ``None`` when
    the addressee ended no such name (``mentions``: those after the cue, in text order)."""
    for mention in mentions:
        if mention.start < told < mention.end and mention.type == "person":
            start = told
            while start < mention.end and masked[start] in " \u00a0":
                start += 1
            return start, mention.end
        if mention.start >= told:
            break
    return None


def _oblique(text: str, start: int, code: str, mentions: Sequence[Mention]) -> Mention | None:
    """The first person in ``mentions`` from ``start`` on whose name, as written, the
    language's dictionary reads in an oblique case only (``Марии Ивановой``, ``з Володимиром
    Зеленським``; not ``Кудрин``, which may be a nominative)."""
    for mention in mentions:
        if mention.start < start or mention.type != "person":
            continue
        written = text[mention.start : mention.end]
        nominative = morphology.nominative_name(written, code)
        if nominative is not None and nominative != written:
            return mention
    return None


def oblique_start(text: str, start: int, code: str, mentions: Sequence[Mention]) -> int | None:
    """Where the speaker phrase after a cue ending at ``start`` stops, in a language whose
    dictionary reads cases: at the first person named in an oblique case (``— заявил Кудрин
    Марии Ивановой``, ``— сказав президент на пресконференції з Володимиром Зеленським``: the
    one told, or met, is no speaker; the speaker is in the nominative). ``None`` where no
    such name follows (``mentions``: those after ``start``, in text order)."""
    if not morphology.has_analyzer(code):
        return None
    found = _oblique(text, start, code, mentions)
    if found is None or not any(c.isalpha() for c in text[start : found.start]):
        return None  # (``— каже Золтана Бачо``: no one named before it; read as before)
    if _nominative_after(text, found, code, mentions) is not None:
        return None  # (``— заявил помощник Владимира Путина Юрий Ушаков``: see oblique_end)
    return found.start


#: Marks that end the phrase a speaker is named in after a cue.
_CLAUSE_MARKS = frozenset(",;:.!?()—–")


def _nominative_after(
    text: str, oblique: Mention, code: str, mentions: Sequence[Mention]
) -> Mention | None:
    """The first person in ``mentions`` after ``oblique``, in the same phrase (no punctuation
    between), whose name, as written, the language's dictionary reads in the nominative
    (``Юрий Ушаков``; not ``, а Олег Петров промолчал``: another clause's subject)."""
    for mention in mentions:
        if mention.start < oblique.end or mention.type != "person":
            continue
        if any(c in _CLAUSE_MARKS for c in text[oblique.end : mention.start]):
            return None
        written = text[mention.start : mention.end]
        if morphology.nominative_name(written, code) == written:
            return mention
    return None


def oblique_end(text: str, start: int, code: str, mentions: Sequence[Mention]) -> int | None:
    """Where a person named in an oblique case after a cue ending at ``start`` ends, when a
    person named in the nominative follows it: the speaker is the one after (``— заявил
    помощник Владимира Путина Юрий Ушаков``, ``— сказав на зустрічі з Володимиром Зеленським
    Емманюель Макрон``: whose, or the one met, comes first). ``None`` otherwise."""
    if not morphology.has_analyzer(code):
        return None
    found = _oblique(text, start, code, mentions)
    if found is None or _nominative_after(text, found, code, mentions) is None:
        return None
    if any(m.type == "person" and start <= m.start < found.start for m in mentions):
        return None  # (``— заявил Кудрин Марии Ивановой``: the speaker is named first)
    return found.end
