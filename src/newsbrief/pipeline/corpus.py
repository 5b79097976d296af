"""What loading gives the later stages: the documents, the inputs skipped, and unique ids."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence

import attrs

from newsbrief.errors import PluginFault
from newsbrief.model import Document
from newsbrief.model.frozen import to_tuple


@attrs.frozen
class Skipped:
    """An input that was not used, and why."""

    #: The input as the user named it.
    input: str
    #: One line.
    reason: str
    #: ``error`` (the input could not be used) or ``duplicate`` (it repeats an earlier input).
    kind: str = "error"

    def __str__(self) -> str:
        return f"{self.input}: {self.reason}"

    @classmethod
    def from_fault(cls, fault: PluginFault) -> Skipped:
        """A plugin component left out at run time: ``annotator 'x': <reason> (plugin p)``."""
        return cls(fault.component, f"{fault.reason} (plugin {fault.plugin})")


@attrs.frozen
class Corpus:
    """Loaded documents plus the inputs that were skipped; iterates over the documents."""

    #: Parsed documents, in input order, with ids unique within the corpus.
    documents: tuple[Document, ...] = attrs.field(converter=to_tuple)
    #: Inputs that failed or duplicated an earlier one.
    skipped: tuple[Skipped, ...] = attrs.field(default=(), converter=to_tuple)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __len__(self) -> int:
        return len(self.documents)

    def __getitem__(self, index: int) -> Document:
        return self.documents[index]

    @property
    def errors(self) -> tuple[Skipped, ...]:
        """The skipped inputs that failed (duplicates left out)."""
        return tuple(item for item in self.skipped if item.kind == "error")


def unique_ids(documents: Sequence[Document]) -> list[Document]:
    """``documents`` with ids made unique in order (``article``, ``article-2``...).

    Ids default to file stems, and two folders may both hold ``article.txt``.
    """
    new_ids = unique_id_list([document.id for document in documents])
    return [with_id(document, doc_id) for document, doc_id in zip(documents, new_ids, strict=True)]


def unique_id_list(ids: Sequence[str]) -> list[str]:
    """``ids`` made unique in order, as :func:`unique_ids` makes them (only the ids needed)."""
    seen: dict[str, int] = {}
    out = []
    for original in ids:
        doc_id = original
        if doc_id in seen:
            seen[doc_id] += 1
            doc_id = f"{original}-{seen[original]}"
            while doc_id in seen:
                seen[original] += 1
                doc_id = f"{original}-{seen[original]}"
        seen.setdefault(doc_id, 1)
        out.append(doc_id)
    return out


def with_id(document: Document, doc_id: str) -> Document:
    """``document`` (and its sentences) under the id ``doc_id``."""
    if document.id == doc_id:
        return document
    return attrs.evolve(
        document,
        id=doc_id,
        sentences=tuple(attrs.evolve(s, doc_id=doc_id) for s in document.sentences),
    )


def main_language(documents: Sequence[Document]) -> str | None:
    """The language most documents are in (the first seen on a tie), for the briefing's own
    words (title, notes); ``None`` when no document says."""
    codes = [d.language for d in documents if d.language]
    if not codes:
        return None
    counts = Counter(codes)
    best = max(counts.values())
    return next(code for code in codes if counts[code] == best)
