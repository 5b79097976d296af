"""Page furniture in other languages (``[page]`` of each data file, languages/page.py): the
plain-text parser drops a scraped page's furniture lines (``Anzeige``, ``Lire aussi``,
``Читайте также``...) and the entity annotator refuses them as names, while an ordinary sentence
holding the same word stays article text. The pages are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from helpers.entities import typed
from newsbrief.annotators.entities.furniture import refused
from newsbrief.languages import language
from newsbrief.model import SpanKind
from newsbrief.nlp.candidates import Candidate, candidate_fields
from newsbrief.parsers.plaintext import noise
from newsbrief.parsers.plaintext.analysis import analyze

#: Per language: a scraped page, its furniture lines the parser drops before it knows the
#: page's language (phrases, captions: one-word lines only in their own language, below), and
#: lines holding the same words that are article text.
PAGES = {
    "de": (
        "Bahnstreik legt den Fernverkehr lahm\n\n"
        "Die Gewerkschaft hat am Montag den Fernverkehr der Bahn bestreikt, sagte ein Sprecher.\n"
        "Anzeige\n"
        "Foto: Michael Kappeler/dpa\n"
        "Lesen Sie auch\n"
        "Die Verhandlungen sollen am Freitag in Frankfurt fortgesetzt werden.\n"
        "Werbung\n"
        "Die Anzeige gegen den Vorstand wurde am Dienstag zurückgezogen, teilte das Gericht mit.\n"
        "Lesen Sie auch, was der Minister am Abend dazu gesagt hat.\n"
        "Artikel teilen\n"
        "12 Kommentare\n"
        "Hans M. — Das ist doch ein Skandal.\n",
        ["Foto: Michael Kappeler/dpa", "Lesen Sie auch", "Artikel teilen"],
        [
            "Die Anzeige gegen den Vorstand wurde am Dienstag zurückgezogen",
            "Lesen Sie auch, was der Minister am Abend dazu gesagt hat.",
        ],
    ),
    "fr": (
        "La grève paralyse les trains\n\n"
        "Le syndicat a appelé lundi à la grève dans les transports, a indiqué un porte-parole.\n"
        "Publicité\n"
        "Photo : AFP\n"
        "Lire aussi :\n"
        "Les négociations doivent reprendre vendredi à Lyon.\n"
        "La publicité pour les paris sportifs sera interdite l'an prochain, selon le ministre.\n"
        "Partager\n",
        ["Photo : AFP", "Lire aussi :"],
        ["La publicité pour les paris sportifs sera interdite"],
    ),
    "es": (
        "La huelga paraliza los trenes\n\n"
        "El sindicato convocó el lunes una huelga en el transporte, según un portavoz.\n"
        "Publicidad\n"
        "Foto: EFE\n"
        "Lee también\n"
        "Las negociaciones se reanudarán el viernes en Sevilla.\n"
        "La publicidad de las apuestas quedará prohibida el año próximo, dijo el ministro.\n"
        "Compartir\n",
        ["Foto: EFE", "Lee también"],
        ["La publicidad de las apuestas quedará prohibida"],
    ),
    "ru": (
        "Забастовка остановила поезда\n\n"
        "Профсоюз в понедельник объявил забастовку на транспорте, сообщил представитель.\n"
        "Реклама\n"
        "Фото: РИА Новости\n"
        "Читайте также:\n"
        "Переговоры возобновятся в пятницу в Казани.\n"
        "Реклама азартных игр будет запрещена со следующего года, заявил министр.\n"
        "Поделиться\n",
        ["Фото: РИА Новости", "Читайте также:"],
        ["Реклама азартных игр будет запрещена"],
    ),
    "uk": (
        "Страйк зупинив потяги\n\n"
        "Профспілка в понеділок оголосила страйк на транспорті, повідомив речник.\n"
        "Реклама\n"
        "Фото: Укрінформ\n"
        "Читайте також\n"
        "Переговори відновляться в п'ятницю у Львові.\n"
        "Реклама азартних ігор буде заборонена з наступного року, заявив міністр.\n"
        "Поділитися\n",
        ["Фото: Укрінформ", "Читайте також"],
        ["Реклама азартних ігор буде заборонена"],
    ),
}


def _removed_lines(text: str) -> set[str]:
    """The lines of ``text`` that the parser's analysis sets aside whole."""
    removed = analyze(text).removed
    lines = set()
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        if line and any(s.start <= start and end <= s.end for s in removed):
            lines.add(line)
        offset = end + 1
    return lines


@pytest.mark.parametrize("code", sorted(PAGES))
def test_furniture_lines_are_dropped_and_sentences_with_the_same_words_kept(code: str) -> None:
    text, furniture, prose = PAGES[code]
    removed = _removed_lines(text)
    assert set(furniture) <= removed, (set(furniture) - removed, removed)
    for sentence in prose:
        line = next(line for line in text.split("\n") if line.startswith(sentence))
        assert line not in removed, (line, removed)


def test_reader_comments_under_a_german_header_are_set_aside() -> None:
    text = PAGES["de"][0]
    comments = [s for s in analyze(text).removed if s.kind is SpanKind.COMMENT]
    assert comments and text[comments[0].start :].startswith("12 Kommentare"), comments


@pytest.mark.parametrize("code", sorted(PAGES))
def test_furniture_lines_are_no_entities(code: str) -> None:
    text, furniture, _ = PAGES[code]
    found = typed(text, code)
    assert not set(found) & set(furniture), found


def _candidate(text: str, name: str, code: str) -> tuple[tuple[int, int, tuple[object, ...]], bool]:
    start = text.index(name)
    fields = candidate_fields(
        Candidate(start, start + len(name), name, "organisation", language=code)
    )
    return ((start, start + len(name), fields), False)


@pytest.mark.parametrize(
    ("code", "phrase", "name"),
    [
        ("de", "Anzeige", "Deutsche Bahn"),
        ("fr", "Publicité", "Air France"),
        ("es", "Publicidad", "Banco Santander"),
        ("ru", "Реклама", "Газпром"),
        ("uk", "Реклама", "Укрзалізниця"),
        ("it", "Pubblicità", "Ferrovie dello Stato"),
        ("pl", "Reklama", "Orlen"),
        ("nl", "Advertentie", "Philips"),
        ("pt", "Publicidade", "Petrobras"),
    ],
)
def test_the_entity_filter_refuses_a_furniture_phrase_and_keeps_a_name(
    code: str, phrase: str, name: str
) -> None:
    text = f"{phrase} {name}"
    here = [_candidate(text, phrase, code), _candidate(text, name, code)]
    kept = refused(text, 0, len(text), here, language(code).stopwords, code)
    assert [read[0][2][0] for read in kept] == [name]


@pytest.mark.parametrize(
    ("code", "label"), [("de", "POLITIK"), ("fr", "ÉCONOMIE"), ("ru", "ПОЛИТИКА"), ("uk", "СПОРТ")]
)
def test_a_section_label_in_capitals_is_no_entity(code: str, label: str) -> None:
    here = [_candidate(label, label, code)]
    assert refused(label, 0, len(label), here, language(code).stopwords, code) == []


#: One-word furniture lines of a language, furniture only on a page in that language.
ONE_WORD = {
    "de": ["Anzeige", "Werbung", "Teilen"],
    "fr": ["Publicité", "Partager"],
    "es": ["Publicidad", "Compartir"],
    "ru": ["Реклама", "Поделиться"],
    "uk": ["Реклама", "Поділитися"],
}


@pytest.mark.parametrize("code", sorted(ONE_WORD))
def test_one_word_furniture_lines_apply_in_their_own_language(code: str) -> None:
    for line in ONE_WORD[code]:
        assert noise.is_promo(line, code), line
        assert not noise.is_promo(line), line  # the default language's (English) only
    other = "en" if code != "en" else "de"
    assert not any(noise.is_promo(line, other) for line in ONE_WORD[code])


#: Ordinary one-word lines and words of one language that are another language's button,
#: related label, share suffix or comment header: never furniture on a page whose language is
#: not known, nor on a page in another language.
ORDINARY_LINES = [
    "Del",  # es/it "of the"; da/no "share"
    "Dela:",  # sv "share"
    "Stampa",  # it "print"; also a newspaper
    "Tisk",  # cs "print"
    "Печать",  # ru "print"; also "the press"
    "Imprimir",
    "Relacionado",  # es related label
    "Polecamy",  # pl related label
    "Kommentare",  # de comment header
    "Reacties",  # nl comment header
    "Jaa",  # fi share
    "Teilen",
]


@pytest.mark.parametrize("line", ORDINARY_LINES)
@pytest.mark.parametrize("code", [None, "en", "es", "it", "pt", "de"])
def test_another_languages_one_word_buttons_are_ordinary_lines(line: str, code: str | None) -> None:
    page = language(code or "en").page
    if line.lower().rstrip(":") in page.buttons | page.related | page.comment_headers:
        return  # its own language's button
    assert not noise.is_promo(line, code)
    assert not noise.is_related_label(line, code)
    assert not noise.starts_comments(line, code)
    assert not noise.is_caption(line, language=code)


@pytest.mark.parametrize(
    ("code", "line"),
    [("da", "Del"), ("sv", "Dela:"), ("it", "Stampa"), ("cs", "Tisk"), ("ru", "Печать")],
)
def test_a_one_word_button_is_one_in_its_own_language(code: str, line: str) -> None:
    assert noise.is_promo(line, code)


def test_one_word_related_labels_and_comment_headers_in_their_own_language() -> None:
    assert noise.is_related_label("Relacionado", "es") and noise.is_related_label("Polecamy", "pl")
    assert noise.starts_comments("Kommentare", "de") and noise.starts_comments("Reacties", "nl")
    # With a count, a header is one on any page.
    assert noise.starts_comments("12 Kommentare") and noise.starts_comments("Reacties (3)")


#: Wrapped prose whose line ends in a word that is another language's share button.
WRAPPED_PROSE = {
    "es": "Lo anunció ayer la portavoz del Gobierno. Del\ntotal previsto, solo se gastó la mitad.",
    "it": "Lo ha detto il ministro. Del\nresto, nessuno se lo aspettava.",
    "pt": "O acordo foi assinado ontem. Dela\nse espera uma resposta rápida.",
    "de": "Er sprach am Abend. Teilen\nwollten die Parteien die Kosten nicht.",
    "en": "The meeting ended at 5 p.m. Del\nRio, the mayor, left first.",
    "fi": "Hän sanoi niin. Jaa\nhän lähti kotiin.",
}


@pytest.mark.parametrize("code", sorted(WRAPPED_PROSE))
def test_wrapped_prose_keeps_a_last_word_that_is_a_share_button_elsewhere(code: str) -> None:
    text = WRAPPED_PROSE[code]
    first = text.split("\n")[0]
    assert noise.share_suffix(first) is None
    if code not in ("de", "fi"):  # their own button: "... Teilen" goes on a German page
        assert noise.share_suffix(first, code) is None
    removed = analyze("Eine Überschrift\n\n" + text).removed
    assert all(span.kind is SpanKind.METADATA for span in removed), removed


def test_a_share_suffix_in_its_own_language_goes() -> None:
    line = "Han sagde det i går. Del"
    assert noise.share_suffix(line, "da") == len(line) - 3
    assert noise.share_suffix(line) is None
    assert noise.share_suffix("He said so on Monday. Share") is not None


@pytest.mark.parametrize(
    "line",
    [
        "Australia/Papua New Guinea asylum deal",
        "Who are Ansar Dine? (Ansar Dine profile)",
        "Fighters of Hamas/Ansar Beit al-Maqdis",
        "Papal visit (Papal Nuncio)",
        "Ties with Efesus (Efes brewery)",
        "Lusaka/Imagomedia rail link",
        "Bild: Angela Merkel trifft Macron",
        "Telephoto lens (Reutersville fair)",
    ],
)
def test_an_agency_or_credit_marker_inside_a_word_makes_no_caption(line: str) -> None:
    assert not noise.is_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "Italy (Ansa)",
        "Bild: dpa",
        "Der Kanzler in Berlin. Foto: Michael Kappeler/dpa",
        "(EFE)",
        "Soldiers in Kherson. Photo: Libkos via Getty Images",
        "Evan Vucci/AP Photos",
    ],
)
def test_an_agency_as_a_whole_word_ends_a_credit(line: str) -> None:
    assert noise.is_caption(line)


def test_click_here_and_blank_runs_read_as_before() -> None:
    # ``click here`` takes anything after it, even without a blank (as before the [page] data).
    assert noise.is_promo("Click here,") and noise.is_promo("Click here for details")
    # Blanks between a phrase's words may be any run of spaces, tabs and no-break spaces.
    assert noise.is_related_label("Read\u00a0more:") and noise.is_promo("Share\tthis")


@pytest.mark.parametrize("code", sorted(ONE_WORD))
def test_the_text_parser_drops_a_pages_own_one_word_furniture(code: str, tmp_path: Path) -> None:
    # The parser reads a page's language from its text before it looks for furniture, so a
    # page's own one-word buttons and advert lines go, as on an English page.
    prose = {
        "de": "Die Regierung hat am Montag einen neuen Haushaltsplan vorgelegt, der im Parlament "
        "umstritten ist. Die Opposition kündigte Widerstand an und verlangte Nachbesserungen.",
        "fr": "Le gouvernement a présenté lundi un nouveau budget, contesté au Parlement. "
        "L'opposition a annoncé qu'elle voterait contre et demandé des changements.",
        "es": "El Gobierno presentó el lunes un nuevo presupuesto, muy discutido en el Congreso. "
        "La oposición anunció que votará en contra y pidió cambios profundos.",
        "ru": "Правительство в понедельник представило новый бюджет, который вызвал споры в "
        "парламенте. Оппозиция заявила, что будет голосовать против и потребовала изменений.",
        "uk": "Уряд у понеділок представив новий бюджет, який викликав суперечки в парламенті. "
        "Опозиція заявила, що голосуватиме проти, і вимагала змін до документа.",
    }[code]
    path = tmp_path / "page.txt"
    path.write_text("\n\n".join([prose, *ONE_WORD[code], prose]), encoding="utf-8")
    (document,) = newsbrief.load(str(path), strict=True).documents
    assert document.language == code
    removed = {document.text[span.start : span.end].strip() for span in document.removed}
    assert set(ONE_WORD[code]) <= removed, removed


def test_a_json_lines_page_declared_german_drops_its_own_one_word_furniture() -> None:
    """The structured parsers pass the declared language to the heuristics too (a German
    page's ``Teilen`` and ``Werbung`` lines are furniture; its title is not the menu)."""
    import json

    from newsbrief.parsers.base import RawInput
    from newsbrief.parsers.jsonl import JsonParser

    text = (
        "Startseite\nPolitik\nAnzeige\nLandwirte sollen neue Hilfen bekommen\n\n"
        "Die Regierung in Berlin hat am Dienstag neue Hilfen für die Landwirte beschlossen.\n"
        "Teilen\n"
        "Der Minister sagte, die Mittel sollten noch in diesem Jahr fließen.\n"
        "Werbung\n"
    )
    data = json.dumps({"id": "de-1", "text": text, "language": "de"}).encode()
    (document,) = JsonParser().parse(RawInput(name="p.jsonl", data=data, doc_id="p"))
    assert document.metadata.language == "de"
    removed = {document.text[s.start : s.end].strip() for s in document.removed}
    assert {"Teilen", "Werbung"} <= removed
    assert "Anzeige" not in (document.metadata.title or "")


@pytest.mark.parametrize("code", ["de", "en", None])
def test_a_two_word_subheading_opening_with_mehr_is_no_related_label(code: str | None) -> None:
    # (``Mehr Reisen`` over a section's links is read by the quotes only: a subheading ``Mehr
    # Sicherheit`` is the article's)
    assert not noise.is_related_label("Mehr Sicherheit", code)
    assert not list(noise.related_teasers("Mehr Tempo: Was der Bund jetzt plant\n"))
