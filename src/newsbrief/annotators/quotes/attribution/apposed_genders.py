"""The gender of a person the entity annotator gave none (a given name it does not know, as
Galician ``Xosé``), told by the article of the role set off before the name: ``El conselleiro de
Sanidade, Xosé Manuel Pardo Outeiral,`` is a man, ``La portavoz del comité, Antía Castiñeiras
Vilar,`` a woman. Only in a language whose articles tell (``[quotes] masculine_articles``,
``feminine_articles``), and only where a comma closes the name too: an apposition is set off
on both sides, a time opening the sentence is not (``Le lendemain, Camille Durand a
démissionné`` tells nothing of Camille)."""

from __future__ import annotations

import re

from newsbrief.languages import language

__all__ = ["apposed_role_gender"]

#: An article opening a sentence or a clause, a role in lower case, and the comma before the
#: name (at the end of the text searched).
_APPOSED = re.compile(
    r"(?:^|(?<=[.;:!?\n])|(?<=,))[ \u00a0]*(?P<article>[^\W\d_]+)[ \u00a0]+"
    r"(?P<role>[^\W\d_][^,.;:!?\n§«»“”\"]{0,60}?),[ \u00a0]*$"
)
#: The comma closing an apposed name (``, Antía Castiñeiras Vilar, dijo``).
_CLOSED = re.compile(r"[ \u00a0]*,")
#: How far before a name its role is read (characters).
_REACH = 80


def apposed_role_gender(masked: str, start: int, end: int, code: str) -> str | None:
    """``male`` or ``female`` when the name at ``start:end`` follows an article, a role opening
    in lower case and a comma (``La portavoz del comité, ``) and a comma follows it;
    ``None`` otherwise."""
    if _CLOSED.match(masked, end) is None:
        return None
    match = _APPOSED.search(masked, max(0, start - _REACH), start)
    if match is None or not match.group("role")[:1].islower():
        return None
    article = match.group("article").lower()
    words = language(code).words
    if article in words("quotes", "feminine_articles"):
        return "female"
    if article in words("quotes", "masculine_articles"):
        return "male"
    return None
