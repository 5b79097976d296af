"""Types decided by what an English article writes around a name (after the chunker).

The chunker types a capitalised run from its own words and its neighbours; some evidence lies
further away or needs two candidates at once. This pass reads each English document's
candidates with its text and:

* **teams**: in an article that shows a sport (a score, ``vs.``, a club's word after a name), a
  plural name after ``the`` (``the Lakers``, ``the Giants``, and a nickname of two words a
  first name made a person's, ``the Red Herons``; not a family, ``the Kennedys``, when
  the article names a Kennedy; elsewhere ``the Hamptons`` is no team) is an organisation, and so
  is a place with such a plural right after it, as one name (``Los Angeles Lakers``, ``Belfast
  Giants``; a party's or a nationality's plural stays apart: ``Texas Republicans``);
* **scores and fixtures**: names on either side of a score (``Livingston 1 - 0 Rangers``,
  ``Dundee Stars 5-3 Belfast Giants``), after or before ``vs.`` (``spoiler vs. Rockies``), or
  before a word of a club's staff or play (``Brighton keeper``, ``City manager``) are clubs,
  unless they are countries (a national side is written as its country's place);
* **tables**: the names of a results or standings row (``Leicester 2 Manchester United 1``,
  a web page's ``Leicester 2-1 Manchester United`` and ``Leicester – Manchester United 2–1``,
  ``Tottenham 16 6 4 6 17 16 22``, ``Ravello 17 5 .773 3 1/2``) are clubs, each whole name one
  organisation (``Sheffield Wednesday``, ``Ajax Amsterdam``), unless a country's or a person's;
  the article's other mentions of a club (its capitals in the headline too) follow, except after
  ``in`` or ``at``;
  a market table's row (``Hoechst 58.80 up 0.95``) names a company, a row of play (``Queensland
  342 for six v Victoria``) two clubs (a state's side too; only a country's stays a place);
* **employers**: a name after a job's word and ``at`` (``a trader at Commerzbank in
  Frankfurt``) is an organisation, not a venue;
* **wire layout**: the name opening a dateline (``SUN CITY , South Africa 1996-12-06``) is a
  place (and the body's same name; the tables' club of that name does not make it one), and a
  headline in capitals takes the body's types (``LEICESTER`` the club, ``CLINTON`` of ``Bill
  Clinton``), and a place opens a run of its capitals the body does not write before the
  body's common nouns or a public body's (``KENYA OPPOSITION PARTY``, ``SEOUL COURT``), and
  an unknown name closing it after a place's preposition (``... RISE IN KORVANKA .``; a venue's,
  ``AT MERVALLA``, in a sports article) is a place;
* **places by position**: an unknown name after a place preposition and before a comma and a
  known place or a state abbreviation (``in Baton Rouge, La.``; the abbreviation too), after
  ``in`` in mid-sentence (``in Sinsheim``; not ``a stake in``, ``a report in``, ``rewritten in
  Python``, ``in North American``, ``in Excel sheets``), or a venue between ``at`` and ``in`` + a
  place (``at Stamford Bridge in London``), and a second unknown name joined to a place found
  so or to a known place after ``in`` (``in Corvath and Ildane``, ``in Lisbon and Regina``;
  not a name opening a clause when the one before has its verb, ``He lives in London and
  Sarah works``, nor one typed a person or a body elsewhere), or after ``In`` opening a
  sentence, before a colon or a comma (``In Corvath : Ildane 318``);
* **places by their nouns**: an unknown name after a place's noun and ``of`` or ``such as``
  (``the towns of Moravo``, ``cities such as Ildane``), after ``the capital``, or after a
  direction and ``of`` (``80 km west-southwest of Pelmora``; after ``the capital`` only before a
  lower-case word that is no business's or a punctuation mark: not ``the capital Markets
  desk``), and the names listed after such
  a place or one after ``in`` (``in Corvath, Ildane, Brusko, and ...``: after a comma alone, only
  while the list goes on); a name led by a compass word (``North Varenka``) is placed as any;
* **grounds**: in an article that shows a sport, an unknown name after a match verb and a side,
  or a side's name, a result's verb or ``a`` and a score, then ``at`` (``beat Ashby at Greymoor on
  Saturday``, ``Ashby 4-0 at the Vessaline stadium``, ``a 2-0 win over Treven at Greymoor``; not
  ``voted 7-2 at Ford``), unless a club of the article's tables (``losing 0-3 at Halvard``);
* **match verbs**: in an article that shows a sport, a town's or an unknown name on either side
  of a match verb (``Ravello edged Treven 3-1``) is a club when its sentence holds a team's score
  (not a tennis match's set scores ``6-2 6-1``), a fixture or a team competition (``Champions
  League``), unless a first name or the surname of one of the article's people (``Williams beat
  Sharapova``); a town's before a possessive and an untitled player's name (``Ravello's
  Kovalik``; not ``London's Mayor Sadiq Khan``) too;
* **players and companies**: an unknown name after a player's noun (``striker Kovalik``) is a
  person; one opening its sentence before a company's word (``Velmont shares rose``) is a
  company when the article writes it in mid-sentence too (``Tech shares`` stays out), after
  ``shares`` only before a price's move (not ``Kessler shares the view``); an unknown name
  before a price's move and a percentage (``Tarlow fell 2%``) is a company in an article with a
  market's words, in mid-sentence even when only a first name made it a person's (``while
  Harlan Stokes fell 4%``; not a poll's ``Brantley fell 4 percent``; opening its sentence,
  only when the article writes it again: one word named once, ``Whisky fell 20 pence``, is
  a good's price as often as a share's), and one word with a body's head written into it
  (``Commerzbank``) is one, unless a person's; in an article that shows a sport, an unknown
  name before a player's position and name (``Padres reliever Chad Ostrowski``) is the
  club, and a team's nickname alone (``the Red Sox`` after ``the Boston Red Sox``) too;
* **former countries**: ``Zaire``, ``Yugoslavia``, ``USSR`` (pycountry's ISO 3166-3), headline
  words too, are places;
* **towns**: last, a name still untyped that GeoNames' list of towns knows (``Curicó``,
  ``Wellingborough``) is a place, unless the article shows it to be a person's, a word or part
  of a longer name (:mod:`~newsbrief.annotators.entities.towns`);
* **not names**: competitions and laws (``Ryder Cup``, ``British Open``, ``Commonwealth Games``,
  ``Government of Wales Act``; a name the chunker typed as an organisation only if a law's:
  ``Epic Games`` stays), storms (``Hurricane Rosa``, then ``Rosa``) and a word right after a
  known company (``Instagram Live``: its product) are left out.

Words come from ``en.toml [entities]`` (``club_followers``, ``not_place_in``, ``price_moves``,
``row_fixture_words``, ``employer_before``, ``place_list_conjunctions``,
``place_in_followers``, ``event_heads``, ``law_heads``, ``event_words``, ``state_abbreviations``,
``place_nouns``, ``place_noun_links``, ``place_noun_article``, ``direction_link``,
``place_nouns_apposed``, ``apposed_not_place_followers``, ``compass_words``, ``venue_followers``,
``ground_heads``,
``venue_day_word``, ``match_verbs``, ``result_verbs``, ``result_partner_words``, ``result_nouns``,
``result_articles``, ``team_competition_heads``, ``player_nouns``, ``possessive_endings``,
``verb_like_followers``, ``share_moves``, ``share_move_endings``, ``percent_move_verbs``,
``percent_move_links``, ``percent_words``, ``price_units``, ``price_move_target``,
``percent_move_markets``, ``compound_heads``,
``position_followers``, ``position_follower_phrases``, a scorecard's ``dismissal_marks``,
``bowler_mark`` and ``innings_units``, ``inner_conjunctions`` (a doubles pair); ``[quotes]
list_conjunctions`` (names of one list) and ``[bylines] credit_agent_prepositions``;
the position words ``team_articles``, ``place_prepositions``, ``venue_prepositions``,
``fixture_words`` and the plural's shape, which the patterns are built from).

The rows of the tables and the signs that an article shows a sport are found in the text by
:mod:`~newsbrief.annotators.entities.sports_tables`; this pass types the names there.

Other mentions with the same spelling follow through merging (an organisation typed once names
the document's other lone mentions of it). Other languages have their own, smaller pass
(:mod:`~newsbrief.annotators.entities.foreign`).
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

import attrs

from newsbrief.annotators.entities import foreign
from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.bare_company_names import bare_company_names
from newsbrief.annotators.entities.chunker import (
    CANONICAL,
    EVIDENCE,
    HEADING,
    LANGUAGE,
    ROLE,
    SEAT_AFTER,
    SENTENCE_INITIAL,
    SPEAKS,
    TEXT,
    TYPE,
    CandidateFields,
    with_fields,
)
from newsbrief.annotators.entities.foreign_words import typed_as
from newsbrief.annotators.entities.merging import Mention, Spans, mentions_of
from newsbrief.annotators.entities.particle_surnames import particle_surnames
from newsbrief.annotators.entities.sports_tables import (
    VERSUS,
    VERSUS_AFTER,
    VS,
    line_of,
    result_sides,
    shows_sport,
    sport_slug,
    table_rows,
)
from newsbrief.annotators.entities.towns import (
    english_towns,
    place_list_joins,
    written_in_lower_case,
)
from newsbrief.annotators.entities.towns import town as known_town
from newsbrief.annotators.entities.word_patterns import alternatives
from newsbrief.languages import language, on_reload
from newsbrief.languages.cldr import currency_units
from newsbrief.model import Document

if TYPE_CHECKING:
    from newsbrief.nlp.candidates import PackedCandidates

_EN = language("en")


_ARTICLES = alternatives(_EN.words("entities", "team_articles"), capital=True)
_PLACE_PREPOSITIONS = _EN.words("entities", "place_prepositions")
_VENUE_PREPOSITIONS = _EN.words("entities", "venue_prepositions")
_IN = alternatives(_PLACE_PREPOSITIONS)
_AT = alternatives(_VENUE_PREPOSITIONS)
_PLURAL_ENDING = next(iter(_EN.words("entities", "plural_ending")))
#: Plural-shaped capitalised word (``Lakers``, ``Rockies``; not ``Ross``, ``Paulus``).
_PLURAL = gz.PLURAL_SHAPED
_THE = re.compile(r"(?:^|[^\w’'])" + _ARTICLES + r"[ \u00a0]$")
#: A score between two names on one line (``1 - 0``, ``5-3``, ``2–1``).
_SCORE = re.compile(r"[ \u00a0]\d{1,3}[ \u00a0]?[-–][ \u00a0]?\d{1,3}[ \u00a0]$")
_SCORE_AFTER = re.compile(r"[ \u00a0]\d{1,3}[ \u00a0]?[-–][ \u00a0]?\d{1,3}[ \u00a0]")
# ``vs.``, not ``v.``: ``Roe v. Wade`` is a case, not a fixture.
_VERSUS_BEFORE = re.compile(r"(?:^|\s)" + VS + r"[ \u00a0]$")
# (A score too: ``beat Treven 3-1 in Kalvoro``.)
_IN_BEFORE = re.compile(r"[a-z,0-9][ \u00a0]" + _IN + r"[ \u00a0]$")
_AT_BEFORE = re.compile(r"(?:^|[ \u00a0])" + _AT + r"[ \u00a0]$")
_IN_AFTER = re.compile(r"[ \u00a0]" + _IN + r"[ \u00a0]")
#: A capitalised word right after (``in North American sales``: the name goes on).
_CAPITAL_AFTER = re.compile(r"[ \u00a0][A-Z]")
_COMMA_AFTER = re.compile(r",[ \u00a0]")
#: Words before ``in`` that make what follows a thing owned or joined, not a place
#: (``a stake in``, ``invested in``).
_NOT_PLACE_IN = _EN.words("entities", "not_place_in")
_CLUB_FOLLOWERS = _EN.words("entities", "club_followers")
_POSITION_FOLLOWERS = _EN.words("entities", "position_followers")
#: Positions of two words (``running back``), read as one follower.
_POSITION_PHRASES = _EN.words("entities", "position_follower_phrases")
#: One or two lower-case words, then a capitalised one (``reliever Chad``, ``running back
#: Tomas``).
# (Possessive: each word and blank run is followed by what it cannot hold, so giving back never
# helps, and a second word matched leaves a lower-case letter where a capital would be asked.)
_NAME_AFTER_FOLLOWER = re.compile(
    r"[ \u00a0]([a-z][a-z\-]*+)(?:[ \u00a0]++([a-z][a-z\-]*+))?+[ \u00a0]++[A-Z]"
)
#: ``Detroit Mayor``, ``Chicago's mayor``: a word after a town (or its possessive) that shows
#: the town, whatever club the article's sport calls by its name.
_TOWN_FOLLOWER = re.compile(r"(?:['’]s)?[ \u00a0](\w+)\b")
_TOWN_FOLLOWERS = _EN.words("entities", "town_followers")
#: Lower-case words after ``in`` + a name that leave it a place (``in Bali later``, ``in Kabul
#: killed``); any other word is a noun the name qualifies (``in Excel sheets``).
_PLACE_IN_FOLLOWERS = _EN.words("entities", "place_in_followers") | _EN.stopwords
_PLACE_IN_FOLLOWER_ENDINGS = tuple(sorted(_EN.words("entities", "place_in_follower_endings")))
_EVENT_HEADS = frozenset(_EN.words("entities", "event_heads"))
#: Event heads that need an event word before them (``Commonwealth Games``; not ``Epic Games``).
_EVENT_WORDS_BEFORE = _EN.words("entities", "event_words_before")
_EVENT_WORDS = _EN.words("entities", "event_words")
#: Words before ``League`` that make a competition of it (``Champions League``).
_LEAGUE_WORDS = _EN.words("entities", "league_words")
_LEAGUE_HEADS = _EN.words("entities", "league_heads")
#: Heads of laws and treaties: they undo even an organisation's type (``Geneva Conventions``).
_LAW_HEADS = _EN.words("entities", "law_heads")
#: ``La`` -> ``Louisiana`` (written with its full stop after a town and a comma).
_STATE_ABBREVIATIONS: dict[str, str] = {
    k.rstrip("."): str(v) for k, v in _EN.table("entities", "state_abbreviations").items()
}
_LOCATIVES = _EN.words("entities", "locatives")
#: Prepositions after which a known town's two-word name is no person by its first name alone
#: (``a ballroom in Glen Allen``).
_TOWN_PREPOSITIONS = _EN.words("entities", "town_prepositions")
_APOSTROPHES = ("'", "’")
#: Places that stay places beside a score (``England 2-1``): the national sides are named so.
_NATIONS = frozenset(str(name) for name in _EN.sections["entities"]["team_nations"])
#: Words before a storm's name (``Hurricane Rosa``, ``Typhoon Haiyan``).
_STORM_WORDS = frozenset(word.capitalize() for word in _EN.words("entities", "storm_words"))
_FOLLOWER = re.compile(r"[ \u00a0]([a-z][a-z\-]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+" + _IN + r"[ \u00a0]$")
_ENTITIES = _EN.sections["entities"]


def _phrase(words: str) -> str:
    """A pattern of words written in ``en.toml`` (``such as``), any space between them."""
    return r"[ \u00a0]+".join(re.escape(word) for word in words.split())


#: ``of``, ``such as``: the words between a place's noun and its name.
_PLACE_NOUN_LINKS = tuple(str(link) for link in _ENTITIES["place_noun_links"])
_PLACE_NOUN_ARTICLE = next(iter(_EN.words("entities", "place_noun_article")))
_DIRECTION_LINK = next(iter(_EN.words("entities", "direction_link")))


@cache
def _home_links() -> tuple[frozenset[str], re.Pattern[str]]:
    """English's ``home_link`` words (``Korlavia of``: a club and the word before its home
    town) and a pattern of a word and one of them ending a text; read again on reload."""
    links = language("en").words("entities", "home_link")
    before = re.compile(r"[A-Za-z][\w.'’-]*[ \u00a0]" + alternatives(links) + r"[ \u00a0]$")
    return links, before


on_reload(_home_links.cache_clear)

_APPOSED = _EN.words("entities", "place_nouns_apposed")
#: ``the towns of Moravo``, ``cities such as Ildane``: a place's noun and its link before a name.
_PLACE_NOUN_BEFORE = re.compile(
    r"(?:^|[^\w])"
    + alternatives(_EN.words("entities", "place_nouns"))
    + r"[ \u00a0]+(?:"
    + "|".join(_phrase(link) for link in _PLACE_NOUN_LINKS)
    + r")[ \u00a0]$"
)
#: ``the capital Marisol``: the article and an apposed place's noun right before a name.
_APPOSED_BEFORE = re.compile(
    r"(?:^|[^\w])"
    + alternatives(frozenset({_PLACE_NOUN_ARTICLE}), capital=True)
    + r"[ \u00a0]+"
    + alternatives(_APPOSED)
    + r"[ \u00a0]$"
)
#: What may follow an apposed place's name: a lower-case word or a punctuation mark.
_APPOSED_AFTER = re.compile(r"[ \u00a0]?[.,;:)!?](?!\w)|[ \u00a0]([a-z][a-z\-]*)|$")
_APPOSED_NOT_PLACE = (
    _EN.words("entities", "apposed_not_place_followers") | gz.ORGANISATION_FOLLOWERS
)
_COMPASS = alternatives(_EN.words("entities", "compass_words"))
#: ``west-southwest of Pelmora``, ``north of Ravnik``: a direction from a place.
_DIRECTION_BEFORE = re.compile(
    r"(?:^|[^\w-])"
    + _COMPASS
    + r"(?:-?"
    + _COMPASS
    + r"){0,2}[ \u00a0]+"
    + re.escape(_DIRECTION_LINK)
    + r"[ \u00a0]$"
)
#: ``North Varenka``, ``Southwest``: a compass word (a part of a place, not a party).
_COMPASS_WORD = re.compile(_COMPASS + r"+", re.IGNORECASE)
#: The endings before a name that the place-noun and direction rules read (cheap to test).
_PLACE_NOUN_ENDINGS = tuple(
    " " + ending.split()[-1] + space
    for ending in sorted({*_PLACE_NOUN_LINKS, _DIRECTION_LINK, *_APPOSED})
    for space in (" ", "\u00a0")
)
_CONJUNCTIONS = alternatives(_EN.words("entities", "place_list_conjunctions"))
#: What may follow a place of a list for the next name to be one too (``Ildane, Brusko,
#: and``; not ``London, Jones, the minister``).
_LIST_GOES_ON = re.compile(r",?[ \u00a0]+" + _CONJUNCTIONS + r"[ \u00a0]|,[ \u00a0]+[A-Z]")
#: A list's conjunction between two places (``in Corvath and Ildane``), and its separators
#: with a comma (``Corvath, Ildane``, ``Ildane, and Brusko``).
_PLACE_LIST, _LIST_COMMAS, _LIST_CONJUNCTION_GAPS = place_list_joins("en")
_LIST_GAPS = _LIST_COMMAS + _LIST_CONJUNCTION_GAPS
#: Lower-case words a list of places may end before (``in Osaka and Kobe on Monday``,
#: ``in Cagayan and Ildane provinces``).
_LIST_CLOSERS = (
    _EN.words("entities", "place_list_closers")
    | _EN.words("entities", "place_nouns")
    | _EN.words("entities", "place_list_conjunctions")
    | _EN.words("quotes", "clause_openers")
)
#: A clause's verb before ``in`` (``He lives in``, ``was born in``, ``She studied in``).
_LIST_CLAUSE_VERBS = _EN.words("entities", "place_list_clause_verbs")
_LIST_VERB_PRONOUNS = _EN.words("entities", "place_list_verb_pronouns")
_LIST_VERB_ENDING = next(iter(_EN.words("entities", "place_list_verb_ending")))
#: Where the clause before a list of places starts (``warned that shops in``).
_LIST_CLAUSE_STARTS = _EN.words("quotes", "clause_relatives") | (
    _EN.words("quotes", "clause_openers")
)
_LIST_CLAUSE_BREAK = re.compile(r"[.;:,!?()\n\"“”]")
_MATCH_VERBS = _EN.words("entities", "match_verbs")
#: ``lost to``, ``drew with``: a match's result between two sides, as its verbs are read.
_MATCH_PHRASES = _EN.words("entities", "match_phrases")
#: The first and the last words of those phrases (the gate of :func:`_may_act`).
_MATCH_PHRASE_FIRSTS = frozenset(phrase.split()[0] for phrase in _MATCH_PHRASES)
_MATCH_PHRASE_TAILS = tuple(sorted(f" {phrase} " for phrase in _MATCH_PHRASES))
_RESULT_VERBS = _EN.words("entities", "result_verbs")
_SIDE = r"[A-Z][\w.'’-]*+"
_SCORE_WORDS = r"\d{1,3}[ \u00a0]?[-–][ \u00a0]?\d{1,3}"
_ARTICLE_OPTIONAL = r"(?:" + alternatives(_EN.words("entities", "team_articles")) + r"[ \u00a0])?"
#: ``beat Ashby at Greymoor``, ``Ashby 4-0 at the Vessaline``, ``lost 1-0 at Ravello``, ``a 2-0
#: win over Treven at``: a match verb and a side, or a side's name, a result's verb or ``a``
#: and a score (and the other side), right before ``at`` (not ``voted 7-2 at Ford``, ``met
#: Jones at Goldman``).
_SIDES = _SIDE + r"(?:[ \u00a0]" + _SIDE + r")?"
#: ``with Treven``, ``win over Celtic``: the other side after a score.
_PARTNER = (
    r"[ \u00a0](?:"
    + alternatives(_EN.words("entities", "result_nouns"))
    + r"[ \u00a0])?"
    + alternatives(_EN.words("entities", "result_partner_words"))
    + r"[ \u00a0]"
    + _SIDES
)
_GROUND_BEFORE = re.compile(
    r"(?:(?:^|[^\w])"
    + alternatives(_MATCH_VERBS)
    + r"[ \u00a0]"
    + _SIDES
    + r"|(?:"
    + _SIDE
    + r"|(?:^|[^\w])"
    + alternatives(_MATCH_VERBS | _RESULT_VERBS)
    + r")[ \u00a0]"
    + _SCORE_WORDS
    + r"(?:"
    + _PARTNER
    + r")?|(?:^|[^\w])"
    + alternatives(_EN.words("entities", "result_articles"))
    + r"[ \u00a0]"
    + _SCORE_WORDS
    + _PARTNER
    + r")[ \u00a0]"
    + _AT
    + r"[ \u00a0]"
    + _ARTICLE_OPTIONAL
    + r"$"
)
#: What follows a ground's name: a day's word, a full stop, a comma or a ground's noun.
_GROUND_AFTER = re.compile(
    r"[ \u00a0]?[.,](?!\w)|[ \u00a0](?:"
    + "|".join(
        sorted(_EN.words("entities", "venue_day_word") | _EN.words("entities", "venue_followers"))
    )
    + r")\b|$"
)
#: ``striker Kovalik``: a player's noun right before a name (lower case).
_PLAYER_NOUNS = _EN.words("entities", "player_nouns")
#: ``Ravello battles Treven``: a match's verb and a capitalised name after a name.
_MATCH_AFTER = re.compile(
    r"[ \u00a0]" + alternatives(_MATCH_VERBS | _MATCH_PHRASES) + r"[ \u00a0][A-Z]"
)
#: ``Treven beat Ravello``: a capitalised name and a match's verb before a name.
_MATCH_BEFORE = re.compile(
    _SIDE + r"[ \u00a0]" + alternatives(_MATCH_VERBS | _MATCH_PHRASES) + r"[ \u00a0]$"
)
#: ``lost to Cleveland 4-2``, ``drew with the Ravello Rovers 1-1``: a result's phrase, the side
#: it names (a few capitalised words) and the score right after it.
_PHRASE_RESULT = re.compile(
    alternatives(_MATCH_PHRASES)
    + r"[ \u00a0]"
    + _ARTICLE_OPTIONAL
    + _SIDE
    + r"(?:[ \u00a0]"
    + _SIDE
    + r"){0,3},?[ \u00a0]"
    + _SCORE_WORDS
    + r"(?![\w-])"
)
#: A team's score or a fixture in a sentence (``3-1``, ``vs.``); a tennis match's set scores
#: (``6-2 6-1``, ``7-6 (4), 6-3``) are two players'.
_TEAM_SCORE = re.compile(r"(?<![\w-])" + _SCORE_WORDS + r"(?![\w-])")
_SET_SCORES = re.compile(
    _SCORE_WORDS + r"(?:[ \u00a0]?\(\d+\))?,?[ \u00a0]+" + _SCORE_WORDS + r"(?![\w-])"
)
#: ``in the Champions League``, ``the FA Cup``: a team competition named in a sentence.
_TEAM_COMPETITION = re.compile(
    r"[A-Z][\w.'’-]*[ \u00a0]"
    + alternatives(_EN.words("entities", "team_competition_heads"), capital=True)
    + r"(?![\w-])"
)
_POSSESSIVES = tuple(str(ending) for ending in _ENTITIES["possessive_endings"])
#: ``Ravello's Kovalik``: a possessive and a capitalised word after a name.
_POSSESSIVE_NAME_AFTER = re.compile(
    r"[ \u00a0]?(?:" + "|".join(re.escape(p) for p in _POSSESSIVES) + r")[ \u00a0](?=[A-Z][a-z])"
)
_POSSESSIVE_STARTS = tuple(space + ending + " " for ending in _POSSESSIVES for space in ("", " "))
_GROUND_ENDINGS = tuple(
    f"{word} {_PLACE_NOUN_ARTICLE}{space}"
    for word in sorted(_VENUE_PREPOSITIONS)
    for space in (" ", "\u00a0")
)
#: A lower-case word right after a name.
_LOWER_WORD_AFTER = re.compile(r"[ \u00a0]([a-z]+)\b")
#: Words after a name that leave it a noun of its own (``at the Ravello Arena after the
#: game``): function words; and a verb's past (``at the Ravello Arena settled it``).
_FREE_AFTER = _EN.words("quotes", "function_words")
_PAST_ENDING = "ed"
#: Lower-case nouns after a name that show it is the place (``at the Ravello Arena stadium``).
_GROUND_NOUNS = _EN.words("entities", "venue_followers") | _EN.words("entities", "place_followers")


#: Last words of a body's name that end a ground's too (``Ravello Centre``).
_GROUND_HEADS = frozenset(word.capitalize() for word in _EN.words("entities", "ground_heads"))


def _ground_of_a_typed_name(text: str, begin: int, end: int) -> bool:
    """Whether a name that only its first word typed a person's stands where a sports
    article names a ground: after ``at the`` before no noun (``booed at the Elmer
    Castells``), or, in a wire's sports story, after ``at`` before a day's word, a stop or a
    comma (``at Elmer Park on Saturday``)."""
    at_the = _at_the_ground(text, begin, end)
    if at_the is not None:
        return at_the
    alone = _AT_ALONE_BEFORE.search(text, max(0, begin - 12), begin)
    return (
        alone is not None
        and alone.group(1) not in _RESULT_NOUNS
        and _GROUND_AFTER.match(text[end : end + 40].split("\n", 1)[0]) is not None
        and sport_slug(text)
    )


def _ground_position(text: str, before: str, begin: int, end: int, after: str) -> bool:
    """Whether a name at ``begin:end`` of an article that shows a sport stands where a ground
    is named: after ``at the`` unless a noun follows it (``at the Ravello Arena``, not ``at
    the Gerrin Holt farewell``); after a side and a score or a match's verb and ``at``
    (``beat Ashby at Greymoor``); or, in a wire's sports story (its sport's slug opening it:
    ``GOLF - ``), after ``at`` alone (``at Greymoor on Friday``; not after a result's noun:
    ``a 1-0 defeat at Ravello`` is at the home side). Each but the first before a day's word,
    a stop, a comma or a ground's noun (an article with a score elsewhere may write ``met
    Jones at Goldman on Monday``)."""
    at_the = _at_the_ground(text, begin, end)
    if at_the is not None:
        return at_the
    if _GROUND_AFTER.match(after) is None:
        return False
    if _GROUND_BEFORE.search(text, max(0, begin - 60), begin):
        return True
    alone = _AT_ALONE_BEFORE.search(before)
    return alone is not None and alone.group(1) not in _RESULT_NOUNS and sport_slug(text)


#: ``at the Ravello Arena``: the venue preposition and the article, words of their own.
_AT_THE_BEFORE = re.compile(r"(?:^|[^\w])" + _AT + r"[ \u00a0]" + _ARTICLES + r"[ \u00a0]$")
#: How far before a name ``at the`` is looked for (the word before it too).
_AT_THE_REACH = 12
#: ``at Greymoor``, and the word before ``at`` (``a 1-0 defeat at Ravello``: the home side).
_AT_ALONE_BEFORE = re.compile(r"(?:^|[^\w])(?:(\w+)[ \u00a0]+)?" + _AT + r"[ \u00a0]$")
_RESULT_NOUNS = _EN.words("entities", "result_nouns")


def _at_the_ground(text: str, begin: int, end: int) -> bool | None:
    """Whether a name at ``begin:end`` right after ``at the`` stands where a ground is named
    there: no noun after it (``at the Ravello Arena``, not ``at the Gerrin Holt farewell``);
    ``None`` where no ``at the`` stands before it."""
    if _AT_THE_BEFORE.search(text, max(0, begin - _AT_THE_REACH), begin) is None:
        return None
    return not _modifies_noun(text, end)


def _modifies_noun(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is a lower-case noun's modifier (``at the Gerrin Holt
    farewell``, ``the Tamsin Crowe era``): a word after it that is no function word, no past
    verb and no noun of a ground or place (``stadium``)."""
    after = _LOWER_WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(1)
    return not (
        word in _FREE_AFTER
        or word.endswith(_PAST_ENDING)
        or word in _GROUND_NOUNS
        or word.capitalize() in _VENUE_HEADS
    )


#: Followers that are verbs as often as a company's nouns (``Kessler shares the view``): a
#: price's move must follow them.
_VERB_LIKE_FOLLOWERS = _EN.words("entities", "verb_like_followers")
_SHARE_MOVES = _EN.words("entities", "share_moves") | _EN.words("entities", "price_moves")
_SHARE_MOVE_ENDINGS = tuple(sorted(_EN.words("entities", "share_move_endings")))
#: ``fell 2%``, ``rose by about 3.5 percent``, ``fell 10 francs``, ``firmed 3p``, ``climbed
#: 0.25 to 61.75``: a price's move and a percentage, an amount of money (CLDR's currencies'
#: words and ``price_units``) or a new price after a name.
_PERCENT_MOVE = re.compile(
    r"[ \u00a0]"
    + alternatives(_EN.words("entities", "percent_move_verbs"))
    + r"[ \u00a0](?:"
    + alternatives(_EN.words("entities", "percent_move_links"))
    + r"[ \u00a0]){0,2}\d[\d.,]*(?:[ \u00a0]?(?:"
    + "|".join(
        re.escape(str(word)).replace(" ", "[ \u00a0]") for word in _ENTITIES["percent_words"]
    )
    + "|"
    + alternatives(currency_units("en") | _EN.words("entities", "price_units"))
    + r")(?!\w)|(?<=\d)[ \u00a0]"
    + alternatives(_EN.words("entities", "price_move_target"))
    + r"[ \u00a0]\d)"
)
#: The rest of a picture's credit line after its agency: nothing, or a closing bracket.
_LINE_END = re.compile(r"[ \u00a0]*\)?[ \u00a0]*$")
#: A market's words (``shares``, ``stocks``, ``index``): only a report that has them moves a
#: company's price (``Brantley fell 4 percent`` in a poll is a candidate's share).
_MARKET_WORDS = re.compile(
    r"\b" + alternatives(_EN.words("entities", "percent_move_markets"), capital=True) + r"\b"
)
#: Titles and role nouns (``President``, ``candidate``): before a name, a person's.
_ROLES_BEFORE = (
    gz.ROLE_WORDS
    | gz.PERSON_ROLE_NOUNS
    | _EN.words("quotes", "role_nouns")
    | _EN.words("quotes", "occupation_nouns")
)
#: A vote's words: in a sentence with one, a name's share moves in a poll (``percent_move_polls``).
_POLL_WORDS = re.compile(
    r"\b" + alternatives(_EN.words("entities", "percent_move_polls"), capital=True) + r"\b"
)
#: One-word names' endings that are a body's head (``Commerzbank``), and the fewest letters
#: of such a name (``Citibank``; not ``Eubank``, a surname).
_COMPOUND_HEADS = tuple(sorted(_EN.words("entities", "compound_heads")))
_SHORTEST_COMPOUND = 8
_SECOND_FOLLOWER = re.compile(r"[ \u00a0][a-z][a-z\-]+[ \u00a0]+([a-z][a-z\-]*)")


_ENGLISH = (None, "en")


def _english(candidate: CandidateFields) -> bool:
    return candidate[LANGUAGE] in _ENGLISH


def _untyped_english_body(candidate: CandidateFields, k: int, dropped: set[int]) -> bool:
    """An untyped English name of the body (not a heading's), still kept: evidence may type it."""
    return (
        candidate[TYPE] is None
        and not candidate[HEADING]
        and k not in dropped
        and _english(candidate)
    )


def _open(candidate: CandidateFields) -> bool:
    """Untyped, or a person only by a first name (no title, no role): evidence may retype it."""
    return candidate[TYPE] is None or (
        candidate[TYPE] == "person" and not candidate[ROLE] and not candidate[EVIDENCE]
    )


def _organisation(candidate: CandidateFields) -> CandidateFields:
    return typed_as(candidate, "organisation", candidate[CANONICAL])


def _place(candidate: CandidateFields, canonical: str | None = None) -> CandidateFields:
    return typed_as(candidate, "place", canonical)


@attrs.frozen
class DocumentEvidence:
    """What the evidence pass made of one document's mentions, worked out from the document
    alone (:func:`document_evidence`, in an entity draft: in a worker process with ``-j``)
    and replayed by :func:`with_evidence` instead of worked out again."""

    #: ``(position, mention number, fields)`` of each mention the pass replaced, by position
    #: among the document's mentions (a negative number: the ``n``-th span of :attr:`added`).
    changed: tuple[tuple[int, int, CandidateFields], ...] = ()
    #: Positions of the mentions the pass left out, ascending.
    dropped: tuple[int, ...] = ()
    #: ``start, end`` of each span the pass added (:meth:`Spans.add`), in order.
    added: tuple[int, ...] = ()


#: A document the pass leaves as it is (most): one object for all of them (a worker's pickled
#: copy is an equal one, not this: :func:`_replayed` tests emptiness).
_UNCHANGED = DocumentEvidence()


def document_evidence(packed: PackedCandidates, text: str) -> DocumentEvidence:
    """The evidence pass over one document's ``packed`` candidates (its text ``text``), as
    :func:`with_evidence` replays it: the per-document part, which needs no other document."""
    mentions = mentions_of([packed])
    if not mentions:
        return _UNCHANGED
    spans = Spans([packed])
    if foreign.language_of(mentions, text) is None:
        items, dropped = _retyped(mentions, spans, text)
    else:  # another language's document: its own, smaller pass
        items, dropped = foreign.retyped(mentions, spans, text)
    changed = tuple(
        (k, item[1], item[2])
        for k, (item, mention) in enumerate(zip(items, mentions, strict=True))
        if item is not mention
    )
    if not changed and not dropped and not spans.added():
        return _UNCHANGED
    return DocumentEvidence(changed, tuple(sorted(dropped)), spans.added())


def with_evidence(
    found: list[Mention],
    spans: Spans,
    documents: Sequence[Document],
    known: Sequence[DocumentEvidence | None] = (),
    fresh: frozenset[int] | set[int] = frozenset(),
) -> list[Mention]:
    """``found`` (the run's mentions, document by document) retyped by the evidence above.

    ``known[d]`` is document ``d``'s evidence worked out ahead (:func:`document_evidence` of
    the candidates its mentions are, unchanged), replayed instead of worked out again, unless
    ``d`` is in ``fresh`` (its mentions changed since: worked out here).
    """
    out: list[Mention] = []
    for index, group in itertools.groupby(found, operator.itemgetter(0)):
        mentions = list(group)
        ready = known[index] if index < len(known) and index not in fresh else None
        if ready is not None:
            mentions = _replayed(mentions, ready, spans)
        elif foreign.language_of(mentions, documents[index].text) is None:
            mentions = _document(mentions, spans, documents[index].text)
        else:
            items, dropped = foreign.retyped(mentions, spans, documents[index].text)
            mentions = [m for k, m in enumerate(items) if k not in dropped]
        out.extend(mentions)
    return out


def _replayed(mentions: list[Mention], ready: DocumentEvidence, spans: Spans) -> list[Mention]:
    """``mentions`` (one document's) as the pass left them, from what it made of them ahead:
    its spans added here in the same order, so every mention number is the one the pass
    would have given here."""
    if not (ready.changed or ready.dropped or ready.added):
        return mentions
    before = spans.extend(ready.added)
    items = list(mentions)
    index = mentions[0][0]
    for k, number, fields in ready.changed:
        # The document's own span ``-n`` is the run's ``-(before + n)``.
        items[k] = (index, number if number >= 0 else number - before, fields)
    if not ready.dropped:
        return items
    dropped = set(ready.dropped)
    return [m for k, m in enumerate(items) if k not in dropped]


def _with(mention: Mention, fields: CandidateFields) -> Mention:
    return (mention[0], mention[1], fields)


class _Offsets(dict[int, tuple[int, int]]):
    """The offsets of a document's mentions by position: those of its packed candidates read
    once from their bounds (the rules ask for them hundreds of thousands of times in a large
    run, and a dictionary's lookup costs no call), any other read from :class:`Spans` when
    first asked (``bounds``: the document's :meth:`Spans.bounds`, read here if not given)."""

    __slots__ = ("_mentions", "_spans")

    def __init__(
        self, mentions: list[Mention], spans: Spans, bounds: list[int] | None = None
    ) -> None:
        if bounds is None:
            bounds = spans.bounds(mentions[0][0]) if mentions else []
        pairs = list(zip(bounds[::2], bounds[1::2], strict=True))
        size = len(pairs)
        super().__init__(
            (k, pairs[mention[1]]) for k, mention in enumerate(mentions) if 0 <= mention[1] < size
        )
        self._mentions, self._spans = mentions, spans

    def __missing__(self, k: int) -> tuple[int, int]:
        mention = self._mentions[k]
        known = self[k] = self._spans.span(mention[0], mention[1])
        return known


#: The text before a name that the place rules read (``in Sinsheim``, ``at Stamford Bridge``).
_IN_AT_ENDINGS = tuple(
    word + space
    for word in (*sorted(_PLACE_PREPOSITIONS), *sorted(_VENUE_PREPOSITIONS))
    for space in (" ", "\u00a0")
)
#: ``In Corvath : Ildane 318``, ``In Brusko, police said``: a place preposition opening a
#: sentence, then a name and a colon or a comma.
_OPENING_IN = re.compile(
    r"(?:^|\n|[.!?][ \u00a0])" + alternatives(_PLACE_PREPOSITIONS, capital=True) + r"[ \u00a0]$"
)
_OPENING_IN_ENDINGS = tuple(
    word.capitalize() + space for word in sorted(_PLACE_PREPOSITIONS) for space in (" ", "\u00a0")
)
#: The endings before a name after which a place rule may act (:func:`_may_act`).
_PLACE_RULE_ENDINGS = (
    _IN_AT_ENDINGS + _PLACE_LIST + _OPENING_IN_ENDINGS + _LIST_COMMAS + _GROUND_ENDINGS
)
#: The spaces between a name and a club's word or a score after it (:func:`_may_act`).
_SPACES = (" ", "\u00a0")


class _Name(NamedTuple):
    """What the rules read from a name's spelling alone (worked out once per spelling)."""

    words: tuple[str, ...]
    #: A storm's word first or a competition's last (may undo a person's or body's type).
    undoes_type: bool
    #: ``Ryder Cup``: a competition or a law.
    event: bool
    #: ``Government of Wales Act``: a law or a treaty (no company is named so), or a league
    #: that is a competition (``Champions League``): never an organisation.
    law: bool
    storm: bool
    political: bool
    #: Its first word a demonym (``Russian``): never a club by a fixture.
    demonym: bool
    #: ``Lakers``: one plural word, not a demonym's or an event's.
    plural: bool
    #: ``La``: a state's abbreviation.
    state: bool
    #: ``Commerzbank``: one word with a body's head written into it.
    compound: bool


def _event(words: tuple[str, ...]) -> bool:
    """``Ryder Cup``, ``Commonwealth Games``: a competition's or a law's head last (a head of
    ``event_words_before`` only after an event word: ``Epic Games`` is a company)."""
    if len(words) < 2:
        return False
    if _league(words):
        return True
    head = words[-1].lower()
    return head in _EVENT_HEADS and (
        head not in _EVENT_WORDS_BEFORE or words[-2].lower() in _EVENT_WORDS
    )


def _league(words: tuple[str, ...]) -> bool:
    """``Champions League``, ``AMERICAN LEAGUE``: a league that is a competition."""
    return words[-1].lower() in _LEAGUE_HEADS and words[-2].lower() in _LEAGUE_WORDS


@lru_cache(maxsize=1 << 14)
def _name(name: str) -> _Name:
    words = tuple(name.split())
    event = _event(words)
    return _Name(
        words,
        words[0] in _STORM_WORDS or event,
        event,
        event and (words[-1].lower() in _LAW_HEADS or _league(words)),
        words[0] in _STORM_WORDS,
        _political(words[0]),
        words[0] in gz.DEMONYMS,
        len(words) == 1
        and words[0].endswith(_PLURAL_ENDING)
        and _PLURAL.fullmatch(words[0]) is not None
        and _singular(words[0]) not in gz.DEMONYMS  # ``the Austrians``
        and words[0].lower() not in _EVENT_HEADS,  # ``the Olympics``
        len(words) == 1 and words[0] in _STATE_ABBREVIATIONS,
        len(words) == 1
        and len(words[0]) >= _SHORTEST_COMPOUND
        and words[0][1:].islower()
        and words[0].endswith(_COMPOUND_HEADS),
    )


#: Off only in tests, to compare the rules' answers with and without the fast paths
#: (:func:`_may_act`, the gates of :func:`_datelines` and :func:`_capital_headings`).
_GATED = True

#: The most longer club names (``Willem II Tilburg``) looked for across the text outside its
#: tables: more (a page of thousands of rows) and none are, each being one scan of the text.
_MAX_WRITTEN_CLUBS = 100


def _may_act(
    spelling: _Name, untyped: bool, before: str, after: str, text: str, begin: int, finish: int
) -> bool:
    """Whether any rule after the offsets could act on a name with this text around it (a
    necessary condition of each, cheap to test): most names, followed by a verb or a full
    stop, need no more."""
    if (
        after[:1] == ","
        or (untyped and before.endswith(_PLACE_RULE_ENDINGS))
        or before.endswith(_PLACE_NOUN_ENDINGS)
    ):
        # A place before a state, ``in X``, ``at X in Y``, ``in X and Y``, ``in X, Y and Z``,
        # ``the towns of X``, ``north of X``.
        return True
    word = _word_before(text, begin) if before[-1:] in _SPACES else ""
    if untyped and word in _PLAYER_NOUNS:
        return True  # ``striker Kovalik``
    if untyped and _PERCENT_MOVE.match(after):
        return True  # ``Tarlow fell 2%``
    if untyped and SEAT_AFTER.match(after):
        return True  # ``Calgary-based``
    if untyped and before[-1:] == "/":
        return True  # ``Nadia Kessel/Dalvers Images``
    if untyped and spelling.compound:
        return True  # ``Commerzbank``
    if (
        word in _MATCH_VERBS
        or after.startswith(_POSSESSIVE_STARTS)
        or before.endswith(_MATCH_PHRASE_TAILS)
    ):
        return True  # ``Treven beat Ravello``, ``Ravello's Kovalik``, ``lost to Ravello``
    if untyped and spelling.state and text.startswith(".", finish):
        return True  # ``La.``
    if spelling.plural and _THE.search(before):
        return True  # ``the Lakers``
    if spelling.demonym:
        return False  # no fixture for ``Russian``
    if after[:1] in _SPACES and after[1:2].islower():
        found = _FOLLOWER.match(after)
        if found is not None:
            return (
                found.group(1) in _CLUB_FOLLOWERS
                or found.group(1) in _MATCH_VERBS
                or found.group(1) in _MATCH_PHRASE_FIRSTS
                or (untyped and found.group(1) in _TEAM_NOUNS)
                or (untyped and _position_before_name(after))
                or (untyped and found.group(1) in gz.ORGANISATION_FOLLOWERS)
            )
    return (
        any(v in before for v in VERSUS)
        or after.startswith(VERSUS, 1)
        or before[-2:-1].isdigit()
        or after[1:2].isdigit()
    )


def _document(mentions: list[Mention], spans: Spans, text: str) -> list[Mention]:
    """One document's ``mentions`` as the pass leaves them."""
    items, dropped = _retyped(mentions, spans, text)
    return [m for k, m in enumerate(items) if k not in dropped] if dropped else items


def _retyped(mentions: list[Mention], spans: Spans, text: str) -> tuple[list[Mention], set[int]]:
    """One document's ``mentions`` as the pass retypes them, by position, and the positions
    it leaves out."""
    items = list(mentions)  # a mention is replaced, never edited (most stay as they are)
    # Offsets of the document's packed candidates, read in place (most mentions are those).
    bounds = spans.bounds(mentions[0][0]) if mentions else []
    offsets = _Offsets(mentions, spans, bounds)
    nations = _nation_names()
    dropped: set[int] = set()
    storms: set[str] = set()
    placed: set[int] = set()  # typed a place here by position alone (``in X``)
    listing: set[int] = set()  # known places after ``in`` (``in Osaka and``: a list's opening)
    title_lines: dict[int, bool] = {}
    surnames: set[str] | None = None  # made when first needed (``the Kennedys``)
    markets: bool | None = None  # whether the text has a market's words, read when first needed
    sporty: bool | None = None  # read when first needed (``the Lakers``)
    inner: set[str] | None = None  # names written in mid-sentence, made when first needed
    folded: str | None = None  # the text casefolded, made when first needed
    grounds: set[int] = set()  # typed a place as a ground (``at Greymoor``)
    match_clubs: set[str] = set()  # sides of a match's verb (``Ravello battles Treven``)
    typed_here: set[str] = set()  # texts this pass made organisations
    # Persons by a first name alone after ``in`` that GeoNames knows as towns, untyped for the
    # towns' pass unless the article writes them (or their surname alone) elsewhere; those it
    # leaves untyped are people again (by position: what they were).
    town_names: dict[int, Mention] = {}
    historic = gz.historic_country_names()
    for k, mention in enumerate(mentions):
        candidate = mention[2]
        if candidate[LANGUAGE] not in _ENGLISH:
            continue
        kind, name = candidate[TYPE], candidate[TEXT]
        # ``Zaire``, ``USSR`` (typed a body by its capitals), a headline's ``ZAIRE``: a
        # country that no longer exists is still a place.
        if name in historic and (
            kind is None or (kind == "organisation" and candidate[CANONICAL] is None)
        ):
            items[k] = _with(items[k], _place(candidate, historic[name]))
            continue
        if candidate[HEADING]:
            continue
        spelling = _name(name)
        if (
            kind == "person"
            and candidate[EVIDENCE]
            and not candidate[ROLE]
            and not candidate[SPEAKS]
            and not candidate[SENTENCE_INITIAL]
            and name.count(" ") == 1
            and _word_before(text, offsets[k][0]) in _TOWN_PREPOSITIONS  # ``in Glen Allen``
            and text[offsets[k][1] : offsets[k][1] + 1] not in _APOSTROPHES  # ``Glen Allen's``
            and known_town(name, "en") is not None
        ):
            town_names[k] = mention
        # A silent person of several words that no title made and that owns nothing (``Morgan
        # Kimball's``): only a known first name typed it, so where it stands may retype it.
        only_first_named = (
            kind == "person"
            and candidate[EVIDENCE]
            and not candidate[ROLE]
            and not candidate[SPEAKS]
            and " " in name
            and not text.startswith(_POSSESSIVES, offsets[k][1])
        )
        if only_first_named and _employer(items, offsets, text, k):
            # ``strategists at Vale Brothers and Morgan Kimball``: a job at a person is none;
            # only the first name made it a person's.
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        if (
            only_first_named
            and not candidate[SENTENCE_INITIAL]
            and _PERCENT_MOVE.match(text[offsets[k][1] : offsets[k][1] + 40].split("\n", 1)[0])
            and (markets := _MARKET_WORDS.search(text) is not None if markets is None else markets)
            and not _tail_of_unknown_name(text, offsets[k][0])  # ``Bank Velsko rose``
            and not _person_elsewhere(mentions, name)  # ``Stokes said``: a poll's candidate
            and not _in_a_poll(text, offsets[k][0])  # ``rival candidate Ann Roe fell 4%``
        ):
            # ``while Harlan Stokes fell 4 percent``: in a market's article, a name whose price
            # moves is a company's; only the first name made it a person's.
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        if (
            only_first_named
            and _ground_of_a_typed_name(text, *offsets[k])
            and (sporty := shows_sport(text) if sporty is None else sporty)
        ):
            # ``booed at the Elmer Castells``: in a sports article, a place is played at, no
            # person; only the first name made it a person's.
            items[k] = _with(items[k], _place(candidate))
            grounds.add(k)
            continue
        if (
            kind == "organisation"
            and candidate[CANONICAL] is None
            and name.rsplit(" ", 1)[-1] in _GROUND_HEADS
            and _at_the_ground(text, *offsets[k])
            and (sporty := shows_sport(text) if sporty is None else sporty)
        ):
            # ``lost at the Ravello Centre``: a body's head that ends a ground's name too.
            items[k] = _with(items[k], _place(candidate))
            grounds.add(k)
            continue
        if kind == "organisation" or (
            kind == "person" and (candidate[EVIDENCE] or candidate[ROLE])
        ):
            # Typed by a title or a known first name: only a storm or a cup may undo it; an
            # organisation the chunker typed only a storm or a law (``Epic Games`` stays).
            role = candidate[ROLE]
            if not (
                (role and role.split(" ", 1)[0] in _STORM_WORDS)
                or (
                    (spelling.storm or spelling.law)
                    if kind == "organisation"
                    else spelling.undoes_type
                )
            ):
                continue
        words = spelling.words
        # Competitions and laws: not people (nor a body the chunker typed, unless a law).
        if (
            spelling.event
            and candidate[CANONICAL] is None
            and (kind != "organisation" or spelling.law)
        ):
            dropped.add(k)
            continue
        # ``Hurricane Rosa`` (and ``Rosa`` after it): a storm, not a person.
        if (
            spelling.storm or (candidate[ROLE] and candidate[ROLE].split(" ", 1)[0] in _STORM_WORDS)
        ) and kind in (None, "person"):
            dropped.add(k)
            storms.add(words[-1])
            continue
        # (``_open`` and ``_nation`` written out: this loop sees every candidate.)
        town = kind == "place" and (candidate[CANONICAL] or name) not in nations
        opened = kind is None or (
            kind == "person" and not candidate[ROLE] and not candidate[EVIDENCE]
        )
        if kind == "place" and k - 1 in placed:
            # A known place in a list of them: the list goes on past it.
            start, stop = offsets[k]
            if _listed(text, offsets, k, start, text[stop : stop + 40].split("\n", 1)[0]):
                placed.add(k)
        elif kind == "place":
            # ``in Osaka and Kobe``: a known place after ``in`` opens a list of places too.
            start = offsets[k][0]
            if _placed_in(text, text[max(0, start - 12) : start], start):
                listing.add(k)
        if not town and not opened:
            continue  # typed by the chunker's own evidence: nothing here overrules it
        number = mention[1]
        if 0 <= 2 * number < len(bounds):
            begin, finish = bounds[2 * number], bounds[2 * number + 1]
        else:
            begin, finish = offsets[k]
        before = text[begin - 12 if begin > 12 else 0 : begin]
        after = text[finish : finish + 40].split("\n", 1)[0]
        if _GATED and not _may_act(spelling, kind is None, before, after, text, begin, finish):
            continue
        # ``Nadia Kessel/Dalvers Images``: the name after a photographer's and a slash, ending
        # its line, is the agency that credits the picture (not after a place's name or a web
        # address: ``Glasgow/Tarnwick``, ``orlinpress.com/Tarvelle``).
        if (
            kind is None
            and before[-1:] == "/"
            and before[-2:-1].isalpha()
            and _credit_before(items, offsets, k, text, begin)
            and _LINE_END.match(after)
            and not _personal(words[0])
        ):
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        # ``the Calgary-based company``: the name a seat's ending is hyphened to is a place
        # (not a longer name's tail: ``New York City-based``); opening its sentence, only when
        # the article writes it in mid-sentence too (``Plant-based``: a capitalised noun).
        if (
            kind is None
            and SEAT_AFTER.match(after)
            and (
                not candidate[SENTENCE_INITIAL]
                or name in (inner := _inner_names(mentions) if inner is None else inner)
            )
            and not _personal(words[0])
            and not (
                _name_goes_on(text, begin)
                and _word_before(text, begin).lower() not in _EN.stopwords
            )
        ):
            items[k] = _with(items[k], _place(candidate, known_town(name, "en")))
            continue
        follower = _follower(after)
        # ``Sampdoria coach`` opening a sentence: a club's staff when the article writes the
        # name in mid-sentence too (``Estate manager David`` shows nothing by its capital).
        staff_opening = (
            follower in _CLUB_FOLLOWERS
            and candidate[SENTENCE_INITIAL]
            and name in (inner := _inner_names(mentions) if inner is None else inner)
        )
        # ``Sheffield striker``: a town's club (a nation's side is written as the place).
        if town and (staff_opening or _fixture(candidate, before, after, follower)):
            items[k] = _with(items[k], _organisation(with_fields(candidate, canonical=None)))
            typed_here.add(name)
            match_clubs.add(name)  # (its other mentions name the club too)
            continue
        # ``Ravello battles Treven``, ``Ravello's Kovalik`` (a town's; a player of it): a club,
        # in an article that shows a sport, and the article's other mentions of it follow.
        if (
            (town or kind is None)
            and not spelling.political
            and not spelling.demonym
            and (
                (
                    (
                        matched := _MATCH_AFTER.match(after)
                        or _MATCH_BEFORE.search(text, max(0, begin - 40), begin)
                    )
                    and _team_match(text, begin)
                    and _scored_result(matched.group(), text, begin)
                    # (``Williams beat Sharapova``: a person's surname or first name.)
                    and not (kind is None and _personal(words[0]))
                    and words[-1]
                    not in (surnames := _surnames(mentions) if surnames is None else surnames)
                )
                or (town and _possessive_player(mentions, offsets, k, finish, after))
            )
            and (sporty := shows_sport(text) if sporty is None else sporty)
        ):
            club = _club_of_home(items, offsets, text, k, begin) if town else None
            if club is not None:
                # ``Korlavia of Belgrade beat Treven``: the unknown name before ``of``
                # is the side, the town its home (a place).
                items[club] = _with(items[club], _organisation(items[club][2]))
                typed_here.add(items[club][2][TEXT])
                match_clubs.add(items[club][2][TEXT])
                continue
            items[k] = _with(items[k], _organisation(with_fields(candidate, canonical=None)))
            typed_here.add(name)
            match_clubs.add(name)
            continue
        if not opened:
            continue
        # ``the towns of Moravo``, ``west-southwest of Pelmora``, ``the capital Marisol``: a
        # place's noun or a direction before the name (even a first name's: a town is named
        # after a person as often as not).
        if before.endswith(_PLACE_NOUN_ENDINGS) and (
            _PLACE_NOUN_BEFORE.search(text, max(0, begin - 40), begin)
            or _DIRECTION_BEFORE.search(text, max(0, begin - 40), begin)
            or (_APPOSED_BEFORE.search(text, max(0, begin - 40), begin) and _apposed_place(after))
        ):
            items[k] = _with(items[k], _place(candidate))
            placed.add(k)
            continue
        # ``Texas Republicans``: no team nor place; a name led by a compass word (``North Varenka``)
        # is a place's, placed by position below, and no team.
        compass = spelling.political
        if compass and not (len(words) > 1 and _COMPASS_WORD.fullmatch(words[0])):
            continue
        # ``the Lakers`` (a team) in a sports article; not ``the Kennedys`` (a family), nor
        # ``the Hamptons`` where no score, fixture or club's word shows a sport.
        if (
            spelling.plural
            and not compass
            and _THE.search(before)
            # (``the Dolomites area``, ``the Ardennes region``: a place's noun after it)
            and follower not in _PLACE_FOLLOWERS
            and (sporty := shows_sport(text) if sporty is None else sporty)
            # (``is None``: an empty set is made once too, not once per plural.)
            and _singular(words[0])
            not in (surnames := _surnames(mentions) if surnames is None else surnames)
        ):
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        # Fixtures: either side of a score or of ``vs.``, a club's staff after it; ``the Kelme
        # team`` (a determiner, an unknown name and ``team``) in an article that shows a sport.
        if not compass and (
            staff_opening
            or (
                _fixture(candidate, before, after, follower)
                # (``50 overs ( Ostrov 54 ; Kesra Olwan 3-41 )``: a bowler's figures)
                and not _scorer(text, begin, finish)
            )
            or (
                kind is None
                and follower in _TEAM_NOUNS
                and before.lower().endswith(_TEAM_DETERMINER_ENDINGS)
                # (``the Clinton team``, ``the Halloran team`` after ``Ann Halloran``: a
                # person's staff, even in an article with a score)
                and not _personal(words[0])
                and words[-1]
                not in (surnames := _surnames(mentions) if surnames is None else surnames)
                and (sporty := shows_sport(text) if sporty is None else sporty)
            )
        ):
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        # ``Padres reliever Chad Ostrowski``: an unknown name, a player's position and the
        # player's name, in an article that shows a sport: the club; opening a sentence, only
        # a plural or a name the article writes in mid-sentence too (``Veteran guard John
        # Starks``, ``Backup quarterback``: a capitalised word).
        if (
            kind is None
            and not compass
            and follower is not None
            and _position_before_name(after)
            and (
                not candidate[SENTENCE_INITIAL]
                or spelling.plural
                or name in (inner := _inner_names(mentions) if inner is None else inner)
            )
            # (Not the tail of an honour's name, ``Hall of Fame pitcher``, ``Pro Bowl
            # receiver``, nor a hyphened one, ``All-Star guard``.)
            and not _name_goes_on(text, begin)
            and ("-" not in name or spelling.plural)
            and not _personal(words[0])
            and words[-1] not in (surnames := _surnames(mentions) if surnames is None else surnames)
            and (sporty := shows_sport(text) if sporty is None else sporty)
        ):
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        # ``striker Kovalik``: a player's noun before an unknown name in mid-sentence.
        if (
            kind is None
            and not compass
            and not candidate[SENTENCE_INITIAL]
            and _word_before(text, begin) in _PLAYER_NOUNS
        ):
            # (Typed by evidence, as after the chunker's role nouns: a lone word is kept.)
            items[k] = _with(items[k], with_fields(candidate, type="person", evidence=True))
            continue
        # ``Velmont shares rose``: a company's word after a name opening its sentence, which
        # the article writes in mid-sentence too (so a name, not a capitalised word: ``Tech
        # shares``).
        if (
            kind is None
            and not compass
            and candidate[SENTENCE_INITIAL]
            and follower in gz.ORGANISATION_FOLLOWERS
            and (follower not in _VERB_LIKE_FOLLOWERS or _share_move(after))
            and name in (inner := _inner_names(mentions) if inner is None else inner)
        ):
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        # ``Tarlow fell 2%``: an unknown name before a price's move and a percentage is a
        # company's (or an index's), unless a person's (a first name, an article's surname);
        # opening its sentence, only when the article writes it in mid-sentence too (``Shares
        # rose 9%``, ``Exports fell 2%``: a capitalised word).
        if (
            kind is None
            and not compass
            and _PERCENT_MOVE.match(after)
            and (
                not candidate[SENTENCE_INITIAL]
                or name in (inner := _inner_names(mentions) if inner is None else inner)
                # (a word named once opening its sentence is no company's for a move alone:
                # ``Whisky fell 20 pence``, ``Milk rose 5 pence`` are goods' prices)
                or _opening_name(
                    words, text, folded := text.casefold() if folded is None else folded
                )
            )
            and not _personal(words[0])
            and words[-1] not in (surnames := _surnames(mentions) if surnames is None else surnames)
            and (markets := _MARKET_WORDS.search(text) is not None if markets is None else markets)
            and not _placed_in(text, before, begin)  # ``prices in Greymoor fell 3%``
            and not _tail_of_unknown_name(text, begin)  # ``Bank Velsko rose``: a longer name's
        ):
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        # ``Commerzbank``, ``Rabobank``: a body's head written into one unknown word (not an
        # article's surname: ``Rebecca Westbank`` ... ``Westbank``, ``Mr Eisenbank``).
        if (
            kind is None
            and spelling.compound
            and not _personal(words[0])
            and words[-1] not in (surnames := _surnames(mentions) if surnames is None else surnames)
        ):
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        # ``a trader at Commerzbank in Frankfurt``: an employer, not a venue.
        if (
            not compass
            and _EMPLOYER_AT.search(text, max(0, begin - 30), begin)
            # (``Analysts at Bombay brokerage Motilal Shah``: the place of the employer named
            # after a body's noun)
            and not _DESCRIBED_NEXT.match(after)
        ):
            items[k] = _with(items[k], _organisation(candidate))
            typed_here.add(name)
            continue
        nxt = k + 1 if k + 1 < len(mentions) else None
        # ``in Baton Rouge, La.``: a place before a comma and a state (or a known place).
        if after[:1] == "," and nxt is not None:
            comma = _COMMA_AFTER.match(after)
            if comma and offsets[nxt][0] == finish + comma.end():
                following = mentions[nxt][2]
                state = _STATE_ABBREVIATIONS.get(following[TEXT])
                dotted = text.startswith(".", offsets[nxt][1])
                if (state and dotted) or (following[TYPE] == "place" and _locative_before(before)):
                    items[k] = _with(items[k], _place(candidate))
                    placed.add(k)  # (``in Corvath, Madrid, Ildane and Brusko``)
                    continue
        if (
            candidate[TYPE] is None
            and (before.endswith(_IN_AT_ENDINGS))
            and not candidate[SENTENCE_INITIAL]
            and not candidate[TEXT].isupper()  # ``in GDP terms``
        ):
            # ``in Sinsheim``; not ``a stake in Ford``.
            in_place = bool(
                _placed_in(text, before, begin)
                and (
                    follower is None
                    or (
                        follower not in gz.ORGANISATION_FOLLOWERS
                        and (
                            follower in _PLACE_IN_FOLLOWERS
                            or follower.endswith(_PLACE_IN_FOLLOWER_ENDINGS)
                        )
                    )
                )
                and not _CAPITAL_AFTER.match(after)
                # (``sat near Smith``, ``outside Henderson's house``: a person's)
                and not (
                    _people_preposition(before)
                    and (
                        _POSSESSIVE_AFTER.match(after)
                        or words[-1]
                        in (surnames := _surnames(mentions) if surnames is None else surnames)
                    )
                )
            )
            # ``at Stamford Bridge in London``: a venue.
            venue = _IN_AFTER.match(after)
            # The line's case last: reading a whole paragraph is the dearest test here.
            if (
                in_place
                or (
                    _AT_BEFORE.search(before)
                    and venue
                    and nxt is not None
                    and offsets[nxt][0] == finish + venue.end()
                    and mentions[nxt][2][TYPE] == "place"
                )
            ) and not _title_case(text, begin, title_lines):
                items[k] = _with(items[k], _place(candidate))
                if in_place:
                    placed.add(k)
                continue
        # ``beat Ashby at Greymoor on Saturday``: a ground, in an article that shows a sport.
        if (
            candidate[TYPE] is None
            and before.endswith(_IN_AT_ENDINGS + _GROUND_ENDINGS)
            and not candidate[SENTENCE_INITIAL]
            and _ground_position(text, before, begin, finish, after)
            and (sporty := shows_sport(text) if sporty is None else sporty)
            and not _title_case(text, begin, title_lines)
        ):
            items[k] = _with(items[k], _place(candidate))
            grounds.add(k)
            continue
        # ``In Corvath : Ildane 318``: a place opening its sentence after ``In``.
        if (
            candidate[TYPE] is None
            and before.endswith(_OPENING_IN_ENDINGS)
            and after[:1] in (",", " ")
            and after.lstrip(" \u00a0")[:1] in (",", ":")
            and _OPENING_IN.search(before)
        ):
            items[k] = _with(items[k], _place(candidate))
            placed.add(k)
            continue
        # ``in Corvath and Ildane``: a second place joined to one found after ``in``.
        if (
            candidate[TYPE] is None
            and (k - 1 in placed or k - 1 in listing)
            and _listed(text, offsets, k, begin, after)
            and not _CAPITAL_AFTER.match(after)
            and (_list_closed(after) or not _verb_before(text, offsets[k - 1][0]))
            and not _typed_elsewhere(items, k, ("person", "organisation"))
        ):
            items[k] = _with(items[k], _place(candidate))
            placed.add(k)
            continue
        # ``La.`` after ``Baton Rouge,``: the state, its full stop included.
        if (
            candidate[TYPE] is None
            and len(words) == 1
            and words[0] in _STATE_ABBREVIATIONS
            and text.startswith(".", finish)
            and text[max(0, begin - 2) : begin] in (", ", ",\u00a0")
            and k > 0
            and offsets[k - 1][1] == begin - 2
        ):
            abbreviation = _place(
                with_fields(candidate, text=text[begin : finish + 1]),
                _STATE_ABBREVIATIONS[words[0]],
            )
            items[k] = (items[k][0], spans.add(begin, finish + 1), abbreviation)
            continue
    # ``Instagram Live``, ``Google Drive``: a product of a known company, no name of its own.
    for k in range(1, len(items)):
        previous, candidate = items[k - 1][2], items[k][2]
        if (
            previous[TYPE] == "organisation"
            and previous[CANONICAL]
            and candidate[TYPE] is None
            and len(candidate[TEXT].split()) == 1
            and _english(candidate)
            and offsets[k][0] == offsets[k - 1][1] + 1
        ):
            dropped.add(k)
    _datelines(items, offsets, text, dropped)
    clubs = _table_clubs(items, offsets, spans, text, dropped, _country_names())
    if clubs:
        clubs |= _club_aliases(clubs)
        # ``held by Willem II Tilburg``: a table's longer names written out in the text.
        tables = set(table_rows(text))
        # One scan of the text per name: bounded, so that a page of thousands of rows stays
        # linear (its names are typed by their rows already).
        longer = sorted(club for club in clubs if " " in club)
        written = sorted(
            found.span()
            for club in (longer if len(longer) <= _MAX_WRITTEN_CLUBS else ())
            for found in re.finditer(rf"(?<![\w-]){re.escape(club)}(?![\w-])", text)
            if found.span() not in tables and not _dateline_at(text, found.start())
        )
        if written:
            _table_clubs(items, offsets, spans, text, dropped, _country_names(), written)
        _follow_clubs(items, offsets, text, dropped, clubs, _country_names())
        # ``lost 1-0 at Ravello``: a ground named as a club of the article's tables is the club.
        for k in grounds:
            if items[k][2][TEXT] in clubs:
                items[k] = _with(items[k], _organisation(items[k][2]))
    _listed_people(items, offsets, spans, text, dropped, _country_names())
    _credited(items, offsets, text, dropped)
    _venues(items, offsets, spans, text, dropped)
    _company_evidence(items, offsets, text, dropped)
    _place_companies(items, offsets, spans, text, dropped)
    if match_clubs:
        # (A town's other mentions: ``Ravello`` after ``Ravello battles Treven``.)
        _follow_clubs(items, offsets, text, dropped, match_clubs, _country_names())
    if storms or typed_here:
        _follow(items, mentions, dropped, storms | typed_here, storms, placed)
    if joined := _join_teams(items, offsets, spans, text, dropped):
        # (``for Boston`` after ``the Boston Red Sox``: the town names the team.)
        _follow_clubs(items, offsets, text, dropped, joined, _country_names())
    # Last: what no evidence above typed, a town on GeoNames' list may be.
    if town_names:
        _untype_towns(items, town_names)
    english_towns(items, offsets.__getitem__, text, dropped)
    if any(to in text for to in _ROUTE_TO):
        _routes(items, offsets, text, dropped)
    for k, mention in town_names.items():
        if items[k][2][TYPE] is None:
            items[k] = mention  # shown as a person somewhere: the first name stands
    bare_company_names(items, offsets.__getitem__, spans, text, dropped)
    _capital_headings(items, offsets, spans, text, dropped)
    particle_surnames(items, offsets.__getitem__, spans, text, dropped)
    return items, dropped


def _follow(
    items: list[Mention],
    mentions: list[Mention],
    dropped: set[int],
    names: set[str],
    storms: set[str],
    placed: set[int],
) -> None:
    """The article's other lone mentions of a name typed here (``names``) follow it: a storm's
    name is dropped, a club's is the club's (``Brighton`` after ``Brighton keeper``, even ``in
    Brighton territory``)."""
    for k, item in enumerate(items):
        candidate = item[2]
        if candidate[TEXT] not in names or k in dropped or " " in candidate[TEXT]:
            continue
        if candidate[TEXT] in storms:
            if _open(mentions[k][2]):
                dropped.add(k)
        elif _open(candidate) or k in placed:
            items[k] = _with(item, _organisation(candidate))


def _listed(text: str, offsets: _Offsets, k: int, begin: int, after: str) -> bool:
    """Whether the ``k``-th name (at ``begin``, ``after`` the text after it) follows the one
    before it in a list: ``in Corvath and Ildane``, ``in Corvath, Ildane, Brusko, and``
    (after a comma alone, the list must go on: not ``in London, Jones, the minister``)."""
    gap = text[offsets[k - 1][1] : begin]
    if gap in _PLACE_LIST:
        return True
    if gap in _LIST_GAPS:
        return gap in _LIST_CONJUNCTION_GAPS or _LIST_GOES_ON.match(after) is not None
    return False


def _list_closed(after: str) -> bool:
    """Whether ``after``, the text after the last name of a list of places, shows no clause
    going on with that name as its subject: no lower-case word, or a word a list may end
    before (``in Osaka and Kobe on Monday``, a place's noun: ``in Corvath and Ildane
    provinces``; not ``in London and Sarah works in Paris``)."""
    follower = _follower(after)
    return follower is None or follower in _LIST_CLOSERS


def _verb_before(text: str, start: int) -> bool:
    """Whether the clause before the place at ``start`` (and its preposition) has its verb
    already (``He lives in``, ``He was born in``, ``She studied in``; not ``Farmers around``,
    ``warned that shops in``): then an ``and`` after the place may join a clause to it."""
    window = text[max(0, start - 200) : start]
    breaks = list(_LIST_CLAUSE_BREAK.finditer(window))
    words = window[breaks[-1].end() if breaks else 0 :].split()[:-1]  # (less the preposition)
    for i in range(len(words) - 1, -1, -1):
        if words[i] in _LIST_CLAUSE_STARTS:
            words = words[i + 1 :]
            break
    if words and words[-1].endswith(_LIST_VERB_ENDING) and words[-1].islower():
        return True
    return any(
        word in _LIST_CLAUSE_VERBS or (i > 0 and words[i - 1].lower() in _LIST_VERB_PRONOUNS)
        for i, word in enumerate(words)
    )


def _typed_elsewhere(items: list[Mention], k: int, kinds: tuple[str, ...]) -> bool:
    """Whether another mention of the ``k``-th's text is typed one of ``kinds``, or a person's
    name holds it as a word (``Sarah Cole`` elsewhere in the article: ``Sarah`` is never a
    place joined to a list)."""
    name = items[k][2][TEXT]
    return any(
        j != k
        and item[2][TYPE] in kinds
        and (item[2][TEXT] == name or (item[2][TYPE] == "person" and name in item[2][TEXT].split()))
        for j, item in enumerate(items)
    )


def _club_of_home(
    items: list[Mention], offsets: _Offsets, text: str, k: int, begin: int
) -> int | None:
    """The position of the untyped name right before the ``k``-th and ``of`` (``Korlavia
    of Belgrade``): the club whose home the town at ``begin`` is, if the text writes one; not a
    title, a person's noun or a first name (``the Duke of Belgrade``, ``Mayor``)."""
    links, home_before = _home_links()
    if k == 0 or not home_before.search(text, max(0, begin - 60), begin):
        return None
    before = items[k - 1][2]
    gap = text[offsets[k - 1][1] : begin]
    if before[TYPE] is not None or before[HEADING] or gap.strip() not in links:
        return None
    first = before[TEXT].split()[0]
    if (
        first in gz.ROLE_WORDS
        or first in gz.HONORIFICS
        or first.lower() in gz.MALE_NOUNS | gz.FEMALE_NOUNS
        or _personal(first)
    ):
        return None
    return k - 1


def _follower(after: str) -> str | None:
    """The lower-case word right after a name, if any."""
    if after[:1] not in (" ", "\u00a0") or not after[1:2].islower():
        return None
    found = _FOLLOWER.match(after)
    return found.group(1) if found is not None else None


def _position_before_name(after: str) -> bool:
    """Whether ``after`` opens with a player's position, of one word or two, and a capitalised
    word (``reliever Chad``, ``running back Tomas``)."""
    found = _NAME_AFTER_FOLLOWER.match(after)
    if found is None:
        return False
    first, second = found.groups()
    if second is None:
        return first in _POSITION_FOLLOWERS
    return f"{first} {second}" in _POSITION_PHRASES


def _fixture(candidate: CandidateFields, before: str, after: str, follower: str | None) -> bool:
    """Whether the name stands beside a score or ``vs.``, or before a club's word."""
    if candidate[TEXT].split()[0] in gz.DEMONYMS:
        return False
    if follower is not None:
        # ``Estate manager David ...``: a capital opening a sentence shows nothing.
        return follower in _CLUB_FOLLOWERS and not candidate[SENTENCE_INITIAL]
    if any(v in before for v in VERSUS) and _VERSUS_BEFORE.search(before):
        return True
    if after.startswith(VERSUS, 1) and VERSUS_AFTER.match(after):
        return True
    return bool(
        (before[-2:-1].isdigit() and _SCORE.search(before))
        or (
            after[1:2].isdigit()
            and _SCORE_AFTER.match(after)
            # (``Sharapova 6-2 6-1``: a tennis player's set scores.)
            and not _SET_SCORES.match(after, 1)
        )
    )


def _nation(candidate: CandidateFields) -> bool:
    """A country, a nation of the United Kingdom or a continent: its side is written as the
    place (``England captain``, ``Europe 10-6``)."""
    return (candidate[CANONICAL] or candidate[TEXT]) in _nation_names()


@cache
def _nation_names() -> frozenset[str]:
    countries = gz.country_names()
    return frozenset(
        {*countries, *countries.values(), *gz.territories("en").values(), *_NATIONS}
        | set(gz.subdivision_names())
    )


@cache
def _country_names() -> frozenset[str]:
    """Countries and the nations of the United Kingdom: a table's national sides (a state's
    or a province's side is a club: ``Queensland 342``)."""
    countries = gz.country_names()
    return frozenset({*countries, *countries.values(), *_NATIONS})


def _singular(word: str) -> str:
    """``Lakers`` -> ``Laker``: a plural-shaped word without its ending."""
    return word[: -len(_PLURAL_ENDING)]


def _political(word: str) -> bool:
    """A party word (``Republican``, ``Democrats``): a member or an adjective, not a team or a
    place, whatever stands around it."""
    return word in gz.PLACE_MODIFIERS or word.rstrip(_PLURAL_ENDING + "’'") in gz.PLACE_MODIFIERS


_FIRST = operator.itemgetter(0)


def _title_case(text: str, at: int, known: dict[int, bool]) -> bool:
    """Whether the line around ``at`` is written in title case (``Churches in Harlem
    Struggle``): there a capital shows no name, so position proves nothing (``known``: lines
    already read, by their start)."""
    start = text.rfind("\n", 0, at) + 1
    seen = known.get(start)
    if seen is None:
        end = text.find("\n", at)
        # The first letters of the line's words that open with a letter, gathered in C (a
        # line is often a whole paragraph): ``split`` never gives an empty word.
        firsts = "".join(
            filter(str.isalpha, map(_FIRST, text[start : len(text) if end < 0 else end].split()))
        )
        capitals = sum(map(str.isupper, firsts))
        seen = known[start] = len(firsts) >= 3 and capitals >= 0.7 * len(firsts)
    return seen


def _surnames(mentions: list[Mention]) -> set[str]:
    """Last words of the article's full names and people: ``the Kennedys`` is a family."""
    # (``Coffman`` of ``Bradford T. Coffman III``: a generation suffix is no surname.)
    return {
        words[-2] if len(words) > 2 and words[-1] in gz.NAME_SUFFIXES else words[-1]
        for _, _, c in mentions
        if c[TYPE] == "person" or " " in c[TEXT]
        for words in (c[TEXT].split(),)
    }


#: Place prepositions a person may follow too (``sat near Smith``, ``rallied around Jones``).
_PEOPLE_PREPOSITIONS = _EN.words("entities", "person_place_prepositions")
#: ``outside Henderson's house``: a possessive right after the name.
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def _people_preposition(before: str) -> bool:
    """Whether the text before a name ends in a place preposition a person may follow too
    (``near``, ``outside``, ``around``): the name is no place when a possessive follows it
    (``outside Henderson's house``) or one of the article's people bears it as a surname
    (``the crowd around Kowalczyk`` after ``Anna Kowalczyk``); ``in`` needs neither."""
    words = before.split()
    return bool(words) and words[-1] in _PEOPLE_PREPOSITIONS


def _personal(word: str) -> bool:
    """Whether a name's first word is a known first name (``Williams`` is not; ``Serena`` is)."""
    return gz.first_name_gender(word) is not None


def _sentence(text: str, begin: int) -> str:
    """The sentence (or line) around ``begin``, read by its full stops and line breaks."""
    start = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin)) + 1
    stops = [i for i in (text.find(". ", begin), text.find("\n", begin)) if i >= 0]
    return text[start : min(stops) if stops else len(text)]


def _team_match(text: str, begin: int) -> bool:
    """Whether the sentence around ``begin`` shows a match between two teams: a score
    (``3-1``; not a tennis match's set scores ``6-2 6-1``), a fixture (``vs.``) or a team
    competition (``Champions League``)."""
    sentence = _sentence(text, begin)
    if any(v in sentence for v in VERSUS) and VERSUS_AFTER.search(sentence):
        return True
    if _TEAM_COMPETITION.search(sentence):
        return True  # ``Ravello battles Treven in the Champions League``
    return _TEAM_SCORE.search(sentence) is not None and _SET_SCORES.search(sentence) is None


def _scored_result(matched: str, text: str, begin: int) -> bool:
    """Whether a match's words (``matched``) show a result: a verb does (``Treven beat
    Ravello``, a score in the sentence); a phrase only with the score right after the side it
    names (``Detroit lost to Cleveland 4-2``; not ``London lost to Paris in the bid for the
    Games, 54-50 in the final round``)."""
    if not any(phrase in matched for phrase in _MATCH_PHRASES):
        return True
    return _PHRASE_RESULT.search(_sentence(text, begin)) is not None


def _possessive_player(
    mentions: list[Mention], offsets: _Offsets, k: int, finish: int, after: str
) -> bool:
    """Whether a possessive and a player's name follow the ``k``-th name (``Ravello's
    Kovalik``): the next name opens right after the possessive, untyped or a person's with no
    title (not ``London's Mayor Sadiq Khan``)."""
    found = _POSSESSIVE_NAME_AFTER.match(after)
    if found is None or k + 1 >= len(mentions) or offsets[k + 1][0] != finish + found.end():
        return False
    following = mentions[k + 1][2]
    return following[TYPE] in (None, "person") and not following[ROLE]


def _apposed_place(after: str) -> bool:
    """Whether a name after ``the capital`` ends before a lower-case word or a punctuation mark
    that is no business's word (``the capital Marisol said``; not ``the capital Markets
    desk``)."""
    found = _APPOSED_AFTER.match(after)
    return (
        found is not None and found.group(1) not in _APPOSED_NOT_PLACE | gz.ORGANISATION_FOLLOWERS
    )


def _share_move(after: str) -> bool:
    """Whether a price's move follows the word after a name (``Velmont shares rose``; not
    ``Kessler shares the view``)."""
    found = _SECOND_FOLLOWER.match(after)
    return found is not None and (
        found.group(1) in _SHARE_MOVES or found.group(1).endswith(_SHARE_MOVE_ENDINGS)
    )


def _credit_before(items: list[Mention], offsets: _Offsets, k: int, text: str, begin: int) -> bool:
    """Whether the word before the slash ending at ``begin`` may name who took or gave a
    picture (``Nadia Kessel/``, ``(Orvik/``): a capitalised word that is no web address's
    (``orlinpress.com/``) and no place's name (``Glasgow/``)."""
    word = text[max(0, begin - 40) : begin - 1].rsplit(None, 1)[-1:]
    if not word or "." in word[0] or not word[0].lstrip("([")[:1].isupper():
        return False
    return not (k > 0 and offsets[k - 1][1] == begin - 1 and items[k - 1][2][TYPE] == "place")


def _person_elsewhere(mentions: list[Mention], name: str) -> bool:
    """Whether the article writes the last word of ``name`` alone (``Stokes said``) or gives
    ``name`` a role or speech elsewhere: a person's name, whatever moves after it (a firm named
    like a person is not called by its last word alone)."""
    last = name.rsplit(" ", 1)[-1]
    return any(
        c[TEXT] == last or (c[TEXT] == name and (c[ROLE] or c[SPEAKS])) for _, _, c in mentions
    )


def _in_a_poll(text: str, begin: int) -> bool:
    """Whether a role or title stands right before the name at ``begin`` (``candidate Ann
    Roe``) or its sentence has a vote's word (``In the new poll, Ann Roe fell 4%``): a person's
    share of the vote moves, not a company's price."""
    before = _word_before(text, begin)
    if before in _ROLES_BEFORE or before.lower() in _ROLES_BEFORE:
        return True
    start = max(text.rfind(". ", 0, begin), text.rfind("\n", 0, begin)) + 1
    ends = [e for e in (text.find(". ", begin), text.find("\n", begin)) if e >= 0]
    return _POLL_WORDS.search(text, start, min(ends, default=len(text))) is not None


def _tail_of_unknown_name(text: str, begin: int) -> bool:
    """Whether the name at ``begin`` goes on a capitalised word that is no town (``Bank Velsko
    rose 6 zlotys``: the longer name's tail; not ``In Tokyo Marubeni rose 12 yen``)."""
    return _name_goes_on(text, begin) and known_town(_word_before(text, begin), "en") is None


def _opening_name(words: Sequence[str], text: str, folded: str) -> bool:
    """Whether a name opening its sentence reads as a name, not a capitalised noun (``Tarlow fell
    14 pence`` under ``TARLOW SLIPS``, not ``Sales rose 8 percent``): the text writes it again,
    in any case, and none of its words in lower case; a lone word has neither a plural's nor an
    abstract noun's ending. ``folded`` is the text casefolded (once for the document)."""
    if not _name_shaped(words, text):
        return False
    name = " ".join(words)
    first = folded.find(name.casefold())
    return first >= 0 and folded.find(name.casefold(), first + len(name)) >= 0


def _name_shaped(words: Sequence[str], text: str) -> bool:
    """Whether capitalised ``words`` opening a sentence may be a name, not a noun: the text
    writes none of them in lower case, and a lone word has neither a plural's nor an abstract
    noun's ending."""
    if any(written_in_lower_case(word, text) for word in words):
        return False
    return not (len(words) == 1 and words[0].lower().endswith((_PLURAL_ENDING, *gz.NOUN_ENDINGS)))


def _inner_names(mentions: list[Mention]) -> set[str]:
    """Names the article writes in mid-sentence (in the body): capitalised there, a name."""
    return {c[TEXT] for _, _, c in mentions if not c[SENTENCE_INITIAL] and not c[HEADING]}


def _placed_in(text: str, before: str, begin: int) -> bool:
    """Whether a place's preposition stands right before ``begin`` (``prices in Greymoor``),
    not after a thing owned or joined (``shares in Dravonne``, ``a stake in``)."""
    if not _IN_BEFORE.search(before):
        return False
    word = _WORD_BEFORE.search(text, max(0, begin - 24), begin)
    return word is None or word.group(1).lower() not in _NOT_PLACE_IN


def _name_goes_on(text: str, begin: int) -> bool:
    """Whether the word before ``begin`` is a capitalised word or a connector of the same
    run (``Pro Bowl``, ``Hall of Fame``): the name there is a longer one's tail."""
    word = _word_before(text, begin)
    return word in gz.CONNECTORS or (word[:1].isupper() and word[-1:].isalpha())


def _word_before(text: str, begin: int) -> str:
    """The word right before a name at ``begin`` (after a space), or ``""``: read from the
    text, as a player's noun may be longer than ``before`` (``wicketkeeper``)."""
    if text[begin - 1 : begin] not in _SPACES:
        return ""
    # (``rsplit`` once: the last word alone, no list of the others)
    words = text[max(0, begin - 40) : begin].rsplit(None, 1)
    return words[-1] if words else ""


def _untype_towns(items: list[Mention], town_names: dict[int, Mention]) -> None:
    """Untype the persons of ``town_names`` (by position) for the towns' pass, unless the
    article writes the name, or its last word alone, elsewhere (``Allen said``), or names
    another person with that last word (``Nelson Mandela`` ... ``in Winnie Mandela``)."""
    elsewhere = {item[2][TEXT] for k, item in enumerate(items) if k not in town_names}
    families = {
        c[TEXT].rsplit(" ", 1)[-1]
        for k, (_, _, c) in enumerate(items)
        if k not in town_names and c[TYPE] == "person" and " " in c[TEXT]
    }
    for k, mention in town_names.items():
        name = mention[2][TEXT]
        surname = name.rsplit(" ", 1)[-1]
        if name not in elsewhere and surname not in elsewhere and surname not in families:
            items[k] = _with(mention, typed_as(mention[2], None, None))  # type: ignore[arg-type]


def _locative_before(before: str) -> bool:
    words = before.split()
    return bool(words) and words[-1] in _LOCATIVES


def _join_teams(
    items: list[Mention], offsets: _Offsets, spans: Spans, text: str, dropped: set[int]
) -> set[str]:
    """``Los Angeles Lakers``, ``Manchester City``, ``Boston Red Sox``: a place and right after
    it a plural name, a nickname (:func:`_nickname`) or a one-word club typed here, one
    organisation, in an article that shows a sport (a party's or a nationality's plural stays
    apart: ``Texas Republicans``); so is a place's name led by ``San``, ``Los``... and ending in
    a plural (``San Diego Padres``). Returns the places that opened a team (the first
    words of the last)."""
    sporty: bool | None = None
    joined: set[str] = set()
    nicknames: set[str] = set()
    for k, item in enumerate(items):
        place = item[2]
        words = place[TEXT].split()
        if (
            place[TYPE] == "place"
            and len(words) > 2
            and words[0] in gz.PLACE_LEADS
            and place[CANONICAL] is None
            and not place[HEADING]
            and k not in dropped
            and _PLURAL.fullmatch(words[-1])
            and words[-1] not in gz.PLACE_HEADS
            and _english(place)
            and (sporty := shows_sport(text) if sporty is None else sporty)
        ):
            items[k] = _with(item, _organisation(place))
            joined.add(" ".join(words[:-1]))
    # Only a place may open a team, or a club named by a place (``New York`` of a results
    # table, before ``New York Yankees``); the loop replaces only the ``k``-th mention, after
    # reading it, so the places can be listed first.
    places = [k for k in range(len(items) - 1) if _place_named(items[k][2])]
    for k in places:
        place, team = items[k][2], items[k + 1][2]
        if k in dropped or k + 1 in dropped:
            continue
        if (
            _english(place)
            and not place[HEADING]
            and team[CANONICAL] is None
            and (
                (team[TYPE] in (None, "organisation") and _PLURAL.fullmatch(team[TEXT]))
                or (team[TYPE] == "organisation" and len(team[TEXT].split()) == 1)
                or (
                    _nickname(team)
                    # (``In Boston Mark Evans said``: a place, then a person)
                    and not _locative_before(text[max(0, offsets[k][0] - 12) : offsets[k][0]])
                )
            )
            and team[TEXT] not in gz.DEMONYMS
            and _singular(team[TEXT]) not in gz.DEMONYMS  # ``Texas Mexicans``
            and not _political(team[TEXT])  # ``Texas Republicans``
            and offsets[k + 1][0] == offsets[k][1] + 1
            and text[offsets[k][1]] in " \u00a0"
            # ``U.S. Sens.``: a short word and a full stop is an abbreviation, not a team.
            and not (len(team[TEXT]) <= 4 and text.startswith(".", offsets[k + 1][1]))
            and (sporty := shows_sport(text) if sporty is None else sporty)
        ):
            begin, end = offsets[k][0], offsets[k + 1][1]
            team_fields = with_fields(
                place,
                text=text[begin:end],
                type="organisation",
                canonical=None,
                evidence=False,
                gender=None,
            )
            items[k] = (items[k][0], spans.add(begin, end), team_fields)
            dropped.add(k + 1)
            joined.add(place[TEXT])
            if _nickname(team):
                nicknames.add(team[TEXT])
    for k, item in enumerate(items):
        # ``the Red Herons won again``: a nickname after ``the`` that only a first name
        # opening it made a person's names a team in an article that shows a sport, with no
        # town before it (an untyped one may be a competition's: ``the Orvane Masters``).
        named = item[2]
        begin = offsets[k][0]
        if (
            k not in dropped
            and named[TYPE] == "person"
            and not named[HEADING]
            and _english(named)
            and _nickname(named)
            and _THE.search(text, max(0, begin - 12), begin)
            and (sporty := shows_sport(text) if sporty is None else sporty)
        ):
            nicknames.add(named[TEXT])
    if nicknames:
        # ``the Boston Red Sox`` ... ``the Red Sox``: the nickname alone names the team too (a
        # first name opening it made it a person's).
        for k, item in enumerate(items):
            named = item[2]
            if (
                named[TEXT] in nicknames
                and k not in dropped
                and named[TYPE] in (None, "person")
                and not named[ROLE]
            ):
                items[k] = _with(item, _organisation(named))
    return joined


def _place_named(fields: CandidateFields) -> bool:
    """Whether a mention is a place, or a club this pass named by a known place."""
    return fields[TYPE] == "place" or (
        fields[TYPE] == "organisation"
        and fields[CANONICAL] is None
        and not fields[EVIDENCE]
        and fields[TEXT] in gz.place_names()
    )


def _nickname(team: CandidateFields) -> bool:
    """``Red Sox``, ``Blue Jays``, ``Maple Leafs``: two words, the last plural-shaped or one of
    ``[entities] team_plurals``, with no title before them (a first name may open one)."""
    words = team[TEXT].split()
    return (
        len(words) == 2
        and not team[ROLE]
        and team[TYPE] in (None, "organisation", "person")
        and (_PLURAL.fullmatch(words[1]) is not None or words[1].lower() in _TEAM_PLURALS)
        and words[0] not in gz.DEMONYMS
    )


#: Plurals of teams' names written without an ``s`` (``Sox``).
_TEAM_PLURALS = _EN.words("entities", "team_plurals")


#: ``the Kelme team``: nouns of a side after an unknown name, and the determiners before it.
_TEAM_NOUNS = _EN.words("entities", "team_nouns")
_TEAM_DETERMINER_ENDINGS = tuple(
    sorted(f"{word} " for word in _EN.words("entities", "team_determiners"))
)
#: Lower-case nouns after a name that show a place (``Idlib province``, ``the Dolomites area``).
_PLACE_FOLLOWERS = _EN.words("entities", "place_followers")
#: A body's noun and a capitalised name after a name (``Bombay brokerage Motilal``).
_DESCRIBED_NEXT = re.compile(
    r"[ \u00a0]" + alternatives(gz.ORGANISATION_DESCRIPTORS) + r"[ \u00a0][A-Z]"
)
#: ``a trader at Commerzbank in Frankfurt``, ``Analysts at Kleinwort Benson said``: the word
#: before ``at`` (opening a sentence or a line too) names a job there.
_EMPLOYER_AT = re.compile(
    r"(?:^|[ \u00a0\n])"
    + alternatives(_EN.words("entities", "employer_before"), capital=True)
    + r"[ \u00a0]+"
    + _AT
    + r"[ \u00a0]$"
)


def _employer(items: list[Mention], offsets: _Offsets, text: str, k: int) -> bool:
    """Whether the ``k``-th name follows a job's ``at`` (``analysts at``, :data:`_EMPLOYER_AT`),
    alone or after an organisation and ``and`` or ``or`` (``traders at Vale Brothers and``)."""
    begin = offsets[k][0]
    if _EMPLOYER_AT.search(text, max(0, begin - 30), begin):
        return True
    if k == 0 or items[k - 1][2][TYPE] != "organisation":
        return False
    before = offsets[k - 1][0]
    return text[offsets[k - 1][1] : begin] in _JOINED and bool(
        _EMPLOYER_AT.search(text, max(0, before - 30), before)
    )


#: Last words of a venue's name (``Pride Park``, ``Madison Square Garden``).
_VENUE_HEADS = frozenset(word.capitalize() for word in _EN.words("entities", "venue_heads"))


def _venues(
    items: list[Mention], offsets: _Offsets, spans: Spans, text: str, dropped: set[int]
) -> None:
    """An untyped name of two words or more ending in a venue's word is a place (``Rugby
    Park``); one of a word or more right after a place is that place's (``Cardiff Arms Park``,
    ``Madison Square Garden``: one place). A person's name ending so (``Grace Park``, typed by
    the first name) is left alone."""
    for k, item in enumerate(items):
        candidate = item[2]
        if (
            not _untyped_english_body(candidate, k, dropped)
            or candidate[TEXT].rsplit(" ", 1)[-1] not in _VENUE_HEADS
        ):
            continue
        begin, end = offsets[k]
        previous = items[k - 1][2] if k > 0 else None
        if (
            previous is not None
            and k - 1 not in dropped
            and previous[TYPE] == "place"
            and not previous[HEADING]
            and offsets[k - 1][1] + 1 == begin
            and text[begin - 1] == " "
        ):
            start = offsets[k - 1][0]
            joined = with_fields(
                previous, text=text[start:end], canonical=None, evidence=False, gender=None
            )
            items[k - 1] = (items[k - 1][0], spans.add(start, end), joined)
            dropped.add(k)
        elif " " in candidate[TEXT]:
            items[k] = _with(item, _place(candidate))


#: ``SBC Warburg raised its forecasts``: a verb (not one of saying) and ``its`` after a name.
_ITS_AFTER = re.compile(r"[ \u00a0](?:[a-z]+ly[ \u00a0])?([a-z]+(?:ed|s))[ \u00a0]its\b")
#: Verbs of saying: ``Jones said its board ...`` is a person speaking of a body.
_SPEECH_VERBS = _EN.words("entities", "name_speech_verbs") | _EN.speech_verbs
#: What joins two names of one list (``Lufthansa and Air France``; ``[quotes]
#: list_conjunctions``).
_JOINED = frozenset(f" {word} " for word in _EN.words("quotes", "list_conjunctions"))


def _company_evidence(
    items: list[Mention], offsets: _Offsets, text: str, dropped: set[int]
) -> None:
    """An untyped name that a verb and ``its`` follow (``SBC Warburg raised its forecasts``:
    a body, not a person), or joined by ``and`` or ``or`` to an organisation (``seats on
    Lufthansa and Air France flights``), is an organisation; a first name or the surname of
    one of the article's people keeps it a person's (``Kowalczyk and Microsoft``)."""
    surnames: set[str] | None = None
    for k, item in enumerate(items):
        candidate = item[2]
        if not _untyped_english_body(candidate, k, dropped) or candidate[TEXT].isupper():
            continue
        its = _ITS_AFTER.match(text, offsets[k][1])
        if (its is None or its.group(1) in _SPEECH_VERBS) and not (
            # (``the Tories and Eurosceptics``: a plural names people, not a body)
            not _PLURAL.fullmatch(candidate[TEXT])
            and _joined_to_organisation(items, offsets, text, dropped, k)
        ):
            continue
        if _personal(candidate[TEXT].split()[0]) or candidate[TEXT] in (
            surnames := _surnames(items) if surnames is None else surnames
        ):
            continue  # (``Trump`` of ``Donald Trump``: a person's surname, either way)
        items[k] = _with(item, _organisation(candidate))


#: A place's preposition right before a name, and the word before it if one is there (a
#: sentence's start, a comma or a function word before it sets a scene: ``In Tokyo``, ``and in
#: Sydney``; a noun's does not: ``shares in``).
_PREPOSITION_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<word>[A-Za-z]+)[ \u00a0]+|(?<=[^\w \u00a0])[ \u00a0\n]*|^)"
    + alternatives(_PLACE_PREPOSITIONS | _VENUE_PREPOSITIONS, capital=True)
    + r"[ \u00a0]$"
)


def _sets_the_scene(text: str, begin: int) -> bool:
    """Whether a place's preposition that sets a scene comes right before ``begin`` (``In
    Tokyo``, ``while in Paris``), not one after a noun (``shares in``)."""
    found = _PREPOSITION_BEFORE.search(text, max(0, begin - 30), begin)
    if found is None:
        return False
    word = found.group("word")
    return word is None or word.lower() in _FREE_AFTER


#: ``lost 11``, ``rose 4 pence``: a price's move and a number right after a name.
_MOVE_AND_NUMBER = re.compile(r"[ \u00a0]([a-z]+)[ \u00a0]\d")


def _place_companies(
    items: list[Mention], offsets: _Offsets, spans: Spans, text: str, dropped: set[int]
) -> None:
    """A place and right after it one unknown capitalised word that a price's move and a
    number follow (``Tolland Gas fell 3``, ``Yorkshire Electricity lost 11``) are one company
    named after the place, not the place and a word (the word alone may already be typed a
    company by its move: ``Bristol Tarmac lost 3 pence``)."""
    for k in range(len(items) - 1):
        place, word = items[k][2], items[k + 1][2]
        if (
            place[TYPE] != "place"
            or word[TYPE] not in (None, "organisation")
            or k in dropped
            or k + 1 in dropped
            or place[HEADING]
            or word[HEADING]
            or " " in word[TEXT]
            or not _english(place)
            or not _english(word)
        ):
            continue
        begin, end = offsets[k][0], offsets[k + 1][1]
        if offsets[k + 1][0] != offsets[k][1] + 1 or text[offsets[k][1]] not in " \u00a0":
            continue
        if _sets_the_scene(text, begin):
            continue  # ``In Tokyo Marubeni rose 12 yen``: the place of the market, no company's
        move = _MOVE_AND_NUMBER.match(text, end)
        if move is None or move.group(1) not in _SHARE_MOVES:
            continue
        company = with_fields(
            place, text=text[begin:end], type="organisation", canonical=None, evidence=False
        )
        items[k] = (items[k][0], spans.add(begin, end), company)
        dropped.add(k + 1)


#: The link of a body's name to what it is of (``Office of Management``; ``of_links``).
_OF_GAPS = tuple(f" {word} " for word in sorted(_EN.words("entities", "of_links")))


#: A capitalised word or a number right after a name (``Vickers VC-10``: a model's name).
_MODEL_AFTER = re.compile(r"[ \u00a0][A-Z0-9]")


def _whole_body(name: str, after: bool) -> bool:
    """Whether an organisation's ``name`` that no list knows is whole beside ``and`` and a name
    (so that name is a body of its own): not when it holds ``of`` (``Office of Management
    and Budget`` is one name, cut at ``and``) nor, coming ``after`` the name, when it ends in
    a body's head, which may end both (``Truth and Reconciliation Commission``)."""
    if any(gap in name for gap in _OF_GAPS):
        return False
    return not after or name.rsplit(" ", 1)[-1] not in gz.ORGANISATION_HEADS | gz.LEGAL_FORMS


def _joined_to_organisation(
    items: list[Mention], offsets: _Offsets, text: str, dropped: set[int], k: int
) -> bool:
    """Whether the name ``k`` is joined by ``and`` or ``or`` to an organisation next to it, a
    known one or one whole as the chunker typed it (:func:`_whole_body`: ``seats on Vantora and
    Air Norway flights``, ``Brill Mining Corp and Corvex were steady``)."""
    begin, end = offsets[k]
    return any(
        0 <= j < len(items)
        and j not in dropped
        and items[j][2][TYPE] == "organisation"
        and (
            items[j][2][CANONICAL] is not None
            or (
                _whole_body(items[j][2][TEXT], after=j > k)
                # (``Tristar and Vickers VC-10 aircraft``: a maker before its model names a
                # product, and so may the name joined to it)
                and _MODEL_AFTER.match(text, offsets[j][1]) is None
            )
        )
        and not items[j][2][HEADING]
        and (text[end : offsets[j][0]] if j > k else text[offsets[j][1] : begin]) in _JOINED
        for j in (k - 1, k + 1)
    )


#: ``from Lugano to Andermatt``: the words of a route between two names.
_ROUTE_FROM = tuple(f"{word} " for word in sorted(_EN.words("entities", "route_from")))
_ROUTE_TO = tuple(f" {word} " for word in sorted(_EN.words("entities", "route_to")))


def _starts(text: str, words: tuple[str, ...]) -> set[int]:
    """Every offset where one of ``words`` opens in ``text``."""
    found: set[int] = set()
    for word in words:
        at = text.find(word)
        while at >= 0:
            found.add(at)
            at = text.find(word, at + 1)
    return found


def _routes(items: list[Mention], offsets: _Offsets, text: str, dropped: set[int]) -> None:
    """``a 186-km ride from Lugano to Andermatt``, ``flights from Caceres to Salamanca``: an
    untyped name at one end of a route whose other end is a place is a place too, and so are
    its other untyped mentions (``from Andermatt to Sion`` next: a place there too)."""
    # Where a route's middle word opens in the text: only a name ending there may be a route's
    # first end (one scan of the text, not a slice of it per name).
    middles = _starts(text, _ROUTE_TO)
    routes = [
        k
        for k in range(len(items) - 1)
        if offsets[k][1] in middles
        and k not in dropped
        and k + 1 not in dropped
        and not items[k][2][HEADING]
        and _english(items[k][2])
        and text[offsets[k][1] : offsets[k + 1][0]] in _ROUTE_TO
        and text.endswith(_ROUTE_FROM, max(0, offsets[k][0] - 8), offsets[k][0])
    ]
    placed: set[str] = set()
    for _ in range(2):  # (a second round for a route that a first one's place opens)
        for k in routes:
            for end, other in ((k, k + 1), (k + 1, k)):
                candidate = items[end][2]
                if (
                    candidate[TYPE] is None
                    and not candidate[TEXT].isupper()
                    and (items[other][2][TYPE] == "place" or candidate[TEXT] in placed)
                ):
                    items[end] = _with(items[end], _place(candidate))
                    placed.add(candidate[TEXT])
    if placed:
        for k, item in enumerate(items):
            if item[2][TYPE] is None and item[2][TEXT] in placed and k not in dropped:
                items[k] = _with(item, _place(item[2]))


_DIGIT = re.compile(r"\d")


def _table_clubs(
    items: list[Mention],
    offsets: _Offsets,
    spans: Spans,
    text: str,
    dropped: set[int],
    nations: frozenset[str],
    rows: list[tuple[int, int]] | None = None,
) -> set[str]:
    """Names of a results or standings row (``Leicester 2 Manchester United 1``, ``Tottenham
    16 6 4 6 17 16 22``) are clubs, the whole name one organisation (``Sheffield Wednesday``,
    ``Ajax Amsterdam``), unless a country's (a national side is written as its place) or a
    person's (``Ernie Els 67 68 70 71``). Returns the clubs' names (``rows``: other spans of
    names to read so, sorted)."""
    if rows is None:
        # (``\d``, searched in C: every row's pattern needs one.)
        if "\n" not in text or _DIGIT.search(text) is None:
            return set()
        rows = table_rows(text)
    if not rows:
        return set()
    clubs: set[str] = set()
    sides: dict[tuple[int, int], tuple[int, int]] | None = None  # read when first needed
    # The type each mention this pass made a club had before (its other side reads that).
    before: dict[int, str | None] = {}
    k = 0
    for begin, end in rows:
        while k < len(items) and offsets[k][1] <= begin:
            k += 1
        inside = []
        j = k
        while j < len(items) and offsets[j][0] < end:
            inside.append(j)
            j += 1
        if not inside or any(
            offsets[i][0] < begin or offsets[i][1] > end or i in dropped for i in inside
        ):
            continue
        fields = [items[i][2] for i in inside]
        if any(f[HEADING] or not _english(f) for f in fields):
            continue
        if any(f[TYPE] == "person" for f in fields):
            if sides is None:
                sides = result_sides(text)
            side = sides.get((begin, end))
            if not _against_club(items, offsets, dropped, side, k, fields, before):
                continue  # ``Ernie Els 67 68 70 71``: a player's row
        if (
            len(inside) == 1
            and (fields[0][CANONICAL] or fields[0][TEXT]) in nations
            and offsets[inside[0]] == (begin, end)
        ):
            continue  # ``Japan 1 Syria 0``: national sides
        name = text[begin:end]
        club = with_fields(
            fields[0], text=name, type="organisation", canonical=None, evidence=False, gender=None
        )
        before.setdefault(inside[0], fields[0][TYPE])
        if offsets[inside[0]] == (begin, end):
            items[inside[0]] = _with(items[inside[0]], club)
        else:
            items[inside[0]] = (items[inside[0]][0], spans.add(begin, end), club)
        dropped.update(inside[1:])
        clubs.add(name)
    return clubs


def _against_club(
    items: list[Mention],
    offsets: _Offsets,
    dropped: set[int],
    side: tuple[int, int] | None,
    k: int,
    fields: list[CandidateFields],
    before: dict[int, str | None],
) -> bool:
    """Whether a row's name that a first name made a person's (``fields``, its mentions from
    the ``k``-th on) plays a club in a results row (``Carlton Hawks 3 Dunmore 2``): the other
    ``side`` of the row is named, and by no person (the two sides of a match are of one kind),
    and nothing but a first name made it a person's (no role, no speech). The other side shows
    a club only when it is a known place or body, or this side has a team's plural shape
    (``Hawks``): an unknown surname plays a person too (``Koralev 1 Peter Laszlo 0``), and
    ``before`` keeps the types the rows' own reading replaced."""
    if side is None or any(f[ROLE] or f[SPEAKS] for f in fields):
        return False
    # The other side is on the same line, a few mentions away.
    near = [
        j
        for j in range(max(0, k - _SIDE_REACH), min(len(items), k + _SIDE_REACH + 1))
        if j not in dropped and offsets[j][0] < side[1] and side[0] < offsets[j][1]
    ]
    if not near or any(items[j][2][TYPE] == "person" or items[j][2][HEADING] for j in near):
        return False
    return (len(fields) == 1 and _nickname(fields[0])) or any(
        before.get(j, items[j][2][TYPE]) in ("organisation", "place") for j in near
    )


#: The most mentions between the two sides of one row (each side's name is a few at most).
_SIDE_REACH = 8


def _club_aliases(clubs: set[str]) -> set[str]:
    """``Ajax`` of ``Ajax Amsterdam``, ``PSV`` of ``PSV Eindhoven``: a club named with its
    town after it is also written without it; ``Leverkusen`` of ``Bayer Leverkusen``: with
    its last word alone, when that is no well-known place."""
    places = gz.place_names()
    aliases = set()
    for club in clubs:
        head, _, town = club.rpartition(" ")
        if head and town in places and head not in places:
            aliases.add(head)
        elif (
            head
            and " " not in head
            and town not in places
            and town[1:].islower()
            and town not in gz.CALENDAR  # (``Sheffield Wednesday``)
            and town not in gz.DEMONYMS
        ):
            # ``Leverkusen`` of ``Bayer Leverkusen``, ``United`` of ``Manchester United``: a
            # club's last word that names no well-known place names the club alone.
            aliases.add(town)
    return aliases


def _follow_clubs(
    items: list[Mention],
    offsets: _Offsets,
    text: str,
    dropped: set[int],
    clubs: set[str],
    nations: frozenset[str],
) -> None:
    """A club of the article's tables is that club elsewhere in it (``Leicester beat
    champions Manchester United``; the headline's ``LEICESTER``), except after a place's
    preposition (``in Leicester``)."""
    folded = {club.casefold(): club for club in clubs}
    for k, item in enumerate(items):
        candidate = item[2]
        club = folded.get(candidate[TEXT].casefold())
        if (
            club is None
            or k in dropped
            or candidate[TYPE] == "organisation"
            or not _english(candidate)
        ):
            continue
        if candidate[TYPE] == "person" and (candidate[ROLE] or candidate[EVIDENCE]):
            continue
        if candidate[TYPE] == "place" and (candidate[CANONICAL] or candidate[TEXT]) in nations:
            continue
        begin, end = offsets[k]
        if text[max(0, begin - 12) : begin].lower().endswith(_IN_AT_ENDINGS):
            continue  # (``In Hamburg , police said``: the town)
        if (
            k + 1 < len(items)
            and offsets[k + 1][0] == end + 1
            and text[end] in _SPACES
            and not text[begin:end].isupper()  # (a headline's words in capitals)
        ):
            continue  # ``Dundee Stars``: the town opens a longer name (joined later)
        if _dateline_at(text, begin):
            continue  # ``NORTHPORT 1996-12-17``: the dateline's town, not its club
        if (after := _TOWN_FOLLOWER.match(text, end)) and after.group(1).lower() in _TOWN_FOLLOWERS:
            continue  # ``Detroit Mayor Mike Duggan``, ``Manchester police``: the town
        items[k] = _with(item, _organisation(with_fields(candidate, canonical=None)))


#: What may stand between a list's mark (or a line's start) and an item of it: a player's
#: number (``15 - Wayne Proctor``, ``2. Ana Ruiz``).
_ITEM_BEFORE = re.compile(r"(?:\d{1,3} ?[-.] ?)?")
#: What may stand between an item and the next mark: its figures and a few lower-case words
#: (``Ana Ruiz 64``, ``Ian Moss 19-3-66-0``, ``Tom Hale 91 not out``, ``Jo Bell 82 pen``).
_ITEM_AFTER = re.compile(r"(?: \d[\d.:/-]*+| [a-z]++){0,4} ?")
#: The most characters read back from a name for the list's mark before it.
_ITEM_REACH = 80
#: A capitalised word right after a name (``Small`` of ``James Small``).
_CUT_WORD = re.compile(r" [A-Z][a-z'’-]+")
#: The marks that separate a list's items.
_LIST_MARKS = ",;:()\n"
#: ``Ana Ruiz ( Spain )``: a country in brackets after a name.
_NATION_IN_BRACKETS = " ( "


def _list_item(text: str, begin: int, end: int) -> bool:
    """Whether ``text[begin:end]`` stands alone between two of a list's marks (a line's start
    or end counts), with at most a player's number before it and figures after it."""
    # (Looked for in a bounded stretch before the name: an item is short.)
    reach = max(0, begin - _ITEM_REACH)
    start = max(text.rfind(mark, reach, begin) for mark in _LIST_MARKS) + 1
    if start == 0 and reach > 0:
        return False
    if not _ITEM_BEFORE.fullmatch(text, start, begin) and not _ITEM_BEFORE.fullmatch(
        text, start + 1, begin
    ):
        return False
    found = _ITEM_AFTER.match(text, end)
    stop = found.end() if found is not None else end
    if stop == len(text):
        return True
    # (A label before a colon opens the list: ``Bowling : Ian Moss ...``; a name alone in
    # brackets is what follows an item, a player's club or country: ``Ian Moss ( Leeds )``.)
    return (
        text[stop] in _LIST_MARKS
        and text[stop] != ":"
        and not (text[stop] == ")" and start > 0 and text[start - 1] == "(")
    )


#: A wire story's credit right before a name (``Reporting by``, ``; Editing by``; en.toml
#: ``[bylines]``): the name is a journalist's.
_CREDITED = re.compile(
    r"(?i:"
    + alternatives(_EN.words("bylines", "credit_nouns") | _EN.words("bylines", "credit_editing"))
    + r") "
    + alternatives(_EN.words("bylines", "credit_agent_prepositions"))
    + r" $"
)
#: The credit's words before a name, spaced (`` by ``): an article without them has no credit.
_CREDIT_AGENTS = tuple(
    f" {word} " for word in sorted(_EN.words("bylines", "credit_agent_prepositions"))
)
#: The most characters a credit's words take before the name.
_CREDIT_REACH = 24
#: What follows a credited name in a credit line: the next credit or name, the place he wrote
#: from, the line's end (``Editing by Adobe Premiere took hours`` is prose, no credit).
_CREDIT_AFTER = re.compile(
    r" ?(?:[;),.\n]|$)| (?:"
    + alternatives(
        _EN.words("bylines", "credit_place_prepositions")
        | _EN.words("bylines", "author_conjunctions")
    )
    + r") [A-Z]"
)


def _credited(items: list[Mention], offsets: _Offsets, text: str, dropped: set[int]) -> None:
    """An unknown name of two words or more right after a story's credit is a person's
    (``Reporting by Chinedu Obi ; Editing by Ruth Varga``: the wire's journalists)."""
    if not any(agent in text for agent in _CREDIT_AGENTS):
        return
    for k, item in enumerate(items):
        candidate = item[2]
        if k in dropped or candidate[TYPE] is not None or " " not in candidate[TEXT]:
            continue
        begin = offsets[k][0]
        if (
            _english(candidate)
            and _CREDITED.search(text, max(0, begin - _CREDIT_REACH), begin)
            and _CREDIT_AFTER.match(text, offsets[k][1])
        ):
            items[k] = _with(item, with_fields(candidate, type="person", evidence=True))


#: A side's score and the bracket opening its scorers after it (``Rangers 3 ( ``): the list's
#: mark before the first scorer, read back from it.
_SCORE_BRACKET = re.compile(
    r"(?:[A-Za-z] \d{1,3}(?:-\d{1,2})?|\d "
    + alternatives(_EN.words("entities", "innings_units"))
    + r") \( $"
)
#: A scorer's minute (or tally) right after the name (``Durie 60``, ``Nilis 9 , 71``), or a
#: bowler's wickets and runs (``Such 5-60``).
_SCORER_FIGURE = re.compile(r" \d{1,3}(?:-\d{1,3})?\b(?![.,:/-]\d)")


def _scorer(text: str, begin: int, end: int) -> bool:
    """Whether a list's item is a scorer's name in the bracket after a side's score, a figure
    after it (``Rangers 3 ( Laudrup 11 , Durie 90 )``, ``Real Madrid 71 ( Sabonis 15 )``): the
    bracket of a results row holds only people (their countries stand outside it)."""
    if _SCORER_FIGURE.match(text, end) is None or text[begin - 2 : begin] not in _SCORER_MARKS:
        return False
    found = _ITEM_AFTER.match(text, end)
    if found is None or found.end() == len(text) or text[found.end()] not in ",;)":
        return False
    opening = text.rfind("(", max(0, begin - _SCORERS_REACH), begin)
    if opening < 0 or ")" in text[opening:begin] or "\n" in text[opening:begin]:
        return False
    return _SCORE_BRACKET.search(text, max(0, opening - 12), opening + 2) is not None


#: A cricket scorecard's fielder or bowler: ``c`` (caught by), ``st`` (stumped by) or ``b``
#: (bowled by) as a word right before the name ...
_DISMISSED_BY = re.compile(
    r"(?:^|[ \n])" + alternatives(_EN.words("entities", "dismissal_marks")) + " $"
)
#: ... then the bowler's ``b`` or the batsman's runs closing the line (``c Lara b Ambrose 2``).
_DISMISSAL_AFTER = re.compile(
    " (?:" + alternatives(_EN.words("entities", "bowler_mark")) + r" [A-Z]|\d{1,3}\*? ?(?:\n|$))"
)
#: A bowler's analysis after the name: overs, maidens, runs, wickets (``Walsh 19-4-55-1``).
_BOWLING_FIGURES = re.compile(r" \d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}\b")


_SCORING = alternatives(_EN.words("entities", "scoring_words"))
#: A list of the players who scored: after a label of the way they scored and a colon, up to
#: the next full stop (``Tries : Tait , Stark .``), or in a side's bracket, a tally after each
#: (``( Sullivan , Arnold tries ; Goulding 4 goals )``, ``( Proctor try ; Thomas 3 pens , con``).
_SCORING_LIST = re.compile(
    r"(?<![\w-])(?i:" + _SCORING + r") : (?:[^.:;()\n]|\( \d{1,2} \)){1,300}"
    r"|(?<=\( |; )[^.:;()\n]{1,300}?(?<! ) (?:" + _SCORING + r")(?: , (?:" + _SCORING + r"))?"
    r"(?= ?[;)])"
)


#: What may follow a scorer in such a list: his figures and the way he scored (``Hunte tries``,
#: ``Goulding 4 goals``), no other words (``( Kestrel Mining missed its goals )`` is prose).
_SCORING_AFTER = re.compile(r"(?: \d[\d.:/-]*+| (?:" + _SCORING + r")(?![\w-])){0,4} ?")


def _scoring_lists(text: str) -> list[tuple[int, int]]:
    """The spans of a text's lists of the players who scored (:data:`_SCORING_LIST`)."""
    return [found.span() for found in _SCORING_LIST.finditer(text)]


def _scoring_player(text: str, begin: int, end: int, lists: list[tuple[int, int]]) -> bool:
    """Whether a name is an item of a list of the players who scored: inside one, between its
    marks, its figures and tally after it (``Pickavance 2 ,``)."""
    if not any(start <= begin and end <= stop for start, stop in lists):
        return False
    if text[max(0, begin - 2) : begin] not in (": ", *_SCORER_MARKS):
        return False
    found = _SCORING_AFTER.match(text, end)
    # (``Jonah Lomu ( 2 ) ,``: how many times he scored, in brackets)
    return found is not None and (found.end() == len(text) or text[found.end()] in ",;.()\n")


def _scorecard(text: str, begin: int, end: int) -> bool:
    """Whether a name stands where a cricket scorecard writes a player: a fielder or bowler in a
    batsman's line (``M. Taylor c Lara b Ambrose 2``) or a bowler before his analysis
    (``Bowling : Ambrose 21-6-48-2 , Walsh 19-4-55-1``)."""
    if _BOWLING_FIGURES.match(text, end):
        return True
    return (
        _DISMISSED_BY.search(text, max(0, begin - 6), begin) is not None
        and _DISMISSAL_AFTER.match(text, end) is not None
    )


#: The marks right before a scorer: the bracket or the comma after the scorer before.
_SCORER_MARKS = ("( ", ", ", "; ")
#: The most characters read back from a scorer to the bracket opening the side's scorers.
_SCORERS_REACH = 160


def _listed_people(
    items: list[Mention],
    offsets: _Offsets,
    spans: Spans,
    text: str,
    dropped: set[int],
    nations: frozenset[str],
) -> None:
    """An untyped name standing as an item of a line's list where two items or more are
    people (``James Small , Japie Mulder , Danie van Schalkwyk``; a team's list, scorers,
    bowlers) is a person's, with a capitalised word the chunker left after it that ends the
    item (``James Small``, ``Dai Young``: words as well); so is one before a country in
    brackets (``Jiri Holub ( Czech Republic )``: an athlete and the nation he plays for), and,
    in an article that shows a sport, a scorer with a minute in the bracket after a side's
    score, known or not (``Rangers 3 ( Laudrup 11 , Durie 90 )``), a player listed by the way
    he scored (``Tries : Tait , Stark``, ``( Hunte tries ; Goulding 4 goals )``) and a cricket
    scorecard's fielder or bowler (``c Lara b Ambrose 2``, ``Bowling : Walsh 19-4-55-1``)."""
    if " , " not in text and " ; " not in text and _NATION_IN_BRACKETS not in text:
        return
    lines: dict[int, list[int]] = {}
    breaks: list[int] = []
    sporty: bool | None = None  # read when a scorer is first met
    lists: list[tuple[int, int]] | None = None  # the lists of players who scored, read once
    for k, item in enumerate(items):
        candidate = item[2]
        if k in dropped or candidate[HEADING] or not _english(candidate):
            continue
        if candidate[TYPE] is None or (candidate[TYPE] == "person" and not candidate[ROLE]):
            lines.setdefault(line_of(text, offsets[k][0], breaks), []).append(k)
    for members in lines.values():
        listed = {k for k in members if _list_item(text, *offsets[k])}
        people = sum(1 for k in listed if items[k][2][TYPE] == "person")
        for k in members:
            candidate = items[k][2]
            if candidate[TEXT].isupper() or candidate[TYPE] not in (None, "person"):
                continue
            begin, end = offsets[k]
            if lists is None:
                lists = _scoring_lists(text)
            if (
                candidate[TYPE] is None
                and (_scorecard(text, begin, end) or _scoring_player(text, begin, end, lists))
                and (sporty := shows_sport(text) if sporty is None else sporty)
            ):
                items[k] = _with(items[k], with_fields(candidate, type="person", evidence=True))
                continue
            if (
                people > 1
                and k not in listed
                and (cut := _CUT_WORD.match(text, end)) is not None
                and (k + 1 == len(items) or offsets[k + 1][0] >= cut.end())
                and _list_item(text, begin, cut.end())
            ):
                # ``James Small ,``: the item is the name and the word after it.
                fields = with_fields(
                    candidate, text=text[begin : cut.end()], type="person", evidence=True
                )
                items[k] = (items[k][0], spans.add(begin, cut.end()), fields)
                continue
            if candidate[TYPE] is not None:
                continue
            if (
                (people > 1 and k in listed)
                or (
                    _scorer(text, begin, end)
                    and (sporty := shows_sport(text) if sporty is None else sporty)
                )
                or (" " in candidate[TEXT] and _nation_after(items, offsets, text, k, nations))
                or (
                    # ``Rexy Mainaky and Ricky Subagja ( Indonesia )``: a doubles pair
                    " " in candidate[TEXT]
                    and k + 1 < len(items)
                    and text[end : offsets[k + 1][0]] in _PAIRED
                    and " " in items[k + 1][2][TEXT]
                    and items[k + 1][2][TYPE] in (None, "person")
                    and _nation_after(items, offsets, text, k + 1, nations)
                )
            ):
                items[k] = _with(items[k], with_fields(candidate, type="person", evidence=True))


#: ``X and Y``: two names of one pair (a doubles team; ``[entities] inner_conjunctions``).
_PAIRED = frozenset(f" {word} " for word in _EN.words("entities", "inner_conjunctions"))


def _nation_after(
    items: list[Mention], offsets: _Offsets, text: str, k: int, nations: frozenset[str]
) -> bool:
    """Whether a country in brackets follows the ``k``-th name (``Jiri Holub ( Czech Republic
    )``: an athlete and the nation he plays for)."""
    end = offsets[k][1]
    return (
        text.startswith(_NATION_IN_BRACKETS, end)
        and k + 1 < len(items)
        and offsets[k + 1][0] == end + len(_NATION_IN_BRACKETS)
        and text.startswith(" )", offsets[k + 1][1])
        and (items[k + 1][2][CANONICAL] or items[k + 1][2][TEXT]) in nations
    )


#: ``SUN CITY , South Africa 1996-12-06``: a wire's dateline (a place in capitals, perhaps its
#: country, and the date) on a line of its own.
_DATELINE = re.compile(
    r"^([A-Z][A-Z.'-]*+(?: [A-Z][A-Z.'-]*+){0,3})(?: ?, [A-Z][\w.]*+(?: [A-Z][\w.]*+){0,3})?"
    r" \d{4}-\d{2}-\d{2} ?$",
    re.MULTILINE,
)


#: ``GLEN TORRIN , Scotland , June 2 ( Reuters ) -``, ``VALDEMORA, June 2 (AFP) —``: a
#: wire's dateline opening the story's first line, a place in capitals, perhaps its region or
#: country and the day, then the agency in brackets (group 2) and a dash.
_AGENCY_DATELINE = re.compile(
    r"^([A-Z][A-Z.'-]*+(?: [A-Z][A-Z.'-]*+){0,3})(?: ?, [^,()\n]{1,30}){0,3}"
    r" ?\( ?([A-Z][\w.&]*+(?: [A-Z][\w.&]*+){0,3}) ?\) ?[-–—]",
    re.MULTILINE,
)
#: A news outlet's words (``Reuters``, ``AFP``, ``Press``): the bracket of an agency's dateline
#: names one (not ``NATO (North Atlantic Treaty Organisation) -``, ``SMITH (Labour) -``).
_OUTLET_WORDS = _EN.words("bylines", "outlet_words")


def _agency(bracket: str) -> bool:
    """Whether the words in a dateline's bracket name a news outlet (``Reuters``, ``AFP``,
    ``Associated Press``)."""
    return any(word.lower() in _OUTLET_WORDS for word in bracket.split())


#: The month and day of the date every dateline ends with (led by a literal, which the engine
#: finds by a fast search; a leading digit class is tried at every position).
_ISO_DATE = re.compile(r"-\d{2}-\d{2}")


def _dateline_at(text: str, begin: int) -> bool:
    """Whether a dateline's town opens the line at ``begin``."""
    return (begin == 0 or text[begin - 1] == "\n") and _DATELINE.match(text, begin) is not None


def _datelines(items: list[Mention], offsets: _Offsets, text: str, dropped: set[int]) -> None:
    """The name opening a dateline (``SUN CITY , South Africa 1996-12-06``, ``VALDEMORA ,
    June 2 ( AFP ) -``) is a place, and so is the body's name spelled so that nothing else
    types (``at Sun City``)."""
    starts: set[tuple[int, int]] = set()
    if "-" in text and (not _GATED or _ISO_DATE.search(text)):
        # (no date: no such dateline, cheaper than the dateline's scan of every line)
        starts.update(line.span(1) for line in _DATELINE.finditer(text))
    if ")" in text:
        starts.update(line.span(1) for line in _AGENCY_DATELINE.finditer(text) if _agency(line[2]))
    if not starts:
        return
    # Body mentions of English text only; the dateline's own first, then the body's namesakes.
    body = [
        k
        for k, item in enumerate(items)
        if k not in dropped and not item[2][HEADING] and _english(item[2])
    ]
    places: set[str] = set()
    for k in body:
        candidate = items[k][2]
        if offsets[k] in starts:
            places.add(candidate[TEXT].casefold())
            if candidate[TYPE] != "place":
                items[k] = _with(items[k], _place(candidate))
    for k in body:
        candidate = items[k][2]
        if (
            candidate[TYPE] is None or (candidate[TYPE] == "person" and not candidate[ROLE])
        ) and candidate[TEXT].casefold() in places:
            items[k] = _with(items[k], _place(candidate))


#: The end of a headline after its last name: a full stop perhaps, then the line's end.
_HEADING_END = re.compile(r"[ \u00a0]?[.!]?[ \u00a0]*(?:\n|$)")


def _capital_preposition(text: str, begin: int) -> str | None:
    """The place's or venue's preposition written in capitals right before ``begin`` (``IN``,
    ``AT``), lower-cased, or ``None``."""
    words = text[max(0, begin - 8) : begin].rsplit(None, 1)
    if not words or text[begin - 1 : begin] != " " or not words[-1].isupper():
        return None
    word = words[-1].lower()
    return word if word in _PLACE_PREPOSITIONS or word in _VENUE_PREPOSITIONS else None


#: A public body's nouns (``court``, ``police``, ``government``): after a place in a headline's
#: capitals they name the place's body, no name of its own (``SEOUL COURT SENTENCES``).
_PUBLIC_BODY_HEADS = _EN.words("quotes", "public_body_heads")


def _place_opening(words: str, begin: int, text: str, body: str) -> str | None:
    """The known place opening a headline's run in capitals that the body does not write whole,
    if the word after it is one the body writes in lower case, in any of its forms (``KENYA
    OPPOSITION PARTY SPLITS`` over ``Kenya 's main opposition party``: the headline's words are
    the body's nouns; ``OSTROVA NAMES PANEL`` over ``Ostrova named a panel``: its verbs) or a
    public body's noun alone (``SEOUL COURT``: the place's court)."""
    if words in body:
        return None
    split = words.split(" ")
    places = gz.place_names()
    for n in range(len(split) - 1, 0, -1):
        head = " ".join(split[:n])
        if head not in places or text[begin : begin + len(head)].casefold() != head.casefold():
            continue
        follower = split[n].lower()
        if not follower.isalpha():
            return None
        if (n == len(split) - 1 and follower in _PUBLIC_BODY_HEADS) or written_in_lower_case(
            follower, body
        ):
            return head
    return None


#: Words before a place that name a part of it (``IN WEST KENYA``: the country is the name).
_PLACE_PARTS = frozenset(w.casefold() for w in _EN.words("entities", "place_parts"))


def _typed_by_its_words(candidate: CandidateFields) -> bool:
    """Whether a headline's run in capitals is untyped or typed only by how its recased words
    read (``BEAT OMAN`` a person by a first name, ``STUN PORTUGAL`` a body, ``WEST KENYA`` a
    place no list knows): no title, no known name."""
    kind = candidate[TYPE]
    if kind is None:
        return True
    if candidate[CANONICAL] or candidate[ROLE]:
        return False
    return kind != "place" or candidate[TEXT] not in gz.place_names()


def _place_closing(
    words: str, begin: int, text: str, body: str, body_places: frozenset[str]
) -> str | None:
    """The known place closing a headline's run in capitals that the body does not write
    whole, or one the body types a place (``body_places``, case-folded) or a known town it
    writes as a name (:func:`~newsbrief.annotators.entities.towns.town`), if every word before
    it is one the body writes in lower case, one it never writes capitalised (the headline's
    own verb: no name of the body) or a part of a place (``ITALY STUN PORTUGAL``, ``REBELS
    CONTROL GORANVE``, ``IN WEST KENYA``: a verb or a part before the place, run together with
    it by the capitals)."""
    if words in body:
        return None
    split = words.split(" ")
    if split[0] in gz.PLACE_ORGANISATION_LEADS:
        return None  # (``AIR FRANCE``, ``REAL MADRID``: a body's name)
    places = gz.place_names()
    for n in range(1, len(split)):
        tail = " ".join(split[n:])
        if (
            tail not in places
            and tail.casefold() not in body_places
            and (known_town(tail, "en") is None or not _written_in(tail, body))
        ):
            continue
        if text[begin + len(words) - len(tail) : begin + len(words)].casefold() != tail.casefold():
            return None
        for word in split[:n]:
            if (
                word.casefold() not in _PLACE_PARTS
                and not written_in_lower_case(word, body)
                and _written_in(word.capitalize(), body)
            ):
                return None
        return tail
    return None


def _written_in(name: str, body: str) -> bool:
    """Whether ``body`` writes ``name`` as written (capitalised), as a word of its own."""
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body) is not None


def _body_surnames(items: list[Mention], dropped: set[int]) -> frozenset[str]:
    """The last words of the body's people of two words or more (``Chirac`` of ``Jacques
    Chirac``), case-folded."""
    return frozenset(
        candidate[TEXT].rsplit(" ", 1)[-1].casefold()
        for k, (_, _, candidate) in enumerate(items)
        if k not in dropped
        and not candidate[HEADING]
        and candidate[TYPE] == "person"
        and " " in candidate[TEXT]
    )


#: A name's particles and connectors, case-folded (``VAN DEN BROEK``: one surname).
_PARTICLES = frozenset(
    word.casefold()
    for word in gz.NAME_PARTICLES | gz.PERSON_PARTICLES | gz.CONNECTORS | gz.ENGLISH_CONNECTORS
)


def _surname_in_run(words: str, body: str, surnames: frozenset[str]) -> tuple[int, int] | None:
    """Where in a headline's run in capitals (its offset and length) the surname of one of the
    body's people stands, opening or closing it, when each other word of the run is one the
    body writes in lower case (``OSTROV COALITION LOSES``, ``REBELS BACK OSTROV``: the body's
    ``Ivan Ostrov``, a ``coalition`` and ``backed``)."""
    split = words.split(" ")
    for index in (0, len(split) - 1):
        if split[index].casefold() not in surnames:
            continue
        others = split[1:] if index == 0 else split[:-1]
        if all(
            word.casefold() not in _PARTICLES and written_in_lower_case(word, body)
            for word in others
        ):
            offset = 0 if index == 0 else len(words) - len(split[index])
            return offset, len(split[index])
    return None


def _capital_headings(
    items: list[Mention], offsets: _Offsets, spans: Spans, text: str, dropped: set[int]
) -> None:
    """A headline in capitals shows no type by its case: a name of it that the body writes and
    types (``SUN CITY`` over the body's ``Sun City``, a place) takes the body's type; a run the
    chunker made a person (``CLINTON PICKS ALBRIGHT``) is read word by word, as other unknown
    headings are (the body's ``Bill Clinton`` names its ``CLINTON``), unless the body writes
    that whole name (``JOHN MAJOR`` over ``John Major``)."""
    if _GATED and not any(fields[HEADING] for _, _, fields in items):
        return  # no heading, nothing to retype (most documents' names are all in the body)
    body: dict[str, str] = {}
    for k, item in enumerate(items):
        candidate = item[2]
        if not candidate[HEADING] and k not in dropped and candidate[TYPE] is not None:
            body.setdefault(candidate[TEXT].casefold(), str(candidate[TYPE]))
    body_places: frozenset[str] | None = None  # made when first needed
    # (only headings are retyped below, so the body's surnames stay the same throughout)
    surnames: frozenset[str] | None = None
    sporty: bool | None = None  # whether the article shows a sport, read when first needed
    body_text = text[text.find("\n") + 1 :]
    for k, item in enumerate(items):
        candidate = item[2]
        if not candidate[HEADING] or k in dropped or not _english(candidate):
            continue
        begin, end = offsets[k]
        if not text[begin:end].isupper() or candidate[CANONICAL]:
            continue
        if (
            candidate[TYPE] in (None, "organisation")
            and " " in candidate[TEXT]
            and candidate[TEXT].casefold() not in body
            and (place := _place_opening(candidate[TEXT], begin, text, body_text))
        ):
            fields = with_fields(candidate, text=text[begin : begin + len(place)])
            fields = _place(fields, gz.place_names()[place])
            items[k] = (items[k][0], spans.add(begin, begin + len(place)), fields)
            continue
        if (
            _typed_by_its_words(candidate)
            and " " in candidate[TEXT]
            and candidate[TEXT].casefold() not in body
            and (
                place := _place_closing(
                    candidate[TEXT],
                    begin,
                    text,
                    body_text,
                    body_places
                    if body_places is not None
                    else (body_places := frozenset(n for n, t in body.items() if t == "place")),
                )
            )
        ):
            start = end - len(place)
            fields = with_fields(candidate, text=text[start:end])
            fields = _place(fields, gz.place_names().get(place))
            items[k] = (items[k][0], spans.add(start, end), fields)
            continue
        if (
            _typed_by_its_words(candidate)
            and " " in candidate[TEXT]
            and (
                found := _surname_in_run(
                    candidate[TEXT],
                    body_text,
                    surnames
                    if surnames is not None
                    else (surnames := _body_surnames(items, dropped)),
                )
            )
        ):
            start = begin + found[0]
            fields = with_fields(
                candidate,
                text=text[start : start + found[1]],
                type="person",
                canonical=None,
                evidence=True,
                gender=None,
            )
            items[k] = (items[k][0], spans.add(start, start + found[1]), fields)
            continue
        kind = body.get(candidate[TEXT].casefold())
        if kind in ("place", "organisation") and candidate[TYPE] != kind:
            items[k] = _with(
                item,
                with_fields(candidate, type=kind, canonical=None, evidence=False, gender=None),
            )
        elif (
            kind is None
            and candidate[TYPE] == "person"
            and not candidate[ROLE]
            and " " in candidate[TEXT]
        ):
            items[k] = _with(item, with_fields(candidate, type=None, evidence=False, gender=None))
        elif (
            kind is None
            and candidate[TYPE] is None
            and (preposition := _capital_preposition(text, begin)) is not None
            and _HEADING_END.match(text, end)
            and not _COMPASS_WORD.fullmatch(candidate[TEXT])  # ``IN NORTH``: a part of a place
            and not any(written_in_lower_case(word, body_text) for word in candidate[TEXT].split())
            and (
                preposition in _PLACE_PREPOSITIONS
                or (sporty := shows_sport(text) if sporty is None else sporty)
            )
        ):
            # ``... RISE IN KORVANKA .``, ``... KEEPS LEAD AT MERVALLA .``: the name closing a
            # headline after a place's preposition (a venue's in a sports article) is a place
            # (named as the line's words recased write it: a heading's place needs a name).
            items[k] = _with(item, _place(candidate, candidate[TEXT]))
