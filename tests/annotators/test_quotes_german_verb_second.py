"""German reporting constructions whose subject is not the words right before the verb of
speech: a clause opened by a preposition puts its subject after the auxiliary (``Nach der
Sitzung hat die Ministerin gesagt``, also in the subjunctive, ``Im Ausschuss habe ...``); a
clause in reported speech before ``, räumte sie ein`` is what was said, its speaker the pronoun
after the verb.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_the_subject_after_the_auxiliary_of_a_fronted_clause_speaks() -> None:
    text = (
        "Der Stadtrat stritt lange über den Haushalt.\n\n"
        "Nach der Sitzung hat die Bürgermeisterin gesagt: „Wir müssen sparen.“\n\n"
        "Im Ausschuss habe der Vorsitzende erklärt: „Das Geld reicht nicht.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir müssen sparen"][0] == "die Bürgermeisterin"
    assert found["Das Geld reicht nicht"][0] == "der Vorsitzende"


def test_reported_speech_before_an_inverted_cue_is_no_speaker() -> None:
    text = (
        "Die Verkehrsplanerin Clara Busch stellte den neuen Fahrplan vor.\n\n"
        "Das sei für die Anwohner eine bittere Botschaft, räumte sie ein. "
        "„Aber wir geben nicht auf.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Aber wir geben nicht auf"][0] == "Clara Busch"


def test_the_subject_after_the_auxiliary_when_a_comma_closes_the_opening() -> None:
    # The part before the finite verb may hold a clause of its own (``Nach der Sitzung, die
    # lange dauerte, hat ...``) or be the reported words (``Das sei falsch, habe ...``).
    text = (
        "Der Kreistag beriet über die Kliniken.\n\n"
        "Nach der Abstimmung, die knapp ausging, hat der Vorsitzende gesagt: „Wir bauen neu.“\n\n"
        "Das sei ein teurer Weg, habe die Ministerin gesagt: „Wir haben kein Geld.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir bauen neu"][0] == "der Vorsitzende"
    assert found["Wir haben kein Geld"][0] == "die Ministerin"


def test_a_particle_before_the_subject_opens_no_fronted_clause() -> None:
    # ``Auch``/``Selbst`` before the subject: an adverb after the auxiliary (``schon``) shows
    # the subject stands before it, as in ``Der Trainer hat schon gesagt``.
    text = (
        "Der Verein steckt in der Krise.\n\n"
        "Auch der Vorsitzende hat schon gesagt: „Wir brauchen einen Neuanfang.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir brauchen einen Neuanfang"][0] is not None
    assert str(found["Wir brauchen einen Neuanfang"][0]).endswith("der Vorsitzende")
