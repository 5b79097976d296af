"""Fixtures for newsbrief plugin authors, loaded by pytest through a ``pytest11`` entry point.

Installing newsbrief makes these fixtures available in every test suite of the environment;
nothing needs importing:

* ``newsbrief_seed_documents``: the five seed articles shipped with newsbrief, parsed.
* ``newsbrief_briefing``: a briefing of those articles built with the default summarizer.
* ``newsbrief_plugin``: register a plugin object (module, class or instance) for one test; it is
  always unregistered afterwards, even when the test fails.

newsbrief itself is imported only when a fixture is used, so the plugin costs nothing to test
suites that do not use it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from newsbrief.model import Briefing, Document

#: The seed articles, shipped as package data (a byte-for-byte copy of the repository's ``seeds/``).
SEEDS_DIR = Path(__file__).resolve().parent / "data" / "seeds"


def seed_paths() -> list[Path]:
    """The seed article files, in name order."""
    return sorted(SEEDS_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def newsbrief_seed_documents() -> tuple[Document, ...]:
    """The seed articles parsed by the built-in text parser (unsegmented), in name order."""
    import newsbrief

    corpus = newsbrief.load(*(str(path) for path in seed_paths()), strict=True)
    return corpus.documents


@pytest.fixture(scope="session")
def newsbrief_briefing(newsbrief_seed_documents: tuple[Document, ...]) -> Briefing:
    """A briefing of the seed articles: default summarizer, default budget, a fixed title.

    Briefings are frozen, so one is built per test session and shared.
    """
    import newsbrief

    return newsbrief.build_briefing(newsbrief_seed_documents, title="Seed briefing")


#: What the ``newsbrief_plugin`` fixture gives a test: ``register(plugin, name=None) -> name``.
RegisterPlugin = Callable[..., str]


@pytest.fixture
def newsbrief_plugin() -> Iterator[RegisterPlugin]:
    """A function that registers a plugin object for the current test only.

    ``newsbrief_plugin(plugin, name=None)`` registers ``plugin`` with the process-wide plugin
    host and returns the name it was registered under; every plugin registered this way is
    unregistered when the test ends, pass or fail, so tests never leak components::

        def test_shout(newsbrief_plugin, newsbrief_briefing):
            newsbrief_plugin(ShoutPlugin)
            assert newsbrief.export(newsbrief_briefing, "shout").isupper()
    """
    from newsbrief.plugins import PluginHost, get_host

    registered: list[tuple[PluginHost, str]] = []

    def register(plugin: object, name: str | None = None) -> str:
        host = get_host()
        known_errors = len(host.errors)
        registered_name = host.register(plugin, name=name)
        registered.append((host, registered_name))
        # Outside strict mode the host only warns about a bad plugin (a misspelled hook name);
        # in a plugin's own tests that must fail loudly.
        for error in host.errors[known_errors:]:
            if error.plugin == registered_name:
                pytest.fail(str(error), pytrace=False)
        return registered_name

    try:
        yield register
    finally:
        for host, name in reversed(registered):
            if host.pm.get_plugin(name) is not None:
                host.unregister(name=name)
