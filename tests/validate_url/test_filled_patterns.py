"""A guide's query-only pattern, filled in the same file for each network, is no link left unfilled (corpus 23 #78).

An agency's blogging wiki says "Append the following to the URL: `?utm_source=[SOURCE]&utm_medium=[MEDIUM]&
utm_campaign=promoting`", then gives the filled query for each network (`?utm_source=quora&utm_medium=referral&
utm_campaign=promoting`, ...). utm-placeholder-unfilled called the pattern a link someone forgot to fill. A query
with no host is appended, never clicked, and its instances are there: the slots are slots, as `{source}` is. The
pattern's own values are still judged (`Promoting`), and a link with a host left `[SOURCE]` among filled ones (a
plan's forgotten fill) keeps its finding, as does a pattern the file never fills."""

from __future__ import annotations

from utmlint.validate_url import validate_url

WIKI, PAGE = "teamfurther/wiki.gofurther.digital", "_pages/marketing/blogging.md"
PATTERN = "?utm_source=[SOURCE]&utm_medium=[MEDIUM]&utm_campaign=promoting"
FILLED = ("?utm_source=facebook&utm_medium=social&utm_campaign=promoting",
          "?utm_source=linkedin&utm_medium=social&utm_campaign=promoting")


def _names(url, file_urls, repo=WIKI, path=PAGE):
    return [f.name for f in validate_url(url, repo=repo, path=path, file_urls=file_urls).findings]


def test_the_guides_pattern_beside_its_instances_is_not_called_unfilled():
    assert _names(PATTERN, (PATTERN, *FILLED)) == []
    assert all(_names(url, (PATTERN, *FILLED)) == [] for url in FILLED)


def test_its_own_values_and_a_teams_forgotten_fill_are_still_told():
    capital = PATTERN.replace("promoting", "Promoting")
    assert _names(capital, (capital, *(u.replace("promoting", "Promoting") for u in FILLED))) == ["value-case"]
    assert _names(PATTERN, (PATTERN,)).count("utm-placeholder-unfilled") == 2  # a pattern never filled: as before
    plan = ("https://acme.dev/?utm_source=facebook&utm_medium=social&utm_campaign=spring",
            "https://acme.dev/?utm_source=[SOURCE]&utm_medium=social&utm_campaign=spring")
    assert _names(plan[1], plan, "acme/site", "marketing/plan.md") == ["utm-placeholder-unfilled"]
    # another campaign's query is no instance of this pattern
    other = ("?utm_source=facebook&utm_medium=social&utm_campaign=launch",)
    assert _names(PATTERN, (PATTERN, *other)).count("utm-placeholder-unfilled") == 2


def test_scan_reads_the_wiki_alike(project, run):
    root = project({"blogging.md": "Append the following to the URL:\n\n    " + PATTERN + "\n\nFacebook:\n\n    "
                                   + FILLED[0] + "\n\nLinkedIn:\n\n    " + FILLED[1] + "\n",
                    "plan.md": "Links to post:\n- https://acme.dev/?utm_source=facebook&utm_medium=social&utm_campaign="
                               "spring\n- https://acme.dev/?utm_source=[SOURCE]&utm_medium=social&utm_campaign=spring\n"})
    done = run("scan", "--format", "json", "--no-cache", ".", cwd=root)
    assert [(f["path"], f["name"]) for f in done.findings] == [("plan.md", "utm-placeholder-unfilled")], done.out
