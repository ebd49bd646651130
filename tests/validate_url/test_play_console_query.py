"""A Google Play listing's own query is Play Console's, never a GA4 property's (stranger8 S12).

missing-utm-param was already silent there ("no GA4 property reads it"), but medium-unassigned still said "GA4 files
utm_medium `In-App` ... under Unassigned" and validate_url, MCP and `scan --links` gave the channel `Unassigned` for a
badge link no GA4 property sees. One place (urls.play_console_query) decides; the GA4 channel rules do not judge
such a query, the channel says `(Play Console only)` and validate_url's `not_judged` says why (and where GA4 would
read the tags: the listing's `referrer=`). The value rules still speak: Play Console shows the values as written.
"""

from __future__ import annotations

import csv
import io

from utmlint.validate_url import validate_url

LISTING = "https://play.google.com/store/apps/details?id=com.acme.app"
IN_APP = LISTING + "&utm_source=GitHub&utm_medium=In-App&utm_campaign=readme"
NO_MEDIUM = LISTING + "&utm_source=github&utm_campaign=readme"
REFERRAL = LISTING + "&utm_source=github&utm_medium=referral&utm_campaign=readme"
INTENT = LISTING + "&utm_source=email&utm_medium=retargeting&utm_campaign=readme"


def test_no_ga4_channel_rule_judges_a_listings_own_query():
    for url in (IN_APP, NO_MEDIUM, REFERRAL, INTENT):
        result = validate_url(url)
        assert result.channel == "(Play Console only)", url
        assert not {f.name for f in result.findings} & {
            "missing-utm-param", "medium-unassigned", "medium-channel-intent", "source-overrides-medium",
            "source-medium-swapped", "platform-medium-mismatch"}, (url, result.findings)
        assert "Play Console" in result.not_judged and "referrer=" in result.not_judged, result.not_judged
    # the values themselves are still judged (Play Console lists `GitHub` and `github` apart)
    assert [f.name for f in validate_url(IN_APP).findings] == ["value-case"]


def test_the_same_tags_on_the_teams_site_or_in_the_referrer_are_ga4s():
    site = validate_url(IN_APP.replace("play.google.com/store/apps/details", "acme.example.com/app"))
    assert site.channel == "Unassigned" and "medium-unassigned" in {f.name for f in site.findings}
    assert site.not_judged is None
    referrer = validate_url(LISTING + "&referrer=utm_source%3Dgithub%26utm_medium%3Dreferral%26utm_campaign%3Dx")
    assert referrer.channel == "Referral" and referrer.not_judged is None


def test_scan_says_the_same(tmp_path, run):
    (tmp_path / "README.md").write_text(f"Get the [app]({IN_APP}).\n", encoding="utf-8")
    done = run("scan", "--no-cache", "--format", "json", "README.md", cwd=tmp_path)
    assert [f["name"] for f in done.findings] == ["value-case"], done.out
    links = run("scan", "--no-cache", "--links", "--format", "csv", "README.md", cwd=tmp_path)
    [row] = list(csv.DictReader(io.StringIO(links.out)))
    assert row["channel"] == "(Play Console only)", links.out


def test_a_listing_tagged_in_both_places_has_its_referrers_channel():
    both = validate_url(NO_MEDIUM + "&referrer=utm_source%3Dgithub%26utm_medium%3Dreferral%26utm_campaign%3Dreadme")
    assert both.channel == "Referral"  # GA4 reads the referrer; the own query is Play Console's
    assert not {f.name for f in both.findings} & {"missing-utm-param", "medium-unassigned"}
    # and the referrer is judged as the install's tags (stranger9 R18): here they are right, so nothing is said
    assert "`referrer`'s" in both.not_judged and "judged as the link's tags" in both.not_judged
