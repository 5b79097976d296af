"""Expanding and reading inputs: directories, globs, stdin, caps, links and unreadable files."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest

from newsbrief import inputs
from newsbrief.errors import InputError

EXTENSIONS = {".txt", ".json"}


def names(specs: list[str]) -> list[str]:
    return [
        f"error:{item}" if isinstance(item, InputError) else item.name
        for item in inputs.expand(specs, EXTENSIONS)
    ]


def test_directories_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.json").write_text("{}")
    (tmp_path / "README.md").write_text("x")
    (tmp_path / "README.txt").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    assert names([str(tmp_path)]) == [
        str(tmp_path / "a.txt"),
        str(tmp_path / "b" / "2.txt"),
        str(tmp_path / "c.json"),
    ]


def test_an_explicit_file_is_read_whatever_its_extension(tmp_path: Path) -> None:
    path = tmp_path / "notes.weird"
    path.write_text("x")
    assert names([str(path)]) == [str(path)]


def test_globs_and_missing_paths(tmp_path: Path) -> None:
    for name in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / name).write_text("x")
    assert names([str(tmp_path / "x*.txt")]) == [str(tmp_path / "x1.txt"), str(tmp_path / "x2.txt")]
    missing = str(tmp_path / "nope.txt")
    assert names([missing]) == [f"error:{missing}: no such file or directory"]
    assert names([str(tmp_path / "z*.txt")]) == [
        f"error:{tmp_path / 'z*.txt'}: no file matches this pattern"
    ]


def test_symlink_loops_and_broken_links_do_not_hang(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    os.symlink(tmp_path, tmp_path / "loop")
    os.symlink(tmp_path / "self", tmp_path / "self")
    os.symlink(tmp_path / "gone.txt", tmp_path / "broken.txt")
    result = names([str(tmp_path)])
    assert str(tmp_path / "a.txt") in result
    assert any("broken.txt" in r and r.startswith("error:") for r in result)
    looped = names([str(tmp_path / "self")])
    assert len(looped) == 1 and looped[0].startswith("error:")


def test_reading_is_capped(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 1000)
    [ref] = inputs.expand([str(path)], EXTENSIONS)
    with pytest.raises(InputError, match="larger than the 999 byte input limit"):
        inputs.read(ref, limit=999)
    assert inputs.read(ref, limit=1000).data == b"a" * 1000


def test_stdin_is_read_as_one_input() -> None:
    [ref] = inputs.expand(["-"], EXTENSIONS)
    raw = inputs.read(ref, stdin=io.BytesIO(b"hello"))
    assert (raw.name, raw.doc_id, raw.data) == ("-", "stdin", b"hello")


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    [ref] = inputs.expand([str(path)], EXTENSIONS)
    with pytest.raises(InputError, match="permission denied"):
        inputs.read(ref)


def test_an_empty_directory_is_reported_by_name(tmp_path: Path) -> None:
    assert names([str(tmp_path)]) == [f"error:{tmp_path}: no article file in this folder (empty)"]
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    assert names([str(tmp_path)]) == [
        f"error:{tmp_path}: no article file in this folder "
        "(1 file(s), none of a type the parsers read)"
    ]


def test_a_walk_does_not_follow_a_file_link_out_of_the_tree(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("x")
    tree = tmp_path / "tree"
    (tree / "sub").mkdir(parents=True)
    (tree / "a.txt").write_text("x")
    os.symlink(secret, tree / "sub" / "leak.txt")
    os.symlink(tree / "a.txt", tree / "inside.txt")  # a link within the tree is fine
    assert names([str(tree)]) == [
        str(tree / "a.txt"),
        str(tree / "inside.txt"),
        f"error:{tree / 'sub' / 'leak.txt'}: a symbolic link to a file outside {tree}, "
        "not followed",
    ]


def test_a_recursive_glob_over_symlink_loops_ends(tmp_path: Path) -> None:
    (tmp_path / "d" / "e").mkdir(parents=True)
    (tmp_path / "d" / "a.txt").write_text("x")
    (tmp_path / "d" / "e" / "b.txt").write_text("x")
    (tmp_path / "d" / ".hidden").mkdir()
    (tmp_path / "d" / ".hidden" / "c.txt").write_text("x")
    # Each link doubles the paths a link-following walk sees: 2**40 before ELOOP stops it.
    os.symlink("..", tmp_path / "d" / "up")
    os.symlink(".", tmp_path / "d" / "self")
    os.symlink(".", tmp_path / "d" / "e" / "again")
    assert names([str(tmp_path / "**" / "*.txt")]) == [
        str(tmp_path / "d" / "a.txt"),
        str(tmp_path / "d" / "e" / "b.txt"),
    ]
    assert names([str(tmp_path / "d" / "**" / "b.txt")]) == [str(tmp_path / "d" / "e" / "b.txt")]


def test_a_glob_naming_too_many_inputs_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSBRIEF_MAX_INPUTS", "3")
    for index in range(5):
        (tmp_path / f"{index}.txt").write_text("x")
    pattern = str(tmp_path / "*.txt")
    assert names([pattern]) == [
        f"error:{pattern}: names more than 3 inputs (set NEWSBRIEF_MAX_INPUTS to raise the limit)"
    ]


def test_an_input_list_with_a_nul_byte_is_refused(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"a.txt\nb\x00.txt\n")
    assert names([f"@{listing}"]) == [
        f"error:@{listing}: a list of inputs must be text (a NUL byte on line 2)"
    ]
    assert names(["bad\x00name.txt"]) == ["error:bad\x00name.txt: a NUL character in the name"]


def test_a_list_on_stdin_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_MAX_INPUT_BYTES", "100")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"a.txt\n" * 1000)))
    assert names(["@-"]) == ["error:@-: larger than the 100 byte input limit"]


def test_many_lines_are_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_bytes(b"a\n" * 1001)
    [ref] = inputs.expand([str(path)], EXTENSIONS)
    with pytest.raises(InputError, match=r"^.*: 1,001 lines, over the 1,000-line limit"):
        inputs.check_lines(ref.name, path.read_bytes(), limit=1000)
    inputs.check_lines(ref.name, b"a\n" * 1000, limit=1000)


def test_printable_escapes_what_could_forge_or_reorder_a_line() -> None:
    assert inputs.printable("plain name.txt") == "plain name.txt"
    assert inputs.printable("Київ.txt") == "Київ.txt"
    assert inputs.printable("a\nnewsbrief: skipped b") == "a\\nnewsbrief: skipped b"
    assert inputs.printable("\x1b[2J\u202etxt.exe\ud800") == "\\x1b[2J\\u202etxt.exe\\ud800"


def test_urls_are_inputs_of_their_own() -> None:
    [ref] = inputs.expand(["https://example.com/news/a.html"], EXTENSIONS)
    assert ref == inputs.InputRef("https://example.com/news/a.html", url=ref.name)


def test_an_input_list(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text("x")
    (tmp_path / "lists").mkdir()
    listing = tmp_path / "lists" / "list.txt"
    listing.write_text(
        "# comment\n\n  a.txt\nsub/*.txt\nhttps://example.com/x\n@other.txt\n"
        f"{tmp_path / 'a.txt'}\n",
        encoding="utf-8",
    )
    # Names as written: relative ones are relative to the current directory (as with pip -r),
    # not to the list's folder.
    assert inputs.read_list(str(listing)) == [
        "a.txt",
        "sub/*.txt",
        "https://example.com/x",
        "@other.txt",
        str(tmp_path / "a.txt"),
    ]
    monkeypatch.chdir(tmp_path)
    # Lists do not include lists: "@other.txt" inside one is a file name.
    assert names([f"@{listing}"]) == [
        "a.txt",
        str(Path("sub") / "b.txt"),
        "https://example.com/x",
        "error:@other.txt: no such file or directory",
        str(tmp_path / "a.txt"),
    ]


def test_a_missing_or_binary_list(tmp_path: Path) -> None:
    assert names(["@missing.txt"]) == ["error:@missing.txt: no such file or directory"]
    binary = tmp_path / "list.bin"
    binary.write_bytes(b"\xff\xfe\x00\x81")
    assert names([f"@{binary}"]) == [f"error:@{binary}: a list of inputs must be UTF-8 text"]


def test_files_that_cannot_be_read_even_as_root(tmp_path: Path) -> None:
    # Root reads any file whatever its mode, so these stand in for "unreadable": a FIFO would
    # block a naive reader forever, and a path through a file fails in open().
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    refs = list(inputs.expand([str(fifo), str(plain / "child.txt")], EXTENSIONS))
    assert isinstance(refs[0], inputs.InputRef)
    with pytest.raises(InputError, match="not a regular file"):
        inputs.read(refs[0])
    assert str(refs[1]) == f"{plain / 'child.txt'}: not a directory"


def test_newswire_archive_names_are_not_file_types(tmp_path: Path) -> None:
    # DUC/TAC archives name files APW19981016.0240: a numeric suffix is no extension.
    (tmp_path / "APW19981016.0240").write_text("<DOC></DOC>")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8")
    assert [i.name for i in inputs.expand([str(tmp_path)], {".txt", ""})] == [
        str(tmp_path / "APW19981016.0240")
    ]


@pytest.mark.parametrize(
    ("name", "suffix"),
    [
        ("a/story.HTML", ".html"),
        ("https://example.com/news/story.html?page=2#top", ".html"),
        ("https://example.com/news/", ""),
        ("APW19981016.0240", ""),
        ("notes", ""),
        ("feed.rss", ".rss"),
    ],
)
def test_file_suffix(name: str, suffix: str) -> None:
    from newsbrief.parsers.base import file_suffix

    assert file_suffix(name) == suffix
