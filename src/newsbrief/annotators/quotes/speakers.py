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
   paragraph before (``the prime minister said:``); else there is no speaker.

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
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple

import attrs
from rapidfuzz.distance import OSA

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation, word_alternation
from newsbrief.annotators.quotes.word_index import WordIndex
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
# (``calling the allegations a "..."`` attributes; ``calling for the release``, ``calling on
# Iran`` ask for something and attribute nothing.)
CUE = re.compile(rf"\b{word_alternation(_CUE_WORDS)}\b(?!(?<=calling)[ \u00a0]+(?:for|on)\b)")
_PRONOUNS = {str(k): str(v) for k, v in _EN.table("quotes", "pronouns").items()}
#: Role nouns for sources the article does not name: never credited to whoever was named last.
_UNNAMED_SOURCES = _EN.words("quotes", "unnamed_sources")
#: Nouns naming a person by role: the entity gazetteer's and the quotes annotator's own.
_ROLE_NOUNS = gz.PERSON_ROLE_NOUNS | _EN.words("quotes", "role_nouns")
#: ``and``, ``but``: a second verb of the sentence's subject after one (``... but added``).
_CLAUSE_CONJUNCTIONS = _EN.words("quotes", "clause_conjunctions")
#: ``firm``, ``company``: nouns of the body a story is about, kept in a role after ``the``.
_BODY_POSSESSORS = _EN.words("quotes", "body_possessors")
#: ``and``, ``or``: what joins the names of a list (or two offices of one person).
_LIST_CONJUNCTIONS = _EN.words("quotes", "list_conjunctions")
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
_WORD_AND_SPACE = re.compile(r"\S+\s+")
_DETERMINERS = frozenset(
    {"a", "an", "the", "one", "another", "this", "that", "its", "his", "her", "their"}
)
_INDEFINITE = frozenset({"a", "an", "one", "another"})
#: Words naming an unnamed commenter that speak on their own (``one wrote``, ``Another
#: commented:``), and their last words.
_INDEFINITE_SPEAKERS = _EN.words("quotes", "indefinite_speakers")
_INDEFINITE_LAST = frozenset(p.split()[-1] for p in _INDEFINITE_SPEAKERS)
#: Cue verbs in the past not ending in ``-ed`` (``one wrote``: a verb, not ``the claims``).
_IRREGULAR_PAST_CUES = _EN.words("quotes", "irregular_past_cues")
#: Words read back over between a speaker and its cue (``has also``, ``on Tuesday``).
_SKIPPABLE = _EN.words("quotes", "skippable")
#: Small words inside a body's name (``Ministry of Defence``).
_NAME_CONNECTORS = _EN.words("quotes", "name_connectors")
_NP_STOP = frozenset(
    {"that", "which", "who", "but", "while", "when", "as", "if", "said", "told", "to", "by",
     "with", "from", "for", "after", "before", "because", "so", "than", "where", "of", "on",
     "in", "at"}
)  # fmt: skip
#: Words that end a description after a role noun (``a reporter for X who ...``).
_PHRASE_STOP = _NP_STOP - {"at", "from", "in", "with", "for", "of"} | {"and", "said"}
#: Prepositions an anonymous source's description may end with (``a source at the utility``).
_PP_WORDS = frozenset({"at", "from", "in", "with", "to"})
#: Words ending a noun phrase before an unnamed source's noun (``a meeting in which officials``).
_NO_SOURCE_MODIFIERS = _NP_STOP - _PP_WORDS - {"on"}
#: Documents quoted as speakers (``the notice of intent states``).
_DOCUMENT_NOUNS = _EN.words("quotes", "document_nouns")
#: Words after an inverted ``said he`` (``said he on Tuesday``); any other lower-case word
#: after the pronoun is its own verb (``says he is unfit``).
_PRONOUN_FOLLOWERS = _EN.words("quotes", "inverted_followers")
#: ``a``, ``an``, ``one``, ``the`` opening a restrictive noun phrase (``The expert who ...``).
_RESTRICTIVE_DETERMINERS = _EN.words("quotes", "indefinite_determiners") | _EN.words(
    "quotes", "definite_articles"
)
# ``X, who spoke on condition of anonymity, said``: a relative clause before the cue.
# ``An employee who has worked at the company for nine years [said]``, ``A Red Cross volunteer
# handing out blankets [said]``, ``The expert who tuned the organ [called]``: a role noun or an
# unnamed source and a restrictive relative clause (or a participle's) up to the cue.
_RESTRICTIVE = re.compile(
    rf"\b{plain_alternation(_RESTRICTIVE_DETERMINERS, case='either')}"
    r"\s+(?:[\w’'\-]+\s+){0,3}?(?P<noun>[a-z]+)\s+(?P<who>who|[a-z]+ing)\b[^,;:§.]*$"
)
_RELATIVE = re.compile(
    r",\s*(?:who|which|whose)\b[^,§]*,\s*(?:(?:has|have|had|was|were|is|are|will|would|also)\s+)*$"
)
_WORD = re.compile(r"[\w.’'\-]+|[^\w\s]")
_QUOTE_MASK = "§"
# A capitalised word ending a text (a first name before a surname).
_LAST_CAPITALISED = re.compile(r"(?<![\w’'\-])[A-Z][a-z][\w’'\-]*$")
#: A word as a one-word name is looked for (after a space, up to a character that cannot
#: continue a name): indexed once per document, so each name's places are a dictionary look-up.
_WORD_AFTER_SPACE = re.compile(r"[ \u00a0]([\w’'\-]+)")
_INDEXED_WORD = re.compile(r"[\w’'\-]+")
_NAME_CHARACTER = re.compile(r"[\w’'\-]")
#: Words looked up with :meth:`str.find` before a document's words are indexed.
_FOUND_WITHOUT_INDEX = 8
#: ``(positions, verdicts)``: see ``Attributor._full_names``.
_FullNames = tuple[list[int], list[str]]
#: Titles of courtesy: a name's manners, not its role (``Dr Adrian Boyle, president of ...``).
_COURTESY = frozenset(w.capitalize() for w in _EN.words("people", "courtesy"))
#: A one-word speaker this long or longer may be a surname misspelt by one letter.
_MISSPELT_LENGTH = 6
#: More surnames than this of one first letter and length: no misspelling is looked for.
_MISSPELT_BUCKET = 8
#: Acronyms of at most this many letters are looked up in the names they stand for.
_ACRONYM = 6
#: Words an organisation's initials leave out (``Food and Drug Administration`` -> ``FDA``).
_INITIALS_SKIPPED = frozenset({"of", "and", "the", "for", "&", "de", "du", "des"})
#: ``and`` and at most a role between two people coordinated as a subject (``Ann Roe and
#: industry minister Ben Lee``).
_PAIR_AND = re.compile(r"[ \u00a0]+and[ \u00a0]+(?P<between>(?:[\w.’'\-]+[ \u00a0]+){0,4})$")
#: A comma between a description and the name in apposition after it.
_APPOSED_NAME = re.compile(
    r",[ \u00a0]+([A-Z][\w’'\-]+(?:[ \u00a0]+[A-Z][\w’'\-]+){1,3})(?=[,.;]|[ \u00a0]+to\b)"
)
#: What may stand between a person's appositive and a second one coordinated with it (``...,
#: an official with the department who was visiting Haiti and a witness``): no sentence end,
#: no quotation, a short clause, then ``and``.
_SAME_APPOSITION = re.compile(r"[^.!?;:\n§]{0,120}[ \u00a0]and[ \u00a0]+")
#: The entity types whose names have written forms (see ``Attributor.fullest``).
_NAMED_KINDS = frozenset({"person", "organisation"})
#: Titles of the peerage a name is written with (``Lord Triesman``).
_PEERAGE = frozenset(w.capitalize() for w in _EN.words("quotes", "peerage"))
#: Honorifics that are no part of a speaker's name (``Mrs May``: ``May``): the titles of
#: courtesy but a peer's, which is written as part of the name.
_HONORIFIC_WORDS = _COURTESY - _PEERAGE
#: Cues of a relay (``CNN reported``): the speaker named before the quotation wins.
RELAY_CUES = frozenset(_EN.words("quotes", "relay_cues"))
# The capitalised word after an honorific standing alone as a speaker (``Mrs`` + `` May``).
_NAME_AFTER_HONORIFIC = re.compile(r"[ \u00a0]{1,2}([A-Z][\w’'\-]*[a-z])(?![\w’'\-])")
# ``the 22-year-old``: an age standing for a person.
_AGE_NOUN = re.compile(r"(\d{1,3})-year-old")
# One capitalised word ending a speaker phrase after a cue, maybe after an age (``asked
# Martin.``, ``said 23-year-old Rahm``): a name the entity annotator left untyped.
_LONE_NAME_AFTER = re.compile(
    rf"[ \u00a0]*(?:{_AGE_NOUN.pattern}[ \u00a0]+)?(?P<name>[A-Z][a-z][\w’'\-]*)[ \u00a0]*"
    r"(?:[,.;:!?]|$)"
)
# ``[a senior] analyst at [the]`` right before a body's name.
_SOURCE_DETERMINER = plain_alternation(_EN.words("quotes", "source_determiners"), case="either")
_DESCRIBED = re.compile(
    rf"(?:(?<=\s)|^)(?:{_SOURCE_DETERMINER}\s+)?"
    r"(?:[\w’'\-]+\s+){0,3}?(?P<noun>[A-Za-z]+)\s+"
    rf"(?P<prep>{plain_alternation(_EN.words('quotes', 'source_prepositions'))})\s+(?:the\s+)?"
    r"(?:[A-Z][\w.&’'\-]*\s+){0,3}$"
)
_DETERMINER_AT = re.compile(rf"(?:(?<=\s)|^){_SOURCE_DETERMINER}\s")
_DESCRIBED_FURTHER = re.compile(
    r"\w+\s+(?:[\w’'\-]+\s+){0,3}?(?P<noun>[A-Za-z]+)\s+(?P<prep>at|from|in|with|for)\s+"
    r"(?:[\w’'.&\-]+\s+){0,6}$"
)
_AGE = re.compile(r",[ \u00a0]*\d{1,3}(?=,)")
#: What the article says a body is, right after its name (``NetChoice, a trade group whose``,
#: ``Inrupt, is a company that``): up to four words after an article, read to the first function
#: word or mark; the last is the kind (``the group said`` is NetChoice's).
_BODY_DESCRIPTION = re.compile(
    rf",?[ \u00a0]+(?:{plain_alternation(_EN.words('quotes', 'copulas'))}[ \u00a0]+)?"
    rf"{plain_alternation(_EN.words('quotes', 'noun_articles'), case='either')}"
    r"((?:[ \u00a0]+[\w’'\-]+){1,4})"
)
_FUNCTION_WORDS = _EN.words("quotes", "function_words")
#: A capitalised name the entity annotator may have left untyped, with what it is said to be
#: (``Inrupt, is a company that``).
_NAME_DESCRIBED = re.compile(
    r"(?<![\w’'\-§])([A-Z][\w’'\-]*(?:[ \u00a0][A-Z][\w’'\-]*){0,3})(?="
    + _BODY_DESCRIPTION.pattern
    + ")"
)
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
# ``al-Moualem``, ``bin Salman``, ``van der Berg`` after a name: the rest of the surname.
_PARTICLE_SURNAME = re.compile(
    rf"[ \u00a0](?:{_SURNAME_PARTICLES}(?:-|[ \u00a0](?:der[ \u00a0]|den[ \u00a0])?)"
    rf"|{plain_alternation(_EN.words('quotes', 'elided_particles'))})"
    r"[A-Z][\w’'\-]*[a-z]"
)
_PARTICLE_PREFIX = re.compile(rf"^{_SURNAME_PARTICLES}-")
_CLAUSE_OPENERS = _EN.words("quotes", "clause_openers")
#: ``a``, ``an``, ``the``: the articles opening an apposition.
_DEFINITE = _EN.words("quotes", "definite_articles")
_ARTICLES = plain_alternation(_EN.words("quotes", "indefinite_articles") | _DEFINITE)
#: ``The``: a capital definite article (inside a sentence, a title's).
_DEFINITE_CAPITALISED = frozenset(w.capitalize() for w in _DEFINITE)
#: A capitalised name of up to four words opening its clause (at the start, after a comma or
#: semicolon, or after a sentence's end), shared by the appositions below.
_CLAUSE_NAME = (
    r"(?:^|(?<=[,;][ \u00a0])|(?<=[.!?][ \u00a0]))(?P<name>[A-Z][\w.’'\-]*[\w’'\-]"
    r"(?:[ \u00a0][A-Z][\w.’'\-]*[\w’'\-]){0,3})"
)
#: A name, then an apposition opening with an article and never closed by a comma before the
#: end (``Rajanews.com, a news website run by some of supporters of``).
_UNCLOSED_APPOSITION = re.compile(rf"{_CLAUSE_NAME},[ \u00a0]+{_ARTICLES}[ \u00a0][^,;:.!?§\n]+$")
#: A name opening its clause, then an apposition in lower case never closed by a comma before
#: the end (``Scott Roe, president and chief executive of``; ``Ann Lee, chair of Local 12,``
#: before the union's name): the body after it is the person's, who speaks.
_ROLE_APPOSITION = re.compile(
    rf"{_CLAUSE_NAME},[ \u00a0]+(?P<role>[a-z][^,;:.!?§\n]*(?:,[ \u00a0]+)?)$"
)
#: An indefinite article after a name (``Ann Lee an economist``): an apposition, its commas
#: left out.
_ARTICLE_AFTER = re.compile(
    rf"[ \u00a0]+{plain_alternation(_EN.words('quotes', 'indefinite_articles'))}[ \u00a0]+"
)
#: A verb and a document as its object before a participle cue (``released a joint statement
#: saying``).
_ISSUED_DOCUMENT = re.compile(
    rf"(?:^|(?<=[ \u00a0]))(?P<verb>[a-z]+)[ \u00a0]+(?:{_ARTICLES}[ \u00a0]+)?"
    r"(?:[a-z]+[ \u00a0]+)?"
    rf"{plain_alternation(_EN.words('quotes', 'document_nouns'))}[ \u00a0]*,?[ \u00a0]*$"
)
#: Prepositions: ``in a statement saying`` names no issuer before it.
_OBJECT_PREPOSITIONS = _EN.words("quotes", "object_prepositions")
#: A role, a preposition and a capitalised body ending the text before a name (``the vice
#: president of Dacia,``, ``chief strategist at Bell Curve Trading``).
_ROLE_OF_BODY = re.compile(
    r"(?:^|(?<=[ \u00a0]))(?P<office>(?:[\w\-]+[ \u00a0]+){1,5}?)"
    rf"(?P<body>{plain_alternation(_EN.words('quotes', 'role_prepositions'))}[ \u00a0]+"
    rf"(?:{plain_alternation(_DEFINITE)}[ \u00a0]+)?[A-Z][\w&’'\-]*"
    r"(?:[ \u00a0]+[A-Z][\w&.’'\-]*){0,3})[ \u00a0]*,?[ \u00a0]*$"
)
#: A preposition ending the text (its object is no subject).
_PREPOSITION_END = re.compile(
    rf"\b{plain_alternation(_EN.words('quotes', 'object_prepositions'))}[ \u00a0]+$"
)
_DEMONSTRATIVES = _EN.words("quotes", "demonstratives")
#: Several unnamed people opening a sentence as a cue's subject (``Prosecutors say``,
#: ``Local officials have said``).
_PLURAL_SUBJECT = re.compile(
    r"[ \u00a0]*(?P<np>(?:[A-Z][\w’'\-]*[ \u00a0]+)?(?P<noun>[A-Za-z]+s))[ \u00a0]+"
    r"(?:(?:have|had|also)[ \u00a0]+)?(?P<cue>[a-z]+)\b"
)
#: ``the other person``: one of several sources named before.
_OTHER_WORDS = _EN.words("quotes", "other_words")
#: Words of time units (``an hour``): no one.
_TIME_UNITS = frozenset(str(unit) for unit in _EN.table("calendar", "units"))
#: Characters before a cue within which a kin phrase is looked for.
_KIN_REACH = 200
#: A relative or a friend of someone, the subject before a cue (``The daughter of Edith Moore``,
#: ``the family of one victim, 91-year-old Edith Moore,``): the described person speaks.
_KIN_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<np>"
    rf"(?:{plain_alternation(_EN.words('quotes', 'kin_determiners'), case='either')})"
    r"[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+)?"
    rf"(?:{plain_alternation(_EN.words('quotes', 'kin_nouns'))})[ \u00a0]+of[ \u00a0]+"
    r"(?P<of>[^,;:§.!?\n]+?))[ \u00a0]*(?:,(?P<app>[^,;:§.!?\n]+),)?[ \u00a0]*$"
)
#: Nouns of a kind of body (``the regulator said``: the body so described).
_BODY_KINDS = _EN.words("quotes", "body_nouns")
#: Nouns of a body or its statement standing for the body the sentence before names as its
#: subject (``The Harbor Water Office said ... "...," the statement said``).
_ISSUER_NOUNS = _EN.words("quotes", "issuer_nouns")
#: That sentence's opening subject: a capitalised name (``of``, ``and`` inside it), or a
#: place's and a lower-case body's noun (``Saudi Arabia's foreign ministry``), an apposition,
#: then its verb.
_ISSUER_SUBJECT = re.compile(
    r"(?:The\s+)?(?P<name>[A-Z][\w&.\-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w&.\-]*)*"
    rf"(?:['’]s(?:\s+[a-z]+)??\s+{word_alternation(_ISSUER_NOUNS)})?)"
    r"(?:,[^,§]{1,80},)?\s+(?:(?:also|has|had|later)\s+)?(?P<verb>[a-z]+)\b"
)
#: A cue and the statement it was made in (``said in a statement``): a body's words.
_IN_STATEMENT = re.compile(
    r"[a-z]+[ \u00a0]+in[ \u00a0]+an?[ \u00a0]+(?:[a-z]+[ \u00a0]+)?"
    rf"{plain_alternation(_EN.words('quotes', 'document_nouns'))}\b"
)
#: A body's name the entity annotator left untyped, the whole subject of such a cue.
_UNTYPED_ISSUER = re.compile(
    r"(?:The[ \u00a0]+)?(?P<name>[A-Z][\w&.\-]*(?:[ \u00a0]+(?:(?:of|for|and)[ \u00a0]+)?"
    r"[A-Z][\w&.\-]*){1,5})"
)
#: Nouns of those who put questions at a briefing (``the reporter asked``).
_QUESTIONER_NOUNS = _EN.words("quotes", "questioner_nouns")
#: A sentence opening with an indefinite determiner and a lower-case noun (``A reporter``).
_INDEFINITE_OPENING = re.compile(
    r"(?:^|(?<=[.!?:][ \u00a0])|(?<=\n))"
    rf"(?P<np>{plain_alternation(_EN.words('quotes', 'indefinite_determiners'), case='either')}"
    r"[ \u00a0]+(?P<noun>[a-z]+))\b"
)
#: A sentence's end inside a paragraph (not an initial's or a title's dot before a capital).
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9)][.!?])\s+")
#: Nouns of a company (``the company said``) and the heads of public bodies it is not.
_COMPANY_NOUNS = _EN.words("quotes", "company_nouns")
_PUBLIC_BODY_HEADS = _EN.words("quotes", "public_body_heads")
#: ``The``, ``A``, ``This``: capitalised words that open no name.
_DETERMINERS_CAPITALISED = frozenset(
    w.capitalize()
    for w in _EN.words("quotes", "indefinite_articles")
    | _DEFINITE
    | _EN.words("quotes", "demonstratives")
)
#: The word ending a text.
_LAST_WORD = re.compile(r"[\w’'\-]+$")
#: Two capitalised words opening a sentence before an apposition: a full name introduced
#: (``Gendon Subandono, the coach of ...,``).
_INTRODUCTION = re.compile(
    r"(?:^|(?<=[.!?][ \u00a0]))([A-Z][a-z][\w’'\-]*)[ \u00a0]+([A-Z][a-z][\w’'\-]*)"
    rf"(?=,[ \u00a0]+(?:{_ARTICLES}|\d{{1,3}},)[ \u00a0])",
    re.MULTILINE,
)
#: Words opening a relative clause after a noun phrase.
_RELATIVE_PRONOUNS = _EN.words("quotes", "relative_pronouns")
#: Pronouns besides the third-person singular ones (``[quotes] pronouns``) read as a subject.
_OTHER_PRONOUNS = _EN.words("quotes", "other_pronouns")
#: Spaces and a lower-case word.
_LOWER_OPENING = re.compile(r"[ \u00a0]+[a-z]")
#: A word opening a reported clause right after a cue (``states that``): no inverted subject.
_COMPLEMENTIZER = re.compile(
    rf"[ \u00a0]+{plain_alternation(_EN.words('quotes', 'complementizers'))}[ \u00a0]"
)
#: Verbs taking the cue as an infinitive (``went on to say``, ``continued to insist``).
_CATENATIVES = _EN.words("quotes", "catenative_verbs")
#: ``to`` before the infinitive, and ``on`` between such a verb and it (``went on to say``).
_INFINITIVE_MARKERS = _EN.words("quotes", "infinitive_markers")
_CATENATIVE_PARTICLES = _EN.words("quotes", "catenative_particles")
#: Words opening an adverbial clause before the subject (``At 12 noon BST, ...``).
_OPENING_PREPOSITIONS = _EN.words("quotes", "opening_prepositions")
#: How many of the last speakers a pronoun may chain back to.
_CHAINED_SPEAKERS = 40
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
_PASSIVE_BEFORE = re.compile(
    rf"(?<![\w’'\-]){plain_alternation(_EN.words('quotes', 'passive_auxiliaries'), case='either')}"
    rf"[ \u00a0]+(?:(?:{_ADVERB}|{plain_alternation(_CLAUSE_ADVERBS)})[ \u00a0]+)?$"
)
_TRAILING_ADVERB = re.compile(
    rf",[ \u00a0]+(?:{_ADVERB}|{plain_alternation(_EN.words('quotes', 'clause_adverbs'))})$"
)
# ``, and merely`` before a participle cue: a second participle of the main clause.
_JOINED_PARTICIPLE = re.compile(
    rf",?[ \u00a0]+{plain_alternation(_EN.words('quotes', 'list_conjunctions'))}"
    rf"(?:[ \u00a0]+(?:{_ADVERB}|{plain_alternation(_EN.words('quotes', 'clause_adverbs'))}))?$"
)
# ``reported the president saying``, ``quoted him as saying``: the one reported speaks.
_QUOTED_AS_SAYING = re.compile(
    r"[ \u00a0]+(?P<np>[^,;:.§\n]{2,60}?)[ \u00a0]+"
    rf"(?:{plain_alternation(_EN.words('quotes', 'reported_as'))}[ \u00a0]+)?"
    rf"{plain_alternation(_EN.words('quotes', 'reported_saying'))}\b"
)
#: How far back the sentence before a pronoun's is looked for (bounded: linear articles).
_SENTENCE_LOOKBACK = 1200
# Masked quotation text and the spaces and line breaks between its sentences.
_MASK_RUN = re.compile(r"[§\s]*")
_SPACES = re.compile(r"\s*")
# A sentence's end: a stop (or none) then only spaces.
_SENTENCE_CLOSE = re.compile(r"(?:[ \u00a0]*\.)?\s*$")  # (one way to match: linear)
# Where a sentence begins: after a stop (and a closing mark) and a space, or a line break.
_SENTENCE_BOUND = re.compile(r"[.!?][”’\"]?[ \u00a0]+(?=[A-Z“\"])|\n+")
# A phrase opening a sentence before its subject: ``Speaking at a rally in West Virginia,``,
# ``On the issue of refugees,``.
_OPENING_CLAUSE = re.compile(r"[ \u00a0]*[A-Z][^,;:§\n]{0,120}?,[ \u00a0]+(?=[A-Z]|the\b)")
# A coordinated subject (``Kim Kardashian and several other celebrities``): no one person.
_COORDINATED = re.compile(r"[ \u00a0]+(?:and|or)[ \u00a0]")
# ``the president``, ``the former prime minister``: a definite role noun phrase.
_DEFINITE_ROLE = re.compile(
    r"[Tt]he[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+){0,2}?(?P<noun>[a-z]+|[A-Z][a-z]+)\b"
)
_OPENING_PRONOUN = re.compile(r"[ \u00a0]*(He|She)[ \u00a0]+[a-z]")
_OPENING_NAME = re.compile(r"[ \u00a0]*([A-Z][a-z][\w’'\-]*)[ \u00a0]+[a-z]")
_OPENING_SUBJECT = re.compile(r"[ \u00a0]*([A-Z][a-z][\w’'\-]*)(?:[ \u00a0]+[a-z]|,)")
_NAME_WORD = re.compile(rf"(?<![\w§])(?:[A-Z][\w’'\-]*[a-z][\w’'\-]*|{_PARTICLES}(?=[ \u00a0]))")
_NAME = (
    r"([A-Z][\w’'\-]*[a-z](?<!['’]s)(?:[ \u00a0]+(?:§+[ \u00a0]+){0,4}"
    rf"(?:{_PARTICLES}[ \u00a0]+)*[A-Z][\w’'\-]*[a-z](?<!['’]s)){{1,3}})"
)
_NAME_RUN_END = re.compile(rf"(?<![\w.’'\-]){_NAME}[ \u00a0]*$")
_NAME_RUN_START = re.compile(rf"^[ \u00a0]*{_NAME}(?![\w’'\-])")
# What may stand between a subject and its cue: ``Boeing said on Tuesday``, ``has also said``.
_TAIL_WORDS = _EN.words("quotes", "tail_words")
# ``said on Tuesday it``, ``added that its``, ``said in a statement``: a cue whose subject is
# a body.
_ITS = re.compile(r"(?:\s+(?:on|last)\s+\w+)?\s+(?:(?:that\s+)?(?:it|its)\b|in\s+a\s+statement)")
# A capitalised subject opening its sentence (``Spirit AeroSystems``), maybe after an opening
# phrase and a comma (``In a statement, Thames Water``).
_SUBJECT_RUN = re.compile(
    r"(?:^|[.!?]\s+|\n\s*|(?:—|–|--?)\s+)(?:[A-Z][^,.!?§\n]{0,60},[ \u00a0]+)?"
    r"((?:The[ \u00a0]+)?[A-Z][\w&’'.\-]*(?:[ \u00a0]+[A-Z][\w&’'.\-]*){0,3})$"
)
#: Lower-case words that may open a capitalised title (``former Prime Minister``).
_ROLE_MODIFIERS = _EN.words("people", "role_modifiers")
#: Words opening an affiliation in apposition (``Peter Martin, of consultancy CGA``): no role.
_AFFILIATION_WORDS = _EN.words("quotes", "affiliation_words")
#: Letters written after a name (``MSP``, ``QC``): no part of the name a speaker is reported under.
_POST_NOMINALS = frozenset(w.upper() for w in _EN.words("quotes", "post_nominals"))
#: Verbs in the past: a role read back before a name stops at one before its noun (``A knee
#: injury kept midfielder Ian Gow out``: the role is ``midfielder``).
_PAST_VERBS = _EN.words("tense", "past")
#: Titles and honorifics written with a dot (``Sen.``, ``Gov.``, ``Dr.``) and ``Jr.``/``St.``.
_ABBREVIATIONS = frozenset(
    {w for w in gz.ROLE_WORDS | gz.HONORIFICS if w.endswith(".")} | {"St.", "Jr.", "Sr."}
)
#: Participles that attribute after a comma (``..., adding that ...``): the subject is the
#: main clause's.
_PARTICIPLES = re.compile(rf"(?:{'|'.join(sorted(_EN.words('quotes', 'participle_cues')))})$")
#: A pronoun or role noun looks back over at most this many named referents.
_LOOKBACK = 300
#: No entity mention is longer than this (in code points).
_LONGEST_MENTION = 300
#: Quotes longer than this are statements, not scare quotes: never credited to a mere subject.
_SHORT_QUOTE_WORDS = 8


@attrs.frozen
class Cues:
    """The attribution words of one language."""

    #: Any attributing verb or phrase.
    cue: re.Pattern[str]
    #: Cues that may only follow a quotation (German ``so``).
    after: re.Pattern[str] | None
    #: Lower-case phrases read like ``according to`` (the speaker follows).
    according: frozenset[str]
    #: Pronoun -> gender of its referent.
    pronouns: dict[str, str]
    #: Auxiliaries that may stand between a quotation and its verb (``a``, ``hat``).
    auxiliaries: frozenset[str]
    #: The language's name knowledge (``None`` for English).
    profile: gz.Profile | None = None
    #: ``according``-cues that put the name in the genitive (``за словами``).
    genitive: frozenset[str] = frozenset()
    #: Gender -> ``(genitive ending, nominative ending)`` pairs, tried in order.
    nominative: dict[str, tuple[tuple[str, str], ...]] = attrs.Factory(dict)
    #: Endings of the language's adverbs (``ly``), skipped before a verb (``angrily said``).
    adverb_endings: tuple[str, ...] = ()


_ENGLISH_CUES = Cues(
    CUE, None, _ACCORDING, dict(_PRONOUNS), frozenset(),
    adverb_endings=tuple(sorted(_EN.words("quotes", "adverb_endings"))),
)  # fmt: skip


def _pattern(words: frozenset[str]) -> str:
    """Any of ``words`` (:data:`re.IGNORECASE`), a phrase's words apart by any spaces."""
    return word_alternation(words, separator=r"[ \t\u00a0]+", ignore_case=True)


@functools.cache
def cues_for(language: str | None) -> Cues:
    """The attribution words of ``language`` (English when ``None`` or unknown)."""
    from newsbrief.languages import language as language_of
    from newsbrief.languages import normalize

    code = normalize(language)
    profile = gz.profile(code)
    if profile is None:
        return _ENGLISH_CUES
    lang = language_of(code)
    according = lang.words("quotes", "attribution_cues")
    verbs = lang.speech_verbs | according
    if not verbs:
        return attrs.evolve(_ENGLISH_CUES, profile=profile)
    after = lang.words("quotes", "after_cues")
    pronouns = {str(k).lower(): str(v) for k, v in lang.table("quotes", "pronouns").items()}
    return Cues(
        cue=re.compile(rf"(?<!\w)(?:{_pattern(verbs)})(?!\w)", re.IGNORECASE),
        after=re.compile(rf"(?<!\w)(?:{_pattern(after)})(?!\w)", re.IGNORECASE) if after else None,
        according=according,
        pronouns=pronouns,
        auxiliaries=lang.words("quotes", "auxiliaries"),
        profile=profile,
        genitive=lang.words("quotes", "genitive_cues"),
        nominative={
            str(gender): tuple(
                (pair.split(":")[0], pair.split(":")[1])
                for pair in str(pairs).split()
                if ":" in pair
            )
            for gender, pairs in lang.table("quotes", "genitive_names").items()
        },
        adverb_endings=tuple(sorted(lang.words("quotes", "adverb_endings"))),
    )


class Mention(NamedTuple):
    """An entity mention the entity annotator found.

    A named tuple, immutable as a frozen attrs class and made in half the time: one is made
    for every entity mention of a document with quotations."""

    start: int
    end: int
    name: str
    type: str
    gender: str | None = None
    role: str | None = None


@attrs.frozen
class Speaker:
    """Who a quotation is attributed to."""

    #: Canonical name (a place's as written where it speaks, see :meth:`Attributor.fullest`),
    #: or the description of an anonymous source.
    name: str
    #: The words naming the speaker where the attribution is.
    mention: str
    start: int
    end: int
    #: The attributing verb or phrase, if any.
    cue: str | None
    anonymous: bool = False
    #: The speaker's role as the article states it (``President of Ukraine``), if it does.
    role: str | None = None


class _Referent(NamedTuple):
    """Someone a pronoun or a role noun may point back to (a named tuple: one is made for
    every entity mention)."""

    position: int
    name: str
    type: str  # person, anonymous, organisation, place
    gender: str | None
    roles: frozenset[str]


#: ``_Referent`` from a tuple of its fields, without the Python ``__new__`` of a named tuple (one
#: is made for every entity mention).
_new_referent = functools.partial(tuple.__new__, _Referent)


class Attributor:
    """Finds speakers in one document whose quotations are masked out of ``masked``."""

    def __init__(
        self,
        text: str,
        masked: str,
        mentions: Sequence[Mention],
        language: str | None = None,
        paragraphs: Sequence[tuple[int, int]] = (),
    ) -> None:
        #: The attribution words of the document's language.
        self.cues = cues_for(language)
        #: Any attributing verb or phrase of that language.
        self.cue = self.cues.cue
        self.text = text
        self.masked = masked
        #: ``(start, end)`` of each paragraph (pronouns look back paragraph by paragraph).
        self.paragraphs = list(paragraphs)
        # A dateline's place and wire credit (``WASHINGTON —``, ``STOCKHOLM, May 26 (Reuters)
        # -``) never speak: they are the story's furniture, not its subject.
        datelines = _datelines(text, self.paragraphs)
        if datelines:
            mentions = [m for m in mentions if not _inside(m.start, datelines)]
        self.mentions = sorted(mentions, key=_START)
        if self.cues.profile is None:
            self.mentions = _with_particles(text, self.mentions)
            self.mentions = _with_untyped_people(masked, self.mentions)
        self._starts = [m.start for m in self.mentions]
        #: No mention of the document is longer (a mention holding an offset starts at most
        #: this far before it).
        self._longest = min(
            max(map(operator.sub, map(_END, self.mentions), self._starts), default=0),
            _LONGEST_MENTION,
        )
        self.referents: list[_Referent] = [
            _new_referent((m.start, m.name, m.type, m.gender, _role_words(m.role)))
            for m in self.mentions
        ]
        self._paragraph_starts = [start for start, _ in self.paragraphs]
        self._add_anonymous_sources()
        #: Positions of organisations that are the subject of a cue (``Boeing said``), found
        #: when an ``it said`` first needs them.
        self._speaking: set[int] = set()
        self._subjects_found = self.cues.profile is not None
        # Kept in text order, with their positions, so that a look back is a bisection (a
        # scan of every referent per quotation made articles of many quotations quadratic).
        self.referents.sort(key=_POSITION)
        self._positions = [r.position for r in self.referents]
        self._genders = {r.name: r.gender for r in self.referents if r.gender}
        self._people = {r.name for r in self.referents if r.type == "person"}
        self._bodies = {r.name for r in self.referents if r.type != "person"}
        #: The referents of each name, built on first need (see :meth:`is_organisation`).
        self._by_name: dict[str, list[_Referent]] | None = None
        #: Each one-word name's full-name candidates, built on first need (see ``_full_names``).
        self._full_index: dict[str, _FullNames] = {}
        self._word_places: dict[str, list[int]] | None = None
        self._words_found = 0  # words looked up without the index (``_places_of``)
        self._speaker_names: set[str] = set()
        self._anonymous_names: set[str] = set()
        #: Per word, whether it is written as a name (:meth:`_proper_word`).
        self._proper: dict[str, bool] = {}
        self._counts: dict[str, int] = {}
        #: The document's words, for :meth:`_count` (built on first need).
        self._index: WordIndex | None = None
        #: Per initials, the organisations' positions and names in text order (built on first
        #: need by :meth:`_body_of_initials`, kept up to date as organisations are added).
        self._initials: dict[str, tuple[list[int], list[str]]] | None = None
        self._lone_names: tuple[list[int], list[str]] | None = None
        #: The speakers found so far: ``(position, name, gender)``.
        self.spoken: list[tuple[int, str, str | None]] = []
        # Each person's mentions by name; their roles (``_mention_role``) are read on a
        # speaker's need: reading every person's role up front was most of the attribution time.
        self._person_mentions: dict[str, list[Mention]] = {}
        for mention in self.mentions:
            if mention.type == "person":
                self._person_mentions.setdefault(mention.name, []).append(mention)
        self._role_cache: dict[Mention, str | None] = {}
        #: Per person's name and direction (-1, 1), each mention index read by
        #: :meth:`_role_index` -> the index of the nearest mention that way stating a role.
        self._role_found: dict[tuple[str, int], dict[int, int]] = {}
        #: Per kind noun, the organisations described as one (see :meth:`_described_body`).
        self._descriptions: dict[str, tuple[list[int], list[_Referent]]] = {}
        #: Each word opening or closing a person's name of several words -> those names.
        self._name_words: dict[str, set[str]] | None = None
        #: Per first letter and length, the surnames of one person (see :meth:`_misspelt`).
        self._surnames: dict[tuple[str, int], list[str]] | None = None
        self._name_genders: dict[str, str | None] = {}
        #: Per first name, where an untyped full name opening with it is introduced.
        self._introductions: dict[str, list[tuple[int, str]]] | None = None
        #: The longer written forms of names (see :meth:`fullest`), built on first need.
        self._forms: dict[tuple[str, str], list[tuple[int, str]]] | None = None
        #: Per speaker's name, the places its answer changes and the fullest form from each.
        self._fullest: dict[str, tuple[list[int], list[str]]] = {}
        #: Per role as written (case-folded), the people the entity annotator gave it (built
        #: on first need by :meth:`_titled`).
        self._titled_people: dict[str, set[str]] | None = None

    # -- the attribution search ----------------------------------------------------------------

    def after(self, close: int, limit: int, quote_ends_with_comma: bool) -> Speaker | None:
        """A cue right after a quotation closing at ``close`` (``"...," he said``)."""
        tail = self.masked[close:limit]
        lead = len(tail) - len(tail.lstrip(" ,\u00a0—–-"))  # ``" —said``
        cue = self.cue.search(tail)
        if self.cues.after is not None:
            late = self.cues.after.match(tail, lead)  # ``„...“, so Scholz``
            if late is not None and (cue is None or late.start() < cue.start()):
                cue = late
        if (
            cue is None
            or _normal(cue.group(0)) in self.cues.according
            or _QUOTE_MASK in tail[: cue.start()]
        ):
            return None
        between = tail[lead : cue.start()].strip()
        words = _WORD.findall(between)
        quoted = _QUOTED_AS_SAYING.match(tail, cue.end()) if self.cues.profile is None else None
        if quoted is not None and len(words) <= 3:
            # ``"...," Mediaite reported the president saying``: who is reported speaks.
            at = close + quoted.start("np")
            return self.phrase_before(at, close + quoted.end("np"), "saying")
        if words and all(w.lower() in self.cues.auxiliaries for w in words):
            between, words = "", []  # ``», a déclaré Macron``
        if not (quote_ends_with_comma or "," in tail[:lead] or len(words) <= 3) or len(words) > 15:
            return None
        if words and words[0] in _CLAUSE_OPENERS and self.cues.profile is None:
            return None  # ``"..." while Trump promised ...``: another clause's cue
        if (
            self.cues.profile is None
            and _PARTICIPLES.match(cue.group(0))
            and _ISSUED_DOCUMENT.search(tail, lead, cue.start()) is not None
        ):
            return None  # ``was "shocked", releasing a statement saying``: the next quotation's
        if "\n" in tail[: cue.start()] and (
            not quote_ends_with_comma or tail[cue.end() :].lstrip(" \u00a0").startswith(":")
        ):
            # One sentence a line: the next line's cue is its own sentence's (``Someone else
            # added: "..."`` after a question introduces the next quotation).
            return None
        if any(w in ".;:!?" for w in words):
            return None
        if not between:  # inverted: ``said a senior official``
            if self.cues.profile is None and _COMPLEMENTIZER.match(tail, cue.end()):
                # ``a website "run by associates of X" states that ...``: the quotation is
                # inside the cue's subject; no speaker follows the cue.
                return None
            return self._phrase_after(close + cue.end(), limit, cue.group(0))
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

    def before(self, start: int, open_at: int) -> Speaker | None:
        """The nearest cue before a quotation in its sentence (``Singh noted that "..."``)."""
        cues = [m for m in self.cue.finditer(self.masked, start, open_at)]
        for cue in reversed(cues):
            if self.cues.profile is None and (
                self._noun_cue(start, cue.start()) or self._passive_cue(start, cue.start())
            ):
                continue  # ``the claims``, ``the claims were reported``: no speaker's verb
            found = self._from_cue(start, cue, open_at)
            if found is not None:
                return found
        return None

    def reported_subject(self, start: int, end: int) -> Speaker | None:
        """The unnamed source opening the sentence ``start``-``end`` as the subject of its
        cue, for a quotation standing as its own sentence after it (``A reporter for the Al
        Jazeera news agency, however, said there might be difficulties. "We are ..."``)."""
        if self.cues.profile is not None or _QUOTE_MASK in self.masked[start:end]:
            return None
        cue = self.cue.search(self.masked, start, end)
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

    def _opening_speaker(
        self, start: int, end: int, pattern: re.Pattern[str] = _OPENING_NAME
    ) -> Speaker | None:
        """A one-word name opening the sentence before a verb (``Moualem laid out ...``; or,
        with ``pattern`` :data:`_OPENING_SUBJECT`, a comma: ``Palmer, who ...``) that is a
        speaker's or a person's name the article gives in full."""
        match = pattern.match(self.masked, start, end)
        if match is None:
            return None
        word = match.group(1)
        if word.lower() in _DETERMINERS or word.lower() in _CLAUSE_OPENERS:
            return None
        if word not in self._speaker_names and self._person_named(word) is None:
            return None
        return Speaker(word, word, match.start(1), match.end(1), None)

    def _opening_speaker_after_clause(self, start: int, end: int) -> Speaker | None:
        """:meth:`_opening_speaker` past an opening phrase and its comma (``Last Friday,
        Cramer went on a tirade on CNBC's Street Signs, saying``)."""
        clause = _OPENING_CLAUSE.match(self.masked, start, end)
        return None if clause is None else self._opening_speaker(clause.end(), end)

    def _opening_pronoun(self, start: int, end: int, cue: str) -> Speaker | None:
        """A personal pronoun opening the sentence before a verb (``He also condemned
        Democrats, calling ...``), resolved as a cue's pronoun is."""
        match = _OPENING_PRONOUN.match(self.masked, start, end)
        if match is None:
            return None
        return self._pronoun(match.group(1), match.start(1), match.end(1), cue)

    def _noun_cue(self, start: int, at: int) -> bool:
        """Whether the cue at ``at`` follows a determiner (``the claims``): a noun there."""
        head = self.masked[max(start, at - 12) : at].split()
        if not head or head[-1].lower() not in _DETERMINERS:
            return False
        # ``Another commented:``, ``one wrote``: an unnamed commenter and a verb in the past.
        word = _WORD.match(self.masked, at)
        past = word is not None and (
            word.group(0).endswith(_PAST_ENDINGS) or word.group(0) in _IRREGULAR_PAST_CUES
        )
        return not (past and head[-1].lower() in _INDEFINITE_SPEAKERS)

    def _passive_cue(self, start: int, at: int) -> bool:
        """Whether the cue at ``at`` is a participle of the passive (``hours after the claims
        were reported, Ronaldo ...``, ``he was told``): the noun before it is no speaker."""
        if _PASSIVE_BEFORE.search(self.masked, max(start, at - 30), at) is None:
            return False
        word = _WORD.match(self.masked, at)
        return word is not None and (
            word.group(0).endswith(_PAST_ENDINGS) or word.group(0) in _IRREGULAR_PAST_CUES
        )

    def opening_cue(self, start: int, limit: int) -> Speaker | None:
        """A paragraph at ``start`` that opens in lower case with an inverted cue (``said Ann
        Lee, the mayor.`` on a line of its own): the rest of the sentence before it, whose
        quotation closed the paragraph; the speaker phrase runs to ``limit``. English only."""
        if self.cues.profile is not None or not self.text[start : start + 1].islower():
            return None
        cue = self.cue.match(self.masked, start)
        if cue is None or _normal(cue.group(0)) in self.cues.according:
            return None
        end = _phrase_end(self.masked, cue.end(), limit)
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
        if _SPACES.fullmatch(self.masked, close, mention.start) is None:
            return None
        at = mention.end
        apposition = _APPOSITIVE.match(self.masked, at, limit)
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

    def later(self, close: int, limit: int) -> Speaker | None:
        """A cue later in the sentence (``..., Reuters reported``)."""
        for cue in self.cue.finditer(self.masked, close, limit):
            if in_aside(self.masked, close, cue.start(), close - 1):
                continue  # ``"..." sourcing ... ("...," The Post said)``: the aside's own cue
            first = _WORD.search(self.masked, close, cue.start())
            if (
                first is not None
                and first.group(0) in _CLAUSE_OPENERS
                and self.masked.find(",", close, cue.start()) < 0
                and not _inverted(self.text, close, cue.start())
            ):
                return None  # ``"..." while Trump promised``, not ``"..." if ..., X said``
            if self.cues.profile is None and self._passive_cue(close, cue.start()):
                continue  # ``"...," it was reported``: no speaker's verb
            found = None
            if self.cues.profile is None and _inverted(self.text, close, cue.start()):
                # ``were "literally in the dark" due to power failures, said State Department
                # spokesman P. J. Crowley``, ``"..." if we are faced with "fuss," added
                # Larijani``: the speaker after an inverted cue, not a name before it.
                end = _phrase_end(self.masked, cue.end(), limit)
                found = self._phrase_after(cue.end(), end, cue.group(0))
            found = found or self._from_cue(close, cue, limit)
            if found is not None:
                return found
        return None

    def subject(self, start: int, open_at: int, *, people_only: bool = False) -> Speaker | None:
        """The sentence's subject, when it is a named entity (for cue-less scare quotes), or
        only a person (``people_only``: for a quotation after a sentence about someone)."""
        if people_only and self.cues.profile is None:
            # ``Asked whether ..., Adele shakes her head.``: past an opening participle clause.
            clause = _PARTICIPLE_CLAUSE.match(self.masked, start, open_at)
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
                if _QUOTE_MASK in prefix:
                    return None
                title_words = self.masked[start : mention.start].split()
                # ``US Secretary of State Hillary Clinton promised ...``: the title the entity
                # annotator read as the person's role.
                if title_words and title_words != (mention.role or "").split():
                    title = _WORD.findall(self.masked[start : mention.start])
                    if not all(w[:1].isupper() or self._role_noun(w) for w in title):
                        return None
                if mention.type != "person":
                    # ``UN Peacekeeping Chief Alain LeRoy said ...``: a body inside the title
                    # before the name.
                    continue
                return self._named(mention, None)
            lead = self.masked[start : mention.start]
            if any(not (w[:1].isupper() or w.lower() in ("the", "a", "an")) for w in lead.split()):
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
            if _QUOTE_MASK in prefix[: mention.start - start]:
                return None
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

    def _adverbial_clause(self, start: int, end: int) -> re.Match[str] | None:
        """An opening clause of a preposition and a comma (``On Tuesday,``, ``At exactly 12
        noon BST,``) before the sentence's subject, when no person is named inside it."""
        clause = _OPENING_CLAUSE.match(self.masked, start, end)
        if clause is None:
            return None
        word = _WORD.search(self.masked, clause.start(), clause.end())
        if word is None or word.group(0).lower() not in _OPENING_PREPOSITIONS:
            return None
        if any(m.type == "person" for m in self.within(clause.start(), clause.end())):
            return None
        return clause

    # -- speaker phrases -----------------------------------------------------------------------

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
                    self.before(start, start + len(comma) - 1)
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
                    main = self.before(start, at) or self.subject(start, at, people_only=True)
                else:
                    main = self.phrase_before(start, verb, word)
                if main is not None:
                    return attrs.evolve(main, cue=word)
        if _normal(word) in self.cues.according:
            end = _phrase_end(self.masked, cue.end(), limit)
            found = self._phrase_after(cue.end(), end, word)
            if (
                found is not None
                and _normal(word) in self.cues.genitive
                and not found.anonymous
                and found.name == found.mention  # not merged with a nominative spelling
            ):
                return attrs.evolve(found, name=self._nominative(found.name))
            return found
        found = self.phrase_before(start, cue.start(), word)
        if (
            self.cues.profile is None
            and _PARTICIPLES.match(word)
            and (found is None or found.name not in self._people)
        ):
            # ``Lee wrote to the board of directors stating``: the participle's clause
            # describes what the sentence's subject, a person, did; no body in it speaks.
            subject = self.subject(start, cue.start(), people_only=True)
            if subject is not None:
                return attrs.evolve(subject, cue=word)
        return found

    def phrase_before(self, start: int, end: int, cue: str) -> Speaker | None:
        """The speaker phrase ending at ``end`` (the subject of the cue)."""
        restrictive = (
            _RESTRICTIVE.search(self.masked, start, end)
            if self.cues.profile is None
            and (
                self.masked.find(" who ", start, end) >= 0
                or self.masked.find("ing ", start, end) >= 0
            )
            else None
        )
        if restrictive is not None and (
            self._role_noun(restrictive.group("noun"), people_only=True)
            or restrictive.group("noun") in _UNNAMED_SOURCES
        ):
            end = restrictive.start("who")  # ``An employee who has worked there for years said``
        relative = _RELATIVE.search(self.masked, start, end)
        if relative is not None:
            # The comma is kept: ``Saba Mozakka, the daughter of Behnaz Mozakka, who died ...,
            # said`` is an apposition, whose first name speaks.
            end = relative.start() + 1
        # The words from the last back, split only as far as read (the subject is at the end).
        tokens = _Backwards(self.masked, start, end)
        skipped = 0  # words left out at the end (``has also``, ``on Tuesday``)
        while (token := tokens[skipped]) is not None and (
            token[0].lower() in _SKIPPABLE or token[0].endswith(self.cues.adverb_endings)
            or token[0].lower() in self.cues.auxiliaries
            or token[0] in gz.CALENDAR or token[0] in ",."
            or (token[0][:1].isdigit() and not _AGE_NOUN.fullmatch(token[0]))
        ):  # fmt: skip
            skipped += 1
        if (
            token is not None
            and token[0] in _INFINITIVE_MARKERS
            and self.cues.profile is None
            and (verb := tokens[skipped + 1]) is not None
        ):
            # ``He went on to say that``, ``she continued to insist``: the verb before ``to``
            # has the cue's subject.
            back = skipped + 2 if verb[0] in _CATENATIVE_PARTICLES else skipped + 1
            verb = tokens[back]
            if verb is not None and verb[0].lower() in _CATENATIVES:
                skipped = back + 1
                while (token := tokens[skipped]) is not None and (
                    token[0].lower() in _SKIPPABLE or token[0].endswith(self.cues.adverb_endings)
                ):
                    skipped += 1
        if token is None:
            return None
        last, s, e = token
        if last == "who" and self.cues.profile is None:
            # ``..., the president, who commented during the rally:``: the relative pronoun's
            # antecedent, the noun phrase before the comma.
            comma = tokens[skipped + 1]
            if comma is not None and comma[0] == ",":
                return self.phrase_before(start, comma[1], cue)
        if last in _CLAUSE_CONJUNCTIONS and self.cues.profile is None:
            # ``The minister instead highlighted ... and added:``: a second verb of the
            # sentence's subject, read from the sentence's opening noun phrase.
            subject = _coordinated_subject(self.masked, start, s)
            return self.phrase_before(start, subject, cue) if subject > start else None
        if self.cues.profile is None and (
            last == "them" or last in _UNNAMED_SOURCES or _plural_source(last)
        ):
            partitive = self._partitive(tokens, skipped, cue)
            if partitive is not None:
                return partitive
        if last.lower() in self.cues.pronouns or last.lower() in _OTHER_PRONOUNS:
            return self._pronoun(last, s, e, cue)
        if self.cues.profile is None and last in _ISSUER_NOUNS:
            issuer = self._issuer_before(tokens, skipped, cue)
            if issuer is not None:
                return issuer
        if self.cues.profile is None and last.lower() in _INDEFINITE_LAST:
            region = self.masked[start:e]
            at = e - len(region.lstrip(" ,\u00a0—–-\n"))
            commenter = " ".join(self.text[at:e].lower().split())
            if commenter in _INDEFINITE_SPEAKERS:
                # ``"...," one wrote``, ``Another commented:``: an unnamed commenter, the
                # phrase itself (never whoever was named last).
                return Speaker(commenter, self.text[at:e], at, e, cue, anonymous=True)
        kin = self._kin(start, end, cue) if self.cues.profile is None else None
        if kin is not None:
            return kin
        appositive = self._apposed_speaker(start, end, cue)
        if appositive is not None:
            return appositive
        mention = self._mention_ending(e)
        if mention is not None and self.cues.profile is None:
            held = _HELD_BY_SOURCE.search(
                self.masked, max(start, mention.start - 60), mention.start
            )
            if held is not None:
                # ``A source close to Peter Jones said``: the name is the object of a
                # preposition inside an unnamed source's description, which speaks.
                source = self.text[held.start("np") : e]
                return Speaker(_anonymous_name(source), source, held.start("np"), e, cue,
                               anonymous=True)  # fmt: skip
        if mention is not None and self.cues.profile is None and mention.type == "person":
            # ``Prime Minister Ann Roe and industry minister Ben Lee announced``: the first of
            # two people coordinated as the subject speaks.
            mention = self._first_of_pair(start, mention) or mention
        if mention is not None and self.cues.profile is None and mention.type == "person":
            # ``Rajanews.com, a news website run by supporters of Ahmadinejad said``: the name
            # before an apposition the article left unclosed speaks, not the object inside it.
            apposed = self._unclosed_apposition(start, mention.start, cue)
            if apposed is not None:
                return apposed
        if mention is not None and self.cues.profile is None:
            # ``Dan Ives of Wedbush Securities told CNBC``: the person of the body speaks.
            mention = self._person_of(mention, described=mention.type == "person") or mention
        if mention is not None and self.cues.profile is None and mention.type != "person":
            # ``Ann Roe, president and CEO of Acme Air said``: the body closes an apposition
            # the article left open; the person before it speaks.
            apposed = self._role_apposition(start, (mention.start, mention.end), cue)
            if apposed is not None:
                return apposed
        if mention is not None and self.cues.profile is None:
            described = self._described(start, mention, cue)
            if described is not None:
                return described
        if mention is not None:
            return self._named(mention, cue)
        if self.cues.profile is None and (
            last in gz.DEMONYMS or _AGE_NOUN.fullmatch(last) or last.lower() in _EPITHETS
        ):
            # ``the American added``, ``the 22-year-old said``, ``The Los Angeles Democrat
            # asserted``: the story's subject, named by what she is.
            back = skipped + 1
            while (
                (second := tokens[back]) is not None
                and second[0][:1].isupper()
                and second[0] not in _DEFINITE_CAPITALISED
                and back <= skipped + 3
            ):
                back += 1
            if (
                second is not None
                and second[0] in _DEFINITE_CAPITALISED
                and _mid_sentence(self.masked, second[1])
            ):
                # ``On Sunday, The Australian reported``: a capital ``The`` inside a sentence
                # opens a title, a publication's name.
                name = self.text[second[1] : e]
                return Speaker(name, name, second[1], e, cue)
            if second is not None and second[0].lower() in _DEFINITE:
                return self._role(second[1], e, cue, epithet=True)
        if self.cues.profile is None and last[:1].isupper():
            untyped = self._untyped_body(start, tokens, skipped, cue)
            if untyped is not None:
                return untyped
            stating = self._stating_body(start, e, end, cue)
            if stating is not None:
                return stating
        unlabelled = (
            self._unlabelled(start, e, cue, backward=True) if self.cues.profile is None else None
        )
        if unlabelled is not None:
            return unlabelled
        if (
            self.cues.profile is None
            and re.fullmatch(r"[A-Z][a-z][\w’'\-]*", last)
            and last not in gz.CALENDAR
            and last not in _LONE_NOT_NAMES  # ``Somebody called it``
            and last.lower() not in _DETERMINERS
            and not self._role_noun(last)
            and (
                (second := tokens[skipped + 1]) is None
                or not second[0][:1].isalnum()
                or second[0] in _CLAUSE_OPENERS  # ``when Kim pledged``
                or (
                    second[0] in _DEFINITE_CAPITALISED
                    and ((third := tokens[skipped + 2]) is None or not third[0].isalnum())
                )
            )
        ):
            # ``Boeing said it remained "..."``: a one-word subject left untyped, opening its
            # sentence or clause.
            return Speaker(last, last, s, e, cue)
        if (
            self.cues.profile is not None
            and self.cues.profile.code in _PROPER_CAPITALS
            and last[:1].isupper()
            and last[1:].islower()
            and last.isalpha()
            and not self._role_noun(last)
            and ((second := tokens[skipped + 1]) is None or not second[0][:1].isalnum())
            and self._mention_ending(e) is None
            and self._proper_word(last)
        ):
            # ``Что касается беженцев, Муалем сказал``: in a language that capitalises only
            # names, a one-word subject the entity annotator left untyped speaks, not a place
            # named earlier in the sentence.
            return Speaker(last, last, s, e, cue)
        if self.cues.profile is None and last in _BODY_KINDS:
            body = self._body_by_kind(tokens, skipped, cue)
            if body is not None:
                return body
        if self.cues.profile is None and last[:1].islower():
            back = skipped
            while back < skipped + 5 and (word := tokens[back + 1]) is not None:
                if word[0].lower() in ("the", "a", "an"):
                    phrase = [tokens[i] for i in range(back + 1, skipped - 1, -1)]
                    document = self._document([t for t in phrase if t is not None], e)
                    if document is not None:
                        return attrs.evolve(document, cue=cue)
                    break
                if not word[0].isalpha() or not word[0].islower():
                    break
                back += 1
        if self._role_noun(last):
            # The noun phrase: back over at most six words, up to a determiner.
            first, back = token, 0
            while back < 8:
                word = tokens[skipped + back + 1]
                if word is not None and self._body_connector(
                    word[0], first, tokens, skipped + back
                ):
                    # ``A Ministry of Defence spokesman``: a body's name, read whole.
                    first, back = word, back + 1
                    continue
                if word is not None and self._clause_demonstrative(word[0], tokens, skipped + back):
                    first, back = word, back + 1  # ``..., that official said``
                    break
                if word is None or not _np_word(word[0]) or (back == 6 and word[0][:1].islower()):
                    break
                first, back = word, back + 1
                if word[0].lower() in _DETERMINERS:
                    break
            np_start = first[1]
            person_before = self._appositive_person(start, np_start)
            if person_before is not None and first[0].lower() in _INDEFINITE:
                return self._named(person_before, cue)
            if person_before is not None and self._apposed_to(person_before, np_start):
                # ``Jane Fraser, the chief executive, said``: the name before it.
                named = self._named(person_before, cue)
                role = named.role or " ".join(self.text[np_start:e].split()[1:]) or None
                return attrs.evolve(named, role=role)
            if self.masked[start:np_start].rstrip().endswith(","):
                # ``Ann Lee, chair of Local 12, Dock Workers union said``: the union is hers.
                apposed = self._role_apposition(start, (np_start, e), cue)
                if apposed is not None:
                    return apposed
            before_np = tokens[skipped + back + 1]
            if before_np is not None and before_np[0] in ("for", "with", "at", "from"):
                # ``A reporter for the Al Jazeera news agency said``: the body is the
                # reporter's; the reporter speaks.
                described = self._described_before(start, e, cue)
                if described is not None:
                    return described
            return self._role(np_start, e, cue) or self._described_before(start, e, cue)
        if self.cues.profile is None:
            unknown = self._indefinite_subject(tokens, skipped, cue)
            if unknown is not None:
                return unknown
        described = self._described_before(start, e, cue)
        if described is not None:
            return described
        person = self._last_mention(start, end, ("person",))
        if person is not None and self.cues.profile is None:
            person = self._first_of_pair(start, person) or person
        if person is None and self.cues.profile is None:
            # ``Kent Page, a spokesman for UNICEF in Haiti, also weighed in``: an untyped name
            # opening the sentence with its apposition speaks, not a body or a place inside.
            untyped = self._unlabelled_subject(start, end)
            if untyped is not None:
                return attrs.evolve(untyped, cue=cue)
        person = person or self._last_mention(start, end, ("organisation", "place"))
        return self._named(person, cue) if person else None

    def _body_by_kind(self, tokens: _Backwards, skipped: int, cue: str) -> Speaker | None:
        """``the regulator said``, ``the airline said``: a definite noun of a kind of body
        stands for the body the article describes so, else the nearest organisation (a
        company's noun no public body). English only."""
        noun, article = tokens[skipped], tokens[skipped + 1]
        if noun is None or article is None or article[0].lower() not in _DEFINITE:
            return None
        start = article[1]
        company = noun[0] in _COMPANY_NOUNS
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

    def _recent_unnamed(self, start: int) -> _Referent | None:
        """The nearest person or unnamed source before ``start`` when it is one unnamed
        source described in the paragraph of ``start`` or the one before."""
        nearest = self._nearest(start, ("person", "anonymous"), singular=True)
        if nearest is None or nearest.type != "anonymous" or _plural(nearest.name):
            return None
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0 or nearest.position < self.paragraphs[max(index - 1, 0)][0]:
            return None
        return nearest

    def _named_kind(self, start: int, noun: str) -> _Referent | None:
        """The nearest organisation before ``start`` whose name ends with ``noun`` (or its
        plural): ``Nordwind Airlines`` for ``the airline``."""
        last = bisect.bisect_left(self._positions, start) - 1
        for referent in self._referents_back(last):
            if referent.type != "organisation":
                continue
            if referent.name.lower().rsplit(None, 1)[-1] in (noun, noun + "s"):
                return referent
        return None

    def _indefinite_subject(self, tokens: _Backwards, skipped: int, cue: str) -> Speaker | None:
        """``One voter, who asked not to be named, told him``: an indefinite article and a
        lower-case noun, the whole subject of the cue (its sentence opens with them), are an
        unnamed person the article describes so, whatever the noun."""
        noun, article = tokens[skipped], tokens[skipped + 1]
        if noun is None or article is None or tokens[skipped + 2] is not None:
            return None
        if not (noun[0].isalpha() and noun[0].islower()) or noun[0] in _FUNCTION_WORDS:
            return None
        if noun[0] in _TIME_UNITS:
            return None  # ``A day later, ...``: a time, no one
        if article[0].lower() not in _INDEFINITE or self.cue.fullmatch(noun[0]):
            return None
        phrase = self.text[article[1] : noun[2]]
        return Speaker(_anonymous_name(phrase), phrase, article[1], noun[2], cue, anonymous=True)

    def _kin(self, start: int, end: int, cue: str) -> Speaker | None:
        """``The daughter of Edith Moore said``, ``the family of one victim, Edith Moore,
        said``: a relative or a friend of someone speaks, described so, not the person named
        after ``of``; with a name in apposition after a named person (``A friend of Pettit,
        Sam Cole, said``), that name speaks."""
        if self.masked.find(" of ", start, end) < 0:
            return None  # (most subjects: the pattern is not tried)
        # The pattern ends at ``end``; a kin phrase is short, and a bounded reach keeps a
        # failing search linear (``the son of the son of ...``).
        match = _KIN_SUBJECT.search(self.masked, max(start, end - _KIN_REACH), end)
        if match is None:
            return None
        of_start, of_end = match.span("of")
        named = self._mention_starting(of_start)
        if match.group("app") is not None:
            apposed = self.within(match.start("app"), match.end("app"))
            if (
                named is not None
                and named.end == of_end
                and apposed
                and apposed[-1].type == "person"
            ):
                return self._named(apposed[-1], cue)
            kin_noun = self.masked[match.start("np") : of_start].split()[-2].lower()
            if kin_noun != "family" and not kin_noun.endswith("s"):
                # One relative (``The wife of the mayor, Jane Roe, said``): the apposition
                # names the relative, read as any apposed speaker; a family or several
                # relatives cannot be one person, so theirs names whom they speak of.
                return None
        elif named is not None and named.end != of_end:
            return None  # ``the son of Ann Roe and her husband``: not one phrase
        np_start, np_end = match.span("np")
        phrase = " ".join(self.text[np_start:np_end].split())
        return Speaker(_anonymous_name(phrase), phrase, np_start, np_end, cue, anonymous=True)

    def _clause_demonstrative(self, word: str, tokens: _Backwards, back: int) -> bool:
        """Whether ``word`` (``tokens[back + 1]``) is a demonstrative opening its clause
        before a role noun (``"...," that official said``: as ``the official``), not the
        conjunction after a verb (``said that officials``). English only."""
        if self.cues.profile is not None or word.lower() not in _DEMONSTRATIVES:
            return False
        before = tokens[back + 2]
        return before is None or before[0] in (",", ".", ";", ":", _QUOTE_MASK)

    def _body_connector(
        self, word: str, after: tuple[str, int, int], tokens: _Backwards, back: int
    ) -> bool:
        """Whether ``word`` (``tokens[back + 1]``) joins two capitalised words of a body's
        name inside a role's noun phrase (``of`` in ``Ministry of Defence``). English only."""
        if self.cues.profile is not None or word not in _NAME_CONNECTORS:
            return False
        before = tokens[back + 2]
        return after[0][:1].isupper() and before is not None and before[0][:1].isupper()

    def _unclosed_apposition(self, start: int, at: int, cue: str) -> Speaker | None:
        """The name opening ``Name, a <noun> ... <preposition>`` before ``at``: an apposition
        with no closing comma, whose prepositional object at ``at`` is not the subject."""
        head = self.masked[max(start, at - _CLAUSE_LOOKBACK) : at]
        if _PREPOSITION_END.search(head) is None:
            return None
        match = _UNCLOSED_APPOSITION.search(head)
        if match is None:
            return None
        base = at - len(head)
        name_start, name_end = base + match.start("name"), base + match.end("name")
        named = self._mention_ending(name_end)
        if named is not None and named.start >= name_start:
            if named.type == "place":
                return None
            return self._named(named, cue)
        words = match.group("name").split()
        if len(words) > 1 and any(self._role_noun(w) for w in words):
            return None
        if any(w in gz.CALENDAR or w in _DETERMINERS_CAPITALISED for w in words):
            return None
        if self._place_word(match.group("name"), name_start):
            return None
        name = self.text[name_start:name_end]
        return Speaker(name, name, name_start, name_end, cue)

    def _role_apposition(self, start: int, body: tuple[int, int], cue: str) -> Speaker | None:
        """The person opening ``Name, <role> ... <body>`` before a cue: a role in lower case
        whose body (``body``, its offsets) ends an apposition with no closing comma; the role
        runs to the body's end."""
        body_start, body_end = body
        head = self.masked[max(start, body_start - _CLAUSE_LOOKBACK) : body_start]
        match = _ROLE_APPOSITION.search(head)
        if match is None:
            return None
        words = [w.strip(",") for w in match.group("role").split()]
        if not any(self._role_noun(w, people_only=True) for w in words):
            return None
        base = body_start - len(head)
        name_start, name_end = base + match.start("name"), base + match.end("name")
        person = self._mention_ending(name_end)
        if person is not None and person.start >= name_start:
            if person.type != "person":
                return None
            speaker = self._named(person, cue)
        else:
            # ``Whitey Dunn, chair of Local 12, ...``: a full name the entity annotator left
            # untyped.
            names = match.group("name").split()
            if (
                len(names) < 2
                or any(self._role_noun(w) for w in names)
                or any(w in gz.CALENDAR or w in _DETERMINERS_CAPITALISED for w in names)
                or self._place_word(match.group("name"), name_start)
            ):
                return None
            name = self.text[name_start:name_end]
            speaker = Speaker(name, name, name_start, name_end, cue)
        role_start = base + match.start("role")
        if words[0].lower() in _DETERMINERS:
            # (Past the determiner and its space, a no-break one too.)
            skipped = _WORD_AND_SPACE.match(self.masked, role_start)
            if skipped is not None:
                role_start = skipped.end()
        role = " ".join(self.text[role_start:body_end].split())
        return attrs.evolve(speaker, role=role)

    def _untyped_body(
        self, start: int, tokens: _Backwards, skipped: int, cue: str
    ) -> Speaker | None:
        """A capitalised subject the entity annotator did not type: an acronym of a body the
        article names in full (``The F.A.A. said`` after ``the Federal Aviation
        Administration``), a body's name after a noun that says what it is (``The union IF
        Metall said``), or a body after a role noun and a preposition (``Analysts at Jefferies
        said``: an unnamed source)."""
        last, s, e = tokens[skipped]  # type: ignore[misc]
        letters = last.replace(".", "")
        if letters.isupper() and 2 <= len(letters) <= 6 and letters.isalpha():
            body = self._body_of_initials(letters, s)
            if body is not None:
                return Speaker(body, last, s, e, cue)
        head = self.masked[max(start, s - 80) : s]
        described = _DESCRIBED.search(head)
        if described is not None and self._role_noun(described.group("noun"), people_only=True):
            np_start = s - len(head) + described.start()
            return self._uncommaed_apposition(np_start, e, cue) or self._role(np_start, e, cue)
        # ``the union IF Metall``, ``carmaker Volvo Cars``: up to three capitalised words
        # after a lower-case noun naming a kind of body.
        name_start, back = s, 1
        while (token := tokens[skipped + back]) is not None and back <= 3:
            if token[0][:1].islower() and token[0] in _BODY_NOUNS:
                name = self.text[name_start:e]
                return Speaker(name, name, name_start, e, cue)
            if not (token[0][:1].isupper() and token[0][:1].isalpha()):
                break
            name_start, back = token[1], back + 1
        return None

    def _place_word(self, word: str, start: int) -> bool:
        """Whether ``word`` at ``start`` names a place (a place mention, or a known place)."""
        mention = self._mention_starting(start)
        if mention is not None:
            return mention.type == "place"
        return word in gz.place_names()

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

    def _add_initials(self, position: int, name: str) -> None:
        """Files an organisation under its capitalised words' initials, in text order (after
        any at the same position, as the referents are kept)."""
        assert self._initials is not None
        initials = "".join(w[0] for w in name.split() if w[:1].isupper())
        positions, names = self._initials.setdefault(initials, ([], []))
        at = bisect.bisect_right(positions, position)
        positions.insert(at, position)
        names.insert(at, name)

    def _partitive(self, tokens: _Backwards, skipped: int, cue: str) -> Speaker | None:
        """``one of them said``, ``one of the people said``: one of the unnamed sources named
        last (``Two people familiar with the matter``)."""
        words = [tokens[skipped + back] for back in range(4)]
        if any(w is None for w in words[:3]):
            return None
        last, of, one = (w[0].lower() for w in words[:3])  # type: ignore[index]
        if last == "them" and of == "of" and one == "one":
            first = words[2]
        elif (
            of == "the"
            and (_plural_source(last) or last in _UNNAMED_SOURCES)
            and words[3] is not None
            and one == "of"
            and words[3][0].lower() == "one"
        ):
            first = words[3]
        elif (
            of in _OTHER_WORDS
            and one in _DEFINITE
            and last in _UNNAMED_SOURCES
            and not _plural(last)
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

    def _phrase_after(self, start: int, end: int, cue: str) -> Speaker | None:
        """The speaker phrase starting at ``start`` (``said X``, ``according to X``)."""
        end = _phrase_end(self.masked, start, end)
        tokens = [
            (m.group(0), m.start() + start, m.end() + start)
            for m in _WORD.finditer(self.masked[start:end])
        ]
        if not tokens:
            return None
        first, s, e = tokens[0]
        if first.lower() in self.cues.pronouns:
            if (
                self.cues.profile is None
                and len(tokens) > 1
                and tokens[1][0].isalpha()
                and tokens[1][0].islower()
                and tokens[1][0] not in _PRONOUN_FOLLOWERS
            ):
                # ``calls X "hysterical," says he is unfit``: the pronoun opens a clause of
                # its own (the headline's subject said it), not an inverted ``said he``.
                return None
            return self._pronoun(first, s, e, cue)
        if (
            self.cues.profile is None
            and len(tokens) >= 3
            and first.lower() == "one"
            and tokens[1][0] == "of"
            and (tokens[2][0] == "them" or (len(tokens) >= 4 and tokens[2][0] == "the"))
        ):
            # ``said one of the sources``: one of the unnamed sources named last.
            referent = self._nearest(s, ("anonymous",), plural=True)
            if referent is not None:
                last = tokens[2] if tokens[2][0] == "them" else tokens[3]
                return Speaker(referent.name, self.text[s : last[2]], s, last[2], cue,
                               anonymous=True)  # fmt: skip
        document = self._document(tokens, end)
        if document is not None:
            return attrs.evolve(document, cue=cue)
        people = [m for m in self.within(start, end) if m.type == "person"]
        if people and self.cues.profile is None and first.lower() in _INDEFINITE:
            # ``said a spokesperson for British Prime Minister Tony Blair``: the unnamed
            # spokesperson speaks for the person, who is not the speaker.
            nouns = [
                i for i, (word, _, word_end) in enumerate(tokens)
                if word_end <= people[0].start and self._role_noun(word, people_only=True)
            ]  # fmt: skip
            if nouns and nouns[0] + 1 < len(tokens) and tokens[nouns[0] + 1][0] == "for":
                people = []
        if people:
            # ``за словами речника Повітряних сил Юрія Ігната``: the full name, not a word of
            # a body the entity annotator took for a person.
            full = [m for m in people if " " in m.name.strip()]
            return self._named((full or people)[0], cue)
        if self.cues.profile is None and not self.within(s, e):
            unlabelled = self._unlabelled(s, end, cue, backward=False)
            if unlabelled is not None:
                return unlabelled  # ``said Nkechi Obiora-Lindqvist, a volunteer``
        opening = self._mention_starting(s) if self.cues.profile is None else None
        if opening is not None:
            later = next((t[0] for t in tokens if t[1] >= opening.end), None)
            if later is not None and later in _PP_WORDS:
                # ``said Air France in a statement``: the name speaks; the phrase after it
                # says where (a document, a place), it is no role.
                return self._named(opening, cue)
        if self.cues.profile is None and first.lower() in _DEFINITE:
            # ``said the 31-year-old``, ``said the Scot``: the story's subject named by what
            # he is, as before the cue (``the 22-year-old said``).
            # The epithet ends the noun phrase (``the Iranian Foreign Minister`` is a title,
            # ``the veteran coach of ...`` a role).
            for i, (word, _, e_word) in enumerate(tokens[1:4], 1):
                ends = i + 1 == len(tokens) or not (
                    tokens[i + 1][0][:1].isupper() or self._role_noun(tokens[i + 1][0])
                )
                if ends and (
                    word in gz.DEMONYMS or _AGE_NOUN.fullmatch(word) or word.lower() in _EPITHETS
                ):
                    return self._role(s, e_word, cue, epithet=True)
                if not word[:1].isupper():
                    break
        for i, (word, _, e_word) in enumerate(tokens):
            if self._role_noun(word):
                if i + 1 < len(tokens) and self._role_noun(tokens[i + 1][0], people_only=True):
                    continue
                # ``dijo el presidente del Gobierno, Pedro Sánchez``: the name in apposition.
                named = re.match(r",\s*", self.masked[end : end + 3])
                if named is not None:
                    apposed = self._mention_starting(end + named.end())
                    if apposed is not None and apposed.type == "person":
                        speaker = self._named(apposed, cue)
                        # The role as written, less its article (``el``, ``the``); ``said chief
                        # economist at X, Name`` has none.
                        words = self.text[s:end].split()
                        if words and (
                            self.cues.profile is not None or words[0].lower() in _DETERMINERS
                        ):
                            words = words[1:]
                        role = " ".join(words) or None
                        return attrs.evolve(speaker, role=speaker.role or role)
                if (
                    i + 1 < len(tokens)
                    and tokens[i + 1][0] in _PP_WORDS | {"for", "of"}
                    and tokens[0][0].lower() not in _DETERMINERS - _INDEFINITE
                ):
                    # ``said a reporter for the Al Jazeera news agency who ...``: an unnamed
                    # source's description runs to the last noun or name of its phrase (``the
                    # Minister for London`` is a minister, whom the role finds).
                    headed = False
                    for j in range(i + 1, len(tokens)):
                        word_after, end_after = tokens[j][0], tokens[j][2]
                        lower = word_after.lower()
                        if lower in _PHRASE_STOP or (
                            # ``... for the company in a statement``: a second phrase goes on
                            # only with a name (``an official in Kyiv``) or ``of``.
                            headed
                            and lower in _PP_WORDS
                            and (j + 1 == len(tokens) or not tokens[j + 1][0][:1].isupper())
                        ):
                            break
                        if word_after[:1].isupper() or (
                            lower in _BODY_NOUNS | _SOURCE_NOUNS and lower != "statement"
                        ):
                            e_word, headed = end_after, True
                return self._role(s, e_word, cue)
        if self.cues.profile is None and first.lower() in _INDEFINITE:
            described = self._indefinite_description(tokens)
            if described is not None:
                return attrs.evolve(described, cue=cue)
        for mention in self.within(start, end):
            return self._named(mention, cue)
        if self.cues.profile is None:
            lone = _LONE_NAME_AFTER.match(self.masked[start:end])
            if lone is not None:
                word = lone.group("name")
                if not (
                    word in gz.CALENDAR
                    or word in gz.HONORIFICS
                    or word in gz.DEMONYMS
                    or word in _LONE_NOT_NAMES
                    or word in gz.place_names()
                    or self._role_noun(word)
                ):
                    # ``asked Martin.``: one name the entity annotator left untyped.
                    at = start + lone.start(1)
                    return Speaker(word, word, at, at + len(word), cue)
        return None

    def _indefinite_description(self, tokens: list[tuple[str, int, int]]) -> Speaker | None:
        """``said a Delhi auto parts supplier``: an indefinite noun phrase whose head is a
        lower-case noun after a name is an unnamed source described as written; the name in
        it (a place, a body) modifies the noun and does not speak."""
        if not 3 <= len(tokens) <= _DESCRIPTION_WORDS:
            return None
        words = [word for word, _, _ in tokens]
        last = words[-1]
        if not (last.isalpha() and last.islower()) or last in _NP_STOP or last in _PP_WORDS:
            return None
        if not all(_NAME_CHARACTER.match(word) for word in words):
            return None  # punctuation: an apposition or a clause, not one noun phrase
        if any(word.lower() in _NP_STOP or word in _CLAUSE_CONJUNCTIONS for word in words[1:]):
            return None
        names = self.within(tokens[1][1], tokens[-1][2])
        if not names or names[-1].end > tokens[-1][1] or any(m.type == "person" for m in names):
            return None  # a lower-case head after the names; a person's name is the speaker
        phrase = self.text[tokens[0][1] : tokens[-1][2]]
        return Speaker(_anonymous_name(phrase), phrase, tokens[0][1], tokens[-1][2], None,
                       anonymous=True)  # fmt: skip

    def _document(self, tokens: list[tuple[str, int, int]], end: int) -> Speaker | None:
        """``the notice of intent``, ``the indictment``: a document quoted as a speaker, when
        ``tokens`` open with an article and a document noun and name no entity; the phrase up
        to ``end`` is its name."""
        if self.cues.profile is not None or len(tokens) < 2:
            return None
        if tokens[0][0].lower() not in ("the", "a", "an"):
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
        # A place may be named (``the indictment unsealed in Manhattan``); a body or a person
        # may not.
        if any(m.type != "place" for m in self.within(start, end)):
            return None
        if len(tokens) == head + 1 and tokens[0][0].lower() == "the":
            # ``“We are committed ...,” the statement said`` after ``In a statement, Thames
            # Water said``: the document of the speaker just quoted is theirs.
            issuer = self._issuer(start)
            if issuer is not None:
                return Speaker(issuer, self.text[start:end], start, end, None)
        name = " ".join(self.text[start:end].split())
        return Speaker(name, self.text[start:end], start, end, None)

    def _issuer(self, at: int) -> str | None:
        """The named speaker quoted last before ``at``, in its paragraph or, when nothing is
        said in the paragraph before ``at`` (``the UNFCCC secretariat states that ...`` is),
        in the one before."""
        index = bisect.bisect_right(self._paragraph_starts, at) - 1
        low = self.paragraphs[index][0] if index >= 0 else 0
        # Up to the word before the document: not its own cue (``," said the news report``).
        before = self.masked[low:at].rstrip()
        own = _LAST_WORD.search(before)
        until = low + (own.start() if own is not None else len(before))
        if index > 0 and self.cue.search(self.masked, low, until) is None:
            low = self.paragraphs[index - 1][0]
        for position, name, _ in reversed(self.spoken):
            if position < low:
                return None
            if position < at:
                return None if name in self._anonymous_names else name
        return None

    def _issuer_before(self, tokens: _Backwards, skipped: int, cue: str) -> Speaker | None:
        """``the statement said``, ``the utility said``: the whole subject of a cue, a body's
        noun after ``the``, stands for the body the sentence before the quotation names as its
        own subject (``Norvale Energy said it expected ... "...," the utility said``), in the
        paragraph or, when the quotation opens it, at the end of the one before. English
        only."""
        noun, article = tokens[skipped], tokens[skipped + 1]
        if noun is None or article is None or article[0].lower() not in _DEFINITE:
            return None
        if (other := tokens[skipped + 2]) is not None and other[0] not in ",.":
            return None  # ``the statement said`` as a clause's whole subject only
        at = article[1]
        index = bisect.bisect_right(self._paragraph_starts, at) - 1
        low = self.paragraphs[index][0] if index >= 0 else 0
        # Back over the cue's own quotation (its spaces kept), not past its line.
        head = self.masked[low:at].rstrip(" ,\u00a0—–-\n").rstrip("§ \u00a0").rstrip()
        if not head and index > 0:
            low = self.paragraphs[index - 1][0]
            head = self.masked[low : self.paragraphs[index - 1][1]].rstrip()
        # The sentence ends with its own dot or one inside a closing quotation (``a program it
        # calls "Safe Nights."``).
        if not self.text[low : low + len(head)].rstrip("\"”’'").endswith("."):
            return None
        breaks = list(_SENTENCE_BREAK.finditer(head, 0, len(head) - 1))
        begin = breaks[-1].end() if breaks else len(head) - len(head.lstrip())
        subject = _ISSUER_SUBJECT.match(head, begin)
        if subject is None or _QUOTE_MASK in head[begin : subject.end()]:
            return None
        if self.cue.fullmatch(subject.group("verb")) is None:
            return None
        name = subject.group("name")
        first = name.split()[0]
        if first in _LONE_NOT_NAMES or first.lower() in _DETERMINERS:
            return None
        name_start = low + subject.start("name")
        name_end = name_start + len(name)
        inside = self.within(name_start, name_end)
        if any(m.type == "person" for m in inside):
            return None
        if len(name.split()) < 2 and not any(m.type == "organisation" for m in inside):
            return None  # one word: a body only when typed so
        if self._first_name_gender(name) is not None:
            return None  # an untyped person's name
        return Speaker(name, self.text[name_start:name_end], name_start, name_end, cue)

    def _stating_body(self, start: int, end: int, cue_at: int, cue: str) -> Speaker | None:
        """``Mercy Ridge Health System said in a statement``: a name of several capitalised
        words the entity annotator did not type, the whole subject of a cue made in a
        statement, is the body that issued it (a person's name opens with a first name).
        English only."""
        if _IN_STATEMENT.match(self.masked, cue_at) is None:
            return None
        lead = self.masked[start:end]
        at = start + len(lead) - len(lead.lstrip(" ,\u00a0—–-\n"))
        subject = _UNTYPED_ISSUER.fullmatch(self.masked, at, end)
        if subject is None:
            return None
        name = subject.group("name")
        if name.split()[0] in _LONE_NOT_NAMES or self._first_name_gender(name) is not None:
            return None
        if any(m.type == "person" for m in self.within(at, end)):
            return None
        begin = subject.start("name")
        return Speaker(name, self.text[begin:end], begin, end, cue)

    def _role_noun(self, word: str, *, people_only: bool = False) -> bool:
        """A noun naming a person (or an organisation) by role: ``spokeswoman``, ``речник``."""
        lower = word.lower()
        if lower in _ROLE_NOUNS or (not people_only and lower in gz.ORGANISATION_ROLE_NOUNS):
            return True
        if self.cues.profile is None and lower.endswith("s") and lower[:-1] in _ROLE_NOUNS:
            return True  # ``Activists called the talks "..."``
        profile = self.cues.profile
        return profile is not None and lower.isalpha() and profile.is_role(lower)

    def _named(self, mention: Mention, cue: str | None) -> Speaker:
        role = self.role_of(mention.name, mention.start) if mention.type == "person" else None
        name = mention.name
        words = name.split()
        if mention.type == "person" and len(words) >= 3 and words[0].lower() in _ROLE_NOUNS:
            # ``Analyst Ming-Chi Kuo``: a role word the entity annotator kept in the name.
            name, role = " ".join(words[1:]), role or words[0]
        return Speaker(
            name,
            self.text[mention.start : mention.end],
            mention.start,
            mention.end,
            cue,
            role=role,
        )

    def role_of(self, name: str, position: int) -> str | None:
        """``name``'s role as the article states it: at or before ``position`` (the latest),
        else the first given later."""
        # Read from ``position`` outwards, each mention's role once: the nearest mention
        # usually states it (reading every mention's role first was most of this time).
        mentions = self._person_mentions.get(name, ())
        split = bisect.bisect_right(mentions, position, key=_START)
        index = self._role_index(name, mentions, split - 1, -1)
        if index < 0:
            index = self._role_index(name, mentions, split, 1)
        return self._mention_role(mentions[index]) if 0 <= index < len(mentions) else None

    def _role_index(self, name: str, mentions: Sequence[Mention], start: int, step: int) -> int:
        """The index of ``name``'s first mention from ``start`` on in direction ``step`` (-1:
        back, 1: on) that states a role; -1 or ``len(mentions)`` when none does."""
        # Every mention read on the way is remembered with the answer: a person named
        # thousands of times without a role is read once, not once per attribution (linear).
        found = self._role_found.setdefault((name, step), {})
        passed = []
        index = start
        while 0 <= index < len(mentions):
            if index in found:
                index = found[index]
                break
            if self._mention_role(mentions[index]):
                break
            passed.append(index)
            index += step
        for each in passed:
            found[each] = index
        return index

    def _mention_role(self, mention: Mention) -> str | None:
        """The role stated at one mention of a person: a title before it (with the one the
        entity annotator kept), else in apposition after it (remembered)."""
        if mention in self._role_cache:
            return self._role_cache[mention]
        given = mention.role if mention.role not in _COURTESY else None
        before = self._role_before(mention.start, given)
        role: str | None
        if before is not None and before == given:
            # ``Major Tom Hadley, a spokesman for the army,``: a bare rank or title kept with
            # the name says less than the role written in apposition after it.
            role = self._appositive_role(mention.end) or before
        else:
            role = before or self._appositive_role(mention.end)
        if not role:
            # The role before without the kept title: when none was kept, the one just read
            # (reading it again read the same).
            role = self._role_before(mention.start) if given is not None else before
        self._role_cache[mention] = role
        return role

    def _appositive_role(self, end: int) -> str | None:
        """``John Williams, the president of the Federal Reserve Bank of New York, said``: the
        role written in apposition right after a name ending at ``end``."""
        age = _AGE.match(self.masked, end)  # ``Giorgos Papadakis, 67, a retired teacher,``
        match = _APPOSITIVE.match(self.masked, age.end() if age else end)
        if match is None:
            return None
        words = match.group(1).split()
        lead = words[0].lower()
        if (
            lead in ("via", "who")
            or lead in _AFFILIATION_WORDS  # ``Paul Newman, of analysts RSM,``: no role
            or self.cue.search(match.group(1))
            or len(words) > 16
        ):
            return None
        determined = lead in ("the", "a", "an")
        if determined:
            words = words[1:]
        if not words:
            return None
        # ``Laura Delgado, a former scheduler for the company,``: a noun phrase in apposition
        # with an article is a description of the person even with no role noun we know.
        # ``Diego Grez, a Chilean student who was in Pichilemu``: the relative clause is not.
        relative = next((i for i, w in enumerate(words) if w in ("who", "whose", "which")), None)
        words = words[:relative]
        if not words:
            return None
        described = determined and words[0][:1].islower() and len(words) <= 10
        if not (described or _is_role(words)):
            return None  # ``Smith, Jones and Brown``: a list, not a role
        return " ".join(words)

    def _role_before(self, start: int, given: str | None = None) -> str | None:
        """``The state's attorney general, Mark Hensley,``, ``chief financial officer Priya
        Raman`` or ``Kremlin spokesman Dmitry Peskov``: the role written just before a name
        starting at ``start``. ``given`` is the title the entity annotator kept with the name
        (``Secretary``); the words before it that belong to it are added (``Former Treasury
        Secretary``)."""
        head = self.masked[max(0, start - 100) : start]
        head = head[head.rfind("\n") + 1 :]  # a role never runs over a paragraph break
        if given is not None:
            before_title = _before_title(head, given)
            if before_title is None:
                return given
            head = before_title
        if self.cues.profile is not None:
            return self._role_before_in(head, given, self.cues.profile)
        if given is None:
            of_body = self._role_of_body(head)
            if of_body is not None:
                return of_body
        if given is None:
            # ``Solicitor General D. John``: initials are no part of a role.
            initials = _INITIALS_REVERSED.match(head[::-1])
            if initials is not None:
                head = head[: len(head) - initials.end()]
        comma = given is None and head.rstrip().endswith(",")
        if comma:
            head = head.rstrip()[:-1]
        elif not head.endswith((" ", "\u00a0")):
            return given
        role: list[str] = given.split() if given else []
        after_cue = False
        # The words, last first (a head is at most 100 characters): a run of word characters
        # reads the same both ways, so this is ``list(_words_backwards(head))``.
        back = _WORD.findall(head)
        back.reverse()
        joined = -1  # the office before ``and`` read with it
        for at, word in enumerate(back):
            if at == joined:
                continue
            lower = word.lower()
            if self.cue.fullmatch(word):
                after_cue = True  # ``said machinist Darnell Cobb``
                break
            if word in _COURTESY:
                if role:
                    break
                continue  # ``Dr Adrian Boyle``: manners, not a role
            if not word[:1].isalpha() or lower in _DETERMINERS or lower in _NP_STOP:
                # ``said the guitarist Martin Simpson``: a cue before the article.
                after_cue = lower == "the" and self._cue_ends(head, word)
                break
            before = back[at + 1].lower() if at + 1 < len(back) else None
            if (
                role
                and _possessive(word)
                and _POSSESSIVE_AFTER.sub("", lower) in _BODY_POSSESSORS
                and (before is None or before in _DETERMINERS)
            ):
                # ``the firm's chief executive Ann Lee``: the body the story is about, kept
                # in the role as written.
                role.insert(0, word)
                break
            if (
                lower in _LIST_CONJUNCTIONS
                and role
                and before is not None
                and before in _ROLE_NOUNS
                and _office(role[0])
            ):
                # ``company president and CEO``: two offices of one person, not a list.
                role[:0] = [back[at + 1], word]
                joined = at + 1
                continue
            if (
                _possessive(word)
                or lower in ("and", "or", "said", "says")
                or word in gz.CALENDAR
                # A demonym is kept: the role as the article states it (``British Prime
                # Minister``, ``Welsh Ambulance Service chief executive``).
                # a sentence's end, not initials (``U.S. Secretary of State``)
                or (
                    word.endswith(".")
                    and word not in _ABBREVIATIONS
                    and not _INITIALS.fullmatch(word)
                )
                # ``Smith, Jones and Brown``: no role; ``The bank's CEO, Ken Lee`` is one
                or (
                    comma
                    and word[:1].isupper()
                    and not role
                    and not (word.isupper() and _office(word))
                )
                or (given is not None and word[:1].islower() and lower not in _ROLE_MODIFIERS)
                or (
                    # a past verb before its object (``kept midfielder``, ``an injury
                    # prevented midfielder``), not a participle modifying the role
                    # (``armed forces spokesman``, ``retired general``, ``newly appointed``)
                    role
                    and word.islower()
                    and (word in _PAST_VERBS or self._subject_verb(back, at))
                    and lower not in _ROLE_MODIFIERS
                    and role[0] in _ROLE_NOUNS
                )
                or (
                    given is None
                    and word[:1].isupper()
                    and not role
                    and word not in gz.ROLE_WORDS  # ``Solicitor General``, left untyped
                    # ``Labour MP``; ``Sheriff Robert Luna``, ``Analyst Ming-Chi Kuo``
                    and not ((word.isupper() or word.istitle()) and lower in _ROLE_NOUNS)
                )
            ):
                break
            role.insert(0, word)
            if len(role) > 5:
                return given
        if given is not None:
            return " ".join(role)
        if not role:
            return None
        # A title in lower case is a role too (``Board chair``).
        known = (
            role[-1].lower() in _ROLE_NOUNS
            or (role[-1].capitalize() in gz.ROLE_WORDS and role[-1].lower() not in _ROLE_MODIFIERS)
            or (role[-1].isupper() and role[-1] in gz.ROLE_WORDS)  # ``CEO``
        )
        if not known and not (after_cue and len(role) <= 3 and role[-1].islower()):
            return None
        return " ".join(role)

    def _role_of_body(self, head: str) -> str | None:
        """``The vice president of Dacia, ``, ``Chief investment officer at Fort Pitt Capital
        Group ``: a role noun and the body it serves ending ``head`` (the text before a name),
        the role as written less its article."""
        match = _ROLE_OF_BODY.search(head)
        if match is None:
            return None
        words = match.group("office").split()
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            if (
                self.cue.fullmatch(word)
                or word.lower() in _DETERMINERS
                or word.lower() in _NP_STOP
                or not word.replace("-", "").isalpha()
            ):
                # ``said chief economist at``, ``the vice president of``: from the word after.
                words = words[at + 1 :]
                break
        if not words or not self._role_noun(words[-1], people_only=True):
            return None
        if any(not (w.islower() or _office(w)) for w in words):
            return None
        return " ".join(words + match.group("body").split())

    def _cue_ends(self, head: str, word: str) -> bool:
        """Whether the text before the last ``word`` of ``head`` ends with a cue."""
        before = head[: head.rfind(word)].rstrip()
        last = before[before.rfind(" ") + 1 :]
        return bool(last) and self.cue.fullmatch(last) is not None

    def _nominative(self, name: str) -> str:
        """A full name in the genitive given back in the nominative (``Юрія Ігната`` ->
        ``Юрій Ігнат``): the first name's ending is chosen where the first-name list knows the
        result, the other words follow its gender; unchanged when no ending fits."""
        words = name.split()
        profile = self.cues.profile
        if len(words) < 2 or profile is None:
            return name
        for gender, pairs in self.cues.nominative.items():
            first = _undeclined(words[0], pairs)
            if first is not None and gz.first_name_gender_in(first, profile) == gender:
                rest = [_undeclined(w, pairs) or w for w in words[1:]]
                return " ".join([first, *rest])
        return name

    def _role_before_in(self, head: str, given: str | None, profile: gz.Profile) -> str | None:
        """:meth:`_role_before` in a language with its own titles, where a capital tells
        nothing (German nouns): lower-case words back to the furthest title word before the
        name or the title the entity annotator kept (``le ministre des Armées``, ``министр
        иностранных дел``, ``президент``). ``head`` is the text before the name, or before
        ``given`` when the annotator kept one (:func:`_before_title`)."""
        if given is None and not head.endswith((" ", "\u00a0")):
            return None
        role: list[str] = given.split() if given else []
        kept = len(role)  # the words up to the last title word found
        for word in _words_backwards(head):
            lower = word.lower()
            if not word[:1].islower() or len(role) > 6:
                break
            if self.cue.fullmatch(word):
                break  # ``заявив президент``
            role.insert(0, word)
            if profile.is_role(lower):
                kept = len(role)
        role = role[len(role) - kept :]
        return " ".join(role) if role else None

    def _described(self, start: int, mention: Mention, cue: str) -> Speaker | None:
        """``Analysts at Morgan Stanley``, ``a Western diplomat in Kyiv``: a role noun and a
        preposition before a body or a place describe an unnamed source; the body does not
        speak."""
        head = self.masked[max(start, mention.start - 80) : mention.start]
        match = _DESCRIBED.search(head)
        if match is None or not self._role_noun(match.group("noun"), people_only=True):
            match = self._described_further(head)
        if match is None:
            return None
        if mention.type == "person" and match.group("prep") not in ("at", "from", "in", "for"):
            return None  # ``an aide with John Smith``; ``analysts at Morgan Stanley`` is a bank
        np_start = mention.start - len(head) + match.start()
        person = self._appositive_person(start, np_start) if self.cues.profile is None else None
        if person is not None and self._apposed_to(person, np_start):
            # ``Frank Ciacco, a former expert for the NTSB said``: an apposition the writer
            # did not close describes the name before it, who speaks.
            named = self._named(person, cue)
            words = self.text[np_start : mention.end].split()
            if words[0].lower() in _DETERMINERS:
                words = words[1:]
            return attrs.evolve(named, role=named.role or " ".join(words) or None)
        apposed = self._uncommaed_apposition(np_start, mention.end, cue)
        if apposed is not None:
            return apposed
        return self._role(np_start, mention.end, cue)

    def _uncommaed_apposition(self, start: int, end: int, cue: str) -> Speaker | None:
        """``Ann Lee an economist at Acme`` from ``start`` to ``end``: an apposition the writer
        left without its commas describes the person named before the article, who speaks."""
        if self.cues.profile is not None:
            return None
        article = _ARTICLE_AFTER.search(self.masked, start, end)
        if article is None:
            return None
        person = self._mention_ending(article.start())
        if person is None or person.type != "person" or person.end <= start:
            return None
        named = self._named(person, cue)
        role = " ".join(self.text[article.end() : end].split())
        return attrs.evolve(named, role=named.role or role or None)

    def _described_before(self, start: int, end: int, cue: str) -> Speaker | None:
        """``A reporter for the Al Jazeera news agency said``: a role noun and a preposition
        before a body's description (not its name) ending at ``end``; the unnamed source
        speaks."""
        if self.cues.profile is not None:
            return None
        head = self.masked[max(start, end - 100) : end]
        described = self._described_further(head + " ")
        if described is None:
            return None
        np_start = end - len(head) + described.start()
        return self._uncommaed_apposition(np_start, end, cue) or self._role(np_start, end, cue)

    def _described_further(self, head: str) -> re.Match[str] | None:
        """``One trader at a Japanese bank in [Tokyo]``: a role noun and a preposition, then
        a few more words, before a body or a place."""
        for determiner in _DETERMINER_AT.finditer(head):
            match = _DESCRIBED_FURTHER.match(head, determiner.start())
            if match is not None and self._role_noun(match.group("noun"), people_only=True):
                return match
        return None

    def _apposed_speaker(self, start: int, end: int, cue: str) -> Speaker | None:
        """``Name, <apposition>, said``: the name speaks, not a body named in the apposition
        (``the president of the Federal Reserve Bank``, ``via USA Today``)."""
        before = self.masked[start:end].rstrip()
        if not before.endswith(","):
            return None
        inner_end = len(before) - 1 + start
        comma = self.masked.rfind(",", start, inner_end)
        if comma < 0:
            return None
        if self.cues.profile is None and self._place_in_place(comma, inner_end):
            # ``Ann Lee, of the space institute in Austin, Texas, said``: a city and its state
            # are one place; the apposition opens at the comma before them (looked for once).
            comma = self.masked.rfind(",", start, comma)
            if comma < 0:
                return None
        if "§" in self.masked[comma:inner_end] and not _LOWER_OPENING.match(self.masked, comma + 1):
            # A quotation may stand inside an apposition that opens with a lower-case word
            # (``An anonymous survivor, writing on the "Yorkshire lass" website, says``).
            return None
        name_end = len(self.masked[start:comma].rstrip()) + start
        person = self._mention_ending(name_end)
        if person is None and self.cues.profile is None:
            titled = self._name_after_title(start, comma, inner_end, cue)
            if titled is not None:
                return titled
            unlabelled = self._unlabelled(start, name_end, cue, backward=True)
            if unlabelled is not None:
                return unlabelled
            head = _LAST_WORD.search(self.masked, start, name_end)
            if (
                head is not None
                and self._role_noun(head.group(0))
                and _QUOTE_MASK in self.masked[comma:inner_end]
            ):
                # ``An anonymous survivor, writing on the "Yorkshire lass" website, says``: the
                # described person before the apposition speaks.
                return self.phrase_before(start, name_end, cue)
            return None
        if person is not None and person.type != "person" and self.cues.profile is None:
            # ``Senator Chuck Schumer of New York, the minority leader, said``
            person = self._person_of(person) or person
        if person is not None and person.type != "person" and self.cues.profile is None:
            # ``Councillor for Hebden Bridge, Ann Pike, said``: the name in the apposition.
            named = self._name_after_description(start, person, comma, inner_end, cue)
            if named is not None:
                return named
            # ``A Western diplomat in Kyiv, speaking on condition of anonymity, called``
            return self._described(start, person, cue)
        if person is None or person.type != "person":
            return None
        speaker = self._named(person, cue)
        role = self._appositive_role(person.end)
        return attrs.evolve(speaker, role=role) if role else speaker

    def _name_after_description(
        self, start: int, body: Mention, comma: int, end: int, cue: str
    ) -> Speaker | None:
        """``Labour councillor for Hebden Bridge, Ann Pike, said``: a description ending in a
        body or a place ``body``, then (from ``comma`` to ``end``) only a person's name in
        apposition: that person speaks, the description is the role."""
        person = self._sole_apposed(comma, end)
        if person is None:
            return None
        described = self._described(start, body, cue)
        if described is None or not described.anonymous:
            return None
        named = self._named(person, cue)
        return attrs.evolve(named, role=named.role or described.name)

    def _name_after_title(self, start: int, comma: int, end: int, cue: str) -> Speaker | None:
        """``Labour MP for Leeds East, Sarah Quinn, said``: a short title holding a role noun
        (its place or body no entity), then only a person's name in apposition: that person
        speaks, the title is the role."""
        person = self._sole_apposed(comma, end)
        if person is None:
            return None
        words = self.text[start:comma].split()
        if len(words) > _DESCRIPTION_WORDS or not any(
            self._role_noun(w, people_only=True) or w in gz.ROLE_WORDS for w in words
        ):
            return None
        if words[0].lower() in _DETERMINERS:
            words = words[1:]
        named = self._named(person, cue)
        return attrs.evolve(named, role=named.role or " ".join(words) or None)

    def _sole_apposed(self, comma: int, end: int, kind: str = "person") -> Mention | None:
        """The one mention of type ``kind`` alone between ``comma`` and ``end`` (spaces around
        it), if that is all there is."""
        inside = self.within(comma, end)
        if len(inside) != 1 or inside[0].type != kind:
            return None
        if _SPACES.fullmatch(self.masked, comma + 1, inside[0].start) is None:
            return None
        if _SPACES.fullmatch(self.masked, inside[0].end, end) is None:
            return None
        return inside[0]

    def _place_in_place(self, comma: int, end: int) -> bool:
        """Whether ``masked[comma:end]`` is a comma and the one place named after it, and a
        place ends right at the comma (``Austin, Texas``)."""
        if self._sole_apposed(comma, end, "place") is None:
            return False
        previous = self._mention_ending(comma)  # (the place closes right at the comma)
        return previous is not None and previous.type == "place"

    def _pronoun(self, word: str, start: int, end: int, cue: str) -> Speaker | None:
        lower = word.lower()
        if lower in ("it", "they") and self.cues.profile is None:
            # ``it said in a statement``: the organisation named last; ``they`` only when
            # it is a statement (``they said in a statement``).
            statement = "statement" in self.masked[end : end + 60].lower()
            if lower == "they" and not statement:
                # ``Prosecutors say ... . In a filing, they described ...``: the several
                # unnamed speakers who spoke last, in the pronoun's paragraph or the one before.
                several = self._recent_several(start)
                return Speaker(several, word, start, end, cue, anonymous=True) if several else None
            referent = self._nearest_organisation(start)
            if referent is None:
                return None
            return Speaker(referent.name, word, start, end, cue)
        gender = self.cues.pronouns.get(lower)
        if gender is None:
            return None  # ``they``, ``I``, ``we``: no single person to point at
        untyped = self._untyped_subject(start, gender) if self.cues.profile is None else None
        if untyped is not None:
            return Speaker(untyped, word, start, end, cue)
        referent = (
            (self._own_subject(start, gender) if self.cues.profile is None else None)
            or (self._previous_subject(start, gender) if self.cues.profile is None else None)
            or (self._chained_speaker(start, gender) if self.cues.profile is None else None)
            or self._paragraph_referent(start, gender)
            or self._known_gender_nearest(start, gender)
            or self._untyped_speaker(start, gender)
            or self._lone_name(start, gender)
            or self._misgendered_subject(start, gender)
        )
        if (
            referent is not None
            and cue.lower() in _REPLY_CUES
            and self.spoken
            and self.spoken[-1][1] == referent.name
            and self.spoken[-1][0] < start
            and self._after_question(start)
        ):
            # ``"...?" a reporter asked her. "...," she replied.``: who answers is not who
            # asked.
            referent = self._nearest(start, ("person",), gender=gender, exclude=referent.name)
        elif (
            referent is not None
            and referent.type == "anonymous"
            and self.spoken
            and self.spoken[-1][1] == referent.name
            and self._answers_question(start)
        ):
            # ``"...?" the reporter asked. "...," he said``: an unnamed questioner does not
            # answer their own question.
            referent = self._nearest(start, ("person",), gender=gender, exclude=referent.name)
        if referent is None:
            return None
        role = self.role_of(referent.name, start) if referent.type == "person" else None
        return Speaker(
            referent.name, word, start, end, cue, anonymous=referent.type == "anonymous", role=role
        )

    def _recent_several(self, start: int) -> str | None:
        """The last speaker before ``start`` when it is several unnamed people (``Prosecutors``)
        who spoke in the paragraph of ``start`` or the one before, no one speaking since."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0:
            return None
        # The sentence before the pronoun's, in its paragraph: ``Prosecutors say ...``.
        para = self.paragraphs[index][0]
        own = max(self.masked.rfind(". ", para, start) + 2, para)
        before = max(self.masked.rfind(". ", para, max(own - 2, para)) + 2, para)
        if own > para:
            subject = _PLURAL_SUBJECT.match(self.masked, before, own)
            noun = subject.group("noun").lower() if subject is not None else ""
            if (
                subject is not None
                and (noun == "people" or (noun in _SOURCE_NOUNS or noun[:-1] in _SOURCE_NOUNS))
                and not noun.endswith("ss")  # ``boss``, ``witness``: one
                and self.cue.fullmatch(subject.group("cue"))
            ):
                return " ".join(self.text[subject.start("np") : subject.end("np")].split())
        low = self.paragraphs[max(index - 1, 0)][0]
        for position, name, _ in reversed(self.spoken):
            if position >= start:
                continue
            if position < low or name in self._people or name in self._bodies:
                return None
            return name if _plural(name) and name.split()[-1].lower() in _SOURCE_NOUNS else None
        return None

    def _misgendered_subject(self, start: int, gender: str) -> _Referent | None:
        """No person a pronoun of ``gender`` may stand for within reach: the gender read from
        a first name is wrong (``Harris Delgado has conceded ... she said``), and the person
        who is the subject of the sentence before, in the pronoun's paragraph, is meant.
        English only."""
        if self.cues.profile is not None:
            return None
        if self._nearest(start, ("person", "anonymous"), gender=gender) is not None:
            return None
        other = {"male": "female", "female": "male"}.get(gender)
        return self._previous_subject(start, other) if other else None

    def _referents_back(self, last: int) -> Iterator[_Referent]:
        """The referents at index ``last`` and before it, nearest first, at most
        :data:`_LOOKBACK` of them."""
        # By index: a slice of the prefix per pronoun copied it (pronouns x referents).
        referents = self.referents
        return (referents[i] for i in range(last, max(last - _LOOKBACK, -1), -1))

    def _known_gender_nearest(self, start: int, gender: str) -> _Referent | None:
        """The nearest person before ``start`` a pronoun of ``gender`` may stand for; one whose
        gender is unknown yields to a speaker or the subject of that gender named earlier in its
        sentence (``host Karen Hunter tweeted that West was ... "...," she added``: Hunter), not
        to anyone merely mentioned before it."""
        nearest = self._nearest(start, ("person", "anonymous"), gender=gender, singular=True)
        if nearest is None or nearest.type != "person":
            return nearest
        if (nearest.gender or self._first_name_gender(nearest.name)) in (gender, "unknown"):
            return nearest
        # The sentence's start, looked for a bounded way back (linear articles).
        window = max(0, nearest.position - _CLAUSE_LOOKBACK)
        bounds = [m.end() for m in _SENTENCE_BOUND.finditer(self.text, window, nearest.position)]
        low = bounds[-1] if bounds else window
        last = bisect.bisect_left(self._positions, nearest.position) - 1
        for referent in self._referents_back(last):
            if referent.position < low:
                break
            if (
                referent.type == "person"
                and referent.gender == gender
                and self.masked[referent.position] != _QUOTE_MASK
                and (referent.name in self._speaker_names or self._subject(referent))
            ):
                return referent
        return nearest

    def _own_subject(self, start: int, gender: str) -> _Referent | None:
        """The person who is the subject of the pronoun's own sentence, named before it
        (``Sanders said ... "...," although she said:`` is Sanders, not the host who asked in
        the sentence before)."""
        low = max(0, start - _CLAUSE_LOOKBACK)
        bounds = [
            m.end() for m in _SENTENCE_BOUND.finditer(self.text, low, start + 1) if m.end() <= start
        ]
        if not bounds and low > 0:
            return None
        begin = bounds[-1] if bounds else 0
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index >= 0:
            begin = max(begin, self.paragraphs[index][0])
        if not self.masked[begin:start].strip() or self.masked.startswith(_QUOTE_MASK, begin):
            return None  # the pronoun opens its sentence, or a quotation does
        found = self._subject_at(begin, start, start)
        if found is None or found.type != "person":
            return None
        known = found.gender or self._first_name_gender(found.name)
        return found if known in (gender, None, "unknown") else None

    def _previous_subject(self, start: int, gender: str) -> _Referent | None:
        """The person who is the subject of the sentence before the pronoun's in its paragraph
        (``Speaking at a rally, the president did not ... "...," he said``: the president, not
        Kavanaugh named after him), past an opening phrase; ``None`` when that sentence opens
        with a quotation or its subject is no person of the pronoun's gender."""
        for window in (_CLAUSE_LOOKBACK, _SENTENCE_LOOKBACK):  # a short look first: most are
            low = max(0, start - window)
            # (Searched a character past the pronoun: the bound's look-ahead reads it.)
            bounds = [
                m.end() for m in _SENTENCE_BOUND.finditer(self.text, low, start + 1)
                if m.end() <= start
            ][-2:]  # fmt: skip
            if len(bounds) == 2 or low == 0:
                break
        if not bounds or (len(bounds) == 1 and low > 0):
            return None
        begin = bounds[-2] if len(bounds) >= 2 else 0
        end = bounds[-1]
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index >= 0 and begin < self.paragraphs[index][0]:
            # Across a paragraph break the paragraph's own subject counts (below): ``she said``
            # after a paragraph about Taylor Swift that ends naming Kim Kardashian is Swift's.
            return None
        if self.masked.startswith(_QUOTE_MASK, begin):
            return self._subject_before_quotation(begin, end, start, gender)
        pronoun = _OPENING_PRONOUN.match(self.masked, begin, end)
        if pronoun is not None and self.cues.pronouns.get(pronoun.group(1).lower()) == gender:
            # ``She defended ..., "...". She claimed, "..."``: the person the sentence's own
            # pronoun was read as, when it spoke.
            said = self._spoken_at(pronoun.start(1))
            if said is not None:
                return said
        return self._person_subject(begin, end, start, gender)

    def _person_subject(self, begin: int, end: int, start: int, gender: str) -> _Referent | None:
        """The person who is the subject of ``begin:end`` (after an opening clause, if any),
        when ``gender`` does not rule them out."""
        found = self._subject_at(begin, end, start)
        opening = _OPENING_CLAUSE.match(self.masked, begin, end)
        if found is None and opening is not None:
            found = self._subject_at(opening.end(), end, start)
        if found is None or found.type != "person":
            return None
        known = found.gender or self._first_name_gender(found.name)
        return found if known in (gender, None, "unknown") else None

    def _subject_before_quotation(
        self, begin: int, end: int, start: int, gender: str
    ) -> _Referent | None:
        """The person who is the subject of the sentence right before a quotation of several
        sentences that the pronoun's sentence closes (``The president referred to his pick
        Brett Kavanaugh ... "... . ... ," he said``: the president): ``begin:end`` is the
        sentence before the pronoun's, inside the quotation. Read at most
        :data:`_SENTENCE_LOOKBACK` characters back (linear articles)."""
        if not self.masked.startswith(_QUOTE_MASK, end):
            return None  # the pronoun's sentence does not close the quotation
        if _MASK_RUN.fullmatch(self.masked, end, start) is None:
            return None
        low = max(0, begin - _SENTENCE_LOOKBACK)
        run = _MASK_RUN.match(self.masked[low:begin][::-1])
        opening = begin - (run.end() if run is not None else 0)
        spaces = _SPACES.match(self.masked, opening, begin)
        opening = spaces.end() if spaces is not None else opening
        if opening <= low or not self.masked.startswith(_QUOTE_MASK, opening):
            return None
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        para_start = self.paragraphs[index][0] if index >= 0 else 0
        window = max(para_start, opening - _CLAUSE_LOOKBACK)
        # (Searched a character past the opening: the bound's look-ahead reads it.)
        bounds = [
            m.end() for m in _SENTENCE_BOUND.finditer(self.text, window, opening + 1)
            if m.end() < opening
        ]  # fmt: skip
        if not bounds and window > para_start:
            return None  # no sentence start found within the bound
        sentence = bounds[-1] if bounds else window
        if self.masked.startswith(_QUOTE_MASK, sentence):
            return None
        return self._person_subject(sentence, opening, start, gender)

    def _spoken_at(self, at: int) -> _Referent | None:
        """The named speaker found at ``at`` (a pronoun read as a person), if any."""
        for position, name, gender in reversed(self.spoken):
            if position < at:
                return None
            if position == at and name not in self._anonymous_names:
                return _Referent(position, name, "person", gender, frozenset())
        return None

    def _subject_at(self, at: int, end: int, before: int) -> _Referent | None:
        """The person opening ``masked[at:end]`` as its subject: a person mention (after a
        title), a definite role noun phrase naming one (``the president``), or a name the
        entity annotator left untyped."""
        if self.masked.startswith(_QUOTE_MASK, at):
            return None
        mention = next(iter(self.within(at, min(end, at + 60))), None)
        if mention is not None and not all(
            w[:1].isupper() or self._role_noun(w)
            for w in _WORD.findall(self.masked[at : mention.start])
        ):
            mention = None  # named later in the sentence, not its subject
        if mention is not None:
            if mention.type != "person" or _COORDINATED.match(self.masked, mention.end):
                return None  # ``Kim Kardashian and several other celebrities were ...``
            return self._last_named(mention.name, before)
        role = _DEFINITE_ROLE.match(self.masked, at, end)
        if role is not None:
            # ``The Director of the WFP office in Geneva, Charles Vincent, remarked``: the
            # person in apposition to the role.
            named = next(
                (m for m in self.within(role.end(), min(end, role.end() + 80))
                 if m.type == "person"),
                None,
            )  # fmt: skip
            head = self.masked[role.end() : named.start] if named is not None else ""
            if named is not None and head.rstrip().endswith(",") and _QUOTE_MASK not in head:
                return self._last_named(named.name, before)
        if role is not None and self._role_noun(role.group("noun").lower(), people_only=True):
            speaker = self._role(at, role.end(), "")
            if speaker is not None and not speaker.anonymous:
                return self._last_named(speaker.name, before)
        untyped = self._opening_speaker(at, end) or self._unlabelled_subject(at, end)
        if untyped is not None:
            return _Referent(untyped.start, untyped.name, "person", None, frozenset())
        return None

    def _first_name_gender(self, name: str) -> str | None:
        """The gender ``name``'s first word tells (remembered per name)."""
        if name not in self._name_genders:
            self._name_genders[name] = gz.first_name_gender(name.split()[0])
        return self._name_genders[name]

    def _chained_speaker(self, start: int, gender: str) -> _Referent | None:
        """The last speaker of the pronoun's gender, when the article names them after the
        nearest person of that gender it names (``..., Moualem said ... "...," he said`` after
        ``President Bashar al-Assad``: the entity annotator left ``Moualem`` untyped)."""
        # A possessive (``referred to Kavanaugh's nomination``) or a name in a list
        # (``predecessors include ..., Gus Poyet and Paulo Di Canio``) is no subject a later
        # ``he said`` stands for: the nearest person named otherwise counts.
        local = self._nearest(
            start, ("person", "anonymous"), gender=gender, singular=True, foreground=True
        )
        if local is not None:
            # ``Speaking on the show presented by Lauren Laverne, he said``: a person inside
            # the participle clause opening the pronoun's sentence is not who it stands for.
            low = max(0, start - _CLAUSE_LOOKBACK)  # a bounded look back: linear articles
            sentence = max(
                self.masked.rfind(". ", low, start) + 2,
                self.masked.rfind("\n", low, start) + 1,
                low,
            )
            clause = _PARTICIPLE_CLAUSE.match(self.masked, sentence, start)
            if clause is not None and clause.end() == start and local.position > sentence:
                local = self._nearest(
                    sentence, ("person", "anonymous"), gender=gender, singular=True,
                    foreground=True,
                )  # fmt: skip
        # The last few speakers only (a paragraph of thousands of quotations stays linear).
        latest = True
        for position, name, spoken in itertools.islice(reversed(self.spoken), _CHAINED_SPEAKERS):
            if position >= start:
                continue
            if local is None or position < local.position:
                return None  # someone of that gender was named after the speaker spoke
            if name in self._bodies or name in self._anonymous_names:
                continue
            if spoken is None:  # a person the entity annotator gave no gender: the first name
                spoken = self._first_name_gender(name)
            if spoken is None and latest and self.cues.profile is None:
                # ``"...," Paul-Lois Arslanian said. However, he added``: the person who
                # spoke last, named after anyone of that gender, though no name list knows
                # the first name.
                spoken = gender
            latest = False
            if spoken != gender:
                continue
            if name in self._people:
                return self._last_named(name, start)
            return _Referent(position, name, "person", gender, frozenset())
        return None

    def _after_question(self, start: int) -> bool:
        """Whether the last quotation before ``start`` is a question."""
        close = self.masked.rfind(_QUOTE_MASK, 0, start)
        return close > 0 and "?" in self.text[max(0, close - 2) : close]

    def _answers_question(self, start: int) -> bool:
        """Whether the quotation before the one whose cue is at ``start`` is a question."""
        close = self.masked.rfind(_QUOTE_MASK, 0, start)
        if close < 0:
            return False
        opening = close
        while opening > 0 and self.masked[opening - 1] in "§ \u00a0":
            opening -= 1  # back over the cue's own quotation (its spaces are kept)
        before = self.masked.rfind(_QUOTE_MASK, 0, opening)
        return before > 0 and "?" in self.text[max(0, before - 2) : before + 1]

    def _unlabelled_subject(self, start: int, end: int) -> Speaker | None:
        """An untyped name of two to four capitalised words opening the sentence at ``start``,
        followed by an apposition (``, an employee``, ``, 34,``) or, when its first word is a
        first name, by a lower-case word."""
        match = _NAME_RUN_START.match(self.masked[start:end])  # ``^``: a slice, not ``pos``
        if match is None:
            return None
        after = self.masked[start + match.end() : start + match.end() + 40]
        words = _NAME_WORD.findall(match.group(1))
        # ``, an employee``, ``, 34,``, ``, Bolivia's charismatic president``: an apposition.
        apposed = (
            re.match(r",[ \u00a0]+(?:an?|the|\d{1,3},|[A-Z]\w*['’]s)[ \u00a0]", after) is not None
        )
        if not apposed and not (
            re.match(r"[ \u00a0]+[a-z]", after) and gz.first_name_gender(words[0]) is not None
        ):
            return None
        places = gz.place_names()
        if any(
            w in gz.ROLE_WORDS or w in gz.CALENDAR or w in places or w in ("The", "A", "An")
            for w in words
        ):
            return None
        name_start, name_end = start + match.start(1), start + match.end(1)
        return Speaker(" ".join(words), self.text[name_start:name_end], name_start, name_end,
                       None, role=self._appositive_role(name_end))  # fmt: skip

    def _spoken_untyped_at(self, start: int) -> Speaker | None:
        """A speaker the entity annotator left untyped, named again at ``start``."""
        for _, name, _ in itertools.islice(reversed(self.spoken), _LOOKBACK):
            if (
                name not in self._people
                and name not in self._bodies
                and name not in self._anonymous_names
                and self.masked.startswith(name, start)
                and not _NAME_CHARACTER.match(self.masked, start + len(name))
            ):
                return Speaker(name, name, start, start + len(name), None)
        return None

    def identified(self, speaker: Speaker) -> Speaker:
        """An unnamed source the article names soon after: ``A former air traffic controller
        testified ...`` then, in the next two paragraphs, ``the former controller, Karen
        Whitfield,``: a definite noun phrase with the same head noun in apposition before a
        person's name is the same person."""
        if not speaker.anonymous or self.cues.profile is not None:
            return speaker
        words = speaker.name.lower().split()
        if not words or _plural(speaker.name):
            return speaker
        if words[0] not in _INDEFINITE:
            # ``The expert who played the carillon called it ...`` then ``The expert, Tiffany
            # Ng, ...``: a definite source named in the next paragraphs.
            return self._identified_later(speaker, words) if words[0] == "the" else speaker
        # ``said one local resident, Omen Cola, to AFP``: the name in apposition right after
        # the description is the speaker's, the description its role.
        apposed = _APPOSED_NAME.match(self.masked, speaker.end)
        if apposed is not None:
            mention = self._mention_starting(apposed.start(1))
            if mention is not None and mention.type == "person":
                name = mention.name
            elif (
                mention is None
                and not self.within(apposed.start(1), apposed.end(1))
                and not any(w in gz.ROLE_WORDS or w in gz.CALENDAR for w in apposed[1].split())
            ):
                name = apposed[1]  # a name the entity annotator left out
            else:
                return self._identified_later(speaker, words)
            return attrs.evolve(
                speaker,
                name=name,
                anonymous=False,
                role=speaker.role or " ".join(speaker.name.split()[1:]) or None,
            )
        return self._identified_later(speaker, words)

    def _identified_later(self, speaker: Speaker, words: list[str]) -> Speaker:
        """The unnamed source ``speaker`` (of lower-cased ``words``) named in a definite
        apposition in the next two paragraphs (see :meth:`identified`)."""
        head = next((w for w in reversed(words) if w in _SOURCE_NOUNS), None)
        if head is None or not self.paragraphs:
            return speaker
        index = bisect.bisect_right(self._paragraph_starts, speaker.end) - 1
        limit = self.paragraphs[min(index + 2, len(self.paragraphs) - 1)][1]
        matches = _DEFINITE_APPOSITION.finditer(
            self.masked, speaker.end, min(limit, speaker.end + 2000)
        )
        for match in matches:
            if match.group(1) != head:
                continue
            mention = self._mention_starting(match.end())
            if mention is not None and mention.type == "person":
                named = self._named(mention, speaker.cue)
                return attrs.evolve(
                    speaker, name=named.name, anonymous=False, role=named.role or speaker.role
                )
        return speaker

    def _untyped_subject(self, start: int, gender: str) -> str | None:
        """``Resident Lou "Big Lou" Castellano, who ..., told the council he ...``: a person the
        entity annotator left untyped, opening a sentence of the pronoun's paragraph before it,
        whose first name has the pronoun's gender, when the paragraph names nobody else of that
        gender before the pronoun."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0:
            return None
        para_start = self.paragraphs[index][0]
        nearest = self._nearest(start, ("person", "anonymous"), gender=gender, singular=True)
        if nearest is not None and nearest.position >= para_start:
            return None
        places = gz.place_names()
        # The last few sentences only: a scan from the paragraph's start per pronoun made a
        # paragraph of thousands of quotations quadratic.
        low = max(para_start, start - _UNTYPED_LOOKBACK)
        for sentence in _SENTENCE_OPENING.finditer(self.masked, low, start):
            words = _NAME_WORD.findall(sentence.group("name"))
            while words and (words[0] in gz.ROLE_WORDS or words[0].lower() in _ROLE_NOUNS):
                words = words[1:]  # ``Resident``, ``Councilman``: a title, not the name
            if len(words) < 2 or any(
                w in places or w in gz.CALENDAR or w in gz.ROLE_WORDS for w in words
            ):
                continue
            if gz.first_name_gender(words[0]) in (gender, "unknown"):
                return " ".join(words)
        return None

    def _stated_role(
        self, start: int, gender: str | None, family: frozenset[str]
    ) -> _Referent | None:
        """The nearest person of the few paragraphs before ``start`` whose role, as the article
        states it anywhere, is of ``family`` (``French president Nicolas Sarkozy`` for a later
        ``the president said``)."""
        if not self.paragraphs:
            return None
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        low = self.paragraphs[max(index - _SPEAKER_PARAGRAPHS, 0)][0]
        last = bisect.bisect_left(self._positions, start) - 1
        seen: set[str] = set()
        for referent in self._referents_back(last):
            if referent.position < low:
                break
            if referent.type != "person" or referent.name in seen:
                continue
            seen.add(referent.name)
            if gender and referent.gender and referent.gender != gender:
                continue
            if _role_words(self.role_of(referent.name, start)) & family:
                return referent
        return None

    def _last_speaker(self, start: int, gender: str | None) -> _Referent | None:
        """The last named person of the few paragraphs before ``start`` who spoke, of
        ``gender`` when it is given."""
        for _, name, spoken_gender in self._recent_speakers(start):
            if name in self._people and (gender is None or spoken_gender in (gender, None)):
                return self._last_named(name, start)
        return None

    def _recent_speakers(self, start: int) -> Iterator[tuple[int, str, str | None]]:
        """The speakers of the few paragraphs before ``start``, the latest first (at most
        ``_LOOKBACK``): their positions, names and genders."""
        if not self.paragraphs:
            return
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        low = self.paragraphs[max(index - _SPEAKER_PARAGRAPHS, 0)][0]
        for position, name, spoken_gender in itertools.islice(reversed(self.spoken), _LOOKBACK):
            if position < low:
                return
            if position < start:
                yield position, name, spoken_gender

    def _untyped_speaker(self, start: int, gender: str) -> _Referent | None:
        """The last speaker of the few paragraphs before ``start`` whom the entity annotator
        left untyped (``Adele: '...'``), of the pronoun's gender or of none known."""
        for position, name, spoken_gender in self._recent_speakers(start):
            if (
                spoken_gender in (gender, None)
                and name not in self._people
                and name not in self._bodies
                and name not in self._anonymous_names
            ):
                return _Referent(position, name, "person", spoken_gender, frozenset())
        return None

    def _lone_name(self, start: int, gender: str) -> _Referent | None:
        """``Beyoncé finally won ...`` then ``she said``, with no person named before: a
        one-word name the entity annotator left untyped, the subject of a sentence before
        ``start``, written at least twice and never in lower case, of the pronoun's gender or
        of none known."""
        if self.cues.profile is not None:
            return None
        if self._lone_names is None:
            self._lone_names = self._find_lone_names()
        positions, words = self._lone_names
        for index in range(bisect.bisect_left(positions, start) - 1, -1, -1):
            if gz.first_name_gender(words[index]) in (gender, "unknown", None):
                return _Referent(positions[index], words[index], "person", None, frozenset())
        return None

    def _find_lone_names(self) -> tuple[list[int], list[str]]:
        """Where the document's one-word untyped names open sentences (see
        :meth:`_lone_name`), found once per document."""
        places = gz.place_names()
        body_words = frozenset(w for name in self._bodies for w in name.split())
        verdicts: dict[str, bool] = {}
        positions: list[int] = []
        words: list[str] = []
        for match in _LONE_SUBJECT.finditer(self.masked):
            word = match.group(1)
            if word not in verdicts:
                verdicts[word] = not (
                    word in _LONE_NOT_NAMES
                    or word in gz.ROLE_WORDS
                    or word in gz.CALENDAR
                    or word in gz.DEMONYMS
                    or word in places
                    or word in self._bodies
                    or word in body_words
                    or word.lower() in _ROLE_NOUNS
                    or not self._proper_word(word)
                )
            if verdicts[word]:
                positions.append(match.start(1))
                words.append(word)
        return positions, words

    def _count(self, text: str) -> int:
        """How often ``text`` is written in the document (remembered: a headline label is
        looked for at every paragraph that opens with a name and a colon)."""
        count = self._counts.get(text)
        if count is None:
            # From an index of the document's words: a scan of the whole text per distinct
            # name made an article of many names quadratic.
            if self._index is None:
                self._index = WordIndex(self.masked)
            count = self._counts[text] = self._index.count(text)
        return count

    def _proper_word(self, word: str) -> bool:
        """Whether ``word`` is written as a name: at least twice, never in lower case (``Як``,
        ``Источники`` open sentences but are written in lower case elsewhere)."""
        known = self._proper.get(word)
        if known is None:
            lower = word.lower()
            profile = self.cues.profile
            known = self._proper[word] = not (
                self._count(word) < 2
                or (profile is not None and lower in _stopwords(profile.code))
                or self._count(lower) > 0
            )
        return known

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
        if person is None or person.type != "person":
            return None
        words = self.masked[colon.end() : person.start].split()
        if len(words) > 3 or not all(
            self._role_noun(w, people_only=True) or w in gz.ROLE_WORDS or w in gz.DEMONYMS
            for w in words
        ):
            return None
        return self._named(person, None)

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
            signs = mention.start == name_start and mention.type in ("person", "organisation")
            return self._named(mention, None) if signs else None
        name = match.group("name")
        places = gz.place_names()
        if any(
            w in gz.ROLE_WORDS or w in gz.CALENDAR or w in places or w in _LABEL_WORDS
            for w in name.split()
        ):
            return None
        return Speaker(name, name, name_start, name_end, None)

    def _paragraph_referent(self, start: int, gender: str) -> _Referent | None:
        """A pronoun with no person of its gender named earlier in its paragraph points back to
        the last paragraph that names one: to whoever of them spoke already, else to the first
        named (``she said`` after a paragraph about Taylor Swift that ends naming Kim
        Kardashian is Swift's)."""
        if not self.paragraphs:
            return None
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0:
            return None
        para_start = self.paragraphs[index][0]
        local = self._nearest(start, ("person", "anonymous"), gender=gender, singular=True)
        if local is not None and local.position >= para_start:
            return None  # named in this paragraph: the nearest is right
        # The paragraph that last names someone of that gender: one of its people who spoke
        # before, else the first it names (its subject, usually), not merely the nearest.
        if local is None:
            return None
        back = bisect.bisect_right(self._paragraph_starts, local.position) - 1
        low = bisect.bisect_left(self._positions, self.paragraphs[back][0])
        high = bisect.bisect_right(self._positions, local.position)
        first = [
            r
            for r in self.referents[low:high]
            if r.type == "person"
            and r.gender in (gender, None)
            and self.masked[r.position] != _QUOTE_MASK
        ]
        if not first:
            return None
        reported = [r for r in first if self._says(r)]
        if reported and not any(r.name in self._speaker_names for r in first):
            # ``..., widow Ann Roe said she had to sell her home. "...," she said``: the one
            # whose words the paragraph reports is the pronoun's, however deep her name.
            return reported[0]
        if not any(r.name in self._speaker_names for r in first) and not self._subject(first[0]):
            # Nobody there spoke, and they are not its subject: the last speaker of that gender
            # a few paragraphs back is likelier than a person merely mentioned (``she said,
            # before launching into ...`` after a paragraph listing the fans in the crowd).
            low_paragraph = self.paragraphs[max(index - _SPEAKER_PARAGRAPHS, 0)][0]
            for position, name, spoken_gender in itertools.islice(reversed(self.spoken), _LOOKBACK):
                if position < low_paragraph:
                    break
                if position < start and spoken_gender in (gender, None) and name in self._people:
                    return self._last_named(name, start)
                if (
                    position < start
                    and spoken_gender in (gender, None)
                    and name not in self._bodies
                    and name not in self._anonymous_names
                ):
                    # A speaker the entity annotator left untyped (``Adele told ...``).
                    return _Referent(position, name, "person", None, frozenset())
        return min(first, key=lambda r: (r.name not in self._speaker_names, r.position))

    def _last_named(self, name: str, before: int) -> _Referent:
        """The last referent called ``name`` before ``before`` (one named speaker has one)."""
        index = bisect.bisect_left(self._positions, before) - 1
        for referent in self._referents_back(index):
            if referent.name == name:
                return referent
        return _Referent(before, name, "person", self._genders.get(name), frozenset())

    def is_organisation(self, name: str) -> bool:
        """Whether ``name`` is an organisation the article names (not a person nor a place)."""
        return any(r.type == "organisation" for r in self._referents_named(name))

    def _referents_named(self, name: str) -> list[_Referent]:
        named = self._by_name
        if named is None:
            named = self._by_name = {}
            for referent in self.referents:
                named.setdefault(referent.name, []).append(referent)
        return named.get(name, [])

    def in_full(self, speaker: Speaker) -> Speaker:
        """A one-word speaker (``Williams``) named by the one full name the article gives
        earlier and the entity annotator left untyped (``Butch Wilmore and Suni Williams``), or
        introduced at a sentence's opening (``Gendon Subandono, the coach``: ``Mr. Gendon``); a
        speaker of several words by its full form (see :meth:`_short_form`)."""
        if speaker.anonymous or self.cues.profile is not None:
            return speaker
        if " " in speaker.name:
            return self._short_form(speaker)
        if speaker.name in self._bodies:
            return speaker
        named = self._person_named(speaker.name)
        if named is not None:
            return attrs.evolve(
                speaker, name=named, role=speaker.role or self.role_of(named, speaker.start)
            )
        positions, verdicts = self._full_names(speaker.name)
        # The verdict over every full name written before the speaker: a bisection, not a
        # walk over all of them (one name quoted thousands of times made that quadratic).
        index = bisect.bisect_left(positions, speaker.start)
        full = verdicts[index - 1] if index else None
        if full is None and index == 0:
            full = self._introduced(speaker.name, speaker.start)
        if full is None:  # "" is a verdict (two full names): no misspelling overrules it
            misspelt = self._misspelt(speaker.name)
            if misspelt is not None:
                role = speaker.role or self.role_of(misspelt, speaker.start)
                return attrs.evolve(speaker, name=misspelt, role=role)
        return attrs.evolve(speaker, name=full) if full else speaker

    def plain(self, speaker: Speaker) -> Speaker:
        """A named speaker without the words before the name that are no part of it: an
        honorific (``Mrs May`` -> ``Theresa May``, the one person of several words the article
        names so, else ``May``; ``Mrs`` standing alone takes the capitalised word after it) and,
        for a person, a demonym or an epithet (``Spaniard Sergio Garcia`` -> ``Sergio
        Garcia``); a title standing alone, by the one person the article gives it (see
        :meth:`_titled`). English only (a title is part of a name's case forms elsewhere)."""
        if self.cues.profile is not None:
            return speaker
        words = speaker.name.split()
        # A body's name holds no title nor honorific (``General Electric Company``).
        body = speaker.name in self._bodies
        if len(words) > 2 and words[-1] in _POST_NOMINALS and _title_cased(words):
            # ``Jeane Freeman MSP``: the letters after a name are no part of it; read as a
            # role phrase (``MP``), a first name opening it still makes it a person's name.
            words = words[:-1]
            person = not speaker.anonymous or gz.first_name_gender(words[0]) is not None
            speaker = attrs.evolve(
                speaker, name=" ".join(words), anonymous=speaker.anonymous and not person
            )
        if speaker.anonymous:
            return self._titled(speaker)
        if body:
            return speaker
        title = self._title_words(words, people_only=True)
        if (
            title
            and _title_cased(words)
            # a person's name, or an untyped one opening with a first name after the title
            and (speaker.name in self._people or gz.first_name_gender(words[title]) is not None)
        ):
            # ``Detective Inspector Jo Reyes``: a title read into a name is its role.
            role = speaker.role or " ".join(words[:title])
            words = words[title:]
            speaker = attrs.evolve(speaker, name=" ".join(words), role=role)
        if not words:
            return speaker
        if words[0] in _HONORIFIC_WORDS:
            rest = words[1:]
            if not rest:
                after = _NAME_AFTER_HONORIFIC.match(self.masked, speaker.end)
                if after is None or (
                    # a month is a name only as the surname of the one person so named
                    after.group(1) in gz.CALENDAR and self._person_named(after.group(1)) is None
                ):
                    return speaker
                rest = [after.group(1)]
            name = " ".join(rest)
            if len(rest) == 1:
                name = self._person_named(rest[0]) or name
            return attrs.evolve(speaker, name=name)
        if speaker.name not in self._people:
            return speaker
        lead = 0
        while lead < len(words) - 2 and (
            words[lead] in gz.DEMONYMS or words[lead].lower() in _EPITHETS
        ):
            lead += 1
        return attrs.evolve(speaker, name=" ".join(words[lead:])) if lead else speaker

    def _subject_verb(self, back: list[str], at: int) -> bool:
        """Whether the word ``back[at]`` (words last first) is a regular past verb after its
        subject, a lower-case noun (``injury prevented``): not after an article, an adverb, a
        modifier of a role, a cue or nothing (``the retired``, ``newly appointed``)."""
        if not back[at].endswith(_PAST_ENDINGS) or at + 1 >= len(back):
            return False
        subject = back[at + 1]
        lower = subject.lower()
        return (
            subject.isalpha()
            and subject.islower()
            and lower not in _DETERMINERS
            and lower not in _NP_STOP
            and lower not in _ROLE_MODIFIERS
            and lower not in _CLAUSE_ADVERBS
            and not re.fullmatch(_ADVERB, subject)
            and not self.cue.fullmatch(subject)
        )

    def _title_words(self, words: list[str], *, people_only: bool = False) -> int:
        """How many words opening a person's name ``words`` are a title (each part a role
        noun: ``Detective Inspector Jo Reyes``: 2), a first and a last name left."""
        title = 0
        while title < len(words) - 2 and all(
            self._role_noun(part, people_only=people_only) for part in words[title].split("-")
        ):
            title += 1
        return title

    def _titled(self, speaker: Speaker) -> Speaker:
        """An unnamed speaker that is a capitalised title (``says Foreign Minister``, in a
        headline) named by the one person the article gives that title (``Foreign minister
        Walid al-Moualem``), the title as the role."""
        words = speaker.name.split()
        if (
            not words
            or not all(w[:1].isupper() for w in words)
            or not self._role_noun(words[-1].lower())
        ):
            return speaker
        if self._titled_people is None:
            # Once per document, each mention's role read once (remembered): linear.
            self._titled_people = {}
            for name, mentions in self._person_mentions.items():
                for mention in mentions:
                    role = self._mention_role(mention)
                    if role:
                        self._titled_people.setdefault(role.casefold(), set()).add(name)
        people = self._titled_people.get(speaker.name.casefold(), set())
        if len(people) != 1:
            return speaker
        return attrs.evolve(speaker, name=next(iter(people)), anonymous=False, role=speaker.name)

    def _introduced(self, first: str, before: int) -> str | None:
        """The one full name an untyped speaker called by a first name (``Mr. Gendon``) is
        introduced by before ``before``: the first name and a capitalised word opening a
        sentence before an apposition (``Gendon Subandono, the coach of ...,``)."""
        if self._introductions is None:
            # One pass over the text for every first name: a pass per name grew with speakers.
            self._introductions = {}
            for match in _INTRODUCTION.finditer(self.masked):
                self._introductions.setdefault(match.group(1), []).append(
                    (match.start(), f"{match.group(1)} {match.group(2)}")
                )
        found = self._introductions.get(first, ())
        names = {name for at, name in found if at < before}
        return names.pop() if len(names) == 1 else None

    def _short_form(self, speaker: Speaker) -> Speaker:
        """A speaker of several words named by the one person the article names in full:
        a surname opening with a capitalised particle (``De Boer`` for ``Yvo de Boer``), a
        name after a title the entity annotator kept (``Secretary-General Ban Ki-Moon``); or
        the place of a title ending in ``of`` moved from the name to the role (``Mayor of`` +
        ``Pichilemu Roberto Córdova``: ``Roberto Córdova``, ``Mayor of Pichilemu``)."""
        words = speaker.name.split()
        if speaker.role and speaker.role.endswith(" of") and len(words) > 2:
            # ``Mayor of Pichilemu Roberto Córdova``: the entity annotator read the place of
            # the title into the name; the name opens at its first name.
            opens = next(
                (i for i in range(1, len(words) - 1) if gz.first_name_gender(words[i])), None
            )
            if opens is not None:
                role = f"{speaker.role} {' '.join(words[:opens])}"
                return attrs.evolve(speaker, name=" ".join(words[opens:]), role=role)
        if len(words) == 2 and words[0].lower() in _PARTICLE_WORDS:
            named = self._person_named(f"{words[0].lower()} {words[1]}")
        elif len(words) < 3 or speaker.name not in self._people:
            return speaker  # most names: no title to read off
        else:
            title = self._title_words(words)
            if not title:
                return speaker
            named = self._person_named(" ".join(words[title:]).casefold())
            if named is None:
                return speaker
            role = speaker.role or " ".join(words[:title])
            return attrs.evolve(speaker, name=named, role=role)
        if named is None or named == speaker.name:
            return speaker
        return attrs.evolve(
            speaker, name=named, role=speaker.role or self.role_of(named, speaker.start)
        )

    def fullest(self, speaker: Speaker) -> Speaker:
        """A named speaker under the fullest form the article wrote before it. Of the forms
        the entity annotator gave one name (or that differ only in accents, spaces and case),
        the fullest: ``Rene Preval`` as ``René Préval``, ``UN`` as ``United Nations``,
        ``Alain LeRoy`` as ``Alain Le Roy``; then the one longer name of a person opening with
        it (``Roberto Córdova`` as ``Roberto Córdova Carreño``), the one name of a body ending
        with it or spelling its initials, a peer's title (``Triesman`` as ``Lord Triesman``).
        One entity, one name in the output, except a place named where it speaks under
        another of its names (see :meth:`_place_as_written`)."""
        if speaker.anonymous:
            return speaker
        written = self._place_as_written(speaker)
        if written is not None:
            return attrs.evolve(speaker, name=written)
        name, before = speaker.name, speaker.start
        # The answer changes only where a form is written: it is worked out once per such
        # place and name, then looked up by bisection.
        places = self._fullest.get(name)
        if places is None:
            breaks = self._form_places(name)
            places = self._fullest[name] = (breaks, [self._fullest_name(name, b) for b in breaks])
        index = bisect.bisect_right(places[0], before) - 1
        if index < 0 or places[1][index] == name:
            return speaker
        full, role = places[1][index], speaker.role
        title = full.split(None, 1)[0]
        if role and title in _PEERAGE and role.rsplit(None, 1)[-1] == title:
            role = role.rsplit(None, 1)[0] if " " in role else None  # ``Minister Lord``
        return attrs.evolve(speaker, name=full, role=role)

    def _place_as_written(self, speaker: Speaker) -> str | None:
        """The name a place speaker is written under where it speaks, when that is another
        of the place's names than the entity's (``Britain says`` -> ``Britain``, not
        ``United Kingdom``): the speaker as the article names it. Initials (``U.K. says``) and
        a spelling that differs only in accents, spaces or case keep the entity's name; so does
        every language but English (a written form there may be a case form: ``України``)."""
        if self.cues.profile is not None:
            return None
        mention = self._mention_starting(speaker.start)
        if mention is None or mention.type != "place" or mention.name != speaker.name:
            return None
        written = self.text[mention.start : mention.end]
        if _folded(written) == _folded(mention.name) or any(
            word.replace(".", "").isupper() for word in written.split()
        ):
            return None
        return written

    def _form_places(self, name: str) -> list[int]:
        """Where the forms that :meth:`_fullest_name` reads for ``name`` are written."""
        forms = self._forms if self._forms is not None else self._written_forms()
        # The name's own form changes nothing: the name is always a candidate.
        others = [
            entry
            for entry in (*forms.get(("same", name), ()), *forms.get(("fold", _folded(name)), ()))
            if entry[1] != name
        ]
        places = [at for at, _ in others]
        for form in {name, *(form for _, form in others)} if others else (name,):
            for kind in self._longer_kinds(name, form):
                places.extend(at for at, _ in forms.get((kind, form), ()))
        return sorted(set(places)) if places else places

    def _longer_kinds(self, name: str, form: str) -> tuple[str, ...]:
        """The longer names a written ``form`` of ``name`` may stand for: an acronym's
        spelled-out name, a peer's titled name, a person's or a body's longer name."""
        if " " not in form:
            return ("initials",) if form.isupper() and len(form) <= _ACRONYM else ("peer",)
        return ("opens",) if name in self._people else ("ends", "opens")

    def _fullest_name(self, name: str, before: int) -> str:
        """The fullest form of ``name`` written up to ``before`` (see :meth:`fullest`)."""
        forms = self._forms if self._forms is not None else self._written_forms()
        read = [*forms.get(("same", name), ()), *forms.get(("fold", _folded(name)), ())]
        full = max([(at, form) for at, form in read if at <= before], key=_form_rank, default=None)
        if full is None or _form_rank(full) <= _form_rank((before, name)):
            full = (before, name)
        for kind in self._longer_kinds(name, full[1]):
            longer = {form for at, form in forms.get((kind, full[1]), ()) if at <= before}
            if len(longer) == 1:
                return longer.pop()
        return full[1]

    def _written_forms(self) -> dict[tuple[str, str], list[tuple[int, str]]]:
        """Each name, folded form, person's opening words, body's closing words, initials
        and peer's name -> the ``(position, written form)`` of the longer names it stands
        for. Built once per document, on the first named speaker."""
        text = self.text
        forms: dict[tuple[str, str], list[tuple[int, str]]] = {}
        # Each name's written forms, at their first place (a comprehension over the mentions
        # from the last: the first written wins).
        first = {
            (m.name, text[m.start : m.end]): (m.start, m.type)
            for m in reversed(self.mentions)
            if m.type in _NAMED_KINDS
        }
        peers = any(f"{title} " in text for title in _PEERAGE)  # mostly none: no look back
        add = forms.setdefault
        for (name, written), (at, kind) in first.items():
            entry = (at, written)
            if written != name:  # the name itself is always a candidate
                add(("same", name), []).append(entry)
            add(("fold", _folded(written)), []).append(entry)
            if " " not in written:
                before = text[max(0, at - 10) : at].split() if peers else None
                if kind == "person" and before and before[-1] in _PEERAGE:
                    add(("peer", written), []).append((at, f"{before[-1]} {written}"))
                continue
            words = written.split()
            for size in range(2, len(words)):
                forms.setdefault(("opens", " ".join(words[:size])), []).append(entry)
                if kind != "person":
                    forms.setdefault(("ends", " ".join(words[-size:])), []).append(entry)
            if kind != "person":
                capitals = [w for w in words if w[:1].isupper()]
                if len(capitals) == len(words) - _small_words(words):
                    forms.setdefault(("initials", "".join(w[0] for w in capitals)), []).append(
                        entry
                    )
        self._forms = forms
        return forms

    def _person_named(self, word: str) -> str | None:
        """The one person of several words the entity annotator found whose name opens or
        ends with ``word`` (``Moualem``, ``Ri`` -> ``Walid al-Moualem``, ``Ri Yong Ho``)."""
        if self._name_words is None:
            self._name_words = {}
            for name in self._people:
                words = name.split()
                if len(words) < 2 or all(
                    self.masked[m.start] == _QUOTE_MASK for m in self._person_mentions.get(name, ())
                ):
                    continue  # a name written only inside quotation marks: a nickname
                if len(words) == 2 and words[0] in _HONORIFIC_WORDS:
                    # ``Prof Berzofsky`` after ``Jay Berzofsky``: the entity annotator's second
                    # person is the surname under a courtesy title, not another full name.
                    continue
                last = words[-1]
                keys = {words[0], last, _PARTICLE_PREFIX.sub("", last), name.casefold()}
                if len(words) > 2 and words[-2].lower() in _PARTICLE_WORDS:
                    keys.add(f"{words[-2].lower()} {last}")  # ``De Boer``: ``Yvo de Boer``
                for key in keys:
                    self._name_words.setdefault(key, set()).add(name)
        names = self._name_words.get(word)
        return next(iter(names)) if names is not None and len(names) == 1 else None

    def _misspelt(self, word: str) -> str | None:
        """The one person of several words whose surname ``word`` misspells by one letter
        (``Kavadarkov`` for ``Vladimir Kavardarkov``, ``Clements`` for ``Tony Clement``,
        ``DesRoiser`` for ``Dennis DesRosier``): a letter added, left out, changed or two
        swapped, the first letter kept, and no person's name opening or ending with ``word``
        as written (see :meth:`_person_named`)."""
        if len(word) < _MISSPELT_LENGTH or not word[:1].isupper() or not word.isalpha():
            return None
        if self._person_named(word) is not None or self._name_words is None:
            return None
        if word in self._name_words:
            return None  # two people so named: ambiguous, not misspelt
        surnames = self._surnames
        if surnames is None:
            surnames = self._surnames = {}
            for key, names in self._name_words.items():
                if len(names) == 1 and " " not in key and key[:1].isupper():
                    (name,) = names
                    if key == name.split()[-1] and len(key) >= _MISSPELT_LENGTH:
                        surnames.setdefault((key[0], len(key)), []).append(key)
        found: set[str] = set()
        for size in (len(word) - 1, len(word), len(word) + 1):
            bucket = surnames.get((word[0], size), ())
            # A bucket of many surnames of one first letter and length: a list of names,
            # not a misspelling to mend (and a bound on the work per speaker).
            if len(bucket) > _MISSPELT_BUCKET:
                return None
            # One edit of optimal string alignment: a letter added, left out or changed, or two
            # neighbours swapped.
            found.update(key for key in bucket if OSA.distance(word, key, score_cutoff=1) == 1)
        if len(found) != 1:
            return None
        (names,) = (self._name_words[key] for key in found)
        return next(iter(names))

    def _full_names(self, last: str) -> _FullNames:
        """Where a capitalised word is written right before ``last`` (``"First Last"``), in
        text order, with, for each, the one full name found up to there (``""`` when two
        differ). Looked up in an index of the whole text built once per document: a scan of
        the text per speaker made articles of many speakers quadratic."""
        known = self._full_index.get(last)
        if known is not None:
            return known
        if _INDEXED_WORD.fullmatch(last):
            starts: Iterable[int] = self._places_of(last)
        else:  # a name of other characters (``St.Clair``): looked for on its own
            pattern = rf"(?<=[ \u00a0]){re.escape(last)}(?![\w’'\-])"
            starts = [match.start() for match in re.finditer(pattern, self.masked)]
        positions: list[int] = []
        verdicts: list[str] = []
        names: set[str] = set()
        gazetteer_places = gz.place_names()
        for start in starts:
            before = self.masked[max(0, start - 40) : start].rstrip(" \u00a0")
            word = _LAST_CAPITALISED.search(before)
            if word is None:
                continue
            first = word.group(0)
            if (
                first in gz.ROLE_WORDS
                or first in gz.HONORIFICS
                or first in gz.CALENDAR
                or first in gazetteer_places
                or first in ("The", "A", "An", "And", "But", "In", "On", "At")
                or first.lower() in _CLAUSE_OPENERS  # ``While Ri reprised ...``
            ):
                continue
            names.add(f"{first} {last}")
            positions.append(start - len(before) + word.start())
            verdicts.append(next(iter(names)) if len(names) == 1 else "")
        found = (positions, verdicts)
        self._full_index[last] = found
        return found

    def _places_of(self, word: str) -> Sequence[int]:
        """Where ``word`` (of name characters only) is written after a space, whole, in text
        order. The first few words are found with :meth:`str.find`; a document that asks for
        more gets an index of all its words, made once (a scan of the text per speaker made
        articles of many speakers quadratic; an index of every word, articles of few slow)."""
        places = self._word_places
        if places is None and self._words_found < _FOUND_WITHOUT_INDEX:
            self._words_found += 1
            masked, size = self.masked, len(word)
            found = []
            at = masked.find(word, 1)
            while at >= 0:
                if masked[at - 1] in " \u00a0" and _NAME_CHARACTER.match(masked, at + size) is None:
                    found.append(at)
                at = masked.find(word, at + 1)
            return found
        if places is None:
            places = self._word_places = {}
            # The space is matched, not looked behind at: the engine then jumps from space to
            # space instead of testing every position.
            for match in _WORD_AFTER_SPACE.finditer(self.masked):
                places.setdefault(match.group(1), []).append(match.start(1))
        return places.get(word, ())

    def _first_of_pair(self, start: int, mention: Mention) -> Mention | None:
        """The first of two people joined by ``and`` as a sentence's subject, ``mention`` the
        second (``Prime Minister Ann Roe and industry minister Ben Lee announced``): the first
        opens the sentence after at most a title, the second has at most a role before it."""
        head = self.masked[max(start, mention.start - 80) : mention.start]
        match = _PAIR_AND.search(head)
        if match is None:
            return None
        between = match.group("between").split()
        if between and not (between[-1].lower() in _ROLE_NOUNS or between[-1] in gz.ROLE_WORDS):
            return None
        first = self._mention_ending(mention.start - len(head) + match.start())
        if first is None or first.type != "person" or first.name == mention.name:
            return None
        opening = re.split(
            r"[.!?§\n]\s+|\n|,", self.masked[max(start, first.start - 80) : first.start]
        )
        words = opening[-1].split()
        if len(words) > 6 or not all(
            w[:1].isupper() or w.lower() in _ROLE_NOUNS or w.lower() in _ROLE_MODIFIERS
            for w in words
        ):
            return None
        return first

    def _says(self, referent: _Referent) -> bool:
        """Whether a cue verb follows a person's name, past words read back over (``Ann Roe
        said``, ``Ann Roe has also said``): the paragraph reports that person's words."""
        if self.cues.profile is not None:
            return False
        mention = self._mention_starting(referent.position)
        if mention is None:
            return False
        for word in self.masked[mention.end : mention.end + 40].split()[:3]:
            if self.cue.fullmatch(word):
                return True
            if word.lower() not in _SKIPPABLE:
                return False
        return False

    def _subject(self, referent: _Referent) -> bool:
        """Whether a person is named at the start of a sentence, after at most a title
        (``Russian Foreign Minister Sergey Lavrov spoke later``)."""
        head = self.masked[max(0, referent.position - 80) : referent.position]
        sentence = re.split(r"[.!?§\n]\s+|\n", head)[-1]
        words = sentence.split()
        return len(words) <= 6 and all(
            w[:1].isupper() or w.lower() in _ROLE_NOUNS or w.lower() in _ROLE_MODIFIERS
            for w in words
        )

    def _unlabelled(self, start: int, end: int, cue: str, *, backward: bool) -> Speaker | None:
        """A person's name the entity annotator did not type (an unknown first name, a
        nickname inside it): two to four capitalised words ending at ``end`` (``backward``)
        or starting at ``start``, none of them a title, a place or a calendar word."""
        window = self.masked[max(start, end - 120) : end] if backward else self.masked[start:end]
        offset = max(start, end - 120) if backward else start
        match = (_NAME_RUN_END if backward else _NAME_RUN_START).search(window)
        if match is None:
            return None
        words = _NAME_WORD.findall(match.group(1))
        places = gz.place_names()
        if words[-1] in gz.CALENDAR or any(
            w in gz.ROLE_WORDS or w in gz.HONORIFICS or w in places or w in ("The", "A", "An")
            or (w in gz.CALENDAR and len(w) > 3)  # ``Jan Hatzius`` is a name, ``Monday`` not
            for w in words
        ):  # fmt: skip
            return None
        name_start, name_end = offset + match.start(1), offset + match.end(1)
        mention = self.text[name_start:name_end]
        role = self._appositive_role(name_end) or self._role_before(name_start)
        return Speaker(" ".join(words), mention, name_start, name_end, cue, role=role)

    def _role(self, start: int, end: int, cue: str, *, epithet: bool = False) -> Speaker | None:
        phrase = self.text[start:end]
        words = phrase.split()
        head = words[-1].lower()
        determiner = words[0].lower()
        if determiner in _INDEFINITE or (
            determiner not in _DETERMINERS and not _possessive(words[0])
        ):
            name = _anonymous_name(phrase)
            return Speaker(name, phrase, start, end, cue, anonymous=True)
        if head in gz.ORGANISATION_ROLE_NOUNS and head not in _ROLE_NOUNS:
            named = words[1:-1]
            if (
                determiner == "the"
                and named
                and all(w[:1].isupper() for w in named)
                and words[-1].islower()
            ):
                # ``The FDA union``, ``the GMB union``: the body's name before its kind.
                at = start + phrase.index(named[0])
                name = " ".join(named)
                return Speaker(name, name, at, at + len(name), cue)
            if _possessive(words[0]) and self._place_word(words[0][:-2], start):
                # ``China's commerce ministry``: a country's body, described as written (the
                # body named last may be another country's).
                return Speaker(phrase, phrase, start, end, cue)
            alliance = head in ("alliance", "bloc")
            company = head in _COMPANY_NOUNS and self.cues.profile is None
            referent = self._nearest_organisation(start, alliance=alliance, company=company)
            described = None if alliance else self._described_body(start, head)
            if described is not None and not self._spoke_here(referent, start):
                referent = described
            if referent is None:
                return None
            return Speaker(referent.name, phrase, start, end, cue)
        gender = "female" if head in gz.FEMALE_NOUNS else "male" if head in gz.MALE_NOUNS else None
        if gender is None and self.cues.profile is None:
            # ``the rapper announced ... that he had changed his name``: the subject pronoun of
            # the reported clause is the speaker's.
            gender = self._reported_gender(end)
        if (
            self.cues.profile is None
            and determiner in _DEFINITE
            and len(words) == 2
            and head in _QUESTIONER_NOUNS
        ):
            introduced = self._introduced_unnamed(start, words[-1])
            if introduced is not None:
                # ``A reporter asked whether ... "...?" the reporter asked``: the unnamed
                # person the paragraph introduced so, as written, not the last one named.
                return attrs.evolve(introduced, start=start, end=end, mention=phrase, cue=cue)
        family = gz.role_family(head)
        referent = self._nearest(start, ("person", "anonymous"), gender=gender, roles=family)
        if referent is None and epithet and _AGE_NOUN.fullmatch(head):
            # ``Palmer, who has now scored 12 goals, played down ... "...," the 22-year-old
            # said``: the person whose age the article gives (``Palmer, 22,``), else the person
            # opening the sentence before, not the last one named (a coach quoted before).
            referent = self._aged(start, head) or self._previous_opening(start)
        if referent is None and epithet and self.paragraphs:
            # ``Alcaraz ... was gracious in defeat. "...," the Spaniard said``: the person the
            # paragraph names before the epithet, else (below) the one who spoke last.
            index = bisect.bisect_right(self._paragraph_starts, start) - 1
            local = self._nearest(start, ("person",), gender=gender)
            if local is not None and index >= 0 and local.position >= self.paragraphs[index][0]:
                referent = local
        several = head.endswith("s") and head[:-1] in _ROLE_NOUNS
        if referent is None and (head in _UNNAMED_SOURCES or several):
            # ``the source said`` after ``a person familiar with the matter``: the article's
            # unnamed source, never whoever it named last (a reporter, a governor).
            referent = self._nearest(
                start, ("anonymous",), singular=not _plural(phrase), plural=_plural(phrase)
            )
            if referent is None and not _plural(phrase) and self.cues.profile is None:
                # ``two people familiar with the matter told Reuters ... the other person
                # said``: one of the several sources, known by their description.
                referent = self._nearest(start, ("anonymous",), plural=True)
        if referent is None and head not in _UNNAMED_SOURCES and not several:
            # ``The Wellingborough MP added``: the person who spoke last, the story's subject
            # (a man he mentioned since is not), else the person named last. A title written
            # in capitals that no one named holds (``The Iranian Consul said``) is an
            # unnamed official's.
            referent = self._stated_role(start, gender, family)
            if referent is None and self.cues.profile is None:
                # ``A former compliance officer ... said ... "...," the former employee
                # said``: the unnamed person just described, not the last named speaker.
                referent = self._recent_unnamed(start)
            if referent is None and not (len(words) > 2 and _title_cased(words[1:])):
                referent = self._last_speaker(start, gender) or self._nearest(
                    start, ("person",), gender=gender
                )
        if referent is None:  # nobody named before: the role itself is all we know
            return Speaker(_anonymous_name(phrase), phrase, start, end, cue, anonymous=True)
        role = None
        if referent.type == "person":
            # ``The chancellor told MPs``: the article's own word for her, when no mention of
            # her states a role.
            role = self.role_of(referent.name, start) or (
                None if epithet else " ".join(words[1:]) or None
            )
        return Speaker(
            referent.name,
            phrase,
            start,
            end,
            cue,
            anonymous=referent.type == "anonymous",
            role=role,
        )

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
        return Speaker(_anonymous_name(phrase), phrase, opening.start("np"), opening.end(),
                       None, anonymous=True)  # fmt: skip

    def _aged(self, start: int, noun: str) -> _Referent | None:
        """The person named with the age of ``noun`` (``22-year-old``: ``Palmer, 22,``) in the
        few paragraphs before ``start``."""
        age = _AGE_NOUN.fullmatch(noun)
        if age is None:
            return None
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        low = self.paragraphs[max(index - _SPEAKER_PARAGRAPHS, 0)][0] if index >= 0 else 0
        low = max(low, start - _SENTENCE_LOOKBACK * 4)  # a bounded look back: linear articles
        pattern = re.compile(rf",[ \u00a0]*{age.group(1)},")
        for match in reversed(list(pattern.finditer(self.masked, low, start))):
            mention = self._mention_ending(match.start())
            if mention is not None and mention.type == "person":
                return self._last_named(mention.name, start)
        return None

    def _previous_opening(self, start: int) -> _Referent | None:
        """The person opening the sentence before the one of ``start`` (``Palmer, who has now
        scored 12 goals, played down talk of a title.``), named or a one-word name of a
        speaker or of a person the article names in full."""
        low = max(0, start - _SENTENCE_LOOKBACK)
        bounds = [
            m.end() for m in _SENTENCE_BOUND.finditer(self.text, low, start + 1) if m.end() <= start
        ][-2:]
        if not bounds or (len(bounds) == 1 and low > 0):
            return None
        begin, end = (bounds[0], bounds[1]) if len(bounds) == 2 else (0, bounds[0])
        found = self._subject_at(begin, end, start)
        if found is not None:
            return found if found.type == "person" else None
        opening = self._opening_speaker(begin, end, pattern=_OPENING_SUBJECT)
        if opening is None:
            return None
        return _Referent(opening.start, opening.name, "person", None, frozenset())

    def _reported_gender(self, end: int) -> str | None:
        """The gender of the first ``he``/``she`` after ``end`` in its sentence (read up to
        :data:`_GENDER_LOOKAHEAD` characters), if any."""
        limit = min(len(self.masked), end + _GENDER_LOOKAHEAD)
        stop = _SENTENCE_STOP.search(self.masked, end, limit)
        found = _SUBJECT_PRONOUN.search(self.masked, end, stop.start() if stop else limit)
        return None if found is None else _PRONOUN_GENDERS[found.group(0)]

    # -- referents -----------------------------------------------------------------------------

    def _nearest(
        self,
        position: int,
        types: tuple[str, ...],
        *,
        gender: str | None = None,
        roles: frozenset[str] | None = None,
        alliance: bool = False,
        singular: bool = False,
        plural: bool = False,
        speaking: bool = False,
        exclude: str | None = None,
        foreground: bool = False,
        company: bool = False,
        kind: str | None = None,
    ) -> _Referent | None:
        """The nearest referent before ``position`` of one of ``types`` that fits the filters
        (``foreground``: not a possessive nor a name in a list, see :meth:`_background`;
        ``company``: no public body, see :func:`_public_body`; ``kind``: no body whose name
        ends with another kind's noun, ``Halden Bank`` for ``the regulator``)."""
        last = bisect.bisect_left(self._positions, position) - 1
        # A look back is bounded (the nearest few hundred names) so long articles stay linear.
        for index in range(last, max(-1, last - _LOOKBACK), -1):
            referent = self.referents[index]
            if referent.type not in types:
                continue
            if singular and referent.type == "anonymous" and _plural(referent.name):
                continue  # ``he``/``she`` is not ``officials``
            if plural and not _plural(referent.name):
                continue
            if speaking and referent.position not in self._speaking:
                continue
            if exclude is not None and referent.name == exclude:
                continue
            if self.masked[referent.position] == _QUOTE_MASK:
                continue
            if gender and referent.gender and referent.gender != gender:
                continue
            if roles is not None and not (referent.roles & roles):
                continue
            if alliance and referent.name not in gz.ALLIANCES and "alliance" not in referent.roles:
                continue
            if foreground and self._background(referent.position):
                continue
            if company and _public_body(referent.name):
                continue
            if kind is not None and _other_kind(referent.name, kind):
                continue
            return referent
        return None

    def _background(self, position: int) -> bool:
        """Whether the person mention at ``position`` stands where no subject does: before a
        possessive ``'s`` (``Kavanaugh's nomination``) or in a list of names, next to another
        person's mention across a comma or ``and``/``or`` (``Gus Poyet and Paulo Di Canio``)."""
        index = bisect.bisect_left(self._starts, position)
        if index >= len(self.mentions) or self.mentions[index].start != position:
            return False
        mention = self.mentions[index]
        if _POSSESSIVE_AFTER.match(self.masked, mention.end):
            return True
        neighbours = (
            (self.mentions[index - 1], mention) if index > 0 else None,
            (mention, self.mentions[index + 1]) if index + 1 < len(self.mentions) else None,
        )
        return any(
            pair is not None
            and pair[0].type == pair[1].type == "person"
            and _LISTED.fullmatch(self.masked, pair[0].end, pair[1].start) is not None
            for pair in neighbours
        )

    def _nearest_organisation(
        self,
        position: int,
        *,
        alliance: bool = False,
        company: bool = False,
        kind: str | None = None,
    ) -> _Referent | None:
        """``it said``, ``the company said``: the nearest organisation, or one that spoke in
        the same paragraph (``Boeing said on Tuesday it paused 737 MAX deliveries``): the
        subject, not a body merely named after it. A company is no public body (``the company
        said`` after ``the National Weather Service said``)."""
        if not self._subjects_found:
            self._subjects_found = True
            self._add_statement_subjects()
        nearest = self._nearest(
            position, ("organisation",), alliance=alliance, company=company, kind=kind
        )
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

    def _described_body(self, start: int, noun: str) -> _Referent | None:
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
                    if name.split()[0].lower() in _FUNCTION_WORDS:
                        continue  # ``The firm, a unit of ...``: no name
                found[0].append(at)
                found[1].append(_Referent(at, name, "organisation", None, frozenset()))
        index = bisect.bisect_left(found[0], start)
        return found[1][index - 1] if index else None

    def _spoke_here(self, referent: _Referent | None, start: int) -> bool:
        """Whether ``referent`` is an organisation that spoke in the paragraph of ``start``
        (``Boeing said ... "...," the company said``)."""
        if referent is None or referent.position not in self._speaking or not self.paragraphs:
            return False
        paragraph = bisect.bisect_right(self._paragraph_starts, start)
        return bisect.bisect_right(self._paragraph_starts, referent.position) == paragraph

    def _add_statement_subjects(self) -> None:
        """Organisations that speak: the subject of a cue that is an organisation, and a
        capitalised subject the entity annotator left untyped or took for a person when what
        follows says it is a body (``Spirit AeroSystems said it was working``)."""
        for cue in self._cues_near_quotes():
            if _normal(cue.group(0)) in self.cues.according:
                continue
            low = max(0, cue.start() - 160)
            head = _without_tail(self.masked[low : cue.start()])
            if head.endswith(","):  # ``, which represents port employers,``
                relative = _RELATIVE.search(head + " ")
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
            self.referents.insert(at, _Referent(start, name, "organisation", None, frozenset()))
            self._positions.insert(at, start)
            if self._initials is not None:
                self._add_initials(start, name)
            self._bodies.add(name)
            self._speaking.add(start)

    def _cues_near_quotes(self) -> Iterator[re.Match[str]]:
        """The cues of the paragraphs that hold a quotation or precede one: only there can a
        subject be what a later ``it said`` points back to (a scan of a whole long article's
        cues was most of the attribution time)."""
        if not self.paragraphs:
            yield from self.cue.finditer(self.masked)
            return
        masked = self.masked
        quoted = [masked.find(_QUOTE_MASK, a, b) >= 0 for a, b in self.paragraphs]
        for index, (start, end) in enumerate(self.paragraphs):
            if quoted[index] or (index + 1 < len(quoted) and quoted[index + 1]):
                yield from self.cue.finditer(self.masked, start, end)

    def is_pronoun(self, speaker: Speaker) -> bool:
        """Whether ``speaker``'s name is a bare pronoun (``She`` left unresolved): never a
        speaker to output."""
        name = speaker.name.lower()
        return name in self.cues.pronouns or name in _PRONOUN_GENDERS or name in _OTHER_PRONOUNS

    def remember(self, speaker: Speaker) -> None:
        """Keep an anonymous source as a referent for later ``the official``/``he``, and every
        speaker for the pronouns of later paragraphs."""
        gender = self._genders.get(speaker.name)
        if (
            gender is None
            and not speaker.anonymous
            and self.cues.profile is None
            and speaker.name not in self._people
            and speaker.name not in self._bodies
        ):
            # A speaker the entity annotator left untyped: its first name may tell.
            guess = gz.first_name_gender(speaker.name.split()[0])
            gender = guess if guess in ("female", "male") else None
        if speaker.anonymous:
            self._anonymous_names.add(speaker.name)
        self.spoken.append((speaker.start, speaker.name, gender))
        self._speaker_names.add(speaker.name)
        low = bisect.bisect_left(self._positions, speaker.start)
        high = bisect.bisect_right(self._positions, speaker.start)
        if (
            speaker.anonymous
            and speaker.name not in _INDEFINITE_SPEAKERS  # ``one``, ``another``: a new one each
            and not any(r.type == "anonymous" for r in self.referents[low:high])
        ):
            roles = _role_words(speaker.name)
            # After any referent at the same position, as an appended one was.
            self.referents.insert(
                high,
                _Referent(
                    speaker.start, speaker.name, "anonymous", _noun_gender(speaker.name), roles
                ),
            )
            self._positions.insert(high, speaker.start)

    def _add_anonymous_sources(self) -> None:
        last_end = appositive_end = -1
        for match in _anonymous_source().finditer(self.masked):
            phrase = match.group(0)
            if 0 <= match.start() - last_end <= 4 and _APPOSED_SOURCE.fullmatch(
                self.masked, last_end, match.start()
            ):
                # ``an older woman - a chilly manager of whom ... -``: the same source
                # described again, known by its first description.
                continue
            last_end = match.end()
            inner = match.group("np").split()[1:-1]
            if any(w.lower() in _NO_SOURCE_MODIFIERS for w in inner):
                continue  # ``a meeting in which officials``: no noun phrase
            if _QUOTE_MASK in phrase or self._follows_person(match.start()):
                appositive_end = match.end()
                continue  # ``Mark Hertling, a ... analyst``: an appositive, not a new source
            if appositive_end >= 0 and _SAME_APPOSITION.fullmatch(
                self.masked, appositive_end, match.start()
            ):
                # ``Henry Bahn, an official ... who was visiting and a witness to ...``: the
                # appositive goes on, the same person described again.
                continue
            name = _anonymous_name(self._qualified_source(match.start(), match.end(), phrase))
            self.referents.append(
                _Referent(match.start(), name, "anonymous", _noun_gender(phrase),
                          _role_words(phrase))
            )  # fmt: skip

        # ``three sources told Reuters``, ``two officials said``: several unnamed sources (the
        # pattern is tried only on the lines where its nouns are written: a match never holds a
        # line break, and a scan of every text was slow).
        masked = self.masked
        matches = (
            match
            for start, end in _lines_with(masked, _COUNTED_NOUNS)
            for match in _COUNTED_SOURCES.finditer(masked, start, end)
        )
        for match in matches:
            phrase = match.group(0)
            qualified_by = _QUALIFIED_AFTER.match(masked, match.end())
            if qualified_by is not None and _QUOTE_MASK not in qualified_by.group(0):
                phrase += qualified_by.group(0)
            self.referents.append(
                _Referent(match.start(), phrase, "anonymous", None, _role_words(phrase))
            )
        # ``Two people familiar with the matter``, ``according to people familiar with the
        # talks``: several unnamed sources, with no article, qualified as sources are.
        qualified = any(phrase in masked for phrase in _QUALIFIERS)
        for match in _QUALIFIED.finditer(masked) if qualified else ():
            head = self.masked[max(0, match.start() - 60) : match.start()]
            found = _PLURAL_SOURCE.search(head)
            if found is None or not _plural_source(found.group("noun")):
                continue
            start = match.start() - len(head) + found.start()
            phrase = self.masked[start : match.end()]
            if _QUOTE_MASK in phrase:
                continue
            self.referents.append(_Referent(start, phrase, "anonymous", None, _role_words(phrase)))

    def _qualified_source(self, start: int, end: int, phrase: str) -> str:
        """An unnamed source ``phrase`` (``masked[start:end]``) with the body or the place a
        preposition names right after it (``A spokesperson for the International Olympic
        Committee``), as :meth:`_described` names the source that speaks there: a later
        ``the spokesperson said`` is that source. Reads at most :data:`_QUALIFIED_REACH`
        characters past the phrase."""
        if self.cues.profile is not None:
            return phrase
        body = next(iter(self.within(end, end + _QUALIFIED_REACH)), None)
        if body is None or body.type not in ("organisation", "place"):
            return phrase
        if _QUOTE_MASK in self.masked[end : body.start]:
            return phrase
        described = _DESCRIBED.match(self.masked, start, body.start)
        if described is None or described.end("noun") != end:
            return phrase  # the preposition must follow the source's own noun
        if not self._role_noun(described.group("noun"), people_only=True):
            return phrase
        return self.text[start : body.end]

    def _follows_person(self, position: int) -> bool:
        offset = max(0, position - 200)
        before = self.masked[offset:position].rstrip()
        if not before.endswith(","):
            return False
        end = offset + len(before[:-1].rstrip())
        mention = self._mention_ending(end)
        return mention is not None and mention.end == end and mention.type == "person"

    def _mention_starting(self, start: int) -> Mention | None:
        index = bisect.bisect_left(self._starts, start)
        if index < len(self.mentions) and self.mentions[index].start == start:
            return self.mentions[index]
        return None

    def _mention_ending(self, end: int) -> Mention | None:
        # A mention ending at ``end`` (or holding it) starts shortly before it: look back over
        # at most the longest name's length, and keep the earliest, as a full scan would.
        found = None
        for index in range(bisect.bisect_left(self._starts, end) - 1, -1, -1):
            mention = self.mentions[index]
            if mention.start < end - self._longest:
                break
            if mention.end == end or (mention.start < end <= mention.end):
                found = mention
        return found

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions starting in ``[start, end)``, in text order."""
        low = bisect.bisect_left(self._starts, start)
        high = bisect.bisect_left(self._starts, end)
        return self.mentions[low:high]

    def _last_mention(self, start: int, end: int, types: tuple[str, ...]) -> Mention | None:
        found = [m for m in self.within(start, end) if m.end <= end and m.type in types]
        return found[-1] if found else None

    def _person_of(self, mention: Mention, *, described: bool = False) -> Mention | None:
        """The person named right before ``of`` and ``mention`` (``Dan Ives of Wedbush
        Securities``, ``Senator Chuck Schumer of New York``); only with a description of the
        body between when ``described`` (``Paul Newman, of leisure analysts RSM``: a body the
        entity annotator took for a person after a role noun)."""
        match = None
        if not described:
            match = _OF_BEFORE.search(self.masked, max(0, mention.start - 12), mention.start)
        if match is None:
            # ``Paul Newman, of leisure analysts RSM``: a description of the body between.
            match = _OF_DESCRIBED_BEFORE.search(
                self.masked, max(0, mention.start - 80), mention.start
            )
        if match is None:
            return None
        person = self._mention_ending(match.start())
        if person is None or person.type != "person" or person.end != match.start():
            return None
        return person

    def _apposed_to(self, person: Mention, np_start: int) -> bool:
        """Whether a noun phrase at ``np_start`` is in apposition right after ``person``
        (``Name, the ...``, ``Name of Place, the ...``)."""
        between = self.masked[person.end : np_start]
        if re.fullmatch(r",[ \u00a0]*", between):
            return True
        place = self._mention_ending(len(between.rstrip(" ,\u00a0")) + person.end)
        return (
            place is not None
            and place.type != "person"
            and self._person_of(place) == person
            and re.fullmatch(r",[ \u00a0]*", self.masked[place.end : np_start]) is not None
        )

    def _appositive_person(self, start: int, np_start: int) -> Mention | None:
        before = self.masked[start:np_start].rstrip()
        if not before.endswith(","):
            return None
        return self._last_mention(start, np_start, ("person",))


# A possessive after a name (``Kavanaugh's``, ``Harris’``).
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")
# What stands between two names of a list (``A, B and C``), read in English.
_LISTED = re.compile(
    rf",?[ \u00a0]+{plain_alternation(_EN.words('quotes', 'list_conjunctions'))}[ \u00a0]+"
    r"|,[ \u00a0]*"
)
# What stands between two descriptions of one unnamed source in apposition.
_APPOSED_SOURCE = re.compile(r"[ \u00a0]{0,2}[,—–-][ \u00a0]{0,2}")


@functools.cache
def _anonymous_source() -> re.Pattern[str]:
    """``a senior Ukrainian security official``, ``one person familiar with the talks``: an
    indefinite noun phrase whose head is a role noun (made once: the nouns are a trie)."""
    # The quotes annotator's own role nouns (``fan``, ``student``, ``campaigner``) are left
    # out: ``has become a high-profile LGBT campaigner`` describes the subject.
    nouns = word_alternation(gz.PERSON_ROLE_NOUNS | _UNNAMED_SOURCES)
    return re.compile(
        # ``\b[Aa]n?`` written as a character class first, then the boundary looked back at:
        # the engine skips to the next ``a``/``o`` instead of testing ``\b`` at every position.
        # A modifier may be an abbreviation (``a senior U.S. official``), never a word
        # ending a sentence.
        rf"(?P<np>[AaOo](?<!\w.)(?:(?<=[Aa])n?|(?<=[Oo])ne)\s+(?:(?:[\w’'\-]+|(?:[A-Z]\.)+)\s+)"
        rf"{{0,4}}?{nouns})\b(?![’']s\b)"  # not ``an official's``
        # ``a source at the utility``, ``an official familiar with the talks``
        r"(?:\s+(?:with knowledge of|familiar with|briefed on|involved in|close to|at|from|"
        r"in|with)\s+(?:the\s+)?[\w’'\-]+"
        # ``an analyst for USGS in Colorado``: a body's name, then where
        r"|\s+for\s+[A-Z][\w’'\-]*(?:\s+in\s+[A-Z][\w’'\-]*)?)?"
    )


# Made at import, as this module's other English patterns are: every document with a quotation
# reads it, and a process's first such document would otherwise pay for the trie and the
# compilation (a tenth of a 100-article corpus's attribution time).
_anonymous_source()


# `` of `` ending a text (``Dan Ives of [Wedbush Securities]``).
#: Nouns that name the story's subject by what they are (``the veteran said``).
_EPITHETS = _EN.words("quotes", "epithets")
_OF_BEFORE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?$")
#: ``, of leisure and hospitality analysts`` before a body's name: lower-case words only.
_OF_DESCRIBED_BEFORE = re.compile(
    rf",[ \u00a0]+(?:{plain_alternation(_AFFILIATION_WORDS)})[ \u00a0]+"
    r"(?:[a-z][\w'\-]*[ \u00a0]+){1,6}$"
)
# A participle clause opening a sentence (``Asked whether she will ..., ``).
_PARTICIPLE_CLAUSE = re.compile(
    r"[ \u00a0]*(?:[A-Z][a-z]+(?:ed|ing))\b[^,;:.!?§\n]{0,160},[ \u00a0]+"
)
#: Cues of an answer: its speaker is not the one who asked.
_REPLY_CUES = _EN.words("quotes", "reply_cues")
#: An untyped subject is looked for this far back before a pronoun (code points).
_UNTYPED_LOOKBACK = 400
#: ``the [former] controller, `` before a name, the head noun (group 1) the first word ending
#: in a comma: one pattern for every head, read as a pattern per head would match (a head's
#: pattern reaches no comma past the first, and none inside a match; compiling one per head
#: met was a tenth of a first run's attribution time).
_DEFINITE_APPOSITION = re.compile(
    r"\b[Tt]he(?:[ \u00a0]+[\w’'\-]+){0,4}?[ \u00a0]+([\w’'\-]+),[ \u00a0]+"
)
# A capitalised run opening a sentence (a nickname masked inside it): an untyped subject.
_SENTENCE_OPENING = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?][ \u00a0]))"
    r"(?P<name>[A-Z][\w’'\-]*(?:[ \u00a0]+(?:§+[ \u00a0]+){0,4}[A-Z][\w’'\-]*){1,4})",
    re.MULTILINE,
)
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
#: At most this many words in an unnamed source's description after a cue.
_DESCRIPTION_WORDS = 7
# An indefinite noun phrase of lower-case words ending with a preposition before a name
# (``A source close to [Peter Jones]``, ``an adviser to``), opening its sentence (after a
# comma it may be an apposition: ``Ann Roe, a former adviser to the Board said``).
_HELD_BY_SOURCE = re.compile(
    r"(?:^|(?<=[;:.!?§\n]))[ \u00a0]*(?P<np>(?:[Aa]n?|[Oo]ne)[ \u00a0]+"
    r"(?:[a-z][a-z\-]*[ \u00a0]+){1,3}(?:close[ \u00a0]+to|near[ \u00a0]+to|to|for|at|with))"
    r"[ \u00a0]+(?:the[ \u00a0]+)?$"
)
# A dash and a name, maybe in quotation marks, closing a paragraph after a quotation.
# A colon right after a quotation (``'...': chef Ann Roe on ...``).
_HEADLINE_COLON = re.compile(r"[ \u00a0]*:[ \u00a0]+")
_SIGNATURE = re.compile(
    r"[ \u00a0]*[-–—][ \u00a0]*[\"“‘']?"
    r"(?P<name>[A-Z][\w’'.\-]*(?:[ \u00a0][A-Z][\w’'.\-]*){0,3})[\"”’']?[ \u00a0]*"
)
# A capitalised word opening a sentence (or after a dateline), then a lower-case word.
_LONE_SUBJECT = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?][ \u00a0])|(?<=[—–-][ \u00a0]))([A-Z][\w’'\-]+)(?=[ \u00a0]+[a-z])",
    re.MULTILINE,
)
#: Capitalised words that open sentences without naming anyone.
_LONE_NOT_NAMES = frozenset(w.capitalize() for w in _EN.words("quotes", "lone_not_names"))
#: Words of a headline's kicker, not a name (``Watch: "..."``).
_LABEL_WORDS = frozenset(w.capitalize() for w in _EN.words("quotes", "label_words"))
# What qualifies an unnamed source (``familiar with the matter``).
# (No phrase is the start of another: their order in the alternation does not matter.)
_QUALIFIERS = tuple(sorted(_EN.words("quotes", "qualifiers")))
# A qualifier may take a lower-case modifier between its words (``with direct knowledge of``).
_QUALIFIER = "|".join(r"\s+(?:[a-z]+\s+)?".join(q.split()) for q in _QUALIFIERS)
# Its object: a noun, or up to two more lower-case words that are no cue and no function word
# (``familiar with the internal deliberations``, not ``... the matter said``).
_QUALIFIED_OBJECT = (
    r"[\w’'\-]+(?:[ \u00a0]+"
    rf"(?!(?:{word_alternation(_CUE_WORDS | _FUNCTION_WORDS)})(?![\w’'\-]))"
    r"[a-z][\w’'\-]*){0,2}"
)
_QUALIFIED = re.compile(rf"(?<=\s)(?:{_QUALIFIER})\s+(?:the\s+)?{_QUALIFIED_OBJECT}")
# A qualifier right after a counted source (``Two sources with direct knowledge of the talks``).
#: How far past an unnamed source the body a preposition names after it may start.
_QUALIFIED_REACH = 40
_QUALIFIED_AFTER = re.compile(
    rf"[ \u00a0]+(?:{_QUALIFIER})[ \u00a0]+(?:the[ \u00a0]+)?{_QUALIFIED_OBJECT}"
)
# The plural noun phrase before it: a number or ``several``, capitalised or official modifiers.
_PLURAL_SOURCE = re.compile(
    r"(?<![\w’'\-])"
    rf"(?:{plain_alternation(_EN.words('quotes', 'source_counts'), case='either')}[ \u00a0]+)?"
    r"(?:(?:(?!The\b|A\b|An\b)[A-Z][\w.’'\-]*|"
    rf"{plain_alternation(_EN.words('quotes', 'source_modifiers'))})[ \u00a0]+){{0,3}}"
    r"(?P<noun>[a-z]+)[ \u00a0]+$"
)


# ``three sources``, ``two senior officials``: counted unnamed sources (a letter class first,
# then the boundary looked back at: the engine skips to the next candidate letter).
# (No noun is the start of another: their order in the alternation does not matter.)
_COUNTED_NOUNS = tuple(sorted(_EN.words("quotes", "counted_nouns")))
_COUNTED_SOURCES = re.compile(
    r"[TtFfSs](?<![\w’'\-][TtFfSs])(?:(?<=[Tt])(?:wo|hree)|(?<=[Ff])(?:our|ive)|(?<=[Ss])everal)"
    r"[ \u00a0]+(?:(?:senior|government|administration|[A-Z][\w.’'\-]*)[ \u00a0]+){0,2}"
    rf"(?:{'|'.join(_COUNTED_NOUNS)})\b"
)


def _lines_with(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """``(start, end)`` of each line of ``text`` (line breaks excluded) holding any of
    ``words``, in text order."""
    lines = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            end = text.find("\n", at)
            end = len(text) if end < 0 else end
            lines.add((text.rfind("\n", 0, at) + 1, end))
            at = text.find(word, end)
    return sorted(lines)


def _with_particles(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person's name run on over a surname after a particle, when the
    entity annotator stopped before it (``Walid`` of ``Walid al-Moualem``), and without a
    title it kept (``Sheriff Robert Luna``: the title is read as the role)."""
    out = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.type != "person" or mention.name != text[mention.start : mention.end]:
            continue
        words = mention.name.split(" ")
        if len(words) >= 3 and words[0].lower() in _ROLE_NOUNS and words[0].istitle():
            skip = len(words[0]) + 1
            mention = out[index] = mention._replace(
                start=mention.start + skip, name=mention.name[skip:]
            )
        more = _PARTICLE_SURNAME.match(text, mention.end)
        if more is None:
            continue
        if index + 1 < len(mentions) and mentions[index + 1].start < more.end():
            continue
        out[index] = mention._replace(end=more.end(), name=mention.name + more.group(0))
    return out


# Two capitalised words before a lower-case word (``Kanye West was booed``), matched where a
# sentence opens.
_OPENING_FULL_NAME = re.compile(
    r"([A-Z][a-z][\w’'\-]*)[ \u00a0]+([A-Z][a-z][\w’'\-]*)(?=[ \u00a0]+[a-z])"
)
# Third-person pronouns and their referent's gender (``[quotes] gender_pronouns`` of en.toml).
_PRONOUN_GENDERS = {str(k): str(v) for k, v in _EN.table("quotes", "gender_pronouns").items()}
_THIRD_PERSON = re.compile(rf"\b{plain_alternation(_PRONOUN_GENDERS, case='either')}\b")
#: How far after a name its gender is read from a pronoun.
_GENDER_LOOKAHEAD = 200
_SUBJECT_PRONOUN = re.compile(rf"\b{plain_alternation(_EN.words('quotes', 'subject_pronouns'))}\b")
_SENTENCE_STOP = re.compile(r"[.!?§\n]")
#: A surname must open at least this many sentences on its own to make its full name a person.
_UNTYPED_OPENINGS = 2
#: The opening of an article (its headline and lead) where its subject is named in full.
_LEAD = 400


# Before a surname opening a sentence or a clause, read backwards: the text's start, a line
# break, or a space after a stop or a dash; and a lower-case word after it.
_LONE_OPENING = re.compile(r"$|\n|[ \u00a0][.!?—–-]")
_LOWER_AFTER = re.compile(r"[ \u00a0]+[a-z]")
# Where a sentence opens: after a line break, or a stop and a space.
_SENTENCE_OPENINGS = re.compile(r"\n|[.!?][ \u00a0]")


def _word_places(text: str, word: str) -> Iterator[int]:
    """Where ``word`` is written as a whole word in ``text`` (found with :meth:`str.find`: a
    pattern made per name was compiled per name)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _NAME_CHARACTER.match(text, at - 1)) and not _NAME_CHARACTER.match(
            text, end
        ):
            yield at
        at = text.find(word, end)


def _with_untyped_people(masked: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a person the entity annotator left untyped (``Kanye West was booed``
    ... ``West went on:``, ``West had complained``): a name of two capitalised words opening a
    sentence of the article's lead whose second word opens at least :data:`_UNTYPED_OPENINGS`
    more sentences on its own and is never written in lower case, none of its words a place, a
    title, a calendar or an entity's word. Every other place the full name or the surname is
    written becomes a mention of the full name, with the gender of the first personal pronoun
    after the name (``... and said he would run``)."""
    # The name is matched only where a sentence opens (a scan of the whole lead for two
    # capitalised words tried the pattern at every capital).
    openings = [0, *(m.end() for m in _SENTENCE_OPENINGS.finditer(masked, 0, _LEAD))]
    candidates = [
        m for at in openings if (m := _OPENING_FULL_NAME.match(masked, at, _LEAD)) is not None
    ]
    if not candidates:
        return mentions
    places = gz.place_names()

    def plain(word: str) -> bool:
        return not (
            word in places or word in gz.CALENDAR or word in gz.ROLE_WORDS
            or word in gz.DEMONYMS or word in _LONE_NOT_NAMES or word in gz.HONORIFICS
            or word.lower() in _ROLE_NOUNS
        )  # fmt: skip

    candidates = [m for m in candidates if plain(m.group(1)) and plain(m.group(2))]
    if not candidates:
        return mentions
    starts = [m.start for m in mentions]

    def free(start: int, end: int) -> bool:
        index = bisect.bisect_right(starts, start) - 1
        if index >= 0 and mentions[index].end > start:
            return False
        return index + 1 >= len(mentions) or mentions[index + 1].start >= end

    # (Most candidates are names the entity annotator typed: ``free`` refuses them first.)
    candidates = [m for m in candidates if free(m.start(), m.end())]
    if not candidates:
        return mentions
    known_words = {w for m in mentions for w in m.name.split()}
    added: list[Mention] = []
    for match in candidates:
        first, last = match.group(1), match.group(2)
        if first in known_words or last in known_words:
            continue
        if next(_word_places(masked, last.lower()), None) is not None:
            continue  # ``west`` written in lower case: a word, not a name
        # The surname opening a sentence on its own, a lower-case word after it (as
        # ``_LONE_SUBJECT`` reads it; looked for only where the surname is written).
        alone = [
            at
            for at in _word_places(masked, last)
            if _LONE_OPENING.match(masked[max(0, at - 2) : at][::-1])
            and _LOWER_AFTER.match(masked, at + len(last))
            and free(at, at + len(last))
        ]
        if len(alone) < _UNTYPED_OPENINGS:
            continue
        pronoun = _THIRD_PERSON.search(masked, match.end(), match.end() + _GENDER_LOOKAHEAD)
        gender = None if pronoun is None else _PRONOUN_GENDERS[pronoun.group(0).lower()]
        name = f"{first} {last}"
        for at in _word_places(masked, last):
            end = at + len(last)
            # The full name where the first name stands before the surname.
            begin = at - len(first) - 1
            if (
                begin >= 0
                and masked.startswith(first, begin)
                and masked[at - 1] in " \u00a0"
                and (begin == 0 or not _NAME_CHARACTER.match(masked, begin - 1))
            ):
                at = begin
            if free(at, end):
                added.append(Mention(at, end, name, "person", gender, None))
        known_words |= {first, last}
    if not added:
        return mentions
    return sorted([*mentions, *added], key=_START)


def _kind(description: str) -> str | None:
    """The kind a body is said to be (``a trade group whose members``: ``group``): the last
    word before the first function word or mark of up to four words, lower-cased."""
    # Not cached: keyed by article text, a cache would grow without bound in a long-running
    # process, and reading a few words is cheap (one scan per noun and article).
    words = []
    for word in description.split():
        if word.lower() in _FUNCTION_WORDS or not word.isalpha():
            break
        words.append(word.lower())
    return words[-1] if words else None


def _stopwords(code: str) -> frozenset[str]:
    """The stop words of a language (``как``, ``як``: never a name)."""
    from newsbrief.languages import language as language_of

    return language_of(code).stopwords


def _plural_source(noun: str) -> bool:
    return noun == "people" or (noun.endswith("s") and noun[:-1] in _SOURCE_NOUNS)


#: Languages whose capitals mark names only (German capitalises every noun).
_PROPER_CAPITALS = frozenset({"uk", "ru", "fr", "es"})
# A dateline opening a paragraph: a place in capitals, perhaps a state, a date, a wire credit in
# brackets or slashes, then a dash (``MONTPELIER, Vt. (AP) —``, ``BOSTON, April 2, 2025
# /PRNewswire/ --``).
_DATELINE = re.compile(
    r"[ \t\u00a0]*[A-Z][A-Z.'’\-]*(?:[ \u00a0][A-Z][A-Z.'’\-]*){0,3}"
    r"(?:,[ \u00a0][^\n—–()/]{1,30}?)?[ \u00a0]*(?:\([^()\n]{1,30}\)|/[^/\n]{1,30}/)?"
    r"[ \u00a0]*(?:—|–|--?)[ \u00a0]"
)
#: Only the first paragraphs of an article may open with a dateline.
_DATELINE_PARAGRAPHS = 3


def _datelines(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``(start, end)`` of the datelines opening the first paragraphs of ``text``."""
    found = []
    for start, end in paragraphs[:_DATELINE_PARAGRAPHS]:
        words = after_dateline(text, start, end)
        if words > start:
            found.append((start, words))
    return found


def in_aside(masked: str, start: int, at: int, quote_open: int) -> bool:
    """Whether ``at`` is inside a parenthesis opened after ``quote_open`` (in ``masked`` from
    ``start``): ``use of "deep background" sourcing ... ("...," The Washington Post said)``:
    the cue in the aside attributes the quotation in it, not one outside."""
    opened = masked.rfind("(", start, at)
    return opened > quote_open and masked.find(")", opened, at) < 0


def after_dateline(text: str, start: int, end: int) -> int:
    """Where the words of a sentence starting at ``start`` begin, past a dateline
    (``SEATTLE (AP) —``)."""
    match = _DATELINE.match(text, start, end)
    if match is None or sum(c.isupper() for c in match.group(0)) < 2:
        return start
    return match.end()


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in spans)


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


def _before_title(head: str, given: str) -> str | None:
    """The text before the title ``given`` that ends ``head`` (the text before a name), up to
    the space before the title; ``None`` when ``head`` does not end with the title and a space
    before it (the title is then all the role there is)."""
    stripped = head.rstrip()
    if not stripped.endswith(given):
        return None
    before = stripped[: -len(given)]
    return before if before.endswith((" ", "\u00a0")) else None


# ``J. `` or ``D. J. `` ending a text (initials before a surname), read backwards: a ``\b``
# before each capital is a non-word character (or none) after it in the reversed text.
_INITIALS = re.compile(r"(?:[A-Z]\.){2,}")
_INITIALS_REVERSED = re.compile(r"(?:[ \u00a0]*\.[A-Z](?!\w))+")


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


def _mid_sentence(text: str, at: int) -> bool:
    """Whether ``at`` is inside a sentence: a word or a comma, not a sentence end, before it."""
    before = text[max(0, at - 3) : at].rstrip()
    return bool(before) and before[-1] not in ".!?:\n\"“”'’‘§"


def _words_backwards(text: str) -> Iterator[str]:
    """The words of ``text`` as :data:`_WORD` splits it, last first: ``reversed(_WORD.findall(
    text))``, read from the end only as far as the caller goes (a role is the last few words
    of a long head). A run of word characters reads the same both ways, and any other
    character is a word on its own, so the reversed text splits into the same words."""
    for match in _WORD.finditer(text[::-1]):
        yield match.group()[::-1]


def _undeclined(word: str, pairs: tuple[tuple[str, str], ...]) -> str | None:
    """``word`` with the first fitting genitive ending made nominative, or ``None``."""
    lower = word.lower()
    for genitive, nominative in pairs:
        if genitive and lower.endswith(genitive) and len(word) - len(genitive) >= 2:
            return word[: len(word) - len(genitive)] + nominative
    return None


def _title_cased(words: list[str]) -> bool:
    """Whether every word is capitalised (``Iranian Consul``: a formal title)."""
    return all(w[:1].isupper() for w in words)


def _inverted(text: str, start: int, cue: int) -> bool:
    """Whether a comma (inside a closing quotation mark or not) ends ``text[start:cue]``: the
    cue at ``cue`` is inverted (``..., said X``)."""
    tail = text[max(start, cue - 4) : cue].rstrip(" \u00a0")
    return tail.endswith(",") or (len(tail) > 1 and tail[-1] in "\"”’'" and tail[-2] == ",")


#: The ASCII characters that are neither letters nor digits (dropped from a folded name).
_ASCII_NON_ALNUM = str.maketrans(
    "", "", "".join(c for c in map(chr, range(128)) if not c.isalnum())
)


def _folded(name: str) -> str:
    """``name`` without accents, spaces, hyphens and case (``René Préval`` = ``Rene Preval``,
    ``Alain Le Roy`` = ``Alain LeRoy``)."""
    if name.isascii():  # most names: one translation, no walk over the characters
        return name.translate(_ASCII_NON_ALNUM).lower()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if c.isalnum()).casefold()


def _form_rank(form: tuple[int, str]) -> tuple[int, int, int, int]:
    """The fuller of two written forms of one name: more accented letters, then more words,
    then longer, then the first written."""
    at, name = form
    accented = 0 if name.isascii() else sum(not c.isascii() for c in name)
    return (accented, name.count(" "), len(name), -at)


def _small_words(words: list[str]) -> int:
    """How many of ``words`` a name's initials leave out (``of``, ``and``, ``the``)."""
    return sum(w in _INITIALS_SKIPPED for w in words)


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


def _coordinated_subject(masked: str, start: int, end: int) -> int:
    """Where the subject of the last clause in ``masked[start:end]`` ends: the last name or
    role noun followed by a verb or an adverb (``The minister instead highlighted ...``,
    ``Mayorga claims Ronaldo fell to his knees ...``); ``start`` when there is none."""
    found = start
    # The clause is read back a bounded way (a long sentence of many quotations stays linear).
    words = list(_WORD.finditer(masked, max(start, end - _CLAUSE_LOOKBACK), end))
    for word, following in itertools.pairwise(words):
        text, after = word.group(0), following.group(0).lower()
        lower = text.lower()
        if not (text[:1].isupper() or lower in _ROLE_NOUNS):
            continue
        if lower in _DETERMINERS or lower in _CLAUSE_OPENERS:
            continue
        if (
            not after[:1].isalpha()
            or not following.group(0)[:1].islower()
            or after in _NP_STOP
            or after in _DETERMINERS
            or after in ("and", "or", "nor")
            or after in _ROLE_NOUNS
        ):
            continue
        found = word.end()
    return found


def _np_word(word: str) -> bool:
    lower = word.lower()
    return (
        lower not in _NP_STOP
        and lower not in (",", ".", ";", ":")
        and _QUOTE_MASK not in word
        and (word.isalpha() or "." in word or "’" in word or "'" in word or "-" in word)
    )


def _other_kind(name: str, kind: str) -> bool:
    """Whether a body's name ends with the noun of another kind of body than ``kind``
    (``Halden Bank`` is no ``regulator``)."""
    last = name.lower().rsplit(None, 1)[-1]
    return last in _BODY_KINDS and last != kind


def _public_body(name: str) -> bool:
    """Whether a body's name ends with the head of a public body (``National Weather
    Service``, ``Ministry of Defence`` opens with one): no company."""
    words = name.lower().split()
    return bool(words) and (words[-1] in _PUBLIC_BODY_HEADS or words[0] in _PUBLIC_BODY_HEADS)


def _plural(description: str) -> bool:
    """Whether an anonymous source's description names several (``U.N. officials``)."""
    head = next(
        (w for w in reversed(description.lower().split()) if w in _SOURCE_NOUNS),
        "",
    )
    return head == "people" or (head.endswith("s") and head not in ("witness",))


def _is_role(words: list[str]) -> bool:
    """Whether apposed words state a role (``president of the Dallas Fed``), not a list of
    names or a clause."""
    if not any(w.lower() in _ROLE_NOUNS or w in gz.ROLE_WORDS for w in words[:4]):
        return False
    # ``Deputy Pentagon Press Secretary`` is a title; ``President Joe Biden`` names someone.
    # What follows ``of``/``at`` names the body (``president of the Federal Reserve Bank of San
    # Francisco``), not a person.
    cut = next((i for i, w in enumerate(words) if w in ("of", "at", "for", "in", "from")), None)
    words = words[:cut]
    places = gz.place_names()
    return not any(
        # The cheap tests first: a first-name look-up (gender-guesser) is the slow one.
        nxt[:1].isupper()
        and nxt not in gz.ROLE_WORDS
        and w not in gz.ROLE_WORDS
        and w not in places
        and gz.first_name_gender(w) is not None
        for w, nxt in itertools.pairwise(words)
    )


def _noun_gender(phrase: str) -> str | None:
    """The gender an unnamed source's description tells (``a Downing Street spokesman``)."""
    words = set(phrase.lower().split())
    if words & gz.FEMALE_NOUNS:
        return "female"
    return "male" if words & gz.MALE_NOUNS else None


def _office(word: str) -> bool:
    """Whether ``word`` names an office (``president``, ``CEO``, ``Chief``)."""
    return (
        word.lower() in _ROLE_NOUNS
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


def is_short(text: str) -> bool:
    """Whether a quotation is short enough to be a scare quote."""
    # Split no further than the limit: a long quotation's words need not all be counted.
    return len(text.split(None, _SHORT_QUOTE_WORDS)) <= _SHORT_QUOTE_WORDS
