"""A body's noun after a quotation (``», indique la préfecture``, ``teilte der Verband mit``)
points back to the body of that kind named in full since the organisation named last, even
where the entity annotator found no name (``La préfecture du Haut-Rhin``), and German's
compound of that noun is such a body (``der Arbeitgeberverband Küste Nord``: ``der Verband``)
(session 38, issue #16).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

from helpers.quotes import speaker_of


def test_a_french_body_noun_is_the_body_named_in_full_since_the_last_organisation() -> None:
    text = (
        "« Les chalets resteront ouverts », confirme le président de l'Office de tourisme de "
        "Colmar, Paul Martin.\n\n"
        "La préfecture du Haut-Rhin a déployé 800 gendarmes. « Aucun risque ne sera pris », "
        "indique la préfecture dans un communiqué."
    )
    assert speaker_of(text, "fr", "Aucun risque ne sera pris") == "préfecture du Haut-Rhin"


def test_a_german_body_noun_is_the_compound_body_named_in_full_before_it() -> None:
    text = (
        "„Wir halten an dem Plan fest“, sagte die SPD-Abgeordnete Lea Brandt am Montag.\n\n"
        "Widerspruch kam vom Arbeitgeberverband Küste Nord. „Die Preise decken unsere Kosten "
        "nicht“, teilte der Verband am Abend mit."
    )
    assert speaker_of(text, "de", "Die Preise decken") == "Arbeitgeberverband Küste Nord"


def test_the_body_in_full_is_a_word_the_noun_ends() -> None:
    # ``Verbandschef Karl Meier`` is no body named ``der Verband``, nor ``Les préfectures de
    # Bretagne`` one named ``la préfecture``: the body named before stays the speaker.
    text = (
        "Der Verband Swissmem ist besorgt. Verbandschef Karl Meier warnt vor Entlassungen. "
        "„Die Lage ist ernst“, teilte der Verband mit."
    )
    assert speaker_of(text, "de", "Die Lage ist ernst") == "Swissmem"
    text = (
        "La préfecture du Finistère a fermé les plages. Les préfectures de Bretagne et de "
        "Normandie ont suivi. « Nous suivons la situation », a indiqué la préfecture."
    )
    assert speaker_of(text, "fr", "Nous suivons la situation") != "préfectures de Bretagne"
