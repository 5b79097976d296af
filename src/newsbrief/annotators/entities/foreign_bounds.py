"""Where a non-English name begins and ends, once the evidence pass has typed the document's
names (:func:`~newsbrief.annotators.entities.foreign.retyped` runs these after it).

The chunker cuts a name at its capitals, which is wrong where a language writes a name on in
lower case or quotes it: a short name in quotation marks is one body's name whole
(``«Новые люди»``: :func:`quoted_names`); a first name the gazetteer took for a place begins a
person's name (``Martín Echeverría``: :func:`first_names`); a body's name ends with its
adjectives, not with a verb (``ministère des Affaires étrangères``, ``Commission européenne
devra``: :func:`adjectives`); a noun for a body before a place names the body (``Банк
России``: :func:`bodies_of_places`), and so does a place right after a body's name where
every noun is capitalised (``IG Metall Sachsen``: :func:`places_of_bodies`).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import (
    CANONICAL,
    EVIDENCE,
    ROLE,
    SENTENCE_INITIAL,
    TEXT,
    TYPE,
    CandidateFields,
    rules_for,
)
from newsbrief.annotators.entities.foreign_words import (
    QUOTES,
    ForeignWords,
    body_of_place_noun,
    foreign_words,
    is_open,
    named_with_place,
    typed_as,
    word_before,
    work_title_at,
)
from newsbrief.annotators.entities.merging import Mention, Spans
from newsbrief.annotators.entities.towns import named_town
from newsbrief.languages import language, on_reload
from newsbrief.languages.alphabets import LATIN_SMALL

__all__ = [
    "adjectives",
    "bodies_of_places",
    "club_words",
    "clubs_by_name",
    "compass_parts",
    "complements",
    "first_names",
    "grow_places",
    "place_adjective",
    "places_of_bodies",
    "qualified_towns",
    "quoted_names",
    "town_qualifiers",
]


#: Most words of a body's name in quotation marks (``«Российская антарктическая экспедиция»``);
#: longer quotations are speech (``«Торопиться здесь не стыдно»``).
_QUOTED_WORDS = 3


def _quotation(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The inside of the quotation marks around the name at ``start:end`` when they hold a
    short name beginning with a capital and no punctuation (``«Новые люди»``), else ``None``."""
    window = text[max(0, start - 40) : start]
    cut = max((window.rfind(q) for q in QUOTES), default=-1)
    if cut < 0:
        return None
    begin = start - len(window) + cut + 1
    closing = QUOTES[text[begin - 1]]
    finish = text.find(closing, end, end + 60)
    if finish < 0 or not text[begin : begin + 1].isupper():
        return None
    inside = text[begin:finish]
    pieces = inside.split(" ")
    if len(pieces) > _QUOTED_WORDS or not all(
        piece and all(c.isalnum() or c in "-'’" for c in piece) for piece in pieces
    ):
        return None
    # (a short lower-case word is a clause's: ``«Мы не сдадимся»``)
    if any(len(piece) < 3 and piece.islower() for piece in pieces[1:]):
        return None
    return begin, finish


#: After a quotation's closing mark: a comma and an attribution by a dash (``», — сказав``),
#: or a colon (speech; a body's name before a dash is defined by it: ``«Новые люди» — партия``).
_SPOKEN_AFTER = re.compile(r",[ \u00a0]*[—–-]|:")


def _spoken(text: str, begin: int, finish: int) -> bool:
    """Whether the quotation ``text[begin:finish]`` (inside its marks) is speech or stands
    alone: a sentence or line of its own (``«Напруження посилюється», — сказав він``, a
    headline ``«Море наше»``)."""
    before = text[: max(begin - 1, 0)].rstrip(" \u00a0")
    if not before or before[-1] in ".!?:\n":
        return True
    return _SPOKEN_AFTER.match(text, finish + 1) is not None


def quoted_names(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: ForeignWords
) -> None:
    """``«Новые люди»``, ``«Единая Россия»``, ``Fraktion „Die Linke“``: a short name in quotation
    marks that goes on in lower case, or holds a place's name, is one body's name where the
    language quotes bodies (``quoted_organisations``) or after a word introducing one; a work's
    title (``роман «Анна Каренина»``) is none."""
    if not any(mark in text for mark in QUOTES):
        return  # (no quotation marks: most documents of some presses)
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE] or (fields[TYPE] == "person" and not is_open(fields)):
            continue
        start, end = spans.span(index, number)
        quoted = _quotation(text, start, end)
        if quoted is None:
            continue
        begin, finish = quoted
        if (begin, finish) == (start, end) and fields[TYPE] == "organisation":
            continue
        if _spoken(text, begin, finish) or text[begin:finish].lower().startswith(words.state_nouns):
            continue  # (speech, a headline or a state's official name: no body's name)
        if not (
            words.quoted_organisations or word_before(text, begin - 1) in words.organisation_before
        ) or work_title_at(text, begin - 1, words):
            continue
        if (begin, finish) == (start, end) and fields[TYPE] is not None:
            continue  # (a whole quoted name the evidence pass typed: its to judge)
        named = list(typed_as(fields, "organisation", None))
        named[TEXT] = text[begin:finish]
        items[k] = (index, spans.add(begin, finish), tuple(named))
        # (the other names inside the quotation marks are this one's words)
        for j in range(k + 1, min(k + 5, len(items))):
            inside = spans.span(items[j][0], items[j][1])
            if inside[0] < finish:
                dropped.add(j)


def first_names(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """``Martín Echeverría Lanús``, ``Martine Delattre-Caron``: a first name the gazetteer
    took for a place by its stem (``Martinique``), right before a surname, begins a person's
    name. A country's name (``partido Italia Viva``) or a name after a body's noun is none."""
    rules = rules_for(code)
    countries = gz.territories(code)
    words = foreign_words(code)
    for k in range(len(items) - 1):
        index, number, fields = items[k]
        if (
            k in dropped
            or k + 1 in dropped
            or fields[TYPE] != "place"
            or fields[CANONICAL] in (None, fields[TEXT])
            or " " in fields[TEXT]
            or rules.first_name(fields[TEXT]) not in ("male", "female")
            # (a place's spelling cut short, ``Martín`` of ``Martinique``; not an inflected
            # country's, ``Росії`` of Russia)
            or not gz.unaccented(str(fields[CANONICAL]).lower()).startswith(
                gz.unaccented(fields[TEXT].lower())[:4]
            )
            or fields[TEXT] in countries
        ):
            continue
        after = items[k + 1][2]
        start, end = spans.span(index, number)
        begin, finish = spans.span(items[k + 1][0], items[k + 1][1])
        before = word_before(text, start)
        if (
            text[end:begin] != " "
            or before in words.organisation_before
            or before in words.org_leads
            or after[TYPE] not in (None, "person")
            or after[ROLE]
            or not all(part[:1].isupper() for part in after[TEXT].split(" "))
        ):
            continue
        person = list(typed_as(fields, "person", None))
        person[TEXT], person[EVIDENCE] = text[start:finish], True
        items[k] = (index, spans.add(start, finish), tuple(person))
        dropped.add(k + 1)


def _verb(word: str, words: ForeignWords) -> bool:
    """Whether a lower-case ``word`` ends like a verb and not like an adjective
    (``name_verb_endings``: ``devra``, ``стверджує``)."""
    return word.islower() and word.endswith(words.name_verb_endings) and not _adjective(word, words)


def adjectives(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: ForeignWords
) -> None:
    """A body's name ends with its adjectives, not with a verb: ``Commission européenne
    devra`` -> ``Commission européenne``; ``ministère des Affaires`` + ``étrangères`` ->
    ``ministère des Affaires étrangères`` (``name_adjective_endings``)."""
    if not words.name_adjective_endings and not words.name_verb_endings:
        return
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "organisation":
            continue
        start, end = spans.span(index, number)
        name = text[start:end]
        pieces = name.split(" ")
        # (the chunker's text of ``ministère de l'Administration`` leaves the article out)
        elided = fields[TEXT] != name and fields[TEXT] == _ELIDED.sub("", name)
        if (fields[TEXT] != name and not elided) or len(pieces) < 2:
            continue
        if len(pieces) > 2 and pieces[0].lower() in words.org_leads and _verb(pieces[1], words):
            # (``Асоціація збирає кошти``: a verb right after a head-first body's head ends
            # the name there, with what follows it)
            pieces = pieces[:2]
        cut = len(pieces)
        # (one verb right after the name's last capitalised word or adjective: ``devra``; not
        # a noun after a connector, ``Parti des travailleurs``; or after a head-first body's
        # lower-case words, ``Офісу президента зустрілися``)
        # (``Государственная дума приняла``: a past verb right after a body's generic noun)
        past = (
            pieces[-1].islower()
            and pieces[-1].endswith(words.past_endings)
            and pieces[-2] in words.organisation_nouns_after
        )
        if past or (
            _verb(pieces[-1], words)
            and (
                pieces[-2][:1].isupper()
                or _adjective(pieces[-2], words)
                or pieces[0].lower() in words.org_leads
            )
        ):
            cut -= 1
            if cut == 1 and pieces[0].lower() in words.org_leads and fields[SENTENCE_INITIAL]:
                # (``Організація стверджує``: a bare head opening a sentence names no body;
                # inside one, ``l'Assemblée`` does)
                dropped.add(k)
                continue
        finish = start + len(" ".join(pieces[:cut]))
        # (the last word may follow an elided article: ``ministère de l'Administration``)
        last = _ELIDED.sub("", pieces[-1])
        if cut == len(pieces) and pieces[0].lower() in words.org_leads and last[:1].isupper():
            # (one or two adjectives after the body's last capitalised word)
            at = finish
            for _ in range(2):
                word = re.match(r" ([^\W\d_]+)(?![\w'’-])", text[at : at + 40])
                if (
                    word is None
                    or not word.group(1).islower()
                    or not _adjective(word.group(1), words)
                    # (``Ville de Québec rappelle``: a verb spelt like an adjective)
                    or word.group(1) in words.person_verbs
                ):
                    break
                at += word.end()
            finish = at
        if finish == end or not pieces[cut - 1][:1].strip():
            continue
        named = list(fields)
        named[TEXT] = _ELIDED.sub("", text[start:finish]) if elided else text[start:finish]
        items[k] = (index, spans.add(start, finish), tuple(named))


#: An elided article or preposition glued to the word after it (``l'``, ``d’``).
_ELIDED = re.compile(r"(?<![\w'’])[^\W\d_]['’](?=[^\W\d_])")


def bodies_of_places(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: ForeignWords
) -> None:
    """``Банк России``, ``Мэрия Москвы``: a capitalised noun of ``organisation_of_place`` (or a
    compound ending as one of ``organisation_of_place_endings``: ``Bergrettung Tirol``) right
    before a place names a body with it, with the Roman numeral of one of the place's several
    such bodies (``Landgericht München I``), or a link of ``body_place_links`` between
    (``Universität zu Köln``)."""
    if not words.organisation_of_place:
        return
    links = "|".join(re.escape(link) for link in sorted(words.body_place_links)) or "(?!)"
    before = re.compile(rf"(?<![\w-])(?:([^\W\d_]\w*) )?([^\W\d_][\w-]*) (?:({links}) )?$")
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "place":
            continue
        start, end = spans.span(index, number)
        match = before.search(text[max(0, start - 40) : start])
        if match is None or not match.group(2)[:1].isupper():
            continue
        linked = match.group(3) is not None and _takes_place_link(match.group(2), words)
        if match.group(3) and not linked:
            continue  # ``die Haltung der Landesregierung zu Bayern``: what it spoke of
        if not body_of_place_noun(match.group(2).lower(), words) and not linked:
            continue
        # (``Städtische Museen zu München``: a body's noun a link joins to its town, with
        # the capitalised adjective before it, is one body, whether the noun names a body by
        # its place alone or not)
        adjective = match.group(1)
        opened = (
            linked
            and adjective is not None
            and adjective[:1].isupper()
            and adjective.lower().endswith(words.name_adjective_endings)
        )
        whole = opened or adjective is None
        begin = start - len(match.group(0) if whole else match.group(0).partition(" ")[2])
        numeral = _BODY_NUMERAL.match(text, end)
        if numeral is not None:
            end = numeral.end()
            # (the numeral, read as a word of its own)
            if k + 1 < len(items) and spans.span(items[k + 1][0], items[k + 1][1])[0] < end:
                dropped.add(k + 1)
        # (named in the nominative: ``des Oberlandesgerichts München``)
        named = named_with_place(fields, "organisation", text[begin:end], words)
        items[k] = (index, spans.add(begin, end), named)
        # (``Глава Банка России``: the noun, taken for a name after a role, is this one's word;
        # ``Die Städtischen Museen``, an untyped run from the article, is this one's words)
        if k:
            first, last = spans.span(items[k - 1][0], items[k - 1][1])
            if first >= begin or (items[k - 1][2][TYPE] is None and last > begin):
                dropped.add(k - 1)


def _takes_place_link(name: str, words: ForeignWords) -> bool:
    """Whether the body's name ``name`` ends in a noun of ``body_place_link_heads``, which a
    link of ``body_place_links`` may join to its town (``Humboldt-Universität zu Berlin``), in
    any case form (``der Universität``, ``des Museums``)."""
    last = name.rsplit(" ", 1)[-1].lower()
    return any(
        last.endswith(head + ending)
        for head in words.body_place_link_heads
        for ending in ("", *words.genitive_endings)
    )


#: The Roman numeral of one of a town's courts or offices (``Landgericht München I``).
_BODY_NUMERAL = re.compile(r" (?:I{1,3}|IV)(?![\w\-])")


def places_of_bodies(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, words: ForeignWords, code: str
) -> None:
    """Where every noun is capitalised, a body's name and a place's right after it, one space
    between, are one body's name (``IG Metall Sachsen``, ``Technische Universität Dresden``):
    no comma or article parts them, as a body's regional branch or seat is written. The place
    is typed so or is a town on the list, and no country: a clause's subject and object stand
    so (``dass die Nato Russland abschrecken müsse``, ``als die Bundeswehr Afghanistan
    verließ``), where a branch is by a region or town. A link of ``body_place_links`` may
    stand between (``Humboldt-Universität zu Berlin``)."""
    if not words.noun_endings:
        return
    gaps = {" "} | {f" {link} " for link in words.body_place_links}
    countries = gz.territories(code)
    for k in range(len(items) - 1):
        index, number, fields = items[k]
        if k in dropped or k + 1 in dropped or fields[TYPE] != "organisation":
            continue
        after = items[k + 1][2]
        start, end = spans.span(index, number)
        begin, finish = spans.span(items[k + 1][0], items[k + 1][1])
        # (``Technische Universität`` and ``Universität Dresden``: one body read twice)
        overlapping = start < begin < end < finish and after[TYPE] == "organisation"
        if not overlapping and (
            text[end:begin] not in gaps
            or (text[end:begin] != " " and not _takes_place_link(fields[TEXT], words))
            or after[TEXT] in countries
            or not (
                after[TYPE] == "place"
                or (is_open(after) and " " not in after[TEXT] and named_town(after[TEXT], code))
            )
        ):
            continue
        grown = list(fields)
        grown[TEXT] = text[start:finish]
        items[k] = (index, spans.add(start, finish), tuple(grown))
        dropped.add(k + 1)


#: A capitalised word: a letter that is neither ASCII nor Latin-1 lower case first.
_CAPITAL = rf"[^\W\d_{LATIN_SMALL}][\w\-]*"


@cache
def _complement_pattern(
    code: str,
) -> tuple[tuple[str, ...], re.Pattern[str], tuple[str, ...], re.Pattern[str]] | None:
    """The endings of a body's noun that its name goes on after (``[entities]
    complement_heads``: ``ministerium``, ``amt``), and what follows it: a link of
    ``complement_links`` (``für``) and capitalised words joined by ``list_joiners``
    (``Bundesministerium für Wirtschaft und Klimaschutz``); and the endings of a body's noun
    whose name goes on with a genitive (``genitive_heads``: ``verband``, ``institut``), and
    that genitive: an article of ``genitive_links``, at most one lower-case adjective and
    capitalised words (``Institut der deutschen Wirtschaft``, ``Verband der Chemischen
    Industrie``)."""
    lang = language(code)
    heads = tuple(sorted(lang.words("entities", "complement_heads")))
    links = sorted(lang.words("entities", "complement_links"))
    if not heads or not links:
        return None
    joiners = "|".join(sorted(lang.words("entities", "list_joiners"))) or "(?!)"
    genitive_heads = tuple(sorted(lang.words("entities", "genitive_heads")))
    genitive_links = "|".join(sorted(lang.words("entities", "genitive_links"))) or "(?!)"
    return (
        heads,
        re.compile(
            rf"[ \u00a0](?:{'|'.join(links)})((?:[ \u00a0]{_CAPITAL})+"
            rf"(?:[ \u00a0](?:{joiners})(?:[ \u00a0]{_CAPITAL})+){{0,2}})(?![\w\-])"
        ),
        genitive_heads,
        re.compile(
            rf"[ \u00a0](?:{genitive_links})((?:[ \u00a0][a-z\u00df-\u00ff]+en)?"
            rf"(?:[ \u00a0]{_CAPITAL}){{1,3}})(?![\w\-])"
        ),
    )


#: Most capitalised words of a body's complement (``für Wirtschaft und Klimaschutz``).
_COMPLEMENT_WORDS = 5


@cache
def _generic_genitives(code: str) -> frozenset[str]:
    """Nouns of language ``code`` that, alone in a genitive after a body's noun, say whose or
    when the body is, not its name (``[entities] generic_genitives`` and the nouns of
    ``place_before``: ``Innenministerium des Landes``, ``Ausschuss der Stadt``)."""
    lang = language(code)
    return lang.words("entities", "generic_genitives") | lang.words("entities", "place_before")


def _generic(genitive: str, code: str) -> bool:
    """Whether the capitalised words of ``genitive`` (``der Stadt``, ``des Landes``) are all
    generic nouns (:func:`_generic_genitives`), bare or with a genitive ending."""
    generic = _generic_genitives(code)
    words = [w.lower() for w in genitive.split() if w[:1].isupper()]
    return bool(words) and all(
        w in generic or (w.endswith("es") and w[:-2] in generic) or w[:-1] in generic for w in words
    )


def complements(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """A body's name whose noun takes a complement goes on with it (``Bundesministerium für
    Wirtschaft und Klimaschutz``, ``Bundesagentur für Arbeit``, ``Max-Planck-Institut für
    Intelligente Systeme``, ``Institut der deutschen Wirtschaft``): capitalised words after
    the link, up to a lower-case word."""
    found = _complement_pattern(code)
    if found is None:
        return
    heads, pattern, genitive_heads, genitive = found
    articles = language(code).words("quotes", "indefinite_articles")
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE]:
            continue
        first, _, rest = fields[TEXT].partition(" ")
        if (
            fields[TYPE] is None
            and rest
            and genitive_heads
            and first.lower().endswith(genitive_heads)
            and genitive.fullmatch(" " + rest)
            and not _generic(rest, code)
        ):
            # (``Bundesverband der Deutschen Industrie``: read in one run over its article)
            items[k] = (index, number, typed_as(fields, "organisation", None))
            continue
        last = fields[TEXT].rsplit(" ", 1)[-1].lower()
        takes = [
            p for p, h in ((pattern, heads), (genitive, genitive_heads)) if h and last.endswith(h)
        ]
        if not takes:
            continue
        start, end = spans.span(index, number)
        # (``Bundesamt für Migration``: the noun alone, untyped, names the body with its
        # complement; not after an indefinite article, ``ein Zentrum für Flüchtlinge``)
        if fields[TYPE] != "organisation" and (
            fields[TYPE] is not None
            or " " in fields[TEXT]
            or fields[SENTENCE_INITIAL]
            or word_before(text, start) in articles
        ):
            continue
        match = next((m for m in (p.match(text, end) for p in takes) if m is not None), None)
        if match is None or len(match.group(1).split()) > _COMPLEMENT_WORDS:
            continue
        if match.re is genitive and _generic(match.group(1), code):
            continue  # (``Innenministerium des Landes``: the ministry's name ends before)
        finish = match.end()
        grown = list(typed_as(fields, "organisation", fields[CANONICAL]))
        grown[TEXT] = text[start:finish]
        items[k] = (index, spans.add(start, finish), tuple(grown))
        for j in range(k + 1, len(items)):
            if spans.span(items[j][0], items[j][1])[0] >= finish:
                break
            dropped.add(j)


@cache
def _club_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The words that open a sports club's name before its town (``[entities] club_words``,
    as written: ``VfB``, ``1. FC``, ``Borussia``), one or more of them at the end of a text;
    and a town's adjective before a club's word (``club_suffixes``: ``Hamburger SV``) or a
    noun for a body a town's adjective names, in any case (``town_adjective_bodies``:
    ``Wiener Börse``, ``Kärntner Landtag``, ``den Salzburger Festspielen``)."""
    lead = club_words(code)
    if lead is None:
        return None
    section = language(code).sections.get("entities", {})
    clubs = "|".join(re.escape(str(w)) for w in section.get("club_suffixes", ())) or "(?!)"
    bodies = language(code).words("entities", "town_adjective_bodies")
    body = "|".join(f"{re.escape(w[:1].upper() + w[1:])}(?:s|es|n|en)?" for w in sorted(bodies))
    return (
        re.compile(rf"(?<![\w\-.])((?:(?:{lead})[ \u00a0])+)$"),
        re.compile(
            rf"(?<![\w\-])([^\W\d_][^\W\d_]+er)[ \u00a0](?:{clubs}|({body or '(?!)'}))(?![\w\-])"
        ),
    )


@cache
def club_words(code: str) -> str | None:
    """The words that open a sports club's name of language ``code`` (``[entities]
    club_words``, as written) as a pattern's alternation, the longest first; ``None`` where
    it has none."""
    leads = language(code).sections.get("entities", {}).get("club_words", ())
    if not leads:
        return None
    return "|".join(re.escape(str(w)) for w in sorted(leads, key=len, reverse=True))


#: An article and a capitalised word right before a place's adjective (``der Neuen ``).
_ARTICLE_AND_WORD = re.compile(r"(?:^|[ \u00a0(])([^\W\d_]+)[ \u00a0]([^\W\d_]+)[ \u00a0]$")


def _adjective_before(text: str, begin: int, code: str) -> int:
    """Where a body's name a place's adjective at ``begin`` is in begins: at a capitalised
    adjective between an article and it, which German writes so only in a name (``der Neuen
    Zürcher Zeitung``, ``die Neue Westfälische``; ``[quotes] definite_articles``,
    ``indefinite_articles``, ``description_adjective_endings``), else at ``begin``."""
    found = _ARTICLE_AND_WORD.search(text, max(0, begin - 40), begin)
    if found is None or not found.group(2)[:1].isupper():
        return begin
    lang = language(code)
    articles = lang.words("quotes", "definite_articles") | lang.words(
        "quotes", "indefinite_articles"
    )
    endings = tuple(lang.words("quotes", "description_adjective_endings"))
    if found.group(1) in articles and endings and found.group(2).endswith(endings):
        return found.start(2)
    return begin


#: What stands before a sentence's first word: its start, a line's, a stop or a quote's mark.
_SENTENCE_OPENS = re.compile(r"(?:^|[\n.!?:;\"“„«'‘(][ \u00a0]*)$")


def place_adjective(text: str, begin: int, word: str, code: str) -> bool:
    """Whether ``word``, at ``begin`` in ``text``, is the adjective of a place: capitalised,
    which German writes an adjective only in a name (``die Murtaler Nachrichten``); at a
    sentence's start, where every word is, read back to a place the list, the gazetteer or
    the language's tables know (``[entities] town_adjective_stems``: ``Wiener`` -> ``Wien``,
    ``Münchner`` -> ``München``, ``Zürcher`` -> ``Zürich``), not a determiner or a common
    adjective ending so (``Dieser Landtag``, ``Neuer Stadtrat``), nor, anywhere, a stop word
    (a pronoun of polite address: ``Euer Kurier``)."""
    if not word[:1].isupper() or word.lower() in language(code).stopwords:
        return False
    if _SENTENCE_OPENS.search(text, max(0, begin - 3), begin) is None:
        return True
    rules = rules_for(code)
    for ending, stems in language(code).table("entities", "town_adjective_stems").items():
        if not word.endswith(ending) or len(word) <= len(ending) + 2:
            continue
        for stem in stems:
            place = word[: -len(ending)] + str(stem)
            found = rules.lookup(place)
            if named_town(place, code) is not None or (found is not None and found[0] == "place"):
                return True
    return False


#: A club's founding year after its town (``Mainz 05``, ``Schalke 04``), not a date's day.
_CLUB_YEAR = re.compile(r"[ \u00a0]0\d(?![\w.:,/\-]?\d)(?![\w\-])")


def clubs_by_name(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """Sports clubs by the words of their names (``VfB Stuttgart``, ``FC Bayern München``,
    ``Borussia Dortmund``, ``Hamburger SV``, ``Mainz 05``): a club's word before a town the
    document, the gazetteer or the list knows, the town's adjective before a club's word, or
    a town and its club's year. The club's word alone names the club too (``der VfB``). A
    town's adjective before a body's noun names the body the same way (``Wiener Börse``)."""
    patterns = _club_patterns(code)
    if patterns is None:
        return
    lead, adjective = patterns
    rules = rules_for(code)
    leads: set[str] = set()

    def town_like(fields: CandidateFields, name: str) -> bool:
        return fields[TYPE] == "place" or (
            is_open(fields)
            and (rules.lookup(name) is not None or named_town(name, code) is not None)
        )

    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[ROLE]:
            continue
        start, end = spans.span(index, number)
        # (``Bayer Leverkusen``: the club's word read in the name's run)
        head, _, town = fields[TEXT].partition(" ")
        # (``Hertha BSC``: club's words alone, a first name among them)
        only_leads = " " in fields[TEXT] and lead.fullmatch(fields[TEXT] + " ") is not None
        if (
            fields[TYPE] is None and town and lead.match(head + " ") and town_like(fields, town)
        ) or (only_leads and fields[TYPE] in (None, "person") and not fields[ROLE]):
            items[k] = (index, number, typed_as(fields, "organisation", None))
            leads.add(head)
            continue
        found = lead.search(text, max(0, start - 40), start)
        year = _CLUB_YEAR.match(text, end)
        if found is None and year is None:
            continue
        # (``FC Schalke 04``: a club's word and its year name a club of no town on the list)
        if not town_like(fields, fields[TEXT]) and not (
            found is not None and year is not None and is_open(fields) and " " not in fields[TEXT]
        ):
            continue
        begin = found.start(1) if found is not None else start
        # (``Europäische Union Berlin``: a word of another name is no club's)
        # (the items before, read back from ``k`` only as far as needed: a list of all of
        # them made for each club's name was quadratic on a long sports page)
        before = (j for j in range(k - 1, -1, -1) if j not in dropped)
        last = next(before, None)
        if last is not None and found is not None:
            other = spans.span(items[last][0], items[last][1])
            if other[1] > begin and other[0] < begin:
                continue
        finish = end
        if k + 1 < len(items) and k + 1 not in dropped and year is None:
            after = items[k + 1][2]
            after_start, after_end = spans.span(items[k + 1][0], items[k + 1][1])
            if text[end:after_start] == " " and after[TYPE] == "place":
                finish = after_end  # (``FC Bayern München``)
                dropped.add(k + 1)
        if year is not None:
            finish = year.end()
        named = list(typed_as(fields, "organisation", None))
        named[TEXT] = text[begin:finish]
        items[k] = (index, spans.add(begin, finish), tuple(named))
        for j in (j for j in range(k - 1, -1, -1) if j not in dropped):
            if spans.span(items[j][0], items[j][1])[0] < begin:
                break
            dropped.add(j)
        if found is not None:
            leads.add(found.group(1).split()[0] if "." not in found.group(1) else "")
    # (each club's adjective looks only at the names that can overlap it, found by their
    # starts: all of them for each was quadratic; the matches do not overlap, so a name
    # retyped for one is behind the next)
    where = sorted((spans.span(index, number), k) for k, (index, number, _) in enumerate(items))
    starts = [span[0] for span, _ in where]
    longest = max((end - start for (start, end), _ in where), default=0)
    for match in adjective.finditer(text):
        begin, finish = match.span()
        # (a body's noun after a place's adjective only: not ``Dieser Landtag``, ``ein neuer
        # Landtag``; a club's after any, ``Hamburger SV``)
        if match.group(2) and not place_adjective(text, begin, match.group(1), code):
            continue
        if match.group(2):
            begin = _adjective_before(text, begin, code)
        window = where[bisect_left(starts, begin - longest) : bisect_left(starts, finish)]
        for (start, end), k in sorted(window, key=lambda found: found[1]):
            index, number, fields = items[k]
            # (``Wiener Staatsoper``: a body its noun alone names grows by its town's
            # adjective; one named from before the adjective stays, ``Neuen Zürcher Zeitung``)
            if (
                k in dropped
                or end <= begin
                or not (is_open(fields) or (fields[TYPE] == "organisation" and start >= begin))
            ):
                continue
            named = list(typed_as(fields, "organisation", None))
            named[TEXT] = text[begin:finish]
            items[k] = (index, spans.add(begin, finish), tuple(named))
            break
    leads.discard("")
    for k, (index, number, fields) in enumerate(items):
        if k not in dropped and fields[TEXT] in leads and is_open(fields):
            items[k] = (index, number, typed_as(fields, "organisation", None))


def _adjective(word: str, words: ForeignWords) -> bool:
    return len(word) > 3 and word.endswith(words.name_adjective_endings)


# (Built from language data: a reload reads it again.)
on_reload(_club_patterns.cache_clear)
on_reload(club_words.cache_clear)
on_reload(_generic_genitives.cache_clear)
on_reload(_complement_pattern.cache_clear)


def compass_parts(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """A place's name goes on with a point of the compass written after it (``[entities]
    place_compass_tails``: ``Afrique de l'Ouest``, ``Flandre orientale``, ``Europa del
    Este``): the part of the place is one place's name (canonical: as written, no longer
    the whole place's), and a mention the chunker read inside the tail (``Ouest``) goes."""
    tails = _compass_tails(code)
    if tails is None:
        return

    def tail_of(fields: tuple[str, ...], start: int, end: int) -> PlaceGrowth | None:
        tail = tails.match(text, end)
        return None if tail is None else (start, tail.end(), None)

    grow_places(items, dropped, spans, text, tail_of)


def qualified_towns(
    items: list[Mention], dropped: set[int], spans: Spans, text: str, code: str
) -> None:
    """A place's name goes on with the words the town list names the town with after it
    (``[entities] town_qualifiers``: ``Frankfurt am Main``, ``Bruck an der Mur``, ``Bernau
    bei Berlin``), which the chunker leaves out for their lower-case word: the whole is the
    town's name, and a mention read inside it (``Main``, ``Berlin``) goes."""
    tails = _qualifier_tails(code)
    if tails is None:
        return

    def tail_of(fields: tuple[str, ...], start: int, end: int) -> PlaceGrowth | None:
        tail = tails.match(text, end)
        if tail is None:
            return None
        # (the qualifier and one word, ``am Main``, or two, ``an der Mur``; the town the
        # place's last words name, ``Flughafen Frankfurt am Main``: the place is the airport,
        # its canonical name no town's)
        opens = [start] + [m.end() for m in _SPACE.finditer(text, start, end)]
        for finish in (tail.end(1), tail.end()):
            for begin in opens:
                canonical = named_town(text[begin:finish], code)
                if canonical is not None:
                    return start, finish, canonical if begin == start else None
        return None

    grow_places(items, dropped, spans, text, tail_of)


#: Where a place's name grown over the words around it begins and ends, and its canonical
#: name (``None``: as written).
PlaceGrowth = tuple[int, int, str | None]


def grow_places(
    items: list[Mention],
    dropped: set[int],
    spans: Spans,
    text: str,
    growth: Callable[[tuple[str, ...], int, int], PlaceGrowth | None],
) -> None:
    """Each place mention, written as its text, whose name ``growth(fields, start, end)``
    finds going on before it or after it, grown to where that says (with the canonical name
    it gives); the mentions inside the growth go."""
    for k, (index, number, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "place":
            continue
        start, end = spans.span(index, number)
        if fields[TEXT] != text[start:end]:
            continue
        found = growth(fields, start, end)
        if found is None:
            continue
        begin, finish, canonical = found
        named = list(typed_as(fields, "place", canonical))
        named[TEXT] = text[begin:finish]
        items[k] = (index, spans.add(begin, finish), tuple(named))
        if begin < start:
            for before in range(k - 1, -1, -1):
                if spans.span(items[before][0], items[before][1])[1] <= begin:
                    break
                dropped.add(before)
        if finish > end:
            for after in range(k + 1, len(items)):
                if spans.span(items[after][0], items[after][1])[0] >= finish:
                    break
                dropped.add(after)


#: A space between a name's words.
_SPACE = re.compile(r"[ \u00a0]")


@cache
def _qualifier_tails(code: str) -> re.Pattern[str] | None:
    """A space, one of language ``code``'s town qualifiers (``am``, ``an``) and one word or
    two (``am Main``, ``an der Mur``): what may end a town's name on the list, which says
    where it does."""
    alternation = town_qualifiers(code)
    if alternation is None:
        return None
    word = r"[ \u00a0][^\W\d_][\w\-]*(?![\w\-'’])"
    return re.compile(rf"[ \u00a0](?:{alternation})({word})({word})?")


@cache
def town_qualifiers(code: str) -> str | None:
    """Language ``code``'s town qualifiers (``[entities] town_qualifiers``: ``am``, ``an``) as
    a pattern's alternation, the longest first; ``None`` where it has none."""
    qualifiers = language(code).words("entities", "town_qualifiers")
    if not qualifiers:
        return None
    return "|".join(re.escape(q) for q in sorted(qualifiers, key=len, reverse=True))


@cache
def _compass_tails(code: str) -> re.Pattern[str] | None:
    """A space and one of language ``code``'s compass tails, as a whole word, not opening a
    range (``[entities] compass_range_words``: ``de Paris du Nord au Sud``)."""
    lang = language(code)
    tails = lang.sections.get("entities", {}).get("place_compass_tails", ())
    if not tails:
        return None
    spelt = {tail.replace("'", "’") for tail in tails} | set(tails)
    alternation = "|".join(re.escape(t) for t in sorted(spelt, key=len, reverse=True))
    ranges = "|".join(re.escape(w) for w in sorted(lang.words("entities", "compass_range_words")))
    not_range = rf"(?![ \u00a0]+(?:{ranges})(?![\w\-'’]))" if ranges else ""
    return re.compile(rf"[ \u00a0](?:{alternation})(?![\w\-'’]){not_range}")


# (Built from language data: a reload reads it again.)
on_reload(_compass_tails.cache_clear)
on_reload(_qualifier_tails.cache_clear)
on_reload(town_qualifiers.cache_clear)
