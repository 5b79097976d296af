"""The timeline: the run's key dates, each told by one verbatim sentence.

This is the *date-wise* method of news-tls (Gholipour Ghalandari & Ifrim, "Examining the
State-of-the-Art in News Timeline Summarization", ACL 2020), which beat heavier methods there:

1. Candidate dates are the resolved date annotations of the articles' bodies (not of removed
   spans such as date lines, and not vague ranges such as ``in recent months``).
2. A date is ranked by how many distinct sources (article sections) mention it (a sentence
   copied verbatim from one article into another counts once), scaled by its
   granularity (a day outranks a month, a month a year: a coarse date says less about *when*),
   then by how many times it is mentioned.
3. For each of the best dates, one sentence mentioning it is chosen for salience: the one most
   central to the run (cosine of its content words with those of all other sentences), never a
   sentence the summary already shows (nor a copy of one, :data:`COPY_OVERLAP`) and never one
   already used for another date, never a question; a copy that reads alone beats one that
   opens by pointing back ("And during that same month, ..."), whichever outlet printed it.
4. The entries are listed chronologically; dates the articles expect rather than report are
   flagged ``anticipated``.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, NamedTuple

from newsbrief.annotators.dates.values import span_interval
from newsbrief.languages import language as language_of
from newsbrief.languages import on_reload
from newsbrief.model import Annotation, AnnotationKind, Document, SummaryItem, TimelineEntry
from newsbrief.model.sentence import Sentence
from newsbrief.nlp.languages import normalize_language, resources
from newsbrief.nlp.tokens import cased_alike, term_of, terms
from newsbrief.sections.reading import content_terms, most_similar, reads_alone

if TYPE_CHECKING:
    from newsbrief.nlp.analysis import Analysis

#: How much a mention counts by granularity: finer dates tell more about when.
GRANULARITY_WEIGHT: dict[str, float] = {
    "day": 1.0,
    "week": 0.8,
    "part_of_month": 0.7,
    "month": 0.6,
    "season": 0.45,
    "range": 0.4,
    "year": 0.3,
}
#: Weight of a granularity not in the table (a plugin's own).
DEFAULT_WEIGHT = 0.3


class _Mention(NamedTuple):
    # A named tuple, not an attrs class: one is made for every dated sentence of the run.
    document: Document
    annotation: Annotation
    sentence: Sentence
    order: tuple[int, int]  # (document index, offset): ties go to the first mention
    #: The sentence's words, casefolded and single-spaced (one string per sentence, shared by its
    #: mentions: normalising the sentence per mention made a long sentence of dates quadratic).
    words: str


def build_timeline(
    documents: Sequence[Document],
    summary: Sequence[SummaryItem],
    *,
    limit: int = 12,
    analyses: Mapping[str, Analysis] | None = None,
    totals: Counter[str] | None = None,
) -> tuple[TimelineEntry, ...]:
    """At most ``limit`` dated entries, ranked by sources and sorted chronologically.

    ``documents`` must be segmented and carry date annotations (the ``dates`` annotator);
    ``summary`` sentences are not repeated. ``analyses`` (``{doc_id: Analysis}``, the run's
    shared analyses) spare reading the words of the documents they fit again; ``totals``, the
    :func:`run_terms` of ``documents`` counted ahead, spare reading them at all.
    """
    if limit <= 0:
        return ()
    by_date: dict[tuple[str, str, str | None], list[_Mention]] = defaultdict(list)
    candidate: dict[int, bool] = {}
    for index, document in enumerate(documents):
        for mention in _body_mentions(document, index, candidate):
            attributes = mention.annotation.attributes
            key = (attributes["value"], attributes["granularity"], attributes.get("end_value"))
            by_date[key].append(mention)
    if not by_date:
        return ()
    salience = _Salience(documents, analyses, totals=totals)
    shown = {item.sentence.key for item in summary}
    copies = _Copies(by_date.values(), summary, salience)
    used: set[tuple[str, int, int]] = set()
    entries = []

    def excluded(mention: _Mention) -> bool:
        key = mention.sentence.key
        return key in shown or key in used or copies(mention)

    for key, mentions in sorted(by_date.items(), key=lambda item: _rank(*item)):
        choice = _best_sentence(mentions, excluded, salience)
        if choice is None:
            continue
        used.add(choice.sentence.key)
        entries.append(_entry(key, mentions, choice))
        if len(entries) == limit:
            break
    return tuple(sorted(entries, key=_chronological))


def body_date_sentences(document: Document) -> Iterator[tuple[Sentence, Annotation]]:
    """Each body sentence of ``document`` with a date its main clause reports (the timeline's
    candidates: resolved, not vague, not in a removed span, not a framing ``since 1997``)."""
    for mention in _body_mentions(document, 0):
        yield mention.sentence, mention.annotation


def centrality(documents: Sequence[Document]) -> Callable[[Document, Sentence], float]:
    """How central a sentence of ``documents`` is to them all (the timeline's salience)."""
    return _Salience(documents)


#: Binary term cosine at which a sentence repeats a summary sentence's content (another outlet's
#: copy, or the same article quoting itself): the timeline does not tell it a second time.
COPY_OVERLAP = 0.7


class _Copies:
    """Whether a candidate sentence repeats a summary sentence's content, decided on first need:
    only the mentions of the dates the timeline reaches are read (working out every candidate
    ahead was most of the timeline's time on a large run)."""

    def __init__(
        self,
        groups: Iterable[Sequence[_Mention]],
        summary: Sequence[SummaryItem],
        salience: _Salience,
    ) -> None:
        # A summary sentence's words are read in its document's language when that document
        # has a dated mention, else in the default one.
        languages = {m.sentence.doc_id: m.document.language for ms in groups for m in ms}
        self._said = [
            content_terms(item.sentence.text, languages.get(item.sentence.doc_id))
            for item in summary
        ]
        self._known: dict[tuple[str, int, int], bool] = {}
        # A candidate's words are those its salience reads: worked out once for both.
        self._salience = salience

    def __call__(self, mention: _Mention) -> bool:
        if not self._said:
            return False
        key = mention.sentence.key
        found = self._known.get(key)
        if found is None:
            # ``content_terms`` of the sentence: the set of its terms.
            own = frozenset(self._salience.terms_of(mention.document, mention.sentence))
            found = self._known[key] = most_similar(own, self._said) >= COPY_OVERLAP
        return found


def _body_mentions(
    document: Document, index: int, candidate: dict[int, bool] | None = None
) -> Iterable[_Mention]:
    """The timeline's mentions of ``document`` (number ``index``); ``candidate``: whether each
    attribute map makes a candidate, by the map's id, shared by the calls of one timeline
    (annotators share equal maps, ``model.frozen.frozen_map``, and each stays alive with its
    document)."""
    starts = list(map(_START, document.sentences))
    by_sentence: dict[int, list[_Mention]] = defaultdict(list)
    words: dict[int, str] = {}
    known = candidate if candidate is not None else {}
    for annotation in document.annotations_of(AnnotationKind.DATE):
        attributes = annotation.attributes
        kept = known.get(id(attributes))
        if kept is None:
            kept = known[id(attributes)] = bool(
                attributes.get("value")
                and not attributes.get("set_aside")
                and not attributes.get("vague")
            )
        if not kept:
            continue
        position = bisect.bisect_right(starts, annotation.start) - 1
        if position < 0:
            continue
        sentence = document.sentences[position]
        if annotation.start < sentence.end:
            if position not in words:
                words[position] = " ".join(sentence.text.split()).casefold()
            order = (index, annotation.start)
            mention = _Mention(document, annotation, sentence, order, words[position])
            by_sentence[position].append(mention)
    for mentions in by_sentence.values():
        if len(mentions) == 1:
            # Its only date, framing or not (the test below keeps all when none is main).
            yield from mentions
            continue
        # A sentence is dated by the event its main clause reports: ``since 1997`` or ``after
        # last week's strike`` beside another date only frames it.
        main = [m for m in mentions if not _subordinate(document.text, m)]
        yield from main or mentions


#: Characters before a date searched for its clause's opening words.
_LOOK_BACK = 400


@functools.cache
def framing_words(code: str | None) -> frozenset[str]:
    """Words that make a date frame the event rather than date it, in language ``code``
    (``since 1997``, ``seit 2014``, ``після виборів``: ``[calendar] framing_words`` of its data
    file; English's where no language is known, as the run's stemmer and stop words are)."""
    return language_of(normalize_language(code)).words("calendar", "framing_words")


@functools.cache
def _framing_only_before(code: str | None) -> frozenset[str]:
    """Framing words of language ``code`` that frame only the date right after them
    (``[calendar] framing_prepositions``): each is as often ``with``, ``to`` or ``from``, as
    Ukrainian ``з`` in ``з 2014 року`` (since 2014) and ``зустрівся з Байденом у понеділок``
    (met with Biden on Monday)."""
    return language_of(normalize_language(code)).words("calendar", "framing_prepositions")


on_reload(framing_words.cache_clear)
on_reload(_framing_only_before.cache_clear)


def _subordinate(text: str, mention: _Mention) -> bool:
    """Whether the clause around ``mention`` (from the last comma) opens with a framing word."""
    # Only the last few words count: a bounded look-back keeps a long sentence of many dates
    # linear (copying it up to each mention was quadratic).
    end = mention.annotation.start
    low = max(mention.sentence.start, end - _LOOK_BACK)
    clause = text[low:end]
    cut = max(clause.rfind(","), clause.rfind(";"))
    words = clause[cut + 1 :].lower().split()
    inside_word = not (text[low - 1].isspace() or text[low].isspace())
    if cut < 0 and low > mention.sentence.start and inside_word:
        words = words[1:]  # the look-back began inside a word
    code = mention.document.language
    framing, only_before = framing_words(code), _framing_only_before(code)
    last = words[-4:]
    return any(
        word in framing and (word not in only_before or at == len(last) - 1)
        for at, word in enumerate(w.strip("\"'“”()«»„") for w in last)
    )


def _sources(mentions: Sequence[_Mention]) -> int:
    # A sentence pasted verbatim into a second article (a syndicated copy) is one report, not two.
    first_source: dict[str, tuple[str, int]] = {}
    for mention in mentions:
        first_source.setdefault(mention.words, (mention.document.id, mention.sentence.section))
    return len(set(first_source.values()))


def _rank(
    key: tuple[str, str, str | None], mentions: Sequence[_Mention]
) -> tuple[float, int, tuple[int, int]]:
    weight = GRANULARITY_WEIGHT.get(key[1], DEFAULT_WEIGHT)
    first = min(m.order for m in mentions)
    return (-_sources(mentions) * weight, -len(mentions), first)


def _best_sentence(
    mentions: Sequence[_Mention], excluded: Callable[[_Mention], bool], salience: _Salience
) -> _Mention | None:
    # A question ("So my question is, what's the problem?") reports no event.
    candidates = [
        m for m in mentions if not m.sentence.text.rstrip().endswith("?") and not excluded(m)
    ]
    if not candidates:
        return None
    # A copy that reads alone beats one that points back ("And during that same month, ...").
    return max(
        candidates,
        key=lambda m: (
            salience.reads_alone(m.document, m.sentence),
            salience(m.document, m.sentence),
            [-x for x in m.order],
        ),
    )


def _entry(
    key: tuple[str, str, str | None], mentions: Sequence[_Mention], choice: _Mention
) -> TimelineEntry:
    value, granularity, _ = key
    status = choice.annotation.attributes.get("status")
    sentence = choice.sentence
    return TimelineEntry(
        date=value,
        granularity=granularity,
        text=sentence.text,
        doc_id=sentence.doc_id,
        start=sentence.start,
        end=sentence.end,
        status="anticipated" if status == "anticipated" else "past",
        sources=_sources(mentions),
    )


def _chronological(entry: TimelineEntry) -> tuple[object, ...]:
    extent = span_interval(entry.date)
    if extent is None:
        return (1, entry.date, entry.date, entry.doc_id, entry.start)
    return (0, extent[0], extent[1], entry.doc_id, entry.start)


class _Salience:
    """How central a sentence is: its content terms against all the other sentences' (cosine)."""

    def __init__(
        self,
        documents: Sequence[Document],
        analyses: Mapping[str, Analysis] | None = None,
        *,
        totals: Counter[str] | None = None,
    ) -> None:
        #: Each scored sentence's terms, worked out on first need (few are scored), and its
        #: score and reading check once worked out (a sentence of several dates is a candidate
        #: of each, and a small run's timeline reaches most of its dates).
        self._terms: dict[tuple[str, int, int], list[str]] = {}
        self._scores: dict[tuple[str, int, int], float] = {}
        self._alone: dict[tuple[str, int, int], bool] = {}
        self._total = totals if totals is not None else run_terms(documents, analyses)
        # The whole run's norm: the same for every sentence, so it only scales the scores.
        self._total_norm = math.sqrt(sum(c * c for c in self._total.values()))

    def terms_of(self, document: Document, sentence: Sentence) -> list[str]:
        """The terms of ``sentence`` (of ``document``), in order."""
        found = self._terms.get(sentence.key)
        if found is None:
            found = self._terms[sentence.key] = terms(sentence.text, document.language)
        return found

    def reads_alone(self, document: Document, sentence: Sentence) -> bool:
        """:func:`~newsbrief.sections.reading.reads_alone` of ``sentence``."""
        found = self._alone.get(sentence.key)
        if found is None:
            found = self._alone[sentence.key] = reads_alone(sentence.text, document.language)
        return found

    def __call__(self, document: Document, sentence: Sentence) -> float:
        score = self._scores.get(sentence.key)
        if score is None:
            score = self._scores[sentence.key] = self._score(document, sentence)
        return score

    def _score(self, document: Document, sentence: Sentence) -> float:
        own = Counter(self.terms_of(document, sentence))
        rest = {term: self._total[term] - count for term, count in own.items()}
        dot = sum(count * rest[term] for term, count in own.items())
        own_norm = math.sqrt(sum(c * c for c in own.values()))
        if not dot or not own_norm:
            return 0.0
        return dot / (own_norm * self._total_norm)


def run_terms(
    documents: Sequence[Document], analyses: Mapping[str, Analysis] | None = None
) -> Counter[str]:
    """The :func:`~newsbrief.nlp.tokens.terms` of every sentence of ``documents``, counted (the
    totals the timeline's salience scores sentences against).

    A document whose shared analysis has the same words (:func:`_same_words`) is read from its
    normalised forms: each distinct form is counted in C, then made a term once, as ``terms``
    makes each word. Any other document is read again, one call for all its sentences
    (sentences joined by a line break have the same words: no word crosses one, and
    lower-casing reads no context across it).
    """
    total: Counter[str] = Counter()
    # Normalised forms by declared language (the language ``terms`` is asked for).
    forms: dict[str | None, Counter[str]] = {}
    for document in documents:
        if not document.sentences:
            continue
        analysis = analyses.get(document.id) if analyses is not None else None
        if analysis is not None and _same_words(document, analysis):
            counts = forms.setdefault(document.language, Counter())
            # Every sentence's forms, the slices chained in C: one count a document.
            bounds = analysis.packed_sentence_tokens.tolist()
            slices = map(slice, bounds[0::2], bounds[1::2])
            counts.update(itertools.chain.from_iterable(map(analysis.norms.__getitem__, slices)))
        else:
            text = "\n".join(sentence.text for sentence in document.sentences)
            total.update(terms(text, document.language))
    for language, counts in forms.items():
        res = resources(language)
        for form, count in counts.items():
            # ``terms``' own reading of a lower-case word (``’`` folded: forms already are).
            stem, content = term_of(res, form)
            if content:
                total[stem] += count
    return total


def _same_words(document: Document, analysis: Analysis) -> bool:
    """Whether ``analysis``' sentence tokens, lower-cased, are the words ``terms`` finds in
    ``document``'s sentences: made for this text, these sentences (none overlapping: the
    analysis reads an overlap once) and this language, and the text lower-cased letter by
    letter (no capital sigma, whose lower case depends on its neighbours, no letter whose
    lower case is longer, such as ``İ``: then the lower-cased text could hold other words)."""
    text = document.text
    if analysis.length != len(text) or analysis.language != resources(document.language).code:
        return False
    bounds = analysis.packed_sentences.tolist()
    starts, ends = bounds[0::2], bounds[1::2]
    sentences = document.sentences
    if starts != list(map(_START, sentences)) or ends != list(map(_END, sentences)):
        return False
    if not all(map(operator.le, ends, starts[1:])):  # each ends before the next starts
        return False
    return cased_alike(text)


_START, _END = operator.attrgetter("start"), operator.attrgetter("end")
