"""People, organisations and places: the run's entities, most salient first."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from newsbrief.model import AnnotationKind, Document, Entity, Mention


def collect_entities(documents: Iterable[Document]) -> tuple[Entity, ...]:
    """One :class:`Entity` per merged ``entity`` id, its spellings and mentions gathered.

    Ordered by salience: how many distinct documents name it, then how many mentions, then name.
    """
    names: dict[str, tuple[str, str]] = {}
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for document in documents:
        for annotation in document.annotations_of(AnnotationKind.ENTITY):
            attributes = annotation.attributes
            entity = str(attributes.get("entity") or attributes.get("name") or annotation.text)
            names.setdefault(entity, (str(attributes.get("name")), str(attributes.get("type"))))
            mentions[entity].append(
                Mention(document.id, annotation.start, annotation.end, annotation.text)
            )
    entities = [
        Entity(
            name=names[entity][0],
            type=names[entity][1],
            variants=sorted({m.text for m in found}),
            mentions=found,
        )
        for entity, found in mentions.items()
    ]
    entities.sort(key=lambda e: (-len({m.doc_id for m in e.mentions}), -len(e.mentions), e.name))
    return tuple(entities)
