"""An installed copy of someone else's Obsidian plugin is that plugin's code (corpus 15 #109).

watchpoints/weekly keeps its Obsidian vault beside its posts, with the plugins it installed: `blog/content/post/
.obsidian/plugins/copilot/main.js` is the Copilot plugin's build, and its `utm_source=obsidian&utm_medium=${e}` link
is the plugin author's. Before, the weekly was told to add a campaign to it. Obsidian installs a plugin in the vault's
configuration folder as `plugins/<id>/`, with the plugin's `manifest.json` (docs.obsidian.md, "Manifest"); a plugin's
own repository has its manifest at the root, and a copy whose `authorUrl` names the repository's owner is its own.
"""

from __future__ import annotations

import json

from utmlint.identity import from_slug, installed_obsidian_plugin, library_folders
from utmlint.validate_url import validate_url

FOLDER = "blog/content/post/.obsidian/plugins/copilot"
MANIFEST = {"id": "copilot", "name": "Copilot", "version": "2.8.7", "minAppVersion": "0.15.0",
            "description": "An AI Copilot in Obsidian.", "author": "Logan Yang",
            "authorUrl": "https://twitter.com/logancyang",
            "fundingUrl": {"GitHub Sponsor": "https://github.com/sponsors/logancyang"}}


def reader(files):
    return lambda folder, name: files.get(f"{folder}/{name}", "")


def test_a_vaults_installed_plugin_is_someone_elses_code():
    read = reader({f"{FOLDER}/manifest.json": json.dumps(MANIFEST)})
    assert library_folders(from_slug("watchpoints/weekly"), FOLDER, read) == (FOLDER,)
    url = "https://www.obsidiancopilot.com?utm_source=obsidian&utm_medium=${e}"
    found = validate_url(url, repo="watchpoints/weekly", path=f"{FOLDER}/main.js", libraries=(FOLDER,)).findings
    assert not {f.name for f in found} & {"missing-utm-param", "value-case", "medium-unassigned"}


def test_the_plugins_own_repository_and_its_authors_copy_are_its_own():
    read = reader({"manifest.json": json.dumps(MANIFEST)})
    assert not installed_obsidian_plugin(from_slug("logancyang/obsidian-copilot"), "", lambda name: read("", name))
    mine = dict(MANIFEST, authorUrl="https://github.com/logancyang")
    read = reader({f"{FOLDER}/manifest.json": json.dumps(mine)})
    assert library_folders(from_slug("logancyang/notes"), FOLDER, read) == ()
    # a folder named `plugins/` that is no vault's, or a manifest that is no Obsidian plugin's
    other = reader({"src/plugins/copilot/manifest.json": json.dumps(MANIFEST),
                    f"{FOLDER}/manifest.json": json.dumps({"name": "x", "manifest_version": 3})})
    assert library_folders(from_slug("watchpoints/weekly"), "src/plugins/copilot", other) == ()
    assert library_folders(from_slug("watchpoints/weekly"), FOLDER, other) == ()


def test_a_teams_own_link_beside_the_vault_is_still_judged():
    url = "https://www.obsidiancopilot.com?utm_source=obsidian&utm_medium=Blog"
    found = validate_url(url, repo="watchpoints/weekly", path="blog/content/post/notes.md",
                         libraries=(FOLDER,)).findings
    assert "missing-utm-param" in {f.name for f in found}
