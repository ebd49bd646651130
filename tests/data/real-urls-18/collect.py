"""Rebuild urls.tsv from lines.tsv beside this file (not run by the tests).

    python tests/data/real-urls-18/collect.py > tests/data/real-urls-18/urls.tsv

Corpus 18 was collected without mirrors (the `fetch` tool was gone for session 32, README.md): each file was read from
the stored index (`read_file`, which gives the stored version's commit), and the lines of it holding a tracked URL were
copied into lines.tsv. `line` is the line's number counted in the text read, or 0 where the file was long and the line
was copied out without counting (as corpus 16 did). Each kept line is read on its own with `utmlint scan`'s extractor
(utmlint.scan.extract, by the file's suffix), as corpora 7-17's collect.py read a file. A URL of an earlier corpus
(../real-urls ... ../real-urls-17, where present) is dropped, each URL is kept once (first origin wins, in the order the
files were read), and at most PER_REPO URLs of one repository are kept, drawn at random with a fixed seed. read.tsv
lists every file read, with or without a tracked URL.
"""

from __future__ import annotations

import csv
import os
import random
import sys
from pathlib import Path

from utmlint.scan import extract, family_of

PER_REPO = 8
SEED = 18
HERE = Path(__file__).resolve().parent
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 18))


def earlier_urls() -> set[str]:
    seen = set()
    for name in EARLIER:
        path = HERE.parent / name / "urls.tsv"
        if not path.exists():
            continue
        with open(path, encoding="utf-8", newline="") as handle:
            seen |= {row["url"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    return seen


def main() -> None:
    seen, found = earlier_urls(), {}
    with open(HERE / "lines.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        suffix = os.path.splitext(row["path"])[1]
        for occ in extract((row["text"] + "\n").encode("utf-8"), suffix, family=family_of(suffix) or "plain").occurrences:
            url = occ.url.strip()
            if "utm_" not in url.lower() or not url.lower().startswith(("http://", "https://")) or url in seen or "\t" in url or "\n" in url:
                continue
            seen.add(url)
            found.setdefault(row["repo"], []).append((url, row["repo"], row["path"], row["commit"], row["line"], occ.family))
    sys.stdout.write("url\trepo\tpath\tcommit\tline\tcontext\n")
    for repo, kept in found.items():
        random.Random(f"{SEED}:{repo}").shuffle(kept)
        for out in kept[:PER_REPO]:
            sys.stdout.write("\t".join(out) + "\n")


if __name__ == "__main__":
    main()
