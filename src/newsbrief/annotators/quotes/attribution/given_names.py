"""The gender of a person named by two given names, the first of either gender (``María
Fernanda Aguirre``: ``María`` is also a man's second given name, as in ``José María``): the
second given name tells it, when the entity annotator gave the person none."""

from __future__ import annotations

from newsbrief.annotators.entities import gazetteer as gz

__all__ = ["second_given_name_gender"]

_GENDERS = ("male", "female")


def second_given_name_gender(name: str) -> str | None:
    """``male`` or ``female`` as the second word of ``name`` (three words or more) tells, when
    its first word is a given name of either gender; ``None`` otherwise."""
    words = name.split()
    if len(words) < 3 or gz.first_name_gender(words[0]) != "unknown":
        return None
    gender = gz.first_name_gender(words[1])
    return gender if gender in _GENDERS else None
