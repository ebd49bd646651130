"""A file scan could not read is never counted "checked": it is said skipped, with its path and why.

Found by the hostile-input benchmark (session 38): a 100 MB file in a scanned folder got its note ("over the limit;
not scanned") and was counted in "All clean: 1 file checked"; a binary file named on the command line that holds no
`utm_` (random bytes, a spreadsheet or a PDF, whose text is compressed) was "All clean: 1 file checked. (0 tracked
links in 1 file)", a run that checked nothing saying it checked a file.
"""

from __future__ import annotations

import io
import sys

LINK = "[x](https://northwind.io/?utm_source=news&utm_medium=email&utm_campaign=launch)\n"


def test_a_file_over_the_limit_in_a_folder_is_skipped_not_checked(project, run, monkeypatch):
    import utmlint.scan.run

    monkeypatch.setattr(utmlint.scan.run, "MAX_SCAN_BYTES", 4096)  # the limit is 8 MiB: the same path, smaller
    root = project({"docs/a.md": LINK, "docs/big.md": LINK * 100})
    done = run("scan", "--no-cache", "docs", cwd=root)
    assert done.out == "All clean: 1 file checked (1 tracked link).\n"
    assert "docs/big.md:1:1: note: file is 8,000 bytes, over utmlint's limit of 4,096 bytes for a scanned file; " \
           "not scanned" in done.err
    listed = run("scan", "--no-cache", "--show-files", "docs", cwd=root).out
    assert listed.count("docs/big.md") == 1 and "checked  docs/big.md" not in listed
    assert "skipped  docs/big.md:1:1: note: file is 8,000 bytes, over" in listed
    (root / "docs" / "a.md").unlink()
    only = run("scan", "--no-cache", "docs", cwd=root)
    assert only.out == "Nothing checked: no file to scan found.\n" and "docs/big.md:1:1: note: file is" in only.err


def test_a_file_that_is_not_utf8_in_a_folder_is_skipped_with_where(project, run):
    root = project({"docs/a.md": LINK})
    (root / "docs" / "latin.md").write_bytes(b"caf\xe9 " + LINK.encode())
    done = run("scan", "--no-cache", "docs", cwd=root)
    assert done.out == "All clean: 1 file checked (1 tracked link).\n"
    assert "docs/latin.md:1:4: note: not valid UTF-8 (byte 0xe9); not scanned" in done.err
    alone = run("scan", "--no-cache", "docs/latin.md", "--show-files", cwd=root)  # named: a finding, as before
    assert alone.code == 1 and "file-unreadable" in alone.out


def test_a_binary_file_named_to_scan_fails_naming_it(project, run):
    """Named on the command line, a file is checked or the run fails naming it (issue 12: no command silently checks
    nothing), as `lint` says of a binary campaign file: file-unreadable, exit 1. It exited 0 with "Nothing checked"
    (review of session 39: `utmlint scan blob.bin`)."""
    root = project({"docs/a.md": LINK})
    (root / "links.xlsx").write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(range(256)) * 4)
    alone = run("scan", "--no-cache", "--format", "concise", "links.xlsx", cwd=root)
    assert alone.code == 1, alone.out
    assert alone.out.startswith("links.xlsx:1:1: UTM004 file-unreadable error: binary file (a spreadsheet: its cells "
                                "are not stored as text): none of its links was checked; export it as CSV to scan it, "
                                "or leave it out of the hook"), alone.out
    both = run("scan", "--no-cache", "--format", "concise", "links.xlsx", "docs/a.md", cwd=root)
    assert both.code == 1 and "links.xlsx:1:1: UTM004 file-unreadable" in both.out
    (root / "c.yaml").write_bytes(b"x\0y")  # what lint says of the same
    linted = run("lint", "c.yaml", cwd=root)
    assert linted.code == 1 and "UTM004 file-unreadable" in linted.out


def test_a_video_segment_named_ts_is_skipped_not_told_unreadable(project, run):
    """An MPEG transport stream segment shares TypeScript's `.ts`: the scan hook passes every `.ts` by name (`types:
    [file]`, so UTF-16 catalogues reach it), and a video project's HLS fixture failed the commit with file-unreadable
    while `scan .` only noted it (review48 F2). Known by its sync byte (0x47 every 188 bytes): skipped and said, as a
    compiled property list is; any other binary `.ts` is still file-unreadable."""
    root = project({"docs/a.md": LINK})
    packet = b"\x47\x40\x00\x10" + bytes(184)
    (root / "seg0.ts").write_bytes(packet * 4)
    for cache in (["--no-cache"], [], []):  # and from the cache's record of it
        done = run("scan", *cache, "--format", "concise", "seg0.ts", "docs/a.md", cwd=root)
        assert done.code == 0 and "UTM004" not in done.out and "1 file checked" in done.out, done.out
        assert "seg0.ts:1:1: note: binary file (an MPEG transport stream" in done.err, done.err
    alone = run("scan", "--no-cache", "seg0.ts", cwd=root)
    assert alone.code == 0 and alone.out.startswith("Nothing checked"), alone.out
    (root / "other.ts").write_bytes(b"\x00\x47" * 300)  # NUL bytes, no packet every 188 bytes
    other = run("scan", "--no-cache", "--format", "concise", "other.ts", cwd=root)
    assert other.code == 1 and "other.ts:1:1: UTM004 file-unreadable" in other.out, other.out


BINARY_SAID = "binary file (it holds NUL bytes): no text to read links from"


def test_a_binary_file_is_said_one_way_and_its_kind_named_only_from_its_suffix(project, run, monkeypatch):
    """A named PNG was told "(it holds NUL bytes: a spreadsheet, a PDF or an archive keeps its text compressed ...)" and
    to "export it as CSV or text", its line shown as `\ufffdPNG`; a `.json` holding NUL and a `utm_` was told a shorter
    "(it holds NUL bytes)" (review of session 40, L4). One wording now, wherever the file is met; the kind and its
    advice only where the suffix says it; the byte shown as `\\x89`, as a control byte is shown `\\x00`."""
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
    root = project({"docs/a.md": LINK})
    (root / "logo.png").write_bytes(png)
    (root / "docs" / "tagged.json").write_bytes(b"x\0y utm_source=a")  # read as text first (it holds `utm_`)
    (root / "docs" / "blob.json").write_bytes(b"x\0y no tags")  # set aside before (no `utm_`)
    named = run("scan", "--no-cache", "logo.png", cwd=root)
    assert named.code == 1
    assert named.out.startswith(f"logo.png:1:1: UTM004 file-unreadable error: {BINARY_SAID}; if links in it should be "
                                "checked, keep them in a text file; else leave it out of the hook"), named.out
    assert "spreadsheet" not in named.out and "CSV" not in named.out and "none of its links" not in named.out
    assert "1 | \\x89PNG" in named.out and "\ufffd" not in named.out, named.out
    for flags in (("--no-cache",), (), ()):  # cold, then the cache written and read
        walked = run("scan", *flags, "docs", cwd=root)
        assert walked.out.startswith("All clean: 1 file checked"), walked.out
        for name in ("blob.json", "tagged.json"):
            assert f"docs/{name}:1:1: note: {BINARY_SAID}; not scanned" in walked.err, walked.err
    both = run("scan", "--no-cache", "--format", "concise", "docs/blob.json", "docs/tagged.json", cwd=root).out
    assert both.count(f"UTM004 file-unreadable error: {BINARY_SAID}; if links") == 2, both
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x\0y"), encoding="utf-8"))
    piped = run("scan", "--no-cache", "--format", "concise", "--stdin-filename", "data.json", "-", cwd=root)
    assert f"UTM004 file-unreadable error: {BINARY_SAID}\n" in piped.out, piped.out


def test_binary_standard_input_is_told_no_hook_advice(project, run, monkeypatch):
    """review41 L2: standard input that is binary was told to "leave it out of the hook (`exclude:` under utmlint-scan
    in .pre-commit-config.yaml ...)": no hook gave it; it ends at "no text to read links from", with or without
    --stdin-filename. The same bytes in a file named to scan are told as before."""
    root = project({"docs/a.md": LINK})
    (root / "data.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    for flags in ((), ("--stdin-filename", "data.json")):
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"\x89PNG\r\n\x1a\n\x00"), encoding="utf-8"))
        piped = run("scan", "--no-cache", "--format", "concise", *flags, "-", cwd=root)
        assert piped.code == 1 and f"UTM004 file-unreadable error: {BINARY_SAID}\n" in piped.out, piped
        assert "hook" not in piped.out and "pre-commit" not in piped.out, piped.out
    named = run("scan", "--no-cache", "--format", "concise", "data.json", cwd=root)
    assert f"{BINARY_SAID}; if links in it should be checked, keep them in a text file; else leave it out of the " \
           "hook" in named.out, named.out


def test_lint_and_scan_say_a_binary_file_in_one_voice(project, run):
    """review41 L6: lint said "file contains NUL bytes: is it binary? Save it as UTF-8 text", scan "binary file (it
    holds NUL bytes): no text to read links from; ...": one sentence now, each command's advice after it; lint still
    points at the NUL byte."""
    root = project({"c.yaml": "campaign: x\n"})
    (root / "c.yaml").write_bytes(b"campaign: x\x00\n")
    (root / "c.json").write_bytes(b"campaign: x\x00\n")
    linted = run("lint", "--format", "concise", "c.yaml", cwd=root)
    scanned = run("scan", "--no-cache", "--format", "concise", "c.json", cwd=root)
    assert linted.out.startswith("c.yaml:1:12: UTM004 file-unreadable error: binary file (it holds NUL bytes): no "
                                 "text to read a campaign from; if it is one, save it as UTF-8 text"), linted.out
    assert scanned.out.startswith(f"c.json:1:1: UTM004 file-unreadable error: {BINARY_SAID}; "), scanned.out


def test_a_binary_file_in_a_folder_is_not_counted_checked(project, run):
    """A binary file of a kind scan reads (a `.json` that is a database's bytes), holding no `utm_`, was "checked" in
    a folder's count (review of session 39): it is said not scanned, with why, as an unreadable file is; warm too."""
    root = project({"docs/a.md": LINK})
    (root / "docs" / "blob.json").write_bytes(b"x\0y no tags")
    for flags in (("--no-cache",), (), ()):  # cold, then the cache written and read
        done = run("scan", *flags, "docs", cwd=root)
        assert done.code == 0 and done.out.startswith("All clean: 1 file checked"), done.out
        assert "docs/blob.json:1:1: note: binary file (it holds NUL bytes" in done.err, done.err
    listed = run("scan", "--show-files", "docs", cwd=root).out
    assert "checked  docs/blob.json" not in listed and "skipped  docs/blob.json:1:1: note: binary file" in listed


def test_a_text_file_named_to_scan_without_links_is_still_checked(project, run):
    root = project({"notes.txt": "no links here\n"})
    (root / "utf16.txt").write_bytes("no links either\n".encode("utf-16"))  # NUL bytes, but text
    done = run("scan", "--no-cache", "notes.txt", "utf16.txt", cwd=root)
    assert done.out == "All clean: 2 files checked (no tracked link found).\n" and done.err == ""


def test_a_folder_of_binary_files_alone_counts_them_skipped(project, run):
    """review41 L1: a folder holding only a binary file said "Nothing checked: no file to scan found." under the note
    naming the file it found; the binary file is counted among those skipped, as a generated file is, its note saying
    why; beside a text file the summary is as ever."""
    import subprocess

    root = project({"d.json": '{"a":"\x00 https://x.com/?utm_source=A"}'})
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    done = run("scan", ".", cwd=root)
    assert done.out == "Nothing checked: no file to scan found; 1 skipped (why above).\n", done.out
    assert "d.json:1:1: note: binary file (it holds NUL bytes)" in done.err
    (root / "guide.md").write_text("# Guide\n", encoding="utf-8")
    assert run("scan", ".", cwd=root).out == "All clean: 1 file checked (no tracked link found).\n"


def test_utf16_text_without_its_mark_is_said_so_not_binary(project, run):
    """review41 L5: a UTF-16 CSV saved without its byte order mark was told "binary file (it holds NUL bytes): no text
    to read links from"; it is text, every other byte NUL. It is named as such with what to do (save it as UTF-8, or
    UTF-16 with its mark), cold and from the cache alike, and counted skipped in a folder; with its mark it is read, and
    a binary file is still said to be one."""
    import subprocess

    text = "name,url\nspring,https://acme.com/?utm_source=Newsletter&utm_medium=email&utm_campaign=spring\n"
    root = project({})
    (root / "nobom16.csv").write_bytes(text.encode("utf-16-le"))
    (root / "be.csv").write_bytes(text.encode("utf-16-be"))
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    for name, encoding in (("nobom16.csv", "UTF-16"), ("be.csv", "UTF-16")):
        done = run("scan", "--format", "concise", name, cwd=root)
        assert done.code == 1 and (f"UTM004 file-unreadable error: {encoding} text without a byte order mark (a NUL in "
                                   "every other byte): none of its links was checked; save it as UTF-8 (or UTF-16 "
                                   "with its byte order mark) text") in done.out, done.out
    for _ in range(2):  # cold, then from the cache
        done = run("scan", ".", cwd=root)
        assert done.out == "Nothing checked: no file to scan found; 2 skipped (why above).\n", done.out
        assert done.err.count("text without a byte order mark") == 2 and "binary file" not in done.err, done.err
    (root / "nobom16.csv").write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (root / "be.csv").unlink()
    assert "value-case" in run("scan", "--format", "concise", "nobom16.csv", cwd=root).out
    (root / "blob.json").write_bytes(b"a\x00\x00b\x01\x02\x00\x00\x00\x00")
    assert "binary file (it holds NUL bytes)" in run("scan", "--format", "concise", "blob.json", cwd=root).out
