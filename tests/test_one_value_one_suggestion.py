"""Issue 12, "one value gets one suggestion" (stranger11 R7): two findings on one written value must not advise two
different values. value-case's safe fix (which a pre-commit applies) wrote `sponsored` where medium-channel-intent
asked for `paid-social` (`sponsored` stays Organic Social), and `acme` where source-fragmentation asked for the repo's
`acme.dev` (a third spelling). The respelling defers to the rule that replaces the value. `utmlint scan` and `lint`
on real files, as a user runs them."""

from __future__ import annotations


def _at(findings, line):
    return sorted((f["name"], f["message"]) for f in findings if f["line"] == line)


def test_an_ad_medium_gets_the_paid_medium_not_its_lower_case(project, run):
    folder = project({"ads.md": "[ig](https://acme.dev/?utm_source=instagram&utm_medium=Sponsored&utm_campaign=q4)\n"})
    found = run("scan", "--format", "json", "--no-cache", "ads.md", cwd=folder).findings
    assert [f["name"] for f in found] == ["medium-channel-intent"]
    assert "write `utm_medium=paid-social`" in found[0]["message"]
    assert "+++" not in run("scan", "--diff", "--no-cache", "ads.md", cwd=folder).out  # no fix writes `sponsored`


def test_a_hedged_intent_note_leaves_the_case_finding(project, run):
    # a note that says the link may be right as it is (a push from a mobile app) keeps the value: its case matters
    folder = project({"app.md": "[a](https://acme.dev/?utm_source=app&utm_medium=Push&utm_campaign=q4)\n"})
    names = [f["name"] for f in run("scan", "--format", "json", "--no-cache", "app.md", cwd=folder).findings]
    assert "value-case" in names


def test_a_source_spelled_apart_from_the_repo_gets_the_repos_spelling_only(project, run):
    link = "https://partner.io/{}?utm_source={}&utm_medium=email&utm_campaign=news"
    folder = project({"a.md": f"[a]({link.format('a', 'acme.dev')})\n",
                      "b.md": f"[b]({link.format('b', 'acme.dev')})\n",
                      "c.md": f"[c]({link.format('c', 'Acme')})\n"})
    found = run("scan", "--format", "json", "--no-cache", ".", cwd=folder).findings
    (only,) = [f for f in found if f["path"].endswith("c.md")]
    assert only["name"] == "source-fragmentation" and "write `utm_source=acme.dev`" in only["message"]


def test_lint_too(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n"})
    for name, source in (("a", "acme.dev"), ("b", "acme.dev"), ("c", "Acme")):
        (folder / f"{name}.yaml").write_text(f"campaign: {name}\nsource: {source}\nmedium: email\n"
                                            f"links:\n  - url: https://partner.io/{name}\n", encoding="utf-8")
    found = run("lint", "--format", "json", "--no-cache", ".", cwd=folder).findings
    on_c = [f["name"] for f in found if f["path"].endswith("c.yaml")]
    assert "value-case" not in on_c and "source-fragmentation" in on_c


def test_fix_keeps_a_held_back_respelling_unfixed_in_its_later_passes(project, run):
    # --fix re-lints the file alone between passes (no repo-wide rules): value-case's safe fix of `Inter'Com`, held
    # back beside source-fragmentation's "write `intercom`", came back in the second pass and wrote `inter'com`
    # (found by tests/test_properties.py at random)
    text = ('campaign: spring\nsource: &src intercom\nsteps:\n  - id: step-1-spring\n  - id: step-2-spring\n'
            '    links:\n      - {url: "https://example.com/a"}\n'
            '      - {url: "https://example.com/a", content: spring, source: "Inter\'Com", medium: email}\n')
    folder = project({"c.yaml": text})
    run("lint", "--fix", "--no-cache", "c.yaml", cwd=folder)
    fixed = (folder / "c.yaml").read_text(encoding="utf-8")
    assert "content: step-2-spring-link-1" in fixed  # the first pass's safe fix
    assert "source: \"Inter'Com\"" in fixed  # held back: the fix a user sees offered is fragmentation's (unsafe)
    run("lint", "--fix", "--unsafe-fixes", "--no-cache", "c.yaml", cwd=folder)
    assert 'source: "intercom"' in (folder / "c.yaml").read_text(encoding="utf-8")  # the repo's spelling


def test_a_case_fix_that_respells_more_says_so(project, run):
    """stranger11 R15: "`E-mail` has capital letters ... write `email`" read as a case change alone, while the fix
    also drops the `-`: the message says what else changes, and why it is safe."""
    folder = project({"a.md": "[x](https://acme.dev/?utm_source=news&utm_medium=E-Mail&utm_campaign=q4)\n"})
    (found,) = run("scan", "--format", "json", "--no-cache", "a.md", cwd=folder).findings
    assert found["message"] == (
        "utm_medium `E-Mail` has capital letters, and GA4 reports count `E-Mail` and `email` as two different values "
        "(in lower case `e-mail`, which is usually written `email`: GA4's channel rules read both the same way); "
        "write `email`")


def test_a_content_naming_another_step_is_one_finding(project, run):
    """newuser48 F7: `content: email-1` in step `email-2` (copied from the step above) was duplicate-content "give this
    link its own content, e.g. `email-2`" and content-not-step-scoped "use `email-2`": one mistake, one finding, the
    step-scoped one. A duplicate whose advice differs stays (a label suffix: `email-2-docs`)."""
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: win-back
        source: intercom
        medium: email
        type: series
        steps:
          - id: email-1
            links:
              - url: https://acme.io/pricing
                content: email-1
          - id: email-2
            links:
              - url: https://acme.io/whats-new
                content: email-1
        """})
    found = run("lint", "--format", "json", "--no-cache", "a.yaml", cwd=folder).findings
    assert [(f["name"], f["line"]) for f in found] == [("content-not-step-scoped", 13)], found
    assert found[0]["message"].endswith("use `email-2`")
    assert [f["name"] for f in run("lint", "--format", "json", "--no-cache", "--ignore", "UTM504", "a.yaml",
                                   cwd=folder).findings] == ["duplicate-content"]
