"""Rebuild urls.tsv from local mirrors of public repositories (not run by the tests).

    python tests/data/real-urls/collect.py /work/.mirror > tests/data/real-urls/urls.tsv

Every file of each mirror's HEAD that holds `utm_` is read with `utmlint scan`'s extractor (so URLs are
taken as a reader sees them: Markdown and HTML entities decoded, fenced code blocks skipped), each URL
carrying a `utm_` key (any case) is kept once (first origin wins), and at most PER_REPO URLs of one
repository are kept, drawn at random with a fixed seed, so one generated docs site cannot drown the rest.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys

from utmlint.scan import extract, family_of

PER_REPO = 60
SEED = 12


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=False).stdout


def main(mirror_root: str) -> None:
    rows, seen = [], set()
    for name in sorted(os.listdir(mirror_root)):
        repo = os.path.join(mirror_root, name, "repo")
        if not os.path.isdir(repo):
            continue
        owner_repo = name.replace("+", "/", 1)
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        paths = git(repo, "grep", "-I", "-i", "-l", "utm_", "HEAD").decode("utf-8", "replace").splitlines()
        found = []
        for entry in paths:
            path = entry.split(":", 1)[1]
            suffix = os.path.splitext(path)[1]
            raw = git(repo, "show", f"HEAD:{path}")
            result = extract(raw, suffix, family=family_of(suffix) or "plain")
            for occ in result.occurrences:
                url = occ.url.strip()
                if "utm_" not in url.lower() or url in seen or "\t" in url or "\n" in url:
                    continue
                seen.add(url)
                found.append((url, owner_repo, path, commit, occ.family))
        random.Random(f"{SEED}:{owner_repo}").shuffle(found)
        for row in found[:PER_REPO]:
            rows.append(row)
        for row in found[PER_REPO:]:
            seen.discard(row[0])
    sys.stdout.write("url\trepo\tpath\tcommit\tcontext\n")
    for row in rows:
        sys.stdout.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
