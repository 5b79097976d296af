"""The date label pattern's look-ahead on the labels' first characters never changes a match.

The look-ahead (``dates._opening_test``) rules a line out at its first character; it must hold
every case of every label's first character, as the alternation under ``re.I`` does: each
label of each language, as written, upper-cased and title-cased, is matched as the pattern
without the look-ahead matches it.
"""

from __future__ import annotations

import re

from newsbrief.parsers.plaintext import dates


def test_every_label_in_every_case_passes_the_look_ahead() -> None:
    label = dates._grammar().label
    labels = dates._words(dates._every_language(), lambda lang: lang.date_labels)
    opening = dates._opening_test(labels)
    assert opening and label.pattern.startswith(opening)
    without = re.compile(label.pattern.removeprefix(opening), label.flags)
    for word in labels:
        for written in (word, word.upper(), word.title(), word.lower()):
            line = f"{written}: 7 December 2026"
            found = without.match(line)
            assert found is not None, written
            matched = label.match(line)
            assert matched is not None and matched.span() == found.span(), written
