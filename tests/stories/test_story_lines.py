"""``--per-story`` JSON Lines are written by orjson where it writes the json module's text: the
same bytes as ``json.dumps(..., sort_keys=True, separators=(",", ":"))`` for any briefing data."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.exporters.json_exporter import briefing_to_dict, plain
from newsbrief.pipeline import stories as story_tasks
from newsbrief.pipeline.settings import Settings
from newsbrief.stories.grouping import group_stories

ROOT = Path(__file__).resolve().parents[2]


def _reference(data: Any) -> str:
    """The text the lines had always: the json module's."""
    return (
        json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
        + "\n"
    )


# Floats the encoders write differently (tiny ones, exponents), text orjson refuses (lone
# surrogates) or escapes (control characters, quotes), integers past 64 bits.
_floats = st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(
    [1e-5, 1e-6, -3.5e-7, 1e-10, 1e-11, 1e16, 1.5e300, 0.1, -0.0, 123456789.125]
)
_text = st.text(
    st.characters(min_codepoint=0, max_codepoint=0x10FFFF, exclude_categories=()), max_size=8
) | st.sampled_from(["\ud800", "a\udfffb", '"\\/\x00\x1f\x7f\u2028é中😀'])
_scalars = st.none() | st.booleans() | st.integers(-(2**70), 2**70) | _floats | _text
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(_text | st.integers(-5, 5), inner, max_size=4)
        | st.tuples(inner, inner)
    ),
    max_leaves=20,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(_text, _values, max_size=5))
def test_lines_are_the_json_modules_text_for_any_plain_data(value: dict[Any, Any]) -> None:
    data = plain(value)  # what a briefing's data is made of: every float through one function
    assert story_tasks.briefing_line(data) == _reference(data)


def test_tiny_floats_are_written_as_python_writes_them() -> None:
    data = plain({"a": [1e-5, 2.5e-7, 1e-4, 0.5], "b": {"c": -1e-6}})
    line = story_tasks.briefing_line(data)
    assert line == _reference(data)
    assert "1e-05" in line and "2.5e-07" in line and "-1e-06" in line
    assert all(math.isfinite(x) for x in json.loads(line)["a"])


def test_story_lines_are_the_json_modules_text() -> None:
    documents = newsbrief.load(str(ROOT / "seeds")).documents
    found = group_stories(documents)
    lines = story_tasks.brief_stories_jsonl(found, Settings(), documents)
    briefings = story_tasks.brief_stories(found, Settings(), documents)
    assert len(lines) == len(found) >= 3
    assert lines == [_reference(briefing_to_dict(briefing)) for briefing in briefings]
