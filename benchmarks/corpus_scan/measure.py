"""The labelled real-URL corpora judged the way a user meets them: `utmlint scan` run on the real files.

    python benchmarks/corpus_scan/measure.py                      # corpora 4-8, Markdown report on stdout
    python benchmarks/corpus_scan/measure.py 7 8 --output FILE    # some corpora; the report also written to FILE
    python benchmarks/corpus_scan/measure.py 7 --repo zenany/weekly --json NEW --against OLD   # one repository,
                                                                  # and what changed since an earlier --json
    options: --mirrors DIR (default /work/.mirror), --jobs N (scans at once, default 2), --json FILE (every row's
             findings, verdicts and misses), --against FILE (an earlier --json: the rows and pairs that changed),
             --repo OWNER/NAME (repeatable: only those rows, the judge's figures on the same rows), --corpora-dir DIR

It runs the `utmlint` installed beside the Python that runs it, and the report names that checkout and commit: a
helper judges a change by running this script with its own worktree's virtualenv active.

The corpus tests (tests/validate_url/labelled_corpus.py `judge`) judge each labelled URL with `validate_url`, given its
repository and path: they never see the file, so what only scan does (which files it reads, what it takes for a link
in a comment, a notebook's output, an HTML entity, Markdown's `\\&`, a vendored folder, the file's other links, the
repository-wide spelling rules) does not show in their figures. Here, for each (repository, commit) of a corpus's
urls.tsv, the files its rows name are taken from the local mirror (`git cat-file` on the bare mirror: nothing of the
repository is checked out, run or imported), written at their real paths under a temporary folder with what
utmlint.identity reads to know whose repository it is (a `.git/config` naming the origin remote
`https://github.com/OWNER/NAME.git`; the root's CNAME, package.json and site generator's config; package.json,
composer.json, an extension's manifest.json and store signature, and .gitignore of each folder above a named file,
when the commit has them), and the real command line is run there as a user runs it:

    utmlint scan --format json --no-cache --show-files --exit-zero .     (the findings; which files it read)
    utmlint scan --links --format json --no-cache .                     (every tracked link it extracted)

Each finding belongs to the link on its line that starts at or before its column (else to the link starting just
above, written over several lines); each corpus row (path, line, url) is matched to the link scan extracted at that
path and line with the same URL (else the same URL once unescaped: `&amp;`, `\\&`; else one URL a prefix of the
other; else the same URL on another line of the file). Then, per corpus:

- findings on labelled rows, judged as labelled_corpus.judge judges a (URL, rule) pair: wrong when its verdict row
  says `wrong` or its message contains the row's `wrong_if`; a pair with no verdict row (a finding validate_url does
  not give) is correct when the rule owns a kind the blind pass found on the URL (the test's FOUND_BY, or the kind's
  own name), else wrong ("not among the URL's labelled kinds"), and listed so it can be labelled;
- recall per owned kind (the test file's FOUND_BY): a `present` row is found when scan reported one of the kind's
  rules on the row's link; a row scan never extracts is a miss, except in a file utmlint never reads (a lock file, a
  link checker's cache: utmlint.scan.files.generated), which neither figure counts (the corpus judge's rule);
- the rows scan never extracts, with the reason when it can tell (a file kind scan does not read, a folder it skips,
  a file it skipped with a note, a symbolic link, or a checked file where nothing was extracted on that line: the
  line is shown);
- findings on other occurrences of a labelled URL (judged by the same labels, counted apart) and on links that are
  no corpus row (unlabelled: counted per rule with a sample, neither wrong nor right);
- beside them, the validate_url judge's figures on the same code, in the same run (labelled_corpus.judge).

Nothing here is run by the test suite (CI has no mirrors); tests/scan/test_corpus_scan_measure.py runs the same code
on a tiny git repository it makes. Results and how to read them: benchmarks/corpus_scan/RESULTS.md.
"""

from __future__ import annotations

import argparse
import csv
import html
import importlib
import json
import os
import posixpath
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, Iterable, List, NamedTuple, Optional, Set, Tuple

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("4", "5", "6", "7", "8")
# What utmlint.identity reads at a repository's root (besides .git/config), and a config there: written when the
# commit has them. A folder above a scanned file may hold a package manifest (identity reads it: whose code the folder
# is) and a .gitignore (which files scan walks): folder_files().
ROOT_IDENTITY = ("CNAME", "package.json", ".utmlint.yaml")
SAMPLE = 15  # unlabelled findings shown per corpus


# ---------------------------------------------------------------------------------------------------- the corpus

def read_tsv(path: Path) -> List[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


class Corpus(NamedTuple):
    name: str
    rows: List[dict]  # urls.tsv
    verdicts: Dict[Tuple[str, str], dict]  # (url, rule) -> its `correct`/`wrong` row
    present: Dict[str, Set[str]]  # url -> kinds the blind pass found (withdrawn rows taken back)
    found_by: Dict[str, Set[str]]  # kind -> rules that own it


def load_corpus(folder: Path, found_by: Dict[str, Set[str]]) -> Corpus:
    """labelled_corpus.judge's reading of the labels: a `withdrawn` row takes its `present` row back."""
    rows, labels = read_tsv(folder / "urls.tsv"), read_tsv(folder / "labels.tsv")
    withdrawn = {(r["url"], r["rule"]) for r in labels if r["verdict"] == "withdrawn"}
    present: Dict[str, Set[str]] = defaultdict(set)
    for r in labels:
        if r["verdict"] == "present" and (r["url"], r["rule"]) not in withdrawn:
            present[r["url"]].add(r["rule"])
    verdicts = {(r["url"], r["rule"]): r for r in labels if r["verdict"] in ("correct", "wrong")}
    return Corpus(folder.name, rows, verdicts, dict(present), found_by)


def test_found_by(corpus_number: str) -> Dict[str, Set[str]]:
    """The corpus test's FOUND_BY (tests/validate_url/test_real_urls_N.py: kind -> owning rules); a corpus whose test
    has none yet gets {} (then only a kind named after a rule is owned: owners()), with a note on stderr."""
    folder = str(ROOT / "tests" / "validate_url")
    if folder not in sys.path:
        sys.path.insert(0, folder)  # labelled_corpus too
    try:
        found_by = importlib.import_module(f"test_real_urls_{corpus_number}").FOUND_BY
    except (ImportError, AttributeError) as error:
        print(f"measure.py: corpus {corpus_number}: no FOUND_BY in its test ({error}); kinds are owned only by the "
              f"rule of their own name", file=sys.stderr)
        return {}
    return {kind: set(rules) for kind, rules in found_by.items()}


# ---------------------------------------------------------------------------------------------- files from mirrors

def mirror_gitdir(mirrors: Path, repo: str) -> Path:
    """The bare git directory of `owner/name`'s mirror (`OWNER+NAME/repo`, or its `.git`)."""
    base = mirrors / repo.replace("/", "+", 1)
    for candidate in (base / "repo" / ".git", base / "repo", base):
        if (candidate / "HEAD").is_file() and (candidate / "objects").is_dir():
            return candidate
    raise FileNotFoundError(f"no mirror of {repo} under {mirrors} (use the `fetch` tool)")


def _git(gitdir: Path, *args: str, stdin: Optional[bytes] = None) -> bytes:
    # Plumbing only (ls-tree, cat-file): no work tree, no hook, no filter, no pager; the system config not read.
    env = dict(os.environ, GIT_CONFIG_NOSYSTEM="1", GIT_TERMINAL_PROMPT="0")
    done = subprocess.run(["git", f"--git-dir={gitdir}", "-c", "core.fsmonitor=false", *args], input=stdin,
                          capture_output=True, env=env, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"git {' '.join(args[:2])} in {gitdir}: {done.stderr.decode(errors='replace').strip()}")
    return done.stdout


def safe_relative(path: str) -> bool:
    parts = path.split("/")
    return bool(path) and not path.startswith("/") and "\\" not in path and \
        all(p not in ("", ".", "..") for p in parts) and parts[0] != ".git"


def folder_files() -> Tuple[str, ...]:
    """The package manifests utmlint.identity reads in a file's folders (its one list), the files that tell an
    installed browser extension (identity.FOLDER_FILES), and .gitignore."""
    from utmlint import identity

    return (*getattr(identity, "_MANIFESTS", ("package.json", "composer.json")), *getattr(identity, "FOLDER_FILES", ()),
            ".gitignore")


def wanted_paths(paths: Iterable[str]) -> List[str]:
    """The named files, plus the identity and folder files that may sit beside or above them."""
    wanted = set(paths)
    names = folder_files()
    for path in list(wanted):
        folder = posixpath.dirname(path)
        while True:
            wanted.update(posixpath.join(folder, name) if folder else name for name in names)
            if not folder:
                break
            folder = posixpath.dirname(folder)
    wanted.update(ROOT_IDENTITY)
    from utmlint import identity

    wanted.update(getattr(identity, "SITE_CONFIG_FILES", ()))  # the site generator's config: the site's host
    return sorted(wanted)


def materialize(gitdir: Path, commit: str, slug: str, paths: Iterable[str], dest: Path) -> Dict[str, str]:
    """Write `paths` (and identity files) of `commit` under `dest`; path -> "written" or why not."""
    named = sorted(set(paths))
    status: Dict[str, str] = {}
    for path in named:
        if not safe_relative(path):
            status[path] = "not a plain relative path: not written"
    wanted = [p for p in wanted_paths(p for p in named if p not in status)]
    listing = _git(gitdir, "ls-tree", "-z", commit, "--", *wanted) if wanted else b""
    blobs: Dict[str, str] = {}
    for entry in listing.split(b"\0"):
        if not entry:
            continue
        meta, _, path_bytes = entry.partition(b"\t")
        mode, kind, sha = meta.decode().split()
        path = path_bytes.decode("utf-8", "surrogateescape")
        if kind != "blob":
            status.setdefault(path, f"a {kind} in the repository, not a file: not written")
        elif mode == "120000":
            status.setdefault(path, "a symbolic link in the repository (scan follows no link): not written")
        else:
            blobs[path] = sha
    shas = list(blobs.items())
    out = _git(gitdir, "cat-file", "--batch", stdin="".join(f"{sha}\n" for _, sha in shas).encode()) if shas else b""
    offset = 0
    for path, sha in shas:
        header_end = out.index(b"\n", offset)
        _, _, size = out[offset:header_end].decode().split()
        start = header_end + 1
        body = out[start:start + int(size)]
        offset = start + int(size) + 1
        target = dest / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        status.setdefault(path, "written")
    for path in named:
        status.setdefault(path, f"not in commit {commit[:12]}")
    (dest / ".git").mkdir(exist_ok=True)
    (dest / ".git" / "config").write_text(f'[remote "origin"]\n\turl = https://github.com/{slug}.git\n'
                                          f'\tfetch = +refs/heads/*:refs/remotes/origin/*\n', encoding="utf-8")
    (dest / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    return status


# ------------------------------------------------------------------------------------------------------- the scan

def utmlint_command() -> List[str]:
    """The `utmlint` console script beside this Python (the installed CLI), else `python -m utmlint`."""
    script = Path(sys.executable).parent / "utmlint"
    return [str(script)] if script.exists() else [sys.executable, "-m", "utmlint"]


class Scanned(NamedTuple):
    findings: List[dict]  # scan --format json
    links: List[dict]  # scan --links --format json
    checked: Set[str]  # files scan read (--show-files: `checked`)
    skipped: Dict[str, str]  # path -> scan's note for a file it skipped


def run_scan(tree: Path) -> Scanned:
    """The real command line, run in the tree as a user runs it; a failure is raised, never read as no finding."""
    base = utmlint_command() + ["scan"]
    env = dict(os.environ, NO_COLOR="1")
    env.pop("FORCE_COLOR", None)
    found = subprocess.run(base + ["--format", "json", "--no-cache", "--show-files", "--exit-zero", "."], cwd=tree,
                           capture_output=True, text=True, env=env, check=False)
    linked = subprocess.run(base + ["--links", "--format", "json", "--no-cache", "."], cwd=tree,
                            capture_output=True, text=True, env=env, check=False)
    for done in (found, linked):
        if done.returncode not in (0, 1) or not done.stdout.strip().startswith("["):
            raise RuntimeError(f"utmlint scan in {tree} exited {done.returncode}: {done.stderr.strip()[-2000:]}")
    checked, skipped = set(), {}
    for line in found.stderr.splitlines():
        if line.startswith("checked  "):
            checked.add(line[len("checked  "):].rsplit(" (", 1)[0])
        elif line.startswith("skipped  "):
            rest = line[len("skipped  "):]
            path, _, note = rest.partition(": note: ")
            path = path.rsplit(":", 2)[0] if path.count(":") >= 2 else path
            skipped[path] = note or rest
    links = json.loads(linked.stdout)
    last_lines(tree, links)
    return Scanned(json.loads(found.stdout), links, checked, skipped)


# ---------------------------------------------------------------------------------------------------- the matching

def unescaped(url: str) -> str:
    """A URL as the page means it: entities decoded, Markdown's backslash escapes dropped, trailing prose left off."""
    text = html.unescape(url).replace("\\&", "&").replace("\\_", "_").replace("\\=", "=")
    return text.rstrip(".,;:!?'\")]>*`")


def attribute(findings: List[dict], links: List[dict]) -> Tuple[Dict[int, List[dict]], List[dict]]:
    """Each finding to its link: the one on its (path, line) starting at or before its column, else (a line where no
    link starts before it) the link written over several lines that it falls in (`last_line`, from last_lines: an
    attribute broken over lines, a link built from literals on several lines, scan.core.continued). Returns link
    index -> its findings, and the findings on no link."""
    by_line: Dict[Tuple[str, int], List[Tuple[int, int]]] = defaultdict(list)
    by_path: Dict[str, List[Tuple[int, int, int]]] = defaultdict(list)
    for index, link in enumerate(links):
        by_line[(link["path"], link["line"])].append((link["column"], index))
        if link.get("last_line", link["line"]) > link["line"]:
            by_path[link["path"]].append((link["line"], link["last_line"], index))
    for entries in (*by_line.values(), *by_path.values()):
        entries.sort()
    on_link: Dict[int, List[dict]] = defaultdict(list)
    orphans: List[dict] = []
    for finding in findings:
        candidates = [i for column, i in by_line.get((finding["path"], finding["line"]), ())
                      if column <= finding["column"]]
        candidates = candidates or [i for first, last, i in by_path.get(finding["path"], ())
                                    if first < finding["line"] <= last]
        if candidates:
            on_link[candidates[-1]].append(finding)
        else:
            orphans.append(finding)
    return on_link, orphans


_TAIL = re.compile(r"[A-Za-z0-9_-]{1,8}$")
MULTI_LINE = 30  # the most lines a link written over several lines is looked for on


def last_lines(tree: Path, links: List[dict]) -> None:
    """Each link's `last_line`: the line its URL's last characters are written on, when not its first (scan's
    `--links` gives where a link starts); looked for on at most MULTI_LINE lines."""
    texts: Dict[str, List[str]] = {}
    for link in links:
        tail = _TAIL.search(link["url"])
        if link["path"] not in texts:
            try:
                texts[link["path"]] = (tree / link["path"]).read_text(encoding="utf-8", errors="replace").split("\n")
            except OSError:
                texts[link["path"]] = []
        lines = texts[link["path"]]
        first = link["line"] - 1
        if tail is None or first >= len(lines) or tail.group() in lines[first][link["column"] - 1:]:
            continue
        for offset, line in enumerate(lines[first + 1:first + MULTI_LINE], start=link["line"] + 1):
            if tail.group() in line:
                link["last_line"] = offset
                break


class Match(NamedTuple):
    link: Optional[int]  # index into Scanned.links, None when scan did not extract the row
    how: str  # exact | unescaped | prefix | other line | ""


def match_rows(rows: List[dict], links: List[dict]) -> Dict[str, Match]:
    """Each corpus row (url -> Match) to the link scan extracted at its (path, line) with the same URL, else the
    same URL unescaped, else one a prefix of the other, else the same URL on another line of the file. A link is
    taken by one row at most."""
    by_place: Dict[Tuple[str, int], List[int]] = defaultdict(list)
    by_file: Dict[str, List[int]] = defaultdict(list)
    for index, link in enumerate(links):
        by_place[(link["path"], link["line"])].append(index)
        by_file[link["path"]].append(index)
    taken: Set[int] = set()
    matched: Dict[str, Match] = {}

    def claim(row: dict, candidates: Iterable[int], test, how: str) -> bool:
        for index in candidates:
            if index not in taken and test(links[index]["url"], row["url"]):
                taken.add(index)
                matched[row["url"]] = Match(index, how)
                return True
        return False

    tests = (("exact", lambda a, b: a == b),
             ("unescaped", lambda a, b: unescaped(a) == unescaped(b)),
             ("prefix", lambda a, b: unescaped(a).startswith(unescaped(b)) or unescaped(b).startswith(unescaped(a))))
    for how, test in tests:  # every row's exact match first, so a looser test never steals another row's link
        for row in rows:
            if row["url"] not in matched and row["line"].isdigit():
                claim(row, by_place.get((row["path"], int(row["line"])), ()), test, how)
    for row in rows:
        if row["url"] not in matched:
            claim(row, by_file.get(row["path"], ()), lambda a, b: unescaped(a) == unescaped(b), "other line")
    for row in rows:
        matched.setdefault(row["url"], Match(None, ""))
    return matched


def why_not_extracted(row: dict, written: Dict[str, str], scanned: Scanned, tree: Path) -> str:
    """Why scan has no link for a row, as far as the tree tells."""
    from utmlint.scan import family_of
    from utmlint.scan import files
    from utmlint.scan.files import SKIPPED_FOLDERS

    published = getattr(files, "PUBLISHED_HIDDEN", frozenset())  # hidden folders scan walks (`.github/`)

    path = row["path"]
    state = written.get(path, "not written")
    if state != "written":
        return state
    if path in scanned.skipped:
        return f"skipped by scan: {scanned.skipped[path]}"
    if path not in scanned.checked:
        never = unread(path)
        if never:
            return f"a file scan never reads ({posixpath.basename(path)} {never})"
        folders = [part for part in path.split("/")[:-1] if part in SKIPPED_FOLDERS]
        if folders:
            return f"in a folder scan never walks ({folders[0]}/)"
        hidden = [part for part in path.split("/")[:-1] if part.startswith(".") and part not in published]
        if hidden:
            return f"in a hidden folder (`{hidden[0]}/`: the default exclude `.*`)"
        name = posixpath.basename(path)
        suffix = os.path.splitext(name)[1]
        if family_of(suffix) is None:
            return f"a kind of file scan does not read ({suffix or name})"
        if name.startswith("."):
            return f"a hidden file (`{name}`: the default exclude `.*`)"
        return "not walked (the default excludes, a .gitignore, or a campaign file: lint's)"
    try:
        lines = (tree / path).read_text(encoding="utf-8", errors="replace").splitlines()
        number = int(row["line"])
        text = lines[number - 1].strip()
    except (OSError, IndexError, ValueError):
        lines, number, text = [], 0, ""
    where = _place(path, lines, number, text)
    if len(text) > 140:
        at = max(0, text.find("utm_") - 70)
        text = ("..." if at else "") + text[at:at + 140] + "..."
    return f"read, no link extracted on line {row['line']}{where}: `{text}`"


_COMMENT_STARTS = ("//", "/*", "*", "#", "<!--", "{#", "{{!--", "--", ";")


def _place(path: str, lines: List[str], number: int, text: str) -> str:
    """A guess at where in its file a line scan took no link from is (a notebook's output, a comment), or ""."""
    if path.endswith(".ipynb") and number:
        for above in reversed(lines[:number]):  # the nearest cell key above the line: nbformat's JSON, one per line
            key = above.strip()
            if key.startswith('"outputs":'):
                return " (a notebook cell's output: scan reads code and Markdown cells)"
            if key.startswith('"source":'):
                return " (a notebook cell's source)"
        return ""
    if text.startswith(_COMMENT_STARTS) and not path.endswith((".md", ".mdx", ".markdown", ".txt", ".rst")):
        return " (the line looks like a comment)"
    return ""


# ------------------------------------------------------------------------------------------------------ the judge

class RowResult(NamedTuple):
    url: str
    repo: str
    path: str
    line: str
    how: str  # how it was matched ("" = not extracted)
    why: str  # why not extracted
    names: Dict[str, List[str]]  # rule -> messages of scan's findings on the row's link
    said: Dict[str, str]  # rule -> "correct" | "wrong" by the labels


class Figures(NamedTuple):
    per_rule: Counter  # (rule, "correct" | "wrong") -> (URL, rule) pairs on labelled rows
    no_verdict: List[Tuple[str, str, str]]  # (url, rule, "correct" | "wrong") pairs with no verdict row
    recall: Dict[str, Tuple[int, int]]  # kind -> (found, present)
    rows: List[RowResult]
    repeats: Counter  # (rule, verdict) on other occurrences of labelled URLs
    unlabelled: List[Tuple[str, str, int, str, str]]  # (repo, path, line, rule, url) on links no row names
    orphans: List[dict]  # findings on lines with no extracted link
    errors: List[str]
    wrong: List[Tuple[str, str, str, str]]  # (rule, where: repo path:line, url, the verdict row's reason or "")


def verdict(corpus: Corpus, url: str, name: str, messages: List[str]) -> Tuple[str, bool]:
    """("correct" | "wrong", whether a verdict row said so): labelled_corpus.judge's test, and for a pair no row
    judges, whether the rule owns a kind the blind pass found on the URL."""
    row = corpus.verdicts.get((url, name))
    if row is not None:
        wrong = row["verdict"] == "wrong" or bool(row["wrong_if"]) and any(row["wrong_if"] in m for m in messages)
        return ("wrong" if wrong else "correct"), True
    owned = any(name == kind or name in corpus.found_by.get(kind, ()) for kind in corpus.present.get(url, ()))
    return ("correct" if owned else "wrong"), False


def judge_repo(corpus: Corpus, rows: List[dict], scanned: Scanned, written: Dict[str, str], tree: Path,
               figures: Figures) -> None:
    """Add one repository's scan to the corpus's figures."""
    on_link, orphans = attribute(scanned.findings, scanned.links)
    figures.orphans.extend(orphans)
    matched = match_rows(rows, scanned.links)
    row_urls = {row["url"] for row in corpus.rows}
    labelled_urls = {unescaped(url): url for url in row_urls}  # a labelled URL as another place writes it
    row_links = {m.link for m in matched.values() if m.link is not None}
    for row in rows:
        m = matched[row["url"]]
        names: Dict[str, List[str]] = defaultdict(list)
        if m.link is not None:
            for finding in on_link.get(m.link, ()):
                names[finding["name"]].append(finding["message"])
        why = "" if m.link is not None else why_not_extracted(row, written, scanned, tree)
        verdicts = {}
        for name, messages in sorted(names.items()):
            said, by_row = verdict(corpus, row["url"], name, messages)
            verdicts[name] = said
            figures.per_rule[(name, said)] += 1
            if said == "wrong":
                reason = corpus.verdicts.get((row["url"], name), {}).get("reason", "")
                figures.wrong.append((name, f"{row['repo']} `{row['path']}:{row['line']}`", row["url"], reason))
            if not by_row:
                figures.no_verdict.append((row["url"], name, said))
        figures.rows.append(RowResult(row["url"], row["repo"], row["path"], row["line"], m.how, why, dict(names),
                                      verdicts))
    for index, link in enumerate(scanned.links):
        if index in row_links:
            continue
        findings = on_link.get(index, ())
        url = link["url"] if link["url"] in row_urls else labelled_urls.get(unescaped(link["url"]))
        if url is not None:
            names = defaultdict(list)
            for finding in findings:
                names[finding["name"]].append(finding["message"])
            for name, messages in names.items():
                figures.repeats[(name, verdict(corpus, url, name, messages)[0])] += 1
        else:
            repo = rows[0]["repo"]
            figures.unlabelled.extend((repo, link["path"], link["line"], f["name"], link["url"]) for f in findings)


def new_figures() -> Figures:
    return Figures(Counter(), [], {}, [], Counter(), [], [], [], [])


def recall_of(present: Dict[str, Set[str]], found: Dict[str, Set[str]], found_by: Dict[str, Set[str]],
              urls: Set[str]) -> Dict[str, Tuple[int, int]]:
    """kind -> (found, present) over `urls`: labelled_corpus.recall's count (a `present` row is found when a rule
    owning its kind reported the URL)."""
    counts: Counter = Counter()
    for url in urls:
        for kind in present.get(url, ()):
            counts[(kind, bool(found.get(url, set()) & found_by.get(kind, set())))] += 1
    return {kind: (counts[(kind, True)], counts[(kind, True)] + counts[(kind, False)])
            for kind in sorted({k for k, _ in counts})}


def unread(path: str) -> str:
    """Why utmlint never reads the file at `path` (utmlint.scan.files.generated: a lock file, a link checker's
    cache), or "". The corpus judge gives no finding there and counts none of its labels as missed; so does this."""
    from utmlint.scan import files

    generated = getattr(files, "generated", None)
    return (generated(path) or "") if generated else ""


def finish_recall(corpus: Corpus, figures: Figures) -> None:
    found = {r.url: set(r.names) for r in figures.rows}
    counted = {r.url for r in figures.rows if not unread(r.path)}
    figures.recall.update(recall_of(corpus.present, found, corpus.found_by, counted))


def measure_corpus(folder: Path, found_by: Dict[str, Set[str]], mirrors: Path, jobs: int = 2,
                   repos: Optional[Set[str]] = None) -> Figures:
    """Scan every (repository, commit) of one corpus (or of `repos` only) and judge scan's findings by its labels."""
    corpus = load_corpus(folder, found_by)
    groups: Dict[Tuple[str, str], List[dict]] = defaultdict(list)
    for row in corpus.rows:
        if not repos or row["repo"].lower() in repos:
            groups[(row["repo"], row["commit"])].append(row)
    figures = new_figures()

    def one(key: Tuple[str, str]):
        repo, commit = key
        rows = groups[key]
        tree = Path(tempfile.mkdtemp(prefix="corpus-scan-"))
        try:
            written = materialize(mirror_gitdir(mirrors, repo), commit, repo, (r["path"] for r in rows), tree)
            scanned = run_scan(tree)
            partial = new_figures()
            judge_repo(corpus, rows, scanned, written, tree, partial)
            return partial
        except (OSError, RuntimeError, ValueError) as error:
            partial = new_figures()
            partial.errors.append(f"{repo}@{commit[:12]}: {error}")
            for row in rows:
                partial.rows.append(RowResult(row["url"], repo, row["path"], row["line"], "", f"not measured: {error}",
                                              {}, {}))
            return partial
        finally:
            shutil.rmtree(tree, ignore_errors=True)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        for partial in pool.map(one, sorted(groups)):
            figures.per_rule.update(partial.per_rule)
            figures.no_verdict.extend(partial.no_verdict)
            figures.rows.extend(partial.rows)
            figures.repeats.update(partial.repeats)
            figures.unlabelled.extend(partial.unlabelled)
            figures.orphans.extend(partial.orphans)
            figures.errors.extend(partial.errors)
            figures.wrong.extend(partial.wrong)
    finish_recall(corpus, figures)
    return figures


def wrong_count(per_rule: Counter) -> int:
    return sum(n for (_, said), n in per_rule.items() if said == "wrong")


# ----------------------------------------------------------------------------------------------------- the report

class Judged(NamedTuple):
    """The corpus test's own judge (labelled_corpus.judge) on the same code."""

    per_rule: Counter
    recall: Dict[str, Tuple[int, int]]
    found: Dict[str, Set[str]]  # url -> rules
    said: Dict[Tuple[str, str], str]  # (url, rule) -> correct | wrong


def validate_url_figures(folder: Path, found_by: Dict[str, Set[str]], urls: Set[str]) -> Judged:
    """labelled_corpus.judge's figures on the rows measured (`urls`: all of them unless --repo)."""
    import labelled_corpus

    judged = labelled_corpus.judge(folder)
    per_rule = Counter((name, said) for (url, name), said in judged.said.items() if url in urls)
    present = load_corpus(folder, found_by).present
    counted = urls - set(getattr(judged, "unread", ()))
    # a data set's records count as found by the file's one note, as labelled_corpus.recall counts them (Judged.noted)
    noted = getattr(judged, "noted", {})
    said = {url: rules | noted.get(url, set()) for url, rules in judged.found.items()}
    return Judged(per_rule, recall_of(present, said, found_by, counted), judged.found, judged.said)


def pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "-"


def report(number: str, figures: Figures, judged: Judged, owned: Set[str]) -> str:
    """One corpus's section of the report; `owned`: the kinds a rule owns (the test's FOUND_BY)."""
    v_rule, v_recall, v_found = judged.per_rule, judged.recall, judged.found
    s_total, s_wrong = sum(figures.per_rule.values()), wrong_count(figures.per_rule)
    v_total, v_wrong = sum(v_rule.values()), wrong_count(v_rule)
    rows = figures.rows
    missed = [r for r in rows if not r.how]
    seen = {r.url for r in rows if r.how}
    never = [r for r in rows if unread(r.path)]
    v_seen = [said for (url, _), said in judged.said.items() if url in seen]
    out = [f"## Corpus {number} (tests/data/real-urls-{number}: {len(rows)} rows, "
           f"{len({r.repo for r in rows})} repositories)", ""]
    if figures.errors:
        out += ["**Not measured** (the rows of these repositories count as not extracted):", ""]
        out += [f"- {e}" for e in figures.errors] + [""]
    out += ["| | `utmlint scan` on the files | `validate_url` judge (corpus test) |", "|---|---|---|",
            f"| (URL, rule) findings on labelled rows | {s_total} | {v_total} |",
            f"| wrong by the labels | **{s_wrong} ({pct(s_wrong, s_total)})** | "
            f"**{v_wrong} ({pct(v_wrong, v_total)})** |",
            f"| rows judged | {len(rows) - len(missed)} extracted of {len(rows)} | {len(rows) - len(never)} (every URL"
            + (f" but {len(never)} in files utmlint never reads" if never else "") + ") |",
            f"| on the rows scan extracts | {s_total} findings, {s_wrong} wrong | {len(v_seen)} findings, "
            f"{v_seen.count('wrong')} wrong |", ""]
    nv_wrong = sum(1 for *_, said in figures.no_verdict if said == "wrong")
    nv_right = len(figures.no_verdict) - nv_wrong
    out += [f"Pairs no verdict row judges (scan gives them, validate_url does not): {nv_wrong} counted wrong (the rule "
            f"owns none of the URL's labelled kinds), {nv_right} correct (it owns one); scan's wrong without them: "
            f"{s_wrong - nv_wrong} of {s_total - nv_wrong - nv_right}.", ""]
    out += ["| rule | scan correct | scan wrong | validate_url correct | validate_url wrong |", "|---|---|---|---|---|"]
    for name in sorted({n for n, _ in figures.per_rule} | {n for n, _ in v_rule}):
        out.append(f"| {name} | {figures.per_rule[(name, 'correct')]} | {figures.per_rule[(name, 'wrong')]} | "
                   f"{v_rule[(name, 'correct')]} | {v_rule[(name, 'wrong')]} |")
    out += ["", "Recall per kind the blind pass found (found/present; a kind is owned by the rules the corpus test's "
            "FOUND_BY names and by the rule of its own name; kinds no rule owns are counted, never found):", "",
            "| kind | scan | validate_url |", "|---|---|---|"]
    for kind in sorted(set(figures.recall) | set(v_recall)):
        owner = "" if kind in owned else " (no rule owns it)"
        s_hit, s_n = figures.recall.get(kind, (0, 0))
        v_hit, v_n = v_recall.get(kind, (0, 0))
        out.append(f"| {kind}{owner} | {s_hit}/{s_n} | {v_hit}/{v_n} |")
    # where the two disagree, URL by URL
    scan_only, vu_only = Counter(), Counter()
    for r in rows:
        if r.how:
            for name in set(r.names) - v_found.get(r.url, set()):
                scan_only[name] += 1
            for name in v_found.get(r.url, set()) - set(r.names):
                vu_only[name] += 1
    out += ["", "On the rows scan extracts, (URL, rule) pairs one gives and the other does not: scan only "
            + (", ".join(f"{n} {c}" for n, c in scan_only.most_common()) or "none") + "; validate_url only "
            + (", ".join(f"{n} {c}" for n, c in vu_only.most_common()) or "none") + "."]
    if figures.wrong:
        out += ["", "<details><summary>scan's wrong findings on labelled rows, with the verdict row's reason</summary>",
                ""]
        for name, where, url, reason in sorted(figures.wrong):
            out.append(f"- {name}: {where} `{url[:140]}`: {reason[:160] or '(no verdict row: see below)'}")
        out += ["", "</details>"]
    if figures.no_verdict:
        out += ["", "Pairs no verdict row judges (scan gives them, validate_url does not):", ""]
        for url, name, said in sorted(figures.no_verdict, key=lambda t: (t[2], t[1], t[0])):
            row = next(r for r in rows if r.url == url)
            out.append(f"- {said}: {name} on `{url}` ({row.repo}, {row.path}:{row.line})")
    how = Counter(r.how for r in rows if r.how)
    out += ["", f"Rows matched to a link scan extracted: {len(rows) - len(missed)} of {len(rows)} ("
            + ", ".join(f"{h} {n}" for h, n in sorted(how.items())) + ")."]
    if missed:
        out += ["", f"**Rows scan never extracts: {len(missed)}**, by reason:", ""]
        reasons = Counter(_reason_kind(r.why) for r in missed)
        out += [f"- {kind}: {n}" for kind, n in reasons.most_common()]
        out += ["", "<details><summary>each row</summary>", ""]
        for r in sorted(missed, key=lambda r: (r.repo, r.path, int(r.line) if r.line.isdigit() else 0)):
            out.append(f"- {r.repo} `{r.path}:{r.line}` `{r.url}`: {r.why}")
        out += ["", "</details>"]
    rep_total = sum(figures.repeats.values())
    out += ["", f"Other occurrences of labelled URLs in the files scanned (judged by the same labels, not counted "
            f"above): {rep_total} findings, {wrong_count(figures.repeats)} wrong."]
    un = Counter(name for *_, name, _ in figures.unlabelled)
    out += ["", "Findings on links no corpus row names (unlabelled: neither wrong nor right): "
            f"{len(figures.unlabelled)}"
            + (" (" + ", ".join(f"{n} {c}" for n, c in un.most_common()) + ")" if un else "") + "."]
    if figures.unlabelled:
        out += ["", "<details><summary>a sample</summary>", ""]
        step = max(1, len(figures.unlabelled) // SAMPLE)
        for repo, path, line, name, url in sorted(figures.unlabelled)[::step][:SAMPLE]:
            out.append(f"- {name}: {repo} `{path}:{line}` `{url[:160]}`")
        out += ["", "</details>"]
    if figures.orphans:
        out += ["", "Findings on lines where scan extracted no link (repo-wide or file-level): "
                f"{len(figures.orphans)} ("
                + ", ".join(f"{n} {c}" for n, c in Counter(f['name'] for f in figures.orphans).most_common()) + ")."]
    return "\n".join(out) + "\n"


def _reason_kind(why: str) -> str:
    if why.startswith("read, no link extracted"):
        guess = why.split(": `", 1)[0]
        return "read, no link extracted on the row's line" + (guess[guess.index(" ("):] if " (" in guess else "")
    if why.startswith("in a hidden folder"):
        return "in a hidden folder (the default exclude `.*`)"
    if why.startswith("a kind of file"):
        return why
    return why.split(": ", 1)[0] if why.startswith(("skipped by scan", "not measured")) else why


def as_json(number: str, figures: Figures) -> dict:
    return {"corpus": number,
            "rows": [r._asdict() for r in figures.rows],
            "per_rule": {f"{n}\t{s}": c for (n, s), c in sorted(figures.per_rule.items())},
            "recall": figures.recall, "no_verdict": figures.no_verdict,
            "unlabelled": figures.unlabelled, "errors": figures.errors}


def owners(found_by: Dict[str, Iterable[str]], labels: Path) -> Dict[str, Set[str]]:
    """kind -> the rules that own it: the corpus test's FOUND_BY, and a kind named after a rule is that rule's too
    (source-fragmentation, medium-channel-intent: some tests leave them out, as validate_url alone cannot find
    them; scan can)."""
    from utmlint.rulebook import registry

    names = set(registry().by_name)
    owned = {kind: set(rules) for kind, rules in found_by.items()}
    for row in read_tsv(labels):
        if row["verdict"] == "present" and row["rule"] in names:
            owned.setdefault(row["rule"], set()).add(row["rule"])
    return owned


def summary_row(number: str, figures: Figures, judged: Judged) -> str:
    s_total, s_wrong = sum(figures.per_rule.values()), wrong_count(figures.per_rule)
    v_total, v_wrong = sum(judged.per_rule.values()), wrong_count(judged.per_rule)
    missed = sum(1 for r in figures.rows if not r.how)
    return (f"| {number} | {s_wrong}/{s_total} ({pct(s_wrong, s_total)}) | "
            f"{v_wrong}/{v_total} ({pct(v_wrong, v_total)}) | {missed} of {len(figures.rows)} | "
            f"{len(figures.unlabelled)} |")


def compare(old: List[dict], new: List[dict]) -> str:
    """What changed between two --json dumps, row by row: rows scan now extracts or no longer does, and (URL, rule)
    pairs added or gone, each with its verdict."""
    out = ["# Changes against the earlier run", ""]
    before = {item["corpus"]: {row["url"]: row for row in item["rows"]} for item in old}
    for item in new:
        earlier = before.get(item["corpus"])
        if earlier is None:
            continue
        lines = []
        for row in item["rows"]:
            was = earlier.get(row["url"])
            if was is None:
                continue
            place = f"{row['repo']} `{row['path']}:{row['line']}`"
            if bool(was["how"]) != bool(row["how"]):
                lines.append(f"- {'now extracted' if row['how'] else 'no longer extracted: ' + row['why']}: {place}")
            was_said = was.get("said")
            if was_said is None:  # a dump of the first version (rule names only): a rule in both kept its verdict
                was_said = {name: row["said"].get(name, "?") for name in was["names"]}
            for name in sorted(set(row["said"]) | set(was_said)):
                a, b = was_said.get(name), row["said"].get(name)
                if a != b:
                    change = f"+ {name} ({b})" if a is None else f"- {name} (was {a})" if b is None else \
                        f"~ {name} ({a} -> {b})"
                    lines.append(f"- {change}: {place} `{row['url'][:140]}`")
        out += [f"## Corpus {item['corpus']}: {len(lines)} changes", ""] + (lines or ["(none)"]) + [""]
    return "\n".join(out)


def code_state() -> str:
    """The checkout whose utmlint this run imports and runs (a helper's worktree, or main), and its commit."""
    import utmlint

    checkout = Path(utmlint.__file__).resolve().parents[1]

    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(checkout), *args], capture_output=True, text=True,
                              check=False).stdout.strip()

    head, code = git("rev-parse", "--short", "HEAD"), git("log", "-1", "--format=%h", "--", "utmlint", "rules")
    dirty = ", with uncommitted changes" if git("status", "--porcelain", "--", "utmlint", "rules") else ""
    return f"{checkout} at {head or '?'} (utmlint/ and rules/ as of {code or '?'}{dirty})"


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", default=list(CORPORA), help="corpus numbers (default: 4 5 6 7 8)")
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--corpora-dir", type=Path, default=ROOT / "tests" / "data")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repo", action="append", default=[], help="only this OWNER/NAME (repeatable)")
    parser.add_argument("--output", type=Path)
    parser.add_argument("--json", type=Path, help="write every row's findings and verdicts (for --against)")
    parser.add_argument("--against", type=Path, help="an earlier --json: print what changed, row by row")
    args = parser.parse_args(argv)
    repos = {name.lower() for name in args.repo}
    sections, summary, dump = [], [], []
    for number in args.corpora:
        folder = args.corpora_dir / f"real-urls-{number}"
        found_by = owners(test_found_by(number), folder / "labels.tsv")
        figures = measure_corpus(folder, found_by, args.mirrors, args.jobs, repos)
        judged = validate_url_figures(folder, found_by, {row.url for row in figures.rows})
        sections.append(report(number, figures, judged, set(found_by)))
        summary.append(summary_row(number, figures, judged))
        print(sections[-1], flush=True)
        dump.append(as_json(number, figures))
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    only = f" --repo {' --repo '.join(args.repo)}" if args.repo else ""
    head = [f"# `utmlint scan` on the corpora's real files: {code_state()}",
            "", f"`python benchmarks/corpus_scan/measure.py {' '.join(args.corpora)}{only}`, "
            f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC (load average at the end {load}).", "",
            "| corpus | scan: wrong/findings on labelled rows | validate_url judge: wrong/findings | rows scan never "
            "extracts | scan's findings on unlabelled links |", "|---|---|---|---|---|", *summary, ""]
    print("\n".join(head), flush=True)
    if args.output:
        args.output.write_text("\n".join(head + sections), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(dump, indent=1), encoding="utf-8")
    if args.against:
        print(compare(json.loads(args.against.read_text(encoding="utf-8")), dump), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
