"""A site's internal-campaign tags copied onto another site's link are copied tracking (corpus 26 #18): an LCTT
translation of an opensource.com article keeps the original's callout link, `?intcmp=70160000000h1jYAAQ&utm_source=
intcallout&utm_campaign=linuxcontent`, with `&amp;` escaped eleven times over. Mending the escape (url-html-escaped's
advice) would make GA4 read opensource.com's own callout tags on visits linux.cn sends; they are to be stripped
(copied-tracking, corpus 24's convention), and an escape only inside them is no mistake of the team's. An escape on
the team's own link is still told, and in the site's own repository `intcmp` is its own. Real files in a temp git
folder, `utmlint scan` in-process."""

from __future__ import annotations

import json
import subprocess

from utmlint.checks.tracking.html_escaped import escapes_within
from utmlint.cli import main
from utmlint.validate_url import validate_url

AMP11 = "&" + "amp;" * 11
# LCTT/TranslateProject, published/201709/20161031 An introduction to Linux filesystems.md, line 163 (the reference
# list's form: `[N]:URL`)
CALLOUT = ("https://opensource.com/tags/linux?intcmp=70160000000h1jYAAQ" + AMP11 + "utm_source=intcallout" + AMP11
           + "utm_campaign=linuxcontent")
OWN = "https://linux.cn/article-1.html?from=lctt&amp;amp;utm_source=lctt&amp;amp;utm_medium=referral"


def _scan(tmp_path, monkeypatch, capsys, remote, name, text):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", remote], check=True)
    (tmp_path / "published").mkdir()
    (tmp_path / "published" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    return sorted((d["line"], d["name"], d["severity"]) for d in json.loads(capsys.readouterr().out))


def test_a_sites_callout_tags_in_a_translation_are_copied_and_their_escape_is_not_mended(tmp_path, monkeypatch,
                                                                                          capsys):
    text = (f"via: https://opensource.com/life/16/10/introduction-linux-filesystems\n\n[1]:{CALLOUT}\n"
            f"[2]:{OWN}\n")
    found = _scan(tmp_path, monkeypatch, capsys, "https://github.com/LCTT/TranslateProject.git", "linux-fs.md", text)
    assert [f for f in found if f[0] == 3] == [(3, "copied-tracking", "error")]  # no url-html-escaped on the copy
    assert (4, "url-html-escaped", "error") in found  # the translators' own link's escape is still told
    told = {f.name: f.message for f in validate_url(CALLOUT, repo="LCTT/TranslateProject",
                                                     path="published/linux-fs.md").findings}
    assert set(told) == {"copied-tracking"}
    assert "opensource.com's own internal-campaign tags" in told["copied-tracking"]
    assert told["copied-tracking"].endswith("remove them: https://opensource.com/tags/linux")


def test_an_escape_outside_the_copied_tags_is_still_the_teams(tmp_path):
    url = CALLOUT + AMP11 + "ref=lctt"
    start = url.index("intcmp")
    end = url.index(AMP11 + "ref=")
    assert escapes_within(CALLOUT, [(start, len(CALLOUT))])
    assert not escapes_within(url, [(start, end)])
    assert not escapes_within("https://x.com/?utm_source=a&utm_medium=b", [(0, 40)])  # no escape: nothing moot
    # with no repository known, the tags may be the site's own: a hedged note, and the escape stays told
    alone = {f.name: f.severity for f in validate_url(CALLOUT).findings}
    assert alone == {"copied-tracking": "info", "url-html-escaped": "error"}


def test_in_the_sites_own_repository_intcmp_is_its_own(tmp_path, monkeypatch, capsys):
    link = "https://opensource.com/tags/linux?intcmp=70160000000h1jYAAQ&utm_source=intcallout&utm_campaign=linuxcontent"
    found = _scan(tmp_path, monkeypatch, capsys, "https://github.com/opensource/opensource.com.git", "callout.md",
                  f"[Linux]({link})\n")
    assert not any(f[1] == "copied-tracking" for f in found)
