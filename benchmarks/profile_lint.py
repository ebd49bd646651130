"""Where does `utmlint lint` spend its time on a benchmark corpus? A cProfile summary.

    python benchmarks/profile_lint.py [--n 1000] [--warm] [--top 25] [--parallel]

Lints benchmarks/.work/corpus-n<N>-s0 (generated if missing) in-process under
cProfile and prints the functions with the largest cumulative and own time.
By default the per-file work is kept in this one process (utmlint.runner's
PARALLEL_THRESHOLD raised), because cProfile cannot see into forked workers;
--parallel keeps utmlint's own choice. --warm fills the result cache first and
profiles the re-lint; without it the run is `--no-cache`.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import io
import os
import pstats
import shutil
import sys
import time
from pathlib import Path
from typing import Sequence

HERE = Path(__file__).resolve().parent


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--warm", action="store_true")
    parser.add_argument("--parallel", action="store_true")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args(argv)

    sys.path.insert(0, str(HERE))
    from bench_lint import ensure_corpus

    corpus = ensure_corpus(args.n, args.seed)
    os.chdir(corpus.root)
    from utmlint import runner
    from utmlint.cli import main as utmlint_main

    if not args.parallel:
        runner.PARALLEL_THRESHOLD = 10**9
    lint = ["lint", "."] if args.warm else ["lint", "--no-cache", "."]
    if args.warm:
        shutil.rmtree(corpus.root / ".utmlint_cache", ignore_errors=True)
        with contextlib.redirect_stdout(io.StringIO()):
            utmlint_main(lint)
    profile = cProfile.Profile()
    out = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out):
        rc = profile.runcall(utmlint_main, lint)
    wall = time.perf_counter() - start
    print(f"utmlint {' '.join(lint)} on {args.n:,} files ({'parallel allowed' if args.parallel else 'one process'}):"
          f" exit {rc}, {wall:.2f} s under cProfile; last line: {out.getvalue().strip().splitlines()[-1:]}")
    for key in ("cumulative", "tottime"):
        text = io.StringIO()
        pstats.Stats(profile, stream=text).strip_dirs().sort_stats(key).print_stats(args.top)
        body = text.getvalue()
        print(f"\n== by {key} ==")
        print(body[body.find("   ncalls"):].rstrip())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
