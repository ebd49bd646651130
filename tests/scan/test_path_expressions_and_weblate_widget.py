"""Two readings from corpus 19 (blind, session 33; c19fix), each with the team's own mistake that keeps its finding.

- A template expression naming a path (`${PAGE_PATHS.requestDemo}?utm_...`: Roadie #86 #88) is the site's own page:
  utm-internal-link, not missing-utm-param; an expression naming a URL (`${SITE_URL}`) keeps the value rules.
- Weblate's widget on a self-hosted Weblate (`translate.jellyfin.org/engage/jellyfin/?utm_source=widget`: #49 #125)
  is Weblate's snippet, as on hosted.weblate.org; the team's own tags on its Weblate page are judged."""

from __future__ import annotations

from utmlint.validate_url import validate_url

ROADIE = dict(repo="RoadieHQ/marketing-site", path="src/components/ExitIntentModal/index.js")
JELLYFIN = dict(repo="jellyfin/jellyfin.org", path="docs/index.md")


def _names(url, context):
    return sorted(f.name for f in validate_url(url, **context).findings)


def test_a_path_expression_is_an_internal_link():
    for url in ("${PAGE_PATHS.requestDemo}?utm_source=roadie-marketplace&utm_campaign=exit-intent-modal",
                "{{ routes.pricing }}?utm_source=footer"):
        assert _names(url, ROADIE) == ["utm-internal-link"]


def test_a_url_expression_keeps_its_values_judged():
    assert _names("${SITE_URL}?utm_source=roadie&utm_medium=emial&utm_campaign=x", ROADIE) == ["medium-unassigned"]
    assert _names("${photo.user.links.html}?utm_source=dub.co&utm_medium=referral", ROADIE) == []  # Unsplash's


def test_the_pages_own_origin_is_an_internal_link():
    """A browser script's `${window.location.origin}` is the page's own site, as a path expression is (fix31: corpus
    31 #30 #35, 3DStreet's generator linking its editor); a variable's origin (`${API_BASE}`) is not."""
    splat = dict(repo="3DStreet/3dstreet", path="src/generator/splat.js")
    url = "${window.location.origin}/?utm_source=generator&utm_medium=splat_result&utm_campaign=open_in_editor#asset:1"
    assert _names(url, splat) == ["utm-internal-link"]
    assert _names("${API_BASE}/?utm_source=generator&utm_medium=splat_result&utm_campaign=x", splat) == \
        ["medium-unassigned"]


def test_weblates_widget_on_a_self_hosted_weblate_is_weblates():
    assert _names("https://translate.jellyfin.org/engage/jellyfin/?utm_source=widget", JELLYFIN) == []
    assert _names("https://l10n.elementaryos.org/engage/website/de/?utm_source=widget", JELLYFIN) == []
    # a component's widget links the component's page (corpus 20 #124, jellyfin-web's README; fix19, session 34)
    web = dict(repo="jellyfin/jellyfin-web", path="README.md")
    assert _names("https://translate.jellyfin.org/projects/jellyfin/jellyfin-web/?utm_source=widget", web) == []


def test_the_teams_own_tags_on_its_weblate_are_judged():
    url = "https://translate.jellyfin.org/engage/jellyfin/?utm_source=widget&utm_medium=emial"
    assert "medium-unassigned" in _names(url, JELLYFIN)
    url = "https://translate.jellyfin.org/projects/jellyfin/?utm_source=widget"
    assert _names(url, JELLYFIN) == ["missing-utm-param"]
    url = "https://translate.jellyfin.org/projects/jellyfin/jellyfin-web/?utm_source=widget&utm_medium=emial"
    assert "medium-unassigned" in _names(url, JELLYFIN)  # the team's own tag on the component's page
