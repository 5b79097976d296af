"""The JSON exporter written piece by piece (``write``) gives the bytes of its whole text.

``write_briefing_json`` writes one document at a time, so a large briefing's output is never
held whole; its bytes must be ``export``'s text as the command line writes it (UTF-8, lone
surrogates replaced), for any briefing, including those whose values orjson refuses (written
by the json module, piece by piece instead of as a whole).
"""

from __future__ import annotations

import io
from pathlib import Path

import attrs
from briefing_strategies import briefings
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_json_encoder import _with_awkward, awkward_text, tiny

import newsbrief
from newsbrief.exporters.base import StreamingExporter
from newsbrief.exporters.json_exporter import (
    JsonExporter,
    briefing_json,
    utf8_bytes,
    write_briefing_json,
)
from newsbrief.model import Annotation, Briefing
from newsbrief.plugins import get_host

ROOT = Path(__file__).resolve().parents[2]


class _Recording(io.BytesIO):
    """A binary stream that remembers the size of each write."""

    def __init__(self) -> None:
        super().__init__()
        self.sizes: list[int] = []

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self.sizes.append(len(data))
        return super().write(data)


def _streamed(briefing: Briefing, **options: object) -> bytes:
    out = io.BytesIO()
    JsonExporter().write(briefing, options, out)
    return out.getvalue()


@settings(max_examples=150)
@given(briefings(), st.lists(tiny | st.floats(), max_size=4), awkward_text, st.booleans())
def test_written_bytes_are_the_exported_text(
    briefing: Briefing, floats: list[float], text: str, include_text: bool
) -> None:
    briefing = _with_awkward(briefing, floats, text)
    options = {"include_text": include_text}
    expected = utf8_bytes(JsonExporter().export(briefing, options))
    assert _streamed(briefing, **options) == expected


def test_a_refused_value_in_one_document_is_written_as_the_whole_text_has_it() -> None:
    briefing = newsbrief.build_briefing(newsbrief.load(str(ROOT / "seeds")))
    odd = Annotation("x", 0, 0, "", "test", attributes={"lone": "a\ud800b", "big": 2**70})
    documents = list(briefing.documents)
    documents[1] = attrs.evolve(documents[1], annotations=(*documents[1].annotations, odd))
    briefing = attrs.evolve(briefing, documents=documents)
    whole = briefing_json(briefing)  # the json module's text, lone surrogate and all
    assert "\ud800" in whole
    assert _streamed(briefing) == utf8_bytes(whole)
    streamed = _streamed(briefing)
    assert "\ufffd" in streamed.decode("utf-8")  # valid UTF-8, the surrogate replaced


def test_documents_are_written_one_at_a_time() -> None:
    briefing = newsbrief.build_briefing(newsbrief.load(str(ROOT / "seeds")))
    out = _Recording()
    write_briefing_json(briefing, out, sections=("summary",))
    assert out.getvalue() == briefing_json(briefing, sections=("summary",)).encode()
    # A write per member of the object, and per document.
    assert len(out.sizes) >= len(briefing.documents) + 12
    assert max(out.sizes) < len(out.getvalue()) / 2


def test_only_the_json_exporter_streams() -> None:
    exporters = get_host().registry("exporter")
    assert isinstance(exporters.get("json"), StreamingExporter)
    assert not isinstance(exporters.get("markdown"), StreamingExporter)


def test_only_an_exporter_that_says_so_is_written_piece_by_piece() -> None:
    from newsbrief.exporters.base import streams
    from newsbrief.exporters.json_exporter import JsonExporter

    class Logging:
        """A third-party exporter whose ``write`` is its own business, not the protocol's."""

        name, description, extensions = "log", "a log", (".log",)

        def export(self, briefing: object, options: object) -> str:
            return "whole"

        def write(self, briefing: object, options: object, out: object) -> None:
            raise AssertionError("not a streaming write")

    assert streams(JsonExporter())
    assert not streams(Logging())


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    briefings(),
    st.lists(tiny | st.floats(), max_size=4),
    awkward_text,
    st.integers(1, 3),
    st.sampled_from([None, ("summary",), ("entities", "quotes", "timeline")]),
)
def test_arrays_written_a_few_items_at_a_time_are_the_whole_text(
    briefing: Briefing,
    floats: list[float],
    text: str,
    per_piece: int,
    sections: tuple[str, ...] | None,
) -> None:
    from newsbrief.exporters import json_exporter

    briefing = _with_awkward(briefing, floats, text)
    whole = json_exporter._reference(json_exporter.briefing_to_dict(briefing, sections=sections))
    before = json_exporter.ITEMS_PER_PIECE
    json_exporter.ITEMS_PER_PIECE = per_piece  # every array cut into pieces of 1-3 items
    try:
        out = io.BytesIO()
        write_briefing_json(briefing, out, sections=sections)
        assert out.getvalue() == utf8_bytes(whole)
        assert briefing_json(briefing, sections=sections) == whole
    finally:
        json_exporter.ITEMS_PER_PIECE = before


def test_the_views_are_written_item_by_item() -> None:
    briefing = newsbrief.build_briefing(newsbrief.load(str(ROOT / "seeds")))
    many = briefing.dates * 40  # more than one piece's worth
    briefing = attrs.evolve(briefing, dates=many, entities=briefing.entities * 20)
    out = _Recording()
    write_briefing_json(briefing, out)
    assert out.getvalue() == briefing_json(briefing).encode()
    dates = out.getvalue().split(b'"documents"')[0]
    # No write holds the dates whole: a piece is at most a few hundred items.
    assert len(many) > 256 and max(out.sizes) < len(dates) / 2
