"""Speaker names in full stay linear in the number of distinct speakers of an article.

A one-word speaker (``Williams said``) is named by the full name written earlier; that used to
scan the whole text once per distinct speaker (quadratic). The guard counts whole-text regex
scans in the speaker rules' modules, so it does not depend on timing.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
from collections.abc import Callable
from typing import Any

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsbrief.annotators.entities import EntityAnnotator
from newsbrief.annotators.quotes import QuoteAnnotator, attribution, transcripts
from newsbrief.annotators.quotes import annotator as quote_module
from newsbrief.annotators.quotes import speakers as speakers_module
from newsbrief.annotators.quotes.attribution import (
    descriptions,
    mentions,
    names,
    references,
    sentence_subjects,
    unnamed_sources,
)
from newsbrief.annotators.quotes.attribution.cue_index import CueIndex
from newsbrief.model import AnnotationKind, Document, Metadata, Section

#: Every module of the speaker rules (each reads ``re`` as its own global): read from the
#: package, so that a module added to it is counted too.
_SPEAKER_MODULES = (
    speakers_module,
    transcripts,
    *(
        importlib.import_module(f"{attribution.__name__}.{info.name}")
        for info in pkgutil.iter_modules(attribution.__path__)
    ),
)

_CONSONANTS, _VOWELS = "bdfgklmnprstvz", "aeiou"


def _name(i: int, salt: int) -> str:
    """A distinct made-up surname per ``i`` (not in any gazetteer)."""
    letters = []
    for digit in (i % 14, i // 14 % 14, i // 196 % 14, salt):
        letters += [_CONSONANTS[digit], _VOWELS[(digit + i) % 5]]
    return "".join(letters).capitalize()


def _article(count: int) -> str:
    """``count`` quotations, each by another one-word speaker the article names no further."""
    return "\n\n".join(
        f'"We will win this fight now and later," {_name(i, 1)} said.' for i in range(count)
    )


class _CountingRe:
    """``re`` as the speaker rules' modules see it, counting regex calls over ``size`` characters
    or more (scans of the whole document, not of a window)."""

    def __init__(self, size: int) -> None:
        self.size, self.scans = size, 0

    def _counted(self, function: Callable[..., Any], *, skip: int = 1) -> Callable[..., Any]:
        # ``skip``: leading arguments that are not the text (a module function's pattern).
        def call(*args: Any, **kwargs: Any) -> Any:
            if any(isinstance(a, str) and len(a) >= self.size for a in args[skip:]):
                self.scans += 1
            return function(*args, **kwargs)

        return call

    def compile(self, pattern: Any, flags: int = 0) -> Any:
        compiled = re.compile(pattern, flags)
        counter = self

        class Pattern:
            def __getattr__(self, name: str) -> Any:
                attribute = getattr(compiled, name)
                if name in ("finditer", "findall", "search", "match", "sub", "split"):
                    return counter._counted(attribute, skip=0)
                return attribute

        return Pattern()

    def __getattr__(self, name: str) -> Any:
        attribute = getattr(re, name)
        if name in ("finditer", "findall", "search", "match", "sub", "split", "fullmatch"):
            return self._counted(attribute)
        return attribute


def _annotate(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[list[str | None], int]:
    entities = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    counting = _CountingRe(len(text) // 2)
    # Patterns compiled on first need would otherwise keep the counting ``re`` of one call
    # (and count in one call only).
    unnamed_sources.anonymous_source.cache_clear()
    with monkeypatch.context() as patch:
        for module in _SPEAKER_MODULES:
            if hasattr(module, "re"):
                patch.setattr(module, "re", counting)
        (document,) = QuoteAnnotator().annotate(entities)
    unnamed_sources.anonymous_source.cache_clear()
    quotes = document.annotations_of(AnnotationKind.QUOTE)
    return [q.attributes.get("speaker") for q in quotes], counting.scans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The one full name written before the quotation names its one-word speaker.
        ("Jo Lee arrived with Kowalski.\n\n{q} Lee told reporters.", ["Jo Lee"]),
        # Two full names for one surname: which one spoke is not known.
        ("Jo Lee arrived.\n\nMo Lee arrived.\n\n{q} Lee said.", ["Lee"]),
        # Entity merging is document-wide: the article's one Lee names the surname, wherever
        # the full name is written.
        ("{q} Lee said.\n\nJo Lee arrived.", ["Jo Lee"]),
        # One full name per speaker, each found in the same article.
        (
            "Jo Lee arrived with Kowalski.\n\nAnna Smith-Jones arrived.\n\n"
            "{q} Smith-Jones said.\n\n{q} Lee said.",
            ["Anna Smith-Jones", "Jo Lee"],
        ),
    ],
)
def test_one_word_speakers_are_named_in_full(
    text: str, expected: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    quote = '"We will win this fight now and later,"'
    names, _ = _annotate(text.format(q=quote), monkeypatch)
    assert names == expected


def test_without_entities_a_full_name_written_after_the_quotation_does_not_count() -> None:
    # The quote annotator's own scan reads only what came before the quotation.
    quote = '"We will win this fight now and later,"'
    later = Document.from_text(f"{quote} Lee said.\n\nJo Lee arrived.", id="t")
    earlier = Document.from_text(f"Jo Lee arrived.\n\n{quote} Lee said.", id="t")
    speakers = [
        [q.attributes.get("speaker") for q in d.annotations_of(AnnotationKind.QUOTE)]
        for d in QuoteAnnotator().annotate([later, earlier])
    ]
    assert speakers == [["Lee"], ["Jo Lee"]]


def test_whole_text_scans_do_not_grow_with_distinct_speakers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Four times the speakers, the same number of passes over the text: a scan per speaker
    # (the quadratic path) would add about 3 * 30 of them.
    _, few = _annotate(_article(30), monkeypatch)
    _, many = _annotate(_article(120), monkeypatch)
    assert many == few


def _untyped_names(count: int) -> str:
    """``count`` one-word names the entity annotator leaves untyped, each written twice."""
    return "\n\n".join(
        f'{_name(i, 2)} won. {_name(i, 2)} left. "Great {i}," she said.' for i in range(count)
    )


def test_distinct_untyped_names_cost_no_scan_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # Whether a lone capitalised word is a name (written twice, never in lower case) is read
    # from one index of the document's words: a search of the whole text per distinct word
    # made such articles quadratic.
    built: list[str] = []

    class CountedIndex(mentions.WordIndex):
        def __init__(self, text: str) -> None:
            built.append(text)
            super().__init__(text)

    monkeypatch.setattr(mentions, "WordIndex", CountedIndex)
    _, few = _annotate(_untyped_names(30), monkeypatch)
    _, many = _annotate(_untyped_names(120), monkeypatch)
    assert many == few
    assert len(built) <= 2


def test_subjects_in_initials_find_their_body_from_a_table() -> None:
    # ``The F.A.A. said`` names the body whose initials it writes, the last one named before.
    text = (
        "The Federal Aviation Administration opened an inquiry.\n\n"
        '"We are looking at every flight," the F.A.A. said.\n\n'
        "The Fire Alarm Association disagreed.\n\n"
        '"Nothing was wrong," the F.A.A. said.'
    )
    names, _ = _annotate(text, pytest.MonkeyPatch())
    assert names == ["Federal Aviation Administration", "Fire Alarm Association"]


class _Measured:
    """A compiled pattern whose ``finditer`` adds up the characters it is asked to read."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern, self.read = pattern, 0

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        end = len(text) if endpos is None else min(endpos, len(text))
        self.read += max(0, end - pos)
        return self.pattern.finditer(text, pos, end)


def _pronoun_reads(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Characters the untyped-subject and one-word-name patterns read for one paragraph of
    ``count`` quotations, each ``"Yes," he said.`` with nobody named."""
    text = '"Yes," he said. ' * count
    entities = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    openings = _Measured(references._SENTENCE_OPENING)
    lone = _Measured(names._LONE_SUBJECT)
    with monkeypatch.context() as patch:
        patch.setattr(references, "_SENTENCE_OPENING", openings)
        patch.setattr(names, "_LONE_SUBJECT", lone)
        QuoteAnnotator().annotate(entities)
    return openings.read + lone.read


def test_pronouns_with_nobody_named_stay_linear(monkeypatch: pytest.MonkeyPatch) -> None:
    # Four times the quotations, at most about four times the reading: a scan from the
    # paragraph's start per pronoun (the quadratic path) would read sixteen times as much.
    few = _pronoun_reads(300, monkeypatch)
    many = _pronoun_reads(1200, monkeypatch)
    assert many <= 5 * few


@pytest.mark.parametrize("ordered", [True, False])
def test_each_quotation_has_its_own_sections_date(ordered: bool) -> None:
    parts = [f'"We will hold the line, day {i}," Kowalski said.\n\n' for i in range(3)]
    text, sections, start = "".join(parts), [], 0
    for i, part in enumerate(parts):
        published = Metadata(published=dt.date(2024, 5, 1 + i))
        sections.append(Section(start, start + len(part), published))
        start += len(part)
    if not ordered:  # found by a scan, as Document.section_at finds them
        sections = sections[::-1]
    document = Document.from_text(text, id="d", sections=sections)
    (annotated,) = QuoteAnnotator().annotate(EntityAnnotator().annotate([document]))
    dates = [q.attributes.get("date") for q in annotated.annotations_of(AnnotationKind.QUOTE)]
    assert dates == ["2024-05-01", "2024-05-02", "2024-05-03"]


def _role_reads(count: int, monkeypatch: pytest.MonkeyPatch, limit: int) -> int:
    """Mentions whose role is read for ``count`` paragraphs, each a quotation of the same
    person named with no role (``"...," John Smith said.``); fails past ``limit`` reads."""
    text = "\n\n".join(f'"We will win round {i}," John Smith said.' for i in range(count))
    entities = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    reads = 0
    mention_role = speakers_module.Attributor._mention_role

    def counted(self: Any, mention: Any) -> str | None:
        nonlocal reads
        reads += 1
        if reads > limit:  # the quadratic path: stop early rather than run for minutes
            pytest.fail(f"{reads} role reads for {count} paragraphs")
        return mention_role(self, mention)

    with monkeypatch.context() as patch:
        patch.setattr(speakers_module.Attributor, "_mention_role", counted)
        (document,) = QuoteAnnotator().annotate(entities)
    speakers = {q.attributes["speaker"] for q in document.annotations_of(AnnotationKind.QUOTE)}
    assert speakers == {"John Smith"}
    return reads


def test_a_person_named_often_without_a_role_is_read_once_per_mention(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Eight times the paragraphs, at most about eight times the reads: reading every mention
    # from the quotation outwards per attribution (the quadratic path) read 64 times as many.
    few = _role_reads(1000, monkeypatch, limit=10**6)
    many = _role_reads(8000, monkeypatch, limit=10 * few)
    assert many <= 10 * few


class _CountedWords(frozenset[str]):
    """The annotator's word sets, counting the containment checks between them."""

    checks = 0

    def __le__(self, other: object) -> bool:
        _CountedWords.checks += 1
        return super().__le__(other)  # type: ignore[operator]


def _heading_checks(count: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Word-set checks for ``count`` subheadings (``'Zq7 xx'``), then ``count`` attributed
    quotations, each holding one subheading's words."""
    headings = [f"'Zq{i} xx'" for i in range(count)]
    body = [f'"Zq{i} xx is what we want," Kowalski said.' for i in range(count)]
    text = "\n\n".join(["Talks go on", *headings, *body])
    entities = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    QuoteAnnotator().annotate(entities)  # the language's cached word lists, read unpatched
    _CountedWords.checks = 0
    with monkeypatch.context() as patch:
        patch.setattr(quote_module, "frozenset", _CountedWords, raising=False)
        (document,) = QuoteAnnotator().annotate(entities)
    quotes = document.annotations_of(AnnotationKind.QUOTE)
    assert [q.attributes.get("speaker") for q in quotes] == ["Kowalski"] * (2 * count)
    return _CountedWords.checks


def test_subheadings_read_only_the_quotations_holding_their_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Eight times the subheadings, about eight times the checks: comparing each with every
    # attributed quotation (the quadratic path) checked 64 times as many.
    few = _heading_checks(250, monkeypatch)
    many = _heading_checks(2000, monkeypatch)
    assert 0 < many <= 10 * few


#: One sentence of a line of Ukrainian press quotations, each closed by a dash and a cue with
#: a role noun after it (a sentence of its own, as in the hostile case's Russian line).
_PRESS_SENTENCE = "«Ми вже на місці», – повідомив міністр. "


def _press_line(count: int) -> tuple[Document, list[str | None]]:
    """A line of ``count`` press quotations, its entities annotated, and the speakers expected."""
    text = _PRESS_SENTENCE * count
    document = Document.from_text(text, id="t", metadata=Metadata(language="uk"))
    (entities,) = EntityAnnotator().annotate([document])
    return entities, ["міністр"] * count


def test_the_sentence_before_a_press_quotation_is_read_near_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The sentence before each quotation's is looked for in the last few hundred characters
    # first, once per quotation: reading the whole reach back (1,500 characters) for each of
    # the half dozen rules that ask made a megabyte line of such quotations cost minutes.
    document, expected = _press_line(400)
    ends = _Measured(sentence_subjects._SENTENCE_END)
    with monkeypatch.context() as patch:
        patch.setattr(sentence_subjects, "_SENTENCE_END", ends)
        (annotated,) = QuoteAnnotator().annotate([document])
    quotes = annotated.annotations_of(AnnotationKind.QUOTE)
    assert [q.attributes.get("speaker") for q in quotes] == expected
    assert ends.read <= 400 * sentence_subjects._SENTENCE_REACH


class _SearchedBack(str):
    """A masked text that adds up the characters its searches back (``rfind``) read."""

    searched = 0

    def rfind(self, sub, start=None, end=None):  # type: ignore[no-untyped-def]
        _SearchedBack.searched += (len(self) if end is None else end) - (start or 0)
        return str.rfind(self, sub, start, end)


def test_a_cue_reads_back_to_its_quotations_line_over_spaces_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Whether a quotation before a cue goes on from the line before is told by the spaces
    # before its opening mark: a search back for the line's start read a line of quotations
    # from its start once per quotation (the square of the line's length).
    document, expected = _press_line(400)
    made = speakers_module.Attributor.__init__

    def counted(self: Any, *args: Any, **kwargs: Any) -> None:
        made(self, *args, **kwargs)
        self.masked = _SearchedBack(self.masked)

    _SearchedBack.searched = 0
    with monkeypatch.context() as patch:
        patch.setattr(speakers_module.Attributor, "__init__", counted)
        (annotated,) = QuoteAnnotator().annotate([document])
    quotes = annotated.annotations_of(AnnotationKind.QUOTE)
    assert [q.attributes.get("speaker") for q in quotes] == expected
    assert _SearchedBack.searched <= 20 * len(document.text)


def test_a_definite_source_is_looked_for_by_name_only_where_its_noun_ends_an_apposition(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``the official`` is named later only in an apposition ending in its noun (``The senior
    # official, Ann Roe,``): with no ``official,`` in the next paragraphs nothing is read word
    # by word (a line of 400 such quotations read 2,000 characters after each).
    text = '"We will see," the official said. ' * 400
    (document,) = EntityAnnotator().annotate([Document.from_text(text, id="t")])
    appositions = _Measured(descriptions._DEFINITE_APPOSITION)
    with monkeypatch.context() as patch:
        patch.setattr(descriptions, "_DEFINITE_APPOSITION", appositions)
        (annotated,) = QuoteAnnotator().annotate([document])
    quotes = annotated.annotations_of(AnnotationKind.QUOTE)
    assert [q.attributes.get("speaker") for q in quotes] == ["the official"] * 400
    assert appositions.read == 0
    # Named later, the source is still found.
    named = (
        '"We will see," the official said.\n\n'
        "The official, Ann Roe, left the building an hour later."
    )
    (document,) = EntityAnnotator().annotate([Document.from_text(named, id="t")])
    (annotated,) = QuoteAnnotator().annotate([document])
    (quote,) = annotated.annotations_of(AnnotationKind.QUOTE)
    assert quote.attributes.get("speaker") == "Ann Roe"


_SENTENCE_PIECES = [
    "a", "Word", "Mr.", "U.S.", "т. д.", " ", "  ", "\u00a0", "\t", "\n", "\n\n", ".", "...", "…",
    "!", "?!\n", "»", "”", '"', "’", ")", "§", "§ \n", ". ", ".» ", "a\nB", "a\nА", "x" * 90,
    "y" * 250,
]  # fmt: skip


def _sentence_start_of_whole_reach(masked: str, end: int, floor: int) -> int | None:
    """The sentence's start as one scan over the whole reach finds it (the reference)."""
    reach = max(floor, end - sentence_subjects._SENTENCE_REACH)
    start = floor if reach == floor else None
    for match in sentence_subjects._SENTENCE_END.finditer(masked, reach, end):
        if match.end() < end:
            start = match.end()
    return start


@given(st.lists(st.sampled_from(_SENTENCE_PIECES), max_size=300), st.integers(0, 600),
       st.integers(0, 3000))  # fmt: skip
@example(["Mr. ", "y" * 250], 0, 0)  # (no end near it: the whole reach is read)
@example(["a", ".» ", "y" * 238], 0, 0)  # (an end straddling the nearer stretch's edge)
@settings(max_examples=300, deadline=None)
def test_a_sentence_read_near_its_end_first_starts_where_the_whole_reach_says(
    pieces: list[str], back: int, floor: int
) -> None:
    # A sentence end straddling the nearer stretch's edge (``.»`` then spaces), a line break
    # after a word, ellipses and abbreviations: the same start as one scan of the whole reach.
    masked = "".join(pieces)
    end = max(0, len(masked) - back)
    floor = min(floor, end)
    found = sentence_subjects.sentence_ending(masked, end, floor)
    while end > floor and masked[end - 1].isspace():
        end -= 1
    start = _sentence_start_of_whole_reach(masked, end, floor) if end > floor else None
    assert found == (None if start is None else (start, end))


class _CountedCue:
    """A cue pattern that adds up the characters its searches are asked to read."""

    read = 0

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)

    def _count(self, text: str, pos: int, endpos: int | None) -> int:
        end = len(text) if endpos is None else min(endpos, len(text))
        _CountedCue.read += max(0, end - pos)
        return end

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self.pattern.search(text, pos, self._count(text, pos, endpos))

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self.pattern.finditer(text, pos, self._count(text, pos, endpos))


def test_a_line_of_quotations_without_cues_is_not_read_a_window_per_quotation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each quotation's cues were searched for up to a thousand characters either side of it,
    # several times over: a megabyte line of '« Nous sommes prêts » ' with no cue took minutes.
    # The text's next cue is now found once per stretch, and a search starts near it.
    real = mentions.cues_for
    with monkeypatch.context() as patch:
        patch.setattr(
            mentions,
            "cues_for",
            lambda code: attrs.evolve(real(code), cue=_CountedCue(real(code).cue)),
        )
        text = "«Estamos listos» " * 600
        document = Document.from_text(text, id="t", metadata=Metadata(language="es"))
        (entities,) = EntityAnnotator().annotate([document])
        _CountedCue.read = 0
        QuoteAnnotator().annotate([entities])
    assert _CountedCue.read <= 2_500 * 600


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # A phrase cue whose words are set apart by a run of padding longer than the 200
        # characters a cue was assumed to span: a search begun inside that run first must not
        # hide the cue from one begun before it.
        ("fr", "Le ministre a" + " " * 300 + "regretté « un recul »."),
        ("es", "La jueza ha" + "\u00a0" * 400 + "pedido que «se repita»."),
    ],
)
def test_a_cue_padded_past_its_usual_length_is_found_whatever_was_searched_first(
    language: str, text: str
) -> None:
    cue = mentions.cues_for(language).cue
    whole = cue.search(text)
    assert whole is not None and whole.end() - whole.start() > 250
    for first in range(whole.start() + 1, whole.end(), 37):
        index = CueIndex(cue, text)
        index.search(first, len(text))
        found = index.search(0, len(text))
        assert found is not None and found.span() == whole.span()
