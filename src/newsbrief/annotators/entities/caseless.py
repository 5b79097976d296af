"""Names in a script without capital letters (Arabic, Hebrew), found by evidence.

The chunker finds names by their capitals; Arabic or Hebrew text has none, so a name there is
found by what stands around it (:func:`with_caseless` adds these candidates to the chunker's,
which still find Latin-script names in such text). A language opts in with ``caseless = true``
in its data file's ``[entities]`` section, which holds the words read here (through
:mod:`.caseless_lexicon`; ``ar.toml`` explains each list); Hindi's section is there but off
(its places became wrong quote speakers), Chinese, written without spaces, is not read yet.

* **places**: CLDR's territory names in the language (babel: ``اليونان``; its ``EU`` and ``UN``
  are bodies, ``الاتحاد الأوروبي``), the head of one with a compass word (``compass_words``:
  ``مقدونيا`` from ``مقدونيا الشمالية``) and CLDR's time-zone cities (``أثينا``), plus the
  data file's ``[entities.places]`` for what CLDR lacks (``واشنطن``); a name after a place's
  noun (``place_before``: ``ولاية أيوا``);
* **people**: a name after a role or title (``roles``, ``honorifics``: ``الرئيس``, ``وزير
  الخارجية``, ``رئيس الوزراء``, ``السيد``), its complements and a place skipped (``رئيس
  مقدونيا جورج إيفانوف``), or between commas after it (``رئيس اللجنة، غلين جونس،``); after a
  nationality standing as a noun (``الإسباني جون راهم``); before an age (``person_after``:
  ``البالغ من العمر``); joined by ``و`` to a person's name; after a speech verb
  (``speech_verbs``: ``قال``) when the document names it again; and each later mention of a
  person so found, in full or by the last word;
* **organisations**: a body noun with its genitive words (``body_nouns``: ``وزارة الخارجية``,
  ``حزب المحافظين``), a name after a noun for a company when the document names it again
  (``organisation_before``: ``شركة نوفاتك`` gives ``نوفاتك``), and a role's ``ل`` + name
  (``المدير التنفيذي لسينسبري``): the body the role belongs to, as are the name's other
  mentions typed as a person.

A word may carry proclitics (``proclitics``: ``و ف ب ل ك``, at most two) and the article
(``article``: ``ال``; ``لل`` is ``ل`` + ``ال``, ``elisions``); the span leaves the proclitics
out and keeps the article (and the ``ل`` of ``لل``). A name word is none of: a stop word, a
calendar word, a role, a body noun, a speech verb, ``not_names``, a nationality adjective made
from a territory name (``nationality_cuts``, ``nationality_suffixes``: ``فرنسا`` -> ``فرنسي``,
``الفرنسية``...), a word with the article or with an indefinite ending (``طفلاً``); ``connectors``
such as ``بن`` join its words, ``name_openers`` such as ``عبد`` may open it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

import attrs

from newsbrief.annotators.entities.caseless_lexicon import (
    DIACRITICS,
    CaselessWords,
    caseless_words,
    normalised,
)
from newsbrief.annotators.entities.spans import SortedSpans
from newsbrief.model import Document
from newsbrief.nlp.candidates import (
    HEADING,
    Candidate,
    CandidateFields,
    PackedCandidates,
    candidate_fields,
    pack_fields,
)
from newsbrief.nlp.tokens import JOINERS, MARK

__all__ = ["CaselessWords", "caseless_words", "find", "normalised", "with_caseless"]

# A word: letters (``\w`` less digits and ``_``) and combining marks of any script.
# Joiners keep ``ג‘ורג‘`` (a Hebrew geresh, also written as a quotation mark, ends it too)
# and ``יו״ר`` one word.
_LETTERS = f"(?:[^\\W\\d_]|{MARK.pattern})+"
_WORD = re.compile(f"{_LETTERS}(?:[{re.escape(JOINERS)}‘]{_LETTERS})*[׳‘]?")
_COMMAS = frozenset({",", "،"})
# A run of word characters, as the look-arounds ``(?<!\w)`` and ``(?!\w)`` bound one.
_ALL_WORD = re.compile(r"\w+")
_TANWEEN = re.compile(r"[\u064b-\u064d]")
#: Longest place or body name looked up, in words.
_LONGEST = 4
#: Most words of a name after a role or noun, connectors (``محمد بن سلمان``) not counted.
_NAME_WORDS = 2


@attrs.frozen
class _Word:
    """A word of the text, normalised, and what stands between it and the next."""

    start: int
    end: int
    #: The normalised word (:func:`normalised`), proclitics and all.
    bare: str
    #: Whether punctuation (not a space) stands between this word and the next.
    closed: bool
    #: Whether that punctuation is a comma alone.
    comma: bool = False


def _words(text: str, start: int, end: int) -> list[_Word]:
    """The words of ``text[start:end]``."""
    out: list[_Word] = []
    matches = list(_WORD.finditer(text, start, end))
    for i, match in enumerate(matches):
        s, e = match.span()
        gap_end = matches[i + 1].start() if i + 1 < len(matches) else end
        gap = text[e:gap_end]
        closed = bool(gap.strip()) or "\n" in gap
        form = normalised(match.group())
        out.append(_Word(s, e, form, closed, gap.strip() in _COMMAS))
    return out


def _readings(word: _Word, text: str, words: CaselessWords) -> Iterator[tuple[int, str]]:
    """``(offset, bare form)`` of each way to read ``word`` with its proclitics cut: the word
    itself first, then one and two proclitic letters off (``لل`` read as ``ل`` + ``ال``)."""
    yield word.start, word.bare
    form, offset = word.bare, word.start
    article = words.article
    raw = text[word.start : word.end]
    # The offset of each letter in the text (diacritics may follow a letter).
    letters = [i for i, ch in enumerate(raw) if not DIACRITICS.fullmatch(ch)]
    for cut in range(1, words.proclitics_at_most + 1):
        if len(form) < cut + 2 or any(ch not in words.proclitics for ch in form[:cut]):
            return
        at = offset + letters[cut] if cut < len(letters) else word.end
        rest = form[cut:]
        yield at, rest
        # ``لل``: ``ل`` before the article, whose alef is dropped (``للولايات``); the span
        # keeps that ``ل``, the article's place.
        restored = words.elisions.get(form[cut - 1])
        if restored is not None and (restored + rest).startswith(article):
            yield offset + letters[cut - 1], restored + rest


def _match(
    toks: list[_Word], i: int, text: str, table: dict[tuple[str, ...], str], words: CaselessWords
) -> tuple[int, int, str] | None:
    """The longest entry of ``table`` at ``toks[i]``: ``(span start, words used, canonical)``."""
    for at, first in _readings(toks[i], text, words):
        for n in range(min(_LONGEST, len(toks) - i), 0, -1):
            if n > 1 and any(t.closed for t in toks[i : i + n - 1]):
                continue
            key = (first, *(t.bare for t in toks[i + 1 : i + n]))
            found = table.get(key)
            if found is not None:
                return at, n, found
    return None


def _bare(toks: list[_Word], i: int, text: str, words: CaselessWords) -> tuple[int, str]:
    """The first reading of ``toks[i]`` that is a known function word, else the word itself."""
    readings = list(_readings(toks[i], text, words))
    for at, form in readings:
        if (
            form in words.roles
            or form in words.speech_verbs
            or form in words.body_nouns
            or form in words.organisation_before
        ):
            return at, form
    return readings[0]


def _plain(form: str, words: CaselessWords, article: bool = True) -> bool:
    """Whether ``form`` may be a name's word: no listed word, no article."""
    return (
        len(form) >= 2
        and form not in words.not_names
        and form not in words.roles
        and form not in words.body_nouns
        and form not in words.organisation_before
        and form not in words.place_before
        and form not in words.role_complements
        and form not in words.speech_verbs
        and (form,) not in words.places
        and not (article and words.article and form.startswith(words.article))
    )


def _name_word(tok: _Word, text: str, words: CaselessWords) -> bool:
    """Whether ``tok`` may be a name's word, read as it stands and with proclitics cut
    (``لمقاطعة``, ``والعمل``, ``لواشنطن`` are none)."""
    if _TANWEEN.search(text, tok.start, tok.end):
        return False  # (an indefinite ending: ``طفلاً``, a boy; names take none)
    # (``و`` + article is often a name's first letters: ``والتون`` is Walton.)
    return all(
        _plain(form, words, article=k == 0 or not _joined(tok, words))
        for k, (_, form) in enumerate(_readings(tok, text, words))
    )


def _joined(tok: _Word, words: CaselessWords) -> bool:
    """Whether ``tok`` opens with the conjunction written onto a word (Arabic ``و``)."""
    return bool(words.conjunction) and tok.bare.startswith(words.conjunction)


def _name_at(toks: list[_Word], i: int, text: str, words: CaselessWords) -> int:
    """How many words from ``toks[i]`` make a name (0: none)."""
    n = 0
    joined = 0
    while i + n < len(toks) and n - joined < _NAME_WORDS:
        tok = toks[i + n]
        if n == 0 and tok.bare in words.connectors and tok.bare not in words.name_openers:
            break  # (``ابن عمه``: his cousin; ``عبد الله`` opens a name)
        if tok.bare in words.connectors and n > 0 and i + n + 1 < len(toks):
            if toks[i + n - 1].closed:
                break
            n += 1
            joined += 1
            continue
        if not _name_word(tok, text, words) or (n > 0 and toks[i + n - 1].closed):
            break
        n += 1
    while n and toks[i + n - 1].bare in words.connectors:
        n -= 1
    return n


@attrs.frozen
class _Found:
    """A name found: its span, ``kind`` (``person``, ``organisation``, ``place``) and what
    the rule that found it knows."""

    start: int
    end: int
    kind: str
    canonical: str | None = None
    role: str | None = None
    gender: str | None = None
    #: Found by a weaker cue (a phrase after the name), whose first word may be no name's.
    weak: bool = False


def _region(
    text: str, start: int, end: int, words: CaselessWords
) -> tuple[list[_Found], list[_Found]]:
    """Places, bodies and people with evidence in one sentence; and the names that only a
    second mention confirms (after a speech verb or a noun for a company)."""
    toks = _words(text, start, end)
    found: list[_Found] = []
    maybe: list[_Found] = []
    i = 0
    while i < len(toks):
        hit = _match(toks, i, text, words.bodies, words)
        if hit is not None:
            at, n, canonical = hit
            found.append(_Found(at, toks[i + n - 1].end, "organisation", canonical))
            i += n
            continue
        hit = _match(toks, i, text, words.places, words)
        if hit is not None:
            at, n, canonical = hit
            found.append(_Found(at, toks[i + n - 1].end, "place", canonical))
            i += n
            continue
        at, form = _bare(toks, i, text, words)
        if form in words.body_nouns and not toks[i].closed:
            n = _complements(toks, i + 1, text, words, bodies=True)
            if n:
                found.append(_Found(at, toks[i + n].end, "organisation"))
                i += n + 1
                continue
        if form in words.organisation_before and not toks[i].closed and i + 1 < len(toks):
            n = _name_at(toks, i + 1, text, words)
            if n:
                # Pending: a common noun follows such a noun as often; a name recurs.
                maybe.append(_Found(toks[i + 1].start, toks[i + n].end, "organisation"))
                i += n + 1
                continue
        if form in words.place_before and not toks[i].closed and i + 1 < len(toks):
            n = _name_at(toks, i + 1, text, words)
            if n:
                found.append(_Found(toks[i + 1].start, toks[i + n].end, "place"))
                i += n + 1
                continue
        before = _person_before(toks, i, text, words)
        if before is not None:
            found.append(before)
            i += 1
            continue
        noun = _nationality_noun(toks, i, form, words)
        if form in words.roles or form in words.speech_verbs or noun:
            person = _person_after(toks, i, text, words, found, lead=noun)
            if person is not None:
                j, item = person
                (maybe if form in words.speech_verbs and item.role is None else found).append(item)
                # ``تومي فليتوود وفرانشيسكو موليناري``: a name joined to a person's by ``و``.
                while j < len(toks) and not toks[j - 1].closed and _joined(toks[j], words):
                    n = _name_at(toks, j, text, words)
                    cut = list(_readings(toks[j], text, words))[1:2]
                    if not n or not cut or not _plain(cut[0][1], words, article=False):
                        break
                    found.append(_Found(cut[0][0], toks[j + n - 1].end, "person"))
                    j += n
                i = j
                continue
        i += 1
    return found, maybe


def _complements(
    toks: list[_Word], i: int, text: str, words: CaselessWords, *, bodies: bool = False
) -> int:
    """How many genitive or adjective words follow at ``toks[i]`` (``الخارجية الأمريكية``): words
    with the article, a known place, up to :data:`_LONGEST`; a body's may hold one plain noun
    before them (``جامعة ولاية لويزيانا``)."""
    n = 0
    while i + n < len(toks) and n < _LONGEST:
        tok = toks[i + n]
        form = tok.bare
        if n and toks[i + n - 1].closed:
            break
        if bodies and form in words.place_before and not tok.closed:
            # ``جامعة ولاية أريزونا``: a place's noun and the place, known or not.
            after = i + n + 1
            known = _match(toks, after, text, words.places, words) if after < len(toks) else None
            named = known[1] if known is not None else _name_at(toks, after, text, words)
            if named:
                n += named + 1
                continue
        place = _match(toks, i + n, text, words.places, words)
        if place is not None:
            n += place[1]
            continue
        if form in words.role_complements or (
            words.article
            and form.startswith(words.article)
            and len(form) > len(words.article) + 1
            and (form not in words.not_names or form in words.nationalities)
            and form not in words.roles
        ):
            n += 1
            continue
        break
    return n


def _person_before(toks: list[_Word], i: int, text: str, words: CaselessWords) -> _Found | None:
    """A person named before a phrase that only a person's name takes (``نارسيس تيرميز الذي
    يبلغ من العمر``, ``دايتون سيبمسون، البالغ من العمر``) at ``toks[i]``."""
    if not any(
        tuple(t.bare for t in toks[i : i + len(phrase)]) == phrase for phrase in words.person_after
    ):
        return None
    k = i - 1
    if k >= 0 and toks[k].bare in words.relatives and not toks[k - 1].closed:
        k -= 1  # ``الذي``
    last = k
    while k >= 0 and last - k < _NAME_WORDS and _name_word(toks[k], text, words):
        if k < last and toks[k].closed:
            break
        k -= 1
    if k == last or (k >= 0 and toks[k].bare in words.descriptions):
        return None
    return _Found(toks[k + 1].start, toks[last].end, "person", weak=True)


def _nationality_noun(toks: list[_Word], i: int, form: str, words: CaselessWords) -> bool:
    """Whether a nationality with the article stands as a noun at ``toks[i]`` (``الإسباني جون
    راهم``: the Spaniard), not after a noun it qualifies (``الفريق الأمريكي``)."""
    if form not in words.nationalities or not form.startswith(words.article or "\0"):
        return False
    # Only a singular form names one person (``البوليفيين حكم``: the Bolivians, then a noun).
    if not form.endswith(words.nationality_noun_suffixes):
        return False
    if i == 0 or toks[i - 1].closed:
        return True
    # (A noun before it, with the article or not, is qualified by it: ``الحكومة الأمريكية``.)
    before = toks[i - 1].bare
    return not before.startswith(words.article) or before in words.not_names


def _person_after(
    toks: list[_Word], i: int, text: str, words: CaselessWords, found: list[_Found],
    *, lead: bool = False,
) -> tuple[int, _Found] | None:  # fmt: skip
    """A person named after the role or speech verb at ``toks[i]`` (or, with ``lead``, a
    nationality standing as a noun): more roles, their complements and a place may come
    between (``قال رئيس وزراء اليونان ...``)."""
    j = i
    role_start: int | None = None
    role_end = 0
    female = False
    speech = False
    apposed = False  # ``رئيس اللجنة، غلين جونس،``: the name between commas
    while j < len(toks):
        at, form = _bare(toks, j, text, words)
        if form in words.speech_verbs and role_start is None and not (lead and j == i):
            speech = True
            j += 1
            if toks[j - 1].closed:
                return None
            continue
        if form in words.roles or (lead and j == i):
            role_start = at if role_start is None else role_start
            female = female or form in words.female_roles
            j += 1
            role_end = toks[j - 1].end
            if toks[j - 1].closed:
                apposed = toks[j - 1].comma
                break
            n = _complements(toks, j, text, words)
            for k in range(j, j + n):
                place = _match(toks, k, text, words.places, words)
                if place is not None:
                    found.append(_Found(place[0], toks[k + place[1] - 1].end, "place", place[2]))
            j += n
            if n:
                role_end = toks[j - 1].end
                if toks[j - 1].closed:
                    apposed = toks[j - 1].comma
                    break
            continue
        break
    if role_start is not None and toks[j - 1].closed and not apposed:
        return None
    if j >= len(toks) or (role_start is None and not speech):
        return None
    n = _name_at(toks, j, text, words)
    if not n or (apposed and j + n < len(toks) and not toks[j + n - 1].comma):
        return None
    role = text[role_start:role_end] if role_start is not None else None
    return j + n, _Found(
        toks[j].start, toks[j + n - 1].end, "person", role=role,
        gender="female" if female else None,
    )  # fmt: skip


def _again(
    text: str, regions: list[tuple[int, int]], names: set[str], words: CaselessWords,
    taken: SortedSpans, kind: str, *, whole: bool = False,
) -> list[_Found]:  # fmt: skip
    """Every other mention of ``names`` (of type ``kind``), in full or by the last word
    (``زئيف`` after ``زوران زئيف``), proclitics allowed before it."""
    if not names:
        return []
    full = {tuple(normalised(n).split()) for n in names}
    last = set() if whole else {key[-1] for key in full if len(key) > 1 and len(key[-1]) >= 3}
    table = {key: "full" for key in full} | {(w,): "last" for w in last if (w,) not in full}
    out: list[_Found] = []
    for start, end in regions:
        toks = _words(text, start, end)
        i = 0
        while i < len(toks):
            hit = _match(toks, i, text, table, words)
            if hit is None:
                i += 1
                continue
            at, n, _ = hit
            span = (at, toks[i + n - 1].end)
            if not taken.overlaps(*span):
                out.append(_Found(span[0], span[1], kind))
                taken.add(*span)
            i += n
    return out


def _as_body(item: _Found, text: str, bodies: set[str]) -> _Found:
    """A person's name that the document gives a body elsewhere (``مدرب لاكيرز``: the
    Lakers' coach) is the body's."""
    if item.kind == "person" and normalised(text[item.start : item.end]) in bodies:
        return _Found(item.start, item.end, "organisation")
    return item


def _genitive_body(
    item: _Found, text: str, folded: str, leads: set[str], words: CaselessWords
) -> _Found:
    """A role's ``ل`` + name (``المدير التنفيذي لسينسبري``: Sainsbury's chief executive) is the
    body the role belongs to when the document writes the name without ``ل`` too. ``leads``:
    the leading word of each of ``folded``'s whitespace-parted chunks, a look-up before the
    search (a search per name would read the text once per name)."""
    of = words.genitive_preposition
    if item.kind != "person" or item.role is None or not of or not text.startswith(of, item.start):
        return item
    rest = normalised(text[item.start + len(of) : item.end])
    if DIACRITICS.match(text, item.start + len(of)) or len(rest) < 3:
        return item
    first = rest.split()[0]
    if _ALL_WORD.fullmatch(first) and first not in leads:
        return item
    if re.search(rf"(?:^|\s){re.escape(rest)}(?!\w)", folded) is None:
        return item
    return _Found(item.start + len(of), item.end, "organisation")


def _trimmed(found: list[_Found], text: str) -> list[_Found]:
    """A weakly found name whose last word is a person's found by a role or a verb, but whose
    first word is not that person's (``انتقلت ويلوبي`` beside ``هولي ويلوبي``), is the last
    word alone: the first was a verb or a noun."""
    strong = [
        normalised(text[f.start : f.end]).split()
        for f in found
        if f.kind == "person" and not f.weak
    ]
    lasts = {n[-1] for n in strong}
    fulls = {" ".join(n) for n in strong}
    out: list[_Found] = []
    for f in found:
        name = normalised(text[f.start : f.end]).split()
        if f.weak and len(name) > 1 and name[-1] in lasts and " ".join(name) not in fulls:
            f = attrs.evolve(f, start=text.rindex(" ", f.start, f.end) + 1)
        out.append(f)
    return out


def find(
    text: str, regions: list[tuple[int, int]], code: str | None, *, heading: bool = False
) -> list[tuple[int, int, CandidateFields]]:
    """The candidates of the caseless language ``code`` in ``regions`` of ``text``, as
    ``(start, end, fields)`` in text order (none for a language that is not caseless)."""
    words = caseless_words(code)
    if words is None:
        return []
    found: list[_Found] = []
    pending: list[_Found] = []
    for start, end in regions:
        here, maybe = _region(text, start, end, words)
        found += here
        pending += maybe
    # A name after a speech verb or a company's noun alone counts when the document names
    # it again, in full or by its last word.
    folded = normalised(text)
    clitics = "".join(sorted(words.proclitics))
    # The word alone, or after one or two proclitics: counted from the text's words, read once.
    letters = sorted(set(clitics))
    prefixes = ["", *letters, *(a + b for a in letters for b in letters)]
    tally = Counter(_ALL_WORD.findall(folded)) if pending else Counter[str]()
    counts: dict[str, int] = {}
    for item in pending:
        last = normalised(text[item.start : item.end]).split()[-1]
        if last not in counts:
            if _ALL_WORD.fullmatch(last):
                counts[last] = sum(tally[p + last] for p in prefixes)
            else:  # (a joiner inside: no word of the tally, searched for)
                before = f"(?<!\\w)[{clitics}]{{0,2}}" if clitics else "(?<!\\w)"
                counts[last] = len(re.findall(f"{before}{re.escape(last)}(?!\\w)", folded))
        if counts[last] > 1:
            found.append(item)
    leads = {lead.group() for chunk in folded.split() if (lead := _ALL_WORD.match(chunk))}
    found = [_genitive_body(f, text, folded, leads, words) for f in found]
    bodies = {
        normalised(text[f.start : f.end])
        for f in found
        if f.kind == "organisation" and f.canonical is None
    }
    found = _trimmed([_as_body(f, text, bodies) for f in found], text)
    people = {text[f.start : f.end] for f in found if f.kind == "person"}
    found.sort(key=lambda f: (f.start, -f.end))
    kept: list[_Found] = []
    for item in found:
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    taken = SortedSpans((f.start, f.end) for f in kept)
    kept += _again(text, regions, people, words, taken, "person")
    kept += _again(text, regions, bodies, words, taken, "organisation", whole=True)
    kept.sort(key=lambda f: (f.start, f.end))
    return [
        (
            f.start,
            f.end,
            candidate_fields(
                Candidate(
                    start=f.start,
                    end=f.end,
                    text=text[f.start : f.end],
                    type=f.kind,
                    canonical=f.canonical,
                    evidence=f.kind == "person",
                    role=f.role,
                    gender=f.gender,
                    heading=heading,
                    language=code,
                )
            ),
        )
        for f in kept
    ]


def with_caseless(document: Document, packed: PackedCandidates) -> PackedCandidates:
    """The chunker's candidates of ``document`` (``packed``: Latin-script names in its text)
    with the caseless ones of its language, in text order, body before headings (as the
    chunker lays them out); a caseless one overlapping a chunker's is left out. ``packed``
    itself for a language that is not caseless."""
    code = document.language
    if caseless_words(code) is None:
        return packed
    from newsbrief.nlp.segmenter import segmented

    text = document.text
    body = [(s.start, s.end) for s in segmented(document).sentences]
    headings = [(h.start, h.end) for h in document.headings]
    bounds = iter(packed.bounds())
    known = list(zip(bounds, bounds, packed.fields, strict=True))
    offsets: list[int] = []
    fields: list[CandidateFields] = []
    for heading, regions in ((False, body), (True, headings)):
        here = [item for item in known if item[2][HEADING] == heading]
        taken = SortedSpans((s, e) for s, e, _ in here)
        here += [
            (s, e, f)
            for s, e, f in find(text, regions, code, heading=heading)
            if not taken.overlaps(s, e)
        ]
        here.sort(key=lambda item: (item[0], item[1]))
        for s, e, f in here:
            offsets += (s, e)
            fields.append(f)
    return pack_fields(offsets, fields)
