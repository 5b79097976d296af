"""An independent fault-injection suite: hostile inputs, options and API calls, each in a child
process with a time limit and a 2 GiB address-space cap.

Every case must end with exit code 0 or 1 (2 for a usage error), no traceback, every message one
line naming what it is about, output that is valid UTF-8, and the good article given beside the
hostile input still in the briefing. Inputs are sized so the current code handles each in a
second or two; a quadratic regression would take ten times that and fail on the limit instead.

Cases that need no process of their own (no environment of their own, no crash expected) run
in batches: one capped child runs ``newsbrief`` in-process once per case, with its own stdin,
stdout and stderr, and measures each case's CPU time (:data:`CASE_CPU`), so the start-up
(about a CPU second: the language identifier's model) is paid once per batch, not per case.
"""

from __future__ import annotations

import json
import os
import re
import resource
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest

from badinputs.corpus import GOOD_ARTICLES
from newsbrief.inputs import printable

#: The seed articles: their briefing has every section (timeline, notes, stories).
SEEDS = Path(__file__).resolve().parents[1] / "seeds"
#: Seconds one child may run: current code needs a few; a quadratic step needs minutes.
TIMEOUT = 60
#: Address-space cap of each child: a runaway allocation fails with MemoryError, caught below.
MEMORY = 2 * 1024**3

#: The lines newsbrief may print on stderr; anything else (a traceback, a warning) fails.
MESSAGE = re.compile(
    r"newsbrief: skipped .+: .+"
    r"|newsbrief: note: .+"
    r"|newsbrief: \d+ input\(s\) skipped.*:"
    r"|  - .+: .+"
    r"|Error: .+"
    r"|newsbrief: .+"
)
#: Usage errors (exit 2) are click's own few lines.
USAGE = re.compile(r"Usage: .+|Try '.+' for help\.|Error: .+|")


def _cap_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@attrs.frozen
class Run:
    """One finished child: exit code, stdout bytes and stderr (checked to be UTF-8)."""

    returncode: int
    stdout: bytes
    stderr: str
    #: CPU seconds of the case (batches only).
    cpu: float = 0.0
    #: CPU seconds the batch child's fixed pace work took in the same process (batches only):
    #: how fast this machine runs Python now.
    pace: float = 0.0

    def cpu_limit(self) -> float:
        """:data:`CASE_CPU`, stretched on a machine slower than :data:`PACE_REFERENCE` says."""
        return CASE_CPU * max(1.0, self.pace / PACE_REFERENCE)

    def json(self) -> dict:
        return json.loads(self.stdout)


def _child(argv: list[str | bytes], stdin: bytes, env: dict[str, str] | None) -> Run:
    result = subprocess.run(
        argv,
        input=stdin,
        capture_output=True,
        timeout=TIMEOUT,
        preexec_fn=_cap_memory,
        env={**os.environ, "NEWSBRIEF_DEBUG": "", **(env or {})},
    )
    stderr = result.stderr.decode("utf-8")  # strict: messages are valid UTF-8
    assert "Traceback" not in stderr, stderr[-3000:]
    assert "MemoryError" not in stderr, stderr[-3000:]
    return Run(result.returncode, result.stdout, stderr)


def cli(*args: str | bytes, stdin: bytes = b"", env: dict[str, str] | None = None) -> Run:
    """``newsbrief ARGS`` in a capped child; exit 0, 1 or 2 and only newsbrief's own lines."""
    run = _child([sys.executable, "-m", "newsbrief", *args], stdin, env)
    assert run.returncode in (0, 1, 2), (run.returncode, run.stderr[-2000:])
    pattern = USAGE if run.returncode == 2 else MESSAGE
    bad = [line for line in run.stderr.splitlines() if not pattern.fullmatch(line)]
    assert bad == [], run.stderr[-2000:]
    return run


#: CPU seconds one case may use inside a batch: current code needs about one; a quadratic
#: step on these inputs needs ten times that or more.
CASE_CPU = 10.0
#: CPU seconds the batch child's fixed pace work (``measure_pace``) takes on the machines
#: :data:`CASE_CPU` was set on: hosts of this kind differ by three to four times from day to day
#: (0.10 s on a day newsbrief's own work ran 3-4 times slower than usual), and a slower host
#: stretches the bound in proportion, so a bound on work does not fail for a slow machine.
PACE_REFERENCE = 0.05
#: Wall seconds a whole batch may take (the machine may be loaded; CPU is what is bounded).
BATCH_TIMEOUT = 900

#: The child of :func:`cli_batch`: runs ``newsbrief`` in-process once per case, each with its
#: own stdin, stdout and stderr files (file descriptors, so nothing escapes them), and appends
#: one JSON line per finished case: exit code and CPU seconds.
_BATCH = """
import gc, io, json, os, re, resource, sys, traceback
from newsbrief.cli import main

folder = sys.argv[1]
with open(os.path.join(folder, "cases.json"), encoding="utf-8") as handle:
    cases = json.load(handle)

def cpu():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime

def measure_pace():
    # Fixed work of newsbrief's kind (a regular expression, str methods, a dict, a sort); the
    # best of three, as a loaded machine only adds time.
    words = re.compile(r"\\w+")
    text = " ".join(f"Word{i % 977} said the {i % 31} officials on Monday." for i in range(20000))
    times = []
    for _ in range(3):
        start = cpu()
        counts = {}
        for word in words.findall(text):
            key = word.lower()
            counts[key] = counts.get(key, 0) + 1
        sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        text.split(".")
        times.append(cpu() - start)
    return min(times)

pace = measure_pace()
saved = os.dup(0), os.dup(1), os.dup(2)
with open(os.path.join(folder, "done.jsonl"), "a", encoding="utf-8") as done:
    for index, argv in enumerate(cases):
        argv = [os.fsdecode(bytes.fromhex(a)) for a in argv]
        base = os.path.join(folder, str(index))
        sys.stdout.flush(); sys.stderr.flush()
        files = [open(base + e, m) for e, m in ((".in", "rb"), (".out", "wb"), (".err", "wb"))]
        try:
            for fd, file in enumerate(files):
                os.dup2(file.fileno(), fd)
            sys.stdin = io.TextIOWrapper(io.FileIO(0, closefd=False), encoding="utf-8")
            start = cpu()
            try:
                main(argv)
                code = 0
            except SystemExit as exit:
                code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
            except BaseException:
                traceback.print_exc()
                code = 99
            finally:
                sys.stdout.flush(); sys.stderr.flush()
                for fd in (0, 1, 2):
                    os.dup2(saved[fd], fd)
            used = cpu() - start
        finally:
            for file in files:
                file.close()
        gc.collect()
        done.write(json.dumps({"code": code, "cpu": used, "pace": pace}) + "\\n")
        done.flush()
"""


def cli_batch(
    cases: list[tuple[str | bytes, ...]],
    folder: Path,
    *,
    stdins: list[bytes] | None = None,
    env: dict[str, str] | None = None,
) -> list[Run | str]:
    """Each of ``cases`` as ``newsbrief ARGS`` in ONE capped child (the start-up, about a CPU
    second, is paid once): a :class:`Run` per case checked as :func:`cli` checks it, or a
    string saying why the case has no result (the batch stopped before or on it). Each case
    must use at most :data:`CASE_CPU` seconds of CPU."""
    folder.mkdir(parents=True, exist_ok=True)
    encoded = [[os.fsencode(arg).hex() for arg in case] for case in cases]
    (folder / "cases.json").write_text(json.dumps(encoded))
    for index in range(len(cases)):
        (folder / f"{index}.in").write_bytes(stdins[index] if stdins else b"")
    try:
        result = subprocess.run(
            [sys.executable, "-c", _BATCH, str(folder)],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            timeout=BATCH_TIMEOUT,
            preexec_fn=_cap_memory,
            env={**os.environ, "NEWSBRIEF_DEBUG": "", **(env or {})},
        )
        stopped = f"the batch ended with {result.returncode}: {result.stderr[-2000:]!r}"
    except subprocess.TimeoutExpired:
        stopped = f"the batch passed {BATCH_TIMEOUT} s"
    done_path = folder / "done.jsonl"
    done = done_path.read_text().splitlines() if done_path.exists() else []
    runs: list[Run | str] = []
    for index in range(len(cases)):
        if index >= len(done):
            runs.append(
                f"no result ({'on' if index == len(done) else 'after'} this case {stopped})"
            )
            continue
        record = json.loads(done[index])
        stdout = (folder / f"{index}.out").read_bytes()
        stderr = (folder / f"{index}.err").read_bytes().decode("utf-8")  # strict
        runs.append(Run(record["code"], stdout, stderr, record["cpu"], record["pace"]))
    return runs


def checked(run: Run | str) -> Run:
    """A batch case's run held to what :func:`cli` requires, and to :data:`CASE_CPU`."""
    assert isinstance(run, Run), run
    assert "Traceback" not in run.stderr, run.stderr[-3000:]
    assert "MemoryError" not in run.stderr, run.stderr[-3000:]
    assert run.returncode in (0, 1, 2), (run.returncode, run.stderr[-2000:])
    pattern = USAGE if run.returncode == 2 else MESSAGE
    bad = [line for line in run.stderr.splitlines() if not pattern.fullmatch(line)]
    assert bad == [], run.stderr[-2000:]
    limit = run.cpu_limit()
    assert run.cpu <= limit, f"{run.cpu:.1f} s of CPU (limit {limit:.1f} s, pace {run.pace:.2f} s)"
    return run


def python(code: str, *args: str) -> Run:
    """``python -c CODE`` in a capped child; it must exit 0 (its asserts are the test)."""
    run = _child([sys.executable, "-c", textwrap.dedent(code), *args], b"", None)
    assert run.returncode == 0, run.stderr[-3000:]
    return run


def skipped(run: Run) -> list[str]:
    return [line for line in run.stderr.splitlines() if line.startswith("newsbrief: skipped ")]


def check_build(run: Run, hostile: list[str], good: tuple[str, ...] = ("good",)) -> dict:
    """A ``build -f json`` beside good articles: each hostile input is used or skipped on one
    line naming it (an input of many records: at most 20 records listed and one line counting
    the rest), the good articles are all in the briefing, and the exit code says which."""
    lines = skipped(run)
    named = {name: f"newsbrief: skipped {printable(name)}" for name in hostile}
    for line in lines:
        assert any(line.startswith(prefix) for prefix in named.values()), line
    for prefix in named.values():
        assert len([line for line in lines if line.startswith(prefix + ": ")]) <= 1, lines
        assert len([line for line in lines if line.startswith(prefix)]) <= 22, lines[:30]
    assert run.returncode == (1 if lines else 0), (run.returncode, run.stderr[-2000:])
    briefing = run.json()
    ids = {document["id"] for document in briefing["documents"]}
    assert set(good) <= ids, (sorted(ids)[:20], run.stderr[-2000:])
    return briefing


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD_ARTICLES["bridge"], encoding="utf-8")
    return path


def build_beside(good: Path, *inputs: str, options: tuple[str, ...] = ()) -> dict:
    run = cli("build", *inputs, str(good), "-f", "json", "-q", *options)
    return check_build(run, list(inputs))


# --- Hostile file contents, one input each beside a good article --------------------------

_SENTENCE = "The Minister of Transport, Anna Kowalski, said on 3 March 2021 that work would go on. "
_CAPITALS = " ".join(f"Word{chr(65 + i % 26)}{i % 7}" for i in range(40))


def _all_code_points() -> bytes:
    chars = (chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000 and (c > 31 or c == 10))
    return "".join(chars).encode("utf-8")


def _zalgo() -> bytes:
    marks = "".join(chr(c) for c in range(0x300, 0x36F))
    word = "".join(letter + marks[:40] for letter in "Zalgo")
    return ((word + " comes. ") * 2_000).encode()


#: name -> (suffix, content factory); each must finish well inside TIMEOUT on current code.
TEXT_CASES: dict[str, tuple[str, Callable[[], bytes]]] = {
    "500 KB of full stops": (".txt", lambda: b"." * 500_000),
    "1 MB of exclamation marks": (".txt", lambda: b"!" * 1_000_000),
    "500,000 guillemets": (".txt", lambda: "«".encode() * 500_000),
    "100,000 nested parentheses": (
        ".txt",
        lambda: (_SENTENCE + "(" * 100_000 + "word" + ")" * 100_000 + ".").encode(),
    ),
    "100,000 nested quotes": (
        ".txt",
        lambda: (_SENTENCE + "“«„\"'" * 20_000 + "word" + "'\"“»”" * 20_000).encode(),
    ),
    "a million straight quotes": (".txt", lambda: b'"' * 1_000_000),
    "quote marks around words": (".txt", lambda: ('"Yes," he said. ' * 12_000).encode()),
    "a 1.9 MB word": (".txt", lambda: b"Title\n\n" + b"a" * 1_900_000 + b"."),
    "a 5 MB word (over the limit)": (".txt", lambda: b"a" * 5_000_000),
    "1.5 million combining marks": (".txt", lambda: "a\u0301".encode() * 750_000),
    "5 MB of combining marks": (".txt", lambda: "\u0301".encode() * 2_500_000),
    "zalgo text": (".txt", _zalgo),
    "every Unicode code point but C0 controls": (".txt", _all_code_points),
    "a byte-order mark only": (".txt", lambda: b"\xef\xbb\xbf"),
    "UTF-16 without a BOM": (".txt", lambda: (GOOD_ARTICLES["orchard"] * 20).encode("utf-16-le")),
    "UTF-32 with a BOM": (".txt", lambda: GOOD_ARTICLES["orchard"].encode("utf-32")),
    "mixed encodings": (
        ".txt",
        lambda: (
            (
                GOOD_ARTICLES["orchard"].encode()
                + "Café in Zürich. ".encode("latin-1")
                + "Київ оголосив. ".encode("cp1251")
                + "東京で会議。".encode("shift_jis")
            )
            * 100
        ),
    ),
    "invalid UTF-8 sequences": (
        ".txt",
        lambda: (
            (b"News \xc3\x28 \xa0\xa1 \xe2\x28\xa1 \xf0\x28\x8c\xbc \xf8\xa1\xa1\xa1\xa1. ") * 5_000
        ),
    ),
    "NUL bytes in text": (".txt", lambda: GOOD_ARTICLES["orchard"].replace(" ", " \0").encode()),
    "CR-only line endings": (
        ".txt",
        lambda: (GOOD_ARTICLES["orchard"] * 200).replace("\n", "\r").encode(),
    ),
    "999,999 blank lines": (".txt", lambda: b"Title\n" + b"\n" * 999_990 + b"Some text here."),
    "1,000,001 lines (over the limit)": (".txt", lambda: b"\n" * 1_000_001),
    "one 200 KB line of capitalised words": (".txt", lambda: (_CAPITALS + " ").encode() * 500),
    "capitalised words and connectors": (
        ".txt",
        lambda: ("Ministry of the Bank of " * 20_000 + "Holland.").encode(),
    ),
    "200 KB of role nouns": (".txt", lambda: ("President Minister General " * 8_000).encode()),
    "acronyms and possessives": (".txt", lambda: ("NATO's UN's EU (EU) ABC " * 5_000).encode()),
    # One sentence of 5,000 dates: each date's clause and timeline entry must cost the same.
    "dates, 5,000 in one sentence": (".txt", lambda: ("1 January 2020, " * 5_000).encode()),
    "a million digits": (".txt", lambda: b"1" * 1_000_000),
    "numbers and dates mixed": (
        ".txt",
        lambda: ("On 12/03/2021 at 10:45, 2021-03-12T10:45Z and 1999. " * 4_000).encode(),
    ),
    "100,000 commas": (".txt", lambda: (_SENTENCE + ", " * 100_000 + "end.").encode()),
    # One sentence 10,000 times: 50 million pairs of copies if they were not chained.
    "10,000 copies of one sentence": (".txt", lambda: b"Yes. " * 10_000),
    "speech verbs and quotes": (
        ".txt",
        lambda: ('"It will work," said Anna Kowalski, "and soon." ' * 4_000).encode(),
    ),
    "TREC body of <P and single guillemets": (
        ".sgml",
        lambda: ("<DOC><DOCNO>T1</DOCNO><TEXT>" + "<P‹P" * 50_000 + "</TEXT></DOC>").encode(),
    ),
    "TREC with 3,000 <DOC>s": (
        ".sgml",
        lambda: b"".join(
            b"<DOC><DOCNO>D%d</DOCNO><TEXT>x</TEXT></DOC>\n" % i for i in range(3_000)
        ),
    ),
    "TREC nested <DOC>s": (
        ".sgml",
        lambda: b"<DOC>" * 100_000 + b"<TEXT>x</TEXT>" + b"</DOC>" * 100_000,
    ),
    "HTML nested 100,000 <div>s": (
        ".html",
        lambda: b"<html><body>" + b"<div>" * 100_000 + _SENTENCE.encode() + b"</div>" * 100_000,
    ),
    "HTML with 100,000 attributes": (
        ".html",
        lambda: (
            b"<html><body><p " + b" ".join(b'a%d="x"' % i for i in range(100_000)) + b">Text.</p>"
        ),
    ),
    "HTML with a 1 MB <title>": (
        ".html",
        lambda: (
            b"<html><head><title>"
            + b"Title " * 200_000
            + b"</title></head><body><p>"
            + _SENTENCE.encode() * 5
            + b"</p></body></html>"
        ),
    ),
    "HTML with 5,000 paragraphs": (
        ".html",
        lambda: b"<html><body><article>" + b"<p>A line of text.</p>" * 5_000 + b"</article>",
    ),
    "HTML with 100,000 unclosed comments": (
        ".html",
        lambda: b"<html><body>" + b"<!--<p>" * 100_000,
    ),
    "HTML with a million entities": (
        ".html",
        lambda: b"<html><body><p>" + b"&amp;&#x10FFFF;&#0;" * 100_000,
    ),
    "HTML of 100,000 '<'": (".html", lambda: b"<html><body>" + b"<" * 300_000),
    "Markdown with 5,000 headings": (".md", lambda: b"# Heading\n\ntext\n\n" * 5_000),
    "Markdown giant table": (
        ".md",
        lambda: (
            (b"|" + b"a|" * 20 + b"\n|" + b"-|" * 20 + b"\n")
            + (b"|" + b"cell|" * 20 + b"\n") * 10_000
        ),
    ),
    "Markdown 100,000 nested quotes": (".md", lambda: b">" * 100_000 + b" text"),
    "Markdown 100,000 emphasis marks": (".md", lambda: b"*_" * 100_000 + b"text"),
    "Markdown 100,000 link brackets": (".md", lambda: b"[" * 100_000 + b"text" + b"](" * 50_000),
    "Markdown nested lists": (
        ".md",
        lambda: b"".join(b"  " * (i % 500) + b"- item\n" for i in range(20_000)),
    ),
    "front matter with odd types": (
        ".md",
        lambda: (
            "---\ntitle: [1, 2]\ndate: {a: 1}\nauthor: 12\nurl: 3.5\nlanguage: [en]\n"
            "source: !!binary aGVsbG8=\ntags: .nan\npublished: 99999-99-99\n---\n"
            + GOOD_ARTICLES["orchard"]
        ).encode(),
    ),
    "front matter with a Python object tag": (
        ".md",
        lambda: (
            "---\ntitle: !!python/object/apply:os.system ['touch /tmp/pwned-newsbrief']\n---\n"
            + GOOD_ARTICLES["orchard"]
        ).encode(),
    ),
    "front matter dates out of range": (
        ".md",
        lambda: (
            "---\ndate: 0000-01-01\nupdated: 10000-01-01\n---\n" + GOOD_ARTICLES["orchard"]
        ).encode(),
    ),
    "front matter never closed": (".md", lambda: b"---\ntitle: x\n" + b"key: value\n" * 15_000),
    "JSON with 100,000 keys": (
        ".json",
        lambda: json.dumps(
            {"text": GOOD_ARTICLES["orchard"], **{f"k{i}": i for i in range(100_000)}}
        ).encode(),
    ),
    "deeply nested JSON record": (
        ".json",
        lambda: b'{"text": ' + b'{"a": ' * 50_000 + b"1" + b"}" * 50_000 + b"}",
    ),
    "JSON with a 100,000-digit number": (
        ".json",
        lambda: (
            b'{"text": "Some text here.", "date": '
            + b"9" * 100_000
            + b', "id": '
            + b"7" * 5000
            + b"}"
        ),
    ),
    "JSON with NaN and Infinity": (
        ".json",
        lambda: (
            b'{"text": "A sentence of text here.", "title": NaN, "date": Infinity, "id": -Infinity}'
        ),
    ),
    "JSON with fields of the wrong type": (
        ".json",
        lambda: json.dumps(
            [
                {"text": 5, "title": []},
                {"text": ["a"], "date": {"y": 1}},
                {"text": "Plain text here.", "title": {"a": 1}, "url": 7, "language": 3, "id": []},
                {"text": "More text here.", "date": -1e308, "author": [1], "source": True},
            ]
        ).encode(),
    ),
    "JSON string of 100,000 escapes (25,000 x 4)": (
        ".json",
        lambda: b'{"text": "' + b"\\u0000\\ud800\\n\\u202e" * 25_000 + b'"}',
    ),
    "JSON Lines of 100,000 broken lines": (".jsonl", lambda: b"{\n" * 100_000),
    "JSON 10 MB string": (".json", lambda: b'{"text": "' + b"word " * 2_000_000 + b'"}'),
    "feed: billion laughs": (
        ".xml",
        lambda: (
            '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lollollollollol">'
            + "".join(
                f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
            )
            + ']><rss version="2.0"><channel><title>&j;</title><item><title>&j;</title>'
            "<description>&j;</description></item></channel></rss>"
        ).encode(),
    ),
    "feed: quadratic blow-up entity": (
        ".xml",
        lambda: (
            '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "' + "x" * 50_000 + '">]>'
            '<rss version="2.0"><channel><item><title>T</title><description>'
            + "&a;" * 50_000
            + "</description></item></channel></rss>"
        ).encode(),
    ),
    "feed with 2,000 entries": (
        ".xml",
        lambda: (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
            + b"".join(
                b"<item><title>T%d</title><description>Text.</description></item>" % i
                for i in range(2_000)
            )
            + b"</channel></rss>"
        ),
    ),
    # Refused on the count of its raw <item> tags, before feedparser builds any entry.
    "feed over the 10,000-entry limit": (
        ".xml",
        lambda: (
            b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
            + b"<item><title>T</title><description>Text.</description></item>" * 10_001
            + b"</channel></rss>"
        ),
    ),
    "feed nested 100,000 deep": (
        ".xml",
        lambda: b'<?xml version="1.0"?><rss version="2.0"><channel>' + b"<item>" * 100_000,
    ),
    "Atom feed with odd dates": (
        ".xml",
        lambda: (
            '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>'
            + "".join(
                f"<entry><title>T{i}</title><updated>{d}</updated><content>{_SENTENCE}</content></entry>"
                for i, d in enumerate(["0000-00-00T99:99:99Z", "9" * 400, "", "2021-02-30", "-1"])
            )
            + "</feed>"
        ).encode(),
    ),
}


@pytest.fixture(scope="module")
def text_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, tuple[str, Run | str]]:
    """Every selected text case built beside a good article, all in one child (one start-up)."""
    selected = [
        item.callspec.params["case"]
        for item in request.session.items
        if getattr(item, "originalname", "") == "test_hostile_file_beside_a_good_article"
    ]
    folder = tmp_path_factory.mktemp("text-cases")
    good = folder / "good.txt"
    good.write_text(GOOD_ARTICLES["bridge"], encoding="utf-8")
    paths = {}
    for number, case in enumerate(selected):
        suffix, content = TEXT_CASES[case]
        paths[case] = folder / f"hostile{number}{suffix}"
        paths[case].write_bytes(content())
    cases = [("build", str(path), str(good), "-f", "json", "-q") for path in paths.values()]
    runs = cli_batch(cases, folder / "batch")
    return {case: (str(paths[case]), run) for case, run in zip(selected, runs, strict=True)}


@pytest.mark.parametrize("case", list(TEXT_CASES))
def test_hostile_file_beside_a_good_article(case: str, text_runs) -> None:
    path, run = text_runs[case]
    check_build(checked(run), [path])
    assert not Path("/tmp/pwned-newsbrief").exists()


def test_every_hostile_file_through_summarize(tmp_path: Path) -> None:
    # ``summarize`` reads one file: each either summarized (exit 0) or refused on one line.
    cases = []
    for number, (suffix, content) in enumerate(list(TEXT_CASES.values())[:12]):
        path = tmp_path / f"hostile{number}{suffix}"
        path.write_bytes(content())
        cases.append(("summarize", str(path), "--sentences", "3"))
    for case, run in zip(TEXT_CASES, cli_batch(cases, tmp_path / "batch"), strict=False):
        run = checked(run)
        assert run.returncode in (0, 1), (case, run.stderr)
        if run.returncode:
            assert len(run.stderr.strip().splitlines()) == 1, (case, run.stderr)


@pytest.mark.slow
def test_each_summarizer_on_a_long_flat_article(tmp_path: Path) -> None:
    # 3,000 distinct sentences: LexRank and TextRank compare every pair (their nature), so
    # larger inputs are the summarizer's own bound to set; a dense matrix must not be needed.
    path = tmp_path / "long.txt"
    path.write_text("".join(f"Item {i} word{i} and term{i * 7} here. " for i in range(3_000)))
    names = ["lexrank", "lsa", "textrank", "luhn", "kl", "sumbasic", "newsbrief", "edmundson"]
    names.append("reduction")
    cases = [("summarize", str(path), "--summarizer", name, "--sentences", "3") for name in names]
    for name, run in zip(names, cli_batch(cases, tmp_path / "batch"), strict=True):
        run = checked(run)
        assert run.returncode in (0, 1), (name, run.stderr)


# --- Inputs that are not regular files ----------------------------------------------------


def test_a_fifo_with_no_writer_does_not_block(tmp_path: Path, good: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    build_beside(good, str(fifo))


def test_devices_as_inputs(good: Path) -> None:
    devices = ["/dev/zero", "/dev/urandom", "/dev/null", "/dev/full"]
    cases = [("build", device, str(good), "-f", "json", "-q") for device in devices]
    for device, run in zip(devices, cli_batch(cases, good.parent / "batch"), strict=True):
        check_build(checked(run), [device])


def test_a_symlink_to_itself(tmp_path: Path, good: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    build_beside(good, str(loop))


def test_a_folder_of_odd_entries(tmp_path: Path, good: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    os.mkfifo(folder / "pipe.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere")
    (folder / "self.txt").symlink_to(folder / "self.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(folder / "sock.txt"))
    try:
        build_beside(good, str(folder))
    finally:
        server.close()


def test_an_unreadable_folder_and_file(tmp_path: Path, good: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_ARTICLES["orchard"])
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD_ARTICLES["observatory"])
    folder.chmod(0)
    locked.chmod(0)
    try:
        build_beside(good, str(folder), str(locked))
    finally:
        folder.chmod(0o755)


def test_file_names_with_every_odd_character(tmp_path: Path, good: Path) -> None:
    names = [
        "new\nline.txt",
        "tab\there.txt",
        "esc\x1b[31mred.txt",
        "rtl\u202etxt.exe.txt",
        "-dash.txt",
        "spa ce.txt",
        "[glob]*?.txt",
        "quote'\"`$(x).txt",
        "emoji😀.txt",
        "nul-looking\\0.txt",
        "\u2028sep.txt",
        "percent%s%n.txt",
    ]
    paths = []
    for index, name in enumerate(names):
        path = tmp_path / name
        text = GOOD_ARTICLES["orchard"] if index % 2 else ""
        path.write_text(text)
        paths.append(str(path))
    run = cli("build", *paths, str(good), "-f", "json", "-q")
    check_build(run, paths)
    # A name cannot forge a line: every stderr line is one of newsbrief's.
    assert all(MESSAGE.fullmatch(line) for line in run.stderr.splitlines())
    raw = os.fsencode(tmp_path) + b"/bad\xff\xfe.txt"
    with open(raw, "wb") as handle:
        handle.write(GOOD_ARTICLES["orchard"].encode())
    run = cli("build", raw, str(good), "-f", "json", "-q")
    check_build(run, [])


def test_an_input_list_that_lists_itself(tmp_path: Path, good: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"@{listing}\n{listing}\n{good}\n")
    run = cli("build", f"@{listing}", "-f", "json", "-q")
    # Lists do not include lists: ``@...`` inside one is a file name relative to the current
    # directory (a folder "@" there), and missing.
    check_build(run, [f"@{listing}", str(listing)])


def test_an_input_list_of_garbage(tmp_path: Path, good: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"\xff\xfe\n" + b"x" * 100_000 + b"\n" + b"/nonexistent\n" * 2_000)
    run = cli("build", f"@{listing}", str(good), "-f", "json", "-q")
    assert run.returncode == 1
    check_build(run, [f"@{listing}"])


@pytest.mark.slow
def test_four_thousand_small_inputs(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(4_000):
        (folder / f"{index:05d}.txt").write_text(
            f"Report {index}\n\nThe town hall met {index} times.\n"
        )
    (folder / "00000.txt").write_text(GOOD_ARTICLES["bridge"])
    run = cli("build", str(folder), "-f", "json", "-q", "--words", "50")
    check_build(run, [str(folder)], good=("00000",))


# --- Options ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def option_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, ...], Run | str]:
    """``build GOOD -q OPTIONS`` for every bad and hostile option, all in one child."""
    folder = tmp_path_factory.mktemp("options")
    good = folder / "good.txt"
    good.write_text(GOOD_ARTICLES["bridge"], encoding="utf-8")
    keys = list(BAD_OPTIONS)
    for options in HOSTILE_OPTIONS:
        formats = ("json", "html", "markdown", "text")
        if options[0] not in ("--title", "-O"):
            formats = formats[:1]
        keys += [("-f", fmt, *options) for fmt in formats]
    runs = cli_batch([("build", str(good), "-q", *key) for key in keys], folder / "batch")
    return dict(zip(keys, runs, strict=True))


#: Options refused: exit 1 or 2 on one line.
BAD_OPTIONS = [
    ("--words", "0"),
    ("--words", "-1"),
    ("--sentences", "0"),
    ("--words", "x"),
    ("--jobs", "0"),
    ("--timeout", "nan"),
    ("--timeout", "-1"),
    ("-S", "noequals"),
    ("-S", "=1"),
    ("-O", "=x"),
    ("-f", "nosuchformat"),
    ("--summarizer", "nosuch"),
    ("--parser", "nosuch"),
    ("--parser", "json:"),
    ("--parser", "json:=x"),
    ("--language", "xx-not-a-language"),
    ("--language", "e" * 10_000),
    ("--scheduler", "tcp://x"),
]


@pytest.mark.parametrize("options", BAD_OPTIONS)
def test_bad_options_are_one_line(options: tuple[str, ...], option_runs) -> None:
    run = checked(option_runs[options])
    assert run.returncode in (1, 2), run.stderr
    assert run.stdout == b""
    errors = [line for line in run.stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1, run.stderr


#: Option values accepted or refused on one line.
HOSTILE_OPTIONS = [
    ("--words", str(10**12)),
    ("--words", str(10**40)),
    ("--sentences", str(10**9)),
    ("--sentences", str(10**40)),
    ("--jobs", str(10**6)),
    ("--timeout", "1e308"),
    ("--timeout", "inf"),
    ("--title", "T" * 100_000),
    ("--title", "<script>alert(1)</script>\u202e\x1b[2J"),
    ("--language", ""),
    ("--parser", ":"),
    ("-S", "redundancy=nan"),
    ("-S", "redundancy=inf"),
    ("-S", "redundancy=-1e309"),
    ("-S", "redundancy="),
    ("-S", "redundancy=" + "9" * 10_000),
    ("-S", "nosuchoption=1"),
    ("-S", "x" * 100_000 + "=1"),
    ("-O", "sections="),
    ("-O", "sections=nosuch"),
    ("-O", "locale=../../../etc/passwd"),
    ("-O", "locale=" + "x" * 100_000),
    ("-O", "nosuchoption=1"),
    ("-O", "timezone=Mars/Olympus"),
    ("--per-story",),
]


@pytest.mark.parametrize("options", HOSTILE_OPTIONS)
def test_hostile_option_values(options: tuple[str, ...], option_runs) -> None:
    # Accepted or refused on one line; never a traceback.
    for fmt in ("json", "html", "markdown", "text"):
        run = checked(option_runs[("-f", fmt, *options)])
        if run.returncode:
            assert run.stdout == b""
            assert len([x for x in run.stderr.splitlines() if x.startswith("Error")]) == 1
        else:
            run.stdout.decode("utf-8")
        if options[0] not in ("--title", "-O"):
            break


def test_output_into_odd_places(tmp_path: Path, good: Path) -> None:
    for target in (
        str(tmp_path),
        "/dev/full",
        str(tmp_path / "missing" / "x.json"),
        "/proc/version",
    ):
        run = cli("build", str(good), "-q", "-o", target)
        # A folder is a usage error (exit 2, click's own lines); the others fail on one line.
        if target == str(tmp_path):
            assert run.returncode == 2 and "is a directory" in run.stderr, run.stderr
            continue
        assert run.returncode == 1, (target, run.stderr)
        assert len(run.stderr.strip().splitlines()) == 1, run.stderr
    # A NUL cannot be in argv; it reaches the CLI from Python.
    code = """
        import sys
        from newsbrief.cli import main
        try:
            main(["build", sys.argv[1], "-q", "-o", "a\\0b.json"])
        except SystemExit as exit:
            assert exit.code in (1, 2), exit.code
    """
    run = python(code, str(good))
    assert "cannot contain a NUL" in run.stderr, run.stderr


@pytest.mark.parametrize(
    "variable, value",
    [
        ("NEWSBRIEF_MAX_INPUT_BYTES", "abc"),
        ("NEWSBRIEF_MAX_INPUT_BYTES", "-1"),
        ("NEWSBRIEF_MAX_INPUT_BYTES", "9" * 400),
        ("NEWSBRIEF_MAX_INPUT_LINES", "0"),
        ("NEWSBRIEF_MAX_DOCUMENT_CHARS", "1e3"),
        ("NEWSBRIEF_MAX_INPUTS", ""),
        ("NEWSBRIEF_LOAD_PLUGINS", ",,,"),
        ("NEWSBRIEF_DISABLE_PLUGINS", "newsbrief,\u202e"),
        ("NEWSBRIEF_TRACE_PLUGINS", "1"),
        ("NEWSBRIEF_STRICT_PLUGINS", "yes"),
        ("NEWSBRIEF_ALLOW_PRIVATE_HOSTS", "maybe"),
    ],
)
def test_hostile_environment(variable: str, value: str, good: Path) -> None:
    commands = [
        ("build", str(good), "-q", "-f", "json"),
        ("list",),
        ("plugins", "--all"),
        ("schema",),
    ]
    runs = cli_batch(commands, good.parent / "batch", env={variable: value})
    for args, result in zip(commands, runs, strict=True):
        if variable == "NEWSBRIEF_TRACE_PLUGINS":
            assert isinstance(result, Run), result
            assert "Traceback" not in result.stderr, result.stderr[-3000:]
            continue  # tracing prints its own lines
        run = checked(result)
        if run.returncode:
            assert len(run.stderr.strip().splitlines()) == 1, (args, run.stderr)


def test_the_other_commands_answer(tmp_path: Path) -> None:
    commands: list[tuple[str, ...]] = []
    for args in (
        ("list",),
        ("plugins",),
        ("plugins", "--all"),
        ("plugins", "--errors"),
        ("plugins", "--all", "--errors"),
        ("schema",),
        ("--version",),
        ("nosuch",),
    ):
        commands.append(args)
    for args, result in zip(commands, cli_batch(commands, tmp_path / "batch"), strict=True):
        run = checked(result)
        if args != ("nosuch",):
            assert run.returncode == 0, (args, run.stderr)
            run.stdout.decode("utf-8")
        if args in (("schema",), ("plugins", "--all")):
            json.loads(run.stdout)


def test_stdin_that_is_hostile(tmp_path: Path) -> None:
    commands: list[tuple[str, ...]] = []
    stdins: list[bytes] = []
    for data in (b"", b"\0" * 100_000, b"\xff" * 100_000, b"@-\n" * 1000, "«".encode() * 100_000):
        commands += [("build", "-", "-q", "-f", "json"), ("summarize", "-")]
        stdins += [data, data]
    commands.append(("build", "@-", "-q"))
    stdins.append(b"@-\n-\n" + b"/nonexistent\n" * 1000)
    runs = [checked(run) for run in cli_batch(commands, tmp_path / "batch", stdins=stdins)]
    assert all(run.returncode in (0, 1) for run in runs[:-1]), [r.stderr for r in runs]
    assert runs[-1].returncode == 1
    # The pipe was read: stdin of NULs is named as the input, not a missing one.
    assert all("no such file" not in run.stderr for run in runs[:-1]), [r.stderr for r in runs]


# --- External entities are never fetched -------------------------------------------------


@pytest.fixture
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A TCP port on 127.0.0.1 recording whatever connects to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    seen: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                connection, _ = server.accept()
            except OSError:
                continue
            with connection:
                connection.settimeout(1)
                try:
                    seen.append(connection.recv(1000) or b"(connected)")
                except OSError:
                    seen.append(b"(connected)")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}", seen
    finally:
        stop.set()
        thread.join()
        server.close()


def test_external_entities_are_never_fetched(tmp_path: Path, good: Path, listener) -> None:
    url, seen = listener
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT")
    feeds = {
        "system.xml": f'<!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>',
        "http.xml": f'<!DOCTYPE rss [<!ENTITY x SYSTEM "{url}/entity">]>',
        "parameter.xml": f'<!DOCTYPE rss [<!ENTITY % p SYSTEM "{url}/dtd"> %p;]>',
        "dtd.xml": f'<!DOCTYPE rss SYSTEM "{url}/doctype.dtd">',
    }
    paths = []
    for name, doctype in feeds.items():
        path = tmp_path / name
        path.write_text(
            '<?xml version="1.0"?>' + doctype + '<rss version="2.0"><channel><title>F</title>'
            "<item><title>Leak &x;</title><description>Text &x; here.</description></item>"
            "</channel></rss>"
        )
        paths.append(str(path))
    html = tmp_path / "page.html"
    html.write_text(
        f'<html><body><p>{GOOD_ARTICLES["orchard"]}</p><img src="{url}/img"></body></html>'
    )
    paths.append(str(html))
    run = cli("build", *paths, str(good), "-q", "-f", "json", "--allow-private-hosts")
    check_build(run, paths)
    assert b"TOP-SECRET" not in run.stdout
    assert seen == []


# --- The Python API -----------------------------------------------------------------------

#: A real briefing's JSON as ``VALID`` in a child (indented as the code it is pasted into).
_VALID = """
        import json, newsbrief
        from newsbrief.errors import NewsbriefError
        corpus = newsbrief.load(sys.argv[1])
        VALID = json.loads(newsbrief.export(newsbrief.build_briefing(corpus, sentences=3), "json"))
"""


def test_load_and_build_briefing_refuse_bad_arguments_clearly(good: Path) -> None:
    code = (
        """
        import sys
        """
        + _VALID
        + """
        OK = (ValueError, TypeError, NewsbriefError, OSError)
        # Every bad name is one skipped input, never documents read from somewhere else.
        for path in ("", "\\0", "a\\0b", "/dev/zero", "@/dev/zero", "x" * 100_000, "\\ud800.txt"):
            loaded = newsbrief.load(path)
            assert not loaded.documents and len(loaded.skipped) == 1, (path[:20], loaded)
        # Huge budgets are legal (the summary is just every sentence); the rest is refused.
        for kwargs in (dict(words=10**12), dict(sentences=10**9), dict(words=10**40)):
            assert newsbrief.build_briefing(corpus, **kwargs).summary
        for kwargs in (dict(words=0), dict(words=-1), dict(sentences=0), dict(sentences=-5),
                       dict(summarizer="nosuch"), dict(options={"redundancy": "x"}),
                       dict(options={"redundancy": float("nan")}), dict(options={"x": object()})):
            try:
                newsbrief.build_briefing(corpus, **kwargs)
            except OK:
                continue
            raise AssertionError(f"accepted {kwargs}")
        for fmt, options in (("nosuch", {}), ("html", {"locale": "\\0"}), ("json", {"x": 1}),
                             ("markdown", {"sections": 5}), ("text", {"sections": ["x"]})):
            try:
                newsbrief.export(newsbrief.build_briefing(corpus), fmt, **options)
            except OK:
                continue
            raise AssertionError(f"accepted {fmt} {options}")
    """
    )
    python(code, str(good))


def test_from_json_with_every_field_of_the_wrong_type(good: Path) -> None:
    # Every leaf and container of a real briefing replaced by each wrong value in turn: each is
    # read or refused with BriefingFormatError, never another exception.
    code = (
        """
        import sys, copy, math
        """
        + _VALID
        + """
        from newsbrief import BriefingFormatError

        WRONG = [None, True, -1, 2**70, 1.5, math.nan, "", "x" * 100_000, "\\ud800",
                 [], [1], {}, {"a": 1}]

        def paths(node, here=()):
            yield here
            if isinstance(node, dict):
                for key, value in node.items():
                    yield from paths(value, here + (key,))
            elif isinstance(node, list):
                for index, value in enumerate(node[:2]):
                    yield from paths(value, here + (index,))

        def replaced(path, value):
            data = copy.deepcopy(VALID)
            node = data
            for key in path[:-1]:
                node = node[key]
            node[path[-1]] = value
            return data

        count = 0
        for path in list(paths(VALID))[1:]:
            for value in WRONG:
                data = replaced(path, value)
                try:
                    text = json.dumps(data, allow_nan=True)
                except (ValueError, UnicodeEncodeError):
                    continue
                try:
                    newsbrief.from_json(text)
                except BriefingFormatError:
                    pass
                except Exception as error:
                    raise AssertionError(f"{path} = {value!r:.40}: {type(error).__name__}: {error}")
                count += 1
        assert count > 500, count
        print(count)
    """
    )
    python(code, str(good))


def test_from_json_refuses_unknown_document_ids() -> None:
    code = (
        """
        import sys, copy
        """
        + _VALID
        + """
        from newsbrief import BriefingFormatError

        def bad(edit):
            data = copy.deepcopy(VALID)
            edit(data)
            try:
                newsbrief.from_json(json.dumps(data))
            except BriefingFormatError as error:
                return str(error)
            raise AssertionError("accepted")

        assert VALID["sources"] and VALID["stories"] and VALID["summary"], VALID.keys()
        def supported(d):
            d["summary"][0]["supported_by"] = [
                {"doc_id": "nosuch", "start": 0, "end": 1, "similarity": 1.0}
            ]
        def source(d):
            d["sources"][0]["doc_id"] = "nosuch"
        def story(d):
            d["stories"][0]["documents"] = ["nosuch"]
        def timeline(d):
            d["timeline"][0]["doc_id"] = "nosuch"
        def note(d):
            d["notes"][0]["doc_ids"] = ["nosuch"]
        assert VALID["timeline"] and VALID["notes"], VALID.keys()
        for edit in (supported, source, story, timeline, note):
            message = bad(edit)
            assert "nosuch" in message, message
    """
    )
    python(code, str(SEEDS))


def test_from_json_with_gigantic_and_hostile_documents() -> None:
    code = """
        import json, newsbrief
        from newsbrief import BriefingFormatError
        cases = [
            "", "null", "[]", "1e999", "\\"x\\"", "{", "\\ud800",
            "[" * 100_000, "{\\"a\\":" * 50_000,
            json.dumps({"schema": "newsbrief.briefing/1", "documents": [{}] * 1_000_000}),
            json.dumps({"schema": "newsbrief.briefing/1", "summary": [1] * 1_000_000}),
            json.dumps({"schema": "newsbrief.briefing/1", "title": "x" * 20_000_000}),
            '{"schema": "newsbrief.briefing/1", "documents": [], "x": ' + "9" * 100_000 + "}",
            '{"schema": "newsbrief.briefing/1", "a": NaN, "b": -Infinity}',
            '{"schema": "newsbrief.briefing/1", "schema": "other"}',
        ]
        for text in cases:
            for value in (text, text.encode("utf-8", "surrogatepass")):
                try:
                    newsbrief.from_json(value)
                except BriefingFormatError:
                    pass
                except TypeError:
                    assert isinstance(value, bytes)
        try:
            newsbrief.from_json(b"\\xff\\xfe{}")
        except (BriefingFormatError, TypeError):
            pass
    """
    python(code)


HOSTILE_TEXT = (
    "<script>alert(1)</script>\u202eevil\u2066 \x1b[2J\x00\x07 \ud800 ]](javascript:x) `*_#| &amp;"
)


def test_exporting_hostile_text_in_every_field(good: Path) -> None:
    # Every string field of a real briefing carries markup, bidi overrides, control characters
    # and a lone surrogate; every format writes valid UTF-8 and no live markup.
    code = (
        """
        import sys
        """
        + _VALID
        + """
        HOSTILE = json.loads(sys.argv[2])  # JSON: argv cannot carry a lone surrogate
        KEEP = {"schema", "kind", "id", "doc_id", "type", "date", "language", "value", "doc_ids",
                "supported_by", "granularity", "role", "documents", "text"}

        def poison(node, key=None):
            if isinstance(node, dict):
                return {k: poison(v, k) for k, v in node.items()}
            if isinstance(node, list):
                return [poison(v, key) for v in node]
            if isinstance(node, str) and key not in KEEP:
                return node + HOSTILE
            return node

        data = poison(VALID)
        for document in data["documents"]:
            document["text"] += HOSTILE  # appended: every offset stays valid
        try:
            briefing = newsbrief.from_json(json.dumps(data))
        except newsbrief.BriefingFormatError as error:
            # Texts must still quote their documents: poison only the free-form fields then.
            raise AssertionError(str(error))
        from newsbrief.default_plugins.exporters import builtin_exporters
        builtins = {exporter.name for exporter in builtin_exporters()}
        for fmt in sorted(newsbrief.get_exporters()):
            try:
                out = newsbrief.export(briefing, fmt)
            except newsbrief.PluginError:
                # An installed plugin may fail (docx: lxml refuses lone surrogates); the host
                # names it in one error. The built-in formats must not.
                assert fmt not in builtins, fmt
                continue
            # A str may hold the lone surrogate from_json read (the CLI writes it as U+FFFD);
            # a bytes format must be UTF-8 or binary of its own (docx), never a crash.
            assert isinstance(out, str | bytes), fmt
            if fmt == "html":
                assert "<script>alert" not in out, fmt
                # No control character but tab and newline; overrides isolated per element.
                assert not [c for c in out if c < " " and c not in "\\t\\n"], fmt
                assert "unicode-bidi: isolate" in out, fmt
            # A javascript: address may stay as text, never become a link.
            if fmt == "html":
                assert 'href="javascript:' not in out.lower(), fmt
            if fmt == "markdown":
                # Parsed with every link scheme allowed, so a live javascript: link would show.
                from markdown_it import MarkdownIt
                md = MarkdownIt()
                md.validateLink = lambda url: True
                links = [child.attrs.get("href", "") for token in md.parse(out)
                         for child in token.children or () if child.type == "link_open"]
                assert not [h for h in links if str(h).lower().startswith("javascript:")], links
        print("ok")
    """
    )
    python(code, str(good), json.dumps(HOSTILE_TEXT))


def test_the_api_on_a_briefing_with_lone_surrogates(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text(
        json.dumps(
            {"title": "T\ud800", "text": "A lone \ud800 surrogate here. And \udfff more text."}
        )
    )
    code = """
        import sys, newsbrief
        corpus = newsbrief.load(sys.argv[1])
        briefing = newsbrief.build_briefing(corpus)
        for fmt in newsbrief.get_exporters():
            out = newsbrief.export(briefing, fmt)
            (out.encode("utf-8") if isinstance(out, str) else out)
        newsbrief.from_json(newsbrief.export(briefing, "json"))
    """
    python(code, str(path))


def test_the_per_sentence_date_bound_and_the_feed_entry_limit(tmp_path: Path) -> None:
    # A sentence of 150 dates keeps its first 100; a feed of 10,001 items is refused on the
    # count of its raw tags (before feedparser), naming the input and the limit.
    from newsbrief.annotators.dates.annotator import MAX_DATES_PER_SENTENCE
    from newsbrief.parsers.feed import MAX_ENTRIES

    dates = tmp_path / "dates.txt"
    dates.write_text("Title\n\n" + "1 January 2020, " * (MAX_DATES_PER_SENTENCE + 50) + "end.\n")
    feed = tmp_path / "feed.xml"
    feed.write_bytes(
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
        + b"<item><title>T</title><description>Text.</description></item>" * (MAX_ENTRIES + 1)
        + b"</channel></rss>"
    )
    cases = [("build", str(dates), "-q", "-f", "json"), ("build", str(feed), "-q", "-f", "json")]
    date_run, feed_run = (checked(run) for run in cli_batch(cases, tmp_path / "batch"))
    assert len(date_run.json()["dates"]) == MAX_DATES_PER_SENTENCE
    assert feed_run.returncode == 1
    assert f"newsbrief: skipped {feed}: 10,001 entries, over the 10,000-entry limit" in (
        feed_run.stderr
    )
