"""The document model: one decoded input, never modified, plus what was learnt about it."""

from __future__ import annotations

import datetime as dt
import hashlib
import operator
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsbrief.model.annotations import Annotation
from newsbrief.model.frozen import frozen_map, to_tuple
from newsbrief.model.sentence import Sentence
from newsbrief.model.spans import Span

#: An annotation's place in a document's order: where it starts and ends, then kind and annotator
#: (``attrgetter`` builds the tuple in C: a build sorts thousands of annotations).
_annotation_order = operator.attrgetter("start", "end", "kind", "annotator")


def _sorted_annotations(value: Iterable[Annotation]) -> tuple[Annotation, ...]:
    return tuple(sorted(value, key=_annotation_order))


def _spans(value: Iterable[Span]) -> tuple[Span, ...]:
    return tuple(sorted(value))


@attrs.frozen
class Metadata:
    """What is known about an article (or one section of a file holding several)."""

    #: Headline.
    title: str | None = None
    #: Publishing outlet, e.g. ``ZeroHedge`` or ``AFP``.
    outlet: str | None = None
    #: Author(s) as printed in the byline.
    author: str | None = None
    #: Publication date (the day the article was published, in its own time zone).
    published: dt.date | None = None
    #: Where the article came from on the web.
    url: str | None = None
    #: ISO 639-1 language code (``en``, ``uk``, ``ru``...); ``None`` when unknown.
    language: str | None = None
    #: Path of the input file, as given.
    source_path: str | None = None
    #: The character encoding the bytes were decoded with.
    encoding: str | None = None
    #: SHA-256 of the input's bytes (hex), for de-duplicating and caching.
    sha256: str | None = None
    #: Wire service or distributor (``Tribune Content Agency``), if any.
    distributor: str | None = None
    #: Anything else a parser learnt (extraction settings, feed fields...), as plain strings.
    extra: Mapping[str, str] = attrs.field(factory=dict, converter=frozen_map)


#: Metadata that knows nothing (frozen, so one object serves every section and document
#: without metadata of its own: about 370 bytes each otherwise).
NO_METADATA = Metadata()


@attrs.frozen
class Section:
    """One article body inside a document: a file may hold several, each with its own metadata."""

    #: First code point of the section (its heading included).
    start: int = attrs.field(validator=attrs.validators.ge(0))
    #: One past the last code point.
    end: int
    #: The section's own headline, outlet, author and date (unset fields fall back to the document).
    metadata: Metadata = NO_METADATA


@attrs.frozen
class Document:
    """A decoded input text and everything learnt about it, with code-point provenance.

    ``text`` is the original decoded text and is never modified: noise is recorded in
    ``removed``, subheadings in ``headings``, and each sentence keeps its offsets into ``text``.
    """

    #: Identifier, unique within a run (the file stem by default).
    id: str = attrs.field(validator=attrs.validators.min_len(1))
    #: The original decoded text, byte-for-byte what the source said once decoded.
    text: str = attrs.field(repr=lambda text: f"<{len(text)} chars>")
    #: Document-level metadata.
    metadata: Metadata = NO_METADATA
    #: Article bodies; a single section spanning the whole text when the input holds one article.
    sections: tuple[Section, ...] = attrs.field(default=(), converter=to_tuple)
    #: Stretches set aside as noise (never summarised), each with its kind.
    removed: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    #: Section subheadings: kept as structure, never selected as summary sentences.
    headings: tuple[Span, ...] = attrs.field(default=(), converter=_spans)
    #: Sentences of the body, in text order (empty until the document is segmented).
    sentences: tuple[Sentence, ...] = attrs.field(default=(), converter=to_tuple)
    #: What annotators learnt about spans of the text (dates, quotes, entities...).
    annotations: tuple[Annotation, ...] = attrs.field(default=(), converter=_sorted_annotations)

    @sections.validator
    @removed.validator
    @headings.validator
    @annotations.validator
    def _check_bounds(self, attribute: attrs.Attribute, value: tuple[Any, ...]) -> None:
        self._check_within(attribute.name, value)

    def _check_within(self, name: str, value: Iterable[Any]) -> None:
        """Raise unless every span of ``value`` (field ``name``) ends inside the text."""
        length = len(self.text)
        for item in value:
            if item.end > length:
                raise ValueError(f"{name} span {item} runs past the end of {self.id!r}")

    def with_annotations(self, added: Iterable[Annotation]) -> Document:
        """This document with ``added`` annotations too: what
        ``attrs.evolve(document, annotations=(*document.annotations, *added))`` gives, cheaply.

        Only the new annotations are checked, as the constructor checks annotations (each ends
        inside the text; an :class:`Annotation` checks its own offsets and text length when
        made), and they are sorted in among the others (ties keep the earlier ones first). The
        other fields are shared as they are: they were converted and checked when this
        document was made, and evolving converts and checks them all again (every sentence
        and span), three times what this costs. Without new annotations it is the document
        itself (frozen: a copy could not differ). Annotators attach their annotations with it.
        """
        added = tuple(added)
        if not added:
            return self
        self._check_within("annotations", added)
        copy = object.__new__(type(self))
        for name in _COPIED_FIELDS:
            object.__setattr__(copy, name, getattr(self, name))
        # One sort of the already-sorted run and the new ones (timsort merges the two runs),
        # the order the converter gives the concatenation.
        object.__setattr__(copy, "annotations", _sorted_annotations((*self.annotations, *added)))
        return copy

    @sentences.validator
    def _check_sentences(self, attribute: attrs.Attribute, value: tuple[Sentence, ...]) -> None:
        for sentence in value:
            if sentence.doc_id != self.id:
                raise ValueError(f"sentence of {sentence.doc_id!r} given to document {self.id!r}")
            # (At once for a sentence holding this text itself, as the segmenter makes them.)
            if not sentence.is_verbatim_in(self.text):
                raise ValueError(f"sentence {sentence.index} of {self.id!r} is not verbatim")

    def annotations_of(self, kind: str) -> tuple[Annotation, ...]:
        """This document's annotations of ``kind``, in text order."""
        return tuple(a for a in self.annotations if a.kind == kind)

    @classmethod
    def from_text(
        cls, text: str, *, id: str = "text", metadata: Metadata | None = None, **fields: Any
    ) -> Document:
        """Build a document from already-decoded text, recording its SHA-256."""
        metadata = metadata or Metadata()
        if metadata.sha256 is None:
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
            metadata = attrs.evolve(metadata, sha256=digest)
        return cls(id=id, text=text, metadata=metadata, **fields)

    @property
    def language(self) -> str | None:
        """The document's language code (a property of each document, not of the run)."""
        return self.metadata.language

    def section_at(self, offset: int) -> Section | None:
        """The section containing ``offset``, if any."""
        for section in self.sections:
            if section.start <= offset < section.end:
                return section
        return None

    def section_metadata(self, offset: int) -> Metadata:
        """Metadata in force at ``offset``: the section's own, completed from the document's.

        A section that names its own outlet or author is another article (a syndicated piece
        pasted below the first), so it inherits only file-level facts (path, encoding, language),
        never the page's headline, author or date.
        """
        section = self.section_at(offset)
        if section is None:
            return self.metadata
        own = section.metadata
        inherited = self.metadata
        if self._independent(own):
            inherited = attrs.evolve(inherited, **dict.fromkeys(_ARTICLE_FIELDS))
        overrides = {
            field.name: value
            for field in attrs.fields(Metadata)
            if (value := getattr(own, field.name)) not in (None, {})
        }
        return attrs.evolve(inherited, **overrides)

    def section_published(self, offset: int) -> dt.date | None:
        """The publication date in force at ``offset``: ``section_metadata(offset).published``,
        without building the metadata (a date per section is asked for often; the metadata
        costs two evolved copies).

        The section's own date, else the document's, unless the section is another article
        (:meth:`section_metadata`), which inherits no date.
        """
        section = self.section_at(offset)
        if section is None:
            return self.metadata.published
        own = section.metadata
        if own.published is not None:
            return own.published
        return None if self._independent(own) else self.metadata.published

    def _independent(self, own: Metadata) -> bool:
        """Whether a section with metadata ``own`` is another article than the page's: it names
        its own outlet or author."""
        return bool(own.outlet or own.author) and (own.outlet, own.author) != (
            self.metadata.outlet,
            self.metadata.author,
        )


#: The fields :meth:`Document.with_annotations` shares unchanged (all but the annotations).
_COPIED_FIELDS = tuple(f.name for f in attrs.fields(Document) if f.name != "annotations")

#: Metadata fields that describe one article rather than the file holding it.
_ARTICLE_FIELDS = ("title", "outlet", "author", "published", "url", "distributor")
