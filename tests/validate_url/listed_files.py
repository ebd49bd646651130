"""Write tests/data/listed-files.tsv: the corpus rows' Markdown files that are a list's entry for another party's
product, as scan reads each file's text (scan.byline.listed_entry: a front matter naming the entry and its
`homepage:`, the name being that site's: jamstack.org's `src/site/headless-cms/gridly.md`, `title: Gridly`,
`homepage: https://www.gridly.com/`), for the corpus judge (labelled_corpus.judge), which has no file text and passes
(name, host) to validate_url as `listed_entry`.

Columns: repo, commit, path, name, host. The text is the file at the row's commit in a local mirror (a bare git
directory OWNER+NAME or OWNER+NAME/repo; nothing from it is run: only `git show`), else at the mirror's HEAD. Rows of an
earlier run whose mirror is gone are kept (file_facts' rule: a fact is never dropped because a mirror went away); a
file read again whose entry is gone loses its row. Files of repositories with no mirror at hand are not read: their
rows are judged by their path alone, as before (the script prints how many Markdown files it read).

    python tests/validate_url/listed_files.py [--mirrors /work/.mirror]
"""

from __future__ import annotations

import argparse
import csv
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
sys.path.insert(0, str(HERE.parents[1]))

from utmlint.scan.byline import listed_entry  # noqa: E402
from mirror_dirs import mirror_git_dir  # noqa: E402

OUT = DATA / "listed-files.tsv"
HEADER = ["repo", "commit", "path", "name", "host"]


def _text(git_dir: Path, commit: str, path: str):
    for at in (commit, "HEAD"):
        shown = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{at}:{path}"], capture_output=True)
        if shown.returncode == 0:
            return shown.stdout.decode("utf-8", "replace")
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    args = parser.parse_args()
    kept = {}
    if OUT.exists():
        with open(OUT, encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                kept[(row["repo"], row["commit"], row["path"])] = (row["name"], row["host"])
    found = dict(kept)
    read = set()
    for urls in sorted(DATA.glob("real-urls-*/urls.tsv"), key=lambda p: int(p.parent.name.rpartition("-")[2])):
        with open(urls, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        for row in rows:
            key = (row["repo"], row["commit"], row["path"])
            if key in read or not row["path"].lower().endswith((".md", ".mdx", ".markdown")):
                continue  # listed_entry reads only a Markdown page's front matter
            git_dir = mirror_git_dir(args.mirrors, row["repo"])
            text = _text(git_dir, row["commit"], row["path"]) if git_dir is not None else None
            if text is None:
                continue
            read.add(key)
            name, host = listed_entry(row["path"], text)
            if host:
                found[key] = (name, host)
            else:
                found.pop(key, None)
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(HEADER) + "\n")
        for (repo, commit, path), (name, host) in sorted(found.items()):
            handle.write(f"{repo}\t{commit}\t{path}\t{name}\t{host}\n")
    print(f"{len(read)} Markdown files read from the mirrors, {len(found)} a list's entry ({len(kept)} kept from before)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
