"""Floor: load every campaign file with ruamel.yaml alone, no rules, no schema.

    python benchmarks/load_yaml.py rt|safe-c DIR

rt is the pure-Python round-trip loader, ``YAML()``, which keeps comments and
positions; safe-c is the libyaml-backed ``YAML(typ='safe', pure=False)``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

from ruamel.yaml import YAML


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if len(args) != 2 or args[0] not in ("rt", "safe-c"):
        print("usage: load_yaml.py rt|safe-c DIR", file=sys.stderr)
        return 2
    kind, root = args
    yaml = YAML() if kind == "rt" else YAML(typ="safe", pure=False)
    if kind == "safe-c" and "CParser" not in yaml.Parser.__name__:
        print("ruamel.yaml.clib is not available: no C parser", file=sys.stderr)
        return 2
    count = 0
    for path in sorted(Path(root).glob("campaigns/**/*.yaml")):
        yaml.load(path.read_bytes())
        count += 1
    print(f"loaded {count} files ({kind})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
