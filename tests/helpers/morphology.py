"""Tests that need pymorphy3's Ukrainian dictionary, an optional extra (``newsbrief[uk]``: the
package declares GPLv3), skip where it is not installed; Ukrainian names then follow the hand
rules (tests/languages/test_morphology_fallback.py)."""

from __future__ import annotations

import importlib.util

import pytest

#: Marks a test (or a parameter) that reads Ukrainian names with pymorphy3's dictionary.
needs_uk_dictionary = pytest.mark.skipif(
    importlib.util.find_spec("pymorphy3_dicts_uk") is None,
    reason="pymorphy3-dicts-uk is not installed (the optional newsbrief[uk] extra, GPLv3): "
    "Ukrainian names follow the hand rules",
)


def with_uk_dictionary(*values: object) -> object:
    """A test parameter that reads Ukrainian names with pymorphy3's dictionary."""
    return pytest.param(*values, marks=needs_uk_dictionary)
