"""``Annotation.trusted``: the built-in annotators' unchecked constructor makes what the checked
one makes; the annotation keeps no weak-reference slot."""

from __future__ import annotations

import pickle

import pytest

from newsbrief.model import Annotation
from newsbrief.model.frozen import FrozenMap, frozen_map


def test_trusted_equals_the_checked_constructor() -> None:
    attributes = frozen_map({"value": "2024-10-03", "granularity": "day"})
    checked = Annotation(
        kind="date", start=3, end=7, text="July", annotator="dates", attributes=attributes
    )
    trusted = Annotation.trusted("date", 3, 7, "July", "dates", attributes)
    assert trusted == checked
    assert hash(trusted) == hash(checked)
    assert repr(trusted) == repr(checked)
    assert pickle.loads(pickle.dumps(trusted)) == checked
    assert isinstance(trusted.attributes, FrozenMap)


def test_trusted_is_frozen() -> None:
    trusted = Annotation.trusted("date", 0, 1, "x", "dates", FrozenMap())
    with pytest.raises(AttributeError):
        trusted.start = 1  # type: ignore[misc]


def test_public_construction_still_checks() -> None:
    with pytest.raises(ValueError):
        Annotation(kind="date", start=0, end=3, text="x")
    with pytest.raises(ValueError):
        Annotation(kind="date", start=-1, end=0, text="x")


def test_no_weak_reference_slot() -> None:
    # A run holds millions of annotations: no slot nothing uses.
    assert "__weakref__" not in Annotation.__slots__
    assert not hasattr(Annotation.trusted("date", 0, 1, "x", "dates", FrozenMap()), "__weakref__")
