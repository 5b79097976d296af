"""Salience: how much a sentence is worth, before redundancy is considered.

Three signals, all strong on news:

* **concepts** (ICSISumm; Gillick & Favre 2009): stemmed bigrams weighted by how many distinct
  sources mention them. Facts several outlets report are the facts a summary needs.
* **centrality**: cosine of the sentence's TF-IDF vector with the centroid of all sentences.
* **position**: journalists write the most important facts first (lead bias).

plus a *quality* factor that demotes sentences that read badly out of context: fragments,
questions, openings with an unresolved pronoun or connective, opinion, and very long sentences.
"""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp

from newsbrief.summarizers.multidoc.vectors import Candidates, source_frequency

#: Sentences shorter than this many words are fragments.
MIN_WORDS = 6
#: Sentences longer than this many words read badly in a briefing.
MAX_WORDS = 50
#: Quality factor below which a sentence is never chosen (while any better one is left): a
#: question, a fragment or a dangling half-quotation fills a budget's last words badly.
MIN_QUALITY = 0.45

# First words that point back to something the reader of a briefing has not seen.
_UNRESOLVED = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "him",
        "them",
        "also",
        "but",
        "and",
        "or",
        "so",
        "however",
        "meanwhile",
        "instead",
        "still",
        "yet",
        "then",
        "there",
        "such",
        "moreover",
        "furthermore",
        "additionally",
        "nevertheless",
        "nonetheless",
        "therefore",
        "thus",
        "hence",
        "besides",
        "otherwise",
        "likewise",
        "similarly",
        "consequently",
    ]
)
_OPINION = re.compile(
    r"\b(?:I think|I believe|in my (?:opinion|view)|we believe|I feel|arguably|"
    r"it seems to me|let's|let us)\b",
    re.IGNORECASE,
)
_FIRST_WORDS = re.compile(r"[\W_]*(\w+)(?:[\s,]+(\w+))?")
# Adverbs that, followed by a pronoun, open a sentence continuing one the reader has not seen
# ("Now it wants its money back.").
_CONTINUING_ADVERBS = frozenset(
    ["now", "today", "later", "afterwards", "afterward", "soon", "again"]
)
_PRONOUNS = frozenset(["he", "she", "they", "it", "this", "that", "these", "those"])
# "The official said...": a role noun with the definite article refers back to someone the
# sentence does not name, so it reads as a continuation too.
_ANAPHORIC_ROLES = frozenset(
    [
        "official",
        "officials",
        "source",
        "sources",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "diplomat",
        "lawmaker",
        "analyst",
    ]
)
_OPENING_QUOTES = re.compile(r"[“«„]")
_CLOSING_QUOTES = re.compile(r"[”»]")
_ENDS_SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")


def quality(candidates: Candidates) -> np.ndarray:
    """A factor in (0, 1] per sentence: 1 for a clean, self-contained statement."""
    factors = np.ones(len(candidates))
    for i, sentence in enumerate(candidates.sentences):
        text = sentence.text.strip()
        length = int(candidates.length[i])
        factor = 1.0
        if length < MIN_WORDS:
            factor *= 0.2
        elif length > MAX_WORDS:
            factor *= MAX_WORDS / length
        if text.rstrip("\"'”’»)]").endswith("?"):
            factor *= 0.4
        elif not _ENDS_SENTENCE.search(text):
            factor *= 0.5  # headlines, datelines, list items: no full stop
        if _unresolved_opening(text):
            factor *= 0.6
        if _OPINION.search(text):
            factor *= 0.7
        if _unbalanced_quotes(text):
            factor *= 0.5  # part of a quotation that spans sentences: half a thought
        factors[i] = factor
    return factors


def _unresolved_opening(text: str) -> bool:
    """Whether ``text`` opens with a pronoun or connective pointing to an unseen sentence."""
    found = _FIRST_WORDS.match(text)
    if not found:
        return False
    first, second = found.group(1).lower(), (found.group(2) or "").lower()
    if first in _UNRESOLVED:
        return True
    if first == "the" and second in _ANAPHORIC_ROLES:
        return True
    return first in _CONTINUING_ADVERBS and second in _PRONOUNS


def _unbalanced_quotes(text: str) -> bool:
    """Whether a quotation opens or closes in ``text`` without the other end."""
    if text.count('"') % 2:
        return True
    return len(_OPENING_QUOTES.findall(text)) != len(_CLOSING_QUOTES.findall(text))


def position_prior(candidates: Candidates) -> np.ndarray:
    """1 for a section's first sentence, decaying smoothly with position (lead bias)."""
    return 1.0 / np.sqrt(1.0 + candidates.position / 2.0)


#: Sentences of a section counted as its lead.
LEAD_SENTENCES = 3
#: A source mentioning a concept in its lead counts ``1 + LEAD_BOOST`` times.
LEAD_BOOST = 1.0


def concept_weights(candidates: Candidates, representative: np.ndarray) -> np.ndarray:
    """Weight of each concept: the number of distinct sources that mention it.

    Each source mentioning the concept in its lead (first three sentences of a section) counts
    ``1 + LEAD_BOOST`` instead of 1: what outlets put first is what they think matters.

    With three or more sources, concepts only one source mentions are dropped (weight 0): they
    are that article's detail, not the story. With fewer sources there is no agreement to count,
    so a concept's weight is the number of distinct sentences (copies once) that mention it, and
    concepts mentioned once are dropped when enough others remain.
    """
    n_sources = int(candidates.source.max()) + 1 if len(candidates) else 0
    concepts = candidates.concepts
    if n_sources >= 3:
        weights = source_frequency(concepts, candidates.source)
    else:
        weights = np.asarray(concepts[representative].sum(axis=0)).ravel()
    kept = weights >= 2
    if kept.sum() >= 5:
        weights = np.where(kept, weights, 0.0)
    lead = candidates.position < LEAD_SENTENCES
    lead_frequency = source_frequency(concepts[lead], candidates.source[lead])
    return weights.astype(float) * (1 + LEAD_BOOST * lead_frequency / np.maximum(weights, 1))


def centrality(tfidf: sp.csr_matrix) -> np.ndarray:
    """Cosine of each (unit) TF-IDF row with the centroid of all rows."""
    if tfidf.shape[0] == 0:
        return np.zeros(0)
    centroid = np.asarray(tfidf.sum(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    if norm == 0:
        return np.zeros(tfidf.shape[0])
    return np.asarray(tfidf @ (centroid / norm)).ravel()
