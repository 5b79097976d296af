"""A company named once with its legal form (``Cementos del Sur, S.A. de C.V.``, ``Hellweg
Antriebstechnik GmbH``) is the same company where the document writes its name again without
it (``Cementos del Sur pagó``, ``Hellweg Antriebstechnik baut``): such a mention, untyped or a
person's by its capitals alone, is the company's. The name without its legal form counts from
any word on, two words at least (``Firma Hellweg Antriebstechnik GmbH``: ``Hellweg
Antriebstechnik``). The legal forms are the chunker's (:func:`.chunker.legal_forms`): the
language's own and the English ones companies keep in any language (``Marchetti Brunel Ltd``).
Runs after the evidence pass (:mod:`.foreign`), on the types it settled.
"""

from __future__ import annotations

from functools import cache

from newsbrief.annotators.entities.chunker import ROLE, TEXT, TYPE, legal_forms
from newsbrief.annotators.entities.foreign_words import is_open, typed_as
from newsbrief.annotators.entities.merging import Mention
from newsbrief.languages import on_reload

__all__ = ["short_names"]


@cache
def _forms(code: str) -> tuple[str, ...]:
    """The legal forms of language ``code``, longest first (``GmbH & Co. KG`` before ``KG``)."""
    return tuple(sorted(legal_forms(code), key=lambda form: (-len(form), form)))


def _without_form(name: str, forms: tuple[str, ...]) -> str | None:
    """``name`` without the legal form ending it (and the comma before it), or ``None``."""
    for form in forms:
        if name.endswith(" " + form) or name.endswith("," + form):
            return name[: -len(form)].rstrip(" ,\u00a0")
    return None


def short_names(items: list[Mention], dropped: set[int], code: str) -> None:
    """Each untyped or capitals-only mention that names, without its legal form, a company the
    document (in language ``code``) names with one, made the company's (see the module)."""
    forms = _forms(code)
    short: set[str] = set()
    for k, (_, _, fields) in enumerate(items):
        if k in dropped or fields[TYPE] != "organisation":
            continue
        base = _without_form(fields[TEXT], forms)
        if base is None:
            continue
        parts = base.split(" ")
        short |= {" ".join(parts[at:]) for at in range(len(parts) - 1)}
    if not short:
        return
    for k, (index, number, fields) in enumerate(items):
        if k not in dropped and not fields[ROLE] and is_open(fields) and fields[TEXT] in short:
            items[k] = (index, number, typed_as(fields, "organisation", None))


on_reload(_forms.cache_clear)
