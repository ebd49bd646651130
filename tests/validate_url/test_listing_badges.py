"""A badge a site hands out for the project it lists is that site's snippet (fix19, session 34; corpus 19 #1 #60,
corpus 20 #40, blind: nothing to tell): Openbase's `openbase.com/js/mailing?utm_source=embedded&utm_medium=badge&
utm_campaign=rate-badge`, Emerge Tools' `emergetools.com/app/example/ios/SuperwallKit/release?utm_campaign=badge-data`,
SoftwareReviews' award `?entitlement=gold_medal_Decap_CMS_...&utm_medium=badge&utm_source=netlify` were told to complete
their tags or that `badge` lands in Unassigned. Read by shape (scan.snippets.listing_badge): a tag says `badge`, the link
goes to the site's page about the project (its path or the site's own parameter names the repository), a site that is
not the repository's. A team's own badge keeps its findings: one to its own site, one tagging its placement
(`utm_source=github`) or itself, and a sponsor's badge to a home page naming no project (CodeRabbit's, corpus 3)."""

from __future__ import annotations

from utmlint.scan.snippets import listing_badge
from utmlint.identity import from_slug
from utmlint.validate_url import validate_url

OPENBASE = "https://openbase.com/js/mailing?utm_source=embedded&utm_medium=badge&utm_campaign=rate-badge"
MAILING = dict(repo="sofn-xyz/mailing", path="packages/cli/README.md")
EMERGE = "https://www.emergetools.com/app/example/ios/SuperwallKit/release?utm_campaign=badge-data"
AWARD = ("https://www.softwarereviews.com/categories/content-marketing?entitlement=gold_medal_Decap_CMS_%28formerly_"
         "Netlify%29_data_quadrant_awards_2023_content_marketing&utm_medium=badge&utm_source=netlify")


def _names(url, **context):
    return sorted(f.name for f in validate_url(url, **context).findings)


def test_a_listing_sites_badge_is_its_snippet():
    assert _names(OPENBASE, **MAILING) == []
    assert _names(EMERGE, repo="superwall/Superwall-iOS", path="README.md") == []
    assert _names(AWARD, repo="decaporg/decap-website", path="content/_index.md") == []
    note = validate_url(OPENBASE, **MAILING).not_judged
    assert "openbase.com" in note and "badge" in note
    assert listing_badge(OPENBASE, None) == ""  # whose repository unknown: a URL given alone is judged as ever
    assert "medium-unassigned" in _names(OPENBASE)


def test_the_teams_own_badge_keeps_its_findings():
    # to its own site
    assert "medium-unassigned" in _names("https://mailing.run/docs?utm_source=readme-top&utm_medium=badge", **MAILING)
    # tagging its placement, or itself, on another site's page about it
    assert "medium-unassigned" in _names("https://widgetly.io/mailing?utm_source=github&utm_medium=badge", **MAILING)
    assert "medium-unassigned" in _names("https://widgetly.io/mailing?utm_source=mailing&utm_medium=badge", **MAILING)
    # a sponsor's badge to its home page names no project: its Unassigned medium is told (corpus 3 #157)
    sponsor = "https://www.coderabbit.ai/?utm_source=fastapi&utm_medium=badge&utm_campaign=fastapi"
    assert "medium-unassigned" in _names(sponsor, repo="fastapi/fastapi", path="README.md")
    assert listing_badge(OPENBASE, from_slug("openbase/site")) == ""  # the listing site's own repository
