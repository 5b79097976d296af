"""The title of a work set in apposition after the noun of its kind (issue #16): ``The study,
"Rapid melt at the grounding zone," was published on Wednesday``, ``Her 2023 book, "Blue
Below," was shortlisted``: a title however long, not words said.

The noun of a work (``[quotes] name_nouns`` and ``title_nouns``) opens a noun phrase with a
determiner or a possessive (``[quotes] title_determiners``, or a name's ``'s``) and at most two
words between (``Her 2023 book``), then a comma and the quotation; after its close the
sentence runs on with a lower-case word and no cue (``The report, "We found nothing," the
inspector wrote`` quotes the inspector).
"""

from __future__ import annotations

import functools
import re

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.marks import NEXT_WORD, QuoteSpan
from newsbrief.languages import language, normalize, on_reload

#: How far before a quotation the noun phrase of its kind is read (code points).
_REACH = 60
#: How far after a quotation a cue is looked for (code points).
_CUE_REACH = 40
#: A comma perhaps, spaces and the lower-case word the sentence runs on with (French spaces
#: inside its marks: ``« Les Heures blanches », avait reçu``).
_RUNS_ON = re.compile(r"[ \u00a0\u202f]*,?[’”'\"»“]*,?[ \u00a0]+[^\W\d_]")


@functools.cache
def _kind_before(code: str) -> re.Pattern[str] | None:
    """A determiner or a possessive, at most two words, a work's noun and a comma ending the
    text before a quotation, or ``None`` where the language lists no such words."""
    words = language(normalize(code)).words
    nouns = {w.lower() for w in words("quotes", "name_nouns") | words("quotes", "title_nouns")}
    determiners = {w.lower() for w in words("quotes", "title_determiners")}
    if not nouns or not determiners:
        return None
    word = r"[\w’'\-]+"
    return re.compile(
        rf"(?<![\w’'\-])(?:{plain_alternation(determiners, case='either')}|[A-Z]{word}[’']s)"
        rf"(?:[ \u00a0]+{word}){{0,2}}?[ \u00a0]+{plain_alternation(nouns)},[ \u00a0]*[‘“„«\"']?$"
    )


def apposed_title(text: str, span: QuoteSpan, code: str, cue: re.Pattern[str]) -> bool:
    """Whether the quotation ``span`` of ``text`` is a title set after the noun of its kind
    (see the module): a capital or a digit opening it as a title's, no ``!``, ``?`` or stop
    ending it, the sentence running on after it with no cue (``cue``) in the next
    :data:`_CUE_REACH` code points but the work's own verb (:func:`_work_own_verb`). Lower-case
    words there describe the work (``The report, "a damning indictment of ...," was
    published``): someone's verdict, not its title."""
    first = text[span.start : span.start + 1]
    if not (first.isupper() or first.isdigit()):  # ``"1984,"`` opens a title too
        return False
    if text[span.start : span.end].rstrip().endswith((".", "!", "?")):
        return False
    pattern = _kind_before(code)
    if pattern is None or pattern.search(text, max(0, span.open - _REACH), span.open + 1) is None:
        return False
    runs_on = _RUNS_ON.match(text, span.end)
    if runs_on is None or not text[runs_on.end() - 1].islower():
        return False
    found = cue.search(text, span.close, span.close + _CUE_REACH)
    return found is None or _work_own_verb(text, span, found, runs_on.end() - 1, code)


#: A word of a quotation.
_WORD = re.compile(r"[\w’']+")
#: The verb after a work's title and the lower-case word after it (``describes a method``).
_VERB_THEN_WORD = re.compile(r"[\w’'\-]+[ \u00a0]+[^\W\d_]")
#: The verb, then a short noun phrase its comma or stop ends (``says the family lawyer,``).
_VERB_THEN_PHRASE = re.compile(
    r"[\w’'\-]+(?:[ \u00a0]+[\w’'\-]+){0,2}?[ \u00a0]+(?P<noun>[\w’'\-]+)[,.;]"
)


def _work_own_verb(text: str, span: QuoteSpan, found: re.Match[str], verb: int, code: str) -> bool:
    """Whether the cue ``found`` after a work's title is the work's own verb (``The paper,
    "Rapid warming of deep ocean layers", describes a method``): the word the sentence runs on
    with at ``verb``, a lower-case word after it (``said Ann Roe`` names who spoke) but no
    short phrase ending with a person's noun (``says the coroner,``), and no pronoun in the
    quotation (``The report, "We found nothing," says the inspector``)."""
    if found.start() != verb:
        return False
    after = _VERB_THEN_WORD.match(text, verb)
    if after is None or not text[after.end() - 1].islower():
        return False
    words = language(normalize(code)).words
    inverted = _VERB_THEN_PHRASE.match(text, verb)
    if inverted is not None:
        noun = inverted.group("noun").lower()
        people = (
            words("entities", "person_role_nouns")
            | words("quotes", "role_nouns")
            | words("quotes", "occupation_nouns")
        )
        if noun in people or noun.removesuffix("s") in people:
            return False  # ``"It was avoidable", says the coroner,``: the coroner says it
    pronouns = {
        w.lower() for w in words("quotes", "first_person") | words("quotes", "subject_pronouns")
    }
    quoted = _WORD.findall(text, span.start, span.end)
    return not any(w.lower() in pronouns for w in quoted)


on_reload(_kind_before.cache_clear)


#: A capitalised name's possessive, one space and the opening mark, ending the text before it.
_POSSESSIVE_BEFORE = re.compile(r"(?<![\w’'\-])[A-Z][\w’'\-]*[’']s[ \u00a0]+[‘“\"']{1,2}$")


def possessed_name(
    text: str,
    span: QuoteSpan,
    words: list[str],
    cue: re.Pattern[str],
    function_words: frozenset[str],
) -> bool:
    """Whether a quotation of two words or more stands between a name's possessive and the
    lower-case noun of what it names (``Read the council's 'Living with Floods' guide``, ``the
    Forestry Agency's "Trees for Towns" scheme``), however long: a capital opening it as a
    title's, nothing ending it inside its marks, and the noun no function word of the language
    (``function_words``) nor a cue. Lower-case words there are someone's (``the Chancellor's
    "we will not raise taxes" promise``)."""
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    if text[span.start : span.end].rstrip()[-1:] in ".,;:!?":
        return False
    if _POSSESSIVE_BEFORE.search(text, max(0, span.open - _REACH), span.open + 1) is None:
        return False
    after = NEXT_WORD.match(text, span.close)
    return (
        after is not None
        and after.group(1)[:1].islower()
        and after.group(1).lower() not in function_words
        and cue.match(text, after.start(1)) is None
    )
