"""Hostile shapes: how long and how much memory `utmlint lint` takes on 1 MiB of input shaped to hurt.

Issue 13's goal: a 1 MiB file of any shape lints in under 5 s and 300 MB. Each shape below is written
once into benchmarks/.work/hostile/<shape>/ (with a `.utmlint.yaml`), then checked cold (`--no-cache`) in
a fresh process, `--runs` times, in each mode: `lint`, `lint --diff` (the fix passes and the patch, nothing
written) and `lint --fix` (on a fresh copy of the shape each run; `--fix --diff` writes as `--fix` does),
and on the four shapes with the most findings also `lint --format X` for each machine format (json, github,
sarif, junit, html: the goal's 300 MB holds for every output).
The table keeps the median wall time, the median CPU time (user + system: what a busy machine does not
inflate as much) and the largest peak RSS of the process (os.wait4). Nothing here is run by the test
suite; no test asserts a time.

    python benchmarks/bench_hostile.py            # writes benchmarks/RESULTS-hostile.md
    python benchmarks/bench_hostile.py --runs 1 --modes lint --output /tmp/hostile.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Dict, List, Tuple

from results_file import write_keeping_notes

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work" / "hostile"
MIB = 1024 * 1024
GOAL_SECONDS, GOAL_MB = 5.0, 300
CONFIG = "include: ['**/*.yaml']\n"


def _fill(head: str, unit: Callable[[int], str], budget: int = MIB - 1024) -> str:
    """`head` then `unit(0)`, `unit(1)`, ... while the text stays within `budget` bytes."""
    parts, size, i = [head], len(head), 0
    while True:
        piece = unit(i)
        if size + len(piece) > budget:
            return "".join(parts)
        parts.append(piece)
        size += len(piece)
        i += 1


def many_sources() -> Dict[str, str]:
    """One campaign, thousands of links, each with its own utm_source (source-fragmentation's worst case)."""
    head = "campaign: spring-sale\nmedium: email\nlinks:\n"
    return {"c.yaml": _fill(head, lambda i: f"  - url: https://example.com/p{i}\n    source: src-{i:05d}\n"
                                            f"    content: link-{i}\n")}


def similar_sources() -> Dict[str, str]:
    """Thousands of sources one typo apart (the typo joins of source-fragmentation)."""
    head = "campaign: spring-sale\nmedium: email\nlinks:\n"
    return {"c.yaml": _fill(head, lambda i: f"  - url: https://example.com/p{i}\n    source: intercom{i % 7000}x\n"
                                            f"    content: link-{i}\n")}


def many_steps() -> Dict[str, str]:
    """A series with thousands of steps, every one reusing the same content (content-not-step-scoped)."""
    head = "campaign: onboarding-series\nplatform: intercom\ntype: series\nsteps:\n"
    return {"c.yaml": _fill(head, lambda i: f"  - id: step-{i}\n    links:\n      - url: https://app.example.com/p{i}\n"
                                            f"        content: primary-cta\n")}


def deep_nesting() -> Dict[str, str]:
    """1 MiB of `[`: refused before any parser recurses."""
    return {"c.yaml": "campaign: " + "[" * (MIB - 1024)}


def nesting_at_the_limit() -> Dict[str, str]:
    """Flow collections 60 deep (just under the limit), repeated: the exact nesting check runs on all of it."""
    unit = lambda i: f"x{i}: " + "[" * 60 + "]" * 60 + "\n"  # noqa: E731
    return {"c.yaml": _fill("campaign: spring-sale\n", unit)}


def long_line() -> Dict[str, str]:
    """One URL of nearly 1 MiB on one line."""
    head = "campaign: spring-sale\nsource: intercom\nmedium: email\nlinks:\n  - url: https://example.com/?"
    return {"c.yaml": head + "a=b&" * ((MIB - 1024 - len(head)) // 4) + "\n"}


def many_unknown_keys() -> Dict[str, str]:
    """Thousands of keys the schema does not know (one finding each)."""
    return {"c.yaml": _fill("campaign: spring-sale\nsource: intercom\nmedium: email\n", lambda i: f"key{i}: v\n")}


def shared_slug() -> Dict[str, str]:
    """Thousands of small files, 1 MiB in all, all with the same campaign slug (campaign-collision)."""
    files, size, i = {}, 0, 0
    while size < MIB - 1024:
        text = (f"campaign: product-launch\nplatform: intercom\ntype: outbound\nlinks:\n"
                f"  - url: https://example.com/l{i}\n    content: cta-{i}\n")
        files[f"f/{i:05d}.yaml"] = text
        size += len(text)
        i += 1
    return files


def fixable_diff() -> Dict[str, str]:
    """A 1 MiB file where every link has a fixable finding, for `--diff`."""
    head = "campaign: spring-sale\nmedium: email\nlinks:\n"
    return {"c.yaml": _fill(head, lambda i: f"  - url: https://example.com/p{i}\n    source: Intercom\n"
                                            f"    content: link-{i}\n")}


def findings_on_one_line() -> Dict[str, str]:
    """One flow mapping on one line: thousands of links, each with a fixable source, all on line 1."""
    head = "{campaign: spring-sale, medium: email, links: ["
    body = _fill(head, lambda i: f"{{url: 'https://example.com/p{i}', source: Intercom, content: l{i}}}, ",
                 MIB - 1024 - 2)
    return {"c.yaml": body.rstrip(", ") + "]}\n"}


def directive_on_every_line() -> Dict[str, str]:
    """An unknown key on every line, each silenced by its own `# utmlint: ignore[...]`."""
    return {"c.yaml": _fill("campaign: spring-sale\nsource: intercom\nmedium: email\n",
                            lambda i: f"key{i}: v  # utmlint: ignore[schema-violation]\n")}


def odd_line_breaks() -> Dict[str, str]:
    """Many findings in a file holding a NEL (U+0085): positions are then counted from characters."""
    return {"c.yaml": _fill("# \x85\ncampaign: spring-sale\nsource: intercom\nmedium: email\n",
                            lambda i: f"key{i}: v\n")}


def aliased_values() -> Dict[str, str]:
    """Every fixable value anchored and reused by an alias, so no fix may touch it."""
    head = "campaign: spring-sale\nmedium: email\nlinks:\n"
    return {"c.yaml": _fill(head, lambda i: f"  - url: https://example.com/p{i}\n    source: &s{i} Intercom\n"
                                            f"    content: link-{i}\n    label: *s{i}\n")}


def many_documents() -> Dict[str, str]:
    """Thousands of tiny YAML documents in one file (`---` between them)."""
    return {"c.yaml": _fill("", lambda i: f"---\ncampaign: c{i}\n")}


SHAPES: List[Tuple[str, Callable[[], Dict[str, str]]]] = [
    ("many sources", many_sources),
    ("sources a typo apart", similar_sources),
    ("many steps", many_steps),
    ("deep nesting (1 MiB of [)", deep_nesting),
    ("nesting at the limit", nesting_at_the_limit),
    ("one long line", long_line),
    ("many unknown keys", many_unknown_keys),
    ("many files sharing a slug", shared_slug),
    ("every link fixable", fixable_diff),
    ("findings on one line", findings_on_one_line),
    ("a directive on every line", directive_on_every_line),
    ("NEL and many findings", odd_line_breaks),
    ("aliased fixable values", aliased_values),
    ("many documents", many_documents),
]
MODES = {"lint": [], "--diff": ["--diff"], "--fix": ["--fix"]}
ANALYSIS_MARKER = "<!-- analysis: written by hand -->"

# The machine formats, each run on the shapes with the most findings (issue 13: every output under 300 MB).
FORMATS = {f"--format {f}": ["--format", f] for f in ("json", "github", "sarif", "junit", "html")}
FORMAT_SHAPES = ("many steps", "many unknown keys", "findings on one line", "NEL and many findings")


def _folder(name: str) -> Path:
    return WORK / name.split(" (")[0].replace(" ", "-").replace("--", "")


def _write(name: str, make: Callable[[], Dict[str, str]]) -> Tuple[Path, int, int]:
    folder = _folder(name)
    files = make()
    if not (folder / ".done").exists():
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".utmlint.yaml").write_text(CONFIG, encoding="utf-8")
        for relative, text in files.items():
            (folder / relative).parent.mkdir(parents=True, exist_ok=True)
            (folder / relative).write_text(text, encoding="utf-8")
        (folder / ".done").touch()
    return folder, len(files), sum(len(t.encode()) for t in files.values())


def _run_measured(folder: Path, extra: List[str], timeout: float) -> Tuple[float, float, float, int, str]:
    """One run in a wrapper process, so ru_maxrss is this lint's alone (RUSAGE_CHILDREN of a fresh parent).
    `--fix` runs on a fresh copy of the folder, so every run fixes the same input."""
    code = ("import json, os, resource, subprocess, sys, time\n"
            "t = time.monotonic()\n"
            "p = subprocess.run(sys.argv[1:], capture_output=True)\n"
            "wall = time.monotonic() - t\n"
            "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "rss, cpu = usage.ru_maxrss, usage.ru_utime + usage.ru_stime\n"
            "lines = (p.stdout + p.stderr).decode('utf-8', 'replace').strip().splitlines()\n"
            "print(json.dumps([wall, cpu, rss, p.returncode, lines[-1][:100] if lines else '']))\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(WORK / "xdg"), "PYTHONDONTWRITEBYTECODE": "1"}
    where = folder
    if "--fix" in extra:
        where = WORK / "fix-copy"
        shutil.rmtree(where, ignore_errors=True)
        shutil.copytree(folder, where)
    try:
        done = subprocess.run([sys.executable, "-c", code, sys.executable, "-m", "utmlint", "lint", "--no-cache",
                               *extra, "."], cwd=where, env=env, capture_output=True, timeout=timeout)
    finally:
        if where is not folder:
            shutil.rmtree(where, ignore_errors=True)
    wall, cpu, rss, rc, last = json.loads(done.stdout)
    return wall, cpu, rss / (1024 if sys.platform != "darwin" else 1024 * 1024), rc, last


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=120)
    parser.add_argument("--modes", default=",".join(MODES),
                        help=f"comma-separated, of {', '.join([*MODES, *FORMATS])} (the formats run only on the shapes "
                             f"with the most findings: {', '.join(FORMAT_SHAPES)})")
    parser.add_argument("--no-formats", action="store_true", help="leave out the --format runs")
    parser.add_argument("--shapes", default="", help="only shapes whose name contains one of these (comma-separated)")
    parser.add_argument("--output", default=str(HERE / "RESULTS-hostile.md"))
    args = parser.parse_args()
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    wanted = [w.strip() for w in args.shapes.split(",") if w.strip()]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True).stdout.strip()
    load_before = os.getloadavg()
    rows = []
    for name, make in SHAPES:
        if wanted and not any(w in name for w in wanted):
            continue
        folder, count, size = _write(name, make)
        shape_modes = modes + ([f for f in FORMATS if f not in modes] if name in FORMAT_SHAPES and not args.no_formats
                               else [])
        for mode in shape_modes:
            if mode in FORMATS and name not in FORMAT_SHAPES:
                continue
            samples = []
            for _ in range(args.runs):
                try:
                    samples.append(_run_measured(folder, {**MODES, **FORMATS}[mode], args.timeout))
                except subprocess.TimeoutExpired:
                    samples.append((args.timeout, float("nan"), float("nan"), -9, "killed by the timeout"))
            wall = statistics.median(s[0] for s in samples)
            cpu = statistics.median(s[1] for s in samples)
            rss = max(s[2] for s in samples)
            rc, last = samples[-1][3], samples[-1][4]
            ok = wall < GOAL_SECONDS and rss < GOAL_MB
            rows.append((name, mode, count, size, wall, cpu, rss, rc, last, ok))
            print(f"{name:28} {mode:7} {count:5} files {size / MIB:5.2f} MiB {wall:7.2f} s wall {cpu:6.2f} s CPU "
                  f"{rss:5.0f} MB exit {rc} {'ok' if ok else 'OVER GOAL'}  {last}", flush=True)
    load_after = os.getloadavg()
    lines = [
        "# Hostile shapes: `utmlint lint --no-cache` on 1 MiB of input shaped to hurt",
        "",
        f"Written by `benchmarks/bench_hostile.py --runs {args.runs}` at commit `{commit}` on "
        f"{platform.system()} {platform.machine()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average "
        f"{load_before[0]:.1f} before and {load_after[0]:.1f} after. Goal (issue 13): under "
        f"{GOAL_SECONDS:.0f} s and {GOAL_MB} MB each. Wall and CPU (user + system) times are the medians of the "
        "runs; memory the largest peak RSS of the utmlint process. `--diff` runs the fix passes and prints the "
        "patch; `--fix` writes the fixes (into a fresh copy each run) and lints again; `--format X` is plain lint "
        "writing that format (on the shapes with the most findings). The goal column judges wall time, which a busy "
        "machine inflates: compare CPU seconds then.",
        "",
        "| shape | mode | files | size | wall (s) | CPU (s) | peak RSS (MB) | exit | goal | last line of output |",
        "|---|---|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for name, mode, count, size, wall, cpu, rss, rc, last, ok in rows:
        shown = last.replace("|", "\\|")
        lines.append(f"| {name} | {mode} | {count:,} | {size / MIB:.2f} MiB | {wall:.2f} | {cpu:.2f} | {rss:.0f} | "
                     f"{rc} | {'met' if ok else '**not met**'} | {shown} |")
    write_keeping_notes(Path(args.output), "\n".join(lines), ANALYSIS_MARKER)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
