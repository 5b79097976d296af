"""A quotation opening its sentence after a sentence about someone new, on a web page whose
paragraphs are one line each (one paragraph to the segmenter): that person's words, not the
last speaker's (French, Spanish, German; English keeps its own rules).

The sentences are written for these tests in the manner of news articles; none is copied from a
key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from helpers.quotes import speaker_of, speakers_and_roles
from newsbrief.annotators.quotes import annotator as quote_module
from newsbrief.annotators.quotes import sentence_subject_turns as turns


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "fr",
            "Le prévenu, Paul Garnier, a répété ce qu'il disait déjà en première instance : "
            "il a « toujours cru à son entreprise ».\n"
            "L'avocate générale, Claire Masson, n'a pas cru un instant à cette version. "
            "« Monsieur Garnier savait très bien ce qu'il faisait. Il a choisi des clients "
            "âgés et isolés. »",
            "Monsieur Garnier",
            "Claire Masson",
        ),
        (
            "es",
            'El entrenador, Hugo Salinas, dijo que el equipo "mereció mucho más" ante el '
            "líder.\n"
            "El portero del equipo, Julián Cabrera Soto, fue el único que habló con la "
            'prensa. "Nos duele perder así, en casa y en el último minuto."',
            "Nos duele",
            "Julián Cabrera Soto",
        ),
        pytest.param(
            "de",
            "„Der Entwurf ist unausgegoren“, sagte Stadträtin Carla Wiemers.\n"
            "Baudezernent Jörg Hallstein gibt sich gelassen. „Wir haben alle Einwände geprüft.“",
            "Wir haben alle",
            "Jörg Hallstein",
            # A title with no commas introduces a new speaker when the quotation speaks in
            # the first person (``Wir``); ``El juez X rechazó sus peticiones. "Ni siquiera
            # leyó ..."`` is talked about (``[quotes] first_person``).
        ),
        (
            "de",
            "„Die Station ist voll“, sagte Ärztin Mara Selig.\n"
            "Ihr Kollege, Jonas Kern, sieht das anders. „Wir haben noch Betten frei.“",
            "Wir haben noch",
            "Jonas Kern",
        ),
        (
            "de",
            "„Das ist ein Signal“, sagte Landrat Erik Sand (CSU).\n"
            "Sein Amtskollege, Landrat Max Gruber (FW), sieht es anders. "
            "„Wir warten den Winter ab.“",
            "Wir warten",
            "Max Gruber",
        ),
    ],
)
def test_a_sentence_about_someone_new_hands_them_the_quotation(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, language, quoted) == speaker


def test_the_last_speaker_still_speaks_on_when_no_one_new_is_named() -> None:
    text = (
        "La directrice, Claire Masson, a défendu le projet devant les élus. « Nous tiendrons "
        "les délais », a-t-elle assuré.\n"
        "Le chantier doit durer deux ans. « Les riverains seront prévenus à chaque étape. »"
    )
    assert speaker_of(text, "fr", "Les riverains") == "Claire Masson"


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "fr",
            "La maire, Claire Masson, a défendu son budget devant le conseil. « Nous "
            "n'augmenterons pas les impôts », a-t-elle assuré.\n"
            "Emmanuel Macron avait promis en 2022 une aide aux communes rurales. « Nous "
            "n'avons jamais vu un centime de cet argent. »",
            "Nous n'avons",
            "Claire Masson",
        ),
        (
            "es",
            '"Este juicio es una farsa", afirmó el abogado de la defensa, Ramón Ortega.\n'
            "El juez Alberto Pineda rechazó todas sus peticiones en marzo. "
            '"Ni siquiera leyó el expediente."',
            "Ni siquiera",
            "Ramón Ortega",
        ),
        (
            "de",
            "Die Bürgermeisterin Anna Keller verteidigte den Haushalt im Stadtrat. „Wir werden "
            "die Steuern nicht erhöhen“, sagte sie.\n"
            "Friedrich Merz hatte im Sommer Hilfen für die Kommunen angekündigt. „Davon haben "
            "wir keinen Cent gesehen.“",
            "Davon haben",
            "Anna Keller",
        ),
        (
            "ru",
            "Мэр города Ольга Смирнова защищала бюджет на заседании. «Мы не будем повышать "
            "налоги», — заявила она.\n"
            "Владимир Путин обещал помощь муниципалитетам ещё в 2022 году. «Мы не увидели ни "
            "копейки».",
            "Мы не увидели",
            "Ольга Смирнова",
        ),
        (
            "uk",
            "Гід Андрій Коваль показує нам будинок. «Кожна кімната зберегла свої меблі», — "
            "пояснює він.\n"
            "Леся Українка жила тут два літа. «Вона писала вночі, при свічці».",
            "Вона писала",
            "Андрій Коваль",
        ),
    ],
)
def test_a_sentence_about_someone_only_talked_about_leaves_the_speaker_speaking(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    # A person named bare (no description set off by commas) and never quoted before is
    # talked about, not introduced to speak.
    assert speaker_of(text, language, quoted) == speaker


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "fr",
            "« Depuis, je suis seule », raconte Julie Martin, 72 ans.\n"
            "Son mari, Paul Martin, est mort en 2019. « Il faisait tout à la maison. »",
            "Il faisait",
            "Julie Martin",
        ),
        (
            "fr",
            "« Le chantier est à l'arrêt », déplore la maire, Claire Masson.\n"
            "Son prédécesseur, Jean Martin, avait signé le contrat en 2015. « Il nous a "
            "laissé une dette énorme. »",
            "Il nous a",
            "Claire Masson",
        ),
        (
            "es",
            '"Desde entonces estoy sola", cuenta Julia Martín, de 72 años.\n'
            'Su marido, Pablo Ruiz, murió en 2019. "Él se ocupaba de todo."',
            "Él se ocupaba",
            "Julia Martín",
        ),
    ],
)
def test_a_quotation_opening_with_he_or_she_speaks_of_the_person_named_before(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    assert speaker_of(text, language, quoted) == speaker


def test_someone_quoted_before_takes_the_quotation_after_a_sentence_about_them() -> None:
    text = (
        "„Wir brauchen mehr Wohnungen“, sagte Stadtrat Reto Ammann. Die Architektin Lea "
        "Baumberger widersprach: „Wir bauen am Bedarf vorbei.“\n"
        "Ammann gibt sich gelassen. „Am Ende entscheidet das Volk.“"
    )
    assert speaker_of(text, "de", "Am Ende") == "Reto Ammann"


@pytest.mark.parametrize(
    ("language", "text", "quoted", "speaker"),
    [
        (
            "de",
            "„Wir sind zufrieden“, sagte Trainerin Lea Brandt.\n"
            "Schiedsrichterin Nora Falk erklärte nach der Partie, sie habe kein Foul gesehen. "
            "„Der Ball war klar gespielt.“",
            "Der Ball",
            "Nora Falk",
        ),
        (
            "ru",
            "«Мы довольны», — сказала тренер Анна Белова.\n"
            "Судья Олег Петров пояснил после матча, что не видел нарушения. "
            "«Контакт был минимальным, вратарь сам потерял мяч».",
            "Контакт был",
            "Олег Петров",
        ),
        (
            "de",
            "Marta Kühn leitet den Turnverein seit zehn Jahren.\n"
            "„Die Halle ist viel zu klein“, sagte Stadtrat Jonas Berger.\n"
            "Vereinschefin Marta Kühn denkt an den letzten Winter zurück. "
            "„Uns hat damals niemand gefragt.“",
            "Uns hat",
            "Marta Kühn",
        ),
        (
            "de",
            "„Das Werk hat Zukunft“, sagte Firmenchef Paul Weber.\n"
            "Betriebsrätin Eva Stolz kritisierte die Pläne scharf. Die Beschäftigten hätten "
            "aus der Zeitung davon erfahren. „Man hat uns nie gefragt.“",
            "Man hat uns",
            "Eva Stolz",
        ),
    ],
)
def test_a_new_line_opening_with_someone_who_speaks_hands_them_the_quotation(
    language: str, text: str, quoted: str, speaker: str
) -> None:
    # A page of one-line paragraphs: a line after the last quotation's that opens with a
    # person whose cue reports their words after a comma, or with a titled person before
    # words in the first person (a sentence or two between naming no one else), is theirs.
    assert speaker_of(text, language, quoted) == speaker


class _CountedSpeakers(Sequence[Any]):
    """The speakers so far, counting how many of them are read."""

    def __init__(self, speakers: Sequence[Any]) -> None:
        self.speakers, self.reads = speakers, 0

    def __getitem__(self, index: Any) -> Any:
        return self.speakers[index]

    def __len__(self) -> int:
        return len(self.speakers)

    def __iter__(self) -> Iterator[Any]:
        for speaker in self.speakers:
            self.reads += 1
            yield speaker

    def __reversed__(self) -> Iterator[Any]:
        for speaker in reversed(self.speakers):
            self.reads += 1
            yield speaker


def _speaker_reads(monkeypatch: pytest.MonkeyPatch, count: int) -> int:
    counted: list[_CountedSpeakers] = []

    def between(*args: Any) -> Any:
        counted.append(_CountedSpeakers(args[-1]))
        return turns.subject_between(*args[:-1], counted[-1])

    block = (
        "« Nous tiendrons les délais », a déclaré la maire, Claire Masson. Jacques Chirac "
        "avait inauguré le pont en 1999. « Le pont n'a jamais été réparé depuis. »\n"
    )
    with monkeypatch.context() as patch:
        patch.setattr(quote_module, "subject_between", between)
        speakers_and_roles(block * count, dt.date(2026, 11, 30), language="fr")
    return sum(c.reads for c in counted)


def test_who_spoke_before_is_looked_for_a_bounded_way_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A page of one line a paragraph is one paragraph: each quotation after a sentence about
    # someone once read every earlier speaker (quadratic).
    small, large = _speaker_reads(monkeypatch, 40), _speaker_reads(monkeypatch, 320)
    assert large <= 12 * max(small, 1)


@pytest.mark.parametrize(
    ("between", "quoted"),
    [
        ("Ein Spieler der Gäste sah das anders. Er forderte Elfmeter.", "Das war ein Foul"),
        ("Der gegnerische Trainer widersprach energisch.", "Das war ein klares Foul"),
    ],
)
def test_someone_unnamed_between_the_line_opener_and_the_quotation_takes_the_line_back(
    between: str, quoted: str
) -> None:
    # The sentences read back to the line's opener name no one else, and open with no one
    # else either: an unnamed person between is who the quotation may be from.
    text = (
        "„Wir sind zufrieden“, sagte Trainerin Lea Brandt.\n"
        "Schiedsrichterin Nora Falk erklärte nach der Partie, sie habe kein Foul gesehen. "
        f"{between} „{quoted}.“"
    )
    assert speaker_of(text, "de", quoted) != "Nora Falk"
