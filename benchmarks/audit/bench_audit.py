"""`utmlint audit` against the floor: a hand-written DuckDB query computing the same groups, run in the same
session, alternating, each as its own process (so both pay Python's and DuckDB's start-up).

    python benchmarks/audit/bench_audit.py [--runs 5] [--workdir benchmarks/.work/audit] [--output benchmarks/audit/RESULTS.md]

Goals (issue 16): utmlint within 1.5x of the floor's wall time, peak memory (max RSS) under 1 GiB.
The machine is shared: the load average before and after is recorded with the numbers, and each run's CPU
seconds (user + sys, from wait4) beside its wall time, so the ratio can be judged while other work runs.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]

# The floor: what an analyst would write by hand for the same groups.
HAND_PARQUET = """
SELECT coalesce(mc.source, '(not set)'), coalesce(mc.medium, '(not set)'), coalesce(mc.campaign_name, '(not set)'),
       count(*) AS sessions
FROM (SELECT user_pseudo_id,
             list_filter(event_params, lambda p: p.key = 'ga_session_id')[1].value.int_value AS sid,
             arg_min(session_traffic_source_last_click.manual_campaign, event_timestamp) AS mc
      FROM read_parquet('{path}') GROUP BY ALL)
GROUP BY ALL
"""
HAND_CSV = """
SELECT split_part("Session source / medium", ' / ', 1), split_part("Session source / medium", ' / ', 2),
       "Session campaign", "Session primary channel group (Default Channel Group)",
       sum(TRY_CAST(replace("Sessions", ',', '') AS BIGINT)) AS sessions
FROM read_csv('{path}', header = true, comment = '#', null_padding = true, all_varchar = true)
WHERE "Session campaign" IS NOT NULL AND TRY_CAST(replace("Sessions", ',', '') AS BIGINT) IS NOT NULL
GROUP BY ALL
"""


# As a user's install runs: bytecode cached (pip compiles on install). This machine's environment sets
# PYTHONDONTWRITEBYTECODE, which would recompile utmlint's modules on every run and time the compiler.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def _measure(argv):
    """Wall seconds, CPU seconds (user + sys, all threads) and peak RSS (KiB) of one run, and its stdout.
    CPU seconds are what to compare while other work shares the machine; wall is what a user waits.
    The output goes to temporary files, so the child is reaped by wait4 (which gives its own rusage)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=out, stderr=err, cwd=ROOT, env=ENV)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: Popen must not wait again
        out.seek(0), err.seek(0)
        if status != 0:
            raise SystemExit(f"{argv[:4]} failed ({process.returncode}): {err.read().decode()[-500:]}")
        return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss, out.read()


def _load() -> str:
    return " / ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--workdir", default=str(ROOT / "benchmarks" / ".work" / "audit"))
    parser.add_argument("--output", default=str(HERE / "RESULTS.md"))
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--csv-rows", type=int, default=100_000)
    args = parser.parse_args()
    work = Path(args.workdir)
    parquet, ga4_csv = work / "events.parquet", work / "ga4.csv"
    if not (parquet.exists() and ga4_csv.exists()):
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(work), "--events", str(args.events),
                        "--csv-rows", str(args.csv_rows)], check=True)
    load_before = _load()
    rows = []
    for label, path, hand in (("1,000,000-event BigQuery Parquet", parquet, HAND_PARQUET),
                              ("100,000-row GA4 CSV", ga4_csv, HAND_CSV)):
        utmlint = [sys.executable, "-m", "utmlint", "audit", str(path), "--format", "json"]
        floor = [sys.executable, "-c", "import duckdb, json, sys; duckdb.execute('SET enable_progress_bar = false'); "
                 "rows = duckdb.sql(sys.argv[1]).fetchall(); "
                 "print(json.dumps({'groups': len(rows), 'sessions': sum(r[-1] for r in rows)}))",
                 hand.format(path=path)]
        times = {"utmlint": [], "floor": []}
        cpu = {"utmlint": [], "floor": []}
        rss = {"utmlint": 0, "floor": 0}
        checked = None
        _measure(utmlint), _measure(floor)  # warm-up, not timed: bytecode written, file in the page cache
        for _ in range(args.runs):
            for name, argv in (("floor", floor), ("utmlint", utmlint)):
                elapsed, seconds, peak, out = _measure(argv)
                times[name].append(elapsed)
                cpu[name].append(seconds)
                rss[name] = max(rss[name], peak)
                if checked is None and name == "floor":
                    checked = json.loads(out)
                elif name == "utmlint" and checked is not None and not isinstance(checked, tuple):
                    report = json.loads(out)
                    if report["sessions"] != checked["sessions"]:
                        raise SystemExit(f"{label}: utmlint counts {report['sessions']} sessions, the floor "
                                         f"{checked['sessions']}: not the same groups")
                    checked = (checked, report["sessions"])
        rows.append((label, checked[0]["groups"], checked[1], times, cpu, rss))
    load_after = _load()
    lines = ["# `utmlint audit` benchmark", "",
             f"Generated by `python benchmarks/audit/bench_audit.py --runs {args.runs}` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, "
             f"{os.cpu_count()} cores, Python {sys.version.split()[0]}, DuckDB {_duckdb_version()}.",
             f"Load average (1/5/15 min) before: {load_before}; after: {load_after}.", "",
             "Wall: median (min) of the runs, floor and utmlint alternating. CPU: user + sys seconds of the process "
             "(all threads), median; the ratio to judge while other work shares the machine.", "",
             "| Export | Groups | Sessions | utmlint wall | floor wall | ratio (wall) | utmlint CPU | floor CPU | "
             "ratio (CPU) | utmlint max RSS | floor max RSS |",
             "|---|---|---|---|---|---|---|---|---|---|---|"]
    for label, groups, sessions, times, cpu, rss in rows:
        wall = {k: statistics.median(v) for k, v in times.items()}
        best = {k: min(v) for k, v in times.items()}
        used = {k: statistics.median(v) for k, v in cpu.items()}
        lines.append(f"| {label} | {groups:,} | {sessions:,} | {wall['utmlint']:.2f} s ({best['utmlint']:.2f}) | "
                     f"{wall['floor']:.2f} s ({best['floor']:.2f}) | {wall['utmlint'] / wall['floor']:.2f}x | "
                     f"{used['utmlint']:.2f} s | {used['floor']:.2f} s | {used['utmlint'] / used['floor']:.2f}x | "
                     f"{rss['utmlint'] / 1024:.0f} MiB | {rss['floor'] / 1024:.0f} MiB |")
    lines += ["", "Goals: ratio at most 1.5x, utmlint max RSS under 1 GiB (1024 MiB).", ""]
    text = "\n".join(lines)
    marker = "<!-- analysis: written by hand, kept by bench_audit.py -->"
    output = Path(args.output)
    if output.exists() and marker in output.read_text(encoding="utf-8"):
        text += "\n" + marker + output.read_text(encoding="utf-8").split(marker, 1)[1]
    output.write_text(text, encoding="utf-8")
    print(text)


def _duckdb_version() -> str:
    import duckdb

    return duckdb.__version__


if __name__ == "__main__":
    main()
