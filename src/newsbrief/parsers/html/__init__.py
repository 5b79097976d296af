"""HTML: whole pages through trafilatura, feed-entry fragments through lxml."""

from newsbrief.parsers.html.extract import Article, ExtractionSettings, extract_article
from newsbrief.parsers.html.fragments import html_to_text
from newsbrief.parsers.html.parser import HtmlParser

__all__ = ["Article", "ExtractionSettings", "HtmlParser", "extract_article", "html_to_text"]
