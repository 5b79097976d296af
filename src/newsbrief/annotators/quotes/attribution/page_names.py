"""Names the page writes that the entity annotator did not give as mentions, read for the
quotation stage in the languages other than English: an interview's interviewee from its
headline, and a name in a case (Russian, Ukrainian) in the nominative the page writes it in.

A headline or a caption often names a person in the nominative (``Винороб Золтан Бачо:
«...»``) where the entity annotator found only the body's case form (``Золтана Бачо``). The
page's pairs of capitalised words are read once, indexed by their first two letters, and only
when a speaker needs them; no pair of names is compared with every other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.attribution.case_forms import same_name, woman_as_man
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Speaker
from newsbrief.annotators.quotes.marks import introduction

__all__ = ["interviewee", "nominative_in_text", "surnames_apart", "surnames_in_full"]

#: A word and the word after it, one space apart (a name when both are capitalised).
_PAIR = re.compile(r"(?<![\w\-])([^\W\d_][\w'’\-]*)(?=[ \u00a0]([^\W\d_][\w'’\-]*)(?![\w\-]))")
#: A word's character (``O’Neil``, ``Pérez-Castejón``).
_RUN = re.compile(r"[\w'’\-]")
#: An elision before a word (``l’``, ``O’``): the word is read from the elision's letter.
_ELISION = re.compile(r"\w['’]")


def _found(text: str, word: str, end: int) -> Iterator[int]:
    """Where ``word`` is written in ``text[:end]`` (``str.find``: a page's pairs are not all
    read, which would cost more than the rest of the stage)."""
    at = text.find(word, 0, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


#: Pairs of one first two letters compared with a speaker's name at most.
_GROUP = 64


def _pairs(
    text: str, end: int | None = None, openings: Iterable[str] | None = None
) -> dict[str, dict[str, None]]:
    """``{first two letters: {"Word Word": None}}`` of the capitalised pairs of ``text[:end]``,
    in text order, or of those whose first word opens with one of ``openings`` (found by
    ``str.find``)."""
    stop = len(text) if end is None else end
    found: dict[str, dict[str, None]] = {}
    if openings is None:
        matches = list(_PAIR.finditer(text, 0, stop))
    else:
        starts = sorted(
            at
            for opening in openings
            for at in _found(text, opening, stop)
            if at < 2 or _ELISION.fullmatch(text, at - 2, at) is None
        )
        matches = [m for m in (_PAIR.match(text, at, stop) for at in starts) if m is not None]
    for match in matches:
        one, two = match.group(1), match.group(2)
        if one[:1].isupper() and two[:1].isupper():
            found.setdefault(one[:2], {}).setdefault(f"{one} {two}")
    return found


def interviewee(
    text: str, mentions: Sequence[Mention], profile: gz.Profile | None, first_answer: int = 0
) -> Speaker | None:
    """Who answers an interview's questions: the one person the headline (the page's first
    line, or the first below a site's name and a section's line: :func:`_furniture`) names,
    as a mention or as a case form of a person of two words the page names (``Золтан Бачо``
    of ``Золтана Бачо``); where the headline names nobody (``Жизнь на льду``), the one
    person the line introducing the exchange names (the line before the first question of
    the answer at ``first_answer``: ``Режиссер Анна Пармас рассказала, почему ...``);
    ``None`` when that line names no person or several (``mentions`` in text order), or
    when a question addresses someone else by a first name (``— Ирина, вы довольны?``)."""
    begin, found = 0, None
    for _ in range(_FURNITURE_LINES):
        newline = text.find("\n", begin)
        end = len(text) if newline < 0 else newline
        found = _named_in(text, mentions, profile, begin, end)
        if found is not None or newline < 0 or not _furniture(text[begin:end]):
            break
        begin = end + 1  # (a site's name, a section's line: the headline is below)
    if found is not None or first_answer <= end:
        return found or None
    start, stop = introduction(text, first_answer)
    return _named_in(text, mentions, profile, start, stop) or None


#: How many of a page's first lines are read for its headline: up to three lines of furniture
#: above it (a site's name, a section, the kind of piece: ``Entrevista``), then the headline.
_FURNITURE_LINES = 4
#: A word of a line (``Арктика-Инфо`` is two, ``Інтерв'ю`` one).
_LINE_WORD = re.compile(r"[^\W\d_][\w'’]*")


def _furniture(line: str) -> bool:
    """Whether ``line`` (naming no person) is a page's furniture above its headline: a site's
    name or a section's line, every word capitalised (``Арктика-Инфо``, ``Интервью ·
    Мурманск``); a headline has words in lower case (``Жизнь на льду``)."""
    words = _LINE_WORD.findall(line)
    return bool(words) and all(word[:1].isupper() for word in words)


def _named_in(
    text: str, mentions: Sequence[Mention], profile: gz.Profile | None, begin: int, end: int
) -> Speaker | Literal[False] | None:
    """The one person ``text[begin:end]`` names (see :func:`interviewee`); ``False`` when it
    names several or the questions address someone else (no other line is read then),
    ``None`` when it names nobody."""
    named: dict[str, Mention] = {}
    for mention in mentions:
        if mention.start >= end:
            break
        if mention.type == "person" and mention.start >= begin:
            named.setdefault(mention.name, mention)
    named = _one_person_once(named)
    if len(named) == 1:
        (mention,) = named.values()
        if _asks_another(text, mention.name, profile):
            return False
        return Speaker(mention.name, text[mention.start : mention.end], mention.start,
                       mention.end, None)  # fmt: skip
    if named:
        return False  # two people in the line: which one answers is not said
    people: dict[str, dict[str, None]] = {}
    for mention in mentions:
        if mention.type == "person" and mention.name.count(" ") == 1:
            people.setdefault(mention.name[:2], {}).setdefault(mention.name)
    forms = {
        form
        for key, written in _pairs(text[begin:end]).items()
        for form in written
        if any(same_name(form.split(), name.split()) for name in people.get(key, ()))
    }
    if len(forms) != 1:
        return None if not forms else False
    form = forms.pop()
    if _asks_another(text, form, profile):
        return False
    start = text.find(form, begin, end)
    return Speaker(form, form, start, start + len(form), None)


def _one_person_once(named: dict[str, Mention]) -> dict[str, Mention]:
    """``named`` without the names whose words all belong to a longer name of it: a line
    writing a person in full, then by part of the name (``Sofía Larrañaga Techera ...
    Larrañaga, que antes dirigió``), names one person, not two."""
    words = {name: set(name.split()) for name in named}
    return {
        name: mention
        for name, mention in named.items()
        if not any(other != name and words[name] < words[other] for other in named)
    }


#: A dash line ending with a question mark.
_QUESTION = re.compile(r"^[ \t\u00a0]*[—–][^\n]*\?[»”\"]?[ \t\u00a0]*$", re.MULTILINE)
#: A name of address in a question: after its dash and before a comma, or between commas or
#: a comma and its end (``— Ирина, вы довольны?``, ``— А вы, Олег?``; not ``— Почему?``).
_NAMED = r"[^\W\d_][\w\-]*(?:[ \u00a0][^\W\d_][\w\-]*)?"
_ADDRESS = re.compile(
    rf"^[ \t\u00a0]*[—–][ \u00a0]*({_NAMED})[ \u00a0]*(?=,)"
    rf"|(?<=,)[ \u00a0]*({_NAMED})[ \u00a0]*(?=[,?!])"
)


def _asks_another(text: str, name: str, profile: gz.Profile | None) -> bool:
    """Whether a dash question of the page addresses someone by a known first name, no word
    of the address starting as a word of ``name`` (``— Ирина, вы довольны?`` under a
    headline of ``Павел Громов``; ``— Пане Золтане, ...`` is Золтан Бачо's): the dialogue is
    then with other people, the headline person answers nothing."""
    stems = {word[:3].lower() for word in name.split()}
    # (``— Пані міністерко, ...``: an honorific is no first name, whatever it transliterates to)
    honorifics = profile.honorifics if profile is not None else frozenset()
    for line in _QUESTION.finditer(text):
        for address in _ADDRESS.finditer(line.group(0)):
            words = [
                w
                for w in (address.group(1) or address.group(2)).split()
                if w.lower() not in honorifics
            ]
            if not any(w[:3].lower() in stems for w in words) and any(
                gz.first_name_gender_in(w, profile) is not None for w in words
            ):  # ``— Скажите, ...``, ``— Москва, ...`` are no address
                return True
    return False


def nominative_in_text(
    text: str, speakers: list[Speaker | None], known: dict[str, str]
) -> list[Speaker | None]:
    """``speakers`` in a language whose names take cases, each person of two words no mention
    gave in another form (``known``) under the one shortest other form of the same name the
    page writes (``Золтана Бачо`` -> ``Золтан Бачо`` of a headline); unchanged when two forms
    are as short (an accusative ``Анну Петрову`` is as long as ``Анна Петрова``: neither is
    taken) or none is shorter. A woman's surname is never given as a man's (``Яна Петрова``
    is not ``Ян Петров``)."""
    wanted = {
        s.name
        for s in speakers
        if s is not None and not s.anonymous and s.name not in known and s.name.count(" ") == 1
    }
    if not wanted:
        return speakers
    pairs = _pairs(text, openings={name[:2] for name in wanted})
    nominative: dict[str, str] = {}
    for name in wanted:
        parts = name.split()
        group = pairs.get(parts[0][:2], {})
        if len(group) > _GROUP:
            continue  # a list of names, not one person's forms
        same = [
            form
            for form in group
            if len(form) < len(name)
            and same_name(parts, form.split())
            and not woman_as_man(parts, form.split())
        ]
        if not same:
            continue
        shortest = min(len(form) for form in same)
        forms = [form for form in same if len(form) == shortest]
        if len(forms) == 1:
            nominative[name] = forms[0]
    return [
        attrs.evolve(s, name=nominative[s.name]) if s is not None and s.name in nominative else s
        for s in speakers
    ]


#: A name's last word, then what follows it on its line (a capitalised word goes on the name).
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_])")
#: The one or two words right before a name, no punctuation between (``la jueza Sánchez``).
_LEAD = re.compile(r"(?:(?<![\w\-])([^\W\d_]+)[ \u00a0]+)?(?<![\w\-])([^\W\d_]+)[ \u00a0]+$")
#: The word before a name (a role written before it: ``Bundesaußenminister Jan Overbeck``).
_WORD_BEFORE = re.compile(r"([^\W\d_][\w\-]*)[ \u00a0]+$")


def surnames_in_full(
    text: str,
    speakers: list[Speaker | None],
    mentions: Iterable[Mention],
    profile: gz.Profile | None,
) -> list[Speaker | None]:
    """``speakers`` with each person named by a surname alone (``Overbeck``) under the one full
    name of the page that is a known first name and exactly that surname (``Jan Overbeck``):
    not a longer name holding it (``Pedro Sánchez Pérez-Castejón``, ``María José Sánchez``:
    no capitalised word may follow the pair, nor a first name stand before it), not two such
    names, and not when the surname has a role of its own (``la jueza Sánchez``) that the word
    before the full name does not hold, nor a gender the first name's contradicts. The page's
    capitalised pairs are read once, indexed by their last word."""
    wanted: dict[str, set[str]] = {}  # surname -> its roles, lower case
    for s in speakers:
        if s is not None and not s.anonymous and s.name[:1].isupper() and " " not in s.name:
            roles = wanted.setdefault(s.name, set())
            if s.role:
                roles.add(s.role.lower())
    if not wanted or profile is None:
        return speakers
    genders: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.name not in wanted:
            continue
        if mention.type != "person":
            wanted[mention.name].add("")  # also a body's or a place's name: left as it is
        if mention.role:
            wanted[mention.name].add(mention.role.lower())
        if mention.gender:
            genders.setdefault(mention.name, set()).add(mention.gender)
    full: dict[str, dict[str, list[int]]] = {}  # surname -> full name -> where written
    for first, last, start, stop in _before_surnames(text, wanted):
        if not first[:1].isupper():
            continue
        if any(_holds(first.lower(), role) for role in wanted[last]):
            continue  # ``Außenminister Overbeck``: the surname's own role, no first name
        after = _NEXT_WORD.match(text, stop)
        if after is not None and after.group(1).isupper():
            continue  # the name goes on past the surname
        full.setdefault(last, {}).setdefault(f"{first} {last}", []).append(start)
    fuller: dict[str, str] = {}
    for surname, roles in wanted.items():
        names = full.get(surname, {})
        if len(names) != 1 or "" in roles:
            continue  # no full name, two, or a body's or a place's name too
        ((name, places),) = names.items()
        before = [_WORD_BEFORE.search(text, max(0, at - 60), at) for at in places]
        if any(b is not None and gz.first_name_gender_in(b.group(1), profile) for b in before):
            continue  # a second given name: the name opens earlier
        held = {b.group(1).lower() for b in before if b is not None}
        if roles and not all(any(_holds(h, r) for h in held) for r in roles):
            continue  # the surname's own role is not the full name's: maybe someone else
        gender = gz.first_name_gender_in(name.split()[0], profile)
        if gender is None and not roles:
            continue  # no first name known, and no role written before it: maybe no name
        if gender in ("male", "female") and genders.get(surname, {gender}) != {gender}:
            continue  # ``la jueza Sánchez`` is not ``Pedro Sánchez``
        fuller[surname] = name
    if not fuller:
        return speakers
    return [
        attrs.evolve(s, name=fuller[s.name]) if s is not None and s.name in fuller else s
        for s in speakers
    ]


def _before_surnames(text: str, surnames: Iterable[str]) -> Iterator[tuple[str, str, int, int]]:
    """``(word, surname, where the word starts, where the surname ends)`` of each word written
    one space before one of ``surnames`` (the pairs :data:`_PAIR` reads, found by
    ``str.find``)."""
    for surname in surnames:
        for at in _found(text, surname, len(text)):
            stop = at + len(surname)
            if (
                at < 2
                or text[at - 1] not in " \u00a0"
                or _RUN.fullmatch(text, stop, stop + 1) is not None
            ):
                continue
            start = at - 1
            while start > 0 and _RUN.fullmatch(text, start - 1, start):
                start -= 1
            start += len(text[start : at - 1]) - len(text[start : at - 1].lstrip("'’"))
            first = text[start : at - 1]
            if first[:1].isalpha():
                yield first, surname, start, stop


def _holds(word: str, role: str) -> bool:
    """Whether the word ``word`` before a name is one of the role ``role``'s nouns or holds
    it (``bundesaußenminister`` holds ``außenminister``; ``kapitän`` is of ``kapitän des
    europäischen teams``)."""
    return any(
        len(noun) > 3 and (word.endswith(noun) or (len(word) > 3 and noun.endswith(word)))
        for noun in role.split()
    )


def surnames_apart(
    text: str,
    speakers: list[Speaker | None],
    profile: gz.Profile | None,
    feminine: frozenset[str] = frozenset(),
) -> list[Speaker | None]:
    """``speakers`` with a person written by the surname alone under a role (``dijo la jueza
    Sánchez``) and given the full name of someone the page writes under another role (``el
    presidente Pedro Sánchez``) or of the other gender (``jueza``, ``Pedro``) given back the
    surname as written: the entity annotator merges names by their words alone. A woman is
    told by her title (``[people] female_roles``) or a feminine article before it (``la``,
    ``[quotes] feminine_articles``). Every full name concerned is looked for in one pass over
    the text."""
    if profile is None:
        return speakers
    doubtful = {
        s.name
        for s in speakers
        if s is not None and not s.anonymous and s.role and " " in s.name and _surname_written(s)
    }
    if not doubtful:
        return speakers
    held: dict[str, set[str]] = {}  # full name -> the role words written right before it
    pattern = "|".join(re.escape(n) for n in sorted(doubtful, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w\-])(?:{pattern})(?![\w\-])", text):
        before = _WORD_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if before is not None and _role_word(before.group(1).lower(), profile):
            held.setdefault(match.group(0), set()).add(before.group(1).lower())
    return [
        attrs.evolve(s, name=s.mention.split()[-1])
        if s is not None
        and s.name in doubtful
        and _surname_written(s)
        and _another(text, s, held.get(s.name, set()), profile, feminine)
        else s
        for s in speakers
    ]


def _another(
    text: str, speaker: Speaker, held: set[str], profile: gz.Profile, feminine: frozenset[str]
) -> bool:
    """Whether ``speaker``, written by the surname under its role, is someone else than the
    full name it was given: the role words written before that full name (``held``) are all
    of another role, or the role or an article before the surname tells a woman where the
    full name's first name is a man's."""
    role = (speaker.role or "").lower()
    if held and not any(_holds(h, role) for h in held):
        return True
    # ``la jueza Sánchez``: an article one or two words before the surname, in its phrase
    # (not ``una factura», dijo Peralta``); a man's title is most titles' plain form.
    lead = _LEAD.search(text, max(0, speaker.start - 40), speaker.start)
    words = [w for w in (lead.groups() if lead else ()) if w] + speaker.mention.split()[:1]
    woman = any(w.lower() in feminine for w in words) or any(
        w in profile.female_roles for w in role.split()
    )
    return woman and gz.first_name_gender_in(speaker.name.split()[0], profile) == "male"


def _surname_written(speaker: Speaker) -> bool:
    """Whether ``speaker`` is written by the last word of its name, without its first."""
    parts, written = speaker.name.split(), speaker.mention.split()
    return bool(written) and written[-1] == parts[-1] and parts[0] not in written


def _role_word(word: str, profile: gz.Profile) -> bool:
    """Whether ``word`` (lower case) is a title or a role of the language (German's
    compounds by their end: ``bundesaußenminister``)."""
    if word in profile.roles:
        return True
    return profile.compound_titles and any(
        word.endswith(role) for role in profile.roles if len(role) > 4
    )
