"""Declared languages: option > declared in the input > detected, through the API and the CLI."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import newsbrief
from newsbrief.cli import cli
from newsbrief.errors import NewsbriefError
from newsbrief.model import Document
from newsbrief.parsers.options import configured

ENGLISH = (
    "The foreign minister said on Tuesday that talks with the European delegation would "
    "resume next week in the capital. Officials from both sides described the first round as "
    "constructive and said a joint statement was expected. The minister added that no date "
    "had been set for a summit, but that preparations were under way."
)
UKRAINIAN = (
    "Міністр закордонних справ заявив у вівторок, що переговори з європейською делегацією "
    "продовжаться наступного тижня у столиці. Посадовці обох сторін назвали перший раунд "
    "конструктивним і сказали, що очікують спільної заяви."
)


def page(head: str = "", html_attributes: str = "") -> str:
    return (
        f"<!DOCTYPE html><html{html_attributes}><head><title>Talks resume</title>{head}</head>"
        f"<body><article><h1>Talks resume</h1><p>{ENGLISH}</p><p>{ENGLISH}</p></article>"
        "</body></html>"
    )


def language_of(path, **options) -> str | None:
    (document,) = newsbrief.load(str(path), strict=True, **options).documents
    return document.language


@pytest.mark.parametrize(
    ("html_attributes", "head", "expected"),
    [
        (' lang="de-AT"', "", "de"),
        (' xml:lang="fr"', "", "fr"),
        ("", '<meta http-equiv="Content-Language" content="es">', "es"),
        ("", '<meta property="og:locale" content="uk_UA">', "uk"),
        ("", '<meta name="language" content="Italian">', "it"),
        # <html lang> is the strongest declaration.
        (' lang="pl"', '<meta property="og:locale" content="uk_UA">', "pl"),
        # Declarations naming no language are passed over: detected.
        (' lang=""', '<meta http-equiv="content-language" content="en, fr">', "en"),
        (' lang="x-default"', "", "en"),
    ],
)
def test_html_declarations(tmp_path, html_attributes, head, expected):
    path = tmp_path / "page.html"
    path.write_text(page(head, html_attributes), encoding="utf-8")
    assert language_of(path) == expected


def test_feed_and_entry_language(tmp_path):
    rss = tmp_path / "feed.rss"
    rss.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<language>de-de</language><link>https://example.com/</link>"
        f"<item><title>A</title><description>{ENGLISH}</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    assert language_of(rss) == "de"
    atom = tmp_path / "feed.atom"
    atom.write_text(
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>T</title>'
        "<id>urn:f</id><updated>2024-10-04T00:00:00Z</updated>"
        '<entry xml:lang="uk"><title>A</title><id>urn:a</id><updated>2024-10-04T00:00:00Z</updated>'
        f'<content type="text">{ENGLISH}</content></entry></feed>',
        encoding="utf-8",
    )
    assert language_of(atom) == "uk"


def test_json_language_field_renamed_and_option(tmp_path):
    path = tmp_path / "a.json"
    path.write_text(json.dumps({"text": ENGLISH, "language": "es", "lang": "it"}), "utf-8")
    assert language_of(path) == "es"
    assert language_of(path, parser="json:language_field=lang") == "it"
    assert language_of(path, parser="json:language=fr") == "fr"
    assert language_of(path, parser="json:language_field=lang,language=fr") == "fr"


def test_markdown_front_matter(tmp_path):
    for key in ("lang", "language"):
        path = tmp_path / f"{key}.md"
        path.write_text(f"---\ntitle: Talks\n{key}: pt-BR\n---\n\n{ENGLISH}\n", "utf-8")
        assert language_of(path) == "pt"


def test_undeclared_text_is_detected(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(UKRAINIAN, encoding="utf-8")
    assert language_of(path) == "uk"


@pytest.mark.parametrize("name", ["text", "html", "feed", "trec", "markdown", "json"])
def test_every_builtin_parser_takes_the_language_option(name):
    parser = configured(newsbrief.get_parser(name), {"language": "uk_UA"})
    assert parser.name == name
    assert parser.language == "uk"
    with pytest.raises(ValueError, match="option language: 'qq' is not a language code"):
        configured(newsbrief.get_parser(name), {"language": "qq"})


def test_option_beats_declaration_beats_detection(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(page(html_attributes=' lang="de"'), encoding="utf-8")
    assert language_of(path) == "de"
    assert language_of(path, language="en-GB") == "en"
    assert language_of(path, parser="html:language=fr") == "fr"
    # --language on top of a parser's language option: --language wins.
    assert language_of(path, parser="html:language=fr", language="it") == "it"
    text = tmp_path / "a.txt"
    text.write_text(UKRAINIAN, encoding="utf-8")
    assert language_of(text, parser="text:language=ru") == "ru"


def test_load_refuses_a_bad_language(tmp_path):
    with pytest.raises(NewsbriefError, match="language: 'english please'"):
        newsbrief.load(str(tmp_path), language="english please")


def test_summarize_api_language():
    items = newsbrief.summarize(UKRAINIAN, "lead", sentences=1, language="ru")
    assert items
    document = Document.from_text(ENGLISH, id="d")
    assert newsbrief.summarize(document, "lead", sentences=1, language="en")
    with pytest.raises(ValueError, match="not a language code"):
        newsbrief.summarize(ENGLISH, "lead", language="??")


def _document_languages(output: str) -> list[str]:
    return [d["language"] for d in json.loads(output)["documents"]]


def test_cli_build_language_and_parser_option(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(page(html_attributes=' lang="de"'), encoding="utf-8")
    runner = CliRunner()
    found = runner.invoke(cli, ["build", str(path), "-f", "json", "-q"])
    assert found.exit_code == 0, found.output
    assert _document_languages(found.stdout) == ["de"]
    forced = runner.invoke(cli, ["build", str(path), "-f", "json", "-q", "--language", "uk-UA"])
    assert forced.exit_code == 0, forced.output
    assert _document_languages(forced.stdout) == ["uk"]
    text = tmp_path / "a.txt"
    text.write_text(ENGLISH, encoding="utf-8")
    parsed = runner.invoke(
        cli, ["build", str(text), "-f", "json", "-q", "--parser", "text:language=uk"]
    )
    assert parsed.exit_code == 0, parsed.output
    assert _document_languages(parsed.stdout) == ["uk"]


def test_cli_refuses_a_bad_language_in_one_line(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(ENGLISH, encoding="utf-8")
    runner = CliRunner()
    for command in (["build", str(text)], ["summarize", str(text)]):
        result = runner.invoke(cli, [*command, "--language", "xx"])
        assert result.exit_code == 2
        errors = [line for line in result.output.splitlines() if line.startswith("Error")]
        assert errors == [
            "Error: Invalid value for '--language': 'xx' is not a language code "
            "(an ISO 639 code or BCP 47 tag, like uk or en-GB)"
        ]
    bad_option = runner.invoke(cli, ["build", str(text), "--parser", "text:language=xx"])
    assert bad_option.exit_code != 0
    assert "option language: 'xx' is not a language code" in bad_option.output
    assert "Traceback" not in bad_option.output


def test_cli_summarize_language(tmp_path):
    text = tmp_path / "a.txt"
    text.write_text(ENGLISH, encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        ["summarize", str(text), "--language", "en", "--summarizer", "lead", "--sentences", "1"],
    )
    assert result.exit_code == 0, result.output
    assert result.output.startswith("The foreign minister said")
