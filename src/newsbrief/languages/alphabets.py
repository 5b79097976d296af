"""Regex character classes of the capital and small letters of the alphabets newsbrief's
European languages are written in, for patterns that must tell a capital from a small letter
(Python's :mod:`re` has no ``\\p{Lu}``). One definition, so every rule that asks "does a name
start here?" reads the same letters."""

from __future__ import annotations

__all__ = ["CAPITALS", "CYRILLIC_CAPITALS", "LATIN_CAPITALS", "LATIN_SMALL"]

#: Latin capitals: ASCII's and Latin-1's (``À`` to ``Þ``, less ``×``).
LATIN_CAPITALS = "A-ZÀ-ÖØ-Þ"
#: Latin small letters: ASCII's and Latin-1's (``ß`` to ``ÿ``, less ``÷``).
LATIN_SMALL = "a-zß-öø-ÿ"
#: Cyrillic capitals of Russian and Ukrainian (``А`` to ``Я``, ``Ё``, ``І``, ``Ї``, ``Є``,
#: ``Ґ``).
CYRILLIC_CAPITALS = "А-ЯЁІЇЄҐ"
#: Latin and Cyrillic capitals.
CAPITALS = LATIN_CAPITALS + CYRILLIC_CAPITALS
