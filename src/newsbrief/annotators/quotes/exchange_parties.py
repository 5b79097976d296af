"""The two parties of an exchange of dash lines (issue #16): a court's or an interviewer's
questions and the answers put to them, where the article names the answerer once before the
exchange and no incise names them again.

The one asking is named by an incise on a question (``— Pourquoi avoir gardé l'argent ? lui demande
le président, Paul Favre.``) or by the line introducing the exchange, a verb of
questioning there (``[quotes] questioning_words``: ``La présidente, Anne Roux, l'a
longuement interrogé.``). The lines that answer (no question mark) are then the words of the
person the article names most often before the exchange, other than the one asking: whom the
report is about (``Karim T. a reconnu les faits devant le tribunal``).
"""

from __future__ import annotations

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
    return Speaker(mention.name, text[mention.start : mention.end], mention.start, mention.end,
                   None)  # fmt: skip


def answerer(
    text: str,
    mentions: Sequence[Mention],
    first_line: int,
    asking: str,
    quoted: Sequence[tuple[int, int]] = (),
) -> Speaker | None:
    """The person named most often before ``first_line`` (the exchange's first line), other
    than ``asking`` (the one asking, or a word of that name), in a line of running text
    (:func:`_in_sentence_line`) and outside the quotations
    ``quoted`` (``(open, close)`` in text order: a nickname in marks, ``surnommé « le Roi du
    crédit »``, is no one named): whom the questions are put to; of two named as often, the
    one named last. ``None`` when no one else is named."""
    parts = set(asking.split())
    counts: dict[str, int] = {}
    last: dict[str, Mention] = {}
    marks = [(open_, close) for open_, close in quoted if open_ < first_line]
    for mention in mentions:
        if mention.start >= first_line:
            break
        if mention.type != "person" or mention.name == asking or mention.name in parts:
            continue
        if any(open_ <= mention.start < close for open_, close in marks):
            continue
        if not _in_sentence_line(text, mention.start):
            continue  # a byline's or a headline's name: the report's writer, a title
        counts[mention.name] = counts.get(mention.name, 0) + 1
        last[mention.name] = mention
    if not counts:
        return None
    name = max(counts, key=lambda n: (counts[n], last[n].start))
    mention = last[name]
    return Speaker(name, text[mention.start : mention.end], mention.start, mention.end, None)


#: What may close a line of running text after its sentence's end (a closing mark, spaces).
_LINE_CLOSE = "»”\"’' \u00a0\u202f\t\r"


def _in_sentence_line(text: str, at: int) -> bool:
    """Whether the line holding ``at`` is running text: it ends with a sentence's end, not as
    a byline (``Par Ann Roe - 05 déc. 2026``) or a headline does."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]
    return line.rstrip(_LINE_CLOSE).endswith((".", "!", "?", "…"))


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
