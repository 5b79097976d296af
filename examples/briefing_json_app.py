"""A briefing as JSON for a web app: a tiny WSGI service (standard library only).

    python examples/briefing_json_app.py [FOLDER] [--port 8000]   # serve GET /briefing.json
    python examples/briefing_json_app.py [FOLDER] --dump          # print the JSON once
    python examples/briefing_json_app.py [FOLDER] --preview       # print it as a front end would

The JSON follows the documented ``newsbrief.briefing/1`` schema (``docs/json-schema.md``), so a
front end can rely on its fields: ``summary[].text`` with ``source`` numbers that index
``sources[]``, preceded by ``summary[].speaker`` when it is present (a transcript's turn: the
text starts after the ``LABEL: ``), and ``quotes[].text`` in quotation marks unless
``quoted`` is false (a turn or an interview answer printed without them). Both fields may be
absent in older files: read ``speaker`` as null and ``quoted`` as true. ``preview`` shows the
rule. The briefing is built once at start-up: newsbrief is deterministic, so the same folder
always gives the same bytes, and the ETag header lets browsers cache it.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path
from wsgiref.simple_server import make_server

import newsbrief

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def make_app(folder: str, words: int = 150):
    """A WSGI application serving a briefing of ``folder`` at ``/briefing.json``."""
    briefing = newsbrief.build_briefing(newsbrief.load(folder), words=words)
    body = newsbrief.export(briefing, "json").encode("utf-8")
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'

    def app(environ, start_response):
        if environ.get("PATH_INFO") != "/briefing.json":
            start_response("404 Not Found", [("Content-Type", "text/plain")])
            return [b"not found\n"]
        if environ.get("HTTP_IF_NONE_MATCH") == etag:
            start_response("304 Not Modified", [("ETag", etag)])
            return [b""]
        headers = [
            ("Content-Type", "application/json; charset=utf-8"),
            ("ETag", etag),
            ("Access-Control-Allow-Origin", "*"),
        ]
        start_response("200 OK", headers)
        return [body]

    return app


def preview(data: dict) -> list[str]:
    """The summary and quotes of a briefing's JSON ``data`` as a front end should show them."""
    lines = []
    for item in data["summary"]:
        speaker = item.get("speaker")  # only on a transcript's turn; absent in older files
        words = f"{speaker}: {item['text']}" if speaker else item["text"]
        cited = f" [{item['source']}]" if item["source"] is not None else ""
        lines.append(f"- {words}{cited}")
    for quote in data["quotes"]:
        # Marks only where the source printed them; absent ``quoted`` (older files) means true.
        words = f"“{quote['text']}”" if quote.get("quoted", True) else quote["text"]
        lines.append(f"> {words}" + (f" — {quote['speaker']}" if quote["speaker"] else ""))
    return lines


def main() -> None:
    """Serve the briefing, or print it once with ``--dump`` or ``--preview``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(SEEDS))
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--dump", action="store_true", help="print the JSON and exit")
    parser.add_argument("--preview", action="store_true", help="print it as text and exit")
    args = parser.parse_args()
    app = make_app(args.folder)
    if args.dump or args.preview:
        chunks = app({"PATH_INFO": "/briefing.json"}, lambda status, headers: None)
        body = b"".join(chunks).decode("utf-8")
        if args.preview:
            print("\n".join(preview(json.loads(body))))
        else:
            print(body, end="")
        return
    with make_server("127.0.0.1", args.port, app) as server:
        print(f"serving http://127.0.0.1:{args.port}/briefing.json")
        server.serve_forever()


if __name__ == "__main__":
    main()
