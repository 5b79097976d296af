"""Ukrainian statements of bodies and the roles of women holding an office (issue 16,
session 35, lane U): the cue of a statement in its other spelling (``— ідеться в повідомленні
X``), and a woman's role whose adjective the dictionary also reads as a surname or a noun.
The articles are written for these tests; none is copied from a key."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles

DAY = dt.date(2026, 12, 6)


def test_the_statement_cue_spelled_with_i_after_a_dash_gives_its_body() -> None:
    """Ukrainian writes ``йдеться`` after a vowel and ``ідеться`` after a consonant or a pause
    (a dash): both place the words in the body's statement."""
    found = speakers_and_roles(
        "Депутатка Оксана Гуменюк розкритикувала рішення.\n\n"
        "«Виплати отримають усі переселенці до кінця місяця», – ідеться в повідомленні "
        "Пенсійного фонду України.",
        DAY,
        language="uk",
    )
    assert found["Виплати отримають усі переселенці до кінця місяця"][0] == (
        "Пенсійний фонд України"
    )


def test_a_role_adjective_also_read_as_a_name_is_put_in_the_nominative_with_its_noun() -> None:
    """``Дніпропетровська`` (also a woman's surname), ``Міська`` (also the genitive of the
    surname ``Місько``) agree with the woman's title after them: the title is the head."""
    for role in ("Дніпропетровська обласна прокурорка", "Міська голова"):
        found = speakers_and_roles(
            "Тренер Іван Петров похвалив команду.\n\n"
            f"{role} Олена Коваль заявила: «Ми відкриємо ще дві бібліотеки».",
            DAY,
            language="uk",
        )
        assert found["Ми відкриємо ще дві бібліотеки"] == ("Олена Коваль", role)


def _speaker(text: str, quoted: str) -> str | None:
    found = speakers_and_roles(
        "Депутатка Оксана Гуменюк розкритикувала рішення.\n\n" + text, DAY, language="uk"
    )
    return found[quoted][0]


def test_a_body_in_marks_after_a_press_centre_speaks_in_the_nominative() -> None:
    """``— повідомили в пресцентрі «Укрпошти»``: a press office's noun, then the body's name in
    marks, in the genitive."""
    assert (
        _speaker(
            "«Графік не зміниться до весни», – повідомили в пресцентрі «Укрпошти».",
            "Графік не зміниться до весни",
        )
        == "Укрпошта"
    )


def test_a_body_of_several_words_a_plural_cue_places_the_words_in_speaks() -> None:
    """``— повідомили в Державному гідрографічному управлінні``: the body's name in the
    locative, put back in the nominative, though the entity annotator did not find it."""
    assert (
        _speaker(
            "«Графік не зміниться до весни», – повідомили в Державному гідрографічному управлінні.",
            "Графік не зміниться до весни",
        )
        == "Державне гідрографічне управління"
    )


def test_a_common_noun_after_a_statement_points_back_to_the_body_just_named() -> None:
    """``— йдеться в повідомленні органу``: the noun after the statement's names who issued it,
    the body of the sentence before."""
    assert (
        _speaker(
            "Антимонопольний комітет України у вівторок оштрафував мережу. «Штраф сплатять до "
            "березня», – йдеться в повідомленні органу.",
            "Штраф сплатять до березня",
        )
        == "Антимонопольний комітет України"
    )


def test_the_last_part_of_a_hyphenated_name_in_marks_is_put_in_the_nominative() -> None:
    assert (
        _speaker(
            "«Графік не зміниться до весни», – запевнили в «Південь-Транспорті».",
            "Графік не зміниться до весни",
        )
        == "Південь-Транспорт"
    )


def test_an_adverb_between_a_body_and_its_verb_keeps_the_body_a_speaker() -> None:
    """``У Федерації футболу України вчора привітали``: the body is found whole, and the
    federation's later statement is its."""
    assert (
        _speaker(
            "У Федерації футболу України вчора привітали команду. «Це історична перемога», – "
            "йдеться у повідомленні федерації.",
            "Це історична перемога",
        )
        == "Федерація футболу України"
    )


def test_an_acronym_without_the_small_words_of_the_name_stands_for_the_name() -> None:
    """``НКРЕКП`` leaves out ``з`` and ``та`` of ``Національна комісія з регулювання
    енергетики та комунальних послуг``: the body named in full before speaks."""
    assert _speaker(
        "У Національній комісії з регулювання енергетики та комунальних послуг заявили, що "
        "тариф не зміниться. «Рішення остаточне», – ідеться в заяві НКРЕКП.",
        "Рішення остаточне",
    ) == ("Національна комісія з регулювання енергетики та комунальних послуг")


def test_a_body_noun_points_back_to_the_body_opening_the_sentence_not_one_named_after() -> None:
    """``У Міністерстві юстиції повідомили, що платіж від МВФ ...``, then ``— йдеться в
    повідомленні відомства``: the ministry, the subject, not the fund named in its clause."""
    assert (
        _speaker(
            "У Міністерстві юстиції повідомили, що перший платіж від МВФ очікують уже в "
            "січні.\n\n«Ми маємо підтвердження щодо графіка виплат», — йдеться в повідомленні "
            "відомства.",
            "Ми маємо підтвердження щодо графіка виплат",
        )
        == "Міністерство юстиції"
    )


def test_a_capitalised_common_noun_after_a_cue_stands_for_the_body_just_named() -> None:
    """``— повідомили у Службі``: the capital says the noun stands for the body named just
    before (``Державна прикордонна служба``), not for a body called ``Служба``."""
    assert (
        _speaker(
            "У Державній прикордонній службі заявили про нові правила. «Черги скоротяться», – "
            "повідомили у Службі.",
            "Черги скоротяться",
        )
        == "Державна прикордонна служба"
    )


def test_whom_the_speaker_told_after_the_verb_is_no_role() -> None:
    """``— сказала місцевим журналістам Ірина Коваль``: the words in the dative after the verb
    are the ones told; she is named without a role."""
    found = speakers_and_roles(
        "Депутатка Оксана Гуменюк розкритикувала рішення.\n\n"
        "«Ремонт завершимо до весни», – сказала місцевим журналістам Ірина Коваль.",
        DAY,
        language="uk",
    )
    assert found["Ремонт завершимо до весни"] == ("Ірина Коваль", None)


def test_as_a_body_reported_opens_a_sentence_like_according_to() -> None:
    """``Як повідомили в Національній поліції, «...»``: the plural (and the other forms) of
    ``як повідомив`` bring in the speaker as ``за словами`` does."""
    assert (
        _speaker(
            "Як повідомили в Національній поліції, «виплати збережуться».", "виплати збережуться"
        )
        == "Національна поліція"
    )


def test_a_name_in_marks_after_a_person_s_verb_is_where_she_wrote_not_a_speaker() -> None:
    """``— розповіла у «Фейсбуці»``: a verb of one person places no body's statement; the
    name in marks is where she wrote."""
    assert (
        _speaker(
            "«Графік не зміниться до весни», – розповіла у «Фейсбуці».",
            "Графік не зміниться до весни",
        )
        != "Фейсбук"
    )


def test_a_press_office_opening_a_line_before_a_colon_gives_its_body() -> None:
    """``Пресслужба КНП «Міська лікарня № 3»: «...»``: the body whose press office the line
    names speaks, named without its kind (a communal enterprise, as ``КП``)."""
    found = speakers_and_roles(
        "Депутатка Оксана Гуменюк розкритикувала рішення. «Це погана ідея», — наголосила вона."
        "\n\nПресслужба КНП «Міська лікарня № 3»: «Прийом відновимо в понеділок».",
        DAY,
        language="uk",
    )
    assert found["Прийом відновимо в понеділок"][0] == "Міська лікарня № 3"


def test_whom_the_speaker_told_with_the_words_it_governs_is_no_role() -> None:
    """``— сказал главе региона``, ``— розповіла журналістам агентства``: the dative noun and
    the genitive after it say whom the speaker told, neither is the speaker's role (nor the
    dative put in the nominative); a noun of a person after them still is."""
    cases = [
        ("ru", "«Ремонт закончим к весне», — сказал главе региона Сергей Козлов.", None),
        ("uk", "«Ремонт завершимо до весни», – розповіла журналістам агентства Ірина Коваль.",
         None),
        ("uk", "«Ремонт завершимо до весни», – сказав міському голові Іван Петров.", None),
        ("uk", "«Ремонт завершимо до весни», – сказала журналістам депутатка Ірина Коваль.",
         "депутатка"),
    ]  # fmt: skip
    opening = {"ru": "Депутат Иван Петров раскритиковал решение.\n\n",
               "uk": "Депутатка Оксана Гуменюк розкритикувала рішення.\n\n"}  # fmt: skip
    for code, text, role in cases:
        found = speakers_and_roles(opening[code] + text, DAY, language=code)
        ((who, held),) = found.values()
        assert who is not None
        assert held == role, text


def test_a_government_s_noun_after_a_cue_does_not_stand_for_an_acronym_named_before() -> None:
    """``— заявили в Уряді`` after ``НБУ``, ``— заявили в Мэрии`` after ``МВД``: the noun of a
    government (``[quotes] place_bodies``) names the government, though its initial is a
    letter of the acronym (``У`` of ``України``)."""
    cases = [
        ("uk", "У НБУ повідомили про ставку. «Ми чекаємо рішення», – заявили в Уряді.", "НБУ"),
        ("ru", "В МВД сообщили о задержании. «Дело передано в суд», — заявили в Мэрии.", "МВД"),
    ]
    for code, text, body in cases:
        ((who, _),) = speakers_and_roles(text, DAY, language=code).values()
        assert who != body, text


def test_a_noun_of_another_body_after_a_statement_does_not_point_back() -> None:
    """``— йдеться в повідомленні суду`` after ``У Міністерстві юстиції повідомили``: the
    statement is the court's, not the ministry's; a noun that may stand for any body
    (``регулятора``) or a word of its name (``служби``) still points back."""
    opening = "У Міністерстві юстиції повідомили про зміни. «Ми маємо підтвердження», — "
    for noun in ("суду", "лікарні"):
        text = opening + f"йдеться в повідомленні {noun}."
        assert _speaker(text, "Ми маємо підтвердження") != "Міністерство юстиції", noun
    assert (
        _speaker(opening + "йдеться в повідомленні регулятора.", "Ми маємо підтвердження")
        == "Міністерство юстиції"
    )
    assert (
        _speaker(
            "У Державній прикордонній службі повідомили про зміни. «Черги скоротяться», — "
            "йдеться в повідомленні служби.",
            "Черги скоротяться",
        )
        == "Державна прикордонна служба"
    )


def test_a_firm_s_or_a_council_s_general_noun_after_a_statement_points_back() -> None:
    """``— йдеться в повідомленні компанії`` after a sentence a company opens, ``міськради``
    after a town council's press office: the body just named issued the statement, not the
    person quoted before it."""
    found = speakers_and_roles(
        "Директорка школи Ганна Орлова розповіла про ремонт.\n"
        "«Ми чекали цього десять років», — сказала вона.\n"
        "З 1 березня Укрзалізниця запускає новий поїзд до Чернівців.\n"
        "«Попит на напрямок зріс удвічі», — йдеться в повідомленні компанії.\n"
        "Про закриття мосту повідомили в пресслужбі Вінницької міської ради.\n"
        "«Ремонт триватиме до весни», — ідеться в повідомленні міськради.",
        DAY,
        language="uk",
    )
    assert found["Попит на напрямок зріс удвічі"][0] == "Укрзалізниця"
    assert found["Ремонт триватиме до весни"][0] == "Вінницька міська рада"


def test_a_platform_in_marks_after_a_plural_cue_is_where_they_wrote_not_a_speaker() -> None:
    """``— написали у «Фейсбуці»``, ``— сообщили в «Телеграме»``: a verb no one person is the
    subject of places no body's statement on a platform; neither it nor a case form of it
    (``Телеграма``) speaks."""
    cases = [
        ("uk", "Депутатка Оксана Гуменюк розкритикувала рішення.\n\n«Графік не зміниться до "
               "весни», – написали у «Фейсбуці».", ("Фейсбук", "Фейсбуці")),
        ("ru", "Депутат Иван Петров раскритиковал решение.\n\n«Ремонт закончим к весне», — "
               "сообщили в «Телеграме».", ("Телеграм", "Телеграме")),
    ]  # fmt: skip
    for code, text, platform in cases:
        found = speakers_and_roles(text, DAY, language=code)
        assert not {who for who, _ in found.values()} & set(platform), text
