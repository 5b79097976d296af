"""py3langid's naive Bayes model, scored with NumPy instead of a byte-by-byte Python loop.

py3langid counts the states a DFA visits over the text's UTF-8 bytes (an Aho-Corasick
automaton over byte n-grams; each state stands for one feature) in a Python loop, then scores
``log1p(counts) @ table[features] + priors``. Two things make that slow and are changed here,
with answers identical to the bit:

* **The walk.** The bundled model's DFA is :data:`DEFINITE`-definite: after any
  :data:`DEFINITE` bytes it is in the same state whatever state it started in (checked
  exhaustively over all 104,583 states by ``benchmarks/language_id.py --check-dfa``). So the
  state after byte ``i`` is the state reached from the start over bytes ``i-5..i`` alone, and
  all positions are stepped together: :data:`DEFINITE` vectorised table look-ups instead of one
  Python step per byte. The features are then counted and ordered by first visit, exactly the
  ``Counter`` py3langid builds (the order fixes the order of the floating-point sum).
* **The table.** Restricting the languages leaves a strided float16 table, so each document's
  rows were gathered element by element and cast inside the product; one contiguous float32
  copy (the cast is exact) is gathered by rows and multiplied directly.

Memory: the model is read once, on the first text that needs it, and kept; only what scoring
reads is kept: the restricted float32 table (51 MB) and the DFA (39 MB), not py3langid's
unrestricted float16 table as well (28 MB, kept to restore all languages, which this
identifier never does), nor the DFA's output and row tables as lists of Python ints (8 MB).
A float16 table would save 25 MB more but cast every gathered row (identification 25% slower).

Everything else (normalisation, encoding, tie folding of aliased labels, ranking) is
py3langid's own code. :func:`load` checks the vectorised walk against py3langid's on a sample of
several scripts and falls back to the library's walk if they ever differ (another model).

**The cache.** Reading the model costs about half a second of CPU per process (decompressing
most of it) and 90 MB of memory per process. So the arrays scoring reads (the restricted
float32 table, the priors and the DFA's three tables) are written once to newsbrief's cache
folder (:mod:`newsbrief.languages.array_cache`: ``NEWSBRIEF_CACHE_DIR``, else the user cache
folder) and later processes map them read-only: they start in milliseconds and share the
pages. The set's name covers what changes the arrays (:data:`CACHE_FORMAT`, py3langid's
version, the model file's bytes, the byte order and pointer size, the restriction's labels);
a set is used only when its files (their bytes' CRC-32), its labels and the bounds of its
DFA are as written, else it is written again. Without a usable folder the
model is read as before: the same answers either way.
"""

from __future__ import annotations

import hashlib
import io
import lzma
import sys
import threading
import zipfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

from newsbrief.languages import array_cache

__all__ = ["CACHE_FORMAT", "DEFINITE", "FastIdentifier", "load"]

# A feature not visited yet, in the table of first visits.
_UNSEEN = np.iinfo(np.intp).max
# Each thread's table of first visits (threads of a Dask worker or of ``-j`` may walk texts at
# once). Held here, not on the identifier, so the identifier still pickles.
_THREAD = threading.local()

#: Bytes after which the bundled model's DFA state no longer depends on where it started.
DEFINITE = 6

#: The cached arrays' format: bumped whenever what is cached, or how, changes.
CACHE_FORMAT = 1
# The cached arrays, by file name: the attribute of :class:`FastIdentifier` each one is.
_CACHED = {
    "table": "_table",
    "priors": "nb_pc",
    "moves": "_moves",
    "rows": "_rows",
    "outputs": "_outputs",
}

# Texts in several scripts whose walks must agree for the vectorised one to be used.
_SELF_CHECK = (
    "Ukraine's president said on Tuesday that talks would resume. "
    "Der Präsident sagte am Dienstag, die Gespräche würden fortgesetzt. "
    "Президент заявив у вівторок, що переговори відновляться. "
    "Ο πρόεδρος δήλωσε την Τρίτη ότι οι συνομιλίες θα συνεχιστούν. "
    "قال الرئيس يوم الثلاثاء إن المحادثات ستستأنف. "
    "राष्ट्रपति ने मंगलवार को कहा कि बातचीत फिर से शुरू होगी। "
    "总统周二表示，谈判将恢复。 a"
)


class FastIdentifier(LanguageIdentifier):
    """py3langid's identifier with the DFA walk and the scoring vectorised (same answers)."""

    __slots__ = ("_moves", "_outputs", "_rows", "_table")

    def set_languages(self, langs: Any = None) -> None:
        """py3langid's ``set_languages``, the table's columns gathered by ``take``: rows stay
        contiguous, so restricting and casting them (:meth:`vectorise`) takes a quarter of the
        time of py3langid's strided copy (the same values)."""
        if langs is None:
            super().set_languages(None)
            return
        table, priors, classes = self._full_model  # type: ignore[has-type]
        wanted = set(langs)
        unknown = wanted - set(classes)
        if unknown:
            raise ValueError(f"Unknown language code(s): {unknown}")
        indices = [i for i, label in enumerate(classes) if label in wanted]
        self.nb_classes = [classes[i] for i in indices]  # type: ignore[misc]
        self.nb_ptc = np.take(table, indices, axis=1)  # type: ignore[misc]
        self.nb_pc = priors[indices]  # type: ignore[misc]
        self._set_alias_pairs()

    @classmethod
    def from_arrays(cls, classes: list[str], arrays: dict[str, Any]) -> FastIdentifier:
        """The identifier over arrays :meth:`vectorise` built and :meth:`compact` kept (by the
        names of ``_CACHED``: memory-mapped ones from the cache), for the labels ``classes``.
        Raises ``ValueError`` when their kinds, shapes or bounds do not fit together."""
        table, priors = arrays["table"], arrays["priors"]
        moves, rows, outputs = arrays["moves"], arrays["rows"], arrays["outputs"]
        intp = np.dtype(np.intp)
        if not (
            table.dtype == np.float32
            and table.ndim == 2
            and table.flags["C_CONTIGUOUS"]
            and table.shape[1] == len(classes)
            and priors.dtype == np.float32
            and priors.shape == (len(classes),)
            and moves.dtype in (np.uint16, np.uint32)
            and moves.ndim == 1
            and len(moves) % 256 == 0
            and rows.dtype == intp == outputs.dtype
            and rows.ndim == 1
            and len(rows) > 0
            and rows.shape == outputs.shape
        ):
            raise ValueError("arrays of another kind or shape")
        # Every index the walk and the scoring take stays inside its table (a wrong one would
        # fail every later identification, not just this load).
        if (
            rows.min() < 0
            or rows.max() > len(moves) - 256
            or outputs.max() >= len(table)
            or moves.max() >= len(rows)
        ):
            raise ValueError("indices out of bounds")
        identifier = cls.__new__(cls)
        identifier.min_confidence = None
        identifier._norm_probs = False
        identifier.nb_classes = classes  # type: ignore[misc]
        identifier.nb_ptc = identifier._table = table  # type: ignore[misc]
        identifier.nb_pc = priors
        identifier._full_model = (table, priors, classes)  # type: ignore[misc]
        identifier.tk_nextmove = identifier._moves = moves
        identifier.tk_row = rows >> 8
        identifier._rowbase = identifier._rows = rows  # type: ignore[misc]
        identifier.tk_output = identifier._outputs = outputs  # type: ignore[misc]
        identifier._set_alias_pairs()
        return identifier

    def vectorise(self) -> None:
        """Build the arrays the vectorised walk and scoring read (after ``set_languages``)."""
        self._moves = np.frombuffer(self.tk_nextmove, dtype=self.tk_nextmove.typecode)
        self._rows = np.asarray(self._rowbase, dtype=np.intp)  # type: ignore[has-type]
        self._outputs = np.asarray(self.tk_output, dtype=np.intp)  # type: ignore[has-type]
        table: Any = self.nb_ptc
        self._table = np.ascontiguousarray(table, dtype=np.float32)
        # The same values, held once: the strided float16 copy and py3langid's unrestricted
        # table (kept to restore all languages, which this identifier never does) are let go.
        self.nb_ptc = self._table  # type: ignore[misc]
        self._full_model = (self._table, self.nb_pc, self.nb_classes)  # type: ignore[misc]

    def visits(self, data: bytes) -> tuple[Any, Any] | None:
        """(features in order of first visit, their counts as float32), or ``None`` when the
        walk over ``data`` visits no feature: py3langid's ``visit_counts`` as two arrays."""
        # Cast once, not at every step's addition.
        text = np.frombuffer(data, dtype=np.uint8).astype(np.intp)
        n = len(text)
        if not n:
            return None
        moves, rows = self._moves, self._rows
        states = np.zeros(n, dtype=np.intp)
        # Step k moves every position i >= DEFINITE-1-k by byte i-(DEFINITE-1-k): after all
        # steps, position i has read bytes max(0, i-DEFINITE+1)..i from the start state. The
        # first step starts every position from state 0: its row is one number.
        if n >= DEFINITE:
            states[DEFINITE - 1 :] = moves[text[: n - DEFINITE + 1] + rows[0]]
        for k in range(1, DEFINITE):
            low = DEFINITE - 1 - k
            if low < n:
                states[low:] = moves[rows[states[low:]] + text[: n - low]]
        features = self._outputs[states]
        features = features[features >= 0]
        visited = len(features)
        if not visited:
            return None
        # Each feature's first visit is the least position it is met at: ``minimum.at`` into a
        # table over all features (kept per thread, every entry at ``_UNSEEN`` between texts,
        # even after a failure) gives it without sorting, whatever order the updates run in.
        first_of = self._first_visits()
        positions = np.arange(visited)
        try:
            np.minimum.at(first_of, features, positions)
            first = first_of[features]
        finally:
            first_of[features] = _UNSEEN
        is_first = first == positions
        # The features in order of first visit, and each position's feature's rank among them.
        rank = np.cumsum(is_first) - 1
        counts = np.bincount(rank[first]).astype(np.float32)
        return features[is_first], counts

    def _first_visits(self) -> Any:
        """This thread's table of first visits by feature, all ``_UNSEEN``: one int per feature
        of the model (100,053 for the bundled one: 0.8 MB per thread that has identified a
        text, freed with the thread)."""
        table = getattr(_THREAD, "first", None)
        if table is None or len(table) < len(self._table):
            table = _THREAD.first = np.full(len(self._table), _UNSEEN, dtype=np.intp)
        return table

    def compact(self) -> None:
        """Hold the DFA's output and row tables as arrays only (py3langid's lists of Python
        ints, about 8 MB, are let go): after :meth:`vectorise`, once its walk is checked."""
        self.tk_output = self._outputs  # type: ignore[misc]
        self._rowbase = self._rows  # type: ignore[misc]

    def _raw_score(self, text: bytes) -> Any:
        found = self.visits(text)
        if found is None:
            # py3langid's featureless floor: its walk over ``text`` visits no feature either,
            # so it is that of the empty text (no walk again).
            return super()._raw_score(b"")
        features, counts = found
        # ``take`` gathers whole rows (a fifth faster than indexing); the same rows, same product.
        return np.log1p(counts) @ np.take(self._table, features, axis=0) + self.nb_pc


def _same_walk(identifier: FastIdentifier) -> bool:
    """Whether the vectorised walk visits what py3langid's walk visits, on every prefix of a
    multi-script sample (short texts included)."""
    data = identifier._encode(_SELF_CHECK)
    for end in (*range(0, 12), len(data) // 2, len(data)):
        expected = visit_counts(
            identifier.tk_nextmove, identifier._rowbase, identifier.tk_output, data[:end]
        )
        found = identifier.visits(data[:end])
        visited = (
            [] if found is None else list(zip(found[0].tolist(), found[1].tolist(), strict=True))
        )
        if visited != list((expected or Counter()).items()):
            return False
    return True


def _read_model(path: Path) -> tuple[Any, ...]:
    """py3langid's ``load_model`` (its arguments to :class:`LanguageIdentifier`) without its
    temporary file: the archive (68 MB) is decompressed and read in memory. Decompressing is
    most of what is left (about 0.5 s)."""
    from py3langid.modelio import _to_array  # private: an ImportError falls back

    with path.open("rb") as handle:
        arrays = _npz_arrays(lzma.decompress(handle.read()))
    missing = {"ptc", "pc", "classes", "nextmove", "nextmove_row", "out_feat"} - set(arrays)
    if missing:
        raise ValueError(f"{path}: no {sorted(missing)}")
    return (
        arrays["ptc"],
        arrays["pc"],
        arrays["classes"].tolist(),
        _to_array(arrays["nextmove"]),
        _to_array(arrays["nextmove_row"]),
        arrays["out_feat"].tolist(),
    )


def _npz_arrays(data: bytes) -> dict[str, Any]:
    """The arrays of the ``.npz`` archive in ``data`` (NumPy's reader, in memory: no
    temporary file as py3langid's ``load_model`` writes)."""
    with np.load(io.BytesIO(data), allow_pickle=False) as archive:
        return {name: archive[name] for name in archive.files}


def _from_model_file() -> FastIdentifier:
    """The bundled model as :class:`FastIdentifier`, read by :func:`_read_model`, or by
    py3langid's own reader when the file is not the archive that function knows."""
    try:
        from py3langid.langid import MODEL_DIR

        ptc, pc, classes, nextmove, row, output = _read_model(Path(MODEL_DIR, MODEL_FILE))
    except (
        ImportError,
        OSError,
        ValueError,
        TypeError,
        AttributeError,
        EOFError,
        zipfile.BadZipFile,
        lzma.LZMAError,
    ):
        return FastIdentifier.from_model_file(MODEL_FILE)
    return FastIdentifier(np.asarray(ptc), np.asarray(pc), classes, nextmove, output, tk_row=row)


def load(keep: Callable[[str], bool] | None = None) -> Any:
    """The bundled model restricted to the labels ``keep`` accepts (all by default),
    vectorised when the self-check passes, else py3langid's own identifier. Read from the
    cache when it holds the arrays, else built and written there (see the module
    documentation)."""
    folder = _cache_folder()
    if folder is not None:
        cached = _cached(folder, keep)
        if cached is not None:
            return cached
    identifier = _from_model_file()
    try:
        classes = list(identifier.nb_classes)
        if keep is not None:
            identifier.set_languages([label for label in identifier.labels if keep(label)])
        identifier.vectorise()
        if _same_walk(identifier):
            identifier.compact()
            if folder is not None:
                return _stored(folder, classes, keep, identifier)
            return identifier
    except (AttributeError, TypeError, ValueError, IndexError):
        pass  # another py3langid: its own code below
    plain = LanguageIdentifier.from_model_file(MODEL_FILE)
    if keep is not None:
        plain.set_languages([label for label in plain.labels if keep(label)])
    return plain


def _cache_folder() -> Path | None:
    """The cache's folder for the installed model (``None`` without a cache folder): named by
    what the arrays depend on besides the restriction."""
    root = array_cache.cache_root()
    if root is None:
        return None
    try:
        import py3langid
        from py3langid.langid import MODEL_DIR

        # The whole file (4.6 MB compressed: about 8 ms), not its time: reinstalling the same
        # model (a new virtual environment) finds the same set instead of adding 90 MB.
        model = Path(MODEL_DIR, MODEL_FILE).read_bytes()
    except (ImportError, OSError):
        return None
    signature = hashlib.sha256()
    for part in (
        f"format {CACHE_FORMAT}",
        f"py3langid {getattr(py3langid, '__version__', '?')}",
        # The arrays are written in this machine's byte order and pointer size.
        f"{sys.byteorder} {np.dtype(np.intp).str}",
    ):
        signature.update(part.encode() + b"\0")
    signature.update(model)
    name = signature.hexdigest()[: array_cache.SIGNATURE_DIGITS]
    folder = root / array_cache.LANGUAGE_MODEL / name
    # Another user's folder is neither read nor written into (a shared NEWSBRIEF_CACHE_DIR).
    return folder if array_cache.trusted(folder, root) else None


def _wanted(classes: list[str], keep: Callable[[str], bool] | None) -> list[str]:
    """The labels ``keep`` accepts among the model's ``classes``, in the model's order."""
    labels = list(dict.fromkeys(classes))
    return labels if keep is None else [label for label in labels if keep(label)]


def _restriction(folder: Path, wanted: list[str]) -> Path:
    """The folder of the arrays restricted to the labels ``wanted``."""
    return folder / hashlib.blake2b("\n".join(wanted).encode(), digest_size=16).hexdigest()


def _cached(folder: Path, keep: Callable[[str], bool] | None) -> FastIdentifier | None:
    """The identifier over the cached arrays, or ``None`` when the cache does not hold them
    (or holds them damaged)."""
    classes = array_cache.read_json(folder / "classes.json")
    if not isinstance(classes, list) or not all(isinstance(label, str) for label in classes):
        return None
    wanted = _wanted(classes, keep)
    found = array_cache.read_arrays(_restriction(folder, wanted), _CACHED)
    if found is None:
        return None
    arrays, record = found
    chosen = set(wanted)
    restricted = [label for label in classes if label in chosen]
    if record.get("format") != CACHE_FORMAT or record.get("classes") != restricted:
        return None
    try:
        return FastIdentifier.from_arrays(restricted, arrays)
    except (ValueError, IndexError, TypeError):
        return None


def _stored(
    folder: Path, classes: list[str], keep: Callable[[str], bool] | None, built: FastIdentifier
) -> FastIdentifier:
    """Write ``built`` (restricted from the model's ``classes`` by ``keep``) to the cache and
    give it back over the written files (memory its pages share with later processes), or as
    built when the cache cannot be written."""
    # Another process (a worker of the same run) may have written the set while this one read
    # the model: then it is used, not written again.
    written = _cached(folder, keep)
    if written is not None:
        return written
    record = {"format": CACHE_FORMAT, "classes": list(built.nb_classes)}
    arrays = {name: getattr(built, attribute) for name, attribute in _CACHED.items()}
    try:
        array_cache.write_arrays(_restriction(folder, _wanted(classes, keep)), arrays, record)
        array_cache.write_json(folder / "classes.json", classes)
    except OSError:
        return built
    return _cached(folder, keep) or built
