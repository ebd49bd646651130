"""source-not-allowed never tells a platform's source to become another word of the team's list (stranger17 R1).

With `sources: [intercom, mailchimp, linkedin, newsletter]` and no `facebook`, a Facebook ad (`source: fb`,
`medium: paid-social`) got source-domain-style's "write `facebook`" and source-not-allowed's "use one of `linkedin`"
(the one list word that keeps Paid Social): following it credits Meta's clicks to LinkedIn, and two rules gave one
value two spellings. A value naming a platform (its name, a variant, a capital, its own auto-set value) is now told
the platform's name and to add it to the list; a typo of a list word is still told the word, and a value naming
nothing is named the list only for the case that one of its words sent the links (stranger19 R4)."""

from __future__ import annotations

import pytest

CONFIG = "sources: [intercom, mailchimp, linkedin, newsletter]\nmediums: [email, paid-social, social, referral]\n"


def _campaign(source: str, medium: str = "paid-social") -> str:
    return (f"campaign: spring-sale\nsource: {source}\nmedium: {medium}\nlinks:\n"
            f"  - url: https://northwind.io/spring\n    content: hero\n")


def _findings(project, run, source: str, medium: str = "paid-social"):
    root = project({".utmlint.yaml": CONFIG, "c/a.yaml": _campaign(source, medium)})
    done = run("lint", "--format", "json", "--no-cache", "c", cwd=root)
    assert "Traceback" not in done.err
    return done.findings


@pytest.mark.parametrize("source", ["facebook", "fb", "Facebook", "facebook.com"])
def test_a_platforms_source_is_never_told_another_platform(project, run, source):
    found = _findings(project, run, source)
    (told,) = [f for f in found if f["code"] == "UTM105"]
    assert "linkedin" not in told["message"] and "use one of" not in told["message"], told["message"]
    assert "add `facebook` to the list" in told["message"]
    # every rule that names a value for it names the same one (source-domain-style, value-case)
    for other in found:
        if other["code"] in ("UTM103", "UTM201"):
            assert "write `facebook`" in other["message"]


def test_the_mistake_is_still_told(project, run):
    """The source is still not on the list: the finding stays, a typo of a list word keeps its suggestion, and a
    value that names no platform nor site keeps the list's words."""
    assert [f["code"] for f in _findings(project, run, "facebook")] == ["UTM105"]
    (typo,) = _findings(project, run, "mailchimpp", "email")
    assert "did you mean `mailchimp`?" in typo["message"]
    (word,) = _findings(project, run, "docs", "email")
    # the list's words are named only for the case that one of them sent the links (stranger19 R4: a source that is
    # no spelling of a list word is another sender, and "use one of" credited its visits to one of them)
    assert "write one of `intercom`, `mailchimp`" in word["message"] and "only if that is who sent" in word["message"]


def test_a_site_ga4_knows_is_not_told_another_site(project, run):
    """`ig` (Instagram, on GA4's social list) on an ad: `linkedin` kept Paid Social, yet names another network."""
    (told,) = _findings(project, run, "ig")
    assert "linkedin" not in told["message"] and "names a site GA4 knows" in told["message"]


def test_a_medium_no_list_word_keeps_is_not_told_to_swap(project, run):
    """`audio` (GA4's Audio) beside `email`, `paid-social`, `social`, `referral`: each would file the podcast's
    visits elsewhere, and the list was offered whole as "use one of"."""
    found = [f for f in _findings(project, run, "newsletter", "audio") if f["code"] == "UTM106"]
    (told,) = found
    assert "use one of" not in told["message"] and "do not swap it" in told["message"]


def test_scan_says_the_same_of_a_templates_platform_source(project, run):
    """An e-mail template tagging Customer.io by its name and by its own auto-set value: add it, not `intercom`."""
    html = ('<a href="https://northwind.io/a?utm_source=customerio&amp;utm_medium=email&amp;utm_campaign=welcome">a</a>\n'
            '<a href="https://northwind.io/b?utm_source=customer.io&amp;utm_medium=email&amp;utm_campaign=welcome">b</a>\n')
    root = project({".utmlint.yaml": CONFIG, "emails/welcome.html": html})
    done = run("scan", "--format", "json", "--no-cache", "emails", cwd=root)
    told = [f["message"] for f in done.findings if f["code"] == "UTM105"]
    assert len(told) == 2 and all("add `customerio` to the list" in m and "intercom" not in m for m in told), told


def test_the_platforms_own_spelling_beside_its_listed_name_is_no_missing_word(project, run):
    """stranger17 R10: Customer.io writes `utm_source=customer.io` by itself on the links it tags (its URL parameters;
    rules/platforms/customer-io.yaml's auto value), its profile's name is `customerio`. With `customerio` on the list,
    a template's hand-typed `customer.io` was told "whose name `customerio` is not on it either: add `customerio`":
    false, and no way to one spelling. It is told the list's word, here and in Customer.io's own settings, since GA4
    counts the two as two sources; the list's own word is never told."""
    html = ('<a href="https://northwind.io/a?utm_source=customerio&amp;utm_medium=email&amp;utm_campaign=welcome">a</a>\n'
            '<a href="https://northwind.io/b?utm_source=customer.io&amp;utm_medium=email&amp;utm_campaign=welcome">b</a>\n')
    root = project({".utmlint.yaml": "sources: [customerio, newsletter]\n", "emails/welcome.html": html})
    done = run("scan", "--format", "json", "--no-cache", "emails", cwd=root)
    (told,) = [f for f in done.findings if f["code"] == "UTM105"]
    assert told["line"] == 2, told
    assert "not on it either" not in told["message"] and "which spells Customer.io `customerio`" in told["message"]
    assert "write `customerio` here" in told["message"] and "two sources" in told["message"]


def _medium_told(project, run, source: str, medium: str, mediums: str) -> str:
    root = project({".utmlint.yaml": f"mediums: [{mediums}]\n", "c/a.yaml": _campaign(source, medium)})
    done = run("lint", "--format", "json", "--no-cache", "c", cwd=root)
    (told,) = [f["message"] for f in done.findings if f["code"] == "UTM106"]
    return told


def test_a_social_post_is_never_told_an_email_medium(project, run):
    """newuser43 F3: the README's list (`email`, `cpc`, `paid-social`) told an organic Facebook post's `social` "use
    one of `email`": GA4 reads the source first and keeps `facebook`/`email` in Organic Social, but the medium report
    files the team's posts as e-mail. A word of the list is offered only when, alone, it names the channel the value
    names alone or the one its links reach now."""
    told = _medium_told(project, run, "facebook", "social", "email, cpc, paid-social")
    assert "use one of" not in told and "do not swap it" in told, told


def test_a_list_word_of_the_same_kind_is_still_offered(project, run):
    """The other way: `social-media` on a Facebook post beside a list holding `social` is told `social`, not `email`;
    Google's `ppc` beside `cpc` (both paid, alone Paid Other; with `google`, Paid Search) is told `cpc`."""
    told = _medium_told(project, run, "facebook", "social-media", "email, social")
    assert "`social`" in told and "`email`" not in told, told
    told = _medium_told(project, run, "google", "ppc", "email, cpc")
    assert "`cpc`" in told and "`email`" not in told, told


def test_an_ad_is_told_the_paid_medium_medium_channel_intent_names(project, run):
    """newuser43 F12: `utm_medium=sponsored` on a LinkedIn link was told "use one of `social`" by medium-not-allowed
    (keeps the ad in Organic Social) beside medium-channel-intent's "write `paid-social`" at the same place. The list's
    word is offered only if it is that paid medium; else the list is told to take it."""
    told = _medium_told(project, run, "linkedin", "sponsored", "email, social, paid-social")
    assert "use one of `paid-social`." in told and "`social`" not in told, told
    told = _medium_told(project, run, "linkedin", "sponsored", "email, social")
    assert "use one of" not in told and "add `paid-social` to it" in told, told
    told = _medium_told(project, run, "google", "sponsored", "email, social, paid-social")  # a search ad: `cpc`
    assert "use one of" not in told and "add `cpc` to it" in told, told
