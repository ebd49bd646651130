"""Readings added after corpus 43's blind measurement (tests/data/real-urls-43, session 45, fix4344): Tidelift's link
form for a PyPI package and a Homebrew formula's download, each with the case where a team's own link with a real
mistake keeps its finding. `utmlint scan` as a user runs it, in a git repository whose remote names the repository;
and validate_url as the corpus judge calls it."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.validate_url import validate_url


scan = scan_repository


def names(found, line=None):
    return sorted(f["name"] for f in found if line is None or f["line"] == line)


# Tidelift's project URL and README line for a PyPI package (corpus 43 #23 #25: marshmallow's pyproject.toml and
# README.rst; the same form in apispec's, webargs' and attrs')
PYPI = "https://tidelift.com/subscription/pkg/pypi-marshmallow?utm_source=pypi-marshmallow&utm_medium=pypi"
README = "https://tidelift.com/subscription/pkg/pypi-marshmallow?utm_source=pypi-marshmallow&utm_medium=readme"


def test_tidelifts_pypi_project_url_and_readme_line_are_tidelifts(tmp_path, monkeypatch, capsys):
    found = scan(tmp_path, monkeypatch, capsys, "marshmallow-code/marshmallow", {
        "pyproject.toml": f'[project]\nname = "marshmallow"\n\n[project.urls]\nTidelift = "{PYPI}"\n',
        "README.rst": ("Professionally-supported marshmallow is now available through the\n"
                       f"`Tidelift Subscription <{README}>`_.\n")})
    assert found == []


def test_a_teams_own_tags_on_tidelift_are_still_judged(tmp_path, monkeypatch, capsys):
    """Only Tidelift's own source, the package of the path, with its mediums: a maintainer's typo in the source
    (`pypi-marshmalow`) and a team's own medium (`website`, as mongoose's, corpus 7 #269) are the team's writing."""
    typo = PYPI.replace("utm_source=pypi-marshmallow", "utm_source=pypi-marshmalow")
    own = PYPI.replace("utm_medium=pypi", "utm_medium=website")
    found = scan(tmp_path, monkeypatch, capsys, "someone/marshmallow-fork",
                 {"README.md": f"[Tidelift]({typo})\n\n[Tidelift]({own})\n"})
    assert "medium-unassigned" in names(found, 1) and "medium-unassigned" in names(found, 3)


def test_tidelift_hears_about_its_own_pypi_links(tmp_path, monkeypatch, capsys):
    """Tidelift's own repository (its host in `own-hosts`) keeps every rule on the tags it hands out (review44 F20)."""
    found = scan(tmp_path, monkeypatch, capsys, "tidelift/site", {"docs/lifters.md": f"[Subscribe]({PYPI})\n"},
                 config="own-hosts: [tidelift.com]\n")
    assert "medium-unassigned" in names(found)


# Snyk's Homebrew tap (corpus 43 #11-#14): the binary brew downloads, no file extension
SNYK = "https://downloads.snyk.io/cli/v1.1306.4/snyk-macos?utm_source=HOMEBREW"
FORMULA = f'''class Snyk < Formula
  desc "Scans and monitors projects for security vulnerabilities"
  homepage "https://snyk.io/?utm_source=HOMEBREW"

  if OS.mac?
    url "{SNYK}"
    sha256 "f1f8f2d29e4f4a1c4b0f3a1d2a4f4a1c4b0f3a1d2a4f4a1c4b0f3a1d2a4f4a1c"
  end
end
'''


def test_a_formulas_download_is_told_useless_and_nothing_else(tmp_path, monkeypatch, capsys):
    found = scan(tmp_path, monkeypatch, capsys, "snyk/homebrew-tap", {"Formula/snyk.rb": FORMULA})
    assert names(found, 6) == ["utm-useless-destination"]
    assert "Homebrew downloads" in next(f["message"] for f in found if f["line"] == 6)
    # the formula's homepage is a page a visitor opens: its tags are judged as ever
    assert "missing-utm-param" in names(found, 3)


def test_a_casks_and_a_tap_roots_formula_downloads_are_useless_too(tmp_path, monkeypatch, capsys):
    cask = f'cask "snyk" do\n  version "1.1306.4"\n  sha256 :no_check\n\n  url "{SNYK}",\n      verified: "snyk.io/"\nend\n'
    found = scan(tmp_path, monkeypatch, capsys, "acme/homebrew-tools", {"Casks/snyk.rb": cask, "snyk.rb": FORMULA})
    assert [f["name"] for f in found if f["line"] in (5, 6) and "Casks" in f["path"]] == ["utm-useless-destination"]
    assert [f["name"] for f in found if f["line"] == 6 and "Casks" not in f["path"]] == ["utm-useless-destination"]


def test_the_same_url_line_in_a_programs_ruby_is_judged(tmp_path, monkeypatch, capsys):
    """A `url "..."` line in a Ruby file that is no formula (a Rails app's config, outside a tap): a link like any."""
    found = scan(tmp_path, monkeypatch, capsys, "acme/app", {"config/links.rb": f'  url "{SNYK}"\n'})
    assert "missing-utm-param" in names(found, 1) and "utm-useless-destination" not in names(found, 1)


def test_validate_url_reads_a_formulas_url_line_as_scan_does():
    at = dict(repo="snyk/homebrew-tap", path="Formula/snyk.rb")
    told = validate_url(SNYK, placement=((), '    url " "'), **at)
    assert [f.name for f in told.findings] == ["utm-useless-destination"] and "package manager" in told.not_judged
    assert "missing-utm-param" in [f.name for f in validate_url(SNYK, placement=((), '  homepage " "'), **at).findings]
