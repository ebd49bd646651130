"""A Google Ads Editor sheet's tracking template, `{lpurl}?utm_source=...` in a cell after a delimiter, is read (newuser45 F10).

A paid-search agency keeps its Google Ads tags in the tracking template (`{lpurl}` is the ad's final URL, filled in by
Google Ads); Google Ads Editor exports it as a CSV column. The same template on a line of text was read; in a sheet's
cell after `,` or `;` no link started ("All clean: ... no tracked link found"), so `utm_source=Google` went untold.
A link starts after the cell's delimiter only where none starts before it, so every link read before is read the same.
"""

from __future__ import annotations

import json


def _findings(run, cwd, *paths):
    done = run("scan", "--no-cache", "--format", "json", *paths, cwd=cwd)
    assert done.code in (0, 1), done
    return [(f["path"], f["line"], f["code"]) for f in done.findings]


def test_a_tracking_template_cell_is_read(project, run):
    root = project({
        "ads.csv": "Campaign,Ad group,Final URL,Tracking template\n"
                   "Brand,Brand,https://kettlecoffee.com/,{lpurl}?utm_source=Google&utm_medium=cpc&utm_campaign=brand\n",
        "ads-eu.csv": "Campaign;Tracking template\n"
                      "Brand;{lpurl}?utm_source=google&utm_medium=CPC&utm_campaign=brand\n",
    })
    found = _findings(run, root, "ads.csv", "ads-eu.csv")
    assert ("ads.csv", 2, "UTM201") in found, found  # `Google`
    assert ("ads-eu.csv", 2, "UTM201") in found, found  # `CPC`


def test_a_correct_template_is_a_link_with_no_finding(project, run):
    root = project({"ads.csv": "Campaign,Tracking template\n"
                               "Brand,{lpurl}?utm_source=google&utm_medium=cpc&utm_campaign=brand&utm_term={keyword}\n"})
    assert _findings(run, root, "ads.csv") == []
    links = run("scan", "--no-cache", "--links", "ads.csv", cwd=root)
    assert [link["url"] for link in json.loads(links.out)] == [
        "{lpurl}?utm_source=google&utm_medium=cpc&utm_campaign=brand&utm_term={keyword}"], links.out


def test_a_sheets_links_are_read_as_before(project, run):
    root = project({"links.csv": "Campaign,Landing page,Tracked URL\n"
                                 "spring,https://acme.com/spring,https://acme.com/spring?utm_source=Newsletter"
                                 "&utm_medium=email&utm_campaign=spring\n"})
    assert _findings(run, root, "links.csv") == [("links.csv", 2, "UTM201")]


ADS_EDITOR = ("Campaign,Ad group,Final URL,Tracking template,Final URL suffix\n"
              "Brand,Brand Exact,https://acmeflow.com/,,"
              "utm_source=google&utm_medium=cpc&utm_campaign={campaignid}&utm_content={creative}\n"
              "Spring Sale,Sale,https://acmeflow.com/pricing?plan=pro,,"
              "utm_source=Google&utm_medium=CPC&utm_campaign=spring_sale\n")


def test_a_final_url_suffix_is_read_appended_to_its_final_url(project, run):
    """newuser45 F10: Google Ads appends the `Final URL suffix` to the ad's final URL (`?`, or `&` after a query of its
    own); Google Ads Editor exports it as a column, which scan did not read (`Google`, `CPC` untold), and the value-track
    placeholder `{campaignid}` in it was read as a link of its own. The suffix is judged as the link Google Ads makes,
    each finding placed at the suffix cell's value and `--fix` writing there; Microsoft Advertising's `Final Url Suffix`
    (a UTF-16 tab-separated export, as its editor writes) alike, a campaign's row without a final URL on `{lpurl}`."""
    microsoft = ("Type\tCampaign\tFinal Url\tFinal Url Suffix\r\n"
                 "Campaign\tSpring\t\tutm_source=bing&utm_medium=Paid_Search&utm_campaign=spring\r\n"
                 "Ad\tSpring\thttps://acmeflow.com/p\tutm_source=Bing&utm_medium=cpc&utm_campaign=spring\r\n")
    root = project({"ads.csv": ADS_EDITOR})
    (root / "msads.csv").write_bytes(microsoft.encode("utf-16"))
    done = run("scan", "--no-cache", "--format", "json", "ads.csv", "msads.csv", cwd=root)
    found = sorted((f["path"], f["line"], f["column"], f["message"].split("`")[1]) for f in done.findings)
    assert found == [("ads.csv", 3, 68, "Google"), ("ads.csv", 3, 86, "CPC"),
                     ("msads.csv", 2, 45, "Paid_Search"), ("msads.csv", 3, 45, "Bing")], found
    links = json.loads(run("scan", "--no-cache", "--links", "ads.csv", "msads.csv", cwd=root).out)
    assert [link["url"] for link in links] == [
        "https://acmeflow.com/?utm_source=google&utm_medium=cpc&utm_campaign={campaignid}&utm_content={creative}",
        "https://acmeflow.com/pricing?plan=pro&utm_source=Google&utm_medium=CPC&utm_campaign=spring_sale",
        "{lpurl}?utm_source=bing&utm_medium=Paid_Search&utm_campaign=spring",
        "https://acmeflow.com/p?utm_source=Bing&utm_medium=cpc&utm_campaign=spring"], links
    assert run("scan", "--no-cache", "--fix", "ads.csv", cwd=root).code == 0
    assert (root / "ads.csv").read_text() == ADS_EDITOR.replace("Google&utm_medium=CPC", "google&utm_medium=cpc")


def test_a_suffixed_rows_final_url_is_no_link_of_its_own(project, run):
    """review46 F8, F9: where a row's suffix is read, its final URL is that link's base, never a landing of its own (the
    platform always appends the suffix): a final URL carrying tags of its own was told "add utm_campaign to the URL's
    query" (a third repeated key), beside the suffixed link's repeated keys, which are right; a suffix written with a
    leading `?` was listed twice; a row with a quoted line break in a cell (an Ads Editor description) was not read.
    A final URL with a `#fragment` gets the suffix after it, as the platform appends it: url-fragment-order."""
    root = project({"ads.csv": (
        "Campaign,Ad group,Headline,Final URL,Final URL suffix\n"
        "Sale,Brand,Acme,https://acmeflow.com/?plan=pro,?utm_source=google&utm_medium=cpc&utm_campaign=sale\n"
        "Sale,Dup,Dup,https://acmeflow.com/d?utm_source=newsletter&utm_medium=email,"
        "utm_source=google&utm_medium=cpc&utm_campaign=sale\n"
        'Sale,Multi,"Two\nlines",https://acmeflow.com/m,utm_source=Google&utm_medium=cpc&utm_campaign=sale\n'
        "Sale,Frag,Acme,https://acmeflow.com/pricing#plans,utm_source=google&utm_medium=cpc&utm_campaign=sale\n"
        "Sale,None,x,https://acmeflow.com/n?utm_source=newsletter&utm_medium=email,\n")})
    found = sorted((f["line"], f["code"]) for f in json.loads(
        run("scan", "--no-cache", "--format", "json", "ads.csv", cwd=root).out))
    assert found == [(3, "UTM307"), (3, "UTM307"), (5, "UTM201"), (6, "UTM304"), (7, "UTM101")], found
    links = json.loads(run("scan", "--no-cache", "--links", "ads.csv", cwd=root).out)
    assert [link["line"] for link in links] == [2, 3, 5, 6, 7], links  # one link a row


def test_a_template_opening_with_the_final_url_goes_on_after_the_suffixed_link(project, run):
    """review46 F14: a tracking template that writes a key the suffix writes too (`{lpurl}&utm_source=x` beside
    `utm_source=google&...`) makes a link carrying it twice, which import skips ("appears more than once") and scan
    judged clean: the suffixed link goes on with the template's rest, as the platform puts the final URL in `{lpurl}`
    (its `?` after a query written `&`); a template sending the click elsewhere first, or a row without a suffix,
    as before."""
    root = project({"ads.csv": (
        "Campaign,Final URL,Tracking template,Final URL suffix\n"
        "A,https://acmeflow.com/a,{lpurl}&utm_source=x,utm_source=google&utm_medium=cpc&utm_campaign=a\n"
        "B,https://acmeflow.com/b,{lpurl}?utm_term={keyword},utm_source=google&utm_medium=cpc&utm_campaign=b\n"
        "C,https://acmeflow.com/c,{lpurl}?utm_source=Google&utm_medium=cpc&utm_campaign=c,\n")})
    found = sorted((f["line"], f["column"], f["code"]) for f in json.loads(
        run("scan", "--no-cache", "--format", "json", "ads.csv", cwd=root).out))
    assert found == [(2, 34, "UTM307"), (4, 45, "UTM201")], found
    links = json.loads(run("scan", "--no-cache", "--links", "ads.csv", cwd=root).out)
    assert [link["url"] for link in links][1] == (
        "https://acmeflow.com/b?utm_source=google&utm_medium=cpc&utm_campaign=b&utm_term={keyword}"), links


def test_a_long_sheet_s_cells_are_looked_up_by_bisection():
    """A sheet of 50,000 suffixed rows took 9.5 minutes to scan: every link found was checked against every covered
    cell (quadratic); the cells are looked up by bisection (no timing here: the lookup's answers at the edges, and one
    link a row on a long sheet)."""
    from utmlint.scan.data import _inside, extract

    ranges = [(3, 7), (7, 9), (12, 20)]
    assert [at for at in range(22) if _inside(ranges, at)] == [3, 4, 5, 6, 7, 8, 12, 13, 14, 15, 16, 17, 18, 19]
    assert not _inside([], 0)
    rows = ["Campaign,Final URL,Final URL suffix"] + [
        f"C{i},https://acmeflow.com/p{i}?plan=pro,utm_source=google&utm_medium=cpc&utm_campaign=c{i}" for i in range(3000)]
    found = extract("\n".join(rows) + "\n", {"suffix": ".csv"})
    assert len(found) == 3000 and found[-1].url.endswith("p2999?plan=pro&utm_source=google&utm_medium=cpc&utm_campaign=c2999")


META_EXPORT = ("Campaign Name,Ad Set Name,Ad Name,Title,Display Link,Link,URL Tags\n"
               "Q1 Trial,LAL 1%,Carousel,See every funnel,acme.io,https://www.acme.io/trial,"
               "utm_source=facebook&utm_medium=paid_social&utm_campaign={{campaign.name}}&utm_content={{ad.name}}\n"
               "Retargeting,Pricing 14d,Static,Plans from $49,acme.io,https://www.acme.io/pricing?plan=team,"
               "utm_source=fb&utm_medium=cpc&utm_campaign=retargeting-pricing&utm_content=static-pricing\n"
               "Retargeting,Stories,Story,Plans from $49,acme.io,https://www.acme.io/pricing,"
               "utm_source=ig&utm_medium=paid-social&utm_campaign=retargeting-pricing&utm_content=story-pricing\n")


def test_a_meta_exports_url_tags_are_read_appended_to_its_link(project, run):
    """newuser47 F2: Meta Ads Manager's export writes each ad's destination in `Link` and the tags Meta appends to it in
    `URL Tags` (its "URL parameters"), the pair Google Ads Editor writes as `Final URL` and `Final URL suffix`. The tags
    were not read (a tail of the first cell, `{{campaign.name}}&utm_content=...`, was listed as a link landing in
    Unassigned; `fb` and the sheet's two spellings of paid social went untold). Meta's `{{...}}` slots are kept."""
    root = project({"meta.csv": META_EXPORT})
    links = json.loads(run("scan", "--no-cache", "--links", "meta.csv", cwd=root).out)
    assert [link["url"] for link in links] == [
        "https://www.acme.io/trial?utm_source=facebook&utm_medium=paid_social&utm_campaign={{campaign.name}}"
        "&utm_content={{ad.name}}",
        "https://www.acme.io/pricing?plan=team&utm_source=fb&utm_medium=cpc&utm_campaign=retargeting-pricing"
        "&utm_content=static-pricing",
        "https://www.acme.io/pricing?utm_source=ig&utm_medium=paid-social&utm_campaign=retargeting-pricing"
        "&utm_content=story-pricing"], links
    found = sorted((f["line"], f["code"], f["message"].split("`")[1]) for f in
                   run("scan", "--no-cache", "--format", "json", "meta.csv", cwd=root).findings)
    assert found == [(2, "UTM602", "paid_social"), (3, "UTM103", "fb")], found
