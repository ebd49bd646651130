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


def test_a_channel_word_as_the_source_beside_a_name_is_swapped_into_that_channel():
    """Corpus 23 #54: Vue Router's docs sidebar links Mastering Pinia with `utm_source=affiliate&utm_medium=vuerouter`.
    medium-unassigned told to write `referral`, which keeps `affiliate` as the sender and files an affiliate link under
    Referral. The source is the word GA4 files Affiliates by, the medium a plain name: they are swapped, and exchanged
    the link reaches the channel its own word names."""
    url = "https://masteringpinia.com/?utm_source=affiliate&utm_medium=vuerouter&utm_campaign=mp&utm_content=sidebar"
    # since the session 40 ruling, in the sidebar's sponsors component its values are the party's (scan.placement):
    # nothing said there; the same link in another component keeps the reading
    found = validate_url(url, repo="vuejs/router", path="packages/docs/.vitepress/theme/components/AsideSponsors.vue")
    assert [f.code for f in found.findings] == []
    found = validate_url(url, repo="vuejs/router", path="packages/docs/.vitepress/theme/components/AsideLinks.vue")
    assert [f.code for f in found.findings] == ["UTM107"]
    assert "write `utm_source=vuerouter&utm_medium=affiliate`" in found.findings[0].message
    assert "referral" not in found.findings[0].message
    # the same shape on an ad's word, on a link nobody tuned on: exchanged, Display
    found = validate_url("https://shop.example/?utm_source=display&utm_medium=acmenews&utm_campaign=fall",
                         repo="acme/site", path="docs/ads.md")
    assert [f.code for f in found.findings] == ["UTM107"]
    assert "write `utm_source=acmenews&utm_medium=display`" in found.findings[0].message


def test_the_teams_own_typo_of_a_medium_is_still_told_as_a_typo():
    """The reading needs a plain name utmlint has no medium for: a team's own `utm_medium=emaill` beside a channel word
    (`referral`) or beside `newsletter` (no channel by itself) keeps medium-unassigned's spelling advice; a placement
    word (`sidebar`) or a print medium (`qr`) is no sender's name and is not swapped."""
    for query in ("utm_source=referral&utm_medium=emaill", "utm_source=newsletter&utm_medium=emial"):
        found = validate_url(f"https://acme.dev/sale?{query}&utm_campaign=spring", repo="acme/site",
                             path="emails/spring.html")
        assert [f.code for f in found.findings] == ["UTM102"], query
        assert "write `utm_medium=email`" in found.findings[0].message
    for query in ("utm_source=affiliate&utm_medium=sidebar", "utm_source=display&utm_medium=qr"):
        found = validate_url(f"https://acme.dev/sale?{query}&utm_campaign=spring", repo="acme/site",
                             path="docs/index.md")
        assert "UTM107" not in [f.code for f in found.findings], query
