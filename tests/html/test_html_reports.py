"""The HTML reports as documents: every page parses as HTML5 without a single parse error (html5lib, strict),
holds exactly what the JSON formats hold (every finding, every link, every hop), loads nothing from outside,
runs no script but its own, and shows hostile values as text."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from html_pages import HOSTILE, HOSTILE_CAMPAIGN, HOSTILE_FILE, SNAPSHOTS, by_class, parse, text_of

from utmlint.html.page import policy, script_hash, shown

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"

def lint_json(run, *args, cwd=None):
    result = run(*args, "--format", "json", cwd=cwd)
    return json.loads(result.out)


def self_contained(text: str, root) -> None:
    """Nothing on the page can fetch: no external reference, and a policy that allows only its own script."""
    assert not re.search(r"""(?:src|href|action|srcset)\s*=\s*["']?\s*(?:https?:|//|data:)""", text, re.I)
    for tag in ("link", "img", "iframe", "object", "embed", "base", "form", "audio", "video"):
        assert list(root.iter(tag)) == [], tag
    scripts = list(root.iter("script"))
    assert len(scripts) <= 1
    (meta,) = [m for m in root.iter("meta") if m.get("http-equiv") == "Content-Security-Policy"]
    csp = meta.get("content")
    assert csp.startswith("default-src 'none'")
    if scripts:
        assert f"script-src '{script_hash(scripts[0].text)}'" in csp and "unsafe-inline" not in csp.split("script-src")[1]
    else:
        assert "script-src" not in csp  # default-src 'none': no script at all
    for element in root.iter():
        assert not [name for name in element.keys() if name.lower().startswith("on")], element.tag


def write_page(run, path: Path, *argv, cwd=None):
    result = run(*argv, "--format", "html", "--output", str(path), cwd=cwd)
    return result, path.read_text(encoding="utf-8")


def test_lint_report_holds_every_finding_with_place_source_docs_and_fix(run, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    findings = lint_json(run, "lint", "examples/bad")
    result, text = write_page(run, tmp_path / "lint.html", "lint", "examples/bad")
    assert result.code == 1 and result.out == ""
    root = parse(text)
    self_contained(text, root)
    assert text_of(root.find(".//*[@id='findings-count']/b")) == str(len(findings))
    for severity in ("error", "warning"):
        wanted = sum(1 for f in findings if f["severity"] == severity)
        assert text_of(root.find(f".//*[@id='{severity}-count']/b")) == str(wanted)
    articles = by_class(root, "article", "finding")
    assert len(articles) == len(findings)
    from utmlint.rulebook import registry

    rules = registry()
    for article, finding in zip(articles, findings):
        assert article.get("data-rule") == finding["code"] and article.get("data-severity") == finding["severity"]
        (where,) = by_class(article, "div", "where")
        assert text_of(where) == f"{finding['path']}:{finding['line']}:{finding['column']}"
        assert text_of(by_class(article, "p", "msg")[0]) == finding["message"].replace("`", "")
        rule = rules.get(finding["code"])
        docs = text_of(by_class(article, "details", "docs")[0])
        assert all(" ".join(part.replace("`", "").split()) in " ".join(docs.split())
                   for part in rule.what.split("\n\n"))  # each paragraph of it
        if rule.use_instead:
            assert rule.use_instead.strip().splitlines()[0] in docs
        source = by_class(article, "pre", "src")
        if finding["code"] != "UTM004":  # a file that cannot be read has no line to quote
            line = (ROOT / finding["path"]).read_text(encoding="utf-8", errors="replace").split("\n")[finding["line"] - 1]
            assert text_of(source[0]).endswith(line.rstrip("\r")[-20:]) or "…" in text_of(source[0])
            assert source[0].find("mark") is not None
        fixes = by_class(article, "p", "fix")
        assert bool(fixes) == (finding["fix"] is not None)
        if finding["fix"] is not None:
            assert ("unsafe" in fixes[0].get("class")) == (not finding["fix"]["safe"])
    # the summaries add up: by rule and by file
    by_rule = root.find(".//table[@id='by-rule']/tbody")
    counted = {text_of(tr[0]): int(text_of(tr[3])) for tr in by_rule}
    assert counted == {code: sum(1 for f in findings if f["code"] == code) for code in counted}
    assert sum(counted.values()) == len(findings)
    by_file = root.find(".//table[@id='by-file']/tbody")
    assert {text_of(tr[0]) for tr in by_file} == {f["path"] for f in findings}
    assert sum(int(text_of(tr[4])) for tr in by_file) == len(findings)


def test_fix_preview_shows_the_line_before_and_after(run, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    _, text = write_page(run, tmp_path / "lint.html", "lint", "examples/bad/value-case.yaml")
    root = parse(text)
    diffs = [text_of(pre) for pre in root.iter("pre") if "diff" in (pre.get("class") or "")]
    assert diffs, "value-case has safe fixes: each shows its change"
    removed = [line for d in diffs for line in d.split("\n") if line.startswith("-")]
    added = [line for d in diffs for line in d.split("\n") if line.startswith("+")]
    assert removed and added and all(a.lower() == a[:1] + a[1:].lower() for a in added)


def test_scan_report_matches_the_json_findings(run, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    findings = lint_json(run, "scan", "examples/scan", "--no-cache")
    result, text = write_page(run, tmp_path / "scan.html", "scan", "examples/scan", "--no-cache")
    root = parse(text)
    self_contained(text, root)
    assert text_of(root.find("body/h1")) == "utmlint scan"
    articles = by_class(root, "article", "finding")
    assert [text_of(by_class(a, "div", "where")[0]) for a in articles] == \
        [f"{f['path']}:{f['line']}:{f['column']}" for f in findings]
    assert "utmlint scan --fix" in text


def test_clean_run_says_so_and_lists_the_files(run, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    result, text = write_page(run, tmp_path / "clean.html", "lint", "examples/campaigns")
    assert result.code == 0
    root = parse(text)
    self_contained(text, root)
    assert text_of(root.find(".//*[@id='findings-count']/b")) == "0"
    assert "All clean" in text_of(root.find(".//*[@id='all-clean']"))
    listed = [text_of(li) for li in root.find(".//details[@id='files-checked']/ul")]
    assert len(listed) == 5 and all(p.startswith("examples/campaigns/") for p in listed)
    assert list(root.iter("script")) == []  # nothing to sort or filter: no script


def test_hostile_values_and_file_names_stay_text(run, project, tmp_path):
    folder = project({HOSTILE_FILE: HOSTILE_CAMPAIGN})
    _, lint_page = write_page(run, tmp_path / "lint.html", "lint", ".", cwd=folder)
    _, render_page = write_page(run, tmp_path / "render.html", "render", ".", "--force", cwd=folder)
    for text in (lint_page, render_page):
        root = parse(text)
        self_contained(text, root)
        (script,) = root.iter("script")
        assert "pwned" not in script.text
        body = text_of(root.find("body"))
        assert HOSTILE in body  # shown, as text
        assert "\x1b" not in text and "\u202e" not in text  # control and bidi characters shown as escapes
        assert "\\x1b" in body or "\\u001b" in body
        assert "\\u202e" in body
    root = parse(lint_page)
    files = {a.get("data-file") for a in by_class(root, "article", "finding")}
    assert files == {HOSTILE_FILE}  # the attribute round-trips the name, quotes and all
    assert text_of(root.find("head/title")).startswith("utmlint lint: 4 findings")  # `Spring <script>` has single spaces: no value-separator


def test_shown_escapes_what_a_page_must_not_obey():
    assert shown("a\x1b[31mb\u202ec\u200bd\ud8ffe\udcff") == "a\\x1b[31mb\\u202ec\\u200bd\\ud8ffe\\xff"
    assert shown("café <b> — 東京") == "café <b> — 東京"
    assert "script-src" not in policy(None) and policy("x").count("sha256-") == 1


def test_render_catalogue_holds_every_link_with_its_tracked_url_and_channel(run, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    rows = json.loads(run("render", "examples", "--format", "json").out)
    result, text = write_page(run, tmp_path / "render.html", "render", "examples")
    assert result.code == 0
    root = parse(text)
    self_contained(text, root)
    links = by_class(root, "div", "link")
    assert len(links) == len(rows)
    for link, row in zip(links, rows):
        (url,) = by_class(link, "div", "url")
        assert text_of(url) == row["tracked_url"]
        (badge,) = by_class(link, "span", "badge")
        assert text_of(badge) == row["channel"]
        (button,) = [b for b in link.iter("button")]
        assert button.get("data-target") == url.get("id") and button.get("hidden") is not None  # shown by the script
        assert list(link.iter("a")) == []  # never clickable: a test click would count as a campaign visit
    campaigns = by_class(root, "section", "campaign")
    assert [c.get("data-campaign") for c in campaigns] == sorted({r["campaign"] for r in rows})
    assert text_of(root.find(".//*[@id='link-count']/b")) == str(len(rows))


def test_render_shows_each_finding_beside_the_link_it_concerns(run, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    findings = lint_json(run, "lint", "examples/bad/duplicate-content.yaml")
    assert [f["line"] for f in findings if f["code"] == "UTM502"] == [9]
    _, text = write_page(run, tmp_path / "render.html", "render", "examples/bad/duplicate-content.yaml", "--force")
    root = parse(text)
    links = by_class(root, "div", "link")
    assert len(links) == 2
    first, second = links
    assert by_class(first, "ul", "warnings") == []  # line 6: the link whose content the other reuses
    assert "UTM502" in text_of(by_class(second, "ul", "warnings")[0]) and "has-warnings" in second.get("class")
    assert text_of(root.find(".//*[@id='flagged-count']/b")) == "1"


def test_output_is_written_through_safeio_never_through_a_planted_symlink(run, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    report = tmp_path / "report.html"
    report.symlink_to(victim)
    result = run("lint", "examples/campaigns", "--format", "html", "--output", str(report))
    assert result.code == 0
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert not report.is_symlink() and report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = run("render", "examples", "--format", "html", "--output", str(tmp_path))
    assert result.code == 2 and "folder" in result.err


def test_plain_lint_never_imports_the_html_reporter():
    code = ("import sys; from utmlint.cli import main; code = main(['lint', 'examples']); "
            "print(sorted(m for m in sys.modules if m.startswith(('utmlint.html', 'html5lib', 'playwright'))))")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}).stdout
    assert out.strip().splitlines()[-1] == "[]"


SNAPSHOT_CAMPAIGN = """\
campaign: Spring_Sale
source: intercom.com
medium: email
links:
  - url: https://example.com/pricing?plan=pro
    content: hero_banner top   # spaces mixed with `_`: value-separator (single spaces alone are a convention)
  - url: http://example.com/blog
    content: blog
"""


def test_lint_html_snapshot(run, project):
    """The whole page for a small file, byte for byte: `UTMLINT_UPDATE_SNAPSHOTS=1` rewrites it after review."""
    folder = project({"spring.yaml": SNAPSHOT_CAMPAIGN})
    text = run("lint", "spring.yaml", "--format", "html", cwd=folder).out
    path = SNAPSHOTS / "lint.html"
    if os.environ.get("UTMLINT_UPDATE_SNAPSHOTS") == "1":
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), "no snapshot lint.html; run with UTMLINT_UPDATE_SNAPSHOTS=1 and review it"
    assert text == path.read_bytes().decode("utf-8"), "lint.html changed; UTMLINT_UPDATE_SNAPSHOTS=1 updates it"


def test_render_html_snapshot(run, project):
    folder = project({"spring.yaml": SNAPSHOT_CAMPAIGN})
    text = run("render", "spring.yaml", "--format", "html", cwd=folder).out
    path = SNAPSHOTS / "render.html"
    if os.environ.get("UTMLINT_UPDATE_SNAPSHOTS") == "1":
        path.write_bytes(text.encode("utf-8"))
    assert path.exists(), "no snapshot render.html; run with UTMLINT_UPDATE_SNAPSHOTS=1 and review it"
    assert text == path.read_bytes().decode("utf-8"), "render.html changed; UTMLINT_UPDATE_SNAPSHOTS=1 updates it"


def test_check_report_has_every_hop_with_kept_and_dropped_parameters(run, tmp_path):
    from live_server import LiveServer, Reply

    server = LiveServer()
    try:
        query = "utm_source=news&utm_medium=email&utm_campaign=spring"
        server.routes["/go"] = Reply(302, [("Location", f"{server.origin}/mid?{query}")], b"")
        server.routes["/mid"] = Reply(301, [("Location", "/land?utm_source=news")], b"")
        server.routes["/land"] = Reply(200, [], b"ok")
        server.routes["/fine"] = Reply(200, [], b"ok")
        hostile = f"{server.origin}/fine?utm_source=a&utm_medium=email&utm_campaign=%3Cscript%3E&x=<script>x</script>"
        result, text = write_page(run, tmp_path / "check.html", "check", "--allow-private", "--no-cache",
                                  f"{server.origin}/go?{query}", hostile)
        as_json = json.loads(run("check", "--allow-private", "--no-cache", "--format", "json",
                                 f"{server.origin}/go?{query}", hostile).out)
    finally:
        server.stop()
    assert result.code == 1 and "1 failed" in result.err
    root = parse(text)
    self_contained(text, root)
    links = by_class(root, "article", "link")
    assert [a.get("data-outcome") for a in links] == ["fail", "pass"]  # failing links first
    failing = links[0]
    hops = failing.find(".//table/tbody")
    assert len(hops) == len(as_json[0]["hops"]) == 3
    assert [text_of(tr[2]) for tr in hops] == [hop["url"] for hop in as_json[0]["hops"]]
    assert "dropped: utm_campaign, utm_medium" in text_of(hops[1]) and "kept: utm_source" in text_of(hops[1])
    assert "<script>x</script>" in text_of(links[1])
    assert text_of(root.find(".//*[@id='fail-count']/b")) == "1"


def test_lint_live_puts_the_live_checks_in_the_same_page(run, project, tmp_path):
    from live_server import LiveServer, Reply

    server = LiveServer()
    try:
        server.routes["/strip"] = Reply(302, [("Location", "/landing")], b"")
        server.routes["/landing"] = Reply(200, [], b"ok")
        folder = project({"spring.yaml": f"""\
            campaign: spring
            source: newsletter
            medium: email
            links:
              - url: {server.origin}/strip
                content: hero
            """})
        result, text = write_page(run, tmp_path / "lint.html", "lint", "spring.yaml", "--live", "--allow-private",
                                  "--no-cache", cwd=folder)
    finally:
        server.stop()
    assert result.code == 1, result  # the link loses its parameters on the way
    assert "1 failed" in result.err  # progress and the summary on stderr, the page in the file
    root = parse(text)
    self_contained(text, root)
    assert text_of(root.find(".//*[@id='live-summary']")).startswith("1 link checked: 0 passed, 1 failed")
    (link,) = by_class(root, "article", "link")
    assert "spring.yaml:5:" in text_of(by_class(link, "div", "where")[0])
    first_hop = link.find(".//table/tbody/tr")
    assert "dropped: utm_campaign, utm_content, utm_medium, utm_source" in text_of(first_hop)


def test_the_pages_in_docs_are_current(run, monkeypatch):
    """docs/ holds the pages the README's screenshots show; regenerate them as docs/README.md says."""
    monkeypatch.chdir(ROOT)
    lint = run("lint", "examples/bad/medium-unassigned.yaml", "examples/bad/copied-tracking.yaml",
               "examples/bad/value-case.yaml", "examples/bad/content-not-step-scoped.yaml", "--format", "html")
    render = run("render", "examples/campaigns/intercom", "examples/bad/duplicate-content.yaml", "--format", "html")
    for name, result in (("lint-report", lint), ("render-report", render)):
        assert result.out == (ROOT / "docs" / f"{name}.html").read_text(encoding="utf-8"), \
            f"regenerate docs/{name}.html and docs/{name}.png (see docs/README.md)"
        assert (ROOT / "docs" / f"{name}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_scan_report_quotes_tab_indented_and_minified_lines_readably(run, project, tmp_path):
    filler = "<p>" + "lorem ipsum " * 80 + "</p>"
    folder = project({
        "docs/page.html": f'<div>\n\t\t<a href="https://sunbeam.app/?utm_source=news&amp;utm_medium=Email'
                          f'&amp;utm_campaign=spring">go</a>{filler}\n</div>\n',
    })
    result, text = write_page(run, tmp_path / "scan.html", "scan", "docs", "--no-cache", cwd=folder)
    root = parse(text)
    (article,) = [a for a in by_class(root, "article", "finding") if a.get("data-rule") == "UTM201"]
    (source,) = by_class(article, "pre", "src")
    assert "\\x09" not in text_of(source) and "        <a href" in text_of(source)  # tabs as spaces
    assert text_of(source.find("mark")) == "Email"
    assert len(text_of(source)) < 500 and "…" in text_of(source)  # a window around the value, not 2,000 characters
    (diff,) = by_class(article, "pre", "diff")
    before, after = text_of(diff).rstrip("\n").split("\n")
    assert "utm_medium=Email" in before and "utm_medium=email" in after and len(after) < 500 and "\\x09" not in after


def test_render_shows_an_inherited_finding_on_each_link_it_concerns(run, project, tmp_path):
    """newuser43 F2: a campaign's `medium: social` concerns both of its ads, a `track: false` its own link; the page
    said "1 link with findings" (the `track: false` alone), and the ads' cards said nothing of the finding in the
    campaign's header. The shared finding stays above, once; each link it concerns says so and is counted."""
    from test_render_formats import CONCERNED

    folder = project(CONCERNED)
    _, text = write_page(run, tmp_path / "render.html", "render", ".", cwd=folder)
    root = parse(text)
    shown = []
    for link in by_class(root, "div", "link"):
        warned = by_class(link, "ul", "warnings")
        above = by_class(link, "p", "above")
        shown.append((text_of(by_class(link, "div", "url")[0]).split("?")[0],
                       re.findall(r"UTM\d{3}", text_of(warned[0])) if warned else [],
                       re.findall(r"UTM\d{3}", text_of(above[0])) if above else [], "has-warnings" in link.get("class")))
    assert shown == [("https://example.com/start", [], [], False),
                     ("https://example.com/projects/new", ["UTM506"], [], True),
                     ("https://example.com/webinar", [], ["UTM108"], True),
                     ("https://example.com/webinar", [], ["UTM108"], True)], shown
    assert text_of(root.find(".//*[@id='flagged-count']/b")) == "3"
    headers = [text_of(ul) for section in by_class(root, "section", "campaign") for ul in section
               if ul.get("class") == "warnings"]
    assert len(headers) == 1 and headers[0].count("UTM108") == 1, headers  # shown once, above the ads


def test_a_rule_at_two_severities_is_one_row_of_by_rule_and_a_late_value_wraps_into_view():
    """newuser44 L2: By rule listed UTM310 copied-tracking twice (its error and its hedged note's row), and a CSV
    finding's value at column 125 sat past the snippet's right edge (the `<pre>` scrolled, the mark unseen): one row
    names each severity with its count, and a source line or fix wraps in its box."""
    from utmlint.diagnostics import Diagnostic
    from utmlint.html.findings import CSS, by_rule

    found = [Diagnostic("a.csv", 2, 125, "UTM310", "copied-tracking", "error", "x"),
             Diagnostic("b.md", 3, 1, "UTM310", "copied-tracking", "info", "y"),
             Diagnostic("b.md", 4, 1, "UTM310", "copied-tracking", "error", "z"),
             Diagnostic("b.md", 5, 1, "UTM201", "value-case", "warning", "w")]
    page = f"<!DOCTYPE html><html lang=en><head><title>t</title></head><body>{by_rule(found)}</body></html>"
    rows = parse(page).find(".//table[@id='by-rule']/tbody")
    assert [(text_of(tr[0]), text_of(tr[2]), text_of(tr[3])) for tr in rows] == [
        ("UTM310", "error 2, info 1", "3"), ("UTM201", "warning", "1")]
    assert "pre.src,pre.diff{white-space:pre-wrap;overflow-wrap:anywhere}" in CSS
