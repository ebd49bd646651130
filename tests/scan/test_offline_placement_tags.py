"""A medium naming a placement off the web (`utm_medium=print-radio`, `print`, `radio`, `tv`, `billboard`, `flyer`:
corpus 11 #5, GSA's print and radio ads' vanity link copied into its own blog: fixB, session 33). The link was made
for that placement, whoever made it; on a page no visit comes from it, so the tags would credit the ad: copied-tracking
says so (the team's own site too: "yours, if gsa.gov is your site"), and no respelling of tags that should go. A plan
of the team's campaigns (a `marketing/` file, a sheet tagging its site for several channels) keeps its own advice,
and so does a typo that names no offline placement (review13's lesson: a reading must not silence a team's own
mistake). `utmlint scan` on real files in a temp git folder, and `validate_url` on the corpus row."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main
from utmlint.validate_url import validate_url


def _scan(tmp_path, monkeypatch, capsys, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:acme/website.git"],
                   check=True)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, [(d["path"], d["name"], d["severity"]) for d in json.loads(capsys.readouterr().out)]


def test_the_corpus_row():
    judged = validate_url("http://www.gsa.gov/portal/category/100000?utm_source=OCM&utm_medium=print-radio&utm_term="
                          "&utm_campaign=shortcuts", repo="GSA/digitalgov.gov",
                          path="content/news/2013/08/2013-08-29-gsas-ebuy-mobile.md", site="digital.gov")
    assert sorted(f.name for f in judged.findings) == ["copied-tracking", "url-insecure"]
    copied = next(f for f in judged.findings if f.name == "copied-tracking")
    assert "made for a placement off the web" in copied.message and copied.fixed.endswith("/portal/category/100000")


def test_a_blog_post_with_its_print_ads_link(tmp_path, monkeypatch, capsys):
    post = "Find it at [acme.dev/shop](https://acme.dev/shop?utm_source=ocm&utm_medium=print-radio&utm_campaign=spring).\n"
    code, found = _scan(tmp_path, monkeypatch, capsys, {"content/news/2026-01-05-shop.md": post})
    assert found == [("content/news/2026-01-05-shop.md", "copied-tracking", "warning")]


def test_the_teams_plan_of_its_print_ads_keeps_its_advice(tmp_path, monkeypatch, capsys):
    plan = ("| flyer | https://acme.dev/shop?utm_source=Flyer&utm_medium=print&utm_campaign=spring |\n"
            "| radio | https://acme.dev/shop?utm_source=kexp&utm_medium=radio&utm_campaign=spring |\n")
    code, found = _scan(tmp_path, monkeypatch, capsys, {"marketing/spring-links.md": plan})
    assert ("marketing/spring-links.md", "value-case", "warning") in found
    assert not [f for f in found if f[1] == "copied-tracking"]


def test_a_sheet_tagging_the_site_for_several_channels_keeps_its_advice(tmp_path, monkeypatch, capsys):
    sheet = ("- newsletter: https://acme.dev/shop?utm_source=newsletter&utm_medium=email&utm_campaign=spring\n"
             "- flyer: https://acme.dev/shop?utm_source=Flyer&utm_medium=print&utm_campaign=spring\n")
    code, found = _scan(tmp_path, monkeypatch, capsys, {"docs/links.md": sheet})
    assert ("docs/links.md", "value-case", "warning") in found
    assert not [f for f in found if f[1] == "copied-tracking"]


def test_a_typo_that_names_no_offline_placement_is_told(tmp_path, monkeypatch, capsys):
    post = "Find it at [the shop](https://acme.dev/shop?utm_source=ocm&utm_medium=prnit&utm_campaign=spring).\n"
    code, found = _scan(tmp_path, monkeypatch, capsys, {"content/news/2026-01-05-shop.md": post})
    assert found == [("content/news/2026-01-05-shop.md", "medium-unassigned", "error")] and code == 1


def test_the_teams_own_placement_file_keeps_its_advice(tmp_path, monkeypatch, capsys):
    """stranger14 R13: the file that designs or scripts the placement IS the placement (a flyer's source whose link is
    its QR code's, a radio spot's read): its tags are the campaign's own, and its real mistakes are told; only a page
    the site publishes holds a copy of them."""
    flyer = ('<svg xmlns="http://www.w3.org/2000/svg"><a href="https://acme.dev/conf?utm_source=kubecon&amp;'
             'utm_medium=flyer&amp;utm_campaign=KubeCon-2026"><text x="0" y="10">acme.dev/conf</text></a></svg>\n')
    spot = ('# Q3 radio spot\n\nRead: "Visit acme.dev": https://acme.dev/?utm_source=kqed&utm_medium=radio'
            '&utm_campaign=Q3-Radio\n')
    poster = "Scan me: https://acme.dev/?utm_source=meetup&utm_medium=poster&utm_campaign=Spring\n"
    code, found = _scan(tmp_path, monkeypatch, capsys, {
        "print/kubecon-flyer.svg": flyer, "ads/radio-spot-q3.md": spot, "kubecon-poster.md": poster})
    for path in ("print/kubecon-flyer.svg", "ads/radio-spot-q3.md", "kubecon-poster.md"):
        assert (path, "value-case", "warning") in found, (path, found)  # the capital is told, as any campaign's
        assert not [f for f in found if f[0] == path and f[1] == "copied-tracking"], found
    assert ("print/kubecon-flyer.svg", "medium-unassigned", "error") in found  # the custom channel group advice
    # (a published page repeating the ad's link keeps the reading: test_a_blog_post_with_its_print_ads_link)


def test_the_corpus_row_read_from_a_placement_file_is_the_placements():
    judged = validate_url("http://www.gsa.gov/portal/category/100000?utm_source=OCM&utm_medium=print-radio&utm_term="
                          "&utm_campaign=shortcuts", repo="GSA/digitalgov.gov", path="print/ebuy-flyer.svg",
                          site="digital.gov")
    assert "copied-tracking" not in [f.name for f in judged.findings]
