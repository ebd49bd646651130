"""Write tests/data/real-urls-N/placement-rows.tsv: what the text of a file says around each corpus row's link, read by
scan's own reading functions (scan.placement.headings_above, own_line), for the corpus judge (labelled_corpus.judge),
which has no file text and applies scan's judgement of that reading (scan.placement.placement_said) through
validate_url's `placement`.

Columns: repo, commit, path, line (the row's), url (the row's), at (the line of the file the link was found on),
read (where the text came from: `mirror:<commit read>`, `texts`, `kept`), headings (JSON list: the link's section's
titles, nearest first: a JSON list, so no title's character can split it), own_line (JSON string: the link's line
without its URLs), convention (JSON list of [source, medium, campaign]: the tag sets the whole file writes on links to
two or more sites that read a visit's tags, checks.tracking.copied_file.file_convention with `read_only` (a YouTube
video is no second site: placements, session 42) over every link scan extracts from it, which scan's
placement reading rules out as the file's own tagging; the judge's `file_urls` hold only the corpus's rows), sentence
(JSON string: the link's sentence in its paragraph without its URLs, scan.placement.link_sentence, whose naming of the
linked site as the page's author scan.citation.sentence_cited reads as a citation).

Where the text comes from, first found:
- the corpus's kept files (`tests/data/real-urls-N/files/OWNER+NAME/<path>`, corpus 2's files.tsv), `kept`;
- a mirror (`--mirrors`, a bare git directory OWNER+NAME or OWNER+NAME/repo): the row's commit when the mirror holds
  it, else its HEAD (a snapshot may be newer than the labelled commit), `mirror:<sha>`;
- a saved text (`--texts`, `OWNER+NAME/<path>`: the file as the search index's read_file gave it at the row's
  commit), `texts`;
the first of them in which scan reads the row's link (a newer snapshot may have moved or dropped it).
The file is extracted as scan extracts it (scan.extract by its kind's suffix) and the row's link is the occurrence
scan reads as the row's URL (the same URL, the URL with its escapes undone, `&amp;`, or scan-reads.tsv's reading of it)
nearest the row's line; no row when scan reads it nowhere in the text (the snapshot changed the link, or scan does not
extract it there): that row is judged by its path alone, as before. Nothing from a mirror is run: only `git cat-file`
and `git show`.

    python tests/validate_url/placement_rows.py [--mirrors /work/.mirror] [--texts /work/texts41] [N ...]

Rows of an earlier run whose text is not at hand now are kept as they were (file_facts' rule: a fact is never dropped
because a mirror went away). A run over every corpus writes tests/data/placement-reading.txt, the digest of the reading
code (reading_stamp); test_placement_rows fails when the code has changed since, so a change to the reading is
measured on the stored rows' texts (rerun this with the mirrors) rather than judged on its old answers. The script prints, per corpus, the rows read, the rows with a fact and those whose text
was there but the link not found in it.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Optional, Tuple

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
sys.path.insert(0, str(HERE.parents[1]))

from utmlint.scan import extract, kind_suffix  # noqa: E402
from utmlint.checks.tracking.copied_file import file_convention  # noqa: E402
from utmlint.identity import from_slug, in_folder  # noqa: E402
from utmlint.scan.placement import headings_above, link_sentence, own_line  # noqa: E402
from mirror_dirs import mirror_git_dir  # noqa: E402

HEADER = ["repo", "commit", "path", "line", "url", "at", "read", "headings", "own_line", "convention", "sentence"]
NAME = "placement-rows.tsv"
# The fingerprint of the reading code the stored rows were written by (review41 M4: the rows hold the reading's answers,
# so a later change to the reading would be judged on the old answers without a word): written by a run over every
# corpus, checked by test_placement_rows against the code as it is.
STAMP = DATA / "placement-reading.txt"


def reading_stamp() -> str:
    """A digest of the code whose answers placement-rows.tsv stores: scan.placement whole (its reading half,
    headings_above and own_line with all they use, written out; its judgement half, placement_said, in it too, so a
    change to any helper of the reading is never left out of the digest: a judgement-only change costs one rerun that
    changes no row) and checks.tracking.copied_file (file_convention, the `convention` column)."""
    import hashlib
    import inspect

    from utmlint.checks.tracking import copied_file
    from utmlint.scan import placement

    parts = [inspect.getsource(placement), inspect.getsource(copied_file)]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]



def read_tsv(path: Path) -> List[dict]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _git(git_dir: Path, *args: str) -> Optional[bytes]:
    done = subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True)
    return done.stdout if done.returncode == 0 else None


_RAW: Dict[tuple, List[Tuple[bytes, str]]] = {}


def raw_texts(row: dict, folder: Path, mirrors: Optional[Path], texts: Optional[Path]) -> List[Tuple[bytes, str]]:
    """Each text of the row's file at hand, with where it came from, in the order they are read: the corpus's kept
    file, the mirror at the row's commit (else its HEAD: a snapshot may be newer), a saved text."""
    key = (row["repo"], row.get("commit", ""), row["path"], str(folder))
    if key in _RAW:
        return _RAW[key]
    found = []
    slug = row["repo"].replace("/", "+")
    kept = folder / "files" / slug / row["path"]
    if kept.is_file():
        found.append((kept.read_bytes(), "kept"))
    git_dir = mirror_git_dir(mirrors, row["repo"])
    if git_dir is not None:
        commit = row.get("commit", "")
        at = commit if commit and _git(git_dir, "cat-file", "-e", f"{commit}^{{commit}}") is not None else "HEAD"
        raw = _git(git_dir, "show", f"{at}:{row['path']}")
        if raw is not None:
            sha = (_git(git_dir, "rev-parse", at) or b"").decode().strip()
            found.append((raw, f"mirror:{sha}"))
    if texts is not None:
        saved = texts / slug / row["path"]
        if saved.is_file():
            found.append((saved.read_bytes(), "texts"))
    _RAW[key] = found
    return found


def raw_text(row: dict, folder: Path, mirrors: Optional[Path], texts: Optional[Path]) -> Optional[Tuple[bytes, str]]:
    """The first text of the row's file at hand (raw_texts), or None."""
    found = raw_texts(row, folder, mirrors, texts)
    return found[0] if found else None


_EXTRACTED: Dict[tuple, object] = {}


def _unescaped(url: str) -> str:
    """A URL with the escapes scan undoes in the file's language (file_facts._unescaped)."""
    import html

    return html.unescape(url).replace("\\&", "&").replace("\\_", "_").replace("\\=", "=")


def reading(row: dict, raw: bytes, read_as: str = "") -> Optional[Tuple[int, List[str], str, List[List[str]]]]:
    """(the line scan reads the row's link on, headings_above, own_line, the file's own tag sets) at that link in the
    file's text as scan extracts it, or None when scan reads the row's URL nowhere in it. The tag sets are the file's
    convention as scan reads it from every link it extracts (checks.tracking.copied_file.file_convention, with the
    repository's identity as the corpus judge has it): the judge's `file_urls` are only the corpus's rows of the file,
    and a tag set on two sites of the file is its own tagging, which scan's placement reading rules out (Changelog's
    `utm_source=changelog` on Fastly's and Typesense's links, corpus 10)."""
    key = (row["repo"], row.get("commit", ""), row["path"], len(raw), hash(raw))
    if key not in _EXTRACTED:
        _EXTRACTED[key] = extract(raw, kind_suffix(Path(row["path"]).name).lower())
    extracted = _EXTRACTED[key]
    if extracted is None or extracted.text is None:
        return None
    wanted = {row["url"], _unescaped(row["url"])} | ({read_as} if read_as else set())
    found = [o for o in extracted.occurrences if o.url in wanted]
    if not found:  # one the start of the other (a link the collector cut, or scan reads on)
        found = [o for o in extracted.occurrences
                 if any(len(w) > 20 and (o.url.startswith(w) or w.startswith(o.url)) for w in wanted)]
    if not found:
        return None
    line = int(row["line"]) if row.get("line", "").isdigit() else 0
    at = min(found, key=lambda o: (abs(o.line - line) if line else 0, o.line))
    convention = file_convention((o.url for o in extracted.occurrences), in_folder(from_slug(row["repo"]), row["path"]),
                                 read_only=True)
    return at.line, headings_above(extracted.text, at.start), own_line(extracted.text, at.start), \
        sorted(list(triple) for triple in convention), link_sentence(extracted.text, at.start)


def corpus_rows(folder: Path, mirrors: Optional[Path], texts: Optional[Path]) -> Tuple[List[list], Dict[str, int]]:
    urls = read_tsv(folder / "urls.tsv")
    reads = {(r["repo"], r["commit"], r["path"], r["url"]): r["read"] for r in read_tsv(DATA / "scan-reads.tsv")}
    earlier = {}
    if (folder / NAME).exists():
        earlier = {(r["repo"], r["commit"], r["path"], r["url"]): [r.get(h) or ('""' if h == "sentence" else "[]")
                                                                   for h in HEADER]
                   for r in read_tsv(folder / NAME)}
    out, counts = [], {"rows": len(urls), "text": 0, "fact": 0, "kept": 0}
    for row in urls:
        key = (row["repo"], row.get("commit", ""), row["path"], row["url"])
        got = raw_texts(row, folder, mirrors, texts)
        if not got:
            if key in earlier:
                out.append(earlier[key])
                counts["kept"] += 1
            continue
        counts["text"] += 1
        # the first text that holds the link (a newer snapshot may have moved or dropped it; a saved text is the row's)
        read, source = next(((found, source) for found, source in ((reading(row, raw, reads.get(key, "")), source)
                                                                  for raw, source in got) if found is not None),
                            (None, ""))
        if read is None:
            continue
        counts["fact"] += 1
        at, headings, line, convention, sentence = read
        out.append([row["repo"], row.get("commit", ""), row["path"], row.get("line", ""), row["url"], str(at), source,
                    json.dumps(headings, ensure_ascii=False), json.dumps(line, ensure_ascii=False),
                    json.dumps(convention, ensure_ascii=False), json.dumps(sentence, ensure_ascii=False)])
    return out, counts


def write(folder: Path, rows: List[list]) -> None:
    seen, unique = set(), []
    for row in rows:
        if tuple(row[:5]) not in seen:
            seen.add(tuple(row[:5]))
            unique.append(row)
    with open(folder / NAME, "w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(HEADER) + "\n")
        for row in unique:
            handle.write("\t".join(row) + "\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mirrors", type=Path, default=None)
    parser.add_argument("--texts", type=Path, default=None)
    parser.add_argument("corpora", nargs="*", help="corpus numbers (all when none)")
    args = parser.parse_args(argv)
    folders = sorted(DATA.glob("real-urls-*"), key=lambda p: int(p.name.rpartition("-")[2]))
    kept = 0
    for folder in folders:
        if args.corpora and folder.name.rpartition("-")[2] not in args.corpora:
            continue
        rows, counts = corpus_rows(folder, args.mirrors, args.texts)
        write(folder, rows)
        print(f"{folder.name:14} rows {counts['rows']:4}  text {counts['text']:4}  fact {counts['fact']:4}  "
              f"not found {counts['text'] - counts['fact']:4}  kept {counts['kept']:3}")
        kept += counts["kept"]
    if not args.corpora:
        STAMP.write_text(f"{reading_stamp()}\n# scan's placement reading and file_convention as placement-rows.tsv "
                         f"were last written by (tests/validate_url/placement_rows.py, over every corpus; {kept} rows "
                         "kept from an earlier run, their text not at hand)\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
