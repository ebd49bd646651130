"""A marketplace's seller page (a shop's storefront on Yandex Market, a seller's page on Ozon: rules/marketplace-pages.txt)
is the marketplace's page: the seller's tags on it are read by the seller's account there, never by a GA4 property of
the seller's, so GA4's advice (a missing medium or campaign "GA4 records as (not set)", a channel) has nothing to
judge, as on a Play listing's own query (corpus 39 #57 #58: a shop's footer links to its stores). The values and
the URL as written are still judged; the same tags on the shop's own site, and the marketplace's other pages, are
judged as ever."""

from __future__ import annotations

from tests.scan.repository import repo_here
from utmlint.urls import marketplace_page
from utmlint.validate_url import validate_url

OZON = "https://www.ozon.ru/seller/acme-215259/?utm_source=ozonfooter&utm_campaign=vendor_org_147975"
YANDEX = "https://market.yandex.ru/business--acme-official-store/107013546?utm_source=yandexmarket-footer"
GA4_ADVICE = {"missing-utm-param", "medium-unassigned", "medium-channel-intent", "source-overrides-medium",
              "source-medium-swapped"}


def test_the_marketplaces_seller_pages_are_read_from_the_rules_data():
    assert marketplace_page(OZON) == "ozon.ru"
    assert marketplace_page(YANDEX) == "market.yandex.ru"
    assert marketplace_page("https://www.ozon.ru/category/knigi-16500/?utm_source=acme") == ""  # the marketplace's own
    assert marketplace_page("https://market.yandex.ru/?utm_source=acme") == ""
    assert marketplace_page("https://acme.ru/seller/x?utm_source=acme") == ""
    assert marketplace_page("ozon.ru/seller/x?utm_source=acme") == ""  # no scheme: no page


def test_no_ga4_advice_on_a_seller_page_and_its_values_still_judged():
    for url in (OZON, YANDEX, YANDEX.replace("=yandexmarket-footer", "=yandex&utm_medium=Footer")):
        names = {f.name for f in validate_url(url, repo="acme/shop", path="src/Footer.tsx").findings}
        assert not names & GA4_ADVICE, (url, names)
    capitals = YANDEX.replace("yandexmarket-footer", "YandexMarket&utm_medium=footer&utm_campaign=store")
    assert "value-case" in {f.name for f in validate_url(capitals).findings}
    assert "url-insecure" in {f.name for f in validate_url(OZON.replace("https:", "http:")).findings}


def test_the_same_tags_on_the_shops_site_or_the_marketplaces_own_pages_keep_ga4s_advice():
    own = "https://acme.ru/seller/acme-215259/?utm_source=ozonfooter&utm_campaign=vendor_org_147975"
    assert "missing-utm-param" in {f.name for f in validate_url(own).findings}
    search = "https://www.ozon.ru/search/?text=acme&utm_source=acme"
    assert "missing-utm-param" in {f.name for f in validate_url(search).findings}


def test_scan_reads_a_shops_footer_alike(tmp_path, monkeypatch, capsys):
    import json

    from utmlint.cli import main

    footer = ("export const Footer = () => (<footer>\n"
              f'  <a href="{OZON}">Ozon</a>\n'
              f'  <a href="{YANDEX}">Yandex Market</a>\n'
              '  <a href="https://acme-blog.ru/?utm_source=footer">Blog</a>\n'
              "</footer>);\n")
    repo_here(tmp_path, monkeypatch, {"src/Footer.tsx": footer})
    main(["scan", "--no-cache", "--format", "json", "."])
    found = {(f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)}
    assert not {name for line, name in found if line in (2, 3)} & GA4_ADVICE, found
    assert (4, "missing-utm-param") in found  # a link to another site: the campaign is missing


# A provider's profile on a care marketplace (corpus 36 #40-#43: a therapist's site opens her Headway profile with
# Headway's own direct-link set and with her own sets): the marketplace's page, as a seller's on Ozon is
HEADWAY = "https://care.headway.co/providers/jane-doe?utm_source=site&utm_medium=footer_cta&utm_campaign=142417"


def test_a_providers_profile_on_a_care_marketplace_gets_no_ga4_advice():
    assert marketplace_page(HEADWAY) == "care.headway.co"
    assert marketplace_page("https://www.psychologytoday.com/us/therapists/jane-doe-denver-co/123456?utm_source=site") \
        == "psychologytoday.com"
    assert marketplace_page("https://www.zocdoc.com/doctor/jane-doe-md-12345?utm_source=site") == "zocdoc.com"
    for url in (HEADWAY, HEADWAY.replace("site&utm_medium=footer_cta", "pem&utm_medium=direct_link"),
                "https://care.headway.co/providers/jane-doe?utm_source=site"):
        names = {f.name for f in validate_url(url, repo="jdoe/therapy-site", path="src/components/Hero.tsx").findings}
        assert not names & GA4_ADVICE, (url, names)
    assert "value-case" in {f.name for f in validate_url(HEADWAY.replace("=site", "=MySite")).findings}


def test_the_care_marketplaces_own_pages_and_the_providers_own_site_keep_ga4s_advice():
    for url in ("https://care.headway.co/?utm_source=site&utm_medium=footer_cta",  # the marketplace's home
                "https://headway.co/providers/jane-doe?utm_source=site&utm_medium=footer_cta",  # another host
                "https://janedoe-therapy.com/providers/jane-doe?utm_source=site&utm_medium=footer_cta"):
        assert "medium-unassigned" in {f.name for f in validate_url(url).findings}, url
