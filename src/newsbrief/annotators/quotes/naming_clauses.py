"""Quotation marks after a clause that names a thing (issue #16): the name it goes by, not
words someone said.

News writing sets off a name, a term or a status with the clause that gives it:

* a thing's owner naming it habitually, the verb right before the marks with no object between
  (``a feature the company calls "..."``; ``[quotes] habitual_naming_verbs``), or a perfect
  naming it (``what aid agencies have called "the ..."``; ``perfect_naming_verbs`` after
  ``naming_auxiliaries``; ``something she calls "..."`` names a thing she has); after a
  relative word and a person's pronoun or name (``what he calls "..."``, ``which Moss has
  called "..."``; a perfect after her pronoun alone, ``she has called "..."``) her words, and a
  call made (``has called "for calm"``) no name: with an object between (``calls it "a
  disgrace"``) the words are the subject's verdict, speech;
* a status declared, an article between (``had been declared a "..."``; ``designating_verbs``);
* a naming phrase before an article (``known as a "..."``; ``naming_words``);
* the naming clause after the quotation (``the "...", as researchers call it``;
  ``naming_as``, ``naming_after_verbs``, ``naming_after_objects``);
* a naming participle after a noun (``an essay called "..."``, ``the app, called "..."``;
  ``naming_participles``), a title or a name however long;
* a term a preposition's definite object (``feared for the "quiet months"``; ``[quotes]
  term_prepositions``);
* the name of a method, a phenomenon or a place a calling verb's object is (``calls the
  technique "acoustic enrichment"``; ``named_objects``).

A language whose data lists none of these words has no such test.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import attrs

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.language_words import sorted_quote_words as _words
from newsbrief.annotators.quotes.marks import QuoteSpan
from newsbrief.languages import on_reload

#: How far before a quotation its naming clause is read (code points).
_REACH = 60
#: Marks that may close a quotation before the clause after it (``"...", as ...``).
_CLOSING = "’”\"'»"


@attrs.frozen
class NamingClauses:
    """A language's patterns of a naming clause around a quotation."""

    #: Searched in the text before the opening mark, anchored at its end; group ``verb`` holds
    #: a habitual naming verb, whose word before must be no determiner (``the calls "..."``),
    #: group ``perfect`` a perfect's auxiliary.
    before: re.Pattern[str] | None
    #: Matched at the closing mark: ``, as researchers call it``.
    after: re.Pattern[str] | None
    #: Words opening a noun phrase (``[quotes] determiners``).
    determiners: frozenset[str]
    #: Articles (``[quotes] calling_articles``): a quotation ending with a stop names a thing
    #: only as a noun phrase after or opening with one (``have called "the world's ..."``).
    articles: frozenset[str]


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
            rf"(?P<perfect>{plain_alternation(auxiliaries)})(?:[ \u00a0]+\w+ly)?[ \u00a0]+"
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


def named_by_clause(
    text: str,
    span: QuoteSpan,
    words: list[str],
    code: str,
    person_before: Callable[[int], int | None] = lambda at: None,
) -> bool:
    """Whether a naming clause (see the module) sets off the quotation ``span`` of ``text``,
    whose words are ``words``: a name or a term, no one's words.

    Not a call made (``has called "for calm"``, ``calls "on ministers to act"``: words opening
    with a function word other than an article); nor what a person has called a thing after
    her pronoun (``what she has called "..."``), nor what a relative clause's person calls it,
    a pronoun or a name (``person_before`` the verb's or the auxiliary's offset gives where a
    person's name ending right before it starts) after ``[quotes] clause_relatives`` (``what
    he calls "..."``, ``which Dan Moss has called "..."``): her words. ``something she calls
    "..."`` names a thing she has."""
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
    perfect = found.start("perfect")
    subject = verb if verb >= 0 else perfect
    if subject >= 0:
        first = words[0].lower()
        if first in _function_words(code) and first not in clauses.articles:
            return False  # ``has called "for calm"``: a call made
        if perfect >= 0 and person_calling(text, perfect, code):
            return False  # ``what she has called "..."``: her words
        if _relative_person(text, subject, code, person_before):
            return False  # ``what he calls "..."``, ``which Moss has called "..."``: his
    if not stop:
        return True
    # ``have called "the world's largest crisis."``: a noun phrase; ``Britain calls "completely
    # unacceptable."`` is a verdict.
    article_before = found.group().rstrip("‘“\"'").split()[-1].lower() in clauses.articles
    return article_before or words[0].lower() in clauses.articles


def _relative_person(
    text: str, at: int, code: str, person_before: Callable[[int], int | None]
) -> bool:
    """Whether a relative clause's subject, a person's pronoun or name (``person_before``),
    ends right before the word at ``at`` (``what he calls``, ``which Dan Moss has called``)."""
    start = person_before(at)
    if start is None:
        previous = re.search(r"([\w’'\-]+)[ \u00a0]+$", text[max(0, at - 12) : at])
        if previous is None or previous.group(1).lower() not in _subject_pronouns(code):
            return False
        start = max(0, at - 12) + previous.start(1)
    relative = text[max(0, start - 12) : start].split()[-1:]
    return bool(relative) and relative[0].lower() in _relatives(code)


@functools.cache
def _participle_before(code: str) -> re.Pattern[str] | None:
    """A noun phrase and a naming participle ending the text before a quotation (``an essay
    called "``, ``the app, called "``; ``[quotes] naming_participles`` after
    ``participle_determiners``): one lower-case word between, or up to three and a comma (``a
    move opponents called`` is a subject's verb)."""
    participles = _words(code, "naming_participles")
    determiners = _words(code, "participle_determiners")
    if not participles or not determiners:
        return None
    word = r"[\w’'\-]+"
    participle = plain_alternation(participles)
    return re.compile(
        rf"(?<![\w’'\-]){plain_alternation(determiners, case='either')}[ \u00a0]+"
        rf"(?:[a-z][\w’'\-]*[ \u00a0]+{participle}|(?:{word}[ \u00a0]+){{0,2}}{word},[ \u00a0]+"
        rf"{participle})[ \u00a0]+[‘“\"']?$"
    )


@functools.cache
def _participles(code: str) -> tuple[str, ...]:
    """The naming participles of :func:`_participle_before`'s pattern."""
    return tuple(_words(code, "naming_participles"))


def named_by_participle(text: str, span: QuoteSpan, words: list[str], code: str) -> bool:
    """Whether a naming participle after a noun sets off the quotation ``span`` of ``text``
    (``an essay called "..."``, ``the app, called "..."``; see :func:`_participle_before`),
    however long: a title or a name. Not a shout (``!``, ``?``), nor words opening with a
    function word other than an article (``called "for calm"``: a call made), nor lower-case
    words a passive's agent follows (``The film, called "a masterpiece" by critics``, ``[quotes]
    participle_agents``: the critics' words)."""
    pattern = _participle_before(code)
    if pattern is None or not words:
        return False
    if text[span.start : span.end].rstrip().endswith(("!", "?")):
        return False
    first = words[0].lower()
    if first in _function_words(code) and first not in naming_clauses(code).articles:
        return False
    if text[span.start : span.start + 1].islower() and _agent_after(text, span.close, code):
        return False
    low = max(0, span.open - _REACH)
    # Every match holds a participle as written (the pattern is case-sensitive): a text before
    # the quotation that spells none (most) is not searched.
    if not any(text.find(word, low, span.open) >= 0 for word in _participles(code)):
        return False
    found = pattern.search(text, low, span.open)
    if found is None:
        return False
    # ``what one critic called "..."``: the noun is the subject of a relative clause, its
    # words quoted.
    previous = text[low : found.start()].split()[-1:]
    return not (previous and previous[0].lower() in _relatives(code))


def _agent_after(text: str, at: int, code: str) -> bool:
    """Whether a passive's agent word (``[quotes] participle_agents``) follows ``at``, a comma
    and spaces allowed (``"..." by critics``)."""
    after = re.match(r"[,]?[ \u00a0]+([\w’'\-]+)", text[at : at + 24])
    return after is not None and after.group(1).lower() in _agents(code)


@functools.cache
def _agents(code: str) -> frozenset[str]:
    return frozenset(_words(code, "participle_agents"))


@functools.cache
def _relatives(code: str) -> frozenset[str]:
    return frozenset(_words(code, "clause_relatives"))


@functools.cache
def _definite_object(code: str) -> re.Pattern[str] | None:
    """A preposition and a definite article ending the text before a quotation (``feared for
    the "``; ``[quotes] term_prepositions``, ``definite_articles``), or ``None``."""
    prepositions, definite = _words(code, "term_prepositions"), _words(code, "definite_articles")
    if not prepositions or not definite:
        return None
    return re.compile(
        rf"(?<![\w’'\-]){plain_alternation(prepositions)}[ \u00a0]+"
        rf"{plain_alternation(definite)}[ \u00a0]+[‘“\"']?$",
        re.IGNORECASE,
    )


def definite_term(
    text: str, span: QuoteSpan, words: list[str], code: str, cue: re.Pattern[str]
) -> bool:
    """Whether a quotation of two or three lower-case words is a term the sentence refers to
    by its definite article after a preposition (``feared for the "quiet months"``,
    ``referring to the "revised schedule"``, ``about the "discharge petition" fight``): a
    name in use, not words said. Not after a cue right before the preposition (``warned of
    the "grave consequences"``: the words warned of); one word (``the "iconic" Falcon``, a
    verdict set before its noun) or one ending with a stop is left to the other tests."""
    if not 2 <= len(words) <= 3 or not text[span.start : span.start + 1].islower():
        return False
    if text[span.start : span.end].rstrip().endswith((".", "!", "?")):
        return False
    pattern = _definite_object(code)
    if pattern is None:
        return False
    low = max(0, span.open - 24)
    found = pattern.search(text, low, span.open)
    if found is None:
        return False
    back = max(0, found.start() - 24)
    previous = re.search(r"[\w’'\-]+[ \u00a0]*$", text[back : found.start()])
    return previous is None or cue.match(text, back + previous.start()) is None


@functools.cache
def _function_words(code: str) -> frozenset[str]:
    return frozenset(_words(code, "function_words"))


@functools.cache
def _subject_pronouns(code: str) -> frozenset[str]:
    return frozenset(_words(code, "subject_pronouns"))


def person_calling(text: str, verb: int, code: str) -> bool:
    """Whether the calling verb at ``verb`` has a person's pronoun right before it (``[quotes]
    subject_pronouns``: ``what she called the "..."``): the words of the person the article
    quotes, not a name a group gives (``what they called the "..."``)."""
    previous = text[max(0, verb - 12) : verb].split()[-1:]
    return bool(previous) and previous[0].lower() in _subject_pronouns(code)


@functools.cache
def _object_named(code: str) -> re.Pattern[str] | None:
    """A calling verb, a determiner, at most one word and a noun of a method, a phenomenon or
    a place ending the text before a quotation (``calls the technique "``; ``[quotes]
    calling_verbs``, ``participle_determiners``, ``named_objects``), or ``None``."""
    verbs, determiners = _words(code, "calling_verbs"), _words(code, "participle_determiners")
    objects = _words(code, "named_objects")
    if not verbs or not determiners or not objects:
        return None
    return re.compile(
        rf"(?<![\w’'\-]){plain_alternation(verbs)}[ \u00a0]+{plain_alternation(determiners)}"
        rf"(?:[ \u00a0]+[\w’'\-]+)?[ \u00a0]+{plain_alternation(objects)}[ \u00a0]+[‘“\"']{{1,2}}$",
        re.IGNORECASE,
    )


def named_object(text: str, span: QuoteSpan, words: list[str], code: str) -> bool:
    """Whether the quotation ``span`` of ``text`` names a method, a phenomenon or a place its
    calling verb's object is (``The team calls the technique "acoustic enrichment"``, ``began
    calling the shelter "la casa grande"``, ``calling the building "the castle"``): two or
    three lower-case words, no stop ending them, none an adverb (``[quotes] adverb_endings``)
    nor a function word but a definite article opening them (``called the trend "deeply
    concerning."``, ``"very worrying"``, ``"careful and convincing"``, ``"unsafe for
    anyone"``, ``called the bridge "a death trap"``: a verdict, someone's words)."""
    if not 2 <= len(words) <= 3 or not words[0][:1].islower():
        return False
    if text[span.start : span.end].rstrip().endswith((".", "!", "?")):
        return False
    lowered = [w.lower() for w in words]
    adverb_endings = tuple(_words(code, "adverb_endings"))
    if adverb_endings and any(w.endswith(adverb_endings) for w in lowered):
        return False  # ``"deeply concerning"``: an adverb's verdict
    function_words = _function_words(code)
    if lowered[0] in function_words and lowered[0] not in _words(code, "definite_articles"):
        return False
    if any(w in function_words for w in lowered[1:]):
        return False
    pattern = _object_named(code)
    return (
        pattern is not None
        and pattern.search(text, max(0, span.open - _REACH), span.open + 1) is not None
    )


on_reload(naming_clauses.cache_clear)
on_reload(_subject_pronouns.cache_clear)
on_reload(_participle_before.cache_clear)
on_reload(_participles.cache_clear)
on_reload(_function_words.cache_clear)
on_reload(_relatives.cache_clear)
on_reload(_agents.cache_clear)
on_reload(_definite_object.cache_clear)
on_reload(_object_named.cache_clear)
