"""Rebuild urls.tsv from local mirrors of the repositories below (not run by the tests).

    python tests/data/real-urls-3/collect.py /work/.mirror > tests/data/real-urls-3/urls.tsv

The same extractor as ../real-urls/collect.py (`utmlint scan`'s: entities decoded, fenced code skipped),
over every file of each mirror's HEAD holding `utm_`. A URL already in ../real-urls or ../real-urls-2 is
dropped, each URL is kept once (first origin wins), and at most PER_REPO URLs of one repository are kept,
drawn at random with a fixed seed, so no repository passes 15% of the corpus. Files of test suites
(FIXTURE) and URLs elided in prose (`...utm_source=`) are left out.
"""

from __future__ import annotations

import csv
import os
import random
import re
import subprocess
import sys
from pathlib import Path

from utmlint.scan import extract, family_of

PER_REPO = 24
SEED = 3
HERE = Path(__file__).resolve().parent
# Test fixtures (example.com, `utm_unknown=foo`, `ignored_source`) are not anyone's campaign links.
FIXTURE = re.compile(r"(^|/)(tests?|__tests__|spec|e2e|fixtures?)/|\.(test|spec|servertest)\.")
REPOS = """
Munnin-aen-Huggin/contentkit-ai cyberkingz/dailyhush-magazine pixelverse-studios/360-degree-care
dubinc/dub formbricks/formbricks documenso/documenso umami-software/umami growthbook/growthbook
SigNoz/signoz mindsdb/mindsdb meilisearch/meilisearch medusajs/medusa appwrite/appwrite usebruno/bruno
triggerdotdev/trigger.dev plausible/docs fastapi/fastapi encode/django-rest-framework celery/celery
httpie/cli reflex-dev/reflex jesseduffield/lazygit ajeetdsouza/zoxide sindresorhus/got
jwasham/coding-interview-university practical-tutorials/project-based-learning
LisaDziuba/Marketing-for-Engineers langfuse/langfuse mem0ai/mem0 chroma-core/chroma openreplay/openreplay
""".split()


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=False).stdout


def earlier_urls() -> set[str]:
    seen = set()
    for name in ("real-urls", "real-urls-2"):
        with open(HERE.parent / name / "urls.tsv", encoding="utf-8", newline="") as handle:
            seen |= {row["url"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    return seen


def main(mirror_root: str) -> None:
    rows, seen = [], earlier_urls()
    for owner_repo in REPOS:
        repo = os.path.join(mirror_root, owner_repo.replace("/", "+", 1), "repo")
        commit = git(repo, "rev-parse", "HEAD").decode().strip()
        paths = git(repo, "grep", "-I", "-i", "-l", "utm_", "HEAD").decode("utf-8", "replace").splitlines()
        found = []
        for entry in sorted(paths):
            path = entry.split(":", 1)[1]
            if FIXTURE.search(path):
                continue
            suffix = os.path.splitext(path)[1]
            raw = git(repo, "show", f"HEAD:{path}")
            result = extract(raw, suffix, family=family_of(suffix) or "plain")
            for occ in result.occurrences:
                url = occ.url.strip()
                if "utm_" not in url.lower() or url.startswith("...") or url in seen or "\t" in url or "\n" in url:
                    continue
                seen.add(url)
                found.append((url, owner_repo, path, commit, occ.family))
        random.Random(f"{SEED}:{owner_repo}").shuffle(found)
        rows.extend(found[:PER_REPO])
        for row in found[PER_REPO:]:
            seen.discard(row[0])
    sys.stdout.write("url\trepo\tpath\tcommit\tcontext\n")
    for row in rows:
        sys.stdout.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
