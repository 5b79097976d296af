"""A printed interview's answers without quotation marks: turns labelled as question and answer
(``Q: Where did the book begin?`` over ``A: With my father ...``), or, after an introduction
such as ``Edited excerpts:``, a question on one line and its answer on the next, each pair a
paragraph of its own. The answers are the interviewee's words.

An exchange needs two answers at least, most of them in the first person (an FAQ's answers are
nobody's; a third of them in labelled turns where the language drops its subject pronouns), no
question asked in the reader's own voice (``Can I return sale items?``: an FAQ's, whose
answers in the first person are a shop's or a council's ``we``), and an interviewee: the one
person the headline names, else the one the line before the first question names
(:func:`~.attribution.page_names.interviewee`, which reads Russian and Ukrainian dash
interviews the same way). The labels and the words of the first person are the
language's (``[quotes] turn_labels``, ``first_person``, ``asker_first_person``): a language
without them reads no such exchange.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.anchored import matches_at
from newsbrief.annotators.quotes.attribution.page_names import interviewee
from newsbrief.annotators.quotes.attribution.speaker_types import Mention
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.annotators.quotes.speaker_lines import SpeakerLine, TurnLabel
from newsbrief.languages import language, normalize

__all__ = ["answer_labels", "interview_answers"]

#: A question, then its answer on the very next line, alone in their paragraph.
_PAIR = re.compile(
    r"(?:^|\n[ \t\u00a0]*\n)[ \t\u00a0]*(?P<question>[^\n]*\?)[ \t\u00a0]*\n"
    r"[ \t\u00a0]*(?P<answer>[^\n]*[^\s?])[ \t\u00a0]*(?=\n[ \t\u00a0]*\n|\s*$)"
)
#: The spaces :data:`_PAIR` reads around a line's words.
_LINE_SPACES = " \t\u00a0"
#: An exchange has at least this many answers (one line after a question is no interview).
_FEWEST_ANSWERS = 2


def interview_answers(
    text: str,
    code: str | None,
    mentions: Callable[[], Sequence[Mention]],
    profile: gz.Profile | None,
) -> list[SpeakerLine]:
    """The interviewee's answers of ``text``'s printed interview, in text order, each with the
    interviewee's name and the mention naming them (none when the text holds no such
    exchange); ``mentions`` gives the text's mentions in text order, asked only when an
    exchange is found (most texts hold none, and making them costs more than looking),
    ``profile`` the language's names (``None`` for English)."""
    first_person = quote_words(code or "en", "first_person")
    if not first_person:
        return []
    labelled = _labelled(text, code)
    spans, questions = labelled or _paired(text)
    if len(spans) < _FEWEST_ANSWERS:
        return []
    in_first_person = sum(_has(first_person, text[start:end]) for _, start, end in spans)
    # (An explainer's questions and answers are printed as an interview's are, unlabelled:
    # ``¿A quién afecta?`` over ``A todos los inquilinos ...``; only labelled turns lower the
    # share.)
    per_first_person = _answers_per_first_person(code) if labelled else 2
    if per_first_person * in_first_person < len(spans):
        return []
    if any(_has(quote_words(code or "en", "asker_first_person"), q) for q in questions):
        return []
    who = interviewee(text, mentions(), profile, spans[0][0])
    if who is None:
        return []
    return [SpeakerLine(start, end, who.name, who.start, who.end) for _, start, end in spans]


def _answers_per_first_person(code: str | None) -> int:
    """How many answers may share one in the first person: two, or three in a language that
    drops its subject pronouns (``[quotes] conventions``: ``null_subject``), whose answers say
    ``Llenamos el teatro``, the first person in the verb's ending only."""
    conventions = language(normalize(code or "en")).words("quotes", "conventions")
    return 3 if "null_subject" in conventions else 2


def _has(words: Collection[str], line: str) -> bool:
    """Whether ``line`` holds one of ``words`` as a whole word (any case)."""
    if not words:
        return False
    found = re.search(rf"(?<![\w’'])(?:{plain_alternation(words)})(?![\w’'])", line, re.I)
    return found is not None


#: An exchange's answers ``(first question, start, end)`` and its questions' words.
_Exchange = tuple[list[tuple[int, int, int]], list[str]]


def _labelled(text: str, code: str | None) -> _Exchange | None:
    """The answers of turns labelled as question and answer (``Q:``, ``A.``), each with where
    the exchange's first question opens: ``(first question, start, end)``, and the questions;
    ``None`` when there are none."""
    turns = _labelled_turns(text, code)
    if turns is None:
        return None
    first: int | None = None
    spans: list[tuple[int, int, int]] = []
    questions: list[str] = []
    for found, is_answer in turns:
        if not is_answer:
            first = found.start() if first is None else first
            questions.append(found.group("words"))
        elif first is not None:
            spans.append((first, found.start("words"), found.end("words")))
    return (spans, questions) if spans else None


def answer_labels(text: str, code: str | None) -> list[TurnLabel]:
    """The ``A:`` labels of ``text``'s turns labelled as question and answer, each answer
    after the exchange's first question, in text order: where the interviewee's words start
    (whether they are an interview's answers is :func:`interview_answers`'s to say)."""
    labels: list[TurnLabel] = []
    asked = False
    for found, is_answer in _labelled_turns(text, code) or []:
        asked = asked or not is_answer
        if is_answer and asked:
            start, end = found.start("label"), found.end("label")
            labels.append(TurnLabel(start, found.start("words"), end, False, True))
    return labels


def _labelled_turns(text: str, code: str | None) -> list[tuple[re.Match[str], bool]] | None:
    """``text``'s lines labelled as question or answer (``Q:``, ``A.``), each with whether it
    is an answer; ``None`` when the language has no such labels."""
    labels = language(normalize(code or "en")).sections.get("quotes", {}).get("turn_labels")
    if not labels or len(labels) != 2:
        return None
    question, answer = (re.escape(str(label)) for label in labels)
    # (A label followed by another initial is a name's first initial, not a turn: a court
    # report's ``P. G. M., uno de los acusados, negó ...``, ``R. L. S., su socio``.)
    turn = re.compile(
        rf"^[ \t\u00a0]*(?P<label>{question}|{answer})[.:][ \t\u00a0]+"
        r"(?![^\W\d_]\.(?:\s|,|$))(?P<words>\S[^\n]*?)[ \t\u00a0]*$",
        re.MULTILINE,
    )
    return [(found, found.group("label") == labels[1]) for found in turn.finditer(text)]


def _paired(text: str) -> _Exchange:
    """The answers of questions each printed on the line before its answer, alone in their
    paragraph: ``(first question, start, end)``, and the questions."""
    pairs = [
        pair
        for pair in matches_at(text, _PAIR, _question_starts(text))
        if pair.group("question").strip() != "?"
    ]
    if not pairs:
        return [], []
    first = pairs[0].start("question")
    answers = [(first, pair.start("answer"), pair.end("answer")) for pair in pairs]
    return answers, [pair.group("question") for pair in pairs]


def _question_starts(text: str) -> Iterator[int]:
    """Where each match of :data:`_PAIR` may begin, in text order: the text's start or the line
    break opening the blank line before a line that ends in a question mark (trailing spaces
    aside). Found from the question marks, not tried at every line break of the text."""
    find, rfind, size = text.find, text.rfind, len(text)
    mark = find("?")
    while mark >= 0:
        after = mark + 1
        while after < size and text[after] in _LINE_SPACES:
            after += 1
        if after < size and text[after] == "\n":
            line = rfind("\n", 0, mark) + 1
            if line == 0:
                yield 0
            else:
                blank = line - 1  # the line break ending the line before
                while blank > 0 and text[blank - 1] in _LINE_SPACES:
                    blank -= 1
                if blank > 0 and text[blank - 1] == "\n":
                    yield blank - 1
        mark = find("?", mark + 1)
