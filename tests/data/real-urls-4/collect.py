"""Rebuild urls.tsv from local mirrors of the repositories below (not run by the tests).

    python tests/data/real-urls-4/collect.py /work/.mirror > tests/data/real-urls-4/urls.tsv

The same extractor as the earlier corpora (`utmlint scan`'s: entities decoded, fenced code skipped), over every
file of each mirror's HEAD holding `utm_`. A URL already in ../real-urls, ../real-urls-2 or ../real-urls-3 is
dropped, each URL is kept once (first origin wins), and at most PER_REPO URLs of one repository are kept, drawn at
random with a fixed seed, so no repository passes 15% of the corpus. Files of test suites (FIXTURE) and URLs elided
in prose (`...utm_source=`) are left out. The line of the first occurrence is kept with the origin.
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

PER_REPO = 10
SEED = 4
HERE = Path(__file__).resolve().parent
# Test fixtures (example.com, `utm_unknown=foo`) are not anyone's campaign links.
FIXTURE = re.compile(r"(^|/)(tests?|__tests__|spec|e2e|fixtures?)/|\.(test|spec|servertest)\.", re.I)
REPOS = """
coollabsio/coolify clerk/javascript wpeverest/everest-forms easydigitaldownloads/easy-digital-downloads
awesomemotive/wp-simple-pay-lite pnpm/pnpm Strategy11/formidable-forms syntaxfm/website impress-org/givewp
awesomemotive/all-in-one-seo-pack awesomemotive/wp-mail-smtp biomejs/biome iOS-Goodies/iOS-Goodies
browser-use/browser-use rust-lang/this-week-in-rust mixpanel/docs Codeinwp/neve remoteintech/remote-jobs
agno-agi/agno mautic/mautic Codeinwp/feedzy-rss-feeds mermaid-js/mermaid the-events-calendar/the-events-calendar
gohugoio/hugo brainstormforce/astra crewAIInc/crewAI kentcdodds/kentcdodds.com logto-io/logto
louislam/uptime-kuma Mintplex-Labs/anything-llm lukevella/rallly midday-ai/midday excalidraw/excalidraw
getsentry/sentry-python medusajs/medusa sindresorhus/got gitroomhq/postiz-app Kong/insomnia
""".split()


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=False).stdout


def earlier_urls() -> set[str]:
    seen = set()
    for name in ("real-urls", "real-urls-2", "real-urls-3"):
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
                found.append((url, owner_repo, path, commit, str(occ.line), occ.family))
        random.Random(f"{SEED}:{owner_repo}").shuffle(found)
        rows.extend(found[:PER_REPO])
        for row in found[PER_REPO:]:
            seen.discard(row[0])
    sys.stdout.write("url\trepo\tpath\tcommit\tline\tcontext\n")
    for row in rows:
        sys.stdout.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
