"""Silverchair, the platform that sends journals' article alerts (JAMA Network's `utm_source=silverchair&utm_medium=
email&utm_campaign=article_alert-...`), named in rules/copied-tracking.txt `[posted]` as an e-mail tool (recall, session
35, after corpus 19 #24: a health site's article citing a JAMA paper with the alert's tags, each key written twice).
The alert's tags on a page's link are copied; the one finding takes the repeated keys with them. The journal's own
alert template keeps its tags. And HubSpot's social post id left alone on a link (`?utm_content=134281299`, corpus 19
#165): copied; a team's own content value (a date, or beside its own source) is not."""

from __future__ import annotations

from utmlint.validate_url import validate_url

ALERT = ("https://jamanetwork.com/journals/jama/fullarticle/2718456?guestAccessKey=353313c0-67cc-4b8f-9df7-f516a12eacc7"
         "&utm_source=silverchair&utm_medium=email&utm_campaign=article_alert-jama&utm_content=olf&utm_term=121018")


def test_a_journal_alerts_tags_on_a_page_are_copied():
    found = validate_url(ALERT, repo="act-now-coalition/covid-act-now-website",
                         path="src/cms-content/articles/covid-testing-basics.json").findings
    assert [(f.name, f.severity) for f in found] == [("copied-tracking", "warning")]
    assert "https://jamanetwork.com/journals/jama/fullarticle/2718456?guestAccessKey=" in found[0].message


def test_the_journals_own_alert_template_keeps_its_tags():
    found = validate_url(ALERT, repo="jamanetwork/jama-alerts", path="templates/email/article_alert.html").findings
    assert [f.name for f in found] == []


def test_a_social_tools_post_id_alone_is_copied():
    # corpus 19 #165: what is left of a HubSpot social post's link (`utm_content=<post id>&utm_medium=social&
    # utm_source=twitter&hss_channel=...`) once the rest was cut, in the A11Y Project's post
    found = validate_url("https://blog.tenon.io/what-would-an-ethical-overlay-look-like/?utm_content=134281299",
                         repo="a11yproject/a11yproject.com", path="src/posts/should-i-use-an-accessibility-overlay.md")
    assert [f.name for f in found.findings] == ["copied-tracking"]
    assert found.fixed_url == "https://blog.tenon.io/what-would-an-ethical-overlay-look-like/"


def test_a_teams_own_content_value_keeps_its_advice():
    # a date alone (8 digits: no campaign tag, nothing said), and a 9-digit id beside the team's own source: the
    # team's, its missing tags told
    assert validate_url("https://acme.io/launch?utm_content=20240115", repo="jdoe/site", path="posts/launch.md"
                        ).findings == []
    found = [f.name for f in validate_url("https://acme.io/launch?utm_source=blog&utm_content=134281299", repo="jdoe/site",
                                          path="posts/launch.md").findings]
    assert found == ["missing-utm-param"]
