"""The agent of a passive verb of speech or verdict, named right after the quotation it
qualifies (``La mesure a été qualifiée de « provocation » par la CGT``, ``La reforma fue
calificada de «injusta» por los sindicatos``): the words are the agent's."""

from __future__ import annotations

import functools
import re

import attrs

from newsbrief.annotators.quotes.alternation import plain_alternation
from newsbrief.languages import language, normalize, on_reload


@attrs.frozen
class AgentWords:
    """A language's agent preposition after a quotation and its participles' agreement."""

    #: ``« X » par``, ``«X» por``: the preposition (after an optional comma) opening the agent.
    agent: re.Pattern[str]
    #: Ending of an agreeing participle -> the ending of the form a cue lists (``qualifiée``
    #: -> ``qualifié``, ``calificada`` -> ``calificado``), longest first.
    agreement: tuple[tuple[str, str], ...]


@functools.cache
def agent_words(code: str | None) -> AgentWords | None:
    """The agent words of ``code`` (``[quotes] agent_prepositions`` and
    ``participle_agreement``); ``None`` when it has none."""
    lang = language(normalize(code))
    prepositions = lang.words("quotes", "agent_prepositions")
    if not prepositions:
        return None
    agreement = sorted(
        ((str(k), str(v)) for k, v in lang.table("quotes", "participle_agreement").items()),
        key=lambda pair: -len(pair[0]),
    )
    return AgentWords(
        re.compile(
            rf"[ \u00a0]*,?[ \u00a0]*(?:{plain_alternation(prepositions)})[ \u00a0]+(?=\w)",
            re.IGNORECASE,
        ),
        tuple(agreement),
    )


on_reload(agent_words.cache_clear)

#: How many words before a quotation its passive verb may stand (``a été qualifiée de``).
_VERB_REACH = 4
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def passive_cue(
    masked: str,
    start: int,
    open_at: int,
    cue: re.Pattern[str],
    words: AgentWords,
    auxiliaries: frozenset[str],
) -> str | None:
    """The verb of speech or verdict among the few words before the quotation opening at
    ``open_at`` (from ``start``), in the form a cue lists or agreeing with its subject; a
    participle listed only after its auxiliary (``ha calificado``) counts alone too."""
    before = list(_WORD.finditer(masked, max(start, open_at - 60), open_at))[-_VERB_REACH:]
    for match in reversed(before):
        word = match.group(0)
        forms = [word] + [
            word[: -len(ending)] + base for ending, base in words.agreement if word.endswith(ending)
        ]
        for form in forms:
            if cue.fullmatch(form) or any(cue.fullmatch(f"{a} {form}") for a in auxiliaries):
                return form
    return None
