"""The scan cache: a warm run answers the same as a cold one, sees edits, and distrusts a planted cache."""

from __future__ import annotations

import os
import shutil
import time

from utmlint.cli import main

BAD = "https://sunbeam.app/?utm_source=Newsletter&utm_medium=email&utm_campaign=spring\n"
GOOD = "https://sunbeam.app/?utm_source=newsletter&utm_medium=email&utm_campaign=spring\n"


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
    [cache] = [p for p in (tmp_path / "cache").iterdir() if p.name.startswith("scan-")]
    data = cache.read_bytes()
    cache.write_bytes(data.replace(b"UTM201", b"UTM999"))  # an edit breaks the signature
    code, out = _run(capsys, "scan", "--cache-dir", "cache", "docs")
    assert code == 1 and "UTM201 [*] value-case" in out and "UTM999" not in out


def _settle(root) -> None:
    """Every file old enough for the racy-clean rule to trust its stat next time."""
    old = time.time() - 60
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (old, old))


def _cache_data(folder):
    """The scan cache's data (its signature line cut off)."""
    import marshal

    [cache] = [p for p in folder.iterdir() if p.name.startswith("scan-") and p.suffix == ".bin"]
    body = cache.read_bytes().rpartition(b"\n#blake2b-keyed:")[0]
    return marshal.loads(body)


def _docs(tmp_path, count=3):
    docs = tmp_path / "docs"
    docs.mkdir()
    for n in range(count):
        (docs / f"p{n}.md").write_text(BAD.replace("spring", f"spring-{n}"), encoding="utf-8")
    (docs / "plain.md").write_text("no links\n", encoding="utf-8")
    (docs / "sub").mkdir()
    (docs / "sub" / "deep.md").write_text(BAD, encoding="utf-8")
    _settle(tmp_path)
    return docs


def test_the_cache_is_pruned_of_deleted_and_changed_files(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    docs = _docs(tmp_path)
    _run(capsys, "scan", "--cache-dir", "cache", "docs")
    data = _cache_data(tmp_path / "cache")
    folder = str(docs)
    assert sorted(data["dirs"][folder]) == ["p0.md", "p1.md", "p2.md", "plain.md"]
    assert data["dirs"][folder]["plain.md"][0] is None  # no `utm_`: known by its stat alone
    assert len(data["entries"]) == 4  # one per distinct content with links
    old_key = data["dirs"][folder]["p1.md"][0]

    (docs / "p0.md").unlink()  # deleted
    (docs / "p1.md").write_text(GOOD, encoding="utf-8")  # changed: its old entry is no file's any more
    shutil.rmtree(docs / "sub")  # a folder gone
    _settle(tmp_path)
    cold = _run(capsys, "scan", "--no-cache", "docs")
    assert _run(capsys, "scan", "--cache-dir", "cache", "docs") == cold
    data = _cache_data(tmp_path / "cache")
    assert sorted(data["dirs"]) == [folder]
    assert sorted(data["dirs"][folder]) == ["p1.md", "p2.md", "plain.md"]
    assert old_key not in data["entries"] and data["dirs"][folder]["p1.md"][0] in data["entries"]
    assert len(data["entries"]) == 2  # p1's new content and p2's: nothing else is kept
    assert _run(capsys, "scan", "--cache-dir", "cache", "docs") == cold  # and the pruned cache answers


def test_scanning_one_file_keeps_the_rest_of_the_cache(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    docs = _docs(tmp_path)
    _run(capsys, "scan", "--cache-dir", "cache", "docs")
    before = _cache_data(tmp_path / "cache")
    (docs / "p2.md").write_text(GOOD, encoding="utf-8")
    _settle(tmp_path)
    _run(capsys, "scan", "--cache-dir", "cache", "docs/p2.md")  # as pre-commit runs it: the changed file only
    after = _cache_data(tmp_path / "cache")
    assert sorted(after["dirs"]) == sorted(before["dirs"])
    assert sorted(after["dirs"][str(docs)]) == sorted(before["dirs"][str(docs)])
    assert after["dirs"][str(docs)]["p2.md"] != before["dirs"][str(docs)]["p2.md"]
    assert len(after["entries"]) == 4  # p2's old content went, its new one came


def test_old_caches_of_other_settings_are_capped(tmp_path, monkeypatch, capsys):
    from utmlint.scan.cache import KEEP_OTHERS

    monkeypatch.chdir(tmp_path)
    _docs(tmp_path)
    (tmp_path / "cache").mkdir()
    old_names = [f"scan-{n:016x}.json" for n in range(KEEP_OTHERS + 3)]  # an older format's names, oldest first
    for n, name in enumerate(old_names):  # left by older settings, rules or versions
        old = tmp_path / "cache" / name
        old.write_text("{}", encoding="utf-8")
        os.utime(old, (1_000_000 + n, 1_000_000 + n))
    # not scan's, however old: another tool's or the user's own files in a folder given as --cache-dir (review7)
    for stranger in ("v1-lint.json", "scan-notes.txt", "scan-export.json", "scan-0123456789abcdef.bin.bak"):
        (tmp_path / "cache" / stranger).write_text("{}", encoding="utf-8")
        os.utime(tmp_path / "cache" / stranger, (1_000, 1_000))
    _run(capsys, "scan", "--cache-dir", "cache", "docs")
    names = sorted(p.name for p in (tmp_path / "cache").iterdir())
    assert [n for n in names if n in old_names] == old_names[3:]  # the newest KEEP_OTHERS
    assert {"v1-lint.json", "scan-notes.txt", "scan-export.json", "scan-0123456789abcdef.bin.bak"} <= set(names)
    assert len([n for n in names if n.endswith(".bin")]) == 1  # this run's own cache


def _trust_stats_at_once(monkeypatch):
    """The racy-clean rule trusts a stat only RACY_NS after the file's last change (and `os.utime` sets
    the ctime to now): lifted here, so that the stat shortcut itself is what these tests exercise."""
    monkeypatch.setattr("utmlint.scan.run.RACY_NS", 0)


def test_a_same_size_edit_under_the_same_mtime_is_seen(tmp_path, monkeypatch, capsys):
    """The stat is only a shortcut: an edit that keeps the size, the inode and puts the mtime back (a tool
    that restores timestamps, or two writes within the clock's granularity) still moves the ctime."""
    _trust_stats_at_once(monkeypatch)
    monkeypatch.chdir(tmp_path)
    docs = _docs(tmp_path, count=1)
    page = docs / "p0.md"
    _run(capsys, "scan", "--cache-dir", "cache", "docs")
    code, out = _run(capsys, "scan", "--cache-dir", "cache", "docs")
    assert "docs/p0.md:1:33: UTM201" in out
    info = page.stat()
    page.write_text(GOOD.replace("spring", "spring-0"), encoding="utf-8")
    os.utime(page, ns=(info.st_atime_ns, info.st_mtime_ns))
    now = page.stat()
    assert (now.st_size, now.st_mtime_ns, now.st_ino) == (info.st_size, info.st_mtime_ns, info.st_ino)
    code, out = _run(capsys, "scan", "--cache-dir", "cache", "docs")
    assert "docs/p0.md" not in out and "docs/sub/deep.md:1:33: UTM201" in out


def test_a_warm_run_reads_no_file_not_even_for_its_report(tmp_path, monkeypatch, capsys):
    """Unchanged files are answered by their stat, and the report's source lines come from the cache."""
    from utmlint import safeio

    _trust_stats_at_once(monkeypatch)
    monkeypatch.chdir(tmp_path)
    _docs(tmp_path)
    cold = _run(capsys, "scan", "--no-cache", "docs")
    _run(capsys, "scan", "--cache-dir", "cache", "docs")
    reads = []
    real = safeio.read_regular

    def counting(path, *args, **kwargs):
        if "cache" not in str(path):
            reads.append(str(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(safeio, "read_regular", counting)
    warm = _run(capsys, "scan", "--cache-dir", "cache", "docs")
    assert warm == cold and "|     ^" not in warm[1] and "1 | https://sunbeam.app/" in warm[1]
    assert reads == []


def test_the_scan_cache_repeats_lint_s_cache_values():
    """scan/cache.py repeats lint's racy-clean interval, size bound and content hash (so a warm scan need
    not import lint's cache): they must stay the same."""
    from utmlint import cache as lint_cache
    from utmlint.scan import cache as scan_cache

    assert scan_cache.RACY_NS == lint_cache.RACY_NS
    assert scan_cache.MAX_CACHE_BYTES == lint_cache.MAX_CACHE_BYTES
    assert scan_cache.content_hash(b"utm_source=x") == lint_cache.content_hash(b"utm_source=x")


def test_the_keyed_signature_binds_the_body_the_purpose_and_the_key(monkeypatch):
    """The scan cache is signed with keyed BLAKE2b (signing.keyed_sign, no OpenSSL): a body edited, a file moved to
    another cache name, signed on another machine (another key) or signed the other way is not verified."""
    from utmlint import signing

    signed = signing.keyed_sign(b"body \x00 bytes", "scan-cache scan-a.bin")
    assert signing.keyed_verified(signed, "scan-cache scan-a.bin") == b"body \x00 bytes"
    assert signing.keyed_verified(signed, "scan-cache scan-b.bin") is None
    assert signing.keyed_verified(signed.replace(b"body", b"bodY"), "scan-cache scan-a.bin") is None
    assert signing.keyed_verified(signed[:-1], "scan-cache scan-a.bin") is None  # truncated
    assert signing.keyed_verified(b"body", "scan-cache scan-a.bin") is None  # unsigned
    assert signing.keyed_verified(signing.sign(b"body", "scan-cache scan-a.bin"), "scan-cache scan-a.bin") is None
    for other in (b"f" * 64, b"0123456789abcdef" * 8):  # another machine's key; a key longer than BLAKE2b's 64 bytes
        monkeypatch.setattr(signing, "machine_key", lambda other=other: other)
        assert signing.keyed_verified(signed, "scan-cache scan-a.bin") is None
        assert signing.keyed_verified(signing.keyed_sign(b"x", "p"), "p") == b"x"


def test_a_warm_run_keeps_each_files_own_repositorys_identity(tmp_path, monkeypatch, capsys):
    """The cache key's identity part is worked out once per folder (scan.run._identity_key): the same bytes in
    nested repositories keep their own verdicts warm, and a remote added or a repository made inside a folder,
    with no scanned file touched, is seen by the next warm run."""
    import json
    import subprocess

    from tests.scan.test_identity import DOCKER, git_repo

    def page(folder, name="README.md"):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(f"[x]({DOCKER})\n", encoding="utf-8")

    outer = git_repo(tmp_path / "notes", "https://github.com/jdoe/notes.git")
    page(outer)
    page(outer / "guide" / "deep")
    inner = git_repo(outer / "vendor" / "docs", "https://github.com/docker/docs.git")  # Docker's own, nested
    page(inner)
    page(inner / "manuals")
    monkeypatch.setattr("utmlint.scan.run.RACY_NS", -10**12)  # every stat settled: the warm run trusts the stat
    monkeypatch.chdir(outer)

    def copied(*cache):
        main(["scan", *cache, "--format", "json", "."])
        return sorted(f["path"] for f in json.loads(capsys.readouterr()[0]) if f["name"] == "copied-tracking")

    jdoe = sorted([os.path.join("guide", "deep", "README.md"), "README.md"])
    assert copied("--no-cache") == jdoe
    assert copied("--cache-dir", "c") == copied("--cache-dir", "c") == jdoe  # cold into the cache, then warm
    git_repo(outer / "guide")  # guide/ becomes a repository of its own, without a remote: identity unknown
    assert copied("--cache-dir", "c") == copied("--no-cache") == ["README.md"]
    subprocess.run(["git", "-C", str(outer), "remote", "add", "upstream", "https://github.com/docker/docs.git"],
                   check=True)  # the outer repository is a fork of Docker's docs
    assert copied("--cache-dir", "c") == copied("--no-cache") == []


def test_the_settings_text_a_cache_is_keyed_on():
    """freshness.stable_text (the scan cache's name and repo-wide key, without json): key order does not matter,
    every other difference does."""
    from datetime import date

    from utmlint.freshness import stable_text

    assert stable_text({"b": [1, "x"], "a": None}) == stable_text({"a": None, "b": (1, "x")})
    values = [{"a": 1}, {"a": "1"}, {"a": [1]}, {"a": 1, "b": None}, ["a", "b"], ["a,b"], ["a", ["b"]], "a\udc80",
              {"a": True}, {"a": 1.0}, {"a": date(2026, 11, 30)}, {"1": 1}, [], {}, None, ""]
    assert len({stable_text(v) for v in values}) == len(values)
