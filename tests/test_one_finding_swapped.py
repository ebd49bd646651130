"""One mistake, one finding: a swapped source and medium (stranger10 R10).

`utm_source=podcast&utm_medium=devbeat` in devbeat/devbeat-fm: source-medium-swapped says to write
`utm_source=devbeat&utm_medium=audio`, and medium-unassigned's hint was the same advice, word for word, a second
error on one mistake. Now only source-medium-swapped speaks; with it ignored, medium-unassigned still does (a
finding that is not shown hides no other)."""

from __future__ import annotations

from utmlint.validate_url import validate_url

URL = "https://devbeat.fm/ep?utm_source=podcast&utm_medium=devbeat&utm_campaign=ep87"


def test_swapped_pair_is_one_finding():
    found = validate_url(URL, repo="devbeat/devbeat-fm")
    assert [f.code for f in found.findings] == ["UTM107"]
    assert "write `utm_source=devbeat&utm_medium=audio`" in found.findings[0].message


def test_medium_unassigned_speaks_when_the_swap_is_ignored():
    found = validate_url(URL, repo="devbeat/devbeat-fm", ignore=["UTM107"])
    assert [f.code for f in found.findings] == ["UTM102"]
    assert "(source-medium-swapped): write `utm_source=devbeat&utm_medium=audio`" in found.findings[0].message


def test_scan_says_it_once(project, run):
    root = project({"episodes/087.md": f"Listen: {URL}\n"})
    import subprocess

    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "remote", "add", "origin", "https://github.com/devbeat/devbeat-fm.git"], cwd=root,
                   check=True)
    done = run("scan", "--format", "json", "episodes/087.md", cwd=root)
    assert "Traceback" not in done.err
    assert [f["code"] for f in done.findings] == ["UTM107"], done.out


def test_a_campaign_file_knows_the_teams_own_site_from_own_hosts(project, run):
    """lint knows no repository; `own-hosts` names the team's sites, so `medium: devbeat` beside `source: podcast`
    names the sender (devbeat.fm): the swap, one finding, with the medium GA4 has for a podcast."""
    campaign = "campaign: ep87\nsource: podcast\nmedium: devbeat\nlinks:\n  - url: https://devbeat.fm/ep87\n"
    root = project({"campaigns/a.yaml": campaign, ".utmlint.yaml": "own-hosts: [devbeat.fm]\n"})
    done = run("lint", "--format", "json", "campaigns", cwd=root)
    assert [f["code"] for f in done.findings] == ["UTM107"], done.out
    assert "`devbeat`, the name of your site (`own-hosts`), who sent it" in done.findings[0]["message"]
    assert "write `source: devbeat` and `medium: audio`" in done.findings[0]["message"]
    (root / ".utmlint.yaml").write_text("own-hosts: [acme.com]\n", encoding="utf-8")
    done = run("lint", "--format", "json", "campaigns", cwd=root)
    assert [f["code"] for f in done.findings] == ["UTM102"], done.out  # `devbeat` may be a medium the team made up


def test_a_swap_onto_a_network_names_that_networks_mediums_and_no_pair(project, run):
    """stranger11 R10: `source: website` / `medium: twitter` said GA4 reports `website / twitter` "instead of
    `twitter / website`" (read as the pair to write) and then that `website` is no medium, naming none. Exchanged,
    the network alone files the visits (Organic Social), so the advice names its channels' mediums, a post's and an
    ad's, and no fix guesses which (`referral` would still be Organic Social)."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n",
                      "c1.yaml": "campaign: launch\nsource: website\nmedium: twitter\nlinks:\n  - url: https://acme.dev/\n"})
    (finding,) = run("lint", "--format", "json", "--no-cache", ".", cwd=folder).findings
    assert finding["name"] == "source-medium-swapped" and "instead of" not in finding["message"]
    assert finding["message"].endswith(
        "write `source: twitter`; `website` is no medium GA4 knows either (swapped, GA4 would file the visits under "
        "Organic Social by the source alone): then write the medium of the channel you count them in: `social` for a "
        "post (Organic Social), `paid-social` for an ad (Paid Social)")
    assert "+++" not in run("lint", "--diff", "--unsafe-fixes", "--no-cache", ".", cwd=folder).out
