"""What the date grammar is made of and what it finds: a :class:`Rule` (one shape of temporal
expression: its pattern, its reader and the skips that speed it up), the :class:`Trigger` that
says around which words it can match, and the :class:`Expression` a kept match becomes.

Apart from the rules themselves so that the shape modules, the rule table, the matcher and the
resolver share these types without importing one another.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from newsbrief.annotators.dates.lexicon import Lexicon


@attrs.frozen
class Expression:
    """A temporal expression found in a text, with the fields it spells out."""

    #: First code point.
    start: int
    #: One past the last code point.
    end: int
    #: Which rule found it: ``date``, ``month``, ``weekday``, ``deictic``, ``relative``,
    #: ``period``, ``ago``, ``season``, ``year``, ``anaphor``, ``time``, ``duration``, ``set``,
    #: ``reference``, ``quarter``, ``decade``, ``century``, ``fiscal``; ``range`` for two
    #: joined ones (fields ``first`` and ``last``, each an :class:`Expression`).
    kind: str
    #: Numbers and words read from it (``month=10``, ``day=3``, ``weekday=3``, ``rel="last"``).
    fields: Mapping[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class Rule:
    """One shape of temporal expression."""

    #: The :attr:`Expression.kind` it produces.
    kind: str
    #: What to match.
    pattern: re.Pattern[str]
    #: Turns a match into fields, or ``None`` to reject it (``may`` is not a month).
    read: Callable[[re.Match[str], str, Lexicon], dict[str, Any] | None]
    #: Words one of which every match holds; the pattern then runs only around them.
    trigger: Trigger | None = None
    #: A pattern every match contains a match of (its clock time, its ``...0s``): a window
    #: around a trigger that holds none is skipped without trying the whole pattern there.
    hint: re.Pattern[str] | None = None
    #: A pattern of the form ``<one character class>(?=...)`` that matches at a character of
    #: every match (the last digit of ``3 May``'s day, of a clock time's hour or minutes),
    #: with nothing it reads outside that match. Its hits are found once per text by one scan
    #: (the leading class lets the engine skip to candidate characters, and consuming that one
    #: character lets no hit hide another); a window without one is skipped, and a text
    #: without any never works out the rule's windows.
    anchor: re.Pattern[str] | None = None
    #: Lower-case ASCII words, one of which every match the reader keeps holds followed by a
    #: space (``last``/``next``... of ``the next 16 months``): a window whose lower-cased text
    #: has none is skipped. One search of literal words lets the engine skip to their first
    #: letters, where the rule would try every word of the window.
    cue: re.Pattern[str] | None = None
    #: Whether every match holds one of its trigger's words whole (a token of the lower-cased
    #: text, as :class:`TokenIndex` finds them), set by the rule table (:mod:`.rule_table`)
    #: for the rules that do and whose trigger words are ASCII. No match then starts after a
    #: window's last trigger word, and its scan stops once past it: the rest of the window
    #: after the last match (the ``after`` characters) is not tried in vain.
    holds_trigger: bool = False


@attrs.frozen(cache_hash=True)  # the key of each text's window tables
class Trigger:
    """Where a rule can match: near one of its words (lower-case tokens) or near a token the
    ``numeric`` test accepts (``2024``, ``18``), ``before``/``after`` characters around it.

    Running each pattern only in those windows keeps the many rules about as fast as one scan:
    a text without ``quarter`` never tries the quarter shapes.
    """

    words: frozenset[str]
    before: int
    after: int
    numeric: Callable[[str], bool] | None = None
