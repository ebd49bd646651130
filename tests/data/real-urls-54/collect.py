"""Rebuild urls.tsv from local mirrors of the repositories below (not run by the tests).

    python tests/data/real-urls-54/collect.py /work/.mirror > tests/data/real-urls-54/urls.tsv
    python tests/data/real-urls-54/collect.py /work/.mirror --count owner/name ...   # tracked URLs per mirror

Corpora 7-9's method and extractor (`utmlint scan`'s, entities decoded, fenced code skipped), over every file of each
mirror's HEAD holding `utm_`. A URL already in ../real-urls ... ../real-urls-53 is dropped, each URL is kept once (first
origin wins, so an original repository listed before the ones that copy its files keeps its own link), and at most
PER_REPO URLs of one repository are kept, drawn at random with a fixed seed. Files of test suites, mocks and test data
(FIXTURE), files in the folders `utmlint scan` itself never walks (vendored code, node_modules, build output:
utmlint.scan.files.SKIPPED_FOLDERS) and URLs elided in prose (`...utm_source=`) are left out. The line of the first
occurrence is kept with the origin. `--count` was run on every mirror tried, and every repository with at least one
URL was kept, before any of its links was read.
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

PER_REPO = 8
SEED = 54
HERE = Path(__file__).resolve().parent
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 54))
# Test fixtures (example.com, `utm_unknown=foo`), mocks and recorded test data are not anyone's campaign links.
FIXTURE = re.compile(r"(^|/)(tests?|__tests__|androidTest|spec|e2e|fixtures?|testdata|test-assets|__mocks__|mocks?"
                     r"|mockData)/|\.(test|spec|servertest)\.|_test\.go$", re.I)  # and Go's name_test.go
# Xcode's test targets are folders named `<Module>Tests` (woocommerce-ios's NetworkingTests/, YosemiteTests/).
XCODE_TESTS = re.compile(r"(^|/)[A-Z]\w*Tests/")
# In fetch order (see README.md): every repository counted with at least one URL in a file of the kind, and the files of
# the kind in it (KIND: a path pattern per repository): deployment, infrastructure and packaging files: a Helm chart's
# README and templates, a Terraform module's README, an Ansible role's README, a container image's Docker Hub page,
# one-click deploy templates and their install guides, a server image's login banner. A tracked URL elsewhere in the
# repository (its code, its site) is not drawn: the corpus measures this kind of file.
KIND = {
    "FairwindsOps/charts": r"^README\.md$",
    "FairwindsOps/terraform-gke": r"^README\.md$",
    "FairwindsOps/terraform-gcp-vpc-native": r"^README\.md$",
    "FairwindsOps/terraform-bastion": r"^README\.md$",
    "FairwindsOps/terraform-vpc": r"^README\.md$",
    "FairwindsOps/azure-terraform-modules": r"^README\.md$",
    "OPC-Router/helm-charts": r"^README\.md$",
    "OPC-Router/helm-sample-project": r"^README\.md$",
    "OPC-Router/opc-ua-umati-mssql-grafana": r"^README\.md$",
    "systempromptio/systemprompt-template": r"^(deploy/|docs/install/)",
    "systempromptio/systemprompt-deploy": r"^docs/install/",
    "p2-inc/helm-charts": r"^README\.md$",
    "nickjj/ansible-docker": r"^README\.md$",
    "deinfreu/hytale-server-container": r"^(DOCKERHUB|README)\.md$",
    "cloudposse/terraform-aws-eks-cluster": r"^README\.md$",
    "cloudposse/terraform-aws-vpc": r"^README\.md$",
    "cloudposse/terraform-aws-ecr": r"^README\.md$",
    "digitalocean/marketplace-kubernetes": r"^stacks/[^/]+/README\.md$",
    "phpcollab/docker": r"^(README\.md|docs/)",
    "cloudposse/terraform-aws-helm-release": r"^README\.md$",
    "cloudposse/terraform-aws-rds-cluster": r"^README\.md$",
    "cloudposse/terraform-aws-s3-bucket": r"^README\.md$",
}
REPOS = list(KIND)


def git(repo: str, *args: str) -> bytes:
    return subprocess.run(["git", "-C", repo, *args], capture_output=True, check=False).stdout


def earlier_urls() -> set[str]:
    seen = set()
    for name in EARLIER:
        if not (HERE.parent / name / "urls.tsv").exists():
            continue
        with open(HERE.parent / name / "urls.tsv", encoding="utf-8", newline="") as handle:
            seen |= {row["url"] for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)}
    return seen


def git_dir(mirror_root: str, owner_repo: str) -> str:
    repo = os.path.join(mirror_root, owner_repo.replace("/", "+", 1), "repo")
    return os.path.join(repo, ".git") if os.path.isdir(os.path.join(repo, ".git")) else repo


def tracked(mirror_root: str, owner_repo: str, seen: set[str]) -> list[tuple[str, ...]]:
    """Every tracked URL of one mirror's HEAD not in `seen`, in file order (each added to `seen`)."""
    repo = git_dir(mirror_root, owner_repo)
    commit = git(repo, "rev-parse", "HEAD").decode().strip()
    paths = git(repo, "grep", "-I", "-i", "-l", "utm_", "HEAD").decode("utf-8", "replace").splitlines()
    found = []
    for entry in sorted(paths):
        path = entry.split(":", 1)[1]
        if FIXTURE.search(path) or XCODE_TESTS.search(path) or SKIPPED_FOLDERS.intersection(path.split("/")[:-1]):
            continue
        if owner_repo in KIND and not re.search(KIND[owner_repo], path):
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
    return found


def count(mirror_root: str, names: list[str]) -> None:
    seen = earlier_urls()
    for owner_repo in names:
        print(len(tracked(mirror_root, owner_repo, set(seen))), owner_repo, flush=True)


def main(mirror_root: str) -> None:
    rows, seen = [], earlier_urls()
    for owner_repo in REPOS:
        found = tracked(mirror_root, owner_repo, seen)
        random.Random(f"{SEED}:{owner_repo}").shuffle(found)
        rows.extend(found[:PER_REPO])
        for row in found[PER_REPO:]:
            seen.discard(row[0])
    sys.stdout.write("url\trepo\tpath\tcommit\tline\tcontext\n")
    for row in rows:
        sys.stdout.write("\t".join(row) + "\n")


if __name__ == "__main__":
    if sys.argv[2:3] == ["--count"]:
        count(sys.argv[1], sys.argv[3:])
    else:
        main(sys.argv[1])
