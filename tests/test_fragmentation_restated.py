"""medium-fragmentation never restates another rule's finding on the same value (stranger8 S10).

`utm_medium=in-app` beside `In-App` in other files got medium-unassigned (GA4 leaves both Unassigned) and
medium-fragmentation "write `utm_medium=In-App` (the most used spelling)": advice toward a spelling value-case
reports, on a medium that must be replaced anyway; one mistake, two findings. Now: a spelling the value rules would
respell is never the one to keep (its respelling is: `Newsletter` x3 beside `newsleter` says "write `newsletter`"),
and medium-fragmentation is dropped where medium-unassigned speaks about the same value (lint and scan).
"""

from __future__ import annotations


def _campaign(name: str, medium: str, source: str = "newsletter") -> str:
    return (f"campaign: launch-{name}\nsource: {source}\nmedium: {medium}\nlinks:\n"
            f"  - url: https://acme.sunbeam.app/{name}\n    content: x\n")


def test_lint_in_app_spelled_two_ways_is_medium_unassigneds_alone(project, run):
    folder = project({"a1.yaml": _campaign("a1", "In-App"), "a2.yaml": _campaign("a2", "In-App"),
                      "a3.yaml": _campaign("a3", "in-app")})
    done = run("lint", "--no-cache", "--format", "json", "a1.yaml", "a2.yaml", "a3.yaml", cwd=folder)
    assert [(f["path"], f["code"]) for f in done.findings] == [
        ("a1.yaml", "UTM102"), ("a2.yaml", "UTM102"), ("a3.yaml", "UTM102")], done.out
    assert "In-App`" not in " ".join(f["message"] for f in done.findings if "write" in f["message"])


def test_lint_a_typo_of_email_is_told_once(project, run):
    folder = project({"b1.yaml": _campaign("b1", "email"), "b2.yaml": _campaign("b2", "email"),
                      "b4.yaml": _campaign("b4", "emial")})
    done = run("lint", "--no-cache", "--format", "json", "b1.yaml", "b2.yaml", "b4.yaml", cwd=folder)
    assert [(f["path"], f["code"]) for f in done.findings] == [("b4.yaml", "UTM102")], done.out
    assert "write `medium: email`" in done.findings[0]["message"]


def test_a_suppressed_medium_unassigned_hides_nothing(project, run):
    folder = project({"b1.yaml": _campaign("b1", "email"), "b2.yaml": _campaign("b2", "email"),
                      "b4.yaml": _campaign("b4", "emial  # utmlint: ignore[medium-unassigned]")})
    done = run("lint", "--no-cache", "--format", "json", "b1.yaml", "b2.yaml", "b4.yaml", cwd=folder)
    assert [(f["path"], f["code"]) for f in done.findings] == [("b4.yaml", "UTM602")], done.out


def test_the_spelling_to_keep_is_never_one_value_case_reports(project, run):
    folder = project({"n1.yaml": _campaign("n1", "referral", "Newsletter"),
                      "n2.yaml": _campaign("n2", "referral", "Newsletter"),
                      "n3.yaml": _campaign("n3", "referral", "Newsletter"),
                      "n4.yaml": _campaign("n4", "referral", "newsleter")})
    done = run("lint", "--no-cache", "--format", "json", "n1.yaml", "n2.yaml", "n3.yaml", "n4.yaml", cwd=folder)
    fragmentation = [f for f in done.findings if f["code"] == "UTM601"]
    assert [f["path"] for f in fragmentation] == ["n4.yaml"], done.out
    assert "write `source: newsletter`" in fragmentation[0]["message"], fragmentation[0]["message"]
    case = [f for f in done.findings if f["code"] == "UTM201"]
    assert {f["path"] for f in case} == {"n1.yaml", "n2.yaml", "n3.yaml"}
    assert all("newsletter" in f["message"] for f in case)


def test_scan_in_app_in_code_is_one_finding(tmp_path, run):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "app.js").write_text(
        'const url = "https://acme.sunbeam.app/pricing?utm_source=App&utm_medium=in-app&utm_campaign=upgrade";\n',
        encoding="utf-8")
    (tmp_path / "src" / "tool.py").write_text(
        'A = "https://acme.sunbeam.app/py2?utm_source=Python&utm_medium=In-App&utm_campaign=x"\n'
        'B = "https://acme.sunbeam.app/py3?utm_source=Python&utm_medium=In-App&utm_campaign=y"\n', encoding="utf-8")
    done = run("scan", "--no-cache", "--format", "json", "src", cwd=tmp_path)
    assert [f["code"] for f in done.findings if f["path"] == "src/app.js"] == ["UTM201", "UTM102"], done.out
    assert "UTM602" not in {f["code"] for f in done.findings}, done.out
    # alone too: the spelling to keep is `in-app`, the one value-case asks of `In-App`, so `in-app` is told nothing
    alone = run("scan", "--no-cache", "--format", "json", "--select", "medium-fragmentation", "src", cwd=tmp_path)
    assert alone.code == 0 and alone.findings == [], alone.out


def test_scan_a_typo_beside_the_right_medium_is_medium_unassigneds(tmp_path, run):
    (tmp_path / "README.md").write_text(
        "[a](https://acme.sunbeam.app/a?utm_source=github&utm_medium=email&utm_campaign=x)\n"
        "[b](https://acme.sunbeam.app/b?utm_source=github&utm_medium=email&utm_campaign=y)\n"
        "[c](https://acme.sunbeam.app/c?utm_source=github&utm_medium=emial&utm_campaign=z)\n", encoding="utf-8")
    done = run("scan", "--no-cache", "--format", "json", "README.md", cwd=tmp_path)
    assert [(f["line"], f["code"]) for f in done.findings] == [(3, "UTM102")], done.out
    alone = run("scan", "--no-cache", "--format", "json", "--select", "medium-fragmentation", "README.md", cwd=tmp_path)
    assert [(f["line"], f["code"]) for f in alone.findings] == [(3, "UTM602")], alone.out


def test_two_domains_of_one_name_are_two_sites(project, run):
    # corpus 13 #37 #41 #44 (scan only): mySociety's footers tag `utm_source=fixmystreet.org` (the open-source
    # project's site) and `fixmystreet.com` (the UK service), each naming itself: two sites, no fragmentation; a name
    # beside its own domain (`acmemail`, `acmemail.com`) is still one source spelled two ways
    folder = project({"o1.yaml": _campaign("o1", "referral", "fixmystreet.org"),
                      "o2.yaml": _campaign("o2", "referral", "fixmystreet.org"),
                      "c1.yaml": _campaign("c1", "referral", "fixmystreet.com"),
                      "m1.yaml": _campaign("m1", "referral", "acmemail"),
                      "m2.yaml": _campaign("m2", "referral", "acmemail"),
                      "m3.yaml": _campaign("m3", "referral", "acmemail.com")})
    done = run("lint", "--no-cache", "--format", "json", *sorted(p.name for p in folder.glob("*.yaml")), cwd=folder)
    fragmentation = [(f["path"], f["code"]) for f in done.findings if f["code"] == "UTM601"]
    assert ("c1.yaml", "UTM601") not in fragmentation and ("o1.yaml", "UTM601") not in fragmentation, done.out
    assert not any(f["code"] == "UTM601" and f["path"].startswith(("o", "c")) for f in done.findings), done.out
    assert ("m3.yaml", "UTM601") in fragmentation, done.out


def test_spellings_of_a_source_to_replace_get_no_fragmentation(project, run):
    # stranger12 R3 (formcraft-lite): `wordpress.org`, `WordPress` and `wordpress` as sources were told "write
    # `wordpress`" by source-fragmentation while source-overrides-medium told each to put the product's name there
    # instead: one value, one suggestion, the replacement
    folder = project({"r1.yaml": _campaign("r1", "readme", "wordpress.org"),
                      "r2.yaml": _campaign("r2", "referral", "WordPress"),
                      "r3.yaml": _campaign("r3", "referral", "wordpress")})
    done = run("lint", "--no-cache", "--format", "json", "r1.yaml", "r2.yaml", "r3.yaml", cwd=folder)
    assert not [f for f in done.findings if f["code"] == "UTM601"], done.out
    assert any(f["code"] == "UTM110" for f in done.findings), done.out


def test_lint_a_platforms_medium_spelled_otherwise_is_told_once(project, run):
    """newuser49 F11: a LinkedIn ad step's `medium: paid_social` beside the LinkedIn ads' `paid-social` in another file
    got platform-medium-mismatch "write `medium: paid-social`" and medium-fragmentation "write `medium: paid-social`
    (the platform profiles' spelling)" on the same value: one mistake, two findings. The platform's finding, which
    says what LinkedIn's ads use, is the one; a fragmentation advising another value than it stays."""
    ads = "campaign: q1-{0}\nplatform: linkedin\ntype: ad\n{1}links:\n  - url: https://acme.sunbeam.app/{0}\n    content: x\n"
    folder = project({"a.yaml": ads.format("a", ""), "b.yaml": ads.format("b", ""),
                      "c.yaml": ads.format("c", "medium: paid_social\n")})
    done = run("lint", "--no-cache", "--format", "json", "a.yaml", "b.yaml", "c.yaml", cwd=folder)
    assert [(f["path"], f["code"]) for f in done.findings] == [("c.yaml", "UTM108")], done.out
    assert "write `medium: paid-social`" in done.findings[0]["message"]
