"""review41 L7: one campaign link, two contrary suggestions: on `https://github.com/sponsors/acme?utm_source=x`,
url-has-utm said "remove it from `url:` and set the value you want in `source:`" and utm-useless-destination "utm tags
measure nothing here ... write `metadata_source=x` instead". On a destination that reads no utm tags, setting
`source:` adds tags the page never reads: utm-useless-destination's is the one finding. `utmlint lint` on a real file,
as a user runs it; a page that reads them keeps url-has-utm's."""

from __future__ import annotations


def test_a_page_that_reads_no_utm_tags_gets_one_finding(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "c.yaml": """\
        campaign: spring-sale
        source: newsletter
        medium: email
        links:
          - url: https://github.com/sponsors/acme?utm_source=x
            content: sponsor
          - url: https://acme.dev/sale?utm_source=x
            content: hero
        """})
    found = run("lint", "--format", "json", "--no-cache", ".", cwd=folder).findings
    assert [(f["line"], f["name"]) for f in found] == [(5, "utm-useless-destination"), (7, "url-has-utm")], found


def test_a_share_links_unencoded_address_gets_one_finding(project, run):
    """newuser48c F4: a share link whose shared address, after a placeholder, is not encoded (`text={title}&url=
    https://ex.com/p?utm_source=twitter&utm_medium=social`) got url-second-question-mark's "write `url`'s value
    encoded" and url-has-utm's "remove `utm_medium=social` from `url:`", a safe fix that took the shared page's medium
    away: url-second-question-mark's is the one finding, and --fix leaves the link as written."""
    share = "https://twitter.com/intent/tweet?text={title}&url=https://ex.com/p?utm_source=twitter&utm_medium=social"
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "c.yaml": f"""\
        campaign: launch
        source: twitter
        medium: social
        links:
          - url: "{share}"
          - url: https://acme.dev/sale?utm_medium=social
        """})
    found = run("lint", "--format", "json", "--no-cache", ".", cwd=folder).findings
    assert [(f["line"], f["name"]) for f in found] == [(5, "url-second-question-mark"), (6, "url-has-utm")], found
    run("lint", "--fix", "--no-cache", ".", cwd=folder)
    assert share in (folder / "c.yaml").read_text(encoding="utf-8")
