"""A quotation's speaker does not depend on the other articles of a batch (issue 16, session
35): a lone first name (``Lena``), a family name written first (``Tran`` of ``Tran Thi Mai
Anh``) and an acronym (``UPS``) are not another article's person (``Lena Moravec``, ``Bao
Tran``, a headline's ``Carrier UPS``). The sentences are written for these tests; none is
copied from a key."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata

QUOTE = AnnotationKind.QUOTE


def _speakers(texts: list[str]) -> list[dict[str, str | None]]:
    """Per article of one batch, ``{quoted words: speaker}``."""
    documents = [
        Document.from_text(
            text, id=f"d{i}", metadata=Metadata(language="en", published=dt.date(2026, 12, 7))
        )
        for i, text in enumerate(texts)
    ]
    return [
        {q.text.rstrip(",."): q.attributes["speaker"] for q in annotated.annotations_of(QUOTE)}
        for annotated in QuoteAnnotator().annotate(EntityAnnotator().annotate(documents))
    ]


_SPORT = (
    "Moravec double sinks Slavia\n\nStriker Lena Moravec scored twice on Saturday as Baník "
    'won 2-0. "We pressed high," Lena Moravec said. Coach Bao Tran praised the defence.'
)


def test_a_first_name_alone_is_not_another_articles_person() -> None:
    storm = (
        "Storm floods coastal village\n\nWater reached the first floor of houses on Shore "
        "Road on Tuesday night.\n\n"
        '"The kitchen went first, then the stairs," said Lena, who has lived on the road for '
        "forty years."
    )
    (alone,) = _speakers([storm])
    _, batch = _speakers([_SPORT, storm])
    assert batch == alone
    assert batch["The kitchen went first, then the stairs"] != "Lena Moravec"


def test_a_family_name_written_first_is_its_own_articles_name() -> None:
    port = (
        "Port delays hit importers\n\nTrucks waited for hours at the terminal on Monday.\n\n"
        "Tran Thi Mai Anh, who runs a furniture importer, said three containers were stuck. "
        '"We moved the sale back a week," Tran said.'
    )
    (alone,) = _speakers([port])
    _, batch = _speakers([_SPORT, port])
    assert batch == alone
    assert batch["We moved the sale back a week"] != "Bao Tran"


def test_an_acronym_after_a_headline_word_is_no_persons_surname() -> None:
    # (``Carmaker TJ`` of one headline is no person: ``TJ`` in another article is not taken
    # for a man, and ``he`` stays the mayor's)
    carmaker = (
        "Carmaker TJ to cut 900 jobs\n\nNovember 5, 2026\n\nA day before the announcement, "
        "TJ said it was cancelling the sale of its Halden plant."
    )
    town = (
        "Plant closure hits Halden\n\nHalden's mayor, Jon Roe, welcomed the buyer's interest "
        "on Wednesday.\n\nHe said that TJ had told him in May it would sell the plant. "
        '"We will find a buyer," he said.'
    )
    (alone,) = _speakers([town])
    _, batch = _speakers([carmaker, town])
    assert batch == alone == {"We will find a buyer": "Jon Roe"}


def test_a_link_lines_verb_is_not_another_articles_first_name() -> None:
    # (``Read Halvorsen's written testimony`` makes a ``Read Halvorsen`` of one article; the
    # ``Read more:`` of another is no one, nor the speaker of its linked headline's words)
    hearing = (
        "Mine owner testifies\n\n"
        '"We failed them," testified Martin Halvorsen, chief executive of Northgate Mining.\n\n'
        "Halvorsen appeared before the committee on Tuesday.\n\n"
        "Watch: Full hearing video | Read Halvorsen's written testimony"
    )
    flood = (
        "Flood waters recede in valley\n\nResidents returned home on Monday as the river fell."
        "\n\nRead more: 'Nobody warned us': inside the flooded valley"
    )
    (alone,) = _speakers([flood])
    _, batch = _speakers([hearing, flood])
    assert batch == alone
    assert "Read Halvorsen" not in batch.values()


def test_a_surname_before_post_nominal_letters_is_its_own_articles_persons() -> None:
    # (``Greaves`` is ``Thomas Greaves KC``'s in his article, not another article's ``Anna
    # Greaves``)
    court = (
        "Builder jailed for fraud\n\nA builder was jailed on Friday at Leeds Crown Court.\n\n"
        "Opening the case, prosecutor Thomas Greaves KC said the firm took deposits for "
        'extensions it never built. "He spent the money on horses," Greaves told jurors.'
    )
    tennis = (
        "Greaves wins in Eastbourne\n\nAnna Greaves won her first title on Saturday. "
        '"I played free," Greaves said.'
    )
    (alone,) = _speakers([court])
    batch, _ = _speakers([court, tennis])
    assert batch == alone
    assert batch["He spent the money on horses"] != "Anna Greaves"


def test_a_capitalised_run_opening_with_a_surname_keeps_another_articles_full_name() -> None:
    # (a headline in title case, ``Brandt Wins Budget Vote``, or a hall named after someone is
    # no name written family name first: its article's ``Brandt`` is still the ``Olaf Brandt``
    # another article names in full)
    profile = (
        "Brandt in Vienna\n\nFinance Minister Olaf Brandt arrived in Vienna on Monday. "
        '"We will keep the deficit down," Olaf Brandt said.'
    )
    headline = (
        "Brandt Wins Budget Vote\n\nParliament passed the budget late on Thursday. "
        '"This is a good day for savers," Brandt told reporters.'
    )
    hall = (
        "Budget passes\n\nSupporters gathered in the Brandt Memorial Concert Hall on Thursday. "
        '"This is a good day for savers," Brandt told them.'
    )
    for other in (headline, hall):
        _, batch = _speakers([profile, other])
        assert batch == {"This is a good day for savers": "Olaf Brandt"}


def test_a_link_lines_verb_is_not_another_articles_family_name_beyond_english() -> None:
    # (Spanish ``Lee más:`` is ``Read more:``; ``Lee`` is no ``Lee Jae-myung`` of another
    # article, nor the speaker of its linked headline's words; ``dijo Xi`` still is ``Xi
    # Jinping``'s)
    visit = (
        "Lee visita Tokio\n\nEl presidente surcoreano Lee Jae-myung llegó a Tokio el lunes. "
        '"Somos vecinos", dijo Lee Jae-myung. El líder chino Xi Jinping no viajó.'
    )
    flood = (
        "Inundaciones en el valle\n\nLos vecinos volvieron a casa el lunes cuando bajó el río."
        '\n\nLee más: "Nadie nos avisó": dentro del valle inundado'
    )
    trade = 'Comercio\n\nEl comercio subió en mayo. "Vamos bien", dijo Xi.'
    documents = [
        Document.from_text(
            text, id=f"d{i}", metadata=Metadata(language="es", published=dt.date(2026, 12, 7))
        )
        for i, text in enumerate([visit, flood, trade])
    ]
    annotated = QuoteAnnotator().annotate(EntityAnnotator().annotate(documents))
    speakers = [{q.attributes["speaker"] for q in a.annotations_of(QUOTE)} for a in annotated]
    assert "Lee Jae-myung" not in speakers[1]
    assert speakers[2] == {"Xi Jinping"}
