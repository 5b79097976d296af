"""The guard checks each attribute map once per annotator call, and still every map.

Annotators share equal attribute maps (``model.frozen.frozen_map``), so ``check_annotated``
remembers each map's JSON verdict by its id: a map shared by many annotations is walked once,
and a bad map is refused wherever it is, shared or not, first or last.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.guard import ContractViolation, check_annotated
from newsbrief.model import Annotation, Document

_TEXT = "Talks resume in Geneva on Monday."
_GOOD = {"n": 1, "tags": ["a", "b"]}
_BAD = {"when": dt.date(2024, 1, 1)}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["good", "good-copy", "bad", "bad-copy"]), min_size=1))
def test_a_bad_map_is_refused_wherever_it_is(kinds: list[str]) -> None:
    shared_good, shared_bad = dict(_GOOD), dict(_BAD)
    maps = {
        "good": shared_good,
        "good-copy": dict(_GOOD),
        "bad": shared_bad,
        "bad-copy": dict(_BAD),
    }
    before = (Document.from_text(_TEXT, id="a"), Document.from_text(_TEXT, id="b"))
    # The annotations spread over both documents, each map object possibly on several.
    marked = [Annotation("x", 0, 5, _TEXT[:5], attributes=maps[kind]) for kind in kinds]
    after = (
        attrs.evolve(before[0], annotations=tuple(marked[0::2])),
        attrs.evolve(before[1], annotations=tuple(marked[1::2])),
    )
    if any(kind.startswith("bad") for kind in kinds):
        with pytest.raises(ContractViolation, match="not JSON"):
            check_annotated(before, after)
    else:
        check_annotated(before, after)


def test_a_shared_map_is_walked_once(monkeypatch) -> None:
    from newsbrief import guard

    walked: list[int] = []
    real = guard._json_problem

    def counting(value, depth=0):
        if depth == 0:
            walked.append(id(value))
        return real(value, depth)

    monkeypatch.setattr(guard, "_json_problem", counting)
    shared = {"n": 1}
    document = Document.from_text(_TEXT, id="a")
    marks = tuple(Annotation("x", i, i + 1, _TEXT[i], attributes=shared) for i in range(5))
    check_annotated((document,), (attrs.evolve(document, annotations=marks),))
    assert len({id(mark.attributes) for mark in marks}) == 1  # one map shared (frozen_map)
    assert walked == [id(marks[0].attributes)]
