"""Rebuild urls.tsv from read.tsv (not run by the tests).

    python tests/data/real-urls-16/collect.py > tests/data/real-urls-16/urls.tsv

Corpus 16 was not read from mirrors: `fetch` was lost for the session at 16:25 UTC (README.md), so each file was read
through the index's `read_file` (one stored version of one file, with its commit) and its tracked URLs were extracted
with `utmlint.scan.extract` (scan's extractor, entities decoded), in the order the files were read. read.tsv keeps every
tracked URL so read, with its origin: `line` is the line of the occurrence when the file's opening was kept up to past
the URL, and 0 when only the lines holding tracked URLs were copied out of the read text (the line was not counted).

The draw is corpora 7-15's: each URL once (first origin wins, in read order), URLs of the earlier corpora dropped, and at
most PER_REPO URLs of one repository, drawn at random with a fixed seed.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

PER_REPO = 8
SEED = 16
HERE = Path(__file__).resolve().parent
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5", "real-urls-6", "real-urls-7",
           "real-urls-8", "real-urls-9", "real-urls-10", "real-urls-11", "real-urls-12", "real-urls-13",
           "real-urls-14", "real-urls-15")
COLUMNS = ("url", "repo", "path", "commit", "line", "context")


def read(path: Path) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def main() -> None:
    seen = {row["url"] for name in EARLIER for row in read(HERE.parent / name / "urls.tsv")}
    by_repo: dict[str, list[dict]] = {}
    for row in read(HERE / "read.tsv"):
        if row["url"] in seen:
            continue
        seen.add(row["url"])
        by_repo.setdefault(row["repo"], []).append(row)
    sys.stdout.write("\t".join(COLUMNS) + "\n")
    for repo, found in by_repo.items():
        random.Random(f"{SEED}:{repo}").shuffle(found)
        for row in found[:PER_REPO]:
            sys.stdout.write("\t".join(row[name] for name in COLUMNS) + "\n")


if __name__ == "__main__":
    main()
