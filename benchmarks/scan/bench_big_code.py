"""One large code file through `utmlint scan --no-cache` (review8 S14: scan.comments lexes a code file that has a
tracked link; the scan-tree benchmark's files are 2 KiB, so it cannot show that cost).

    python benchmarks/scan/bench_big_code.py [--lines 120000] [--runs 5] [--against REV]

Writes two JavaScript files of `--lines` lines like `var a1 = "str1" + 'x' + `t` ; // c 1` (a quote, a template
literal and a comment on every line: the lexer's worst ordinary case) under benchmarks/.work/big-code/, one with its
one tracked link on the first line, one with it on the last, and prints the CPU seconds (user + system) of a cold scan
of each, median of `--runs`, for this checkout and, with `--against REV`, for REV's utmlint/ (bench_scan.checkout),
run back to back each round.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_scan import ENV, ROOT, WORK, checkout  # noqa: E402

LINK = 'var link = "https://example.com/?utm_source=github&utm_medium=referral&utm_campaign=x";\n'


def make_files(lines: int) -> Path:
    folder = WORK / f"big-code-{lines}"
    if not folder.exists():
        folder.mkdir(parents=True)
        body = "".join(f'var a{n} = "str{n}" + \'x\' + `t` ; // c {n}\n' for n in range(lines))
        (folder / "first.js").write_text(LINK + body, encoding="utf-8")
        (folder / "last.js").write_text(body + LINK, encoding="utf-8")
    return folder


def cpu_of(command, cwd: Path, env) -> float:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lines", type=int, default=120_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", metavar="REV")
    args = parser.parse_args()
    folder = make_files(args.lines)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "utmlint")], env=ENV, check=True)
    sides = {"this checkout": dict(ENV, PYTHONPATH=str(ROOT))}
    if args.against:
        sides[args.against] = dict(ENV, PYTHONPATH=str(checkout(args.against)))
    cpu = {(side, name): [] for side in sides for name in ("first.js", "last.js")}
    load = os.getloadavg()[0]
    for _ in range(args.runs):
        for side, env in sides.items():
            for name in ("first.js", "last.js"):
                cpu[(side, name)].append(cpu_of([sys.executable, "-m", "utmlint", "scan", "--no-cache", "-q", name],
                                                folder, env))
    size = (folder / "first.js").stat().st_size
    print(f"# One large code file, cold scan ({args.lines:,} lines, {size / 1e6:.1f} MB)\n")
    print(f"`python benchmarks/scan/bench_big_code.py --lines {args.lines} --runs {args.runs}"
          f"{' --against ' + args.against if args.against else ''}`, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
          f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end\n")
    print("| side | link on the first line: CPU median s | link on the last line: CPU median s |")
    print("|---|---:|---:|")
    for side in sides:
        print(f"| {side} | {statistics.median(cpu[(side, 'first.js')]):.2f} | "
              f"{statistics.median(cpu[(side, 'last.js')]):.2f} |")


if __name__ == "__main__":
    main()
