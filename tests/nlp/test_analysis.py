"""The shared analysis: one per document, verbatim, and what every stage reads."""

from __future__ import annotations

import pickle
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief.annotators.base import AnnotationContext
from newsbrief.annotators.entities.annotator import candidates
from newsbrief.annotators.entities.chunker import forget_runs
from newsbrief.model import Document, Metadata
from newsbrief.nlp import analysis as analysis_module
from newsbrief.nlp.analysis import Analysis, analyse, analyse_documents, analysis_of
from newsbrief.nlp.segmenter import segment
from newsbrief.nlp.tokens import terms, word_spans
from newsbrief.plugins import PluginHost
from newsbrief.stories.features import extract_features

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _seeds() -> list[Document]:
    return list(newsbrief.load(str(SEEDS)).documents)


def _document(text: str, language: str | None = None, **metadata: str) -> Document:
    meta = Metadata(language=language, **metadata)
    return segment(Document.from_text(text, id="d", metadata=meta))


def test_tokens_are_verbatim_and_normalised() -> None:
    for document in _seeds():
        found = analyse(segment(document))
        assert len(found.starts) == len(found.norms) == len(found.stems) == len(found.stops)
        for start, end, norm in zip(found.starts, found.ends, found.norms, strict=True):
            assert document.text[start:end].lower().replace("’", "'") == norm


def test_sentence_content_stems_are_what_terms_gives() -> None:
    # Every stage that used to call terms() per sentence reads the same stems from the analysis.
    for document in _seeds():
        document = segment(document)
        found = analyse(document)
        for number, sentence in enumerate(document.sentences):
            tokens = found.tokens_of(number)
            assert list(found.content_stems(tokens)) == terms(sentence.text, document.language)
            assert found.sentence_index(sentence.start, sentence.end) == number


def test_name_candidates_are_the_entity_annotators() -> None:
    document = segment(_seeds()[0])
    assert analyse(document).candidates == tuple(candidates(document))


def test_calendar_words_of_the_documents_language() -> None:
    english = analyse(_document("On Monday, 3 March, we met; yesterday it rained in spring."))
    kinds = {(english.norms[hit.token], hit.kind, hit.value) for hit in english.calendar}
    assert {("monday", "weekday", 0), ("march", "month", 3)} <= kinds
    assert ("yesterday", "relative_day", -1) in kinds
    ukrainian = analyse(_document("Це сталося 24 лютого у Києві.", language="uk"))
    assert ukrainian.language == "uk"
    assert [(hit.kind, hit.value) for hit in ukrainian.calendar] == [("month", 2)]


def test_unknown_language_reads_like_english_as_before() -> None:
    assert analyse(_document("Officials said the talks resumed.")).language == "en"


def test_frozen_and_picklable() -> None:
    found = analyse(segment(_seeds()[1]))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        found.norms = ()  # type: ignore[misc]
    with pytest.raises(ValueError):
        found.starts[0] = 3
    copy = pickle.loads(pickle.dumps(found))
    assert copy.norms == found.norms and copy.candidates == found.candidates
    assert copy.starts.tolist() == found.starts.tolist()


def test_analysis_of_prefers_the_table_and_remembers(monkeypatch) -> None:
    document = segment(_seeds()[2])
    table = analyse_documents([document])
    assert analysis_of(document, table) is table[document.id]
    calls: list[str] = []
    real = analysis_module.analyse
    monkeypatch.setattr(analysis_module, "analyse", lambda d: calls.append(d.id) or real(d))
    other = newsbrief.pipeline.with_id(document, "other")
    first = analysis_of(other)
    # The same document (an equal copy, as annotators make) is not analysed again.
    assert analysis_of(other) is first and analysis_of(attrs.evolve(other)) is first
    # An entry for another text under the same id is not used.
    stranger = _document("A different text altogether.")
    assert analysis_of(stranger, {"d": table[document.id]}).length == len(stranger.text)
    assert calls == ["other", "d"]


def test_build_briefing_analyses_each_document_once(monkeypatch) -> None:
    documents = _seeds()
    calls: list[str] = []
    real = analysis_module.analyse
    monkeypatch.setattr(analysis_module, "analyse", lambda d: calls.append(d.id) or real(d))
    monkeypatch.setattr(analysis_module, "_cache", type(analysis_module._cache)())
    newsbrief.build_briefing(documents)
    assert sorted(calls) == sorted(d.id for d in documents)


def test_story_names_merge_spelling_variants() -> None:
    a = _document("Kyiv officials met Volodymyr Zelensky on Friday.")
    b = _document("In Kiev, President Volodymyr Zelenskyy spoke on Friday.")
    names_a = {k for k in extract_features(a).entities if k.startswith("name:")}
    names_b = {k for k in extract_features(b).entities if k.startswith("name:")}
    assert {"name:volodymyr zelensky", "name:zelensky", "name:kyiv"} <= names_a & names_b


def test_a_third_party_annotator_reads_the_analysis(fresh_host: PluginHost) -> None:
    seen: dict[str, int] = {}

    class Counter:
        name = "word-counter"
        description = "counts words from the shared analysis"
        requires: tuple[str, ...] = ()

        def annotate(self, documents, context: AnnotationContext):
            for document in documents:
                seen[document.id] = len(context.analysis(document))
            return documents

    class Plugin:
        @newsbrief.hookimpl
        def register_annotators(self, register):
            register(Counter())

    plugin = Plugin()
    fresh_host.register(plugin, name="test-analysis-reader")
    try:
        documents = _seeds()[:2]
        newsbrief.build_briefing(documents, annotators=["word-counter"])
    finally:
        fresh_host.unregister(plugin)
    assert seen == {d.id: len(analyse(segment(d))) for d in documents}


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Zé’'-.!?\n1ह\u093f"), max_size=120))
def test_tokens_never_cross_sentences(text: str) -> None:
    document = _document(text)
    found = analyse(document)
    assert found.starts.tolist() == sorted(found.starts.tolist())
    for number, (start, end) in enumerate(found.sentences):
        for i in found.tokens_of(number):
            assert start <= found.starts[i] < found.ends[i] <= end
    for start, end, norm in zip(found.starts, found.ends, found.norms, strict=True):
        assert text[start:end].lower().replace("’", "'") == norm
    assert isinstance(found, Analysis)


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab ZΣσİé’'-.!?\n1ह\u093f"), max_size=120))
def test_each_sentence_holds_exactly_the_words_of_its_text(text: str) -> None:
    # The text is tokenized in one pass when no word crosses a sentence's edge; either way a
    # sentence's tokens are the words of its own text, lower-cased as that text is.
    document = _document(text)
    found = analyse(document)
    for number, (start, end) in enumerate(found.sentences):
        tokens = found.tokens_of(number)
        spans = [(int(found.starts[i]), int(found.ends[i])) for i in tokens]
        assert spans == [(start + s, start + e) for s, e in word_spans(text[start:end])]
        folded = text[start:end].lower().replace("’", "'")
        if len(folded) == end - start:
            assert [found.norms[i] for i in tokens] == [
                folded[s - start : e - start] for s, e in spans
            ]


def test_name_candidates_do_not_depend_on_what_was_read_before() -> None:
    # The chunker remembers the runs of capitalised words it has read (names recur in every
    # article of a story) and replays them at new offsets: reading the documents in another
    # order, or one alone after the others, finds the same candidates at the same offsets.
    texts = [
        "Deputy Pentagon Press Secretary Sabrina Singh said. Singh added that Sabrina Singh met "
        "the French Institute of International Relations (IFRI) on Monday.",
        "Sabrina Singh said it. Boeing shares fell. The Ministry of Defense and Sabrina Singh "
        "spoke; Resident Carla Mendes said Singh's staff left.",
        "JOHN MAJOR SAYS SABRINA SINGH WILL GO. Sabrina Singh said. Singh said.",
    ]
    documents = [_document(text) for text in texts]
    documents += [
        _document("Le ministre des Armées Sébastien Lecornu a dit. Sébastien Lecornu.", "fr")
    ]
    documents += [segment(document) for document in _seeds()[:2]]
    forget_runs()  # each pass reads afresh: the backward one must not replay the forward one
    forward = [analyse(document).candidates for document in documents]
    replayed = [analyse(document).candidates for document in documents]  # all from memory
    forget_runs()
    backward = [analyse(document).candidates for document in reversed(documents)][::-1]
    assert forward == backward == replayed
    for document, found in zip(documents, forward, strict=True):
        for candidate in found:  # each at its own offsets (all-caps lines read re-cased)
            written = " ".join(document.text[candidate.start : candidate.end].split())
            assert written.lower() == candidate.text.lower()


def test_lexicals_of_runs_with_their_own_stop_words_stay_few() -> None:
    from newsbrief.nlp import analysis as module
    from newsbrief.nlp.analysis import analyse
    from newsbrief.nlp.stopwords import using_stopwords

    document = Document.from_text("Ferry workers marched past the harbour terminal.", id="f")
    lists = [["ferry", f"word{i}"] for i in range(3 * module.RUN_LEXICALS)]
    first = []
    for words in lists:  # a long-lived process: each run its own list
        with using_stopwords({"*": words}):
            first.append(list(analyse(document).stops))
        assert len(module._run_lexicals) <= module.RUN_LEXICALS
    with using_stopwords({"*": lists[0]}):  # dropped long ago, rebuilt alike
        assert list(analyse(document).stops) == first[0]
    assert first[0] != list(analyse(document).stops)


def _pieces_plainly(sentences: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    # The gaps between sentences and the sentences, as the loop before the arrays made them.
    pieces: list[tuple[int, int]] = []
    cursor = 0
    for start, end in sentences:
        start = max(start, cursor)
        pieces += [(cursor, start), (start, end)]
        cursor = max(cursor, end)
    return [*pieces, (cursor, length)]


WORDISH = st.lists(st.sampled_from([*"aB9 .-'’\n", "İ", "Σ", "ς", "हि", "中"]), max_size=40)
ASCII = st.lists(st.sampled_from([*"aB9 .-'_\n", "Ab", "x-"]), max_size=40)


@settings(max_examples=300, deadline=None)
@given(st.one_of(WORDISH, ASCII).map("".join), st.lists(st.integers(0, 45), max_size=8))
def test_one_tokenization_of_the_text_finds_the_words_of_each_piece(
    text: str, edges: list[int]
) -> None:
    # Sentences in text order (overlapping ones too): the whole-text words, when that path
    # answers, are the words of each piece tokenized apart.
    edges = sorted(min(edge, len(text)) for edge in edges)
    sentences = list(zip(edges[::2], edges[1::2], strict=False))
    pieces = analysis_module._pieces(sentences, len(text))
    plain = _pieces_plainly(sentences, len(text))
    assert [tuple(piece) for piece in pieces.tolist()] == plain
    whole = analysis_module._whole_text_words(text, pieces)
    apart = analysis_module._piecewise_words(text, plain)
    if whole is not None:
        assert list(whole[0]) == list(apart[0]) and list(whole[1]) == list(apart[1])
        assert whole[2:] == apart[2:]


NORMS = st.lists(
    st.sampled_from(["the", "running", "runs", "ran", "don't", "9", "straße", "ſ", "мир", "x"]),
    max_size=12,
)


@settings(deadline=None)  # the first call of a language loads its stemmer
@given(st.lists(NORMS, max_size=4), st.sampled_from(["en", "de", "uk"]))
def test_forms_worked_out_together_are_each_forms_stem_and_flag(
    batches: list[list[str]], code: str
) -> None:
    # The forms new to a language are stemmed and flagged all at once: each form gets what
    # its language's stemmer and stop words give it alone, whatever was met before.
    from newsbrief.languages import language

    lexical = analysis_module._Lexical(language(code))
    lang = language(code)
    for norms in batches:
        # Fresh string objects, as tokenizing makes them.
        norms = ["".join(list(norm)) for norm in norms]
        forms, stems, stops = analysis_module._looked_up(lexical, norms)
        assert list(forms) == norms
        # One string object per distinct form, whichever batch met it first.
        assert len({id(form) for form in forms}) == len(set(norms))
        assert all(form is lexical.forms[form] for form in forms)
        assert list(stems) == [lang.stem(norm) for norm in norms]
        assert list(stops) == [norm in lang.stopwords for norm in norms]
        for norm in norms:
            assert lexical.look_up(norm) == (norm, lang.stem(norm), norm in lang.stopwords)


ARTICLE_TEXT = st.lists(
    st.sampled_from([*"aB9 .!?-'’\n", "İ", "Σ", "ς", "हि", "中", "Kyiv", "January", "the"]),
    max_size=40,
).map("".join)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(ARTICLE_TEXT, st.sampled_from([None, "en", "de", "uk"])), max_size=6))
def test_documents_analysed_together_are_analysed_as_alone(
    articles: list[tuple[str, str | None]],
) -> None:
    # ``analyse_documents`` finds the words of new documents together (one tokenization of
    # many texts, each form stemmed once): every field is what ``analyse`` gives alone.
    documents = [
        segment(Document.from_text(text, id=f"d{i}", metadata=Metadata(language=language)))
        for i, (text, language) in enumerate(articles)
    ]
    documents += documents[:1]  # a document twice
    analysis_module._forget_lexicals()  # nothing remembered: every document is new
    together = analyse_documents(documents)
    for document in documents:
        alone = analyse(document)
        for field in attrs.fields(Analysis):
            mine, theirs = getattr(together[document.id], field.name), getattr(alone, field.name)
            if field.name in ("starts", "ends"):
                assert mine.tolist() == theirs.tolist()
            else:
                assert mine == theirs, field.name


def test_new_documents_words_are_found_together(monkeypatch) -> None:
    documents = [segment(document) for document in _seeds()[:3]]
    batches: list[int] = []
    real = analysis_module._texts_words
    monkeypatch.setattr(
        analysis_module,
        "_texts_words",
        lambda t, p, x, *titles: batches.append(len(t)) or real(t, p, x, *titles),
    )
    monkeypatch.setattr(analysis_module, "_cache", type(analysis_module._cache)())
    together = analyse_documents(documents)
    assert batches == [3]  # one batch (well under BATCH_CHARACTERS)
    monkeypatch.setattr(analysis_module, "_cache", type(analysis_module._cache)())
    for document in documents:
        assert together[document.id].norms == analyse(document).norms


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(st.one_of(WORDISH, ASCII).map("".join), st.lists(st.integers(0, 45), max_size=8)),
        min_size=1,
        max_size=5,
    )
)
def test_texts_fitted_together_are_each_fitted_alone(texts: list[tuple[str, list[int]]]) -> None:
    # Any sentences (overlapping, empty, a word cut at an edge): the texts laid end to end
    # give each text's answer of ``_fitted`` (a crossing word, or its sentence token ranges).
    from newsbrief.nlp.token_arrays import tokenize

    given = [text for text, _ in texts]
    pieces = []
    for text, edges in texts:
        edges = sorted(min(edge, len(text)) for edge in edges)
        pieces.append(
            analysis_module._pieces(list(zip(edges[::2], edges[1::2], strict=False)), len(text))
        )
    table = tokenize(given, spans=True)
    assert table.starts is not None and table.ends is not None
    crossed, ranges = analysis_module._fitted_together(
        table.starts, table.ends, table.offsets, pieces
    )
    for i in range(len(given)):
        first, last = table.offsets[i], table.offsets[i + 1]
        alone = analysis_module._fitted(
            table.starts[first:last], table.ends[first:last], [], pieces[i]
        )
        assert crossed[i] == (alone is None)
        if alone is not None:
            assert ranges[i] == alone[3]


@pytest.mark.parametrize("together", [False, True])
def test_each_distinct_form_is_one_string_object(together: bool) -> None:
    """Analyses hold one string object per distinct normalised form of a language, however the
    documents were analysed (alone, or their words found together): equal forms are shared
    within a document, across documents and with the headline (memory: one string per form,
    not one per token), and the forms are the same text as before."""
    texts = [
        "The talks resumed. THE TALKS resumed on Monday, the minister said.",
        "The minister said the talks would resume, and the talks resumed.",
    ]
    documents = [
        newsbrief.pipeline.segmented(
            Document.from_text(text, id=f"shared{i}", metadata=Metadata(title="The Talks"))
        )
        for i, text in enumerate(texts)
    ]
    if together:
        found = analyse_documents(documents)
        analyses = [found[document.id] for document in documents]
    else:
        analyses = [analyse(document) for document in documents]
    forms = [form for analysis in analyses for form in (*analysis.norms, *analysis.title_norms)]
    assert len({id(form) for form in forms}) == len(set(forms))
    for analysis, document in zip(analyses, documents, strict=True):
        spans = zip(analysis.starts, analysis.ends, strict=True)
        words = [document.text[start:end].lower() for start, end in spans]
        assert list(analysis.norms) == words


def test_each_language_learns_only_its_own_texts_words() -> None:
    analysis_module._forget_lexicals()
    documents = [
        segment(Document.from_text(text, id=code, metadata=Metadata(language=code)))
        for code, text in (
            ("en", "The ferry sailed past the harbour walls at dawn."),
            ("de", "Die Fähre fuhr im Morgengrauen an den Hafenmauern vorbei."),
        )
    ]
    analyse_documents(documents)
    english = analysis_module._lexical("en").stop_flags
    german = analysis_module._lexical("de").stop_flags
    assert "harbour" in english and "hafenmauern" not in english
    assert "hafenmauern" in german and "harbour" not in german


def test_a_full_language_table_starts_afresh_with_the_same_analyses(monkeypatch) -> None:
    # A long-lived worker meets new words without end: the tables start afresh past their
    # bound rather than grow, and the analyses are the same.
    documents = [segment(document) for document in _seeds()[:3]]
    analysis_module._forget_lexicals()
    expected = analyse_documents(documents)
    monkeypatch.setattr(analysis_module, "LEXICAL_KEPT", 50)
    for document in documents:
        analysis_module._forget_lexicals()  # the cache too: every document analysed anew
        for _ in range(2):
            again = analyse(document)
            assert again.norms == expected[document.id].norms
            assert again.stems == expected[document.id].stems
            assert again.stops == expected[document.id].stops
    lexical = analysis_module._lexical("en")
    assert len(lexical.stop_flags) <= max(50, len(set(again.norms)))
