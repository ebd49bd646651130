"""A page of a site whose repository is named for its domain (GSA/digitalgov.gov, `user/user.github.io`) linking to
that very host links from the site to itself, as a relative link does: utm-internal-link, not a campaign's advice.
Corpus 11 #3: digitalgov.gov's post on social traffic links `http://digitalgov.gov?utm_source=twitter&utm_medium=
socialmedia`; the tags restart every visit that clicks it as twitter / socialmedia. A README (read on GitHub), an
archived newsletter (the e-mail's links), another host of the same domain (`app.`) are not pages linking to
themselves. Real files in a temp git folder, `utmlint scan` in-process."""

from __future__ import annotations

import json
import subprocess

import pytest

from utmlint.cli import main
from utmlint.linkplace import link_place, on_repository_site, section_of_repository, site_of_repository, site_page
from utmlint.validate_url import validate_url

LINK = "https://acme.dev/pricing?utm_source=blog&utm_medium=referral&utm_campaign=spring"


def test_which_files_are_pages_of_a_site_named_repository():
    assert site_of_repository("GSA/digitalgov.gov") == "digitalgov.gov"
    assert site_of_repository("u/www.Acme.dev") == "acme.dev"
    assert site_of_repository("acme/site") == ""
    # a repository named for a section of its owner's site publishes that section (corpus 13: Codecademy/docs)
    assert site_of_repository("Codecademy/docs") == "codecademy/docs"
    assert [section_of_repository(s) for s in ("acme/acme-blog", "codefresh-io/docs.codefresh.io", "acme/docs-site",
                                              "acme/sdk", "acme/website")] == ["blog", "docs", "", "", ""]
    assert site_page("content/news/2015/04/2015-04-07-why-your-social-traffic-looks-low-in-analytics-tools.md")
    assert site_page("_posts/2024-01-01-hello.markdown") and site_page("layouts/partials/footer.html")
    assert not any(site_page(p) for p in ("README.md", "docs/README.md", ".github/ISSUE_TEMPLATE/bug.md", "CHANGELOG.md",
                                          "content/newsletter/issue-1.md", "src/links.js", "marketing/links.md"))


def test_validate_url_reads_the_repository_and_path():
    url = "http://digitalgov.gov?utm_source=twitter&utm_medium=socialmedia"
    page = "content/news/2015/04/2015-04-07-why-your-social-traffic-looks-low-in-analytics-tools.md"
    found = {f.name: f.message for f in validate_url(url, repo="GSA/digitalgov.gov", path=page).findings}
    assert set(found) == {"utm-internal-link", "url-insecure"}  # the URL as written is still judged
    assert found["utm-internal-link"].startswith("this link to digitalgov.gov, the site this page is part of,")
    assert "(and no `utm_campaign`)" in found["utm-internal-link"]
    readme = {f.name for f in validate_url(url, repo="GSA/digitalgov.gov", path="README.md").findings}
    assert readme == {"missing-utm-param", "url-insecure"}


def test_scan_calls_a_page_link_to_its_own_site_internal(tmp_path, monkeypatch, capsys):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/acme/acme.dev.git"],
                   check=True)
    (tmp_path / "content" / "blog").mkdir(parents=True)
    (tmp_path / "content" / "newsletter").mkdir()
    app = LINK.replace("acme.dev/pricing", "app.acme.dev/")
    (tmp_path / "content" / "blog" / "post.md").write_text(f"See [pricing]({LINK}) and [the app]({app}).\n",
                                                           encoding="utf-8")
    (tmp_path / "README.md").write_text(f"[pricing]({LINK.replace('campaign=spring', 'campaign=Spring')})\n",
                                        encoding="utf-8")
    (tmp_path / "content" / "newsletter" / "issue-1.md").write_text(
        f"[pricing]({LINK.replace('referral', 'email')})\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    found = sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))
    # the README's link is GitHub's visitors' way in: judged as a campaign's (its capital), never called internal
    assert found == [("README.md", "value-case"), ("content/blog/post.md", "utm-internal-link")]


def test_a_section_repository_links_its_section_internally():
    """Corpus 13 #20-#29: Codecademy's docs (Codecademy/docs, published at codecademy.com/resources/docs) link other
    docs pages `?utm_source=docs&utm_medium=docs&utm_campaign=docs_link_test`: a link from the docs to the docs, whose
    tags should go, not be told `utm_medium=referral`. Its links elsewhere on the owner's site (the pricing page, the
    blog) leave the section: judged as a campaign's, as meilisearch/documentation's links to meilisearch.com/cloud
    (corpus 2) are."""
    site = site_of_repository("Codecademy/docs")
    assert on_repository_site("www.codecademy.com", "/resources/docs/php/arrays", site)
    assert on_repository_site("docs.codecademy.com", "/php", site)
    assert not on_repository_site("www.codecademy.com", "/pricing", site)
    assert not on_repository_site("docs.sunbeam.app", "/docs/php", site)
    assert on_repository_site("codefresh.io", "/docs/x", "codefresh-io/docs")  # the owner's name with its affix
    # not any word of the owner's name (stranger12 R5): those are other people's sites
    assert not on_repository_site("www.native.com", "/docs/start", "react-native-community/docs")
    assert not on_repository_site("data.gov", "/docs/", "data-apis/docs")
    assert not on_repository_site("www.cloud.com", "/docs/", "cloud-gov/docs")
    page = "content/general/concepts/data-structures/terms/array/array.md"
    url = ("https://www.codecademy.com/resources/docs/php/arrays?utm_source=docs&utm_medium=docs&"
           "utm_campaign=docs_link_test&utm_content=docs_array")
    found = {f.name: f.message for f in validate_url(url, repo="Codecademy/docs", path=page).findings}
    assert set(found) == {"utm-internal-link"}
    assert found["utm-internal-link"].startswith("this link to www.codecademy.com, the site this page is part of,")
    pricing = url.replace("resources/docs/php/arrays", "pricing")
    assert "medium-unassigned" in {f.name for f in validate_url(pricing, repo="Codecademy/docs", path=page).findings}
    readme = {f.name for f in validate_url(url, repo="Codecademy/docs", path="README.md").findings}
    assert "utm-internal-link" not in readme  # read on GitHub: a way in from outside


# thirdweb-dev/docs at 457c5d62: docusaurus.config.js's opening (cut) and a TypeDoc page of `static/reference/`, copied
# to the site as it is, linking another portal page with the SDK's doc-comment tag (corpus 14 #54-#61).
DOCUSAURUS = """const baseUrl = process.env.BASE_URL || "/";

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: "thirdweb developer portal",
  tagline: "Get started with thirdweb by diving into our developer portal.",
  url: "https://portal.thirdweb.com",
  baseUrl,
"""
TYPEDOC = ('<h4>See</h4><p><a href="https://portal.thirdweb.com/react/react.useclaimnft?utm_source=sdk">Documentation'
           '</a></p>\n')


def test_the_site_generators_config_names_the_site_its_pages_are_on(tmp_path, monkeypatch, capsys):
    """A repository not named for its site (thirdweb-dev/docs) says its host in its site generator's config
    (Docusaurus' `url`, as Hugo's `baseURL`, Jekyll's and MkDocs' `url`/`site_url`, Astro's `site`) or its CNAME
    (identity.published_host): a page's link to that host is internal. Its README, and a link to another host of
    the owner's (thirdweb.com's dashboard), stay judged as campaign links. Nothing of the config is run: a host
    built at run time (`process.env.SITE_URL`) names none."""
    from utmlint.identity import published_host

    files = {"docusaurus.config.js": DOCUSAURUS}
    assert published_host(lambda name: files.get(name, "")) == "portal.thirdweb.com"
    assert published_host({"CNAME": "www.acme.dev\n", "mkdocs.yml": "site_url: https://docs.acme.dev/\n"}.get) \
        == "acme.dev"
    assert published_host({"_config.yml": "url: https://example.com\n"}.get) == ""  # a stand-in names no site
    assert published_host({"docusaurus.config.js": "url: process.env.SITE_URL,\n"}.get) == ""
    assert site_of_repository("thirdweb-dev/docs", "portal.thirdweb.com") == "portal.thirdweb.com"
    assert site_of_repository("GSA/digitalgov.gov", "digital.gov") == "digitalgov.gov"  # its name says it first
    page = "static/reference/react-native/functions/useClaimNFT.html"
    url = "https://portal.thirdweb.com/react/react.useclaimnft?utm_source=sdk"
    assert {f.name for f in validate_url(url, repo="thirdweb-dev/docs", path=page, site="portal.thirdweb.com")
            .findings} == {"utm-internal-link"}
    assert {f.name for f in validate_url(url, repo="thirdweb-dev/docs", path=page).findings} == {"missing-utm-param"}

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/thirdweb-dev/docs.git"],
                   check=True)
    (tmp_path / "docusaurus.config.js").write_text(DOCUSAURUS, encoding="utf-8")
    (tmp_path / "static" / "reference").mkdir(parents=True)
    (tmp_path / "static" / "reference" / "useClaimNFT.html").write_text(TYPEDOC, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "pay.md").write_text(
        "[dashboard](https://thirdweb.com/dashboard?utm_source=portal)\n", encoding="utf-8")
    (tmp_path / "README.md").write_text(f"[docs]({url})\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    found = sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("README.md", "missing-utm-param"), ("docs/pay.md", "missing-utm-param"),
                     ("static/reference/useClaimNFT.html", "utm-internal-link")]


# astronomer/docs at 0fd057ff: docusaurus.config.js's opening (cut) and its swizzled navbar's buttons (cut), corpus 48
# #8 #9
ASTRONOMER = "const config = {\n  title: 'Astronomer Docs',\n  url: 'https://www.astronomer.io',\n  baseUrl: '/docs',\n"
NAVBAR = ('  <a className={styles.button} href="https://www.astronomer.io/try-astro/?referral=docs-nav-button&'
          'utm_medium=docs&utm_content=home&utm_source=top_nav" target="_blank">Get Started Free</a>\n')


def test_a_docs_sites_theme_components_link_their_own_site_internally(tmp_path, monkeypatch, capsys):
    """A docs site generator's own theme folder (Docusaurus' swizzled `src/theme/`, VitePress' and VuePress'
    `.vitepress/theme/`, `.vuepress/theme/`) holds the navbar, footer and banners every page is rendered with, as its
    config does (linkplace.theme_override): a link there to the site's own host is internal (utm-internal-link), not a
    campaign link told to gain a campaign and another medium. A component elsewhere, and a README, stay as they were."""
    assert site_page("src/theme/Navbar/Content/index.js") and site_page("src/theme/Footer/Layout/index.tsx")
    assert site_page(".vitepress/theme/components/Banner.vue") and site_page("docs/.vuepress/theme/Layout.vue")
    assert not any(site_page(p) for p in ("src/theme/colors.json", "theme/Navbar.js", "src/lib/theme.js",
                                           "app/src/theme/README.md"))
    url = ("https://www.astronomer.io/try-astro/?referral=docs-nav-button&utm_medium=docs&utm_content=home"
           "&utm_source=top_nav")
    navbar = "src/theme/Navbar/Content/index.js"
    assert {f.name for f in validate_url(url, repo="astronomer/docs", path=navbar, site="astronomer.io")
            .findings} == {"utm-internal-link"}
    assert {f.name for f in validate_url(url, repo="astronomer/docs", path="src/lib/cta.js", site="astronomer.io")
            .findings} == {"medium-unassigned", "missing-utm-param"}

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/astronomer/docs.git"],
                   check=True)
    (tmp_path / "docusaurus.config.js").write_text(ASTRONOMER, encoding="utf-8")
    (tmp_path / "src" / "theme" / "Navbar" / "Content").mkdir(parents=True)
    (tmp_path / navbar).write_text(NAVBAR, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    found = sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [(navbar, "utm-internal-link")]


# smartcontractkit/documentation at 59e5cde7: astro.config.ts's `site:` line, and its docs banner's data (whole)
ASTRO = 'export default defineConfig({\n  site: "https://docs.chain.link",\n})\n'
BANNER = """import { BannerContent } from "../components/HeaderBanner.tsx"

export const NotificationData: BannerContent = {
  description: "The Chainlink Runtime Environment (CRE) is now live!",
  type: "info",
  linkText: "Start Building.",
  linkUrl:
    "https://chain.link/chainlink-runtime-environment?utm_campaign=global-app-banner&utm_medium=referral&utm_source=docs.chain.link",
}
"""


def test_the_published_sites_name_is_the_repositorys(tmp_path, monkeypatch, capsys):
    """Corpus 14 #64: Chainlink's docs (smartcontractkit/documentation, published on docs.chain.link by its Astro
    `site:`) link chain.link from their banner with their own complete tags (`utm_source=docs.chain.link`); the
    judge, knowing only the repository's name, called them chain.link's own tags copied from its site. scan reads
    the site's name (`chain`) from the config into the repository's names; validate_url does so when given `site`."""
    url = BANNER.split('"')[-2]
    path = "src/features/notifications/data/index.ts"
    repo = "smartcontractkit/documentation"
    # (own13 reads `docs.chain.link` as the repository's own name from `documentation` too: both agree now)
    assert validate_url(url, repo=repo, path=path).findings == []
    assert validate_url(url, repo=repo, path=path, site="docs.chain.link").findings == []
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", f"https://github.com/{repo}.git"], check=True)
    (tmp_path / "astro.config.ts").write_text(ASTRO, encoding="utf-8")
    (tmp_path / path).parent.mkdir(parents=True)
    (tmp_path / path).write_text(BANNER, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    assert json.loads(capsys.readouterr().out) == []


# cds-snc/digital-canada-ca at 20c68d81: config/_default/config.yaml's opening lines (its languages' menus cut), and
# a blog post's link to another of the site's posts (content/en/blog/posts/scaling-design-research-...md, line 21)
HUGO_LANGUAGES = """DefaultContentLanguage: en
defaultContentLanguageInSubdir: true
sitemap:
  filename: sitemap.xml
languages:
  en:
    baseUrl: https://digital.canada.ca/
    contentDir: content/en
    lang: en
  fr:
    baseUrl: https://numerique.canada.ca/
    contentDir: content/fr
    lang: fr
"""
ROADMAP = "https://digital.canada.ca/roadmap-2025/?utm_source=blog&utm_medium=Blog&utm_campaign=roadmap-launch-initial"


def test_a_multilingual_hugo_sites_config_names_it_per_language(tmp_path, monkeypatch, capsys):
    """A multilingual Hugo site names its host per language (`languages: en: baseUrl:`), in Hugo's config folder
    (`config/_default/config.yaml`), not in a top-level `baseURL` (corpus 15 W2: digital.canada.ca's blog linking its
    own posts with `utm_medium=Blog` was told to complete its tags). The first language's is the site's; an indented
    `baseURL` outside a `languages` table names nothing."""
    from utmlint.identity import published_host

    assert published_host({"config/_default/config.yaml": HUGO_LANGUAGES}.get) == "digital.canada.ca"
    toml = '[languages.en]\nbaseURL = "https://www.acme.dev/"\n[languages.de]\nbaseURL = "https://de.acme.dev/"\n'
    assert published_host({"hugo.toml": toml}.get) == "acme.dev"
    assert published_host({"config.yml": "server:\n  baseUrl: https://api.acme.dev/\n"}.get) == ""  # not Hugo's

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/cds-snc/digital-canada-ca.git"], check=True)
    (tmp_path / "config" / "_default").mkdir(parents=True)
    (tmp_path / "config" / "_default" / "config.yaml").write_text(HUGO_LANGUAGES, encoding="utf-8")
    posts = tmp_path / "content" / "en" / "blog" / "posts"
    posts.mkdir(parents=True)
    (posts / "scaling-design-research.md").write_text(f"Read our [roadmap]({ROADMAP}).\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    found = sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("content/en/blog/posts/scaling-design-research.md", "utm-internal-link")]


# stranger12 R9 (/tmp/stranger12/r1, northwind-labs/northwind-site): a Hugo site's newsletter sign-up partial
SIGNUP = '<a href="https://northwind.dev/join?utm_source=website&utm_medium=footer&utm_campaign=signup">Join</a>\n'
PARTNER = '<a href="https://partner.sunbeam.app/deal?utm_source=northwind&utm_medium=refferal&utm_campaign=deal">Deal</a>\n'
E_MAIL = '<a href="https://northwind.dev/blog?utm_source=newsletter&utm_medium=email&utm_campaign=weekly">Blog</a>\n'


def test_a_site_templates_piece_is_named_for_what_it_shows(tmp_path, monkeypatch, capsys):
    """stranger12 R9: `layouts/partials/newsletter.html` (the site's newsletter sign-up form) was read as an e-mail,
    so its link to the site itself was told "use `referral`" (a self-referral overwriting every visitor's source),
    while the same file named `footer.html` got utm-internal-link. A piece of a site's template (partials, includes,
    shortcodes, components) named for a newsletter is its sign-up form; one whose name calls it an e-mail's part, or
    in an e-mail folder, keeps the e-mail's reading (its e-mail tags to the site are the e-mail's), a share partial
    its social one, and a team's typo on its link to another site is still told."""
    assert link_place("layouts/partials/newsletter.html") == "" == link_place("src/components/NewsletterSignup.astro")
    assert link_place("src/pages/newsletter.astro") == "" and link_place("src/pages/newsletter/2024-05.md") == "email"
    assert link_place("_includes/share-twitter.html") == "social"  # a share partial's links are the ones posted
    assert link_place("layouts/partials/email-footer.html") == "email"
    assert link_place("_includes/emails/newsletter.html") == link_place("layouts/_default/newsletter.html") == "email"
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "git@github.com:northwind-labs/northwind-site.git"], check=True)
    (tmp_path / "config.toml").write_text('baseURL = "https://northwind.dev/"\n', encoding="utf-8")
    partials = tmp_path / "layouts" / "partials"
    (partials / "emails").mkdir(parents=True)
    (partials / "newsletter.html").write_text(SIGNUP + PARTNER, encoding="utf-8")
    (partials / "email-footer.html").write_text(E_MAIL, encoding="utf-8")
    (partials / "emails" / "footer.html").write_text(E_MAIL, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    found = sorted((d["path"], d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("layouts/partials/newsletter.html", 1, "utm-internal-link"),
                     ("layouts/partials/newsletter.html", 2, "medium-unassigned")]


def test_a_community_around_a_project_does_not_own_its_site(tmp_path, monkeypatch, capsys):
    """stranger12 R5: react-native-community/docs owned reactnative.dev (Meta's site) through the `-community`
    affix, so its docs' links there were told "remove them" (the site this page is part of) and a typo on them went
    unreported. A community named for a project is not its maker (rules/org-affixes.txt); an organisation with a
    maker's affix still is (`codefresh-io/docs` links codefresh.io's docs internally)."""
    assert not on_repository_site("reactnative.dev", "/docs/environment-setup", "react-native-community/docs")
    assert on_repository_site("codefresh.io", "/docs/x", "codefresh-io/docs")
    for repo, url in (("react-native-community", "https://reactnative.dev/docs/setup"),
                      ("codefresh-io", "https://codefresh.io/docs/setup")):
        (tmp_path / repo / "docs").mkdir(parents=True)
        subprocess.run(["git", "init", "-q", str(tmp_path / repo)], check=True)
        subprocess.run(["git", "-C", str(tmp_path / repo), "remote", "add", "origin",
                        f"https://github.com/{repo}/docs.git"], check=True)
        (tmp_path / repo / "docs" / "setup.md").write_text(
            f"[Setup]({url}?utm_source=docs&utm_medium=refferal&utm_campaign=setup)\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "."])
    found = sorted((d["path"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [("codefresh-io/docs/setup.md", "utm-internal-link"),
                     ("react-native-community/docs/setup.md", "medium-unassigned")]


# Heejun-0219/econpedia at 5ff79a5: astro.config.mjs's `site:` line, and a blog post's CTA (the post's shape, cut)
ECONPEDIA_CONFIG = "export default defineConfig({\n  site: 'https://econpedia.dedyn.io',\n  integrations: [mdx()],\n});\n"
ECONPEDIA_POST = """---
import BlogPost from '../../layouts/BlogPost.astro';
---
<BlogPost title="KOSPI 6000">
  <p>...</p>
  <div class="cta">
    <a href="https://econpedia.dedyn.io/blog/kospi-6000-strong-dollar-paradox?utm_source=blogger&utm_medium=blog&utm_campaign=daily_report">Read more on EconPedia</a>
    <a href="https://www.bok.or.kr/?utm_source=econpedia&utm_medium=referral&utm_campaign=daily_report">Bank of Korea</a>
  </div>
</BlogPost>
"""


def test_a_site_frameworks_pages_link_their_own_site_internally(tmp_path, monkeypatch, capsys):
    """Corpus 26 #33-#40: EconPedia's Astro posts (`src/pages/blog/*.astro`, on a site whose astro.config.mjs says
    `site: 'https://econpedia.dedyn.io'`) tag their CTA to econpedia.dedyn.io itself: on the site's page the tags
    restart a visitor's session as blogger / blog. An `.astro` file is a page (Astro builds only sites), a `.vue` or
    `.svelte` one in a folder of pages, routes or layouts too; a component elsewhere may be an app's or a widget's
    (its link to the site a way in from outside): not read as a page. With no host known, nothing is internal."""
    assert site_page("src/pages/blog/kospi-6000-strong-dollar-paradox.astro")
    assert site_page("src/components/Footer.astro") and site_page("pages/pricing.vue")
    assert site_page("src/routes/blog/+page.svelte") and site_page("layouts/default.vue")
    assert not any(site_page(p) for p in ("src/components/Promo.vue", "src/lib/Widget.svelte", "README.astro",
                                          "src/pages/emails/welcome.vue"))

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/Heejun-0219/econpedia.git"], check=True)
    (tmp_path / "astro.config.mjs").write_text(ECONPEDIA_CONFIG, encoding="utf-8")
    (tmp_path / "src" / "pages" / "blog").mkdir(parents=True)
    (tmp_path / "src" / "components").mkdir()
    (tmp_path / "src" / "pages" / "blog" / "kospi.astro").write_text(ECONPEDIA_POST, encoding="utf-8")
    own = "https://econpedia.dedyn.io/?utm_source=widget&utm_medium=referral&utm_campaign=daily_report"
    (tmp_path / "src" / "components" / "Promo.vue").write_text(f'<template><a href="{own}">x</a></template>\n',
                                                                encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def scan():
        main(["scan", "--format", "json", "--no-cache", "."])
        return sorted((d["path"], d["name"], d["line"]) for d in json.loads(capsys.readouterr().out))

    found = scan()
    internal = [f for f in found if f[1] == "utm-internal-link"]
    assert internal == [("src/pages/blog/kospi.astro", "utm-internal-link", 7)]  # the CTA to econpedia.dedyn.io
    assert not any(f[2] == 8 for f in found)  # another site's link (the Bank of Korea's), tagged well
    assert not any(f[0] == "src/components/Promo.vue" for f in found)
    (tmp_path / "astro.config.mjs").unlink()
    assert not any(f[1] == "utm-internal-link" for f in scan())  # no host known: nothing internal


# PabloSilvaBravo/mechatronicstore-blog at 6944fca: Next.js' root layout (`src/app/layout.tsx`, cut) and a post of its
# content snapshot (`data/content-snapshots/2026-05-30-post-swarm.json`, its shape cut to one product link)
MECHA_LAYOUT = """import type { Metadata } from "next";

const BASE_URL = "https://www.mechatronicstore.cl";

export const metadata: Metadata = {
  metadataBase: new URL(BASE_URL),
  title: { default: "Blog MechatronicStore", template: "%s | Blog MechatronicStore" },
};
"""
MECHA_PRODUCT = ("https://www.mechatronicstore.cl/cable-macho-macho-40-piezas-20cm/?utm_source=blog&utm_medium=tutorial"
                 "&utm_campaign=multiplexor-i2c-tca9548a-arduino-direcciones-duplicadas&utm_content=C-411")
MECHA_OTHER = "https://shop.example-partner.cl/kit/?utm_source=blog&utm_medium=tutorial&utm_campaign=kit"


def _snapshot(*links: str) -> str:
    """A content snapshot of one post per link (its products kept as a JSON string, as the blog's are)."""
    return json.dumps({"snapshot_at": "2026-05-30T17:38:18Z", "tutorials": [
        {"slug": f"post-{n}", "body_es": "## Materiales\n...",
         "linked_products_json": json.dumps([{"sku": "C-411", "product_url": link}])}
        for n, link in enumerate(links)]}, indent=2)


def test_a_web_apps_root_layout_names_its_own_host():
    """identity.app_host: Next.js' `metadataBase` in the root layout, a literal or the one constant it names (its
    fallback literal after an environment variable); never another `*_URL` constant (an API's, a payment
    provider's), nor a stand-in host, nor a layout below the root."""
    from utmlint.identity import app_host, published_host

    def read(files):
        return lambda name: files.get(name, "")

    assert app_host(read({"src/app/layout.tsx": MECHA_LAYOUT})) == "mechatronicstore.cl"
    literal = "export const metadata = { metadataBase: new URL('https://acme.dev/') }"
    assert app_host(read({"app/layout.tsx": literal})) == "acme.dev"
    assert app_host(read({"app/layout.js": 'const site = process.env.NEXT_PUBLIC_SITE_URL ?? "https://www.acme.io";\n'
                                           "export const metadata = { metadataBase: new URL(site) };"})) == "acme.io"
    # an API's or a provider's base URL is no site of the repository's: not read
    assert app_host(read({"app/layout.tsx": 'const API_BASE_URL = "https://api.stripe.com";\n'
                                            "export const metadata = { title: 'x' };"})) == ""
    assert app_host(read({"app/layout.tsx": 'const API = "https://api.stripe.com";\nmetadataBase: new URL(getUrl()),'}
                         )) == ""
    assert app_host(read({"app/layout.tsx": "metadataBase: new URL('http://localhost:3000'),"})) == ""
    assert app_host(read({"src/app/blog/layout.tsx": MECHA_LAYOUT})) == ""
    # the root layout under a dynamic segment (next-intl's `app/[locale]/`) or a route group is read (review of
    # session 39); a plain folder's layout is still no root layout, and the root's own comes first
    assert app_host(read({"app/[locale]/layout.tsx": MECHA_LAYOUT}), ("app/[locale]/",)) == "mechatronicstore.cl"
    assert app_host(read({"src/app/(site)/layout.js": literal}), ("src/app/(site)/",)) == "acme.dev"
    assert app_host(read({"app/[locale]/layout.tsx": MECHA_LAYOUT})) == ""
    assert app_host(read({"app/layout.tsx": literal, "app/[locale]/layout.tsx": MECHA_LAYOUT}),
                    ("app/[locale]/",)) == "acme.dev"
    # and it is no published host: the app's Markdown files are no pages of its site
    assert published_host(read({"src/app/layout.tsx": MECHA_LAYOUT})) == ""


def test_which_files_are_a_sites_content_kept_as_data():
    from utmlint.linkplace import site_content

    assert site_content("data/content-snapshots/2026-05-30-post-swarm.json")
    assert site_content("_data/navigation.yml") and site_content("src/content/posts/hello.json")
    assert not any(site_content(p) for p in ("package.json", "config/site.yml", "data/newsletter/issue-1.json",
                                             "data/social/posts.json", "marketing/data/links.json",
                                             "tests/data/links.json", "content/post.md", "src/data/links.ts"))


def test_a_next_sites_content_snapshot_links_its_own_host_internally(tmp_path, monkeypatch, capsys):
    """Corpus 27 #51-#58: the MechatronicStore blog, a Next.js app served at www.mechatronicstore.cl/blog/ by a reverse
    proxy (its root layout's `metadataBase` is the store's host), keeps its posts as JSON with their product links to
    the store on that same host, tagged `utm_source=blog&utm_medium=tutorial&...&utm_content=C-411`: links between
    the site's own pages, whose tags should go (utm-internal-link), not a medium to respell nor a SKU to lowercase.
    The mistake is still told without the layout (no host known), on another site's link in the same file, and on
    the app's own notes in `docs/` (GasCap's SMS plan, corpus 26 #41: an app's Markdown is no page of its site)."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/PabloSilvaBravo/mechatronicstore-blog.git"], check=True)
    (tmp_path / "src" / "app").mkdir(parents=True)
    (tmp_path / "src" / "app" / "layout.tsx").write_text(MECHA_LAYOUT, encoding="utf-8")
    (tmp_path / "data" / "content-snapshots").mkdir(parents=True)
    (tmp_path / "data" / "content-snapshots" / "post-swarm.json").write_text(_snapshot(MECHA_PRODUCT, MECHA_OTHER),
                                                                              encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "promo-plan.md").write_text(f"SMS link: <{MECHA_PRODUCT.replace('tutorial', 'sms2')}>\n",
                                                     encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def scan():
        main(["scan", "--format", "json", "--no-cache", "."])
        found = {}
        for d in json.loads(capsys.readouterr().out):
            found.setdefault((d["path"], d["line"]), set()).add(d["name"])
        return found

    found = scan()
    snapshot = "data/content-snapshots/post-swarm.json"
    own, other = sorted(line for path, line in found if path == snapshot)
    assert found[(snapshot, own)] == {"utm-internal-link"}
    assert "medium-unassigned" in found[(snapshot, other)]  # another site's link: its medium is still told
    assert "utm-internal-link" not in found[("docs/promo-plan.md", 1)]
    assert "medium-unassigned" in found[("docs/promo-plan.md", 1)]
    (tmp_path / "src" / "app" / "layout.tsx").unlink()
    assert found != scan()
    assert {"medium-unassigned", "value-case"} <= scan()[(snapshot, own)]  # no host known: the advice as before


def test_a_next_intl_apps_root_layout_under_its_locale_segment_is_read(tmp_path, monkeypatch, capsys):
    """An app translated with next-intl has its root layout at `app/[locale]/layout.tsx`: its `metadataBase` names the
    site's host as the root layout's does (review of session 39: it was not read, and the content's links to the
    site were told to respell their medium); a layout in a plain folder (`app/blog/`) is still no root layout."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/PabloSilvaBravo/mechatronicstore-blog.git"], check=True)
    (tmp_path / "data" / "content-snapshots").mkdir(parents=True)
    (tmp_path / "data" / "content-snapshots" / "post-swarm.json").write_text(_snapshot(MECHA_PRODUCT), encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def names(layout: str):
        (tmp_path / layout).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / layout).write_text(MECHA_LAYOUT, encoding="utf-8")
        main(["scan", "--format", "json", "--no-cache", "."])
        (tmp_path / layout).unlink()
        return {d["name"] for d in json.loads(capsys.readouterr().out)}

    assert names("app/[locale]/layout.tsx") == {"utm-internal-link"}
    assert names("src/app/[lang]/layout.tsx") == {"utm-internal-link"}
    assert "medium-unassigned" in names("app/blog/layout.tsx")


def test_validate_url_reads_the_apps_host_for_its_content():
    path = "data/content-snapshots/2026-05-30-post-swarm.json"
    repo = "PabloSilvaBravo/mechatronicstore-blog"
    told = {f.name for f in validate_url(MECHA_PRODUCT, repo=repo, path=path).findings}
    assert told == {"medium-unassigned", "value-case"}
    found = {f.name: f.message for f in validate_url(MECHA_PRODUCT, repo=repo, path=path,
                                                     app_site="mechatronicstore.cl").findings}
    assert set(found) == {"utm-internal-link"}
    assert "this link to www.mechatronicstore.cl, the site whose content this file keeps," in found["utm-internal-link"]
    # the app's host makes no Markdown note a page of its site
    note = {f.name for f in validate_url(MECHA_PRODUCT, repo=repo, path="docs/plan.md",
                                         app_site="mechatronicstore.cl").findings}
    assert "utm-internal-link" not in note


# Evoluttoplataforma/certificacaoiso---Blog-templum at ad91bec: a Supabase migration writing a CTA into posts (cut)
TEMPLUM_MIGRATION = """update blog_templum_posts set content = replace(content, $sql$<p>old</p>$sql$, $sql$<div class="cta-olivia">
<a class="btn btn--primary" href="/form/?utm_source=blog&amp;utm_medium=cta-olivia&amp;utm_campaign=pbqp-h-nivel-a&amp;norma=PBQP-H">Falar com a Olivia</a>
<a href="https://www.inmetro.gov.br/?utm_source=blog&amp;utm_medium=cta-olivia">Inmetro</a>
</div>$sql$)
where slug = 'pbqp-h-nivel-a';
"""


def test_a_relative_link_in_a_databases_rows_is_internal(tmp_path, monkeypatch, capsys):
    """Corpus 27 #62: Templum's blog writes its CTA's HTML into posts with an SQL migration (`href="/form/?utm_source=
    blog&amp;utm_medium=cta-olivia&..."`): a relative link of the HTML the site renders goes from one of its pages to
    another, whatever file its content is edited in: utm-internal-link. A database's rows still get no advice on
    their values (their absolute links to other sites: the medium `cta-olivia` is not told), as before."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/Evoluttoplataforma/certificacaoiso---Blog-templum.git"], check=True)
    (tmp_path / "supabase").mkdir()
    (tmp_path / "supabase" / "cta.sql").write_text(TEMPLUM_MIGRATION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = sorted((d["line"], d["name"]) for d in json.loads(capsys.readouterr().out))
    assert found == [(2, "utm-internal-link")]
    path = "supabase/descontinua-iscas-cta-olivia.sql"
    link = "/form/?utm_source=blog&amp;utm_medium=cta-olivia&amp;utm_campaign=pbqp-h-nivel-a&amp;norma=PBQP-H"
    repo = "Evoluttoplataforma/certificacaoiso---Blog-templum"
    assert {f.name for f in validate_url(link, repo=repo, path=path).findings} == {"utm-internal-link"}
    assert not validate_url("https://www.inmetro.gov.br/?utm_source=blog&utm_medium=cta-olivia", repo=repo,
                            path=path).findings


# A Next.js site's page (the app router's `app/<route>/page.tsx`, the pages router's `pages/<route>.tsx`) linking its
# own host with a campaign's tags, in a repository named for its domain; a component, an API route, and the same
# files in a repository that names no site
NEXT_PAGE = """export default function Pricing() {
  return (
    <main>
      <a href="https://northwind.io/signup?utm_source=pricing&utm_medium=referral&utm_campaign=launch">Sign up</a>
      <a href="https://partner.dev/?utm_source=northwind&utm_medium=referral&utm_campaign=launch">Our partner</a>
    </main>
  );
}
"""


def test_a_next_sites_pages_link_their_own_site_internally(tmp_path, monkeypatch, capsys):
    """`.jsx`/`.tsx` pages of a Next.js site (app router `page`/`layout`/`template` files under `app/`, every file of
    `pages/` but `_app`, `_document` and `api/`) are the site's pages, as Astro's, Vue's and Svelte's are since fix26b:
    a tagged link from one to the site's own host restarts the visitor's session (utm-internal-link). A component
    (`src/components/`), an API route, an Expo app's `app/index.tsx`, and any of them where the repository names no
    site (a dashboard's `src/pages/`: its link to the product's site a way in from outside) are not read as pages."""
    assert site_page("app/pricing/page.tsx") and site_page("src/app/[locale]/layout.tsx")
    assert site_page("pages/pricing.tsx") and site_page("src/pages/index.jsx")
    assert not any(site_page(p) for p in ("pages/_app.tsx", "pages/api/og.tsx", "src/components/Footer.tsx",
                                          "app/(tabs)/index.tsx", "app/_layout.tsx", "tests/pages/pricing.tsx",
                                          "pages/emails/welcome.tsx", "src/lib/links.ts"))

    def scan(slug):
        folder = tmp_path / slug.replace("/", "-")
        subprocess.run(["git", "init", "-q", str(folder)], check=True)
        subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", f"https://github.com/{slug}.git"],
                       check=True)
        for path in ("app/pricing/page.tsx", "pages/about.tsx", "src/components/Footer.tsx", "pages/api/og.tsx"):
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_text(NEXT_PAGE, encoding="utf-8")
        monkeypatch.chdir(folder)
        main(["scan", "--format", "json", "--no-cache", "."])
        return sorted((d["path"], d["name"], d["line"]) for d in json.loads(capsys.readouterr().out))

    found = scan("northwind/northwind.io")
    assert [f for f in found if f[1] == "utm-internal-link"] == [("app/pricing/page.tsx", "utm-internal-link", 4),
                                                                 ("pages/about.tsx", "utm-internal-link", 4)], found
    assert not any(f[2] == 5 for f in found)  # the partner's site: another host, tagged well
    # the same files where no site is known: nothing internal (a component's, an app's link to the site is a way in)
    assert not any(f[1] == "utm-internal-link" for f in scan("northwind/dashboard"))
    # and validate_url, given the repository and the path, as the corpus judge calls it
    link = "https://northwind.io/signup?utm_source=pricing&utm_medium=referral&utm_campaign=launch"
    assert [f.name for f in validate_url(link, repo="northwind/northwind.io", path="app/pricing/page.tsx").findings] == \
        ["utm-internal-link"]
    assert not validate_url(link, repo="northwind/northwind.io", path="src/components/Footer.tsx").findings


def test_a_link_sheet_in_a_data_folder_keeps_its_campaign_tags(tmp_path, monkeypatch, capsys):
    """The session's review: a repository whose site is known (its CNAME) keeping its own link sheet in `data/` (its
    newsletter's, its ads' links to its own site) is no page's content: tags that name a channel from outside the
    site (GA4's Email, Paid Social) are a campaign's and stay, judged as one; a post's product link tagged as no
    channel (`utm_source=blog&utm_medium=tutorial`, Unassigned) is still told it links the site's own pages."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/acme/acme-web.git"],
                   check=True)
    (tmp_path / "CNAME").write_text("acme.dev\n", encoding="utf-8")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "links.yaml").write_text(
        "launch:\n"
        "  email: https://acme.dev/launch?utm_source=newsletter&utm_medium=email&utm_campaign=launch\n"
        "  ad: https://acme.dev/launch?utm_source=linkedin&utm_medium=paid-social&utm_campaign=launch\n"
        "  post: https://acme.dev/shop/kit?utm_source=blog&utm_medium=tutorial&utm_campaign=launch\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = {(d["line"], d["name"]) for d in json.loads(capsys.readouterr().out)}
    assert found == {(4, "utm-internal-link")}, found


def test_an_internal_links_unfilled_slot_is_one_finding(tmp_path, monkeypatch, capsys):
    """Review of session 39: `acme.io/pricing?utm_source=your_source&...` on acme.io's own page got utm-internal-link
    ("remove them") and utm-placeholder-unfilled ("write the name of your app or site"): one mistake, one finding, the
    tags' removal (the slot goes with them). The same slot on a link to another site is still told unfilled."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "CNAME").write_text("acme.io\n", encoding="utf-8")
    (tmp_path / "docs.md").write_text(
        "# Docs\n\nSee https://acme.io/pricing?utm_source=your_source&utm_medium=email&utm_campaign=launch\n\n"
        "and https://partner.example/acme?utm_source=your_source&utm_medium=email&utm_campaign=launch\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "docs.md"])
    found = [(f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)]
    assert (3, "utm-internal-link") in found and (3, "utm-placeholder-unfilled") not in found, found
    assert (5, "utm-placeholder-unfilled") in found, found


# MatteoGrassi82/shiptimesite at a739925: the landing site's root layout loading ShipTime's GA4 stream with the
# cross-domain linker (`app/layout.tsx`, cut), its navigation's sign-up link (`components/ui/site-nav.tsx`, cut) and
# its CTA scene's form link to another site (`components/ui/shiptime-cta-scene.tsx`, cut)
SHIPTIME_LAYOUT = """import Script from "next/script";

const GA_MEASUREMENT_ID = "G-Y984M16EL7";

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        {children}
        <Script id="ga4-init" strategy="afterInteractive">
          {`
            window.dataLayer = window.dataLayer || [];
            function gtag(){dataLayer.push(arguments);}
            gtag('js', new Date());
            gtag('config', '${GA_MEASUREMENT_ID}', {
              linker: { domains: ['shiptime.com', 'shiptimelandin.com'] }
            });
          `}
        </Script>
      </body>
    </html>
  );
}
"""
SHIPTIME_SIGNUP = "https://app.shiptime.com/?utm_source=shiptimelandin&utm_medium=landing&utm_campaign=signup&utm_content=nav"
SHIPTIME_NAV = f"""const SIGNUP_URL =
  "{SHIPTIME_SIGNUP}";

export function SiteNav({{ ctaHref = SIGNUP_URL }}) {{
  return <a href={{ctaHref}}>Sign up</a>;
}}
"""
SHIPTIME_FORM = "https://form.typeform.com/to/logistics-report?utm_source=landing&utm_medium=cta&utm_campaign=report"


def test_the_google_tags_linker_names_the_sites_hosts():
    """identity.linked_hosts: the domains a site's Google tag measures as one property with it (gtag.js' `linker:
    { domains: [...] }` in `config` or `set`, analytics.js' `linker:autoLink`), read where a site loads its tag (a
    Next.js root layout, an `index.html`, a Hugo or Jekyll head partial), `www.` left out; never a regular expression
    or a variable (nothing to read), a stand-in host, or a file elsewhere."""
    from utmlint.identity import linked_host, linked_hosts, linker_domains

    def read(files):
        return lambda name: files.get(name, "")

    assert linked_hosts(read({"app/layout.tsx": SHIPTIME_LAYOUT})) == ("shiptime.com", "shiptimelandin.com")
    assert linker_domains("gtag('set', 'linker', {'domains': ['www.acme.io', 'acme-shop.com']});") == \
        ("acme.io", "acme-shop.com")
    assert linker_domains("gtag('config', 'G-1', { 'linker': { 'accept_incoming': true, 'domains': ['acme.co.uk'] } })"
                          ) == ("acme.co.uk",)
    assert linker_domains("ga('require', 'linker');\nga('shop.linker:autoLink', ['acme-shop.com'], false, true);") == \
        ("acme-shop.com",)
    assert linker_domains("gtag('config', 'G-1', { linker: { domains: [/acme\\.io/, SHOP_DOMAIN, 'example.com'] } })"
                          ) == ()
    assert linker_domains("gtag('config', 'G-1', { send_page_view: false }); const domains = ['acme.io'];") == ()
    assert linked_hosts(read({"layouts/partials/head.html": "<script>gtag('set','linker',{'domains':['acme.io']})"
                                                            "</script>"})) == ("acme.io",)
    assert linked_hosts(read({"src/components/Analytics.tsx": SHIPTIME_LAYOUT})) == ()  # not where a site loads it
    assert linked_host("app.shiptime.com", ("shiptime.com",)) and linked_host("www.shiptime.com", ("shiptime.com",))
    assert not linked_host("notshiptime.com", ("shiptime.com",)) and not linked_host("shiptime.co", ("shiptime.com",))


def test_a_link_to_a_host_the_sites_google_tag_links_is_internal(tmp_path, monkeypatch, capsys):
    """Corpus 30 #15 #17-#20: ShipTime's landing site (shiptimelandin.com) loads ShipTime's own GA4 stream with the
    linker for `shiptime.com` and `shiptimelandin.com`, and its pages and their components link the app at
    app.shiptime.com with `utm_source=shiptimelandin&utm_medium=landing&...`: inside one property, where the tags
    restart the visit and take its credit from the channel that brought it: utm-internal-link, not "write
    `referral`". The mistake is still told on a link to another site in the same component, in the README (read on
    GitHub, outside the site), and without the linker (no host known)."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin",
                    "https://github.com/MatteoGrassi82/shiptimesite.git"], check=True)
    (tmp_path / "app" / "vs").mkdir(parents=True)
    (tmp_path / "app" / "layout.tsx").write_text(SHIPTIME_LAYOUT, encoding="utf-8")
    (tmp_path / "app" / "vs" / "page.tsx").write_text(
        f'export default function Vs() {{\n  return <a href="{SHIPTIME_SIGNUP}">Start</a>;\n}}\n', encoding="utf-8")
    (tmp_path / "components" / "ui").mkdir(parents=True)
    (tmp_path / "components" / "ui" / "site-nav.tsx").write_text(SHIPTIME_NAV, encoding="utf-8")
    (tmp_path / "components" / "ui" / "cta-scene.tsx").write_text(
        f'export const formUrl = () => "{SHIPTIME_FORM}";\n', encoding="utf-8")
    (tmp_path / "README.md").write_text(f"Try the app: <{SHIPTIME_SIGNUP}>\n", encoding="utf-8")
    # a link built on a constant naming the app (`components/ui/vs-page.tsx`), and on one naming another site
    (tmp_path / "components" / "ui" / "vs-page.tsx").write_text(
        'const SIGNUP = "https://app.shiptime.com/";\nconst SHOP = "https://shop.partner.io/";\n'
        "export const signup = (content) =>\n"
        "  `${SIGNUP}?utm_source=shiptimelandin&utm_medium=landing&utm_campaign=signup&utm_content=${content}`;\n"
        "export const shop = `${SHOP}?utm_source=shiptimelandin&utm_medium=landing&utm_campaign=partner`;\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    def scan():
        main(["scan", "--format", "json", "--no-cache", "."])
        found = {}
        for d in json.loads(capsys.readouterr().out):
            found.setdefault(d["path"], {}).setdefault(d["name"], d["message"])
        return found

    found = scan()
    assert set(found["components/ui/site-nav.tsx"]) == {"utm-internal-link"}
    assert set(found["app/vs/page.tsx"]) == {"utm-internal-link"}
    assert found["app/vs/page.tsx"]["utm-internal-link"].startswith(
        "this link to app.shiptime.com, which your site's Google tag measures in the same GA4 property (its "
        "cross-domain linker's `domains`), carries")
    assert "it leads from your site to another host of that property" in found["app/vs/page.tsx"]["utm-internal-link"]
    assert "medium-unassigned" in found["components/ui/cta-scene.tsx"]  # another site's form: its medium is told
    assert set(found["README.md"]) == {"medium-unassigned"}  # read on GitHub: a way in from outside
    main(["scan", "--format", "json", "--no-cache", "components/ui/vs-page.tsx"])
    built = {(d["line"], d["name"]): d["message"] for d in json.loads(capsys.readouterr().out)}
    assert set(built) == {(4, "utm-internal-link"), (5, "medium-unassigned")}, built
    assert built[(4, "utm-internal-link")].startswith("this link to app.shiptime.com, which your site's Google tag")
    (tmp_path / "app" / "layout.tsx").write_text(SHIPTIME_LAYOUT.replace("linker", "cookie_flags"), encoding="utf-8")
    again = scan()
    assert set(again["components/ui/site-nav.tsx"]) == set(again["app/vs/page.tsx"]) == {"medium-unassigned"}


def test_validate_url_reads_the_hosts_the_sites_google_tag_links():
    repo = "MatteoGrassi82/shiptimesite"
    linked = ("shiptime.com", "shiptimelandin.com")
    for path in ("components/ui/site-nav.tsx", "app/vs/page.tsx"):
        assert [f.name for f in validate_url(SHIPTIME_SIGNUP, repo=repo, path=path, linked_sites=linked).findings] \
            == ["utm-internal-link"]
        assert [f.name for f in validate_url(SHIPTIME_SIGNUP, repo=repo, path=path).findings] == ["medium-unassigned"]
    assert [f.name for f in validate_url(SHIPTIME_SIGNUP, repo=repo, path="README.md", linked_sites=linked).findings] \
        == ["medium-unassigned"]
    assert "medium-unassigned" in {f.name for f in validate_url(SHIPTIME_FORM, repo=repo, path="components/ui/x.tsx",
                                                                linked_sites=linked).findings}


ACME_LAYOUT = 'export const metadata = { metadataBase: new URL("https://acme.dev"), title: "Acme" };\n'
ACME_PRICING = """export default function Pricing() {
  return (
    <main>
      <a href="https://acme.dev/demo?utm_source=website&utm_medium=in-app&utm_campaign=pricing-demo">Book a demo</a>
      <a href="https://partner.dev/demo?utm_source=website&utm_medium=in-app&utm_campaign=pricing-demo">Partner</a>
      <textarea defaultValue="Our new pricing! https://acme.dev/?utm_source=x&utm_medium=social" />
    </main>
  );
}
"""


@pytest.mark.parametrize("app", ["", "apps/web/"])
def test_a_next_apps_page_linking_its_own_host_is_an_internal_link(tmp_path, monkeypatch, capsys, app):
    """newuser49 F3: a Next.js app router page (`app/pricing/page.tsx`) linking the host its root layout's
    `metadataBase` names, `acme.dev/demo?utm_source=website&utm_medium=in-app`, was told medium-unassigned's "use
    `referral` on a page": a self-referral, overwriting the campaign that brought the visitor. The page is on that
    site (the README: a Next.js page is one of the site's pages): utm-internal-link, as for the site's content kept as
    data. So in a monorepo, where the app is `apps/web/` and its root layout `apps/web/app/layout.tsx`. Another site's
    link on the page, a post the page drafts for a social network (tags of a channel from outside: corpus 37 #40), and
    the app's component outside its pages, keep their advice."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / app / "app" / "pricing").mkdir(parents=True)
    (tmp_path / app / "app" / "layout.tsx").write_text(ACME_LAYOUT, encoding="utf-8")
    (tmp_path / app / "app" / "pricing" / "page.tsx").write_text(ACME_PRICING, encoding="utf-8")
    (tmp_path / app / "lib").mkdir()
    (tmp_path / app / "lib" / "links.ts").write_text(ACME_PRICING, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = {}
    for d in json.loads(capsys.readouterr().out):
        found.setdefault((d["path"], d["line"]), set()).add(d["name"])
    page = f"{app}app/pricing/page.tsx"
    assert found[(page, 4)] == {"utm-internal-link"}
    assert "medium-unassigned" in found[(page, 5)]
    assert "missing-utm-param" in found[(page, 6)] and "utm-internal-link" not in found[(page, 6)]
    assert "medium-unassigned" in found[(f"{app}lib/links.ts", 4)]


def test_a_monorepos_docs_page_linking_its_own_docs_site_is_an_internal_link(tmp_path, monkeypatch, capsys):
    """newuser49 F4: in a monorepo the Docusaurus site is a folder of its own (`docs/docusaurus.config.js`, `url:
    'https://docs.acme.dev'`); its page `docs/docs/flows.md` linking `docs.acme.dev/api?utm_source=docs&...` passed
    ("All clean"): the site's config was read at the repository's root only. The nearest folder naming a site is the
    page's; a page of another folder (the marketing app's blog) linking the docs site is a way in from outside."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "docs" / "docs").mkdir(parents=True)
    (tmp_path / "docs" / "docusaurus.config.js").write_text("module.exports = {\n  url: 'https://docs.acme.dev',\n};\n",
                                                          encoding="utf-8")
    link = "See the [API guide](https://docs.acme.dev/api?utm_source=docs&utm_medium=referral&utm_campaign=nav).\n"
    (tmp_path / "docs" / "docs" / "flows.md").write_text(link, encoding="utf-8")
    (tmp_path / "web" / "blog").mkdir(parents=True)
    (tmp_path / "web" / "blog" / "launch.md").write_text(link.replace("utm_source=docs", "utm_source=Blog"),
                                                         encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = {}
    for d in json.loads(capsys.readouterr().out):
        found.setdefault(d["path"], set()).add(d["name"])
    assert found["docs/docs/flows.md"] == {"utm-internal-link"}
    assert found["web/blog/launch.md"] == {"value-case"}


ACME_POST = """---
title: Flows launch
---

Flows are here. [Start a free trial](https://acme.dev/signup?utm_source=blog&utm_medium=referral&utm_campaign=launch).
Read [the partner's post](https://partner.dev/flows?utm_source=acme&utm_medium=referral&utm_campaign=launch).
"""


@pytest.mark.parametrize("app", ["", "apps/web/"])
def test_a_next_apps_mdx_post_linking_its_own_host_is_an_internal_link(tmp_path, monkeypatch, capsys, app):
    """newuser49 F8: a Next.js app's blog post (`content/blog/launch.mdx`, beside the app's `app/`, rendered at
    acme.dev/blog by the app's code: Contentlayer, next-mdx-remote) linking `acme.dev/signup` with utm tags passed
    silently: a self-referral from the site's own page. It is a page of the site whose root layout's `metadataBase`
    names acme.dev: utm-internal-link, as on the app's `app/**/page.tsx`; so in `posts/` and `_posts/`, in a monorepo
    too. The app's other Markdown (`docs/`, corpus 26 #41: notes beside the app) stays a way in from outside."""
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / app / "app").mkdir(parents=True)
    (tmp_path / app / "app" / "layout.tsx").write_text(ACME_LAYOUT, encoding="utf-8")
    for folder in ("content/blog", "posts", "_posts", "docs"):
        (tmp_path / app / folder).mkdir(parents=True)
        (tmp_path / app / folder / "launch.mdx").write_text(ACME_POST, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = {}
    for d in json.loads(capsys.readouterr().out):
        found.setdefault((d["path"], d["line"]), set()).add(d["name"])
    for folder in ("content/blog", "posts", "_posts"):
        assert found[(f"{app}{folder}/launch.mdx", 5)] == {"utm-internal-link"}
        assert (f"{app}{folder}/launch.mdx", 6) not in found
    assert not any(path == f"{app}docs/launch.mdx" for path, _ in found)
