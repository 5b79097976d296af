"""A language's page furniture: the words scraped news pages print around an article.

The ``[page]`` section of a language's data file (``Advertisement``, ``Read more``, ``Photo:``,
``Anzeige``, ``Lire aussi``, ``Читайте также``...). No library has these words (CLDR has none),
so every list is kept by hand; calendar words of an update stamp come from the language's
calendar (CLDR), never from here. Two stages read them: the plain-text parser's noise filter
(:mod:`newsbrief.parsers.plaintext.noise`) and the entity annotator's furniture filter
(:mod:`newsbrief.annotators.entities.furniture`, the document language's words).

The noise filter reads a page's lines before its language is known, so it applies every
language's words, but only those that cannot be an ordinary line or word of another language:
phrases of two words or more (``lesen sie auch``), a one-word comment header with a count
(``12 Kommentare``), a caption word before its colon (``Foto:``), agencies as whole words. A
one-word advert, button, related label, share suffix or comment header (Danish ``del``, Italian
``stampa``, Spanish ``relacionado``) is an ordinary word elsewhere: it applies in its own
language only. A caption word that names something else (German ``Bild``, a newspaper) belongs
in ``credit_markers`` only, where an agency must follow (``Bild: dpa``).

Words are lower-case. In ``buttons`` and ``related`` a phrase may hold a slot: ``{word}`` stands
for one word, ``{words}`` for a few words without a full stop (``subscribe to {words}``); a
``{words}`` slot glued to the word before it needs no blank there (``click here{words}`` holds
``Click here,``). Blanks between a phrase's words match any run of spaces, tabs and no-break
spaces (``Read\u00a0more:``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

__all__ = ["PageWords", "page_words"]


@attrs.frozen
class PageWords:
    """One language's page-furniture words (the ``[page]`` section of its data file)."""

    #: Whole lines labelling an advert (``advertisement``, ``anzeige``, ``реклама``); never a
    #: name either.
    adverts: frozenset[str] = frozenset()
    #: Whole lines that are buttons or navigation: watch, share, subscribe, follow, print
    #: (``share this``, ``subscribe to {words}``, ``teilen``).
    buttons: frozenset[str] = frozenset()
    #: Labels over related-article links (``read more``, ``lesen sie auch``, ``more on {words}``).
    related: frozenset[str] = frozenset()
    #: Sharing buttons a scrape glues to the end of a paragraph (``... he said. Share``), matched
    #: with a capital first letter.
    share_suffixes: frozenset[str] = frozenset()
    #: Words opening a caption or credit before a colon (``photo``, ``фото``, ``bild``).
    caption_words: frozenset[str] = frozenset()
    #: Words between a caption word and its colon (``credit``: ``Photo credit:``).
    caption_labels: frozenset[str] = frozenset()
    #: Words after a caption word before the photographer (``by``: ``Photo by Jane Roe``).
    caption_by: frozenset[str] = frozenset()
    #: Caption words that mark a credit anywhere in a line before a colon (``..., photo: AFP``).
    credit_labels: frozenset[str] = frozenset()
    #: Words before an agency that ends a line's credit (``photo: Reuters``, ``credit: AFP``).
    credit_markers: frozenset[str] = frozenset()
    #: The word before an agency a photographer's credit goes through (``Libkos via Getty``).
    credit_via: frozenset[str] = frozenset()
    #: Photo and news agencies a caption's credit ends with (``getty images``, ``dpa``).
    agencies: frozenset[str] = frozenset()
    #: Words ending a credit after an agency (``AP Photo``): the entity annotator keeps the
    #: agency alone; an agency ending in one may be followed by its photographer.
    credit_words: frozenset[str] = frozenset()
    #: Nouns of a figure and the words after them that open its caption (``map of``).
    figure_words: frozenset[str] = frozenset()
    figure_links: frozenset[str] = frozenset()
    #: Headers over reader comments, with or without a count (``comments``, ``12 comments``).
    comment_headers: frozenset[str] = frozenset()
    #: Whole lines inviting comments (``leave a reply``).
    comment_invitations: frozenset[str] = frozenset()
    #: Phrases that as a whole candidate are no name (``copyright``, ``file photo``); the
    #: :attr:`adverts` and :attr:`related` labels are none either, so they are not repeated here.
    furniture_words: frozenset[str] = frozenset()
    #: Time-zone abbreviations of an update stamp after a clock time (``cst``, ``mez``).
    time_zones: frozenset[str] = frozenset()
    #: Words of section labels: a short line in capitals of only these and stop words
    #: (``UK POLITICS``, ``POLITIK``) is no entity. A label of several words (``última hora``,
    #: ``à la une``: an array entry with blanks) counts only as a whole.
    section_labels: frozenset[str] = frozenset()


def page_words(section: Mapping[str, Any], words: Callable[[Any], frozenset[str]]) -> PageWords:
    """The :class:`PageWords` of a data file's ``[page]`` section; ``words`` reads one word
    list (a TOML array, or one string of blank-separated words)."""
    return PageWords(
        **{field.name: words(section.get(field.name)) for field in attrs.fields(PageWords)}
    )
