"""A name a group uses (issue #16): ``what they call "..."``, ``what staff called "..."``,
``which locals call "..."``.

A relative clause whose subject is a group, not one person, sets off the name that group gives
a thing: a pronoun of a group (``[quotes] group_subjects``: ``they``, ``we``) or a bare common
noun in lower case, with no article (``ecologists``, ``staff``, ``critics``), then a calling
verb (``[quotes] group_naming_verbs``: ``call``, ``called``, after an auxiliary or not). What
one person calls a thing (``what he called "..."``, ``what one critic called "..."``) is her
words; the habitual and perfect forms the naming clauses read (:mod:`.naming_clauses`) stay
theirs.
"""

from __future__ import annotations

import functools
import re

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.marks import QuoteSpan
from newsbrief.languages import language, normalize, on_reload

#: How far before a quotation its clause is read (code points).
_REACH = 48


def _words(code: str, key: str) -> list[str]:
    return sorted({w.lower() for w in language(normalize(code)).words("quotes", key)})


@functools.cache
def _pattern(code: str) -> re.Pattern[str] | None:
    """The relative clause ending right before a quotation's opening mark, or ``None`` when
    the language's data lists no such words. Group ``subject`` holds the clause's subject."""
    relatives = _words(code, "clause_relatives")
    subjects = _words(code, "group_subjects")
    verbs = _words(code, "group_naming_verbs")
    articles = _words(code, "calling_articles")
    auxiliaries = _words(code, "naming_auxiliaries")
    if not (relatives and subjects and verbs):
        return None
    article = rf"(?:{plain_alternation(articles)}[ \u00a0]+)?" if articles else ""
    auxiliary = rf"(?:{plain_alternation(auxiliaries)}[ \u00a0]+)?" if auxiliaries else ""
    # Case matters: a bare noun in lower case is a common noun; a capitalised one is a name.
    return re.compile(
        rf"(?<![\w’'\-])(?i:{plain_alternation(relatives)})[ \u00a0]+"
        rf"(?P<subject>(?i:{plain_alternation(subjects)})|[a-z][a-z\-]+)[ \u00a0]+"
        rf"(?i:{auxiliary}{plain_alternation(verbs)})[ \u00a0]+(?i:{article})[‘“\"']?$"
    )


@functools.cache
def _excluded(code: str) -> frozenset[str]:
    """Words that are no group subject: the language's function words and the pronouns of
    one person (``[quotes] subject_pronouns``)."""
    data = language(normalize(code))
    return frozenset(
        w.lower()
        for key in ("function_words", "subject_pronouns", "first_person", "other_pronouns")
        for w in data.words("quotes", key)
    ) - frozenset(_words(code, "group_subjects"))


def named_by_group(text: str, span: QuoteSpan, words: list[str], code: str) -> bool:
    """Whether the quotation ``span`` of ``text`` (whose words are ``words``) follows a
    relative clause in which a group calls a thing so (see the module): a name or a term, no
    one's words. A quotation ending with a stop or opening with a function word other than an
    article (``what they called "for calm."``) is left to the other tests."""
    pattern = _pattern(code)
    if pattern is None or not words:
        return False
    if text[span.start : span.end].rstrip().endswith((".", "!", "?")):
        return False
    found = pattern.search(text, max(0, span.open - _REACH), span.open)
    if found is None:
        return False
    if found.group("subject").lower() in _excluded(code):
        return False  # ``what he called "..."``, ``which it called "..."``: one speaker
    first = words[0].lower()
    return first not in _excluded(code) or first in _words(code, "calling_articles")


on_reload(_pattern.cache_clear)
on_reload(_excluded.cache_clear)
