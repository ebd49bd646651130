"""Faults: concurrent and interrupted `--fix`, a damaged result cache, and a campaign repo that tries to
get code run (config values and plugin names that look like Python modules, tags, entry points).

Every file must end wholly old or wholly new, never mixed or half-written; no temporary file may be left
but the one a SIGKILL interrupts (hidden, and excluded from discovery); nothing from the repo is imported.
"""

from __future__ import annotations

import errno
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, List

import pytest

TIMEOUT = 120  # wall seconds, against hangs only; shared CI machines are slow


def fixable(i: int) -> str:
    """A campaign file with three safe fixes (case, domain-style source, missing step content)."""
    return (f"# campaign {i}\ncampaign: spring-sale-{i}\nsource: Intercom.com\nmedium: Email\ntype: series\n"
            f"steps:\n  - id: step-1\n    links:\n      - url: https://example.com/a{i}\n"
            f"  - id: step-2\n    links:\n      - url: https://example.com/b{i}\n        content: step-2\n")


def _env(tmp: Path) -> Dict[str, str]:
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp / "xdg-cache"), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("UTMLINT_DEBUG", None)
    return env


def _utmlint(*args: str, cwd: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "utmlint", *args], cwd=cwd, env=_env(cwd.parent),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(process: subprocess.Popen) -> subprocess.CompletedProcess:
    out, err = process.communicate(timeout=TIMEOUT)
    assert "Traceback" not in out + err and "internal error" not in err, err
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


@pytest.fixture
def campaigns(tmp_path, run, monkeypatch):
    """make(n) -> (repo, {name: original}, {name: fixed}); `fixed` comes from one in-process --fix on a copy."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))

    def make(count: int):
        repo, reference = tmp_path / "repo", tmp_path / "reference"
        originals = {f"c{i:03}.yaml": fixable(i) for i in range(count)}
        for folder in (repo, reference):
            folder.mkdir()
            for name, text in originals.items():
                (folder / name).write_text(text, encoding="utf-8")
        result = run("lint", "--fix", "--no-cache", ".", cwd=reference)
        assert result.code == 0, result
        fixed = {name: (reference / name).read_text(encoding="utf-8") for name in originals}
        assert all(fixed[n] != originals[n] for n in originals)
        monkeypatch.chdir(tmp_path)
        return repo, originals, fixed

    return make


def _leftovers(repo: Path, names) -> List[str]:
    return sorted(p.name for p in repo.iterdir() if p.name not in names)


def _wholly_old_or_new(repo: Path, originals: Dict[str, str], fixed: Dict[str, str]) -> Dict[str, int]:
    states = {"old": 0, "new": 0}
    for name in originals:
        text = (repo / name).read_text(encoding="utf-8")
        assert text in (originals[name], fixed[name]), f"{name} is neither the original nor the fixed file:\n{text}"
        states["old" if text == originals[name] else "new"] += 1
    return states


def test_two_fix_runs_at_once(campaigns):
    repo, originals, fixed = campaigns(40)
    for _ in range(3):
        for name, text in originals.items():
            (repo / name).write_text(text, encoding="utf-8")
        first, second = (_utmlint("lint", "--fix", "--no-cache", ".", cwd=repo) for _ in range(2))
        for process in (first, second):
            assert _finish(process).returncode == 0
        states = _wholly_old_or_new(repo, originals, fixed)
        assert states == {"old": 0, "new": len(originals)}
        assert _leftovers(repo, originals) == []


def test_fix_killed_while_writing(campaigns):
    """SIGKILL the moment the first temporary file is created: each file is old or new, a re-run finishes the
    job, and the one temp file a kill can leave is hidden, named as write_atomic documents, and never linted."""
    repo, originals, fixed = campaigns(150)
    temp = re.compile(r"^\.c\d{3}\.yaml\..+\.utmlint-tmp$")
    listed = os.stat(repo).st_mtime_ns
    process = _utmlint("lint", "--fix", "--no-cache", ".", cwd=repo)
    deadline = time.monotonic() + TIMEOUT
    try:  # the folder's mtime moves when the first temporary file is created: writing has begun
        while process.poll() is None and time.monotonic() < deadline:
            if os.stat(repo).st_mtime_ns != listed:
                break
            time.sleep(0.0005)
    finally:
        process.send_signal(signal.SIGKILL)
        process.communicate(timeout=TIMEOUT)
    states = _wholly_old_or_new(repo, originals, fixed)
    assert states["old"] > 0, "the run finished before it could be interrupted"
    left = _leftovers(repo, originals)
    assert len(left) <= 1 and all(temp.match(name) for name in left), left

    again = _finish(_utmlint("lint", "--fix", "--no-cache", ".", cwd=repo))
    assert again.returncode == 0, again
    assert _wholly_old_or_new(repo, originals, fixed) == {"old": 0, "new": len(originals)}
    assert "utmlint-tmp" not in again.stdout


@pytest.mark.parametrize("fault", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
                         ids=["ENOSPC", "KeyboardInterrupt"])
def test_fix_fails_mid_run(campaigns, run, monkeypatch, fault):
    """The 4th rename fails: three files are wholly new, the rest wholly old, no temp file is left,
    and the run exits 2 (error) or 130 (interrupted) with one line, no traceback."""
    repo, originals, fixed = campaigns(8)
    real_replace = os.replace
    calls = []

    def failing_replace(src, dst, *args, **kwargs):
        if str(dst).endswith(".yaml"):
            calls.append(dst)
            if len(calls) == 4:
                raise fault
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", failing_replace)
    result = run("lint", "--fix", "--no-cache", ".", cwd=repo)
    monkeypatch.setattr(os, "replace", real_replace)
    assert result.code == (130 if isinstance(fault, KeyboardInterrupt) else 2), result
    assert len(result.err.strip().splitlines()) == 1 and "Traceback" not in result.err, result
    assert _wholly_old_or_new(repo, originals, fixed) == {"old": 5, "new": 3}
    assert _leftovers(repo, originals) == []


def test_fix_fsync_fails(campaigns, run, monkeypatch):
    repo, originals, fixed = campaigns(3)

    def no_space(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    result = run("lint", "--fix", "--no-cache", ".", cwd=repo)
    monkeypatch.undo()
    assert result.code == 2 and "No space left" in result.err, result
    assert _wholly_old_or_new(repo, originals, fixed) == {"old": 3, "new": 0}
    assert _leftovers(repo, originals) == []


def test_fix_keeps_file_mode(campaigns, run):
    repo, originals, fixed = campaigns(2)
    (repo / "c000.yaml").chmod(0o640)
    (repo / "c001.yaml").chmod(0o755)
    assert run("lint", "--fix", "--no-cache", ".", cwd=repo).code == 0
    assert (repo / "c000.yaml").stat().st_mode & 0o777 == 0o640
    assert (repo / "c001.yaml").stat().st_mode & 0o777 == 0o755


# -- the result cache --------------------------------------------------------------------------------------

BAD = "campaign: spring\nsource: Intercom\nmedium: email\nlinks:\n  - url: https://example.com/\n"


def _entry(data):
    return next(iter(data["files"].values()))


def _set(path, value):
    def mutate(data):
        target = _entry(data)
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


# Damage done to a cache written on this machine (so its key is right): the cache must be ignored and
# rebuilt, the findings the same as a cold run's.
CORRUPTIONS = {
    "truncated": lambda text: text[: len(text) // 2],
    "empty": lambda text: "",
    "binary": lambda text: "\x00\xff\xfe garbage",
    "not an object": lambda text: "[1, 2, 3]",
}
SHAPES = {  # valid JSON, right key, wrong shape
    "files a list": lambda data: data.__setitem__("files", []),
    "format unknown": lambda data: data.__setitem__("format", 99),
}
STRUCTURAL = {  # valid JSON, right key, wrong shape inside an entry
    "entry not an object": lambda data: data["files"].__setitem__(next(iter(data["files"])), 7),
    "diagnostics missing": lambda data: _entry(data).pop("diagnostics"),
    "diagnostics a number": _set(("diagnostics",), 5),
    "diagnostic too short": _set(("diagnostics",), [[1, 2]]),
    "unknown severity": lambda data: _entry(data)["diagnostics"][0].__setitem__(4, "fatal"),
    "line not a number": lambda data: _entry(data)["diagnostics"][0].__setitem__(0, "x"),
    "fix malformed": lambda data: _entry(data)["diagnostics"][0].__setitem__(8, "x"),
    "facts malformed": _set(("facts",), {"x": 1}),
    "suppressions malformed": _set(("suppressions",), {"lines": {"x": 1}}),
}


def _body(text):
    """The JSON of a signed cache file (the HMAC line cut off)."""
    return text.rpartition("\n#hmac-sha256:")[0]


@pytest.mark.parametrize("damage", [*CORRUPTIONS, *SHAPES, *STRUCTURAL])
def test_damaged_cache_is_ignored_and_rebuilt(project, run, monkeypatch, tmp_path, damage):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD})
    cold = run("lint", "--format", "json", cwd=root)
    assert cold.code == 1 and cold.findings
    cache_files = list((root / ".utmlint_cache").glob("*.json"))
    assert len(cache_files) == 1
    cache_file = cache_files[0]
    text = cache_file.read_text(encoding="utf-8")
    if damage in CORRUPTIONS:
        damaged = CORRUPTIONS[damage](text)
    else:  # damaged, then signed again with this machine's key: the HMAC is valid, the content is not
        from utmlint.cache import sign

        data = json.loads(_body(text))
        {**SHAPES, **STRUCTURAL}[damage](data)
        damaged = sign(json.dumps(data).encode(), f"lint-cache {cache_file.name}").decode()
    cache_file.write_text(damaged, encoding="utf-8")

    warm = run("lint", "--format", "json", cwd=root)
    assert warm.code == cold.code and "internal error" not in warm.err, warm
    assert warm.findings == cold.findings
    rebuilt = json.loads(_body(cache_file.read_text(encoding="utf-8")))
    original = json.loads(_body(text))
    assert {k: v["diagnostics"] for k, v in rebuilt["files"].items()} == \
        {k: v["diagnostics"] for k, v in original["files"].items()}
    again = run("lint", "--format", "json", cwd=root)
    assert again.findings == cold.findings


def test_cache_folder_unusable(project, run, monkeypatch, tmp_path):
    """A file where the cache folder should be: the run still lints, just without a cache."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    root = project({".utmlint.yaml": "{}\n", "c.yaml": BAD, ".utmlint_cache": "not a folder\n"})
    result = run("lint", "--format", "json", cwd=root)
    assert result.code == 1 and result.findings and "internal error" not in result.err, result
    assert (root / ".utmlint_cache").read_text() == "not a folder\n"


# -- nothing from the campaign repo is imported or run ------------------------------------------------------

EVIL = "evil_module"
EVIL_PKG = "evil_pkg"
MARK = "IMPORTED-FROM-REPO"


@pytest.fixture
def hostile_repo(tmp_path, monkeypatch) -> Path:
    """A repo with a module and a package that leave a marker when imported, on sys.path like a checkout."""
    repo = tmp_path / "repo"
    (repo / EVIL_PKG).mkdir(parents=True)
    code = f"import pathlib; pathlib.Path({str(repo / MARK)!r}).write_text(__name__)\ndef rules():\n    return []\n"
    (repo / f"{EVIL}.py").write_text(code, encoding="utf-8")
    (repo / EVIL_PKG / "__init__.py").write_text(code, encoding="utf-8")
    (repo / "c.yaml").write_text("campaign: spring-sale\nsource: intercom\nmedium: email\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(repo))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return repo


def _assert_nothing_imported(repo: Path) -> None:
    assert not (repo / MARK).exists(), f"imported from the repo: {(repo / MARK).read_text()}"
    assert EVIL not in sys.modules and EVIL_PKG not in sys.modules


NAMES_A_MODULE_EVERYWHERE = f"""\
include: ["**/*.yaml", "{EVIL}.py"]
exclude: ["{EVIL_PKG}.*"]
extend-exclude: ["{EVIL}"]
select: ["ALL"]
ignore: ["UTM601"]
severity: {{UTM201: error}}
per-file-ignores: {{"{EVIL}.py": ["UTM002"]}}
in-product-hosts: ["{EVIL}"]
sources: ["intercom", "{EVIL}"]
mediums: ["email", "{EVIL_PKG}"]
campaign-pattern: "{EVIL}|spring-sale"
cache-dir: "{EVIL_PKG}/cache"
platforms: ["{EVIL_PKG}"]
live: {{cache-dir: "{EVIL_PKG}/live-cache"}}
"""


def test_config_naming_modules_everywhere_imports_nothing(hostile_repo, run):
    (hostile_repo / ".utmlint.yaml").write_text(NAMES_A_MODULE_EVERYWHERE, encoding="utf-8")
    result = run("lint", ".", cwd=hostile_repo)
    assert "internal error" not in result.err, result
    assert result.code == 1, result  # evil_module.py is read as a (bad) campaign file: read, never imported
    assert "evil_module.py:" in result.out
    _assert_nothing_imported(hostile_repo)


@pytest.mark.parametrize("config, says", [
    ('select: ["os.system"]\n', r"select: no rule matches `os\.system`"),
    (f'select: ["{EVIL}:rules"]\n', rf"select: no rule matches `{EVIL}:rules`"),
    (f'extend-select: ["{EVIL}"]\n', rf"no rule matches `{EVIL}`"),
    (f'rules: {{{EVIL}: {{}}}}\n', rf"rules: no rule matches `{EVIL}`"),
    (f'severity: {{{EVIL_PKG}: error}}\n', rf"severity: no rule matches `{EVIL_PKG}`"),
    (f'plugins: ["{EVIL}"]\n', r"\.utmlint\.yaml:1:1: config error: unknown key `plugins`"),
    (f'extend: {EVIL}.py\n', rf"{EVIL}\.py:\d+:\d+: config is not valid YAML"),  # read as YAML, not imported
    (f'platforms: ["{EVIL_PKG}/nowhere"]\n', r"platforms"),
])
def test_config_naming_a_plugin_or_module_exits_2(hostile_repo, run, config, says):
    (hostile_repo / ".utmlint.yaml").write_text(config, encoding="utf-8")
    result = run("lint", ".", cwd=hostile_repo)
    assert result.code == 2, result
    assert len(result.err.strip().splitlines()) == 1 and "internal error" not in result.err, result
    assert re.search(says, result.err), result.err
    _assert_nothing_imported(hostile_repo)


def test_platform_profile_with_python_tags_is_not_constructed(hostile_repo, run):
    (hostile_repo / ".utmlint.yaml").write_text(f'platforms: ["{EVIL_PKG}"]\n', encoding="utf-8")
    (hostile_repo / EVIL_PKG / "acme.yaml").write_text(
        f"name: !!python/object/apply:{EVIL}.rules []\nsource: !!python/name:{EVIL_PKG}.rules\n", encoding="utf-8")
    result = run("lint", ".", cwd=hostile_repo)
    assert result.code == 2 and "internal error" not in result.err, result
    assert re.search(r"acme\.yaml:\d+:\d+: ", result.err), result.err
    _assert_nothing_imported(hostile_repo)


def _entry_point_repo(repo: Path) -> None:
    """What a campaign repo would need to slip a plugin in: a *.dist-info with a utmlint.rules entry point."""
    info = repo / "evil-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: evil\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(f"[utmlint.rules]\nEVIL = {EVIL}:rules\n", encoding="utf-8")


def test_console_script_never_loads_plugins_from_the_repo(hostile_repo):
    script = Path(sys.executable).with_name("utmlint")
    if not script.exists():
        pytest.skip("no utmlint console script beside this interpreter")
    _entry_point_repo(hostile_repo)
    done = subprocess.run([str(script), "lint", "--no-cache", "c.yaml"], cwd=hostile_repo,
                          env=_env(hostile_repo.parent), capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done
    assert not (hostile_repo / MARK).exists()


def test_module_entry_point_never_loads_plugins_from_the_repo(hostile_repo):
    """`python -m` puts the working directory first on sys.path; utmlint must not let plugin discovery see
    a campaign repo's own *.dist-info there."""
    _entry_point_repo(hostile_repo)
    done = subprocess.run([sys.executable, "-m", "utmlint", "lint", "--no-cache", "c.yaml"], cwd=hostile_repo,
                          env=_env(hostile_repo.parent), capture_output=True, text=True, timeout=TIMEOUT)
    assert done.returncode == 0, done
    assert not (hostile_repo / MARK).exists(), "python -m utmlint imported a module from the campaign repo"
