"""A citation named in the sentence around the link (newuser44 F6): a blog post's sentence naming the linked site as the
author of the page it links to, on the line before the link as well (`Smashing Magazine's piece on changelog design\n
([read it](https://www.smashingmagazine.com/...?utm_source=SmashingNewsletter...))`, `Intercom said the same in\n[their
product update post](https://www.intercom.com/...?utm_source=newsletter&utm_medium=newsletter...)`), makes the link a
citation of that site's page, its tags the site's: copied-tracking says so and no value advice is given (`scan --fix`
rewrote Smashing's newsletter tags), as for a page title naming its site on the link's own line (scan.citation).
Tested both ways: the team's own promo (`Try [Acmeflow](...)`), a name with no word tying it to the page (`Read our
guide on Intercom`), a sponsor's line or heading, and a string in code keep their verdicts."""

from __future__ import annotations

from utmlint.scan.citation import sentence_cited
from utmlint.scan.placement import link_sentence
from utmlint.validate_url import validate_url

from tests.scan.repository import scan_repository

SMASHING = ("https://www.smashingmagazine.com/2024/05/changelog-design/?utm_source=SmashingNewsletter&utm_medium=Email"
            "&utm_campaign=May_2024")
INTERCOM = ("https://www.intercom.com/blog/product-updates/?utm_source=newsletter&utm_medium=newsletter"
            "&utm_campaign=weekly")
OWN = "https://acmeflow.com/?utm_source=Blog&utm_medium=Blog_Post&utm_campaign=changelog"
POST = ("---\ntitle: Changelog, part 2\ndate: 2026-11-10\n---\n\n# Writing changelogs people read\n\n"
        "We took a lot from Smashing Magazine's piece on changelog design\n"
        f"([read it]({SMASHING})).\n\n"
        "Intercom said the same in\n"
        f"[their product update post]({INTERCOM}).\n\n"
        f"Try [Acmeflow]({OWN})\ntoday.\n")
VALUES = {"value-case", "medium-unassigned", "missing-utm-param", "campaign-slug"}


def test_the_sentence_around_a_link_is_read_across_its_lines():
    at = POST.index(SMASHING)
    assert link_sentence(POST, at) == ("We took a lot from Smashing Magazine's piece on changelog design "
                                       "([read it]( )).")
    assert link_sentence(POST, POST.index(INTERCOM)) == "Intercom said the same in [their product update post]( )."
    assert link_sentence(POST, POST.index(OWN)) == "Try [Acmeflow]( ) today."
    # a sentence before it in the paragraph, a list item above it, a heading: not the link's sentence
    text = "# Notes\n\n- an item by Intercom\n- Done. See [this]( https://x.io/?utm_source=a ) now.\n"
    assert link_sentence(text, text.index("https://x.io")) == "See [this]( ) now."


def test_a_sentence_naming_the_linked_site_as_the_page_s_author():
    assert sentence_cited(link_sentence(POST, POST.index(SMASHING)), "www.smashingmagazine.com") == "Smashing Magazine"
    assert sentence_cited(link_sentence(POST, POST.index(INTERCOM)), "www.intercom.com") == "Intercom"
    for sentence, host in (("[read it]( ) by Smashing Magazine.", "smashingmagazine.com"),
                           ("According to intercom.com, [this]( ) works.", "intercom.com"),
                           ("See the Intercom article [here]( ).", "www.intercom.com"),
                           ("As Intercom's recent product update post [explains]( ).", "intercom.com"),
                           ("An essay from Paul Graham: [Do things]( )", "paulgraham.com")):
        assert sentence_cited(sentence, host), sentence
    # no word ties the name to the page, a bare `by` (a sponsor's, a badge's), or the name is not the linked site's
    for sentence, host in (("Try [Acmeflow]( ) today.", "acmeflow.com"),
                           ("Try Acmeflow for your next post ([here]( )).", "acmeflow.com"),
                           ("Read our guide on Intercom ([here]( )).", "acmeflow.com"),
                           ("Read our guide on Intercom ([here]( )).", "www.intercom.com"),
                           ("Read Acmeflow's guide [here]( ).", "acmeflow.com"),
                           ("Read more in the Acmeflow blog [here]( ).", "acmeflow.com"),
                           ("Sponsored by Retool: [try it]( ).", "retool.com"),
                           ("Migrating from Intercom? [Start here]( )", "intercom.com"),
                           ("Intercom said the same in [their post]( ).", "acmeflow.com")):
        assert sentence_cited(sentence, host) == "", sentence


def test_scan_tells_a_cited_page_s_tags_and_judges_the_team_s_own(tmp_path, monkeypatch, capsys):
    """newuser44 F6's repository: a `.utmlint.yaml` naming no own-hosts (what `utmlint init` writes), its site named
    by its CNAME (newuser44's by its site config)."""
    found = scan_repository(tmp_path, monkeypatch, capsys, "quillstack/devrel",
                            {"blog/2026-11-10-changelog-2.md": POST, "CNAME": "quillstack.dev\n"},
                            config='include:\n  - "**/*.md"\n')
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], set()).add(f["name"])
    assert by_line[9] == {"copied-tracking"} and by_line[12] == {"copied-tracking"}  # the two citations
    assert {"value-case", "medium-unassigned"} <= by_line[14]  # the team's own promo, judged
    message = next(f["message"] for f in found if f["line"] == 12)
    assert "the words around the link name intercom.com as the page's publisher (`Intercom`)" in message


def test_a_sponsor_s_line_or_section_stays_a_placement(tmp_path, monkeypatch, capsys):
    retool = "https://retool.com/blog/changelogs?utm_source=Devtools&utm_medium=Banner&utm_campaign=Q1"
    text = (f"# Issue 12\n\nRetool's write-up on changelogs, sponsored: [read it]({retool}).\n\n"
            f"## Sponsors\n\nRetool's blog post on internal tools: [read it]({retool.replace('Q1', 'Q2')}).\n")
    found = scan_repository(tmp_path, monkeypatch, capsys, "quillstack/devrel",
                            {"issues/12.md": text, "CNAME": "quillstack.dev\n"})
    assert not {f["name"] for f in found} & (VALUES | {"copied-tracking"}), found


def test_a_string_in_code_is_no_sentence(tmp_path, monkeypatch, capsys):
    code = f'// Intercom said the same in their post\nconst link = "{INTERCOM}";\n'
    found = scan_repository(tmp_path, monkeypatch, capsys, "quillstack/devrel",
                            {"src/links.js": code, "CNAME": "quillstack.dev\n"})
    assert "copied-tracking" not in {f["name"] for f in found}


def test_the_corpus_judge_reads_the_stored_sentence_both_ways():
    line = "([read it]( ))."
    sentence = link_sentence(POST, POST.index(SMASHING))
    cited = validate_url(SMASHING, repo="quillstack/devrel", path="blog/post.md", site="quillstack.dev",
                         placement=((), line, (), sentence))
    assert {f.name for f in cited.findings} == {"copied-tracking"}
    plain = validate_url(SMASHING, repo="quillstack/devrel", path="blog/post.md", placement=((), line, ()))
    assert "value-case" in {f.name for f in plain.findings}
    own = validate_url(OWN, repo="quillstack/devrel", path="blog/post.md",
                       placement=((), "Try [Acmeflow]( )", (), "Try [Acmeflow]( ) today."))
    assert {"value-case", "medium-unassigned"} <= {f.name for f in own.findings}


REPORT = ("# What we learned from 2,000 onboarding calls\n\n"
          "Acmeflow's 2026 onboarding report found that teams who invite a colleague in week one stay twice as long\n"
          "([read the report](https://acmeflow.com/reports/onboarding-2026?utm_source=Blog&utm_medium=Blog_Post"
          "&utm_campaign=onboarding-report)).\n\n"
          "Start your [free trial](https://acmeflow.com/signup?utm_source=blog&utm_medium=Blog_Post).\n")
LAUNCH = ("# Launch week recap\n\nAs Acmeflow explained in [the launch post](https://acmeflow.com/blog/launch?"
          "utm_source=Blog&utm_medium=Blog_Post&utm_campaign=launch), every plan now includes SSO.\n")
ZAPIER = ("# Zapier\n\nZapier wrote about the new triggers, and you can [connect Acmeflow on Zapier](https://zapier.com/"
          "apps/acmeflow/integrations?utm_source=Blog&utm_medium=Blog_Post&utm_campaign=zapier) today.\n")


def test_a_team_s_blog_naming_itself_in_the_third_person_keeps_its_own_tags(tmp_path, monkeypatch, capsys):
    """review45 F1: where nothing in the repository names the team's site (jdoe/marketing-site, no CNAME, no
    own-hosts), `Acmeflow's 2026 report` / `As Acmeflow explained` linking acmeflow.com is the team's own link,
    judged; and a saying in another clause (`Zapier wrote ..., and you can [connect Acmeflow on Zapier]`) names no
    publisher of the link's page, even where the site is known."""
    found = scan_repository(tmp_path / "a", monkeypatch, capsys, "jdoe/marketing-site",
                            {"blog/onboarding.md": REPORT, "blog/launch.md": LAUNCH})
    names = {f["name"] for f in found}
    assert "copied-tracking" not in names and {"value-case", "medium-unassigned"} <= names
    found = scan_repository(tmp_path / "b", monkeypatch, capsys, "jdoe/marketing-site",
                            {"blog/zapier.md": ZAPIER, "CNAME": "acmeflow.com\n"})
    assert "copied-tracking" not in {f["name"] for f in found}


RAN = ("# Changelogs\n\nSmashing Magazine ran a long piece on this. "
       f"[Read it here]({SMASHING})\n\n"
       "Intercom has a great write-up on it:\n"
       f"[here]({INTERCOM}).\n\n"
       "Acmeflow ran a long piece on this. [Read it here](https://acmeflow.com/blog/changelogs?utm_source=Blog"
       "&utm_medium=Blog_Post&utm_campaign=changelog)\n\n"
       "This issue is sponsored by Retool. [Try it here](https://retool.com/?utm_source=Devtools&utm_medium=Banner"
       "&utm_campaign=Q1)\n")


def test_a_bare_link_s_publisher_named_in_the_sentence_before(tmp_path, monkeypatch, capsys):
    """review45 F15: `Smashing Magazine ran a long piece on this. [Read it here](...)`: the link's own sentence is the
    link alone, a pointer; the sentence before names its page's publisher (`ran a long piece`, `has a great write-up`:
    what a site did with its work). Read where the team's site is known (its CNAME), as every sentence citation is:
    the publisher's tags, copied; the team's own `Acmeflow ran a long piece` (its own site) and a sponsor's sentence
    keep their verdicts, and where nothing names the team's site no sentence is read, as before."""
    from utmlint.scan.citation import bare_pointer, sentence_before

    at = RAN.index(SMASHING)
    assert bare_pointer(link_sentence(RAN, at)) and sentence_before(RAN, at) == (
        "Smashing Magazine ran a long piece on this.")
    assert not bare_pointer("We took a lot from Smashing Magazine's piece on changelog design ([read it]( )).")
    assert sentence_cited("Intercom has a great write-up on it: [here]( ).", "www.intercom.com") == "Intercom"
    assert sentence_cited("Acmeflow has a pricing page: [here]( ).", "acmeflow.com") == ""
    found = scan_repository(tmp_path / "a", monkeypatch, capsys, "jdoe/marketing-site",
                            {"blog/changelogs.md": RAN, "CNAME": "acmeflow.com\n"})
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], set()).add(f["name"])
    assert by_line[3] == {"copied-tracking"} and by_line[6] == {"copied-tracking"}, by_line  # the two citations
    assert "utm-internal-link" in by_line[8] and "copied-tracking" not in by_line[8], by_line  # the team's own post
    # the sponsor's: no citation (its one note is the collection's: three sites, three sources, none the team's)
    assert not any("publisher" in f["message"] for f in found if f["line"] in (8, 10)), found
    found = scan_repository(tmp_path / "b", monkeypatch, capsys, "jdoe/marketing-site", {"blog/changelogs.md": RAN})
    assert not any("publisher" in f["message"] for f in found), found  # (the file's collection note, as before)
