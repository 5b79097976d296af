"""Main text and metadata of a web page, with trafilatura.

trafilatura works on the markup it is given and never fetches anything (its download helpers
are not used), and needs no data files at run time. It is imported on first use so that the
command line starts fast.
"""

from __future__ import annotations

import attrs

#: Fewest words an extraction must have outside page furniture to count as an article.
MIN_WORDS = 5


@attrs.frozen
class ExtractionSettings:
    """How trafilatura is asked to extract (recorded in each document's metadata)."""

    #: Drop doubtful passages (less noise, sometimes less text).
    favor_precision: bool = False
    #: Keep doubtful passages (more text, sometimes more noise).
    favor_recall: bool = False
    #: Keep the text of tables (trafilatura's own default): a schedule, a results table or a
    #: race calendar is article text; tables of links are page furniture and go as link lists.
    include_tables: bool = True
    #: Keep reader comments below the article.
    include_comments: bool = False

    def as_extra(self) -> dict[str, str]:
        """The settings as :attr:`~newsbrief.model.Metadata.extra` entries."""
        return {
            f"extraction.{field.name}": str(getattr(self, field.name)).lower()
            for field in attrs.fields(ExtractionSettings)
        }


@attrs.frozen
class Article:
    """What trafilatura found in a page."""

    #: The main text: one paragraph per line of trafilatura's output, blank-line separated.
    text: str
    #: Headline.
    title: str | None = None
    #: Author(s), as the page names them.
    author: str | None = None
    #: Publication date, ``YYYY-MM-DD``.
    date: str | None = None
    #: Site name (``og:site_name`` and the like).
    sitename: str | None = None
    #: The page's own (canonical) URL, when it declares one.
    url: str | None = None
    #: The page's host name.
    hostname: str | None = None
    #: The page's description (``<meta name="description">``).
    description: str | None = None
    #: The texts of the subheadings of the article, in order.
    headings: tuple[str, ...] = ()


class ExtractionFailed(Exception):
    """trafilatura failed on the markup (raised with its message)."""


def extract_article(
    markup: str, *, url: str | None = None, settings: ExtractionSettings | None = None
) -> Article | None:
    """The article in ``markup``, or ``None`` when trafilatura finds no main text."""
    import trafilatura

    settings = settings or ExtractionSettings()
    try:
        found = trafilatura.bare_extraction(
            markup,
            url=url,
            with_metadata=True,
            favor_precision=settings.favor_precision,
            favor_recall=settings.favor_recall,
            include_tables=settings.include_tables,
            include_comments=settings.include_comments,
            include_images=False,
            include_links=False,
            include_formatting=False,
        )
    except RecursionError:
        raise ExtractionFailed("markup nested too deeply") from None
    except Exception as error:
        # A third-party extractor on arbitrary markup: whatever it raises means "unreadable".
        raise ExtractionFailed(str(error) or type(error).__name__) from None
    # Without the deprecated ``as_dict=True`` trafilatura returns its Document, never a dict.
    if found is None or isinstance(found, dict) or not found.text:
        return None
    lines = (line.strip() for line in found.text.split("\n"))
    text = "\n\n".join(line for line in lines if line)
    if not text:
        return None
    return Article(
        text=text,
        title=_clean(found.title),
        author=_clean(found.author),
        date=_clean(found.date),
        sitename=_clean(found.sitename),
        url=_clean(found.url),
        hostname=_clean(found.hostname),
        description=_clean(found.description),
        headings=_headings(found.body),
    )


def trafilatura_version() -> str:
    """The installed trafilatura's version."""
    import trafilatura

    return str(trafilatura.__version__)


def _headings(body: object) -> tuple[str, ...]:
    if body is None:
        return ()
    texts = (" ".join("".join(head.itertext()).split()) for head in body.iter("head"))  # type: ignore[attr-defined]
    return tuple(text for text in texts if text)


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) or None if value else None
