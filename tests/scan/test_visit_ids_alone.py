"""A link copied with a visit's id and no utm tag (`?gclid=`, `?fbclid=`, `?srsltid=`, Mailchimp's `?mc_eid=`) is a
tracked link too: GA4 files a visit carrying `gclid` under Google Ads whatever the page meant, and an e-mail's `mc_eid`
names one reader (issue 12: "someone else's tracking copied into a link"). `utmlint scan` read only URLs carrying a
`utm_` key, so a README pasting an ad's or a newsletter's link was "All clean" (recall, session 35); scan.core.VISIT_ID
anchors on these ids too, and copied-tracking tells them. A correct file stays clean: a link without them, an `id=`
of the site's own, a word that only ends like one (`paperclid`, an `ouclid=` parameter, `braid` in prose)."""

from __future__ import annotations

import json

from utmlint.cli import main


def _scan(root, monkeypatch, capsys):
    monkeypatch.chdir(root)
    code = main(["scan", ".", "--format", "json"])
    return code, sorted((d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))


def test_a_visits_id_alone_is_found(tmp_path, monkeypatch, capsys):
    (tmp_path / "notes.md").write_text(
        # (ids as copied: long and random; a short or sample value is a doc's, test_a_teams_analytics_doc_...)
        "1 [story](https://www.nytimes.com/2024/01/01/x.html?fbclid=IwAR2F4-dbP0l7Mn1IOo6ZQkYUZRZvW0Mw4K7nKX8ZG1hJt)\n"
        "2 <a href=\"https://www.allbirds.com/products/x?srsltid=AfmBOoqL9dW2kP4vT7xY3mZ8nQ5rS1uV6wA0\">shoes</a>\n"
        "3 https://www.shopify.com/blog/x?gclid=Cj0KCQiA4NWrBhD-ARIsAFCKwWt5Z8Jq2mLpV9dW3kR7xT1yU0vBnC6sE4\n"
        "4 [news](https://www.morling.dev/blog/a?mc_cid=4f2a9e1c7b&mc_eid=9b8c7d6e5f)\n"
        "5 https://ads.microsoft.com/x?msclkid=4b1c2d3e5f6a7b8c9d0e1f2a3b4c5d6e\n"
        "6 [reel](https://www.instagram.com/reel/C1x2y3z/?igshid=MzRlODBiNWFlZA%3D%3D)\n", encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [(1, "copied-tracking"), (2, "copied-tracking"), (3, "copied-tracking"),
                     (4, "copied-tracking"), (5, "copied-tracking"), (6, "copied-tracking")] and code == 1


def test_code_building_a_link_with_an_id_stays_clean(tmp_path, monkeypatch, capsys):
    # an empty id names no visit: the code appends it later (as Google Ads' `{lpurl}?gclid={gclid}` template, a
    # placeholder, does)
    (tmp_path / "track.js").write_text(
        'const a = base + "?fbclid=" + fbclid;\n'
        'const b = "https://shop.io/landing?gclid=";\n'
        'const c = "https://shop.io/landing?gclid={gclid}&msclkid={msclkid}";\n', encoding="utf-8")
    assert _scan(tmp_path, monkeypatch, capsys) == (0, [])


def test_a_correct_file_stays_clean(tmp_path, monkeypatch, capsys):
    (tmp_path / "page.html").write_text(
        '<a href="https://shop.io/item?id=42&ref=nav">item</a> <a href="https://a.io/x?ouclid=3">x</a>\n'
        "<p>paperclid= is no key; a braid= in prose</p>\n"
        '<a href="https://acme.io/pricing?utm_source=docs&utm_medium=referral&utm_campaign=pricing">pricing</a>\n',
        encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert (code, found) == (0, [])


def test_a_teams_own_tags_beside_a_copied_id_are_that_visits(tmp_path, monkeypatch, capsys):
    # the id and the utm tags beside it came with one visit: one finding, the link without both
    (tmp_path / "README.md").write_text(
        "[deal](https://partner.io/deal?utm_source=google&utm_medium=cpc&gclid=Cj0KCQiA123)\n", encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [(1, "copied-tracking")] and code == 1


def test_the_inventory_lists_campaign_links_only(tmp_path, monkeypatch, capsys):
    # `--links` (what `utmlint import` reads) lists the links carrying utm tags, not a copied id alone
    (tmp_path / "README.md").write_text(
        "[a](https://www.shopify.com/blog/x?gclid=Cj0KCQiA123)\n"
        "[b](https://acme.io/pricing?utm_source=docs&utm_medium=referral&utm_campaign=pricing)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", ".", "--links", "--format", "urls"])
    assert capsys.readouterr().out.split() == [
        "https://acme.io/pricing?utm_source=docs&utm_medium=referral&utm_campaign=pricing"]


def _repo(root):
    import subprocess

    subprocess.run(["git", "init", "-q", str(root)], check=True)
    subprocess.run(["git", "-C", str(root), "remote", "add", "origin", "https://github.com/nwlabs/website.git"],
                   check=True)


def test_a_teams_analytics_doc_and_code_explaining_ids_stay_clean(tmp_path, monkeypatch, capsys):
    # stranger16 R9: the doc shows what auto-tagging lands on (inline code, the key named in its prose, a sample
    # value), a redirect's test URL, and code keeps a sample: nothing was copied from a visit (4 errors, exit 1)
    _repo(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "analytics.md").write_text(
        "# How our ad tracking works\n\n"
        "Google Ads auto-tagging appends a click id to our landing pages, e.g.\n"
        "`https://www.northwind.io/pricing?gclid=EAIaIQobChMI`. Keep auto-tagging on; do not strip `gclid` in "
        "redirects.\n\n"
        "Google Search now adds `srsltid` to product results: https://www.northwind.io/shop/widget?srsltid=AfmBOoq\n"
        "is what a shopper lands on. GA4 treats it as organic.\n\n"
        "Test your redirect keeps it: https://www.northwind.io/r/spring?fbclid=IwAR0test\n", encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "tracking.ts").write_text(
        'const SAMPLE = "https://www.northwind.io/landing?gclid=Cj0KCQjw";\n', encoding="utf-8")
    assert _scan(tmp_path, monkeypatch, capsys) == (0, [])


def test_a_doc_naming_ids_keeps_its_real_pasted_copy(tmp_path, monkeypatch, capsys):
    # a real id pasted with its link in a README's prose, in a paragraph that names no id, is still told; and the
    # team's own tagged link with a typo beside the doc's examples keeps its finding
    _repo(tmp_path)
    (tmp_path / "README.md").write_text(
        "# Notes\n\n"
        "Auto-tagging adds `gclid`: `https://www.northwind.io/pricing?gclid=EAIaIQobChMI`.\n\n"
        "Our render plugin for [Cinema 4D](https://www.maxon.net/en/cinema-4d?srsltid=AfmBOoq3Jd5V8h9w2LQxWzY1tK8mP0c"
        "R7nVbF4sE6uHjGa) is free.\n\n"
        "[Pricing](https://www.northwind.io/pricing?utm_source=readme&utm_medium=emial&utm_campaign=launch)\n",
        encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [(5, "copied-tracking"), (7, "medium-unassigned")] and code == 1


def test_an_id_alone_is_not_told_it_overrides_utm_values(tmp_path, monkeypatch, capsys):
    # stranger16 R9: a link with no utm tag has no "utm values" for the ad click to replace
    (tmp_path / "README.md").write_text(
        "[x](https://www.shopify.com/blog/x?gclid=Cj0KCQiA4NWrBhD-ARIsAFCKwWt5Z8Jq2mLpV9dW3kR7xT1yU0vBnC6sE4)\n"
        "[y](https://www.shopify.com/blog/y?utm_source=google&utm_medium=cpc&gclid=Cj0KCQiA4NWrBhD-ARIsAFCKwWt5Z8Jq2m)\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", ".", "--format", "json"])
    messages = [d["message"] for d in sorted(json.loads(capsys.readouterr().out), key=lambda d: d["line"])]
    assert "your utm values" not in messages[0] and "wherever the link is posted" in messages[0]
    assert "instead of your utm values" in messages[1]


def test_a_constants_name_for_the_id_is_a_docs_slot(tmp_path, monkeypatch, capsys):
    # stranger16 R9's remainder: `gclid=GCLID_VALUE.` (a constant's name, naming its own key) was an error in a
    # team's ads doc; a real id pasted in the same doc, long and random, is still told
    _repo(tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "ads.md").write_text(
        "# Ads\n\nAuto-tagging lands visitors on https://acme.com/landing?gclid=GCLID_VALUE. and Bing's on "
        "https://acme.com/landing?msclkid=XXXXXXXX here; ours use https://acme.com/landing?dclid=CLICK_ID too.\n\n"
        "Our render plugin for [Cinema 4D](https://www.maxon.net/en/cinema-4d?gclid=Cj0KCQiA4NWrBhD-ARIsAFCKwWt5Z8Jq"
        "2mLpV9dW3kR7xT1yU0vBnC6sE4) is free.\n", encoding="utf-8")
    code, found = _scan(tmp_path, monkeypatch, capsys)
    assert found == [(5, "copied-tracking")] and code == 1
