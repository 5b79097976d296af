"""The language model's arrays are cached on disk and memory-mapped, with the same answers.

The first load writes the arrays scoring reads to ``NEWSBRIEF_CACHE_DIR``; later loads map them
without reading the model; a damaged, truncated or foreign set is ignored and written again; a
folder that cannot be written, or ``NEWSBRIEF_CACHE_DIR=""``, gives the model read in memory,
silently. Every identifier answers exactly as the one read from the model file.
"""

from __future__ import annotations

import json
import os
import pickle
import shutil
import stat
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsbrief.languages import array_cache, identifier

TEXTS = [
    "The harbour authority said on Friday that the ferry would run again once the storm passed.",
    "Die Stadtwerke teilten am Montag mit, dass die Leitungen bis zum Abend repariert seien.",
    "La mairie a annoncé jeudi que la piscine rouvrirait après trois semaines de travaux.",
    "El ayuntamiento confirmó que el mercado central abrirá también los domingos.",
    "Міська рада повідомила, що ремонт мосту завершать до кінця місяця.",
    "Городские власти сообщили, что новая линия трамвая откроется весной.",
    "Το λιμάνι θα παραμείνει κλειστό μέχρι να κοπάσει ο άνεμος.",
    "وقالت البلدية إن أعمال الصيانة ستنتهي قبل نهاية الأسبوع.",
    "नगर निगम ने बताया कि पुल की मरम्मत अगले महीने पूरी होगी।",
    "市政府表示，新的公交线路将于下月开通。",
    "Gemeente en provincie zijn het eens over de nieuwe fietsbrug.",
    "ok",
    "",
    "12:45 — 3 : 1",
]


def keep(label: str) -> bool:
    return label in {"en", "de", "fr", "es", "uk", "ru", "el", "ar", "hi", "zh", "nl", "sr"}


@pytest.fixture(scope="module")
def in_memory() -> Any:
    """The identifier read from the model file, no cache involved."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(array_cache.CACHE_ENV, "")
        return identifier.load(keep)


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(array_cache.CACHE_ENV, str(folder))
    return folder


def _mapped(array: Any) -> bool:
    while isinstance(array, np.ndarray):
        if isinstance(array, np.memmap):
            return True
        array = array.base
    return False


def _set_folder(cache_dir: Path) -> Path:
    (folder,) = {path.parent for path in cache_dir.glob("language-model/*/*/table.npy")}
    return folder


def _model_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused() -> Any:
        raise AssertionError("the model file was read")

    monkeypatch.setattr(identifier, "_from_model_file", refused)


def _assert_same(model: Any, reference: Any) -> None:
    assert model.nb_classes == reference.nb_classes
    for name in ("_table", "nb_pc", "_moves", "_rows", "_outputs"):
        ours, theirs = getattr(model, name), getattr(reference, name)
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape, name
        assert np.array_equal(ours, theirs), name
    for text in TEXTS:
        assert model.classify(text) == reference.classify(text)
        assert model.rank(text) == reference.rank(text)


def test_first_load_writes_later_loads_map_the_files(
    cache_dir: Path, in_memory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = identifier.load(keep)
    folder = _set_folder(cache_dir)
    assert sorted(path.name for path in folder.iterdir()) == [
        "moves.npy",
        "outputs.npy",
        "priors.npy",
        "record.json",
        "rows.npy",
        "table.npy",
    ]
    written = {path.name: path.stat().st_mtime_ns for path in folder.iterdir()}
    _model_not_read(monkeypatch)
    again = identifier.load(keep)
    assert isinstance(again, identifier.FastIdentifier)
    assert all(_mapped(getattr(again, name)) for name in ("_table", "_moves", "_rows"))
    assert {path.name: path.stat().st_mtime_ns for path in folder.iterdir()} == written
    _assert_same(first, in_memory)
    _assert_same(again, in_memory)
    # Another restriction is another set beside it; the model is read for it once.
    monkeypatch.undo()
    monkeypatch.setenv(array_cache.CACHE_ENV, str(cache_dir))
    english = identifier.load(lambda label: label in {"en", "de"})
    assert english.nb_classes == ["de", "en"]
    assert len(list(cache_dir.glob("language-model/*/*/table.npy"))) == 2
    assert not list(cache_dir.glob("language-model/*/.*"))  # no temporary left


def _truncate(folder: Path) -> None:
    path = folder / "table.npy"
    path.write_bytes(path.read_bytes()[:-4096])


def _foreign_file(folder: Path) -> None:
    (folder / "moves.npy").write_bytes(b"not an array at all")


def _other_dtype(folder: Path) -> None:
    # A well-formed set of another kind: a float16 table, recorded as such.
    table = np.load(folder / "table.npy").astype(np.float16)
    np.save(folder / "table.npy", table)
    record = json.loads((folder / "record.json").read_text())
    record["arrays"]["table"][:2] = [table.dtype.str, list(table.shape)]
    (folder / "record.json").write_text(json.dumps(record))


def _damaged_values(folder: Path) -> None:
    # Same sizes, one prior changed.
    path = folder / "priors.npy"
    data = bytearray(path.read_bytes())
    data[-4:] = np.float32(-1.0).tobytes()
    path.write_bytes(bytes(data))


def _altered_row(folder: Path) -> None:
    # Same size, one number changed in the middle of the table: a row that short texts seldom
    # visit, so no sample of scores would show it; every text that visits it would be scored
    # wrongly.
    path = folder / "table.npy"
    with path.open("r+b") as stream:
        stream.seek(path.stat().st_size // 2)
        stream.write(np.float32(7.0).tobytes())


def _bad_record(folder: Path) -> None:
    (folder / "record.json").write_text("{")


@pytest.mark.parametrize(
    "damage", [_truncate, _foreign_file, _other_dtype, _damaged_values, _altered_row, _bad_record]
)
def test_a_damaged_set_is_ignored_and_written_again(
    cache_dir: Path,
    in_memory: Any,
    monkeypatch: pytest.MonkeyPatch,
    damage: Callable[[Path], None],
) -> None:
    identifier.load(keep)
    damage(_set_folder(cache_dir))
    rebuilt = identifier.load(keep)
    _assert_same(rebuilt, in_memory)
    _model_not_read(monkeypatch)
    _assert_same(identifier.load(keep), in_memory)  # the set written again is read


def test_a_folder_that_cannot_be_written_falls_back(
    tmp_path: Path, in_memory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(array_cache.CACHE_ENV, str(blocker / "cache"))
    model = identifier.load(keep)
    assert not any(_mapped(getattr(model, name)) for name in ("_table", "_moves"))
    _assert_same(model, in_memory)


def test_an_empty_setting_turns_the_cache_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(array_cache.CACHE_ENV, "")
    assert array_cache.cache_root() is None
    monkeypatch.setenv(array_cache.CACHE_ENV, "  ")
    assert array_cache.cache_root() is None


def test_the_default_folder_is_the_users_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    if sys.platform in ("win32", "darwin"):
        pytest.skip("the XDG folders are those of Linux and other POSIX systems")
    monkeypatch.delenv(array_cache.CACHE_ENV)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert array_cache.cache_root() == tmp_path / "xdg" / "newsbrief"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")
    assert array_cache.cache_root() == tmp_path / ".cache" / "newsbrief"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert array_cache.cache_root() == tmp_path / ".cache" / "newsbrief"


def test_a_mapped_identifier_pickles_as_arrays(cache_dir: Path, in_memory: Any) -> None:
    identifier.load(keep)
    mapped = identifier.load(keep)
    assert _mapped(mapped._table)
    data = pickle.dumps(mapped)
    # The arrays travel whole and arrive as plain arrays; no larger than the model read in
    # memory (whose DFA travels twice: py3langid's array and the NumPy view of it).
    assert sum(getattr(mapped, name).nbytes for name in ("_table", "_moves")) < len(data)
    assert len(data) <= len(pickle.dumps(in_memory))
    copy = pickle.loads(data)
    assert not _mapped(copy._table)
    _assert_same(copy, in_memory)


def test_writers_at_once_leave_one_complete_set(tmp_path: Path) -> None:
    folder = tmp_path / "sets" / "one"
    arrays = {"a": np.arange(200_000, dtype=np.float32), "b": np.ones((3, 4), dtype=np.intp)}
    failures: list[BaseException] = []

    def write() -> None:
        try:
            for _ in range(5):
                array_cache.write_arrays(folder, arrays, {"format": 1})
        except BaseException as error:  # pragma: no cover - reported below
            failures.append(error)

    threads = [threading.Thread(target=write) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not failures
    found = array_cache.read_arrays(folder, ["a", "b"])
    assert found is not None
    assert np.array_equal(found[0]["a"], arrays["a"]) and found[1]["format"] == 1
    assert [path.name for path in folder.parent.iterdir()] == ["one"]  # nothing left behind


def test_the_sets_name_follows_the_models_bytes_not_its_time(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A model reinstalled with the same bytes (a new virtual environment: a new file time)
    # finds the set already written, instead of adding another 90 MB to the cache folder.
    import py3langid.langid

    installed = Path(py3langid.langid.MODEL_DIR, py3langid.langid.MODEL_FILE)
    reinstalled = tmp_path / "site-packages" / "py3langid"
    copy = reinstalled / py3langid.langid.MODEL_FILE
    copy.parent.mkdir(parents=True)
    copy.write_bytes(installed.read_bytes())
    os.utime(copy, ns=(1_000_000_000, 1_000_000_000))
    before = identifier._cache_folder()
    monkeypatch.setattr(py3langid.langid, "MODEL_DIR", str(reinstalled))
    assert identifier._cache_folder() == before
    # Other bytes (another model of the same size) are another set.
    data = bytearray(copy.read_bytes())
    data[len(data) // 2] ^= 1
    copy.write_bytes(bytes(data))
    assert identifier._cache_folder() != before


posix_only = pytest.mark.skipif(not hasattr(os, "getuid"), reason="POSIX owners and modes")


def _count_model_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    reads: list[int] = []
    read = identifier._from_model_file

    def counted() -> Any:
        reads.append(1)
        return read()

    monkeypatch.setattr(identifier, "_from_model_file", counted)
    return reads


@posix_only
def test_the_cache_is_private_whatever_the_umask(
    cache_dir: Path, in_memory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    previous = os.umask(0)  # every file and folder writable by everyone, unless set otherwise
    try:
        identifier.load(keep)
    finally:
        os.umask(previous)
    folder = _set_folder(cache_dir)
    for path in (cache_dir, folder.parent.parent, folder.parent, folder):
        assert stat.S_IMODE(path.stat().st_mode) == 0o700, path
    for path in folder.iterdir():
        assert not path.stat().st_mode & 0o077, path
    reads = _count_model_reads(monkeypatch)
    _assert_same(identifier.load(keep), in_memory)
    assert not reads  # the private set is read back


def _open_to_everyone(folder: Path) -> None:
    folder.chmod(0o777)


def _linked(folder: Path) -> None:
    # A link in place of the set, to a complete copy of it elsewhere.
    copy = folder.parent.parent.parent / "elsewhere"
    shutil.copytree(folder, copy)
    shutil.rmtree(folder)
    folder.symlink_to(copy, target_is_directory=True)


def _file_linked(folder: Path) -> None:
    copy = folder.parent.parent.parent / "priors.npy"
    (folder / "priors.npy").rename(copy)
    (folder / "priors.npy").symlink_to(copy)


@posix_only
@pytest.mark.parametrize("planted", [_open_to_everyone, _linked, _file_linked])
def test_a_set_another_user_could_have_written_is_not_read(
    cache_dir: Path,
    in_memory: Any,
    monkeypatch: pytest.MonkeyPatch,
    planted: Callable[[Path], None],
) -> None:
    identifier.load(keep)
    planted(_set_folder(cache_dir))
    reads = _count_model_reads(monkeypatch)
    _assert_same(identifier.load(keep), in_memory)
    assert reads == [1]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs chown")
def test_another_users_cache_folder_is_neither_read_nor_written(
    cache_dir: Path, in_memory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    identifier.load(keep)
    for path in [cache_dir, *cache_dir.rglob("*")]:
        os.chown(path, 54321, 54321, follow_symlinks=False)
    written = sorted(str(path) for path in cache_dir.rglob("*"))
    reads = _count_model_reads(monkeypatch)
    _assert_same(identifier.load(keep), in_memory)
    assert reads == [1]
    # An empty folder of theirs gets nothing written into it either.
    shutil.rmtree(cache_dir / "language-model")
    identifier.load(keep)
    assert sorted(str(path) for path in cache_dir.rglob("*")) == []
    assert written


def test_a_relative_setting_is_the_current_folders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(array_cache.CACHE_ENV, "build/cache")
    root = array_cache.cache_root()
    assert root == tmp_path / "build" / "cache"
    monkeypatch.chdir(tmp_path / "..")  # a process that changes folder later keeps its cache
    assert root.is_absolute()


def test_no_home_folder_means_no_cache_not_a_failure(
    tmp_path: Path, in_memory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def unknown(*args: Any) -> Path:
        raise RuntimeError("Could not determine home directory.")

    monkeypatch.setattr(Path, "expanduser", unknown)
    monkeypatch.setattr(Path, "home", unknown)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", "")
    monkeypatch.setenv(array_cache.CACHE_ENV, "~/newsbrief-cache")
    assert array_cache.cache_root() is None
    monkeypatch.delenv(array_cache.CACHE_ENV)
    assert array_cache.cache_root() is None
    _assert_same(identifier.load(keep), in_memory)


@pytest.mark.parametrize(
    "command",
    [
        ["-c", "import newsbrief, newsbrief.cli, newsbrief.languages.detect"],
        ["-m", "newsbrief", "--help"],
        ["-m", "newsbrief", "build", "--help"],
    ],
)
def test_importing_and_asking_for_help_write_nothing(tmp_path: Path, command: list[str]) -> None:
    import subprocess
    import sys

    folder = tmp_path / "cache"
    env = {**os.environ, array_cache.CACHE_ENV: str(folder)}
    subprocess.run([sys.executable, *command], env=env, check=True, capture_output=True)
    assert not folder.exists()


def test_ci_runs_every_test_with_a_temporary_cache_folder() -> None:
    # The plugins' tests (run by .ci/run, each on its own) do not load tests/conftest.py.
    ci = (Path(__file__).resolve().parents[2] / ".ci" / "run").read_text(encoding="utf-8")
    lines = ci.splitlines()
    exported = lines.index("export NEWSBRIEF_CACHE_DIR")
    assert lines[exported - 1] == 'NEWSBRIEF_CACHE_DIR="$(mktemp -d)"'
    assert exported < min(i for i, line in enumerate(lines) if "pytest" in line and "#" not in line)


def test_a_set_with_the_same_bytes_is_left_in_place(tmp_path: Path) -> None:
    # A process that wrote the set while another was writing it too: the files in place (which
    # other processes may be mapping) are kept, not deleted and replaced by equal ones.
    folder = tmp_path / "sets" / "one"
    arrays = {"a": np.arange(1000, dtype=np.float32)}
    array_cache.write_arrays(folder, arrays, {"format": 1})
    first = (folder / "a.npy").stat().st_ino
    array_cache.write_arrays(folder, arrays, {"format": 1})
    assert (folder / "a.npy").stat().st_ino == first
    assert [path.name for path in folder.parent.iterdir()] == ["one"]
    # Other bytes replace it.
    array_cache.write_arrays(folder, {"a": np.arange(1000, dtype=np.float32) + 1}, {"format": 1})
    found = array_cache.read_arrays(folder, ["a"])
    assert found is not None and found[0]["a"][0] == 1


def test_set_files_are_opened_as_binary_where_that_is_a_flag(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows opens a file descriptor in text mode unless told O_BINARY (every byte 10 would be
    # written as 13, 10): the flag is passed wherever the platform has it.
    flags: list[int] = []
    real_open = os.open

    def recording(path: Any, flag: int, mode: int = 0o777) -> int:
        flags.append(flag)
        return real_open(path, flag & ~0x8000, mode)

    monkeypatch.setattr(os, "O_BINARY", 0x8000, raising=False)
    monkeypatch.setattr(os, "open", recording)
    array_cache.write_arrays(tmp_path / "set", {"a": np.arange(10)}, {})
    assert flags and all(flag & 0x8000 for flag in flags)


def test_a_full_disk_gives_the_model_read_in_memory_and_leaves_nothing(
    cache_dir: Path, in_memory: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    def full(*args: Any, **kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(np, "save", full)
    model = identifier.load(keep)
    assert not _mapped(model._table)
    _assert_same(model, in_memory)
    assert not [path for path in cache_dir.rglob("*") if path.is_file()]
    assert not list(cache_dir.glob("language-model/*/.*"))  # no temporary folder left
