"""stranger13 R9: a medium saying the link was not paid for (a guest's show notes: `guestpodcast`, `freepodcast`,
`unsponsored_podcast`, `podcast_notes`) is told where each unpaid placement belongs, never `audio`, which GA4 files
in its Audio channel, the channel of ads on audio platforms. A sponsored podcast still gets `audio`. The scan case
runs `utmlint scan` on a real file in a temp git folder with an `origin` remote."""

from __future__ import annotations

import json
import subprocess

import pytest

from utmlint.cli import main
from utmlint.validate_url import validate_url

URL = "https://pixel.io/?utm_source=syntaxfm&utm_medium={}&utm_campaign=guest"


@pytest.mark.parametrize("medium", ["guestpodcast", "freepodcast", "unsponsored_podcast", "podcast_notes",
                                    "guest-podcast"])
def test_an_unpaid_podcast_medium_is_not_told_audio(medium):
    findings = validate_url(URL.format(medium)).findings
    assert [f.code for f in findings] == ["UTM102"]
    assert "audio" not in findings[0].message
    assert "`referral` on a page" in findings[0].message


@pytest.mark.parametrize("medium", ["sponsoredpodcast", "podcast"])
def test_a_podcast_ad_is_still_told_audio(medium):
    findings = validate_url(URL.format(medium)).findings
    assert [f.code for f in findings] == ["UTM102"]
    assert findings[0].message.endswith("write `utm_medium=audio`")


def test_scan_tells_a_guest_appearances_show_notes(tmp_path, monkeypatch, capsys):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "git@github.com:pixelhq/website.git"],
                   check=True)
    (tmp_path / "episodes").mkdir()
    (tmp_path / "episodes" / "42.md").write_text(
        "Listen: https://pixel.io/?utm_source=syntaxfm&utm_medium=guestpodcast&utm_campaign=guest\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    found = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in found] == ["medium-unassigned"]
    assert "audio" not in found[0]["message"] and code == 1
