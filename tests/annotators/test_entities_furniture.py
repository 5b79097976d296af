"""Page furniture on scraped pages is no name (issue 16; annotators/entities/furniture.py):
furniture phrases, a caption credit's word, calendar words of an update stamp, a time zone after
a clock time and short section labels in capitals. The words are read from the language home
(``languages/data/en.toml [page]``, CLDR's calendar words); the names and pages are invented
for these tests."""

from __future__ import annotations

import pytest

from helpers.entities import typed
from newsbrief.annotators.entities.furniture import _section_label, furniture_for
from newsbrief.languages import language


@pytest.mark.parametrize(
    "line", ["Advertisement", "ADVERTISEMENT", "SKIP ADVERTISEMENT", "Related", "READ MORE"]
)
def test_a_furniture_line_is_no_name(line: str) -> None:
    found = typed(f"Orla Brennick toured the mill in Tarnow.\n{line}\nTalks resume on Friday.")
    assert found == {"Orla Brennick": "person", "Tarnow": "place"}, found


def test_a_copyright_line_keeps_the_owner_but_not_copyright() -> None:
    found = typed("Orla Brennick spoke.\nCopyright 2026 Kelvar Media. All rights reserved.")
    assert "Copyright" not in found, found
    assert found.get("Kelvar Media") == "organisation", found


def test_a_caption_credit_keeps_the_agency_without_photo() -> None:
    found = typed("Farmers gather outside the mill in Tarnow. (AP Photo/Jan Brodsky)")
    assert found.get("AP") == "organisation", found
    assert found.get("Jan Brodsky") == "person", found
    assert not [name for name in found if "Photo" in name], found


def test_a_company_named_with_a_furniture_word_stays() -> None:
    found = typed("Shares in Advertisement Ltd fell after the results, Orla Brennick said.")
    assert found.get("Advertisement Ltd") == "organisation", found


@pytest.mark.parametrize(
    "stamp",
    [
        "Updated 6:42 PM EST, Thu December 3, 2026",
        "Last modified on Thu 3 Dec 2026 08.10 GMT",
        "Published 12:31 PM CST, December 4, 2026",
        "Updated: 04 Dec 2026, 05:48 PM SGT",
    ],
)
def test_an_update_stamp_holds_no_name(stamp: str) -> None:
    found = typed(f"{stamp}\nVoters in Tarnow backed Orla Brennick.")
    assert found == {"Tarnow": "place", "Orla Brennick": "person"}, found


def test_a_surname_that_is_a_month_stays_a_name() -> None:
    found = typed("Theresa May spoke in Tarnow on Monday.")
    assert found.get("Theresa May") == "person", found


def test_a_zone_abbreviation_is_an_organisation_away_from_a_clock_time() -> None:
    # Only after a clock time is ``CST`` a zone: a company may carry the letters.
    assert typed("Shares in CST rose 4% after the regulator approved the deal.") == {
        "CST": "organisation"
    }


@pytest.mark.parametrize(
    "label", ["UK POLITICS", "SCIENCE & ENVIRONMENT", "LATIN AMERICA", "SPORT | FOOTBALL", "HEALTH"]
)
def test_a_section_label_is_no_entity(label: str) -> None:
    found = typed(f"{label}\nOrla Brennick spoke in Tarnow on Monday.")
    assert found == {"Orla Brennick": "person", "Tarnow": "place"}, found


def test_a_country_or_a_body_alone_in_capitals_is_no_section_label() -> None:
    found = typed("SOUTH AFRICA\nOrla Brennick landed in South Africa on Monday.")
    assert found.get("SOUTH AFRICA") == "place", found
    found = typed("NATO\nNATO ministers met Orla Brennick in Vilnius.")
    assert found.get("NATO") == "organisation", found


def test_a_label_word_in_a_longer_capital_headline_keeps_its_names() -> None:
    found = typed("NATO SPORT CHIEFS MEET IN VILNIUS\nNATO officials met in Vilnius on Monday.")
    assert found.get("NATO") == "organisation", found


def test_a_label_word_in_capitals_heading_a_brief_or_a_masthead_is_no_name() -> None:
    # (``SPORT.`` before a brief, ``MÉDIAS —`` before an outlet's name: no acronym)
    found = typed(
        "Les brèves du matin\n08h40 · SPORT. Le club de Bastia recrute un entraîneur.\n"
        "CULTURE & MÉDIAS — Les nouvelles\nPar Odile Varenne. Le texte suit.",
        "fr",
    )
    assert "SPORT" not in found and "MÉDIAS" not in found, found
    # (a place's name after a word stays a place: ``IN EUROPE.``; ``US`` is too short)
    found = typed("TRADE ROW DEEPENS IN EUROPE. Orla Brennick met officials in the US.")
    assert found.get("EUROPE") == "place", found
    assert found.get("US") == "place", found


def test_the_furniture_words_are_each_languages_own() -> None:
    english, german, swahili = furniture_for("en"), furniture_for("de"), furniture_for("sw")
    assert "advertisement" in english.phrases and "politics" in english.labels
    assert "anzeige" in german.phrases and "politik" in german.labels
    assert not german.phrases & {"advertisement", "read more"} and "politics" not in german.labels
    assert not swahili.phrases and not swahili.labels and not swahili.zones
    # Every language reads its own calendar words from CLDR.
    assert {"thu", "dec"} <= english.calendar
    assert german.calendar and german.calendar != english.calendar


@pytest.mark.parametrize(
    ("code", "label"), [("es", "ÚLTIMA HORA"), ("fr", "À LA UNE"), ("fr", "FAITS DIVERS")]
)
def test_a_section_label_of_several_words_counts_as_a_whole(code: str, label: str) -> None:
    words = furniture_for(code)
    assert _section_label(label, 0, len(label), words, language(code).stopwords)
    alone = label.split()[-1]
    assert not _section_label(alone, 0, len(alone), words, language(code).stopwords)


def test_adverts_and_related_labels_are_furniture_phrases_without_repeating_them() -> None:
    danish, spanish = furniture_for("da"), furniture_for("es")
    assert {"læs også", "annonce"} <= danish.phrases
    assert {"relacionado", "lee también", "publicidad", "copyright"} <= spanish.phrases
    # A related label with a slot is no phrase.
    assert not any("{" in phrase for phrase in furniture_for("en").phrases)
