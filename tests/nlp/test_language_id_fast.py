"""The fast paths of language identification give py3langid's and the old code's answers exactly.

``script_counts`` deletes each script's letters at C speed instead of visiting every word; the
vectorised py3langid walk (``newsbrief.languages.identifier``) must score every text to the bit
as the library's own loop; a language given for every document skips identification.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from py3langid.langid import MODEL_FILE, LanguageIdentifier, visit_counts

import newsbrief
from newsbrief.errors import InputError
from newsbrief.languages import detect
from newsbrief.languages.detect import SCRIPTS, detect_language, script_counts
from newsbrief.languages.identifier import FastIdentifier

SENTENCES = [
    "Ukraine's president said on Tuesday that talks with NATO would resume next week.",
    "Der Bundestag hat am Donnerstag das neue Gesetz mit großer Mehrheit beschlossen.",
    "Верховна Рада ухвалила закон про бюджет на наступний рік у другому читанні.",
    "Госдума приняла в первом чтении законопроект о повышении пенсий.",
    "Η κυβέρνηση ανακοίνωσε νέα μέτρα στήριξης για τις οικογένειες.",
    "أعلنت الحكومة عن إجراءات جديدة لدعم الأسر ذات الدخل المحدود.",
    "הממשלה הודיעה על צעדים חדשים לתמיכה במשפחות.",
    "सरकार ने सोमवार को नई आर्थिक नीति की घोषणा की।",
    "国务院周二宣布了一系列支持中小企业的新措施。",
    "政府は火曜日、新しい経済対策を発表しました。",
    "정부는 화요일 새로운 경제 대책을 발표했다.",
    "Il governo ha annunciato nuove misure a sostegno delle famiglie.",
    "Vláda ve středu schválila návrh státního rozpočtu na příští rok.",
    "",
    "1234 5678",
    "🙂🙂🙂",
    "a",
    "THE PRESIDENT SAID ON TUESDAY THAT TALKS WOULD RESUME.",
]


@pytest.fixture(scope="module")
def identifiers() -> tuple[LanguageIdentifier, FastIdentifier]:
    plain = _plain()
    fast = detect._identifier()
    assert isinstance(fast, FastIdentifier), "the self-check fell back to py3langid's walk"
    return plain, fast


@pytest.mark.parametrize("text", SENTENCES)
def test_the_vectorised_walk_visits_what_py3langid_visits(identifiers, text: str) -> None:
    plain, fast = identifiers
    data = plain._encode(text)
    expected = visit_counts(plain.tk_nextmove, plain._rowbase, plain.tk_output, data)
    found = fast.visits(data)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        # Same features, same counts, same order of first visit (the order of the sum).
        assert list(zip(found[0].tolist(), found[1].tolist(), strict=True)) == list(
            expected.items()
        )


@pytest.mark.parametrize(
    "text",
    ["ab" * 5000, "the the the " * 800, "Рада " * 1000 + "news " * 1000, "x" * 20000, "abcdef"],
)
def test_repeated_features_are_counted_and_ordered_as_py3langid_does(identifiers, text) -> None:
    # (Each feature visited thousands of times: its count, and its place by first visit.)
    plain, fast = identifiers
    data = plain._encode(text)
    expected = visit_counts(plain.tk_nextmove, plain._rowbase, plain.tk_output, data)
    found = fast.visits(data)
    assert found is not None and expected is not None
    assert list(zip(found[0].tolist(), found[1].tolist(), strict=True)) == list(expected.items())


@given(st.text(alphabet="ab .Ra\u0440", max_size=400))
@settings(max_examples=150, deadline=None)
def test_texts_of_few_characters_score_the_same(text: str) -> None:
    fast = detect._identifier()
    plain = _plain()
    assert plain._decide(text).tobytes() == fast._decide(text).tobytes()


def test_scores_are_identical_to_the_bit_on_real_documents(identifiers) -> None:
    plain, fast = identifiers
    # The seeds are whole articles; each of their paragraphs is a shorter text.
    seeds = Path(__file__).resolve().parents[2] / "seeds"
    texts = [path.read_text(encoding="utf-8") for path in sorted(seeds.glob("*.txt"))]
    texts += [paragraph for text in texts for paragraph in text.split("\n\n")]
    assert plain.nb_classes == fast.nb_classes
    for text in [*SENTENCES, *texts]:
        assert plain._decide(text).tobytes() == fast._decide(text).tobytes(), text[:60]
        assert plain.rank(text) == fast.rank(text)


@given(st.text(max_size=300))
@settings(max_examples=150, deadline=None)
def test_any_text_scores_the_same(text: str) -> None:
    fast = detect._identifier()
    plain = _plain()
    assert plain._decide(text).tobytes() == fast._decide(text).tobytes()


_PLAIN: list[LanguageIdentifier] = []


def _plain() -> LanguageIdentifier:
    if not _PLAIN:
        plain = LanguageIdentifier.from_model_file(MODEL_FILE)
        keep = [lab for lab in plain.labels if len(lab) == 2 or lab in detect._VARIETIES]
        plain.set_languages(keep)
        _PLAIN.append(plain)
    return _PLAIN[0]


_ONE = [(script.name, re.compile(f"[{script.letters}]")) for script in SCRIPTS]


def _counts_one_by_one(text: str) -> Counter[str]:
    """The definition: each character counted for the script whose letters hold it."""
    counts: Counter[str] = Counter()
    for character in text:
        for name, pattern in _ONE:
            if pattern.match(character):
                counts[name] += 1
                break
    return counts


@given(st.text(max_size=200))
@settings(max_examples=300, deadline=None)
def test_script_counts_count_every_letter_once(text: str) -> None:
    assert script_counts(text) == _counts_one_by_one(text)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=300))
@settings(max_examples=200, deadline=None)
def test_script_counts_of_ascii_text(text: str) -> None:
    # (ASCII text is counted by one C pass: its letters are Latin A-Z and a-z.)
    assert script_counts(text) == _counts_one_by_one(text)


@pytest.mark.parametrize("text", SENTENCES)
def test_script_counts_of_real_sentences(text: str) -> None:
    assert script_counts(text) == _counts_one_by_one(text)
    assert script_counts(text * 3 + " " + text[::-1]) == _counts_one_by_one(
        text * 3 + " " + text[::-1]
    )


def test_a_given_language_is_not_identified(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text(
        "Мирні переговори\n\nПрезидент заявив у вівторок, що переговори відновляться.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.jsonl").write_text(
        '{"text": "Der Präsident sagte am Dienstag, die Gespräche würden fortgesetzt."}\n',
        encoding="utf-8",
    )

    def refuse(text: str, **_: object) -> str:
        raise AssertionError("identified although the language was given")

    monkeypatch.setattr(detect, "detect_language", refuse)
    corpus = newsbrief.load(str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl"), language="uk")
    assert [d.language for d in corpus.documents] == ["uk", "uk"]
    # Without the option the text is read again (and the refusal shows it was asked).
    with pytest.raises(InputError, match="identified although"):
        newsbrief.load(str(tmp_path / "a.txt"), strict=True)
    monkeypatch.undo()
    assert detect_language("Президент заявив у вівторок, що переговори відновляться.") == "uk"
