"""A site published under a path of its owner's site (corpus 17 #18: fixB, session 33): MerginMaps/docs' VitePress
config says `base: "/docs"` and names no host; the docs are merginmaps.com/docs, so the config's header link to
merginmaps.com goes from the site to itself (utm-internal-link), while its link to app.merginmaps.com, another host,
keeps its advice (the team's own typo is told: review13's lesson). A base that is the repository's own name
(`/meilisearch-js`) is GitHub Pages' project site, no path of the owner's site: its links keep their advice too.
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


def _scan(tmp_path, monkeypatch, capsys, slug, base):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
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
