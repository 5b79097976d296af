"""The gender of a person named by two given names, the first of either gender (``María
Fernanda Aguirre``: ``María`` is also a man's second given name, as in ``José María``): a
woman's second given name tells it, when the entity annotator gave the person none.

A man's given name second tells nothing: it is as often a surname (``María Martín López``,
``Dominique Thomas Girard``) or the second half of a woman's double name (``María José
Aguirre``); a woman's given name is seldom either."""

from __future__ import annotations

from newsbrief.annotators.entities import gazetteer as gz

__all__ = ["second_given_name_gender"]


def second_given_name_gender(name: str) -> str | None:
    """``female`` when the second word of ``name`` (three words or more) is a woman's given
    name and its first word a given name of either gender; ``None`` otherwise."""
    words = name.split()
    if len(words) < 3 or gz.first_name_gender(words[0]) != "unknown":
        return None
    return "female" if gz.first_name_gender(words[1]) == "female" else None
