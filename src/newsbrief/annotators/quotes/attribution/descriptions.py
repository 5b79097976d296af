"""Descriptions and appositions around a name (``Jo Lee, a lawyer for the family,``), relatives
(``his mother``), and bodies named by initials or without a type.
"""

from __future__ import annotations

import bisect
import re

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.annotators.quotes.attribution.english_words import (
    ARTICLES,
    BODY_NOUNS,
    CLAUSE_LOOKBACK,
    DEFINITE,
    DESCRIBED,
    DESCRIPTION_WORDS,
    DETERMINERS,
    EN,
    INDEFINITE,
    SOURCE_DETERMINER,
    SOURCE_NOUNS,
    SPACES,
)
from newsbrief.annotators.quotes.attribution.press_words import press_words
from newsbrief.annotators.quotes.attribution.references import ReferenceResolver
from newsbrief.annotators.quotes.attribution.scanning import (
    Backwards,
    anonymous_name,
    is_plural,
)
from newsbrief.annotators.quotes.attribution.sentence_subjects import after_clause_comma
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Speaker

__all__ = ["DescriptionReader"]

#: A kin noun that names several relatives at once (``the family of the mayor``).
_KIN_COLLECTIVES = EN.words("quotes", "kin_collectives")

_WORD_AND_SPACE = re.compile(r"\S+\s+")


#: A comma between a description and the name in apposition after it.
_APPOSED_NAME = re.compile(
    r",[ \u00a0]+([A-Z][\w’'\-]+(?:[ \u00a0]+[A-Z][\w’'\-]+){1,3})(?=[,.;]|[ \u00a0]+to\b)"
)


#: A relative pronoun opening a description's words (``in which a foreman in Dover``).
_RELATIVE_OPENING = re.compile(
    rf"(?:{plain_alternation(EN.words('quotes', 'relative_pronouns'))})[ \u00a0]+"
)
_DETERMINER_AT = re.compile(rf"(?:(?<=\s)|^){SOURCE_DETERMINER}\s")


#: A role noun and a preposition (``[quotes] role_place_prepositions``), then a few more words.
_DESCRIBED_FURTHER = re.compile(
    r"\w+\s+(?:[\w’'\-]+\s+){0,3}?(?P<noun>[A-Za-z]+)\s+"
    rf"(?P<prep>{plain_alternation(EN.words('quotes', 'role_place_prepositions'))})\s+"
    r"(?:[\w’'.&\-]+\s+){0,6}$"
)


#: A capitalised name of up to four words opening its clause (at the start, after a comma or
#: semicolon, or after a sentence's end), shared by the appositions below.
_CLAUSE_NAME = (
    r"(?:^|(?<=[,;][ \u00a0])|(?<=[.!?][ \u00a0]))(?P<name>[A-Z][\w.’'\-]*[\w’'\-]"
    r"(?:[ \u00a0][A-Z][\w.’'\-]*[\w’'\-]){0,3})"
)


#: A name, then an apposition opening with an article and never closed by a comma before the
#: end (``Rajanews.com, a news website run by some of supporters of``).
_UNCLOSED_APPOSITION = re.compile(rf"{_CLAUSE_NAME},[ \u00a0]+{ARTICLES}[ \u00a0][^,;:.!?§\n]+$")


#: A name opening its clause, then an apposition in lower case never closed by a comma before
#: the end (``Scott Roe, president and chief executive of``; ``Ann Lee, chair of Local 12,``
#: before the union's name): the body after it is the person's, who speaks.
_ROLE_APPOSITION = re.compile(
    rf"{_CLAUSE_NAME},[ \u00a0]+(?P<role>[a-z][^,;:.!?§\n]*(?:,[ \u00a0]+)?)$"
)


#: An indefinite article after a name (``Ann Lee an economist``): an apposition, its commas
#: left out.
_ARTICLE_AFTER = re.compile(
    rf"[ \u00a0]+{plain_alternation(EN.words('quotes', 'indefinite_articles'))}[ \u00a0]+"
)


#: A preposition ending the text (its object is no subject).
_PREPOSITION_END = re.compile(
    rf"\b{plain_alternation(EN.words('quotes', 'object_prepositions'))}[ \u00a0]+$"
)


#: Characters before a cue within which a kin phrase is looked for.
_KIN_REACH = 200


#: A relative or a friend of someone, the subject before a cue (``The daughter of Edith Moore``,
#: ``the family of one victim, 91-year-old Edith Moore,``): the described person speaks.
_KIN_SUBJECT = re.compile(
    r"(?:^|(?<=[\s,;:]))(?P<np>"
    rf"(?:{plain_alternation(EN.words('quotes', 'kin_determiners'), case='either')})"
    r"[ \u00a0]+(?:[a-z][\w\-]*[ \u00a0]+)?"
    rf"(?:{plain_alternation(EN.words('quotes', 'kin_nouns'))})[ \u00a0]+of[ \u00a0]+"
    r"(?P<of>[^,;:§.!?\n]+?))[ \u00a0]*(?:,(?P<app>[^,;:§.!?\n]+),)?[ \u00a0]*$"
)


#: ``at``, ``for``: a described person's body after them employs them (``analysts at X``).
_STAFF_PREPOSITIONS = EN.words("quotes", "staff_prepositions")
#: The preposition of a member and their body (``an official of the agency``): it describes an
#: unnamed source only after an indefinite determiner (``the president of Acme`` is an office).
_MEMBER_PREPOSITIONS = EN.words("quotes", "member_prepositions")
#: ``to``, ``for``: a preposition before a title makes its holder the object, not the source.
_OBJECT_PREPOSITIONS = EN.words("quotes", "object_prepositions")


def _title_through(title: str | None, preposition: str) -> bool:
    """Whether ``title``, the one the entity annotator kept with a person's name, holds
    ``preposition`` between two of its words (``Minister for Transport``)."""
    return title is not None and preposition in title.split()[1:-1]


#: ``The``, ``A``, ``This``: capitalised words that open no name.
_DETERMINERS_CAPITALISED = frozenset(
    w.capitalize()
    for w in EN.words("quotes", "indefinite_articles")
    | DEFINITE
    | EN.words("quotes", "demonstratives")
)


#: ``the [former] controller, `` before a name, the head noun (group 1) the first word ending
#: in a comma: one pattern for every head, read as a pattern per head would match (a head's
#: pattern reaches no comma past the first, and none inside a match; compiling one per head
#: met was a tenth of a first run's attribution time).
_DEFINITE_APPOSITION = re.compile(
    r"\b[Tt]he(?:[ \u00a0]+[\w’'\-]+){0,4}?[ \u00a0]+([\w’'\-]+),[ \u00a0]+"
)


#: A word of a description (letters, apostrophes and hyphens inside).
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


class DescriptionReader(ReferenceResolver):
    """Reads descriptions, appositions and relatives around names."""

    def _kin(self, start: int, end: int, cue: str) -> Speaker | None:
        """``The daughter of Edith Moore said``, ``the family of one victim, Edith Moore,
        said``: a relative or a friend of someone speaks, described so, not the person named
        after ``of``; with a name in apposition after a named person (``A friend of Pettit,
        Sam Cole, said``), that name speaks."""
        if self.masked.find(" of ", start, end) < 0:
            return None  # (most subjects: the pattern is not tried)
        # The pattern ends at ``end``; a kin phrase is short, and a bounded reach keeps a
        # failing search linear (``the son of the son of ...``).
        match = _KIN_SUBJECT.search(self.masked, max(start, end - _KIN_REACH), end)
        if match is None:
            return None
        of_start, of_end = match.span("of")
        named = self._mention_starting(of_start)
        if match.group("app") is not None:
            apposed = self.within(match.start("app"), match.end("app"))
            if (
                named is not None
                and named.end == of_end
                and apposed
                and apposed[-1].type == "person"
            ):
                return self._named(apposed[-1], cue)
            kin_noun = self.masked[match.start("np") : of_start].split()[-2].lower()
            if kin_noun not in _KIN_COLLECTIVES and not kin_noun.endswith("s"):
                # One relative (``The wife of the mayor, Jane Roe, said``): the apposition
                # names the relative, read as any apposed speaker; a family or several
                # relatives cannot be one person, so theirs names whom they speak of.
                return None
        elif named is not None and named.end != of_end:
            return None  # ``the son of Ann Roe and her husband``: not one phrase
        np_start, np_end = match.span("np")
        phrase = " ".join(self.text[np_start:np_end].split())
        return Speaker(anonymous_name(phrase), phrase, np_start, np_end, cue, anonymous=True)

    def _unclosed_apposition(self, start: int, at: int, cue: str) -> Speaker | None:
        """The name opening ``Name, a <noun> ... <preposition>`` before ``at``: an apposition
        with no closing comma, whose prepositional object at ``at`` is not the subject."""
        head = self.masked[max(start, at - CLAUSE_LOOKBACK) : at]
        if _PREPOSITION_END.search(head) is None:
            return None
        match = _UNCLOSED_APPOSITION.search(head)
        if match is None:
            return None
        base = at - len(head)
        name_start, name_end = base + match.start("name"), base + match.end("name")
        named = self._mention_ending(name_end)
        if named is not None and named.start >= name_start:
            if named.type == "place":
                return None
            return self._named(named, cue)
        words = match.group("name").split()
        if len(words) > 1 and any(self._role_noun(w) for w in words):
            return None
        if any(w in gz.CALENDAR or w in _DETERMINERS_CAPITALISED for w in words):
            return None
        if self._place_word(match.group("name"), name_start):
            return None
        name = self.text[name_start:name_end]
        return Speaker(name, name, name_start, name_end, cue)

    def _role_apposition(self, start: int, body: tuple[int, int], cue: str) -> Speaker | None:
        """The person opening ``Name, <role> ... <body>`` before a cue: a role in lower case
        whose body (``body``, its offsets) ends an apposition with no closing comma; the role
        runs to the body's end."""
        body_start, body_end = body
        head = self.masked[max(start, body_start - CLAUSE_LOOKBACK) : body_start]
        match = _ROLE_APPOSITION.search(head)
        if match is None:
            return None
        words = [w.strip(",") for w in match.group("role").split()]
        if not any(self._role_noun(w, people_only=True) for w in words):
            return None
        base = body_start - len(head)
        name_start, name_end = base + match.start("name"), base + match.end("name")
        person = self._mention_ending(name_end)
        if person is not None and person.start >= name_start:
            if person.type != "person":
                return None
            speaker = self._named(person, cue)
        else:
            # ``Whitey Dunn, chair of Local 12, ...``: a full name the entity annotator left
            # untyped.
            names = match.group("name").split()
            if (
                len(names) < 2
                or any(self._role_noun(w) for w in names)
                or any(w in gz.CALENDAR or w in _DETERMINERS_CAPITALISED for w in names)
                or self._place_word(match.group("name"), name_start)
            ):
                return None
            name = self.text[name_start:name_end]
            speaker = Speaker(name, name, name_start, name_end, cue)
        role_start = base + match.start("role")
        if words[0].lower() in DETERMINERS:
            # (Past the determiner and its space, a no-break one too.)
            skipped = _WORD_AND_SPACE.match(self.masked, role_start)
            if skipped is not None:
                role_start = skipped.end()
        role = " ".join(self.text[role_start:body_end].split())
        return attrs.evolve(speaker, role=role)

    def _untyped_body(
        self, start: int, tokens: Backwards, skipped: int, cue: str
    ) -> Speaker | None:
        """A capitalised subject the entity annotator did not type: an acronym of a body the
        article names in full (``The F.A.A. said`` after ``the Federal Aviation
        Administration``), a body's name after a noun that says what it is (``The union IF
        Metall said``), or a body after a role noun and a preposition (``Analysts at Jefferies
        said``: an unnamed source)."""
        last, s, e = tokens[skipped]  # type: ignore[misc]
        letters = last.replace(".", "")
        if letters.isupper() and 2 <= len(letters) <= 6 and letters.isalpha():
            body = self._body_of_initials(letters, s)
            if body is not None:
                return Speaker(body, last, s, e, cue)
        head = self.masked[max(start, s - 80) : s]
        described = DESCRIBED.search(head)
        if described is not None and self._role_noun(described.group("noun"), people_only=True):
            np_start = s - len(head) + described.start()
            return self._uncommaed_apposition(np_start, e, cue) or self._role(np_start, e, cue)
        # ``the union IF Metall``, ``carmaker Volvo Cars``: up to three capitalised words
        # after a lower-case noun naming a kind of body.
        name_start, back = s, 1
        while (token := tokens[skipped + back]) is not None and back <= 3:
            if token[0][:1].islower() and token[0] in BODY_NOUNS:
                name = self.text[name_start:e]
                return Speaker(name, name, name_start, e, cue)
            if not (token[0][:1].isupper() and token[0][:1].isalpha()):
                break
            name_start, back = token[1], back + 1
        return None

    def _described(self, start: int, mention: Mention, cue: str) -> Speaker | None:
        """``Analysts at Morgan Stanley``, ``a Western diplomat in Kyiv``: a role noun and a
        preposition before a body or a place describe an unnamed source; the body does not
        speak."""
        opens = self._city_before(start, mention)
        head = self.masked[max(start, opens - 80) : opens]
        match = DESCRIBED.search(head)
        if match is None or not self._role_noun(match.group("noun"), people_only=True):
            match = self._described_further(head)
        if match is None:
            return None
        if mention.type == "person" and match.group("prep") not in _STAFF_PREPOSITIONS:
            return None  # ``an aide with John Smith``; ``analysts at Morgan Stanley`` is a bank
        if mention.type == "person" and self._holds_title_through(mention, head, match):
            # ``Minister for Transport Eamon Walsh``: the preposition is inside the title the
            # entity annotator kept with the name; the person holds it (``a spokesman for
            # Senator Ann Roe`` keeps only ``Senator``, the source's employer's title).
            return None
        np_start = opens - len(head) + match.start()
        if mention.type == "person" and self._title_before(head[match.start() :], match):
            named = self._named(mention, cue)
            role = " ".join(self.text[np_start : mention.start].split())
            return attrs.evolve(named, role=named.role or role)
        if match.group("prep") in _MEMBER_PREPOSITIONS and (
            self.masked[np_start:opens].split()[0].lower() not in INDEFINITE
        ):
            # ``a senior official of the Kano Roads Agency said``: an unnamed source; ``The
            # Member of Parliament for Bodi, Mr ...,`` is an office its holder is named after.
            return None
        relative = _RELATIVE_OPENING.match(self.masked, np_start)
        if relative is not None and relative.end() < opens:
            np_start = relative.end()  # the clause's subject is described, not its pronoun
        person = self._appositive_person(start, np_start) if self.cues.profile is None else None
        if person is not None and self._apposed_to(person, np_start):
            # ``Frank Ciacco, a former expert for the NTSB said``: an apposition the writer
            # did not close describes the name before it, who speaks.
            named = self._named(person, cue)
            words = self.text[np_start : mention.end].split()
            if words[0].lower() in DETERMINERS:
                words = words[1:]
            return attrs.evolve(named, role=named.role or " ".join(words) or None)
        apposed = self._uncommaed_apposition(np_start, mention.end, cue)
        if apposed is not None:
            return apposed
        return self._role(np_start, mention.end, cue)

    def _title_before(self, phrase: str, match: re.Match[str]) -> bool:
        """Whether a role phrase with no determiner ends in the capitalised portfolio or
        constituency of an office (``Minister for Health``, ``TD for Galway West``,
        ``economist at ING``): a title written before a name, whose holder speaks, not a
        source described by whom they work for (``a spokesman for Mary Roe``, ``aide to
        Senator Mary Roe``)."""
        words = phrase.split()
        if not words or words[0].lower() in DETERMINERS:
            return False
        between = [
            w for w in match.group(0)[match.end("prep") - match.start() :].split()
            if w.lower() not in DEFINITE
        ]  # fmt: skip
        return bool(between) and not any(
            self._role_noun(w.rstrip(".,"), people_only=True) or w in gz.HONORIFICS for w in between
        )

    def _holds_title_through(self, mention: Mention, head: str, match: re.Match[str]) -> bool:
        """Whether the preposition ``match`` (of :data:`DESCRIBED` in ``head``, the text
        before ``mention``) found is inside the title kept with the person's name and no source
        is described before that title (``An aide to Minister for Finance Joan Kirby``: the
        aide, a role noun and a preposition before the title, speaks)."""
        title = mention.role
        if title is None or not _title_through(title, match.group("prep")):
            return False
        kept = head.rstrip(" \u00a0")
        title_start = len(kept) - len(title) if kept.endswith(title) else match.start("noun")
        return not any(
            word.lower() in _OBJECT_PREPOSITIONS
            or self._role_noun(word.strip("’'"), people_only=True)
            for word in head[match.start() : max(match.start(), title_start)].split()
        )

    def _city_before(self, start: int, mention: Mention) -> int:
        """Where the place ``mention`` is named, or, when it is a state after its city
        (``a yard foreman in Dover, Del.,``), where the city is: the two are one place, and
        a description's preposition stands before the city."""
        if mention.type != "place":
            return mention.start
        low = max(start, mention.start - 3)
        before = self.masked[low : mention.start].rstrip(" \u00a0")
        if not before.endswith(","):
            return mention.start
        city = self._mention_ending(low + len(before) - 1)  # (the city closes at the comma)
        return city.start if city is not None and city.type == "place" else mention.start

    def _uncommaed_apposition(self, start: int, end: int, cue: str) -> Speaker | None:
        """``Ann Lee an economist at Acme`` from ``start`` to ``end``: an apposition the writer
        left without its commas describes the person named before the article, who speaks."""
        if self.cues.profile is not None:
            return None
        article = _ARTICLE_AFTER.search(self.masked, start, end)
        if article is None:
            return None
        person = self._mention_ending(article.start())
        if person is None or person.type != "person" or person.end <= start:
            return None
        named = self._named(person, cue)
        role = " ".join(self.text[article.end() : end].split())
        return attrs.evolve(named, role=named.role or role or None)

    def _described_before(self, start: int, end: int, cue: str) -> Speaker | None:
        """``A reporter for the Al Jazeera news agency said``: a role noun and a preposition
        before a body's description (not its name) ending at ``end``; the unnamed source
        speaks."""
        if self.cues.profile is not None:
            return None
        head = self.masked[max(start, end - 100) : end]
        described = self._described_further(head + " ")
        if described is None:
            return None
        np_start = end - len(head) + described.start()
        return self._uncommaed_apposition(np_start, end, cue) or self._role(np_start, end, cue)

    def _described_further(self, head: str) -> re.Match[str] | None:
        """``One trader at a Japanese bank in [Tokyo]``: a role noun and a preposition, then
        a few more words, before a body or a place."""
        for determiner in _DETERMINER_AT.finditer(head):
            match = _DESCRIBED_FURTHER.match(head, determiner.start())
            if match is not None and self._role_noun(match.group("noun"), people_only=True):
                return match
        return None

    def _name_after_description(
        self, start: int, body: Mention, comma: int, end: int, cue: str
    ) -> Speaker | None:
        """``Labour councillor for Hebden Bridge, Ann Pike, said``: a description ending in a
        body or a place ``body``, then (from ``comma`` to ``end``) only a person's name in
        apposition: that person speaks, the description is the role."""
        person = self._sole_apposed(comma, end)
        if person is None:
            return None
        described = self._described(start, body, cue)
        if described is None or not described.anonymous:
            return None
        named = self._named(person, cue)
        return attrs.evolve(named, role=named.role or described.name)

    def _name_after_title(self, start: int, comma: int, end: int, cue: str) -> Speaker | None:
        """``Labour MP for Leeds East, Sarah Quinn, said``: a short title holding a role noun
        (its place or body no entity), then only a person's name in apposition: that person
        speaks, the title is the role."""
        person = self._sole_apposed(comma, end)
        if person is None:
            return None
        words = self.text[start:comma].split()
        if len(words) > DESCRIPTION_WORDS or not any(
            self._role_noun(w, people_only=True) or w in gz.ROLE_WORDS for w in words
        ):
            return None
        if words[0].lower() in DETERMINERS:
            words = words[1:]
        named = self._named(person, cue)
        return attrs.evolve(named, role=named.role or " ".join(words) or None)

    def _role_then_name(self, start: int, held: Mention, comma: int, end: int, cue: str
                        ) -> Speaker | None:  # fmt: skip
        """``El presidente de LUMA Energy, Mario Hurtado Gil, reconoció``, ``Le directeur de
        Vernal, Denis Kervella, a salué`` (languages but English): a role noun, then the body
        it is held in ending at ``comma`` (``held``, a body the entity annotator may take for
        a person), then only a person's name in apposition: that person speaks, the role is
        the words from the role noun (or the noun after a definite article) to the comma."""
        person = self._sole_apposed(comma, end)
        if person is None or person.start <= held.end:
            return None
        profile = self.cues.profile
        definite = press_words(profile.code).definite if profile is not None else frozenset()
        # (The role opens after the last comma before the body: ``Tras la visita a la
        # planta, el jefe de servicio de Calidad Ambiental, Sergio Llamas Pardo, advirtió``.)
        start = after_clause_comma(self.masked, start, held.start)
        words = [(m.group(0), m.start()) for m in _WORD.finditer(self.masked, start, held.start)]
        for index, (word, at) in enumerate(words):
            # (A role noun, or any noun after a definite article: ``El viceministro para``.)
            after_article = index > 0 and words[index - 1][0].lower() in definite
            if word[:1].islower() and (after_article or self._role_noun(word, people_only=True)):
                if len(words) - index > DESCRIPTION_WORDS or not words[-1][0][:1].islower():
                    return None  # a long clause, or no link word before the body
                named = self._named(person, cue)
                role = " ".join(self.text[at:comma].split())
                return attrs.evolve(named, role=named.role or role)
        return None

    def _sole_apposed(self, comma: int, end: int, kind: str = "person") -> Mention | None:
        """The one mention of type ``kind`` alone between ``comma`` and ``end`` (spaces around
        it), if that is all there is."""
        inside = self.within(comma, end)
        if len(inside) != 1 or inside[0].type != kind:
            return None
        if SPACES.fullmatch(self.masked, comma + 1, inside[0].start) is None:
            return None
        if SPACES.fullmatch(self.masked, inside[0].end, end) is None:
            return None
        return inside[0]

    def _place_in_place(self, comma: int, end: int) -> bool:
        """Whether ``masked[comma:end]`` is a comma and the one place named after it, and a
        place ends right at the comma (``Austin, Texas``)."""
        if self._sole_apposed(comma, end, "place") is None:
            return False
        previous = self._mention_ending(comma)  # (the place closes right at the comma)
        return previous is not None and previous.type == "place"

    def identified(self, speaker: Speaker) -> Speaker:
        """An unnamed source the article names soon after: ``A former air traffic controller
        testified ...`` then, in the next two paragraphs, ``the former controller, Karen
        Whitfield,``: a definite noun phrase with the same head noun in apposition before a
        person's name is the same person."""
        if not speaker.anonymous or self.cues.profile is not None:
            return speaker
        words = speaker.name.lower().split()
        if not words or is_plural(speaker.name):
            return speaker
        if words[0] not in INDEFINITE:
            # ``The expert who played the carillon called it ...`` then ``The expert, Tiffany
            # Ng, ...``: a definite source named in the next paragraphs.
            return self._identified_later(speaker, words) if words[0] in DEFINITE else speaker
        # ``said one local resident, Omen Cola, to AFP``: the name in apposition right after
        # the description is the speaker's, the description its role.
        apposed = _APPOSED_NAME.match(self.masked, speaker.end)
        if apposed is not None:
            mention = self._mention_starting(apposed.start(1))
            if mention is not None and mention.type == "person":
                name = mention.name
            elif (
                mention is None
                and not self.within(apposed.start(1), apposed.end(1))
                and not any(w in gz.ROLE_WORDS or w in gz.CALENDAR for w in apposed[1].split())
            ):
                name = apposed[1]  # a name the entity annotator left out
            else:
                return self._identified_later(speaker, words)
            return attrs.evolve(
                speaker,
                name=name,
                anonymous=False,
                role=speaker.role or " ".join(speaker.name.split()[1:]) or None,
            )
        return self._identified_later(speaker, words)

    def _identified_later(self, speaker: Speaker, words: list[str]) -> Speaker:
        """The unnamed source ``speaker`` (of lower-cased ``words``) named in a definite
        apposition in the next two paragraphs (see :meth:`identified`)."""
        head = next((w for w in reversed(words) if w in SOURCE_NOUNS), None)
        if head is None or not self.paragraphs:
            return speaker
        index = bisect.bisect_right(self._paragraph_starts, speaker.end) - 1
        limit = min(
            self.paragraphs[min(index + 2, len(self.paragraphs) - 1)][1], speaker.end + 2000
        )
        if self.masked.find(f"{head},", speaker.end, limit) < 0:
            return speaker  # (no apposition can end in the head noun: not read word by word)
        matches = _DEFINITE_APPOSITION.finditer(self.masked, speaker.end, limit)
        for match in matches:
            if match.group(1) != head:
                continue
            mention = self._mention_starting(match.end())
            if mention is not None and mention.type == "person":
                named = self._named(mention, speaker.cue)
                return attrs.evolve(
                    speaker, name=named.name, anonymous=False, role=named.role or speaker.role
                )
        return speaker
