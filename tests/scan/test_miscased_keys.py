"""A GA4 key written in capitals (`UTM_source`) in a scanned file: GA4 reads its keys by their lowercase names, so the
value is lost. In a campaign file url-has-utm says so; scan and validate_url do not run that rule, and the link was
told only "has no utm_source" (corpus 23 #67 #68, Zesty's articles, blind). utm-key-unknown tells it there."""

from __future__ import annotations

from tests.scan.repository import scan_repository


def test_a_key_in_capitals_is_told_as_one_finding(tmp_path, monkeypatch, capsys):
    page = "[MUI](https://www.sunbeam.app/integrations/mui/?UTM_source=website&utm_medium=referral&utm_campaign=mui)\n"
    found = scan_repository(tmp_path, monkeypatch, capsys, "sunbeam-io/site", {"content/mui.md": page})
    assert [(f["name"], f["line"]) for f in found] == [("utm-key-unknown", 1)]
    assert "`UTM_source` is not lowercase" in found[0]["message"] and "write `utm_source`" in found[0]["message"]


def test_lowercase_keys_stay_clean(tmp_path, monkeypatch, capsys):
    page = "[MUI](https://www.sunbeam.app/integrations/mui/?utm_source=website&utm_medium=referral&utm_campaign=mui)\n"
    assert scan_repository(tmp_path, monkeypatch, capsys, "sunbeam-io/site", {"content/mui.md": page}) == []
