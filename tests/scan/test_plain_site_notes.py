"""A site served as plain HTML (GitHub Pages with `.nojekyll` and an `index.html` at the repository's root, no site
generator) never renders its Markdown: a `.md` file there is a note kept beside the site, not one of its pages, so a
link in it to the site's own host is no link between its pages (utm-internal-link) but a link to paste elsewhere,
judged as a campaign's. Corpus 28 #35-#41: DevExtHub's off-page submission packs (`offpage/*.md`) list what to paste
into directories' forms, `Website: https://www.devexthub.com/pdf-to-excel/?utm_source=SITE&utm_medium=directory&...`:
utmlint told the team to strip the tags that attribute the directory's visits. Both ways: the same link in a page of a
site whose Markdown is rendered (Jekyll, the Pages default; a generator's config) is still internal, and an HTML page
of the plain site linking its own host still is. Real files in a temp git folder, `utmlint scan` in-process."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main
from utmlint.identity import plain_html_site
from utmlint.validate_url import validate_url

LINK = "https://www.acme.dev/pdf-to-excel/?utm_source=futuretools&utm_medium=directory&utm_campaign=offpage_pdf"


def test_which_repositories_are_plain_html_sites():
    root = [".gitignore", ".nojekyll", "CNAME", "README.md", "index.html", "offpage", "blog", "styles.css"]
    assert plain_html_site(root)
    assert not plain_html_site([n for n in root if n != ".nojekyll"])  # Jekyll renders it: GitHub Pages' default
    assert not plain_html_site([n for n in root if n != "index.html"])  # no site at the root
    for renderer in ("_config.yml", "Gemfile", "package.json", "hugo.toml", "mkdocs.yml", "astro.config.mjs",
                     "docusaurus.config.ts", "next.config.js", ".eleventy.js", "book.toml", "docs", "content",
                     "_sidebar.md", "_navbar.md", "_coverpage.md"):  # docsify renders the Markdown in the browser
        assert not plain_html_site([*root, renderer]), renderer


def test_validate_url_reads_a_plain_sites_note():
    site = {"repo": "acme/acme-site", "site": "acme.dev"}
    note = {f.name for f in validate_url(LINK, path="offpage/futuretools-pack.md", plain_site=True, **site).findings}
    assert note == {"medium-unassigned"}  # `directory` lands in Unassigned: the team's own tags, judged as such
    # its HTML pages are pages still; and a site that renders its Markdown links itself from its posts
    assert {f.name for f in validate_url(LINK, path="blog/post.html", plain_site=True, **site).findings} == \
        {"utm-internal-link"}
    assert {f.name for f in validate_url(LINK, path="offpage/futuretools-pack.md", **site).findings} == \
        {"utm-internal-link"}


def _site(tmp_path, *root_files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/acme/acme-site.git"], check=True)
    (tmp_path / "CNAME").write_text("www.acme.dev\n", encoding="utf-8")
    (tmp_path / "index.html").write_text("<h1>Acme</h1>\n", encoding="utf-8")
    for name, text in root_files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "offpage").mkdir()
    (tmp_path / "offpage" / "futuretools-pack.md").write_text(
        f"# Future Tools\n\n## 1) Convert PDF to Excel\nTool Name: Convert PDF to Excel\nTool URL: {LINK}\n"
        f"Pricing: Free\n", encoding="utf-8")
    (tmp_path / "blog").mkdir()
    (tmp_path / "blog" / "index.html").write_text(f'<p><a href="{LINK}">Convert</a></p>\n', encoding="utf-8")


def _found(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    return sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))


def test_scan_reads_a_plain_sites_markdown_as_notes(tmp_path, monkeypatch, capsys):
    _site(tmp_path, (".nojekyll", ""))
    assert _found(tmp_path, monkeypatch, capsys) == [("blog/index.html", "utm-internal-link"),
                                                     ("offpage/futuretools-pack.md", "medium-unassigned")]


def test_scan_still_calls_a_rendered_sites_markdown_link_internal(tmp_path, monkeypatch, capsys):
    # without `.nojekyll` GitHub Pages runs Jekyll, which renders the note into a page of the site
    _site(tmp_path)
    assert _found(tmp_path, monkeypatch, capsys) == [("blog/index.html", "utm-internal-link"),
                                                     ("offpage/futuretools-pack.md", "utm-internal-link")]


def test_scan_still_calls_a_generators_markdown_link_internal(tmp_path, monkeypatch, capsys):
    # `.nojekyll` beside a generator's config (Hugo's here) is how a built site turns Jekyll off: its posts are pages
    _site(tmp_path, (".nojekyll", ""), ("hugo.toml", "baseURL = 'https://www.acme.dev/'\n"))
    assert _found(tmp_path, monkeypatch, capsys) == [("blog/index.html", "utm-internal-link"),
                                                     ("offpage/futuretools-pack.md", "utm-internal-link")]


def test_a_cached_scan_hears_of_nojekyll(tmp_path, monkeypatch, capsys):
    # the cache keys a file's verdict on whether it is a page: turning Jekyll off turns the note's finding over
    _site(tmp_path)
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    assert ("offpage/futuretools-pack.md", "utm-internal-link") in [
        (d["path"], d["name"]) for d in json.loads(capsys.readouterr().out)]
    (tmp_path / ".nojekyll").write_text("", encoding="utf-8")
    main(["scan", "--format", "json", "."])
    assert ("offpage/futuretools-pack.md", "medium-unassigned") in [
        (d["path"], d["name"]) for d in json.loads(capsys.readouterr().out)]
