"""newsbrief plugin: entities from whatever spaCy pipeline the user has installed.

The ``spacy`` annotator runs a spaCy pipeline (named by ``NEWSBRIEF_SPACY_PIPELINE``, default
``en_core_web_sm``, or given as an object) over each article whose language is the pipeline's,
and adds an ``entity`` annotation for every spaCy entity of a type newsbrief knows that does not
overlap an entity newsbrief's own annotator found: spaCy supplements, it never contradicts.
spaCy is imported only when the annotator first runs, so ``newsbrief --help`` stays fast.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

import attrs

import newsbrief
from newsbrief.plugin_api import Annotation, AnnotationKind, Document, NewsbriefError

__all__ = ["LABELS", "PIPELINE_VARIABLE", "SpacyAnnotator", "register_annotators"]

#: The environment variable naming the pipeline to load.
PIPELINE_VARIABLE = "NEWSBRIEF_SPACY_PIPELINE"
#: The pipeline loaded when the variable is not set.
DEFAULT_PIPELINE = "en_core_web_sm"
#: spaCy labels -> newsbrief entity types (other labels are left out).
LABELS = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}


def _slug(name: str) -> str:
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)
    ).lower()
    return re.sub(r"[\W_]+", "-", folded).strip("-")


class SpacyAnnotator:
    """Entities from a spaCy pipeline, added where newsbrief's own annotator found none."""

    name = "spacy"
    description = "Entities from an installed spaCy pipeline (NEWSBRIEF_SPACY_PIPELINE)."
    #: newsbrief's entities first, so spaCy's only fill the gaps.
    requires: tuple[str, ...] = ("entities",)

    def __init__(self, pipeline: Any = None, *, loader: Callable[[str], Any] | None = None):
        """``pipeline``: a loaded spaCy ``Language``, or the name of one to load (default: the
        environment variable, else :data:`DEFAULT_PIPELINE`); ``loader`` loads a name
        (``spacy.load``)."""
        self._pipeline = pipeline
        self._loader = loader

    def nlp(self) -> Any:
        """The spaCy pipeline, loaded on first use; ``None`` when none was named and the default
        is not installed (the plugin then adds nothing, rather than failing every build)."""
        if self._pipeline is None or isinstance(self._pipeline, str):
            named = self._pipeline or os.environ.get(PIPELINE_VARIABLE)
            name = named or DEFAULT_PIPELINE
            load = self._loader
            if load is None:
                import spacy

                load = spacy.load
            try:
                self._pipeline = load(name)
            except OSError as error:
                if not named:
                    self._pipeline = False
                    return None
                raise NewsbriefError(
                    f"spaCy pipeline {name!r} is not installed ({PIPELINE_VARIABLE} names it): "
                    f"{str(error).splitlines()[0][:120]}"
                ) from None
        return self._pipeline or None

    def annotate(self, documents: Sequence[Document]) -> list[Document]:
        """The documents with an ``entity`` annotation for each spaCy entity newsbrief lacks."""
        nlp = self.nlp()
        if nlp is None:
            return list(documents)
        lang = getattr(nlp, "lang", None)
        chosen = [
            i for i, d in enumerate(documents) if lang in (None, "xx") or d.language in (None, lang)
        ]
        out = list(documents)
        texts = (documents[i].text for i in chosen)
        for index, doc in zip(chosen, nlp.pipe(texts), strict=True):
            document = documents[index]
            taken = [(a.start, a.end) for a in document.annotations_of(AnnotationKind.ENTITY)]
            added = []
            for ent in doc.ents:
                kind = LABELS.get(ent.label_)
                start, end = ent.start_char, ent.end_char
                if kind is None or any(s < end and start < e for s, e in taken):
                    continue
                text = document.text[start:end]
                name = " ".join(text.split())
                added.append(
                    Annotation(
                        kind=AnnotationKind.ENTITY,
                        start=start,
                        end=end,
                        text=text,
                        annotator=self.name,
                        attributes={"name": name, "type": kind, "entity": f"{kind}:{_slug(name)}"},
                    )
                )
                taken.append((start, end))
            out[index] = attrs.evolve(document, annotations=(*document.annotations, *added))
        return out


@newsbrief.hookimpl
def register_annotators(register: Callable[[Any], None]) -> None:
    """Register the ``spacy`` annotator."""
    register(SpacyAnnotator())
