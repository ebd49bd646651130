"""A citation of another site's page (scan.citation): the link's own line names the site it goes to as the page's
publisher (a page title's `| CloudForecast Blog`, an entry's `by DeepLearning.AI`), so the link was copied from that
page, with the tags the page carried: copied-tracking says so (checks.tracking.copied_cited), and no
advice is given on the values (corpus 5 #82, corpus 10 #194, both labelled copied-tracking blind, their value advice
wrong). Tested both ways: the citation is told, and the lines that name no publisher, or name one whose tags were
written for this placement (the repository's name in them, `utm_source=github`), keep their verdicts."""

from __future__ import annotations

from utmlint.scan.citation import cited_name, cites_site
from utmlint.validate_url import validate_url

from tests.scan.repository import scan_repository

DLAI = ("https://www.deeplearning.ai/short-courses/red-teaming-llm-applications/?utm_campaign=giskard-launch"
        "&utm_medium=headband&utm_source=dlai-homepage")
CLOUDFORECAST = ("https://www.cloudforecast.io/blog/using-serverless-reapers-to-lower-your-aws-bill/"
                 "?utm_campaign=website&utm_source=Last")


def test_the_publisher_a_line_names():
    assert cited_name("- **[Red Teaming LLM Applications]( )** 🌐 🎥 by DeepLearning.AI") == "DeepLearning.AI"
    assert cited_name("[Using Serverless Reapers to Lower Your AWS Bill | CloudForecast Blog]( )") == \
        "CloudForecast Blog"
    assert cited_name('<a href=" ">Benchmarking Linkerd and Istio | Linkerd</a>') == "Linkerd"
    # no title's site, no credit; a credit after a second link; an author (`by Marina Mosti`) names no site
    assert cited_name("- [Grids Plus]( ) — The Only Grid Plugin") == ""
    assert cited_name("[one]( ) and [two]( ) by DeepLearning.AI") == ""
    assert cites_site("DeepLearning.AI", "www.deeplearning.ai") and cites_site("CloudForecast Blog",
                                                                               "www.cloudforecast.io")
    assert cites_site("artagnon.com", "artagnon.com") and not cites_site("Marina Mosti", "www.packtpub.com")
    assert not cites_site("Time", "www.vox.com") and not cites_site("Foo", "foo.com")  # 3 letters: too short a name


def judged(url, repo, path, line):
    result = validate_url(url, repo=repo, path=path, placement=((), line, ()))
    return {f.name: f.message for f in result.findings}


def test_a_cited_page_s_tags_are_told_as_copied_not_respelled():
    found = judged(DLAI, "aishwaryanr/awesome-generative-ai-guide", "courses.md",
                   "- **[Red Teaming LLM Applications]( )** 🌐 🎥 by DeepLearning.AI")
    assert set(found) == {"copied-tracking"}
    assert "deeplearning.ai's own tags on a link to itself: the words around the link name deeplearning.ai as the page's " \
           "publisher (`DeepLearning.AI`)" in found["copied-tracking"]
    found = judged(CLOUDFORECAST, "chris-short/devopsish.com", "content/archive/123/notes.md",
                   "[Using Serverless Reapers to Lower Your AWS Bill | CloudForecast Blog]( )")
    assert set(found) == {"copied-tracking"}


def test_lines_naming_no_publisher_or_tags_written_for_this_placement_keep_their_verdicts():
    # the same entry without its credit: the medium is still told (nothing says whose the tags are)
    found = judged(DLAI, "aishwaryanr/awesome-generative-ai-guide", "courses.md",
                   "- **[Red Teaming LLM Applications]( )** 🌐 🎥")
    assert "medium-unassigned" in found and "copied-tracking" not in found
    # a title naming its site, tags naming the repository (a listing's, a sponsor's for this placement): judged
    found = judged("https://cloudrail.com/?utm_source=SendGrid&utm_medium=Website&utm_campaign=SendGrid%20Website",
                   "sendgrid/docs", "content/docs/libraries.md", "-   [CloudRail-SendGrid]( ) *by CloudRail* - Bundle")
    assert "copied-tracking" not in found
    # `utm_source=github`: tags written for where the file is read (a book's author listing it in an awesome list)
    found = judged("https://theroadtoenterprise.com/?utm_source=github&utm_medium=vue-awesome&utm_campaign=vue_road",
                   "vuejs/awesome-vue", "README.md", "- [Vue | The Road To Enterprise]( ) Thomas Findlay (2021)")
    assert "copied-tracking" not in found and "medium-unassigned" in found
    # a code host's page (`owner/repo · GitHub`) is no page of GitHub's: its tags are someone else's, not the host's
    found = judged("https://github.com/kjgpta/tracesage?utm_source=acmeletter&utm_medium=newsletter",
                   "acme/notes", "notes.md", "### [GitHub - kjgpta/tracesage · GitHub]( )")
    assert "copied-tracking" not in found
    # the team's own site, named by the title: its own tags, judged as without the title
    url = "https://www.acme.io/blog/launch?utm_source=Launch_Post&utm_medium=post"
    found = judged(url, "acme/docs", "notes.md", "[We launched | Acme Blog]( )")
    assert found == judged(url, "acme/docs", "notes.md", "[We launched]( )") and "value-case" in found
    # an ad's medium: whoever wrote it, made for the ad
    found = judged("https://www.cloudforecast.io/?utm_source=Last&utm_medium=cpc&utm_campaign=x", "acme/notes",
                   "notes.md", "[Save on AWS | CloudForecast Blog]( )")
    assert "copied-tracking" not in found


def test_scan_tells_a_cited_page_s_tags_from_the_file(tmp_path, monkeypatch, capsys):
    credited = "- **[Red Teaming LLM Applications](" + DLAI + ")** 🌐 🎥 by DeepLearning.AI\n"
    uncredited = "- **[Evaluating AI Agents](" + DLAI.replace("red-teaming", "evaluating") + ")** 🌐\n"
    files = {"courses.md": "# Courses\n\n" + credited + uncredited}
    found = scan_repository(tmp_path, monkeypatch, capsys, "someone/ai-guide", files)
    rules = {(f["line"], f["name"]) for f in found}
    assert (3, "copied-tracking") in rules and (3, "medium-unassigned") not in rules
    assert (4, "medium-unassigned") in rules and (4, "copied-tracking") not in rules  # no credit on its line


def test_the_owners_own_post_cited_in_their_notes_keeps_its_tags():
    """review42 F2: a person's own post cited in their own repository, the handle not the domain (jdoe, janedoe.dev),
    was told to strip its own tags as someone else's; another publisher's page in the same notes is still told."""
    own = "https://janedoe.dev/posts/scaling-postgres?utm_source=homepage&utm_medium=referral&utm_campaign=blog"
    for line in ("[Scaling Postgres - Jane Doe]( )", "- [Scaling Postgres]( ) by Jane Doe"):
        assert "copied-tracking" not in judged(own, "jdoe/notes", "README.md", line), line
    assert set(judged(CLOUDFORECAST, "jdoe/notes", "README.md",
                      "[Using Serverless Reapers to Lower Your AWS Bill | CloudForecast Blog]( )")) == {"copied-tracking"}
