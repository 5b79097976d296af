"""Who said it: cue verbs, speaker noun phrases and their antecedents.

For each quotation the attribution is looked for in this order:

1. a cue right after it (``"...," she said``, ``"...," said lawmaker Oleksiy Goncharenko``,
   ``"...," retired Lt. Gen. Mark Hertling, a ... analyst told CNN``);
2. the nearest cue before it in its sentence (``Singh noted that ... "..."``, ``According to
   officials, ... "..."``, ``He said in May: "..."``, ``Zelenskyy had called the strike "..."``);
3. a cue later in the sentence (``..., Reuters reported``);
4. otherwise it inherits: from the quotation it continues, from an earlier quotation of the same
   paragraph, or (a paragraph that is only a quotation) from the previous paragraph's quotation;
5. a short quotation in a sentence without a cue is credited to the sentence's subject when that
   is a named person, organisation or place (``Ukraine has revived its demand that NATO 'close the
   skies'``);
6. a name and a colon opening the paragraph (``Adele: '...'``), or a cue and a colon closing the
   paragraph before (``the prime minister said:``);
7. (English) where none of these settles it, the best-scored candidate named before the
   quotation (:mod:`.attribution.candidate_scores`: a person who is a sentence's or a cue's
   subject, the last speaker, near; not an object, an addressee or a possessive); not for a
   heading's quotation, nor for a few words borrowed inside a sentence from paragraphs back;
   else there is no speaker.

A speaker phrase is a name (the entity annotator's canonical name), a pronoun (the nearest earlier
person of fitting gender), a definite role phrase (``the spokeswoman``, ``the Pentagon's deputy
spokesperson``, ``the alliance``: the nearest earlier person of fitting role and gender, or
organisation), or an indefinite one (``a senior Ukrainian security official``, ``U.N. officials``):
an anonymous source, whose canonical speaker is that description as first written; a later ``the
official`` refers back to it.

Other languages read their words from the language home (:func:`cues_for`): speech verbs in
every inflected form (``[quotes] speech_verbs``: ``заявив``, ``sagte``, ``déclaré``, ``dijo``),
phrases that work like ``according to`` (``[quotes] attribution_cues``: ``за словами``, ``laut``,
``selon``, ``según``), cues that count only right after a quotation (``[quotes] after_cues``:
German ``„...“, so Scholz``), auxiliaries between a quotation and its verb (``[quotes]
auxiliaries``: ``a déclaré Macron``) and pronouns with their gender (``[quotes] pronouns``:
``він``, ``sie``, ``elle``). Word order does not matter to the rules above: ``«...», — сказав
Зеленський`` is the inverted order of step 1, ``Зеленський заявив: «...»`` step 2.

The rules are layered, each module's class building on the one before:
:mod:`.attribution.mentions` (look-ups), :mod:`.attribution.roles`, :mod:`.attribution.names`,
:mod:`.attribution.organisation_speakers`, :mod:`.attribution.candidate_scores` (the scored
choice among candidates), :mod:`.attribution.references` (pronouns and role phrases),
:mod:`.attribution.descriptions`, :mod:`.attribution.speaker_phrases` (the phrase next to a
cue), and here the order above (:class:`Attributor`).
"""

from __future__ import annotations

import re
import unicodedata

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.addressees import (
    addressee_end,
    named_after_initials,
    oblique_end,
    oblique_start,
)
from newsbrief.annotators.quotes.attribution.case_forms import nominative_name
from newsbrief.annotators.quotes.attribution.cue_complements import (
    in_cue_complement,
    subject_within,
)
from newsbrief.annotators.quotes.attribution.cue_index import CUE_SPAN
from newsbrief.annotators.quotes.attribution.cue_words import CUE, Cues, cues_for
from newsbrief.annotators.quotes.attribution.datelines import after_dateline
from newsbrief.annotators.quotes.attribution.english_words import (
    ADVERB,
    APPOSITIVE,
    ARTICLES,
    CLAUSE_ADVERBS,
    CLAUSE_OPENERS,
    DETERMINERS,
    EN,
    INDEFINITE_SPEAKERS,
    OPENING_CLAUSE,
    OPENING_PRONOUN,
    PARTICIPLE_CLAUSE,
    PAST_ENDINGS,
    QUOTE_MASK,
    SPACES,
    WORD,
)
from newsbrief.annotators.quotes.attribution.passive_agents import agent_words, passive_cue
from newsbrief.annotators.quotes.attribution.prepositional_objects import preposition_before
from newsbrief.annotators.quotes.attribution.scanning import (
    anonymous_name,
    normal,
    phrase_end,
    phrase_end_past_names,
)
from newsbrief.annotators.quotes.attribution.speaker_phrases import PhraseReader
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Speaker
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import language

__all__ = [
    "CUE",
    "RELAY_CUES",
    "Attributor",
    "Cues",
    "Mention",
    "Speaker",
    "after_dateline",
    "cues_for",
    "in_aside",
    "is_short",
    "within_reach",
]

#: Articles before a capitalised name (``the Reuters reporter``).
_ARTICLES = EN.words("quotes", "noun_articles")

#: Cue verbs in the past not ending in ``-ed`` (``one wrote``: a verb, not ``the claims``).
_IRREGULAR_PAST_CUES = EN.words("quotes", "irregular_past_cues")


#: Cues of a relay (``CNN reported``): the speaker named before the quotation wins.
RELAY_CUES = frozenset(EN.words("quotes", "relay_cues"))
#: Cues whose object is the one spoken to (``told AFP``): never inverted before the speaker,
#: and followed by their object in a trailing attribution (``..., the official told Reuters.``).
OBJECT_CUES = frozenset(EN.words("quotes", "trailing_object_cues"))


#: A verb and a document as its object before a participle cue (``released a joint statement
#: saying``).
_ISSUED_DOCUMENT = re.compile(
    rf"(?:^|(?<=[ \u00a0]))(?P<verb>[a-z]+)[ \u00a0]+(?:{ARTICLES}[ \u00a0]+)?"
    r"(?:[a-z]+[ \u00a0]+)?"
    rf"{plain_alternation(EN.words('quotes', 'document_nouns'))}[ \u00a0]*,?[ \u00a0]*$"
)


#: The verb of a document's words (``reads``), a cue only after a document's noun.
_READ = re.compile(rf"{plain_alternation(EN.words('quotes', 'document_read_cues'))}\b")


#: A document and ``read`` right after a quotation (``"...," the statement read``): a cue, as
#: ``read`` is nowhere else.
_DOCUMENT_READ = re.compile(
    rf"(?:{plain_alternation(EN.words('quotes', 'document_read_determiners'), case='either')})"
    r"[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    rf"{plain_alternation(EN.words('quotes', 'document_nouns'))}[ \u00a0]+(?P<cue>{_READ.pattern})"
)


#: Prepositions: ``in a statement saying`` names no issuer before it.
_OBJECT_PREPOSITIONS = EN.words("quotes", "object_prepositions")


#: A word opening a reported clause right after a cue (``states that``): no inverted subject.
_COMPLEMENTIZER = re.compile(
    rf"[ \u00a0]+{plain_alternation(EN.words('quotes', 'complementizers'))}[ \u00a0]"
)


#: Words opening an adverbial clause before the subject (``At 12 noon BST, ...``).
_OPENING_PREPOSITIONS = EN.words("quotes", "opening_prepositions")


_PASSIVE_BEFORE = re.compile(
    rf"(?<![\w’'\-]){plain_alternation(EN.words('quotes', 'passive_auxiliaries'), case='either')}"
    rf"[ \u00a0]+(?:(?:{ADVERB}|{plain_alternation(CLAUSE_ADVERBS)})[ \u00a0]+)?$"
)


_TRAILING_ADVERB = re.compile(
    rf",[ \u00a0]+(?:{ADVERB}|{plain_alternation(EN.words('quotes', 'clause_adverbs'))})$"
)


# ``, and merely`` before a participle cue: a second participle of the main clause.
_JOINED_PARTICIPLE = re.compile(
    rf",?[ \u00a0]+{plain_alternation(EN.words('quotes', 'list_conjunctions'))}"
    rf"(?:[ \u00a0]+(?:{ADVERB}|{plain_alternation(EN.words('quotes', 'clause_adverbs'))}))?$"
)


#: A bracketed aside right after a quotation, up to its comma (a translation, ``(AP)``); a
#: sentence long at most (a bound: the aside is skipped, not read).
_TRANSLATION = re.compile(r"\([^()\n]{1,300}\)[ \u00a0]*,?[ \u00a0]*")
#: A quotation closing its line, then a dash opening the next before a cue (``«...»`` then
#: ``— розповідає вона.`` on a line of its own): the cue is the quotation's (other languages).
_DASH_CUE_LINE = re.compile("[ \u00a0,.]*\n[ \u00a0]*[—–][ \u00a0]*")

# ``reported the president saying``, ``quoted him as saying``: the one reported speaks.
_QUOTED_AS_SAYING = re.compile(
    r"[ \u00a0]+(?P<np>[^,;:.§\n]{2,60}?)[ \u00a0]+"
    rf"(?:{plain_alternation(EN.words('quotes', 'reported_as'))}[ \u00a0]+)?"
    rf"{plain_alternation(EN.words('quotes', 'reported_saying'))}\b"
)


#: A word and the apostrophe or spaces after it (``lui `` in ``lui demande``, ``m'`` in ``m'a``).
_LEADING_WORD = re.compile(r"(\w+)(?:['’]|[ \u00a0]+)")
#: The word right before a position (``Ihm`` in ``Ihm zufolge``).
_WORD_BEFORE = re.compile(r"(\w+)[ \u00a0]*$")


# A sentence's end: a stop (or none) then only spaces.
_SENTENCE_CLOSE = re.compile(r"(?:[ \u00a0]*\.)?\s*$")  # (one way to match: linear)


#: Participles that attribute after a comma (``..., adding that ...``): the subject is the
#: main clause's.
_PARTICIPLES = re.compile(rf"(?:{'|'.join(sorted(EN.words('quotes', 'participle_cues')))})$")


#: Quotes longer than this are statements, not scare quotes: never credited to a mere subject.
_SHORT_QUOTE_WORDS = 8


# A paragraph opening with a name and a colon before a quotation (``Adele: '...'``), maybe as
# an item of a list (``* AP - "..."``, ``: Secretary of the Navy Ann Roe: "..."``): a list
# marker may open it, a dash between spaces may stand for the colon, and the name may have a
# title of capitalised and small words before it (group ``title``). English only (see
# :meth:`Attributor.label`), hence the English small words written here: the entities'
# ``connectors`` data lacks ``the``, ``and``, ``to`` (``Secretary for Health and Social Care``).
_LABEL = re.compile(
    r"[ \t\u00a0]*(?P<marker>[*•·:][ \t\u00a0]*)?"
    r"(?P<title>(?:[A-Z][\w’'.&\-]*[ \u00a0]+(?:(?:of|the|for|and|to|&)[ \u00a0]+){0,2}){0,8}?)"
    r"(?P<name>[A-Z][\w’'.&\-]*(?:[ \u00a0][A-Z][\w’'.&\-]*){0,3})"
    r"(?:[ \u00a0]*:|[ \u00a0]+[-–—])[ \u00a0]*"
)


def _opens_quotation(masked: str, at: int) -> bool:
    """Whether the colon after ``at`` in ``masked`` (spaces and line breaks aside) opens a
    quotation: a masked one or an opening mark, not a list or an explanation."""
    following = masked[at:].lstrip(" \u00a0")[1:].lstrip()[:1]
    return following != "" and (
        following in QUOTE_MASK + "\"'„‚" or unicodedata.category(following) == "Pi"
    )


# A quotation (masked) and its comma right before a cue (searched up to the cue).
_QUOTE_THEN_COMMA = re.compile(rf"{re.escape(QUOTE_MASK)}[ \u00a0]*,[ \u00a0]*$")
# A short phrase opening a sentence before its cue, then a comma (``Después, ``, ``Más tarde,
# en declaraciones a la radio, ``): one or two parts, no quotation inside; its first letter
# (group 1) a capital in any script (:func:`_fronted_phrase`).
_FRONTED_PHRASE = re.compile(
    rf"[ \u00a0]*([^\W\d_])(?:[^,.;:!?\n{re.escape(QUOTE_MASK)}]{{0,40}},[ \u00a0]*){{1,2}}"
)


def _fronted_phrase(masked: str, start: int, end: int) -> bool:
    """Whether ``masked[start:end]`` is a capitalised phrase of :data:`_FRONTED_PHRASE`."""
    match = _FRONTED_PHRASE.fullmatch(masked, start, end)
    return match is not None and match.group(1).isupper()


# A colon right after a quotation (``'...': chef Ann Roe on ...``).
_HEADLINE_COLON = re.compile(r"[ \u00a0]*:[ \u00a0]+")
# Words that may stand before a questioner's noun (``a``, ``an``, ``one``, ``another``),
# capitalised or not.
_QUESTIONER_DETERMINERS = "|".join(
    f"[{word[0].upper()}{word[0]}]{re.escape(word[1:])}"
    for word in sorted(
        EN.words("quotes", "indefinite_articles")
        | {w for w in INDEFINITE_SPEAKERS if " " not in w},
        key=lambda w: (-len(w), w),
    )
)
# A questioner described, not named, opening the last sentence before a question (``An editor
# tried again:``, ``One journalist pressed him on the cost.``); the rest of the sentence is
# group ``rest`` (see :meth:`Attributor.questioner`).
_QUESTIONER_OPENING = re.compile(
    rf"(?:^|(?<=[.!?:][ \u00a0])|(?<=\n))(?P<who>(?:{_QUESTIONER_DETERMINERS})[ \u00a0]+"
    rf"(?:[a-z][\w\-]*[ \u00a0]+)?{plain_alternation(EN.words('quotes', 'questioner_nouns'))})"
    r"(?![\w’'\-])(?P<rest>[^.!?§\n]{0,120}[.:]?)[ \u00a0]*$"
)
#: How far before a question its questioner's sentence may open (code points): the words
#: before the noun and the rest of the sentence (at most 120) end at the question, so a
#: paragraph of questions is not searched from its start for each.
_QUESTIONER_REACH = 400
# A verb of asking (``asked``, ``followed up``): a questioner's sentence that ends without a
# colon introduces a question only with one.
_ASKING_VERB = re.compile(
    rf"(?<![\w’'\-])(?:{plain_alternation(EN.words('quotes', 'asking_verbs'))})(?![\w’'\-])"
)
# What may follow the name after a headline's quotation and colon: a preposition (``poet Ann Roe
# on her new book``: the name is the speaker's), or the headline's end or a punctuation mark; not
# a verb (``teacher Ann Roe jailed for ...``: the story is about that person).
_HEADLINE_NAME_END = re.compile(
    rf"[ \u00a0]+(?:{plain_alternation(EN.words('quotes', 'headline_prepositions'))})[ \u00a0]"
    r"|[ \u00a0]*(?:$|\n|[,:;—–])"
)
# Role nouns in lower case, then a name of two or three capitalised words closing the headline
# or before ``on``/``about`` (``novelist Efua Mensah-Larsen on her new book``).
_TITLED_NAME = re.compile(
    r"(?P<title>(?:[a-z][\w\-]*[ \u00a0]+){1,2})"
    r"(?P<name>[A-Z][\w’'\-]+(?:[ \u00a0][A-Z][\w’'\-]+){1,2})"
    rf"(?={_HEADLINE_NAME_END.pattern})"
)


_SIGNATURE = re.compile(
    r"[ \u00a0]*[-–—][ \u00a0]*[\"“‘']?"
    r"(?P<name>[A-Z][\w’'.\-]*(?:[ \u00a0][A-Z][\w’'.\-]*){0,3})[\"”’']?"
    # ``— Ann Roe, Republican candidate``: a short description after the name (a fact check).
    r"(?:,[ \u00a0]+(?P<role>[^,.;:!?\n§\"“”]{1,60}))?[ \u00a0]*"
)


#: How far from a quotation (code points) its sentence is read for a cue (:meth:`Attributor.after`,
#: :meth:`~Attributor.before`, :meth:`~Attributor.later`). News sentences are shorter (the
#: longest so read in the quote keys of six languages: 537); a paragraph without a full stop
#: (``"Yes," said "Yes," said ...``) is read only this far either side of each quotation, not
#: to its ends, which made the work grow with the square of the paragraph.
CUE_REACH = 1_000

#: At most this many cues of a sentence are tried for one quotation, the nearest first (no
#: quotation of the quote keys needs a third): each try reads the words up to its cue, so a
#: sentence of cue words was otherwise read once per cue per quotation. A cue passed over as
#: a noun or a passive (``the claims``, ``was reported``) is no try: reading that costs a few
#: characters, and ``Roe said the claims, the reports, the calls and the notes were "..."``
#: needs its fifth cue.
MAX_CUES_TRIED = 4

#: How many participles' main clauses are looked through, one inside another (``Roe said in an
#: interview, adding that ..., noting "..."``: two). Each look tries the cues before it again,
#: so ``, saying`` repeated made the work grow exponentially with the repeats.
_MAIN_CLAUSE_DEPTH = 2


def _reach_back(masked: str, start: int, at: int) -> int:
    """``start``, or for a sentence longer than :data:`CUE_REACH` before ``at``, the first
    word start within that reach."""
    if at - start <= CUE_REACH:
        return start
    cut = at - CUE_REACH
    space = masked.find(" ", cut, at)
    return cut if space < 0 else space + 1


def within_reach(masked: str, start: int, end: int, open_at: int, close: int) -> tuple[int, int]:
    """The sentence ``start:end`` of a quotation ``open_at:close`` as it is read for the
    quotation: at most :data:`CUE_REACH` either side of it."""
    return _reach_back(masked, start, open_at), min(end, close + CUE_REACH)


#: Words of a headline's kicker, not a name (``Watch: "..."``).
_LABEL_WORDS = frozenset(w.capitalize() for w in EN.words("quotes", "label_words"))


def in_aside(masked: str, start: int, at: int, quote_open: int) -> bool:
    """Whether ``at`` is inside a parenthesis opened after ``quote_open`` (in ``masked`` from
    ``start``): ``use of "deep background" sourcing ... ("...," The Washington Post said)``:
    the cue in the aside attributes the quotation in it, not one outside."""
    opened = masked.rfind("(", start, at)
    return opened > quote_open and masked.find(")", opened, at) < 0


def _inverted(text: str, start: int, cue: int) -> bool:
    """Whether a comma (inside a closing quotation mark or not) ends ``text[start:cue]``: the
    cue at ``cue`` is inverted (``..., said X``)."""
    tail = text[max(start, cue - 4) : cue].rstrip(" \u00a0")
    return tail.endswith(",") or (len(tail) > 1 and tail[-1] in "\"”’'" and tail[-2] == ",")


def is_short(text: str) -> bool:
    """Whether a quotation is short enough to be a scare quote."""
    # Split no further than the limit: a long quotation's words need not all be counted.
    return len(text.split(None, _SHORT_QUOTE_WORDS)) <= _SHORT_QUOTE_WORDS


#: A comma, spaces either side (``», selon X``).
_COMMA = re.compile(r"[ \u00a0]*,[ \u00a0]*")
#: At most this many words name a body after ``according to`` that no entity mention covers.
_WRITTEN_SOURCE_WORDS = 5


#: A person's pronoun as a sentence's subject, then a lower-case word (``she shrugged``).
_SUBJECT_PRONOUN = re.compile(
    rf"[ \u00a0]*({plain_alternation(EN.words('quotes', 'subject_pronouns'), case='either')})"
    r"[ \u00a0]+[a-z]"
)


#: Most phrases read past a cue's complements for its subject (``», dijo sobre X en Y el
#: alcalde``).
_COMPLEMENT_PHRASES = 3

#: A word, an elided one with its apostrophe (``l'``), and the spaces after it.
_LEADING_WORD = re.compile(r"[ \u00a0]*([^\W\d_]+['’]?)[ \u00a0]*")


def _articles(code: str) -> frozenset[str]:
    """The articles of language ``code``, lower case, with a straight apostrophe."""
    keys = ("definite_articles", "indefinite_articles", "elided_articles")
    return frozenset(w.replace("’", "'") for key in keys for w in quote_words(code, key))


class Attributor(PhraseReader):
    """Finds speakers in one document whose quotations are masked out of ``masked``."""

    #: The participles' main clauses being looked through now, one inside another.
    _main_clauses: int = 0

    # -- the attribution search ----------------------------------------------------------------

    def _set_off(self, close: int, between: str, quote_ends_with_comma: bool) -> bool:
        """Whether a quotation closing at ``close`` is set off from what follows it: its words
        end with a comma, a question or an exclamation mark, or a comma or a dash stands in
        ``between`` (``„...“ – so Scholz``)."""
        if quote_ends_with_comma or between.strip(" \u00a0"):
            return True
        return self.text[max(0, close - 3) : close].rstrip("»“”\"' \u00a0").endswith(("!", "?"))

    def _past_object_pronouns(self, tail: str, at: int) -> int:
        """Past the object pronouns and auxiliaries at ``tail[at:]`` before a verb (``lui
        demande``, ``m'a``)."""
        while (word := _LEADING_WORD.match(tail, at)) and self.cues.before_verb(word.group(1)):
            at = word.end()
        return at

    def _noun_use(self, following: str) -> bool:
        """Whether a word that is a cue only right after a quotation (``[quotes] after_cues``:
        ``cuenta``, ``denuncia``, also nouns) is followed by ``following`` as a noun is: by a
        lower-case word of four letters or more that is no article or pronoun (``cuenta
        atrás``, ``denuncia presentada``), where a speaker would open with a name, an article,
        a pronoun or a short function word (``cuenta María``, ``denuncia la alcaldesa``,
        ``cuenta a EFE``)."""
        word = re.match(r"[\s\u00a0]+(\w+)", following)
        if word is None:
            return False
        first = word.group(1)
        press = self.press
        return (
            first.islower()
            and len(first) >= 4
            and first not in self.cues.pronouns
            and first not in press.definite
            and first not in press.indefinite
            and first not in press.plural
        )

    def according_after(self, start: int, open_at: int, close: int, limit: int) -> Speaker | None:
        """An ``according to`` word right after a quotation and its comma (``« ... », selon
        Santé publique France.``) where the sentence's cue before the quotation, if any, is
        not its own: a relative clause stands between them (``X a annoncé un plan contre une
        épidémie qui arrive « ... », selon Y``); otherwise ``None`` (``X a dit « ... », selon
        l'AFP``: X speaks, the agency relays). Languages other than English."""
        if self.cues.profile is None or not self.press.relatives:
            return None
        after_comma = _COMMA.match(self.masked, close, limit)
        if after_comma is None:
            return None
        cue = self.cue.match(self.masked, after_comma.end(), limit)
        if cue is None or normal(cue.group(0)) not in self.cues.according:
            return None
        before = list(self.cue_index.finditer(start, open_at))
        if before and not self._relative_clause(self.masked[before[-1].end() : open_at]):
            return None
        return self._from_cue(close, cue, limit)

    def _relative_clause(self, between: str) -> bool:
        """Whether a relative pronoun opens a clause in ``between``, the words from the cue to
        the quotation (``annoncé un plan contre une épidémie qui arrive``): not one right after
        the cue, its conjunction (``señaló que``, ``sagte, die``), nor one that is also an
        article without its comma (German ``nannte die Reform``, not ``die Reform, die``)."""
        words = between.lower().replace(",", " , ").split()
        return any(
            w in self.press.relatives
            and any(t != "," for t in words[:k])
            and (w not in self.press.definite or words[k - 1] == ",")
            for k, w in enumerate(words)
        )

    def after(self, close: int, limit: int, quote_ends_with_comma: bool) -> Speaker | None:
        """A cue right after a quotation closing at ``close`` (``"...," he said``)."""
        limit = min(limit, close + CUE_REACH)
        tail = self.masked[close:limit]
        lead = len(tail) - len(tail.lstrip(" ,\u00a0—–-"))  # ``" —said``
        # ``"Wala na." (It's gone.), she said``, ``„...“ (Wir hören nicht auf), sagte sie``: a
        # translation in brackets between the quotation and its cue, in any language.
        translation = _TRANSLATION.match(tail, lead)
        if translation is not None and QUOTE_MASK not in translation.group(0):
            lead = translation.end()
            quote_ends_with_comma = quote_ends_with_comma or "," in translation.group(0)
        cue = self._cue_in_tail(tail, close)
        # ``«...»`` then ``— розповідає вона.``: a cue in lower case right after the dash
        # opening the next line is the quotation's (not ``— Ми поїдемо, — сказав він``, a new
        # quotation: the cue must open the line).
        dashed = _DASH_CUE_LINE.match(tail) if self.cues.profile is not None else None
        unbroken = lead
        if dashed is not None and tail[dashed.end() : dashed.end() + 1].islower():
            lead = dashed.end()
        read = _DOCUMENT_READ.match(tail, lead) if self.cues.profile is None else None
        if read is not None and (cue is None or read.start("cue") < cue.start()):
            cue = _READ.match(tail, read.start("cue"))  # ``"...," a statement read``
        if self.cues.after is not None and self._set_off(close, tail[:lead], quote_ends_with_comma):
            # ``„...“, so Scholz``, ``», s'emporte X``: a word that also says something else
            # (``La « bulle » s'emballe``) is a cue only after the quotation's comma, dash or
            # stop.
            late = self.cues.after.match(tail, lead) or self.cues.after.match(
                tail, self._past_object_pronouns(tail, lead)
            )  # (``? », lui demande le juge``)
            if late is not None and (cue is None or late.start() < cue.start()):
                if self._noun_use(tail[late.end() :]):
                    return None  # ``El «plan B», cuenta atrás para el Gobierno``: a noun
                cue = late
        if (
            cue is None
            or normal(cue.group(0)) in self.cues.according
            or QUOTE_MASK in tail[: cue.start()]
        ):
            return None
        if lead != unbroken and cue.start() != lead:
            lead = unbroken  # the dash's line opens with no cue
        between = tail[lead : cue.start()].strip()
        words = WORD.findall(between)
        quoted = _QUOTED_AS_SAYING.match(tail, cue.end()) if self.cues.profile is None else None
        if quoted is not None and len(words) <= 3:
            # ``"...," Mediaite reported the president saying``: who is reported speaks.
            at = close + quoted.start("np")
            return self.phrase_before(at, close + quoted.end("np"), "saying")
        if words and all(self.cues.before_verb(w) for w in words):
            between, words = "", []  # ``», a déclaré Macron``, ``», nous explique-t-elle``
        if not (quote_ends_with_comma or "," in tail[:lead] or len(words) <= 3) or len(words) > 15:
            return None
        if words and words[0] in CLAUSE_OPENERS and self.cues.profile is None:
            return None  # ``"..." while Trump promised ...``: another clause's cue
        if (
            words
            and self.cues.profile is not None
            and not any(mark in tail[:lead] for mark in "—–-")
            and words[0].lower()
            in language(self.cues.profile.code).words("quotes", "clause_conjunctions")
        ):
            # ``пообещал «...», а Трамп пообещал ...``: a comma and a conjunction open another
            # clause, whose cue is its own (the quotation's is set off by a dash).
            return None
        if (
            self.cues.profile is None
            and _PARTICIPLES.match(cue.group(0))
            and _ISSUED_DOCUMENT.search(tail, lead, cue.start()) is not None
        ):
            return None  # ``was "shocked", releasing a statement saying``: the next quotation's
        if "\n" in tail[lead : cue.start()] and (
            not quote_ends_with_comma or tail[cue.end() :].lstrip(" \u00a0").startswith(":")
        ):
            # One sentence a line: the next line's cue is its own sentence's (``Someone else
            # added: "..."`` after a question introduces the next quotation).
            return None
        if any(w in ".;:!?" for w in words):
            return None
        introduces = tail[cue.end() :].lstrip(" \u00a0").startswith(":") and (
            _opens_quotation(self.masked, close + cue.end())
        )
        if introduces and "," not in self.text[max(0, close - 2) : close] + tail[:lead]:
            # ``X asked: "...?" Roe replied: "..."``: a cue and a colon after a quotation
            # closed without a comma introduce the next one, not the words before them (not
            # ``"Never again!" Roe wrote: the post was deleted``, an explanation).
            return None
        if not between:  # inverted: ``said a senior official``
            if self.cues.profile is None and _COMPLEMENTIZER.match(tail, cue.end()):
                # ``a website "run by associates of X" states that ...``: the quotation is
                # inside the cue's subject; no speaker follows the cue.
                return None
            at = close + cue.end()
            profile = self.cues.profile
            if profile is not None:
                # ``», contó a Univision Noticias``: the one told is no speaker.
                told = addressee_end(self.masked, at, profile.code, self.within(at, limit))
                if told is not None:
                    named = named_after_initials(self.masked, told, self.within(at, limit))
                    if named is not None:  # ``», relató a EFE Inés Calvo``
                        written = self.text[named[0] : named[1]]
                        return Speaker(written, written, *named, cue.group(0))
                    return self._phrase_after(told, limit, cue.group(0)) or self.dropped_subject(
                        at, limit, cue.group(0)
                    )
            # (``— сказав на зустрічі з Володимиром Зеленським Емманюель Макрон``: the speaker
            # after the one met; ``— заявил Кудрин Марии Ивановой``: before the one told)
            following = self.within(at, limit) if profile is not None else []
            met = oblique_end(self.text, at, profile.code, following) if profile else None
            after = self._phrase_after(met, limit, cue.group(0)) if met is not None else None
            if after is None:
                told_at = oblique_start(self.text, at, profile.code, following) if profile else None
                after = self._phrase_after(at, told_at or limit, cue.group(0))
            if after is not None and profile is not None:
                after = self._past_complement(at, limit, cue.group(0), after)
            if after is None and self.cues.profile is not None:
                after = self.dropped_subject(at, limit, cue.group(0))
            return after  # ``«...», añadió.``: the subject left out
        found = self.phrase_before(close + lead, close + cue.start(), cue.group(0))
        if (
            found is None
            and self.cues.profile is None
            and len(words) == 1
            and re.fullmatch(r"[A-Z][a-z][\w’'\-]*", words[0])
            and words[0] not in gz.CALENDAR
            and not self._role_noun(words[0])
        ):
            # ``"...," Adele told the audience``: one name the entity annotator left untyped.
            at = close + lead + tail[lead : cue.start()].index(words[0])
            return Speaker(words[0], words[0], at, at + len(words[0]), cue.group(0))
        return found

    def _past_complement(self, at: int, limit: int, cue: str, found: Speaker) -> Speaker | None:
        """``found``, the phrase after an inverted cue ending at ``at``, unless it lies in a
        complement of the cue (:func:`.in_cue_complement`: ``», dijo sobre Andrés Molina``):
        then the next phrase after it that does not, or none (the subject left out)."""
        profile = self.cues.profile
        if profile is None:
            return found
        for _ in range(_COMPLEMENT_PHRASES):
            if not in_cue_complement(
                self.masked, at, found.start, found.end, profile.code, self._described_head
            ):
                return found
            # (``en rueda de prensa el portavoz``: the subject read with the complement)
            inner = subject_within(
                self.masked, found.start, found.end, profile.code, self._described_head
            )
            after = found.end if inner is None else inner
            if after <= found.start or after >= limit:
                return None
            later = self._phrase_after(after, limit, cue)
            if later is None or later.start < after:
                return None
            found = self._role_past_complement(after, later, profile.code)
        return None

    def _role_past_complement(self, since: int, found: Speaker, code: str) -> Speaker:
        """``found``, the subject read from ``since`` on past a cue's complement, its role
        only from its own words there, less its article: the one read back from the name may
        run into the complement (``sobre el presidente X el alcalde Y``: ``alcalde``)."""
        role = found.role
        before = self.text[: found.start].rstrip(" \u00a0")
        if role is None or not before.endswith(role) or len(before) - len(role) >= since:
            return found
        own = since
        lead = _LEADING_WORD.match(self.text, since, len(before))
        if lead is not None and lead.group(1).lower().replace("’", "'") in _articles(code):
            own = lead.end()
        return attrs.evolve(found, role=before[own:].strip(" \u00a0") or None)

    def _cue_in_tail(self, tail: str, close: int) -> re.Match[str] | None:
        """``cue.search(tail)`` for ``tail = masked[close:...]``, not reading on to its end
        where the text's next cue is far: only its opening (which looks back to nothing, as the
        whole text's search does not) and from near that cue (:class:`.CueIndex`)."""
        near = 2 * CUE_SPAN
        first = self.cue_index.first_from(close, close + len(tail)) - close
        if first <= near:
            return self.cue.search(tail)
        opening = self.cue.search(tail, 0, near + self.cue_index.reach)
        if opening is not None and opening.start() < near:
            return opening
        return self.cue.search(tail, first)

    def before(self, start: int, open_at: int) -> Speaker | None:
        """The nearest cue before a quotation in its sentence (``Singh noted that "..."``)."""
        start = _reach_back(self.masked, start, open_at)
        tries = MAX_CUES_TRIED
        for cue in reversed(list(self.cue_index.finditer(start, open_at))):
            if self.cues.profile is None and (
                self._noun_cue(start, cue.start()) or self._passive_cue(start, cue.start())
            ):
                continue  # ``the claims``, ``the claims were reported``: no speaker's verb
            if tries == 0:
                break
            tries -= 1
            found = self._from_cue(start, cue, open_at)
            if found is not None:
                return found
        return None

    def opening_according(self, start: int, open_at: int) -> Speaker | None:
        """A word read like ``according to`` only where it opens the sentence at ``start``
        (``Pour le bourgmestre d'Uccle, X, « ... »``, ``Para Rubén Cisneros, analista de
        Monex, el precio “...”``; elsewhere ``pour`` says nothing of speech): the speaker
        phrase after it, before the quotation opening at ``open_at``."""
        if self.cues.profile is None:
            return None
        prior = self.masked[max(0, start - 4) : start].rstrip(" \u00a0")
        if prior[-1:].isalnum() or prior[-1:] in (",", ";"):
            return None  # a long sentence read from a word inside it: ``a voté pour X, ...``
        opening = self.press.opening_according.match(self.masked, start, open_at)
        if opening is None:
            return None
        word = opening.group(1)
        end = phrase_end(self.masked, opening.end(), open_at)
        head = self.masked[opening.end() : end].split(maxsplit=1)
        if not head or not self.opens_party(head[0]):
            return None  # ``Pour accueillir X, ...``: an aim, not whose view
        found = self._phrase_after(opening.end(), end, word)
        if found is None:
            return None
        # ``Pour l'avocate de Marie Lenoir``: unnamed, holding a role of someone named.
        whose = found.anonymous and any(
            m.type == "person" for m in self.within(found.start, found.end)
        )
        if not (whose or found.name in self._people or found.name in self._bodies):
            return None  # ``Pour la première fois, ...``: no one the article names
        return found

    def reported_subject(self, start: int, end: int) -> Speaker | None:
        """The unnamed source opening the sentence ``start``-``end`` as the subject of its
        cue, for a quotation standing as its own sentence after it (``A reporter for the Al
        Jazeera news agency, however, said there might be difficulties. "We are ..."``)."""
        if self.cues.profile is not None or QUOTE_MASK in self.masked[start:end]:
            return None
        cue = self.cue_index.search(start, end)
        if (
            cue is None
            or self._noun_cue(start, cue.start())
            or self._passive_cue(start, cue.start())
        ):
            return None
        found = self._from_cue(start, cue, end)
        if found is None or not found.anonymous or self.masked[start : found.start].strip():
            return None
        return found

    def _opening_speaker_after_clause(self, start: int, end: int) -> Speaker | None:
        """:meth:`_opening_speaker` past an opening phrase and its comma (``Last Friday,
        Cramer went on a tirade on CNBC's Street Signs, saying``)."""
        clause = OPENING_CLAUSE.match(self.masked, start, end)
        return None if clause is None else self._opening_speaker(clause.end(), end)

    def _opening_pronoun(self, start: int, end: int, cue: str) -> Speaker | None:
        """A personal pronoun opening the sentence before a verb (``He also condemned
        Democrats, calling ...``), resolved as a cue's pronoun is."""
        match = OPENING_PRONOUN.match(self.masked, start, end)
        if match is None:
            return None
        return self._pronoun(match.group(1), match.start(1), match.end(1), cue)

    def _noun_cue(self, start: int, at: int) -> bool:
        """Whether the cue at ``at`` follows a determiner (``the claims``): a noun there."""
        head = self.masked[max(start, at - 12) : at].split()
        if not head or head[-1].lower() not in DETERMINERS:
            return False
        # ``Another commented:``, ``one wrote``: an unnamed commenter and a verb in the past.
        word = WORD.match(self.masked, at)
        past = word is not None and (
            word.group(0).endswith(PAST_ENDINGS) or word.group(0) in _IRREGULAR_PAST_CUES
        )
        # ``a source close to her said``: ``her`` is a pronoun there, before a verb in the past.
        return not (
            past
            and (head[-1].lower() in INDEFINITE_SPEAKERS or head[-1].lower() in self.cues.pronouns)
        )

    def _passive_cue(self, start: int, at: int) -> bool:
        """Whether the cue at ``at`` is a participle of the passive (``hours after the claims
        were reported, Ronaldo ...``, ``he was told``): the noun before it is no speaker."""
        if _PASSIVE_BEFORE.search(self.masked, max(start, at - 30), at) is None:
            return False
        word = WORD.match(self.masked, at)
        return word is not None and (
            word.group(0).endswith(PAST_ENDINGS) or word.group(0) in _IRREGULAR_PAST_CUES
        )

    def opening_cue(self, start: int, limit: int) -> Speaker | None:
        """A paragraph at ``start`` that opens in lower case with an inverted cue (``said Ann
        Lee, the mayor.`` on a line of its own): the rest of the sentence before it, whose
        quotation closed the paragraph; the speaker phrase runs to ``limit``. English only."""
        if self.cues.profile is not None or not self.text[start : start + 1].islower():
            return None
        cue = self.cue.match(self.masked, start)
        if cue is None or normal(cue.group(0)) in self.cues.according:
            return None
        end = phrase_end(self.masked, cue.end(), limit)
        return self._phrase_after(cue.end(), end, cue.group(0))

    def name_after(self, close: int, limit: int) -> Speaker | None:
        """``"...," Jesse Toprak, an analyst for Edmunds.``: the person named right after a
        quotation, with no cue (the writer left the verb out), the name then the sentence's
        end or an apposition ending it; ``limit`` is the sentence's end. English only (the
        rule was measured on English articles)."""
        if self.cues.profile is not None:
            return None
        mention = next(iter(self.within(close, min(limit, close + 4))), None)
        if mention is None or mention.type != "person":
            return None
        if SPACES.fullmatch(self.masked, close, mention.start) is None:
            return None
        at = mention.end
        apposition = APPOSITIVE.match(self.masked, at, limit)
        role = None
        if apposition is not None:
            role = self._appositive_role(at)
            if role is None:
                return None
            at = apposition.end()
        if _SENTENCE_CLOSE.match(self.masked, at, limit) is None:
            return None  # the sentence goes on: the name is no speaker standing alone
        speaker = self._named(mention, None)
        return attrs.evolve(speaker, role=role) if role else speaker

    def passive_agent(self, start: int, open_at: int, close: int, limit: int) -> Speaker | None:
        """``qualifiée de « provocation » par la CGT``: the agent right after a quotation of a
        passive verb of speech or verdict standing just before it (see
        :mod:`.attribution.passive_agents`). Not English."""
        if self.cues.profile is None:
            return None
        words = agent_words(self.cues.profile.code)
        if words is None:
            return None
        agent = words.agent.match(self.masked, close, limit)
        if agent is None:
            return None
        cue = passive_cue(self.masked, start, open_at, self.cue, words, self.cues.auxiliaries)
        if cue is None:
            return None
        found = self._phrase_after(agent.end(), phrase_end(self.masked, agent.end(), limit), cue)
        if found is None or (found.anonymous and not self._agent_phrase(found.start, found.end)):
            return None
        return attrs.evolve(found, cue=cue)

    def _agent_phrase(self, start: int, end: int) -> bool:
        """Whether the unnamed phrase ``text[start:end]`` after an agent preposition names
        who acts: people in the plural (``par les habitants``) or a role or body among its
        first words past the article (``par le préfet``, ``por tres concejales``); a means or
        an adverbial (``par la voix de``, ``por lo menos``) names no one."""
        words = [self.press.elided.sub("", w[0]).lower() for w in self._head_words(start, end)]
        words = [w for w in words if w]
        if not words:
            return False
        if words[0] in self.press.plural:
            return True
        if words[0] in self.press.definite | self.press.indefinite:
            words = words[1:]
        return any(
            self._role_noun(w) or self._body_noun(w) or self._body_noun_form(w) for w in words[:2]
        )

    def closing_after_cue(self, close: int, limit: int) -> Speaker | None:
        """A word that is a cue only after a comma (``[quotes] after_cues``: ``so``) opening the
        last clause of the sentence a quotation stands inside (``Der Abbau sei „schmerzhaft“
        für alle, so der Sprecher.``): the speaker of the speech the sentence reports, as right
        after the quotation's own comma (``„...“, so Scholz``). Languages other than English;
        ``None`` when another quotation stands between."""
        if self.cues.profile is None or self.cues.after is None:
            return None
        limit = min(limit, close + CUE_REACH)
        comma = self.masked.rfind(",", close, limit)
        if comma < 0 or QUOTE_MASK in self.masked[close:limit]:
            return None
        at = comma + 1
        while at < limit and self.masked[at] in " \u00a0":
            at += 1
        cue = self.cues.after.match(self.masked, at, limit)
        if (
            cue is None
            or normal(cue.group(0)) in self.cues.according
            or self._noun_use(self.masked[cue.end() : limit])
        ):
            return None
        found = self._phrase_after(cue.end(), limit, cue.group(0))
        if found is None or not self._right_after(cue.end(), found):
            return None  # ``..., cerró la temporada el entrenador X``: a verb and its object
        return found

    def _right_after(self, at: int, found: Speaker) -> bool:
        """Whether the speaker ``found`` follows ``at`` (the end of a cue) with nothing
        between but articles and the words of its role (``so der Sprecher``, ``dijo el
        ministro X``), no object of the verb (``cerró la temporada el entrenador X``)."""
        skipped = {*self.press.definite, *self.press.indefinite}
        skipped |= {w.lower() for w in (found.role or "").split()}
        gap = self.masked[at : found.start].split()
        return all(self.press.elided.sub("", w).lower().strip(",") in skipped for w in gap)

    def later(self, close: int, limit: int) -> Speaker | None:
        """A cue later in the sentence (``..., Reuters reported``)."""
        limit = min(limit, close + CUE_REACH)
        tries = MAX_CUES_TRIED
        for cue in self.cue_index.finditer(close, limit):
            if in_aside(self.masked, close, cue.start(), close - 1):
                continue  # ``"..." sourcing ... ("...," The Post said)``: the aside's own cue
            first = WORD.search(self.masked, close, cue.start())
            if (
                first is not None
                and first.group(0) in CLAUSE_OPENERS
                and self.masked.find(",", close, cue.start()) < 0
                and not _inverted(self.text, close, cue.start())
            ):
                return None  # ``"..." while Trump promised``, not ``"..." if ..., X said``
            if self.cues.profile is None and self._passive_cue(close, cue.start()):
                continue  # ``"...," it was reported``: no speaker's verb
            if tries == 0:
                break
            tries -= 1
            found = None
            if (
                self.cues.profile is None
                and _inverted(self.text, close, cue.start())
                and cue.group(0).lower() not in OBJECT_CUES
            ):
                # ``were "literally in the dark" due to power failures, said State Department
                # spokesman P. J. Crowley``, ``"..." if we are faced with "fuss," added
                # Larijani``: the speaker after an inverted cue, not a name before it (not after
                # ``told``: ``Osman, an ecologist at X, told AFP``, AFP is spoken to).
                end = phrase_end(self.masked, cue.end(), limit)
                found = self._phrase_after(cue.end(), end, cue.group(0))
            found = found or self._from_cue(close, cue, limit)
            if found is not None and QUOTE_MASK in self.masked[found.start : found.end]:
                return None  # ``„...“, während Gegner, die „Nieder mit X“ riefen``: their words
            if found is not None:
                return found
        return None

    def subject(self, start: int, open_at: int, *, people_only: bool = False) -> Speaker | None:
        """The sentence's subject, when it is a named entity (for cue-less scare quotes), or
        only a person (``people_only``: for a quotation after a sentence about someone)."""
        if people_only and self.cues.profile is None:
            # ``Asked whether ..., Adele shakes her head.``: past an opening participle clause.
            clause = PARTICIPLE_CLAUSE.match(self.masked, start, open_at)
            if clause is None:
                # ``At exactly 12 noon BST, British Prime Minister Tony Blair made a statement
                # outside 10 Downing Street, saying ...``: past an opening adverbial clause.
                clause = self._adverbial_clause(start, open_at)
            if clause is not None:
                start = clause.end()
                untyped = self._spoken_untyped_at(start)
                if untyped is not None:
                    return untyped
            elif not any(m.type == "person" for m in self.within(start, open_at)):
                # ``Rachmani Domersant, an employee for Food for the Poor, described ...``: a
                # person the entity annotator left untyped, opening the sentence.
                return self._unlabelled_subject(start, open_at)
        prefix = self.masked[start:open_at]
        for mention in self.within(start, open_at):
            if people_only:
                if QUOTE_MASK in prefix:
                    return None
                title_words = self.masked[start : mention.start].split()
                # ``US Secretary of State Hillary Clinton promised ...``: the title the entity
                # annotator read as the person's role.
                if title_words and title_words != (mention.role or "").split():
                    title = WORD.findall(self.masked[start : mention.start])
                    if not all(
                        w[:1].isupper() or self._role_noun(w) for w in title
                    ) and not self.apposed_subject(start, mention):
                        return None
                if mention.type != "person":
                    # ``UN Peacekeeping Chief Alain LeRoy said ...``: a body inside the title
                    # before the name.
                    continue
                return self._named(mention, None)
            lead = self.masked[start : mention.start]
            if any(not (w[:1].isupper() or w.lower() in _ARTICLES) for w in lead.split()):
                return None
            if mention.type != "person" and self.cues.profile is None:
                # ``UCLA athletic director Dan Guerrero thanked ...``: the body names the
                # person's office; the person after the role is the subject (English word
                # order: a lower-case role between the body and the name).
                held = self._person_after_role(mention, open_at)
                if held is not None:
                    return attrs.evolve(held, cue=None)
            if re.match(r"['’]s\b", self.text[mention.end : mention.end + 2]):
                return None
            if QUOTE_MASK in prefix[: mention.start - start]:
                return None
            if mention.type == "person":
                # ``Julián Ferrero, economista de la firma, cree que ... "..."``: with the role the
                # article states, as a cue's subject is given it.
                return self._named(mention, None)
            return Speaker(mention.name, self.text[mention.start : mention.end], mention.start,
                           mention.end, None)  # fmt: skip
        return None

    def _person_after_role(self, mention: Mention, end: int) -> Speaker | None:
        """The person named right after a body and a lower-case role (``UCLA athletic
        director [Dan Guerrero]``), before ``end``."""
        person = next(iter(self.within(mention.end, end)), None)
        if person is None or person.type != "person":
            return None
        words = self.masked[mention.end : person.start].split()
        if not 1 <= len(words) <= 4 or not all(w.isalpha() and w.islower() for w in words):
            return None
        if not self._role_noun(words[-1]):
            return None
        named = self._named(person, None)
        role = named.role or " ".join(self.text[mention.start : person.start].split())
        return attrs.evolve(named, role=role)

    def pronoun_subject(self, start: int, end: int) -> Speaker | None:
        """The person a sentence's subject pronoun points back to, past an opening participle
        or adverbial clause (``Asked whether the roof should have closed, she shrugged.``:
        a quotation standing alone after it is hers); English only."""
        if self.cues.profile is not None:
            return None
        clause = PARTICIPLE_CLAUSE.match(self.masked, start, end) or self._adverbial_clause(
            start, end
        )
        pronoun = _SUBJECT_PRONOUN.match(self.masked, clause.end() if clause else start, end)
        if pronoun is None:
            return None
        found = self._pronoun(pronoun.group(1), pronoun.start(1), pronoun.end(1), "")
        return found if found is not None and not found.anonymous else None

    def _adverbial_clause(self, start: int, end: int) -> re.Match[str] | None:
        """An opening clause of a preposition and a comma (``On Tuesday,``, ``At exactly 12
        noon BST,``) before the sentence's subject, when no person is named inside it."""
        clause = OPENING_CLAUSE.match(self.masked, start, end)
        if clause is None:
            return None
        word = WORD.search(self.masked, clause.start(), clause.end())
        if word is None or word.group(0).lower() not in _OPENING_PREPOSITIONS:
            return None
        if any(m.type == "person" for m in self.within(clause.start(), clause.end())):
            return None
        return clause

    # -- speaker phrases -----------------------------------------------------------------------

    def _main_clause(self, start: int, at: int) -> Speaker | None:
        """:meth:`before` for the main clause of a participle whose comma is at ``at``, or
        ``None`` past :data:`_MAIN_CLAUSE_DEPTH` such clauses, one inside another."""
        if self._main_clauses >= _MAIN_CLAUSE_DEPTH:
            return None
        self._main_clauses += 1
        try:
            return self.before(start, at)
        finally:
            self._main_clauses -= 1

    def _from_cue(self, start: int, cue: re.Match[str], limit: int) -> Speaker | None:
        word = cue.group(0)
        if self.cues.profile is None and _PARTICIPLES.match(word):
            comma = self.masked[start : cue.start()].rstrip()
            adverb = _TRAILING_ADVERB.search(comma)
            if adverb is not None:  # ``..., instead commenting that``
                comma = comma[: adverb.start() + 1]
            joined = _JOINED_PARTICIPLE.search(comma, max(0, len(comma) - 40))
            if joined is not None and joined.start() > 0:
                # ``..., saying that ... and merely saying that``: a second participle of the
                # main clause.
                comma = comma[: joined.start()].rstrip(" \u00a0,") + ","
            if comma.endswith(","):
                # ``Lindner said in an interview with ZDF, adding that ...``: the subject of
                # the main clause, not the last name before the comma.
                main = (
                    self._main_clause(start, start + len(comma) - 1)
                    or self.subject(start, start + len(comma) - 1, people_only=True)
                    or self._opening_speaker(start, start + len(comma))
                    or self._opening_pronoun(start, start + len(comma), word)
                    or self._opening_speaker_after_clause(start, start + len(comma))
                )
                if main is not None:
                    return attrs.evolve(main, cue=word)
        if self.cues.profile is None and _PARTICIPLES.match(word):
            issued = _ISSUED_DOCUMENT.search(self.masked, max(start, cue.start() - 80), cue.start())
            if issued is not None and issued.group("verb") not in _OBJECT_PREPOSITIONS:
                # ``Weber released a statement saying``, ``..., issuing a letter saying``: the
                # document is the object of its issuer, who speaks.
                verb = issued.start("verb")
                comma = self.masked[start:verb].rstrip()
                if comma.endswith(","):
                    at = start + len(comma) - 1
                    main = self._main_clause(start, at) or self.subject(start, at, people_only=True)
                else:
                    main = self.phrase_before(start, verb, word)
                if main is not None:
                    return attrs.evolve(main, cue=word)
        if self.press.capitalised_nouns and normal(word) in self._postpositions():
            return self._before_postposition(start, cue)
        if normal(word) in self.cues.according:
            end = (
                phrase_end(self.masked, cue.end(), limit)
                if self.cues.profile is None
                else phrase_end_past_names(self.masked, cue.end(), limit)
            )
            if normal(word) in self.cues.genitive:
                genitive = self.genitive_speaker(cue.end(), end, word)
                if genitive is not None:
                    return genitive  # ``по словам капитана команды Даниила Фомина``
            found = self._phrase_after(cue.end(), end, word)
            if self.press.proper_capitals:
                # ``, selon Santé publique France.``: a body the entity annotator did not find
                # (or found a piece of), named as written.
                found = self._written_source(cue.end(), end, word, found) or found
            if (
                found is not None
                and normal(word) in self.cues.genitive
                and not found.anonymous
                and found.name == found.mention  # not merged with a nominative spelling
            ):
                return attrs.evolve(found, name=nominative_name(found.name, self.cues))
            return found
        if (
            self.press.capitalised_nouns
            and _QUOTE_THEN_COMMA.search(self.masked, start, cue.start()) is not None
        ):
            # ``»...«, erklärte Maria Lenz``: the verb after a quotation and its comma has its
            # subject after it; the phrase before the quotation is another sentence's.
            return self._subject_after_verb(cue, limit)
        found = self.phrase_before(start, cue.start(), word)
        if found is None and not self.masked[start : cue.start()].strip():
            # ``Ana Torres habló con la prensa. Añadió que «...»``: a cue opening its sentence
            # with its subject left out, the last speaker's (:meth:`dropped_subject`).
            found = self.opening_dropped_subject(cue.start(), word)
        elif (
            found is None
            and self.cues.profile is not None
            and _fronted_phrase(self.masked, start, cue.start())
            and not self.within(start, cue.start())
            and not self.opens_noun_phrase(start, cue.start())
        ):
            # ``Después, aseguró que «...»``: a short phrase of time or manner and its comma
            # before the cue, naming no one; the subject is left out all the same (not ``El
            # alcalde, visiblemente molesto, aseguró``: a subject and an aside).
            found = self.opening_dropped_subject(cue.start(), word, fronted=True)
        if found is not None and not found.anonymous and self.press.capitalised_nouns:
            found = self._unless_prepositional(start, cue, limit, found)
        elif found is not None and not found.anonymous and self.cues.profile is None:
            found = self._person_before_object(start, found)
        elif found is None and self.press.capitalised_nouns:
            found = self._subject_after_verb(cue, limit)
        if (
            self.cues.profile is None
            and _PARTICIPLES.match(word)
            and (found is None or found.name not in self._people)
        ):
            # ``Lee wrote to the board of directors stating``: the participle's clause
            # describes what the sentence's subject, a person, did; no body in it speaks.
            subject = self.subject(start, cue.start(), people_only=True) or (
                # ``She opens by saying this is "..."``: a pronoun as the subject.
                self._opening_pronoun(start, cue.start(), word) if found is None else None
            )
            if subject is not None:
                return attrs.evolve(subject, cue=word)
        return found

    def _person_before_object(self, start: int, found: Speaker) -> Speaker:
        """``found``, a place or a body named right before an English cue, unless a
        preposition governs it and a person is the sentence's subject before that preposition
        (``Co-author Lukas Brenner of the Alfred Wegener Institute in Germany warned``: Lukas
        Brenner, not Germany; ``Ana Cruz from the Manila office of Oxfam said``)."""
        if found.name in self._people:
            return found
        at = preposition_before(
            self.masked, start, found.start, _OBJECT_PREPOSITIONS, frozenset(_ARTICLES)
        )
        if at is None:
            return found
        subject = self.subject(start, at, people_only=True)
        if subject is None or subject.name not in self._people:
            return found  # (``Hollis Creek Fraternal Order of Police``: one body's name)
        return attrs.evolve(subject, cue=found.cue)

    def _written_source(
        self, start: int, end: int, cue: str, found: Speaker | None
    ) -> Speaker | None:
        """The name of a body written right after an ``according to`` word up to a stop or a
        comma (``selon Santé publique France.``, ``selon Pôle emploi,``), where ``found``, the
        speaker read there, is none or a piece of it that is no person (``France``): two to
        five words, the first capitalised, at most one other in lower case, no person among
        them (a language whose capitals mark names only)."""
        start = self.after_time(start, end)
        words = [(m.group(0), m.start() + start, m.end() + start)
                 for m in WORD.finditer(self.masked[start:end])]  # fmt: skip
        if not 2 <= len(words) <= _WRITTEN_SOURCE_WORDS or self.masked[end : end + 1] not in ".,;":
            return None
        first, phrase_start, phrase_end_at = words[0][0], words[0][1], words[-1][2]
        if found is not None and (
            found.name in self._people
            or (found.start <= phrase_start and found.end >= phrase_end_at)
        ):
            return None  # a person, or the whole name found already
        if not self.press.elided_article.sub("", first)[:1].isupper():
            return None
        lower = [w for w, _, _ in words[1:] if not w[:1].isupper()]
        if len(lower) > 1 or any(not w[:1].isalpha() for w, _, _ in words):
            return None
        if any(m.type == "person" for m in self.within(phrase_start, phrase_end_at)):
            return None
        written = self.text[phrase_start:phrase_end_at]
        name = self.press.elided_article.sub("", written)
        return Speaker(name, written, phrase_start, phrase_end_at, cue)

    def _postpositions(self) -> frozenset[str]:
        """``according to`` words written after their source (``[quotes] according_postpositions``:
        German ``zufolge``)."""
        profile = self.cues.profile
        if profile is None:
            return frozenset()
        return language(profile.code).words("quotes", "according_postpositions")

    def _before_postposition(self, start: int, cue: re.Match[str]) -> Speaker | None:
        """The source written before ``zufolge`` (``Dem Minister X zufolge``, ``Ihm zufolge``:
        a dative pronoun read as its nominative, ``[quotes] dative_pronouns``)."""
        word = cue.group(0)
        profile = self.cues.profile
        last = _WORD_BEFORE.search(self.masked, max(start, cue.start() - 20), cue.start())
        if profile is not None and last is not None:
            datives = language(profile.code).table("quotes", "dative_pronouns")
            nominative = datives.get(last.group(1).lower())
            if nominative is not None:
                found = self._pronoun(str(nominative), last.start(1), last.end(1), word)
                return attrs.evolve(found, mention=last.group(1)) if found is not None else None
        return self.phrase_before(start, cue.start(), word)

    def _subject_after_verb(self, cue: re.Match[str], limit: int) -> Speaker | None:
        """With no subject before a German cue, the one right after it, the verb standing
        second (``Über die Saison sagt sie: „...“``, ``Dort sagte der Minister: „...“``): a
        person or a pronoun's, or an unnamed person described by a role or a description
        noun (not a body, a place or a thing: ``beschrieb die Schäden als „...“``, ``klagt
        China der „...“ an`` name the verb's object)."""
        word = cue.group(0)
        after = self._phrase_after(cue.end(), phrase_end(self.masked, cue.end(), limit), word)
        if after is None:
            return None
        if after.anonymous:
            words = re.split(r"[\s\-]+", after.mention)
            described = any(
                w[:1].isupper() and (self._described_head(w) or w.lower() in self.press.sources)
                for w in words
            )
            return after if described else None
        return after if after.name in self._people else None

    def _unless_prepositional(
        self, start: int, cue: re.Match[str], limit: int, found: Speaker
    ) -> Speaker | None:
        """``found``, the name before a German cue, unless a preposition governs it (``Im
        Interview mit dem ZDF sagte``, ``X aus Celle warnte``): then the speaker phrase right
        after the cue (the subject after the verb), else the phrase before the preposition."""
        profile = self.cues.profile
        following = self.masked[cue.end() : cue.end() + 12].split()
        impersonal = bool(following) and following[0].strip(",.:").lower() in self.press.impersonal
        if profile is None or impersonal:
            return found  # ``Aus dem SPÖ-Klub heißt es``: the body the words come from
        at = self.governing_preposition(start, found)
        if at is None:
            return found
        word = cue.group(0)
        after = self._phrase_after(cue.end(), phrase_end(self.masked, cue.end(), limit), word)
        if after is not None and (after.anonymous or after.name in self._people):
            return after  # a person after the verb is its subject (``sagte Außenminister X``)
        # A body right after the verb may be its object (``erklärte CNN``): the subject
        # before the preposition first (``X, Leiter des Roten Kreuzes in Indonesien``), past
        # each phrase of a chain (``Forscher X vom Institut Y in Davos warnt``: Davos, then
        # the institute, are where X is from).
        earlier = self.phrase_before(start, at, word) if at > start else None
        while earlier is not None and not earlier.anonymous:
            at = self.governing_preposition(start, earlier)
            if at is None or at <= start:
                break
            earlier = self.phrase_before(start, at, word)
        if earlier is not None and self._opens_with_preposition(earlier):
            earlier = None  # ``Über den Vorschlag der Ministerin für X sagte``: what it is about
        return earlier or after

    def _opens_with_preposition(self, phrase: Speaker) -> bool:
        """Whether ``phrase`` opens with one of the language's ``[quotes] object_prepositions``
        (a fronted phrase the verb's subject follows, never the subject itself)."""
        profile = self.cues.profile
        first = phrase.name.split(maxsplit=1)[:1]
        return (
            profile is not None
            and bool(first)
            and first[0].lower() in language(profile.code).words("quotes", "object_prepositions")
        )

    def governing_preposition(self, start: int, found: Speaker) -> int | None:
        """The offset of a preposition governing ``found`` (see :func:`preposition_before`;
        past capitalised nouns too: ``von der Universität X``), not before ``start``."""
        profile = self.cues.profile
        if profile is None or found.start < start:
            return None
        return preposition_before(
            self.masked,
            start,
            found.start,
            frozenset(language(profile.code).words("quotes", "object_prepositions")),
            self.press.definite | self.press.indefinite,
            nouns=self.press.capitalised_nouns,
        )

    def transcript_questioner(self, start: int, end: int) -> Speaker | None:
        """``Q. (by Assistant U.S. Attorney Ann Roe) "..."``: the person a transcript names,
        between ``start`` and ``end``, as asking; the words before the name are the role."""
        mention = self._mention_ending(end)
        if mention is None or mention.type != "person" or mention.start < start:
            return None
        named = self._named(mention, None)
        title = " ".join(self.text[start : mention.start].split())
        return attrs.evolve(named, role=named.role or title or None)

    def questioner(self, start: int, open_at: int) -> Speaker | None:
        """``One journalist tried again: "...?"``, ``One journalist pressed him on the cost.
        "...?"``: a questioner described, not named, opening the sentence before a question
        with no cue verb (between ``start`` and ``open_at``). English only."""
        if self.cues.profile is not None:
            return None
        # The opening must run to ``open_at``: looked for only as far back as it can reach.
        start = max(start, open_at - _QUESTIONER_REACH)
        match = _QUESTIONER_OPENING.search(self.masked, start, open_at)
        if match is None:
            return None
        rest = match.group("rest")
        if not rest.rstrip().endswith(":") and _ASKING_VERB.search(rest) is None:
            return None  # ``A journalist in the front row laughed.``: no question asked
        phrase = " ".join(match.group("who").split())
        return Speaker(
            anonymous_name(phrase), phrase, match.start("who"), match.end("who"), None,
            anonymous=True,
        )  # fmt: skip

    def label(self, start: int, open_at: int) -> Speaker | None:
        """``Adele: 'Nobody believes me ...'``: a name and a colon opening the paragraph (a
        headline, an interview's answer) before a quotation. A name the entity annotator left
        untyped counts when the article writes it again."""
        match = _LABEL.fullmatch(self.masked, start, open_at)
        if match is None:
            return None
        name_start, name_end = match.span("name")
        titled = match.group("title") != ""
        listed = match.group("marker") is not None or match.group(0).rstrip()[-1] != ":"
        if self.cues.profile is not None and (titled or listed):
            # A list item's dash and a title before the name: English rules only.
            return None
        mention = self._mention_ending(name_end)
        if mention is not None:
            if mention.type == "organisation" and listed and not titled:
                # ``* AP - "..."``: a list of what each source says.
                return self._named(mention, None) if mention.start == name_start else None
            if mention.type != "person" or not (
                mention.start == name_start or (titled and mention.start >= match.start("title"))
            ):
                return None
            if not titled or mention.start < name_start:
                return self._named(mention, None)
            # ``Secretary of the Navy Ann Roe: "..."``: the title before the name is the role.
            named = self._named(mention, None)
            title = " ".join(self.text[match.start("title") : mention.start].split())
            return attrs.evolve(named, role=named.role or title)
        if self.cues.profile is not None or titled or listed:
            return None
        name = match.group("name")
        words = name.split()
        places = gz.place_names()
        if (
            any(
                w in gz.ROLE_WORDS or w in gz.CALENDAR or w in places or w in _LABEL_WORDS
                for w in words
            )
            or self._count(name) < 2
        ):
            return None
        return Speaker(name, name, name_start, name_end, None)

    def headline_name(self, close: int, end: int) -> Speaker | None:
        """``'...': chef Ann Roe on failure and fame``: a quotation opening a headline or a
        paragraph, a colon, then a person's name after at most a few title words (lower-case
        role nouns or capitalised titles): that person's words. English only."""
        if self.cues.profile is not None:
            return None
        colon = _HEADLINE_COLON.match(self.masked, close, end)
        if colon is None:
            return None
        person = next(iter(self.within(colon.end(), min(end, colon.end() + 80))), None)
        if person is None:
            return self._untyped_headline_name(colon.end(), end)
        if person.type != "person":
            return None
        words = self.masked[colon.end() : person.start].split()
        if len(words) > 3 or not all(
            self._role_noun(w, people_only=True) or w in gz.ROLE_WORDS or w in gz.DEMONYMS
            for w in words
        ):
            return None
        if _HEADLINE_NAME_END.match(self.masked, person.end, end) is None:
            return None  # ``'...': teacher Ann Roe jailed for ...``: about her, not hers
        return self._named(person, None)

    def _untyped_headline_name(self, start: int, end: int) -> Speaker | None:
        """:meth:`headline_name` for a name the entity annotator left out of a headline
        (``'...': novelist Efua Mensah-Larsen on her new book``): a role noun or two, then a
        capitalised name whose last word the article writes again."""
        match = _TITLED_NAME.match(self.masked, start, end)
        if match is None:
            return None
        title = match.group("title").split()
        if not all(self._role_noun(w, people_only=True) or w in gz.DEMONYMS for w in title):
            return None
        name = match.group("name")
        if self._count(name.rsplit(None, 1)[-1]) < 2:
            return None
        return Speaker(
            name, name, match.start("name"), match.end("name"), None, role=" ".join(title)
        )

    @staticmethod
    def _signed_role(words: str | None, kind: str) -> str | None:
        """A signature's description after a person's name as the role (``— Ann Roe, retired
        teacher``), not a year, a date or a place (``— Ann Roe, 2019``; ``— Reuters, London``)."""
        if words is None or kind != "person":
            return None
        words = words.strip()
        if any(c.isdigit() for c in words) or words in gz.place_names():
            return None
        return None if any(w in gz.CALENDAR for w in words.split()) else words

    def signature(self, close: int, end: int) -> Speaker | None:
        """``"...." - "Fiona"``, ``"..." — Ann Roe``: a dash and a name closing the paragraph
        after a quotation sign it (readers' letters, a list of comments)."""
        if self.cues.profile is not None:
            return None
        match = _SIGNATURE.fullmatch(self.text, close, end)
        if match is None:
            return None
        name_start, name_end = match.span("name")
        mention = self._mention_ending(name_end)
        if mention is not None:
            # (A title may stand before the person's name: ``— Mayor Ann Roe, Democrat``.)
            titles = self.text[name_start : mention.start].split()
            signs = mention.type in ("person", "organisation") and (
                mention.start == name_start
                or (
                    mention.type == "person"
                    and mention.start > name_start
                    and all(w in gz.ROLE_WORDS or w in gz.HONORIFICS for w in titles)
                )
            )
            if not signs:
                return None
            named = self._named(mention, None)
            role = " ".join(titles) or self._signed_role(match.group("role"), mention.type)
            return attrs.evolve(named, role=named.role or role) if role else named
        if match.group("role") is not None:
            return None  # (a description after a name the entity annotator did not type)
        name = match.group("name")
        places = gz.place_names()
        if any(
            w in gz.ROLE_WORDS or w in gz.CALENDAR or w in places or w in _LABEL_WORDS
            for w in name.split()
        ):
            return None
        return Speaker(name, name, name_start, name_end, None)
