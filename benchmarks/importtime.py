"""Where does `utmlint lint FILE` spend its start-up? The most expensive imports.

    python benchmarks/importtime.py [FILE] [--top 15]

Runs `python -X importtime -m utmlint lint FILE` (FILE defaults to the first file
of the 1-file benchmark corpus, generated if needed) and prints the imports with
the largest cumulative time, the wall time of the run, and whether heavy modules
that the pre-commit path should not need (jsonschema, httpx, tabulate,
importlib.metadata) were imported at all.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Sequence

HERE = Path(__file__).resolve().parent
WATCH = ("jsonschema", "httpx", "tabulate", "importlib.metadata", "ruamel.yaml", "urllib.request",
         "multiprocessing", "concurrent.futures", "json", "hashlib", "tomllib", "email")


def parse(stderr: str) -> list[tuple[int, int, str]]:
    """(self_us, cumulative_us, dotted name) for each `import time:` line."""
    rows = []
    for line in stderr.splitlines():
        if not line.startswith("import time:") or "[us]" in line:
            continue
        try:
            self_us, cum_us, name = line[len("import time:"):].split("|", 2)
            rows.append((int(self_us), int(cum_us), name.rstrip()))
        except ValueError:
            continue
    return rows


def default_file() -> Path:
    """The one file of bench_lint's 1-file corpus (regenerated when corpus.py changes)."""
    sys.path.insert(0, str(HERE))
    from bench_lint import ensure_corpus

    corpus = ensure_corpus(1, 0)
    return corpus.root / corpus.files[0]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    target = args.file or default_file()
    # The cwd is the file's campaign repo when we generated it, so its .utmlint.yaml applies.
    cwd = target.parent.parent.parent if args.file is None else Path.cwd()
    env = dict(os.environ, NO_COLOR="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # let the first run cache byte-code, as a user's machine does
    cmd = [sys.executable, "-X", "importtime", "-m", "utmlint", "lint", str(target)]
    probe = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env)
    if "No module named utmlint.__main__" in probe.stderr:
        print("note: utmlint has no __main__.py; timing the console-script entry point instead")
        cmd[3:5] = ["-c", "import sys; from utmlint.cli import main; sys.argv[0] = 'utmlint'; sys.exit(main())"]
    for _ in range(2):  # the first run may compile .pyc files; time the second
        start = time.perf_counter()
        done = subprocess.run(cmd, capture_output=True, text=True, cwd=cwd, env=env)
        wall = time.perf_counter() - start
    rows = parse(done.stderr)
    print(f"$ {' '.join(cmd)}")
    print(f"exit {done.returncode}, wall {wall * 1000:.0f} ms (with -X importtime overhead)")
    if not rows:
        print("no import-time lines in stderr:", done.stderr.strip()[-500:] or "(empty)")
        return 0
    depth = min(len(name) - len(name.lstrip()) for _, _, name in rows)
    top_level = sum(cum for _, cum, name in rows if len(name) - len(name.lstrip()) == depth)
    print(f"all imports: {top_level / 1000:.1f} ms cumulative over {len(rows)} modules\n")
    print(f"{'cumulative ms':>13} {'self ms':>8}  module")
    for self_us, cum_us, name in sorted(rows, key=lambda r: -r[1])[: args.top]:
        print(f"{cum_us / 1000:13.1f} {self_us / 1000:8.1f}  {name.strip()}")
    loaded = {name.strip() for _, _, name in rows}
    print("\nheavy or optional modules:")
    for mod in WATCH:
        hits = [r for r in rows if r[2].strip() == mod]
        print(f"  {mod:<20} " + (f"imported, {hits[0][1] / 1000:.1f} ms cumulative" if hits
                                  else ("imported" if mod in loaded else "not imported")))
    if done.returncode not in (0, 1):
        print("\nstderr tail (not import lines):")
        print("\n".join(l for l in done.stderr.splitlines() if not l.startswith("import time:"))[-1500:])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
