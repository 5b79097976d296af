"""Names and roles in the cased and the continental press (issue #16, session 18): a name in
marks after a lower-case word is no speech in Russian and Ukrainian (``рассказал «Вечернему
вестнику»``), a speaker named in a case is given in the nominative, a role keeps the adjectives
before its title and a body's name in marks after it.

The sentences are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.quotes.attribution.case_forms import nominative_forms
from newsbrief.annotators.quotes.attribution.speaker_types import Mention


def quotes(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    """``{quoted words: (speaker, role)}`` of every quotation of one article."""
    return speakers_and_roles(text, dt.date(2025, 3, 4), "c", language)


def test_russian_outlet_in_marks_after_a_verb_is_no_speech() -> None:
    found = quotes(
        "Мэр города Игорь Платонов рассказал «Вечернему вестнику», что ремонт моста начнется "
        "весной.\n\n"
        "«Мы закончим работы к осени», — заявил Платонов в интервью «Утренней газете».",
        "ru",
    )
    assert "Вечернему вестнику" not in found
    assert "Утренней газете" not in found
    assert found["Мы закончим работы к осени"][0] == "Игорь Платонов"


def test_ukrainian_club_in_the_genitive_at_a_sentence_end_is_no_speech() -> None:
    found = quotes(
        "«Ми програли заслужено», — сказав 22-річний захисник Остап Мельник, вихованець "
        "академії «Карпат».",
        "uk",
    )
    assert "Карпат" not in found
    assert found["Ми програли заслужено"][0] == "Остап Мельник"


def test_a_dash_after_a_short_quotation_still_makes_it_speech() -> None:
    found = quotes("Игорь Платонов покачал головой.\n\n«Нет», — ответил Платонов.", "ru")
    assert "Нет" in found


def test_forms_of_one_name_in_several_cases_give_its_nominative() -> None:
    text = "Анна Ростова x Анну Ростову x Анной Ростовой x Петр Лесков"
    mentions = [
        Mention(0, 12, "Анна Ростова", "person"),
        Mention(15, 27, "Анну Ростову", "person"),
        Mention(30, 44, "Анной Ростовой", "person"),
        Mention(47, 59, "Петр Лесков", "person"),
    ]
    assert nominative_forms(text, mentions) == {
        "Анну Ростову": "Анна Ростова",
        "Анной Ростовой": "Анна Ростова",
    }


def test_a_mention_written_in_a_case_takes_the_name_the_entity_annotator_gave() -> None:
    text = "с Олегом Сухаревым"
    mentions = [Mention(2, 18, "Олег Сухарев", "person")]
    assert nominative_forms(text, mentions) == {"Олегом Сухаревым": "Олег Сухарев"}


def test_ukrainian_role_keeps_its_adjective_and_a_club_in_marks() -> None:
    found = quotes(
        "Після матчу головний тренер «Карпат» Остап Мельник визнав: «Ми зіграли погано».",
        "uk",
    )
    assert found["Ми зіграли погано"] == ("Остап Мельник", "головний тренер «Карпат»")


def test_russian_role_keeps_its_adjectives_before_the_title() -> None:
    found = quotes(
        "Вчера выступил ведущий научный сотрудник института Игорь Платонов. «Лед тает "
        "быстрее прогнозов», — сказал Платонов.",
        "ru",
    )
    assert found["Лед тает быстрее прогнозов"] == (
        "Игорь Платонов",
        "ведущий научный сотрудник института",
    )


def test_german_policy_adjective_belongs_to_the_spokesmans_title() -> None:
    found = quotes(
        "„Das Paket kommt zu spät“, sagte der finanzpolitische Sprecher Jonas Keller am Dienstag.",
        "de",
    )
    assert found["Das Paket kommt zu spät"] == ("Jonas Keller", "finanzpolitische Sprecher")


def test_an_honorific_is_never_a_role() -> None:
    russian = quotes(
        "Министр финансов Игорь Платонов выступил в Думе. «Мы готовы к диалогу», — заявил "
        "г-н Платонов.",
        "ru",
    )
    assert russian["Мы готовы к диалогу"][0] == "Игорь Платонов"
    assert russian["Мы готовы к диалогу"][1] != "г-н"
    ukrainian = quotes(
        "«Ми готові до діалогу», — заявив пан Остап Мельник, міністр фінансів.", "uk"
    )
    assert ukrainian["Ми готові до діалогу"][0] == "Остап Мельник"
    assert ukrainian["Ми готові до діалогу"][1] != "пан"


def test_a_woman_is_never_given_a_mans_name_of_the_same_stem() -> None:
    # Review of 1adfbe1: ``Олеся Сухарева`` became ``Олег Сухарев`` (the consonant of ``Олег``
    # changed), ``Яна Петрова`` beside ``сказала`` became ``Ян Петров`` (a man's genitive).
    found = quotes(
        "Следователи допросили Олега Сухарева в понедельник. Олег Сухарев отказался от "
        "комментариев.\n\n"
        "«Мы невиновны», — сказала Олеся Сухарева.\n\n"
        "Ян Петров выступил на форуме.\n\n"
        "«Я рада», — сказала Яна Петрова.",
        "ru",
    )
    assert found["Мы невиновны"][0] == "Олеся Сухарева"
    assert found["Я рада"][0] == "Яна Петрова"


def test_a_name_in_the_genitive_still_gives_its_nominative() -> None:
    found = quotes(
        "Госсекретарь США Энтони Блинкен прибыл в Киев.\n\n"
        "«Переговоры продолжатся», — сказал Блинкен.\n\n"
        "По словам Блинкена, «всё решено».\n\n"
        "Питер Джонс прибыл в Москву.\n\n"
        "По словам Питера Джонса, «ничего не решено».",
        "ru",
    )
    assert found["всё решено"][0] == "Энтони Блинкен"
    assert found["ничего не решено"][0] == "Питер Джонс"


def test_a_body_that_speaks_in_a_case_is_named_in_the_nominative() -> None:
    found = quotes(
        "Правительство обсуждает закон о связи.\n\n"
        "В Министерстве цифрового развития заявили: «Проект внесут в Думу до конца месяца».",
        "ru",
    )
    assert found["Проект внесут в Думу до конца месяца"][0] == "Министерство цифрового развития"


def test_a_clipped_compound_body_is_named_in_the_nominative_by_its_last_word() -> None:
    # ``Рос|туризм``, ``Рос|рыболовство``: such a name declines as its last word.
    found = quotes(
        "Сезон в Крыму открыли раньше обычного.\n\n"
        "В Ростуризме сообщили, что поток туристов «вырос почти на треть».\n\n"
        "В пресс-службе Росрыболовства заявили: «Квоты на вылов не изменятся».",
        "ru",
    )
    assert found["вырос почти на треть"][0] == "Ростуризм"
    assert found["Квоты на вылов не изменятся"][0] == "Росрыболовство"


def test_a_womans_name_in_the_accusative_is_not_read_as_a_mans_dative() -> None:
    # ``Марину`` is Марина's accusative or the rare Марин's dative: the commoner name tells.
    found = quotes(
        "Следователи задержали Марину Соколову в аэропорту.\n\n"
        "«Я ни в чем не виновата», — заявила Соколова.\n\n"
        "Жюри наградило Кристину Белову за лучшую роль.\n\n"
        "«Это награда всей труппы», — сказала Белова.",
        "ru",
    )
    assert found["Я ни в чем не виновата"][0] == "Марина Соколова"
    assert found["Это награда всей труппы"][0] == "Кристина Белова"


def test_a_body_noun_points_back_to_the_body_the_article_introduced_with_it() -> None:
    # The company, not the rescue service named since, speaks through its press office.
    ukrainian = quotes(
        "Склад орендує логістична компанія «Вектор». Пожежу гасили рятувальники ДСНС.\n\n"
        "У пресслужбі компанії заявили, що «всі замовлення буде компенсовано».\n\n"
        "«Ми відновимо роботу за тиждень», — повідомили в компанії.",
        "uk",
    )
    assert ukrainian["всі замовлення буде компенсовано"][0] == "Вектор"
    assert ukrainian["Ми відновимо роботу за тиждень"][0] == "Вектор"
    russian = quotes(
        "Рейсы в Калининград выполняет авиакомпания «Азимут». Проверку начала Росавиация.\n\n"
        "«Стоимость билета не изменится», — сообщили в авиакомпании.",
        "ru",
    )
    assert russian["Стоимость билета не изменится"][0] == "Азимут"


def test_a_towns_governing_body_named_with_its_place_speaks() -> None:
    # ``В правительстве Москвы``: the government speaks, not the city (a place says nothing).
    russian = quotes(
        "Морозы усилились.\n\n"
        "В правительстве Москвы сообщили, что «все школы работают в обычном режиме».",
        "ru",
    )
    assert russian["все школы работают в обычном режиме"][0] == "правительство Москвы"
    ukrainian = quotes(
        "Вночі випав сніг.\n\nУ мерії Львова повідомили, що «вся техніка працює на вулицях».",
        "uk",
    )
    assert ukrainian["вся техніка працює на вулицях"][0] == "мерія Львова"


def test_a_governing_body_after_the_quotation_speaks_not_its_place() -> None:
    # (the cue after the words: ``— заявили в мэрии Владивостока``)
    russian = quotes("«Мост починят к осени», — заявили в мэрии Владивостока.", "ru")
    assert russian["Мост починят к осени"][0] == "мэрия Владивостока"
    ukrainian = quotes("«Воду дадуть увечері», — повідомили в мерії Одеси.", "uk")
    assert ukrainian["Воду дадуть увечері"][0] == "мерія Одеси"


def test_a_ministry_of_a_region_after_the_quotation_speaks_not_the_region() -> None:
    # (``— сообщили в министерстве образования Курской области``: a body's noun in lower case,
    # the capitals after it say whose; the region the phrase ends with says nothing)
    russian = quotes(
        "В Курской области открылись три новые школы.\n\n"
        "«Все классы оснащены интерактивными досками», — сообщили в министерстве образования "
        "Курской области.\n\n"
        "«Штрафы начнут выписывать с марта», — рассказали в управлении ГИБДД по Томской области.",
        "ru",
    )
    assert russian["Все классы оснащены интерактивными досками"][0] == (
        "министерство образования Курской области"
    )
    assert russian["Штрафы начнут выписывать с марта"][0] == "управление ГИБДД по Томской области"
    ukrainian = quotes(
        "У Полтавській області відкрили три нові школи.\n\n"
        "«Усі класи мають інтерактивні дошки», — повідомили в міністерстві освіти Полтавської "
        "області.",
        "uk",
    )
    assert ukrainian["Усі класи мають інтерактивні дошки"][0] == (
        "міністерство освіти Полтавської області"
    )


def test_a_body_head_read_as_its_likelier_noun_is_named_in_the_nominative() -> None:
    # ``Банке`` is a bank's locative far more often than a jar's (``банка``) dative: the
    # dictionary's frequencies pick the bank.
    found = quotes(
        "Кредиты для фермеров подешевеют.\n\n"
        "В Банке развития Казахстана сообщили: «Ставки снизят с первого февраля».",
        "ru",
    )
    assert found["Ставки снизят с первого февраля"][0] == "Банк развития Казахстана"


def test_a_pronoun_after_a_paragraph_naming_one_person_in_the_nominative_is_theirs() -> None:
    # The full name is written in the nominative: the subject of its sentence, even after
    # its verb, so ``он`` is the man introduced there, not the man who spoke before him.
    found = quotes(
        "Геолог Петр Орлов настроен осторожнее.\n\n"
        "«Не стоит спешить с выводами», — отметил ученый.\n\n"
        "Кость нашел во время прогулки житель поселка Лесной Иван Кузнецов.\n\n"
        "— Сначала подумал, что это камень, — рассказывает он.",
        "ru",
    )
    assert found["Сначала подумал, что это камень"][0] == "Иван Кузнецов"


def test_an_acronym_spells_each_part_of_a_hyphened_word_of_the_body_it_stands_for() -> None:
    # ``ПСНЦ``: ``Північно-Східний науковий центр``, the hyphened word giving two letters.
    found = quotes(
        "Зразки передали до Північно-Східного наукового центру (ПСНЦ), повідомили в установі.\n\n"
        "«Такі знахідки трапляються раз на десятиліття», – ідеться в повідомленні ПСНЦ.",
        "uk",
    )
    assert found["Такі знахідки трапляються раз на десятиліття"][0] == (
        "Північно-Східний науковий центр"
    )


def test_a_name_after_a_preposition_of_place_before_the_cue_is_no_speaker() -> None:
    # ``в Telegram``, ``у Facebook``: where the words went out, between the person and the
    # cue; the person speaks.
    found = quotes(
        "Глава района Олег Петров в Telegram написал: «Школа откроется в сентябре».", "ru"
    )
    assert found["Школа откроется в сентябре"][0] == "Олег Петров"
    found = quotes(
        "Міський голова Ігор Бондар у Facebook назвав нову лікарню «найважливішим проєктом року».",
        "uk",
    )
    assert found["найважливішим проєктом року"][0] == "Ігор Бондар"


def test_a_person_after_a_place_speaks_not_the_object_before_it() -> None:
    # ``с Владимиром Путиным в Кремле``: the name before the place is in the instrumental, and
    # the person named after the place is the subject of the cue.
    found = quotes(
        "После переговоров с Анной Орловой в Минске Сергей Лунин заявил: «Договор подпишут».",
        "ru",
    )
    assert found["Договор подпишут"][0] == "Сергей Лунин"
    found = quotes(
        "Після зустрічі з Ігорем Бондарем у Львові Олена Мазур сказала: «Ремонт завершать».",
        "uk",
    )
    assert found["Ремонт завершать"][0] == "Олена Мазур"


def test_the_words_before_a_verb_are_no_role_of_its_object() -> None:
    # ``Журналисты встретили Анну Орлову``: the journalists met her; she is no journalist.
    found = quotes(
        "Журналисты встретили Анну Орлову в аэропорту.\n\n«Я очень устала», — сказала Орлова.",
        "ru",
    )
    assert found["Я очень устала"] == ("Анна Орлова", None)
    found = quotes(
        "Суд арестовал Павла Зуева.\n\n— Я ни в чем не виновен, — заявил он.",
        "ru",
    )
    assert found["Я ни в чем не виновен"] == ("Павел Зуев", None)


def test_two_names_after_one_preposition_of_place_are_no_speaker() -> None:
    # ``у Facebook та Instagram``: two outlets a conjunction joins after one preposition.
    found = quotes(
        "Мер Олена Мазур у Facebook та Instagram написала: «Ремонт мосту завершено».", "uk"
    )
    assert found["Ремонт мосту завершено"][0] == "Олена Мазур"
    found = quotes("Глава района Павел Зуев в Telegram и VK написал: «Дорогу откроют».", "ru")
    assert found["Дорогу откроют"][0] == "Павел Зуев"
