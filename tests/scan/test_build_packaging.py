"""A `build/` folder is a build's output in most repositories, and a walk leaves it; in Go's project layout and others
it holds the packaging a team writes: portainer's `build/linux/Dockerfile` (its own Docker Desktop labels, missing a
medium) and `build/docker-extension/README.md` (Docker's download links with Docker's tags), corpus 5 #145-#151,
were read by no `utmlint scan .`. No build writes a Dockerfile or a docs page: those are read there, nothing else."""

from __future__ import annotations

from tests.scan.repository import scan_repository

_README = ("# Docker extension\n\n"
           "[Docker Desktop for Mac](https://desktop.docker.com/mac/main/arm64/Docker.dmg?utm_source=docker"
           "&utm_medium=webreferral&utm_campaign=docs-driven-download-mac-arm64)\n")
_DOCKERFILE = ('FROM scratch\n'
               'LABEL com.docker.extension.publisher-url="https://www.portainer.io/?utm_source=docker-desktop'
               '&utm_campaign=dockercon"\n')


def test_a_build_folders_dockerfile_and_docs_are_read(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "portainer/portainer",
                            {"build/docker-extension/README.md": _README, "build/linux/Dockerfile": _DOCKERFILE})
    assert [(f["path"], f["name"]) for f in found] == [("build/docker-extension/README.md", "copied-tracking"),
                                                       ("build/linux/Dockerfile", "missing-utm-param")]


def test_a_builds_output_stays_unread(tmp_path, monkeypatch, capsys):
    bundle = 'var cta="https://www.portainer.io/?utm_source=Bundle&utm_medium=Banner";\n'
    files = {"build/static/js/main.js": bundle, "build/index.html": f"<script>{bundle}</script>\n",
             "build/node_modules/x/README.md": "https://www.portainer.io/?utm_source=Dependency\n"}
    assert scan_repository(tmp_path, monkeypatch, capsys, "portainer/portainer", files) == []


def test_a_gitignored_build_folder_stays_unread(tmp_path, monkeypatch, capsys):
    files = {".gitignore": "build/\n", "build/linux/Dockerfile": _DOCKERFILE}
    assert scan_repository(tmp_path, monkeypatch, capsys, "portainer/portainer", files) == []
