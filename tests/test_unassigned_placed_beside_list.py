"""medium-unassigned beside a team `mediums:` list names each placement's medium, never the list's first words
(stranger19 R5).

With `mediums: [email, push, paid-social, cpc, social, referral]`, a docs page's `utm_medium=Blog` and an app's
`utm_medium=in-app` were told "use a medium GA4 knows, such as `email`, `push`, `paid-social` or `cpc`": the list's
first four, whichever channel they are. Following it files a docs page's link under Email, Mobile Push, Paid Social
or Paid Search (issue 12: "its generic hint offers `cpc` first"), while `referral`, on the list, fits a page. Without
the list the advice was by placement (`referral` on a page, `email` in an e-mail, ...); with it, it still is, with
the list's own word of each placement's channel and the placements the list has no word for said so.
"""

from __future__ import annotations

import pytest

CONFIG = "mediums: [email, push, paid-social, cpc, social, referral]\n"


def _told(project, run, files, command="scan"):
    root = project({".utmlint.yaml": CONFIG, **files})
    done = run(command, "--format", "json", "--no-cache", ".", cwd=root)
    assert "Traceback" not in done.err
    return [f["message"] for f in done.findings if f["code"] == "UTM102"]


@pytest.mark.parametrize("path, text", [
    ("docs/launch.md", "Try [Northwind](https://northwind.io/?utm_source=blog&utm_medium=Blog&utm_campaign=launch)\n"),
    ("src/cta.js", 'export const u = "https://northwind.io/upgrade?utm_source=app&utm_medium=in-app&utm_campaign=up";\n'),
])
def test_no_paid_or_push_medium_for_a_link_of_unknown_placement(project, run, path, text):
    (told,) = _told(project, run, {path: text})
    for other in ("`cpc`", "`paid-social`", "`push`"):
        assert other not in told, told
    assert "`referral` on a page" in told and "`email` in an e-mail" in told and "`social` in a social-media post" in told
    assert "`sms` is not on the team's `mediums` list" in told, told


def test_the_lists_own_word_of_a_placement_is_named(project, run):
    """A team that writes `e-mail` (GA4's Email takes it) is told `e-mail` for an e-mail, not GA4's `email`."""
    root = project({".utmlint.yaml": "mediums: [e-mail, referral, social, sms]\n",
                    "docs/a.md": "[x](https://northwind.io/?utm_source=acme&utm_medium=blorp&utm_campaign=q1)\n"})
    done = run("scan", "--format", "json", "--no-cache", ".", cwd=root)
    (told,) = [f["message"] for f in done.findings if f["code"] == "UTM102"]
    assert "`e-mail` in an e-mail" in told and "not on the team's" not in told, told


def test_the_mistake_is_still_told_in_a_campaign_file(project, run):
    campaign = ("campaign: q1\nsource: partner\nmedium: footer\nlinks:\n"
                "  - url: https://northwind.io/spring\n    content: hero\n")
    (told,) = _told(project, run, {"c/a.yaml": campaign}, command="lint")
    assert told.startswith("GA4 files utm_medium `footer`") and "`cpc`" not in told and "`referral` on a page" in told
