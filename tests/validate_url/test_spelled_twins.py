"""One address written with and without the `/` ending its path is a post's illustration (corpus 23 #45 #46).

joshua-data's blog post lists four spellings of google.com that reach the same page (`https://google.com`,
`https://google.com/`, `https://google.com?utm_source=medium`, `https://google.com/?utm_source=medium`) to explain
why it normalises page URLs. utmlint told both tagged ones to add a medium and a campaign. The same tags on the same
address, once with and once without the `/`, are no two campaign links: a link of one utm key so written is not told
to complete its campaign. Its values are judged as on any link, and a link of two keys or more keeps the missing
medium: a team's own link written both ways keeps its mistakes."""

from __future__ import annotations

from utmlint.validate_url import validate_url

POST = "_posts/2023-05-21-sankey-chart.md"


def _names(url, pair, repo="joshua-data/joshua-data.github.io", path=POST):
    return [f.name for f in validate_url(url, repo=repo, path=path, file_urls=pair).findings]


def test_the_posts_two_spellings_are_not_told_to_complete_a_campaign():
    pair = ("https://google.com?utm_source=medium", "https://google.com/?utm_source=medium")
    assert [_names(url, pair) for url in pair] == [[], []]
    # alone in its file, the link is one a reader follows: told to complete it, as before
    assert _names(pair[0], (pair[0],)) == ["missing-utm-param"]


def test_a_teams_own_link_written_both_ways_keeps_its_mistakes():
    typo = ("https://acme.dev?utm_source=News", "https://acme.dev/?utm_source=News")
    # acme.dev is acme/site's own site: its two spellings are two of the team's links, told to complete (R11 below)
    assert [_names(url, typo, "acme/site", "README.md") for url in typo] == [["missing-utm-param", "value-case"]] * 2
    emial = ("https://acme.dev/pricing?utm_source=news&utm_medium=emial",
             "https://acme.dev/pricing/?utm_source=news&utm_medium=emial")
    for url in emial:
        assert "medium-unassigned" in _names(url, emial, "acme/site", "README.md")
    no_medium = ("https://acme.dev?utm_source=news&utm_campaign=spring", "https://acme.dev/?utm_source=news&utm_campaign=spring")
    for url in no_medium:  # two keys and no medium: a convention a reader copies into Unassigned
        assert "missing-utm-param" in _names(url, no_medium, "acme/site", "README.md")
    # two pages, not one address spelled twice: each link is told
    pages = ("https://acme.dev/a?utm_source=news", "https://acme.dev/b?utm_source=news")
    assert all("missing-utm-param" in _names(url, pages, "acme/site", "README.md") for url in pages)


def test_scan_reads_the_post_alike(project, run):
    root = project({POST: "The four URLs below reach the same page:\n"
                          "* [https://google.com](https://google.com/)\n"
                          "* [https://google.com/](https://google.com/)\n"
                          "* [https://google.com?utm_source=medium](https://google.com?utm_source=medium)\n"
                          "* [https://google.com/?utm_source=medium](https://google.com/?utm_source=medium)\n",
                    "docs/links.md": "Sign up: https://acme.dev?utm_source=News and https://acme.dev/?utm_source=News\n"})
    done = run("scan", "--format", "json", "--no-cache", ".", cwd=root)
    assert "Traceback" not in done.err
    by_file = {}
    for finding in done.findings:
        by_file.setdefault(finding["path"].replace("\\", "/").split("/", 1)[0], []).append(finding["code"])
    assert "_posts" not in by_file, done.out
    assert by_file.get("docs", []).count("UTM201") == 2 and "UTM101" not in by_file["docs"], done.out


def test_the_teams_own_site_written_both_ways_is_two_of_its_links():
    """stranger17 R11: a README's badge (`northwind.io?utm_source=github`) and its text link (`northwind.io/?utm_source=
    github`) to the repository's own site were read as an illustration of spellings, and their missing medium and
    campaign passed (All clean, exit 0). A link to the repository's own site, or to a host `own-hosts` names, is the
    team's: its twins are two of its links, told to complete them; someone else's address spelled twice in a post
    (google.com above) stays an illustration."""
    own = ("https://northwind.io?utm_source=github", "https://northwind.io/?utm_source=github")
    for url in own:
        assert _names(url, own, "northwind/northwind-cli", "README.md") == ["missing-utm-param"]
    pair = ("https://google.com?utm_source=medium", "https://google.com/?utm_source=medium")
    assert [_names(url, pair, "northwind/northwind-cli", "README.md") for url in pair] == [[], []]


def test_own_hosts_makes_the_twins_the_teams(project, run):
    readme = ("[![site](https://img.shields.io/badge/site-blue)](https://northwind.io?utm_source=github)\n\n"
              "Sign in at [northwind.io](https://northwind.io/?utm_source=github).\n")
    root = project({"README.md": readme, ".utmlint.yaml": "own-hosts: [northwind.io]\n"})
    done = run("scan", "--format", "json", "--no-cache", "README.md", cwd=root)
    assert [f["code"] for f in done.findings] == ["UTM101", "UTM101"], done.out
