"""Quotation marks in English headings and prose that hold a term or a name, no one's words
(issue #16, written in session 26), classes that recur across the keys:

* a short term set inside a heading's noun phrase, right before the noun it qualifies, on a
  line with no cue verb (``Treasurer ... unveils $900m 'school uniform' grant``, ``Ohio opens
  inquiry into AI 'tutor' apps``) is no one's words, though a name opens the heading; a
  heading with a cue on its line (``Unison warns of 'tight' staffing``) or the word right after
  the heading's subject (``Captain Lena Ruiz 'furious' about ...``) stays speech;
* a short quotation a description explains after its comma, opening with an indefinite
  article or a possessive of a thing (``"extreme heat," its highest alert level``), is a name
  or a term even where a cue stands in the description, when that cue is the verb of a
  relative clause of a thing (``a job title that Agnes Moray still says ...``) or names
  (``a song she described as ...``, ``a company called Brightwater Leisure``); the speaker
  apposed (``"Not yet," a spokesman for the council said``) stays;
* a heading's quotation whose very words the body sets in marks only as a term (``Leeds
  reservoirs hit 'amber alert', ...`` over ``fell into the "amber alert" band``) is that term;
* a shout reported by ``yelled`` (``'Which corner?' a man in the gallery yelled``) is speech;
* a lone capitalised word mid-sentence (``she had read "Holes" in seventh grade``) is a title
  even with a cue in its sentence, unless a cue stands right before it (``replied "Never"``)
  or it is a shout (``told the crowd "Run!"``);
* a title after the noun of its kind and a comma, however long (``The study, "Warm water
  beneath ...," was published``), or between a name's possessive and the noun of what it names
  (``the Forestry Agency's 'What to do when ...' guide``), is no one's words; a cue after it
  (``In her report, "we found ...," the inspector wrote``) or lower-case words (``the
  Chancellor's "we will not raise taxes ..." promise``) stay speech;
* a quotation of two or three words opening a heading line before a colon (``'Not a refuge':
  visitors turn on river camps``) is a headline quoting someone, speech with no cue; a title in
  title case there (``'Game Over': the final season reviewed``) is not;
* a name given by ``termed`` (``what they have termed "blue carbon"``) or ``billing ... as``
  (``what promoters are billing as "the fight of the decade"``) is no speech;
* the name of a method, a phenomenon or a place a calling verb's object is (``The team calls
  the technique "sound seeding"``, ``started calling the building "the castle"``) is no speech;
  a verdict there (``called the trend "deeply worrying."``) stays speech.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

import pytest

from helpers.quotes import speakers_of_quotes
from helpers.timing import least_cpu_seconds
from newsbrief.annotators.quotes.heading_terms import EchoedTerms
from newsbrief.annotators.quotes.marks import QuoteSpan


@pytest.mark.parametrize(
    "heading",
    [
        "Treasurer Mark Ellison unveils $900m 'school uniform' grant for families",
        "Ohio opens inquiry into AI 'tutor' apps after parents complain",
    ],
)
def test_a_term_before_its_noun_in_a_heading_with_no_cue_is_no_quote(heading: str) -> None:
    text = f"{heading}\n\nThe plan was announced on Monday and will begin in January.\n"
    assert speakers_of_quotes(text) == {}


def test_a_heading_with_a_cue_keeps_its_quote() -> None:
    text = (
        "Unison warns of 'tight' staffing levels over the holidays\n\n"
        "The union said on Tuesday that wards were already short of nurses.\n"
    )
    assert speakers_of_quotes(text) == {"tight": "Unison"}


def test_the_word_right_after_a_headings_subject_stays_speech() -> None:
    text = (
        "Captain Lena Ruiz 'furious' about delays at new quay\n\n"
        "Ruiz said the contractor had missed three deadlines since May.\n"
    )
    assert speakers_of_quotes(text) == {"furious": "Lena Ruiz"}


@pytest.mark.parametrize(
    ("text", "term"),
    [
        (
            'This is the "Lantern", a two-day course run by a company called Brightwater '
            "Leisure that promises to calm your mind. Tickets cost £900.",
            "Lantern",
        ),
        (
            "Mara Quist sang in Spanish and English and closed the set with 'Carta a mi abuela', "
            "a song she described as 'the one I cannot sing without crying'. The crowd stood.",
            "Carta a mi abuela",
        ),
        (
            "Crops are failing across the valley, according to the weather service, which on "
            'Monday placed nine districts in "extreme heat," its highest alert level.',
            "extreme heat",
        ),
        (
            'Both keepers stayed on as "attendants", a job title that Agnes Moray still says with '
            "a grin. She retired in 2019.",
            "attendants",
        ),
    ],
)
def test_a_term_its_apposed_description_explains_is_no_quote(text: str, term: str) -> None:
    assert term not in speakers_of_quotes(text)


def test_a_speaker_apposed_after_a_short_quotation_still_speaks() -> None:
    text = (
        "The council has not said when the bridge will reopen.\n\n"
        '"Not yet," a spokesman for the council said when asked whether a date had been set.\n'
    )
    assert speakers_of_quotes(text) == {"Not yet": "a spokesman for the council"}


@pytest.mark.parametrize(
    "text",
    [
        'Priya Nand, 16, told the council she had read "Holes" in seventh grade and loved it.',
        'The director added that she was proud of "Lanterns" and hoped it would travel to other '
        "festivals.",
    ],
)
def test_a_lone_capitalised_word_mid_sentence_is_a_title_despite_a_cue(text: str) -> None:
    assert speakers_of_quotes(text) == {}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ('Asked whether he would resign, Mr Hale replied "Never" and left the room.', "Never"),
        ('Marshals told the crowd "Run!" as the barrier gave way, according to witnesses.', "Run!"),
    ],
)
def test_a_lone_word_a_cue_reports_or_shouted_is_speech(text: str, word: str) -> None:
    assert word in speakers_of_quotes(text)


@pytest.mark.parametrize(
    "text",
    [
        'Researchers said the shelf was thinning faster than expected. The study, "Warm water '
        'beneath the eastern ice shelf and what it means for the coast," was published on '
        "Thursday in a leading journal.",
        "Flooding hit the valley again on Monday. Residents should read the Forestry Agency's "
        "'What to do when the river rises in the night' guide before the weekend.",
    ],
)
def test_a_title_after_its_kind_or_a_possessive_is_no_quote(text: str) -> None:
    assert speakers_of_quotes(text) == {}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            'In her report, "we found no evidence that the money was misused," the inspector '
            "wrote.",
            "we found no evidence that the money was misused",
        ),
        (
            "Officials at the Treasury said the Chancellor's \"we will not raise taxes on working "
            'people" promise would be kept.',
            "we will not raise taxes on working people",
        ),
    ],
)
def test_words_a_cue_follows_or_in_lower_case_after_a_possessive_stay_speech(
    text: str, words: str
) -> None:
    assert words in speakers_of_quotes(text)


def test_a_short_quotation_opening_a_heading_before_a_colon_is_speech() -> None:
    text = (
        "River camps face new rules after complaints\n\n"
        "Related\n\n"
        "'Not a refuge': visitors turn on river camps\n\n"
        "The ministry said inspections would begin next month.\n"
    )
    assert "Not a refuge" in speakers_of_quotes(text)


def test_a_title_opening_a_heading_before_a_colon_is_no_quote() -> None:
    text = "Storm season\n\n'Game Over': the final season reviewed\n\nThe series ends on Sunday.\n"
    assert speakers_of_quotes(text) == {}


def test_a_title_opening_a_german_heading_about_its_work_is_no_quote() -> None:
    # German capitalises every noun: a title's case says nothing there; the heading's noun
    # of a work (``[quotes] work_heading_nouns``) does.
    text = (
        "„Das letzte Ufer“: Neue Staffel startet im Februar\n\n"
        "Köln – Die Serie kehrt zurück. „Wir sind sehr zufrieden“, sagte Produzentin Ilka Brandl.\n"
    )
    assert set(speakers_of_quotes(text, language="de")) == {"Wir sind sehr zufrieden"}


def test_a_short_quotation_opening_a_german_heading_about_no_work_stays_speech() -> None:
    text = (
        "„Nicht unser Anspruch“: Pannenserie beim Tabellenletzten geht weiter\n\n"
        "„Das ist nicht unser Anspruch“, sagte Trainer Jörg Kaltwasser.\n"
    )
    assert "Nicht unser Anspruch" in speakers_of_quotes(text, language="de")


@pytest.mark.parametrize(
    "heading",
    [
        "„Nicht mit uns“: Streit um neue Serie von Einbrüchen",
        "„Nicht mit uns“: Serie von Einbrüchen erschüttert Kiel",
    ],
)
def test_a_work_noun_a_german_heading_is_about_leaves_the_quotation_speech(heading: str) -> None:
    # (a run of events, not a series on screen: the noun is linked to what it is of, or is no
    # head of the words after the colon)
    text = f"{heading}\n\nDie Polizei ermittelt.\n"
    assert "Nicht mit uns" in speakers_of_quotes(text, language="de")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Scientists at the university said seagrass meadows store what they have termed "
            '"blue carbon" for centuries.',
            "blue carbon",
        ),
        (
            'Ticket sales for what promoters are billing as "the fight of the decade" opened on '
            "Monday, the promoter said.",
            "the fight of the decade",
        ),
    ],
)
def test_a_name_given_by_termed_or_billing_as_is_no_quote(text: str, name: str) -> None:
    assert name not in speakers_of_quotes(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Reefs recovered faster where speakers played healthy reef sounds, the study found. "
            'The team calls the technique "sound seeding", building on earlier trials in Fiji.',
            "sound seeding",
        ),
        (
            "The family moved into the hostel in March. Her son has started calling the building "
            '"the castle" and asks when they can go back to it.',
            "the castle",
        ),
    ],
)
def test_the_name_a_calling_verbs_object_goes_by_is_no_quote(text: str, name: str) -> None:
    assert name not in speakers_of_quotes(text)


def test_a_verdict_on_a_calling_verbs_object_stays_speech() -> None:
    text = (
        "Dr Ana Pires said measles cases had reached their highest level since 2019 and called "
        'the trend "deeply worrying."'
    )
    assert speakers_of_quotes(text) == {"deeply worrying": "Ana Pires"}


_RESERVOIRS = (
    "Leeds reservoirs hit 'amber alert', hosepipe ban looms for summer\n\n"
    'The city\'s reservoirs fell into the "amber alert" band on Monday, according to figures '
    "from Yorkshire Water. Engineers expect them to fall further before the rains.\n"
)


def test_a_heading_repeating_a_term_of_the_body_is_no_quote() -> None:
    assert speakers_of_quotes(_RESERVOIRS) == {}


def test_a_heading_repeating_words_the_body_quotes_as_speech_stays_speech() -> None:
    text = (
        "Leeds reservoirs 'lowest in decades', hosepipe ban looms for summer\n\n"
        '"The reservoirs are the lowest in decades," said Priya Nand, a Yorkshire Water '
        "engineer, on Monday.\n"
    )
    assert "lowest in decades" in speakers_of_quotes(text)


def test_a_shout_someone_yelled_is_speech() -> None:
    text = (
        "The minister said the government had 'turned the corner' on waiting lists.\n\n"
        "'Which corner?' a man in the gallery yelled.\n\n"
        "The Speaker called for order.\n"
    )
    assert speakers_of_quotes(text)["Which corner?"] == "a man in the gallery"


def _echoes(headings: int) -> tuple[str, list[QuoteSpan]]:
    """A page of ``headings`` heading lines each quoting a term, and one body paragraph setting
    that term in marks, with the quotations' spans (the headings' first)."""
    lines = [f"Dam {n} hits 'amber alert' level\n" for n in range(headings)]
    text = "".join(lines) + '\nThe dams fell into the "amber alert" band on Monday.\n'
    spans, at = [], 0
    for paragraph in range(headings + 1):
        open_mark = text.index("'" if paragraph < headings else '"', at)
        close = text.index(text[open_mark], open_mark + 1)
        spans.append(QuoteSpan(open_mark, close + 1, open_mark + 1, close, paragraph))
        at = close + 1
    return text, spans


def test_a_page_of_headings_repeating_a_term_is_read_in_linear_time() -> None:
    def run(headings: int) -> None:
        text, spans = _echoes(headings)
        terms = EchoedTerms(text, spans, lambda i: i < headings, lambda i: False)
        assert all(terms.term(i) for i in range(headings))

    small = least_cpu_seconds(lambda: run(1000), repeat=2)
    large = least_cpu_seconds(lambda: run(4000), repeat=2)
    # Linear: about 4x; each heading reading every quotation of its words would be about 16x.
    assert large <= 8 * small
