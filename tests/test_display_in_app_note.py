"""corpus45 #28: NEXUS Alert's Chrome extension opens its pricing page from its own upgrade banner with
`utm_source=extension&utm_medium=banner`. `banner` is one of GA4's Display mediums, so the extension's own prompt is
counted as display advertising, beside paid ads, and nothing said so. The link may be a placement bought in someone's
app (then Display is right), so it is a hedged note (`info`, never failing a run), as a README's banner from the code
host and a plugin's banner in its admin screens are: it names `utm_medium=app`, which GA4 counts as Referral, the
medium medium-unassigned names for a link in the team's own app. A banner from any other source, and a campaign file
that names its platform or channel, get nothing."""

from __future__ import annotations

import pytest

from utmlint.intent import display_in_app_note
from utmlint.validate_url import validate_url

NEXUS = "https://nexusalert.app/pricing?utm_source=extension&utm_medium=banner&utm_campaign=3day_persistent"


@pytest.mark.parametrize("url", [
    NEXUS,
    "https://acme.io/pricing?utm_source=android&utm_medium=display&utm_campaign=upgrade",
    "https://acme.io/pricing?utm_source=acme-desktop&utm_medium=Banner&utm_campaign=upgrade",
])
def test_an_apps_own_banner_is_a_hedged_note(url):
    found = [f for f in validate_url(url).findings if f.name == "medium-channel-intent"]
    assert [(f.name, f.severity) for f in found] == [("medium-channel-intent", "info")], found
    assert "under Display, an ad channel" in found[0].message
    assert "nothing needs to change" in found[0].message and "write `utm_medium=app`" in found[0].message


@pytest.mark.parametrize("source, medium", [
    ("newsletter", "banner"),  # a banner in someone's newsletter: a bought slot, Display is right
    ("extension", "cpm"),  # says it is paid
    ("extension", "referral"),  # Referral already
    ("whatsapp", "banner"),  # a word holding `app` is no app
])
def test_nothing_else_is_told(source, medium):
    assert display_in_app_note(source, medium, "spring") is None


def test_a_campaign_file_naming_its_channel_decides_for_itself(project, run):
    folder = project({".utmlint.yaml": "include: ['*.yaml']\n", "a.yaml": """\
        campaign: upgrade
        source: extension
        medium: banner
        channel: ads
        links:
          - url: https://acme.io/pricing
            content: top
        """})
    found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
    assert not [f for f in found if f["name"] in ("medium-channel-intent", "schema-violation")], found
