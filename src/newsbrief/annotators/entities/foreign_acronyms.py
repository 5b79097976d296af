"""A body's name written out before its acronym in brackets is one name, whatever the chunker
cut it into: the words whose initials spell the acronym, counting every word (``Bolsas y
Mercados Argentinos (BYMA)``, ``La France insoumise (LFI)``, ``Movimiento al Socialismo
(MAS)``), its capitalised ones alone (``Organización de Estados Americanos (OEA)``) or its
capitalised ones and some lower-case ones (``Banque africaine de développement (BAD)``, an
elided article left outside: ``l'Office central pour la répression de la corruption (OCRC)``),
with the parts of a hyphenated word (``Deutscher Fußball-Bund (DFB)``), or the first letters of
some of its words, a syllable's worth each (``Comisión Chilena del Cobre (Cochilco)``, ``Agence
nationale de l'aviation civile et de la météorologie (ANACIM)``). The acronym defines the name
where it stands, and the acronym in brackets is the body's too, wherever the document writes it
(an acronym the chunker could not type alone: ``Cochilco`` might be a surname); runs after the
evidence pass (:mod:`.foreign`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import GENDER, ROLE, TEXT, TYPE
from newsbrief.annotators.entities.foreign_words import is_open, typed_as
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language, on_reload

__all__ = ["expanded_acronyms"]

#: A word in brackets right after a name, in any script (``(BYMA)``, ``(KAGes)``,
#: ``(ВЦИОМ)``); an acronym when it opens with a capital.
_BRACKETED = re.compile(r" \(([^\W\d_]{2,8})\)")
#: An elided article or connector opening a word (``l'arbitrage``, ``d'État``).
_ELIDED = re.compile(r"^[^\W\d_]['’](?=[^\W\d_])")
#: Most words a name spelt out before its acronym is read back over.
_MOST_WORDS = 10
#: Most letters a word gives a syllabic acronym (``Co`` of ``Comisión``, ``Chil`` of ``Chilena``).
_SYLLABLE = 4
#: Fewest letters of a syllabic acronym: shorter ones are initials, read as such.
_SYLLABIC_LETTERS = 4


def _initials(words: list[str], capitalised_only: bool) -> str:
    """The initials of ``words``, hyphenated parts each counted, in capitals without accents
    (``École``: ``E``)."""
    out: list[str] = []
    for word in words:
        if capitalised_only and not word[:1].isupper():
            continue
        out.extend(part[:1] for part in word.split("-") if part)
    return _plain("".join(out)).upper()


def _spells_skipping(words: list[str], wanted: str) -> bool:
    """Whether ``wanted`` is spelt by the initials of every capitalised word and of some of
    the lower-case ones, in order (``Haut Conseil des finances publiques (HCFP)``, ``Office
    central pour la répression de la corruption (OCRC)``: ``des``, ``pour``, ``la`` left out)."""
    # (the letters ``wanted`` may still spell from each word on, worked back from the end)
    reachable = {len(wanted)}
    for word in reversed(words):
        parts = [part for part in word.split("-") if part]
        letters = _plain("".join(part[0] for part in parts)).upper()
        taken = {k - len(letters) for k in reachable if wanted[:k].endswith(letters)}
        reachable = taken if word[:1].isupper() else taken | reachable
        if not reachable:
            return False
    return 0 in reachable


def _plain(word: str) -> str:
    """``word`` in lower case without accents (``Áreas``: ``areas``)."""
    return gz.unaccented(word.lower())


def _syllabic(words: list[str], acronym: str) -> bool:
    """Whether ``acronym``'s letters are spelt by the openings of some of ``words`` in order,
    up to four letters each, the first word's among them, two words at least and one opening
    of two letters or more (``Co``-``Chil``-``Co``: ``Comisión Chilena del Cobre``)."""
    wanted = _plain(acronym)
    # (``RhB``, ``KAGes``: a small letter inside shows syllables however short the acronym)
    if len(wanted) < (3 if any(ch.islower() for ch in acronym[1:]) else _SYLLABIC_LETTERS):
        return False
    plain = [_plain(w) for w in words]
    # (the letters spelt so far after each word, by how many words, and whether one gave a
    # syllable: first letters alone, skipping capitalised words, are no acronym but a
    # headline's tag, ``Voici Images Dramatiques En Ouverture (Vidéo)``; initials are read as
    # such by :func:`_initials` and :func:`_spells_skipping`)
    reachable = {
        (n, 1, n > 1)
        for n in range(1, min(_SYLLABLE, len(plain[0])) + 1)
        if wanted.startswith(plain[0][:n])
    }
    for word in plain[1:]:
        grown = set(reachable)
        for at, used, syllable in reachable:
            for n in range(1, min(_SYLLABLE, len(word)) + 1):
                if wanted.startswith(word[:n], at):
                    grown.add((at + n, used + 1, syllable or n > 1))
        reachable = grown
    return any(at == len(wanted) and used >= 2 and syllable for at, used, syllable in reachable)


def _spelt_out(text: str, end: int, acronym: str) -> int | None:
    """Where the name ending at ``end`` whose initials spell ``acronym`` begins, or ``None``."""
    wanted = _plain(acronym).upper()
    line_start = max(text.rfind("\n", 0, end) + 1, end - 120)
    words = text[line_start:end].split(" ")
    for count in range(1, min(len(words), _MOST_WORDS) + 1):
        chosen = [_ELIDED.sub("", w) for w in words[-count:]]
        if not all(w and w.replace("-", "").isalpha() for w in chosen):
            return None  # (punctuation or a number: the name ends before it)
        if not chosen[0][:1].isupper():
            continue
        if (
            wanted in (_initials(chosen, False), _initials(chosen, True))
            # (a hyphenated last word ends the acronym with its last part: ``ouest-africaine``)
            or (
                _plain(chosen[-1].rsplit("-", 1)[-1][:1]).upper() == wanted[-1]
                and _spells_skipping(chosen, wanted)
            )
            or _syllabic(chosen, acronym)
        ):
            # (an elided article before the name stays outside it: ``l'Office``)
            return end - len(" ".join([chosen[0], *words[len(words) - count + 1 :]]))
    return None


@cache
def _page_tags(code: str) -> frozenset[str]:
    """A page's words that tag a headline in brackets (``[page] caption_words``,
    ``section_labels``: ``(Vidéo)``, ``(Fotos)``), plain, in lower case."""
    page = language(code).page
    return frozenset(_plain(word) for word in page.caption_words | page.section_labels)


def expanded_acronyms(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """The mentions inside each name spelt out before an acronym in brackets made one body's
    name (the last one grown over it, the others dropped; see the module). A person's name
    with a title or a first name (``Anna Keller (CDU)``: no initials of hers) and a place's
    left alone, and so is a headline tagged by a page's word (``(Video)``, however its words
    begin)."""
    if " (" not in text or not items:
        return
    tags = _page_tags(code)
    where = [spans.span(index, number) for index, number, _ in items]
    starts = [begin for begin, _ in where]
    bodies: dict[str, str] = {}
    for found in _BRACKETED.finditer(text):
        if not found.group(1)[0].isupper() or _plain(found.group(1)) in tags:
            continue
        end = found.start()
        start = _spelt_out(text, end, found.group(1))
        if start is None:
            continue
        first = bisect_left(starts, start)
        # (the mentions starting inside the name: a few words' worth, read one by one)
        inside: list[int] = []
        while first + len(inside) < len(items) and starts[first + len(inside)] < end:
            inside.append(first + len(inside))
            if len(inside) > _MOST_WORDS:
                break
        if (
            not inside
            or (first > 0 and where[first - 1][1] > start)
            or len(inside) > _MOST_WORDS
            or where[inside[-1]][1] > end
            or any(
                j in dropped
                or items[j][0] != items[inside[0]][0]
                or items[j][2][ROLE]
                or (items[j][2][TYPE] == "place" and where[j] == (start, end))
                or (items[j][2][TYPE] == "person" and items[j][2][GENDER])
                for j in inside
            )
        ):
            continue
        k = inside[-1]
        index, number, fields = items[k]
        body = list(typed_as(fields, "organisation", None))
        body[TEXT] = text[start:end]
        grown = number if where[k] == (start, end) else spans.add(start, end)
        items[k] = (index, grown, tuple(body))
        where[k] = (start, end)
        dropped.update(inside[:-1])
        bodies.setdefault(found.group(1), body[TEXT])
    if not bodies:
        return
    # (``Cochilco``, ``ANACIM``: the acronym is the body's, in brackets and elsewhere)
    for k, (index, number, fields) in enumerate(items):
        if k not in dropped and fields[TEXT] in bodies and is_open(fields):
            items[k] = (index, number, typed_as(fields, "organisation", bodies[fields[TEXT]]))


# (A language data file reloaded may name other page words.)
on_reload(_page_tags.cache_clear)
