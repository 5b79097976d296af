"""Session 26's German attribution rules take time linear in a page's length: a bracketed
acronym, a related-article headline, a preposition before a cue and speech reported without a
cue look at their neighbours only (a page of one-line paragraphs is one paragraph to the quote
annotator, so nothing may read it from its start per quotation)."""

from __future__ import annotations

from itertools import count

from helpers.timing import least_cpu_seconds
from newsbrief.annotators.entities.annotator import EntityAnnotator
from newsbrief.annotators.quotes.annotator import QuoteAnnotator
from newsbrief.model import Document, Metadata

_PAGES = count()

#: One block of a scraped German page, lines joined by single line breaks.
_UNIT = (
    "Der Landesverband der freien Bäckereien (LFB) nannte die Auflagen „realitätsfern“.\n"
    "Im Gespräch mit dem WDR sagte Landrätin Petra Vogelsang: „Wir brauchen mehr Busse.“\n"
    "Verteidigerin Annika Sommerfeld hatte auf Bewährung plädiert.\n"
    "Ihre Mandantin habe „aus Verzweiflung“ gehandelt.\n"
    "Ein Sprecher der Stadtwerke hat am Montag gesagt: „Die Preise bleiben stabil.“\n"
    "Mehr zum Thema\n"
    "„Die Leute steigen um“ – warum das Ticket wirkt\n"
)


def _cost(n: int) -> float:
    entities, quotes = EntityAnnotator(), QuoteAnnotator()

    def run() -> None:
        # (a new text each run: no analysis is read back from a cache)
        text = _UNIT * n + f"Stand {next(_PAGES)}."
        document = Document.from_text(text, id="d", metadata=Metadata(language="de"))
        quotes.annotate(entities.annotate([document]))

    return least_cpu_seconds(run, repeat=2)


def test_a_long_german_page_of_one_line_paragraphs_stays_linear() -> None:
    _cost(5)
    assert _cost(160) < 16 * _cost(20)
