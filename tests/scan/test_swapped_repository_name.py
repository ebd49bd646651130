"""source-medium-swapped when the medium is the repository's own name (corpus 10 #44-#54).

rustacean-station/rustacean-station.org tags its guests' and sponsors' links in each episode's notes
`utm_source=podcast&utm_medium=rustacean-station&utm_campaign=<episode>`: the kind of channel in the source, the
show's name in the medium. GA4 records `podcast / rustacean-station` and files it under Unassigned. The rule knew only
platforms and the sites on Google's lists as sources; scan knows whose repository the file is in (utmlint.identity),
and the show's own name is a source. Swapped, `podcast` is no medium GA4 knows either (its Audio channel's medium is
`audio`), so the advice names `audio` and says why, rather than promise a channel the swap alone does not give.
Real git repositories in a temp folder, `utmlint scan --format json` in-process, as tests/scan/test_identity.py.
"""

from __future__ import annotations

import json
import subprocess

import pytest

from utmlint.cli import main
from utmlint.validate_url import validate_url

SHOW = ("https://www.rustasiaconf.com/?utm_source=podcast&utm_medium=rustacean-station"
        "&utm_campaign=2025-01-10-matthias-endler")


def git_repo(folder, remote):
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", remote], check=True)
    return folder


@pytest.fixture
def scan(monkeypatch, capsys):
    def run(folder):
        monkeypatch.chdir(folder)
        code = main(["scan", "--no-cache", "--format", "json", "."])
        out, err = capsys.readouterr()
        assert "Traceback" not in err and code in (0, 1)
        return {f["name"]: f["message"] for f in json.loads(out)}

    return run


def test_a_medium_naming_the_repository_beside_a_channel_word_as_source_is_swapped(tmp_path, scan):
    show = git_repo(tmp_path / "show", "https://github.com/rustacean-station/rustacean-station.org.git")
    (show / "_episodes").mkdir()
    (show / "_episodes" / "2025-01-13-matthias-endler.md").write_text(f"Sponsor: [RustAsia]({SHOW})\n", encoding="utf-8")
    found = scan(show)
    # one mistake, one finding (onefinding, stranger10 R10): medium-unassigned's hint was this advice word for word
    assert set(found) == {"source-medium-swapped"}
    swapped = found["source-medium-swapped"]
    assert "`rustacean-station`, the name of this repository, who sent it (a source)" in swapped
    # the swap alone would still be Unassigned: the advice says so and names the medium of GA4's Audio channel
    assert "write `utm_source=rustacean-station&utm_medium=audio`" in swapped
    assert "`podcast` is no medium GA4 knows either (swapped, the visits would still be Unassigned)" in swapped
    assert "GA4 files `audio` under Audio" in swapped
    assert "GA4 files these visits under Unassigned and reports `podcast / rustacean-station`" in swapped


def test_in_another_repository_the_medium_names_nobody_known(tmp_path, scan):
    notes = git_repo(tmp_path / "notes", "https://github.com/someone/notes.git")
    (notes / "links.md").write_text(f"[RustAsia]({SHOW})\n", encoding="utf-8")
    found = scan(notes)
    assert set(found) == {"medium-unassigned"}  # `rustacean-station` may be a medium the team made up: no guess
    assert "swapped" not in found["medium-unassigned"]
    assert [f.name for f in validate_url(SHOW).findings] == ["medium-unassigned"]  # one URL alone: the same


def test_a_word_of_the_repositorys_name_is_not_its_name():
    # `docs` in platformio/platformio-docs (corpus 1) is a word of the name, not the name: no swap is read
    url = "https://www.qemu.org/?utm_source=email&utm_medium=docs"
    assert "source-medium-swapped" not in {f.name for f in validate_url(url, repo="platformio/platformio-docs").findings}


def test_the_swap_fix_rewrites_both_values_of_the_url():
    # the scan fix of a swap placed on utm_source rewrote only the source: `utm_source=intercom&utm_medium=intercom`
    [finding] = [f for f in validate_url("https://x.com/?utm_source=email&utm_medium=intercom&utm_campaign=a").findings
                 if f.name == "source-medium-swapped"]
    assert finding.fixed == "https://x.com/?utm_source=intercom&utm_medium=email&utm_campaign=a" and not finding.safe
    [finding] = [f for f in validate_url(SHOW, repo="rustacean-station/rustacean-station.org").findings
                 if f.name == "source-medium-swapped"]
    assert finding.fixed == SHOW.replace("source=podcast&utm_medium=rustacean-station",
                                         "source=rustacean-station&utm_medium=audio")


def test_scan_unsafe_fixes_swap_both_values_in_the_file(tmp_path, monkeypatch, capsys):
    page = tmp_path / "a.md"
    page.write_text("[x](https://acme.com/?utm_source=email&utm_medium=intercom&utm_campaign=a)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--fix", "a.md"])  # unsafe: plain --fix leaves it
    assert "utm_source=email&utm_medium=intercom" in page.read_text(encoding="utf-8")
    main(["scan", "--no-cache", "--fix", "--unsafe-fixes", "a.md"])
    capsys.readouterr()
    assert page.read_text(encoding="utf-8") == \
        "[x](https://acme.com/?utm_source=intercom&utm_medium=email&utm_campaign=a)\n"
