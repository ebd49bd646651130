"""Draw the second labeller's sample: 40 URLs from each of corpora 4, 5 and 6 (seeded, reproducible).

Stratified by whether utmlint reports anything on the URL (validate_url as labelled_corpus.judge calls it), so that
more than half of the sample has a finding to give a verdict on: 24 URLs drawn from those with a finding, 16 from
those without. Nothing of the corpora's labels.tsv is read. Writes sample.tsv (the URL and its origin only, in the
drawn order, strata mixed) and strata.tsv (which stratum each URL came from: kept apart so that the blind labeller
does not see it). The strata depend on utmlint's code: the sample committed here was drawn on main at 432d5ec;
rerun on that commit to reproduce it:  python tests/data/label-agreement/draw.py
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent
sys.path.insert(0, str(HERE.parents[2]))

from utmlint.scan.manifest import is_manifest  # noqa: E402
from utmlint.validate_url import validate_url  # noqa: E402

CORPORA = ("real-urls-4", "real-urls-5", "real-urls-6")
WITH_FINDING, WITHOUT_FINDING = 24, 16
SEED = 20261130


def read_tsv(path: Path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def has_finding(row: dict) -> bool:
    result = validate_url(row["url"], entry_point=is_manifest(row["path"]), repo=row["repo"], path=row["path"])
    return bool(result.findings)


def main() -> None:
    sample, strata = [], []
    for corpus in CORPORA:
        rows = read_tsv(DATA / corpus / "urls.tsv")
        for number, row in enumerate(rows, 1):
            row["n"] = str(number)  # the corpus's `#n` (the row's place in urls.tsv)
        flagged = [row for row in rows if has_finding(row)]
        quiet = [row for row in rows if not has_finding(row)]
        rng = random.Random(f"{SEED}-{corpus}")
        drawn = [(row, "finding") for row in rng.sample(flagged, WITH_FINDING)]
        drawn += [(row, "none") for row in rng.sample(quiet, WITHOUT_FINDING)]
        rng.shuffle(drawn)
        for row, stratum in drawn:
            sample.append({"corpus": corpus, **{k: row[k] for k in ("n", "url", "repo", "path", "commit", "line", "context")}})
            strata.append({"corpus": corpus, "n": row["n"], "stratum": stratum,
                           "stratum_size": str(len(flagged) if stratum == "finding" else len(quiet))})
    for name, table in (("sample.tsv", sample), ("strata.tsv", strata)):
        with open(HERE / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(table[0]), delimiter="\t", quoting=csv.QUOTE_NONE,
                                    lineterminator="\n", escapechar="\\")
            writer.writeheader()
            writer.writerows(table)


if __name__ == "__main__":
    main()
