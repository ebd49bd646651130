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


# A relative link (`/join/?UTM_source=website`, corpus 23 #71 #72: Zesty's own articles linking the site's own pages)
# was told only utm-internal-link, whose message said GA4 takes its tags as the visit's campaign: GA4 reads none of
# them as written. utm-key-unknown tells the keys there too, and never renames them: spelled right they would be an
# internal link's tags, which utm-internal-link says to remove.
_ARTICLE = "export const cta = { href: '/join/?UTM_source=website&UTM_medium=article&UTM_campaign=ABtest' };\n"


def test_keys_in_capitals_on_a_relative_link_are_told_and_never_renamed(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "sunbeam-io/website", {"src/article.js": _ARTICLE})
    names = sorted(f["name"] for f in found)
    assert names == ["utm-internal-link"] + ["utm-key-unknown"] * 3
    unknown = [f for f in found if f["name"] == "utm-key-unknown"]
    assert all("remove it rather than rename it" in f["message"] and "write `utm_" not in f["message"]
               for f in unknown)
    internal = next(f for f in found if f["name"] == "utm-internal-link")
    assert "`UTM_source`" in internal["message"] and "as written it ignores them" in internal["message"]
    # the safe --fix renames nothing on it: `utm_source` there would overwrite the visit's campaign
    from utmlint.cli import main

    main(["scan", "--no-cache", "--fix", "."])
    capsys.readouterr()
    assert (tmp_path / "website" / "src" / "article.js").read_text(encoding="utf-8") == _ARTICLE


def test_a_teams_own_relative_link_with_lowercase_keys_gets_no_key_finding(tmp_path, monkeypatch, capsys):
    code = "export const cta = { href: '/join/?utm_source=website&utm_medium=article&utm_campaign=abtest' };\n"
    found = scan_repository(tmp_path, monkeypatch, capsys, "sunbeam-io/website", {"src/article.js": code})
    assert [f["name"] for f in found] == ["utm-internal-link"]
    assert "GA4 takes utm parameters on an internal link as the visit's latest campaign," in found[0]["message"]


def test_validate_url_tells_a_relative_links_misspelled_key_without_a_fix():
    from utmlint.validate_url import validate_url

    result = validate_url("/pricing?utm_sorce=blog&utm_medium=article&utm_campaign=launch")
    unknown = [f for f in result.findings if f.name == "utm-key-unknown"]
    assert len(unknown) == 1 and "did you mean `utm_source`?" in unknown[0].message
    assert result.fixed_url == "/pricing?utm_sorce=blog&utm_medium=article&utm_campaign=launch"
    # an absolute link keeps its rename
    assert validate_url("https://sunbeam.app/pricing?utm_sorce=blog&utm_medium=article&utm_campaign=launch").fixed_url \
        == "https://sunbeam.app/pricing?utm_source=blog&utm_medium=article&utm_campaign=launch"
