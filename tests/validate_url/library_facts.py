"""Write tests/data/vendored-libraries.tsv: the folders of the corpora's repositories that hold another project's code
(a library vendored with its own manifest naming another repository), as `utmlint scan` reads them from the tree
(utmlint.identity.library_folders), here read from each row's commit in a local mirror of the repository.

The corpus judge (labelled_corpus.judge) passes them to validate_url as `libraries`, the one fact of the tree a URL,
its repository and its path do not give. Run it again when a corpus is added (rows of a repository without a mirror
are left out, and the judge then knows no library there, as for one URL given alone):

    python tests/validate_url/library_facts.py [--mirrors /work/.mirror]

A mirror is a bare git directory named OWNER+NAME (or OWNER+NAME/repo) under --mirrors; nothing in it is run, only
`git show COMMIT:PATH` of the manifests (package.json, composer.json, bower.json, pyproject.toml, Cargo.toml).
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
OUT = DATA / "vendored-libraries.tsv"
sys.path.insert(0, str(HERE.parents[1]))

from utmlint.identity import from_slug, library_folders, manifest_projects  # noqa: E402


def _git_dir(mirrors: Path, repo: str):
    base = mirrors / repo.replace("/", "+")
    for candidate in (base / "repo", base):
        if (candidate / "objects").is_dir():
            return candidate
    return None


def _reader(git_dir: Path, commit: str):
    cache = {}

    def read(folder: str, name: str) -> str:
        key = f"{folder}/{name}"
        if key not in cache:
            shown = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{key}"], capture_output=True)
            cache[key] = shown.stdout.decode("utf-8", "replace") if shown.returncode == 0 else ""
        return cache[key]

    return read


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    rows, seen = [], set()
    for folder in sorted(DATA.glob("real-urls*")):
        with open(folder / "urls.tsv", encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                below = row["path"].rsplit("/", 1)[0] if "/" in row["path"] else ""
                key = (row["repo"], row["commit"], below)
                if not below or key in seen:
                    continue
                seen.add(key)
                git_dir = _git_dir(args.mirrors, row["repo"])
                if git_dir is None:
                    continue
                read = _reader(git_dir, row["commit"])
                for library in library_folders(from_slug(row["repo"]), below, read):
                    slugs, vendors = manifest_projects(lambda name, library=library: read(library, name))
                    named = ", ".join(sorted({"/".join(s) for s in slugs} | {v + "/*" for v in vendors}))
                    rows.append((row["repo"], row["commit"], library, named))
    rows = sorted(set(rows))
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        handle.write("repo\tcommit\tfolder\tmanifest_names\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"{len(rows)} vendored library folders written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
