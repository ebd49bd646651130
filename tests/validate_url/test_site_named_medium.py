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


# GOV.UK's e-mail summaries tag their links to its own pages with its domain as the medium: `utm_medium=GOV.UK&
# utm_source=summary&utm_campaign=UK_HPI_Summary` (corpus 38 #22, a blog post citing a statistics page). A domain
# written out names the site however short its name (`gov`, under the 4 letters a name needs).
GOV_UK = ("https://www.gov.uk/government/statistical-data-sets/uk-house-price-index-data-downloads-february-2021"
          "?utm_medium=GOV.UK&utm_source=summary&utm_campaign=UK_HPI_Summary&utm_term=9.30_21_04_21"
          "&utm_content=download_data")


def test_a_medium_writing_the_sites_domain_is_the_sites_own_tags():
    result = validate_url(GOV_UK, repo="JB-26/web-portfolio-next-gen", path="posts/2021-05-03-house-prices.md")
    assert [f.name for f in result.findings] == ["copied-tracking"]
    assert result.fixed_url == GOV_UK.partition("?")[0]


def test_a_domain_medium_naming_another_site_is_a_teams_own_word():
    # the same medium on a link to another site names no destination: the team's own values, their mistakes told
    url = "https://example.org/houses?utm_medium=gov.uk&utm_source=newsletter&utm_campaign=hpi"
    found = {f.name for f in validate_url(url, repo="someone/blog", path="posts/x.md").findings}
    assert "copied-tracking" not in found and found
    # and a short site's name alone (`gov`, no domain) is not read as the site's
    url = "https://www.gov.uk/x?utm_medium=gov&utm_source=summary&utm_campaign=hpi"
    assert "copied-tracking" not in {f.name for f in validate_url(url, repo="someone/blog", path="x.md").findings}
