"""Draw the second labeller's sample of corpora 7, 8 and 9 (session 28): 40 URLs from each, seeded, reproducible.

draw.py's method (corpora 4-6), with the judge's context of today: validate_url is called as
labelled_corpus.judge calls it now (repo, path, manifest entry point, the file's other URLs, vendored library
folders, whether the URL sits in a code comment; a file scan never reads gives nothing), without reading any of the
corpora's labels.tsv. Stratified by whether it reports anything on the URL: 24 URLs drawn from those with a finding,
16 from those without. Writes corpora-7-9/sample.tsv (the URL, its `#n` and origin, in the drawn order, strata
mixed) and corpora-7-9/strata.tsv (the stratum of each: kept apart so that the blind labeller does not see it).
With `--messages` it writes corpora-7-9/messages.tsv instead (every finding on the sampled URLs, for the verdict
step, which comes after the blind labels are committed). The strata and messages depend on utmlint's code: the
sample committed here was drawn on main at 78fe3d4; rerun there to reproduce it:
    python tests/data/label-agreement/draw_7_9.py [--messages]
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path
from typing import Dict, List

HERE = Path(__file__).resolve().parent
OUT = HERE / "corpora-7-9"
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from utmlint.scan.files import generated  # noqa: E402
from utmlint.scan.manifest import is_manifest  # noqa: E402
from utmlint.validate_url import validate_url  # noqa: E402

CORPORA = ("real-urls-7", "real-urls-8", "real-urls-9")
WITH_FINDING, WITHOUT_FINDING = 24, 16
SEED = 20261130


def read_tsv(path: Path) -> List[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def write_tsv(path: Path, table: List[dict]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(table[0]), delimiter="\t", quoting=csv.QUOTE_NONE,
                                lineterminator="\n", escapechar="\\")
        writer.writeheader()
        writer.writerows(table)


def corpus_findings(corpus: str) -> Dict[str, Dict[str, List[str]]]:
    """n -> rule -> messages, for every URL of the corpus, with the file context labelled_corpus.judge gives."""
    rows = read_tsv(DATA / corpus / "urls.tsv")
    by_file: Dict[tuple, List[str]] = {}
    for row in rows:
        by_file.setdefault((row["repo"], row["path"]), []).append(row["url"])
    libraries: Dict[tuple, List[str]] = {}
    for row in read_tsv(DATA / "vendored-libraries.tsv"):
        libraries.setdefault((row["repo"], row["commit"]), []).append(row["folder"])
    commented = {(row["repo"], row["path"], row["url"]) for row in read_tsv(DATA / "comment-rows.tsv")}
    out = {}
    for number, row in enumerate(rows, 1):
        by_rule: Dict[str, List[str]] = {}
        if not generated(row["path"]):
            result = validate_url(row["url"], entry_point=is_manifest(row["path"]), repo=row["repo"],
                                  path=row["path"], file_urls=tuple(by_file[(row["repo"], row["path"])]),
                                  libraries=tuple(libraries.get((row["repo"], row["commit"]), ())),
                                  in_comment=(row["repo"], row["path"], row["url"]) in commented)
            for finding in result.findings:
                by_rule.setdefault(finding.name, []).append(finding.message)
        out[str(number)] = by_rule
    return out


def draw() -> None:
    sample, strata = [], []
    for corpus in CORPORA:
        rows = read_tsv(DATA / corpus / "urls.tsv")
        for number, row in enumerate(rows, 1):
            row["n"] = str(number)  # the corpus's `#n` (the row's place in urls.tsv)
        found = corpus_findings(corpus)
        flagged = [row for row in rows if found[row["n"]]]
        quiet = [row for row in rows if not found[row["n"]]]
        rng = random.Random(f"{SEED}-{corpus}")
        drawn = [(row, "finding") for row in rng.sample(flagged, WITH_FINDING)]
        drawn += [(row, "none") for row in rng.sample(quiet, WITHOUT_FINDING)]
        rng.shuffle(drawn)
        for row, stratum in drawn:
            sample.append({"corpus": corpus, **{k: row[k] for k in ("n", "url", "repo", "path", "commit", "line", "context")}})
            strata.append({"corpus": corpus, "n": row["n"], "stratum": stratum,
                           "stratum_size": str(len(flagged) if stratum == "finding" else len(quiet))})
    write_tsv(OUT / "sample.tsv", sample)
    write_tsv(OUT / "strata.tsv", strata)


def messages() -> None:
    sample = read_tsv(OUT / "sample.tsv")
    table = []
    for corpus in CORPORA:
        found = corpus_findings(corpus)
        for row in (r for r in sample if r["corpus"] == corpus):
            for rule, said in sorted(found[row["n"]].items()):
                table.append({"corpus": corpus, "n": row["n"], "rule": rule, "messages": " | ".join(said)})
    write_tsv(OUT / "messages.tsv", table)


if __name__ == "__main__":
    messages() if "--messages" in sys.argv[1:] else draw()
