"""A person's name in the form the article names them, not in a case it inflects (Russian,
Ukrainian: ``с Олегом Сухаревым`` is ``Олег Сухарев``, ``Золтана Бачо`` is ``Золтан Бачо``).

The entity annotator gives each case form its own name; the quotation stage reads a
speaker's name where the attribution is, often an instrumental or a genitive. The forms of one
name share each word's stem and differ in at most a short ending; of those the article writes,
the shortest is the nominative (case endings add letters), the first written on a tie (an
accusative ``Анну`` is as long as ``Анна``; an article introduces a person in the nominative).
"""

from __future__ import annotations

from collections.abc import Iterable

from newsbrief.annotators.quotes.attribution.speaker_types import Mention

#: Languages whose names take case endings.
CASED = frozenset({"ru", "uk"})
#: Letters a case ending may add to or change at the end of a name's word.
_ENDING = 3
#: Forms compared in one group at most (each with each): a list of names is no person's cases.
_GROUP = 32


def _same_word(one: str, two: str) -> bool:
    """Whether two words are case forms of one (a stem in common, short endings apart)."""
    if one == two:
        return True
    shared = 0
    for a, b in zip(one, two, strict=False):
        if a != b:
            break
        shared += 1
    # ``Сухаревым`` of ``Сухарев``: three letters added; ``Анну`` of ``Анна``: one changed;
    # ``Ольга`` is not ``Олег`` (the shorter word may change its last letter only).
    return shared >= min(len(one), len(two)) - 1 and max(len(one), len(two)) - shared <= _ENDING


def _same_name(one: list[str], two: list[str]) -> bool:
    return len(one) == len(two) and all(_same_word(a, b) for a, b in zip(one, two, strict=True))


def nominative_forms(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """``{written name: the name's nominative form}`` of the people of several words in
    ``mentions`` (in text order) written in more than one case; a name written in one form
    only is not in it. A mention written in a case of the name the entity annotator gave it
    (``Олегом Сухаревым`` of ``Олег Сухарев``) is given that name. One pass over the mentions;
    forms are compared only within a group of names of as many words opening with the same
    two letters."""
    groups: dict[tuple[int, str], list[str]] = {}
    found: dict[str, str] = {}
    for mention in mentions:
        if mention.type != "person":
            continue
        words = mention.name.split()
        if len(words) < 2:
            continue
        written = text[mention.start : mention.end]
        if written != mention.name and _same_name(written.split(), words):
            found[written] = mention.name
        forms = groups.setdefault((len(words), words[0][:2]), [])
        if mention.name not in forms:
            forms.append(mention.name)
    for forms in groups.values():
        if not 2 <= len(forms) <= _GROUP:
            continue
        split = [form.split() for form in forms]
        for index, words in enumerate(split):
            same = [other for other, w in zip(forms, split, strict=True) if _same_name(words, w)]
            # ``min`` keeps the first of equal lengths: forms are in text order.
            nominative = min(same, key=len)
            if nominative != forms[index]:
                found[forms[index]] = nominative
    return found
