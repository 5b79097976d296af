"""Exchanges of questions and answers: a transcript's turns (``Q. "..."``, ``A: "..."``) and a
press conference's questions printed alone after an answer (English only)."""

from __future__ import annotations

import re

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.marks import QuoteSpan
from newsbrief.annotators.quotes.speakers import Attributor, Speaker
from newsbrief.languages import language

_EN = language("en")
#: The question's turn label, then the answer's (``Q``, ``A``).
QUESTION_TURN, ANSWER_TURN = (str(label) for label in _EN.sections["quotes"]["turn_labels"])
# A transcript's turn opening a paragraph before its quotation: ``Q.``, ``A:``, perhaps with
# who asks (``Q. (by Assistant U.S. Attorney Ann Roe) "..."``).
TRANSCRIPT_TURN = re.compile(
    rf"[ \t\u00a0]*(?P<turn>{re.escape(QUESTION_TURN)}|{re.escape(ANSWER_TURN)})[.:][ \u00a0]+"
    r"(?:\([Bb]y[ \u00a0]+(?P<by>[^()\n§]{2,80})\)[ \u00a0]*)?"
)
# A word saying the exchange after it is a transcript or an interview.
_TRANSCRIPT_WORD = re.compile(
    rf"\b(?:{plain_alternation(_EN.words('quotes', 'transcript_words'))})\b", re.IGNORECASE
)
# ``I``, ``we``, ``us`` (any case but ``US`` written in capitals).
_FIRST_PERSON = re.compile(
    rf"\b(?-i:(?!US\b))(?:{plain_alternation(_EN.words('quotes', 'first_person'))})\b",
    re.IGNORECASE,
)
#: How many paragraphs back an earlier turn is looked for (bounds the walk: a transcript of
#: thousands of turns, each without a speaker, stays linear).
_TURN_REACH = 8
#: How many paragraphs before an exchange's first turn its witness may have been quoted.
_WITNESS_REACH = 3


def transcript_turn(
    turn: re.Match[str],
    index: int,
    spans: list[QuoteSpan],
    speakers: list[Speaker | None],
    paragraphs: list[tuple[int, int]],
    attributor: Attributor,
) -> Speaker | None:
    """The speaker of a transcript's turn (``Q. "..."``, ``A. "..."``): the one named as
    asking; else whoever spoke the last turn of the same kind; else, for an answer of an
    exchange introduced as a transcript or an interview, the last speaker quoted just before
    it who is not asking (the witness, the interviewee). An FAQ's answers are nobody's."""
    if turn.group("by") is not None:
        return attributor.transcript_questioner(turn.start("by"), turn.end("by"))
    kind = turn.group("turn")
    masked = attributor.masked
    here = spans[index].paragraph
    first_turn = here  # the paragraph of the exchange's first turn seen so far
    asking: set[str] = set()
    for previous in range(index - 1, -1, -1):
        paragraph = spans[previous].paragraph
        if paragraph < here - _TURN_REACH:
            break
        start = paragraphs[paragraph][0]
        earlier = TRANSCRIPT_TURN.fullmatch(masked, start, spans[previous].open)
        speaker = speakers[previous]
        if earlier is not None:
            first_turn = paragraph
            if speaker is not None and earlier.group("turn") == kind:
                return speaker
            if speaker is not None and earlier.group("turn") == QUESTION_TURN:
                asking.add(speaker.name)
            continue
        if speaker is None:
            if paragraph < first_turn - _WITNESS_REACH:
                break  # the exchange's turns are next to each other
            continue
        if (
            kind == ANSWER_TURN
            and speaker.name not in asking
            and paragraph >= first_turn - _WITNESS_REACH
            and _introduced_exchange(masked, paragraphs, first_turn)
        ):
            return speaker
        break
    return None


def _introduced_exchange(masked: str, paragraphs: list[tuple[int, int]], first_turn: int) -> bool:
    """Whether the paragraph before an exchange's first turn introduces it as a transcript or an
    interview (it ends with a colon or names one)."""
    if first_turn == 0:
        return False
    start, end = paragraphs[first_turn - 1]
    before = masked[start:end].rstrip()
    return before.endswith(":") or _TRANSCRIPT_WORD.search(before) is not None


def last_questioner(
    index: int, spans: list[QuoteSpan], speakers: list[Speaker | None], text: str
) -> Speaker | None:
    """The questioner of a question printed alone after an answer (a press conference): the
    speaker of the question before that answer when someone not named asked it (``one
    reporter``). Only for a strict alternation: the question the last quotation of the
    paragraph right before the answer's, the answer's paragraph the words of one speaker with
    no question among them. A question in the first person (``What would you have us do
    instead?``) may be the answering speaker's own, and stays theirs."""
    asked = spans[index]
    if _FIRST_PERSON.search(text, asked.start, asked.end):
        return None
    answer_paragraph = spans[index - 1].paragraph
    answering = speakers[index - 1]
    if answering is None:
        return None
    at = index - 1
    while at >= 0 and spans[at].paragraph == answer_paragraph:
        span, speaker = spans[at], speakers[at]
        if speaker is None or speaker.name != answering.name:
            return None
        if text[span.start : span.end].rstrip().endswith("?"):
            return None
        at -= 1
    if at < 0 or spans[at].paragraph != answer_paragraph - 1:
        return None
    question = spans[at]
    if not text[question.start : question.end].rstrip().endswith("?"):
        return None
    speaker = speakers[at]
    return speaker if speaker is not None and speaker.anonymous else None
