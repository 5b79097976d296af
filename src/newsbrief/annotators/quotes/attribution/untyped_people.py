"""People the entity annotator missed or cut short: a surname run on over a particle (``Walid
al-Moualem``) and full names it left untyped, found from how the article writes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.english_words import (
    EN,
    GENDER_LOOKAHEAD,
    LONE_NOT_NAMES,
    NAME_CHARACTER,
    PRONOUN_GENDERS,
    ROLE_NOUNS,
    START,
    SURNAME_PARTICLES,
)
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, free_of
from newsbrief.languages import language

__all__ = ["lines_with", "stopwords", "with_particles", "with_untyped_people"]

# ``al-Moualem``, ``bin Salman``, ``van der Berg`` after a name: the rest of the surname.
_PARTICLE_SURNAME = re.compile(
    rf"[ \u00a0](?:{SURNAME_PARTICLES}(?:-|[ \u00a0](?:der[ \u00a0]|den[ \u00a0])?)"
    rf"|{plain_alternation(EN.words('quotes', 'elided_particles'))})"
    r"[A-Z][\w’'\-]*[a-z]"
)


def lines_with(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` (line breaks excluded) holding any of
    ``words``, in text order."""
    lines = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            lines.add((text.rfind("\n", 0, at) + 1, end))
            at = text.find(word, end)
    return sorted(lines)


def with_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person's name run on over a surname after a particle, when the
    entity annotator stopped before it (``Walid`` of ``Walid al-Moualem``), and without a
    title it kept (``Sheriff Robert Luna``: the title is read as the role)."""
    out = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.type != "person" or mention.name != text[mention.start : mention.end]:
            continue
        words = mention.name.split(" ")
        if len(words) >= 3 and words[0].lower() in ROLE_NOUNS and words[0].istitle():
            skip = len(words[0]) + 1
            mention = out[index] = mention._replace(
                start=mention.start + skip, name=mention.name[skip:]
            )
        more = _PARTICLE_SURNAME.match(text, mention.end)
        if more is None:
            continue
        if index + 1 < len(mentions) and mentions[index + 1].start < more.end():
            continue
        out[index] = mention._replace(end=more.end(), name=mention.name + more.group(0))
    return out


# Two capitalised words before a lower-case word (``Kanye West was booed``), matched where a
# sentence opens.
_OPENING_FULL_NAME = re.compile(
    r"([A-Z][a-z][\w’'\-]*)[ \u00a0]+([A-Z][a-z][\w’'\-]*)(?=[ \u00a0]+[a-z])"
)


_THIRD_PERSON = re.compile(rf"\b{plain_alternation(PRONOUN_GENDERS, case='either')}\b")


#: A surname must open at least this many sentences on its own to make its full name a person.
_UNTYPED_OPENINGS = 2


#: The opening of an article (its headline and lead) where its subject is named in full.
_LEAD = 400


# Before a surname opening a sentence or a clause, read backwards: the text's start, a line
# break, or a space after a stop or a dash; and a lower-case word after it.
_LONE_OPENING = re.compile(r"$|\n|[ \u00a0][.!?—–-]")


_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-z]")


# Where a sentence opens: after a line break, or a stop and a space.
_SENTENCE_OPENINGS = re.compile(r"\n|[.!?][ \u00a0]")


def _word_places(text: str, word: str) -> Iterator[int]:
    """Where ``word`` is written as a whole word in ``text`` (found with :meth:`str.find`: a
    pattern made per name was compiled per name)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not NAME_CHARACTER.match(text, at - 1)) and not NAME_CHARACTER.match(
            text, end
        ):
            yield at
        at = text.find(word, end)


def with_untyped_people(masked: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person the entity annotator left untyped (``Kanye West was booed``
    ... ``West went on:``, ``West had complained``): a name of two capitalised words opening a
    sentence of the article's lead whose second word opens at least :data:`_UNTYPED_OPENINGS`
    more sentences on its own and is never written in lower case, none of its words a place, a
    title, a calendar or an entity's word. Every other place the full name or the surname is
    written becomes a mention of the full name, with the gender of the first personal pronoun
    after the name (``... and said he would run``)."""
    # The name is matched only where a sentence opens (a scan of the whole lead for two
    # capitalised words tried the pattern at every capital).
    openings = [0, *(m.end() for m in _SENTENCE_OPENINGS.finditer(masked, 0, _LEAD))]
    candidates = [
        m for at in openings if (m := _OPENING_FULL_NAME.match(masked, at, _LEAD)) is not None
    ]
    if not candidates:
        return mentions
    places = gz.place_names()

    def plain(word: str) -> bool:
        return not (
            word in places or word in gz.CALENDAR or word in gz.ROLE_WORDS
            or word in gz.DEMONYMS or word in LONE_NOT_NAMES or word in gz.HONORIFICS
            or word.lower() in ROLE_NOUNS
        )  # fmt: skip

    candidates = [m for m in candidates if plain(m.group(1)) and plain(m.group(2))]
    if not candidates:
        return mentions
    free = free_of(mentions)

    # (Most candidates are names the entity annotator typed: ``free`` refuses them first.)
    candidates = [m for m in candidates if free(m.start(), m.end())]
    if not candidates:
        return mentions
    known_words = {w for m in mentions for w in m.name.split()}
    added: list[Mention] = []
    for match in candidates:
        first, last = match.group(1), match.group(2)
        if first in known_words or last in known_words:
            continue
        if next(_word_places(masked, last.lower()), None) is not None:
            continue  # ``west`` written in lower case: a word, not a name
        # The surname opening a sentence on its own, a lower-case word after it (as
        # ``_LONE_SUBJECT`` reads it; looked for only where the surname is written).
        alone = [
            at
            for at in _word_places(masked, last)
            if _LONE_OPENING.match(masked[max(0, at - 2) : at][::-1])
            and _LOWER_AFTER.match(masked, at + len(last))
            and free(at, at + len(last))
        ]
        if len(alone) < _UNTYPED_OPENINGS:
            continue
        pronoun = _THIRD_PERSON.search(masked, match.end(), match.end() + GENDER_LOOKAHEAD)
        gender = None if pronoun is None else PRONOUN_GENDERS[pronoun.group(0).lower()]
        name = f"{first} {last}"
        for at in _word_places(masked, last):
            end = at + len(last)
            # The full name where the first name stands before the surname.
            begin = at - len(first) - 1
            if (
                begin >= 0
                and masked.startswith(first, begin)
                and masked[at - 1] in " \u00a0"
                and (begin == 0 or not NAME_CHARACTER.match(masked, begin - 1))
            ):
                at = begin
            if free(at, end):
                added.append(Mention(at, end, name, "person", gender, None))
        known_words |= {first, last}
    if not added:
        return mentions
    return sorted([*mentions, *added], key=START)


def stopwords(code: str) -> frozenset[str]:
    """The stop words of a language (``как``, ``як``: never a name)."""
    return language(code).stopwords
