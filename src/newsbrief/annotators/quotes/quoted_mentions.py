"""Words a sentence mentions rather than reports (issue #16): ``the mayor was referring to the
"revised schedule"``, ``a reference to "all armed groups" in the draft``.

After a noun of referring (``[quotes] mention_phrases``: ``a reference to``) and perhaps an
article, or a verb of referring and an article (``[quotes] mention_verbs``: ``referring to the
"..."``), quoted words are the wording referred to, a term or a passage of a document, not
words someone says in the sentence. With no article, what a speaker ``referred to`` may be her
own words (``she was referring to "people who should know better"``). A whole sentence quoted
there (``the ad referred to "the families who can least afford it."``) is left to the other
tests: it may be someone's words.
"""

from __future__ import annotations

import functools
import re

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.marks import QuoteSpan
from newsbrief.languages import language, normalize, on_reload

#: How far before a quotation its phrase of referring is read (code points).
_REACH = 40


@functools.cache
def _pattern(code: str) -> re.Pattern[str] | None:
    """A noun of referring and perhaps an article, or a verb of referring and an article,
    ending right before a quotation's opening mark; ``None`` when the language's data lists
    none."""
    data = language(normalize(code))
    phrases = sorted({w.lower() for w in data.words("quotes", "mention_phrases")})
    verbs = sorted({w.lower() for w in data.words("quotes", "mention_verbs")})
    articles = sorted({w.lower() for w in data.words("quotes", "calling_articles")})
    article = rf"{plain_alternation(articles)}[ \u00a0]+" if articles else ""
    referring = []
    if phrases:
        referring.append(rf"{plain_alternation(phrases)}[ \u00a0]+(?:{article})?")
    if verbs and article:
        referring.append(rf"{plain_alternation(verbs)}[ \u00a0]+{article}")
    if not referring:
        return None
    return re.compile(rf"(?<![\w’'\-])(?:{'|'.join(referring)})[‘“\"']?$", re.IGNORECASE)


def referred_to(text: str, span: QuoteSpan, code: str) -> bool:
    """Whether the quotation ``span`` of ``text`` follows a phrase of referring (see the
    module) and ends with no stop: wording mentioned, not speech."""
    pattern = _pattern(code)
    if pattern is None or text[span.start : span.end].rstrip().endswith((".", "!", "?")):
        return False
    return pattern.search(text, max(0, span.open - _REACH), span.open) is not None


on_reload(_pattern.cache_clear)
