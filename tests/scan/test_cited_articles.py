"""Another author's work a list cites (scan.byline.cited_work_said): a list item whose link a byline credits to its
author, `- [title](url) by [Name](profile)`, under a heading naming others' writing ("Community Articles /
Tutorials"), is the author's page with the tags the author chose (Formik's docs/resources.md, corpus 36 #55: Andrew
Mead's course page, told to add a medium to his tags). Tested both ways: the author's value advice is gone (scan and
validate_url with a stored reading), the URL as written is still judged, and the same shape is still told where it is
the team's own link (a byline without such a heading, such a heading without a byline, a source naming the
repository)."""

from __future__ import annotations

from repository import scan_repository

from utmlint.scan.byline import cited_work_said
from utmlint.validate_url import validate_url

VALUE_ADVICE = {"medium-unassigned", "missing-utm-param", "value-case", "campaign-slug", "medium-channel-intent"}


def rules_by_line(found):
    out = {}
    for f in found:
        out.setdefault(f["line"], set()).add(f["name"])
    return out


RESOURCES = """# Resources

## Community Articles / Tutorials

- [Better React Forms with Formik](https://mead.io/formik/?utm_source=github&utm_campaign=formikrepo) by [Andrew Mead](https://twitter.com/andrew_j_mead) - Nov 28, 2017
- [Forms in React](https://blog.example-author.dev/forms/#intro?utm_source=Newsletter&utm_medium=email&utm_campaign=forms) by Jane Doe
- [Our own guide](https://acme.dev/guide?utm_source=github&utm_medium=Docs) on the Acme site

## Talks

- [Formik at React Conf](https://talks.example-host.io/formik?utm_source=github) by @someone

## Footer

- Built with [Astro](https://astro.build/?utm_source=acme-site&utm_medium=Footer) by [Jane](https://jane.dev)
"""


def test_a_cited_articles_tags_get_no_value_advice_and_the_url_rules_still_speak(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/acme", {"docs/resources.md": RESOURCES})
    by_line = rules_by_line(found)
    # Mead's course page with his own tags (no medium): not told to add one
    assert not by_line.get(5, set()) & VALUE_ADVICE
    # another author's link with its tags after the `#`: the URL as written is still told (GA4 reads none of them)
    assert not by_line.get(6, set()) & VALUE_ADVICE
    assert "url-fragment-order" in by_line.get(6, set())
    # the team's own link in the same list, no byline: told as ever (`Docs` is no GA4 medium, no campaign)
    assert {"medium-unassigned", "missing-utm-param"} <= by_line[7]
    # a talk credited to an @handle under "Talks": the speaker's page
    assert not by_line.get(11, set()) & VALUE_ADVICE
    # a byline under a heading that names no one's writing: a site's credit to its maker, whose tags are the team's
    assert "medium-unassigned" in by_line[15]


def test_a_source_naming_the_repository_is_the_teams_own_tagging():
    """Svelte's monthly news (corpus 10 #114): an article in its "Learning Resources" credited to its author, tagged
    `utm_source=svelte_newsletter`: the newsletter's own tags on the link it shares, judged (medium-channel-intent)."""
    url = ("https://mainmatter.com/blog/2025/06/25/web-components-with-svelte/?utm_source=svelte_newsletter"
           "&utm_medium=social&utm_campaign=25-06-26-how-to-build-web-components-with-svelte")
    reading = (["Learning Resources", "Community Showcase"],
               "- [How to build Web Components with Svelte]( ) by Paolo Ricciuti")
    result = validate_url(url, repo="sveltejs/svelte.dev", path="apps/svelte.dev/content/blog/whats-new.md",
                          placement=reading)
    assert "medium-channel-intent" in {f.name for f in result.findings}


def test_a_stored_reading_in_validate_url():
    """The corpus judge's way (validate_url with the reading placement-rows.tsv stores): Formik's row, corpus 36 #55."""
    url = "https://mead.io/formik/?utm_source=github&utm_campaign=formikrepo"
    reading = (["Community Articles / Tutorials"],
               "- [Better React Forms with Formik]( ) by [Andrew Mead]( ) - Nov 28, 2017")
    result = validate_url(url, repo="jaredpalmer/formik", path="docs/resources.md", placement=reading)
    assert not {f.name for f in result.findings} & VALUE_ADVICE
    assert "another author's work the file cites" in result.not_judged
    # the same link without the reading (one URL given alone): judged, as ever
    result = validate_url(url, repo="jaredpalmer/formik", path="docs/resources.md")
    assert "missing-utm-param" in {f.name for f in result.findings}


def test_what_the_reading_takes_for_a_citation():
    line = "- [Better React Forms with Formik]( ) by [Andrew Mead]( ) - Nov 28, 2017"
    assert cited_work_said(["Community Articles / Tutorials"], line) == \
        'its line\'s byline ("by Andrew Mead") under the heading "Community Articles / Tutorials"'
    assert cited_work_said(["Books"], "- [Building Forms with Vue.js]( ) by Marina Mosti (October 2019)")
    assert cited_work_said(["Additional Resources"], "* **[Semantic Chunking]( )** by Jane Roe")
    assert cited_work_said(["Further reading"], "1. [A post]( ), by [J. Roe]( )")
    # both halves are needed: a byline under another heading, a resources heading without a byline, prose
    assert cited_work_said(["Footer"], line) == ""
    assert cited_work_said(["Resources"], "- [Our pricing]( ) for teams") == ""
    assert cited_work_said(["Resources"], "Read [the guide]( ) by the team.") == ""
    # a lower-case word after `by` is no name (`sorted by date`)
    assert cited_work_said(["Articles"], "- [All posts]( ) by date") == ""
    # a word of a heading, not part of one (`Resourceful` is no resources heading)
    assert cited_work_said(["Resourceful tips"], line) == ""
