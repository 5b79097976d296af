"""A person's name in the form the article names them, not in a case it inflects (Russian,
Ukrainian: ``с Олегом Сухаревым`` is ``Олег Сухарев``, ``Золтана Бачо`` is ``Золтан Бачо``).

The entity annotator gives each case form its own name; the quotation stage reads a
speaker's name where the attribution is, often an instrumental or a genitive. The forms of one
name share each word's stem and differ in at most a short ending; of those the article writes,
the shortest is the nominative (case endings add letters), the first written on a tie (an
accusative ``Анну`` is as long as ``Анна``; an article introduces a person in the nominative).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.attribution.cue_words import Cues
from newsbrief.annotators.quotes.attribution.speaker_types import Mention
from newsbrief.languages import every_language_words, language, morphology

#: Letters a case ending may add to or change at the end of a name's word.
_ENDING = 3
#: Forms compared in one group at most (each with each): a list of names is no person's cases.
_GROUP = 32
#: Last letters a case ending may replace (vowels, soft sign, short i); a consonant only gains.
_SOFT = frozenset("аеёиоуыэюяіїєьй")
#: A woman's surname, and the man's it would otherwise be a genitive of (``Петрова``, ``Петров``).
_FEMININE_SURNAME = tuple(sorted(every_language_words("morphology", "feminine_surname_endings")))
_MASCULINE_SURNAME = tuple(sorted(every_language_words("morphology", "masculine_surname_endings")))
#: A past verb in the feminine (``сказала``, ``заявила``) next to a name: she is a woman.
_FEMININE_VERB = "ла"


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
    # ``Ольга`` is not ``Олег`` (the shorter word may change its last letter only, and only a
    # vowel or a soft ending: ``Олеся`` is not ``Олег``, ``Игоря`` is ``Игорь``).
    shorter = min(len(one), len(two))
    changes = shared == shorter - 1 and all(
        w[-1:].lower() in _SOFT for w in (one, two) if len(w) == shorter
    )
    return (shared == shorter or changes) and max(len(one), len(two)) - shared <= _ENDING


def _same_name(one: list[str], two: list[str]) -> bool:
    return len(one) == len(two) and all(_same_word(a, b) for a, b in zip(one, two, strict=True))


def same_name(one: list[str], two: list[str]) -> bool:
    """Whether two names of as many words are case forms of one name, word by word."""
    return _same_name(one, two)


def woman_as_man(woman: list[str], other: list[str]) -> bool:
    """Whether ``other`` would give a woman's name ``woman`` as a man's (``Ян Петров`` for
    ``Яна Петрова``)."""
    return _other_gender(woman, other)


def nominative_forms(text: str, mentions: Iterable[Mention]) -> dict[str, str]:
    """``{written name: the name's nominative form}`` of the people of several words in
    ``mentions`` (in text order) written in more than one case; a name written in one form
    only is not in it. A mention written in a case of the name the entity annotator gave it
    (``Олегом Сухаревым`` of ``Олег Сухарев``) is given that name. One pass over the mentions;
    forms are compared only within a group of names of as many words opening with the same
    two letters."""
    groups: dict[tuple[int, str], list[str]] = {}
    found: dict[str, str] = {}
    women: set[str] = set()
    for mention in mentions:
        if mention.type != "person":
            continue
        words = mention.name.split()
        if len(words) < 2:
            continue
        written = text[mention.start : mention.end]
        if _feminine_verb_beside(text, mention.start, mention.end):
            women.add(written)
            women.add(mention.name)
        if (
            written != mention.name
            and _same_name(written.split(), words)
            and not (written in women and _other_gender(written.split(), words))
        ):
            found[written] = mention.name
        forms = groups.setdefault((len(words), words[0][:2]), [])
        if mention.name not in forms:
            forms.append(mention.name)
    for forms in groups.values():
        if not 2 <= len(forms) <= _GROUP:
            continue
        split = [form.split() for form in forms]
        for index, words in enumerate(split):
            same = [
                other
                for other, w in zip(forms, split, strict=True)
                if _same_name(words, w) and not (forms[index] in women and _other_gender(words, w))
            ]
            # ``min`` keeps the first of equal lengths: forms are in text order.
            nominative = min(same, key=len)
            if nominative != forms[index]:
                found[forms[index]] = nominative
    return found


def _other_gender(woman: list[str], other: list[str]) -> bool:
    """Whether ``other`` is a man's name beside a woman's ``woman`` (``Ян Петров`` beside
    ``Яна Петрова``, which would otherwise be its genitive)."""
    last, other_last = woman[-1].lower(), other[-1].lower()
    return last.endswith(_FEMININE_SURNAME) and other_last.endswith(_MASCULINE_SURNAME)


def _feminine_verb_beside(text: str, start: int, end: int) -> bool:
    """Whether the word just before or just after ``text[start:end]`` (past spaces, commas and
    dashes) is a past verb in the feminine (``— сказала Яна Петрова``, ``Яна Петрова заявила``)."""
    before = text[max(0, start - 40) : start].rstrip(" \u00a0,—–-").rsplit(None, 1)
    after = text[end : end + 40].lstrip(" \u00a0,—–-").split(None, 1)
    return any(
        words and words[i].islower() and words[i].rstrip(".,;:!?").endswith(_FEMININE_VERB)
        for words, i in ((before, -1), (after, 0))
    )


def _undeclined(word: str, pairs: tuple[tuple[str, str], ...]) -> str | None:
    """``word`` with the first fitting genitive ending made nominative, or ``None``."""
    lower = word.lower()
    for genitive, nominative in pairs:
        if genitive and lower.endswith(genitive) and len(word) - len(genitive) >= 2:
            return word[: len(word) - len(genitive)] + nominative
    return None


def nominative_name(name: str, cues: Cues) -> str:
    """A full name in the genitive given back in the nominative (``Юрія Ігната`` -> ``Юрій
    Ігнат``) by the language's dictionary where it has one, else by the endings of ``cues``
    (``[quotes] genitive_names``): the first name's ending
    is chosen where the first-name list knows the result, the other words follow its gender;
    unchanged when no ending fits."""
    words = name.split()
    profile = cues.profile
    if len(words) < 2 or profile is None:
        return name
    # The language's dictionary first (``languages/morphology.py``); the endings below for a
    # name it does not read.
    read = gz.nominative_person(name, profile.code)
    if read is not None:
        return read
    for gender, pairs in cues.nominative.items():
        first = _undeclined(words[0], pairs)
        if first is not None and gz.first_name_gender_in(first, profile) == gender:
            rest = [_undeclined(w, pairs) or w for w in words[1:]]
            return " ".join([first, *rest])
    return name


def nominative_by_surname(
    text: str, names: Iterable[str], endings: Iterable[str]
) -> dict[str, str]:
    """``{name: its nominative}`` of full names written in a case that adds an ending to each
    word (``з Ерлінгом Гаугом``, ``с Хаканом Озтюрком``: an instrumental), when the page also
    writes the surname alone without it (``Гауг зазначив``): every word that has the ending
    loses it. ``endings``: ``ending:replacement`` pairs (``[quotes] instrumental_names``: ``ом:``,
    ``ой:а``), the longest fitting the surname chosen; a name no pair fits is left out."""
    # The longest ending first (``ым`` before ``м``), in one order from run to run.
    pairs = sorted(
        ((e.split(":")[0], e.split(":")[1]) for e in endings if ":" in e),
        key=lambda pair: (-len(pair[0]), pair),
    )
    found: dict[str, str] = {}
    for name in names:
        words = name.split()
        # Every word in the case (``Ерлінгом Гаугом``): a name in the nominative whose
        # surname only looks like one (``Лев Толстой``, with ``Толста`` on the page) is not.
        if len(words) < 2 or not all(any(w.endswith(e) for e, _ in pairs) for w in words):
            continue
        for ending, replacement in pairs:
            surname = words[-1]
            if not ending or not surname.endswith(ending) or len(surname) - len(ending) < 3:
                continue
            alone = surname[: len(surname) - len(ending)] + replacement
            if not re.search(rf"(?<!\w){re.escape(alone)}(?!\w)", text):
                continue
            found[name] = " ".join(
                w[: len(w) - len(ending)] + replacement
                if w.endswith(ending) and len(w) - len(ending) >= 2
                else w
                for w in words
            )
            break
    return found


def body_nominatives(
    mentions: Iterable[Mention], code: str | None, text: str | None = None
) -> dict[str, str]:
    """``{a body's name as the entity annotator gave it: its nominative}`` of the organisations
    in ``mentions`` written in a case (``В Министерстве науки заявили`` is Министерство науки,
    ``в повідомленні Національного антикорупційного бюро`` Національне антикорупційне бюро):
    by the language's dictionary where it reads the name's head, else, for a one-word name it
    does not know, by the document's own shorter form of it that the case form adds an ending
    of ``[morphology] body_endings`` to (``Уралхимпрома`` beside ``Уралхимпром``). Given the
    ``text``, the bodies' spellings there count as names too: a body the gazetteer names in
    another language is still read where it is written (``в Кремле заявили`` is Кремль)."""
    if code is None or not morphology.has_analyzer(code):
        return {}
    # (the longest ending first: ``ові`` before ``і``)
    endings = sorted(language(code).words("morphology", "body_endings"), key=lambda e: (-len(e), e))
    bodies = [m for m in mentions if m.type == "organisation"]
    spellings = (
        [" ".join(text[m.start : m.end].split()) for m in bodies] if text is not None else []
    )
    names = list(dict.fromkeys([*(m.name for m in bodies), *spellings]))
    written = set(names)
    found: dict[str, str] = {}
    for name in names:
        nominative = morphology.nominative_body(name, code)
        if nominative is None and " " not in name:
            nominative = next(
                (
                    name[: -len(e)]
                    for e in endings
                    if name.endswith(e) and len(name) - len(e) >= 3 and name[: -len(e)] in written
                ),
                None,
            )
        if nominative is not None and nominative != name:
            found[name] = nominative
    return found


def written_body(
    name: str, start: int, end: int, mentions: Iterable[Mention], text: str, bodies: dict[str, str]
) -> str | None:
    """The nominative of the body a speaker's span ``start``-``end`` names as the text writes
    it, where the entity annotator gave it as ``name`` in another language's words (``— заявили
    в Кремле`` is Кремль, not the gazetteer's Kremlin, as ``в Кремле заявили`` is): ``bodies``
    are :func:`body_nominatives` given the ``text``; ``None`` where the written form has none."""
    for m in mentions:
        if m.type == "organisation" and m.name == name and start <= m.start and m.end <= end:
            spelling = " ".join(text[m.start : m.end].split())
            if spelling != name and spelling in bodies:
                return bodies[spelling]
    return None
