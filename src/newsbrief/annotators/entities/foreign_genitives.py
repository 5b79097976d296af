"""Names in the genitive (German ``Dortmunds Trainer``, ``an der Seite Kiews``).

German writes a name's genitive with an ``s`` glued to it (``[entities] name_genitive_endings``),
so ``Kiews`` is no spelling the gazetteer or the chunker knows, and where every noun is
capitalised a lone unknown word is left untyped. A word that is a name the same document
types elsewhere (or a person's surname there) plus such an ending is that name in the genitive:
it takes the name's type and canonical name, so it joins the name's entity. When the chunker
read it in one run with a common noun (``Lage Kiews``, ``Hellwegs Werk``), the mention is cut to
the word. A person's surname in the genitive (``Claußens Verteidiger``, ``Röstis Departement``)
is typed a person and left in its spelling: merging reads the ending off a lone surname
(:mod:`.merging`), so it joins the full name. Not after an article: a surname that is also a
noun (``Sabine Haus``) names the noun there (``des Hauses``). A place the gazetteer
knows (``die Straßen Londons``, ``die Zukunft Europas``) is read so too, though the document
names it nowhere else, unless an article stands before it: a name in the genitive takes none, a
common noun spelt like a town does (``des Hofs``, ``des Essens``). Not a body the gazetteer
knows: its name is as often a person's surname (``das Haus Wagners``, ``die Söhne Fords``). Runs
after the evidence pass (:mod:`.foreign`), on the types it settled.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from newsbrief.annotators.entities.chunker import CANONICAL, TEXT, TYPE
from newsbrief.annotators.entities.foreign_words import typed_as, word_before
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages.genitives import genitive_bases, genitive_endings

__all__ = ["genitives"]

#: Shortest name a genitive ending is read after (``Ulms``; not ``Als``, ``Bus``).
_MIN_BASE = 3


def _known_names(items: list[Mention], dropped: set[int]) -> dict[str, tuple[str, str | None]]:
    """Names of places and bodies of the document -> (type, canonical), then the surnames of
    its persons -> (``person``, ``None``); the first reading of a spelling holds."""
    known: dict[str, tuple[str, str | None]] = {}
    surnames: list[str] = []
    for k, (_, _, fields) in enumerate(items):
        kind = fields[TYPE]
        if k not in dropped and kind in ("place", "organisation"):
            known.setdefault(fields[TEXT], (str(kind), fields[CANONICAL] or fields[TEXT]))
        elif k not in dropped and kind == "person":
            surnames.append(fields[TEXT].rsplit(" ", 1)[-1])
    for surname in surnames:
        known.setdefault(surname, ("person", None))
    return known


#: A place or body the gazetteer knows by a spelling -> (type, canonical), or ``None``.
Listed = Callable[[str], "tuple[str, str | None] | None"]


def _base(word: str, code: str, known: dict[str, tuple[str, str | None]]) -> str:
    """The known name ``word`` is the genitive of, else ``""``."""
    return next((b for b in genitive_bases(word, code, shortest=_MIN_BASE) if b in known), "")


def _listed_base(word: str, code: str, listed: Listed) -> tuple[str, tuple[str, str | None]] | None:
    """The gazetteer's place ``word`` is the genitive of and its (type, canonical), or
    ``None``."""
    for base in genitive_bases(word, code, shortest=_MIN_BASE + 1):
        if base[:1].isupper():
            found = listed(base)
            if found is not None and found[0] == "place":
                return base, found
    return None


def _listed_reading(
    text: str,
    span: tuple[int, int],
    parts: list[str],
    code: str,
    listed: Listed,
    articles: Collection[str],
) -> tuple[tuple[int, int], str, tuple[str, str | None]] | None:
    """Where in a mention (``span``, its words ``parts``) a place of the gazetteer stands in
    the genitive with no article before it (its last word, ``Straßen Londons``, or its first,
    ``Londons Bürgermeister``), that name and its (type, canonical); else ``None``."""
    start, end = span
    for begin, word in ((end - len(parts[-1]), parts[-1]), (start, parts[0])):
        if word_before(text, begin) in articles:
            continue
        found = _listed_base(word, code, listed)
        if found is not None:
            return (begin, begin + len(word)), found[0], found[1]
    return None


def genitives(
    items: list[Mention],
    dropped: set[int],
    spans: Spans,
    text: str,
    code: str,
    listed: Listed | None = None,
    articles: Collection[str] = (),
) -> None:
    """Untyped mentions that are (or open or end with) a known name in the genitive, typed
    as that name and cut to it (see the module); ``listed`` tells the gazetteer's places, read
    on a word no article (``articles``) stands before."""
    endings = genitive_endings(code)
    if not endings:
        return
    known: dict[str, tuple[str, str | None]] | None = None
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] is not None:
            continue
        name = fields[TEXT]
        if not name.endswith(endings) and not name.split(" ", 1)[0].endswith(endings):
            continue  # (most untyped words: no genitive at either end)
        if known is None:
            known = _known_names(items, dropped)
        parts = name.split(" ")
        start, end = spans.span(index, number)
        reading: tuple[str, str | None] | None = None
        if base := _base(parts[-1], code, known):
            begin, finish = end - len(parts[-1]), end
        elif len(parts) > 1 and (base := _base(parts[0], code, known)):
            begin, finish = start, start + len(parts[0])
        elif listed is not None and (
            at := _listed_reading(text, (start, end), parts, code, listed, articles)
        ):
            (begin, finish), base, reading = at
        else:
            continue
        if text[begin:finish] not in (parts[0], parts[-1]):
            continue  # (a name spelt otherwise than its text: no cut)
        kind, canonical = reading or known[base]
        if kind == "person" and word_before(text, begin) in articles:
            continue  # ``des Hauses`` after ``Sabine Haus``: a noun, a surname takes no article
        named = list(typed_as(fields, kind, canonical))
        named[TEXT] = text[begin:finish]
        same = (begin, finish) == (start, end)
        items[k] = (index, number if same else spans.add(begin, finish), tuple(named))
