"""Bodies and documents as speakers: organisations (``the ministry said``), issuers of a
statement or report, and unnamed sources introduced earlier.
"""

from __future__ import annotations

import bisect
import collections
import re

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation, word_alternation
from newsbrief.annotators.quotes.attribution.english_words import (
    ARTICLE_WORDS,
    CLAUSE_CONJUNCTIONS,
    COMPANY_NOUNS,
    DEFINITE,
    DESCRIPTION_WORDS,
    DETERMINERS,
    EN,
    FUNCTION_WORDS,
    INDEFINITE,
    ISSUER_NOUNS,
    LAST_WORD,
    LONE_NOT_NAMES,
    NAME_CHARACTER,
    NP_STOP,
    PP_WORDS,
    QUOTE_MASK,
    RELATIVE,
    UNNAMED_SOURCES,
)
from newsbrief.annotators.quotes.attribution.names import NameForms
from newsbrief.annotators.quotes.attribution.prepositional_objects import preposition_before
from newsbrief.annotators.quotes.attribution.scanning import (
    Backwards,
    anonymous_name,
    is_plural,
    normal,
    own_clause_subject,
    plural_source,
)
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Referent, Speaker

__all__ = ["BodyFinder"]

#: ``one of them``, ``the officials, one of whom``: a partitive's head, link and pronoun.
_PARTITIVE_HEADS = EN.words("quotes", "partitive_heads")
_PARTITIVE_LINKS = EN.words("quotes", "counted_links")
_PARTITIVE_PRONOUNS = EN.words("quotes", "partitive_pronouns")
#: Prepositions whose object is no subject of the cue after it (``of``, ``from``, ``at``).
_OBJECT_PREPOSITIONS = EN.words("quotes", "object_prepositions")
#: Words opening a clause whose subject an unnamed source may be (``what one ranger describes
#: as``, ``as one trader put it``).
_CLAUSE_SUBJECT_OPENERS = EN.words("quotes", "clause_subject_openers")

#: Small words inside a body's name (``Ministry of Defence``).
_NAME_CONNECTORS = EN.words("quotes", "name_connectors")


#: How far back a document's introduction is looked for, and how far after its noun the
#: ``by`` and the name after it.
_AUTHOR_LOOKBACK = 700
_AUTHOR_REACH = 48
#: From a document's noun to the ``by`` of its author, in one sentence (``, drafted by``, ``
#: last month by``, ``signed by its secretary,``).
_AUTHOR_PREPOSITIONS = EN.words("quotes", "document_author_prepositions")
_AUTHOR_WORDS = plain_alternation(_AUTHOR_PREPOSITIONS)
_AUTHOR_BY = re.compile(rf"[^.!?\n§]{{0,40}}?\b{_AUTHOR_WORDS}[ \u00a0]+")

#: Those who hold or judge a document without writing it (``seen by``, ``criticised by``).
_DOCUMENT_READERS = EN.words("quotes", "document_readers")
#: The word right before a ``by`` ending a text.
_WORD_BEFORE_BY = re.compile(rf"([\w’'\-]+)[ \u00a0]+{_AUTHOR_WORDS}[ \u00a0]+$")

#: Documents quoted as speakers (``the notice of intent states``).
_DOCUMENT_NOUNS = EN.words("quotes", "document_nouns")


#: What the article says a body is, right after its name (``NetChoice, a trade group whose``,
#: ``Inrupt, is a company that``): up to four words after an article, read to the first function
#: word or mark; the last is the kind (``the group said`` is NetChoice's).
_BODY_DESCRIPTION = re.compile(
    rf",?[ \u00a0]+(?:{plain_alternation(EN.words('quotes', 'copulas'))}[ \u00a0]+)?"
    rf"{plain_alternation(EN.words('quotes', 'noun_articles'), case='either')}"
    r"((?:[ \u00a0]+[\w’'\-]+){1,4})"
)


#: A capitalised name the entity annotator may have left untyped, with what it is said to be
#: (``Inrupt, is a company that``).
_NAME_DESCRIBED = re.compile(
    r"(?<![\w’'\-§])([A-Z][\w’'\-]*(?:[ \u00a0][A-Z][\w’'\-]*){0,3})(?="
    + _BODY_DESCRIPTION.pattern
    + ")"
)


#: ``the other person``: one of several sources named before.
_OTHER_WORDS = EN.words("quotes", "other_words")


#: Words of time units (``an hour``): no one.
_TIME_UNITS = frozenset(str(unit) for unit in EN.table("calendar", "units"))


#: ``The`` opening a body's name (``[quotes] definite_articles``).
_THE = plain_alternation(DEFINITE, case="title")


#: ``in a statement`` after a cue: a body's words.
_STATEMENT_PHRASES = "|".join(
    r"\s+".join(map(re.escape, phrase.split()))
    for phrase in sorted(EN.words("quotes", "statement_phrases"))
)


#: That sentence's opening subject: a capitalised name (``of``, ``and`` inside it), or a
#: place's and a lower-case body's noun (``Saudi Arabia's foreign ministry``), an apposition,
#: then its verb.
_ISSUER_SUBJECT = re.compile(
    rf"(?:{_THE}\s+)?(?P<name>[A-Z][\w&.\-]*"
    rf"(?:\s+(?:{plain_alternation(EN.words('quotes', 'issuer_name_links'))}\s+)?[A-Z][\w&.\-]*)*"
    rf"(?:['’]s(?:\s+[a-z]+)??\s+{word_alternation(ISSUER_NOUNS)})?)"
    r"(?:,[^,§]{1,80},)?\s+"
    rf"(?:{plain_alternation(EN.words('quotes', 'issuer_auxiliaries'))}\s+)?(?P<verb>[a-z]+)\b"
)


#: A cue and the statement it was made in (``said in a statement``): a body's words.
_IN_STATEMENT = re.compile(
    r"[a-z]+[ \u00a0]+in[ \u00a0]+an?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    rf"{plain_alternation(EN.words('quotes', 'document_nouns'))}\b"
)


def _opening_phrase_only(head: str, before: str) -> bool:
    """Whether ``head``, all of a sentence before its subject (``before``: ``head`` with the
    comma after it), is only an opening phrase: a preposition and a few words, then a comma
    (``In a statement on Saturday,``), no stop inside."""
    words = head.split()
    return (
        0 < len(words) <= 8
        and words[0][:1].isupper()
        and words[0].lower() in FUNCTION_WORDS
        and before.rstrip().endswith(",")
        and _SENTENCE_BREAK.search(head) is None
        and QUOTE_MASK not in head
    )


#: A sentence opening with the statement a cue was made in, up to its subject (``In a
#: statement on Monday, the``).
_STATEMENT_OPENING = re.compile(
    rf"{plain_alternation(EN.words('quotes', 'statement_prepositions'), case='title')}[ \u00a0]+"
    rf"{plain_alternation(EN.words('quotes', 'indefinite_articles'))}[ \u00a0]+"
    r"(?:[a-z]+[ \u00a0]+)?"
    rf"{plain_alternation(EN.words('quotes', 'document_nouns'))}\b[^,§\n]{{0,40}},[ \u00a0]+"
    rf"(?:{plain_alternation(DEFINITE)}[ \u00a0]+)?"
)


#: A body's name the entity annotator left untyped, the whole subject of such a cue.
_UNTYPED_ISSUER = re.compile(
    rf"(?:{_THE}[ \u00a0]+)?(?P<name>[A-Z][\w&.\-]*(?:[ \u00a0]+"
    rf"(?:{plain_alternation(EN.words('quotes', 'untyped_name_links'))}[ \u00a0]+)?"
    r"[A-Z][\w&.\-]*){1,5})"
)


#: A sentence opening with an indefinite determiner and a lower-case noun (``A reporter``).
_INDEFINITE_OPENING = re.compile(
    r"(?:^|(?<=[.!?:][ \u00a0])|(?<=\n))"
    rf"(?P<np>{plain_alternation(EN.words('quotes', 'indefinite_determiners'), case='either')}"
    r"[ \u00a0]+(?P<noun>[a-z]+))\b"
)


#: A sentence's end inside a paragraph (not an initial's or a title's dot before a capital).
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)][.!?])\s+")


#: How far back the sentence before ``the statement said`` is looked for: a paragraph with no
#: breaks (a page's text run together) would otherwise be read whole for every such cue.
_ISSUER_LOOKBACK = 1200


#: Words opening a relative clause after a noun phrase.
_RELATIVE_PRONOUNS = EN.words("quotes", "relative_pronouns")


# What may stand between a subject and its cue: ``Boeing said on Tuesday``, ``has also said``.
_TAIL_WORDS = EN.words("quotes", "tail_words")


# ``said on Tuesday it``, ``added that its``, ``said in a statement``: a cue whose subject is
# a body.
_ITS = re.compile(
    rf"(?:\s+{plain_alternation(EN.words('quotes', 'cue_time_words'))}\s+\w+)?\s+"
    rf"(?:(?:{plain_alternation(EN.words('quotes', 'complementizers'))}\s+)?"
    rf"{plain_alternation(EN.words('quotes', 'issuer_pronouns'))}\b"
    rf"|{_STATEMENT_PHRASES})"
)


# A capitalised subject opening its sentence (``Spirit AeroSystems``), maybe after an opening
# phrase and a comma (``In a statement, Thames Water``).
_SUBJECT_RUN = re.compile(
    r"(?:^|[.!?]\s+|\n\s*|(?:—|–|--?)\s+)(?:[A-Z][^,.!?§\n]{0,60},[ \u00a0]+)?"
    r"((?:The[ \u00a0]+)?[A-Z][\w&’'.\-]*(?:[ \u00a0]+[A-Z][\w&’'.\-]*){0,3})$"
)


def _kind(description: str) -> str | None:
    """The kind a body is said to be (``a trade group whose members``: ``group``): the last
    word before the first function word or mark of up to four words, lower-cased."""
    # Not cached: keyed by article text, a cache would grow without bound in a long-running
    # process, and reading a few words is cheap (one scan per noun and article).
    words = []
    for word in description.split():
        if word.lower() in FUNCTION_WORDS or not word.isalpha():
            break
        words.append(word.lower())
    return words[-1] if words else None


def _without_tail(head: str) -> str:
    """``head`` without the words that may stand between a subject and its cue (a scan from
    the end: a pattern anchored at the end was tried at every offset)."""
    end = len(head.rstrip())
    while end > 0:
        space = max(head.rfind(" ", 0, end), head.rfind("\u00a0", 0, end), head.rfind("\t", 0, end))
        word = head[space + 1 : end]
        if word not in _TAIL_WORDS and not (word.endswith("day") and word[:1].isupper()):
            break
        end = len(head[: max(space, 0)].rstrip())
    return head[:end]


class BodyFinder(NameForms):
    """Finds organisations, issuers and unnamed sources that speak."""

    def _body_by_kind(self, tokens: Backwards, skipped: int, cue: str) -> Speaker | None:
        """``the regulator said``, ``the airline said``: a definite noun of a kind of body
        stands for the body the article describes so, else the nearest organisation (a
        company's noun no public body). English only."""
        noun, article = tokens[skipped], tokens[skipped + 1]
        if noun is None or article is None or article[0].lower() not in DEFINITE:
            return None
        start = article[1]
        company = noun[0] in COMPANY_NOUNS
        referent = self._named_kind(start, noun[0]) or self._nearest_organisation(
            start, company=company, kind=None if company else noun[0]
        )
        described = self._described_body(start, noun[0])
        if described is not None and not self._spoke_here(referent, start):
            referent = described
        if referent is None:
            return None
        phrase = self.text[start : noun[2]]
        return Speaker(referent.name, phrase, start, noun[2], cue)

    def _no_company(self, referent: Referent) -> bool:
        """Whether the body ``referent`` is no company, by its name or the fullest form the
        article wrote of it before (``Chicago`` standing for ``the Chicago Bulls``)."""
        if super()._no_company(referent):
            return True
        fullest = self._fullest_name(referent.name, referent.position)
        return fullest != referent.name and super()._no_company(referent._replace(name=fullest))

    def _recent_unnamed(self, start: int) -> Referent | None:
        """The nearest person or unnamed source before ``start`` when it is one unnamed
        source described in the paragraph of ``start`` or the one before."""
        nearest = self._nearest(start, ("person", "anonymous"), singular=True)
        if nearest is None or nearest.type != "anonymous" or is_plural(nearest.name):
            return None
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0 or nearest.position < self.paragraphs[max(index - 1, 0)][0]:
            return None
        return nearest

    def _named_kind(self, start: int, noun: str) -> Referent | None:
        """The nearest organisation before ``start`` whose name ends with ``noun`` (or its
        plural): ``Nordwind Airlines`` for ``the airline``."""
        last = bisect.bisect_left(self._positions, start) - 1
        for referent in self._referents_back(last):
            if referent.type != "organisation":
                continue
            if referent.name.lower().rsplit(None, 1)[-1] in (noun, noun + "s"):
                return referent
        return None

    def _institution(
        self,
        tokens: Backwards,
        skipped: int,
        cue: str,
        *,
        written: bool = False,
        stated: bool = False,
    ) -> Speaker | None:
        """``the festival said``, ``In a statement, the city said``, ``the school district
        said in a letter``: ``the``, at most two lower-case words and an institution's noun,
        the whole subject of a cue, are the nearest organisation named with that noun as the
        head of its name (``the department`` after ``the Dayton Police Department``), else,
        when ``written``, the body as written (English only); when ``stated`` (a company's
        words in a statement), as written after a quotation too."""
        noun = tokens[skipped]
        if noun is None:
            return None
        back = skipped + 1
        while (word := tokens[back]) is not None and word[0].isalpha() and word[0].islower():
            if word[0] in DEFINITE or back > skipped + 2:
                break
            back += 1
        article = tokens[back]
        if article is None or article[0].lower() not in DEFINITE:
            return None
        if (other := tokens[back + 1]) is not None and other[0] not in ",.;:" + QUOTE_MASK:
            return None  # the clause's whole subject only (not ``said the city``)
        phrase = self.text[article[1] : noun[2]]
        named = self.named_with(article[1], noun[0])
        if named is not None:
            return Speaker(named.name, phrase, article[1], noun[2], cue)
        # (The few characters before the article, not the text's whole prefix per cue.)
        before = self.masked[max(0, article[1] - 40) : article[1]].rstrip(" ,\u00a0")
        if not written or (before.endswith(QUOTE_MASK) and not stated):
            # (``"...," the festival said`` continues whoever spoke before: not as written;
            # ``"...," the airline said in a statement`` is the statement's issuer, no company
            # named having been found for it.)
            return None
        # (As written after a cue: ``the city``, not ``The city`` opening a sentence.)
        as_written = " ".join([article[0].lower(), *phrase.split()[1:]])
        return Speaker(as_written, phrase, article[1], noun[2], cue)

    def named_with(self, start: int, noun: str) -> Referent | None:
        """The nearest organisation before ``start`` whose name has ``noun`` as its head: its
        last word, or the word before a lower-case connector (``Columbus Division of Police``
        for ``the division``; not ``City Commission`` for ``the city``)."""
        last = bisect.bisect_left(self._positions, start) - 1
        headed: dict[str, Referent] = {}  # name -> its nearest mention, nearest first
        for referent in self._referents_back(last):
            if referent.type != "organisation" or referent.name in headed:
                continue
            words = referent.name.split()
            if any(
                word.lower() == noun and (i + 1 == len(words) or words[i + 1].islower())
                for i, word in enumerate(words)
            ):
                headed[referent.name] = referent
        if len(headed) <= 1:
            return next(iter(headed.values()), None)
        # Two bodies of that noun (``the Fire Department ... the Water Department``): the one
        # that has spoken, when only one has; else neither (the nearest is a guess).
        spoke = [r for name, r in headed.items() if name in self._speaker_names]
        return spoke[0] if len(spoke) == 1 else None

    def _indefinite_subject(self, tokens: Backwards, skipped: int, cue: str) -> Speaker | None:
        """``One voter, who asked not to be named, told him``: an indefinite article and a
        lower-case noun, the whole subject of the cue (its sentence or a clause opened by
        ``what`` or ``as`` opens with them: ``what one ranger describes as "..."``, ``as one
        trader put it``), are an unnamed person the article describes so, whatever the noun."""
        noun, article = tokens[skipped], tokens[skipped + 1]
        opener = tokens[skipped + 2]
        if noun is None or article is None:
            return None
        if opener is not None and opener[0].lower() not in _CLAUSE_SUBJECT_OPENERS:
            return None  # (``what one ranger describes as``: the clause's subject speaks)
        if not (noun[0].isalpha() and noun[0].islower()) or noun[0] in FUNCTION_WORDS:
            return None
        if noun[0] in _TIME_UNITS:
            return None  # ``A day later, ...``: a time, no one
        if article[0].lower() not in INDEFINITE or self.cue.fullmatch(noun[0]):
            return None
        phrase = self.text[article[1] : noun[2]]
        return Speaker(anonymous_name(phrase), phrase, article[1], noun[2], cue, anonymous=True)

    def _body_connector(
        self, word: str, after: tuple[str, int, int], tokens: Backwards, back: int
    ) -> bool:
        """Whether ``word`` (``tokens[back + 1]``) joins two capitalised words of a body's
        name inside a role's noun phrase (``of`` in ``Ministry of Defence``). English only."""
        if self.cues.profile is not None or word not in _NAME_CONNECTORS:
            return False
        before = tokens[back + 2]
        return after[0][:1].isupper() and before is not None and before[0][:1].isupper()

    def _body_of_initials(self, letters: str, before: int) -> str | None:
        """The organisation named before ``before`` whose capitalised words' initials are
        ``letters`` (``Federal Aviation Administration`` for ``FAA``)."""
        # One table per document, not a walk back over every referent per subject: an
        # article of many ``The F.A.A. said`` was quadratic.
        if self._initials is None:
            self._initials = {}
            for referent in self.referents:
                if referent.type == "organisation":
                    self._add_initials(referent.position, referent.name)
        found = self._initials.get(letters)
        if found is None:
            return None
        positions, names = found
        index = bisect.bisect_left(positions, before) - 1
        return names[index] if index >= 0 else None

    def _partitive(self, tokens: Backwards, skipped: int, cue: str) -> Speaker | None:
        """``one of them said``, ``one of the people said``: one of the unnamed sources named
        last (``Two people familiar with the matter``)."""
        words = [tokens[skipped + back] for back in range(4)]
        if any(w is None for w in words[:3]):
            return None
        last, of, one = (w[0].lower() for w in words[:3])  # type: ignore[index]
        if last in _PARTITIVE_PRONOUNS and of in _PARTITIVE_LINKS and one in _PARTITIVE_HEADS:
            first = words[2]
        elif (
            of in DEFINITE
            and (plural_source(last) or last in UNNAMED_SOURCES)
            and words[3] is not None
            and one in _PARTITIVE_LINKS
            and words[3][0].lower() in _PARTITIVE_HEADS
        ):
            first = words[3]
        elif (
            of in _OTHER_WORDS
            and one in DEFINITE
            and last in UNNAMED_SOURCES
            and not is_plural(last)
        ):
            first = words[2]  # ``the other person said``: the other of the two sources
        else:
            return None
        assert first is not None
        start, end = first[1], words[0][2]  # type: ignore[index]
        referent = self._nearest(start, ("anonymous",), plural=True)
        if referent is None:
            return None
        return Speaker(referent.name, self.text[start:end], start, end, cue, anonymous=True)

    def _indefinite_description(self, tokens: list[tuple[str, int, int]]) -> Speaker | None:
        """``said a Delhi auto parts supplier``: an indefinite noun phrase whose head is a
        lower-case noun after a name is an unnamed source described as written; the name in
        it (a place, a body) modifies the noun and does not speak."""
        if not 3 <= len(tokens) <= DESCRIPTION_WORDS:
            return None
        words = [word for word, _, _ in tokens]
        last = words[-1]
        if not (last.isalpha() and last.islower()) or last in NP_STOP or last in PP_WORDS:
            return None
        if not all(NAME_CHARACTER.match(word) for word in words):
            return None  # punctuation: an apposition or a clause, not one noun phrase
        if any(word.lower() in NP_STOP or word in CLAUSE_CONJUNCTIONS for word in words[1:]):
            return None
        names = self.within(tokens[1][1], tokens[-1][2])
        if not names or names[-1].end > tokens[-1][1] or any(m.type == "person" for m in names):
            return None  # a lower-case head after the names; a person's name is the speaker
        phrase = self.text[tokens[0][1] : tokens[-1][2]]
        return Speaker(anonymous_name(phrase), phrase, tokens[0][1], tokens[-1][2], None,
                       anonymous=True)  # fmt: skip

    def _document(self, tokens: list[tuple[str, int, int]], end: int) -> Speaker | None:
        """``the notice of intent``, ``the indictment``: a document quoted as a speaker, when
        ``tokens`` open with an article and a document noun and name no entity; the phrase up
        to ``end`` is its name."""
        if self.cues.profile is not None or len(tokens) < 2:
            return None
        if tokens[0][0].lower() not in ARTICLE_WORDS:
            return None
        relative = next((i for i, t in enumerate(tokens) if t[0] in _RELATIVE_PRONOUNS), None)
        if relative is not None and relative >= 2:
            # ``said the news report which also called ...``: the phrase ends before its clause.
            tokens, end = tokens[:relative], tokens[relative - 1][2]
        head = 1
        if (
            tokens[1][0] not in _DOCUMENT_NOUNS
            and len(tokens) > 2
            and tokens[1][0].isalpha()
            and tokens[1][0].islower()
        ):
            head = 2  # ``the news report``, ``the joint statement``
        if tokens[head][0] not in _DOCUMENT_NOUNS:
            return None
        start = tokens[0][1]
        author = self._author_after(tokens[head + 1 :], end)
        if author is not None:
            # ``according to a statement from the Environment Agency``: the author speaks
            return Speaker(author, self.text[start:end], start, end, None)
        # A place may be named (``the indictment unsealed in Manhattan``); a body or a person
        # may not.
        if any(m.type != "place" for m in self.within(start, end)):
            return None
        if len(tokens) == head + 1 and tokens[0][0].lower() in DEFINITE:
            issued = self._earlier_issuer(tokens[head][0], start)
            if issued is not None:
                return attrs.evolve(issued, mention=self.text[start:end], start=start, end=end)
        name = " ".join(self.text[start:end].split())
        return Speaker(name, self.text[start:end], start, end, None)

    def _author_after(self, tokens: list[tuple[str, int, int]], end: int) -> str | None:
        """The body or person named right after a document's noun by a word of ``[quotes]
        document_author_prepositions`` (``from the Environment Agency``, ``by Ann Roe``), an
        article aside; ``None`` for anything else."""
        if not tokens or tokens[0][0].lower() not in _AUTHOR_PREPOSITIONS:
            return None
        at = 2 if len(tokens) > 2 and tokens[1][0].lower() in ARTICLE_WORDS else 1
        if at >= len(tokens):
            return None
        for mention in self.within(tokens[at][1], end):
            if mention.start == tokens[at][1] and mention.type in ("organisation", "person"):
                return mention.name
        return None

    def _earlier_issuer(self, noun: str, at: int) -> Speaker | None:
        """Who issued the document ``the`` and ``noun`` at ``at`` point back to (``the report
        said``, ``the statement said``), as the text before says: the author it was introduced
        with (``A report by the charity Booksafe found ...``), else the named speaker quoted
        just before (``In a statement, Thames Water said: "..."`` then ``"...," the statement
        said``), else the subject of the cue the sentence naming it says was made in it (``In a
        statement, the force said it had ...``); ``None`` when the text says none of these."""
        author = self._document_author(noun, at)
        if author is not None:
            return Speaker(author, "", at, at, None)
        issuer = self._issuer(at)
        if issuer is not None:
            return Speaker(issuer, "", at, at, None)
        return self._stated_in(noun, at)

    def _document_author(self, noun: str, at: int) -> str | None:
        """The person or body a document was introduced as written by, before ``at`` in its
        paragraph or the one before (``a letter drafted by Ann Roe``, ``A report last month by
        the charity Booksafe``, ``a statement signed by its secretary, Mr Ben Lee``): the
        first name after the ``by`` that follows the document's last mention, in its
        sentence."""
        low = max(0, at - _AUTHOR_LOOKBACK)
        found = re.finditer(rf"\b{re.escape(noun)}\b", self.masked[low:at], re.IGNORECASE)
        last = collections.deque(found, maxlen=1)  # the last one only
        if not last:
            return None
        after = low + last[0].end()
        by = _AUTHOR_BY.match(self.masked, after, min(at, after + _AUTHOR_REACH))
        if by is None:
            return None
        reader = _WORD_BEFORE_BY.search(by.group(0))
        if reader is not None and reader.group(1).lower() in _DOCUMENT_READERS:
            return None  # ``a letter seen by Reuters``: who read it, not who wrote it
        for mention in self.within(by.end(), min(at, by.end() + _AUTHOR_REACH)):
            if mention.type in ("person", "organisation"):
                return mention.name
            return None  # a place first: ``a report by the council in Leeds`` is no name's
        return None

    def _stated_in(self, noun: str, at: int) -> Speaker | None:
        """Who the sentence introducing the document ``noun`` (the last before ``at``) says
        spoke in it; ``None`` at this level (:class:`.PhraseReader` reads the phrase)."""
        return None

    def _issuer(self, at: int) -> str | None:
        """The named speaker quoted last before ``at``, in its paragraph or, when nothing is
        said in the paragraph before ``at`` (``the UNFCCC secretariat states that ...`` is),
        in the one before."""
        index = bisect.bisect_right(self._paragraph_starts, at) - 1
        low = self.paragraphs[index][0] if index >= 0 else 0
        # Up to the word before the document: not its own cue (``," said the news report``).
        before = self.masked[low:at].rstrip()
        own = LAST_WORD.search(before)
        until = low + (own.start() if own is not None else len(before))
        if index > 0 and self.cue_index.search(low, until) is None:
            low = self.paragraphs[index - 1][0]
        for position, name, _ in reversed(self.spoken):
            if position < low:
                return None
            if position < at:
                return None if name in self._anonymous_names else name
        return None

    def _issuer_before(self, tokens: Backwards, skipped: int, cue: str) -> Speaker | None:
        """``the statement said``, ``the utility said``: the whole subject of a cue, a body's
        noun after ``the``, stands for the body the sentence before the quotation names as its
        own subject (``Norvale Energy said it expected ... "...," the utility said``), in the
        paragraph or, when the quotation opens it, at the end of the one before. English
        only."""
        noun, article = tokens[skipped], tokens[skipped + 1]
        if noun is None or article is None:
            return None
        document = noun[0] in _DOCUMENT_NOUNS
        if article[0].lower() not in DEFINITE and not (
            document and article[0].lower() in INDEFINITE
        ):
            return None  # (``a statement read`` is the statement of the sentence before too)
        if (other := tokens[skipped + 2]) is not None and other[0] not in ",.":
            return None  # ``the statement said`` as a clause's whole subject only
        at = article[1]
        index = bisect.bisect_right(self._paragraph_starts, at) - 1
        opening = self.paragraphs[index][0] if index >= 0 else 0
        low = max(opening, at - _ISSUER_LOOKBACK)
        # Back over the cue's own quotation (its spaces kept), not past its line.
        head = self.masked[low:at].rstrip(" ,\u00a0—–-\n").rstrip("§ \u00a0").rstrip()
        if _opening_phrase_only(head, self.masked[low:at]):
            # ``In a statement on Saturday, the utility said``, opening its paragraph: the
            # body is the subject the paragraph before ends with.
            head = ""
        if not head and index > 0:
            previous_start, previous_end = self.paragraphs[index - 1]
            opening, low = previous_start, max(previous_start, previous_end - _ISSUER_LOOKBACK)
            head = self.masked[low:previous_end].rstrip()
        # The sentence ends with its own dot or one inside a closing quotation (``a program it
        # calls "Safe Nights."``).
        if not self.text[low : low + len(head)].rstrip("\"”’'").endswith("."):
            return None
        breaks = list(_SENTENCE_BREAK.finditer(head, 0, len(head) - 1))
        if not breaks and low > opening:
            return None  # the sentence before opens further back than is read
        begin = breaks[-1].end() if breaks else len(head) - len(head.lstrip())
        subject = _ISSUER_SUBJECT.match(head, begin)
        if subject is None or QUOTE_MASK in head[begin : subject.end()]:
            return self._document_issuer(low, head, begin, cue, at) if document else None
        if self.cue.fullmatch(subject.group("verb")) is None:
            return self._document_issuer(low, head, begin, cue, at) if document else None
        name = subject.group("name")
        first = name.split()[0]
        if first in LONE_NOT_NAMES or first.lower() in DETERMINERS:
            return None
        name_start = low + subject.start("name")
        name_end = name_start + len(name)
        inside = self.within(name_start, name_end)
        if any(m.type == "person" for m in inside):
            return self._document_issuer(low, head, begin, cue, at) if document else None
        if len(name.split()) < 2 and not any(m.type == "organisation" for m in inside):
            return None  # one word: a body only when typed so
        if self._first_name_gender(name) is not None:
            return None  # an untyped person's name
        return Speaker(name, self.text[name_start:name_end], name_start, name_end, cue)

    def _document_issuer(
        self, low: int, head: str, begin: int, cue: str, at: int
    ) -> Speaker | None:
        """``The command's spokesperson, SP Ada Obi, confirmed the arrest in a statement. "...,"
        the statement read``: the first body named in the sentence before (``head`` from
        ``begin``, the text from ``low``), ahead of its first cue, or the first person when
        that sentence says the cue was made in a document, issued the document; else the
        body quoted last before the document's article at ``at``."""
        verb = self.cue.search(head, begin)
        if verb is not None and QUOTE_MASK not in head[begin : verb.start()]:
            issuer = self._cue_subject(
                self.within(low + begin, low + verb.start()), low + verb.start()
            )
            if (
                issuer is not None
                and issuer.type == "person"
                and _IN_STATEMENT.search(head, verb.start()) is None
            ):
                issuer = None  # a person's words are no statement unless made in one
            if issuer is not None and issuer.type in ("person", "organisation"):
                words = issuer.name.split()
                lead = 0
                while (
                    lead < len(words) - 2
                    and issuer.type == "person"
                    and (
                        words[lead] in gz.RANK_INITIALS
                        or words[lead] in gz.ROLE_WORDS
                        or words[lead] in gz.HONORIFICS
                    )
                ):
                    lead += 1  # ``SP Ada Obi``: the rank is no part of her name
                return Speaker(
                    " ".join(words[lead:]), self.text[issuer.start : issuer.end], issuer.start,
                    issuer.end, cue,
                )  # fmt: skip
        # The speaker last named in the two paragraphs before (``In a statement, the utility
        # said it was "..."`` names it in the one before that).
        index = bisect.bisect_right(self._paragraph_starts, at) - 1
        bound = self.paragraphs[max(0, index - 2)][0] if index >= 0 else 0
        for position, name, _ in reversed(self.spoken):
            if position < bound:
                return None
            if position < at:
                if name in self._anonymous_names or name in self._people:
                    return None
                return Speaker(name, self.text[at:at], at, at, cue)
        return None

    def _cue_subject(self, named: list[Mention], verb: int) -> Mention | None:
        """Of the mentions ``named`` in a sentence before its cue at ``verb``, the cue's
        subject: the person or body the cue follows with only spaces between (``Tom Hale was
        arrested, West Yorkshire Police said in a statement``: the police, not the man named
        first), no preposition's object (``Ines Marlow of Norvale Energy Ltd said``) nor a
        place (``Norvale Energy Ltd in Leeds said``); else the first, unless it is the subject
        of a passive's or a copula's clause of its own (``Tom Hale was arrested, police
        said``: the man is no issuer of the police's statement;
        :func:`.scanning.own_clause_subject`)."""
        nearest = named[-1] if named else None
        if (
            nearest is not None
            and nearest.type in ("person", "organisation")
            and nearest.end <= verb
            and not self.masked[nearest.end : verb].strip()
            and preposition_before(
                self.masked,
                named[-2].end if len(named) > 1 else 0,
                nearest.start,
                _OBJECT_PREPOSITIONS,
                ARTICLE_WORDS,
            )
            is None
        ):
            return nearest
        first = next(iter(named), None)
        if first is not None and own_clause_subject(self.masked, first.end, verb):
            return None
        return first

    def _stating_body(self, start: int, end: int, cue_at: int, cue: str) -> Speaker | None:
        """``Mercy Ridge Health System said in a statement``: a name of several capitalised
        words the entity annotator did not type, the whole subject of a cue made in a
        statement, is the body that issued it (a person's name opens with a first name).
        English only."""
        lead = self.masked[start:end]
        at = start + len(lead) - len(lead.lstrip(" ,\u00a0—–-\n"))
        if _IN_STATEMENT.match(self.masked, cue_at) is None:
            # ``In a statement, the City of Harwick said``: the statement named first.
            opening = _STATEMENT_OPENING.match(self.masked, at, end)
            if opening is None:
                return None
            at = opening.end()
        subject = _UNTYPED_ISSUER.fullmatch(self.masked, at, end)
        if subject is None:
            return None
        name = subject.group("name")
        if name.split()[0] in LONE_NOT_NAMES or self._first_name_gender(name) is not None:
            return None
        if any(m.type == "person" for m in self.within(at, end)):
            return None
        begin = subject.start("name")
        return Speaker(name, self.text[begin:end], begin, end, cue)

    def _introduced_unnamed(self, start: int, noun: str) -> Speaker | None:
        """The unnamed person a sentence of the paragraph before ``start`` opens with, an
        indefinite determiner and ``noun`` (``A reporter asked whether ...``), when no name
        follows the noun."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        low = self.paragraphs[index][0] if index >= 0 else 0
        opening = None
        for match in _INDEFINITE_OPENING.finditer(self.masked, low, start):
            if match.group("noun") == noun:
                opening = match
        if opening is None:
            return None
        after = self.within(opening.end(), opening.end() + 2)
        if after and after[0].start <= opening.end() + 1:
            return None  # ``A reporter Ann Lee asked``: named
        phrase = self.text[opening.start("np") : opening.end()]
        return Speaker(anonymous_name(phrase), phrase, opening.start("np"), opening.end(),
                       None, anonymous=True)  # fmt: skip

    def _nearest_organisation(
        self,
        position: int,
        *,
        alliance: bool = False,
        company: bool = False,
        kind: str | None = None,
    ) -> Referent | None:
        """``it said``, ``the company said``: the nearest organisation, or one that spoke in
        the same paragraph (``Boeing said on Tuesday it paused 737 MAX deliveries``): the
        subject, not a body merely named after it. A company is no public body (``the company
        said`` after ``the National Weather Service said``)."""
        if not self._subjects_found:
            self._subjects_found = True
            self._add_statement_subjects()
        nearest = self._nearest(
            position, ("organisation",), alliance=alliance, company=company, kind=kind,
            actor=True,
        )  # fmt: skip
        spoke = self._nearest(
            position, ("organisation",), alliance=alliance, speaking=True, company=company,
            kind=kind,
        )  # fmt: skip
        if spoke is None or nearest is None or spoke is nearest or not self.paragraphs:
            return nearest
        same = bisect.bisect_right(self._paragraph_starts, spoke.position) == bisect.bisect_right(
            self._paragraph_starts, nearest.position
        )
        return spoke if same else nearest

    def _described_body(self, start: int, noun: str) -> Referent | None:
        """The last organisation before ``start`` the article describes as a ``noun``
        (``NetChoice, a trade group whose members include Meta and Google``: ``the group``)."""
        found = self._descriptions.get(noun)
        if found is None:
            # The described names read once per noun, in one scan of the text (linear).
            found = self._descriptions[noun] = ([], [])
            for named in _NAME_DESCRIBED.finditer(self.masked):
                if _kind(named.group(2)) != noun:
                    continue
                at = named.start(1)
                mention = self._mention_ending(named.end(1))
                if mention is not None and mention.end == named.end(1):
                    if mention.type != "organisation":
                        continue  # ``Smith, the group's founder``
                    at = mention.start
                    name = mention.name
                else:
                    # A body the entity annotator left untyped (``Inrupt, is a company``).
                    name = named.group(1)
                    if name.split()[0].lower() in FUNCTION_WORDS:
                        continue  # ``The firm, a unit of ...``: no name
                found[0].append(at)
                found[1].append(Referent(at, name, "organisation", None, frozenset()))
        index = bisect.bisect_left(found[0], start)
        return found[1][index - 1] if index else None

    def _add_statement_subjects(self) -> None:
        """Organisations that speak: the subject of a cue that is an organisation, and a
        capitalised subject the entity annotator left untyped or took for a person when what
        follows says it is a body (``Spirit AeroSystems said it was working``)."""
        for cue in self._cues_near_quotes():
            if normal(cue.group(0)) in self.cues.according:
                continue
            low = max(0, cue.start() - 160)
            head = _without_tail(self.masked[low : cue.start()])
            if head.endswith(","):  # ``, which represents port employers,``
                relative = RELATIVE.search(head + " ")
                if relative is not None:
                    head = _without_tail(head[: relative.start()])
            end = low + len(head)
            mention = self._mention_ending(end)
            if mention is not None and mention.end == end and mention.type == "organisation":
                self._speaking.add(mention.start)
                continue
            if not _ITS.match(self.masked, cue.end()):
                continue
            if mention is not None and (mention.type != "person" or mention.gender):
                continue
            run = _SUBJECT_RUN.search(head)
            if run is None:
                continue
            start = low + run.start(1)
            name = mention.name if mention is not None and mention.start == start else run.group(1)
            # Kept in text order (as :meth:`remember` keeps anonymous sources).
            at = bisect.bisect_right(self._positions, start)
            self.referents.insert(at, Referent(start, name, "organisation", None, frozenset()))
            self._positions.insert(at, start)
            if self._initials is not None:
                self._add_initials(start, name)
            self._bodies.add(name)
            self._speaking.add(start)
