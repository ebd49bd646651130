"""The markers of someone else's tags added to rules/copied-tracking.txt for corpus 41 (tests/data/real-urls-41:
GitHub profile READMEs and personal pages), session 44 (fix4142).

A personal page links with the tags the link was copied with: Substack's profile-share pair on the owner's own
Substack profile (`utm_campaign=profile&utm_medium=profile-page`, no source), Changelog News' source on an article a
blog post cites (`utm_source=changelog-news`). Each is told as copied, one finding that strips it, and no value advice
on it. The other way: the same values where they are a team's own words (another host, a source or campaign beside
them, the newsletter's own repository) keep their findings.
"""

from __future__ import annotations

import pytest

from utmlint.validate_url import validate_url

COPIED = [
    # (url, the fixed URL: every tag the other party wrote removed) (corpus 41 #15, #1)
    ("https://substack.com/@apollynary?utm_campaign=profile&utm_medium=profile-page", "https://substack.com/@apollynary"),
    ("https://substack.com/@swarnamuhik?r=8ms253&utm_campaign=profile&utm_medium=profile-page",
     "https://substack.com/@swarnamuhik?r=8ms253"),
    ("https://kerkour.com/aws-s3-vs-cloudflare-r2-price-performance-user-experience?utm_source=changelog-news",
     "https://kerkour.com/aws-s3-vs-cloudflare-r2-price-performance-user-experience"),
]

OWN = [
    # the pair off Substack's profiles, or beside a source: a team's own words (its Unassigned medium told)
    ("https://example.com/@acme?utm_campaign=profile&utm_medium=profile-page", "medium-unassigned"),
    ("https://substack.com/@acme?utm_source=site&utm_campaign=profile&utm_medium=profile-page", "medium-unassigned"),
    # a placement in Changelog News names its campaign: the sponsor's own tags, judged as such
    ("https://example.com/?utm_source=changelog-news&utm_medium=newsletter&utm_campaign=Launch", "value-case"),
]


@pytest.mark.parametrize("url,fixed", COPIED)
def test_a_pages_copied_share_and_newsletter_tags_get_one_finding_that_strips_them(url, fixed):
    # as scan judges a link in a repository that is not the linked site's (utmlint.identity)
    result = validate_url(url, repo="someone/portfolio")
    assert [f.name for f in result.findings] == ["copied-tracking"]
    assert result.fixed_url == fixed


@pytest.mark.parametrize("url,rule", OWN)
def test_the_same_values_as_a_teams_own_words_keep_their_findings(url, rule):
    names = [f.name for f in validate_url(url, repo="someone/portfolio").findings]
    assert "copied-tracking" not in names
    assert rule in names


def test_a_newsletters_own_repository_keeps_its_source_as_its_own():
    # corpus 10 #14 #15: The Changelog's show notes cite articles with its own newsletter's source: its own tags,
    # told missing-utm-param there, not copied
    url = "https://shiftmag.dev/unhappy-developers-stack-overflow-survey-3896/?utm_source=changelog-news"
    names = [f.name for f in validate_url(url, repo="thechangelog/show-notes").findings]
    assert names == ["missing-utm-param"]


def test_a_digest_word_in_the_repositorys_name_makes_no_newsletter_its_own():
    # corpus 7 #7 #8 (zenany/weekly): a weekly digest of links copies Cooperpress' `html5weekly` source; `weekly` is
    # any digest's word, not the name of the newsletter whose tags these are
    url = "https://www.sitepoint.com/10-ways-minimize-reflows-improve-performance/?utm_source=html5weekly&utm_medium=email"
    assert [f.name for f in validate_url(url, repo="zenany/weekly").findings] == ["copied-tracking"]
