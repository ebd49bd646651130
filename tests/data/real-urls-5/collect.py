"""Rebuild urls.tsv from local mirrors of the repositories below (not run by the tests).

    python tests/data/real-urls-5/collect.py /work/.mirror > tests/data/real-urls-5/urls.tsv

Corpus 4's method: the same extractor as the earlier corpora (`utmlint scan`'s: entities decoded, fenced code
skipped), over every file of each mirror's HEAD holding `utm_`. A URL already in ../real-urls, ../real-urls-2,
../real-urls-3 or ../real-urls-4 is dropped, each URL is kept once (first origin wins), and at most PER_REPO URLs of
one repository are kept, drawn at random with a fixed seed. Files of test suites, mocks and test data (FIXTURE) and
URLs elided in prose (`...utm_source=`) are left out. The line of the first occurrence is kept with the origin.
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
SEED = 5
HERE = Path(__file__).resolve().parent
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4")
# Test fixtures (example.com, `utm_unknown=foo`), mocks and recorded test data are not anyone's campaign links.
FIXTURE = re.compile(r"(^|/)(tests?|__tests__|androidTest|spec|e2e|fixtures?|testdata|test-assets|__mocks__|mocks?"
                     r"|mockData)/|\.(test|spec|servertest)\.", re.I)
REPOS = """
mozilla/fx-private-relay mozilla/blurts-server mailpoet/mailpoet goabstract/Awesome-Design-Tools
ai-collection/ai-collection e2b-dev/awesome-ai-agents lukasz-madon/awesome-remote-job ghostery/ghostery-extension
nvm-sh/nvm baptisteArno/typebot.io hebcal/hebcal-web mahseema/awesome-ai-tools chris-short/devopsish.com
hebcal/dotcom usememos/memos colinhacks/zod nextauthjs/next-auth pinecone-io/examples
mozilla/multi-account-containers mfts/papermark JhumanJ/OpnForm TanStack/query mozilla/fx-private-relay-add-on
netdata/netdata filamentphp/filament sanity-io/sanity portainer/portainer trpc/trpc NirDiamant/RAG_Techniques
GoogleChrome/lighthouse ikaijua/Awesome-AITools NirDiamant/GenAI_Agents Shubhamsaboo/awesome-llm-apps
wikimedia/apps-android-wikipedia leonardoventurini/meteor-devtools-evolved bufferapp/buffer-publish
bufferapp/buffer-extension-shared confident-ai/deepeval Arize-ai/phoenix elastic/elasticsearch-labs
Portkey-AI/gateway vuetifyjs/vuetify themesberg/flowbite gristlabs/grist-core usewaypoint/email-builder-js
rclone/rclone SwiftOldDriver/iOS-Weekly slorber/this-week-in-react svelte-society/this-week-in-svelte
hadronized/this-week-in-neovim-contents thunderbird/thunderbird-android thunderbird/thunderbird-website
mozilla-mobile/mozilla-vpn-client mozilla/kitsune nextcloud/android woocommerce/storefront elementor/hello-theme
eslint/eslint withastro/astro webpack/webpack gitkraken/vscode-gitlens continuedev/continue cline/cline
RooCodeInc/Roo-Code
""".split()


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=False).stdout


def earlier_urls() -> set[str]:
    seen = set()
    for name in EARLIER:
        with open(HERE.parent / name / "urls.tsv", encoding="utf-8", newline="") as handle:
            seen |= {row["url"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    return seen


def main(mirror_root: str) -> None:
    rows, seen = [], earlier_urls()
    for owner_repo in REPOS:
        repo = os.path.join(mirror_root, owner_repo.replace("/", "+", 1), "repo")
        if os.path.isdir(os.path.join(repo, ".git")):
            repo = os.path.join(repo, ".git")
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
