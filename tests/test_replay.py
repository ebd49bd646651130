"""The pre-commit fast path (utmlint/replay.py): an unchanged re-run prints exactly what the full run printed,
loads neither the YAML parser nor a rule, and anything that could change a result makes it lint again.

Each run is a real `utmlint` process (stdout and stderr are pipes, as under pre-commit); a small runner
script reports which modules the process loaded. Files are made, then the test waits out the racy-clean
window (replay.RACY_NS) once, since a stat taken within it proves nothing and would never replay.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import List, NamedTuple

import pytest

from utmlint import replay
from utmlint.commands.lint import FORMATS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
RUNNER = """\
import json, sys
from utmlint.cli import main
code = main(sys.argv[2:])
sys.stdout.flush()
with open(sys.argv[1], "w") as out:
    json.dump(sorted(sys.modules), out)
sys.exit(code)
"""
CLEAN = "campaign: spring-sale\nsource: intercom\nmedium: email\nlinks:\n  - url: https://example.com/a\n    content: hero\n"


class Ran(NamedTuple):
    code: int
    out: str
    err: str
    modules: List[str]

    @property
    def replayed(self) -> bool:
        """True when the run printed a record: no YAML parser, no rule module, no reporter loaded."""
        return not any(m.startswith(("ruamel", "_ruamel_yaml", "utmlint.checks", "utmlint.engine", "utmlint.reporters"))
                       for m in self.modules)

    def shown(self):
        """Exit code, stdout and stderr, without the UTMLINT_DEBUG line that says why a record was not used."""
        err = "".join(line for line in self.err.splitlines(keepends=True)
                      if not line.startswith("utmlint: fast path not taken"))
        return self.code, self.out, err


def settle() -> None:
    """Wait until files made now are older than the racy-clean window of the next run."""
    time.sleep(replay.RACY_NS / 1e9 + 0.2)


@pytest.fixture(scope="module")
def runner(tmp_path_factory):
    """The runner script, made before any settle(): its folder is on sys.path, which records watch."""
    script = tmp_path_factory.mktemp("runner") / "run_utmlint.py"
    script.write_text(RUNNER, encoding="utf-8")
    return script


@pytest.fixture
def utmlint(tmp_path, runner):
    env = {k: v for k, v in os.environ.items() if not k.startswith("UTMLINT_")}
    env["UTMLINT_DEBUG"] = "1"  # a miss says why (on stderr, before the recorded run starts)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["XDG_CACHE_HOME"] = str(tmp_path / "home-cache")

    def _run(*argv: str, cwd: Path, extra_path: str = "") -> Ran:
        modules = tmp_path / "modules.json"  # not beside the runner: its folder is on sys.path, which is watched
        run_env = dict(env, PYTHONPATH=extra_path) if extra_path else env
        done = subprocess.run([sys.executable, str(runner), str(modules), *argv], cwd=cwd, env=run_env,
                              capture_output=True, text=True, timeout=120)
        loaded = json.loads(modules.read_text()) if modules.exists() else []
        if modules.exists():
            modules.unlink()
        return Ran(done.returncode, done.stdout, done.stderr, loaded)

    return _run


@pytest.fixture(scope="module")
def example_trees(tmp_path_factory, runner):
    """Copies of examples/ and examples/bad, settled once for every format."""
    base = tmp_path_factory.mktemp("examples")
    trees = {}
    for name, source in (("examples", EXAMPLES), ("bad", EXAMPLES / "bad")):
        for fmt in FORMATS:
            target = base / f"{name}-{fmt}"
            shutil.copytree(source, target, ignore=shutil.ignore_patterns(".utmlint_cache"))
            trees[name, fmt] = target
    settle()
    return trees


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("tree", ["examples", "bad"])
def test_replay_prints_exactly_what_the_full_run_printed(utmlint, example_trees, tree, fmt):
    root = example_trees[tree, fmt]
    full = utmlint("lint", "--format", fmt, ".", cwd=root)
    assert full.code in (0, 1) and not full.replayed, full
    again = utmlint("lint", "--format", fmt, ".", cwd=root)
    assert again.replayed, f"the unchanged re-run linted again: {again.err}"
    assert again.shown() == full.shown()
    assert utmlint("lint", "--no-cache", "--format", fmt, ".", cwd=root).shown() == full.shown()


def test_one_unchanged_file_loads_no_yaml_parser_and_no_rule(utmlint, tmp_path):
    """The pre-commit case: `utmlint lint path/to/file.yaml` on a file that has not changed."""
    root = tmp_path / "repo"
    (root / "campaigns").mkdir(parents=True)
    (root / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\n', encoding="utf-8")
    (root / "campaigns" / "a.yaml").write_text(CLEAN, encoding="utf-8")
    (root / "campaigns" / "b.yaml").write_text(CLEAN.replace("spring-sale", "summer-sale"), encoding="utf-8")
    settle()
    first = utmlint("lint", "campaigns/a.yaml", cwd=root)
    assert first.code == 0 and "ruamel.yaml" in first.modules
    warm = utmlint("lint", "campaigns/a.yaml", cwd=root)
    assert warm.shown() == first.shown()
    assert not [m for m in warm.modules if m.startswith(("ruamel", "_ruamel_yaml", "utmlint.checks"))], warm.modules


@pytest.fixture
def repo(tmp_path):
    root = tmp_path / "repo"
    (root / "campaigns").mkdir(parents=True)
    (root / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\nsources: [intercom]\n', encoding="utf-8")
    (root / "campaigns" / "a.yaml").write_text(CLEAN, encoding="utf-8")
    return root


def _recorded(utmlint, root: Path, *argv: str, **kw) -> Ran:
    """Settle, record, and prove the unchanged re-run replays (so a later miss is the change's doing)."""
    settle()
    first = utmlint("lint", *argv, cwd=root, **kw)
    second = utmlint("lint", *argv, cwd=root, **kw)
    assert second.replayed and second.shown() == first.shown(), (first, second)
    return first


def _fresh(utmlint, root: Path, *argv: str, **kw) -> Ran:
    """The run after a change: it must lint again and print what a cacheless run prints."""
    ran = utmlint("lint", *argv, cwd=root, **kw)
    assert not ran.replayed, "replayed a stale record"
    assert ran.shown() == utmlint("lint", "--no-cache", *argv, cwd=root, **kw).shown()
    return ran


def test_file_edited_with_size_and_mtime_kept_is_linted_again(utmlint, repo):
    target = repo / "campaigns" / "a.yaml"
    assert _recorded(utmlint, repo, "campaigns/a.yaml").code == 0
    before = target.stat()
    target.write_text(CLEAN.replace("intercom", "Intercom"), encoding="utf-8")  # same size
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # same mtime: only ctime tells
    ran = _fresh(utmlint, repo, "campaigns/a.yaml")
    assert ran.code == 1 and "value-case" in ran.out


def test_new_file_elsewhere_in_the_project_reaches_repo_wide_rules(utmlint, repo):
    assert _recorded(utmlint, repo, "campaigns/a.yaml").code == 0
    (repo / "campaigns" / "sub").mkdir()
    # Another team's campaign with the same slug, another source and its own page: GA4 would merge them
    # (campaign-collision; to the same page it would be one initiative on two platforms)
    (repo / "campaigns" / "sub" / "twin.yaml").write_text(
        CLEAN.replace("intercom", "mailchimp").replace("example.com/a", "example.com/garden"), encoding="utf-8")
    ran = _fresh(utmlint, repo, "campaigns/a.yaml")
    assert "campaign-collision" in ran.out, ran


def test_config_and_its_extend_chain_are_watched(utmlint, repo):
    (repo / "base.yaml").write_text("mediums: [email]\n", encoding="utf-8")
    (repo / ".utmlint.yaml").write_text('extend: base.yaml\ninclude: ["campaigns/**/*.yaml"]\n', encoding="utf-8")
    assert _recorded(utmlint, repo, "campaigns/a.yaml").code == 0
    (repo / "base.yaml").write_text("mediums: [cpc]\n", encoding="utf-8")
    assert "medium-not-allowed" in _fresh(utmlint, repo, "campaigns/a.yaml").out
    _recorded(utmlint, repo, "campaigns/a.yaml")
    (repo / ".utmlint.yaml").write_text('extend: base.yaml\ninclude: ["campaigns/**/*.yaml"]\nsources: [x]\n',
                                        encoding="utf-8")
    assert "source-not-allowed" in _fresh(utmlint, repo, "campaigns/a.yaml").out


def test_flags_and_format_are_part_of_the_record(utmlint, repo):
    (repo / "campaigns" / "a.yaml").write_text(CLEAN.replace("intercom", "Intercom"), encoding="utf-8")
    first = _recorded(utmlint, repo, "campaigns/a.yaml")
    assert "value-case" in first.out
    assert "value-case" not in _fresh(utmlint, repo, "--ignore", "value-case", "campaigns/a.yaml").out
    assert _fresh(utmlint, repo, "--format", "json", "campaigns/a.yaml").out.lstrip().startswith(("[", "{"))
    assert _fresh(utmlint, repo, "--exit-zero", "campaigns/a.yaml").code == 0


def test_platform_profiles_are_watched(utmlint, repo):
    (repo / "profiles").mkdir()
    (repo / ".utmlint.yaml").write_text('include: ["campaigns/**/*.yaml"]\nplatforms: [profiles]\n', encoding="utf-8")
    (repo / "campaigns" / "a.yaml").write_text(CLEAN.replace("source: intercom\n", "platform: acme-mail\n"),
                                               encoding="utf-8")
    first = _recorded(utmlint, repo, "campaigns/a.yaml")
    assert "platform-unknown" in first.out or "acme-mail" in first.out, first
    (repo / "profiles" / "acme.yaml").write_text(
        "name: acme-mail\nsource: acme\nchannels:\n  email: email\n", encoding="utf-8")
    _fresh(utmlint, repo, "campaigns/a.yaml")


def test_installing_a_plugin_is_seen(utmlint, repo, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    _recorded(utmlint, repo, "campaigns/a.yaml", extra_path=str(site))
    (site / "utmlint_acme.py").write_text(
        "from utmlint.registry import rule\n\n\n"
        "@rule(code='ACME001', name='acme-everything', summary='Flags every link.', severity='error', target='link')\n"
        "def everything(link, ctx):\n"
        "    '''What it does: flags every link.\n    Why is this bad? It is a test.\n    '''\n"
        "    yield ctx.report('acme flags this link', link.pos)\n\n\n"
        "def rules():\n    return [everything]\n", encoding="utf-8")
    info = site / "utmlint_acme-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: utmlint-acme\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[utmlint.rules]\nACME = utmlint_acme:rules\n", encoding="utf-8")
    ran = _fresh(utmlint, repo, "campaigns/a.yaml", extra_path=str(site))
    assert "ACME001" in ran.out, ran


def test_version_is_part_of_the_key(monkeypatch, repo):
    import argparse

    monkeypatch.chdir(repo)
    args = argparse.Namespace(command="lint", paths=["campaigns/a.yaml"], format="text", select=[], ignore=[],
                              fail_on=None, exit_zero=False, statistics=False, config=None, cache_dir=None,
                              unsafe_fixes=False, allow_private=False, strict=False)

    class Pipe:
        encoding, errors = "utf-8", "strict"

        def isatty(self):
            return False

    monkeypatch.setattr(sys, "stdout", Pipe())
    monkeypatch.setattr(sys, "stderr", Pipe())
    key = replay.probe(args).key
    monkeypatch.setattr(replay, "__version__", "99.0")
    assert replay.probe(args).key != key
    assert replay.probe(argparse.Namespace(**{**vars(args), "fix": True})) is None
    assert replay.probe(argparse.Namespace(**{**vars(args), "some_new_flag": "x"})) is None


def _record_file(root: Path) -> Path:
    found = list((root / ".utmlint_cache").glob(f"{replay.PREFIX}*{replay.SUFFIX}"))
    assert len(found) == 1, found
    return found[0]


def test_edited_or_unsigned_record_is_ignored(utmlint, repo):
    (repo / "campaigns" / "a.yaml").write_text(CLEAN.replace("intercom", "Intercom"), encoding="utf-8")
    first = _recorded(utmlint, repo, "campaigns/a.yaml")
    record = _record_file(repo)
    body, mark, sig = record.read_bytes().rpartition(b"\n#hmac-sha256:")
    data = json.loads(body)
    data["out"], data["code"] = "All clean: 1 file checked.\n", 0  # what a pull request would like it to say
    record.write_bytes(json.dumps(data).encode() + mark + sig)
    assert _fresh(utmlint, repo, "campaigns/a.yaml").shown() == first.shown()
    record = _record_file(repo)
    record.write_bytes(record.read_bytes().rpartition(b"\n#hmac-sha256:")[0])  # unsigned
    assert _fresh(utmlint, repo, "campaigns/a.yaml").shown() == first.shown()


def test_symlinks_are_never_followed(utmlint, repo, tmp_path):
    first = _recorded(utmlint, repo, "campaigns/a.yaml")
    record = _record_file(repo)
    elsewhere = tmp_path / "elsewhere.replay"
    shutil.move(record, elsewhere)
    record.symlink_to(elsewhere)  # a valid record, reached through a link: not read
    assert _fresh(utmlint, repo, "campaigns/a.yaml").shown() == first.shown()
    target = repo / "campaigns" / "a.yaml"
    _recorded(utmlint, repo, "campaigns/a.yaml")
    moved = tmp_path / "a.yaml"
    shutil.move(target, moved)
    target.symlink_to(moved)  # same bytes behind a link: the full run refuses it, so must the fast path
    _fresh(utmlint, repo, "campaigns/a.yaml")


def test_the_baseline_is_watched_written_edited_and_deleted(utmlint, repo):
    """utmlint.baseline: a run reads `.utmlint-baseline.json` beside the config when it is there; its appearing, an edit
    of it (a prune, a hand edit) and its removal are each another run, never a replay of the one before."""
    (repo / "campaigns" / "a.yaml").write_text(CLEAN.replace("intercom", "Intercom"), encoding="utf-8")
    assert _recorded(utmlint, repo, "campaigns/a.yaml").code == 1
    assert utmlint("lint", "--write-baseline", "campaigns/a.yaml", cwd=repo).code == 0
    quiet = _fresh(utmlint, repo, "campaigns/a.yaml")
    assert quiet.code == 0 and "1 finding in the baseline" in quiet.out
    _recorded(utmlint, repo, "campaigns/a.yaml")
    baseline = repo / ".utmlint-baseline.json"
    baseline.write_text(baseline.read_text(encoding="utf-8").replace('"Intercom"', '"Other"').replace(
        "`Intercom`", "`Other`"), encoding="utf-8")
    assert _fresh(utmlint, repo, "campaigns/a.yaml").code == 1
    _recorded(utmlint, repo, "campaigns/a.yaml")
    baseline.unlink()  # back to the first record's state: replaying it is right
    gone = utmlint("lint", "campaigns/a.yaml", cwd=repo)
    assert gone.shown() == utmlint("lint", "--no-cache", "campaigns/a.yaml", cwd=repo).shown()
    assert gone.code == 1 and "baseline" not in gone.out
