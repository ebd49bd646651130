"""Another newsletter's or an e-mail tool's tags on a link in a page (corpus 15 #60 #74 #78 #97; review13 R7).

A source naming a weekly or a digest with a word of its own (`CSS-Weekly`, `csharpdigest`: rules/copied-tracking.txt
`[posted]`, kind `newsletter`) names who sent the e-mail: in a handbook's reading list the tags are that newsletter's,
copied with the link, and the page is not told to lower-case them. Eloqua's name is an e-mail tool's. Left as the
file's own: a name of generic words only (`weekly_digest`, `digest_mailer`: any product's own digest, review13 R7),
a newsletter's name in an e-mail template or a newsletter's archive (linkplace's "email") when it names the repository
or the site the link goes to, or is the tag set the file writes on links to two or more sites (the e-mail's own), and
the newsletter's own repository. Another newsletter's name in a newsletter's archive (CSS Weekly's and C# Digest's in
.NET Weekly's `src/newsletters/`, corpus 15 #74 #78, one link a file) was copied with the link: a hedged note (recall,
session 35; until then read as the archive's own since review13 R7's fix, and #74's capitals told, labelled wrong).
The archive's own newsletter, named by the file's title or path or written on two or more different links of an
issue, is its own wherever its links go (stranger16 R1: a team's site named otherwise than its organisation).
"""

from __future__ import annotations

from utmlint.validate_url import validate_url

CSS_WEEKLY = ("https://12devsofxmas.co.uk/2016/01/day-7/?utm_source=CSS-Weekly&utm_campaign=Issue-197"
              "&utm_medium=email")


def names(url, repo, path):
    return {f.name for f in validate_url(url, repo=repo, path=path).findings}


def test_another_newsletters_tags_in_a_reading_list_are_copied():
    assert names(CSS_WEEKLY, "ryanburgess/engineer-manager", "README.md") == {"copied-tracking"}
    digest = "https://blogs.msdn.microsoft.com/dotnet/x/?utm_source=csharpdigest&utm_medium=email&utm_campaign=Featured"
    assert names(digest, "ryanburgess/engineer-manager", "README.md") == {"copied-tracking"}


def test_an_email_tools_tags_in_a_reading_list_are_copied():
    url = "https://edu.alibabacloud.com/training?utm_campaign=NovTraining&utm_medium=email&utm_source=Eloqua"
    assert names(url, "cloudcommunity/Free-Certifications", "Expired-Offers.md") == {"copied-tracking"}


def test_an_apps_own_digest_keeps_its_advice():
    # review13 R7: a Rails app's own digest e-mail, and its generic name on a page: its typo is still an error
    url = "https://taskly.io/dashboard?utm_source=weekly_digest&utm_medium=emial&utm_campaign=digest"
    assert names(url, "jdoe/rails-app", "app/views/digest_mailer/weekly.html.erb") == {"medium-unassigned"}
    found = names("https://partner.dev/deal?utm_source=weekly_digest&utm_medium=emial", "jdoe/rails-app",
                  "docs/partners.md")
    assert "copied-tracking" not in found and "medium-unassigned" in found
    # DEV's digest e-mail's tags on a page's link to dev.to (corpus 15 #97): since session 34 (copied) a hedged note that
    # they came from a digest e-mail, naming the capital it holds back (tests/validate_url/
    # test_copied_archive_digest_token.py); in the digest's own e-mail template (above) the e-mail's own
    found = validate_url("https://dev.to/x?utm_source=digest_mailer&utm_medium=email&utm_campaign=Digest",
                         repo="suncoast-devs/handbook", path="meta/resources/online-resources.md").findings
    # since stranger15 R14 a note holding a mistake back is a warning: removed or fixed, the link needs a change, and
    # a team whose tags they are must not pass its gate
    assert [(f.name, f.severity) for f in found] == [("copied-tracking", "warning")]
    assert found[0].message.endswith("they have mistakes too: value-case (UTM201)")


def test_the_newsletters_own_and_a_templates_own_tags_keep_their_advice():
    # CSS Weekly's own repository, and a newsletter's e-mail archive: the e-mail's own tags, whose capitals are told
    found = names(CSS_WEEKLY, "zoranjambor/css-weekly", "issues/197.md")
    assert "copied-tracking" not in found and "value-case" in found
    found = names("https://partner-site.io/launch?utm_source=acme-weekly&utm_medium=emial&utm_campaign=Launch",
                  "acme/web", "templates/newsletter/launch.html")
    assert "copied-tracking" not in found and {"value-case", "medium-unassigned"} <= found
    found = names("https://partner-site.io/launch?utm_source=sendgrid&utm_medium=email&utm_campaign=Launch",
                  "acme/web", "templates/newsletter/launch.html")
    assert "copied-tracking" not in found and "value-case" in found


def test_another_newsletters_tags_in_a_newsletters_archive_are_copied():
    # corpus 15 #74 #78: .NET Weekly's archive, one item a file, links a post with CSS Weekly's e-mail tags
    found = validate_url(CSS_WEEKLY, repo="dotnetweekly/dnw-gatsby", path="src/newsletters/2016/2/day-7.md").findings
    # a warning, not an info: the hedged note holds back the tags' capitals (stranger15 R14)
    assert [(f.name, f.severity) for f in found] == [("copied-tracking", "warning")]
    assert "CSS-Weekly" in found[0].message and "value-case (UTM201)" in found[0].message


def test_a_newsletters_own_template_keeps_its_tags_and_its_typo_is_told():
    # an e-mail template of the team's own weekly, named otherwise than the repository: its name names the site it
    # links to (taskly.io), or the file writes the set on links to two or more sites (its issue's own tagging)
    found = names("https://taskly.io/dashboard?utm_source=taskly-weekly&utm_medium=emial&utm_campaign=digest",
                  "jdoe/rails-app", "app/views/digest_mailer/weekly.html.erb")
    assert found == {"medium-unassigned"}
    issue = ["https://css-tricks.com/a?utm_source=frontend-weekly&utm_medium=emial&utm_campaign=issue-12",
             "https://other.org/b?utm_source=frontend-weekly&utm_medium=emial&utm_campaign=issue-12"]
    found = {f.name for f in validate_url(issue[0], repo="jdoe/mailers", path="newsletter/issue-12.html",
                                          file_urls=issue).findings}
    assert "copied-tracking" not in found and "medium-unassigned" in found


def test_the_archives_own_newsletter_is_its_own_wherever_its_links_go():
    # stranger16 R1: a team's archive whose organisation is not its domain (nwlabs / northwind.io): two links of an
    # issue with one newsletter's name, or a path naming it, are the issue's own tags; its typo is told
    issue = ["https://www.northwind.io/blog/sso?utm_source=builders-weekly&utm_medium=emial&utm_campaign=issue-43",
             "https://www.northwind.io/pricing?utm_source=builders-weekly&utm_medium=emial&utm_campaign=issue-43"]
    found = validate_url(issue[0], repo="nwlabs/website", path="src/newsletters/issue-43.md", file_urls=issue).findings
    assert [(f.name, f.severity) for f in found] == [("medium-unassigned", "error")]
    assert names(issue[1], "nwlabs/website", "newsletters/builders-weekly/issue-43.md") == {"medium-unassigned"}
    # the same copied link written twice in an archive item is one link: still another newsletter's
    found = validate_url(CSS_WEEKLY, repo="dotnetweekly/dnw-gatsby", path="src/newsletters/2016/2/day-7.md",
                         file_urls=[CSS_WEEKLY, CSS_WEEKLY]).findings
    assert [f.name for f in found] == ["copied-tracking"]
