"""Draw the second labeller's sample of corpus 13 (session 31): 70 URLs, seeded, reproducible.

draw_12.py's method (draw_7_9.py's, on one corpus), with 70 URLs: validate_url called as labelled_corpus.judge
calls it (repo, path, manifest entry point, the file's other URLs, vendored library folders, whether the URL sits in
a code comment; a file scan never reads gives nothing), without reading corpus 13's labels.tsv. Stratified by whether
it reports anything on the URL: 42 URLs drawn from those with a finding, 28 from those without, with
random.Random("20261130-real-urls-13"): `sample` of each stratum in urls.tsv order, then one shuffle of the 70.
Writes corpus-13/sample.tsv (the URL, its `#n` and origin, in the drawn order, strata mixed) and corpus-13/strata.tsv
(the stratum of each: kept apart so that the blind labeller does not see it). With `--messages` it writes
corpus-13/messages.tsv instead (every finding on the sampled URLs, with the judge's whole context: judged_findings,
for the verdict step, which comes after the blind labels are committed). The strata and messages depend on utmlint's code: the sample committed here was drawn on main
at 405fa7c; rerun there to reproduce it:
    python tests/data/label-agreement/draw_13.py [--messages]
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from draw_7_9 import DATA, SEED, corpus_findings, read_tsv  # noqa: E402
from draw_12 import write_tsv  # noqa: E402

OUT = HERE / "corpus-13"
CORPUS = "real-urls-13"
WITH_FINDING, WITHOUT_FINDING = 42, 28


def draw() -> None:
    rows = read_tsv(DATA / CORPUS / "urls.tsv")
    for number, row in enumerate(rows, 1):
        row["n"] = str(number)  # the corpus's `#n` (the row's place in urls.tsv)
    found = corpus_findings(CORPUS)
    flagged = [row for row in rows if found[row["n"]]]
    quiet = [row for row in rows if not found[row["n"]]]
    rng = random.Random(f"{SEED}-{CORPUS}")
    drawn = [(row, "finding") for row in rng.sample(flagged, WITH_FINDING)]
    drawn += [(row, "none") for row in rng.sample(quiet, WITHOUT_FINDING)]
    rng.shuffle(drawn)
    sample, strata = [], []
    for row, stratum in drawn:
        sample.append({"corpus": CORPUS, **{k: row[k] for k in ("n", "url", "repo", "path", "commit", "line", "context")}})
        strata.append({"corpus": CORPUS, "n": row["n"], "stratum": stratum,
                       "stratum_size": str(len(flagged) if stratum == "finding" else len(quiet))})
    write_tsv(OUT / "sample.tsv", sample)
    write_tsv(OUT / "strata.tsv", strata)
    print(f"drew {WITH_FINDING} of {len(flagged)} URLs with a finding, {WITHOUT_FINDING} of {len(quiet)} without")


def judged_findings() -> dict:
    """n -> rule -> messages with the context labelled_corpus.judge gives today: corpus_findings' (repo, path, manifest
    entry point, the file's other URLs, vendored library folders, in a comment) plus the URLs of the files of the same
    shape beside it (labelled_corpus.folder_files, which the judge passes since session 30 and corpus_findings does
    not; on corpus 13 at 405fa7c the two differ on 4 URLs, 1 of them drawn). The strata were drawn with
    corpus_findings; the verdicts are on the findings the judge counts."""
    sys.path.insert(0, str(HERE.parent.parent / "validate_url"))
    from labelled_corpus import file_urls, folder_files  # the judge's own context helpers
    from utmlint.scan.files import generated
    from utmlint.scan.manifest import is_manifest, redirect_table
    from utmlint.validate_url import validate_url

    rows = read_tsv(DATA / CORPUS / "urls.tsv")
    siblings, series = file_urls(rows), folder_files(rows)
    libraries: dict = {}
    for row in read_tsv(DATA / "vendored-libraries.tsv"):
        libraries.setdefault((row["repo"], row["commit"]), []).append(row["folder"])
    commented = {(row["repo"], row["path"], row["url"]) for row in read_tsv(DATA / "comment-rows.tsv")}
    out = {}
    for number, row in enumerate(rows, 1):
        by_rule: dict = {}
        if not generated(row["path"]):
            result = validate_url(row["url"], entry_point=is_manifest(row["path"]) or redirect_table(row["path"]),
                                  repo=row["repo"], path=row["path"], file_urls=siblings[row["url"]],
                                  libraries=tuple(libraries.get((row["repo"], row["commit"]), ())),
                                  in_comment=(row["repo"], row["path"], row["url"]) in commented,
                                  folder_files=series[row["url"]])
            for finding in result.findings:
                by_rule.setdefault(finding.name, []).append(finding.message)
        out[str(number)] = by_rule
    return out


def messages() -> None:
    found = judged_findings()
    table = [{"corpus": CORPUS, "n": row["n"], "rule": rule, "messages": " | ".join(said)}
             for row in read_tsv(OUT / "sample.tsv") for rule, said in sorted(found[row["n"]].items())]
    write_tsv(OUT / "messages.tsv", table)


if __name__ == "__main__":
    messages() if "--messages" in sys.argv[1:] else draw()
