"""Which tokens of a shared analysis are content terms, one byte a token, kept per analysis.

A content term is a token that is no stop word, whose normalised form holds a letter or a
digit and whose stem holds a letter. The summarizer and the coverage notes read the same
sentences' content terms (:mod:`newsbrief.nlp.near_duplicates`); the flags are worked out once
per analysis and kept for as long as it lives (keyed by identity, not content).

The rule reads a token's form, stem and stop-word flag, which the analysis works out once per
distinct form: so :func:`newsbrief.nlp.analysis.analyse_documents` works the flags out once per
distinct form too and hands each analysis its flags (:func:`remember_own`), instead of one
Python step per token when they are first read (about 150 ns a token, a million tokens for
3,000 feed articles). Kept apart from ``near_duplicates`` so the analysis does not import
SciPy.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis

__all__ = [
    "content_flags",
    "flags_of",
    "has_alnum",
    "has_alpha",
    "is_content",
    "known_content_flags",
    "remember_content_flags",
    "remember_own",
]

#: The flags of each analysis whose flags were worked out, for as long as it lives.
_CONTENT: weakref.WeakKeyDictionary[Analysis, bytes] = weakref.WeakKeyDictionary()
_CONTENT_LOCK = threading.Lock()


def has_alnum(word: str) -> bool:
    """Whether ``word`` holds a letter or a digit."""
    # ``isalnum`` answers most words at once; a word with marks is read through.
    return word.isalnum() or any(c.isalnum() for c in word)


def has_alpha(word: str) -> bool:
    """Whether ``word`` holds a letter."""
    return word.isalpha() or any(c.isalpha() for c in word)


def is_content(norm: str, stem: str, stop: object) -> bool:
    """Whether a token of normalised form ``norm``, stem ``stem`` and stop-word flag ``stop``
    is a content term (the rule of the module documentation)."""
    return not stop and has_alnum(norm) and has_alpha(stem)


def flags_of(norms: Iterable[str], stems: Iterable[str], stops: Iterable[object]) -> bytes:
    """:func:`is_content` of each token given by its three columns, as bytes (``1``, ``0``)."""
    # (The two C tests first, in the generator: most words are answered by them.)
    return bytes(
        not stop and (norm.isalnum() or has_alnum(norm)) and (stem.isalpha() or has_alpha(stem))
        for norm, stem, stop in zip(norms, stems, stops, strict=True)
    )


def content_flags(analysis: Analysis) -> bytes:
    """Whether each token of ``analysis`` is a content term (1) or not (0), worked out once."""
    with _CONTENT_LOCK:
        known = _CONTENT.get(analysis)
    if known is not None:
        return known
    content = flags_of(analysis.norms, analysis.stems, analysis.stops)
    with _CONTENT_LOCK:
        _CONTENT[analysis] = content
    return content


def remember_own(analysis: Analysis, flags: bytes) -> None:
    """Keep ``flags`` as those of ``analysis``, made with it: what :func:`content_flags` would
    work out from its columns (one byte a token)."""
    with _CONTENT_LOCK:
        _CONTENT.setdefault(analysis, flags)


def known_content_flags(analyses: Mapping[str, Analysis]) -> dict[str, bytes]:
    """The content flags (one byte a token, :func:`content_flags`) of those of ``analyses``
    (``{doc_id: Analysis}``) whose flags this process has worked out already, by id: for a
    process that made the analyses to send with them (``-j N``: each worker's, counted for the
    coverage notes), so that the summary's reading of them in another is not paid twice."""
    with _CONTENT_LOCK:
        found = {doc_id: _CONTENT.get(analysis) for doc_id, analysis in analyses.items()}
    return {doc_id: flags for doc_id, flags in found.items() if flags is not None}


def remember_content_flags(analyses: Mapping[str, Analysis], flags: Mapping[str, bytes]) -> None:
    """Keep ``flags`` (from :func:`known_content_flags` of the same analyses, made elsewhere)
    as those of ``analyses``, by id, for as long as each analysis lives. Flags whose length is
    not the analysis' number of tokens are not kept (worked out again when read)."""
    with _CONTENT_LOCK:
        for doc_id, own in flags.items():
            analysis = analyses.get(doc_id)
            if analysis is not None and len(own) == len(analysis.stems):
                _CONTENT.setdefault(analysis, own)
