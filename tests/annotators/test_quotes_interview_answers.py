"""A printed interview's answers without quotation marks (session 31, issue #16;
annotators/quotes/interview_answers.py): ``Q:``/``A:`` turns, or a question over its answer
in paragraphs of two lines after ``Edited excerpts:``, give the interviewee's answers as their
words (not quoted); the questions are no one's, and an FAQ's answers (not in the first person)
or an exchange whose interviewee the page does not name are nobody's.

The articles are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.quotes import speakers_and_quoted


def test_labelled_answers_are_the_interviewee_s_words() -> None:
    text = (
        "Weekend Magazine\n\n"
        "Q&A: Potter Helga Brandtner on forty years at the wheel\n\n"
        "Interview by Tomas Reilly\n\n"
        "Helga Brandtner opened her studio in Galway in 1986. We met her before a firing.\n\n"
        "Q: How did you start?\n"
        "A: My uncle had a kiln behind his barn and I was always covered in clay.\n\n"
        "Q: What has changed since then?\n"
        "A: The glazes are safer, and we sell more online than at fairs now.\n\n"
        "Her next exhibition opens in May.\n"
    )
    found = speakers_and_quoted(text)
    assert found["My uncle had a kiln behind his barn and I was always covered in clay."] == (
        "Helga Brandtner",
        False,
    )
    assert found["The glazes are safer, and we sell more online than at fairs now."] == (
        "Helga Brandtner",
        False,
    )
    assert not any(words.startswith(("How did", "What has")) for words in found)


def test_a_question_over_its_answer_after_edited_excerpts() -> None:
    text = (
        "Business Daily\n\n"
        "Markets / Interviews\n\n"
        "Harbour Freight Lines expects a busier year, says its chief Omar Haddad\n\n"
        "The shipping group, which listed last spring, is adding routes to West Africa. Its "
        "chief executive, Omar Haddad, spoke about fuel costs and demand. Edited excerpts:\n\n"
        "Were the summer months slow?\n"
        "July was slow because of the port strike. August made up for it, and our order book "
        "is full.\n\n"
        "Will you buy more ships?\n"
        "We have ordered two, and we will charter more if rates stay where they are.\n\n"
        "First Published: Oct 3 2026\n"
    )
    found = speakers_and_quoted(text)
    answer = "We have ordered two, and we will charter more if rates stay where they are."
    assert found[answer] == ("Omar Haddad", False)
    asked = ("Were the", "Will you", "First Published")
    assert not any(words.startswith(asked) for words in found)


def test_an_faq_s_answers_are_nobody_s() -> None:
    text = (
        "City Council\n\n"
        "Bin collections over the holidays\n\n"
        "The council's waste officer, Mara Quint, set out the changes. Mara Quint said crews "
        "will work on Saturdays.\n\n"
        "Q: When will my bins be emptied?\n"
        "A: Collections move one day later in the week after Christmas.\n\n"
        "Q: Can glass go in the blue bin?\n"
        "A: Glass goes to the bottle banks at the library car park.\n"
    )
    found = speakers_and_quoted(text)
    assert not any(words.startswith(("Collections move", "Glass goes")) for words in found)


def test_a_shop_faq_in_the_first_person_plural_is_nobody_s() -> None:
    # The reader asks in their own voice ("Can I ..."), so the shop's "we" answers are no
    # interview of the one person the page names before the questions.
    text = (
        "Harlow Garden Centre\n\n"
        "Spring plant fair: what to know\n\n"
        "Our manager Colm Dwyer says this year's fair is the largest we have held.\n\n"
        "Q: Where do I park?\n"
        "A: We have opened the field behind our greenhouses for cars.\n\n"
        "Q: Are dogs allowed?\n"
        "A: Yes, on leads, and we put water bowls by our cafe.\n"
    )
    found = speakers_and_quoted(text)
    assert not any(words.startswith(("We have opened", "Yes, on leads")) for words in found)
