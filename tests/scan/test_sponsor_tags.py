"""A sponsor's or an advertiser's slot read from the link's own utm_medium (scan.partner_tags.sponsor_tags, the lead's
ruling of session 40 on another party's tags): a link to another site whose medium names a bought placement
(`utm_medium=sponsor`, `sponsorship`, `spon`, `ads`) carries the tags its sponsor chose, wherever the slot is: its
values get no advice; the URL as written is still judged. Tested both ways: sponsors' slots with no heading to say so
are held back (corpus 19's Dokploy site, corpus 10's ToolsOfTheTrade, corpus 23's google-maps-scraper), and the team's
own ad on its own site, its FUNDING.yml, a tag set it writes on several sponsors, its campaign plan and a sponsor word
in the campaign alone are still told."""

from __future__ import annotations

from repository import scan_repository

from utmlint.scan.partner_tags import sponsor_tags
from utmlint.validate_url import validate_url

VALUE_ADVICE = {"medium-unassigned", "missing-utm-param", "value-case", "source-medium-swapped"}


def told_by_path(found):
    told = {}
    for f in found:
        told.setdefault(f["path"], set()).add(f["name"])
    return told


def test_a_sponsors_slot_gets_no_value_advice(tmp_path, monkeypatch, capsys):
    """Three slots no heading names: LambdaTest's logo in Dokploy's site component (corpus 19 #8), Instabug's rows in
    ToolsOfTheTrade's readme (`utm_medium=spon`, corpus 10 #199-#201), scrap.io's page (`utm_medium=ads`, corpus 23
    #37): no medium-unassigned, no missing-utm-param."""
    files = {
        "apps/website/components/ui/ripple.tsx":
            'export const L = [{ href: "https://www.lambdatest.com/?utm_source=dokploy&utm_medium=sponsor" }];\n',
        # its three links, one at the top under no heading: the medium says it on each (not the team's own tagging
        # of a site it writes outside any placement: Judge._tagged_outside)
        "readme.md": "[Instabug](https://instabug.com/android/sdk?utm_source=toolsofthetrade&utm_medium=spon"
                     "&utm_content=header)\n\n# Tools\n\n[Instabug](https://instabug.com/android/sdk?utm_source="
                     "toolsofthetrade&utm_medium=spon&utm_content=banner): in-app feedback for Android.\n"
                     "[Get started](https://instabug.com/android/sdk/?utm_source=toolsofthetrade&utm_medium=spon"
                     "&utm_content=get-started)\n",
        "scrap_io.md": "# Scrap.io\n\nTry [scrap.io](https://scrap.io?utm_medium=ads&utm_source=github_gosom_gmap_scraper/)"
                       " for every place of a country.\n",
    }
    told = told_by_path(scan_repository(tmp_path, monkeypatch, capsys, "acme/tools", files))
    for path in files:
        assert not told.get(path, set()) & VALUE_ADVICE, path


def test_the_url_rules_still_speak_on_a_sponsors_link(tmp_path, monkeypatch, capsys):
    """Tags after the `#` are lost for everyone, the sponsor too: still told."""
    text = "Try [Tool](https://tool.io/#/start?utm_source=acme&utm_medium=sponsorship).\n"
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/tools", {"docs/tools.md": text})
    rules = {f["name"] for f in found}
    assert "utm-in-fragment" in rules
    assert not rules & VALUE_ADVICE


def test_the_teams_own_sponsor_and_ad_tags_are_still_told(tmp_path, monkeypatch, capsys):
    files = {
        # its own ad for its own product (Fairwinds' `utm_medium=ad` in Polaris' dashboard, corpus 9)
        "docs/README.md": "[Insights](https://www.fairwinds.com/demo?utm_source=polaris&utm_medium=ad&utm_campaign=polarisad)\n",
        # GitHub's sponsor button: the owner's own links (MagePal's `utm_medium=github sponsor`, corpus 14)
        ".github/FUNDING.yml": "custom: ['https://www.magepal.com/gtm.html?utm_source=gtm&utm_medium=github%20sponsor']\n",
        # one tag set on every sponsor (axios' README, corpus 2): its own sponsor tagging
        "README.md": "[A](https://poprey.com/?utm_source=axios&utm_medium=sponsorlist&utm_campaign=sponsorship) and\n"
                     "[B](https://tokmax.com/?utm_source=axios&utm_medium=sponsorlist&utm_campaign=sponsorship)\n",
        # the team's campaign plan: its sponsorships are its own links
        "marketing/q3-plan.md": "Podcast read: https://devnews.fm/ep?utm_source=acme&utm_medium=sponsorship\n",
        # the word in the campaign only names the team's own list of its sponsors
        "docs/tools.md": "[Tool](https://tool.io/?utm_source=acme&utm_medium=Docs&utm_campaign=sponsorship)\n",
        # a source naming sponsorship on every sponsor of the file: its own sponsor tagging, as a medium's is
        "docs/sponsors-thanks.md": "[A](https://poprey.com/?utm_source=sponsorship&utm_medium=readme) and\n"
                                   "[B](https://tokmax.com/?utm_source=sponsorship&utm_medium=readme)\n",
    }
    told = told_by_path(scan_repository(tmp_path, monkeypatch, capsys, "FairwindsOps/polaris", files))
    assert "medium-unassigned" in told["docs/README.md"]
    assert "medium-unassigned" in told[".github/FUNDING.yml"]
    assert "medium-unassigned" in told["README.md"]
    assert "medium-unassigned" in told["marketing/q3-plan.md"]
    assert "medium-unassigned" in told["docs/tools.md"]
    assert "medium-unassigned" in told["docs/sponsors-thanks.md"]


def test_a_sponsors_tags_in_validate_url():
    """A sponsor's `utm_medium=sponsor` in firefly-iii's readme (corpus 9 #164, TestMu AI's, whose form is in
    rules/platform-written-tags.txt since session 45: a sponsor with no such entry stands in for it): no value advice,
    and why; the same link typed alone (no file) is the user's own, judged in full."""
    url = "https://ssdnodes.com/?utm_source=fireflyiii&utm_medium=sponsor"
    result = validate_url(url, repo="firefly-iii/firefly-iii", path="readme.md")
    assert not {f.name for f in result.findings} & VALUE_ADVICE
    assert "sponsor's or an advertiser's placement" in result.not_judged
    assert "`utm_medium=sponsor`" in result.not_judged
    assert "medium-unassigned" in {f.name for f in validate_url(url).findings}


def test_what_names_a_bought_slot():
    for medium in ("sponsor", "sponsorship", "Sponsored", "spon", "sponsoredpodcast", "devsponsor", "ads", "ad",
                   "Github_Repo_Content_Ad", "advertising"):
        assert sponsor_tags(f"https://x.io/?utm_source=a&utm_medium={medium}") == f"`utm_medium={medium.lower()}`"
    # a team's own banner or paid search to its other sites is not read (Ory's banner in BoxyHQ's README, corpus 12)
    for medium in ("banner", "display", "cpc", "paid", "respond", "uploads", "adsense", "email"):
        assert sponsor_tags(f"https://x.io/?utm_source=a&utm_medium={medium}") == "", medium
    # a campaign naming sponsorship is the team's own list (axios' `utm_campaign=sponsorship` on every sponsor)
    assert sponsor_tags("https://x.io/?utm_source=acme&utm_medium=readme&utm_campaign=sponsorship") == ""
    # a source naming the sponsorship says where the visit came from: the sponsor's tags for its slot (Tailscale's
    # `utm_source=sponsorship&utm_medium=podcast` on Changelog's redirect, corpus 10 #303; CloudCannon's
    # `official-sponsor` in 11ty's blog, corpus 15), the medium read first
    assert sponsor_tags("https://tailscale.com/?utm_source=sponsorship&utm_medium=podcast") == \
        "`utm_source=sponsorship`"
    assert sponsor_tags("https://x.io/?utm_source=official-sponsor&utm_campaign=11ty") == "`utm_source=official-sponsor`"
    assert sponsor_tags("https://x.io/?utm_source=sponsor&utm_medium=ads") == "`utm_medium=ads`"
    assert sponsor_tags("https://x.io/?utm_source=sponsor_button&utm_medium=readme") == ""  # the owner's own button
