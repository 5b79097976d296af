"""A surname written with its particle (``de Klerk``, ``van der Merwe``) keeps it when the
article writes it again alone, in the body or a headline's capitals (``DE KLERK``).

The chunker reads a lower-case particle only inside a full name (``F.W. de Klerk``); after a
verb (``said de Klerk``) or in capitals it leaves the particle out and keeps ``Klerk``. The
article's own full name shows the particle is the surname's: each lone mention of that last
word right after the same particle takes it in. Bounded: one look behind each mention (a
particle is a word or two) and a set of the article's surnames.

The evidence pass (:mod:`~newsbrief.annotators.entities.evidence`) calls
:func:`particle_surnames` near its end, and so does another language's pass
(:mod:`~newsbrief.annotators.entities.foreign`); the particles are ``en.toml [entities]
name_particles``, the particles of names of any language (``De``, ``Van``, ``Von``, ``Du``),
and the document language's own, its ``[bylines] name_particles`` (French ``des``, German
``zu``, Spanish ``los``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.nlp.candidates import HEADING, LANGUAGE, ROLE, TEXT, TYPE, with_fields

__all__ = ["particle_surnames"]

#: Up to two short words right before a name (``van der ``, ``de ``), each opening after a
#: space or a line's start.
_WORDS_BEFORE = re.compile(r"(?:^|(?<=[\s(]))((?:[^\W\d_]{1,4} ){1,2})$")


def _particled(items: list[Mention], dropped: set[int], language: str) -> dict[str, str]:
    """The article's people's surnames that open with particles, by their last word folded
    (``klerk`` -> ``de klerk``); a last word two of them share (``van Dijk``, ``de Dijk``)
    left out."""
    particles_of = gz.name_particles(language)
    found: dict[str, str] = {}
    for k, (_, _, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "person" or fields[LANGUAGE] not in (None, language):
            continue
        words = fields[TEXT].split()
        particles = 0
        while particles < 2 and len(words) > particles + 2:
            if gz.fold(words[-2 - particles]) not in particles_of:
                break
            particles += 1
        if particles and words[-1][:1].isupper():
            last = gz.fold(words[-1])
            surname = gz.fold(" ".join(words[-1 - particles :]))
            found[last] = surname if found.get(last, surname) == surname else ""
    return {last: surname for last, surname in found.items() if surname}


def _held_surname(words: list[str], surnames: dict[str, str], language: str) -> int:
    """How many of a headline run's first ``words`` (in ``language``) are particles and a
    surname of the article written with them (``VAN RENSBURG REJECTS`` -> 2), or 0."""
    particles_of = gz.name_particles(language)
    for particles in (1, 2):
        if len(words) <= particles or gz.fold(words[particles - 1]) not in particles_of:
            return 0
        opening = " ".join(words[: particles + 1])
        if surnames.get(gz.fold(words[particles])) == gz.fold(opening):
            return particles + 1
    return 0


def particle_surnames(
    items: list[Mention],
    offsets: Callable[[int], tuple[int, int]],
    spans: Spans,
    text: str,
    dropped: set[int],
    language: str = "en",
) -> None:
    """Take the particle before each lone surname (in ``items``, one document's mentions, in
    ``language``) into its mention, where the article writes that surname with it in a
    person's full name (``F.W. de Klerk`` ... ``said de Klerk``, ``DE KLERK``; French
    ``Louis de Vercambre`` ... ``a répondu de Vercambre``)."""
    surnames = _particled(items, dropped, language)
    if not surnames:
        return
    for k, (_, _, fields) in enumerate(items):
        if (
            k in dropped
            or fields[TYPE] not in (None, "person")
            or fields[ROLE]
            or fields[LANGUAGE] not in (None, language)
        ):
            continue
        words = fields[TEXT].split()
        if len(words) > 1 and not (fields[HEADING] and fields[TYPE] is None):
            continue
        # (A headline's run in capitals may read on, ``KLERK APOLOGISES``, or hold the
        # particle, ``VAN RENSBURG REJECTS``.)
        held = _held_surname(words, surnames, language)
        if held:
            begin = offsets(k)[0]
            end = begin + len(" ".join(words[:held]))
            if gz.fold(text[begin:end]) != gz.fold(" ".join(words[:held])):
                continue  # (spaced otherwise than the run's text)
            person = with_fields(fields, text=text[begin:end], type="person", evidence=True)
            items[k] = (items[k][0], spans.add(begin, end), person)
            continue
        first = words[0]
        surname = surnames.get(gz.fold(first))
        if surname is None:
            continue
        begin = offsets(k)[0]
        end = begin + len(first)
        before = _WORDS_BEFORE.search(text, max(0, begin - 12), begin)
        if before is None:
            continue
        # The particles of the surname, the last words before the name.
        particles = surname.count(" ")
        words = before.group(1).split()[-particles:]
        if len(words) < particles or gz.fold(" ".join([*words, first])) != surname:
            continue
        start = begin - len(" ".join(words)) - 1
        if k > 0 and k - 1 not in dropped and offsets(k - 1)[1] > start:
            continue  # the particle is another name's word
        written = text[start:end]
        person = with_fields(
            fields,
            text=written,
            type="person",
            canonical=None,
            evidence=True,
        )
        items[k] = (items[k][0], spans.add(start, end), person)
