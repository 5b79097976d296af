"""German common nouns after a preposition of place stay nouns (review of session 25's German
place rules): German capitalises every noun and writes many compounds without an article, so a
town's ending (``-heim``, ``-stadt``, ``-ingen``) is shared by nouns that are no place."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def _names(text: str) -> set[str]:
    """The text of each entity mention in a German document."""
    document = Document.from_text(text, id="x", metadata=Metadata(language="de"))
    (annotated,) = EntityAnnotator().annotate([document])
    return {a.text for a in annotated.annotations_of(AnnotationKind.ENTITY)}


def test_compounds_ending_like_towns_are_no_places() -> None:
    found = _names(
        "Das Virus breitete sich in Altenheim und Klinik aus. Die Familie kehrte in Heimatdorf "
        "und Geburtsstadt zurück. Die Leiche lag in Maisfeld, das Boot in Yachthafen. Die "
        "Gläubigen aus Freikirchen trafen sich, die Firma stammt aus Nachbarstadt."
    )
    assert found == set()


def test_dative_plurals_in_ling_are_no_places() -> None:
    found = _names(
        "Die Krankheit tritt bei Säuglingen häufig auf. Sie berichtete von Zwillingen, "
        "und bei Lehrlingen fehlt die Lust."
    )
    assert found == set()


def test_a_village_by_a_town_ending_is_still_a_place() -> None:
    found = _names("Ein Radfahrer aus Unterzuffenhausen wurde bei Kleinoberhofen verletzt.")
    assert {"Unterzuffenhausen", "Kleinoberhofen"} <= found


def test_a_common_noun_listed_with_a_town_is_no_place() -> None:
    found = _names(
        "Die Schäden in Göppingen und Umgebung sind groß. Die Firma liefert nach Hamburg und "
        "Übersee. Das Virus breitete sich in Hamm und Klinik aus."
    )
    assert found == {"Göppingen", "Hamburg", "Hamm"}


def test_common_nouns_spelt_as_towns_on_the_list_are_no_places() -> None:
    found = _names(
        "Bei Wetter wie diesem bleibt man zu Hause. Nach Senden der Nachricht war das Handy "
        "leer. Die Förster berichten von Buchen, die krank sind."
    )
    assert found == set()


def test_a_nouns_object_after_a_body_or_a_places_noun_is_no_name() -> None:
    # (a clause's subject and object side by side: ``dass die Stadt Geld verliert``)
    found = _names(
        "Er sagte, dass die Stadt Geld verliert. Weil die Polizei Alarm schlug, kam Hilfe. "
        "Er glaubt, dass die Gemeinde Recht hat, und dass die Feuerwehr Glück hatte."
    )
    assert found == set()


def test_a_short_town_or_an_island_after_its_noun_is_still_named() -> None:
    found = _names("Das Amtsgericht Hof urteilte, und auf der Insel Amrum stürmte es.")
    assert {"Amtsgericht Hof", "Amrum"} <= found


def test_a_daughters_first_name_is_no_company() -> None:
    # (``Tochter`` is a subsidiary in business news, a daughter everywhere else)
    found = _names("Seine Tochter Anna und ihre Tochter Marie kamen zur Feier.")
    assert "Anna" not in found


def test_a_noun_after_the_pronoun_man_is_no_person() -> None:
    # (German's ``man`` is a pronoun, no English ``man`` telling a man's name after it)
    found = _names(
        "Weil man Reformen braucht, wird verhandelt. Dass man Sorgen vor dem Winter hat, "
        "verstehe sie."
    )
    assert not {"Reformen", "Sorgen"} & found
