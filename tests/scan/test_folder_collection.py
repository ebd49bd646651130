"""A folder collection (utmlint.scan.collection.folder_collection): a podcast's show notes kept one file per episode,
each linking the news it discussed with the tags of wherever the article was found. No one file has links enough to
be a collection; the folder's `podcast-*.md` files together are one. Real files (tests/data/scan-collection/ORIGIN.md:
radio-t/radio-t-site, corpus 10 #69 #77, whose copied tags were told to be completed; #74 #83's share tags are
copied-tracking's by themselves) in a
real git repository with the project's remote, scanned in-process; the cache keeps each file's entry its own, and a
sibling edited, added or deleted moves the verdict of the files beside it on the next warm run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from utmlint.cli import main
from utmlint.identity import from_slug
from utmlint.scan.collection import candidate, folder_collection, shape
from utmlint.validate_url import validate_url

DATA = Path(__file__).resolve().parents[1] / "data" / "scan-collection" / "radio-t"
POSTS = "hugo/content/posts"
EPISODES = ("538", "632", "766", "863", "1000")
ADVICE = {"missing-utm-param", "medium-unassigned", "value-case", "value-separator", "value-charset", "campaign-slug"}


def _settle(root: Path) -> None:
    old = time.time() - 60  # older than the racy-clean window: a warm run trusts the stats
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (old, old))


def podcast(tmp_path, episodes=EPISODES) -> Path:
    folder = tmp_path / "radio-t-site"
    (folder / POSTS).mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", "https://github.com/radio-t/radio-t-site.git"],
                   check=True)
    for n in episodes:
        shutil.copyfile(DATA / f"podcast-{n}.md", folder / POSTS / f"podcast-{n}.md")
    _settle(folder)
    return folder


def scan(monkeypatch, capsys, folder, *args):
    monkeypatch.chdir(folder)
    code = main(["scan", "--format", "json", *args, "."])
    out, err = capsys.readouterr()
    assert "Traceback" not in err and code in (0, 1)
    return json.loads(out)


def pairs(found):
    return sorted((f["path"].rsplit("/", 1)[-1], f["line"], f["name"], f["severity"]) for f in found)


def test_a_podcasts_episodes_are_one_collection(tmp_path, monkeypatch, capsys):
    found = scan(monkeypatch, capsys, podcast(tmp_path), "--no-cache")
    # each article's copied tags: one info note, no advice to complete or respell them (corpus 10 #69 #74 #77 #83)
    assert pairs(found) == [("podcast-1000.md", 16, "copied-tracking", "info"),
                            ("podcast-632.md", 17, "copied-tracking", "info"),
                            ("podcast-766.md", 14, "copied-tracking", "info"),
                            ("podcast-863.md", 16, "copied-tracking", "info")]
    note = next(f for f in found if f["path"].endswith("podcast-863.md"))
    assert note["message"].startswith("`utm_source=banner` is stackoverflow.co's tagging (or whoever shared the "
                                      "link), not this repository's: this folder's `podcast-*.md` files collect "
                                      "other people's links") and note["fix"] is None
    # the episode's sponsor (`*Спонсоры этого выпуска ... [Java-конференция JPoint](...?utm_source=radiot&utm_medium=
    # special&utm_campaign=jpoint2017)*`) carries the sponsor's own tags (corpus 10 #76, the lead's session 44 ruling:
    # JPoint's campaign, the `special` medium atlas writes too): its line names the placement, no value advice
    assert not any(f["path"].endswith("podcast-538.md") for f in found)


def test_too_few_episodes_are_no_collection(tmp_path, monkeypatch, capsys):
    """Two files of one shape with a tagged link each: no folder verdict (scan.collection.MIN_FILES), each judged as
    before."""
    found = scan(monkeypatch, capsys, podcast(tmp_path, ("863", "1000")), "--no-cache")
    assert {f["name"] for f in found} == {"missing-utm-param", "campaign-slug"}


def test_a_warm_scan_follows_an_edited_sibling(tmp_path, monkeypatch, capsys):
    """The verdict on podcast-863.md depends on the files beside it: cached per file, it still follows them. Its
    siblings' tags edited to the podcast's own (`utm_source=radiot`) make the folder no collection, and the unchanged
    863 is told about its tags again; edited back, the folder is a collection again. Each warm run says what a cold
    one says."""
    folder = podcast(tmp_path)
    cold = pairs(scan(monkeypatch, capsys, folder, "--no-cache"))
    assert pairs(scan(monkeypatch, capsys, folder, "--cache-dir", "cache")) == cold
    assert pairs(scan(monkeypatch, capsys, folder, "--cache-dir", "cache")) == cold
    originals = {}
    for n, copied in (("632", "utm_campaign=OGshare"), ("766", "utm_source=social-share")):
        path = folder / POSTS / f"podcast-{n}.md"
        originals[path] = path.read_text(encoding="utf-8")
        path.write_text(originals[path].replace(copied, "utm_source=radiot"), encoding="utf-8")
    edited = pairs(scan(monkeypatch, capsys, folder, "--cache-dir", "cache"))
    assert ("podcast-863.md", 16, "missing-utm-param", "error") in edited  # 863 unchanged, its verdict moved
    assert ("podcast-863.md", 16, "copied-tracking", "info") not in edited
    assert edited == pairs(scan(monkeypatch, capsys, folder, "--no-cache"))
    for path, text in originals.items():
        path.write_text(text, encoding="utf-8")
    assert pairs(scan(monkeypatch, capsys, folder, "--cache-dir", "cache")) == cold
    (folder / POSTS / "podcast-1000.md").unlink()  # a sibling deleted: three sites become two, no collection
    gone = pairs(scan(monkeypatch, capsys, folder, "--cache-dir", "cache"))
    assert ("podcast-863.md", 16, "missing-utm-param", "error") in gone
    assert gone == pairs(scan(monkeypatch, capsys, folder, "--no-cache"))
    shutil.copyfile(DATA / "podcast-1000.md", folder / POSTS / "podcast-1000.md")  # and added back
    assert pairs(scan(monkeypatch, capsys, folder, "--cache-dir", "cache")) == cold


def test_a_file_named_alone_is_read_with_its_siblings(tmp_path, monkeypatch, capsys):
    """A pre-commit hook names the new episode alone (`pass_filenames`): it is judged as one file of its folder's
    collection all the same, the files of its shape beside it read (from the cache when known), not reported; a file
    of another shape beside them is not read for it."""
    folder = podcast(tmp_path)
    (folder / POSTS / "about.md").write_text("[a](https://a.sunbeam.org/?utm_source=xy)\n", encoding="utf-8")
    whole = [p for p in pairs(scan(monkeypatch, capsys, folder, "--no-cache")) if p[0] == "podcast-863.md"]
    assert whole == [("podcast-863.md", 16, "copied-tracking", "info")]
    named = f"{POSTS}/podcast-863.md"
    for cache in ("--no-cache", "--cache-dir=cache", "--cache-dir=cache"):
        monkeypatch.chdir(folder)
        assert main(["scan", "--format", "json", cache, named]) == 0
        assert pairs(json.loads(capsys.readouterr().out)) == whole
    monkeypatch.chdir(folder)
    assert main(["scan", "--format", "json", "--no-cache", f"{POSTS}/about.md"]) == 1  # no shape: its own verdict
    capsys.readouterr()


@pytest.mark.parametrize("given", [".", f"{POSTS}/podcast-863.md"])
def test_a_warm_scan_of_a_folder_collection_loads_no_rule(tmp_path, given):
    folder = podcast(tmp_path)
    probe = (f"import sys\nfrom utmlint.cli import main\ncode = main(['scan', '--cache-dir', 'cache', '{given}'])\n"
             "loaded = [m for m in sys.modules if m.startswith(('utmlint.checks', 'utmlint.scan.judge', "
             "'utmlint.engine', 'utmlint.runner', 'yaml', '_yaml'))]\nprint('LOADED', code, sorted(loaded), "
             "file=sys.stderr)\n")

    def run():
        done = subprocess.run([sys.executable, "-c", probe], cwd=folder, capture_output=True, text=True, timeout=120)
        return done.stdout, done.stderr.splitlines()[-1]

    first_out, first = run()
    warm_out, warm = run()
    assert "this folder's `podcast-*.md` files" in first_out and warm_out == first_out
    assert "utmlint.checks" in first and warm == "LOADED 0 []"  # copied-tracking's notes only: no error


def test_the_fix_keeps_the_folders_verdict(tmp_path, monkeypatch, capsys):
    """`--fix` judges each fixed text again as one file of its folder's collection: the copied tags get no fix."""
    folder = podcast(tmp_path)
    monkeypatch.chdir(folder)
    main(["scan", "--fix", "--unsafe-fixes", "."])
    capsys.readouterr()
    for n in EPISODES:
        assert (folder / POSTS / f"podcast-{n}.md").read_bytes() == (DATA / f"podcast-{n}.md").read_bytes()


def test_validate_url_with_the_folders_files_agrees_with_scan():
    """The corpus judge (tests/validate_url/labelled_corpus.py) gives validate_url the links of the files beside the
    URL's of its shape (`folder_files`): the same verdict scan reaches from the folder."""
    urls = {n: [line.split("](", 1)[1].split(")", 1)[0] for line in (DATA / f"podcast-{n}.md").read_text(
        encoding="utf-8").splitlines() if "utm_" in line and "](" in line] for n in EPISODES}
    url = urls["863"][0]
    path = f"{POSTS}/podcast-863.md"
    others = [urls[n] for n in EPISODES if n != "863"]
    judged = validate_url(url, repo="radio-t/radio-t-site", path=path, folder_files=others)
    assert [(f.name, f.severity) for f in judged.findings] == [("copied-tracking", "info")]
    alone = validate_url(url, repo="radio-t/radio-t-site", path=path)
    assert {f.name for f in alone.findings} == {"missing-utm-param"}
    assert {f.name for f in validate_url(url, repo="radio-t/radio-t-site", path=path,
                                         folder_files=others[:1]).findings} == {"missing-utm-param"}


@pytest.mark.parametrize("name, expected", [("podcast-1000.md", "podcast-*.md"), ("2025-08-16-weekly.md",
                                                                                 "*-*-*-weekly.md"),
                                            ("README.md", ""), ("issue-12.markdown", "issue-*.markdown")])
def test_a_files_shape(name, expected):
    assert shape(name) == expected


def test_the_files_of_a_folder_collection():
    """At least MIN_FILES files with tracked links, read together with collection's thresholds; a sponsor's tags naming
    the repository stay its own."""
    identity = from_slug("radio-t/radio-t-site")
    files = [[candidate(u)] for u in ("https://thenextweb.com/a?utm_campaign=OGshare",
                                      "https://insights.stackoverflow.com/b?utm_source=social-share",
                                      "https://survey.stackoverflow.co/2023/?utm_source=banner",
                                      "https://blog.cloudflare.com/c?utm_campaign=cf_blog/")]
    found = folder_collection(files, identity, False, "podcast-*.md")
    assert found is not None and len(found.others) == 4 and found.shape == "podcast-*.md"
    assert folder_collection(files[:2], identity, False, "podcast-*.md") is None
    assert folder_collection(files, identity, False, "") is None
    sponsor = [candidate("https://jpoint.ru/r?utm_source=radiot&utm_medium=special")]
    assert folder_collection([*files, sponsor], identity, False, "podcast-*.md").others == found.others


def test_a_news_archive_of_the_placements_own_tags_is_no_collection():
    """php/web-php's news entries (`public/archive/entries/*-*-*-*.xml`, corpus 11 #43-#51, missing-utm-param present):
    each conference tags its link for php.net (`utm_campaign=phpnet` on several sites, a placement's convention, as a
    repeated source is), and the few entries left with other tags are not most of the folder's files."""
    identity = from_slug("php/web-php")
    own = [[candidate(u)] for u in ("https://tek.phparch.com/?utm_source=phpnet&utm_medium=web&utm_campaign=phpnet",
                                    "https://www.codercruise.com/call-for-speakers/?paref=phpnet&utm_campaign=phpnet",
                                    "http://phpexperience2017.imasters.com.br/?paref=phpnet&utm_campaign=phpnet",
                                    "https://world.phparch.com/schedule?utm_campaign=phpnet")]
    others = [[candidate(u)] for u in ("https://www.papercall.io/codercruise-2019?utm_campaign=ccphp19",
                                       "https://cfp.phpbenelux.eu/?utm_source=php_net&utm_medium=announcement",
                                       "https://tek.phparch.com/?utm_campaign=phpnet2019")]
    assert folder_collection([*own, *others], identity, False, "*-*-*-*.xml") is None
    # one conference's `phpnet` alone is no convention, and its file is one more of other people's: a collection
    found = folder_collection([*own[:1], *others], identity, False, "*-*-*-*.xml")
    assert found is not None and len(found.others) == 4
