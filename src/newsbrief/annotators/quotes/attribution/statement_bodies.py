"""Bodies that speak without a subject, named where the sentence opens.

Russian and Ukrainian news give a body's statement with no subject, the body placed by a
preposition before a verb in the past plural: ``В Национальном музее Карелии сообщили``,
``У Комітеті суддів УБФ пообіцяли``, ``В пресс-службе Водоканала Самары заверили``. The
entity annotator often finds only a piece of such a name (``Карелии`` as a place,
``Національній комісії``), so a cue placed in the body later (``— уточнили в ведомстве``) or
the statement itself reaches no body or the wrong one. Here the whole phrase between the
preposition (and a press office's noun) and the verb is made one organisation mention for the
quotation annotator, replacing the pieces inside it; its name is put in the nominative with the
other bodies' names. After a press office the body may be a common noun in the genitive
(``В пресс-службе областного суда уточнили``), and a relative clause may stand between the body
and its verb (``В институте, который ..., сообщили``). Languages whose names take case endings
only (``cased_names``).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from newsbrief.annotators.entities.foreign_forms import opens_sentence
from newsbrief.annotators.quotes.attribution.press_words import names_in_cases
from newsbrief.annotators.quotes.attribution.speaker_types import Mention
from newsbrief.languages import language, morphology, on_reload

__all__ = ["place_body_nouns", "with_statement_bodies"]

#: A word (hyphens and apostrophes inside), a name in guillemets, or one mark.
_WORD = re.compile(r"«[^«»\n]{1,60}»|[\w’'\-]+|[^\w\s]")
#: At most this many words name the body (``Національній комісії з цінних паперів та
#: фондового ринку``).
_NAME_WORDS = 10
#: How far after the preposition the verb is looked for (characters).
_REACH = 160
#: The shortest past plural verb (``сказали``; ``были`` and the particle ``ли`` are not cues).
_VERB_LENGTH = 6


@functools.cache
def place_body_nouns(code: str) -> frozenset[str]:
    """The lower-case nouns of a body named by the place after it in language ``code``
    (``[entities] organisation_of_place``: ``мэрия``, ``уряд``), the list the entity annotator
    reads capitalised (``Мэрия Москвы``): in lower case, by its nominative, the governing body
    that speaks (``В мэрии Твери заверили``)."""
    return frozenset(w.lower() for w in language(code).words("entities", "organisation_of_place"))


# (A language data file reloaded may list other nouns.)
on_reload(place_body_nouns.cache_clear)


def with_statement_bodies(
    text: str, mentions: Sequence[Mention], code: str | None
) -> list[Mention]:
    """``mentions`` (in text order) with each body a sentence or a line opens with before a
    verb in the past plural added as an organisation, the mentions inside it left out; the
    mentions themselves for other languages, or where the phrase is one mention already or
    holds a person."""
    if code is None or not names_in_cases(code) or not morphology.has_analyzer(code):
        return list(mentions)
    data = language(code)
    locatives = data.words("quotes", "locatives")
    endings = tuple(data.words("quotes", "past_plural_endings"))
    if not locatives or not endings:
        return list(mentions)
    services = {w.lower() for w in data.words("quotes", "press_services")}
    governments = place_body_nouns(code)
    links = {w.lower() for w in data.words("quotes", "body_name_links")}
    joiners = {w.lower() for w in data.words("entities", "list_joiners")}
    relatives = {w.lower() for w in data.words("quotes", "relatives")}
    particles = {w.lower() for w in data.words("quotes", "adverb_particles")}
    opening = re.compile(
        r"(?<![\w\-])(?:" + "|".join(re.escape(w.capitalize()) for w in locatives) + r")[ \u00a0]+"
    )
    # The mentions are read by their starts, with the furthest end of those before each, so a
    # body costs a search, not a pass over the page's mentions.
    starts = [m.start for m in mentions]
    reach = list(itertools.accumulate((m.end for m in mentions), max, initial=-1))
    found: list[Mention] = []
    for match in opening.finditer(text):
        if not opens_sentence(text, match.start()):
            continue
        body = _body_phrase(
            text,
            match.end(),
            services,
            links,
            joiners,
            endings,
            code,
            relatives,
            governments,
            particles,
        )
        if body is None:
            continue
        start, end = body
        first, last = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        inside = [m for m in mentions[first : bisect.bisect_right(starts, end)] if m.end <= end]
        if any(m.type == "person" for m in inside):
            continue
        if len(inside) == 1 and inside[0].start == start and inside[0].end == end:
            continue  # found whole already (``В Кремле``, ``В Германии``)
        if reach[first] > start or reach[last] > end:
            continue  # a mention crosses the phrase's start or end
        found.append(Mention(start, end, text[start:end].strip("«»"), "organisation"))
    if not found:
        return list(mentions)
    inside_bodies = {
        index
        for body in found
        for index in range(
            bisect.bisect_left(starts, body.start), bisect.bisect_right(starts, body.end)
        )
        if mentions[index].end <= body.end
    }
    kept = [m for index, m in enumerate(mentions) if index not in inside_bodies]
    return sorted([*kept, *found], key=lambda m: m.start)


def _body_phrase(
    text: str,
    start: int,
    services: set[str],
    links: set[str],
    joiners: set[str],
    endings: tuple[str, ...],
    code: str,
    relatives: set[str],
    governments: AbstractSet[str] = frozenset(),
    particles: AbstractSet[str] = frozenset(),
) -> tuple[int, int] | None:
    """The span of a body's name from ``start`` (after a press office's noun) up to a verb in
    the past plural: a capitalised word or a name in guillemets, then capitalised words,
    genitives and the words joining them; ``None`` for anything else, and for two names a
    conjunction joins (``В Кремле и Белом доме``, ``В ФСБ и МВД``: two bodies, not one; ``науки
    и высшего образования`` joins two genitives of one name). Adverbs may stand between the
    name and its verb (``У Федерації біатлону вже привітали``: ``particles``, the ones the
    dictionary does not know)."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text, start, start + _REACH)]
    words = _without_relative_clause(words, relatives)
    serviced = bool(words) and words[0][0].lower() in services
    if serviced:
        words = words[1:]
    if not words:
        return None
    # After a press office, a body may be named by its common noun in the genitive with its
    # words (``В пресс-службе областного суда уточнили``); a lone locative in lower case names
    # no body.
    common = not (words[0][0][:1].isupper() or words[0][0].startswith("«"))
    # A town's or a country's governing body is named by its noun and the place (``В мэрии
    # Твери заверили``, ``У мерії Львова повідомили``: :func:`place_body_nouns`).
    governing = (
        common
        and not serviced
        and len(words) > 1
        and words[1][0][:1].isupper()
        and bool(governments & set(morphology.noun_nominatives(words[0][0], code)))
    )
    if governing:
        common = False
    elif common and (not serviced or not morphology.reads_in_case(words[0][0], code, "gent")):
        return None
    # The head in the locative (``Национальном музее``), then its complements in the
    # genitive (``культуры и туризма``).
    head = True
    last = 0  # the name's last word (adverbs may follow it before the verb)
    for index, (word, _, _) in enumerate(words[: _NAME_WORDS + 1]):
        verb = len(word) >= _VERB_LENGTH and word.endswith(endings)
        if last < index - 1 and not verb and not _adverb(word, code, particles):
            return None
        if index == 0 or word[:1].isupper() or word.startswith("«"):
            if index > 0 and words[index - 1][0].lower() in joiners:
                return None
            last = index
            continue
        if verb:
            if words[last][0].lower() in links:
                return None
            if common and last == 0:
                # (a common noun alone stands for a body named before, which it does not
                # name: ``В пресс-службе компании сообщили`` after ``«Газпром»``)
                return None
            return words[0][1], words[last][2]
        if _adverb(word, code, particles):
            continue
        if not word[:1].isalpha() or last < index - 1:
            return None
        last = index
        if head and morphology.reads_in_case(word, code, "loct"):
            continue
        head = False
        if word.lower() not in links and not morphology.reads_in_case(word, code, "gent"):
            return None
    return None


def _adverb(word: str, code: str, particles: AbstractSet[str]) -> bool:
    """Whether ``word`` is an adverb or a particle (``вчора``, ``вже``)."""
    return word.lower() in particles or morphology.reads_as_adverb(word, code)


def _without_relative_clause(
    words: list[tuple[str, int, int]], relatives: set[str]
) -> list[tuple[str, int, int]]:
    """``words`` without the first relative clause set off by commas (``В институте,
    который оператор судна, сообщили``: the body, then its verb), if one comes."""
    for index in range(1, len(words) - 1):
        if words[index][0] == "," and words[index + 1][0].lower() in relatives:
            close = next((k for k in range(index + 2, len(words)) if words[k][0] in ",.;:!?"), None)
            if close is None or words[close][0] != ",":
                return words
            return words[:index] + words[close + 1 :]
    return words
