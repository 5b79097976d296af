"""Where a German speaker is from, written after their name (``Forscherin X vom Institut Y in
Z``, ``X von der TU Dresden``), is no speaker: neither the body nor the place, nor a person
the body is named after, nor more of the speaker's name.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_chain_of_prepositional_phrases_before_the_verb_is_where_the_subject_is_from() -> None:
    text = (
        "Die Zahl der Infektionen steigt wieder.\n\n"
        "Virologin Petra Lang vom Robert-Koch-Institut in Berlin mahnt: „Wir sehen den "
        "Anstieg in allen Altersgruppen.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir sehen den Anstieg in allen Altersgruppen"][0] == "Petra Lang"


def test_a_person_a_body_is_named_after_is_not_its_member() -> None:
    text = (
        "Die Studie erschien am Mittwoch.\n\n"
        "Der Biologe Tom Berger von der Universität Konrad Adenauer in Bonn betonte die "
        "Feldarbeit: „Ohne unsere Helfer gäbe es diese Daten nicht.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Ohne unsere Helfer gäbe es diese Daten nicht"][0] == "Tom Berger"


def test_a_particle_after_a_surname_opens_the_body_the_speaker_is_from() -> None:
    text = (
        "Die Brücke bleibt gesperrt.\n\n"
        "„Der Beton ist an vielen Stellen gerissen“, sagt Statikerin Jana Kühn von der TU "
        "Dresden."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Der Beton ist an vielen Stellen gerissen"][0] == "Jana Kühn"


def test_a_particle_after_given_names_stays_in_the_name() -> None:
    text = (
        "Die Kommission legte ihren Plan vor.\n\n"
        "„Wir handeln jetzt“, sagte Ursula von der Leyen in Brüssel."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir handeln jetzt"][0] == "Ursula von der Leyen"


def test_the_outlet_spoken_to_after_the_name_is_no_part_of_it() -> None:
    text = (
        "Der Hafen meldet weniger Umschlag.\n\n"
        "„Wir verlieren jeden Monat Kunden“, sagte Reederin Ida Brenner der Deutschen "
        "Presse-Agentur. Die Lage sei ernst."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Wir verlieren jeden Monat Kunden"][0] == "Ida Brenner"


def test_a_particle_after_a_title_of_nobility_stays_in_the_name() -> None:
    # ``Graf``, ``Freiherr``: a rank between the given name and the particle is part of the
    # name (``Otto Graf von Lambsdorff``), not a surname the particle's affiliation follows.
    text = (
        "Die Debatte um das Gesetz hält an.\n\n"
        "„Die Freiheit der Presse ist nicht verhandelbar“, sagte Otto Graf von Lambsdorff. "
        "„Wir müssen zuerst reden“, sagte Karl Freiherr von Stein in Bonn."
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Die Freiheit der Presse ist nicht verhandelbar"][0] == "Otto Graf von Lambsdorff"
    assert found["Wir müssen zuerst reden"][0] == "Karl Freiherr von Stein"


def test_a_fronted_prepositional_phrase_is_no_speaker() -> None:
    # The sentences open with what they are about (``Über den Vorschlag der Ministerin für
    # Bildung X``); the subject follows the verb. Where that subject is not read as a person,
    # no speaker is better than the phrase the preposition opens.
    text = (
        "Die Schulen sollen digitaler werden.\n\n"
        "Über den Vorschlag der Ministerin für Bildung Anna Roth sagte Lehrer Jan Holt: „Das "
        "kam überraschend.“\n\n"
        "Mit dem Präsidenten der Kammer für Handwerk Max Berg sprach Reporter Tim Lenz: „Das "
        "Gespräch war offen.“"
    )
    found = speakers_and_roles(text, DAY, language="de")
    assert found["Das kam überraschend"][0] in {None, "Jan Holt"}
    assert found["Das Gespräch war offen"][0] in {None, "Tim Lenz"}
