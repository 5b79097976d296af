"""`reads_alone` in every script: the sentence and quotation marks of the document's language."""

from __future__ import annotations

import pytest

from newsbrief.sections.reading import reads_alone


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("hi", "राष्ट्रपति ने मंगलवार को कहा कि बातचीत फिर से शुरू होगी।"),
        ("zh", "总统周二表示，谈判将于下周在维也纳恢复。"),
        ("ar", "قال الرئيس يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل."),
        ("de", "Der Minister sagte: „Wir unterzeichnen das Abkommen in Wien.“"),
        ("ru", "Министр заявил: «Мы подпишем соглашение в Вене»."),
        ("fr", "Le ministre a déclaré : « Nous signerons l'accord à Vienne. »"),
    ],
)
def test_a_whole_statement_reads_alone_in_its_script(code: str, text: str) -> None:
    assert reads_alone(text, code)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        # Questions in Arabic and Chinese script.
        ("ar", "هل ستستأنف المحادثات الأسبوع المقبل في فيينا؟"),
        ("zh", "谈判是否将于下周在维也纳恢复？"),
        # A quotation left open: German opens with „ and closes with “.
        ("de", "Der Minister sagte: „Wir unterzeichnen das Abkommen in Wien."),
        ("ru", "Министр заявил: «Мы подпишем соглашение в Вене."),
        # Trailing off is not a statement.
        ("en", "Ministers signed the grain corridor deal in Vienna and then…"),
    ],
)
def test_questions_open_quotations_and_trailing_text_do_not(code: str, text: str) -> None:
    assert not reads_alone(text, code)


def test_english_closing_mark_is_not_a_german_opening() -> None:
    # “ closes a German quotation but opens an English one: each language counts its own pairs.
    text = "The minister said: “We will sign the agreement in Vienna.”"
    assert reads_alone(text, "en")
    assert not reads_alone(text.replace("”", ""), "en")


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("ru", "Министр назвал новый закон „историческим шагом“ для всей страны."),
        ("uk", "Міністр назвав новий закон „історичним кроком“ для всієї країни."),
        ("ru", "Министр заявил: «Закон о „зелёном курсе“ вступит в силу в мае»."),
    ],
)
def test_a_russian_or_ukrainian_low_quotation_is_whole(code: str, text: str) -> None:
    # “ closes „ and opens “ ”: one „ and one “ are a whole quotation, read as the summary's
    # quality reads it (one count of the language's marks, not pair by pair).
    assert reads_alone(text, code)
    assert not reads_alone(text.replace("“", ""), code)
