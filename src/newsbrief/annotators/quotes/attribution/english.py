"""English word tables, patterns and small helpers shared by the attribution rules.

The words come from the ``[quotes]`` section of ``en.toml``; a pattern or helper used by one
rule module only lives in that module instead.
"""

from __future__ import annotations

import functools
import operator
import re

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.languages import language

#: English, the language whose rules this module's own tables carry (other languages read
#: theirs in :func:`cues_for`).
_EN = language("en")


#: Phrases read like ``according to`` (the speaker follows).
_ACCORDING = _EN.words("quotes", "attribution_cues")


#: A verb or phrase that attributes words to someone (a phrase may open a sentence, so its
#: first letter may be a capital). Written as a trie (:mod:`.alternation`): the cue is looked
#: for in every sentence near a quotation.
_CUE_WORDS = (
    _EN.speech_verbs
    | _EN.words("quotes", "more_cues")
    | _ACCORDING
    | {p[0].upper() + p[1:] for p in _ACCORDING}
)


#: Role nouns for sources the article does not name: never credited to whoever was named last.
_UNNAMED_SOURCES = _EN.words("quotes", "unnamed_sources")


#: Nouns naming a person by role: the entity gazetteer's and the quotes annotator's own.
_ROLE_NOUNS = gz.PERSON_ROLE_NOUNS | _EN.words("quotes", "role_nouns")


#: ``and``, ``but``: a second verb of the sentence's subject after one (``... but added``).
_CLAUSE_CONJUNCTIONS = _EN.words("quotes", "clause_conjunctions")


_SOURCE_NOUNS = _ROLE_NOUNS | _UNNAMED_SOURCES


#: Lower-case nouns that say what kind of body a name is (``the union IF Metall``).
_BODY_NOUNS = gz.ORGANISATION_ROLE_NOUNS | _EN.words("quotes", "body_nouns")


# ``, the president of the Federal Reserve Bank of New York,``: a role in apposition.
# (An apposition the writer did not close before the verb ends there: ``Dieter Kempf, head of
# the Federation of German Industries (BDI) said``.)
_APPOSITIVE_CUES = plain_alternation(_EN.words("quotes", "appositive_cues"))


_APPOSITIVE = re.compile(
    r",\s+([\w.’'\-]+\b[^,;:!?§\n]{0,120}?)\s*"
    rf"(?=[,;]|\.(?![\w’'])|$|[ \u00a0]+{_APPOSITIVE_CUES}\b)"
)


_DETERMINERS = frozenset(
    {"a", "an", "the", "one", "another", "this", "that", "its", "his", "her", "their"}
)


_INDEFINITE = frozenset({"a", "an", "one", "another"})


#: Words naming an unnamed commenter that speak on their own (``one wrote``, ``Another
#: commented:``), and their last words.
_INDEFINITE_SPEAKERS = _EN.words("quotes", "indefinite_speakers")


#: Words read back over between a speaker and its cue (``has also``, ``on Tuesday``).
_SKIPPABLE = _EN.words("quotes", "skippable")


_NP_STOP = frozenset(
    {"that", "which", "who", "but", "while", "when", "as", "if", "said", "told", "to", "by",
     "with", "from", "for", "after", "before", "because", "so", "than", "where", "of", "on",
     "in", "at"}
)  # fmt: skip


#: Prepositions an anonymous source's description may end with (``a source at the utility``).
_PP_WORDS = frozenset({"at", "from", "in", "with", "to"})


_RELATIVE = re.compile(
    r",\s*(?:who|which|whose)\b[^,§]*,\s*(?:(?:has|have|had|was|were|is|are|will|would|also)\s+)*$"
)


_WORD = re.compile(r"[\w.’'\-]+|[^\w\s]")


_QUOTE_MASK = "§"


_NAME_CHARACTER = re.compile(r"[\w’'\-]")


#: ``(positions, verdicts)``: see ``Attributor._full_names``.
_FullNames = tuple[list[int], list[str]]


#: Titles of courtesy: a name's manners, not its role (``Dr Adrian Boyle, president of ...``).
_COURTESY = frozenset(w.capitalize() for w in _EN.words("people", "courtesy"))


# ``the 22-year-old``: an age standing for a person.
_AGE_NOUN = re.compile(r"(\d{1,3})-year-old")


# ``[a senior] analyst at [the]`` right before a body's name.
_SOURCE_DETERMINER = plain_alternation(_EN.words("quotes", "source_determiners"), case="either")


_DESCRIBED = re.compile(
    rf"(?:(?<=\s)|^)(?:{_SOURCE_DETERMINER}\s+)?"
    r"(?:[\w’'\-]+\s+){0,3}?(?P<noun>[A-Za-z]+)\s+"
    rf"(?P<prep>{plain_alternation(_EN.words('quotes', 'source_prepositions'))})\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&’'\-]*\s+){0,3}$"
)


_FUNCTION_WORDS = _EN.words("quotes", "function_words")


# Sort keys and columns (C-level getters: a lambda per element was a Python call).
_START, _END, _POSITION = (
    operator.attrgetter("start"),
    operator.attrgetter("end"),
    operator.attrgetter("position"),
)


#: A pronoun may point back to a speaker of at most this many paragraphs before.
_SPEAKER_PARAGRAPHS = 3


# A name the entity annotator left untyped: capitalised words, particles between them, and a
# masked nickname (``Ian "Wrighty" Wright``).
# (``[quotes] name_particles`` of en.toml: ``von der Leyen``, ``bin Salman``.)
_PARTICLE_WORDS = _EN.words("quotes", "name_particles")


_PARTICLES = plain_alternation(_PARTICLE_WORDS)


# Particles that also open a surname after a name (``al-Moualem``, ``ibn Saud``).
_SURNAME_PARTICLES = plain_alternation(_PARTICLE_WORDS | _EN.words("quotes", "surname_particles"))


_CLAUSE_OPENERS = _EN.words("quotes", "clause_openers")


#: ``a``, ``an``, ``the``: the articles opening an apposition.
_DEFINITE = _EN.words("quotes", "definite_articles")


_ARTICLES = plain_alternation(_EN.words("quotes", "indefinite_articles") | _DEFINITE)


#: Nouns of a kind of body (``the regulator said``: the body so described).
_BODY_KINDS = _EN.words("quotes", "body_nouns")


#: Nouns of a body or its statement standing for the body the sentence before names as its
#: subject (``The Harbor Water Office said ... "...," the statement said``).
_ISSUER_NOUNS = _EN.words("quotes", "issuer_nouns")


#: Nouns of a company (``the company said``) and the heads of public bodies it is not.
_COMPANY_NOUNS = _EN.words("quotes", "company_nouns")


#: The word ending a text.
_LAST_WORD = re.compile(r"[\w’'\-]+$")


#: Pronouns besides the third-person singular ones (``[quotes] pronouns``) read as a subject.
_OTHER_PRONOUNS = _EN.words("quotes", "other_pronouns")


#: How far back a clause before a cue or a pronoun is read.
_CLAUSE_LOOKBACK = 300


# An adverb between a comma and a participle (``, instead commenting``, ``, later adding``).
#: Adverbs that may stand between a verb's parts (``..., instead commenting``, ``was also told``).
_CLAUSE_ADVERBS = _EN.words("quotes", "clause_adverbs")


#: An auxiliary of the passive ending the text, an adverb may follow (``were widely``): the
#: participle after it names no speaker before it (``the claims were reported``).
#: Endings of a regular past tense or participle (``[quotes] past_participle_endings``).
_PAST_ENDINGS = tuple(sorted(_EN.words("quotes", "past_participle_endings")))


#: A lower-case adverb by its ending (``[quotes] adverb_endings``: ``widely``).
_ADVERB = rf"[a-z]+{plain_alternation(_EN.words('quotes', 'adverb_endings'))}"


_SPACES = re.compile(r"\s*")


# A phrase opening a sentence before its subject: ``Speaking at a rally in West Virginia,``,
# ``On the issue of refugees,``.
_OPENING_CLAUSE = re.compile(r"[ \u00a0]*[A-Z][^,;:§\n]{0,120}?,[ \u00a0]+(?=[A-Z]|the\b)")


_OPENING_PRONOUN = re.compile(r"[ \u00a0]*(He|She)[ \u00a0]+[a-z]")


_NAME_WORD = re.compile(rf"(?<![\w§])(?:[A-Z][\w’'\-]*[a-z][\w’'\-]*|{_PARTICLES}(?=[ \u00a0]))")


#: Lower-case words that may open a capitalised title (``former Prime Minister``).
_ROLE_MODIFIERS = _EN.words("people", "role_modifiers")


#: Words opening an affiliation in apposition (``Peter Martin, of consultancy CGA``): no role.
_AFFILIATION_WORDS = _EN.words("quotes", "affiliation_words")


#: Titles and honorifics written with a dot (``Sen.``, ``Gov.``, ``Dr.``) and ``Jr.``/``St.``.
_ABBREVIATIONS = frozenset(
    {w for w in gz.ROLE_WORDS | gz.HONORIFICS if w.endswith(".")} | {"St.", "Jr.", "Sr."}
)


#: A pronoun or role noun looks back over at most this many named referents.
_LOOKBACK = 300


# A possessive after a name (``Kavanaugh's``, ``Harris’``).
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


# `` of `` ending a text (``Dan Ives of [Wedbush Securities]``).
#: Nouns that name the story's subject by what they are (``the veteran said``).
_EPITHETS = _EN.words("quotes", "epithets")


# A participle clause opening a sentence (``Asked whether she will ..., ``).
_PARTICIPLE_CLAUSE = re.compile(
    r"[ \u00a0]*(?:[A-Z][a-z]+(?:ed|ing))\b[^,;:.!?§\n]{0,160},[ \u00a0]+"
)


#: At most this many words in an unnamed source's description after a cue.
_DESCRIPTION_WORDS = 7


#: Capitalised words that open sentences without naming anyone.
_LONE_NOT_NAMES = frozenset(w.capitalize() for w in _EN.words("quotes", "lone_not_names"))


# Third-person pronouns and their referent's gender (``[quotes] gender_pronouns`` of en.toml).
_PRONOUN_GENDERS = {str(k): str(v) for k, v in _EN.table("quotes", "gender_pronouns").items()}


#: How far after a name its gender is read from a pronoun.
_GENDER_LOOKAHEAD = 200


def _plural_source(noun: str) -> bool:
    return noun == "people" or (noun.endswith("s") and noun[:-1] in _SOURCE_NOUNS)


class _Backwards:
    """The words (:data:`_WORD`) of ``text[start:end]`` from the last back, each as ``(word,
    start, end)``: ``words[0]`` is the last, ``None`` past the first. Split from the end only
    as far as read (see :func:`_words_backwards`)."""

    __slots__ = ("_end", "_matches", "_words")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._matches = _WORD.finditer(text[start:end][::-1])
        self._words: list[tuple[str, int, int]] = []
        self._end = end

    def __getitem__(self, back: int) -> tuple[str, int, int] | None:
        words = self._words
        while len(words) <= back:
            match = next(self._matches, None)
            if match is None:
                return None
            # ``[a, b)`` of the reversed text is ``[end - b, end - a)`` of the text.
            a, b = match.span()
            words.append((match.group()[::-1], self._end - b, self._end - a))
        return words[back]


def _title_cased(words: list[str]) -> bool:
    """Whether every word is capitalised (``Iranian Consul``: a formal title)."""
    return all(w[:1].isupper() for w in words)


def _normal(phrase: str) -> str:
    return " ".join(phrase.lower().split())


_PHRASE_END = re.compile(r"[,.;:!?§]")


def _phrase_end(masked: str, start: int, limit: int) -> int:
    """Where the phrase starting at ``start`` ends: at punctuation, but not at the dot of an
    abbreviation or an initial (``said Sen. Rand Paul``, ``according to John F. Kennedy``)."""
    for match in _PHRASE_END.finditer(masked, start, limit):
        if match.group(0) == "." and (
            _abbreviation_dot(masked, match.start()) or _company_dot(masked, match.start())
        ):
            continue
        return match.start()
    return limit


def _company_dot(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` ends a company's ``Inc.`` or ``Corp.`` with an office after
    it (``said Acme Inc. CEO Ann Lee``); before any other word it may end the sentence."""
    word = re.search(r"[\w.]+$", text[max(0, dot - 12) : dot])
    if word is None or word.group(0) + "." not in gz.COMPANY_HEADS:
        return False
    at = dot + 1
    while at < min(len(text), dot + 3) and text[at] in " \u00a0":
        at += 1
    after = _WORD.match(text, at)
    return after is not None and after.start() > dot + 1 and _office(after.group(0))


def _abbreviation_dot(text: str, dot: int) -> bool:
    word = re.search(r"[\w.]+$", text[max(0, dot - 12) : dot])
    if word is None:
        return False
    written = word.group(0) + "."
    return (
        written in _ABBREVIATIONS
        or re.fullmatch(r"(?:[A-Z]\.)+", written) is not None  # ``F.``, ``U.S.``
    )


def _plural(description: str) -> bool:
    """Whether an anonymous source's description names several (``U.N. officials``)."""
    head = next(
        (w for w in reversed(description.lower().split()) if w in _SOURCE_NOUNS),
        "",
    )
    return head == "people" or (head.endswith("s") and head not in ("witness",))


def _office(word: str, nouns: frozenset[str] = _ROLE_NOUNS) -> bool:
    """Whether ``word`` names an office (``president``, ``CEO``, ``Chief``); ``nouns`` are the
    role nouns of the text's language."""
    return (
        word.lower() in nouns
        or word in gz.ROLE_WORDS
        or word.capitalize() in gz.ROLE_WORDS
        or word.upper() in gz.ROLE_WORDS
    )


def _possessive(word: str) -> bool:
    return word.endswith(("'s", "’s", "’S", "'S"))


def _anonymous_name(phrase: str) -> str:
    words = phrase.split()
    if words and words[0] in ("A", "An", "One", "Another", "The"):
        words[0] = words[0].lower()
    return " ".join(words)


@functools.lru_cache(maxsize=4096)
def _role_words(role: str | None) -> frozenset[str]:
    """The role words of ``role`` with their families (the same roles recur: remembered)."""
    if not role:
        return frozenset()
    words: set[str] = set()
    for word in re.findall(r"[\w.]+", role.lower()):
        words |= (
            gz.role_family(word)
            if word in gz.PERSON_ROLE_NOUNS or word in ("press", "secretary")
            else {word}
        )
    return frozenset(words)
