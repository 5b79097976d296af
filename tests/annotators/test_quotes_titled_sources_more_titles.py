"""People the entity annotator missed, introduced with a title (session 33, issue #16): the
American spelling ``Councilor``, the sports role ``skipper``, and a surname that is also a title
word after a first name (``Alan Bishop``: an English title comes before the name, never after
it) make the name a person, the speaker of what the sentence or a pronoun after it quotes.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_as_written as _speakers

OPENING = 'Dr. Helen Marsh, a surgeon, said the ward had reopened. "We are back," she said.\n\n'


def test_a_councilor_in_american_spelling() -> None:
    text = OPENING + (
        "Springfield Town Councilor Walter Brandt said the town was watching the plant. "
        '"It has been our biggest employer for forty years," he said.\n'
    )
    assert _speakers(text)["It has been our biggest employer for forty years"] == "Walter Brandt"


def test_a_skipper_is_the_speaker_not_the_country_before_the_title() -> None:
    text = OPENING + (
        "Ireland skipper Niamh Kelleher hailed the debutant's knock as "
        '"the best I have seen in years".\n'
    )
    assert _speakers(text)["the best I have seen in years"] == "Niamh Kelleher"


def test_a_title_word_as_a_surname() -> None:
    text = OPENING + (
        "Resident Alan Bishop said he had packed his car by noon. "
        '"We have done this too many times," he said.\n'
    )
    assert _speakers(text)["We have done this too many times"] == "Alan Bishop"
