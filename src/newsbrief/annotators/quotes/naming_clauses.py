"""Quotation marks after a clause that names a thing (issue #16): the name it goes by, not
words someone said.

News writing sets off a name, a term or a status with the clause that gives it:

* a thing's owner naming it habitually, the verb right before the marks with no object between
  (``a feature the company calls "..."``, ``something she calls "..."``; ``[quotes]
  habitual_naming_verbs``), or a perfect naming it (``what aid agencies have called "the
  ..."``; ``perfect_naming_verbs`` after ``naming_auxiliaries``): with an object between
  (``calls it "a disgrace"``) the words are the subject's verdict, speech;
* a status declared, an article between (``had been declared a "..."``; ``designating_verbs``);
* a naming phrase before an article (``known as a "..."``; ``naming_words``);
* the naming clause after the quotation (``the "...", as researchers call it``;
  ``naming_as``, ``naming_after_verbs``, ``naming_after_objects``).

A language whose data lists none of these words has no such test.
"""

from __future__ import annotations

import functools
import re

import attrs

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.marks import QuoteSpan
from newsbrief.languages import language, normalize, on_reload

#: How far before a quotation its naming clause is read (code points).
_REACH = 60
#: Marks that may close a quotation before the clause after it (``"...", as ...``).
_CLOSING = "’”\"'»"


@attrs.frozen
class NamingClauses:
    """A language's patterns of a naming clause around a quotation."""

    #: Searched in the text before the opening mark, anchored at its end; group ``verb`` holds
    #: a habitual naming verb, whose word before must be no determiner (``the calls "..."``).
    before: re.Pattern[str] | None
    #: Matched at the closing mark: ``, as researchers call it``.
    after: re.Pattern[str] | None
    #: Words opening a noun phrase (``[quotes] determiners``).
    determiners: frozenset[str]
    #: Articles (``[quotes] calling_articles``): a quotation ending with a stop names a thing
    #: only as a noun phrase after or opening with one (``have called "the world's ..."``).
    articles: frozenset[str]


def _words(code: str, key: str) -> list[str]:
    return sorted({w.lower() for w in language(normalize(code)).words("quotes", key)})


@functools.cache
def naming_clauses(code: str) -> NamingClauses:
    """The naming-clause patterns of language ``code`` (see :class:`NamingClauses`)."""
    articles = _words(code, "calling_articles")
    article = rf"(?:{plain_alternation(articles)}[ \u00a0]+)?" if articles else ""
    mark = "[‘“\"']?$"
    branches = []
    habitual = _words(code, "habitual_naming_verbs")
    if habitual:
        branches.append(rf"(?P<verb>{plain_alternation(habitual)})[ \u00a0]+{article}")
    perfect, auxiliaries = _words(code, "perfect_naming_verbs"), _words(code, "naming_auxiliaries")
    if perfect and auxiliaries:
        branches.append(
            rf"{plain_alternation(auxiliaries)}(?:[ \u00a0]+\w+ly)?[ \u00a0]+"
            rf"{plain_alternation(perfect)}[ \u00a0]+{article}"
        )
    designating = _words(code, "designating_verbs")
    if designating and articles:
        branches.append(
            rf"{plain_alternation(designating)}[ \u00a0]+{plain_alternation(articles)}[ \u00a0]+"
        )
    naming = _words(code, "naming_words")
    if naming and articles:
        branches.append(
            rf"{plain_alternation(naming)}[ \u00a0]+{plain_alternation(articles)}[ \u00a0]+"
        )
    before = (
        re.compile(rf"(?<![\w’'\-])(?:{'|'.join(branches)}){mark}", re.IGNORECASE)
        if branches
        else None
    )
    conjunction, verbs = _words(code, "naming_as"), _words(code, "naming_after_verbs")
    objects = _words(code, "naming_after_objects")
    after = (
        re.compile(
            rf"[{_CLOSING}]*[ \u00a0]*,?[ \u00a0]+{plain_alternation(conjunction)}"
            rf"(?:[ \u00a0]+[\w’'\-]+){{1,3}}[ \u00a0]+{plain_alternation(verbs)}"
            rf"[ \u00a0]+{plain_alternation(objects)}\b",
            re.IGNORECASE,
        )
        if conjunction and verbs and objects
        else None
    )
    return NamingClauses(
        before=before,
        after=after,
        determiners=frozenset(_words(code, "determiners")),
        articles=frozenset(articles),
    )


def named_by_clause(text: str, span: QuoteSpan, words: list[str], code: str) -> bool:
    """Whether a naming clause (see the module) sets off the quotation ``span`` of ``text``,
    whose words are ``words``: a name or a term, no one's words."""
    clauses = naming_clauses(code)
    quoted = text[span.start : span.end].rstrip()
    stop = quoted.endswith((".", "!", "?"))
    if clauses.after is not None and not stop and clauses.after.match(text, span.close):
        return True
    if clauses.before is None:
        return False
    low = max(0, span.open - _REACH)
    found = clauses.before.search(text, low, span.open)
    if found is None:
        return False
    verb = found.start("verb")
    if verb >= 0:
        previous = text[low:verb].split()[-1:]
        if previous and previous[0].lower() in clauses.determiners:
            return False  # ``the calls "..."``: a noun, no verb
    if not stop:
        return True
    # ``have called "the world's largest crisis."``: a noun phrase; ``Britain calls "completely
    # unacceptable."`` is a verdict.
    article_before = found.group().rstrip("‘“\"'").split()[-1].lower() in clauses.articles
    return article_before or words[0].lower() in clauses.articles


on_reload(naming_clauses.cache_clear)
