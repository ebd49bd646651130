"""Found by review: lint's cache file is named by utmlint's version, the settings fingerprint and, in a checkout or
an editable install, the code stamp (resources.code_stamp), so every edit of a rule's code or data, and every
config edit, left the previous file in `.utmlint_cache/` forever. A save now prunes: the same settings' files of
another code stamp go, other fingerprints beyond cache.KEEP_OTHERS go (newest kept), crashed writes' temp files
older than a day go; nothing that is not a regular file of utmlint's own naming is touched, and pruning never
fails a run. The rules folder is a temporary copy, edited as a developer would (as in test_cache_stamp.py)."""

from __future__ import annotations

import os
import shutil
import time

import pytest

from utmlint import cache, resources

CAMPAIGN = "campaign: spring-sale\nsource: intercom\nmedium: email\nlinks:\n  - url: https://example.com/sale\n"


@pytest.fixture
def rules_copy(tmp_path_factory, monkeypatch):
    copy = tmp_path_factory.mktemp("installed") / "rules"  # outside the project the commands read
    shutil.copytree(resources.rules_dir(), copy)
    monkeypatch.setattr(resources, "rules_dir", lambda: copy)
    resources.code_stamp.cache_clear()
    if not resources.code_stamp():
        pytest.fail("this test needs a checkout or an editable install (an installed wheel has no code stamp)")
    yield copy
    resources.code_stamp.cache_clear()


def edit(path):
    path.write_text(path.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 10_000_000_000))  # a later edit, whatever the clock
    resources.code_stamp.cache_clear()


def lint_caches(root):
    return sorted(p.name for p in (root / ".utmlint_cache").iterdir() if cache._OWN_NAME.match(p.name))


def test_an_edited_rules_file_leaves_only_the_new_stamps_cache(project, run, rules_copy, tmp_path_factory, monkeypatch):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CAMPAIGN})
    assert run("lint", cwd=root).code == 0
    (first,) = lint_caches(root)
    folder = root / ".utmlint_cache"
    # Beside it, what is not lint's to remove: scan's cache, a replay record, a stranger's file, and a folder
    # and a symlink named as lint names its files (the symlink's target must survive too).
    outside = tmp_path_factory.mktemp("elsewhere") / "precious.json"
    outside.write_text("{}")
    stamp = cache._OWN_NAME.match(first)["stamp"]
    other = first.replace(stamp, "0" * len(stamp))
    (folder / "scan-0123.marshal").write_bytes(b"x")
    (folder / "notes.txt").write_text("mine")
    (folder / other).mkdir()
    os.symlink(outside, folder / other.replace("0", "1"))
    for edits in range(2):
        edit(rules_copy / "copied-tracking.txt")
        assert run("lint", cwd=root).code == 0
        (now,) = [n for n in lint_caches(root) if (folder / n).is_file() and not (folder / n).is_symlink()]
        assert now != first
        first = now
    assert outside.read_text() == "{}"
    assert (folder / "scan-0123.marshal").exists() and (folder / "notes.txt").exists() and (folder / other).is_dir()
    assert (folder / ".gitignore").exists() and any(n.endswith(".replay") for n in os.listdir(folder))
    calls = []  # the file kept is the one the next run reads (another command line: no replay record answers)
    from utmlint.engine import Linter

    original = Linter.lint_file
    monkeypatch.setattr(Linter, "lint_file", lambda self, path: calls.append(path) or original(self, path))
    assert run("lint", "c.yaml", cwd=root).code == 0
    assert calls == []


def test_other_settings_keep_the_newest_few(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CAMPAIGN})
    written = []
    for n in range(cache.KEEP_OTHERS + 4):
        (root / ".utmlint.yaml").write_text(f"sources: [intercom, s{n}]\n")  # a new fingerprint each time
        assert run("lint", cwd=root).code == 0
        written.extend(n for n in lint_caches(root) if n not in written)
        time.sleep(0.01)  # distinct mtimes: "newest" is by the time each was written
    assert len(written) == cache.KEEP_OTHERS + 4
    kept = lint_caches(root)
    assert kept == sorted(written[-(cache.KEEP_OTHERS + 1):])  # this run's and the KEEP_OTHERS newest others


def test_a_crashed_writes_temp_file_goes_after_a_day(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CAMPAIGN})
    run("lint", cwd=root)
    folder = root / ".utmlint_cache"
    (name,) = lint_caches(root)
    old, young = folder / f".{name}.00000000000000aa.utmlint-tmp", folder / f".{name}.00000000000000bb.utmlint-tmp"
    for temp in (old, young):
        temp.write_bytes(b"half a cache")
    two_days = time.time() - 2 * 24 * 3600
    os.utime(old, (two_days, two_days))
    (root / "c.yaml").write_text(CAMPAIGN.replace("spring-sale", "summer-sale"))  # a save is needed
    run("lint", cwd=root)
    assert not old.exists() and young.exists()  # a young one may be another run's write under way


def test_pruning_that_fails_never_fails_the_run(project, run, monkeypatch, rules_copy):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CAMPAIGN.replace("intercom", "Intercom")})
    first = run("lint", "--format", "json", cwd=root)
    edit(rules_copy / "copied-tracking.txt")

    listdir = os.listdir

    def refuse(target=".", *args, **kwargs):  # the cache folder's listing (by descriptor or path) alone
        if isinstance(target, int) or str(target).endswith(".utmlint_cache"):
            raise PermissionError(13, "Permission denied")
        return listdir(target, *args, **kwargs)

    monkeypatch.setattr(os, "listdir", refuse)
    second = run("lint", "--format", "json", cwd=root)
    assert (second.code, second.findings, second.err) == (first.code, first.findings, first.err)
    monkeypatch.setattr(os, "listdir", listdir)
    assert len(lint_caches(root)) == 2  # the new one written, the old one left


def test_a_users_files_in_a_cache_dir_are_never_taken_for_ours(project, run, tmp_path):
    # review7 (session 26): the name test matched any `v<anything>-<16 hex>.json`, so one lint with `--cache-dir`
    # pointed at a folder of the user's removed `vendor1-0123456789abcdef.json` and `vendor-lock-<hex>.json`
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CAMPAIGN})
    mine = tmp_path / "mycache"
    mine.mkdir()
    strangers = [f"vendor{n}-0123456789abcdef.json" for n in range(1, 10)] + [
        "vendor-lock-fedcba9876543210.json", "v-notes-0123456789abcdef.json", "v1.0-0123456789abcdef-toolong12.json"]
    for n, name in enumerate(strangers):
        (mine / name).write_text("{}", encoding="utf-8")
        os.utime(mine / name, (1_000 + n, 1_000 + n))  # older than anything utmlint writes
    assert run("lint", "--cache-dir", str(mine), cwd=root).code == 0
    names = {p.name for p in mine.iterdir()}
    assert set(strangers) <= names
    assert not (mine / ".gitignore").exists()  # a folder of the user's own is not hidden from git either
    assert len([n for n in names if cache._OWN_NAME.match(n)]) == 1  # this run's cache, next to them


def test_a_new_cache_folder_gets_its_gitignore(project, run):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CAMPAIGN})
    run("lint", cwd=root)
    assert (root / ".utmlint_cache" / ".gitignore").read_bytes() == cache.IGNORE_TEXT
