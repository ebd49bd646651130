"""A minified build of another project copied into a repository without its package manifest is that project's
code (scan.minified): corpus 9 #38, checkov's `docs/web/js/pyro.js` (a site builder's front-end library, minified,
`/*! pyro: Front-end site library @license MIT */`) got missing-utm-param on the library's own badge link
`https://pyro.com?utm_campaign=brandjs`. A team's own bundle stays the team's: one whose banner names the repository,
one with no banner or a banner naming no project, and the same link written by hand. Real git repositories in a temp
folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

from tests.scan.repository import git_repo
from tests.scan.test_vendored_library import scan, write
from utmlint.identity import from_slug, in_folder
from utmlint.scan.minified import banner_project, foreign_build, minified
from utmlint.scan.saved import saved_page, saved_report

BADGE = 'e=t(\'<a class="w-pyro-badge"></a>\').attr("href","https://pyro.com?utm_campaign=brandjs")'
CODE = "!function(t){var e={};function n(r){return e[r]}" + "n.m=t,n.c=e;" * 150 + BADGE + "}();"


def build(banner: str) -> str:
    return banner + "\n" + CODE + "\n"


PYRO = build("/*!\n * pyro: Front-end site library\n * @license MIT\n */")


def test_a_banner_names_its_project():
    assert banner_project("/*! jQuery v3.7.1 | (c) OpenJS Foundation | jquery.org/license */") == "jQuery"
    assert banner_project("/**\n * TinyMCE version 6.8.4 (2024-06-19)\n */") == "TinyMCE"
    assert banner_project("/**\n * @license\n * Lodash <https://lodash.com/>\n */") == "Lodash"
    assert banner_project("/*!\n * Bootstrap v5.3.0 (https://getbootstrap.com/)\n */") == "Bootstrap"
    assert banner_project(PYRO) == "pyro"
    # webpack's pointer names no project; a plain comment says no licence or version; code first has no banner
    assert banner_project("/*! For license information please see main.js.LICENSE.txt */") == ""
    assert banner_project("/* the menu */") == ""
    assert banner_project("/* ***** BEGIN LICENSE BLOCK *****\n  Copyright 2011 Zotero */") == ""  # zotero-connectors
    assert banner_project("var a = 1; /*! jQuery v3.7.1 */") == ""


def test_minified_is_nearly_all_long_lines():
    assert minified(PYRO)
    assert not minified("/*! jQuery v3.7.1 */\nfunction a() {\n  return 1;\n}\n" * 40)


def test_whose_build():
    checkov = from_slug("bridgecrewio/checkov")
    assert foreign_build(PYRO, "docs/web/js/pyro.js", checkov) == "pyro"
    assert foreign_build(build("/*! jQuery v3.6.0 | (c) OpenJS Foundation */"), "js/jquery-3.6.0.min.js",
                         checkov) == "jQuery"
    docs = build("/*! checkov-docs 1.2.0 | MIT */")
    assert foreign_build(docs, "checkov-docs.js", checkov) == ""  # the repository's name
    ui = build("/*! Bridgecrew UI v2.0 | (c) Bridgecrew */")
    assert foreign_build(ui, "bridgecrew-ui.min.js", checkov) == ""  # its owner's
    assert foreign_build(PYRO, "pyro.js", None) == ""  # no known repository: nothing decided
    assert foreign_build(PYRO, "pyro.py", checkov) == ""
    # review9 R10: a team's concatenated bundle opening with a library's banner is named for the team's app
    assert foreign_build(build("/*! jQuery v3.6.0 | (c) OpenJS Foundation */"), "assets/app.min.js", checkov) == ""


def test_another_projects_minified_build_gets_no_advice_on_its_tags(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "checkov", "https://github.com/bridgecrewio/checkov.git")
    write(repo / "docs" / "web" / "js" / "pyro.js", PYRO)
    write(repo / "docs" / "web" / "js" / "app.js", build("/*! checkov docs v1.0 | (c) Bridgecrew */"))
    write(repo / "docs" / "web" / "js" / "bundle.js", build("/*! For license information see bundle.js.LICENSE */"))
    write(repo / "docs" / "web" / "js" / "badge.js", BADGE + ";\n")  # written by hand: the team's
    # review9 R10: the team's own concatenated bundle, jQuery first: named for the team's app, not for jQuery
    write(repo / "docs" / "web" / "js" / "site.min.js", build("/*! jQuery v3.6.0 | (c) OpenJS Foundation */"))
    write(repo / "docs" / "web" / "js" / "jquery.min.js", build("/*! jQuery v3.6.0 | (c) OpenJS Foundation */"))
    found = scan(monkeypatch, capsys, repo)
    assert not [f for f in found if f[0].endswith(("pyro.js", "jquery.min.js"))]
    for own in ("app.js", "bundle.js", "badge.js", "site.min.js"):
        assert (f"docs/web/js/{own}", "missing-utm-param") in found, own


# corpus 13 #139, corpus 12 #265: builds with no banner naming their project, in a folder that does. Zotero's
# `resource/tinymce/themes/modern/theme.min.js` (TinyMCE's theme: its code reads `tinymce.util.Tools`) got
# medium-unassigned on "Powered by Tiny"; Freemius' SDK in a WordPress plugin (`freemius/assets/js/pricing/
# freemius-pricing.js`) got utm-in-fragment on Freemius' own badge link.
TINY = "!function(){" + "var t=tinymce.util.Tools.resolve('x');" * 40 + "n.m=t,n.c=e;" * 150 + \
    'e.attr("href","https://www.tiny.cloud/?utm_campaign=editor_referral&utm_medium=poweredby&utm_source=tinymce")}();'


def test_a_folder_names_a_build_without_a_banner():
    zotero = from_slug("zotero/zotero")
    assert foreign_build(TINY, "resource/tinymce/themes/modern/theme.min.js", zotero) == "tinymce"
    webpack = build("/*! For license information please see freemius-pricing.js.LICENSE.txt */") + \
        'a.href="https://freemius.com/?badge=secure_payments#utm_source=wpadmin&utm_medium=payments_badge";\n'
    plugin = from_slug("ajaydsouza/better-search")
    assert foreign_build(webpack, "freemius/assets/js/pricing/freemius-pricing.js", plugin) == "freemius"
    # the team's own: a folder named for the repository (tinymce's own modules), a folder any project has, a word the
    # code merely says (MonsterInsights' `lite/` edition), code written by hand, no known repository
    assert foreign_build(TINY, "modules/tinymce/themes/modern/theme.min.js", from_slug("tinymce/tinymce")) == ""
    assert foreign_build(webpack, "assets/js/pricing/pricing.js", plugin) == ""
    assert foreign_build(build("/*! For license see x */") + "var a='lite lite lite';", "lite/js/reports.min.js",
                         from_slug("awesomemotive/google-analytics-for-wordpress")) == ""
    assert foreign_build("tinymce.util.a();\n" * 5, "resource/tinymce/theme.js", zotero) == ""
    assert foreign_build(TINY, "resource/tinymce/themes/modern/theme.min.js", None) == ""
    # stranger12 R11: a team's own feature bundle named for its folder (`public/widget/widget.min.js`) linking its own
    # site with its own name as the source is the team's; named alike but linking no site of that name, too
    formcraft = from_slug("formcraft/formcraft-lite")
    own = "!function(){var c=3;" + "n.m=t,n.c=e;" * 200 + \
        'window.fcLink="https://formcraft.io/pro/?utm_source=formcraft&utm_medium=widgt&utm_campaign=powered-by";}();'
    assert foreign_build(own, "public/widget/widget.min.js", formcraft) == ""
    assert foreign_build(own.replace("formcraft.io", "acme.example").replace("utm_source=formcraft", "utm_source=app"),
                         "public/checkout/checkout.min.js", formcraft) == ""
    # and a library's global read in the team's own build does not make it the library's when it links the team's site
    assert foreign_build(TINY.replace("www.tiny.cloud", "formcraft.io"), "public/tinymce/app.min.js", formcraft) == ""


def test_a_build_in_a_folder_named_for_it_gets_no_advice_on_its_tags(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "zotero", "https://github.com/zotero/zotero.git")
    write(repo / "resource" / "tinymce" / "themes" / "modern" / "theme.min.js", TINY)
    write(repo / "resource" / "app" / "theme.min.js", TINY.replace("tinymce.", "zotero."))  # the team's own build
    found = scan(monkeypatch, capsys, repo)
    assert not [f for f in found if f[0].startswith("resource/tinymce/")], found
    assert ("resource/app/theme.min.js", "medium-unassigned") in found, found
# jpanther/congo's exampleSite/content/docs/version-2/lighthouse.html (7fe9db85), cut: a saved Lighthouse report, its
# rendered "Learn more" link with the tool's own tags, then the data its renderer reads (corpus 14 #131-#138).
LIGHTHOUSE = """<html lang="en"><head>
  <meta charset="utf-8">
</head><body><div class="lh-vars"><div class="lh-metric lh-metric--pass" id="speed-index">
    <div class="lh-metric__innerwrap">
      <span class="lh-metric__title">Speed Index</span>
      <div class="lh-metric__description"><span>Speed Index shows how quickly the contents of a page are visibly \
populated. <a rel="noopener" target="_blank" href="https://web.dev/speed-index/?utm_source=lighthouse&amp;utm_medium=cli">\
Learn more</a>.</span></div>
    </div>
  </div></div>
  <script>window.__LIGHTHOUSE_JSON__ = {"userAgent":"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 \
(KHTML, like Gecko) HeadlessChrome/96.0.4664.110 Safari/537.36","lighthouseVersion":"8.0.0"};</script>
</body></html>
"""


def test_whose_report():
    congo = from_slug("jpanther/congo")
    assert saved_report(LIGHTHOUSE, "exampleSite/content/docs/version-2/lighthouse.html", congo) == "Lighthouse"
    assert saved_report('{"lighthouseVersion": "12.0.0", "audits": {}}', "reports/home.json", congo) == "Lighthouse"
    # the tool's own repository: its report templates are its code; a page only naming the tool is no report
    assert saved_report(LIGHTHOUSE, "report/test/fixture.html", from_slug("GoogleChrome/lighthouse")) == ""
    assert saved_report("<p>We ran Lighthouse on the theme.</p>", "docs/perf.html", congo) == ""
    assert saved_report(LIGHTHOUSE, "lighthouse.md", congo) == ""
    assert saved_report(LIGHTHOUSE, "lighthouse.html", None) == ""


def test_a_saved_tool_report_gets_no_advice_on_the_tools_tags(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "congo", "https://github.com/jpanther/congo.git")
    write(repo / "exampleSite" / "content" / "docs" / "version-2" / "lighthouse.html", LIGHTHOUSE)
    # the same link written by hand in the theme's own page: the team's tags, to complete
    write(repo / "exampleSite" / "content" / "docs" / "speed.html",
          '<a href="https://web.dev/speed-index/?utm_source=lighthouse&amp;utm_medium=cli">Speed Index</a>\n')
    found = scan(monkeypatch, capsys, repo)
    assert not [f for f in found if f[0].endswith("lighthouse.html")]
    assert ("exampleSite/content/docs/speed.html", "missing-utm-param") in found


# cheeriojs/cheerio's benchmark/documents/jquery.html (808f8456), cut: api.jquery.com's `jQuery()` page saved as a
# benchmark's input, with the canonical address and stylesheets it was saved from and Syncfusion's tags in its
# sidebar (corpus 8 #240: told to complete the tags, respell the medium and write https).
JQUERY_PAGE = """<html
  class="js multiplebgs boxshadow cssgradients wf-klavikaweb-i7-active wf-active"
  lang="en-US"
>
  <head data-live-domain="api.jquery.com">
    <title>jQuery() | jQuery API Documentation</title>
    <link
      rel="stylesheet"
      href="http://api.jquery.com/jquery-wp-content/themes/jquery/css/base.css?v=1"
      src="null"
    />
    <link rel="canonical" href="http://api.jquery.com/jQuery/" src="null" />
  </head>
  <body>
    <a href="http://www.syncfusion.com/resources/techportal/ebooks/jquery?utm_medium=BizDev-jQuery.org0513">ebook</a>
  </body>
</html>
"""


def test_whose_page():
    cheerio = from_slug("cheeriojs/cheerio")
    assert saved_page(JQUERY_PAGE, "benchmark/documents/jquery.html", cheerio) == "api.jquery.com"
    # the site's own repository: its page; a page whose stylesheets load by its own path, or from a CDN, is the
    # team's own whatever its canonical says (a site whose domain the repository's name does not say)
    assert saved_page(JQUERY_PAGE, "page.html", from_slug("jquery/api.jquery.com")) == ""
    own = JQUERY_PAGE.replace("http://api.jquery.com/jquery-wp-content/themes/jquery/css/", "/css/")
    assert saved_page(own, "index.html", cheerio) == ""
    cdn = JQUERY_PAGE.replace("http://api.jquery.com/jquery-wp-content/themes/jquery/css/", "https://cdn.jsdelivr.net/")
    assert saved_page(cdn, "index.html", cheerio) == ""
    assert saved_page(JQUERY_PAGE, "jquery.md", cheerio) == ""
    assert saved_page(JQUERY_PAGE, "jquery.html", None) == ""


def test_a_page_saved_from_another_site_gets_no_advice_on_its_tags(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "cheerio", "https://github.com/cheeriojs/cheerio.git")
    write(repo / "benchmark" / "documents" / "jquery.html", JQUERY_PAGE)
    # the same link in the team's own page, with the same mistakes: still judged
    own = JQUERY_PAGE.replace("http://api.jquery.com/jquery-wp-content/themes/jquery/css/", "/css/")
    write(repo / "website" / "index.html", own)
    found = scan(monkeypatch, capsys, repo)
    # since digest24 (session 37) a saved page is a copy with one note, as a copied list is (corpus 8 #240 found)
    assert [f for f in found if f[0].startswith("benchmark/")] == [
        ("benchmark/documents/jquery.html", "copied-tracking")], found
    assert ("website/index.html", "missing-utm-param") in found, found



# stranger13 R2: a team's own generated page (Hugo's absURL, Jekyll's absolute_url) has its canonical and an absolute
# stylesheet on its own site; with no CNAME in the repository, identity cannot tie it to the site. It is no saved
# page: a saved page also bears a sign no generator writes (Modernizr's/Typekit's run-time classes on <html>, a
# browser's "saved from url=" comment) or sits in a benchmark's or tests' data folder.
OWN_BUILT = """<!DOCTYPE html>
<html lang="en">
<head>
<link rel="canonical" href="https://pixel.io/blog/">
<link rel="stylesheet" href="https://pixel.io/css/main.min.css">
</head>
<body>
<p><a href="https://pixel.substack.com/?utm_source=blog&utm_medium=referal&utm_campaign=Footer">subscribe</a></p>
</body>
</html>
"""


def test_a_generated_page_on_its_own_site_is_no_saved_page():
    jdoe = from_slug("jdoe/site")
    assert saved_page(OWN_BUILT, "docs/blog/index.html", jdoe) == ""
    assert saved_page(OWN_BUILT, "benchmark/pages/index.html", jdoe) == "pixel.io"
    saved = OWN_BUILT.replace("<html", "<!-- saved from url=(0024)https://pixel.io/blog/ -->\n<html", 1)
    assert saved_page(saved, "docs/blog/index.html", jdoe) == "pixel.io"
    plain = JQUERY_PAGE.replace('class="js multiplebgs boxshadow cssgradients wf-klavikaweb-i7-active wf-active"', "")
    cheerio = from_slug("cheeriojs/cheerio")
    assert saved_page(plain, "jquery.html", cheerio) == ""
    assert saved_page(JQUERY_PAGE, "jquery.html", cheerio) == "api.jquery.com"


def test_a_generated_page_keeps_its_findings(tmp_path, monkeypatch, capsys):
    repo = git_repo(tmp_path / "site", "https://github.com/jdoe/site.git")
    write(repo / "docs" / "blog" / "index.html", OWN_BUILT)
    found = scan(monkeypatch, capsys, repo)
    assert ("docs/blog/index.html", "medium-unassigned") in found, found
    assert ("docs/blog/index.html", "value-case") in found, found


# corpus 21 #86 (blind): hugo-theme-next keeps InstantSearch.js's build as a CDN serves it,
# `static/js/3rd/instantsearch.js/4.73.2/instantsearch.production.min.js`; the folder named for the library counted as
# one of the repository's names, so the build's banner (`InstantSearch.js 4.73.2 | (c) Algolia`) read as its own, and
# Algolia's credit link got medium-unassigned.
INSTANTSEARCH = build("/*! InstantSearch.js 4.73.2 | © Algolia, Inc. and contributors; MIT License */") + \
    'var p="https://www.algolia.com/?utm_source=instantsearch.js&utm_medium=website&utm_content="+h;\n'


def test_a_build_kept_by_version_is_the_librarys():
    theme = "static/js/3rd/instantsearch.js/4.73.2/instantsearch.production.min.js"
    assert foreign_build(INSTANTSEARCH, theme, in_folder(from_slug("hugo-next/hugo-theme-next"), theme)) == \
        "InstantSearch.js"
    # without a version folder the folder's name may be the team's own package's (a monorepo's `packages/charts/`)
    flat = "static/js/3rd/instantsearch.js/instantsearch.production.min.js"
    assert foreign_build(INSTANTSEARCH, flat, in_folder(from_slug("hugo-next/hugo-theme-next"), flat)) == ""
    # the library's own repository keeps its build, version folder or not
    own = "packages/instantsearch.js/4.73.2/instantsearch.production.min.js"
    assert foreign_build(INSTANTSEARCH, own, in_folder(from_slug("algolia/instantsearch"), own)) == ""
    # a team's own bundle in a release folder, its banner naming the team's app, stays the team's
    app = "public/app/1.2.0/app.min.js"
    assert foreign_build(build("/*! app v1.2.0 | (c) Acme */"), app, in_folder(from_slug("acme/site"), app)) == ""
    # and one named for the team's owner, kept by release on its own site
    cdn = "cdn/acme-widgets/2.0.1/acme-widgets.min.js"
    assert foreign_build(build("/*! acme-widgets 2.0.1 | (c) Acme */"), cdn, in_folder(from_slug("acme/site"), cdn)) == ""
