"""ROUGE-N and ROUGE-SU scores equal to the official ROUGE-1.5.5 Perl script's.

py-rouge (module ``rouge``) supplies the parts that need data: the Porter stemmer and the
WordNet exception table ROUGE-1.5.5 consults before stemming (``-m``). Its default tokenizer
calls ``nltk.word_tokenize``, which needs NLTK's downloadable ``punkt`` data and also splits
words the Perl script keeps whole (``gonna``, ``cannot``), so tokenization, length cutting
and the multi-reference formulas are re-done here exactly as ``ROUGE-1.5.5.pl`` does them:

* ``readText``: lower-case ASCII letters, cut the peer to its first ``-l`` words
  (whitespace-separated, counted sentence by sentence), replace everything but
  ``[A-Za-z0-9-]`` by spaces; ``createNGram`` then drops tokens not starting with
  ``[a-z0-9$]``, which leaves exactly the runs of ``[a-z0-9]``;
* ``-m``: tokens longer than three characters go through the exception table, else Porter;
* ``-f A`` (model average): hits and counts are summed over the references, then divided;
  ``-f B``: the reference giving the best recall;
* ``-2 4 -u``: skip-bigrams with at most 4 words between them, plus unigrams (SU4);
* ``-t 0``: a corpus score is the mean of the per-summary scores.

ROUGE-1.5.5 itself stopped jackknifing in 1.4; ``jackknife=True`` does it the way DUC/TAC
evaluation scripts did around it (mean of the scores against each set of M-1 references).

The Perl script keeps only ASCII letters and digits, so it scores nothing in Arabic, Hindi or
Chinese. ``tokens="unicode"`` scores any language with newsbrief's own words
(:func:`newsbrief.nlp.tokens.words`: runs of letters, marks and numbers, one word per Han or
Kana character), case-folded, and cuts peers to ``-l`` of those words: the same words the
summarizers' budgets count.
"""

from __future__ import annotations

import re
import sys
import types
import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Literal, Protocol

import attrs

from newsbrief.nlp.tokens import words

# What ROUGE-1.5.5 keeps after ``s/[^A-Za-z0-9\-]/ /g`` and its ``/^[a-z0-9\$]/`` token filter.
_TOKEN = re.compile(r"[a-z0-9]+")
# Perl's ``\s`` on bytes: only ASCII whitespace separates words for ``-l``.
_PERL_SPACE = re.compile(r"[ \t\n\r\f\v]+")
# ``tr/A-Z/a-z/``: ASCII only (Python's ``lower()`` would map e.g. the Kelvin sign to ``k``).
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

Gram = tuple[str, ...]


def _resource_filename(package: str, name: str) -> str:
    return str(resources.files(package) / name)


class _PyRouge(Protocol):
    """What is used of py-rouge's ``Rouge`` class (py-rouge ships no type hints)."""

    @staticmethod
    def stem_tokens(tokens: list[str]) -> None:
        """Stem ``tokens`` in place."""


def _load_py_rouge() -> type[_PyRouge]:
    """Import py-rouge's ``Rouge`` class with its stemmer tables loaded, without NLTK data."""
    with warnings.catch_warnings():
        # setuptools 81 warns that pkg_resources is deprecated; the project runs with
        # warnings as errors, and the warning is py-rouge's business, not ours.
        warnings.simplefilter("ignore")
        try:
            import pkg_resources  # noqa: F401  (py-rouge imports it at module level)
        except ImportError:
            # setuptools >= 82 drops pkg_resources; py-rouge only calls resource_filename.
            shim = types.ModuleType("pkg_resources")
            shim.resource_filename = _resource_filename  # type: ignore[attr-defined]
            sys.modules["pkg_resources"] = shim
        try:
            from rouge import Rouge
        except ImportError as error:
            raise ImportError(
                "ROUGE stemming needs py-rouge: pip install 'newsbrief[bench]'"
            ) from error
    if not hasattr(Rouge, "WORDNET_KEY_VALUE"):
        # The unrelated PyPI package "rouge" also installs a module named rouge.
        raise ImportError("the installed 'rouge' module is not py-rouge: pip install py-rouge")
    if not Rouge.WORDNET_KEY_VALUE:
        Rouge.load_wordnet_db(ensure_compatibility=True)
    if Rouge.STEMMER is None:
        # nltk's Porter stemmer is pure Python: no nltk.download() needed.
        Rouge.load_stemmer(ensure_compatibility=True)
    return Rouge


@attrs.frozen
class RougeSettings:
    """The ROUGE-1.5.5 options that matter for ROUGE-N/SU (stopwords are always kept)."""

    #: ``-n``: longest n-gram (ROUGE-1 ... ROUGE-N are all computed).
    max_n: int = 2
    #: ``-m``: Porter stemming with ROUGE's WordNet exception table.
    stem: bool = True
    #: ``-l``: cut each peer summary to its first N words; ``None`` for no cut.
    length_limit: int | None = None
    #: ``-2 G -u``: ROUGE-SU with gaps up to G; ``None`` to skip ROUGE-SU.
    skip_gap: int | None = 4
    #: ``-f``: ``A`` averages over the references, ``B`` keeps the best one.
    scoring: Literal["A", "B"] = "A"
    #: ``-p``: F = P*R / ((1-alpha)*P + alpha*R).
    alpha: float = 0.5
    #: Average the scores against every set of M-1 references (for M > 1).
    jackknife: bool = False
    #: Round each summary's R and P to 5 decimals before deriving F, as the Perl script's
    #: ``sprintf("%07.5f")`` does (its per-summary figures are then reproduced digit for digit).
    perl_rounding: bool = True
    #: ``perl``: ROUGE-1.5.5's ASCII tokens; ``unicode``: newsbrief's words in every script.
    tokens: Literal["perl", "unicode"] = "perl"

    @property
    def metrics(self) -> tuple[str, ...]:
        """Metric names, in order: ``ROUGE-1`` ... ``ROUGE-N`` then ``ROUGE-SU4``."""
        names = tuple(f"ROUGE-{n}" for n in range(1, self.max_n + 1))
        return (*names, f"ROUGE-SU{self.skip_gap}") if self.skip_gap is not None else names

    def flags(self) -> str:
        """The equivalent ROUGE-1.5.5 command-line flags."""
        parts = [f"-n {self.max_n}"]
        if self.stem:
            parts.append("-m")
        if self.skip_gap is not None:
            parts.append(f"-2 {self.skip_gap} -u")
        if self.length_limit:
            parts.append(f"-l {self.length_limit}")
        parts.append(f"-f {self.scoring} -p {self.alpha} -t 0")
        if self.tokens == "unicode":
            parts.append("(Unicode words)")
        return " ".join(parts)

    def describe(self) -> str:
        """One line stating every setting, to print beside each figure."""
        cut = f"peers cut to {self.length_limit} words" if self.length_limit else "no length cut"
        refs = "average over references" if self.scoring == "A" else "best reference"
        return (
            f"ROUGE-1.5.5 equivalent `{self.flags()}`: recall/F, "
            f"{'stemming on' if self.stem else 'no stemming'}, stopwords kept, {cut}, "
            f"{refs}{', jackknifed' if self.jackknife else ''}"
        )


@attrs.frozen
class Score:
    """Recall, precision and F of one metric."""

    recall: float
    precision: float
    f: float


def _f_score(recall: float, precision: float, alpha: float) -> float:
    if recall == 0 or precision == 0:
        return 0.0
    return precision * recall / ((1 - alpha) * precision + alpha * recall)


def _perl_round(value: float) -> float:
    # Perl's sprintf and Python's format both round the exact binary value: same digits.
    return float(f"{value:.5f}")


def cut_words(text: str, limit: int | None) -> str:
    """The first ``limit`` words of ``text`` as ROUGE ``-l`` counts them (one sentence per line)."""
    lines = [line for line in text.split("\n") if line]
    if not limit:
        return " ".join(lines)
    kept: list[str] = []
    count = 0
    for line in lines:
        words = [word for word in _PERL_SPACE.split(line) if word]
        if count + len(words) < limit:
            kept.extend(words)
            count += len(words)
        else:
            kept.extend(words[: limit - count])
            break
    return " ".join(kept)


def ngrams(tokens: Sequence[str], n: int) -> Counter[Gram]:
    """Contiguous n-grams with their counts (``createNGram``)."""
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def skip_bigrams(tokens: Sequence[str], gap: int) -> Counter[Gram]:
    """Skip-bigrams with at most ``gap`` words between, plus unigrams (``createSkipBigram -u``).

    Like the Perl loop (``$i < $#m_tokens``), the last token adds no unigram of its own.
    """
    grams: Counter[Gram] = Counter()
    for i in range(len(tokens) - 1):
        grams[(tokens[i],)] += 1
        for j in range(i + 1, min(len(tokens), i + gap + 2)):
            grams[(tokens[i], tokens[j])] += 1
    return grams


class RougeScorer:
    """Scores summaries against references with the given :class:`RougeSettings`."""

    def __init__(self, settings: RougeSettings | None = None) -> None:
        self.settings = settings or RougeSettings()
        self._rouge = _load_py_rouge() if self.settings.stem else None

    def tokens(self, text: str, *, peer: bool = False) -> list[str]:
        """ROUGE's tokens of ``text``: cut (peers only), lower-cased, split, maybe stemmed."""
        limit = self.settings.length_limit if peer else None
        if self.settings.tokens == "unicode":
            tokens = [word.casefold() for word in words(text)][:limit]
        else:
            tokens = _TOKEN.findall(cut_words(text.translate(_ASCII_LOWER), limit))
        if self._rouge is not None:
            self._rouge.stem_tokens(tokens)  # in place; only tokens longer than 3 characters
        return tokens

    def _grams(self, tokens: list[str]) -> dict[str, Counter[Gram]]:
        grams = {f"ROUGE-{n}": ngrams(tokens, n) for n in range(1, self.settings.max_n + 1)}
        if self.settings.skip_gap is not None:
            grams[f"ROUGE-SU{self.settings.skip_gap}"] = skip_bigrams(
                tokens, self.settings.skip_gap
            )
        return grams

    def _combine(self, peer: Counter[Gram], models: Sequence[Counter[Gram]]) -> Score:
        """One metric against several references, by the ``-f`` formula."""
        peer_count = sum(peer.values())
        pairs = [(sum((peer & model).values()), sum(model.values())) for model in models]
        if self.settings.scoring == "A":
            hits = sum(hit for hit, _ in pairs)
            total = sum(count for _, count in pairs)
            recall = hits / total if total else 0.0
            precision = hits / (peer_count * len(models)) if peer_count else 0.0
            return self._score(recall, precision)
        best: Score | None = None
        for hit, count in pairs:
            score = self._score(
                hit / count if count else 0.0, hit / peer_count if peer_count else 0.0
            )
            if best is None or score.recall > best.recall:
                best = score
        assert best is not None
        return best

    def _score(self, recall: float, precision: float) -> Score:
        if not self.settings.perl_rounding:
            return Score(recall, precision, _f_score(recall, precision, self.settings.alpha))
        recall, precision = _perl_round(recall), _perl_round(precision)
        return Score(
            recall, precision, _perl_round(_f_score(recall, precision, self.settings.alpha))
        )

    def score(self, summary: str, references: Sequence[str]) -> dict[str, Score]:
        """Every metric of one summary against its references."""
        if not references:
            raise ValueError("at least one reference summary is needed")
        peer = self._grams(self.tokens(summary, peer=True))
        models = [self._grams(self.tokens(reference)) for reference in references]
        subsets = [models]
        if self.settings.jackknife and len(models) > 1:
            subsets = [models[:i] + models[i + 1 :] for i in range(len(models))]
        result = {}
        for metric in self.settings.metrics:
            scores = [self._combine(peer[metric], [m[metric] for m in ms]) for ms in subsets]
            result[metric] = mean_score(scores)
        return result

    def score_corpus(self, pairs: Iterable[tuple[str, Sequence[str]]]) -> dict[str, Score]:
        """The mean over summaries of each metric (``-t 0``)."""
        per_summary = [self.score(summary, references) for summary, references in pairs]
        if not per_summary:
            raise ValueError("nothing to score")
        return {m: mean_score([s[m] for s in per_summary]) for m in self.settings.metrics}


def mean_score(scores: Sequence[Score]) -> Score:
    """The component-wise mean of several scores."""
    count = len(scores)
    return Score(
        sum(s.recall for s in scores) / count,
        sum(s.precision for s in scores) / count,
        sum(s.f for s in scores) / count,
    )
