"""The ilp summarizer: exact optimum on small problems, budgets, provenance, the CLI."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from importlib.metadata import version

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from newsbrief_ilp import concepts, solve

import newsbrief
from newsbrief.nlp.tokens import count_words
from newsbrief.pytest_plugin import SEEDS_DIR


def brute_force(sets, weights, lengths, max_words, max_sentences):
    """The best total covered weight over every subset (the optimum ``solve`` must reach)."""
    best = 0.0
    for size in range(len(sets) + 1):
        if max_sentences is not None and size > max_sentences:
            break
        for subset in itertools.combinations(range(len(sets)), size):
            if max_words is not None and sum(lengths[j] for j in subset) > max_words:
                continue
            covered = set().union(*(sets[j] for j in subset)) if subset else set()
            best = max(best, sum(weights.get(c, 0.0) for c in covered))
    return best


problems = st.integers(min_value=1, max_value=7).flatmap(
    lambda n: st.tuples(
        st.lists(st.sets(st.integers(0, 9), max_size=5), min_size=n, max_size=n),
        st.dictionaries(st.integers(0, 9), st.integers(1, 5).map(float), min_size=1),
        st.lists(st.integers(1, 30), min_size=n, max_size=n),
        st.one_of(st.none(), st.integers(1, 60)),
        st.one_of(st.none(), st.integers(1, 4)),
    )
)


@settings(max_examples=60, deadline=None)
@given(problems)
def test_solve_reaches_the_brute_force_optimum(problem) -> None:
    sets, weights, lengths, max_words, max_sentences = problem
    chosen = solve(sets, weights, lengths, max_words=max_words, max_sentences=max_sentences)
    assert chosen == sorted(set(chosen))
    if max_words is not None:
        assert sum(lengths[j] for j in chosen) <= max_words
    if max_sentences is not None:
        assert len(chosen) <= max_sentences
    covered = set().union(*(sets[j] for j in chosen)) if chosen else set()
    total = sum(weights.get(c, 0.0) for c in covered)
    assert total == brute_force(sets, weights, lengths, max_words, max_sentences)


def test_a_concept_counts_once_so_a_repeated_sentence_is_not_chosen_twice() -> None:
    sets = [{"a", "b"}, {"a", "b"}, {"c"}]
    chosen = solve(sets, {"a": 3.0, "b": 3.0, "c": 1.0}, [5, 5, 5], max_words=None, max_sentences=2)
    assert chosen in ([0, 2], [1, 2])


def test_concepts_are_bigrams_of_stemmed_content_words() -> None:
    # Stop words drop out and stemming makes plurals meet.
    found = concepts("The missile defence of the city", "en")
    assert len(found) == 2
    assert found == concepts("missiles defences city", "en")


def test_seed_summary_is_verbatim_within_budget_and_repeatable(newsbrief_seed_documents) -> None:
    # order="input": the summarizer's own choice in its own (document) order, not the composed
    # briefing's newest-first order (docs/concepts.md#composition).
    first = newsbrief.build_briefing(
        newsbrief_seed_documents, summarizer="ilp", words=120, order="input"
    )
    second = newsbrief.build_briefing(
        newsbrief_seed_documents, summarizer="ilp", words=120, order="input"
    )
    assert first.summary == second.summary
    assert first.summary
    assert sum(count_words(item.sentence.text) for item in first.summary) <= 120
    texts = {d.id: d.text for d in first.documents}
    for item in first.summary:
        s = item.sentence
        assert texts[s.doc_id][s.start : s.end] == s.text
        assert item.score > 0
    keys = [(s.doc_id, s.start) for s in (item.sentence for item in first.summary)]
    order = [d.id for d in first.documents]
    assert keys == sorted(keys, key=lambda key: (order.index(key[0]), key[1]))


def test_summary_covers_several_articles(newsbrief_seed_documents) -> None:
    briefing = newsbrief.build_briefing(newsbrief_seed_documents, summarizer="ilp", sentences=5)
    assert len(briefing.summary) <= 5
    assert len({item.sentence.doc_id for item in briefing.summary}) >= 2


def test_command_line_and_plugins_listing() -> None:
    run = [sys.executable, "-m", "newsbrief"]
    built = subprocess.run(
        [*run, "build", str(SEEDS_DIR), "--summarizer", "ilp", "--sentences", "3", "-f", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(built.stdout)["settings"]["summarizer"] == "ilp"
    listed = subprocess.run([*run, "plugins"], capture_output=True, text=True, check=True)
    plugin = {p["name"]: p for p in json.loads(listed.stdout)}["ilp"]
    assert (plugin["distribution"], plugin["version"]) == (
        "newsbrief-ilp",
        version("newsbrief-ilp"),
    )
    assert plugin["summarizers"] == ["ilp"]


def test_options_are_declared_typed_and_checked() -> None:
    corpus = newsbrief.load(str(SEEDS_DIR))
    typed = newsbrief.build_briefing(corpus, summarizer="ilp", sentences=3, options={"min_df": 2})
    given = newsbrief.build_briefing(corpus, summarizer="ilp", sentences=3, options={"min_df": "2"})
    assert given.summary == typed.summary and given.settings["options"] == {"min_df": 2}
    with pytest.raises(newsbrief.NewsbriefError, match=r"did you mean 'min_words'\?"):
        newsbrief.build_briefing(corpus, summarizer="ilp", options={"min_word": 3})
    with pytest.raises(newsbrief.NewsbriefError, match=r"option 'time_limit' takes a number"):
        newsbrief.build_briefing(corpus, summarizer="ilp", options={"time_limit": "soon"})
