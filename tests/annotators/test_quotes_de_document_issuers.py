"""German statements quoted by an impersonal cue pointing back to their document (``hieß es
darin``, ``Darin heißt es``): the words are the issuer's, whom the sentence before names.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_in


@pytest.mark.parametrize(
    ("text", "quoted", "issuer"),
    [
        (
            "Die Helmholtz-Gemeinschaft lobte das Projekt am Montag in einer Mitteilung. "
            "Solche Studien seien „nur mit langem Atem möglich“, hieß es darin.",
            "nur mit langem Atem möglich",
            "Helmholtz-Gemeinschaft",
        ),
        (
            "Die Stiftung Warentest veröffentlichte am Dienstag ihren Bericht über Fahrradhelme. "
            "Darin heißt es: „Drei Modelle schützen den Kopf nicht ausreichend.“",
            "Drei Modelle schützen den Kopf nicht ausreichend",
            "Stiftung Warentest",
        ),
    ],
)
def test_the_document_an_impersonal_cue_points_back_to_speaks_for_its_issuer(
    text: str, quoted: str, issuer: str
) -> None:
    found = speakers_in(text, "de")
    (words,) = [w for w in found if w.startswith(quoted)]
    assert found[words][0] == issuer


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # No document in the sentence before: ``darin`` points to something else.
        (
            "Die Landesgesellschaft lobte am Montag das Projekt der Schüler. „Solche Ideen "
            "brauchen wir im ganzen Land“, hieß es darin.",
            "Solche Ideen brauchen wir im ganzen Land",
        ),
        # The document is another's than the sentence's subject (``von``, a genitive).
        (
            "Katrin Vollmer las am Montag im Landtag die Erklärung von Jens Hartung vor. Darin "
            "heißt es: „Wir stehen zu unseren Zusagen.“",
            "Wir stehen zu unseren Zusagen",
        ),
        (
            "Die Landesregierung erhielt am Montag einen Brief der Opposition. Darin heißt es: "
            "„Die Ermittlungen dauern zu lange.“",
            "Die Ermittlungen dauern zu lange",
        ),
    ],
)
def test_the_sentence_before_speaks_only_when_it_issues_a_document(text: str, quoted: str) -> None:
    found = speakers_in(text, "de")
    (words,) = [w for w in found if w.startswith(quoted)]
    assert found[words][0] not in ("Landesgesellschaft", "Katrin Vollmer", "Landesregierung")


@pytest.mark.parametrize(
    ("text", "quoted", "issuer"),
    [
        (
            "Die Stadtwerke Kassel begrüßten die Vergabe ebenfalls. In einer Erklärung hieß es: "
            "„Öffentliche Aufträge gehören in die Region.“",
            "Öffentliche Aufträge gehören in die Region",
            "Stadtwerke Kassel",
        ),
        (
            "Das Landesamt für Umwelt teilte mit, man bedauere die Entwicklung. „Die Entscheidung "
            "liegt beim Träger“, hieß es in der schriftlichen Stellungnahme.",
            "Die Entscheidung liegt beim Träger",
            "Landesamt für Umwelt",
        ),
    ],
)
def test_a_statement_an_impersonal_cue_names_without_its_owner_is_the_sentence_befores(
    text: str, quoted: str, issuer: str
) -> None:
    # ``In einer Erklärung hieß es``, ``hieß es in der Stellungnahme``: no owner named, the
    # statement of the body the sentence before opens with, as ``darin`` points back to it.
    found = speakers_in(text, "de")
    (words,) = [w for w in found if w.startswith(quoted)]
    assert found[words][0] == issuer


_CLUBS_STATEMENT = (
    "Trainer Jonas Brenner muss den FC Lindenau nach drei Jahren verlassen. In einer "
    "Mitteilung des Vereins hieß es: „Wir danken ihm für seine Arbeit.“"
)


def test_a_statement_a_bodys_noun_owns_is_no_persons_the_sentence_before_opens_with() -> None:
    # A guard: ``In einer Mitteilung des Vereins`` is the club's statement, so the coach the
    # sentence before opens with (its subject, not its issuer) is not its speaker. The club is
    # not found yet either (see the xfail below): today no speaker and no role are given.
    found = speakers_in(_CLUBS_STATEMENT, "de")
    (words,) = [w for w in found if w.startswith("Wir danken ihm")]
    assert found[words] == (None, None)


@pytest.mark.xfail(
    strict=True,
    reason="``des Vereins`` is not resolved to the club the sentence before names; "
    "no speaker is given today",
)
def test_a_statement_a_bodys_noun_owns_is_that_bodys_named_before() -> None:
    # ``In einer Mitteilung des Vereins``: the club (``den FC Lindenau``) issued it.
    found = speakers_in(_CLUBS_STATEMENT, "de")
    (words,) = [w for w in found if w.startswith("Wir danken ihm")]
    assert found[words][0] == "FC Lindenau"
