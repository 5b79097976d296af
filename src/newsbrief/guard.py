"""Every call into a plugin's component, guarded once, and its output held to the contract.

The registry hands out a proxy per component (:func:`guarded`), never the component itself, so
the pipeline's callers stay unchanged while every ``sniff``, ``parse``, ``configure``,
``summarize``, ``annotate``, ``prepare`` and ``export`` goes through one place (pytest and
pluggy do the same with ``HookCallError``):

* Any exception the component raises (``SystemExit`` included; only ``KeyboardInterrupt`` still
  stops the run) becomes one line naming the component, its plugin and distribution, the input
  and the reason. Errors a component raises on purpose pass unchanged: a parser's
  :class:`~newsbrief.errors.InputError`, an exporter's or summarizer's
  :class:`~newsbrief.errors.NewsbriefError` (an unknown option), ``configure``'s ``ValueError``.
* Its output is checked against the contract (:func:`check_documents`, :func:`check_summary`,
  :func:`check_annotated`, :func:`check_export`): a violation is a fault naming what is wrong,
  never something exported.

What a fault costs: a parser's fault is a bad input (:class:`~newsbrief.errors.InputError`, the
input skipped and listed); an annotator's is reported through :func:`report_fault` and that
annotator's output left out; a summarizer's or exporter's stops the build with one line, since
there is no briefing without them. ``NEWSBRIEF_TRACE_PLUGINS=1`` traces every call.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import itertools
import math
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsbrief.errors import InputError, NewsbriefError, PluginFault
from newsbrief.model import Document, Metadata, Sentence, SummaryItem
from newsbrief.model.annotations import Annotation

#: Writes one trace line (``NEWSBRIEF_TRACE_PLUGINS=1``).
Tracer = Callable[[str], None]

#: Longest excerpt of a plugin's output quoted in a message.
_EXCERPT = 60


@attrs.frozen
class Origin:
    """Which component a proxy guards and where it came from, for messages."""

    #: ``parser``, ``summarizer``, ``exporter`` or ``annotator``.
    kind: str
    #: The component's registered name.
    name: str
    #: The plugin that registered it (entry-point or module name).
    plugin: str
    #: Its distribution and version (``newsbrief-x 1.0``), when known.
    distribution: str | None = None

    @property
    def component(self) -> str:
        """``parser 'html'``."""
        return f"{self.kind} {self.name!r}"

    @property
    def label(self) -> str:
        """The plugin and its distribution: ``nb_x, newsbrief-x 1.0``."""
        return f"{self.plugin}, {self.distribution}" if self.distribution else self.plugin

    def fault(self, reason: str, input_name: str = "") -> PluginFault:
        """A :class:`PluginFault` of this component."""
        return PluginFault(self.component, self.label, reason, input_name)

    def __str__(self) -> str:
        return f"{self.component} (plugin {self.label})"


class ContractViolation(Exception):
    """Internal: a component's output broke the contract; the message says how."""


def describe(error: BaseException) -> str:
    """``Type: first line of the message``, one line however the message was written."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    text = lines[0] if lines else ""
    if len(text) > 300:
        text = text[:299] + "…"
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def excerpt(text: str) -> str:
    """``text`` quoted, on one line and cut short."""
    flat = " ".join(str(text).split())
    return repr(flat if len(flat) <= _EXCERPT else flat[: _EXCERPT - 1] + "…")


# -- the proxies ---------------------------------------------------------------------------------


class Guarded:
    """A component behind its guard: interface attributes copied, methods guarded.

    Attributes outside the interface are read from the component itself (a plugin may keep
    its own settings there). Proxies pickle as their component plus origin, so they cross
    process boundaries whenever the component does (workers usually look components up by name
    in their own registry instead).
    """

    #: Interface attributes copied from the component when it is registered.
    attributes: tuple[str, ...] = ("description",)

    def __init__(self, component: Any, origin: Origin, tracer: Tracer | None = None) -> None:
        self._component = component
        self._origin = origin
        self._tracer = tracer
        #: The registered name.
        self.name = origin.name
        for attribute in self.attributes:
            setattr(self, attribute, getattr(component, attribute))

    @property  # type: ignore[misc]
    def __class__(self) -> type:
        # isinstance(proxy, TheirClass) holds, as for the bare component (unittest.mock does
        # the same); type(proxy) is still the proxy's class.
        return type(self.__dict__.get("_component", self))

    @property
    def origin(self) -> Origin:
        """The component's kind, name, plugin and distribution."""
        return self._origin

    @property
    def component(self) -> Any:
        """The plugin's own object (unguarded)."""
        return self._component

    @property
    def options(self) -> Any:
        """The component's option spec (:class:`~newsbrief.options.OptionSpec`), or ``None``
        when it declares none: the host checks options through the proxy (see
        :func:`newsbrief.options.spec_of`)."""
        return getattr(self._component, "options", None)

    def __getattr__(self, attribute: str) -> Any:
        # Only called for attributes the proxy lacks; never for private ones, so that
        # unpickling (before __init__ ran) cannot recurse.
        if attribute.startswith("_") or "_component" not in self.__dict__:
            raise AttributeError(attribute)
        return getattr(self._component, attribute)

    def __reduce__(self) -> tuple[Any, ...]:
        # The tracer is a function of this process; the receiving one decides its own.
        return (_unpickled, (self._origin, self._component))

    def __repr__(self) -> str:
        return f"<guarded {self._origin}>"

    def _call(
        self,
        method: str,
        input_name: str,
        args: tuple[Any, ...],
        kwargs: Mapping[str, Any] | None = None,
        *,
        finish: Callable[[Any], Any] | None = None,
        passes: tuple[type[BaseException], ...] = (),
    ) -> Any:
        """``component.method(*args, **kwargs)`` (and ``finish`` of its result), guarded."""
        started = time.perf_counter()
        try:
            result = getattr(self._component, method)(*args, **(kwargs or {}))
            if finish is not None:
                # A generator's errors surface while it is consumed: still the plugin's.
                result = finish(result)
        except KeyboardInterrupt:
            raise
        except passes:
            self._trace(method, input_name, started, "raised (passed on)")
            raise
        except BaseException as error:  # SystemExit too: a plugin may not end the run
            self._trace(method, input_name, started, f"raised {describe(error)}")
            raise self._fault(f"{method}() raised {describe(error)}", input_name) from error
        self._trace(method, input_name, started, _summary(result))
        return result

    def _violation(self, method: str, input_name: str, violation: ContractViolation) -> Exception:
        self._trace(method, input_name, None, f"broke the contract: {violation}")
        return self._fault(f"{method}() broke the contract: {violation}", input_name)

    def _fault(self, reason: str, input_name: str) -> Exception:
        return self._origin.fault(reason, input_name)

    def _trace(self, method: str, input_name: str, started: float | None, outcome: str) -> None:
        if self._tracer is None:
            return
        took = "" if started is None else f" ({(time.perf_counter() - started) * 1000:.1f} ms)"
        self._tracer(f"{self._origin}.{method}({input_name}) -> {outcome}{took}")


class GuardedParser(Guarded):
    """A parser: ``sniff`` and ``parse`` faults make the input a bad input."""

    attributes = ("description", "extensions")

    def sniff(self, raw: Any) -> float:
        """The component's confidence, a number from 0 to 1."""
        score = self._call("sniff", raw.name, (raw,), passes=(InputError,))
        if isinstance(score, bool) or not isinstance(score, int | float) or math.isnan(score):
            raise self._violation(
                "sniff", raw.name, ContractViolation(f"returned {score!r}, not a number")
            )
        return min(1.0, max(0.0, float(score)))

    def parse(self, raw: Any) -> list[Document | InputError]:
        """Documents and problems of ``raw``, checked (see :func:`check_documents`)."""
        results = self._call("parse", raw.name, (raw,), finish=list, passes=(InputError,))
        try:
            check_documents(results)
        except ContractViolation as violation:
            raise self._violation("parse", raw.name, violation) from None
        return results

    def configure(self, options: Mapping[str, str]) -> GuardedParser:
        """A configured copy, guarded too (``ValueError`` names a bad option, as documented)."""
        if not callable(getattr(self._component, "configure", None)):
            raise ValueError(f"the {self.name} parser takes no options")
        copy = self._call("configure", "options", (options,), passes=(ValueError, NewsbriefError))
        return GuardedParser(copy, self._origin, self._tracer)

    def _fault(self, reason: str, input_name: str) -> Exception:
        # A parser's fault costs one input, like any unreadable input.
        return InputError(input_name, f"{self._origin} {reason}")


class GuardedSummarizer(Guarded):
    """A summarizer: its items are checked (:func:`check_summary`)."""

    attributes = ("description", "multi_document")

    def summarize(self, request: Any) -> tuple[SummaryItem, ...]:
        """The component's items, checked."""
        where = f"{len(request.documents)} document(s)"
        items = self._call("summarize", where, (request,), finish=tuple, passes=(NewsbriefError,))
        try:
            check_summary(request, items)
        except ContractViolation as violation:
            raise self._violation("summarize", where, violation) from None
        return items


class GuardedExporter(Guarded):
    """An exporter: text or bytes, nothing else."""

    attributes = ("description", "extensions")

    def export(self, briefing: Any, options: Mapping[str, Any]) -> str | bytes:
        """The component's rendering."""
        where = "the briefing"
        output = self._call("export", where, (briefing, options), passes=(NewsbriefError,))
        try:
            check_export(output)
        except ContractViolation as violation:
            raise self._violation("export", where, violation) from None
        return output


class GuardedAnnotator(Guarded):
    """An annotator: same documents back, its annotations verbatim (:func:`check_annotated`)."""

    attributes = ("description", "requires")

    def __init__(self, component: Any, origin: Origin, tracer: Tracer | None = None) -> None:
        from newsbrief.annotators.base import takes_context

        super().__init__(component, origin, tracer)
        self._takes_context = takes_context(component)

    def annotate(self, documents: Sequence[Document], context: Any = None) -> tuple[Document, ...]:
        """The component's documents, checked; ``context`` reaches it only if it asks for one."""
        docs = tuple(documents)
        where = f"{len(docs)} document(s)"
        kwargs = {"context": context} if self._takes_context else {}
        result = self._call("annotate", where, (docs,), kwargs, finish=tuple)
        try:
            check_annotated(docs, result)
        except ContractViolation as violation:
            raise self._violation("annotate", where, violation) from None
        return result


class GuardedPreparingAnnotator(GuardedAnnotator):
    """An annotator with a per-document ``prepare``."""

    def prepare(self, document: Document) -> Any:
        """The component's draft for ``document``, or ``None`` when ``prepare`` failed.

        ``None`` is "no draft": ``annotate`` then calls ``prepare`` again itself (through
        ``draft_of``), fails the same way, and the fault is reported once, where annotator
        faults are handled (a ``prepare`` may run early on a Dask worker, with no one to tell).
        """
        try:
            return self._call("prepare", document.id, (document,))
        except PluginFault:
            return None


_PROXIES: dict[str, type[Guarded]] = {
    "parser": GuardedParser,
    "summarizer": GuardedSummarizer,
    "exporter": GuardedExporter,
    "annotator": GuardedAnnotator,
}


def guarded(origin: Origin, component: Any, tracer: Tracer | None = None) -> Guarded:
    """``component`` behind the guard for its kind (already guarded ones are re-wrapped)."""
    if isinstance(component, Guarded):
        component = component.component
    proxy = _PROXIES[origin.kind]
    if proxy is GuardedAnnotator and callable(getattr(component, "prepare", None)):
        proxy = GuardedPreparingAnnotator
    return proxy(component, origin, tracer)


def _unpickled(origin: Origin, component: Any) -> Guarded:
    return guarded(origin, component, env_tracer())


def env_tracer() -> Tracer | None:
    """A tracer writing to stderr when ``NEWSBRIEF_TRACE_PLUGINS`` is set, else ``None``."""
    import os
    import sys

    if os.environ.get("NEWSBRIEF_TRACE_PLUGINS", "") in ("", "0"):
        return None
    return lambda line: print(f"newsbrief: trace: {line}", file=sys.stderr, flush=True)


def _summary(result: Any) -> str:
    if isinstance(result, str):
        return f"{len(result)} characters"
    if isinstance(result, bytes):
        return f"{len(result)} bytes"
    if isinstance(result, list | tuple):
        return f"{len(result)} item(s)"
    if isinstance(result, int | float):
        return repr(result)
    return type(result).__name__


# -- the contract --------------------------------------------------------------------------------


def check_documents(results: Iterable[Any]) -> None:
    """A parser's results: documents (checked by :func:`check_document`) or input errors."""
    for number, result in enumerate(results, start=1):
        if isinstance(result, InputError):
            continue
        if not isinstance(result, Document):
            raise ContractViolation(
                f"result {number} is a {type(result).__name__}, not a Document or InputError"
            )
        check_document(result)


def check_document(document: Document) -> None:
    """Types, spans in range, sections and sentences in order, annotations verbatim."""
    if not isinstance(document.id, str):
        raise ContractViolation(f"a document id is a {type(document.id).__name__}, not text")
    where = f"document {document.id!r}"
    if not isinstance(document.text, str):
        raise ContractViolation(f"{where}: text is a {type(document.text).__name__}, not str")
    _check_metadata(where, document.metadata)
    length = len(document.text)
    previous_end = 0
    for section in document.sections:
        if not section.start <= section.end <= length or section.start < previous_end:
            raise ContractViolation(
                f"{where}: section {section.start}-{section.end} is out of range or overlaps "
                "the one before (sections are sorted, disjoint and within the text)"
            )
        previous_end = section.end
        _check_metadata(f"{where}, section at {section.start}", section.metadata)
    for name in ("removed", "headings"):
        for span in getattr(document, name):
            if not isinstance(span.kind, str) or not 0 <= span.start <= span.end <= length:
                raise ContractViolation(f"{where}: {name} span {span} is out of range")
    previous_end = 0
    for position, sentence in enumerate(document.sentences):
        if not isinstance(sentence, Sentence):
            raise ContractViolation(f"{where}: sentence {position} is not a Sentence")
        if sentence.index != position or sentence.start < previous_end:
            raise ContractViolation(
                f"{where}: sentence {position} ({sentence.start}-{sentence.end}) is out of "
                "order (sentences are numbered from 0, sorted and disjoint)"
            )
        previous_end = sentence.end
    for annotation in document.annotations:
        _check_annotation(document, annotation)


def _check_metadata(where: str, metadata: Any) -> None:
    if not isinstance(metadata, Metadata):
        raise ContractViolation(f"{where}: metadata is a {type(metadata).__name__}, not Metadata")
    for field in attrs.fields(Metadata):
        value = getattr(metadata, field.name)
        if field.name == "published":
            is_day = isinstance(value, dt.date) and not isinstance(value, dt.datetime)
            ok = value is None or is_day
        elif field.name == "extra":
            ok = all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
        else:
            ok = value is None or isinstance(value, str)
        if not ok:
            raise ContractViolation(
                f"{where}: metadata.{field.name} is {type(value).__name__} {excerpt(repr(value))}"
            )


def _check_annotation(
    document: Document, annotation: Any, verdicts: dict[int, str | None] | None = None
) -> None:
    """One annotation: an :class:`Annotation`, with a kind, verbatim, its attributes JSON
    (``verdicts``: the JSON checks made already, by the id of a live attribute map)."""
    where = f"document {document.id!r}"
    if not isinstance(annotation, Annotation):
        raise ContractViolation(f"{where}: an annotation is a {type(annotation).__name__}")
    if not isinstance(annotation.kind, str) or not annotation.kind:
        raise ContractViolation(f"{where}: an annotation has no kind")
    actual = document.text[annotation.start : annotation.end]
    if annotation.text != actual:
        raise ContractViolation(
            f"{where}: {annotation.kind} annotation {annotation.start}-{annotation.end} is not "
            f"verbatim: it says {excerpt(annotation.text)}, the text has {excerpt(actual)}"
        )
    attributes = annotation.attributes
    if verdicts is None:
        problem = _json_problem(attributes)
    else:
        key = id(attributes)
        if key not in verdicts:
            verdicts[key] = _json_problem(attributes)
        problem = verdicts[key]
    if problem:
        raise ContractViolation(
            f"{where}: {annotation.kind} annotation {annotation.start}-{annotation.end} has "
            f"attributes that are not JSON ({problem})"
        )


def _json_problem(value: Any, depth: int = 0) -> str | None:
    """Why ``value`` is not plain JSON (exporters write attributes as they are), if it is not."""
    if depth > 32:
        return "nested too deeply"
    if value is None or isinstance(value, str | bool | int):
        return None
    if isinstance(value, float):
        return None if math.isfinite(value) else f"{value!r}"
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                return f"key {key!r}"
            problem = _json_problem(item, depth + 1)
            if problem:
                return problem
        return None
    if isinstance(value, list | tuple):
        for item in value:
            problem = _json_problem(item, depth + 1)
            if problem:
                return problem
        return None
    return f"a {type(value).__name__}"


def check_summary(request: Any, items: Sequence[Any]) -> None:
    """A summarizer's items: verbatim sentences of the request's documents, each once, within
    the budget, in reading order.

    Reading order is document input order then offset, or story order (``request.stories``)
    then document order then offset; with an overflowing word budget the sentence that
    crossed the limit may come last.
    """
    from newsbrief.nlp.tokens import count_words
    from newsbrief.summarizers.selection import BudgetCounter

    documents = {d.id: (rank, d) for rank, d in enumerate(request.documents)}
    story_rank = {
        doc_id: rank for rank, story in enumerate(request.stories) for doc_id in story.documents
    }
    sentence_keys: dict[str, set[tuple[int, int]]] = {}
    seen: set[tuple[str, int, int]] = set()
    by_document: list[tuple[int, int]] = []
    by_story: list[tuple[int, int, int]] = []
    words: list[int] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, SummaryItem) or not isinstance(item.sentence, Sentence):
            raise ContractViolation(f"item {number} is a {type(item).__name__}, not a SummaryItem")
        sentence = item.sentence
        if sentence.doc_id not in documents:
            raise ContractViolation(
                f"item {number} cites document {sentence.doc_id!r}, which is not in the request"
            )
        rank, document = documents[sentence.doc_id]
        where = f"{sentence.doc_id}[{sentence.start}:{sentence.end}]"
        actual = document.text[sentence.start : sentence.end]
        if sentence.text != actual:
            raise ContractViolation(
                f"item {number} is not verbatim: it says {excerpt(sentence.text)}, {where} has "
                f"{excerpt(actual)}"
            )
        keys = sentence_keys.get(sentence.doc_id)
        if keys is None:
            keys = sentence_keys[sentence.doc_id] = {(s.start, s.end) for s in document.sentences}
        if (sentence.start, sentence.end) not in keys:
            raise ContractViolation(
                f"item {number} ({where}) is not one of the document's sentences"
            )
        if sentence.key in seen:
            raise ContractViolation(f"item {number} repeats {where}")
        seen.add(sentence.key)
        score = item.score
        if not _finite_number(score):
            raise ContractViolation(f"item {number} has the score {score!r}, not a finite number")
        for ref in item.supported_by:
            cited = documents.get(ref.doc_id)
            if cited is None or not 0 <= ref.start <= ref.end <= len(cited[1].text):
                raise ContractViolation(
                    f"item {number} is supported by {ref.doc_id}[{ref.start}:{ref.end}], "
                    "which is not in the request"
                )
        by_document.append((rank, sentence.start))
        story = story_rank.get(sentence.doc_id, len(request.stories))
        by_story.append((story, rank, sentence.start))
        words.append(count_words(sentence.text))
    budget = request.budget
    total = sum(len(document.sentences) for _, document in documents.values())
    limit = BudgetCounter(budget, total).sentence_limit
    if limit is not None and len(words) > limit:
        raise ContractViolation(f"{len(words)} items for a budget of {limit} sentence(s)")
    if budget.words is not None and words:
        # With overflow only one sentence (the last chosen) may cross the limit.
        within = sum(words) - (max(words) if budget.overflow else 0)
        if within > budget.words or (budget.overflow and within == budget.words > 0):
            raise ContractViolation(
                f"{sum(words)} words for a budget of {budget.words} word(s)"
                + (" (overflow lets only the last sentence cross it)" if budget.overflow else "")
            )
    body = slice(0, -1) if budget.words is not None and budget.overflow else slice(None)
    if not (_increasing(by_document[body]) or _increasing(by_story[body])):
        raise ContractViolation(
            "items are not in reading order (document input order, or story order, then offset)"
        )


def _finite_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _increasing(keys: Sequence[tuple[int, ...]]) -> bool:
    return all(a < b for a, b in itertools.pairwise(keys))


def check_annotated(before: Sequence[Document], after: Sequence[Any]) -> None:
    """An annotator's documents: the ones it was given, in order, text, sentences and spans kept,
    earlier annotations kept, its own verbatim with JSON attributes."""
    if len(after) != len(before):
        raise ContractViolation(f"returned {len(after)} document(s) for {len(before)}")
    # Each attribute map's JSON check by the map's id: annotators share equal maps
    # (``model.frozen.frozen_map``: 12 maps for 15,491 dates of 3,000 articles), and every map
    # stays alive, so its id stays its own, until this call returns.
    verdicts: dict[int, str | None] = {}
    for given, returned in zip(before, after, strict=True):
        if not isinstance(returned, Document):
            raise ContractViolation(f"returned a {type(returned).__name__}, not a Document")
        if returned.id != given.id or returned.text != given.text:
            raise ContractViolation(
                f"returned document {returned.id!r} where {given.id!r} was given, or changed its "
                "text (documents come back in order, text unchanged)"
            )
        for name in ("sentences", "sections", "removed", "headings"):
            # Most come back as the very tuples given: no element compared.
            value = getattr(returned, name)
            if value is not getattr(given, name) and value != getattr(given, name):
                raise ContractViolation(f"changed the {name} of document {given.id!r}")
        kept = set(map(id, returned.annotations))
        lost = [a for a in given.annotations if id(a) not in kept]
        if lost and not set(lost) <= set(returned.annotations):
            raise ContractViolation(
                f"dropped or changed earlier annotations of document {given.id!r}"
            )
        earlier = set(map(id, given.annotations))
        text = returned.text
        for annotation in returned.annotations:
            if id(annotation) in earlier:
                continue
            # The usual annotation passes here, checked as ``_check_annotation`` checks it
            # (a call each cost more than the checks); anything else is checked there, which
            # names what is wrong.
            if (
                type(annotation) is Annotation
                and type(annotation.kind) is str
                and annotation.kind
                and text[annotation.start : annotation.end] == annotation.text
                and verdicts.get(id(annotation.attributes), "") is None  # checked and fine
            ):
                continue
            _check_annotation(returned, annotation, verdicts)


def check_export(output: Any) -> None:
    """An exporter's output: ``str`` or ``bytes``."""
    if not isinstance(output, str | bytes):
        raise ContractViolation(f"returned a {type(output).__name__}, not str or bytes")


# -- reporting faults that do not stop the run ---------------------------------------------------


@attrs.define
class FaultLog:
    """Faults reported while a :func:`collecting_faults` block runs."""

    #: Raise the first fault instead of recording it (``--strict``).
    strict: bool = False
    #: Called with each fault as it is reported (the command line prints it).
    on_fault: Callable[[PluginFault], None] | None = None
    #: The faults, in order.
    faults: list[PluginFault] = attrs.field(factory=list)


_LOGS: contextvars.ContextVar[tuple[FaultLog, ...]] = contextvars.ContextVar(
    "newsbrief_fault_logs", default=()
)


@contextlib.contextmanager
def collecting_faults(
    strict: bool = False, on_fault: Callable[[PluginFault], None] | None = None
) -> Iterator[FaultLog]:
    """Record the faults :func:`report_fault` receives inside the block (blocks nest)."""
    log = FaultLog(strict=strict, on_fault=on_fault)
    token = _LOGS.set((*_LOGS.get(), log))
    try:
        yield log
    finally:
        _LOGS.reset(token)


def report_fault(fault: PluginFault) -> None:
    """Record a fault the run survives (an annotator left out), or raise it.

    It is raised when no :func:`collecting_faults` block is active (a direct call must not
    lose it), when one of them is strict, or under ``NEWSBRIEF_STRICT_PLUGINS=1``.
    """
    import os

    logs = _LOGS.get()
    strict_env = os.environ.get("NEWSBRIEF_STRICT_PLUGINS", "") not in ("", "0")
    if not logs or strict_env or any(log.strict for log in logs):
        raise fault
    for log in logs:
        log.faults.append(fault)
        if log.on_fault is not None:
            log.on_fault(fault)
