"""A visit's id copied beside the team's own tags (stranger9 R7).

A `gclid` or `_ga` copied with a link says the address was copied from a visit, tags and all, so scan gives no
advice on someone else's tags beside it (corpus 9 #121: HubSpot's `utm_campaign=UserGuides` beside its reader's
`_ga`, in lowcoder's docs). When the utm_source names the repository itself (`utm_source=acme` in acme/site), the
tags are the team's own campaign's, and its Unassigned medium was hidden behind the click id's finding: it is said
too, beside copied-tracking's advice to remove the id. Real git repositories in a temp folder, scan in-process.
"""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main
from utmlint.validate_url import validate_url

OWN = "https://acme.com/pricing?utm_source=acme&utm_medium=readme&utm_campaign=spring&gclid=abc123"
THEIRS = "https://acme.com/pricing?utm_source=newsletter&utm_medium=weekly-digest&utm_campaign=spring&gclid=abc123"


def scan(monkeypatch, capsys, folder, remote):
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", remote], check=True)
    monkeypatch.chdir(folder)
    main(["scan", "--no-cache", "--format", "json", "."])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return [(f["line"], f["name"]) for f in json.loads(out)]


def test_the_teams_own_tags_beside_a_copied_click_id_are_still_judged(tmp_path, monkeypatch, capsys):
    (tmp_path / "README.md").write_text(f"[pricing]({OWN})\n[pricing]({THEIRS})\n", encoding="utf-8")
    found = scan(monkeypatch, capsys, tmp_path, "https://github.com/acme/site.git")
    # line 1: the team's tags (`acme` names the repository): the id is to go, and the medium is Unassigned
    # line 2: a visit's address with tags naming no one known: only the id is spoken of, as before (corpus 9 #121)
    assert sorted(found) == [(1, "copied-tracking"), (1, "medium-unassigned"), (2, "copied-tracking")]
    assert sorted(f.name for f in validate_url(OWN, repo="acme/site").findings) == ["copied-tracking",
                                                                                   "medium-unassigned"]
    assert [f.name for f in validate_url(OWN).findings] == ["copied-tracking"]  # one URL alone: whose is unknown
