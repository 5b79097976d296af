"""The words of a language's ``[entities]`` section that the evidence for non-English names
reads, and the small helpers every pass of it shares.

:func:`foreign_words` reads a language's words once (:class:`ForeignWords`). The evidence pass
(:mod:`.foreign`) and the passes after it (:mod:`.foreign_forms`, :mod:`.foreign_bounds`,
:mod:`.foreign_pages`) all decide by them, and all ask the same questions of a mention: is its
type still open to evidence (:func:`is_open`), which word is before it (:func:`word_before`);
and they all replace a mention's fields the same way (:func:`typed_as`).
"""

from __future__ import annotations

from functools import cache

import attrs

from newsbrief.annotators.entities.chunker import (
    CANONICAL,
    EVIDENCE,
    GENDER,
    ROLE,
    TEXT,
    TYPE,
    CandidateFields,
    not_acronyms,
)
from newsbrief.languages import language, on_reload
from newsbrief.languages.genitives import genitive_endings

__all__ = [
    "QUOTES",
    "ForeignWords",
    "body_of_place_canonical",
    "body_of_place_noun",
    "foreign_words",
    "is_open",
    "named_with_place",
    "typed_as",
    "word_before",
    "word_bounds",
    "work_title_at",
]

#: Closing quotation mark of each opening one a body's name is written in.
QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"', "‚": "‘"}


@attrs.frozen
class ForeignWords:
    """A language's words for the evidence passes (``[entities]`` of its data file)."""

    #: Lower-case nouns after which a body's own name stands (``die Kette Argos``).
    organisation_before: frozenset[str]
    #: Lower-case nouns of a place before its name, which alone is the place's (``Gemeinde
    #: Rechberghausen``).
    place_before: frozenset[str]
    #: Prepositions of place (``à``, ``en``, ``in``): they also introduce objects (``à Jean``,
    #: ``in Betrieb``), so a name after one is a place only when already known as one.
    place_prepositions: frozenset[str]
    #: Those of ``place_prepositions`` that also take a person (``dit à Nancy``): a big
    #: city's name after one outweighs a first name spelt so only where they do not.
    person_prepositions: frozenset[str]
    #: Words before one of ``person_prepositions`` that make the name after it a person's
    #: (``écrit à Florence``): the language's speech verbs and ``person_verbs``.
    person_verbs: frozenset[str]
    #: Those of ``place_prepositions`` before which news writes a town's name far more than any
    #: other (``à Morvenac``): there a name no one bears and no lexicon knows is a town's.
    town_prepositions: frozenset[str]
    #: Words before such a preposition that make it take any noun (``grâce à``, ``face à``).
    town_preposition_blockers: frozenset[str]
    #: Feasts and holidays, lower case, which such a preposition puts a time to (``à Pâques``).
    feasts: frozenset[str]
    #: Prepositions that, before an article (``area_articles``), name a region or a river the
    #: same way (``dans le Morbihan``, ``vers la Meuse``).
    area_prepositions: frozenset[str]
    #: The articles after those prepositions (``le``, ``la``).
    area_articles: frozenset[str]
    #: Prepositions of place before a name in the locative case (``в Кройдоне``).
    locative_before: frozenset[str]
    #: Whether bodies are named in quotation marks (``«Газпром»``, ``«Нафтогаз»``).
    quoted_organisations: bool
    #: Words for works, whose titles are quoted too (``роман «Анна Каренина»``).
    work_before: frozenset[str]
    #: Words for a call sign or a nickname, a person's name quoted after them (``с позывным
    #: «Гром»``).
    nickname_before: frozenset[str]
    #: Words that join the last two names of a list (``et``, ``und``, ``и``).
    list_joiners: frozenset[str]
    #: Words that join a list's last portfolio to a lower-case noun of its own (``Cohésion des
    #: territoires``; :mod:`.foreign_portfolios`).
    portfolio_complement_connectors: frozenset[str]
    #: Lower-case words joining a name to a place in a team's name (``Nuggets de Denver``).
    connectors: frozenset[str]
    #: The longer words of ``organisation_before``, which end compounds (``Parfümhändler``).
    compound_heads: tuple[str, ...]
    #: Words in the locative case that name no place (``Твиттере``, ``Сенате``).
    locative_not_places: frozenset[str]
    #: Plural articles (``les``, ``los``) before a team's or company's name ...
    plural_articles: frozenset[str]
    #: Articles that open a name when capitalised inside a sentence (``Le Havre``, ``El Alto``):
    #: a connector that is one of them ties no name to a noun before it (``la Real``).
    name_articles: frozenset[str]
    #: ... unless it ends like a plural demonym (``Américains``, ``Catalans``).
    demonym_endings: tuple[str, ...]
    #: ... or is a group's noun (``les Noirs``, ``les Jeux``).
    plural_not_bodies: frozenset[str]
    #: Endings of common nouns, where every noun is capitalised: a name whose first word ends
    #: so gets no type by position (``in Geschäften``, ``in Gewahrsam``).
    noun_endings: tuple[str, ...]
    #: A country's institutions named by a generic noun (``Sénat``, ``Bundestag``, ``Рада``).
    organisation_words: frozenset[str]
    #: Beginnings of one-word short names of ministries (``минпромторг``), any case form after.
    organisation_starts: tuple[str, ...]
    #: Endings of compounds naming a body (``Arbeitsministerium``, ``SPD-Fraktion``).
    organisation_endings: tuple[str, ...]
    #: Beginnings of common nouns that end like such compounds (``масштаб`` of ``Масштаб``).
    not_organisation_stems: tuple[str, ...]
    #: Lower-case nouns that begin a body's name before a name (``ministère de l'Industrie``,
    #: ``tribunal correctionnel de Marseille``) ...
    organisation_nouns_before: frozenset[str]
    #: ... or a place's, right before it (``rue Victor-Hugo``, ``stade Geoffroy-Guichard``) ...
    place_nouns_before: frozenset[str]
    #: ... or a place's, before a connector and its name (``glacier du Rhône``, ``canton de
    #: Vaud``).
    place_nouns_of: frozenset[str]
    #: Endings of adjectives, where a capitalised adjective and a generic noun after it name a
    #: place (``Харківській області``) or a body (``Московской бирже``).
    adjective_endings: tuple[str, ...]
    #: ... and endings of lower-case adjectives inside such a name (``апелляционном``), which
    #: towns' case forms share (``Лондоном``).
    inner_adjective_endings: tuple[str, ...]
    #: Common adjectives (``новая``, ``местный``) that name no body with a generic noun when
    #: only a sentence's first place capitalises them (``Новая школа откроется``).
    common_adjectives: frozenset[str]
    #: Generic nouns of a place after its capitalised adjective (``Харківській області``).
    place_nouns_after: frozenset[str]
    #: Generic nouns of a body after its capitalised adjective (``Московской бирже``).
    organisation_nouns_after: frozenset[str]
    #: A capitalised adjective's short ending -> the endings of the generic noun it agrees
    #: with (``а`` -> ``а``, ``я``: ``Державна служба``, not ``Заява партії``).
    adjective_agreement: dict[str, tuple[str, ...]]
    #: Those of them a body's name goes on after with lower-case words in the genitive
    #: (``Высшей школы экономики``, ``Российского фонда прямых инвестиций``) ...
    complemented_nouns: frozenset[str]
    #: ... up to a verb in the past (``подготовили``) or the present (``name_verb_endings``),
    #: or a stop word.
    past_endings: tuple[str, ...]
    #: ... and never go on with a word of these endings, no genitive's (``журналистам``,
    #: ``утром``, ``единогласно``, ``возбудит``).
    not_genitive_endings: tuple[str, ...]
    #: The language's stop words.
    stopwords: frozenset[str]
    #: Words between a body's name and the person it is named after (``МГУ имени
    #: Ломоносова``), without a dot.
    named_after: frozenset[str]
    #: A name in Latin letters in a text in another script is a body's or a brand's (people's
    #: names are transliterated: ``Boots``, ``Dragon Capital``), when nothing else types it.
    latin_names_are_bodies: bool
    #: Capitalised nouns of a venue's name (``Газпром Арене``, ``Арені Львів``): a place.
    venue_words: frozenset[str]
    #: An acronym and the place right after it are one body (``МИД России``).
    acronym_of_place: bool
    #: Both lists of nouns before a name.
    nouns_before: tuple[str, ...]
    #: Words between a noun of ``organisation_nouns_before`` and the name (``de``, ``l'``).
    noun_connectors: frozenset[str]
    #: Abbreviations of common nouns, written like acronyms (``PIB``, ``ВВП``).
    not_acronyms: frozenset[str]
    #: Legal forms after a company's name (``SAS``, ``S.A.``), part of it.
    legal_forms: tuple[str, ...]
    #: ... their first characters, and each after a space (the end of a name holding one).
    legal_starts: frozenset[str]
    legal_suffixes: tuple[str, ...]
    #: Capitalised first words of places' names (``Río Negro``, ``Punta Arenas``).
    place_leads: frozenset[str]
    #: Lower-case words inside a hyphenated place's name (``Boulogne-sur-Mer``).
    place_hyphen_words: frozenset[str]
    #: News agencies (``[page] agencies``, this language's and English), by their names.
    agencies: frozenset[str]
    #: Time zones (``[page] time_zones``, this language's and English): no acronym of a body.
    zones: frozenset[str]
    #: Endings of regions' names (``Полтавщина``, ``Сумщини``).
    place_endings: tuple[str, ...]
    #: Beginnings of common nouns that end like regions' names (``женщин`` of ``Женщина``).
    not_place_stems: tuple[str, ...]
    #: Plural generic nouns after a list of adjectives (``Сумській та Полтавській областях``).
    place_nouns_plural: frozenset[str]
    #: Endings of adjectives that end a body's name in lower case (``européenne``,
    #: ``étrangères``: ``ministère des Affaires étrangères``), where adjectives follow nouns.
    name_adjective_endings: tuple[str, ...]
    #: Endings of verbs a body's name is cut before (``devra``).
    name_verb_endings: tuple[str, ...]
    #: Capitalised nouns naming a body by the place after them (``Банк России``).
    organisation_of_place: frozenset[str]
    #: Ends of compounds that do so too (``Mietervereinigung Österreich``, ``Bergrettung
    #: Tirol``), longest first.
    organisation_of_place_endings: tuple[str, ...]
    #: Lower-case words joining such a body to its town inside its name (``Universität zu
    #: Köln``, ``Humboldt-Universität zu Berlin``: ``[entities] body_place_links``).
    body_place_links: frozenset[str]
    #: Lower-case endings of the noun of a body such a link may follow (``universität``,
    #: ``akademie``: ``[entities] body_place_link_heads``); after another body the word says
    #: what the body spoke of (``die Haltung der Landesregierung zu Bayern``).
    body_place_link_heads: tuple[str, ...]
    #: Endings of a name's genitive (:func:`~newsbrief.languages.genitives.genitive_endings`),
    #: which such a noun takes too (``des Oberlandesgerichts München``).
    genitive_endings: tuple[str, ...]
    #: Lower-case words that begin a body's name (``ministère``, ``commission``).
    org_leads: frozenset[str]
    #: Words between a place's noun of ``place_before`` and its name (``provincia de``).
    place_connectors: frozenset[str]
    #: Words of a caption's credit (``[page] credit_markers``, ``credit_labels``: ``Foto``).
    credit_markers: frozenset[str]
    #: Words heading a results list or a league table (``Ergebnisse``, ``Classement``).
    results_headings: frozenset[str]
    #: Words between a match's score and the side that lost or drew it (``venció 2-1 a``,
    #: ``s'est imposé 3-1 face à``): a score in a sentence between two names.
    score_prepositions: frozenset[str]
    #: Words between a scorer's minutes in brackets and the side he scored for (``Durand (54e)
    #: pour Lyon``): the name after them is a team's.
    scorer_side_prepositions: frozenset[str]
    #: What follows a match's minute as written (the language's ordinal suffixes, ``67e``,
    #: ``23º``, or a prime, ``23'``): a scorer's minutes, not a count (``(12 sièges)``).
    minute_marks: tuple[str, ...]
    #: Lower-case words ending an outlet's name in a credit or a byline (``imago images``).
    outlet_words: frozenset[str]
    #: Beginnings of the nouns of a state (``республік``: ``«Республіка Молдова»``): a quoted
    #: state's official name is a place, not a body's name in quotation marks.
    state_nouns: tuple[str, ...]
    #: Names of months and their abbreviations (``[calendar]``), in lower case: a dateline's
    #: day is followed by one (``АСТАНА, 2 декабря``, not ``URGENT, 3 morts``).
    months: frozenset[str]
    #: Those of ``place_before`` that are part of the place's name (``Landkreis Göppingen``,
    #: ``Kanton Zürich``: a district, not the town).
    district_nouns: frozenset[str] = frozenset()
    #: Plural nouns for shops, chains and brands whose examples are companies (``des
    #: boutiques telles que Fnac``; ``[entities] example_nouns``).
    example_nouns: frozenset[str] = frozenset()
    #: Words introducing examples after such a noun (``telles que``, ``wie``, ``como``;
    #: ``[entities] example_links``).
    example_links: frozenset[str] = frozenset()
    #: Nouns of a person or party holding or dealing with a company, which news writes right
    #: before the company's name and its legal form (``Hauptaktionär``, ``Käufer``; compounds
    #: ending so too; ``[entities] party_nouns``): no word of the name.
    party_nouns: tuple[str, ...] = ()
    #: Articles that agree with a company's legal form but not with a party's noun unless it
    #: names a woman (``die Partner Reisen GmbH``: the company; ``[entities]
    #: company_articles``) ...
    company_articles: frozenset[str] = frozenset()
    #: ... by these endings (``[quotes] feminine_noun_endings``: ``die Käuferin``; and
    #: ``[entities] feminine_party_nouns``: ``die Konzerntochter``).
    feminine_endings: tuple[str, ...] = ()


@cache
def foreign_words(code: str) -> ForeignWords:
    """The words of language ``code`` (read once)."""
    lang = language(code)
    section = lang.sections.get("entities", {})
    return ForeignWords(
        organisation_before=lang.words("entities", "organisation_before"),
        place_before=lang.words("entities", "place_before"),
        place_prepositions=lang.words("entities", "place_prepositions"),
        person_prepositions=lang.words("entities", "person_prepositions"),
        person_verbs=lang.words("entities", "person_verbs") | lang.speech_verbs,
        town_prepositions=lang.words("entities", "town_prepositions"),
        town_preposition_blockers=lang.words("entities", "town_preposition_blockers"),
        feasts=lang.words("entities", "feasts"),
        area_prepositions=lang.words("entities", "area_prepositions"),
        area_articles=lang.words("entities", "area_articles"),
        locative_before=lang.words("entities", "locative_before"),
        quoted_organisations=bool(section.get("quoted_organisations", False)),
        work_before=lang.words("entities", "work_before"),
        nickname_before=lang.words("entities", "nickname_before"),
        list_joiners=lang.words("entities", "list_joiners"),
        portfolio_complement_connectors=lang.words("entities", "portfolio_complement_connectors"),
        connectors=frozenset(
            word for phrase in lang.words("entities", "connectors") for word in phrase.split()
        ),
        compound_heads=tuple(
            sorted(w for w in lang.words("entities", "organisation_before") if len(w) > 4)
        ),
        locative_not_places=lang.words("entities", "locative_not_places"),
        plural_articles=lang.words("entities", "plural_articles"),
        name_articles=lang.words("entities", "name_articles"),
        demonym_endings=tuple(sorted(lang.words("entities", "demonym_endings"))),
        plural_not_bodies=lang.words("entities", "plural_not_bodies"),
        noun_endings=tuple(sorted(lang.words("entities", "noun_endings"))),
        organisation_words=lang.words("entities", "organisation_words"),
        organisation_endings=tuple(sorted(lang.words("entities", "organisation_endings"))),
        not_organisation_stems=tuple(sorted(lang.words("entities", "not_organisation_stems"))),
        organisation_starts=tuple(sorted(lang.words("entities", "organisation_starts"))),
        organisation_nouns_before=lang.words("entities", "organisation_nouns_before"),
        place_nouns_before=lang.words("entities", "place_nouns_before"),
        place_nouns_of=lang.words("entities", "place_nouns_of"),
        adjective_endings=tuple(sorted(lang.words("entities", "adjective_endings"))),
        inner_adjective_endings=tuple(sorted(lang.words("entities", "inner_adjective_endings"))),
        common_adjectives=lang.words("entities", "common_adjectives"),
        place_nouns_after=lang.words("entities", "place_nouns_after"),
        adjective_agreement={
            ending: tuple(nouns.split())
            for ending, nouns in section.get("adjective_agreement", {}).items()
        },
        organisation_nouns_after=lang.words("entities", "organisation_nouns_after"),
        complemented_nouns=lang.words("entities", "complemented_nouns"),
        past_endings=tuple(sorted(lang.words("entities", "past_endings"))),
        not_genitive_endings=tuple(sorted(lang.words("entities", "not_genitive_endings"))),
        stopwords=lang.stopwords,
        named_after=frozenset(w.rstrip(".") for w in lang.words("entities", "named_after")),
        acronym_of_place=bool(section.get("acronym_of_place", False)),
        venue_words=lang.words("entities", "venue_words"),
        latin_names_are_bodies=bool(section.get("latin_names_are_bodies", False)),
        nouns_before=tuple(
            sorted(
                lang.words("entities", "organisation_nouns_before")
                | lang.words("entities", "place_nouns_before")
                | lang.words("entities", "place_nouns_of")
            )
        ),
        noun_connectors=lang.words("entities", "noun_connectors"),
        not_acronyms=not_acronyms(code),
        # (as written: ``SA`` is a legal form, ``Sa`` no)
        legal_forms=tuple(sorted(section.get("legal_forms", ()), key=len, reverse=True)),
        legal_starts=frozenset(form[0] for form in section.get("legal_forms", ())),
        legal_suffixes=tuple(" " + form for form in section.get("legal_forms", ())),
        place_leads=lang.words("entities", "place_leads"),
        place_hyphen_words=lang.words("entities", "place_hyphen_words"),
        agencies=lang.page.agencies | language("en").page.agencies,
        zones=lang.page.time_zones | language("en").page.time_zones,
        place_endings=tuple(sorted(lang.words("entities", "place_endings"))),
        place_nouns_plural=lang.words("entities", "place_nouns_plural"),
        not_place_stems=tuple(sorted(lang.words("entities", "not_place_stems"))),
        place_connectors=lang.words("entities", "place_connectors"),
        name_adjective_endings=tuple(sorted(lang.words("entities", "name_adjective_endings"))),
        org_leads=lang.words("entities", "org_leads"),
        name_verb_endings=tuple(sorted(lang.words("entities", "name_verb_endings"))),
        organisation_of_place=lang.words("entities", "organisation_of_place"),
        organisation_of_place_endings=tuple(
            sorted(lang.words("entities", "organisation_of_place_endings"), key=len, reverse=True)
        ),
        body_place_links=lang.words("entities", "body_place_links"),
        body_place_link_heads=tuple(sorted(lang.words("entities", "body_place_link_heads"))),
        genitive_endings=genitive_endings(code),
        credit_markers=frozenset(
            word
            for phrase in lang.page.credit_markers | lang.page.credit_labels
            for word in phrase.split()
        ),
        results_headings=lang.words("entities", "results_headings"),
        score_prepositions=lang.words("entities", "score_prepositions"),
        scorer_side_prepositions=lang.words("entities", "scorer_side_prepositions"),
        minute_marks=tuple(sorted(lang.ordinal_suffixes | {"'", "’", "′"}, key=len, reverse=True)),
        outlet_words=lang.words("entities", "outlet_words"),
        state_nouns=tuple(sorted(lang.words("entities", "state_nouns"))),
        months=frozenset(month.lower().rstrip(".") for month in lang.all_months),
        district_nouns=lang.words("entities", "district_nouns"),
        example_nouns=lang.words("entities", "example_nouns"),
        example_links=frozenset(section.get("example_links", ())),
        party_nouns=tuple(sorted(lang.words("entities", "party_nouns"))),
        company_articles=lang.words("entities", "company_articles"),
        feminine_endings=tuple(
            sorted(
                lang.words("quotes", "feminine_noun_endings")
                | lang.words("entities", "feminine_party_nouns")
            )
        ),
    )


def is_open(fields: CandidateFields) -> bool:
    """Untyped, or a person by nothing but its capitals (no title, role or first name)."""
    return fields[TYPE] is None or (
        fields[TYPE] == "person" and not fields[ROLE] and not fields[GENDER]
    )


def body_of_place_noun(lower: str, words: ForeignWords) -> bool:
    """Whether the lower-case noun ``lower`` names a body by the place after it: one of
    ``organisation_of_place`` (``landgericht``) or a compound ending in one of
    ``organisation_of_place_endings`` (``mietervereinigung``, ``bergrettung``), as written or
    in its genitive (``oberlandesgerichts``: ``des Oberlandesgerichts München``)."""
    return _body_of_place_noun(lower, words) or any(
        lower.endswith(ending) and _body_of_place_noun(lower[: -len(ending)], words)
        for ending in words.genitive_endings
    )


def body_of_place_canonical(name: str, words: ForeignWords) -> str | None:
    """The name ``name`` of a body opening with a noun of :func:`body_of_place_noun` in the
    genitive, with that noun in the nominative (``Oberlandesgerichts München`` ->
    ``Oberlandesgericht München``); ``None`` when the noun is written so."""
    noun, space, rest = name.partition(" ")
    if not space or _body_of_place_noun(noun.lower(), words):
        return None
    for ending in words.genitive_endings:
        if noun.endswith(ending) and _body_of_place_noun(noun[: -len(ending)].lower(), words):
            return f"{noun[: -len(ending)]} {rest}"
    return None


def named_with_place(
    fields: CandidateFields, kind: str, name: str, words: ForeignWords
) -> CandidateFields:
    """``fields`` typed ``kind`` (:func:`typed_as`) and renamed ``name``, a noun and the
    place's name after it (``Landgericht Ulm``, ``Stadt Göppingen``); a body's named in the
    nominative (:func:`body_of_place_canonical`: ``des Amtsgerichts Biberach``)."""
    canonical = body_of_place_canonical(name, words) if kind == "organisation" else None
    named = list(typed_as(fields, kind, canonical))
    named[TEXT] = name
    return tuple(named)


def _body_of_place_noun(lower: str, words: ForeignWords) -> bool:
    """:func:`body_of_place_noun` of a noun as written."""
    return lower in words.organisation_of_place or any(
        lower.endswith(ending) and len(lower) > len(ending) + 2
        for ending in words.organisation_of_place_endings
    )


def typed_as(fields: CandidateFields, kind: str, canonical: str | None) -> CandidateFields:
    """``fields`` with type ``kind`` and ``canonical`` name, its gender and evidence flag
    cleared: a copy, as a mention is replaced, never edited."""
    out = list(fields)
    out[TYPE], out[EVIDENCE], out[GENDER], out[CANONICAL] = kind, False, None, canonical
    return tuple(out)


def word_bounds(text: str, start: int) -> tuple[int, int]:
    """Where the word before ``start`` (its letters, apostrophes and hyphens) begins and ends,
    the spaces before ``start`` skipped; an empty span after punctuation."""
    end = start
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    begin = end
    while begin > 0 and (text[begin - 1].isalpha() or text[begin - 1] in "'’-"):
        begin -= 1
    return begin, end


def word_before(text: str, start: int) -> str:
    """The word before ``start`` (its letters, apostrophes and hyphens), in lower case; ``""``
    after punctuation."""
    begin, end = word_bounds(text, start)
    return text[begin:end].lower()


#: How far back a list's previous title's opening mark is looked for.
_TITLE_REACH = 80


def work_title_at(text: str, mark: int, words: ForeignWords, depth: int = 3) -> bool:
    """Whether the quotation mark opening at ``mark`` gives a work's title: after a word for a
    work (``роман «Анна Каренина»``), or after a joiner of a list whose previous title is a
    work's (``роман «Кобзар» та «Лісова пісня»``)."""
    before = word_before(text, mark)
    if before in words.work_before:
        return True
    if depth == 0 or (before and before not in words.list_joiners):
        return False
    # (back over the joiner, or a comma, to the previous title's closing mark)
    at = mark
    while at > 0 and text[at - 1] in " \u00a0":
        at -= 1
    at -= len(before) if before else 0
    while at > 0 and text[at - 1] in " \u00a0,":
        at -= 1
    if at <= 0 or text[at - 1] not in QUOTES.values():
        return False
    closing = text[at - 1]
    opening = max(
        (
            text.rfind(o, max(0, at - _TITLE_REACH), at - 1)
            for o, c in QUOTES.items()
            if c == closing
        ),
        default=-1,
    )
    return opening >= 0 and work_title_at(text, opening, words, depth - 1)


# (A language data file reloaded is read again.)
on_reload(foreign_words.cache_clear)
