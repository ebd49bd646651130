"""`utmlint scan` on links written inside code and templates, as corpus 5 (issue 12) found them: a template
placeholder is an opaque token (the URL goes on after it; a value that is one is not respelled), and the text
around a link decides what it is. Real files in a temp folder, `utmlint scan --format json` in-process."""

from __future__ import annotations

import json

import pytest

from utmlint.cli import main


@pytest.fixture
def scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)

    def run(*names):
        code = main(["scan", "--no-cache", "--format", "json", *names])
        out, err = capsys.readouterr()
        assert "Traceback" not in err
        found = json.loads(out)
        items = found if isinstance(found, list) else found.get("diagnostics", found.get("findings", []))
        return code, [(d["path"].rsplit("/", 1)[-1], d["line"], d["name"], d["message"]) for d in items]

    return run


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def names(found):
    return sorted((line, name) for _, line, name, _ in found)


def test_a_js_template_variable_is_skipped_whole_and_the_url_goes_on_after_it(scan, tmp_path):
    """mozilla/fx-private-relay AppPicker.tsx: `utm_source=${encodeURIComponent(referringHost)}` was taken for the
    value `${encodeURIComponent(` (value-case, value-charset) and the medium and campaign after it were "missing"."""
    write(tmp_path / "AppPicker.tsx", (
        "export const products = (referringHost: string) => ({\n"
        "  url: `https://www.mozilla.org/firefox/new/?utm_source=${encodeURIComponent(referringHost)}"
        "&utm_medium=referral&utm_campaign=bento&utm_content=desktop`,\n"
        "  nested: `https://sunbeam.app/?utm_source=${fmt({ host: referringHost })}&utm_medium=Referral&utm_campaign=x`,\n"
        "});\n"))
    code, found = scan("AppPicker.tsx")
    # the first link is right as written; the second's only mistake is the capital in the medium after the variable
    assert names(found) == [(3, "value-case")]
    assert "`Referral`" in found[0][3]


def test_a_printf_placeholder_source_is_not_respelled_and_the_medium_is_still_judged(scan, tmp_path):
    """thunderbird/thunderbird-android constants.xml: `utm_source=%s` was told "write `s`"; the Unassigned medium
    beside it must still be said (a placeholder source must not silence it), with the condition it depends on."""
    write(tmp_path / "res/values/constants.xml", (
        '<resources>\n'
        '    <string name="donate" translatable="false">https://www.thunderbird.net/donate/mobile/?form=k9mail'
        '&amp;utm_source=%s&amp;utm_medium=android_app&amp;utm_campaign=inapp_appeal_v2</string>\n'
        '    <string name="other">https://sunbeam.app/?utm_source=%1$s&amp;utm_medium=%2$s&amp;utm_campaign={0}</string>\n'
        '</resources>\n'))
    code, found = scan("res")
    assert names(found) == [(2, "medium-unassigned")]
    message = found[0][3]
    assert "`android_app`" in message and "`%s`" in message and "unless the source placeholder holds" in message


def test_a_placeholder_inside_the_source_leaves_the_written_medium_judged(scan, tmp_path):
    """mfts/papermark: `utm_medium=navbar&utm_source=papermark-${linkId}` got no finding: no site on GA4's lists
    can be `papermark-...`, so the medium is Unassigned whatever the id, and no condition is added."""
    write(tmp_path / "nav.tsx", "const href = `https://www.papermark.com?utm_campaign=navbar&utm_medium=navbar"
          "&utm_source=papermark-${linkId}`;\n")
    code, found = scan("nav.tsx")
    assert code == 1 and names(found) == [(1, "medium-unassigned")]
    assert "placeholder" not in found[0][3] and "`navbar`" in found[0][3]


def test_a_leading_placeholder_that_holds_the_query_still_lets_the_written_keys_be_judged(scan, tmp_path):
    """fx-private-relay WhatsNewMenu.tsx: `${yearlyPlanLink}&coupon=...&utm_source=...&utm_medium=...` was told it had
    no utm_source, utm_medium or utm_campaign (all three are written after the placeholder)."""
    write(tmp_path / "WhatsNew.tsx", "const cta = `${yearlyPlanLink}&coupon=HOLIDAY20&utm_source=relay.firefox.com"
          "&utm_medium=whatsnew-announcement&utm_campaign=relay-holiday-promo-2023`;\n")
    code, found = scan("WhatsNew.tsx")
    assert names(found) == [(1, "medium-unassigned")]
    assert "`whatsnew-announcement`" in found[0][3]


def test_a_template_route_helper_builds_an_internal_link(scan, tmp_path):
    """thunderbird-website: `{{ url('updates.128.monthly') }}?utm_campaign=...` is the site's own page, written by its
    URL helper: the tags on it are utm-internal-link's, not a campaign whose medium to fix."""
    write(tmp_path / "whatsnew.html", "<a href=\"{{ url('updates.128.monthly') }}?utm_campaign=jun26_onepage"
          "&utm_source=web&utm_medium=blog&utm_content=button\">Monthly</a>\n"
          "<a href=\"{{ SITE_ORIGIN }}/profile/?utm_campaign=onboarding&utm_source=relay&utm_medium=blog\">x</a>\n")
    code, found = scan("whatsnew.html")
    assert names(found) == [(1, "utm-internal-link"), (2, "medium-unassigned")]
    assert "this link written by the site's URL helper carries" in found[0][3]


def test_a_link_built_on_the_pages_own_origin_is_an_internal_link(scan, tmp_path):
    """3DStreet's generator (corpus 31 #30 #35): `${window.location.origin}/?utm_source=generator&utm_medium=
    splat_result&...#asset:...` opens its own editor on the page's origin: the tags restart the visit's attribution and
    should go (utm-internal-link), not be told a medium GA4 knows. So is `location.origin + '/docs?utm_...'` and
    `${window.location.protocol}//${window.location.host}/...`; an origin a variable holds (`${API_BASE}`, `${origin}`)
    may be another site's: its values are still judged."""
    write(tmp_path / "splat.js", (
        "const a = `${window.location.origin}/?utm_source=generator&utm_medium=splat_result"
        "&utm_campaign=open_in_editor#asset:${uid}/${assetId}`;\n"
        "const b = window.location.origin + \"/pricing?utm_source=app&utm_medium=banner_x&utm_campaign=upgrade\";\n"
        "const c = location.origin + '/docs?utm_source=app&utm_medium=nav_x&utm_campaign=docs';\n"
        "const d = `${window.location.protocol}//${window.location.host}/s?utm_source=app&utm_medium=share_x&utm_campaign=s`;\n"
        "const e = `${API_BASE}/?utm_source=generator&utm_medium=splat_result&utm_campaign=open_in_editor`;\n"
        "const f = `${origin}/?utm_source=generator&utm_medium=x_result&utm_campaign=open_in_editor`;\n"))
    code, found = scan("splat.js")
    assert names(found) == [(1, "utm-internal-link"), (2, "utm-internal-link"), (3, "utm-internal-link"),
                            (4, "utm-internal-link"), (5, "medium-unassigned"), (6, "medium-unassigned")]
    assert "this link built on the page's own address (`window.location.origin`) carries" in found[0][3]
    assert "(`location.origin`)" in found[2][3] and "(`window.location.host`)" in found[3][3]
    assert "`splat_result`" in found[4][3]


def test_amp_inside_an_html_attribute_written_in_a_string_is_html_not_a_mistake(scan, tmp_path):
    """hebcal-web emailCommon.js builds an e-mail's open pixel as `<img src="...&amp;loc=...">` in a JS string, and
    Portainer's extension label holds `<a href=\\"...&amp;utm_source=...\\">`: there `&amp;` is HTML's `&`, which the
    mail client or browser decodes; url-html-escaped was wrong, and it hid the missing medium. A bare URL in a string
    with `&amp;` is still reported, and so is one in a JSON value that is not HTML."""
    write(tmp_path / "emailCommon.js", (
        "export function openPixel(msgid, loc, utmCampaign) {\n"
        "  return `<img src=\"https://www.hebcal.com/email/open?msgid=${msgid}&amp;loc=${loc}&amp;utm_source=newsletter"
        "&amp;utm_medium=email&amp;utm_campaign=${utmCampaign}\" alt=\"\" width=\"1\" height=\"1\">`;\n"
        "}\n"
        "const label = \"<p>Try <a href=\\\"https://portainer.io/take-3?utm_campaign=dockercon&amp;utm_source=docker-desktop"
        "\\\">this</a></p>\";\n"
        "const plain = \"https://sunbeam.app/?utm_source=news&amp;utm_medium=email&amp;utm_campaign=x\";\n"))
    write(tmp_path / "messages.json", (
        '{"cta": "<a href=\\"https://sunbeam.app/?utm_source=app&amp;utm_medium=referral&amp;utm_campaign=x\\">Go</a>",\n'
        ' "raw": "https://sunbeam.app/?utm_source=app&amp;utm_medium=referral&amp;utm_campaign=x"}\n'))
    code, found = scan("emailCommon.js", "messages.json")
    assert sorted((f, line, name) for f, line, name, _ in found) == [
        ("emailCommon.js", 4, "missing-utm-param"), ("emailCommon.js", 5, "url-html-escaped"),
        ("messages.json", 2, "url-html-escaped")]


def test_amp_inside_an_html_attribute_in_a_csv_cell_is_html_not_a_mistake(scan, tmp_path):
    """corpus 13 #125 #127: R-Ladies' exported Meetup events table holds each event's HTML description in a quoted CSV
    cell, where a quote is doubled: `<a href=""https://www.wework.com/...?utm_campaign=...&amp;utm_medium=page..."">`,
    the same URL again as the anchor's text. The `&amp;` is HTML's `&` in both; a bare URL with `&amp;` in a cell is
    still reported."""
    write(tmp_path / "all_events.csv", (
        'id,description\n'
        '1,"Book your tour at <a href=""https://www.wework.com/l/chicago?utm_campaign=chi-2018&amp;utm_medium=referral'
        '&amp;utm_source=wework"" class=""linkified"">https://www.wework.com/l/chicago?utm_campaign=chi-2018&amp;'
        'utm_medium=referral&amp;utm_source=wework</a>"\n'
        '2,"https://sunbeam.app/?utm_source=app&amp;utm_medium=referral&amp;utm_campaign=x"\n'))
    code, found = scan("all_events.csv")
    assert sorted((f, line, name) for f, line, name, _ in found) == [("all_events.csv", 3, "url-html-escaped")], found


def test_an_href_broken_over_two_lines_is_read_as_a_browser_reads_it(scan, tmp_path):
    """colinhacks/zod README_KO.md breaks an href inside its value (`utm_medium=refe` / `    rral&utm_campaign=...`).
    The URL stopped at `refe`, so "no utm_campaign" was claimed though it is written on the next line. A browser takes
    the attribute value to its quote, drops the newline (WHATWG URL parser) and keeps the indentation as spaces: the
    medium GA4 gets is `refe    rral`, Unassigned. A Markdown link destination still ends at its line."""
    write(tmp_path / "README_KO.md", (
        "# Sponsors\n\n<td align=\"center\">\n"
        "  <a style=\"text-decoration:none;\" href=\"https://transloadit.com/?utm_source=zod&utm_medium=refe\n"
        "    rral&utm_campaign=sponsorship&utm_content=github\" target=\"_blank\">Transloadit</a>\n"
        "  <a\n    href=\"https://a.com/?utm_source=zod&utm_medium=referral&utm_campaign=sponsorship\">A</a>\n"
        "</td>\n\n# Usage\n\nA [link](https://b.com/?utm_source=zod&utm_medium=referral\n) and more.\n"))
    code, found = scan("README_KO.md")
    got = {(line, name): message for _, line, name, message in found}
    assert (4, "missing-utm-param") not in got
    assert "`refe    rral`" in got[(4, "medium-unassigned")]
    assert (12, "missing-utm-param") in got and not any(line == 7 for line, _ in got)


def test_a_relative_link_in_a_browser_extension_is_not_called_internal(tmp_path, monkeypatch, capsys):
    """mozilla/fx-private-relay-add-on popup.js: `fullCtaHref: "/premium/?utm_source=fx-relay-addon&..."`, which the
    add-on prefixes with the Relay site's origin, was told "remove them" (utm-internal-link): a link from the add-on
    to the site is external traffic. In an extension (a manifest.json with manifest_version above the file) a
    relative href may go to the site or stay in the extension; scan cannot know, so it does not say "remove them": it
    judges the tags as a campaign's, as a launch URL's (fixA, session 33: `utm_medium=popup` lands in Unassigned on
    the site, and no campaign is named, both labelled in corpus 5 #132). The same bytes in a web app's source are
    still an internal link, in the same run and from the cache."""
    monkeypatch.chdir(tmp_path)
    popup = ("const news = [{\n  fullCtaRelayURL: true,\n  fullCtaHref: \"/premium/?utm_source=fx-relay-addon"
             "&utm_medium=popup&utm_content=panel-news-bundle-cta#pricing\",\n}];\n")
    (tmp_path / "addon/.git").mkdir(parents=True)
    write(tmp_path / "addon/src/manifest.json", '{\n  "manifest_version": 2,\n  "name": "Relay"\n}\n')
    write(tmp_path / "addon/src/js/popup/popup.js", popup)
    write(tmp_path / "site/composer.js", popup)
    write(tmp_path / "site/manifest.json", '{"name": "a web app", "start_url": "/"}\n')  # no manifest_version
    for _ in range(2):  # cold, then from the scan cache
        code = main(["scan", "--format", "json", "addon", "site"])
        found = json.loads(capsys.readouterr().out)
        items = found if isinstance(found, list) else found.get("diagnostics", found.get("findings", []))
        assert [(d["path"].replace("\\", "/"), d["name"]) for d in items] == [
            ("addon/src/js/popup/popup.js", "missing-utm-param"), ("addon/src/js/popup/popup.js", "medium-unassigned"),
            ("site/composer.js", "utm-internal-link")]
        assert code == 1


def test_a_template_variable_a_formatter_broke_over_lines_is_still_one_placeholder(scan, tmp_path):
    """fx-private-relay as committed (prettier): `?utm_source=${encodeURIComponent(` / `referringSiteUrl,` /
    `)}&utm_medium=referral...`. The URL stopped at the line's end: value-case and value-charset on
    `${encodeURIComponent(`, and a false "no utm_medium, utm_campaign". The help link, whose code really holds only
    the source, is still told so."""
    write(tmp_path / "AppPicker.tsx", (
        "export const products = {\n  monitor: {\n"
        "    url: `https://monitor.firefox.com/?utm_source=${encodeURIComponent(\n"
        "      referringSiteUrl,\n"
        "    )}&utm_medium=referral&utm_campaign=bento&utm_content=desktop&prompt=none`,\n  },\n};\n"
        "const help = (\n  <a\n    href={`${getRuntimeConfig().supportUrl}?utm_source=${\n"
        "      getRuntimeConfig().frontendOrigin\n    }`}\n  >help</a>\n);\n"))
    code, found = scan("AppPicker.tsx")
    assert names(found) == [(10, "missing-utm-param")]
    assert "no `utm_medium`, `utm_campaign`" in found[0][3]


def test_a_missing_medium_names_the_channel_the_source_alone_gives(scan, tmp_path):
    """GA4 tests its source lists and campaign names without a medium too: scan said "GA4 needs source and medium
    to give it a channel" beside `utm_source=twitter`, which GA4 files under Organic Social (found by review)."""
    write(tmp_path / "a.md", "[a](https://sunbeam.app/?utm_source=twitter&utm_campaign=launch)\n"
                              "[b](https://sunbeam.app/?utm_source=intercom&utm_campaign=launch)\n"
                              "[c](https://sunbeam.app/?utm_source=news&utm_campaign=shop-week)\n")
    code, found = scan("a.md")
    messages = {line: message for _, line, name, message in found if name == "missing-utm-param"}
    assert "under Organic Social by the source alone; add it to the URL's query" in messages[1]
    assert "records its visits as `intercom / (not set)` under Unassigned; add it" in messages[2]
    assert "under Organic Shopping by the campaign name alone" in messages[3]
    assert all("needs source and medium" not in m for m in messages.values())


def test_repo_wide_advice_in_a_scanned_file_speaks_url_not_yaml(scan, tmp_path):
    """medium-fragmentation in a Markdown file said "write `medium: email`", a campaign file's syntax, where the
    value sits in a URL as `utm_medium=e-mail` (found by review)."""
    write(tmp_path / "a.md", "[a](https://sunbeam.app/a?utm_source=news&utm_medium=email&utm_campaign=x)\n"
                              "[b](https://sunbeam.app/b?utm_source=news&utm_medium=email&utm_campaign=y)\n"
                              "[c](https://sunbeam.app/c?utm_source=news&utm_medium=e-mail&utm_campaign=z)\n")
    code, found = scan("a.md")
    message = next(m for _, line, name, m in found if name == "medium-fragmentation")
    assert "write `utm_medium=email`" in message and "`medium: " not in message


def test_a_value_cut_at_a_space_inside_a_quoted_string_is_not_judged(scan, tmp_path):
    """Found by review: `"https://x.com/?...&utm_campaign=Upgrade Now"` was cut at the space, so value-case spoke of
    `Upgrade` and a fix would have left `upgrade Now`; reading on to the closing quote instead (tried) took prose as a
    value (`utm_medium=referral (see docs)` called Unassigned; `--fix` rewrote `launch Check it out!` in a JSON file).
    The two look alike, so the last value of a string that goes on after a space is judged as a placeholder is: not
    at all. Every other value of the link is judged, and a string that is only the URL is judged whole. An HTML link
    attribute is not such a string: an `href`'s value is the link whole, never a link and words, so `Big Launch` there
    is judged and fixed as a browser sends it (stranger17 R5: an e-mail's `utm_campaign=Spring Sale` passed)."""
    write(tmp_path / "app.ts",
          'const a = "https://x.com/?utm_source=app&utm_medium=referral&utm_campaign=Upgrade Now";\n'
          'const b = "https://acme.io/docs?utm_source=cli&utm_medium=referral (see docs)";\n'
          'const c = "https://x.com/?utm_source=App&utm_medium=referral&utm_campaign=Go Now";\n'
          'const d = "https://x.com/?utm_source=app&utm_medium=referral&utm_campaign=Docs";\n'
          'log("see https://x.com/?utm_source=app&utm_medium=referral&utm_campaign=docs for more");\n')
    write(tmp_path / "b.json",
          '{"a": "https://x.com/?utm_source=app&utm_medium=referral&utm_campaign=launch Check it out!",\n'
          ' "b": "https://x.com/?utm_source=app&utm_medium=referral&utm_campaign=welcome - click here"}\n')
    write(tmp_path / "p.html", '<a href="https://x.com/?utm_source=site&utm_medium=referral&utm_campaign=Big Launch">x</a>\n')
    before = {name: (tmp_path / name).read_bytes() for name in ("app.ts", "b.json", "p.html")}
    code, found = scan()
    assert sorted((path, line, name) for path, line, name, _ in found) == [
        ("app.ts", 2, "missing-utm-param"), ("app.ts", 3, "value-case"), ("app.ts", 4, "value-case"),
        ("p.html", 1, "value-case")]
    assert "`App`" in found[1][3] and "`Docs`" in found[2][3] and "`Big Launch`" in found[3][3]
    assert main(["scan", "--no-cache", "--fix", "."]) == 1  # the missing campaign is still there
    assert (tmp_path / "b.json").read_bytes() == before["b.json"]
    assert (tmp_path / "p.html").read_bytes() == before["p.html"].replace(b"Big Launch", b"big launch")
    lines = (tmp_path / "app.ts").read_text(encoding="utf-8").splitlines()
    assert lines[0] == before["app.ts"].decode().splitlines()[0]
    assert "utm_source=app&utm_medium=referral&utm_campaign=Go Now" in lines[2] and "utm_campaign=docs\"" in lines[3]


def test_a_jsx_elements_href_with_a_space_is_read_whole_as_a_pages_is(scan, tmp_path):
    """newuser48c F6: a React storefront's `<a href="...&utm_campaign=Gift Cards">` was cut at the space and its last
    value never judged (`scan --links` gave `utm_campaign=Gift`, import skipped it), where the same element in an HTML
    page is judged whole: an element's `href` holds the address alone. A code string keeps its reading (its last
    value, cut at a space, not judged)."""
    link = "https://shop.acme.com/pages/gift-cards?utm_source=storefront&utm_medium=banner&utm_campaign=Gift Cards"
    write(tmp_path / "Banner.jsx", f'export const B = () => <a className="cta" href="{link}">Gift</a>;\n'
          'const s = "https://x.com/?utm_source=app&utm_medium=referral&utm_campaign=Upgrade Now";\n')
    code, found = scan()
    assert [(path, line, name) for path, line, name, _ in found] == [("Banner.jsx", 1, "value-case")], found
    assert "`Gift Cards`" in found[0][3], found
    main(["scan", "--no-cache", "--fix", "Banner.jsx"])
    assert "utm_campaign=gift cards\">Gift" in (tmp_path / "Banner.jsx").read_text(encoding="utf-8")


def test_a_tag_in_a_json_or_code_string_is_read_to_its_escaped_quote(scan, tmp_path):
    """newuser48c F6 (rest): a locale's `"<a href=\\"https://...&utm_campaign=Spring Sale\\">more info</a>"` was cut
    at the space (its campaign never judged); it is read to the escaped quote, as a page's href is to its quote, and
    never takes the backslash or the quote into the URL. A value with no space ends at the escape as before."""
    from utmlint.scan import scan_text

    locale = ('{\n  "more": "<a href=\\"https://ex.com/?utm_source=app&utm_campaign=x\\">more info</a>",\n'
              '  "sale": "See <a href=\\"https://ex.com/s?utm_source=app&utm_medium=referral&utm_campaign=Spring Sale'
              '\\">the sale</a> now",\n  "alt": "<a href=\'https://ex.com/?utm_source=app&utm_campaign=z\'>x</a>"\n}\n')
    assert [locale[o.start:o.end] for o in scan_text(locale, ".json", {})] == [
        "https://ex.com/?utm_source=app&utm_campaign=x",
        "https://ex.com/s?utm_source=app&utm_medium=referral&utm_campaign=Spring Sale",
        "https://ex.com/?utm_source=app&utm_campaign=z"]
    code = 'const m = "See <a href=\\"https://ex.com/s?utm_source=app&utm_medium=referral&utm_campaign=Go Now\\">x</a>";\n'
    assert [o.url for o in scan_text(code, ".js", {})] == [
        "https://ex.com/s?utm_source=app&utm_medium=referral&utm_campaign=Go Now"]
    write(tmp_path / "en.json", locale)
    code_, found = scan()
    assert ("en.json", 3, "value-case") in [(path, line, name) for path, line, name, _ in found], found
    main(["scan", "--no-cache", "--fix", "en.json"])
    assert 'utm_campaign=spring sale\\">the sale' in (tmp_path / "en.json").read_text(encoding="utf-8")


def test_prose_and_markdown_do_not_take_the_words_after_a_link(tmp_path):
    from utmlint.scan import scan_text

    text = ('See https://x.com/?utm_source=a&utm_medium=referral&utm_campaign=docs and more words.\n'
            '"https://x.com/?utm_source=a&utm_medium=referral&utm_campaign=quoted in prose" end\n')
    for suffix in (".md", ".txt", ".html"):
        assert [o.url.rsplit("=", 1)[1] for o in scan_text(text, suffix)] == ["docs", "quoted"], suffix
    code = 'log("https://x.com/?utm_source=a&utm_medium=referral&utm_campaign=docs", "and more");\n'
    assert [o.url.rsplit("=", 1)[1] for o in scan_text(code, ".js")] == ["docs"]


def test_a_relative_url_concatenated_to_an_expression_has_an_unknown_origin(scan, tmp_path):
    """Corpus 6 #34-#42 (WPChill/strong-testimonials, read after its blind measurement):
    `esc_url( WPMTST_STORE_URL . '/extensions/filters?utm_...' )` links the WordPress admin to the vendor's store. The
    extracted `/extensions/...` was called internal ("remove them") and its Unassigned medium went unsaid. A URL
    concatenated to an expression gets that expression as a placeholder host: its values are judged, it is never
    called internal. A relative URL standing alone is still internal."""
    write(tmp_path / "upsell.php",
          "<?php\n"
          "$url = esc_url( WPMTST_STORE_URL . '/extensions/filters?utm_source=st-lite&utm_campaign=upsell"
          "&utm_medium=filters-general-upsell' );\n"
          "$own = '/wp-admin/admin.php?page=x&utm_source=st-lite&utm_medium=menu&utm_campaign=upsell';\n")
    write(tmp_path / "app.js", 'const a = base + "/pricing?utm_source=app&utm_medium=Banner&utm_campaign=x";\n')
    code, found = scan()
    # (app.js's `utm_source=app&utm_medium=Banner`: the app's own banner, filed under Display: medium-channel-intent's
    # hedged info note since mends47, intent.display_in_app_note)
    assert sorted((path, line, name) for path, line, name, _ in found) == [
        ("app.js", 1, "medium-channel-intent"), ("app.js", 1, "value-case"), ("upsell.php", 2, "medium-unassigned"),
        ("upsell.php", 3, "utm-internal-link")]
    from utmlint.scan import scan_text

    [occ] = scan_text("x = STORE . '/p?utm_source=a&utm_medium=b'\n", ".php")
    assert occ.url == "${STORE}/p?utm_source=a&utm_medium=b"


NOTEBOOK = r'''{
 "cells": [
  {"cell_type": "markdown", "metadata": {},
   "source": ["See [pricing](https://cloud.sunbeam.app/pricing?utm_source=Lab&utm_medium=referral&utm_campaign=nb)\n"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": [
     "https://popup.taboola.com/en/?template=colorbox&utm_source=nasdaq-nasdaq&utm_medium=referral&utm_content=Thumbs \"[1]\"\n"]}],
   "source": ["url = \"https://x.sunbeam.app/?utm_source=nb&utm_medium=Email&utm_campaign=a\"\n", "print(fetch(url))"]}
 ],
 "metadata": {}, "nbformat": 4, "nbformat_minor": 5
}
'''


def test_a_notebooks_cells_are_scanned_and_its_outputs_are_not(scan, tmp_path):
    """Corpus 6 (read after its blind measurement): a notebook's output (Taboola's widget links printed by a
    scraper, #271 #272) is text a run printed, not links the repository wrote; advice on it was wrong. As ruff lints
    a notebook's cells, scan reads `.ipynb` code and Markdown cells and skips `outputs`; --fix keeps the JSON valid."""
    write(tmp_path / "demo.ipynb", NOTEBOOK)
    code, found = scan()
    assert [(line, name) for _, line, name, _ in found] == [(4, "value-case"), (8, "value-case")]
    assert main(["scan", "--no-cache", "--fix", "demo.ipynb"]) == 0
    cells = json.loads((tmp_path / "demo.ipynb").read_text(encoding="utf-8"))["cells"]
    assert "utm_source=lab&" in cells[0]["source"][0] and "utm_medium=email&" in cells[1]["source"][0]
    assert "utm_content=Thumbs" in cells[1]["outputs"][0]["text"][0]  # outputs untouched


def _notebook(markdown_lines, code_lines=()):
    cells = [{"cell_type": "markdown", "metadata": {}, "source": list(markdown_lines)}]
    if code_lines:
        cells.append({"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": list(code_lines)})
    return json.dumps({"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


def test_a_notebooks_markdown_cell_is_read_as_markdown(scan, tmp_path, capsys):
    """newuser44 F1: a Markdown cell was read as JSON data, so `&amp;` in a link destination, an autolink or a bare
    URL (CommonMark's, Jupyter's and GitHub's renderers all give `&`) was url-html-escaped, an error on a correct
    notebook, and a fenced example's values were judged and rewritten by --fix. As in a .md file: those links are
    clean, the fenced block is skipped; `&amp;` quoted as inline code (copied as written) and in a code cell's string
    is still told, at its place in the file."""
    url = "https://quillstack.dev/b?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=c2"
    write(tmp_path / "nb.ipynb", _notebook(
        [f"Bare {url} here\n", "\n", f"[launch]({url}) and <{url}>\n", "\n",
         "```python\n", "u = 'https://quillstack.dev/b?utm_source=Newsletter&utm_medium=email&utm_campaign=c2'\n",
         "```\n", "\n", f"Paste `{url}`\n"],
        [f'u = "{url}"\n']))
    code, found = scan("nb.ipynb")
    lines = (tmp_path / "nb.ipynb").read_text(encoding="utf-8").splitlines()
    told = [n + 1 for n, line in enumerate(lines) if "Paste `" in line or 'u = \\"' in line]  # inline code, code cell
    assert sorted((line, name) for _, line, name, _ in found) == [(n, "url-html-escaped") for n in told]
    before = (tmp_path / "nb.ipynb").read_text(encoding="utf-8")
    main(["scan", "--no-cache", "--fix", "nb.ipynb"])
    assert (tmp_path / "nb.ipynb").read_text(encoding="utf-8") == before  # the fenced example left as written
    capsys.readouterr()
    # the same text as a .md file reads the same
    write(tmp_path / "nb.md", "".join(json.loads(before)["cells"][0]["source"]))
    code, found = scan("nb.md")
    assert [(line, name) for _, line, name, _ in found] == [(9, "url-html-escaped")]


def test_a_notebooks_markdown_cell_keeps_its_positions_through_json_escapes(scan, tmp_path):
    """A Markdown cell's `\"` and `\u00e9` are one character each in the cell and several in the file: a finding
    points at the value in the file and --fix edits it there, the JSON still valid."""
    write(tmp_path / "nb.ipynb", _notebook(
        ['Caf\u00e9 "quoted" \U0001F600 [pricing](https://quillstack.dev/p?utm_source=Lab&utm_medium=referral&utm_campaign=nb)\n']))
    code, found = scan("nb.ipynb")
    assert [(line, name) for _, line, name, _ in found] == [(7, "value-case")]
    assert main(["scan", "--no-cache", "--fix", "nb.ipynb"]) == 0
    cell = json.loads((tmp_path / "nb.ipynb").read_text(encoding="utf-8"))["cells"][0]["source"][0]
    assert "utm_source=lab&" in cell and cell.startswith('Caf\u00e9 "quoted"')


def test_an_extensions_request_to_its_api_is_no_campaign_link(tmp_path, monkeypatch, capsys):
    """stranger14 R19: an extension's `fetch("/api/track?utm_source=extension&utm_medium=referal")` resolves to its own
    `chrome-extension://` origin (or an API's), a request no GA4 reads as a visit: since fixA's extension reading it got
    UTM101 "add utm_campaign" and UTM102. A relative link the extension opens (`window.open`, a popup's href) is still
    judged as a campaign's, its typo told."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ext/.git").mkdir(parents=True)
    write(tmp_path / "ext/manifest.json", '{\n  "manifest_version": 3,\n  "name": "Pixel"\n}\n')
    write(tmp_path / "ext/src/background.js", (
        'fetch("/api/track?utm_source=extension&utm_medium=referal");\n'
        'const xhr = new XMLHttpRequest();\nxhr.open("POST", "/api/ping?utm_source=extension&utm_medium=referal");\n'
        'navigator.sendBeacon(`/api/beacon?utm_source=extension&utm_medium=referal`, body);\n'
        'window.open("/premium/?utm_source=extension&utm_medium=referal&utm_campaign=upgrade");\n'))
    code = main(["scan", "--no-cache", "--format", "json", "ext"])
    found = [(d["line"], d["name"]) for d in json.loads(capsys.readouterr().out)]
    assert found == [(5, "medium-unassigned")] and code == 1
