"""The markers of someone else's tags added to rules/copied-tracking.txt for corpus 38 (tests/data/real-urls-38:
posts of static sites and newsletter archives), session 43 (fix38).

A blog post cites a page with the tags it was copied with: a share button's token (BuzzFeed's), a redirect's tags
(PageSpeed Insights'), an app's share tag (Substack's), a newsletter's source (TLDR's topic newsletters). Each is told
as copied, one finding that strips it, and no value advice on it (value-case respelling BuzzFeed's token, a campaign
asked of TLDR's source). The other way: the same values where they are a team's own words (another host, a source
or campaign beside them) keep their findings.
"""

from __future__ import annotations

import pytest

from utmlint.validate_url import validate_url

COPIED = [
    # (url, the fixed URL: every tag the other party wrote removed) (corpus 38 #30, #2, #42, #45)
    ("https://www.buzzfeed.com/rosalindadams/intake?utm_term=.nyQ9MWJ3X#.vc4jEAg5G",
     "https://www.buzzfeed.com/rosalindadams/intake#.vc4jEAg5G"),
    ("https://www.buzzfeed.com/x/a-complete-ranking?utm_term=.ng0r5LEb3J#.pkZw8O5zJ3",  # 10 letters (find_string)
     "https://www.buzzfeed.com/x/a-complete-ranking#.pkZw8O5zJ3"),
    ("https://pagespeed.web.dev/?utm_source=psi&utm_medium=redirect", "https://pagespeed.web.dev/"),
    ("https://pagespeed.web.dev/?utm_source=psi&utm_medium=redirect&hl=ja", "https://pagespeed.web.dev/?hl=ja"),
    ("https://emwhitenoise.substack.com/p/gen-zs-college-radio-revival?utm_medium=ios",
     "https://emwhitenoise.substack.com/p/gen-zs-college-radio-revival"),
    ("https://someone.substack.com/p/a-post?utm_medium=android", "https://someone.substack.com/p/a-post"),
    ("https://www.trychroma.com/research/context-1?utm_source=tldrai", "https://www.trychroma.com/research/context-1"),
    ("https://kubernetes.io/blog/2026/04/22/kubernetes-v1-36-release/?utm_source=tldrdevops",
     "https://kubernetes.io/blog/2026/04/22/kubernetes-v1-36-release/"),
]

OWN = [
    # a token-shaped utm_term off buzzfeed.com is a team's own term (its capitals told)
    ("https://example.com/x?utm_source=news&utm_medium=email&utm_campaign=x&utm_term=.nyQ9MWJ3X", "value-case"),
    # `psi` and `redirect` off pagespeed.web.dev are a team's own words (its Unassigned medium told)
    ("https://example.com/?utm_source=psi&utm_medium=redirect&utm_campaign=x", "medium-unassigned"),
    # a lone `utm_medium=ios` off Substack, and on a Substack post beside a source: a team's own tags
    ("https://example.com/p/x?utm_medium=ios", "missing-utm-param"),
    ("https://someone.substack.com/p/a-post?utm_source=blog&utm_medium=ios", "medium-unassigned"),
    # a sponsor's placement in TLDR names its campaign: its own tags, judged as such
    ("https://example.com/?utm_source=tldrai&utm_medium=newsletter&utm_campaign=Launch", "value-case"),
]


@pytest.mark.parametrize("url,fixed", COPIED)
def test_a_posts_copied_share_tags_get_one_finding_that_strips_them(url, fixed):
    # as scan judges a link in a repository that is not the linked site's (utmlint.identity)
    result = validate_url(url, repo="someone/blog")
    assert [f.name for f in result.findings] == ["copied-tracking"]
    assert result.fixed_url == fixed


@pytest.mark.parametrize("url,rule", OWN)
def test_the_same_values_as_a_teams_own_words_keep_their_findings(url, rule):
    names = [f.name for f in validate_url(url, repo="someone/blog").findings]
    assert "copied-tracking" not in names
    assert rule in names
