"""Agreement between the first labels of corpora 4-6 (or 7-9, 10, 11, 12 or 13) and the second labeller's, on the
sampled URLs.

Reads only committed files of this folder (corpora 4-6), of corpora-7-9/ (the second check, session 28), of
corpus-10/ (the third, session 29), of corpus-11/ (the fourth, session 30), of corpus-12/ (the fifth, session 30) or of
corpus-13/ (the sixth, session 31): second-blind.tsv and second-verdicts.tsv (the second labeller's), first-labels.tsv
(the first labeller's, extracted by label_compare.py). Used by tests/validate_url/test_label_agreement.py, which pins
the figures; run it to print them:
    python tests/data/label-agreement/label_agreement.py [corpora-7-9 | corpus-10 | corpus-11 | corpus-12 | corpus-13]
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, Set, Tuple

HERE = Path(__file__).resolve().parent

Key = Tuple[str, str]  # (corpus, n)


def read_tsv(path: Path) -> List[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def kinds(folder: Path = HERE) -> Tuple[Dict[Key, Set[str]], Dict[Key, Set[str]]]:
    """(first, second): the mistake kinds each labeller found present in each sampled URL."""
    second = {(r["corpus"], r["n"]): set(filter(None, r["kinds"].split(","))) for r in read_tsv(folder / "second-blind.tsv")}
    first: Dict[Key, Set[str]] = {key: set() for key in second}
    for r in read_tsv(folder / "first-labels.tsv"):
        if r["verdict"] == "present":
            first[(r["corpus"], r["n"])].add(r["rule"])
    return first, second


def verdicts(folder: Path = HERE) -> Dict[Tuple[str, str, str], Tuple[str, str]]:
    """(corpus, n, rule) -> (first verdict, second verdict) on every finding the second labeller judged."""
    first = {(r["corpus"], r["n"], r["rule"]): r["verdict"] for r in read_tsv(folder / "first-labels.tsv")
             if r["verdict"] in ("correct", "wrong")}
    return {(r["corpus"], r["n"], r["rule"]): (first[(r["corpus"], r["n"], r["rule"])], r["verdict"])
            for r in read_tsv(folder / "second-verdicts.tsv")}


def cohen_kappa(pairs: List[Tuple[bool, bool]]) -> float:
    """Cohen's kappa for two raters' yes/no answers on the same items."""
    n = len(pairs)
    observed = sum(a == b for a, b in pairs) / n
    yes_a, yes_b = sum(a for a, _ in pairs) / n, sum(b for _, b in pairs) / n
    expected = yes_a * yes_b + (1 - yes_a) * (1 - yes_b)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def figures(folder: Path = HERE) -> dict:
    judged = verdicts(folder)
    pairs = [(a == "wrong", b == "wrong") for a, b in judged.values()]
    first, second = kinds(folder)
    per_kind = {}
    for kind in sorted(set().union(*first.values(), *second.values())):
        both = sum(kind in first[k] and kind in second[k] for k in first)
        only_first = sum(kind in first[k] and kind not in second[k] for k in first)
        only_second = sum(kind not in first[k] and kind in second[k] for k in first)
        kappa = cohen_kappa([(kind in first[k], kind in second[k]) for k in first])
        per_kind[kind] = (both, only_first, only_second, round(kappa, 3))
    cells = [(kind in first[k], kind in second[k]) for k in first for kind in per_kind]
    return {
        "findings": len(pairs),
        "verdicts_agree": sum(a == b for a, b in pairs),
        "verdict_kappa": round(cohen_kappa(pairs), 3),
        "wrong_first": sum(a for a, _ in pairs),
        "wrong_second": sum(b for _, b in pairs),
        "wrong_both": sum(a and b for a, b in pairs),
        "urls": len(first),
        "urls_same_kinds": sum(first[k] == second[k] for k in first),
        "urls_nothing_first": sum(not first[k] for k in first),
        "urls_nothing_second": sum(not second[k] for k in first),
        "kind_cells_kappa": round(cohen_kappa(cells), 3),
        "per_kind": per_kind,
        "by_corpus": {
            corpus: (sum(a == b for (c, _, _), (a, b) in judged.items() if c == corpus),
                     sum(1 for (c, _, _) in judged if c == corpus),
                     sum(first[k] == second[k] for k in first if k[0] == corpus))
            for corpus in sorted({k[0] for k in first})
        },
    }


def disagreements(folder: Path = HERE) -> set:
    """Every (corpus, n, what) on which the labellers differ: `kinds:<kind>` or `verdict:<rule>`."""
    first, second = kinds(folder)
    found = {(k[0], k[1], f"kinds:{kind}") for k in first for kind in first[k] ^ second[k]}
    found |= {(c, n, f"verdict:{rule}") for (c, n, rule), (a, b) in verdicts(folder).items() if a != b}
    return found


def listed(folder: Path = HERE) -> set:
    """The same, as disagreements.tsv lists them (one row may name several kinds of one URL)."""
    out = set()
    for r in read_tsv(folder / "disagreements.tsv"):
        what, _, names = r["what"].partition(":")
        out |= {(r["corpus"], r["n"], f"{what}:{name}") for name in names.split(",")}
    return out


def show(folder: Path = HERE) -> None:
    f = figures(folder)
    n = f["findings"]
    print(f"verdicts on {n} findings: agree {f['verdicts_agree']} ({f['verdicts_agree'] / n:.1%}), "
          f"Cohen's kappa {f['verdict_kappa']}")
    print(f"wrong: first labeller {f['wrong_first']} of {n} ({f['wrong_first'] / n:.1%}), second "
          f"{f['wrong_second']} ({f['wrong_second'] / n:.1%}), both {f['wrong_both']}")
    print(f"present kinds on {f['urls']} URLs: same set on {f['urls_same_kinds']}; nothing to tell: first "
          f"{f['urls_nothing_first']}, second {f['urls_nothing_second']}; kappa over (URL, kind) cells "
          f"{f['kind_cells_kappa']}")
    print(f"{'kind':26} both only-first only-second kappa")
    for kind, (both, a, b, kappa) in f["per_kind"].items():
        print(f"{kind:26} {both:4} {a:10} {b:11} {kappa:6}")
    sampled = Counter(corpus for corpus, _ in kinds(folder)[0])
    for corpus, (agree, judged, same) in f["by_corpus"].items():
        print(f"{corpus}: verdicts agree {agree}/{judged}, same kinds on {same}/{sampled[corpus]} URLs")
    if not (folder / "disagreements.tsv").exists():
        return
    classes = [r["class"] for r in read_tsv(folder / "disagreements.tsv")]
    print("disagreement rows by class:", {c: classes.count(c) for c in sorted(set(classes))})


if __name__ == "__main__":
    show(HERE / sys.argv[1] if sys.argv[1:] else HERE)
