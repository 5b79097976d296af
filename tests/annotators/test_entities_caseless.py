"""Names in Arabic, a script without capitals (issues 16 and 12, session 20): places from CLDR,
people after a role or a speech verb, bodies by their head noun, proclitics outside a span.
The sentences are written for these tests."""

from __future__ import annotations

from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.entities.caseless import caseless_words, normalised
from newsbrief.model import AnnotationKind, Document, Metadata


def _found(text: str, language: str = "ar") -> set[tuple[str, str]]:
    document = Document.from_text(text, id="x", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        (a.text, str(a.attributes["type"])) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def _names(text: str) -> dict[str, str]:
    document = Document.from_text(text, id="x", metadata=Metadata(language="ar"))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: str(a.attributes["name"]) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }


def test_places_come_from_cldr_with_proclitics_left_out() -> None:
    found = _found("وصل الوفد إلى اليونان ثم سافر إلى فرنسا وبالولايات المتحدة بعد ذلك.")
    assert ("اليونان", "place") in found
    assert ("فرنسا", "place") in found
    assert ("الولايات المتحدة", "place") in found
    assert _names("زار الوزير أثينا يوم الاثنين.")["أثينا"] == "Athens"


def test_a_fused_preposition_and_article_keeps_the_whole_word() -> None:
    found = _found("قدمت الحكومة شكوى للاتحاد الأوروبي أمس.")
    assert ("للاتحاد الأوروبي", "organisation") in found


def test_a_person_after_a_role_with_its_complements_and_a_place() -> None:
    found = _found("وقال رئيس الوزراء زوران زئيف إن الاتفاق تاريخي.")
    assert ("زوران زئيف", "person") in found
    found = _found("التقى وزير الخارجية الأمريكي مايك بومبيو نظيره في روما.")
    assert ("مايك بومبيو", "person") in found
    assert ("روما", "place") in found
    found = _found("ورفض رئيس مقدونيا جورج إيفانوف نتيجة التصويت.")
    assert ("جورج إيفانوف", "person") in found
    assert ("مقدونيا", "place") in found


def test_the_role_is_kept_and_a_feminine_title_tells_the_gender() -> None:
    document = Document.from_text(
        "وصلت رئيسة الوزراء تيريزا ماي إلى المؤتمر.", id="x", metadata=Metadata(language="ar")
    )
    (annotated,) = EntityAnnotator().annotate([document])
    (may,) = [a for a in annotated.annotations_of(AnnotationKind.ENTITY) if a.text == "تيريزا ماي"]
    assert may.attributes["role"] == "رئيسة الوزراء"
    assert may.attributes["gender"] == "female"


def test_an_honorific_makes_a_person() -> None:
    assert ("أحمد خليل", "person") in _found("واستقبل السيد أحمد خليل الضيوف في القاعة.")


def test_a_speech_verb_needs_the_name_again_and_then_the_surname_counts() -> None:
    text = "قال كريم نادر إن المشروع سيكتمل قريبا. وأضاف نادر أن التمويل متوفر."
    found = _found(text)
    assert ("كريم نادر", "person") in found
    assert ("نادر", "person") in found
    # Once only: a speech verb alone is no evidence (a statement, a source may follow it).
    assert _found("قال بيان صادر عن الحكومة إن الوضع مستقر.") == set()
    assert _found("قال سامر إن الطقس جميل.") == set()


def test_a_body_is_its_head_noun_and_genitives() -> None:
    found = _found("أصدرت وزارة الخارجية الأمريكية بيانا يوم الخميس.")
    assert ("وزارة الخارجية الأمريكية", "organisation") in found
    found = _found("فاز حزب المحافظين في الانتخابات.")
    assert ("حزب المحافظين", "organisation") in found
    assert ("جامعة ولاية لويزيانا", "organisation") in _found(
        "يدرس في جامعة ولاية لويزيانا منذ عامين."
    )


def test_a_place_after_its_noun_is_the_name_alone() -> None:
    assert ("أيوا", "place") in _found("عاد الحاكم إلى ولاية أيوا أمس.")


def test_a_company_after_its_noun_when_named_again() -> None:
    found = _found("أعلنت شركة نوفاتك عن أرباحها. وقالت نوفاتك إن المبيعات ارتفعت.")
    assert ("نوفاتك", "organisation") in found
    assert _found("أسس شركة ناشئة في دبي.") == {("دبي", "place")}


def test_latin_acronyms_inside_arabic_text_are_still_found() -> None:
    found = _found("انضمت الدولة إلى حلف NATO بعد سنوات من المفاوضات.")
    assert any(text == "NATO" for text, _ in found)


def test_common_nouns_after_a_role_are_no_names() -> None:
    # An adjective, a nationality made from a territory name, a preposition, a day, a month.
    assert _found("قال الرئيس التنفيذي للشركة إن الأرباح ارتفعت.") == set()
    assert _found("وقال مسؤول أمريكي إن المحادثات مستمرة.") == set()
    assert _found("التقى الوزير السابق في المكتب.") == set()
    assert _found("وصل الرئيس يوم الأحد.") == set()
    assert _found("وصل الرئيس الخميس إلى القاهرة.") == {("القاهرة", "place")}
    assert _found("قال الرئيس في مايو إن الأمور تحسنت.") == set()


def test_a_name_a_body_has_elsewhere_is_the_body() -> None:
    found = _found("قال مدرب نوفاتك إن الفريق جاهز. وأعلنت شركة نوفاتك عن صفقة جديدة.")
    assert ("نوفاتك", "person") not in found


def test_words_are_compared_without_diacritics_and_alef_forms() -> None:
    assert normalised("الإتِّحاد") == normalised("الاتحاد")
    words = caseless_words("ar")
    assert words is not None
    assert ("فرنسي") in words.not_names  # made from فرنسا, not listed
    assert caseless_words("en") is None
    assert caseless_words("ru") is None


def test_a_name_between_commas_after_a_role() -> None:
    found = _found("ويواجه رئيس اللجنة، سامي فرحات، قرارا صعبا.")
    assert ("سامي فرحات", "person") in found
    # Without the closing comma the words after the role's comma are no apposition.
    assert _found("وقال رئيس اللجنة، إن القرار نهائي.") == set()


def test_a_name_before_an_age_is_a_persons() -> None:
    found = _found("وقال نبيل حداد الذي يبلغ من العمر 40 عاما إنه متفائل.")
    assert ("نبيل حداد", "person") in found
    # A common noun with the indefinite ending before the same phrase is none.
    assert _found("هاجمت سمكة قرش طفلاً يبلغ من العمر 13 عاما.") == set()
    # Nor a description after ``وهو``.
    assert _found("وقال نبيل، وهو عامل ميكانيكي يبلغ من العمر 40 عاما، إنه متفائل.") == set()


def test_a_nationality_standing_as_a_noun_introduces_a_person() -> None:
    assert ("رامي سليم", "person") in _found("فاز الإسباني رامي سليم على منافسه.")
    # After a noun it qualifies, it is an adjective.
    assert _found("فاز الفريق الإسباني على منافسه.") == set()


def test_a_name_joined_by_and_to_a_persons_is_one_too() -> None:
    found = _found("التقى الرئيس زوران زئيف وجورج إيفانوف في الصباح.")
    assert ("زوران زئيف", "person") in found
    assert ("جورج إيفانوف", "person") in found


def test_a_roles_name_with_li_is_the_body_it_belongs_to() -> None:
    text = "وقال المدير التنفيذي لنوفاتك إن الأرباح ارتفعت. وقد أعلنت نوفاتك عن خطة جديدة."
    found = _found(text)
    assert ("نوفاتك", "organisation") in found
    assert not any(kind == "person" for _, kind in found)


def test_a_territory_with_a_compass_word_names_its_head_too() -> None:
    names = _names("يعيش في مقدونيا منذ عام.")
    assert names["مقدونيا"] == "Macedonia"
    # ... not one written with the article (``الصحراء الغربية``: ``الصحراء`` is a desert).
    assert _found("ضلوا الطريق في الصحراء أمس.") == set()


def test_hebrew_places_bodies_and_prefixes() -> None:
    found = _found("ראש הממשלה זוראן זייב אמר שמקדוניה תצטרף לאיחוד האירופי ולא תוותר ליוון.", "he")
    assert ("לאיחוד האירופי", "organisation") in found
    assert ("שמקדוניה", "place") not in found  # (the prefix is outside the span)
    assert ("מקדוניה", "place") in found
    assert ("יוון", "place") in found
    # One prefix at most: ``בכיוון`` (towards) holds no Greece.
    assert _found("הם נסעו בכיוון הים.", "he") == set()


def test_hindi_is_off_and_keeps_its_vowel_signs() -> None:
    # Off since the session 20 review: its places became wrong quote speakers (hi.toml).
    assert caseless_words("hi") is None
    assert _names_in("प्रतिनिधिमंडल मंगलवार को एथेंस और भारत पहुंचा।", "hi") == {}
    # A Devanagari vowel sign is a letter of its word, kept in the lookup form.
    assert normalised("एथेंस") == "एथेंस"


def test_a_plural_or_a_feminine_nationality_introduces_no_person() -> None:
    # The Bolivians, then a noun (the court's ruling); the American government, then a noun.
    assert _found("سيراقب العديد من البوليفيين حكم المحكمة على الشاشات.") == set()
    assert _found("أصدرت الحكومة الأمريكية تصريحات بشأن الذكاء الاصطناعي.") == set()
    assert _found("قام البريطانيين يعملون لمدة أربعة أيام.") == set()


def test_pronoun_endings_kin_and_nouns_for_a_person_are_no_names() -> None:
    found = _found("أدلى رئيس الوزراء زوران زئيف وزوجته زوريكا بصوته.")
    assert ("زوران زئيف", "person") in found
    assert not any(text.startswith("زوجته") for text, _ in found)
    assert _found("تم اتهام رجل يبلغ من العمر 45 عاما بالشروع في القتل.") == set()
    assert (
        _found("وقال المتحدث الذي رفض ذكر اسمه لرويترز إن الوضع صعب. ووفقا لرويترز فإنه صعب.")
        == set()
    )
    assert _found("يشعر الفريق الأمريكي أن لديه الكثير مما يحفزه.") == set()


def test_a_ministry_without_the_article_completes_the_role() -> None:
    found = _found("يقول وزير خارجية كوريا الشمالية ري يونج إن بلاده لن تتراجع.")
    assert ("ري يونج", "person") in found
    assert ("كوريا الشمالية", "place") in found
    assert not any(text.startswith("خارجية") for text, _ in found)


def test_a_noun_of_a_body_or_a_place_before_a_common_word_names_nothing() -> None:
    # No genitive with the article after the body's noun; a listed word after the place's.
    assert _found("زار وزارة جديدة أمس.") == set()
    assert _found("انتقلت إلى مدينة جديدة مع أسرتها.") == set()


def _names_in(text: str, language: str) -> dict[str, str]:
    document = Document.from_text(text, id="x", metadata=Metadata(language=language))
    (annotated,) = EntityAnnotator().annotate([document])
    return {
        a.text: str(a.attributes["name"]) for a in annotated.annotations_of(AnnotationKind.ENTITY)
    }
