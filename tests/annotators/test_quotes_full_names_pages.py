"""A speaker under the one fullest name a page in another language than English gives that
person (``attribution/full_names.py``): a short form in a headline or a surname stands for the
full name written anywhere on the page, a name cut at a particle or before a joined surname is
read on, a name in a case takes the nominative the page writes; an interview's answers in
dialogue form are the interviewee's. Sentences of our own."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.quotes.attribution.full_names import (
    fuller_speakers,
    nominative_in_text,
)
from newsbrief.annotators.quotes.attribution.press_words import press_words
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Speaker


def _mentions(text: str, *named: tuple[str, str, str]) -> list[Mention]:
    """A mention per ``(written, name, type)`` at the first place ``written`` stands."""
    found = []
    for written, name, kind in named:
        start = text.index(written)
        found.append(Mention(start, start + len(written), name, kind))
    return sorted(found)


def _speaker(text: str, written: str) -> Speaker:
    start = text.index(written)
    return Speaker(written, written, start, start + len(written), "dijo")


def _names(text: str, mentions: list[Mention], written: list[str], code: str) -> list[str]:
    speakers: list[Speaker | None] = [_speaker(text, w) for w in written]
    return [s.name for s in fuller_speakers(text, mentions, speakers, press_words(code)) if s]


def test_a_headline_short_form_takes_the_full_name_written_later() -> None:
    text = (
        "Lorena Ibarra Soler: «Volveremos»\n"
        "La alcaldesa Lorena Ibarra Soler habló ayer. «Volveremos», dijo Ibarra."
    )
    mentions = [
        Mention(0, len("Lorena Ibarra"), "Lorena Ibarra", "person"),
        Mention(text.index("Lorena Ibarra Soler habló"),
                text.index(" habló"), "Lorena Ibarra Soler", "person"),
    ]  # fmt: skip
    got = _names(text, mentions, ["Lorena Ibarra", "Ibarra"], "es")
    assert got == ["Lorena Ibarra Soler", "Lorena Ibarra Soler"]


def test_two_people_of_one_surname_keep_the_surname() -> None:
    text = "Ana Ruiz y Pedro Ruiz hablaron. «No», dijo Ruiz."
    mentions = _mentions(text, ("Ana Ruiz", "Ana Ruiz", "person"),
                         ("Pedro Ruiz", "Pedro Ruiz", "person"))  # fmt: skip
    assert _names(text, mentions, ["Ruiz"], "es") == ["Ruiz"]


def test_a_first_name_alone_and_a_body_name_are_not_completed() -> None:
    text = "Ana Ruiz habló con Iberdrola Renovables. «No», dijo Ana. «Sí», dijo Iberdrola."
    mentions = _mentions(
        text,
        ("Ana Ruiz", "Ana Ruiz", "person"),
        ("Iberdrola Renovables", "Iberdrola Renovables", "organisation"),
    )
    assert _names(text, mentions, ["Ana", "Iberdrola"], "es") == ["Ana", "Iberdrola"]


def test_a_name_cut_at_a_capitalised_particle_is_read_on() -> None:
    text = "Le ministre Joris Van der Berghe a répondu. « Non », a dit Joris Van."
    start = text.index("Joris Van der")
    mentions = [Mention(start, start + len("Joris Van"), "Joris Van", "person")]
    assert _names(text, mentions, ["Joris Van"], "fr") == ["Joris Van der Berghe"]


def test_a_name_ending_in_no_particle_is_not_read_on() -> None:
    text = "Le ministre Joris Dupont de Bruxelles a répondu."
    start = text.index("Joris")
    mentions = [Mention(start, start + len("Joris Dupont"), "Joris Dupont", "person")]
    assert _names(text, mentions, ["Joris Dupont"], "fr") == ["Joris Dupont"]


def test_a_joined_catalan_surname_is_read_on_in_spanish_only() -> None:
    text = "El diputado Pere Roca i Vidal lo dejó claro."
    start = text.index("Pere")
    mentions = [Mention(start, start + len("Pere Roca"), "Pere Roca", "person")]
    assert _names(text, mentions, ["Pere Roca"], "es") == ["Pere Roca i Vidal"]
    # ``Pere Roca y Vidal``: ``y`` joins two people in a list, not two surnames.
    text = "El diputado Pere Roca y Vidal lo dejaron claro."
    assert _names(text, mentions, ["Pere Roca"], "es") == ["Pere Roca"]


def test_a_genitive_name_takes_the_nominative_the_page_writes() -> None:
    text = "Фермер Тарас Бойчук: «Ні»\nЗа словами Тараса Бойчука, врожай гірший."
    at = text.index("Тараса")
    speakers: list[Speaker | None] = [
        Speaker("Тараса Бойчука", "Тараса Бойчука", at, at + 14, "За словами")
    ]
    got = nominative_in_text(text, speakers, {})
    assert got[0] is not None and got[0].name == "Тарас Бойчук"


def test_a_woman_is_not_given_a_man_s_name_of_the_same_stem() -> None:
    text = "Ян Петров прибув. «Ні», — сказала Яна Петрова."
    at = text.index("Яна")
    speakers: list[Speaker | None] = [Speaker("Яна Петрова", "Яна Петрова", at, at + 11, None)]
    got = nominative_in_text(text, speakers, {})
    assert got[0] is not None and got[0].name == "Яна Петрова"


def test_a_name_with_no_shorter_form_on_the_page_is_kept() -> None:
    text = "«Ні», — сказав Тараса Бойчука."
    at = text.index("Тараса")
    speakers: list[Speaker | None] = [Speaker("Тараса Бойчука", "x", at, at + 14, None)]
    got = nominative_in_text(text, speakers, {})
    assert got[0] is not None and got[0].name == "Тараса Бойчука"


# An interview printed in dialogue form: a dash opens each turn, no marks, no attribution.

_DAY = dt.date(2026, 3, 2)


def _interview(head: str, turns: list[str]) -> str:
    return "\n".join([head, "Беседовал Игорь Сомов", *turns, "Поделиться: Telegram"])


def test_an_interview_s_answers_are_the_interviewee_s() -> None:
    text = _interview(
        "Пасечник Степан Гринько: о меде и засухе",
        [
            "Степан Гринько держит пасеку под Тамбовом двадцать лет. Гринько знают все.",
            "— Степан Ильич, каким был этот год?",
            "— Трудным. Засуха съела половину взятка, липа отцвела за неделю.",
            "— Что дальше?",
            "— Будем кочевать с ульями ближе к реке, там травы держатся дольше.",
        ],
    )
    found = speakers_and_roles(text, _DAY, language="ru")
    assert found["Трудным. Засуха съела половину взятка, липа отцвела за неделю"][0] == (
        "Степан Гринько"
    )
    assert found["Будем кочевать с ульями ближе к реке, там травы держатся дольше"][0] == (
        "Степан Гринько"
    )
    # The questions are left alone (keys differ on whether they are quotations).
    assert not any(words.startswith("Что дальше") for words in found)


def test_dashed_lines_without_questions_are_no_interview() -> None:
    text = _interview(
        "Пасечник Степан Гринько: о меде и засухе",
        [
            "Что нужно пасечнику зимой:",
            "— сухой омшаник с ровной температурой;",
            "— запас сахарного сиропа на весну.",
        ],
    )
    assert speakers_and_roles(text, _DAY, language="ru") == {}


def test_one_question_and_answer_is_no_interview() -> None:
    text = _interview(
        "Пасечник Степан Гринько: о меде и засухе",
        ["— Каким был год?", "— Трудным, засуха съела половину взятка."],
    )
    assert speakers_and_roles(text, _DAY, language="ru") == {}


def test_english_dashed_lines_are_read_as_before() -> None:
    text = "\n".join(
        ["Beekeeper Stan Green on honey", "- How was the year?", "- Hard, the drought hit us.",
         "- What next?", "- We move the hives closer to the river."]
    )  # fmt: skip
    assert speakers_and_roles(text, _DAY) == {}


def test_french_press_verbs_in_the_present_attribute_after_the_quotation() -> None:
    text = (
        "La réforme des retraites arrive au Sénat mardi. Anne Morel, sénatrice du Gers, "
        "votera contre le texte.\n"
        "« Le compte n'y est pas », résume Paul Garnier, sénateur de la Somme.\n"
        "« Le gouvernement a déjà perdu », glisse un conseiller, sous couvert d'anonymat."
    )
    found = speakers_and_roles(text, _DAY, language="fr")
    assert found["Le compte n'y est pas"][0] == "Paul Garnier"
    assert found["Le gouvernement a déjà perdu"][0] == "un conseiller"


def test_an_interlocutor_is_the_source_described_before() -> None:
    text = (
        "Переговоры о поставках газа зашли в тупик. Источник в министерстве энергетики "
        "рассказал агентству, что стороны не сошлись в цене.\n"
        "«Никто не готов уступить первым», — сказал собеседник агентства."
    )
    found = speakers_and_roles(text, _DAY, language="ru")
    assert found["Никто не готов уступить первым"][0] == "источник в министерстве энергетики"


def test_an_interlocutor_with_no_source_before_stays_as_written() -> None:
    text = "Переговоры о поставках газа зашли в тупик.\n«Никто не уступит», — сказал собеседник."
    found = speakers_and_roles(text, _DAY, language="ru")
    assert found["Никто не уступит"][0] == "собеседник"
