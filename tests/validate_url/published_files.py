"""Write tests/data/published-files.tsv: the corpus rows' files that their repository publishes on another host than
its own site, as scan reads each file's text (scan.own_site.published_elsewhere: a Zenn article's front matter in the
root `articles/` folder, published on zenn.dev), for the corpus judge (labelled_corpus.judge), which has no file
text and passes the host to validate_url as `published_on`.

Columns: repo, commit, path, host. The text is the file at the row's commit in a local mirror (a bare git directory
OWNER+NAME or OWNER+NAME/repo; nothing from it is run: only `git show`), else at the mirror's HEAD. Rows of an earlier
run whose mirror is gone are kept (file_facts' rule: a fact is never dropped because a mirror went away).

    python tests/validate_url/published_files.py [--mirrors /work/.mirror]
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

from utmlint.scan.own_site import published_elsewhere, zenn_article_path  # noqa: E402
from mirror_dirs import mirror_git_dir  # noqa: E402

OUT = DATA / "published-files.tsv"
HEADER = ["repo", "commit", "path", "host"]


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
                kept[(row["repo"], row["commit"], row["path"])] = row["host"]
    found = dict(kept)
    read = 0
    for urls in sorted(DATA.glob("real-urls-*/urls.tsv"), key=lambda p: int(p.parent.name.rpartition("-")[2])):
        with open(urls, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
        for row in rows:
            key = (row["repo"], row["commit"], row["path"])
            if key in found or not zenn_article_path(row["path"]):
                continue  # published_elsewhere reads only a file where zenn-cli keeps an article
            git_dir = mirror_git_dir(args.mirrors, row["repo"])
            text = _text(git_dir, row["commit"], row["path"]) if git_dir is not None else None
            if text is None:
                continue
            read += 1
            host = published_elsewhere(row["path"], text)
            if host:
                found[key] = host
    with open(OUT, "w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(HEADER) + "\n")
        for (repo, commit, path), host in sorted(found.items()):
            handle.write(f"{repo}\t{commit}\t{path}\t{host}\n")
    print(f"{read} files where zenn-cli keeps an article read, {len(found)} published elsewhere ({len(kept)} kept from before)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
