"""Three shapes of someone else's tracking that copied-tracking missed on corpora 10, 13 and 15 (session 34).

- An archived copy of another site's page (`web.archive.org/web/<time>/http://evento.esri.es/...?utm_source=
  home-esri-es`, corpus 13 #156): the tags are part of the address the archive saved, that site's or whoever linked
  it; a visit through the copy reaches the archive, not that site's analytics. The archive finds its copy by the
  whole address, so no removal there is made without consent (rweekly's archived RSS links had a safe fix that could
  lose the copy). Not the team's own page archived, not a redirector that sends the visitor on.
- A product's own digest e-mail (`utm_source=digest_mailer&utm_medium=email`, DEV's, on a dev.to post in a list of
  resources, corpus 15 #97): on a page, the e-mail's tags were copied from it. Still not in an e-mail template, whose
  own digest it is (review13 R7), nor on the team's own site, and a typo in the team's own medium is still told.
- One e-mail recipient's token written out (`emailToken=22620352_53fbb68a...`, corpus 10 #303): copied out of the
  e-mail sent to that person. Not a template's placeholder, not a partner's name (`member_id=haskell`).
"""

from __future__ import annotations

from utmlint.validate_url import validate_url


def check(url, repo, path):
    return validate_url(url, repo=repo, path=path)


def copied(result):
    return [f for f in result.findings if f.name == "copied-tracking"]


ARCHIVED = "https://web.archive.org/web/20150419165740/http://evento.esri.es/es/ce14/?utm_source=home-esri-es"


def test_an_archived_copy_of_another_sites_page_carries_that_sites_tags():
    found = copied(check(ARCHIVED, "hhkaos/hhkaos.github.io", "blog/2014-11-02/index.md"))
    assert len(found) == 1
    finding = found[0]
    assert finding.severity == "info" and not finding.safe  # removing them may lose the archive's copy
    assert "archived copy" in finding.message and "esri.es" in finding.message
    assert finding.fixed == "https://web.archive.org/web/20150419165740/http://evento.esri.es/es/ce14/"


def test_where_the_repository_is_unknown_an_archived_copy_gets_no_advice():
    # one URL alone (build --validate, MCP), a scan outside git: the page may be the team's own, and a copy's tags do
    # nothing (tests/scan/test_asset_urls.py)
    assert validate_url(ARCHIVED).findings == []


def test_a_marker_on_an_archived_copy_is_fixed_only_with_consent():
    url = ("https://web.archive.org/web/http://blog.carlislerainey.com/2011/09/26/using-inkscape/"
           "?utm_source=rss&utm_medium=rss&utm_campaign=using-inkscape")
    found = copied(check(url, "rweekly/rweekly.org", "json/210.r"))
    assert len(found) == 1 and not found[0].safe and "archive finds" in found[0].message


def test_the_teams_own_page_archived_or_live_keeps_its_reading():
    # its own page, archived with its own tags: nothing copied from anyone (the archive's host is not "another site")
    own = "https://web.archive.org/web/2015/https://hhkaos.github.io/talk/?utm_source=twitter&utm_medium=social"
    assert not copied(check(own, "hhkaos/hhkaos.github.io", "blog/x.md"))
    # the same tags on the live page: the team's own mistake (an internal link's tags) is still told
    live = check("https://hhkaos.github.io/talk/?utm_source=twitter&utm_medium=socail", "hhkaos/hhkaos.github.io",
                 "blog/x.md")
    assert {f.name for f in live.findings} == {"utm-internal-link"}


def test_a_redirect_holding_an_address_is_no_archive():
    # a team's own redirector sends the visitor on with its outgoing tags: they reach the partner's analytics
    url = "https://go.acme.dev/r/https://partner.io/deal?utm_source=acme&utm_medium=referral&utm_campaign=q4"
    assert not copied(check(url, "acme/website", "content/partners.md"))


DIGEST = ("https://dev.to/aspittel/the-most-important-non-programming-skills-for-programmers-iii"
          "?utm_source=digest_mailer&utm_medium=email&utm_campaign=digest_email")


def test_a_products_digest_email_tags_on_a_page_are_copied():
    found = copied(check(DIGEST, "suncoast-devs/handbook", "meta/legacy/resources/online-resources.md"))
    assert len(found) == 1
    assert found[0].severity == "info" and not found[0].safe  # hedged: the digest may be the team's own
    assert "sent in a newsletter" in found[0].message


def test_the_teams_own_digest_keeps_its_tags_and_its_typo_is_told():
    # the e-mail template of the team's own digest (review13 R7): its own tags, its typo told
    template = "app/views/digest_mailer/weekly.html.erb"
    good = "https://taskly.io/dashboard?utm_source=weekly_digest&utm_medium=email&utm_campaign=digest"
    assert not check(good, "jdoe/rails-app", template).findings
    typo = check(good.replace("=email", "=emial"), "jdoe/rails-app", template)
    assert {f.name for f in typo.findings} == {"medium-unassigned"}
    # on a page of the repository whose site it is: its own
    assert not copied(check(good, "jdoe/taskly", "docs/digest.md"))
    # and a typo'd medium names no e-mail: the team's mistake is told, not read as a copy
    page = check(good.replace("=email", "=emial"), "jdoe/rails-app", "docs/digest.md")
    assert {f.name for f in page.findings} == {"medium-unassigned"}
    # where the site is not known as the team's, the hedged note names the mistake it holds back (stranger11 R4), as a
    # warning (stranger15 R14: an info here let the team's own `Digest` pass the gate, exit 0)
    capital = check(good.replace("=digest", "=Digest"), "jdoe/rails-app", "docs/digest.md").findings
    assert [(f.name, f.severity) for f in capital] == [("copied-tracking", "warning")]
    assert "if taskly.io is your own site" in capital[0].message
    assert capital[0].message.endswith("they have mistakes too: value-case (UTM201)")


TOKEN = ("https://www.1stdibs.com/info/womens-history-month/?utm_term=hero&utm_source=nl-shoppable_content"
         "&utm_content=nonbuyer&utm_medium=email&utm_campaign=2021_03_01"
         "&emailToken=22620352_53fbb68a7acd62904f176bc227690fcdb1da8e555a931b2e0d46da6d275fc7dd")


def test_one_recipients_token_is_copied_from_their_email():
    found = copied(check(TOKEN, "1aurabrown/forsyth-2019", "config/settings_data.json"))
    assert len(found) == 1 and found[0].safe
    assert "`emailToken`" in found[0].message and "emailToken" not in found[0].fixed


def test_a_templates_token_and_a_partners_name_are_left_alone():
    template = "https://acme.com/x?utm_source=newsletter&utm_medium=email&utm_campaign=may&emailToken={{ sub.token }}"
    assert not check(template, "acme/site", "emails/may.html").findings
    typo = check(template.replace("=email", "=emial"), "acme/site", "emails/may.html")
    assert {f.name for f in typo.findings} == {"medium-unassigned"}
    partner = "https://developereconomics.net/?member_id=haskell&utm_source=haskellweekly&utm_medium=email"
    assert not copied(check(partner, "haskellweekly/haskellweekly", "data/newsletter/2024/issue-423.markdown"))
    # an affiliate's own sub-tracking and an app's user id name no e-mail recipient: the team's link, its typo told
    for key in ("sub_id", "user_id", "customer_id"):
        own = f"https://acme.com/x?utm_source=partner&utm_medium=affilate&{key}=a1b2c3d4e5f6a7b8c9"
        found = {f.name for f in check(own, "acme/site", "docs/partners.md").findings}
        assert "copied-tracking" not in found and "medium-unassigned" in found, key


PROMO = "https://dealcrane.com/?utm_source=discord&utm_medium=social&utm_campaign=beta_promo&utm_content=svelte"


def test_a_post_in_the_repositorys_community_copied_into_a_page_is_said_hedged():
    # corpus 10 #117: a promotion posted in Svelte's Discord (`utm_content=svelte` says where), copied into its blog
    found = copied(check(PROMO, "sveltejs/svelte.dev", "apps/svelte.dev/content/blog/2024-12-01-whats-new.md"))
    assert [(f.severity, f.safe) for f in found] == [("info", False)]  # a partner may have tagged it so
    assert "posted on a social network (discord)" in found[0].message


def test_the_teams_own_post_and_plan_keep_their_tags():
    # the team's own post on the network (a social post's file) and its plan of posts (a campaign folder) are the
    # placement itself: their tags stay, and a typo in them is told
    for path in ("social/discord/2024-12-launch.md", "marketing/launch-plan.md"):
        assert not copied(check(PROMO, "sveltejs/svelte.dev", path)), path
        typo = check(PROMO.replace("=social", "=socail"), "sveltejs/svelte.dev", path)
        assert "copied-tracking" not in {f.name for f in typo.findings}, path
        assert "medium-unassigned" in {f.name for f in typo.findings}, path
    # a medium that is no social one (a sponsor's own placement naming the repository): the sponsor's choice
    sponsor = "https://acme-hosting.com/?utm_source=discord&utm_medium=sponsorship&utm_campaign=svelte"
    assert not copied(check(sponsor, "sveltejs/svelte.dev", "README.md"))
    # a campaign naming the repository: a sponsor's placement of its own, whatever its source says
    # (tests/scan/test_copied_channels.py's htmx sponsor block)
    sponsor = "https://acme-hosting.com/?utm_source=discord&utm_medium=social&utm_campaign=svelte-sponsor"
    assert not copied(check(sponsor, "sveltejs/svelte.dev", "apps/svelte.dev/content/blog/2024-12-01-x.md"))
