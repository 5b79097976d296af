"""Visible text of an HTML fragment (a feed entry's content), one paragraph per block.

Whole pages go through trafilatura (:mod:`newsbrief.parsers.html.extract`), which finds the
article among the page furniture. A feed entry's HTML is already just the article, often a
few short paragraphs that trafilatura's size thresholds would reject, so it only needs its
markup turned into text: block elements become paragraphs separated by a blank line, scripts,
styles and embedded objects are dropped, and character references are decoded, so that
``&lt;script&gt;`` in the source is the literal text ``<script>``, never markup.
"""

from __future__ import annotations

#: Elements whose content is never visible text.
_DROPPED = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math",
     "head", "title", "select", "button", "canvas", "audio", "video"}
)  # fmt: skip

#: Elements that start and end a paragraph.
_BLOCKS = frozenset(
    {"address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt",
     "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
     "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th",
     "tr", "ul", "body", "html"}
)  # fmt: skip


def html_to_text(markup: str) -> str:
    """The visible text of ``markup``: paragraphs of collapsed whitespace, blank-line separated.

    Returns ``""`` for markup without visible text. Never raises on malformed markup.
    """
    import lxml.etree
    import lxml.html

    if not markup.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (lxml.etree.LxmlError, ValueError):
        # lxml refuses str input that declares an encoding; bytes it takes.
        try:
            root = lxml.html.fragment_fromstring(markup.encode("utf-8"), create_parent="div")
        except (lxml.etree.LxmlError, ValueError):
            return ""
    # Comments and processing instructions are not text; their tails are.
    lxml.etree.strip_elements(
        root, lxml.etree.Comment, lxml.etree.ProcessingInstruction, with_tail=False
    )
    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        paragraph = " ".join("".join(current).split())
        if paragraph:
            paragraphs.append(paragraph)
        current.clear()

    # An iterative walk: feeds can nest markup deeper than Python's recursion limit.
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        block = tag in _BLOCKS
        if event == "start":
            if tag in _DROPPED:
                walker.skip_subtree()
                continue
            if block:
                flush()
            if element.text:
                current.append(element.text)
        else:
            if block:
                flush()
            if element.tail and element is not root:
                current.append(element.tail)
    flush()
    return "\n\n".join(paragraphs)
