"""The person the sentence before a quotation opens with: who an epithet or a cue without a
subject after that quotation most often refers to.

News writing names a person as a sentence's subject, then quotes them in the next sentence
under another description (``Lindqvist war nicht zufrieden. „...“, sagte der Schwede``, ``le
capitaine Valentin Ngassa ne cachait pas sa frustration. « ... », a confié le défenseur``,
``Bustamante destacó la actitud de su equipo. "...", dijo el entrenador``) or with no subject
at all (``"...", se limitó a decir``). The sentence is read in the masked text, where a
quotation's own full stops are hidden.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsbrief.annotators.quotes.attribution.english_words import QUOTE_MASK
from newsbrief.annotators.quotes.attribution.speaker_types import Mention
from newsbrief.languages.alphabets import CAPITALS

__all__ = [
    "after_clause_comma",
    "opening_name",
    "opening_person",
    "sentence_before",
    "sentence_ending",
]

#: The end of a sentence: a full stop, a question or an exclamation mark, closing marks, spaces;
#: or a quotation closing its line (``« ... C'est moi le premier responsable. »`` then a new
#: line: the quotation's own full stop is masked).
#: Or a line of a web page ending with no stop before one opening with a capital (a photo
#: credit, ``Фото: ... / Kazinform``, then the paragraph's first sentence).
_SENTENCE_END = re.compile(
    rf"[.!?…][»”“\"'’)]*[ \u00a0\n]+|{QUOTE_MASK}[ \u00a0]*\n+"
    rf"|(?<=\w)\n+(?=[{CAPITALS}])"
)
#: How far back a sentence's start is looked for (characters): a paragraph of a whole page
#: written without line breaks is not read from its start once per quotation.
_SENTENCE_REACH = 1500
#: How far back a sentence's start is looked for first (characters): a news sentence's length.
_SENTENCE_GLANCE = 240
#: At most this many words stand before a sentence's subject (``Dans le vestiaire, le
#: capitaine``, ``BVB-Trainer``).
_LEAD_WORDS = 6
#: At most this many words of one phrase a comma closes stand before a sentence's subject.
_SET_OFF_WORDS = 14
#: One or two capitalised words opening a sentence, then a lower-case word (its verb): a name
#: the entity annotator may have left out (``Echeverría Lanús evitó``).
_OPENING_NAME = re.compile(
    r"([^\W\d_][\w’'\-]+(?:[ \u00a0][^\W\d_][\w’'\-]+)?)[ \u00a0]+([^\W\d_])"
)


def _sentence_start(masked: str, end: int, floor: int) -> int | None:
    """Where the sentence holding ``masked[end - 1]`` starts (not before ``floor``); ``None``
    when it starts more than :data:`_SENTENCE_REACH` characters back."""
    reach = max(floor, end - _SENTENCE_REACH)
    # The nearer stretch first: most sentences end within it, and a line of a thousand short
    # sentences is not matched end after end over the whole reach (8 times a quotation). A
    # scan from any point finds the same sentence ends as one from further back (no end
    # starts inside another), so the last end it finds is the last one of the reach.
    for low in (max(reach, end - _SENTENCE_GLANCE), reach):
        start = None
        for match in _SENTENCE_END.finditer(masked, low, end):
            if match.end() < end:
                start = match.end()
        if start is not None or low == reach:
            break
    return floor if start is None and reach == floor else start


def sentence_before(
    masked: str, at: int, paragraph: tuple[int, int], *, leading: bool = False
) -> tuple[int, int] | None:
    """``(start, end)`` of the sentence before the one holding ``at`` in ``at``'s
    ``paragraph``, when a quotation stands before ``at`` in its sentence (the phrase at ``at``
    follows it: ``« ... », a confié le joueur``) or, ``leading``, the phrase at ``at`` is an
    ``according to`` one (``Selon le ministre, « ... »``); ``None`` otherwise. A sentence
    opening a paragraph, or a subject before its quotation (``Der Sprecher sagte: „...“``),
    often brings in someone new."""
    own = _sentence_start(masked, at + 1, paragraph[0])
    if own is None or own <= paragraph[0] or not (leading or QUOTE_MASK in masked[own:at]):
        return None
    end = own
    while end > paragraph[0] and masked[end - 1].isspace():
        end -= 1
    start = _sentence_start(masked, end, paragraph[0]) if end > paragraph[0] else None
    return None if start is None else (start, end)


def sentence_ending(masked: str, end: int, floor: int) -> tuple[int, int] | None:
    """``(start, end)`` of the sentence ending at ``end`` (spaces before it left out), not
    starting before ``floor``; ``None`` when it starts too far back."""
    while end > floor and masked[end - 1].isspace():
        end -= 1
    start = _sentence_start(masked, end, floor) if end > floor else None
    return None if start is None else (start, end)


def after_clause_comma(masked: str, start: int, end: int) -> int:
    """Where the words after the last comma of ``masked[start:end]`` start, a comma listing a
    body's capitalised names (a capital after it, in any script) left aside: ``consejero de
    Medio Ambiente, Vivienda y Ordenación del Territorio`` is one role; ``start`` when there
    is no other comma."""
    at = end
    while (comma := masked.rfind(",", start, at)) >= 0:
        if not masked[comma + 1 : end].lstrip(" \u00a0")[:1].isupper():
            return comma + 1
        at = comma
    return start


def _lead_is_short(masked: str, start: int, at: int) -> bool:
    lead = masked[start:at]
    return QUOTE_MASK not in lead and len(lead.split()) <= _LEAD_WORDS


def _lead_set_off(masked: str, start: int, at: int) -> bool:
    """Whether the words before a name ``at`` make one phrase its comma closes, with no other
    comma (but those listing a body's names: ``El consejero de Agricultura, Pesca y Montes,``)
    and no quotation, at most :data:`_SET_OFF_WORDS` words: a role in apposition before the
    name (``La portavoz de la Federación Andaluza de Municipios, Carmen Lara,``) or an opening
    phrase (``Durante la reunión de ayer en la sede, Carmen Lara``); the name is the
    subject."""
    lead = masked[start:at].rstrip(" \u00a0")
    return (
        lead.endswith(",")
        # (no comma but its last, a name list's aside)
        and after_clause_comma(masked, start, start + len(lead) - 1) == start
        and QUOTE_MASK not in lead
        and len(lead.split()) <= _SET_OFF_WORDS
    )


def opening_person(
    masked: str, mentions: Sequence[Mention], start: int, end: int
) -> Mention | None:
    """The person named first in the sentence ``masked[start:end]`` (``mentions``: those
    starting in it, in text order), when at most a few words and no quotation stand before
    them: the sentence's subject."""
    for mention in mentions:
        if mention.type == "person" and mention.end <= end:
            short = _lead_is_short(masked, start, mention.start)
            return mention if short or _lead_set_off(masked, start, mention.start) else None
        if mention.type != "person" and not _lead_is_short(masked, start, mention.start):
            return None
    return None


def opening_name(masked: str, start: int, end: int) -> str | None:
    """The one or two capitalised words opening the sentence ``masked[start:end]`` before a
    lower-case word, when no mention covers them (a surname: ``Bustamante destacó``)."""
    match = _OPENING_NAME.match(masked, start, end)
    if match is None or not match.group(2).islower():
        return None
    name = match.group(1)
    return name if all(word[:1].isupper() for word in name.split()) else None
