"""A griffe extension for the API reference: Sphinx roles in docstrings become code spans.

newsbrief's docstrings cross-reference with Sphinx roles (:class:`~newsbrief.model.Document`),
which ``help()`` shows well but Markdown would print literally. The ``~`` form keeps only the last
name, as Sphinx does.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:func|class|meth|mod|attr|data|exc|obj|const):`(~?)([^`]+)`")


def _code(found: re.Match[str]) -> str:
    target = found.group(2)
    return f"`{target.rsplit('.', 1)[-1] if found.group(1) else target}`"


class SphinxRoles(griffe.Extension):
    """Rewrites every loaded object's docstring."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Replace the roles of ``obj``'s docstring with code spans."""
        if obj.docstring is not None:
            obj.docstring.value = _ROLE.sub(_code, obj.docstring.value)
