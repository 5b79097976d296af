"""A Ukrainian or Russian description after a quotation's cue (``— підкреслив генсек``, ``—
каже сировар``, ``— сказал специалист``) when the sentence before opens with a pronoun
(``Він додав, що ...``, ``Сам він жартує ...``): the person that pronoun stands for.

The sentences are written for these tests; none is copied from a news page."""

from __future__ import annotations

import datetime as dt

import pytest

from helpers.quotes import speaker_of, speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


@pytest.mark.parametrize(
    ("language", "text", "quoted", "expected"),
    [
        (
            "uk",
            "Генеральний секретар альянсу Маттео Ріккарді заявив, що підтримка триватиме.\n"
            "«Це рішення всіх союзників», — сказав Ріккарді. Він додав, що нові поставки вже "
            "погоджено. «І це лише початок великої програми», — підкреслив генсек.",
            "І це лише початок",
            "Маттео Ріккарді",
        ),
        (
            "uk",
            "Фермер Тарас Гуцул робить сир на Буковині вже двадцять років. Сам він жартує, "
            "що став сироваром випадково.\n"
            "«Я просто хотів нагодувати свою родину», — каже сировар, нарізаючи бринзу.",
            "Я просто хотів нагодувати",
            "Тарас Гуцул",
        ),
        (
            "ru",
            "Тренер Олег Дымов провел первую тренировку с командой. Он признался, что "
            "волнуется.\n"
            "«Я давно не работал с такой молодой командой», — сказал специалист.",
            "Я давно не работал",
            "Олег Дымов",
        ),
    ],
)
def test_a_description_after_a_cue_is_the_pronoun_s_person(
    language: str, text: str, quoted: str, expected: str
) -> None:
    assert speaker_of(text, language, quoted) == expected


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        (
            "ru",
            "Министр Анна Петрова выступила в Думе. Она добавила, что бюджет сбалансирован.\n"
            "«Дефицит снизится уже к осени», — сказал эксперт.",
            "Дефицит снизится",
        ),
        (
            "uk",
            "Міністерка Анна Петренко виступила в Раді. Вона додала, що бюджет збалансований.\n"
            "«Дефіцит знизиться вже до осені», — сказав експерт.",
            "Дефіцит знизиться",
        ),
    ],
)
def test_a_cue_in_the_other_gender_is_not_the_pronoun_s_person(
    language: str, text: str, quoted: str
) -> None:
    assert speaker_of(text, language, quoted) not in ("Анна Петрова", "Анна Петренко")


@pytest.mark.parametrize(
    ("language", "text", "quoted", "expected"),
    [
        (
            "ru",
            "Мэр Казани Иван Петров представил план ремонта дорог.\n"
            "«Мы готовы начать весной», — заявил глава города на совещании в мэрии.",
            "Мы готовы начать",
            "Иван Петров",
        ),
        (
            "uk",
            "Мер Вінниці Сергій Моргунов представив план ремонту доріг.\n"
            "«Ми готові почати навесні», — заявив очільник міста на нараді у мерії.",
            "Ми готові почати",
            "Сергій Моргунов",
        ),
    ],
)
def test_a_place_after_a_description_does_not_hide_its_person(
    language: str, text: str, quoted: str, expected: str
) -> None:
    # The phrase of place says where the words were said (``на совещании``), not who said them:
    # the description before it is read as it is without one.
    assert speaker_of(text, language, quoted) == expected


@pytest.mark.parametrize(
    ("language", "text", "mention"),
    [
        (
            "ru",
            "Губернатор области Олег Смирнов осмотрел новый мост.\n"
            "«Движение откроем в срок», — сказал губернатор на брифинге.",
            "губернатор",
        ),
        (
            "uk",
            "Голова громади Тарас Мельник оглянув нову школу.\n"
            "«Навчання почнеться вчасно», — сказав голова в інтерв'ю.",
            "голова",
        ),
    ],
)
def test_a_short_description_is_given_without_its_place(
    language: str, text: str, mention: str
) -> None:
    # A place after a one-word description is cut as after a longer one (``глава города на
    # совещании``): the description is the speaker's mention, not ``губернатор на брифинге``.
    document = Document.from_text(
        text, id="p", metadata=Metadata(language=language, published=dt.date(2026, 11, 30))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    (quote,) = document.annotations_of(AnnotationKind.QUOTE)
    assert quote.attributes["speaker_mention"] == mention


def test_a_description_after_a_cue_is_the_named_subject_closing_the_sentence_before() -> None:
    """``Однією з потерпілих стала пенсіонерка Любов Ткачук.`` then ``«...», — розповіла
    жінка``: a first name and a surname in the nominative ending the sentence after its verb
    are its subject, the woman the description means, not the man quoted before."""
    text = (
        "Начальник поліції області Артем Соловйов розповів про розслідування.\n"
        "«Ми заблокували два мільйони», — сказав Соловйов.\n"
        "Однією з потерпілих стала пенсіонерка Любов Ткачук.\n"
        "«Вони знали моє ім'я і мою пенсію», — розповіла жінка."
    )
    assert speaker_of(text, "uk", "Вони знали") == "Любов Ткачук"


def test_a_name_in_an_object_s_case_closing_the_sentence_before_is_not_the_description() -> None:
    """``Суд виправдав Олега Петренка.`` then ``«...», — сказав чоловік``: the name closing the
    sentence is its object (its case shows it), not the man the description means."""
    text = (
        "Суддя Ганна Мельник оголосила вирок.\n"
        "«Доказів замало», — сказала суддя.\n"
        "Суд виправдав Олега Петренка.\n"
        "«Я чекав цього два роки», — сказав чоловік."
    )
    assert speaker_of(text, "uk", "Я чекав") != "Олег Петренко"


@pytest.mark.xfail(
    strict=True,
    reason="gives the judge Ганна Мельник, a woman, for the masculine cue ``сказав чоловік``; "
    "with the only man named in an object's case, no speaker should be given",
)
def test_a_masculine_description_is_no_woman_named_before() -> None:
    """``Суддя Ганна Мельник ...`` then ``Суд виправдав Олега Петренка.`` then ``«...», —
    сказав чоловік``: the cue's gender rules the judge out and the man is named only as the
    verb's object, so no one named is the description's subject."""
    text = (
        "Суддя Ганна Мельник оголосила вирок.\n"
        "«Доказів замало», — сказала суддя.\n"
        "Суд виправдав Олега Петренка.\n"
        "«Я чекав цього два роки», — сказав чоловік."
    )
    assert speaker_of(text, "uk", "Я чекав") is None


def test_a_description_after_a_cue_is_the_role_when_the_article_states_none() -> None:
    """``Роль Мавки зіграла Анастасія Прокопенко.`` then ``«...», — сміється актриса``: the
    article's own word for her is her role, as ``The chancellor told MPs`` gives one; a noun
    that tells only sex (``— каже жінка``) gives none."""
    found = speakers_and_roles(
        "Директорка театру Ганна Орлова розповіла про прем'єру.\n"
        "«Ми готували її рік», — сказала вона.\n"
        "Роль Мавки зіграла двадцятирічна Анастасія Прокопенко.\n"
        "«Я плакала на кожній репетиції», — сміється актриса.\n"
        "Квитки вже купила Марія Ткач.\n"
        "«Ми прийдемо всією родиною», — каже жінка.",
        dt.date(2026, 11, 30),
        language="uk",
    )
    assert found["Я плакала на кожній репетиції"] == ("Анастасія Прокопенко", "актриса")
    assert found["Ми прийдемо всією родиною"][1] is None


def test_a_description_in_the_other_gender_s_cue_is_not_given_as_the_speaker_s_role() -> None:
    """``Мария Коваль рассказала ...`` then ``«...», — сказал отец``: a past cue in the other
    gender than the person's describes someone else, so its noun is no role of hers."""
    found = speakers_and_roles(
        "Мария Коваль рассказала о наводнении.\n«Вода пришла ночью», — сказал отец.",
        dt.date(2026, 11, 30),
        language="ru",
    )
    assert found["Вода пришла ночью"][1] is None


@pytest.mark.xfail(
    strict=True,
    reason="gives Мария Коваль, a woman, as the speaker of the masculine cue ``сказал отец``; "
    "the father is someone the article does not name",
)
def test_a_description_in_the_other_gender_s_cue_is_not_the_person_named_before() -> None:
    """``Мария Коваль рассказала ...`` then ``«...», — сказал отец``: the cue's gender says
    the father is not she, and the article names no one else, so no speaker is given."""
    found = speakers_and_roles(
        "Мария Коваль рассказала о наводнении.\n«Вода пришла ночью», — сказал отец.",
        dt.date(2026, 11, 30),
        language="ru",
    )
    assert found["Вода пришла ночью"] == (None, None)


@pytest.mark.parametrize(
    ("language", "text", "quoted"),
    [
        ("uk", "Марія Коваль розповіла про повінь.\n"
               "«Вода прийшла вночі», — сказала співрозмовниця.",
         "Вода прийшла вночі"),
        ("uk", "Марія Коваль розповіла про повінь.\n«Вода прийшла вночі», — сказала дівчинка.",
         "Вода прийшла вночі"),
        ("ru", "Мария Коваль рассказала о наводнении.\n"
               "«Вода пришла ночью», — сказала собеседница.",
         "Вода пришла ночью"),
        ("ru", "Мария Коваль рассказала о наводнении.\n"
               "«Вода пришла ночью», — сказала девочка.",
         "Вода пришла ночью"),
    ],
)  # fmt: skip
def test_a_noun_of_age_or_of_an_interlocutor_after_a_cue_is_no_role(
    language: str, text: str, quoted: str
) -> None:
    """``— сказала співрозмовниця``, ``— сказала девочка``: who speaks, told by age or as the
    reporter's interlocutor, not what she is (``[quotes] plain_person_nouns``)."""
    found = speakers_and_roles(text, dt.date(2026, 11, 30), language=language)
    assert found[quoted][1] is None


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        ("ru", "Иван Петров живет в соседнем доме.\n"
               "«Стреляли всю ночь», — рассказал сосед.",
         "Стреляли всю ночь", "Иван Петров"),
        ("ru", "Олег Сидоров выступил в суде.\n"
               "«Я видел машину», — сказал свидетель.",
         "Я видел машину", "Олег Сидоров"),
        ("uk", "Іван Петренко живе поруч.\n"
               "«Стріляли всю ніч», — розповів сусід.",
         "Стріляли всю ніч", "Іван Петренко"),
        ("uk", "Ольга Коваль бачила пожежу.\n"
               "«Вогонь був високим», — розповіла очевидиця.",
         "Вогонь був високим", "Ольга Коваль"),
    ],
)  # fmt: skip
def test_a_noun_of_relation_after_a_cue_is_no_role(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    """``— рассказал сосед``, ``— розповіла очевидиця``: who speaks, told by how they stand to
    someone or to what happened, not what they do (``[quotes] plain_person_nouns``)."""
    found = speakers_and_roles(text, dt.date(2026, 11, 30), language=language)
    assert found[quoted] == (speaker, None)
