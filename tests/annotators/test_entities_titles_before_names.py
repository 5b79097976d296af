"""A title before a name is not part of it and does not hide it: a role noun before
initials (``Quarterback J.D. Harmon``), a party's label (``Democrat Ana Ruiz``), and the
honorifics of Nigerian, East African and Malaysian usage (``Alhaji``, ``Mama``, ``Datuk``)."""

from __future__ import annotations

from helpers.entities import names


def test_a_role_noun_opening_the_sentence_before_initials_is_a_title() -> None:
    found = names("Goalkeeper T.J. Brannock Jr. saved two penalties on Saturday.")
    assert found == {"T.J. Brannock Jr.": ("T.J. Brannock Jr.", "person")}


def test_a_role_noun_before_initials_mid_sentence_is_a_title() -> None:
    found = names("The club thanked coach and Striker R.K. Olumide for the season.")
    assert found.get("R.K. Olumide") == ("R.K. Olumide", "person")


def test_a_party_label_before_an_unknown_name_makes_a_person() -> None:
    found = names("The seat went to Democrat Ifeoma Castellane-Ruiz after a recount.")
    assert found == {"Ifeoma Castellane-Ruiz": ("Ifeoma Castellane-Ruiz", "person")}


def test_a_party_body_keeps_its_label() -> None:
    found = names("The Republican National Committee met in Denver.")
    assert found["Republican National Committee"][1] == "organisation"


def test_honorifics_of_other_traditions_are_titles() -> None:
    found = names(
        "The minister of works, Alhaji Sani Bello-Danjuma, visited the site. "
        "Mama Wanjiru Achieng, who sells vegetables there, said trade had stopped."
    )
    assert found["Sani Bello-Danjuma"][1] == "person"
    assert found["Wanjiru Achieng"][1] == "person"


def test_a_party_label_before_role_words_leaves_the_name_alone() -> None:
    found = names("Democrat Senators Tobias Wrenfield and Ana Ruiz voted against the bill.")
    assert found.get("Tobias Wrenfield") == ("Tobias Wrenfield", "person")


def test_a_brigadier_s_rank_is_a_title_as_a_colonel_s_is() -> None:
    found = names(
        "An army spokesman , Brigadier Tobore Ekwueme , said the camp was retaken . "
        "Brigadier Kalvin Odera led the second column ."
    )
    assert found.get("Tobore Ekwueme") == ("Tobore Ekwueme", "person"), found
    assert found.get("Kalvin Odera") == ("Kalvin Odera", "person"), found


def test_a_role_noun_opening_the_sentence_after_a_dateline_is_a_title() -> None:
    # (session 40) The sentence opens after its dateline or a label in capitals: the noun
    # there before a first name and a surname is a title, as at a sentence's start.
    found = names("PORTLAND (AP) — Shortstop Mateo Varga-Lund hit two home runs on Friday.")
    assert found.get("Mateo Varga-Lund") == ("Mateo Varga-Lund", "person")
    found = names("CAMP NOTES: Lefty Tomas Hedberg threw 30 pitches without a walk.")
    assert found == {"Tomas Hedberg": ("Tomas Hedberg", "person")}
