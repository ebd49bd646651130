"""Rebuild urls.tsv from local mirrors of the repositories below (not run by the tests).

    python tests/data/real-urls-6/collect.py /work/.mirror > tests/data/real-urls-6/urls.tsv

Corpus 5's method (and extractor: `utmlint scan`'s, entities decoded, fenced code skipped), over every file of each
mirror's HEAD holding `utm_`. A URL already in ../real-urls ... ../real-urls-5 is dropped, each URL is kept once (first
origin wins, so an original repository listed before the ones that vendor its README keeps its own link), and at most
PER_REPO URLs of one repository are kept, drawn at random with a fixed seed. Files of test suites, mocks and test data
(FIXTURE), files in the folders `utmlint scan` itself never walks (vendored code, node_modules, build output:
utmlint.scan.files.SKIPPED_FOLDERS) and URLs elided in prose (`...utm_source=`) are left out. The line of the first
occurrence is kept with the origin.
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
from utmlint.scan.files import SKIPPED_FOLDERS

PER_REPO = 10
SEED = 6
HERE = Path(__file__).resolve().parent
EARLIER = ("real-urls", "real-urls-2", "real-urls-3", "real-urls-4", "real-urls-5")
# Test fixtures (example.com, `utm_unknown=foo`), mocks and recorded test data are not anyone's campaign links.
FIXTURE = re.compile(r"(^|/)(tests?|__tests__|androidTest|spec|e2e|fixtures?|testdata|test-assets|__mocks__|mocks?"
                     r"|mockData)/|\.(test|spec|servertest)\.", re.I)
# Kind of sender first (see README.md); originals before the repositories that vendor their files.
REPOS = """
guzzle/guzzle PHPMailer/PHPMailer
wpeverest/user-registration WPChill/modula-lite WPChill/download-monitor WPChill/strong-testimonials
Automattic/sensei Automattic/wp-super-cache Codeinwp/otter-blocks Codeinwp/optimole-wp Codeinwp/visualizer
woocommerce/google-listings-and-ads opencart/opencart Sylius/Sylius saleor/saleor
akaunting/akaunting invoiceninja/invoiceninja kimai/kimai
bitwarden/server tutao/tutanota
kestra-io/kestra highlight/highlight openstatusHQ/openstatus teableio/teable
FlowiseAI/Flowise ChatGPTNextWeb/NextChat Bin-Huang/chatbox balena-io/etcher logseq/logseq TriliumNext/Notes
laurent22/joplin localsend/localsend AdguardTeam/AdGuardHome gethomepage/homepage Lissy93/dashy
getsentry/sentry-javascript PostHog/posthog-js pypi/warehouse nodejs/nodejs.org jekyll/jekyll bigskysoftware/htmx
PrefectHQ/prefect Lightning-AI/pytorch-lightning ultralytics/yolov5 explodinggradients/ragas assafelovic/gpt-researcher
AykutSarac/jsoncrack.com CapSoftware/Cap phpstan/phpstan
atuinsh/atuin jesseduffield/lazydocker JanDeDobbeleer/oh-my-posh dandavison/delta
creativetimofficial/material-dashboard themesberg/volt-bootstrap-5-dashboard ColorlibHQ/AdminLTE
GoogleCloudPlatform/generative-ai comet-ml/comet-examples huggingface/cookbook mongodb-developer/GenAI-Showcase
mistralai/cookbook aws-samples/amazon-bedrock-workshop anthropics/anthropic-cookbook weaviate/recipes mlabonne/llm-course
DataTalksClub/data-engineering-zoomcamp DataTalksClub/machine-learning-zoomcamp MichaelCade/90DaysOfDevOps
dair-ai/Prompt-Engineering-Guide yangshun/front-end-interview-handbook SwiftWeekly/swiftweekly.github.io
Solido/awesome-flutter KotlinBy/awesome-kotlin quozd/awesome-dotnet academic/awesome-datascience
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
            if FIXTURE.search(path) or SKIPPED_FOLDERS.intersection(path.split("/")[:-1]):
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
