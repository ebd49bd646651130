"""A campaign file's Google Play link whose `referrer` is written unencoded (stranger9 R5, UTM315).

`url: ...details?id=X&referrer=utm_source=site&utm_medium=referral&utm_campaign=spring-sale` on a tracked link: the
first `&` ends the referrer. play-referrer-unencoded says so; url-has-utm read `utm_medium` and `utm_campaign` as the
listing's own (its safe fix removed them, leaving `referrer=utm_source=site`), and missing-utm-param compared the
campaign with the cut referrer. One mistake, one finding, and `--fix` writes the referrer the author meant.
"""

from __future__ import annotations

FILE = """\
campaign: spring-sale
source: site
medium: referral
links:
  - url: https://play.google.com/store/apps/details?id=com.example&referrer=utm_source=site&utm_medium=referral&utm_campaign={campaign}
"""


def test_one_finding_and_the_fix_encodes_the_referrer(project, run):
    folder = project({"a.yaml": FILE.format(campaign="spring-sale"), ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert [f["name"] for f in done.findings] == ["play-referrer-unencoded"], done.out
    run("lint", "--no-cache", "--fix", cwd=folder)
    assert (folder / "a.yaml").read_text().splitlines()[-1] == (
        "  - url: https://play.google.com/store/apps/details?id=com.example"
        "&referrer=utm_source%3Dsite%26utm_medium%3Dreferral%26utm_campaign%3Dspring-sale")
    assert run("lint", "--no-cache", cwd=folder).code == 0


def test_a_referrer_that_means_another_campaign_is_still_said(project, run):
    folder = project({"a.yaml": FILE.format(campaign="other"), ".utmlint.yaml": "include: ['*.yaml']\n"})
    done = run("lint", "--no-cache", "--format", "json", cwd=folder)
    assert sorted(f["name"] for f in done.findings) == ["missing-utm-param", "play-referrer-unencoded"], done.out
    [disagrees] = [f for f in done.findings if f["name"] == "missing-utm-param"]
    assert "`site` / `referral` / `other` (Referral), not the campaign's `site` / `referral` / `spring-sale`" in \
        disagrees["message"]
