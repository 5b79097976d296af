"""German names in the genitive (``[entities] name_genitive_endings`` in ``de.toml``): a place,
a body or a person's surname the document names is found again with its ``s`` (``Lage Kiews``,
``Dortmunds Trainer``, ``Kesslers Fraktion``), as the same entity."""

from __future__ import annotations

from helpers.entities import annotation_seconds, found
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def test_a_town_in_the_genitive_is_the_town() -> None:
    got = found(
        "Der Bürgermeister von Kiew reiste ab. Die Lage Kiews bleibt nach dem Angriff ernst.", "de"
    )
    assert ("Kiews", "place") in got
    assert ("Lage Kiews", "place") not in got


def test_a_genitive_opening_a_sentence_is_the_name() -> None:
    got = found(
        "Die Spieler fuhren nach Dortmund. Dortmunds Trainer Niko Kovac war danach zufrieden.",
        "de",
    )
    assert ("Dortmunds", "place") in got
    assert ("Niko Kovac", "person") in got


def test_a_company_in_the_genitive_is_the_same_entity() -> None:
    text = "Die Firma Hellweg baut Motoren. Das Werk Hellwegs in Lippstadt wächst weiter."
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="g", metadata=Metadata(language="de"))]
    )
    entities = {
        a.text: a.attributes["entity"] for a in document.annotations_of(AnnotationKind.ENTITY)
    }
    assert entities["Hellwegs"] == entities["Hellweg"]


def test_a_surname_in_the_genitive_is_the_same_person() -> None:
    text = (
        "Die Stadträtin Miriam Kessler legte am Montag ihren Plan vor. Kesslers Fraktion "
        "stimmte zu, die Opposition lehnte Kesslers Entwurf ab."
    )
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="g", metadata=Metadata(language="de"))]
    )
    entities = [
        (a.text, a.attributes["entity"]) for a in document.annotations_of(AnnotationKind.ENTITY)
    ]
    assert entities.count(("Kesslers", "person:miriam-kessler")) == 2


def test_a_noun_after_an_article_is_no_genitive_of_a_surname_so_spelt() -> None:
    text = (
        "Die Bergführerin Lena Berg stieg am Morgen auf. Am Fuß des Berges wartete ihr Team, "
        "die Architektin Sabine Haus plante den Umbau des Hauses."
    )
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="g", metadata=Metadata(language="de"))]
    )
    texts = {a.text for a in document.annotations_of(AnnotationKind.ENTITY)}
    assert not {"Berges", "Hauses"} & texts


def test_a_word_ending_in_s_is_no_genitive_of_an_unnamed_place() -> None:
    got = found("Im Haus des Vereins gab es Streit. Alles blieb ruhig.", "de")
    assert not any(text in ("Vereins", "Alles", "Haus") for text, _ in got)


def _cost(n: int) -> float:
    unit = "Die Firma Hellweg baut in Kiew. Das Werk Hellwegs und die Lage Kiews sind gut. "
    return annotation_seconds(unit * n, "de")


def test_genitives_on_a_long_page_stay_linear() -> None:
    _cost(20)
    assert _cost(800) < 16 * _cost(100)


def test_a_place_the_gazetteer_knows_is_read_in_the_genitive() -> None:
    # (named nowhere else in the document)
    text = "Die Ziele Moskaus sind klar, die Zukunft Afrikas auch. Asiens Hunger wächst."
    got = found(text, "de")
    assert ("Moskaus", "place") in got
    assert ("Afrikas", "place") in got
    assert ("Asiens", "place") in got


def test_a_common_noun_spelt_like_a_town_takes_an_article_in_the_genitive() -> None:
    # (``Essen`` is a town; ``des Essens`` is the meal's)
    got = found("Der Preis des Essens stieg, die Kosten des Hofs auch.", "de")
    assert not any(text in ("Essens", "Hofs") for text, _ in got)


def test_a_body_the_gazetteer_knows_is_not_read_in_a_surname_s_genitive() -> None:
    # (``Wagner`` is a listed body and a composer; ``Ford`` a company and a family)
    got = found("Das Haus Wagners steht leer, die Söhne Fords erbten.", "de")
    assert not any(text in ("Wagners", "Fords") for text, _ in got)


def test_a_body_in_the_dative_or_the_genitive_is_named_in_the_nominative() -> None:
    text = (
        "Die Deutsche Bahn strich am Montag viele Züge. Der Deutschen Bahn zufolge fehlen "
        "Lokführer. Ein Sprecher des Verkehrsministeriums wollte sich nicht äußern."
    )
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="g", metadata=Metadata(language="de"))]
    )
    names = {a.text: a.attributes["name"] for a in document.annotations_of(AnnotationKind.ENTITY)}
    assert names["Deutschen Bahn"] == names["Deutsche Bahn"] == "Deutsche Bahn"
    assert names["Verkehrsministeriums"] == "Verkehrsministerium"


def test_a_town_s_adjective_in_a_body_s_name_stays_as_the_rest_is_read_in_the_nominative() -> None:
    text = (
        "Die Frankfurter Allgemeine Zeitung meldete den Rücktritt. Laut der Frankfurter "
        "Allgemeinen Zeitung fiel die Entscheidung am Abend, der Neuen Zürcher Zeitung "
        "zufolge schon am Mittag."
    )
    (document,) = EntityAnnotator().annotate(
        [Document.from_text(text, id="g", metadata=Metadata(language="de"))]
    )
    names = {a.text: a.attributes["name"] for a in document.annotations_of(AnnotationKind.ENTITY)}
    assert names["Frankfurter Allgemeinen Zeitung"] == "Frankfurter Allgemeine Zeitung"
    assert names["Neuen Zürcher Zeitung"] == "Neue Zürcher Zeitung"
