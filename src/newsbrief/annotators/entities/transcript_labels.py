"""A transcript's turn labels (``PAUL ROE, NPR HOST:``, ``ROE:``, ``REPORTER:``, ``ВЕДУЩИЙ:``)
as names: the name a label gives is a person's, the one speaking (a surname alone in capitals
reads like an acronym, and became an organisation); the role after it (``HOST``, the last
words of ``NPR HOST``, the role words of ``MAYOR OF RIVERTON``) and a role label alone are no
names (they became organisations). The outlet before the role (``NPR``) and a place in it
(``RIVERTON``) stay what they are. Which lines are labels is the quote rules'
reading of the exchange (:func:`~newsbrief.annotators.quotes.speaker_lines.transcript_labels`).
"""

from __future__ import annotations

import bisect

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.annotators.quotes.speaker_lines import staff_word, transcript_labels
from newsbrief.model import Document
from newsbrief.nlp.candidates import (
    TEXT,
    TYPE,
    CandidateFields,
    PackedCandidates,
    pack_fields,
    with_fields,
)

__all__ = ["with_transcript_labels"]


def with_transcript_labels(document: Document, packed: PackedCandidates) -> PackedCandidates:
    """``packed`` (the candidates of ``document``) with each turn label's name a person (when
    the text names them outside the labels too) and its role words left out; ``packed``
    itself when the text holds no transcript."""
    if not len(packed):
        return packed
    text, code = document.text, document.language
    labels = transcript_labels(text, code)
    if not labels:
        return packed
    staff = quote_words(code or "en", "transcript_staff")
    names = {label.start: label.name_end for label in labels}
    speakers = {label.start for label in labels if label.named}
    # (sorted and one a line, so a candidate's role is found by bisection: a long transcript
    # holds thousands of roles and as many candidates)
    roles = sorted(
        (label.role_start, label.role_end)
        for label in labels
        if label.role_start is not None and label.role_end is not None
    )
    role_starts = [s for s, _ in roles]
    bounds = iter(packed.bounds())
    offsets: list[int] = []
    fields_out: list[CandidateFields] = []
    changed = False
    for start, end, fields in zip(bounds, bounds, packed.fields, strict=True):
        words = str(fields[TEXT]).lower().split()
        at = bisect.bisect_right(role_starts, start) - 1
        in_role = at >= 0 and end <= roles[at][1]
        if (in_role or start in names) and all(word in staff for word in words):
            changed = True  # ``HOST``, ``REPORTER``: a role, no one's name
            continue
        if in_role and _role_words(str(fields[TEXT])):
            changed = True  # ``MAYOR`` of ``MAYOR OF RIVERTON``: the role, no one's name
            continue
        if in_role and staff_word(str(fields[TEXT]), staff):
            # ``NPR HOST`` read as one name: the outlet alone.
            name = str(fields[TEXT])
            end = start + len(name[: len(name) - len(name.split()[-1])].rstrip())
            fields = with_fields(fields, text=text[start:end])
            changed = True
        elif start in speakers and names[start] == end and fields[TYPE] != "person":
            fields = with_fields(fields, type="person", evidence=True)
            changed = True
        offsets += (start, end)
        fields_out.append(fields)
    return pack_fields(offsets, fields_out) if changed else packed


def _role_words(name: str) -> bool:
    """Whether ``name`` is role words alone (``MAYOR``, ``CHIEF EXECUTIVE``), in capitals as a
    label writes them or not."""
    words = name.split()
    return bool(words) and all(
        word in gz.ROLE_WORDS or word[:1] + word[1:].lower() in gz.ROLE_WORDS for word in words
    )
