"""An attribution set inside the quotation marks (``« A, a soufflé le défenseur. B »``) naming
its speaker by a description: the participle that is a cue only after a quotation is read with
its auxiliary there too, and the description points back to the person named before it, as it
does after the marks. The sentences are written for these tests."""

from __future__ import annotations

from helpers.quotes import speaker_of

LEAD = "À la dernière minute, Paul Moreau a repris le ballon de la tête.\n"


def test_a_participle_cue_with_its_auxiliary_inside_the_marks() -> None:
    text = LEAD + (
        "« On y a cru jusqu'au bout, a soufflé le défenseur lyonnais. Ce point vaut cher. »"
    )
    assert speaker_of(text, "fr", "On y a cru") == "Paul Moreau"


def test_a_description_inside_the_marks_points_back_to_the_person() -> None:
    text = LEAD + (
        "« Nous avons manqué de lucidité, a reconnu l'attaquant après la rencontre. "
        "Il faudra faire mieux samedi. »"
    )
    assert speaker_of(text, "fr", "Nous avons manqué") == "Paul Moreau"


def test_an_inner_cue_still_names_a_person_written_there() -> None:
    text = LEAD + (
        "« Le résultat est juste, a soufflé Claire Dumas, son entraîneuse. On progresse. »"
    )
    assert speaker_of(text, "fr", "Le résultat est juste") == "Claire Dumas"
