"""Issue 13, "writes outside the repo" and "stale cache": what a pull request can plant in the file system
(symlinks in the cache folder, a config `cache-dir`, a symlinked or hard-linked campaign file, a FIFO or a
device as `--output`) never makes utmlint write outside the project or trust a stale or forged result.

The CLI runs in a subprocess with a memory and CPU limit (as in test_hostile_input.py) except where a
test must change a file at an exact moment of the run, which only an in-process run can do.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from test_hostile_input import BAD, VALID, assert_no_crash, utmlint

CONFIG = "include: ['**/*.yaml']\n"
FIXABLE = "campaign: spring-sale\nsource: Intercom\nmedium: email\nlinks:\n  - url: https://example.com/sale\n"
FIXED = FIXABLE.replace("Intercom", "intercom")


@pytest.fixture
def repo(tmp_path) -> Path:
    folder = tmp_path / "repo"
    folder.mkdir()
    (folder / ".utmlint.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "outside").mkdir()
    return folder


def _cache_name(repo: Path) -> str:
    """The lint cache's file name for this repo (a first run makes it)."""
    ran = utmlint("lint", ".", cwd=repo)
    assert_no_crash(ran)
    (name,) = [p.name for p in (repo / ".utmlint_cache").glob("*.json")]
    return name


# -- the lint cache ---------------------------------------------------------------------------------------


def test_cache_never_writes_through_planted_symlinks(repo, tmp_path):
    """`.gitignore` dangling into the outside world, the cache file itself a link to an outside file, and
    temp-file names linked outside: the outside stays as it was, the links are links or gone."""
    (repo / "c.yaml").write_text(BAD, encoding="utf-8")
    name = _cache_name(repo)
    outside = tmp_path / "outside"
    important = outside / "important.txt"
    important.write_text("keep me\n", encoding="utf-8")
    cache = repo / ".utmlint_cache"
    for child in cache.iterdir():
        child.unlink()
    (cache / ".gitignore").symlink_to(outside / "new-file")
    (cache / name).symlink_to(important)
    for pid in range(os.getpid() - 50, os.getpid() + 2000):  # the old, predictable temp names
        (cache / f"v-{name}.{pid}.tmp").symlink_to(important)
        os.symlink(important, cache / (Path(name).stem + f".{pid}.tmp"))
    (repo / "c.yaml").write_text(BAD + "# changed\n", encoding="utf-8")  # so the cache is written again
    ran = utmlint("lint", ".", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1 and "c.yaml:4:10: UTM101" in ran.out, ran
    assert important.read_text(encoding="utf-8") == "keep me\n"
    assert not (outside / "new-file").exists() and (cache / ".gitignore").is_symlink()
    assert not (cache / name).is_symlink() and (cache / name).is_file()  # the link was replaced, not followed
    assert sorted(p.name for p in outside.iterdir()) == ["important.txt"]


def test_cache_folder_symlinked_out_of_the_project_is_not_used(repo, tmp_path):
    (repo / "c.yaml").write_text(BAD, encoding="utf-8")
    (repo / ".utmlint_cache").symlink_to(tmp_path / "outside", target_is_directory=True)
    ran = utmlint("lint", ".", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1
    assert list((tmp_path / "outside").iterdir()) == []


@pytest.mark.parametrize("value", ["/tmp/utmlint-cache-elsewhere", "../elsewhere", "sub/../../elsewhere", "~/x"])
def test_config_cache_dir_outside_the_project_is_a_located_error(repo, value):
    (repo / ".utmlint.yaml").write_text(f"{CONFIG}cache-dir: {json.dumps(value)}\n", encoding="utf-8")
    (repo / "c.yaml").write_text(VALID, encoding="utf-8")
    ran = utmlint("lint", ".", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 2, ran
    assert ".utmlint.yaml:2:12: config error: `cache-dir` must be a folder inside the project" in ran.err, ran.err
    assert not (repo.parent / "elsewhere").exists()


@pytest.mark.parametrize("value", ["/tmp/utmlint-live-elsewhere", "../elsewhere"])
def test_config_live_cache_dir_outside_the_project_is_a_located_error(repo, value):
    (repo / ".utmlint.yaml").write_text(f"{CONFIG}live:\n  cache-dir: {json.dumps(value)}\n", encoding="utf-8")
    (repo / "c.yaml").write_text(VALID, encoding="utf-8")
    ran = utmlint("lint", ".", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 2, ran
    assert ".utmlint.yaml:3:14: config error: `live.cache-dir` must be a folder inside the project" in ran.err, ran.err


def test_command_line_cache_dir_may_point_anywhere(repo, tmp_path):
    (repo / "c.yaml").write_text(VALID, encoding="utf-8")
    elsewhere = tmp_path / "outside" / "my-cache"
    ran = utmlint("lint", "--cache-dir", str(elsewhere), ".", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 0, ran
    assert len(list(elsewhere.glob("*.json"))) == 1 and (elsewhere / ".gitignore").is_file()


def test_cache_holds_no_key_and_verifies_its_hmac(repo, tmp_path):
    from test_hostile_input import _XDG

    (repo / "c.yaml").write_text(BAD, encoding="utf-8")
    name = _cache_name(repo)
    key = (Path(_XDG.name) / "utmlint" / "cache-key").read_bytes().strip()
    assert len(key) >= 32
    raw = (repo / ".utmlint_cache" / name).read_bytes()
    assert key not in raw and b'"key"' not in raw
    body, mark, mac = raw.rpartition(b"\n#hmac-sha256:")
    data = json.loads(body)
    for entry in data["files"].values():
        entry["diagnostics"] = []  # forged: "clean"
    (repo / ".utmlint_cache" / name).write_bytes(json.dumps(data).encode() + mark + mac)
    ran = utmlint("lint", ".", cwd=repo)
    assert ran.code == 1 and "UTM101" in ran.out, ran


# -- stale cache: keyed by content, never by a stat taken after linting ----------------------------------


def test_file_rewritten_during_the_run_is_not_stamped_clean(repo, run, monkeypatch, tmp_path):
    """The run reads a clean file; before it stores the result, the file is replaced (a `git checkout`) by a
    broken one of the same size with the same mtime. The next runs must lint the broken content."""
    from utmlint.engine import Linter

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    clean = VALID
    broken = VALID.replace("medium: email", "mediun: email")  # no medium: an error
    assert len(broken) == len(clean)
    path = repo / "c.yaml"
    path.write_text(clean, encoding="utf-8")
    original = Linter.lint_file

    def lint_then_checkout(self, target):
        result = original(self, target)
        before = os.stat(path)
        path.write_text(broken, encoding="utf-8")
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
        return result

    monkeypatch.setattr(Linter, "lint_file", lint_then_checkout)
    assert run("lint", ".", cwd=repo).code == 0  # it linted the clean bytes it read
    monkeypatch.setattr(Linter, "lint_file", original)
    for _ in range(2):
        again = run("lint", ".", cwd=repo)
        # the typo is one finding, schema-violation's "did you mean `medium`?" (stranger19 R1: no UTM101 beside it)
        assert again.code == 1 and "unknown key `mediun`" in again.out, again
    assert run("render", ".", cwd=repo).code == 1  # render's gate is the same lint


def test_same_size_edit_within_the_mtime_granularity_is_seen(repo, run, monkeypatch, tmp_path):
    """A file system whose clock ticks coarsely gives two quick writes the same mtime and ctime. The stat
    taken right after the first write is then no proof: the entry is verified by its content hash."""
    import utmlint.cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = repo / "c.yaml"
    path.write_text(VALID, encoding="utf-8")
    frozen = os.stat(path)
    real_stat = os.stat

    def coarse_stat(target, *args, **kwargs):  # every stat of c.yaml shows the first write's stat
        info = real_stat(target, *args, **kwargs)
        if str(target).endswith("c.yaml"):
            fields = list(info)
            fields[stat.ST_MTIME] = frozen.st_mtime
            values = os.stat_result(fields, {"st_mtime_ns": frozen.st_mtime_ns, "st_ctime_ns": frozen.st_ctime_ns,
                                             "st_atime_ns": info.st_atime_ns})
            return values
        return info

    monkeypatch.setattr(utmlint.cache.os, "stat", coarse_stat)
    assert run("lint", ".", cwd=repo).code == 0
    path.write_text(VALID.replace("medium: email", "medium: EMAIL"), encoding="utf-8")
    again = run("lint", ".", cwd=repo)
    assert again.code == 1 and "UTM2" in again.out, again


def test_settled_files_are_not_read_again(repo, run, monkeypatch, tmp_path):
    """The shortcut still works: a file unchanged for longer than the racy window is neither read nor linted."""
    import utmlint.cache
    from utmlint.engine import Linter

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = repo / "c.yaml"
    path.write_text(BAD, encoding="utf-8")
    old = os.stat(path).st_mtime_ns - 10 * utmlint.cache.RACY_NS
    os.utime(path, ns=(old, old))
    monkeypatch.setattr(utmlint.cache, "RACY_NS", 0)  # ctime is "now" and cannot be set back: ignore the window
    first = run("lint", ".", cwd=repo)
    calls = []
    monkeypatch.setattr(Linter, "lint_file", lambda self, p: calls.append(p))
    monkeypatch.setattr(utmlint.cache, "content_hash", lambda raw: calls.append(raw))
    second = run("lint", ".", cwd=repo)
    assert second.out == first.out and calls == []


# -- --output -------------------------------------------------------------------------------------------


def test_output_to_a_folder_is_a_clear_error(repo):
    (repo / "c.yaml").write_text(BAD, encoding="utf-8")
    (repo / "report").mkdir()
    for command in (["lint"], ["render", "--force"], ["scan"]):
        ran = utmlint(*command, "--output", "report", ".", cwd=repo)
        assert_no_crash(ran)
        assert ran.code == 2 and "--output report: is a folder" in ran.err, ran
    assert list((repo / "report").iterdir()) == []


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_output_to_a_device_writes_into_it(repo, device):
    if not os.path.exists(device):
        pytest.skip(f"no {device} here")
    (repo / "c.yaml").write_text(BAD, encoding="utf-8")
    ran = utmlint("lint", "--output", device, ".", cwd=repo)
    assert_no_crash(ran)
    assert stat.S_ISCHR(os.stat(device).st_mode), f"{device} is no longer a device"
    if device == "/dev/full":
        assert ran.code == 2 and "No space left" in ran.err, ran
    else:
        assert ran.code == 1, ran


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_output_to_a_fifo_writes_into_it(repo):
    (repo / "c.yaml").write_text(BAD, encoding="utf-8")
    fifo = repo / "report.fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")), daemon=True)
    reader.start()
    ran = utmlint("lint", "--output", str(fifo), ".", cwd=repo)
    reader.join(30)
    assert_no_crash(ran)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert got and "c.yaml:4:10: UTM101" in got[0], got


@pytest.mark.parametrize("spelled", ["/dev/stdout", "link-to-stdout"])
def test_output_to_our_own_stdout_writes_to_it(repo, spelled):
    (repo / "c.yaml").write_text(BAD, encoding="utf-8")
    (repo / "link-to-stdout").symlink_to("/proc/self/fd/1")
    ran = utmlint("lint", "--format", "json", "--output", spelled, ".", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1 and json.loads(ran.out)[0]["code"] == "UTM101", ran
    assert (repo / "link-to-stdout").is_symlink()


def test_output_to_a_regular_file_is_atomic_and_keeps_its_mode(repo):
    (repo / "c.yaml").write_text(BAD, encoding="utf-8")
    report = repo / "report.txt"
    report.write_text("old\n", encoding="utf-8")
    report.chmod(0o600)
    ran = utmlint("lint", "--output", "report.txt", ".", cwd=repo)
    assert ran.code == 1
    assert "UTM101" in report.read_text(encoding="utf-8") and stat.S_IMODE(report.stat().st_mode) == 0o600
    assert not [p for p in repo.iterdir() if "utmlint-tmp" in p.name]


def test_output_symlink_to_a_regular_file_is_replaced_not_followed(repo, tmp_path):
    (repo / "c.yaml").write_text(BAD, encoding="utf-8")
    target = tmp_path / "outside" / "victim.txt"
    target.write_text("keep me\n", encoding="utf-8")
    (repo / "report.txt").symlink_to(target)
    ran = utmlint("lint", "--output", "report.txt", ".", cwd=repo)
    assert ran.code == 1
    assert target.read_text(encoding="utf-8") == "keep me\n"
    assert not (repo / "report.txt").is_symlink() and "UTM101" in (repo / "report.txt").read_text(encoding="utf-8")


# -- --fix ----------------------------------------------------------------------------------------------


def test_fix_refuses_a_symlink_leading_outside_the_project(repo, tmp_path):
    target = tmp_path / "outside" / "shared.yaml"
    target.write_text(FIXABLE, encoding="utf-8")
    (repo / "c.yaml").symlink_to(target)
    ran = utmlint("lint", "--fix", "--no-cache", "c.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1 and "c.yaml: not fixed: is a symbolic link to" in ran.err and "outside the project" in ran.err
    assert target.read_text(encoding="utf-8") == FIXABLE and (repo / "c.yaml").is_symlink()


def test_fix_writes_through_a_symlink_inside_the_project(repo):
    (repo / "real").mkdir()
    (repo / "real" / "c.yaml").write_text(FIXABLE, encoding="utf-8")
    (repo / "link.yaml").symlink_to("real/c.yaml")
    ran = utmlint("lint", "--fix", "--no-cache", "link.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 0, ran
    assert (repo / "link.yaml").is_symlink() and (repo / "real" / "c.yaml").read_text(encoding="utf-8") == FIXED


def test_fix_refuses_a_hard_linked_file(repo, tmp_path):
    (repo / "c.yaml").write_text(FIXABLE, encoding="utf-8")
    os.link(repo / "c.yaml", tmp_path / "outside" / "twin.yaml")
    ran = utmlint("lint", "--fix", "--no-cache", "c.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1 and "has 2 hard links" in ran.err, ran
    assert (tmp_path / "outside" / "twin.yaml").read_text(encoding="utf-8") == FIXABLE
    assert os.stat(repo / "c.yaml").st_nlink == 2


def test_fix_refuses_a_read_only_file(repo):
    path = repo / "c.yaml"
    path.write_text(FIXABLE, encoding="utf-8")
    path.chmod(0o444)
    ran = utmlint("lint", "--fix", "--no-cache", "c.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1 and "is read-only (mode 0444)" in ran.err, ran
    assert path.read_text(encoding="utf-8") == FIXABLE and stat.S_IMODE(path.stat().st_mode) == 0o444


def test_fix_gives_up_when_the_file_changes_meanwhile(repo, run, monkeypatch, tmp_path):
    """A line appended while the fix is computed is not lost: the file is left as it is, and said so."""
    import utmlint.fixes

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    path = repo / "c.yaml"
    path.write_text(FIXABLE, encoding="utf-8")
    real_fix_file = utmlint.fixes.fix_file

    def fix_while_someone_edits(*args, **kwargs):
        result = real_fix_file(*args, **kwargs)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("# added meanwhile\n")
        return result

    monkeypatch.setattr(utmlint.fixes, "fix_file", fix_while_someone_edits)
    result = run("lint", "--fix", "--no-cache", "c.yaml", cwd=repo)
    assert "c.yaml: not fixed: changed while it was being fixed" in result.err, result
    assert path.read_text(encoding="utf-8") == FIXABLE + "# added meanwhile\n"
    assert result.code == 1 and "UTM" in result.out
    assert not [p for p in repo.iterdir() if "utmlint-tmp" in p.name]
