"""Rebuild urls.tsv from local mirrors of the repositories below (not run by the tests).

    python tests/data/real-urls-51/collect.py /work/.mirror > tests/data/real-urls-51/urls.tsv
    python tests/data/real-urls-51/collect.py /work/.mirror --count owner/name ...   # tracked URLs per mirror

Corpora 7-9's method and extractor (corpus 49's script) (`utmlint scan`'s, entities decoded, fenced code skipped), over every file of each
mirror's HEAD holding `utm_` that is written in one of the kind's markups (MARKUP: reStructuredText, AsciiDoc, Org,
Textile, RDoc, POD, man pages, wiki markup, Texinfo), each read as `utmlint scan` reads its kind (family_of), a kind
scan has no reader for as plain text. A URL already in ../real-urls ... ../real-urls-50 is dropped, each URL is kept once (first
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
SEED = 51
HERE = Path(__file__).resolve().parent
EARLIER = ("real-urls",) + tuple(f"real-urls-{n}" for n in range(2, 51))
# Test fixtures (example.com, `utm_unknown=foo`), mocks and recorded test data are not anyone's campaign links.
FIXTURE = re.compile(r"(^|/)(tests?|__tests__|androidTest|spec|e2e|fixtures?|testdata|test-assets|__mocks__|mocks?"
                     r"|mockData)/|\.(test|spec|servertest)\.|_test\.go$", re.I)  # and Go's name_test.go
# Xcode's test targets are folders named `<Module>Tests` (woocommerce-ios's NetworkingTests/, YosemiteTests/).
XCODE_TESTS = re.compile(r"(^|/)[A-Z]\w*Tests/")
# The kind of file drawn (corpus 51): documentation written in markup other than Markdown and HTML. reStructuredText
# (Sphinx pages, README.rst), AsciiDoc (Antora sites, README.adoc), Org, Textile, RDoc, POD, troff man pages (`.1` ...
# `.9`, `.man`, `.roff`), MediaWiki and DokuWiki exports, Texinfo.
MARKUP = re.compile(r"\.(rst|rest|adoc|asciidoc|org|textile|rdoc|pod|man|roff|[1-9]|wiki|mediawiki|dokuwiki|creole"
                    r"|texi|texinfo)$", re.I)
# In fetch order (see README.md): every repository counted with at least one URL.
REPOS = """
pymupdf/PyMuPDF urllib3/urllib3 kiwitcms/Kiwi kiwitcms/tcms-api nedbat/coveragepy python-pillow/Pillow jaraco/keyrings.alt
python/importlib_resources jaraco/pip-run dask/dask hazelcast/hz-docs jab/bidict python-jsonschema/jsonschema
rq/rq-scheduler celery/django-celery-results hazelcast/management-center-docs quantopian/qgrid ArtifexSoftware/mupdf
ArtifexSoftware/ghostpdl
""".split()


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
        if not MARKUP.search(path) or FIXTURE.search(path) or XCODE_TESTS.search(path) or SKIPPED_FOLDERS.intersection(path.split("/")[:-1]):
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
