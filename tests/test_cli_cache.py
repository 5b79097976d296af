"""``newsbrief cache``: where the cache folder is, what newsbrief keeps there, and clearing it."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from newsbrief.cli import cli
from newsbrief.languages import array_cache
from newsbrief.languages.array_cache import CACHE_ENV, LANGUAGE_MODEL

#: A set's folder, named by a signature as newsbrief names them.
SET = "5f0e" * 8


def _cache(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["cache", *args])
    return result.exit_code, result.output


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder holding a model set of two files (3,000 bytes) and a file of the user's."""
    root = tmp_path / "cache"
    model = root / LANGUAGE_MODEL / SET / "labels"
    model.mkdir(parents=True, mode=0o700)
    (model / "table.npy").write_bytes(b"\0" * 2048)
    (model.parent / "classes.json").write_bytes(b"[" + b" " * 950 + b"]")
    (root / "notes.txt").write_text("mine", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(root))
    return root


def test_cache_shows_its_folder_and_what_the_model_takes(folder: Path) -> None:
    code, output = _cache()
    assert code == 0, output
    assert output.splitlines() == [
        f"Cache folder:   {folder}",
        "Language model: 2 files, 2.9 KiB (language-model/)",
    ]
    assert _cache("--path") == (0, f"{folder}\n")


def test_clear_deletes_the_model_and_nothing_else(folder: Path) -> None:
    code, output = _cache("--clear")
    assert code == 0, output
    assert output == f"Deleted 2 files (2.9 KiB) from {folder}\n"
    assert not (folder / LANGUAGE_MODEL).exists()
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert "Language model: nothing yet" in _cache()[1]


def test_clear_does_not_follow_a_link(folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    (folder / LANGUAGE_MODEL).rename(elsewhere)
    (folder / LANGUAGE_MODEL).symlink_to(elsewhere, target_is_directory=True)
    assert _cache("--clear") == (0, f"Deleted 0 files (0 bytes) from {folder}\n")
    assert (elsewhere / SET / "classes.json").is_file()


def test_a_linked_model_folder_is_not_measured(folder: Path, tmp_path: Path) -> None:
    # A link in place of the folder: what it points to is not newsbrief's to count.
    elsewhere = tmp_path / "elsewhere"
    (folder / LANGUAGE_MODEL).rename(elsewhere)
    (folder / LANGUAGE_MODEL).symlink_to(elsewhere, target_is_directory=True)
    code, output = _cache()
    assert code == 0, output
    assert output.splitlines()[1] == "Language model: a link, not followed (language-model/)"


def test_clear_keeps_a_users_own_folder_of_the_same_name(folder: Path) -> None:
    # NEWSBRIEF_CACHE_DIR=~ beside a ~/language-model of the user's: only newsbrief's sets go.
    own = folder / LANGUAGE_MODEL / "checkpoints"
    own.mkdir()
    (own / "step-100.bin").write_bytes(b"weights")
    (folder / LANGUAGE_MODEL / "README.txt").write_text("mine", encoding="utf-8")
    assert _cache()[1].splitlines()[1] == "Language model: 2 files, 2.9 KiB (language-model/)"
    assert _cache("--clear") == (0, f"Deleted 2 files (2.9 KiB) from {folder}\n")
    assert not (folder / LANGUAGE_MODEL / SET).exists()
    assert (own / "step-100.bin").read_bytes() == b"weights"
    assert (folder / LANGUAGE_MODEL / "README.txt").is_file()


def test_a_cache_turned_off_is_said_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(CACHE_ENV, "")
    assert _cache() == (0, f"Cache folder: none ({CACHE_ENV} is empty: the cache is off)\n")
    code, output = _cache("--clear")
    assert code == 1 and "the cache is off" in output


def test_clear_says_what_it_left(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A folder it may not trust (another user's in a shared cache folder) is left, and said so.
    monkeypatch.setattr(array_cache, "trusted", lambda path, root: False)
    code, output = _cache("--clear")
    assert code == 0, output
    assert output.splitlines() == [
        f"Deleted 0 files (0 bytes) from {folder}",
        f"Left 2 files (2.9 KiB) in {folder / LANGUAGE_MODEL}: not this user's, or written "
        "meanwhile",
    ]


def test_a_folder_under_an_unknown_users_home_is_named_not_called_empty(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(CACHE_ENV, "~no-such-user-of-newsbrief/cache")
    expected = f"{CACHE_ENV}='~no-such-user-of-newsbrief/cache' names no folder"
    assert _cache() == (0, f"Cache folder: none ({expected}: the cache is off)\n")
    code, output = _cache("--path")
    assert code == 1 and output.count("\n") == 1 and expected in output


def test_path_and_clear_together_are_refused(folder: Path) -> None:
    # Not the path printed and the clearing silently left undone.
    code, output = _cache("--path", "--clear")
    assert code == 2 and "give one of --path and --clear" in output
    assert (folder / LANGUAGE_MODEL / SET).is_dir()


def test_a_file_named_as_the_cache_folder_is_said_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Not "nothing yet": nothing could ever be kept below a file, so the cache is off.
    taken = tmp_path / "cache.txt"
    taken.write_text("a file of the user's, not a folder", encoding="utf-8")
    monkeypatch.setenv(CACHE_ENV, str(taken))
    expected = f"{CACHE_ENV}={str(taken)!r} names a file, not a folder"
    assert _cache() == (0, f"Cache folder: none ({expected}: the cache is off)\n")
    code, output = _cache("--clear")
    assert code == 1 and output.count("\n") == 1 and expected in output
    assert taken.read_text(encoding="utf-8") == "a file of the user's, not a folder"
