"""The name a briefing shows an entity by: a spelling in the briefing's own language.

The entity annotator names a place or a body by the gazetteers' canonical name, which is
English (``Greece`` for ``Греції``, ``EU`` for ``ЄС``), so that its spellings in every
language merge into one entity. A briefing in another language shows it by a spelling its
own articles write: the one the language's morphology reads as a nominative (``Греція``
among ``Грецією``, ``Греції``), else the nominative it makes of the most frequent one
(``Китай`` of ``Китаю``) where the gazetteer or the dictionary knows that as a name, else
the gazetteer's name (``Omaha``, not ``Омахою`` as written); the English name and the other
languages' spellings stay its variants. A person's name is the text's own already (put in
the nominative where its language inflects), and a name the language reads as its own
nominative (``Министерство науки`` of ``в Министерстве науки``) is kept as well.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import TypeVar

import attrs

from newsbrief.annotators.entities.gazetteer import fold, profile
from newsbrief.annotators.entities.towns import town
from newsbrief.languages import morphology
from newsbrief.languages.detect import script_counts
from newsbrief.languages.genitives import genitive_bases
from newsbrief.model import Document, Entity, Mention, Quote, Story, SummaryItem
from newsbrief.nlp.tokens import composed

#: What has a speaker: a quote, a summary's sentence.
_Spoken = TypeVar("_Spoken", Quote, SummaryItem)

#: The language of the gazetteers' canonical names (pycountry's and the hand lists'): a
#: briefing in it keeps them.
CANONICAL_LANGUAGE = "en"


def briefing_name(entity: Entity, language: str | None, languages: Mapping[str, str]) -> str:
    """The name ``entity`` is shown by in a briefing in ``language`` (``languages``: each
    document id's language): its own name unless that is the gazetteers' and the briefing's
    articles write the entity otherwise (see the module docs)."""
    if language in (None, CANONICAL_LANGUAGE) or entity.type == "person":
        return entity.name
    written = _written_in(entity.mentions, language, languages)
    if not written or entity.name in written:
        return entity.name
    if morphology.nominative_body(entity.name, language) == entity.name:
        return entity.name
    known = {entity.name, *entity.variants}
    nominatives = [s for s in written if _nominative(s, language, known) == s]
    # Most frequent, then the shortest (the plain name before a longer phrase), then by
    # spelling: a fixed choice.
    if nominatives:
        return min(nominatives, key=lambda s: (-written[s], len(s), s))
    # Only oblique cases written (``Китаю``): the nominative the morphology makes of the most
    # frequent that it makes one of, as a person's name is made (``Китай``); else the
    # gazetteers' name: an oblique form (``Омахою``) is no name.
    for spelling in sorted(written, key=lambda s: (-written[s], len(s), s)):
        if made := _nominative(spelling, language, known):
            return made
    return entity.name


def _nominative(spelling: str, language: str, known: set[str]) -> str | None:
    """``spelling`` in the nominative: as written where it is in Latin letters (undeclined) or
    the language's morphology reads it so (or, where its dictionary does not know it, the
    towns' list has it as the entity's: one of ``known``); else as the morphology makes it
    where the gazetteer knows the made word as a place (where the dictionary reads another
    noun as well, the place), the towns' list as a town or the dictionary as a place's,
    body's or person's name; else ``None``. Without a morphology, less a genitive ending
    (``[entities] name_genitive_endings``) where what is left is a spelling of the entity or
    a place the gazetteer knows in the language (``Griechenland`` of ``Griechenlands``,
    ``Kiew`` of ``Kiews``), else as written."""
    if morphology.has_analyzer(language):
        if set(script_counts(spelling)) == {"Latin"}:
            return spelling  # (a name in Latin letters is not declined: ``BBC Scotland``)
        made = morphology.nominative_body(spelling, language)
        if " " in spelling or (made is not None and _known_place(made, language)):
            return made
        # (``Києві``: Київ's locative, and the dative of ``кий``, a cue, that the dictionary
        # reads first; ``Берлина``: Берлин's genitive, and a carriage in the nominative: the
        # nominative that is a place the gazetteer knows)
        nominatives = morphology.noun_nominatives(spelling, language)
        place = next((n for n in nominatives if _known_place(n, language)), None)
        if place is not None:
            return place
        # A word the dictionary does not know is a nominative where the towns' list has it
        # as the entity's (``Ріверсайд``; not ``Енсінітасі``, Encinitas's locative). A
        # nominative made of an oblique form is a name where the towns' list knows it
        # (``Неаполь`` of ``Неаполі``) or the dictionary as a name: ``Палу``, a town's
        # indeclinable name, is no case of ``пал``, a burning, nor ``Дані`` of ``дань``.
        if made is None:
            return spelling if town(spelling, language) in known else None
        if made == spelling or town(made, language) is not None:
            return made
        return made if morphology.is_proper_noun(made, language) else None
    for base in genitive_bases(spelling, language):
        if base in known or _known_place(base, language):
            return base
    return spelling


def _known_place(word: str, language: str) -> bool:
    """Whether the gazetteer knows ``word`` as a place's spelling in ``language``."""
    found = profile(language)
    return found is not None and fold(word) in found.place_words


def _written_in(
    mentions: tuple[Mention, ...], language: str, languages: Mapping[str, str]
) -> Counter[str]:
    """How often each spelling (NFC) is written in the documents in ``language``."""
    # (a name written with no-break spaces, ``Fragrance\u00a0Shop``, is the name with spaces)
    return Counter(
        " ".join(composed(m.text).split()) for m in mentions if languages.get(m.doc_id) == language
    )


def named_in_language(
    entities: Sequence[Entity], documents: Sequence[Document], language: str | None
) -> tuple[tuple[Entity, ...], dict[str, str]]:
    """``entities`` (:func:`~newsbrief.sections.entities.collect_entities`) named as a briefing
    in ``language`` shows them (:func:`briefing_name`), the name each replaced kept among its
    variants, in the same order of salience; and the names replaced -> their new names."""
    languages = {d.id: d.language for d in documents if d.language}
    renamed: dict[str, str] = {}
    named = []
    for entity in entities:
        shown = briefing_name(entity, language, languages)
        if shown != entity.name:
            renamed[entity.name] = shown
            variants = sorted({*entity.variants, entity.name})
            entity = attrs.evolve(entity, name=shown, variants=variants)
        named.append(entity)
    if renamed:  # (the order's last key is the name)
        named.sort(key=lambda e: (-len({m.doc_id for m in e.mentions}), -len(e.mentions), e.name))
    return tuple(named), renamed


def renamed_terms(stories: Sequence[Story], renamed: Mapping[str, str]) -> list[Story]:
    """``stories`` with the shared entities ``renamed`` names (old -> new) in their new names."""
    return [
        attrs.evolve(story, shared_terms=tuple(renamed.get(t, t) for t in story.shared_terms))
        if any(t in renamed for t in story.shared_terms)
        else story
        for story in stories
    ]


def renamed_speakers(
    quotes: Sequence[Quote], summary: Sequence[SummaryItem], renamed: Mapping[str, str]
) -> tuple[list[Quote], list[SummaryItem]]:
    """``quotes`` and the ``summary``'s sentences with the speakers ``renamed`` (old -> new)
    in their new names, so that a quote's speaker is the entity's name (``Північна Корея``
    in a Ukrainian briefing, not ``North Korea``)."""
    return [_speaker_renamed(q, renamed) for q in quotes], [
        _speaker_renamed(i, renamed) for i in summary
    ]


def _speaker_renamed(item: _Spoken, renamed: Mapping[str, str]) -> _Spoken:
    """``item`` with its speaker's new name where ``renamed`` renames it."""
    if item.speaker is None or item.speaker not in renamed:
        return item
    return attrs.evolve(item, speaker=renamed[item.speaker])
