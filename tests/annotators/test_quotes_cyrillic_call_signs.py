"""A soldier named by a call sign in quotation marks (``с позывным «Кедр»``, ``з позивним
«Вишня»``) is a person, not a body a Russian or Ukrainian text quotes (issue 16): the call sign
speaks the quotation its cue names (``— рассказывает «Кедр»``), the marks after the cue are
no quotation of their own, the name keeps the form it is called by (no case to put back), and
the role before the call sign's noun is the speaker's (``Командир взвода``).

The reports are written for these tests in the manner of front-line reporting; none is copied
from a key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

KEDR = (
    "Под Покровском продолжаются бои\n\n"
    "Командир взвода с позывным «Кедр» встречает нас у блиндажа. Ему 41 год, до войны он "
    "работал механиком.\n\n"
    "«Они идут мелкими группами, по двое-трое. Днем почти не двигаются», — рассказывает "
    "«Кедр».\n"
)
VYSHNIA = (
    "Під Куп'янськом тривають бої\n\n"
    "Санінструкторка з позивним «Вишня» показує аптечку. Вона служить у батальйоні другий "
    "рік.\n\n"
    "«Найважче — вивезти пораненого вдень. Тому ми їздимо тільки вночі», — розповідає "
    "«Вишня».\n"
)


def test_a_call_sign_speaks_the_quotation_its_cue_names() -> None:
    found = speakers_and_roles(KEDR, dt.date(2026, 12, 1), language="ru")
    assert list(found.values()) == [("Кедр", "Командир взвода")]
    found = speakers_and_roles(VYSHNIA, dt.date(2026, 12, 1), language="uk")
    assert list(found.values()) == [("Вишня", None)]


def test_a_call_sign_is_a_person_named_as_it_is_called() -> None:
    # ``Вишня`` is no case of ``Вишень``; every mention is the one person's.
    document = Document.from_text(VYSHNIA, id="v", metadata=Metadata(language="uk"))
    (annotated,) = EntityAnnotator().annotate([document])
    called = [
        (a.text, a.attributes["type"], a.attributes["name"])
        for a in annotated.annotations_of(AnnotationKind.ENTITY)
        if a.text == "Вишня"
    ]
    assert called == [("Вишня", "person", "Вишня")] * 2
