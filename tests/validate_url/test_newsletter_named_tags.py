"""Another newsletter's or an e-mail tool's tags on a link in a page or a newsletter's archive (corpus 15 #60 #74 #78
#97): `utm_source=CSS-Weekly&utm_medium=email`, C# Digest's `csharpdigest`, DEV's `digest_mailer`, Eloqua's.

A source naming a weekly or a digest names who sent the e-mail (rules/copied-tracking.txt `[posted]`, kind
`newsletter`): in a handbook's reading list, and in .NET Weekly's archive of submitted links too (a folder named
`newsletters/`, where an e-mail tool's name is the archive's own sender's), the tags are that other newsletter's,
copied with the link. Before, the links were told to lower-case `CSS-Weekly` and `Eloqua`. The newsletter's own
repository and an e-mail template naming its own tool keep their tags, and their mistakes are told.
"""

from __future__ import annotations

from utmlint.validate_url import validate_url

CSS_WEEKLY = ("https://12devsofxmas.co.uk/2016/01/day-7/?utm_source=CSS-Weekly&utm_campaign=Issue-197"
              "&utm_medium=email")


def names(url, repo, path):
    return {f.name for f in validate_url(url, repo=repo, path=path).findings}


def test_another_newsletters_tags_in_a_newsletters_archive_are_copied():
    assert names(CSS_WEEKLY, "dotnetweekly/dnw-gatsby", "src/newsletters/2016/2/day-7.md") == {"copied-tracking"}
    digest = ("https://dev.to/aspittel/skills?utm_source=digest_mailer&utm_medium=email&utm_campaign=digest_email")
    assert names(digest, "suncoast-devs/handbook", "meta/resources/online-resources.md") == {"copied-tracking"}


def test_an_email_tools_tags_in_a_reading_list_are_copied():
    url = "https://edu.alibabacloud.com/training?utm_campaign=NovTraining&utm_medium=email&utm_source=Eloqua"
    assert names(url, "cloudcommunity/Free-Certifications", "Expired-Offers.md") == {"copied-tracking"}


def test_the_newsletters_own_and_a_templates_own_tool_keep_their_advice():
    # CSS Weekly's own repository: its own tags, whose capitals are still told
    found = names(CSS_WEEKLY, "zoranjambor/css-weekly", "issues/197.md")
    assert "copied-tracking" not in found and "value-case" in found
    # an e-mail template naming the tool that sends it: the team's own e-mail
    found = names("https://partner-site.io/launch?utm_source=sendgrid&utm_medium=email&utm_campaign=Launch",
                  "acme/web", "templates/newsletter/launch.html")
    assert "copied-tracking" not in found and "value-case" in found
