"""A share button's link whose shared address is written unencoded is told so, not to tag the share page (stranger19
R2).

`https://twitter.com/intent/tweet?text=New&url=https://northwind.io/launch?utm_source=twitter&utm_medium=social&
utm_campaign=launch-2026`: the `&` before `utm_medium` ends `url`, so Twitter reads `utm_medium` and `utm_campaign`
as its own parameters and the tweet shares `https://northwind.io/launch?utm_source=twitter` (GA4: `twitter /
(not set)`). utmlint told the share link "has no `utm_source` ... add it to the URL's query" (LinkedIn's the same),
and Facebook's sharer "these tags measure nothing ... remove them". Now url-second-question-mark says the address is
cut and gives the link with it encoded; an encoded share link, and an address whose query holds all its tags, pass."""

from __future__ import annotations

import json

from utmlint.cli import main

DOC = """\
[Tweet](https://twitter.com/intent/tweet?text=New&url=https://northwind.io/launch?utm_source=twitter&utm_medium=social&utm_campaign=launch-2026)
[Share](https://www.facebook.com/sharer/sharer.php?u=https://northwind.io/launch?utm_source=facebook&utm_medium=social&utm_campaign=launch-2026)
[Post](https://www.linkedin.com/sharing/share-offsite/?url=https://northwind.io/launch?utm_source=linkedin&utm_medium=social&utm_campaign=launch-2026)
[Encoded](https://twitter.com/intent/tweet?url=https%3A%2F%2Fnorthwind.io%2Flaunch%3Futm_source%3Dtwitter%26utm_medium%3Dsocial%26utm_campaign%3Dlaunch-2026)
[Sign in](https://northwind.io/login?next=https://northwind.io/docs?utm_source=blog)
"""


def _findings(tmp_path, monkeypatch, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "share.md").write_text(DOC, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "docs"])
    return [(f["line"], f["code"], f["message"]) for f in json.loads(capsys.readouterr().out)]


def test_each_cut_share_link_is_one_finding_saying_to_encode(tmp_path, monkeypatch, capsys):
    found = _findings(tmp_path, monkeypatch, capsys)
    assert [(line, code) for line, code, _ in found] == [(1, "UTM313"), (2, "UTM313"), (3, "UTM313")], found
    tweet = found[0][2]
    assert "the page shared keeps only `utm_source=twitter`" in tweet and "`utm_medium`, `utm_campaign`" in tweet
    assert tweet.endswith("url=https%3A%2F%2Fnorthwind.io%2Flaunch%3Futm_source%3Dtwitter%26utm_medium%3Dsocial"
                          "%26utm_campaign%3Dlaunch-2026"), tweet
    assert not [m for _, _, m in found if "add it to the URL's query" in m or "measure nothing" in m]


def test_validate_url_says_the_same():
    from utmlint.validate_url import validate_url

    result = validate_url("https://www.facebook.com/sharer/sharer.php?u=https://northwind.io/launch?utm_source=facebook"
                          "&utm_medium=social&utm_campaign=launch-2026")
    assert [f.code for f in result.findings] == ["UTM313"] and result.not_judged is None


def test_with_own_hosts_a_share_link_carrying_the_teams_page_is_still_told(tmp_path, monkeypatch, capsys):
    """stranger19 R9: with `own-hosts: [northwind.io]` a link to linkedin.com got only copied-tracking's reading, so
    the cut share link was silent; the address it carries is the team's, so its tags are judged as the team's."""
    (tmp_path / ".utmlint.yaml").write_text("own-hosts: [northwind.io]\n", encoding="utf-8")
    found = _findings(tmp_path, monkeypatch, capsys)
    assert [(line, code) for line, code, _ in found] == [(1, "UTM313"), (2, "UTM313"), (3, "UTM313")], found
