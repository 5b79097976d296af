"""English word tables and patterns shared by the attribution rules.

The words come from the ``[quotes]`` section of ``en.toml`` (cue verbs, role and body nouns,
determiners, name particles, pronoun genders); the patterns and limits built on them sit
beside them. The helpers that read text with them are in :mod:`.scanning`; a table or
pattern used by one rule module only lives in that module instead.
"""

from __future__ import annotations

import operator
import re

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.languages import language

__all__ = [
    "ABBREVIATIONS",
    "ACCORDING",
    "ADVERB",
    "AFFILIATION_WORDS",
    "AGE_NOUN",
    "APPOSITIVE",
    "ARTICLES",
    "ARTICLE_WORDS",
    "BE_AFTER",
    "BODY_KINDS",
    "BODY_NOUNS",
    "CLAUSE_ADVERBS",
    "CLAUSE_CONJUNCTIONS",
    "CLAUSE_LOOKBACK",
    "CLAUSE_OPENERS",
    "COMPANY_NOUNS",
    "COURTESY",
    "CUE_PLACES",
    "CUE_WORDS",
    "DEFINITE",
    "DESCRIBED",
    "DESCRIPTION_WORDS",
    "DETERMINERS",
    "EN",
    "END",
    "EPITHETS",
    "FUNCTION_WORDS",
    "GENDER_LOOKAHEAD",
    "INDEFINITE",
    "INDEFINITE_SPEAKERS",
    "INSTITUTION_NOUNS",
    "ISSUER_NOUNS",
    "LAST_WORD",
    "LONE_NOT_NAMES",
    "LOOKBACK",
    "NAME_CHARACTER",
    "NAME_WORD",
    "NP_STOP",
    "OPENING_CLAUSE",
    "OPENING_PRONOUN",
    "OTHER_PRONOUNS",
    "PARTICIPLE_CLAUSE",
    "PARTICLES",
    "PARTICLE_WORDS",
    "PAST_ENDINGS",
    "PHRASE_CUE_MOVEMENT",
    "POSITION",
    "POSSESSIVE_AFTER",
    "PP_WORDS",
    "PRONOUN_GENDERS",
    "QUOTE_MASK",
    "RELATIVE",
    "ROLE_MODIFIERS",
    "ROLE_NOUNS",
    "SKIPPABLE",
    "SOURCE_DETERMINER",
    "SOURCE_NOUNS",
    "SOURCE_OCCUPATIONS",
    "SPACES",
    "SPEAKER_PARAGRAPHS",
    "START",
    "SURNAME_PARTICLES",
    "TITLE_ABBREVIATIONS",
    "UNNAMED_SOURCES",
    "WORD",
    "FullNames",
]

#: English, the language whose rules this module's own tables carry (other languages read
#: theirs in :func:`cues_for`).
EN = language("en")


#: Phrases read like ``according to`` (the speaker follows).
ACCORDING = EN.words("quotes", "attribution_cues")


#: A verb or phrase that attributes words to someone (a phrase may open a sentence, so its
#: first letter may be a capital). Written as a trie (:mod:`.alternation`): the cue is looked
#: for in every sentence near a quotation.
CUE_WORDS = (
    EN.speech_verbs
    | EN.words("quotes", "more_cues")
    | EN.words("quotes", "plural_present_cues")
    | EN.words("quotes", "phrase_cues")
    | ACCORDING
    | {p[0].upper() + p[1:] for p in ACCORDING}
)

#: After a cue, a look-ahead refusing a phrase cue that moves (``shot back into the lead``,
#: ``prices hit back above $80``): no retort. (One fixed-width look-behind per phrase.)
PHRASE_CUE_MOVEMENT = (
    "(?!(?:"
    + "|".join(f"(?<={re.escape(p)})" for p in sorted(EN.words("quotes", "phrase_cues")))
    + rf")[ \u00a0]+(?:{plain_alternation(EN.words('quotes', 'phrase_cue_movements'))}\b"
    # ``put it at "around 300 people"``, ``put it at 3,000``: a figure, no way of saying (the
    # quotation itself may lie past the end of the text searched)
    + rf"|{plain_alternation(EN.words('quotes', 'phrase_cue_estimates'))}[ \u00a0]*"
    + r"(?:[\d§\"“‘'«]|$)))"
)


#: Role nouns for sources the article does not name: never credited to whoever was named last.
UNNAMED_SOURCES = EN.words("quotes", "unnamed_sources")


#: Occupations of people a reporter leaves unnamed (``a tout at the bus stage``): nouns of an
#: indefinite source only.
SOURCE_OCCUPATIONS = EN.words("quotes", "source_occupations")


#: Nouns naming a person by role: the entity gazetteer's and the quotes annotator's own.
ROLE_NOUNS = gz.PERSON_ROLE_NOUNS | EN.words("quotes", "role_nouns")


#: ``and``, ``but``: a second verb of the sentence's subject after one (``... but added``).
CLAUSE_CONJUNCTIONS = EN.words("quotes", "clause_conjunctions")


SOURCE_NOUNS = ROLE_NOUNS | UNNAMED_SOURCES


#: Lower-case nouns that say what kind of body a name is (``the union IF Metall``).
BODY_NOUNS = gz.ORGANISATION_ROLE_NOUNS | EN.words("quotes", "body_nouns")


# ``, the president of the Federal Reserve Bank of New York,``: a role in apposition.
# (An apposition the writer did not close before the verb ends there: ``Dieter Kempf, head of
# the Federation of German Industries (BDI) said``.)
_APPOSITIVE_CUES = plain_alternation(EN.words("quotes", "appositive_cues"))


APPOSITIVE = re.compile(
    r",\s+([\w.’'\-]+\b[^,;:!?§\n]{0,120}?)\s*"
    rf"(?=[,;]|\.(?![\w’'])|$|[ \u00a0]+{_APPOSITIVE_CUES}\b)"
)


#: Words opening a speaker's noun phrase (``the minister``, ``one analyst``).
DETERMINERS = EN.words("quotes", "speaker_determiners")
#: Prepositions of place after a cue (``said in Salt Lake City``): the place after one is where
#: the words were said, not who said them.
CUE_PLACES = EN.words("quotes", "cue_place_prepositions")


#: The indefinite ones (``a senior official``, ``another source``).
INDEFINITE = EN.words("quotes", "speaker_indefinites")


#: Words naming an unnamed commenter that speak on their own (``one wrote``, ``Another
#: commented:``), and their last words.
INDEFINITE_SPEAKERS = EN.words("quotes", "indefinite_speakers")


#: Words read back over between a speaker and its cue (``has also``, ``on Tuesday``).
SKIPPABLE = EN.words("quotes", "skippable")


#: Words a noun phrase read back from a cue stops at (``officials who said``).
NP_STOP = EN.words("quotes", "phrase_stops")


#: Prepositions an anonymous source's description may end with (``a source at the utility``).
PP_WORDS = EN.words("quotes", "description_prepositions")


# A relative clause's words up to its closing comma: the commas of a place and its region
# (``in Wilmington, Delaware``) and before a year (``, in 1938``; ``[quotes] year_prepositions``)
# do not close it; a space is read as such only where no place and region follow (the
# alternatives match apart: no backtracking between them).
_CAPITALISED = r"[A-Z][\w.’'\-]*"
_CLAUSE_BODY = (
    rf"(?:[^,\s]|\s(?!{_CAPITALISED},\s*[A-Z])|\s{_CAPITALISED},(?=\s*[A-Z])"
    rf"|,(?=\s*(?:{plain_alternation(EN.words('quotes', 'year_prepositions'))}\s+)?\d{{4}}\b))*"
)


# ``X, who spoke on condition of anonymity, said``; a participle's clause set off so too (``A
# senior official, requesting anonymity, said``, ``An aide, speaking on condition of ...,``).
# (``[quotes] parenthetical_openers`` and ``parenthetical_auxiliaries`` of en.toml.)
RELATIVE = re.compile(
    rf",\s*(?:{plain_alternation(EN.words('quotes', 'parenthetical_openers'))[3:-1]}|[a-z]+ing)"
    rf"\b{_CLAUSE_BODY},\s*"
    rf"(?:{plain_alternation(EN.words('quotes', 'parenthetical_auxiliaries'))}\s+)*$"
)


WORD = re.compile(r"[\w.’'\-]+|[^\w\s]")


QUOTE_MASK = "§"


NAME_CHARACTER = re.compile(r"[\w’'\-]")


#: ``(positions, verdicts)``: see ``Attributor._full_names``.
FullNames = tuple[list[int], list[str]]


#: Titles of courtesy: a name's manners, not its role (``Dr Adrian Boyle, president of ...``).
COURTESY = frozenset(w.capitalize() for w in EN.words("people", "courtesy"))


# ``the 22-year-old``: an age standing for a person.
AGE_NOUN = re.compile(r"(\d{1,3})-year-old")


# ``[a senior] analyst at [the]`` right before a body's name.
SOURCE_DETERMINER = plain_alternation(EN.words("quotes", "source_determiners"), case="either")


DESCRIBED = re.compile(
    rf"(?:(?<=\s)|^)(?:{SOURCE_DETERMINER}\s+)?"
    r"(?:[\w’'\-]+\s+){0,3}?(?P<noun>[A-Za-z]+)\s+"
    rf"(?P<prep>{plain_alternation(EN.words('quotes', 'source_prepositions'))})\s+"
    rf"(?:{plain_alternation(EN.words('quotes', 'definite_articles'))}\s+)?"
    r"(?:[A-Z][\w.&’'\-]*\s+){0,3}$"
)


FUNCTION_WORDS = EN.words("quotes", "function_words")


# Sort keys and columns (C-level getters: a lambda per element was a Python call).
START, END, POSITION = (
    operator.attrgetter("start"),
    operator.attrgetter("end"),
    operator.attrgetter("position"),
)


#: A pronoun may point back to a speaker of at most this many paragraphs before.
SPEAKER_PARAGRAPHS = 3


# A name the entity annotator left untyped: capitalised words, particles between them, and a
# masked nickname (``Ian "Wrighty" Wright``).
# (``[quotes] name_particles`` of en.toml: ``von der Leyen``, ``bin Salman``.)
PARTICLE_WORDS = EN.words("quotes", "name_particles")


PARTICLES = plain_alternation(PARTICLE_WORDS)


# Particles that also open a surname after a name (``al-Moualem``, ``ibn Saud``).
SURNAME_PARTICLES = plain_alternation(PARTICLE_WORDS | EN.words("quotes", "surname_particles"))


CLAUSE_OPENERS = EN.words("quotes", "clause_openers")


#: ``a``, ``an``, ``the``: the articles opening an apposition.
DEFINITE = EN.words("quotes", "definite_articles")


#: ``the``, ``a``, ``an``: the definite and indefinite articles.
ARTICLE_WORDS = EN.words("quotes", "indefinite_articles") | DEFINITE


ARTICLES = plain_alternation(ARTICLE_WORDS)


#: Nouns of a kind of body (``the regulator said``: the body so described).
BODY_KINDS = EN.words("quotes", "body_nouns")


#: Nouns of a body or its statement standing for the body the sentence before names as its
#: subject (``The Harbor Water Office said ... "...," the statement said``).
ISSUER_NOUNS = EN.words("quotes", "issuer_nouns")


#: Nouns of institutions speaking as bodies (``the festival said``): the body named with the
#: noun, else the phrase as written.
INSTITUTION_NOUNS = EN.words("quotes", "institution_nouns")


#: Abbreviated titles -> the role noun each stands for (``gov.`` -> ``governor``).
TITLE_ABBREVIATIONS = {
    str(k).lower(): str(v).lower() for k, v in EN.table("quotes", "title_abbreviations").items()
}


#: Nouns of a company (``the company said``) and the heads of public bodies it is not.
COMPANY_NOUNS = EN.words("quotes", "company_nouns")


#: The word ending a text.
LAST_WORD = re.compile(r"[\w’'\-]+$")


#: Pronouns besides the third-person singular ones (``[quotes] pronouns``) read as a subject.
OTHER_PRONOUNS = EN.words("quotes", "other_pronouns")


#: How far back a clause before a cue or a pronoun is read.
CLAUSE_LOOKBACK = 300


# An adverb between a comma and a participle (``, instead commenting``, ``, later adding``).
#: Adverbs that may stand between a verb's parts (``..., instead commenting``, ``was also told``).
CLAUSE_ADVERBS = EN.words("quotes", "clause_adverbs")


#: ``was``, ``were`` after a name (``Tom Hale was arrested``): the name is the subject of its
#: own clause, a passive's or a copula's, not of a cue later in the sentence.
BE_AFTER = re.compile(
    rf"[ \u00a0]+{plain_alternation(EN.words('quotes', 'passive_auxiliaries'))}(?![\w’'\-])"
)


#: An auxiliary of the passive ending the text, an adverb may follow (``were widely``): the
#: participle after it names no speaker before it (``the claims were reported``).
#: Endings of a regular past tense or participle (``[quotes] past_participle_endings``).
PAST_ENDINGS = tuple(sorted(EN.words("quotes", "past_participle_endings")))


#: A lower-case adverb by its ending (``[quotes] adverb_endings``: ``widely``).
ADVERB = rf"[a-z]+{plain_alternation(EN.words('quotes', 'adverb_endings'))}"


SPACES = re.compile(r"\s*")


# A phrase opening a sentence before its subject: ``Speaking at a rally in West Virginia,``,
# ``On the issue of refugees,``.
OPENING_CLAUSE = re.compile(
    rf"[ \u00a0]*[A-Z][^,;:§\n]{{0,120}}?,[ \u00a0]+(?=[A-Z]|{plain_alternation(DEFINITE)}\b)"
)


# ``He said``, ``She added`` opening a sentence (``[quotes] subject_pronouns``).
OPENING_PRONOUN = re.compile(
    rf"[ \u00a0]*({plain_alternation(EN.words('quotes', 'subject_pronouns'), case='title')})"
    r"[ \u00a0]+[a-z]"
)


NAME_WORD = re.compile(rf"(?<![\w§])(?:[A-Z][\w’'\-]*[a-z][\w’'\-]*|{PARTICLES}(?=[ \u00a0]))")


#: Lower-case words that may open a capitalised title (``former Prime Minister``).
ROLE_MODIFIERS = EN.words("people", "role_modifiers")


#: Words opening an affiliation in apposition (``Peter Martin, of consultancy CGA``): no role.
AFFILIATION_WORDS = EN.words("quotes", "affiliation_words")


#: Titles and honorifics written with a dot (``Sen.``, ``Gov.``, ``Dr.``) and ``Jr.``/``St.``.
ABBREVIATIONS = frozenset(
    {w for w in gz.ROLE_WORDS | gz.HONORIFICS if w.endswith(".")} | {"St.", "Jr.", "Sr."}
)


#: A pronoun or role noun looks back over at most this many named referents.
LOOKBACK = 300


# A possessive after a name (``Kavanaugh's``, ``Harris’``).
POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


# `` of `` ending a text (``Dan Ives of [Wedbush Securities]``).
#: Nouns that name the story's subject by what they are (``the veteran said``).
EPITHETS = EN.words("quotes", "epithets")


# A participle clause opening a sentence (``Asked whether she will ..., ``).
PARTICIPLE_CLAUSE = re.compile(
    r"[ \u00a0]*(?:[A-Z][a-z]+(?:ed|ing))\b[^,;:.!?§\n]{0,160},[ \u00a0]+"
)


#: At most this many words in an unnamed source's description after a cue.
DESCRIPTION_WORDS = 7


#: Capitalised words that open sentences without naming anyone.
LONE_NOT_NAMES = frozenset(w.capitalize() for w in EN.words("quotes", "lone_not_names"))


# Third-person pronouns and their referent's gender (``[quotes] gender_pronouns`` of en.toml).
PRONOUN_GENDERS = {str(k): str(v) for k, v in EN.table("quotes", "gender_pronouns").items()}


#: How far after a name its gender is read from a pronoun.
GENDER_LOOKAHEAD = 200
