"""Griffe extensions for the API reference: ``#:`` comments become attribute docstrings
(:class:`CommentDocstrings`), and Sphinx roles in docstrings become code spans.

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


class CommentDocstrings(griffe.Extension):
    """Attributes documented by ``#:`` comments get those comments as their docstring.

    newsbrief documents model fields, protocol attributes and module constants the Sphinx
    autodoc way, with ``#:`` comment lines right above them (attrs' own advice); griffe reads
    only string docstrings, so without this the reference would show no model field at all.
    """

    def on_attribute_instance(self, *, attr: griffe.Attribute, **kwargs: Any) -> None:
        """Give ``attr`` the ``#:`` comment block above its first line, if it has no docstring."""
        if attr.docstring is not None or not attr.lineno or attr.filepath is None:
            return
        try:
            lines = attr.lines_collection[attr.filepath]
        except KeyError:
            return
        comment: list[str] = []
        index = attr.lineno - 2  # the line above the attribute, 0-based
        while index >= 0 and lines[index].lstrip().startswith("#:"):
            comment.insert(0, lines[index].lstrip()[2:].removeprefix(" "))
            index -= 1
        if comment:
            attr.docstring = griffe.Docstring("\n".join(comment), parent=attr)
