"""A paid link whose source names an ad platform by a spelling GA4's lists do not hold lands in Paid Other (corpus 23
#73).

Zesty's README gives `utm_source=adwords&utm_medium=ppc` as its Google Ads link: `adwords` (Google Ads' old name, a
variant the google-ads profile lists) is on no GA4 source list, so the paid visits land in Paid Other, not Paid
Search. medium-channel-intent says so and names the platform's source; source-domain-style stays silent (a name that
moves a link to another channel is no spelling), so the one mistake is one finding."""

from __future__ import annotations

import pytest

from utmlint.validate_url import validate_url


def _found(query, path="README.md"):
    return validate_url(f"https://www.zesty.io/?{query}&utm_campaign=nextjs", repo="zesty-io/website",
                        path=path).findings


@pytest.mark.parametrize("source,medium,named,channel", [
    ("adwords", "ppc", "google", "Paid Search"), ("googleads", "cpc", "google", "Paid Search"),
    ("bingads", "cpc", "bing", "Paid Search")])
def test_an_ad_platforms_other_name_with_a_paid_medium_is_told(source, medium, named, channel):
    (finding,) = _found(f"utm_source={source}&utm_medium={medium}")
    assert finding.name == "medium-channel-intent"
    assert f"land in Paid Other, not {channel}; write `utm_source={named}`" in finding.message


def test_the_platforms_own_name_an_unpaid_medium_and_a_typo_are_not_this_finding():
    assert _found("utm_source=google&utm_medium=ppc") == []
    assert [f.name for f in _found("utm_source=adwords&utm_medium=referral")] == []  # no ad said: nothing to move
    # the team's own typo of a paid medium is medium-unassigned's, as before
    assert [f.name for f in _found("utm_source=adwords&utm_medium=ppcc")] == ["medium-unassigned"]


def test_lint_tells_it_in_a_campaign_file(project, run):
    root = project({"campaigns/ads.yaml": "campaign: nextjs\nsource: adwords\nmedium: ppc\nlinks:\n"
                                          "  - url: https://acme.dev/\n"})
    done = run("lint", "--format", "json", "--no-cache", "campaigns", cwd=root)
    assert [f["code"] for f in done.findings] == ["UTM109"], done.out
    assert "write `source: google` to count them as Paid Search" in done.findings[0]["message"]


# session 42 newuser F5: a team's own `_ads` spellings (`linkedin_ads`, `fb_ads`, `facebook_ads`, `twitter_ads`,
# `Meta Ads`) were told nothing, the paid visits in Paid Other (and `LinkedIn Ads` beside `linkedin_ads` was told to
# become `linkedin_ads`); a profile's variant is now read by its letters when it has five or more (`fb-ads` is
# `fb_ads`, `fbads`), and LinkedIn's and X's profiles list their `-ads` forms. Short variants (`li`, `fb`, `x`) and
# what a platform writes by itself (`hs_email` beside HubSpot's variant `hs-email`) stay as they were.
@pytest.mark.parametrize("source,medium,named,channel", [
    ("fb_ads", "cpc", "facebook", "Paid Social"), ("facebook_ads", "paid_social", "facebook", "Paid Social"),
    ("fbads", "cpc", "facebook", "Paid Social"), ("Meta Ads", "cpc", "facebook", "Paid Social"),
    ("linkedin_ads", "cpc", "linkedin", "Paid Social"), ("LinkedIn-Ads", "paid-social", "linkedin", "Paid Social"),
    ("twitter_ads", "cpc", "twitter", "Paid Social"), ("tiktok_ads", "cpc", "tiktok", "Paid Social"),
    ("bing_ads", "cpc", "bing", "Paid Search")])
def test_a_teams_ads_spelling_of_a_platform_is_told(source, medium, named, channel):
    found = _found(f"utm_source={source.replace(' ', '%20')}&utm_medium={medium}")
    assert [f.name for f in found] == ["medium-channel-intent"], found
    assert f"land in Paid Other, not {channel}; write `utm_source={named}`" in found[0].message


def test_short_variants_and_a_platforms_own_values_are_read_as_before(project, run):
    assert _found("utm_source=l-i&utm_medium=cpc") == []  # no spelling of LinkedIn's `li`
    root = project({"campaigns/feb.yaml": "campaign: feb\nplatform: hubspot\nsource: hs_email\nlinks:\n"
                                          "  - url: https://acme.dev/\n    content: hero\n"})
    done = run("lint", "--format", "json", "--no-cache", "campaigns", cwd=root)
    assert done.findings == [], done.out


def test_sem_is_read_as_paid_search_said_unpaid():
    """`sem` (search engine marketing) beside Google: Organic Search, the ads counted as unpaid search."""
    (finding,) = _found("utm_source=google&utm_medium=sem")
    assert finding.name == "medium-channel-intent"
    assert "land in Organic Search with the unpaid ones; if the placement was paid for, write `utm_medium=cpc`" \
        in finding.message


def test_remarketing_is_read_as_paid_social_said_unpaid():
    """`remarketing` (ads shown again to past visitors) beside Facebook: GA4's paid pattern reads `retargeting`, not
    `remarketing`, so the ads land in Organic Social (OpenBlatam's short-link template, corpus 37 #3); `retargeting`,
    which GA4 reads as paid, is still nothing to tell."""
    (finding,) = _found("utm_source=facebook&utm_medium=remarketing")
    assert finding.name == "medium-channel-intent"
    assert "says this is an ad (`remarketing`)" not in finding.message  # the whole medium is the word
    assert "land in Organic Social with the unpaid ones; if the placement was paid for, write `utm_medium=paid-social`" \
        in finding.message
    assert _found("utm_source=facebook&utm_medium=retargeting") == []
