"""A job list's publisher tags every job link its list carries (Simplify's `utm_source=Simplify&ref=Simplify` on
employers' pages and `utm_source=GHList` on its own simplify.jobs pages; Jobright's `utm_campaign=<field>&
utm_source=1103`), and the tags belong to whoever publishes the list they were written for (tests/data/real-urls-21/
README.md, "A job list's tags"). Corpus 21 (blind) told four such links in other people's lists to be completed and
respelled (#2 Ouckah's generator script appending `?utm_source=GHList`, #3 its banner `utm_source=GHList&
utm_medium=banner`, #10 a curated list's one Simplify link, #20 an automated list's one Jobright link): 8 wrong
findings. The publishers' forms are markers in rules/copied-tracking.txt (`by=` their GitHub organisations): in
anyone else's repository one copied-tracking finding says they are the publisher's; in the publisher's own, they are
its own tags and keep their advice (corpus 15's SimplifyJobs and jobright-ai lists). Real git repositories in a temp
folder, `utmlint scan --format json` in-process; validate_url as the corpus judge calls it."""

from __future__ import annotations

from tests.scan.repository import git_repo, write
from tests.scan.test_vendored_library import scan
from utmlint.validate_url import validate_url

SIMPLIFY_JOB = "https://boards.greenhouse.io/wehrtyou/jobs/6305711?utm_source=Simplify&ref=Simplify"
BANNER = "https://simplify.jobs/?utm_source=GHList&utm_medium=banner"
JOBRIGHT_JOB = "https://jobright.ai/jobs/info/6a7360498dc3d52d8ed9ef94?utm_campaign=Software%20Engineering&utm_source=1103"


def names(url, repo, path="README.md"):
    return sorted(f.name for f in validate_url(url, repo=repo, path=path).findings)


def test_a_publishers_tags_in_someone_elses_list_are_copied():
    # a curated list's one Simplify link, an automated list's one Jobright link, a list's banner taken from Simplify's
    assert names(SIMPLIFY_JOB, "zapplyjobs/underclassmen-internships") == ["copied-tracking"]
    assert names(JOBRIGHT_JOB, "coconight01/2027-North-America-New-Grad-Jobs") == ["copied-tracking"]
    assert names(BANNER, "Ouckah/Summer2025-Internships", "OFFSEASON_README.md") == ["copied-tracking"]
    # and the generator script's query it joins onto simplify.jobs links
    assert names("?utm_source=GHList", "Ouckah/Summer2025-Internships", ".github/scripts/util.py") == \
        ["copied-tracking"]
    message = validate_url(SIMPLIFY_JOB, repo="zapplyjobs/underclassmen-internships", path="README.md").findings[0]
    assert "SimplifyJobs's tags" in message.message and "the lists it publishes" in message.message


def test_the_publishers_own_lists_keep_their_advice():
    # the mistake still told: in the publisher's own repository they are its own tags, to complete and respell
    assert names(SIMPLIFY_JOB, "SimplifyJobs/Summer2025-Internships") == ["missing-utm-param", "value-case"]
    assert names(JOBRIGHT_JOB, "jobright-ai/2026-Software-Engineer-New-Grad") == ["missing-utm-param", "value-case"]
    assert "copied-tracking" not in names(BANNER, "SimplifyJobs/New-Grad-Positions")
    # a link checked alone (whose repository is unknown: `build --validate`, a campaign file) may be the publisher's
    assert "copied-tracking" not in sorted(f.name for f in validate_url(SIMPLIFY_JOB).findings)
    # a list's own tag on employers' links (Ouckah's `utm_source=ouckah`) is its own: no marker, its medium missing
    assert names("https://boards.greenhouse.io/acme/jobs/1?utm_source=ouckah", "Ouckah/Summer2025-Internships") == \
        ["missing-utm-param"]
    # `1103` alone, or another number, names no one's list
    assert "copied-tracking" not in names("https://jobright.ai/jobs/info/6a73?utm_source=1103",
                                          "coconight01/2027-North-America-New-Grad-Jobs")


def test_scan_tells_a_copied_link_once_and_the_lists_own_links_keep_theirs(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "list", "https://github.com/zapplyjobs/underclassmen-internships.git")
    write(repo / "README.md", "# Underclassmen internships\n\n| Company | Apply |\n|---|---|\n"
          f"| Wehrtyou | [Apply]({SIMPLIFY_JOB}) |\n"
          "| Acme | [Apply](https://jobs.acme.dev/intern?utm_source=zapply&utm_medium=refferal&utm_campaign=interns) |\n")
    found = scan(monkeypatch, capsys, repo)
    assert found.count(("README.md", "copied-tracking")) == 1, found
    assert ("README.md", "missing-utm-param") not in found and ("README.md", "value-case") not in found, found
    assert ("README.md", "medium-unassigned") in found, found  # the list's own link: its misspelled medium
    own = git_repo(tmp_path / "own", "https://github.com/SimplifyJobs/Summer2025-Internships.git")
    write(own / "README.md", f"# Summer 2025 internships\n\n[Apply]({SIMPLIFY_JOB})\n")
    found = scan(monkeypatch, capsys, own)
    assert ("README.md", "copied-tracking") not in found and ("README.md", "missing-utm-param") in found, found
