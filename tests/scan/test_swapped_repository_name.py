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
    episode = show / "_episodes" / "2025-01-13-matthias-endler.md"
    # a line saying `Sponsor:` reads as the sponsor's placement (scan.placement, the session 40 ruling): nothing told
    # (a cost where the show tags its sponsors itself: the text cannot tell whose values they are)
    episode.write_text(f"Sponsor: [RustAsia]({SHOW})\n", encoding="utf-8")
    assert scan(show) == {}
    episode.write_text(f"Guest: [RustAsia]({SHOW})\n", encoding="utf-8")
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


CONFS = "https://reactadvanced.com/?utm_source=website&utm_medium=confstech"
NEWSLETTER = "https://document360.com/signup/?utm_source=nl&utm_medium=write_the_docs&utm_campaign=feb"


def test_a_kind_of_placement_as_source_beside_the_repositorys_name_is_swapped(tmp_path, scan):
    # corpus 11 #55-#58: confs.tech's sponsor list tags `utm_source=website&utm_medium=confstech`
    site = git_repo(tmp_path / "site", "https://github.com/tech-conferences/confs.tech.git")
    # in its sponsors list the values are each sponsor's (scan.placement, the session 40 ruling): not judged
    (site / "sponsors.md").write_text(f"[React Advanced]({CONFS}&utm_campaign=sponsor)\n", encoding="utf-8")
    assert scan(site) == {}
    (site / "sponsors.md").rename(site / "conferences.md")
    found = scan(site)
    assert set(found) == {"source-medium-swapped"}
    swapped = found["source-medium-swapped"]
    assert "`confstech`, the name of this repository, who sent it (a source)" in swapped
    assert "write `utm_source=confstech&utm_medium=referral`" in swapped
    assert "`website` is no medium GA4 knows either" in swapped


def test_a_newsletters_short_name_as_source_is_swapped():
    # corpus 11 #136: a sponsor's link in Write the Docs' newsletter, `nl` for the newsletter
    [finding] = validate_url(NEWSLETTER, repo="writethedocs/www").findings
    assert finding.name == "source-medium-swapped"
    assert "write `utm_source=write_the_docs`" in finding.message and "&utm_medium=nl" not in finding.message


def test_a_domain_as_medium_is_a_site_in_any_repository():
    url = "https://reactadvanced.com/?utm_source=website&utm_medium=confs.tech&utm_campaign=sponsor"
    [finding] = validate_url(url).findings
    assert finding.name == "source-medium-swapped" and "`confs.tech`, a site's name, who sent it" in finding.message


@pytest.mark.parametrize("url", [
    "https://hackclub.com/?utm_source=partner&utm_medium=website&utm_campaign=guide",  # MLH's: both placements
    "https://example.com/?utm_source=blog&utm_medium=social&utm_campaign=watchblog",  # a blog's social post
    "https://example.com/?utm_source=website&utm_medium=header&utm_campaign=a",  # a place on the page, no sender
    "https://example.com/?utm_source=web&utm_medium=banner&utm_campaign=a",
])
def test_a_placement_word_as_source_beside_no_senders_name_is_no_swap(url):
    assert "source-medium-swapped" not in {f.name for f in validate_url(url, repo="someone/site").findings}


def test_a_placement_word_is_never_written_as_the_medium():
    # `utm_source=website&utm_medium=facebook`: exchanged, Google's list files the visits under Organic Social by the
    # source alone, and `website` would stay a medium GA4 ignores: the advice names the source and says so, rather
    # than "write utm_medium=website"
    [finding] = validate_url("https://acme.com/x?utm_source=website&utm_medium=facebook&utm_campaign=c").findings
    assert finding.name == "source-medium-swapped" and "utm_medium=website" not in finding.message
    assert "write `utm_source=facebook`; `website` is no medium GA4 knows either (swapped, GA4 would file the " \
           "visits under Organic Social by the source alone)" in finding.message
    # a real medium is still exchanged as it is
    [finding] = validate_url("https://acme.com/x?utm_source=social&utm_medium=facebook&utm_campaign=c").findings
    assert "write `utm_source=facebook&utm_medium=social`" in finding.message


def test_a_swapped_pairs_values_are_no_spellings_of_their_keys(tmp_path, scan):
    # corpus 11 #58: beside `utm_medium=confstech`, `utm_medium=confs.tech` was told by medium-fragmentation to be
    # spelled `confstech`, as a medium; both are the site's name, to be moved to utm_source (source-medium-swapped)
    site = git_repo(tmp_path / "site", "https://github.com/tech-conferences/confs.tech.git")
    (site / "conferences.md").write_text(f"[A]({CONFS}&utm_campaign=a)\n[B]({CONFS}&utm_campaign=b)\n"
                                      "[C](https://reactadvanced.com/?utm_source=website&utm_medium=confs.tech"
                                      "&utm_campaign=c)\n", encoding="utf-8")
    assert set(scan(site)) == {"source-medium-swapped"}


def test_the_products_own_screens_as_source_are_a_placement():
    # corpus 12 #20 (fix12): Kadence Blocks' settings page links `utm_source=in-app&utm_medium=kadence-blocks`
    url = "https://www.kadencewp.com/kadence-blocks/pro/?utm_source=in-app&utm_medium=kadence-blocks&utm_campaign=x"
    found = validate_url(url, repo="stellarwp/kadence-blocks", path="includes/settings/class-settings.php").findings
    assert [f.name for f in found] == ["source-medium-swapped"]
    assert "write `utm_source=kadence-blocks`" in found[0].message


def test_a_folder_the_file_sits_in_is_no_name_of_the_repository(tmp_path, scan):
    """Review of session 40 (M1): `content/posts.json` in `acme/web` linking another site with `utm_source=Blog&
    utm_medium=Content` was told source-medium-swapped, "`Content`, the name of this repository": `content` is only
    the folder the file sits in (identity.Identity.folders). The medium is told Unassigned instead; the repository's
    own name in the medium is still told swapped (the tests above)."""
    repo = git_repo(tmp_path / "web", "https://github.com/acme/web.git")
    (repo / "content").mkdir()
    (repo / "content" / "posts.json").write_text(
        '[{"link": "https://partner-shop.example.net/mug?utm_source=Blog&utm_medium=Content&utm_campaign=mug"}]\n',
        encoding="utf-8")
    found = scan(repo)
    assert "source-medium-swapped" not in found, found
    assert "medium-unassigned" in found, found
