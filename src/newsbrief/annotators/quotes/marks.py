"""Finding quotations: pairing straight and curly quotation marks paragraph by paragraph.

Double marks (``"``, ``“ ”``, ``„``, ``« »``) are paired first; single marks (``‘ ’``, ``'``)
count as quotation marks only where an apostrophe cannot be (``‘`` after a space; a closing ``’``
not followed by a letter), and only outside double quotes. A paragraph that opens a double quote
without closing it runs to its end; when the next paragraph opens with a quotation mark, that
paragraph continues the same quotation (the convention for quotes spanning paragraphs). Text
split one sentence a line loses that convention: a quotation left open runs on over paragraphs
without double marks until one closes it (``... lie."``), and a straight mark opening on a later
line of a paragraph ends the one left open at the line before. A straight mark after a word
with no word after it opens nothing (``Waters" office``); one before a word inside an open
straight quotation opens a quotation inside it.

Other languages pair marks by their own conventions (``[quotes] pairs`` in the language home):
an opening mark closes only with its own closing marks, so German ``„...“`` and ``»...«``,
French ``« ... »`` (spaces inside) and ``‹ ... ›``, Ukrainian ``«...»`` with ``„...“`` inside all
pair; a mark that closes in one language may open in another (``»``, ``“``). English keeps the
rules above unchanged.
"""

from __future__ import annotations

import bisect
import operator
import re
from functools import cache

import attrs

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.languages import language as language_of
from newsbrief.languages import normalize, on_reload

_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_STRAIGHT = '"'
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_OPENERS = _DOUBLE_OPEN + _SINGLE_OPEN + _STRAIGHT + "'`"
#: AP wire copy writes double quotation marks as two single ones: curly (``‘‘...’’``) or, in
#: ASCII wire and TeX-style copy, two grave accents and two apostrophes (````...''``).
AP_OPEN, AP_CLOSE = ("‘‘", "``"), ("’’", "''")
#: One space, then the word after it (read after a closing mark or a name: ``"..." label``).
NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_][\w’'\-]*)")


@cache
def _any_of(characters: str) -> re.Pattern[str]:
    """A pattern finding any of ``characters``: the scans below visit only the marks, since no
    other character changes their state (a paragraph is mostly words)."""
    return re.compile(f"[{re.escape(''.join(sorted(set(characters))))}]")


#: Every character :func:`_paragraph_quotes` acts on (the AP pairs start with single marks).
_ENGLISH_MARKS = _DOUBLE_OPEN + _DOUBLE_CLOSE + _STRAIGHT + _SINGLE_OPEN + _SINGLE_CLOSE + "'"
#: The marks :func:`_paragraph_quotes` may act on: an apostrophe inside a word (``it’s``,
#: ``it's``: a letter or digit after it and, for ``'``, before it) changes nothing there (it
#: neither opens, closes nor pairs as AP's ``’’``), and is most of the marks of an article.
#: (One character class first, then the look-arounds: an alternation would be tried at every
#: position of the text.)
_ENGLISH_MARK = re.compile(
    r"[“”„«»\"‘’'`](?:(?<=[“”„«»\"‘])|(?<=’)(?![^\W_])|(?<=')(?:(?<![^\W_]')|(?![^\W_]))"
    r"|(?<=`)(?=`))"
)


#: Every character :data:`_ENGLISH_MARK` may match.
_ENGLISH_MARK_CHARACTERS = "“”„«»\"‘’'`"


class _MarkIndex:
    """Where a text's marks are, found by one scan of the whole text and read paragraph by
    paragraph (a scan per paragraph cost a call each; most paragraphs hold no mark)."""

    def __init__(self, text: str, marks: Marks | None) -> None:
        self.text = text
        #: The pattern of ``marks`` (``None``: English, :data:`_ENGLISH_MARK`).
        self.any_mark = _any_of(marks.every) if marks is not None else None
        characters = _ENGLISH_MARK_CHARACTERS if marks is None else marks.every
        pattern = _ENGLISH_MARK if self.any_mark is None else self.any_mark
        # A text without any of the characters (many are) is not scanned: a character class
        # tried at every position costs more than a search for each character.
        #: Whether the text holds any of the marks' characters.
        self.any = any(character in text for character in characters)
        self.positions = [mark.start() for mark in pattern.finditer(text)] if self.any else []

    def within(self, start: int, end: int) -> list[int]:
        """The marks in ``text[start:end]``, as a scan of that range alone finds them: for
        English those of :data:`_ENGLISH_MARK` (and a straight mark opening the paragraph, which
        counts as after a space), else those of ``any_mark``."""
        positions, text = self.positions, self.text
        found = positions[bisect.bisect_left(positions, start) : bisect.bisect_left(positions, end)]
        if self.any_mark is not None:
            return found  # (one character, no look-around: the same over any range)
        last = end - 1
        if last >= start and text[last] in _ENGLISH_MARK_CHARACTERS:
            # The look-ahead after a paragraph's last character reads no further than the
            # paragraph: that mark is judged as a scan of the paragraph alone judges it.
            bounded = _ENGLISH_MARK.match(text, last, end) is not None
            held = bool(found) and found[-1] == last
            if bounded and not held:
                found.append(last)
            elif held and not bounded:
                found.pop()
        if text.startswith("'", start) and (not found or found[0] != start):
            found.insert(0, start)  # the paragraph's first character counts as after a space
        return found


# Punctuation that may precede an opening single mark (besides spaces).
_BEFORE_OPEN = " \u00a0\t\n([{—–-:;/"


@attrs.frozen
class QuoteSpan:
    """One quotation (or one paragraph of a quotation that spans several)."""

    #: Offset of the opening mark.
    open: int
    #: One past the closing mark (the paragraph end when the quotation runs on).
    close: int
    #: First code point of the quoted words.
    start: int
    #: One past the last quoted word (a trailing comma and spaces left out).
    end: int
    #: Index of the paragraph holding it.
    paragraph: int
    #: Whether it continues a quotation left open by the previous paragraph.
    continues: bool = False
    #: Whether it is left open at the end of its paragraph.
    runs_on: bool = False
    #: Whether it is an interview's answer (see :func:`_interview_answers`): the interviewee's.
    turn: bool = False
    #: Its place in an exchange of dash lines (see :func:`_exchange_lines`): the run's number
    #: and the line's in the run; and whether no incise attributes its line (its speaker is
    #: then the one of the turn two lines before or after, the exchange alternating).
    exchange: tuple[int, int] | None = None
    unattributed: bool = False


@attrs.frozen
class Marks:
    """The quotation marks of one language: each opening mark -> the marks that close it."""

    #: Double marks (``«`` -> ``»``, ``„`` -> ``“”``), paired anywhere.
    double: dict[str, str]
    #: Single marks (``‚`` -> ``‘``, ``‹`` -> ``›``), paired only where an apostrophe cannot be.
    single: dict[str, str]
    #: The language's speech verbs when its press sets speech off with dialogue dashes (``—
    #: Мы готовы, — сказал он.``: ``[quotes] conventions`` has ``dialogue_dash``), else empty.
    dialogue: frozenset[str] = frozenset()
    #: The words of a line naming a page an interview (``[quotes] interview_headings``).
    interview: frozenset[str] = frozenset()
    #: The verbs of an inverted incise attributing a dash line's speech after a comma, a
    #: question or exclamation mark (``— Où va-t-il ? demande-t-elle.``: ``[quotes]
    #: conventions`` has ``dialogue_incise``), else empty; and the object pronouns that may
    #: stand before such a verb or a dash's verb of speech (``lui demande le président``,
    #: ``—le preguntó la jueza``).
    incise: frozenset[str] = frozenset()
    incise_pronouns: frozenset[str] = frozenset()
    #: The auxiliaries an incise's verb may be (``a-t-il lancé``), and the participles of
    #: speech one must be followed by (``Aussi, a-t-il fallu attendre`` is no incise).
    incise_auxiliaries: frozenset[str] = frozenset()
    incise_participles: frozenset[str] = frozenset()
    #: The words after which an incise's verb is a noun (``[quotes] noun_complement_links``:
    #: ``– Lundi, annonce du plan``), and the short words that may open its inverted subject
    #: (articles, determiners, adverbs: ``lance alors la juge``); any other lower-case word of
    #: four letters or more makes it a noun too (``annonce faite lundi``).
    noun_links: frozenset[str] = frozenset()
    subject_openers: frozenset[str] = frozenset()
    #: The subject pronouns joined to an incise's verb inside the marks (``, dit-il``:
    #: ``[quotes] incise_subjects``).
    incise_subjects: frozenset[str] = frozenset()
    #: Where an incise takes a dash too, the words of questioning (``[quotes]
    #: questioning_words``: ``interrogó``) the line introducing an exchange of dash lines
    #: attributed nowhere must hold (see :func:`_exchange_lines`); empty elsewhere.
    questioning: frozenset[str] = frozenset()

    @property
    def openers(self) -> str:
        """Every opening mark."""
        return "".join(self.double) + "".join(self.single)

    @property
    def every(self) -> str:
        """Every mark, opening or closing."""
        return "".join(k + v for table in (self.double, self.single) for k, v in table.items())


_BASE_DOUBLE = {"“": "”", "„": "“”", "«": "»", '"': '"'}
_BASE_SINGLE = {"‘": "’'", "'": "'"}
_SINGLE_MARKS = "‚‘’‹›'"


@cache
def marks_for(language: str | None) -> Marks | None:
    """The marks of ``language`` (``[quotes] pairs`` added to the usual ones); ``None`` for
    English, whose rules are this module's own."""
    code = normalize(language)
    if code in ("en", "und"):
        return None
    double = dict(_BASE_DOUBLE)
    single = dict(_BASE_SINGLE)
    lang = language_of(code)
    for opening, closing in lang.quote_pairs:
        table = single if opening in _SINGLE_MARKS else double
        table[opening] = "".join(dict.fromkeys(table.get(opening, "") + closing))
    conventions = lang.words("quotes", "conventions")
    dialogue = lang.speech_verbs if "dialogue_dash" in conventions else frozenset()
    incise = (
        lang.speech_verbs | lang.words("quotes", "after_cues")
        if "dialogue_incise" in conventions
        else frozenset()
    )
    return Marks(
        double,
        single,
        frozenset(dialogue),
        lang.words("quotes", "interview_headings"),
        frozenset(incise),
        lang.words("quotes", "object_pronouns") if incise or dialogue else frozenset(),
        lang.words("quotes", "auxiliaries") if incise else frozenset(),
        lang.speech_verbs
        | lang.words("quotes", "auxiliary_participles")
        | lang.words("quotes", "after_participles")
        if incise
        else frozenset(),
        lang.words("quotes", "noun_complement_links") if incise else frozenset(),
        frozenset(
            word
            for key in (
                "definite_articles",
                "indefinite_articles",
                "plural_articles",
                "elided_articles",
                "role_apposition_determiners",
                "skippable",
                "object_pronouns",
            )
            for word in lang.words("quotes", key)
        )
        | {str(word).lower() for word in lang.table("quotes", "demonstratives")}
        if incise
        else frozenset(),
        lang.words("quotes", "incise_subjects") if incise else frozenset(),
        frozenset(w.lower() for w in lang.words("quotes", "questioning_words"))
        if dialogue and not incise
        else frozenset(),
    )


def find_quotes(
    text: str, paragraphs: list[tuple[int, int]], language: str | None = None
) -> list[QuoteSpan]:
    """Every quotation in the ``(start, end)`` paragraphs of ``text``, in text order, by the
    quotation marks of ``language`` (English when ``None``)."""
    marks = marks_for(language) if language else None
    openers = marks.openers if marks is not None else _OPENERS
    found: list[QuoteSpan] = []
    carried = carried_single = False
    # Paragraphs without double marks since an English quotation was left open, with their
    # marks: inside that quotation when a later one closes it, read on their own otherwise.
    gap: list[tuple[int, list[int]]] = []
    marks_at = _MarkIndex(text, marks)
    if not marks_at.any and (marks is None or not marks.dialogue):
        return []  # (every paragraph without a mark: no quotation, nothing left open)
    for index, (start, end) in enumerate(paragraphs):
        at = marks_at.within(start, end)
        double = next((i for i in at if _double_at(text, i)), None) if at else None
        if not at or (carried and marks is None and double is None):
            # Text split one sentence a line leaves a quotation open over lines without
            # marks: kept until a line closes it.
            if carried and marks is None and len(gap) < _RUN_ON_LINES:
                gap.append((index, at))
                continue
            found.extend(_gap_quotes(text, paragraphs, gap))
            carried = carried_single = False
            gap = []
            if not at:
                if marks is not None and marks.dialogue:
                    spoken = _dialogue(text, start, end, index, marks)
                    found.extend(spoken)
                    found.extend(_dialogue_lines(text, start, end, index, marks, marks_at, spoken))
                continue  # no quotation here (most paragraphs)
        if not carried and marks is not None and marks.dialogue:
            # ``— Ми відновимо «Укрзалізницю», — сказав він``: a name in marks inside
            # dialogue; the dialogue's speech is the quotation.
            spoken = _dialogue(text, start, end, index, marks)
            if spoken and all(any(s.open <= i < s.end for s in spoken) for i in _quoting(text, at)):
                found.extend(spoken)
                continue
        first = _first_char(text, start, end)
        head: list[QuoteSpan] = []
        if (
            carried
            and marks is None
            and first is not None
            and double is not None
            and _closes_first(text, double, start, end)
        ):
            # ``... lie."`` closing the quotation the lines before left open (single marks
            # before it are apostrophes or quotations inside it).
            head = [_run_on(text, *paragraphs[g], g) for g, _ in gap]
            head.append(_run_on(text, first, double, index, closed=True))
            start, at = double + 1, [i for i in at if i > double]
        else:
            found.extend(_gap_quotes(text, paragraphs, gap))
        # ``«...`` left open, then ``»...»``: the Spanish and older French convention reopens
        # a quotation over paragraphs with its closing mark.
        reopen = (
            first
            if marks is not None
            and carried
            and not gap
            and first is not None
            and found
            # (a quotation reopened so is closed by the same mark: ``»...`` then ``»...»``)
            and text[first] in marks.double.get(text[found[-1].open], text[found[-1].open])
            and text[first] not in marks.double
            and text[first + 1 : first + 3].lstrip(" \u00a0\u202f")[:1].isalnum()
            else None
        )
        continues = (
            (carried or carried_single)
            and not gap
            and not head
            and first is not None
            and (text[first] in openers or reopen is not None)
        )
        gap = []
        spans = (
            _paragraph_quotes(
                text,
                start,
                end,
                index,
                at,
                single_runs_on=_opens_single_next(text, paragraphs, index),
            )
            if marks is None
            else _paired_quotes(text, start, end, index, marks, at, reopen=reopen)
        )
        if continues and spans and first is not None and _opens_at(text, spans[0].open, first):
            spans[0] = attrs.evolve(spans[0], continues=True)
        # A single quotation runs on only into a paragraph that opens with a single mark: that
        # paragraph is read as usual (no gap of lines without double marks).
        carried_single = bool(spans) and spans[-1].runs_on and _single_open(text, spans[-1].open)
        carried = bool(spans) and spans[-1].runs_on and not carried_single
        if marks is not None and marks.dialogue:
            lines = _dialogue_lines(text, start, end, index, marks, marks_at, spans)
            if lines:
                spans = sorted([*_outside_lines(spans, lines), *lines],
                               key=operator.attrgetter("open"))  # fmt: skip
        found.extend(head)
        found.extend(spans)
    found.extend(_gap_quotes(text, paragraphs, gap))
    answers = (
        _interview_answers(text, paragraphs, found, marks)
        if marks is not None and marks.dialogue and marks.interview
        else []
    )
    if marks is not None and marks.dialogue:
        found = _exchange_lines(text, paragraphs, found, marks)
    if answers:
        # (an exchange's lines read without an incise are the interviewer's questions or the
        # answers read here: no one's quotation of their own)
        kept = [span for span in _outside(found, answers) if not span.unattributed]
        found = sorted([*kept, *answers], key=operator.attrgetter("open"))
    if marks is not None and marks.incise:
        found = [part for span in found for part in _split_at_incise(text, span, marks)]
    return found


#: How many lines from a page's top an interview heading is looked for (headline, section,
#: heading, byline).
_HEADING_LINES = 6
#: An interview is read from this many answers on (one question and answer may be a scene's).
_INTERVIEW_ANSWERS = 2
#: A page no heading names an interview is read as one from this many answers on (a scene's
#: dialogue has a question and an answer or two).
_UNHEADED_ANSWERS = 3


def interview_page(text: str, headings: frozenset[str]) -> bool:
    """Whether one of the first lines of ``text`` is a heading naming the page an interview
    (``Интервью``, ``ІНТЕРВ'Ю``: a line of that word alone); a street interview, a reportage
    or a story in dialogue has no such line."""
    if not headings:
        return False
    start = 0
    for _ in range(_HEADING_LINES):
        stop = text.find("\n", start)
        line = text[start : len(text) if stop < 0 else stop]
        if line.strip(" \t\u00a0\r.:·|–—-").lower() in headings:
            return True
        if stop < 0:
            break
        start = stop + 1
    return False


def _interview_answers(
    text: str, paragraphs: list[tuple[int, int]], found: list[QuoteSpan], marks: Marks
) -> list[QuoteSpan]:
    """The answers of an interview printed in dialogue form without attribution (``— Что
    самое сложное?`` then ``— Не холод ...``): each line opening with a dash right after a
    line opening with a dash and ending with a question mark, not itself a question and not
    opening with a quotation already read (a quotation inside its words, a song's title, is
    part of the answer, no quotation of its own); from :data:`_INTERVIEW_ANSWERS` answers on a
    page an interview heading names (see :func:`interview_page`), from
    :data:`_UNHEADED_ANSWERS` on any other (``—¿Por qué Ruzafa?`` then ``—Porque es el barrio
    de mi abuela.``, again and again; an answer opening with a quotation counts, though it is
    not read as one), or from :data:`_INTERVIEW_ANSWERS` where the line introducing the
    exchange holds a verb of speech (``Тренер ... ответил на вопросы журналистов.``: a press
    conference's questions; a story's scene is introduced by no such verb). On a page so
    found an interview, a run of dash lines alternates: the dash line after an answer is the
    interviewer's next turn even without a question mark (``—Usted ha dicho que este es su
    disco más político.``), and the line after it an answer. Two passes over the lines at
    most (a page's lines may make one paragraph)."""
    headed = interview_page(text, marks.interview)
    opens = [span.open for span in found]
    answered, turns = _turns(text, paragraphs, opens, alternating=False)
    if turns < _INTERVIEW_ANSWERS:
        return []
    if not headed and turns < _UNHEADED_ANSWERS:
        if not answered:
            return []
        start, stop = introduction(text, answered[0].open)
        if not _named_speaker_speaks(text, start, stop, marks.dialogue):
            return []
    return _turns(text, paragraphs, opens, alternating=True)[0]


def _named_speaker_speaks(text: str, start: int, stop: int, verbs: frozenset[str]) -> bool:
    """Whether a verb of speech of the line ``text[start:stop]`` has a name before it in its
    clause or in a sentence before its own (``Тренер ... Андрій Мельник відповів на
    запитання``, ``Деян Станкович, напротив, жаловался``: the person who answers). A scene's
    verb has someone else as its subject, a name, if any, in a clause of its own (``Когда Анна
    вернулась домой, муж сказал, что ...``, ``Cuando Lucía llegó, el pescador le contó``)."""
    named_before = False
    for sentence in _SENTENCE_END.split(text[start:stop]):
        clauses: list[list[str]] = []
        glued = False
        for clause in _CLAUSE_END.split(sentence):
            words = _WORD.findall(clause)
            if clauses and (glued or len(words) <= 1):
                # (``, напротив,``: a word set off by commas joins the clauses around it)
                clauses[-1].extend(words)
                glued = len(words) <= 1
            else:
                clauses.append(words)
                glued = False
        first = True  # (a sentence's first word is capitalised, a name or not)
        for words in clauses:
            named = named_before
            for word in words:
                if named and word.lower() in verbs:
                    return True
                named = named or (word[:1].isupper() and not first)
                first = False
        every = [word for words in clauses for word in words]
        named_before = named_before or any(word[:1].isupper() for word in every[1:])
    return False


#: A line opening with a dash (an interview's turn).
_TURN_LINE = re.compile(r"[ \t\u00a0]*[—–]")
#: A word of a line.
_WORD = re.compile(r"[^\W\d_]+")
#: The end of a sentence, and of a clause in it.
_SENTENCE_END = re.compile(r"[.!?…]+")
_CLAUSE_END = re.compile(r"[,;:()]")


def introduction(text: str, answer: int) -> tuple[int, int]:
    """The bounds of the line introducing the exchange of dash turns whose answer is at
    ``answer`` (the last line before it opening with no dash and asking no question: a
    question printed plain is the interviewer's turn); ``(0, 0)`` when there is none."""
    stop = text.rfind("\n", 0, answer)
    while stop > 0:
        start = text.rfind("\n", 0, stop) + 1
        if not text[start:stop].strip():
            stop = start - 1  # a blank line between paragraphs introduces nothing
            continue
        if (
            _TURN_LINE.match(text, start, stop) is None
            and _plain_question(text, start, stop, None, False) is None
        ):
            return start, stop
        stop = start - 1
    return 0, 0


def _turns(
    text: str, paragraphs: list[tuple[int, int]], opens: list[int], *, alternating: bool
) -> tuple[list[QuoteSpan], int]:
    """The answers :func:`_turn` reads line by line, and how many lines answered (those
    holding a quotation too)."""
    answers: list[QuoteSpan] = []
    turns = 0
    before: str | None = None
    for index, (start, end) in enumerate(paragraphs):
        line = start
        while line < end:
            newline = text.find("\n", line, end)
            stop = end if newline < 0 else newline
            before = _turn(text, line, stop, index, before, opens, answers, alternating)
            turns += before == "answer"
            line = stop + 1
    return answers, turns


def _turn(
    text: str,
    start: int,
    end: int,
    index: int,
    before: str | None,
    opens: list[int],
    answers: list[QuoteSpan],
    alternating: bool,
) -> str | None:
    """Reads the line ``text[start:end]`` as an interview's turn, the line before being
    ``before``: an answer, after a question, is added to ``answers`` (unless it holds a
    quotation already read). Its kind: ``"question"``, ``"answer"``, or ``None`` when it is
    no turn; ``alternating``, a dash line after an answer is a question."""
    dash = _DASH_LINE.match(text, start, end)
    if dash is None:
        return _plain_question(text, start, end, before, alternating)
    opening = _DIALOGUE_OPEN.match(text, start, end)
    stop = end
    while stop > dash.end() and text[stop - 1] in " \u00a0\t\r":
        stop -= 1
    if text[dash.end() : stop].endswith(("?", "?»", "?”", '?"')):
        return "question"
    if before != "question":
        return "question" if alternating and before == "answer" else None
    at = bisect.bisect_left(opens, start)
    if opening is not None:
        span = _dialogue_span(text, opening.end() - 1, opening.end(), stop, index)
        # A quotation inside the answer's words (a song's title, words the interviewee repeats)
        # is part of the answer; one opening it (``—«...», le dije.``) is read as it was.
        quoted = at < len(opens) and opens[at] <= span.start
        if not quoted and span.end > span.start and _has_words(text, span):
            answers.append(attrs.evolve(span, turn=True))
    return "answer"


#: The longest line without a dash read as an interviewer's remark between two answers.
_REMARK_LENGTH = 160


def _plain_question(
    text: str, start: int, end: int, before: str | None, alternating: bool
) -> str | None:
    """Reads a line with no dash as an interviewer's turn: many interviews print the
    questions plain (set in bold on the page) and only the answers after a dash
    (``Почему именно эта опера?`` over ``— Это опера о прозрении``): ``"question"`` for a
    line ending with a question mark; ``alternating``, also for a short line right after an
    answer (``Говорят, репетиции у вас длятся по шесть часов.``); else ``None``. Before any
    answer, the line must be one short question: a statement before it (``La présidente,
    Anne Roux, l'a longuement interrogé. Comment en est-il arrivé là ?``) makes it a
    paragraph of the article, perhaps the one introducing the exchange; after an answer, a
    question may follow its remark (``Зимой здесь минус пятьдесят. Как деревья выживают?``)."""
    line = text[start:end].strip(" \t\u00a0\r")
    if not line:
        return None
    if line.endswith(("?", "?»", "?”", '?"')) and (before == "answer" or _one_question(line)):
        return "question"
    if alternating and before == "answer" and len(line) <= _REMARK_LENGTH:
        return "question"
    return None


#: A sentence's end inside a line: its mark, then a capital opening the next sentence.
_INNER_SENTENCE_END = re.compile(r"[.!?…]+[»”\"]?[ \t\u00a0]+(?=[^\W\d_])")


def _one_question(line: str) -> bool:
    """Whether ``line`` (ending with a question mark) is one short question: no longer than
    :data:`_REMARK_LENGTH`, no sentence ending inside it."""
    return len(line) <= _REMARK_LENGTH and not any(
        line[found.end()].isupper() for found in _INNER_SENTENCE_END.finditer(line)
    )


def _outside(found: list[QuoteSpan], answers: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotations of ``found`` not inside an interview's answer (both in text order)."""
    kept: list[QuoteSpan] = []
    at = 0
    for span in found:
        while at < len(answers) and answers[at].end < span.open:
            at += 1
        if at < len(answers) and answers[at].start <= span.open and span.close <= answers[at].end:
            continue
        kept.append(span)
    return kept


_DOUBLE_MARKS = _DOUBLE_OPEN + _DOUBLE_CLOSE + _STRAIGHT


def _opens_single_next(text: str, paragraphs: list[tuple[int, int]], index: int) -> bool:
    """Whether the paragraph after ``index`` opens with a single quotation mark (British
    copy continues a single quotation over paragraphs so)."""
    if index + 1 >= len(paragraphs):
        return False
    start, end = paragraphs[index + 1]
    first = _first_char(text, start, end)
    return (
        first is not None
        and text[first] in "‘'"
        and not text.startswith(AP_OPEN, first)
        and _opens_single(text, first, first, end)
    )


def _single_open(text: str, opened: int) -> bool:
    """Whether the quotation opened at ``opened`` opened with a single mark (not AP's ``‘‘``)."""
    return text[opened] in "‘'" and not text.startswith(AP_OPEN, opened - 1)


def _double_at(text: str, i: int) -> bool:
    """Whether the mark at ``i`` is a double one (AP's ``‘‘`` and ``’’`` count)."""
    return text[i] in _DOUBLE_MARKS or text.startswith(AP_OPEN + AP_CLOSE, i)


def _grave_accents_close(text: str, i: int, end: int) -> bool:
    """Whether the ASCII opening marks at ``i`` (two grave accents) are closed by two
    apostrophes before the paragraph's next pair of accents (````make test```` is code, and a
    lone pair opens nothing); true of AP's curly ``‘‘``. Each search stops at the next pair:
    the paragraph is read once, however many pairs it holds."""
    if text[i] != "`":
        return True
    following = text.find("``", i + 2, end)
    stop = end if following < 0 else following
    return any(text.find(close, i + 2, stop) >= 0 for close in AP_CLOSE)


def _opens_at(text: str, opened: int, first: int) -> bool:
    """Whether a quotation opened at ``opened`` opens at the paragraph's first character
    ``first`` (AP's ``‘‘`` opens at its second mark)."""
    return opened == first or (opened == first + 1 and text.startswith(AP_OPEN, first))


def _gap_quotes(
    text: str, paragraphs: list[tuple[int, int]], gap: list[tuple[int, list[int]]]
) -> list[QuoteSpan]:
    """The quotations of paragraphs kept for a quotation left open that no later paragraph
    closed, each read on its own (single marks only: double ones would have ended the gap)."""
    found: list[QuoteSpan] = []
    for index, at in gap:
        if at:
            found.extend(_paragraph_quotes(text, *paragraphs[index], index, at))
    return found


#: At most this many lines without marks may lie inside a quotation left open.
_RUN_ON_LINES = 6


#: A line closing a quotation whose opening mark was lost holds at least this many words.
_LOST_OPENING_WORDS = 3


def _lost_opening(text: str, first: int, i: int, end: int) -> bool:
    """Whether the mark at ``i``, its paragraph's first, closes a quotation whose opening mark
    was lost: a closing mark right after a stop or a comma (``there,"``, ``world."``; an
    apostrophe printed as a mark follows a letter: ``Waters" office``), with no word after it
    and a few words before it from the paragraph's first character ``first``."""
    if text[i - 1] not in ".,!?" or not (text[i] == "”" or _stray_straight(text, i, first, end)):
        return False
    return len(text[first:i].split(None, _LOST_OPENING_WORDS)) >= _LOST_OPENING_WORDS


def _lines_after(text: str, spans: list[QuoteSpan], line: int, paragraph: int) -> list[QuoteSpan]:
    """The lines without marks between the last quotation of ``spans`` and the line at
    ``line`` closing one whose opening mark was lost (``"...," said Bjorn ...`` then lines of
    his words up to ``... world."``), at most :data:`_RUN_ON_LINES`; none when no quotation
    closed on the line before them."""
    if not spans or spans[-1].runs_on:
        return []
    first = text.find("\n", spans[-1].close, line) + 1
    if first <= 0 or first >= line:
        return []
    lines: list[QuoteSpan] = []
    while first < line and len(lines) < _RUN_ON_LINES:
        stop = text.find("\n", first, line)
        if stop < 0:
            break
        if text[first:stop].strip():
            lines.append(_run_on(text, first, stop, paragraph))
        first = stop + 1
    return [] if first < line else lines


def _closes_first(text: str, i: int, start: int, end: int) -> bool:
    """Whether the mark at ``i``, a paragraph's first, can only close a quotation (``”``; a
    straight mark after a word or a stop with no word after it)."""
    if text[i] == "”":
        return True
    return text[i] == _STRAIGHT and _stray_straight(text, i, start, end)


def _stray_straight(text: str, i: int, start: int, end: int) -> bool:
    """Whether the straight mark at ``i`` cannot open a quotation: it follows a word or a stop
    and no word follows it (``Waters" office``, ``lie."``)."""
    if i == start or text[i - 1].isspace() or text[i - 1] in _BEFORE_OPEN:
        return False
    return i + 1 >= end or not (text[i + 1].isalnum() or text[i + 1] in _OPENERS + "([")


def _run_on(text: str, start: int, end: int, paragraph: int, *, closed: bool = False) -> QuoteSpan:
    """A line of a quotation left open before it: from its first word to ``end`` (its closing
    mark when ``closed``)."""
    span = _span(text, start - 1, end + 1 if closed else end, paragraph, runs_on=not closed)
    return attrs.evolve(span, open=start, continues=True)


def _first_char(text: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not text[i].isspace():
            return i
    return None


def _paragraph_quotes(
    text: str, start: int, end: int, paragraph: int, at: list[int], *, single_runs_on: bool = False
) -> list[QuoteSpan]:
    """The quotations of one paragraph, English rules; ``at``: where its marks are
    (:class:`_MarkIndex`). A single quotation left open runs on to the paragraph's end when
    ``single_runs_on`` (the next paragraph opens with a single mark); it is dropped otherwise."""
    spans: list[QuoteSpan] = []
    opened: int | None = None  # offset of an open double mark
    single: int | None = None  # offset of an open single mark
    skip = -1  # the second mark of an AP double (``‘‘`` or ``’’``)
    nested = 0  # straight quotations open inside the open one
    line_continues = False  # the open quotation continues one from the line before
    last_break, scanned = -1, start  # the last line break before the mark (read once)
    previous, current = -1, -1  # the mark before this one, and this one
    for i in at:
        c = text[i]
        previous, current = current, i
        found_break = text.rfind("\n", scanned, i)
        if found_break >= 0:
            last_break = found_break
        scanned = i
        if i == skip or (c == _STRAIGHT and _inside_word(text, i, start, end)):
            continue  # ``coup d"état``: a straight mark between letters is a slipped apostrophe
        if (
            single is None
            and opened is not None
            and text.startswith(AP_CLOSE, i)
            and (text[i] != "'" or text[opened] == "`")
        ):
            # AP's ``’’`` closes a double quotation (it would otherwise run on into the next);
            # two apostrophes close only accents' (``"a 65'' screen"``: inches, inside one).
            spans.append(attrs.evolve(_span(text, opened, i + 1, paragraph), close=i + 2))
            opened, skip = None, i + 1
            continue
        if (
            single is None
            and opened is None
            and text.startswith(AP_OPEN, i)
            and _opens_single(text, i, start, end) is False
            and (i == start or text[i - 1] in _BEFORE_OPEN)
            and _grave_accents_close(text, i, end)
        ):
            opened, skip = i + 1, i + 1  # AP's ``‘‘`` opens one
            continue
        if single is not None:
            if c in "’'" and _closes_single(text, i, end):
                spans.append(_span(text, single, i + 1, paragraph))
                single = None
            continue
        if opened is not None:
            line_end = last_break
            if line_end > opened and c in '“"' and _opens_straight(text, i, start, end):
                # One sentence a line: a quotation opening on a later line ends the one left
                # open at the line before; one opening that line continues it.
                spans.append(_span(text, opened, line_end, paragraph, runs_on=True))
                opened, nested, line_continues = i, 0, _opens_line(text, i, start)
                continue
            if c == _STRAIGHT and text[opened] == _STRAIGHT:
                # Straight marks nest (``"The U.S. insists on the "denuclearization-first"
                # and ..."``): a mark opening before a word opens an inner quotation.
                if _opens_straight(text, i, start, end):
                    nested += 1
                    continue
                if nested:
                    nested -= 1
                    continue
            if c in _DOUBLE_CLOSE or c == _STRAIGHT:
                span = _span(text, opened, i + 1, paragraph)
                if line_continues:
                    span = attrs.evolve(span, continues=True)
                spans.append(span)
                opened, line_continues = None, False
            continue
        if c in _DOUBLE_OPEN or (c == _STRAIGHT and not _stray_straight(text, i, start, end)):
            opened = i
        elif c in "‘'" and _opens_single(text, i, start, end):
            single = i
        elif c in '"”' and previous < max(last_break, start - 1) < i:
            line = max(last_break + 1, start)
            if _lost_opening(text, line, i, end):
                # ``There are more than 300,000 people living there," the Red Cross said``:
                # the line's first mark closes a quotation whose opening mark was lost.
                spans.extend(_lines_after(text, spans, line, paragraph))
                spans.append(_run_on(text, line, i, paragraph, closed=True))
    if single is not None and single_runs_on:
        span = _span(text, single, end, paragraph, runs_on=True)
        if span.end > span.start:
            spans.append(span)
    if opened is not None:
        span = _span(text, opened, end, paragraph, runs_on=True)
        if line_continues:
            span = attrs.evolve(span, continues=True)
        if span.end > span.start:
            spans.append(span)
    return [span for span in spans if _has_words(text, span)]


def _inside_word(text: str, i: int, start: int, end: int) -> bool:
    """Whether the mark at ``i`` stands between two letters as an apostrophe would (``d"état``,
    ``O"Brien``, ``they"ve``): no quotation mark, an apostrophe mistyped. One side must be an
    apostrophe's short side: two letters at most before it, or two lower-case letters at most
    after it; between two longer words a space was lost (``said"We will``, ``done"said``)."""
    if not (start < i < end - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()):
        return False
    # Three letters on each side at most are read (bounded whatever the words' length).
    before = text[max(start, i - 3) : i]
    after = text[i + 1 : min(end, i + 4)]
    short_before = not (len(before) == 3 and before.isalpha())
    short_after = not (len(after) == 3 and after.isalpha())
    return short_before or (short_after and after[:1].islower())


def _opens_straight(text: str, i: int, start: int, end: int) -> bool:
    """Whether the straight mark at ``i`` can only open: after a space (or the paragraph's
    start, an opening bracket or a dash) and before a word."""
    before = text[i - 1] if i > start else " "
    return before in _BEFORE_OPEN and i + 1 < end and text[i + 1].isalnum()


def _opens_line(text: str, i: int, start: int) -> bool:
    """Whether the mark at ``i`` opens a line (a line break and spaces before it)."""
    j = i - 1
    while j >= start and text[j] in " \t\u00a0":
        j -= 1
    return j >= start and text[j] == "\n"


def _paired_quotes(
    text: str,
    start: int,
    end: int,
    paragraph: int,
    marks: Marks,
    at: list[int],
    *,
    reopen: int | None = None,
) -> list[QuoteSpan]:
    """:func:`_paragraph_quotes` with a language's own pairs: a mark closes only what it
    pairs with. ``at``: where the paragraph's marks (:attr:`Marks.every`) are; ``reopen``: a
    closing mark that reopens the quotation of the paragraph before (``»Y para ...»``)."""
    spans: list[QuoteSpan] = []
    opened: int | None = None
    closers = ""
    single = False
    carried_line = False  # the open quotation reopened a line of the paragraph
    for k, i in enumerate(at):
        c = text[i]
        if i == reopen:
            opened, closers, single = i, c, False
            continue
        if opened is not None:
            if (
                not single
                and (
                    c in marks.double
                    or (
                        c in closers and c not in marks.double and _closed_later(text, at, k, marks)
                    )
                )
                and _reopens_line(text, i, start)
            ):
                # ``"Nos duele.`` then a line ``"Ahora ...", dijo``: a page's lines make one
                # paragraph, each line of a long quotation reopening it; so does the closing
                # mark of the Spanish convention (``«Si esperamos ...`` then a line ``»He
                # visto ...»``), as it reopens the next paragraph (see :func:`find_quotes`).
                line_end = text.rfind("\n", opened, i)
                span = _span(text, opened, line_end, paragraph, runs_on=True)
                if span.end > span.start:
                    spans.append(span)
                opened, closers, carried_line = i, marks.double.get(c, closers), True
                continue
            if c in closers and (not single or _closes_single(text, i, end)):
                spans.append(_span(text, opened, i + 1, paragraph, continues=carried_line))
                opened, carried_line = None, False
            continue
        if c in marks.double and (c not in "»›" or _opens_guillemet(text, i, start, end)):
            opened, closers, single = i, marks.double[c], False
        elif c in marks.single and (
            _opens_single(text, i, start, end)
            if c in "‘'"
            else _opens_guillemet(text, i, start, end)
        ):
            opened, closers, single = i, marks.single[c], True
    if opened is not None and not single:
        span = _span(text, opened, end, paragraph, runs_on=True, continues=carried_line)
        if span.end > span.start:
            spans.append(span)
    return [span for span in spans if _has_words(text, span)]


def _closed_later(text: str, at: list[int], k: int, marks: Marks) -> bool:
    """Whether the closing mark at ``at[k]`` is met again before any mark opening its kind: a
    quotation reopened with it (``»He visto ...``) closes later, while a French ``»`` wrapped
    onto the next line closes its quotation (``» a-t-il dit. « Voilà »``, or nothing after)."""
    # (each scan stops at the next mark of the kind, before the next line it could reopen)
    c = text[at[k]]
    openers = {o for o, closing in marks.double.items() if c in closing}
    for j in range(k + 1, len(at)):
        if text[at[j]] == c:
            return True
        if text[at[j]] in openers:
            return False
    return False


def _reopens_line(text: str, i: int, start: int) -> bool:
    """Whether the double mark at ``i`` opens a line of a paragraph starting at ``start`` (not
    its first) before a word: a quotation open on the line before runs on into it."""
    # (read back over the spaces before it only: a paragraph's marks cost no scan of it each;
    # French sets a space inside its marks: ``« Rien``)
    after = text[i + 1 : i + 3].lstrip(" \u00a0\u202f")
    return _opens_line(text, i, start) and after[:1].isalpha()


#: A line opening with a dash (a turn of a dialogue, perhaps opening with a quotation).
_DASH_LINE = re.compile(r"[ \t\u00a0]*[—–]")
#: A paragraph opening with a dialogue dash before a word (``— Мы готовы``, ``—Estamos``), or
#: with a hyphen and a space that a page typed for the dash (``- Сначала запахло``).
_DIALOGUE_OPEN = re.compile(r"[ \t\u00a0]*(?:[—–][ \u00a0]*|-[ \u00a0]+)(?=[^\W\d_]|[¿¡])")
#: The dashes that turn from speech to its attribution and back (``, — сказал он. — Но``), a
#: hyphen between spaces among them (``, - говорит она``; not ``из-за``).
_DIALOGUE_DASH = re.compile(r"[—–]|(?<=[ \u00a0])-(?=[ \u00a0])")
#: The first word of an attribution, its verb (``сказал он``, ``dijo el ministro``).
_DIALOGUE_WORD = re.compile(r"[^\W\d_][\w\-]*")


def _dialogue(text: str, start: int, end: int, paragraph: int, marks: Marks) -> list[QuoteSpan]:
    """The speech of a paragraph in dialogue form (no quotation marks): a dash opens it, and a
    dash before a speech verb turns to the attribution, another dash back to the speech
    (``— Мы готовы, — сказал он. — Но нужны гарантии.``, ``—Estamos listos —dijo—.``), or,
    in a language whose incise needs no dash, an inverted incise after a comma or a question
    mark (see :func:`_incise_dialogue`). Only a paragraph whose first turn is attributed so
    is read (a list of items opening with dashes is not speech)."""
    opening = _DIALOGUE_OPEN.match(text, start, end)
    if opening is None:
        return []
    dashes = [m.start() for m in _DIALOGUE_DASH.finditer(text, opening.end(), end)]
    spans: list[QuoteSpan] = []
    speech_from, open_at = opening.end(), opening.end() - 1
    speaking = True
    for dash in dashes:
        if speaking:
            word = _DIALOGUE_WORD.search(text, dash + 1, min(end, dash + 40))
            if word is not None and word.group(0).lower() in marks.incise_pronouns:
                # (``—le preguntó la fiscal``: the verb after its object pronoun)
                word = _DIALOGUE_WORD.match(text, _after_pronoun(text, word.end()), end)
            if word is None or word.group(0).lower() not in marks.dialogue:
                continue  # a dash inside the speech (``Это — провокация``)
            if "-" not in word.group(0) and _noun_after(text, word.end(), end, marks):
                continue  # ``— annonce faite lundi``: a noun, no verb
            spans.append(_dialogue_span(text, open_at, speech_from, dash, paragraph))
            speaking = False
        else:
            speech_from, open_at, speaking = dash + 1, dash, True
    if not spans:
        return _incise_dialogue(text, opening.end(), end, paragraph, marks) if marks.incise else []
    if speaking and text[speech_from:end].strip(" \u00a0.,"):
        spans.append(_dialogue_span(text, open_at, speech_from, end, paragraph))
    return [span for span in spans if span.end > span.start and _has_words(text, span)]


#: Where an incise may turn from a dash line's speech to its attribution (``, soupire``,
#: ``? lance``).
_INCISE_TURN = re.compile(r"[,?!…][ \u00a0]+")
#: The end of an incise's sentence before more speech (``, Fatou Guèye. Où va-t-il ?``); a
#: capital's initial (``M. Dupont``) ends none.
_INCISE_END = re.compile(r"(?<![\s.][A-Z])[.!?…][ \u00a0]+(?=[^\W\d_]|[¿¡«“])")


def _incise_dialogue(
    text: str, speech_from: int, end: int, paragraph: int, marks: Marks
) -> list[QuoteSpan]:
    """The speech of a dash line whose attribution is an inverted incise with no dash, as
    French sets dialogue: the speech runs from the dash to a comma, a question or exclamation
    mark before a speech verb (an object pronoun may come first), the incise to the end of its
    sentence, and the speech on from there to the line's end (``— Et l'argent ? lance une
    autre, Fatou Guèye. Où va-t-il ?``, ``– Ils sont arrivés trop tard, accuse un commerçant.``).
    A line with no such incise is no speech (a list of items opening with dashes)."""
    for turn in _INCISE_TURN.finditer(text, speech_from, end):
        word = _DIALOGUE_WORD.match(text, turn.end(), end)
        if word is not None and word.group(0).lower() in marks.incise_pronouns:
            word = _DIALOGUE_WORD.match(text, _after_pronoun(text, word.end()), end)
        # (``demande-t-elle``: the verb before its joined pronoun)
        if word is None or word.group(0).split("-")[0].lower() not in marks.incise:
            continue
        if "-" not in word.group(0) and _noun_after(text, word.end(), end, marks):
            continue  # ``– Lundi, annonce du plan``: a noun, no verb
        stop = turn.start() + (text[turn.start()] != ",")  # a question keeps its mark
        spans = [_dialogue_span(text, speech_from - 1, speech_from, stop, paragraph)]
        more = _INCISE_END.search(text, word.end(), end)
        if more is not None and text[more.end() : end].strip(" \u00a0.,"):
            spans.append(_dialogue_span(text, more.end(), more.end(), end, paragraph))
        return [span for span in spans if span.end > span.start and _has_words(text, span)]
    return []


#: The word after an incise's verb, an elided one with its apostrophe (``d'``, ``l'``).
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_]+['’]?)")


def _noun_after(text: str, at: int, end: int, marks: Marks) -> bool:
    """Whether the word after a verb of an incise at ``at`` makes that verb a noun: a link to
    a noun's complement (``annonce du plan``, ``note de synthèse``) or a lower-case word of
    four letters or more that opens no subject (``annonce faite lundi``), where an inverted
    subject opens with a name, an article or a determiner (``lance la juge``, ``accuse
    Seydou Traoré``). Only in a language giving ``[quotes] noun_complement_links``."""
    if not marks.noun_links:
        return False
    word = _NEXT_WORD.match(text, at, end)
    if word is None or not word.group(1).islower():
        return False
    written = word.group(1).replace("’", "'")
    if written in marks.noun_links:
        return True
    return len(written) >= 4 and written not in marks.subject_openers


def _after_pronoun(text: str, i: int) -> int:
    """Past the apostrophe or spaces after an object pronoun (``m'a``, ``lui demande``)."""
    while i < len(text) and text[i] in "'’ \u00a0":
        i += 1
    return i


def _dialogue_lines(
    text: str,
    start: int,
    end: int,
    paragraph: int,
    marks: Marks,
    marks_at: _MarkIndex,
    spans: list[QuoteSpan],
) -> list[QuoteSpan]:
    """:func:`_dialogue` for each line of a paragraph after its first (a page's lines, one
    turn a line, may make one paragraph: ``...campaña.`` then ``—Vamos a respetar el
    resultado —dijo X—.``), of the lines holding no quotation mark and inside no quotation
    of ``spans``. One pass over the lines and the quotations together: a page of lines, each
    after a quotation, is no scan of every quotation per line."""
    found: list[QuoteSpan] = []
    bounds = sorted((s.open, s.end) for s in spans)
    ordered = sorted(spans, key=operator.attrgetter("open"))
    opens = [s.open for s in ordered]
    next_span = 0
    reach = -1  # the furthest end of a quotation opened at or before the line
    line = text.find("\n", start, end) + 1
    while 0 < line < end:
        newline = text.find("\n", line, end)
        stop = end if newline < 0 else newline
        while next_span < len(bounds) and bounds[next_span][0] <= line:
            reach = max(reach, bounds[next_span][1])
            next_span += 1
        quoting = _quoting(text, marks_at.within(line, stop))
        if reach <= line and (
            not quoting
            or (
                _DIALOGUE_OPEN.match(text, line, stop) is not None
                and _names_only(text, quoting, ordered, opens, line, stop)
            )
        ):
            found.extend(_dialogue(text, line, stop, paragraph, marks))
        line = stop + 1
    return found


def _outside_lines(spans: list[QuoteSpan], lines: list[QuoteSpan]) -> list[QuoteSpan]:
    """The quotations of ``spans`` opening inside none of the dialogue ``lines`` (a name in
    marks inside a dialogue line is part of its speech)."""
    ordered = sorted(lines, key=operator.attrgetter("open"))
    opens = [t.open for t in ordered]
    kept = []
    for span in spans:
        at = bisect.bisect_right(opens, span.open) - 1
        if at < 0 or span.open >= ordered[at].close:
            kept.append(span)
    return kept


#: The most words a name or a term in marks inside a dialogue line has (``le morceau ‹ Dakar
#: bu bees ›``, ``l'album « Ligueey »``); more make a quotation of the line's own.
_TERM_WORDS = 4


def _names_only(
    text: str, quoting: list[int], ordered: list[QuoteSpan], opens: list[int], line: int, stop: int
) -> bool:
    """Whether each mark of ``quoting`` opens or closes a quotation of ``ordered`` (in text
    order, opening at ``opens``) inside the line ``line``-``stop`` of a few words at most:
    names and terms in marks inside a dialogue line (``— Le titre signifie ‹ travail › en
    wolof.``), not a quotation of its own."""
    within = ordered[bisect.bisect_left(opens, line) : bisect.bisect_left(opens, stop)]
    inside = [s for s in within if s.close <= stop]
    if not inside or any(len(text[s.start : s.end].split()) > _TERM_WORDS for s in inside):
        return False
    return all(any(i in (s.open, s.close - 1) for s in inside) for i in quoting)


#: An incise inside a quotation's marks: a comma, a verb and its subject pronoun joined to it
#: (``, dit-il``, ``, a-t-elle lancé``; ``[quotes] incise_subjects``), its next two words,
#: then the rest of the incise up to a stop or a comma.
@cache
def _inner_incise(subjects: frozenset[str]) -> re.Pattern[str] | None:
    if not subjects:
        return None
    return re.compile(
        rf",[ \u00a0]+(?P<verb>[^\W\d_]+)-(?:t-)?(?:{plain_alternation(subjects)})(?!\w)"
        r"(?P<next>(?:[ \u00a0]+[^\W\d_]+){0,2})[^.,;:!?…«»“”]*"
        r"(?P<stop>[.,;:!?…])?[ \u00a0]*"
    )


def _split_at_incise(text: str, span: QuoteSpan, marks: Marks) -> list[QuoteSpan]:
    """A quotation whose words hold an incise of speech, as French sets one inside the marks
    (``« C'est fini, dit-il en souriant. Demain, on recommence. »``), as two: the words
    before the incise, whose cue follows them, and those after it; the incise itself is no
    speech. The verb must be one of speech or an auxiliary (``, a-t-il lancé``); a
    question's inversion after a comma (``Et alors, faut-il partir ?``) is no incise."""
    if span.turn:
        return [span]
    inner = _inner_incise(marks.incise_subjects)
    if inner is None:
        return [span]
    for incise in inner.finditer(text, span.start, span.end):
        verb = incise.group("verb").lower()
        if verb not in marks.incise and not (
            verb in marks.incise_auxiliaries
            and not marks.incise_participles.isdisjoint(incise.group("next").lower().split())
        ):
            # (``Aussi, a-t-il fallu attendre``: an inversion, no incise; ``, a-t-il encore
            # ajouté.``: one, its participle within two words)
            continue
        if incise.group("stop") is None or incise.group("stop") == "?":
            continue
        first = attrs.evolve(span, close=incise.start(), end=incise.start(), runs_on=False)
        resume = incise.end()
        if resume >= span.end or not _has_words(text, attrs.evolve(span, start=resume)):
            return [first]
        rest = attrs.evolve(span, open=resume, start=resume, continues=False)
        return [first, *_split_at_incise(text, rest, marks)]
    return [span]


def _quoting(text: str, at: list[int]) -> list[int]:
    """The marks at ``at`` that may quote: not an apostrophe between letters (``l'argent``,
    ``aujourd’hui``), which a dialogue line of French holds as often as not."""
    return [
        i
        for i in at
        if not (
            text[i] in "'’"
            and 0 < i < len(text) - 1
            and text[i - 1].isalpha()
            and text[i + 1].isalpha()
        )
    ]


def _exchange_lines(
    text: str, paragraphs: list[tuple[int, int]], found: list[QuoteSpan], marks: Marks
) -> list[QuoteSpan]:
    """``found`` with the unattributed dash lines of each exchange added, and every quotation
    of an exchange given its place in it (:attr:`QuoteSpan.exchange`). An exchange is a run of
    two or more lines, one after another, each opening with a dialogue dash, of which one is
    speech already read (its incise names who speaks: ``— Pourquoi ? lui demande le
    président.`` then ``— Je pensais pouvoir me refaire.``) or the first asks a question (``—
    Pourquoi ne pas avoir appelé les secours ?`` then ``— J'ai paniqué.``): every line of the
    run is a turn of speech, though no verb attributes it. A run of dash lines neither
    attributed nor opened by a question is a list of items; so is one where no line asks (a
    line-up under ``— Nous serons prêts ! lance l'entraîneur.``) or every line asks (a
    survey's questions): a dialogue's turns ask and answer. Where an incise takes a dash
    (Spanish: ``—¿Dónde estaba? —preguntó la jueza.``), a run no incise attributes is an
    exchange only under a line of questioning (``El fiscal, X, la interrogó durante dos
    horas.``): questions and answers under any other line are an interview's, read as one when
    it is long enough or headed so (:func:`_interview_answers`), else a scene. One pass over
    the lines."""
    spoken = sorted((s.open, s.end) for s in found)
    added: list[QuoteSpan] = []
    places: dict[int, tuple[int, int]] = {}  # a quotation's opening -> (run, line)
    runs = 0
    run: list[tuple[int, int, int]] = []  # (line start, line stop, paragraph) of the run

    def close_run() -> None:
        nonlocal runs
        if len(run) < 2:
            return
        said = [_spoken_within(spoken, start, stop) for start, stop, _ in run]
        first_start, first_stop, _ = run[0]
        asks = text[first_start:first_stop].rstrip(" \u00a0\t\r").endswith("?")
        if not any(said) and not (asks and _questioned(text, first_start, marks)):
            return
        asking = [_asks(text, start, stop) for start, stop, _ in run]
        if all(asking) or not any(asking):
            return
        runs += 1
        for line, ((start, stop, paragraph), read) in enumerate(zip(run, said, strict=True)):
            if read:
                low = bisect.bisect_left(spoken, (start, -1))
                high = bisect.bisect_left(spoken, (stop, -1))
                places.update((opening, (runs, line)) for opening, _ in spoken[low:high])
                continue
            opening = _DIALOGUE_OPEN.match(text, start, stop)
            if opening is None:
                continue
            stop = _before_unread_incise(text, opening.end(), stop)
            span = _dialogue_span(text, opening.end() - 1, opening.end(), stop, paragraph)
            if (
                span.end > span.start
                and _has_words(text, span)
                and not _covered(spoken, span.start, span.end)
            ):
                added.append(attrs.evolve(span, exchange=(runs, line), unattributed=True))

    for index, (start, end) in enumerate(paragraphs):
        line = start
        while line < end:
            newline = text.find("\n", line, end)
            stop = end if newline < 0 else newline
            if _DASH_LINE.match(text, line, stop) is not None:
                run.append((line, stop, index))
            elif text[line:stop].strip():
                close_run()
                run = []
            line = stop + 1
        # (a blank line between paragraphs goes on with the run: one turn a paragraph)
    close_run()
    if not added:
        return found
    placed = [attrs.evolve(s, exchange=places[s.open]) if s.open in places else s for s in found]
    return sorted([*placed, *added], key=operator.attrgetter("open"))


def _questioned(text: str, first_line: int, marks: Marks) -> bool:
    """Whether an exchange whose first line starts at ``first_line`` and no incise attributes
    may open with a question: always where an incise needs no dash (French), else only under
    an introducing line holding a word of questioning (:attr:`Marks.questioning`)."""
    if marks.incise:
        return True
    start, stop = introduction(text, first_line)
    return any(w.lower() in marks.questioning for w in _WORD.findall(text, start, stop))


#: A question or exclamation mark and the spaces after it, before a word.
_MARK_BEFORE_WORD = re.compile(r"[?!][ \u00a0\u202f]+(?=[^\W\d_])")


def _before_unread_incise(text: str, start: int, stop: int) -> int:
    """Where the words of a dash line ``start:stop`` end: before an incise the attribution
    did not read (``— Tu viens ? demanda Paul.``: a word in lower case after ``?`` or ``!``
    goes on with the attribution, a new sentence would open in capitals), else ``stop``."""
    for mark in _MARK_BEFORE_WORD.finditer(text, start, stop):
        if text[mark.end()].islower():
            return mark.start() + 1
    return stop


def _asks(text: str, start: int, stop: int) -> bool:
    """Whether the line ``start:stop`` asks: a question mark ends it or its words before an
    incise (``— Et les faux relevés ?``, ``— Pourquoi ? lui demande la présidente.``)."""
    return "?" in text[start:stop]


def _covered(spoken: list[tuple[int, int]], start: int, stop: int) -> bool:
    """Whether a quotation of ``spoken`` (sorted ``(open, end)`` pairs) opened before
    ``start`` runs into ``start:stop`` (a reply read over several dash lines: ``— Далеко.`` /
    ``— А теперь?`` as one), so a line there is no turn of its own."""
    at = bisect.bisect_left(spoken, (start, -1))
    return any(end > start for _, end in spoken[:at])


def _spoken_within(spoken: list[tuple[int, int]], start: int, stop: int) -> bool:
    """Whether a quotation of ``spoken`` (sorted ``(open, end)`` pairs) opens inside
    ``start:stop``."""
    at = bisect.bisect_left(spoken, (start, -1))
    return at < len(spoken) and spoken[at][0] < stop


def _dialogue_span(text: str, open_at: int, start: int, stop: int, paragraph: int) -> QuoteSpan:
    while start < stop and text[start] in " \u00a0.,":
        start += 1
    end = stop
    while end > start and text[end - 1] in " \u00a0,":
        end -= 1
    return QuoteSpan(open_at, end, start, end, paragraph)


def _opens_guillemet(text: str, i: int, start: int, end: int) -> bool:
    # ``»Wir ...«`` opens; the ``»`` closing a French ``« ... »`` is not followed by a word.
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before in _BEFORE_OPEN or not before.isalnum()) and (
        after.isalnum() or after in " \u00a0\u202f"
    )


def _opens_single(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return before in _BEFORE_OPEN and after.isalnum()


def _closes_single(text: str, i: int, end: int) -> bool:
    before = text[i - 1]
    after = text[i + 1] if i + 1 < end else " "
    if text[i] in "‹›":
        # A single guillemet is never an apostrophe, and French sets a space inside it as
        # inside ``« »`` (``le titre ‹ travail ›.``): unclosed, it hid the paragraph's later
        # quotations.
        return not after.isalnum()
    return not before.isspace() and not after.isalnum()


def _span(
    text: str,
    open_at: int,
    close: int,
    paragraph: int,
    *,
    runs_on: bool = False,
    continues: bool = False,
) -> QuoteSpan:
    start = open_at + 1
    end = close if runs_on else close - 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuoteSpan(open_at, close, start, end, paragraph, continues=continues, runs_on=runs_on)


def _has_words(text: str, span: QuoteSpan) -> bool:
    # A quotation's first character is a letter, nearly always: no scan then.
    if span.start < span.end and text[span.start].isalpha():
        return True
    return any(c.isalpha() for c in text[span.start : span.end])


# (A language data file reloaded is read again.)
on_reload(marks_for.cache_clear)
on_reload(_inner_incise.cache_clear)
