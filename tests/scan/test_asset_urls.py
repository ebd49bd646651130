"""utm tags on an image, a stylesheet, a script or a font (stranger9 R19).

`<img src="https://acme.com/logo.png?utm_source=readme&utm_medium=badge">`, a Markdown image, `<link href=
"...site.css?utm_source=docs">`, `<script src="...widget.js?utm_source=Docs">`: loading one runs none of the site's
pages, so no GA4 tag ever reads those values. scan told each its medium was Unassigned, its campaign missing and its
source miscapitalised, advice that changes nothing GA4 records. Now: no advice on their tags (the URL as written is
still checked: http, copied click ids), the inventory's channel says `(asset: no visit)`, and validate_url says why
in its note. A link to a page beside them is judged as before.
"""

from __future__ import annotations

import csv
import io
import json

from utmlint.cli import main
from utmlint.urls import asset_kind
from utmlint.validate_url import validate_url

HTML = """<html><head>
<link rel="stylesheet" href="https://cdn.acme.com/site.css?utm_source=docs&utm_medium=web">
<script src="https://cdn.acme.com/widget.js?utm_source=Docs"></script>
</head><body>
<img src="https://acme.com/logo.png?utm_source=readme&utm_medium=badge">
<img src="http://acme.com/old.gif?utm_source=readme&gclid=abc">
<a href="https://acme.com/?utm_source=readme&utm_medium=badge">home</a>
</body></html>
"""


def run(monkeypatch, capsys, folder, *args):
    monkeypatch.chdir(folder)
    main(["scan", "--no-cache", *args, "."])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return out


def test_an_assets_tags_get_no_advice_and_no_channel(tmp_path, monkeypatch, capsys):
    (tmp_path / "index.html").write_text(HTML, encoding="utf-8")
    (tmp_path / "README.md").write_text("![logo](https://acme.com/logo.png?utm_source=readme&utm_medium=badge)\n",
                                        encoding="utf-8")
    found = json.loads(run(monkeypatch, capsys, tmp_path, "--format", "json"))
    assert sorted((f["path"], f["line"], f["name"]) for f in found) == [
        ("index.html", 6, "copied-tracking"), ("index.html", 6, "url-insecure"),  # the URL as written, still
        ("index.html", 7, "medium-unassigned"), ("index.html", 7, "missing-utm-param"),  # a page's link, as before
    ]
    rows = list(csv.DictReader(io.StringIO(run(monkeypatch, capsys, tmp_path, "--links", "--format", "csv"))))
    assert {(r["path"], r["line"], r["channel"]) for r in rows} == {
        ("index.html", "2", "(asset: no visit)"), ("index.html", "3", "(asset: no visit)"),
        ("index.html", "5", "(asset: no visit)"), ("index.html", "6", "(asset: no visit)"),
        ("index.html", "7", "Unassigned"), ("README.md", "1", "(asset: no visit)")}


def test_validate_url_says_why_and_what_an_asset_is():
    logo = validate_url("https://acme.com/logo.png?utm_source=readme&utm_medium=badge")
    assert logo.findings == [] and logo.channel == "(asset: no visit)"
    assert logo.not_judged.startswith("this address is an image (its path ends in `.png`)")
    assert [asset_kind(u) for u in ("https://a.com/s.CSS?x=1", "https://a.com/w.js", "https://a.com/f.woff2",
                                    "https://a.com/pricing", "https://a.com/docs.html", "https://a.com/a.png#x")] == \
        ["a stylesheet", "a script", "a font", None, None, "an image"]


def test_an_image_services_address_is_an_image_without_an_extension(tmp_path, monkeypatch, capsys):
    # corpus 12 #80 (fix12): CodeRabbit's badge on img.shields.io in Redpanda's docs README (an AsciiDoc `image:`),
    # told its medium was Unassigned and its campaign `redpanda-data/docs` misspelled; the badge's link is judged
    badge = ("https://img.shields.io/coderabbit/prs/github/redpanda-data/docs?utm_source=oss&utm_medium=github"
             "&utm_campaign=redpanda-data%2Fdocs&labelColor=171717")
    assert asset_kind(badge) == "an image" and asset_kind("https://shields.io/badges?utm_source=x") is None
    found = validate_url(badge)
    assert found.channel == "(asset: no visit)" and not found.findings
    assert "img.shields.io serves images" in found.not_judged
    (tmp_path / "README.adoc").write_text(f"image:{badge}[CodeRabbit]\n"
                                          "link:https://coderabbit.ai/?utm_source=oss&utm_medium=github[CodeRabbit]\n",
                                          encoding="utf-8")
    out = run(monkeypatch, capsys, tmp_path, "--format", "json")
    assert [f["line"] for f in json.loads(out)] and all(f["line"] == 2 for f in json.loads(out))


# hhkaos/hhkaos.github.io, blog/2014-11-02/index.md (corpus 13 #156): a post's Wayback link to a 2014 event page
ARCHIVED = "https://web.archive.org/web/20150419165740/http://evento.esri.es/es/ce14/?utm_source=home-esri-es"


def test_a_wayback_copys_tags_get_no_advice(tmp_path, monkeypatch, capsys):
    """The Wayback Machine replays its own copy of a page, which reaches nobody's analytics, and the copied page's
    query is part of the address the archive finds it by: no 'add utm_medium and utm_campaign' (corpus 13 #156),
    only the URL as written is checked; validate_url says why. A live page of the same site is judged as before.
    (In a known repository whose site the copied page is not, copied-tracking says whose the tags are, as a note:
    tests/validate_url/test_copied_archive_digest_token.py.)"""
    archived = validate_url(ARCHIVED)
    assert archived.findings == [] and archived.channel == "(asset: no visit)"
    assert archived.not_judged.startswith("this address is an archived copy of a page (the archive serves its own copy")
    assert asset_kind("https://web.archive.org/web/http://acme.com/?utm_source=x") == "an archived copy of a page"
    for url in ("https://web.archive.org/details/acme?utm_source=x",  # the archive's own pages
                "https://archive.org/web/?utm_source=x", "http://evento.esri.es/es/ce14/?utm_source=home-esri-es"):
        assert asset_kind(url) is None, url
    live = validate_url("http://evento.esri.es/es/?utm_source=home-esri-es")
    assert "missing-utm-param" in {f.name for f in live.findings}
    (tmp_path / "post.md").write_text(f"[the 2014 conference]({ARCHIVED})\n", encoding="utf-8")
    assert json.loads(run(monkeypatch, capsys, tmp_path, "--format", "json")) == []
