"""The plain-name reading (copied-tracking: `utm_source=bugfender&utm_medium=website` is Bugfender's site's outgoing tags,
corpus 7 #63 #66) must not take a team's own placement for a site (stranger14 R2): placement words run together
(`githubreadme`, `readmebadge`, `docsfooter`, `opensource`), a source in a piece of the site's own template (a footer
component: where a site writes its outgoing tags), a source opening with the owner's brand (`pixelapp` of pixelhq).
There the Unassigned `website` medium is the team's real mistake: UTM102 stays an error. `utmlint scan` as a user."""

from __future__ import annotations

import json
import subprocess

from utmlint.checks.tracking.copied_outgoing import _site_named
from utmlint.cli import main
from utmlint.validate_url import validate_url


def _scan(tmp_path, monkeypatch, capsys, origin, files):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", origin], check=True)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    return code, [(d["line"], d["name"]) for d in json.loads(capsys.readouterr().out)]


def test_placement_words_run_together_name_no_site():
    for value in ("githubreadme", "githubrepo", "readmebadge", "docsfooter", "opensource"):
        assert not _site_named(value), value
    for value in ("bugfender", "thenewstack", "listennotes", "readthedocs"):
        assert _site_named(value), value


def test_a_readmes_own_placement_keeps_its_error(tmp_path, monkeypatch, capsys):
    readme = "".join(f"[Acme](https://hostco.com/x?utm_source={s}&utm_medium=website&utm_campaign=spring-launch)\n\n"
                     for s in ("githubreadme", "githubrepo", "readmebadge", "docsfooter", "opensource"))
    code, found = _scan(tmp_path, monkeypatch, capsys, "git@github.com:jdoe/widget.git", {"README.md": readme})
    assert code == 1 and found == [(line, "medium-unassigned") for line in (1, 3, 5, 7, 9)]


def test_a_sites_own_footer_keeps_its_error(tmp_path, monkeypatch, capsys):
    footer = ('<a href="https://vercel.com/?utm_source=janedoe&utm_medium=website&utm_campaign=oss-sponsorship">'
              'Powered by Vercel</a>\n')
    code, found = _scan(tmp_path, monkeypatch, capsys, "git@github.com:jdoe/homepage.git",
                        {"src/components/Footer.astro": footer})
    assert code == 1 and found == [(1, "medium-unassigned")]


def test_the_brands_second_tagging_keeps_its_error(tmp_path, monkeypatch, capsys):
    events = ("- url: https://pixel.io/?utm_source=pixelhq-website&utm_medium=referral&utm_campaign=home\n"
              "- url: https://events.linuxfoundation.org/kubecon/?utm_source=pixelapp&utm_medium=website&utm_campaign=events\n"
              "- url: https://us.pycon.org/2026/?utm_source=pixelapp&utm_medium=website&utm_campaign=events\n")
    code, found = _scan(tmp_path, monkeypatch, capsys, "git@github.com:pixelhq/website.git", {"data/events.yml": events})
    assert code == 1 and found == [(2, "medium-unassigned"), (3, "medium-unassigned")]


def test_another_sites_outgoing_tags_are_still_copied():
    # corpus 7: The New Stack's outgoing tags, copied with the link into Gitpod's blog post
    judged = validate_url("http://cloudscaling.com/blog/cloud-computing/the-history-of-pets-vs-cattle/?utm_source="
                          "thenewstack&utm_medium=website&utm_campaign=platform", repo="gitpod-io/website",
                          path="src/routes/blog/opensource.md")
    assert sorted(f.name for f in judged.findings) == ["copied-tracking", "url-insecure"]
