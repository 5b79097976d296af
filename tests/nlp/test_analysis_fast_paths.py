"""The shared analysis' shortcuts give what the plain paths give (issue 12, session 10).

Each shortcut skips work (an offset array narrowed once per batch, flags made as bytes in C,
candidates packed by mapped getters, a declared language read once, new short forms sliced
from Python offsets); these properties compare it with the plain path it replaces.
"""

from __future__ import annotations

import attrs
import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from newsbrief.annotators.entities.chunker import CANDIDATE_FIELDS, Candidate
from newsbrief.model import Document, Metadata
from newsbrief.nlp import analysis as analysis_module
from newsbrief.nlp import candidates as candidates_module
from newsbrief.nlp import token_arrays
from newsbrief.nlp.analysis import Analysis, analyse, analyse_documents, language_code
from newsbrief.nlp.candidates import INT32_LIMIT, pack_candidates
from newsbrief.nlp.languages import normalize_language
from newsbrief.nlp.segmenter import segment
from newsbrief.nlp.token_arrays import regex_tokens, tokenize

INT32 = st.integers(-(2**31), 2**31 - 1)


@settings(max_examples=200, deadline=None)
@given(st.lists(INT32, max_size=12))
def test_offsets_of_a_narrow_array_are_those_of_the_plain_values(values: list[int]) -> None:
    # The batch hands each analysis int32 slices: the converter must keep exactly what it
    # makes of the same values given plainly (int32 unless empty or negative, read-only).
    given_array = np.array(values, dtype=np.int32)
    fast, plain = analysis_module._offsets(given_array), analysis_module._offsets(values)
    assert fast.dtype == plain.dtype
    assert fast.tolist() == plain.tolist()
    assert not fast.flags.writeable
    assert not np.shares_memory(fast, given_array)  # a copy: the batch's array may go


def _reference_pack(candidates: list[Candidate]) -> tuple[list[int], list[tuple[object, ...]]]:
    """What ``pack_candidates`` held before session 10: offsets and fields, candidate by
    candidate."""
    offsets: list[int] = []
    fields = []
    for candidate in candidates:
        offsets += (candidate.start, candidate.end)
        fields.append(tuple(getattr(candidate, name) for name in CANDIDATE_FIELDS))
    return offsets, fields


CANDIDATES = st.lists(
    st.builds(
        Candidate,
        start=st.integers(0, 2**33),
        end=st.integers(0, 2**33),
        text=st.sampled_from(["Kyiv", "Sabrina Singh", "X" * 64, "Y" * 65, ""]),
        type=st.sampled_from([None, "person", "place", "organisation"]),
        canonical=st.sampled_from([None, "Kyiv"]),
        evidence=st.booleans(),
        heading=st.booleans(),
    ),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(CANDIDATES)
def test_candidates_packed_at_once_are_packed_as_one_by_one(candidates: list[Candidate]) -> None:
    packed = pack_candidates(candidates)
    offsets, fields = _reference_pack(candidates)
    assert packed.bounds() == offsets
    assert list(packed.fields) == fields
    assert packed.unpacked() == tuple(candidates)
    # Equal short fields are one shared object; a text over 64 characters stays unshared.
    again = pack_candidates([attrs.evolve(c) for c in candidates]).fields
    for first, second in zip(packed.fields, again, strict=True):
        assert (first is second) == (len(first[0]) <= 64)
    big = any(value >= INT32_LIMIT for value in offsets)
    assert packed._offsets.typecode == ("q" if big else "i")


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.none(),
        st.sampled_from(["en", "uk-UA", "Ukrainian", "ger", "xx", ""]),
        st.text(max_size=12),
    )
)
def test_a_declared_language_is_read_once_to_the_same_code(declared: str | None) -> None:
    document = Document.from_text("Text.", id="d", metadata=Metadata(language=declared))
    first = language_code(document)
    assert first == normalize_language(document.language)
    assert language_code(document) == first  # remembered, the same answer
    assert len(analysis_module._codes) <= analysis_module._CODES_KEPT


def test_the_remembered_codes_go_when_the_language_home_reloads() -> None:
    language_code(Document.from_text("Text.", id="d", metadata=Metadata(language="de-AT")))
    assert analysis_module._codes
    analysis_module._forget_lexicals()
    assert not analysis_module._codes


WORDS = st.lists(
    st.sampled_from(["ab", "Kyiv", "x1", "don't", "F-16", "hello", "中", "हिन्दी", " ", ". ", "\n"]),
    max_size=30,
).map("".join)


@settings(max_examples=100, deadline=None)
@given(st.lists(WORDS, max_size=5))
def test_new_short_forms_are_the_words_the_regex_finds(texts: list[str]) -> None:
    # Every short form new to the process: each is sliced from its offsets and kept.
    token_arrays._SHORT_FORMS.clear()
    table, reference = tokenize(texts, spans=True), regex_tokens(texts, spans=True)
    assert [table.forms[i] for i in table.ids.tolist()] == [
        reference.forms[i] for i in reference.ids.tolist()
    ]
    assert table.starts is not None and reference.starts is not None
    assert table.starts.tolist() == reference.starts.tolist()
    # Kept: the same string object the next time.
    again = tokenize(texts)
    for form in set(table.forms):
        if len(form) <= 9 and form.isascii():
            assert any(other is form for other in again.forms)


ARTICLE = st.lists(
    st.sampled_from(["Kyiv", " ", "said", ". ", "the", "January", "Σ", "İ", "中", "\n"]),
    max_size=40,
).map("".join)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(ARTICLE, ARTICLE), min_size=2, max_size=5))
def test_batched_words_titles_and_calendar_are_those_of_one_document(
    articles: list[tuple[str, str]],
) -> None:
    # Found together: offsets narrowed per batch, flags as bytes, calendar hits and headline
    # words with the texts' (a headline with ``Σ`` or ``İ`` read alone): every field is what
    # ``analyse`` gives the document alone.
    documents = [
        segment(Document.from_text(text, id=f"d{i}", metadata=Metadata(language="en", title=title)))
        for i, (text, title) in enumerate(articles)
    ]
    analysis_module._forget_lexicals()
    together = analyse_documents(documents)
    for document in documents:
        alone = analyse(document)
        mine = together[document.id]
        for field in attrs.fields(Analysis):
            value, expected = getattr(mine, field.name), getattr(alone, field.name)
            if field.name in ("starts", "ends"):
                assert value.dtype == expected.dtype
                assert value.tolist() == expected.tolist()
            else:
                assert value == expected, field.name
        assert type(mine.stops) is bytes and set(mine.stops) <= {0, 1}
        stopwords = analysis_module._lexical("en").stops
        assert [bool(flag) for flag in mine.stops] == [norm in stopwords for norm in mine.norms]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(ARTICLE, ARTICLE, st.sampled_from(["en", "de", "uk", None])),
        min_size=2,
        max_size=5,
    ),
    st.booleans(),
)
def test_batches_of_one_language_or_several_read_each_document_as_alone(
    articles: list[tuple[str, str, str | None]], one_language: bool
) -> None:
    # One language (every form the batch met is that language's: looked up without sorting
    # the ids) or several (each language's forms looked up apart): what ``analyse`` gives.
    language = articles[0][2]
    documents = [
        segment(
            Document.from_text(
                text,
                id=f"d{i}",
                metadata=Metadata(language=language if one_language else code, title=title),
            )
        )
        for i, (text, title, code) in enumerate(articles)
    ]
    analysis_module._forget_lexicals()
    together = analyse_documents(documents)
    for document in documents:
        alone, mine = analyse(document), together[document.id]
        for name in ("language", "norms", "stems", "stops", "title_norms", "title_stems"):
            assert getattr(mine, name) == getattr(alone, name), name
        assert mine.title_stops == alone.title_stops
        assert mine.calendar == alone.calendar
        assert mine.starts.tolist() == alone.starts.tolist()


def test_candidates_module_keeps_offsets_first() -> None:
    # The packing maps a getter of ``start, end``: only while those are the first fields.
    names = [field.name for field in attrs.fields(Candidate)]
    assert names[:2] == ["start", "end"]
    assert candidates_module._OFFSETS_OF(Candidate(3, 7, "Kyiv", "place")) == (3, 7)
    assert CANDIDATE_FIELDS[0] == "text"  # the first other field, read by index


WORDS = st.sampled_from(
    [
        "the", "Minister", "said", "3,000", "--", "’", "don’t", "Ölçüm", "İstanbul", "ΣΟΦΙΑ",
        "Ночью", "и", "über", "die", "x²", "٣", "e\u0301t\u00e9", "_", "AI", "2024",
    ]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(st.lists(WORDS, min_size=1, max_size=8), min_size=1, max_size=4),
            st.sampled_from([None, "en", "de", "ru", "tr", "el"]),
        ),
        min_size=2,
        max_size=5,
    )
)
def test_content_flags_made_with_the_analyses_are_those_worked_out_per_token(
    texts: list[tuple[list[list[str]], str | None]],
) -> None:
    # Analysed together, each document's content flags are worked out once per distinct form
    # and handed over with its analysis: the bytes the per-token rule gives from its columns.
    from newsbrief.nlp import content_terms

    documents = [
        segment(
            Document(
                id=f"d{i}",
                text=" ".join(" ".join(words) + "." for words in sentences),
                metadata=Metadata(language=language, title="Ночью the Minister said"),
            )
        )
        for i, (sentences, language) in enumerate(texts)
    ]
    made = analyse_documents(documents)
    known = content_terms.known_content_flags(made)
    for doc_id, flags in known.items():
        found = made[doc_id]
        assert flags == content_terms.flags_of(found.norms, found.stems, found.stops)


def test_documents_analysed_together_come_with_their_content_flags() -> None:
    # The summary and the coverage notes read them without a pass over the tokens of their own.
    from newsbrief.nlp import content_terms

    documents = [
        segment(Document(id=name, text=text, metadata=Metadata(language="en")))
        for name, text in (
            ("a", "Flood waters rose in Millbrook on Monday. The mayor said 40 homes were hit."),
            ("b", "Der Bürgermeister sprach am Dienstag. Sie sagte, 12 Häuser seien betroffen."),
        )
    ]
    made = analyse_documents(documents)
    known = content_terms.known_content_flags(made)
    assert set(known) == {"a", "b"}
    assert known["a"] == content_terms.flags_of(made["a"].norms, made["a"].stems, made["a"].stops)
    # flood, waters, rose, millbrook, monday, mayor, homes, hit (``said`` is a stop word, ``40``
    # has no letter)
    assert known["a"].count(1) == 8
