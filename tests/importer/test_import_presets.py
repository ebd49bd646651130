"""Each preset on a sheet as its tool writes it: exact headers, Excel's BOM, `;` from European locales, quoted
newlines, duplicate rows, uppercase values, rows without a campaign. What is written must be valid campaign files
(no schema finding from the real `utmlint lint`), keep every value as written, and render the rows' tracked URLs."""

from __future__ import annotations

import json

import pytest

from import_keys import link_key


def _lint(run, folder):
    result = run("lint", "--format", "json", "--no-cache", str(folder), cwd=folder.parent)
    return json.loads(result.out)


def _schema_findings(findings):
    return [f for f in findings if f["code"].startswith("UTM0")]


TERMINUS = (
    "url;utm[campaign][tag];utm[medium][tag];utm[source][tag];utm[content][tag];utm[term][tag];custom[ref][tag];"
    "info[owner][tag];short_url_key;Labels;Notes\n"
    "https://example.com/product;summer_promo;email;newsletter;blue_button;;footer;ana;sp1;Marketing;\"Summer promotion\n"
    "second line of the note\"\n"
    "https://example.com/sale?color=red;summer_promo;email;newsletter;red_button;;;;;;\n"
    "https://example.com/sale?color=red;summer_promo;email;newsletter;red_button;;;;;;\n"
    "https://example.com/winter;Winter_Sale;Social;Twitter;;;;;;Sales;\n"
    "https://example.com/nocampaign;;email;newsletter;x;;;;;;\n"
)


def test_terminus_bulk_import_sheet(run, sheet, rendered, tmp_path):
    path = sheet(TERMINUS, "terminus.csv", bom=True)
    result = run("import", path.name, cwd=tmp_path)
    assert result.code == 1, result.out  # rows skipped
    assert "a Terminus bulk-import sheet (preset `terminus`, picked by its headers" in result.out
    assert "`;`-separated, UTF-8 with BOM" in result.out
    assert "terminus.csv:4: imported into campaigns/summer-promo.yaml" in result.out
    assert "terminus.csv:5: skipped: the same link as line 4 (imported once)" in result.out
    assert "terminus.csv:7: skipped: no campaign (utm_campaign is empty)" in result.out
    text = (tmp_path / "campaigns" / "summer-promo.yaml").read_text()
    assert text.startswith("# yaml-language-server: $schema=https://")
    assert "  # Notes: Summer promotion second line of the note" not in text  # notes joined with the others
    assert "# owner: ana; short_url_key: sp1; Labels: Marketing; Notes: Summer promotion second line of the note" in text
    assert "  - url: https://example.com/product?ref=footer\n" in text  # the custom parameter kept in the URL
    winter = (tmp_path / "campaigns" / "winter-sale.yaml").read_text()
    # as written, never lowered (and no platform: `Social` is not a medium the X profile knows as written)
    assert "campaign: Winter_Sale\nsource: Twitter\nmedium: Social\n" in winter
    assert sorted(map(link_key, rendered(tmp_path / "campaigns"))) == sorted(map(link_key, [
        "https://example.com/product?ref=footer&utm_campaign=summer_promo&utm_medium=email&utm_source=newsletter"
        "&utm_content=blue_button",
        "https://example.com/sale?color=red&utm_campaign=summer_promo&utm_medium=email&utm_source=newsletter"
        "&utm_content=red_button",
        "https://example.com/winter?utm_campaign=Winter_Sale&utm_medium=Social&utm_source=Twitter",
    ]))
    findings = _lint(run, tmp_path / "campaigns")
    assert _schema_findings(findings) == []
    assert {(f["code"], f["path"].rsplit("/", 1)[-1]) for f in findings if f["code"] == "UTM201"} == {
        ("UTM201", "winter-sale.yaml")}
    # the report's findings are the real linter's
    assert "campaigns/winter-sale.yaml:3:11: UTM201 [*] value-case warning: utm_campaign `Winter_Sale`" in result.out


BITLY = (
    "Link,Custom Link,Destination URL,Title,Created,Tags\n"
    "https://bit.ly/3xYzAbc,https://go.acme.co/spring,https://www.acme.com/spring?utm_source=twitter&utm_medium=social"
    "&utm_campaign=spring-2026&utm_content=thread,Spring launch thread,2026-03-01 10:02:11,\"launch, social\"\n"
    "https://bit.ly/3kLmNop,,https://www.acme.com/pricing?plan=pro&utm_source=twitter&utm_medium=social"
    "&utm_campaign=spring-2026&utm_content=pinned#plans,\"Pinned tweet,\nwith a line break\",2026-03-02 09:00:00,\n"
    "https://bit.ly/4aBcDef,,https://www.acme.com/blog/post,Blog without tracking,2026-03-03 12:00:00,\n"
    "https://bit.ly/4zzzzzz,,https://www.acme.com/docs?utm_source=LinkedIn&utm_medium=Paid%20Social"
    "&utm_campaign=spring-2026,Docs ad,2026-03-04 12:00:00,ads\n"
    "https://bit.ly/3xYzAbc,https://go.acme.co/spring,https://www.acme.com/spring?utm_source=twitter&utm_medium=social"
    "&utm_campaign=spring-2026&utm_content=thread,Spring launch thread,2026-03-01 10:02:11,\"launch, social\"\n"
    "https://bit.ly/5mailto,,mailto:team@acme.com?subject=hi,Mail us,2026-03-05 08:00:00,\n"
)


def test_bitly_export(run, sheet, rendered, tmp_path):
    path = sheet(BITLY, "bitly_links.csv", bom=True)
    result = run("import", path.name, "--out", "links", cwd=tmp_path)
    assert result.code == 1
    assert "a Bitly links export (preset `bitly`" in result.out
    # line 3's title holds a line break: the rows after it start a line later
    assert "bitly_links.csv:5: skipped: no campaign (utm_campaign is empty)" in result.out  # a link without utm
    assert "bitly_links.csv:7: skipped: the same link as line 2 (imported once)" in result.out
    assert "bitly_links.csv:8: skipped: not an http(s) URL: `mailto:team@acme.com?subject=hi`" in result.out
    text = (tmp_path / "links" / "spring-2026.yaml").read_text()
    assert "# Link: https://bit.ly/3xYzAbc; Custom Link: https://go.acme.co/spring;" in text
    assert "    label: \"Pinned tweet,\\r\\nwith a line break\"\n" in text  # a label keeps its line break, quoted
    assert "  - url: https://www.acme.com/pricing?plan=pro#plans\n" in text  # own query and fragment kept
    assert "    medium: Paid Social\n" in text or "    medium: \"Paid Social\"\n" in text
    assert sorted(map(link_key, rendered(tmp_path / "links"))) == sorted(map(link_key, [
        "https://www.acme.com/spring?utm_source=twitter&utm_medium=social&utm_campaign=spring-2026&utm_content=thread",
        "https://www.acme.com/pricing?plan=pro&utm_source=twitter&utm_medium=social&utm_campaign=spring-2026"
        "&utm_content=pinned#plans",
        "https://www.acme.com/docs?utm_source=LinkedIn&utm_medium=Paid%20Social&utm_campaign=spring-2026",
    ]))
    assert _schema_findings(_lint(run, tmp_path / "links")) == []


GA_BUILDER = (
    "Website URL;Campaign ID;Campaign Source;Campaign Medium;Campaign Name;Campaign Term;Campaign Content\n"
    "https://www.acme.com/shoes;spring_01;google;cpc;spring_sale;running shoes;text-ad-1\n"
    "https://www.acme.com/shoes;spring_01;google;cpc;spring_sale;trail shoes;text-ad-2\n"
    "https://www.acme.com/shoes;spring_02;google;cpc;spring_sale;hiking shoes;text-ad-3\n"
    "https://www.acme.com/shoes;spring_01;google;cpc;spring_sale;running shoes;text-ad-1\n"
    "https://www.acme.com/boots;;Google;CPC;Spring_Sale;;\n"
    "https://www.acme.com/none;;google;cpc;;;\n"
)


def test_campaign_url_builder_fields(run, sheet, rendered, tmp_path):
    path = sheet(GA_BUILDER, "builder.csv", bom=True, newline="\n")
    result = run("import", path.name, "--dry-run", cwd=tmp_path)
    assert result.code == 1
    assert not (tmp_path / "campaigns").exists()  # --dry-run writes nothing
    assert "builder.csv:4: skipped: utm_id `spring_02` here, `spring_01` on line 2 and most links of campaign " \
           "`spring_sale`: a campaign file holds one utm_id" in result.out
    assert "builder.csv:5: skipped: the same link as line 2 (imported once)" in result.out
    assert "builder.csv:7: skipped: no campaign (utm_campaign is empty)" in result.out
    assert "--- campaigns/spring-sale.yaml (2 links; would write)" in result.out
    assert "--- campaigns/spring-sale-2.yaml (1 link; would write)" in result.out  # `Spring_Sale` is another campaign
    assert "campaign: spring_sale\nplatform: google-ads\nsource: google\nmedium: cpc\ncampaign_id: spring_01\n" \
           in result.out
    result = run("import", path.name, cwd=tmp_path)
    assert sorted(map(link_key, rendered(tmp_path / "campaigns"))) == sorted(map(link_key, [
        "https://www.acme.com/shoes?utm_id=spring_01&utm_source=google&utm_medium=cpc&utm_campaign=spring_sale"
        "&utm_term=running%20shoes&utm_content=text-ad-1",
        "https://www.acme.com/shoes?utm_id=spring_01&utm_source=google&utm_medium=cpc&utm_campaign=spring_sale"
        "&utm_term=trail%20shoes&utm_content=text-ad-2",
        "https://www.acme.com/boots?utm_source=Google&utm_medium=CPC&utm_campaign=Spring_Sale",
    ]))
    assert _schema_findings(_lint(run, tmp_path / "campaigns")) == []


GENERIC = (
    "Channel,UTM_Source,utm_medium,Campaign,Content,Final URL,Notes,Owner notes\n"
    "Email,newsletter,email,april-news,header,https://example.com/april,,x\n"
    "Email,newsletter,email,april-news,footer,\"https://example.com/april?utm_source=newsletter&utm_term=promo\",,\n"
    "Social,,,,,\"https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign=april-news&utm_content=post\",,\n"
    "Email,newsletter,email,april-news,header,https://example.com/april?utm_source=mailchimp,conflict,\n"
    "Email,newsletter,email,april-news,header,https://example.com/april?utm_source=a&utm_source=b,twice,\n"
    ",,,,,,,\n"
    "Email,newsletter,email,april-news,,,no url,\n"
)


def test_generic_sheet_and_tracked_urls(run, sheet, rendered, tmp_path):
    path = sheet(GENERIC, "plan.csv")
    result = run("import", path.name, cwd=tmp_path)
    assert result.code == 1
    assert "a sheet of links (preset `generic`" in result.out
    assert "columns not imported: `Owner notes`" in result.out  # never dropped silently
    assert "plan.csv:5: skipped: utm_source is `mailchimp` in the URL but `newsletter` in its column" in result.out
    assert "plan.csv:6: skipped: `utm_source` appears more than once in the URL" in result.out
    assert "plan.csv:8: skipped: no URL" in result.out
    assert "plan.csv:7" not in result.out  # a blank row is no row
    text = (tmp_path / "campaigns" / "april-news.yaml").read_text()
    assert "# Channel: Social" in text
    assert sorted(map(link_key, rendered(tmp_path / "campaigns"))) == sorted(map(link_key, [
        "https://example.com/april?utm_source=newsletter&utm_medium=email&utm_campaign=april-news&utm_content=header",
        "https://example.com/april?utm_source=newsletter&utm_term=promo&utm_medium=email&utm_campaign=april-news"
        "&utm_content=footer",
        "https://example.com/?utm_source=facebook&utm_medium=social&utm_campaign=april-news&utm_content=post",
    ]))


def test_a_plain_list_of_tracked_urls(run, sheet, rendered, tmp_path):
    path = sheet("https://example.com/a?utm_source=news&utm_medium=email&utm_campaign=c1\n"
                 "https://example.com/b?utm_campaign=c1&utm_source=news&utm_medium=email&utm_content=b\n", "urls.txt")
    result = run("import", path.name, cwd=tmp_path)
    assert result.code == 0, result.out
    assert "no header row (a list of URLs)" in result.out
    assert sorted(map(link_key, rendered(tmp_path / "campaigns"))) == sorted(map(link_key, [
        "https://example.com/a?utm_source=news&utm_medium=email&utm_campaign=c1",
        "https://example.com/b?utm_source=news&utm_medium=email&utm_campaign=c1&utm_content=b"]))


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_the_inventory_of_scan_links(fmt, run, project, rendered, tmp_path):
    docs = project({
        "docs/README.md": "Read the [guide](https://example.com/guide?utm_source=github&utm_medium=referral"
                          "&utm_campaign=docs) or [pricing](https://example.com/pricing?utm_source=GitHub"
                          "&utm_medium=referral&utm_campaign=docs&utm_content=-minus).\n",
        "docs/mail.html": "<a href=\"https://example.com/x?utm_source=news&amp;utm_medium=email\">no campaign</a>\n"
                          "<a href=\"{{ base }}/y?utm_source=news&amp;utm_medium=email&amp;utm_campaign=mail\">t</a>\n",
    })
    inventory = run("scan", "--links", "--format", fmt, "docs", cwd=docs)
    assert inventory.code == 0, inventory.err
    (tmp_path / f"links.{fmt}").write_text(inventory.out, encoding="utf-8")
    result = run("import", f"links.{fmt}", cwd=tmp_path)
    assert result.code == 1
    assert "the inventory of `utmlint scan --links` (preset `scan`, picked by its headers" in result.out
    assert "skipped: no campaign (utm_campaign is empty)" in result.out
    assert "skipped: the URL holds a template placeholder" in result.out
    text = (tmp_path / "campaigns" / "docs.yaml").read_text()
    assert "  # found at: docs/README.md:1:" in text
    assert "content: \"-minus\"" in text  # the CSV's formula guard `'-minus` is undone, the value quoted in YAML
    assert sorted(map(link_key, rendered(tmp_path / "campaigns"))) == sorted(map(link_key, [
        "https://example.com/guide?utm_source=github&utm_medium=referral&utm_campaign=docs",
        "https://example.com/pricing?utm_source=GitHub&utm_medium=referral&utm_campaign=docs&utm_content=-minus"]))


def test_platform_recognised_from_the_source(run, sheet, tmp_path):
    path = sheet("url,utm_source,utm_medium,utm_campaign,utm_content\n"
                 "https://example.com/a,intercom,email,onboarding,step-1\n"
                 "https://example.com/b,intercom,email,onboarding,step-2\n"
                 "https://example.com/c,Mailchimp,email,newsletter,top\n"
                 "https://example.com/d,acme-partner,referral,partner,top\n")
    result = run("import", path.name, cwd=tmp_path)
    assert "platform: intercom\nsource: intercom\n" in (tmp_path / "campaigns" / "onboarding.yaml").read_text()
    # a spelling of a profile's source names the platform too, and the value stays as written for lint to report
    assert "platform: mailchimp\nsource: Mailchimp\n" in (tmp_path / "campaigns" / "newsletter.yaml").read_text()
    assert "platform:" not in (tmp_path / "campaigns" / "partner.yaml").read_text()
    assert result.code in (0, 1)


def test_an_explicit_preset_that_does_not_fit_is_a_located_error(run, sheet, tmp_path):
    path = sheet(TERMINUS, "terminus.csv")
    result = run("import", path.name, "--preset", "bitly", cwd=tmp_path)
    assert result.code == 2
    assert result.err.startswith("utmlint: ")
    assert "terminus.csv:1:1: --preset bitly needs the column `destination url`; the headers are `url`" in result.err
    assert not (tmp_path / "campaigns").exists()


def test_naming_a_platform_never_brings_a_finding_the_sheet_did_not_have(run, tmp_path):
    """For every bundled profile's source, with its own mediums and with others people write (an organic post,
    a newsletter): where import names the platform, the file lints no worse than without the `platform:` line."""
    from utmlint.platforms import load_platforms

    rows = ["url,utm_source,utm_medium,utm_campaign,utm_content"]
    for number, platform in enumerate(load_platforms().values()):
        mediums = {m for channel in platform.channels.values() for m in channel.mediums}
        for medium in sorted(mediums | {"social", "organic", "email", "referral", "cpc"}):
            rows.append(f"https://example.com/{number},{platform.source},{medium},c-{number}-{medium},a")
    (tmp_path / "s.csv").write_text("\n".join(rows) + "\n")
    run("import", "s.csv", cwd=tmp_path)
    named = [p for p in (tmp_path / "campaigns").iterdir() if "\nplatform: " in p.read_text()]
    assert len(named) > 10
    without = tmp_path / "without"
    without.mkdir()
    for path in named:
        text = path.read_text()
        (without / path.name).write_text("".join(l for l in text.splitlines(True) if not l.startswith("platform: ")))

    def findings(folder, names):
        out = json.loads(run("lint", "--format", "json", "--no-cache", *[str(folder / n) for n in names],
                             cwd=tmp_path).out)
        return {(f["path"].rsplit("/", 1)[-1], f["code"]) for f in out}
    names = [p.name for p in named]
    assert findings(tmp_path / "campaigns", names) <= findings(without, names)


ADS_EDITOR = (
    "Campaign,Ad group,Headline 1,Final URL,Tracking template,Final URL suffix\n"
    "Spring Sale,,,,,utm_source=google&utm_medium=cpc&utm_campaign=spring_sale\n"
    "Spring Sale,Sale,30% off,https://acmeflow.com/pricing,,\n"
    "Spring Sale,Brand,Acmeflow,https://acmeflow.com/?plan=pro,,utm_source=Google&utm_medium=cpc&utm_campaign=spring_sale"
    "&utm_content={creative}\n"
    "Competitors,Zapier,A Zapier alternative,https://acmeflow.com/compare/zapier,"
    "{lpurl}?utm_source=google&utm_medium=cpc&utm_campaign=competitors,\n"
    "Tracked,Tracker,Via a tracker,https://acmeflow.com/t,https://clicks.example/?u={lpurl},\n"
)


def test_an_ad_platform_s_export_is_read_as_the_platform_sends_its_clicks(run, sheet, rendered, tmp_path):
    """newuser45 F10: Google Ads Editor's export, its `Final URL suffix` (appended to the final URL, `&` after a query
    of its own) and its tracking template (`{lpurl}?...`) were not read: every link was imported without its tags, the
    ad platform's campaign name (`Spring Sale`) taken for utm_campaign. A campaign's row without a final URL gives its
    suffix to its ads that write none (itself no link, nor a row skipped); a template that sends the click to a tracker
    first is skipped, saying so."""
    path = sheet(ADS_EDITOR, "ads-editor.csv")
    result = run("import", path.name, cwd=tmp_path)
    assert "an ad platform's export (Google Ads Editor, Microsoft Advertising, Meta Ads Manager) (preset `ads`" in \
        result.out, result.out
    # a campaign's settings row is no link, nor a row skipped (an export's campaign, ad group and keyword rows)
    assert "ads-editor.csv:2: not a link: the settings row of campaign `Spring Sale` (no final URL)" in result.out
    assert "5 rows: 3 imported into 2 campaign files, 1 skipped, 1 not a link" in result.out, result.out
    assert "ads-editor.csv:6: skipped: the tracking template sends the click elsewhere first" in result.out
    assert "ads-editor.csv:4: imported into campaigns/spring-sale.yaml (lint: UTM201)" in result.out, result.out
    assert not _schema_findings(_lint(run, tmp_path / "campaigns"))
    assert sorted(rendered(tmp_path / "campaigns")) == [
        "https://acmeflow.com/?plan=pro&utm_source=Google&utm_medium=cpc&utm_campaign=spring_sale"
        "&utm_content={creative}",
        "https://acmeflow.com/compare/zapier?utm_source=google&utm_medium=cpc&utm_campaign=competitors",
        "https://acmeflow.com/pricing?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale"]
    # Microsoft Advertising's headers, as its editor exports them (UTF-16, tab-separated)
    microsoft = "Campaign\tFinal Url\tFinal Url Suffix\nSpring\thttps://acmeflow.com/p\tutm_source=bing&utm_medium=cpc&utm_campaign=spring\n"
    (tmp_path / "msads.csv").write_bytes(microsoft.encode("utf-16"))
    result = run("import", "--out", "ms", "msads.csv", cwd=tmp_path)
    assert result.code == 0, result.out
    assert rendered(tmp_path / "ms") == ["https://acmeflow.com/p?utm_source=bing&utm_medium=cpc&utm_campaign=spring"]


META_EXPORT = (
    "Campaign ID,Campaign Name,Ad Set Name,Ad ID,Ad Name,Title,Link,URL Tags\n"
    "1202,Q1 Trial,LAL 1%,9001,Carousel,See every funnel,https://acmeflow.com/trial,"
    "utm_source=facebook&utm_medium=paid-social&utm_campaign={{campaign.name}}&utm_content={{ad.name}}\n"
    "1203,Retargeting,Pricing 14d,9002,Static,Plans from $49,https://acmeflow.com/pricing?plan=team,"
    "utm_source=fb&utm_medium=paid-social&utm_campaign=retargeting&utm_content=static\n"
    "1203,Retargeting,Stories,9003,Story,Plans from $49,https://acmeflow.com/pricing?plan=team,"
    "utm_source=ig&utm_medium=paid-social&utm_campaign=retargeting&utm_content=story\n"
    "1203,Retargeting,Stories,9004,Reel,Swipe up,https://acmeflow.com/pricing,"
    "utm_source={{site_source_name}}&utm_medium=paid-social&utm_campaign=retargeting&utm_content={{placement}}\n"
    "1203,Retargeting,Stories,9006,Reel,Swipe up,https://acmeflow.com/pricing,"
    "utm_source=ig&utm_medium=paid-social&utm_campaign=retargeting&utm_content={{ user.first_name }}\n"
    "1204,Awareness,Broad,9005,Video,Watch,https://acmeflow.com/,\n"
)


def test_a_meta_ads_manager_export_is_read_as_meta_sends_its_clicks(run, sheet, rendered, tmp_path):
    """newuser47 F1: Meta Ads Manager's export keeps each ad's tags in `URL Tags`, appended to its `Link` as Google Ads
    appends a final URL suffix. Read as a generic sheet, the tags were dropped (no source, no medium), Meta's campaign
    name and id written as utm_campaign and utm_id, and an ad whose tags differ only there skipped as "the same link".
    Meta's `{{campaign.name}}` and `{{ad.name}}` are filled in from the ad's own columns, as Meta fills them in (the
    tags as written kept in a comment); a slot the sheet has no value for is a placeholder, and an ad with no tags has
    no campaign: skipped, saying so. Meta's slots the sheet has no column for (`{{site_source_name}}`,
    `{{placement}}`) stay as written, as Google Ads' `{keyword}` does; another template's is skipped."""
    path = sheet(META_EXPORT, "meta.csv")
    result = run("import", path.name, cwd=tmp_path)
    assert "an ad platform's export (Google Ads Editor, Microsoft Advertising, Meta Ads Manager) (preset `ads`" in \
        result.out, result.out
    assert "meta.csv:4: imported into campaigns/retargeting.yaml" in result.out, result.out  # not "the same link"
    assert "meta.csv:5: imported into campaigns/retargeting.yaml" in result.out, result.out
    assert "meta.csv:6: skipped: the URL holds a template placeholder" in result.out, result.out
    assert "meta.csv:7: skipped: no campaign (utm_campaign is empty)" in result.out, result.out
    assert sorted(rendered(tmp_path / "campaigns")) == [
        "https://acmeflow.com/pricing?plan=team&utm_source=fb&utm_medium=paid-social&utm_campaign=retargeting"
        "&utm_content=static",
        "https://acmeflow.com/pricing?plan=team&utm_source=ig&utm_medium=paid-social&utm_campaign=retargeting"
        "&utm_content=story",
        "https://acmeflow.com/pricing?utm_source={{site_source_name}}&utm_medium=paid-social"
        "&utm_campaign=retargeting&utm_content={{placement}}",
        "https://acmeflow.com/trial?utm_source=facebook&utm_medium=paid-social&utm_campaign=Q1%20Trial"
        "&utm_content=Carousel"]
    written = (tmp_path / "campaigns" / "q1-trial.yaml").read_text()
    assert "campaign: Q1 Trial\n" in written and "campaign_id" not in written, written  # Meta's id is no utm_id
    assert "URL Tags: utm_source=facebook&utm_medium=paid-social&utm_campaign={{campaign.name}}" in written, written
    assert not _schema_findings(_lint(run, tmp_path / "campaigns"))


def test_a_meta_column_that_filled_a_slot_is_not_said_not_imported(run, sheet, tmp_path):
    """newuser47 F7: Meta's `{{campaign.id}}` and `{{ad.id}}` are filled in from the export's `Campaign ID` and `Ad ID`
    columns, yet the report listed both under "columns not imported"; a column no slot read still is."""
    path = sheet(META_EXPORT.replace("utm_campaign={{campaign.name}}&utm_content={{ad.name}}",
                                     "utm_campaign={{campaign.name}}&utm_id={{campaign.id}}&utm_content={{ad.id}}"),
                 "meta.csv")
    result = run("import", path.name, "--dry-run", cwd=tmp_path)
    said = next(line for line in result.out.splitlines() if line.startswith("columns not imported: "))
    assert "`Campaign ID`" not in said and "`Ad ID`" not in said and "`Title`" in said, said
    assert 'campaign_id: "1202"' in result.out and 'content: "9001"' in result.out, result.out
    # no slot read them: still said
    said = next(line for line in run("import", sheet(META_EXPORT, "meta2.csv").name, "--dry-run", cwd=tmp_path)
                .out.splitlines() if line.startswith("columns not imported: "))
    assert "`Campaign ID`" in said and "`Ad ID`" in said, said


def test_a_campaign_the_ad_platform_fills_in_is_one_file_for_each_of_its_campaigns(run, sheet, rendered, tmp_path):
    """newuser47 F8: utm.new's recommended Google Ads template, `utm_campaign={campaignid}&utm_content={adgroupid}`, put
    every ad of the account into one `campaignid.yaml` (two Google Ads campaigns, one campaign file), and duplicate-content
    told the ads of two ad groups to get their own content. Google Ads fills `{campaignid}` in for each of its campaigns:
    one file for each (named by the sheet's `Campaign`), the values kept as written, no finding."""
    suffix = "utm_source=google&utm_medium=cpc&utm_campaign={campaignid}&utm_content={adgroupid}&utm_term={keyword}"
    path = sheet("Campaign,Ad group,Final URL,Final URL suffix\n"
                 f"Brand - Search - US,,,{suffix}\n"
                 "Brand - Search - US,Brand Core,https://acmeflow.com/,\n"
                 "Brand - Search - US,Brand Pricing,https://acmeflow.com/pricing,\n"
                 f"Competitor - Search - US,,,{suffix}\n"
                 "Competitor - Search - US,Zapier Alt,https://acmeflow.com/compare/zapier,\n", "ads.csv")
    result = run("import", path.name, cwd=tmp_path)
    assert result.code == 0, result.out
    assert "ads.csv:4: imported into campaigns/brand-search-us.yaml" in result.out, result.out
    assert "ads.csv:6: imported into campaigns/competitor-search-us.yaml" in result.out, result.out
    assert 'campaign: "{campaignid}"' in (tmp_path / "campaigns" / "competitor-search-us.yaml").read_text()
    assert len(rendered(tmp_path / "campaigns")) == 3
    assert _lint(run, tmp_path / "campaigns") == []


def test_an_ad_whose_final_url_has_a_fragment_is_not_repaired_silently(run, sheet, tmp_path):
    """review46 F7: the platform appends the suffix after the final URL's `#plans`, where GA4 never sees the tags (scan
    says so: url-fragment-order); import wrote `url: .../pricing#plans` with the suffix's values, a campaign file
    rendering a tracked URL the ad never sent. The row is skipped, saying why, its own suffix or its campaign's."""
    path = sheet("Campaign,Ad group,Final URL,Final URL suffix\n"
                 "Sale,,,utm_source=google&utm_medium=cpc&utm_campaign=sale\n"
                 "Sale,Frag,https://acmeflow.com/pricing#plans,utm_source=google&utm_medium=cpc&utm_campaign=sale\n"
                 "Sale,Inherit,https://acmeflow.com/faq#billing,\n"
                 "Sale,Plain,https://acmeflow.com/,\n", "frag.csv")
    result = run("import", path.name, cwd=tmp_path)
    assert result.code == 1, result.out
    for line, fragment in ((3, "#plans"), (4, "#billing")):
        assert f"frag.csv:{line}: skipped: the final URL has a fragment (`{fragment}`) and the ad platform appends " \
               "the final URL suffix after it" in result.out, result.out
    assert "frag.csv:5: imported into campaigns/sale.yaml" in result.out, result.out


def test_a_key_the_template_and_the_suffix_both_write_is_said_of_the_ad_s_link(run, sheet, tmp_path):
    """The key is written twice in the link the platform makes from the final URL, its suffix and its template, not in
    the final URL the row holds: the skip says which link (review46 F14's sheet)."""
    path = sheet("Campaign,Final URL,Tracking template,Final URL suffix\n"
                 "A,https://acmeflow.com/a,{lpurl}&utm_source=x,utm_source=google&utm_medium=cpc&utm_campaign=a\n",
                 "twice.csv")
    result = run("import", path.name, cwd=tmp_path)
    assert "twice.csv:2: skipped: `utm_source` appears more than once in the link the ad platform makes (the final " \
           "URL, its suffix and its tracking template)" in result.out, result.out


def test_a_campaign_column_naming_the_urls_value_for_people(run, sheet, rendered, tmp_path):
    """newuser49 F5: a team's Google Sheet keeps the campaign's name for people in `Campaign` (`Webinar Jan`) and the
    link it shipped in `Tracked URL` (`utm_campaign=webinar-jan`): every row was skipped ("utm_campaign is `webinar-jan`
    in the URL but `Webinar Jan` in its column"), nothing imported. One name spelled two ways (case, separators) is no
    contradiction: the URL's value, what GA4 received, is imported and the column's kept as a comment; a column naming
    another value (`newsletter` beside `mailchimp`, `q1-2026` beside `q12026`) still skips the row."""
    path = sheet("Campaign,Source,Medium,Tracked URL\n"
                 "Webinar Jan,hubspot,email,https://acme.dev/webinar?utm_source=hubspot&utm_medium=email"
                 "&utm_campaign=webinar-jan\n"
                 "Q1 2026,google,cpc,https://acme.dev/ebook?utm_source=google&utm_medium=cpc&utm_campaign=q12026\n"
                 "webinar-jan,newsletter,email,https://acme.dev/webinar?utm_source=mailchimp&utm_medium=email"
                 "&utm_campaign=webinar-jan\n", "links.csv")
    result = run("import", path.name, cwd=tmp_path)
    assert "links.csv:2: imported into campaigns/webinar-jan.yaml (utm_campaign `webinar-jan` as the URL writes it, " \
           "what GA4 received; its column's `Webinar Jan` kept as a comment)" in result.out, result.out
    assert "links.csv:3: skipped: utm_campaign is `q12026` in the URL but `Q1 2026` in its column" in result.out
    assert "links.csv:4: skipped: utm_source is `mailchimp` in the URL but `newsletter` in its column" in result.out
    assert "# Campaign: Webinar Jan\n" in (tmp_path / "campaigns" / "webinar-jan.yaml").read_text(encoding="utf-8")
    assert rendered(tmp_path / "campaigns") == [
        "https://acme.dev/webinar?utm_source=hubspot&utm_medium=email&utm_campaign=webinar-jan"]
