"""A site's own navigation click tracking (corpus 13 #48: fixB, session 33): a page template's link to the site of the
repository's owner whose one utm tag is a medium naming the page's navigation (`?utm_medium=top-nav-about` in
texastribune/data-visuals-create's navbar linking www.texastribune.org) is an internal link: utm-internal-link, never
"add utm_source and utm_campaign". Tags naming a source or a campaign, a README's link, a link to another site keep
their advice: the team's own typo is still told (review13's lesson). `utmlint scan` on real files in a temp git folder,
and `validate_url` on the corpus row."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main
from utmlint.validate_url import validate_url

NAVBAR = """<nav class="c-navbar">
  <a href="https://www.acmenews.org/about/?utm_medium=top-nav-about">About</a>
  <a href="https://www.acmenews.org/newsletters/?utm_source=navbar&utm_medium=referal&utm_campaign=signup">News</a>
  <a href="https://partner.dev/?utm_medium=footer">Our partner</a>
</nav>
"""


def _scan(tmp_path, monkeypatch, capsys, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:acmenews/graphics-kit.git"],
                   check=True)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, [(d["line"], d["name"]) for d in json.loads(capsys.readouterr().out)]


def test_a_navigation_tag_on_the_owners_site_is_an_internal_link(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, {"templates/components/navbar.html": NAVBAR})
    assert (2, "utm-internal-link") in found and not [n for line, n in found if line == 2 and n != "utm-internal-link"]
    # the team's own campaign link with a typo keeps its finding, and so does a link to another site
    assert (3, "medium-unassigned") in found
    assert (4, "missing-utm-param") in found
    assert code == 1


def test_a_readme_linking_the_owners_site_keeps_its_advice(tmp_path, monkeypatch, capsys):
    _, found = _scan(tmp_path, monkeypatch, capsys,
                     {"README.md": "[About](https://www.acmenews.org/about/?utm_medium=top-nav-about)\n"})
    assert "utm-internal-link" not in {n for _, n in found} and ("missing-utm-param" in {n for _, n in found})


def test_the_corpus_row():
    judged = validate_url("https://www.texastribune.org/about/?utm_medium=top-nav-about", repo="texastribune/data-visuals-create",
                          path="templates/feature/app/templates/components/navbar.html")
    assert [f.name for f in judged.findings] == ["utm-internal-link"]


def test_an_e_mails_own_footer_link_keeps_its_advice(tmp_path, monkeypatch, capsys):
    """stranger14 R4: a medium naming a channel (`email-footer`, `footer_email`, `newsletter_header`) is an e-mail's own
    placement, and a newsletter repository's template (`templates/issue-1.html`) is an e-mail: its link to the site is
    external traffic, to be tagged, never "remove them"."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:acmenews/newsletters.git"],
                   check=True)
    for name, text in {"templates/issue-1.html": '<a href="https://www.acmenews.org/support/?utm_medium=email-footer">D</a>\n',
                       "templates/weekly-roundup.html": '<a href="https://www.acmenews.org/support/?utm_medium=footer">D</a>\n'
                       }.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["scan", "--no-cache", "--format", "json", "."]) == 1
    found = sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [(f"templates/{page}.html", name) for page in ("issue-1", "weekly-roundup")
                     for name in ("medium-unassigned", "missing-utm-param")]


def test_a_channel_word_in_a_navbar_medium_keeps_its_advice(tmp_path, monkeypatch, capsys):
    code, found = _scan(tmp_path, monkeypatch, capsys, {"templates/components/navbar.html": NAVBAR.replace(
        "top-nav-about", "footer_email").replace("/about/?", "/support/?")})
    assert (2, "utm-internal-link") not in found and (2, "medium-unassigned") in found and (2, "missing-utm-param") in found
