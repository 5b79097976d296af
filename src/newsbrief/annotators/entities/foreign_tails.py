"""How a non-English body's name ends, read from the name's own last word once the evidence
pass (:mod:`.foreign`) has typed the document's names.

* A word in capitals with no vowel (``BSC``, ``BHF``, ``SLM``) is an acronym, never a
  surname written in capitals (``Jean DUPONT`` has vowels): a name holding one is a body's,
  even after a first name (``Hertha BSC``, ``Oddo BHF``; :func:`acronym_tails`). After a
  first name and a surname it is a club's or party's initials after a person's full name
  (``Kylian Mbappé PSG``: the person's name cut before them); a language's syllabic
  consonants count as vowels (Czech ``Petr VLK`` is a person).
* Where two unknown capitalised words make a name (French, Spanish: ``name_runs``), a role's
  word ending the run after a name is no role of anyone (no name follows it) but the name's
  last word (``Société Générale``, ``Assurances Générales``; :func:`role_tails`).
* Where a body's name and a place's right after it are one name (``branch_of_place``), so is
  a body the evidence typed and one capitalised word after it that is no first name, place nor
  person of the document (``Sony Music``, ``Google Cloud``; :func:`body_tails`).
* Where a language joins two surnames with a conjunction (``[entities] surname_joiners``:
  Spanish ``y``, Catalan ``i``), a person's full name, the conjunction and one capitalised
  word ending the run are one person's name (``José Ortega y Gasset``, ``Jordi Casanovas i
  Puig``), unless that word is a first name, a place or a word of another of the document's
  people (``Pedro Sánchez y Feijóo`` beside ``Alberto Núñez Feijóo``: two people;
  :func:`joined_surnames`).
* Neither of the last two tails is taken where the document writes the word alone elsewhere
  (``Feijóo respondió``): a name of its own.
"""

from __future__ import annotations

import unicodedata

from newsbrief.annotators.entities.chunker import (
    ROLE,
    SENTENCE_INITIAL,
    TEXT,
    TYPE,
    rules_for,
)
from newsbrief.annotators.entities.foreign_forms import acronym
from newsbrief.annotators.entities.foreign_words import is_open, typed_as
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.languages import language

__all__ = ["acronym_tails", "body_tails", "joined_surnames", "role_tails"]

#: Vowels of the Latin script (with ``Y``), after accents are taken off.
_VOWELS = frozenset("AEIOUY")


def _vowels(code: str) -> frozenset[str]:
    """The letters that carry a syllable in ``code``'s names: the vowels, with the consonants
    that do so in some languages (``[entities] syllabic_consonants``: Czech ``Vlk``)."""
    syllabic = language(code).words("entities", "syllabic_consonants")
    return _VOWELS | {c.upper() for c in syllabic}


def _vowelless_acronym(word: str, vowels: frozenset[str] = _VOWELS) -> bool:
    """Whether ``word`` is an acronym of Latin capitals without a vowel (``BSC``, ``SPD``)."""
    if not acronym(word):
        return False
    plain = unicodedata.normalize("NFD", word)
    letters = [c for c in plain if c.isalpha()]
    return all("A" <= c <= "Z" for c in letters) and not any(c in vowels for c in letters)


def acronym_tails(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """Each person's mention of two words or more, one an acronym without a vowel, made a
    body's (see the module): a first name or a role noun before it typed it so. Where a first
    name and a surname come before the acronym ending the name, it is a person's full name
    followed by a club's or a party's initials (``Kylian Mbappé PSG``): the person's name is
    cut before them."""
    rules = rules_for(code)
    vowels = _vowels(code)
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "person" or " " not in fields[TEXT]:
            continue
        parts = fields[TEXT].split(" ")
        first = next(
            (at for at in range(1, len(parts)) if _vowelless_acronym(parts[at], vowels)), None
        )
        if first is None or not parts[0][:1].isupper() or parts[0].isupper():
            continue
        if (
            first >= 2
            and rules.first_name(parts[0]) is not None
            and all(_vowelless_acronym(part, vowels) for part in parts[first:])
        ):
            begin, end = spans.span(index, number)
            if text[begin:end] != fields[TEXT]:
                continue
            cut = begin + len(" ".join(parts[:first]))
            person = list(fields)
            person[TEXT] = text[begin:cut]
            items[k] = (index, spans.add(begin, cut), tuple(person))
            continue
        body = list(typed_as(fields, "organisation", None))
        body[ROLE] = None
        items[k] = (index, number, tuple(body))


def _next_word(text: str, at: int) -> tuple[int, int] | None:
    """Where the word one space after ``at`` begins and ends, if it is capitalised."""
    if text[at : at + 1] != " " or not text[at + 1 : at + 2].isupper():
        return None
    end = at + 1
    while end < len(text) and (text[end].isalpha() or text[end] in "-'’"):
        end += 1
    return at + 1, end


def _written_alone(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, joiners: frozenset[str]
) -> set[str]:
    """The one-word mentions the document writes alone somewhere: not one space after a
    capitalised word nor after a conjunction joining surnames (``Feijóo`` in ``Feijóo
    respondió``, not in ``Sony Feijoo`` or ``Ortega y Gasset``). Such a word is a name of its
    own, not the last word of the name before it."""
    out: set[str] = set()
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or " " in fields[TEXT]:
            continue
        start, _ = spans.span(index, number)
        before = text[max(0, start - 40) : start]
        if before.endswith(" "):
            previous = before[:-1].rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
            if (previous[:1].isupper() and previous[-1:].isalpha()) or previous in joiners:
                continue
        out.add(fields[TEXT])
    return out


def _run_ends(text: str, at: int) -> bool:
    """Whether no capitalised word follows ``at`` one space on (a name's run ends there)."""
    return _next_word(text, at) is None


def role_tails(items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str) -> None:
    """Each untyped or capitals-only mention followed one space on by a role's capitalised
    word that ends the run, grown over that word into a body's name (see the module)."""
    rules = rules_for(code)
    profile = rules.profile
    if profile is None or not profile.name_runs:
        return
    taken = {spans.span(index, number)[0] for index, number, _ in items}
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or not (is_open(fields) or fields[TYPE] == "organisation"):
            continue
        begin, end = spans.span(index, number)
        tail = _next_word(text, end)
        if tail is None or tail[0] in taken or not _run_ends(text, tail[1]):
            continue
        word = text[tail[0] : tail[1]]
        first = fields[TEXT].split(" ", 1)[0]
        if (
            not rules.role(word)
            or profile.is_role(first)
            or rules.first_name(first) is not None
            or word.lower() in profile.honorifics
        ):
            continue
        body = list(typed_as(fields, "organisation", None))
        body[TEXT] = text[begin : tail[1]]
        items[k] = (index, spans.add(begin, tail[1]), tuple(body))


def body_tails(items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str) -> None:
    """Each body's mention followed one space on by a one-word untyped or capitals-only
    mention that ends the run, grown over it (see the module)."""
    if not language(code).sections.get("entities", {}).get("branch_of_place", False):
        return
    rules = rules_for(code)
    # (a surname the document gives a person: ``del PP Feijóo`` lists two names)
    people = {
        part
        for _, _, fields in items
        if fields[TYPE] == "person" and not is_open(fields)
        for part in fields[TEXT].split(" ")
    }
    alone = _written_alone(items, dropped, spans, text, frozenset())
    previous: int | None = None
    for k, (index, number, fields) in enumerate(items):
        if k in dropped:
            continue
        body = previous
        previous = k
        if (
            body is None
            or not is_open(fields)
            or fields[SENTENCE_INITIAL]
            or " " in fields[TEXT]
            or items[body][0] != index
            or items[body][2][TYPE] != "organisation"
        ):
            continue
        body_index, body_number, body_fields = items[body]
        begin, end = spans.span(body_index, body_number)
        start, finish = spans.span(index, number)
        name = fields[TEXT]
        if (
            text[end:start] != " "
            or text[start:finish] != name
            or not _run_ends(text, finish)
            or name in people
            or name in alone
            or rules.first_name(name) is not None
            or (rules.profile is not None and rules.profile.place(name) is not None)
            or acronym(name)
        ):
            continue
        grown = list(typed_as(body_fields, "organisation", None))
        grown[TEXT] = text[begin:finish]
        items[body] = (body_index, spans.add(begin, finish), tuple(grown))
        dropped.add(k)
        previous = body


def joined_surnames(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """Each person's full name (typed by a first name or a title) followed by a conjunction
    joining surnames and a one-word untyped or capitals-only mention ending the run, grown over
    it (see the module)."""
    joiners = language(code).words("entities", "surname_joiners")
    if not joiners:
        return
    # (the words of people typed by a first name or a title, each with its mentions' count)
    words: dict[str, int] = {}
    for _, _, fields in items:
        if fields[TYPE] == "person" and not is_open(fields):
            for part in set(fields[TEXT].split(" ")):
                words[part] = words.get(part, 0) + 1
    # (``Feijóo respondió`` elsewhere: a name of its own, another person's)
    alone = _written_alone(items, dropped, spans, text, joiners)
    # (``Ortega y Gasset`` after ``José Ortega y Gasset``: the joined surnames written again)
    joined: set[str] = set()
    for k in range(len(items) - 1):
        fields = items[k][2]
        if fields[TYPE] == "person" and not is_open(fields) and " " in fields[TEXT]:
            grown = _joined_at(items, dropped, spans, text, code, joiners, words, alone, k, None)
            if grown is not None:
                parts = grown.split(" ")
                joined |= {" ".join(parts[at:]) for at in range(1, len(parts) - 2)}
        elif joined and is_open(fields) and " " not in fields[TEXT]:
            _joined_at(items, dropped, spans, text, code, joiners, words, alone, k, joined)


def _joined_at(
    items: list[Mention],
    dropped: set[int],
    spans: Spans,
    text: str,
    code: str,
    joiners: frozenset[str],
    words: dict[str, int],
    alone: set[str],
    k: int,
    wanted: set[str] | None,
) -> str | None:
    """The name of person ``k`` grown over a joined surname after it (see
    :func:`joined_surnames`), or ``None`` where none follows; with ``wanted``, only a lone
    surname grown into one of these (and made a person's)."""
    rules = rules_for(code)
    profile = rules.profile
    index, number, fields = items[k]
    after_index, after_number, after = items[k + 1]
    if (
        k in dropped
        or k + 1 in dropped
        or after_index != index
        or not is_open(after)
        or " " in after[TEXT]
    ):
        return None
    begin, end = spans.span(index, number)
    start, finish = spans.span(after_index, after_number)
    between = text[end:start]
    word = after[TEXT]
    if (
        between[:1] != " "
        or between[-1:] != " "
        or between.strip(" ") not in joiners
        or text[start:finish] != word
        or not _run_ends(text, finish)
        or rules.first_name(word) is not None
        or (profile is not None and profile.place(word) is not None)
        or words.get(word, 0) > (1 if word in fields[TEXT].split(" ") else 0)
        or word in alone
    ):
        return None
    if wanted is not None and text[begin:finish] not in wanted:
        return None
    person = list(fields)
    person[TEXT], person[TYPE] = text[begin:finish], "person"
    items[k] = (index, spans.add(begin, finish), tuple(person))
    dropped.add(k + 1)
    return person[TEXT]
