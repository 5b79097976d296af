"""A transcript's labels through the whole briefing (session 31): role words in labels
(``BBC ANCHOR``, ``WXRT REPORTER``, ``REPORTER``) are no organisations and make the label the
interviewer's (``NAME, OUTLET ROLE:`` is NAME's with a role); a surname label in capitals is a
person; a turn's speaker is the fullest name the documents merged for the label (``HALVORSEN:``
and ``Teodor Halvorsen``), as quoted words would be.

The articles are written for these tests in the manner of broadcast transcripts; none is
copied."""

from __future__ import annotations

from helpers.transcripts import HARBOUR, briefing_of
from newsbrief.model import Document, Metadata


def test_a_transcript_quote_names_its_speaker_in_full() -> None:
    briefing = briefing_of(HARBOUR)
    turns = [q for q in briefing.quotes if q.text.startswith("Eleven boats")]
    assert [q.speaker for q in turns] == ["Teodor Halvorsen"]


def test_label_role_words_are_no_organisations() -> None:
    briefing = briefing_of(HARBOUR)
    names = {(e.name, e.type) for e in briefing.entities}
    assert not any(name in ("ANCHOR", "BBC ANCHOR") for name, _ in names)
    assert ("BBC", "organisation") in names
    # The host's turns are no one's quotation (``, BBC ANCHOR`` names the staff).
    assert not any(q.text.startswith("When will") for q in briefing.quotes)


def test_a_surname_label_is_a_person() -> None:
    text = (
        "After the mill fire\n\n"
        "Transcript of a radio interview.\n\n"
        "RUTH ABERNATHY, WXRT REPORTER: Chief Okonkwo, what happened at the mill?\n\n"
        "OKONKWO: The fire started in the drying shed after midnight. Our crews were there "
        "within six minutes.\n\n"
        "ABERNATHY: Was anyone hurt?\n\n"
        "OKONKWO: Two firefighters were treated for smoke. Both are home now.\n\n"
        "REPORTER: And the cause?\n\n"
        "OKONKWO: We do not know yet. The investigators will be there all week.\n"
    )
    briefing = briefing_of(text)
    types = {variant: e.type for e in briefing.entities for variant in e.variants}
    assert types["OKONKWO"] == "person"
    # Named as the text writes the name, not in the labels' capitals.
    assert "Okonkwo" in {e.name for e in briefing.entities}
    assert types["ABERNATHY"] == "person"
    assert "REPORTER" not in types
    assert any(
        q.text.startswith("The fire started") and q.speaker is not None for q in briefing.quotes
    )


def test_a_long_transcript_s_labels_are_read_in_linear_time() -> None:
    # Thousands of ``NAME, OUTLET ROLE:`` lines: each candidate's role is looked up, not
    # searched for among all the roles (0.3 s, was 30 s for 680 kB).
    import time

    from newsbrief.annotators.entities.transcript_labels import with_transcript_labels
    from newsbrief.nlp.candidates import CANDIDATE_FIELDS, pack_fields

    def _fields(name: str) -> tuple[object, ...]:
        given = {"text": name, "type": "organisation", "language": "en"}
        plain = {"evidence": False, "sentence_initial": False, "heading": False, "speaks": False}
        return tuple(given.get(field, plain.get(field)) for field in CANDIDATE_FIELDS)

    host = "PAUL ROE, NPR HOST: Will the bridge reopen in May?\n"
    guest = "ANN LEE, CITY MAYOR: The engineers found cracks in the main span.\n"
    text = "Paul Roe spoke with Ann Lee.\n" + (host + guest) * 8000
    document = Document.from_text(text, id="long", metadata=Metadata(language="en"))
    # One candidate a label's name and role, as the chunker finds them.
    offsets: list[int] = []
    fields = []
    at = len("Paul Roe spoke with Ann Lee.\n")
    for _ in range(8000):
        for line in (host, guest):
            name, role = line.split(":")[0].split(", ")
            offsets += (at, at + len(name))
            fields.append(_fields(name))
            offsets += (at + len(name) + 2, at + len(name) + 2 + len(role))
            fields.append(_fields(role))
            at += len(line)
    started = time.perf_counter()
    packed = with_transcript_labels(document, pack_fields(offsets, fields))
    assert time.perf_counter() - started < 5
    assert "NPR" in {str(f[0]) for f in packed.fields}
