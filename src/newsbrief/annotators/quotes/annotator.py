"""The built-in quote annotator: direct quotations and who said them."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from newsbrief.annotators.base import draft_of
from newsbrief.annotators.quotes.marks import QuoteSpan, find_quotes
from newsbrief.annotators.quotes.speakers import Attributor, Mention, Speaker, is_short
from newsbrief.model import Annotation, AnnotationKind, Document

# A character left when quotations (masked as "§") and the punctuation around them are removed.
_OUTSIDE_QUOTES = re.compile(r"[^§ \u00a0.,;:\n]")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
# ``..., the spokeswoman said.``: an unquoted statement with its attribution at the end.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+([^,.;\"“”]{2,60}?)\s+(said|says|added|noted|told \w+)\.?\s*$"
)
_NOT_SPACE = re.compile(r"\S")
_QUOTE_CHAR = re.compile('["“”„«»]')


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
            sentences,
            tuple(paragraphs),
            tuple(find_quotes(document.text, paragraphs, document.language)),
        )

    def annotate(self, documents: Sequence[Document]) -> list[Document]:
        """The documents with a ``quote`` annotation for every quotation.

        Quotations are found per document (:meth:`prepare`, reused when prepared earlier);
        attributing them reads the entities merged across the documents.
        """
        out = []
        for document in documents:
            added = annotate_document(document, draft_of(self, document))
            # A document without quotations is returned as it is (a copy is a full validation).
            out.append(
                attrs.evolve(document, annotations=(*document.annotations, *added))
                if added
                else document
            )
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
    annotations: list[Annotation] = []
    found = _Found(document, paragraphs)
    if spans:
        found.made = Attributor(
            text, _masked(text, spans), found.mentions(), document.language, paragraphs
        )
        annotations = _quoted(document, draft, spans, found.made)
    quoted_paragraphs = {span.paragraph for span in spans}
    for index, (start, end) in enumerate(paragraphs):
        if index not in quoted_paragraphs and _QUOTE_CHAR.search(text, start, end) is None:
            annotations.extend(_unquoted(text, start, end, found, document))
    return annotations


class _Found:
    """A document's entity mentions and attributor, each made on first need: most articles
    without quotations need neither (making them was most of their cost). Unquoted statements
    read the attributor the quotations left (it remembers their speakers)."""

    def __init__(self, document: Document, paragraphs: list[tuple[int, int]]) -> None:
        self.document, self.paragraphs = document, paragraphs
        self.made: Attributor | None = None
        self._mentions: list[Mention] | None = None
        self._starts: list[int] = []

    def mentions(self) -> list[Mention]:
        """The entity mentions, in text order."""
        if self._mentions is None:
            self._mentions = sorted(_mentions(self.document), key=lambda m: m.start)
            self._starts = [m.start for m in self._mentions]
        return self._mentions

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in ``[start, end)`` (as :meth:`Attributor.within`)."""
        mentions = self.mentions()
        low = bisect.bisect_left(self._starts, start)
        return mentions[low : bisect.bisect_left(self._starts, end)]

    def attributor(self) -> Attributor:
        """The attributor (of the unmasked text, when there are no quotations)."""
        if self.made is None:
            document = self.document
            self.made = Attributor(
                document.text, document.text, self.mentions(), document.language, self.paragraphs
            )
        return self.made


def _quoted(
    document: Document, draft: QuoteDraft, spans: list[QuoteSpan], attributor: Attributor
) -> list[Annotation]:
    """The annotations of the quotations ``spans`` of ``document``, attributed by
    ``attributor`` (which remembers their speakers)."""
    text, masked = document.text, attributor.masked
    sentences = list(draft.sentences)
    paragraphs = attributor.paragraphs
    starts = [s for s, _, _ in sentences]
    speakers: list[Speaker | None] = []
    prose: dict[int, bool] = {}  # paragraph -> has text outside its quotations
    for index, span in enumerate(spans):
        speaker = _attribute(
            span, index, spans, speakers, sentences, starts, paragraphs, attributor, prose
        )
        if speaker is not None:
            speaker = attributor.in_full(speaker)
            attributor.remember(speaker)
        speakers.append(speaker)
    # A quotation over several paragraphs is usually attributed only in its last: its earlier
    # paragraphs take the speaker of the paragraph that continues them.
    for index in range(len(spans) - 2, -1, -1):
        if (
            speakers[index] is None
            and spans[index].runs_on
            and spans[index + 1].continues
            and speakers[index + 1] is not None
        ):
            speakers[index] = speakers[index + 1]
    dates = _sentence_dates(document)
    return [
        _annotation(text, span.start, span.end, speaker, continues=span.continues,
                    date=_date(document, span, sentences, starts, dates))
        for span, speaker in zip(spans, speakers, strict=True)
        if is_speech(text, masked, span, sentences, starts, attributor, speaker,
                     language=document.language)
    ]  # fmt: skip


# Words after which quotation marks set off a name, a term or a title, not speech.
_NAMING = re.compile(
    r"(?:(?:dubbed|nicknamed|branded|labell?ed|named|renamed)(?:\s+\w+){0,2}|"
    r"so-called|so called|known as|titled|entitled|"
    r"the (?:words?|terms?|phrases?|slogans?|hashtag|motto)|coined|billed(?: \w+){0,3} as|aka|"
    r"a\.k\.a\.|sang|sung|singing|chanted|chanting|reading|"
    # ``described itself as "..."``, ``billed himself as``: a self-description, a slogan.
    r"(?:described|describes|describing|styled|styles|bills|billed)"
    r" (?:itself|himself|herself|themselves) as)"
    r"[\s,:]*$",
    re.IGNORECASE,
)
# ``what critics called the "..."``, ``what he calls a "..."``: the quotation is the name.
_CALLED_BEFORE = re.compile(
    r"\b(?:call|calls|called|calling)[ \u00a0]+(?:a|an|the)[ \u00a0]*[‘“\"']?$", re.IGNORECASE
)
#: Quotations of at most this many words need an attribution cue in their sentence.
_CUELESS_WORDS = 3
#: A quotation set inside a sentence's noun phrase (``a "race to the bottom."``) of at most
#: this many words needs a cue or a speaker in its sentence.
_EMBEDDED_WORDS = 6
# ``a "race to the bottom"``, ``about the "new normal"``: a lower-case word the quotation
# continues (an article, a preposition), not a colon or a comma that opens speech.
_EMBEDDED_AFTER = re.compile(
    r"\b(?:a|an|the|of|about|into|for|over|from|with|this|that|its|their|his|her|our)"
    r"[\s\u00a0]*$"
)
# ``Ian "Wrighty" Wright``, ``Dwayne "The Rock" Johnson``: a nickname between two names.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.\-]*[ \u00a0]$")
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z][\w’'\-]")
#: Words a title of a work leaves in lower case (``Game of Thrones``, ``Pride and Prejudice``).
_TITLE_SMALL_WORDS = frozenset(
    {"a", "an", "the", "and", "but", "or", "nor", "of", "in", "on", "at", "to", "for", "by",
     "with", "from", "as", "vs", "de", "del", "la", "le", "les", "du", "y", "et", "und", "der",
     "die", "das", "von"}
)  # fmt: skip


def is_speech(
    text: str,
    masked: str,
    span: QuoteSpan,
    sentences: list[tuple[int, int, int]],
    starts: list[int],
    attributor: Attributor,
    speaker: Speaker | None,
    *,
    language: str | None = None,
) -> bool:
    """Whether a quotation is speech, not a scare quote, a title, a nickname or a slogan.

    Not speech: words that a naming word introduces (``so-called``, ``dubbed``, ``known as``),
    title-case words (``"Eras Tour"``, ``"Make America Great Again"``), and a short quotation
    (at most :data:`_CUELESS_WORDS` words) with neither a speaker nor an attribution cue in its
    sentence. A quotation that continues another, or a single word that a cue right after it
    attributes (``"No," she said``), is speech.
    """
    if span.continues or span.runs_on:
        return True
    quoted = text[span.start : span.end]
    words = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", quoted)]
    if not words:
        return False
    before = text[max(0, span.open - 40) : span.open]
    if _NAMING.search(before):
        return False
    if (
        len(words) <= 3
        and not quoted.rstrip().endswith((".", "?", "!", ","))
        and _NAME_BEFORE.search(before)
        and _NAME_AFTER.match(text, span.close)
    ):
        return False  # a nickname inside a name
    # ``the newspaper "..."``, ``видання «...»``: a noun that introduces a name or a title.
    previous = re.search(r"([^\W\d_]+)[\s\u00a0]*[‘“„«»\"']*$", before)
    if previous is not None and previous.group(1).lower() in _name_nouns(language or "en"):
        return False
    if len(words) > 1 and _title_case(words) and not quoted.rstrip().endswith(("?", "!")):
        return False
    first = max(bisect.bisect_right(starts, span.open) - 1, 0)
    context_start, context_end = sentences[first][0], sentences[first][1]
    last = max(bisect.bisect_right(starts, max(span.close - 1, span.open)) - 1, 0)
    context_end = max(context_end, sentences[last][1])
    after = masked[span.close : min(context_end, span.close + 40)]
    cue_after = (
        speaker is not None and attributor.cue.match(after.lstrip(" ,\u00a0—–-")) is not None
    )
    comma = text[span.end : span.close].lstrip().startswith(",") or after.startswith(",")
    if len(words) == 1 and cue_after and comma:
        return True
    if (
        len(words) == 1
        and re.search(r"\b(?:a|an|the)\s+$", text[max(0, span.open - 6) : span.open].rstrip("‘“"))
        and re.match(r"\s+[a-z]", text[span.close : span.close + 3])
    ):
        return False  # ``a "wait-and-see" approach``: a word set off inside a noun phrase
    # A speaker named in the quotation's own sentence, not one inherited from an earlier one.
    named_here = speaker is not None and context_start <= speaker.start < context_end
    memo: list[bool] = []

    def cued() -> bool:  # searched at most once: the cue pattern is long
        if not memo:
            memo.append(attributor.cue.search(masked, context_start, context_end) is not None)
        return memo[0]

    if speaker is not None and _own_sentence(masked, span, context_start, context_end, quoted):
        return True  # ``"We lost everything."`` after the speaker's first quotation
    if len(words) <= _EMBEDDED_WORDS and _CALLED_BEFORE.search(
        text, max(0, span.open - 24), span.open
    ):
        # ``Some researchers warned about what they called the "race to ship."``: a name
        # given to something, not words said (``called the talks "..."`` is speech).
        return False
    if _quoted_predicate(text, masked, span, quoted, words, context_end, language):
        return True  # ``A no-fly zone is "inherently escalatory."``: someone's verdict
    if (
        len(words) == 1
        and words[0][:1].isupper()
        and re.search(r"[a-z][\s\u00a0]*$", text[max(0, span.open - 3) : span.open])
        and not cued()
    ):
        return False  # ``performed her hit "Espresso"``: a title, mid-sentence, no cue
    if len(words) == 1:
        return named_here  # ``«Укренерго»``: a lone word nobody is said to say
    if len(words) <= _CUELESS_WORDS:
        # A partial quotation (``NATO vowed to resist Russia's attempt to "intimidate"``)
        # has a speaker or a cue in its sentence; a scare quote has neither.
        return named_here or cued()
    # ``Some producers worry about a "race to the bottom."``: set inside a noun phrase, with
    # no speaker and no cue in its sentence.
    return not (
        len(words) <= _EMBEDDED_WORDS
        and not named_here
        and _EMBEDDED_AFTER.search(text, max(0, span.open - 12), span.open)
        and not cued()
    )


def _quoted_predicate(
    text: str,
    masked: str,
    span: QuoteSpan,
    quoted: str,
    words: list[str],
    context_end: int,
    language: str | None,
) -> bool:
    """Whether a quotation of a few words is a sentence's predicate after a copula, ending the
    sentence with its own stop (``is "inherently escalatory."``): a judgement quoted from
    someone, not a name or a description (``was "the Olympics of outfits."``, ``was "another
    black person."`` open with a determiner)."""
    if not (2 <= len(words) <= _CUELESS_WORDS and quoted[:1].islower()):
        return False
    if not quoted.rstrip().endswith((".", "!", "?")) or masked[span.close : context_end].strip():
        return False
    code = language or "en"
    if words[0].lower() in _quote_words(code, "determiners"):
        return False
    before = re.search(r"([^\W\d_]+)[\s\u00a0]*$", text[max(0, span.open - 24) : span.open])
    return before is not None and before.group(1).lower() in _quote_words(code, "copulas")


@functools.cache
def _quote_words(code: str, key: str) -> frozenset[str]:
    """A ``[quotes]`` word list of a language, lower case: ``copulas`` (linking verbs before
    a quoted judgement), ``determiners`` (words opening a noun phrase)."""
    from newsbrief.languages import language as language_of
    from newsbrief.languages import normalize

    return frozenset(w.lower() for w in language_of(normalize(code)).words("quotes", key))


def _own_sentence(masked: str, span: QuoteSpan, start: int, end: int, quoted: str) -> bool:
    """Whether a quotation is a whole sentence on its own: it opens with a capital, ends with
    its own stop, and its sentence holds nothing else."""
    if not (quoted[:1].isupper() and quoted.rstrip().endswith((".", "?", "!"))):
        return False
    outside = masked[start : span.open] + masked[span.close : end]
    return not any(c.isalnum() for c in outside)


@functools.cache
def _name_nouns(code: str) -> frozenset[str]:
    """Nouns after which quotation marks set off a name (``[quotes] name_nouns``)."""
    from newsbrief.languages import language as language_of
    from newsbrief.languages import normalize

    return frozenset(w.lower() for w in language_of(normalize(code)).words("quotes", "name_nouns"))


def _title_case(words: list[str]) -> bool:
    """Every word capitalised but the small ones (``Game of Thrones``); ``Not at all`` and ``This
    is a sad day`` are sentences."""
    long = [
        w for w in words if not (w.lower() in _TITLE_SMALL_WORDS or len(w) <= 2) or w[:1].isupper()
    ]
    return bool(long) and all(w[:1].isupper() for w in long) and len(words) <= 8


def _sentence_dates(document: Document) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of each past day-dated date annotation of ``document``."""
    out = []
    for a in document.annotations_of(AnnotationKind.DATE):
        value = a.attributes.get("value")
        if (
            isinstance(value, str)
            and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)
            and a.attributes.get("status") != "anticipated"
        ):
            out.append((a.start, a.end, value))
    return out


def _date(
    document: Document,
    span: QuoteSpan,
    sentences: list[tuple[int, int, int]],
    starts: list[int],
    dates: list[tuple[int, int, str]],
) -> str | None:
    """When a quotation was said: the day its sentence names outside the quotation (``said on
    Tuesday``), else its article's publication date."""
    first = max(bisect.bisect_right(starts, span.open) - 1, 0)
    last = max(bisect.bisect_right(starts, max(span.close - 1, span.open)) - 1, 0)
    start, end = sentences[first][0], sentences[last][1]
    for s, e, value in dates:
        if start <= s and e <= end and not (span.open <= s < span.close):
            return value
    return _published(document, span.start)


def _published(document: Document, offset: int) -> str | None:
    published = document.section_metadata(offset).published
    return published.isoformat() if published is not None else None


def _paragraphs(sentences: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    paragraphs: dict[int, list[int]] = {}
    for start, end, paragraph in sentences:
        bounds = paragraphs.setdefault(paragraph, [start, end])
        bounds[1] = end
    return [(start, end) for start, end in paragraphs.values()]


def _masked(text: str, spans: list[QuoteSpan]) -> str:
    """``text`` with every character but spaces inside a quotation (marks included) made
    ``§``, spans joined slice by slice (a list of every character was slower)."""
    pieces: list[str] = []
    last = 0
    for span in sorted(spans, key=lambda s: s.open):
        start = max(span.open, last)
        if span.close <= start:
            continue
        pieces.append(text[last:start])
        pieces.append(_NOT_SPACE.sub("§", text[start : span.close]))
        last = span.close
    pieces.append(text[last:])
    return "".join(pieces)


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
    prose: dict[int, bool],
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
    after_end = context_end
    if span.close >= context_end - 1 and last + 1 < len(sentences):
        # ``"Do you have them?" Turner asked.``: the segmenter ended the sentence at ``?"``.
        after_end = min(sentences[last + 1][1], para_end)
    found = (
        attributor.after(span.close, after_end, ends_with_comma)
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
    # Anything but quotations in this paragraph? Once per paragraph: copying the paragraph per
    # quotation made a paragraph of many quotations quadratic.
    outside = prose.get(span.paragraph)
    if outside is None:
        found_prose = _OUTSIDE_QUOTES.search(attributor.masked, para_start, para_end)
        outside = prose[span.paragraph] = found_prose is not None
    if not outside and previous >= 0 and spans[previous].paragraph == span.paragraph - 1:
        return speakers[previous]
    if is_short(text[span.start : span.end]) and not attributor.cue.search(
        attributor.masked, context_start, context_end
    ):
        subject = attributor.subject(context_start, span.open)
        if subject is not None:
            return subject
    if first > 0 and sentences[first - 1][2] == sentences[first][2]:
        # ``Gloria Menendez, 62, was blunt. "I have never ..."``: a quotation standing as its
        # own sentence after a sentence whose subject is a person.
        before_start, before_end, _ = sentences[first - 1]
        if _OUTSIDE_QUOTES.search(attributor.masked, context_start, span.open) is None:
            return attributor.subject(before_start, before_end, people_only=True)
    return None


def _unquoted(
    text: str,
    start: int,
    end: int,
    found: _Found,
    document: Document,
) -> list[Annotation]:
    """Statements printed without quotation marks (see :class:`QuoteAnnotator`)."""
    paragraph = text[start:end]
    match = _TRAILING_ATTRIBUTION.search(paragraph)
    if match and _FIRST_PERSON.search(paragraph[: match.start()]):
        speaker = found.attributor().phrase_before(
            start + match.start(1), start + match.end(1), match.group(2).split()[0]
        )
        if speaker is not None:
            return [_annotation(text, start, start + match.start(), speaker, quoted=False,
                                date=_published(document, start))]  # fmt: skip
    # ``... tactics Volodymyr Zelenskyi President of Ukraine``: an attribution line.
    if paragraph.rstrip().endswith((".", "!", "?")):
        return []
    people = [m for m in found.within(start, end) if m.type == "person"]
    if people:
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
                return [_annotation(text, start, body_end, speaker, quoted=False,
                                    date=_published(document, start))]  # fmt: skip
    return []


def _annotation(
    text: str,
    start: int,
    end: int,
    speaker: Speaker | None,
    *,
    continues: bool = False,
    quoted: bool = True,
    date: str | None = None,
) -> Annotation:
    attributes: dict[str, object] = {
        "speaker": speaker.name if speaker else None,
        "speaker_mention": speaker.mention if speaker else None,
        "speaker_start": speaker.start if speaker else None,
        "speaker_end": speaker.end if speaker else None,
        "cue": speaker.cue if speaker else None,
        "anonymous": bool(speaker and speaker.anonymous),
    }
    if speaker is not None and speaker.role:
        attributes["role"] = speaker.role
    if date is not None:
        attributes["date"] = date
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
