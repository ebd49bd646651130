"""Found by review: in a checkout or an editable install, lint's and scan's caches were keyed on utmlint's version
only, so after an edit of a rule's code or of rules/*.txt|yaml a warm run answered from results the old rules made.
Both caches are now keyed on resources.code_stamp() too (the count, total size and newest mtime of the package's
modules and rules files: stats only). Here the rules folder is a temporary copy, edited as a developer would."""

from __future__ import annotations

import os
import shutil

import pytest

from utmlint import resources

CAMPAIGN = "campaign: spring-sale\nsource: intercom\nmedium: email\nlinks:\n  - url: https://example.com/sale\n"
DOC = "[x](https://example.com/?utm_source=news&utm_medium=email&utm_campaign=fall)\n"


@pytest.fixture
def rules_copy(tmp_path_factory, monkeypatch):
    copy = tmp_path_factory.mktemp("installed") / "rules"  # outside the project the commands read
    shutil.copytree(resources.rules_dir(), copy)
    monkeypatch.setattr(resources, "rules_dir", lambda: copy)
    resources.code_stamp.cache_clear()
    yield copy
    resources.code_stamp.cache_clear()


def edit(path):
    path.write_text(path.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 10_000_000_000))  # a later edit, whatever the clock
    resources.code_stamp.cache_clear()


def test_the_stamp_sees_an_edit_an_added_and_a_removed_file(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    before = resources.files_stamp((tmp_path,))
    assert resources.files_stamp((tmp_path,)) == before
    edit(tmp_path / "a.py")
    edited = resources.files_stamp((tmp_path,))
    (tmp_path / "b.yaml").write_text("a: 1\n")
    added = resources.files_stamp((tmp_path,))
    (tmp_path / "b.yaml").unlink()
    assert len({before, edited, added}) == 3 and resources.files_stamp((tmp_path,)) == edited


def test_an_installed_wheel_is_keyed_on_its_install(tmp_path, monkeypatch):
    """newuser46 F22: a wheel built from a commit keeps the last release's version (pre-commit's `rev:` pinned to a SHA,
    as the README advises until tags exist), so keyed on the version alone the project's cache gave the findings of
    the code installed before; the RECORD its installer writes anew each time keys it (one stat). Without one (a
    layout no installer made): the version alone, as before."""
    from utmlint import __version__

    package = tmp_path / "utmlint"
    (package / "_data").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE", package)
    resources.code_stamp.cache_clear()
    try:
        assert resources.code_stamp() == ""
        record = tmp_path / f"utmlint-{__version__}.dist-info" / "RECORD"
        record.parent.mkdir()
        record.write_text("utmlint/__init__.py,sha256=a,10\n")
        resources.code_stamp.cache_clear()
        first = resources.code_stamp()
        record.write_text("utmlint/__init__.py,sha256=b,12\n")  # another commit installed over it
        os.utime(record, ns=(record.stat().st_atime_ns, record.stat().st_mtime_ns + 10_000_000_000))
        resources.code_stamp.cache_clear()
        assert first and resources.code_stamp() not in ("", first)
    finally:
        resources.code_stamp.cache_clear()


def test_lint_relints_after_a_rules_file_is_edited(project, run, monkeypatch, rules_copy):
    root = project({".utmlint.yaml": "{}\n", "c.yaml": CAMPAIGN})
    run("lint", cwd=root)
    calls = []
    from utmlint.engine import Linter

    original = Linter.lint_file
    monkeypatch.setattr(Linter, "lint_file", lambda self, path: calls.append(os.path.basename(path)) or original(self, path))
    run("lint", cwd=root)
    assert calls == []  # warm: answered from the cache
    edit(rules_copy / "copied-tracking.txt")
    run("lint", cwd=root)
    assert calls == ["c.yaml"]


def test_scan_rejudges_after_a_rules_file_is_edited(project, run, monkeypatch, rules_copy):
    root = project({".utmlint.yaml": "{}\n", "notes.md": DOC})
    run("scan", ".", cwd=root)
    calls = []
    from utmlint.scan.judge import Judge

    original = Judge.judge
    monkeypatch.setattr(Judge, "judge", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
    run("scan", ".", cwd=root)
    assert calls == []
    edit(rules_copy / "ga4" / "channels.yaml")
    run("scan", ".", cwd=root)
    assert calls == [1]


def test_an_edited_schema_changes_the_stamp(tmp_path_factory, monkeypatch):
    """Found by review: the stamp left out the JSON schemas, so after an edit of campaign.schema.json in a checkout a
    warm lint said "All clean" from results the old schema made."""
    copy = tmp_path_factory.mktemp("installed") / "schemas"
    shutil.copytree(resources.schemas_dir(), copy)
    monkeypatch.setattr(resources, "schemas_dir", lambda: copy)
    resources.code_stamp.cache_clear()
    before = resources.code_stamp()
    if not before:
        pytest.fail("this test needs a checkout or an editable install (an installed wheel has no stamp)")
    edit(next(copy.glob("*.json")))
    assert resources.code_stamp() != before
    resources.code_stamp.cache_clear()


def test_scan_rejudges_after_a_module_is_edited(project, run, monkeypatch, tmp_path_factory):
    """The scan cache's name (now a BLAKE2b of its parts, without json) still holds the code stamp: a rule module
    edited in a checkout, here a copy of the package as code_stamp sees it, means every file is judged again."""
    copy = tmp_path_factory.mktemp("checkout") / "utmlint"
    shutil.copytree(resources._PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    rules, schemas = resources.rules_dir(), resources.schemas_dir()
    monkeypatch.setattr(resources, "_PACKAGE", copy)
    monkeypatch.setattr(resources, "rules_dir", lambda: rules)
    monkeypatch.setattr(resources, "schemas_dir", lambda: schemas)
    resources.code_stamp.cache_clear()
    root = project({".utmlint.yaml": "{}\n", "notes.md": DOC})
    try:
        run("scan", ".", cwd=root)
        calls = []
        from utmlint.scan.judge import Judge

        original = Judge.judge
        monkeypatch.setattr(Judge, "judge", lambda self, *a, **k: calls.append(1) or original(self, *a, **k))
        run("scan", ".", cwd=root)
        assert calls == []
        edit(copy / "checks" / "__init__.py")
        run("scan", ".", cwd=root)
        assert calls == [1]
    finally:
        resources.code_stamp.cache_clear()
