"""The introduced-people rule's fast paths (:mod:`...attribution.reporting_people`) find
exactly what the plain patterns they replaced found.

* The run of capitalised words opens with its first capital and looks behind from there (the
  plain pattern opened with the look-behind, which the regex engine tries at every position);
  that capital is matched as ``A-Z`` or past ASCII, and its letter class checked behind it.
* The lower-case word right before a name, and an apposed phrase and its comma, are read
  backwards from the name in one match (the plain patterns were searched for across the 30 and
  100 code points before it).
* A run's words are split at its spaces with ``str.split`` (the plain way was a pattern).

Each plain pattern is written out here as it was, and compared on generated text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.annotators.quotes.attribution import reporting_people as rp

GAPS = [" ", " ", ", ", ". ", ": ", "; ", "\n", "\n\n", "\u00a0", "  ", "-", "’", "(", ""]


def _text(words: list[str]) -> st.SearchStrategy[str]:
    """Texts of ``words`` (and pieces of them) joined by spaces and punctuation."""
    pieces = st.sampled_from(words) | st.sampled_from(words).map(lambda w: w[: len(w) // 2])
    return st.lists(st.tuples(pieces, st.sampled_from(GAPS)), max_size=16).map(
        lambda pairs: "".join(word + gap for word, gap in pairs)
    )


_PLAIN_RUN = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?:;,][ \u00a0])|(?<=[a-z][ \u00a0]))"
    rf"(?P<run>{rp._WORD}(?:[ \u00a0]+(?:(?:{rp._PARTICLES})[ \u00a0]+)?{rp._WORD}){{1,6}})"
    r"(?=,|[ \u00a0]+[a-z(]|$)",
    re.MULTILINE,
)

NAME_WORDS = ["Ann", "Roe-Lee", "van", "de", "Ó", "Mei-fong", "petitioner", "said", "who",
              "Chief", "74", "x", "A", "Ben", "Okafor", "É", "the", "a-b", "-",
              # past ASCII: a lower-case letter, a numeral letter, a digit, a sign
              "élan", "Ⅻ", "٣", "²", "_x", "€"]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(_text(NAME_WORDS))
def test_runs_of_capitalised_words_are_the_ones_the_look_behind_first_pattern_found(
    text: str,
) -> None:
    fast = [(m.span(), m.span("run")) for m in rp._RUN.finditer(text)]
    assert fast == [(m.span(), m.span("run")) for m in _PLAIN_RUN.finditer(text)]
    for match in rp._RUN.finditer(text):  # a run's words are split at its spaces alone
        assert match.group("run").split() == rp._SPLIT.findall(match.group("run"))


_PLAIN_WORD_BEFORE = re.compile(r"(?P<word>[a-z][a-z\-]+)[ \u00a0]+$")


@settings(max_examples=600, deadline=None)
@given(_text(["petitioner", "co-chair", "-", "ab", "a", "Xyz", "x-", "--", "of the"]), st.data())
def test_the_word_before_a_name_is_read_backwards_as_the_search_found_it(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    plain = _PLAIN_WORD_BEFORE.search(text, max(0, start - 30), start)
    assert rp._word_before(text, start) == (plain.group("word") if plain else None)


_PLAIN_APPOSITION_BEFORE = re.compile(r"(?P<words>[^,.;:!?\n§]{3,100}),[ \u00a0]+$")


@settings(max_examples=600, deadline=None)
@given(
    _text(["A bus driver", "the", "chief", "of", "Ann", "x", "§", "a-b", "ab", "long " * 12]),
    st.data(),
)
def test_an_apposed_phrase_before_a_name_is_read_backwards_as_the_search_found_it(
    text: str, data: st.DataObject
) -> None:
    start = data.draw(st.integers(0, len(text)))
    plain = _PLAIN_APPOSITION_BEFORE.search(text, max(0, start - 100), start)
    assert rp._apposition_before(text, start) == (plain.group("words") if plain else None)
