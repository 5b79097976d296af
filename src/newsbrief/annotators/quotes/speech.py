"""Speech or not: whether quotation marks set off someone's words or a name, a term, a title
or a slogan (``is_speech``), read from the words around the marks in the quotation's language.

The quote annotator (:mod:`.annotator`) asks this of every quotation before it looks for a
speaker; the rules' words live in each language's ``[quotes]`` data (``naming_*``,
``named_kinds``, ``function_words`` ...)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence

import attrs

from newsbrief.annotators.quotes.alternation import plain_alternation, word_alternation
from newsbrief.annotators.quotes.attribution.press_words import (
    document_words,
    names_in_cases,
    reports_speech,
)
from newsbrief.annotators.quotes.generic_naming import (
    named_by_group,
    named_by_group_calling,
    named_in_contact_clause,
)
from newsbrief.annotators.quotes.heading_terms import (
    HEADING_REACH,
    heading_bounds,
    heading_term,
    quoted_headline_opening,
)
from newsbrief.annotators.quotes.language_words import quote_words
from newsbrief.annotators.quotes.marks import AP_OPEN, NEXT_WORD, QuoteSpan
from newsbrief.annotators.quotes.naming_adjectives import named_so
from newsbrief.annotators.quotes.naming_clauses import (
    definite_term,
    named_by_clause,
    named_by_participle,
    named_object,
    person_calling,
)
from newsbrief.annotators.quotes.noun_modifiers import modifies_noun
from newsbrief.annotators.quotes.quoted_mentions import referred_to
from newsbrief.annotators.quotes.speakers import (
    Attributor,
    Speaker,
    after_dateline,
    in_aside,
    within_reach,
)
from newsbrief.annotators.quotes.work_titles import apposed_title, possessed_name
from newsbrief.annotators.quotes.written_signs import on_a_sign
from newsbrief.languages import every_language_words, language, normalize, on_reload
from newsbrief.nlp.tokens import word_spans

__all__ = [
    "colon_before",
    "first_words",
    "heading_line",
    "is_speech",
    "list_joins",
    "name_in_sentence",
    "quote_words",
    "reported_speech",
    "said_right_after",
]

_EN = language("en")


# Words after which quotation marks set off a name, a term or a title, not speech (``[quotes]
# naming_*`` of the language's data file): ``dubbed``, ``nicknamed``, ``named`` ... (and up to
# two words after them), ``so-called``, ``known as``, ``titled``, ``coined``, ``aka``, ``sang``,
# ``chanted``, ``reading`` ..., ``the word/term/phrase/slogan/hashtag/motto``, ``billed [up to
# three words] as``, perhaps with an article (``billed as the "..."``), and a self-description
# (``described itself as``, ``billed himself as``), then spaces, commas or colons up to the
# quotation; a naming word whole (``chants of``, not ``merchants of``). The pattern is written
# backwards and matched on the reversed text before the quotation (see :func:`_naming_before`).
_NAMING_REVERSED = re.compile(
    r"[\s,:]*(?:"
    rf"(?:[\w’']+\s+){{0,2}}{plain_alternation(_EN.words('quotes', 'naming_verbs'), reverse=True)}|"
    rf"{plain_alternation(_EN.words('quotes', 'naming_words'), reverse=True)}(?!\w)|"
    rf"{plain_alternation(_EN.words('quotes', 'naming_nouns'), reverse=True)} eht|"
    rf"(?:{plain_alternation(_EN.words('quotes', 'noun_articles'), reverse=True)} )?"
    r"sa (?:\w+ ){0,3}"
    rf"{plain_alternation(_EN.words('quotes', 'naming_as_verbs'), reverse=True)}|"
    rf"sa {plain_alternation(_EN.words('quotes', 'reflexives'), reverse=True)}"
    rf" {plain_alternation(_EN.words('quotes', 'self_naming_verbs'), reverse=True)})",
    re.IGNORECASE,
)
# ``"so-called efficiency savings"``: a naming phrase of several parts (``so-called``, ``known
# as``; not a verb such as ``entitled``, which a quotation may open with) opening a short
# quotation marks a term.
_NAMING_FIRST = re.compile(
    plain_alternation(
        w for w in _EN.words("quotes", "naming_words") if len(re.split(r"[-. ]+", w.strip("."))) > 1
    )
    + r"\b",
    re.IGNORECASE,
)
# ``the cockpit voice recorder, or "black box"``: another name for what was just named;
# ``a red warning means "danger to life"``, ``Pīata, meaning "bright"``: what a word or a sign
# means (an article may come between).
_ARTICLES = _EN.words("quotes", "noun_articles")
# Closing marks and spaces, stripped to read the punctuation inside a quotation's marks.
_CLOSING = "\"'’”»«„‚‹› \u00a0"
# Pronouns that open a clause of their own (``means "we are free"``): words said, no gloss.
# (Not ``our``: ``whenua means "our land"`` glosses a word.)
_SUBJECTS = frozenset(
    _EN.words("quotes", "other_pronouns") | _EN.words("quotes", "subject_pronouns")
)
# A verb that rates or classifies and up to four words (perhaps ``as``/``at``/``in`` and an
# article) right before the marks (``rated the danger at "considerable"``, ``classifies as a
# "maternity care desert"``, ``designated "quiet zones"``): the grade or the class given; so is
# the grade after another and a word linking grades (``[quotes] rating_links``: ``upgraded the
# bank to "buy" from "hold"``).
_RATED_BEFORE = re.compile(
    rf"(?<![\w’'\-]){plain_alternation(_EN.words('quotes', 'rating_verbs'))}"
    r"(?:[ \u00a0]+[\w’'\-]+){0,4}"
    r"(?:[ \u00a0]+[‘“\"'][\w’'\- ]{1,30}[’”\"'],?[ \u00a0]+"
    rf"{plain_alternation(_EN.words('quotes', 'rating_links'))})?"
    r"[ \u00a0]+[‘“\"']?$"
)
# A hashtag and an opening bracket right before the marks: what follows translates the tag.
_HASHTAG_GLOSS = re.compile(r"#\w+[ \u00a0]*\([ \u00a0]*$")
# A number right before the marks (``40 "..."``, ``two 1,100-liter "..."``), not a year (``sei
# es 2021 „drunter und drüber“ gegangen`` is words said) nor a time (``15:32 '...'``) nor an
# age set off by commas (``Kate Lee, 29, "absolutely loved" it``): the quotation names what is
# counted.
_COUNT_BEFORE = re.compile(
    r"(?<![\w.,:])(?!(?:1[89]|20)\d\d\b)\d(?:[\d,.]*\d)?(?:-[^\W\d_]+)?[ \u00a0]+"
    r"[‘“\"'«„‚‹›»]?$"
)
_GLOSS_BEFORE = re.compile(
    rf"(?:(?<!\w)|(?=\W)){plain_alternation(_EN.words('quotes', 'gloss_words'))}"
    rf"[ \u00a0]+(?:{plain_alternation(_ARTICLES)}[ \u00a0]+)?[‘“\"']?$"
)
# ``tell "60 Minutes"``, ``"30 Rock"``: a number and capitalised words, a title.
_NUMBER_FIRST = re.compile(r"\d+[ \u00a0]+[A-Z]")
#: A name a calling verb gives its object, opening with its own definite article, has at most
#: this many words (``calls the room "the sauna"``); a longer one is a verdict.
_DEFINITE_NAME_WORDS = 3
#: Quotations of at most this many words need an attribution cue in their sentence.
_CUELESS_WORDS = 3
#: A quotation set inside a sentence's noun phrase (``a "race to the bottom."``) of at most
#: this many words needs a cue or a speaker in its sentence.
_EMBEDDED_WORDS = 6
# ``Ian "Wrighty" Wright``, ``Dwayne "The Rock" Johnson``: a nickname between two names.
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.\-]*[ \u00a0]$")
_NAME_AFTER = re.compile(r"[ \u00a0][A-Z][\w’'\-]")
#: A word of a quotation (a letter first).
_QUOTED_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
#: The words of a quotation the title test reads (a longer title is judged by its first:
#: ``"Just the Funny Parts: And a Few Hard Truths About ..."``).
_TITLE_WORDS = 8
#: Words a title of a work leaves in lower case (``Game of Thrones``, ``Pride and Prejudice``).
#: Pronouns a title capitalises (``Call Me Maybe``): in lower case they make a sentence.
_SENTENCE_PRONOUNS = (
    _EN.words("quotes", "first_person")
    | _EN.words("quotes", "other_pronouns")
    | _EN.words("quotes", "sentence_pronouns")
) - {"i"}
_TITLE_SMALL_WORDS = every_language_words("quotes", "title_small_words")


def is_speech(
    text: str,
    masked: str,
    span: QuoteSpan,
    sentences: list[tuple[int, int, int]],
    starts: list[int],
    attributor: Attributor,
    speaker: Speaker | None,
    *,
    language: str | None = None,
) -> bool:
    """Whether a quotation is speech, not a scare quote, a title, a nickname or a slogan.

    Not speech: words that a naming word introduces (``so-called``, ``dubbed``, ``known as``),
    title-case words (``"Eras Tour"``, ``"Make America Great Again"``), and a short quotation
    (at most :data:`_CUELESS_WORDS` words) with neither a speaker nor an attribution cue in its
    sentence. A quotation that continues another, or a single word that a cue right after it
    attributes (``"No," she said``), is speech.
    """
    if span.continues or span.runs_on:
        return True
    if span.open > 0 and text.startswith(AP_OPEN, span.open - 1):
        # AP's ``‘‘`` opens at its second mark: what comes before is read before the first.
        span = attrs.evolve(span, open=span.open - 1)
    quoted = text[span.start : span.end]
    words = first_words(quoted)
    if not words:
        return False
    before = text[max(0, span.open - 40) : span.open]
    if _naming_before(before):
        return False
    if _HASHTAG_GLOSS.search(before):
        return False  # ``#JeSuisCharlie ("I am Charlie")``: the hashtag's translation
    if speaker is not None and (speaker.start, speaker.end) == (span.start, span.end):
        return False  # ``— рассказывает «Гром»``: the marks hold the speaker's call sign
    if (
        len(words) <= _CUELESS_WORDS
        # ``2 "I was scared," she said``: a comma inside the marks closes words said.
        and not text[span.start : span.close].rstrip(_CLOSING).endswith((".", "?", "!", ","))
        and _COUNT_BEFORE.search(before)
        and not said_right_after(text, span, speaker)
    ):
        return False  # ``used 40 "mule accounts"``, ``900 «Пунктів незламності»``: things counted
    if language not in (None, "en") and named_so(
        before, words[0], language, text[span.start : span.close]
    ):
        return False  # ``el llamado «cargo de ajuste»``, ``le mot « engagé »``: a name in use
    if language not in (None, "en") and _nickname_verb_before(
        language, text[max(0, span.open - 60) : span.open]
    ):
        return False  # ``un match déjà surnommé « le choc des tribunes »``: a name given
    gloss = _GLOSS_BEFORE.search(before) if language in (None, "en") else None
    if (
        language in (None, "en")
        and len(words) <= _CUELESS_WORDS
        and not quoted.rstrip().endswith((".", "?", "!"))
        and (gloss or _RATED_BEFORE.search(before))
        and not said_right_after(text, span, speaker)
        # ``the deal means "a new start"``: a judgement opening with its own article is said;
        # ``the ruling means "we are free"``: a clause with its own subject is said. After
        # ``, or`` an article opens the other name (``the recorder, or "the black box,"``).
        and (
            (gloss is not None and gloss.group().startswith(","))
            or words[0].lower() not in _ARTICLES | _SUBJECTS
        )
    ):
        # A short gloss after ``, or`` or ``means``, or a grade a rating verb gives: a term;
        # with a cue after it (``stay, or "go," the coach said``) words someone said.
        return False
    if (
        len(words) <= _EMBEDDED_WORDS
        and _NAMING_FIRST.match(quoted)
        and not quoted.rstrip().endswith((".", "?", "!", ","))
    ):
        return False  # ``the "so-called efficiency savings"``: the naming word quoted too
    if len(words) <= _EMBEDDED_WORDS and named_by_clause(
        text, span, words, language or "en", functools.partial(_person_before, text, attributor)
    ):
        return False  # ``a feature the company calls "Glance"``: the name it goes by
    if len(words) <= _EMBEDDED_WORDS and named_by_group(text, span, words, language or "en"):
        return False  # ``what ecologists call "near-zero"``: a group's name for a thing
    if len(words) <= _EMBEDDED_WORDS and named_by_group_calling(
        text, span, words, language or "en", functools.partial(_named_at, attributor)
    ):
        return False  # ``Reviewers keep calling it an "..."``: the name a group gives it
    if named_in_contact_clause(text, span, words, language or "en", attributor.cue):
        return False  # ``a measure residents call "..."``: the name of the noun before
    if definite_term(text, span, words, language or "en", attributor.cue):
        return False  # ``feared for the "quiet months"``: a term in use
    if named_by_participle(text, span, words, language or "en"):
        return False  # ``an essay called "..."``: a title
    if named_object(text, span, words, language or "en"):
        return False  # ``calls the technique "acoustic enrichment"``: its name
    if apposed_title(text, span, language or "en", attributor.cue) or (
        language in (None, "en")
        and possessed_name(text, span, words, attributor.cue, quote_words("en", "function_words"))
    ):
        # ``Her 2023 book, "Blue Below," was shortlisted``, ``Son deuxième roman, « Les Heures
        # blanches », avait reçu``, ``the council's "Living with Floods" guide``: a title.
        return False
    if referred_to(text, span, language or "en"):
        return False  # ``referring to the "revised schedule"``: wording mentioned
    if on_a_sign(text, span, language or "en"):
        return False  # ``a sign on the door that said "..."``: the sign's words
    if modifies_noun(text, span, words, language or "en", attributor.cue):
        return False  # ``its "downstreaming" policy``: a name or a term before its noun
    if (
        len(words) <= 3
        and not quoted.rstrip().endswith((".", "?", "!", ","))
        and _NAME_BEFORE.search(before)
        and _NAME_AFTER.match(text, span.close)
    ):
        return False  # a nickname inside a name
    if language not in (None, "en") and name_in_sentence(
        text,
        span,
        quoted,
        words,
        before,
        nouns=document_words(language).capitalised_nouns,
        cased=names_in_cases(language),
        code=language,
    ):
        return False  # ``тренер «Динамо» Марцел Личка``, ``sagte der „Bild“:``
    if (
        words[0][:1].isupper()
        and not quoted.rstrip().endswith((".", "?", "!"))
        and _author_of(before, language or "en")
    ):
        return False  # ``la autora de «Las noches del puerto»``: the title of a work
    # ``the newspaper "..."``, ``видання «...»``: a noun that introduces a name or a title.
    previous = _word_before(before)
    if (
        previous is not None
        and _name_noun(previous, language or "en")
        and not words[0][:1].islower()
        # ``said in the latest episode "We are taking a break."``, ``In her memoir "I was never
        # afraid," she writes``: a sentence closed by a stop or a comma is words from the work.
        and not (
            len(words) > 2 and quoted.rstrip().endswith((".", ",", "!")) and not _title_case(words)
        )
    ):
        # ``an internet website "run by associates of ..."``: lower-case words after the noun
        # are a description quoted, not the name of a work.
        return False
    if (
        (len(words) > 1 or _NUMBER_FIRST.match(quoted))
        and _title_case(words)
        and not quoted.rstrip().endswith(("?", "!"))
        # A longer one is a title only when all its words are (``"UN Emergency Relief
        # Coordinator ... Jan Egeland said the final death toll ..."`` is a sentence).
        and (len(words) <= _TITLE_WORDS or _title_case(_QUOTED_WORD.findall(quoted)))
        # ``"..." he said quietly. "That's on me."``: a speaker's whole sentence, alone.
        and not (speaker is not None and _alone(masked, span, sentences, starts, quoted))
    ):
        return False
    work = _text_noun_colon(language or "en")
    window = max(0, span.open - 80)
    text_noun = (
        work.search(masked, window, span.open)
        if work is not None
        and (
            masked.find(":", window, span.open) >= 0
            or masked.find("–", window, span.open) >= 0
            or masked.find("—", window, span.open) >= 0
        )
        else None
    )
    if (
        text_noun is not None
        and (":" in text_noun.group() or _CLOSING_DASH.match(text, span.close) is not None)
        and not said_right_after(text, span, speaker)
        # ``Sur les pancartes : « ... » « Nous irons jusqu'au bout », prévient sa
        # porte-parole``: a cue opening right after the comma makes the next one words said.
        and not (
            speaker is not None
            and speaker.cue is not None
            and attributor.cue.match(text[span.close : span.close + 40].lstrip(" ,\u00a0"))
            is not None
        )
        and not (
            text_noun.group("naming") is not None
            and _answer_after_naming_noun(text, text_noun, quoted, words, attributor.cue)
        )
    ):
        # ``lyrics like: "Yes, I milk myself ..." and "..."``, ``The chorus continues: "..."``,
        # ``singing the chorus – "..." – louder``: the words of a song or a sign, not speech.
        # After a dash only when a dash closes them too, and never with a cue right after them:
        # ``Asked about the headline – "It is nonsense," she said`` is her answer.
        return False
    if len(words) > _EMBEDDED_WORDS:
        # Every test below that can say no is of a quotation of fewer words.
        return True
    if _apposed_description(text, masked, span, quoted, words, attributor, language or "en"):
        # ``the "Reset", a 48-hour programme run by ...``, ``"sad or hopeless," a standard
        # measure``: a name or a term the description after its comma explains.
        return False
    if _before_named_kind(text, span, quoted, words, attributor, language or "en"):
        # ``its "hybrid flexibility" program``, ``the "SunGold" variety``: the name of a
        # scheme, a product or a campaign, before the noun saying what it names.
        return False
    first = max(bisect.bisect_right(starts, span.open) - 1, 0)
    context_start, context_end = sentences[first][0], sentences[first][1]
    last = max(bisect.bisect_right(starts, max(span.close - 1, span.open)) - 1, 0)
    context_end = max(context_end, sentences[last][1])
    context_start, context_end = within_reach(
        masked, context_start, context_end, span.open, span.close
    )
    carried = _CUE_LINE_AFTER.match(text, span.close)
    if carried is not None:
        # ``«Противник зазнав втрат»,⏎— сказав він.``: a comma and a dash after the marks carry
        # the quotation's sentence over the line break to the cue on the next line.
        cue_line = bisect.bisect_right(starts, carried.end() - 1) - 1
        context_end = max(context_end, sentences[cue_line][1])
    after = masked[span.close : min(context_end, span.close + 40)]
    cue_after = (
        speaker is not None and attributor.cue.match(after.lstrip(" ,\u00a0—–-")) is not None
    )
    comma = text[span.end : span.close].lstrip().startswith(",") or after.startswith(",")
    phrases = _noun_phrases(language or "en")
    if (
        len(words) == 1
        and cue_after
        and comma
        # ``dismissed the existence of an "Antennagate," saying``: a noun after its article,
        # not a word said.
        and not (
            phrases.article_before is not None
            and phrases.article_before.search(text[max(0, span.open - 6) : span.open].rstrip("‘“"))
        )
    ):
        return True
    if (
        len(words) <= _CUELESS_WORDS
        and phrases.subject_phrase is not None
        and phrases.subject_phrase.fullmatch(
            text, after_dateline(text, context_start, span.open), span.open
        )
        and re.match(r"[\s\u00a0]+[a-z]", text[span.close : span.close + 3])
        # ``Kemp's "we will rebuild" was``: words in the first person are someone's.
        and not quote_words(language or "en", "first_person").intersection(w.lower() for w in words)
    ):
        # ``A powerful "bomb cyclone" knocked out power ..., utilities said``: a term in the
        # sentence's opening noun phrase; a cue later attributes the sentence, not the term.
        return False
    if (
        len(words) == 1
        and phrases.article_before is not None
        and phrases.article_before.search(text[max(0, span.open - 6) : span.open].rstrip("‘“"))
        and re.match(r"\s+[^\W\d_]", text[span.close : span.close + 3])
    ):
        # ``a "wait-and-see" approach``, ``an "uncomfortable" Plasco-Flaxman``: a word set
        # off inside a noun phrase.
        return False
    if len(words) <= _CUELESS_WORDS and _heading_modifier(
        text, span, quoted, attributor, language, speaker
    ):
        # ``'Grinch' thief steals light displays, police say``: a heading opening with words
        # set off before their noun.
        return False
    if (
        language in (None, "en")
        and len(words) <= _CUELESS_WORDS
        and _heading_phrase(text, span, quoted, speaker, "en")
    ):
        # ``Read more: What the 'Santa Claus rally' tells you``: a heading's phrase, no one's
        # words.
        return False
    if language in (None, "en") and heading_term(
        text,
        masked,
        span,
        words,
        attributor.cue,
        None if speaker is None else speaker.end,
        quote_words("en", "function_words"),
    ):
        # ``Minister unveils $1.2b 'cost of living' package``: a term inside a heading that
        # reports no one.
        return False
    if (
        len(words) <= _CUELESS_WORDS
        and _before_its_noun(text, span, quoted, attributor, language)
        and not _cue_clause_before(masked, context_start, span.open, attributor, language or "en")
    ):
        # ``growth in "fake Insta" pages``, ``his mock "news anchor" voice``, ``of "likely"
        # Massachusetts voters``: words set off before the noun they qualify.
        return False
    # A speaker named in the quotation's own sentence, not one inherited from an earlier one.
    named_here = (
        speaker is not None
        and context_start <= speaker.start < context_end
        # ``Several states want to ban "..."``: a quantifier read as a speaker before a noun.
        and not _noun_cue(masked, speaker.end + 1, speaker.cue or "", language or "en")
    )
    memo: list[bool] = []

    def cued() -> bool:  # searched at most once: the cue pattern is long
        if not memo:
            cue = attributor.cue.search(masked, context_start, context_end)
            while cue is not None and (
                in_aside(masked, context_start, cue.start(), span.open)
                or _noun_cue(masked, cue.start(), cue.group(), language or "en")
                # ``Die Anklage wirft ihm „Betrug“ vor``: an accusation's quoted words may be
                # the charge's; they are said only by a speaker the sentence names.
                or (
                    not named_here
                    and cue.group().lower() in quote_words(language or "en", "named_subject_cues")
                )
            ):
                cue = attributor.cue.search(masked, cue.end(), context_end)
            memo.append(cue is not None)
        return memo[0]

    if speaker is not None and _own_sentence(masked, span, context_start, context_end, quoted):
        return True  # ``"We lost everything."`` after the speaker's first quotation
    if (
        1 < len(words) <= _CUELESS_WORDS
        # (``a "fishing expedition," she said``: a comma inside the marks closes words said.)
        and not text[span.start : span.close].rstrip(_CLOSING).endswith((".", "?", "!", ","))
        and phrases.article_before is not None
        and phrases.article_before.search(text[max(0, span.open - 6) : span.open].rstrip("‘“"))
        and re.match(r"\s+[^\W\d_]", text[span.close : span.close + 3])
        and not cued()
        and not (speaker is not None and _named_at(attributor, speaker.start, "person"))
        and not _predicate_before(text, span.open, language or "en")
        and not _reaction_before(text, span.open, language or "en")
    ):
        # ``The weather service has issued a "red alert" for the region``: a term set inside a
        # noun phrase, in a sentence with no cue whose subject is no person (``called it a
        # "pipe dream" that`` and ``described it as a "vanity project" for`` are verdicts; so
        # is ``Zelensky renewed his call for a "no fly zone" backed by the West``: a person's
        # own term).
        return False
    calling = _calling_patterns(language or "en")
    called = (
        calling.called.search(text, max(0, span.open - 24), span.open)
        if calling is not None and len(words) <= _EMBEDDED_WORDS
        else None
    )
    if called is not None and not person_calling(text, called.start(), language or "en"):
        # ``Some researchers warned about what they called the "race to ship."``: a name
        # given to something, not words said (``called the talks "..."`` is speech; so is
        # ``what she called the "..."``, the words of the person the sentence quotes).
        return False
    if _quoted_predicate(text, masked, span, quoted, words, context_end, language):
        return True  # ``A no-fly zone is "inherently escalatory."``: someone's verdict
    if (
        len(words) == 1
        and words[0][:1].isupper()
        and _LETTER_BEFORE.search(text, max(0, span.open - 3), span.open)
        and (
            not cued()
            or _name_runs_on(text, span, quoted, attributor, language or "en")
            or _name_before_noun(text, span, quoted, attributor, language or "en")
            or (language in (None, "en") and not _word_reported(text, span, quoted, attributor))
        )
    ):
        # ``performed her hit "Espresso"``, ``the 787 "Dreamliner"``: a title or a name after a
        # word or a model number, mid-sentence, no cue; with a cue, one its clause runs on past
        # (``назвал «Газпром» главным партнёром``, ``nannte „Siemens“ als Partner``) or one
        # before the noun of what it names (``said it dropped its "Yukiakari" label``): the
        # object of the cue, not words said; in English, one no cue reports right before it
        # (``told the board she had read "Holes" in ...``: a title the sentence names).
        return False
    if (
        speaker is not None
        # ``mit dem Bündnis „Aufstehen gegen Rassismus“``: a name after its noun, both
        # capitalised, is no part of the speech reported.
        and not (previous is not None and previous[:1].isupper() and words[0][:1].isupper())
        and reported_speech(masked, context_start, context_end, language)
    ):
        return True  # ``Der Abbau sei „schmerzhaft“``: words of the speech reported
    if (
        len(words) <= _CUELESS_WORDS
        and named_here
        and speaker is not None
        and speaker.cue is None
        and _heading_object(text, span, language or "en")
        and not cued()
    ):
        # ``Residents ask state for 'emergency wells'``: a heading's subject, read as its
        # speaker with no cue, says nothing set inside a phrase after a preposition.
        return False
    if (
        len(words) <= _CUELESS_WORDS
        and quoted[:1].isupper()
        and quoted.rstrip().endswith((".", "?", "!"))
        and colon_before(masked, context_start, span.open)
    ):
        # ``Then, after a moment: "Actually, print it."``: a whole sentence a colon introduces
        # (a sign's or a song's words were read above), speech with no cue.
        return True
    code = language or "en"
    if quoted_headline_opening(
        text,
        span,
        words,
        quote_words(code, "work_heading_nouns"),
        quote_words(code, "role_links"),
    ):
        # ``'Not a refuge': visitors turn on river camps``, ``„Nicht unser Anspruch“: Gladbach
        # bleibt im Keller``: someone's words, in any language.
        return True
    if quoted.rstrip().endswith("?") and not (
        # ``a revival of "Who's Afraid of Virginia Woolf?"``, ``the "Why Not Wales?"
        # campaign``: a title's question, in title case, is no one's with no cue.
        language in (None, "en") and len(words) > 1 and _title_case(words) and not cued()
    ):
        # ``the MP shouted "Which plan?"``: a question someone asks, however short; a scare
        # quote, a term or a name asks nothing.
        return True
    if len(words) == 1:
        # ``«Укренерго»``: a lone word nobody is said to say; ``Elle a jugé le plan
        # « insuffisant »``: the verdict a cue gives its object, whoever ``elle`` is.
        return named_here or (
            language not in (None, "en")
            and words[0][:1].islower()
            and _verdict_complement(masked, span, context_start, attributor, language)
        )
    lead = max(0, span.open - 60)
    if calling is not None and calling.stem_found(text, lead, span.open):
        called = calling.called_object.search(text, lead, span.open)
        if called is not None:
            # ``calling the allegations a "grotesque ... assassination"``: speech; ``calling
            # the summer the "season of fire."``: a name.
            return called.group(1).lower() not in calling.definite
        if (
            len(words) <= _DEFINITE_NAME_WORDS
            and words[0].lower() in calling.definite
            and not quoted.rstrip().endswith((".", "?", "!", ","))
            and calling.called_bare is not None
            and calling.called_bare.search(text, lead, span.open)
        ):
            # ``He calls the proofing room "the sauna"``: a short name with its own article
            # given to the object; ``called Milton "the storm of the century"`` is a verdict.
            return False
    if len(words) <= _CUELESS_WORDS:
        # A partial quotation (``NATO vowed to resist Russia's attempt to "intimidate"``)
        # has a speaker or a cue in its sentence; a scare quote has neither.
        return named_here or cued()
    # ``Some producers worry about a "race to the bottom."``: set inside a noun phrase, with
    # no speaker and no cue in its sentence.
    return not (
        len(words) <= _EMBEDDED_WORDS
        and not named_here
        and phrases.embedded_after is not None
        and phrases.embedded_after.search(text, max(0, span.open - 12), span.open)
        and not cued()
    )


def heading_line(text: str, span: QuoteSpan) -> bool:
    """Whether a quotation stands in a heading: a line of at most :data:`HEADING_REACH`
    characters each way with no sentence end (:func:`heading_bounds`)."""
    return heading_bounds(text, span) is not None


# Only spaces, or a label and a colon (``IPL auction:``), before a quotation on its line.
_LINE_OPENING = re.compile(r"[ \t\u00a0]*(?:[^\n:]{1,40}:[ \t\u00a0]*)?$")


@functools.cache
def _author_pattern(code: str) -> re.Pattern[str] | None:
    """The noun of a work's maker and the word linking it to the work (``[quotes]
    author_nouns``, ``author_links``) ending a text before a quotation, or ``None``."""
    nouns = quote_words(code, "author_nouns")
    links = quote_words(code, "author_links")
    if not nouns or not links:
        return None
    return re.compile(
        rf"(?<![\w’'\-]){plain_alternation(sorted(nouns), case='either')}[ \u00a0]+"
        rf"(?:{plain_alternation(sorted(links), case='either')})(?:(?<=['’])|[ \u00a0]+)$"
    )


on_reload(_author_pattern.cache_clear)


def _author_of(before: str, code: str) -> bool:
    """Whether ``before`` ends with the noun of a work's maker and its link (``the author of
    "``, ``l'autrice d'« ``, ``la autora de «``): what follows is the title of the work."""
    pattern = _author_pattern(code)
    return pattern is not None and pattern.search(before) is not None


#: A word of a cue's object (letters only: ``d'`` reads as ``d``).
_OBJECT_WORD = re.compile(r"[^\W\d_]+")


def _verdict_complement(
    masked: str, span: QuoteSpan, start: int, attributor: Attributor, code: str
) -> bool:
    """Whether the last cue of the sentence (from ``start``) before the quotation ``span`` is
    followed by its object, at most three words and no punctuation, then the quotation: the
    verdict the cue gives (``a jugé le plan « insuffisant »``, ``calificó la convocatoria de
    «precipitada»``). In a language with articles (``[quotes] naming_determiners``) the object
    opens with one and has its noun: right after an article the quotation is a term (``a
    dénoncé le « wokisme »``)."""
    cues = list(attributor.cue.finditer(masked, start, span.open))
    if not cues:
        return False
    between = masked[cues[-1].end() : span.open]
    if any(mark in between for mark in ".,;:!?§()"):
        return False
    found = _OBJECT_WORD.findall(between)
    if not 1 <= len(found) <= 3:
        return False
    determiners = quote_words(code, "naming_determiners")
    return not determiners or (len(found) >= 2 and found[0].lower() in determiners)


def titled_work(text: str, span: QuoteSpan, language: str | None) -> bool:
    """Whether the words before the quotation ``span`` set it as the title or the name of a
    work: two words or more opening with a capital or a digit, no stop, question or exclamation
    mark ending them, right after the noun of a work or a name (``[quotes] name_nouns``: ``Le
    roman « Les Saisons du port »``, ``el largometraje “Las tardes de Lima”``) or after the
    noun of its maker and its link (``l'autrice de « ... »``), not after a slogan's noun
    (``[quotes] slogan_nouns``: words said as well). The same words in marks
    elsewhere in the article name the same work (the annotator reads them so)."""
    quoted = text[span.start : span.end]
    words = first_words(quoted)
    if len(words) < 2 or not (quoted[:1].isupper() or quoted[:1].isdigit()):
        return False
    if quoted.rstrip().endswith((".", "?", "!", ",")):
        return False
    code = language or "en"
    before = text[max(0, span.open - 40) : span.open]
    if _author_of(before, code):
        return True
    previous = _word_before(before)
    # ``le slogan « Non à la guerre »``: words a person or a crowd says (``[quotes]
    # slogan_nouns``) may be said again, by a minister, not only name the slogan.
    return (
        previous is not None
        and _name_noun(previous, code)
        and previous.lower() not in quote_words(code, "slogan_nouns")
    )


def _name_noun(word: str, code: str) -> bool:
    """Whether ``word`` is a noun after which quotation marks set off a name or a title
    (``[quotes] name_nouns``), or a compound ending with one of ``name_noun_heads`` in a
    language that joins its nouns (``das Sparprogramm „...“``, ``die Wochenzeitung „...“``)."""
    lower = word.lower()
    return lower in quote_words(code, "name_nouns") or any(
        len(lower) > len(head) and lower.endswith(head)
        for head in quote_words(code, "name_noun_heads")
    )


def _heading_modifier(
    text: str,
    span: QuoteSpan,
    quoted: str,
    attributor: Attributor,
    language: str | None,
    speaker: Speaker | None = None,
) -> bool:
    """Whether a quotation opens a heading (:func:`heading_line`; at most a label and a colon
    before it) and qualifies the lower-case noun right after it: no stop ends it, and the word
    after is neither a function word of the language (``[quotes] function_words``: ``'Phenomenal'
    from Livingston`` is speech) nor a cue, and the noun is not the speaker a cue in the heading
    was read for (``'Devastated' owner says ...``: the owner's word)."""
    if quoted.rstrip()[-1:] in ".,;:!?":
        return False
    after = NEXT_WORD.match(text, span.close)
    if after is None or not after.group(1)[:1].islower():
        return False
    if speaker is not None and speaker.cue is not None and speaker.start == after.start(1):
        return False
    stop = quote_words(language or "en", "function_words")
    if not stop or after.group(1).lower() in stop:
        return False
    line = text.rfind("\n", max(0, span.open - HEADING_REACH), span.open) + 1
    if (line == 0 and span.open > HEADING_REACH) or not _LINE_OPENING.match(text, line, span.open):
        return False
    return attributor.cue.match(text, after.start(1)) is None and heading_line(text, span)


def _noun_cue(masked: str, at: int, cue: str, code: str) -> bool:
    """Whether the cue word ``cue`` at ``at`` is a noun, not a verb: with an ending a noun may
    have (``[quotes] noun_cue_endings``: ``-s``, ``-ing``), right after a determiner (``the
    claims``, ``a warning``; not after an unnamed speaker, ``[quotes] indefinite_speakers``:
    ``one says``, nor a relative pronoun, ``a report that warns``) or a quantifier or a modal
    (``[quotes] noun_cue_markers``: ``Several states want``, ``can states stop it``), unless
    that word, capitalised after a capitalised word, ends a name (``Theresa May warns``). A
    language whose data lists no endings has no such test."""
    endings = tuple(quote_words(code, "noun_cue_endings"))
    if not endings or not cue.lower().endswith(endings):
        return False
    previous = _TWO_WORDS_REVERSED.match(masked[max(0, at - 40) : at][::-1])
    if previous is None:
        return False
    word = previous.group(1)[::-1]
    if not word.islower() and (previous.group(2) or "")[-1:].isupper():
        return False  # ``Theresa May warns``, ``Brian Most says``: a name's last word
    word = word.lower()
    if word in quote_words(code, "noun_cue_markers"):
        return True
    return (
        word in quote_words(code, "determiners")
        and word not in quote_words(code, "indefinite_speakers")
        # ``a report that warns of "..."``: a relative pronoun before the verb.
        and word not in quote_words(code, "relative_pronouns")
    )


def _named_at(attributor: Attributor, at: int, kind: str | None = None) -> bool:
    """Whether an entity mention (a person, a body, a place; only one of type ``kind`` when
    given) covers the offset ``at``."""
    return any(
        m.start <= at < m.end and kind in (None, m.type)
        for m in attributor.within(max(0, at - 60), at + 1)
    )


#: The two words before an article ending right before an opening mark (``described it as a
#: "``, ``appealed for an "``); the first missing where the text has one only.
_WORDS_BEFORE_ARTICLE = re.compile(
    r"(?:\b([^\W\d_]+)[ \u00a0]+)?\b([^\W\d_]+)[ \u00a0]+[^\W\d_]+[ \u00a0]*[‘“\"']?$"
)


def _words_before_article(text: str, at: int) -> tuple[str, str] | None:
    """The two words, lower case, before the article that ends right before ``at`` (the first
    ``""`` where there is one only), or ``None``."""
    found = _WORDS_BEFORE_ARTICLE.search(text, max(0, at - 60), at)
    if found is None:
        return None
    return (found.group(1) or "").lower(), found.group(2).lower()


def _predicate_before(text: str, at: int, code: str) -> bool:
    """Whether a copula or ``as`` (``[quotes] predicate_words``) stands before the article that
    ends right before ``at``: the quotation opens a verdict (``was a "..."``, ``as a "..."``)."""
    words = _words_before_article(text, at)
    return words is not None and words[1] in quote_words(code, "predicate_words")


def _reaction_before(text: str, at: int, code: str) -> bool:
    """Whether a verb of reaction or plea (``[quotes] reaction_verbs``), perhaps with one of
    ``reaction_particles`` after it, stands before the article that ends right before ``at``:
    the quotation is the reacting body's words (``welcomed a "..."``, ``appealed for a "..."``)."""
    verbs = quote_words(code, "reaction_verbs")
    words = _words_before_article(text, at)
    if not verbs or words is None:
        return False
    first, second = words
    return second in verbs or (first in verbs and second in quote_words(code, "reaction_particles"))


def _person_before(text: str, attributor: Attributor, at: int) -> int | None:
    """Where a person's name ending right before the word at ``at`` starts (``which Dan Moss
    has called``), only spaces between, or ``None``."""
    for mention in attributor.within(max(0, at - 60), at):
        if mention.type == "person" and not text[mention.end : at].strip():
            return mention.start
    return None


def _heading_phrase(
    text: str, span: QuoteSpan, quoted: str, speaker: Speaker | None, code: str
) -> bool:
    """Whether a quotation stands inside a heading's phrase that gives it no speaker: a heading
    line (:func:`heading_line`), right after a word the quotation continues (``[quotes]
    embedded_after``: ``What the 'Santa Claus rally' tells you``, ``return of 'the ... dream'
    ruled out``; after a verb, ``Board blames 'mafia'``, it is the subject's word), nothing
    ending it inside its marks, and no speaker a cue on that line was read for (``Union warns
    of 'tight' supply`` is the union's word)."""
    if quoted.rstrip()[-1:] in ".,;:!?":
        return False
    previous = _previous_word(text, span)
    if (
        previous is None
        or previous.group(1)[::-1] not in quote_words(code, "embedded_after")
        or not heading_line(text, span)
    ):
        return False
    if speaker is None or speaker.cue is None:
        return True
    line = text.rfind("\n", 0, span.open) + 1
    end = text.find("\n", span.close)
    return not line <= speaker.start < (len(text) if end < 0 else end)


def _heading_object(text: str, span: QuoteSpan, code: str) -> bool:
    """Whether a quotation stands in a heading (:func:`heading_line`) right after a word the
    quotation continues (``[quotes] embedded_after``: ``a row over 'cancel culture'``, ``warn
    of 'cliff'``) or a possessive (``[quotes] possessive_endings``: ``hits back at rivals'
    'mind games'``): a noun phrase, the thing the heading is about."""
    if not heading_line(text, span):
        return False
    previous = _previous_word(text, span)
    if previous is None:
        return False
    word = previous.group(1)[::-1]
    return word in quote_words(code, "embedded_after") or word.lower().endswith(
        tuple(quote_words(code, "possessive_endings"))
    )


#: A letter or a digit of any script, then spaces, ending the text before a quotation mark:
#: the quotation stands mid-sentence.
_LETTER_BEFORE = re.compile(r"[^\W_][\s\u00a0]*$")

#: Spaces right after a quotation's close (a lower-case word after them: its sentence runs on).
_SPACES = re.compile(r"[ \u00a0]+")


def _name_runs_on(
    text: str, span: QuoteSpan, quoted: str, attributor: Attributor, code: str
) -> bool:
    """Whether a lone quoted word is a name its sentence runs on past: nothing ends it inside
    the marks, a lower-case word follows the close (``«Газпром» главным``, ``„Siemens“ als``)
    and the entity annotator read a name there; no common word of the language (``a répondu
    « Non » sans``, ``sagte „Nein“ und``: words said)."""
    if quoted.rstrip().endswith((".", ",", "!", "?", ";", ":")):
        return False
    gap = _SPACES.match(text, span.close)
    if gap is None or not text[gap.end() : gap.end() + 1].islower():
        return False
    if quoted.strip().lower() in language(code).stopwords:
        return False
    return any(m.end <= span.end for m in attributor.within(span.start, span.end))


def _word_reported(text: str, span: QuoteSpan, quoted: str, attributor: Attributor) -> bool:
    """Whether a lone quoted word mid-sentence is a word said: a cue right before its mark
    (``replied "Yes"``, ``shouted "Fire!"``) or one word before it, no determiner (``said
    simply "No"``, ``told reporters "Unbelievable"``; ``said the "Titanic"`` names a ship), or
    a shout or a question of its own (``"Out!"``); one opening its line stands mid-sentence in
    no sentence (``"Never," Ann Roe said``)."""
    if quoted.rstrip().endswith(("!", "?")):
        return True
    line = text.rfind("\n", max(0, span.open - 24), span.open)
    if line >= 0 and not text[line : span.open].strip():
        return True
    low = max(0, span.open - 40)
    previous = _TWO_WORDS_REVERSED.match(text[low : span.open][::-1])
    if previous is None:
        return False
    if attributor.cue.match(text, span.open - previous.end(1)) is not None:
        return True
    return (
        previous.group(2) is not None
        and previous.group(1)[::-1].lower() not in quote_words("en", "determiners")
        and attributor.cue.match(text, span.open - previous.end(2)) is not None
    )


def _name_before_noun(
    text: str, span: QuoteSpan, quoted: str, attributor: Attributor, code: str
) -> bool:
    """Whether a lone capitalised word in quotation marks stands before the lower-case noun of
    what it names (``its "Yukiakari" label``, ``the "Spaces" product team``): nothing ends it
    inside the marks, one space and a lower-case word follow that is neither a function word
    of the language (``[quotes] function_words``: ``"Never" again``) nor a cue, and no cue
    right before the marks (``replied "Yes" immediately``: the word said); a language that
    lists no function words has no such test."""
    if quoted.rstrip()[-1:] in ".,;:!?" or quoted.isupper():
        return False
    after = NEXT_WORD.match(text, span.close)
    if after is None or not after.group(1)[:1].islower():
        return False
    stop = quote_words(code, "function_words")
    if not stop or after.group(1).lower() in stop:
        return False
    if attributor.cue.match(text, after.start(1)) is not None:
        return False
    # ``replied "Yes" immediately``, ``said "No" firmly``: the word a cue right before it
    # reports, not a name.
    return not _cue_right_before(text, span, attributor)


#: The words of a quotation are first looked for in this many characters.
_WORDS_PREFIX = 80


#: What may follow a quotation that is speech: a comma, a dash or the sentence's end
#: (``«Нет», — сказал он``, ``„Das tut weh“, sagte er``).
_SPEECH_AFTER = re.compile(r"[ \u00a0]*(?:[,.!?…;—–-]|$)")
#: Marks inside a short quotation that make it words said, not a name.
_SENTENCE_MARKS = re.compile(r"[,.!?…:;]")


def name_in_sentence(
    text: str,
    span: QuoteSpan,
    quoted: str,
    words: list[str],
    before: str,
    *,
    nouns: bool = False,
    cased: bool = False,
    code: str | None = None,
) -> bool:
    """In another language than English: a short quotation opening with a capital and set
    inside its sentence (a word, not a comma, a dash or the sentence's end, after it; no colon
    before it) names a club, a company, an outlet or a work (``ФК «Динамо» в воскресенье``,
    ``Sportvorstand Max Eberl sagte der „Bild“:``), words that are no speech. Where every
    noun has a capital (``nouns``: German), only after a definite article or in title case
    (``einen „Raketenmann“`` is a word someone said). Where a name takes a case ending
    (``cased``: Russian, Ukrainian), one right after a lower-case word is a name even at a
    comma or the sentence's end (``в интервью «Вечерней газете».``, ``рассказал «Утреннему
    вестнику», что``): speech there would follow a colon; a dash after it still makes it
    speech (``«Нет», — сказал он``)."""
    if len(words) > 3 or not words[0][:1].isupper() or _SENTENCE_MARKS.search(quoted.strip()):
        return False
    if before.rstrip().endswith(":"):
        return False
    if code is not None and _answer(words, before, code):
        return False
    if nouns and not (
        (len(words) > 1 and all(w[:1].isupper() for w in words)) or _definite_before(before, code)
    ):
        return False
    if (
        cased
        and (before.rstrip(" \u00a0")[-1:].islower() or _gapped_verb(before))
        and _DASH_AFTER.match(text, span.close) is None
    ):
        # (``называла его «Пашкой», а друзья — «Орлом»``: the dash stands for the verb said
        # once, the name its object as the first one is)
        return True
    return _SPEECH_AFTER.match(text, span.close) is None


#: A comma after a quotation, then a line break and a dash opening the next line (its
#: attribution written on a line of its own).
_CUE_LINE_AFTER = re.compile(r"[ \u00a0]*,[ \t\u00a0]*\r?\n[ \t\u00a0]*[—–]")
#: A dash after a quotation, perhaps after a comma: the attribution of words said.
_DASH_AFTER = re.compile(r"[ \u00a0]*,?[ \u00a0]*[—–-]")
#: A clause of a few lower-case words after a comma, then a dash standing for its verb, not
#: said again, right before a quotation (``, а друзья — «``, ``, а себя — «``).
_GAPPED_VERB = re.compile(r",[ \u00a0]+((?:[^\W\d_][\w\-]*[ \u00a0]+){1,3})[—–][ \u00a0]*[«„“\"]?$")


def _gapped_verb(before: str) -> bool:
    """Whether ``before`` ends with a clause of lower-case words and a dash standing for its
    verb (:data:`_GAPPED_VERB`)."""
    match = _GAPPED_VERB.search(before)
    return match is not None and match.group(1).islower()


def _answer(words: list[str], before: str, code: str) -> bool:
    """Whether a one-word quotation is someone's answer, no name: after a speech verb (``a
    répondu « Non »``) or a stop word of the language (``un «No» rotundo``, ``«Ні»``)."""
    if len(words) != 1:
        return False  # (``рассказал «Вечернему вестнику»``: an outlet told, no answer)
    last = before.split()[-1:] if before.strip() else []
    if last and last[0].strip(",;").lower() in _speech_verbs(code):
        return True
    return words[0].lower() in language(code).stopwords


@functools.cache
def _speech_verbs(code: str) -> frozenset[str]:
    """The speech verbs of language ``code`` (``[quotes] speech_verbs``), in lower case."""
    return frozenset(w.lower() for w in language(code).words("quotes", "speech_verbs"))


def _definite_before(before: str, code: str | None) -> bool:
    """Whether ``before`` (the text before a quotation) ends with a definite article of the
    document's language ``code``."""
    last = before.split()[-1:] if before.strip() else []
    return bool(last) and last[0].lower() in document_words(code).definite


def first_words(quoted: str) -> list[str]:
    """The first words of a quotation (:data:`_QUOTED_WORD`), no more than a title's longest
    and one: no test of :func:`is_speech` counts further. A long quotation's words are looked
    for in its first characters, and in all of it only when those hold too few."""
    needed = _TITLE_WORDS + 1
    words = _QUOTED_WORD.findall(quoted, 0, _WORDS_PREFIX)
    # A word the prefix cut is complete when another word starts after it.
    if len(words) <= needed and len(quoted) > _WORDS_PREFIX:
        words = _QUOTED_WORD.findall(quoted)
    return words[:needed]


def _naming_before(before: str) -> bool:
    """Whether ``before`` ends with a naming phrase (:data:`_NAMING_REVERSED`) and spaces,
    commas or colons. Matched on the reversed text: a search for the phrase anchored at the
    end tried the long alternation at every position (and was a third of this test's time)."""
    return _NAMING_REVERSED.match(before[::-1]) is not None


@functools.cache
def _nickname_verbs(code: str) -> re.Pattern[str] | None:
    """A verb of giving a nickname (``[quotes] naming_verbs``: ``surnommé``, ``bautizó``,
    ``прозвали``) and up to two words (``como``, an article, an object), or up to four and a
    word of ``naming_as`` (``como``) and perhaps an article, ending a text before a quotation;
    ``None`` for a language that lists none."""
    verbs = quote_words(code, "naming_verbs")
    if not verbs:
        return None
    # ``bautizó la estrategia oficial como «...»``: a longer object, then the word that
    # introduces the name given (``[quotes] naming_as``) and perhaps an article.
    naming_as = quote_words(code, "naming_as")
    longer = (
        rf"|(?:[ \u00a0]+[\w’'\-]+){{1,4}}?[ \u00a0]+{plain_alternation(sorted(naming_as))}"
        r"(?:[ \u00a0]+[\w’'\-]+)?"
        if naming_as
        else ""
    )
    return re.compile(
        rf"(?<![\w’'\-])(?P<verb>{plain_alternation(sorted(verbs), case='either')})"
        rf"(?:(?:[ \u00a0]+[\w’'\-]+){{0,2}}{longer})[ \u00a0,:]*[‘“„«»\"'‹›]?[ \u00a0]*$"
    )


def _nickname_verb_before(code: str, before: str) -> bool:
    """Whether ``before`` ends with a nickname verb of language ``code`` (see
    :func:`_nickname_verbs`): a name given, not words said (English reads its own
    :data:`_NAMING_REVERSED`)."""
    pattern = _nickname_verbs(code)
    match = pattern.search(before) if pattern is not None else None
    return match is not None and not _said_of_oneself(
        code, before[: match.start()], match.group("verb")
    )


def _said_of_oneself(code: str, before: str, participle: str) -> bool:
    """Whether ``participle`` (a naming participle of language ``code``), after ``before``, is
    the participle of a reflexive verb of speech: one of ``[quotes] reflexive_participles``,
    perhaps with an ending of ``participle_endings``, right after one of
    ``reflexive_auxiliaries`` (``elle s'est dite « très inquiète »``, ``se sont dits « prêts »``
    say what they said of themselves; ``la loi dite « ... »`` names the law)."""
    lower = participle.lower()
    stems = {lower} | {
        lower[: -len(ending)]
        for ending in quote_words(code, "participle_endings")
        if lower.endswith(ending)
    }
    if not stems & quote_words(code, "reflexive_participles"):
        return False
    last = before.rstrip(" \u00a0").lower().replace("’", "'")
    return any(
        last.endswith(auxiliary) and not last[: len(last) - len(auxiliary)][-1:].isalnum()
        for auxiliary in quote_words(code, "reflexive_auxiliaries")
    )


# A word, then spaces, then quotation marks, read backwards from the end of a text.
_WORD_BEFORE_REVERSED = re.compile(r"[‘“„«»\"']*[\s\u00a0]*([^\W\d_]+)")


def _word_before(before: str) -> str | None:
    """The word ending ``before``, past the spaces and quotation marks after it (``видання
    «``), as ``re.search(r"([^\\W\\d_]+)[\\s\\u00a0]*[‘“„«»\"']*$", before)`` finds it; matched
    on the reversed text, so only the end is read."""
    reversed_text = before[::-1]
    match = _WORD_BEFORE_REVERSED.match(reversed_text)
    if match is None and reversed_text.startswith("\n"):
        # ``$`` also matches before a final newline.
        match = _WORD_BEFORE_REVERSED.match(reversed_text, 1)
    return match.group(1)[::-1] if match is not None else None


def _quoted_predicate(
    text: str,
    masked: str,
    span: QuoteSpan,
    quoted: str,
    words: list[str],
    context_end: int,
    language: str | None,
) -> bool:
    """Whether a quotation of a few words is a sentence's predicate after a copula, ending the
    sentence with its own stop (``is "inherently escalatory."``): a judgement quoted from
    someone, not a name or a description (``was "the Olympics of outfits."``, ``was "another
    black person."`` open with a determiner)."""
    if not (2 <= len(words) <= _CUELESS_WORDS and quoted[:1].islower()):
        return False
    if not quoted.rstrip().endswith((".", "!", "?")) or masked[span.close : context_end].strip():
        return False
    code = language or "en"
    if words[0].lower() in quote_words(code, "determiners"):
        return False
    before = re.search(r"([^\W\d_]+)[\s\u00a0]*$", text[max(0, span.open - 24) : span.open])
    return before is not None and before.group(1).lower() in quote_words(code, "copulas")


@attrs.frozen
class _Calling:
    """A language's patterns of verbs of calling (``[quotes] calling_verbs``,
    ``calling_articles``, ``definite_articles``)."""

    #: ``what critics called the "``: the quotation right after is a name.
    called: re.Pattern[str]
    #: ``calling the allegations a "``: a verb, its object, an article (group 1).
    called_object: re.Pattern[str]
    #: The articles after which a quotation is the name given to the object.
    definite: frozenset[str]
    #: ``calls the walk-in room "``: a habitual verb of naming (``[quotes]
    #: habitual_naming_verbs``) and its object, the marks right after (``None`` where the
    #: language lists no such verb).
    called_bare: re.Pattern[str] | None
    #: The verbs' shortest common opening, lower case: a cheap test before the search.
    stem: str

    def stem_found(self, text: str, start: int, end: int) -> bool:
        """Whether the verbs' opening occurs in ``text[start:end]`` (any case)."""
        return self.stem in text[start:end].lower()


@functools.cache
def _calling_patterns(code: str) -> _Calling | None:
    """A language's patterns of verbs of calling, or ``None`` where its data has none."""
    verbs = sorted(quote_words(code, "calling_verbs"), key=lambda w: (-len(w), w))
    articles = sorted(quote_words(code, "calling_articles"), key=lambda w: (-len(w), w))
    if not verbs or not articles:
        return None
    verb = "|".join(map(re.escape, verbs))
    article = "|".join(map(re.escape, articles))
    mark = "[ \u00a0]*[‘“\"']?$"
    habitual = quote_words(code, "habitual_naming_verbs")
    return _Calling(
        called=re.compile(rf"\b(?:{verb})[ \u00a0]+(?:{article}){mark}", re.IGNORECASE),
        called_object=re.compile(
            rf"\b(?:{verb})(?:[ \u00a0]+[\w’'\-]+){{1,5}}[ \u00a0]+({article}){mark}",
            re.IGNORECASE,
        ),
        definite=quote_words(code, "definite_articles"),
        # ``calls the cold store "the igloo"``: the name it goes by; ``called the ruling "the
        # right decision"`` is a verdict given once.
        called_bare=re.compile(
            rf"\b(?:{plain_alternation(habitual)})(?:[ \u00a0]+[\w’'\-]+){{1,5}}[ \u00a0]*"
            r"[‘“\"']?$",
            re.IGNORECASE,
        )
        if habitual
        else None,
        stem=_common_opening(verbs),
    )


def _common_opening(words: Sequence[str]) -> str:
    """The longest opening every one of ``words`` shares, lower case (may be empty)."""
    first = min(words).lower()
    last = max(words).lower()
    pairs = enumerate(zip(first, last, strict=False))
    size = next((i for i, (a, b) in pairs if a != b), len(first))
    return first[: min(size, len(last))]


def reported_speech(masked: str, start: int, end: int, code: str | None) -> bool:
    """Whether the sentence ``masked[start:end]`` holds, outside its quotations, a verb form
    that reports speech (``[quotes] reported_speech_verbs``: German ``sei``, ``habe``,
    ``werde``) in its main clause, outside a set phrase that reports none
    (``reported_speech_idioms``: ``es sei denn``, ``wie dem auch sei``) and read as that form
    (:func:`~newsbrief.annotators.quotes.attribution.press_words.reports_speech`: not ``Ich
    erwarte``): the few words quoted in it are the reported speaker's."""
    verbs = quote_words(code or "en", "reported_speech_verbs")
    if not verbs:
        return False
    # Its main clause, up to the first comma: after one, the form may be another's speech
    # (``Die Opposition wirft ihm vor, er habe „nichts geliefert“``).
    comma = masked.find(",", start, end)
    end = end if comma < 0 else comma
    idioms = _speech_idioms(code or "en")
    inside = (
        [(m.start(), m.end()) for m in idioms.finditer(masked, start, end)]
        if idioms is not None
        else []
    )
    spans = word_spans(masked[start:end])
    clause = [masked[start + low : start + high] for low, high in spans]
    return any(
        reports_speech(word, clause, code or "en")
        and not any(first <= start + low < last for first, last in inside)
        for word, (low, _) in zip(clause, spans, strict=True)
    )


@functools.cache
def _speech_idioms(code: str) -> re.Pattern[str] | None:
    """A language's set phrases of a reported-speech verb form that report no speech
    (``[quotes] reported_speech_idioms``), as one pattern; ``None`` when it has none."""
    idioms = quote_words(code, "reported_speech_idioms")
    if not idioms:
        return None
    alternation = word_alternation(idioms, separator=r"[ \t\u00a0]+", ignore_case=True)
    return re.compile(rf"\b{alternation}\b", re.IGNORECASE)


@attrs.frozen
class _NounPhrases:
    """A language's patterns of a quotation set inside a noun phrase (``[quotes]
    embedded_after``, ``phrase_determiners``, ``noun_articles``); ``None`` where the language
    lists none, so no language is read with another's words."""

    #: ``a "race to the bottom"``, ``about the "new normal"``: a lower-case word the quotation
    #: continues (an article, a preposition), not a colon or a comma that opens speech.
    embedded_after: re.Pattern[str] | None
    #: An opening noun phrase up to a quotation: a determiner and at most two lower-case words.
    subject_phrase: re.Pattern[str] | None
    #: An article ending the text before a one-word quotation (``a "wait-and-see" approach``).
    article_before: re.Pattern[str] | None


@functools.cache
def _noun_phrases(code: str) -> _NounPhrases:
    """The noun-phrase patterns of language ``code`` (see :class:`_NounPhrases`). An opening
    noun phrase may be a possessive's where the language writes one with an ending
    (``[entities] possessive_endings``: ``The city's "transport tsar" is``, ``Ontario's new
    "housing czar" is``; not a function word's contraction: ``It's "a scandal"``), and a
    heading may open with its section's label and a colon where its press labels sections so
    (``[quotes] conventions`` has ``labelled_headings``: ``Opinion: The city's ...``)."""
    after = quote_words(code, "embedded_after")
    determiners = quote_words(code, "phrase_determiners")
    articles = quote_words(code, "noun_articles")
    labelled = "labelled_headings" in quote_words(code, "conventions")
    label = r"(?:[A-Z][a-z]+:[ \u00a0]+)?" if labelled else ""
    endings = language(normalize(code)).words("entities", "possessive_endings")
    possessive = name_possessive = ""
    if endings:
        ending = plain_alternation(endings)
        possessive = f"{ending}?"
        function_words = plain_alternation(quote_words(code, "function_words"), case="title")
        name_possessive = (
            rf"|(?!{function_words}{ending}\b)"
            rf"[A-Z][\w\-]*{ending}(?:[ \u00a0]+[a-z][\w\-]*){{0,2}}"
        )
    return _NounPhrases(
        embedded_after=re.compile(rf"\b{plain_alternation(after)}[\s\u00a0]*$") if after else None,
        subject_phrase=re.compile(
            rf"[\s\u00a0]*{label}"
            rf"(?:{plain_alternation(determiners, case='title')}"
            rf"(?:[ \u00a0]+[a-z][\w\-]*{possessive}){{0,2}}"
            rf"{name_possessive})[ \u00a0]*[‘“\"']*"
        )
        if determiners
        else None,
        article_before=re.compile(rf"\b{plain_alternation(articles)}\s+$") if articles else None,
    )


#: A dash closing a phrase set off by dashes, after its closing quotation mark.
_CLOSING_DASH = re.compile(r"[,;]?[ \u00a0]*[–—]")
#: The word before a quotation's opening mark, read backwards (one space after it).
_PREVIOUS_WORD_REVERSED = re.compile(r"[ \u00a0]([\w’'\-]*[^\W\d_])(?![\w’'\-])")


def _previous_word(text: str, span: QuoteSpan) -> re.Match[str] | None:
    """The word before a quotation's opening mark, one space between, matched backwards
    (:data:`_PREVIOUS_WORD_REVERSED`): group 1 is the word reversed, and it starts at
    ``span.open - match.end()``."""
    return _PREVIOUS_WORD_REVERSED.match(text[max(0, span.open - 24) : span.open][::-1])


def _cue_right_before(text: str, span: QuoteSpan, attributor: Attributor) -> bool:
    """Whether the word right before a quotation's opening mark opens a cue (``replied "Yes"
    immediately``, ``warned of "..."``): the words the cue reports."""
    previous = _previous_word(text, span)
    return (
        previous is not None and attributor.cue.match(text, span.open - previous.end()) is not None
    )


# The one or two words before a quotation's mark (or a cue), written backwards (each closing a
# word, so group 1 is the word right before the mark, group 2 the one before that).
_TWO_WORDS_REVERSED = re.compile(
    r"[ \u00a0]([\w’'\-]*[^\W\d_])(?![\w’'\-])(?:[ \u00a0]+([\w’'\-]*[^\W\d_])(?![\w’'\-]))?"
)


def _cue_clause_before(masked: str, start: int, at: int, attributor: Attributor, code: str) -> bool:
    """Whether a cue in ``masked[start:at]`` (a sentence up to a quotation) reports the clause
    the quotation stands in: no preposition of the language (``[quotes]
    modifier_prepositions``) between the cue and the quotation (``said the company was seeing
    "elongated" sales cycles``; ``said in his mock "news anchor" voice`` sets off a phrase)."""
    cue = attributor.cue.search(masked, start, at)
    if cue is None:
        return False
    prepositions = quote_words(code, "modifier_prepositions")
    between = _QUOTED_WORD.findall(masked, cue.end(), at)
    return not any(word.lower() in prepositions for word in between)


def _before_its_noun(
    text: str, span: QuoteSpan, quoted: str, attributor: Attributor, language: str | None
) -> bool:
    """Whether a short quotation qualifies the noun right after it, set inside a noun phrase:
    no stop ends it, the word after is no function word of the language (``[quotes]
    function_words``; nor a cue), and the word
    before is a lower-case word other than a function word (``mock "news anchor" voice``) or a
    preposition (``modifier_prepositions``: ``in "fake Insta" pages``, ``of "likely"
    Massachusetts voters``), the word after then lower case unless the one before is such a
    word. ``to "intimidate" its neighbours`` (a function word after) is speech; a language
    that lists no function words has no such test."""
    if quoted.rstrip()[-1:] in ".,;:!?":
        return False
    after = NEXT_WORD.match(text, span.close)
    if after is None or attributor.cue.match(text, after.start(1)) is not None:
        return False
    before = _previous_word(text, span)
    if before is None:
        return False
    previous, following = before.group(1)[::-1], after.group(1)
    if not previous[:1].islower():
        return False
    code = language or "en"
    stop = quote_words(code, "function_words")
    inner = _QUOTED_WORD.findall(quoted)
    if not stop or following.lower() in stop or not inner:
        return False
    if inner[0].lower() in stop or inner[-1].lower() in stop:
        return False  # ``"an important step" toward``, ``"less than" everyone``: no modifier
    continued = previous in quote_words(code, "modifier_prepositions")
    if not (continued or (previous not in stop and following[:1].islower())):
        return False
    if _reported_clause(text, span.open, attributor, code):
        return False
    # ``warned of "life-threatening" flooding``: a cue right before (or before its preposition)
    # quotes the words.
    lead = text[max(0, span.open - 40) : span.open - len(previous) - 1].rsplit(None, 1)
    cue_at = [span.open - len(previous) - 1]
    if continued and lead:
        cue_at.append(span.open - len(previous) - 2 - len(lead[-1]))
    return all(attributor.cue.match(text, at) is None for at in cue_at)


#: Words of a quotation an apposed description may explain (a longer one is a phrase quoted).
_APPOSED_WORDS = 4
#: How far an apposed description is read for a cue (code points).
_APPOSITION_REACH = 80
# A comma (perhaps after the closing mark), spaces and an indefinite article's place.
_COMMA_THEN = re.compile(r"[’”'\"»]*[ \u00a0]*,?[ \u00a0]+([^\W\d_]+)[ \u00a0]+")
# Where an apposed description ends: a comma or a stop.
_APPOSITION_END = re.compile(r"[,.;:!?]")
#: How many asides set off by commas may stand between an apposed description and its cue
#: (``"Never again," a survivor, now 94, told ...``).
_APPOSED_ASIDES = 2


#: How far after a quotation the speaker its cue reads may open (``», a déclaré ``).
_SAID_REACH = 40


def said_right_after(text: str, span: QuoteSpan, speaker: Speaker | None) -> bool:
    """Whether the speaker of a quotation was read from a cue whose phrase opens right after it:
    only a comma and spaces between (``"go," the coach said``), or the cue itself, perhaps
    after one auxiliary, where the verb comes first (``", said the coach``, ``„...“, sagte
    Eva Klein``, ``», a déclaré Anne Roux``)."""
    if (
        speaker is None
        or speaker.cue is None
        or not span.close <= speaker.start <= span.close + _SAID_REACH
    ):
        return False
    between = text[span.close : speaker.start].strip(" ,\u00a0")
    return not between or (
        len(between.split()) <= 2 and between.lower().endswith(speaker.cue.lower())
    )


def _cue_apposed(masked: str, start: int, attributor: Attributor, code: str) -> bool:
    """Whether the phrase apposed at ``start`` (after a quotation's comma) is a speaker: a cue
    reporting in it (:func:`_reporting_cue`), or one opening the words after at most
    :data:`_APPOSED_ASIDES` asides set off by commas (``a survivor, now 94, told ...``; ``a
    measure, were twice as likely`` is none). Read up to :data:`_APPOSITION_REACH` code
    points."""
    reach = min(len(masked), start + _APPOSITION_REACH)
    for aside in range(_APPOSED_ASIDES + 1):
        stop = _APPOSITION_END.search(masked, start, reach)
        end = stop.start() if stop else reach
        if aside == 0:
            if _reporting_cue(masked, start, end, attributor, code):
                return True
        elif attributor.cue.match(masked, start) is not None:
            return True
        if stop is None or masked[stop.start()] != ",":
            return False
        start = stop.end()
        while start < reach and masked[start] in " \u00a0":
            start += 1
    return False


def _reporting_cue(masked: str, start: int, end: int, attributor: Attributor, code: str) -> bool:
    """Whether a cue in the apposed phrase ``masked[start:end]`` reports the quotation before
    it (``"Not yet," a spokesman for the council said``): not one after a relative word of a
    thing (``[quotes] apposed_relatives``: ``"wardens", a job title that she still says with a
    grin``, the clause's own verb; see :func:`_object_relative`), nor one naming (``[quotes]
    naming_as`` after it: ``a song she described as ...``; a naming participle before a
    capital: ``a programme run by a firm called Harrow``)."""
    naming_as = quote_words(code, "naming_as")
    participles = quote_words(code, "naming_participles")
    cue = attributor.cue.search(masked, start, end)
    while cue is not None:
        if _object_relative(masked, start, cue.start(), code):
            return False  # every cue further stands in the relative clause
        following = NEXT_WORD.match(masked, cue.end())
        naming = following is not None and (
            following.group(1).lower() in naming_as
            or (cue.group().lower() in participles and following.group(1)[:1].isupper())
        )
        if not naming:
            return True
        cue = attributor.cue.search(masked, cue.end(), end)
    return False


def _object_relative(masked: str, start: int, cue: int, code: str) -> bool:
    """Whether a relative word (``[quotes] apposed_relatives``) between ``start`` and the cue at
    ``cue`` opens a clause whose verb the cue is: the cue right after it, or a subject first (a
    pronoun, a determiner or a capitalised name: ``a job title that she still says``). One a
    verb follows is a person's subject relative (``a witness that saw the crash said``): the
    cue after its clause reports."""
    relatives = quote_words(code, "apposed_relatives")
    subjects = (
        quote_words(code, "subject_pronouns")
        | quote_words(code, "other_pronouns")
        | quote_words(code, "determiners")
    )
    for word in _QUOTED_WORD.finditer(masked, start, cue):
        if word.group().lower() not in relatives:
            continue
        following = NEXT_WORD.match(masked, word.end())
        if following is None or following.start(1) >= cue:
            return True
        first = following.group(1)
        if first[:1].isupper() or first.lower() in subjects:
            return True
    return False


def _apposed_description(
    text: str,
    masked: str,
    span: QuoteSpan,
    quoted: str,
    words: list[str],
    attributor: Attributor,
    code: str,
) -> bool:
    """Whether a short quotation is a name or a term an indefinite noun phrase after its comma
    describes (``"CareCompass," an AI-assisted triage tool``; ``[quotes]
    indefinite_articles``), with no cue reporting it (:func:`_cue_apposed`: ``"Not
    yet," a spokesman said`` and ``"Never again," a survivor, now 94, told ...`` are speech,
    their speakers apposed); not one opening with an article or a determiner (``[quotes]
    determiners``), a description someone gave."""
    end = quoted.rstrip()
    if len(words) > _APPOSED_WORDS or end.endswith((".", "!", "?")):
        return False
    comma = _COMMA_THEN.match(text, span.close)
    if comma is None or "," not in text[span.start : comma.start(1)][len(end) :]:
        return False
    articles = quote_words(code, "indefinite_articles")
    if comma.group(1) not in articles | quote_words(code, "apposed_possessives"):
        return False
    if words[0].lower() in articles | quote_words(code, "determiners"):
        return False  # ``define it as "a sad cumbia", a label ...``: a description quoted
    return not _cue_apposed(masked, comma.end(), attributor, code)


def _before_named_kind(
    text: str, span: QuoteSpan, quoted: str, words: list[str], attributor: Attributor, code: str
) -> bool:
    """Whether a short quotation names the thing the noun right after it says it is (``[quotes]
    named_kinds``: ``the "community reclamation" programme``): no stop ends it, one space and
    that noun follow its close, and it is a name, not a judgement set before a noun (two words
    or more, or a capital: ``a "ruinous" scheme`` stays someone's word), with no cue right
    before it (``warned of "..."``)."""
    if quoted.rstrip()[-1:] in ".,;:!?" or not (len(words) > 1 or words[0][:1].isupper()):
        return False
    after = NEXT_WORD.match(text, span.close)
    if after is None or after.group(1) not in quote_words(code, "named_kinds"):
        return False
    return not _cue_right_before(text, span, attributor)


@functools.cache
def list_joins(code: str) -> re.Pattern[str]:
    """What joins two quotations of a list, from one's close to the next one's open: a comma,
    a list conjunction of the language (``[quotes] list_conjunctions``) or both, and spaces."""
    joins = plain_alternation(quote_words(code, "list_conjunctions"))
    return re.compile(rf"[ \u00a0]*(?:,[ \u00a0]*(?:{joins}[ \u00a0]+)?|{joins}[ \u00a0]+)")


@functools.cache
def _text_noun_colon(code: str) -> re.Pattern[str] | None:
    """A noun of written or sung words (``[quotes] text_nouns`` and ``sign_nouns``), at most two
    words (or a noun of a name given and at most four: ``[quotes] colon_naming_nouns``) and a
    colon or a dash, then only quotations (masked) and list conjunctions (``and``/``or``) up to
    the end (``None`` where the language lists no such nouns)."""
    nouns = quote_words(code, "text_nouns") | quote_words(code, "sign_nouns")
    # ``had a nickname for the worst loads: "..."``: a noun of a name given, what it names
    # after it (``[quotes] colon_naming_nouns``).
    naming = quote_words(code, "colon_naming_nouns")
    if not nouns and not naming:
        return None
    # The language's own list conjunctions (``[quotes] list_conjunctions``), not English ones.
    joins = plain_alternation(quote_words(code, "list_conjunctions"))
    word = r"[ \u00a0]+[\w’'\-]+"
    branches = [rf"{plain_alternation(nouns, case='either')}(?:{word}){{0,2}}"] if nouns else []
    if naming:
        branches.append(rf"(?P<naming>{plain_alternation(naming, case='either')})(?:{word}){{0,4}}")
    noun = f"(?:{'|'.join(branches)})"
    return re.compile(
        rf"(?<![\w’'\-]){noun}[ \u00a0]*[:–—][ \u00a0§]*(?:(?:{joins}|,)[ \u00a0§]*)*$"
    )


def _answer_after_naming_noun(
    text: str, found: re.Match[str], quoted: str, words: list[str], cue: re.Pattern[str]
) -> bool:
    """Whether the quotation after a noun of a name given and a colon (``found``, from
    :func:`_text_noun_colon`) is someone's answer, not the name: a cue between the noun and the
    colon (``Asked about the nickname he replied: "..."``) or a sentence: a capital first, no
    title, and a stop last or three words or more (``spoke about her nickname: "It follows me
    everywhere."``; a name is ``"the ghost shuttle"``, ``"Old Smokey."``)."""
    if cue.search(text, found.start("naming"), found.end()) is not None:
        return True
    sentence = quoted.rstrip().endswith((".", "?", "!")) or len(words) > 2
    return quoted[:1].isupper() and sentence and not _title_case(words)


#: How far back a reported clause's cue is looked for (code points).
_CLAUSE_BACK = 160
# Where a sentence ends, read backwards (``. `` or a line break).
_SENTENCE_END_REVERSED = re.compile(r"\n| [.!?]")


def _reported_clause(text: str, at: int, attributor: Attributor, code: str) -> bool:
    """Whether ``at`` is inside a clause a cue reports in its sentence (``The Democrat asserted
    that the claims were pedaled by "..."``): a cue followed by a complementizer
    (``[quotes] complementizers``) before ``at``."""
    words = quote_words(code, "complementizers")
    if not words:
        return False
    low = max(0, at - _CLAUSE_BACK)
    back = _SENTENCE_END_REVERSED.search(text[low:at][::-1])
    if back is not None:
        low = at - back.start()
    for cue in attributor.cue.finditer(text, low, at):
        after = NEXT_WORD.match(text, cue.end())
        if after is not None and after.group(1).lower() in words:
            return True
    return False


def _alone(
    masked: str,
    span: QuoteSpan,
    sentences: list[tuple[int, int, int]],
    starts: list[int],
    quoted: str,
) -> bool:
    """:func:`_own_sentence` in the sentences the quotation opens and closes in (a sentence
    with more than :data:`_ALONE_SLACK` characters outside the quotation holds more: not read,
    so a long sentence of many quotations is never scanned once per quotation)."""
    first = max(bisect.bisect_right(starts, span.open) - 1, 0)
    last = max(bisect.bisect_right(starts, max(span.close - 1, span.open)) - 1, 0)
    start, end = sentences[first][0], max(sentences[first][1], sentences[last][1])
    if (span.open - start) + (end - span.close) > _ALONE_SLACK:
        return False
    return _own_sentence(masked, span, start, end, quoted)


#: Characters (marks, spaces, a dash) a sentence holding only a quotation has outside it.
_ALONE_SLACK = 12


def _own_sentence(masked: str, span: QuoteSpan, start: int, end: int, quoted: str) -> bool:
    """Whether a quotation is a whole sentence on its own: it opens with a capital, ends with
    its own stop, and its sentence holds nothing else."""
    if not (quoted[:1].isupper() and quoted.rstrip().endswith((".", "?", "!"))):
        return False
    outside = masked[start : span.open] + masked[span.close : end]
    return not any(c.isalnum() for c in outside)


def _title_case(words: list[str]) -> bool:
    """Every word capitalised but the small ones (``Game of Thrones``); ``Not at all`` and ``This
    is a sad day`` are sentences."""
    if all(word.isupper() for word in words):
        return False  # shouted in capitals (``"NO ANOTHER ONE," she wrote``)
    capitalised = False
    for word in words:
        if word[:1].isupper():
            capitalised = True
        elif word in _SENTENCE_PRONOUNS:
            return False  # ``Ring me Friday``: a title would capitalise its pronouns
        elif not (len(word) <= 2 or word.lower() in _TITLE_SMALL_WORDS):
            return False  # a word of a sentence, written in lower case
    return capitalised


def colon_before(masked: str, start: int, at: int) -> bool:
    """Whether a colon ends ``masked[start:at]`` (spaces after it allowed)."""
    at -= 1
    while at >= start and masked[at].isspace():
        at -= 1
    return at >= start and masked[at] == ":"


# English's patterns and word lists are made at import, as the annotator's other English
# patterns are (another language's on its first document): a process's first English quotation
# then compiles and reads nothing.
for _made in (_calling_patterns, _noun_phrases, _text_noun_colon):
    _made("en")
for _key in (
    "complementizers",
    "copulas",
    "determiners",
    "function_words",
    "modifier_prepositions",
    "name_nouns",
    "named_kinds",
):
    quote_words("en", _key)
del _made, _key


# (A language data file reloaded is read again.)
for _cached in (
    _speech_verbs,
    _nickname_verbs,
    _calling_patterns,
    quote_words,
    _speech_idioms,
    _noun_phrases,
    _text_noun_colon,
    list_joins,
):
    on_reload(_cached.cache_clear)
