"""Entities typed and kept whole by evidence of news English (issue 16, session 6): company
names that open with a title word, airlines and clubs named after places, acronyms, initials,
two-letter first names, month words in names, organisations that speak of ``its``, and the
article a known name is written with."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata, Span, SpanKind


def entities(*texts: str) -> list[list[tuple[str, str, str]]]:
    """``(text, type, canonical name)`` of every entity mention, per document."""
    documents = [
        Document.from_text(text, id=f"d{i}", metadata=Metadata(language="en"))
        for i, text in enumerate(texts)
    ]
    return [
        [
            (a.text, str(a.attributes["type"]), str(a.attributes["name"]))
            for a in document.annotations_of(AnnotationKind.ENTITY)
        ]
        for document in EntityAnnotator().annotate(documents)
    ]


def typed(text: str) -> dict[str, str]:
    (found,) = entities(text)
    return {mention: kind for mention, kind, _ in found}


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
