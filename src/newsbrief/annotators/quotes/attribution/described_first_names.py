"""People named by a first name alone after the noun that describes them.

Russian and Ukrainian reports give a passer-by, a pupil or a soldier by a first name (and maybe
a patronymic) after a noun of what they are: ``Покупниця Марина сказала``, ``— каже пенсіонерка
Ганна Петрівна``, ``докер порту Іван``. The entity annotator, which wants two words or a
first name it is sure of, leaves such a name out, so its quotation goes to someone named
earlier. Here a capitalised word the language's dictionary reads as a first name in the
nominative becomes a person, when a noun of a person in the nominative stands before it (maybe
with the genitive words saying whose or of what: ``водій міського автобуса``) and no
surname after it; that noun phrase is the person's role. Languages whose names take case
endings only (``cased_names``): elsewhere a lone first name is the entity annotator's to judge.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsbrief.annotators.entities.foreign_forms import opens_sentence
from newsbrief.annotators.quotes.attribution.press_words import names_in_cases
from newsbrief.annotators.quotes.attribution.speaker_types import Mention
from newsbrief.languages import language, morphology

__all__ = ["with_described_first_names"]

#: A word (hyphens and apostrophes inside; a number joined by a hyphen before it is part of it:
#: ``40-річний``).
_WORD = re.compile(r"(?:\d+-)?[^\W\d_][\w’'ʼ\-]*")
#: What may stand between two words of one phrase.
_SPACES = frozenset({" ", "\u00a0"})
#: At most this many genitive words stand between the noun of a person and the name
#: (``водій міського комунального автобуса``).
_GENITIVES = 3
#: At most this many adjectives open the role before its noun (``молода медсестра``).
_ADJECTIVES = 2
#: No mention reaching a name starts further before it than this (characters).
_LONGEST = 200


def with_described_first_names(
    text: str, mentions: Sequence[Mention], code: str | None
) -> list[Mention]:
    """``mentions`` (in text order) with each first name that a noun of a person describes
    (module doc) added as a person, with that noun phrase as its role; ``mentions`` themselves
    for other languages, or where the name is inside a mention already."""
    if code is None or not names_in_cases(code) or not morphology.has_analyzer(code):
        return list(mentions)
    words = list(_WORD.finditer(text))
    starts = [m.start for m in mentions]
    hometowns = frozenset(
        w.lower() for w in language(code).words("quotes", "hometown_prepositions")
    )
    places = language(code).words("entities", "place_before")
    found: list[Mention] = []
    dropped: set[int] = set()
    for index in range(1, len(words)):
        word = words[index]
        name = word.group()
        if not name[:1].isupper() or opens_sentence(text, word.start(), after_dash=True):
            continue
        gender = morphology.given_name_gender(name, code)
        if gender is None:
            continue
        end = _name_end(text, words, index, code)
        if end is None:
            continue
        role_start = _role_start(text, words, index, code, hometowns)
        if role_start is None:
            continue
        if _whose(words, index, code) or _names_the_place(words, index, code, places):
            continue
        taken = _taken(mentions, starts, word.start(), end)
        if taken is None or not all(
            mentions[i].end == end
            and (
                role_start <= mentions[i].start < word.start()
                or (mentions[i].start == word.start() and mentions[i].type == "person")
            )
            for i in taken
        ):
            # (a name the entity annotator made of the role's last words and the first name,
            # ``студентка коледжу з Кременця Олеся`` read as ``Кременця Олеся``, gives way)
            continue
        if any(_named_in_full_elsewhere(text, mentions[i]) for i in taken):
            continue
        dropped.update(taken)
        role = text[role_start : word.start()].strip()
        found.append(Mention(word.start(), end, text[word.start() : end], "person", gender, role))
    if not found:
        return list(mentions)
    kept = [m for i, m in enumerate(mentions) if i not in dropped]
    return sorted([*kept, *found], key=lambda m: m.start)


def _whose(words: list[re.Match[str]], index: int, code: str) -> bool:
    """Whether the first name ``words[index]``, right after a noun of a man's role, is rather
    whose that noun is: a name or place in the genitive as well (``брат Ярослава``,
    ``адвокат Олександра``, ``защитник Милана``: Ярослав's brother, not a Ярослава); after
    a woman's noun the nominative agrees (``студентка Юлія``)."""
    noun = words[index - 1].group().lower()
    return (
        morphology.is_describing_noun(noun, code)
        and not morphology.is_woman(noun, code)
        and morphology.is_name_in_genitive(words[index].group(), code)
    )


def _names_the_place(
    words: list[re.Match[str]], index: int, code: str, places: frozenset[str]
) -> bool:
    """Whether the first name ``words[index]``, right after a noun a place's name follows
    (``[entities] place_before``: ``села``, ``поселка``), is that place's name: a common
    noun as well (``мешканка села Надія``, ``жительница поселка Надежда``); a name that is
    only a name stays a person (``докер порту Іван``)."""
    name = words[index].group()
    return words[index - 1].group().lower() in places and name in morphology.noun_nominatives(
        name, code
    )


def _named_in_full_elsewhere(text: str, mention: Mention) -> bool:
    """Whether ``mention`` stands for a fuller name whose last word the page writes (the
    person named in full before: the entity annotator's reading is kept)."""
    surname = mention.name.split()[-1]
    return mention.name != text[mention.start : mention.end] and surname in text


def _joined(text: str, first: re.Match[str], second: re.Match[str]) -> bool:
    """Whether only a space stands between two words."""
    return text[first.end() : second.start()] in _SPACES


def _name_end(text: str, words: list[re.Match[str]], index: int, code: str) -> int | None:
    """Where the name opening with the first name ``words[index]`` ends: after a patronymic
    that follows it, else after it; ``None`` when another capitalised word follows (a
    surname: the name is the entity annotator's)."""
    end = words[index].end()
    following = index + 1
    if following < len(words) and _joined(text, words[index], words[following]):
        word = words[following].group()
        if word[:1].isupper():
            if not morphology.is_patronymic(word, code):
                return None
            end = words[following].end()
            after = following + 1
            if (
                after < len(words)
                and _joined(text, words[following], words[after])
                and words[after].group()[:1].isupper()
            ):
                return None
    return end


def _role_start(
    text: str, words: list[re.Match[str]], index: int, code: str, hometowns: frozenset[str]
) -> int | None:
    """Where the noun of a person describing the name at ``words[index]`` begins (right
    before it, or before up to :data:`_GENITIVES` genitive words, one preposition of where
    the person is from among them: ``водій з Полтавщини``), in lower case or opening a
    sentence; ``None`` when none does."""
    at, genitives, after_preposition, from_place = index - 1, 0, 0, False
    while at >= 0 and _joined(text, words[at], words[at + 1]):
        word = words[at].group()
        lower = word.lower()
        opening = opens_sentence(text, words[at].start(), after_dash=True)
        if (
            word == lower or (opening and morphology.given_name_gender(word, code) is None)
        ) and morphology.is_describing_noun(lower, code):
            return _with_adjectives(text, words, at, code)
        if opening:
            return None
        if word == lower and lower in hometowns and after_preposition and not from_place:
            from_place = True
        elif (
            genitives < _GENITIVES
            and morphology.is_genitive_noun(word, code)
            # (``Іспанець Серхіо Гарсія``: a first name before is the name's own)
            and (word == lower or morphology.given_name_gender(word, code) is None)
        ):
            genitives += 1
            after_preposition += 1
        else:
            return None
        at -= 1
    return None


def _with_adjectives(text: str, words: list[re.Match[str]], at: int, code: str) -> int:
    """Where the role opening with the noun ``words[at]`` begins with the adjectives before
    it (``молода медсестра``), at most :data:`_ADJECTIVES`."""
    start = words[at].start()
    for before in range(at - 1, max(-1, at - 1 - _ADJECTIVES), -1):
        word = words[before].group()
        opening = opens_sentence(text, words[before].start(), after_dash=True)
        if (
            not _joined(text, words[before], words[before + 1])
            or not (word == word.lower() or opening)
            or any(c.isdigit() for c in word)  # (an age is no part of the role)
            or not morphology.is_nominative_adjective(word.lower(), code)
        ):
            break
        start = words[before].start()
        if opening:
            break
    return start


def _taken(
    mentions: Sequence[Mention], starts: list[int], start: int, end: int
) -> list[int] | None:
    """The indices of the mentions overlapping ``start:end`` (in ``mentions``); ``None`` when
    one of them reaches past ``end`` (the name is part of a longer one)."""
    low = bisect.bisect_left(starts, start - _LONGEST)
    found = [
        i
        for i in range(low, bisect.bisect_left(starts, end))
        if mentions[i].start < end and start < mentions[i].end
    ]
    return None if any(mentions[i].end > end for i in found) else found
