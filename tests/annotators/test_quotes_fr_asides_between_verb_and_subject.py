"""French sets ``de son côté``, ``pour sa part``, ``quant à lui`` between a verb of speech and
its subject or between the auxiliary and its participle (``», a pour sa part estimé le
maire``): the phrase says nothing of who speaks, and the verb's subject is read past it
(session 33, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speakers_in

_BEFORE = "Le conseil municipal de Quimper a voté le budget lundi soir.\n\n"


def test_a_subject_after_pour_sa_part_between_auxiliary_and_participle() -> None:
    text = _BEFORE + "« Ce budget sacrifie les quartiers », a pour sa part jugé Hélène Caradec."
    assert speakers_in(text, "fr")["Ce budget sacrifie les quartiers"][0] == "Hélène Caradec"


def test_a_role_after_quant_a_lui_keeps_the_name_in_apposition() -> None:
    text = _BEFORE + (
        "« Nous tenons nos engagements », a quant à lui affirmé le premier adjoint, Marc Le Duff."
    )
    assert speakers_in(text, "fr")["Nous tenons nos engagements"] == (
        "Marc Le Duff",
        "premier adjoint",
    )


def test_a_role_after_de_son_cote_after_the_verb() -> None:
    text = _BEFORE + (
        "« La dette reste maîtrisée », souligne de son côté le trésorier de la ville, Yves Morvan."
    )
    assert speakers_in(text, "fr")["La dette reste maîtrisée"] == (
        "Yves Morvan",
        "trésorier de la ville",
    )


def test_sur_place_between_the_verb_and_its_subject_is_no_part_of_the_role() -> None:
    text = _BEFORE + (
        "« Nos équipes ont travaillé toute la nuit », a expliqué sur place le chef du "
        "groupement des pompiers, le colonel Marc Vasseur."
    )
    assert speakers_in(text, "fr")["Nos équipes ont travaillé toute la nuit"] == (
        "Marc Vasseur",
        "chef du groupement des pompiers",
    )


def test_a_hyphenated_title_before_the_name_in_apposition_to_a_role() -> None:
    # ``le lieutenant-colonel``, ``le vice-amiral``: a title of two words joined by a hyphen
    # before the name, as ``le colonel``.
    text = _BEFORE + (
        "« Personne n'a été blessé », a précisé le commandant de la caserne, le "
        "lieutenant-colonel Anne Kerbrat."
    )
    assert speakers_in(text, "fr")["Personne n'a été blessé"] == (
        "Anne Kerbrat",
        "commandant de la caserne",
    )


def test_an_aside_phrase_opening_a_sentence_leaves_its_subject_to_be_read() -> None:
    # ``Sur place, le maire s'est rendu ...``: the phrase opens the sentence; its subject is
    # who speaks in the next one (``a-t-il assuré``).
    for opening in ("Sur place", "De son côté"):
        text = _BEFORE + (
            "« Les élus ont tranché », glisse un conseiller.\n"
            f"{opening}, le maire de Quimper s'est rendu au chevet des familles. « Une solution "
            "a été trouvée pour tout le monde », a-t-il assuré."
        )
        found = speakers_in(text, "fr")["Une solution a été trouvée pour tout le monde"]
        assert found[0] == "le maire de Quimper", opening


def test_an_aside_phrase_after_an_ellipsis_opens_its_sentence() -> None:
    # ``…`` ends the sentence before as ``...`` and ``.`` do: the phrase after it opens the
    # next one and stays, its subject read (session 39: asides ask foreign_forms.opens_sentence).
    for stop in ("…", "...", "."):
        text = _BEFORE + (
            "« Les élus ont tranché », glisse un conseiller. La séance a duré des heures"
            f"{stop} Sur place, le maire de Quimper s'est rendu au chevet des familles. « Une "
            "solution a été trouvée pour tout le monde », a-t-il assuré."
        )
        found = speakers_in(text, "fr")["Une solution a été trouvée pour tout le monde"]
        assert found[0] == "le maire de Quimper", stop


def test_an_aside_phrase_after_a_comma_is_still_blanked() -> None:
    # (mid-sentence, after a comma, the phrase is an aside as before)
    text = _BEFORE + (
        "« Nos équipes ont travaillé toute la nuit », a expliqué, sur place, le chef du "
        "groupement des pompiers, le colonel Marc Vasseur."
    )
    assert speakers_in(text, "fr")["Nos équipes ont travaillé toute la nuit"][0] == "Marc Vasseur"
