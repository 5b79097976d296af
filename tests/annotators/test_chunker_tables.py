"""The chunker's precomputed English tables answer as the word tests they stand for."""

from __future__ import annotations

from newsbrief.annotators.entities import chunker
from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.chunker import Token
from newsbrief.nlp.languages import resources


def _name_word_by_rules(token: Token, stopwords: frozenset[str]) -> bool:
    # :func:`chunker._name_word` as the English :class:`chunker.Rules` methods spell it.
    rules = chunker.rules_for("en")
    return (
        token.capitalised
        and not rules.role(token.text)
        and not rules.excluded(token.text)
        and (
            token.text.lower() not in stopwords
            or not chunker._stopword(token.text, stopwords, rules)
        )
        and not rules.org_head(token.text)
        and token.text not in gz.PLACE_HEADS
        and (token.text.isalpha() or not any(ch.isdigit() for ch in token.text))
        and token.text != "Flight"
    )


def test_english_name_words_table_matches_the_rules() -> None:
    stopwords = resources("en").stopwords
    words = set(chunker._NOT_ENGLISH_NAME_WORDS) | {w.capitalize() for w in stopwords}
    words |= {"Singh", "Kyiv", "NATO", "GM", "He", "Bill", "A380", "F-16s", "de", "Flight"}
    for word in sorted(words):
        for text in (word, word.upper(), word.lower()):
            token = Token(text, 0, len(text))
            expected = _name_word_by_rules(token, stopwords)
            assert chunker._name_word(token, stopwords) == expected, text
