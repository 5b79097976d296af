"""Speakers in Russian and Ukrainian (session 30, issue #16):

* an interview's dash answers go to the one person the line introducing the exchange names
  when the headline names nobody (a section's line comes first);
* two answers after a line with a verb of speech (a coach answering journalists) are an
  exchange of questions and answers even with no heading naming an interview; a scene's
  dialogue, introduced by no such verb, stays nobody's (test_quotes_session20_classes.py).

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 1)


def test_answers_go_to_the_person_the_introduction_names_under_a_section_line() -> None:
    text = (
        "Общество · Город\n"
        "«Двор — это общая комната»: о новых правилах благоустройства\n"
        "Беседовала Ольга Сизова\n"
        "Город утвердил новый стандарт дворов. Архитектор Ирина Волкова рассказала, зачем "
        "он нужен.\n"
        "— Что изменится для жителей?\n"
        "— Во дворах появятся скамейки и свет. Парковку отодвинут от подъездов.\n"
        "— Когда начнутся работы?\n"
        "— Весной, в двенадцати дворах сразу.\n"
        "— А потом?\n"
        "— Потом посмотрим, что понравится людям.\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    answers = [q for q in found if q.startswith(("Во дворах", "Весной", "Потом"))]
    assert len(answers) == 3
    assert all(found[q][0] == "Ирина Волкова" for q in answers)


def test_two_answers_after_a_verb_of_speech_are_the_speakers() -> None:
    text = (
        "«Олімпік» переміг «Ворсклу» з рахунком 2:0.\n"
        "Після гри головний тренер «Олімпіка» Андрій Мельник відповів на запитання "
        "журналістів.\n"
        "— Що вирішило матч?\n"
        "— Дисципліна. Ми не дали суперникові жодного моменту в першому таймі.\n"
        "— Як почувається капітан?\n"
        "— Нормально, він зіграє в наступному турі.\n"
    )
    found = speakers_and_roles(text, DAY, language="uk")
    answers = [q for q in found if q.startswith(("Дисципліна", "Нормально"))]
    assert len(answers) == 2
    assert all(found[q][0] == "Андрій Мельник" for q in answers)


def test_objection_and_insistence_are_verbs_of_speech() -> None:
    ru = (
        "Дума обсудила новый сбор за вывоз мусора.\n"
        "Председатель комитета Олег Сухов возразил, что сбор останется «временной мерой до "
        "конца года».\n"
    )
    uk = (
        "Рада обговорила нові правила для громад.\n"
        "Депутатка Ольга Бойко заперечила, що закон «нічого не змінює для малих громад».\n"
    )
    assert speakers_and_roles(ru, DAY, language="ru")["временной мерой до конца года"][0] == (
        "Олег Сухов"
    )
    assert speakers_and_roles(uk, DAY, language="uk")["нічого не змінює для малих громад"][0] == (
        "Ольга Бойко"
    )


def test_a_source_described_past_its_comma_opens_the_sentence() -> None:
    """``Источник, близкий к X, сообщил``: the source, with its description, speaks, not the
    person quoted before."""
    text = (
        "«Мы подадим апелляцию», — сказал адвокат Игорь Рябов.\n"
        "Источник, знакомый с ходом переговоров, сообщил, что сделка «почти согласована».\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    assert found["почти согласована"][0] == "источник, знакомый с ходом переговоров"


def test_speaking_on_condition_of_anonymity_is_no_part_of_the_source() -> None:
    ru = "Источник в мэрии на условиях анонимности рассказал, что проект «заморожен».\n"
    uk = "Джерело в уряді на умовах анонімності розповіло, що проєкт «відкладено».\n"
    assert speakers_and_roles(ru, DAY, language="ru")["заморожен"][0] == "источник в мэрии"
    assert speakers_and_roles(uk, DAY, language="uk")["відкладено"][0] == "джерело в уряді"


def test_a_bare_role_after_a_quotation_is_the_person_who_introduced_it() -> None:
    """``«...», — уточнил спикер`` after a paragraph bringing in one person under another role
    (``Представитель ... Олег Руденко ... заявил``) is that person."""
    ru = (
        "Представитель управления по чрезвычайным ситуациям Приморского края Олег Руденко "
        "заявил, что пожар на складе «полностью локализован».\n"
        "«Пострадавших нет, огонь не перекинулся на соседние здания», — уточнил спикер.\n"
    )
    uk = (
        "Голова постійної комісії обласної ради з питань освіти Тарас Гнатюк зазначив, що "
        "ремонт шкіл «іде за графіком».\n"
        "«До вересня ми відкриємо всі укриття», — сказав депутат.\n"
    )
    found = speakers_and_roles(ru, DAY, language="ru")
    assert found["Пострадавших нет, огонь не перекинулся на соседние здания"][0] == "Олег Руденко"
    assert speakers_and_roles(uk, DAY, language="uk")["До вересня ми відкриємо всі укриття"][0] == (
        "Тарас Гнатюк"
    )


def test_a_bare_role_after_an_introduction_of_two_people_is_neither() -> None:
    text = (
        "Представитель управления по чрезвычайным ситуациям Приморского края Олег Руденко "
        "и губернатор Игорь Соколов заявили, что пожар «полностью локализован».\n"
        "«Пострадавших нет», — уточнил спикер.\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    assert found["Пострадавших нет"][0] not in ("Олег Руденко", "Игорь Соколов")


def test_a_bodys_bulletin_is_its_statement() -> None:
    """``— говорится в сводке ведомства``, ``— йдеться у зведенні відомства``: the body named
    before speaks, as in its ``сообщении``."""
    ru = (
        "В МЧС рассказали, что за сутки в регионе потушили 12 пожаров.\n"
        "«Погибших нет, двое пострадавших госпитализированы», — говорится в сводке ведомства.\n"
    )
    uk = (
        "У Генштабі ЗСУ повідомили, що за добу відбулося 120 бойових зіткнень.\n"
        "«Найбільше атак було на Покровському напрямку», — йдеться у зведенні відомства.\n"
    )
    found_ru = speakers_and_roles(ru, DAY, language="ru")
    found_uk = speakers_and_roles(uk, DAY, language="uk")
    assert found_ru["Погибших нет, двое пострадавших госпитализированы"][0] == "МЧС"
    assert found_uk["Найбільше атак було на Покровському напрямку"][0] == "Генштаб ЗСУ"


def test_an_epithet_after_a_quotation_over_paragraphs_is_its_introducer() -> None:
    """A quotation going on over two paragraphs, closed by ``— добавил ученый``, is the person
    the sentence before its opening brings in, not the person quoted earlier."""
    text = (
        "Ректор университета Андрей Соболев назвал открытие лаборатории «важным шагом».\n"
        "Руководитель группы, профессор Ирина Лапина, напомнила, что работа заняла шесть лет.\n"
        "«Сначала нам не верили даже коллеги.\n"
        "«Теперь к нам приезжают учиться из других городов», — добавила исследовательница.\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    assert found["Сначала нам не верили даже коллеги"][0] == "Ирина Лапина"
    assert found["Теперь к нам приезжают учиться из других городов"][0] == "Ирина Лапина"


def test_a_place_after_a_role_noun_is_no_role_word() -> None:
    """``Представитель в суде настаивал``: ``суде`` (where) does not make the role a judge's,
    so the judge quoted before is not the speaker."""
    text = (
        "«Ходатайство удовлетворено частично», — объявила судья Ирина Котова.\n"
        "Представитель в суде настаивал, что компания «не нарушала условия договора».\n"
    )
    found = speakers_and_roles(text, DAY, language="ru")
    assert found["не нарушала условия договора"][0] != "Ирина Котова"


def test_a_promise_and_a_naming_are_speech() -> None:
    """Words quoted after ``пообещала``, ``називала`` are speech (they were left out)."""
    ru = (
        "Мэр Ольга Ветрова выступила на заседании думы. Она также пообещала «навести порядок» "
        "с уборкой снега.\n"
    )
    uk = "Засновниця компанії Олена Ткач раніше називала продаж бізнесу «помилкою молодості».\n"
    assert "навести порядок" in speakers_and_roles(ru, DAY, language="ru")
    assert speakers_and_roles(uk, DAY, language="uk")["помилкою молодості"][0] == "Олена Ткач"
