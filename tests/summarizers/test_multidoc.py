"""The default multi-document summarizer: de-duplication, coverage, budgets, citations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.errors import NewsbriefError
from newsbrief.model import Document, Sentence, Story
from newsbrief.nlp.segmenter import segment
from newsbrief.nlp.tokens import count_words, terms
from newsbrief.stories import group_stories
from newsbrief.summarizers.base import Budget, Summarizer, SummaryRequest
from newsbrief.summarizers.multidoc import (
    MultiDocOptions,
    MultiDocSummarizer,
    builtin_multidoc_summarizers,
)
from newsbrief.summarizers.multidoc.features import collect, find_duplicates, quality
from newsbrief.summarizers.multidoc.selection import covered_stories, summary_slots

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def make_document(doc_id: str, lines: list[str], sections: int = 1) -> Document:
    """A document of one sentence per line (the sentences in ``sections`` equal runs)."""
    text = "\n".join(lines)
    sentences, offset = [], 0
    per_section = max(1, -(-len(lines) // sections))
    for index, line in enumerate(lines):
        sentences.append(
            Sentence(
                doc_id=doc_id,
                index=index,
                start=offset,
                end=offset + len(line),
                text=line,
                section=index // per_section,
                paragraph=index,
            )
        )
        offset += len(line) + 1
    return Document.from_text(text, id=doc_id, sentences=sentences)


def summarize(documents, budget=None, stories=(), **options):
    request = SummaryRequest(
        documents=documents, budget=budget or Budget(sentences=5), stories=stories, options=options
    )
    return MultiDocSummarizer().summarize(request)


WIRE = "The ministry said on Monday that 40 people were killed when the bridge collapsed in Genoa."
FLOOD = [
    "Heavy rain flooded the northern city of Verona on Sunday, forcing hundreds from their homes.",
    "Rescue teams used boats to reach residents trapped in the old town near the river.",
    "The regional governor declared a state of emergency and asked Rome for help.",
    "Forecasters expect more rain over the coming days across the Veneto region.",
]
BRIDGE_A = [
    WIRE,
    "Engineers had warned for years that the motorway bridge needed urgent repairs.",
    "Prosecutors opened an investigation into the company that operates the motorway.",
    WIRE,  # the wire paragraph repeated, as scraped pages often do
]
BRIDGE_B = [
    WIRE,
    "Rescuers searched the rubble through the night with dogs and heavy machinery.",
    "The government blamed the operator of the motorway for the lack of maintenance.",
]


def bridge_and_flood() -> list[Document]:
    return [
        make_document("a", BRIDGE_A),
        make_document("b", BRIDGE_B),
        make_document("c", FLOOD),
    ]


def test_is_a_multi_document_summarizer() -> None:
    (summarizer,) = builtin_multidoc_summarizers()
    assert isinstance(summarizer, Summarizer)
    assert summarizer.name == "newsbrief"
    assert summarizer.multi_document is True
    assert "\n" not in summarizer.description


def test_near_copies_are_selected_once_and_cite_the_other_source() -> None:
    items = summarize(bridge_and_flood(), Budget(sentences=6))
    texts = [item.sentence.text for item in items]
    assert texts.count(WIRE) == 1
    (wire,) = [item for item in items if item.sentence.text == WIRE]
    # The copy inside "a" is the same source; "b" is the other one.
    assert [ref.doc_id for ref in wire.supported_by] == ["b"]
    assert wire.supported_by[0].similarity == 1.0


def test_support_counts_distinct_sources_not_copies() -> None:
    documents = bridge_and_flood()
    candidates = collect(documents)
    duplicates = find_duplicates(candidates, quality(candidates))
    wire = [i for i, s in enumerate(candidates.sentences) if s.text == WIRE]
    assert len(wire) == 3  # two copies in "a", one in "b"
    assert set(duplicates.support[wire]) == {2}
    assert duplicates.representative[wire].sum() == 1


def test_sections_of_one_document_are_distinct_sources() -> None:
    document = make_document("a", [*BRIDGE_A[:3], *BRIDGE_B], sections=2)
    (wire,) = [i for i in summarize([document]) if i.sentence.text == WIRE]
    assert [(ref.doc_id, ref.start) for ref in wire.supported_by] == [
        ("a", document.text.rindex(WIRE))
    ]


def test_light_edits_are_still_copies() -> None:
    edited = WIRE.replace("on Monday", "on Monday evening").replace("killed", "dead")
    documents = [make_document("a", [WIRE, *FLOOD]), make_document("b", [edited, *FLOOD[:1]])]
    candidates = collect(documents)
    duplicates = find_duplicates(candidates, quality(candidates))
    assert duplicates.cluster[0] == duplicates.cluster[len(FLOOD) + 1]


def test_every_story_gets_a_sentence() -> None:
    documents = bridge_and_flood()
    stories = group_stories(documents)
    assert [story.documents for story in stories] == [("a", "b"), ("c",)]
    items = summarize(documents, Budget(sentences=2), stories=stories)
    assert {item.story for item in items} == {"s1", "s2"}
    # Briefing order: by story, then document order, then offset.
    assert [item.story for item in items] == ["s1", "s2"]


def test_story_coverage_yields_to_a_too_small_budget() -> None:
    documents = bridge_and_flood()
    stories = (Story(id="s1", documents=("a", "b")), Story(id="s2", documents=("c",)))
    (item,) = summarize(documents, Budget(sentences=1), stories=stories)
    assert item.story == "s1"  # the larger story first


def test_sentence_budget() -> None:
    for limit in (1, 2, 3):
        assert len(summarize(bridge_and_flood(), Budget(sentences=limit))) == limit


def test_word_budget_without_overflow_is_never_crossed() -> None:
    items = summarize(bridge_and_flood(), Budget(words=40))
    assert items
    assert sum(count_words(item.sentence.text) for item in items) <= 40


def test_word_budget_with_overflow_lets_the_last_sentence_cross() -> None:
    items = summarize(bridge_and_flood(), Budget(words=30, overflow=True))
    words = [count_words(item.sentence.text) for item in items]
    assert sum(words) >= 30
    # Only the last sentence chosen may cross: without the longest, the summary falls short.
    assert sum(words) - max(words) < 30


def test_ratio_budget() -> None:
    assert len(summarize(bridge_and_flood(), Budget(ratio=0.2))) == 3  # ceil(0.2 * 11)


def test_offsets_are_verbatim() -> None:
    documents = [segment(Document.from_text(p.read_text("utf-8"), id=p.name[:3])) for p in _seeds()]
    by_id = {document.id: document for document in documents}
    items = summarize(documents, Budget(sentences=7), stories=group_stories(documents))
    assert len(items) == 7
    for item in items:
        sentence = item.sentence
        assert by_id[sentence.doc_id].text[sentence.start : sentence.end] == sentence.text
        for ref in item.supported_by:
            assert ref.end > ref.start
            assert (ref.doc_id, ref.start) != (sentence.doc_id, sentence.start)


def test_seed_briefing_covers_each_story_and_cites_the_other_outlet() -> None:
    documents = [segment(Document.from_text(p.read_text("utf-8"), id=p.name[:3])) for p in _seeds()]
    stories = group_stories(documents)
    items = summarize(documents, Budget(sentences=7), stories=stories)
    assert {item.story for item in items} == {story.id for story in stories}
    cited = {
        ref.doc_id for item in items if item.sentence.doc_id == "000" for ref in item.supported_by
    }
    assert "001" in cited


def test_supported_by_cites_other_documents_in_input_order() -> None:
    documents = [make_document(name, [WIRE, FLOOD[k]]) for k, name in enumerate("xyz")]
    (item,) = summarize(documents, Budget(sentences=1))
    assert item.sentence.doc_id == "x"
    assert [ref.doc_id for ref in item.supported_by] == ["y", "z"]


def test_poor_sentences_are_penalised() -> None:
    lines = [
        "Prosecutors opened an investigation into the company that operates the motorway.",
        "He said the company had ignored warnings about the state of the bridge.",
        "Why did the company ignore the warnings about the state of the bridge?",
        "The bridge.",
        "I think the company should have listened to the engineers about the bridge.",
    ]
    factors = quality(collect([make_document("a", lines)]))
    assert factors[0] == 1.0
    assert all(factors[1:] < 1.0)


def test_an_opinion_is_penalised_whatever_its_apostrophe() -> None:
    # ``Let’s`` as typeset, with a curly apostrophe, voices an opinion as ``Let's`` does.
    lines = [
        "Prosecutors opened an investigation into the company that operates the motorway.",
        "Let’s remember the engineers who warned about the state of the motorway bridge.",
        "Let's remember the engineers who warned about the state of the motorway bridge.",
    ]
    factors = quality(collect([make_document("a", lines)]))
    assert factors[0] == 1.0
    assert factors[1] == factors[2] < 1.0


@pytest.mark.parametrize(
    ("line", "penalised"),
    [
        ("Now it wants its money back from the charities that received the donations.", True),
        ("Today, they are asking the government to pay for the repairs to the bridge.", True),
        ("Moreover, the company ignored warnings about the state of the motorway bridge.", True),
        ("Now the company wants its money back from the charities that received it.", False),
        ("Today the government announced it would pay for the repairs to the bridge.", False),
        ("The official said talks with Western allies were in progress but slow.", True),
        ("The spokeswoman said the department would keep helping Kyiv as needed.", True),
        ("A senior official said talks with Western allies were in progress.", False),
        ("The Senate approved the spending bill on Friday and sent it to the president.", False),
    ],
)
def test_openings_that_continue_an_unseen_sentence_are_penalised(
    line: str, penalised: bool
) -> None:
    (factor,) = quality(collect([make_document("a", [line])]))
    assert bool(factor < 1.0) == penalised


def test_wire_datelines_never_reach_the_summary() -> None:
    # DUC-era AP and NYT copy: ``_`` (decoded to a dash by the corpus reader) or ``--``.
    from newsbrief.evaluation.corpora import decode_wire_conventions
    from newsbrief.parsers.base import RawInput
    from newsbrief.parsers.plaintext import PlainTextParser

    bodies = {
        "apw": "WASHINGTON (AP) _ The Senate on Friday approved a $500 billion spending bill "
        "and sent it to President Clinton.\n``This is a good day,'' said Sen. Ted Stevens.",
        "nyt": "WASHINGTON -- The Senate approved a huge spending bill on Friday and sent it "
        "to President Clinton, who said he would sign it.\nThe House passed it on Thursday.",
    }
    documents = []
    for name, body in bodies.items():
        raw = RawInput(name=name, data=decode_wire_conventions(body).encode(), doc_id=name)
        documents += [segment(d) for d in PlainTextParser().parse(raw)]
    assert [d.sentences[0].text[:11] for d in documents] == ["The Senate ", "The Senate "]
    items = summarize(documents, Budget(words=100, overflow=True))
    assert items
    assert not any("WASHINGTON" in item.sentence.text for item in items)


def test_same_output_twice_and_whatever_the_option_order() -> None:
    documents = bridge_and_flood()
    first = summarize(documents, Budget(sentences=4), redundancy=0.5, position_weight=0.7)
    second = summarize(documents, Budget(sentences=4), position_weight=0.7, redundancy=0.5)
    assert first == second


def test_output_does_not_depend_on_hash_seed(
    outputs_under_hash_seeds: Callable[[str], set[str]],
) -> None:
    script = (
        "from pathlib import Path; from newsbrief.model import Document;"
        "from newsbrief.nlp.segmenter import segment; from newsbrief.stories import group_stories;"
        "from newsbrief.summarizers.base import SummaryRequest;"
        "from newsbrief.summarizers.multidoc import MultiDocSummarizer;"
        f"docs=[segment(Document.from_text(p.read_text(encoding='utf-8'), id=p.name)) for p in "
        f"sorted(Path({str(SEEDS)!r}).glob('0*.txt'))];"
        "req=SummaryRequest(documents=docs, stories=group_stories(docs));"
        "print(repr(MultiDocSummarizer().summarize(req)))"
    )
    outputs = outputs_under_hash_seeds(script)
    assert len(outputs) == 1


def test_options_change_the_selection_sensibly() -> None:
    documents = bridge_and_flood()
    loose = summarize(documents, Budget(sentences=10), redundancy=1.0)
    strict = summarize(documents, Budget(sentences=10), redundancy=0.05)
    # A near-zero threshold refuses any sentence sharing content with one already chosen.
    assert len(strict) < len(loose)
    chosen = [set(terms(item.sentence.text, "en")) for item in strict]
    assert all(not a & b for i, a in enumerate(chosen) for b in chosen[i + 1 :])
    lead = summarize(documents, Budget(sentences=3), position_weight=1.0)
    assert np.mean([item.sentence.index for item in lead]) <= 1.5
    assert summarize([]) == ()


def _seeds() -> list[Path]:
    return sorted(SEEDS.glob("0*.txt"))


_VOCABULARY = (
    ("the", "a", "of", "in", "on", "and", "said", "killed", "rescued", "minister", "missile"),
    ("Ukraine", "NATO", "Rutte", "Singh", "Genoa", "October", "3", "42", "2024"),
    (",", ".", "?", "—", "«»", "“", "”", "He", "This"),
)
_WORDS = st.sampled_from([word for group in _VOCABULARY for word in group])
_SENTENCE = st.lists(_WORDS, min_size=0, max_size=25).map(lambda ws: " ".join(ws) or "x")
_DOCUMENT = st.lists(_SENTENCE, min_size=0, max_size=8)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    documents=st.lists(_DOCUMENT, min_size=1, max_size=4),
    sentences=st.one_of(st.none(), st.integers(1, 6)),
    words=st.one_of(st.none(), st.integers(1, 60)),
    overflow=st.booleans(),
    with_stories=st.booleans(),
)
def test_random_documents_never_crash_and_respect_the_budget(
    documents, sentences, words, overflow, with_stories
) -> None:
    docs = [make_document(f"d{k}", lines) for k, lines in enumerate(documents)]
    budget = Budget(sentences=sentences, words=words, overflow=overflow)
    stories = group_stories(docs) if with_stories else ()
    items = summarize(docs, budget, stories=stories)
    keys = [item.sentence.key for item in items]
    assert len(keys) == len(set(keys))
    limit = sentences if sentences is not None else (None if words is not None else 7)
    if limit is not None:
        assert len(items) <= limit
    counts = [count_words(item.sentence.text) for item in items]
    if words is not None and not overflow:
        assert sum(counts) <= words
    if words is not None and overflow and counts:
        assert sum(counts) - max(counts) < words
    for item in items:
        assert all(
            ref.doc_id != item.sentence.doc_id or ref.start != item.sentence.start
            for ref in item.supported_by
        )


# --- Per-story coverage, options, overflow order -----------------------------------------------


def _stories(*sizes: int) -> tuple[Story, ...]:
    stories, n = [], 0
    for k, size in enumerate(sizes, 1):
        stories.append(Story(id=f"s{k}", documents=tuple(f"d{n + i}" for i in range(size))))
        n += size
    return tuple(stories)


def test_proportional_coverage_promises_stories_worth_a_sentence() -> None:
    # One topic split into a 4-article story and six single-article ones (10 articles).
    stories = _stories(1, 4, 1, 1, 1, 1, 1)
    # A 100-word summary of 20-word sentences holds 5: only the big story is worth one.
    slots = summary_slots(Budget(words=100), 200, np.full(200, 20))
    assert slots == 5
    assert covered_stories(stories, "proportional", slots) == [1]
    # With 10 sentences every story is worth one; the largest comes first.
    assert covered_stories(stories, "proportional", 10) == [1, 0, 2, 3, 4, 5, 6]
    assert covered_stories(stories, "all", 2) == [1, 0, 2, 3, 4, 5, 6]
    assert covered_stories(stories, "off", 10) == []


def test_summary_slots_follow_the_tightest_budget() -> None:
    lengths = np.asarray([10, 30, 30, 30])
    assert summary_slots(Budget(sentences=3), 40, lengths) == 3
    assert summary_slots(Budget(words=60), 40, lengths) == 2
    assert summary_slots(Budget(words=300, sentences=4), 40, lengths) == 4
    assert summary_slots(Budget(ratio=0.1), 40, lengths) == 4


def test_all_coverage_spreads_a_short_summary_over_stories() -> None:
    documents = bridge_and_flood()
    stories = (Story(id="s1", documents=("a",)), Story(id="s2", documents=("b", "c")))
    items = summarize(documents, Budget(sentences=2), stories=stories, story_coverage="all")
    assert sorted(item.story for item in items) == ["s1", "s2"]


def test_five_articles_on_four_stories_each_get_a_sentence_by_default() -> None:
    fire = [
        "A forest fire near Marseille forced the evacuation of two villages on Tuesday.",
        "Firefighters said strong winds were pushing the flames towards the coast.",
    ]
    documents = [*bridge_and_flood(), make_document("d", fire), make_document("e", [WIRE])]
    stories = (
        Story(id="s1", documents=("a",)),
        Story(id="s2", documents=("b", "e")),
        Story(id="s3", documents=("c",)),
        Story(id="s4", documents=("d",)),
    )
    items = summarize(documents, Budget(sentences=7), stories=stories)
    assert {item.story for item in items} == {"s1", "s2", "s3", "s4"}


def test_coverage_option_values() -> None:
    assert MultiDocOptions.from_mapping({"story_coverage": "false"}).story_coverage == "off"
    assert MultiDocOptions.from_mapping({"story_coverage": True}).story_coverage == "all"
    assert MultiDocOptions.from_mapping({"story_coverage": " All "}).story_coverage == "all"
    with pytest.raises(NewsbriefError, match=r"unknown option 'seed'; known: duplicate_thr"):
        MultiDocOptions.from_mapping({"seed": 3})  # another summarizer's option: a mistake here


def test_bad_option_values_are_one_line_errors() -> None:
    for options, named in (
        ({"story_coverage": "sometimes"}, "story_coverage"),
        ({"redundancy": 2}, "redundancy"),
        ({"position_weight": "high"}, "position_weight"),
    ):
        with pytest.raises(NewsbriefError, match=named):
            summarize(bridge_and_flood(), **options)


def test_the_sentence_crossing_an_overflow_budget_comes_last() -> None:
    documents = bridge_and_flood()
    stories = group_stories(documents)
    for words in (12, 20, 30, 45):
        items = summarize(documents, Budget(words=words, overflow=True), stories=stories)
        counts = [count_words(item.sentence.text) for item in items]
        assert sum(counts[:-1]) < words <= sum(counts)


QUALITY_PIECES = [
    *"a .?!…।؟;\"'“”«»„)", "He said", "Moreover,", "The official", "I think", "İ THİNK",
    "arguably", "ARGUABLY", "let's", "Let’s", "LET US", "it ſeems to me", "I thinK", "in my view",
    "Now it", "word", " word word word", "\n", "  ",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(QUALITY_PIECES), max_size=30).map("".join), max_size=6))
def test_quality_is_the_plain_quality(lines: list[str]) -> None:
    # Sentence ends, opinions and quotation marks read with string methods: the same factors
    # as the regular expressions give, sentence by sentence.
    from newsbrief.summarizers.multidoc.features import plain_quality

    lines = [line.replace("\n", " ") for line in lines if line.strip()]
    candidates = collect([make_document("a", lines)]) if lines else None
    if candidates is None or not len(candidates):
        return
    assert quality(candidates).tolist() == plain_quality(candidates).tolist()
