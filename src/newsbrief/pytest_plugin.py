"""Fixtures for newsbrief plugin authors, loaded by pytest through a ``pytest11`` entry point.

Installing newsbrief makes these fixtures available in every test suite of the environment;
nothing needs importing:

* ``newsbrief_seed_documents``: the five seed articles shipped with newsbrief, parsed.
* ``newsbrief_briefing``: a briefing of those articles built with the default summarizer.
* ``newsbrief_plugin``: register a plugin object (module, class or instance) for one test; it is
  always unregistered afterwards, even when the test fails. A plugin already installed (its
  entry point loaded the same module) is used as it is and left installed, so a plugin's tests
  pass the same before and after ``pip install``.

The session fixtures use the built-in parser and annotators only, so they are the same whichever
test first asks for them and whatever plugins that test registered.

newsbrief itself is imported only when a fixture is used, so the plugin costs nothing to test
suites that do not use it.
"""

from __future__ import annotations

import re
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
    from newsbrief.pipeline import load

    paths = (str(path) for path in seed_paths())
    # Named, so that a test's parser plugin claiming .txt cannot change the session's seeds.
    return load(*paths, parser="text", strict=True).documents


@pytest.fixture(scope="session")
def newsbrief_briefing(newsbrief_seed_documents: tuple[Document, ...]) -> Briefing:
    """A briefing of the seed articles: default summarizer, default budget, a fixed title.

    Briefings are frozen, so one is built per test session and shared.
    """
    from newsbrief.pipeline import build_briefing
    from newsbrief.plugins import DEFAULT_PLUGINS, get_host

    builtin = [
        entry.name
        for entry in get_host().registry("annotator").entries()
        if entry.plugin in DEFAULT_PLUGINS
    ]
    return build_briefing(newsbrief_seed_documents, title="Seed briefing", annotators=builtin)


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
    from newsbrief.errors import PluginError
    from newsbrief.plugins import PluginHost, get_host

    registered: list[tuple[PluginHost, str]] = []

    def register(plugin: object, name: str | None = None) -> str:
        host = get_host()
        host.load()
        if host.pm.is_registered(plugin):
            # Installed already (the tutorial's step 4, then its tests): it stays as it was.
            return host.pm.get_name(plugin) or ""
        try:
            registered_name = host.register(plugin, name=name)
        except PluginError as error:
            pytest.fail(str(error), pytrace=False)
        registered.append((host, registered_name))
        # Outside strict mode the host only warns about a bad plugin (a misspelled hook name,
        # an incomplete component, a name another plugin has); in its own tests that must fail
        # loudly.
        mentioned = re.compile(rf"\bplugin {re.escape(registered_name)}\b")
        for problem in host.collect_errors():
            if problem.plugin == registered_name or mentioned.search(problem.message):
                pytest.fail(str(problem), pytrace=False)
        return registered_name

    try:
        yield register
    finally:
        for host, name in reversed(registered):
            if host.pm.get_plugin(name) is not None:
                host.unregister(name=name)
