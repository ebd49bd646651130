"""MCP's `scan_files` is `utmlint scan --format json`, whose repository each file is in included.

Found by review: an agent had no way to scan docs and code, and the one-link tool it had (validate_link) knows no
repository, so on the link a file holds it said something else than `utmlint scan` says of that file: scan reads
each file's repository (its git remote; utmlint.identity) so a site's own feed tags on a link to itself, in its own
repository, are not copied-tracking, and Docker's tags copied into Portainer's README are. Both now set the scan up
through one path (Project.scan_config, commands/scan.py's scanner_for). Real git repositories in a temp folder, the
server started as a client's config starts it, driven by the SDK's own stdio client, compared with the command.
"""

from __future__ import annotations

import json
import subprocess

from mcp_harness import connected, drive, text_of

DOCKER = ("https://desktop.docker.com/mac/main/arm64/Docker.dmg?utm_source=docker&utm_medium=webreferral"
          "&utm_campaign=docs-driven-download-mac-arm64")
FEED = "https://www.docker.com/blog/x/?utm_source=rss&utm_medium=rss&utm_campaign=x"  # a feed's own tags (by=site)
README = f"[Docker Desktop for Mac]({DOCKER})\n[a post]({FEED})\n"


def git_repo(folder, remote=None):
    folder.mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    if remote:
        subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", remote], check=True)
    (folder / "README.md").write_text(README, encoding="utf-8")
    return folder


def test_scan_files_judges_as_the_command_does_in_each_files_repository(sdk, run, tmp_path):
    root = tmp_path / "work"
    git_repo(root / "docs", "git@github.com:docker/docs.git")  # Docker's own: its tags are its own
    git_repo(root / "portainer", "https://github.com/portainer/portainer.git")  # copied from Docker's site
    (root / "plain").mkdir()  # no repository: whose links these are is unknown
    (root / "plain" / "README.md").write_text(README, encoding="utf-8")

    answers = {}

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            async with connected(root, log) as client:
                for key, args in (("all", {}), ("docs", {"paths": ["docs/README.md"]}),
                                  ("select", {"paths": ["portainer"], "select": ["copied-tracking"]})):
                    answer = await client.call_tool("scan_files", args)
                    assert not answer.is_error, text_of(answer)
                    answers[key] = text_of(answer)

    drive(scenario)
    # The command, afterwards and without the cache the server wrote: computed on its own.
    cli = {key: run("scan", "--no-cache", "--format", "json", *argv, cwd=root)
           for key, argv in (("all", []), ("docs", ["docs/README.md"]),
                             ("select", ["--select", "copied-tracking", "portainer"]))}
    for key, done in cli.items():
        assert done.code == 1 and answers[key][0] == done.out, key

    found = {(f["path"], f["line"]): f["name"] for f in json.loads(answers["all"][0])}
    assert found == {
        # in docker/docs, Docker's link is Docker's to tag (a `.dmg` download: the one note, fix1014)
        ("docs/README.md", 1): "utm-useless-destination",
        ("docs/README.md", 2): "medium-unassigned",  # and its feed's tags on its own post are its own
        ("plain/README.md", 1): "utm-useless-destination",  # unknown repository: a site's own tags are not reported
        ("plain/README.md", 2): "copied-tracking",  # but a feed's are, with both readings
        ("portainer/README.md", 1): "copied-tracking",  # Docker's tags in portainer/portainer: copied
        ("portainer/README.md", 2): "copied-tracking",
    }
    assert "portainer/portainer, is not docker.com's" in json.loads(answers["select"][0])[0]["message"]
    assert answers["all"][1] == "3 files scanned (6 tracked links), 6 findings; `utmlint scan` would exit 1"


def test_scan_files_refuses_a_path_outside_the_root_and_names_a_bad_rule(sdk, tmp_path):
    root = git_repo(tmp_path / "docs", "git@github.com:docker/docs.git")

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            async with connected(root, log) as client:
                outside = await client.call_tool("scan_files", {"paths": ["../elsewhere"]})
                assert outside.is_error and "outside the folder this server works on" in text_of(outside)[0]
                unknown = await client.call_tool("scan_files", {"select": ["copied-trackin"]})
                assert unknown.is_error and "copied-trackin" in text_of(unknown)[0]
                fine = await client.call_tool("scan_files", {})  # and the server still serves
                assert not fine.is_error and json.loads(text_of(fine)[0])
                # a folder with nothing to scan is said as the command says it (review7 F10), not "0 files scanned"
                (root / "empty").mkdir()
                nothing = await client.call_tool("scan_files", {"paths": ["empty"]})
                assert not nothing.is_error and json.loads(text_of(nothing)[0]) == []
                assert any("Nothing checked: no file to scan found" in t for t in text_of(nothing))
                assert not any("0 files scanned" in t for t in text_of(nothing))

    drive(scenario)
