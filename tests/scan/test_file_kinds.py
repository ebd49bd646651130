"""The kinds of file `utmlint scan` reads where repositories keep their own links, beyond the first ones: lychee's
Markdown kinds and stylesheets, page templates (Twig, Go's html/template, Pug, Astro) and more code (ES modules,
Kotlin, Swift, Rust, Dart, C#, Scala, QML), Elixir's code and templates (.ex, .exs, .eex, .heex, .leex), R (.r),
each from a row of the real-URL corpora scan never extracted before (benchmarks/corpus_scan/measure.py). A code
comment in the new languages is a comment (scan.comments). Left out, and why: SQL dumps and seeds, gettext catalogues
(.po/.pot: copies of the source's strings, which scan reads), patches, notebook outputs (a run's printed text); C, C++
and Objective-C, Haml, Slim, FreeMarker, Go's talks, `*.in` templates and Dockerfiles are read since session 33
(tests/scan/test_more_kinds.py)."""

from __future__ import annotations

import pytest

from utmlint.scan import family_of, scan_text
from utmlint.scan.comments import Comments

CASES = [
    # opencart/opencart upload/install/view/template/common/footer.twig (corpus 6)
    (".twig", '<a href="https://docs.opencart.com/?utm_source=opencart_install&amp;utm_medium=footer_link'
              '&amp;utm_campaign=opencart_install" target="_blank">{{ text_documentation }}</a>',
     "https://docs.opencart.com/?utm_source=opencart_install&utm_medium=footer_link&utm_campaign=opencart_install"),
    # FairwindsOps/polaris pkg/dashboard/templates/footer.gohtml (corpus 9)
    (".gohtml", '<a href="https://www.fairwinds.com/polaris-user-insights-demo?utm_source=polaris&utm_medium=polaris'
                '&utm_campaign=polaris">{{ .Text }}</a>',
     "https://www.fairwinds.com/polaris-user-insights-demo?utm_source=polaris&utm_medium=polaris&utm_campaign=polaris"),
    # algolia/instantsearch .../layouts/common/footer.pug (corpus 7)
    (".pug", "      a(href='https://www.algolia.com/why?utm_medium=social-owned&utm_source=helper%20website"
             "&utm_campaign=homepage&utm_term=why') Why Algolia",
     "https://www.algolia.com/why?utm_medium=social-owned&utm_source=helper%20website&utm_campaign=homepage"
     "&utm_term=why"),
    # withastro/starlight docs/src/components/showcase-sites.astro (corpus 8)
    (".astro", '<Card title="SiteOne" href="https://crawler.siteone.io/?utm_source=starlight-docs" />',
     "https://crawler.siteone.io/?utm_source=starlight-docs"),
    # woocommerce/woocommerce-android ...BlazeCampaignCreationAdDestinationParametersScreen.kt (corpus 7)
    (".kt", 'val url = "https://woocommerce.com?utm_source=woocommerce&utm_medium=android&utm_campaign=blaze"',
     "https://woocommerce.com?utm_source=woocommerce&utm_medium=android&utm_campaign=blaze"),
    # mozilla-mobile/mozilla-vpn-client src/ui/screens/settings/ViewFirefoxExtensionInfo.qml (corpus 5)
    (".qml", '    onClicked: Qt.openUrlExternally("https://www.mozilla.org/firefox/?utm_medium=mozilla-vpn-client'
             '&utm_source=vpn-settings&utm_campaign=evergreen&utm_content=firefox-extension")',
     "https://www.mozilla.org/firefox/?utm_medium=mozilla-vpn-client&utm_source=vpn-settings&utm_campaign=evergreen"
     "&utm_content=firefox-extension"),
    # elementor/hello-theme style.css: a WordPress theme's header (corpus 5)
    (".css", "/*\n\tTheme Name: Hello Elementor\n\tTheme URI: https://elementor.com/hello-theme/?utm_source=wp-themes"
             "&utm_campaign=theme-uri&utm_medium=wp-dash\n*/",
     "https://elementor.com/hello-theme/?utm_source=wp-themes&utm_campaign=theme-uri&utm_medium=wp-dash"),
    # ziglang/www.ziglang.org content/en-US/news/2024-financials.smd (corpus 7)
    (".smd", "[donate](https://www.every.org/zig-software-foundation-inc?utm_campaign=2024_financials#/donate)",
     "https://www.every.org/zig-software-foundation-inc?utm_campaign=2024_financials#/donate"),
    (".qmd", "See [the guide](https://acme.example.com/guide?utm_source=quarto&utm_medium=referral).",
     "https://acme.example.com/guide?utm_source=quarto&utm_medium=referral"),
    (".mjs", 'export const HELP = "https://acme.example.com/help?utm_source=cli&utm_medium=referral";',
     "https://acme.example.com/help?utm_source=cli&utm_medium=referral"),
    # review9 R11: VitePress's `npx vitepress init` writes `.vitepress/config.mts`
    (".mts", "nav: [{ text: 'Pro', link: 'https://acme.example.com/pro?utm_source=docs&utm_medium=referral' }]",
     "https://acme.example.com/pro?utm_source=docs&utm_medium=referral"),
    (".rs", 'let url = "https://acme.example.com/?utm_source=cli&utm_medium=referral";',
     "https://acme.example.com/?utm_source=cli&utm_medium=referral"),
    # thechangelog/changelog.com lib/changelog_web/views/sponsor_view.ex:65 and plugs/redirects.ex:14 (corpus 10
    # #27-#40: its sponsor links, never read before: .ex was no scan family)
    (".ex", '  def sponsors_list do\n    [\n      {"Toptal", "https://www.toptal.com/?utm_source=changelog"},\n',
     "https://www.toptal.com/?utm_source=changelog"),
    (".exs", '  @external [\n    {"/tailscale",\n     "https://tailscale.com/?utm_source=sponsorship&utm_medium=podcast'
             '&utm_campaign=changelog&utm_term=changelog",\n     302},\n',
     "https://tailscale.com/?utm_source=sponsorship&utm_medium=podcast&utm_campaign=changelog&utm_term=changelog"),
    # the same repository's templates/layout/_footer.html.heex:117 and templates/page/about.html.eex:27
    (".heex", '<a href="https://www.fastly.com/?utm_source=changelog" title="Bandwidth by Fastly">\n  <p>Bandwidth</p>\n'
              '  <%= SharedHelpers.lazy_image(url(~p"/images/content/footer/partner-fastly.png"), "Fastly") %>\n</a>',
     "https://www.fastly.com/?utm_source=changelog"),
    (".eex", '<p><a href="https://typesense.org/?utm_source=changelog&amp;utm_medium=referral">Typesense</a> for '
             '<%= @search %></p>', "https://typesense.org/?utm_source=changelog&utm_medium=referral"),
    # rweekly/rweekly.org json/257.r:48 (corpus 13 #116: its issues' links, kept as `.r` files, never read before)
    (".r", '  {\n    "title": "satRdays are go!",\n    "href": "http://blog.rapporter.net/2016/04/satrdays-are-go.html'
           '?utm_source=feedburner&utm_medium=feed"\n  },',
     "http://blog.rapporter.net/2016/04/satrdays-are-go.html?utm_source=feedburner&utm_medium=feed"),
    (".R", 'ui <- fluidPage(a(href = "https://acme.example.com/pricing?utm_source=shiny&utm_medium=referral", "Pricing"))',
     "https://acme.example.com/pricing?utm_source=shiny&utm_medium=referral"),
]


@pytest.mark.parametrize("suffix, text, url", CASES, ids=[c[0] for c in CASES])
def test_the_link_is_found(suffix, text, url):
    assert family_of(suffix) is not None
    assert [o.url for o in scan_text(text, suffix)] == [url]


@pytest.mark.parametrize("suffix, text, inside", [
    # woocommerce-android's UtmProvider.kt (corpus 7 #139 is a KDoc example): a comment; a raw string is not
    (".kt", '/**\n * example: https://woocommerce.com?utm_campaign=x&utm_source=null\n */\n'
            'val s = """\n// https://x.com/?utm_source=a\n"""', [True, False]),
    # dandavison/delta src/utils/path.rs (corpus 6): a reddit link in a comment
    (".rs", "// https://www.reddit.com/r/rust/comments/hkkquy/comment/fwtw53s/?utm_source=share&utm_medium=web2x\n"
            'let s = "https://x.com/?utm_source=a";', [True, False]),
    (".swift", 'let s = """\n// https://x.com/?utm_source=a\n"""\n// https://y.com/?utm_source=b', [False, True]),
    (".cs", 'var u = "https://x.com/?utm_source=a"; // https://y.com/?utm_source=b', [False, True]),
    (".astro", "---\n// https://x.com/?utm_source=a\n---\n<p>Read // <a href=\"https://y.com/?utm_source=b\">y</a></p>",
     [True, False]),
    # Elixir: `#` to the line's end, outside a string and a heredoc (`@moduledoc """`)
    (".ex", '  @moduledoc """\n  See https://x.com/?utm_source=a # not a comment\n  """\n'
            '  # https://y.com/?utm_source=b\n  @url "https://z.com/?utm_source=c#{id}" # c\n', [False, True, False]),
    # R: `#` to the line's end, outside a string
    (".r", '# https://x.com/?utm_source=a\nurl <- "https://y.com/?utm_source=b#top"  # https://z.com/?utm_source=c\n',
     [True, False, True]),
])
def test_comments_in_the_new_languages(suffix, text, inside):
    comments = Comments(text, suffix)
    found = [comments.covers(o.start) for o in scan_text(text, suffix)]
    assert found == inside


def test_a_supermd_html_block_is_the_page_not_an_example():
    # ziglang/www.ziglang.org content/de-DE/zsf.smd (corpus 7): the donate button is in a ```=html block, which
    # SuperMD renders as HTML; another fenced block is still a code example
    smd = ('```=html\n<div>\n  <a href="https://www.every.org/zig-software-foundation-inc?utm_campaign=zsf_homepage'
           '#/donate">Donate</a>\n</div>\n```\n\n```zig\nconst u = "https://x.example/?utm_source=example";\n```\n')
    assert [o.url for o in scan_text(smd, ".smd")] == [
        "https://www.every.org/zig-software-foundation-inc?utm_campaign=zsf_homepage#/donate"]
    assert scan_text(smd, ".md") == []  # in Markdown a fenced block is an example, whatever its info string


def test_a_stylesheets_attribute_selector_is_no_link():
    # brainstormforce/header-footer-elementor admin/assets/css/ehf-admin.css:832 (corpus 8 #99): the style of the
    # admin menu's upgrade link; the link is written by the plugin's PHP
    css = ('#toplevel_page_hfe .wp-submenu li a[href*="https://ultimateelementor.com/pricing/?utm_source=wp-admin'
           '&utm_medium=menu&utm_campaign=uae-upgrade"]{\nbackground-color:#04a382;\n}\n'
           '.logo { background: url("https://cdn.example.com/a.png?utm_source=css"); }\n')
    assert [o.url for o in scan_text(css, ".css")] == ["https://cdn.example.com/a.png?utm_source=css"]


@pytest.mark.parametrize("suffix", [".pot", ".patch", ".diff", ".in"])
def test_kinds_left_out(suffix):
    assert family_of(suffix) is None
