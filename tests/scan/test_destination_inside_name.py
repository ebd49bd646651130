"""corpus 21 #76-#83 (blind): `thataicollection.com/redirect/...?utm_source=aicollection&utm_medium=github` in
trackawesomelist's copies of the AI Collection's list was told "write utm_medium=referral": the source is the site's
name with a word of its domain left off (`that` + `aicollection`), the site's own tags on its redirects, copied with
the list. Read as the site's (a hedged copied-tracking note, as for a source opening with the site's name); the list's
own repository (its name the source), a repository named for the site, an e-mail template's links and a short or
GA4-known source keep their findings. validate_url as scan judges one link of a known repository."""

from __future__ import annotations

from utmlint.validate_url import validate_url

LINK = "https://www.thataicollection.com/redirect/coqui?utm_source=aicollection&utm_medium=github&utm_campaign=aicollection"


def names(url, repo, path="README.md"):
    return sorted(f.name for f in validate_url(url, repo=repo, path=path).findings)


def test_a_site_s_name_inside_its_domain_is_its_own_tag_copied():
    found = validate_url(LINK, repo="trackawesomelist/trackawesomelist",
                         path="content/ai-collection/ai-collection/readme/README.md").findings
    assert [f.name for f in found] == ["copied-tracking"]
    assert "is part of the name of thataicollection.com" in found[0].message
    assert found[0].severity == "warning"  # it holds back the Unassigned `github` medium (stranger15 R14)


def test_the_site_s_own_repository_keeps_its_finding():
    # the list's own repository names the source; a repository named for the site owns it: their medium is told
    assert "medium-unassigned" in names(LINK, "ai-collection/ai-collection")
    assert "medium-unassigned" in names(LINK, "thataicollection/website")
    # a team's own misspelt medium in an e-mail template: the e-mail's own tags
    assert "medium-unassigned" in names(LINK.replace("github", "emial"), "jdoe/mail", "emails/2026-01.html")


def test_a_short_or_known_source_is_not_read_so():
    # five letters (`cloud` on mycloud.dev), a source GA4 reads by name (`google` on helpgoogle.example)
    assert "copied-tracking" not in names("https://mycloud.dev/?utm_source=cloud&utm_medium=github", "jdoe/site")
    assert "copied-tracking" not in names("https://www.bestgoogle.net/?utm_source=google&utm_medium=github", "jdoe/x")
    # a word inside the site's name, not the name with a short word left off: a plugin's own placements (corpus 16)
    assert "copied-tracking" not in names("http://solaplugins.com/support-desk/?utm_source=plugin&utm_medium=lnik",
                                          "CodeCabin/sola-support-tickets")
