"""The built-in quote annotator: direct quotations and who said them."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Sequence

import attrs

from newsbrief.annotators.base import draft_of
from newsbrief.annotators.quotes.alternation import plain_alternation, word_alternation
from newsbrief.annotators.quotes.attribution.case_forms import (
    nominative_by_surname,
    nominative_forms,
)
from newsbrief.annotators.quotes.attribution.compound_surnames import second_surnames
from newsbrief.annotators.quotes.attribution.page_names import (
    interviewee,
    nominative_in_text,
    surnames_apart,
    surnames_in_full,
)
from newsbrief.annotators.quotes.attribution.press_words import (
    document_words,
    names_in_cases,
)
from newsbrief.annotators.quotes.heading_terms import (
    HEADING_REACH,
    EchoedTerms,
    heading_bounds,
    heading_term,
    quoted_headline_opening,
)
from newsbrief.annotators.quotes.marks import AP_OPEN, QuoteSpan, find_quotes
from newsbrief.annotators.quotes.naming_clauses import (
    definite_term,
    named_by_clause,
    named_by_participle,
    named_object,
    person_calling,
)
from newsbrief.annotators.quotes.related_headlines import related_headline
from newsbrief.annotators.quotes.sentence_subject_turns import subject_between
from newsbrief.annotators.quotes.speakers import (
    RELAY_CUES,
    Attributor,
    Mention,
    Speaker,
    after_dateline,
    in_aside,
    is_short,
    within_reach,
)
from newsbrief.annotators.quotes.transcripts import (
    TRANSCRIPT_TURN,
    last_questioner,
    transcript_turn,
)
from newsbrief.annotators.quotes.work_titles import apposed_title, possessed_name
from newsbrief.annotators.quotes.written_signs import on_a_sign
from newsbrief.languages import language, normalize, on_reload
from newsbrief.model import Annotation, AnnotationKind, Document
from newsbrief.model.frozen import FrozenMap
from newsbrief.nlp.segmenter import segmented
from newsbrief.nlp.tokens import word_spans

# A character left when quotations (masked as "§") and the punctuation around them are removed.
_OUTSIDE_QUOTES = re.compile(r"[^§ \u00a0.,;:\n]")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My|me)\b")
# ``..., the spokeswoman said.``: an unquoted statement with its attribution at the end.
_EN = language("en")
_TRAILING_CUES = _EN.words("quotes", "trailing_cues")
_TRAILING_OBJECT_CUES = _EN.words("quotes", "trailing_object_cues")
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+([^,.;\"“”]{2,60}?)\s+"
    rf"({plain_alternation(_TRAILING_CUES)}|{plain_alternation(_TRAILING_OBJECT_CUES)} \w+)"
    r"\.?\s*$"
)
# The verb of :data:`_TRAILING_ATTRIBUTION` and what may follow it, read backwards.
_TRAILING_CUE_REVERSED = re.compile(
    rf"\s*\.?(?:{plain_alternation(_TRAILING_CUES, reverse=True)}"
    rf"|\w+ {plain_alternation(_TRAILING_OBJECT_CUES, reverse=True)})"
)
_QUOTE_CHARS = '"“”„«»'
_QUOTE_CHAR = re.compile(f"[{_QUOTE_CHARS}]")
#: A sentence's ``(start, end, paragraph)``.
_SENTENCE_FIELDS = operator.attrgetter("start", "end", "paragraph")
#: What ends a sentence (a line ending so is no headline).
_SENTENCE_ENDS = (".", "!", "?", ":")
#: Closing quotation marks and spaces, read past at a paragraph's end.
_CLOSING_MARKS = frozenset("\"'”’» \t\u00a0")


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
        sentences = tuple(map(_SENTENCE_FIELDS, segmented(document).sentences))
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
            out.append(document.with_annotations(added))  # (itself when none are added)
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
        annotations = _quoted(document, draft, spans, found.made, found.published)
    quoted_paragraphs = {span.paragraph for span in spans}
    # A text without quotation marks (many are) needs no search of each paragraph for one.
    marked = any(mark in text for mark in _QUOTE_CHARS)
    for index, (start, end) in enumerate(paragraphs):
        if index not in quoted_paragraphs and (
            not marked or _QUOTE_CHAR.search(text, start, end) is None
        ):
            annotations.extend(_unquoted(text, start, end, found))
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

    @functools.cached_property
    def published(self) -> _Published:
        """The publication dates of the document's sections."""
        return _Published(self.document)

    def mentions(self) -> list[Mention]:
        """The entity mentions, in text order."""
        if self._mentions is None:
            self._mentions = sorted(_mentions(self.document), key=operator.attrgetter("start"))
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
    document: Document,
    draft: QuoteDraft,
    spans: list[QuoteSpan],
    attributor: Attributor,
    published: _Published,
) -> list[Annotation]:
    """The annotations of the quotations ``spans`` of ``document``, attributed by
    ``attributor`` (which remembers their speakers), dated by their sentences or
    ``published``."""
    text, masked = document.text, attributor.masked
    sentences = list(draft.sentences)
    paragraphs = attributor.paragraphs
    starts = [s for s, _, _ in sentences]
    speakers: list[Speaker | None] = []
    prose: dict[int, bool] = {}  # paragraph -> has text outside its quotations
    answering: list[Speaker | None] = []  # an interview's interviewee, read at its first answer
    for index, span in enumerate(spans):
        if span.turn:
            if not answering:
                answering.append(interviewee(text, attributor.mentions, attributor.cues.profile))
            speaker = answering[0]
        else:
            speaker = _attribute(
                span, index, spans, speakers, sentences, starts, paragraphs, attributor, prose
            )
        if speaker is not None:
            speaker = attributor.plain(
                attributor.fullest(attributor.identified(attributor.in_full(speaker)))
            )
            # A pronoun nothing resolved (``She`` after mis-nested marks) names nobody.
            speaker = None if attributor.is_pronoun(speaker) else speaker
        if speaker is not None:
            attributor.remember(speaker)
        speakers.append(speaker)
    profile = attributor.cues.profile
    if profile is not None and profile.honorifics:
        # ``заявил г-н Платонов``, ``сказав пан Мельник``: an honorific is never a role.
        speakers = [
            _without_honorific(s, profile.honorifics, attributor)
            if s is not None
            and s.role
            and s.role.split()[0].lower().rstrip(".") in profile.honorifics
            else s
            for s in speakers
        ]
    if names_in_cases(document.language) and any(speakers):
        # ``— сказал Олегом Сухаревым`` never: a name in a case is given in the nominative.
        nominative = nominative_forms(text, attributor.mentions)
        speakers = [
            attrs.evolve(s, name=nominative[s.name])
            if s is not None and not s.anonymous and s.name in nominative
            else s
            for s in speakers
        ]
        # ``Золтана Бачо`` where only a headline or a caption writes ``Золтан Бачо``.
        speakers = nominative_in_text(text, speakers, nominative)
        # ``Ерлінгом Гаугом`` where the page writes the full name only after ``з``, and
        # ``Гауг`` alone.
        instrumental = nominative_by_surname(
            text,
            {s.name for s in speakers if s is not None and not s.anonymous},
            language(document.language).words("quotes", "instrumental_names"),
        )
        speakers = [
            attrs.evolve(s, name=instrumental[s.name])
            if s is not None and not s.anonymous and s.name in instrumental
            else s
            for s in speakers
        ]
    if profile is not None and any(speakers):
        # ``Overbeck`` where the page writes ``Bundesaußenminister Jan Overbeck`` once.
        speakers = surnames_in_full(text, speakers, attributor.mentions, profile)
        press = document_words(document.language)
        if press.compound_surnames:
            # ``Villalobos`` where the page writes ``Marta Villalobos Ruiz``.
            speakers = second_surnames(
                text, speakers, attributor.mentions, profile, press.surname_joiners
            )
        # ``la jueza Sánchez`` is not ``el presidente Pedro Sánchez``.
        speakers = surnames_apart(text, speakers, profile, press.feminine)
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
    # People and places keep a heading's quotation their cue there gives them (``North Korea
    # says 'no way' ...``); a role, a body or an unnamed source gives way to the body's speaker.
    named = (
        frozenset(m.name for m in attributor.mentions if m.type in ("person", "place"))
        if profile is None
        else None
    )

    # Each quotation's reading, once per speaker it has: the headings ask of the same body
    # quotations again and again (asked anew per heading, a page of headings was quadratic).
    read: dict[int, tuple[Speaker | None, bool]] = {}

    def body_speech(index: int) -> bool:
        known = read.get(index)
        if known is not None and known[0] is speakers[index]:
            return known[1]
        said = is_speech(text, masked, spans[index], sentences, starts, attributor,
                         speakers[index], language=document.language)  # fmt: skip
        read[index] = (speakers[index], said)
        return said

    echoed = _headline(text, spans, speakers, paragraphs, named, body_speech)
    if document.language not in (None, "en"):
        # ``«Динамо» обыграло «Спартак»``: a headline's names in marks echo no one's words.
        echoed = {i for i in echoed if not _name_in_sentence(
            text, spans[i], text[spans[i].start : spans[i].end],
            _first_words(text[spans[i].start : spans[i].end]) or [""],
            text[max(0, spans[i].open - 40) : spans[i].open], code=document.language,
        )}  # fmt: skip
    _repeated(text, spans, speakers)
    dates = _sentence_dates(document)
    ordered = all(one[0] <= two[0] for one, two in itertools.pairwise(dates))
    listed = _list_joins(document.language or "en")
    terms = EchoedTerms(text, spans, lambda i: _heading_line(text, spans[i]), body_speech)
    out: list[Annotation] = []
    said = False  # whether the quotation before is speech
    for index, (span, speaker) in enumerate(zip(spans, speakers, strict=True)):
        # The comma inside the closing mark before (``"True," "Mostly true,"``) joins too.
        comma_inside = (
            index > 0
            and "," in text[spans[index - 1].end : spans[index - 1].close]
            and not text[spans[index - 1].close : span.open].strip(" \u00a0")
        )
        listed_after = (
            index > 0
            and not said
            and (
                comma_inside
                or listed.fullmatch(text, spans[index - 1].close, span.open) is not None
                # ``an essay called "..." ("...", pictured below)``: its translation.
                or text[spans[index - 1].close : span.open].strip(" \u00a0") == "("
            )
            and not (
                (comma_inside or text[spans[index - 1].close : span.open].strip(" \u00a0") == ",")
                and _said_right_after(text, span, speaker)
            )
        )
        # ``placards reading "..." and "..."``: a quotation listed after one that is no speech
        # is none either (a sign, a slogan, a title of the same list); after a bare comma, one
        # its own speaker's cue follows is speech (``sang "Danny Boy", "for my father," she
        # said``).
        said = index in echoed or (
            not listed_after
            and is_speech(text, masked, span, sentences, starts, attributor, speaker,
                          language=document.language)
        )  # fmt: skip
        if said and index not in echoed and _heading_line(text, span) and terms.term(index):
            said = False  # a heading repeating a term of the body
        if said:
            date = _date(published, span, sentences, starts, dates, ordered)
            out.append(
                _annotation(
                    text, span.start, span.end, speaker, continues=span.continues, date=date
                )
            )
    return out


# Words after which quotation marks set off a name, a term or a title, not speech (``[quotes]
# naming_*`` of the language's data file): ``dubbed``, ``nicknamed``, ``named`` ... (and up to
# two words after them), ``so-called``, ``known as``, ``titled``, ``coined``, ``aka``, ``sang``,
# ``chanted``, ``reading`` ..., ``the word/term/phrase/slogan/hashtag/motto``, ``billed [up to
# three words] as``, and a self-description (``described itself as``, ``billed himself as``),
# then spaces, commas or colons up to the quotation; a naming word whole (``chants of``, not
# ``merchants of``). The pattern is written backwards and
# matched on the reversed text before the quotation (see :func:`_naming_before`).
_NAMING_REVERSED = re.compile(
    r"[\s,:]*(?:"
    rf"(?:[\w’']+\s+){{0,2}}{plain_alternation(_EN.words('quotes', 'naming_verbs'), reverse=True)}|"
    rf"{plain_alternation(_EN.words('quotes', 'naming_words'), reverse=True)}(?!\w)|"
    rf"{plain_alternation(_EN.words('quotes', 'naming_nouns'), reverse=True)} eht|"
    rf"sa (?:\w+ ){{0,3}}{plain_alternation(_EN.words('quotes', 'naming_as_verbs'), reverse=True)}|"
    rf"sa {plain_alternation(_EN.words('quotes', 'reflexives'), reverse=True)}"
    rf" {plain_alternation(_EN.words('quotes', 'self_naming_verbs'), reverse=True)})",
    re.IGNORECASE,
)
# ``"so-called efficiency savings"``: a naming phrase of several parts (``so-called``, ``known
# as``; not a verb such as ``entitled``, which a quotation may open with) opening a short
# quotation marks a term.
_NAMING_FIRST = re.compile(
    plain_alternation(
        w for w in _EN.words("quotes", "naming_words") if len(re.split(r"[-. ]+", w.strip("."))) > 1
    )
    + r"\b",
    re.IGNORECASE,
)
# ``the cockpit voice recorder, or "black box"``: another name for what was just named.
_GLOSS_BEFORE = re.compile(
    rf"{plain_alternation(_EN.words('quotes', 'gloss_words'))}[ \u00a0]+[‘“\"']?$"
)
# ``tell "60 Minutes"``, ``"30 Rock"``: a number and capitalised words, a title.
_NUMBER_FIRST = re.compile(r"\d+[ \u00a0]+[A-Z]")
#: Quotations of at most this many words need an attribution cue in their sentence.
_CUELESS_WORDS = 3
#: A quotation set inside a sentence's noun phrase (``a "race to the bottom."``) of at most
#: this many words needs a cue or a speaker in its sentence.
_EMBEDDED_WORDS = 6
# ``Ian "Wrighty" Wright``, ``Dwayne "The Rock" Johnson``: a nickname between two names.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.\-]*[ \u00a0]$")
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z][\w’'\-]")
#: A word of a quotation (a letter first).
_QUOTED_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
#: The words of a quotation the title test reads (a longer title is judged by its first:
#: ``"Just the Funny Parts: And a Few Hard Truths About ..."``).
_TITLE_WORDS = 8
#: Words a title of a work leaves in lower case (``Game of Thrones``, ``Pride and Prejudice``).
#: Pronouns a title capitalises (``Call Me Maybe``): in lower case they make a sentence.
_SENTENCE_PRONOUNS = (
    _EN.words("quotes", "first_person")
    | _EN.words("quotes", "other_pronouns")
    | _EN.words("quotes", "sentence_pronouns")
) - {"i"}
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
    if span.open > 0 and text.startswith(AP_OPEN, span.open - 1):
        # AP's ``‘‘`` opens at its second mark: what comes before is read before the first.
        span = attrs.evolve(span, open=span.open - 1)
    quoted = text[span.start : span.end]
    words = _first_words(quoted)
    if not words:
        return False
    before = text[max(0, span.open - 40) : span.open]
    if _naming_before(before):
        return False
    if (
        language in (None, "en")
        and len(words) <= _CUELESS_WORDS
        and not quoted.rstrip().endswith((".", "?", "!"))
        and _GLOSS_BEFORE.search(before)
        and not _said_right_after(text, span, speaker)
    ):
        # A short gloss after ``, or``: a term; with a cue after it (``stay, or "go," the
        # coach said``) words someone said.
        return False
    if (
        len(words) <= _EMBEDDED_WORDS
        and _NAMING_FIRST.match(quoted)
        and not quoted.rstrip().endswith((".", "?", "!", ","))
    ):
        return False  # ``the "so-called efficiency savings"``: the naming word quoted too
    if len(words) <= _EMBEDDED_WORDS and named_by_clause(
        text, span, words, language or "en", functools.partial(_person_before, text, attributor)
    ):
        return False  # ``a feature the company calls "Glance"``: the name it goes by
    if definite_term(text, span, words, language or "en", attributor.cue):
        return False  # ``feared for the "quiet months"``: a term in use
    if named_by_participle(text, span, words, language or "en"):
        return False  # ``an essay called "..."``: a title
    if named_object(text, span, words, language or "en"):
        return False  # ``calls the technique "acoustic enrichment"``: its name
    if language in (None, "en") and (
        apposed_title(text, span, "en", attributor.cue)
        or possessed_name(text, span, words, attributor.cue, _quote_words("en", "function_words"))
    ):
        # ``Her 2023 book, "Blue Below," was shortlisted``, ``the council's "Living with
        # Floods" guide``: a title.
        return False
    if on_a_sign(text, span, language or "en"):
        return False  # ``a sign on the door that said "..."``: the sign's words
    if (
        len(words) <= 3
        and not quoted.rstrip().endswith((".", "?", "!", ","))
        and _NAME_BEFORE.search(before)
        and _NAME_AFTER.match(text, span.close)
    ):
        return False  # a nickname inside a name
    if language not in (None, "en") and _name_in_sentence(
        text,
        span,
        quoted,
        words,
        before,
        nouns=document_words(language).capitalised_nouns,
        cased=names_in_cases(language),
        code=language,
    ):
        return False  # ``тренер «Динамо» Марцел Личка``, ``sagte der „Bild“:``
    # ``the newspaper "..."``, ``видання «...»``: a noun that introduces a name or a title.
    previous = _word_before(before)
    if (
        previous is not None
        and previous.lower() in _name_nouns(language or "en")
        and not words[0][:1].islower()
    ):
        # ``an internet website "run by associates of ..."``: lower-case words after the noun
        # are a description quoted, not the name of a work.
        return False
    if (
        (len(words) > 1 or _NUMBER_FIRST.match(quoted))
        and _title_case(words)
        and not quoted.rstrip().endswith(("?", "!"))
        # A longer one is a title only when all its words are (``"UN Emergency Relief
        # Coordinator ... Jan Egeland said the final death toll ..."`` is a sentence).
        and (len(words) <= _TITLE_WORDS or _title_case(_QUOTED_WORD.findall(quoted)))
        # ``"..." he said quietly. "That's on me."``: a speaker's whole sentence, alone.
        and not (speaker is not None and _alone(masked, span, sentences, starts, quoted))
    ):
        return False
    work = _text_noun_colon(language or "en")
    window = max(0, span.open - 80)
    text_noun = (
        work.search(masked, window, span.open)
        if work is not None
        and (
            masked.find(":", window, span.open) >= 0
            or masked.find("–", window, span.open) >= 0
            or masked.find("—", window, span.open) >= 0
        )
        else None
    )
    if (
        text_noun is not None
        and (":" in text_noun.group() or _CLOSING_DASH.match(text, span.close) is not None)
        and not _said_right_after(text, span, speaker)
    ):
        # ``lyrics like: "Yes, I milk myself ..." and "..."``, ``The chorus continues: "..."``,
        # ``singing the chorus – "..." – louder``: the words of a song or a sign, not speech.
        # After a dash only when a dash closes them too, and never with a cue right after them:
        # ``Asked about the headline – "It is nonsense," she said`` is her answer.
        return False
    if len(words) > _EMBEDDED_WORDS:
        # Every test below that can say no is of a quotation of fewer words.
        return True
    if _apposed_description(text, masked, span, quoted, words, attributor, language or "en"):
        # ``the "Reset", a 48-hour programme run by ...``, ``"sad or hopeless," a standard
        # measure``: a name or a term the description after its comma explains.
        return False
    if _before_named_kind(text, span, quoted, words, attributor, language or "en"):
        # ``its "hybrid flexibility" program``, ``the "SunGold" variety``: the name of a
        # scheme, a product or a campaign, before the noun saying what it names.
        return False
    first = max(bisect.bisect_right(starts, span.open) - 1, 0)
    context_start, context_end = sentences[first][0], sentences[first][1]
    last = max(bisect.bisect_right(starts, max(span.close - 1, span.open)) - 1, 0)
    context_end = max(context_end, sentences[last][1])
    context_start, context_end = within_reach(
        masked, context_start, context_end, span.open, span.close
    )
    after = masked[span.close : min(context_end, span.close + 40)]
    cue_after = (
        speaker is not None and attributor.cue.match(after.lstrip(" ,\u00a0—–-")) is not None
    )
    comma = text[span.end : span.close].lstrip().startswith(",") or after.startswith(",")
    phrases = _noun_phrases(language or "en")
    if (
        len(words) == 1
        and cue_after
        and comma
        # ``dismissed the existence of an "Antennagate," saying``: a noun after its article,
        # not a word said.
        and not (
            phrases.article_before is not None
            and phrases.article_before.search(text[max(0, span.open - 6) : span.open].rstrip("‘“"))
        )
    ):
        return True
    if (
        len(words) <= _CUELESS_WORDS
        and phrases.subject_phrase is not None
        and phrases.subject_phrase.fullmatch(
            text, after_dateline(text, context_start, span.open), span.open
        )
        and re.match(r"[\s\u00a0]+[a-z]", text[span.close : span.close + 3])
    ):
        # ``A powerful "bomb cyclone" knocked out power ..., utilities said``: a term in the
        # sentence's opening noun phrase; a cue later attributes the sentence, not the term.
        return False
    if (
        len(words) == 1
        and phrases.article_before is not None
        and phrases.article_before.search(text[max(0, span.open - 6) : span.open].rstrip("‘“"))
        and re.match(r"\s+[^\W\d_]", text[span.close : span.close + 3])
    ):
        # ``a "wait-and-see" approach``, ``an "uncomfortable" Plasco-Flaxman``: a word set
        # off inside a noun phrase.
        return False
    if len(words) <= _CUELESS_WORDS and _heading_modifier(
        text, span, quoted, attributor, language, speaker
    ):
        # ``'Grinch' thief steals light displays, police say``: a heading opening with words
        # set off before their noun.
        return False
    if (
        language in (None, "en")
        and len(words) <= _CUELESS_WORDS
        and _heading_phrase(text, span, quoted, speaker, "en")
    ):
        # ``Read more: What the 'Santa Claus rally' tells you``: a heading's phrase, no one's
        # words.
        return False
    if language in (None, "en") and heading_term(
        text,
        masked,
        span,
        words,
        attributor.cue,
        None if speaker is None else speaker.end,
        _quote_words("en", "function_words"),
    ):
        # ``Minister unveils $1.2b 'cost of living' package``: a term inside a heading that
        # reports no one.
        return False
    if (
        len(words) <= _CUELESS_WORDS
        and _before_its_noun(text, span, quoted, attributor, language)
        and not _cue_clause_before(masked, context_start, span.open, attributor, language or "en")
    ):
        # ``growth in "fake Insta" pages``, ``his mock "news anchor" voice``, ``of "likely"
        # Massachusetts voters``: words set off before the noun they qualify.
        return False
    # A speaker named in the quotation's own sentence, not one inherited from an earlier one.
    named_here = speaker is not None and context_start <= speaker.start < context_end
    memo: list[bool] = []

    def cued() -> bool:  # searched at most once: the cue pattern is long
        if not memo:
            cue = attributor.cue.search(masked, context_start, context_end)
            while cue is not None and in_aside(masked, context_start, cue.start(), span.open):
                cue = attributor.cue.search(masked, cue.end(), context_end)
            memo.append(cue is not None)
        return memo[0]

    if speaker is not None and _own_sentence(masked, span, context_start, context_end, quoted):
        return True  # ``"We lost everything."`` after the speaker's first quotation
    calling = _calling_patterns(language or "en")
    called = (
        calling.called.search(text, max(0, span.open - 24), span.open)
        if calling is not None and len(words) <= _EMBEDDED_WORDS
        else None
    )
    if called is not None and not person_calling(text, called.start(), language or "en"):
        # ``Some researchers warned about what they called the "race to ship."``: a name
        # given to something, not words said (``called the talks "..."`` is speech; so is
        # ``what she called the "..."``, the words of the person the sentence quotes).
        return False
    if _quoted_predicate(text, masked, span, quoted, words, context_end, language):
        return True  # ``A no-fly zone is "inherently escalatory."``: someone's verdict
    if (
        len(words) == 1
        and words[0][:1].isupper()
        and _LETTER_BEFORE.search(text, max(0, span.open - 3), span.open)
        and (
            not cued()
            or _name_runs_on(text, span, quoted, attributor, language or "en")
            or _name_before_noun(text, span, quoted, attributor, language or "en")
            or (language in (None, "en") and not _word_reported(text, span, quoted, attributor))
        )
    ):
        # ``performed her hit "Espresso"``, ``the 787 "Dreamliner"``: a title or a name after a
        # word or a model number, mid-sentence, no cue; with a cue, one its clause runs on past
        # (``назвал «Газпром» главным партнёром``, ``nannte „Siemens“ als Partner``) or one
        # before the noun of what it names (``said it dropped its "Yukiakari" label``): the
        # object of the cue, not words said; in English, one no cue reports right before it
        # (``told the board she had read "Holes" in ...``: a title the sentence names).
        return False
    if (
        speaker is not None
        # ``mit dem Bündnis „Aufstehen gegen Rassismus“``: a name after its noun, both
        # capitalised, is no part of the speech reported.
        and not (previous is not None and previous[:1].isupper() and words[0][:1].isupper())
        and _reported_speech(masked, context_start, context_end, language)
    ):
        return True  # ``Der Abbau sei „schmerzhaft“``: words of the speech reported
    if (
        len(words) <= _CUELESS_WORDS
        and named_here
        and speaker is not None
        and speaker.cue is None
        and _heading_object(text, span, language or "en")
        and not cued()
    ):
        # ``Residents ask state for 'emergency wells'``: a heading's subject, read as its
        # speaker with no cue, says nothing set inside a phrase after a preposition.
        return False
    if (
        len(words) <= _CUELESS_WORDS
        and quoted[:1].isupper()
        and quoted.rstrip().endswith((".", "?", "!"))
        and _colon_before(masked, context_start, span.open)
    ):
        # ``Then, after a moment: "Actually, print it."``: a whole sentence a colon introduces
        # (a sign's or a song's words were read above), speech with no cue.
        return True
    if language in (None, "en") and quoted_headline_opening(text, span, words):
        return True  # ``'Not a refuge': visitors turn on river camps``: someone's words
    if len(words) == 1:
        return named_here  # ``«Укренерго»``: a lone word nobody is said to say
    lead = max(0, span.open - 60)
    if calling is not None and calling.stem_found(text, lead, span.open):
        called = calling.called_object.search(text, lead, span.open)
        if called is not None:
            # ``calling the allegations a "grotesque ... assassination"``: speech; ``calling
            # the summer the "season of fire."``: a name.
            return called.group(1).lower() not in calling.definite
    if len(words) <= _CUELESS_WORDS:
        # A partial quotation (``NATO vowed to resist Russia's attempt to "intimidate"``)
        # has a speaker or a cue in its sentence; a scare quote has neither.
        return named_here or cued()
    # ``Some producers worry about a "race to the bottom."``: set inside a noun phrase, with
    # no speaker and no cue in its sentence.
    return not (
        len(words) <= _EMBEDDED_WORDS
        and not named_here
        and phrases.embedded_after is not None
        and phrases.embedded_after.search(text, max(0, span.open - 12), span.open)
        and not cued()
    )


_HEADING_REACH = HEADING_REACH


def _heading_line(text: str, span: QuoteSpan) -> bool:
    """Whether a quotation stands in a heading: a line of at most :data:`_HEADING_REACH`
    characters each way with no sentence end (:func:`heading_bounds`)."""
    return heading_bounds(text, span) is not None


# Only spaces, or a label and a colon (``IPL auction:``), before a quotation on its line.
_LINE_OPENING = re.compile(r"[ \t\u00a0]*(?:[^\n:]{1,40}:[ \t\u00a0]*)?$")


def _heading_modifier(
    text: str,
    span: QuoteSpan,
    quoted: str,
    attributor: Attributor,
    language: str | None,
    speaker: Speaker | None = None,
) -> bool:
    """Whether a quotation opens a heading (:func:`_heading_line`; at most a label and a colon
    before it) and qualifies the lower-case noun right after it: no stop ends it, and the word
    after is neither a function word of the language (``[quotes] function_words``: ``'Phenomenal'
    from Livingston`` is speech) nor a cue, and the noun is not the speaker a cue in the heading
    was read for (``'Devastated' owner says ...``: the owner's word)."""
    if quoted.rstrip()[-1:] in ".,;:!?":
        return False
    after = _NEXT_WORD.match(text, span.close)
    if after is None or not after.group(1)[:1].islower():
        return False
    if speaker is not None and speaker.cue is not None and speaker.start == after.start(1):
        return False
    stop = _quote_words(language or "en", "function_words")
    if not stop or after.group(1).lower() in stop:
        return False
    line = text.rfind("\n", max(0, span.open - _HEADING_REACH), span.open) + 1
    if (line == 0 and span.open > _HEADING_REACH) or not _LINE_OPENING.match(text, line, span.open):
        return False
    return attributor.cue.match(text, after.start(1)) is None and _heading_line(text, span)


def _person_before(text: str, attributor: Attributor, at: int) -> int | None:
    """Where a person's name ending right before the word at ``at`` starts (``which Dan Moss
    has called``), only spaces between, or ``None``."""
    for mention in attributor.within(max(0, at - 60), at):
        if mention.type == "person" and not text[mention.end : at].strip():
            return mention.start
    return None


def _heading_phrase(
    text: str, span: QuoteSpan, quoted: str, speaker: Speaker | None, code: str
) -> bool:
    """Whether a quotation stands inside a heading's phrase that gives it no speaker: a heading
    line (:func:`_heading_line`), right after a word the quotation continues (``[quotes]
    embedded_after``: ``What the 'Santa Claus rally' tells you``, ``return of 'the ... dream'
    ruled out``; after a verb, ``Board blames 'mafia'``, it is the subject's word), nothing
    ending it inside its marks, and no speaker a cue on that line was read for (``Union warns
    of 'tight' supply`` is the union's word)."""
    if quoted.rstrip()[-1:] in ".,;:!?":
        return False
    previous = _PREVIOUS_WORD_REVERSED.match(text[max(0, span.open - 24) : span.open][::-1])
    if (
        previous is None
        or previous.group(1)[::-1] not in _quote_words(code, "embedded_after")
        or not _heading_line(text, span)
    ):
        return False
    if speaker is None or speaker.cue is None:
        return True
    line = text.rfind("\n", 0, span.open) + 1
    end = text.find("\n", span.close)
    return not line <= speaker.start < (len(text) if end < 0 else end)


def _heading_object(text: str, span: QuoteSpan, code: str) -> bool:
    """Whether a quotation stands in a heading (:func:`_heading_line`) right after a word the
    quotation continues (``[quotes] embedded_after``: ``a row over 'cancel culture'``, ``warn
    of 'cliff'``)."""
    if not _heading_line(text, span):
        return False
    previous = _PREVIOUS_WORD_REVERSED.match(text[max(0, span.open - 24) : span.open][::-1])
    return previous is not None and previous.group(1)[::-1] in _quote_words(code, "embedded_after")


#: A letter or a digit of any script, then spaces, ending the text before a quotation mark:
#: the quotation stands mid-sentence.
_LETTER_BEFORE = re.compile(r"[^\W_][\s\u00a0]*$")

#: Spaces right after a quotation's close (a lower-case word after them: its sentence runs on).
_SPACES = re.compile(r"[ \u00a0]+")


def _name_runs_on(
    text: str, span: QuoteSpan, quoted: str, attributor: Attributor, code: str
) -> bool:
    """Whether a lone quoted word is a name its sentence runs on past: nothing ends it inside
    the marks, a lower-case word follows the close (``«Газпром» главным``, ``„Siemens“ als``)
    and the entity annotator read a name there; no common word of the language (``a répondu
    « Non » sans``, ``sagte „Nein“ und``: words said)."""
    if quoted.rstrip().endswith((".", ",", "!", "?", ";", ":")):
        return False
    gap = _SPACES.match(text, span.close)
    if gap is None or not text[gap.end() : gap.end() + 1].islower():
        return False
    if quoted.strip().lower() in language(code).stopwords:
        return False
    return any(m.end <= span.end for m in attributor.within(span.start, span.end))


def _word_reported(text: str, span: QuoteSpan, quoted: str, attributor: Attributor) -> bool:
    """Whether a lone quoted word mid-sentence is a word said: a cue right before its mark
    (``replied "Yes"``, ``shouted "Fire!"``) or one word before it, no determiner (``said
    simply "No"``, ``told reporters "Unbelievable"``; ``said the "Titanic"`` names a ship), or
    a shout or a question of its own (``"Out!"``); one opening its line stands mid-sentence in
    no sentence (``"Never," Ann Roe said``)."""
    if quoted.rstrip().endswith(("!", "?")):
        return True
    line = text.rfind("\n", max(0, span.open - 24), span.open)
    if line >= 0 and not text[line : span.open].strip():
        return True
    low = max(0, span.open - 40)
    previous = _TWO_WORDS_REVERSED.match(text[low : span.open][::-1])
    if previous is None:
        return False
    if attributor.cue.match(text, span.open - previous.end(1)) is not None:
        return True
    return (
        previous.group(2) is not None
        and previous.group(1)[::-1].lower() not in _quote_words("en", "determiners")
        and attributor.cue.match(text, span.open - previous.end(2)) is not None
    )


def _name_before_noun(
    text: str, span: QuoteSpan, quoted: str, attributor: Attributor, code: str
) -> bool:
    """Whether a lone capitalised word in quotation marks stands before the lower-case noun of
    what it names (``its "Yukiakari" label``, ``the "Spaces" product team``): nothing ends it
    inside the marks, one space and a lower-case word follow that is neither a function word
    of the language (``[quotes] function_words``: ``"Never" again``) nor a cue, and no cue
    right before the marks (``replied "Yes" immediately``: the word said); a language that
    lists no function words has no such test."""
    if quoted.rstrip()[-1:] in ".,;:!?" or quoted.isupper():
        return False
    after = _NEXT_WORD.match(text, span.close)
    if after is None or not after.group(1)[:1].islower():
        return False
    stop = _quote_words(code, "function_words")
    if not stop or after.group(1).lower() in stop:
        return False
    if attributor.cue.match(text, after.start(1)) is not None:
        return False
    # ``replied "Yes" immediately``, ``said "No" firmly``: the word a cue right before it
    # reports, not a name.
    previous = _PREVIOUS_WORD_REVERSED.match(text[max(0, span.open - 24) : span.open][::-1])
    return previous is None or attributor.cue.match(text, span.open - previous.end(1)) is None


#: The words of a quotation are first looked for in this many characters.
_WORDS_PREFIX = 80


#: What may follow a quotation that is speech: a comma, a dash or the sentence's end
#: (``«Нет», — сказал он``, ``„Das tut weh“, sagte er``).
_SPEECH_AFTER = re.compile(r"[ \u00a0]*(?:[,.!?…;—–-]|$)")
#: Marks inside a short quotation that make it words said, not a name.
_SENTENCE_MARKS = re.compile(r"[,.!?…:;]")


def _name_in_sentence(
    text: str,
    span: QuoteSpan,
    quoted: str,
    words: list[str],
    before: str,
    *,
    nouns: bool = False,
    cased: bool = False,
    code: str | None = None,
) -> bool:
    """In another language than English: a short quotation opening with a capital and set
    inside its sentence (a word, not a comma, a dash or the sentence's end, after it; no colon
    before it) names a club, a company, an outlet or a work (``ФК «Динамо» в воскресенье``,
    ``Sportvorstand Max Eberl sagte der „Bild“:``), words that are no speech. Where every
    noun has a capital (``nouns``: German), only after a definite article or in title case
    (``einen „Raketenmann“`` is a word someone said). Where a name takes a case ending
    (``cased``: Russian, Ukrainian), one right after a lower-case word is a name even at a
    comma or the sentence's end (``в интервью «Вечерней газете».``, ``рассказал «Утреннему
    вестнику», что``): speech there would follow a colon; a dash after it still makes it
    speech (``«Нет», — сказал он``)."""
    if len(words) > 3 or not words[0][:1].isupper() or _SENTENCE_MARKS.search(quoted.strip()):
        return False
    if before.rstrip().endswith(":"):
        return False
    if code is not None and _answer(words, before, code):
        return False
    if nouns and not (
        (len(words) > 1 and all(w[:1].isupper() for w in words)) or _definite_before(before, code)
    ):
        return False
    if (
        cased
        and before.rstrip(" \u00a0")[-1:].islower()
        and _DASH_AFTER.match(text, span.close) is None
    ):
        return True
    return _SPEECH_AFTER.match(text, span.close) is None


#: A dash after a quotation, perhaps after a comma: the attribution of words said.
_DASH_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]*[—–-]")


def _answer(words: list[str], before: str, code: str) -> bool:
    """Whether a one-word quotation is someone's answer, no name: after a speech verb (``a
    répondu « Non »``) or a stop word of the language (``un «No» rotundo``, ``«Ні»``)."""
    if len(words) != 1:
        return False  # (``рассказал «Вечернему вестнику»``: an outlet told, no answer)
    last = before.split()[-1:] if before.strip() else []
    if last and last[0].strip(",;").lower() in _speech_verbs(code):
        return True
    return words[0].lower() in language(code).stopwords


@functools.cache
def _speech_verbs(code: str) -> frozenset[str]:
    """The speech verbs of language ``code`` (``[quotes] speech_verbs``), in lower case."""
    return frozenset(w.lower() for w in language(code).words("quotes", "speech_verbs"))


def _definite_before(before: str, code: str | None) -> bool:
    """Whether ``before`` (the text before a quotation) ends with a definite article of the
    document's language ``code``."""
    last = before.split()[-1:] if before.strip() else []
    return bool(last) and last[0].lower() in document_words(code).definite


def _first_words(quoted: str) -> list[str]:
    """The first words of a quotation (:data:`_QUOTED_WORD`), no more than a title's longest
    and one: no test of :func:`is_speech` counts further. A long quotation's words are looked
    for in its first characters, and in all of it only when those hold too few."""
    needed = _TITLE_WORDS + 1
    words = _QUOTED_WORD.findall(quoted, 0, _WORDS_PREFIX)
    # A word the prefix cut is complete when another word starts after it.
    if len(words) <= needed and len(quoted) > _WORDS_PREFIX:
        words = _QUOTED_WORD.findall(quoted)
    return words[:needed]


def _naming_before(before: str) -> bool:
    """Whether ``before`` ends with a naming phrase (:data:`_NAMING_REVERSED`) and spaces,
    commas or colons. Matched on the reversed text: a search for the phrase anchored at the
    end tried the long alternation at every position (and was a third of this test's time)."""
    return _NAMING_REVERSED.match(before[::-1]) is not None


# A word, then spaces, then quotation marks, read backwards from the end of a text.
_WORD_BEFORE_REVERSED = re.compile(r"[‘“„«»\"']*[\s\u00a0]*([^\W\d_]+)")


def _word_before(before: str) -> str | None:
    """The word ending ``before``, past the spaces and quotation marks after it (``видання
    «``), as ``re.search(r"([^\\W\\d_]+)[\\s\\u00a0]*[‘“„«»\"']*$", before)`` finds it; matched
    on the reversed text, so only the end is read."""
    reversed_text = before[::-1]
    match = _WORD_BEFORE_REVERSED.match(reversed_text)
    if match is None and reversed_text.startswith("\n"):
        # ``$`` also matches before a final newline.
        match = _WORD_BEFORE_REVERSED.match(reversed_text, 1)
    return match.group(1)[::-1] if match is not None else None


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


@attrs.frozen
class _Calling:
    """A language's patterns of verbs of calling (``[quotes] calling_verbs``,
    ``calling_articles``, ``definite_articles``)."""

    #: ``what critics called the "``: the quotation right after is a name.
    called: re.Pattern[str]
    #: ``calling the allegations a "``: a verb, its object, an article (group 1).
    called_object: re.Pattern[str]
    #: The articles after which a quotation is the name given to the object.
    definite: frozenset[str]
    #: The verbs' shortest common opening, lower case: a cheap test before the search.
    stem: str

    def stem_found(self, text: str, start: int, end: int) -> bool:
        """Whether the verbs' opening occurs in ``text[start:end]`` (any case)."""
        return self.stem in text[start:end].lower()


@functools.cache
def _calling_patterns(code: str) -> _Calling | None:
    """A language's patterns of verbs of calling, or ``None`` where its data has none."""
    verbs = sorted(_quote_words(code, "calling_verbs"), key=lambda w: (-len(w), w))
    articles = sorted(_quote_words(code, "calling_articles"), key=lambda w: (-len(w), w))
    if not verbs or not articles:
        return None
    verb = "|".join(map(re.escape, verbs))
    article = "|".join(map(re.escape, articles))
    mark = "[ \u00a0]*[‘“\"']?$"
    return _Calling(
        called=re.compile(rf"\b(?:{verb})[ \u00a0]+(?:{article}){mark}", re.IGNORECASE),
        called_object=re.compile(
            rf"\b(?:{verb})(?:[ \u00a0]+[\w’'\-]+){{1,5}}[ \u00a0]+({article}){mark}",
            re.IGNORECASE,
        ),
        definite=_quote_words(code, "definite_articles"),
        stem=_common_opening(verbs),
    )


def _common_opening(words: Sequence[str]) -> str:
    """The longest opening every one of ``words`` shares, lower case (may be empty)."""
    first = min(words).lower()
    last = max(words).lower()
    pairs = enumerate(zip(first, last, strict=False))
    size = next((i for i, (a, b) in pairs if a != b), len(first))
    return first[: min(size, len(last))]


@functools.cache
def _quote_words(code: str, key: str) -> frozenset[str]:
    """A ``[quotes]`` word list of a language, lower case: ``copulas`` (linking verbs before
    a quoted judgement), ``determiners`` (words opening a noun phrase)."""
    return frozenset(w.lower() for w in language(normalize(code)).words("quotes", key))


def _reported_speech(masked: str, start: int, end: int, code: str | None) -> bool:
    """Whether the sentence ``masked[start:end]`` holds, outside its quotations, a verb form
    that reports speech (``[quotes] reported_speech_verbs``: German ``sei``, ``habe``,
    ``werde``) in its main clause, outside a set phrase that reports none
    (``reported_speech_idioms``: ``es sei denn``, ``wie dem auch sei``): the few words quoted
    in it are the reported speaker's."""
    verbs = _quote_words(code or "en", "reported_speech_verbs")
    if not verbs:
        return False
    # Its main clause, up to the first comma: after one, the form may be another's speech
    # (``Die Opposition wirft ihm vor, er habe „nichts geliefert“``).
    comma = masked.find(",", start, end)
    end = end if comma < 0 else comma
    idioms = _speech_idioms(code or "en")
    inside = (
        [(m.start(), m.end()) for m in idioms.finditer(masked, start, end)]
        if idioms is not None
        else []
    )
    return any(
        masked[start + low : start + high].lower() in verbs
        and not any(first <= start + low < last for first, last in inside)
        for low, high in word_spans(masked[start:end])
    )


@functools.cache
def _speech_idioms(code: str) -> re.Pattern[str] | None:
    """A language's set phrases of a reported-speech verb form that report no speech
    (``[quotes] reported_speech_idioms``), as one pattern; ``None`` when it has none."""
    idioms = _quote_words(code, "reported_speech_idioms")
    if not idioms:
        return None
    alternation = word_alternation(idioms, separator=r"[ \t\u00a0]+", ignore_case=True)
    return re.compile(rf"\b{alternation}\b", re.IGNORECASE)


@attrs.frozen
class _NounPhrases:
    """A language's patterns of a quotation set inside a noun phrase (``[quotes]
    embedded_after``, ``phrase_determiners``, ``noun_articles``); ``None`` where the language
    lists none, so no language is read with another's words."""

    #: ``a "race to the bottom"``, ``about the "new normal"``: a lower-case word the quotation
    #: continues (an article, a preposition), not a colon or a comma that opens speech.
    embedded_after: re.Pattern[str] | None
    #: An opening noun phrase up to a quotation: a determiner and at most two lower-case words.
    subject_phrase: re.Pattern[str] | None
    #: An article ending the text before a one-word quotation (``a "wait-and-see" approach``).
    article_before: re.Pattern[str] | None


@functools.cache
def _noun_phrases(code: str) -> _NounPhrases:
    """The noun-phrase patterns of language ``code`` (see :class:`_NounPhrases`)."""
    after = _quote_words(code, "embedded_after")
    determiners = _quote_words(code, "phrase_determiners")
    articles = _quote_words(code, "noun_articles")
    return _NounPhrases(
        embedded_after=re.compile(rf"\b{plain_alternation(after)}[\s\u00a0]*$") if after else None,
        subject_phrase=re.compile(
            rf"[\s\u00a0]*{plain_alternation(determiners, case='title')}"
            r"(?:[ \u00a0]+[a-z][\w\-]*){0,2}[ \u00a0]*[‘“\"']*"
        )
        if determiners
        else None,
        article_before=re.compile(rf"\b{plain_alternation(articles)}\s+$") if articles else None,
    )


# The word after a quotation's closing mark (one space before it), and the word before its
# opening mark, read backwards (one space after it).
_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_][\w’'\-]*)")
#: A dash closing a phrase set off by dashes, after its closing quotation mark.
_CLOSING_DASH = re.compile(r"[,;]?[ \u00a0]*[–—]")
_PREVIOUS_WORD_REVERSED = re.compile(r"[ \u00a0]([\w’'\-]*[^\W\d_])(?![\w’'\-])")
# The one or two words before a quotation's mark, written backwards (each closing a word, so
# group 1 is the word right before the mark, group 2 the one before that).
_TWO_WORDS_REVERSED = re.compile(
    r"[ \u00a0]([\w’'\-]*[^\W\d_])(?![\w’'\-])(?:[ \u00a0]+([\w’'\-]*[^\W\d_])(?![\w’'\-]))?"
)


def _cue_clause_before(masked: str, start: int, at: int, attributor: Attributor, code: str) -> bool:
    """Whether a cue in ``masked[start:at]`` (a sentence up to a quotation) reports the clause
    the quotation stands in: no preposition of the language (``[quotes]
    modifier_prepositions``) between the cue and the quotation (``said the company was seeing
    "elongated" sales cycles``; ``said in his mock "news anchor" voice`` sets off a phrase)."""
    cue = attributor.cue.search(masked, start, at)
    if cue is None:
        return False
    prepositions = _quote_words(code, "modifier_prepositions")
    between = _QUOTED_WORD.findall(masked, cue.end(), at)
    return not any(word.lower() in prepositions for word in between)


def _before_its_noun(
    text: str, span: QuoteSpan, quoted: str, attributor: Attributor, language: str | None
) -> bool:
    """Whether a short quotation qualifies the noun right after it, set inside a noun phrase:
    no stop ends it, the word after is no function word of the language (``[quotes]
    function_words``; nor a cue), and the word
    before is a lower-case word other than a function word (``mock "news anchor" voice``) or a
    preposition (``modifier_prepositions``: ``in "fake Insta" pages``, ``of "likely"
    Massachusetts voters``), the word after then lower case unless the one before is such a
    word. ``to "intimidate" its neighbours`` (a function word after) is speech; a language
    that lists no function words has no such test."""
    if quoted.rstrip()[-1:] in ".,;:!?":
        return False
    after = _NEXT_WORD.match(text, span.close)
    if after is None or attributor.cue.match(text, after.start(1)) is not None:
        return False
    before = _PREVIOUS_WORD_REVERSED.match(text[max(0, span.open - 24) : span.open][::-1])
    if before is None:
        return False
    previous, following = before.group(1)[::-1], after.group(1)
    if not previous[:1].islower():
        return False
    code = language or "en"
    stop = _quote_words(code, "function_words")
    inner = _QUOTED_WORD.findall(quoted)
    if not stop or following.lower() in stop or not inner:
        return False
    if inner[0].lower() in stop or inner[-1].lower() in stop:
        return False  # ``"an important step" toward``, ``"less than" everyone``: no modifier
    continued = previous in _quote_words(code, "modifier_prepositions")
    if not (continued or (previous not in stop and following[:1].islower())):
        return False
    if _reported_clause(text, span.open, attributor, code):
        return False
    # ``warned of "life-threatening" flooding``: a cue right before (or before its preposition)
    # quotes the words.
    lead = text[max(0, span.open - 40) : span.open - len(previous) - 1].rsplit(None, 1)
    cue_at = [span.open - len(previous) - 1]
    if continued and lead:
        cue_at.append(span.open - len(previous) - 2 - len(lead[-1]))
    return all(attributor.cue.match(text, at) is None for at in cue_at)


#: Words of a quotation an apposed description may explain (a longer one is a phrase quoted).
_APPOSED_WORDS = 4
#: How far an apposed description is read for a cue (code points).
_APPOSITION_REACH = 80
# A comma (perhaps after the closing mark), spaces and an indefinite article's place.
_COMMA_THEN = re.compile(r"[’”'\"»]*[ \u00a0]*,?[ \u00a0]+([^\W\d_]+)[ \u00a0]+")
# Where an apposed description ends: a comma or a stop.
_APPOSITION_END = re.compile(r"[,.;:!?]")
#: How many asides set off by commas may stand between an apposed description and its cue
#: (``"Never again," a survivor, now 94, told ...``).
_APPOSED_ASIDES = 2


#: How far after a quotation the speaker its cue reads may open (``», a déclaré ``).
_SAID_REACH = 40


def _said_right_after(text: str, span: QuoteSpan, speaker: Speaker | None) -> bool:
    """Whether the speaker of a quotation was read from a cue whose phrase opens right after it:
    only a comma and spaces between (``"go," the coach said``), or the cue itself, perhaps
    after one auxiliary, where the verb comes first (``", said the coach``, ``„...“, sagte
    Eva Klein``, ``», a déclaré Anne Roux``)."""
    if (
        speaker is None
        or speaker.cue is None
        or not span.close <= speaker.start <= span.close + _SAID_REACH
    ):
        return False
    between = text[span.close : speaker.start].strip(" ,\u00a0")
    return not between or (
        len(between.split()) <= 2 and between.lower().endswith(speaker.cue.lower())
    )


def _cue_apposed(masked: str, start: int, attributor: Attributor, code: str) -> bool:
    """Whether the phrase apposed at ``start`` (after a quotation's comma) is a speaker: a cue
    reporting in it (:func:`_reporting_cue`), or one opening the words after at most
    :data:`_APPOSED_ASIDES` asides set off by commas (``a survivor, now 94, told ...``; ``a
    measure, were twice as likely`` is none). Read up to :data:`_APPOSITION_REACH` code
    points."""
    reach = min(len(masked), start + _APPOSITION_REACH)
    for aside in range(_APPOSED_ASIDES + 1):
        stop = _APPOSITION_END.search(masked, start, reach)
        end = stop.start() if stop else reach
        if aside == 0:
            if _reporting_cue(masked, start, end, attributor, code):
                return True
        elif attributor.cue.match(masked, start) is not None:
            return True
        if stop is None or masked[stop.start()] != ",":
            return False
        start = stop.end()
        while start < reach and masked[start] in " \u00a0":
            start += 1
    return False


def _reporting_cue(masked: str, start: int, end: int, attributor: Attributor, code: str) -> bool:
    """Whether a cue in the apposed phrase ``masked[start:end]`` reports the quotation before
    it (``"Not yet," a spokesman for the council said``): not one after a relative word of a
    thing (``[quotes] apposed_relatives``: ``"wardens", a job title that she still says with a
    grin``, the clause's own verb; see :func:`_object_relative`), nor one naming (``[quotes]
    naming_as`` after it: ``a song she described as ...``; a naming participle before a
    capital: ``a programme run by a firm called Harrow``)."""
    naming_as = _quote_words(code, "naming_as")
    participles = _quote_words(code, "naming_participles")
    cue = attributor.cue.search(masked, start, end)
    while cue is not None:
        if _object_relative(masked, start, cue.start(), code):
            return False  # every cue further stands in the relative clause
        following = _NEXT_WORD.match(masked, cue.end())
        naming = following is not None and (
            following.group(1).lower() in naming_as
            or (cue.group().lower() in participles and following.group(1)[:1].isupper())
        )
        if not naming:
            return True
        cue = attributor.cue.search(masked, cue.end(), end)
    return False


def _object_relative(masked: str, start: int, cue: int, code: str) -> bool:
    """Whether a relative word (``[quotes] apposed_relatives``) between ``start`` and the cue at
    ``cue`` opens a clause whose verb the cue is: the cue right after it, or a subject first (a
    pronoun, a determiner or a capitalised name: ``a job title that she still says``). One a
    verb follows is a person's subject relative (``a witness that saw the crash said``): the
    cue after its clause reports."""
    relatives = _quote_words(code, "apposed_relatives")
    subjects = (
        _quote_words(code, "subject_pronouns")
        | _quote_words(code, "other_pronouns")
        | _quote_words(code, "determiners")
    )
    for word in _QUOTED_WORD.finditer(masked, start, cue):
        if word.group().lower() not in relatives:
            continue
        following = _NEXT_WORD.match(masked, word.end())
        if following is None or following.start(1) >= cue:
            return True
        first = following.group(1)
        if first[:1].isupper() or first.lower() in subjects:
            return True
    return False


def _apposed_description(
    text: str,
    masked: str,
    span: QuoteSpan,
    quoted: str,
    words: list[str],
    attributor: Attributor,
    code: str,
) -> bool:
    """Whether a short quotation is a name or a term an indefinite noun phrase after its comma
    describes (``"CareCompass," an AI-assisted triage tool``; ``[quotes]
    indefinite_articles``), with no cue reporting it (:func:`_cue_apposed`: ``"Not
    yet," a spokesman said`` and ``"Never again," a survivor, now 94, told ...`` are speech,
    their speakers apposed); not one opening with an article or a determiner (``[quotes]
    determiners``), a description someone gave."""
    end = quoted.rstrip()
    if len(words) > _APPOSED_WORDS or end.endswith((".", "!", "?")):
        return False
    comma = _COMMA_THEN.match(text, span.close)
    if comma is None or "," not in text[span.start : comma.start(1)][len(end) :]:
        return False
    articles = _quote_words(code, "indefinite_articles")
    if comma.group(1) not in articles | _quote_words(code, "apposed_possessives"):
        return False
    if words[0].lower() in articles | _quote_words(code, "determiners"):
        return False  # ``define it as "a sad cumbia", a label ...``: a description quoted
    return not _cue_apposed(masked, comma.end(), attributor, code)


def _before_named_kind(
    text: str, span: QuoteSpan, quoted: str, words: list[str], attributor: Attributor, code: str
) -> bool:
    """Whether a short quotation names the thing the noun right after it says it is (``[quotes]
    named_kinds``: ``the "community reclamation" programme``): no stop ends it, one space and
    that noun follow its close, and it is a name, not a judgement set before a noun (two words
    or more, or a capital: ``a "ruinous" scheme`` stays someone's word), with no cue right
    before it (``warned of "..."``)."""
    if quoted.rstrip()[-1:] in ".,;:!?" or not (len(words) > 1 or words[0][:1].isupper()):
        return False
    after = _NEXT_WORD.match(text, span.close)
    if after is None or after.group(1) not in _quote_words(code, "named_kinds"):
        return False
    before = _PREVIOUS_WORD_REVERSED.match(text[max(0, span.open - 24) : span.open][::-1])
    return before is None or attributor.cue.match(text, span.open - before.end()) is None


@functools.cache
def _list_joins(code: str) -> re.Pattern[str]:
    """What joins two quotations of a list, from one's close to the next one's open: a comma,
    a list conjunction of the language (``[quotes] list_conjunctions``) or both, and spaces."""
    joins = plain_alternation(_quote_words(code, "list_conjunctions"))
    return re.compile(rf"[ \u00a0]*(?:,[ \u00a0]*(?:{joins}[ \u00a0]+)?|{joins}[ \u00a0]+)")


@functools.cache
def _text_noun_colon(code: str) -> re.Pattern[str] | None:
    """A noun of written or sung words (``[quotes] text_nouns``), at most two words and a
    colon or a dash, then only quotations (masked) and list conjunctions (``and``/``or``) up to
    the end (``None`` where the language lists no such nouns)."""
    nouns = _quote_words(code, "text_nouns")
    if not nouns:
        return None
    # The language's own list conjunctions (``[quotes] list_conjunctions``), not English ones.
    joins = plain_alternation(_quote_words(code, "list_conjunctions"))
    return re.compile(
        rf"(?<![\w’'\-]){plain_alternation(nouns, case='either')}(?:[ \u00a0]+[\w’'\-]+){{0,2}}"
        rf"[ \u00a0]*[:–—][ \u00a0§]*(?:(?:{joins}|,)[ \u00a0§]*)*$"
    )


#: How far back a reported clause's cue is looked for (code points).
_CLAUSE_BACK = 160
# Where a sentence ends, read backwards (``. `` or a line break).
_SENTENCE_END_REVERSED = re.compile(r"\n| [.!?]")


def _reported_clause(text: str, at: int, attributor: Attributor, code: str) -> bool:
    """Whether ``at`` is inside a clause a cue reports in its sentence (``The Democrat asserted
    that the claims were pedaled by "..."``): a cue followed by a complementizer
    (``[quotes] complementizers``) before ``at``."""
    words = _quote_words(code, "complementizers")
    if not words:
        return False
    low = max(0, at - _CLAUSE_BACK)
    back = _SENTENCE_END_REVERSED.search(text[low:at][::-1])
    if back is not None:
        low = at - back.start()
    for cue in attributor.cue.finditer(text, low, at):
        after = _NEXT_WORD.match(text, cue.end())
        if after is not None and after.group(1).lower() in words:
            return True
    return False


def _alone(
    masked: str,
    span: QuoteSpan,
    sentences: list[tuple[int, int, int]],
    starts: list[int],
    quoted: str,
) -> bool:
    """:func:`_own_sentence` in the sentences the quotation opens and closes in (a sentence
    with more than :data:`_ALONE_SLACK` characters outside the quotation holds more: not read,
    so a long sentence of many quotations is never scanned once per quotation)."""
    first = max(bisect.bisect_right(starts, span.open) - 1, 0)
    last = max(bisect.bisect_right(starts, max(span.close - 1, span.open)) - 1, 0)
    start, end = sentences[first][0], max(sentences[first][1], sentences[last][1])
    if (span.open - start) + (end - span.close) > _ALONE_SLACK:
        return False
    return _own_sentence(masked, span, start, end, quoted)


#: Characters (marks, spaces, a dash) a sentence holding only a quotation has outside it.
_ALONE_SLACK = 12


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
    return frozenset(w.lower() for w in language(normalize(code)).words("quotes", "name_nouns"))


def _title_case(words: list[str]) -> bool:
    """Every word capitalised but the small ones (``Game of Thrones``); ``Not at all`` and ``This
    is a sad day`` are sentences."""
    if all(word.isupper() for word in words):
        return False  # shouted in capitals (``"NO ANOTHER ONE," she wrote``)
    capitalised = False
    for word in words:
        if word[:1].isupper():
            capitalised = True
        elif word in _SENTENCE_PRONOUNS:
            return False  # ``Ring me Friday``: a title would capitalise its pronouns
        elif not (len(word) <= 2 or word.lower() in _TITLE_SMALL_WORDS):
            return False  # a word of a sentence, written in lower case
    return capitalised


#: A date value naming a day (``2024-03-05``).
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _sentence_dates(document: Document) -> list[tuple[int, int, str]]:
    """``(start, end, value)`` of each past day-dated date annotation of ``document``."""
    out = []
    for a in document.annotations_of(AnnotationKind.DATE):
        value = a.attributes.get("value")
        if (
            isinstance(value, str)
            and _DAY.fullmatch(value)
            and a.attributes.get("status") != "anticipated"
        ):
            out.append((a.start, a.end, value))
    return out


def _date(
    published: _Published,
    span: QuoteSpan,
    sentences: list[tuple[int, int, int]],
    starts: list[int],
    dates: list[tuple[int, int, str]],
    ordered: bool = False,
) -> str | None:
    """When a quotation was said: the day its sentence names outside the quotation (``said on
    Tuesday``), else its article's publication date. ``ordered``: ``dates`` are in the order of
    their starts."""
    first = max(bisect.bisect_right(starts, span.open) - 1, 0)
    last = max(bisect.bisect_right(starts, max(span.close - 1, span.open)) - 1, 0)
    start, end = sentences[first][0], sentences[last][1]
    if ordered:
        # Dates in text order (as annotators leave them): the sentences' are found by
        # bisection, not a scan of every date per quotation.
        for s, e, value in itertools.islice(dates, bisect.bisect_left(dates, (start,)), None):
            if s > end:
                break
            if e <= end and not (span.open <= s < span.close):
                return value
        return published.at(span.start)
    for s, e, value in dates:
        if start <= s and e <= end and not (span.open <= s < span.close):
            return value
    return published.at(span.start)


class _Published:
    """The publication date in force at an offset of one document, as an ISO string, worked
    out once per section (a document's quotations are many; its sections few)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._by_section: dict[int, str | None] = {}
        sections = document.sections
        # Sections in order and apart (as parsers make them): the one holding an offset is
        # found by bisection, not a scan per quotation (many of each were quadratic).
        ordered = all(a.end <= b.start for a, b in itertools.pairwise(sections))
        self._starts = [section.start for section in sections] if ordered else None

    def at(self, offset: int) -> str | None:
        """The date of the section holding ``offset`` (the document's when none does)."""
        # The first section holding it, as :meth:`Document.section_at` finds it.
        section = -1
        sections = self.document.sections
        if self._starts is not None:
            index = bisect.bisect_right(self._starts, offset) - 1
            if index >= 0 and offset < sections[index].end:
                section = index
        else:
            for index, found in enumerate(sections):
                if found.start <= offset < found.end:
                    section = index
                    break
        if section not in self._by_section:
            own = self.document.sections[section].metadata if section >= 0 else None
            if own is None or (own.published is None and not (own.outlet or own.author)):
                # A section that states no date, outlet or author of its own has the
                # document's date (as :meth:`Document.section_metadata` completes it).
                published = self.document.metadata.published
            else:
                published = self.document.section_metadata(offset).published
            self._by_section[section] = published.isoformat() if published is not None else None
        return self._by_section[section]


def _paragraphs(sentences: list[tuple[int, int, int]]) -> list[tuple[int, int]]:
    paragraphs: dict[int, list[int]] = {}
    for start, end, paragraph in sentences:
        bounds = paragraphs.setdefault(paragraph, [start, end])
        bounds[1] = end
    return [(start, end) for start, end in paragraphs.values()]


class _MaskTable(dict[int, int]):
    """A :meth:`str.translate` table making every character but spaces NUL (filled as
    characters are met). :func:`_masked` then writes the NULs as ``§``: a table whose every
    value is ASCII keeps CPython's fast path for ASCII text; both steps together are five times
    faster than a ``\\S`` substitution."""

    def __missing__(self, code: int) -> int:
        # ``str.isspace`` and ``re``'s ``\s`` agree on every code point.
        value = code if chr(code).isspace() else 0
        self[code] = value
        return value


_MASK = _MaskTable()
#: How much of a paragraph's end is read for a trailing attribution (code points; see
#: :func:`_unquoted`).
_TRAILING_REACH = 64
#: How far before a quotation a label opening its line is looked for (code points).
_LABEL_REACH = 300


def _without_honorific(
    speaker: Speaker, honorifics: frozenset[str], attributor: Attributor
) -> Speaker:
    """``speaker`` without the honorific its role opens with: the title words after it, else
    the role the article gives the person elsewhere, else none."""

    def plain(role: str | None) -> str | None:
        words = (role or "").split()
        while words and words[0].lower().rstrip(".") in honorifics:
            words = words[1:]
        return " ".join(words) or None

    role = plain(speaker.role) or plain(attributor.role_of(speaker.name, speaker.start))
    return attrs.evolve(speaker, role=role)


def _masked(text: str, spans: list[QuoteSpan]) -> str:
    """``text`` with every character but spaces inside a quotation (marks included) made
    ``§``, spans joined slice by slice (a list of every character was slower)."""
    pieces: list[str] = []
    last = 0
    for span in sorted(spans, key=operator.attrgetter("open")):
        start = max(span.open, last)
        if span.close <= start:
            continue
        pieces.append(text[last:start])
        pieces.append(text[start : span.close].translate(_MASK).replace("\x00", "§"))
        last = span.close
    pieces.append(text[last:])
    return "".join(pieces)


def _mentions(document: Document) -> list[Mention]:
    # ``tuple.__new__`` with the fields: the named tuple's own ``__new__`` is a Python call.
    make = functools.partial(tuple.__new__, Mention)
    return [
        make(
            (
                a.start,
                a.end,
                str(attributes.get("name", a.text)),
                str(attributes.get("type", "")),
                attributes.get("gender"),
                attributes.get("role"),
            )
        )
        for a in document.annotations_of(AnnotationKind.ENTITY)
        for attributes in (a.attributes,)
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
    profile = attributor.cues.profile
    if profile is not None and related_headline(attributor.text, span.open, profile.code):
        return None  # ``Lesen Sie auch: „...“``: another article's headline
    para_start, para_end = paragraphs[span.paragraph]
    first = max(bisect.bisect_right(starts, span.open) - 1, 0)
    last = max(bisect.bisect_right(starts, max(span.close - 1, span.open)) - 1, 0)
    context_start = max(sentences[first][0], para_start)
    context_end = min(sentences[last][1], para_end)
    # Read a bounded way either side: a paragraph without a full stop is one long sentence.
    context_start, context_end = within_reach(
        attributor.masked, context_start, context_end, span.open, span.close
    )
    text = attributor.text
    ends_with_comma = text[span.end : span.close].lstrip().startswith(",") or text[
        span.end - 1 : span.end
    ] in ("?", "!")
    after_end = context_end
    if span.close >= context_end - 1 and last + 1 < len(sentences):
        # ``"Do you have them?" Turner asked.``: the segmenter ended the sentence at ``?"``.
        after_end = min(sentences[last + 1][1], para_end)
    # ``«A, — сказал он. — B»``: an attribution inside the marks (other languages).
    found = attributor.inner(span.start, span.end) if attributor.cues.profile is not None else None
    found = found or (
        # A quotation left open (at its paragraph's or its line's end) has no cue after it.
        None if span.runs_on else attributor.after(span.close, after_end, ends_with_comma)
    )
    if (
        found is not None
        and found.start >= context_end
        and text[span.end - 1 : span.end] == "."
        and attributor.cues.profile is None
    ):
        # ``X accused Y of "...." He replied that ...``: a quotation closing its sentence
        # with a full stop belongs to its own sentence's cue, not to the next sentence's.
        # (Not after ``?`` or ``!``: ``"Do you have them?" Turner asked.`` is cut at ``?"``
        # by the segmenter, and its cue is the next sentence's.)
        found = attributor.before(context_start, span.open) or found
    if found is not None and found.cue in RELAY_CUES and attributor.cues.profile is None:
        # ``X told the troops: "..." CNN reported``: the one who relays is not the speaker
        # the sentence names before the quotation.
        found = attributor.before(context_start, span.open) or found
    found = (
        found
        or attributor.before(context_start, span.open)
        or attributor.opening_according(context_start, span.open)
        or attributor.later(span.close, context_end)
        or (attributor.name_after(span.close, context_end) if ends_with_comma else None)
    )
    if found is not None:
        return found
    if attributor.impersonal_cue_after(span.close, context_end):
        return None  # ``Kern sprach. „...“, heißt es im Bericht``: not Kern's words
    if not span.runs_on:
        signed = attributor.signature(span.close, para_end) or (
            attributor.headline_name(span.close, para_end)
            if not text[para_start : span.open].strip()
            else None
        )
        if signed is not None:
            return signed
    if (
        index > 0
        and spans[index - 1].paragraph == span.paragraph
        and speakers[index - 1] is not None
        and attributor.signature(spans[index - 1].close, para_end) is not None
    ):
        return None  # ``"..." - "Fiona"``: the name signing the quotation, not words of hers
    if (
        span.paragraph + 1 < len(paragraphs)
        and not span.runs_on
        and _CLOSING_LINE.fullmatch(attributor.masked, span.close, para_end) is not None
    ):
        # ``"..."`` closing its paragraph, then ``said Ann Lee, the mayor.`` opening the next
        # in lower case: one sentence broken over two lines.
        next_start = paragraphs[span.paragraph + 1][0]
        sentence = bisect.bisect_right(starts, next_start) - 1
        found = attributor.opening_cue(next_start, sentences[sentence][1])
        if found is not None:
            return found
    if _colon_before(attributor.masked, context_start, span.open):
        # ``Sir Keir hit back: "..."``, ``Sinner smiled: "..."``: a clause whose subject is a
        # person introduces the quotation, with no cue verb.
        introduced = attributor.subject(context_start, span.open, people_only=True)
        if introduced is None and attributor.cues.profile is not None:
            introduced = attributor.colon_person(context_start, span.open)
        if introduced is not None:
            return introduced
    if _first_person_after_comma(span, context_start, context_end, attributor):
        # ``Lee ended the meeting with a warning, "We will not wait."``: words in the first
        # person closing a sentence after a comma are its subject's.
        introduced = attributor.subject(context_start, span.open, people_only=True)
        if introduced is not None:
            return introduced
    question = text[span.start : span.end].rstrip().endswith("?")
    if question:
        asked = attributor.questioner(para_start, span.open)
        if asked is not None:
            return asked
    if attributor.cues.profile is None:
        turn = TRANSCRIPT_TURN.fullmatch(attributor.masked, para_start, span.open)
        if turn is not None:
            return transcript_turn(turn, index, spans, speakers, paragraphs, attributor)
    # A label opens the paragraph, or (English only: the list rules are English ones) a line
    # of it (``* BBC - "..."``, an item of a list). (Looked for a label's length back only: a
    # long line of many quotations stays linear.)
    line_start = para_start
    if attributor.cues.profile is None:
        reach = max(para_start, span.open - _LABEL_REACH)
        line_start = attributor.masked.rfind("\n", reach, span.open) + 1 or para_start
    if context_start == para_start or line_start > para_start:
        labelled = attributor.label(max(line_start, para_start), span.open)
        if labelled is not None:
            return labelled
    if (
        context_start == para_start
        and span.paragraph > 0
        and not attributor.masked[para_start : span.open].strip()
    ):
        # ``In a speech on Thursday, the prime minister said:`` closing the paragraph
        # before: the cue introduces this quotation.
        prev_start, prev_end = paragraphs[span.paragraph - 1]
        head = attributor.masked[prev_start:prev_end].rstrip()
        if head.endswith(":"):
            sentence = max(bisect.bisect_right(starts, prev_start + len(head) - 1) - 1, 0)
            low = max(sentences[sentence][0], prev_start)
            introduced = attributor.before(low, prev_start + len(head) - 1)
            if introduced is not None:
                return introduced
    if span.continues and index > 0:
        return speakers[index - 1]
    previous = index - 1
    last_speaker = speakers[previous] if previous >= 0 else None
    if last_speaker is not None and spans[previous].paragraph == span.paragraph:
        # One sentence a line makes a whole article one paragraph: the last speaker stops at
        # a sentence whose subject is another person (``US captain Jim Furyk spoke after the
        # defeat, "..."``), and (German) at speech reported without a cue after a sentence
        # about someone else (``Verteidiger X hatte plädiert. Sein Mandant habe „...“``).
        reported = _reported_continuation(
            span, first, previous, spans, sentences, context_start, context_end, attributor
        )
        return (
            reported
            or _introduced(last_speaker, span, context_start, attributor)
            or subject_between(
                last_speaker, span, spans[previous], first, sentences, attributor, speakers
            )
            or last_speaker
        )
    # Anything but quotations in this paragraph? Once per paragraph: copying the paragraph per
    # quotation made a paragraph of many quotations quadratic.
    outside = prose.get(span.paragraph)
    if outside is None:
        found_prose = _OUTSIDE_QUOTES.search(attributor.masked, para_start, para_end)
        outside = prose[span.paragraph] = found_prose is not None
    if not outside and previous >= 0 and spans[previous].paragraph == span.paragraph - 1:
        if question and attributor.cues.profile is None:
            # A question of its own after an answer (a press conference): the questioner of
            # the last question asked by someone not named, not the one who answered.
            asking = last_questioner(index, spans, speakers, text)
            if asking is not None:
                return asking
        return speakers[previous]
    if (
        not outside
        and span.paragraph > 0
        and attributor.cues.profile is None
        and (previous < 0 or spans[previous].paragraph < span.paragraph - 1)
    ):
        # A paragraph of quotations only, with no cue, after a paragraph with none: the words
        # of the person its closing sentence is about (``... chairman Ann Roe denied the
        # reports.`` then ``"We exclude nothing."``).
        prev_start, prev_end = paragraphs[span.paragraph - 1]
        closing = max(bisect.bisect_right(starts, prev_end - 1) - 1, 0)
        low = max(sentences[closing][0], prev_start)
        introduced = attributor.subject(low, prev_end, people_only=True)
        if introduced is None:
            # ``The Metropolitan Police made a request ...``: a body as the subject.
            introduced = attributor.subject(low, prev_end)
            if introduced is not None and not attributor.is_organisation(introduced.name):
                introduced = None
        if introduced is None and _closes_sentence(text, prev_start, prev_end):
            # ``She said the club would appeal.`` then ``"We are not finished."``: the words
            # of the person whose speech the sentence before reports, a pronoun resolved as
            # a cue's is (bodies only as the subject above: a body the cue reaches, ``it
            # said``, gives none; the rule was measured on people). Not after a headline
            # (no sentence end): ``Minister says cuts will go ahead`` names no one.
            introduced = attributor.before(low, prev_end)
            if introduced is not None and attributor.is_organisation(introduced.name):
                introduced = None
        if introduced is not None:
            return introduced
    if attributor.cues.profile is None and span.paragraph + 1 < len(paragraphs):
        # ``Claim: "..."`` standing alone, then ``Ann Roe made this claim in the debate.``:
        # the subject of the next paragraph's sentence pointing back to the words.
        claimed = _claimed_next(span, paragraphs, sentences, starts, attributor)
        if claimed is not None:
            return claimed
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
            found = attributor.subject(
                before_start, before_end, people_only=True
            ) or attributor.reported_subject(before_start, before_end)
            cued = attributor.cue.search(attributor.masked, span.close, context_end)
            if found is None and cued is None:
                # ``He warned against reading much into it. "..."``: whose speech the sentence
                # before reports, a pronoun resolved as a cue's is (not a body's report; not
                # when a cue of its own follows the quotation, ``the agent said``).
                found = attributor.before(before_start, before_end)
                if found is not None and attributor.is_organisation(found.name):
                    found = None
            return found
        profile = attributor.cues.profile
        if (
            profile is not None
            and _reported_speech(attributor.masked, context_start, span.open, profile.code)
            and attributor.cue.search(attributor.masked, span.close, context_end) is None
        ):
            # ``Verteidiger X hatte auf vier Jahre plädiert. Sein Mandant habe „...“``: speech
            # reported without a cue is that of the person the sentence before opens with
            # (not with a cue after it: ``Er habe „Mut“ bewiesen, sagte Anna Lenz``).
            return attributor.subject(before_start, before_end, people_only=True)
    return None


#: A label and its colon before a quotation standing alone (``Claim:``, ``CLAIM:``).
_LABEL_ONLY = re.compile(r"[ \u00a0]*(?:[A-Za-z]+[ \u00a0]*:[ \u00a0]*)?")

#: A sentence pointing back to the words quoted before it (``made this claim``, ``said this
#: in her opening statement``; not ``said this year``, ``said the plan``, ``said that in 2020 the
#: plan``).
_BACK_VERBS = plain_alternation(_EN.words("quotes", "pointing_back_verbs"))
_BACK_NOUNS = plain_alternation(_EN.words("quotes", "pointing_back_nouns"))
_BACK_DETERMINERS = plain_alternation(_EN.words("quotes", "pointing_back_determiners"))
_BACK_PRONOUN = plain_alternation(_EN.words("quotes", "pointing_back_pronoun"))
_BACK_AFTER = plain_alternation(_EN.words("quotes", "pointing_back_after"))
_BACK_PRONOUNS = plain_alternation(_EN.words("quotes", "pointing_back_pronouns"))
_POINTING_BACK = re.compile(
    rf"\b(?:{_BACK_VERBS})[ \u00a0]+(?:(?:{_BACK_DETERMINERS})[ \u00a0]+(?:{_BACK_NOUNS})\b"
    rf"|(?:{_BACK_PRONOUN})(?=[ \u00a0]+(?:{_BACK_AFTER})\b)|(?:{_BACK_PRONOUNS})(?=[.,;]))"
)


def _claimed_next(
    span: QuoteSpan,
    paragraphs: list[tuple[int, int]],
    sentences: list[tuple[int, int, int]],
    starts: list[int],
    attributor: Attributor,
) -> Speaker | None:
    """The person the next paragraph's first sentence names as its subject when that sentence
    points back to the quotation (``Ann Roe made this claim``, ``Lee said this in her opening
    statement``) and the quotation stands alone in its paragraph, perhaps after a label."""
    para_start, para_end = paragraphs[span.paragraph]
    masked = attributor.masked
    if _LABEL_ONLY.fullmatch(masked, para_start, span.open) is None:
        return None
    if _CLOSING_LINE.fullmatch(masked, span.close, para_end) is None:
        return None
    next_start = paragraphs[span.paragraph + 1][0]
    sentence = bisect.bisect_right(starts, next_start) - 1
    end = min(sentences[sentence][1], paragraphs[span.paragraph + 1][1])
    back = _POINTING_BACK.search(masked, next_start, end)
    if back is None or attributor.cue.search(masked, next_start, back.start()):
        return None  # (``Bob Lee said Ann Roe made this claim``: not the reporter's words)
    return attributor.subject(next_start, back.start(), people_only=True)


def _closes_sentence(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` ends with a sentence end, inside closing marks or not (a
    headline has none)."""
    last = end
    while last > start and text[last - 1] in _CLOSING_MARKS:
        last -= 1
    return last > start and text[last - 1] in _SENTENCE_ENDS


@functools.cache
def _first_person_words() -> re.Pattern[str]:
    """English words of the first person (``[quotes] first_person``), as whole words."""
    return re.compile(
        rf"(?<![\w’'])(?:{plain_alternation(_quote_words('en', 'first_person'))})(?![\w’'])",
        re.IGNORECASE,
    )


def _first_person_after_comma(
    span: QuoteSpan, start: int, end: int, attributor: Attributor
) -> bool:
    """Whether ``span`` opens after a comma in the sentence ``start:end``, closes it and speaks
    in the first person: English only (the rule was measured on English articles)."""
    if attributor.cues.profile is not None or span.open - start > _INTRODUCING_CLAUSE:
        return False
    if span.open <= start:  # (nothing before it in the sentence: no comma to read)
        return False
    masked, at = attributor.masked, span.open - 1
    while at > start and masked[at] in " \u00a0":
        at -= 1
    if masked[at] != ",":
        return False
    if _CLOSING_SENTENCE.fullmatch(masked, span.close, end) is None:
        return False
    words = attributor.text[span.start : span.end]
    return _first_person_words().search(words) is not None


#: What may follow a quotation that closes its line or its sentence (matched, not sliced and
#: stripped: a long paragraph is not copied once per quotation in it).
_CLOSING_LINE = re.compile("[ \u00a0\n.,]*")
_CLOSING_SENTENCE = re.compile("[ \u00a0\n.!?\"”’']*")

#: A sentence introducing a quotation with its subject is at most this long before it (a bound:
#: the sentence's mentions are read per quotation).
_INTRODUCING_CLAUSE = 400


def _reported_continuation(
    span: QuoteSpan,
    first: int,
    previous: int,
    spans: list[QuoteSpan],
    sentences: list[tuple[int, int, int]],
    context_start: int,
    context_end: int,
    attributor: Attributor,
) -> Speaker | None:
    """Whose speech a sentence reports without a cue (``[quotes] reported_speech_verbs``: ``Die
    Kassen seien „...“``) when the sentence before is not the last quotation's: the person it
    opens with (``Verteidiger X hatte plädiert.``), else the one its cue after a comma names
    (``Die S-Bahn sei nicht betroffen, teilte die MVG mit.``). (A quotation standing as its own
    sentence is :func:`subject_between`'s.)"""
    profile = attributor.cues.profile
    if profile is None or first == 0 or sentences[first - 1][2] != sentences[first][2]:
        return None
    before_start, before_end, _ = sentences[first - 1]
    if spans[previous].open >= before_start:
        return None  # the last quotation stands in the sentence before: its speaker goes on
    masked = attributor.masked
    if not _reported_speech(masked, context_start, span.open, profile.code):
        return None
    if attributor.cue.search(masked, span.close, context_end) is not None:
        return None  # ``Er habe „Mut“ bewiesen, sagte Anna Lenz``: a cue of its own
    found = attributor.subject(before_start, before_end, people_only=True)
    if found is not None:
        return found
    comma = masked.rfind(",", before_start, before_end)
    return attributor.after(comma, before_end, True) if comma >= 0 else None


def _introduced(
    speaker: Speaker, span: QuoteSpan, start: int, attributor: Attributor
) -> Speaker | None:
    """The person other than ``speaker`` who is the subject of the sentence opening at
    ``start`` and introducing the quotation ``span`` after a comma or a colon (a description
    as the subject, ``the champion said``, a person named elsewhere in it, or a quotation
    inside the clause, ``wore a black "head scarf"``, gives none)."""
    if attributor.cues.profile is not None or span.open - start > _INTRODUCING_CLAUSE:
        return None  # English only: the rule was measured on English articles
    if span.open <= start:  # (nothing before it in the sentence: no comma to read)
        return None
    masked, at = attributor.masked, span.open - 1
    while at > start and masked[at] in " \u00a0":
        at -= 1
    if masked[at] not in ",:" or not any(
        m.type == "person" and m.name != speaker.name for m in attributor.within(start, span.open)
    ):
        return None
    introduced = attributor.subject(start, span.open, people_only=True)
    return introduced if introduced is not None and introduced.name != speaker.name else None


#: Unattributed quotations looked up in the attributed ones, per document (a bound: each
#: lookup reads the attributed quotations once).
_REPEATED_LOOKUPS = 16
_NON_WORD = re.compile(r"[\W_]+")


def _repeated(text: str, spans: list[QuoteSpan], speakers: list[Speaker | None]) -> None:
    """A quotation with no speaker whose words another quotation attributed in the article
    repeats takes that speaker: a headline's or a sub-heading's ``'Total chaos'`` quotes
    the body (``"It is total chaos," said Joseph Delva``). In place."""
    missing = [i for i, speaker in enumerate(speakers) if speaker is None]
    if not missing or len(missing) == len(speakers):
        return
    # The words of each looked-up quotation first: the attributed ones are read only when one
    # of two words or more is looked up (most unattributed quotations are single words).
    looked_up = [
        (index, words)
        for index in missing[:_REPEATED_LOOKUPS]
        for span in (spans[index],)
        for words in (_NON_WORD.sub(" ", text[span.start : span.end].lower()).split(),)
        if len(words) >= 2
    ]
    if not looked_up:
        return
    starts: list[int] = []
    owners: list[Speaker] = []
    parts: list[str] = []
    size = 0
    for span, speaker in zip(spans, speakers, strict=True):
        if speaker is not None:
            part = " " + _NON_WORD.sub(" ", text[span.start : span.end].lower()).strip() + " "
            starts.append(size)
            owners.append(speaker)
            parts.append(part)
            size += len(part)
    said = "".join(parts)
    for index, words in looked_up:
        at = said.find(" " + " ".join(words) + " ")
        if at >= 0:
            speakers[index] = owners[bisect.bisect_right(starts, at) - 1]


def _headline(
    text: str,
    spans: list[QuoteSpan],
    speakers: list[Speaker | None],
    paragraphs: Sequence[tuple[int, int]] = (),
    named: frozenset[str] | None = None,
    speech: Callable[[int], bool] | None = None,
) -> set[int]:
    """A quotation in the headline (a first line with no sentence end) or in a subheading (a
    paragraph of one line with no sentence end: ``'Total chaos'``) found there with no cue
    takes the speaker of the first attributed quotation after it holding all its words:
    ``Brexit: UK 'would forever regret' losing carmakers`` quotes ``The UK "would regret it
    forever" ..., Business Secretary Greg Clark has said``. With ``named`` (the names of the
    article's people and places), so does one whose cue in the heading names none of them
    (``governor calls it 'a down payment'``, ``Union says drivers are 'exhausted'``) or a
    shorter form of the body's speaker's name: the body names who said it. With ``speech``
    (whether the body's quotation of an index is speech), only the body's speech is echoed: a
    headline's ``'Jaws' documentary`` repeats a title the body sets in marks too, no one's
    words; nor is a heading's quotation whose very words the body's text (not another heading)
    quotes as no speech. In place; returns the indexes of the quotations so attributed (speech,
    as the body's words are)."""
    echoed: set[int] = set()
    if not spans:
        return echoed
    # Each quotation in a heading -> where its own attribution would be (a headline's cue may
    # follow it; a subheading's is in the subheading, not the paragraph before) and where the
    # heading ends.
    headings: dict[int, tuple[int, int, int]] = {}
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end >= 0 and not text[start:end].rstrip().endswith(_SENTENCE_ENDS):
        headings = {
            index: (0, len(text), end) for index, span in enumerate(spans) if span.close <= end
        }
    subheadings: dict[int, bool] = {}  # paragraph -> whether it is one
    for index, span in enumerate(spans):
        at = span.paragraph
        if at <= 0 or at >= len(paragraphs) or index in headings:
            continue
        p_start, p_end = paragraphs[at]
        heading = subheadings.get(at)
        if heading is None:
            # No sentence end, not even inside a closing mark (``"We will."`` is a quoted
            # sentence, not a heading), and one line.
            last = p_end
            while last > p_start and text[last - 1] in _CLOSING_MARKS:
                last -= 1
            heading = subheadings[at] = (
                last > p_start
                and text[last - 1] not in _SENTENCE_ENDS
                and text.find("\n", p_start, p_end) < 0
            )
        if heading and span.close <= p_end:
            headings[index] = (p_start, p_end, p_end)
    body: list[tuple[int, frozenset[str], Speaker, int]] | None = None
    alike: dict[str, list[int]] | None = None  # words -> the quotations of just those words
    # words -> the latest start of a body quotation of just those words that is no speech
    # (-1: none), read once per words, not once per heading.
    latest_term: dict[str, int] = {}
    holding: dict[str, list[int]] = {}  # word -> the attributed quotations holding it, in order
    starts: list[int] = []  # their starts
    ordered = True  # whether the attributed quotations' starts never decrease
    for index, (own_start, own_end, heading_end) in headings.items():
        speaker = speakers[index]
        own = (
            speaker is not None and speaker.cue is not None and own_start <= speaker.start < own_end
        )
        if own and named is None:
            continue
        span = spans[index]
        words = frozenset(_NON_WORD.sub(" ", text[span.start : span.end].lower()).split())
        if not words:
            continue
        if body is None:  # the attributed quotations, read once
            body = [
                (other.start,
                 frozenset(_NON_WORD.sub(" ", text[other.start : other.end].lower()).split()),
                 said, other_index)
                for other_index, (other, said) in enumerate(zip(spans, speakers, strict=True))
                if said is not None
            ]  # fmt: skip
            for position, (at, said_words, _, _) in enumerate(body):
                starts.append(at)
                for word in said_words:
                    holding.setdefault(word, []).append(position)
            ordered = all(one <= two for one, two in itertools.pairwise(starts))
        # A quotation holding all the words holds the rarest: only those are read (scanning
        # every one per heading was quadratic), from the first after the heading.
        rarest = min((holding.get(word, []) for word in words), key=len)
        first = bisect.bisect_right(rarest, heading_end, key=starts.__getitem__) if ordered else 0
        found = next(
            (
                body[position][2]
                for position in itertools.islice(rarest, first, None)
                if starts[position] > heading_end
                and words <= body[position][1]
                and (speech is None or speech(body[position][3]))
            ),
            None,
        )
        if found is not None and speech is not None:
            if alike is None:  # every quotation by its words, read once
                alike = {}
                for other_index, other in enumerate(spans):
                    said = _NON_WORD.sub(" ", text[other.start : other.end].lower()).split()
                    alike.setdefault(" ".join(said), []).append(other_index)
            key = " ".join(_NON_WORD.sub(" ", text[span.start : span.end].lower()).split())
            if key not in latest_term:
                latest_term[key] = max(
                    (
                        spans[other_index].start
                        for other_index in alike.get(key, [])
                        if not _heading_line(text, spans[other_index]) and not speech(other_index)
                    ),
                    default=-1,
                )
            if latest_term[key] > heading_end:
                # ``braces for 'catastrophic' fire danger`` over a body's ``a "catastrophic"
                # rating``: the body sets the same words off as a term.
                continue
        if (
            found is not None
            and own
            and speaker is not None
            and named is not None
            and not _echo_names(speaker, found, named)
        ):
            continue  # the heading's own cue names a person the body does not name more fully
        if found is not None and own and speaker is not None:
            # Who said it changes, not where the heading's cue is: whether it is speech stays
            # as its own words tell (``'Salt Road' director says ...``: a title).
            speakers[index] = attrs.evolve(
                speaker, name=found.name, role=found.role, anonymous=found.anonymous
            )
        elif found is not None:
            speakers[index] = found
            echoed.add(index)
    return echoed


def _echo_names(own: Speaker, echo: Speaker, named: frozenset[str]) -> bool:
    """Whether the body's speaker ``echo`` of a heading's quotation replaces the heading's own
    ``own``: when ``own`` is no person or place of ``named`` (a role, a body, an unnamed
    source), or a shorter form of ``echo``'s name (``Nic Giolla Bhríde`` for ``Aoife Nic
    Giolla Bhríde``)."""
    return (
        own.anonymous
        or own.name not in named
        or echo.name == own.name
        or echo.name.endswith(" " + own.name)
    )


def _colon_before(masked: str, start: int, at: int) -> bool:
    """Whether a colon ends ``masked[start:at]`` (spaces after it allowed)."""
    at -= 1
    while at >= start and masked[at].isspace():
        at -= 1
    return at >= start and masked[at] == ":"


def _unquoted(
    text: str,
    start: int,
    end: int,
    found: _Found,
) -> list[Annotation]:
    """Statements printed without quotation marks (see :class:`QuoteAnnotator`)."""
    # The attribution's verb must end the paragraph: checked backwards first, since a search
    # for the whole pattern tries it after every comma; on the paragraph's last words only,
    # which hold any match (a match is the verb, its object and spaces, so it never holds
    # three words: a tail of fewer is a long last word, and the whole paragraph is read).
    tail = text[max(start, end - _TRAILING_REACH) : end]
    if end - start > _TRAILING_REACH and len(tail.split(None, 2)) < 3:
        tail = text[start:end]
    match = None
    if _TRAILING_CUE_REVERSED.match(tail[::-1]):
        paragraph = text[start:end]
        match = _TRAILING_ATTRIBUTION.search(paragraph)
    if match and _FIRST_PERSON.search(paragraph[: match.start()]):
        speaker = found.attributor().phrase_before(
            start + match.start(1), start + match.end(1), match.group(2).split()[0]
        )
        if speaker is not None:
            return [_annotation(text, start, start + match.start(), speaker, quoted=False,
                                date=found.published.at(start))]  # fmt: skip
    # ``... tactics Volodymyr Zelenskyi President of Ukraine``: an attribution line. (The
    # tail ends as the paragraph does: it holds words.)
    if tail.rstrip().endswith((".", "!", "?")):
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
                                    date=found.published.at(start))]  # fmt: skip
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
    # Unchecked (``Annotation.trusted``): the text is the document's at these offsets. The
    # map is made here, not by ``frozen_map``: a speaker's offsets make most maps unique, and
    # keying them for sharing cost more than the rest of the annotation.
    return Annotation.trusted(
        AnnotationKind.QUOTE,
        start,
        end,
        text[start:end],
        QuoteAnnotator.name,
        FrozenMap(attributes),
    )


# English's patterns and word lists are made at import, as this module's other English patterns
# are (another language's on its first document): a process's first English quotation then
# compiles and reads nothing.
for _made in (_calling_patterns, _noun_phrases, _text_noun_colon, _name_nouns):
    _made("en")
for _key in ("complementizers", "copulas", "determiners", "function_words", "named_kinds"):
    _quote_words("en", _key)
del _made, _key
_quote_words("en", "modifier_prepositions")
_first_person_words()


# (A language data file reloaded is read again.)
for _cached in (
    _speech_verbs,
    _calling_patterns,
    _quote_words,
    _speech_idioms,
    _noun_phrases,
    _text_noun_colon,
    _list_joins,
    _name_nouns,
    _first_person_words,
):
    on_reload(_cached.cache_clear)
