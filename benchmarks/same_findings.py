"""Write what `utmlint lint --no-cache` prints on a fixed set of targets, to compare two checkouts byte for byte.

    python benchmarks/same_findings.py OUTDIR        # then: diff -r OUTDIR-before OUTDIR-after

A speed change must not change one finding. For each target this writes the text, json and sarif reports
and the `--diff` of the fixes (each file ends with the exit code), using the `utmlint` on PATH (run it from
the venv of the checkout under test, or set PYTHONPATH). Targets: examples/, examples/bad, the benchmark's
1,000-file corpus (benchmarks/.work/corpus-n1000-s0, generated if missing), a copy of it with mistakes of 22
kinds planted in two files of three (deterministic: 1,100-odd findings of most rules), tests/data/scan-corpus,
and one file of the corpus named alone (repo-wide rules read the other 999 files' facts).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
from bench_lint import WORK, ensure_corpus  # noqa: E402


def _once(pattern: str, replacement):
    return lambda text: re.sub(pattern, replacement, text, count=1, flags=re.M)


# Each turns a valid campaign file into one with a mistake some rule reports (or a file that cannot parse).
MISTAKES = [
    _once(r"^medium: (\w+)", lambda m: "medium: " + m.group(1).capitalize()),
    _once(r"^source: (\w+)", lambda m: "source: " + m.group(1) + ".com"),
    _once(r"url: https://", "url: http://"),
    _once(r"(url: https://\S+)", r"\1?utm_source=newsletter&utm_medium=Email"),
    _once(r"(url: https://\S+)", r"\1?a=1&amp;utm_campaign=x"),
    _once(r"(url: https://\S+)", r"\1?fbclid=IwAR0abc123&gclid=xyz"),
    _once(r"(url: https://\S+)", r"\1?email=jane.doe@example.com"),
    _once(r"(url: https://\S+)", r"\1#top?utm_content=x"),
    _once(r"url: https://(\S+)", "url: https://bit.ly/3xYz"),
    _once(r"url: https://(\S+)", "url: https://exa mple.com/x"),
    _once(r"^platform: \S+", "platform: myspace"),
    _once(r"^campaign: (\S+)", r"campaign: Spring Sale \1"),
    _once(r"^medium: .*\n", ""),
    _once(r"^type: (\S+)", r"type: \1\ncolour: blue"),
    _once(r"(url: https://\S+)", r"\1?utm_souce=x&utm_source=a&utm_source=b"),
    _once(r"^medium: \S+", "medium: cpc"),
    _once(r"^source: \S+", "source: google"),
    _once(r"(\n  - id: )", r"  # utmlint: disable=not-a-rule\n\1"),
    _once(r"^campaign: ", "campaign: [unclosed\n"),
    _once(r"content: (\S+)", r"content: \1 Copy"),
    _once(r"(    medium: )\S+", r"\1social"),
    _once(r"^source: \S+", "source: &s newsletter\nlabel_source: *s"),
]


def planted(corpus: Path) -> Path:
    """The corpus with one to three mistakes in two files of every three (the same every time)."""
    out = WORK / (corpus.name + "-planted")
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(corpus, out, ignore=shutil.ignore_patterns(".utmlint_cache"))
    rng = random.Random(7)
    for index, path in enumerate(sorted((out / "campaigns").glob("**/*.yaml"))):
        if index % 3 == 2:
            continue
        text = path.read_text(encoding="utf-8")
        for mistake in rng.sample(MISTAKES, rng.randint(1, 3)):
            text = mistake(text)
        path.write_text(text, encoding="utf-8")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = Path(argv[0]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    corpus = ensure_corpus(1000, 0)
    targets = {
        "examples": (REPO, ["examples"]),
        "bad": (REPO, ["examples/bad"]),
        "corpus": (corpus.root, ["."]),
        "planted": (planted(corpus.root), ["."]),
        "scan-corpus": (REPO, ["tests/data/scan-corpus"]),
        "one-file": (corpus.root, [corpus.files[0]]),
    }
    env = dict(os.environ, NO_COLOR="1")
    for name, (cwd, args) in targets.items():
        for kind, extra in (("text", ["--format", "text"]), ("json", ["--format", "json"]),
                            ("sarif", ["--format", "sarif"]), ("diff", ["--diff"])):
            done = subprocess.run(["utmlint", "lint", "--no-cache", *extra, *args], cwd=cwd, env=env,
                                  capture_output=True, text=True)
            (out / f"{name}.{kind}").write_text(f"{done.stdout}{done.stderr}rc={done.returncode}\n", encoding="utf-8")
        print(f"{name}: {(out / f'{name}.text').read_text(encoding='utf-8').splitlines()[-2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
