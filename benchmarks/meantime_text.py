"""A MEANTIME English article (CAT XML, tokens only) rendered as the news text it was.

MEANTIME (``../shared/data/meantime/en``, CC BY 4.0) gives each Wikinews article as tokens with
their sentence numbers. :func:`news_text` joins them back as a reader would see them: no space
before closing punctuation and contractions (``'re``, ``n't``), double quotation marks (`````,
``''``, ``"``, ``“``, ``”``) written as “ and ” by whether a quotation is open, and each sentence
its own paragraph except inside an open quotation (a quotation running over two sentences stays
in one paragraph, as it was printed). Keys that give ``"source": "meantime/en/..."`` are read
through this rendering, so their offsets hold for anyone who reruns them; nothing of newsbrief is
imported. Run it on a file to see the text::

    .venv/bin/python benchmarks/meantime_text.py \
        ../shared/data/meantime/en/intra-doc_annotation/corpus_apple/FILE.xml
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

_NO_SPACE_BEFORE = frozenset(
    {
        ",",
        ".",
        ":",
        ";",
        "!",
        "?",
        ")",
        "]",
        "%",
        "'s",
        "'",
        "n't",
        "’s",
        "'re",
        "'ve",
        "'ll",
        "'m",
        "'d",
    }
)
_NO_SPACE_AFTER = frozenset({"(", "[", "$"})
_OPENING = frozenset({"``", "“"})
_CLOSING = frozenset({"”"})
_EITHER = frozenset({"''", '"'})


def tokens(path: Path) -> list[tuple[int, str]]:
    """``(sentence number, word)`` of every token of a CAT XML file, in order."""
    root = ET.parse(path).getroot()
    return [(int(t.get("sentence") or 0), t.text or "") for t in root.iter("token")]


def news_text(path: Path) -> str:
    """The article of ``path`` as running text (see the module's docstring)."""
    pieces: list[str] = []
    previous_sentence: int | None = None
    previous = ""
    open_quote = False
    after_opening = False
    for sentence, word in tokens(path):
        quote = word in _OPENING or word in _CLOSING or word in _EITHER
        closing = quote and (word in _CLOSING or (word in _EITHER and open_quote))
        if previous_sentence is None:
            gap = ""
        elif sentence != previous_sentence and not open_quote:
            gap = "\n\n"
        elif closing or after_opening or word in _NO_SPACE_BEFORE or previous in _NO_SPACE_AFTER:
            gap = ""
        else:
            gap = " "
        if quote:
            word = "”" if closing else "“"
            open_quote = not closing
        pieces.append(gap)
        pieces.append(word)
        after_opening = quote and not closing
        previous_sentence, previous = sentence, word
    return "".join(pieces)


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(news_text(Path(name)))
