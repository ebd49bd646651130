"""Time `utmlint lint` beside yamllint, check-jsonschema and the floors, on one corpus.

    python benchmarks/bench_lint.py [--sizes 1,100,1000,10000] [--runs 5] [--quick]

For each size N the corpus (benchmarks/corpus.py, cached under benchmarks/.work/)
is linted by every tool in turn, and the rounds are interleaved (A B C ..., A B C
..., ...), so a slow minute on the machine hits every tool alike. Each run is one
subprocess: wall time is time.perf_counter() around it; peak memory is the
child's ru_maxrss (the largest single process of its tree, taken by GNU time's
wait4() so the harness's own memory does not leak into it); and a sampler adds
up the memory of the whole process tree (the largest RSS plus the other
processes' private pages, every 50 ms in the first second, then every 100 ms),
which is what counts when a tool spreads work over worker processes.

Prints a markdown report and writes it to benchmarks/RESULTS.md (--quick writes
benchmarks/.work/RESULTS-quick.md instead). Always exits 0: a tool that fails is
recorded in the tables, not raised.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from results_file import write_keeping_notes

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
WORK = HERE / ".work"
SCHEMA = REPO / "schemas" / "campaign.schema.json"
BIN = Path(sys.executable).parent
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024

sys.path.insert(0, str(HERE))
import corpus as corpus_mod  # noqa: E402


@dataclass
class Corpus:
    n: int
    seed: int
    root: Path
    files: list[str]  # relative to root, sorted


@dataclass
class Tool:
    name: str
    argv: Callable[[Corpus], list[str]]
    shown: Callable[[Corpus], str]
    ok_codes: tuple[int, ...] = (0,)
    prime: bool = False  # run once, untimed, before the rounds (fills a cache)
    note: str = ""


@dataclass
class Sample:
    wall: float
    cpu: float  # user + system seconds of the whole tree
    maxrss_kib: int
    tree_kib: int | None
    rc: int
    tail: str
    round: int = -1  # which round of interleaved runs it belongs to (pairs it with the other tools' runs)
    load1: float = -1.0  # the 1-minute load average just before the run


@dataclass
class Result:
    tool: str
    n: int
    samples: list[Sample] = field(default_factory=list)
    skipped: int = 0
    prime_failure: str = ""
    load: str = ""

    @property
    def walls(self) -> list[float]:
        return [s.wall for s in self.samples]

    def failures(self, tool: Tool) -> list[Sample]:
        return [s for s in self.samples if s.rc not in tool.ok_codes]

    @property
    def median(self) -> float | None:
        return statistics.median(self.walls) if self.samples else None

    @property
    def cpu_median(self) -> float | None:
        return statistics.median(s.cpu for s in self.samples) if self.samples else None

    @property
    def peak_kib(self) -> int | None:
        return max(s.maxrss_kib for s in self.samples) if self.samples else None

    @property
    def tree_peak_kib(self) -> int | None:
        trees = [s.tree_kib for s in self.samples if s.tree_kib]
        return max(trees) if trees else None


def exe(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else (shutil.which(name) or name)


def tools() -> list[Tool]:
    py = sys.executable
    loader = str(HERE / "load_yaml.py")
    return [
        Tool("utmlint cold", lambda c: [exe("utmlint"), "lint", "--no-cache", "."],
             lambda c: "utmlint lint --no-cache ."),
        Tool("utmlint warm", lambda c: [exe("utmlint"), "lint", "."],
             lambda c: "utmlint lint .", prime=True,
             note="cache filled by one untimed `utmlint lint .` before the rounds"),
        # The pre-commit case: pre-commit passes the staged files as argv (here the corpus's first file);
        # repo-wide rules still see the whole project. Warm: the same command ran before on unchanged files.
        Tool("utmlint cold file", lambda c: [exe("utmlint"), "lint", "--no-cache", c.files[0]],
             lambda c: "utmlint lint --no-cache <first file>"),
        Tool("utmlint warm file", lambda c: [exe("utmlint"), "lint", c.files[0]],
             lambda c: "utmlint lint <first file>", prime=True,
             note="pre-commit's case: the same command ran once, untimed, before the rounds"),
        Tool("yamllint", lambda c: [exe("yamllint"), "-d", "relaxed", "campaigns"],
             lambda c: "yamllint -d relaxed campaigns"),
        Tool("yamllint file", lambda c: [exe("yamllint"), "-d", "relaxed", c.files[0]],
             lambda c: "yamllint -d relaxed <first file>"),
        Tool("check-jsonschema",
             lambda c: [exe("check-jsonschema"), "--schemafile", "schemas/campaign.schema.json", *c.files],
             lambda c: f"check-jsonschema --schemafile schemas/campaign.schema.json "
                       f"<the {len(c.files)} campaign files, one argv>",
             note="the corpus's copy of the checkout's schema, refreshed every run"),
        Tool("ruamel rt load", lambda c: [py, loader, "rt", "."],
             lambda c: "python benchmarks/load_yaml.py rt ."),
        Tool("ruamel safe-C load", lambda c: [py, loader, "safe-c", "."],
             lambda c: "python benchmarks/load_yaml.py safe-c ."),
        Tool("python -c pass", lambda c: [py, "-c", "pass"], lambda c: "python -c pass"),
    ]


# -- corpus -------------------------------------------------------------------

def ensure_corpus(n: int, seed: int) -> Corpus:
    """Generate the corpus once per (size, seed, generator version); reuse it after."""
    stamp = hashlib.sha256((HERE / "corpus.py").read_bytes()).hexdigest()[:16] + f" n={n} seed={seed}"
    root = WORK / f"corpus-n{n}-s{seed}"
    stamp_file = root / ".corpus-stamp"
    if not (stamp_file.is_file() and stamp_file.read_text() == stamp):
        shutil.rmtree(root, ignore_errors=True)
        corpus_mod.generate(n, root, seed)
        stamp_file.write_text(stamp)
    elif SCHEMA.is_file():  # keep the schema the $schema comments point at current
        (root / "schemas").mkdir(exist_ok=True)
        shutil.copyfile(SCHEMA, root / "schemas" / SCHEMA.name)
    files = sorted(p.relative_to(root).as_posix() for p in root.glob("campaigns/**/*.yaml"))
    return Corpus(n, seed, root, files)


# -- measuring ----------------------------------------------------------------

def _tree_rss_kib(root_pid: int) -> int:
    """Memory of root_pid's whole process tree: the largest RSS plus every other process's private pages.

    Summing RSS would count twice the pages a forked worker still shares with its parent; this counts
    them once, and a single-process tool gets exactly its RSS.
    """
    parents: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as f:
                stat = f.read()
        except OSError:
            continue
        parents[int(entry.name)] = int(stat[stat.rfind(b")") + 2:].split()[1])
    children: dict[int, list[int]] = {}
    for pid, ppid in parents.items():
        children.setdefault(ppid, []).append(pid)
    tree, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        if pid not in tree:
            tree.append(pid)
            todo.extend(children.get(pid, ()))
    usage = [u for u in map(_rss_private_kib, tree) if u is not None]
    if not usage:
        return 0
    biggest = max(range(len(usage)), key=lambda i: usage[i][0])
    return usage[biggest][0] + sum(private for i, (_, private) in enumerate(usage) if i != biggest)


def _rss_private_kib(pid: int) -> tuple[int, int] | None:
    try:
        with open(f"/proc/{pid}/smaps_rollup", "rb") as f:
            text = f.read()
    except OSError:
        return None
    values = {}
    for line in text.splitlines()[1:]:
        key, _, rest = line.partition(b":")
        parts = rest.split()
        if parts:
            values[key] = int(parts[0])
    return values.get(b"Rss", 0), values.get(b"Private_Clean", 0) + values.get(b"Private_Dirty", 0)


def child_env() -> dict[str, str]:
    """The tools' environment: the venv first, no colour, and byte-code caching on as on a user's machine.

    With PYTHONDONTWRITEBYTECODE set (this sandbox sets it), an edited module is compiled from source on
    every run, which costs an editable utmlint about 30 ms of a one-file lint and no installed tool anything.
    """
    env = dict(os.environ, NO_COLOR="1", PATH=f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


GNU_TIME = "/usr/bin/time"
KEEP_MARKER = "<!-- analysis: written by hand, kept by bench_lint.py -->"


def measure(argv: list[str], cwd: Path, timeout: float, sample_tree: bool) -> Sample:
    """Run argv once; wall time, peak RSS of its largest process, exit code, output tail.

    A child forked from this harness would inherit the harness's own ~25 MiB as its
    starting peak (Linux folds the pre-exec image into ru_maxrss), so when GNU time
    is present it launches the tool and reports %M from its wait4(): the ghost is
    then time's ~1 MiB. Without it, os.wait4's ru_maxrss is used, inflated as said.
    """
    env = child_env()
    use_time = os.access(GNU_TIME, os.X_OK)
    with tempfile.TemporaryFile() as out, tempfile.NamedTemporaryFile("r") as mem:
        full = [GNU_TIME, "-f", "%M", "-o", mem.name, "--", *argv] if use_time else argv
        peak_tree = 0
        done = threading.Event()
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(full, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                                    stdin=subprocess.DEVNULL, env=env, start_new_session=True)
        except OSError as exc:
            return Sample(time.perf_counter() - start, 0.0, 0, None, 127, f"cannot start: {exc}")

        def sampler() -> None:
            nonlocal peak_tree
            # 2-3 ms a scan: finer while short runs need it, then light enough
            # (about 3% of one core) not to slow a tool that uses every core.
            while not done.wait(0.05 if time.perf_counter() - start < 1.0 else 0.1):
                try:
                    peak_tree = max(peak_tree, _tree_rss_kib(proc.pid))
                except OSError:
                    pass

        def kill() -> None:
            try:
                os.killpg(proc.pid, 9)
            except OSError:
                pass

        watcher = threading.Thread(target=sampler, daemon=True) if sample_tree else None
        if watcher:
            watcher.start()
        killer = threading.Timer(timeout, kill)
        killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        killer.cancel()
        done.set()
        if watcher:
            watcher.join()
        proc.returncode = rc = os.waitstatus_to_exitcode(status)
        maxrss = usage.ru_maxrss
        if use_time:
            report_lines = mem.read().split("\n")
            report_lines = [line.strip() for line in report_lines if line.strip()]
            for line in report_lines:
                if "terminated by signal" in line:
                    rc = -int(line.rsplit(" ", 1)[1])
            maxrss = int(report_lines[-1]) if report_lines and report_lines[-1].isdigit() else 0
        out.seek(0)
        text = out.read().decode("utf-8", "replace").strip().splitlines()
    tail = " / ".join(line.strip() for line in text[-2:])[:200]
    if rc < 0:
        tail = f"killed by signal {-rc}" + (" (timeout)" if wall >= timeout else "") + f"; {tail}"
    # A run shorter than this is mostly exec and start-up: one or two samples, caught mid-exec.
    # The sampler can miss a short peak; the tree never used less than its largest process did.
    tree = max(peak_tree, maxrss) if peak_tree and wall >= 0.1 else None
    return Sample(wall, usage.ru_utime + usage.ru_stime, maxrss, tree, rc, tail)


def bench_size(c: Corpus, tool_list: list[Tool], runs: int, budget: float,
               timeout: float, sample_tree: bool, log: Callable[[str], None]) -> list[Result]:
    results = [Result(t.name, c.n) for t in tool_list]
    load_before = _loadavg()
    shutil.rmtree(c.root / ".utmlint_cache", ignore_errors=True)  # nothing left from an older utmlint
    for tool, result in zip(tool_list, results):
        if tool.prime:
            s = measure(tool.argv(c), c.root, timeout, False)
            if s.rc not in tool.ok_codes:
                result.prime_failure = f"priming run exit {s.rc}: {s.tail}"
    for rnd in range(runs):
        # A B C, then C B A, ...: each tool runs next to the others in every round, and no tool always runs
        # first (or right after a given tool), so a drift over the minutes hits every pair alike.
        order = list(zip(tool_list, results))
        for tool, result in (order if rnd % 2 == 0 else order[::-1]):
            spent = sum(result.walls)
            if result.samples and spent + result.walls[-1] > budget:
                result.skipped += 1
                continue
            load1 = _load1()
            s = measure(tool.argv(c), c.root, timeout, sample_tree)
            s.round, s.load1 = rnd, load1
            result.samples.append(s)
            flag = "" if s.rc in tool.ok_codes else f"  FAILED exit {s.rc}: {s.tail}"
            log(f"  N={c.n:<6} round {rnd + 1}/{runs}  {tool.name:<20} {s.wall:8.3f} s "
                f"{s.cpu:8.3f} s CPU {s.maxrss_kib / 1024:7.1f} MiB  load {load1:.2f}{flag}")
    load = f"{load_before} at the start, {_loadavg()} at the end"
    for result in results:
        result.load = load
    return results


def _load1() -> float:
    try:
        return float(Path("/proc/loadavg").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return -1.0


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# -- machine and versions -----------------------------------------------------

def _run_text(argv: list[str]) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=60, cwd=REPO)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"unavailable ({exc})"
    text = (done.stdout or done.stderr).strip()
    return text.splitlines()[0] if done.returncode == 0 and text else f"unavailable (exit {done.returncode}: {text[:120]})"


def machine() -> dict[str, str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import ruamel.yaml
        ruamel = ruamel.yaml.__version__
        from ruamel.yaml import YAML
        ruamel += " (C parser available)" if "CParser" in YAML(typ="safe", pure=False).Parser.__name__ else " (no C parser)"
    except Exception as exc:  # report, never fail
        ruamel = f"unavailable ({exc})"
    dirty = subprocess.run(["git", "status", "--porcelain", "--", "utmlint", "schemas", "rules"],
                           capture_output=True, text=True, cwd=REPO).stdout.strip()
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "uname -a": _run_text(["uname", "-a"]),
        "cpu": cpu,
        "nproc": str(len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()),
        "python": sys.version.split()[0] + f" ({sys.executable})",
        "utmlint": _run_text([exe("utmlint"), "--version"]),
        "yamllint": _run_text([exe("yamllint"), "--version"]),
        "check-jsonschema": _run_text([exe("check-jsonschema"), "--version"]),
        "ruamel.yaml": ruamel,
        "commit": _run_text(["git", "rev-parse", "--short", "HEAD"])
                  + (f" plus {len(dirty.splitlines())} uncommitted paths under utmlint/ schemas/ rules/" if dirty else ""),
    }


# -- report -------------------------------------------------------------------

def _s(x: float | None) -> str:
    return "—" if x is None else (f"{x:.3f}" if x < 10 else f"{x:.1f}")


def _mib(kib: int | None) -> str:
    return "—" if not kib else (f"{kib / 1024:.1f}" if kib < 100 * 1024 else f"{kib / 1024:.0f}")


def _ratio(a: float | None, b: float | None) -> str:
    return "—" if a is None or not b else f"{a / b:.2f}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("`", "'")


def report(all_results: dict[int, list[Result]], tool_list: list[Tool], info: dict[str, str],
           corpora: dict[int, Corpus], args: argparse.Namespace, argv: Sequence[str]) -> str:
    by = {(r.tool, r.n): r for rs in all_results.values() for r in rs}
    sizes = sorted(all_results)
    tool_by_name = {t.name: t for t in tool_list}
    med = lambda tool, n: by[(tool, n)].median if (tool, n) in by and not by[(tool, n)].failures(tool_by_name[tool]) else None  # noqa: E731
    lines = ["# utmlint lint benchmark", ""]
    lines += [
        "Produced by `" + shlex.join(["python", "benchmarks/bench_lint.py", *argv]) + "`.",
        "",
        "## Machine", "",
        *(f"- {k}: {v}" for k, v in info.items()),
        "",
        "## Commands", "",
        "Each runs with the corpus directory `benchmarks/.work/corpus-n<N>-s<seed>/` as its working directory "
        "(a campaign repo made by `python benchmarks/corpus.py N DIR --seed S`: `.utmlint.yaml` with "
        "`include: [\"campaigns/**/*.yaml\"]`, and the files under `campaigns/<platform>/`).", "",
    ]
    example = corpora[sizes[-1]]
    for t in tool_list:
        lines.append(f"- **{t.name}**: `{t.shown(example)}`" + (f" ({t.note})" if t.note else ""))
    lines += [
        "",
        f"Runs per size: {args.runs}, interleaved (every tool once per round, the order reversed every other "
        f"round); a tool stops repeating at a size once another run would take "
        f"its total there past {args.budget:.0f} s (the *runs* column says how many it got). "
        "Before the first size every tool ran once untimed (warm .pyc and page cache).",
        "",
    ]
    for n in sizes:
        c = corpora[n]
        size_bytes = sum((c.root / f).stat().st_size for f in c.files)
        lines += [f"## N = {n:,} files ({size_bytes / 1024:,.1f} KiB of YAML)", "",
                  f"Load average (1, 5, 15 min): {all_results[n][0].load if all_results[n] else '?'}.", "",
                  "| tool | runs | median s | min s | max s | ms/file | CPU s | peak RSS MiB | tree MiB | status |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|---:|---|"]
        for r in all_results[n]:
            t = tool_by_name[r.tool]
            fails = r.failures(t)
            status = "ok"
            if r.prime_failure:
                status = _cell(r.prime_failure)
            if fails:
                status = f"FAILED {len(fails)}/{len(r.samples)}: exit {fails[0].rc}: {_cell(fails[0].tail)}"
            elif r.samples and r.samples[-1].rc != 0:
                status = f"ok (exit {r.samples[-1].rc})"
            if r.samples and t.name.startswith("utmlint") and not fails:
                status += f"; last line: {_cell(r.samples[-1].tail)}"
            per_file = r.median / n * 1000 if r.median is not None and n else None
            lines.append(
                f"| {r.tool} | {len(r.samples)} | {_s(r.median)} | {_s(min(r.walls, default=None))} | "
                f"{_s(max(r.walls, default=None))} | {'—' if per_file is None else f'{per_file:.2f}'} | "
                f"{_s(r.cpu_median)} | {_mib(r.peak_kib)} | {_mib(r.tree_peak_kib)} | {status} |")
        lines.append("")

    cpu = lambda tool, n: by[(tool, n)].cpu_median if med(tool, n) is not None else None  # noqa: E731
    lines += ["## Ratios (same run)", "",
              "Median wall time of utmlint over the other tool's; the CPU columns divide median CPU seconds, "
              "which a busy machine disturbs less than wall time.", "",
              "| N | cold / yamllint | cold / check-jsonschema | warm / yamllint | warm / check-jsonschema "
              "| cold / ruamel rt load | CPU cold / yamllint | CPU cold / check-jsonschema |",
              "|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for n in sizes:
        cold, warm = med("utmlint cold", n), med("utmlint warm", n)
        yl, cj, rt = med("yamllint", n), med("check-jsonschema", n), med("ruamel rt load", n)
        lines.append(f"| {n:,} | {_ratio(cold, yl)} | {_ratio(cold, cj)} | {_ratio(warm, yl)} | "
                     f"{_ratio(warm, cj)} | {_ratio(cold, rt)} | "
                     f"{_ratio(cpu('utmlint cold', n), cpu('yamllint', n))} | "
                     f"{_ratio(cpu('utmlint cold', n), cpu('check-jsonschema', n))} |")
    lines.append("")
    lines += ["Pre-commit case, one file named on the command line (in a repo of N files), over yamllint on that "
              "file; wall time (CPU time in brackets):", "",
              "| N | cold file / yamllint file | warm file / yamllint file |", "|---:|---:|---:|"]
    for n in sizes:
        yf = med("yamllint file", n)
        cells = [f"{_ratio(med(t, n), yf)} ({_ratio(cpu(t, n), cpu('yamllint file', n))})"
                 for t in ("utmlint cold file", "utmlint warm file")]
        lines.append(f"| {n:,} | " + " | ".join(cells) + " |")
    lines.append("")

    if len(sizes) > 1:
        steps = list(zip(sizes, sizes[1:]))
        lines += ["## Growth with N", "",
                  "Marginal cost: extra median wall (and CPU) time per extra file between consecutive sizes, in "
                  "ms. Linear growth shows as a flat row.", "",
                  "| tool | " + " | ".join(f"{a:,}→{b:,} wall (CPU)" for a, b in steps) + " | peak RSS "
                  + " / ".join(f"{n:,}" for n in sizes) + " MiB |",
                  "|---|" + "---:|" * len(steps) + "---|"]
        for t in tool_list:
            cells = []
            for a, b in steps:
                ma, mb, ca, cb = med(t.name, a), med(t.name, b), cpu(t.name, a), cpu(t.name, b)
                cells.append("—" if ma is None or mb is None else
                             f"{(mb - ma) / (b - a) * 1000:.2f} ({(cb - ca) / (b - a) * 1000:.2f})")
            mems = " / ".join(_mib(by[(t.name, n)].peak_kib) for n in sizes if (t.name, n) in by)
            lines.append(f"| {t.name} | " + " | ".join(cells) + f" | {mems} |")
        lines.append("")
        if 100 in corpora and max(sizes) > 100:
            big = max(sizes)
            lines += [f"Memory growth, peak RSS at {big:,} / at 100 (ru_maxrss; whole tree in brackets):", ""]
            for t in tool_list:
                a, b = by.get((t.name, 100)), by.get((t.name, big))
                if a and b:
                    lines.append(f"- {t.name}: {_ratio(b.peak_kib, a.peak_kib)} "
                                 f"({_ratio(b.tree_peak_kib, a.tree_peak_kib)})")
            lines.append("")

    nproc = int(info.get("nproc", "0") or 0) if str(info.get("nproc", "")).isdigit() else 0
    lines += paired_section(by, tool_by_name, sizes, nproc)
    lines += ["## Goals (issues 8 and 19)", ""] + goals(sizes, med, cpu, by, tool_by_name, nproc) + [""]
    return "\n".join(lines)


def goals(sizes: list[int], med: Callable, cpu: Callable, by: dict, tool_by_name: dict[str, Tool] | None = None,
          nproc: int = 0) -> list[str]:
    out = []

    def verdict(ok: bool | None) -> str:
        return "n/a (not measured or failed)" if ok is None else ("**met**" if ok else "**missed**")

    if 1 in sizes:
        cold, yl = med("utmlint cold", 1), med("yamllint", 1)
        ok = None if cold is None or yl is None else cold <= yl
        out.append(f"- One file, `utmlint lint --no-cache` no slower than yamllint: {verdict(ok)} "
                   f"({_s(cold)} s vs {_s(yl)} s, ratio {_ratio(cold, yl)})")
    for n in sizes:  # issue 19: the pre-commit hook
        yf = med("yamllint file", n)
        for tool, goal in (("utmlint warm file", 0.5), ("utmlint cold file", 0.85)):
            mine = med(tool, n)
            if mine is None and yf is None:  # neither ran here (a run of other tools): nothing to say
                continue
            ok = None if mine is None or yf is None else mine <= goal * yf
            cpu_ok = None if ok is None else cpu(tool, n) <= goal * cpu("yamllint file", n)
            out.append(f"- N = {n:,}, `{tool}` ≤ {goal} × yamllint on the file (issue 19): {verdict(ok)} by wall "
                       f"({_s(mine)} s vs {_s(yf)} s, ratio {_ratio(mine, yf)}), "
                       f"{'n/a' if cpu_ok is None else 'met' if cpu_ok else 'missed'} by CPU "
                       f"(ratio {_ratio(cpu(tool, n), cpu('yamllint file', n))})")
    if 1000 in sizes:
        cold, cj = med("utmlint cold", 1000), med("check-jsonschema", 1000)
        tools_ = tool_by_name or {}
        p = Paired.of(by.get(("utmlint cold", 1000)), by.get(("check-jsonschema", 1000)),
                      tools_["utmlint cold"], tools_["check-jsonschema"]) \
            if "utmlint cold" in tools_ and "check-jsonschema" in tools_ else None
        if p is not None:  # judged by the median of the round-by-round ratios
            q1, q3 = p.quartiles()
            busy = bool(nproc and p.loads and max(p.loads) > nproc)
            said = (f"**not judged**: a busy machine (load up to {max(p.loads):.2f} on {nproc} CPUs); it would be "
                    f"{'met' if p.median <= 0.3 else 'missed'}" if busy else verdict(p.median <= 0.3))
            out.append(f"- 1,000 files cold ≤ 0.3 × check-jsonschema (issue 19): {said} by the "
                       f"median of {len(p.walls)} paired ratios, **{p.median:.2f}** (quartiles {q1:.2f}–{q3:.2f}, "
                       f"{p.within(0.3)} of {len(p.walls)} rounds at or under 0.3; CPU ratio {p.cpu_median:.2f}; "
                       f"medians {_s(cold)} s vs {_s(cj)} s)")
        else:
            ok = None if cold is None or cj is None else cold <= 0.3 * cj
            out.append(f"- 1,000 files cold ≤ 0.3 × check-jsonschema (issue 19): {verdict(ok)} "
                       f"({_s(cold)} s vs {_s(cj)} s, ratio {_ratio(cold, cj)}; CPU ratio "
                       f"{_ratio(cpu('utmlint cold', 1000), cpu('check-jsonschema', 1000))})")
    if 1000 in sizes:
        cold, cj = med("utmlint cold", 1000), med("check-jsonschema", 1000)
        ok = None if cold is None or cj is None else cold <= 0.5 * cj
        out.append(f"- 1,000 files cold ≤ 0.5 × check-jsonschema: {verdict(ok)} "
                   f"({_s(cold)} s vs {_s(cj)} s, ratio {_ratio(cold, cj)})")
    if 10000 in sizes:
        warm = med("utmlint warm", 10000)
        ok = None if warm is None else warm < 1.0
        out.append(f"- Warm re-lint of 10,000 files < 1 s: {verdict(ok)} ({_s(warm)} s)")
    if 100 in sizes and 10000 in sizes:
        a, b = by.get(("utmlint cold", 100)), by.get(("utmlint cold", 10000))
        if a and b and a.peak_kib and b.peak_kib:
            tree_ok = (b.tree_peak_kib or 0) <= 2 * (a.tree_peak_kib or 1) if a.tree_peak_kib and b.tree_peak_kib else None
            out.append(f"- Peak memory at 10,000 ≤ 2 × at 100 (cold): {verdict(b.peak_kib <= 2 * a.peak_kib)} "
                       f"(largest process {_ratio(b.peak_kib, a.peak_kib)}×; whole tree "
                       f"{_ratio(b.tree_peak_kib, a.tree_peak_kib)}×"
                       + ("" if tree_ok is None else f", {'met' if tree_ok else 'missed'}") + ")")
        else:
            out.append(f"- Peak memory at 10,000 ≤ 2 × at 100: {verdict(None)}")
    big = [n for n in sizes if n >= 100]
    if len(big) >= 3:
        for label, of in (("wall", med), ("CPU", cpu)):
            m = [of("utmlint cold", n) for n in big]
            if None in m:
                out.append(f"- Time linear in N ({label}): {verdict(None)}")
                continue
            slopes = [(m[i + 1] - m[i]) / (big[i + 1] - big[i]) for i in range(len(big) - 1)]
            spread = max(slopes) / min(slopes) if min(slopes) > 0 else float("inf")
            out.append(f"- {label} time linear in N (cold): {verdict(spread <= 1.5)} (marginal ms/file "
                       + ", ".join(f"{s * 1000:.2f}" for s in slopes)
                       + f"; largest / smallest = {spread:.2f}, called linear if ≤ 1.5)")
    return out


# -- paired ratios --------------------------------------------------------------

# (utmlint's tool, the other tool, the goal on the wall ratio or None, the issue that set it)
PAIRS = [
    ("utmlint cold", "check-jsonschema", {1000: 0.3}, "issue 19: a whole repo of 1,000 files cold"),
    ("utmlint cold", "yamllint", {}, ""),
    ("utmlint cold file", "yamllint file", {n: 0.85 for n in (1, 100, 1000, 10000)}, "issue 19: one file cold"),
    ("utmlint warm file", "yamllint file", {n: 0.5 for n in (1, 100, 1000, 10000)}, "issue 19: one file warm"),
]


@dataclass
class Paired:
    """Round-by-round ratios of two tools' runs: each pair ran back to back in the same round, so both
    saw the same minute of the machine; their median is steadier than a ratio of two medians taken over
    rounds whose load differs."""

    walls: list[float]
    cpus: list[float]
    loads: list[float]

    @staticmethod
    def of(a: Result | None, b: Result | None, tool_a: Tool, tool_b: Tool) -> "Paired | None":
        if a is None or b is None:
            return None
        theirs = {s.round: s for s in b.samples if s.rc in tool_b.ok_codes and s.round >= 0}
        walls, cpus, loads = [], [], []
        for mine in a.samples:
            other = theirs.get(mine.round)
            if mine.rc in tool_a.ok_codes and other is not None and other.wall > 0:
                walls.append(mine.wall / other.wall)
                cpus.append(mine.cpu / other.cpu if other.cpu > 0 else float("nan"))
                loads += [x for x in (mine.load1, other.load1) if x >= 0]
        return Paired(walls, cpus, loads) if walls else None

    @property
    def median(self) -> float:
        return statistics.median(self.walls)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpus)

    def quartiles(self, values: list[float] | None = None) -> tuple[float, float]:
        values = sorted(self.walls if values is None else values)
        if len(values) < 2:
            return values[0], values[0]
        q = statistics.quantiles(values, n=4, method="inclusive")
        return q[0], q[2]

    def within(self, goal: float) -> int:
        return sum(1 for r in self.walls if r <= goal)


def paired_section(by: dict, tool_by_name: dict[str, Tool], sizes: list[int], nproc: int) -> list[str]:
    rows = []
    for n in sizes:
        for a, b, goals_by_n, _ in PAIRS:
            if a not in tool_by_name or b not in tool_by_name:
                continue
            p = Paired.of(by.get((a, n)), by.get((b, n)), tool_by_name[a], tool_by_name[b])
            if p is None:
                continue
            goal = goals_by_n.get(n)
            q1, q3 = p.quartiles()
            c1, c3 = p.quartiles(p.cpus)
            rows.append(
                f"| {n:,} | {a} / {b} | {len(p.walls)} | **{p.median:.2f}** | {q1:.2f}–{q3:.2f} | "
                f"{min(p.walls):.2f}–{max(p.walls):.2f} | {p.cpu_median:.2f} ({c1:.2f}–{c3:.2f}) | "
                + (f"≤ {goal}: {p.within(goal)} of {len(p.walls)}" if goal else "—") + " | "
                + (f"{min(p.loads):.2f}–{max(p.loads):.2f}" if p.loads else "?") + " |")
    if not rows:
        return []
    return [
        "## Paired ratios (round by round)", "",
        "Each round runs every tool once, back to back (the order reversed every other round), so a pair of runs "
        "in one round saw the same minute of the machine. Per round: utmlint's wall time over the other tool's; "
        "the table gives the median of those ratios, their quartiles and range, the same for CPU seconds "
        "(user + system of the whole process tree), how many rounds met the goal, and the 1-minute load "
        f"average before the runs ({nproc} CPUs). On a busy machine (load above the CPU count) wall ratios "
        "are no verdict; CPU ratios move less.", "",
        "| N | pair | rounds | median ratio | quartiles | min–max | CPU ratio median (quartiles) | rounds at goal | load |",
        "|---:|---|---:|---:|---:|---:|---:|---|---:|",
        *rows, "",
    ]


# -- main ---------------------------------------------------------------------

def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,100,1000,10000", help="comma-separated corpus sizes")
    parser.add_argument("--runs", type=int, default=5, help="timed runs per tool and size")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="smoke run: sizes 1,100 and 2 runs")
    parser.add_argument("--budget", type=float, default=150.0,
                        help="seconds per tool and size after which it is not repeated (default 150)")
    parser.add_argument("--timeout", type=float, default=900.0, help="kill a single run after this many seconds")
    parser.add_argument("--tools", default="", help="comma-separated subset of tool names (default: all)")
    parser.add_argument("--no-tree-rss", action="store_true", help="do not sample the process tree's RSS")
    parser.add_argument("--output", type=Path, help="markdown file to write (default benchmarks/RESULTS.md)")
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.runs = "1,100", 2
    sizes = sorted({int(s) for s in args.sizes.split(",") if s.strip()})
    output = args.output or (WORK / "RESULTS-quick.md" if args.quick else HERE / "RESULTS.md")
    tool_list = tools()
    if args.tools:
        wanted = {s.strip() for s in args.tools.split(",")}
        tool_list = [t for t in tool_list if t.name in wanted]
    WORK.mkdir(parents=True, exist_ok=True)

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    info = machine()
    log(f"machine: {info['cpu']}, {info['nproc']} CPUs; utmlint: {info['utmlint']}")
    corpora = {n: ensure_corpus(n, args.seed) for n in sizes}
    log("warm-up: every tool once, untimed, on the smallest corpus")
    for t in tool_list:
        measure(t.argv(corpora[sizes[0]]), corpora[sizes[0]].root, args.timeout, False)
    all_results: dict[int, list[Result]] = {}
    started = time.perf_counter()
    for n in sizes:
        all_results[n] = bench_size(corpora[n], tool_list, args.runs, args.budget, args.timeout,
                                    not args.no_tree_rss, log)
    log(f"benchmark took {time.perf_counter() - started:.0f} s")
    text = report(all_results, tool_list, info, corpora, args, argv)
    print(text)
    try:
        write_keeping_notes(output, text, KEEP_MARKER)
        (WORK / "results.json").write_text(json.dumps(
            {"machine": info, "argv": argv,
             "results": [asdict(r) for rs in all_results.values() for r in rs]}, indent=1))
        log(f"wrote {output} and {WORK / 'results.json'}")
    except OSError as exc:
        log(f"could not write results: {exc}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
