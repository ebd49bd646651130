"""A link checker's records of where requests landed (`{"url": ..., "ok": true, "status": 200, "finalUrl": ...}`) keep
the address each redirect ended on, tags and all: an affiliate network's (eHUB writes `utm_source=ehub&utm_medium=
affiliate&ehub=<click id>` on the merchant's site), not the team's to complete. Corpus 26 #26-#32: a deals site's
validation report (petrkotab666/nasekadan's data/active-promotions-validation.json) was told five times to add a
campaign. It gets a data set's one copied-tracking note; the records' own request URLs, the same tags in the team's
page, and a campaign config's `landing_url` (no request's result beside it) keep their findings. Real files in a temp
git repository, `utmlint scan` in-process."""

from __future__ import annotations

import json

from tests.scan.repository import scan_repository
from utmlint.scan.data import landing_value
from utmlint.validate_url import DATA_SET_RECORD, validate_url

_LANDINGS = [("https://www.concept.cz/", "31596c041ab0465d89df8c1096ce57d2"),
             ("https://www.ariete.cz/", "0da3fc5ee25f450b9b0b03f89c964b93"),
             ("https://aranys.cz/akce-slevy", "11a7b118281447c491e5f2ae224939f8")]


def _report(request_tags: str = "") -> str:
    probes = [{"url": f"https://ehub.cz/system/scripts/click.php?a_aid=6926a50f&a_bid=b2397{n}b5{request_tags}",
               "ok": True, "status": 200,
               "finalUrl": f"{site}?utm_source=ehub&utm_medium=affiliate&ehub={click}",
               "finalHost": site.split("/")[2], "redirects": 1} for n, (site, click) in enumerate(_LANDINGS)]
    return json.dumps({"schemaVersion": 2, "probes": probes}, indent=2) + "\n"


def test_a_link_checkers_landing_urls_get_one_note(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "petrkotab666/nasekadan",
                            {"data/active-promotions-validation.json": _report()})
    assert [(d["name"], d["severity"]) for d in found] == [("copied-tracking", "info")], found
    assert "`finalUrl`" in found[0]["message"] and "no row is judged" in found[0]["message"], found[0]["message"]
    assert not any(d["name"] == "missing-utm-param" for d in found)


def test_the_requests_own_links_and_the_teams_page_keep_their_findings(tmp_path, monkeypatch, capsys):
    # the checked link itself carries the team's tags (no campaign): the team's own link, told
    report = _report(request_tags="&utm_source=nasekadan&utm_medium=referral")
    page = ('<a href="https://www.concept.cz/?utm_source=ehub&utm_medium=affiliate">Concept</a>\n')
    found = scan_repository(tmp_path, monkeypatch, capsys, "petrkotab666/nasekadan",
                            {"data/active-promotions-validation.json": report, "index.html": page})
    told = sorted((d["path"], d["name"]) for d in found)
    assert told.count(("data/active-promotions-validation.json", "missing-utm-param")) == 3, found
    assert told.count(("data/active-promotions-validation.json", "copied-tracking")) == 1, found
    assert ("index.html", "missing-utm-param") in told, found


def test_a_campaign_configs_landing_url_is_the_teams_link(tmp_path, monkeypatch, capsys):
    # `landing_url` beside a campaign's `"status": "active"`, no request's result: the team's own link, judged
    config = json.dumps({"campaigns": [{"name": "spring", "status": "active", "landing_url": (
        "https://www.northwind.io/spring?utm_source=ehub&utm_medium=affiliate")}]}, indent=2) + "\n"
    found = scan_repository(tmp_path, monkeypatch, capsys, "northwind/site", {"campaigns.json": config})
    assert [d["name"] for d in found] == ["missing-utm-param"], found


def test_landing_value_reads_the_record():
    text = '[{"status": 301, "redirectedTo": "https://x.io/?utm_source=a&utm_medium=b"}]'
    assert landing_value(text, text.index("https://")) == "redirectedTo"
    # the key alone is not enough: a request's result beside it is
    text = '[{"note": "x {y}", "finalUrl": "https://x.io/?utm_source=a&utm_medium=b"}]'
    assert landing_value(text, text.index("https://")) == ""
    # a nested record's status is that record's (a string holding braces and quotes is skipped)
    text = '{"ok": true, "items": [{"title": "a \\"{\\" b", "final_url": "https://x.io/?utm_source=a"}]}'
    assert landing_value(text, text.index("https://")) == ""


def test_validate_url_reads_a_landing_row_as_scan_does():
    url = "https://www.ariete.cz/?utm_source=ehub&utm_medium=affiliate&ehub=0da3fc5ee25f450b9b0b03f89c964b93"
    judged = validate_url(url, repo="petrkotab666/nasekadan", path="data/active-promotions-validation.json",
                          landed="finalUrl")
    assert judged.findings == [] and judged.not_judged.startswith(DATA_SET_RECORD), judged
    # without the key it is judged as any link: eHUB's click id told as one visit's, copied (rules/copied-tracking.txt)
    judged = validate_url(url, repo="petrkotab666/nasekadan", path="data/active-promotions-validation.json")
    assert [f.name for f in judged.findings] == ["copied-tracking"], judged
    # and without the click id, its missing campaign
    judged = validate_url(url.partition("&ehub=")[0], repo="petrkotab666/nasekadan",
                          path="data/active-promotions-validation.json")
    assert [f.name for f in judged.findings] == ["missing-utm-param"], judged


def test_ehubs_click_id_on_a_page_is_a_copied_visit(tmp_path, monkeypatch, capsys):
    # eHUB's landing URL pasted into a page, its click id and all (`ehub=`, rules/copied-tracking.txt): one visit's
    # click, not a campaign to complete; the same tags without the click id are the team's own link, still told
    page = ('<a href="https://www.concept.cz/?utm_source=ehub&utm_medium=affiliate&ehub=31596c041ab0465d89df8c1096ce57d2'
            '">Concept</a>\n<a href="https://www.ariete.cz/?utm_source=ehub&utm_medium=affiliate">Ariete</a>\n')
    found = scan_repository(tmp_path, monkeypatch, capsys, "petrkotab666/nasekadan", {"index.html": page})
    assert sorted((d["line"], d["name"]) for d in found) == [(1, "copied-tracking"), (2, "missing-utm-param")], found
    assert "`ehub`" in next(d["message"] for d in found if d["line"] == 1)
