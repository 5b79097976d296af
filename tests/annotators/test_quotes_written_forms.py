"""Attribution patterns of issue #16 added in session 10 from the error classes of the
held-out keys ``quotes_en-val8.json`` to ``-val13.json`` (real news): a speaker reported under
the fullest form the article writes of its name (accents, spacing, a longer first mention, an
acronym spelled out, a peer's title).

The sentences are written for these tests in the manner of the articles; none is copied."""

from __future__ import annotations

import datetime as dt

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import AnnotationKind, Document, Metadata


def quotes(text: str, language: str = "en") -> dict[str, tuple[str | None, str | None]]:
    """``{quoted words: (speaker, role)}`` of every quotation of one article."""
    document = Document.from_text(
        text, id="w", metadata=Metadata(language=language, published=dt.date(2010, 1, 14))
    )
    (document,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    found = list(document.annotations_of(AnnotationKind.QUOTE))
    assert all(q.text == document.text[q.start : q.end] for q in found)
    return {q.text.rstrip(",."): (q.attributes["speaker"], q.attributes.get("role")) for q in found}


def test_a_name_written_later_without_its_accents_keeps_them() -> None:
    text = (
        "The palace fell in the quake. The president, René Préval, and his wife survived.\n\n"
        'President Rene Preval told reporters that the damage was "beyond anything we '
        'have seen before," and he asked for help.'
    )
    assert quotes(text)["beyond anything we have seen before"][0] == "René Préval"


def test_a_name_written_later_without_its_space_keeps_it() -> None:
    text = (
        "Peacekeeping chief Alain Le Roy said many staff were missing.\n\n"
        'Alain LeRoy said, "We are still searching the rubble for our colleagues."'
    )
    assert quotes(text)["We are still searching the rubble for our colleagues"][0] == (
        "Alain Le Roy"
    )


def test_an_acronym_is_reported_as_the_name_the_article_spells_out() -> None:
    text = (
        "The United Nations sent planes to the island on Wednesday.\n\n"
        'In a statement, the UN said that "a large number of staff remain unaccounted for."'
    )
    assert quotes(text)["a large number of staff remain unaccounted for"][0] == "United Nations"


def test_a_person_named_in_full_first_keeps_the_full_name() -> None:
    text = (
        "Its mayor is Roberto Córdova Carreño, who was elected in 2008.\n\n"
        'Mayor Roberto Córdova said that "the town will be rebuilt within a year."'
    )
    assert quotes(text)["the town will be rebuilt within a year"][0] == "Roberto Córdova Carreño"


def test_a_peer_is_reported_with_the_title_and_the_role_without_it() -> None:
    text = (
        "In a press release on Monday, Foreign Office Minister Lord Triesman stated, "
        '"We want them home as soon as possible."\n\n'
        'Triesman said that talks went on. "They\'re delicate discussions," he added.'
    )
    found = quotes(text)
    assert found["We want them home as soon as possible"] == (
        "Lord Triesman",
        "Foreign Office Minister",
    )
    assert found["They're delicate discussions"][0] == "Lord Triesman"


def test_a_shorter_name_written_first_is_not_lengthened() -> None:
    # The longer form comes after the quotation: the reader has not met it yet.
    text = (
        'Mayor Roberto Córdova said that "the town will be rebuilt within a year."\n\n'
        "Roberto Córdova Carreño was elected in 2008."
    )
    assert quotes(text)["the town will be rebuilt within a year"][0] == "Roberto Córdova"


# -- unnamed sources -----------------------------------------------------------------------------


def test_a_consul_unnamed_is_the_speaker_by_that_description() -> None:
    text = (
        "Shots were reported to be fired at the Iranian Consul in Basra.\n\n"
        'The Iranian Consul said that "soldiers had surrounded the office and fired shots."'
    )
    assert quotes(text)["soldiers had surrounded the office and fired shots"][0] == (
        "the Iranian Consul"
    )


def test_a_description_with_the_name_in_apposition_after_it_is_that_person() -> None:
    text = (
        "The police force was crippled by the disaster.\n\n"
        '"At night, people take things. I don\'t have anything," said one local resident, '
        "Omen Cola, to AFP."
    )
    assert quotes(text)["At night, people take things. I don't have anything"] == (
        "Omen Cola",
        "local resident",
    )


def test_a_description_followed_by_a_clause_stays_unnamed() -> None:
    text = '"At night, people take things," said a local resident, who declined to be named.'
    assert quotes(text)["At night, people take things"][0] == "a local resident"


def test_a_second_description_in_a_persons_apposition_is_no_new_source() -> None:
    text = (
        '"Everybody is just totally freaked out," said Henry Bahn, an official with the '
        "Department of Agriculture who was visiting the island and a witness to the quake. "
        '"I just held on and bounced across the wall," he commented.'
    )
    assert quotes(text)["I just held on and bounced across the wall"][0] == "Henry Bahn"


def test_a_title_in_capitals_no_one_named_holds_is_an_unnamed_official() -> None:
    # Not the person who spoke before: nobody named is the consul.
    text = (
        '"We are not seeking a fight," said Prime Minister Tony Blair.\n\n'
        "Shots were reported to be fired at the Iranian Consul in Basra.\n\n"
        'The Iranian Consul said that "soldiers had surrounded the office and fired shots."'
    )
    assert quotes(text)["soldiers had surrounded the office and fired shots"][0] == (
        "the Iranian Consul"
    )


def test_a_spokesperson_for_a_person_is_the_speaker_not_the_person() -> None:
    text = (
        '"We are not seeking to put anyone in a corner," said a spokesperson for British '
        "Prime Minister Tony Blair."
    )
    assert quotes(text)["We are not seeking to put anyone in a corner"][0] == (
        "a spokesperson for British Prime Minister Tony Blair"
    )


def test_a_reporter_for_a_described_body_is_the_speaker_not_the_last_body() -> None:
    text = (
        "The American Red Cross pledged $500,000 in aid.\n\n"
        'A reporter for the Al Jazeera news agency said, "We are about 300km from the '
        'epicentre."'
    )
    assert quotes(text)["We are about 300km from the epicentre"][0] == (
        "a reporter for the Al Jazeera news agency"
    )


def test_a_quotation_after_a_sentence_whose_unnamed_subject_spoke() -> None:
    text = (
        "Other nations are also planning to send aid.\n\n"
        "A reporter for Reuters, however, said there might be difficulties delivering aid. "
        '"We are about 300km from the epicentre of the earthquake."'
    )
    assert quotes(text)["We are about 300km from the epicentre of the earthquake"][0] == (
        "a reporter for Reuters"
    )


# -- the cue after a partial quotation -----------------------------------------------------------


def test_an_inverted_cue_later_in_the_sentence_names_the_speaker() -> None:
    text = (
        'Embassy staff were "literally in the dark" due to power failures, said State '
        "Department spokesman P. J. Crowley."
    )
    assert quotes(text)["literally in the dark"] == (
        "P. J. Crowley",
        "State Department spokesman",
    )


def test_an_interrupted_quotation_takes_the_speaker_after_the_second() -> None:
    text = (
        '"We had decided to release her," said Security Council Secretary Ali Larijani.\n\n'
        '"Their leaders have miscalculated this issue" if we are faced with "fuss, and wrong '
        'behavior from Britain," added Larijani.'
    )
    assert quotes(text)["Their leaders have miscalculated this issue"][0] == "Ali Larijani"


def test_a_place_inside_an_untyped_speakers_apposition_does_not_speak() -> None:
    text = (
        "Kent Page, a spokesman for the agency in Haiti, also weighed in on Monday saying, "
        '"you can\'t just go and take a child out of a country."'
    )
    assert quotes(text)["you can't just go and take a child out of a country"][0] == ("Kent Page")


def test_a_headline_quoting_the_body_takes_the_bodys_speaker() -> None:
    text = (
        "'The house moved from side to side': the first earthquake strikes\n\n"
        'Thousands of people had arrived at the beach. "The house moved from side to side. '
        'I really thought it was going to fall," Diego Grez, a student, told reporters.'
    )
    assert quotes(text)["The house moved from side to side"][0] == "Diego Grez"


def test_an_unnamed_source_for_a_body_somewhere_is_kept_whole() -> None:
    text = (
        "An analyst for USGS in Colorado commented that there could be many deaths. "
        '"I think we are going to see substantial damage," he said.'
    )
    assert quotes(text)["I think we are going to see substantial damage"][0] == (
        "an analyst for USGS in Colorado"
    )


def test_a_place_speaking_under_another_of_its_names_keeps_the_written_name() -> None:
    # The entity annotator merges ``Britain`` into ``United Kingdom``; the article's name for
    # the speaker is ``Britain`` (issue #16: the speaker as the article names it).
    text = (
        "The United Kingdom has suspended all trade talks with Iran until the 15 detained "
        "sailors are freed.\n\n"
        "Iranian television showed one of the sailors saying the boats had entered Iranian "
        'waters, a broadcast Britain called "completely unacceptable."\n\n'
        'Britain said the patrol had been "well inside Iraqi waters" when it was stopped.'
    )
    found = quotes(text)
    assert found["completely unacceptable"][0] == "Britain"
    assert found["well inside Iraqi waters"][0] == "Britain"


def test_a_place_speaking_under_its_initials_keeps_the_full_name() -> None:
    text = (
        "The United Kingdom has suspended all trade talks with Iran.\n\n"
        'The U.K. said the patrol had been "well inside Iraqi waters" when it was stopped.'
    )
    assert quotes(text)["well inside Iraqi waters"][0] == "United Kingdom"
