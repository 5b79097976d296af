"""Organisations and places in Russian and Ukrainian news (issue 16, session 24): states
written by their abbreviations, bodies named by adjectives and a generic noun (courts,
committees, services), their places after them, and bodies named after a person."""

from __future__ import annotations

from helpers.entities import found as _found


def test_a_state_written_by_its_abbreviation_is_a_place() -> None:
    ru = _found(
        "Вчера представитель МИД РФ Ольга Соколова сказала, что премьер ЮАР Томас Нкоси "
        "полетит в КНР.",
        "ru",
    )
    assert ("МИД РФ", "organisation") in ru
    assert ("Томас Нкоси", "person") in ru
    assert ("ЮАР", "place") in ru
    assert ("КНР", "place") in ru
    uk = _found("Учора прем'єр ПАР Томас Нкосі полетів до КНР.", "uk")
    assert ("ПАР", "place") in uk
    assert ("КНР", "place") in uk


def test_adjectives_before_a_court_committee_or_service_name_a_body_in_any_case() -> None:
    ru = _found(
        "Жалобу отклонил Таганский районный суд, и дело передали в Тверском "
        "апелляционном суде. Решение поддержал Антимонопольный комитет, а Пограничной "
        "службой руководит генерал.",
        "ru",
    )
    assert ("Таганский районный суд", "organisation") in ru
    assert ("Тверском апелляционном суде", "organisation") in ru
    assert ("Антимонопольный комитет", "organisation") in ru
    assert ("Пограничной службой", "organisation") in ru
    uk = _found(
        "Скаргу відхилив Шевченківський районний суд, а Донецьку обласну військову "
        "адміністрацію очолив новий керівник.",
        "uk",
    )
    assert ("Шевченківський районний суд", "organisation") in uk
    assert ("Донецьку обласну військову адміністрацію", "organisation") in uk


def test_the_place_after_a_body_named_by_a_generic_noun_is_part_of_its_name() -> None:
    ru = _found(
        "Иск удовлетворил Арбитражный суд Казани, а проверку начал Следственный комитет России.",
        "ru",
    )
    assert ("Арбитражный суд Казани", "organisation") in ru
    assert ("Следственный комитет России", "organisation") in ru
    assert not any(kind == "place" for _, kind in ru)
    uk = _found("Позов задовольнив Господарський суд Львова.", "uk")
    assert ("Господарський суд Львова", "organisation") in uk


def test_one_word_agencies_and_companies_are_bodies_by_their_endings() -> None:
    ru = _found(
        "По оценке Росстата, цены растут; Ростехнадзор проверил завод, а в Лукнефти и "
        "Промстройбанке ответили на запрос.",
        "ru",
    )
    assert {"Росстата", "Ростехнадзор", "Лукнефти", "Промстройбанке"} <= {
        name for name, kind in ru if kind == "organisation"
    }
    uk = _found("За оцінкою Держстату, ціни ростуть, а в Укргазбанку відповіли на запит.", "uk")
    assert ("Держстату", "organisation") in uk
    assert ("Укргазбанку", "organisation") in uk


def test_a_town_in_the_instrumental_is_no_adjective_inside_a_name() -> None:
    found = _found("Киев ведёт переговоры с Берлином и Пекином о поставках.", "ru")
    assert ("Берлином", "place") in found
    assert ("Пекином", "place") in found


def test_a_common_noun_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    ru = _found(
        "Вкладчики Промстройбанка получат деньги. Выпускник МФТИ возглавил отдел. "
        "Гости Твери остались довольны. Роман Ростова не читал.",
        "ru",
    )
    assert ("Промстройбанка", "organisation") in ru
    assert ("МФТИ", "organisation") in ru
    assert ("Твери", "place") in ru
    assert ("Ростова", "place") not in ru
    uk = _found("Клієнти Укргазбанку отримають кошти.", "uk")
    assert ("Укргазбанку", "organisation") in uk


def test_a_body_named_after_a_person_keeps_the_person_in_its_name() -> None:
    ru = _found("Он окончил ПГУ имени Лобачевского, а работал в Институте им. Вавилова.", "ru")
    assert ("ПГУ имени Лобачевского", "organisation") in ru
    assert ("Институте им. Вавилова", "organisation") in ru
    assert not any(kind == "person" for _, kind in ru)
    uk = _found("Він закінчив ЛНУ імені Івана Франка.", "uk")
    assert ("ЛНУ імені Івана Франка", "organisation") in uk


def test_a_common_noun_opening_a_sentence_before_an_adjective_and_its_noun_is_cut() -> None:
    ru = _found("Берега Ладожского озера размыло. Клиенты Петербургской биржи ждут.", "ru")
    assert ("Ладожского озера", "place") in ru
    assert ("Петербургской биржи", "organisation") in ru
    uk = _found("Мешканці Рівненської області отримали допомогу.", "uk")
    assert ("Рівненської області", "place") in uk


def test_a_river_lake_island_or_street_is_a_place_by_the_noun_before_it() -> None:
    ru = _found(
        "Паром ходит по реке Сухоне до острова Валаам, а кафе открыли на улице Покровской.", "ru"
    )
    assert ("Сухоне", "place") in ru
    assert ("Валаам", "place") in ru
    assert ("улице Покровской", "place") in ru
    uk = _found("Пором ходить по річці Десні до острова Хортиця.", "uk")
    assert ("Десні", "place") in uk
    assert ("Хортиця", "place") in uk


def test_parties_unions_funds_chambers_banks_churches_and_fleets_after_adjectives() -> None:
    ru = _found(
        "Депутаты Либеральной партии и Пенсионного фонда поспорили, а Всемирный банк и "
        "Северный флот промолчали. Отчёт приняла Общественная палата.",
        "ru",
    )
    assert {
        "Либеральной партии",
        "Пенсионного фонда",
        "Всемирный банк",
        "Северный флот",
        "Общественная палата",
    } <= {name for name, kind in ru if kind == "organisation"}
    uk = _found("Депутати Лейбористської партії прийшли, а Львівська міська рада промовчала.", "uk")
    assert ("Лейбористської партії", "organisation") in uk
    assert ("Львівська міська рада", "organisation") in uk


def test_a_ukrainian_past_verb_ends_a_head_first_body_s_name() -> None:
    uk = _found("Вчора Національний банк знизив ставку, а Державна служба промовчала.", "uk")
    assert ("Національний банк", "organisation") in uk
    assert not any(name.endswith("знизив") for name, _ in uk)


def test_a_capitalised_body_noun_after_a_role_names_the_body_with_its_place() -> None:
    found = _found("Глава Банка России Ольга Петрова выступила перед депутатами.", "ru")
    assert ("Банка России", "organisation") in found
    assert ("Банка", "person") not in found


def test_a_body_s_name_goes_on_with_its_genitive_words_up_to_a_verb() -> None:
    ru = _found(
        "Аналитики Высшей школы менеджмента подготовили обзор, а Российский фонд "
        "венчурных инвестиций вложил деньги в Южный институт морской биологии.",
        "ru",
    )
    assert ("Высшей школы менеджмента", "organisation") in ru
    assert ("Российский фонд венчурных инвестиций", "organisation") in ru
    assert ("Южный институт морской биологии", "organisation") in ru
    uk = _found("Аналітики Львівської школи бізнесу підготували огляд.", "uk")
    assert ("Львівської школи бізнесу", "organisation") in uk


def test_two_acronyms_after_a_role_or_an_opening_noun_name_a_body() -> None:
    ru = _found("Ректор НИУ МЭИ выступил на форуме. Акции ПАО ВТБ выросли.", "ru")
    assert ("НИУ МЭИ", "organisation") in ru
    assert ("ПАО ВТБ", "organisation") in ru
    assert not any(kind == "person" for _, kind in ru)


def test_a_name_in_latin_letters_in_a_cyrillic_text_is_a_body_s() -> None:
    ru = _found(
        "Сеть Halfords конкурирует с Screwfix и Wickes, а инвесторы Northwind Capital ждут отчёта. "
        "Нашли ошибку? Нажмите Ctrl+Enter.",
        "ru",
    )
    assert {"Halfords", "Screwfix", "Wickes", "Northwind Capital"} <= {
        name for name, kind in ru if kind == "organisation"
    }
    assert not any(name in ("Ctrl", "Enter") for name, _ in ru)
    uk = _found("У Львові та Києві Wickes відкрила нові точки, повідомив Укрінформ.", "uk")
    assert ("Wickes", "organisation") in uk


def test_a_large_city_whose_name_reads_as_a_first_name_is_a_place() -> None:
    ru = _found("Делегация Минфина прилетела в Вену, а затем в Манилу и Гавану.", "ru")
    assert {"Вену", "Манилу", "Гавану"} <= {name for name, kind in ru if kind == "place"}
    uk = _found("Делегація Мінфіну прилетіла до Маніли, а потім до Гавани.", "uk")
    assert {"Маніли", "Гавани"} <= {name for name, kind in uk if kind == "place"}


def test_a_neuter_adjective_before_a_bureau_or_agency_names_a_body() -> None:
    ru = _found("Об этом сообщило Национальное агентство связи, а не министерство.", "ru")
    assert ("Национальное агентство связи", "organisation") in ru
    uk = _found("Підозру оголосило Обласне антикорупційне бюро, а не прокуратура.", "uk")
    assert ("Обласне антикорупційне бюро", "organisation") in uk


def test_a_meeting_is_no_body() -> None:
    found = _found("Внеочередное собрание акционеров пройдёт в марте в Казани.", "ru")
    assert not any(kind == "organisation" for _, kind in found)


def test_a_common_noun_ending_like_a_region_is_no_place() -> None:
    found = _found("Женщина пострадала, когда Брянщина и Смоленщина попали под удар.", "ru")
    assert ("Женщина", "place") not in found
    assert ("Смоленщина", "place") in found


def test_an_airport_s_name_and_an_adjective_before_a_station_are_places() -> None:
    ru = _found("Рейс сел в аэропорту Толмачёво, а поезд ушёл с Казанского вокзала.", "ru")
    assert ("Толмачёво", "place") in ru
    assert ("Казанского вокзала", "place") in ru
    uk = _found("Літак сів в аеропорту Жуляни, а потяг прибув на Південний вокзал.", "uk")
    assert ("Жуляни", "place") in uk
    assert ("Південний вокзал", "place") in uk


def test_a_past_verb_after_a_head_first_body_s_generic_noun_ends_its_name() -> None:
    found = _found("Закон одобрили сенаторы, а Государственная дума приняла поправки.", "ru")
    assert ("Государственная дума", "organisation") in found
    assert not any(name.endswith("приняла") for name, _ in found)


def test_a_region_that_is_no_town_is_a_place_in_its_case_forms() -> None:
    ru = _found("Морозы ударили в Удмуртии и Карелии, а снег выпал в Сибири.", "ru")
    assert {"Удмуртии", "Карелии", "Сибири"} <= {name for name, kind in ru if kind == "place"}
    uk = _found("Морози вдарили на Галичині, а сніг випав на Волині.", "uk")
    assert {"Галичині", "Волині"} <= {name for name, kind in uk if kind == "place"}


def test_a_common_noun_opening_a_sentence_before_a_region_by_its_ending_is_cut() -> None:
    uk = _found("Фермери Полтавщини зібрали врожай, а Черкащина чекає дощів.", "uk")
    assert ("Полтавщини", "place") in uk
    ru = _found("Фермеры Смоленщины собрали урожай.", "ru")
    assert ("Смоленщины", "place") in ru


def test_the_place_after_a_capitalised_generic_noun_is_part_of_the_body_s_name() -> None:
    uk = _found("Закон ухвалила Верховна Рада України, а Верховний Суд Молдови його оцінив.", "uk")
    assert ("Верховна Рада України", "organisation") in uk
    assert ("Верховний Суд Молдови", "organisation") in uk


def test_compounds_ending_in_a_council_duma_or_staff_are_bodies() -> None:
    uk = _found("За даними Генштабу, Одесміськрада виділила кошти.", "uk")
    assert ("Генштабу", "organisation") in uk
    assert ("Одесміськрада", "organisation") in uk
    ru = _found("По данным Генштаба, Мособлдума выделила деньги.", "ru")
    assert ("Генштаба", "organisation") in ru
    assert ("Мособлдума", "organisation") in ru


def test_an_adjective_before_pravda_names_an_outlet() -> None:
    ru = _found("Об этом пишет Комсомольская правда со ссылкой на источники.", "ru")
    assert ("Комсомольская правда", "organisation") in ru
    uk = _found("Про це написала Українська правда з посиланням на джерела.", "uk")
    assert ("Українська правда", "organisation") in uk


def test_a_quoted_name_after_a_stadium_or_metro_is_a_place() -> None:
    ru = _found("Матч пройдёт на стадионе «Фишт», а станцию метро «Чкаловская» закроют.", "ru")
    assert ("Фишт", "place") in ru
    assert ("Чкаловская", "place") in ru
    uk = _found("Матч пройде на стадіоні «Славутич-Арена» у Запоріжжі.", "uk")
    assert ("Славутич-Арена", "place") in uk


def test_a_venue_named_after_a_sponsor_or_a_town_is_a_place() -> None:
    ru = _found("Финал пройдёт на Сибур Арене, а полуфинал на Фонбет Арене.", "ru")
    assert ("Сибур Арене", "place") in ru
    assert ("Фонбет Арене", "place") in ru
    uk = _found("Фінал пройде на Арені Харків у травні.", "uk")
    assert ("Арені Харків", "place") in uk


def test_a_ministry_s_short_name_is_a_body_in_any_case() -> None:
    ru = _found(
        "Поправки внесли в Минпромторге, а Минцифры и Мосгорсуд их обсудили в Минске.", "ru"
    )
    assert {"Минпромторге", "Минцифры", "Мосгорсуд"} <= {
        name for name, kind in ru if kind == "organisation"
    }
    assert ("Минске", "place") in ru
    uk = _found("Поправки підготувало Міненерго, а Мінцифри їх погодило в Києві.", "uk")
    assert {"Міненерго", "Мінцифри"} <= {name for name, kind in uk if kind == "organisation"}


def test_compounds_ending_in_an_assembly_or_a_parliament_are_bodies() -> None:
    ru = _found("Резолюцию поддержали Генассамблея и Европарламент на сессии в Брюсселе.", "ru")
    assert {"Генассамблея", "Европарламент"} <= {
        name for name, kind in ru if kind == "organisation"
    }
    uk = _found("Резолюцію підтримав Європарламент на сесії в Брюсселі.", "uk")
    assert ("Європарламент", "organisation") in uk


def test_the_acronym_of_the_body_a_body_belongs_to_is_part_of_its_name() -> None:
    found = _found(
        "Резолюцию приняла Генассамблея ООН, а Антимонопольный комитет ЕАЭС промолчал.", "ru"
    )
    assert ("Генассамблея ООН", "organisation") in found
    assert ("Антимонопольный комитет ЕАЭС", "organisation") in found


def test_a_common_adjective_opening_a_sentence_names_no_body_with_a_generic_noun() -> None:
    # (only its place in the sentence capitalises it: a new school, a local court)
    ru = _found(
        "Новая школа откроется в сентябре. Местный суд отказался рассматривать иск. "
        "Крупнейший банк повысил ставки. Центральный банк снизил ставку.",
        "ru",
    )
    assert not {name for name, _ in ru} & {"Новая школа", "Местный суд", "Крупнейший банк"}
    assert ("Центральный банк", "organisation") in ru
    uk = _found(
        "Нова партія збирає підписи. Приватна школа у Львові закрилася. "
        "Конституційний суд розгляне скаргу.",
        "uk",
    )
    assert not {name for name, _ in uk} & {"Нова партія", "Приватна школа"}
    assert ("Конституційний суд", "organisation") in uk
    court = _found("Городской суд Сочи отказал в иске.", "ru")
    assert ("Городской суд Сочи", "organisation") in court


def test_an_english_common_abbreviation_after_an_opening_noun_is_no_body() -> None:
    found = _found("Рынок IPO оживился весной. Зарплата CEO выросла вдвое.", "ru")
    assert not {name for name, _ in found} & {"IPO", "CEO"}
    assert ("Сбербанка", "organisation") in _found("Акции Сбербанка подорожали.", "ru")


def test_a_common_noun_ending_like_a_body_s_compound_is_no_body() -> None:
    ru = _found("Масштаб разрушений оценивают спасатели. В Генштабе прошло совещание.", "ru")
    assert "Масштаб" not in {name for name, _ in ru}
    assert ("Генштабе", "organisation") in ru
    uk = _found("Масштаб руйнувань оцінюють рятувальники. Естрада знову в моді.", "uk")
    assert not {name for name, _ in uk} & {"Масштаб", "Естрада"}


def test_an_evaluative_adjective_opening_a_sentence_names_no_outlet_with_pravda() -> None:
    ru = _found("Горькая правда в том, что денег нет. Об этом пишет Комсомольская правда.", "ru")
    assert "Горькая правда" not in {name for name, _ in ru}
    assert ("Комсомольская правда", "organisation") in ru
    uk = _found("Гірка правда полягає в тому, що грошей немає.", "uk")
    assert "Гірка правда" not in {name for name, _ in uk}


def test_the_soviet_union_is_a_place_in_its_case_forms() -> None:
    ru = _found("Он родился в Советском Союзе, а учился в Польше.", "ru")
    assert ("Советском Союзе", "place") in ru
    uk = _found("Він народився в Радянському Союзі й переїхав до Польщі.", "uk")
    assert ("Радянському Союзі", "place") in uk


def test_a_body_s_name_takes_no_dative_adverb_or_future_verb_after_its_noun() -> None:
    ru = _found(
        "Об этом рассказал Антимонопольный комитет журналистам. Заявление опубликовал "
        "Пенсионный фонд утром. Вчера Следственный комитет возбудит дело. Грант выделил "
        "Российский фонд фундаментальных исследований. Прогноз дал Азовский институт "
        "рыбного хозяйства.",
        "ru",
    )
    assert {"Антимонопольный комитет", "Пенсионный фонд", "Следственный комитет"} <= {
        name for name, kind in ru if kind == "organisation"
    }
    assert ("Российский фонд фундаментальных исследований", "organisation") in ru
    assert ("Азовский институт рыбного хозяйства", "organisation") in ru
    uk = _found("Дослідження провела Львівська школа бізнесу спільно з урядом.", "uk")
    assert ("Львівська школа бізнесу", "organisation") in uk


def test_a_latin_word_of_a_phrase_in_english_is_no_body() -> None:
    found = _found(
        "«We will win this war», — сказал он. На футболке была надпись Made in Russia. "
        "Цены в магазинах Halfords выросли.",
        "ru",
    )
    assert not {name for name, _ in found} & {"We", "Made"}
    assert ("Halfords", "organisation") in found


def test_a_noun_opening_a_sentence_before_a_body_s_genitive_names_no_body() -> None:
    # (``Заява`` ends as a feminine adjective does, but ``партії`` does not agree with it)
    uk = _found(
        "Заява партії з'явилася на сайті. Робота комісії триває. Державна служба "
        "повідомила про це, а Велика рада зібралася вчора.",
        "uk",
    )
    assert not {name for name, _ in uk} & {"Заява партії", "Робота комісії"}
    assert {"Державна служба", "Велика рада"} <= {
        name for name, kind in uk if kind == "organisation"
    }


def test_a_masculine_noun_opening_a_sentence_before_a_body_s_genitive_names_no_body() -> None:
    ru = _found(
        "Комментарий суда появился вечером. Герой союза писателей выступил. Об этом "
        "сообщил Верховный суд, а решение принял Высший совет.",
        "ru",
    )
    assert not {name for name, _ in ru} & {"Комментарий суда", "Герой союза"}
    assert {"Верховный суд", "Высший совет"} <= {
        name for name, kind in ru if kind == "organisation"
    }
    uk = _found("Коментарій суду з'явився ввечері. Про це заявив Верховний Суд.", "uk")
    assert "Коментарій суду" not in {name for name, _ in uk}


def test_an_ordinal_opening_a_sentence_names_no_body_with_a_generic_noun() -> None:
    uk = _found("Друга палата парламенту проголосувала проти.", "uk")
    assert "Друга палата" not in {name for name, _ in uk}
    ru = _found("Вторая палата парламента проголосовала против.", "ru")
    assert "Вторая палата" not in {name for name, _ in ru}


def test_a_bodys_territorial_office_is_one_organisation_with_its_territory() -> None:
    ru = _found(
        "Вечером ГУ МЧС России по Ростовской области сообщило о пожаре. Позже в УФСИН по "
        "Москве подтвердили перевод заключенного.",
        "ru",
    )
    assert ("ГУ МЧС России по Ростовской области", "organisation") in ru
    assert ("УФСИН по Москве", "organisation") in ru
    assert not any(text in ("Ростовской области", "Москве") for text, _ in ru)
    uk = _found(
        "Пожежу загасили рятувальники ГУ ДСНС у Дніпропетровській області. МЗС у Варшаві "
        "отримало ноту.",
        "uk",
    )
    assert ("ГУ ДСНС у Дніпропетровській області", "organisation") in uk
    # (a ministry in a city is no territorial office: the city is a place of its own)
    assert ("МЗС", "organisation") in uk


def test_a_territorial_office_of_a_republic_keeps_the_republic_s_noun() -> None:
    # (``Республике`` before the territory's name is no part of the place's mention)
    ru = _found("Проверку начали в УФАС по Республике Карелия после жалобы.", "ru")
    assert ("УФАС по Республике Карелия", "organisation") in ru
    assert ("Карелия", "place") not in ru


def test_a_companys_name_before_a_territory_is_no_territorial_office() -> None:
    ru = _found("Сбербанк по Москве выдал больше кредитов, чем год назад.", "ru")
    assert ("Сбербанк", "organisation") in ru
    assert ("Москве", "place") in ru
    uk = _found("Компанія Kernel у Київській області побудувала завод.", "uk")
    assert ("Kernel", "organisation") in uk
    assert not any(text.startswith("Kernel у") for text, _ in uk)
