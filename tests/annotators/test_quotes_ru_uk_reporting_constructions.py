"""Russian and Ukrainian reporting constructions (issue 16, session 33, lane R): who speaks in
an interview under a site's name, in a press office's statement, and after a name followed by
the outlet it was told to. The articles are written for these tests; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.entities import typed
from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_interview_answers_go_to_the_headline_person_below_a_site_name_and_section() -> None:
    """The page's first lines are its furniture (a site's name, ``Суспільство · Інтерв'ю``):
    the headline naming the interviewee is the line below them."""
    page = (
        "Вінниця Сьогодні\n"
        "Суспільство · Інтерв'ю\n"
        "Лікарка Ірина Савчук: «Ми навчилися працювати без світла»\n"
        "4 грудня 2026\n"
        "Розмовляла Олена Гнатюк\n"
        "Обласна лікарня пережила третю зиму з відключеннями.\n"
        "— Пані Ірино, як лікарня пережила листопад?\n"
        "— Важко, але без жодної зупиненої операції. Ми маємо два генератори і запас пального.\n"
        "— Чого бракує найбільше?\n"
        "— Людей. Молоді лікарі їдуть до Києва, а я не можу їм запропонувати житло.\n"
        "— Що далі?\n"
        "— Новий корпус. Ми чекаємо на рішення області до весни.\n"
    )
    found = speakers_and_roles(page, DAY, language="uk")
    answers = [q for q in found if q.startswith(("Важко", "Людей", "Новий"))]
    assert len(answers) == 3
    assert all(found[q][0] == "Ірина Савчук" for q in answers)


def test_a_statement_of_no_named_body_is_the_press_office_body_before() -> None:
    """``В пресс-службе областного суда сообщили ... «...», — говорится в сообщении``: a
    press office named by its body's common noun in the genitive speaks, in the nominative."""
    found = speakers_and_roles(
        "Прокурор Ирина Сомова потребовала восемь лет.\n\n"
        "В пресс-службе областного суда сообщили, что приговор будет оглашен в пятницу. "
        "«Заседание пройдет в открытом режиме», — говорится в сообщении.",
        DAY,
        language="ru",
    )
    assert found["Заседание пройдет в открытом режиме"][0] == "областной суд"


def test_a_ukrainian_press_office_of_a_body_in_the_genitive_speaks() -> None:
    found = speakers_and_roles(
        "Прокурорка Ірина Сомова вимагала восьми років.\n\n"
        "У пресслужбі обласного суду уточнили, що вирок оголосять у п'ятницю. "
        "«Засідання буде відкритим», — йдеться в повідомленні.",
        DAY,
        language="uk",
    )
    assert found["Засідання буде відкритим"][0] == "обласний суд"


def test_a_body_with_a_relative_clause_and_joined_adjectives_speaks_in_the_nominative() -> None:
    """``В Научно-исследовательском и проектном институте, который ..., сообщили``: the
    relative clause between the body and its verb is skipped, and the adjectives a conjunction
    joins are put in the nominative with the head."""
    found = speakers_and_roles(
        "Директор Павел Сухов рассказал о планах.\n\n"
        "В Научно-исследовательском и проектном институте, который ведет работы с 2019 года, "
        "сообщили, что отчет готов. «Данные будут открыты», — говорится в сообщении института.",
        DAY,
        language="ru",
    )
    assert found["Данные будут открыты"][0] == "Научно-исследовательский и проектный институт"


def test_a_ukrainian_body_before_a_relative_clause_speaks() -> None:
    found = speakers_and_roles(
        "Директор Павло Сухов розповів про плани.\n\n"
        "В Українському науково-дослідному інституті, який веде роботи з 2019 року, "
        "повідомили, що звіт готовий. «Дані будуть відкриті», — йдеться в повідомленні.",
        DAY,
        language="uk",
    )
    assert found["Дані будуть відкриті"][0] == "Український науково-дослідний інститут"


def test_a_cue_joined_by_and_shares_the_subject_of_the_verb_before_it() -> None:
    """``Лавров отметил ... с коллегой Хаканом Фиданом и добавил:``: the person named in an
    oblique case between the two verbs is no subject."""
    found = speakers_and_roles(
        "Глава МИД Сергей Лавров прибыл в Анкару.\n\n"
        "Лавров отметил важность встречи с турецким коллегой Хаканом Фиданом и добавил: "
        "«Мы готовы к диалогу».",
        DAY,
        language="ru",
    )
    assert found["Мы готовы к диалогу"][0] == "Сергей Лавров"


def test_a_ukrainian_cue_joined_by_and_shares_the_subject_of_the_verb_before_it() -> None:
    found = speakers_and_roles(
        "Глава МЗС Андрій Сибіга прибув до Анкари.\n\n"
        "Сибіга наголосив на важливості зустрічі з турецьким колегою Хаканом Фіданом і додав: "
        "«Ми готові до діалогу».",
        DAY,
        language="uk",
    )
    assert found["Ми готові до діалогу"][0] == "Андрій Сибіга"


def test_a_family_name_written_first_alone_after_a_cue_is_the_full_name() -> None:
    """``— сказала Кан`` after ``Кан Гьон Хва``, ``— сказал Мун`` after ``Мун Чжэ Ин``: a
    name written family name first is repeated by its first word."""
    uk = speakers_and_roles(
        "Міністерка закордонних справ Південної Кореї Кан Гьон Хва прибула до Токіо.\n\n"
        "«Ми готові до діалогу», — сказала Кан.",
        DAY,
        language="uk",
    )
    assert uk["Ми готові до діалогу"][0] == "Кан Гьон Хва"
    ru = speakers_and_roles(
        "Президент Южной Кореи Мун Чжэ Ин прибыл в Пхеньян.\n\n"
        "«Мы готовы к диалогу», — сказал Мун.",
        DAY,
        language="ru",
    )
    assert ru["Мы готовы к диалогу"][0] == "Мун Чжэ Ин"


def test_the_outlet_told_after_the_speakers_name_is_no_part_of_it() -> None:
    """``— пояснил Сомов БизнесВестям``, ``— сказал Павел Сомов НСН``: a word with a capital
    inside (a brand's) or an acronym after a first name and surname names the outlet the
    words were told to."""
    ru = speakers_and_roles(
        "Экономист Павел Сомов ждет ослабления рубля.\n\n"
        "«Курс подойдет к 100 рублям», — пояснил Сомов БизнесВестям.\n\n"
        "«Импорт растет», — сказал Павел Сомов НСН.",
        DAY,
        language="ru",
    )
    assert ru["Курс подойдет к 100 рублям"][0] == "Павел Сомов"
    assert ru["Импорт растет"][0] == "Павел Сомов"
    uk = speakers_and_roles(
        "Економіст Олег Гнатюк чекає на послаблення гривні.\n\n"
        "«Курс наблизиться до 45 гривень», — розповів Гнатюк ФінансПульсу.",
        DAY,
        language="uk",
    )
    assert uk["Курс наблизиться до 45 гривень"][0] == "Олег Гнатюк"


def test_an_outlets_cited_source_speaks() -> None:
    """``— передает ТАСС со ссылкой на X``, ``— повідомляє Укрінформ з посиланням на X``: the
    outlet only passes the words on; the source it cites speaks."""
    ru = speakers_and_roles(
        "«Движение восстановлено», — передает «Интерфакс» со ссылкой на Росавтодор.",
        DAY,
        language="ru",
    )
    assert ru["Движение восстановлено"][0] == "Росавтодор"
    uk = speakers_and_roles(
        "«Рух відновлено», — повідомляє Суспільне з посиланням на Укравтодор.",
        DAY,
        language="uk",
    )
    assert uk["Рух відновлено"][0] == "Укравтодор"


def test_a_person_citing_a_source_after_a_cue_still_speaks() -> None:
    """``— заявил Сомов со ссылкой на данные Росстата``: only an outlet passes a source's
    words on; a person (or a pronoun) before the phrase speaks, citing it (review, session
    33)."""
    ru = speakers_and_roles(
        "Экономист Павел Сомов выступил на форуме.\n\n"
        "«Инфляция замедлилась», — заявил Сомов со ссылкой на данные Росстата.",
        DAY,
        language="ru",
    )
    assert ru["Инфляция замедлилась"][0] == "Павел Сомов"
    uk = speakers_and_roles(
        "Економіст Олег Гнатюк виступив на форумі.\n\n"
        "«Інфляція сповільнилася», — сказав він з посиланням на дані Держстату.",
        DAY,
        language="uk",
    )
    assert uk["Інфляція сповільнилася"][0] == "Олег Гнатюк"


def test_a_press_office_of_a_lone_common_noun_is_no_body_of_that_name() -> None:
    """``В пресс-службе ведомства сообщили`` after ``Министерство юстиции``: the noun alone
    refers back to a body named before; it is no body called ``ведомство`` (review, session
    33)."""
    found = speakers_and_roles(
        "Министерство юстиции опубликовало новые правила.\n\n"
        "В пресс-службе ведомства уточнили, что правила вступят в силу в мае. "
        "«Документ согласован», — говорится в сообщении.",
        DAY,
        language="ru",
    )
    assert found["Документ согласован"][0] != "ведомство"
    uk = speakers_and_roles(
        "Компанія «Нафтогаз» оприлюднила звіт.\n\n"
        "У пресслужбі компанії уточнили, що виплати зростуть. "
        "«Звіт затверджено», — йдеться в повідомленні.",
        DAY,
        language="uk",
    )
    assert uk["Звіт затверджено"][0] != "компанія"


def test_a_roman_numeral_after_a_full_name_is_no_outlet() -> None:
    """``Уильям Генри Гейтс III``: a generation's Roman numeral is written like an acronym
    but belongs to the name, unlike an outlet's (``Дмитрий Лаврухин РБК``; review, session
    33)."""
    assert "Уильям Генри Гейтс III" in typed(
        "«Это мой дом», — сказал Уильям Генри Гейтс III в интервью.", "ru"
    )
    assert "Вільям Генрі Гейтс III" in typed(
        "«Це мій дім», — сказав Вільям Генрі Гейтс III журналістам.", "uk"
    )


def test_a_cue_after_a_clause_put_in_and_a_comma_shares_the_first_verbs_subject() -> None:
    """``Силуанов напомнил, что Набиуллина предупреждала ..., и добавил:``: the comma before
    ``и`` closes the clause put in; the cue shares the subject of the verb before it, not the
    clause's (review, session 33)."""
    ru = speakers_and_roles(
        "Министр финансов Антон Силуанов выступил в Думе.\n\n"
        "Силуанов напомнил, что Эльвира Набиуллина предупреждала об инфляции, и добавил: "
        "«Бюджет выдержит».",
        DAY,
        language="ru",
    )
    assert ru["Бюджет выдержит"][0] == "Антон Силуанов"
    uk = speakers_and_roles(
        "Міністр фінансів Сергій Марченко виступив у Раді.\n\n"
        "Марченко нагадав, що Андрій Пишний попереджав про інфляцію, і додав: "
        "«Бюджет витримає».",
        DAY,
        language="uk",
    )
    assert uk["Бюджет витримає"][0] == "Сергій Марченко"


def test_an_outlets_cited_source_ends_at_a_comma() -> None:
    """``— передает ТАСС со ссылкой на источник, знакомый с позицией Минфина``: the source
    is the unnamed one before the comma, not the body named in the clause after it (review,
    session 33)."""
    ru = speakers_and_roles(
        "«Налог не вырастет», — передает «Интерфакс» со ссылкой на источник, знакомый с "
        "позицией Минфина.",
        DAY,
        language="ru",
    )
    assert ru["Налог не вырастет"][0] != "Минфин"
    uk = speakers_and_roles(
        "«Рішення ухвалено», — повідомляє Укрінформ з посиланням на джерело, близьке до Кабміну.",
        DAY,
        language="uk",
    )
    assert uk["Рішення ухвалено"][0] != "Кабмін"
