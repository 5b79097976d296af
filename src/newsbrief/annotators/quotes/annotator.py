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
from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import SEAT_AFTER
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.asides import without_asides
from newsbrief.annotators.quotes.attribution.case_forms import (
    body_nominatives,
    nominative_by_surname,
    nominative_forms,
    written_body,
)
from newsbrief.annotators.quotes.attribution.compound_surnames import second_surnames
from newsbrief.annotators.quotes.attribution.cue_words import cues_for
from newsbrief.annotators.quotes.attribution.described_first_names import (
    with_described_first_names,
)
from newsbrief.annotators.quotes.attribution.genitive_surnames import (
    feminine_cue,
    nominative_by_genitive_surname,
)
from newsbrief.annotators.quotes.attribution.nicknamed_names import nicknamed_in_full
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
from newsbrief.annotators.quotes.attribution.statement_bodies import with_statement_bodies
from newsbrief.annotators.quotes.body_voices import body_voices
from newsbrief.annotators.quotes.exchange_parties import answerers, asker_introduced
from newsbrief.annotators.quotes.heading_terms import (
    EchoedTerms,
    page_heading_bounds,
)
from newsbrief.annotators.quotes.interview_answers import interview_answers
from newsbrief.annotators.quotes.line_colons import line_colon_speaker
from newsbrief.annotators.quotes.marks import QuoteSpan, find_quotes
from newsbrief.annotators.quotes.nicknames import in_marks
from newsbrief.annotators.quotes.related_headlines import related_headline
from newsbrief.annotators.quotes.sentence_subject_turns import subject_between
from newsbrief.annotators.quotes.speaker_lines import speaker_lines
from newsbrief.annotators.quotes.speakers import (
    OBJECT_CUES,
    RELAY_CUES,
    Attributor,
    Mention,
    Speaker,
    is_short,
    within_reach,
)
from newsbrief.annotators.quotes.speech import (
    colon_before,
    first_words,
    heading_line,
    is_speech,
    list_joins,
    name_in_sentence,
    quote_words,
    reported_speech,
    said_right_after,
    titled_work,
)
from newsbrief.annotators.quotes.transcripts import (
    TRANSCRIPT_TURN,
    last_questioner,
    transcript_turn,
)
from newsbrief.languages import language, normalize, on_reload
from newsbrief.languages.morphology import has_analyzer, nominative_role
from newsbrief.model import Annotation, AnnotationKind, Document
from newsbrief.model.frozen import FrozenMap
from newsbrief.nlp.segmenter import segmented

# A character left when quotations (masked as "§") and the punctuation around them are removed.
_OUTSIDE_QUOTES = re.compile(r"[^§ \u00a0.,;:\n]")
# ``..., the spokeswoman said.``: an unquoted statement with its attribution at the end.
_EN = language("en")
# Lower-case words of a role in a signature line (``Zelenskyi President of Ukraine``).
_SIGNATURE_LINKS = _EN.words("quotes", "signature_links")
_TRAILING_CUES = _EN.words("quotes", "trailing_cues")
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+([^,.;\"“”]{2,60}?)\s+"
    rf"({plain_alternation(_TRAILING_CUES)}|{plain_alternation(OBJECT_CUES)} \w+)"
    r"\.?\s*$"
)
# The verb of :data:`_TRAILING_ATTRIBUTION` and what may follow it, read backwards.
_TRAILING_CUE_REVERSED = re.compile(
    rf"\s*\.?(?:{plain_alternation(_TRAILING_CUES, reverse=True)}"
    rf"|\w+ {plain_alternation(OBJECT_CUES, reverse=True)})"
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
    paragraph in the first person, in the document's language's words, ending with ``Name Role
    of Country``) are kept with ``quoted: false``. The rules are described in
    :mod:`newsbrief.annotators.quotes.speakers`.
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
            text,
            without_asides(_masked(text, spans), document.language),
            found.mentions(),
            document.language,
            paragraphs,
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
    annotations.extend(_transcript_turns(text, document.language, annotations, found))
    return annotations


def _transcript_turns(
    text: str, code: str | None, annotations: list[Annotation], found: _Found
) -> list[Annotation]:
    """An interview transcript's answers printed without quotation marks (``SARA ROE: Good
    morning.``), where no other quotation covers them and the label names a person the text
    knows (``WATCH:``, ``READ MORE:``, ``CAPITAL CITY:`` head a page's links and fact boxes)."""
    lines = speaker_lines(text, code) or interview_answers(
        text, code, found.mentions, cues_for(code).profile
    )
    if not lines:
        return []
    # Who each written form of a person names: the entity's name, the fullest the documents
    # merged (``ALVAREZ:`` and ``Mayor Alvarez`` are ``Maria Alvarez``'s, as her quoted words
    # would be); the label's own mention first. A label giving a full name keeps it.
    people: dict[str, str] = {}
    at_label: dict[int, str] = {}
    for m in found.mentions():
        if m.type == "person":
            people.setdefault(text[m.start : m.end], m.name)
            people.setdefault(m.name, m.name)
            at_label[m.start] = m.name
    taken = sorted((a.start, a.end) for a in annotations)
    out: list[Annotation] = []
    for line in lines:
        if line.name not in people and line.label_start not in at_label:
            continue
        at = bisect.bisect_left(taken, (line.end, line.end))
        if at > 0 and taken[at - 1][1] > line.start:
            continue
        # (the name as written elsewhere over a label's capitals: ``Erik Berg``, not ``ERIK
        # BERG``)
        label_name = at_label.get(line.label_start)
        if len(line.name.split()) > 1 or label_name is None or label_name.isupper():
            name = line.name
        else:
            name = label_name
        # A role the label gives, else the one the text gives the person (``La ministra de
        # Agricultura, Carmen Soto,`` introducing ``SOTO:``'s turns).
        role = line.role or found.attributor().role_of(name, line.label_start)
        speaker = Speaker(name, text[line.label_start : line.label_end], line.label_start,
                          line.label_end, None, role=role)  # fmt: skip
        speaker = _fuller_at(found.attributor(), speaker, line.start)
        out.append(_annotation(text, line.start, line.end, speaker, quoted=False,
                               date=found.published.at(line.start)))  # fmt: skip
    return out


def _roles_of_fuller_names(
    shorter: list[Speaker | None], fuller: list[Speaker | None], attributor: Attributor
) -> list[Speaker | None]:
    """``fuller`` with each speaker whose name was made whole there (``afirmó Navas`` under
    ``Elena Navas Quiroga``) and who had no role given the role the article states for the
    whole name (``La concejala, Elena Navas Quiroga,``): the short name's mentions state
    none."""
    return [
        attrs.evolve(s, role=attributor.role_of(s.name, s.start))
        if s is not None
        and before is not None
        and s.role is None
        and not s.anonymous
        and s.name != before.name
        else s
        for before, s in zip(shorter, fuller, strict=True)
    ]


def _fuller_at(attributor: Attributor, speaker: Speaker, at: int) -> Speaker:
    """``speaker`` under a longer name opening with theirs written before ``at``, an
    interview's answer, not only before the mention naming them: an interview's headline names
    ``Javiera Contreras``, its opening ``Javiera Contreras Aguilera`` (a name in another case
    is no longer form: ``Мариной Соколовой``)."""
    fuller = attributor.fullest(attrs.evolve(speaker, start=at, end=at)).name
    if fuller.startswith(speaker.name + " "):
        return attrs.evolve(speaker, name=fuller)
    return speaker


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
            found = sorted(_mentions(self.document), key=operator.attrgetter("start"))
            # ``В Национальном киноцентре Латвии сообщили``: the whole body, not ``Латвии``.
            document = self.document
            found = with_statement_bodies(document.text, found, document.language)
            # ``Покупниця Марина сказала``: a first name alone after the noun describing her.
            self._mentions = with_described_first_names(document.text, found, document.language)
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
                document.text,
                without_asides(document.text, document.language),
                self.mentions(),
                document.language,
                self.paragraphs,
            )
        return self.made


def _alternating(
    spans: list[QuoteSpan],
    speakers: list[Speaker | None],
    text: str = "",
    mentions: Sequence[Mention] = (),
    code: str | None = None,
) -> list[Speaker | None]:
    """``speakers`` with each unattributed line of an exchange of dash lines given the speaker
    of the turn two lines before it, else two lines after it (``— Pourquoi ? lui demande le
    président.`` / ``— Je pensais ...`` / ``— Avec l'argent de vos clients ?``: the third is
    the president's); none when neither is known, nor in an exchange whose attributed turns
    name three people or more (``— Objection ! lance l'avocat.`` then ``— Rejetée.``: not the
    defendant's, two lines before), where turns no longer alternate. Where the one party known
    only asks (named by an incise on a question or by the line introducing the exchange:
    :mod:`.exchange_parties`), the lines that answer are the words of the person the article
    names most often before it (``Karim T.``, then ``— Pourquoi ? lui demande le
    président, X.`` / ``— Je pensais ...``)."""
    turns: dict[tuple[int, int], Speaker | None] = {}
    parties: dict[int, set[str]] = {}
    asking: dict[int, tuple[Speaker, int]] = {}  # run -> a party known, its lines' parity
    for span, speaker in zip(spans, speakers, strict=True):
        if span.exchange is not None and not span.unattributed:
            turns.setdefault(span.exchange, speaker)
            if speaker is not None:
                parties.setdefault(span.exchange[0], set()).add(speaker.name)
                asking.setdefault(span.exchange[0], (speaker, span.exchange[1] % 2))
    answering = _answering(spans, asking, parties, text, mentions, code) if text else {}
    result = list(speakers)
    for index, span in enumerate(spans):  # in text order: the turn two lines before is settled
        if not span.unattributed or span.exchange is None:
            continue
        run, line = span.exchange
        if len(parties.get(run, ())) > 2:
            continue
        who = turns.get((run, line - 2)) or turns.get((run, line + 2))
        if who is None and run in answering:
            known, parity, other = answering[run]
            who = known if line % 2 == parity else other
        result[index] = who
        turns.setdefault(span.exchange, who)
    return result


def _answering(
    spans: list[QuoteSpan],
    asking: dict[int, tuple[Speaker, int]],
    parties: dict[int, set[str]],
    text: str,
    mentions: Sequence[Mention],
    code: str | None,
) -> dict[int, tuple[Speaker, int, Speaker | None]]:
    """Each exchange of one known party who only asks: that party, the parity of its lines
    and the person answering (:func:`.exchange_parties.answerers`; ``None`` for a line that
    asks too). The party is the one an incise names, else the one the introducing line
    names asking (the exchange then opens with a question, its first line the party's)."""
    lines: dict[int, list[tuple[int, QuoteSpan]]] = {}  # run -> (line, quotation)
    for span in spans:
        if span.exchange is not None:
            lines.setdefault(span.exchange[0], []).append((span.exchange[1], span))
    chosen: dict[int, tuple[Speaker, int, int]] = {}  # run -> asker, parity, first line
    for run, found in lines.items():
        if len(parties.get(run, ())) > 1:
            continue
        first = min(s.open for _, s in found)
        known = asking.get(run)
        if known is None:
            asker = asker_introduced(text, mentions, first, code)
            if asker is None:
                continue
            known = (asker, 0)
        speaker, parity = known
        asks = {line: text[s.start : s.end].rstrip().endswith("?") for line, s in found}
        if not all(a for line, a in asks.items() if line % 2 == parity):
            continue  # the known party answers too: not a questioner's exchange
        if any(a for line, a in asks.items() if line % 2 != parity):
            continue  # the other side asks too
        chosen[run] = (speaker, parity, first)
    ordered = sorted(chosen, key=lambda r: chosen[r][2])
    quoted = sorted((s.open, s.close) for s in spans)
    found_answerers = answerers(
        text, mentions, [(chosen[r][2], chosen[r][0].name) for r in ordered], quoted
    )
    return {
        run: (chosen[run][0], chosen[run][1], who)
        for run, who in zip(ordered, found_answerers, strict=True)
    }


def _named_on_its_line(
    text: str, span: QuoteSpan, speaker: Speaker, paragraphs: Sequence[tuple[int, int]]
) -> bool:
    """Whether ``speaker`` was found on the line of ``span`` (a part of a quotation left open
    at its line's end): named before its opening mark or inside its words."""
    floor = paragraphs[span.paragraph][0] if span.paragraph < len(paragraphs) else 0
    line = text.rfind("\n", floor, span.open) + 1
    return max(line, floor) <= speaker.start < span.end


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
                answering.append(
                    interviewee(text, attributor.mentions, attributor.cues.profile, span.open)
                )
            speaker = answering[0] and _fuller_at(attributor, answering[0], span.open)
        elif span.unattributed:
            speaker = None  # an exchange's line: the turn of its alternation, read below
        else:
            speaker = _attribute(
                span, index, spans, speakers, sentences, starts, paragraphs, attributor, prose
            )
        if speaker is not None:
            speaker = attributor.whole_name(
                attributor.plain(
                    attributor.fullest(attributor.identified(attributor.in_full(speaker)))
                )
            )
            # A pronoun nothing resolved (``She`` after mis-nested marks) names nobody.
            speaker = None if attributor.is_pronoun(speaker) else speaker
        if speaker is not None:
            attributor.remember(speaker)
        speakers.append(speaker)
    if any(span.unattributed for span in spans):
        speakers = _alternating(spans, speakers, text, attributor.mentions, document.language)
    # ``a spokesperson for the council said``: the council's words.
    speakers = body_voices(text, speakers, attributor.mentions, document.language,
                           attributor.fullest, attributor.named_with)  # fmt: skip
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
    if has_analyzer(document.language) and any(speakers):
        # ``з президентом Франції Емманюелем Макроном``: the language's dictionary gives the
        # name and the role in the nominative (``languages/morphology.py``); the rules below
        # read the page for the names it cannot.
        # A name in marks (``з позивним «Ліра»``) is a nickname, written as it is called,
        # however its speaker was found (``— каже вона`` pointing back to it).
        called = {
            m.name
            for m in attributor.mentions
            if m.type == "person" and in_marks(text, m.start, m.end)
        }
        speakers = [
            s
            if s is not None and (s.name in called or in_marks(text, s.start, s.end))
            else _in_nominative(s, document.language)
            for s in speakers
        ]
        # ``в Министерстве науки заявили``: a body's name in the nominative too.
        bodies = body_nominatives(attributor.mentions, document.language, text)
        speakers = [
            attrs.evolve(s, name=bodies[s.name]) if s is not None and s.name in bodies else s
            for s in speakers
        ]
        # ``— заявили в Кремле``: the body as written, not the gazetteer's Kremlin.
        speakers = [
            attrs.evolve(s, name=written)
            if s is not None
            and (written := written_body(s.name, s.start, s.end, attributor.mentions, text, bodies))
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
        # ``Ерлана Жумабаева`` where the page writes ``Жумабаев`` alone (not a woman's name:
        # ``Жанара Сейткалиева``, ``— заявила она``).
        instrumental |= nominative_by_genitive_surname(
            text,
            {s.name for s in speakers if s is not None and not s.anonymous} - set(instrumental),
            document.language,
            {s.name for s in speakers if s is not None and feminine_cue(s.cue, document.language)},
        )
        speakers = [
            attrs.evolve(s, name=instrumental[s.name])
            if s is not None and not s.anonymous and s.name in instrumental
            else s
            for s in speakers
        ]
    if profile is not None and any(speakers):
        # ``Overbeck`` where the page writes ``Bundesaußenminister Jan Overbeck`` once.
        shorter = speakers
        speakers = surnames_in_full(text, speakers, attributor.mentions, profile)
        press = document_words(document.language)
        if press.compound_surnames:
            # ``Villalobos`` where the page writes ``Marta Villalobos Ruiz``.
            speakers = second_surnames(
                text, speakers, attributor.mentions, profile, press.surname_joiners
            )
        speakers = _roles_of_fuller_names(shorter, speakers, attributor)
        # ``Irazábal`` where the page writes ``Martín «el Flaco» Irazábal``.
        speakers = nicknamed_in_full(text, speakers, profile)
        # ``la jueza Sánchez`` is not ``el presidente Pedro Sánchez``.
        speakers = surnames_apart(text, speakers, profile, press.feminine)
    elif any(speakers):
        # ``Van Tongeren`` where the page writes ``Niels "Tulip" van Tongeren``.
        speakers = nicknamed_in_full(text, speakers, None)
    # A quotation over several paragraphs is usually attributed only in its last: its earlier
    # paragraphs take the speaker of the paragraph that continues them.
    # Within one paragraph (a page's lines, each reopening the quotation), the words were one
    # quotation until its last line's cue: that cue's speaker is theirs, unless the line names
    # its own (``Rose Hill said: "A sad day.`` then ``"We will appeal," said Andrew Pine.``:
    # two speakers, a closing mark lost).
    for index in range(len(spans) - 2, -1, -1):
        own = speakers[index]
        if (
            (
                own is None
                or (
                    spans[index].paragraph == spans[index + 1].paragraph
                    and not _named_on_its_line(text, spans[index], own, paragraphs)
                )
            )
            and spans[index].runs_on
            and spans[index + 1].continues
            and speakers[index + 1] is not None
        ):
            speakers[index] = speakers[index + 1]
    # People and places keep a heading's quotation their cue there gives them (``North Korea
    # says 'no way' ...``); a role, a body or an unnamed source gives way to the body's speaker.
    full = {m.name for m in attributor.mentions if m.type in ("person", "place")}
    # ... and their shorter forms (``Hollins`` for ``Rachel Hollins``).
    named = frozenset(
        full | {" ".join(words[at:]) for name in full for words in (name.split(),)
                for at in range(1, len(words))}
    )  # fmt: skip

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
        echoed = {i for i in echoed if not name_in_sentence(
            text, spans[i], text[spans[i].start : spans[i].end],
            first_words(text[spans[i].start : spans[i].end]) or [""],
            text[max(0, spans[i].open - 40) : spans[i].open], code=document.language,
        )}  # fmt: skip
    _repeated(text, spans, speakers)
    dates = _sentence_dates(document)
    ordered = all(one[0] <= two[0] for one, two in itertools.pairwise(dates))
    listed = list_joins(document.language or "en")
    terms = EchoedTerms(text, spans, lambda i: heading_line(text, spans[i]), body_speech)
    titles = _work_titles(text, spans, document.language)
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
                and said_right_after(text, span, speaker)
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
        if said and index not in echoed and heading_line(text, span) and terms.term(index):
            said = False  # a heading repeating a term of the body
        if (
            said
            and titles
            and _words_key(text, span) in titles
            and not _cued_in_sentence(text, span, speaker)
        ):
            # ``primé pour « Les Saisons du port »`` after ``Le roman « Les Saisons du port »``:
            # the words a work's noun sets as its title name that work wherever they stand,
            # unless a verb of speech of their own says them (``"We can win," she said``).
            said = False
        if said:
            date = _date(published, span, sentences, starts, dates, ordered)
            out.append(
                _annotation(
                    text, span.start, span.end, speaker, continues=span.continues, date=date
                )
            )
    return out


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
    """The document's entity mentions that may speak (not a seat before ``-based``)."""
    # ``tuple.__new__`` with the fields: the named tuple's own ``__new__`` is a Python call.
    make = functools.partial(tuple.__new__, Mention)
    text = document.text
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
        if text[a.end : a.end + 1] != "-" or SEAT_AFTER.match(text, a.end) is None
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
    found = found or attributor.according_after(context_start, span.open, span.close, after_end)
    found = found or _colon_subject(span, context_start, attributor)
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
        or attributor.closing_after_cue(span.close, context_end)
        or (attributor.name_after(span.close, context_end) if ends_with_comma else None)
        or attributor.passive_agent(context_start, span.open, span.close, context_end)
    )
    if found is not None:
        return found
    if attributor.impersonal_cue_after(span.close, context_end):
        # ``Kern sprach. „...“, heißt es im Bericht``: not Kern's words; ``„...“, hieß es aus
        # dem Ministerium``: the ministry's.
        return attributor.impersonal_origin_after(span.close, context_end)
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
    if colon_before(attributor.masked, context_start, span.open):
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
        # ``... заявила:`` closing the line before a quotation on a line of its own.
        on_line = line_colon_speaker(span.open, para_start, sentences, starts, attributor)
        if on_line is not None:
            return on_line
        # One sentence a line makes a whole article one paragraph: the last speaker stops at
        # a sentence whose subject is another person (``US captain Jim Furyk spoke after the
        # defeat, "..."``), and (German) at speech reported without a cue after a sentence
        # about someone else (``Verteidiger X hatte plädiert. Sein Mandant habe „...“``).
        reported = _reported_continuation(
            span, first, previous, spans, sentences, context_start, context_end, attributor
        )
        if reported is None and _reports_last(
            span, spans[previous], first, sentences, context_start, context_end, attributor
        ):
            return last_speaker
        return (
            reported
            or _embedded(span, context_start, context_end, attributor)
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
            # ``Asked whether the roof should have closed, she shrugged.``
            introduced = attributor.pronoun_subject(low, prev_end)
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
    if is_short(text[span.start : span.end]) and not attributor.cue_index.search(
        context_start, context_end
    ):
        subject = attributor.subject(context_start, span.open) or _embedded(
            span, context_start, context_end, attributor
        )
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
            cued = attributor.cue_index.search(span.close, context_end)
            if found is None and cued is None:
                # ``He warned against reading much into it. "..."``: whose speech the sentence
                # before reports, a pronoun resolved as a cue's is (not a body's report; not
                # when a cue of its own follows the quotation, ``the agent said``).
                found = attributor.before(before_start, before_end)
                if found is not None and attributor.is_organisation(found.name):
                    found = None
            return found or _scored(span, attributor, context_start, context_end, alone=not outside)
        profile = attributor.cues.profile
        if (
            profile is not None
            and reported_speech(attributor.masked, context_start, span.open, profile.code)
            and attributor.cue_index.search(span.close, context_end) is None
        ):
            # ``Verteidiger X hatte auf vier Jahre plädiert. Sein Mandant habe „...“``: speech
            # reported without a cue is that of the person the sentence before opens with
            # (not with a cue after it: ``Er habe „Mut“ bewiesen, sagte Anna Lenz``), else
            # the one its own cue after a comma names (``Die Mieten seien gestiegen, sagte
            # Roth. Das sei „kaum tragbar“``), as :func:`_reported_continuation` reads it.
            found = attributor.subject(before_start, before_end, people_only=True)
            comma = attributor.masked.rfind(",", before_start, before_end)
            if found is None and comma >= 0:
                found = attributor.after(comma, before_end, True)
            return found
    return _scored(span, attributor, context_start, context_end, alone=not outside)


def _scored(
    span: QuoteSpan, attributor: Attributor, low: int, high: int, *, alone: bool = False
) -> Speaker | None:
    """Where no attribution pattern settles a quotation's speaker, the best-scored candidate
    named before it (English: the scorer's features read English words); ``low:high`` is the
    quotation's sentence."""
    if attributor.cues.profile is not None or span.paragraph == 0:
        return None
    if not _prose_line(attributor.text, span):
        return None  # ``Related: '...' pleads guilty``, ``13:40 Minister: '...'``: a heading
    types = attributor.written_speakers(low, span.open, span.close, high)
    if types == ():
        return None  # ``"...," the sign read``: the writer named a source that is no person
    return attributor.scored_speaker(
        span.open,
        (low, high),
        fragment=is_short(attributor.text[span.start : span.end]),
        types=types,
        alone=alone,
    )


#: A line of prose ends as a sentence does: a stop, maybe inside closing marks or brackets.
_SENTENCE_END = re.compile(r"[.!?…:][\"”’'»)\]]*[ \u00a0]*$")


def _prose_line(text: str, span: QuoteSpan) -> bool:
    """Whether the line of ``span`` ends as a sentence does (a heading, a link's title or a
    live blog's key event does not: ``'Not our first rodeo': Springboks name side``)."""
    end = text.find("\n", span.close)
    end = len(text) if end < 0 else end
    return _SENTENCE_END.search(text, max(span.close - 4, end - 8), end) is not None


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


def _embedded(
    span: QuoteSpan, context_start: int, context_end: int, attributor: Attributor
) -> Speaker | None:
    """Another language than English: the subject of the sentence a short quotation without a
    cue is embedded in (``la FEB chiffre le coût à « ... »``; see
    :meth:`.PressReader.embedding_subject`)."""
    if attributor.cues.profile is None or not is_short(attributor.text[span.start : span.end]):
        return None
    if attributor.cue_index.search(context_start, context_end):
        return None
    return attributor.embedding_subject(context_start, span.open)


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
    if back is None or attributor.cue_index.search(next_start, back.start()):
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
def _first_person(code: str | None) -> re.Pattern[str]:
    """Words of the first person in language ``code`` (``[quotes] first_person``: ``we``,
    ``ми``, ``nous``; English's where no language is known), as whole words written in lower
    case or capitalised: ``We``, not the ``US`` of a country; less those that are as often
    another word (``[quotes] first_person_homographs``: a coal ``mine``). Matches nothing in a
    language without them."""
    code = code or "en"
    words = quote_words(code, "first_person") - quote_words(code, "first_person_homographs")
    return re.compile(rf"\b{plain_alternation(words, case='either')}\b")


@functools.cache
def _first_person_titles(code: str | None) -> frozenset[str]:
    """Words of the first person in language ``code`` that are also a title before a name, in
    lower case (French ``Me``, Maître, as in ``Me Dupont``: its ``[people] honorifics``)."""
    code = code or "en"
    return quote_words(code, "first_person") & language(normalize(code)).honorifics


# A sentence's opening: the words before a capitalised first-person word end with one of these
# (quotation marks and brackets stripped), or there are none.
_SENTENCE_OPENERS = frozenset(".!?:;…—–-")
_CAPITALISED_NEXT = re.compile(r"\.?[ \u00a0]+(?=[^\W\d_])")


def _in_first_person(text: str, code: str | None) -> bool:
    """Whether ``text`` speaks in the first person in language ``code`` (:func:`_first_person`).

    A word written in lower case counts wherever it stands; one capitalised only where it opens
    a sentence (``We will ...``), or always where the language writes it so (``[quotes]
    first_person_capitalised``: English ``I``): mid-sentence, ``Tell Me Why`` is a title. A
    capitalised word that is also a title before a capitalised name (French ``Me Dupont``) is
    that title."""
    code = code or "en"
    always = quote_words(code, "first_person_capitalised")
    for found in _first_person(code).finditer(text):
        word = found.group()
        lowered = word.lower()
        if word[:1].islower():
            if lowered not in always:
                return True
            continue
        if lowered in always:
            return True
        before = text[: found.start()].rstrip(" \u00a0\t\n\"'“”«»„(")
        if before and before[-1] not in _SENTENCE_OPENERS:
            continue
        after = _CAPITALISED_NEXT.match(text, found.end())
        if lowered in _first_person_titles(code) and after and text[after.end()].isupper():
            continue
        return True
    return False


@functools.cache
def _first_person_words() -> re.Pattern[str]:
    """English words of the first person (``[quotes] first_person``), as whole words."""
    return re.compile(
        rf"(?<![\w’'])(?:{plain_alternation(quote_words('en', 'first_person'))})(?![\w’'])",
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
    if not reported_speech(masked, context_start, span.open, profile.code):
        return None
    if attributor.cue_index.search(span.close, context_end) is not None:
        return None  # ``Er habe „Mut“ bewiesen, sagte Anna Lenz``: a cue of its own
    found = attributor.subject(before_start, before_end, people_only=True)
    if found is not None:
        return found
    comma = masked.rfind(",", before_start, before_end)
    return attributor.after(comma, before_end, True) if comma >= 0 else None


#: At most this many words of title before the person opening a clause a colon closes.
_COLON_TITLE_WORDS = 3


def _colon_subject(span: QuoteSpan, start: int, attributor: Attributor) -> Speaker | None:
    """The person opening the sentence whose clause a colon closes right before the quotation,
    with no cue (``L'entraîneur nantais X, lui, savourait : « ... »``, ``Y jubelte: „...“``):
    theirs the words (other languages; a cue there is read by its own rules)."""
    if attributor.cues.profile is None or span.open <= start:
        return None
    masked = attributor.masked
    clause = masked[start : span.open].rstrip(" \u00a0")
    if not clause.endswith(":") or "§" in clause:
        return None
    colon = start + len(clause) - 1
    if attributor.cue_index.search(start, colon) is not None:
        return None
    subject = attributor.subject(start, colon, people_only=True)
    if subject is not None:
        return subject
    # ``L'entraîneur nantais X, lui, savourait``: the one person, after a few words of title
    # (no opening phrase: ``После матча, Сергея Карпина похвалил министр`` is an object).
    people = [m for m in attributor.within(start, colon) if m.type == "person"]
    if len(people) != 1:
        return None
    title = masked[start : people[0].start]
    if len(title.split()) > _COLON_TITLE_WORDS or any(mark in title for mark in ",;"):
        return None
    last_word = title.split()[-1].lower() if title.split() else ""
    if last_word in language(attributor.cues.profile.code).stopwords:
        return None  # after a preposition the person is no subject (``El abogado de X``)
    person = people[0]
    written = attributor.text[person.start : person.end]
    if written.split()[-1] != person.name.split()[-1]:
        return None  # a declined name is no subject (``Министр похвалил Сергея Карпина:``)
    role = attributor.role_of(person.name, person.end)
    if title.strip() and role is None and not masked[person.end : colon].strip():
        # the name closing the clause after words that are not its title is its object
        # (``Die Polizei befragte X:``), not its subject (``Il capitano USA X ha dichiarato:``)
        return None
    return Speaker(person.name, written, person.start, person.end, ":", role=role)


def _reports_last(
    span: QuoteSpan,
    last: QuoteSpan,
    first: int,
    sentences: list[tuple[int, int, int]],
    context_start: int,
    context_end: int,
    attributor: Attributor,
) -> bool:
    """Whether a sentence with no cue reports the speech of the last quotation's speaker, whose
    quotation stands in the sentence before (``„...“, sagte der Trainer. Müller sei „viel
    stärker“``; ``[quotes] reported_speech_verbs``): the person it is about is not who speaks."""
    profile = attributor.cues.profile
    if profile is None or first == 0 or sentences[first - 1][2] != sentences[first][2]:
        return False
    if last.open < sentences[first - 1][0]:
        return False
    masked = attributor.masked
    return (
        reported_speech(masked, context_start, span.open, profile.code)
        and attributor.cue_index.search(context_start, span.open) is None
        and attributor.cue_index.search(span.close, context_end) is None
    )


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


def _words_key(text: str, span: QuoteSpan) -> str:
    """The words of the quotation ``span``, lower-cased, one space between them."""
    return " ".join(_NON_WORD.sub(" ", text[span.start : span.end].lower()).split())


#: What ends a sentence or a paragraph between a quotation and its speaker's cue.
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _cued_in_sentence(text: str, span: QuoteSpan, speaker: Speaker | None) -> bool:
    """Whether the speaker of the quotation ``span`` was read from a verb of speech in the
    quotation's own sentence (``"We can win," she said``, ``dijo Lucía Vidal: «...»``), not
    carried over from a sentence before."""
    if speaker is None or speaker.cue is None:
        return False
    if speaker.start >= span.close:
        between = text[span.close : speaker.start]
    elif speaker.end <= span.open:
        between = text[speaker.end : span.open]
    else:
        return False
    return _SENTENCE_BREAK.search(between) is None


def _work_titles(text: str, spans: list[QuoteSpan], code: str | None) -> frozenset[str]:
    """The words (:func:`_words_key`) of the quotations the words before them set as a
    work's title (:func:`titled_work`)."""
    return frozenset(_words_key(text, s) for s in spans if titled_work(text, s, code))


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
    paragraphs: Sequence[tuple[int, int]],
    named: frozenset[str],
    speech: Callable[[int], bool] | None = None,
) -> set[int]:
    """A quotation in the headline (a first line with no sentence end) or in a subheading (a
    paragraph of one line with no sentence end: ``'Total chaos'``) found there with no cue
    takes the speaker of the first attributed quotation after it holding all its words:
    ``Brexit: UK 'would forever regret' losing carmakers`` quotes ``The UK "would regret it
    forever" ..., Business Secretary Greg Clark has said``. So does one whose cue in the
    heading names none of ``named`` (the names of the article's people and places:
    ``governor calls it 'a down payment'``, ``Union says drivers are 'exhausted'``) or a
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
    page_lines: set[int] = set()  # the quotations on a heading line inside a paragraph
    for index, span in enumerate(spans):
        at = span.paragraph
        if index in headings or at >= len(paragraphs):
            continue
        if text.find("\n", paragraphs[at][0], span.open) >= 0:
            # A scraped page's lines make one paragraph: its headline is a line with no
            # sentence end under the masthead and the section path (``Dinant: le pont fermé,
            # les commerçants craignent “un hiver noir”``); its cue would be on that line. A
            # line of text wrapped at a width is none (it opens or leads on in lower case).
            line = page_heading_bounds(text, span)
            if line is not None:
                headings[index] = (line[0], line[1], line[1])
                page_lines.add(index)
                continue
        if at <= 0:
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
            speaker is not None
            and (
                speaker.cue is not None
                # A page's line labels its speaker with no cue (``Hollins: '...'``; not
                # ``Lorient : les commerçants redoutent « ... »``, the place the line is about).
                or (
                    index in page_lines
                    and speaker.end <= spans[index].open
                    and not text[speaker.end : spans[index].open].strip(" \u00a0:")
                )
            )
            and own_start <= speaker.start < own_end
        )
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
                # One word of a page's line echoes a quotation of just that word, not any
                # holding it (``after "racist" text`` over ``We're not racist people``).
                and (len(words) > 1 or index not in page_lines or words == body[position][1])
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
                        if not heading_line(text, spans[other_index]) and not speech(other_index)
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
            and not _echo_names(speaker, found, named)
        ):
            continue  # the heading's own cue names a person the body does not name more fully
        if found is not None and own and speaker is not None:
            # Who said it changes, not where the heading's cue is: whether it is speech stays
            # as its own words tell (``'Salt Road' director says ...``: a title).
            # (the heading's role stays where the body's words of the same person give none:
            # ``Директорка X Ольга Ткаченко: «...»`` over an interview's answer)
            role = found.role or (speaker.role if found.name == speaker.name else None)
            speakers[index] = attrs.evolve(
                speaker, name=found.name, role=role, anonymous=found.anonymous
            )
        elif found is not None:
            speakers[index] = found
            echoed.add(index)
    return echoed


def _echo_names(own: Speaker, echo: Speaker, named: frozenset[str]) -> bool:
    """Whether the body's speaker ``echo`` of a heading's quotation replaces the heading's own
    ``own``: when ``own`` is no person or place of ``named`` (a role, a body, an unnamed
    source; ``named`` holds their shorter forms too: a heading's ``Hollins:`` is Rachel
    Hollins, not a role the body gives), or a shorter form of ``echo``'s name (``Nic Giolla
    Bhríde`` for ``Aoife Nic Giolla Bhríde``)."""
    return (
        own.anonymous
        or own.name not in named
        or echo.name == own.name
        or echo.name.endswith(" " + own.name)
    )


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
    code = found.document.language
    if match and _in_first_person(paragraph[: match.start()], code):
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
        if all(w[:1].isupper() or w in _SIGNATURE_LINKS for w in tail.split()):
            body_end = last.start
            while body_end > start and text[body_end - 1].isspace():
                body_end -= 1
            if body_end > start and _in_first_person(text[start:body_end], code):
                speaker = Speaker(
                    last.name, text[last.start : last.end], last.start, last.end, None
                )
                return [_annotation(text, start, body_end, speaker, quoted=False,
                                    date=found.published.at(start))]  # fmt: skip
    return []


def _in_nominative(speaker: Speaker | None, code: str | None) -> Speaker | None:
    """``speaker`` (a named one) with its name and its role put in the nominative by the
    language's analyser, where it reads them."""
    if speaker is None:
        return None
    if speaker.anonymous:
        return speaker  # (``джерела в уряді``: an unnamed source may be several)
    name = gz.nominative_person(speaker.name, code)
    role = nominative_role(speaker.role, code) if speaker.role else None
    if (name is None or name == speaker.name) and (role is None or role == speaker.role):
        return speaker
    return attrs.evolve(speaker, name=name or speaker.name, role=role or speaker.role)


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


_first_person_words()


# (A language data file reloaded is read again.)
on_reload(_first_person_words.cache_clear)
on_reload(_first_person.cache_clear)
on_reload(_first_person_titles.cache_clear)
