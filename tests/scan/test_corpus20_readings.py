"""Readings added after corpus 20's blind measurement (tests/data/real-urls-20, session 34, fix20), each with the case
where a team's own link with a real mistake keeps its finding (review13's and review14's lesson: a reading that
silences a link must not silence the team's own). `utmlint scan` as a user runs it, in a git repository whose remote
names the repository."""

from __future__ import annotations

import json

from tests.scan.repository import scan_repository
from utmlint.cli import main


scan = scan_repository


def names(found, line=None):
    return sorted(f["name"] for f in found if line is None or f["line"] == line)


# Tidelift's link behind GitHub's sponsor button (corpus 20 #49, webdriverio's GOVERNANCE.md)
TIDELIFT = "https://tidelift.com/subscription/pkg/npm-webdriverio?utm_source=npm-webdriverio&utm_medium=github_sponsor_button"


def test_tidelifts_sponsor_button_link_is_tidelifts(tmp_path, monkeypatch, capsys):
    found = scan(tmp_path, monkeypatch, capsys, "webdriverio/webdriverio",
                 {"GOVERNANCE.md": f"- [Tidelift]({TIDELIFT})\n"})
    assert found == []


def test_a_teams_own_respelling_of_tidelifts_tags_is_judged(tmp_path, monkeypatch, capsys):
    """mongoose's site rewrote Tidelift's tags as its own (`utm_medium=website`, no campaign: corpus 7 #269, labelled
    correct): not the sponsor button's form, so still told; and Tidelift itself (`own-hosts`) hears about its own."""
    own = "https://tidelift.com/subscription/pkg/npm-mongoose?utm_source=npm-mongoose&utm_medium=website"
    found = scan(tmp_path, monkeypatch, capsys, "Automattic/mongoose", {"index.md": f"[Tidelift]({own})\n"})
    assert names(found) == ["medium-unassigned", "missing-utm-param"]
    found = scan(tmp_path, monkeypatch, capsys, "tidelift/site", {"docs/sponsor.md": f"[Subscribe]({TIDELIFT})\n"},
                 config="own-hosts: [tidelift.com]\n")
    assert "medium-unassigned" in names(found)


# PVS-Studio's acknowledgement, required by its free licence for open-source projects (corpus 20 #65, OBS's README)
PVS = "https://pvs-studio.com/pvs-studio/?utm_source=website&utm_medium=github&utm_campaign=open_source"


def test_pvs_studios_required_link_is_pvs_studios(tmp_path, monkeypatch, capsys):
    found = scan(tmp_path, monkeypatch, capsys, "obsproject/obs-studio",
                 {"README.rst": f"SAST Tools\n----------\n\n`PVS-Studio <{PVS}>`_ - static analyzer\n"})
    assert found == []


def test_the_same_pair_on_a_teams_own_link_is_judged(tmp_path, monkeypatch, capsys):
    """`utm_source=website&utm_medium=github` is many teams' own outgoing pair: on another site's link, or with a
    campaign of the team's own on pvs-studio.com, it is the team's, and lands in Unassigned."""
    found = scan(tmp_path, monkeypatch, capsys, "acme/tool", {"README.md": (
        "[Acme](https://acme.dev/?utm_source=website&utm_medium=github&utm_campaign=open_source)\n"
        "[PVS](https://pvs-studio.com/en/blog/?utm_source=website&utm_medium=github&utm_campaign=acme-launch)\n")})
    assert names(found, 1) == ["medium-unassigned"] and names(found, 2) == ["medium-unassigned"]


# A feed's tags copied with the link (corpus 20 #5: the Django Newsletter's feed, in a Semgrep rule's references)
FEED_COPY = ("https://adamj.eu/tech/2020/02/18/safely-including-data-for-javascript-in-a-django-template/"
             "?utm_campaign=Django%2BNewsletter&utm_medium=rss&utm_source=Django_Newsletter_12A")


def test_a_feeds_tags_on_another_sites_link_are_copied(tmp_path, monkeypatch, capsys):
    """`utm_medium=rss` on a link to a site that is not the repository's: a feed reader's copy, one copied-tracking
    finding, not a respelling of the newsletter's values nor their channel."""
    found = scan(tmp_path, monkeypatch, capsys, "semgrep/semgrep", {"rules/audit.yml": (
        "rules:\n  - id: x\n    metadata:\n      references:\n        - " + FEED_COPY + "\n")})
    assert names(found) == ["copied-tracking"] and found[0]["severity"] == "error"


def test_a_teams_own_feed_keeps_its_findings(tmp_path, monkeypatch, capsys):
    """The team's own feed (a feed file, its links to the team's site) and the site's own `utm_medium=rss` links in its
    own repository are the team's tags: their mistakes are told, and nothing calls them copied."""
    item = "https://acme.dev/posts/launch/?utm_source=acme-blog&utm_medium=rss&utm_campaign=Feed"
    found = scan(tmp_path, monkeypatch, capsys, "acme/blog", {"feed.xml": (
        f'<rss><channel><item><link>{item}</link></item></channel></rss>\n')})
    assert "copied-tracking" not in names(found) and "value-case" in names(found)
    # a feed file in a repository not named for its site: the feed's own links still (stranger11 R1's reading)
    item = "https://jane.codes/posts/launch/?utm_source=blog&utm_medium=rss&utm_campaign=Feed"
    found = scan(tmp_path, monkeypatch, capsys, "someone/blog-src", {"rss.xml": (
        f'<rss><channel><item><link>{item}</link></item></channel></rss>\n')})
    assert "copied-tracking" not in names(found) and "value-case" in names(found)
    own = "https://www.hebcal.com/converter?hd=1&utm_source=rss-hdate-en&utm_medium=rss"  # no campaign (corpus 5)
    found = scan(tmp_path, monkeypatch, capsys, "hebcal/hebcal-web", {"views/converter.html": f'<a href="{own}">x</a>\n'})
    assert "copied-tracking" not in names(found) and "missing-utm-param" in names(found)


def test_a_feed_link_to_a_site_in_own_hosts_is_the_teams(tmp_path, monkeypatch, capsys):
    """A feed's marker (`utm_medium=rss` or `feed`, a `by=site` line) on a link to a site the config's `own-hosts`
    names is the team's own feed tagging, as the config says (before fix20 the marker spoke there too): its mistakes
    are told, no copy is."""
    item = "https://jane.codes/posts/launch/?utm_source=blog&utm_medium={}&utm_campaign=Feed"
    found = scan(tmp_path, monkeypatch, capsys, "someone/notes", {"README.md": (
        f"[rss]({item.format('rss')})\n[feed]({item.format('feed')})\n")}, config="own-hosts: [jane.codes]\n")
    assert names(found, 1) == names(found, 2) == ["medium-unassigned", "value-case"]


# A referral programme's share link (corpus 20 #120: Sticker Mule's invite link in Pi-hole's README)
INVITE = "https://www.stickermule.com/unlock?ref_id=6055890701&utm_medium=link&utm_source=invite"


def test_a_referral_programmes_share_link_is_the_programmes(tmp_path, monkeypatch, capsys):
    """The programme writes the referrer's id and its own tags into the link; the referrer pastes it whole: no advice
    on its values (as DigitalOcean's referral badge and Railway's `referralCode` button get none), whatever the host."""
    found = scan(tmp_path, monkeypatch, capsys, "pi-hole/web", {"README.md": (
        f"[Stickers]({INVITE})\n"
        "[Hosting](https://www.example-host.net/?refcode=a0780f1bdb3d&utm_source=badge&utm_medium=Referral)\n"
        "[Deploy](https://deploy.acmecloud.app/t/x?referralCode=YOPtw9&utm_medium=integration&utm_source=template)\n")})
    assert found == []
    from utmlint.validate_url import validate_url

    assert "is a referral programme's id for its referrer" in validate_url(INVITE, repo="pi-hole/web").not_judged


def test_a_teams_own_referral_link_and_own_words_are_judged(tmp_path, monkeypatch, capsys):
    """The team's own referral programme (a link to its own site), its own tags beside a partner's code (a utm_source
    naming the repository), a sponsor's `ref=<the team's name>` (tRPC's, corpus 5) and a host in own-hosts keep their
    findings (here a misspelled medium and no campaign)."""
    files = {"emails/invite.html": '<a href="https://acme.dev/signup?ref=A8xk29Q&utm_source=invite&utm_medium=referal">'
                                   'Join</a>\n',
             "README.md": "[Vendor](https://vendor.io/?ref=A8xk29Q&utm_source=acme&utm_medium=referal)\n"
                          "[Sponsor](https://sponsor.io/?ref=acme&utm_source=github&utm_medium=referal)\n"
                          "[Shop](https://shop.acme-gear.com/?ref_id=6055890701&utm_source=invite&utm_medium=referal)\n"}
    found = scan(tmp_path, monkeypatch, capsys, "acme/acme", files, config="own-hosts: [acme.dev, acme-gear.com]\n")
    # (with own-hosts, a link to another site is that site's to tag: sponsor.io's line is left alone, as ever)
    for path, line in (("emails/invite.html", 1), ("README.md", 1), ("README.md", 3)):
        told = sorted(f["name"] for f in found if f["path"] == path and f["line"] == line)
        assert "medium-unassigned" in told and "missing-utm-param" in told, (path, line, told)
    # without a config, the repository tells the team's own site and name (utmlint.identity)
    found = scan(tmp_path / "2", monkeypatch, capsys, "acme/web", {"emails/invite.html": files["emails/invite.html"],
                                                                   "README.md": files["README.md"]})
    assert {(f["path"], f["line"]) for f in found if f["name"] == "medium-unassigned"} >= {
        ("emails/invite.html", 1), ("README.md", 1)}
    # the line whose text says `Sponsor` is the sponsor's placement (scan.placement, the session 40 ruling): its values
    # are the sponsor's, not judged
    assert not any(f["path"] == "README.md" and f["line"] == 2 for f in found)


# A test's own server or app (corpus 20 #22 #23: Amplitude's attribution SDK serves `test-server/attribution/*.html`)
TEST_PAGE = ('<a href="/attribution/event-property-tracking.html?utm_source=google&utm_campaign=spring-launch">x</a>\n'
             '<a href="https://acme.dev/pricing?utm_source=newsletter&utm_medium=emial&utm_campaign=launch">y</a>\n')


def test_a_tests_server_app_or_pages_are_its_data(tmp_path, monkeypatch, capsys):
    """`test-server/`, `test-app/`, `e2e_server/`: what a test serves or loads, sample utm values on purpose; not
    scanned, as `tests/fixtures/` is not; a fixture folder below `integration-tests/` is a test's data too."""
    found = scan(tmp_path, monkeypatch, capsys, "amplitude/Amplitude-TypeScript", {
        "test-server/attribution/event-property-tracking.html": TEST_PAGE, "packages/sdk/test-app/index.html": TEST_PAGE,
        "e2e_server/a.html": TEST_PAGE, "integration-tests/fixtures/links.html": TEST_PAGE})
    assert found == []
    main(["scan", "--no-cache", "--show-files", "."])
    out = capsys.readouterr().out
    assert "skipped  test-server/: a test's data" in out and "skipped  integration-tests/fixtures/" in out


def test_a_teams_own_pages_in_a_folder_named_for_a_test_are_scanned(tmp_path, monkeypatch, capsys):
    """A marketing A/B test's landing pages (`ab-test/`, `test-pages/`), a staging site (`test-site/`), a test drive's page, a test folder's own files (as `tests/`'s
    are) and a harness file named on the command line keep their findings (the misspelled `emial` here)."""
    pages = ("ab-test/variant-b.html", "test-drive/index.html", "integration-tests/links.html",
             "test-pages/variant-b.html", "site/test-site/index.html")  # (the last two: stranger15 R9)
    found = scan(tmp_path, monkeypatch, capsys, "acme/site", dict.fromkeys(pages, TEST_PAGE))
    told = {(f["path"], f["name"]) for f in found}
    for path in pages:
        assert (path, "medium-unassigned") in told, path
    (tmp_path / "site" / "test-server").mkdir()
    (tmp_path / "site" / "test-server" / "a.html").write_text(TEST_PAGE, encoding="utf-8")
    main(["scan", "--no-cache", "--format", "json", "test-server/a.html"])
    assert "medium-unassigned" in {f["name"] for f in json.loads(capsys.readouterr().out)}


# A snippet's tags that the file writes on other sites' links too (corpus 20 #42-#48: WebdriverIO's docs)
PARTNERED = "?utm_source=webdriverio&utm_medium=partnered&utm_campaign=documentation"


def test_a_snippets_tags_the_file_writes_on_two_companies_sites_are_its_own(tmp_path, monkeypatch, capsys):
    """BrowserStack's partner scheme (`utm_medium=partnered`, rules/platform-written-tags.txt) on its links, and the
    same source, medium and campaign on Argos' link (another company): the docs' own placement tags, judged on every
    link alike (before fix20, the BrowserStack links were silent and Argos' told). Percy's site is BrowserStack's
    (rules/site-owners.txt): with it the set is still on two companies' sites."""
    found = scan(tmp_path, monkeypatch, capsys, "webdriverio/webdriverio", {"website/docs/percy.md": (
        f"[docs](https://www.browserstack.com/docs/app-percy/{PARTNERED})\n"
        f"[Argos](https://argos-ci.com/docs/quickstart/webdriverio{PARTNERED})\n"
        f"[Percy](https://percy.io/signup/{PARTNERED})\n")})
    assert [(f["line"], f["name"]) for f in found if f["name"] == "medium-unassigned"] == [
        (1, "medium-unassigned"), (2, "medium-unassigned"), (3, "medium-unassigned")]


def test_a_programmes_tags_on_one_companys_two_sites_are_the_programmes(tmp_path, monkeypatch, capsys):
    """The lead's ruling of session 43 (corpus 20 #42-#47): WebdriverIO's App Percy guide writes BrowserStack's
    partner programme's set on browserstack.com, on percy.io (BrowserStack's since 2020: rules/site-owners.txt) and on
    a YouTube video: one company's sites and a page that reads no tags, so no tagging of the file's own, and the
    `partnered` medium shows the programme's handout: no value advice, the video's useless tags still told. The same
    set on a second company's site in the file (Argos) is the docs' own (above)."""
    found = scan(tmp_path / "a", monkeypatch, capsys, "webdriverio/webdriverio", {
        "website/docs/visual-testing/integrate-with-app-percy.md": (
            f"[Sign up](https://percy.io/signup/{PARTNERED})\n"
            f"[docs](https://www.browserstack.com/docs/app-percy/references/commands/{PARTNERED})\n"
            f"[Video](https://youtu.be/a4I_RGFdwvc/{PARTNERED})\n")})
    assert [(f["line"], f["name"]) for f in found] == [(3, "utm-useless-destination")]
    # a team that is no part of BrowserStack writing the set on its two sites: its own, told on both
    found = scan(tmp_path / "b", monkeypatch, capsys, "webdriverio/webdriverio", {
        "website/docs/visual-testing/integrate-with-app-percy.md": (
            f"[Sign up](https://percy.io/signup/{PARTNERED})\n"
            f"[Other](https://saucelabs.com/docs/{PARTNERED})\n")})
    assert [(f["line"], f["name"]) for f in found if f["name"] == "medium-unassigned"] == [
        (1, "medium-unassigned"), (2, "medium-unassigned")]


def test_one_companys_sites_count_as_one(tmp_path):
    from utmlint.checks.tracking.copied_file import file_convention
    from utmlint.identity import owner_site

    assert owner_site("percy") == "browserstack" and owner_site("argos-ci") == "argos-ci" and owner_site("") == ""
    urls = [f"https://percy.io/signup/{PARTNERED}", f"https://www.browserstack.com/docs/{PARTNERED}"]
    assert file_convention(urls, read_only=True) == frozenset()
    # copied-tracking's convention (not read_only) counts domains as it did
    assert file_convention(urls) == frozenset({("webdriverio", "partnered", "documentation")})


def test_a_snippet_alone_or_a_template_across_its_own_sites_stays_the_platforms(tmp_path, monkeypatch, capsys):
    """Travis CI's page writes BrowserStack's scheme on BrowserStack's links only (corpus 12 #161-#170); create-next-
    app's template tags go to nextjs.org and vercel.com, both the template's; a pair without a campaign written
    elsewhere (`utm_source=github&utm_medium=referral`) says nothing of a snippet marked by its own parameter (Snyk's
    `page=upgrade-pr`): all stay silent."""
    found = scan(tmp_path, monkeypatch, capsys, "travis-ci/docs-travis-ci-com", {
        "user/browserstack.md": "[a](https://www.browserstack.com/automate?utm_source=travis-ci&utm_medium=partnered)\n"
                                "[b](https://www.browserstack.com/docs?utm_source=travis-ci&utm_medium=partnered)\n",
        "app/page.tsx": '<a href="https://vercel.com/new?utm_source=create-next-app&utm_medium=appdir-template'
                        '&utm_campaign=create-next-app">Deploy</a>\n<a href="https://nextjs.org/docs?utm_source='
                        'create-next-app&utm_medium=appdir-template&utm_campaign=create-next-app">Docs</a>\n',
        "CHANGELOG.md": "- [upgrade](https://app.snyk.io/org/x/project/1?utm_source=github&utm_medium=referral"
                        "&page=upgrade-pr)\n- [site](https://acme.dev/?utm_source=github&utm_medium=referral)\n"})
    assert {(f["path"], f["name"]) for f in found} <= {("CHANGELOG.md", "missing-utm-param")}
    assert all(f["line"] == 2 for f in found if f["path"] == "CHANGELOG.md")


def test_a_newsletters_own_tags_beside_a_sponsors_referral_code_are_its_own(tmp_path, monkeypatch, capsys):
    """stranger15 R7: a newsletter issue tags every link with its own source; its sponsors' links carry a referral code
    too. The code does not make the issue's tags the programme's: the file writes the same utm_source on another host,
    or is an e-mail (linkplace), so its mistakes are told on the sponsor links as on the others."""
    issue = ('<a href="https://www.digitalocean.com/?refcode=a0780f1bdb3d&utm_source=devweekly&utm_medium=email'
             '&utm_campaign=Issue-42">DigitalOcean</a>\n'
             '<a href="https://railway.com/?referralCode=YOPtw9&utm_source=devweekly&utm_medium=e-mail">Railway</a>\n'
             '<a href="https://sunbeam.app/article?utm_source=devweekly&utm_medium=email&utm_campaign=Issue-42">A</a>\n')
    found = scan(tmp_path, monkeypatch, capsys, "devweekly/archive", {"issues/42.html": issue})
    assert {(f["line"], f["name"]) for f in found} >= {(1, "value-case"), (2, "missing-utm-param"), (3, "value-case")}
    invite = ('<a href="https://getpixel.com/join?invite=a1b2c3d4e5f6&utm_source=invite-email&utm_medium=emial">'
              'Join</a>\n')
    found = scan(tmp_path / "2", monkeypatch, capsys, "pixel-labs/mailers", {"emails/invite.html": invite})
    assert "medium-unassigned" in {f["name"] for f in found}


def test_a_teams_own_rss_medium_is_judged_where_the_repository_is_unknown(tmp_path, monkeypatch, capsys):
    """stranger15 R3: with no remote (whose repository is unknown) a footer's `utm_medium=rss` is the team's own feed
    tagging as likely as a copy: its mistakes are told at their severity (exit 1), not folded into a note; and a link
    whose utm_source names the repository is its own too."""
    folder = tmp_path / "blog"
    (folder / "_includes").mkdir(parents=True)
    (folder / "_includes" / "footer.html").write_text(
        '<a href="https://acme.com/blog?utm_source=acme-footer&utm_medium=rss&utm_campaign=Blog">Blog</a>\n',
        encoding="utf-8")
    monkeypatch.chdir(folder)
    code = main(["scan", "--no-cache", "--format", "json", "."])
    found = json.loads(capsys.readouterr().out)
    assert code == 1 and {f["name"] for f in found} == {"medium-unassigned", "value-case"}
    found = scan(tmp_path, monkeypatch, capsys, "acme-inc/mobile-app", {"docs/release-notes.md": (
        "[2.0](https://getacme.com/blog/2-0?utm_source=acme-blog&utm_medium=rss&utm_campaign=Release_2_0)\n")})
    assert "copied-tracking" not in {f["name"] for f in found} and "value-case" in {f["name"] for f in found}


def test_a_maintainers_typo_in_tidelifts_source_is_judged(tmp_path, monkeypatch, capsys):
    """stranger15 R5: Tidelift's sponsor-button form names the package of the path in utm_source; a link whose source
    is not that package (`npm-mypgk` on `pkg/npm-mypkg`) is the maintainer's own writing, and judged."""
    typo = "https://tidelift.com/subscription/pkg/npm-mypkg?utm_source=npm-mypgk&utm_medium=github_sponsor_button"
    found = scan(tmp_path, monkeypatch, capsys, "someone/mypkg", {"README.md": f"[Tidelift]({typo})\n"})
    assert "medium-unassigned" in {f["name"] for f in found}


def test_a_word_and_a_year_in_ref_is_the_teams_label_not_a_programmes_code(tmp_path, monkeypatch, capsys):
    """stranger15 R7 repro 2: `ref=GitHub2024` and `ref=Launch2026` are a team's own labels (a word and a number), not
    a programme's referrer code: the links beside them keep their findings (before: "All clean", exit 0)."""
    found = scan(tmp_path, monkeypatch, capsys, "acme/cli", {"README.md": (
        "[Sign up](https://cloud.acme.dev/signup?ref=GitHub2024&utm_source=githb&utm_medium=referal&utm_campaign=Readme)\n"
        "[Host](https://hostr.acmecloud.app/?ref=Launch2026&utm_source=acme-cli&utm_medium=sponsorship)\n")})
    assert "medium-unassigned" in names(found, 1) and "medium-unassigned" in names(found, 2)


# Smile.io's referral link (a Shopify store's loyalty programme), on any store's host: corpus 47 #12, a link-in-bio
# site's Girlfriend Collective link; the same form on heatonist.com and esim.holafly.com in unrelated repositories
SMILE = "https://www.girlfriend.com/?sref_id=qccf4x7&utm_campaign=referral_program&utm_source=loyalty"


def test_a_smile_referral_link_is_the_programmes_and_a_word_in_its_field_is_not(tmp_path, monkeypatch, capsys):
    # one link a file: the same tag set on two sites of one file reads as the file's own tagging (Judge.own_tagging)
    found = scan(tmp_path, monkeypatch, capsys, "bobaekang/oliviabionidotcom-links", {
        "affiliates.md": f"[Activewear]({SMILE})\n",
        "footer.md": "[Sauce](https://heatonist.com/?sref_id=v55cfxw&utm_campaign=referral_program&utm_source=loyalty)\n",
        # a word (no digit) or a number alone in the field is no Smile.io code: the values are judged
        "word.md": "[Shop](https://shop.example-store.com/?sref_id=springsale&utm_campaign=referral_program"
                   "&utm_source=loyalty)\n",
        "number.md": "[Shop](https://shop.example-store.com/?sref_id=12&utm_campaign=referral_program"
                     "&utm_source=loyalty)\n"})
    told = {(f["path"], f["name"]) for f in found}
    assert not any(path in ("affiliates.md", "footer.md") for path, _ in told)
    assert ("word.md", "missing-utm-param") in told and ("number.md", "missing-utm-param") in told
    from utmlint.validate_url import validate_url

    assert "is a referral programme's id for its referrer" in validate_url(
        SMILE, repo="bobaekang/oliviabionidotcom-links").not_judged
