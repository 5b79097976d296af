"""The attribution conventions of the continental press (every language but English).

English rules read English words; these read the language's own (``[quotes]`` of its data
file) and apply only when the document is in another language:

* unnamed sources opening with an indefinite article or a source noun (``une source
  diplomatique``, ``ein Sprecher des Ministeriums``, ``источник в правительстве``), credited as
  written (``indefinite_articles``, ``source_nouns``);
* a definite role phrase (``der Minister``, ``el gobernador``, ``губернатор``) pointing back to
  the person whose stated role holds its noun or who spoke just before, else left as
  written; a body's noun (``das Unternehmen``) to the nearest organisation
  (``definite_articles``, ``organisation_nouns``);
* the French inverted pronoun (``a-t-il ajouté``, ``estime-t-elle``) and, where the language
  drops its subjects (``null_subject``), a cue with none (``«...», añadió.``): the last speaker;
* an attribution inside one pair of marks (``«A, — сказал он. — B»``, ``«A —afirmó X—. B»``,
  ``« A, a déclaré X. B »``), read from the quotation's own text only;
* a speaker named in the genitive after a role in the genitive (``по словам капитана команды
  Даниила Фомина``), or by the role alone (``за словами міністра оборони``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.entities.foreign_forms import named_after_noun
from newsbrief.annotators.entities.foreign_words import foreign_words
from newsbrief.annotators.quotes.attribution.addressees import (
    APPOSITION_COMMA,
    medium_start,
    name_starts,
)
from newsbrief.annotators.quotes.attribution.capitalised_subjects import description_verb
from newsbrief.annotators.quotes.attribution.case_forms import nominative_name
from newsbrief.annotators.quotes.attribution.descriptions import DescriptionReader
from newsbrief.annotators.quotes.attribution.english_words import QUOTE_MASK
from newsbrief.annotators.quotes.attribution.opening_subjects import (
    OpeningSubject,
    OpeningWords,
    clause_start,
    opening_subject,
)
from newsbrief.annotators.quotes.attribution.press_words import (
    NO_PRESS_WORDS,
    PressWords,
    press_words,
    reports_speech,
)
from newsbrief.annotators.quotes.attribution.run_on_openings import sentence_before_run_on
from newsbrief.annotators.quotes.attribution.sentence_subjects import (
    opening_name,
    opening_person,
    sentence_before,
    sentence_ending,
)
from newsbrief.annotators.quotes.attribution.speaker_types import Mention, Referent, Speaker
from newsbrief.annotators.quotes.attribution.statement_bodies import place_body_nouns
from newsbrief.annotators.quotes.attribution.times_after_cues import time_words
from newsbrief.annotators.quotes.attribution.untyped_people import stopwords
from newsbrief.annotators.quotes.language_words import quote_words, sorted_quote_words
from newsbrief.languages import language, morphology

__all__ = ["PressReader", "PressWords", "press_words"]


#: A word, or one mark (a full stop is its own token here: ``добавил губернатор.``).
#: A dot between letters is inside a word (``ver.di-Verhandlungsführerin``, ``Booking.com``),
#: unless a capital follows it (see :func:`_words`).
_WORD = re.compile(r"[\w’'\-]+(?:\.[^\W\d_][\w’'\-]*)*|[^\w\s]")
#: A word without dots, or one mark.
_PLAIN_WORD = re.compile(r"[\w’'\-]+|[^\w\s]")
#: Words at most before the issuer opening the sentence before a document's adverb (``Die
#: Stadt Köln``, ``Das Ministerium``).
_ISSUER_LEAD = 2
#: How far a speaker phrase is read from its cue (characters).
_PHRASE_REACH = 160
#: At most this many characters before a name are read for the cue and marker of one told
#: (``aseguró a la cadena``).
_ADDRESSEE_REACH = 40
#: At most this many words describe an unnamed source (``un ejecutivo de una de las petroleras
#: que participan en la licitación del oleoducto ...``).
_SOURCE_WORDS = 20
#: At most this many words (its comma one) open a sentence before its unnamed source (``Dans
#: les couloirs, un élu``).
_OPENING_PHRASE_WORDS = 5
#: At most this many words stand before a person in apposition to them (``Le secrétaire
#: général de la CGT-Cheminots, Thierry Mallaval,``).
_APPOSED_LEAD_WORDS = 8
#: At most this many words describe a person named in apposition after them, opening the
#: sentence a quotation is embedded in (``La bourgmestre de Forest, X,``).
_DESCRIPTION_LEAD_WORDS = 4
#: How far back a body's noun looks for the body named in full (characters).
_BODY_REACH = 1500
#: How many paragraphs back a role phrase looks for the person holding the role.
_ROLE_PARAGRAPHS = 12
#: How many lines back a quotation going on from paragraph to paragraph is followed.
_CONTINUED_PARAGRAPHS = 3
#: How far back the word of a cue is looked for (characters).
_CUE_WORD_REACH = 40
#: Where an attribution may open inside a quotation: a comma or a dash, then spaces.
_INNER_OPENING = re.compile(r"(?:,[ \u00a0]*[—–][ \u00a0]*|,[ \u00a0]+|[ \u00a0]+[—–][ \u00a0]*)")
#: How far an attribution inside a quotation may run (characters).
_INNER_REACH = 90
#: What closes it: a dash, a full stop and a capital, or a comma and a lower-case word.
_INNER_CLOSE = re.compile(r"[ \u00a0]*[—–]|[.][ \u00a0]+(?=[^\W\d_])|,[ \u00a0]+")
#: A line's end, blank lines after it with it.
_LINE_BREAKS = re.compile(r"\n(?:[ \t\u00a0]*\n)*")
#: A word of letters (hyphens and apostrophes inside).
_LETTERS = re.compile(r"[^\W\d_](?:[^\W\d_]|[’'\-])*")
#: What closes one opened by a dash: the next dash (``—afirmó el líder del PP, X—``).
_DASH_CLOSE = re.compile(r"[ \u00a0]*[—–]")

#: How far after a comma a titled name in apposition is looked for (characters), and how many
#: lower-case title words and articles may stand before it (``, le professeur Albert Kalonji,``).
_TITLED_REACH = 40
_TITLE_WORDS = 3
#: Two to four capitalised words (letters, hyphens, apostrophes) after a comma, closing a
#: sentence or an apposition: a name in apposition (``, Boukary Zongo.``).
_APPOSED_NAME = re.compile(
    r"[ \u00a0]*((?:[^\W\d_][\w’'\-]*[ \u00a0]+){1,3}[^\W\d_][\w’'\-]*)(?=[ \u00a0]*(?:[.,;]|$))"
)
#: The comma closing a titled name in apposition, right before the quotation, or the stop
#: ending the sentence the name closes after a cue (``», a indiqué le directeur, le Dr X.``).
_APPOSITION_CLOSE = re.compile(rf"[ \u00a0]*(?:,[ \u00a0]*[{QUOTE_MASK}«“\"„]|[.;](?!\w)|$)")


class PressReader(DescriptionReader):
    """The continental press conventions (see the module's docstring)."""

    _press_last_words: dict[str, list[str]] | None = None
    _entity_words: frozenset[str] | None = None
    _opening_vocabulary: OpeningWords | None = None
    #: :meth:`sentence_before`'s answers, by position and ``leading`` (made on first need).
    _sentences_before: dict[tuple[int, bool], tuple[int, int] | None] | None = None

    @property
    def press(self) -> PressWords:
        """The press conventions of the document's language (none without a profile)."""
        profile = self.cues.profile
        return press_words(profile.code) if profile is not None else NO_PRESS_WORDS

    def sentence_before(self, at: int, *, leading: bool = False) -> tuple[int, int] | None:
        """``(start, end)`` of the sentence before ``at``'s in its paragraph (see
        :func:`.sentence_subjects.sentence_before`), found once per position: half a dozen
        rules ask for it at each quotation."""
        found = self._sentences_before
        if found is None:
            found = self._sentences_before = {}
        key = (at, leading)
        if key not in found:
            index = bisect.bisect_right(self._paragraph_starts, at) - 1
            found[key] = (
                sentence_before(self.masked, at, self.paragraphs[index], leading=leading)
                if index >= 0
                else None
            )
        return found[key]

    # -- unnamed sources and role phrases ------------------------------------------------------

    def _head_words(self, start: int, end: int) -> list[tuple[str, int, int]]:
        return _words(self.masked, start, end)

    def press_subject(self, start: int, end: int, cue: str) -> Speaker | None:
        """The subject phrase ``masked[start:end]`` before a cue, when it is an unnamed source
        or a definite role phrase (``Une source diplomatique a confié``, ``Le ministre a
        dit``); ``None`` otherwise."""
        if self.cues.profile is None:
            return None
        words = self._head_words(max(start, end - _PHRASE_REACH), end)
        while words and (words[-1][0].lower() in self.cues.auxiliaries or words[-1][0] in ",."):
            words.pop()  # ``Un conseiller ministériel a``
        if words:
            clitic = self.clitic_pronoun(words[-1][0], words[-1][1], words[-1][2], cue)
            if clitic is not None:
                return clitic  # ``», a-t-il ajouté``
            joined = self.press.clitic.search(words[-1][0])
            if joined is not None and joined.group(1).lower() in self.press.impersonal:
                # ``», a-t-on appris auprès de la mairie``: read on past the cue.
                return self.impersonal_source(words[-1][2], len(self.masked), cue)
        # The clause's opening: after the last comma or colon (``Dans un communiqué, le ...``).
        opening = max((i + 1 for i, w in enumerate(words) if w[0] in ",:;—–"), default=0)
        tail = words[opening:]
        if len(tail) == 1 and tail[0][0].lower() in self.press.impersonal:
            # ``Dans l'entourage du ministre, on reconnaît``: those people speak.
            return self._impersonal_place(words, cue)
        if (
            opening
            and words[opening - 1][0] == ","
            and tail
            and tail[0][0].lower() in self.press.relatives
        ):
            # ``Un diplomate, qui a requis l'anonymat, a dit``: a relative clause; its
            # antecedent before the comma is the subject.
            previous = max(
                (i + 1 for i, w in enumerate(words[: opening - 1]) if w[0] in ",:;—–"), default=0
            )
            return self._described_phrase(words[previous : opening - 1], cue)
        if opening and words[opening - 1][0] == "," and tail:
            # ``Источник, близкий к следствию, сообщил``: the source's description goes on
            # past its comma (``[quotes] source_qualifiers``), as :meth:`source_before` reads it.
            previous = max(
                (i + 1 for i, w in enumerate(words[: opening - 1]) if w[0] in ",:;—–"), default=0
            )
            if (
                tail[0][0].lower() in self.press.qualifiers
                and previous < opening - 1
                and words[previous][0].lower() in self.press.sources
            ):
                return self._described_phrase(words[previous:], cue)
        origin = self._impersonal_origin(tail, end, cue)
        if origin is not None:
            return origin
        return self._named_body(tail, cue) or self._described_phrase(tail, cue)

    def verb_second_subject(self, start: int, end: int) -> int:
        """Where the subject before a cue starts in a verb-second clause whose opening is a
        preposition or an adverb (``[quotes] conventions`` has ``verb_second``): right after
        its auxiliary (``Nach dem Spiel hat der Trainer gesagt``: the trainer speaks, the
        match is where), also when a comma closes the opening part (``Nach dem Spiel, das
        verloren ging, hat der Trainer gesagt``). ``start`` for any other clause."""
        if not self.press.fronted:
            return start
        words = self._head_words(max(start, end - _PHRASE_REACH), end)
        opening = max((i + 1 for i, w in enumerate(words) if w[0] in ",:;.!?—–"), default=0)
        clause = words[opening:]
        if 2 <= len(clause) <= 4 and opening and clause[0][0].lower() in self.cues.auxiliaries:
            # ``Nach der Sitzung, die lange dauerte, hat die Ministerin gesagt``, ``Das sei
            # falsch, habe der Zeuge gesagt``: the fronted part ends at the comma.
            return clause[1][1]
        if len(clause) < 4 or clause[0][0].lower() not in self.press.fronted:
            return start
        # The last auxiliary with a word after it (the subject) before the cue; an adverb or
        # a preposition after it leaves the subject before it, the opening word a particle
        # of the subject's (``Auch die Ministerin hat bereits gesagt``).
        for i in range(len(clause) - 2, 0, -1):
            if clause[i][0].lower() in self.cues.auxiliaries:
                after = clause[i + 1]
                return start if after[0].lower() in self.press.fronted else after[1]
        return start

    def reported_before_cue(self, start: int, end: int) -> bool:
        """Whether ``masked[start:end]``, closed by a comma before its cue, is speech reported
        in the subjunctive (``[quotes] reported_speech_verbs``: ``Das sei ein Fehler,
        räumte er ein``; read as that form, :func:`reports_speech`): the words are what was said,
        and the subject follows the cue."""
        profile = self.cues.profile
        if profile is None or not self.masked[start:end].rstrip().endswith(","):
            return False
        words = self._head_words(start, end)
        comma = next((i for i, w in enumerate(words) if w[0] == ","), len(words))
        clause = [w[0] for w in words[:comma]]
        return any(reports_speech(w, clause, profile.code) for w in clause)

    def impersonal_cue_after(self, start: int, end: int) -> bool:
        """Whether the first cue after a quotation in ``masked[start:end]`` is an impersonal one
        (``„...“, heißt es im Bericht``; ``[quotes] impersonal_pronouns`` after it) with no
        pronoun after it: the words are then a text's or a body's, never the person the
        sentence before names (but ``heißt es in einem Antrag, den sie eingereicht hat``)."""
        if not self.press.impersonal:
            return False
        cue = self.cue_index.search(start, end)
        if cue is None:
            return False
        after = self._head_words(cue.end(), min(end, cue.end() + _PHRASE_REACH))
        return (
            bool(after)
            and after[0][0].lower() in self.press.impersonal
            and not any(w[0].lower() in self.cues.pronouns for w in after[1:])
        )

    def impersonal_origin_after(self, start: int, end: int) -> Speaker | None:
        """Where the words of an impersonal cue after a quotation come from, named after its
        pronoun (``„...“, hieß es aus dem Finanzministerium``), as :meth:`_impersonal_origin`
        reads them before it (``Aus dem Finanzministerium hieß es``)."""
        if not self.press.impersonal:
            return None
        cue = self.cue_index.search(start, end)
        if cue is None:
            return None
        after = self._head_words(cue.end(), min(end, cue.end() + _PHRASE_REACH))
        if len(after) >= 2 and after[0][0].lower() in self.press.impersonal:
            issuer = self._issuer_of_document(after[1], cue.start(), cue.group(0))
            if issuer is not None:
                return issuer  # ``„...“, hieß es darin``
        if len(after) < 3 or after[0][0].lower() not in self.press.impersonal:
            return None
        cut = next((i for i, w in enumerate(after) if w[0] in ",.;:"), len(after))
        if self._unowned_statement(after[1:cut]):
            return self._impersonal_origin(after[1:cut], cue.start(), cue.group(0))
        # The origin's name ends at its first word in lower case past its preposition and
        # article (``aus dem Ministerium am Abend``: the time is no part of it).
        lead = 3 if cut > 2 and after[2][0].lower() in self.press.definite else 2
        cut = next((i for i in range(lead, cut) if not after[i][0][:1].isupper()), cut)
        return self._impersonal_origin(after[1:cut], cue.start(), cue.group(0))

    def _issuer_of_document(self, word: tuple[str, int, int], at: int, cue: str) -> Speaker | None:
        """Who issued the document an adverb of an impersonal cue points back to (``Das
        Ministerium veröffentlichte eine Erklärung. Darin heißt es: „...“``, ``„...“, hieß es
        darin``: ``[quotes] document_adverbs``): the body or person the sentence before opens
        with, a few words at most before it; ``None`` when it opens with no one named."""
        profile = self.cues.profile
        if profile is None:
            return None
        if word[0].lower() not in language(profile.code).words("quotes", "document_adverbs"):
            return None
        sentence = self.sentence_before(at, leading=True)
        if sentence is None or not self._names_document(*sentence):
            return None
        return self._subject_issuer(sentence, cue)

    def _subject_issuer(
        self, sentence: tuple[int, int], cue: str, *, body: bool = False
    ) -> Speaker | None:
        """The body or person ``sentence`` opens with, a few words at most into it, as the
        issuer of a statement the next sentence quotes; ``None`` when it opens with no one
        named, or with a person when ``body`` asks for a body (``In einer Mitteilung des
        Vereins``: a club's statement is no player's)."""
        for mention in self.within(*sentence):
            if mention.type not in ("person", "organisation") or (
                body and mention.type == "person"
            ):
                return None
            if len(self.masked[sentence[0] : mention.start].split()) > _ISSUER_LEAD:
                return None
            role = self.role_of(mention.name, mention.start) if mention.type == "person" else None
            return Speaker(mention.name, self.text[mention.start : mention.end], mention.start,
                           mention.end, cue, role=role)  # fmt: skip
        # No one named: a body the entity annotator did not find, an article then one
        # capitalised word ending in a body's noun (``Die Max-Planck-Gesellschaft hob ...``).
        words = self._head_words(sentence[0], min(sentence[1], sentence[0] + _PHRASE_REACH))
        if len(words) < 3 or words[0][0].lower() not in self.press.definite:
            return None
        name, start, end = words[1]
        lower = name.lower()
        if not name[:1].isupper() or not any(
            lower.endswith(noun) and len(lower) > len(noun) for noun in self.press.bodies
        ):
            return None
        return Speaker(name, name, start, end, cue)

    def _unowned_statement(self, words: list[tuple[str, int, int]]) -> bool:
        """Whether ``words`` are a locative, an article, lower-case words and a statement noun
        (``in einer Mitteilung``, ``in der ausführlichen Stellungnahme``: ``[quotes]
        locatives``, ``statement_nouns``), at most with a body's noun as its owner after it
        (``in einer Mitteilung des Vereins``), never a name (``in einer Mitteilung der
        Stadtwerke Kassel`` names its issuer)."""
        press = self.press
        if len(words) < 3 or words[0][0].lower() not in press.locatives:
            return False
        if words[1][0].lower() not in press.indefinite | press.definite:
            return False
        noun = next(
            (i for i, w in enumerate(words[2:], 2) if w[0].lower() in press.statements), None
        )
        if noun is None or any(w[0][:1].isupper() for w in words[2:noun]):
            return False
        owner = words[noun + 1 :]
        return not owner or (
            len(owner) == 2
            and owner[0][0].lower() in press.definite
            and self._body_noun_stem(owner[1][0])
        )

    def _names_document(self, start: int, end: int) -> bool:
        """Whether ``masked[start:end]`` names a statement an adverb can point back to (``in
        einer Mitteilung``, ``ihren Jahresbericht``: ``[quotes] statement_nouns``, a compound
        ending in one where nouns are capitalised), not another's (``die Erklärung von Olaf
        Scholz``, ``einen Brief der Opposition``: an origin or an article after it); ``darin``
        after a sentence naming none points to something else (``Die Bundesgesellschaft lobte
        das Projekt.``)."""
        press = self.press
        words = _words(self.masked, start, end)
        for i, (word, _, _) in enumerate(words):
            lower = word.lower()
            if (
                lower in press.statements
                or (
                    press.capitalised_nouns
                    and word[:1].isupper()
                    and any(lower.endswith(noun) for noun in press.statements)
                )
            ) and not (
                i + 1 < len(words) and words[i + 1][0].lower() in press.origins | press.definite
            ):
                return True
        return False

    def _impersonal_origin(
        self, words: list[tuple[str, int, int]], cue_at: int, cue: str
    ) -> Speaker | None:
        """Where an impersonal cue's words come from (``Aus Koalitionskreisen hieß es``, ``Aus
        dem Vorstand heißt es``: ``[quotes] origin_prepositions``, then ``impersonal_pronouns``
        after the cue): a body named there, else unnamed sources (a compound of ``[quotes]
        source_nouns``), as written."""
        press = self.press
        after = self._head_words(cue_at, min(len(self.masked), cue_at + len(cue) + 12))
        if len(after) < 2 or after[1][0].lower() not in press.impersonal:
            return None
        if len(words) == 1:
            return self._issuer_of_document(words[0], cue_at, cue)  # ``Darin heißt es: „...“``
        if self._unowned_statement(words):
            # ``Die Stiftung lobte den Plan. In einer Erklärung hieß es: „...“``: the statement
            # of the body or person the sentence before opens with; of a body alone when a
            # body's noun owns it (``In einer Mitteilung des Vereins``).
            sentence = self.sentence_before(cue_at, leading=True)
            owned = words[-1][0].lower() not in press.statements
            return None if sentence is None else self._subject_issuer(sentence, cue, body=owned)
        if len(words) < 2 or words[0][0].lower() not in press.origins:
            return None
        rest = words[2:] if words[1][0].lower() in press.definite else words[1:]
        if not rest or len(rest) > 3 or not all(w[0][:1].isupper() for w in rest):
            return None
        start, end = rest[0][1], rest[-1][2]
        phrase = " ".join(self.text[start:end].split())
        named = self.within(start, end)
        if any(m.type == "person" for m in named):
            return None
        written = self.text[start:end]  # (the mention as written, spaces and all)
        if named and named[0].type == "organisation" and named[0].end == end:
            return Speaker(named[0].name, written, start, end, cue)
        head = rest[0][0].lower()
        if len(rest) == 1 and any(head.endswith(n) for n in press.sources):
            return Speaker(phrase, written, start, end, cue, anonymous=True)
        if len(rest) == 1 and self._body_noun(rest[0][0].rsplit("-", 1)[-1]):
            return Speaker(phrase, written, start, end, cue)  # ``aus dem SPD-Klub``
        return None

    def press_after(self, start: int, end: int, cue: str) -> Speaker | None:
        """The phrase after an inverted cue (``a assuré un haut gradé``, ``so der
        CSU-Politiker``, ``a-t-il ajouté`` read at ``-t-il``)."""
        if self.cues.profile is None:
            return None
        clitic = self.press.clitic_after.match(self.masked, start, end)
        if clitic is not None and clitic.group(1).lower() in self.cues.pronouns:
            return self.clitic_referent(clitic.group(1), clitic.start(1), clitic.end(1), cue)
        if clitic is not None and clitic.group(1).lower() in self.press.impersonal:
            return self.impersonal_source(clitic.end(), end, cue)
        if any(
            (joined := self.press.clitic.search(word)) is not None
            and joined.group(1).lower() in self.press.impersonal
            for word in cue.split()
        ):
            return self.impersonal_source(start, end, cue)  # ``», a-t-on appris auprès de``
        end = min(end, start + _PHRASE_REACH)  # a phrase is short: long sentences stay linear
        cited = self._cited_source(start, end, cue)
        if cited is not None:
            return cited
        # ``a soufflé le Drômois au micro de France Télévisions``: the outlet is not the speaker.
        end = medium_start(self.masked, start, end, self.cues.profile.code) or end
        press = self.press
        words = self._head_words(start, end)
        # (The dash of speech resumed after the incise, masked with it, ends the phrase as a
        # stop does: ``—dijo la ministra—. Nada ...``; a name in marks, masked, does not.)
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if w[0] in ",.;:" or (w[0] == QUOTE_MASK and self.text[w[1]] in "—–")
            ),
            len(words),
        )
        if cut == 1:
            # ``Pour elle, « ... »``: stressed, not the subject pronoun ``elle`` is too.
            stressed = self.according_pronoun(words[0][0], words[0][1], words[0][2], cue)
            if stressed is not None:
                return stressed
        if words and words[0][0].lower() in self.cues.pronouns:
            # ``— сказала она на встрече с Владимиром Путиным``: the pronoun is the subject;
            # ``„...“, sagte er``: read as a pronoun joined to the verb is (``a-t-il``).
            if press.capitalised_nouns:
                return self.clitic_referent(words[0][0], words[0][1], words[0][2], cue)
            return self._pronoun(words[0][0], words[0][1], words[0][2], cue)
        if cut and words[0][0].lower() in press.impersonal:
            # ``„...“, hieß es in einer Mitteilung des Konzerns``: no one but the body whose
            # statement it is.
            return self._statement_body(words[1:cut], cue)
        aged = self._age_noun(words[:cut], cue)
        if aged is not None:
            return aged  # ``sagte die 44-Jährige aus Freiburg``: not the place after the age
        located = self._located_body(words[:cut], cue)
        if located is not None:
            return located
        comma = words[cut][2] if cut < len(words) and words[cut][0] == "," else None
        if comma is None and self.masked[end : end + 1] == ",":
            comma = end + 1  # the phrase was cut at the comma (``Selon le ministre X, Name,``)
        if comma is not None:
            person = next(iter(self.within(comma, comma + 3)), None)
            if person is None and not any(m.type == "person" for m in self.within(start, comma)):
                according = " ".join(cue.lower().split()) in self.cues.according
                person = self._titled_apposed(comma, closed_by_comma=not according)
            if person is not None and person.type == "person":
                # ``sagte die Verhandlungsführerin der Kommunen, Karin Welge``: the name in
                # apposition speaks, the words before it are her role.
                return self._with_role(person, words[:cut], cue)
            if person is None:
                untyped = self._untyped_apposed(comma, words[:cut], cue)
                if untyped is not None:
                    return untyped
        people = (
            [m for m in self.within(start, words[cut - 1][2]) if m.type == "person"] if cut else []
        )
        if people:
            # ``сказал главный тренер «Динамо» Марцел Личка``: the person (a full name before a
            # word of a body taken for one), the words before as the role.
            person = ([m for m in people if " " in m.name.strip()] or people)[0]
            if not self._opens_phrase([w for w in words[:cut] if w[2] <= person.start]):
                return None  # ``dijo ... en una reunión con Pedro Sánchez``: no subject
            whose = self._role_of_person([w for w in words[:cut] if w[2] <= person.start],
                                         person, cue)  # fmt: skip
            if whose is not None:
                return whose
            return self._with_role(person, [w for w in words[:cut] if w[2] <= person.start], cue)
        untyped = self._untyped_after_role(words[:cut], cue)
        if untyped is not None:
            return untyped
        if cut == 1 and words[0][0][:1].isupper() and not self.within(words[0][1], words[0][2]):
            # ``— сказав Рі`` after ``Рі Йонг Хо``: a word no mention covers that opens or
            # ends the one full name of the page is that person.
            named = self._person_named(words[0][0])
            if named is not None:
                return Speaker(named, words[0][0], words[0][1], words[0][2], cue)
        return self._named_body(words[:cut], cue) or self._described_phrase(words[:cut], cue)

    def _cited_source(self, start: int, end: int, cue: str) -> Speaker | None:
        """The source an outlet cites after a cue (``— передает ТАСС со ссылкой на МЧС``,
        ``— повідомляє Укрінформ з посиланням на ДСНС``; ``[quotes] citing_phrases``): the
        body or person named first after the phrase, or the unnamed source described there;
        ``None`` without such a phrase in the cue's clause, or when a person or a pronoun
        before it is the cue's subject."""
        profile = self.cues.profile
        assert profile is not None
        phrases = self._citing_phrases()
        if not phrases:
            return None
        clause = self.masked[start:end]
        stop = next((i for i, c in enumerate(clause) if c in ".;:!?"), len(clause))
        lower = clause[:stop].lower()
        found = [(lower.find(p), p) for p in phrases if lower.find(p) >= 0]
        if not found:
            return None
        at, phrase = min(found)
        # Only an outlet passes a source's words on: a person or a pronoun before the phrase
        # speaks, citing (``— заявил Песков со ссылкой на доклад Минобороны``).
        if any(m.type == "person" for m in self.within(start, start + at)) or any(
            w[0].lower() in self.cues.pronouns for w in self._head_words(start, start + at)
        ):
            return None
        source = start + at + len(phrase)
        # (the source's phrase ends at a comma: ``со ссылкой на источник, близкий к Кремлю``
        # cites an unnamed source, not the Kremlin)
        comma = self.masked.find(",", source, start + stop)
        limit = start + stop if comma < 0 else comma
        kinds = ("organisation", "person")
        named = [m for m in self.within(source, limit) if m.type in kinds]
        if named:
            first = named[0]
            return Speaker(first.name, self.text[first.start : first.end], first.start,
                           first.end, cue)  # fmt: skip
        words = self._head_words(source, limit)
        if not words:
            return None
        return self._named_body(words, cue) or self._described_phrase(words, cue)

    def _citing_phrases(self) -> tuple[str, ...]:
        """The language's phrases of an outlet citing its source (``со ссылкой на``)."""
        profile = self.cues.profile
        if profile is None:
            return ()
        return tuple(sorted(language(profile.code).words("quotes", "citing_phrases")))

    def after_time(self, start: int, end: int) -> int:
        """Where the subject of an inverted cue starts in ``masked[start:end]``: past the time
        written first (``a indiqué dimanche après-midi le parquet``, ``afirmó ayer por la
        tarde la Fiscalía``), when words follow it; ``start`` otherwise (``», a-t-il dit
        lundi.``)."""
        if self.cues.profile is None:
            return start
        words = self._head_words(start, min(end, start + _PHRASE_REACH))
        when = time_words(words, self.cues.profile.code)
        if 0 < when < len(words):
            return words[when][1]
        return self._past_place_phrase(words, start)

    def _past_place_phrase(self, words: list[tuple[str, int, int]], start: int) -> int:
        """Where an inverted cue's subject starts past a place phrase written first: a
        preposition of ``[quotes] cue_place_prepositions``, an article and one lower-case
        noun, an article opening the words after them (``glissait à la sortie un habitué``,
        ``a lancé à la tribune le ministre``), or, in a language without articles, a
        preposition and one lower-case word before a role noun and a person
        (``сказав на пресконференції головний тренер ... X``); ``start`` otherwise."""
        press = self.press
        articles = press.definite | press.indefinite
        if (
            len(words) > 4
            and words[0][0].lower() in press.cue_places
            and words[1][0].lower() in press.definite
            and words[2][0].isalpha()
            and words[2][0].islower()
            and words[3][0].lower() in articles
        ):
            return words[3][1]
        if (
            not articles
            and self.press.cased_names
            and len(words) > 3
            and words[0][0].lower() in press.cue_places
            and _LETTERS.fullmatch(words[1][0])
            and words[1][0].islower()
        ):
            # ``— сказав на пресконференції головний тренер «...» X``: a language without
            # articles opens the subject with its role noun (adjectives before it, a person
            # named after it).
            for noun in range(2, min(len(words) - 1, 5)):
                word = words[noun][0]
                if not (word.isalpha() and word.islower()):
                    break
                if self._role_noun(word):
                    named = self.within(words[noun + 1][1], words[-1][2])
                    if any(m.type == "person" for m in named):
                        return words[2][1]
                    break
        return start

    def _untyped_apposed(
        self, comma: int, before: list[tuple[str, int, int]], cue: str
    ) -> Speaker | None:
        """A name the entity annotator left out (a first name it does not know: ``», a indiqué
        le directeur général de la Sofitex, Boukary Zongo.``) set off by ``comma`` after a role
        opened by an article (``before``): two to four capitalised words closing the sentence
        or the apposition, none a known mention; the person, the words before as the role
        (where capitals mark names only)."""
        if not self.press.proper_capitals or len(before) < 2:
            return None
        lead = before[0][0].lower()
        if lead not in self.press.definite and lead not in self.press.indefinite:
            return None
        if not (self._role_noun(before[1][0]) or self._described_head(before[1][0])):
            return None
        name = _APPOSED_NAME.match(self.masked, comma)
        if name is None or self.within(name.start(1), name.end(1)):
            return None
        words = name.group(1).split()
        assert self.cues.profile is not None
        if any(not w[:1].isupper() for w in words) or (
            words[0].lower() in stopwords(self.cues.profile.code)  # ``, Les Échos.``
        ):
            return None
        mention = Mention(name.start(1), name.end(1), name.group(1), "person", None, None)
        return self._with_role(mention, before, cue)

    def _titled_apposed(self, comma: int, *, closed_by_comma: bool = False) -> Mention | None:
        """The person named after ``comma`` behind a few lower-case title words, articles and
        titles of address (``Selon un expert de l'université, le professeur Albert Kalonji,
        « ... »``, ``», a indiqué le directeur de l'hôpital, le Dr Paul Roy.``), set off by a
        comma before the quotation or closing the sentence; with ``closed_by_comma`` (the
        phrase after a verb the quotation went before), by any comma (``», a déclaré la
        directrice, Mme Anne Roy, lors d'une conférence``)."""
        person = next(iter(self.within(comma, comma + _TITLED_REACH)), None)
        if person is None or person.type != "person":
            return None
        closed = closed_by_comma and self.masked.startswith(",", person.end)
        if not closed and _APPOSITION_CLOSE.match(self.masked, person.end) is None:
            # ``Selon la police, le suspect Jean Dupont a « tout avoué »``: the name opens the
            # clause the source reports; it is no apposition to the source.
            return None
        between = self._head_words(comma + 1, person.start)
        if not between or len(between) > _TITLE_WORDS:
            return None
        links = self._role_links()
        if any(w[0].lower() in links for w in between):
            # ``, analyste chez Oddo BHF``: the body a role is held in; ``, presentada en el
            # Distrito Sur``: a place.
            return None
        honorifics = language(self.cues.profile.code).honorifics if self.cues.profile else ()
        if self._opens_phrase(between) and all(
            # (``le lieutenant-colonel``: a title of two words joined by a hyphen)
            (w[0][:1].islower() and w[0].replace("-", "").isalpha()) or w[0].lower() in honorifics
            for w in between
            if w[0] != "."
        ):
            # (``, le Dr Paul Roy,``, ``, Mme Anne Roy,``: a title of address before the name)
            return person
        return None

    def _untyped_after_role(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """A role noun, then a first name and a surname the entity annotator left untyped
        (``laut Analystin Sabine Korte von der Commerzbank``): the person, the noun their
        role; not the role alone."""
        if len(words) < 3 or not (
            self._role_noun(words[0][0]) or self._described_head(words[0][0])
        ):
            return None
        first, last = words[1], words[2]
        if not (first[0].isalpha() and first[0][:1].isupper() and last[0][:1].isupper()):
            return None
        if not last[0].replace("-", "").isalpha() or self.within(words[0][1], last[2]):
            return None
        if gz.first_name_gender_in(first[0], self.cues.profile) is None:
            return None
        name = self.text[first[1] : last[2]]
        return Speaker(name, name, first[1], last[2], cue, role=words[0][0])

    def _role_of_person(
        self, before: list[tuple[str, int, int]], person: Mention, cue: str
    ) -> Speaker | None:
        """``Pour l'avocate de Marie Lenoir, « ... »``, ``Según el abogado de María López``:
        after an ``according to`` word, a role noun and a link (``[quotes] role_links``)
        before a person say whose the role is; the role's holder, unnamed, speaks, as
        written. ``None`` for any other phrase."""
        if cue.lower() not in self._according_words() or len(before) < 2:
            return None
        if before[-1][0].lower() not in self._role_links():
            return None
        elided = self.press.elided
        if not any(self._described_head(elided.sub("", w[0])) for w in before[:-1]):
            return None
        start = before[0][1]
        phrase = " ".join(self.text[start : person.end].split())
        name = phrase[:1].lower() + phrase[1:]
        return Speaker(name, phrase, start, person.end, cue, anonymous=True)

    def _located_body(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """The body a cue without a subject is placed in (``— заявили в Kernel``, ``—
        говорится в заявлении министерства``, ``— йдеться в заяві НБУ``): a preposition of
        place, maybe a statement's noun or a press office's (``— повідомили в пресслужбі
        «Укрзалізниці»``), then the body's name or its noun (the body named before), or a
        statement's noun alone (the body that spoke just before); ``None`` for anything else
        (``— сказал в Давосе премьер``)."""
        press = self.press
        if len(words) < 2 or words[0][0].lower() not in press.locatives:
            return None
        words = _marks_joined(words)
        offices = press.statements | press.services
        at = 1
        while at < min(len(words), 3) and words[at][0].lower() in offices:
            at += 1  # (``в повідомленні пресслужби``: a statement of a press office)
        rest = words[at:]
        if not rest and at > 1:
            # ``— говорится в сообщении``: the statement of the body that spoke just before
            # (``В пресс-службе суда уточнили, ...``), in this paragraph or the one before.
            start, end = words[0][1], words[-1][2]
            referent = self._nearest_organisation(start)
            if referent is None or self._paragraphs_back(referent.position, start) > 1:
                return None
            return Speaker(referent.name, self.text[start:end], start, end, cue)
        if not rest:
            return None
        start, end = words[0][1], rest[-1][2]
        phrase = self.text[start:end]
        marked = self._marked_body(rest, placed=at > 1, cue=cue)
        if marked is not None:
            return Speaker(marked, phrase, start, end, cue)
        if len(rest) > 2:
            return self._body_of_words(rest, phrase, start, cue, placed=at > 1)
        named = [m for m in self.within(rest[0][1], end) if m.end <= end]
        if named:
            body = named[0]
            if body.type == "place" and len(rest) == 2 and body.start == rest[1][1]:
                # ``— сообщили в правительстве Москвы``: a town's governing body speaks, not
                # the town (:func:`place_body_nouns`, as a sentence opening it).
                return self._place_body(rest, phrase, start, end, cue)
            if body.type != "organisation" or body.start != rest[0][1]:
                return None
            return Speaker(body.name, phrase, start, end, cue)
        if len(rest) != 1:
            return self._body_of_words(rest, phrase, start, cue, placed=at > 1)
        word = rest[0][0]
        if word[:1].islower():
            if not self._body_noun_form(word):
                referent = self._organisation_by_head(start, word) or self._introduced_as(
                    start, word
                )
                if referent is None and at > 1 and words[at - 1][0].lower() in press.statements:
                    # ``— ідеться в повідомленні регулятора``: the noun after a statement's
                    # names who issued it, the body that spoke just before.
                    referent = self._issuing_body(start, word)
                return None if referent is None else Speaker(referent.name, phrase, start, end, cue)
            referent = self._introduced_as(start, word) or self._body_just_named(start)
            if referent is None:
                return None
            return Speaker(referent.name, phrase, start, end, cue)
        capitalised = self._capitalised_noun_body(start, word)
        if capitalised is not None:
            return Speaker(capitalised.name, phrase, start, end, cue)
        if not (word.isupper() or self._name_like(word)) or self._person_named(word):
            return None
        name = self._undeclined_word(word) if self.press.cased_names else word
        return Speaker(name, phrase, start, end, cue)

    def _capitalised_noun_body(self, start: int, word: str) -> Referent | None:
        """The body just named that a common noun written with a capital stands for (``—
        йдеться в повідомленні Бюро`` after ``У НАБУ повідомили``, ``— повідомили в Службі``
        after ``ДСНС``): a word of its name, or of the name its acronym spells (the noun's
        initial among the acronym's letters); languages whose names take case endings only."""
        profile = self.cues.profile
        if (
            profile is None
            or not self.press.cased_names
            or word.isupper()
            or not morphology.is_common_word(word, profile.code)
        ):
            return None
        referent = self._body_named_before(start)
        if referent is None:
            return None
        return referent if self._noun_of_name(word, referent.name, profile.code) else None

    def _noun_of_name(self, word: str, name: str, code: str) -> bool:
        """Whether the noun ``word`` is a word of the body's ``name`` (``Службі``, ``служби``:
        ``Державна прикордонна служба``), or of the name its acronym spells (the noun's
        initial among the acronym's letters)."""
        lemmas = self._noun_lemmas(word.lower(), code)
        if name.isupper():
            # (``— заявили в Уряді`` after ``НБУ``: a government's noun names the government,
            # not a body whose acronym holds its initial, ``У`` of ``України``)
            if lemmas & place_body_nouns(code):
                return False
            return word[:1].upper() in name
        words = {w for n in name.lower().split() for w in self._noun_lemmas(n, code)}
        return bool(lemmas & words)

    def _marked_body(
        self, rest: list[tuple[str, int, int]], *, placed: bool, cue: str
    ) -> str | None:
        """The body a cue places its words in named in marks (``«Укрзалізниці»``), maybe
        after its kind (``КП «Харківський метрополітен»``: the name; ``ДТЕК «Дніпровські
        електромережі»``: an acronym of no kind is a part of the name), in the nominative:
        after a statement's or a press office's noun (``placed``) or a verb no one person is
        the subject of (``— повідомили в «...»``; ``— сказав у «Фейсбуці»`` names where he
        wrote); ``None`` for other words."""
        if not rest or rest[-1][0] != QUOTE_MASK or len(rest) > 2:
            return None
        profile = self.cues.profile
        if profile is None or not (
            placed or morphology.reads_as_subjectless_past(cue.split()[-1], profile.code)
        ):
            return None
        close = rest[-1]
        inner = self.text[close[1] : close[2]].strip("«»„“”\"' \u00a0")
        if not inner[:1].isupper() or any(mark in inner for mark in '«»„“”"'):
            return None
        if not placed and inner.lower() in language(profile.code).words(
            "entities", "locative_not_places"
        ):
            return None  # (``— написали у «Фейсбуці»``: where they wrote, no body)
        if len(rest) == 2:
            kind = rest[0][0]
            if kind.lower() in self.press.name_nouns:
                pass
            elif kind.isupper() and kind.isalpha():
                return self.text[rest[0][1] : close[2]]
            else:
                return None
        if " " in inner or not self.press.cased_names:
            return inner
        # (``«Захід-Колії»``: the last part of a hyphenated name declines)
        head, hyphen, last = inner.rpartition("-")
        return head + hyphen + self._undeclined_word(last)

    def _body_of_words(
        self, rest: list[tuple[str, int, int]], phrase: str, start: int, cue: str, *, placed: bool
    ) -> Speaker | None:
        """The body of several words a cue without a subject places its words in (``—
        повідомили в Українському гідрометеорологічному центрі``): the organisation found
        over all of them, else, after a statement's or a press office's noun (``placed``) or a
        verb in the past plural or neuter, the words themselves put in the nominative by the
        dictionary (the head in the locative or the genitive, its adjectives agreeing);
        ``None`` for words that are no body's name."""
        end = rest[-1][2]
        named = [m for m in self.within(rest[0][1], end) if m.end <= end]
        if named and named[0].start == rest[0][1]:
            if named[0].type == "organisation" and named[0].end == end:
                return Speaker(named[0].name, phrase, start, end, cue)
            return None
        if any(m.type == "person" for m in named):
            return None
        code = self.cues.profile.code if self.cues.profile is not None else None
        if (
            code is None
            or not self.press.cased_names
            or not (rest[0][0][:1].isupper() or self._body_head_of_named(rest, code))
            or not all(_LETTERS.fullmatch(w[0]) for w in rest)
            or not (placed or morphology.reads_as_subjectless_past(cue.split()[-1], code))
        ):
            return None
        name = morphology.nominative_body(" ".join(w[0] for w in rest), code)
        if name is None or name == " ".join(w[0] for w in rest):
            return None  # (a name the dictionary reads no case of, or one in the nominative)
        return Speaker(name, phrase, start, end, cue)

    def _body_head_of_named(self, rest: list[tuple[str, int, int]], code: str) -> bool:
        """Whether ``rest`` opens with a body's noun in lower case and names, in capitals after
        it, whose body it is (``— сообщили в министерстве финансов Курской области``: the
        ministry speaks, not the region; ``[quotes] organisation_nouns``, the governing bodies
        of :func:`place_body_nouns` and ``[entities] organisation_nouns_after``, read by the
        nominative)."""
        if not any(w[0][:1].isupper() for w in rest[1:]):
            return False
        bodies = (
            self.press.bodies
            | place_body_nouns(code)
            | {w.lower() for w in language(code).words("entities", "organisation_nouns_after")}
        )
        return any(n.lower() in bodies for n in morphology.noun_nominatives(rest[0][0], code))

    def _body_just_named(self, start: int) -> Referent | None:
        """The organisation named last before ``start``, or, where another opens its sentence
        (``У Міністерстві фінансів повідомили, що транш від ЄС ...``, ``Міністерство освіти у
        відповідь на запит Укрінформу повідомило``), that one: the sentence's subject, not a
        body merely named after it; languages whose names take case endings only (as
        :meth:`_nearest_organisation` reads the subjects of English cues)."""
        referent = self._nearest_organisation(start)
        if referent is None or not self.press.cased_names:
            return referent
        masked = self.masked
        opening = max(masked.rfind(stop, 0, referent.position) for stop in (". ", "! ", "? ", "\n"))
        opening += 1
        while opening < referent.position and not masked[opening].isalnum():
            opening += 1
        first = bisect.bisect_left(self._starts, opening)
        last = bisect.bisect_left(self._starts, referent.position)
        for mention in self.mentions[first:last]:
            if mention.type != "organisation":
                continue
            lead = _words(masked, opening, mention.start)
            services = self.press.locatives | self.press.services
            if all(w[0].lower() in services for w in lead):
                return Referent(mention.start, mention.name, "organisation", None, frozenset())
            break
        return referent

    def _issuing_body(self, start: int, word: str) -> Referent | None:
        """The body that spoke just before ``start`` (:meth:`_body_named_before`) that the
        lower-case noun ``word`` after a statement's noun points back to; ``None`` for a noun
        of a person (``в листі прем'єра``) and for one of another body (``в повідомленні
        суду`` after a ministry): the noun is a word of the body's name or one that may stand
        for any body (``[quotes] issuing_nouns``: ``органу``, ``регулятора``)."""
        profile = self.cues.profile
        if profile is None or self._role_noun(word, people_only=True):
            return None
        code = profile.code
        if not morphology.reads_in_case(word, code, "gent"):
            return None
        referent = self._body_named_before(start)
        if referent is None:
            return None
        any_body = {w.lower() for w in language(code).words("quotes", "issuing_nouns")}
        if self._noun_lemmas(word.lower(), code) & any_body:
            return referent
        return referent if self._noun_of_name(word, referent.name, code) else None

    def _body_named_before(self, start: int) -> Referent | None:
        """The body just named (:meth:`_body_just_named`) in this paragraph or the one before,
        on this line or the one before."""
        referent = self._body_just_named(start)
        if referent is None or self._paragraphs_back(referent.position, start) > 1:
            return None
        if len(_LINE_BREAKS.findall(self.text, referent.position, start)) > 1:
            return None  # (a page of one-line paragraphs: the line before at most)
        return referent

    def _place_body(
        self, rest: list[tuple[str, int, int]], phrase: str, start: int, end: int, cue: str
    ) -> Speaker | None:
        """The governing body ``rest`` names by its noun and its place (``правительстве
        Москвы`` -> ``правительство Москвы``), in the nominative; ``None`` when the noun is
        none of the language's (:func:`place_body_nouns`)."""
        profile = self.cues.profile
        if profile is None or not rest[0][0][:1].islower():
            return None
        code = profile.code
        bodies = place_body_nouns(code)
        nouns = morphology.noun_nominatives(rest[0][0], code)
        noun = next((n.lower() for n in nouns if n.lower() in bodies), None)
        if noun is None:
            return None
        return Speaker(f"{noun} {rest[1][0]}", phrase, start, end, cue)

    def _statement_body(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """The body whose statement an impersonal cue places the words in (``hieß es in einer
        Mitteilung des Konzerns``: a word of ``[quotes] locatives`` before the statement's
        phrase, read as :meth:`_statement_issuer` reads it); ``None`` without a statement
        (``hieß es in Berlin``), or when the words after the noun name no body nor person
        and are no body's noun (``in einer Mitteilung vom Dienstag``, ``ihres Anwalts``: not
        the body named last), unless their noun is the last body's head (``в сообщении
        киноцентра``)."""
        press = self.press
        if len(words) < 3 or words[0][0].lower() not in press.locatives:
            return None
        issued = self._statement_issuer(words[1:], cue)
        rest = words[3:]
        if rest and rest[0][0].lower() in press.definite | press.indefinite:
            rest = rest[1:]
        if (
            issued is None
            or not rest
            or any(
                m.type in ("organisation", "person") for m in self.within(rest[0][1], rest[-1][2])
            )
            or self._body_noun_form(rest[0][0])
            or self._body_noun_stem(rest[0][0])
        ):
            return issued
        referent = self._organisation_by_head(issued.start, rest[0][0])
        return None if referent is None else attrs.evolve(issued, name=referent.name)

    def _statement_issuer(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """Who issued the statement an article and a noun of ``[quotes] statement_nouns`` name
        (``según un comunicado del Ministerio de Hacienda``, ``selon le communiqué de
        l'association``, ``in einer Mitteilung des Konzerns`` after an impersonal cue): the
        body or person named after the noun, a lone body's noun pointing back to the body the
        sentence before opens with (``des Konzerns``), else the organisation named last, in
        this paragraph or the one before (``La Fundación X presentó el plan. Según un
        comunicado, ...``); ``None`` for other phrases."""
        press = self.press
        if (
            len(words) < 2
            or words[0][0].lower() not in press.definite | press.indefinite
            or words[1][0].lower() not in press.statements
        ):
            return None
        start, end = words[0][1], words[-1][2]
        phrase = self.text[start:end]
        named = [
            m
            for m in self.within(words[1][2], end)
            if m.type in ("organisation", "person") and not self._addressed(words, m.start)
        ]
        if named:
            return Speaker(named[0].name, phrase, start, end, cue)
        rest = words[2:]
        linked = bool(rest) and rest[0][0].lower() in self._role_links()
        if linked:
            rest = rest[1:]
            if rest and rest[0][0].lower() in press.definite:
                rest = rest[1:]
        if linked and rest and press.capitalised_nouns:
            # Every noun capitalised: the body's words are the capitals up to the clause's
            # next word (``der Organisation ist``); a lone body noun points back to the body
            # the sentence before opens with (``laut einer Mitteilung der Organisation``).
            run = list(itertools.takewhile(lambda w: w[0][:1].isupper(), rest))
            if len(run) == 1 and (
                self._body_noun(run[0][0])
                or self._body_noun_form(run[0][0])
                or self._body_noun_stem(run[0][0])
            ):
                opening = self._body_opening_before(start)
                if opening is not None:
                    return Speaker(opening, phrase, start, end, cue)
                rest = []
            elif run:
                name = " ".join(self.text[run[0][1] : run[-1][2]].split())
                return Speaker(name, phrase, start, end, cue)
        if linked and rest:
            head = press.elided.sub("", rest[0][0])
            epithet = self._epithet_body(head, start) if len(rest) == 1 else None
            if epithet is not None:
                return Speaker(epithet.name, phrase, start, end, cue)  # a body's epithet
            if len(rest) > 1 or head[:1].isupper():
                # ``de la préfecture du Gard``, ``de Iberdrola``: a body no mention covers, as
                # written; a lone noun (``de la entidad``) points back to the body named before.
                if head[:1].isupper() or self._body_noun(head):
                    rest = rest[: self._written_name_length(rest)]
                    at = rest[0][2] - len(head)
                    name = " ".join(self.text[at : rest[-1][2]].split())
                    return Speaker(name, phrase, start, end, cue)
                return None
        referent = self._nearest_organisation(start)
        if referent is None or self._paragraphs_back(referent.position, start) > 1:
            return None
        return Speaker(referent.name, phrase, start, end, cue)

    def _epithet_body(self, word: str, start: int) -> Referent | None:
        """The body a capitalised epithet of ``[quotes] body_epithets`` stands for (``emisor``,
        capitalised: a central bank): the nearest organisation named before ``start``, in the
        few paragraphs before, whose name holds one of the epithet's words (``banco``); none
        where two bodies so named are (``el Banco de Guatemala`` and ``el Banco Mundial``: the
        word does not tell which)."""
        profile = self.cues.profile
        if profile is None or not word[:1].isupper():
            return None
        kinds = language(profile.code).table("quotes", "body_epithets").get(word.lower())
        wanted = {kinds} if isinstance(kinds, str) else set(kinds or ())
        if not wanted:
            return None
        found: Referent | None = None
        for referent in self._referents_back(bisect.bisect_left(self._positions, start) - 1):
            if self._paragraphs_back(referent.position, start) > _ROLE_PARAGRAPHS:
                break
            if referent.type == "organisation" and wanted & set(referent.name.lower().split()):
                if found is not None and found.name != referent.name:
                    return None
                found = found or referent
        return found

    def _body_opening_before(self, at: int) -> str | None:
        """The body the sentence before ``at``'s opens with as its subject, where every noun is
        capitalised: its capitalised words up to the verb (``Pro Natura Bern warnt``, ``Die
        Aktionsgemeinschaft Hochwasser Machland kündigte``), a noun for a body before its name
        left out as the entity annotator leaves it (``Der Fahrgastverband Pro Bahn NRW
        forderte``: ``Pro Bahn NRW``); at least two words, a body's noun opening them or a
        body or a place named in them, no person, no preposition or time word before them
        (``[press] fronted``: the verb-second sentence opens with something else). A body's
        noun after the quotation (``teilte die Organisation mit``) points back to it, a name
        the entity annotator may have read in part or not at all."""
        profile = self.cues.profile
        if profile is None or not self.press.capitalised_nouns:
            return None
        sentence = self.sentence_before(at)
        if sentence is None:
            return None
        words = self._head_words(sentence[0], min(sentence[1], sentence[0] + _PHRASE_REACH))
        if words and words[0][0].lower() in self.press.fronted:
            return None  # (``In Berlin demonstrierten Tausende``: a place, not the subject)
        first = 1 if words and words[0][0].lower() in self.press.definite else 0
        stop = first
        while stop < len(words) and words[stop][0][:1].isupper() and words[stop][0][:1].isalpha():
            stop += 1
        if stop - first < 2 or stop >= len(words) or not words[stop][0][:1].islower():
            return None  # (one word: ``Die Stadt``; no verb after them)
        begin, end = words[first][1], words[stop - 1][2]
        named = self.within(begin, end)
        if any(m.type == "person" for m in named):
            return None
        lexicon = foreign_words(profile.code)
        lead = words[first][0].lower()
        if not (
            named
            or self._body_noun(words[first][0])
            or lead in lexicon.organisation_before
            or lead.endswith(lexicon.compound_heads)
        ):
            return None
        cut = named_after_noun(self.text[begin:end], self.text, begin, lexicon)
        return " ".join(self.text[cut if cut is not None else begin : end].split())

    def _addressed(self, words: list[tuple[str, int, int]], start: int) -> bool:
        """Whether the name at ``start`` follows a word of ``[quotes] addressee_markers``, an
        article or a common noun aside: the one a statement was sent to (``transmis à l'AFP``,
        ``remitido a la agencia EFE``), not its issuer."""
        at = next((i for i, w in enumerate(words) if w[2] > start), len(words)) - 1
        for _ in range(3):  # (``a`` ``la`` ``agencia``)
            if at < 0 or words[at][0].lower() in self.press.addressees:
                break
            if not words[at][0][:1].islower():
                return False
            at -= 1
        return at >= 0 and words[at][0].lower() in self.press.addressees

    def told_after_cue(self, at: int) -> bool:
        """Whether the name at ``at`` is the one a cue's subject spoke to: right after a cue,
        a word of ``[quotes] addressee_markers`` and perhaps an article (``Ortiz aseguró a Onda
        Cero que ..., aunque advirtió``: the outlet told is no subject of the verb after)."""
        profile = self.cues.profile
        if profile is None:
            return False
        words = self._head_words(max(0, at - _ADDRESSEE_REACH), at)
        # (the marker right before the name, or before its article: ``a la Cadena Sur``)
        for marker in range(max(1, len(words) - 2), len(words)):
            if words[marker][0].lower() in self.press.addressees and at in name_starts(
                self.masked, words[marker][2], len(self.masked), profile.code
            ):
                verb = words[marker - 1]
                return self.cue.fullmatch(self.masked, verb[1], verb[2]) is not None
        return False

    def _written_name_length(self, words: list[tuple[str, int, int]]) -> int:
        """How many of ``words`` name a body as written: the first, then up to the last word
        with a capital of a run of capitalised words and the links or articles between them
        (``préfecture du Gard``), not the clause after it (``Iberdrola publicado este lunes``,
        ``Landratsamts Passau werden die Straßen``)."""
        joins = self._role_links() | self.press.definite
        kept = 1
        for at in range(1, len(words)):
            word = words[at][0]
            if self.press.elided.sub("", word)[:1].isupper():
                kept = at + 1
            elif word.lower() not in joins:
                break
        return kept

    def _paragraphs_back(self, position: int, start: int) -> int:
        """How many paragraphs ``position`` is before ``start`` (0: the same one)."""
        starts = self._paragraph_starts
        return bisect.bisect_right(starts, start) - bisect.bisect_right(starts, position)

    def _introduced_as(self, start: int, word: str) -> Referent | None:
        """The last organisation before ``start`` that the article introduced with a form of
        the body noun ``word`` just before its name (``логистическая компания «СкладЛайн»``,
        then ``в пресс-службе компании``; ``авиакомпания «Азимут»``, then ``в компании``): the
        noun points back to it, not to a body named since (``ГУ МЧС``); languages whose names
        take case endings only."""
        profile = self.cues.profile
        if profile is None or not self.press.cased_names or not word[:1].islower():
            return None
        code = profile.code
        wanted = self._noun_lemmas(word, code)
        if not wanted:
            return None
        for mention in reversed(self.mentions[: bisect.bisect_left(self._starts, start)]):
            if mention.type != "organisation":
                continue
            before = self.text[max(0, mention.start - 40) : mention.start].rstrip(" \u00a0«\"„“'")
            noun = re.search(r"[\w\-]+$", before)
            if noun is None:
                continue
            # (a compound's last part: ``авиакомпания``; ``компания-перевозчик``'s first)
            found = self._noun_lemmas(noun.group(0).split("-")[0], code)
            if any(f.endswith(w) for f in found for w in wanted):
                return Referent(mention.start, mention.name, "organisation", None, frozenset())
        return None

    @staticmethod
    def _noun_lemmas(word: str, code: str) -> frozenset[str]:
        """The nominatives the dictionary reads lower-case ``word`` as a noun of (``компанії``:
        ``компанія``), else its stem; none for a short word."""
        read = morphology.noun_nominatives(word, code)
        lemmas = frozenset(r.lower() for r in read) or frozenset(
            {language(code).stem(word.lower())}
        )
        return frozenset(lemma for lemma in lemmas if len(lemma) >= 4)

    def _organisation_by_head(self, start: int, word: str) -> Referent | None:
        """The organisation named last before ``start`` when lower-case ``word`` is a form of a
        word of its name (``— повідомили в комітеті`` after ``У Комітеті арбітрів УАФ``);
        languages whose names take case endings only."""
        profile = self.cues.profile
        if profile is None or not self.press.cased_names or not word[:1].islower():
            return None
        referent = self._nearest_organisation(start)
        if referent is None:
            return None
        # (two case forms differ in their endings only: ``музея``, ``музее``)
        lower = word.lower()
        for name_word in referent.name.lower().split():
            shared = next(
                (i for i, (a, b) in enumerate(zip(lower, name_word, strict=False)) if a != b),
                min(len(lower), len(name_word)),
            )
            if shared >= 4 and shared >= max(len(lower), len(name_word)) - 2:
                return referent
        return None

    def _body_noun_stem(self, word: str) -> bool:
        """Whether ``word``'s stem is a body noun, or a compound ending in one (``Konzerns``,
        ``Ministeriums``: the stemmer cuts the noun itself shorter than its genitive)."""
        profile = self.cues.profile
        return profile is not None and self._body_noun(language(profile.code).stem(word.lower()))

    def _body_noun_form(self, word: str) -> bool:
        """Whether ``word`` is a form of one of the language's body nouns (``министерства``),
        compared by stems."""
        profile = self.cues.profile
        if profile is None:
            return False
        stem = language(profile.code).stem
        return stem(word.lower()) in {stem(b) for b in self.press.bodies}

    def _inverted_subject(self, before: list[tuple[str, int, int]]) -> bool:
        """Whether a person after ``before`` is the subject of a speech verb just before it
        (role words between): ``Am Mittwoch sagte Trump, ...:``."""
        cut = len(before)
        while cut and self._role_words(before[cut - 1 : cut]):
            cut -= 1
        return bool(cut) and self.cue.fullmatch(before[cut - 1][0]) is not None

    def _entity_word(self, word: str) -> bool:
        """Whether ``word`` is a word of an entity's name in the document."""
        # One set per document: scanning every mention per call made German text quadratic.
        if self._entity_words is None:
            self._entity_words = frozenset(w for m in self.mentions for w in m.name.split())
        return word in self._entity_words

    def _opens_phrase(self, before: list[tuple[str, int, int]]) -> bool:
        """Whether a person after the words ``before`` opens the phrase: only role words
        before it (no preposition: ``на встрече с Путиным``, ``con Pedro Sánchez``)."""
        profile = self.cues.profile
        if profile is None:
            return True
        press = self.press
        links = {w.lower() for w in language(profile.code).words("quotes", "role_links")}
        common = stopwords(profile.code)
        return not any(
            (lower := w[0].lower()) in common
            and lower not in press.definite
            and lower not in press.indefinite
            and lower not in links
            for w in before
        )

    def _role_words(self, words: list[tuple[str, int, int]]) -> bool:
        """Whether ``words`` are only a role: role nouns, articles, links, names, marks, and
        where names take case endings a role's complement in the genitive after its noun."""
        profile = self.cues.profile
        if profile is None:
            return True
        press = self.press
        links = {w.lower() for w in language(profile.code).words("quotes", "role_links")}
        roles = [any(self._role_noun(p) for p in w[0].split("-")) for w in words]
        return (
            self._opens_phrase(words)
            and all(
                not w[0][:1].isalpha()
                or w[0] == QUOTE_MASK
                or w[0][:1].isupper()
                or (lower := w[0].lower()) in press.definite
                or lower in press.indefinite
                or lower in links
                or roles[index]
                # (``Капітан команди``, ``Директор школы``: a role's complement in the genitive,
                # where names take case endings)
                or (press.cased_names and any(roles[:index]) and self._genitive(w[0]))
                for index, w in enumerate(words)
            )
        )

    def _genitive(self, word: str) -> bool:
        """Whether the dictionary reads ``word`` in the genitive."""
        profile = self.cues.profile
        return profile is not None and morphology.reads_in_case(word, profile.code, "gent")

    def _named_body(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """A body the entity annotator did not find, as the whole phrase: a name in marks
        after its kind (``Клуб «Спартак»``, ``ПАО «Уралхимпром»``), an acronym after an
        article and maybe its kind (``La SNCF``, ``La patronal CEOE``), or a lone name after
        an elided article or none (``l'Insee``, ``Según Funcas``)."""
        if not words or sum(w[0] != QUOTE_MASK for w in words) > 8:
            return None
        press = self.press
        first = words[0][0].lower()
        if len(words) > 2 and words[1][0].lower() in press.services:
            # ``В пресс-службе Минфина заявили``: the body whose press office speaks (its name
            # given back in the nominative), or the one named last (``пресс-службе компании``).
            body = words[2:]
            if len(body) == 1 and body[0][0][:1].isupper():
                name = self._undeclined_word(body[0][0])
                return Speaker(name, body[0][0], body[0][1], body[0][2], cue)
            if body and body[0][0][:1].islower():
                referent = self._introduced_as(
                    words[0][1], body[0][0]
                ) or self._nearest_organisation(words[0][1])
                if referent is not None:
                    return Speaker(referent.name, self.text[words[0][1] : words[-1][2]],
                                   words[0][1], words[-1][2], cue)  # fmt: skip
            return None
        if first in press.name_nouns and len(words) > 1 and words[1][0] == QUOTE_MASK:
            mask_end = next((i for i, w in enumerate(words[1:], 1) if w[0] != QUOTE_MASK),
                            len(words))  # fmt: skip
            if mask_end != len(words):
                return None
            inner = self.text[words[1][1] : words[-1][2]].strip("«»„“”\"' \u00a0")
            if not inner or not inner[:1].isupper():
                return None
            at = self.text.find(inner, words[1][1])
            return Speaker(inner, inner, at, at + len(inner), cue)
        if self.within(words[0][1], words[-1][2]):
            return None
        rest = words[1:] if first in press.definite else words
        if rest and first in press.definite and len(rest) > 1 and rest[0][0].islower():
            rest = rest[1:]  # ``La patronal CEOE``
        if len(rest) != 1:
            return None
        word = press.elided.sub("", rest[0][0])
        if not word[:1].isupper() or not word.replace("-", "").isalpha() or len(word) < 2:
            return None
        acronym = word.isupper()
        if not acronym and (
            first in press.definite  # ``der CSU-Politiker``: a noun, German capitals
            # ``laut Eigenangabe``: where every noun has a capital, only a word of an entity's
            # name found in the document (``sagte Spieth`` after ``Jordan Spieth``) or an acronym.
            or (self._capitalises_nouns() and not self._entity_word(word))
            or self._role_noun(word)
            or word.lower() in self.cues.pronouns
            # ``Elle-même a reconnu``: a pronoun with the word stressing it, no body's name
            or word.lower().partition("-")[2] in press.intensifiers
            or not self._name_like(word)
            or self._person_named(word) is not None
            or word in self._people
        ):
            return None
        at = rest[0][2] - len(word)
        # ``», soupire Mehdi, livreur à Lyon.``: a first name the entity annotator left alone
        # keeps the description set off after it as its role, as a full name does.
        role = (
            self._appositive_role(rest[0][2])
            if not acronym and gz.first_name_gender_in(word, self.cues.profile) is not None
            else None
        )
        return Speaker(word, word, at, rest[0][2], cue, role=role)

    def _name_like(self, word: str) -> bool:
        """Whether a capitalised ``word`` may be a name: no stop word of the language and never
        written in lower case in the document (``Как``, ``Поліція`` open sentences)."""
        profile = self.cues.profile
        lower = word.lower()
        if profile is not None and lower in stopwords(profile.code):
            return False
        return self._count(lower) == 0

    def _with_role(
        self, person: Mention, before: list[tuple[str, int, int]], cue: str | None
    ) -> Speaker:
        """``person`` speaking, with the words ``before`` the name as the role when one of them
        is a role noun (less an article)."""
        named = self._named(person, cue)
        article = bool(before) and before[0][0].lower() in self.press.definite
        if article or (bool(before) and before[0][0].lower() in self.press.indefinite):
            before = before[1:]  # (``un expert en urbanisme``: the role is ``expert ...``)
        if cue is not None and self.press.cased_names and self.cues.profile is not None:
            # ``— сказал главе региона Сергей Козлов``: whom he told (in the dative), no role
            before = before[morphology.told_words([w[0] for w in before], self.cues.profile.code) :]
        if named.role or not before:
            return named
        described = article or (
            # ``главный тренер «Динамо» Марцел Личка``: lower-case words and a name in marks.
            any(w[0] == QUOTE_MASK for w in before) and len(before[0][0]) > 2
        )
        if not (
            any(self._role_noun(w[0]) for w in before)
            or (described and (before[0][0].islower() or self._capitalises_nouns()))
        ):
            return named  # ``dijo a este periódico María García``: no role
        role = " ".join(self.text[before[0][1] : before[-1][2]].split())
        if self.press.proper_capitals:
            role = self.press.elided_article.sub("", role)  # ``l'adjointe au maire``
        return attrs.evolve(named, role=role)

    def _described_phrase(
        self, words: list[tuple[str, int, int]], cue: str, inner: bool = False
    ) -> Speaker | None:
        back = self._source_again(words, cue)
        if back is not None:
            return back  # ``Источник в делегации рассказал ... «...», — сказал собеседник``
        if not words or len(words) > 12:
            return None
        press = self.press
        # The phrase, up to a relative or a phrase that says where (``le ministère dans un
        # communiqué``, ``un bombero que pidió el anonimato``).
        # A stop may be two words (``на условиях анонимности``: how the source spoke).
        pairs = [f"{w[0]} {n[0]}".lower() for w, n in itertools.pairwise(words)]
        stops = press.stops
        cut = next(
            (
                i
                for i, w in enumerate(words)
                if i and (w[0].lower() in stops or (i < len(pairs) and pairs[i] in stops))
            ),
            None,
        )
        words = words[:cut]
        if press.capitalised_nouns:
            words = self._before_outlet(words)
        first = words[0][0]
        lower = first.lower()
        aged = self._age_noun(words, cue) or self._plain_person(words, cue)
        if aged is not None:
            return aged
        epithet = self._epithet(words, cue)
        if epithet is not None:
            return epithet
        if not inner and QUOTE_MASK in self.masked[words[0][1] : words[-1][2]]:
            return None  # (an attribution inside the marks is masked with them)
        issued = self._statement_issuer(words, cue)
        if issued is not None:
            return issued  # ``según un comunicado del Ministerio``: the body, not the paper
        if any(m.type == "person" for m in self.within(words[0][1], words[-1][2])):
            return None
        if lower in press.indefinite or lower in press.sources:
            # An unnamed source, as written.
            if len(words) < 2 and lower in press.indefinite:
                return None
            if press.capitalised_nouns:
                words = self._before_verb(words)
            start, end = words[0][1], words[-1][2]
            phrase = " ".join(self.text[start:end].split())
            name = phrase[:1].lower() + phrase[1:]
            # (the mention as written: spaces collapsed in the name only)
            return Speaker(name, self.text[start:end], start, end, cue, anonymous=True)
        whose: list[str] = []
        cut_after_role = False
        uncut = words
        if not press.definite and not self._role_phrase(words):
            # ``сказал тренер после матча``, ``пояснив очільник МЗС``: who speaks is the role
            # noun (and the adjectives before it); the words after say whose or where.
            role_at = next((i for i, w in enumerate(words[:3]) if self._role_noun(w[0])), None)
            if (
                role_at is not None
                and all(
                    w[0].islower() and w[0].endswith(press.adjective_endings)
                    for w in words[:role_at]
                )
                and not self._group_noun(words[role_at][0])
            ):
                whose = self._whose([w[0] for w in words[role_at + 1 :]])
                cut_after_role = len(words) > role_at + 1
                words = words[: role_at + 1]
        if len(words) > 4 and not self._role_complement(words):
            return None
        if lower in press.definite or press.elided.match(first):
            nouns = words[1:] if lower in press.definite else words
            if press.capitalised_nouns and len(nouns) > 1 and nouns[0][0].isalpha():
                # ``die parteilose Bürgermeisterin``: adjectives in lower case before the noun.
                adjectives = itertools.takewhile(lambda w: w[0].isalpha() and w[0].islower(), nouns)
                nouns = nouns[sum(1 for _ in adjectives) :] or nouns
            if not nouns or not nouns[0][0][:1].isalpha():
                return None
            placed = self._placed_body(nouns, cue)
            if placed is not None:
                return placed
            head = press.elided.sub("", nouns[0][0])
            if (
                lower in press.plural
                and not self._body_noun(head)
                and self._body_noun_form(head)
                and not self.within(nouns[0][1], words[-1][2])
            ):
                # ``Les syndicats dénoncent``: bodies of a kind in the plural (a form of a body
                # noun, not the noun itself), not one named before; the group speaks, named as
                # written.
                start, end = words[0][1], words[-1][2]
                phrase = " ".join(self.text[start:end].split())
                return Speaker(phrase[:1].lower() + phrase[1:], phrase, start, end, cue,
                               anonymous=True)  # fmt: skip
            if self._body_noun(head):
                named = next(
                    (m for m in self.within(nouns[0][1], nouns[0][2]) if m.type == "organisation"),
                    None,
                )
                if named is None and len(nouns) > 1:
                    # ``Der Verband Swissmem sagte``: the body's name in apposition to its noun.
                    named = next(
                        (
                            m
                            for m in self.within(nouns[1][1], nouns[1][1] + 1)
                            if m.type == "organisation"
                        ),
                        None,
                    )
                if named is not None:
                    # ``El Ministerio de Hacienda señaló``: the body the phrase names itself,
                    # not the one named before it.
                    return Speaker(named.name, self.text[words[0][1] : words[-1][2]],
                                   words[0][1], words[-1][2], cue)  # fmt: skip
                located = self._body_of_place(nouns)
                if located is not None:
                    return Speaker(located, self.text[words[0][1] : words[-1][2]],
                                   words[0][1], words[-1][2], cue)  # fmt: skip
                opening = self._body_opening_before(words[0][1])
                if opening is not None:
                    # ``Pro Natura Bern warnt davor. „...“, teilte die Organisation mit``.
                    return Speaker(opening, self.text[words[0][1] : words[-1][2]],
                                   words[0][1], words[-1][2], cue)  # fmt: skip
                referent = self._nearest_organisation(words[0][1])
                in_full = self._body_written_at(head, words)
                if in_full is not None and (referent is None or in_full[0] > referent.position):
                    # ``La préfecture du Rhône a mobilisé ... « ... », indique la préfecture``:
                    # the body named in full since the organisation named last.
                    body: str | None = in_full[1]
                else:
                    body = referent.name if referent is not None else None
                if body is None:
                    return None
                return Speaker(body, self.text[words[0][1] : words[-1][2]],
                               words[0][1], words[-1][2], cue)  # fmt: skip
            if lower in press.plural and self._plural_people(head):
                # ``Les bourgmestres dénoncent``: a group that speaks, named as written.
                start, end = words[0][1], words[-1][2]
                phrase = " ".join(self.text[start:end].split())
                name = phrase[:1].lower() + phrase[1:]
                return Speaker(name, phrase, start, end, cue, anonymous=True)
            if lower in press.plural or not any(
                self._role_noun(p) or self._described_head(p) for p in head.split("-")
            ):
                # ``la SNCF`` (a name), ``die Studie`` (no role), ``les habitants`` (a group).
                return None
            # ``die Grünen-Politikerin``: a feminine noun tells what a plural's article does not.
            noun = head.rsplit("-", 1)[-1].lower()
            feminine = any(
                noun.endswith(e) and len(noun) > len(e) + 3 for e in press.feminine_endings
            )
            gender = None
            if lower in press.feminine or feminine:
                gender = "female"
            elif lower in press.masculine:
                gender = "male"  # ``le président``: not Marine Le Pen, named before
            synonym = self._synonym_holder(nouns, gender)
            if synonym is not None:
                start, end = words[0][1], words[-1][2]
                return Speaker(synonym.name, self.text[start:end], start, end, cue,
                               role=self.role_of(synonym.name, start))  # fmt: skip
            return self.role_reference(words[0][1], words[-1][2], [head], cue, gender)
        if not press.definite and self._role_phrase(words):
            # A language without articles: ``добавил губернатор`` (the governor named before),
            # ``Європейський дипломат сказав`` (no one holds it: an unnamed source).
            start, end = words[0][1], words[-1][2]
            referent = self._role_holder(start, [w[0] for w in words], None)
            subject = self.subject_before(start, None, alone=True)
            if self._subject_first(subject, referent, start, [w[0] for w in words]):
                referent = subject  # ``Карпин остался доволен. «...», — сказал тренер``
            if referent is not None and whose and not self._role_names(referent, whose, start):
                referent = None  # ``— заявил президент Германии``: not France's, named before
            if referent is None:
                # ``— сказал наставник``, ``— заявил глава региона``: another name for the
                # title of one named before (``главный тренер``, ``губернатор``).
                # (of the cue's gender: ``— сказала наставница`` is no man's words)
                referent = self._synonym_holder(
                    uncut[: len(words) + bool(whose)], self._cue_gender(cue)
                )
            phrase = " ".join(self.text[start:end].split())
            written = self.text[start:end]  # (the mention as written, spaces and all)
            if referent is None and cut_after_role:
                # ``Пресс-секретарь Кремля сказал``: no holder named before; the phrase is
                # read whole, as before it was cut (not a bare ``пресс-секретарь``).
                return None
            if referent is None and not whose and len(words) == 1:
                # ``— сказал депутат`` (a bare noun, not ``— рассказал местный житель``).
                referent = self._introducing_person(start, cue)
            if referent is None:
                return Speaker(phrase[:1].lower() + phrase[1:], written, start, end, cue,
                               anonymous=True)  # fmt: skip
            return Speaker(referent.name, written, start, end, cue,
                           role=self.role_of(referent.name, start))  # fmt: skip
        return None

    def _introducing_person(
        self, at: int, cue: str, *, subject_only: bool = False
    ) -> Referent | None:
        """The one person the sentence introducing the quotation before the cue at ``at``
        names (the sentence right before its opening, in its paragraph or the one before; a
        quotation going on from the paragraphs before opens where it first opened), of the
        cue's gender where its past tells one: ``Голова комітету ... Олександр Мережко
        зазначив ... «...», — сказав депутат`` is Мережко, a role the article did not state
        for him said again in other words. ``None`` when that sentence names nobody or
        several people, or, ``subject_only``, when that person is no subject of it: a cue
        stands before the name (``El técnico anunció que Mikel Zubiri ... jugará``: a
        reported clause's), the name is a complement (``El hijo de Marta Gil``) or, in its
        clause, an object (``acusaron a Luis Herrera``)."""
        opening = self._quotation_opening(at)
        if opening is None:
            return None
        index = bisect.bisect_right(self._paragraph_starts, opening) - 1
        if index < 0:
            return None
        sentence = sentence_ending(self.masked, opening, self.paragraphs[max(index - 1, 0)][0])
        if sentence is None:
            return None
        # (No first name or title telling a gender: a body taken for a person, ``Сил``.)
        mentions = self.within(*sentence)
        people = {m.name: m for m in mentions if m.type == "person" and m.gender}
        if len(people) != 1:
            return None
        (mention,) = people.values()
        if subject_only:
            clause = max(sentence[0], self.masked.rfind(",", sentence[0], mention.start) + 1)
            if (
                self.cue_index.search(sentence[0], mention.start) is not None
                or self._linked(sentence[0], mention.start)
                or self._object(clause, mention)
            ):
                return None
        written = self.text[mention.start : mention.end]
        referent = self._last_named(mention.name, sentence[1])
        said = self._cue_gender(cue)
        if not self.masked[mention.end : sentence[1]].strip(" \u00a0.!?…") and (
            self.cue_index.search(sentence[0], mention.start) is None
            and not self._shown_subject(written, referent, said)
        ):
            # ``После концерта исполнитель ... поддержал Трампа.``: a name ending a sentence
            # that reports no speech is its object (a surname alone may not show its case);
            # ``Об этом заявил губернатор Игорь Соколов.`` names who spoke.
            return None
        if self.press.cased_names and nominative_name(written, self.cues) != written:
            return None  # ``суд арестовал Олега Петрова``: the sentence's object
        if said is not None and referent.gender not in (said, None):
            return None
        return referent

    def _shown_subject(self, written: str, referent: Referent, said: str | None) -> bool:
        """Whether the name ``written`` ending a sentence shows itself its subject, the verb
        before it (``Головну роль зіграла Оксана Білецька.``, ``Одной из пострадавших стала
        пенсионерка Анна Ветрова.``): a first name and a surname in the nominative, which a
        language whose names take case endings writes otherwise as an object (``Оксану
        Білецьку``, ``Олега Петрова``), of the gender the cue's past tells."""
        return (
            self.press.cased_names
            and len(written.split()) > 1
            and said is not None
            and referent.gender == said
            and nominative_name(written, self.cues) == written
        )

    def _cue_gender(self, cue: str) -> str | None:
        """The gender a past cue's ending tells (``сказала``: ``female``; ``[quotes]
        past_gender_endings``), ``None`` where it tells none (``каже``)."""
        endings = self.press.past_genders
        lower = cue.lower()
        return next((g for g in ("female", "male") if lower.endswith(endings.get(g, ()))), None)

    def _quotation_opening(self, at: int) -> int | None:
        """Where the quotation closing right before the cue at ``at`` opens (``«...», —
        сказал``), back over the lines it goes on from (a paragraph left open); ``None`` when
        no quotation stands right before the cue."""
        # (Read back a few characters at a time: a copy of the text before the cue, at every
        # cue, made a long page's cues quadratic.)
        masked = self.masked
        end = _back_over(masked, at, " \u00a0")
        space = masked.rfind(" ", max(0, end - _CUE_WORD_REACH), end)
        if space < 0 < end - _CUE_WORD_REACH:
            return None  # (a word longer than any cue)
        cue = space + 1
        while cue < end and masked[cue] in "—–":
            cue += 1  # ``... la portavoz —explicó``: a dialogue's dash joined to its cue
        if self.cue.fullmatch(masked, cue, end) is None:
            return None
        end = _back_over(masked, cue, " \u00a0,—–-")
        if end == 0 or masked[end - 1] != QUOTE_MASK:
            return None
        opening = self._masked_from(end)
        for _ in range(_CONTINUED_PARAGRAPHS):
            # (Back over spaces only: a search for the line's start read a line of a
            # thousand quotations back to its start at each of them.)
            line = _back_over(masked, opening, " \t\u00a0\r") - 1
            if line < 0 or masked[line] != "\n":
                break  # (the quotation does not open its line)
            before = _back_over(masked, _back_over(masked, line, " \t\u00a0\r\n"), ".!?…")
            if before == 0 or masked[before - 1] != QUOTE_MASK:
                break
            opening = self._masked_from(before)
        return opening

    def _masked_from(self, end: int) -> int:
        """Where the masked quotation ending at ``end`` starts (its words' spaces are not
        masked; a line break ends it)."""
        start = end
        while start > 0 and self.masked[start - 1] in f"{QUOTE_MASK} \u00a0":
            start -= 1
        while start < end and self.masked[start] in " \u00a0":
            start += 1
        return start

    def _group_noun(self, word: str) -> bool:
        """Whether a role noun names a group (``Представители Минфина заявили``: the body
        they speak for, not the role, is who speaks)."""
        profile = self.cues.profile
        return profile is not None and morphology.is_plural_noun(word, profile.code)

    def _whose(self, after: list[str]) -> list[str]:
        """The stems of the words after a role noun that say whose role it is (``президент
        Германии``, ``министр экономики``, ``тренер «Спартака»``): a name, or a noun the
        dictionary reads in the genitive, and a name right after it (``міністр оборони
        Литви``); none for words that say where or when (``після матчу``) or an acronym,
        which may shorten the role as named before (``очільник МЗС``)."""
        profile = self.cues.profile
        if profile is None or not after:
            return []
        stem = language(profile.code).stem
        words = [w.lstrip(f'{QUOTE_MASK}«“"„') for w in after[:2]]
        if words[0].isupper():
            return []
        named = [w for w in words if w[:1].isupper() and not w.isupper()]
        if words[0] in named:
            return [stem(w.lower()) for w in named]
        if not morphology.is_genitive_noun(words[0], profile.code):
            return []
        return [stem(w.lower()) for w in [words[0], *named]]

    def _role_names(self, referent: Referent, whose: list[str], position: int) -> bool:
        """Whether ``referent``'s role as the article states it names each of ``whose``."""
        role = (self.role_of(referent.name, position) or "").lower()
        return bool(role) and all(w in role for w in whose)

    def _role_phrase(self, words: list[tuple[str, int, int]]) -> bool:
        """Whether ``words`` are a role phrase of a language without articles as a whole: three
        words at most, ending with a role noun, in lower case after the first (``первый
        заместитель министра``)."""
        return (
            len(words) <= 3
            and self._role_noun(words[-1][0])
            and all(w[0][:1].islower() for w in words[1:])
            # (``Прокурор в суде``: a place after its preposition, no role word)
            and not any(w[0].lower() in self.press.locatives for w in words[1:])
        )

    def _age_noun(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """A definite article and an age written as a noun (``„...“, sagte der 22-Jährige``;
        ``[quotes] age_nouns``): the person the sentence before opens with, else the one
        named last in the paragraph, of the gender the article tells (``[quotes]
        age_articles``). Not the last speaker: an age is said of the person the story just
        turned to (``Wittich sprach ... Obermaier wirkte fassungslos. „...“, sagte der
        22-Jährige``)."""
        press = self.press
        if len(words) < 2 or words[0][0].lower() not in press.definite:
            return None
        number, _, noun = words[1][0].partition("-")
        if not (number.isdigit() and noun.lower() in press.age_nouns):
            return None
        gender = dict(press.age_articles).get(words[0][0].lower())
        start, end = words[0][1], words[1][2]
        referent = self.subject_before(start, gender)
        if referent is None:
            described = self._described_subject_before(start, gender)
            if described is not None:
                # ``Die Tochter einer Patientin verfolgte den Prozess. „...“, sagte die
                # 48-Jährige``: the unnamed person the sentence before opens with.
                return Speaker(described, self.text[start:end], start, end, cue, anonymous=True)
            referent = next(iter(self.people_back(start, 0, gender)), None)
        if referent is None:
            return None
        return Speaker(referent.name, self.text[start:end], start, end, cue,
                       role=self.role_of(referent.name, start))  # fmt: skip

    def _plain_person(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """``„...“, sagte die Frau`` (``[quotes] person_nouns`` after a definite article): the
        unnamed person the sentence before opens with, as first written (``Eine Anwohnerin will
        ... gesehen haben.``), else the person it opens with, of the article's gender."""
        press = self.press
        profile = self.cues.profile
        if profile is None or len(words) != 2 or words[0][0].lower() not in press.definite:
            return None
        if words[1][0].lower() not in language(profile.code).words("quotes", "person_nouns"):
            return None
        gender = dict(press.age_articles).get(words[0][0].lower())
        start, end = words[0][1], words[1][2]
        described = self._described_subject_before(start, gender)
        if described is not None:
            return Speaker(described, self.text[start:end], start, end, cue, anonymous=True)
        referent = self.subject_before(start, gender)
        if referent is None:
            return None
        return Speaker(referent.name, self.text[start:end], start, end, cue,
                       role=self.role_of(referent.name, start))  # fmt: skip

    def _described_subject_before(self, at: int, gender: str | None = None) -> str | None:
        """The description of a person opening the sentence before ``at``'s (see
        :func:`.sentence_before`) in a language writing nouns with a capital: an article, a
        noun and what it is of (``Die Tochter einer früheren Patientin verfolgte``), naming no
        one and no body (``Polizei``), its article not of a gender other than ``gender``
        (``Der Angeklagte schwieg. „...“, sagte die 44-Jährige``: someone else); as written,
        its article in lower case."""
        press = self.press
        if not press.capitalised_nouns:
            return None
        sentence = self.sentence_before(at)
        if sentence is None:
            return None
        words = self._head_words(sentence[0], min(sentence[1], sentence[0] + _PHRASE_REACH))
        articles = press.definite | press.indefinite
        at_word = 0

        def noun_group(i: int) -> int | None:
            # An article, adjectives in lower case, a capitalised noun: the index after it.
            if i >= len(words) or words[i][0].lower() not in articles:
                return None
            i += 1
            while i < len(words) and _lower_adjective(words[i][0]):
                i += 1
            if i < len(words) and words[i][0][:1].isupper() and words[i][0].isalpha():
                return i + 1
            return None

        head = noun_group(at_word)
        if head is None:
            return None
        told = dict(press.age_articles).get(words[0][0].lower())
        if gender is not None and told is not None and told != gender:
            return None
        complement = noun_group(head)
        stop = complement if complement is not None else head
        if stop >= len(words) or not (words[stop][0].isalpha() and words[stop][0].islower()):
            return None  # the verb follows the subject
        if self._body_noun(words[head - 1][0]):
            return None  # ``Die Polizei sperrte ...``: a body, never of an age
        begin, finish = words[0][1], words[stop - 1][2]
        if self.within(begin, finish):
            return None
        phrase = " ".join(self.text[begin:finish].split())
        return phrase[:1].lower() + phrase[1:]

    def _plural_people(self, head: str) -> bool:
        """Whether the plural noun ``head`` (``bourgmestres``, ``vecinos``, ``trabajadores``)
        names people by role or description: its singular, the plural's ``s`` or ``es`` left
        off, is one of the language's role or description nouns."""
        lower = head.lower()
        singulars = [lower[:-1]] if lower.endswith("s") else []
        if lower.endswith("es"):
            singulars.append(lower[:-2])
        return any(len(s) > 2 and self._described_head(s) for s in singulars)

    def _synonym_holder(
        self, nouns: list[tuple[str, int, int]], gender: str | None
    ) -> Referent | None:
        """The person holding the title the role phrase ``nouns`` is another name for
        (``chef du gouvernement`` for ``premier ministre``: ``[quotes] role_synonyms``, a title
        or a list of them when a role has several other names): the nearest one before whose
        stated role holds one of those titles whole."""
        profile = self.cues.profile
        if profile is None or not nouns:
            return None
        synonyms = language(profile.code).table("quotes", "role_synonyms")
        written = " ".join(w[0] for w in nouns).lower().replace("’", "'")
        title = synonyms.get(written)
        titles = (title,) if isinstance(title, str) else title if isinstance(title, tuple) else ()
        if not titles:
            return None
        start = nouns[0][1]
        for referent in self.people_back(start, _ROLE_PARAGRAPHS, gender):
            role = self._own_role(referent.name, start)
            # (whole words: ``senador``, a man's title, is not in ``senadora del PP``)
            if any(re.search(rf"(?<!\w){re.escape(t)}(?!\w)", role) for t in titles):
                return referent
        return None

    def _own_role(self, name: str, at: int) -> str:
        """``name``'s role at ``at`` (:meth:`role_of`), in lower case, spaces collapsed, without
        the words up to another person's name written in it: a role read back across a list
        of people (``Главный тренер «Сокола» Игорь Лапин и президент клуба``, read for the
        club president named next) states the title of the one named in it, not his."""
        role = " ".join((self.role_of(name, at) or "").lower().split())
        for other, mentions in self._person_mentions.items():
            if other == name:
                continue
            for mention in mentions:
                written = " ".join(self.text[mention.start : mention.end].lower().split())
                # (whole words: a short name, ``Ли``, is no cut inside ``политике``)
                hits = (
                    list(re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", role))
                    if written
                    else []
                )
                if hits:
                    role = role[hits[-1].end() :].strip()
        return role

    def _role_complement(self, words: list[tuple[str, int, int]]) -> bool:
        """Whether a phrase is an article, a noun or two, then what the role is of, short
        (``la présidente de la Commission``, ``der Vorsitzende der Gewerkschaft``: ``[quotes]
        role_links``): read by its noun as a shorter phrase is."""
        profile = self.cues.profile
        if profile is None:
            return False
        links = language(profile.code).words("quotes", "role_links")
        link = next((i for i, w in enumerate(words) if i >= 2 and w[0].lower() in links), None)
        return link is not None and link <= 3 and len(words) - link <= 4

    def _epithet(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """In a language without articles, a description in lower case after a quotation's
        cue (``— улыбнулся форвард``, ``— сказал 20-летний воспитанник академии «...»``):
        the person the sentence before opens with (see :meth:`subject_before`), unless the
        role's holder is named after them."""
        press = self.press
        if press.definite:
            return None
        head = list(itertools.takewhile(lambda w: w[0][:1].isalnum(), words))
        # ``— заявил глава региона на совещании``, ``— заявил мэр на совещании``: a phrase of
        # place after the description says where the words were said, not who said them.
        place = next((i for i, w in enumerate(head) if i and w[0] in press.cue_places), None)
        head = head[:place]
        if not head or len(head) > 3 or head[0][0].lower() in press.sources:
            return None
        if any(w[0][:1].isupper() or w[0].lower() in self.cues.pronouns for w in head) or (
            head[0][0].lower() in press.locatives
        ):
            return None
        start, end = head[0][1], head[-1][2]
        if self.within(start, end) or not self._after_cue(start):
            return None
        subject = self.subject_before(start, None, alone=True)
        if subject is None:
            # ``Він додав, що ... «...», — підкреслив генсек``: the person its pronoun means.
            pronoun = self._pronoun_before(start, cue)
            holder = self._role_holder(start, [w[0] for w in head], None)
            if holder is not None and not self._role_noun(head[-1][0]):
                # ``Кондукторка трамвая Галина Ткачук ... ¶ «...», — сказала кондукторка``: the
                # one the article describes so (no role noun: the role path reads no further).
                return Speaker(holder.name, self.text[start:end], start, end, cue,
                               role=self._epithet_role(holder.name, head, cue))  # fmt: skip
            if holder is not None:
                return None
            if pronoun is None and len(head) == 1:
                # ``Академик Геннадий Кулипанов напомнил ... ¶ «...», — добавил ученый``.
                introduced = self._introducing_person(start, cue)
                pronoun = introduced.name if introduced is not None else None
            if pronoun is None:
                return None
            return Speaker(pronoun, self.text[start:end], start, end, cue,
                           role=self._epithet_role(pronoun, head, cue))  # fmt: skip
        if self._role_noun(head[-1][0]):
            holder = self._role_holder(start, [w[0] for w in head], None)
            if not self._subject_first(subject, holder, start, [w[0] for w in head]):
                return None
        return Speaker(subject.name, self.text[start:end], start, end, cue,
                       role=self._epithet_role(subject.name, head, cue))  # fmt: skip

    def _epithet_role(self, name: str, head: list[tuple[str, int, int]], cue: str) -> str | None:
        """The role of ``name`` described by the words ``head`` after ``cue``: the one the
        article states for them, else, as for ``The governor told MPs``, the description
        itself when it is one noun of what a person does (``— сміється актриса``, ``— сказав
        депутат``); ``None`` for other words (``— зітхає жінка``: ``[quotes]
        plain_person_nouns``) and where the cue's past tells a gender not the person's
        (``— сказал отец`` is no woman's description)."""
        stated = self.role_of(name, head[0][1])
        if stated is not None or len(head) != 1 or not self._described_head(head[0][0]):
            return stated
        said = self._cue_gender(cue)
        if said is not None and self._last_named(name, head[0][1]).gender not in (said, None):
            return None
        profile = self.cues.profile
        if profile is None or head[0][0].lower() in quote_words(profile.code, "plain_person_nouns"):
            return None  # (``— зітхає жінка``: who, not what she is)
        return head[0][0]

    def _pronoun_before(self, at: int, cue: str) -> str | None:
        """The person a personal pronoun opening the sentence before ``at``'s stands for
        (``Він``, ``Сам він``, ``Она же``: one of its first two words), resolved as a cue's
        pronoun is; ``None`` when it opens with none or means an unnamed source."""
        sentence = self.sentence_before(at)
        if sentence is None:
            return None
        for match in itertools.islice(
            re.finditer(r"\S+", self.masked[sentence[0] : sentence[1]]), 2
        ):
            gender = self.cues.pronouns.get(match.group().lower())
            if gender is not None:
                # ``Она добавила ... — сказал эксперт``: a cue in the other gender's past.
                other = {"male": "female", "female": "male"}.get(gender, "")
                if cue.lower().endswith(self.press.past_genders.get(other, ())):
                    return None
                first = sentence[0] + match.start()
                found = self._pronoun(match.group(), first, first + len(match.group()), cue)
                return None if found is None or found.anonymous else found.name
        return None

    def _after_cue(self, at: int) -> bool:
        """Whether the word just before ``at`` is a cue (``— улыбнулся форвард``, ``— признал
        серб``: a verb after a dialogue dash), not a clause after a quotation (``«...», коли
        його запитали``)."""
        before = self.text[max(0, at - 40) : at].split()  # a cue inside the marks is masked
        if not before:
            return False
        return self.cue.fullmatch(before[-1]) is not None or (
            len(before) >= 2 and before[-2] in ("—", "–")
        )

    def _body_noun(self, head: str) -> bool:
        """Whether ``head`` names a body: one of the language's body nouns, or in a language
        that writes nouns with a capital a compound ending in one (``Bundesregierung``)."""
        lower = head.lower()
        if lower in self.press.bodies:
            return True
        return self._capitalises_nouns() and any(
            len(lower) > len(b) + 2 and lower.endswith(b) for b in self.press.bodies if len(b) > 4
        )

    def _placed_body(self, nouns: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """A body's noun after the capitalised adjective of a place (``das Wiener
        Innenministerium``, ``die Kölner Polizei``; ``[quotes] place_adjective_endings``):
        that body, named as written, not the nearest organisation."""
        endings = self.press.place_adjective_endings
        if not endings or len(nouns) != 2:
            return None
        (adjective, start, _), (noun, _, end) = nouns
        if not (
            adjective[:1].isupper()
            and adjective.endswith(endings)
            and len(adjective) > 4
            and self._body_noun(noun)
        ):
            return None
        phrase = " ".join(self.text[start:end].split())
        return Speaker(phrase, phrase, start, end, cue)

    def _body_of_place(self, nouns: list[tuple[str, int, int]]) -> str | None:
        """A body's noun and the capitalised name of what it is of, the whole phrase after its
        article (``indique la préfecture du Loiret``, ``informó la fiscalía de Madrid``): the
        body named in full, not the nearest organisation; ``None`` otherwise."""
        profile = self.cues.profile
        if profile is None or not 3 <= len(nouns) <= 5:
            return None
        links = language(profile.code).words("quotes", "role_links")
        elided = self.press.elided
        if nouns[1][0].lower() not in links and not elided.match(nouns[1][0]):
            return None
        rest = [elided.sub("", w[0]) for w in nouns[1:] if w[0].lower() not in links]
        if not rest or not all(w[:1].isupper() for w in rest):
            return None
        return " ".join(self.text[nouns[0][1] : nouns[-1][2]].split())

    def _body_written_at(
        self, head: str, words: list[tuple[str, int, int]]
    ) -> tuple[int, str] | None:
        """A body the entity annotator did not find, named in full a little before its noun
        (``le ministère`` after ``Le ministère de l'Intérieur``), and where: the noun, ending
        its word, and its complement up to its last capitalised word (read back a bounded way:
        linear articles)."""
        profile = self.cues.profile
        if profile is None:
            return None
        at = words[0][1]
        low = max(0, at - _BODY_REACH)
        before = self.masked[low:at].lower()
        found = before.rfind(head.lower())
        # The noun ends its word (not ``Verbandschef``, ``préfectures``: a person, a plural).
        while found >= 0 and before[found + len(head) : found + len(head) + 1].isalpha():
            found = before.rfind(head.lower(), 0, found + len(head) - 1)
        if found < 0:
            return None
        links = language(profile.code).words("quotes", "role_links")
        elided = press_words(profile.code).elided
        start = low + found
        while start > low and (self.masked[start - 1].isalpha() or self.masked[start - 1] == "-"):
            start -= 1  # ``der Verband`` after ``Der Unternehmensverband Hafen``: the compound
        tokens = self._head_words(start, min(at, start + 80))
        last = 0
        for index, (word, _, _) in enumerate(tokens[1:6], 1):
            bare = elided.sub("", word)
            if bare[:1].isupper():
                last = index
            elif word.lower() not in links and not elided.match(word):
                break
        if not last:
            return None
        return start, " ".join(self.text[start : tokens[last][2]].split())

    def role_reference(
        self, start: int, end: int, heads: list[str], cue: str, gender: str | None
    ) -> Speaker | None:
        """The person a role phrase ``text[start:end]`` points back to: the nearest of the few
        paragraphs before whose stated role holds one of ``heads`` (``Bundesumweltminister``
        holds ``Minister``; stems compared), else the speaker of the paragraph just before, else
        none (the phrase speaks as written)."""
        # A person whose stated role holds the noun, or the person whose quotation is the one
        # just before (``», a poursuivi le ministre``); never the nearest or an earlier speaker,
        # often someone else (``Scholz reiste nach Kiew. Der Sprecher sagte``): the phrase is
        # then left to the described speaker, as written.
        referent = self._role_holder(start, heads, gender)
        according = " ".join(cue.lower().split()) in self.cues.according
        subject = self.subject_before(start, gender, alone=True, leading=according)
        if self._subject_first(subject, referent, start, heads):
            # ``Lindqvist war nicht zufrieden. „...“, sagte der Schwede``: the person the
            # sentence before opens with.
            referent = subject
        if referent is None:
            referent = self._speaker_just_before(start, gender)
            if referent is not None and self._other_role(referent.name, start, heads):
                # ``», a regretté l'entraîneur marseillais, Fabrice Lambertini`` then ``», a
                # confié le défenseur``: the coach is no defender.
                return None
        if referent is None and gender == "female":
            # ``Ina Rauch ... Paul Hofer lehnte ab. „...“, sagte die Grünen-Politikerin``: the
            # nearest woman in this paragraph or the one before (a masculine noun, also the
            # generic one, tells too little: ``le ministre`` is not the nearest man).
            # Not a woman the article gives another role (``La juge Marie Dubois ... », a réagi
            # la députée``): the judge is no MP.
            nearest = next(iter(self.people_back(start, 1, gender)), None)
            if (
                nearest is not None
                and nearest.gender == gender
                and not self._other_role(nearest.name, start, heads)
            ):
                referent = nearest
        if referent is None:
            return None
        phrase = self.text[start:end]
        return Speaker(
            referent.name, phrase, start, end, cue, role=self.role_of(referent.name, start)
        )

    def subject_before(
        self, at: int, gender: str | None, alone: bool = False, *, leading: bool = False
    ) -> Referent | None:
        """The person the sentence before ``at``'s opens with (see
        :mod:`.sentence_subjects`; ``leading``: ``at`` opens an ``according to`` phrase before
        its quotation), of ``gender`` when both are known: named by a mention, or
        by a surname of one person of several words the article names. None when the name is
        a complement (``el gerente del Alloa Athletic``, ``criticó a Luis Herrera``, ``суд
        арестовал Олега Петрова``), no person's first name or title tells a gender (a body the
        entity annotator took for a person), another person of the sentence is a cue's
        subject (``Mickelson ganó, aunque Furyk dijo que ...``), or, ``alone``, the sentence
        names another person at all (``Путин встретился с Си Цзиньпином. «...», — сказал
        китайский лидер``: a description may be either's)."""
        sentence = self.sentence_before(at, leading=leading)
        if sentence is None:
            return None
        return self.subject_of(*sentence, gender, alone)

    def subject_of(
        self, start: int, end: int, gender: str | None, alone: bool = False
    ) -> Referent | None:
        """The person the sentence ``masked[start:end]`` opens with (see
        :meth:`subject_before`)."""
        mentions = self.within(start, end)
        mention = opening_person(self.masked, mentions, start, end)
        if mention is not None:
            mention = self._apposed_to_role(start, mention, mentions)
            if (
                self._linked(start, mention.start)
                or self._object(start, mention)
                or self._reported_after_cue(start, mention.start)
            ):
                return None
            name, position, stop = mention.name, mention.start, mention.end
        else:
            written = opening_name(self.masked, start, end)
            if written is None or self.within(start, start + len(written)):
                return None
            named = self._person_named(written.split()[-1])
            if named is None or not named.endswith(written):
                return None
            name, position, stop = named, start, start + len(written)
        referent = self._last_named(name, end)
        if referent.gender is None or (gender and referent.gender != gender):
            return None
        for other in mentions:
            if other.type != "person" or other.start < stop or other.name == name:
                continue
            if alone:
                return None  # ``встретился с Си Цзиньпином``: a description may be theirs
            after = self.masked[other.end : other.end + 30].lstrip(" \u00a0")
            if self.cue.match(after):
                return None  # ``aunque Furyk dijo que``: that person speaks
        return referent._replace(position=position)

    def _apposed_to_role(
        self, start: int, mention: Mention, mentions: Sequence[Mention]
    ) -> Mention:
        """The person named in apposition right after ``mention`` when ``mention`` closes a
        role's words (``El secretario de Salud de Jalisco, Javier Ortega Ruiz,
        reconoció``: the body the entity annotator took for a person is where the role is
        held), else ``mention``."""
        if not any(w[:1].islower() for w in _LETTERS.findall(self.masked, start, mention.start)):
            return mention  # (``Ana Ruiz, Pedro Gil y ...``: a list, no role before)
        following = next((m for m in mentions if m.start >= mention.end), None)
        if (
            following is None
            or following.type != "person"
            or APPOSITION_COMMA.fullmatch(self.masked, mention.end, following.start) is None
            or self.masked[following.end : following.end + 1] != ","
        ):
            return mention
        return following

    def _reported_after_cue(self, start: int, at: int) -> bool:
        """Whether a verb of speech stands between a sentence's start and the name at ``at``
        (``El técnico confirmó que Unai Goikoetxea viajará``): the name is in the clause it
        reports, the sentence's subject is before the verb. Not an ``according to`` word
        (``Según Pedro Ruiz, ...``), which opens its own speaker."""
        cue = self.cue_index.search(start, at)
        while cue is not None:
            if " ".join(cue.group(0).lower().split()) not in self.cues.according:
                return True
            cue = self.cue_index.search(cue.end(), at)
        return False

    def _object(self, start: int, mention: Mention) -> bool:
        """Whether the person ``mention`` opening a sentence at ``start`` is an object, not
        its subject: a word of ``[quotes] object_markers`` stands before it (``criticó a``,
        ``traf sich mit``), or, in a language whose names take case endings, it is written in
        another case (``арестовал Олега Петрова``)."""
        profile = self.cues.profile
        if profile is None:
            return False
        markers = language(profile.code).words("quotes", "object_markers")
        if any(w in markers for w in self.masked[start : mention.start].split()):
            return True  # as written: a capital ``A sus 35 años`` opens the sentence
        written = self.text[mention.start : mention.end]
        return self.press.cased_names and nominative_name(written, self.cues) != written

    def _source_again(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """A cue's short phrase of a source noun (``собеседник издания``, ``співрозмовник``,
        ``la fuente``) after a quotation whose sentence before brings in an unnamed source:
        that source, as first described (see :meth:`source_before`)."""
        press = self.press
        heads = words[1:] if words and words[0][0].lower() in press.definite else words
        # ``cette même source``, ``esas mismas fuentes``: the source before, said again.
        same = list(itertools.takewhile(lambda w: w[0].lower() in press.same_source, heads))
        heads = heads[len(same) :]
        # The outlet's name in quotation marks is no part of the head (``собеседник «...»``).
        heads = list(itertools.takewhile(lambda w: w[0][:1].isalnum(), heads))
        if not heads or heads[0][0].lower() not in press.sources or len(heads) > 2:
            return None
        # (A subject before its quotation points back only when it says ``same``.)
        source = self.source_before(words[0][1], leading=bool(same))
        if source is None:
            return None
        start, end = words[0][1], words[-1][2]
        return Speaker(source, self.text[start:end], start, end, cue, anonymous=True)

    def source_before(self, at: int, *, cued: bool = False, leading: bool = False) -> str | None:
        """The unnamed source the sentence before ``at``'s brings in (see
        :func:`.sentence_subjects.sentence_before`): a source noun (``источник в аппарате
        Госдумы``) or an indefinite article and a description (``una persona cercana a la
        negociación``) opening it or after an ``according to`` phrase, up to a comma, a cue,
        a quotation or the sentence's end; ``None`` when there is none. ``cued``: a source
        opening the sentence only as the subject of a cue (``Un diplomate tempère``; in ``Une
        source se montre prudente, ...`` the phrase's end is not known). ``leading``: also
        when no quotation stands before ``at`` in its sentence."""
        press = self.press
        sentence = self.sentence_before(at, leading=leading)
        if sentence is None:
            return None
        words = self._head_words(*sentence)
        for i, (word, start, _) in enumerate(words):
            lower = word.lower()
            indefinite = lower in press.indefinite
            if not (indefinite or lower in press.sources):
                continue
            before = self.masked[sentence[0] : start].lower().rstrip(" \u00a0")
            if not (
                i <= (0 if indefinite else 1)
                # ``Dans les couloirs, un élu de la majorité``: after an opening phrase.
                or (
                    i <= _OPENING_PHRASE_WORDS
                    and words[i - 1][0] == ","
                    and "," not in (w[0] for w in words[: i - 1])
                )
                or any(before.endswith(phrase) for phrase in self.cues.according)
                or self.cue.fullmatch(words[i - 1][0])  # ``Как пояснил источник``
                # ``як розповіло Економічній правді джерело``: the cue, then whom it was told.
                or (
                    not indefinite
                    and any(self.cue.fullmatch(w[0]) for w in words[max(0, i - 3) : i])
                )
                or (not indefinite and self._described_source(words, i) is not None)
            ):
                continue
            described = None if indefinite else self._described_source(words, i)
            if described is not None:
                start = words[described][1]  # ``Водночас дипломатичне джерело``: adjective on
            stop = self._before_plural_verb(words, i, self._source_end(words, i + 1))
            if stop - 1 > i and words[stop - 1][0].lower() in press.relatives:
                # ``Un funcionario que pidió no ser identificado reconoció``: the cue ending
                # the phrase is its relative clause's; the source is described before it.
                stop -= 1
            if (indefinite and stop - i < 2) or stop - i > _SOURCE_WORDS:
                return None
            if cued and not (
                any(before.endswith(phrase) for phrase in self.cues.according)
                or (stop < len(words) and self.cue.fullmatch(words[stop][0]))
            ):
                return None
            end = words[stop - 1][2]
            phrase = " ".join(self.text[start:end].split())
            return phrase[:1].lower() + phrase[1:]
        return None

    def _source_end(self, words: list[tuple[str, int, int]], stop: int) -> int:
        """Where an unnamed source's phrase read from ``words[stop]`` on ends (see
        :meth:`source_before`): at a comma, a stop, a cue or a quotation."""
        while stop < len(words) and not (
            (
                words[stop][0] in ",.;:—–"
                # ``джерело, знайоме з ходом переговорів``: the description goes on.
                and not (
                    words[stop][0] == ","
                    and stop + 1 < len(words)
                    and words[stop + 1][0].lower() in self.press.qualifiers
                )
            )
            or self.cue.fullmatch(words[stop][0])
            or QUOTE_MASK in words[stop][0]
        ):
            stop += 1
        return stop

    def _before_plural_verb(self, words: list[tuple[str, int, int]], i: int, stop: int) -> int:
        """Where the phrase of the plural source noun ``words[i]`` ends before ``stop`` at its
        verb, in a language whose third person plural ends so (``[quotes]
        plural_verb_endings``): a lower-case word so ending, itself no article or preposition,
        after a word that is none either (``Fuentes de la federación comunicaron a esta
        redacción que``, ``fuentes de la empresa han explicado``: the sources are ``Fuentes de
        la federación``; not ``en`` in ``Fuentes de la misión en Kabul``)."""
        profile = self.cues.profile
        if profile is None:
            return stop
        code = profile.code
        plural = sorted_quote_words(code, "plural_endings")
        endings = sorted_quote_words(code, "plural_verb_endings")
        if not plural or not endings or not words[i][0].endswith(plural):
            return stop
        linking = (
            self.press.definite
            | self.press.indefinite
            | quote_words(code, "role_links")
            | quote_words(code, "verb_prepositions")
            | quote_words(code, "contracted_articles")
        )
        for j in range(i + 2, stop):
            word = words[j][0]
            if (
                word.isalpha()
                and word.islower()
                and word.endswith(endings)
                and word not in linking  # ``en``, ``con``: prepositions, so ending too
                and words[j - 1][0].lower() not in linking
            ):
                return j
        return stop

    def _described_source(self, words: list[tuple[str, int, int]], i: int) -> int | None:
        """Where the adjectives describing the source noun ``words[i]`` start, when one or
        two of them follow an opening of one or two words (``Водночас дипломатичне джерело``,
        ``Тим часом високопоставлене джерело``, ``При этом высокопоставленный источник``);
        ``None`` otherwise."""
        endings = self.press.source_adjectives
        first = i
        while (
            endings
            and first > 1
            and i - first < 2
            and words[first - 1][0].isalpha()
            and words[first - 1][0].islower()
            # longer than its ending: ``не джерело`` is a negation, not ``дипломатичне``
            and len(words[first - 1][0]) > 3
            and words[first - 1][0].endswith(endings)
        ):
            first -= 1
        lead = words[:first]
        if first == i or len(lead) > 2:
            return None
        return first if all(w[0].isalpha() and not self.cue.fullmatch(w[0]) for w in lead) else None

    def _linked(self, start: int, at: int) -> bool:
        """Whether the word before ``at`` (after ``start``) links a name to the noun before it
        (``del``, ``von``: ``[quotes] role_links``)."""
        words = self.masked[start:at].split()
        return bool(words) and words[-1].lower() in self._role_links()

    def _subject_first(
        self, subject: Referent | None, holder: Referent | None, start: int, heads: list[str]
    ) -> bool:
        """Whether the sentence's ``subject`` before a role phrase is its referent rather than
        the role's ``holder``: there is no holder, or the subject is named after them and the
        article states no other role for them (``Жительница Ольга Смирнова рассказала ...
        «...», — добавил губернатор`` is the governor named before)."""
        if subject is None:
            return False
        if holder is None:
            return True
        return holder.position < subject.position and not self._other_role(
            subject.name, start, heads
        )

    def _speaker_just_before(self, start: int, gender: str | None) -> Referent | None:
        """The last speaker when they spoke in ``start``'s paragraph or the one before it."""
        index = bisect.bisect_right(self._paragraph_starts, start) - 1
        if index < 0:
            return None
        low = self.paragraphs[max(index - 1, 0)][0]
        for position, name, spoken_gender in self._recent_speakers(start):
            if position < low or name not in self._people:
                return None
            if gender is not None and spoken_gender not in (gender, None):
                return None
            return self._last_named(name, start)
        return None

    def _role_holder(self, start: int, heads: list[str], gender: str | None) -> Referent | None:
        wanted = self._wanted_stems(heads)
        if not wanted or not self.paragraphs:
            return None
        for referent in self.people_back(start, _ROLE_PARAGRAPHS, gender):
            if self._holds(self.role_of(referent.name, start), wanted):
                return referent
        return None

    def _other_role(self, name: str, start: int, heads: list[str]) -> bool:
        """Whether the role the article states for ``name`` holds none of ``heads``."""
        wanted = self._wanted_stems(heads)
        role = self.role_of(name, start)
        return bool(wanted) and bool(role) and not self._holds(role, wanted)

    def _wanted_stems(self, heads: list[str]) -> set[str]:
        profile = self.cues.profile
        if profile is None:
            return set()
        stem = language(profile.code).stem
        return {stem(h.lower()) for h in heads if len(h) > 2}

    def _holds(self, role: str | None, wanted: set[str]) -> bool:
        """Whether ``role`` holds one of the stems ``wanted`` (``Bundesumweltminister`` holds
        ``Minister``)."""
        profile = self.cues.profile
        if profile is None or not role:
            return False
        stem = language(profile.code).stem
        words = {stem(w) for w in re.findall(r"[^\W\d_]+", role.lower())}
        return bool(words & wanted) or any(
            len(w) > 3 and r.endswith(w) for r in words for w in wanted
        )

    def _capitalises_nouns(self) -> bool:
        """Whether the language writes every noun with a capital (German): ``der
        CSU-Politiker`` is a role phrase, a capital no name."""
        return self.press.capitalised_nouns

    # -- pronouns the verb carries, subjects left out ------------------------------------------

    def clitic_pronoun(self, word: str, start: int, end: int, cue: str) -> Speaker | None:
        """``a-t-il``, ``dit-elle``: the pronoun joined to its verb."""
        match = self.press.clitic.search(word)
        if match is None or match.group(1).lower() not in self.cues.pronouns:
            return None
        at = start + match.start(1)
        return self.clitic_referent(match.group(1), at, end, cue)

    def clitic_referent(self, word: str, start: int, end: int, cue: str) -> Speaker | None:
        """The person or unnamed source a verb's joined pronoun ``word`` (``», a-t-il
        précisé``, ``», nuance-t-elle``) stands for: the subject of the sentence before the
        quotation's, in its paragraph, when it is of the pronoun's gender (``Une source
        policière évoque une piste. « ... », nuance-t-elle``), else as any pronoun is
        resolved. The writer names who speaks, then quotes them with a pronoun: the nearest
        person named before is often only the sentence's object."""
        gender = self.cues.pronouns.get(word.lower())
        subject = self.subject_before(start, gender) if gender else None
        if subject is not None and subject.position >= self.masked.rfind("\n", 0, start):
            # (On the pronoun's line: a picture's credit line ends with no full stop.)
            return Speaker(subject.name, word, start, end, cue,
                           role=self.role_of(subject.name, start))  # fmt: skip
        source = self.source_before(start, cued=True) if gender else None
        if source is not None and self._source_gender(source) == gender:
            return Speaker(source, word, start, end, cue, anonymous=True)
        opened = self._opening_subject_before(word, start, end, cue, gender) if gender else None
        return opened or self._pronoun(word, start, end, cue)

    def _opening_subject_before(
        self, word: str, start: int, end: int, cue: str, gender: str
    ) -> Speaker | None:
        """The person the sentence before the quotation's opens with when the entity
        annotator named no one there (:func:`.opening_subject`: ``Sarah, infirmière à Melun,
        doit ...``, ``Le maire de Villeurbanne s'est rendu ...``), of the pronoun's
        ``gender``: a definite description is the person holding its role, if the article
        states one, else it speaks as written."""
        if self.press.capitalised_nouns:
            # German: its own reading of a description (capitals on every noun).
            described = self._described_subject_before(start, gender)
            if described is None:
                return None
            article, _, rest = described.partition(" ")
            noun = next((w for w in rest.split() if w[:1].isupper()), "")
            if not self._described_head(noun):
                return None  # ``Der Bericht wurde ... veröffentlicht``: no person
            definite = article in self.press.definite
            return self._described_speaker(
                described, rest.split()[0] if definite and rest else None, start, gender,
                (word, start, end, cue),
            )  # fmt: skip
        sentence = self.sentence_before(start)
        if sentence is None:
            return None
        words = self._head_words(sentence[0], min(sentence[1], sentence[0] + _PHRASE_REACH))
        return self._opened_speaker(words, start, gender, (word, start, end, cue))

    def _opened_speaker(
        self,
        words: list[tuple[str, int, int]],
        at: int,
        gender: str | None,
        written: tuple[str, int, int, str | None] | None = None,
    ) -> Speaker | None:
        """The speaker :meth:`_opening_subject` finds opening ``words`` (a clause before
        ``at``), of ``gender`` when it is given (a first name's must be told); ``written``:
        the words, offsets and cue that point to them (a pronoun), else the subject itself."""
        found = self._opening_subject(words)
        if found is None:
            return None
        first, last = words[found.first][1], words[found.stop - 1][2]
        phrase = " ".join(self.text[first:last].split())
        word, start, end, cue = written or (phrase, first, last, None)
        if found.named:
            told = gz.first_name_gender(phrase)
            if gender is not None and told != gender:
                return None
            role = None
            if found.role is not None:
                role_start, role_end = words[found.role[0]][1], words[found.role[1] - 1][2]
                role = " ".join(self.text[role_start:role_end].split())
            return Speaker(phrase, word, start, end, cue, role=role)
        determiner = found.determiner
        if (determiner in self.press.feminine and gender == "male") or (
            determiner in self.press.masculine and gender == "female"
        ):
            return None
        head = None
        if determiner in self.press.definite or self.press.elided_article.match(determiner):
            head = self.press.elided.sub(
                "", words[found.first + (determiner in self.press.definite)][0]
            )
        return self._described_speaker(phrase, head, at, gender, (word, start, end, cue))

    def _described_speaker(
        self,
        phrase: str,
        head: str | None,
        at: int,
        gender: str | None,
        written: tuple[str, int, int, str | None],
    ) -> Speaker:
        """An unnamed person's description ``phrase`` before ``at``: with a definite article
        (its noun ``head``), the person the article states holds that role (``le maire``,
        ``der Angeklagte``) or a title the noun is another name for (``la legisladora`` for
        ``senadora``: :meth:`_synonym_holder`), else the description as written, its article in
        lower case."""
        word, start, end, cue = written
        if head is not None:
            holder = self._role_holder(at, [head], gender) or self._synonym_holder(
                [(head, at, at)], gender
            )
            if holder is not None:
                return Speaker(holder.name, word, start, end, cue,
                               role=self.role_of(holder.name, at))  # fmt: skip
        return Speaker(phrase[:1].lower() + phrase[1:], word, start, end, cue, anonymous=True)

    def embedding_subject(self, start: int, open_at: int) -> Speaker | None:
        """The person or body opening as its subject the sentence a short quotation without a
        cue is embedded in (``Du côté patronal, la FEB chiffre le coût à « ... »``, ``Le
        Medef, lui, a salué « ... »``, ``Son directeur, Paul Roy, appelle à « ... »``): past an
        opening phrase, a determiner (and a description whose person is named in apposition
        after its comma), a mention, then a verb in lower case before the quotation. Not when
        another quotation stands before it in the sentence."""
        words = self._head_words(start, min(open_at, start + _PHRASE_REACH))
        vocabulary = self._opening_words()
        if vocabulary is None or any(QUOTE_MASK in w[0] for w in words):
            return None
        if words and words[-1][0] == ":":
            return None  # ``... a salué son prédécesseur, X, avant de conclure :``: the colon's
        if self.press.cased_names:
            return None  # a name's case tells its role in the sentence (read elsewhere)
        at = clause_start(words, vocabulary)
        if at < len(words) and words[at][0].lower() in vocabulary.determiners:
            at += 1
        if at >= len(words):
            return None
        mention = next(iter(self.within(words[at][1], open_at)), None)
        apposed = mention is not None and mention.start > words[at][2]
        if mention is not None and apposed:
            # ``Son administrateur délégué, Pieter Timmermans,``: a description, its comma,
            # then the person it describes.
            lead = self._head_words(words[at][1], mention.start)
            if not (
                len(lead) <= _DESCRIPTION_LEAD_WORDS + 1
                and lead[-1][0] == ","
                and all(w[0].isalpha() for w in lead[:-1])
                and [w[0] for w in lead].count(",") == 1
                and mention.type == "person"
            ):
                return None
        if mention is None or mention.type not in ("person", "organisation"):
            return None
        rest = self._head_words(mention.end, min(open_at, mention.end + _PHRASE_REACH))
        # Past an apposition: ``, lui,``, ``(PS)``, ``, Paul Roy,``.
        if rest and rest[0][0] == "(":
            close = next((i for i, w in enumerate(rest) if w[0] == ")"), None)
            rest = rest[close + 1 :] if close is not None and close < 4 else rest
        if apposed and rest and rest[0][0] == ",":
            rest = rest[1:]  # the comma closing the name in apposition
        elif rest and rest[0][0] == ",":
            close = next((i for i, w in enumerate(rest[1:], 1) if w[0] == ","), None)
            if close is None or close > 3:
                return None
            rest = rest[close + 1 :]
        if len(rest) < 1 or not rest[0][0][:1].islower() or not rest[0][0].isalpha():
            return None  # the verb follows the subject
        comma = next((i for i, w in enumerate(rest) if w[0] in ",;"), None)
        if comma is not None and not self._reports_content(rest[:comma]):
            return None  # ``le PSG a battu Monaco, surnommé le « ... »``: another clause's
        if any(m.type == "person" for m in self.within(mention.end, open_at)):
            return None  # someone else is named before the quotation
        if mention.type == "person":
            return self._named(mention, None)
        return Speaker(mention.name, self.text[mention.start : mention.end], mention.start,
                       mention.end, None)  # fmt: skip

    def _reports_content(self, words: list[tuple[str, int, int]]) -> bool:
        """Whether ``words`` hold a word of ``[quotes] participle_complements`` (``pronosticó
        que ...``): what follows, past a comma too, is still what the subject said."""
        profile = self.cues.profile
        if profile is None:
            return False
        complements = language(profile.code).words("quotes", "participle_complements")
        elided = tuple(c for c in complements if c[-1:] in "'’")
        return any(
            w[0].lower() in complements or (elided and w[0].lower().startswith(elided))
            for w in words
        )

    def _opening_words(self) -> OpeningWords | None:
        """The words :func:`.opening_subject` reads, in the document's language (made once
        per document)."""
        profile = self.cues.profile
        if profile is None:
            return None
        if self._opening_vocabulary is None:
            self._opening_vocabulary = self._read_opening_words(profile.code)
        return self._opening_vocabulary

    def _read_opening_words(self, code: str) -> OpeningWords:
        """:meth:`_opening_words`, read."""
        lang = language(code)
        press = self.press
        return OpeningWords(
            determiners=press.definite
            | press.indefinite
            | frozenset(lang.words("quotes", "role_apposition_determiners")),
            articles=press.definite | press.indefinite,
            links=frozenset(self._role_links()),
            reflexives=self._reflexive_pronouns(),
            auxiliaries=frozenset(lang.words("quotes", "auxiliaries")),
            pronouns=frozenset(self.cues.pronouns) | press.impersonal,
            prepositions=frozenset(lang.words("quotes", "verb_prepositions")),
        )

    def _opening_subject(self, words: list[tuple[str, int, int]]) -> OpeningSubject | None:
        """:func:`.opening_subject` of ``words`` in the document's language; a first name is
        one no mention covers."""
        vocabulary = self._opening_words()
        if vocabulary is None or not words:
            return None

        def first_name(at: int) -> bool:
            written = words[at][0]
            return (
                written.isalpha()
                and written[:1].isupper()
                and gz.first_name_gender(written) is not None
                and not self.within(words[at][1], words[at][2])
            )

        def person(at: int) -> bool:
            # (a person's mention opening at the word: ``Le libraire Jean Dupont``)
            return any(
                m.type == "person" and m.start == words[at][1]
                for m in self.within(words[at][1], words[at][2])
            )

        names = {w[0] for i, w in enumerate(words) if first_name(i)}
        return opening_subject(words, vocabulary, self._described_head, names.__contains__, person)

    def impersonal_after(self, start: int, end: int) -> bool:
        """Whether the phrase after a cue at ``start`` opens with an impersonal pronoun joined
        to the verb (``», ajoute-t-on``): it names no one, whatever follows it."""
        clitic = self.press.clitic_after.match(self.masked, start, end)
        return clitic is not None and clitic.group(1).lower() in self.press.impersonal

    def impersonal_source(self, at: int, end: int, cue: str) -> Speaker | None:
        """Who an impersonal pronoun after its verb (``», ajoute-t-on``, read from ``at``)
        stands for: what a link after the verb names (``a-t-on appris auprès de la
        mairie``), else the people the sentence before places it among (``Dans l'entourage
        du ministre, on reconnaît ... « ... », ajoute-t-on de même source``); ``None`` when
        neither is written."""
        words = self._head_words(at, min(end, at + _PHRASE_REACH))
        cut = next((i for i, w in enumerate(words) if w[0] in ",.;:"), len(words))
        link = next(
            (i for i, w in enumerate(words[:cut]) if w[0].lower() in self.press.informant_links),
            None,
        )
        if link is not None:
            named = words[link + 1 : cut]
            if named and named[0][0].lower() == "de":
                named = named[1:]  # ``auprès de la mairie``; ``auprès d'Orange`` is read below
            if named and self.press.elided.match(named[0][0]) is not None:
                word, first, last = named[0]
                elision = self.press.elided.match(word)
                skip = elision.end() if elision is not None else 0
                named = [(word[skip:], first + skip, last), *named[1:]]
            if named:
                return self._informant(named, cue)
        sentence = self.sentence_before(at)
        if sentence is None:
            return None
        return self._impersonal_place(self._head_words(*sentence), cue)

    def _informant(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """The person or body named by ``words`` after ``auprès de``: a mention opening them,
        else a body's noun (the body named before) or the description as written."""
        first = next(iter(self.within(words[0][1], words[-1][2])), None)
        if first is not None and first.start == words[0][1] and first.type != "place":
            return (
                self._named(first, cue)
                if first.type == "person"
                else Speaker(first.name, first.name, first.start, first.end, cue)
            )
        return self._named_body(words, cue) or self._described_phrase(words, cue)

    def _impersonal_place(self, words: list[tuple[str, int, int]], cue: str) -> Speaker | None:
        """``Dans l'entourage du ministre, on ...`` opening the sentence ``words``: the
        people after the preposition, as written, speak for the impersonal pronoun."""
        press = self.press
        if not words or words[0][0].lower() not in press.impersonal_places:
            return None
        comma = next((i for i, w in enumerate(words) if w[0] in ",.;:"), None)
        if (
            comma is None
            or comma < 2
            or comma + 1 >= len(words)
            or words[comma][0] != ","
            or words[comma + 1][0].lower() not in press.impersonal
        ):
            return None
        start, stop = words[1][1], words[comma - 1][2]
        phrase = self.text[start:stop]
        return Speaker(phrase, phrase, start, stop, cue, anonymous=True)

    def apposed_subject(self, start: int, mention: Mention) -> bool:
        """Whether the person ``mention`` stands between commas after a noun phrase opening
        the clause at ``start``, the sentence's subject (``Le capitaine nantais, Hugo Lermite,
        a tenu ...``, ``Sa voisine, Odile Vasseur, a signé``, ``El arquero de River, Franco
        Ibarrola, fue ...``): an article, an elided article or a possessive (``[quotes]
        role_apposition_determiners``) then a few words, no other comma."""
        profile = self.cues.profile
        if profile is None:
            return False
        lead = self.masked[start : mention.start].rstrip(" \u00a0")
        role = mention.role or ""
        if role and lead.endswith(role) and lead[: -len(role)].rstrip(" \u00a0").endswith(","):
            # ``Sein Amtskollege aus Passau, Landrat Max Gruber (FW),``: the name's own title
            # after the comma.
            lead = lead[: -len(role)].rstrip(" \u00a0")
        closing = self.masked[mention.end : mention.end + 2].lstrip(" \u00a0")[:1]
        if not lead.endswith(",") or closing not in (",", "("):
            return False
        words = lead[:-1].split()
        if not 1 <= len(words) <= _APPOSED_LEAD_WORDS or any(
            QUOTE_MASK in w or w[-1:] in ",;:" for w in words
        ):
            return False
        press = self.press
        determiners = language(profile.code).words("quotes", "role_apposition_determiners")
        links = language(profile.code).words("quotes", "role_links")

        def determiner(word: str) -> bool:
            lower = word.lower()
            return (
                lower in press.definite
                or lower in press.indefinite
                or lower in determiners
                or (press.elided_article.match(word) is not None and len(word) > 2)
            )

        if any(
            determiner(word) and words[i - 1].lower() not in links
            for i, word in enumerate(words[1:], 1)
        ):
            # ``La presidenta saludó a su antecesor, X,``: a second noun phrase, not after
            # ``de``, follows a verb; X is its object.
            return False
        return determiner(words[0])

    def opens_party(self, word: str) -> bool:
        """Whether ``word`` may open the name or description of a person or body after
        ``pour`` or ``para`` (a capital, an article, a possessive, a pronoun: ``Pour le
        maire``, ``Para él``), not a verb (``Pour accueillir X``, ``Para recibir a X``)."""
        if word[:1].isupper():
            return True
        lower = word.lower()
        press = self.press
        profile = self.cues.profile
        determiners = (
            language(profile.code).words("quotes", "role_apposition_determiners")
            if profile is not None
            else frozenset()
        )
        return (
            lower in press.definite
            or lower in press.indefinite
            or lower in determiners
            or lower in self.cues.pronouns
            or lower in press.according_pronouns
            or press.elided_article.match(word) is not None
        )

    def according_pronoun(self, word: str, start: int, end: int, cue: str) -> Speaker | None:
        """A stressed pronoun alone after an ``according to`` word (``Selon lui, le centre
        « ... »``, ``Pour elle, « ... »``; ``[quotes] according_pronouns``): the person of its
        gender the sentence before opens with, else the nearest person of its gender."""
        gender = self.press.according_pronouns.get(word.lower())
        if gender is None or " ".join(cue.lower().split()) not in self._according_words():
            return None
        subject = self.subject_before(start, gender, leading=True)
        if subject is None or subject.position < self.masked.rfind("\n", 0, start):
            # A person known to be of the pronoun's gender, in this paragraph or the one
            # before, rather than a nearer one whose gender nothing tells.
            known = (p for p in self.people_back(start, 1, gender) if p.gender == gender)
            subject = next(known, None) or self._nearest(start, ("person",), gender=gender)
        if subject is None:
            return None
        return Speaker(subject.name, word, start, end, cue, role=self.role_of(subject.name, start))

    def _according_words(self) -> frozenset[str]:
        profile = self.cues.profile
        if profile is None:
            return frozenset()
        opening = language(profile.code).words("quotes", "opening_attribution_cues")
        return self.cues.according | {w.lower() for w in opening}

    def _source_gender(self, phrase: str) -> str | None:
        """The gender an unnamed source's article tells (``une source`` female, ``un
        diplomate`` male), ``None`` when it tells none."""
        first = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
        if first in self.press.feminine:
            return "female"
        if first in self.press.indefinite or first in self.press.masculine:
            return "male"
        return None

    def dropped_subject(self, at: int, limit: int, cue: str) -> Speaker | None:
        """A cue with no subject after a quotation (``«...», añadió.``) in a language that
        drops its subjects: the last speaker of the few paragraphs before."""
        if not self.press.null_subject:
            return None
        rest = self.masked[at : min(limit, at + 8)].lstrip(" \u00a0")
        # ``—Estamos listos —dijo—.``: the dash closing a dialogue's aside ends the cue too.
        dash = self.text[at : at + 3].lstrip(" \u00a0")[:1] in ("—", "–")
        # ``—Nunca cobré —dijo, mirando al suelo—.``: a dialogue's cue, then how it was said.
        dialogue = self.text[max(0, at - len(cue) - 1) : at - len(cue)] in ("—", "–")
        first = rest.split(maxsplit=1)[0].lower() if rest.strip() else ""
        profile = self.cues.profile
        # ``», dijo entre risas.``, ``», añadió con la voz quebrada.``: a preposition opening
        # how it was said (``[quotes] verb_prepositions``); a subject after it was read first.
        manner = profile is not None and first in quote_words(profile.code, "verb_prepositions")
        if (
            rest[:1] not in ("", ".", ";", "\n")
            and not dash
            and not (dialogue and rest[:1] == ",")
            and not rest.startswith(("a ", "al ", "en "))
            # ``», afirmó bajo condición de anonimato``: a phrase that says how, no subject.
            and not (first in self.press.stops and len(rest) > len(first))
            and not (manner and len(rest) > len(first))
        ):
            return None
        subject = self.subject_before(at, None) or self._run_on_subject(at)
        if subject is not None:
            # ``Echeverría Lanús evitó dar precisiones. "...", se limitó a decir.``
            return Speaker(subject.name, cue, at - len(cue), at, cue,
                           role=self.role_of(subject.name, at))  # fmt: skip
        source = self.source_before(at)
        if source is not None:
            # ``Según un diplomático destinado en La Paz, ... «...», afirmó.``
            return Speaker(source, cue, at - len(cue), at, cue, anonymous=True)
        introduced = self._introducing_person(at, cue, subject_only=True)
        if introduced is not None:
            # ``Ramírez se puso en pie.`` then a paragraph ``—Nunca cobré —dijo—.``: the
            # one person the sentence bringing the quotation in names.
            return Speaker(introduced.name, cue, at - len(cue), at, cue,
                           role=self.role_of(introduced.name, at))  # fmt: skip
        for _, name, _ in self._recent_speakers(at):
            return Speaker(name, cue, at - len(cue), at, cue, role=self.role_of(name, at)
                           if name in self._people else None)  # fmt: skip
        return None

    def opening_dropped_subject(self, at: int, cue: str, *, fronted: bool = False
                                ) -> Speaker | None:  # fmt: skip
        """A cue opening its sentence with no subject before its quotation (``Añadió que
        «...»``, ``Dijo: «...»``; ``fronted``: after a short phrase and its comma, ``Después,
        aseguró que``) in a language that drops its subjects: the person the sentence before
        opens with, else the last speaker of the few paragraphs before."""
        profile = self.cues.profile
        if profile is None or not self.press.null_subject:
            return None
        if not (fronted or cue[:1].isupper()):
            return None
        # Only before ``que`` or a colon (``[quotes] participle_complements``): ``Señaló el
        # ministro que`` has its subject after the cue.
        rest = self.masked[at + len(cue) : at + len(cue) + 12].lstrip(" \u00a0")
        complements = language(profile.code).words("quotes", "participle_complements")
        first = rest.split(maxsplit=1)[0] if rest.strip() else ""
        if not (rest.startswith(":") or first in complements):
            return None
        # ``Dicen que «...»``, ``Aseguraron que``: a plural subject left out, not one person
        # (``[quotes] plural_verb_endings``).
        if cue.lower().endswith(
            tuple(language(profile.code).words("quotes", "plural_verb_endings"))
        ):
            return None
        subject = self.subject_before(at, None, leading=True)
        if subject is not None:
            return Speaker(subject.name, cue, at, at + len(cue), cue,
                           role=self.role_of(subject.name, at))  # fmt: skip
        if self._opens_with_other_subject(at):
            return None
        for _, name, _ in self._recent_speakers(at):
            return Speaker(name, cue, at, at + len(cue), cue, role=self.role_of(name, at)
                           if name in self._people else None)  # fmt: skip
        return None

    def opens_noun_phrase(self, start: int, end: int) -> bool:
        """Whether ``masked[start:end]`` opens with an article, a possessive, a demonstrative
        or a subject pronoun (``El alcalde, visiblemente molesto,``, ``Su portavoz, en
        cambio,``): the subject of the verb after it and its aside, no phrase fronted before a
        subject left out (``Después, en declaraciones a la radio,``)."""
        words = self._head_words(start, end)
        vocabulary = self._opening_words()
        if not words or vocabulary is None:
            return False
        first = words[0][0]
        lower = first.lower()
        return (
            lower in vocabulary.determiners
            or lower in vocabulary.pronouns
            or lower in self.press.demonstratives
            or (self.press.elided_article.match(first) is not None and len(first) > 2)
        )

    def _opens_with_other_subject(self, at: int) -> bool:
        """Whether the sentence before ``at``'s opens with a subject other than a person (``El
        Ministerio de Hacienda publicó ...``, ``Los sindicatos convocaron ...``: an article,
        or a body or place named): the subject ``at``'s cue leaves out is that one, not the
        last speaker (who is, after ``Luego habló de sanidad.``, itself without subject)."""
        sentence = self.sentence_before(at, leading=True)
        if sentence is None:
            return False
        words = self._head_words(sentence[0], min(sentence[1], sentence[0] + 40))
        if not words:
            return False
        if words[0][0].lower() in self.press.definite | self.press.indefinite:
            return True
        return any(m.start == words[0][1] and m.type != "person" for m in self.within(*sentence))

    def _run_on_subject(self, at: int) -> Referent | None:
        """The person the sentence before a quotation of several paragraphs opens with, the
        cue at ``at`` following its last paragraph (see :mod:`.run_on_openings`)."""
        sentence = sentence_before_run_on(self.text, self.masked, at)
        return None if sentence is None else self.subject_of(*sentence, None)

    # -- an attribution inside one pair of marks -----------------------------------------------

    def inner(self, start: int, end: int) -> Speaker | None:
        """The speaker of an attribution set inside the quotation ``text[start:end]``
        (``«A, — сказал он. — B»``, ``«A —afirmó X—. B»``, ``« A, a déclaré X. B »``)."""
        if self.cues.profile is None:
            return None
        text = self.text
        for opening in _INNER_OPENING.finditer(text, start, end):
            at = opening.end()
            # Its first two words only (an auxiliary or a joined pronoun, then the cue): a long
            # quotation has an opening at each comma.
            words = [
                (m.group(0), m.start(), m.end())
                for m in itertools.islice(_WORD.finditer(text, at, min(end, at + _INNER_REACH)), 2)
            ]
            if not words:
                continue
            index = 0
            first = words[0][0]
            if first.lower() in self.cues.auxiliaries or self.press.clitic.search(first):
                index = 1  # ``a déclaré``, ``a-t-il lancé``
            # A cue of several words (``s'est agacée``) reads on past the word.
            cue = self.cue.match(text, words[index][1]) if index < len(words) else None
            if cue is None and index < len(words) and self.cues.after is not None:
                # ``« A, tranche X. B »``: a cue read only after a quotation's part; with its
                # auxiliary (``« A, a soufflé X. B »``: the participle is a cue only so).
                cue = self.cues.after.match(text, words[index][1]) or (
                    self.cues.after.match(text, words[0][1]) if index else None
                )
            if cue is None:
                continue
            cue_word, cue_end = cue.group(0), cue.end()
            closing = (
                _DASH_CLOSE if "—" in opening.group(0) or "–" in opening.group(0) else _INNER_CLOSE
            )
            close = closing.search(text, cue_end, min(end, at + _INNER_REACH))
            if close is None or close.start() >= end:
                if text[cue_end:end].strip(" \u00a0.,") and cue_end < end:
                    continue
                stop = end
            else:
                stop = close.start()
            if index == 1 and (clitic := self.clitic_pronoun(words[0][0], words[0][1],
                                                            words[0][2], cue_word)):  # fmt: skip
                return clitic
            found = self._inner_phrase(cue_end, stop, cue_word)
            if found is not None:
                return found
        return None

    @staticmethod
    def _head_words_of(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
        return _words(text, start, end)

    def _inner_phrase(self, start: int, end: int, cue: str) -> Speaker | None:
        words = self._head_words_of(self.text, start, end)
        if not words:
            return None
        first = words[0][0]
        if first.lower() in self.cues.pronouns:
            return self._pronoun(first, words[0][1], words[0][2], cue)
        clitic = self.press.clitic_after.match(self.text, start, end)
        if clitic is not None and clitic.group(1).lower() in self.cues.pronouns:
            return self.clitic_referent(clitic.group(1), clitic.start(1), clitic.end(1), cue)
        people = [m for m in self.within(start, end) if m.type == "person"]
        if people:
            person = people[-1]
            speaker = self._named(person, cue)
            role = self.text[start : person.start].strip(" \u00a0,")
            role_words = role.split()
            if role_words and role_words[0].lower() in self.press.definite:
                role_words = role_words[1:]
            if role_words and self.text[start : person.start].rstrip().endswith(","):
                speaker = attrs.evolve(speaker, role=speaker.role or " ".join(role_words))
            return speaker
        named = [w for w in words if w[0][:1].isupper() and w[0].isalpha()]
        if named and named[0] is words[0] and len(words) <= 3 and not self._role_noun(first):
            # ``—declaró Raphinha—``: one name the entity annotator left untyped.
            name_end = named[-1][2] if all(w[0][:1].isupper() for w in words) else words[0][2]
            name = self.text[words[0][1] : name_end]
            return Speaker(name, name, words[0][1], name_end, cue)
        return self._described_phrase(words, cue, inner=True)

    def opening_description(self, start: int, end: int) -> Speaker | None:
        """The unnamed person an indefinite description opening the sentence ``masked[start:
        end]`` makes its subject (``Eine Nachbarin der Seniorin zeigte sich erschüttert.``), as
        :meth:`_colon_source` reads one before a colon; ``None`` for any other sentence. Only
        in a language capitalising its nouns, where the description is read up to the verb it
        finds (elsewhere the verb is guessed, safe only where a colon closes the clause)."""
        if self.cues.profile is None or not self.press.capitalised_nouns:
            return None
        described = self._colon_source(start, end)
        return described if described is not None and described.anonymous else None

    def opens_with_description(self, start: int, end: int) -> bool:
        """Whether the sentence ``masked[start:end]`` opens with an unnamed person as its
        subject: an indefinite description (:meth:`opening_description`), or, in a language
        capitalising its nouns, an article, lower-case adjectives and a noun that may head a
        person's description (``Der gegnerische Trainer widersprach.``; not ``Das Spiel``)."""
        if self.opening_description(start, end) is not None:
            return True
        press = self.press
        if not press.capitalised_nouns:
            return False
        words = self._head_words(start, min(end, start + _PHRASE_REACH))
        if not words or words[0][0].lower() not in press.definite | press.indefinite:
            return False
        for word, _, _ in words[1:4]:
            if not word.isalpha():
                return False
            if word[:1].isupper():
                return self._described_head(word)
        return False

    def colon_person(self, start: int, colon: int) -> Speaker | None:
        """``La portavoz del Sindicato, Valeria Racu, fue tajante: «...»``: the person named in
        full last in the clause a colon closes before a quotation (no cue verb)."""
        if self.cues.profile is None:
            return None
        people = [m for m in self.within(start, colon) if m.type == "person"]
        # The clause's first person, and only as its subject: opening it or after role words
        # (``Уоррен так оценила деятельность президента Дональда Трампа:`` is not Trump's).
        if not people:
            return self._colon_office(start, colon) or self._colon_source(start, colon)
        person = people[0]
        if len(people) > 1 and self.text[person.end : people[1].start].strip() == ",":
            person = people[1]  # ``La portavoz del Sindicato de X, Valeria Racu,``: apposed
        if " " not in person.name:
            return None
        before = self._head_words(max(start, person.start - 80), person.start)
        opening = max((i + 1 for i, w in enumerate(before[:-1]) if w[0] in ",.;:—–"), default=0)
        before = before[opening:]
        if before and before[-1][0].lower() in self._role_links():
            return None  # ``El abogado de Marta Ríos reaccionó:``: whose lawyer, not who speaks
        if not self._role_words(before) and not self._inverted_subject(before):
            # ``Комментируя борьбу за титул, Карпин был краток:``: an opening phrase, then the
            # person as the clause's subject before its verb.
            after = self.masked[person.end : person.end + 3].lstrip(" \u00a0")
            if not (before and before[-1][0] == "," and after[:1].islower()):
                return None
            # Written in another case than its name (``После матча, Сергея Карпина похвалил
            # министр:``): the verb's object, not its subject.
            if self.text[person.start : person.end].split()[-1] != person.name.split()[-1]:
                return None
            return self._named(person, None)
        if before and before[-1][0] == ",":
            return self._with_role(person, before[:-1], None)
        return self._named(person, None)

    def _colon_office(self, start: int, colon: int) -> Speaker | None:
        """``Пресслужба ЛКП «Львівавтодор»: «...»``: a press office's noun opening the clause
        a colon closes, then its body, which speaks (read as a cue placed in the office is,
        :meth:`_located_body`)."""
        words = self._head_words(start, colon)
        if words and words[-1][0] == ":":
            words.pop()
        press = self.press
        if len(words) < 2 or words[0][0].lower() not in press.services or not press.locatives:
            return None
        at = words[0][1]
        return self._located_body([(min(press.locatives), at, at), *words], "")

    def _colon_source(self, start: int, colon: int) -> Speaker | None:
        """``Un retraité venu de Dijon hausse les épaules : « ... »``, ``Una vecina se encoge
        de hombros: «...»``: an unnamed person opening the sentence a colon closes before a
        quotation (an indefinite article, a description noun) is its subject, who speaks,
        whatever the verb. The description ends before the verb: before a reflexive pronoun
        (``[quotes] reflexive_pronouns``), before the word ahead of the verb's object (an
        article not after ``de``), else before the clause's last word (``Un élu soupire :``)."""
        press = self.press
        words = self._head_words(max(start, colon - _PHRASE_REACH), colon)
        if words and words[-1][0] == ":":
            words.pop()
        described = self._colon_description_source(words, start, colon)
        if described is not None:
            return described
        if press.capitalised_nouns:
            words = self._past_relative_clause(words)
        if len(words) < 3 or len(words) > _SOURCE_WORDS or words[0][1] != start:
            return None
        if words[0][0].lower() not in press.indefinite:
            return None
        if any(not (w[0][:1].isalnum() or w[0] in "-'’") for w in words):
            return None  # a comma, a quotation: the clause is no simple subject and verb
        if press.capitalised_nouns:
            profile = self.cues.profile
            lang = language(profile.code if profile else None)
            endings = tuple(sorted(lang.words("quotes", "description_adjective_endings")))
            links = lang.words("quotes", "description_links")
            verb_at = description_verb(words, self._compound_described_head, links, endings)
            if verb_at is None:
                return None
            return self._colon_description(words, verb_at)
        if not self._described_head(words[1][0]):
            return None
        links = self._role_links()
        reflexives = self._reflexive_pronouns()
        verb = len(words) - 1
        for i in range(2, len(words)):
            lower = words[i][0].lower()
            elided = any(r[-1:] in "'’" and lower.startswith(r) for r in reflexives)
            if lower in reflexives or elided:
                verb = i  # ``se encoge``, ``s'agace``
                break
            determiner = lower in press.definite or lower in press.indefinite
            if determiner and i >= 3 and words[i - 2][0].lower() not in links:
                verb = i - 1  # ``hausse les épaules``
                break
        if verb < 2:
            return None
        return self._colon_description(words, verb)

    def _past_relative_clause(
        self, words: list[tuple[str, int, int]]
    ) -> list[tuple[str, int, int]]:
        """``words`` without the relative clause commas set off right after an indefinite
        description (``Ein Analyst einer Privatbank, der nicht genannt werden möchte, hält``,
        ``[quotes] relatives``): the description and its verb, as the other languages read
        past one (:meth:`_colon_description_source`)."""
        if not words or words[0][0].lower() not in self.press.indefinite:
            return words
        for i in range(2, len(words) - 2):
            if words[i][0] == "," and words[i + 1][0].lower() in self.press.relatives:
                close = next((j for j in range(i + 2, len(words)) if words[j][0] == ","), None)
                if close is None or close + 1 >= len(words):
                    return words
                return words[:i] + words[close + 1 :]
            if not words[i][0][:1].isalnum():
                return words  # (another mark first: no description set off so)
        return words

    def _colon_description_source(
        self, words: list[tuple[str, int, int]], start: int, colon: int
    ) -> Speaker | None:
        """``Dans le public, une mère de famille a crié : « ... »``, ``Un chef de quartier,
        qui a requis l'anonymat, accuse :``: an unnamed person opening the clause a colon
        closes, past an opening phrase or with a relative clause after it (see
        :func:`.opening_subject`); a lone first name too (``Sarah, infirmière, résume :``). Not
        in a language capitalising its nouns (German has its own reading)."""
        if self.press.capitalised_nouns or not words or words[0][1] != start:
            return None
        quoted = next((i for i, w in enumerate(words) if QUOTE_MASK in w[0]), len(words))
        if quoted < 3:
            return None
        # (``Un cadre ... évoque un climat « pesant » :``: a quotation after the verb leaves
        # the subject as it is)
        return self._opened_speaker(words[:quoted], colon, None)

    def _before_outlet(self, words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """A German description's words before the outlet it spoke to (``ein Sprecher des
        Ministeriums der Deutschen Presse-Agentur``: a dative, ``[quotes] outlet_nouns``
        after an article and capitalised adjectives, once what the source is of is said:
        ``ein Sprecher der Zeitung`` speaks for it)."""
        profile = self.cues.profile
        # (definite or not: ``eines Ministeriums einer Nachrichtenagentur``)
        articles = self.press.definite | self.press.indefinite
        if profile is None or len(words) < 5 or words[2][0].lower() not in articles:
            return words
        outlets = language(profile.code).words("quotes", "outlet_nouns")
        for i in range(4, len(words) - 1):
            if words[i][0].lower() not in articles:
                continue
            j = i + 1
            while j < len(words) - 1 and words[j][0][:1].isupper():
                if words[j][0].rsplit("-", 1)[-1].lower() in outlets:
                    break
                j += 1
            if words[j][0].rsplit("-", 1)[-1].lower() in outlets:
                return words[:i]
        return words

    def _before_verb(self, words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
        """A German unnamed source's words up to its verb (``Ein Sprecher des Ministeriums hat
        am Montag gesagt``: the auxiliary and what follows it are not the source); all of them
        when the word after the noun is a preposition (``ein Sprecher der Polizei in
        Hannover``: where the source is, as written)."""
        profile = self.cues.profile
        if profile is None:
            return words
        lang = language(profile.code)
        endings = tuple(sorted(lang.words("quotes", "description_adjective_endings")))
        verb = description_verb(
            words, lambda word: word.isalpha(), lang.words("quotes", "description_links"), endings
        )
        if verb is None or words[verb][0].lower() in lang.words("quotes", "object_prepositions"):
            return words
        return words[:verb]

    def _colon_description(self, words: list[tuple[str, int, int]], verb: int) -> Speaker:
        """The unnamed person ``words[:verb]`` describe, as written, its article lower-cased."""
        first, last = words[0][1], words[verb - 1][2]
        phrase = " ".join(self.text[first:last].split())
        name = phrase[:1].lower() + phrase[1:]
        return Speaker(name, phrase, first, last, None, anonymous=True)

    def _reflexive_pronouns(self) -> frozenset[str]:
        profile = self.cues.profile
        if profile is None:
            return frozenset()
        return frozenset(language(profile.code).words("quotes", "reflexive_pronouns"))

    # -- names in the genitive ----------------------------------------------------------------

    def genitive_speaker(self, start: int, end: int, cue: str) -> Speaker | None:
        """After a genitive cue (``по словам``), the phrase ``text[start:end]``: a role in the
        genitive then a name (``капитана команды Даниила Фомина``: the name given back in the
        nominative), or a role alone (``міністра оборони``: the person holding it)."""
        words = self._head_words(start, min(end, start + _PHRASE_REACH))
        words = [w for w in words if w[0].isalpha() or "-" in w[0]]
        if not words:
            return None
        capitals = 0
        while capitals < len(words) and words[len(words) - 1 - capitals][0][:1].isupper():
            capitals += 1
        if capitals >= 2:
            for size in (2, 3):
                if size > capitals:
                    break
                span = words[len(words) - size :]
                written = " ".join(w[0] for w in span)
                nominative = nominative_name(written, self.cues)
                if nominative == written and size == 2:
                    nominative = self._undeclined_pair(span[0][0], span[1][0]) or written
                if nominative != written:
                    full = self._person_in_nominative(nominative, start)
                    # The mention as written (``written`` joins the words with one space).
                    mention = self.text[span[0][1] : span[-1][2]]
                    return Speaker(full, mention, span[0][1], span[-1][2], cue,
                                   role=self.role_of(full, start))  # fmt: skip
            return None
        if capitals or not words[0][0][:1].islower() or not self._role_noun(words[0][0]):
            return None
        heads = [words[0][0]]
        for pairs in self.cues.nominative.values():
            for genitive, nominative in pairs:
                lower = words[0][0].lower()
                if genitive and lower.endswith(genitive):
                    heads.append(lower[: len(lower) - len(genitive)] + nominative)
                    break
        referent = self._role_holder(start, heads, None)
        if referent is None:
            return None
        phrase = self.text[words[0][1] : words[-1][2]]
        return Speaker(referent.name, phrase, words[0][1], words[-1][2], cue,
                       role=self.role_of(referent.name, start))  # fmt: skip

    def _undeclined_word(self, word: str) -> str:
        """A body's name in the genitive given back in the nominative (``Минфина`` ->
        ``Минфин``): by the language's dictionary where it reads the word (``Росрыболовства``
        -> ``Росрыболовство``, no man's ending), else by the male endings; an acronym or a
        name no ending fits is kept."""
        if word.isupper():
            return word
        profile = self.cues.profile
        if profile is not None and (read := morphology.nominative_body(word, profile.code)):
            return read
        lower = word.lower()
        for genitive, nominative in self.cues.nominative.get("male", ()):
            if genitive and lower.endswith(genitive) and len(word) - len(genitive) >= 3:
                return word[: len(word) - len(genitive)] + nominative
        return word

    def _undeclined_pair(self, first: str, last: str) -> str | None:
        """A first name and a surname in the genitive that the first-name list does not know
        (``Геннадія Труханова``), given back by the endings of the gender the first name's
        ending tells (``[quotes] male_genitive_endings``: ``а``/``я`` in Russian)."""
        gender = "male" if first.lower().endswith(self.press.male_genitive) else "female"
        pairs = self.cues.nominative.get(gender, ())
        names = []
        for word in (first, last):
            lower = word.lower()
            for genitive, nominative in pairs:
                if genitive and lower.endswith(genitive) and len(word) - len(genitive) >= 2:
                    names.append(word[: len(word) - len(genitive)] + nominative)
                    break
            else:
                return None
        return " ".join(names)

    def _person_in_nominative(self, name: str, before: int) -> str:
        """``name`` as the document writes it in full elsewhere, else itself."""
        if name in self._people:
            return name
        last = name.split()[-1]
        # The persons named with this last word (an index made once: no scan per quotation).
        return next((p for p in self._full_names_by_last().get(last, ()) if p != name), name)

    def _full_names_by_last(self) -> dict[str, list[str]]:
        if self._press_last_words is None:
            index: dict[str, list[str]] = {}
            for person in sorted(self._people):
                index.setdefault(person.split()[-1], []).append(person)
            self._press_last_words = index
        return self._press_last_words


def _lower_adjective(word: str) -> bool:
    """Whether ``word`` is an adjective in lower case, an age's too (``der 22-jährige
    Stürmer``)."""
    number, hyphen, rest = word.partition("-")
    letters = rest if hyphen and number.isdigit() else word
    return letters.isalpha() and letters[:1].islower()


def _words(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The words and marks of ``text[start:end]`` with their offsets; a dot with a capital after
    it ends a sentence whose space went missing (``sagte die 44-Jährige.Sabine Korte
    widersprach``), not a dot inside a word (``ver.di``)."""
    found: list[tuple[str, int, int]] = []
    for match in _WORD.finditer(text, start, end):
        word = match.group(0)
        if any(a == "." and b.isupper() for a, b in itertools.pairwise(word)):
            found.extend(
                (m.group(0), m.start(), m.end())
                for m in _PLAIN_WORD.finditer(text, match.start(), match.end())
            )
        else:
            found.append((word, match.start(), match.end()))
    return found


def _back_over(text: str, end: int, characters: str) -> int:
    """Where the run of ``characters`` ending at ``end`` starts, as ``len(text[:end].rstrip(
    characters))`` finds it, reading back from ``end`` (no copy of the text before it)."""
    while end > 0 and text[end - 1] in characters:
        end -= 1
    return end


def _marks_joined(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """``words`` with each run of masked characters (a name in marks, masked one character a
    word) made one word."""
    joined: list[tuple[str, int, int]] = []
    for word in words:
        if word[0] == QUOTE_MASK and joined and joined[-1][0] == QUOTE_MASK:
            joined[-1] = (QUOTE_MASK, joined[-1][1], word[2])
        else:
            joined.append(word)
    return joined
