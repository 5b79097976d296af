"""Russian and Ukrainian names and roles in the nominative (languages/morphology.py, pymorphy3's
dictionaries): a person's entity is named in the nominative and holds its case forms, a
quotation's speaker and role are given in the nominative, and a name after ``за словами`` /
``по словам`` is a person's; mentions stay as written. English runs never load the analyser.

The sentences are written for these tests; none is copied from a news page."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from helpers.morphology import needs_uk_dictionary
from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

_UK = (
    "Рим, 3 березня. Міністр оборони Італії Маттео Россі у вівторок провів переговори з "
    "прем'єр-міністром Канади Джастіном Трюдо. «Ми домовилися про спільні навчання "
    "флоту», – сказав Россі.\n"
    "За словами Трюдо, Італія отримає нові фрегати. «Канада виконає всі свої зобов'язання "
    "перед партнерами», – заявив Трюдо."
)
_RU = (
    "Париж, 4 марта. Глава МИД Германии Анналена Бербок в среду встретилась с "
    "министром иностранных дел Франции Катрин Колонной. «Мы обсудили поставки зерна», — "
    "сказала Бербок.\n"
    "По словам Колонны, Франция поддержит новый пакет помощи. «Наша позиция не изменилась "
    "ни на день», — заявила Колонна."
)


def _entities(text: str, language: str) -> list[tuple[str, str, str]]:
    """``(written, name, type)`` of every entity mention, each checked to be the text at its
    offsets."""
    document = Document.from_text(text, id="m", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    found = list(annotated.annotations_of(AnnotationKind.ENTITY))
    assert all(a.text == text[a.start : a.end] for a in found)
    return [(a.text, str(a.attributes["name"]), str(a.attributes["type"])) for a in found]


@needs_uk_dictionary
def test_a_person_named_in_the_instrumental_is_named_in_the_nominative() -> None:
    found = _entities(_UK, "uk")
    trudeau = {(written, kind) for written, name, kind in found if name == "Джастін Трюдо"}
    # Every form written is a mention of the one person, as written.
    assert trudeau == {("Джастіном Трюдо", "person"), ("Трюдо", "person")}
    assert not any(name.startswith("Джастіном") for _, name, _ in found)


def test_an_oblique_name_after_according_to_is_a_person_not_a_place_listed_beside() -> None:
    found = _entities(_RU, "ru")
    assert ("Колонны", "Катрин Колонна", "person") in found
    assert not any(written == "Колонны" and kind == "place" for written, _, kind in found)


@needs_uk_dictionary
def test_a_name_after_from_the_words_of_is_a_person_and_merges_with_the_full_name() -> None:
    found = _entities(
        "Львів, 6 грудня. Делегація міста зустрілася з послом Канади Ларрі Брауном. Зустріч "
        "тривала дві години.\nЗі слів Брауна, Канада профінансує ремонт мосту.",
        "uk",
    )
    assert ("Брауна", "Ларрі Браун", "person") in found
    assert ("Ларрі Брауном", "Ларрі Браун", "person") in found


@needs_uk_dictionary
def test_a_quotations_speaker_and_role_are_in_the_nominative() -> None:
    quotes = speakers_and_roles(_UK, dt.date(2026, 3, 3), language="uk")
    assert quotes["Канада виконає всі свої зобов'язання перед партнерами"] == (
        "Джастін Трюдо",
        "прем'єр-міністр Канади",
    )


def test_a_russian_quotations_speaker_and_role_are_in_the_nominative() -> None:
    quotes = speakers_and_roles(_RU, dt.date(2026, 3, 4), language="ru")
    assert quotes["Наша позиция не изменилась ни на день"] == (
        "Катрин Колонна",
        "министр иностранных дел Франции",
    )


def test_an_english_run_never_imports_the_analyser() -> None:
    script = (
        "import sys\n"
        "from newsbrief.annotators.entities.annotator import EntityAnnotator\n"
        "from newsbrief.annotators.quotes.annotator import QuoteAnnotator\n"
        "from newsbrief.model import Document, Metadata\n"
        "text = 'Ann Lee met Tom Hart in Leeds. \"We agreed on the plan,\" Hart said.'\n"
        "doc = Document.from_text(text, id='e', metadata=Metadata(language='en'))\n"
        "QuoteAnnotator().annotate(EntityAnnotator().annotate([doc]))\n"
        "print(sorted(m for m in sys.modules if m.startswith('pymorphy3')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
