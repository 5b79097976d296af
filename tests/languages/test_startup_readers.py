"""The faster start-up readers give what the libraries' own readers give, exactly, and fall
back to those readers when the libraries' files are not as they know them.

* gender-guesser's table read in one pass equals the one its ``Detector`` builds, in the same
  order (ties between genders break by that order);
* py3langid's model read from the archive in memory (no temporary file, arrays read in place,
  columns restricted by ``take``) equals the model py3langid reads and restricts itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsbrief.languages import first_names, identifier
from newsbrief.languages.detect import _VARIETIES


def test_first_names_table_is_gender_guessers() -> None:
    from gender_guesser.detector import Detector

    for case_sensitive in (False, True):
        theirs = Detector(case_sensitive=case_sensitive).names
        ours = first_names.FastDetector(case_sensitive=case_sensitive).names
        assert ours == theirs
        assert list(ours) == list(theirs)
        assert all(list(ours[name]) == list(theirs[name]) for name in theirs)


def test_first_names_answers() -> None:
    detector = first_names.gender_detector()
    assert detector is first_names.gender_detector()
    assert detector.get_gender("Sabrina") == "female"
    assert detector.get_gender("volodymyr") == "male"
    assert detector.get_gender("Zzzyx") == "unknown"


def test_first_names_reads_edge_lines(tmp_path: Path) -> None:
    """Comment lines, ``+`` spellings and a name running into the country columns."""
    digits = "1 3  A"
    lines = [
        "# comment",
        "=" * 10,
        f"M  Jean+Pierre{' ' * 16}{digits}$",
        f"?F Alexandrina-Konstantinopolis{digits}$",
        f"?  Kim{' ' * 24}{digits}$",
        f"1M Kim{' ' * 24}{digits}$",
    ]
    path = tmp_path / "names.txt"
    path.write_bytes("\r\n".join(lines).encode() + b"\r\n")
    from gender_guesser.detector import Detector

    class _Plain(Detector):
        def __init__(self) -> None:
            self.case_sensitive = False
            self._parse(str(path))

    names = first_names.read_names(path)
    assert names == _Plain().names
    assert {"jeanpierre", "jean pierre", "jean-pierre", "kim"} <= set(names)
    assert list(names["kim"]) == ["andy", "mostly_male"]


@pytest.fixture(scope="module")
def models() -> tuple[Any, Any]:
    from py3langid.langid import MODEL_FILE

    def keep(label: str) -> bool:
        return len(label) == 2 or label in _VARIETIES

    ours = identifier.load(keep)
    theirs = identifier.FastIdentifier.from_model_file(MODEL_FILE)
    identifier.LanguageIdentifier.set_languages(
        theirs, [label for label in theirs.labels if keep(label)]
    )
    theirs.vectorise()
    return ours, theirs


def test_model_read_in_memory_is_py3langids(models: tuple[Any, Any]) -> None:
    ours, theirs = models
    assert ours.nb_classes == theirs.nb_classes
    assert ours._alias_pairs == theirs._alias_pairs
    for name in ("_table", "nb_pc", "_moves", "_rows", "_outputs"):
        mine, library = getattr(ours, name), getattr(theirs, name)
        assert mine.dtype == library.dtype and mine.shape == library.shape
        assert np.array_equal(mine, library), name
    assert ours._table.flags["C_CONTIGUOUS"]


def test_model_keeps_no_view_of_the_archive(models: tuple[Any, Any]) -> None:
    import mmap

    ours, _ = models
    for name in ("_table", "nb_pc", "_rows", "_outputs"):
        array = getattr(ours, name)
        while isinstance(array, np.ndarray) and array.base is not None:
            array = array.base
        # Owns its memory, or maps the cache's file: not a view of the decompressed bytes.
        assert isinstance(array, (np.ndarray, mmap.mmap)), name


def test_model_answers_as_before(models: tuple[Any, Any]) -> None:
    ours, theirs = models
    texts = [
        "NATO countries will not intercept missiles and drones over Ukraine, the Pentagon said.",
        "Президент заявив у вівторок, що переговори відновляться.",
        "قال الرئيس يوم الثلاثاء إن المحادثات ستستأنف.",
        "x",
        "",
    ]
    for text in texts:
        assert ours.classify(text) == theirs.classify(text)
        assert ours.rank(text) == theirs.rank(text)


def test_model_falls_back_to_py3langids_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(path: Path) -> tuple[Any, ...]:
        raise ValueError("not an archive this reader knows")

    monkeypatch.setattr(identifier, "_read_model", broken)
    model = identifier.load(lambda label: len(label) == 2)
    assert isinstance(model, identifier.FastIdentifier)
    assert model.classify("The president said on Tuesday that talks would resume.")[0] == "en"


def test_npz_reader_reads_stored_and_compressed_entries(tmp_path: Path) -> None:
    buffer = tmp_path / "a.npz"
    np.savez_compressed(buffer, a=np.arange(3))
    assert np.array_equal(identifier._npz_arrays(buffer.read_bytes())["a"], np.arange(3))
    stored = tmp_path / "b.npz"
    np.savez(stored, a=np.arange(6).reshape(2, 3), b=np.asfortranarray(np.ones((2, 2))))
    arrays = identifier._npz_arrays(stored.read_bytes())
    assert np.array_equal(arrays["a"], np.arange(6).reshape(2, 3))
    assert np.array_equal(arrays["b"], np.ones((2, 2)))
    with pytest.raises(ValueError):
        identifier._npz_arrays(b"not an archive")


def _model_path() -> Path:
    from py3langid.langid import MODEL_DIR

    return Path(MODEL_DIR, identifier.MODEL_FILE)


def test_model_falls_back_on_another_archive(monkeypatch: pytest.MonkeyPatch) -> None:
    """A model archive of compressed entries (another py3langid) is read by py3langid."""
    import io
    import lzma

    buffer = io.BytesIO()
    np.savez_compressed(buffer, ptc=np.ones((2, 2)))
    monkeypatch.setattr(lzma, "decompress", lambda data: buffer.getvalue())
    with pytest.raises(ValueError):
        identifier._read_model(_model_path())
    called = []
    original = identifier.FastIdentifier.from_model_file.__func__

    def library(cls: Any, model_file: str) -> Any:
        called.append(model_file)
        return original(cls, model_file)

    monkeypatch.setattr(identifier.FastIdentifier, "from_model_file", classmethod(library))
    model = identifier._from_model_file()
    assert called == [identifier.MODEL_FILE]
    assert "uk" in model.labels


def test_model_falls_back_without_py3langids_private_helpers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import py3langid.langid
    import py3langid.modelio

    monkeypatch.delattr(py3langid.modelio, "_to_array")
    with pytest.raises(ImportError):
        identifier._read_model(_model_path())
    monkeypatch.delattr(py3langid.langid, "MODEL_DIR")
    monkeypatch.setattr(
        identifier.FastIdentifier,
        "from_model_file",
        classmethod(lambda cls, model_file: "py3langid's reader"),
    )
    assert identifier._from_model_file() == "py3langid's reader"


def test_first_names_fall_back_on_another_file_format(tmp_path: Path) -> None:
    """A gender code this reader does not know: gender-guesser's own reader reads the file."""
    from gender_guesser.detector import Detector

    path = tmp_path / "names.txt"
    path.write_text(f"M  Anna{' ' * 23}1$\nX  Bob{' ' * 24}1$\n", encoding="utf-8")
    with pytest.raises(ValueError):
        first_names.read_names(path)

    class _Read(first_names.FastDetector):
        def __init__(self) -> None:
            self.case_sensitive = False

    detector = _Read()
    with pytest.raises(TypeError):  # gender-guesser's ``raise "..."``: its own error, unchanged
        detector._parse(str(path))
    assert detector.names == {"anna": {"male": "1"}}  # read by gender-guesser up to the error
    assert Detector._parse is not first_names.FastDetector._parse
