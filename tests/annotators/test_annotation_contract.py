"""The annotation contract: stories grouped once and passed in, per-document drafts reused
(from a side table beside the documents, never inside them)."""

from __future__ import annotations

import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.annotate import Drafted, annotate, prepare_documents
from newsbrief.annotators.base import (
    AnnotationContext,
    PreparingAnnotator,
    kept_draft,
    takes_context,
)
from newsbrief.annotators.dates import DateAnnotator
from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.model import Annotation, AnnotationKind, Document, Metadata, Story
from newsbrief.plugins import PluginHost
from newsbrief.scaling import build_story_briefings
from newsbrief.stories import grouping


def article(doc_id: str, text: str, published: str | None = None) -> Document:
    day = dt.date.fromisoformat(published) if published else None
    return Document.from_text(text, id=doc_id, metadata=Metadata(published=day, language="en"))


#: Two dated reports of one event, one of another, and an undated one (it borrows a date).
CORPUS = (
    article(
        "a",
        "Sabrina Singh said on Monday that the Varnholt bridge in Zephyr would reopen. "
        "Engineers from Tasbeltas Partners inspected the Varnholt bridge on March 2.",
        "2024-03-06",
    ),
    article(
        "b",
        "The Varnholt bridge in Zephyr will reopen, Sabrina Singh told reporters on Monday. "
        "Tasbeltas Partners engineers checked the Varnholt bridge on March 2.",
        "2024-03-05",
    ),
    article(
        "c",
        "Farmers in Oskarvik harvested a record crop of barley last season. "
        "The Oskarvik cooperative said prices fell in April.",
        "2024-05-20",
    ),
    article(
        "u",
        "Residents of Zephyr crossed the Varnholt bridge again on Tuesday. "
        "Sabrina Singh thanked the engineers of Tasbeltas Partners.",
    ),
)


@pytest.fixture
def grouping_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every story grouping of the test (``group`` and ``group_features`` both end
    in ``_group_table``)."""
    calls: list[int] = []
    group_table = grouping.StoryGrouper._group_table

    def counted(self, table, headlines):
        calls.append(len(table))
        return group_table(self, table, headlines)

    monkeypatch.setattr(grouping.StoryGrouper, "_group_table", counted)
    return calls


def references(briefing: newsbrief.Briefing, doc_id: str) -> set[str | None]:
    document = next(d for d in briefing.documents if d.id == doc_id)
    return {a.attributes["reference"] for a in document.annotations_of(AnnotationKind.DATE)}


def test_a_build_groups_stories_once(grouping_calls: list[int]) -> None:
    briefing = newsbrief.build_briefing(CORPUS, sentences=2)
    assert grouping_calls == [len(CORPUS)]
    # The undated article did borrow a date from its story (so the dates step needed stories).
    story = next(s for s in briefing.stories if "u" in s.documents)
    assert set(story.documents) == {"a", "b", "u"}
    assert references(briefing, "u") == {"2024-03-06"}


def test_given_stories_are_not_regrouped_and_reach_the_annotators(
    grouping_calls: list[int],
) -> None:
    # The caller says the undated article belongs with ``c``: it borrows ``c``'s date.
    stories = (Story("s1", ("a", "b")), Story("s2", ("c", "u")))
    briefing = newsbrief.build_briefing(CORPUS, sentences=2, stories=stories)
    assert grouping_calls == []
    assert briefing.stories == stories
    assert references(briefing, "u") == {"2024-05-20"}


def test_story_briefings_group_the_collection_once(grouping_calls: list[int]) -> None:
    briefings = build_story_briefings(CORPUS, sentences=2)
    assert grouping_calls == [len(CORPUS)]
    by_story = {b.stories[0].documents: b for b in briefings}
    assert references(by_story[("a", "b", "u")], "u") == {"2024-03-06"}


class Recording:
    """An annotator (with or without a context parameter) that records what it was given."""

    description = "test annotator"
    requires: tuple[str, ...] = ()

    def __init__(self, name: str) -> None:
        self.name = name
        self.seen: list[object] = []


class OldStyle(Recording):
    def annotate(self, documents):
        self.seen.append(None)
        return documents


class WithContext(Recording):
    def annotate(self, documents, context=None):
        self.seen.append(context)
        return documents


class WithKeywords(Recording):
    def annotate(self, documents, **extra):
        self.seen.append(extra.get("context"))
        return documents


@pytest.fixture
def register(fresh_host: PluginHost):
    plugins = []

    def add(*annotators):
        class Plugin:
            @newsbrief.hookimpl
            def register_annotators(self, register):
                for annotator in annotators:
                    register(annotator)

        plugins.append(Plugin())
        fresh_host.register(plugins[-1], name=f"contract-{len(plugins)}")

    yield add
    for plugin in plugins:
        fresh_host.unregister(plugin)


def test_the_context_goes_only_to_annotators_that_take_it(register) -> None:
    old, new, keywords = OldStyle("old"), WithContext("new"), WithKeywords("keywords")
    register(old, new, keywords)
    assert [takes_context(a) for a in (old, new, keywords)] == [False, True, True]
    briefing = newsbrief.build_briefing(CORPUS, sentences=1, annotators=["old", "new", "keywords"])
    assert old.seen == [None]
    expected = AnnotationContext(stories=briefing.stories)
    assert new.seen == [expected] and keywords.seen == [expected]
    assert new.seen[0].story_of("u").documents == ("a", "b", "u")
    assert new.seen[0].story_of("nope") is None


def test_annotate_without_stories_groups_them_for_the_annotators(register) -> None:
    """The annotation step groups the documents when not given stories: no annotator has to."""
    new = WithContext("new")
    register(new)
    annotate(CORPUS, ["new"])
    assert new.seen == [AnnotationContext(stories=grouping.group_stories(CORPUS))]
    assert new.seen[0].story_of("u").documents == ("a", "b", "u")


class Counting(Recording):
    """A preparing annotator: ``prepare`` counts words, ``annotate`` writes them down."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.prepared = 0

    def prepare(self, document):
        self.prepared += 1
        return len(document.text.split())

    def annotate(self, documents):
        out = []
        for document in documents:
            words = kept_draft(self.name, document)
            self.seen.append(words)
            if words is None:
                words = self.prepare(document)
            mark = Annotation("words", 0, 0, "", self.name, {"count": words})
            out.append(attrs.evolve(document, annotations=(*document.annotations, mark)))
        return out


def test_drafts_are_made_once_per_document_and_kept_beside_the_documents(register) -> None:
    counting = Counting("counting")
    register(counting)
    assert isinstance(counting, PreparingAnnotator)
    assert not isinstance(OldStyle("x"), PreparingAnnotator)
    prepared = prepare_documents(CORPUS, ["counting"])
    assert counting.prepared == len(CORPUS)
    assert [prepared.drafts[d.id]["counting"] for d in prepared] == [
        len(d.text.split()) for d in CORPUS
    ]
    assert prepare_documents(prepared, ["counting"]) == prepared  # drafts kept, not redone
    assert counting.prepared == len(CORPUS)
    annotated = annotate(prepared, ["counting"])
    assert counting.prepared == len(CORPUS) and counting.seen == [
        len(d.text.split()) for d in CORPUS
    ]
    # The model carries no drafts: they travel beside the documents, in the side table.
    assert not any(hasattr(d, "drafts") for d in annotated)
    assert kept_draft("counting", CORPUS[0]) is None  # only while the step runs
    # Without drafts the annotator computes the same itself.
    assert annotate(CORPUS, ["counting"]) == annotated


def test_prepared_documents_pickle_with_their_drafts() -> None:
    prepared = prepare_documents(CORPUS, ["dates", "entities"])
    restored = pickle.loads(pickle.dumps(prepared))
    assert restored == prepared
    assert restored.drafts == prepared.drafts
    assert set(prepared.drafts["a"]) == {"dates", "entities"}
    assert prepared.select(["u", "a"]) == Drafted(
        [prepared[0], prepared[3]], {"a": prepared.drafts["a"], "u": prepared.drafts["u"]}
    )


def test_builtin_annotators_give_the_same_annotations_from_drafts(
    newsbrief_seed_documents, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = (*newsbrief_seed_documents, *CORPUS)
    expected = annotate(documents)
    prepared = prepare_documents(documents)
    # From drafts, the per-document work is not done again: names and quotations are not looked
    # for again, and dates only in the undated article.
    import newsbrief.annotators.dates.annotator as dates_module
    import newsbrief.annotators.entities.annotator as entities_module

    def no_chunking(*args):
        raise AssertionError("per-document work recomputed")

    searched: list[str] = []
    find_expressions = dates_module.find_expressions

    def recorded_find(text, lexicon, **options):
        searched.append(text)
        return find_expressions(text, lexicon, **options)

    import newsbrief.annotators.quotes.annotator as quotes_module

    monkeypatch.setattr(entities_module, "candidates", no_chunking)
    monkeypatch.setattr(quotes_module, "find_quotes", no_chunking)
    monkeypatch.setattr(dates_module, "find_expressions", recorded_find)
    assert annotate(prepared) == expected
    undated = [d.text for d in documents if d.metadata.published is None]
    assert searched == undated
    assert [a.annotations for a in annotate(prepared)] == [e.annotations for e in expected]


def test_a_draft_of_a_dated_article_is_complete() -> None:
    drafts = prepare_documents([CORPUS[0], CORPUS[3]], ["dates"]).drafts
    dated, undated = drafts["a"]["dates"], drafts["u"]["dates"]
    assert dated.complete and dated.annotations
    assert not undated.complete
    assert {a.attributes["reference"] for a in undated.annotations} == {None}


def test_builtin_annotators_called_directly_still_work() -> None:
    """Code written against ``annotate(documents)`` of the built-ins keeps working."""
    (annotated,) = EntityAnnotator().annotate(prepare_documents([CORPUS[0]], []))
    assert "Sabrina Singh" in {a.attributes["name"] for a in annotated.annotations}
    # Called directly, without the run's stories, the undated article takes the run's latest
    # date; through the annotation step (which groups the stories) its story's.
    dated = DateAnnotator().annotate(CORPUS)
    assert {a.attributes["reference"] for a in dated[3].annotations} == {"2024-05-20"}
    dated = annotate(CORPUS, ["dates"])
    assert {a.attributes["reference"] for a in dated[3].annotations} == {"2024-03-06"}


def test_the_documented_contract_example_works(newsbrief_plugin) -> None:
    """The context-and-drafts example of ``docs/plugins/hooks.md`` runs as documented."""
    import re
    import types
    from pathlib import Path

    page = Path(__file__).resolve().parents[2] / "docs" / "plugins" / "hooks.md"
    section = page.read_text(encoding="utf-8").split("## register_annotators(")[1].split("\n## ")[0]
    blocks = re.findall(r"```python\n(.*?)```", section, flags=re.S)
    example = next(block for block in blocks if "def prepare(" in block)
    module = types.ModuleType("hooks_md_annotator_contract")
    exec(compile(example, str(page), "exec"), module.__dict__)
    newsbrief_plugin(module, name=module.__name__)
    prepared = prepare_documents(CORPUS, ["story-share"])
    assert {type(own["story-share"]).__name__ for own in prepared.drafts.values()} == {"Counts"}
    briefing = newsbrief.build_briefing(prepared, sentences=1, annotators=["story-share"])
    share = {d.id: d.annotations_of("share")[0].attributes["share"] for d in briefing.documents}
    for story in briefing.stories:
        assert sum(share[doc_id] for doc_id in story.documents) == pytest.approx(1.0)
    assert share["c"] == 1.0


@settings(max_examples=20, deadline=None)
@given(
    prepared=st.lists(st.booleans(), min_size=len(CORPUS), max_size=len(CORPUS)),
    names=st.sets(st.sampled_from(["dates", "entities", "quotes"])),
)
def test_any_mix_of_prepared_documents_annotates_the_same(prepared, names) -> None:
    """Whichever documents were prepared, and by whichever annotators, the result is the same."""
    expected = annotate(CORPUS)
    early = prepare_documents(CORPUS, sorted(names))
    mixed = early.select(e.id for e, p in zip(early, prepared, strict=True) if p)
    documents = [e if p else d for e, d, p in zip(early, CORPUS, prepared, strict=True)]
    annotated = annotate(documents, drafts=mixed.drafts)
    assert [d.annotations for d in annotated] == [d.annotations for d in expected]
