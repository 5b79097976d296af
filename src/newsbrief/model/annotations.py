"""Annotations: what annotators learn about spans of a document, and the briefing's views of them.

Annotators attach generic :class:`Annotation` spans to documents (a kind, offsets and JSON-able
attributes), so a third-party annotator's output travels with the document and serializes without
new code. The briefing then presents typed, cross-document views: :class:`DateMention` and
:class:`TimelineEntry`, :class:`Quote`, :class:`Entity`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from newsbrief.model.frozen import FrozenMap, frozen_map, to_tuple
from newsbrief.model.spans import Span


class AnnotationKind:
    """Annotation kinds the built-in briefing sections read (plugins may add their own)."""

    #: A temporal expression; attributes ``value``, ``granularity``, ``status`` (``past``,
    #: ``present``, ``anticipated``) and, for ranges, ``end_value``.
    DATE = "date"
    #: A direct quotation; attributes ``speaker`` (canonical name or ``None``),
    #: ``speaker_mention``, ``speaker_start``/``speaker_end`` (offsets or ``None``), ``cue``.
    QUOTE = "quote"
    #: A mention of a person, organisation or place; attributes ``name`` (canonical),
    #: ``type`` (``person``, ``organisation``, ``place``), ``entity`` (a stable id).
    ENTITY = "entity"


# No ``__weakref__`` slot: nothing refers to an annotation weakly, and a run holds millions
# (8 bytes each: about 13 MB of 50,000 newswire articles).
@attrs.frozen(weakref_slot=False)
class Annotation:
    """A span of a document with what an annotator learnt about it."""

    #: What the span is (an :class:`AnnotationKind` value or a plugin's own word).
    kind: str
    #: First code point in the document's text.
    start: int = attrs.field(validator=attrs.validators.ge(0))
    #: One past the last code point.
    end: int = attrs.field()
    #: The verbatim text, ``document.text[start:end]``.
    text: str = attrs.field()
    #: Name of the annotator that made it.
    annotator: str = ""
    #: JSON-able facts about the span (see :class:`AnnotationKind`).
    attributes: Mapping[str, Any] = attrs.field(factory=dict, converter=frozen_map)

    @end.validator
    def _check_end(self, attribute: attrs.Attribute, value: int) -> None:
        if value < self.start or len(self.text) != value - self.start:
            raise ValueError(f"annotation {self.start}-{value} does not match its text")

    @property
    def span(self) -> Span:
        """The annotation's range as a :class:`Span` of its kind."""
        return Span(self.start, self.end, self.kind)

    @classmethod
    def trusted(
        cls,
        kind: str,
        start: int,
        end: int,
        text: str,
        annotator: str,
        attributes: FrozenMap,
    ) -> Annotation:
        """An annotation made without the constructor's checks and conversion, for an
        annotator that guarantees them itself: ``0 <= start <= end``, ``text`` the document's
        ``text[start:end]`` and ``attributes`` a :class:`~newsbrief.model.frozen.FrozenMap`.

        The built-in annotators make tens of thousands per run, and the checks cost more than
        setting the fields; anything else (plugins, the public constructor) is checked. The
        host's contract check (:mod:`newsbrief.guard`) still reads every annotation; the
        offsets and the map's type, which it does not, are checked here (:class:`ValueError`).
        """
        # (The two checks no slice can make for the host's contract check: it compares text.)
        if not 0 <= start <= end or type(attributes) is not FrozenMap:
            raise ValueError(f"trusted annotation {start}-{end} with {type(attributes).__name__}")
        annotation = _new(cls)
        _set(annotation, "kind", kind)
        _set(annotation, "start", start)
        _set(annotation, "end", end)
        _set(annotation, "text", text)
        _set(annotation, "annotator", annotator)
        _set(annotation, "attributes", attributes)
        return annotation


_new = object.__new__
_set = object.__setattr__


# The views' entries neither (one a date, quote or entity mention of the run: held, with the
# briefing, from its composing to the end of its export).
@attrs.frozen(weakref_slot=False)
class DateMention:
    """A resolved temporal expression (``dates[]`` in JSON)."""

    doc_id: str
    start: int
    end: int
    #: The expression as written (``On Thursday, October 3``).
    expression: str
    #: ISO-style value at its granularity: ``2024-10-03``, ``2024-W47``, ``2024-05``, ``2024``,
    #: ``2022-winter``; ``None`` when it could not be resolved.
    value: str | None
    #: ``day``, ``week``, ``month``, ``part_of_month``, ``season``, ``quarter``, ``half``,
    #: ``year``, ``decade``, ``century``, ``range``; ``duration``, ``set`` or ``reference`` for
    #: expressions without a date (``three years``, ``every week``, ``now``: value ``None``).
    granularity: str
    #: ``past``, ``present`` or ``anticipated`` relative to the publication date.
    status: str = "past"
    #: Last value of a range (``None`` for single dates).
    end_value: str | None = None
    #: TIMEX3 (TimeML) type: ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
    type: str = "DATE"
    #: TIMEX3 value (``2024-10-03T18:00Z``, ``1988-Q3``, ``2022-WI``, ``P3Y``, ``PRESENT_REF``);
    #: for a range, its first end. ``None`` when unresolved.
    timex: str | None = None
    #: TIMEX3 value of a range's second end (``from 2010 to 2015`` -> ``2015``).
    timex_end: str | None = None


@attrs.frozen(weakref_slot=False)
class TimelineEntry:
    """One dated event of the timeline (``timeline[]`` in JSON)."""

    #: The date value (as in :attr:`DateMention.value`).
    date: str
    granularity: str
    #: The sentence telling what happened, verbatim.
    text: str
    doc_id: str
    start: int
    end: int
    #: ``past`` or ``anticipated``.
    status: str = "past"
    #: How many distinct sources mention this date (the ranking signal).
    sources: int = 1


@attrs.frozen(weakref_slot=False)
class Quote:
    """A direct quotation and its speaker (``quotes[]`` in JSON)."""

    doc_id: str
    start: int
    end: int
    #: The quoted words, verbatim (without the quotation marks).
    text: str
    #: Canonical name of the speaker, or ``None`` when there is none; in a briefing, the name
    #: of the entity it is (``Польща`` in a Ukrainian briefing, as its ``entities[]`` name it).
    speaker: str | None
    #: How the text names the speaker (``she``, ``the spokeswoman``, ``a senior official``).
    speaker_mention: str | None = None
    #: The verb or phrase attributing it (``said``, ``according to``).
    cue: str | None = None
    #: Whether it is one of the key quotes the Markdown briefing shows.
    key: bool = False
    #: The speaker's role as the article states it (``President of Ukraine``), if it does.
    role: str | None = None
    #: When it was said (ISO ``YYYY-MM-DD``): the day its sentence names, else the article's
    #: publication date; ``None`` when neither is known.
    date: str | None = None
    #: Whether the text printed the words in quotation marks; ``False`` for a transcript's
    #: turn (``ROE: We need pumps.``) or a statement attributed without them, which a briefing
    #: shows without marks.
    quoted: bool = True


@attrs.frozen(weakref_slot=False)
class Mention:
    """Where an entity is named."""

    doc_id: str
    start: int
    end: int
    #: The mention as written (``Zelenskyi``).
    text: str


@attrs.frozen
class Entity:
    """A person, organisation or place, its spelling variants merged (``entities[]`` in JSON)."""

    #: Canonical name (the fullest common spelling); in a briefing in another language than
    #: the gazetteers' English, a spelling its articles write (``Греція``, not ``Greece``).
    name: str
    #: ``person``, ``organisation`` or ``place``.
    type: str
    #: Every spelling seen (and the English name a briefing's language replaced), sorted.
    variants: tuple[str, ...] = attrs.field(default=(), converter=to_tuple)
    #: Every mention, in document order.
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=to_tuple)
