"""source-not-allowed offers a word of the team's source list only as a spelling of the value (stranger19 R4).

With `sources: [newsletter, customerio, intercom, mailchimp]`, a launch sheet's podcast row (`utm_source=devpod&
utm_medium=podcast`), a docs page's `utm_source=blog`, a review site's `producthunt` were each told "use one of
`newsletter`, `customerio`, `intercom`", and a partner's `partner.com` "did you mean `intercom`?" (difflib's likeness,
0.6). A source names who sent the visits: following either credits a podcast's, a review site's or a partner's visits
to the newsletter or to Intercom. A spelling of a list word (a typo, case or separators) is still told that word; a
value that is no spelling of one is told to add it, the list named only for the case that one of them sent the links.
"""

from __future__ import annotations

import pytest

CONFIG = ("sources: [newsletter, customerio, intercom, mailchimp]\n"
          "mediums: [email, push, paid-social, cpc, social, referral]\n")


def _scan(project, run, source: str, medium: str = "referral"):
    page = f"[Launch](https://northwind.io/launch?utm_source={source}&utm_medium={medium}&utm_campaign=launch-2026)\n"
    root = project({".utmlint.yaml": CONFIG, "docs/launch.md": page})
    done = run("scan", "--format", "json", "--no-cache", "docs", cwd=root)
    assert "Traceback" not in done.err
    return [f["message"] for f in done.findings if f["code"] == "UTM105"]


@pytest.mark.parametrize("source", ["devpod", "blog", "producthunt", "capterra", "weekly-digest"])
def test_another_sender_is_not_told_to_take_a_list_word(project, run, source):
    (told,) = _scan(project, run, source)
    assert "use one of" not in told and "did you mean" not in told, told
    assert "only if that is who sent these links" in told and "add it to the list" in told, told


def test_a_partners_domain_is_not_told_intercom(project, run):
    (told,) = _scan(project, run, "partner.com")
    assert "intercom" not in told and "did you mean" not in told, told
    assert "names the site `partner.com`" in told, told


@pytest.mark.parametrize("source, word", [("mailchimpp", "mailchimp"), ("newsleter", "newsletter"),
                                          ("news-letter", "newsletter"), ("intercomm", "intercom")])
def test_a_spelling_of_a_list_word_is_still_told_the_word(project, run, source, word):
    (told,) = _scan(project, run, source)
    assert f"did you mean `{word}`?" in told, told


def test_a_campaign_file_says_the_same(project, run):
    campaign = ("campaign: launch-2026\nsource: devpod\nmedium: audio\nlinks:\n"
                "  - url: https://northwind.io/launch\n    content: host-read\n")
    root = project({".utmlint.yaml": CONFIG, "c/pod.yaml": campaign})
    done = run("lint", "--format", "json", "--no-cache", "c", cwd=root)
    (told,) = [f["message"] for f in done.findings if f["code"] == "UTM105"]
    assert "use one of" not in told and "add it to the list" in told, told
