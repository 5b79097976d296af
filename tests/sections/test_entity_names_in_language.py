"""A briefing in Ukrainian or Russian names places and bodies as its own articles write them
(issue 12): ``Польща`` (a nominative the text writes) or ``Україна`` (the nominative of
``Україною``), not the gazetteers' English ``Poland``; the English name stays a variant, the
stories' shared entities are named alike, and an English briefing (or ``-O locale=en``) keeps
the English names. The articles are written for these tests."""

from __future__ import annotations

import json

import newsbrief
from newsbrief.model import Document, Metadata

UK_BORDER = (
    "Уряд посилює контроль на кордоні з Польщею\n\n"
    "Київ. Уряд України у вівторок домовився з Польщею про нові пункти пропуску на кордоні. "
    "Польща відкриє ще два переходи до кінця року, повідомив міністр інфраструктури. "
    "Перевізники з Польщі чекають на кордоні по три доби.\n"
)
UK_QUEUES = (
    "Польща відкриє нові переходи на кордоні з Україною\n\n"
    "Варшава. Уряд Польщі погодив відкриття двох нових пунктів пропуску на кордоні з "
    "Україною. Черги вантажівок на кордоні з Польщею сягають тридцяти кілометрів.\n"
)
EN_QUEUES = (
    "Poland to open new border crossings with Ukraine\n\n"
    "Warsaw. The government of Poland agreed on Tuesday to open two new crossings on its "
    "border with Ukraine. Queues of lorries at the border with Poland stretch for thirty "
    "kilometres.\n"
)
RU_QUEUES = (
    "Польша откроет новые пункты пропуска на границе с Украиной\n\n"
    "Варшава. Правительство Польши во вторник согласилось открыть два новых пункта пропуска "
    "на границе с Украиной. Очереди грузовиков на границе с Польшей растянулись на тридцать "
    "километров.\n"
)


def _documents(*articles: tuple[str, str]) -> list[Document]:
    return [
        Document.from_text(text, id=f"d{i}", metadata=Metadata(language=language))
        for i, (text, language) in enumerate(articles)
    ]


def _names(briefing: newsbrief.Briefing) -> dict[str, tuple[str, ...]]:
    return {e.name: e.variants for e in briefing.entities}


def test_a_ukrainian_briefing_names_a_place_by_its_ukrainian_nominative() -> None:
    briefing = newsbrief.build_briefing(
        _documents((UK_BORDER, "uk"), (UK_QUEUES, "uk"), (EN_QUEUES, "en"))
    )
    names = _names(briefing)
    assert "Poland" not in names
    # ``з Польщею``: the instrumental is read through the dictionary's nominative, as Russian
    # ``с Польшей`` is.
    assert names["Польща"] == ("Poland", "Польща", "Польщею", "Польщі")
    # Only ``Україною`` written: its nominative, made as a person's name is.
    assert "Ukraine" in names["Україна"]
    (story,) = [s for s in briefing.stories if len(s.documents) > 1]
    assert "Польща" in story.shared_terms and "Poland" not in story.shared_terms
    data = json.loads(str(newsbrief.export(briefing, "json")))
    assert data["entities"][0]["name"] == "Польща"
    markdown = str(newsbrief.export(briefing, "markdown"))
    assert "- Польща (місце; також Poland, Польщею, Польщі)" in markdown


def test_a_russian_briefing_names_a_place_by_its_russian_nominative() -> None:
    second = RU_QUEUES.replace("Польша откроет", "Польша открывает")
    briefing = newsbrief.build_briefing(
        _documents((RU_QUEUES, "ru"), (second, "ru"), (EN_QUEUES, "en"))
    )
    names = _names(briefing)
    assert names["Польша"] == ("Poland", "Польша", "Польшей")
    assert "Украина" in names and "Ukraine" not in names


def test_an_english_briefing_keeps_the_english_names() -> None:
    second = EN_QUEUES.replace("to open", "opens")
    articles = _documents((EN_QUEUES, "en"), (second, "en"), (UK_BORDER, "uk"))
    names = _names(newsbrief.build_briefing(articles))
    assert names["Poland"] == ("Poland", "Польща", "Польщею", "Польщі")
    # Asked for English words, Ukrainian articles' briefing keeps them too.
    ukrainian = _documents((UK_BORDER, "uk"), (UK_QUEUES, "uk"))
    briefing = newsbrief.build_briefing(ukrainian, export_options={"locale": "en"})
    assert "Poland" in _names(briefing)


DE_BUDGET = (
    "Österreichs Regierung beschließt neuen Haushalt\n\n"
    "Wien. Die Regierung Österreichs hat am Dienstag einen neuen Haushalt beschlossen. "
    "Die Schulden Österreichs steigen weiter, sagte der Finanzminister.\n"
)
DE_PROTEST = (
    "Proteste gegen Sparpläne\n\n"
    "Wien. Tausende protestierten gegen die Sparpläne der Regierung Österreichs. "
    "Die Wirtschaft Österreichs wächst kaum, sagte ein Ökonom.\n"
)


def test_a_german_briefing_names_a_place_written_only_in_the_genitive_in_the_nominative() -> None:
    """German has no morphology here: ``Österreichs``, the genitive, is no name to show, but
    ``Österreich``, the gazetteer's German spelling less the ending."""
    briefing = newsbrief.build_briefing(_documents((DE_BUDGET, "de"), (DE_PROTEST, "de")))
    names = _names(briefing)
    assert "Österreichs" not in names
    assert "Austria" in names["Österreich"] and "Österreichs" in names["Österreich"]


UK_SHELTERS = (
    "Мер Львова оголосив про нові укриття\n\n"
    "Львів. Мер Львова у вівторок оголосив про будівництво нових укриттів. Жителі Львова "
    "зможуть ховатися у школах, повідомила міська рада.\n"
)


def test_a_place_in_the_genitive_that_is_also_a_surname_is_no_nominative() -> None:
    """``Львова`` is Львів's genitive, though the dictionary also reads a woman's surname in
    the nominative there: the place is named by the nominative the text writes, ``Львів``."""
    ukrainian = _documents((UK_SHELTERS, "uk"), (UK_SHELTERS.replace("Мер", "Голова"), "uk"))
    names = _names(newsbrief.build_briefing(ukrainian))
    assert "Львова" not in names and "Lviv" in names["Львів"]


UK_TRANSPORT = (
    "У Києві подорожчає проїзд\n\n"
    "У Києві з понеділка подорожчає проїзд у метро, повідомила міська адміністрація. "
    "Вартість поїздки у Києві зросте до тридцяти гривень.\n"
)


def test_a_place_written_in_a_case_another_noun_shares_is_named_as_the_place() -> None:
    """``Києві`` is Київ's locative and the dative of ``кий`` (a cue), which the dictionary
    reads first: the place's name is the nominative the gazetteer knows as a place."""
    second = UK_TRANSPORT.replace("з понеділка", "з вівторка")
    names = _names(newsbrief.build_briefing(_documents((UK_TRANSPORT, "uk"), (second, "uk"))))
    assert "Кий" not in names and "Kyiv" in names["Київ"]


RU_BERLIN = (
    "Мэр Берлина пообещал новые трамваи\n\n"
    "Берлин. Мэр Берлина во вторник пообещал жителям Берлина новые трамвайные линии. "
    "Жители Берлина ждут их уже десять лет.\n"
)


def test_a_place_in_a_case_that_is_another_nouns_nominative_is_no_nominative() -> None:
    """``Берлина`` is Берлин's genitive, and a carriage (``берлина``) in the nominative: the
    place is named ``Берлин``, written once, not by the genitive written more often."""
    second = RU_BERLIN.replace("во вторник", "в среду")
    names = _names(newsbrief.build_briefing(_documents((RU_BERLIN, "ru"), (second, "ru"))))
    assert "Берлина" not in names and "Berlin" in names["Берлин"]


UK_TYPHOON = (
    "Тайфун на Філіппінах\n\n"
    "Маніла. На Філіппінах через тайфун евакуювали три села, повідомила поліція. "
    "Президент Філіппін обіцяє допомогу.\n"
)


def test_a_place_with_no_singular_written_in_a_case_is_named_in_its_plural_nominative() -> None:
    """``Філіппінах``, ``Філіппін``: cases of a noun with no singular, named ``Філіппіни``."""
    second = UK_TYPHOON.replace("три села", "два села")
    names = _names(newsbrief.build_briefing(_documents((UK_TYPHOON, "uk"), (second, "uk"))))
    assert "Філіппін" not in names and "Philippines" in names["Філіппіни"]


def _uk_flood(town: str) -> str:
    return (
        f"Повінь у {town}\n\n"
        f"У місті {town} затопило десятки вулиць у середу. Мешканці {town} чекають на допомогу. "
        f"Рятувальники працюють у {town}.\n"
    )


def test_a_nominative_made_of_a_town_that_is_another_word_is_no_name() -> None:
    # ``Турку`` (Turku, never declined) is also the dative of ``турка``, a coffee pot: a
    # nominative made of it that no gazetteer or dictionary knows as a name is not shown.
    briefing = newsbrief.build_briefing(_documents((_uk_flood("Турку"), "uk")))
    names = _names(briefing)
    assert "Турка" not in names
    assert names["Turku"] == ("Турку",)


def test_a_place_written_only_in_an_oblique_case_keeps_the_gazetteer_name() -> None:
    text = (
        "Пожежа між Тусоном і Фініксом\n\n"
        "Лісова пожежа між Тусоном і Фініксом охопила тисячу гектарів у середу. Рятувальники "
        "з Фінікса прибули на місце. Дорогу між Тусоном і Фініксом закрили.\n"
    )
    names = _names(newsbrief.build_briefing(_documents((text, "uk"))))
    # (``Тусоном``, an instrumental the dictionary does not know, is no name as written)
    assert "Тусоном" not in names
    assert names["Tucson"] == ("Тусоном",)
    assert "Фінікс" in names


def test_a_quote_speaker_is_named_as_the_entity_it_is() -> None:
    text = (
        "Польща відкриє нові переходи на кордоні\n\n"
        "Варшава. Польща у вівторок пообіцяла відкрити два нові пункти пропуску на кордоні з "
        "Україною. «Ми відкриємо обидва переходи до кінця року», — заявила Польща у своєму "
        "зверненні. Черги вантажівок на кордоні з Польщею сягають тридцяти кілометрів.\n"
    )
    briefing = newsbrief.build_briefing(_documents((text, "uk")))
    exported = json.loads(newsbrief.export(briefing, "json"))
    entities = {e["name"] for e in exported["entities"]}
    speakers = {q["speaker"] for q in exported["quotes"]}
    assert speakers == {"Польща"}
    assert speakers <= entities


def test_a_name_written_with_no_break_spaces_keeps_its_name() -> None:
    # (the same name with ordinary spaces: no renaming to an invisible difference)
    text = (
        "Телеканал змінив ведучого\n\n"
        "Ведучий телеканалу Sky\u00a0News пішов у відставку у вівторок. "
        "Про це повідомила редакція Sky\u00a0News у своєму зверненні.\n"
    )
    names = _names(newsbrief.build_briefing(_documents((text, "uk"))))
    assert "Sky News" in names
    assert "Sky\u00a0News" not in names


def test_a_name_in_latin_letters_is_taken_as_written() -> None:
    # (a Latin-script name is not declined in a Cyrillic text: as written, it is a nominative)
    text = (
        "Редакція змінила формат\n\n"
        "Редакція BBC Wales змінила формат у вівторок. Про це повідомила прессекретарка "
        "BBC Wales.\n"
    )
    names = _names(newsbrief.build_briefing(_documents((text, "uk"))))
    assert names["BBC Wales"] == ("BBC", "BBC Wales")
