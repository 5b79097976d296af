"""A plugin annotator given a document that is not NFC reads its NFC view; its spans come back
in the original's offsets, its ``*_start``/``*_end`` attributes too."""

from __future__ import annotations

import re
import unicodedata

import attrs

import newsbrief
from newsbrief.model import Document, Metadata
from newsbrief.model.annotations import Annotation


class _Accented:
    """Marks each word with a letter outside ASCII, its first letter as an offset attribute."""

    name = "accented"
    description = "Words with an accented letter."
    requires = ()

    def annotate(self, documents):
        out = []
        for document in documents:
            assert unicodedata.is_normalized("NFC", document.text)  # the view, not the original
            found = tuple(
                Annotation(
                    "accented", m.start(), m.end(), m.group(), annotator=self.name,
                    attributes={"initial_start": m.start(), "initial_end": m.start() + 1},
                )
                for m in re.finditer(r"\w*[^\x00-\x7f]\w*", document.text)
            )  # fmt: skip
            out.append(attrs.evolve(document, annotations=document.annotations + found))
        return out


class _Plugin:
    @newsbrief.hookimpl
    def register_annotators(self, register):
        register(_Accented())


def test_a_plugin_annotator_reads_the_view_and_its_spans_come_back(newsbrief_plugin) -> None:
    newsbrief_plugin(_Plugin())
    text = unicodedata.normalize(
        "NFD", "Élodie Brûlé dirige l'hôpital de Nîmes depuis août.\r\nÉlodie Brûlé a répondu."
    )
    document = Document.from_text(text, id="n", metadata=Metadata(language="fr"))
    briefing = newsbrief.build_briefing([document], annotators=["accented"])
    (back,) = briefing.documents
    assert back.text == text
    marked = [a for a in back.annotations if a.kind == "accented"]
    assert [unicodedata.normalize("NFC", a.text) for a in marked] == [
        "Élodie", "Brûlé", "hôpital", "Nîmes", "août", "Élodie", "Brûlé", "répondu",
    ]  # fmt: skip
    for annotation in marked:
        assert text[annotation.start : annotation.end] == annotation.text
        first, last = annotation.attributes["initial_start"], annotation.attributes["initial_end"]
        assert first == annotation.start
        initial = unicodedata.normalize("NFC", annotation.text)[0]
        assert unicodedata.normalize("NFC", text[first:last]) == initial  # the letter and marks
