"""The tables made from the town list once per language or script
(``annotators/entities/towns.py``, ``_locked_cache``): threads that ask at once share one
table, made once, and a reload of the language data makes them again from the changed words."""

from __future__ import annotations

import threading
from pathlib import Path

from newsbrief.annotators.entities import towns
from newsbrief.languages import reload


def test_threads_asking_at_once_share_one_table_made_once() -> None:
    made: list[str] = []
    started = threading.Barrier(8)

    @towns._locked_cache
    def table(code: str) -> dict[str, str]:
        """A table that takes a moment to make."""
        made.append(code)
        threading.Event().wait(0.05)
        return {code: code}

    found: list[dict[str, str]] = []

    def ask() -> None:
        started.wait()
        found.append(table("de"))

    threads = [threading.Thread(target=ask) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert made == ["de"]
    assert len(found) == 8 and all(each is found[0] for each in found)
    table.cache_clear()
    assert table("de") == {"de": "de"} and made == ["de", "de"]


def test_a_reload_makes_the_tables_again_from_the_changed_data(language_dir: Path) -> None:
    # French lists no qualifiers after a town's name: no short forms, until a file adds some.
    assert towns._short_forms("fr") == {}
    assert towns._titled_forms("fr") == {}
    (language_dir / "fr.toml").write_text(
        '[entities]\ntown_qualifiers = "am an im"\ntown_titles = "hansestadt"\n',
        encoding="utf-8",
    )
    reload()
    assert towns._short_forms("fr")["Ludwigshafen"][0] == "Ludwigshafen am Rhein"
    assert towns._titled_forms("fr")
