"""Live-check benchmark: utmlint check beside a plain asyncio+httpx floor (and LinkChecker), two scenarios.

    python benchmarks/live/bench_live.py                                   # both scenarios
    python benchmarks/live/bench_live.py --scenario one-host --sizes 1000 --rounds 5
    python benchmarks/live/bench_live.py --scenario many-hosts --sizes 1000 2000 10000

one-host: every chain on 127.0.0.1, 10 requests at a time to it. utmlint runs with GET (the default)
and with --method head, beside floors doing GET and HEAD: the cost of GET.
many-hosts: chains spread over 200 loopback hosts (127.1.0.1 ...), each hop on the next host, at
utmlint's default limits (128 in flight, 10 per host) and the same limits in the floor (GET).

Starts benchmarks/live/server.py (3-hop chains, 20 ms per response, a 64 KiB HTML landing page) and,
for each size, runs the tools in interleaved rounds so a busy machine slows them alike. Each run is a fresh process; wall
time is measured around it and peak memory is the maximum RSS GNU time reports (`/usr/bin/time`). LinkChecker is
taken from benchmarks/.work/lc-venv (`python -m venv benchmarks/.work/lc-venv &&
benchmarks/.work/lc-venv/bin/pip install linkchecker`); it is skipped when absent.
Writes benchmarks/.work/live-bench.json and prints Markdown tables.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
WORK = ROOT / "benchmarks" / ".work"
LINKCHECKER = WORK / "lc-venv" / "bin" / "linkchecker"
TIME = "/usr/bin/time"  # GNU time
sys.path.insert(0, str(HERE))

from server import chain_url  # noqa: E402

LIFTED_CONFIG = "[checking]\nthreads=10\nmaxrequestspersecond=1000000\n[output]\nstatus=0\n"
SHIPPED_CONFIG = "[checking]\nthreads=10\n[output]\nstatus=0\n"  # threads=10 is the shipped default


def run_measured(cmd, stdin_text=None):
    """(wall seconds, peak RSS MiB, CPU seconds, exit code, stdout tail, stderr tail) of one command.

    Peak memory comes from GNU time, which forks the command from its own small process: a child
    forked straight from this script would report this script's high-water RSS when that is higher
    (Linux carries it across fork and exec).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as inp, \
            tempfile.NamedTemporaryFile(mode="r") as stats:
        if stdin_text is not None:
            inp.write(stdin_text.encode())
            inp.seek(0)
        started = time.perf_counter()
        proc = subprocess.run([TIME, "-f", "%M %U %S", "-o", stats.name, *cmd], stdin=inp, stdout=out, stderr=err)
        wall = time.perf_counter() - started
        fields = stats.read().split()[-3:]
        rss_kib, user, system = int(fields[0]), float(fields[1]), float(fields[2])
        tails = []
        for handle in (out, err):
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 4000))
            tails.append(handle.read().decode(errors="replace"))
        return wall, rss_kib / 1024, user + system, proc.returncode, tails[0], tails[1]


def tools(scenario: str, port: int, n: int, urls, per_host: int, config_dir: Path, with_shipped: bool,
          with_linkchecker: bool):
    python = sys.executable
    url_lines = "\n".join(urls) + "\n"

    def utmlint(*extra):
        # URLs on stdin for both: 10,000 URLs as arguments cost any Python program ~30 MiB of RSS
        return ([python, "-m", "utmlint", "check", "-", "--allow-private", "--no-cache", "--format", "json",
                 "--per-host", str(per_host), *extra], url_lines, lambda rc, out, err: rc == 0 and f"{n} passed" in err)

    def floor(method):
        return ([python, str(HERE / "floor.py"), "--per-host", str(per_host), "--method", method], url_lines,
                lambda rc, out, err: rc == 0)

    if scenario == "many-hosts":
        return {"utmlint": utmlint(), "floor (asyncio+httpx)": floor("GET")}
    found = {
        "utmlint": utmlint(),
        "floor (asyncio+httpx)": floor("GET"),
        "utmlint --method head": utmlint("--method", "head"),
        "floor, HEAD": floor("HEAD"),
    }
    if with_linkchecker and LINKCHECKER.exists():
        start = f"http://127.0.0.1:{port}/index.html?n={n}"
        for name, text in (("LinkChecker, limit lifted", LIFTED_CONFIG), ("LinkChecker as shipped", SHIPPED_CONFIG)):
            if name == "LinkChecker as shipped" and not with_shipped:
                continue
            config = config_dir / (name.split()[-1] + ".rc")
            config.write_text(text)
            config.chmod(0o644)
            found[name] = ([str(LINKCHECKER), "-f", str(config), "-r", "1", "--no-warnings", "-o", "text", start],
                           None, lambda rc, out, err: f"{n + 1} links in" in out and " 0 errors found" in out)
    return found


SCENARIOS = {"one-host": 1, "many-hosts": 200}  # loopback hosts the chains are spread over


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenario", choices=[*SCENARIOS, "both"], default="both")
    parser.add_argument("--sizes", type=int, nargs="+", help="default: 1000 10000 (one-host), 1000 2000 10000 (many-hosts)")
    parser.add_argument("--rounds", type=int, default=3, help="rounds at the first size (default: 3)")
    parser.add_argument("--big-rounds", type=int, default=1, help="rounds at the other sizes (default: 1)")
    parser.add_argument("--shipped-rounds", type=int, default=0,
                        help="rounds of LinkChecker as shipped (slow: about 0.35 s per URL), first size only")
    parser.add_argument("--linkchecker", action="store_true", help="also run LinkChecker (one-host, first size)")
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--per-host", type=int, default=10)
    parser.add_argument("--page-kib", type=int, default=64)
    args = parser.parse_args()

    env_note = {
        "python": platform.python_version(),
        "machine": platform.platform(),
        "cpus": os.cpu_count(),
        "loadavg_at_start": os.getloadavg(),
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                 text=True).stdout.strip(),
    }
    print(json.dumps(env_note), flush=True)
    records = []
    scenarios = list(SCENARIOS) if args.scenario == "both" else [args.scenario]
    for scenario in scenarios:
        hosts = SCENARIOS[scenario]
        sizes = args.sizes or ([1000, 10000] if scenario == "one-host" else [1000, 2000, 10000])
        server = subprocess.Popen([sys.executable, str(HERE / "server.py"), "--latency", str(args.latency), "--hops", "3",
                                   "--hosts", str(hosts), "--page-kib", str(args.page_kib)], stdout=subprocess.PIPE, text=True)
        port = int(server.stdout.readline())
        try:
            with tempfile.TemporaryDirectory() as config_dir:
                os.chmod(config_dir, 0o755)
                for index, n in enumerate(sizes):
                    urls = [chain_url(port, i, hosts=hosts) for i in range(n)]
                    first = index == 0
                    rounds = args.rounds if first else args.big_rounds
                    for round_no in range(rounds):
                        with_shipped = first and round_no < args.shipped_rounds
                        for name, (cmd, stdin_text, ok) in tools(scenario, port, n, urls, args.per_host,
                                                                 Path(config_dir), with_shipped,
                                                                 args.linkchecker and first).items():
                            wall, rss, cpu, rc, out, err = run_measured(cmd, stdin_text)
                            good = bool(ok(rc, out, err))
                            record = {"scenario": scenario, "tool": name, "urls": n, "round": round_no,
                                      "wall_s": round(wall, 3), "peak_rss_mib": round(rss, 1), "cpu_s": round(cpu, 2),
                                      "ok": good, "loadavg": os.getloadavg()[0]}
                            records.append(record)
                            print(json.dumps(record), flush=True)
                            if not good:
                                print(f"  {name} did not check every URL: rc={rc}\n  {err[-500:]}\n  {out[-500:]}",
                                      file=sys.stderr)
        finally:
            server.terminate()
            server.wait()
    WORK.mkdir(parents=True, exist_ok=True)
    (WORK / f"live-bench-{args.scenario}.json").write_text(json.dumps({"env": env_note, "records": records}, indent=2))
    print(table(records))
    return 0


def table(records) -> str:
    lines = ["| scenario | URLs | tool | runs | median wall (s) | median CPU (s) | median peak RSS (MiB) | wall / floor "
             "| utmlint speed-up |",
             "|---|---:|---|---:|---:|---:|---:|---:|---:|"]
    groups = sorted({(r.get("scenario", "one-host"), r["urls"]) for r in records})
    for scenario, n in groups:
        by_tool = {}
        for r in records:
            if (r.get("scenario", "one-host"), r["urls"]) == (scenario, n):
                by_tool.setdefault(r["tool"], []).append(r)
        med = {tool: (statistics.median(x["wall_s"] for x in rs), statistics.median(x["peak_rss_mib"] for x in rs),
                      statistics.median(x["cpu_s"] for x in rs))
               for tool, rs in by_tool.items()}
        mine = med.get("utmlint", (None,))[0]
        for tool, (wall, rss, cpu) in med.items():
            # HEAD against the HEAD floor, everything else against the GET floor
            floor = med.get("floor, HEAD" if "head" in tool.lower() else "floor (asyncio+httpx)", (None,))[0]
            ratio = f"{wall / floor:.2f}x" if floor else "-"
            speedup = f"{wall / mine:.1f}x" if mine and tool != "utmlint" else "-"
            lines.append(f"| {scenario} | {n:,} | {tool} | {len(by_tool[tool])} | {wall:.2f} | {cpu:.2f} | {rss:.0f} | {ratio} "
                         f"| {speedup} |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
