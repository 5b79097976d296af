"""The guard checks each attribute map once per annotator call, and still every map.

Annotators share equal attribute maps (``model.frozen.frozen_map``), so ``check_annotated``
remembers each map's JSON verdict by its id: a map shared by many annotations is walked once,
and a bad map is refused wherever it is, shared or not, first or last.
"""

from __future__ import annotations

import datetime as dt
import types

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


class _Kind(str):
    """A kind that is a ``str`` subclass (a plugin's own enumeration)."""


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.sampled_from(["good", "moved", "no-kind", "kind-subclass", "not-annotation"]),
        min_size=1,
        max_size=8,
    )
)
def test_annotations_after_good_ones_of_the_same_map_are_still_checked(kinds: list[str]) -> None:
    """The usual annotation's checks take a short way; a faulty one is refused whatever came
    before it (the same attribute map already judged JSON), and a good one of an unusual
    form (a kind that is a ``str`` subclass) is accepted as before."""
    shared = {"n": 1}
    before = (Document.from_text(_TEXT, id="a"),)
    made: list[object] = []
    for kind in kinds:
        if kind == "good":
            made.append(Annotation("x", 0, 5, _TEXT[:5], attributes=shared))
        elif kind == "moved":  # not verbatim: its text is another span's
            made.append(Annotation("x", 1, 6, _TEXT[:5], attributes=shared))
        elif kind == "no-kind":
            made.append(Annotation("", 0, 5, _TEXT[:5], attributes=shared))
        elif kind == "kind-subclass":
            made.append(Annotation(_Kind("x"), 0, 5, _TEXT[:5], attributes=shared))
        else:
            # Looks like one (the document sorts it), is not one.
            made.append(
                types.SimpleNamespace(
                    kind="x", start=0, end=5, annotator="a", text=_TEXT[:5], attributes=shared
                )
            )
    after = (attrs.evolve(before[0], annotations=tuple(made)),)
    if any(kind in ("moved", "no-kind", "not-annotation") for kind in kinds):
        with pytest.raises(ContractViolation):
            check_annotated(before, after)
    else:
        check_annotated(before, after)
