"""A network's name and its short name, both on GA4's source list (`instagram`, `ig`: rules/source-short-names.txt),
are one source spelled two ways (newuser47 F5): typed both ways in a repository's campaign files, or both in a GA4
export, one network's traffic is two Session source rows, which `fb` beside `facebook` was already told and `ig`
beside `instagram` was not. The short name alone is no mistake: Meta's `{{site_source_name}}` writes `ig` itself on
Instagram placements, and GA4 lists it. Where the repository lets Meta write the source, `ig` is the spelling that
joins the typed links to Meta's; else, used as often, the network's name."""

from __future__ import annotations

from types import SimpleNamespace

from utmlint.audit.splits import find_splits
from utmlint.platforms import load_platforms


def _ad(name: str, source: str) -> str:
    return (f"campaign: {name}\nplatform: meta-ads\ntype: ad\nsource: \"{source}\"\nlinks:\n"
            f"  - url: https://www.acme.io/{name}\n    content: \"{{{{ad.name}}}}\"\n")


def _lint(project, run, files):
    folder = project(files)
    done = run("lint", "--no-cache", "--format", "json", *files, cwd=folder)
    return [(f["path"], f["code"], f["message"]) for f in done.findings]


def test_ig_beside_instagram_is_one_source_spelled_two_ways(project, run):
    found = _lint(project, run, {"a.yaml": _ad("spring-sale", "instagram"), "b.yaml": _ad("summer-sale", "ig")})
    assert [(path, code) for path, code, _ in found] == [("b.yaml", "UTM601")], found
    assert "utm_source `ig` is also spelled `instagram` in a.yaml:4" in found[0][2]
    assert "write `source: instagram` (the network's name; `ig` is used as often)" in found[0][2]


def test_where_meta_writes_the_source_ig_is_the_spelling_to_keep(project, run):
    found = _lint(project, run, {"a.yaml": _ad("spring-sale", "instagram"), "b.yaml": _ad("summer-sale", "ig"),
                                 "c.yaml": _ad("autumn-sale", "{{site_source_name}}")})
    assert [(path, code) for path, code, _ in found] == [("a.yaml", "UTM601")], found
    assert "write `source: ig` (the spelling Meta's `{{site_source_name}}` writes on its Instagram placements'" \
        in found[0][2]


def test_ig_alone_is_not_told(project, run):
    assert _lint(project, run, {"a.yaml": _ad("spring-sale", "ig"), "b.yaml": _ad("summer-sale", "facebook")}) == []


def test_the_audit_groups_them_too():
    config = SimpleNamespace(sources=[], mediums=[])
    splits = find_splits("source", {"ig": 120.0, "instagram": 80.0, "l.instagram.com": 5.0, "facebook": 300.0},
                         load_platforms(), config)
    assert [(sorted(v for v, _ in s.spellings), s.canonical) for s in splits] == [
        (["ig", "instagram", "l.instagram.com"], "ig")]


def test_where_meta_writes_the_source_fb_is_kept_as_ig_is(project, run):
    # mends48b: `fb` typed by hand where the repository's other Meta ads send `{{site_source_name}}` (which writes `fb`
    # on Facebook placements) was told "write `facebook`", the profile's name: the typed links in one row, Meta's
    # own `fb` in another. Meta's spelling is kept, and a `facebook` beside it is told to follow it, as `ig` is
    found = _lint(project, run, {"a.yaml": _ad("spring-sale", "facebook"), "b.yaml": _ad("summer-sale", "fb"),
                                 "c.yaml": _ad("autumn-sale", "{{site_source_name}}")})
    assert [(path, code) for path, code, _ in found] == [("a.yaml", "UTM601")], found
    assert "write `source: fb` (the spelling Meta's `{{site_source_name}}` writes on its Facebook placements'" \
        in found[0][2]
    assert _lint(project, run, {"b.yaml": _ad("summer-sale", "fb"),
                                "c.yaml": _ad("autumn-sale", "{{site_source_name}}")}) == []


def test_without_site_source_name_fb_is_still_facebooks_variant(project, run):
    found = _lint(project, run, {"b.yaml": _ad("summer-sale", "fb"), "c.yaml": _ad("autumn-sale", "facebook")})
    assert [(path, code) for path, code, _ in found] == [("b.yaml", "UTM103")], found
    assert "write `facebook`" in found[0][2]


def test_fix_keeps_metas_fb_while_fixing_the_rest_of_the_file(project, run):
    # another safe fix in the file makes --fix re-lint it alone: Meta's `fb` stays held back there too
    folder = project({"b.yaml": _ad("summer-sale", "fb").replace('"{{ad.name}}"', "Hero_Banner"),
                      "c.yaml": _ad("autumn-sale", "{{site_source_name}}")})
    run("lint", "--no-cache", "--fix", "b.yaml", "c.yaml", cwd=folder)
    text = (folder / "b.yaml").read_text(encoding="utf-8")
    assert 'source: "fb"' in text and "content: hero_banner" in text, text  # value-case fixed, `fb` kept


def test_scan_keeps_metas_fb_where_lint_does(project, run):
    # mends48b's rest: lint kept Meta's `fb` where a campaign file sends `{{site_source_name}}`, while scan told the
    # same `fb` in the repository's docs and ad sheets "write `facebook`" (and --fix wrote it): one rule for both now
    # (onefinding.hold_meta_short_names); without the Meta ad, scan still tells `fb` as lint does
    tagged = "https://www.acme.io/w?utm_source=fb&utm_medium=paid_social&utm_campaign=winter-sale"
    files = {".utmlint.yaml": 'include: ["*.yaml"]\n', "b.yaml": _ad("summer-sale", "fb"),
             "c.yaml": _ad("autumn-sale", "{{site_source_name}}"), "notes.md": f"Our ad: {tagged}\n",
             "ads.csv": "Ad name,URL tags\nx,utm_source=fb&utm_medium=paid_social&utm_campaign=winter-sale\n"}
    folder = project(files)
    for cache in ("--no-cache", "--cache-dir=.c", "--cache-dir=.c"):  # cold, then warm (the repo result from the cache)
        done = run("scan", cache, "--format", "json", ".", cwd=folder)
        assert [f for f in done.findings if f["code"] == "UTM103"] == [], done.findings
    run("scan", "--no-cache", "--fix", ".", cwd=folder)
    assert "utm_source=fb&" in (folder / "ads.csv").read_text(encoding="utf-8")
    (folder / "c.yaml").write_text(_ad("autumn-sale", "facebook"), encoding="utf-8")
    done = run("scan", "--no-cache", "--format", "json", ".", cwd=folder)
    assert sorted(f["path"] for f in done.findings if f["code"] == "UTM103") == ["ads.csv", "notes.md"], done.findings
