"""The words and conventions of each language's press that attribution reads (``[quotes]`` of
the language's data file): every rule module may read them, whatever its place in the
:class:`~newsbrief.annotators.quotes.speakers.Attributor` chain."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import attrs

from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import language, normalize, on_reload

__all__ = [
    "NO_PRESS_WORDS",
    "PressWords",
    "document_words",
    "names_in_cases",
    "press_words",
    "reports_speech",
]

#: A pronoun joined to its verb by a hyphen (``dit-il``), without a joining letter.
_CLITIC = re.compile(r"-([^\W\d_]+)$")
_CLITIC_AFTER = re.compile(r"[ \u00a0]*-([^\W\d_]+)")
#: A pattern that matches nothing: a language without elided words.
_NOTHING = re.compile(r"(?!)")


@attrs.frozen
class PressWords:
    """The words of one language's press conventions (``[quotes]`` of its data file)."""

    definite: frozenset[str] = frozenset()
    indefinite: frozenset[str] = frozenset()
    #: Nouns of an unnamed source used without an article (``источник``, ``джерело``).
    sources: frozenset[str] = frozenset()
    #: Words after a comma that go on describing an unnamed source (``[quotes]
    #: source_qualifiers``: ``источник, знакомый с ситуацией``), where a relative would not.
    qualifiers: frozenset[str] = frozenset()
    #: Endings of an adjective before a source noun (``[quotes] source_adjective_endings``:
    #: ``дипломатичне джерело``, ``высокопоставленный источник``).
    source_adjectives: tuple[str, ...] = ()
    #: Endings of a past verb's genders (``[quotes] past_gender_endings``: ``female = "ла"``,
    #: ``male = "л"``): ``— сказал эксперт`` is no woman's.
    past_genders: dict[str, tuple[str, ...]] = attrs.Factory(dict)
    #: Nouns of a body (``Unternehmen``, ``ministère``): the nearest organisation speaks.
    bodies: frozenset[str] = frozenset()
    #: Words that close an unnamed source's description (relatives, ``sous``, ``auf``).
    stops: frozenset[str] = frozenset()
    #: Articles that tell a female referent (``la``, ``die`` is not one: it is also plural).
    feminine: frozenset[str] = frozenset()
    #: Articles that tell a male referent (``[quotes] masculine_articles``: ``le``, ``el``;
    #: German ``der`` is not one: it is also a feminine genitive and dative).
    masculine: frozenset[str] = frozenset()
    #: Endings of a feminine noun of a person (``[quotes] feminine_noun_endings``: German
    #: ``Politikerin``), where the article does not tell (``die`` is also a plural's).
    feminine_endings: tuple[str, ...] = ()
    #: Words opening a relative clause after a comma (``qui``, ``der``, ``який``).
    relatives: frozenset[str] = frozenset()
    #: Nouns after which a name stands in quotation marks (``ПАО «...»``, ``клуб «...»``).
    name_nouns: frozenset[str] = frozenset()
    #: Nouns of a press office (``пресс-службе``): its body speaks.
    services: frozenset[str] = frozenset()
    null_subject: bool = False
    #: Articles of a plural (``les``, ``los``): a group, never one person pointed back to.
    plural: frozenset[str] = frozenset()
    #: Whether the language writes every noun with a capital (German): a capital is no name.
    capitalised_nouns: bool = False
    #: Whether its capitals mark names only, a role being written in lower case inside a
    #: sentence (``proper_capitals``: ``le ministre``, ``министр``).
    proper_capitals: bool = False
    #: Whether its names take case endings (``cased_names``: ``с Олегом Сухаревым``).
    cased_names: bool = False
    #: Whether its names carry two surnames (``compound_surnames``: ``Marta Villalobos Ruiz``),
    #: and the words that may join them (``[quotes] surname_joiners``: Catalan ``i``).
    compound_surnames: bool = False
    #: Words opening a clause before its finite verb that are not its subject, when the
    #: language puts the verb second (``verb_second``: German ``Nach dem Spiel hat der Trainer
    #: gesagt``): a preposition or an adverb of time; the subject follows the auxiliary.
    fronted: frozenset[str] = frozenset()
    surname_joiners: frozenset[str] = frozenset()
    #: Prepositions of place before a body that speaks (``— заявили в Kernel``: ``[quotes]
    #: locatives``) and nouns of its statements between them (``— говорится в заявлении
    #: министерства``: ``[quotes] statement_nouns``).
    locatives: frozenset[str] = frozenset()
    statements: frozenset[str] = frozenset()
    #: Words before the name of the one told, never the speaker (``[quotes] addressee_markers``:
    #: ``un communiqué transmis à l'AFP``).
    addressees: frozenset[str] = frozenset()
    #: Prepositions of place after a cue (``[quotes] cue_place_prepositions``): a place right
    #: after one says where the words were said, never who (``», afirmó en Santa Cruz``).
    cue_places: frozenset[str] = frozenset()
    #: The pronoun of no one in particular (``[quotes] impersonal_pronouns``): the subject of
    #: an impersonal cue (``hieß es in einer Mitteilung``: the words are a statement's, its
    #: body the speaker), or one joined to its verb (``», ajoute-t-on``).
    impersonal: frozenset[str] = frozenset()
    #: Prepositions of where an impersonal cue's words come from (``[quotes]
    #: origin_prepositions``: ``Aus Regierungskreisen hieß es``).
    origins: frozenset[str] = frozenset()
    #: Endings of adjectives standing before a title in lower case (``первый заместитель``,
    #: ``haushaltspolitische Sprecher``; ``[quotes] role_adjective_endings``).
    adjective_endings: tuple[str, ...] = ()
    #: Endings of a man's first name in the genitive (``Геннадія``; ``[quotes]
    #: male_genitive_endings``): the other endings are a woman's.
    male_genitive: tuple[str, ...] = ()
    #: Nouns an age makes after its number and a hyphen (``[quotes] age_nouns``: ``der
    #: 54-Jährige``), and the gender each article tells before one (``[quotes] age_articles``:
    #: ``die 48-Jährige`` is a woman, a plural being ``die 48-Jährigen``).
    age_nouns: frozenset[str] = frozenset()
    age_articles: tuple[tuple[str, str], ...] = ()
    #: A word elided onto the next (``l'Insee``, ``d'après``; ``[quotes] elided_words``), at
    #: a word's start, with either apostrophe and a capital or not.
    elided: re.Pattern[str] = _NOTHING
    #: The same of the definite article only (``l'économiste``; ``[quotes] elided_articles``).
    elided_article: re.Pattern[str] = _NOTHING
    #: A pronoun joined to the end of its verb (``a-t-il``, ``dit-elle``; the joining letters
    #: are ``[quotes] clitic_joiners``), and the same after a word (`` -t-il``).
    clitic: re.Pattern[str] = _CLITIC
    clitic_after: re.Pattern[str] = _CLITIC_AFTER
    #: Words read like ``according to`` only opening a sentence (``Pour le maire, « ... »``;
    #: ``[quotes] opening_attribution_cues``), then spaces.
    opening_according: re.Pattern[str] = _NOTHING
    #: Stressed pronouns after an ``according to`` word, with the gender they tell (``Selon
    #: lui``; ``[quotes] according_pronouns``).
    according_pronouns: dict[str, str] = attrs.Factory(dict)
    #: Demonstratives with the gender they tell (``[quotes] demonstratives``: ``cette``
    #: female): after a cue with a description or a word of ``latter`` they point back.
    demonstratives: dict[str, str] = attrs.Factory(dict)
    #: Words after a demonstrative naming the person named last (``[quotes] latter_words``:
    #: ``ce dernier``, ``esta última``).
    latter: frozenset[str] = frozenset()
    #: Phrases after a cue naming one of the unnamed sources brought in before
    #: (``[quotes] one_of_them``: ``una de ellas``, ``l'un d'eux``).
    one_of_them: frozenset[str] = frozenset()
    #: The prepositions placing an impersonal pronoun among a source's people (``Dans
    #: l'entourage du ministre, on ...``; ``[quotes] impersonal_places``) and the words
    #: bringing in whom it learnt from (``a-t-on appris auprès de la mairie``; ``[quotes]
    #: informant_links``).
    impersonal_places: frozenset[str] = frozenset()
    informant_links: frozenset[str] = frozenset()
    #: Demonstratives and ``same`` before a source noun pointing back to the source named in
    #: the sentence before (``cette même source``, ``esas mismas fuentes``; ``[quotes]
    #: same_source_words``).
    same_source: frozenset[str] = frozenset()
    #: Endings of the capitalised adjective of a place before a body's noun (``[quotes]
    #: place_adjective_endings``: German ``Wiener``, ``Kölner``).
    place_adjective_endings: tuple[str, ...] = ()
    #: Prefixes of rank or time written onto a role noun (``[quotes] role_prefixes``:
    #: ``subsecretario``, ``ex-courtier``), each also with a hyphen after it (``ex-ministro``),
    #: longest first: the noun after one is read as the role.
    role_prefixes: tuple[str, ...] = ()
    #: Words stressing a subject pronoun, after it or joined by a hyphen (``[quotes]
    #: subject_intensifiers``: ``Ella misma``, ``Elle-même``), and object pronouns standing
    #: between a subject and its verb (``[quotes] verb_clitics``: ``Ella lo explicó``): the
    #: pronoun before them is the cue's subject.
    intensifiers: frozenset[str] = frozenset()
    verb_clitics: frozenset[str] = frozenset()


#: The press words of no language (English and documents without a profile): one object, made
#: once (an English quotation asked for them at every rule, each time a new one).
NO_PRESS_WORDS = PressWords()


@functools.cache
def press_words(code: str) -> PressWords:
    """The press words of language ``code`` (empty for English, whose attribution rules
    read English's words themselves: :mod:`.english_words`)."""
    if code == "en":
        return NO_PRESS_WORDS
    lang = language(code)

    def words(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in lang.words("quotes", key))

    conventions = words("conventions")
    joiners = "|".join(re.escape(j) for j in sorted(words("clitic_joiners")))
    joiners = f"(?:(?:{joiners})-)?" if joiners else ""
    return PressWords(
        elided=_elided(words("elided_words")),
        elided_article=_elided(words("elided_articles")),
        definite=words("definite_articles"),
        indefinite=words("indefinite_articles"),
        sources=words("source_nouns"),
        qualifiers=words("source_qualifiers"),
        source_adjectives=tuple(sorted(words("source_adjective_endings"))),
        past_genders={
            gender: tuple(sorted(endings.split()))
            for gender, endings in lang.table("quotes", "past_gender_endings").items()
        },
        bodies=words("organisation_nouns"),
        stops=words("source_stops"),
        feminine=words("feminine_articles"),
        masculine=words("masculine_articles"),
        feminine_endings=tuple(sorted(words("feminine_noun_endings"))),
        relatives=words("relatives"),
        name_nouns=words("name_nouns"),
        services=words("press_services"),
        null_subject="null_subject" in conventions,
        plural=words("plural_articles"),
        capitalised_nouns="capitalised_nouns" in conventions,
        proper_capitals="proper_capitals" in conventions,
        cased_names="cased_names" in conventions,
        compound_surnames="compound_surnames" in conventions,
        fronted=words("object_prepositions") | words("time_words") | words("skippable")
        if "verb_second" in conventions
        else frozenset(),
        surname_joiners=words("surname_joiners"),
        locatives=words("locatives"),
        cue_places=words("cue_place_prepositions"),
        statements=words("statement_nouns"),
        addressees=words("addressee_markers"),
        impersonal=words("impersonal_pronouns"),
        origins=words("origin_prepositions"),
        adjective_endings=tuple(sorted(words("role_adjective_endings"))),
        male_genitive=tuple(sorted(words("male_genitive_endings"))),
        age_nouns=words("age_nouns"),
        age_articles=tuple(
            sorted(
                (str(k).lower(), str(v)) for k, v in lang.table("quotes", "age_articles").items()
            )
        ),
        clitic=re.compile(rf"-{joiners}([^\W\d_]+)$") if joiners else _CLITIC,
        clitic_after=re.compile(rf"[ \u00a0]*-{joiners}([^\W\d_]+)") if joiners else _CLITIC_AFTER,
        opening_according=_opening(words("opening_attribution_cues")),
        impersonal_places=words("impersonal_places"),
        informant_links=words("informant_links"),
        same_source=words("same_source_words"),
        place_adjective_endings=tuple(sorted(words("place_adjective_endings"))),
        according_pronouns={
            str(k).lower(): str(v) for k, v in lang.table("quotes", "according_pronouns").items()
        },
        demonstratives={
            str(k).lower(): str(v) for k, v in lang.table("quotes", "demonstratives").items()
        },
        latter=words("latter_words"),
        one_of_them=frozenset(p.replace("’", "'") for p in words("one_of_them")),
        role_prefixes=_hyphened(words("role_prefixes")),
        intensifiers=words("subject_intensifiers"),
        verb_clitics=words("verb_clitics"),
    )


def _hyphened(prefixes: frozenset[str]) -> tuple[str, ...]:
    """``prefixes`` and each one not ending in a hyphen with one (``ex`` -> ``ex``, ``ex-``),
    longest first (``ex-ministro`` is read past ``ex-``, not ``ex``)."""
    written = prefixes | {p + "-" for p in prefixes if not p.endswith("-")}
    return tuple(sorted(written, key=lambda p: (-len(p), p)))


def _opening(words: frozenset[str]) -> re.Pattern[str]:
    """One of ``words`` opening a sentence, of either case, then spaces."""
    if not words:
        return _NOTHING
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"[ \u00a0]*(?i:({alternation}))[ \u00a0]+")


def _elided(words: frozenset[str]) -> re.Pattern[str]:
    """``words`` (``l' d'``) at a word's start, of either case and either apostrophe."""
    stems = sorted({w.rstrip("'’") for w in words} - {""})
    if not stems:
        return _NOTHING
    return re.compile(rf"^(?i:{'|'.join(map(re.escape, stems))})[’']")


@functools.cache
def document_words(code: str | None) -> PressWords:
    """The press words of a document's language ``code``, normalised first (a ``ru-RU``
    document reads Russian conventions); none for no code."""
    if code is None:
        return NO_PRESS_WORDS
    return press_words(normalize(code))


def names_in_cases(code: str | None) -> bool:
    """Whether the names of a document's language ``code`` take case endings (``[quotes]
    conventions`` has ``cased_names``: Russian, Ukrainian)."""
    return document_words(code).cased_names


def reports_speech(word: str, clause: Sequence[str], code: str) -> bool:
    """Whether ``word``, a word of the clause of words ``clause`` (outside its quotations), is
    a verb form that reports speech in language ``code`` (``[quotes] reported_speech_verbs``:
    German ``sei``, ``erwarte``). Not where the form is read otherwise: written with a capital
    in a language that capitalises its nouns (``unter einer Plane``: the noun; ``Erwarte
    nicht zu viel``: the imperative), or in a clause whose subject is the first person
    (``[quotes] first_person_subjects``: ``Ich erwarte``, ``Das halte ich für``: the
    indicative)."""
    if word.lower() not in quote_words(code, "reported_speech_verbs"):
        return False
    if press_words(code).capitalised_nouns and not word.islower():
        return False
    first = quote_words(code, "first_person_subjects")
    return not any(w.lower() in first for w in clause)


# (A language data file reloaded is read again.)
on_reload(press_words.cache_clear)
on_reload(document_words.cache_clear)
