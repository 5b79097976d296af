"""Review of the scored choice among the people of the paragraph a pronoun looks back to
(:meth:`CandidateScorer.best_scored`): the name a speaker was credited with is kept, and the
work per quotation stays bounded after a paragraph that names very many people.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.quotes.attribution import candidate_scores
from newsbrief.annotators.quotes.attribution.english_words import LOOKBACK
from newsbrief.annotators.quotes.attribution.speaker_types import Referent

DAY = dt.date(2026, 12, 6)


def test_a_speaker_known_only_by_a_title_and_surname_keeps_that_name() -> None:
    text = (
        "Hawker prices in Penang rose again this month, a survey found.\n\n"
        "Stall owner Lim Boon Keat said he had raised the price of a plate of noodles by a "
        "ringgit.\n\n"
        "Not every customer was pleased. A retiree, who gave her name only as Madam Wong, said "
        "a simple lunch was now \u201ca luxury\u201d for pensioners.\n\n"
        "\u201cI used to eat out every day. Now it is twice a week,\u201d she said.\n"
    )
    found = speakers_and_roles(text, DAY)
    assert found["a luxury"][0] == "Madam Wong"
    assert found["I used to eat out every day. Now it is twice a week"] == ("Madam Wong", None)


FIRST = ["Anna", "Maria", "Sofia", "Laura", "Julia", "Clara", "Elena", "Irene"]
SYLLABLES = ["ka", "lo", "mer", "tin", "vos", "del", "ran", "sul"]


def _singer(i: int) -> str:
    """The ``i``-th of many invented names (``Anna Kakaka``, ``Maria Lokaka``, ...)."""
    surname = "".join(SYLLABLES[i // 8**k % 8] for k in range(3)).title()
    return f"{FIRST[i % 8]} {surname}"


def test_the_people_scored_per_pronoun_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # A paragraph opening with a roll of more names than are read back: the pronouns after it
    # score at most ``LOOKBACK`` of them, and the paragraph's first named still answers.
    names = [_singer(i) for i in range(LOOKBACK + 100)]
    roll = ", ".join(names[:-1]) + " and " + names[-1]
    text = (
        "The choir returned from its tour of Norway on Sunday.\n\n"
        f"{roll} sang in Bergen on the last night of the tour.\n\n"
        + "".join(f'"We sang in {n} churches in a fortnight," she said.\n\n' for n in (5, 6, 7))
    )
    seen: list[int] = []
    scored = candidate_scores.CandidateScorer.best_scored

    def counting(
        self: candidate_scores.CandidateScorer, candidates: list[Referent], start: int
    ) -> Referent:
        seen.append(len(candidates))
        return scored(self, candidates, start)

    monkeypatch.setattr(candidate_scores.CandidateScorer, "best_scored", counting)
    found = speakers_and_roles(text, DAY)
    assert seen and max(seen) <= LOOKBACK
    assert found["We sang in 5 churches in a fortnight"][0] == "Anna Kakaka"


def test_a_name_ending_a_relative_clause_set_off_by_commas_reports_nothing() -> None:
    # ``Sarah Reed, who ... Peter Jones, said``: the cue is Sarah Reed's, so the ``he said``
    # after it is not Jones's but the earlier speaker's.
    text = (
        "The bakery chain Crumbs will close twelve shops, its owner said on Monday.\n\n"
        '"We held on as long as we could," owner Tom Reed said.\n\n'
        "His sister Sarah Reed, who in May replaced finance director Peter Jones, said the "
        "closures would save the firm.\n\n"
        '"Nobody will lose a job without an offer elsewhere," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["Nobody will lose a job without an offer elsewhere"][0] == "Tom Reed"


def test_a_name_the_subject_gives_themselves_in_the_clause_still_reports() -> None:
    # ``..., who identified himself only as Mr Obi, said``: the clause names the subject.
    text = (
        "Diesel queues returned to Kano on Wednesday.\n\n"
        'The depot owners\' association blamed the refinery. "Supply is erratic," its '
        "chairman, Alhaji Sani Bello, told reporters.\n\n"
        "A bus driver at the Kano park, who identified himself only as Mr Obi, said he had "
        "waited since dawn.\n\n"
        '"I slept in the bus. My passengers went home," he said.\n'
    )
    found = speakers_and_roles(text, DAY)
    assert found["I slept in the bus. My passengers went home"][0] == "Obi"
