"""A body named after what it deals with may deal with several things, listed in its name:
``Ministerio de Hacienda y Función Pública``, ``Ministerio de Agricultura, Pesca y
Alimentación``, ``ministère de la Culture et des Communications``, ``Bundesministerium für
Innovation, Mobilität und Infrastruktur``. The chunker stops such a name at the first comma or
conjunction; here the body's mention (a head, then a lower-case word: ``Ministerio de``,
``ministère de``, ``Bundesministerium für``) is grown over the portfolios listed after it, up
to the one after a conjunction (``[entities] list_joiners``). A portfolio is one to three
capitalised words, no body's head, acronym, place or first name, whose mentions are untyped,
capitals-only, a body's with no canonical name or a person's read only after a portfolio
taken for a role (``Economía Social``); where names take lower-case adjectives (French), the
adjectives after it are its own (``Patrimoine rural``). Where every noun is capitalised (German),
``und Krankenkassen`` may open the next clause: there the list needs a comma. Runs late in the
evidence pass (:mod:`.foreign`), after a body's complement is read."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable

from newsbrief.annotators.entities.chunker import (
    CANONICAL,
    GENDER,
    ROLE,
    SENTENCE_INITIAL,
    TEXT,
    TYPE,
    CandidateFields,
    Rules,
    lower_complement_endings,
    rules_for,
)
from newsbrief.annotators.entities.foreign_forms import acronym
from newsbrief.annotators.entities.foreign_words import foreign_words, is_open, typed_as
from newsbrief.annotators.entities.merging import Mention, Spans

__all__ = ["portfolios"]

#: Most portfolios read after a body's name.
_MOST = 4
#: What opens a portfolio: a comma, or a space and a word (a conjunction, when one of the
#: language's ``list_joiners``).
_GAP = re.compile(r",|\s([^\W\d_]+)")
#: The words after it, each after one space, with an elided article or preposition glued to
#: one (``et de l'Alimentation``).
_WORDS = re.compile(r"\s([^\W\d_]['’](?=[^\W\d_]))?([^\W\d_][\w-]*)")
#: An elided article or preposition glued to the word after it (``l'``, ``d’``).
_ELIDED = re.compile(r"(?<![\w'’])[^\W\d_]['’](?=[^\W\d_])")


def _next_item(
    text: str, at: int, small: frozenset[str], joiners: frozenset[str], articles: frozenset[str]
) -> tuple[bool, int, int, int] | None:
    """``(after a conjunction?, start, end, plain end)`` of the portfolio listed at ``at``
    after a comma or a conjunction and up to two small words (``, Pesca``, `` y Función
    Pública``, `` et des Communications``): its capitalised words, three at most; ``None``
    when none is, or when an article opens it (``y la Generalitat``, ``et le Haut
    Commissariat``: another body, not what the ministry deals with). The plain end is where
    it ends before a small word inside it (``y Hacienda`` of ``y Hacienda de España``, where
    the words after the small word are no portfolio's), else ``end``."""
    gap = _GAP.match(text, at)
    if gap is None or (gap.group(1) is not None and gap.group(1) not in joiners):
        return None
    at, smalls, start, end, plain = gap.end(), 0, -1, -1, -1
    while (word := _WORDS.match(text, at)) is not None:
        # (``et l'Union européenne``: an elided article right after the conjunction opens
        # another body as a whole one does)
        if start < 0 and smalls == 0 and (word.group(2) in articles or word.group(1)):
            return None
        if start < 0 and not word.group(1) and word.group(2) in small and smalls < 2:
            smalls += 1
        elif word.group(2).istitle() and (start < 0 or len(text[start:at].split()) < 3):
            start = word.start(2) if start < 0 else start
            end = word.end(2)
        elif (
            start >= 0
            and not word.group(1)
            and word.group(2) in small
            and _titled_next(text, word.end(2))
        ):
            # ``y Control de Pesca``: a small word inside the portfolio's name
            plain = end if plain < 0 else plain
        else:
            break
        at = word.end(2)
    if start < 0:
        return None
    return gap.group(1) is not None, start, end, plain if plain >= 0 else end


def _titled_next(text: str, at: int) -> bool:
    """Whether a capitalised word, no elided article glued to it, follows ``at``."""
    word = _WORDS.match(text, at)
    return word is not None and not word.group(1) and word.group(2).istitle()


def _after_portfolio_role(fields: CandidateFields, before: str, rules: Rules) -> bool:
    """Whether ``fields`` is a person read only after a role word that is a portfolio's first
    word, the last word of ``before`` (the text before it): ``Economía Social``, where
    ``Economía``, a minister's portfolio, reads as a role and ``Social`` names no one. No
    gender and no known first name."""
    return (
        fields[TYPE] == "person"
        and not fields[GENDER]
        and bool(fields[ROLE])
        and before.rstrip().endswith(f" {fields[ROLE]}")
        and before.endswith(" ")
        and rules.first_name(fields[TEXT].split(" ")[0]) is None
    )


def _lower_tail(text: str, end: int, code: str, last: bool) -> int:
    """Where a portfolio ending at ``end`` ends with the lower-case adjectives after it, where
    the language writes names with a lower-case complement (:func:`lower_complement_endings`:
    ``Patrimoine rural``; two joined by a conjunction, ``Affaires étrangères et européennes``);
    the ``last`` of a list may also take one of ``[entities] portfolio_complement_connectors``
    and a lower-case noun (``Cohésion des territoires``)."""
    endings = lower_complement_endings(code)
    if endings is None:
        return end
    words = foreign_words(code)
    connectors = words.portfolio_complement_connectors
    finish = at = end
    nouned = not last
    while (word := _WORDS.match(text, at)) is not None and not word.group(1):
        lower = word.group(2)
        if _adjective(lower, endings):
            finish = at = word.end(2)
            continue
        if lower in words.list_joiners and finish > end:
            after = _WORDS.match(text, word.end(2))
            if after is not None and not after.group(1) and _adjective(after.group(2), endings):
                finish = at = after.end(2)
                continue
        if lower in connectors and finish == end and not nouned:
            noun = _WORDS.match(text, word.end(2))
            if noun is not None and not noun.group(1) and _noun(noun.group(2), words.stopwords):
                nouned = True
                finish = at = noun.end(2)
                continue
        break
    return finish


def _noun(word: str, stopwords: frozenset[str]) -> bool:
    """Whether ``word`` may be a lower-case noun of a name: no stop word, four letters or more."""
    return word.islower() and len(word) > 3 and word not in stopwords


def _adjective(word: str, endings: tuple[str, ...]) -> bool:
    """Whether lower-case ``word`` ends like an adjective of a name (``rurale``)."""
    return word.islower() and len(word) > 3 and word.endswith(endings)


def portfolios(
    items: list[Mention],
    dropped: set[int],
    spans: Spans,
    text: str,
    code: str,
    known_place: Callable[[str], bool],
) -> None:
    """Each head-first body's mention grown over the portfolios listed after it (see the
    module), their own mentions dropped; no name ``known_place`` knows, nor one the document
    types a place, nor a word of a person's name there, is a portfolio (``Ministerio de
    Sanidad y Cataluña``, ``Ministerio de Sanidad, Illa y Simón``: several names)."""
    rules = rules_for(code)
    profile = rules.profile
    if profile is None:
        return
    words = foreign_words(code)
    small = profile.connectors | profile.articles
    heads = profile.org_leads | words.org_leads
    placed = {fields[TEXT] for _, _, fields in items if fields[TYPE] == "place"}
    where = [spans.span(index, number) for index, number, _ in items]
    # (the words of the people the document names by more than capitals, a first name or a
    # title: ``Illa`` after ``Salvador Illa``; not ``Social`` read after the portfolio
    # ``Economía`` taken for a role)
    people = {
        word
        for (_, _, fields), (begin, _) in zip(items, where, strict=True)
        if fields[TYPE] == "person"
        and not is_open(fields)
        and not _after_portfolio_role(fields, text[max(0, begin - 40) : begin], rules)
        for word in fields[TEXT].split(" ")
    }
    starts = [begin for begin, _ in where]

    def portfolio(start: int, end: int) -> list[int] | None:
        """The mentions inside the portfolio ``text[start:end]``; ``None`` when it is none."""
        item = text[start:end]
        first = item.split(" ")[0]
        if (
            not first[:1].isupper()
            or first.lower() in heads
            or first.lower() in small
            or acronym(first)
            or profile.place(item) is not None
            or item in placed
            or not people.isdisjoint(item.split(" "))
            or known_place(item)
            or rules.first_name(first) is not None
            or rules.excluded(first)
        ):
            return None
        inside = []
        j = bisect_left(starts, start)
        while j < len(items) and starts[j] < end:
            fields = items[j][2]
            if (
                j in dropped
                or where[j][1] > end
                or fields[SENTENCE_INITIAL]
                or not (
                    is_open(fields)
                    or (fields[TYPE] == "organisation" and fields[CANONICAL] is None)
                    or _after_portfolio_role(fields, text[start - 1 : starts[j]], rules)
                )
            ):
                return None
            inside.append(j)
            j += 1
        return inside

    for k, (index, _, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "organisation":
            continue
        name = fields[TEXT].split(" ")
        begin, end = where[k]
        # (the chunker's text of ``ministère de l'Agriculture`` leaves the article out)
        elided = (
            text[begin:end] != fields[TEXT] and _ELIDED.sub("", text[begin:end]) == fields[TEXT]
        )
        if (
            len(name) < 3
            or not name[1].islower()
            or (text[begin:end] != fields[TEXT] and not elided)
        ):
            continue
        at, listed, taken, grown_end, commas = end, [], [], end, 0
        for _ in range(_MOST):
            item = _next_item(text, at, small, words.list_joiners, profile.articles)
            found: tuple[bool, int, int] | None = None
            inside = None
            if item is not None:
                # (the portfolio with a small word inside it, else the one before that word:
                # ``y Hacienda de España``, a place after it, is ``y Hacienda``)
                for stop in dict.fromkeys(item[2:]):
                    found = (item[0], item[1], _lower_tail(text, stop, code, item[0]))
                    inside = portfolio(found[1], found[2])
                    if inside is not None:
                        break
            if found is None or inside is None:
                break
            listed.extend(inside)
            at = found[2]
            if not found[0]:
                commas += 1
                continue
            # (where every noun is capitalised, ``und Krankenkassen`` may open the next
            # clause: a list with a comma alone is the name's)
            if profile.name_runs or commas:
                taken, grown_end = list(listed), at
            break
        if grown_end == end:
            continue
        grown = list(typed_as(fields, "organisation", fields[CANONICAL]))
        grown[TEXT] = _ELIDED.sub("", text[begin:grown_end]) if elided else text[begin:grown_end]
        items[k] = (index, spans.add(begin, grown_end), tuple(grown))
        where[k] = (begin, grown_end)
        dropped.update(taken)
