"""A quotation closing its line, then its cue on the next line after a dash (``«...»`` then
``— розповідає вона.``): the cue is the quotation's, not the last speaker's (session 29,
reviewer RR). A line the dash opens with words of its own is a new quotation. The sentences
are written for these tests."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_of_quotes

PUBLISHED = dt.date(2026, 11, 2)


def _of(found: dict[str, str | None], opening: str) -> str | None:
    (speaker,) = [s for q, s in found.items() if q.startswith(opening)]
    return speaker


def test_a_ukrainian_cue_on_the_line_after_a_quotation_names_its_speaker() -> None:
    found = speakers_of_quotes(
        "Меру міста Олегу Бондарю довелося пояснюватися. "
        "«Ми робимо все можливе для волонтерів», — сказав Бондар.\n"
        "Волонтерка Ірина Мельник возить допомогу на фронт.\n"
        "«Ми їздимо щотижня, іноді двічі на тиждень, бо потреби величезні»\n"
        "— розповідає вона.",
        PUBLISHED,
        "uk",
    )
    assert _of(found, "Ми їздимо") == "Ірина Мельник"


def test_a_russian_cue_on_the_line_after_a_quotation_and_its_comma() -> None:
    found = speakers_of_quotes(
        "Мэру города Олегу Бондареву пришлось оправдываться. "
        "«Мы делаем все возможное для волонтеров», — сказал Бондарев.\n"
        "Волонтер Ирина Мельникова возит помощь на фронт.\n"
        "«Мы ездим каждую неделю, иногда дважды, потому что нужды огромные»,\n"
        "— рассказывает она.",
        PUBLISHED,
        "ru",
    )
    assert _of(found, "Мы ездим") == "Ирина Мельникова"


def test_a_spanish_cue_after_a_line_opening_dash() -> None:
    found = speakers_of_quotes(
        "La voluntaria Irene Molina lleva ayuda al frente.\n"
        "«Vamos cada semana, a veces dos veces, porque las necesidades son enormes»\n"
        "—cuenta ella.",
        PUBLISHED,
        "es",
    )
    assert _of(found, "Vamos cada semana") == "Irene Molina"


def test_a_dash_line_of_words_of_its_own_is_a_new_quotation() -> None:
    found = speakers_of_quotes(
        "Волонтер Ирина Мельникова возит помощь на фронт. "
        "«Мы ездим каждую неделю, иногда дважды», — говорит она.\n"
        "— Вы не боитесь ехать ночью на фронт? — спросил ее журналист Олег Бондарев.",
        PUBLISHED,
        "ru",
    )
    assert _of(found, "Мы ездим") == "Ирина Мельникова"
