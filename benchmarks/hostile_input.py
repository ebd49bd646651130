"""Hostile input for `utmlint scan` and `utmlint lint`: how long utmlint takes on files shaped to hurt, beside what a
user would run instead on the same files, and how its time grows with the input (session 38).

    python benchmarks/hostile_input.py                      # writes benchmarks/RESULTS-hostile-input.md
    python benchmarks/hostile_input.py --runs 1 --shapes bundle --output /tmp/hostile.md

Every shape is written into a temporary folder (removed at the end; `--keep` keeps it and prints where):

- **bundle N** (N = 1,500, 3,000, 6,000 tagged links): a minified JavaScript bundle, one line of about 100 characters
  a link (600 KB at 6,000), the links to several hosts with different values, in strings, template literals and
  comments, beside `||`, ❌/✅ marks, "Wrong:" labels, `| Bad |` cells and `${...}` placeholders (what made scan's
  per-link look-backs quadratic). `utmlint scan --no-cache app.js` beside `grep -oE` of the tagged URLs.
- **5 MB line, no link**: one line of minified code without a utm key. scan beside the same grep.
- **many small files**: 5,000 Markdown files of one tagged link each. `scan --no-cache .` beside `grep -rhoE`.
- **URL of 10,000 utm keys**: a text file holding one URL of 10,000 `utm_content=` keys (scan reads it as data,
  and says so).
- **line of 8,000 scheme-less keys**: one line `x0=1&utm_source=s0&x1=1&...` with no space, no scheme and no `/`
  (each key's 8 KB window was read back in Python: 18.7 s of CPU, session 39: 1.2 s).
- **large campaign YAML**: one campaign file of 11,000 links, 0.9 MB (lint's limit is 1 MiB). `utmlint lint --no-cache`
  beside `yamllint -d relaxed` (pip install -e '.[bench]'; without it, PyYAML's `safe_load`).

Each command runs `--runs` times in a fresh process, utmlint and the other tool back to back in each round; the table
keeps the median wall time and the median CPU time (user + system of the process and its children, os.wait4: what a
busy machine inflates least) and the ratio of utmlint's to the other tool's. The growth line divides the bundle's time
at 6,000 links by its time at 1,500: near 4 is linear, 16 quadratic. Nothing here is run by the test suite; no test
asserts a time.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional, Tuple

from results_file import write_keeping_notes

HERE = Path(__file__).resolve().parent
ANALYSIS_MARKER = "<!-- analysis: written by hand, kept by hostile_input.py -->"
TAGGED = r"""(https?:)?//[^"'`<>() \t]*utm_[^"'`<>() \t]*"""  # what a user greps for: URLs with a utm key
HOSTS = ["example.com", "shop.example.org", "www.acme.io", "docs.widget.dev", "news.site.net", "app.example.com",
         "twitter.com", "www.facebook.com", "github.com"]
SOURCES = ["newsletter", "Twitter", "facebook", "google", "partner_x", "Email", "linkedin", "{{source}}", "${src}"]
MEDIUMS = ["email", "social", "cpc", "Referral", "banner", "(none)", "SOCIAL"]
PIECES = [  # (weight, how a link is written into the bundle)
    (45, 'var a{i}="{url}";'), (15, "f{j}('{url}',{i});"), (12, "/* see {url} */"),
    (8, "x.push(`{url}&utm_term=${{t{i}}}`);"),
    (4, "a=b||c;d=e|f;m('Wrong: {url}');"), (3, "n('❌ {url}');o('✅ ok');"), (3, "p('| Bad | {url} |');"),
    (2, "q(`${{a.map(function(x){{return x}})}}{url}`);"), (8, "h('<a href=\"{url}\">x</a>');"),
]


def bundle(links: int, seed: int = 0) -> str:
    rng = random.Random(seed)
    weights = [w for w, _ in PIECES]
    parts = ['/*! app bundle */"use strict";']
    for i in range(links):
        url = (f"https://{rng.choice(HOSTS)}/p/{i}?utm_source={rng.choice(SOURCES)}&utm_medium={rng.choice(MEDIUMS)}"
               f"&utm_campaign=camp_{i % 37}")
        if rng.random() < 0.1:
            url += f"&utm_content=c{i}&gclid=abc{i}"
        piece = rng.choices(PIECES, weights)[0][1]
        parts.append(piece.format(url=url, i=i, j=i % 9))
    return "".join(parts) + "\n"


def long_line(size: int = 5 * 1024 * 1024) -> str:
    unit = "function f{i}(a,b){{return a.map(function(x){{return x+b+{i}}}).filter(Boolean)}};var s{i}='/p/{i}?q=1';"
    parts, total, i = [], 0, 0
    while total < size:
        piece = unit.format(i=i)
        parts.append(piece)
        total += len(piece)
        i += 1
    return "".join(parts) + "\n"


def campaign_yaml(links: int = 11000) -> str:
    rng = random.Random(1)
    lines = ["campaign: spring-sale", "platform: mailchimp", "medium: email", "source: newsletter", "links:"]
    for i in range(links):
        lines.append(f"  - url: https://{rng.choice(HOSTS)}/spring/p{i}?ref=n{i}")
        lines.append(f"    content: {rng.choice(['hero', 'footer', 'cta', 'Banner'])}-{i}")
        if i % 3 == 0:
            lines.append(f"    term: {rng.choice(['shoes', 'hats', 'Coats'])}")
    return "\n".join(lines) + "\n"


Shape = Tuple[str, Callable[[Path], None], List[str], Optional[List[str]], str]


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _other_lint() -> Tuple[List[str], str]:
    yamllint = shutil.which("yamllint") or (str(Path(sys.executable).parent / "yamllint")
                                            if (Path(sys.executable).parent / "yamllint").exists() else None)
    if yamllint:
        return [yamllint, "-d", "relaxed", "c.yaml"], "yamllint -d relaxed"
    return [sys.executable, "-c", "import yaml; yaml.safe_load(open('c.yaml'))"], "PyYAML safe_load"


def shapes() -> List[Shape]:
    scan = [sys.executable, "-m", "utmlint", "scan", "--no-cache"]
    grep = ["grep", "-oE", TAGGED]
    lint_other, lint_other_name = _other_lint()
    out: List[Shape] = []
    for links in (1500, 3000, 6000):
        out.append((f"bundle {links:,}", lambda d, n=links: _write(d / "app.js", bundle(n, seed=n)),
                    [*scan, "app.js"], [*grep, "app.js"], "grep -oE"))
    out.append(("5 MB line, no link", lambda d: _write(d / "app.js", long_line()), [*scan, "app.js"],
                [*grep, "app.js"], "grep -oE"))

    def many(d: Path) -> None:
        for i in range(5000):
            _write(d / "docs" / f"s{i % 50}" / f"p{i}.md", f"# Page {i}\n\nSee [the offer](https://shop.example.org/"
                   f"p{i}?utm_source={SOURCES[i % 7]}&utm_medium={MEDIUMS[i % 5]}&utm_campaign=c{i % 40}).\n")
    out.append(("many small files (5,000)", many, [*scan, "."], ["grep", "-rhoE", TAGGED, "."], "grep -rhoE"))
    out.append(("URL of 10,000 utm keys", lambda d: _write(d / "links.txt", "https://example.com/p?utm_medium=email&"
                                                           + "&".join(f"utm_content=c{i}" for i in range(10000)) + "\n"),
                [*scan, "links.txt"], [*grep, "links.txt"], "grep -oE"))
    out.append(("line of 8,000 scheme-less keys", lambda d: _write(d / "params.txt", "&".join(
        f"x{i}=1&utm_source=s{i}" for i in range(8000)) + "\n"), [*scan, "params.txt"], [*grep, "params.txt"],
        "grep -oE"))
    out.append(("large campaign YAML (11,000 links)", lambda d: _write(d / "c.yaml", campaign_yaml()),
                [sys.executable, "-m", "utmlint", "lint", "--no-cache", "c.yaml"], lint_other, lint_other_name))
    return out


def run(command: List[str], cwd: Path, timeout: float, env: Dict[str, str]) -> Tuple[float, float, int, str]:
    """(wall s, CPU s of the process and its children, exit code, last line of output)."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                _, status, usage = os.wait4(proc.pid, 0)
                return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, -9, "killed by the timeout"
            time.sleep(0.005)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(max(0, out.seek(0, 2) - 4000))
        lines = out.read().decode("utf-8", "replace").strip().splitlines()
    return wall, usage.ru_utime + usage.ru_stime, proc.returncode, lines[-1][:110] if lines else ""


def _ratio(ours: float, theirs: float) -> str:
    if not theirs > 0:
        return "-"
    ratio = ours / theirs
    return f"{ratio:.0f}" if ratio >= 10 else f"{ratio:.2f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--shapes", default="", help="only shapes whose name contains one of these (comma-separated)")
    parser.add_argument("--output", default=str(HERE / "RESULTS-hostile-input.md"))
    parser.add_argument("--keep", action="store_true", help="keep the generated files")
    args = parser.parse_args()
    wanted = [w.strip() for w in args.shapes.split(",") if w.strip()]
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True,
                            text=True).stdout.strip()
    top = Path(tempfile.mkdtemp(prefix="utmlint-hostile-"))
    env = {**os.environ, "XDG_CACHE_HOME": str(top / "xdg"), "NO_COLOR": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    load_before = os.getloadavg()
    rows = []
    try:
        for name, make, utmlint, other, other_name in shapes():
            if wanted and not any(w in name for w in wanted):
                continue
            folder = top / name.split(" (")[0].replace(" ", "-").replace(",", "")
            folder.mkdir(parents=True)
            make(folder)
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
            run(utmlint, folder, args.timeout, env)  # untimed: .pyc files and the page cache warm
            ours, theirs = [], []
            for _ in range(args.runs):
                ours.append(run(utmlint, folder, args.timeout, env))
                if other:
                    theirs.append(run(other, folder, args.timeout, env))
            wall, cpu = statistics.median(s[0] for s in ours), statistics.median(s[1] for s in ours)
            other_wall = statistics.median(s[0] for s in theirs) if theirs else float("nan")
            other_cpu = statistics.median(s[1] for s in theirs) if theirs else float("nan")
            rows.append((name, size, wall, cpu, other_name, other_wall, other_cpu, ours[-1][2], ours[-1][3]))
            print(f"{name:34} {size / 1e6:7.2f} MB  utmlint {wall:7.2f} s wall {cpu:7.2f} s CPU  {other_name} "
                  f"{other_wall:6.3f} s wall {other_cpu:6.3f} s CPU  exit {ours[-1][2]}  {ours[-1][3]}", flush=True)
    finally:
        if args.keep:
            print(f"kept {top}")
        else:
            shutil.rmtree(top, ignore_errors=True)
    load_after = os.getloadavg()
    lines = [
        "# Hostile input: `utmlint scan` and `lint` on files shaped to hurt, beside what a user runs instead",
        "",
        f"Written by `benchmarks/hostile_input.py --runs {args.runs}` at commit `{commit}` on {platform.system()} "
        f"{platform.machine()}, Python {platform.python_version()}, {os.cpu_count()} cores, "
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {load_before[0]:.1f} before and "
        f"{load_after[0]:.1f} after. Wall and CPU (user + system) are medians of the runs; x is utmlint's time over "
        "the other tool's, same files, same round.",
        "",
        "| shape | size | utmlint wall (s) | utmlint CPU (s) | instead | its wall (s) | its CPU (s) | x (wall) | "
        "x (CPU) | exit | utmlint's last line |",
        "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    for name, size, wall, cpu, other_name, other_wall, other_cpu, rc, last in rows:
        lines.append(f"| {name} | {size / 1e6:.2f} MB | {wall:.2f} | {cpu:.2f} | {other_name} | {other_wall:.3f} | "
                     f"{other_cpu:.3f} | {_ratio(wall, other_wall)} | {_ratio(cpu, other_cpu)} | {rc} | "
                     f"{last.replace('|', chr(92) + '|')} |")
    by_name = {row[0]: row for row in rows}
    if "bundle 1,500" in by_name and "bundle 6,000" in by_name:
        small, large = by_name["bundle 1,500"], by_name["bundle 6,000"]
        growth = (f"Growth, bundle 6,000 / 1,500 links: wall {large[2] / small[2]:.1f}x, "
                  f"CPU {large[3] / small[3]:.1f}x (linear 4, quadratic 16)")
        if "bundle 3,000" in by_name:
            middle = by_name["bundle 3,000"]
            growth += f"; 3,000 / 1,500: CPU {middle[3] / small[3]:.1f}x (linear 2)"
        lines += ["", growth + "."]
        print(growth)
    write_keeping_notes(Path(args.output), "\n".join(lines), ANALYSIS_MARKER)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
