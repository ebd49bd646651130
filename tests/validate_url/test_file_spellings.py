"""validate_url given the file's other links runs scan's spelling rules on them (source-fragmentation,
medium-fragmentation), as `utmlint scan` runs them on the file: `github.com` beside `github` in one README is one
source split over two GA4 rows (corpus 9: checkov's, Stoplight's prism and elements READMEs; corpus 8:
react-native-paper's). Only what the file alone settles is said: a plain name is never told to become its domain.
"""

from __future__ import annotations

from utmlint.validate_url import validate_url

PRISM = "https://stoplight.io/?utm_source=github.com&utm_medium=referral&utm_campaign=github_repo_prism"
OTHERS = ("https://stoplight.io/docs?utm_source=github&utm_medium=referral&utm_campaign=github_repo_prism",
          "https://stoplight.io/pricing?utm_source=github&utm_medium=referral&utm_campaign=github_repo_prism")


def names(url, **kwargs):
    return [f.name for f in validate_url(url, **kwargs).findings]


def test_domain_beside_the_name_in_one_file_is_a_split():
    found = validate_url(PRISM, repo="stoplightio/prism", path="README.md", file_urls=OTHERS).findings
    split = [f for f in found if f.name == "source-fragmentation"]
    assert len(split) == 1
    assert split[0].message.startswith("utm_source `github.com` is also spelled `github` on another of this file's "
                                       "links (and 1 more place)")
    assert "write `utm_source=github`" in split[0].message
    assert PRISM[split[0].start:split[0].end] == "github.com"
    assert split[0].fixed is None and not split[0].safe


def test_the_name_is_never_told_to_become_the_domain():
    # Spectral's README: `github.com` twice, `github` once; the repository's other files may say `github`
    spectral = "https://stoplight.io/api-governance?utm_source=github&utm_medium=referral&utm_campaign=readme"
    assert "source-fragmentation" not in names(spectral, repo="stoplightio/spectral", path="README.md",
                                               file_urls=(PRISM, PRISM.replace("/?", "/studio?")))


def test_alone_or_without_the_file_nothing_is_compared():
    assert "source-fragmentation" not in names(PRISM)
    assert "source-fragmentation" not in names(PRISM, repo="stoplightio/prism", path="README.md")


def test_links_to_another_site_are_other_analytics():
    other = tuple(u.replace("stoplight.io", "example.org") for u in OTHERS)
    assert "source-fragmentation" not in names(PRISM, repo="stoplightio/prism", path="README.md", file_urls=other)
