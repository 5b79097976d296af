"""Entities typed and kept whole by evidence of news English (issue 16, session 6): company
names that open with a title word, airlines and clubs named after places, acronyms, initials,
two-letter first names, month words in names, organisations that speak of ``its``, and the
article a known name is written with; session 7: organisation words after full names, groups'
possessives, clubs, towns with their state or country, states and provinces, place nouns and
``party`` after a name, and adverbs opening a sentence."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.entities import entities, typed
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata, Span, SpanKind


def test_a_company_named_with_a_title_word_and_its_acronym() -> None:
    (found,) = entities(
        "General Motors Corporation (GM) said on Monday it would cut 10,000 jobs. GM shares "
        "fell 4% in New York, and General Dynamics rose."
    )
    assert ("General Motors Corporation", "organisation", "General Motors Corporation") in found
    # Both the acronym in brackets and the later ``GM`` (a stop word: ``gm``, grams).
    assert [m for m in found if m[0] == "GM"] == [
        ("GM", "organisation", "General Motors Corporation")
    ] * 2
    assert ("General Dynamics", "organisation", "General Dynamics") in found
    # ``General`` before a person's name is still a title.
    assert typed("General Mark Milley said the drills would go on.") == {"Mark Milley": "person"}


def test_a_headline_acronym_is_the_body_s_company() -> None:
    text = (
        "GM posts first annual loss since 1992\n\n"
        "General Motors Corporation (GM) has posted its first annual loss since 1992."
    )
    document = Document.from_text(
        text,
        id="h",
        metadata=Metadata(language="en"),
        headings=(Span(0, text.index("\n"), SpanKind.HEADING),),
    )
    (annotated,) = EntityAnnotator().annotate([document])
    names = [
        (a.text, a.attributes["name"]) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    ]
    assert names[0] == ("GM", "General Motors Corporation")


def test_company_heads_keep_the_whole_name() -> None:
    found = typed(
        "Apple Computer unveiled a laptop, and the Government Accountability Office upheld the "
        "protest filed by Thai Airways International and Amnesty International."
    )
    assert found == {
        "Apple Computer": "organisation",
        "Government Accountability Office": "organisation",
        "Thai Airways International": "organisation",
        "Amnesty International": "organisation",
    }
    # A head inside a longer place name stays a place's.
    assert typed("The A380 landed at Changi International Airport.") == {
        "Changi International Airport": "place"
    }


def test_airlines_and_clubs_named_after_places() -> None:
    found = typed(
        "Air Canada and Air France ordered jets, while Real Madrid beat Manchester United "
        "and Inter Milan lost in Madrid."
    )
    assert found == {
        "Air Canada": "organisation",
        "Air France": "organisation",
        "Real Madrid": "organisation",
        "Manchester United": "organisation",
        "Inter Milan": "organisation",
        "Madrid": "place",
    }


def test_a_flight_names_its_airline_and_a_model_no_maker() -> None:
    found = typed(
        "The losses of Adam Air Flight 574 and Air France Flight 447 revived doubts about the "
        "Boeing 737 MAX and the Airbus A350 XWB."
    )
    assert found == {
        "Adam Air": "organisation",
        "Air France": "organisation",
        "Boeing": "organisation",
        "Airbus": "organisation",
    }


def test_a_country_and_its_national_body_are_one_organisation() -> None:
    (found,) = entities("The US Senate passed the bill that the U.S. Senate had blocked in May.")
    assert found == [
        ("US Senate", "organisation", "United States Senate"),
        ("U.S. Senate", "organisation", "United States Senate"),
    ]


def test_an_unknown_name_that_speaks_of_its_is_an_organisation() -> None:
    found = typed(
        "Northrop Grumman said its bid was lower. Spirit AeroSystems said it would cut jobs "
        "in Wichita, while Cisco said that its lawsuit had merit."
    )
    assert found == {
        "Northrop Grumman": "organisation",
        "Spirit AeroSystems": "organisation",  # written like a company, not like a surname
        "Cisco": "organisation",
        "Wichita": "place",  # (a town on GeoNames' list)
    }
    # A person's name that speaks stays a person's.
    assert typed("Mark Smith said its price was too high.") == {"Mark Smith": "person"}


def test_a_lone_name_that_speaks_belongs_to_the_person_it_ends() -> None:
    found = typed(
        "American passenger Bill Jaynes said the plane came in low. Jaynes said he waded out."
    )
    assert found == {"Bill Jaynes": "person", "Jaynes": "person"}  # ``bill`` is a stop word
    # A lone unknown name that speaks is left untyped: it may be a person's surname whose full
    # name the chunker missed (``Walid al-Moualem``) as well as a company.
    assert typed("Moualem said the forces were there illegally.") == {}
    assert typed("Analysts said the deal was good.") == {}


def test_a_product_noun_shows_its_maker() -> None:
    assert typed("The laptops use Intel processors, the company said.") == {"Intel": "organisation"}


def test_initials_two_letter_first_names_and_months_in_names() -> None:
    found = typed(
        "President George W. Bush met D. John Sauer, J. K. Rowling, Al Gore, Ed Miliband and "
        "Li Keqiang in Washington, D. C. before Jan Egeland and Theresa May spoke."
    )
    assert found == {
        "George W. Bush": "person",
        "D. John Sauer": "person",
        "J. K. Rowling": "person",
        "Al Gore": "person",
        "Ed Miliband": "person",
        "Li Keqiang": "person",
        "Washington": "place",
        "Jan Egeland": "person",
        "Theresa May": "person",
    }
    # A month is still a date's word: no name in ``Jan. 5`` or ``in May``.
    assert typed("On Jan. 5 and again in May the talks stalled.") == {}


def test_a_lone_surname_with_two_full_names_in_the_document_stays_apart() -> None:
    (found,) = entities("John Lee arrived. Mark Lee arrived. Lee said the vote was close.")
    assert ("John Lee", "person", "John Lee") in found
    assert ("Mark Lee", "person", "Mark Lee") in found
    assert all(text != "Lee" for text, _, _ in found)  # which Lee spoke is not known


def test_articles_are_left_out_of_known_names_and_kept_in_others() -> None:
    found = typed(
        "The New York Times reported from The Hague that The Guardian and The Hill agreed, and "
        "An American Airlines jet landed at London Heathrow."
    )
    assert found == {
        "New York Times": "organisation",
        "The Hague": "place",
        "Guardian": "organisation",
        "The Hill": "organisation",
        "American Airlines": "organisation",
        "London": "place",  # ``at London Heathrow``: the place, not a person named London
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Scotland Yard said the bombers had rehearsed.", {"Scotland Yard": "organisation"}),
        (
            "Al-Qaeda and Al Qaida claimed it.",
            {"Al-Qaeda": "organisation", "Al Qaida": "organisation"},
        ),
        ("The Iranian Consul said shots were fired in Baghdad.", {"Baghdad": "place"}),
        ("The 16 GB model costs $199 and runs Mac OS X with an LCD screen.", {}),
    ],
)
def test_known_bodies_and_words_that_are_no_organisation(
    text: str, expected: dict[str, str]
) -> None:
    found = typed(text)
    assert {k: v for k, v in found.items() if k in expected or v != "place"} == expected


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from([
    "General", "Motors", "(GM)", "GM", "Air", "Canada", "Flight", "574", "W.", "George",
    "Bush", "Jan", "Egeland", "May", "Theresa", "said", "its", "it", "Cisco", "The", "An",
    "New", "York", "Times", "International", "Airport", "US", "Senate", "Al", "Gore", ".",
    ",", "D.", "C.", "737", "MAX", "\n\n",
]), min_size=1, max_size=30))  # fmt: skip
def test_mentions_stay_verbatim_with_the_new_patterns(words: list[str]) -> None:
    text = " ".join(words)
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="h", metadata=Metadata(language="en"))]
    )
    for mention in document.annotations_of(AnnotationKind.ENTITY):
        assert text[mention.start : mention.end] == mention.text
        assert mention.attributes["type"] in ("person", "organisation", "place")


def test_names_joined_by_an_ampersand_and_what_only_a_company_has() -> None:
    found = typed(
        "Procter & Gamble and AT&T sued Johnson & Johnson, while falling sales hurt Cisco's "
        "profits and Warren Buffett's shares rose."
    )
    assert found == {
        "Procter & Gamble": "organisation",
        "AT&T": "organisation",
        "Johnson & Johnson": "organisation",
        "Cisco": "organisation",
        "Warren Buffett": "person",  # a person has shares; only a company has profits
    }


# -- Session 7: more evidence of news English ---------------------------------------------------


def test_an_unknown_full_name_before_an_organisation_word_is_an_organisation() -> None:
    found = typed(
        "The tanker deal went to Europe. Northrop Grumman CEO Ron Sugar said the bid was fair, "
        "and Spirit Airlines shareholders approved the merger."
    )
    assert found["Northrop Grumman"] == "organisation"
    assert found["Ron Sugar"] == "person"
    assert found["Spirit Airlines"] == "organisation"
    # Opening a sentence, a word a plural noun takes too proves nothing (``Global shares``).
    assert "Bright Horizons" not in typed("Bright Horizons shares fell on Monday.")


def test_an_adverb_opening_a_sentence_is_no_name() -> None:
    found = typed(
        "Robert Nardelli will step down. Initially, the Italian company, Fiat, will appoint "
        "three members. Separately, Reportedly, Previously, the unions agreed."
    )
    assert set(found) == {"Robert Nardelli"}
    # Names written like adverbs stay names where something shows they are (a first name,
    # a known place).
    assert typed("Sally Jenkins arrived. Italy, a founder member, agreed.") == {
        "Sally Jenkins": "person",
        "Italy": "place",
    }


def test_a_groups_possessive_opens_a_name() -> None:
    found = typed(
        "The People's Liberation Army held drills near Taiwan, and the People's Bank of China "
        "cut rates. The Women's Tennis Association agreed."
    )
    assert found["People's Liberation Army"] == "organisation"
    assert found["People's Bank of China"] == "organisation"
    assert found["Women's Tennis Association"] == "organisation"
    assert "Liberation Army" not in found
    # Another possessive still ends the name (``Boeing's Launch Systems``).
    assert "Boeing's Launch Systems" not in typed("Boeing's Launch Systems unit grew.")


def test_a_club_word_after_an_unknown_town_names_a_club() -> None:
    found = typed(
        "Leeds United 2 Sheffield Wednesday 0. Blackburn Rovers beat Newcastle United, and "
        "Peter Blackburn scored."
    )
    assert found["Leeds United"] == "organisation"
    assert found["Blackburn Rovers"] == "organisation"
    assert found["Newcastle United"] == "organisation"
    assert found["Peter Blackburn"] == "person"


def test_a_town_named_with_its_state_or_country_is_a_place() -> None:
    found = typed(
        "Apple showed the laptops at the Cupertino, California event. The plant in Mobile, "
        "Alabama, and a depot in Halifax, Nova Scotia, will close. Shells fell in Kramatorsk, "
        "Ukraine, overnight."
    )
    assert found["Cupertino"] == "place"
    assert found["Mobile"] == "place"
    assert found["Halifax"] == "place"
    assert found["Nova Scotia"] == "place"
    assert found["Kramatorsk"] == "place"
    # A list is no town and its country, a newspaper no state, a possessive no region.
    listed = typed("Talks between Hamas, Israel and Egypt failed, said Hemsworth, Texas's judge.")
    assert listed.get("Hamas") != "place"
    assert listed.get("Hemsworth") != "place"
    assert typed("He read the Everett, Washington Post story.").get("Everett") != "place"
    # Part of a longer name is not typed alone (``Long Beach`` is never ``Beach``).
    assert "Beach" not in typed("The jet was built in Long Beach, California, by Boeing.")


def test_states_and_provinces_are_places() -> None:
    found = typed(
        "Ford will close plants in Ontario and Queensland; Kerala and Maharashtra voted, and "
        "Victoria Beckham spoke."
    )
    assert {k: v for k, v in found.items() if v == "place"} == {
        "Ontario": "place",
        "Queensland": "place",
        "Kerala": "place",
        "Maharashtra": "place",
    }
    assert found["Victoria Beckham"] == "person"


def test_a_lower_case_party_or_place_noun_after_an_unknown_name() -> None:
    found = typed(
        "The plane landed at Heathrow airport after fighting in Idlib province, and a Likud "
        "party politician spoke on Monday. Opposition party leaders met."
    )
    assert found == {"Heathrow": "place", "Idlib": "place", "Likud": "organisation"}
    # An acronym before a place noun names the place (``JFK airport``), not a body.
    assert typed("He flew from JFK airport on Monday.") == {"JFK": "place"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "People's", "Women's", "Workers'", "Liberation", "Army", "Leeds", "United", "Rovers",
    "Cupertino", "California", "Nova", "Scotia", "in", "Ukraine", "Initially", "Sally", "airport",
    "party", "Northrop", "Grumman", "CEO", "shares", "Ontario", "Victoria", ",", ".", "the",
    "Washington", "Post", "Texas's", "\n\n",
]), min_size=1, max_size=30))  # fmt: skip
def test_mentions_stay_verbatim_with_the_session_7_patterns(words: list[str]) -> None:
    text = " ".join(words)
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="h", metadata=Metadata(language="en"))]
    )
    mentions = document.annotations_of(AnnotationKind.ENTITY)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.attributes["type"] in ("person", "organisation", "place")
    for left, right in itertools.pairwise(mentions):
        assert left.end <= right.start  # mentions never overlap
