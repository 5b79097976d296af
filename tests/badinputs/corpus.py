"""The bad-input corpus, generated at test time (never committed: some files are 30 MB).

:func:`write_corpus` writes good articles and every kind of bad input into a folder and returns
what each should become: a document in the briefing, or one skipped line with a reason.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import tarfile
import zipfile
from pathlib import Path

import attrs

#: Articles written for these tests; each must come out as a document.
GOOD_ARTICLES: dict[str, str] = {
    "bridge": (
        "River bridge reopens after repairs\n\n"
        "The old river bridge reopened to traffic on Thursday after eight months of repairs, the "
        "city engineer said. Crews replaced the deck and strengthened two piers that had been "
        "damaged by the winter floods. Commuters had faced detours of up to forty minutes.\n"
    ),
    "orchard": (
        "Orchard growers report record apple harvest\n\n"
        "Apple growers in the valley expect their largest harvest in a decade after a mild "
        "spring and a dry summer. The growers' cooperative said it had hired extra pickers and "
        "rented cold storage in two neighbouring towns to cope with the crop.\n"
    ),
    "observatory": (
        "Observatory opens its telescope to the public\n\n"
        "The hilltop observatory will open its main telescope to visitors on clear Friday "
        "evenings from next month. Volunteers from the astronomy club will guide the sessions, "
        "and places can be booked at the visitor centre for a small fee.\n"
    ),
}

#: Script-like text that must stay data in every output.
SCRIPT_ARTICLE = (
    "Hackers deface the museum website\n\n"
    "The museum website displayed <script>alert('defaced')</script> on its front page on "
    "Saturday, officials said. Another page carried <img src=x onerror=alert(1)> in a caption. "
    "The museum said visitor records were not affected and the site was fixed by the evening.\n"
)


#: A page with navigation and a footer but no article.
NO_ARTICLE_PAGE = (
    "<!doctype html><html><head><title>Home</title></head><body>"
    '<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>'
    "<footer>© 2026 Example News. All rights reserved.</footer></body></html>\n"
)


@attrs.frozen
class Case:
    """One input of the corpus and what must become of it."""

    #: The input as given on the command line.
    name: str
    #: Regular expression the skip reason must match; ``None`` for an input that must be used.
    reason: str | None = None
    #: Document ids that must be in the briefing (good inputs).
    documents: tuple[str, ...] = ()


def write_corpus(folder: Path, *, huge: bool = True) -> list[Case]:
    """Write every case into ``folder`` (created), in the order they should be given."""
    folder.mkdir(parents=True, exist_ok=True)
    cases: list[Case] = []

    def add(name: str, data: bytes, reason: str | None = None, *documents: str) -> None:
        (folder / name).write_bytes(data)
        cases.append(Case(str(folder / name), reason, documents))

    for stem, text in GOOD_ARTICLES.items():
        add(f"{stem}.txt", text.encode())
    cases[:] = [attrs.evolve(case, documents=(Path(case.name).stem,)) for case in cases]
    add("empty.txt", b"", r"empty input")
    add("blank.txt", b"  \n\t \r\n   \n", r"empty input")
    add("photo.png", _png(), r"binary data \(a PNG image\), not text")
    add("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 8, r"binary data")
    add("articles.zip", _zip(), r"binary data \(a ZIP archive\), not text")
    add("articles.tar.gz", _tar_gz(), r"binary data \(a gzip archive\), not text")
    nul = b"A headline\n\nSome text\x00with a NUL byte in it.\n"
    add("nul.txt", nul, r"binary data \(NUL bytes\), not text")
    # Byte-order marks name the encoding: these are good articles.
    add("utf16.txt", codecs.BOM_UTF16_LE + _article("utf16").encode("utf-16-le"), None, "utf16")
    add("utf32.txt", codecs.BOM_UTF32_BE + _article("utf32").encode("utf-32-be"), None, "utf32")
    add("utf8bom.txt", codecs.BOM_UTF8 + _article("utf8bom").encode(), None, "utf8bom")
    # UTF-8 with one stray Latin-1 byte: decoded as UTF-8 with the byte replaced, and said so.
    accented = "Visitors from Zürich praised the café’s crème brûlée.\n"
    damaged = (_article("damaged") + accented).encode() + b"A stray Latin-1 byte: caf\xe9.\n"
    add("damaged.txt", damaged, None, "damaged")
    add("long-line.txt", _one_line(2_500_000).encode(), r"2,500,000 characters, over the")
    if huge:
        add("huge-line.txt", _one_line(30_000_000).encode(), r"30,000,000 characters, over the")
        add("many-lines.txt", b"a\n" * 10_000_000, r"10,000,000 lines, over the 1,000,000-line")
    add("shape.json", json.dumps([1, 2, 3]).encode(), r"no usable record")
    add("string.json", b'"an article?"\n', r"a string \(expected a JSON object")
    records = [
        json.dumps({"id": "ferry", "text": _article("ferry")}),
        json.dumps({"id": "museum", "text": _article("museum")}),
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "school", "text": _article("school")}),
    ]
    jsonl = folder / "records.jsonl"
    jsonl.write_text("\n".join(records) + "\n", encoding="utf-8")
    cases.append(Case(str(jsonl), None, ("ferry", "museum", "school")))
    cases.append(Case(f"{jsonl}:3", r"invalid JSON: "))
    add("script.txt", SCRIPT_ARTICLE.encode(), None, "script")
    # A YAML "billion laughs": nine aliases of nine aliases... 9**9 values if expanded.
    laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        laughs.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    front = "---\n" + "\n".join(laughs) + "\ntitle: *i\n---\n"
    add("laughs.md", (front + _article("laughs")).encode(), r"YAML front matter expands to over")
    # Unclosed SGML tags: quadratic (minutes) for patterns that rescan from every "<".
    unclosed = "<DOC>\n<DOCNO>X1</DOCNO>\n" + "<HEADLINE>" * 40_000 + "<TEXT " * 40_000
    add("unclosed.sgml", unclosed.encode(), r"no <DOC> with a <TEXT> body")
    # A lone surrogate (valid JSON, invalid Unicode): replaced by U+FFFD, and said so.
    lone = {"id": "surrogate", "text": _article("surrogate") + "A stray \ud800 surrogate.\n"}
    add("surrogate.json", json.dumps(lone).encode(), None, "surrogate")
    add("empties.json", b"[" + b"{}," * 100_000 + b"{}]", r"100,001 records, over the 100,000")
    (folder / "empty-folder").mkdir()
    cases.append(Case(str(folder / "empty-folder"), r"no article file in this folder \(empty\)"))
    (folder / "nul.list").write_bytes(b"bridge.txt\nphoto\x00.txt\n")
    cases.append(Case(f"@{folder / 'nul.list'}", r"a list of inputs must be text \(a NUL byte"))
    add("no-article.html", NO_ARTICLE_PAGE.encode(), r"no article")
    # Files that cannot be read: link loops, a FIFO (would block a naive reader), a path
    # through a file, a missing file. Root reads any file, so permission bits are not used.
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    cases.append(Case(str(folder / "loop-a.txt"), r"too many levels of symbolic links"))
    os.mkfifo(folder / "pipe.txt")
    cases.append(Case(str(folder / "pipe.txt"), r"not a regular file"))
    cases.append(Case(str(folder / "bridge.txt" / "inside.txt"), r"not a directory"))
    cases.append(Case(str(folder / "missing.txt"), r"no such file or directory"))
    return cases


def _article(word: str) -> str:
    return (
        f"Council backs the {word} plan\n\n"
        f"The district council voted on Wednesday to back the {word} plan, ending a long "
        f"dispute. Supporters of the {word} plan said it would bring jobs to the district, "
        "while opponents warned about the cost to local taxpayers over the coming decade.\n"
    )


def _one_line(size: int) -> str:
    sentence = "The committee met again and agreed to meet again next week. "
    return (sentence * (size // len(sentence) + 1))[:size]


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4


def _zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for stem, text in GOOD_ARTICLES.items():
            archive.writestr(f"{stem}.txt", text)
    return buffer.getvalue()


def _tar_gz() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w") as archive:
        data = GOOD_ARTICLES["bridge"].encode()
        info = tarfile.TarInfo("bridge.txt")
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    return gzip.compress(buffer.getvalue(), mtime=0)
