"""review6's findings on utmlint.identity (/work/review6-findings.md #1-#6, #12, #15): the repository identity
copied-tracking reads is read safely, per file's own repository, and knows how brands spell their organisations
and where their sites are hosted. Real git repositories in a temp folder, `utmlint scan --format json` in-process.
"""

from __future__ import annotations

import os
import subprocess

import pytest

from tests.scan.test_identity import DOCKER, git_repo, scan  # noqa: F401  (scan is a fixture)
from utmlint.identity import from_slug, owns, read_identity, site_domain, site_name


def link(folder, url, name="README.md"):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[x]({url})\n", encoding="utf-8")


def names(found):
    return [name for _, name, _ in found]


def test_a_symlinked_cname_is_not_followed_and_a_fifo_does_not_hang(tmp_path, scan, monkeypatch):
    # #1: CNAME -> /proc/self/environ put the environment's text into the finding; a FIFO blocked forever
    repo = git_repo(tmp_path / "r")
    link(repo, DOCKER)
    secret = tmp_path / "secret"
    secret.write_text("www.s3cr3t-token.example\n", encoding="utf-8")
    os.symlink(secret, repo / "CNAME")
    found = scan(repo)
    assert "s3cr3t" not in repr(found) and "copied-tracking" not in names(found)
    os.unlink(repo / "CNAME")
    os.mkfifo(repo / "CNAME")  # opened without O_NONBLOCK this hangs the test
    assert "copied-tracking" not in names(scan(repo))
    os.unlink(repo / "CNAME")
    (repo / "CNAME").write_bytes(b"\xff\xfe\x00bin\n")  # not a hostname: ignored
    assert read_identity(repo) is None
    os.symlink(secret, repo / "package.json")
    assert read_identity(repo) is None


def test_a_cname_without_a_remote_is_named_as_such(tmp_path, scan):
    # #12: no remote, CNAME www.acme.io: the message said "this repository, acme/acme"
    repo = git_repo(tmp_path / "r")
    (repo / "CNAME").write_text("www.acme.io\n", encoding="utf-8")
    link(repo, DOCKER)
    found = scan(repo)
    assert names(found) == ["copied-tracking"]
    assert "whose CNAME is www.acme.io" in found[0][2] and "acme/acme" not in found[0][2]


def test_a_deeply_nested_package_json_means_unknown_not_a_traceback(tmp_path, scan):
    # #2: RecursionError from json.loads ended every scan of the repository
    repo = git_repo(tmp_path / "r")
    (repo / "package.json").write_text("[" * 100000 + "]" * 100000, encoding="utf-8")
    link(repo, DOCKER)
    assert names(scan(repo)) == ["utm-useless-destination"]  # the `.dmg` download's note (fix1014), no traceback


def test_a_site_on_a_hosting_platforms_subdomain_is_the_tenants(tmp_path, scan):
    # #15: acme.github.io tagged utm_source=github in acme/acme-sdk was "github.io's own tags"
    assert (site_name("acme.github.io"), site_domain("docs.acme.github.io")) == ("acme", "acme.github.io")
    assert (site_name("github.io"), site_name("www.medium.com"), site_name("desktop.docker.com")) == \
        ("github", "medium", "docker")
    repo = git_repo(tmp_path / "r", "https://github.com/acme/acme-sdk.git")
    (repo / "README.md").write_text(
        "[a](https://acme.github.io/docs/?utm_source=github&utm_medium=referral&utm_campaign=readme)\n"
        "[b](https://acme-sdk.readthedocs.io/en/?utm_source=readthedocs&utm_medium=referral&utm_campaign=readme)\n"
        "[c](https://acme.substack.com/p/x?utm_source=substack&utm_medium=email&utm_campaign=launch)\n"
        "[d](https://acme.vercel.app/?utm_source=vercel&utm_medium=referral&utm_campaign=readme)\n", encoding="utf-8")
    assert scan(repo) == []


def test_a_government_second_level_domain_is_no_site():
    """Corpus 13 #90-#98: `docs.numerique.gouv.fr` was read as the site `gouv`, and beta.gouv.fr's repository owned it,
    so La Suite Docs' share links (`utm_source=docssharelink&utm_campaign=<the document's id>`) were completed, not
    stripped. `gouv.fr`, `gob.mx`, `govt.nz`, `go.jp` are registries' second levels, as `co.uk` and `gov.uk` are."""
    assert [site_name(h) for h in ("docs.numerique.gouv.fr", "beta.gouv.fr", "www.sat.gob.mx", "www.ird.govt.nz",
                                   "www.digital.go.jp", "example.co.uk")] == \
        ["numerique", "beta", "sat", "ird", "digital", "example"]
    assert site_domain("grist.numerique.gouv.fr") == "numerique.gouv.fr"
    assert site_name("go.dev") == "go"  # a top-level domain of three letters keeps its second level



def test_a_registrys_own_portal_on_www_is_no_site_named_www(tmp_path, scan):
    """stranger12 R6: `www.gob.mx`, `www.govt.nz` and `www.gov.uk` were all the one site `www`, so two copied posts
    to two of them read as one site the file tags for two channels (a team's plan) and were told to add a campaign."""
    assert [site_domain(h) for h in ("www.gob.mx", "www.govt.nz", "www.gov.uk", "www.bbc.co.uk")] == \
        ["gob.mx", "govt.nz", "gov.uk", "bbc.co.uk"]
    repo = git_repo(tmp_path / "r", "https://github.com/digitalnz/website.git")
    (repo / "resources.md").write_text(
        "- [a](https://www.govt.nz/browse/passports/?utm_source=twitter&utm_medium=social)\n"
        "- [b](https://www.gob.mx/tramites?utm_source=facebook&utm_medium=social)\n", encoding="utf-8")
    assert names(scan(repo)) == ["copied-tracking", "copied-tracking"]

@pytest.mark.parametrize("slug,site", [("sveltejs/kit", "svelte"), ("temporalio/documentation", "temporal"),
                                       ("getsentry/sentry-docs", "sentry"), ("tailwindlabs/x", "tailwind")])
def test_an_organisation_spelled_with_a_common_affix_owns_its_site(slug, site):
    # #3: sveltejs/kit's own utm_source=svelte on svelte.dev was called copied
    assert owns(from_slug(slug), site)


@pytest.mark.parametrize("slug,site", [("acme/dockerfile-lint", "docker"), ("acme/notes", "svelte"),
                                       ("goapp/x", "go"), ("acme/sveltejsx", "svelte")])
def test_an_affix_does_not_make_unrelated_repositories_own_a_brand(slug, site):
    assert not owns(from_slug(slug), site)


def test_sveltes_own_tags_in_sveltejs_kit(tmp_path, scan):
    repo = git_repo(tmp_path / "kit", "https://github.com/sveltejs/kit.git")
    link(repo, "https://svelte.dev/docs?utm_source=svelte&utm_medium=referral&utm_campaign=kit-readme")
    assert scan(repo) == []
    other = git_repo(tmp_path / "other", "https://github.com/acme/notes.git")
    link(other, "https://svelte.dev/docs?utm_source=svelte&utm_medium=referral&utm_campaign=kit-readme")
    assert names(scan(other)) == ["copied-tracking"]


def test_each_file_has_its_own_repositorys_identity_whatever_the_order(tmp_path, monkeypatch, capsys):
    # #5: the identity came from the first path given and applied to every file and submodule
    import json

    from utmlint.cli import main

    fork = git_repo(tmp_path / "fork", "https://github.com/jdoe/notes.git")
    docs = git_repo(tmp_path / "dockerdocs", "https://github.com/docker/docs.git")
    link(fork, DOCKER)
    link(docs, DOCKER)
    sub = git_repo(tmp_path / "fork" / "vendor" / "docs", "https://github.com/docker/docs.git")  # a nested repo
    link(sub, DOCKER)
    monkeypatch.chdir(tmp_path)
    runs = []
    for order in (["fork", "dockerdocs"], ["dockerdocs", "fork"]):
        main(["scan", "--no-cache", "--format", "json", *order])
        runs.append(sorted((f["path"], f["name"]) for f in json.loads(capsys.readouterr()[0])
                           if f["name"] == "copied-tracking"))
    assert runs[0] == runs[1] == [(os.path.join("fork", "README.md"), "copied-tracking")]


def test_a_forks_upstream_remote_counts(tmp_path, scan):
    # #4: origin jdoe/docs, upstream docker/docs: Docker's docs, Docker's tags
    repo = git_repo(tmp_path / "fork", "https://github.com/jdoe/docs.git")
    subprocess.run(["git", "-C", str(repo), "remote", "add", "upstream", "https://github.com/docker/docs.git"],
                   check=True)
    link(repo, DOCKER)
    assert "copied-tracking" not in names(scan(repo))
    assert read_identity(repo).slug == "jdoe/docs"


CKEDITOR = ("https://ckeditor.com/powered-by-ckeditor/?utm_source=ckeditor&utm_medium=referral"
            "&utm_campaign=powered_by_ckeditor_logo")


@pytest.mark.parametrize("folder,url", [("third_party/ckeditor5", CKEDITOR), ("libs/docker-cli", DOCKER)])
def test_a_vendored_folders_words_count(tmp_path, scan, folder, url):
    # #6: only the whole normalized folder name counted (`ckeditor5`, `dockercli`)
    repo = git_repo(tmp_path / "r", "https://github.com/acme/notes.git")
    link(repo, url, f"{folder}/README.md")
    assert "copied-tracking" not in names(scan(repo))
    plain = git_repo(tmp_path / "p", "https://github.com/acme/notes.git")
    link(plain, url, "docs/README.md")
    assert "copied-tracking" in names(scan(plain))


def test_the_scan_cache_follows_a_change_of_remote(tmp_path, monkeypatch, capsys):
    # per-file identity is part of each cache entry's key: a remote added later is not answered from the old entry
    import json

    from utmlint.cli import main

    repo = git_repo(tmp_path / "fork", "https://github.com/jdoe/docs.git")
    link(repo, DOCKER)
    monkeypatch.setattr("utmlint.scan.run.RACY_NS", -10**12)  # every stat settled: the warm run trusts the stat
    monkeypatch.chdir(repo)

    def run():
        main(["scan", "--format", "json", "."])
        return [f["name"] for f in json.loads(capsys.readouterr()[0])]

    assert "copied-tracking" in run() and "copied-tracking" in run()
    subprocess.run(["git", "-C", str(repo), "remote", "add", "upstream", "https://github.com/docker/docs.git"],
                   check=True)
    assert "copied-tracking" not in run()


def test_the_docs_name_real_commands_and_say_scan_offers_no_copied_tracking_fix(tmp_path, scan, capsys):
    # #13: README, `utmlint rule UTM310` and rules/copied-tracking.txt named a `validate` command that does not
    # exist and said the fix needs --unsafe-fixes, while scan offers no fix for copied-tracking at all
    from pathlib import Path

    from utmlint.cli import COMMANDS, main

    root = Path(__file__).resolve().parents[2]
    assert "validate" not in [c if isinstance(c, str) else c[0] for c in COMMANDS]
    main(["rule", "UTM310"])
    doc = capsys.readouterr()[0]
    for text in (doc, (root / "README.md").read_text(encoding="utf-8"),
                 (root / "rules" / "copied-tracking.txt").read_text(encoding="utf-8")):
        assert "given to `validate`" not in text and "(`validate`," not in text
    assert "without a fix" in doc and "scan offers no fix" in (root / "rules" / "copied-tracking.txt").read_text()
    repo = git_repo(tmp_path / "r", "https://github.com/acme/notes.git")
    link(repo, DOCKER)
    import json

    capsys.readouterr()
    main(["scan", "--no-cache", "--format", "json", str(repo)])
    found = [f for f in json.loads(capsys.readouterr()[0]) if f["name"] == "copied-tracking"]
    assert found and all(f["fix"] is None for f in found)  # what the docs now say
