"""render and build write a template placeholder in a utm value as the platform needs it, not percent-encoded
(stranger19 R6).

`term: "{keyword}"` in a Google Ads campaign rendered `utm_term=%7Bkeyword%7D`, Mailchimp's `*|CAMPAIGN_UID|*`
`%2A%7CCAMPAIGN_UID%7C%2A`, Customer.io's `{{ message.id }}` `%7B%7B%20message.id%20%7D%7D`, and `utmlint build
--term '{keyword}'` the same, while lint called the files clean (it reads them as placeholders). Google Ads and the
e-mail platforms fill in only the placeholder as written: pasted, every click reached GA4 with the placeholder's
text as its term or campaign. The placeholder stays as written; the text around it, and any other value, is still
encoded.
"""

from __future__ import annotations

import json

import pytest

from utmlint.urls import build_tracked_url

CAMPAIGNS = {
    "c/brand.yaml": ('campaign: brand-2026\nplatform: google-ads\ntype: ad\nterm: "{keyword}"\nlinks:\n'
                     '  - url: https://northwind.io/\n    content: rsa-1\n'),
    "c/news.yaml": ('campaign: "*|CAMPAIGN_UID|*"\nplatform: mailchimp\nlinks:\n'
                    '  - url: https://northwind.io/offer\n    content: hero\n'),
    "c/cio.yaml": ('campaign: "{{campaign.name}}"\nplatform: customer-io\ntype: broadcast\nlinks:\n'
                   '  - url: https://northwind.io/offer\n    content: "{{ message.id }}"\n'),
}


def test_render_keeps_each_platforms_placeholder(project, run):
    root = project(CAMPAIGNS)
    assert run("lint", "--no-cache", "c", cwd=root).code == 0  # lint reads them as placeholders: clean
    done = run("render", "--format", "json", "c", cwd=root)
    urls = {record["utm_campaign"]: record["tracked_url"] for record in json.loads(done.out)}
    assert urls["brand-2026"].endswith("&utm_content=rsa-1&utm_term={keyword}")
    assert "&utm_campaign=*|CAMPAIGN_UID|*&" in urls["*|CAMPAIGN_UID|*"]
    assert urls["{{campaign.name}}"].endswith("utm_campaign={{campaign.name}}&utm_content={{ message.id }}")
    assert "%7B" not in done.out and "%2A%7C" not in done.out


def test_build_keeps_a_valuetrack_parameter(project, run):
    root = project({})
    done = run("build", "--url", "https://northwind.io/", "--source", "google", "--medium", "cpc",
               "--campaign", "brand", "--term", "{keyword}", "--format", "url", cwd=root)
    assert done.out.strip() == "https://northwind.io/?utm_source=google&utm_medium=cpc&utm_campaign=brand&utm_term={keyword}"


@pytest.mark.parametrize("value, written", [
    ("spring sale", "spring%20sale"),  # no placeholder: encoded as ever
    ("a&b {keyword}", "a%26b%20{keyword}"),  # the text around a placeholder is encoded
    ("black&friday", "black%26friday"),
    ("{x", "%7Bx"),  # an unclosed brace is no placeholder
])
def test_other_values_are_still_encoded(value, written):
    assert build_tracked_url("https://northwind.io/", {"utm_campaign": value}) == f"https://northwind.io/?utm_campaign={written}"


def test_a_source_the_platform_fills_in_has_no_channel_predicted_from_its_text(project, run):
    """newuser47 F4: Meta's `utm_source={{site_source_name}}` is `fb`, `ig`, `msg` or `an` at click time: GA4 files the
    `fb` and `ig` clicks under Paid Social, never by the slot's text, yet render (and `scan --links`) said Paid Other
    for every click. While the source or medium holds a slot, the channel is `(unknown)`, as the inventory says of a
    value it could not read whole; a slot in the campaign or content alone keeps the channel."""
    root = project({
        "c/meta.yaml": ('campaign: spring-sale\nplatform: meta-ads\ntype: ad\nlinks:\n'
                        '  - url: https://northwind.io/spring\n    source: "{{site_source_name}}"\n'
                        '    content: "{{ad.name}}"\n'
                        '  - url: https://northwind.io/spring?v=2\n    content: "{{ad.name}}"\n'),
        "docs/ads.md": "See https://northwind.io/?utm_source={{site_source_name}}&utm_medium=paid&utm_campaign=x\n",
    })
    rows = json.loads(run("render", "--format", "json", "c", cwd=root).out)
    assert [row["channel"] for row in rows] == ["(unknown)", "Paid Social"], rows
    links = json.loads(run("scan", "--no-cache", "--links", "docs", cwd=root).out)
    assert [link["channel"] for link in links] == ["(unknown)"], links
