"""A French surname cut to its initial (session 35, lane S): court reports write the accused
as a first name and an initial (``Didier M.``); where that initial is ``M.``, also the
abbreviation of Monsieur, it is the surname's after a first name, and the person speaks.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import quotations
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

DAY = dt.date(2026, 10, 6)

TRIAL = (
    "Le procès de Sébastien M., 52 ans, s'est ouvert lundi devant le tribunal de Nantes. "
    "Sébastien M. a reconnu avoir encaissé les chèques de ses voisins.\n\n"
    "« J'avais honte, je n'osais plus rien dire », a expliqué Sébastien M. à la barre.\n"
)


def test_a_first_name_and_the_initial_m_are_one_person() -> None:
    document = Document.from_text(TRIAL, id="t", metadata=Metadata(language="fr", published=DAY))
    (document,) = EntityAnnotator().annotate([document])
    people = {
        document.text[a.start : a.end]
        for a in document.annotations_of(AnnotationKind.ENTITY)
        if a.attributes.get("type") == "person"
    }
    assert "Sébastien M." in people


def test_the_person_with_a_cut_surname_speaks() -> None:
    found = {q.text: q.attributes["speaker"] for q in quotations(TRIAL, DAY, language="fr")}
    assert found["J'avais honte, je n'osais plus rien dire"] == "Sébastien M."
