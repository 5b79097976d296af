"""Attribute maps shared by many annotations are made into JSON data once per export, and
every annotation still gets data of its own, equal to ``plain`` of its map."""

from __future__ import annotations

import attrs

from newsbrief.exporters.json_exporter import briefing_json, briefing_to_dict, plain
from newsbrief.model import Annotation, Briefing, Document

_TEXT = "Talks resume in Geneva on Monday. Officials met in Paris on 3 May 2024."


def _briefing() -> Briefing:
    flat = {"value": "2024-05-03", "granularity": "day", "n": 2, "score": 0.5, "none": None}
    nested = {"speaker": "Jane", "tags": ["a", "b"], "where": {"x": 1}}
    documents = []
    for number in range(3):
        document = Document.from_text(_TEXT, id=f"d{number}")
        annotations = [
            Annotation("date", 24, 32, _TEXT[24:32], attributes=flat),
            Annotation("date", 58, 68, _TEXT[58:68], attributes=flat),
            Annotation("quote", 0, 5, _TEXT[:5], attributes=nested),
            Annotation("entity", 16, 22, _TEXT[16:22], attributes={"tiny": 1e-7}),
        ]
        documents.append(attrs.evolve(document, annotations=tuple(annotations)))
    return Briefing(documents=tuple(documents))


def test_each_annotation_has_its_own_attribute_data() -> None:
    briefing = _briefing()
    data = briefing_to_dict(briefing)
    written = [a["attributes"] for d in data["documents"] for a in d["annotations"]]
    expected = [plain(a.attributes) for d in briefing.documents for a in d.annotations]
    assert written == expected
    assert len({id(item) for item in written}) == len(written)  # none shared
    dates = [item for item in written if "value" in item]
    assert len(dates) == 6
    dates[0]["value"] = "changed"
    assert dates[1]["value"] == "2024-05-03"


def test_the_text_is_the_reference_encoders() -> None:
    import json

    briefing = _briefing()
    reference = json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2, sort_keys=True)
    assert briefing_json(briefing) == reference + "\n"
