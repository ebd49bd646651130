"""A Google Play listing tagged only in its `referrer` (`...details?id=X&referrer=utm_source%3Dgithub%26...`, as
Google's Play URL builder writes it): GA4 credits the install from the referrer's values, and validate_url judges
them as the link's tags (review8 S2). `utmlint scan` did not extract such a link at all (its URL finder anchored on a
query's own `utm_` key): now it does, judges the referrer as validate_url does (each finding on the referrer, no
fix), and the inventory shows the referrer's values. Real files in a temp folder, `utmlint scan` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan import scan_text
from utmlint.validate_url import validate_url

LISTING = "https://play.google.com/store/apps/details?id=com.acme.app&referrer=utm_source%3Dgithub%26utm_medium%3Dreadme"
README = f"# Acme\n\n[Get it on Google Play]({LISTING})\n"


def run(monkeypatch, capsys, folder, *args):
    monkeypatch.chdir(folder)
    code = main(["scan", "--no-cache", *args, "."])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out


def test_the_listing_is_extracted_only_where_a_play_referrer_carries_tags():
    assert [o.url for o in scan_text(README, ".md")] == [LISTING]
    html = f'<a href="{LISTING.replace("&", "&amp;")}">Play</a>'
    assert [o.url for o in scan_text(html, ".html")] == [LISTING]
    # another site's `referrer=` is not a Play install's campaign; a listing whose own query is tagged is found
    # by its own key, as before
    assert scan_text("https://acme.example.com/go?referrer=utm_source%3Dgithub\n", ".md") == []
    own = "https://play.google.com/store/apps/details?id=com.acme.app&utm_source=github"
    assert [o.url for o in scan_text(own + "\n", ".md")] == [own]


def test_scan_judges_the_referrer_as_validate_url_does(tmp_path, monkeypatch, capsys):
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    code, out = run(monkeypatch, capsys, tmp_path, "--format", "json")
    found = json.loads(out)
    assert code == 1
    assert sorted(f["name"] for f in found) == sorted(f.name for f in validate_url(LISTING).findings) == \
        ["medium-unassigned", "missing-utm-param"]
    line_start = README.index("\n[") + 1
    for finding in found:  # on the referrer's value
        assert (finding["line"], finding["column"]) == (3, README.index("utm_source%3D") - line_start + 1)
        assert finding["message"].startswith("in this Google Play link's `referrer`")
    # no fix: it would have to be encoded into the referrer; --fix leaves the file as it is
    run(monkeypatch, capsys, tmp_path, "--fix")
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == README


def test_the_inventory_shows_the_referrers_values(tmp_path, monkeypatch, capsys):
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    _, out = run(monkeypatch, capsys, tmp_path, "--links", "--format", "json")
    [record] = json.loads(out)
    assert (record["url"], record["utm_source"], record["utm_medium"], record["channel"]) == \
        (LISTING, "github", "readme", "Unassigned")


def test_a_referrer_written_unencoded_is_reported_with_its_encoded_form(tmp_path, monkeypatch, capsys):
    """stranger9 R5: `&referrer=utm_source=a&utm_medium=b` passed silently: the first `&` ends the referrer, so Play
    hands the app `utm_source=a` alone and `utm_medium=b` is the listing's own parameter (Play Console's, no GA4
    property reads it). Reported on the referrer and the parameters it lost, with the referrer as Google's builder
    encodes it; validate_url offers the encoded URL as the fix."""
    raw = "https://play.google.com/store/apps/details?id=com.acme.app&referrer=utm_source=github&utm_medium=readme"
    (tmp_path / "README.md").write_text(f"[Get it on Google Play]({raw})\n", encoding="utf-8")
    code, out = run(monkeypatch, capsys, tmp_path, "--format", "json")
    [finding] = json.loads(out)
    assert code == 1 and finding["name"] == "play-referrer-unencoded"
    assert finding["column"] == len("[Get it on Google Play](") + raw.index("utm_source=") + 1
    assert "the `&` before `utm_medium=readme` ends it, so Play hands the app only `utm_source=github`" in \
        finding["message"]
    assert finding["message"].endswith("`referrer=utm_source%3Dgithub%26utm_medium%3Dreadme`")
    [alone] = validate_url(raw).findings
    assert alone.name == "play-referrer-unencoded" and alone.safe
    assert alone.fixed == LISTING  # the encoded listing: then its referrer is judged as any link's tags
    assert sorted(f.name for f in validate_url(alone.fixed).findings) == ["medium-unassigned", "missing-utm-param"]


def test_a_listing_tagged_in_its_query_and_in_its_referrer_gets_both_halves_judged(tmp_path, monkeypatch, capsys):
    """stranger9 R18: a listing whose own query is tagged (Play Console reads it) and whose referrer is tagged too
    (GA4 credits the install from it): only the own query's values were judged, and the referrer's Unassigned
    medium and missing campaign passed. Each half is judged where it is written; the referrer's findings say so."""
    both = ("https://play.google.com/store/apps/details?id=com.acme.app&utm_source=GitHub&utm_campaign=launch"
            "&referrer=utm_source%3Dgithub%26utm_medium%3Dreadme")
    (tmp_path / "README.md").write_text(f"[Get it on Google Play]({both})\n", encoding="utf-8")
    code, out = run(monkeypatch, capsys, tmp_path, "--format", "json")
    found = [(f["name"], f["column"], f["message"].startswith("in this Google Play link's `referrer`"))
             for f in json.loads(out)]
    at = len("[Get it on Google Play](")
    assert code == 1 and sorted(found) == [
        ("medium-unassigned", at + both.index("utm_source%3D") + 1, True),
        ("missing-utm-param", at + both.index("utm_source%3D") + 1, True),
        ("value-case", at + both.index("GitHub") + 1, False),  # the listing's own value, as Play Console shows it
    ]
    result = validate_url(both)
    assert sorted(f.name for f in result.findings) == ["medium-unassigned", "missing-utm-param", "value-case"]
    assert "judged as the link's tags" in result.not_judged


def test_the_play_apps_link_and_a_referrer_encoded_in_part_are_reported_encoded(tmp_path, monkeypatch, capsys):
    """stranger10 R12 (an Android app's Rate.kt): the Play app's `market://details?...&referrer=utm_source=app&...`
    was told it has no `utm_source` (it was read as another site's query with a `referrer` key), and a referrer
    encoded in part (`utm_source%3Dsite&utm_medium=...`) it has no medium and no campaign, both written one `&`
    later. Both are play-referrer-unencoded's: what the `&` cut off, and the referrer encoded whole."""
    market = "market://details?id=com.acme.app&referrer=utm_source=app&utm_medium=in-app-rate"
    half = ("https://play.google.com/store/apps/details?id=com.acme.app"
            "&referrer=utm_source%3Dsite&utm_medium=referral&utm_campaign=rate")
    (tmp_path / "Rate.kt").write_text(f'val rate = Uri.parse("{market}")\nval web = "{half}"\n', encoding="utf-8")
    code, out = run(monkeypatch, capsys, tmp_path, "--format", "json")
    found = json.loads(out)
    assert [(f["line"], f["name"]) for f in found] == [(1, "play-referrer-unencoded"), (2, "play-referrer-unencoded")]
    assert found[0]["column"] == len('val rate = Uri.parse("') + market.index("utm_source=") + 1
    assert found[0]["message"].endswith("`referrer=utm_source%3Dapp%26utm_medium%3Din-app-rate`")
    assert "not fully encoded" in found[1]["message"] and "hands the app only `utm_source=site`" in found[1]["message"]
    assert found[1]["message"].endswith("`referrer=utm_source%3Dsite%26utm_medium%3Dreferral%26utm_campaign%3Drate`")
    [alone] = validate_url(half).findings
    assert alone.name == "play-referrer-unencoded" and alone.fixed == (
        "https://play.google.com/store/apps/details?id=com.acme.app"
        "&referrer=utm_source%3Dsite%26utm_medium%3Dreferral%26utm_campaign%3Drate")
