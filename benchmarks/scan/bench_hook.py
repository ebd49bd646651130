"""The `utmlint-scan` pre-commit hook's first run (no cache: a fresh clone, pre-commit.ci) beside `utmlint scan .`
cold and beside the hook on the named file alone (review47b F6).

    python benchmarks/scan/bench_hook.py [--files 2000] [--rounds 5] [--output benchmarks/scan/RESULTS-hook.md]

The repository (benchmarks/.work/hook-repo-N/, a git work tree) is N committed Markdown pages of three tracked links
each (sources and mediums from small lists, one campaign spelled `launch-week-2026` everywhere: every page ties with
the new one) and one staged new page, docs/new.md, spelling it `launch_week_2026`; a `.utmlint.yaml` names the site.
The hook runs `utmlint scan docs/new.md` there: under a config, the repo-wide spelling rules compare the named page
with every page git tracks (Scanner._repo_context), which is what costs. "The named file alone" is the same command
in a second work tree holding only the config and the new page: what the hook cost before it read the project.

Each round runs, back to back: the hook's first run (its cache removed), `scan .` cold (`--no-cache`), the hook's
second run (its cache from the first), the named file alone (cold), and the hook's first run on a staged page with no
tracked link, docs/typo.md ("hook, page without a link": most commits; no spelling of the team's in the files named,
so no other file is read). The ratios are the medians of the per-round ratios; wall and CPU seconds (user + system
of the process and its workers) are both given, with the load average, since this machine is shared. Before the
rounds, the script checks that the hook's findings on docs/new.md are
`scan .`'s findings on it, field for field (json report), and stops if not.
"""

from __future__ import annotations

import argparse
import json
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

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from results_file import write_keeping_notes  # noqa: E402

WORK = ROOT / "benchmarks" / ".work"
MARKER = "<!-- analysis: written by hand, kept by bench_hook.py -->"
CONFIG = "own-hosts: [acme.dev]\n"
TYPO = "# Typo\n\nA page whose fix touches no tracked link.\n"
NEW = "# New\n\n[n](https://acme.dev/n?utm_source=docs&utm_medium=referral&utm_campaign=launch_week_2026)\n"


def _git(folder: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.email=bench@example.com", "-c", "user.name=bench", *args], cwd=folder,
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build(files: int) -> tuple:
    repo, alone = WORK / f"hook-repo-{files}", WORK / f"hook-alone-{files}"
    for folder in (repo, alone):
        if folder.exists():
            shutil.rmtree(folder)
        (folder / "docs").mkdir(parents=True)
        (folder / ".utmlint.yaml").write_text(CONFIG, encoding="utf-8")
    rng = random.Random(0)
    sources, mediums = ["docs", "newsletter", "twitter", "linkedin", "github"], ["referral", "email", "social"]
    for n in range(files):
        links = "".join(f"See [link {j}](https://acme.dev/p{n}/{j}?utm_source={rng.choice(sources)}&utm_medium="
                        f"{rng.choice(mediums)}&utm_campaign=launch-week-2026) for more.\n\n" for j in range(3))
        (repo / "docs" / f"a{n}.md").write_text(f"# Page {n}\n\nSome text about the product.\n\n{links}",
                                                encoding="utf-8")
    for folder in (repo, alone):
        _git(folder, "init", "-q")
        _git(folder, "add", "-A")
        _git(folder, "commit", "-qm", "pages")
        (folder / "docs" / "new.md").write_text(NEW, encoding="utf-8")
        (folder / "docs" / "typo.md").write_text(TYPO, encoding="utf-8")
        _git(folder, "add", "docs/new.md", "docs/typo.md")
    return repo, alone


def run(folder: Path, *args: str) -> tuple:
    """(wall seconds, CPU seconds of the process and its children, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "utmlint", "scan", *args], cwd=folder, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"utmlint scan {' '.join(args)} in {folder}: exit {done.returncode}")
    return wall, cpu, done.stdout.decode("utf-8")


def same_findings(repo: Path) -> int:
    """The hook's findings on docs/new.md are `scan .`'s on it; their number."""
    shutil.rmtree(repo / ".utmlint_cache", ignore_errors=True)
    hook = json.loads(run(repo, "--no-cache", "--format", "json", "docs/new.md")[2])
    whole = json.loads(run(repo, "--no-cache", "--format", "json", ".")[2])

    def on_new(report):
        items = report["diagnostics"] if isinstance(report, dict) else report
        return sorted(json.dumps(d, sort_keys=True) for d in items if d.get("path", d.get("file")) == "docs/new.md")

    mine, theirs = on_new(hook), on_new(whole)
    if mine != theirs or not mine:
        raise SystemExit(f"the hook and `scan .` disagree on docs/new.md:\n{mine}\n{theirs}")
    return len(mine)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--output", type=Path, default=HERE / "RESULTS-hook.md")
    options = parser.parse_args()
    repo, alone = build(options.files)
    agreed = same_findings(repo)
    names = ("hook, first run", "scan . cold", "hook, second run", "named file alone", "hook, page without a link")
    samples = {name: [] for name in names}
    loads = []
    for _ in range(options.rounds):
        loads.append(os.getloadavg()[0])
        shutil.rmtree(repo / ".utmlint_cache", ignore_errors=True)
        samples["hook, first run"].append(run(repo, "--format", "concise", "docs/new.md")[:2])
        samples["scan . cold"].append(run(repo, "--no-cache", "--format", "concise", ".")[:2])
        samples["hook, second run"].append(run(repo, "--format", "concise", "docs/new.md")[:2])
        shutil.rmtree(alone / ".utmlint_cache", ignore_errors=True)
        samples["named file alone"].append(run(alone, "--format", "concise", "docs/new.md")[:2])
        shutil.rmtree(repo / ".utmlint_cache", ignore_errors=True)
        samples["hook, page without a link"].append(run(repo, "--format", "concise", "docs/typo.md")[:2])
    median = statistics.median
    lines = [f"# The scan hook's first run ({options.files} committed pages, {options.rounds} rounds)", "",
             f"`python benchmarks/scan/bench_hook.py --files {options.files} --rounds {options.rounds}`; "
             f"{platform.python_implementation()} {platform.python_version()}, {os.cpu_count()} CPUs, load average "
             f"{min(loads):.2f}-{max(loads):.2f} before the rounds. The hook's findings on docs/new.md are `scan .`'s "
             f"({agreed}, field for field, checked before the rounds).", "",
             "| run | wall s (median) | CPU s (median) |", "|---|---|---|"]
    for name in names:
        lines.append(f"| {name} | {median(w for w, _ in samples[name]):.2f} | "
                     f"{median(c for _, c in samples[name]):.2f} |")
    lines += ["", "| ratio (median of the per-round ratios) | wall | CPU |", "|---|---|---|"]
    for a, b in (("hook, first run", "scan . cold"), ("hook, first run", "named file alone"),
                 ("hook, second run", "named file alone"), ("hook, page without a link", "named file alone")):
        wall = median(x[0] / y[0] for x, y in zip(samples[a], samples[b]))
        cpu = median(x[1] / y[1] for x, y in zip(samples[a], samples[b]))
        lines.append(f"| {a} / {b} | {wall:.2f} | {cpu:.2f} |")
    text = "\n".join(lines)
    print(text)
    write_keeping_notes(options.output, text, MARKER)


if __name__ == "__main__":
    main()
