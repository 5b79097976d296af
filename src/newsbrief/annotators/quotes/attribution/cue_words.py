"""The attribution words of each language: speech verbs, ``according to`` phrases, cues read
only after a quotation, auxiliaries and pronouns (:func:`cues_for`).
"""

from __future__ import annotations

import functools
import re

import attrs

from newsbrief.annotators.entities import gazetteer as gz
from newsbrief.annotators.quotes.alternation import plain_alternation, word_alternation
from newsbrief.annotators.quotes.attribution.english_words import (
    ACCORDING,
    CUE_WORDS,
    EN,
    PHRASE_CUE_MOVEMENT,
)
from newsbrief.languages import Language, normalize, on_reload
from newsbrief.languages import language as language_of

__all__ = ["CUE", "CUE_REFUSALS", "Cues", "cues_for"]

# (``calling the allegations a "..."`` attributes; ``calling for the release``, ``calling on
# Iran`` ask for something and attribute nothing: ``[quotes] request_verbs`` and
# ``request_particles``. One fixed-width look-behind per verb.)
_REQUEST = (
    "|".join(f"(?<={re.escape(verb)})" for verb in sorted(EN.words("quotes", "request_verbs")))
    or "(?!)"
)
# (``players to concede a point "with grace"``, ``must explain the "hidden fees"``: a bare
# present after ``to`` or a modal reports nothing. One fixed-width look-behind per pair.)
_BARE_REFUSED = "".join(
    rf"(?<!\b{re.escape(before)}[ \u00a0]{re.escape(verb)})"
    for verb in sorted(EN.words("quotes", "plural_present_cues"))
    for before in sorted(EN.words("quotes", "bare_cue_refusers"))
)
#: What makes a cue word none: a request (``calling for``) or a phrase cue that moves (``shot
#: back to``) after it, an infinitive's marker or a modal before a bare present (``to
#: concede``). Rules of their own, kept apart from the words' trie.
CUE_REFUSALS = (
    rf"(?!(?:{_REQUEST})[ \u00a0]+"
    rf"{plain_alternation(EN.words('quotes', 'request_particles'))}\b)"
    + PHRASE_CUE_MOVEMENT
    + _BARE_REFUSED
)
CUE = re.compile(rf"\b{word_alternation(CUE_WORDS)}\b{CUE_REFUSALS}")


_PRONOUNS = {str(k): str(v) for k, v in EN.table("quotes", "pronouns").items()}


@attrs.frozen
class Cues:
    """The attribution words of one language."""

    #: Any attributing verb or phrase.
    cue: re.Pattern[str]
    #: Cues that may only follow a quotation (German ``so``).
    after: re.Pattern[str] | None
    #: Lower-case phrases read like ``according to`` (the speaker follows).
    according: frozenset[str]
    #: Pronoun -> gender of its referent.
    pronouns: dict[str, str]
    #: Auxiliaries that may stand between a quotation and its verb (``a``, ``hat``).
    auxiliaries: frozenset[str]
    #: The language's name knowledge (``None`` for English).
    profile: gz.Profile | None = None
    #: ``according``-cues that put the name in the genitive (``за словами``).
    genitive: frozenset[str] = frozenset()
    #: Gender -> ``(genitive ending, nominative ending)`` pairs, tried in order.
    nominative: dict[str, tuple[tuple[str, str], ...]] = attrs.Factory(dict)
    #: Endings of the language's adverbs (``ly``), skipped before a verb (``angrily said``).
    adverb_endings: tuple[str, ...] = ()
    #: Object pronouns that may stand before a cue after a quotation (``», nous explique``).
    object_pronouns: frozenset[str] = frozenset()
    #: Adverbs between a subject (its auxiliary) and its cue (``[quotes] skippable``: ``il a
    #: déjà dit``, ``er hat bereits gesagt``); English reads its own list.
    skippable: frozenset[str] = frozenset()

    def before_verb(self, word: str) -> bool:
        """Whether ``word`` between a quotation and its cue is an auxiliary, an object pronoun,
        or elided ones (``a``, ``nous``, ``m'a``): no subject stands there."""
        parts = [p for p in re.split(r"['’]", word.lower()) if p]
        return bool(parts) and all(
            p in self.auxiliaries or p in self.object_pronouns for p in parts
        )


_ENGLISH_CUES = Cues(
    CUE, None, ACCORDING, dict(_PRONOUNS), frozenset(),
    adverb_endings=tuple(sorted(EN.words("quotes", "adverb_endings"))),
)  # fmt: skip


def _pattern(words: frozenset[str]) -> str:
    """Any of ``words`` (:data:`re.IGNORECASE`), a phrase's words apart by any spaces."""
    return word_alternation(words, separator=r"[ \t\u00a0]+", ignore_case=True)


def _reflexive_cues(lang: Language) -> frozenset[str]:
    """A language's reflexive verbs of speech (``se réjouit``, ``s'est indignée``): its
    ``reflexive_cues`` as written, and each ``reflexive_participles`` after each of its
    ``reflexive_auxiliaries``, bare and with each ``participle_endings`` of agreement; an
    apostrophe also in its typographic form (``s’est``). Most also say something else (``le
    marché s'emballe``, ``l'équipe s'est bien défendue``): they are read only right after a
    quotation."""
    endings = ("", *sorted(lang.words("quotes", "participle_endings")))
    cues = lang.words("quotes", "reflexive_cues") | {
        f"{auxiliary} {participle}{ending}"
        for auxiliary in lang.words("quotes", "reflexive_auxiliaries")
        for participle in lang.words("quotes", "reflexive_participles")
        for ending in endings
    }
    return cues | {cue.replace("'", "’") for cue in cues}


def _inverted_participles(lang: Language, participles: frozenset[str]) -> str:
    """The alternative of a pattern that reads each of a language's ``auxiliary_participles``
    after its auxiliary joined to a pronoun (``», a-t-il regretté``, ``a-t-elle témoigné``,
    ``a-t-on déploré``): the participle is the cue, the inverted auxiliary before it the
    pronoun that names who speaks. Empty for a language that joins no pronoun to its verbs
    (``[quotes] clitic_joiners``)."""
    if not participles or not lang.words("quotes", "clitic_joiners"):
        return ""
    pronouns = {str(p).lower() for p in lang.table("quotes", "pronouns")}
    pronouns |= lang.words("quotes", "impersonal_pronouns")
    # One fixed-width look-behind per pronoun (``re`` wants a fixed width).
    behind = "|".join(
        f"(?<=-{re.escape(p)}{space})" for p in sorted(pronouns) for space in (" ", "\u00a0")
    )
    return rf"|(?:{behind})(?:{_pattern(participles)})(?!\w)"


def _inverted_any_verb(lang: Language, pronouns: dict[str, str]) -> str:
    """The alternative of the after-quotation pattern that reads any verb with a person's
    pronoun joined to it (``», rigole-t-il``, ``», s'amuse-t-elle``): only an incise inverts
    its subject so, whatever the verb says. Empty for a language that joins no pronoun to its
    verbs (``[quotes] clitic_joiners``)."""
    joiners = lang.words("quotes", "clitic_joiners")
    if not joiners or not pronouns:
        return ""
    reflexive = "|".join(
        re.escape(r) + ("" if r[-1:] in "'’" else "[ \u00a0]")
        for r in sorted(lang.words("quotes", "reflexive_pronouns"), key=len, reverse=True)
    )
    joined = "|".join(re.escape(j) for j in sorted(joiners))
    persons = "|".join(re.escape(p) for p in sorted(pronouns, key=len, reverse=True))
    opening = f"(?:{reflexive})?" if reflexive else ""
    # (The pronoun is left after the cue, read there as ``a-t-il`` is.)
    return rf"|{opening}[^\W\d_]+(?=-(?:(?:{joined})-)?(?:{persons})(?!\w))"


def _reported_participles(lang: Language, auxiliaries: frozenset[str], late: frozenset[str]) -> str:
    """The alternative of a pattern that reads each of a language's ``after_participles``
    after its auxiliary wherever it stands when a word of ``[quotes] participle_complements``
    follows (``ha pedido que``, ``a soufflé qu'il``): a clause reported, not a ball asked
    for. Empty for a language without either list."""
    complements = lang.words("quotes", "participle_complements")
    if not late or not complements:
        return ""
    past = frozenset(f"{a} {p}" for a in auxiliaries for p in late)
    # (An elided complement, ``qu'``, runs into the next word.)
    return (
        rf"|(?<!\w)(?:{_pattern(past)})(?=[ \t\u00a0]+(?:{_pattern(complements)})"
        r"(?:(?<=['’])|(?!\w)))"
    )


def _adverbed_participles(
    lang: Language, auxiliaries: frozenset[str], participles: frozenset[str]
) -> str:
    """The alternative of a pattern that reads a participle of speech after its auxiliary with
    adverbs between them (``a aussi écrit``, ``a longuement expliqué``): the language's
    ``skippable`` words, and words ending in one of its ``participle_adverb_endings`` (only
    there: elsewhere a noun may end so, ``le gouvernement``). Empty for a language with
    neither."""
    skippable = lang.words("quotes", "skippable")
    endings = lang.words("quotes", "participle_adverb_endings")
    if not auxiliaries or not participles or not (skippable or endings):
        return ""
    adverb = "|".join(
        part
        for part in (
            _pattern(skippable) if skippable else "",
            rf"[^\W\d_]+(?:{_pattern(endings)})" if endings else "",
        )
        if part
    )
    return (
        rf"|(?<!\w)(?:{_pattern(auxiliaries)})(?:[ \t\u00a0]+(?:{adverb}))+"
        rf"[ \t\u00a0]+(?:{_pattern(participles)})(?!\w)"
    )


def _after_subject_pronoun(lang: Language) -> str:
    """The alternative of a pattern that reads each of a language's ``after_cues`` right after
    a subject pronoun (``Il juge le plan « ... »``, ``on note « ... »``): there the word is a
    verb, never the noun it may also be (``le juge``, ``la note``). The pronouns are those
    joined to an incise's verb and the impersonal ones (``[quotes] incise_subjects``,
    ``impersonal_pronouns``); empty for a language without them."""
    joined = lang.words("quotes", "incise_subjects")
    after = lang.words("quotes", "after_cues")
    if not joined or not after:
        return ""
    subjects = joined | lang.words("quotes", "impersonal_pronouns")
    # One fixed-width look-behind per pronoun and space (``re`` wants a fixed width).
    behind = "|".join(
        rf"(?<=\b{re.escape(p)}{space})" for p in sorted(subjects) for space in (" ", "\u00a0")
    )
    verdicts = lang.words("quotes", "object_cues") & after
    # ``Il soutient que « ... »``, but ``Il soutient la « réforme »`` (backing): a verb of
    # ``[quotes] clause_cues`` only before the complementiser opening a reported clause.
    clause = lang.words("quotes", "clause_cues") & after
    complements = lang.words("quotes", "participle_complements")
    plain = after - clause if complements else after
    pattern = rf"|(?:{behind})(?:{_pattern(plain)})(?!\w)" if plain else ""
    if clause and complements:
        # (An elided complement, ``qu'``, runs into the next word.)
        pattern += (
            rf"|(?:{behind})(?:{_pattern(clause)})(?=[ \t\u00a0]+(?:{_pattern(complements)})"
            r"(?:(?<=['’])|(?!\w)))"
        )
    return pattern + _before_its_object(lang, verdicts)


def _before_its_object(lang: Language, after: frozenset[str]) -> str:
    """The alternative of a pattern that reads each of ``after`` (the ``[quotes] after_cues``
    also in ``object_cues``: verbs of judgement, ``juge``, ``note``, ``pointe``; not
    ``lance``, ``écrit``, ``soutient``, whose object is a thing done or backed: ``lance un
    « plan »``, ``soutient la « réforme »``) before an article or a complementiser opening its
    object (``Savoie-Énergie, mécène du projet, juge les travaux « ... »``, ``X, de
    Lyon-Sud, juge que « ... »``: ``[quotes]
    definite_articles``, ``indefinite_articles``, ``elided_articles``,
    ``participle_complements``), unless a determiner stands right before it, which makes it
    the noun (``le juge la condamne``, ``du juge les``: ``naming_determiners``, ``elided_words``).
    An elided article after it (``juge l'offre``) counts; ``des`` does not (``juge des
    enfants``: the office). Only where a comma, a capitalised word inside the sentence (a
    name) or a clause's conjunction stands right before it (not ``Le premier juge la
    décision``, ``Chaque juge les appelle``)."""
    objects = (
        lang.words("quotes", "definite_articles")
        | lang.words("quotes", "indefinite_articles")
        | lang.words("quotes", "participle_complements")
    )
    elided = lang.words("quotes", "elided_articles") | {
        w for w in lang.words("quotes", "participle_complements") if w.endswith(("'", "’"))
    }
    determiners = lang.words("quotes", "naming_determiners") | lang.words("quotes", "elided_words")
    if not after or not objects or not determiners:
        return ""
    plain = sorted(w for w in objects if not w.endswith(("'", "’")))
    apostrophed = sorted({f"{w[:-1]}{mark}" for w in elided for mark in "'’"})
    following = rf"[ \t\u00a0]+(?:{_pattern(frozenset(plain))})(?!\w)"
    if apostrophed:
        following += rf"|[ \t\u00a0]+(?:{'|'.join(re.escape(w) for w in apostrophed)})"
    # One fixed-width look-behind per determiner and space (``re`` wants a fixed width).
    not_after = "".join(
        rf"(?<!\b{re.escape(d)})" if d.endswith(("'", "’")) else rf"(?<!\b{re.escape(d)}{space})"
        for d in sorted(determiners)
        for space in (" ", "\u00a0")
    )
    # Or a clause's conjunction (``X se félicite d'un prix « ... », mais pointe les retards``:
    # the verb of the subject before; ``[quotes] clause_conjunctions``).
    conjunctions = "".join(
        rf"|(?<=(?<!\w){re.escape(c)}{space})"
        for c in sorted(lang.words("quotes", "clause_conjunctions"))
        for space in (" ", "\u00a0")
    )
    before = f"{_AFTER_COMMA_OR_NAME[:-1]}{conjunctions})"
    return rf"|(?<!\w){not_after}{before}(?:{_pattern(after)})(?=(?:{following}))"


#: Latin capitals (the languages with ``object_cues`` write in Latin script).
_CAPITALS = "".join(c for c in map(chr, range(0x41, 0x250)) if c.isupper())
#: How long a name's word before a verb of judgement may be (``re`` look-behinds want a fixed
#: width: one per length).
_NAME_WORD_REACH = 24
# A comma right before the verb (``X, partenaire de l'étude, juge``), or a capitalised word
# inside the sentence (``la CPME juge``, ``Paul Roy juge``), not its first word (``Chaque juge
# les appelle``, ``Le premier juge la décision``: a determiner's noun, or an adjective's).
_AFTER_COMMA_OR_NAME = (
    r"(?:(?<=,[ \t\u00a0])"
    + "".join(
        rf"|(?<=[\w,][ \t\u00a0](?-i:[{_CAPITALS}])[\w'’-]{{{k}}}[ \t\u00a0])"
        rf"|(?<=['’-](?-i:[{_CAPITALS}])[\w'’-]{{{k}}}[ \t\u00a0])"
        for k in range(_NAME_WORD_REACH)
    )
    + ")"
)


#: How far a separable verb's particle may stand after the verb, in its clause.
_PARTICLE_REACH = 80


def _separable(lang: Language) -> str:
    """The alternative of a pattern that reads each of a language's ``separable_cues`` (``hielt
    vor``: a verb and its particle) as its verb, where the particle ends the verb's clause
    (``hielt er dem Angeklagten vor.``, ``gab sie bekannt, die ...``): no sentence's end or
    quotation mark between, nor a reflexive pronoun (``[quotes] reflexive_pronouns``: ``ließ sich
    die Lage erklären``, ``hielt sich am Geländer fest``: told something, or doing it). Empty
    for a language without them."""
    pairs = [cue.split() for cue in sorted(lang.words("quotes", "separable_cues"))]
    by_verb: dict[str, set[str]] = {}
    for verb, *particle in pairs:
        if particle:
            by_verb.setdefault(verb, set()).add(" ".join(particle))
    reflexives = lang.words("quotes", "reflexive_pronouns")
    gap = r"[^.!?;:\n„“”»«\"]"
    if reflexives:
        gap = rf"(?:(?!(?<!\w)(?:{_pattern(reflexives)})(?!\w)){gap})"
    return "".join(
        rf"|(?<!\w){re.escape(verb)}(?=[ \t\u00a0]{gap}{{0,{_PARTICLE_REACH}}}?"
        rf"(?<!\w)(?:{_pattern(frozenset(particles))})[ \t\u00a0]*(?:[.,;:!?)]|$))"
        for verb, particles in sorted(by_verb.items())
    )


@functools.cache
def cues_for(language: str | None) -> Cues:
    """The attribution words of ``language`` (English when ``None`` or unknown)."""
    code = normalize(language)
    profile = gz.profile(code)
    if profile is None:
        return _ENGLISH_CUES
    lang = language_of(code)
    according = lang.words("quotes", "attribution_cues")
    auxiliaries = lang.words("quotes", "auxiliaries")
    # ``a regretté``: a participle that is also a noun or an adjective (``un résumé``, ``le
    # « nouveau » souffle``, ``« historique » conclu par``) is a verb of speech only after its
    # auxiliary.
    participles = lang.words("quotes", "auxiliary_participles")
    past = {f"{a} {p}" for a in auxiliaries for p in participles}
    # ``l'a jugée « équitable »``, ``les a qualifiés``: after its auxiliary a participle agrees
    # with the object pronoun before it (``[quotes] participle_endings``).
    past |= {
        f"{a} {p}{ending}"
        for a in auxiliaries
        for p in participles | lang.speech_verbs
        for ending in lang.words("quotes", "participle_endings")
    }
    # ``», a repris le ministre``: a participle whose verb also does something else (``le PSG
    # a repris « sa marche »``, ``ha contado con «un gran apoyo»``) is one of speech only
    # right after a quotation, or after its auxiliary joined to a pronoun (``a-t-il repris``).
    late = lang.words("quotes", "after_participles")
    reported = _reported_participles(lang, auxiliaries, late)
    # ``fait valoir``, ``tient à rappeler``: locutions of speech.
    verbs = lang.speech_verbs | according | past | lang.words("quotes", "phrase_cues")
    if not verbs:
        return attrs.evolve(_ENGLISH_CUES, profile=profile)
    after = lang.words("quotes", "after_cues") | _reflexive_cues(lang)
    after |= {f"{a} {p}" for a in auxiliaries for p in late}
    pronouns = {str(k).lower(): str(v) for k, v in lang.table("quotes", "pronouns").items()}
    inverted = _inverted_any_verb(lang, pronouns)
    return Cues(
        cue=re.compile(
            rf"(?<!\w)(?:{_pattern(verbs)})(?!\w)"
            + _separable(lang)
            + _inverted_participles(lang, participles | late)
            + reported
            + _adverbed_participles(lang, auxiliaries, participles)
            + _after_subject_pronoun(lang),
            re.IGNORECASE,
        ),
        after=re.compile(rf"(?<!\w)(?:{_pattern(after)}){inverted}(?!\w)", re.IGNORECASE)
        if after
        else None,
        according=according,
        pronouns=pronouns,
        auxiliaries=auxiliaries,
        profile=profile,
        genitive=lang.words("quotes", "genitive_cues"),
        nominative={
            str(gender): tuple(
                (pair.split(":")[0], pair.split(":")[1])
                for pair in str(pairs).split()
                if ":" in pair
            )
            for gender, pairs in lang.table("quotes", "genitive_names").items()
        },
        adverb_endings=tuple(sorted(lang.words("quotes", "adverb_endings"))),
        object_pronouns=lang.words("quotes", "object_pronouns"),
        skippable=frozenset(w.lower() for w in lang.words("quotes", "skippable")),
    )


# (A language data file reloaded is read again.)
on_reload(cues_for.cache_clear)
