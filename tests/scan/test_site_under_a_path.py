"""A site published under a path of its owner's site (corpus 17 #18: fixB, session 33): MerginMaps/docs' VitePress
config says `base: "/docs"` and names no host; the docs are merginmaps.com/docs, so the config's header link to
merginmaps.com goes from the site to itself (utm-internal-link), while its link to app.merginmaps.com, another host,
keeps its advice (the team's own typo is told: review13's lesson). A base that is the repository's own name
(`/meilisearch-js`) is GitHub Pages' project site, no path of the owner's site: its links keep their advice too.
The config's `base` alone does not say which (stranger14 R18: `pixelhq/docs` on GitHub Pages is pixelhq.github.io/docs,
whose header link's `referal` was hidden behind "the site this page is part of"): the repository must say where it is
served (its README's `merginmaps.com/docs`, a URL on a host other than github.io whose path is the base).
`utmlint scan` on real files in a temp git folder."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main
from utmlint.linkplace import site_of_repository

CONFIG = """import { defineConfig } from "vitepress";

export default defineConfig({
  title: "Acme Maps",
  base: "%s",
  themeConfig: {
    nav: [
      { text: "Home", link: "https://acmemaps.com/?utm_source=documentation&utm_medium=header&utm_campaign=docs" },
      { text: "Log In", link: "https://app.acmemaps.com/login?utm_source=documentation&utm_medium=referal&utm_campaign=docs" },
    ],
  },
});
"""


HOSTED = "# Docs\n\nSource code for documentation hosted on [acmemaps.com/docs](https://acmemaps.com/docs)\n"


def _scan(tmp_path, monkeypatch, capsys, slug, base, readme=HOSTED):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    if readme:
        (tmp_path / "README.md").write_text(readme, encoding="utf-8")
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"git@github.com:{slug}.git"], check=True)
    (tmp_path / "src" / ".vitepress").mkdir(parents=True)
    (tmp_path / "src" / ".vitepress" / "config.mts").write_text(CONFIG % base, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, sorted((d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))


def test_the_owners_home_is_the_same_site(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "AcmeMaps/docs", "/docs")
    assert found == [(8, "utm-internal-link"), (9, "medium-unassigned")] and code == 1


def test_without_a_path_base_the_links_keep_their_advice(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "AcmeMaps/docs", "/")
    assert (8, "utm-internal-link") not in found and (8, "medium-unassigned") in found and (9, "medium-unassigned") in found


def test_a_project_sites_base_is_no_path_of_the_owners_site():
    assert site_of_repository("meilisearch/meilisearch-js", "/meilisearch-js") == ""
    assert site_of_repository("MerginMaps/docs", "/docs") == "merginmaps/docs/"


def test_a_base_the_repository_says_nothing_more_of_is_no_path_of_the_owners_site(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, "AcmeMaps/docs", "/docs/", readme="# Docs\n")
    assert (8, "utm-internal-link") not in found and (9, "medium-unassigned") in found and code == 1


def test_a_github_pages_project_site_named_docs_keeps_its_advice(tmp_path, monkeypatch, capsys):
    readme = "# Docs\n\nPublished at https://acmemaps.github.io/docs/ by the pages workflow.\n"
    code, found = _scan(tmp_path, monkeypatch, capsys, "AcmeMaps/docs", "/docs/", readme=readme)
    assert (8, "utm-internal-link") not in found and (9, "medium-unassigned") in found and code == 1
