"""copied-tracking's hedged note on a site's outgoing tags (`render.com/deploy?utm_source=flowsapp.com&utm_medium=
website`): it may be the team's own tagging, so it is an `info` note. It must hold back no mistake: it names the
findings the value rules have on those tags, an ignore of UTM310 on the line ("these tags are mine") lets them speak
(stranger11 R4: following the note's advice silenced a missing campaign and an Unassigned medium), and its way out,
the config's `own-hosts`, works: a utm_source naming a listed host is the team's outgoing tag (stranger11 R5).
Real files in a temp git folder, `utmlint scan` in-process."""

from __future__ import annotations

import json
import subprocess

from utmlint.cli import main

RENDER = "Deploy on [Render](https://render.com/deploy?utm_source=flowsapp.com&utm_medium=website)."
G2 = '<a href="https://www.g2.com/products/flows/reviews?utm_source=flows.dev&utm_medium=website&utm_campaign=footer">G2</a>'


def _repo(tmp_path, slug="nwlabs/docs"):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"https://github.com/{slug}.git"], check=True)


def _scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    return json.loads(capsys.readouterr().out)


def test_the_hedged_note_names_the_mistakes_it_holds_back(tmp_path, monkeypatch, capsys):
    _repo(tmp_path)
    (tmp_path / "integrations.md").write_text(RENDER + "\n", encoding="utf-8")
    found = _scan(tmp_path, monkeypatch, capsys)
    # a warning: holding back mistakes, the link needs a change whoever's the tags are (stranger15 R14)
    assert [(d["name"], d["severity"]) for d in found] == [("copied-tracking", "warning")]
    message = found[0]["message"]
    assert "list it in the config's `own-hosts`" in message
    assert "missing-utm-param (UTM101), medium-unassigned (UTM102)" in message


def test_ignoring_the_note_lets_the_value_rules_speak(tmp_path, monkeypatch, capsys):
    _repo(tmp_path)
    (tmp_path / "integrations.md").write_text(RENDER + " <!-- utmlint: ignore[UTM310] -->\n", encoding="utf-8")
    found = _scan(tmp_path, monkeypatch, capsys)
    assert sorted(d["name"] for d in found) == ["medium-unassigned", "missing-utm-param"]
    assert "write `utm_medium=referral`" in next(d["message"] for d in found if d["name"] == "medium-unassigned")


def test_own_hosts_naming_the_source_stops_the_note(tmp_path, monkeypatch, capsys):
    _repo(tmp_path)
    (tmp_path / ".utmlint.yaml").write_text("own-hosts: [flows.dev, flowsapp.com]\n", encoding="utf-8")
    (tmp_path / "footer.html").write_text(G2 + "\n", encoding="utf-8")
    (tmp_path / "integrations.md").write_text(RENDER + "\n", encoding="utf-8")
    # no note, and the team's outgoing tags are judged as they are with no config: the mistakes the note named
    # (a missing campaign, an Unassigned medium) must not vanish with it (stranger12 R4)
    found = _scan(tmp_path, monkeypatch, capsys)
    assert "copied-tracking" not in {d["name"] for d in found}
    assert sorted((d["path"], d["name"]) for d in found) == [
        ("footer.html", "medium-unassigned"), ("integrations.md", "medium-unassigned"),
        ("integrations.md", "missing-utm-param")]


def test_own_hosts_naming_another_site_keeps_the_note(tmp_path, monkeypatch, capsys):
    _repo(tmp_path)
    (tmp_path / ".utmlint.yaml").write_text("own-hosts: [nwlabs.io]\n", encoding="utf-8")
    (tmp_path / "footer.html").write_text(G2 + "\n", encoding="utf-8")
    found = _scan(tmp_path, monkeypatch, capsys)
    assert [d["name"] for d in found] == ["copied-tracking"]


TECHCRUNCH = "As [TechCrunch reported](https://techcrunch.com/2026/01/01/northwind/?utm_source=tc_twitter&utm_campaign=Launch)"


def test_a_held_finding_the_line_ignores_neither_is_named_nor_raises_the_note(tmp_path, monkeypatch, capsys):
    # stranger16 R14: the author ignored value-case on line 1; the note there stays an info naming no UTM201 (a
    # missing key alone raises nothing: someone else's tags nearly always lack one); line 2, the same press link
    # with no ignore, is raised by its held capitals
    _repo(tmp_path, "nwlabs/blog")
    (tmp_path / "post.md").write_text(f"{TECHCRUNCH} <!-- utmlint: ignore[UTM201] -->\n{TECHCRUNCH}\n",
                                      encoding="utf-8")
    found = _scan(tmp_path, monkeypatch, capsys)
    assert [(d["line"], d["name"], d["severity"]) for d in found] == [
        (1, "copied-tracking", "info"), (2, "copied-tracking", "warning")]
    assert found[0]["message"].endswith("they have mistakes too: missing-utm-param (UTM101)")
    assert found[1]["message"].endswith("missing-utm-param (UTM101), value-case (UTM201)")
    assert main(["scan", "--format", "concise", "post.md", "--fail-on", "warning"]) == 1
    capsys.readouterr()
    (tmp_path / "post.md").write_text(f"{TECHCRUNCH} <!-- utmlint: ignore[UTM201] -->\n", encoding="utf-8")
    assert main(["scan", "--format", "concise", "post.md", "--fail-on", "warning"]) == 0


def test_the_teams_vocabulary_is_not_held_against_its_outgoing_tags(tmp_path, monkeypatch, capsys):
    """newuser44 F2: a dev-rel guide shows the tags the product writes into its customers' links
    (`yourapp.com/...?utm_source=quillstack`); they are the team's (its source names its own site), judged as the team's,
    but the row they start is in yourapp.com's GA4: source-not-allowed said "write one of `customerio`, `mailchimp`, ..."
    (crediting Customer.io in every customer's reports). The team's `sources`/`mediums` speak on its own hosts only;
    the outgoing tags' own mistakes (a capital, an Unassigned medium) are still told."""
    _repo(tmp_path, "quillstack/devrel")
    (tmp_path / ".utmlint.yaml").write_text(
        "own-hosts: [quillstack.dev]\nsources: [customerio, mailchimp]\nmediums: [email, referral]\n", encoding="utf-8")
    (tmp_path / "guide.md").write_text(
        "Your links: [a](https://yourapp.com/x?utm_source=quillstack&utm_medium=email&utm_campaign=changelog)\n"
        "[b](https://yourapp.com/y?utm_source=quillstack&utm_medium=Email&utm_campaign=changelog)\n"
        "[c](https://yourapp.com/z?utm_source=quillstack&utm_medium=in-app&utm_campaign=changelog)\n"
        "[e](https://yourapp.com/w?utm_source=quillstack&utm_medium=social&utm_campaign=changelog)\n"
        "Ours: [d](https://quillstack.dev/p?utm_source=quillstack&utm_medium=social&utm_campaign=changelog)\n",
        encoding="utf-8")
    found = _scan(tmp_path, monkeypatch, capsys)
    assert sorted((d["line"], d["name"]) for d in found) == [
        (2, "value-case"), (3, "medium-unassigned"), (5, "medium-not-allowed"), (5, "source-not-allowed")]


def test_medium_unassigned_on_outgoing_tags_says_nothing_of_the_teams_mediums_list(tmp_path, monkeypatch, capsys):
    """newuser44 L4: medium-unassigned on the team's outgoing tags (`yourapp.com/...?utm_medium=in-app`) still said
    "(`social` and `sms` are not on the team's `mediums` list: add them ...)": those rows are yourapp.com's GA4's, the
    team's list is not theirs. The advice stays; the note goes there, and stays on the team's own host."""
    _repo(tmp_path, "quillstack/devrel")
    (tmp_path / ".utmlint.yaml").write_text(
        "own-hosts: [quillstack.dev]\nsources: [customerio, mailchimp]\nmediums: [email, referral]\n", encoding="utf-8")
    (tmp_path / "guide.md").write_text(
        "[c](https://yourapp.com/z?utm_source=quillstack&utm_medium=in-app&utm_campaign=changelog)\n"
        "Ours: [d](https://quillstack.dev/p?utm_source=mailchimp&utm_medium=in-app&utm_campaign=changelog)\n",
        encoding="utf-8")
    found = {d["line"]: d["message"] for d in _scan(tmp_path, monkeypatch, capsys) if d["name"] == "medium-unassigned"}
    assert "`sms` in a text message" in found[1] and "mediums` list" not in found[1], found
    assert "(`social` and `sms` are not on the team's `mediums` list: add them" in found[2], found
