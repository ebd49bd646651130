"""scripts/release on a temporary git repo: dry run by default, then pins, commit and tag with --apply."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "release"

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture
def repo(tmp_path):
    """A git repo holding the real files that carry pins (README, the example workflow, the version)."""
    repo = tmp_path / "repo"
    for name in ("README.md", "examples/workflows/utmlint.yml", "utmlint/__init__.py"):
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / name, repo / name)
    (repo / "tests").mkdir()
    (repo / "tests" / "pins.yml").write_text("uses: utmlint/utmlint@v0.0.1\n", encoding="utf-8")  # left alone
    _git(repo.parent, "init", "-q", str(repo))
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "initial")
    _git(repo, "config", "user.name", "t")
    _git(repo, "config", "user.email", "t@example.com")
    return repo


def _release(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), "--repo", str(repo), *args], capture_output=True, text=True,
                          timeout=60)


def _bump(repo: Path, version: str) -> None:
    init = repo / "utmlint" / "__init__.py"
    text = init.read_text(encoding="utf-8")
    init.write_text(text.replace('__version__ = "0.1.0"', f'__version__ = "{version}"'), encoding="utf-8")
    _git(repo, "commit", "-q", "-am", f"version {version}")


def test_dry_run_changes_nothing(repo):
    _bump(repo, "0.2.0")
    head = _git(repo, "rev-parse", "HEAD")
    done = _release(repo)
    assert done.returncode == 0, done.stderr
    assert "-      - uses: utmlint/utmlint@v0.1.0\n+      - uses: utmlint/utmlint@v0.2.0" in done.stdout
    assert "-    rev: v0.1.0\n+    rev: v0.2.0" in done.stdout
    assert "dry run: would update pins in 2 files" in done.stdout
    assert _git(repo, "rev-parse", "HEAD") == head and _git(repo, "tag") == "" and _git(repo, "status", "--porcelain") == ""


def test_apply_updates_every_pin_commits_and_tags(repo):
    _bump(repo, "0.2.0")
    done = _release(repo, "--apply")
    assert done.returncode == 0, done.stderr
    assert _git(repo, "tag").split() == ["v0.2.0"]
    assert _git(repo, "rev-parse", "v0.2.0^{commit}") == _git(repo, "rev-parse", "HEAD")
    assert "publish with: git push origin HEAD v0.2.0" in done.stdout
    readme = (repo / "README.md").read_text(encoding="utf-8")
    workflow = (repo / "examples" / "workflows" / "utmlint.yml").read_text(encoding="utf-8")
    assert "utmlint/utmlint@v0.1.0" not in readme + workflow and "rev: v0.1.0" not in readme
    assert "utmlint/utmlint@v0.2.0" in workflow and "    rev: v0.2.0\n" in readme
    assert (repo / "tests" / "pins.yml").read_text(encoding="utf-8") == "uses: utmlint/utmlint@v0.0.1\n"
    assert _git(repo, "status", "--porcelain") == ""
    again = _release(repo, "--apply")  # the same version twice: refused
    assert again.returncode == 2 and "tag v0.2.0 already exists" in again.stderr


def test_a_commit_sha_pin_is_repinned_to_the_tag(repo):
    readme = repo / "README.md"
    readme.write_text(readme.read_text(encoding="utf-8").replace("utmlint/utmlint@v0.1.0",
                                                                 "utmlint/utmlint@" + "a" * 40), encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "pin a sha")
    done = _release(repo, "--apply")
    assert done.returncode == 0, done.stderr
    assert "utmlint/utmlint@v0.1.0" in readme.read_text(encoding="utf-8")


def test_refuses_a_dirty_tree(repo):
    (repo / "README.md").write_text("changed\n", encoding="utf-8")
    done = _release(repo, "--apply")
    assert done.returncode == 2 and "uncommitted changes" in done.stderr
    assert _git(repo, "tag") == ""
