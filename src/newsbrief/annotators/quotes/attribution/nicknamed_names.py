"""A person's name with a nickname in quotation marks between given name and surname
(``el senador Martín «el Flaco» Irazábal``, ``Rafael “Papo” Colón Ortiz``, ``Niels "Tulip"
van Tongeren``, British single marks: ``Devon 'Shark' Clarke``): the entity annotator reads
the surname alone after the marks, so a speaker named by it is given the given name the page
writes before the nickname (``Irazábal`` -> ``Martín Irazábal``; ``Van Tongeren`` opening a
sentence -> ``Niels van Tongeren``); so is one named by the nickname, alone or before the
surname (``el Flaco Irazábal``), and one named by any part of the nicknamed name where it is
written (``said Marvin “Bigga” Reid``: not ``Marvin``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.anchored import matches_at
from newsbrief.annotators.quotes.attribution.english_words import PARTICLES
from newsbrief.annotators.quotes.attribution.speaker_types import Speaker
from newsbrief.languages.alphabets import LATIN_CAPITALS, LATIN_SMALL

__all__ = ["Nicknamed", "nicknamed_in_full", "nicknamed_names"]

#: A character of a capitalised word after its capital.
_WORD_REST_CHARACTER = rf"[{LATIN_SMALL}'’\-]"
#: A capitalised word, perhaps with capitals inside (``DeAndra``, ``McAllister``).
_CAPITALISED = (
    rf"[{LATIN_CAPITALS}]{_WORD_REST_CHARACTER}+(?:[{LATIN_CAPITALS}]{_WORD_REST_CHARACTER}+)*"
)
#: A capitalised word, a nickname of one to four words in marks, then one or two capitalised
#: words (the surnames), perhaps after a name's particles (``van``, ``de la``: ``[quotes]
#: name_particles``).
_NICKNAMED = re.compile(
    rf"\b({_CAPITALISED})[ \u00a0]+(?:[«“\"]([^«»“”\"\n]{{1,40}})[»”\"]"
    rf"|['‘]([^'‘’\n]{{1,40}})['’])[ \u00a0]+"
    rf"((?:(?:{PARTICLES})[ \u00a0]+){{0,2}}{_CAPITALISED}(?:[ \u00a0]{_CAPITALISED})?)\b"
)

#: An opening mark after a space (the mark first: the engine skips to the next mark, where a
#: space first would stop at every space): where :data:`_NICKNAMED`'s nickname opens.
_OPENS = re.compile(r"[«“\"'‘](?<=[ \u00a0].)")
#: The characters of :data:`_WORD_REST_CHARACTER` (all below U+2020), as a set: read one by one,
#: backwards.
_WORD_REST = frozenset(re.findall(_WORD_REST_CHARACTER, "".join(map(chr, range(0x2020)))))
#: The capitals :data:`_CAPITALISED` opens with, as a set.
_CAPITALS = frozenset(re.findall(f"[{LATIN_CAPITALS}]", "".join(map(chr, range(0x2020)))))


def _name_starts(text: str) -> Iterator[int]:
    """Where each match of :data:`_NICKNAMED` may begin, in text order: the capital of the word
    before each opening mark's spaces (the pattern tried at every word boundary was about 3% of
    the quote stage)."""
    for mark in _OPENS.finditer(text):
        at = mark.start() - 1  # the space before the mark
        while at > 0 and text[at - 1] in " \u00a0":
            at -= 1
        # Each capital opening a run of the word's other characters, back to the first: the
        # given name begins at the first of them a word boundary stands before (``DeAndra``).
        capitals = []
        while True:
            rest = at
            while rest > 0 and text[rest - 1] in _WORD_REST:
                rest -= 1
            if rest in (at, 0) or text[rest - 1] not in _CAPITALS:
                break
            at = rest - 1
            capitals.append(at)
        yield from reversed(capitals)


@attrs.frozen
class Nicknamed:
    """A name written with a nickname in quotation marks between given name and surnames
    (``Ann “Nan” Roe``), where the text has it (``start``, ``end``)."""

    start: int
    end: int
    #: The given name (``Ann``), the nickname without its marks (``Nan``) and the surnames
    #: with their particles (``Roe``, ``van Tongeren``).
    given: str
    nickname: str
    surnames: str
    #: Where the nickname starts, after its opening mark (``Nan” Roe``: the entity annotator
    #: may read the closing mark and the surnames together).
    nickname_start: int

    @property
    def full(self) -> str:
        """The name without its nickname (``Ann Roe``)."""
        return " ".join([self.given, *self.surnames.split()])


def nicknamed_names(text: str) -> list[Nicknamed]:
    """Every name of ``text`` written with a nickname of one to four words in quotation marks
    between given name and surnames, in text order: the one reading of such names, for the
    speakers named by a part of one (:func:`nicknamed_in_full`) and the role read where one is
    written in full (:mod:`.names`)."""
    found = []
    for match in matches_at(text, _NICKNAMED, _name_starts(text)):
        nickname = match.group(2) or match.group(3)
        if len(nickname.split()) > 4:
            continue
        mark = match.start(3 if match.group(3) else 2)
        found.append(
            Nicknamed(match.start(), match.end(), match.group(1), nickname, match.group(4), mark)
        )
    return found


def _full_names(
    text: str, profile: gz.Profile | None
) -> tuple[dict[str, str | None], list[tuple[int, int, str]]]:
    """Surnames (each alone and all together, in lower case) -> the given name and surnames,
    ``None`` when the page gives one surname to two people so; and where each nicknamed name
    is written, with its full name."""
    found: dict[str, str | None] = {}
    spans: list[tuple[int, int, str]] = []
    for name in nicknamed_names(text):
        given, surnames, nickname = name.given, name.surnames, name.nickname
        if gz.first_name_gender_in(given, profile) is None:
            continue
        full = name.full
        spans.append((name.start, name.end, full))
        keys = {surnames.split()[0], " ".join(surnames.split())}
        # The nickname's capitalised words, its article left off, alone and before the
        # surname (``el Chino`` -> ``Chino``, ``Chino Benítez``): the page's other names of
        # the same person.
        called = " ".join(w for w in nickname.split() if w[:1].isupper())
        if called:
            keys |= {called, f"{called} {surnames.split()[0]}"}
        # The nickname's closing mark and the surname as the entity annotator may read them
        # together, the mark taken for a plural's apostrophe (``Shark' Clarke``).
        keys.add(" ".join(text[name.nickname_start : name.end].split()))
        for key in {k.lower() for k in keys}:
            found[key] = full if found.get(key, full) == full else None
    return found, spans


def _written_inside(speaker: Speaker, spans: list[tuple[int, int, str]]) -> str | None:
    """The full name of the nicknamed name ``speaker`` is named inside of, if any (``Marvin``
    of ``said Marvin “Bigga” Reid``)."""
    return next((full for start, end, full in spans if start <= speaker.start < end), None)


def nicknamed_in_full(
    text: str, speakers: list[Speaker | None], profile: gz.Profile | None
) -> list[Speaker | None]:
    """``speakers`` with a person named by the surname(s) of a nicknamed name given its full
    name (see the module); others, and surnames two such names share, unchanged (``profile``:
    the language's names, ``None`` for English)."""
    if not any(s is not None and not s.anonymous for s in speakers):
        return speakers
    if not any(mark in text for mark in "«“\"'‘"):
        return speakers
    full, spans = _full_names(text, profile)
    if not full:
        return speakers
    out: list[Speaker | None] = []
    for speaker in speakers:
        named = speaker is not None and not speaker.anonymous
        name = (
            (_written_inside(speaker, spans) or full.get(speaker.name.lower()))
            if speaker is not None and named
            else None
        )
        out.append(speaker if name is None or speaker is None else attrs.evolve(speaker, name=name))
    return out
