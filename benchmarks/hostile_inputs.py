"""Peak memory and time of ``newsbrief build`` on the largest hostile inputs of the bad-input and
fault-injection tests (``tests/test_bad_inputs.py``, ``tests/test_fault_injection.py``).

Each case is built beside one good article, in a child process of its own; the table gives the
wall time, the child's peak resident memory (``VmHWM``) and the line newsbrief printed. The
baseline row (the good article alone) shows what the interpreter and imports cost by themselves.

    .venv/bin/python benchmarks/hostile_inputs.py            # prints a Markdown table

URL cases are served by the test suite's server on 127.0.0.1 (``--allow-private-hosts``).
"""

from __future__ import annotations

import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from badinputs.corpus import GOOD_ARTICLES  # noqa: E402
from badinputs.server import LocalServer  # noqa: E402

# Runs the CLI in this child and writes its peak memory (VmHWM: this program's own, not the
# forked parent's) to the file named first.
CHILD = (
    "import re, sys\n"
    "from newsbrief.cli import main\n"
    "try:\n"
    "    main(sys.argv[2:])\n"
    "finally:\n"
    "    status = open('/proc/self/status').read()\n"
    "    open(sys.argv[1], 'w').write(re.search(r'VmHWM:\\s*(\\d+)', status).group(1))\n"
)


def write_cases(folder: Path) -> dict[str, str]:
    """The hostile files, by case name."""
    files: dict[str, bytes] = {
        "10 million 2-byte lines (20 MB)": b"a\n" * 10_000_000,
        "one 30 MB line": (b"The committee met again and agreed to meet again. " * 600_000),
        "YAML alias bomb (9^9 values)": _laughs().encode(),
        "unclosed SGML tags (600 KB)": (
            "<DOC>\n<DOCNO>X1</DOCNO>\n" + "<HEADLINE>" * 40_000 + "<TEXT " * 40_000
        ).encode(),
        "300,000 '<' in an SGML body": ("<DOC><DOCNO>X</DOCNO><TEXT>" + "<" * 300_000).encode(),
        "JSON list of 1,000,000 {} (3 MB)": b"[" + b"{}," * 999_999 + b"{}]",
        "deeply nested JSON (1,000,000 [)": b"[" * 1_000_000,
        # The largest cases of tests/test_fault_injection.py.
        "1 MB of '!' (one word)": b"!" * 1_000_000,
        "60,000 quotations in one paragraph (1 MB)": b'"Yes," he said. ' * 60_000,
        # Quotations in one sentence (no full stop): each was attributed by reading its whole
        # sentence, once per cue of it (speakers.CUE_REACH, MAX_CUES_TRIED).
        "20,000 quotations in one sentence ('\"Yes,\" said ')": b'"Yes," said ' * 20_000,
        # (Words that read as English: '"Yes," ' alone is identified as another language.)
        "20,000 quotations then one cue, one sentence": (
            b'"We agree on that," ' * 20_000 + b"the minister said."
        ),
        "one cue then 20,000 quotations, one sentence": (
            b"The minister said " + b'"we agree on that," ' * 20_000
        ),
        # Each question searched its paragraph from the start for a questioner (English: words,
        # not numbers alone, or the language is not identified as English).
        "10,000 questions in one paragraph": b" ".join(
            b'Then the reporters moved on to part %d of the long meeting. "Why is it %d?"' % (i, i)
            for i in range(10_000)
        ),
        # Press quotations with a dash and a cue after each: each was given the sentence before
        # it by half a dozen rules, each reading 1,500 characters back (sentence_subjects).
        "1 MB line of Russian quotations ('«Мы готовы», — сказал депутат. ')": (
            "«Мы готовы», — сказал депутат. ".encode() * 17_850
        ),
        "1 MB line of Ukrainian quotations ('«Ми готові», – сказав депутат. ')": (
            "«Ми готові», – сказав депутат. ".encode() * 17_850
        ),
        # The same in French, German and Spanish, each quotation's cue after it.
        "1 MB line of French quotations ('« Nous sommes prêts », a déclaré le député. ')": (
            "« Nous sommes prêts », a déclaré le député. ".encode() * 19_600
        ),
        "1 MB line of German quotations ('„Wir sind bereit“, sagte der Abgeordnete. ')": (
            "„Wir sind bereit“, sagte der Abgeordnete. ".encode() * 21_750
        ),
        "1 MB line of Spanish quotations ('«Estamos listos», dijo el diputado. ')": (
            "«Estamos listos», dijo el diputado. ".encode() * 26_300
        ),
        # Quotations with no cue at all: each searched a thousand characters either side of
        # it for one, several times (cue_index).
        "1 MB line of French quotations without cues ('« Nous sommes prêts » ')": (
            "« Nous sommes prêts » ".encode() * 41_600
        ),
        "one 200 KB line of capitalised words": _capitalised_line(),
        # Entity merging read every full name of a surname again for each lone one.
        "5,000 people of one surname, each named again by it": _one_surname(5_000),
        "100,000 dates in one sentence (1.6 MB)": b"1 January 2020, " * 100_000,
        "30,000 copies of one sentence": b"Yes. " * 30_000,
        "100,000 nested <div>s in HTML": b"<html><body>" + b"<div>" * 100_000 + b"Text.",
        "RSS feed with 100,000 items": _feed(100_000),
        "RSS feed with 10,000 items (the limit)": _feed(10_000),
        "XML billion laughs in a feed": _feed_laughs(),
        "100,000 empty <DOC>s nested in SGML": b"<DOC>" * 100_000 + b"<TEXT>x</TEXT>",
    }
    suffixes = {
        "YAML": ".md",
        "SGML": ".sgml",
        "JSON": ".json",
        "'<'": ".sgml",
        "HTML": ".html",
        "feed": ".xml",
    }
    paths = {}
    for index, (name, data) in enumerate(files.items()):
        suffix = next((s for key, s in suffixes.items() if key in name), ".txt")
        path = folder / f"case{index}{suffix}"
        path.write_bytes(data)
        paths[name] = str(path)
    return paths


def _capitalised_line() -> bytes:
    words = " ".join(f"Word{chr(65 + i % 26)}{i % 7}" for i in range(40))
    return (words + " ").encode() * 500


def _one_surname(people: int) -> bytes:
    """``people`` full names sharing the surname ``Berg``, each followed by ``Berg`` alone."""
    first = ("Anna", "Thomas", "Maria", "David", "Laura", "Peter", "Sarah", "Michael")
    lines = []
    for i in range(people):
        middle = "".join("bdfgklmnprstvz"[i // 14**k % 14] + "aeiou"[(i + k) % 5] for k in range(4))
        lines.append(f"{first[i % 8]} {middle.capitalize()} Berg arrived. Berg spoke of {middle}.")
    return " ".join(lines).encode()


def _feed(items: int) -> bytes:
    entries = b"".join(
        b"<item><title>T%d</title><description>Text.</description></item>" % i for i in range(items)
    )
    head = b'<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
    return head + entries + b"</channel></rss>"


def _feed_laughs() -> bytes:
    entities = "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
    )
    return (
        '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "lol">' + entities + "]>"
        '<rss version="2.0"><channel><title>&j;</title><item><title>&j;</title>'
        "<description>&j;</description></item></channel></rss>"
    ).encode()


def _laughs() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]")
    return "---\n" + "\n".join(lines) + "\n---\nSome text.\n"


def measure(args: list[str], folder: Path) -> tuple[float, float, float, str, int]:
    """``(seconds, CPU seconds, peak MiB, the skip line, exit code)`` of one ``newsbrief`` run.

    CPU time (user + system, of the child) is given beside the wall time: on a shared machine
    the wall time also counts other programs' turns.
    """
    report = folder / "peak"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(report), *args],
        capture_output=True,
        text=True,
        timeout=600,
    )
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    lines = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: skipped")]
    line = re.sub(r"^newsbrief: skipped \S+: ", "", lines[0]) if lines else result.stderr.strip()
    return seconds, cpu, int(report.read_text()) / 1024, line, result.returncode


def main() -> None:
    """Run every case and print the table."""
    with tempfile.TemporaryDirectory() as temp, LocalServer() as server:
        folder = Path(temp)
        good = folder / "good.txt"
        good.write_text(GOOD_ARTICLES["bridge"], encoding="utf-8")
        cases = write_cases(folder)
        cases["gzip, gzip bomb (1.8 KB -> 256 MiB) over HTTP"] = server.url("/bomb")
        cases["3 stacked gzip encodings over HTTP"] = server.url("/stacked")
        rows = [("baseline: the good article alone", *measure(["build", str(good)], folder))]
        for name, spec in cases.items():
            args = ["build", spec, str(good), "-f", "json", "--allow-private-hosts", "-q"]
            rows.append((name, *measure(args, folder)))
        print(
            "| input (beside one good article) | time (s) | CPU (s) | peak memory (MiB) | exit "
            "| message |"
        )
        print("| --- | ---: | ---: | ---: | ---: | --- |")
        for name, seconds, cpu, peak, line, code in rows:
            message = json.dumps(line[:110])[1:-1].replace("|", "\\|")
            print(f"| {name} | {seconds:.2f} | {cpu:.2f} | {peak:.0f} | {code} | {message} |")


if __name__ == "__main__":
    main()
