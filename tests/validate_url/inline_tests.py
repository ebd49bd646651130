"""Write tests/data/inline-test-rows.tsv: the corpus rows whose link scan reads inside a test's code in a file that is no
test file (a Rust file's `#[cfg(test)] mod tests { ... }`: scan.files.in_test_code), read from each row's file text with
scan's own functions, for the corpus judge (labelled_corpus.judge), which has no file text and passes the reading to
validate_url as `test_code`.

Columns: repo, commit, path, line (the row's), url (the row's), at (the line of the file scan reads the link on),
module (the line the test module's `#[cfg(test)]` opens on), read (`mirror:<commit read>`). Only files of a kind
in_test_code reads (`.rs`) are read. The text is the row's file at its commit in a local mirror (else its HEAD: a
snapshot may be newer; nothing from it is run: only `git cat-file` and `git show`), extracted as scan extracts it, the
row's link the occurrence nearest the row's line (placement_rows.reading's way). Rows of an earlier run whose mirror
is gone are kept (file_facts' rule: a fact is never dropped because a mirror went away); a row read again is written
as read now (a row whose link is no longer inside a module is dropped).

    python tests/validate_url/inline_tests.py [--mirrors /work/.mirror]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
sys.path.insert(0, str(HERE.parents[1]))
sys.path.insert(0, str(HERE))

from utmlint.scan import extract, kind_suffix  # noqa: E402
from utmlint.scan.files import rust_test_spans  # noqa: E402
from placement_rows import _unescaped, raw_texts, read_tsv  # noqa: E402

OUT = DATA / "inline-test-rows.tsv"
HEADER = ["repo", "commit", "path", "line", "url", "at", "module", "read"]
SUFFIXES = (".rs",)


def reading(row: dict, raw: bytes):
    """(the line scan reads the row's link on, the line its test module opens on), or None: the link is read nowhere
    in the text, or outside every test module."""
    extracted = extract(raw, kind_suffix(Path(row["path"]).name).lower())
    if extracted is None or extracted.text is None:
        return None
    wanted = {row["url"], _unescaped(row["url"])}
    found = [o for o in extracted.occurrences if o.url in wanted]
    if not found:
        return None
    line = int(row["line"]) if row.get("line", "").isdigit() else 0
    at = min(found, key=lambda o: (abs(o.line - line) if line else 0, o.line))
    for begin, end in rust_test_spans(extracted.text):
        if begin <= at.start < end:
            return at.line, extracted.text.count("\n", 0, begin) + 1
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    kept = {(r["repo"], r["commit"], r["path"], r["url"]): [r[h] for h in HEADER] for r in read_tsv(OUT)} \
        if OUT.exists() else {}
    out, read, found = dict(kept), 0, 0
    for folder in sorted(DATA.glob("real-urls-*"), key=lambda p: int(p.name.rpartition("-")[2])):
        for row in read_tsv(folder / "urls.tsv"):
            if not row["path"].lower().endswith(SUFFIXES):
                continue
            key = (row["repo"], row.get("commit", ""), row["path"], row["url"])
            texts = raw_texts(row, folder, args.mirrors, None)
            if not texts:
                continue  # no text at hand: an earlier run's row, if any, is kept
            read += 1
            out.pop(key, None)
            for raw, source in texts:
                got = reading(row, raw)
                if got is not None:
                    found += 1
                    out[key] = [row["repo"], row.get("commit", ""), row["path"], row.get("line", ""), row["url"],
                                str(got[0]), str(got[1]), source]
                    break
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(HEADER) + "\n")
        for key in sorted(out):
            handle.write("\t".join(out[key]) + "\n")
    print(f"rows of a kind read {read}, inside a test module {found}, kept from an earlier run {len(out) - found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
