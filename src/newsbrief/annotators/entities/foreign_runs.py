"""Runs of capitalised words typed a person by their capitals alone, kept only where the
document confirms a person.

Outside German, the chunker reads two unknown capitalised words in mid-sentence as one
person's name (``profile.name_runs``). Where the first word is no first name, that guess is
wrong as often as not on news pages: ``Vaca Muerta`` (an oil field), ``Mercados Argentinos``,
``JPMorgan Chase``, ``Cementos del Bajío``. Such a run stays a person when the document writes
a person with it (``Luis Arce Quiroga`` ... ``Arce Quiroga``) or with its surname (a person
mention ending in its last word, not another run left unconfirmed), names it by one of its
words alone (``LeBron James`` ... ``James``, ``LeBron``: how a person is mentioned again),
makes it speak (a speech verb near it in its sentence: ``Son homologue, Andriï Sybiha, a
répondu``) or sets it apart as a person is introduced (between commas after a role, ``Le
ministre, Jan Jambon, ne``; before a description, ``Fiston Mukendi, un jeune mécanicien``:
``[entities] apposition_articles``);
otherwise it is left untyped, for no evidence names its kind. A run ending in an adjective stressed
before its last two syllables (``[entities] stressed_adjective_endings``: ``Centro
Democrático``, ``Pacto Histórico``) is a body's, or a place's after a place's noun (``[entities]
place_heads``: ``Océano Atlántico``): no surname is written so. Only where the language asks for
it (``[entities] confirm_name_runs``: French, Spanish; Cyrillic and Arabic names are
transliterated, with first names the lists know less well). Runs after the evidence pass
(:mod:`.foreign`), on the types it settled.
"""

from __future__ import annotations

import re

from newsbrief.annotators.entities.chunker import (
    GENDER,
    ROLE,
    SPEAKS,
    TEXT,
    TYPE,
    rules_for,
)
from newsbrief.annotators.entities.foreign_words import foreign_words
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language
from newsbrief.nlp.candidates import with_fields

__all__ = ["unconfirmed_runs"]

#: Characters read after and before a run for a speech verb (``, a répondu``, ``estime``).
_AFTER, _BEFORE = 48, 32
_WORD = re.compile(r"[^\W\d_]+")
#: A comma and the word after it.
_AFTER_COMMA = re.compile(r",[ \u00a0]*([^\W\d_]+)")


def _guessed(name: str, code: str) -> bool:
    """Whether ``name`` is a run of two words or more whose first is neither a first name nor
    an initial (``J. Clergeau``) nor a particle, which the chunker reads into a name after an
    honorific only (``Mme de Villepin``)."""
    parts = name.split(" ")
    first = parts[0]
    return (
        len(parts) > 1
        and not first.endswith(".")
        and not first[:1].islower()
        and len(first) > 1
        and rules_for(code).first_name(first) is None
    )


#: Vowels with the written stress of a word stressed before its last two syllables.
_STRESSED = frozenset("áéíóú")


def _stressed_adjective(word: str, endings: tuple[str, ...]) -> bool:
    """Whether ``word`` is an adjective by its ending (``[entities] stressed_adjective_endings``)
    and a written stress before it (``Democrático``, ``Histórico``), which no surname has."""
    lower = word.lower()
    return lower.endswith(endings) and any(ch in _STRESSED for ch in lower[:-3])


def _speaks(text: str, start: int, end: int, verbs: frozenset[str]) -> bool:
    """Whether a speech verb of ``verbs`` comes near the name at ``start:end`` in its
    sentence (up to :data:`_AFTER` characters after it, :data:`_BEFORE` before)."""
    after = re.split(r"[.!?\n]", text[end : end + _AFTER], maxsplit=1)[0]
    before = re.split(r"[.!?\n]", text[max(0, start - _BEFORE) : start])[-1]
    return any(w.lower() in verbs for w in _WORD.findall(before + " " + after))


def _apposed(text: str, start: int, end: int, articles: frozenset[str]) -> bool:
    """Whether the name at ``start:end`` stands between commas (``, Jan Jambon,``) or before
    a comma and an indefinite article of ``articles`` (``Fiston Mukendi, un jeune``)."""
    if not text.startswith(",", end):
        return False
    if text[max(0, start - 2) : start].rstrip(" \u00a0").endswith(","):
        return True
    following = _AFTER_COMMA.match(text, end)
    return following is not None and following.group(1).lower() in articles


#: The word right before a name, and the one before it (``président nigérian``).
_TWO_BEFORE = re.compile(r"(?:([^\W\d_]+)[ \u00a0]+)?([^\W\d_]+)[ \u00a0]+$")


def _after_role(text: str, start: int, code: str) -> bool:
    """Whether a role comes right before the name at ``start``, or one word before it, an
    adjective (``le président nigérian Bola Tinubu``, ``el delantero brasileño``): the chunker
    reads a role glued to the name only."""
    rules = rules_for(code)
    profile = rules.profile
    found = _TWO_BEFORE.search(text, max(0, start - _BEFORE), start)
    if profile is None or found is None:
        return False
    farther, nearest = found.group(1), found.group(2)
    if profile.is_role(nearest):
        return True
    return (
        farther is not None
        and nearest.islower()
        and nearest not in foreign_words(code).stopwords
        and profile.is_role(farther)
    )


def _listed_with_person(
    k: int, items: list[Mention], skipped: set[int], spans: Spans, text: str, code: str
) -> bool:
    """Whether the run ``k`` and a person's name next to it (not one of ``skipped``: dropped,
    or a run itself unconfirmed) are joined as a list's last two (``Recep Tayyip Erdogan et
    Narendra Modi``): a list names one kind of thing."""
    joiners = foreign_words(code).list_joiners
    start, end = spans.span(items[k][0], items[k][1])
    for other in (k - 1, k + 1):
        if other < 0 or other >= len(items) or other in skipped:
            continue
        index, number, fields = items[other]
        if fields[TYPE] != "person" or index != items[k][0]:
            continue
        begin, finish = spans.span(index, number)
        between = text[finish:start] if other < k else text[end:begin]
        if between.strip(" \u00a0").lower() in joiners:
            return True
    return False


def unconfirmed_runs(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """Persons typed by their capitals alone (no first name, role, gender or speech verb)
    that no other person mention of the document confirms, left untyped (see the module)."""
    profile = rules_for(code).profile
    if (
        profile is None
        or not profile.name_runs
        or not language(code).sections.get("entities", {}).get("confirm_name_runs", False)
    ):
        return
    guessed = [
        k
        for k, (_, _, fields) in enumerate(items)
        if k not in dropped
        and fields[TYPE] == "person"
        and not fields[ROLE]
        and not fields[GENDER]
        and not fields[SPEAKS]
        and _guessed(fields[TEXT], code)
    ]
    if not guessed:
        return
    # (each person's name by its last word: a fuller name, ``Luis Arce Quiroga`` of ``Arce
    # Quiroga``, ends in it too; looked up, not searched, for each run. Another run still
    # unconfirmed confirms none: ``Tovarra Quispel`` and ``Mardol Quispel`` are no evidence
    # of each other)
    unconfirmed = set(guessed)
    surnames: dict[str, set[str]] = {}
    for k, (_, _, fields) in enumerate(items):
        if k not in dropped and k not in unconfirmed and fields[TYPE] == "person":
            surnames.setdefault(str(fields[TEXT]).rsplit(" ", 1)[-1], set()).add(str(fields[TEXT]))
    alone = {
        str(fields[TEXT])
        for k, (_, _, fields) in enumerate(items)
        # (a place's or a body's name alone confirms no person: ``Talleres de Córdoba``)
        if k not in dropped and " " not in fields[TEXT] and fields[TYPE] in (None, "person")
    }
    verbs = foreign_words(code).person_verbs
    skipped = dropped | unconfirmed
    articles = language(code).words("entities", "apposition_articles")
    stressed = tuple(language(code).words("entities", "stressed_adjective_endings"))
    heads = language(code).words("entities", "place_heads")
    rules = rules_for(code)
    for k in guessed:
        index, number, fields = items[k]
        name = fields[TEXT]
        start, end = spans.span(index, number)
        last = name.rsplit(" ", 1)[-1]
        # (``Ana Mónica``: a first name may be written so)
        if stressed and _stressed_adjective(last, stressed) and rules.first_name(last) is None:
            # (``Centro Democrático``, ``Pacto Histórico``: an adjective ends a body's name,
            # never a person's, whatever speaks after it; a place's after a place's noun,
            # ``Océano Atlántico``)
            kind = "place" if name.split(" ", 1)[0].lower() in heads else "organisation"
            items[k] = (index, number, with_fields(fields, type=kind, evidence=False))
            continue
        if (
            _speaks(text, start, end, verbs)
            or _apposed(text, start, end, articles)
            or _after_role(text, start, code)
            or _listed_with_person(k, items, skipped, spans, text, code)
        ):
            continue
        first, last = name.split(" ", 1)[0], name.rsplit(" ", 1)[-1]
        if first in alone or last in alone:
            continue
        if surnames.get(last, set()) - {name}:
            continue
        items[k] = (index, number, with_fields(fields, type=None, evidence=False))
