"""A French definite description opening a sentence, a pronoun's cue after it (``La
romancière, présente dans la salle, ... « ... », confie-t-elle``): when the article states no one
in that role, the description is the one person the sentence right before names (``le roman de
Jeanne Vial``), unless the article gives that person another role.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_the_description_is_the_person_named_just_before() -> None:
    text = (
        "La pièce a été jouée mardi soir à Lyon.\n"
        "Le spectacle s'inspire du roman de Claire Dumas, paru en 2018. La romancière, "
        "présente dans la salle, était émue. « J'ai écrit ce livre seule », confie-t-elle.\n"
    )
    assert speaker_of(text, "fr", "J'ai écrit") == "Claire Dumas"


def test_also_when_named_at_the_end_of_the_paragraph_before() -> None:
    text = (
        "Le film sort mercredi.\n"
        "Pour le rôle principal, la réalisatrice a choisi Karim Benali.\n"
        "Le comédien, lui, garde un souvenir épuisant du tournage. « On a tourné six semaines "
        "en montagne », raconte-t-il.\n"
    )
    assert speaker_of(text, "fr", "On a tourné") == "Karim Benali"


def test_not_a_person_the_article_gives_another_role() -> None:
    text = (
        "Le film sort mercredi.\n"
        "Le maire, Paul Roy, a inauguré la salle de cinéma.\n"
        "Le comédien, lui, garde un souvenir épuisant du tournage. « On a tourné six semaines "
        "en montagne », raconte-t-il.\n"
    )
    assert speaker_of(text, "fr", "On a tourné") != "Paul Roy"
