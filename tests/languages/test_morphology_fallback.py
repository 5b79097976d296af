"""Without pymorphy3's Ukrainian dictionary (the optional ``newsbrief[uk]`` extra: the package
declares GPLv3), or with a dictionary that cannot be read, Ukrainian names follow the hand rules
as before the morphology layer: no error, no warning for the extra not installed, one line
under ``-v``; Russian keeps its dictionary. The absence is simulated by making the import fail.
The sentences are written for these tests."""

from __future__ import annotations

import datetime as dt
import sys
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.cli import cli
from newsbrief.languages import morphology, reload
from newsbrief.model import AnnotationKind, Document, Metadata

_UK = (
    "Київ, 5 грудня. Голова правління банку Юрій Ігнат у четвер зустрівся з міністром "
    "фінансів Франції Емманюелем Макроном. «Ми підпишемо угоду до кінця року», – сказав "
    "Ігнат.\nЗа словами Юрія Ігната, «кредит буде надано під низький відсоток»."
)


@pytest.fixture
def fresh() -> Iterator[None]:
    """The analysers loaded again after the test (and before it, for what it changes)."""
    reload()
    yield
    reload()


@pytest.fixture
def without_uk(fresh: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """pymorphy3-dicts-uk not installed: its import fails."""
    monkeypatch.setitem(sys.modules, "pymorphy3_dicts_uk", None)


def _names(text: str) -> dict[str, str]:
    document = Document.from_text(text, id="f", metadata=Metadata(language="uk"))
    (annotated,) = EntityAnnotator().annotate([document])
    found = annotated.annotations_of(AnnotationKind.ENTITY)
    return {a.text: str(a.attributes["name"]) for a in found if a.attributes["type"] == "person"}


def test_without_the_uk_dictionary_ukrainian_names_follow_the_hand_rules(without_uk: None) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # (no warning: the extra is optional)
        assert morphology.analyzer("uk") is None
        assert morphology.nominative_name("Емманюелем Макроном", "uk") is None
        assert morphology.nominative_role("міністром фінансів", "uk") is None
        assert not morphology.is_name("Макрона", "uk")
        names = _names(_UK)
        quotes = speakers_and_roles(_UK, dt.date(2026, 12, 5), language="uk")
    # The name as written, as before the layer; the hand rules' genitive endings still apply.
    assert names["Емманюелем Макроном"] == "Емманюелем Макроном"
    assert names["Юрія Ігната"] == "Юрій Ігнат"
    assert quotes["кредит буде надано під низький відсоток"][0] == "Юрій Ігнат"
    # Russian keeps its dictionary (a dependency).
    assert morphology.nominative_name("Сергеем Лавровым", "ru") == "Сергей Лавров"
    assert morphology.missing() == {"uk": "pymorphy3-dicts-uk (the newsbrief[uk] extra)"}


def test_verbose_says_once_which_names_follow_the_hand_rules(
    without_uk: None, tmp_path: Path
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Новий міст\n\n" + _UK + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["build", str(article), "-f", "json", "-v"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if "pymorphy3" in line]
    assert lines == [
        "newsbrief: uk names and roles in the nominative by the hand rules only: "
        "pymorphy3-dicts-uk (the newsbrief[uk] extra) not installed"
    ]
    quiet = CliRunner().invoke(cli, ["build", str(article), "-f", "json"])
    assert "pymorphy3" not in quiet.stderr


def test_a_dictionary_that_cannot_be_read_warns_once_and_falls_back(
    fresh: None, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "meta.json").write_text("{", encoding="utf-8")
    monkeypatch.setattr(morphology, "_dictionary", lambda code: str(tmp_path))
    with pytest.warns(RuntimeWarning, match="could not be loaded"):
        assert morphology.nominative_name("Сергеем Лавровым", "ru") is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert morphology.analyzer("ru") is None
        assert morphology.nominative_role("министром", "ru") is None


def test_threads_asking_together_share_one_analyser(fresh: None) -> None:
    found: list[object] = []
    threads = [
        threading.Thread(target=lambda: found.append(morphology.analyzer("ru"))) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert found[0] is not None
    assert all(analyser is found[0] for analyser in found)
