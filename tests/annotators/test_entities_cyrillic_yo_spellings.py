"""A Russian name spelt with ``е`` for ``ё`` (session 29, lane R2): one letter for a name's
spellings, the canonical name keeping the ``ё``, the text never respelt."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _named(text: str, language: str) -> dict[str, tuple[str, str]]:
    """Mention text -> (canonical name, type) of every entity mention of ``text``."""
    document = Document.from_text(text, id="y", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: (str(a.attributes["name"]), str(a.attributes["type"]))
        for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def test_a_name_spelt_with_e_for_yo_is_one_person_named_with_the_yo() -> None:
    ru = _named(
        "Хирург Фёдор Селезнёв провёл операцию. Вечером Федор Селезнев рассказал о ней "
        "студентам, и Селезневу аплодировали.",
        "ru",
    )
    assert ru["Фёдор Селезнёв"] == ("Фёдор Селезнёв", "person")
    assert ru["Федор Селезнев"] == ("Фёдор Селезнёв", "person")
    assert ru["Селезневу"] == ("Фёдор Селезнёв", "person")
    # (the text itself is never respelt)
    later = _named("Федор Селезнев выступил первым, а Фёдор Селезнёв вторым.", "ru")
    assert set(later) == {"Федор Селезнев", "Фёдор Селезнёв"}
    assert {name for name, _ in later.values()} == {"Фёдор Селезнёв"}
