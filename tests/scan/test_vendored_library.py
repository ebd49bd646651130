"""Whose code a file is: a library vendored with its own manifest naming another repository is that project's, and a
site whose name leads the organisation's or the vendored library's name is that organisation's or library's own.

- Corpus 4 #32 #34-#36 #39: Easy Digital Downloads keeps Carbon in `libraries/Carbon/` (its composer.json names
  nesbot/carbon, briannesbitt/Carbon); Carbon's sponsor links (`utm_campaign=Carbon`, Open Collective's tags) were
  told to change their medium and case: they are Carbon's, not EDD's to change.
- Corpus 7 #210-#214: tinymce/tinymce's own `utm_source=tiny` on tiny.cloud was called copied from tiny.cloud;
  #196 #197 the same links in BookStack's bundled editor (`public/libs/tinymce/`, no manifest).
- tinymce's monorepo packages (`modules/agar/package.json` naming tinymce/tinymce) stay the repository's own.
Real git repositories in a temp folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

import json

from tests.scan.repository import git_repo
from utmlint.cli import main
from utmlint.identity import from_slug, in_folder, owns, owns_site, vendored_library

# Carbon's readme.md sponsor table (libraries/Carbon/readme.md in easydigitaldownloads/easy-digital-downloads)
SPONSOR = ('<a href="https://casinogap.org/uk/?utm_source=opencollective&utm_medium=github&utm_campaign=Carbon" '
           'title="Casino Gap">Casino Gap</a>\n')
CARBON = json.dumps({"name": "nesbot/carbon", "homepage": "https://carbon.nesbot.com",
                     "support": {"source": "https://github.com/briannesbitt/Carbon"}})
# TinyMCE's help dialog link (modules/tinymce/src/plugins/help/main/ts/ui/PluginsTab.ts in tinymce/tinymce)
TINY = ("https://www.tiny.cloud/pricing/?utm_campaign=help_dialog_plugin_tab&utm_source=tiny&utm_medium=referral"
        "&utm_term=read_more&utm_content=premium_plugin_heading")


def scan(monkeypatch, capsys, folder):
    monkeypatch.chdir(folder)
    main(["scan", "--format", "json", "."])  # with its cache: the same bytes in two folders are judged apart
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return sorted((f["path"], f["name"]) for f in json.loads(out))


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_vendored_library_with_its_own_manifest_gets_no_advice_on_its_tags(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "edd", "https://github.com/easydigitaldownloads/easy-digital-downloads.git")
    write(repo / "libraries" / "Carbon" / "composer.json", CARBON)
    write(repo / "libraries" / "Carbon" / "readme.md", SPONSOR)
    write(repo / "docs" / "readme.md", SPONSOR)  # the same bytes in the repository's own docs: its own to fix
    found = scan(monkeypatch, capsys, repo)
    assert not [f for f in found if f[0].startswith("libraries/")]
    assert ("docs/readme.md", "medium-unassigned") in found and ("docs/readme.md", "value-case") in found


def test_a_monorepo_package_naming_the_repository_stays_its_own(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "edd", "https://github.com/easydigitaldownloads/easy-digital-downloads.git")
    package = {"name": "@edd/blocks", "repository": {
        "type": "git", "url": "https://github.com/easydigitaldownloads/easy-digital-downloads.git",
        "directory": "modules/blocks"}}
    write(repo / "modules" / "blocks" / "package.json", json.dumps(package))
    write(repo / "modules" / "blocks" / "readme.md", SPONSOR)
    write(repo / "modules" / "notes" / "package.json", json.dumps({"name": "notes", "private": True}))  # says nothing
    write(repo / "modules" / "notes" / "readme.md", SPONSOR)
    found = scan(monkeypatch, capsys, repo)
    assert ("modules/blocks/readme.md", "medium-unassigned") in found
    assert ("modules/notes/readme.md", "medium-unassigned") in found


def test_a_package_of_the_repositorys_own_organisation_stays_its_own(tmp_path, monkeypatch, capsys):
    # review8 S6: acmecorp/acme-sdk copied into acmecorp/acme-app's modules/ was "another project's code" through
    # package.json (its errors vanished) while composer.json's `acmecorp/...` vendor stayed own: both are own now
    repo = git_repo(tmp_path / "app", "git@github.com:acmecorp/acme-app.git")
    sdk = {"name": "@acmecorp/sdk",
           "repository": {"type": "git", "url": "git+https://github.com/acmecorp/acme-sdk.git"}}
    write(repo / "modules" / "acme-sdk" / "package.json", json.dumps(sdk))
    write(repo / "modules" / "acme-php" / "composer.json", json.dumps({"name": "acmecorp/acme-php"}))
    write(repo / "modules" / "other" / "package.json", json.dumps({"repository": "github:someone/other-sdk"}))
    link = "Docs: [sdk](https://acme.sunbeam.app/sdk?utm_source=SDK&utm_medium=In-App&utm_campaign=sdk)\n"
    for folder in ("acme-sdk", "acme-php", "other"):
        write(repo / "modules" / folder / "README.md", link)
    found = scan(monkeypatch, capsys, repo)
    for folder in ("acme-sdk", "acme-php"):
        assert (f"modules/{folder}/README.md", "medium-unassigned") in found
        assert (f"modules/{folder}/README.md", "value-case") in found
    assert ("modules/other/README.md", "medium-unassigned") not in found  # another organisation's: still theirs
    app = from_slug("acmecorp/acme-app")
    assert not vendored_library(app, lambda name: json.dumps(sdk) if name == "package.json" else "")
    assert not vendored_library(from_slug("fb/app"), lambda name: '{"repository": "github:fb/sdk"}'
                                if name == "package.json" else "")  # an owner shorter than 4 letters too
    assert vendored_library(app, lambda name: '{"repository": "github:acmecorpx/acme-sdk"}'
                            if name == "package.json" else "")


def test_which_manifests_name_another_project():
    edd = from_slug("easydigitaldownloads/easy-digital-downloads")
    files = {"composer.json": CARBON}
    assert vendored_library(edd, lambda name: files.get(name, ""))
    own = {"package.json": '{"repository": "github:easydigitaldownloads/easy-digital-downloads"}'}
    assert not vendored_library(edd, lambda name: own.get(name, ""))
    toml = {"pyproject.toml": '[project.urls]\nSource = "https://github.com/psf/requests"\n'}
    assert vendored_library(edd, lambda name: toml.get(name, ""))
    assert not vendored_library(edd, lambda name: "")  # no manifest: nothing known
    assert not vendored_library(edd, lambda name: "{not json" if name.endswith(".json") else "")


def test_a_site_leading_the_organisations_or_librarys_name_is_its_own(tmp_path, monkeypatch, capsys):
    assert owns_site(from_slug("tinymce/tinymce"), "tiny")
    assert owns_site(in_folder(from_slug("BookStackApp/BookStack"), "public/libs/tinymce/themes/theme.min.js"), "tiny")
    # a repository's own name, a folder that is no vendored library's, a short name: not the site's
    assert not owns_site(from_slug("acme/sveltejsx"), "svelte") and not owns_site(from_slug("acme/tinymce"), "tiny")
    assert not owns_site(in_folder(from_slug("acme/notes"), "src/tinymce/x.js"), "tiny")
    assert not owns_site(from_slug("goapp/x"), "go")
    # a platform named in a share marker is asked of owns, which the organisation's prefix does not sway
    assert not owns(from_slug("pocketbase/pocketbase"), "pocket")
    tiny = git_repo(tmp_path / "tinymce", "https://github.com/tinymce/tinymce.git")
    write(tiny / "modules" / "tinymce" / "src" / "PluginsTab.ts", f"const url = '{TINY}';\n")
    assert scan(monkeypatch, capsys, tiny) == []
    other = git_repo(tmp_path / "notes", "https://github.com/acme/notes.git")
    write(other / "src" / "PluginsTab.ts", f"const url = '{TINY}';\n")
    assert scan(monkeypatch, capsys, other) == [("src/PluginsTab.ts", "copied-tracking")]
    bookstack = git_repo(tmp_path / "bookstack", "https://github.com/BookStackApp/BookStack.git")
    write(bookstack / "public" / "libs" / "tinymce" / "themes" / "silver" / "theme.min.js", f'a.href="{TINY}";\n')
    assert scan(monkeypatch, capsys, bookstack) == []


def test_scan_of_stdin_names_the_same_library_and_lock_file_as_scan_of_the_path(tmp_path, monkeypatch, capsys):
    # review8 S11: `scan - --stdin-filename libraries/Carbon/readme.md` (an editor) gave the errors `scan PATH` leaves
    # to Carbon's authors, and a lock file on stdin was scanned: both now as `scan PATH` does
    import io
    import sys

    repo = git_repo(tmp_path / "edd", "https://github.com/easydigitaldownloads/easy-digital-downloads.git")
    write(repo / "libraries" / "Carbon" / "composer.json", CARBON)
    write(repo / "libraries" / "Carbon" / "readme.md", SPONSOR)
    monkeypatch.chdir(repo)

    def stdin_scan(text, name):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(text.encode("utf-8")), encoding="utf-8"))
        code = main(["scan", "--format", "json", "-", "--stdin-filename", name])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        return code, sorted(f["name"] for f in json.loads(out)), err

    assert stdin_scan(SPONSOR, "libraries/Carbon/readme.md")[:2] == (0, [])
    assert stdin_scan(SPONSOR, str(repo / "libraries" / "Carbon" / "readme.md"))[:2] == (0, [])
    assert "medium-unassigned" in stdin_scan(SPONSOR, "docs/readme.md")[1]  # the repository's own: judged
    lock = '{"packages": {"": {"funding": {"url": "https://x.sunbeam.app/f?utm_source=x&utm_medium=Funding"}}}}\n'
    code, found, err = stdin_scan(lock, "package-lock.json")
    assert (code, found) == (0, []) and "package-lock.json:1:1: note: is a lock file" in err
