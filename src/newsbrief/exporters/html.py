"""The ``html`` exporter: one self-contained page to read on a phone, a desk or paper.

The page has inline CSS and nothing else: no script, no font, no image, no request of any kind
(a Content-Security-Policy meta forbids them too, in case a future change slips one in). Its
pictures, the timeline drawn on a time axis (:mod:`newsbrief.exporters.svg_timeline`) and the
story map (:mod:`newsbrief.exporters.story_map`), are inline SVG and HTML written here, coloured
by the same CSS. Every piece of article text goes through :func:`html.escape`, so an article
containing ``<script>`` shows those characters instead of running them.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from newsbrief.exporters.common import (
    EXPORTER_OPTIONS,
    Block,
    Entry,
    briefing_title,
    display,
    headline,
    in_order,
    is_web_url,
    locale_language,
    outline,
    overview,
    quote_marks,
    reference_pieces,
    text_language,
    words_language,
)
from newsbrief.exporters.dates import ISO, language_tag
from newsbrief.exporters.story_map import story_map
from newsbrief.exporters.svg_timeline import timeline_anchor, timeline_figure
from newsbrief.languages import language
from newsbrief.languages.templates import phrase
from newsbrief.model import Briefing
from newsbrief.options import Option, OptionSpec

#: The page's Content-Security-Policy: inline styles only; no script, no remote or local load.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)

#: Entity ``type`` -> the template word (``[templates]`` of the language data files) of its
#: sub-heading in the people & organisations section, in display order; any other type goes
#: under ``other``.
ENTITY_GROUPS: dict[str, str] = {
    "person": "people",
    "organisation": "organisations",
    "place": "places",
}

# ISO forms the HTML <time datetime> attribute accepts.
_TIME_VALUE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

STYLE = """
:root { color-scheme: light dark; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de;
  --accent: #0b57d0; --mark: #fff4c2; --paper: #ffffff;
  --story-0: #0072b2; --story-1: #d55e00; --story-2: #007f6a; --story-3: #b8548f;
  --story-4: #8a6d00; --story-5: #2a8a9a; --story-6: #6a3d9a; --story-7: #b22222; }
@media (prefers-color-scheme: dark) {
  :root { --ink: #e8e8ea; --muted: #a5a7ad; --rule: #3a3b3f; --accent: #8ab4f8;
    --mark: #4a4220; --paper: #18191b;
    --story-0: #6cb8f0; --story-1: #ff9d5c; --story-2: #4fd1a5; --story-3: #f0a6cf;
    --story-4: #f0c94a; --story-5: #a5dcff; --story-6: #c3a6f0; --story-7: #ff8080; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; background: var(--paper); color: var(--ink);
  font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
.page { max-width: 46rem; margin: 0 auto; padding: 1.25rem 1rem 2rem; }
header.top { border-bottom: 2px solid var(--ink); padding-bottom: .75rem; margin-bottom: 1rem; }
h1 { font-size: clamp(1.5rem, 5vw, 2.1rem); line-height: 1.2; margin: 0 0 .35rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .6rem; padding-bottom: .2rem;
  border-bottom: 1px solid var(--rule); }
h3 { font-size: 1.05rem; margin: 1rem 0 .4rem; color: var(--muted); }
.overview, .empty, footer.made { color: var(--muted); }
.overview { margin: 0; }
.latest { margin: .35rem 0 0; }
nav.toc { font-size: .95rem; margin: .5rem 0 0; }
nav.toc a { margin-right: .8rem; white-space: nowrap; }
a { color: var(--accent); }
ul, ol { padding-left: 1.25rem; margin: .4rem 0; }
li { margin: .45rem 0; }
h1, h2, p, li, figure, blockquote { overflow-wrap: anywhere; }
a.cite { text-decoration: none; font-size: .85em; white-space: nowrap; }
.lead { font-weight: 600; margin-right: .35rem; }
.timeline { list-style: none; padding-left: 0; }
.timeline li { border-left: 3px solid var(--rule); padding-left: .75rem; }
.timeline time { display: block; font-weight: 600; }
figure.quote { margin: .9rem 0; padding: .1rem 0 .1rem .9rem;
  border-left: 3px solid var(--accent); }
figure.quote blockquote { margin: 0; font-style: italic; }
figure.quote p { margin: .2rem 0; }
figure.quote figcaption { color: var(--muted); font-size: .95rem; }
.variants, .shared { color: var(--muted); font-size: .95rem; }
/* The pictures (exporters/svg_timeline.py, exporters/story_map.py): story colours and shapes. */
figure.picture, figure.storymap { margin: .6rem 0 1rem; }
svg.tl { display: block; width: 100%; max-width: 34rem; height: auto; overflow: visible; }
svg.tl line.axis { stroke: var(--ink); stroke-width: 1.2; }
svg.tl line.tick { stroke: var(--muted); stroke-width: 1; }
svg.tl line.break { stroke: var(--ink); stroke-width: 1.2; }
svg.tl text.tick { fill: var(--muted); font: 11px system-ui, sans-serif; }
svg.tl a:hover .mark, svg.tl a:focus .mark { stroke: var(--ink); stroke-width: 2; }
.mark { stroke: var(--paper); stroke-width: 1; }
.bar { opacity: .45; }
.s0 { fill: var(--story-0); --c: var(--story-0); }
.s1 { fill: var(--story-1); --c: var(--story-1); }
.s2 { fill: var(--story-2); --c: var(--story-2); }
.s3 { fill: var(--story-3); --c: var(--story-3); }
.s4 { fill: var(--story-4); --c: var(--story-4); }
.s5 { fill: var(--story-5); --c: var(--story-5); }
.s6 { fill: var(--story-6); --c: var(--story-6); }
.s7 { fill: var(--story-7); --c: var(--story-7); }
.s-none { fill: var(--muted); --c: var(--muted); }
.mark.expected { fill: var(--paper); stroke: var(--c); stroke-width: 1.8;
  stroke-dasharray: 2.5 1.5; }
.bar.expected { fill: none; stroke: var(--c); stroke-dasharray: 2.5 1.5; opacity: .8; }
svg.swatch { width: 1em; height: 1em; vertical-align: -.12em; margin-right: .35rem;
  overflow: visible; }
ul.legend { list-style: none; padding: 0; margin: .3rem 0 0; font-size: .9rem;
  color: var(--muted); }
ul.legend li { margin: .15rem 0; }
.sid { font-weight: 600; }
ul.storymap { list-style: none; padding: 0; margin: 0; }
ul.storymap li { margin: .2rem 0 .7rem; }
ul.storymap p { margin: 0; }
.story-head .size { color: var(--muted); font-size: .9rem; white-space: nowrap; }
p.bars { display: flex; flex-wrap: wrap; gap: 2px; margin-top: .2rem; }
.seg { display: block; min-width: 2.4em; border-top: .5rem solid var(--c); font-size: .8rem;
  line-height: 1.3; text-decoration: none; color: var(--muted); padding-top: .1rem; }
ul.entities { list-style: none; padding-left: 0; display: flex; flex-wrap: wrap;
  gap: .25rem 1.1rem; }
ul.entities li { margin: 0; }
ol.sources { list-style: none; padding-left: 0; }
ol.sources li { padding: .15rem .3rem; border-radius: 4px; }
ol.sources li:target { background: var(--mark); }
.num { font-weight: 600; margin-right: .3rem; }
cite { font-style: normal; }
code { font-size: .9em; overflow-wrap: anywhere; }
footer.made { margin-top: 2.5rem; border-top: 1px solid var(--rule); padding-top: .75rem;
  font-size: .9rem; }
footer.made dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem;
  margin: .4rem 0 0; }
footer.made dt { font-weight: 600; }
footer.made dd { margin: 0; overflow-wrap: anywhere; }
@media (max-width: 30rem) {
  body { font-size: 1rem; }
  .page { padding: 1rem .8rem 1.5rem; }
  footer.made dl { grid-template-columns: 1fr; }
  footer.made dd { margin-bottom: .3rem; }
}
@media print {
  :root { --ink: #000; --muted: #333; --rule: #999; --accent: #000; --paper: #fff; }
  body { font: 10.5pt/1.45 Georgia, "Times New Roman", serif; }
  .page { max-width: none; padding: 0; }
  nav.toc { display: none; }
  figure.picture, figure.storymap { break-inside: avoid; page-break-inside: avoid; }
  a { text-decoration: none; }
  ol.sources a[href^="http"]::after { content: " <" attr(href) ">"; font-size: .85em; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  li, figure.quote { break-inside: avoid; page-break-inside: avoid; }
}
@page { margin: 18mm 16mm; }
/* Article text may hold bidi overrides (U+202E): each element holding it is isolated, so an
   override cannot reorder the citations, captions or the text around it. */
li, span, cite, strong, time, code, a, p, figcaption, h1, h2, h3 { unicode-bidi: isolate; }
""".strip()


# C0 controls but tab, line feed and carriage return, DEL and C1 controls: not allowed in HTML
# text; each is shown as U+FFFD (an ESC or NUL from an article must not reach a terminal).
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _e(text: Any) -> str:
    """Escape text for element content and quoted attribute values alike; control characters
    become U+FFFD (bidi overrides are contained by ``unicode-bidi: isolate`` in :data:`STYLE`)."""
    return _CONTROLS.sub("\ufffd", html.escape(str(text), quote=True))


def _cites(numbers: Iterable[int]) -> str:
    links = "".join(f'<a class="cite" href="#source-{n}">[{n}]</a>' for n in numbers)
    return f" {links}" if links else ""


def _lang(entry: Entry) -> str:
    """A ``lang`` attribute for article text, so screen readers and hyphenation know."""
    return f' lang="{_e(entry.language)}"' if entry.language else ""


def _time(value: str | None, shown: str) -> str:
    if value is not None and _TIME_VALUE.fullmatch(value):
        return f'<time datetime="{_e(value)}">{_e(shown)}</time>'
    return f"<time>{_e(shown)}</time>"


def _entries(entries: Iterable[Entry]) -> list[str]:
    """The generic rendering of outline entries (stories, notes)."""
    out = ["<ul>"]
    for entry in entries:
        lead = f'<span class="lead">{_e(entry.lead)}</span>' if entry.lead else ""
        out.append(f"<li>{lead}{_referenced(entry)}{_cites(entry.citations)}</li>")
    out.append("</ul>")
    return out


def _referenced(entry: Entry) -> str:
    """The entry's text escaped, its own ``[n]`` references (a coverage note's) as links to
    the source list."""
    pieces = reference_pieces(entry.text, entry.references)
    return "".join(
        _e(piece) if n is None else f'<a class="cite" href="#source-{n}">[{n}]</a>'
        for piece, n in pieces
    )


def _summary(entries: Iterable[Entry]) -> list[str]:
    items = [f"<li{_lang(e)}>{_e(e.text)}{_cites(e.citations)}</li>" for e in entries]
    return ['<ul class="summary">', *items, "</ul>"]


def _timeline(entries: Iterable[Entry]) -> list[str]:
    out = ['<ol class="timeline">']
    for number, entry in enumerate(entries, start=1):
        when = _time(entry.date, entry.lead) if entry.lead else ""
        text = f"<span{_lang(entry)}>{_e(entry.text)}</span>"
        # The id the timeline picture's items link to.
        anchor = timeline_anchor(number)
        out.append(f'<li id="{anchor}">{when}{text}{_cites(entry.citations)}</li>')
    out.append("</ol>")
    return out


def _quotes(entries: Iterable[Entry], words: str) -> list[str]:
    opening, closing = quote_marks(words)
    out = []
    for entry in entries:
        who = entry.part("speaker")
        caption = f"— {_e(who)}" if who else ""
        quote = _e(entry.part("quote"))
        if entry.quoted:
            quote = f"{opening}{quote}{closing}"
        out.append(
            f'<figure class="quote"><blockquote{_lang(entry)}><p>{quote}'
            f"</p></blockquote><figcaption>{caption}{_cites(entry.citations)}</figcaption>"
            "</figure>"
        )
    return out


def _entities(entries: Iterable[Entry], words: str) -> list[str]:
    groups: dict[str, list[str]] = {}
    for entry in entries:
        group = ENTITY_GROUPS.get(entry.part("type") or "", "other")
        variants = entry.part("variants")
        also = (
            f' <span class="variants">({_e(phrase(words, "also", variants=variants))})</span>'
            if variants
            else ""
        )
        name = f"<strong>{_e(entry.part('name'))}</strong>"
        groups.setdefault(group, []).append(f"<li>{name}{also}{_cites(entry.citations)}</li>")
    out = []
    for group in [*ENTITY_GROUPS.values(), "other"]:
        if group in groups:
            title = _e(phrase(words, group))
            out.extend([f"<h3>{title}</h3>", '<ul class="entities">', *groups[group], "</ul>"])
    return out


def _source_part(role: str, text: str, entry: Entry, words: str) -> str:
    if role == "published":
        return _time(entry.date, text)
    if role == "title":
        opening, closing = quote_marks(words)
        return f"<cite>{opening}{_e(text)}{closing}</cite>"
    if role in ("outlet", "author", "opening"):
        return f'<span class="{role}">{_e(text)}</span>'
    return f"<span>{_e(text)}</span>"


def _source(entry: Entry, words: str) -> str:
    line = ", ".join(_source_part(role, text, entry, words) for role, text in entry.parts)
    if entry.link and is_web_url(entry.link):
        line += f' <a href="{_e(entry.link)}" rel="noopener noreferrer">{_e(entry.link)}</a>'
    elif entry.link:
        line += f" <code>{_e(entry.link)}</code>"
    number = f'<span class="num">[{entry.number}]</span>'
    return f'<li id="source-{entry.number}">{number}{line}</li>'


def _sources(entries: Iterable[Entry], words: str) -> list[str]:
    return ['<ol class="sources">', *(_source(entry, words) for entry in entries), "</ol>"]


#: How the sections with their own markup are rendered (given the entries and the language of
#: the template words); the others are plain lists.
_RENDERERS: dict[str, Callable[[Iterable[Entry], str], list[str]]] = {
    "summary": lambda entries, words: _summary(entries),
    "timeline": lambda entries, words: _timeline(entries),
    "quotes": _quotes,
    "entities": _entities,
    "sources": _sources,
}


def _setting(value: Any) -> str:
    """A settings value in one short line: ``sentences=7, overflow=false``; ``none`` if empty."""
    if isinstance(value, Mapping):
        pairs = [f"{key}={_setting(item)}" for key, item in value.items() if item is not None]
        return ", ".join(pairs) or "none"
    if isinstance(value, list | tuple):
        return ", ".join(_setting(item) for item in value) or "none"
    if isinstance(value, str):
        return value
    return json.dumps(value, sort_keys=True, default=str)


def _latest(briefing: Briefing, locale: str, words: str) -> str:
    """The headline line under the overview (``Latest: ... — AFP, 2024-11-26 [6]``), as the
    Markdown and text pages give it; empty when no cited article has a headline and a date."""
    entry = headline(briefing, locale, words)
    if entry is None:
        return ""
    # The headline is article text: it takes its article's ``lang``, the lead the page's.
    number = entry.citations[0] if entry.citations else None
    source = next((s for s in briefing.sources if s.number == number), None)
    code = text_language(briefing, source.doc_id) if source is not None else None
    lang = f' lang="{_e(code)}"' if code and code != words else ""
    return (
        f'<p class="latest"><strong>{_e(entry.lead)}:</strong> '
        f"<span{lang}>{_e(entry.text)}</span>{_cites(entry.citations)}</p>"
    )


def _footer(briefing: Briefing, words: str) -> list[str]:
    from newsbrief._version import __version__

    settings = dict(briefing.settings)
    version = settings.pop("newsbrief", __version__)
    rows = "".join(
        f"<dt>{_e(display(str(key)))}</dt><dd>{_e(display(_setting(value)))}</dd>"
        for key, value in settings.items()
    )
    out = [
        '<footer class="made">',
        f"<p>{_e(phrase(words, 'made_with', version=version))}</p>",
    ]
    if rows:
        out.append(f"<dl>{rows}</dl>")
    out.append("</footer>")
    return out


def _block(block: Block, words: str, picture: Sequence[str] = ()) -> list[str]:
    out = [f'<section id="{block.key}">', f"<h2>{_e(block.heading)}</h2>", *picture]
    if not block.entries:
        out.append(f'<p class="empty">{_e(block.empty)}</p>')
    else:
        render_entries = _RENDERERS.get(block.key, lambda entries, words: _entries(entries))
        out.extend(render_entries(block.entries, words))
    out.append("</section>")
    return out


def page_language(words: str, locale: str = ISO) -> str:
    """The page's BCP 47 tag: ``words`` (the template words' language), with the ``locale``'s
    script and region when the locale is in that language (``en_GB`` -> ``en-GB``)."""
    if locale_language(locale) != words:
        return words
    return language_tag(words, locale)


def render(
    briefing: Briefing,
    *,
    title: str,
    sections: tuple[str, ...],
    locale: str = ISO,
    pictures: bool = True,
) -> str:
    """The HTML page of ``briefing`` (see :class:`HtmlExporter` for what it holds); with
    ``pictures``, the timeline picture and the story map too."""
    words = words_language(briefing, locale)
    blocks = outline(briefing, sections, locale, words)
    toc = " ".join(f'<a href="#{b.key}">{_e(b.heading)}</a>' for b in blocks)
    # The page speaks the template words' language; article text carries its own ``lang``.
    direction = ' dir="rtl"' if language(words).rtl else ""
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(page_language(words, locale))}"{direction}>',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CONTENT_SECURITY_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="generator" content="newsbrief">',
        f"<title>{_e(title)}</title>",
        f"<style>\n{STYLE}\n</style>",
        "</head>",
        "<body>",
        '<div class="page">',
        '<header class="top">',
        f"<h1>{_e(title)}</h1>",
        f'<p class="overview">{_e(overview(briefing, locale, words))}</p>',
        _latest(briefing, locale, words) if "summary" in sections else "",
        f'<nav class="toc" aria-label="{_e(phrase(words, "sections_label"))}">{toc}</nav>'
        if blocks
        else "",
        "</header>",
        "<main>",
    ]
    rtl = language(words).rtl
    for block in blocks:
        picture: list[str] = []
        if pictures and block.key == "timeline":
            picture = timeline_figure(briefing, block.entries, words=words, locale=locale, rtl=rtl)
        elif pictures and block.key == "stories":
            picture = story_map(briefing, words)
        lines.extend(_block(block, words, picture))
    lines.extend(["</main>", *_footer(briefing, words), "</div>", "</body>", "</html>"])
    return "\n".join(line for line in lines if line) + "\n"


class HtmlExporter:
    """One self-contained HTML page: inline CSS, no script, no external request.

    It holds the title and date range, the summary with ``[n]`` citations linking to the source
    list, the timeline (with a picture: dates on an axis, items coloured by story), key quotes,
    people and organisations (when annotators filled them), the stories (with a story map),
    the sources (outlet, author, date, headline, link), coverage notes, and a footer
    saying how it was made (newsbrief version, summarizer, budget and options). It reads well
    on a phone (responsive CSS) and on paper (print CSS). Article text is always escaped.

    Options:

    * ``title`` -- replaces the briefing's title.
    * ``sections`` -- comma list of sections to include
      (``summary,timeline,quotes,entities,stories,sources,notes``; default: all).
    * ``locale`` -- how dates are written: ``iso`` (default, ``2022-03-02``) or a locale such
      as ``en_GB`` (``2 March 2022``), ``uk`` or ``ru``; a locale also chooses the language of
      the headings and other template words (default: the briefing's dominant language).
    * ``pictures`` -- ``true`` (default) draws the timeline as an inline SVG picture above its
      list and a story map above the stories (see :mod:`newsbrief.exporters.svg_timeline` and
      :mod:`newsbrief.exporters.story_map`); ``false`` gives the lists only.
    """

    name = "html"
    description = "One self-contained HTML page (no script, no external request), print-ready"
    extensions: tuple[str, ...] = (".html", ".htm")
    #: ``title``, ``sections``, ``locale`` and ``pictures``.
    options = EXPORTER_OPTIONS + OptionSpec(
        Option(
            "pictures",
            bool,
            True,
            "Draw the timeline as an SVG picture and the story map (false: lists only, "
            "e.g. for mail clients without SVG).",
        )
    )

    def export(self, briefing: Briefing, options: Mapping[str, Any]) -> str:
        """Render ``briefing`` as an HTML document (a newline-terminated string)."""
        chosen = self.options.parse(options, f"{self.name} exporter")
        return render(
            briefing,
            title=display(briefing_title(briefing, chosen)),
            sections=in_order(chosen["sections"]),
            locale=chosen["locale"],
            pictures=chosen["pictures"],
        )
