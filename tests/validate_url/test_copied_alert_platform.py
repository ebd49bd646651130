"""Silverchair, the platform that sends journals' article alerts (JAMA Network's `utm_source=silverchair&utm_medium=
email&utm_campaign=article_alert-...`), named in rules/copied-tracking.txt `[posted]` as an e-mail tool (recall, session
35, after corpus 19 #24: a health site's article citing a JAMA paper with the alert's tags, each key written twice).
The alert's tags on a page's link are copied; the one finding takes the repeated keys with them. The journal's own
alert template keeps its tags."""

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
