"""English speakers (session 26, review of lane Q): cases the lane's rules were not tuned on.

* a ranking epithet left unresolved is credited as written, its number included (``the world
  No 14``, never ``the world No``);
* ``the statement read`` (and ``said``) in a paragraph with no breaks, a page's text run
  together, reads a bounded stretch back for its issuer: time linear in the text;
* ``put it at`` a figure or a quotation is an estimate, no way of saying (``Police put it at
  "more than 3,000"``), while ``as she put it at a briefing, "..."`` still says;
* an unnamed source met at a place may name the town it is in (``a tout at the stage in
  Nairobi``): the source speaks, not the town;
* ``the pastor said`` after ``Pastor Ann Roe`` (a title since this session) is hers, as ``the
  professor said`` is a professor's;
* ``"...," is how chairman Mark Dunn put it``: the role is ``chairman``, not ``is how chairman``.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speaker_of, speakers_and_roles
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import Document, Metadata


def test_an_unresolved_ranking_epithet_keeps_its_number() -> None:
    text = (
        "Ostrakova was gracious in defeat on the clay of Rome.\n\n"
        '"She played better today and deserved to win," the world No 14 said.'
    )
    assert speaker_of(text, "en", "She played better") == "the world No 14"


def test_a_ranking_by_number_in_words_keeps_its_number_too() -> None:
    text = (
        "Lindqvist lost in straight sets to the qualifier on Tuesday.\n\n"
        '"I never found my rhythm out there," the world number 3 said.'
    )
    assert speaker_of(text, "en", "I never found") == "the world number 3"


def test_the_issuer_of_a_statement_read_is_looked_for_in_bounded_time() -> None:
    unit = (
        '"We are here and we are staying for as long as it takes," the statement read. '
        "The club met on Monday. "
    )

    def seconds(count: int) -> float:
        document = Document.from_text(
            unit * count,
            id="r",
            metadata=Metadata(language="en", published=dt.date(2026, 12, 5)),
        )
        (typed,) = EntityAnnotator().annotate([document])
        return least_cpu_seconds(lambda: list(QuoteAnnotator().annotate([typed])), repeat=2)

    small, large = seconds(100), seconds(800)
    assert large < 20 * max(small, 0.005)  # 8x the text: linear ~8x, quadratic ~64x


def test_put_it_at_a_quoted_figure_is_an_estimate_not_a_saying() -> None:
    text = (
        'Organisers put it at "well over ten thousand marchers", according to the city\'s '
        "police chief, Samuel Koh."
    )
    assert speaker_of(text, "en", "well over ten thousand") == "Samuel Koh"


def test_put_it_at_an_occasion_still_says() -> None:
    text = (
        "The ferry operator has cut its winter timetable.\n\n"
        'As harbour master Ivy Lund put it at a briefing on Friday, "There are simply not '
        'enough crews left to sail every day."'
    )
    assert speaker_of(text, "en", "There are simply not") == "Ivy Lund"


def test_an_unnamed_source_at_a_place_in_a_town_is_no_town() -> None:
    text = (
        "Bus fares doubled overnight after the fuel subsidy was withdrawn.\n\n"
        'A tout at the main stage in Eldoret said: "Nobody is travelling today, the buses '
        'are empty."\n\n'
        'One shopper at Halden Market in Kisumu said: "Even sugar costs twice what it did."'
    )
    assert speaker_of(text, "en", "Nobody is travelling") == "a tout at the main stage in Eldoret"
    assert speaker_of(text, "en", "Even sugar costs") == "one shopper at Halden Market in Kisumu"


def test_the_pastor_is_the_pastor_named_before() -> None:
    text = (
        "Pastor Grace Adewale has run the food bank from the church hall since the flood.\n\n"
        '"We feed three hundred families every week now," the pastor said.'
    )
    assert speaker_of(text, "en", "We feed three hundred") == "Grace Adewale"


def test_is_how_opens_no_role() -> None:
    text = (
        "The rowing club will sell its boathouse to pay its debts.\n\n"
        '"We are simply out of money and out of time," is how club chairman Mark Dunmore put '
        "it on Thursday."
    )
    found = speakers_and_roles(text, dt.date(2026, 12, 5))
    assert found["We are simply out of money and out of time"] == ("Mark Dunmore", "club chairman")
