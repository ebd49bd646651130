"""`&amp;` / `&#38;` in a markup file is how `&` is written there (in XHTML a raw `&` makes the file ill-formed), so
url-html-escaped speaks only outside markup and Markdown (YAML, plain text, a code string without a tag around it;
CommonMark decodes entities in Markdown's text and link destinations). scan reads markup files decoded; validate_url,
given the file's path (the corpus judge gives it), judges such a URL the same way. Corpus 7 #146-#148: zen-browser's `aboutDialog-xhtml.patch` (a patch of
Firefox's aboutDialog.xhtml) was told to write `&`."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan import markup_file
from utmlint.validate_url import validate_url

# As Firefox's browser/base/content/aboutDialog.xhtml writes it (the patched line of zen-browser/desktop)
MOZILLA = ("https://www.mozilla.org/privacy/?utm_source=firefox-browser&#38;utm_medium=firefox-desktop"
           "&#38;utm_campaign=about-dialog")
XHTML = f'<label is="text-link" class="bottom-link" href="{MOZILLA}" data-l10n-id="bottom-links-privacy"/>\n'
# one of ours, mis-cased, written in XHTML: the value is judged, and its fix is written back with the entity
OURS = "https://sunbeam.org/?utm_source=Newsletter&#38;utm_medium=email&#38;utm_campaign=spring"


def names(result):
    return sorted(f.name for f in result.findings)


def test_which_paths_are_markup():
    assert all(markup_file(p) for p in ("a/aboutDialog-xhtml.patch", "about.xhtml.patch", "x.html", "t.php",
                                         "i.svg", "b.xul", "feed.xml"))
    assert not any(markup_file(p) for p in ("x.md", "x.patch", "fix-typo.patch", "a.yaml", "page.html/notes.txt"))


def test_an_entity_in_a_markup_file_is_not_url_html_escaped():
    assert "url-html-escaped" in names(validate_url(MOZILLA))  # alone, a URL with `&#38;` is broken
    # Markdown decodes an entity in a link destination and in text (CommonMark), as scan reads a Markdown file: not
    # url-html-escaped there either (fix12, corpus 12 #191: Codacy's badge with `&amp;` in a WordPress readme.txt)
    assert "url-html-escaped" not in names(validate_url(MOZILLA, path="docs/links.md"))
    assert "url-html-escaped" not in names(validate_url(MOZILLA, path="src/aboutDialog-xhtml.patch"))


def test_spans_and_fixes_are_given_as_written():
    result = validate_url(OURS, path="content/about.xhtml")
    case = next(f for f in result.findings if f.name == "value-case")
    assert OURS[case.start:case.end] == "Newsletter"
    assert case.fixed == OURS.replace("Newsletter", "newsletter")
    assert result.fixed_url == OURS.replace("Newsletter", "newsletter")


def test_scan_reads_an_xhtml_and_a_xul_file_decoded(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "aboutDialog.xhtml").write_text(XHTML, encoding="utf-8")
    (tmp_path / "about.xul").write_text(XHTML.replace("privacy/", ""), encoding="utf-8")
    (tmp_path / "notes.txt").write_text(MOZILLA + "\n", encoding="utf-8")
    main(["scan", "."])
    out = capsys.readouterr().out
    assert "url-html-escaped" in out and "notes.txt:1:" in out  # plain text: `&#38;` stays literal
    assert "aboutDialog.xhtml:1:" in out and "about.xul:1:" in out  # judged (their medium), not told to write `&`
    assert all("url-html-escaped" not in line for line in out.splitlines() if line.startswith(("about", "aboutD")))


def test_an_escape_written_twice_in_markup_is_told_to_write_one_escape(tmp_path, monkeypatch, capsys):
    """stranger8 S7 (values9): in XHTML `&amp;amp;` (an `&` escaped twice) got url-html-escaped's "write `&`:" and a
    URL with bare `&`, while its fix rightly wrote `&amp;`: a user following the message made the file ill-formed.
    In markup the message says to write one escape, and prints the URL as the fix writes it."""
    monkeypatch.chdir(tmp_path)
    for entity in ("&amp;", "&#38;"):
        url = f"https://acme.sunbeam.app/y?utm_source=site{entity}amp;utm_medium=referral{entity}utm_campaign=x"
        page = f'<html xmlns="http://www.w3.org/1999/xhtml"><body><a href="{url}">y</a></body></html>\n'
        (tmp_path / "page.xhtml").write_text(page, encoding="utf-8")
        assert main(["scan", "--no-cache", "--format", "json", "page.xhtml"]) == 1
        (finding,) = json.loads(capsys.readouterr().out)
        message = finding["message"]
        fixed = url.replace(f"{entity}amp;", entity)
        assert f"write `{entity}` (one escape" in message and message.endswith(fixed), message
        assert "write `&`" not in message and "site&utm_medium" not in message, message
        # validate_url, given the file's path, says the same
        (same,) = validate_url(url, path="web/page.xhtml").findings
        assert same.message == message and same.fixed == fixed


def test_an_escape_written_twice_beside_bare_ampersands_keeps_them(tmp_path, monkeypatch, capsys):
    """stranger9 R13 (values9): in an HTML file whose link writes its other separators as a bare `&`, the message
    said "as the rest of the file writes `&`" and printed the URL with every `&` made `&amp;`: neither is true of
    that file. The advice is one escape, and the URL keeps the author's other separators as written."""
    monkeypatch.chdir(tmp_path)
    url = "https://acme.sunbeam.app/y?utm_source=site&amp;amp;utm_medium=referral&utm_campaign=x"
    (tmp_path / "mixed.html").write_text(f'<p><a href="{url}">y</a></p>\n', encoding="utf-8")
    main(["scan", "--no-cache", "--format", "json", "mixed.html"])
    (finding,) = json.loads(capsys.readouterr().out)
    message = finding["message"]
    assert "write `&amp;` (one escape):" in message and "as the rest of the file" not in message, message
    assert message.endswith("https://acme.sunbeam.app/y?utm_source=site&amp;utm_medium=referral&utm_campaign=x"), \
        message
    (same,) = validate_url(url, path="web/mixed.html").findings
    assert same.message == message


# php.net's public/include/pregen-news.inc:15482 (corpus 11 #43-#49): a PHP include holding its news as HTML
PHP_NEWS = "https://world.phparch.com/session-track/Design/?paref=phpnet&amp;utm_campaign=phpnet"


def test_a_php_include_is_markup_and_its_query_read_unescaped():
    """Corpus 11 W3: `.inc` was read as plain text, so the `&amp;` of a correct `<a href>` got url-html-escaped and
    the query was read as a key `amp;utm_campaign` (missing-utm-param missed its source and medium)."""
    assert markup_file("public/include/pregen-news.inc") and markup_file("app/views/index.phtml")
    found = names(validate_url(PHP_NEWS, path="public/include/pregen-news.inc"))
    assert "url-html-escaped" not in found and "missing-utm-param" in found


def test_scan_reads_a_php_include_decoded(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "include").mkdir()
    (tmp_path / "include" / "pregen-news.inc").write_text(
        "<?php $NEWS_ENTRIES = array (\n  'content' => '<div>\n"
        f'     <p>talks on <a href="{PHP_NEWS}">Design</a>,</p>\n'
        "</div>',\n);\n", encoding="utf-8")
    main(["scan", "--format", "json", "."])
    found = {(d["name"], d["line"]) for d in json.loads(capsys.readouterr().out)}
    assert ("missing-utm-param", 3) in found and not any(name == "url-html-escaped" for name, _ in found)


def test_a_numeric_escape_of_an_ampersand_is_said_to_start_the_fragment():
    """newuser46 F15: WordPress writes `&` as `&#038;`; pasted into a plain-text note, its `#` starts the URL's
    fragment, so every parameter after it is lost: it was said "analytics reads a key `#038;utm_medium` and drops its
    value", as if GA4 saw the key."""
    url = "https://sunbeam.org/guide?utm_source=blog&#038;utm_medium=referral&#038;utm_campaign=guide"
    found = [f for f in validate_url(url).findings if f.name == "url-html-escaped"]
    assert len(found) == 1 and "its `#` starts the URL's fragment, which browsers never send: every parameter after " \
        "it is lost" in found[0].message and "reads a key" not in found[0].message, found
    amp = [f for f in validate_url(url.replace("&#038;", "&amp;")).findings if f.name == "url-html-escaped"]
    assert "analytics reads a key `amp;utm_medium` and drops its value" in amp[0].message
