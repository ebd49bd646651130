"""A team's own ads plan: a doc in its repository listing its paid links to its own site (`?utm_source=facebook&
utm_medium=paid-social&utm_campaign=q1-demo`), in a repository whose owner name is not the site's domain (nwlabs/growth,
northwind.io). copied-tracking read a social network's name or a social medium there as a post's tags copied into the
page and told the team to remove them (a warning for `utm_source=facebook`, a hedged note for `utm_medium=paid_social`
beside another source): advice that moves the ads' visits from Paid Social to Referral or Direct (stranger16 R17; the
paid-click reading, a22b2f4, was reverted for the same reason). A paid medium says the link was made for an ad, whoever
placed it: no copied reading from it alone. Someone else's ad's landing URL copied from a visit still is told, by its
click id (`&fbclid=`), and so is a social post's tags (`utm_medium=social`) on someone else's site. Real files in a temp
git repository, `utmlint scan` in-process."""

from __future__ import annotations

from tests.scan.repository import scan_repository

SITE = "https://www.northwind.io"


def test_a_teams_own_paid_links_are_not_told_to_drop_their_tags(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "nwlabs/growth", {
        # one platform's ads a file: no second source for the site, so no plan read from it (planned_sites)
        "docs/meta-ads.md": f"# Meta ads\n\n- Demo: {SITE}/demo?utm_source=facebook&utm_medium=paid-social&"
                            f"utm_campaign=q1-demo\n",
        "docs/linkedin-ads.md": f"# LinkedIn ads\n\n- {SITE}/demo?utm_source=linkedin&utm_medium=paid-social&"
                                f"utm_campaign=q1-demo\n- {SITE}/pricing?utm_source=linkedin&utm_medium=paid-social&"
                                f"utm_campaign=q1-pricing\n",
        "docs/google-ads.md": f"# Google ads\n\n- {SITE}/?utm_source=google&utm_medium=paid-social&utm_campaign=q1-yt\n"
                              f"- {SITE}/?utm_source=google&utm_medium=cpc&utm_campaign=q1-brand\n",
        # and a mistake of its own still told as the team's: the campaign's capitals
        "docs/x-ads.md": f"# X ads\n\n- {SITE}/?utm_source=twitter&utm_medium=paid-social&utm_campaign=Q1-Launch\n"})
    assert not [d for d in found if d["name"] == "copied-tracking"], found
    assert [(d["path"], d["name"]) for d in found] == [("docs/x-ads.md", "value-case")], found


def test_someone_elses_copied_ad_and_post_tags_are_still_told(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "nwlabs/blog", {
        # an ad's landing URL copied from the address bar, its click id with it
        "posts/tools.md": "# Tools we like\n\n- https://www.acme.com/demo?utm_source=facebook&utm_medium=paid-social&"
                          "utm_campaign=q1-demo&fbclid=IwAR0abc123\n",
        # a post's tags on a link to someone else's site
        "posts/reading.md": "# Reading\n\n- https://www.gizmodo.com/story?utm_source=twitter&utm_medium=social&"
                            "utm_campaign=spring\n"})
    copied = {d["path"]: d for d in found if d["name"] == "copied-tracking"}
    assert set(copied) == {"posts/tools.md", "posts/reading.md"}, found
    assert copied["posts/tools.md"]["severity"] == "error" and "fbclid" in copied["posts/tools.md"]["message"]
    assert "remove them" in copied["posts/reading.md"]["message"]


def test_a_teams_own_ads_naming_its_site_as_the_source_keep_their_tags(tmp_path, monkeypatch, capsys):
    """The same plan naming its own site as the ads' source (`utm_source=northwind&utm_medium=cpc`, `northwind_ads`,
    `display`) in a repository not named for the site: the destination reading took them for northwind.io's own tags
    copied from its site (an error, and a hedged note for `northwind_ads`). An ad's medium says the link was made for
    an ad; a site's own tags on a link to itself are its pages' (`referral`, a house `banner`), still told."""
    found = scan_repository(tmp_path, monkeypatch, capsys, "nwlabs/growth", {
        "docs/meta-ads.md": f"# Meta ads\n\n- Demo: {SITE}/demo?utm_source=northwind&utm_medium=cpc&"
                            f"utm_campaign=q1-demo\n- Pricing: {SITE}/pricing?utm_source=northwind_ads&utm_medium=cpc&"
                            f"utm_campaign=q1-pricing\n- Display: {SITE}/?utm_source=northwind&utm_medium=display&"
                            f"utm_campaign=q1-brand\n",
        # northwind.io's own navigation and house banner tags, copied with links to its pages
        "docs/links.md": f"# Links\n\n- {SITE}/blog?utm_source=northwind&utm_medium=referral&utm_campaign=nav\n"
                         f"- {SITE}/?utm_source=northwind&utm_medium=banner&utm_campaign=q1\n"})
    assert not [d for d in found if d["path"] == "docs/meta-ads.md"], found
    copied = [d for d in found if d["name"] == "copied-tracking"]
    assert [(d["path"], d["line"]) for d in copied] == [("docs/links.md", 3), ("docs/links.md", 4)], found
    assert all("northwind.io's own tags on a link to itself" in d["message"] for d in copied)


def test_a_sites_own_links_to_itself_are_still_told_in_its_repository(tmp_path, monkeypatch, capsys):
    """In the site's own repository its links between its pages carry no tags, an ad's medium or not."""
    found = scan_repository(tmp_path, monkeypatch, capsys, "northwind/northwind.io", {
        "src/nav.html": f'<nav><a href="{SITE}/pricing?utm_source=northwind&utm_medium=referral&utm_campaign=nav">'
                        f'P</a>\n<a href="/demo?utm_source=northwind&utm_medium=cpc&utm_campaign=nav">D</a></nav>\n'})
    assert [(d["line"], d["name"]) for d in found] == [(1, "utm-internal-link"), (2, "utm-internal-link")], found


def test_a_teams_newsletter_sponsorship_is_told_to_name_its_campaign(tmp_path, monkeypatch, capsys):
    """A team's sponsorship of someone else's newsletter in its ads plan (`utm_source=tldr&utm_medium=email`, no
    campaign, docs/ads-plan.md): copied-tracking's medium-only e-mail reading (an e-mail's tags with no campaign, on a
    site not the repository's) took it for the newsletter's own tags copied from an issue and said "remove them", a
    hedged note. A file named for the team's ads is the team's plan (linkplace.AD_PLACE): its missing campaign is the
    team's mistake to hear. The same tags on a link to someone else's page in a reading list are still told."""
    found = scan_repository(tmp_path, monkeypatch, capsys, "nwlabs/growth", {
        "docs/ads-plan.md": f"# Ads plan\n\n- TLDR sponsorship: {SITE}/demo?utm_source=tldr&utm_medium=email\n",
        "docs/reading.md": "# Reading\n\n- https://www.bbc.com/news/technology-65202597?utm_source=join1440&"
                           "utm_medium=email\n"})
    assert [(d["path"], d["name"]) for d in found] == [("docs/ads-plan.md", "missing-utm-param"),
                                                       ("docs/reading.md", "copied-tracking")], found
    assert "utm_campaign" in found[0]["message"] and "remove them" in found[1]["message"]
