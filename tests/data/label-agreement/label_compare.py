"""Compare the second labeller's labels with the first labels of corpora 4-6 (or 7-9, 10, 11, 12 or 13) on the
sampled URLs.

Reads sample.tsv, second-blind.tsv, second-verdicts.tsv (this folder, or corpora-7-9/, corpus-10/, corpus-11/,
corpus-12/ or corpus-13/ for the later checks) and the corpora's labels.tsv (read only, never written). Writes
first-labels.tsv: the first labeller's effective labels for the sample (present kinds after `withdrawn` rows, and the
verdict of each finding in second-verdicts.tsv, resolved as labelled_corpus.judge does: `wrong` or a `wrong_if` text
found in the finding's message at 432d5ec (78fe3d4 for corpora 7-9, 9d7ae81 for corpus 10, 8e0ba71 for corpus 11,
294f813 for corpus 12, 405fa7c for corpus 13), kept in messages.tsv). The figures themselves are computed by
label_agreement.py from the committed files (the test pins them). Run from the repository root:
    python tests/data/label-agreement/label_compare.py [corpora-7-9 | corpus-10 | corpus-11 | corpus-12 | corpus-13]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The session 40 ruling's rows and the session 44 rulings that applied it alike to like links.
RULINGS = ("session 40 ruling (another party's tags):", "session 44 ruling (", "session 45 ruling (", "session 46 ruling (")
DATA = HERE.parent


def read_tsv(path: Path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def extract(folder: Path = HERE):
    """The first labeller's rows for the sample in `folder`, as its first-labels.tsv holds them."""
    sample = read_tsv(folder / "sample.tsv")
    verdicts = read_tsv(folder / "second-verdicts.tsv")
    messages = {(r["corpus"], r["n"], r["rule"]): r["messages"] for r in read_tsv(folder / "messages.tsv")}
    out = []
    for corpus in sorted({row["corpus"] for row in sample}):
        # The rows the session 40 ruling appended (another party's tags: a sponsor's, partner's or advertiser's values
        # are that party's, value advice on them wrong) change the convention both labellers judged by, not either
        # labeller's judgement: the agreement compares the two under the convention they labelled with, so those rows
        # are left out here (the corpora count them: labelled_corpus.judge); so are the session 44 rows applying it.
        labels = [r for r in read_tsv(DATA / corpus / "labels.tsv") if not r["reason"].startswith(RULINGS)]
        withdrawn = {(r["url"], r["rule"]) for r in labels if r["verdict"] == "withdrawn"}
        for row in (r for r in sample if r["corpus"] == corpus):
            url = row["url"]
            mine = [r for r in labels if r["url"] == url]
            reviewed = [r["reason"] for r in mine if r["verdict"] == "reviewed"]
            assert reviewed, (corpus, url)
            out.append((corpus, row["n"], url, "", "reviewed", reviewed[0]))
            for r in mine:
                if r["verdict"] == "present" and (url, r["rule"]) not in withdrawn:
                    out.append((corpus, row["n"], url, r["rule"], "present", r["reason"]))
            for v in (v for v in verdicts if v["corpus"] == corpus and v["n"] == row["n"]):
                rows = [r for r in mine if r["rule"] == v["rule"] and r["verdict"] in ("correct", "wrong")]
                assert rows, (corpus, row["n"], v["rule"])  # the judge labels every finding
                first = rows[-1]  # as labelled_corpus.judge reads them: a later row for the pair wins
                text = messages[(corpus, row["n"], v["rule"])]
                wrong = first["verdict"] == "wrong" or bool(first["wrong_if"]) and first["wrong_if"] in text
                reason = first["reason"] + (f" [wrong_if `{first['wrong_if']}` matched]" if first["wrong_if"] and wrong and first["verdict"] != "wrong" else "")
                out.append((corpus, row["n"], url, v["rule"], "wrong" if wrong else "correct", reason))
    return out


def main() -> None:
    folder = HERE / sys.argv[1] if sys.argv[1:] else HERE
    out = extract(folder)
    with open(folder / "first-labels.tsv", "w", encoding="utf-8", newline="") as handle:
        handle.write("corpus\tn\turl\trule\tverdict\treason\n")
        for r in out:
            assert not any("\t" in part or "\n" in part for part in r), r
            handle.write("\t".join(r) + "\n")


if __name__ == "__main__":
    main()
