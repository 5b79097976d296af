"""Page furniture that is never article prose: switchers, promos, captions, comments."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsbrief.model import Span, SpanKind

_SPACE = "[ \t\u00a0]"

#: Language codes a site's language switcher shows.
_LANGUAGE_CODES = (
    "ua|uk|en|ru|de|fr|es|it|pl|pt|nl|ro|tr|cz|cs|sk|hu|bg|ka|az|kz|by|be|lt|lv|et|ar|zh|ja"
)
#: ``ua en ru``, ``EN | UA``, ``Укр Рус Eng``: two or more codes and nothing else.
_SWITCHER = re.compile(
    rf"(?:(?:{_LANGUAGE_CODES}|eng|укр|рус){_SPACE}*[|/•·]?{_SPACE}*){{2,12}}",
    re.I,
)

#: Whole lines that advertise, navigate or invite sharing.
_PROMO = re.compile(
    r"(?:watch(?: tv)? live|live tv|listen live|watch now|watch video|play video|"
    r"share(?: this(?: article| story| post)?| on \w+)?|tweet|email|print|copy link|"
    r"advertisement|advert|sponsored(?: content)?|ad|"
    r"subscribe(?: now| today| to [^.]{1,60})?|sign up(?: for [^.]{1,60})?|"
    r"follow us(?: on [^.]{1,60})?|download (?:the|our) app|click here[^.]{0,60}|"
    r"skip to (?:main )?content|back to top|"
    r"поділитися|поделиться|підписатися|подписаться|реклама|дивіться наживо|смотрите онлайн)"
    r"[ \t\u00a0]*[.:!]?",
    re.I,
)

#: Labels introducing a list of related-article links.
_RELATED = re.compile(
    r"(?:read more|read also|related(?: articles| stories| news| coverage| content)?|see also|"
    r"more (?:on|from|about) [^.]{1,40}|most read|most popular|trending(?: now)?|"
    r"recommended(?: for you)?|you may also like|you might also like|"
    r"читайте також|читайте также|дивіться також|смотрите также|по темі|по теме)"
    r"[ \t\u00a0]*:?",
    re.I,
)

#: ``... said. Share``: a sharing button glued to the end of a paragraph (only the word goes).
_SHARE_SUFFIX = re.compile(
    r"(?<=[.!?\"”’»)])[ \t\u00a0]+(?P<word>Share|Tweet|Share this|Поділитися|Поделиться)$"
)

#: A caption or credit: ``Photo: ...``, ``Photo by ...``, ``... (Getty Images)``, ``Map of ...``.
_CAPTION_START = re.compile(
    r"(?:photo|photograph|image|picture|video|illustration|graphic|chart|infographic|"
    r"фото|ілюстрація|иллюстрация|відео|видео)(?: credit)?(?:[ \t\u00a0]*:|[ \t\u00a0]+by\b)|"
    r"(?:map|chart|graphic)s?[ \t\u00a0]+(?:of|showing)\b",
    re.I,
)
_CAPTION_INSIDE = re.compile(r"\b(?:photo|photograph|image|фото)(?: credit)?[ \t\u00a0]*:", re.I)
_CREDIT_END = re.compile(
    r"(?:\(|/|\||photo:?|credit:?)[ \t\u00a0]*(?:[\w .-]{0,40}via[ \t\u00a0]+)?"
    r"(?:getty images|ap photo[^)]{0,40}|reuters|afp|epa|shutterstock|unsplash)[^.]{0,40}\)?$",
    re.I,
)

# The agency that ends a credit (_CREDIT_END) begins within this many characters of the line's
# end (40 after it, 48 at most for "ap photo..."): a cheap search there rules most lines out.
_AGENCY_WORDS = ("getty images", "ap photo", "reuters", "afp", "epa", "shutterstock", "unsplash")
_AGENCY = re.compile("|".join(_AGENCY_WORDS), re.I)
_AGENCY_REACH = 100

#: A header over reader comments: ``Comments``, ``12 comments``, ``Leave a reply``.
_COMMENTS_HEADER = re.compile(
    r"(?:\d{1,6}[ \t\u00a0]+)?(?:reader[ \t\u00a0]+)?comments?(?:[ \t\u00a0]*\(\d{1,6}\))?:?|"
    r"leave a (?:comment|reply)|join the (?:discussion|conversation)|коментарі|комментарии",
    re.I,
)
#: ``Steven S — ...``: a reader comment signed with a first name and an initial.
_SIGNED_COMMENT = re.compile(
    rf"[A-Z][a-z'’-]{{1,20}}(?:{_SPACE}[A-Z][a-z'’-]{{1,20}})?{_SPACE}[A-Z]\.?{_SPACE}*[—–-]{_SPACE}+\S"
)


def is_language_switcher(line: str) -> bool:
    """Whether ``line`` is a site's language switcher (``ua en ru``)."""
    return len(line) <= 60 and _SWITCHER.fullmatch(line) is not None


def is_promo(line: str) -> bool:
    """Whether ``line`` is a promo or navigation button (``WATCH TV LIVE``, ``Share``)."""
    return len(line) <= 100 and _PROMO.fullmatch(line) is not None


def is_related_label(line: str) -> bool:
    """Whether ``line`` introduces related-article links (``Read more:``)."""
    return len(line) <= 60 and _RELATED.fullmatch(line) is not None


def share_suffix(line: str) -> int | None:
    """Where a trailing ``Share`` button starts in ``line``, if it ends with one."""
    tail_start = max(0, len(line) - 24)
    found = _SHARE_SUFFIX.search(line, tail_start)
    return found.start("word") if found else None


def is_caption(line: str, headline: str | None = None) -> bool:
    """Whether ``line`` is a photo caption or credit.

    A line that repeats the headline and goes on (the image's alt text) counts too.
    """
    if len(line) > 400:
        return False
    if headline and len(headline) >= 20 and line != headline and line.startswith(headline):
        return True
    return bool(
        _CAPTION_START.match(line)
        or (":" in line and _CAPTION_INSIDE.search(line))
        or (_agency_near_end(line) and _CREDIT_END.search(line))
    )


def _agency_near_end(line: str) -> bool:
    """Whether an agency of :data:`_AGENCY` begins within ``_AGENCY_REACH`` of the line's end."""
    start = max(0, len(line) - _AGENCY_REACH)
    tail = line[start:]
    if tail.isascii():
        # (The case-blind regex tries seven words at every offset: a third of classifying a
        # plain article's lines. In ASCII ``lower`` folds case as it does; ``in`` is a C scan.)
        tail = tail.lower()
        return any(word in tail for word in _AGENCY_WORDS)
    return _AGENCY.search(line, start) is not None


def starts_comments(line: str) -> bool:
    """Whether ``line`` opens the reader comments (a header or a signed comment)."""
    head = line[:200]
    return (len(line) <= 60 and _COMMENTS_HEADER.fullmatch(line) is not None) or bool(
        _SIGNED_COMMENT.match(head)
    )


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
