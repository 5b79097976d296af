"""Names and role phrases put back in the nominative, in languages whose names inflect.

Russian and Ukrainian write a name in the case its sentence gives it (``з Емманюелем
Макроном``, ``за словами Макрона``); a briefing names a person, and a quotation gives its
speaker and the speaker's role, in the nominative (``Емманюель Макрон``, ``президент
Франції``). A language's data file chooses the analyser (``[morphology] analyzer =
"pymorphy3"``, with pymorphy3's dictionary of that language); languages without one get
``None`` from every function here, and their callers keep the text as written.

The analyser is loaded on first use only (never for a run without such a document), once per
process, and reads only the few words it is asked about: a name's words and a role's head,
never a whole text. Its choice among the readings pymorphy3 gives is fixed: readings from its
dictionary first (a guessed reading only where it keeps the word's beginning), a name's words
read as names (``Name``, ``Surn``, ``Patr``) where the dictionary has them so, in one case and
one gender for the whole name, genders and cases tried in a fixed order.
"""

from __future__ import annotations

import importlib.util
import threading
import warnings
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import cache, lru_cache
from typing import Any

from newsbrief.languages import language, on_reload

#: Tags of a person's name in pymorphy3's dictionaries: first name, surname, patronymic.
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
#: Oblique cases, in the order tried when a name's words agree in several (the genitive and
#: the accusative of a man's name are one form, and give one nominative). Not the locative:
#: news rarely writes a person's name in it, and a guess reads a foreign name's ending as one
#: (``Тревору Лінзі`` is no ``Тревор Лінз``).
_CASES = ("gent", "accs", "datv", "ablt")
#: Genders, in the order tried when a name's words may be read in several.
_GENDERS = ("masc", "femn", "neut")
#: A person's gender as a dictionary's grammeme and as the name tables say it.
_NAME_GENDERS = {"masc": "male", "femn": "female"}
_NAME_GENDERS_BACK = {v: k for k, v in _NAME_GENDERS.items()}
#: Parts of speech a role's head and the adjectives before it are (``колишнім міністром``).
_ADJECTIVES = frozenset({"ADJF", "PRTF"})
#: Adjectives read before a role's head noun at most.
_MAX_ADJECTIVES = 3
#: Words of a role read for a conjunction at most (a role is a short phrase).
_MAX_ROLE_WORDS = 8
#: Words of a name read at most (a longer run is no one person's name).
_MAX_NAME_WORDS = 4
#: Letters a guessed nominative may differ from the written word by, past their common start.
_GUESS_ENDING = 3
#: Words whose readings are kept per language (names and roles recur across a run).
_CACHE = 16384
_APOSTROPHES = "’ʼ`"


#: Each language's pymorphy3 dictionary: ``(module, distribution, extra installing it)``. The
#: Russian dictionary is a dependency; the Ukrainian one an extra (``newsbrief[uk]``: the
#: package declares GPLv3), without which Ukrainian names are left to the hand rules.
_DICTIONARIES = {
    "ru": ("pymorphy3_dicts_ru", "pymorphy3-dicts-ru", None),
    "uk": ("pymorphy3_dicts_uk", "pymorphy3-dicts-uk", "uk"),
}
#: One analyser is loaded at a time (threads of a Dask worker may ask for it together).
_LOADING = threading.Lock()


@cache
def analyzer(code: str | None) -> Any | None:
    """The morphological analyser of language ``code`` (``[morphology] analyzer`` of its data
    file), loaded on first use and kept for the process; ``None`` when the language names none
    or its packages are not installed (the callers then keep the hand rules). A dictionary
    installed but unreadable is no failure of the run either: one warning, then ``None``."""
    if code not in _DICTIONARIES or not has_analyzer(code):
        return None
    assert code is not None
    with _LOADING:
        return _loaded(code)


@cache
def _loaded(code: str) -> Any | None:
    """pymorphy3's analyser with its dictionary of language ``code``, or ``None``."""
    if _missing(code) is not None:
        return None  # (an optional dictionary not installed: silently the hand rules)
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(path=_dictionary(code), lang=code)
    except Exception as error:  # (a broken install: any error of its reader)
        warnings.warn(
            f"newsbrief: {_DICTIONARIES[code][1]} could not be loaded ({error!r}); "
            f"{code} names are read by the hand rules",
            RuntimeWarning,
            stacklevel=2,
        )
        return None


def _dictionary(code: str) -> str:
    """Where pymorphy3's dictionary of language ``code`` is installed (a package of its own
    for each language; nothing is downloaded)."""
    if code == "ru":
        import pymorphy3_dicts_ru

        return str(pymorphy3_dicts_ru.get_path())
    import pymorphy3_dicts_uk

    return str(pymorphy3_dicts_uk.get_path())


def missing() -> dict[str, str]:
    """The languages whose analyser is not installed, each with what it needs, for ``-v``
    (``{"uk": "pymorphy3-dicts-uk (the newsbrief[uk] extra)"}``); their names are read by the
    hand rules. Looked up without importing anything."""
    return {code: what for code in _DICTIONARIES if (what := _missing(code)) is not None}


def _missing(code: str) -> str | None:
    module, distribution, extra = _DICTIONARIES[code]
    absent = [
        name
        for found, name in ((module, distribution), ("pymorphy3", "pymorphy3"))
        if importlib.util.find_spec(found) is None
    ]
    if not absent:
        return None
    return ", ".join(absent) + (f" (the newsbrief[{extra}] extra)" if extra else "")


def has_analyzer(code: str | None) -> bool:
    """Whether language ``code``'s data file names an analyser (read without loading it)."""
    return bool(code) and bool(language(code).sections.get("morphology", {}).get("analyzer"))


@lru_cache(maxsize=_CACHE)
def _parses(word: str, code: str) -> tuple[Any, ...]:
    """The readings of ``word`` (lower case, plain apostrophes) that may be trusted: the
    dictionary's, else guesses whose nominative keeps the word's beginning (``Шольца`` may
    be ``Шольц``'s, never a ``Шолец``'s); plural readings left out (a name or a role is one
    person's)."""
    found = [p for p in _all_parses(word, code) if "plur" not in p.tag.grammemes]
    known = [p for p in found if _from_dictionary(p)]
    if known:
        return tuple(known)
    return tuple(p for p in found if _kept_guess(p, word) or _adjectival_surname(p, found, word))


def _all_parses(word: str, code: str | None) -> tuple[Any, ...]:
    """Every reading the analyser of language ``code`` gives ``word`` as it is passed (the
    dictionary's and its guesses, in its order); none without an analyser, and then nothing
    cached. The word tests (``is_person_noun``, ``reads_as_verb``...) each keep the readings
    they trust."""
    if not has_analyzer(code):
        return ()
    return _analysed(word, code)


@lru_cache(maxsize=_CACHE)  # (bounded: its words are the documents')
def _analysed(word: str, code: str | None) -> tuple[Any, ...]:
    """:func:`_all_parses` of a language that names an analyser (none when it is not loaded)."""
    morph = analyzer(code)
    return () if morph is None else tuple(morph.parse(word))


def _kept_guess(parse: Any, word: str) -> bool:
    """Whether a guessed reading of ``word`` is taken: its nominative is the word without a
    short ending (``коглер`` of ``коглера``), or changes its last letter only as a person's
    name would (an animate noun's: ``Трембовецьку`` of ``Трембовецька``; not the inanimate
    ``квілля`` that ``Квіллі`` might be a case of)."""
    form = parse.normal_form
    if not _kept_start(form, word):
        return False
    return word.startswith(form) or "anim" in parse.tag.grammemes


def _adjectival_surname(parse: Any, found: list[Any], word: str) -> bool:
    """Whether a guessed reading of ``word`` is a surname declined as an adjective, which
    changes two letters of its nominative (``Зеленского`` of ``Зеленский``, ``Вишневской`` of
    ``Вишневская``): a surname reading whose nominative is also an adjective reading's."""
    form = parse.normal_form
    if "Surn" not in parse.tag.grammemes or not any(
        p.tag.POS == "ADJF" and p.normal_form == form for p in found
    ):
        return False
    shared = _common_start(form, word)
    return shared >= max(3, len(form) - 2) and len(word) - shared <= _GUESS_ENDING


def _kept_start(form: str, word: str) -> bool:
    """Whether ``form`` keeps ``word``'s beginning: all of it but a last letter, and the
    word adds a short ending at most (``коглер`` of ``коглера``, ``кромвель`` of
    ``кромвеля``; not ``шолец`` of ``шольца``)."""
    shared = _common_start(form, word)
    return shared >= max(3, len(form) - 1) and len(word) - shared <= _GUESS_ENDING


def _from_dictionary(parse: Any) -> bool:
    """Whether pymorphy3 read ``parse`` from its dictionary (or a hyphenated word's parts
    from it), not guessed it by the word's ending."""
    return _known_stack(parse.methods_stack)


def _known_stack(stack: tuple[Any, ...]) -> bool:
    """Whether a reading's methods are the dictionary alone (``Макрона``), or a fixed first
    part of a hyphenated word and the dictionary's reading of the rest (``прем’єр-міністром``);
    a word read by a known ending after an unknown beginning (``Ког|лера``) is a guess."""
    if len(stack) != 1:
        return False
    method = type(stack[0][0]).__name__
    if method == "DictionaryAnalyzer":
        return True
    return method == "HyphenatedWordsAnalyzer" and _known_stack(stack[0][2])


def _common_start(one: str, two: str) -> int:
    n = 0
    for a, b in zip(one, two, strict=False):
        if a != b:
            break
        n += 1
    return n


def _plain(word: str) -> str:
    """``word`` as the dictionaries spell it: lower case, one apostrophe."""
    lower = word.lower()
    for mark in _APOSTROPHES:
        lower = lower.replace(mark, "'")
    return lower


def _as_written(written: str, form: str, code: str) -> str:
    """``form`` (lower case) spelt as ``written`` is where they agree: its capitals and
    apostrophes kept (``Емманюелем`` -> ``Емманюель``, ``Прем’єр-міністром`` ->
    ``Прем’єр-міністр``), and a letter the dictionary spells otherwise than the text (``ґ``,
    ``ё``: ``[morphology] spellings``) as the text does."""
    plain = _plain(written)
    for letter, written_so in _spellings(code):
        if letter in form and letter not in plain:
            form = form.replace(letter, written_so)
    parts, form_parts = written.split("-"), form.split("-")
    if len(parts) > 1 and len(parts) == len(form_parts):
        # (each part's own capital: ``Анну-Марію`` -> ``Анна-Марія``, not ``Анна-марія``)
        return "-".join(_kept(w, f) for w, f in zip(parts, form_parts, strict=True))
    return _kept(written, form)


def _kept(written: str, form: str) -> str:
    """``form`` with ``written``'s letters where the two agree from the start."""
    shared = _common_start(_plain(written), form)
    return written[:shared] + form[shared:]


@cache
def _spellings(code: str) -> tuple[tuple[str, str], ...]:
    """``(dictionary's letter, the text's)`` pairs of ``[morphology] spellings``."""
    pairs = language(code).sections.get("morphology", {}).get("spellings", ())
    return tuple((a, b) for a, _, b in (str(p).partition(":") for p in pairs) if a and b)


def plain_letters(text: str, code: str | None) -> str:
    """``text`` with each letter the dictionary of language ``code`` writes that texts may
    spell otherwise (``[morphology] spellings``: ``ё`` as ``е``) spelt the plain way, in
    either case: two spellings of one name compare equal (``Пётр`` and ``Петр``,
    ``Королёв`` and ``Королев``); ``text`` itself in a language without a dictionary."""
    if not has_analyzer(code):
        return text
    assert code is not None
    for letter, plain in _spellings(code):
        text = text.replace(letter, plain).replace(letter.upper(), plain.upper())
    return text


def _gender(parse: Any) -> str | None:
    return next((g for g in _GENDERS if g in parse.tag.grammemes), None)


def _fixed(parse: Any) -> bool:
    """Whether a reading is of a word that takes no case endings (``Тимошенко``)."""
    return "Fixd" in parse.tag.grammemes


def _case(parse: Any) -> str:
    """A reading's case; none given is the nominative (the Ukrainian dictionary tags some
    words' dictionary forms without one: ``директор``)."""
    return str(parse.tag.case or "nomn")


def _agreeing_adjectives(
    adjectives: list[list[Any]], case: str, gender: str | None
) -> list[Any] | None:
    """For each word before a noun, its first reading as an adjective in ``case`` and in the
    noun's ``gender`` (or of none); ``None`` when a word has no such reading."""
    agreeing = []
    for options in adjectives:
        fitting = [p for p in options if _case(p) == case and _gender(p) in (gender, None)]
        if not fitting:
            return None
        agreeing.append(fitting[0])
    return agreeing


def _name_readings(word: str, code: str, *, first: bool) -> tuple[Any, ...]:
    """A name's word's readings: as a name where the dictionary has it so (``Зеленського``
    as a surname, not an adjective), else as a noun (``Колонной``: not the adjective
    ``колонная``, a surname read so would lose its ending). A guess of a first name's
    paradigm is taken for the first word only (``Тревору Лінзі``: no ``Лінзя``'s
    dative)."""
    readings = [
        p
        for p in _parses(_plain(word), code)
        if p.tag.POS in ("NOUN", "ADJF")
        and (first or "Name" not in p.tag.grammemes or _from_dictionary(p))
    ]
    named = [p for p in readings if _NAME_TAGS & p.tag.grammemes]
    return tuple(named or [p for p in readings if p.tag.POS == "NOUN"])


def nominative_name(name: str, code: str | None, gender: str | None = None) -> str | None:
    """``name`` (a person's, one to four words) in the nominative, when the language has an
    analyser and the name's words agree in one oblique case (``Емманюелем Макроном`` ->
    ``Емманюель Макрон``, ``Юлії Тимошенко`` -> ``Юлія Тимошенко``); ``name`` itself when it
    may be read as a nominative, ``None`` when nothing tells (a word the dictionary does not
    know and no guess keeps, words that agree in no case). ``gender`` (``female``/``male``,
    as the commoner reading of the first name tells) is read first where both agree:
    ``Алину Веденееву`` is Алина Веденеева's accusative, not the rare Алин's dative."""
    if not has_analyzer(code) or analyzer(code) is None:
        return None
    assert code is not None
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS:
        return None
    readings = [_name_readings(word, code, first=i == 0) for i, word in enumerate(words)]
    if not all(readings) or not any(
        _NAME_TAGS & p.tag.grammemes for parses in readings for p in parses
    ):
        return None
    # Read as a nominative where every word may be one: ``Олена Петрова`` is no genitive.
    if all(any(_case(p) == "nomn" or _fixed(p) for p in parses) for parses in readings):
        return name
    # A man's reading first, then a woman's (``Полу`` is Пол's dative before Пола's
    # accusative), unless the first name tells.
    told = _NAME_GENDERS_BACK.get(gender or "")
    for gender_read in sorted(_GENDERS, key=lambda g: g != told):
        agreeing = [
            chosen
            for case in _CASES
            if (chosen := _agreeing(readings, case, gender_read)) is not None
        ]
        if not agreeing:
            continue
        # The case most words are declined in (``Анне Кузнецовой``: the dative of ``Анна``,
        # not the indeclinable ``Анне`` beside a genitive), then the one of the readings the
        # analyser ranks first (``Марині``: Марина's dative before the rare Мариня's
        # genitive), then the first in ``_CASES``.
        chosen = max(
            agreeing,
            key=lambda c: (
                sum(not _fixed(p) for p in c),
                -sum(parses.index(p) for parses, p in zip(readings, c, strict=True)),
            ),
        )
        # The case is the dictionary's word for it: a word it inflects, not one it guesses
        # (``Маттео Ріккарді``: an indeclinable name and a guess are no locative).
        if any(_from_dictionary(p) and not _fixed(p) for p in chosen):
            return _inflected(words, chosen, code, gender_read)
        return None
    return None


def _agreeing(readings: list[tuple[Any, ...]], case: str, gender: str) -> list[Any] | None:
    """A reading of each name word in ``case`` and ``gender`` (a declined reading before an
    indeclinable one), or ``None`` if a word has none."""
    chosen = []
    for parses in readings:
        fitting = [
            p
            for p in parses
            if (_case(p) == case or _fixed(p))
            # (``ms-f``: a surname of either gender, ``Коваль``)
            and (_gender(p) in (gender, None) or "ms-f" in p.tag.grammemes)
            # A man named in the accusative takes its genitive form (``Петра Дуба``): a thing's
            # accusative, written as its nominative, is no word of his name (``Арда Туран``
            # is no accusative of ``Ард``).
            and not (case == "accs" and gender == "masc" and "inan" in p.tag.grammemes)
        ]
        if not fitting:
            return None
        chosen.append(min(fitting, key=_fixed))
    return chosen


def _inflected(words: list[str], chosen: list[Any], code: str, gender: str) -> str | None:
    """``words`` each put in the nominative by its chosen reading."""
    out = []
    for i, (word, parse) in enumerate(zip(words, chosen, strict=True)):
        if _fixed(parse):
            out.append(word)
            continue
        if "-" in word and (parts := _declined_parts(word, code, _case(parse), gender, i == 0)):
            out.append(parts)
            continue
        form = _nominative(parse)
        if form is None:
            return None
        out.append(_as_written(word, form, code))
    return " ".join(out)


def _nominative(parse: Any) -> str | None:
    """The nominative singular of a reading (lower case), or ``None``. The Ukrainian dictionary
    tags a noun's dictionary form without a case, so that asking for the nominative may give
    the plural (``секретарем`` -> ``секретарі``): the reading's dictionary form is taken then,
    where it has the reading's gender (a woman's surname's dictionary form may be a man's)."""
    form = parse.inflect({"nomn"})
    if form is not None and "Supr" in parse.tag.grammemes:
        form = _same_degree(parse, form)
    if form is not None and "plur" not in form.tag.grammemes:
        return str(form.word)
    lemma = parse.normalized
    if "plur" in lemma.tag.grammemes or _gender(lemma) != _gender(parse):
        return None
    return str(lemma.word)


def _same_degree(parse: Any, form: Any) -> Any:
    """The nominative of a superlative reading that keeps its word's stem: the dictionary
    files ``высшей`` under ``высокий``, whose nominative it gives as ``высочайшая``; the form
    of its paradigm with ``form``'s tag that shares the longest beginning with the word
    (``высшая``, ``Высшая школа экономики``)."""
    forms = [form, *(f for f in parse.lexeme if f.tag == form.tag)]
    return max(forms, key=lambda f: _common_start(f.word, parse.word), default=form)


def _declined_parts(word: str, code: str, case: str, gender: str, first: bool) -> str | None:
    """A hyphenated name word whose every part is declined (``Петрову-Водкину`` ->
    ``Петрова-Водкина``, ``Анну-Марію`` -> ``Анна-Марія``) put in the nominative part by part;
    ``None`` where a part keeps its form (``Жан-Клода``: the dictionary's reading of the whole
    word declines its last part only)."""
    parts = word.split("-")
    chosen = _agreeing([_name_readings(p, code, first=first) for p in parts], case, gender)
    if chosen is None or any(_fixed(p) for p in chosen):
        return None
    forms = [_nominative(p) for p in chosen]
    if any(f is None for f in forms):
        return None
    return "-".join(_as_written(w, f, code) for w, f in zip(parts, forms, strict=True) if f)


def nominative_role(role: str, code: str | None) -> str | None:
    """A person's role phrase with its head noun (and the adjectives before it) put in the
    nominative singular (a role is one person's: ``главы МИД`` is a head's genitive, not heads),
    its other words kept as written (``президентом Франції`` -> ``президент Франції``,
    ``колишнього міністра закордонних справ`` -> ``колишній міністр закордонних справ``);
    ``None`` when the language has no analyser or its dictionary does not read the head."""
    if not has_analyzer(code) or analyzer(code) is None:
        return None
    assert code is not None
    words = role.split(" ")
    readings = [_role_readings(word, code) for word in words[: _MAX_ADJECTIVES + 1]]
    nouns = [i for i, parses in enumerate(readings) if any(p.tag.POS == "NOUN" for p in parses)]
    if not nouns:
        return None
    if any(p.tag.POS == "CONJ" for w in words[:_MAX_ROLE_WORDS] for p in _role_readings(w, code)):
        # (``команде и тренеру``: roles joined, each in its case; one put back is no role)
        return None
    # The head is the first word that is no adjective, its adjectives agreeing with it
    # (``української письменниці``, ``міську голову``, ``головного тренера``: an adjective the
    # dictionary also reads as a noun or a surname is no head); else the first noun.
    plain = next((i for i in nouns if not any(p.tag.POS in _ADJECTIVES for p in readings[i])), None)
    if plain is not None and plain != nouns[0]:
        found = _role_in_nominative(words, readings, plain, code, agreeing_only=True)
        if found is not None:
            return found
    return _role_in_nominative(words, readings, nouns[0], code, agreeing_only=False)


def _role_in_nominative(
    words: list[str], readings: list[list[Any]], head: int, code: str, *, agreeing_only: bool
) -> str | None:
    """The role ``words`` with the noun at ``head`` and the adjectives before it put in the
    nominative (see :func:`nominative_role`); with ``agreeing_only``, a head read as a
    nominative is taken only where the words before it agree with it so."""
    if not all(any(p.tag.POS in _ADJECTIVES for p in parses) for parses in readings[:head]):
        return None
    noun = [p for p in readings[head] if p.tag.POS == "NOUN"]
    adjectives = [[p for p in parses if p.tag.POS in _ADJECTIVES] for parses in readings[:head]]
    if any(
        _case(p) == "nomn"
        and (not agreeing_only or _agreeing_adjectives(adjectives, "nomn", _gender(p)) is not None)
        for p in noun
    ):
        return " ".join(words)
    for case in _CASES:
        for parse in noun:
            if _case(parse) != case:
                continue
            agreeing = _agreeing_adjectives(adjectives, case, _gender(parse))
            if agreeing is not None:
                forms = [_nominative(p) for p in (*agreeing, parse)]
                if any(f is None for f in forms):
                    return None
                front = [_as_written(w, f, code) for w, f in zip(words, forms, strict=False) if f]
                return " ".join([*front, *words[head + 1 :]])
    return None


#: Cases a body's name is put back from: a person's, and the locative a body is named in as
#: the place a statement comes from (``в Министерстве науки заявили``).
_BODY_CASES = (*_CASES, "loct")
#: A head noun's reading this many times less likely than the word's likeliest noun reading
#: (the dictionary's corpus frequencies) is left out: ``Банка России`` is the bank's
#: genitive, not a jar (``банка``) in the nominative.
_RARE_READING = 10


def nominative_body(name: str, code: str | None) -> str | None:
    """A body's name (``Министерстве науки``, ``Національного антикорупційного бюро``,
    ``Росатома``) with its head noun and the adjectives before it put in the nominative
    singular, its other words kept as written (``Министерство науки``, ``Національне
    антикорупційне бюро``, ``Росатом``); ``name`` itself when its head may be read as a
    nominative, ``None`` when the language has no analyser or its dictionary does not read
    the head. A head that takes no endings (``бюро``) is in the case of its adjectives."""
    if not has_analyzer(code) or analyzer(code) is None:
        return None
    assert code is not None
    words = name.split(" ")
    joins = {
        i
        for i, word in enumerate(words[1 : _MAX_ADJECTIVES + 2], 1)
        if any(p.tag.POS == "CONJ" for p in _role_readings(word, code))
    }
    if joins:
        # ``Арктическом и антарктическом институте``: adjectives a conjunction joins agree
        # with the head alike; the name is put back without its conjunctions, then they are
        # put in again (each word's form stands for the word written).
        if _plural_head(words[max(joins) + 1 :], code):
            return None  # (``Северном и Южном управлениях``: two bodies, no one name)
        put = nominative_body(" ".join(w for i, w in enumerate(words) if i not in joins), code)
        if put is None:
            return None
        put_words = iter(put.split(" "))
        return " ".join(word if i in joins else next(put_words) for i, word in enumerate(words))
    # (a body's or a place's head is no person's name: ``Росатома`` is Росатом's genitive,
    # not a woman's first name, ``Львова`` Львів's, not a woman's surname)
    readings = [
        [p for p in _role_readings(word, code) if not _NAME_TAGS & p.tag.grammemes]
        or _compound_readings(word, code)
        for word in words[: _MAX_ADJECTIVES + 1]
    ]
    nouns = [i for i, parses in enumerate(readings) if any(p.tag.POS == "NOUN" for p in parses)]
    # The head is the first word that is no adjective (``податкової служби``: an adjective
    # the dictionary also reads as a noun), else the first noun.
    head = next(
        (i for i in nouns if not any(p.tag.POS in _ADJECTIVES for p in readings[i])),
        nouns[0] if nouns else None,
    )
    if head is None or not all(
        any(p.tag.POS in _ADJECTIVES for p in parses) for parses in readings[:head]
    ):
        return None
    noun = [p for p in readings[head] if p.tag.POS == "NOUN"]
    likeliest = max(p.score for p in noun)
    noun = [p for p in noun if p.score * _RARE_READING >= likeliest]
    adjectives = [[p for p in parses if p.tag.POS in _ADJECTIVES] for parses in readings[:head]]
    for case in ("nomn", *_BODY_CASES):
        for parse in noun:
            if _case(parse) != case and not (_fixed(parse) and adjectives):
                continue
            agreeing = _agreeing_adjectives(adjectives, case, _gender(parse))
            if agreeing is not None:
                if case == "nomn":
                    return name
                forms = [_nominative(p) for p in agreeing]
                if _fixed(parse):
                    if not agreeing:
                        continue
                    forms.append(parse.word)
                else:
                    forms.append(_nominative(parse))
                if any(f is None for f in forms):
                    return None
                front = [_as_written(w, f, code) for w, f in zip(words, forms, strict=False) if f]
                return " ".join([*front, *words[head + 1 :]])
    return None


#: The shortest clipped first part, and the shortest dictionary word after it, of a compound
#: body's name the dictionary does not know (``Рос|авиации``: neither ``Но|вате`` nor a name).
_MIN_CLIPPED = 3
_MIN_DECLINED = 4


def _compound_readings(word: str, code: str) -> list[Any]:
    """The readings of a capitalised compound name the dictionary does not know, made of a
    clipped word and a thing's noun it does (``Росавиации`` of ``Рос|авиация``,
    ``Ростуризма`` of ``Рос|туризм``): such a name declines as its last word, whose
    paradigm the analyser reads after the unknown first part."""
    if not word[:1].isupper():
        return []
    found = []
    # (the analyser's own readings: a guess that changes the word's last letter is one
    # :func:`_parses` leaves out for a name, ``Росавиации`` -> ``росавиация``)
    for parse in _all_parses(_plain(word), code):
        if "plur" in parse.tag.grammemes:
            continue
        stack = parse.methods_stack
        if (
            len(stack) == 2
            and type(stack[0][0]).__name__ == "DictionaryAnalyzer"
            and type(stack[1][0]).__name__ == "UnknownPrefixAnalyzer"
            and len(stack[1][1]) >= _MIN_CLIPPED
            and len(stack[0][1]) >= _MIN_DECLINED
            and parse.tag.POS == "NOUN"
            and "inan" in parse.tag.grammemes
            and not _NAME_TAGS & parse.tag.grammemes
        ):
            found.append(parse)
    return found


def _plural_head(words: list[str], code: str) -> bool:
    """Whether the head noun among ``words`` (the first no adjective, after the adjectives
    before it) reads only in the plural: adjectives a conjunction joins before it name one
    body each (``Северном и Южном управлениях``)."""
    for word in words[: _MAX_ADJECTIVES + 1]:
        # (the plural readings too, which a role's readings leave out)
        readings = [p for p in _all_parses(_plain(word), code) if _from_dictionary(p)]
        if any(p.tag.POS in _ADJECTIVES for p in readings):
            continue
        nouns = [p for p in readings if p.tag.POS == "NOUN"]
        return bool(nouns) and all("plur" in p.tag.grammemes for p in nouns)
    return False


def _role_readings(word: str, code: str) -> list[Any]:
    """A role's word's readings from the dictionary (a guess reads no role)."""
    return [p for p in _parses(_plain(word), code) if _from_dictionary(p)]


def is_name(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as a person's first name,
    surname or patronymic (in any case)."""
    if not has_analyzer(code) or analyzer(code) is None:
        return False
    assert code is not None
    return any(
        _NAME_TAGS & p.tag.grammemes and _from_dictionary(p) for p in _parses(_plain(word), code)
    )


#: The dictionary's tags of a proper name: a place's, a body's, a first name, a surname.
_PROPER_TAGS = frozenset({"Geox", "Orgn", "Name", "Surn"})


def is_proper_noun(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as the nominative of a
    place's, a body's or a person's name (``Geox``, ``Orgn``, ``Name``, ``Surn``): ``Росія``
    in Russian, not ``Дань``, a tribute, in Ukrainian."""
    if not has_analyzer(code) or analyzer(code) is None:
        return False
    assert code is not None
    return any(
        _PROPER_TAGS & p.tag.grammemes and _case(p) == "nomn" and _from_dictionary(p)
        for p in _parses(_plain(word), code)
    )


def reads_in_case(word: str, code: str | None, case: str) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as a noun or an adjective
    in ``case`` (pymorphy3's tag: ``gent``, ``loct``), singular or plural: ``науки``,
    ``арбітрів`` in the genitive go on a body's name after its head, ``Национальном
    киноцентре`` in the locative is the head after ``в``."""
    return any(
        (p.tag.POS == "NOUN" or p.tag.POS in _ADJECTIVES)
        and p.tag.case == case
        and _from_dictionary(p)
        for p in _all_parses(_plain(word), code)
    )


def reads_as_adjective_in_case(word: str, code: str | None, case: str) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as an adjective (not a
    pronoun) in ``case`` (``иностранных``, ``закордонних`` in the genitive)."""
    return any(
        p.tag.POS in _ADJECTIVES
        and p.tag.case == case
        and "Apro" not in p.tag.grammemes
        and _from_dictionary(p)
        for p in _all_parses(_plain(word), code)
    )


def reads_as_noun_in_case(word: str, code: str | None, case: str) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as a noun in ``case``,
    singular or plural (``приставов``, ``ситуацій`` in the genitive; not ``судебных``)."""
    return any(
        p.tag.POS == "NOUN" and p.tag.case == case and _from_dictionary(p)
        for p in _all_parses(_plain(word), code)
    )


def reads_as_declined_nominative(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as the nominative singular
    of a noun that takes case endings (``Пушкин``, a surname's and a town's; not ``Омска``,
    nor ``Алматы``, the same in every case)."""
    return any(
        p.tag.POS == "NOUN"
        and _case(p) == "nomn"
        and p.tag.number != "plur"
        and not _fixed(p)
        and _from_dictionary(p)
        for p in _all_parses(_plain(word), code)
    )


@lru_cache(maxsize=_CACHE)
def reads_as_verb(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads lower-case ``word`` as a finite verb
    (``отметил``, ``звернув``), the predicate a sentence's subject stands before. (Cached: a
    cue joined by ``и`` reads every word back to the verb before it, a few hundred parses.)"""
    if not word[:1].islower():
        return False
    # (an imperative is no subject's predicate: ``три`` reads as one of ``терти``)
    return any(
        p.tag.POS == "VERB" and "impr" not in p.tag.grammemes and _from_dictionary(p)
        for p in _all_parses(_plain(word), code)
    )


def reads_only_as_verb(word: str, code: str | None, number: str | None = None) -> bool:
    """Whether the dictionary of language ``code`` knows lower-case ``word`` and only as a
    finite verb (``арестовал``, ``зустріли``; not ``стали`` of ``сталь`` nor ``дела``), in
    ``number`` when given (pymorphy3's ``plur``: ``провели``): the predicate of a clause,
    which no role or name runs over."""
    if not reads_as_verb(word, code):
        return False
    # (every reading, a plural too: ``дел`` is the plural genitive of ``дело``)
    known = [p for p in _all_parses(_plain(word), code) if _from_dictionary(p)]
    return all(p.tag.POS == "VERB" and (number is None or number in p.tag.grammemes) for p in known)


@lru_cache(maxsize=_CACHE)
def reads_as_subjectless_past(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as a verb in the past plural
    or neuter (``повідомили``, ``йшлося``, ``сообщалось``): a verb no one person is the
    subject of."""
    return any(
        p.tag.POS == "VERB"
        and "past" in p.tag.grammemes
        and ("plur" in p.tag.grammemes or "neut" in p.tag.grammemes)
        and _from_dictionary(p)
        for p in _all_parses(_plain(word.lower()), code)
    )


def reads_as_adverb(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` knows lower-case ``word`` only as an adverb
    or a particle (``вчора``, ``знову``, ``навіть``): a word that may stand between a subject
    and its verb."""
    if not has_analyzer(code) or analyzer(code) is None or not word[:1].islower():
        return False
    assert code is not None
    known = [p for p in _parses(_plain(word), code) if _from_dictionary(p)]
    return bool(known) and all(p.tag.POS in ("ADVB", "PRCL") for p in known)


def told_words(words: Sequence[str], code: str | None) -> int:
    """How many of ``words``, read right after a verb of speech, name whom the speaker told
    (``журналістам``, ``главе региона``, ``журналістам агентства``): the words in the dative
    and never the nominative, then the genitives after them that belong to them, up to a noun
    of a person (``— сказал журналистам депутат X``: ``депутат`` is a role); none without an
    analyser."""
    count = 0
    while count < len(words) and (
        reads_in_case(words[count], code, "datv") and not reads_in_case(words[count], code, "nomn")
    ):
        count += 1
    while (
        0 < count < len(words)
        and reads_in_case(words[count], code, "gent")
        and not is_person_noun(words[count], code)
    ):
        count += 1
    return count


def is_common_word(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` knows ``word`` and never as a person's
    first name, surname or patronymic (``Казани``, ``РАН``; not ``Петрова``)."""
    if not has_analyzer(code) or analyzer(code) is None:
        return False
    assert code is not None
    known = [p for p in _parses(_plain(word), code) if _from_dictionary(p)]
    return bool(known) and not any(_NAME_TAGS & p.tag.grammemes for p in known)


def is_never_noun(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` knows ``word`` and never as a noun or a
    name: an adjective, a verb (``Добрый`` of ``Добрый вечер``, ``Новом``; not ``Москве``)."""
    if not has_analyzer(code) or analyzer(code) is None:
        return False
    assert code is not None
    known = [p for p in _parses(_plain(word), code) if _from_dictionary(p)]
    return bool(known) and not any(
        p.tag.POS == "NOUN" or _PROPER_TAGS & p.tag.grammemes for p in known
    )


def is_plural_noun(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` only as a plural noun
    (``представители``, ``співробітники``: a group that speaks for a body)."""
    known = [p for p in _all_parses(_plain(word), code) if _from_dictionary(p)]
    return bool(known) and all(p.tag.POS == "NOUN" and "plur" in p.tag.grammemes for p in known)


#: Parts of speech of a word that says where or when rather than whose (``после``, ``на``).
_NOT_WHOSE = frozenset({"PREP", "ADVB", "PRCL", "CONJ"})


def is_genitive_noun(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as a noun or adjective in
    the genitive and never as a preposition, adverb, particle or conjunction (``экономики``,
    ``оборони``; not ``после``, ``під``)."""
    if not has_analyzer(code) or analyzer(code) is None:
        return False
    assert code is not None
    known = [p for p in _parses(_plain(word), code) if _from_dictionary(p)]
    return any(
        p.tag.POS in ("NOUN", *_ADJECTIVES) and _case(p) == "gent" for p in known
    ) and not any(p.tag.POS in _NOT_WHOSE for p in known)


def is_place_in_case(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` only as a place's name in an
    oblique case (``Казани``, ``Уфы``; not ``Алматы``, which may be a nominative, nor
    ``Львова``, also a surname)."""
    if not has_analyzer(code) or analyzer(code) is None:
        return False
    assert code is not None
    known = [p for p in _parses(_plain(word), code) if _from_dictionary(p)]
    return bool(known) and all("Geox" in p.tag.grammemes and _case(p) != "nomn" for p in known)


def is_surname_never_place(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as a surname's nominative
    and never as a place's name (``Иванов``, not a case of ``Иваново``; not ``Пушкин``,
    also a town's nominative)."""
    if not has_analyzer(code) or analyzer(code) is None:
        return False
    assert code is not None
    known = [p for p in _parses(_plain(word), code) if _from_dictionary(p)]
    return any("Surn" in p.tag.grammemes and _case(p) == "nomn" for p in known) and not any(
        "Geox" in p.tag.grammemes for p in known
    )


def is_surname_in_case(word: str, code: str | None, cases: AbstractSet[str] | None = None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` as a surname in an oblique
    case (one of ``cases``, when given), whatever else it reads it as (``Чехова`` of
    ``Чехов``, also a town's genitive; ``Хмельницького``); ``False`` without an analyser."""
    if not has_analyzer(code) or analyzer(code) is None:
        return False
    assert code is not None
    return any(
        "Surn" in p.tag.grammemes
        and _case(p) != "nomn"
        and (cases is None or _case(p) in cases)
        and _from_dictionary(p)
        for p in _parses(_plain(word), code)
    )


def noun_nominatives(word: str, code: str | None) -> tuple[str, ...]:
    """The nominatives singular, as ``word`` is written, of each noun the dictionary of language
    ``code`` reads the one word ``word`` as, a person's name left out, in the dictionary's order
    (``Києві``: ``Кий``, a cue's, and ``Київ``), then the plural nominatives of the nouns that
    have no singular (``Нідерландах``: ``Нідерланди``); empty without an analyser."""
    if not has_analyzer(code):
        return ()
    assert code is not None
    found: dict[str, None] = {}
    for parse in _role_readings(word, code):
        if parse.tag.POS != "NOUN" or _NAME_TAGS & parse.tag.grammemes:
            continue
        if (form := _nominative(parse)) is not None:
            found.setdefault(_as_written(word, form, code), None)
    for parse in _all_parses(_plain(word), code):
        # (the plural readings the other readings leave out: a place's, not a person's)
        if "Pltm" in parse.tag.grammemes and _from_dictionary(parse):
            plural = parse.inflect({"nomn", "plur"})
            if plural is not None:
                found.setdefault(_as_written(word, str(plural.word), code), None)
    return tuple(found)


def first_name_gender(word: str, code: str | None) -> str | None:
    """``male``, ``female`` (``unknown`` for either) when the dictionary of language ``code``
    reads ``word`` as a first name and as nothing else, written in the nominative (``Євген``,
    ``Галина``: names the first-name tables lack); ``None`` otherwise (``Слава``, also glory;
    ``Емманюелю``, a dative), or without an analyser. The gender is the nominative
    reading's (``Євгенія`` is a woman's name, though also Євгеній's genitive)."""
    if not has_analyzer(code) or analyzer(code) is None:
        return None
    assert code is not None
    known = [p for p in _parses(_plain(word), code) if _from_dictionary(p)]
    if not known or not all("Name" in p.tag.grammemes for p in known):
        return None
    # (as written, in the nominative: a case form is the case tables' to read, and a name in
    # another case next to one in the nominative is another person's)
    read = next((p for p in known if _case(p) == "nomn"), None)
    return None if read is None else _NAME_GENDERS.get(_gender(read) or "", "unknown")


#: Grammemes of a feminine occupation noun the dictionary knows: a woman who holds the role.
_FEMININE_PERSON = frozenset({"NOUN", "anim", "femn", "nomn"})


def feminine_forms(words: AbstractSet[str], code: str | None) -> frozenset[str]:
    """The feminine occupation nouns (feminitives) of the masculine ``words`` of language
    ``code``: each word's ending changed by ``[morphology] feminine_endings``
    (``masculine:feminine``: ``ник:ниця`` makes ``заступниця`` of ``заступник``, ``:ка``
    ``директорка`` of ``директор``), kept where the dictionary reads the result as a woman
    (an animate feminine noun in the nominative that is its own lemma), not listed by hand in
    every language; empty without an analyser."""
    if not words or not has_analyzer(code) or analyzer(code) is None:
        return frozenset()
    assert code is not None
    rules = [
        rule.partition(":")
        for rule in str(language(code).sections["morphology"].get("feminine_endings", "")).split()
    ]
    found = set()
    for word in words:
        for masculine, _, feminine in rules:
            if not word.endswith(masculine) or len(word) - len(masculine) < 3:
                continue
            made = word[: len(word) - len(masculine)] + feminine
            if made not in words and is_woman(made, code):
                found.add(made)
    return frozenset(found)


def is_woman(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads the lower-case ``word`` as a woman's
    role: the lemma of an animate feminine noun and never a man's (``директорка``,
    ``начальница``; not ``суддя``, ``судья``, whose nominative is both)."""
    people = [
        p
        for p in _all_parses(word, code)
        if p.normal_form == word and "anim" in p.tag.grammemes and _from_dictionary(p)
    ]
    return any(p.tag.grammemes >= _FEMININE_PERSON for p in people) and not any(
        {"masc", "ms-f"} & p.tag.grammemes for p in people
    )


#: Grammemes of a noun of a person in the nominative singular (``координаторка``, ``студент``).
_PERSON_NOMINATIVE = frozenset({"NOUN", "anim", "nomn"})


@lru_cache(maxsize=_CACHE)  # (bounded: its words are the documents')
def is_person_noun(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads the lower-case ``word`` as a common
    noun of a person in the nominative singular (``координаторка``, ``випускниця``,
    ``житель``), not as a name; ``False`` without an analyser. After a verb of speech such a
    noun opens the description of who speaks (``— розповіла координаторка центру X``)."""
    return any(
        p.tag.grammemes >= _PERSON_NOMINATIVE
        and not (_NAME_TAGS | {"plur"}) & p.tag.grammemes
        and _from_dictionary(p)
        for p in _all_parses(word, code)
    )


@lru_cache(maxsize=_CACHE)  # (bounded: its words are the documents')
def people_noun_number(word: str, code: str | None) -> str | None:
    """``plur`` or ``sing`` where the dictionary of language ``code`` reads the lower-case
    ``word`` likeliest as a common noun of people (``членів``: ``plur``, ``министр``:
    ``sing``), not a name; ``None`` for any other word, or without an analyser."""
    parses = _all_parses(word, code)
    if not parses:
        return None
    best = parses[0]
    if (
        best.tag.POS != "NOUN"
        or "anim" not in best.tag.grammemes
        or _NAME_TAGS & best.tag.grammemes
        or not _from_dictionary(best)
    ):
        return None
    return "plur" if "plur" in best.tag.grammemes else "sing"


@lru_cache(maxsize=_CACHE)  # (bounded: its words are the documents')
def is_preposition(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads ``word`` only as a preposition
    (``з``, ``из``, ``для``); ``False`` without an analyser or for a word it does not know."""
    known = [p for p in _all_parses(word.lower(), code) if _from_dictionary(p)]
    return bool(known) and all(p.tag.POS == "PREP" for p in known)


@lru_cache(maxsize=_CACHE)  # (bounded: its words are the documents')
def given_name_gender(word: str, code: str | None) -> str | None:
    """``male``, ``female`` (``unknown`` for either) when the dictionary of language ``code``
    has a reading of the capitalised ``word`` as a first name in the nominative singular,
    whatever else it reads it as (``Марина``, ``Максим``: also a seascape and a maxim);
    ``None`` otherwise, or without an analyser. A weaker test than
    :func:`first_name_gender`, for a word its place already marks as a name (after a noun of
    a person, in mid-sentence)."""
    names = [
        p
        for p in _all_parses(_plain(word), code)
        if "Name" in p.tag.grammemes
        and _case(p) == "nomn"
        and "plur" not in p.tag.grammemes
        and _from_dictionary(p)
    ]
    if not names:
        return None
    genders = {_NAME_GENDERS.get(_gender(p) or "", "unknown") for p in names}
    return genders.pop() if len(genders) == 1 else "unknown"


@lru_cache(maxsize=_CACHE)  # (bounded: its words are the documents')
def is_name_in_genitive(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads the capitalised ``word`` as a man's
    first name or a place's name in the genitive singular, whatever else it reads it as
    (``Ярослава`` of ``Ярослав``, ``Мілана`` of ``Мілан``; not ``Оксана``, nor ``Роман``, a
    genitive plural of ``Романа``); ``False`` without an analyser."""
    return any(
        ({"Name", "masc"} <= p.tag.grammemes or "Geox" in p.tag.grammemes)
        and "plur" not in p.tag.grammemes
        and _case(p) == "gent"
        and _from_dictionary(p)
        for p in _all_parses(_plain(word), code)
    )


@lru_cache(maxsize=_CACHE)  # (bounded: its words are the documents')
def is_nominative_adjective(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads the lower-case ``word`` as a
    descriptive adjective in the nominative singular (``бойова``, ``местная``), not a
    pronoun's (``наша``, ``эта``, ``её``); ``False`` without an analyser."""
    return any(
        p.tag.POS in _ADJECTIVES
        and _case(p) == "nomn"
        and not {"Apro", "Fixd", "plur"} & p.tag.grammemes
        and _from_dictionary(p)
        for p in _all_parses(_plain(word), code)
    )


#: Parts of speech of a function word (``як``, ``и`` are also nouns in the dictionaries).
_FUNCTION_POS = frozenset({"CONJ", "PRCL", "PREP", "NPRO", "INTJ"})


@lru_cache(maxsize=_CACHE)  # (bounded: its words are the documents')
def is_describing_noun(word: str, code: str | None) -> bool:
    """Whether the lower-case ``word`` is a noun of a person (:func:`is_person_noun`) that
    declines and is never a function word: what describes a person before their first name
    (``глядачка``, ``водитель``), not a title taken over unchanged (``міс``, ``мисс``, before
    a surname) nor a conjunction or particle (``як``, ``и``); ``False`` without an
    analyser."""
    if not is_person_noun(word, code):
        return False
    return not any(
        p.tag.POS in _FUNCTION_POS or (p.tag.POS == "NOUN" and {"Fixd", "Abbr"} & p.tag.grammemes)
        for p in _all_parses(word, code)
    )


@lru_cache(maxsize=_CACHE)  # (bounded: its words are the documents')
def is_patronymic(word: str, code: str | None) -> bool:
    """Whether the dictionary of language ``code`` reads the capitalised ``word`` as a
    patronymic in the nominative (``Іванівна``, ``Петрович``); ``False`` without an
    analyser."""
    return any(
        "Patr" in p.tag.grammemes and _case(p) == "nomn" and _from_dictionary(p)
        for p in _all_parses(_plain(word), code)
    )


# (A language data file reloaded may name another analyser or other spellings.)
for _cached in (
    analyzer,
    _loaded,
    _spellings,
    _parses,
    _analysed,
    reads_as_verb,
    reads_as_subjectless_past,
    is_person_noun,
    people_noun_number,
    is_preposition,
    given_name_gender,
    is_name_in_genitive,
    is_patronymic,
    is_nominative_adjective,
    is_describing_noun,
):
    on_reload(_cached.cache_clear)
