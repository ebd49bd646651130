"""Rebuild urls.tsv from lines.tsv beside this file (not run by the tests).

    python tests/data/real-urls-17/collect.py > tests/data/real-urls-17/urls.tsv

Corpus 17 was collected without mirrors (the `fetch` tool was gone for session 32, see README.md): each file was read
whole from the stored index (`read_file`, which gives the file's commit), and the lines of it holding a tracked URL
were copied into lines.tsv with their line number, counted in the text read. Each file is rebuilt here as its
skeleton (blank lines but the kept ones, at their numbers) and read with `utmlint scan`'s extractor
(utmlint.scan.extract), as corpora 7-15's collect.py read a mirror's file. A URL already in ../real-urls ...
../real-urls-15 is dropped, each URL is kept once (first origin wins, in the order the files were read), and at most
PER_REPO URLs of one repository are kept, drawn at random with a fixed seed. read.tsv lists every file read, with or
without a tracked URL.
"""

from __future__ import annotations

import csv
import os
import random
import sys
from pathlib import Path

from utmlint.scan import extract, family_of

PER_REPO = 8
SEED = 17
HERE = Path(__file__).resolve().parent
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 16))


def earlier_urls() -> set[str]:
    seen = set()
    for name in EARLIER:
        with open(HERE.parent / name / "urls.tsv", encoding="utf-8", newline="") as handle:
            seen |= {row["url"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    return seen


def skeletons() -> list[tuple[str, str, str, str]]:
    """(repo, path, commit, text) of each file read, in lines.tsv's order."""
    files: dict[tuple[str, str, str], dict[int, str]] = {}
    with open(HERE / "lines.tsv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            files.setdefault((row["repo"], row["path"], row["commit"]), {})[int(row["line"])] = row["text"]
    return [(repo, path, commit, "\n".join(lines.get(n, "") for n in range(1, max(lines) + 1)) + "\n")
            for (repo, path, commit), lines in files.items()]


def main() -> None:
    seen, found = earlier_urls(), {}
    for repo, path, commit, text in skeletons():
        suffix = os.path.splitext(path)[1]
        for occ in extract(text.encode("utf-8"), suffix, family=family_of(suffix) or "plain").occurrences:
            url = occ.url.strip()
            if "utm_" not in url.lower() or url.startswith("...") or url in seen or "\t" in url or "\n" in url:
                continue
            seen.add(url)
            found.setdefault(repo, []).append((url, repo, path, commit, str(occ.line), occ.family))
    sys.stdout.write("url\trepo\tpath\tcommit\tline\tcontext\n")
    for repo, rows in found.items():
        random.Random(f"{SEED}:{repo}").shuffle(rows)
        for row in rows[:PER_REPO]:
            sys.stdout.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main()
