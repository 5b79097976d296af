"""People, organisations and places: the chunker, the gazetteers and variant merging."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from newsbrief.annotators.base import Annotator
from newsbrief.annotators.entities import EntityAnnotator, document_entities
from newsbrief.annotators.entities.merging import word_key
from newsbrief.model import AnnotationKind, Document, Entity, Span
from newsbrief.sections.entities import collect_entities

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def seed_documents() -> list[Document]:
    return EntityAnnotator().annotate(newsbrief.load(str(SEEDS)).documents)


@pytest.fixture(scope="module")
def seed_entities(seed_documents: list[Document]) -> tuple[Entity, ...]:
    return collect_entities(seed_documents)


def entity(entities: tuple[Entity, ...], name: str) -> Entity:
    return next(e for e in entities if e.name == name)


def annotate(text: str, **fields: object) -> Document:
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t", **fields)])
    return document


def names(document: Document) -> dict[str, tuple[str, str]]:
    """Mention text -> (canonical name, type)."""
    return {
        a.text: (a.attributes["name"], a.attributes["type"])
        for a in document.annotations_of(AnnotationKind.ENTITY)
    }


def test_it_is_an_annotator_without_prerequisites() -> None:
    annotator = EntityAnnotator()
    assert isinstance(annotator, Annotator)
    assert (annotator.name, annotator.requires) == ("entities", ())


def test_zelenskyy_spellings_are_one_person_across_the_seeds(
    seed_entities: tuple[Entity, ...],
) -> None:
    zelenskyy = entity(seed_entities, "Volodymyr Zelenskyy")
    assert zelenskyy.type == "person"
    assert {"Zelensky", "Zelenskyy", "Volodymyr Zelenskyi", "Volodymyr Zelensky"} <= set(
        zelenskyy.variants
    )
    assert len({m.doc_id for m in zelenskyy.mentions}) == 5
    assert not [e for e in seed_entities if "Zelensk" in e.name and e is not zelenskyy]


def test_transliteration_endings_compare_equal() -> None:
    assert len({word_key(w) for w in ("Zelensky", "Zelenskyy", "Zelenskyi", "Zelenskiy")}) == 1
    assert word_key("Oleksiy") == word_key("Oleksii")
    assert word_key("Rutte") != word_key("Rutta")


def test_kyiv_and_kiev_are_one_place(seed_entities: tuple[Entity, ...]) -> None:
    kyiv = entity(seed_entities, "Kyiv")
    assert kyiv.type == "place"
    assert set(kyiv.variants) == {"Kiev", "Kyiv"}


def test_russia_and_russian_are_not_the_same_entity(seed_entities: tuple[Entity, ...]) -> None:
    russia = entity(seed_entities, "Russia")
    assert russia.type == "place"
    assert "Russian Federation" in russia.variants  # an alias of the country, not a demonym
    mentioned = {m.text for e in seed_entities for m in e.mentions}
    assert not {"Russian", "Ukrainian", "Polish", "Western"} & mentioned


def test_surnames_join_the_full_name(seed_entities: tuple[Entity, ...]) -> None:
    for full, surname in [
        ("Sabrina Singh", "Singh"),
        ("Mark Rutte", "Rutte"),
        ("Vladimir Putin", "Putin"),
        ("Jen Psaki", "Psaki"),
        ("Joe Biden", "Biden"),
    ]:
        assert surname in entity(seed_entities, full).variants
    assert not [e for e in seed_entities if e.name in ("Singh", "Rutte", "Putin", "Biden")]


def test_sentence_initial_capitals_are_not_names(seed_entities: tuple[Entity, ...]) -> None:
    mentioned = {m.text for e in seed_entities for m in e.mentions}
    assert not {"According", "However", "Worrisomely", "Lacking", "Later"} & mentioned


def test_role_words_are_kept_apart_from_the_name() -> None:
    document = annotate(
        "Deputy Pentagon Press Secretary Sabrina Singh spoke on Friday. Later, retired "
        "Lt. Gen. Mark Hertling and Foreign Minister Dmytro Kuleba answered Singh."
    )
    found = names(document)
    assert found["Sabrina Singh"] == ("Sabrina Singh", "person")
    assert found["Pentagon"] == ("Pentagon", "organisation")
    assert found["Mark Hertling"] == ("Mark Hertling", "person")
    assert found["Dmytro Kuleba"] == ("Dmytro Kuleba", "person")
    assert found["Singh"] == ("Sabrina Singh", "person")
    roles = {
        a.text: a.attributes.get("role") for a in document.annotations_of(AnnotationKind.ENTITY)
    }
    assert roles["Sabrina Singh"] == "Deputy Pentagon Press Secretary"
    assert roles["Mark Hertling"] == "Lt. Gen."


def test_people_get_a_gender_from_first_names_and_titles() -> None:
    document = annotate("Sabrina Singh met Mark Rutte and Mr. Umerov in Kyiv.")
    genders = {
        a.text: a.attributes.get("gender") for a in document.annotations_of(AnnotationKind.ENTITY)
    }
    assert genders == {
        "Sabrina Singh": "female",
        "Mark Rutte": "male",
        "Umerov": "male",
        "Kyiv": None,
    }


def test_organisations_by_head_word_and_acronyms_in_brackets() -> None:
    found = names(
        annotate(
            "Stanley Sloan of Middlebury College spoke to the French Institute of International "
            "Relations (IFRI) and the Ministry of Defense. IFRI later wrote to the North Atlantic "
            "Treaty Organization (NATO)."
        )
    )
    assert found["Middlebury College"] == ("Middlebury College", "organisation")
    assert found["Ministry of Defense"] == ("Ministry of Defense", "organisation")
    assert found["IFRI"] == ("French Institute of International Relations", "organisation")
    assert found["North Atlantic Treaty Organization"] == ("NATO", "organisation")
    assert found["NATO"] == ("NATO", "organisation")


def test_other_outlets_styles() -> None:
    # AP dateline, byline, British spelling and an em-dash attribution.
    found = names(
        annotate(
            "By Jane Smith\n\nKYIV, Ukraine (AP) — The Ukrainian defence ministry said Russia "
            "struck Kharkov overnight. Kremlin spokesman Dmitry Peskov —said Moscow acted alone."
        )
    )
    assert found["Jane Smith"] == ("Jane Smith", "person")
    assert found["KYIV"] == ("Kyiv", "place")
    assert found["AP"] == ("AP", "organisation")
    assert found["Kharkov"] == ("Kharkiv", "place")
    assert found["Dmitry Peskov"] == ("Dmitry Peskov", "person")
    assert "Ukrainian" not in found


def test_title_case_headings_only_name_what_the_body_names() -> None:
    text = "Critical Energy Situation As Zelensky Meets Allies\nVolodymyr Zelensky met Mark Rutte."
    heading = Span(0, text.index("\n"), "heading")
    found = names(annotate(text, headings=(heading,)))
    assert set(found) == {"Zelensky", "Volodymyr Zelensky", "Mark Rutte"}


def test_unknown_capitalised_words_are_left_out() -> None:
    found = names(annotate("The Patriot systems and Article Five were discussed by NATO."))
    assert set(found) == {"NATO"}


def test_document_entities_gives_canonical_names(seed_documents: list[Document]) -> None:
    by_id = {d.id: d for d in seed_documents}
    first = document_entities(by_id["001_787f4621f14174d6"])
    assert {"Volodymyr Zelenskyy", "Sabrina Singh", "NATO", "Kyiv"} <= first
    plain = Document.from_text("Zelenskyi thanked Volodymyr Zelenskyi's allies in Kiev.", id="p")
    assert document_entities(plain) == {"Volodymyr Zelenskyi", "Kyiv"}


def test_entities_are_ordered_by_salience(seed_entities: tuple[Entity, ...]) -> None:
    def salience(e: Entity) -> tuple[int, int, str]:
        return (-len({m.doc_id for m in e.mentions}), -len(e.mentions), e.name)

    assert list(seed_entities) == sorted(seed_entities, key=salience)
    assert seed_entities[0].name == "Ukraine"
    for e in seed_entities:
        assert list(e.variants) == sorted(set(e.variants))
        assert e.type in ("person", "organisation", "place")


def test_annotator_keeps_text_and_earlier_annotations(seed_documents: list[Document]) -> None:
    for document in seed_documents:
        for a in document.annotations_of(AnnotationKind.ENTITY):
            assert document.text[a.start : a.end] == a.text
            assert a.attributes["entity"].startswith(a.attributes["type"] + ":")
