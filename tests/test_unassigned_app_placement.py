"""medium-unassigned's advice by placement names the team's own app (corpus46): a link in a mobile or desktop app, or a
browser extension, to the team's site (a menu's help link, a settings screen's, an upgrade prompt) is a placement of its
own, and GA4's Referral channel takes the medium `app` (Google's channel table: `referral`, `app` or `link`). Password
Boss' Android app (corpus 46 #59, `utm_source=Android&utm_medium=Menu`) was offered a page's, an e-mail's, a post's and a
text message's mediums, none where its link is. When the source says the link is in an app (`android`, `ios`,
`desktop`, `gitlens-extension`), `app` comes first; otherwise last, after the placements of most links."""

from __future__ import annotations

from utmlint.channels import predict_channel
from utmlint.validate_url import validate_url

IN_APP = "`app` in your own app (a menu, a settings screen, an upgrade prompt linking to your site)"


def _unassigned(url):
    (finding,) = [f for f in validate_url(url).findings if f.name == "medium-unassigned"]
    return finding.message


def test_a_source_naming_an_app_gets_the_apps_medium_first():
    for source in ("Android", "ios", "desktop", "gitlens-extension", "android_app", "mobile-app"):
        message = _unassigned(f"https://www.passwordboss.com/support/?utm_source={source}&utm_medium=Menu"
                              "&utm_campaign=inappsupport")
        assert message.endswith("where the link is placed: " + IN_APP + ", `referral` on a page (a README, docs, a "
                                "website), `email` in an e-mail, `social` in a social-media post, `sms` in a text "
                                "message"), (source, message)
        assert predict_channel(source, "app", "inappsupport").channel == "Referral", source


def test_any_other_source_gets_it_last():
    for source in ("partner", "happy", "webinar", "appsumo"):
        message = _unassigned(f"https://acme.io/?utm_source={source}&utm_medium=footer&utm_campaign=spring")
        assert message.endswith(", `sms` in a text message, " + IN_APP), (source, message)


def test_a_link_told_its_medium_is_not_given_the_list():
    # a near value is told as it was (`emial` -> `email`), with no list of placements
    message = _unassigned("https://acme.io/?utm_source=android&utm_medium=emial&utm_campaign=spring")
    assert "`app`" not in message and "write `utm_medium=email`" in message, message


def test_beside_a_teams_list(project, run):
    """With a `mediums:` list, the app is named with the list's word: its `app`, else its Referral word beside the
    page's (`referral` on a page or in your own app); a list with neither says `app` is missing from it."""
    def message(mediums, source="android"):
        folder = project({".utmlint.yaml": f"include: ['*.yaml']\nmediums: [{mediums}]\n", "a.yaml": f"""\
            campaign: help-menu
            source: {source}
            medium: menu
            links:
              - url: https://example.com/help
                content: settings
            """})
        found = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder).findings
        return [f["message"] for f in found if f["code"] == "UTM102"][0]

    assert "placed: `app` in your own app (a menu, a settings screen, an upgrade prompt linking to your site), " \
           "`referral` on a page" in message("email, referral, app")
    assert "placed: `referral` on a page (a README, docs, a website) or in your own app (a menu" in \
           message("email, referral")
    told = message("email, social, sms, push")
    assert told.endswith("(`referral` and `app` are not on the team's `mediums` list: add them if your links are "
                         "placed there)") and "placed: `app` in your own app" in told, told
    assert ", `sms` in a text message, `app` in your own app" in message("email, social, sms, push", "partner")
