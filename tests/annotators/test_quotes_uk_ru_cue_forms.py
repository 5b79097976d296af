"""Ukrainian and Russian verbs of speech in their forms, the description between such a verb and
its name, an interview's question addressed with an honorific, and a cue written on the line
after its quotation (issue 16, session 34, lane U). The articles are written for these tests;
none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_present_and_plural_forms_and_verbs_of_sharing_and_conviction_are_cues() -> None:
    """``— пояснює``, ``— поділилася``, ``— переконаний``: verbs (and a short adjective of
    conviction) news writes after a quotation give its speaker, not the person named before."""
    found = speakers_and_roles(
        "Головний лікар Петро Смола відкрив нове відділення.\n\n"
        "«Нам досі бракує двох хірургів», — пояснює завідувачка відділення Ганна Кравець.\n\n"
        "«Пацієнти більше не їздять до Києва», — переконаний хірург Іван Дуб.",
        DAY,
        language="uk",
    )
    assert found["Нам досі бракує двох хірургів"][0] == "Ганна Кравець"
    assert found["Пацієнти більше не їздять до Києва"][0] == "Іван Дуб"
    found = speakers_and_roles(
        "Директор школы Олег Смирнов рассказал о ремонте.\n\n"
        "«Дети наконец учатся в теплых классах», — поделилась учительница Мария Орлова.\n\n"
        "«Через год построим спортзал», — уверен глава района Сергей Котов.",
        DAY,
        language="ru",
    )
    assert found["Дети наконец учатся в теплых классах"][0] == "Мария Орлова"
    assert found["Через год построим спортзал"][0] == "Сергей Котов"


def test_a_description_between_a_cue_and_a_name_is_the_role_though_no_title_is_listed() -> None:
    """``— розповіла координаторка волонтерського центру Марина Ткачук``: the words between a
    verb of speech and its name, opening with a noun of a person, state the speaker's role."""
    found = speakers_and_roles(
        "Волонтери відкрили пункт видачі допомоги.\n\n"
        "«Ми працюємо щодня з дев'ятої ранку», — розповіла координаторка волонтерського "
        "центру Марина Ткачук.",
        DAY,
        language="uk",
    )
    assert found["Ми працюємо щодня з дев'ятої ранку"] == (
        "Марина Ткачук",
        "координаторка волонтерського центру",
    )
    found = speakers_and_roles(
        "В парке прошла акция в защиту деревьев.\n\n"
        "«Мы собрали три тысячи подписей», — рассказала участница акции Вера Панова.",
        DAY,
        language="ru",
    )
    assert found["Мы собрали три тысячи подписей"] == ("Вера Панова", "участница акции")


def test_an_interview_question_addressed_with_an_honorific_asks_the_interviewee() -> None:
    """``— Пані міністерко, ...``: an honorific before a title is no other person's first
    name, so the answers are the one person the opening line names."""
    found = speakers_and_roles(
        "Про реформу ми поговорили з міністеркою освіти Оксаною Лісовою.\n"
        "– Пані міністерко, коли запрацює нова система оцінювання?\n"
        "– Уже з вересня. Ми підготували всі документи.\n"
        "– А що з фінансуванням?\n"
        "– Гроші закладені в бюджет на наступний рік.\n"
        "– Чи зміниться вступна кампанія?\n"
        "– Так, але незначно.\n",
        DAY,
        language="uk",
    )
    assert found["Уже з вересня. Ми підготували всі документи"][0] == "Оксана Лісова"
    found = speakers_and_roles(
        "Про новий сезон ми поговорили з директоркою театру Ларисою Козак.\n"
        "– Пані директорко, що покажете глядачам?\n"
        "– Дві прем'єри і гастролі у Львові.\n"
        "– Чи вистачає акторів?\n"
        "– Ні, троє служать у війську.\n"
        "– Коли ремонт фасаду?\n"
        "– Навесні, якщо дозволить бюджет.\n",
        DAY,
        language="uk",
    )
    assert found["Дві прем'єри і гастролі у Львові"][0] == "Лариса Козак"


def test_a_short_quotation_whose_cue_opens_the_next_line_is_speech() -> None:
    """``«Противник зазнав втрат»,⏎— сказав Гнатюк.``: a comma and a dash carry the sentence
    over the line break, so a short quotation is words said, not a scare quote."""
    found = speakers_and_roles(
        "Речник бригади Олег Гнатюк підтвердив відбиті штурми.\n"
        "«Противник зазнав втрат»,\n"
        "— сказав Гнатюк.\n",
        DAY,
        language="uk",
    )
    assert found["Противник зазнав втрат"][0] == "Олег Гнатюк"
    found = speakers_and_roles(
        "Глава района Сергей Котов приехал на стройку.\n«Сроки не сорваны»,\n— заявил он.\n",
        DAY,
        language="ru",
    )
    assert found["Сроки не сорваны"][0] == "Сергей Котов"


def test_the_writer_a_labelled_byline_names_is_not_who_a_pronoun_points_back_to() -> None:
    """``Текст: Ірина Ковальчук``, ``Автор: Мария Лебедева``: a byline's label and colon name
    the article's writer, never the person a later ``— каже вона`` quotes."""
    found = speakers_and_roles(
        "Запоріжжя сьогодні\n"
        "Текст: Ірина Ковальчук, фото: Петро Гуменюк\n\n"
        "Медикиня з позивним «Зірка» показує аптечки.\n\n"
        "«Турнікетів вистачає, бракує ношів», – розповідає вона.\n",
        DAY,
        language="uk",
    )
    # (the medic her call sign names, not merely anyone but the writer)
    assert found["Турнікетів вистачає, бракує ношів"][0] == "Зірка"
    found = speakers_and_roles(
        "Север сегодня\n"
        "Автор: Мария Лебедева\n\n"
        "Старейшая жительница поселка встречает нас у калитки.\n\n"
        "«Сорок лет здесь живу и не уеду», — говорит она.\n",
        DAY,
        language="ru",
    )
    # (the resident is named by no name: no one, rather than the writer)
    assert found["Сорок лет здесь живу и не уеду"][0] is None


def test_a_pronoun_points_back_to_a_soldier_known_by_a_call_sign() -> None:
    """``Командир взводу з позивним «Ворон» ... «...», – каже він``: a call sign in marks after
    its noun names a person, whom the pronoun after the next quotation points back to."""
    found = speakers_and_roles(
        "Фронтові нотатки\n\n"
        "Командир взводу з позивним «Ворон» веде нас окопом до спостережного пункту.\n\n"
        "«Вони заходять малими групами, по двоє-троє», – каже він.\n",
        DAY,
        language="uk",
    )
    assert found["Вони заходять малими групами, по двоє-троє"][0] == "Ворон"
    found = speakers_and_roles(
        "Репортаж с передовой\n\n"
        "Санинструктор с позывным «Гром» показывает нам блиндаж.\n\n"
        "«Раненых выносим только ночью», — говорит он.\n",
        DAY,
        language="ru",
    )
    assert found["Раненых выносим только ночью"][0] == "Гром"


def test_a_call_sign_found_through_a_pronoun_is_written_as_it_is_called() -> None:
    """``з позивним «Альфа»`` then ``— каже вона``: the call sign is no case form of another
    name (``Альф``), whichever way its speaker was found."""
    found = speakers_and_roles(
        "Фронт\n\n"
        "Медикиня з позивним «Альфа» показує нам укриття.\n\n"
        "«Поранених вивозимо тільки вночі», – каже вона.\n",
        DAY,
        language="uk",
    )
    assert found["Поранених вивозимо тільки вночі"][0] == "Альфа"


def test_an_english_byline_labelled_with_a_colon_names_no_speaker_either() -> None:
    """``Author: Mary Stone``, ``Written by: Tom Reed``: English labels its bylines with a
    colon too, so its writer is no more the person a later ``she says`` quotes than
    ``Автор:``'s is."""
    found = speakers_and_roles(
        "Winter in the valley\n"
        "Author: Mary Stone\n\n"
        "The oldest resident of the village meets us at the gate.\n\n"
        '"I have lived here forty years and will not leave," she says.\n',
        DAY,
    )
    assert found["I have lived here forty years and will not leave"][0] is None
    found = speakers_and_roles(
        "Harbour notes\n"
        "Written by: Tom Reed\n\n"
        "A fisherman mends his nets on the quay.\n\n"
        '"The catch halved in ten years," he says.\n',
        DAY,
    )
    assert found["The catch halved in ten years"][0] == "a fisherman"


def test_a_description_ending_in_a_preposition_is_no_role_cut_before_its_place() -> None:
    """``— розповідає учень дев'ятого класу з Житомира Максим``: the place after ``з`` belongs
    to the description, so the words up to the preposition are no role of their own (the
    whole description, ``... из Томска``, is one when the name is read apart from it)."""
    found = speakers_and_roles(
        "Освіта\n\n«Я вже двічі складав пробний тест», – розповідає учень дев'ятого класу "
        "з Житомира Максим.",
        DAY,
        language="uk",
    )
    assert found["Я вже двічі складав пробний тест"][1] in (
        None,
        "учень дев'ятого класу з Житомира",
    )
    found = speakers_and_roles(
        "Образование\n\n«Я уже дважды сдавал пробный тест», — рассказывает ученик девятого "
        "класса из Томска Максим.",
        DAY,
        language="ru",
    )
    assert found["Я уже дважды сдавал пробный тест"] == (
        "Максим",
        "ученик девятого класса из Томска",
    )
