"""Composition rules on synthetic dated stories: slots, developments, order, clean copies."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.annotators.dates import DateAnnotator
from newsbrief.model import Document, Metadata, Story, SummaryItem
from newsbrief.pipeline import segmented
from newsbrief.sections.reading import reads_alone
from newsbrief.sections.summary import ORDERS, compose_summary
from newsbrief.sections.timeline import build_timeline
from newsbrief.summarizers.base import Budget

DATES = DateAnnotator()
#: The documents and stories of the ``corpus`` fixture.
Corpus = tuple[list[Document], list[Story]]

OLD = (
    "Dock workers in Rotterdam walked out over pay, halting container traffic at the port. "
    "The union said the strike would last until the port operator raised wages for all crews. "
    "Shipping companies rerouted vessels to Antwerp and Hamburg while the strike continued. "
    "Economists warned that the walkout could cost the Dutch economy millions each day."
)
OLD_2 = (
    "The Rotterdam port strike entered its third day as talks between the union and the "
    "operator stalled. On Monday, January 9, the union rejected a first wage offer from the "
    "port operator. Container ships queued outside the harbour waiting for berths to open."
)
NEW = (
    "Rotterdam port workers accepted a new wage deal, ending the strike that closed the "
    "harbour. On Sunday, May 19, union members voted to approve the agreement by a wide margin. "
    "The first container ships docked on Monday morning as crews returned to work at the port."
)


def document(doc_id: str, text: str, published: str) -> Document:
    metadata = Metadata(published=dt.date.fromisoformat(published), language="en")
    return segmented(Document.from_text(text, id=doc_id, metadata=metadata))


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    documents = list(
        DATES.annotate(
            [
                document("old1", OLD, "2023-01-10"),
                document("old2", OLD_2, "2023-01-11"),
                document("new1", NEW, "2024-05-20"),
            ]
        )
    )
    stories = [
        Story("s1", ("old1", "old2"), label="Rotterdam port strike"),
        Story("s2", ("new1",), label="Strike ends"),
    ]
    return documents, stories


def items(documents: list[Document], picks: list[tuple[str, int, str, float]]) -> list[SummaryItem]:
    by_id = {d.id: d for d in documents}
    return [
        SummaryItem(by_id[doc].sentences[index], score, story=story)
        for doc, index, story, score in picks
    ]


def test_a_story_over_its_share_gives_a_slot_to_the_newest_story(corpus: Corpus) -> None:
    documents, stories = corpus
    # The summarizer gave the old story three sentences and the new one one.
    summary = items(
        documents,
        [
            ("old1", 0, "s1", 0.9),
            ("old1", 1, "s1", 0.5),
            ("old1", 3, "s1", 0.4),
            ("new1", 0, "s2", 0.8),
        ],
    )
    composed = compose_summary(documents, stories, summary, Budget(sentences=4))
    assert len(composed) == 4
    per_story = {s: sum(1 for i in composed if i.story == s) for s in ("s1", "s2")}
    assert per_story == {"s1": 2, "s2": 2}
    # Newest story first, led by its best sentence; the freed slot went to its dated event.
    assert [i.sentence.doc_id for i in composed[:2]] == ["new1", "new1"]
    assert composed[0].sentence.index == 0
    assert "May 19" in composed[1].sentence.text and composed[1].score == 0.0
    # The old story kept its two best-scored sentences: no date is reported by two of its
    # articles, so no shared development replaces the undated one after its lead.
    old = [i for i in composed if i.story == "s1"]
    assert [i.score for i in old] == [0.9, 0.5]
    assert old[0].sentence.text.startswith("Dock workers")


def test_a_date_two_articles_share_replaces_an_undated_second_sentence(corpus: Corpus) -> None:
    documents, stories = corpus
    shared = "On Monday, January 9, the union rejected the wage offer, the operator confirmed."
    both = [*documents[:1], *DATES.annotate([document("old3", shared, "2023-01-11")])]
    both += documents[1:]
    stories = [Story("s1", ("old1", "old2", "old3")), stories[1]]
    summary = items(both, [("old1", 0, "s1", 0.9), ("old1", 1, "s1", 0.5), ("new1", 0, "s2", 0.8)])
    composed = compose_summary(both, stories, summary, Budget(sentences=3), "oldest")
    old = [i for i in composed if i.story == "s1"]
    assert old[0].score == 0.9 and "January 9" in old[1].sentence.text and old[1].score == 0


def test_orders_are_permutations_and_input_is_untouched(corpus: Corpus) -> None:
    documents, stories = corpus
    picks = [("old1", 0, "s1", 0.9), ("old1", 1, "s1", 0.5), ("old1", 3, "s1", 0.4)]
    summary = items(documents, [*picks, ("new1", 0, "s2", 0.8)])
    results = {
        o: compose_summary(documents, stories, summary, Budget(sentences=4), o) for o in ORDERS
    }
    assert results.pop("input") == tuple(summary)  # the summarizer's own, nothing balanced
    assert [i.story for i in results["newest"]] == ["s2", "s2", "s1", "s1"]
    assert [i.story for i in results["oldest"]] == ["s1", "s1", "s2", "s2"]
    assert [i.story for i in results["importance"]][:2] == ["s1", "s1"]  # two articles first
    for a, b in itertools.combinations(results.values(), 2):
        assert sorted(i.sentence.key for i in a) == sorted(i.sentence.key for i in b)


def test_a_word_budget_is_never_exceeded_by_a_swap(corpus: Corpus) -> None:
    documents, stories = corpus
    summary = items(
        documents,
        [
            ("old1", 0, "s1", 0.9),
            ("old1", 1, "s1", 0.5),
            ("old1", 3, "s1", 0.4),
            ("new1", 0, "s2", 0.8),
        ],
    )
    words = sum(len(i.sentence.text.split()) for i in summary)
    composed = compose_summary(documents, stories, summary, Budget(words=words))
    assert sum(len(i.sentence.text.split()) for i in composed) <= words


def test_an_unknown_order_is_refused(corpus: Corpus) -> None:
    documents, stories = corpus
    with pytest.raises(ValueError, match="unknown order 'latest'"):
        compose_summary(documents, stories, (), Budget(sentences=2), "latest")


def test_one_story_is_left_as_the_summarizer_made_it(corpus: Corpus) -> None:
    documents, _ = corpus
    story = [Story("s1", ("old1", "old2", "new1"))]
    summary = items(
        documents, [("old1", 0, "s1", 0.9), ("old1", 1, "s1", 0.5), ("old1", 3, "s1", 0.4)]
    )
    assert compose_summary(documents, story, summary, Budget(sentences=3)) == tuple(summary)


@settings(max_examples=30, deadline=None)
@given(
    picks=st.lists(
        st.tuples(st.sampled_from(["old1", "old2", "new1"]), st.integers(0, 2), st.floats(0, 1)),
        min_size=1,
        max_size=6,
        unique_by=lambda p: p[:2],
    ),
    order=st.sampled_from(ORDERS),
)
def test_composition_keeps_the_count_and_never_repeats_a_sentence(
    corpus: Corpus, picks: list[tuple[str, int, float]], order: str
) -> None:
    documents, stories = corpus
    story_of = {"old1": "s1", "old2": "s1", "new1": "s2"}
    summary = items(documents, [(doc, index, story_of[doc], score) for doc, index, score in picks])
    composed = compose_summary(documents, stories, summary, Budget(sentences=len(summary)), order)
    assert len(composed) == len(summary)
    assert len({i.sentence.key for i in composed}) == len(composed)
    again = compose_summary(documents, stories, summary, Budget(sentences=len(summary)), order)
    assert again == composed


def test_the_timeline_prefers_a_clean_copy_from_another_outlet() -> None:
    anaphoric = (
        "Officials met in Vienna to discuss the grain corridor and shipping insurance. "
        "And during that same month, the ministers signed the grain corridor deal in Vienna "
        "on May 14."
    )
    clean = (
        "Ministers signed the grain corridor deal in Vienna on May 14 after two days of talks. "
        "Insurers welcomed the agreement."
    )
    documents = list(
        DATES.annotate([document("a", anaphoric, "2024-05-20"), document("b", clean, "2024-05-21")])
    )
    (entry,) = [e for e in build_timeline(documents, ()) if e.date == "2024-05-14"]
    assert entry.doc_id == "b" and reads_alone(entry.text, "en")


def test_reads_alone() -> None:
    assert reads_alone("Ministers signed the grain corridor deal in Vienna on May 14.", "en")
    anaphoric = "And during that same month, the ministers signed the deal in Vienna."
    assert not reads_alone(anaphoric, "en")
    assert not reads_alone("He said the ministers signed the deal in Vienna on Tuesday.", "en")
    assert not reads_alone("So my question is, what is the problem with that?", "en")
    assert not reads_alone("Signed in Vienna.", "en")
    # The words are the document's language's, never English for another language.
    assert reads_alone("He Jun signed the grain corridor deal in Vienna on May 14.", "zh")
    assert not reads_alone("The same day, the ministers signed the deal in Vienna.", "en")


@pytest.mark.parametrize(
    ("code", "clean", "pointing_back"),
    [
        (
            "uk",
            "Міністри підписали угоду про зерновий коридор у Відні.",
            "Також міністри підписали угоду про зерновий коридор у Відні.",
        ),
        (
            "uk",
            "Міністри підписали угоду про зерновий коридор у Відні.",
            "Тим часом міністри підписали угоду про зерновий коридор у Відні.",
        ),
        (
            "ru",
            "Министры подписали соглашение о зерновом коридоре в Вене.",
            "Но министры подписали соглашение о зерновом коридоре в Вене.",
        ),
        (
            "de",
            "Die Minister unterzeichneten das Abkommen in Wien am Dienstag.",
            "Am selben Tag unterzeichneten die Minister das Abkommen in Wien.",
        ),
        (
            "fr",
            "Les ministres ont signé l'accord à Vienne mardi dernier.",
            "Mais les ministres ont signé l'accord à Vienne mardi dernier.",
        ),
        (
            "es",
            "Los ministros firmaron el acuerdo en Viena el martes.",
            "Sin embargo, los ministros firmaron el acuerdo en Viena el martes.",
        ),
    ],
)
def test_reads_alone_in_other_languages(code: str, clean: str, pointing_back: str) -> None:
    assert reads_alone(clean, code)
    assert not reads_alone(pointing_back, code)
    # A language without [reading] lists has no openings that point back.
    assert reads_alone(clean, "ko") and reads_alone(pointing_back, "ko")


def test_a_briefing_of_synthetic_stories_puts_the_newest_first() -> None:
    documents = [
        document("old1", OLD, "2023-01-10"),
        # Rotterdam and Hamburg named in one article each: no subject of two articles.
        document("old2", OLD_2.replace("The Rotterdam port", "The port"), "2023-01-11"),
        document("new1", NEW.replace("Rotterdam port workers", "Port workers"), "2024-05-20"),
    ]
    stories = [
        Story("s1", ("old1", "old2"), label="Port strike"),
        Story("s2", ("new1",), label="Strike ends"),
    ]
    briefing = newsbrief.build_briefing(documents, stories=stories, sentences=4)
    assert briefing.summary[0].sentence.doc_id == "new1"
    # No subject named in two articles: the newest story's headline is the title.
    assert briefing.title == "Strike ends"
    assert any(
        note.kind == "background" and "[1] and [2]" in note.message for note in briefing.notes
    )


def test_a_content_title_names_only_what_two_stories_share() -> None:
    from newsbrief.model import Entity, Mention
    from newsbrief.pipeline.compose import content_title

    stories = [
        Story(id="s1", documents=("a", "b"), label="Port strike ends"),
        Story(id="s2", documents=("c", "d"), label="Harbour reopens"),
    ]

    def entity(name: str, docs: str) -> Entity:
        return Entity(name, "place", (name,), [Mention(doc, 0, 3, name) for doc in docs])

    # Named by both articles of one story only: not a subject of the briefing of two.
    one_story = [entity("Rotterdam", "ab")]
    assert content_title(stories, one_story, "en", newest="s2") == "Harbour reopens"
    both = [entity("Rotterdam", "ab"), entity("Antwerp", "ac")]
    assert content_title(stories, both, "en", newest="s2") == "Briefing: Antwerp"
