"""A URL in a code comment is read by whoever reads the code and followed by no visitor: scan gives it only the rules
about the URL as written (copied tracking, http, an e-mail address, a key GA4 cannot read), never advice on its values
(complete, respell, or remove them as internal). The lines are the corpora's (real files at their commits):

- corpus 7 #143 zotero/zotero-connectors src/common/itemSaver.js: `// Current URL: /records?utm_source=search` was told
  to remove its tags (utm-internal-link);
- corpus 7 #198 requarks/wiki client/components/login.vue: a commented-out Unsplash credit, the same;
- corpus 8 #187 great-expectations site_builder.py: commented-out Python `?utm_source={}&utm_medium={}` got
  medium-unassigned and missing-utm-param;
- corpus 8 #1 mailchimp-for-wordpress class-list-data-mapper.php: a `/* @see http://kb.mailchimp.com/...` doc comment
  with Mailchimp's tags got medium-unassigned (its http:// is still said);
- corpus 6 #91 a `// See (https://mithril.js.org/...?utm_source=chatgpt.com#...)` comment: ChatGPT's citation tag is
  still copied-tracking (labelled correct);
- corpus 7 #253 AdvancedCustomFields/acf acf.php: the plugin header's `Author URI:` is shown by WordPress as a link:
  judged as one (its source-overrides-medium is correct);
- corpus 9 #278-#287 pathwaycom/pathway docs: Markdown's `<!-- https://www.canva.com/design/.../edit?utm_content=...
  &utm_medium=link2&utm_source=sharebutton -->` (where a figure was drawn; Markdown renders no HTML comment) got
  medium-unassigned and value-case on Canva's design id.

Not comments (review8 S5): a `#` or `//` inside a PHP or Ruby heredoc, a Java text block or JSX text: the links after
it are live (test_links_in_heredocs_text_blocks_and_jsx_text_are_live)."""

from __future__ import annotations

import json
import random

import pytest

from utmlint.cli import main
from utmlint.scan.comments import Comments, comment_spans

FILES = {
    "src/common/itemSaver.js": (
        "\t\t\t\t// Current URL: /records?utm_source=search\n"
        "\t\t\t\t// Attachment URL: /records?utm_source=search&download=1\n"),
    "client/components/login.vue": (
        "<script>\nexport default {\n  data () {\n    return {\n"
        "      // <span>Photo by <a href=\"https://unsplash.com/@isaacquesada?utm_source=unsplash&amp;utm_medium="
        "referral&amp;utm_content=creditCopyText\">Isaac Quesada</a> on <a href=\"/t/textures-patterns?utm_source="
        "unsplash&amp;utm_medium=referral&amp;utm_content=creditCopyText\">Unsplash</a></span>\n"
        "      bgIsLoaded: false\n    }\n  }\n}\n</script>\n"),
    "great_expectations/render/renderer/site_builder.py": (
        "        # if usage_statistics_url:\n"
        "        #     usage_statistics = \"?utm_source={}&utm_medium={}&utm_campaign={}\".format(\n"
        "        #         \"ge-init-datadocs-v\" + ge_version, \"datadocs\", usage_statistics_url\n"
        "        #     )\n"),
    "includes/class-list-data-mapper.php": (
        "<?php\n\n/**\n * Class PL4WP_List_Data_Mapper\n */\nclass PL4WP_List_Data_Mapper {\n"
        "\t\t\t/* @see http://kb.mailchimp.com/lists/managing-subscribers/view-and-edit-subscriber-languages"
        "?utm_source=mc-api&utm_medium=docs&utm_campaign=apidocs&_ga=1.211519638.2083589671.1469697070 */\n}\n"),
    "applications/calendar-app/calendar-app.ts": (
        "// We set the prefix to empty string intentionally here. See (https://mithril.js.org/route.html"
        "?utm_source=chatgpt.com#routing-strategies)\nm.route.prefix = \"\";\n"),
    "acf.php": (
        "<?php\n/**\n * Advanced Custom Fields\n *\n * Plugin Name:       Advanced Custom Fields\n"
        " * Author:            WP Engine\n"
        " * Author URI:        https://wpengine.com/?utm_source=wordpress.org&utm_medium=referral"
        "&utm_campaign=plugin_directory&utm_content=advanced_custom_fields\n */\n"),
}


@pytest.fixture
def findings(tmp_path, monkeypatch, capsys):
    for name, text in FILES.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    return sorted((f["path"], f["name"]) for f in json.loads(capsys.readouterr().out))


def test_a_comments_links_get_no_advice_on_their_tags(findings):
    for path in ("src/common/itemSaver.js", "client/components/login.vue",
                 "great_expectations/render/renderer/site_builder.py"):
        assert [f for f in findings if f[0] == path] == []
    # the URL as written: not medium-unassigned; its `_ga=` linker is copied tracking (rules/copied-tracking.txt,
    # markers8), which a comment's link still gets (test_tracking_copied_into_a_comments_link_is_still_said)
    mapper = "includes/class-list-data-mapper.php"
    assert [f for f in findings if f[0] == mapper] == [(mapper, "copied-tracking"), (mapper, "url-insecure")]


def test_tracking_copied_into_a_comments_link_is_still_said(findings):
    assert ("applications/calendar-app/calendar-app.ts", "copied-tracking") in findings


def test_a_wordpress_plugin_header_is_a_link_wordpress_shows(findings):
    assert ("acf.php", "source-overrides-medium") in findings


@pytest.mark.parametrize("suffix,text,inside", [
    (".js", 'const a = "https://x.com/?utm_source=a"; // see https://y.com/?utm_source=b', [False, True]),
    (".ts", "/*\n * https://x.com/?utm_source=a\n */\nconst u = 'https://y.com/?utm_source=b';", [True, False]),
    (".jsx", "<p>Visit https://x.com/?utm_source=a</p>", [False]),  # a scheme's `//` is no comment
    # a quote in a regex literal is no string's (corpus 26 #63): the comment after it is still one
    (".js", "const re = /\"/; const u = 'https://x.com/?utm_source=a'; // https://y.com/?utm_source=b",
     [False, True]),
    # corpus 26 #63, Rank Math's one-line Content AI bundle: `/"/g` and `/`|'/g` read as code made the bundle's
    # strings "code", and a Worker's source in a string (`let typingSpeed = 25; // Adjust the typing speed`) a line
    # comment hiding the rest of the line's links; a real comment after them still hides its link
    (".js", 'u=function(e){return e.replace(/"/g,"&quot;").replace(/`|\'/g,"&#039;")},G=function(){return new Worker('
            'URL.createObjectURL(new Blob(["\\n\\tlet typingSpeed = 25; // Adjust the typing speed\\n"])))},'
            'H="https://x.com/?utm_source=a";/* https://y.com/?utm_source=b */', [False, True]),
    # a regex's class holding `/` and a quote, a keyword before a regex, a division (a `/` after a value) opening none
    (".js", 'a=/[/"]+/g;u="https://x.com/?utm_source=a";// https://y.com/?utm_source=b', [False, True]),
    (".js", 'function f(s){return/\'/.test(s)}var u="https://x.com/?utm_source=a"; // https://y.com/?utm_source=b',
     [False, True]),
    (".js", "x=(a)/2,y=b/c;u='https://x.com/?utm_source=a'; // https://y.com/?utm_source=b", [False, True]),
    # a JSX closing tag and Svelte's `{/if}` open no regex literal
    (".svelte", '{#if a}<a href="https://x.com/?utm_source=a">x</a>{/if} <a href="https://y.com/?utm_source=b">y</a>',
     [False, False]),
    (".js", "const s = `a\n// not a comment https://x.com/?utm_source=a\n`;", [False]),  # a template literal
    # a minified line where a regex literal's quote turns strings into "code": a path's `/*` or a `//` after a word
    # opens no comment that would swallow the links after it
    (".js", 'a=/"/;b="src/**/*.js";c="https://x.com/?utm_source=a";d="x//y";e="https://y.com/?utm_source=b"',
     [False, False]),
    (".js", "f(/* https://x.com/?utm_source=a */);x=1;// https://y.com/?utm_source=b", [True, True]),
    (".py", 's = """\n# https://x.com/?utm_source=a\n"""\nx = "#"  # https://y.com/?utm_source=b', [False, True]),
    (".rb", 'url = "https://x.com/?utm_source=a#top" # https://y.com/?utm_source=b', [False, True]),
    (".php", "<?php #[Attr] $u = 'https://x.com/?utm_source=a'; # https://y.com/?utm_source=b ?>"
             "<a href=\"https://z.com/?utm_source=c\">// not</a>", [False, True, False]),
    # Markdown renders no HTML comment (corpus 9 #278: a Canva editor link noting where a figure was drawn), but an
    # e-mail's conditional comment holds live markup, and HTML files keep theirs (e-mail templates: corpus 7 #3-#5)
    (".md", "<!-- https://x.com/?utm_source=a -->\n[b](https://y.com/?utm_source=b)\n"
            "<!--[if mso]><a href=\"https://z.com/?utm_source=c\">z</a><![endif]-->", [True, False, False]),
    (".html", "<!-- https://x.com/?utm_source=a -->", [False]),
    # an SVG image's comment too (corpus 9 #2: the URL a QR code encodes), never its `<a href>`
    (".svg", "<svg><!-- QR code for https://x.com/?utm_source=a -->\n<a href=\"https://y.com/?utm_source=b\">y</a></svg>",
     [True, False]),
    # review8 S5: a heredoc, a Java text block and JSX text are no comments; code after them still has comments
    (".php", "<?php $b = <<<HTML\n<p>Order #1 <a href=\"https://x.com/?utm_source=a\">t</a>\nHTML;\n"
             "# https://y.com/?utm_source=b\n", [False, True]),
    (".php", "<?php $b = <<<'EOT'\n  // https://x.com/?utm_source=a\n  EOT;\n", [False]),  # nowdoc, indented end
    (".rb", "B = <<~HTML\n  <p>Order #1 <a href=\"https://x.com/?utm_source=a\">t</a>\nHTML\n"
            "x = 1 << 2 # https://y.com/?utm_source=b\n", [False, True]),
    (".rb", "B = <<-EOS\n # https://x.com/?utm_source=a\n  EOS\n", [False]),
    (".java", 'String s = """\n  <p>Step 1 // then <a href="https://x.com/?utm_source=a">\n  """;\n'
              "// https://y.com/?utm_source=b\n", [False, True]),
    (".jsx", '<p>Read this // then <a href="https://x.com/?utm_source=a">go</a></p>\n'
             "  // https://y.com/?utm_source=b\n", [False, True]),
    (".vue", '<template><p>Read // <a href="https://x.com/?utm_source=a">go</a></p></template>', [False]),
])
def test_where_comments_are(suffix, text, inside):
    comments = Comments(text, suffix)
    at, found = 0, []
    while True:
        at = text.find("utm_source=", at + 1)
        if at == -1:
            break
        found.append(comments.covers(at))
    assert found == inside


# review8 S5: transactional e-mail templates in a heredoc, a Java text block and JSX text: `#1234` or `// then` before
# a live link made the rest of the line a "comment" and the link's errors vanished
LIVE = {
    "mail.php": ("<?php\n$body = <<<HTML\n<p>Your order #1234 has shipped: <a href=\"https://acme.sunbeam.app/track"
                 "?utm_source=Transactional&utm_medium=In-App\">track</a></p>\nHTML;\n"),
    "mailer.rb": ("BODY = <<~HTML\n  <p>Order #1234: <a href=\"https://acme.sunbeam.app/track?utm_source=Ruby"
                  "&utm_medium=In-App\">track</a></p>\nHTML\n"),
    "Tpl.java": ('class Tpl {\n  String s = """\n  <p>Step 1 // then <a href="https://acme.sunbeam.app/track'
                 '?utm_source=Java&utm_medium=In-App">go</a></p>\n  """;\n}\n'),
    "page.jsx": ('export const P = () => (\n  <p>Read this // then <a href="https://acme.sunbeam.app/track'
                 '?utm_source=JSX&utm_medium=In-App">go</a></p>\n);\n'),
}


def test_links_in_heredocs_text_blocks_and_jsx_text_are_live(tmp_path, monkeypatch, capsys):
    for name, text in LIVE.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = {(f["path"], f["name"]) for f in json.loads(capsys.readouterr().out)}
    for name in LIVE:
        assert (name, "medium-unassigned") in found and (name, "missing-utm-param") in found, name


def test_validate_url_told_the_link_is_in_a_comment_judges_it_as_scan_does():
    from utmlint.validate_url import validate_url

    example = "/records?utm_source=search"
    assert [f.name for f in validate_url(example).findings] == ["utm-internal-link"]
    assert validate_url(example, in_comment=True).findings == []
    mailchimp = ("http://kb.mailchimp.com/lists/managing-subscribers/view-and-edit-subscriber-languages"
                 "?utm_source=mc-api&utm_medium=docs&utm_campaign=apidocs")
    assert [f.name for f in validate_url(mailchimp, in_comment=True).findings] == ["url-insecure"]


# recall25 (session 37): a key GA4 cannot read is a fact about the link as written, not advice on a value: a code
# comment's link, the team's own writing, is told it (corpus 19 #139: Upsun's console link in a Hugo shortcode's
# commented-out `<!-- -->` block writes `_utm_campaign` and `_utm_medium`), and still nothing on its values (its missing
# campaign, its medium); a changelog's quoted example or a third party's `<iframe>` is told nothing on its keys
KEYS = {
    "layouts/shortcodes/starting-point.md": (
        "<!--\nTo use a template, click the button below.\n\n<a href='https://console.upsun.com/org/create-project"
        "?template=https://raw.githubusercontent.com/platformsh/template-builder/master/templates/{{ $repo }}/"
        ".platform.template.yaml&_utm_campaign=cta_deploy_marketplace_template&utm_source=public_documentation"
        "&_utm_medium=organic'>Deploy</a>\n-->\n"),
    "src/share.js": ("// const url = 'https://acme.sunbeam.app/?utm_sorce=newsletter&utm_medium=email&utm_campaign=spring'\n"
                     "const x = 1;\n"),
    "CHANGELOG.md": "# Changelog\n\n- Fixed: `/shop?UTM_source=news&utm_medium=email&utm_campaign=x` now lowercased\n",
    "embed.html": ('<iframe src="https://player.acme-video.io/v/1?UTM_source=site&utm_medium=embed&utm_campaign=x">'
                   "</iframe>\n"),
}


def test_a_key_ga4_cannot_read_is_told_in_a_code_comment_and_nothing_else(tmp_path, monkeypatch, capsys):
    for name, text in KEYS.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = sorted((f["path"], f["name"], f["message"][:14]) for f in json.loads(capsys.readouterr().out))
    shortcode = "layouts/shortcodes/starting-point.md"
    assert [f for f in found if f[0] == shortcode] == [
        (shortcode, "utm-key-unknown", "`_utm_campaign"), (shortcode, "utm-key-unknown", "`_utm_medium` ")]
    assert [f[1:] for f in found if f[0] == "src/share.js"] == [("utm-key-unknown", "`utm_sorce` is")]
    # the changelog's example and the third party's embed: not the team's link as written, nothing said
    assert [f for f in found if f[0] in ("CHANGELOG.md", "embed.html")] == []


def test_validate_url_tells_a_comments_key_ga4_cannot_read():
    from utmlint.validate_url import validate_url

    hidden = ("https://console.upsun.com/org/create-project?_utm_campaign=cta_deploy_marketplace_template"
              "&utm_source=public_documentation&_utm_medium=organic")
    assert [f.name for f in validate_url(hidden, in_comment=True).findings] == ["utm-key-unknown"] * 2
    # and no advice on its values there (outside a comment, its Unassigned medium is told too)
    misspelled = "https://acme.sunbeam.app/?utm_source=newsletter&utm_medium=fooo&utm_campaign=x&utm_contnet=a"
    assert "medium-unassigned" in {f.name for f in validate_url(misspelled).findings}
    assert [f.name for f in validate_url(misspelled, in_comment=True).findings] == ["utm-key-unknown"]


# review8 S14: a code file is lexed only up to its last link (Comments' `until`); what it answers before that point
# must be exactly what lexing the whole file answers. Every prefix length, on generated text of the tokens the lexer
# knows (quotes, escapes, heredocs, `?>`, comments), for each kind of file.
_PIECES = ["a", " ", "\n", ";", "'", '"', "`", '"""', "'''", "\\", "//", "/*", "*/", "#", "#[", "?>", "<?php ",
           "<<<HTML\n", "\nHTML;\n", "<<~EOS\n", "\nEOS\n", "<!--", "-->", "x.y", "https://", "Plugin Name: p\n",
           "/", "=/", "[", "]"]


@pytest.mark.parametrize("suffix", [".js", ".jsx", ".ts", ".java", ".go", ".py", ".rb", ".php", ".md", ".vue"])
def test_lexing_up_to_a_point_answers_as_the_whole_file_does(suffix):
    rng = random.Random(14)
    for _ in range(150):
        text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 40)))
        whole = comment_spans(text, suffix)
        for until in range(len(text) + 1):
            part = comment_spans(text, suffix, until)
            assert part == [span for span in whole if span[0] < until], (text, until)  # so covers() agrees below it
