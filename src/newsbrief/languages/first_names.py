"""First names and their gender: gender-guesser's detector, its data file read faster.

gender-guesser (Jörg Michael's ``nam_dict.txt``, 48,000 lines) reads its file through
``codecs`` line by line and calls two methods per line: half a second of start-up for every
process that asks about a first name. :func:`gender_detector` is gender-guesser's own
:class:`~gender_guesser.detector.Detector` (same ``get_gender``, same ``names`` table, in the same
order, so ties break the same way), its table built by one pass over the decoded file instead.
Loaded on the first question, once per process.
"""

from __future__ import annotations

import functools
from pathlib import Path

from gender_guesser.detector import Detector

__all__ = ["FastDetector", "gender_detector", "read_names"]

# gender-guesser's gender codes (first column) and what ``get_gender`` answers for them.
_GENDERS = {
    "M": "male",
    "1M": "mostly_male",
    "?M": "mostly_male",
    "F": "female",
    "1F": "mostly_female",
    "?F": "mostly_female",
    "?": "andy",
}
# Where the per-country frequency digits start on a (stripped) line.
_COUNTRIES_AT = 30


def read_names(path: Path, *, case_sensitive: bool = False) -> dict[str, dict[str, str]]:
    """gender-guesser's ``Detector.names`` for the data file at ``path``: name -> gender ->
    the country frequency digits, exactly as its ``_parse`` builds it (a ``+`` in a name stands
    for nothing, a space or a hyphen: all three spellings are entered)."""
    names: dict[str, dict[str, str]] = {}
    # ``codecs.open`` reads the file in binary and splits lines as ``str.splitlines`` does.
    for raw in path.read_bytes().decode("utf-8").splitlines():
        line = raw.strip()
        if line[0] in "#=":
            continue
        # The code and the name stand in the first columns: split those alone when a blank ends
        # them (the digits after them are long), else the whole line.
        head = line[:_COUNTRIES_AT]
        parts = head.split() if line[_COUNTRIES_AT - 1 : _COUNTRIES_AT].isspace() else []
        if len(parts) < 2:
            parts = line.split()
        code, name = parts[0], parts[1]
        gender = _GENDERS.get(code)
        if gender is None:
            raise ValueError(f"{path}: unknown gender code {code!r} in {line!r}")
        if not case_sensitive:
            name = name.lower()
        countries = line[_COUNTRIES_AT:-1]
        if "+" in name:
            for spelling in (name.replace("+", ""), name.replace("+", " "), name.replace("+", "-")):
                names.setdefault(spelling, {})[gender] = countries
        else:
            names.setdefault(name, {})[gender] = countries
    return names


class FastDetector(Detector):  # gender-guesser ships no type hints: Detector is Any
    """gender-guesser's detector with its data file read by :func:`read_names` (by
    gender-guesser's own reader when the file is not as that function knows it)."""

    def _parse(self, filename: str) -> None:
        try:
            self.names = read_names(Path(filename), case_sensitive=self.case_sensitive)
        except (ValueError, IndexError):  # another file format (a decoding error is a ValueError)
            super()._parse(filename)


@functools.cache
def gender_detector() -> FastDetector:
    """gender-guesser's case-insensitive detector (:class:`FastDetector`), read once."""
    return FastDetector(case_sensitive=False)
