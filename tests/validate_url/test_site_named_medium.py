"""A site's own tags on a link to itself named by the medium (corpus 15 #92): BrightTALK's share link of a webcast
tags it `utm_source=<the channel's owner>&utm_medium=brighttalk`. A handbook that pasted it was told to lower-case
`GitLab+Inc.` and to pick a medium GA4 knows: advice on tags it did not write. In BrightTALK's own repository the
tags are its own, and their mistakes are still told.
"""

from __future__ import annotations

from utmlint.validate_url import validate_url

URL = "https://www.brighttalk.com/webcast/18613/472327?utm_source=GitLab+Inc.&utm_medium=brighttalk&utm_campaign=472327"


def names(repo, path):
    return {f.name for f in validate_url(URL, repo=repo, path=path).findings}


def test_a_medium_naming_the_site_is_the_sites_share_link():
    assert names("kyama0/gitlab-handbook-ja", "content/handbook/sales/edition-2021-03-01.md") == {"copied-tracking"}


def test_in_the_sites_own_repository_the_tags_are_its_own():
    found = names("brighttalk/website", "content/channels.md")
    assert "copied-tracking" not in found and {"medium-unassigned", "value-case"} <= found
