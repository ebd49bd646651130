"""Extraction precision and recall on real public files (tests/data/scan-corpus, origins in ORIGIN.md)."""

from __future__ import annotations

import os
from pathlib import Path

from utmlint.scan import extract

CORPUS = Path(__file__).resolve().parents[1] / "data" / "scan-corpus"


def _expected(path: Path):
    found = set()
    for line in path.with_name(path.name + ".expected").read_text(encoding="utf-8").splitlines():
        number, column, url = line.split("\t", 2)
        found.add((int(number), int(column), url))
    return found


def test_extraction_precision_and_recall_on_real_files(capsys):
    files = sorted(p for p in CORPUS.iterdir() if p.name[:2].isdigit() and not p.name.endswith(".expected"))
    assert len(files) >= 30
    true_positive = false_positive = false_negative = 0
    misses = []
    for path in files:
        raw = path.read_bytes()
        result = extract(raw, os.path.splitext(path.name)[1])
        text = raw.decode("utf-8")
        got = {(o.line, o.column, text[o.start:o.end]) for o in result.occurrences}
        want = _expected(path)
        true_positive += len(got & want)
        false_positive += len(got - want)
        false_negative += len(want - got)
        misses += [(path.name, "extra", g) for g in got - want] + [(path.name, "missed", w) for w in want - got]
    precision = true_positive / (true_positive + false_positive)
    recall = true_positive / (true_positive + false_negative)
    with capsys.disabled():
        print(f"\nscan corpus: {len(files)} files, {true_positive + false_negative} expected links, "
              f"precision {precision:.1%}, recall {recall:.1%}")
    assert precision >= 0.97 and recall >= 0.97, misses
