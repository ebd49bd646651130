"""Gatsby's minimal starters' own links (`gatsbyjs.com/docs/?utm_source=starter&utm_medium=readme&utm_campaign=
minimal-starter`, the start page's `${link.url}?utm_source=starter&utm_medium=start-page&...`) are the template's, as
create-next-app's are (rules/platform-written-tags.txt, fixB, session 33, after corpus 19 #95-#97 and corpus 20
#24-#31): no advice on their values. A team's own link to gatsbyjs.com keeps its advice (review13's lesson)."""

from __future__ import annotations

from utmlint.validate_url import validate_url

README = {"repo": "rudderlabs/rudder-sdk-js", "path": "examples/gatsby/sample-gatsby-plugin-usage/README.md"}


def _names(url):
    return sorted(f.name for f in validate_url(url, **README).findings)


def test_the_starters_own_links_get_no_advice_on_their_values():
    assert _names("https://www.gatsbyjs.com/docs/?utm_source=starter&utm_medium=readme&utm_campaign=minimal-starter-ts") \
        == []
    assert _names("${link.url}?utm_source=starter&utm_medium=start-page&utm_campaign=minimal-starter-ts") == []


def test_a_teams_own_link_to_gatsby_keeps_its_advice():
    assert _names("https://www.gatsbyjs.com/?utm_source=rudderstack&utm_medium=referal&utm_campaign=docs") == \
        ["medium-unassigned"]
