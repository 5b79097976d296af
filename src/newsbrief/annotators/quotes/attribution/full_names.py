"""A named speaker under the one fullest name the page gives that person, in the languages
other than English (whose own rules, :meth:`NameForms.in_full` and :meth:`NameForms.fullest`,
read the forms written before the quotation).

A scraped page names its people first in a headline, a caption or a teaser (``Valentina
Restrepo: «...»``, ``Overbeck sagt ...``) and in full only in the body (``la cantautora
Valentina Restrepo Giraldo``); a surname stands for the full name after it (``Villalobos`` for
``Marta Villalobos Ruiz``). So the whole page is read, once: each person's name of several
words, and every run of its words but the first name alone, which stands for it when it is the
only such name. A name the entity annotator cut at a particle (``Pieter Van`` of ``Pieter Van
den Eynde``) or before a joined surname (``Jordi Casanovas`` of ``Jordi Casanovas i Puig``:
``[quotes] name_particles``, ``surname_joiners``) is read on to its last capitalised word.
A name in a case (Russian, Ukrainian) is given in the nominative the page writes it in
(``Золтана Бачо`` -> ``Золтан Бачо``, see :func:`nominative_in_text`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import attrs

from newsbrief.annotators.quotes.attribution.case_forms import same_name, woman_as_man
from newsbrief.annotators.quotes.attribution.press_words import PressWords
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Speaker

__all__ = ["fuller_speakers", "nominative_in_text"]

#: A word and the word after it (read as a name when both are capitalised).
_PAIR = re.compile(r"(?<![\w\-])([^\W\d_][\w'’\-]*)(?=[ \u00a0]([^\W\d_][\w'’\-]*)(?![\w\-]))")


def fuller_speakers(
    text: str, mentions: Iterable[Mention], speakers: list[Speaker | None], words: PressWords
) -> list[Speaker | None]:
    """``speakers`` with each named person under the one fullest name the page gives it."""
    if not any(s is not None and not s.anonymous for s in speakers):
        return speakers
    fuller = _fuller_names(text, list(mentions), words)
    return [
        attrs.evolve(s, name=fuller[s.name])
        if s is not None and not s.anonymous and s.name in fuller
        else s
        for s in speakers
    ]


def _fuller_names(text: str, mentions: Sequence[Mention], words: PressWords) -> dict[str, str]:
    """``{name: the one longer person's name it stands for}``, for the page's names."""
    extended = _read_on(text, mentions, words)
    people: dict[str, None] = {}  # in text order, once each
    others: set[str] = set()
    for mention in mentions:
        if mention.type == "person":
            people.setdefault(extended.get(mention.name, mention.name))
        else:
            others.add(mention.name)
    runs: dict[str, set[str]] = {}
    for person in people:
        parts = person.split()
        for size in range(1, len(parts)):
            for first in range(len(parts) - size + 1):
                if first == 0 and size == 1:
                    continue  # a first name alone is as often another person's
                runs.setdefault(" ".join(parts[first : first + size]), set()).add(person)
    fuller = dict(extended)
    for run, longer in runs.items():
        # A longer name that is itself part of one other (``Lorena Ibarra`` of ``Lorena
        # Ibarra Soler``) is that one person.
        fullest = {_only(runs.get(name)) or name for name in longer}
        if len(fullest) != 1 or (run in others and run not in people):
            continue  # two people so named, or the name of a body or a place
        fuller[run] = fullest.pop()
    for name, full in extended.items():
        fuller[name] = fuller.get(full, full)
    return fuller


def _only(names: set[str] | None) -> str | None:
    """The one name of ``names``, if it holds one."""
    return next(iter(names)) if names is not None and len(names) == 1 else None


def _read_on(text: str, mentions: Sequence[Mention], words: PressWords) -> dict[str, str]:
    """``{a person's name as given: the name read on past a particle or a joiner}`` where the
    page writes it so at each place given that name (``Pieter Van`` + `` den Eynde``)."""
    if not words.name_particles and not words.surname_joiners:
        return {}
    found: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.type != "person" or " " not in mention.name:
            continue
        after = _WORDS_AFTER.match(text, mention.end)
        if after is None:
            continue
        tail = after.group(0).split()
        if mention.name.rsplit(None, 1)[-1].lower() in words.name_particles:
            # A name does not end with its particle: the words after it are its own.
            size = 0
            while size < len(tail) - 1 and tail[size] in words.name_particles:
                size += 1
        elif tail[0] in words.surname_joiners:
            size = 1
        else:
            continue
        if size >= len(tail) or not tail[size][:1].isupper():
            continue
        found.setdefault(mention.name, set()).add(" ".join([mention.name, *tail[: size + 1]]))
    return {name: forms.pop() for name, forms in found.items() if len(forms) == 1}


#: Up to three words right after a name, on its line (particles, then a capitalised word).
_WORDS_AFTER = re.compile(r"(?:[ \u00a0]+[^\W\d_][\w'’\-]*){1,3}")


def nominative_in_text(
    text: str, speakers: list[Speaker | None], known: dict[str, str]
) -> list[Speaker | None]:
    """``speakers`` in a language whose names take cases, each person of two words that no
    mention gave in another form (``known``) under the shortest form of the same name the
    page writes (``Винороб Золтан Бачо`` in a headline the entity annotator left out). The
    page's pairs of capitalised words are read once, and only when a speaker needs them; a
    woman's surname is never given as a man's (``Яна Петрова`` is not ``Ян Петров``)."""
    wanted = {
        s.name
        for s in speakers
        if s is not None and not s.anonymous and s.name not in known and s.name.count(" ") == 1
    }
    if not wanted:
        return speakers
    pairs: dict[str, dict[str, None]] = {}  # by the first two letters, in text order
    for match in _PAIR.finditer(text):
        if not (match.group(1)[:1].isupper() and match.group(2)[:1].isupper()):
            continue
        pairs.setdefault(match.group(1)[:2], {}).setdefault(f"{match.group(1)} {match.group(2)}")
    nominative: dict[str, str] = {}
    for name in wanted:
        parts = name.split()
        same = [
            form
            for form in pairs.get(parts[0][:2], ())
            if len(form) < len(name)
            and same_name(parts, form.split())
            and not woman_as_man(parts, form.split())
        ]
        if same:
            nominative[name] = min(same, key=len)
    return [
        attrs.evolve(s, name=nominative[s.name]) if s is not None and s.name in nominative else s
        for s in speakers
    ]
