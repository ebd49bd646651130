"""Instruction counts (valgrind's callgrind) of the benchmark commands: a measure of work that a busy machine does
not disturb (wall and CPU seconds swing with the load of a shared machine; the same command counts the same within
a fraction of a percent).

    python benchmarks/instructions.py NAME CHECKOUT [COMMANDS] [PYTHONPATH]

CHECKOUT is a worktree with its own `.venv` (its python runs `-m utmlint`); PYTHONPATH, if given, is put first (a
`git archive` of another commit's utmlint/, rules/ and schemas/). COMMANDS is a comma-separated subset of
scan-cold, scan-warm, scan-edited, lint1000-cold, lint1-cold, lint1-warm. The inputs are the benchmarks' own:
bench_scan.py's 5,000-file tree (--tracked 0.05) and corpus.py's 1,000-file campaign repo (seed 0), made under
/tmp/utmlint-instructions. Every command runs pinned to one core (`taskset -c 0`: no worker is forked, all the work
is in one process) with PYTHONHASHSEED=0, once untimed first (.pyc written). Prints NAME, the command and the count;
callgrind's files and each command's output are kept beside the inputs (outputs of two checkouts can be compared).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORK = Path("/tmp/utmlint-instructions")
COMMANDS = ("scan-cold", "scan-warm", "scan-edited", "lint1000-cold", "lint1-cold", "lint1-warm")


def inputs() -> tuple:
    sys.path.insert(0, str(HERE / "scan"))
    import bench_scan

    bench_scan.WORK = WORK
    tree = bench_scan.make_tree(5000, 0.05)
    lint = WORK / "lint1000"
    if not lint.exists():
        subprocess.run([sys.executable, str(HERE / "corpus.py"), "1000", str(lint), "--seed", "0"], check=True,
                       stdout=subprocess.DEVNULL)
    first = sorted(p.relative_to(lint).as_posix() for p in lint.glob("campaigns/**/*.yaml"))[0]
    time.sleep(3)  # files younger than utmlint.freshness.RACY_NS (2 s) are read again however warm the cache
    return tree, lint, first


def main(argv) -> int:
    name, checkout = argv[0], Path(argv[1]).resolve()
    only = argv[2].split(",") if len(argv) > 2 and argv[2] else COMMANDS
    tree, lint, first = inputs()
    python = str(checkout / ".venv" / "bin" / "python")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPATH")}
    env["PYTHONHASHSEED"] = "0"
    if len(argv) > 3 and argv[3]:
        env["PYTHONPATH"] = argv[3]
    out = WORK / "out"
    out.mkdir(parents=True, exist_ok=True)

    def run(command, cwd):
        subprocess.run(["taskset", "-c", "0", python, "-m", "utmlint", *command], cwd=cwd, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def count(what, command, cwd):
        if what not in only:
            return
        stem = out / f"{name}-{what}"
        done = subprocess.run(["taskset", "-c", "0", "valgrind", "--tool=callgrind",
                               f"--callgrind-out-file={stem}.callgrind", python, "-m", "utmlint", *command],
                              cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        found = re.search(r"Collected : (\d+)", done.stderr)
        stem.with_suffix(".stdout").write_text(done.stdout, encoding="utf-8")
        print(f"{name}\t{what}\t{int(found.group(1)) if found else 'failed'}\texit {done.returncode}", flush=True)

    cache, copy, lint_cache = WORK / f"cache-{name}", WORK / f"edited-{name}", WORK / f"lint-cache-{name}"
    for folder in (cache, copy, lint_cache):
        shutil.rmtree(folder, ignore_errors=True)
    if "scan-cold" in only:
        run(["scan", "--no-cache", "docs"], tree)
    count("scan-cold", ["scan", "--no-cache", "docs"], tree)
    if "scan-warm" in only:
        run(["scan", "--cache-dir", str(cache), "docs"], tree)
    count("scan-warm", ["scan", "--cache-dir", str(cache), "docs"], tree)
    if "scan-edited" in only:  # as bench_scan.py: a copy of the tree with its own cache, one page's campaign new
        shutil.copytree(tree, copy, ignore=shutil.ignore_patterns(".bench-cache*"))
        time.sleep(3)  # the copy's stats settled (RACY_NS), so that the filling run keeps them
        run(["scan", "--cache-dir", str(copy / ".cache"), "docs"], copy)
        edited = next(p for p in sorted((copy / "docs").rglob("*.md")) if "utm_campaign=" in p.read_text("utf-8"))
        edited.write_text(edited.read_text("utf-8").replace("utm_campaign=", "utm_campaign=edit-1-", 1), "utf-8")
        count("scan-edited", ["scan", "--cache-dir", str(copy / ".cache"), "docs"], copy)
    if "lint1000-cold" in only:
        run(["lint", "--no-cache", "."], lint)
    count("lint1000-cold", ["lint", "--no-cache", "."], lint)
    count("lint1-cold", ["lint", "--no-cache", first], lint)
    if "lint1-warm" in only:
        run(["lint", "--cache-dir", str(lint_cache), first], lint)
    count("lint1-warm", ["lint", "--cache-dir", str(lint_cache), first], lint)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
