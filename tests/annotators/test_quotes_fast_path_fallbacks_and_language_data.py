"""The quotes annotator's fast paths give what the plain reading gave, and the press
conventions kept in the language data files read as the Python tables did (written in
session 19).

* A closing attribution (``..., the vicar said.``) is looked for in a paragraph's last
  characters only; a tail of fewer than three words (a long last word) is read as the whole
  paragraph (``_unquoted``).
* Names written with a nickname (``Ann “Nan” Roe``) are found from the opening marks only, not
  by a scan from every capital (``nicknamed_names.nicknamed_names``).
* ``[quotes] conventions`` (``proper_capitals``, ``cased_names``), ``role_adjective_endings``,
  ``male_genitive_endings`` and ``clitic_joiners`` (:mod:`.attribution.press_words`).

The sentences are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.quotes import speakers_and_roles
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes import annotator as qa
from newsbrief.annotators.quotes import speech
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.annotators.quotes.attribution import names, nicknamed_names
from newsbrief.annotators.quotes.attribution.press_words import (
    document_words,
    names_in_cases,
    press_words,
)
from newsbrief.model import AnnotationKind, Document, Metadata

DAY = dt.date(2025, 3, 4)
#: One-word names of 58 and 85 letters: a paragraph ending ``told`` and one holds two words
#: in its last 64 characters; ending with the longer, it holds only the name: ``told`` is read
#: only when the whole paragraph is.
VILLAGE = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch"
HILL = "Taumatawhakatangihangakoauauotamateaturipukakapikimaungahoronukupokaiwhenuakitanatahu"


def _quotes(text: str, language: str = "en") -> list[tuple[str, str | None, bool]]:
    """``(words, speaker, quoted)`` of each quote annotation of one article."""
    document = Document.from_text(
        text, id="s19", metadata=Metadata(language=language, published=DAY)
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    return [
        (q.text, q.attributes.get("speaker"), q.attributes.get("quoted", True) is not False)
        for q in document.annotations_of(AnnotationKind.QUOTE)
    ]


# -- a closing attribution: the paragraph's tail, or the whole paragraph ---------------------

CLOSING = [
    # The cue and its subject well inside the paragraph's last 64 characters.
    "Mair Jones runs the shop at the foot of the hill.\n\n"
    "We sold out of bread before noon on Saturday, she said.",
    # The object of ``told``, one word of 58 letters: two words in the last 64 characters.
    "Mair Jones runs the village shop.\n\n"
    f"We sold out of bread before noon on Saturday, she told {VILLAGE}.",
    # One of 85 letters: ``told`` is outside the last 64 characters.
    "Mair Jones runs the shop at the foot of the hill.\n\n"
    f"We have sold maps of the hill to visitors from every continent, she told {HILL}.",
    # A long last word that is no cue's object: nothing is attributed.
    "Mair Jones runs the village shop.\n\n"
    f"We sold out of bread before noon on Saturday, and so did {VILLAGE}.",
]


@pytest.mark.parametrize("text", CLOSING)
def test_a_closing_attribution_is_found_as_reading_the_whole_paragraph_finds_it(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _quotes(text)
    monkeypatch.setattr(qa, "_TRAILING_REACH", 10**6)  # every paragraph read whole
    assert fast == _quotes(text)


def test_a_long_last_word_after_told_still_gives_the_statement() -> None:
    # (Reading the last 64 characters only, ``told`` would be cut off and nothing found.)
    assert _quotes(CLOSING[2]) == [
        ("We have sold maps of the hill to visitors from every continent", "Mair Jones", False)
    ]
    assert _quotes(CLOSING[1]) == [
        ("We sold out of bread before noon on Saturday", "Mair Jones", False)
    ]


def test_a_long_last_word_that_is_no_object_attributes_nothing() -> None:
    assert _quotes(CLOSING[3]) == []


# -- names written with a nickname -----------------------------------------------------------

NICKNAMED = [
    "Senior guard Ann “Nan” Roe scored 20 points.",
    'Dwayne "The Rock" Johnson and Ian “Wrighty” Wright  “Big Man” Lee met in Rome.',
    "Tom\u00a0“Tiny”\u00a0Hart, then Jo “J” Bell, “Not” Named, O’Neil “Q” Zed.",
    "A “Wrong” Start, Mc-Kay “Mac” Ross-Smith and “Nobody” Here at all",
    "Ann “Nan” Roe “Nanny” Lee",  # a name's last word is the next one's first: read once
    "No nickname: Ann Roe said “Yes” to Lee.",
    "Ann  “Nan”\u00a0 Roe",  # two spaces, a no-break space and a space around the marks
]


def _scanned(text: str) -> list[tuple[tuple[int, int], str]]:
    """The nicknamed names a scan of the whole text finds (a nickname of four words or
    fewer)."""
    return [
        (m.span(), m.group(0))
        for m in nicknamed_names._NICKNAMED.finditer(text)
        if len((m.group(2) or m.group(3)).split()) <= 4
    ]


def _found(text: str) -> list[tuple[tuple[int, int], str]]:
    """The nicknamed names found from the opening marks."""
    return [
        ((n.start, n.end), text[n.start : n.end]) for n in nicknamed_names.nicknamed_names(text)
    ]


@pytest.mark.parametrize("text", NICKNAMED)
def test_nicknamed_names_are_what_a_scan_of_the_whole_text_finds(text: str) -> None:
    assert _found(text) == _scanned(text)


PIECES = [
    "Ann",
    "Roe",
    "DeAndra",
    "McKay",
    "“Nan”",
    '"Big B"',
    "“x”",
    "'Shark'",
    "«el Flaco»",
    "van",
    " ",
    "  ",
    "\u00a0",
    "-",
    "’",
    ",",
    "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=16))
def test_nicknamed_names_are_found_as_the_scan_found_them(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert _found(text) == _scanned(text)


def test_a_surname_after_a_nicknamed_name_is_the_name_without_the_nickname() -> None:
    found = speakers_and_roles(
        "Senior guard Ann “Nan” Roe led the team with 20 points on Saturday.\n\n"
        '"We played as one," Roe said after the game.',
        DAY,
        "n",
        "en",
    )
    assert found["We played as one"][0] == "Ann Roe"


# -- press conventions read from the language data ------------------------------------------


def test_the_press_conventions_are_read_from_each_languages_data() -> None:
    # What the Python tables held before session 19, now ``[quotes]`` keys.
    assert {c for c in ("en", "de", "fr", "es", "ru", "uk") if press_words(c).proper_capitals} == {
        "fr",
        "es",
        "ru",
        "uk",
    }
    assert {c for c in ("en", "de", "fr", "es", "ru", "uk") if press_words(c).cased_names} == {
        "ru",
        "uk",
    }
    assert set(press_words("ru").adjective_endings) == {"ый", "ий", "ой", "ая", "яя"}
    assert set(press_words("uk").adjective_endings) == {"ий", "ій", "на", "ька", "ша"}
    assert "politische" in press_words("de").adjective_endings
    assert press_words("fr").adjective_endings == ()
    assert set(press_words("ru").male_genitive) == {"а", "я"}
    assert press_words("fr").clitic.search("a-t-il").group(1) == "il"
    assert press_words("fr").clitic_after.match(" -t-elle").group(1) == "elle"
    assert press_words("es").clitic_after.match("-t-él").group(1) == "t"  # no joining letter


def test_a_documents_language_is_read_normalised() -> None:
    assert names_in_cases("ru") and names_in_cases("uk") and names_in_cases("ru-RU")
    assert not any(names_in_cases(code) for code in (None, "en", "de", "und"))
    assert document_words("de").capitalised_nouns
    assert document_words("de-DE").capitalised_nouns


@pytest.mark.parametrize("code", ["ru", "ru-RU"])
def test_a_region_tagged_russian_document_reads_names_in_the_nominative(code: str) -> None:
    found = speakers_and_roles(
        "Госсекретарь США Энтони Блинкен прибыл в Киев.\n\n"
        "«Переговоры продолжатся», — сказал Блинкен.\n\n"
        "По словам Блинкена, «всё решено».\n\n"
        "Питер Джонс прибыл в Москву.\n\n"
        "По словам Питера Джонса, «ничего не решено».",
        DAY,
        language=code,
    )
    assert found["всё решено"][0] == "Энтони Блинкен"
    assert found["ничего не решено"][0] == "Питер Джонс"  # not the genitive ``Питера Джонса``


def test_a_french_pronoun_joined_to_its_verb_speaks() -> None:
    found = speakers_and_roles(
        "Le préfet du Rhône, Thomas Girard, a réuni les maires mardi.\n\n"
        "« Nous ne pouvons pas attendre », a déclaré Thomas Girard.\n\n"
        "« Les digues tiendront », a-t-il assuré.\n\n"
        "La ministre de la Culture, Anne Lefèvre, a visité le musée.\n\n"
        "« Ce lieu doit rouvrir », a déclaré Anne Lefèvre.\n\n"
        "« Nous trouverons les fonds », estime-t-elle.",
        DAY,
        "f",
        "fr",
    )
    assert found["Les digues tiendront"] == ("Thomas Girard", "préfet du Rhône")
    assert found["Nous trouverons les fonds"] == ("Anne Lefèvre", "ministre de la Culture")


def test_a_russian_role_keeps_its_adjectives_and_a_name_its_nominative() -> None:
    found = speakers_and_roles(
        "Первый заместитель министра Олег Сухарев провёл совещание.\n\n"
        "«Сроки будут соблюдены», — сказал Олег Сухарев.\n\n"
        "«Мы работаем», — добавил он.",
        DAY,
        "r",
        "ru",
    )
    # (``Первый`` opens the sentence in a capital, and stays in the role: session 25.)
    assert found["Сроки будут соблюдены"] == ("Олег Сухарев", "Первый заместитель министра")
    assert found["Мы работаем"] == ("Олег Сухарев", "Первый заместитель министра")


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        (
            "Совещание прошло в среду.\n\n"
            "«Сроки будут соблюдены», — сказал первый заместитель министра Олег Сухарев.",
            "ru",
            "первый заместитель министра",
        ),
        (
            "Нарада відбулася в середу.\n\n"
            "«Терміни буде дотримано», — заявив головний тренер Андрій Коваль.",
            "uk",
            "головний тренер",
        ),
        (
            "Die Debatte dauerte lange.\n\n"
            "„Wir brauchen mehr Geld“, sagte die haushaltspolitische Sprecherin Anna Weber.",
            "de",
            "haushaltspolitische Sprecherin",
        ),
    ],
)
def test_a_role_keeps_the_adjectives_before_its_title(text: str, language: str, role: str) -> None:
    # ``[quotes] role_adjective_endings`` of each language.
    ((_speaker, found),) = speakers_and_roles(text, DAY, "a", language).values()
    assert found == role


# -- an attribution inside one pair of marks; a language's titles ---------------------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Министр провёл совещание в среду.\n\n"
            "«Мы готовы, мы ждём, мы работаем, — сказал Олег Сухарев. — Сроки будут соблюдены».",
            "ru",
            "Олег Сухарев",
        ),
        (
            "El Gobierno presentó su plan.\n\n"
            "«Hay dinero, hay voluntad, hay tiempo —afirmó Carlos Ruiz—. Falta decidir».",
            "es",
            "Carlos Ruiz",
        ),
    ],
)
def test_an_attribution_inside_the_marks_after_several_commas(
    text: str, language: str, speaker: str
) -> None:
    # Each comma opens a place an attribution may start; only its first two words are read
    # (an auxiliary or a joined pronoun, then the cue).
    ((found, _role),) = speakers_and_roles(text, DAY, "i", language).values()
    assert found == speaker


def test_a_compound_title_is_read_once_per_word_as_the_language_reads_it() -> None:
    found = speakers_and_roles(
        "Der Bundestag debattierte am Mittwoch.\n\n"
        "„Wir müssen handeln“, sagte Bundesumweltminister Carsten Schneider.\n\n"
        "„Die Zeit drängt“, sagte der Minister.",
        DAY,
        "t",
        "de",
    )
    assert found["Wir müssen handeln"] == ("Carsten Schneider", "Bundesumweltminister")
    assert found["Die Zeit drängt"] == ("Carsten Schneider", "Bundesumweltminister")


def test_a_remembered_title_word_is_the_languages_answer() -> None:
    from newsbrief.annotators.entities import gazetteer as gz
    from newsbrief.annotators.quotes.speakers import Attributor

    text = "Der Bundesumweltminister sagte am Mittwoch etwas."
    reader = Attributor(text, text, [], "de", [(0, len(text))])
    profile = gz.profile("de")
    assert profile is not None
    words = ["bundesumweltminister", "minister", "sagte", "mittwoch", "sprecherin", "der"]
    for word in [*words, *words]:  # asked twice: the second answer is the remembered one
        assert reader._title_word(word) == profile.is_role(word)


def test_a_french_auxiliary_after_several_commas_attributes_the_quotation() -> None:
    found = speakers_and_roles(
        "Le maire de Lyon, Jean Roux, a visité le chantier mardi.\n\n"
        "« Nous attendons, nous espérons, a déclaré Jean Roux. Rien ne bouge »",
        DAY,
        language="fr",
    )
    assert found == {
        "Nous attendons, nous espérons, a déclaré Jean Roux. Rien ne bouge": (
            "Jean Roux",
            "maire de Lyon",
        )
    }


def _german_name_in_sentence(text: str, code: str) -> bool:
    """Whether the quotation in „“ of ``text`` is read as a name (``speech.name_in_sentence``)."""
    from newsbrief.annotators.quotes.marks import QuoteSpan

    opening = text.index("„")
    closing = text.index("“", opening)
    quoted = text[opening + 1 : closing]
    return speech.name_in_sentence(
        text,
        QuoteSpan(opening, closing + 1, opening + 1, closing, 0),
        quoted,
        speech.first_words(quoted),
        text[max(0, opening - 40) : opening],
        nouns=document_words(code).capitalised_nouns,
        cased=names_in_cases(code),
        code=code,
    )


@pytest.mark.parametrize("code", ["de", "de-DE"])
def test_german_capitalised_nouns_are_names_only_after_a_definite_article(code: str) -> None:
    # Every German noun has a capital: after an indefinite article it is a word said ...
    assert not _german_name_in_sentence("Er nannte ihn einen „Raketenmann“ und ging.", code)
    # ... after a definite article an outlet's name (``sagte der „Bild“``).
    assert _german_name_in_sentence("Max Eberl sagte der „Bild“ gestern, es gehe.", code)


def test_an_outlet_told_in_german_is_no_speaker_phrase() -> None:
    found = speakers_and_roles(
        "Sportvorstand Max Eberl sagte der „Bild“ gestern: „Wir brauchen mehr Geld.“",
        DAY,
        language="de",
    )
    assert found == {"Wir brauchen mehr Geld": ("Max Eberl", "Sportvorstand")}


def test_the_quote_caches_of_language_data_are_cleared_on_reload() -> None:
    from newsbrief.annotators.quotes.attribution.cue_words import cues_for
    from newsbrief.languages import reload

    before = (cues_for("fr"), speech.quote_words("fr", "copulas"), names._initials_skipped())
    reload()
    after = (cues_for("fr"), speech.quote_words("fr", "copulas"), names._initials_skipped())
    assert all(a is not b and a == b for a, b in zip(before, after, strict=True))
