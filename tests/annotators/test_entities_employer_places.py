"""``Analysts at X`` names X the employer, unless a body's noun and the body's own name follow
X (``Analysts at Pune brokerage Harsha Securities``): X is then where the employer is."""

from __future__ import annotations

from helpers.entities import typed


def test_a_place_before_a_brokerage_and_its_name_is_no_employer() -> None:
    found = typed("Analysts at Pune brokerage Harsha Patel Securities expect sales to rise.")
    assert found.get("Harsha Patel Securities") == "organisation", found
    assert found.get("Pune") != "organisation", found


def test_the_employer_after_analysts_at_stays_one() -> None:
    found = typed("Analysts at Kellerman Brandt said the bid was too low.")
    assert found.get("Kellerman Brandt") == "organisation", found
