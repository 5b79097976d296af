"""A broadcast transcript's or an interview's turns printed without quotation marks, each line
opening with who speaks and a colon (``SARA ROE: Good morning.``, ``Mere Tawhiri: We're
fishing ...``, French ``JOURNALISTE : ...`` with its space): the interviewee's answers are their
words.

A line is a turn only in an exchange: at least two speakers take turns, one of them more than
once. The interviewer's turns are no one's quotation: a speaker labelled as the programme's
staff (``A MARTÍNEZ, HOST:``, ``PAUL ROE, NPR HOST:`` with the outlet before the role word,
``DEVIN ROE, BYLINE:``, or the role alone: ``REPORTER:``, ``MODERATOR:``, ``ВЕДУЩИЙ:``; the
language's ``[quotes] transcript_staff`` words) or one whose turns are mostly questions. A
surname alone (``ROE:``) is the speaker a label names in full; two full labels ending alike
(``Prep Time:``, ``Cook Time:``; ``Leeds United:``, ``Newcastle United:``) are two labels, not
one speaker. :func:`transcript_labels` gives every turn's label, the interviewer's too (the
summary and the entities read them).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.anchored import line_starts_holding, matches_at
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.languages import language
from newsbrief.languages.lexical import stopwords

__all__ = ["SpeakerLine", "TurnLabel", "speaker_lines", "staff_word", "transcript_labels"]

# A line's label: a name in capitals (``SARA GUNNARSDÓTTIR``, ``ROE``) or two to four
# capitalised words (``Mere Tawhiri``), perhaps a role after a comma (``, HOST``, ``, NPR
# HOST``, ``, MAYOR OF DAYTON, OHIO``: a comma inside it before a word), a colon (French
# typography sets a space before it), then the turn's words on the same line (or none: ``A
# MARTÍNEZ, HOST:`` over its words).
_LABEL = re.compile(
    r"^(?P<name>[^\W\d_][\w’'.\-]*(?:[ \u00a0][^\W\d_][\w’'.\-]*){0,3})"
    r"(?:,[ \u00a0](?P<role>[^\W\d_]"
    r"(?:[\w’' \u00a0\-]|,(?=[ \u00a0][^\W\d_])){0,40}[^\W\d_]))?[ \u00a0\u202f]?:"
    r"(?:[ \u00a0]+(?P<words>\S[^\n]*)|[ \u00a0]*)$",
    re.MULTILINE,
)
#: Marks that make a line a quotation's (read by the quotation rules instead).
_MARKS = '"“”‘’«»„‚‹›'
#: A turn holds at least this many words (``Photo: RNZ`` is a credit).
_TURN_WORDS = 2
#: An exchange has at most this many speakers: hundreds of ``NAME: ...`` lines are a list (a
#: directory, a log), and each speaker's name is looked up in the whole text once.
_MOST_SPEAKERS = 40


@attrs.frozen
class SpeakerLine:
    """One interviewee's turn: the words after the label, and who the label names."""

    start: int
    end: int
    name: str
    label_start: int
    label_end: int
    #: The role a label of the speaker's gives after the name's comma (``MAYOR OF RIVERTON``
    #: read as ``mayor of Riverton``), if one does.
    role: str | None = None


@attrs.frozen
class TurnLabel:
    """A turn's label in a transcript's exchange: ``text[start:end]`` is the label up to its
    words (``PAUL ROE, NPR HOST: ``), ``text[start:name_end]`` the name it gives (``PAUL
    ROE``; a role alone: ``REPORTER``)."""

    start: int
    end: int
    name_end: int
    #: Whether the label is the programme's staff's or its turns are mostly questions.
    interviewer: bool
    #: Whether the label names a person: the text names them outside the labels too, within
    #: a sentence (``SARA ROE:`` and ``with Sara Roe``), or a label of theirs gives a role
    #: (``JANE ROE, BBC CORRESPONDENT:``, then ``ROE:``); not ``REPORTER:``, nor ``WATCH:``
    #: heading a page's links (``Watch the video`` opens a sentence).
    named: bool
    #: Where the role after the name's comma is (``NPR HOST``), if the label gives one.
    role_start: int | None = None
    role_end: int | None = None


def _name_like(name: str, staff: frozenset[str]) -> bool:
    """A label that names a person (in capitals, or two to four capitalised words) or the
    programme's staff (``Moderator:``)."""
    words = name.split()
    if name.isupper():
        return any(len(w) > 1 for w in words)
    if name.lower() in staff:
        return True
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def staff_word(role: str, staff: frozenset[str]) -> bool:
    """Whether a label's role names the programme's staff: its last word is one of the
    language's ``transcript_staff`` words (``HOST``, ``NPR HOST``, ``ведущий``)."""
    words = role.lower().split()
    return bool(words) and words[-1] in staff


@attrs.frozen
class _Exchange:
    """A text's exchange of turns as its labels read."""

    labels: list[re.Match[str]]
    turns: list[re.Match[str]]
    key: Callable[[re.Match[str]], str]
    full: dict[str, str]
    interviewer: set[str]


def _exchange(text: str, code: str | None) -> _Exchange | None:
    """The exchange of ``text``'s turns, or ``None`` (no ``transcript_staff`` words for the
    language, no two speakers taking turns)."""
    staff = quote_words(code or "en", "transcript_staff")
    if not staff:
        return None
    # (Read at the lines holding a colon only: the entity and quote stages both ask, of every
    # article, and most have none.)
    labels = [
        m
        for m in matches_at(text, _LABEL, line_starts_holding(text, ":"))
        if _name_like(m.group("name"), staff)
    ]
    turns = [m for m in labels if len((m.group("words") or "").split()) >= _TURN_WORDS]
    if not turns:
        return None
    key = _speaker_keys(labels)
    full: dict[str, str] = {}
    interviewer: set[str] = set()
    counts: dict[str, list[bool]] = {}
    for m in labels:
        name = " ".join(m.group("name").split())
        if len(name) > len(full.get(key(m), "")):
            full[key(m)] = name
        role = m.group("role")
        if (role is not None and staff_word(role, staff)) or name.lower() in staff:
            interviewer.add(key(m))
    for m in turns:
        counts.setdefault(key(m), []).append(m.group("words").rstrip().endswith("?"))
    if not 2 <= len(counts) <= _MOST_SPEAKERS or all(len(a) < 2 for a in counts.values()):
        return None
    interviewer |= {key for key, asked in counts.items() if 2 * sum(asked) >= len(asked)}
    return _Exchange(labels, turns, key, full, interviewer)


def transcript_labels(text: str, code: str | None) -> list[TurnLabel]:
    """The labels of ``text``'s transcript turns with their words on the same line, the
    interviewer's too, in text order (none when the text holds no exchange)."""
    exchange = _exchange(text, code)
    if exchange is None:
        return []
    key, full = exchange.key, exchange.full
    roled = {key(m) for m in exchange.labels if m.group("role") is not None}
    named = {
        name
        for name in {key(m) for m in exchange.turns}
        if name in roled or _named_mid_sentence(text, full[name], code)
    }
    return [
        TurnLabel(
            m.start(),
            m.start("words"),
            m.end("name"),
            key(m) in exchange.interviewer,
            key(m) in named,
            m.start("role") if m.group("role") is not None else None,
            m.end("role") if m.group("role") is not None else None,
        )
        for m in exchange.turns
    ]


def speaker_lines(text: str, code: str | None) -> list[SpeakerLine]:
    """The interviewees' turns of ``text``'s transcript, in text order (none when the
    language has no ``transcript_staff`` words or the text no exchange)."""
    exchange = _exchange(text, code)
    if exchange is None:
        return []
    key, full = exchange.key, exchange.full
    lines: list[SpeakerLine] = []
    written_as: dict[str, str | None] = {}
    roles: dict[str, str] = {}
    for m in exchange.labels:
        # Read once a speaker: each reading searches the whole text.
        named = key(m)
        if m.group("role") is not None and named not in exchange.interviewer and named not in roles:
            roles[named] = _role_as_written(text, m.group("role"), code)
    for m in exchange.turns:
        words = m.group("words").rstrip()
        if key(m) in exchange.interviewer or any(mark in words for mark in _MARKS):
            continue
        if key(m) not in written_as:
            written_as[key(m)] = _as_written(text, full[key(m)], code)
        written = written_as[key(m)]
        if written is None:
            continue
        start = m.start("words")
        lines.append(
            SpeakerLine(
                start,
                start + len(words),
                written,
                m.start("name"),
                m.end("name"),
                roles.get(key(m)),
            )
        )
    return lines


def _speaker_keys(labels: list[re.Match[str]]) -> Callable[[re.Match[str]], str]:
    """Who a label names: its full name (lower case), a surname alone (``ROE:``) the one full
    name ending with it (``SARA ROE:``), or itself when no full name or several end with it."""
    fulls: dict[str, set[str]] = {}
    for m in labels:
        words = m.group("name").lower().split()
        if len(words) > 1:
            fulls.setdefault(words[-1], set()).add(" ".join(words))

    def key(m: re.Match[str]) -> str:
        name = " ".join(m.group("name").lower().split())
        named = fulls.get(name, set())
        return next(iter(named)) if len(named) == 1 else name

    return key


def _as_written(text: str, name: str, code: str | None) -> str | None:
    """A name as the text writes it outside the labels: a name in capitals (``SARA ROE``) as
    the capitalised words it is elsewhere (``Sara Roe``), or, written there only in another
    case of a language whose names inflect (``с Мариной Соколовой`` for ``СОКОЛОВА``), as the
    label gives it (``Соколова``); ``None`` when it is nowhere else (``VERDICT:``, ``CLAIM:``
    are a fact check's headings, no one's name)."""
    if not name.isupper():
        return name
    for found in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE):
        written = found.group()
        if not written.isupper() and all(w[:1].isupper() for w in written.split()):
            return written
    for _, written in _declined(text, name, code):
        if not written.isupper():
            return " ".join(_capitalised(word) for word in name.split())
    return None


def _capitalised(word: str) -> str:
    """A word in capitals as a name is written (``РИМСКИЙ-КОРСАКОВ``: ``Римский-Корсаков``)."""
    return "-".join(part[:1] + part[1:].lower() for part in word.split("-"))


#: A capitalised word (a name's, in any case).
_NAME_WORD = re.compile(r"[^\W\d_][\w’'\-]*")


def _declined(text: str, name: str, code: str | None) -> list[tuple[int, str]]:
    """Where ``text`` writes ``name`` in another case, in a language whose names inflect
    (``Мариной Соколовой`` for ``МАРИНА СОКОЛОВА``): capitalised words, one after another,
    each with the case ending of the language's names cut as the entity merge cuts it
    (``[entities] name_endings``) alike the name's; none in other languages."""
    profile = gz.profile(code) if code else None
    words = name.split()
    if profile is None or not profile.name_endings or not words:
        return []
    stems = [profile.name_stem(word) for word in words]
    # A woman's surname (``СОКОЛОВА``, the name's last word; a first name ``Марина`` declines
    # otherwise, ``Марины``) is read only in a woman's case forms: a stem cut alike joins it to
    # the man's (``Соколовым``), another person.
    morphology = language(code)
    feminine = tuple(morphology.words("morphology", "feminine_surname_endings"))
    cases = tuple(morphology.words("morphology", "feminine_surname_cases"))
    women = [
        index == len(words) - 1 and bool(feminine) and word.lower().endswith(feminine)
        for index, word in enumerate(words)
    ]
    # Only words that open as the name's first word does are read (not every word's stem).
    opening = re.compile(rf"(?<![\w’'\-]){re.escape(words[0][:3])}", re.IGNORECASE)
    found = []
    for start in opening.finditer(text):
        end = _stems_at(text, start.start(), stems, profile)
        if end is not None and any(
            woman and not written.lower().endswith(cases)
            for woman, written in zip(women, text[start.start() : end].split(), strict=False)
        ):
            continue
        if end is not None:
            found.append((start.start(), text[start.start() : end]))
    return found


def _stems_at(text: str, at: int, stems: list[str], profile: gz.Profile) -> int | None:
    """Where capitalised words from ``at`` with ``stems`` (a space apart) end, if they do."""
    for index, stem in enumerate(stems):
        if index:
            if text[at : at + 1] not in (" ", "\u00a0"):
                return None
            at += 1
        word = _NAME_WORD.match(text, at)
        if (
            word is None
            or not word.group()[:1].isupper()
            or profile.name_stem(word.group()) != stem
        ):
            return None
        at = word.end()
    return at


def _role_as_written(text: str, role: str, code: str | None) -> str:
    """A label's role as a sentence would write it: in capitals (``MAYOR OF RIVERTON``), a
    role word or a stop word in lower case (``mayor``, ``of``), a word the text also writes in
    capitals outside the label as it is (``NATO``, ``UN``: before the stop words, which hold
    ``un``), a word the text writes capitalised as it does (``Riverton``) or a place's name
    (``Gdansk``), an acronym as it is (``BBC``: no vowel, or three letters at most), any other
    word capitalised (``NEW YORK``, ``SUPREME COURT``: a name lower-cased reads as a mistake, a
    noun capitalised as a title); a role in ordinary case as written."""
    words = role.split()
    if not role.isupper():
        return " ".join(words)
    stop = stopwords(code or "en")
    out = []
    named = _named_runs(text, words)
    for at, written in enumerate(words):
        # (A comma inside the role, ``DAYTON, OHIO``, stays after its word.)
        word, comma = (written[:-1], ",") if written.endswith(",") else (written, "")
        title = word[:1] + word[1:].lower()
        if at in named:
            out.append(title + comma)  # ``NEW YORK``: ``New York``, not ``new York``
        else:
            out.append(_word_as_written(text, word, title, stop) + comma)
    return " ".join(out)


def _named_runs(text: str, words: list[str]) -> set[int]:
    """Where in a capitals role's ``words`` a run of two to four words is a place's name or a
    name the text writes capitalised within a sentence (``NEW YORK``, ``LAKE COUNTY``): each
    of its words is capitalised, a stop word too (``new``)."""
    runs: set[int] = set()
    cores = [word.rstrip(",") for word in words]
    for size in (4, 3, 2):
        for first in range(len(words) - size + 1):
            span = range(first, first + size)
            if any(cores[i] != words[i] for i in span[:-1]):
                continue  # no comma inside a name
            titles = [cores[i][:1] + cores[i][1:].lower() for i in span]
            if all(title in gz.ROLE_WORDS for title in titles):
                continue  # ``CHIEF EXECUTIVE``: a title before a name, a role's words after it
            name = " ".join(titles)
            if name in gz.place_names() or _capitalised_mid_sentence(text, name):
                runs.update(span)
    return runs


def _capitalised_mid_sentence(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as it is (capitalised words) within a sentence (``in
    Lake County``; a sentence's first words are capitalised whatever they are)."""
    for found in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
        before = text[max(0, found.start() - 8) : found.start()].rstrip(" \t\u00a0")
        if before and (before[-1].isalnum() or before[-1] in ",;"):
            return True
    return False


def _word_as_written(text: str, word: str, title: str, stop: frozenset[str]) -> str:
    """One word of a capitals role as a sentence would write it (see
    :func:`_role_as_written`)."""
    if word in gz.ROLE_WORDS:
        return word  # ``CEO``
    if title in gz.ROLE_WORDS:
        return word.lower()
    if _in_running_text(text, word):
        return word
    if word.lower() in stop:
        return word.lower()
    if title in gz.place_names() or re.search(rf"(?<!\w){re.escape(title)}(?!\w)", text):
        return title
    if len(word) <= 3 or not any(c in "AEIOUY" for c in word):
        return word
    return title


def _in_running_text(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` (in capitals) beside a word not in capitals (``the UN
    said``, ``head of NATO.``), not only inside capitals labels (``MAYOR OF GDANSK:``)."""
    for found in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text):
        # The words beside it on its side of a line break or a label's colon.
        before = re.split(r"[\n:]", text[max(0, found.start() - 40) : found.start()])[-1]
        after = re.split(r"[\n:]", text[found.end() : found.end() + 40])[0]
        near = re.findall(r"\w+", before)[-1:] + re.findall(r"\w+", after)[:1]
        if any(not w.isupper() for w in near):
            return True
    return False


def _named_mid_sentence(text: str, name: str, code: str | None) -> bool:
    """Whether a label's name in capitals is written elsewhere in capitalised words within a
    sentence (``Mayor Alvarez``, ``with Claire Morel``, in a language whose names inflect in
    any case: ``с Мариной Соколовой``): a sentence's first word is capitalised whatever it is
    (``Watch the video above.``). A label in ordinary case names itself."""
    if not name.isupper():
        return True
    found = [
        (match.start(), match.group())
        for match in re.finditer(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
    ]
    for start, written in [*found, *_declined(text, name, code)]:
        if written.isupper() or not all(w[:1].isupper() for w in written.split()):
            continue
        # (a few characters back, not the whole text before: names recur)
        before = text[max(0, start - 8) : start].rstrip(" \t\u00a0")
        if before and (before[-1].isalnum() or before[-1] in ",;"):
            return True
    return False
