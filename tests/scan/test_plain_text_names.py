"""Text files named for what they are, without a suffix, are read as plain text (scan.PLAIN_TEXT_NAMES, kind_suffix):
a project's README and release notes as GNU and older projects name them (`README`, `NEWS`, `ChangeLog`, `CHANGES`,
`HISTORY`, `RELEASE_NOTES`), and Google Play's "What's new" text, one file a language, as the Play publishing actions
upload it (`distribution/whatsnew/whatsnew-en-US`, `whatsnew-de-DE`).

Corpus 52 (store listings, release notes and show notes) found the folder walk never read them: a tracked link in a
release's Play Store notes or a project's `NEWS` was never seen (fastlane's `.txt` metadata, F-Droid's YAML and
`CHANGELOG.md` were read). Other files without a suffix stay unread (`LICENSE`, `INSTALL`, a locale-named file
`whatsnew/en-US`), as do the names with another suffix (`NEWS.bak`).
Real files in a temp folder, `utmlint scan` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan import kind_suffix
from utmlint.scan.files import walked_kind

LINK = "https://shop.acme-tools.dev/new?utm_source=play&utm_medium=release_notes&utm_campaign=v2"


def test_release_notes_and_a_stores_whats_new_without_a_suffix_are_read(tmp_path, monkeypatch, capsys):
    names = ["NEWS", "ChangeLog", "CHANGES", "HISTORY", "README", "docs/RELEASE_NOTES",
             "distribution/whatsnew/whatsnew-en-US", "distribution/whatsnew/whatsnew-de-DE",
             "LICENSE", "INSTALL", "whatsnew/en-US", "NEWS.bak"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Version 2 is out: {LINK}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = sorted({d["path"] for d in json.loads(capsys.readouterr().out)})
    assert found == sorted(names[:8]), found
    assert [kind_suffix(name) for name in ("NEWS", "whatsnew-en-US", "LICENSE", ".news")] == [".txt", ".txt", "", ""]
    assert [walked_kind(name) for name in names] == [True] * 8 + [False] * 4
