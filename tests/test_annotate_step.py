"""The annotation step: dependency order, guards, and views built from any annotator's output."""

from __future__ import annotations

import attrs
import pytest

import newsbrief
from newsbrief.annotate import annotate, annotation_order
from newsbrief.errors import NewsbriefError, PluginError
from newsbrief.model import Annotation, AnnotationKind, Document
from newsbrief.plugins import PluginHost


class Recorder:
    """An annotator that marks the first word of every document and logs when it ran."""

    description = "test annotator"

    def __init__(self, name: str, requires: tuple[str, ...] = (), log: list[str] | None = None):
        self.name = name
        self.requires = requires
        self.log = log if log is not None else []

    def annotate(self, documents):
        self.log.append(self.name)
        out = []
        for document in documents:
            end = len(document.text.split(" ", 1)[0])
            mark = Annotation(self.name, 0, end, document.text[:end], annotator=self.name)
            out.append(attrs.evolve(document, annotations=(*document.annotations, mark)))
        return out


def plugin_with(*annotators):
    class Plugin:
        @newsbrief.hookimpl
        def register_annotators(self, register):
            for annotator in annotators:
                register(annotator)

    return Plugin()


@pytest.fixture
def register(fresh_host: PluginHost):
    registered = []

    def add(*annotators):
        plugin = plugin_with(*annotators)
        fresh_host.register(plugin, name=f"test-annotators-{len(registered)}")
        registered.append(plugin)

    yield add
    for plugin in registered:
        fresh_host.unregister(plugin)


def test_required_annotators_run_first(register) -> None:
    log: list[str] = []
    register(Recorder("a-last", ("z-first",), log), Recorder("z-first", (), log))
    assert annotation_order(["a-last"]) == ["z-first", "a-last"]
    documents = annotate([Document.from_text("Hello world", id="d")], ["a-last"])
    assert log == ["z-first", "a-last"]
    assert [a.kind for a in documents[0].annotations] == ["a-last", "z-first"]


def test_a_requirement_cycle_is_an_error(register) -> None:
    register(Recorder("x", ("y",)), Recorder("y", ("x",)))
    with pytest.raises(PluginError, match="cycle"):
        annotation_order(["x"])


def test_an_annotator_must_not_change_the_documents(register) -> None:
    class Dropper(Recorder):
        def annotate(self, documents):
            return list(documents)[1:]

    class Reorderer(Recorder):
        def annotate(self, documents):
            return list(reversed(documents))

    register(Dropper("dropper"), Reorderer("reorderer"))
    documents = [Document.from_text("Hello world", id="d"), Document.from_text("Bye", id="e")]
    for name in ("dropper", "reorderer"):
        with pytest.raises(NewsbriefError, match=name):
            annotate(documents, [name])


def test_a_plugins_date_annotations_feed_the_briefing(register) -> None:
    class OnlyDates(Recorder):
        def annotate(self, documents):
            out = []
            for document in documents:
                start = document.text.index("March 2")
                mark = Annotation(
                    AnnotationKind.DATE,
                    start,
                    start + 7,
                    "March 2",
                    annotator=self.name,
                    attributes={"value": "2022-03-02", "granularity": "day", "status": "past"},
                )
                out.append(attrs.evolve(document, annotations=(*document.annotations, mark)))
            return out

    register(OnlyDates("plugin-dates"))
    text = "Troops crossed the border on March 2. Officials confirmed the crossing later."
    briefing = newsbrief.build_briefing(
        [Document.from_text(text, id="d")], annotators=["plugin-dates"], sentences=1
    )
    assert [(d.value, d.expression) for d in briefing.dates] == [("2022-03-02", "March 2")]
    assert briefing.settings["annotators"] == ["plugin-dates"]


def test_no_annotators_means_no_views(register) -> None:
    register(Recorder("unused"))
    briefing = newsbrief.build_briefing(
        [Document.from_text("Hello world. Bye now.", id="d")], annotators=[], sentences=1
    )
    assert briefing.dates == () and briefing.quotes == () and briefing.entities == ()
    assert all(not d.annotations for d in briefing.documents)
