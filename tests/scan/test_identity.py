"""Whose repository a scanned tree is (utmlint.identity), and what copied-tracking makes of it.

Corpus 5 (tests/data/real-urls-5, so tuned on its labels): Portainer's README links Docker Desktop's downloads as
Docker's docs write them, `desktop.docker.com/...?utm_source=docker&utm_medium=webreferral&utm_campaign=docs-...`:
Docker's own tags on links to its own site, copied from there; scan told Portainer to fix the Unassigned medium.
In Docker's own repository the same link is Docker's to tag. Only the tree says which: its git remote (read, never
run), CNAME, package.json. Real git repositories in a temp folder, `utmlint scan --format json` in-process.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.scan.repository import git_repo
from utmlint.cli import main
from utmlint.identity import from_slug, owns, read_identity
from utmlint.validate_url import validate_url

DOCKER = ("https://desktop.docker.com/mac/main/arm64/Docker.dmg?utm_source=docker&utm_medium=webreferral"
          "&utm_campaign=docs-driven-download-mac-arm64")
BUFFER = "https://open.buffer.com/x/?utm_content=buffer3e42a&utm_medium=social&utm_source=pinterest.com&utm_campaign=buffer"



@pytest.fixture
def scan(monkeypatch, capsys):
    def run(folder, *args):
        monkeypatch.chdir(folder)
        code = main(["scan", "--no-cache", "--format", "json", *args, "."])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return [(f["line"], f["name"], f["message"]) for f in json.loads(out)]

    return run


def test_a_sites_own_tags_copied_into_another_repository_are_copied_tracking(tmp_path, scan):
    text = f"[Docker Desktop for Mac]({DOCKER})\n[Buffer's values]({BUFFER})\n"
    portainer = git_repo(tmp_path / "portainer", "https://github.com/portainer/portainer.git")
    (portainer / "README.md").write_text(text, encoding="utf-8")
    found = scan(portainer)
    assert [(line, name) for line, name, _ in found] == [(1, "copied-tracking"), (2, "copied-tracking")]
    assert "docker.com's own tags on a link to itself" in found[0][2] and "portainer/portainer" in found[0][2]
    assert found[0][2].endswith("remove them: https://desktop.docker.com/mac/main/arm64/Docker.dmg")

    docker = git_repo(tmp_path / "docs", "git@github.com:docker/docs.git")  # Docker's own: its tags are its own
    (docker / "README.md").write_text(text, encoding="utf-8")
    # (and a `.dmg` download loads no page that reads them: the one note, no GA4 medium advice; fix1014)
    assert [(line, name) for line, name, _ in scan(docker)] == [(1, "utm-useless-destination"), (2, "copied-tracking")]

    buffer = git_repo(tmp_path / "buffer", "https://github.com/bufferapp/buffer-extension-shared")
    (buffer / "pin.js").write_text(f"// {BUFFER}\n", encoding="utf-8")
    assert scan(buffer) == []  # Buffer's share tags in Buffer's own repository (corpus 5 #189)


def test_without_an_identity_the_rule_is_silent(tmp_path, scan):
    plain = tmp_path / "plain"  # no git repository, no package.json: whose links these are is unknown
    plain.mkdir()
    (plain / "README.md").write_text(f"[mac]({DOCKER})\n", encoding="utf-8")
    # (the `.dmg` download's one note, utm-useless-destination since fix1014: no copied-tracking)
    assert [name for _, name, _ in scan(plain)] == ["utm-useless-destination"]
    local = git_repo(tmp_path / "local")  # a repository with no remote says no more
    (local / "README.md").write_text(f"[mac]({DOCKER})\n", encoding="utf-8")
    assert [name for _, name, _ in scan(local)] == ["utm-useless-destination"]
    # one URL alone (validate, build --validate, MCP) has no repository: as before
    assert [f.name for f in validate_url(DOCKER).findings] == ["utm-useless-destination"]
    assert [f.name for f in validate_url(DOCKER, repo="portainer/portainer").findings] == ["copied-tracking"]


def test_the_identity_is_read_from_the_trees_files(tmp_path):
    repo = git_repo(tmp_path / "r", "ssh://git@gitlab.com/acme/web-site.git")
    (repo / "docs").mkdir()
    assert read_identity(repo / "docs").slug == "acme/web-site"
    (repo / "CNAME").write_text("www.rallly.co\n")
    (repo / "package.json").write_text('{"homepage": "https://store.vuetifyjs.com/", "repository": "lukevella/x"}')
    names = read_identity(repo).names
    assert {"acme", "website", "web", "site", "rallly", "vuetifyjs", "lukevella"} <= names
    (repo / "package.json").write_text("{not json")  # a broken file says nothing, and raises nothing
    assert read_identity(repo).slug == "acme/web-site"
    worktree = tmp_path / "wt"  # a worktree's `.git` is a file naming the shared git folder
    subprocess.run(["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q",
                    "--allow-empty", "-m", "x"], check=True)
    subprocess.run(["git", "-C", str(repo), "worktree", "add", "-q", str(worktree)], check=True)
    assert read_identity(worktree).slug == "acme/web-site"
    assert read_identity(tmp_path / "nowhere") is None  # outside any repository


def test_a_listed_source_or_a_sites_snippet_is_not_called_copied():
    # `google` on a Chrome Web Store listing: a source GA4 reads by name, which a team may mean (corpus 3 #233)
    store = "https://chrome.google.com/webstore/detail/x/abc?utm_source=google"
    assert "copied-tracking" not in {f.name for f in validate_url(store, repo="openreplay/openreplay").findings}
    # Unsplash's credit snippet: the site's own snippet, pasted as it is (rules/platform-written-tags.txt)
    credit = "https://unsplash.com/@x?utm_source=unsplash&utm_medium=referral&utm_content=creditCopyText"
    assert validate_url(credit, repo="svelte-society/this-week-in-svelte").findings == []
    # the brand's own repository: `rallly.co?utm_source=rallly` in lukevella/rallly
    own = "https://rallly.co?utm_source=rallly&utm_medium=email&utm_campaign=powered_by"
    assert validate_url(own, repo="lukevella/rallly").findings == []
    assert owns(from_slug("bufferapp/buffer-publish"), "buffer") and not owns(from_slug("pocketbase/x"), "pocket")


def test_a_source_opening_with_the_sites_name_is_that_sites_tag():
    """Corpus 6 #116 (AdGuardHome's tracker database): `leadback.ru/?utm_source=leadback_widget` is LeadBack's own tag
    for its widget's link to itself, copied with the link; a source of several words that opens with the name of the
    site the link goes to names that site, as `utm_source=leadback` alone would."""
    widget = "https://leadback.ru/?utm_source=leadback_widget&utm_medium=eas-balt.ru&utm_campaign=self_ad"
    found = validate_url(widget, repo="AdguardTeam/AdGuardHome").findings
    assert [f.name for f in found] == ["copied-tracking"]
    assert "leadback.ru's own tags on a link to itself" in found[0].message
    assert "copied-tracking" in {f.name for f in validate_url(  # corpus 13 #36: GitHub's Student Pack partner tag
        "https://education.github.com/pack?utm_source=github+digitalocean", repo="getodk/docs").findings}
    # the site's own repository: its tags are its own; a value naming the repository is the team's own tag for its
    # page on that site (Gitpod's `github+gitpod` on education.github.com)
    assert "copied-tracking" not in {f.name for f in validate_url(widget, repo="leadback/site").findings}
    assert "copied-tracking" not in {f.name for f in validate_url(
        "https://education.github.com/pack?utm_source=github+gitpod", repo="gitpod-io/website").findings}
    # a network GA4 reads by name as the first word (`facebook_page` on facebook.com): where visitors come from, which a
    # team may mean, never read as the site's own tag (what a social source says is the another-channel reading's)
    assert not any("own tags on a link to itself" in f.message for f in validate_url(
        "https://www.facebook.com/acme?utm_source=facebook_page&utm_medium=social", repo="acme/site").findings)
    # the team's own link with the same mistake, the site's name as a later word of its own source: still judged
    assert [f.name for f in validate_url("https://leadback.ru/?utm_source=acme_leadback&utm_medium=widgets&"
                                         "utm_campaign=x", repo="acme/site").findings] == ["medium-unassigned"]


def test_a_vendored_librarys_links_to_its_own_site_are_its_own(tmp_path, scan):
    """Corpus 6 #110 (TriliumNext/Notes, libraries/ckeditor/ckeditor.js): CKEditor's powered-by link inside the
    bundled editor carries CKEditor's tags on a link to ckeditor.com; the folder is CKEditor's, so they are its own."""
    link = ("https://ckeditor.com/powered-by-ckeditor/?utm_source=ckeditor&utm_medium=referral"
            "&utm_campaign=701Dn000000hVgmIAE_powered_by_ckeditor_logo")
    repo = git_repo(tmp_path / "notes", "https://github.com/TriliumNext/Notes.git")
    (repo / "libraries" / "ckeditor").mkdir(parents=True)
    (repo / "libraries" / "ckeditor" / "ckeditor.js").write_text(f'a.href="{link}";\n', encoding="utf-8")
    (repo / "docs.md").write_text(f"[editor]({link})\n", encoding="utf-8")  # pasted into the repo's own docs
    assert [(line, name) for line, name, _ in scan(repo)] == [(1, "copied-tracking")]
    assert [name for _, name, _ in scan(repo / "libraries")] == []  # the finding above is docs.md's
    assert validate_url(link, repo="TriliumNext/Notes", path="libraries/ckeditor/ckeditor.js").findings == []
    assert [f.name for f in validate_url(link, repo="TriliumNext/Notes", path="docs.md").findings] == ["copied-tracking"]


def test_a_files_own_tags_on_a_link_to_the_site_its_source_names_are_not_that_sites_copied_tags(tmp_path, scan):
    """Corpus 9 #142 (read after its blind measurement): Stoplight's docs tag every link
    `utm_source=github&utm_medium=spectral&utm_campaign=docs` (where the reader is: GitHub). On its link to its own
    GitHub repository copied-tracking said 'github.com's own tags ... copied'; the same set on its stoplight.io link
    says it is the file's convention. The link keeps the advice its tags deserve: none, since useless10 (session 29):
    github.com shows the repository's owners no visit's utm values, so utm-useless-destination is its one finding
    (`spectral` being Unassigned is true of the value and moot there)."""
    tags = "utm_source=github&utm_medium=spectral&utm_campaign=docs"
    spectral = git_repo(tmp_path / "spectral", "https://github.com/stoplightio/spectral.git")
    (spectral / "docs.md").write_text(f"[studio](https://stoplight.io/studio/?{tags})\n"
                                      f"[vscode](https://github.com/stoplightio/vscode-spectral?{tags})\n", encoding="utf-8")
    assert [(line, name) for line, name, _ in scan(spectral)] == [(1, "medium-unassigned"), (2, "utm-useless-destination")]
    # alone in its file, or beside other tags, the github.com link's `utm_source=github` was read as github.com's own
    # until fix38 (session 43, corpus 40 #36 #38): a repository's page (`github.com/x/y`) is its owner's, not one of
    # GitHub's own pages, and GitHub tags no links to it, so `github` names where the link was placed: the sender's
    # tags, whose one finding is utm-useless-destination's (test_someones_page_tags.py); GitHub's own page keeps it
    (spectral / "docs.md").write_text(f"[studio](https://stoplight.io/studio/?utm_source=docs&utm_medium=referral"
                                      f"&utm_campaign=docs)\n[vscode](https://github.com/x/y?{tags})\n"
                                      f"[features](https://github.com/features/copilot?{tags})\n", encoding="utf-8")
    assert [(line, name) for line, name, _ in scan(spectral)] == [(2, "utm-useless-destination"),
                                                                  (3, "copied-tracking")]
