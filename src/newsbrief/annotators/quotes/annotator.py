"""The built-in quote annotator: direct quotations and who said them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

import attrs

from newsbrief.annotators.base import draft_of
from newsbrief.annotators.quotes.marks import QuoteSpan, find_quotes
from newsbrief.annotators.quotes.speakers import CUE, Attributor, Mention, Speaker, is_short
from newsbrief.model import Annotation, AnnotationKind, Document

_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
# ``..., the spokeswoman said.``: an unquoted statement with its attribution at the end.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+([^,.;\"“”]{2,60}?)\s+(said|says|added|noted|told \w+)\.?\s*$"
)
_QUOTE_CHARS = '"“”„«»'


class QuoteAnnotator:
    """Finds direct quotations and attributes each to its speaker.

    Each quotation becomes a ``quote`` annotation over the quoted words (marks excluded) with
    ``speaker`` (canonical name, an anonymous source's description, or ``None``),
    ``speaker_mention``, ``speaker_start``/``speaker_end``, ``cue`` and ``anonymous``; one that
    continues a quotation from the previous paragraph has ``continues: true``. Statements printed
    without quotation marks but attributed like quotes (``We are ..., the spokeswoman said.``; a
    paragraph in the first person ending with ``Name Role of Country``) are kept with
    ``quoted: false``. The rules are described in :mod:`newsbrief.annotators.quotes.speakers`.
    """

    name = "quotes"
    description = "Direct quotations and their speakers (cue verbs, pronouns, role nouns)."
    requires: tuple[str, ...] = ("entities",)

    def prepare(self, document: Document) -> QuoteDraft:
        """Where one document's sentences and quotations are (the per-document part)."""
        from newsbrief.nlp.segmenter import segmented

        sentences = tuple((s.start, s.end, s.paragraph) for s in segmented(document).sentences)
        paragraphs = _paragraphs(list(sentences))
        return QuoteDraft(
            sentences, tuple(paragraphs), tuple(find_quotes(document.text, paragraphs))
        )

    def annotate(self, documents: Sequence[Document]) -> list[Document]:
        """The documents with a ``quote`` annotation for every quotation.

        Quotations are found per document (:meth:`prepare`, reused when prepared earlier);
        attributing them reads the entities merged across the documents.
        """
        out = []
        for document in documents:
            added = annotate_document(document, draft_of(self, document))
            out.append(attrs.evolve(document, annotations=(*document.annotations, *added)))
        return out


@attrs.frozen
class QuoteDraft:
    """The per-document part of quote annotation (:meth:`QuoteAnnotator.prepare`)."""

    #: ``(start, end, paragraph)`` of each body sentence.
    sentences: tuple[tuple[int, int, int], ...]
    #: ``(start, end)`` of each paragraph.
    paragraphs: tuple[tuple[int, int], ...]
    #: The quotations, in text order.
    spans: tuple[QuoteSpan, ...]


def annotate_document(document: Document, draft: QuoteDraft | None = None) -> list[Annotation]:
    """The quote annotations of one document (reading its entity annotations).

    ``draft`` is :meth:`QuoteAnnotator.prepare` of the document, computed here when not given.
    """
    if draft is None:
        draft = QuoteAnnotator().prepare(document)
    sentences = list(draft.sentences)
    if not sentences:
        return []
    text = document.text
    paragraphs = list(draft.paragraphs)
    spans = list(draft.spans)
    masked = _masked(text, spans)
    attributor = Attributor(text, masked, _mentions(document))
    starts = [s for s, _, _ in sentences]
    speakers: list[Speaker | None] = []
    for index, span in enumerate(spans):
        speaker = _attribute(
            span, index, spans, speakers, sentences, starts, paragraphs, attributor
        )
        if speaker is not None:
            attributor.remember(speaker)
        speakers.append(speaker)
    annotations = [_annotation(text, span.start, span.end, speaker, continues=span.continues)
                   for span, speaker in zip(spans, speakers, strict=True)]  # fmt: skip
    quoted_paragraphs = {span.paragraph for span in spans}
    for index, (start, end) in enumerate(paragraphs):
        if index not in quoted_paragraphs and not any(c in text[start:end] for c in _QUOTE_CHARS):
            annotations.extend(_unquoted(text, start, end, attributor, document))
    return annotations


def _paragraphs(sentences: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    paragraphs: dict[int, list[int]] = {}
    for start, end, paragraph in sentences:
        bounds = paragraphs.setdefault(paragraph, [start, end])
        bounds[1] = end
    return [(start, end) for start, end in paragraphs.values()]


def _masked(text: str, spans: list[QuoteSpan]) -> str:
    chars = list(text)
    for span in spans:
        for i in range(span.open, span.close):
            if not chars[i].isspace():
                chars[i] = "§"
    return "".join(chars)


def _mentions(document: Document) -> list[Mention]:
    return [
        Mention(
            a.start,
            a.end,
            str(a.attributes.get("name", a.text)),
            str(a.attributes.get("type", "")),
            a.attributes.get("gender"),
            a.attributes.get("role"),
        )
        for a in document.annotations_of(AnnotationKind.ENTITY)
    ]


def _attribute(
    span: QuoteSpan,
    index: int,
    spans: list[QuoteSpan],
    speakers: list[Speaker | None],
    sentences: list[tuple[int, int, int]],
    starts: list[int],
    paragraphs: list[tuple[int, int]],
    attributor: Attributor,
) -> Speaker | None:
    para_start, para_end = paragraphs[span.paragraph]
    first = max(bisect.bisect_right(starts, span.open) - 1, 0)
    last = max(bisect.bisect_right(starts, max(span.close - 1, span.open)) - 1, 0)
    context_start = max(sentences[first][0], para_start)
    context_end = min(sentences[last][1], para_end)
    text = attributor.text
    ends_with_comma = text[span.end : span.close].lstrip().startswith(",") or text[
        span.end - 1 : span.end
    ] in ("?", "!")
    found = (
        attributor.after(span.close, context_end, ends_with_comma)
        or attributor.before(context_start, span.open)
        or attributor.later(span.close, context_end)
    )
    if found is not None:
        return found
    if span.continues and index > 0:
        return speakers[index - 1]
    previous = index - 1
    if previous >= 0 and spans[previous].paragraph == span.paragraph and speakers[previous]:
        return speakers[previous]
    outside = attributor.masked[para_start:para_end].replace("§", "").strip(" \u00a0.,;:\n")
    if not outside and previous >= 0 and spans[previous].paragraph == span.paragraph - 1:
        return speakers[previous]
    if is_short(text[span.start : span.end]) and not CUE.search(
        attributor.masked, context_start, context_end
    ):
        return attributor.subject(context_start, span.open)
    return None


def _unquoted(
    text: str, start: int, end: int, attributor: Attributor, document: Document
) -> list[Annotation]:
    """Statements printed without quotation marks (see :class:`QuoteAnnotator`)."""
    paragraph = text[start:end]
    match = _TRAILING_ATTRIBUTION.search(paragraph)
    if match and _FIRST_PERSON.search(paragraph[: match.start()]):
        speaker = attributor.phrase_before(
            start + match.start(1), start + match.end(1), match.group(2).split()[0]
        )
        if speaker is not None:
            return [_annotation(text, start, start + match.start(), speaker, quoted=False)]
    # ``... tactics Volodymyr Zelenskyi President of Ukraine``: an attribution line.
    people = [m for m in attributor.mentions if start <= m.start < end and m.type == "person"]
    if people and not paragraph.rstrip().endswith((".", "!", "?")):
        last = people[-1]
        tail = text[last.end : end]
        if all(w[:1].isupper() or w in ("of", "the") for w in tail.split()):
            body_end = last.start
            while body_end > start and text[body_end - 1].isspace():
                body_end -= 1
            if body_end > start and _FIRST_PERSON.search(text[start:body_end]):
                speaker = Speaker(
                    last.name, text[last.start : last.end], last.start, last.end, None
                )
                return [_annotation(text, start, body_end, speaker, quoted=False)]
    return []


def _annotation(
    text: str,
    start: int,
    end: int,
    speaker: Speaker | None,
    *,
    continues: bool = False,
    quoted: bool = True,
) -> Annotation:
    attributes: dict[str, object] = {
        "speaker": speaker.name if speaker else None,
        "speaker_mention": speaker.mention if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "cue": speaker.cue if speaker else None,
        "anonymous": bool(speaker and speaker.anonymous),
    }
    if continues:
        attributes["continues"] = True
    if not quoted:
        attributes["quoted"] = False
    return Annotation(
        kind=AnnotationKind.QUOTE,
        start=start,
        end=end,
        text=text[start:end],
        annotator=QuoteAnnotator.name,
        attributes=attributes,
    )
