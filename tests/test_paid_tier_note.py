"""A subscription platform's paid tier tagged as the medium (corpus 25 #62: Sammii-HK/lunary's Substack formatter ends
each paying subscribers' post with `${appUrl}?utm_source=substack&utm_medium=paid_post&utm_campaign=cross_platform`):
GA4's paid rule takes any medium starting with `paid`, so the post's visits land in Paid Other, with ads, and nothing
said so. On a platform that sells no placement `paid` names the readers who pay; a writer may still have bought a post
elsewhere, so it is a hedged note (`info`) naming both. A paid medium from a network (a boosted post) and a sponsor's
`paid_sponsorship` are ads: nothing to say."""

from __future__ import annotations

import pytest

from utmlint.intent import paid_tier_note
from utmlint.validate_url import validate_url


@pytest.mark.parametrize("url", [
    "${appUrl}?utm_source=substack&utm_medium=paid_post&utm_campaign=cross_platform",
    "https://lunary.app/?utm_source=patreon&utm_medium=paid-members&utm_campaign=june",
])
def test_a_paid_tiers_medium_is_said_to_land_with_ads(url):
    found = validate_url(url, repo="Sammii-HK/lunary", path="utils/substack/contentFormatter.ts").findings
    assert [(f.name, f.severity) for f in found] == [("medium-channel-intent", "info")]
    assert "Paid Other" in found[0].message and "`utm_medium=email`" in found[0].message
    assert "nothing needs to change" in found[0].message


@pytest.mark.parametrize("source, medium", [
    ("facebook", "paid_post"),  # a boosted post: an ad, Paid Social
    ("oss-sponsorship", "paid_sponsorship"),  # axios's sponsor (corpus 5): a paid placement
    ("substack", "paid_sponsorship"),  # no tier named
    ("substack", "email"),
])
def test_ads_and_e_mails_are_left_alone(source, medium):
    assert paid_tier_note(source, medium, "june") is None
    url = f"https://lunary.app/?utm_source={source}&utm_medium={medium}&utm_campaign=june"
    assert "medium-channel-intent" not in {f.name for f in validate_url(url).findings}
