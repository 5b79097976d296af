"""What the colon rule and ``according to`` after a quotation must not take: a person after the
verb of the clause a colon closes is its object or the one addressed, not the speaker (``Die
Polizei befragte X:``, ``Журналисты спросили Сергея Карпина:``), while a person after their
title still speaks (``Umweltsenatorin X:``); and a German relative pronoun that is also an
article opens a relative clause only after its comma (``nannte die Reform „...“, laut dpa``
leaves the quotation to the one who named it), nor one right after the cue (``señaló que``);
and a cue later in the sentence never finds its speaker inside words quoted in another clause
(``..., die „Nieder mit Bremen“ riefen``).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 3, 4)


def test_a_person_after_the_verb_before_a_colon_is_no_speaker() -> None:
    de = speakers_and_roles(
        "Die Stadt Bremen plant einen neuen Hafen.\n\n"
        "„Wir brauchen mehr Platz“, sagte Bürgermeister Jan Peters.\n\n"
        "Die Polizei befragte Anna Schmidt: „Wo waren Sie am Abend?“\n\n"
        "Umweltsenatorin Eva Lang: „Das prüfen wir.“",
        DAY,
        language="de",
    )
    assert de["Wo waren Sie am Abend?"][0] != "Anna Schmidt"
    assert de["Das prüfen wir"][0] == "Eva Lang"
    fr = speakers_and_roles(
        "La ville de Nantes prépare un nouveau stade.\n\n"
        "« Nous avons besoin de place », a dit le maire Jean Dupont.\n\n"
        "Les journalistes interrogent Marie Lefèvre : « Allez-vous démissionner ? »",
        DAY,
        language="fr",
    )
    assert fr["Allez-vous démissionner ?"][0] != "Marie Lefèvre"


def test_a_declined_name_before_a_colon_is_an_object() -> None:
    ru = speakers_and_roles(
        "В Казани строят новый стадион.\n\n"
        "«Нам нужно больше места», сказал мэр Иван Петров.\n\n"
        "Министр похвалил Сергея Карпина: «Он молодец.»\n\n"
        "Министр спорта Олег Иванов поздравил команду: «Это победа.»",
        DAY,
        language="ru",
    )
    assert ru["Он молодец"][0] != "Сергей Карпин"
    assert ru["Это победа"][0] == "Олег Иванов"


def test_an_article_is_no_relative_pronoun_before_according_to() -> None:
    found = speakers_and_roles(
        "Die Stadt Bremen plant einen neuen Hafen.\n\n"
        "„Wir brauchen mehr Platz“, sagte Bürgermeister Jan Peters.\n\n"
        "Kanzler Olaf Scholz nannte die Reform „überfällig“, laut Deutscher Presse-Agentur.",
        DAY,
        language="de",
    )
    assert found["überfällig"][0] == "Olaf Scholz"


def test_a_subject_with_words_after_it_before_a_colon_speaks() -> None:
    found = speakers_and_roles(
        "La ville de Nantes prépare un nouveau stade.\n\n"
        "« Nous avons besoin de place », a dit le maire Jean Dupont.\n\n"
        "La militante Claire Morin, opposée au projet, était venue le dire aux élus : "
        "« Ce stade coûtera trop cher. »",
        DAY,
        language="fr",
    )
    assert found["Ce stade coûtera trop cher"][0] == "Claire Morin"
    it = speakers_and_roles(
        "La città di Torino prepara un nuovo stadio.\n\n"
        "«Abbiamo bisogno di spazio», ha detto il sindaco Mario Rossi.\n\n"
        "Il capitano azzurro Luca Bianchi ha risposto dopo la partita: «Siamo stanchi.»",
        DAY,
        language="it",
    )
    assert it["Siamo stanchi"][0] == "Luca Bianchi"


def test_a_conjunction_after_the_cue_is_no_relative_pronoun() -> None:
    found = speakers_and_roles(
        "La ciudad de Valencia prepara un nuevo puerto.\n\n"
        "«Necesitamos más espacio», dijo el alcalde Juan Pérez.\n\n"
        "La ministra Ana Ruiz afirmó que las obras van a «cambiar la ciudad», según Efe.",
        DAY,
        language="es",
    )
    assert found["cambiar la ciudad"][0] == "Ana Ruiz"


def test_a_later_cue_of_words_quoted_in_another_clause_names_no_speaker_in_them() -> None:
    found = speakers_and_roles(
        "Die Stadt Bremen feiert.\n\n"
        "Hunderte Fans sangen „Wir sind die Meister“, während ihnen Gegner gegenüberstanden, "
        "die „Nieder mit Bremen“ riefen.",
        DAY,
        language="de",
    )
    assert found["Wir sind die Meister"][0] != "Bremen"
