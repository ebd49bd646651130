"""A paid click's tags on a page's link to someone else's site (copied-tracking, recall, session 35): `utm_medium=cpc`
(GA4's paid mediums) says the link was made for an ad; with a source naming someone else (a job aggregator's
`utm_source=jooble&utm_medium=cpc`, in a remote-jobs list's company profile: corpus 4 #174) the page copied that ad's
link, and every visit from it is credited to the ad. A hedged note (the team may have placed the ad).

Left alone, their mistakes told: a sponsor's paid link in the repository's own README or changelog whose tags name the
repository (the README is the ad: Coding.net's `utm_source=hendry-code-runner&utm_medium=cpc` in formulahendry/
vscode-code-runner, corpus 8 #196, labelled "nothing to tell"), a source naming a placement (`readme`), the team's own
ad on its own site, and a file about the team's campaigns."""

from __future__ import annotations

from utmlint.validate_url import validate_url


def found(url, repo, path):
    return [(f.name, f.severity) for f in validate_url(url, repo=repo, path=path).findings]


def test_a_paid_click_naming_someone_else_on_a_page_is_copied():
    assert found("https://focusnetworks.enlizt.me/?utm_source=jooble&utm_medium=cpc&utm_campaign=jooble",
                 "remoteintech/remote-jobs", "src/companies/focusnetworks.md") == [("copied-tracking", "info")]


def test_a_sponsors_paid_link_in_the_readme_it_pays_for_is_left_alone():
    url = "https://e.coding.net/?utm_source=hendry-code-runner&utm_medium=cpc&utm_campaign=hendry-code-runner"
    assert found(url, "formulahendry/vscode-code-runner", "CHANGELOG.md") == []
    assert found("https://sponsor.dev/?utm_source=readme&utm_medium=cpc&utm_campaign=q1", "jdoe/tool", "README.md") \
        == []


def test_the_teams_own_ads_keep_their_advice():
    # its own site, in its docs: the capital is told, nothing said of copying
    assert found("https://acme.com/pricing?utm_source=google&utm_medium=cpc&utm_campaign=Brand",
                 "acme/handbook", "docs/ads.md") == [("value-case", "warning")]
    # a file about its campaigns (a plan of its ads on a partner's site): its typo told
    names = {name for name, _ in found("https://partner.io/deal?utm_source=bing&utm_medium=cpc&utm_campaign=Spring",
                                       "jdoe/website", "marketing/ads.md")}
    assert "copied-tracking" not in names and "value-case" in names
