"""`github` in the tags of a link to a repository's page on GitHub (corpus 40 #36 #38, session 43 fix38).

A course's README links its partners' repositories with the tags each partner asked for
(`github.com/bytewax/bytewax?utm_source=github&utm_medium=decodingml`,
`github.com/superlinked/superlinked?utm_source=community&utm_medium=github`). copied-tracking read `github` as
github.com naming itself, "github.com's own tags on a link to itself": but a repository's page is its owner's, not
one of GitHub's own pages, and GitHub writes no tags on links to it; `github` there names where the link was placed.
What is worth saying is utm-useless-destination's: GitHub shows a repository's owner no utm report. The other way:
GitHub's own tags on one of its own pages (`github.com/features/...`, its home page), copied elsewhere, are still
GitHub's, copied with the link.
"""

from __future__ import annotations

import pytest

from utmlint.validate_url import validate_url

REPO, PATH = "decodingml/llm-twin-course", "README.md"


@pytest.mark.parametrize("url", [
    "https://github.com/bytewax/bytewax?utm_source=github&utm_medium=decodingml&utm_campaign=2024_q1",
    "https://github.com/superlinked/superlinked?utm_source=community&utm_medium=github&utm_campaign=oscourse",
])
def test_github_in_the_tags_of_a_repositorys_page_is_where_it_was_placed(url):
    names = [f.name for f in validate_url(url, repo=REPO, path=PATH).findings]
    assert names == ["utm-useless-destination"]


@pytest.mark.parametrize("url", [
    "https://github.com/features/copilot?utm_source=github&utm_medium=blog&utm_campaign=launch",
    "https://github.com/?utm_source=github&utm_medium=blog&utm_campaign=launch",
])
def test_githubs_own_tags_on_its_own_pages_are_still_copied(url):
    assert "copied-tracking" in {f.name for f in validate_url(url, repo=REPO, path=PATH).findings}
