"""A verb of saying joined by a conjunction to a sentence about signs (review of session 32):
``unveiled the new signs and said "..."``, ``a inauguré les panneaux et a dit « ... »`` -- the
sentence's subject says the words; no sign carries them. A sign's own verb after a relative
or a participle (``banners and signs reading "..."``, ``pancartas que decían «...»``) still
gives the sign's text."""

from __future__ import annotations

import pytest

from helpers.quotes import quotations


def _speakers(text: str, language: str) -> dict[str, str | None]:
    return {
        q.text.rstrip("."): q.attributes["speaker"] for q in quotations(text, language=language)
    }


@pytest.mark.parametrize(
    ("language", "text", "said", "speaker"),
    [
        (
            "en",
            'Mayor Ruth Adler inspected the repaired road signs and said "The work is finished '
            'ahead of schedule."',
            "The work is finished ahead of schedule",
            "Ruth Adler",
        ),
        (
            "fr",
            "Le maire Paul Martin a inauguré les panneaux solaires et a dit « C'est une fierté "
            "pour la commune ».",
            "C'est une fierté pour la commune",
            "Paul Martin",
        ),
        (
            "es",
            "La alcaldesa Marta Gil retira los carteles electorales y dice «No toleraremos más "
            "pintadas».",
            "No toleraremos más pintadas",
            "Marta Gil",
        ),
    ],
)
def test_a_verb_joined_to_the_sentence_is_said(
    language: str, text: str, said: str, speaker: str
) -> None:
    assert _speakers(text, language).get(said) == speaker


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", 'Protesters carried banners and signs reading "No to the mine."'),
        ("es", "Los vecinos colgaron pancartas y carteles que decían «No al cierre»."),
    ],
)
def test_a_sign_s_own_verb_still_gives_its_text(language: str, text: str) -> None:
    assert _speakers(text, language) == {}
