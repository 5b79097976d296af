"""The summary's reading rules act in each document's own language (issue 12: "a stage that
works only in English is unfinished"): of two near-copies, the one that opens by pointing back
(``Він заявив``), voices an opinion (``À mon avis``), continues an unseen sentence (``Теперь
они``) or names a role it never introduced (``Der Sprecher``) loses to the clean one, as in
English. Each pair is the same statement; the worse copy comes first, so without the rule it
would win the tie (earliest first)."""

from __future__ import annotations

import datetime as dt

import pytest

import newsbrief
from newsbrief.model import Document, Metadata

CASES = [
    # An opening pronoun ([reading] anaphoric_openings).
    ("uk", "Він заявив, що уряд підвищить пенсії з першого січня наступного року.",
     "Прем'єр заявив, що уряд підвищить пенсії з першого січня наступного року."),
    ("ru", "Он заявил, что правительство повысит пенсии с первого января следующего года.",
     "Премьер заявил, что правительство повысит пенсии с первого января следующего года."),
    ("de", "Er sagte, die Regierung werde die Renten ab dem ersten Januar kommenden Jahres "
     "erhöhen.",
     "Der Kanzler sagte, die Regierung werde die Renten ab dem ersten Januar kommenden Jahres "
     "erhöhen."),
    ("fr", "Il a déclaré que le gouvernement augmenterait les retraites dès le premier janvier.",
     "Le Premier ministre a déclaré que le gouvernement augmenterait les retraites dès le "
     "premier janvier."),
    ("es", "Él afirmó que el gobierno subirá las pensiones a partir del primero de enero.",
     "El presidente afirmó que el gobierno subirá las pensiones a partir del primero de enero."),
    # An opinion ([summarizer] opinion_phrases).
    ("uk", "На мою думку, уряд підвищить пенсії з першого січня наступного року.",
     "За словами міністра, уряд підвищить пенсії з першого січня наступного року."),
    ("ru", "Мне кажется, правительство повысит пенсии с первого января следующего года.",
     "По словам министра, правительство повысит пенсии с первого января следующего года."),
    ("de", "Meiner Meinung nach wird die Regierung die Renten im kommenden Jahr deutlich erhöhen.",
     "Nach Angaben des Ministers wird die Regierung die Renten im kommenden Jahr deutlich "
     "erhöhen."),
    ("fr", "À mon avis, le gouvernement augmentera les retraites dès le premier janvier prochain.",
     "Selon le ministre, le gouvernement augmentera les retraites dès le premier janvier "
     "prochain."),
    ("es", "En mi opinión, el gobierno subirá las pensiones a partir del primero de enero.",
     "Según el ministro, el gobierno subirá las pensiones a partir del primero de enero."),
    # An adverb then a pronoun ([summarizer] continuing_adverbs, continued_pronouns).
    ("uk", "Тепер вони вимагають від уряду компенсації за зруйновані будинки.",
     "Мешканці вимагають від уряду компенсації за зруйновані будинки."),
    ("ru", "Теперь они требуют от правительства компенсации за разрушенные дома.",
     "Жители требуют от правительства компенсации за разрушенные дома."),
    ("fr", "Désormais, ils exigent du gouvernement une indemnisation pour les maisons détruites.",
     "Les habitants exigent du gouvernement une indemnisation pour les maisons détruites."),
    # A role after a definite article ([summarizer] anaphoric_roles).
    ("de", "Der Sprecher sagte, die Regierung werde die Renten im kommenden Jahr erhöhen.",
     "Ein Sprecher des Arbeitsministeriums sagte, die Regierung werde die Renten im kommenden "
     "Jahr erhöhen."),
    ("es", "El portavoz dijo que el gobierno subirá las pensiones a partir del primero de enero.",
     "Un portavoz del ministerio de Trabajo dijo que el gobierno subirá las pensiones a partir "
     "del primero de enero."),
]  # fmt: skip


@pytest.mark.parametrize(("code", "worse", "better"), CASES)
def test_the_clean_copy_stands_for_both(code: str, worse: str, better: str) -> None:
    metadata = Metadata(published=dt.date(2024, 11, 27), language=code)
    documents = [
        Document.from_text(worse, id="worse", metadata=metadata),
        Document.from_text(better, id="better", metadata=metadata),
    ]
    (item,) = newsbrief.build_briefing(documents, sentences=1).summary
    assert item.sentence.text == better


def test_the_quick_reading_is_the_plain_one_in_every_language() -> None:
    # Sentences of several languages in one request: each read by its own language's rules,
    # the quick way (every text of a language at once, a cheap search before the expression)
    # giving the plain one's factors, ``re``'s own case equivalents included (Cyrillic ``ᲃ``
    # is ``с`` to an expression ignoring case; Turkish ``İ`` is ``i``).
    from newsbrief.summarizers.multidoc.features import collect, plain_quality, quality

    lines = {
        "ru": ["Мне кажетᲃя, правительство повысит пенсии с первого января.",
               "Правительство повысит пенсии с первого января следующего года."],
        "en": ["İ THİNK the government will raise pensions from the first of January.",
               "Now it wants its money back from the charities that received it."],
        "fr": ["À MON AVIS, le gouvernement augmentera les retraites en janvier prochain.",
               "Le gouvernement augmentera les retraites dès le premier janvier prochain."],
        "de": ["Now it wants its money back from the charities that received it.",
               "Lassen Sie uns die Renten im kommenden Jahr gemeinsam deutlich erhöhen."],
    }  # fmt: skip
    documents = [
        Document.from_text(" ".join(texts), id=code, metadata=Metadata(language=code))
        for code, texts in lines.items()
    ]
    briefing = newsbrief.build_briefing(documents, annotators=[])
    candidates = collect(list(briefing.documents))
    factors = quality(candidates)
    assert factors.tolist() == plain_quality(candidates).tolist()
    penalised = [s.text for s, f in zip(candidates.sentences, factors, strict=True) if f < 1]
    assert penalised == [
        lines["ru"][0],
        lines["en"][0],
        lines["en"][1],
        lines["fr"][0],
        lines["de"][1],
    ]


@pytest.mark.parametrize(
    ("code", "quoted", "plain"),
    [
        ("de", "„Wir erhöhen die Renten im kommenden Jahr deutlich“, sagte der Minister.",
         "Wir erhöhen die Renten im kommenden Jahr deutlich, sagte der Minister."),
        ("ru", "«Мы повысим пенсии, как обещали „в самом начале“», — сказал министр.",
         "Мы повысим пенсии, как обещали в самом начале, — сказал министр."),
    ],
)  # fmt: skip
def test_a_whole_quotation_in_the_languages_marks_is_no_half_thought(
    code: str, quoted: str, plain: str
) -> None:
    # German closes with “ (English's opening mark), Russian nests „ “ inside « »: the
    # quotation is whole, so the quoted copy, the earlier, stands for both.
    metadata = Metadata(published=dt.date(2024, 11, 27), language=code)
    documents = [
        Document.from_text(quoted, id="quoted", metadata=metadata),
        Document.from_text(plain, id="plain", metadata=metadata),
    ]
    (item,) = newsbrief.build_briefing(documents, sentences=1).summary
    assert item.sentence.text == quoted
