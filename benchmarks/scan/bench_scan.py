"""Benchmark `utmlint scan` on a generated docs tree, beside `grep -rn utm_` (the floor).

    python benchmarks/scan/bench_scan.py [--files 5000] [--tracked 0.05] [--runs 5]
    python benchmarks/scan/bench_scan.py --against REV [--rounds 21]   # warm scan: this checkout vs REV, paired

The tree (benchmarks/.work/scan-tree-N/) is Markdown, HTML, JSX, Python and YAML pages of about 2 KiB;
a share of them (`--tracked`) hold three tracked links each, some with mistakes. Cold is `--no-cache`;
warm runs after one untimed run filled the content-hash cache, on a tree unchanged since; "one file edited" is
a warm run, in a copy of the tree with its own cache, after one tracked page got a new utm_campaign value (so
that file is read, hashed and judged, the repo-wide rules run again and the cache is written). Prints a
Markdown report (RESULTS.md).

`--against REV` measures what a change did on a shared machine: REV's utmlint/, rules/ and schemas/ are copied
(git archive) to benchmarks/.work/against-COMMIT, and each round runs the warm scan of this checkout and of REV back to back (the
order swapped every other round, each with its own cache), the verdict being the median of the per-round CPU
ratios (user + system seconds: on a loaded machine wall time is mostly waiting), with quartiles, range and the
load average. REV's package is put first on PYTHONPATH, so both run from the same Python and the same
dependencies. Cold (`--no-cache`) rounds are paired the same way when `--cold` is given.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORK = ROOT / "benchmarks" / ".work"
KINDS = (".md", ".html", ".jsx", ".py", ".yaml", ".rst", ".txt")
FILLER = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit. See the guide at https://docs.sunbeam.app/guide "
          "and the changelog. Sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.\n")


def link(rng: random.Random, n: int) -> str:
    source = rng.choice(["newsletter", "github", "Newsletter", "intercom.com", "partner"])
    medium = rng.choice(["email", "referral", "social", "E-Mail"])
    # not example.com: scan reads RFC 2606's example hosts as illustrations (fewer rules), which a team's links are not
    return f"https://sunbeam.app/page-{n}?utm_source={source}&utm_medium={medium}&utm_campaign=launch-{n % 40}"


def page(kind: str, rng: random.Random, tracked: bool, n: int) -> str:
    body = FILLER * 12
    if not tracked:
        return body
    links = [link(rng, n * 3 + i) for i in range(3)]
    if kind == ".md":
        extra = "".join(f"- [link {i}]({u})\n" for i, u in enumerate(links))
    elif kind == ".html":
        extra = "".join(f'<a href="{u.replace("&", "&amp;")}">x</a>\n' for u in links)
    elif kind == ".jsx":
        extra = "".join(f'<a href="{u}">x</a>\n' for u in links)
    elif kind == ".py":
        extra = "".join(f'URL_{i} = "{u}"\n' for i, u in enumerate(links))
    elif kind == ".yaml":
        extra = "".join(f"link{i}: {u}\n" for i, u in enumerate(links))
    elif kind == ".rst":
        extra = "".join(f"* `link <{u}>`_\n" for u in links)
    else:
        extra = "".join(f"{u}\n" for u in links)
    return body[: len(body) // 2] + extra + body[len(body) // 2:]


def make_tree(files: int, tracked: float, seed: int = 7) -> Path:
    tree = WORK / f"scan-tree-{files}-{tracked}-sunbeam"
    if tree.exists():
        return tree
    rng = random.Random(seed)
    for n in range(files):
        kind = KINDS[n % len(KINDS)]
        folder = tree / "docs" / f"section-{n % 50}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"page-{n}{kind}").write_text(page(kind, rng, rng.random() < tracked, n), encoding="utf-8")
    return tree


ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # users have .pyc files


def timed(command, cwd: Path, before_run=None):
    """(wall seconds, CPU seconds user+sys) of one run. On a shared machine CPU time is the steadier figure."""
    if before_run is not None:
        before_run()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def checkout(rev: str) -> Path:
    """REV's package and data under benchmarks/.work (made once; its .pyc written as a user's install has them)."""
    commit = subprocess.run(["git", "rev-parse", "--verify", f"{rev}^{{commit}}"], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True, check=True).stdout.strip()
    where = WORK / f"against-{commit[:10]}"
    if not where.exists():  # `git archive`: a plain copy, no worktree registered in the repository
        where.mkdir(parents=True)
        archive = subprocess.run(["git", "archive", "--format=tar", commit, "utmlint", "rules", "schemas"], cwd=ROOT,
                                 stdout=subprocess.PIPE, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(where)], input=archive, check=True)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(where / "utmlint")], env=ENV, check=True)
    return where


def quartiles(values):
    ordered = sorted(values)
    return ordered[len(ordered) // 4], statistics.median(ordered), ordered[(3 * len(ordered)) // 4]


def paired(args, tree: Path) -> None:
    """This checkout against REV, round by round (see the module's docstring)."""
    base = checkout(args.against)
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "utmlint")], env=ENV, check=True)
    sides = {"this checkout": (ROOT, tree / ".bench-cache"), args.against: (base, tree / ".bench-cache-against")}
    kinds = [("warm", lambda cache: ["--cache-dir", str(cache)])]
    if args.cold:
        kinds.append(("cold", lambda cache: ["--no-cache"]))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, stdout=subprocess.PIPE,
                            text=True).stdout.strip()
    print(f"# utmlint scan: this checkout ({commit}) against {args.against}, paired\n")
    print(f"Produced by `python benchmarks/scan/bench_scan.py --files {args.files} --tracked {args.tracked} "
          f"--against {args.against} --rounds {args.rounds}{' --cold' if args.cold else ''}`.\n")
    print(f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"- machine: {platform.machine()}, nproc {os.cpu_count()}, python {platform.python_version()}")
    for kind, flags in kinds:
        commands = {}
        for name, (source, cache) in sides.items():
            if kind == "warm":
                shutil.rmtree(cache, ignore_errors=True)
            env = dict(ENV, PYTHONPATH=str(source))
            commands[name] = ([sys.executable, "-m", "utmlint", "scan", *flags(cache), "docs"], env)
        outputs = {name: subprocess.run(command, cwd=tree, env=env, stdout=subprocess.PIPE, text=True).stdout
                   for name, (command, env) in commands.items()}  # untimed: fills the caches, and the reports agree
        same = len(set(outputs.values())) == 1
        cpu = {name: [] for name in commands}
        loads = []
        for round_ in range(args.rounds):
            loads.append(os.getloadavg()[0])
            order = list(commands) if round_ % 2 == 0 else list(reversed(list(commands)))
            for name in order:
                command, env = commands[name]
                before = resource.getrusage(resource.RUSAGE_CHILDREN)
                subprocess.run(command, cwd=tree, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
                after = resource.getrusage(resource.RUSAGE_CHILDREN)
                cpu[name].append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
        ours, theirs = cpu["this checkout"], cpu[args.against]
        ratios = [a / b for a, b in zip(ours, theirs)]
        low, mid, high = quartiles(ratios)
        print(f"\n## {kind} scan of {args.files} files, {args.rounds} paired rounds\n")
        print(f"- load average (1 min) before each round: median {statistics.median(loads):.1f}, "
              f"range {min(loads):.1f}-{max(loads):.1f}")
        print(f"- the two reports are {'byte-identical' if same else 'DIFFERENT (see the outputs)'}\n")
        print("| side | CPU median s | CPU q1 s | CPU q3 s | CPU min s |")
        print("|---|---:|---:|---:|---:|")
        for name, values in cpu.items():
            q1, median, q3 = quartiles(values)
            print(f"| {name} | {median:.3f} | {q1:.3f} | {q3:.3f} | {min(values):.3f} |")
        print(f"\nPer-round CPU ratio (this checkout / {args.against}): median **{mid:.3f}**, quartiles "
              f"{low:.3f}-{high:.3f}, range {min(ratios):.3f}-{max(ratios):.3f}; "
              f"{sum(r < 1 for r in ratios)} of {len(ratios)} rounds faster.")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--tracked", type=float, default=0.05)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--against", metavar="REV", help="pair this checkout's warm scan with REV's, round by round")
    parser.add_argument("--rounds", type=int, default=21, help="paired rounds for --against (default 21)")
    parser.add_argument("--cold", action="store_true", help="with --against: pair cold (--no-cache) scans too")
    args = parser.parse_args()
    tree = make_tree(args.files, args.tracked)
    if args.against:
        paired(args, tree)
        return
    utmlint = [sys.executable, "-m", "utmlint"]
    cache = tree / ".bench-cache"
    shutil.rmtree(cache, ignore_errors=True)
    # The edits happen in a copy of the tree with its own cache: in the tree itself, each round's warm run found the
    # file edited in the round before, read it, and rewrote the whole cache (its stamp had settled meanwhile), so
    # "warm" measured a cache rewrite every round, not a tree unchanged since the cache was written.
    copy = tree.with_name(tree.name + "-edited")
    if not copy.exists():
        shutil.copytree(tree, copy, ignore=shutil.ignore_patterns(".bench-cache*"))
    shutil.rmtree(copy / ".bench-cache", ignore_errors=True)
    edited = next(p for p in sorted((copy / "docs").rglob("*.md")) if "utm_campaign=" in p.read_text(encoding="utf-8"))
    original = edited.read_text(encoding="utf-8")
    edits = iter(range(1, 1_000_000))

    def edit_one() -> None:  # a value never seen before: judged, not found in the cache by its hash
        edited.write_text(original.replace("utm_campaign=", f"utm_campaign=edit-{next(edits)}-", 1), encoding="utf-8")

    hooks = {"utmlint scan warm, one file edited": edit_one}
    places = {"utmlint scan warm, one file edited": copy}  # where each command runs: the tree, else the copy
    commands = {
        "grep -rn utm_ (floor)": ["grep", "-rn", "utm_", "docs"],
        "utmlint scan cold": [*utmlint, "scan", "--no-cache", "docs"],
        "utmlint scan warm": [*utmlint, "scan", "--cache-dir", str(cache), "docs"],
        "utmlint scan warm, one file edited": [*utmlint, "scan", "--cache-dir", str(copy / ".bench-cache"), "docs"],
        "python -c pass": [sys.executable, "-c", "pass"],
    }
    for name, command in commands.items():  # untimed: page cache, .pyc, and the warm run's cache
        timed(command, places.get(name, tree), hooks.get(name))
    load_start = os.getloadavg()
    times = {name: [] for name in commands}
    cpu = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            wall, used = timed(command, places.get(name, tree), hooks.get(name))
            times[name].append(wall)
            cpu[name].append(used)
    load_end = os.getloadavg()
    edited.write_text(original, encoding="utf-8")
    floor = statistics.median(times["grep -rn utm_ (floor)"])
    cpu_floor = statistics.median(cpu["grep -rn utm_ (floor)"])
    tracked = sum(1 for p in (tree / "docs").rglob("*") if p.is_file() and "utm_" in p.read_text(encoding="utf-8"))
    links = subprocess.run([*utmlint, "scan", "--links", "--format", "csv", "--no-cache", "docs"], cwd=tree,
                           stdout=subprocess.PIPE, text=True, env=ENV).stdout.count("\n") - 1
    print("# utmlint scan benchmark\n")
    print(f"Produced by `python benchmarks/scan/bench_scan.py --files {args.files} --tracked {args.tracked} "
          f"--runs {args.runs}`.\n")
    print(f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"- machine: {platform.machine()}, nproc {os.cpu_count()}, python {platform.python_version()}")
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, stdout=subprocess.PIPE, text=True).stdout.strip()
    print(f"- commit: {commit}")
    print(f"- load average (1, 5, 15 min): {' '.join(f'{x:.2f}' for x in load_start)} at the start, "
          f"{' '.join(f'{x:.2f}' for x in load_end)} at the end (the machine is shared)")
    print(f"- tree: {args.files} files ({', '.join(KINDS)}), {tracked} with tracked links, {links} links in all\n")
    print("| command | runs | wall median s | wall min s | wall max s | CPU median s | CPU min s | x grep (wall) | x grep (CPU) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, values in times.items():
        median, cpu_median = statistics.median(values), statistics.median(cpu[name])
        print(f"| {name} | {len(values)} | {median:.3f} | {min(values):.3f} | {max(values):.3f} | {cpu_median:.3f} | "
              f"{min(cpu[name]):.3f} | {median / floor:.1f} | {cpu_median / max(cpu_floor, 1e-3):.1f} |")
    print()
    print("Goals: cold within 2 s, warm within 0.3 s.")


if __name__ == "__main__":
    main()
