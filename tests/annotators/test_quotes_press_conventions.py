"""Attribution in the continental press (issue #16, "Six languages", session 18): the orders
of French, German, Spanish, Russian and Ukrainian news (an inverted French pronoun, a subject
left out, an attribution inside one pair of marks, a role phrase pointing back, an unnamed
source, a name in the genitive), roles before and after a name, bodies speaking, names in
quotation marks that are no speech, and a quotation over two paragraphs.

The sentences are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def quotes(text: str, language: str) -> dict[str, tuple[str | None, str | None]]:
    """``{quoted words: (speaker, role)}`` of every quotation of one article."""
    return speakers_and_roles(text, dt.date(2025, 3, 4), "p", language)


def continues(text: str, language: str) -> dict[str, bool]:
    """``{quoted words: continues}`` of every quotation of one article."""
    document = Document.from_text(
        text, id="p", metadata=Metadata(language=language, published=dt.date(2025, 3, 4))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    return {
        q.text.rstrip(",."): bool(q.attributes.get("continues"))
        for q in document.annotations_of(AnnotationKind.QUOTE)
    }


def test_french_inverted_pronoun_after_its_verb() -> None:
    found = quotes(
        "Le ministre des Transports, Philippe Tabarot, a reçu les syndicats.\n\n"
        "« Nous ne pouvons pas attendre », a déclaré Philippe Tabarot.\n\n"
        "« Le dialogue doit reprendre », a-t-il ajouté.\n\n"
        "« Rien n'est joué », estime-t-il.",
        "fr",
    )
    assert found["Le dialogue doit reprendre"][0] == "Philippe Tabarot"
    assert found["Rien n'est joué"][0] == "Philippe Tabarot"


def test_spanish_cue_without_a_subject_is_the_last_speakers() -> None:
    found = quotes(
        "«Hemos perdido todo», dijo a este periódico María García, vecina de Paiporta.\n\n"
        "«Mi casa sigue llena de barro», añadió.",
        "es",
    )
    assert found["Mi casa sigue llena de barro"][0] == "María García"
    assert found["Hemos perdido todo"] == ("María García", "vecina de Paiporta")


def test_an_attribution_inside_one_pair_of_marks() -> None:
    spanish = quotes(
        "El Gobierno presentó su plan.\n\n"
        "«Es propaganda —afirmó el líder del PP, Alberto Núñez Feijóo—. No hay nada nuevo».",
        "es",
    )
    (said,) = spanish.values()
    assert said == ("Alberto Núñez Feijóo", "líder del PP")
    russian = quotes(
        "Деян Станкович провёл пресс-конференцию.\n\n"
        "Экономист Наталья Орлова прокомментировала итоги.\n\n"
        "«Ошибки стоили нам очков, — сказал Станкович. — Будем работать».",
        "ru",
    )
    assert next(iter(s for t, (s, _) in russian.items() if t.startswith("Ошибки"))) == (
        "Деян Станкович"
    )


def test_a_definite_role_phrase_points_to_the_person_holding_the_role() -> None:
    german = quotes(
        "Bundesumweltminister Carsten Schneider hat neue Mittel zugesagt.\n\n"
        "Laut UN-Generalsekretär António Guterres ist „die Zeit der Ausreden vorbei“.\n\n"
        "„Wir lassen niemanden allein“, sagte der Minister.",
        "de",
    )
    assert german["Wir lassen niemanden allein"][0] == "Carsten Schneider"
    spanish = quotes(
        "«La economía mantiene su dinamismo», afirmó el gobernador del Banco de España, "
        "José Luis Escrivá.\n\n"
        "«Persisten riesgos externos», advirtió el gobernador.",
        "es",
    )
    assert spanish["Persisten riesgos externos"][0] == "José Luis Escrivá"
    russian = quotes(
        "Губернатор Свердловской области Денис Паслер провёл пресс-конференцию.\n\n"
        "«Работы начнутся весной», — сказал Паслер.\n\n"
        "Жительница города Ольга Смирнова рассказала: «Дороги разбиты».\n\n"
        "«Мы будем следить за качеством работ», — добавил губернатор.",
        "ru",
    )
    assert russian["Мы будем следить за качеством работ"][0] == "Денис Паслер"


def speakers(text: str, language: str) -> list[str | None]:
    """The speakers of an article's quotations, in text order."""
    return [speaker for speaker, _ in quotes(text, language).values()]


def test_an_unnamed_source_is_credited_as_written() -> None:
    assert speakers(
        "Une source diplomatique a confié : « Les discussions ont été franches. »", "fr"
    ) == ["une source diplomatique"]
    assert speakers(
        "Ein Sprecher des Finanzministeriums sagte auf Anfrage: „Wir kommentieren das nicht.“",
        "de",
    ) == ["ein Sprecher des Finanzministeriums"]
    assert speakers(
        "Un bombero que pidió el anonimato contó: «Trabajamos sin descanso».", "es"
    ) == ["un bombero"]
    assert speakers("Джерело в Генштабі повідомило, що «підготовка триває».", "uk") == [
        "джерело в Генштабі"
    ]


def test_a_name_in_the_genitive_after_a_role_and_a_role_alone() -> None:
    assert speakers(
        "По словам капитана команды Даниила Фомина, «раздевалка верит в победу».", "ru"
    ) == ["Даниил Фомин"]
    found = quotes(
        "Міністр оборони Денис Шмигаль провів зустріч із партнерами.\n\n"
        "За словами мера Одеси Геннадія Труханова, «місто впорається».\n\n"
        "За словами міністра оборони, «виробництво дронів зросло вдвічі».",
        "uk",
    )
    assert found["місто впорається"][0] == "Геннадій Труханов"
    assert found["виробництво дронів зросло вдвічі"] == ("Денис Шмигаль", "Міністр оборони")


def test_roles_before_and_after_a_name() -> None:
    spanish = quotes(
        "El presidente de la Generalitat, Carlos Mazón, afirmó que «las ayudas llegarán».\n\n"
        "Carlo Ancelotti, técnico del Real Madrid, reconoció: «Hoy no hemos estado bien».",
        "es",
    )
    assert spanish["las ayudas llegarán"] == ("Carlos Mazón", "presidente de la Generalitat")
    assert spanish["Hoy no hemos estado bien"] == ("Carlo Ancelotti", "técnico del Real Madrid")
    ukrainian = quotes(
        "Міністр енергетики Герман Галущенко заявив: «Ми відновили більшість об'єктів».", "uk"
    )
    assert ukrainian["Ми відновили більшість об'єктів"] == (
        "Герман Галущенко",
        "Міністр енергетики",
    )


def test_bodies_speaking() -> None:
    french = quotes(
        "La SNCF a indiqué dans un communiqué que « le plan de transport sera adapté ».\n\n"
        "D'après l'Insee, « l'activité reste atone ».",
        "fr",
    )
    assert french["le plan de transport sera adapté"][0] == "SNCF"
    assert french["l'activité reste atone"][0] == "Insee"
    assert speakers(
        "Le ministère de l'Intérieur a publié un bilan.\n\n"
        "« Aucune victime n'est à déplorer », a indiqué le ministère dans un communiqué.",
        "fr",
    ) == ["ministère de l'Intérieur"]
    russian = quotes(
        "Клуб «Спартак» сообщил в своём канале: «Работа над ошибками началась».\n\n"
        "В пресс-службе Минфина заявили: «Все обязательства будут выполнены».",
        "ru",
    )
    assert russian["Работа над ошибками началась"][0] == "Спартак"
    assert russian["Все обязательства будут выполнены"][0] == "Минфин"


def test_names_in_quotation_marks_are_no_speech() -> None:
    russian = quotes(
        "«Динамо» обыграло «Спартак» в дерби\n\n"
        "МОСКВА — ФК «Динамо» в воскресенье обыграл «Спартак» со счётом 2:1.\n\n"
        "«Команда показала характер», — сказал главный тренер «Динамо» Марцел Личка.\n\n"
        "Наставник «Спартака» Деян Станкович признал: «Мы сами отдали победу».",
        "ru",
    )
    assert set(russian) == {"Команда показала характер", "Мы сами отдали победу"}
    assert russian["Команда показала характер"] == ("Марцел Личка", "главный тренер «Динамо»")
    german = quotes(
        "Sportvorstand Max Eberl sagte der „Bild“: „Wir sind auf einem guten Weg.“", "de"
    )
    assert set(german) == {"Wir sind auf einem guten Weg"}


def test_a_quotation_over_two_paragraphs_with_its_attribution_inside() -> None:
    text = (
        "Le président Emmanuel Macron s'est adressé aux Français.\n\n"
        "« Nous avons pris des engagements, a déclaré Emmanuel Macron. Nous les tiendrons.\n\n"
        "« L'Europe doit se doter des moyens de sa défense. »"
    )
    found = quotes(text, "fr")
    assert {speaker for speaker, _ in found.values()} == {"Emmanuel Macron"}
    assert continues(text, "fr")["L'Europe doit se doter des moyens de sa défense"]


def test_english_keeps_its_own_rules() -> None:
    # The continental rules read other languages only: an English cue with no subject after
    # a quotation names no one.
    found = quotes(
        "\u201cWe lost everything,\u201d said Maria Garcia, a resident.\n\n"
        "\u201cThe house is still full of mud,\u201d added.",
        "en",
    )
    assert found["The house is still full of mud"][0] is None


def test_a_quotation_reopened_with_its_closing_mark_continues() -> None:
    # The Spanish (and older French) convention: each paragraph a quotation runs on into
    # opens with the closing mark.
    text = (
        "El ministro de Economía, Carlos Cuerpo, celebró los datos.\n\n"
        "«Seguiremos trabajando para que el crecimiento llegue a todos.\n\n"
        "»Y para que se traduzca en empleo de calidad», añadió el ministro."
    )
    found = quotes(text, "es")
    assert found["Y para que se traduzca en empleo de calidad"][0] == "Carlos Cuerpo"
    assert continues(text, "es")["Y para que se traduzca en empleo de calidad"]


def test_speech_in_dialogue_form() -> None:
    # Speech set off by dashes, no marks: each turn's attribution follows its dash; a list of
    # items opening with dashes is no speech.
    russian = quotes(
        "Министр финансов Антон Силуанов выступил на форуме.\n\n"
        "— Мы не планируем повышать налоги, — сказал Силуанов. — Бюджет сбалансирован.\n\n"
        "Меры поддержки включают:\n\n"
        "— снижение пошлин;\n\n"
        "— новые льготы.",
        "ru",
    )
    assert {text: speaker for text, (speaker, _) in russian.items()} == {
        "Мы не планируем повышать налоги": "Антон Силуанов",
        "Бюджет сбалансирован": "Антон Силуанов",
    }
    spanish = quotes(
        "La alcaldesa de Zaragoza, Natalia Chueca, se reunió con los vecinos.\n\n"
        "—Vamos a reformar la plaza —afirmó Chueca—. El proyecto ya está aprobado.",
        "es",
    )
    assert [speaker for speaker, _ in spanish.values()] == ["Natalia Chueca", "Natalia Chueca"]


def test_definite_phrase_without_a_role_noun_points_back_to_no_one() -> None:
    """Review of c05b0e3: only a role noun points back to a person; a plural is a group; a
    German compound ending in a body noun is a body."""
    fr = quotes(
        "Le ministre de l'Intérieur, Gérald Darmanin, s'est rendu sur place.\n\n"
        "« Nous serons fermes », a déclaré Gérald Darmanin.\n\n"
        "« Nous avons eu très peur », ont déclaré les habitants.\n\n"
        "« Le feu est maîtrisé », ont affirmé les procureurs.",
        "fr",
    )
    assert fr["Nous avons eu très peur"][0] != "Gérald Darmanin"
    assert fr["Le feu est maîtrisé"][0] != "Gérald Darmanin"
    es = quotes(
        "El alcalde, Juan Pérez, visitó el barrio.\n\n"
        "«Todo irá bien», dijo Juan Pérez.\n\n"
        "«Lo hemos perdido todo», dijeron los vecinos.\n\n"
        "«La situación es grave», señaló el informe.",
        "es",
    )
    assert es["Lo hemos perdido todo"][0] != "Juan Pérez"
    assert es["La situación es grave"][0] != "Juan Pérez"
    de = quotes(
        "Bundeskanzler Olaf Scholz reiste nach Paris.\n\n"
        "„Wir stehen zusammen“, sagte Olaf Scholz.\n\n"
        "„Das Urteil ist rechtskräftig“, sagte das Gericht.\n\n"
        "„Die Werte steigen“, erklärte die Studie.",
        "de",
    )
    assert de["Das Urteil ist rechtskräftig"][0] != "Olaf Scholz"
    assert de["Die Werte steigen"][0] != "Olaf Scholz"


def test_german_capitalised_noun_is_no_name() -> None:
    """Review of c05b0e3: German writes every noun with a capital; ``laut Eigenangabe`` names
    no one."""
    found = quotes(
        "Die Firma wächst. „Wir haben zehn neue Stellen“, heißt es laut Eigenangabe.\n\n"
        "„Der Fahrer war zu schnell“, steht laut Polizeibericht fest.",
        "de",
    )
    assert all(speaker not in {"Eigenangabe", "Polizeibericht"} for speaker, _ in found.values())


def test_one_word_answer_in_marks_is_speech() -> None:
    """Review of c05b0e3: a one-word answer after a speech verb, or a stop word, is no name."""
    fr = quotes(
        "Interrogé sur sa candidature, le député a répondu « Non » sans hésiter.\n\n"
        "Son collègue répond « Peut-être » avec un sourire.",
        "fr",
    )
    assert "Non" in fr
    uk = quotes("Міністр відповів «Ні» на питання журналістів про відставку.", "uk")
    assert "Ні" in uk


def test_pronoun_after_the_cue_beats_a_person_named_later() -> None:
    """Review of c05b0e3: ``сказала она ... с Владимиром Путиным`` is her, not Putin."""
    ru = quotes(
        "Глава Центробанка Эльвира Набиуллина выступила в Москве.\n\n"
        "«Инфляция замедляется», — сказала Эльвира Набиуллина.\n\n"
        "«Ставка останется высокой», — сказала она на встрече с Владимиром Путиным.",
        "ru",
    )
    assert ru["Ставка останется высокой"][0] == "Эльвира Набиуллина"
    es = quotes(
        "La ministra de Hacienda, María Jesús Montero, habló en Sevilla.\n\n"
        "«Los presupuestos llegarán», dijo María Jesús Montero.\n\n"
        "«No habrá recortes», dijo ella tras reunirse con Pedro Sánchez.",
        "es",
    )
    assert es["No habrá recortes"][0] == "María Jesús Montero"


def test_colon_person_is_the_clauses_subject() -> None:
    """Review of c05b0e3: the name before a colon speaks only as the clause's subject."""
    es = quotes(
        "La reunión entre Pedro Sánchez y Alberto Núñez Feijóo terminó: «No hay acuerdo posible "
        "sobre la financiación autonómica».",
        "es",
    )
    assert all(s not in {"Alberto Núñez Feijóo", "Pedro Sánchez"} for s, _ in es.values())
    subject = quotes(
        "La portavoz del Sindicato, Valeria Racu, fue tajante: «No vamos a aceptar este "
        "convenio colectivo».",
        "es",
    )
    assert subject["No vamos a aceptar este convenio colectivo"][0] == "Valeria Racu"


def test_described_role_needs_a_role_noun() -> None:
    """Review of c05b0e3: ``Name, que ganó en Wimbledon el año pasado,`` states no role."""
    found = quotes(
        "Carlos Alcaraz, que ganó en Wimbledon el año pasado, dijo: «Estoy listo para volver "
        "a la pista central».\n\n"
        "Carlo Ancelotti, entrenador del Real Madrid, dijo: «El equipo ha trabajado muy bien "
        "esta semana».",
        "es",
    )
    assert found["Estoy listo para volver a la pista central"] == ("Carlos Alcaraz", None)
    assert found["El equipo ha trabajado muy bien esta semana"] == (
        "Carlo Ancelotti",
        "entrenador del Real Madrid",
    )


def test_spanish_dialogue_cue_closed_by_a_dash() -> None:
    """Review of c05b0e3: ``—Estamos listos —dijo—.`` is the last speaker's."""
    found = quotes(
        "«Vamos a ganar este partido», dijo el capitán Álvaro Morata.\n\n"
        "—Estamos listos —dijo—. El equipo confía en el entrenador.",
        "es",
    )
    assert any(s == "Álvaro Morata" and q.startswith("Estamos listos") for q, (s, _) in
               found.items())  # fmt: skip


def test_name_in_marks_inside_dialogue_keeps_the_speech() -> None:
    """Review of c05b0e3: a « » name inside a dialogue paragraph is no quotation of its own."""
    found = quotes(
        "Міністр інфраструктури Олексій Кулеба відвідав Київ.\n\n"
        "— Ми відновимо «Укрзалізницю» до кінця року, — сказав він.",
        "uk",
    )
    assert found == {
        "Ми відновимо «Укрзалізницю» до кінця року": ("Олексій Кулеба", "Міністр інфраструктури")
    }


def test_a_role_phrase_no_one_holds_is_given_to_no_person() -> None:
    """Review of 9d37761: a role phrase whose noun is no person's stated role was given to the
    last or the nearest person named; it stays the phrase (or its body), as written."""
    es = quotes(
        "Pedro Sánchez llegó a Bruselas el lunes.\n\nEl portavoz del PP dijo: «Es falso».",
        "es",
    )
    assert es["Es falso"][0] != "Pedro Sánchez"
    spokesman = quotes(
        "Olaf Scholz reiste nach Kiew.\n\nDer Sprecher sagte: „Wir helfen weiter.“", "de"
    )
    assert spokesman["Wir helfen weiter"][0] == "Der Sprecher"
    minister = quotes(
        "Olaf Scholz traf den Minister.\n\nDer Minister sagte: „Wir helfen weiter.“", "de"
    )
    assert minister["Wir helfen weiter"][0] == "Der Minister"
    chancellor = quotes(
        "Bundeskanzler Olaf Scholz reiste nach Kiew.\n\nDer Kanzler sagte: „Wir helfen weiter.“",
        "de",
    )
    assert chancellor["Wir helfen weiter"][0] == "Olaf Scholz"
