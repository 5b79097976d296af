"""German separable verbs of speech (``[quotes] separable_cues`` in ``de.toml``): the verb stands
second and its particle closes the clause (``legte er nach``, ``stellte sie klar``, ``wies sie
... hin``). The verb alone says something else (``legte``, ``stellte``, ``wies``), so it is a cue
only with its particle at the clause's end.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_separable_verb_with_its_particle_before_a_colon_is_a_cue() -> None:
    text = (
        "„Das ist ein Skandal“, sagte die Abgeordnete Maria Kühn im Landtag.\n\n"
        "Ihr Fraktionschef Stefan Brandt schwieg zunächst. Am Abend legte er in einer "
        "Mitteilung nach: „Wir werden einen Untersuchungsausschuss beantragen.“\n\n"
        "„Die Preise steigen weiter“, sagte Verbandschef Markus Hahn.\n\n"
        "Die Verbraucherschützerin Lena Vogt sieht das anders. Am Montag stellte sie in "
        "Berlin klar: „Die Preise sinken seit dem Sommer.“\n\n"
        "Sportdirektorin Anja Mertens hatte sich zurückgehalten. Nach dem Spiel wies sie auf "
        "die vielen Verletzten hin: „Uns fehlen sieben Stammspieler.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir werden einen Untersuchungsausschuss beantragen"][0] == "Stefan Brandt"
    assert found["Die Preise sinken seit dem Sommer"][0] == "Lena Vogt"
    assert found["Uns fehlen sieben Stammspieler"][0] == "Anja Mertens"


def test_lassen_with_an_infinitive_of_speech_closing_its_clause_is_a_cue() -> None:
    # ``ließ er mitteilen``, ``lässt die Firma erklären``: a statement made through someone
    # else (a lawyer, a spokesman); ``ließ`` alone says nothing.
    text = (
        "Der frühere Landrat Karl Brenner äußerte sich nicht vor Gericht. Über seinen Anwalt "
        "ließ er mitteilen, er habe „nichts Unrechtes“ getan."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["nichts Unrechtes"][0] == "Karl Brenner"


def test_lassen_with_a_reflexive_pronoun_is_no_cue() -> None:
    # ``ließ sich von Experten erklären``: the subject is told, not speaking (``[quotes]
    # reflexive_pronouns``); the words quoted after it are not theirs.
    text = (
        "„Wir sind zufrieden“, sagte Trainerin Lea Brandt. Minister Karl Brenner ließ sich von "
        "den Experten erklären, die Lage sei „sehr ernst“. Landrätin Eva Roth lässt sich vom "
        "Krisenstab erklären, warum die Deiche „nicht sicher“ seien."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found.get("sehr ernst", (None,))[0] != "Karl Brenner"
    assert found.get("nicht sicher", (None,))[0] != "Eva Roth"


def test_vorwerfen_with_its_particle_before_the_infinitive_clause_is_a_cue() -> None:
    # ``warf der Stadt vor, ... „...“ zu ...``: an accusation, the quoted words the accuser's,
    # and the title before the accuser's name is their role (``warf`` alone throws something).
    text = (
        "Streit um den Busbahnhof\n"
        "SPD-Fraktionschefin Helga Lindner warf der Stadtverwaltung vor, die Kosten "
        "„systematisch“ kleinzurechnen.\n\n"
        "Auch der Steuerzahlerbund ist unzufrieden. Sein Landeschef Rainer Falk wirft dem "
        "Bürgermeister vor, den Rat »wie eine Schulklasse« zu behandeln."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["systematisch"] == ("Helga Lindner", "SPD-Fraktionschefin")
    assert found["wie eine Schulklasse"] == ("Rainer Falk", "Landeschef")


def test_an_accusation_with_no_named_accuser_leaves_the_charge_unquoted() -> None:
    # ``Die Anklage wirft ihm „...“ vor``: the quoted words name the charge; ``vorwerfen`` makes
    # quoted words speech only when its sentence names who accuses.
    text = (
        "„Ich bereue nichts“, sagte der Angeklagte Markus Brenner am ersten Verhandlungstag.\n\n"
        "Die Anklage wirft ihm „gewerbsmäßigen Betrug“ vor."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert "gewerbsmäßigen Betrug" not in found
