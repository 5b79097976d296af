"""The bad-input corpus through the CLI: one line per bad input, the good ones all used.

The corpus is generated at test time (``badinputs/corpus.py``) and URLs are served by a real
server on 127.0.0.1 (``badinputs/server.py``).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from markdown_it import MarkdownIt

import newsbrief
from badinputs.corpus import GOOD_ARTICLES, SCRIPT_ARTICLE, Case, write_corpus
from badinputs.server import LocalServer
from newsbrief.default_plugins.exporters import builtin_exporters
from newsbrief.errors import InputError

#: Generous: a hung fetch or parse fails the test instead of the whole run.
TIMEOUT = 120

URL_CASES = {
    "/ok.txt": None,
    "/record.json": None,
    "/missing": r"HTTP 404 Not Found",
    "/slow": r"timed out waiting for data \(no reply for 1 s\)",
    "/drip": r"took longer than the 3 s limit for one download",
    "/loop/0": r"too many redirects \(more than 5\)",
    "/big": r"larger than the 16 MiB download limit \(stopped reading\)",
    "/image.png": r"unsupported content type image/png",
    "/empty.txt": r"empty input",
    "/gzip.txt": r"same content as .*/ok\.txt, counted once",
    "/bomb": r"decompresses past the 16 MiB download limit \(stopped decoding\)",
    "/stacked": r"3 stacked content encodings \(gzip, gzip, gzip\); at most 2 are decoded",
    "/brotli": r"unsupported content encoding 'br'",
}
#: The test server is on 127.0.0.1, which newsbrief refuses unless allowed.
PRIVATE_OK = {"NEWSBRIEF_ALLOW_PRIVATE_HOSTS": "1"}


def run(*args: str, env: dict[str, str] | None = None) -> CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsbrief", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=TIMEOUT,
        env={**os.environ, **(env or {})},
    )


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    with LocalServer() as running:
        yield running


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Case]:
    return write_corpus(tmp_path_factory.mktemp("badinputs"))


@pytest.fixture(scope="module")
def batch(
    corpus: list[Case], server: LocalServer
) -> tuple[list[Case], subprocess.CompletedProcess]:
    cases = list(corpus)
    cases += [Case(server.url(path), reason) for path, reason in URL_CASES.items()]
    cases[-len(URL_CASES) :] = [
        Case(case.name, case.reason, ("ok",) if case.name.endswith("/ok.txt") else ())
        for case in cases[-len(URL_CASES) :]
    ]
    again = server.url("/ok.txt")
    cases.append(Case(again, r"same URL as .*/ok\.txt, counted once"))
    names = [case.name for case in cases if not re.search(r":\d+$", case.name)]
    # The record's id comes from the URL; the same story twice in one batch is counted once.
    # 1 s: long enough for a loaded machine to serve the good pages, short of /slow's 3 s.
    result = run("build", *names, "-f", "json", "--timeout", "1", env=PRIVATE_OK)
    return cases, result


def skip_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("newsbrief: skipped ")]


def test_the_run_fails_at_the_end_without_a_traceback(batch) -> None:
    _, result = batch
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.startswith("{")


def test_each_bad_input_gets_exactly_one_line_naming_it_and_the_reason(batch) -> None:
    cases, result = batch
    lines = skip_lines(result.stderr)
    bad = [case for case in cases if case.reason]
    for case in bad:
        pattern = re.compile(rf"newsbrief: skipped {re.escape(case.name)}: {case.reason}.*")
        matching = [line for line in lines if pattern.fullmatch(line)]
        assert len(matching) == 1, (case, lines)
    assert len(lines) == len(bad)


def test_the_summary_lists_what_was_skipped(batch) -> None:
    cases, result = batch
    # The failures; a repeated input was reported once, as it happened, and is not listed again.
    bad = [case for case in cases if case.reason and "counted once" not in case.reason]
    stderr = result.stderr.splitlines()
    header = [
        line for line in stderr if re.fullmatch(r"newsbrief: \d+ input\(s\) skipped.*:", line)
    ]
    assert len(header) == 1
    assert header[0].startswith(f"newsbrief: {len(bad)} input(s) skipped")
    listed = stderr[stderr.index(header[0]) + 1 :]
    assert [line.split(": ", 1)[0] for line in listed] == [f"  - {case.name}" for case in bad]
    # Nothing else is printed: no warnings, no stray output from libraries.
    others = set(stderr) - set(skip_lines(result.stderr)) - set(header) - set(listed)
    assert all(line.startswith("newsbrief: note: ") for line in others), others


def test_every_good_input_of_the_batch_is_in_the_briefing(batch) -> None:
    cases, result = batch
    briefing = json.loads(result.stdout)
    expected = [doc_id for case in cases for doc_id in case.documents] + ["record"]
    assert sorted(d["id"] for d in briefing["documents"]) == sorted(expected)
    skipped_notes = [n["message"] for n in briefing["notes"] if n["kind"] == "skipped"]
    assert len(skipped_notes) == len([case for case in cases if case.reason])


def test_replaced_bytes_are_said_so(batch) -> None:
    _, result = batch
    notes = [line for line in result.stderr.splitlines() if line.startswith("newsbrief: note:")]
    assert len(notes) == 2
    assert notes[0].endswith("damaged.txt: utf-8 (1 undecodable byte replaced)")
    assert notes[1].endswith("surrogate.json: utf-8 (1 lone surrogate replaced)")
    damaged = next(d for d in json.loads(result.stdout)["documents"] if d["id"] == "damaged")
    assert "Zürich" in damaged["text"] and "caf\ufffd." in damaged["text"]


def test_strict_stops_at_the_first_bad_input(corpus: list[Case]) -> None:
    good = [case.name for case in corpus if case.documents][:2]
    first_bad = next(case for case in corpus if case.reason)
    result = run("build", good[0], first_bad.name, good[1], "--strict")
    assert result.returncode == 1
    assert result.stdout == ""
    assert re.fullmatch(
        rf"Error: {re.escape(first_bad.name)}: {first_bad.reason}", result.stderr.strip()
    )


def test_each_case_alone_through_the_api(corpus: list[Case]) -> None:
    # One call per input, strict: the first (only) problem is raised, named and explained.
    wrong = []
    for case in corpus:
        if re.search(r":\d+$", case.name):
            continue  # a line of records.jsonl, not an input of its own
        if case.reason is None or case.name.endswith(".jsonl"):
            loaded = newsbrief.load(case.name)
            if sorted(d.id for d in loaded.documents) != sorted(case.documents):
                wrong.append((case.name, [d.id for d in loaded.documents]))
            continue
        try:
            newsbrief.load(case.name, strict=True)
            wrong.append((case.name, "no error"))
        except InputError as error:
            if error.input_name != case.name or not re.match(case.reason, error.reason):
                wrong.append((case.name, str(error)))
    assert wrong == []


def test_a_30_mb_one_line_file_is_refused_in_bounded_memory(
    corpus: list[Case], tmp_path: Path
) -> None:
    huge = next(case for case in corpus if case.name.endswith("huge-line.txt"))
    good = next(case for case in corpus if case.documents)
    assert Path(huge.name).stat().st_size == 30_000_000
    report = tmp_path / "maxrss"
    # Peak memory of the child alone (RUSAGE_CHILDREN would include earlier children). On Linux
    # ru_maxrss survives exec, so it would count the forked copy of this (large) pytest
    # process; VmHWM belongs to the new program's address space only.
    code = (
        "import re, resource, sys\n"
        "from newsbrief.cli import main\n"
        "try:\n"
        "    main(sys.argv[2:])\n"
        "finally:\n"
        "    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "    try:\n"
        "        status = open('/proc/self/status').read()\n"
        "        rss = int(re.search(r'VmHWM:\\s*(\\d+)', status).group(1))\n"
        "    except (OSError, AttributeError):\n"
        "        pass\n"
        "    open(sys.argv[1], 'w').write(str(rss))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(report), "build", huge.name, good.name, "-f", "json"],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert result.returncode == 1
    assert re.search(rf"skipped {re.escape(huge.name)}: {huge.reason}", result.stderr)
    assert [d["id"] for d in json.loads(result.stdout)["documents"]] == list(good.documents)
    peak_mib = int(report.read_text()) / 1024
    # The input is 30 MB; its bytes, its text and the parser's work stay within a few copies.
    assert peak_mib < 400, peak_mib


def test_script_like_text_stays_data_in_every_output(corpus: list[Case], tmp_path: Path) -> None:
    script = next(case.name for case in corpus if case.name.endswith("script.txt"))
    good = next(case.name for case in corpus if case.documents)
    # Every built-in text format (installed plugins, e.g. a binary .docx one, test their own).
    exporters = [exporter.name for exporter in builtin_exporters()]
    for name in exporters:
        result = run("build", script, good, "-f", name, "--sentences", "20")
        assert result.returncode == 0, result.stderr
        out = result.stdout
        if name == "json":
            texts = [d["text"] for d in json.loads(out)["documents"]]
            assert SCRIPT_ARTICLE in texts
            continue
        rendered = MarkdownIt().render(out) if name == "markdown" else out
        if name in ("markdown", "html"):
            assert "<script" not in rendered, name
            assert "<img" not in rendered, name
            assert "&lt;script&gt;" in rendered, name
        else:
            assert "<script>alert('defaced')</script>" in rendered, name


def test_a_lone_surrogate_becomes_u_fffd_in_every_output(
    corpus: list[Case], tmp_path: Path
) -> None:
    lone = next(case.name for case in corpus if case.name.endswith("surrogate.json"))
    for name in [exporter.name for exporter in builtin_exporters()]:
        output = tmp_path / f"briefing.{name}"
        result = run("build", lone, "-f", name, "-o", str(output), "--sentences", "20")
        assert result.returncode == 0, result.stderr
        written = output.read_bytes().decode("utf-8")  # valid UTF-8, or this raises
        if name == "json":
            [document] = json.loads(written)["documents"]
            assert document["text"].endswith("A stray \ufffd surrogate.\n")
        assert "lone surrogate replaced" in result.stderr


def test_the_output_file_is_replaced_whole_or_not_at_all(
    corpus: list[Case], tmp_path: Path
) -> None:
    good = next(case.name for case in corpus if case.documents)
    output = tmp_path / "briefing.json"
    output.write_text("the previous briefing")
    output.chmod(0o640)
    assert run("build", good, "-o", str(output)).returncode == 0
    assert json.loads(output.read_text())["documents"][0]["id"] == "bridge"
    assert output.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["briefing.json"]  # no temporary left
    # A run that fails before writing leaves the previous file as it was.
    before = output.read_bytes()
    empty = next(case.name for case in corpus if case.name.endswith("empty.txt"))
    assert run("build", empty, "-o", str(output)).returncode == 1
    assert output.read_bytes() == before


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing/folder/briefing.md", "no such folder: {tmp}/missing/folder"),
        ("/dev/full", "no space left on device"),
    ],
)
def test_an_output_that_cannot_be_written_is_one_line(
    corpus: list[Case], tmp_path: Path, target: str, message: str
) -> None:
    good = next(case.name for case in corpus if case.documents)
    where = target if target.startswith("/") else str(tmp_path / target)
    result = run("build", good, "-o", where)
    assert result.returncode == 1
    expected = f"Error: cannot write {where}: {message.format(tmp=tmp_path)}"
    assert result.stderr.strip().splitlines() == [expected]


def test_file_names_cannot_forge_or_reorder_message_lines(tmp_path: Path) -> None:
    forged = tmp_path / "a\nnewsbrief: skipped forged.txt: \u202eevil"
    forged.write_bytes(b"")
    good = tmp_path / "bridge.txt"
    good.write_text(next(iter(GOOD_ARTICLES.values())))
    result = run("build", str(forged), str(good))
    assert result.returncode == 1
    skipped = skip_lines(result.stderr)
    assert skipped == [
        f"newsbrief: skipped {tmp_path}/a\\nnewsbrief: skipped forged.txt: \\u202eevil: empty input"
    ]
    assert "\u202e" not in result.stderr
    strict = run("build", str(forged), "--strict")
    assert strict.stderr.count("\n") == 1 and "\\n" in strict.stderr


def test_each_empty_file_of_a_folder_is_said_to_be_empty(tmp_path: Path) -> None:
    # Empty files share their (empty) content: none is a copy of another, each is empty.
    for name, data in (("blank.txt", b""), ("notes.json", b""), ("lines.jsonl", b" \n")):
        (tmp_path / name).write_bytes(data)
    (tmp_path / "orchard.txt").write_text(GOOD_ARTICLES["orchard"])
    result = run("build", str(tmp_path), "-f", "json")
    assert result.returncode == 1
    assert sorted(skip_lines(result.stderr)) == [
        f"newsbrief: skipped {tmp_path}/{name}: empty input"
        for name in ("blank.txt", "lines.jsonl", "notes.json")
    ]
    assert "3 input(s) skipped" in result.stderr


def test_a_list_on_stdin_is_bounded(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsbrief", "build", "@-"],
        input="bridge.txt\n" * 10_000,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, "NEWSBRIEF_MAX_INPUT_BYTES": "4096"},
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "newsbrief: skipped @-: larger than the 4096 byte input limit" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_walk_and_a_glob_stay_inside_the_tree(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text(next(iter(GOOD_ARTICLES.values())))
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "orchard.txt").write_text(GOOD_ARTICLES["orchard"])
    os.symlink(secret, tree / "leak.txt")
    os.symlink("..", tree / "up")
    os.symlink(".", tree / "self")
    for spec in (str(tree), str(tree / "**" / "*.txt")):
        result = run("build", spec, "-f", "json")
        assert result.returncode == 1, result.stderr
        assert [d["id"] for d in json.loads(result.stdout)["documents"]] == ["orchard"]
        assert skip_lines(result.stderr) == [
            f"newsbrief: skipped {tree}/leak.txt: a symbolic link to a file outside {tree}, "
            "not followed"
        ]


def test_private_addresses_need_an_explicit_opt_in(server: LocalServer) -> None:
    url = server.url("/ok.txt")
    env = {"NEWSBRIEF_ALLOW_PRIVATE_HOSTS": ""}
    refused = run("build", url, env=env)
    assert refused.returncode == 1
    assert skip_lines(refused.stderr) == [
        f"newsbrief: skipped {url}: the host 127.0.0.1 is a loopback address (127.0.0.1); "
        "newsbrief fetches only public addresses unless --allow-private-hosts or "
        "NEWSBRIEF_ALLOW_PRIVATE_HOSTS=1"
    ]
    allowed = run("build", url, "--allow-private-hosts", "-f", "json", env=env)
    assert allowed.returncode == 0, allowed.stderr
    assert json.loads(allowed.stdout)["documents"][0]["id"] == "ok"


def test_credentials_and_bidi_controls_in_urls_never_reach_an_output(tmp_path: Path) -> None:
    record = {
        "id": "ferry",
        "url": "https://editor:hunter2@news.example/\u202egpj.exe",
        "text": next(iter(GOOD_ARTICLES.values())),
    }
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record))
    for name in [exporter.name for exporter in builtin_exporters()]:
        result = run("build", str(path), "-f", name)
        assert result.returncode == 0, result.stderr
        assert "hunter2" not in result.stdout and "\u202e" not in result.stdout, name
    document = json.loads(run("build", str(path), "-f", "json").stdout)["documents"][0]
    assert document["url"] == "https://news.example/%E2%80%AEgpj.exe"


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["documents"].append(d["documents"][0]), r"\$\.documents\[2\]"),
        (lambda d: d["summary"][0].update(doc_id="nobody"), r"\$\.summary\[0\]\.doc_id"),
        (lambda d: d.update(settings=[1, 2]), r"\$\.settings"),
        (lambda d: d["documents"][0].update(title=5), r"\$\.documents\[0\]\.title"),
        (lambda d: d["summary"][0].update(start="0"), r"\$\.summary\[0\]\.start"),
        (lambda d: d["documents"][0]["sentences"][0].update(end=10**9), r".*sentences\[0\]"),
        (lambda d: d["quotes"].append({"doc_id": 1}), r"\$\.quotes\[\d+\]"),
    ],
)
def test_from_json_names_the_json_path_of_inconsistent_data(
    corpus: list[Case], change, path: str
) -> None:
    good = [case.name for case in corpus if case.documents][:2]
    data = json.loads(run("build", *good, "-f", "json").stdout)
    change(data)
    with pytest.raises(ValueError, match=rf"invalid newsbrief\.briefing/1 briefing at {path}"):
        newsbrief.from_json(json.dumps(data))


def test_from_json_refuses_deep_nesting_before_parsing() -> None:
    deep = '{"schema": "newsbrief.briefing/1", "settings": ' + "[" * 100_000 + "]" * 100_000 + "}"
    with pytest.raises(ValueError, match="nested 100,001 levels deep, over the 100-level limit"):
        newsbrief.from_json(deep)
