"""Every parser on random bytes, random HTML and random content in each format's shape.

Only :class:`InputError` may escape a parser; every span stays inside its document's text;
after segmentation every sentence is a verbatim slice of it.
"""

from __future__ import annotations

import html

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsbrief.errors import InputError
from newsbrief.model import Document
from newsbrief.nlp.segmenter import segment
from newsbrief.parsers.base import RawInput
from newsbrief.plugins import get_host

FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PARSERS = [entry.component for entry in get_host().registry("parser").entries()]

words = st.sampled_from(
    [
        "Strike", "port", "the", "said", "Constanta", "on", "Tuesday", ".", ",", "!", "?",
        " ", " ", "\n", "\n\n", "Read more:", "By Elena Marin", "© 2025", "<script>",
        "</script>", "onerror=alert(1)", "&amp;", "&lt;", "&#0;", "&#x110000;", "&bogus;",
        "]]>", "<![CDATA[", "---", "# ", "[link](http://x)", "![img](y)", "```", "Україна",
        "\u00a0", "\u2028", "\r\n", "\t", "_", "``", "''",
    ]
)  # fmt: skip
prose = st.lists(st.one_of(words, st.text(max_size=6)), max_size=40).map("".join)

TAGS = ["p", "div", "article", "h1", "h2", "script", "style", "a", "br", "nav", "ul", "li",
        "span", "title", "meta", "img", "table", "td", "main", "b"]  # fmt: skip
ATTRIBUTES = st.sampled_from(
    ["", ' class="story"', ' onerror="alert(1)"', ' href="javascript:x()"', ' src="x.jpg"',
     ' content="2025-03-12"', ' property="og:title"', ' charset="utf-8"']
)  # fmt: skip


@st.composite
def html_markup(draw: st.DrawFn, depth: int = 0) -> str:
    """A random, possibly malformed, piece of HTML."""
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 3 if depth < 4 else 1))
        if choice <= 1:
            parts.append(html.escape(draw(prose)) if draw(st.booleans()) else draw(prose))
        else:
            tag = draw(st.sampled_from(TAGS))
            inner = draw(html_markup(depth + 1))
            close = f"</{tag}>" if draw(st.integers(0, 4)) else ""
            parts.append(f"<{tag}{draw(ATTRIBUTES)}>{inner}{close}")
    return "".join(parts)


pages = st.builds(
    lambda head, body, doctype: f"{doctype}<html><head>{head}</head><body>{body}</body></html>",
    html_markup(),
    html_markup(),
    st.sampled_from(["", "<!DOCTYPE html>\n", '<?xml version="1.0"?>\n']),
)


def shaped(text: str, body: str, markup: str) -> list[bytes]:
    """Random content poured into each format's shape."""
    return [
        f'<rss version="2.0"><channel><title>{text}</title><item><title>{text}</title>'
        f"<description>{html.escape(markup)}</description><pubDate>{text}</pubDate></item>"
        f"<item><description><![CDATA[{body}]]></description></item></channel></rss>",
        f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>{text}</title>'
        f'<content type="html">{html.escape(markup)}</content></entry></feed>',
        f"<DOC>\n<DOCNO> {text} </DOCNO>\n<HEADLINE>{text}</HEADLINE>\n<DATE_TIME>{text}"
        f"</DATE_TIME>\n<TEXT>\n{body}\n<P>{markup}</P>\n</TEXT>\n</DOC>\n<DOC>{body}",
        f"---\ntitle: {text}\ndate: {text}\n---\n{body}\n\n# {text}\n\n- [{text}](u)\n",
        f'{{"text": {body!r}, "title": "x"}}\n{text}\n',
    ]


def check(parser, data: bytes, name: str = "fuzz") -> None:
    raw = RawInput(name=name, data=data, doc_id="fuzz")
    parser.sniff(raw)  # must not raise either
    try:
        results = list(parser.parse(raw))
    except InputError:
        return
    for result in results:
        if isinstance(result, InputError):
            continue
        assert isinstance(result, Document)
        length = len(result.text)
        for span in (*result.removed, *result.headings, *result.sections):
            assert 0 <= span.start <= span.end <= length
        for sentence in segment(result).sentences:
            assert result.text[sentence.start : sentence.end] == sentence.text


@pytest.mark.parametrize("parser", PARSERS, ids=lambda parser: parser.name)
@FUZZ
@given(data=st.binary(max_size=400))
def test_random_bytes(parser, data):
    check(parser, data)


@pytest.mark.parametrize("parser", PARSERS, ids=lambda parser: parser.name)
@FUZZ
@given(markup=pages, encoding=st.sampled_from(["utf-8", "utf-16", "cp1252"]))
def test_random_html(parser, markup, encoding):
    check(parser, markup.encode(encoding, errors="replace"), "page.html")


@pytest.mark.parametrize("parser", PARSERS, ids=lambda parser: parser.name)
@FUZZ
@given(text=prose, body=prose, markup=html_markup())
def test_random_content_in_every_format(parser, text, body, markup):
    for data in shaped(text, body, markup):
        check(parser, data.encode("utf-8", errors="surrogatepass"))


def test_deeply_nested_markup_is_an_input_error_or_a_document():
    nested = (
        "<div>" * 3_000
        + "A story about the port strike and what the union said."
        + ("</div>" * 3_000)
    )
    for parser in PARSERS:
        check(parser, f"<html><body>{nested}</body></html>".encode())
        check(parser, f"<rss><channel><item><description>{html.escape(nested)}</description>"
              "</item></channel></rss>".encode())  # fmt: skip
