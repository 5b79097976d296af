"""The plain-text heuristics' cheap pre-checks never change an answer.

Captions are looked for inside a line only when it holds a colon, agency credits only when an
agency's name occurs near the line's end, unlabelled bylines only in a line holding ``/`` or
``|``: each pre-check is a necessary condition of the pattern it guards, compared here with the
pattern alone on real lines and on generated ones.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.parsers.plaintext import metadata, noise

CAPTIONS = [
    "Firefighters work at the site of a Russian strike in Dnipro (Getty Images)",
    "Volodymyr Zelenskyy attends a news conference in Kyiv (AP Photo/Efrem Lukatsky)",
    "Rescuers search the rubble of the building on Saturday | Reuters",
    "Soldiers fire a howitzer near Bakhmut, photo: Libkos via Getty Images",
    "People queue for water in Kherson, November 2022 (AFP)",
    "A protester holds a flag outside parliament on Tuesday (EPA-EFE/Olivier Hoslet)",
    "Image: The new bridge over the Dnipro river in Zaporizhzhia",
    "Ukraine's defence minister said the air defence systems had arrived. " * 3 + "(Getty Images)",
]
PROSE = [
    "The agency said Reuters had obtained the documents on Friday.",
    "AFP reported that the talks would resume in Istanbul next week.",
    "Officials said: the strike hit a residential building in the city centre.",
    "The photographer, who works for Getty Images, was not hurt in the attack.",
]
BYLINES = [
    ("Jane Doe / CNN", True),
    ("Olena Petrenko | Ukrainska Pravda", True),
    ("By Jane Doe", True),
    ("The river rose by two metres overnight / officials said", False),
    ("President Zelenskyy spoke to reporters on Monday", False),
]


def _caption_by_patterns(line: str, headline: str | None = None) -> bool:
    """The caption test without its pre-checks (its definition)."""
    if len(line) > 400:
        return False
    if headline and len(headline) >= 20 and line != headline and line.startswith(headline):
        return True
    found = noise._furniture()
    return bool(
        found.caption_start.match(line)
        or found.caption_inside.search(line)
        or found.credit_end.search(line)
    )


@pytest.mark.parametrize("line", CAPTIONS)
def test_captions_and_credits_are_found(line: str) -> None:
    assert noise.is_caption(line)
    assert _caption_by_patterns(line)


@pytest.mark.parametrize("line", PROSE)
def test_prose_naming_an_agency_is_no_caption(line: str) -> None:
    assert not noise.is_caption(line)
    assert not _caption_by_patterns(line)


_PIECES = st.sampled_from(
    [
        "(Getty Images)",
        "AP Photo/Evan Vucci",
        "Reuters",
        "afp",
        "EPA",
        " via ",
        "Photo: ",
        "photo credit:",
        "/",
        "|",
        ".",
        ")",
        "  ",
        "x" * 45,
        "Credit: ",
        "Ukraine said on Monday",
        "Шутерсток",
        "(Foto: dpa)",
        "Фото: РИА Новости",
        "тасс",
        "Picture Alliance",
    ]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
@settings(max_examples=400, deadline=None)
def test_the_caption_pre_checks_change_no_answer(line: str) -> None:
    assert noise.is_caption(line) == _caption_by_patterns(line)


@pytest.mark.parametrize(("line", "byline"), BYLINES)
def test_bylines_with_and_without_a_separator(line: str, byline: bool) -> None:
    assert (metadata.parse_byline(line) is not None) is byline


NAME_LIST_WORDS = st.sampled_from(
    [
        "Jane", "Doe", "von", "der", "Leyen", "Tür", "zu", "and", "und", "et", "y", "и", "та",
        "November", "3", "7,114", "homes", "Claire", "Morel", "O'Neil", "&", ",", "", " ",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(NAME_LIST_WORDS, max_size=40).map(" ".join))
def test_a_name_list_read_name_by_name_is_the_list_split_whole(text: str) -> None:
    # ``is_name_list`` stops at the first part that is no name (or the seventh name): the
    # answer of splitting the whole text first, as it did.
    from newsbrief.nlp import bylines

    names = [name for name in bylines._words().author_separator.split(text) if name]
    expected = bool(names) and len(names) <= 6 and all(bylines._is_name(name) for name in names)
    assert bylines.is_name_list(text) == expected


def test_a_sentence_opening_with_a_byline_label_is_no_byline() -> None:
    # ``By Tuesday, ...`` opens a sentence, not a byline (answered at the first comma).
    line = "By Tuesday, 2,300 households had lost power, the utility said in a statement."
    assert metadata.parse_byline(line, "en") is None
    assert metadata.parse_byline("By Jane Doe and John Roe, Associated Press", "en") is not None
