"""Not speech in French, Spanish and German (issue #16): the text a banner or a placard
carries, a word after a naming noun (``le terme « ... »``, ``unter dem Motto „...“``), and a
title set after the noun of its work and a comma, read from each language's ``[quotes]`` data
(``sign_nouns``, ``text_nouns``, ``naming_nouns``, ``title_nouns``). Words said beside them
stay quotations."""

from __future__ import annotations

import pytest

from helpers.quotes import quotations


def _quoted(text: str, language: str) -> list[str]:
    return [q.text for q in quotations(text, language=language)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Les grévistes ont accroché une banderole proclamant « Nos salaires, pas vos "
            "profits ». Le maire n'est pas sorti.",
        ),
        (
            "fr",
            "Dans le cortège, une pancarte disait : « Touche pas à mon école ». La police a "
            "compté 2 000 manifestants.",
        ),
        (
            "es",
            "Los vecinos llevaban camisetas con «Sin agua no hay vida», explicó el portavoz "
            "vecinal, Luis Ortega.",
        ),
        (
            "de",
            "Die Demonstranten trugen Plakate mit der Aufschrift „Kohle raus aus dem Tal“ durch "
            "die Innenstadt.",
        ),
    ],
)
def test_the_words_a_sign_carries_are_no_quotation(language: str, text: str) -> None:
    assert _quoted(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "La maire, Sophie Marchand, a défendu le terme « sobriété » devant les députés."),
        (
            "fr",
            "Le ministre Paul Girard a repris l'expression « quoi qu'il en coûte » devant les "
            "sénateurs.",
        ),
        (
            "es",
            "La ministra Elena Ruiz defendió ayer la palabra «sostenibilidad» ante el Congreso.",
        ),
        ("de", "Der Minister sagte, er halte nichts von dem Begriff „Zeitenwende“."),
        (
            "de",
            "Verkehrsminister Jonas Kern verteidigte am Dienstag den Namen „Netz-Offensive“ im "
            "Bundestag.",
        ),
        ("de", "Die Firma vertreibt das Gerät unter dem Namen „Heizwunder“, sagte ein Sprecher."),
        # A noun of a name given (``[quotes] colon_naming_nouns``) is a naming noun too.
        ("de", "Der Minister sagte, er halte nichts von dem Beinamen „Eiserner Kanzler“."),
        ("fr", "Le ministre Paul Girard a repris le sobriquet « Monsieur Rail » au Sénat."),
        ("es", "La ministra Elena Ruiz defendió ayer el mote «Dama de Hierro» ante el Congreso."),
    ],
)
def test_a_word_after_a_naming_noun_is_a_term(language: str, text: str) -> None:
    assert _quoted(text, language) == []


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "Selon la maire, Sophie Marchand, son rapport, « Rien ne va plus », a été publié "
            "mardi.",
        ),
        (
            "es",
            "La autora, Ana Belén Sáez, explicó que su segunda novela, «Las noches del puerto», "
            "fue traducida a nueve idiomas.",
        ),
    ],
)
def test_a_title_after_its_work_and_a_comma_is_no_quotation(language: str, text: str) -> None:
    assert _quoted(text, language) == []


def test_words_said_after_a_placard_s_text_stay_a_quotation() -> None:
    text = (
        "Les soignants appellent à un rassemblement samedi devant l'hôpital. Sur les pancartes "
        "déjà prêtes : « Naître ici, c'est pas un luxe ! » « Nous irons jusqu'au ministère s'il "
        "le faut », prévient sa porte-parole, Annie Lemaire."
    )
    assert _quoted(text, "fr") == ["Nous irons jusqu'au ministère s'il le faut"]


def test_a_sign_s_text_before_a_colon_is_no_quotation() -> None:
    # ``panneaux``, a sign noun (``[quotes] sign_nouns``), opens the colon rule of written words
    # as ``pancartes`` (a ``text_nouns`` word before) does.
    text = (
        "Les riverains manifestent samedi devant la mairie. Sur les panneaux : « Non à la "
        "rocade ! » « Nous irons jusqu'au préfet s'il le faut », prévient leur porte-parole, "
        "Marc Olivier."
    )
    assert _quoted(text, "fr") == ["Nous irons jusqu'au préfet s'il le faut"]


def test_a_sentence_after_a_naming_noun_is_still_said() -> None:
    text = (
        "« Nous avons tenu », a déclaré la maire, Sophie Marchand. Elle a eu ce mot : « Je reste. »"
    )
    assert "Je reste." in _quoted(text, "fr")
