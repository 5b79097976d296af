"""Russian and Ukrainian names read by their cases (session 29, lane R2): a body's generic
noun in a case form before a genitive names a body in the nominative, and two people's names
in a row split where their cases disagree."""

from __future__ import annotations

from helpers.entities import found as _found
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _named(text: str, language: str) -> dict[str, tuple[str, str]]:
    """Mention text -> (canonical name, type) of every entity mention of ``text``."""
    document = Document.from_text(text, id="c", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: (str(a.attributes["name"]), str(a.attributes["type"]))
        for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_body_noun_in_a_case_form_before_a_genitive_names_a_body_in_the_nominative() -> None:
    ru = _named(
        "Поправки внесли в Совете Федерации в среду, а копию направили Совету Безопасности.",
        "ru",
    )
    assert ru["Совете Федерации"] == ("Совет Федерации", "organisation")
    assert ru["Совету Безопасности"] == ("Совет Безопасности", "organisation")
    uk = _named("Звернення розглянули в Раді Безпеки минулого тижня.", "uk")
    assert uk["Раді Безпеки"] == ("Рада Безпеки", "organisation")


def test_a_surname_in_the_nominative_before_a_name_in_the_dative_is_another_person() -> None:
    uk = _found("Після зустрічі Зеленський Емманюелю Макрону передав листа.", "uk")
    assert ("Зеленський", "person") in uk
    assert not any(" " in text and "Зеленський" in text for text, _ in uk)
