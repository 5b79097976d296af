"""A French definite description opening a sentence, a pronoun's cue after it (``L'écrivaine,
venue à la première, ... « ... », confie-t-elle``): when the article states no one in that role,
the description is the one person the sentence right before names (``le récit de Claire
Dumas``), unless the article gives that person another role.

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_the_description_is_the_person_named_just_before() -> None:
    text = (
        "La pièce a été jouée mardi soir à Lyon.\n"
        "La mise en scène adapte le récit de Claire Dumas, publié en 2016. L'écrivaine, "
        "venue à la première, était émue. « J'ai mis dix ans à finir ce récit », confie-t-elle.\n"
    )
    assert speaker_of(text, "fr", "J'ai mis dix ans") == "Claire Dumas"


def test_also_when_named_at_the_end_of_the_paragraph_before() -> None:
    text = (
        "Le film sort mercredi.\n"
        "Pour incarner le guide, la cinéaste a retenu Julien Ferrand.\n"
        "Le comédien, de son côté, se souvient d'un tournage harassant. « Nous avons filmé un "
        "mois sous la neige », raconte-t-il.\n"
    )
    assert speaker_of(text, "fr", "Nous avons filmé") == "Julien Ferrand"


def test_not_a_person_the_article_gives_another_role() -> None:
    text = (
        "Le film sort mercredi.\n"
        "Le maire, Paul Roy, a inauguré la salle de cinéma.\n"
        "Le comédien, de son côté, se souvient d'un tournage harassant. « Nous avons filmé un "
        "mois sous la neige », raconte-t-il.\n"
    )
    assert speaker_of(text, "fr", "Nous avons filmé") != "Paul Roy"
