"""A page's headline without the site's name, and the site's name as a reader would write it.

A ``<title>`` usually carries the site beside the headline (``... | CNN Politics``,
``WIRED - The Latest in ...``, ``... » Local » Noticias » Ultima Hora Mallorca``). What the
page declares tells the parts apart: ``og:site_name``, ``application-name``, the Twitter
handle, the domain, and the ``og:title`` that most pages give without the suffix. A part that
names the site is dropped only at either end of the title and only when a headline remains.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import attrs

#: How far into a page its ``<meta>`` declarations are looked for.
META_PRESCAN_CHARS = 131072
_META = re.compile(r"<meta\b[^>]{0,2000}>", re.I)
_ATTRIBUTE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
#: ``<meta>`` keys (``property`` or ``name``, lower case) naming the site.
_SITE_KEYS = ("og:site_name", "application-name", "al:android:app_name", "al:ios:app_name")
#: ``<meta>`` keys holding the headline without the site's name.
_TITLE_KEYS = ("og:title", "twitter:title", "sailthru.title", "headline")
#: A separator between the headline and the site's name: spaced ``|``, ``-``, ``--``, ``–``,
#: ``—``, ``»``, ``·``, ``•``, ``::``, ``/``; full-width ``｜`` and ``：`` with or without spaces;
#: an unspaced ``-`` or ``_`` before a name in a script without spaces (``...需求-新华网``).
_SEPARATOR = re.compile(
    r"\s+(?:[|–—»·•~/]|-{1,2}|::)\s+|\s*[｜：]\s*|(?<=[\u3000-\u9fff\uff00-\uffef])[-_|](?=\S)"
)
_PREFIX_END = re.compile(r"\s*[:|–—»·•｜：-]{1,2}\s*")
_SUFFIX_START = re.compile(r"\s*[:|–—»·•｜：-]{1,2}\s*\Z")
#: A site's name is a few words at most.
_MAX_SITE_WORDS = 6
#: Separators after which a short part is page furniture even when it names no site
#: (``... | Opinion``): a pipe or a breadcrumb arrow never joins two halves of a headline.
_FURNITURE_SEPARATORS = frozenset("|»｜")
#: Domain labels that name no site (``www``, ``edition``, ``hosted``, ``m``...).
_HOST_PREFIXES = frozenset(
    {"www", "www1", "www2", "m", "mobile", "amp", "edition", "hosted", "news", "en", "web"}
)
#: Second-level labels under which the registrable name is one label deeper (``co.uk``).
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})


@attrs.frozen
class PageNames:
    """What a page declares about its site and headline."""

    #: Site names declared in ``<meta>`` (``og:site_name`` first), as written.
    declared: tuple[str, ...] = ()
    #: The Twitter handle, without its ``@``.
    handle: str | None = None
    #: Headlines declared in ``<meta>`` (``og:title``...), as written.
    titles: tuple[str, ...] = ()
    #: The registrable domain of the page (``cnn.com``, ``bbc.co.uk``), lower case.
    domain: str | None = None
    #: Other names the extractor found for the site (trafilatura's ``sitename``).
    found: tuple[str, ...] = ()

    def normalised(self) -> frozenset[str]:
        """Every name of the site, lower case, letters and digits only."""
        names = [*self.declared, *self.found, self.handle or ""]
        if self.domain:
            names += [self.domain, self.domain.split(".")[0]]
        return frozenset(n for n in (normal(name) for name in names) if len(n) >= 2)


def normal(text: str) -> str:
    """``text`` lower case with only its letters and digits (``CNN.com`` -> ``cnncom``)."""
    return "".join(c for c in text.casefold() if c.isalnum())


def read_names(markup: str, url: str | None = None) -> PageNames:
    """The site names, headlines and domain that ``markup`` (served from ``url``) declares."""
    declared: list[tuple[int, str]] = []
    titles: list[str] = []
    handle = None
    canonical = None
    for tag in _META.finditer(markup[:META_PRESCAN_CHARS]):
        attributes = _attributes(tag.group())
        key = (attributes.get("property") or attributes.get("name") or "").strip().lower()
        content = " ".join(attributes.get("content", "").split())
        if not content:
            continue
        if key in _SITE_KEYS and not _is_address(content):
            declared.append((_SITE_KEYS.index(key), content))
        elif key in _TITLE_KEYS:
            titles.append(content)
        elif key in ("twitter:site", "twitter:creator") and content.startswith("@"):
            handle = handle or content[1:]
        elif key in ("og:url", "twitter:url") and _is_address(content):
            canonical = canonical or content
    return PageNames(
        declared=tuple(dict.fromkeys(content for _, content in sorted(declared))),
        handle=handle,
        titles=tuple(dict.fromkeys(titles)),
        domain=registrable_domain(url or canonical),
    )


def _attributes(tag: str) -> dict[str, str]:
    import html

    return {
        match.group(1).lower(): html.unescape(next(v for v in match.groups()[1:] if v is not None))
        for match in _ATTRIBUTE.finditer(tag)
    }


def _is_address(text: str) -> bool:
    return text.startswith(("http://", "https://", "//", "www."))


def registrable_domain(url: str | None) -> str | None:
    """The part of ``url``'s host a site registers: ``edition.cnn.com`` -> ``cnn.com``,
    ``www.bbc.co.uk`` -> ``bbc.co.uk``; ``None`` without a host."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else f"//{url}").hostname or "").lower()
    except ValueError:
        return None
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or all(label.isdigit() for label in labels):
        return None
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL else 2
    return ".".join(labels[-keep:])


def names_site(part: str, names: frozenset[str]) -> bool:
    """Whether ``part`` of a title names the site: it is one of ``names`` or holds one, or one
    of its words is the start of the domain's name (``Auto News`` on ``autoindustriya.com``)."""
    if len(part.split()) > _MAX_SITE_WORDS:
        return False
    whole = normal(part)
    if not whole:
        return False
    if any(whole == name or name in whole or (len(whole) >= 4 and whole in name) for name in names):
        return True
    part_words = [normal(word) for word in part.split()]
    return any(
        len(word) >= 4 and any(name.startswith(word) for name in names) for word in part_words
    )


def clean_title(title: str | None, names: PageNames) -> str | None:
    """``title`` without the site's name (and the section names a breadcrumb puts beside it).

    A declared headline (``og:title``) that the title starts or ends with, a separator between
    them, is the headline. Otherwise parts naming the site are dropped from either end while a
    part of at least as many words as the dropped one remains.
    """
    if not title:
        return title
    for declared in names.titles:
        if declared == title:
            break
        if title.startswith(declared) and _SEPARATOR.match(title, len(declared)):
            title = declared
            break
        rest = title[: len(title) - len(declared)]
        if title.endswith(declared) and _ends_with_separator(rest):
            title = declared
            break
    for name in names.declared:
        # ``LinkNaija | Nigeria's popular news platform: <headline>``: a whole declared name.
        if title.startswith(name) and (found := _PREFIX_END.match(title, len(name))):
            if len(title[found.end() :].split()) >= 3:
                title = title[found.end() :]
        elif (
            title.endswith(name)
            and (found := _SUFFIX_START.search(title[: -len(name)])) is not None
            and len(title[: found.start()].split()) >= 3
        ):
            title = title[: found.start()]
    known = names.normalised()
    parts = _split(title)
    if len(parts) == 1:
        return title
    # parts: [(text, separator before it)], the first with "" as its separator.
    dropped = False
    while len(parts) > 1:
        text, separator = parts[-1]
        # Once the site is dropped, the sections a breadcrumb names before it go too.
        furniture = separator.strip() in _FURNITURE_SEPARATORS and len(text.split()) <= 3
        # ``... | DW | 10.06.2013``: a date after a pipe is furniture too.
        if names_site(text, known) or (furniture and (dropped or _is_date(text))):
            if _words(parts[:-1]) < min(len(text.split()), 3):
                break
            parts, dropped = parts[:-1], True
            continue
        break
    while len(parts) > 1:
        text = parts[0][0]
        if names_site(text, known) and _words(parts[1:]) >= len(text.split()):
            parts = [(parts[1][0], ""), *parts[2:]]
            continue
        break
    return "".join(separator + text for text, separator in parts).strip() or title


def _is_date(text: str) -> bool:
    from newsbrief.parsers.plaintext.dates import match_date

    text = text.strip()
    found = match_date(text)
    return found is not None and found[1] == len(text)


def _ends_with_separator(text: str) -> bool:
    found = list(_SEPARATOR.finditer(text))
    return bool(found) and found[-1].end() == len(text)


def _split(title: str) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    position, separator = 0, ""
    for found in _SEPARATOR.finditer(title):
        parts.append((title[position : found.start()], separator))
        position, separator = found.end(), found.group()
    parts.append((title[position:], separator))
    return [(text, sep) for text, sep in parts if text.strip()] or [(title, "")]


def _words(parts: list[tuple[str, str]]) -> int:
    return sum(len(text.split()) for text, _ in parts)


def readable_outlet(sitename: str | None, names: PageNames, title: str | None) -> str | None:
    """The site's name as a reader writes it: the declared ``og:site_name`` (its first part,
    without a tagline), else the extractor's site name unless it is a capitalised handle
    (``Nj``) or a host label (``Hosted``), else the registrable domain (``nj.com``)."""
    handle = normal(names.handle or "")
    host_labels = {normal(label) for label in _HOST_PREFIXES}
    squashed_title = normal(title or "")
    for declared in names.declared:
        name = _split(declared)[0][0].strip()  # ``LinkNaija | Nigeria's popular news platform``
        if name and normal(name) != squashed_title and len(name.split()) <= _MAX_SITE_WORDS:
            return name
    if sitename and not _is_address(sitename) and len(sitename.split()) <= _MAX_SITE_WORDS:
        squashed = normal(sitename)
        # trafilatura falls back on a Twitter handle or a host label, capitalised (``Nj``).
        if squashed and squashed not in host_labels and squashed not in (handle, squashed_title):
            return sitename
    return names.domain


def site_names(markup: str, url: str | None = None) -> frozenset[str]:
    """Every name ``markup`` declares for its site, normalised (see :func:`normal`)."""
    return read_names(markup, url).normalised()
