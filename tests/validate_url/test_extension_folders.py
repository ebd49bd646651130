"""tests/data/extension-folders.tsv: the folders of a browser extension's manifest.json (declaring `manifest_version`),
below which the corpus judge reads a relative link as scan does (scan.extension: judged as a way into the extension's
site, never as an internal link): the Relay add-on's `src/` (corpus 5 #132 #137)."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import file_facts  # noqa: E402
from labelled_corpus import read_tsv  # noqa: E402

DATA = HERE.parent / "data"


def test_the_folder_is_the_nearest_manifest_declaring_manifest_version():
    files = {"src/manifest.json": '{\n  "manifest_version": 2,\n  "name": "Relay"\n}\n',
             "site/manifest.json": '{"name": "a web app", "start_url": "/"}\n'}

    def read(folder, name):
        return files.get(f"{folder}/{name}" if folder else name, "")

    assert file_facts.extension_folder(read, "src/js/popup/popup.js") == "src"
    assert file_facts.extension_folder(read, "src/popup.html") == "src"
    assert file_facts.extension_folder(read, "site/composer.js") is None  # a web app's manifest: no extension
    assert file_facts.extension_folder(read, "README.md") is None


def test_every_folder_is_a_corpus_rows_repository_and_commit():
    rows = {(row["repo"], row["commit"]) for folder in DATA.glob("real-urls*") for row in read_tsv(folder / "urls.tsv")}
    folders = read_tsv(DATA / "extension-folders.tsv")
    assert ("mozilla/fx-private-relay-add-on", "4e86761189aef430492c4f2d5b21bc660052ae87", "src") in {
        (row["repo"], row["commit"], row["folder"]) for row in folders}
    assert all((row["repo"], row["commit"]) in rows for row in folders)
