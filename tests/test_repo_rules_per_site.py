"""Lint's repo-wide rules compare the campaign files whose links land on one site (newuser45 F11).

An agency's repo with the one `.utmlint.yaml` `utmlint init` writes: Harbor Dental's files link harbordental.com, Kettle
Coffee's kettlecoffee.com, two sites with two GA4 properties. Harbor's `paid_social` was told "also spelled `paid-social`
in clients/kettle/...: GA4 keeps each spelling as its own medium row, so this traffic is split", and Harbor's
`spring-sale-2026` collided with Kettle's ("GA4 adds both files' visits into one campaign row"), failing Harbor's correct
file. As scan compares a link's values with the links to the same site (scan.repo._by_site), so does lint; one site's
files (its subdomains and other top-level domains: `app.acme.com`, `acme.io`) are compared as before.
"""

from __future__ import annotations


def _ad(slug, medium, url, source="facebook", content="ad-1"):
    return (f"campaign: {slug}\nsource: {source}\nmedium: {medium}\nlinks:\n  - url: {url}\n    content: {content}\n")


def _codes(run, root):
    done = run("lint", "--no-cache", "--format", "json", cwd=root)
    assert done.code in (0, 1), done
    return sorted((f["path"], f["code"]) for f in done.findings)


def test_two_clients_sites_are_never_compared(project, run):
    root = project({
        ".utmlint.yaml": 'include: ["clients/**/*.yaml"]\n',
        "clients/harbor/meta.yaml": _ad("new-patients", "paid_social", "https://harbordental.com/new-patients"),
        "clients/harbor/spring.yaml": _ad("spring-sale-2026", "email", "https://harbordental.com/whitening",
                                          source="mailchimp"),
        "clients/kettle/meta.yaml": _ad("spring-sale-2026", "paid-social", "https://kettlecoffee.com/spring"),
        "clients/kettle/search.yaml": _ad("brand", "paid-social", "https://kettlecoffee.com/"),
    })
    codes = _codes(run, root)
    assert not [c for c in codes if c[1] in ("UTM601", "UTM602", "UTM603", "UTM604")], codes


def test_one_sites_split_and_collision_are_still_told(project, run):
    root = project({
        ".utmlint.yaml": 'include: ["clients/**/*.yaml"]\n',
        "clients/harbor/meta.yaml": _ad("new-patients", "paid_social", "https://harbordental.com/new-patients"),
        "clients/kettle/meta.yaml": _ad("spring-sale-2026", "paid-social", "https://kettlecoffee.com/spring"),
        "clients/kettle/retargeting.yaml": _ad("summer", "paid_social", "https://www.kettlecoffee.com/summer"),
        "clients/kettle/other.yaml": _ad("spring-sale-2026", "email", "https://shop.kettlecoffee.com/beans",
                                         source="klaviyo"),
        "clients/kettle/search.yaml": _ad("brand", "paid-social", "https://kettlecoffee.com/"),
    })
    codes = _codes(run, root)
    assert ("clients/kettle/retargeting.yaml", "UTM602") in codes, codes  # Kettle's own two spellings
    assert ("clients/kettle/other.yaml", "UTM603") in codes or ("clients/kettle/meta.yaml", "UTM603") in codes, codes
    assert not [c for c in codes if c[0].startswith("clients/harbor/") and c[1].startswith("UTM6")], codes


def test_one_companys_domains_are_one_site(project, run):
    root = project({
        ".utmlint.yaml": 'include: ["campaigns/*.yaml"]\n',
        "campaigns/app.yaml": _ad("launch", "paid_social", "https://app.acme.io/signup"),
        "campaigns/site.yaml": _ad("webinar", "paid-social", "https://acme.com/webinar"),
        "campaigns/blog.yaml": _ad("digest", "paid-social", "https://blog.acme.com/"),
    })
    assert ("campaigns/app.yaml", "UTM602") in _codes(run, root)


def test_scan_compares_a_link_with_the_campaign_files_of_its_site(project, run):
    root = project({
        ".utmlint.yaml": 'include: ["clients/*/campaigns/*.yaml"]\n',
        "clients/kettle/campaigns/meta.yaml": _ad("spring-sale-2026", "paid-social", "https://kettlecoffee.com/spring"),
        "clients/kettle/campaigns/search.yaml": _ad("brand", "paid-social", "https://kettlecoffee.com/"),
        "clients/harbor/templates/ads.txt": "Ad: https://harbordental.com/x?utm_source=facebook&utm_medium=paid_social"
                                            "&utm_campaign=new-patients\n",
        "clients/kettle/emails/ads.html": '<a href="https://kettlecoffee.com/x?utm_source=facebook&utm_medium=paid_social'
                                          '&utm_campaign=spring-sale-2026">x</a>\n',
    })
    done = run("scan", "--no-cache", "--format", "json", cwd=root)
    codes = sorted((f["path"], f["code"]) for f in done.findings)
    assert ("clients/kettle/emails/ads.html", "UTM602") in codes, codes  # Kettle's link beside Kettle's files
    assert not [c for c in codes if c[0].startswith("clients/harbor/")], codes  # Harbor's site: no Kettle row split
