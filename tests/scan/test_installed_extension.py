"""An installed copy of someone else's browser extension kept in a repository is that extension's code, like a library
vendored with its own manifest: its links and tags are its authors', and scan gives no advice on them.

- Corpus 10 #123-#138: zhaoolee/ChromeAppHeroes (reviews of browser extensions) keeps backups of the packages it
  reviews as Chrome installs them, `backup/<n>-<name>/<extension id>/<version>_0/` with the store's `manifest.json`
  (`manifest_version`, `version`, the Web Store's `update_url`) and `_metadata/verified_contents.json`:
  `backup/110-wechatsync/hchobocdmclopcbnibdnoafilagadion/1.0.10_0/content.js` (`utm_source=byshare` alone: told to
  add a medium), `backup/100-volume-master/1.4.0_0/html/popup.html` (its author's footer link, told its medium is
  unassigned), `backup/093-search-to-play-the-song/` (no version folder, the store's signature beside it).
- An extension's own source (its manifest at the root or in `src/`, no `<version>_0` folder, no store signature)
  owns its links, and so does a copy whose `homepage_url` names the repository's owner.
Real git repositories in a temp folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

import json

from tests.scan.repository import git_repo
from tests.scan.test_vendored_library import scan, write
from utmlint.identity import from_slug, installed_extension, library_folders

# backup/100-volume-master/1.4.0_0/html/popup.html and .../1.0.10_0/content.js in zhaoolee/ChromeAppHeroes
FOOTER = ('<a class="link link--external" tabindex="-1" target="_blank" '
          'href="https://www.petasittek.com/?utm_source=gce&utm_medium=footer&utm_campaign=vm">\n')
SHARE = 'var o="https://www.wechatsync.com/?utm_source=byshare",i="文章同步助手";e.innerHTML=i+" "+o;\n'
STORE = "https://clients2.google.com/service/update2/crx"


def manifest(version: str, **more) -> str:
    return json.dumps({"manifest_version": 2, "name": "__MSG_app_name__", "version": version,
                       "update_url": STORE, **more})


def test_a_backup_of_an_installed_extension_is_its_authors_code(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "heroes", "https://github.com/zhaoolee/ChromeAppHeroes.git")
    volume = repo / "backup" / "100-volume-master" / "1.4.0_0"
    write(volume / "manifest.json", manifest("1.4.0"))
    write(volume / "html" / "popup.html", FOOTER)
    sync = repo / "backup" / "110-wechatsync" / "hchobocdmclopcbnibdnoafilagadion" / "1.0.10_0"
    write(sync / "manifest.json", manifest("1.0.10"))
    write(sync / "content.js", SHARE)
    song = repo / "backup" / "093-search-to-play-the-song"  # no version folder: the store's signature says it
    write(song / "manifest.json", manifest("3.0.1"))
    write(song / "_metadata" / "verified_contents.json", '[{"description":"treehash per file"}]')
    write(song / "popup.html", FOOTER)
    write(repo / "docs" / "100-volume-master.md", FOOTER)  # the same link in the repository's own review: its own
    found = scan(monkeypatch, capsys, repo)
    assert not [f for f in found if f[0].startswith("backup/")]
    assert ("docs/100-volume-master.md", "medium-unassigned") in found


def test_an_extensions_own_source_owns_its_links(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "ext", "https://github.com/acme/volume-master.git")
    write(repo / "manifest.json", manifest("1.4.0"))  # the repository is the extension
    write(repo / "popup.html", FOOTER)
    write(repo / "src" / "manifest.json", manifest("1.4.0"))  # or keeps it in src/, even with the store's url
    write(repo / "src" / "popup.html", FOOTER)
    write(repo / "1.4.0" / "manifest.json", manifest("1.4.0"))  # a folder named for the version, not Chrome's `_0`
    write(repo / "1.4.0" / "popup.html", FOOTER)
    found = scan(monkeypatch, capsys, repo)
    for path in ("popup.html", "src/popup.html", "1.4.0/popup.html"):
        assert (path, "medium-unassigned") in found


def test_what_makes_a_folder_an_installed_copy():
    heroes = from_slug("zhaoolee/ChromeAppHeroes")
    files = {"backup/x/1.0_0/manifest.json": manifest("1.0"),
             "backup/own/1.0_0/manifest.json": manifest("1.0", homepage_url="https://github.com/zhaoolee/own-ext"),
             "backup/web/1.0_0/manifest.json": json.dumps({"name": "A web app", "version": "1.0"}),  # a web app's
             "backup/moz/manifest.json": json.dumps({"manifest_version": 2, "version": "2.1"}),
             "backup/moz/META-INF/mozilla.sf": "Signature-Version: 1.0\n"}

    def read(folder, name):
        return files.get(f"{folder}/{name}", "")

    assert library_folders(heroes, "backup/x/1.0_0/js", read) == ("backup/x/1.0_0",)
    assert library_folders(heroes, "backup/moz/content", read) == ("backup/moz",)
    assert library_folders(heroes, "backup/own/1.0_0", read) == ()  # its homepage is the owner's: its own
    assert library_folders(heroes, "backup/web/1.0_0", read) == ()  # a web app manifest declares no manifest_version
    assert not installed_extension(None, "backup/x/1.0_0", lambda name: read("backup/x/1.0_0", name))
