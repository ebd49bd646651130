"""A misspelled `medium:` (or `source:`) on a campaign, a step or a link is one finding, as `campain:` is
(stranger19 R1; stranger17 R13).

`medum: paid-social` on a LinkedIn ad's campaign gave schema-violation's "did you mean `medium`?" and, on each link,
missing-utm-param's "this link has no `medium` ... write `medium: cpc`": one typo, 1 + N errors, and the advice named
another value than the one the typo holds. R13's collapse read only "this link has no `campaign` (" and top-level
keys; the medium's message has gone on to say what GA4 records, and a step's or a link's typo was never read. Now the
link's finding names the typo, and beside schema-violation's "did you mean" it is dropped; silenced, that rule no
longer hides it (onefinding runs after --ignore), and a link that misses the key for another reason is still told.
"""

from __future__ import annotations

LINKS = ("links:\n  - url: https://northwind.io/webinar\n    content: post-a\n"
         "  - url: https://northwind.io/webinar/agenda\n    content: post-b\n")


def _found(project, run, text, *flags):
    root = project({"c/a.yaml": text, ".utmlint.yaml": "include: ['c/*.yaml']\n"})
    done = run("lint", "--format", "json", "--no-cache", *flags, "c/a.yaml", cwd=root)
    assert "Traceback" not in done.err
    return [(f["code"], f["message"]) for f in done.findings]


def test_a_misspelled_medium_on_the_campaign_is_one_finding(project, run):
    found = _found(project, run, "campaign: q2-webinar\nsource: linkedin\nmedum: paid-social\ntype: ad\n" + LINKS)
    assert [code for code, _ in found] == ["UTM002"], found
    assert "did you mean `medium`?" in found[0][1]


def test_a_misspelled_medium_on_a_step_is_one_finding_and_other_steps_still_told(project, run):
    text = ("campaign: q2\nsource: newsletter\nsteps:\n"
            "  - id: step-1\n    medum: email\n    links:\n      - url: https://northwind.io/a\n        content: step-1\n"
            "  - id: step-2\n    links:\n      - url: https://northwind.io/b\n        content: step-2\n")
    found = _found(project, run, text)
    assert [code for code, _ in found] == ["UTM002", "UTM101"], found
    assert "in a step; did you mean `medium`?" in found[0][1]
    assert "this link has no `medium`: GA4 records" in found[1][1]  # step 2 has no medium of its own: still told


def test_a_misspelled_source_on_a_link_is_one_finding(project, run):
    text = ("campaign: q2\nmedium: email\nlinks:\n  - url: https://northwind.io/a\n    soruce: newsletter\n"
            "    content: a\n")
    found = _found(project, run, text)
    assert [code for code, _ in found] == ["UTM002"], found


def test_with_schema_violation_silenced_the_link_names_the_typo(project, run):
    found = _found(project, run, "campaign: q2-webinar\nsource: linkedin\nmedum: paid-social\ntype: ad\n" + LINKS,
                   "--ignore", "schema-violation")
    assert [code for code, _ in found] == ["UTM101", "UTM101"], found
    assert all("`medum:` on the campaign looks like a typo of `medium`; rename it" in m for _, m in found), found
    assert not any("cpc" in m for _, m in found)


def test_a_key_that_is_no_typo_of_medium_leaves_the_link_told(project, run):
    found = _found(project, run, "campaign: q2\nsource: linkedin\nnotes: paid-social\ntype: ad\n" + LINKS)
    codes = [code for code, _ in found]
    assert codes.count("UTM101") == 2 and "UTM002" in codes, found


def test_a_misspelled_utm_key_in_a_links_url_is_one_finding(project, run):
    """newuser49 F9: `utmlint import` of a scanned link `?utm_souce=newsletter&utm_medium=email` wrote
    `url: ...?utm_souce=newsletter` beside `medium: email`, told utm-key-unknown's "did you mean `utm_source`?" and
    missing-utm-param's "this link has no `source`": one typo, two findings (scan says one). The link's finding names
    the typo and is dropped beside utm-key-unknown's; silenced, it still speaks; another missing key is still told."""
    text = "campaign: flows-launch\nmedium: email\nlinks:\n  - url: https://acme.dev/blog?utm_souce=newsletter\n"
    found = _found(project, run, text)
    assert [code for code, _ in found] == ["UTM308"], found
    assert "did you mean `utm_source`?" in found[0][1]
    found = _found(project, run, text, "--ignore", "utm-key-unknown")
    assert [code for code, _ in found] == ["UTM101"], found
    assert "its URL's `utm_souce` is a misspelling of `utm_source`; rename it" in found[0][1]
    found = _found(project, run, text.replace("medium: email\n", ""))
    assert sorted(code for code, _ in found) == ["UTM101", "UTM308"], found
    assert "no `source` or `medium`" in [m for code, m in found if code == "UTM101"][0], found


def test_a_lost_campaign_key_weighs_what_a_missing_one_does(project, run):
    """mends49b's question: the one finding left for `?utm_souce=` was utm-key-unknown's warning where
    missing-utm-param's error was dropped, so a team with `fail-on: error` passed a link GA4 files under Unassigned.
    A misspelled source, medium or campaign key is an error now; a misspelled content or term key stays a warning."""
    root = project({"c/a.yaml": "campaign: flows-launch\nmedium: email\nlinks:\n"
                                "  - url: https://acme.dev/blog?utm_souce=newsletter&utm_contnt=hero\n",
                    ".utmlint.yaml": "include: ['c/*.yaml']\nfail-on: error\n"})
    done = run("lint", "--format", "json", "--no-cache", "c/a.yaml", cwd=root)
    found = {f["message"].split("`")[1]: f["severity"] for f in done.findings if f["code"] == "UTM308"}
    assert found == {"utm_souce": "error", "utm_contnt": "warning"}, done.findings
    assert done.code == 1  # fail-on: error stops the lost source
