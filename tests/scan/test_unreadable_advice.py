"""A named file scan could not read is file-unreadable (UTM004), and its advice fits why (stranger16 R2): a valid UTF-8
file over the size limit was told to "save it as UTF-8 (or UTF-16 ...)", which changes nothing. It is now told to
check the file it is made from or leave it out of the hook (a file named to scan is scanned, whatever the
config's `exclude`); a file that does not decode (the team's own Latin-1 export) is still told to be saved as UTF-8."""

from __future__ import annotations

import json


def _unreadable(run, root, *paths):
    result = run("scan", "--no-cache", "--format", "json", *paths, cwd=root)
    return result.code, [(f["path"], f["message"]) for f in json.loads(result.out) if f["name"] == "file-unreadable"]


def test_a_named_file_over_the_size_limit_is_told_to_be_left_out_not_saved_as_utf8(run, tmp_path):
    row = ('{"id": %d, "url": "https://acme.com/p/%d?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale",'
           ' "pad": "' + "x" * 200 + '"}')
    (tmp_path / "links.json").write_text("[" + ",\n".join(row % (i, i) for i in range(30000)) + "]\n",
                                         encoding="utf-8")
    code, [(path, message)] = _unreadable(run, tmp_path, "links.json")
    assert code == 1 and path == "links.json"
    assert "over utmlint's limit" in message and "UTF-8" not in message, message
    assert "`exclude:` under utmlint-scan in .pre-commit-config.yaml" in message
    assert "none of its links was checked" in message


def test_a_named_binary_file_is_told_it_is_no_text(run, tmp_path):
    (tmp_path / "links.txt").write_bytes(b"https://acme.com/?utm_source=a&utm_medium=email\0\0\1")
    code, [(_, message)] = _unreadable(run, tmp_path, "links.txt")
    assert code == 1 and "no text to read links from" in message and "UTF-8" not in message, message


def test_the_teams_latin1_file_is_still_told_to_be_saved_as_utf8(run, tmp_path):
    (tmp_path / "latin.md").write_bytes(b"caf\xe9 https://acme.com/?utm_source=a&utm_medium=emial\n")
    code, [(_, message)] = _unreadable(run, tmp_path, "latin.md")
    assert code == 1 and message.endswith("save it as UTF-8 (or UTF-16 with its byte order mark) text"), message
