"""`utmlint platforms` and `utmlint platform NAME`, as a user reads them, against the profiles' data."""

from __future__ import annotations

import json

from utmlint.platforms import load_platforms


def test_platforms_lists_every_profile(run):
    result = run("platforms")
    assert result.code == 0
    names = [line.split()[0] for line in result.out.splitlines()[:-2]]
    assert names == sorted(load_platforms())
    assert "linkedin       source linkedin; organic social (not paid), ads paid-social/cpc/cpm/paid (paid)" in result.out


def test_platforms_json_has_spellings_mediums_paid_and_auto_values(run):
    records = {r["name"]: r for r in json.loads(run("platforms", "--format", "json").out)}
    assert set(records) == set(load_platforms())
    hubspot = records["hubspot"]
    assert hubspot["auto_values"] == {"source": ["hs_email", "hs_automation"], "medium": ["email"]}
    ads = {c["name"]: c for c in records["linkedin"]["channels"]}["ads"]
    assert ads["mediums"] == ["paid-social", "cpc", "cpm", "paid"] and ads["paid"] is True and ads["ga4_channel"] == "Paid Social"
    assert "intercom.com" in records["intercom"]["source_spellings"]


def test_platform_by_name_or_source_spelling(run):
    by_name = run("platform", "intercom")
    assert by_name.code == 0
    assert run("platform", "Intercom.com").out == by_name.out  # a spelling of its source finds it too
    assert "  push       push, email           not paid; GA4 Mobile Push Notifications; tracking optional" in by_name.out
    assert "also spelled (reported as intercom): intercom.com," in by_name.out
    hubspot = run("platform", "hubspot").out
    assert "Written by the platform itself (never reported in a link it wrote):\n  utm_source: hs_email, hs_automation" in hubspot


def test_platform_json_equals_the_listing_record(run):
    listing = {r["name"]: r for r in json.loads(run("platforms", "--format", "json").out)}
    assert json.loads(run("platform", "meta-ads", "--format", "json").out) == listing["meta-ads"]


def test_unknown_platform_exits_2_with_a_suggestion(run):
    result = run("platform", "intercm")
    assert result.code == 2 and result.out == ""
    assert "no platform profile named `intercm`. Did you mean: intercom?" in result.err


def test_a_teams_own_profile_is_listed_with_its_file(project, run):
    root = project({
        ".utmlint.yaml": "platforms: [profiles]\n",
        "profiles/acme.yaml": ("name: acme-mailer\ndisplay_name: Acme Mailer\nsource: acme\ndefault_medium: email\n"
                               "default_channel: letter\nchannels:\n  letter:\n    mediums: [email]\n"
                               "    tracking: required\n    ga4_channel: Email\n"),
    })
    result = run("platforms", cwd=root)
    assert "acme-mailer    source acme; letter email (not paid)  [profiles/acme.yaml]" in result.out
    assert run("platform", "acme-mailer", cwd=root).out.startswith("Acme Mailer (platform: acme-mailer)  [profiles/acme.yaml]")


def test_a_broken_team_profile_is_a_located_error(project, run):
    root = project({".utmlint.yaml": "platforms: [profiles]\n", "profiles/bad.yaml": "name: [\n"})
    result = run("platforms", cwd=root)
    assert result.code == 2 and result.err.startswith("utmlint: ") and "profiles/bad.yaml:" in result.err
