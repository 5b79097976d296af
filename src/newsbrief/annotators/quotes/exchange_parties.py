"""The two parties of an exchange of dash lines (issue #16): a court's or an interviewer's
questions and the answers put to them, where the article names the answerer once before the
exchange and no incise names them again.

The one asking is named by an incise on a question (``— Pourquoi avoir gardé l'argent ? lui demande
le président, Paul Favre.``) or by the line introducing the exchange, a verb of
questioning there (``[quotes] questioning_words``: ``La présidente, Anne Roux, l'a
longuement interrogé.``). The lines that answer (no question mark) are then the words of the
person the article names most often before the exchange, other than the one asking: whom the
report is about (``Karim T. a reconnu les faits devant le tribunal``), of two named as often
the one its lead names first.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Speaker
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.annotators.quotes.marks import introduction
from newsbrief.languages import on_reload


def asker_introduced(
    text: str, mentions: Sequence[Mention], first_line: int, code: str | None
) -> Speaker | None:
    """The one person the line introducing the exchange whose first line starts at
    ``first_line`` names before a word of questioning of the language (``[quotes]
    questioning_words``), no agent's preposition after it (``[quotes] agent_prepositions``:
    ``interrogé par``); ``None`` otherwise (no such word, no person or two, the person the
    object)."""
    pattern = _questioning(code or "en")
    if pattern is None:
        return None
    start, stop = introduction(text, first_line)
    asked = pattern.search(text, start, stop) if stop > start else None
    if asked is None:
        return None
    named = {m.name: m for m in mentions if m.type == "person" and start <= m.start < stop}
    if len(named) != 1:
        return None
    (mention,) = named.values()
    agents = quote_words(code or "en", "agent_prepositions")
    if mention.end > asked.start() or any(
        w.lower() in agents for w in text[asked.end() : stop].split()
    ):
        return None  # ``Le juge a interrogé Karim T.``, ``X a été interrogé par``: X answers
    written = text[mention.start : mention.end]
    return Speaker(mention.name, written, mention.start, mention.end, None)


def answerers(
    text: str,
    mentions: Sequence[Mention],
    exchanges: Sequence[tuple[int, str]],
    quoted: Sequence[tuple[int, int]] = (),
) -> list[Speaker | None]:
    """For each exchange ``(first_line, asking)`` (its first line's offset, in text order, and
    the name of the one asking): the person named most often before that line, other than
    ``asking`` (or a word of that name), in a line of running text (:func:`_in_sentence_line`)
    and outside the quotations ``quoted`` (``(open, close)`` in text order: a nickname in
    marks, ``surnommé « le Roi du crédit »``, is no one named): whom the questions are put to;
    of two named as often, the one named first (a report's lead names whom it is about before
    the others: ``El juicio contra X por la muerte de Y``). ``None`` when no one else is named.

    One pass over the mentions serves every exchange (a long court report holds hundreds)."""
    persons = sorted((m for m in mentions if m.type == "person"), key=lambda m: (m.start, m.end))
    opens = [open_ for open_, _ in quoted]
    breaks = [m.start() for m in re.finditer("\n", text)]
    running: dict[int, bool] = {}  # line's index -> whether it is running text
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    first: dict[str, int] = {}
    out: list[Speaker | None] = []
    at = 0
    for first_line, asking in exchanges:
        while at < len(persons) and persons[at].start < first_line:
            mention = persons[at]
            at += 1
            inside = bisect.bisect_right(opens, mention.start) - 1
            if inside >= 0 and mention.start < quoted[inside][1]:
                continue
            line = bisect.bisect_right(breaks, mention.start)  # each line judged once
            if line not in running:
                running[line] = _in_sentence_line(text, line, breaks)
            if not running[line]:
                continue  # a byline's or a headline's name: the report's writer, a title
            counts[mention.name] = counts.get(mention.name, 0) + 1
            last[mention.name] = mention
            first.setdefault(mention.name, mention.start)
        parts = set(asking.split())
        named = [n for n in counts if n != asking and n not in parts]
        if not named:
            out.append(None)
            continue
        name = max(named, key=lambda n: (counts[n], -first[n]))
        mention = last[name]
        out.append(
            Speaker(name, text[mention.start : mention.end], mention.start, mention.end, None)
        )
    return out


#: What may close a line of running text after its sentence's end (a closing mark, spaces).
_LINE_CLOSE = "»”\"’' \u00a0\u202f\t\r"


def _in_sentence_line(text: str, line: int, breaks: Sequence[int]) -> bool:
    """Whether the ``line``-th line of ``text`` (``breaks``: the offsets of its line breaks)
    is running text: it ends with a sentence's end, not as a byline (``Par Ann Roe - 05 déc.
    2026``) or a headline does."""
    start = breaks[line - 1] + 1 if line else 0
    end = breaks[line] if line < len(breaks) else len(text)
    return text[start:end].rstrip(_LINE_CLOSE).endswith((".", "!", "?", "…"))


@functools.cache
def _questioning(code: str) -> re.Pattern[str] | None:
    """The language's words of questioning as whole words, or ``None`` if it lists none."""
    words = quote_words(code, "questioning_words")
    if not words:
        return None
    return re.compile(
        rf"(?<![\w’'\-]){plain_alternation(sorted(words), case='either')}(?![\w’'\-])"
    )


on_reload(_questioning.cache_clear)
