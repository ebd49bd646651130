"""Readings added after corpus 43's blind measurement (tests/data/real-urls-43, session 45, fix4344): Tidelift's link
form for a PyPI package, with the case where a team's own link with a real mistake keeps its finding. `utmlint scan`
as a user runs it, in a git repository whose remote names the repository."""

from __future__ import annotations

from tests.scan.repository import scan_repository


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
