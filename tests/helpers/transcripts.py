"""A broadcast transcript and the one-article briefing of a text, for the tests of a
transcript's labels and turns through the whole briefing."""

from __future__ import annotations

import newsbrief
from newsbrief.model import Document, Metadata

#: A radio interview written as ``NAME: words`` turns: an anchor with an outlet's role, a
#: guest named in full by the anchor and labelled by surname after.
HARBOUR = (
    "Interview: The harbour master on the storm\n\n"
    "Transcript of a radio interview broadcast on Friday.\n\n"
    "DANA WHITLOCK, BBC ANCHOR: Harbour Master Teodor Halvorsen, thanks for joining us. "
    "How many boats broke loose?\n\n"
    "HALVORSEN: Eleven boats broke their moorings in the night. Four of them sank at the "
    "north pier before dawn.\n\n"
    "WHITLOCK: When will the harbour reopen?\n\n"
    "HALVORSEN: Not before Monday. The divers need two clear days to check the channel.\n\n"
    "WHITLOCK: Harbour Master Teodor Halvorsen, thank you.\n\n"
    "HALVORSEN: Thank you, Dana.\n"
)


def briefing_of(text: str, language: str = "en", **changes: object) -> newsbrief.Briefing:
    """The briefing of the one article ``text`` in ``language`` (``changes``: options of
    :func:`newsbrief.build_briefing`)."""
    document = Document.from_text(text, id="t", metadata=Metadata(language=language))
    return newsbrief.build_briefing([document], **changes)
