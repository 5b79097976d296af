"""A quotation that opens its sentence after a sentence about someone new (French, Spanish,
German and the other languages but English).

A web page whose paragraphs are one line each is one paragraph to the segmenter (only a blank
line parts paragraphs), so the last speaker of that "paragraph" reaches every later quotation
without a cue of its own. News writing names the next speaker in the sentence before their
words: ``L'avocat général, Jean-Baptiste Delaunay, n'a pas cru à cette thèse. « ... »``,
``Baudezernent Jörg Hallstein gibt sich gelassen. „...“``. When
that sentence comes after the last quotation and its subject is a person other than the last
speaker, the quotation is theirs.

Only a person the sentence introduces, or one quoted before, takes the turn. News writing
introduces a new speaker with a description set off by commas (``L'avocat général, X,``, ``X,
58 ans, vigneron,``); a person named bare in a sentence of background (``Emmanuel Macron
avait promis une aide. « Nous n'avons jamais vu un centime. »``, ``El juez X rechazó sus
peticiones. "Ni siquiera leyó el expediente."``) is talked about, and the last speaker goes
on. So is a person the quotation opens by calling he or she (``Son mari, Paul Martin, est mort
en 2019. « Il faisait tout à la maison. »``). A person named for the first time with a title
before the name (``Baudezernent X gibt sich gelassen``) is introduced when the quotation
speaks in the first person, unless the sentence is in the pluperfect (``Kanzler X hatte Hilfe
versprochen``: background). So is one opening a line after the last quotation's line (a new
paragraph of the page) whose cue reports their words after a comma (``Schiedsrichterin X
erklärte, sie habe kein Foul gesehen.``), or whose title before the name introduces words in
the first person, even if the article named them before; a sentence or two between that name
no one else leave the line theirs (``Betriebsrätin X kritisierte die Pläne. Die Beschäftigten
hätten nichts gewusst. „...“``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.annotators.quotes.marks import QuoteSpan
from newsbrief.annotators.quotes.speakers import Attributor, Speaker

__all__ = ["subject_between"]

#: Anything but masked quotation, spaces and punctuation: prose.
_PROSE = re.compile(r"[^§ \u00a0.,;:\n]")
#: A comma setting a description off right before or right after a name: before it, the
#: name's own title may stand between (``Sein Amtskollege, Landrat Max Gruber``); after it, a
#: party or age in brackets (``Max Gruber (FW), sieht``).
_COMMA_BEFORE = re.compile(r",[ \u00a0]*(?:[^\W\d_][\w.\-]*[ \u00a0]+){0,2}$")
_COMMA_AFTER = re.compile(r"[ \u00a0]*(?:\([^()\n]{1,20}\)[ \u00a0]*)?,")
#: A word right before a name: its role as a title (``Präsidentin X``, ``le président X``).
_TITLE_BEFORE = re.compile(r"[^\W\d_][\w\-]*[ \u00a0]+$")
#: At most two words of title opening a line before a name (``Unia-Sekretärin``, ``Der Trainer``).
_LINE_TITLE = re.compile(r"(?:[^\W\d_][\w\-]*[ \u00a0]+){0,2}")
#: How many sentences back the opening of a quotation's line is looked for.
_LINE_SENTENCES = 4
#: A word of a quotation.
_WORD = re.compile(r"[^\W\d_]+")
#: The first word of a quotation.
_FIRST_WORD = re.compile(r"[ \u00a0]*([^\W\d_]+)")
#: How many quotations back a speaker counts as one who spoke before (a page of a thousand
#: quotations is not read back to its start once per quotation).
_EARLIER_REACH = 50


def subject_between(
    last: Speaker,
    span: QuoteSpan,
    previous: QuoteSpan,
    first: int,
    sentences: Sequence[tuple[int, int, int]],
    attributor: Attributor,
    earlier: Sequence[Speaker | None],
) -> Speaker | None:
    """The person other than ``last`` (the speaker of the quotation ``previous``) whose
    sentence, written between ``previous`` and ``span``, stands right before ``span``'s
    sentence (``sentences[first]``), when ``span`` opens that sentence and the sentence
    introduces them (a description set off by commas) or they spoke before (``earlier``: the
    speakers of the quotations before ``span``, the last :data:`_EARLIER_REACH` read);
    ``None`` otherwise (English: its own rules carry the last speaker)."""
    if attributor.cues.profile is None or first == 0:
        return None
    start = sentences[first][0]
    if _PROSE.search(attributor.masked, start, span.open) is not None:
        return None  # words before the quotation in its sentence: its own rules read them
    before_start, before_end, paragraph = sentences[first - 1]
    if paragraph != sentences[first][2] or before_start < previous.close:
        return None
    subject = attributor.subject(before_start, before_end, people_only=True)
    if subject is None:
        return (
            _described_speaker(last, span, before_start, before_end, attributor)
            or _introduced_description(last, span, before_start, before_end, attributor)
            or _line_opener(last, span, previous, first, sentences, attributor)
        )
    if subject.name == last.name:
        return None
    opening = _FIRST_WORD.match(attributor.text, span.start, span.end)
    if opening is not None and opening.group(1).lower() in attributor.cues.pronouns:
        return None  # ``« Il faisait tout »``: words about the person, not theirs
    recent = itertools.islice(reversed(earlier), _EARLIER_REACH)
    if (
        _introduced(attributor.masked, subject, before_start, before_end)
        or _new_line(attributor, subject, span, previous.close, before_start, before_end)
        or (
            _first_titled(attributor.masked, subject, before_start)
            and _first_person(attributor, span)
            and not _background(attributor, before_start, before_end)
        )
        or any(speaker is not None and speaker.name == subject.name for speaker in recent)
    ):
        return subject
    return None


def _described_speaker(
    last: Speaker, span: QuoteSpan, start: int, end: int, attributor: Attributor
) -> Speaker | None:
    """The unnamed person the cue of the sentence ``masked[start:end]`` right before ``span``
    makes speak (``Ein Skilehrer aus Sölden sagte, manche Gäste hätten kein Verständnis.``
    then ``„Die zahlen 80 Euro ...“``), or the person its cue names last, closing it (``...,
    betont Hydrologe X.``), not ``last``: the quotation standing alone goes on with their
    words; ``None`` for another named speaker or a body (its own rules read them)."""
    if attributor.cue.search(attributor.masked, start, end) is None:
        return None
    opening = _FIRST_WORD.match(attributor.text, span.start, span.end)
    if opening is not None and opening.group(1).lower() in attributor.cues.pronouns:
        return None
    described = attributor.before(start, end)
    if (
        described is None
        or described.name == last.name
        or attributor.is_organisation(described.name)
        or (not described.anonymous and not _reported_by_name(attributor, described, start, end))
    ):
        return None
    return described


def _introduced_description(
    last: Speaker, span: QuoteSpan, start: int, end: int, attributor: Attributor
) -> Speaker | None:
    """The unnamed person an indefinite description opening the sentence ``masked[start:end]``
    right before ``span`` introduces (``Eine Anwohnerin aus Kassel schüttelte den Kopf.`` then
    ``„...“``): the quotation standing alone is theirs, as after a colon, even opening with a
    pronoun (``„Sie war immer vorsichtig.“``: someone they speak about); not ``last``."""
    stop = _sentence_stop(attributor.masked, start, end)
    described = attributor.opening_description(start, stop)
    if described is None or described.name == last.name:
        return None
    return described


def _sentence_stop(masked: str, start: int, end: int) -> int:
    """Where the sentence ``masked[start:end]`` ends before its full stop and spaces."""
    while end > start and masked[end - 1] in " \u00a0\n.!":
        end -= 1
    return end


def _reported_by_name(attributor: Attributor, speaker: Speaker, start: int, end: int) -> bool:
    """Whether the sentence ``masked[start:end]`` reports ``speaker``'s words with their name
    after its cue, closing it (``Die Lage bleibe ernst, betont Weber.``): a quotation standing
    alone right after goes on with them; not a name a preposition governs (``kritisiert die
    Partei von X``: whose the subject is)."""
    tail = attributor.masked[speaker.end : end].strip(" \u00a0.\n")
    return (
        speaker.start >= start
        and not tail
        and attributor.is_person(speaker.name)
        and attributor.governing_preposition(start, speaker) is None
    )


def _line_opener(
    last: Speaker,
    span: QuoteSpan,
    previous: QuoteSpan,
    first: int,
    sentences: Sequence[tuple[int, int, int]],
    attributor: Attributor,
) -> Speaker | None:
    """The person opening the line of ``span``'s sentence (``sentences[first]``), on a line
    after the last quotation's, when the sentences between name no one else, nor open with an
    unnamed person (``Gewerkschafterin X kritisierte das Vorgehen. Die Belegschaft habe nichts
    gewusst. „...“``, not ``... Der gegnerische Trainer widersprach. „...“``): the line is a
    paragraph about them, and the quotation standing alone there is theirs."""
    masked = attributor.masked
    paragraph = sentences[first][2]
    for at in range(first - 1, max(first - _LINE_SENTENCES, 0) - 1, -1):
        start, end, of = sentences[at]
        if of != paragraph or start < previous.close:
            return None
        line = masked.rfind("\n", 0, start) + 1
        if masked[line:start].strip():
            if attributor.opens_with_description(start, _sentence_stop(masked, start, end)):
                return None  # (``Ein Zuschauer sah das anders.``: someone else between)
            continue  # (not the line's first sentence)
        if line <= previous.close:
            return None
        subject = attributor.subject(start, end, people_only=True)
        if (
            subject is None
            or subject.name == last.name
            or not _new_line(attributor, subject, span, previous.close, start, end)
            or any(
                m.type == "person" and m.name != subject.name
                for m in attributor.within(subject.end, span.open)
            )
        ):
            return None
        opening = _FIRST_WORD.match(attributor.text, span.start, span.end)
        if opening is not None and opening.group(1).lower() in attributor.cues.pronouns:
            return None
        return subject
    return None


def _new_line(
    attributor: Attributor, subject: Speaker, span: QuoteSpan, last: int, start: int, end: int
) -> bool:
    """Whether the sentence ``masked[start:end]``, on a line after the last quotation's
    (closing at ``last``), opens with ``subject`` (their title at most before the name) and
    makes them speak: its verb is a cue their reported words follow after a comma
    (``Schiedsrichter X erklärte, er habe nichts gesehen.``), or a title introduces them and
    the quotation speaks in the first person (``Präsidentin X erinnert sich an den Sommer.``
    then ``„Uns hat man nie gefragt.“``). On a page of one-line paragraphs such a new
    paragraph hands the next speaker the words; a person named bare whose cue takes no
    reported words (``Wladimir Putin versprach Hilfe.``), or in the pluperfect, is talked
    about."""
    masked = attributor.masked
    if (
        "\n" not in masked[last:start]
        or subject.start < start
        or _LINE_TITLE.fullmatch(masked, start, subject.start) is None
        or _background(attributor, start, end)
    ):
        return False
    cue = attributor.cue_index.search(subject.end, end)
    if cue is not None and "," in masked[cue.end() : end]:
        return True
    return (
        subject.role is not None
        and bool(_TITLE_BEFORE.search(masked, start, subject.start))
        and _first_person(attributor, span)
    )


def _first_titled(masked: str, subject: Speaker, start: int) -> bool:
    """Whether the sentence from ``start`` names ``subject`` for the first time, with their
    role right before the name (``Baudezernent Jörg Hallstein gibt sich gelassen``): with a
    quotation in the first person after it, the article introduces a new speaker, as with a
    description set off by commas."""
    return (
        subject.role is not None
        and subject.start >= start
        and subject.name.split()[-1] not in masked[:start]
        and bool(_TITLE_BEFORE.search(masked, start, subject.start))
    )


def _first_person(attributor: Attributor, span: QuoteSpan) -> bool:
    """Whether the quotation ``span`` speaks in the first person (``[quotes] first_person``:
    ``Wir haben ...``): someone's own words, where ``Ni siquiera leyó el expediente`` may be
    words about the person a sentence names."""
    profile = attributor.cues.profile
    words = quote_words(profile.code, "first_person") if profile is not None else frozenset()
    return any(w.lower() in words for w in _WORD.findall(attributor.text, span.start, span.end))


def _background(attributor: Attributor, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` is in the pluperfect (``[quotes]
    pluperfect_auxiliaries``: ``Kanzler X hatte Hilfe versprochen``, ``Le président X avait
    promis``): it tells what came before the story, so the person it names is talked about."""
    profile = attributor.cues.profile
    words = (
        quote_words(profile.code, "pluperfect_auxiliaries") if profile is not None else frozenset()
    )
    return any(w.lower() in words for w in _WORD.findall(attributor.text, start, end))


def _introduced(masked: str, subject: Speaker, start: int, end: int) -> bool:
    """Whether a comma sets a description off right before or right after the ``subject``'s
    name in the sentence ``masked[start:end]`` (``L'avocat général, X,``, ``X, 58 ans,``)."""
    return (
        _COMMA_BEFORE.search(masked, start, subject.start) is not None
        or _COMMA_AFTER.match(masked, subject.end, end) is not None
    )
