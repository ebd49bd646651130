"""The scan cache: a warm run answers the same as a cold one, sees edits, and distrusts a planted cache."""

from __future__ import annotations

import os
import time

from utmlint.cli import main

BAD = "https://example.com/?utm_source=Newsletter&utm_medium=email&utm_campaign=spring\n"
GOOD = "https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=spring\n"


def _run(capsys, *argv):
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_warm_equals_cold_and_edits_are_seen(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "a.md"
    page.write_text(BAD, encoding="utf-8")
    (tmp_path / "docs" / "b.md").write_text("no links\n", encoding="utf-8")
    (tmp_path / "docs" / "c.md").write_text(BAD, encoding="utf-8")
    cold = _run(capsys, "scan", "--no-cache", "docs")
    first = _run(capsys, "scan", "--cache-dir", "cache", "docs")
    old = time.time() - 60  # old enough for the racy-clean rule to trust the stat next time
    for name in ("a.md", "b.md", "c.md"):
        os.utime(tmp_path / "docs" / name, (old, old))
    _run(capsys, "scan", "--cache-dir", "cache", "docs")
    warm = _run(capsys, "scan", "--cache-dir", "cache", "docs")
    assert cold == first == warm and cold[0] == 1
    page.write_text(GOOD, encoding="utf-8")  # same size, new content
    (tmp_path / "docs" / "b.md").write_text(BAD, encoding="utf-8")
    code, out = _run(capsys, "scan", "--cache-dir", "cache", "docs")
    assert "docs/a.md:1:33: UTM201" not in out
    assert "docs/b.md:1:33: UTM201" in out and "docs/c.md:1:33: UTM201" in out


def test_a_cache_edited_or_planted_is_ignored(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(BAD, encoding="utf-8")
    _run(capsys, "scan", "--cache-dir", "cache", "docs")
    [cache] = [p for p in (tmp_path / "cache").iterdir() if p.suffix == ".json"]
    data = cache.read_bytes()
    cache.write_bytes(data.replace(b"UTM201", b"UTM999"))  # an edit breaks the signature
    code, out = _run(capsys, "scan", "--cache-dir", "cache", "docs")
    assert code == 1 and "UTM201 [*] value-case" in out and "UTM999" not in out
