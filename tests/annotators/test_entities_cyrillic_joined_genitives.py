"""A Russian or Ukrainian body's name written head first goes on over two genitives a
conjunction joins and over a genitive with an apostrophe in it (issue 16, session 36):
``Міністерство освіти і науки``, ``Министерство науки и высшего образования``,
``Міністерство охорони здоров'я``; it stops before a second body (``Міністерство оборони і
Генштаб``) or a clause (``Міністерство фінансів і податкова служба``).

The sentences are written for these tests in the manner of news articles; none is copied."""

from __future__ import annotations

from helpers.entities import typed


def test_ukrainian_ministry_over_joined_genitives_and_an_apostrophe() -> None:
    found = typed(
        "Міністерство культури і туризму оголосило конкурс.\n\n"
        "Лікарні перевірить Міністерство охорони здоров'я України.",
        "uk",
    )
    assert found["Міністерство культури і туризму"] == "organisation"
    assert found["Міністерство охорони здоров'я України"] == "organisation"


def test_russian_ministry_over_joined_genitives() -> None:
    found = typed("Министерство строительства и жилищного хозяйства утвердило нормы.", "ru")
    assert found["Министерство строительства и жилищного хозяйства"] == "organisation"


def test_a_second_body_or_a_clause_after_the_conjunction_is_not_the_name() -> None:
    found = typed(
        "Міністерство оборони і Генштаб повідомили про обмін.\n\n"
        "Міністерство фінансів і податкова служба перевіряють декларації.",
        "uk",
    )
    assert found["Міністерство оборони"] == "organisation"
    assert found["Міністерство фінансів"] == "organisation"
    assert not any(" і " in name for name in found)


def test_a_genitive_before_a_plural_verb_is_a_second_subject_not_the_name() -> None:
    # A singular body and a plural verb after the words the conjunction joins: two subjects
    # (``и армии союзников провели``), not one ministry of two things.
    found = typed("Министерство обороны и армии союзников провели учения.", "ru")
    assert found["Министерство обороны"] == "organisation"
    found = typed("Міністерство економіки і громади області підписали угоду.", "uk")
    assert found["Міністерство економіки"] == "organisation"
    assert not any(" і " in name or " и " in name for name in found)
