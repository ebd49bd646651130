"""The hooks in .pre-commit-hooks.yaml, run for real: `git commit` in a temporary repository.

The hook repository is a commit of this checkout's working tree (tracked and untracked files that
git does not ignore), the way `pre-commit try-repo` snapshots it, so the tests exercise the code
being edited rather than the last commit. pre-commit builds the hook's virtualenv once per test
session (it pip-installs utmlint from that snapshot, so this step may reach PyPI for the build
backend and dependencies) in a PRE_COMMIT_HOME shared by every test here.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALL_TIMEOUT = 900  # building the hook env: pip install of utmlint and its dependencies
RUN_TIMEOUT = 180


def _pre_commit_command():
    sibling = Path(sys.executable).with_name("pre-commit")
    if sibling.exists():
        return [str(sibling)]
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    found = shutil.which("pre-commit")
    return [found] if found else None


PRE_COMMIT = _pre_commit_command()
pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.skipif(PRE_COMMIT is None, reason="pre-commit is not installed (pip install -e '.[test]')"),
]

CONFIG = """\
include: ["campaigns/**/*.yaml"]
fail-on: warning
"""

GOOD = """\
campaign: spring-sale
source: newsletter
medium: email
links:
  - url: https://sunbeam.app/spring
    content: hero-cta
"""

# `utm_medium` is not a key of the campaign format: a schema violation at line 4, column 1.
BAD = """\
campaign: spring-sale
source: newsletter
medium: email
utm_medium: email
links:
  - url: https://sunbeam.app/spring
    content: hero-cta
"""


def _campaign(source: str) -> str:
    return f"""\
campaign: product-updates
source: {source}
medium: email
links:
  - url: https://sunbeam.app/changelog
    content: primary-cta
"""


def _git_env(home: Path, pre_commit_home: Path) -> dict:
    """The caller's environment minus anything git- or hook-related that could leak into the test repos."""
    # The hook runs utmlint from its own virtualenv, never from the one running pytest.
    leaks = ("GIT_", "PRE_COMMIT", "VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME")
    env = {k: v for k, v in os.environ.items() if not k.startswith(leaks)}
    empty = home / "gitconfig"
    empty.touch()
    env.update(
        GIT_CONFIG_GLOBAL=str(empty),  # no user hooksPath, signing or templates
        GIT_CONFIG_NOSYSTEM="1",
        GIT_AUTHOR_NAME="utmlint tests",
        GIT_AUTHOR_EMAIL="tests@sunbeam.app",
        GIT_COMMITTER_NAME="utmlint tests",
        GIT_COMMITTER_EMAIL="tests@sunbeam.app",
        PRE_COMMIT_HOME=str(pre_commit_home),
        PRE_COMMIT_COLOR="never",
    )
    return env


def _run(command, cwd: Path, env: dict, timeout: int = RUN_TIMEOUT) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          timeout=timeout)


def _git(cwd: Path, env: dict, *args: str) -> str:
    result = _run(["git", *args], cwd, env)
    assert result.returncode == 0, f"git {' '.join(args)} failed:\n{result.stdout}"
    return result.stdout


@pytest.fixture(scope="session")
def session_env(tmp_path_factory):
    home = tmp_path_factory.mktemp("pre-commit-session")
    return _git_env(home, home / "pre-commit-home")


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory, session_env):
    """(path, sha) of a git repository holding this checkout's working tree in one commit."""
    snapshot = tmp_path_factory.mktemp("utmlint-hook-repo")
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                            stdout=subprocess.PIPE, check=True).stdout.decode("utf-8", "surrogateescape")
    for relative in filter(None, listed.split("\0")):
        source = ROOT / relative
        if source.is_file() and not source.is_symlink():
            target = snapshot / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    _git(snapshot, session_env, "init", "-q")
    _git(snapshot, session_env, "add", "-A")
    _git(snapshot, session_env, "commit", "-q", "--no-verify", "-m", "snapshot of the working tree")
    return snapshot, _git(snapshot, session_env, "rev-parse", "HEAD").strip()


def _pre_commit_config(repo: Path, sha: str) -> str:
    return f"""\
repos:
-   repo: {repo.as_posix()}
    rev: {sha}
    hooks:
    -   id: utmlint
    -   id: utmlint-live
    -   id: utmlint-scan
"""


@pytest.fixture(scope="session")
def installed_hooks(tmp_path_factory, hook_repo, session_env):
    """Build the hook environments once; every campaign repo below reuses them from PRE_COMMIT_HOME."""
    repo = tmp_path_factory.mktemp("install-hooks")
    (repo / ".pre-commit-config.yaml").write_text(_pre_commit_config(*hook_repo), encoding="utf-8")
    _git(repo, session_env, "init", "-q")
    result = _run([*PRE_COMMIT, "install-hooks"], repo, session_env, timeout=INSTALL_TIMEOUT)
    assert result.returncode == 0, f"building the hook environment failed:\n{result.stdout}"
    return hook_repo


@pytest.fixture
def campaign_repo(tmp_path, installed_hooks, session_env):
    """A campaign repository with its configs committed and the pre-commit hook installed."""
    repo = tmp_path / "campaigns-repo"
    (repo / "campaigns").mkdir(parents=True)
    (repo / ".pre-commit-config.yaml").write_text(_pre_commit_config(*installed_hooks), encoding="utf-8")
    (repo / ".utmlint.yaml").write_text(CONFIG, encoding="utf-8")
    _git(repo, session_env, "init", "-q")
    _git(repo, session_env, "add", ".pre-commit-config.yaml", ".utmlint.yaml")
    _git(repo, session_env, "commit", "-q", "--no-verify", "-m", "configs")
    result = _run([*PRE_COMMIT, "install"], repo, session_env)
    assert result.returncode == 0, result.stdout
    return repo


def _commit(repo: Path, env: dict, *files: str) -> subprocess.CompletedProcess:
    _git(repo, env, "add", *files)
    return _run(["git", "commit", "-m", "campaign change"], repo, env)


def _head(repo: Path, env: dict) -> str:
    return _git(repo, env, "rev-parse", "HEAD").strip()


def test_manifest_is_valid_for_pre_commit(session_env):
    result = _run([*PRE_COMMIT, "validate-manifest", str(ROOT / ".pre-commit-hooks.yaml")], ROOT, session_env)
    assert result.returncode == 0, result.stdout


def test_bad_staged_campaign_file_blocks_the_commit(campaign_repo, session_env):
    (campaign_repo / "campaigns" / "spring.yaml").write_text(BAD, encoding="utf-8")
    before = _head(campaign_repo, session_env)
    result = _commit(campaign_repo, session_env, "campaigns/spring.yaml")
    assert result.returncode != 0, result.stdout
    assert re.search(r"^campaigns/spring\.yaml:4:1: UTM\d{3} schema-violation ", result.stdout, re.M), result.stdout
    assert re.search(r"^utmlint\.+Failed$", result.stdout, re.M), result.stdout
    assert _head(campaign_repo, session_env) == before


def test_good_campaign_file_passes(campaign_repo, session_env):
    (campaign_repo / "campaigns" / "spring.yaml").write_text(GOOD, encoding="utf-8")
    before = _head(campaign_repo, session_env)
    result = _commit(campaign_repo, session_env, "campaigns/spring.yaml")
    assert result.returncode == 0, result.stdout
    assert re.search(r"^utmlint\.+Passed$", result.stdout, re.M), result.stdout
    assert "live link checks" not in result.stdout, "the live hook must not run at commit time"
    assert _head(campaign_repo, session_env) != before


def test_config_yaml_passed_by_pre_commit_is_not_linted_as_a_campaign(campaign_repo, session_env):
    (campaign_repo / ".utmlint.yaml").write_text(CONFIG + "# the team's settings\n", encoding="utf-8")
    (campaign_repo / "campaigns" / "spring.yaml").write_text(GOOD, encoding="utf-8")
    result = _commit(campaign_repo, session_env, ".utmlint.yaml", "campaigns/spring.yaml")
    assert result.returncode == 0, result.stdout


@pytest.mark.parametrize("other_file", ["committed", "untracked"])
def test_repo_wide_rules_see_campaign_files_that_are_not_staged(campaign_repo, session_env, other_file):
    other = campaign_repo / "campaigns" / "updates-email.yaml"
    other.write_text(_campaign("intercom"), encoding="utf-8")
    if other_file == "committed":
        _git(campaign_repo, session_env, "add", "campaigns/updates-email.yaml")
        _git(campaign_repo, session_env, "commit", "-q", "--no-verify", "-m", "existing campaign")
    (campaign_repo / "campaigns" / "updates-inapp.yaml").write_text(_campaign("intercomm"), encoding="utf-8")
    result = _commit(campaign_repo, session_env, "campaigns/updates-inapp.yaml")
    assert re.search(r"^campaigns/updates-inapp\.yaml:\d+:\d+: UTM\d{3} source-fragmentation ", result.stdout, re.M), (
        result.stdout
    )
    assert not re.search(r"^campaigns/updates-email\.yaml:", result.stdout, re.M), "only passed files are reported"
    assert result.returncode != 0, "source-fragmentation is a warning and the config fails on warnings"


@pytest.mark.parametrize("stage", ["pre-push", "manual"])
def test_live_hook_runs_at_push_and_on_demand_and_reaches_the_live_checker(campaign_repo, session_env, stage):
    """A loopback link is refused before any connection (no --allow-private), so this needs no network."""
    (campaign_repo / "campaigns" / "spring.yaml").write_text(
        GOOD.replace("https://sunbeam.app/spring", "https://127.0.0.1:9/spring"), encoding="utf-8")
    command = [*PRE_COMMIT, "run", "utmlint-live", "--hook-stage", stage, "--files", "campaigns/spring.yaml"]
    result = _run(command, campaign_repo, session_env)
    assert result.returncode == 1, result.stdout
    assert re.search(r"^utmlint \(live link checks\)\.+Failed$", result.stdout, re.M), result.stdout
    assert "refused to connect to 127.0.0.1" in result.stdout
    assert "campaigns/spring.yaml:5:10" in result.stdout


DOC_BAD = "# Docs\n\nSee [pricing](https://sunbeam.app/pricing?utm_source=Newsletter&utm_medium=email&utm_campaign=spring).\n"
DOC_GOOD = "# Docs\n\nSee [pricing](https://sunbeam.app/pricing?utm_source=newsletter&utm_medium=email&utm_campaign=spring).\n"


def test_scan_hook_blocks_a_bad_tracked_link_in_docs(campaign_repo, session_env):
    (campaign_repo / "docs").mkdir()
    (campaign_repo / "docs" / "index.md").write_text(DOC_BAD, encoding="utf-8")
    (campaign_repo / "docs" / "email.mjml").write_text(
        '<mj-button href="https://sunbeam.app/?utm_source=news&amp;utm_medium=E-mail&amp;utm_campaign=spring">Go</mj-button>\n',
        encoding="utf-8")
    before = _head(campaign_repo, session_env)
    result = _commit(campaign_repo, session_env, "docs/index.md", "docs/email.mjml")
    assert result.returncode != 0, result.stdout
    assert re.search(r"^docs/index\.md:3:\d+: UTM201 \[\*\] value-case ", result.stdout, re.M), result.stdout
    assert re.search(r"^docs/email\.mjml:1:\d+: UTM201 \[\*\] value-case ", result.stdout, re.M), result.stdout
    assert re.search(r"^utmlint scan\.+Failed$", result.stdout, re.M), result.stdout
    assert _head(campaign_repo, session_env) == before


def test_scan_hook_passes_good_docs_and_leaves_campaign_files_to_lint(campaign_repo, session_env):
    (campaign_repo / "docs").mkdir()
    (campaign_repo / "docs" / "index.md").write_text(DOC_GOOD, encoding="utf-8")
    (campaign_repo / "campaigns" / "spring.yaml").write_text(GOOD, encoding="utf-8")
    result = _commit(campaign_repo, session_env, "docs/index.md", "campaigns/spring.yaml")
    assert result.returncode == 0, result.stdout
    assert re.search(r"^utmlint scan\.+Passed$", result.stdout, re.M), result.stdout
    assert re.search(r"^utmlint\.+Passed$", result.stdout, re.M), result.stdout


# Apple's Localizable.strings is often UTF-16, which pre-commit's `identify` tags binary (every UTF-16 file holds NUL
# bytes): under `types: [text]` the scan hook never saw it, while CI's `scan .` read it (review47b F1). The hook
# takes every file of the kinds scan reads (`types: [file]` and its `files:` pattern); a compiled property list
# (`bplist00`, the build's copy of a text one) is skipped and said, never told file-unreadable.
STRINGS_BAD = '"upgrade" = "Get Pro at https://sunbeam.app/pro?utm_source=App&utm_medium=referral&utm_campaign=spring";\n'


def test_scan_hook_reads_a_utf16_strings_file(campaign_repo, session_env):
    from identify import identify

    path = campaign_repo / "Localizable.strings"
    path.write_bytes(STRINGS_BAD.encode("utf-16"))
    assert "binary" in identify.tags_from_path(str(path))  # what kept it from the hook under `types: [text]`
    before = _head(campaign_repo, session_env)
    result = _commit(campaign_repo, session_env, "Localizable.strings")
    assert result.returncode != 0, result.stdout
    assert re.search(r"^Localizable\.strings:1:\d+: UTM201 \[\*\] value-case ", result.stdout, re.M), result.stdout
    assert _head(campaign_repo, session_env) == before


def test_scan_hook_skips_a_compiled_property_list(campaign_repo, session_env):
    import plistlib

    (campaign_repo / "en.lproj").mkdir()
    (campaign_repo / "en.lproj" / "Localizable.strings").write_bytes(plistlib.dumps(
        {"upgrade": "Get Pro at https://sunbeam.app/pro?utm_source=App"}, fmt=plistlib.FMT_BINARY))
    result = _commit(campaign_repo, session_env, "en.lproj/Localizable.strings")
    assert result.returncode == 0, result.stdout
    assert re.search(r"^utmlint scan\.+Passed$", result.stdout, re.M), result.stdout
    assert "UTM004" not in result.stdout, result.stdout


def test_scan_hook_with_a_baseline_passes_old_findings_and_blocks_new_ones(campaign_repo, session_env):
    """newuser47b F3: an old docs repo turns the hook on after `utmlint scan --write-baseline`; a commit touching a page
    with an old finding passes (the baseline file staged beside it is not scanned), a new mistake is still blocked."""
    (campaign_repo / "docs").mkdir()
    (campaign_repo / "docs" / "index.md").write_text(DOC_BAD, encoding="utf-8")
    _git(campaign_repo, session_env, "add", "docs/index.md")
    _git(campaign_repo, session_env, "commit", "-q", "--no-verify", "-m", "old docs")
    utmlint = Path(sys.executable).with_name("utmlint")
    written = _run([str(utmlint), "scan", "--write-baseline"], campaign_repo, session_env)
    assert written.returncode == 0 and "Wrote 1 finding" in written.stdout, written.stdout
    (campaign_repo / "docs" / "index.md").write_text("Intro.\n\n" + DOC_BAD, encoding="utf-8")
    passed = _commit(campaign_repo, session_env, "docs/index.md", ".utmlint-baseline.json")
    assert passed.returncode == 0, passed.stdout
    assert re.search(r"^utmlint scan\.+Passed$", passed.stdout, re.M), passed.stdout
    before = _head(campaign_repo, session_env)
    (campaign_repo / "docs" / "index.md").write_text(
        "Intro.\n\n" + DOC_BAD + "\nAnd [more](https://sunbeam.app/?utm_source=newsletter&utm_medium=Email&utm_campaign=spring).\n",
        encoding="utf-8")
    blocked = _commit(campaign_repo, session_env, "docs/index.md")
    assert blocked.returncode != 0, blocked.stdout
    assert re.search(r"^docs/index\.md:7:\d+: UTM201 \[\*\] value-case ", blocked.stdout, re.M), blocked.stdout
    assert not re.search(r"^docs/index\.md:5:", blocked.stdout, re.M), "the baselined finding stays quiet"
    assert "1 finding in the baseline .utmlint-baseline.json not reported" in blocked.stdout
    assert _head(campaign_repo, session_env) == before
