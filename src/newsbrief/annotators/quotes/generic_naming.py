"""A name a group uses (issue #16): ``what they call "..."``, ``what staff called "..."``,
``which locals call "..."``, ``Reviewers keep calling it an "..."``.

A relative clause whose subject is a group, not one person, sets off the name that group gives
a thing: a pronoun of a group (``[quotes] group_subjects``: ``they``, ``we``) or a bare common
noun in lower case, with no article (``ecologists``, ``staff``, ``critics``), then a calling
verb (``[quotes] group_naming_verbs``: ``call``, ``called``, after an auxiliary or not). What
one person calls a thing (``what he called "..."``, ``what one critic called "..."``) is her
words; the habitual and perfect forms the naming clauses read (:mod:`.naming_clauses`) stay
theirs. A quotation opening with an indefinite article (``what they called "a
stitch-up"``) is a verdict, the group's words, not a name; so is one opening with a definite
article and longer than a name (``what police called "the worst disorder in a decade"``).

A group may also give the name to an object it calls so (``Readers have called it a "..."``,
``Critics call the town the "..."``): the group a plural common noun (``[quotes] plural_endings``)
or a group pronoun right before the calling verb (``[quotes] calling_verbs``; perhaps after
``[quotes] group_calling_auxiliaries``: ``have``, ``keep``), a determiner
(``group_calling_determiners``) right before the marks, or none before a name's shape (two words or
more, a capital first, no adverb first, no list conjunction: ``Critics have called your cooking
"Yorkshire with a passport"``); a subject denying or generalising the naming is a group too
(``[quotes] nobody_subjects``: ``nobody calls his books "..."``). A named subject's verdict
(``SpaceX called the mission a "..."``, ``Smith called it her "..."``) is speech; so is a quotation
that holds its own article (``Activists called the talks "a betrayal ..."``), a question or an
exclamation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.language_words import sorted_quote_words as _words
from newsbrief.annotators.quotes.marks import QuoteSpan
from newsbrief.languages import language, normalize, on_reload

#: How far before a quotation its clause is read (code points).
_REACH = 48
#: How far before a quotation a group's calling verb and its object are read (code points).
_OBJECT_REACH = 80
#: A name a group gives a thing, opening with its own article, has at most this many words
#: (``"the blue book"``); a longer one is a description, the group's verdict.
_NAME_WORDS = 3


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
    if first in _words(code, "indefinite_articles"):
        # ``condemning what they called "a stitch-up"``: a verdict the group gives, its words,
        # as after a calling verb's object (below); a name is definite (``what staff called
        # "the blue book"``).
        return False
    if first in _words(code, "calling_articles"):
        # ``what police called "the worst disorder in a decade"``: a longer one is a verdict.
        return len(words) <= _NAME_WORDS
    return first not in _excluded(code)


@functools.cache
def _object_pattern(code: str) -> re.Pattern[str] | None:
    """A group's calling verb, one to five words of object and perhaps a determiner ending
    right before a quotation's opening mark, or ``None`` when the language's data lists no
    such words. Group ``subject`` holds the word before the verb (and its auxiliaries), group
    ``determiner`` the determiner if any (the object's words as few as may be, so a
    determiner before the marks is read as one)."""
    verbs = _words(code, "calling_verbs")
    auxiliaries = _words(code, "group_calling_auxiliaries")
    determiners = _words(code, "group_calling_determiners")
    if not (verbs and determiners):
        return None
    auxiliary = rf"(?:{plain_alternation(auxiliaries)}[ \u00a0]+){{0,2}}" if auxiliaries else ""
    return re.compile(
        rf"(?<![\w’'\-])(?P<subject>[^\W\d_][\w\-]*)[ \u00a0]+(?i:{auxiliary}"
        rf"{plain_alternation(verbs)})(?:[ \u00a0]+[\w’'\-]+){{1,5}}?[ \u00a0]+"
        rf"(?:(?P<determiner>(?i:{plain_alternation(determiners)}))[ \u00a0]+)?[‘“\"']?$"
    )


def named_by_group_calling(
    text: str, span: QuoteSpan, words: list[str], code: str, named: Callable[[int], bool]
) -> bool:
    """Whether the quotation ``span`` of ``text`` (whose words are ``words``) is the name a
    group gives an object it calls so (see the module): ``named`` tells whether a name (a
    person's, a body's) covers the offset given; such a subject's words are speech."""
    pattern = _object_pattern(code)
    if pattern is None or not words:
        return False
    quoted = text[span.start : span.end].rstrip()
    if quoted.endswith(("!", "?")) or words[0].lower() in _excluded(code):
        return False  # ``"a betrayal of the planet."``: its own article, a verdict
    found = pattern.search(text, max(0, span.open - _OBJECT_REACH), span.open)
    if found is None:
        return False
    subject = found.group("subject")
    nobody = subject.lower() in _words(code, "nobody_subjects")
    if found.group("determiner") is None and not _bare_name(words, code, nobody):
        return False  # ``critics called the policy "long overdue"``: a verdict
    if nobody or subject.lower() in _words(code, "group_subjects"):
        return True
    plural = tuple(_words(code, "plural_endings"))
    if (
        subject.lower() in _excluded(code)
        or not plural
        or not subject.lower().endswith(plural)
        or not subject[1:].islower()
    ):
        return False  # ``SpaceX called ...``, ``he called ...``: no group
    if subject[:1].isupper():
        # Capitalised: a plural noun only opening its sentence (``Critics have ...``).
        before = text[max(0, found.start() - 3) : found.start()].rstrip(" \u00a0")
        if before and before[-1] not in ".:!?\n\"“”’'":
            return False
    return not named(found.start("subject"))


def _bare_name(words: list[str], code: str, nobody: bool) -> bool:
    """Whether a quotation with no determiner before it has the shape of a name a group gives
    (``Critics have called your cooking "Yorkshire with a passport"``, ``nobody calls his
    books "native novels."``): two words or more, no adverb first (``[quotes]
    adverb_endings``: ``"deeply flawed"``), no list conjunction (``"cruel and reckless"``),
    and a capital first (``critics called the policy "long overdue"`` is their verdict) unless
    the subject denies or generalises the naming (``nobody``)."""
    if len(words) < 2 or not (nobody or words[0][:1].isupper()):
        return False
    adverbs = tuple(_words(code, "adverb_endings"))
    if adverbs and words[0].lower().endswith(adverbs):
        return False
    joins = set(_words(code, "list_conjunctions"))
    return not any(w.lower() in joins for w in words)


@functools.cache
def _contact_pattern(code: str) -> re.Pattern[str] | None:
    """A noun phrase, then a clause of a common noun (or a group's pronoun) and a calling verb,
    with no relative word between, ending right before a quotation's opening mark (``a measure
    residents call "``, ``a phase the team calls "``), or ``None`` when the language's data
    lists no such words. Group ``head`` holds the noun phrase's words after its determiner,
    group ``subject`` the clause's subject."""
    determiners = _words(code, "group_calling_determiners")
    verbs = _words(code, "group_naming_verbs") + _words(code, "habitual_naming_verbs")
    subjects = _words(code, "group_subjects")
    if not (determiners and verbs):
        return None
    determiner = rf"(?i:{plain_alternation(determiners)})"
    subject = rf"(?i:{plain_alternation(subjects)})|" if subjects else ""
    # Case matters: the words are lower case, a common noun's (a name is a person's verdict).
    return re.compile(
        rf"(?<![\w’'\-]){determiner}[ \u00a0]+(?P<head>[a-z][\w\-]*(?:[ \u00a0]+[a-z][\w\-]*)?)"
        rf"[ \u00a0]+(?:{determiner}[ \u00a0]+)?(?P<subject>{subject}[a-z][a-z\-]+)[ \u00a0]+"
        rf"(?i:{plain_alternation(sorted(set(verbs)))})[ \u00a0]+[‘“\"']?$"
    )


def named_in_contact_clause(
    text: str, span: QuoteSpan, words: list[str], code: str, cue: re.Pattern[str]
) -> bool:
    """Whether the quotation ``span`` of ``text`` (whose words are ``words``) is the name a
    clause with no relative word gives the noun before it: ``a measure residents call
    "..."``, ``a phase the team calls "..."`` (a noun phrase, a common noun or a group's
    pronoun as the subject, a calling verb right before the marks: ``[quotes]
    group_naming_verbs``, ``habitual_naming_verbs``). A name, even with a stop at its end;
    not a verdict (an article or a function word first: ``a move opponents called "a white
    flag"``), nor a longer description (more than :data:`_NAME_WORDS` words), nor a shout or a
    question; nor a clause a cue reports (``said the team calls "..."``: ``cue`` is the
    language's pattern of attribution cues)."""
    pattern = _contact_pattern(code)
    if pattern is None or not 0 < len(words) <= _NAME_WORDS:
        return False
    if text[span.start : span.end].rstrip().endswith(("!", "?")):
        return False
    if words[0].lower() in _excluded(code) or words[0].lower() in _words(code, "calling_articles"):
        return False
    found = pattern.search(text, max(0, span.open - _REACH), span.open)
    if found is None:
        return False
    determiners = _words(code, "group_calling_determiners")
    head = [w for w in found.group("head").split() if w.lower() not in determiners]
    subject = found.group("subject").lower()
    if subject in _excluded(code) or any(w.lower() in _excluded(code) for w in head):
        return False  # ``a technique she called "..."``: one person's words
    return cue.search(text, found.start(), found.start("subject")) is None


on_reload(_pattern.cache_clear)
on_reload(_contact_pattern.cache_clear)
on_reload(_object_pattern.cache_clear)
on_reload(_excluded.cache_clear)
