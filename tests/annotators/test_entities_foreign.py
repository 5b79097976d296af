"""Names typed by the evidence of a document in another language (issue 16, session 18):
companies written with ``'s``, bodies in quotation marks (Russian, Ukrainian), names after a
word that introduces a body or a place, names listed with a typed one, and drafts that replay
the same evidence."""

from __future__ import annotations

from helpers.entities import found as _found
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def test_a_company_with_the_english_possessive_keeps_it_and_lends_its_type_to_a_list() -> None:
    found = _found(
        "Sainsbury’s fait main basse sur la chaîne Boots, Superdrug et Debenhams avec des rayons "
        "de beauté.",
        "fr",
    )
    assert ("Sainsbury’s", "organisation") in found
    assert ("Sainsbury", "person") not in found
    assert {("Superdrug", "organisation"), ("Debenhams", "organisation")} <= found


def test_a_quoted_body_is_an_organisation_in_russian_and_ukrainian() -> None:
    ru = _found(
        "Тренер «Лейкерс» Люк Уолтон объявил, что Джеймс сыграет против «Денвер Наггетс».", "ru"
    )
    assert ("Лейкерс", "organisation") in ru
    assert ("Денвер Наггетс", "organisation") in ru
    assert ("Люк Уолтон", "person") in ru
    uk = _found("Тренер «Лейкерс» Люк Уолтон оголосив, що Джеймс гратиме в неділю.", "uk")
    assert ("Лейкерс", "organisation") in uk


def test_a_place_after_a_preposition_but_not_a_first_name() -> None:
    found = _found(
        "Le service de police de Baton Rouge, Louisiana, a arrêté Dyteon Simpson. Sims a "
        "grandi à Baton Rouge et à San Diego. On a demandé à James Walton de venir.",
        "fr",
    )
    assert ("Baton Rouge", "place") in found
    assert ("San Diego", "place") in found
    assert ("James Walton", "place") not in found


def test_a_name_after_a_word_for_a_chain_is_an_organisation() -> None:
    found = _found(
        "Sainsbury's verkaufte sein Geschäft an Celesio, den Besitzer der Kette Lloyds Pharmacy.",
        "de",
    )
    assert ("Sainsbury's", "organisation") in found


def test_an_english_document_is_left_to_the_english_pass() -> None:
    found = _found(
        "Sainsbury's is taking on Boots, Superdrug and Debenhams, the supermarket group "
        "Sainsbury said in London.",
        "en",
    )
    assert ("Sainsbury's", "organisation") not in found  # English keeps the possessive apart
    assert ("Sainsbury", "organisation") in found


def test_drafts_replay_the_evidence_of_another_language() -> None:
    from newsbrief.annotators.base import AnnotationContext

    text = "В Sainsbury's заявили, что «Лейкерс» и «Денвер Наггетс» сыграют в Сан-Диего."
    document = Document.from_text(text, id="x", metadata=Metadata(language="uk"))
    annotator = EntityAnnotator()
    draft = annotator.prepare(document)
    assert draft.evidence is not None and draft.evidence.changed
    context = AnnotationContext(drafts={document.id: {annotator.name: draft}})
    (with_draft,) = annotator.annotate([document], context)
    (without,) = annotator.annotate([document])
    assert with_draft.annotations == without.annotations


def test_a_person_s_surname_is_no_place_by_its_neighbours() -> None:
    found = _found(
        "Министр иностранных дел Сергей Лавров сказал это. По словам Лаврова, Москва готова.",
        "ru",
    )
    assert ("Лаврова", "place") not in found
    assert ("Москва", "place") in found


def test_a_place_in_the_locative_case_but_not_a_platform() -> None:
    found = _found("Магазин открылся в Кройдоне (штат Кройдон). Об этом написали в Твиттере.", "ru")
    assert ("Кройдоне", "place") in found
    assert ("Твиттере", "place") not in found


def test_german_common_nouns_are_no_places_after_in() -> None:
    found = _found(
        "Der Verdächtige wurde in Gewahrsam genommen. Er wuchs in Croydon, London, auf.", "de"
    )
    assert ("Croydon", "place") in found
    assert not any(text == "Gewahrsam" for text, _ in found)


def test_a_team_named_with_its_town_is_one_organisation() -> None:
    found = _found(
        "James jouera dimanche contre les Nuggets de Denver, à San Diego, avec les Lakers.",
        "fr",
    )
    assert ("Nuggets de Denver", "organisation") in found
    assert ("Lakers", "organisation") in found
    assert ("San Diego", "place") in found


def test_a_plural_demonym_is_no_team() -> None:
    found = _found("Les Américains et les Britanniques ont voté avec les Lakers.", "fr")
    assert not any(
        text in ("Américains", "Britanniques") for text, kind in found if kind == "organisation"
    )


def _typed(found: set[tuple[str, str]], name: str) -> set[str]:
    return {kind for text, kind in found if text == name}


def test_a_preposition_before_a_person_makes_no_place() -> None:
    # (issue 16 review, bug 1: ``à``/``en`` introduce objects as often as places)
    fr = _found(
        "Il a parlé à Jean. Puis il a écrit à Macron et à Dupont. Il répond en Anglais. "
        "Le ministre Paul Scherzer arrive. Elle a parlé à Scherzer.",
        "fr",
    )
    for name in ("Jean", "Macron", "Dupont", "Anglais", "Scherzer", "Paul Scherzer"):
        assert "place" not in _typed(fr, name), name
    es = _found("Pienso en María. Creo en Dios. Nos vemos en Navidad.", "es")
    for name in ("María", "Dios", "Navidad"):
        assert "place" not in _typed(es, name), name
    uk = _found("У Тетяні все добре, сказала вона.", "uk")
    assert "place" not in _typed(uk, "Тетяні")


def test_german_prepositions_type_no_capitalised_nouns() -> None:
    # (bug 2: every German noun is capitalised)
    found = _found(
        "Die Anlage ist seit Mai in Betrieb. Viele sind in Not. Nach Börsenschluss stieg der "
        "Kurs, in Zusammenarbeit mit der Bank.",
        "de",
    )
    for name in ("Betrieb", "Not", "Börsenschluss", "Zusammenarbeit"):
        assert "place" not in _typed(found, name), name


def test_a_list_lends_no_place_or_club_to_people() -> None:
    # (bug 3)
    es = _found("Habló con Rajoy, Sánchez y Cataluña. Real Madrid, Barcelona y Sánchez.", "es")
    assert _typed(es, "Sánchez") <= {"person"}
    assert _typed(es, "Rajoy") <= {"person"}
    fr = _found("Paris, Lyon et Camille sont venus.", "fr")
    assert _typed(fr, "Camille") <= {"person"}
    ru = _found("Как сообщил клуб «Зенит», Робин Кристи, Мелроуз: нет.", "ru")
    assert _typed(ru, "Робин Кристи") <= {"person"}


def test_a_body_in_the_locative_case_is_no_place() -> None:
    # (bug 4: ``в``/``у`` before a company or a ministry)
    ru = _found("Об этом сказали в Газпроме, в Сбербанке и в Минобороне.", "ru")
    for name in ("Газпроме", "Сбербанке", "Минобороне"):
        assert "place" not in _typed(ru, name), name
    uk = _found("Про це заявили в Нафтогазі, в Укрзалізниці і в Кабміні.", "uk")
    for name in ("Нафтогазі", "Укрзалізниці", "Кабміні"):
        assert "place" not in _typed(uk, name), name


def test_an_honorific_is_no_role() -> None:
    # (bug 5: ``г-н``, ``M.`` tell a person, not the person's role)
    for text, language in (
        ("Г-н Иванов заявил, что всё готово.", "ru"),
        ("M. Dupont a déclaré que tout était prêt.", "fr"),
    ):
        document = Document.from_text(text, id="x", metadata=Metadata(language=language))
        (annotated,) = EntityAnnotator().annotate([document])
        (person,) = annotated.annotations_of(AnnotationKind.ENTITY)
        assert person.attributes["type"] == "person"
        assert not person.attributes.get("role"), text


def test_the_title_of_a_work_in_quotation_marks_is_no_organisation() -> None:
    # (bug 6)
    ru = _found("Роман «Анна Каренина» и фильм «Изгнание» вышли вместе с оперой «Отелло».", "ru")
    for name in ("Анна Каренина", "Изгнание"):
        assert "organisation" not in _typed(ru, name), name
    uk = _found("Вистава «Наталка Полтавка» йде в театрі.", "uk")
    assert "organisation" not in _typed(uk, "Наталка Полтавка")


def test_plural_demonyms_and_group_nouns_are_no_bodies() -> None:
    # (bug 7)
    fr = _found("Les Belges ont voté, comme les Noirs, avant les Jeux.", "fr")
    for name in ("Belges", "Noirs", "Jeux"):
        assert "organisation" not in _typed(fr, name), name
    es = _found("Llegaron los Alemanes.", "es")
    assert "organisation" not in _typed(es, "Alemanes")
