"""A chunker for capitalised names: runs of capitalised words cut into names, roles and places.

A run (``Deputy Pentagon Press Secretary Sabrina Singh``) is read left to right: the longest
gazetteer or organisation pattern wins (``US Department of Defense``, ``Kyiv``), role words are
kept as the role of the name that follows (``Deputy``, ``Press Secretary``), nationality
adjectives are dropped (``Ukrainian``), and what is left is a name candidate. Whether a candidate
is a person is decided from evidence (a title before it, a known first name) or, for a lone word
(``Singh``), later when it joins a full name seen elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import attrs

from newsbrief.annotators.entities import gazetteer as gz

# Initialisms (``U.S.``), then words with inner apostrophes and hyphens (``NATO-Ukraine``).
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w'’\-]*|\d[\w\-]*")
_POSSESSIVE = re.compile(r"['’][sS]$|(?<=s)['’]$")
_ABBREVIATIONS = frozenset(
    {w for w in gz.ROLE_WORDS | gz.HONORIFICS if w.endswith(".")}
    | {"St.", "Jr.", "Sr.", "Corp.", "Inc."}
)
_ACRONYM_IN_PARENS = re.compile(r"[ \u00a0]?\(([A-Z][A-Z&\-]{1,9})\)")
#: The longest gazetteer entry, in words.
_MAX_GAZETTEER_WORDS = 6
#: Longer capitalised runs with no evidence are headline fragments, not names.
_MAX_NAME_WORDS = 4


@attrs.frozen
class Token:
    """A word of a capitalised run."""

    text: str
    start: int
    end: int
    #: Whether a possessive ``'s`` was cut off (it ends the run).
    possessive: bool = False

    @property
    def capitalised(self) -> bool:
        """Whether it starts with a capital (or is a number-led code like ``F-16s``)."""
        return self.text[:1].isupper()


@attrs.frozen
class Candidate:
    """A possible mention found by the chunker."""

    start: int
    end: int
    text: str
    #: ``person``, ``organisation`` or ``place``; ``None`` for a lone word still unresolved.
    type: str | None
    #: Canonical name when a gazetteer or alias knows it.
    canonical: str | None = None
    #: Whether something shows it is a person (a title, a first name, a role noun before it).
    evidence: bool = False
    #: Role words written with the name (``Deputy Pentagon Press Secretary``).
    role: str | None = None
    #: ``female``/``male`` when a title or role noun tells.
    gender: str | None = None
    #: Whether it opens a sentence (a capital there proves nothing).
    sentence_initial: bool = False
    #: Whether it lies in a heading (kept only if the body names it too).
    heading: bool = False

    @property
    def words(self) -> list[str]:
        """The words of the mention."""
        return self.text.split()


def tokens(text: str, start: int, end: int) -> list[Token]:
    """The word tokens of ``text[start:end]``, possessives split off, with absolute offsets."""
    out: list[Token] = []
    for match in _TOKEN.finditer(text, start, end):
        word, s, e = match.group(0), match.start(), match.end()
        if e < end and text[e] == "." and word + "." in _ABBREVIATIONS:
            word, e = word + ".", e + 1
        possessive = _POSSESSIVE.search(word)
        if possessive and len(word) > 2:
            word = word[: possessive.start()]
            e = s + len(word)
            out.append(Token(word, s, e, possessive=True))
            continue
        out.append(Token(word, s, e))
    return out


def runs(text: str, toks: list[Token]) -> Iterator[list[Token]]:
    """Runs of capitalised words joined by single spaces (connectors allowed inside)."""
    run: list[Token] = []
    for index, token in enumerate(toks):
        joined = bool(run) and _joined(text, run[-1], token)
        if token.capitalised:
            if run and not joined:
                yield _trim(run)
                run = []
            run.append(token)
        elif (
            joined
            and (token.text in gz.CONNECTORS or (token.text == "the" and run[-1].text == "of"))
            and index + 1 < len(toks)
            and _joined(text, token, toks[index + 1])
        ):
            run.append(token)
        elif run:
            yield _trim(run)
            run = []
        if run and run[-1].possessive:
            yield _trim(run)
            run = []
    if run:
        yield _trim(run)


def _joined(text: str, left: Token, right: Token) -> bool:
    gap = text[left.end : right.start]
    return not left.possessive and gap in (" ", "\u00a0")


def _trim(run: list[Token]) -> list[Token]:
    while run and not run[-1].capitalised:
        run = run[:-1]
    return run


def chunk(
    text: str,
    regions: Iterable[tuple[int, int]],
    stopwords: frozenset[str],
    *,
    heading: bool = False,
) -> list[Candidate]:
    """Candidates in each ``(start, end)`` region of ``text`` (each region one sentence)."""
    found: list[Candidate] = []
    for start, end in regions:
        toks = tokens(text, start, end)
        first_word = next((t.start for t in toks), start)
        # This region's candidates only: aliases lie within one region, and rescanning every
        # earlier candidate per region made long documents quadratic.
        here: list[Candidate] = []
        for run in runs(text, toks):
            if not run:
                continue
            before = _word_before(text, toks, run[0])
            here.extend(
                _analyse(
                    run, before, stopwords, initial=run[0].start == first_word, heading=heading
                )
            )
        aliases = list(_acronym_aliases(text, here, start, end))
        spans = {(alias.start, alias.end) for alias in aliases}
        found.extend(c for c in here if c.type is not None or (c.start, c.end) not in spans)
        found.extend(aliases)
    return found


def _word_before(text: str, toks: list[Token], first: Token) -> str:
    previous = [t for t in toks if t.end <= first.start]
    if not previous or text[previous[-1].end : first.start] not in (" ", "\u00a0"):
        return ""
    return previous[-1].text.lower()


def _analyse(
    run: list[Token], before: str, stopwords: frozenset[str], *, initial: bool, heading: bool
) -> Iterator[Candidate]:
    places, organisations = gz.place_names(), gz.organisation_names()
    role: list[Token] = []
    titled = before in gz.PERSON_ROLE_NOUNS
    gender = _noun_gender(before)
    i = 0
    while i < len(run):
        token = run[i]
        at_start = initial and i == 0
        known = _gazetteer(run, i, places, organisations)
        pattern = _organisation(run, i)
        match = pattern if pattern and (not known or pattern[0] > known[0]) else known
        if match is not None:
            j, kind, canonical = match
            yield _candidate(run[i:j], kind, canonical, at_start, heading)
            # ``Deputy Pentagon Press Secretary``: a body named inside a title is part of it.
            if role or (j < len(run) and run[j].text in gz.ROLE_WORDS):
                role.extend(run[i:j])
            i = j
            continue
        if token.text in gz.ROLE_WORDS:
            role.append(token)
            titled = titled or token.text in gz.HONORIFICS
            gender = gender or _noun_gender(token.text.lower())
            i += 1
            continue
        if role and token.text in ("of", "the"):  # ``Spokesperson of the Ministry of Defense``
            role.append(token)
            i += 1
            continue
        if (
            not token.capitalised
            or token.text in gz.DEMONYMS
            or token.text in gz.CALENDAR
            or token.text.lower() in stopwords
            or not any(c.isalpha() for c in token.text)
            or token.text[:1].isdigit()
        ):
            role, titled = [], False
            i += 1
            continue
        j = i
        while (
            j < len(run)
            and _name_word(run[j], stopwords)
            and not (j > i and _gazetteer(run, j, places, organisations))
        ):
            j += 1
        if j == i:  # an organisation head alone (``Forces``)
            role, titled, gender = [], False, None
            i += 1
            continue
        words = run[i:j]
        if len(words) <= _MAX_NAME_WORDS:
            first_name = gz.first_name_gender(words[0].text) if len(words) > 1 else None
            role_text = _span_text(role) if role else None
            yield Candidate(
                start=words[0].start,
                end=words[-1].end,
                text=_span_text(words),
                type="person" if (titled or first_name is not None) else None,
                evidence=titled or first_name is not None,
                role=role_text,
                gender=gender or (first_name if first_name in ("female", "male") else None),
                sentence_initial=at_start,
                heading=heading,
            )
        role, titled, gender = [], False, None
        i = j


def _name_word(token: Token, stopwords: frozenset[str]) -> bool:
    return (
        token.capitalised
        and token.text not in gz.ROLE_WORDS
        and token.text not in gz.DEMONYMS
        and token.text not in gz.CALENDAR
        and token.text.lower() not in stopwords
        and token.text not in gz.ORGANISATION_HEADS
    )


def _gazetteer(
    run: list[Token], i: int, places: dict[str, str], organisations: dict[str, str]
) -> tuple[int, str, str] | None:
    for length in range(min(_MAX_GAZETTEER_WORDS, len(run) - i), 0, -1):
        if not run[i + length - 1].capitalised:
            continue
        phrase = _span_text(run[i : i + length])
        if phrase.isupper() and len(phrase) > 3 and phrase.title() in places:  # ``KYIV, Ukraine``
            phrase = phrase.title()
        if phrase in organisations:
            return i + length, "organisation", organisations[phrase]
        if phrase in places:
            return i + length, "place", places[phrase]
    return None


def _organisation(run: list[Token], i: int) -> tuple[int, str, str | None] | None:
    """``Middlebury College``, ``Ministry of Defense``, ``US Department of Defense``..."""
    k = i
    while k < len(run) and run[k].capitalised and run[k].text not in gz.HONORIFICS:
        if run[k].text in gz.ORGANISATION_HEADS:
            break
        k += 1
    if k >= len(run) or run[k].text not in gz.ORGANISATION_HEADS:
        return None
    end = k + 1
    if end + 1 < len(run) and run[end].text in ("of", "for"):
        j = end + 1
        if run[j].text == "the":
            j += 1
        tail = j
        while (
            tail < len(run)
            and run[tail].capitalised
            and run[tail].text not in gz.HONORIFICS
            and not _person_start(run, tail)
        ):
            tail += 1
        if tail > j:
            end = tail
    if end - i < 2:
        return None
    canonical = gz.organisation_names().get(_span_text(run[i:end]))
    return end, "organisation", canonical


def _person_start(run: list[Token], i: int) -> bool:
    return (
        i + 1 < len(run)
        and run[i + 1].capitalised
        and gz.first_name_gender(run[i].text) is not None
        and run[i].text not in gz.place_names()
    )


def _candidate(
    words: list[Token], kind: str, canonical: str | None, initial: bool, heading: bool
) -> Candidate:
    text = _span_text(words)
    if canonical is None and text.startswith("The "):
        words = words[1:]
        text = _span_text(words)
    return Candidate(
        start=words[0].start,
        end=words[-1].end,
        text=text,
        type=kind,
        canonical=canonical,
        sentence_initial=initial,
        heading=heading,
    )


def _span_text(words: list[Token]) -> str:
    return " ".join(word.text for word in words)


def _noun_gender(word: str) -> str | None:
    if word in gz.FEMALE_NOUNS:
        return "female"
    if word in gz.MALE_NOUNS:
        return "male"
    return None


def _acronym_aliases(
    text: str, found: list[Candidate], start: int, end: int
) -> Iterator[Candidate]:
    """``French Institute of International Relations (IFRI)``: the acronym names the same body."""
    known = {(c.start, c.end) for c in found if c.type is not None}
    for candidate in found:
        if candidate.type != "organisation" or not (start <= candidate.end <= end):
            continue
        match = _ACRONYM_IN_PARENS.match(text, candidate.end)
        if match is None or match.end() > end:
            continue
        s, e = match.span(1)
        if (s, e) in known:
            continue
        yield Candidate(
            start=s,
            end=e,
            text=match.group(1),
            type="organisation",
            canonical=candidate.canonical or candidate.text,
            heading=candidate.heading,
        )
