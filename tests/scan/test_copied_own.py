"""A team's own links are never read as another channel's tags copied (copied-tracking's reading,
checks.tracking.copied_posted._posted_tags): stranger10's review (2026-11-30) found it told teams to strip their own
tags from their own second domain, event pages and store listings (R2, R3), their app's e-mail templates (R4) and their
newsletter's archive (R5). Each case is the review's reproduction (/tmp/stranger10/mk.sh)."""

from __future__ import annotations


from tests.scan.repository import scan_repository
from utmlint.validate_url import validate_url


scan = scan_repository


BIO = ('<a href="https://northwind.dev/?utm_source=instagram&utm_medium=social&utm_campaign=link-in-bio">Site</a>\n'
       '<a href="https://shop.nwgear.com/?utm_source=instagram&utm_medium=social&utm_campaign=link-in-bio">Merch</a>\n')
MERCH = "https://shop.nwgear.com/?utm_source=instagram&utm_medium=social&utm_campaign=bio"


def test_a_host_in_own_hosts_is_the_teams_site(tmp_path, monkeypatch, capsys):
    """R2: the team names nwgear.com in `own-hosts`; its link-in-bio page's merch link keeps its tags."""
    found = scan(tmp_path, monkeypatch, capsys, "northwind-labs/www", {"bio/index.html": f'<a href="{MERCH}">x</a>\n'},
                 config="own-hosts: [northwind.dev, nwgear.com]\n")
    assert "copied-tracking" not in {f["name"] for f in found}


def test_the_warning_names_the_way_out(tmp_path, monkeypatch, capsys):
    """Without the config, the warning says how to tell utmlint the site is the team's."""
    found = scan(tmp_path, monkeypatch, capsys, "northwind-labs/www", {"bio/index.html": f'<a href="{MERCH}">x</a>\n'})
    copied = [f for f in found if f["name"] == "copied-tracking"]
    assert len(copied) == 1 and "if nwgear.com is your own site, list it in the config's `own-hosts`" in \
        copied[0]["message"]


def test_the_campaign_on_the_teams_own_site_is_the_teams(tmp_path, monkeypatch, capsys):
    """R3: a link-in-bio page and a launch thread tag the team's second domain with the campaign they write on its
    own site: a copied link never carries the team's campaign."""
    thread = ("1/ Flows is here https://northwind.dev/flows?utm_source=x&utm_medium=social&utm_campaign=flows-launch\n"
              "2/ Our engine: https://getnwengine.com/?utm_source=twitter&utm_medium=social&utm_campaign=flows-launch\n")
    found = scan(tmp_path, monkeypatch, capsys, "northwind-labs/www",
                 {"bio/index.html": BIO, "content/launch/x-thread.md": thread})
    assert "copied-tracking" not in {f["name"] for f in found}


def test_the_teams_campaign_in_validate_url():
    """The same evidence for one URL with its file's other links (the corpus judge's view); a copied link's own
    campaign, not written on the team's site, is still copied."""
    own = "https://northwind.dev/?utm_source=instagram&utm_medium=social&utm_campaign=link-in-bio"
    merch = "https://shop.nwgear.com/?utm_source=instagram&utm_medium=social&utm_campaign=link-in-bio"
    where = dict(repo="northwind-labs/www", path="bio/index.html")
    assert "copied-tracking" not in {f.name for f in validate_url(merch, file_urls=(own,), **where).findings}
    assert "copied-tracking" in {f.name for f in validate_url(merch, **where).findings}
    other = "https://northwind.dev/?utm_source=instagram&utm_medium=social&utm_campaign=winter"
    assert "copied-tracking" in {f.name for f in validate_url(merch, file_urls=(other,), **where).findings}


def test_the_teams_own_listing_or_event_page_is_its_own():
    """R3: a store listing or an event page (rules/team-pages.txt) whose path or app id names the repository is the
    team's own page; the same platform's page of someone else's, or named by a topic word of the repository's name,
    is not."""
    where = dict(repo="northwind-labs/www", path="bio/index.html")
    tags = "utm_source=instagram&utm_medium=social&utm_campaign=bio"
    for url in (f"https://play.google.com/store/apps/details?id=dev.northwind.flows&{tags}",
                f"https://chromewebstore.google.com/detail/northwind-flows/abcdefghijklmnop?{tags}",
                f"https://www.producthunt.com/posts/northwind-flows?{tags}",
                f"https://apps.apple.com/app/northwind-flows/id123?{tags}",
                f"https://lu.ma/northwind-meetup?{tags}",
                f"https://www.eventbrite.com/e/northwind-summit-123?{tags}"):
        assert "copied-tracking" not in {f.name for f in validate_url(url, **where).findings}, url
    other = f"https://www.eventbrite.com/e/pycon-summit-123?{tags}"
    assert "copied-tracking" in {f.name for f in validate_url(other, **where).findings}
    topic = "https://www.meetup.com/python-meetup/?utm_source=twitter"
    assert "copied-tracking" in {f.name for f in validate_url(topic, repo="vinta/awesome-python",
                                                              path="README.md").findings}


def test_one_e_mail_set_with_one_campaign_on_several_sites_is_the_e_mail():
    """R4, R5: an app's e-mail template outside a folder named for e-mail, a newsletter's own archive: one e-mail
    tool's set with one campaign on links to two or more sites is the sender's e-mail itself (a copy brings one
    link, with its sender's campaign). Links copied from two issues carry two campaigns, and stay copied."""
    welcome = ("https://flapjack.app/start?utm_source=customer.io&utm_medium=email&utm_campaign=welcome",
               "https://discord.gg/flapjack?utm_source=customer.io&utm_medium=email&utm_campaign=welcome",
               "https://twitter.com/flapjackapp?utm_source=customer.io&utm_medium=email&utm_campaign=welcome")
    for url in welcome:
        assert "copied-tracking" not in names(url, repo="hashbrown-inc/platform", path="app/views/onboarding/welcome.html",
                                              file_urls=welcome)
    issue = ("https://web.dev/articles/inp?utm_source=buttondown&utm_medium=email&utm_campaign=issue-41",
             "https://www.smashingmagazine.com/2026/11/grid/?utm_source=buttondown&utm_medium=email&utm_campaign=issue-41")
    assert "copied-tracking" not in names(issue[0], repo="dana-k/weekly", path="issues/041.md", file_urls=issue)
    copied = ("https://web.dev/articles/inp?utm_source=buttondown&utm_medium=email&utm_campaign=issue-41",
              "https://www.smashingmagazine.com/2026/11/grid/?utm_source=buttondown&utm_medium=email&utm_campaign=issue-7")
    assert "copied-tracking" in names(copied[0], repo="someone/notes", path="reading.md", file_urls=copied)
    assert "copied-tracking" in names(issue[0], repo="someone/notes", path="reading.md")


def names(url, **where):
    return {f.name for f in validate_url(url, **where).findings}


def test_a_folder_named_for_the_network_of_the_links_source_holds_its_posts():
    """R18: `community/slack/` with `utm_source=slack`, `tiktok/` with `utm_source=tiktok`: the folder names the very
    network the tags name, so its files are the team's posts there; another network's tags there are still copied."""
    partner = "https://partnerco.io/launch?utm_source={}&utm_medium=social&utm_campaign=partner-week"
    where = dict(repo="northwind-labs/www")
    assert "copied-tracking" not in names(partner.format("slack"), path="community/slack/2026-11-30.md", **where)
    assert "copied-tracking" not in names(partner.format("tiktok"), path="tiktok/2026-11-30.md", **where)
    assert "copied-tracking" in names(partner.format("reddit"), path="community/slack/2026-11-30.md", **where)
    assert "copied-tracking" in names(partner.format("slack"), path="community/2026-11-30.md", **where)


BIO_APP = '<a href="https://app.northwind.dev/signup?utm_source=instagram&utm_medium=social&utm_campaign=bio">x</a>\n'


def test_a_site_generators_config_names_the_teams_site(tmp_path, monkeypatch, capsys):
    """R3: a site on Netlify or Vercel has no CNAME file; its generator's config names it (Hugo's `baseURL`, Jekyll's
    `url`, MkDocs' `site_url`, Astro's `site`, Docusaurus' `url`, Gatsby's `siteUrl`), read as a small file."""
    configs = {"hugo.toml": 'title = "Northwind"\nbaseURL = "https://www.northwind.dev/"\n',
               "_config.yml": "title: Northwind\nurl: \"https://northwind.dev\"\n",
               "mkdocs.yml": "site_name: Northwind\nsite_url: https://docs.northwind.dev/\n",
               "astro.config.mjs": "export default defineConfig({\n  site: 'https://northwind.dev',\n});\n",
               "docusaurus.config.js": "module.exports = {\n  title: 'N',\n  url: 'https://northwind.dev',\n};\n",
               "gatsby-config.js": "module.exports = { siteMetadata: { siteUrl: `https://www.northwind.dev` } }\n"}
    for number, (name, text) in enumerate(configs.items()):
        found = scan(tmp_path / str(number), monkeypatch, capsys, "nw-hq/website",
                     {"bio/index.html": BIO_APP, name: text})
        assert "copied-tracking" not in {f["name"] for f in found}, name
    found = scan(tmp_path / "none", monkeypatch, capsys, "nw-hq/website", {"bio/index.html": BIO_APP,
                                                                          "hugo.toml": 'baseURL = "http://localhost/"\n'})
    assert "copied-tracking" in {f["name"] for f in found}


def test_an_apps_e_mail_templates_are_its_e_mails():
    """R4: an app's transactional and notification e-mails, its digests, a folder named for the e-mail service: their
    links are that e-mail's, tagged by the team, even alone in the file."""
    url = "https://flapjack.app/digest?utm_source=sendgrid&utm_medium=email&utm_campaign=weekly-digest"
    for path in ("app/views/notifications/digest.html.erb", "templates/transactional/welcome.html",
                 "postmark/password-reset.html"):
        assert "copied-tracking" not in names(url, repo="hashbrown-inc/platform", path=path), path
    assert "copied-tracking" in names(url, repo="hashbrown-inc/platform", path="blog/2026-11-30.md")
