"""newuser F14 (session 42): missing-utm-param's reason says what GA4 does with the link as it is, in one sentence. "GA4
needs the campaign to credit it" read as if the visits were lost: GA4 keeps the source, the medium and the channel,
and the campaign reads `(not set)`. Without a medium the visits are `source / (not set)` (Unassigned, or where the
source alone files them), without a source `(not set) / medium` (where the medium alone files them). The advice
(add the keys) is unchanged."""

from __future__ import annotations

import pytest

from utmlint.validate_url import validate_url


def _reason(query: str) -> str:
    found = [f.message for f in validate_url(f"https://acmeflow.com/?{query}").findings if f.name == "missing-utm-param"]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("query, said", [
    ("utm_source=newsletter&utm_medium=email",
     "no `utm_campaign`: GA4 still files its visits by their source and medium, under campaign `(not set)`; add it"),
    ("utm_source=newsletter&utm_campaign=dec",
     "no `utm_medium`: without a medium GA4 records its visits as `newsletter / (not set)` under Unassigned; add it"),
    ("utm_source=twitter",
     "as `twitter / (not set)` under Organic Social by the source alone, and their campaign as `(not set)`; add them"),
    ("utm_medium=email&utm_campaign=dec",
     "no `utm_source`: without a source GA4 records its visits as `(not set) / email` under Email by the medium alone;"),
    ("utm_campaign=dec",
     "without a source and a medium GA4 records its visits as `(not set) / (not set)` under Unassigned; add them"),
])
def test_the_reason_says_what_ga4_does(query, said):
    reason = _reason(query)
    assert said in reason
    assert "to credit it" not in reason and "needs source and medium" not in reason


@pytest.mark.parametrize("query, said", [
    # review43 F7: Paid Shopping needs the paid medium and the shopping campaign together
    ("utm_medium=cpc&utm_campaign=summer-shop", "`(not set) / cpc` under Paid Shopping by the medium and the campaign name;"),
    ("utm_medium=cpc&utm_campaign=summer", "`(not set) / cpc` under Paid Other by the medium alone;"),
    ("utm_medium=email&utm_campaign=summer-shop", "`(not set) / email` under Organic Shopping by the campaign name alone;"),
    ("utm_source=acme&utm_campaign=summer-shopping", "`acme / (not set)` under Organic Shopping by the campaign name alone;"),
])
def test_the_reason_names_what_decides_the_channel(query, said):
    assert said in _reason(query)
