"""Headlines and date lines are recognised in every script, not only Latin and Cyrillic."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsbrief
from newsbrief.model import Document, SpanKind
from newsbrief.nlp.segmenter import segment, sentence_spans
from newsbrief.parsers.base import RawInput
from newsbrief.parsers.plaintext import PlainTextParser
from newsbrief.parsers.plaintext.classify import date_like, heading_like

# Per language: a headline, a date line in the language's own way (and digits), two body
# sentences.
PAGES = {
    "ar": (
        "الحكومة تعلن خطة جديدة لدعم المزارعين",
        "القاهرة، ٣٠ سبتمبر ٢٠١٨",
        "أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في جميع المحافظات. "
        "وقال وزير الزراعة إن الخطة ستبدأ في الشهر المقبل وستشمل قروضا ميسرة.",
    ),
    "he": (
        "הממשלה מאשרת תוכנית חדשה לתחבורה ציבורית",
        "ירושלים, 30 בספטמבר 2018",
        "הממשלה אישרה היום תוכנית חדשה להרחבת התחבורה הציבורית בערים הגדולות. "
        "שר התחבורה אמר כי העבודות יתחילו בחודש הבא ויימשכו שלוש שנים.",
    ),
    "hi": (
        "सरकार ने किसानों के लिए नई योजना की घोषणा की",
        "नई दिल्ली, ३० सितंबर २०१८",
        "सरकार ने आज किसानों के लिए एक नई योजना की घोषणा की है। "
        "कृषि मंत्री ने कहा कि यह योजना अगले महीने से सभी राज्यों में लागू होगी।",
    ),
    "zh": (
        "政府宣布支持农民的新计划",
        "北京，2018年9月30日",
        "政府今天宣布了一项支持全国农民的新计划。农业部长说，该计划将于下个月开始实施。",
    ),
    "el": (
        "Η κυβέρνηση ανακοινώνει νέο σχέδιο για τους αγρότες",
        "Αθήνα, 30 Σεπτεμβρίου 2018",
        "Η κυβέρνηση ανακοίνωσε σήμερα νέο σχέδιο στήριξης των αγροτών σε όλη τη χώρα. "
        "Ο υπουργός Γεωργίας είπε ότι το σχέδιο θα ξεκινήσει τον επόμενο μήνα.",
    ),
    "uk": (
        "Уряд оголосив нову програму для фермерів",
        "Київ, 30 вересня 2018 р.",
        "Уряд сьогодні оголосив нову програму підтримки фермерів по всій країні. "
        "Міністр аграрної політики сказав, що програма почне діяти наступного місяця.",
    ),
}


def _parse(text: str) -> Document:
    raw = RawInput(name="story.txt", data=text.encode(), doc_id="story", path="story.txt")
    (document,) = PlainTextParser().parse(raw)
    return document


@pytest.mark.parametrize("language", sorted(PAGES))
def test_headline_and_date_line_are_set_aside(language: str) -> None:
    headline, date_line, body = PAGES[language]
    document = _parse(f"{headline}\n\n{date_line}\n\n{body}\n")
    assert document.metadata.title == headline
    removed = {document.text[s.start : s.end] for s in document.removed}
    assert date_line in removed
    sentences = [s.text for s in segment(document).sentences]
    assert headline not in sentences and date_line not in sentences
    assert len(sentences) == 2


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_summary_never_picks_the_headline_or_date_line(language: str, tmp_path: Path) -> None:
    headline, date_line, body = PAGES[language]
    (tmp_path / "a.txt").write_text(f"{headline}\n\n{date_line}\n\n{body}\n", "utf-8")
    briefing = newsbrief.build_briefing(newsbrief.load(str(tmp_path)), words=60)
    texts = [item.sentence.text for item in briefing.summary]
    assert texts
    assert not any(headline in t or date_line in t for t in texts)


@pytest.mark.parametrize("language", sorted(PAGES))
def test_a_headline_over_one_sentence_per_line(language: str) -> None:
    headline, _, body = PAGES[language]
    lines = "\n".join(body[s:e] for s, e in sentence_spans(body, language))
    document = _parse(f"{headline}\n{lines}\n")
    assert document.metadata.title == headline


def test_a_headline_written_as_a_sentence_above_a_date_line() -> None:
    document = _parse(
        "सुनामी में मरने वालों की संख्या 800 से ज़्यादा हुई।\n\n३० सितंबर २०१८\n\nराहत कार्य जारी है।\n"
    )
    assert document.metadata.title == "सुनामी में मरने वालों की संख्या 800 से ज़्यादा हुई।"


@pytest.mark.parametrize(
    "text",
    ["Jakarta, September 30, 2018", "القاهرة، ٣٠ سبتمبر ٢٠١٨", "३० सितंबर २०१८", "2018年9月30日",
     "30.09.2018", "ירושלים, 30 בספטמבר 2018"],
)  # fmt: skip
def test_date_lines_in_any_digits(text: str) -> None:
    assert date_like(text)


@pytest.mark.parametrize(
    "text",
    ["Elections 2024", "The 2018 World Cup final was played in Moscow on July 15, and France won.",
     "Годовой отчёт", "نتائج الانتخابات"],
)  # fmt: skip
def test_not_date_lines(text: str) -> None:
    assert not date_like(text)


def test_caseless_scripts_start_headlines_but_lower_case_does_not() -> None:
    assert heading_like("الحكومة تعلن خطة جديدة")
    assert heading_like("政府宣布新计划")
    assert not heading_like("the government announces a plan")
    assert not heading_like("सरकार ने योजना की घोषणा की।")  # a sentence: danda at the end


def test_removed_spans_are_verbatim() -> None:
    headline, date_line, body = PAGES["ar"]
    document = _parse(f"{headline}\n\n{date_line}\n\n{body}\n")
    kinds = {document.text[s.start : s.end]: s.kind for s in document.removed}
    assert kinds[date_line] is SpanKind.METADATA


@pytest.mark.parametrize(
    ("dateline", "published"),
    [
        ("Київ, 26 листопада 2024 року", "2024-11-26"),
        ("Berlin, 24. Februar 2024", "2024-02-24"),
        ("كييف، 26 نوفمبر 2024", "2024-11-26"),
        ("KYIV, 26 November 2024", "2024-11-26"),
    ],
)
def test_a_place_and_date_line_under_the_headline_dates_the_article(
    tmp_path, dateline: str, published: str
) -> None:
    path = tmp_path / "article.txt"
    path.write_text(
        f"Officials meet again\n\n{dateline}\n\n"
        "The two delegations met again on Tuesday and agreed to continue the talks.\n",
        encoding="utf-8",
    )
    (document,) = newsbrief.load(str(path)).documents
    assert document.metadata.published is not None
    assert document.metadata.published.isoformat() == published
