"""Who opens a clause as its subject when the entity annotator found no one there, in a
language writing its nouns in lower case (French, Spanish): an unnamed person's description
(``Une source policière évoque ...``, ``Le maire de Villeurbanne s'est rendu ...``, ``Un chef
de quartier, qui a requis l'anonymat, accuse :``) or a lone first name in apposition
(``Sarah, infirmière à Melun, doit ...``).

News writing brings a person in as a sentence's subject, then quotes them with a pronoun
(``« ... », nuance-t-elle``) or after a colon (``... accuse : « ... »``). The subject is read
from the clause's words alone: past an opening phrase and its comma (``Sur place,``), a
determiner and a noun that may head a person's description, then what the noun is of, up to
the verb. The verb is told by the words around it, never by a verb list: a comma (a relative
or an apposition follows), a reflexive pronoun (``s'est``, ``se montre``), an auxiliary
(``a crié``) or the article of the verb's object (``évoque une piste``: the word before it;
``plaide pour une coupe``, ``insistió sobre el calendario``: the word before its preposition).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

__all__ = ["OpeningSubject", "OpeningWords", "clause_start", "opening_subject"]

#: At most this many words (its comma one) open a clause before its subject (``Dans le
#: public,``, ``Parmi les coupeurs,``).
_OPENING_WORDS = 5
#: At most this many words describe the person (``le fils d'une plaignante``).
_DESCRIPTION_WORDS = 8
_MARKS = frozenset(",.;:!?()—–")


@attrs.frozen
class OpeningWords:
    """One language's words the reading needs (``[quotes]`` of its data file)."""

    #: Articles and possessives that may open a description (``le``, ``une``, ``son``).
    determiners: frozenset[str]
    #: Articles that may open the verb's object (``une``, ``les``).
    articles: frozenset[str]
    #: Words joining a noun to what it is of (``de``, ``du``).
    links: frozenset[str]
    #: Reflexive pronouns (``se``, ``s'``), elided ones with their apostrophe.
    reflexives: frozenset[str]
    #: Auxiliaries of a past verb (``a``, ``ha``).
    auxiliaries: frozenset[str]
    #: Subject pronouns (``il``, ``on``): after a phrase's comma, the phrase opened the clause
    #: and is no subject (``Le premier jour, il m'a demandé :``).
    pronouns: frozenset[str] = frozenset()
    #: Prepositions a verb takes its complement with (``pour``, ``sobre``): before the
    #: complement's article, the verb is the word before them.
    prepositions: frozenset[str] = frozenset()


@attrs.frozen
class OpeningSubject:
    """The subject found: ``words[first:stop]``; ``named``: a lone first name, else an
    unnamed person's description opening with ``determiner``."""

    first: int
    stop: int
    named: bool
    determiner: str = ""
    #: ``words[role[0]:role[1]]``: the role a named subject's apposition states
    #: (``Sarah, infirmière à Melun,``; ``Une voisine, Martine,``), if any.
    role: tuple[int, int] | None = None


def opening_subject(
    words: Sequence[tuple[str, int, int]],
    vocabulary: OpeningWords,
    is_head: Callable[[str], bool],
    is_first_name: Callable[[str], bool],
    is_person: Callable[[int], bool] | None = None,
) -> OpeningSubject | None:
    """The subject opening the clause ``words`` (words and marks with their offsets), past an
    opening phrase: a description whose noun ``is_head``, or a word that ``is_first_name``
    followed by a comma (``Sarah, infirmière``); in apposition to a description, the name
    (``Une voisine, Martine, dit ...``), and the name closing a description, a word of it at
    an index ``is_person`` tells opening it (``Le libraire Jean Dupont a ...``). ``None`` when
    neither opens it or no verb is seen."""
    at = clause_start(words, vocabulary)
    if at >= len(words):
        return None
    word = words[at][0]
    if is_first_name(word) and at + 1 < len(words) and words[at + 1][0] == ",":
        return OpeningSubject(at, at + 1, named=True, role=_apposed_role(words, at + 2, is_head))
    stop = _description_end(words, at, vocabulary, is_head)
    if stop is None:
        return None
    if (
        stop + 1 < len(words)
        and words[stop][0] == ","
        and words[stop + 1][0].lower() in vocabulary.pronouns
    ):
        return None  # ``Le premier jour, il ...``: an opening phrase
    if (
        stop + 1 < len(words)
        and words[stop][0] == ","
        and words[stop + 1][0][:1].isupper()
        and not (stop + 2 < len(words) and words[stop + 2][0] == ",")
    ):
        return None  # ``Le bailleur, Est Métropole Habitat,``: a name in apposition speaks
    if (
        stop + 2 < len(words)
        and words[stop][0] == ","
        and words[stop + 2][0] == ","
        and is_first_name(words[stop + 1][0])
    ):
        # ``Une voisine, Martine,``: the description is her role.
        return OpeningSubject(stop + 1, stop + 2, named=True, role=(at + 1, stop))
    named = next((i for i in range(at + 2, stop) if is_person(i)), None) if is_person else None
    if (
        named is not None
        and all(w[0][:1].isupper() for w in words[named:stop])
        and words[named - 1][0].lower() not in vocabulary.links
    ):
        # ``Le libraire Jean Dupont a lancé``: the name closing the description is the
        # subject, the words before it (less the article) its role; not a name the
        # description is of (``Le fils de Jean Dupont a témoigné``: the son speaks).
        lead = at + 1 if word.lower() in vocabulary.determiners else at
        return OpeningSubject(named, stop, named=True, role=(lead, named))
    return OpeningSubject(at, stop, named=False, determiner=word.lower())


def clause_start(words: Sequence[tuple[str, int, int]], vocabulary: OpeningWords) -> int:
    """Where the clause's subject may start: after a short opening phrase and its comma (not
    a subject's own comma: ``Sarah, infirmière``, ``Le bailleur, X,``)."""
    if not words or words[0][0].lower() in vocabulary.determiners:
        return 0
    if len(words) > 1 and words[1][0] == ",":
        return 0  # ``Sarah, infirmière``
    for i, (word, _, _) in enumerate(words[: _OPENING_WORDS + 1]):
        if word == ",":
            return i + 1 if i > 0 else 0
        if word in _MARKS:
            return 0
    return 0


def _description_end(
    words: Sequence[tuple[str, int, int]],
    at: int,
    vocabulary: OpeningWords,
    is_head: Callable[[str], bool],
) -> int | None:
    """The index after a description opening at ``at`` (a determiner and a head noun, else
    an elided article joined to it: ``l'adjoint``), before its verb; ``None`` when it is none
    or no verb ends it within reach."""
    word = words[at][0]
    if word.lower() in vocabulary.determiners:
        head = at + 1
    elif "'" in word or "’" in word:
        head = at  # ``L'avocate de la défense``: the article is elided onto the noun
    else:
        return None
    if head >= len(words) or (not words[head][0][:1].islower() and head != at):
        return None
    if not is_head(words[head][0]):
        return None
    for i in range(head + 1, min(len(words), at + _DESCRIPTION_WORDS + 1)):
        lower = words[i][0].lower()
        if lower == ",":
            return i
        if lower in _MARKS:
            return None
        if lower in vocabulary.reflexives or lower in vocabulary.auxiliaries:
            return i  # ``s'est rendu``, ``se montre``, ``a crié``
        if any(r[-1:] in "'’" and lower.startswith(r) for r in vocabulary.reflexives):
            return i  # ``s'inquiète``
        if (
            lower in vocabulary.articles
            and i - 1 > head
            and words[i - 1][0].lower() not in vocabulary.links
        ):
            if words[i - 1][0].lower() in vocabulary.prepositions and not _complemented_noun(
                words, i - 2, vocabulary
            ):
                # ``Le chercheur plaide pour une coupe``: the verb is before the preposition.
                return i - 2 if i - 2 > head else None
            return i - 1  # ``évoque une piste``: the word before the object's article
    return None


def _complemented_noun(
    words: Sequence[tuple[str, int, int]], at: int, vocabulary: OpeningWords
) -> bool:
    """Whether ``words[at]``, before a preposition, is a noun of the description the
    preposition's phrase completes (``la lutte contre la fraude``, ``l'association pour la
    défense``, ``del centro para la investigación``), not its verb: a verb never follows an
    article or a link, nor carries an elided article."""
    word = words[at][0]
    before = words[at - 1][0].lower() if at > 0 else ""
    return (
        "'" in word
        or "’" in word
        or before in vocabulary.articles
        or before in vocabulary.determiners
        or before in vocabulary.links
    )


def _apposed_role(
    words: Sequence[tuple[str, int, int]], at: int, is_head: Callable[[str], bool]
) -> tuple[int, int] | None:
    """The role in apposition from ``at`` (after a name's comma), past an age (``21 ans,``):
    a noun that may head a description and what follows it up to the next comma."""
    aged = at + 2 < len(words) and words[at][0].isdigit() and words[at + 2][0] == ","
    if aged:
        at += 3  # ``Mathis, 21 ans, étudiant à Toulouse,``: after an age, any description
    if at >= len(words) or not words[at][0][:1].islower():
        return None
    if not (aged and words[at][0].isalpha()) and not is_head(words[at][0]):
        return None
    for i in range(at + 1, min(len(words), at + _DESCRIPTION_WORDS + 1)):
        if words[i][0] == ",":
            return (at, i)
        if words[i][0] in _MARKS:
            return None
    return None
