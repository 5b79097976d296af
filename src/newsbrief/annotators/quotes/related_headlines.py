"""Quotations in the headlines of related articles a scraped page lists (``Lesen Sie auch:
„...“ – ein Stellwerker erzählt``, ``Mehr zum Thema`` then a few headlines): another article's
words, which no one in this one says.

The labels are the language's ``[page] related`` words (``lesen sie auch``, ``mehr zum
thema``, ``weiterlesen``; a ``{words}`` slot at a label's end stands for anything after it, a
``{word}`` slot for one word), and a ``[quotes] related_section_words`` word with one word after
it (``Mehr Reisen``: a section's label, which the page filter leaves, as it would a subheading
``Mehr Sicherheit``). A headline is a short paragraph without a sentence's closing stop; the
headlines of a list follow their label, one a paragraph. A label holds no verb of speech:
``Mehr aus Sorge sagte sie: „...“`` opens with a label's words, but is a sentence saying who
speaks."""

from __future__ import annotations

import functools

from newsbrief.annotators.quotes.attribution.cue_words import cues_for
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import language, on_reload

__all__ = ["related_headline"]

#: A headline is at most this long (characters).
_HEADLINE = 160
#: At most this many headlines follow one label.
_LIST = 4
#: A label line is at most this long (characters).
_LABEL = 60


@functools.cache
def _labels(code: str) -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The language's related-article labels: whole ones, the openings of those with a
    ``{words}`` slot at their end, and the openings of those with a ``{word}`` slot (one word
    more), with the ``[quotes] related_section_words`` (``mehr``: ``Mehr Reisen``, not ``Mehr
    als 300 Menschen``)."""
    related = language(code).page.related
    whole = frozenset(" ".join(p.split()) for p in related if "{" not in p)

    def openings(slot: str) -> tuple[str, ...]:
        return tuple(
            sorted(" ".join(p.split("{", 1)[0].split()) + " " for p in related if p.endswith(slot))
        )

    sections = tuple(f"{word} " for word in sorted(quote_words(code, "related_section_words")))
    return whole, openings("{words}"), openings("{word}") + sections


on_reload(_labels.cache_clear)


def _is_label(line: str, code: str) -> bool:
    whole, openings, one_word = _labels(code)
    words = " ".join(line.lower().rstrip(" :\u00a0").split())
    if not 0 < len(line) <= _LABEL:
        return False
    return (
        words in whole
        or words.startswith(openings)
        or any(words.startswith(o) and " " not in words[len(o) :] for o in one_word)
    )


#: Closing quotation marks a sentence's stop may stand before (``sagte: „Wir öffnen.“``).
_CLOSING_MARKS = "“”»«\"’'›‹"
_OPENING_MARKS = "„“«»\"‚‘'‹›"


def _headline(line: str) -> bool:
    if not 0 < len(line) <= _HEADLINE or line.endswith((".", "!", "?")):
        return False
    # A sentence closing inside the quotation it ends with is prose (``X sagte: „Wir öffnen.“``),
    # unless the quotation is the whole line (``„Wie lange noch?“``, a headline).
    words = line.rstrip(_CLOSING_MARKS)
    return line[0] in _OPENING_MARKS or not words.endswith((".", "!", "?"))


def _line_at(text: str, at: int) -> tuple[int, int] | None:
    """``(start, end)`` of the line holding ``at``, or ``None`` when it is longer than a
    headline (looked for a headline's length either way only: linear on a page of long
    lines)."""
    low = max(0, at - _HEADLINE)
    start = text.rfind("\n", low, at) + 1
    if start == 0 and low > 0:
        return None
    end = text.find("\n", at, at + _HEADLINE + 1)
    if end < 0:
        end = at + _HEADLINE + 1
        if end < len(text):
            return None
        end = len(text)
    return start, end


def related_headline(text: str, at: int, code: str) -> bool:
    """Whether the line of ``text`` holding ``at`` (a quotation's opening mark) is the
    headline of a related article: opening with a label and a colon (``Lesen Sie auch:
    „...“``), or a headline after a label line and at most a few other headlines."""
    bounds = _line_at(text, at)
    if bounds is None:
        return False
    line = text[bounds[0] : bounds[1]].strip()
    colon = line.find(":")
    if (
        0 < colon <= _LABEL
        and _is_label(line[:colon], code)
        and cues_for(code).cue.search(line, 0, colon) is None
    ):
        return True
    if not _headline(line):
        return False
    start = bounds[0]
    for _ in range(_LIST):
        if start == 0:
            return False
        bounds = _line_at(text, start - 1)
        if bounds is None:
            return False
        before = text[bounds[0] : bounds[1]].strip()
        if _is_label(before, code):
            return True
        if not _headline(before):
            return False
        start = bounds[0]
    return False
