"""Page furniture that is never article prose: switchers, promos, captions, comments.

The words (``Advertisement``, ``Read more``, ``Photo:``, ``Anzeige``, ``Читайте также``...) are the
``[page]`` words of the supported languages (:mod:`newsbrief.languages.page`). A page's lines are
read before its language is known, so the words of **every** language apply, but only those
that cannot be an ordinary line or word of another language: phrases of two words or more,
one-word comment headers with a count (``12 Kommentare``), caption words before a colon, agencies
as whole words. A one-word button, related label, share suffix or comment header (``Del``,
``Stampa``, ``Relacionado``, ``Kommentare``) is an ordinary word elsewhere: it applies only in its
own language, the ``language`` the caller passes (English when it passes none, as everywhere
else). Only the patterns' shapes live here; every pattern is anchored or bounded, so matching
stays linear on any input.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Set

import attrs

from newsbrief.languages import language as language_of
from newsbrief.languages import normalize, on_reload, supported
from newsbrief.languages.page import PageWords
from newsbrief.model import Span, SpanKind

_SPACE = "[ \t\u00a0]"
#: A run of blanks where a pattern allows one (bounded: a hostile line of blanks stays linear).
_BLANK_RUN = f"{_SPACE}{{0,4}}"

#: The language whose one-word entries apply when the caller knows none.
_DEFAULT_LANGUAGE = "en"

#: Language codes a site's language switcher shows.
_LANGUAGE_CODES = (
    "ua|uk|en|ru|de|fr|es|it|pl|pt|nl|ro|tr|cz|cs|sk|hu|bg|ka|az|kz|by|be|lt|lv|et|ar|zh|ja"
)
#: ``ua en ru``, ``EN | UA``, ``Укр Рус Eng``: two or more codes and nothing else.
_SWITCHER = re.compile(
    rf"(?:(?:{_LANGUAGE_CODES}|eng|укр|рус){_SPACE}*[|/•·]?{_SPACE}*){{2,12}}",
    re.I,
)

#: Blanks between the words of a phrase.
_BLANKS = re.compile(f"{_SPACE}+")
#: What may end a button line (``Share:``, ``Subscribe now!``).
_BUTTON_END = f"{_SPACE}*[.:!]?"
#: Slots of a phrase with variable words (``subscribe to {words}``): one word, or a few words
#: without a full stop (at most as many characters as the kind of line allows). A ``{words}``
#: slot glued to the word before it (``click here{words}``) needs no blank there
#: (``Click here,``).
_WORD_SLOT = "{word}"
_WORDS_SLOT = "{words}"
#: Longest stretch a ``{words}`` slot stands for in a button line and in a related label.
_BUTTON_SLOT = 60
_RELATED_SLOT = 40
#: What follows an agency that ends its credit in a word of ``credit_words`` (``AP Photo/Evan
#: Vucci``: the photographer, up to a closing bracket), and what may follow any agency.
_PHOTOGRAPHER = 40
_AFTER_AGENCY = 40
#: The words between a credit marker and ``via`` (``/ Libkos via Getty``).
_BEFORE_VIA = 40


def _alternation(words: Iterable[str]) -> str:
    """Longest first; blanks between words match a run of blanks (at most four: runs stay
    bounded); never matches when empty."""
    ordered = sorted(set(words), key=lambda word: (-len(word), word))
    if not ordered:
        return "(?!)"
    return "|".join(re.escape(word).replace(r"\ ", f"{_SPACE}{{1,4}}") for word in ordered)


def _slotted(phrases: Iterable[str], longest: int) -> str:
    """The phrases that hold a slot, as one alternation (the rest are looked up as words)."""
    patterns = []
    for phrase in sorted({p for p in phrases if "{" in p}, key=lambda p: (-len(p), p)):
        pattern = re.escape(phrase).replace(r"\ ", f"{_SPACE}+")
        pattern = pattern.replace(re.escape(_WORD_SLOT), r"\w+")
        patterns.append(pattern.replace(re.escape(_WORDS_SLOT), f"[^.]{{1,{longest}}}"))
    return "|".join(patterns) or "(?!)"


def _plain(phrases: Iterable[str]) -> frozenset[str]:
    """The phrases without a slot, blanks as single spaces."""
    return frozenset(" ".join(p.split()) for p in phrases if "{" not in p)


def _one_word(phrase: str) -> bool:
    """Whether ``phrase`` is one word without a slot: an ordinary word of some other language
    too (``del``, ``stampa``), so it applies in its own language only."""
    return "{" not in phrase and len(phrase.split()) == 1


def _shared(phrases: Iterable[str]) -> set[str]:
    """The phrases that may apply across languages: two words or more, or a slot."""
    return {p for p in phrases if not _one_word(p)}


def _own(phrases: Iterable[str]) -> set[str]:
    """The one-word phrases (their language's only)."""
    return {p for p in phrases if _one_word(p)}


def _heads(phrases: Iterable[str]) -> tuple[str, ...]:
    """The first words of ``phrases``, case-folded: a pattern of them matches only where one
    occurs (a C scan rules most lines out before the case-blind pattern is tried)."""
    return tuple(sorted({p.split()[0].casefold() for p in phrases if p.split()}))


@attrs.frozen
class _Lines:
    """Whole lines of one kind: phrases looked up as they are, and a pattern for those with a
    slot (tried only on a line whose first word opens one)."""

    phrases: frozenset[str]
    slot_heads: frozenset[str]
    slots: re.Pattern[str]

    def holds(self, line: str, ends: str) -> bool:
        key = _key(line, ends)
        if key in self.phrases:
            return True
        return key.partition(" ")[0] in self.slot_heads and self.slots.fullmatch(line) is not None


def _lines(phrases: set[str], longest: int, end: str) -> _Lines:
    slotted = {p for p in phrases if "{" in p}
    if any(p.startswith("{") for p in slotted):
        raise ValueError(f"a page phrase opens with a slot: {sorted(slotted)}")
    return _Lines(
        phrases=_plain(phrases),
        slot_heads=frozenset(p.split()[0].partition("{")[0] for p in slotted),
        slots=re.compile(f"(?:{_slotted(phrases, longest)}){end}", re.I),
    )


@attrs.frozen
class _Furniture:
    """The page-furniture patterns for pages of one language: every language's words that
    cannot collide with another language (module docs), and that language's one-word ones."""

    #: Whole promo lines (adverts and buttons), and related-article labels.
    promos: _Lines
    related: _Lines
    #: ``... said. Share``: a sharing button glued to the end of a paragraph (only the word
    #: goes), looked for in the last ``share_reach`` characters.
    share_suffix: re.Pattern[str]
    share_reach: int
    #: A caption or credit: ``Photo: ...``, ``Photo by ...``, ``Map of ...``, ``..., photo: AFP``,
    #: ``... (Getty Images)``.
    caption_start: re.Pattern[str]
    caption_inside: re.Pattern[str]
    credit_end: re.Pattern[str]
    #: Case-folded first words of :attr:`caption_start` and of :attr:`caption_inside`, and how
    #: far before its colon a match of :attr:`caption_inside` begins at most.
    caption_heads: tuple[str, ...]
    inside_heads: tuple[str, ...]
    inside_reach: int
    #: The agencies of :attr:`credit_end` as whole words after what may stand before one in a
    #: credit (a bracket, a slash, a bar, a colon or a blank), case-folded: a cheap search of a
    #: case-folded tail, within ``agency_reach`` of the line's end; how near the line's end a
    #: match of :attr:`credit_end` begins (its longest match).
    agency_scan: re.Pattern[str]
    agency_reach: int
    credit_reach: int
    #: A header over reader comments: ``Comments``, ``12 comments``, ``Leave a reply``.
    comments_header: re.Pattern[str]


def _page_words() -> list[PageWords]:
    # The date-line grammar has read every language already: this costs no CLDR load.
    return [language_of(code).page for code in supported()]


def _code(language: str | None) -> str:
    if not language:
        return _DEFAULT_LANGUAGE
    return _normalized(language) if len(language) <= 100 else normalize(language)


# Asked once per line checked: remembered per language given (a run holds a handful; short
# ones only, so the cache stays small). A code's reading depends on no language data file.
_normalized = functools.lru_cache(maxsize=256)(normalize)


@functools.cache
def _furniture(code: str = _DEFAULT_LANGUAGE) -> _Furniture:
    pages = _page_words()
    own = language_of(code).page if code in supported() else PageWords()

    def every(field: Callable[[PageWords], frozenset[str]]) -> set[str]:
        return {word for page in pages for word in field(page)}

    def words(field: Callable[[PageWords], frozenset[str]]) -> set[str]:
        """Every language's phrases that cannot collide, and the page language's one words."""
        return _shared(every(field)) | _own(field(own))

    promos = words(lambda p: p.adverts) | words(lambda p: p.buttons)
    related = words(lambda p: p.related)
    shares = sorted({w[:1].upper() + w[1:] for w in words(lambda p: p.share_suffixes)})
    credit_words = every(lambda p: p.credit_words)
    agencies = sorted(every(lambda p: p.agencies), key=lambda a: (-len(a), a))
    # ``ap photo`` names its photographer after it (``AP Photo/Evan Vucci``, ``AP Photos``).
    # Agencies are whole words, matched as written (single spaces), as the pre-check finds them.
    agency_patterns = [
        re.escape(agency)
        + (f"[^)]{{0,{_PHOTOGRAPHER}}}" if agency.split()[-1] in credit_words else r"\b")
        for agency in agencies
    ]
    labels = _alternation(every(lambda p: p.caption_labels))
    credit_label = f"(?:{_SPACE}{{1,4}}(?:{labels}))?"
    markers = every(lambda p: p.credit_markers)
    vias = every(lambda p: p.credit_via)
    longest_agency = max(map(len, agencies), default=0)
    # One-word comment headers of another language need a count (``12 Kommentare``).
    headers = every(lambda p: p.comment_headers)
    bare_headers = _shared(headers) | _own(own.comment_headers)
    counted = f"(?:\\d{{1,6}}{_SPACE}+(?:{_alternation(headers)})|(?:{_alternation(headers)})"
    counted += f"{_SPACE}*\\(\\d{{1,6}}\\))"
    return _Furniture(
        promos=_lines(promos, _BUTTON_SLOT, _BUTTON_END),
        related=_lines(related, _RELATED_SLOT, f"{_SPACE}*:?"),
        share_suffix=re.compile(
            rf"(?<=[.!?\"”’»)]){_SPACE}+(?P<word>{_alternation(shares)})$" if shares else "(?!)"
        ),
        share_reach=14 + max(map(len, shares), default=0),
        caption_start=re.compile(
            f"(?:{_alternation(every(lambda p: p.caption_words))}){credit_label}"
            f"(?:{_BLANK_RUN}:|{_SPACE}+(?:{_alternation(every(lambda p: p.caption_by))})\\b)|"
            f"(?:{_alternation(every(lambda p: p.figure_words))}){_SPACE}+"
            f"(?:{_alternation(every(lambda p: p.figure_links))})\\b",
            re.I,
        ),
        caption_inside=re.compile(
            f"\\b(?:{_alternation(every(lambda p: p.credit_labels))}){credit_label}{_BLANK_RUN}:",
            re.I,
        ),
        credit_end=re.compile(
            rf"(?:\(|/|\||\b(?:{_alternation(markers)}):?){_BLANK_RUN}"
            rf"(?:[\w .-]{{0,{_BEFORE_VIA}}}\b(?:{_alternation(vias)}){_SPACE}{{1,4}})?"
            rf"\b(?:{'|'.join(agency_patterns) or '(?!)'})[^.]{{0,{_AFTER_AGENCY}}}\)?$",
            re.I,
        ),
        caption_heads=_heads(every(lambda p: p.caption_words) | every(lambda p: p.figure_words)),
        inside_heads=_heads(every(lambda p: p.credit_labels)),
        # A label, its credit word and the blanks (at most four each) before the colon.
        inside_reach=3
        * (
            max(map(len, every(lambda p: p.credit_labels)), default=0)
            + max(map(len, every(lambda p: p.caption_labels)), default=0)
        )
        + 10,
        agency_scan=_agency_scan(agencies, credit_words),
        # An agency of the credit begins at most this far from the line's end: the character
        # before it, itself, its photographer, what follows and the closing bracket.
        agency_reach=1 + longest_agency + _PHOTOGRAPHER + _AFTER_AGENCY + 1,
        # The longest match of the credit: marker, blanks, words and ``via``, the agency's reach.
        credit_reach=max(map(len, markers), default=1)
        + 1
        + 4
        + _BEFORE_VIA
        + max(map(len, vias), default=0)
        + 4
        + longest_agency
        + _PHOTOGRAPHER
        + _AFTER_AGENCY
        + 1,
        comments_header=re.compile(
            rf"(?:(?:\d{{1,6}}{_SPACE}+)?(?:{_alternation(bare_headers)})"
            rf"(?:{_SPACE}*\(\d{{1,6}}\))?|{counted}):?|"
            f"(?:{_alternation(words(lambda p: p.comment_invitations))})",
            re.I,
        ),
    )


on_reload(_furniture.cache_clear)


def _key(line: str, ends: str) -> str:
    """``line`` as a phrase to look up: lower case, blanks as single spaces, without one final
    character of ``ends`` and the blanks before it."""
    key = line.lower()
    if "  " in key or "\t" in key or "\u00a0" in key:
        key = _BLANKS.sub(" ", key)
    if key[-1:] and key[-1] in ends:
        key = key[:-1]
    return key.rstrip(" ")


#: ``Steven S — ...``: a reader comment signed with a first name and an initial.
# (Each name's letters possessive: a blank must follow them, so giving one back never helps;
# tried at every paragraph's start, backtracking through them was most of the test.)
_SIGNED_COMMENT = re.compile(
    rf"[A-Z][a-z'’-]{{1,20}}+(?:{_SPACE}[A-Z][a-z'’-]{{1,20}}+)?{_SPACE}[A-Z]\.?{_SPACE}*[—–-]{_SPACE}+\S"
)


def is_language_switcher(line: str) -> bool:
    """Whether ``line`` is a site's language switcher (``ua en ru``)."""
    return len(line) <= 60 and _SWITCHER.fullmatch(line) is not None


def is_promo(line: str, language: str | None = None) -> bool:
    """Whether ``line`` is a promo or navigation button (``WATCH TV LIVE``, ``Share``) on a page
    in ``language`` (module docs)."""
    return 0 < len(line) <= 100 and _furniture(_code(language)).promos.holds(line, ".:!")


def is_related_label(line: str, language: str | None = None) -> bool:
    """Whether ``line`` introduces related-article links (``Read more:``)."""
    return 0 < len(line) <= 60 and _furniture(_code(language)).related.holds(line, ":")


def share_suffix(line: str, language: str | None = None) -> int | None:
    """Where a trailing ``Share`` button starts in ``line``, if it ends with one."""
    found = _furniture(_code(language))
    match = found.share_suffix.search(line, max(0, len(line) - found.share_reach))
    return match.start("word") if match else None


def is_caption(line: str, headline: str | None = None, language: str | None = None) -> bool:
    """Whether ``line`` is a photo caption or credit.

    A line that repeats the headline and goes on (the image's alt text) counts too.
    """
    if len(line) > 400:
        return False
    if headline and len(headline) >= 20 and line != headline and line.startswith(headline):
        return True
    found = _furniture(_code(language))
    # (Each case-blind pattern tries all its words at every offset: most of classifying a
    # plain article's lines. ``casefold`` folds case as they do and ``in`` is a C scan, so a
    # word's absence rules a pattern out first.)
    folded = line.casefold()
    return bool(
        (folded.startswith(found.caption_heads) and found.caption_start.match(line))
        or (
            ":" in line
            and any(head in folded for head in found.inside_heads)
            and _credit_inside(line, found)
        )
        or (
            _agency_near_end(line, found)
            # Only the line's tail can hold a match of the ``$``-anchored credit.
            and found.credit_end.search(line, max(0, len(line) - found.credit_reach))
        )
    )


def _credit_inside(line: str, found: _Furniture) -> bool:
    """Whether a credit label and its colon (``..., photo: AFP``) are in ``line``: looked for
    only just before each colon, where a match ends."""
    colon = line.find(":")
    while colon >= 0:
        start = max(0, colon - found.inside_reach)
        before = line[start:colon].casefold()
        if any(head in before for head in found.inside_heads) and found.caption_inside.search(
            line, start, colon + 1
        ):
            return True
        colon = line.find(":", colon + 1)
    return False


def _agency_scan(agencies: Sequence[str], credit_words: Set[str]) -> re.Pattern[str]:
    """:attr:`_Furniture.agency_scan` for ``agencies``: each case-folded, as a whole word unless
    it ends with a credit word.

    The agencies are grouped by their first character (``(?:r(?:eu...|ia...)|...)``), the
    characters tested first as one class: the engine, tried after every blank of a line's
    tail, then rules most words out at their first letter in one test, not once per agency.
    Only whether it matches is read, which the order of the branches does not change.
    """
    if not agencies:
        return re.compile("(?!)")
    by_first: dict[str, list[str]] = {}
    for agency in agencies:
        folded = agency.casefold()
        whole = "" if agency.split()[-1] in credit_words else r"(?!\w)"
        by_first.setdefault(folded[:1], []).append(re.escape(folded[1:]) + whole)
    firsts = re.escape("".join(by_first))
    branches = "|".join(
        re.escape(first) + "(?:" + "|".join(rests) + ")" for first, rests in by_first.items()
    )
    return re.compile(f"[(/|: \t\u00a0](?=[{firsts}])(?:{branches})")


def _agency_near_end(line: str, found: _Furniture) -> bool:
    """Whether an agency of the credits, as a whole word after a bracket, slash, bar, colon or
    blank, begins within ``agency_reach`` of the line's end (a credit's agency always does)."""
    tail = line[max(0, len(line) - found.agency_reach) :].casefold()
    return found.agency_scan.search(tail) is not None


def starts_comments(line: str, language: str | None = None) -> bool:
    """Whether ``line`` opens the reader comments (a header or a signed comment)."""
    head = line[:200]
    header = (
        len(line) <= 60 and _furniture(_code(language)).comments_header.fullmatch(line) is not None
    )
    return header or bool(_SIGNED_COMMENT.match(head))


#: Longest headline a one-line related-article teaser carries.
_TEASER_LENGTH = 150
_TEASER_LINE = re.compile(r"\S(?:[^\n]*\S)?")


def related_teasers(text: str, start: int = 0, end: int | None = None) -> Iterator[Span]:
    """Lines such as ``Read more: Why the route failed`` (a related-article link as one line),
    as ``link_list`` spans, in ``text[start:end]``.

    Extractors keep these lines from the link they were, and scraped text has them too: label and
    headline on one line, which would otherwise read like a subheading.
    """
    for line in _TEASER_LINE.finditer(text, start, len(text) if end is None else end):
        label, colon, headline = line.group().partition(":")
        headline = headline.strip()
        if (
            colon
            and headline
            and len(headline) <= _TEASER_LENGTH
            and not headline.endswith((".", "!", "?"))
            and is_related_label(label.strip() + ":")
        ):
            yield Span(line.start(), line.end(), SpanKind.LINK_LIST)
