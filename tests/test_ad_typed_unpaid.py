"""A campaign file's ad (`type: ad`) GA4 files as unpaid is told, with or without its platform (newuser43 F4).

A team adopting utmlint writes its LinkedIn ad as `source: linkedin`, `medium: social`, `type: ad`: GA4 counts the
clicks under Organic Social with the unpaid posts (its paid pattern reads `cp`, `ppc`, `retargeting`, `paid...`).
With `platform: linkedin` platform-medium-mismatch said so; without it the file was "All clean". medium-channel-intent
now reads the campaign's own `type: ad` as the values' intent, and names the medium GA4 reads as paid there."""

from __future__ import annotations

import pytest


def _found(project, run, lines: str):
    body = "campaign: q1-webinar\n" + lines + "links:\n  - url: https://acmeflow.com/webinar\n    content: video\n"
    root = project({"campaigns/ad.yaml": body})
    done = run("lint", "--format", "json", "--no-cache", "campaigns", cwd=root)
    assert "Traceback" not in done.err
    return [(f["code"], f["line"], f["message"]) for f in done.findings]


@pytest.mark.parametrize("source,medium,better,paid", [
    ("linkedin", "social", "paid-social", "Paid Social"), ("reddit", "social", "paid-social", "Paid Social"),
    ("google", "organic", "cpc", "Paid Search"), ("youtube", "video", "cpc", "Paid Video")])
def test_an_ad_filed_as_unpaid_is_told(project, run, source, medium, better, paid):
    (found,) = _found(project, run, f"source: {source}\nmedium: {medium}\ntype: ad\n")
    assert found[:2] == ("UTM109", 3), found
    assert "`type: ad`" in found[2] and f"write `medium: {better}` to count them as {paid}" in found[2]


def test_a_post_a_paid_medium_and_a_named_platform_are_not_this_finding(project, run):
    assert _found(project, run, "source: linkedin\nmedium: social\ntype: post\n") == []  # an unpaid post: right
    assert _found(project, run, "source: linkedin\nmedium: paid-social\ntype: ad\n") == []
    assert _found(project, run, "source: newsletter\nmedium: email\ntype: ad\n") == []  # a bought e-mail placement
    # no list's paid channel to reach: `paid-social` from a source on no list is Paid Other, no better a channel
    assert _found(project, run, "source: partner-x\nmedium: social\ntype: ad\n") == []
    # the platform named: platform-medium-mismatch says it, once
    assert [f[0] for f in _found(project, run, "platform: linkedin\nmedium: social\ntype: ad\n")] == ["UTM108"]


def test_platform_medium_mismatch_names_the_channel_ga4_files_them_under(project, run):
    """newuser43 F6: "so these visits would be reported apart from the platform's other ads traffic" hid that the ads
    land in Organic Social; the channel is named where it is another, and the old words stay where it is the same."""
    ((code, _, said),) = _found(project, run, "platform: linkedin\nmedium: social\ntype: ad\n")
    assert code == "UTM108" and "so GA4 files these visits under Organic Social, not Paid Social" in said, said
    ((code, _, said),) = _found(project, run, "platform: linkedin\nmedium: paidsocial\ntype: ad\n")
    assert code == "UTM108" and "reported apart from the platform's other ads traffic" in said, said
