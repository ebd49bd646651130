"""A page or code in a folder that says it holds another party's content (`third-party-docs/`, `third_party/`:
scan.placement.third_party_folder): its links to sites not the repository's carry the tags that party chose (the lead's
ruling of session 40), even a tag set it writes on several of its own sites (Covalent's on covalenthq.com and its demo
apps in Arbitrum's docs, corpus 14 #39 #41; QuickNode's and Crossmint's pages, #40 #44 #45; a vendor's notebook in a
cookbook's `third_party/MongoDB/`, corpus 6). The team's own site is still judged there, and the URL as written
everywhere. `utmlint scan` as a user runs it."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.scan.placement import third_party_folder
from utmlint.validate_url import validate_url

COVALENT = ("[Covalent](https://www.covalenthq.com/?utm_source=arbitrum&utm_medium=docs)\n\n"
            "- [NFT galleries](https://goldrush-nft-gallery-ui.vercel.app/?utm_source=arbitrum&utm_medium=docs)\n"
            "- [Unified API](https://www.covalenthq.com/docs/api/?utm_source=arbitrum&utm_medium=docs)\n")
VALUE_ADVICE = {"medium-unassigned", "missing-utm-param", "value-case", "campaign-slug", "medium-channel-intent"}


def names(found, path):
    return {f["name"] for f in found if f["path"] == path}


def test_a_third_party_page_keeps_its_partys_tags(tmp_path, monkeypatch, capsys):
    page = "docs/for-devs/third-party-docs/Covalent/covalent.mdx"
    found = scan_repository(tmp_path / "a", monkeypatch, capsys, "acme/docs", {
        page: COVALENT + "- [Acme](https://acme.com/?utm_source=covalent&utm_medium=docs)\n"
                         "- [Chain GDP](https://www.covalenthq.com/platform/#/pages/gdp/?utm_source=arbitrum)\n",
        # the same page among the team's own docs: the set on two sites is the docs' own tagging, told
        "docs/for-devs/tools/covalent.mdx": COVALENT})
    on_page = [(f["line"], f["name"]) for f in found if f["path"] == page]
    # the team's own site (line 5) is judged; the party's links are not, but what breaks a link still is (line 6)
    assert {name for line, name in on_page if line < 5} == set()
    assert "medium-unassigned" in {name for line, name in on_page if line == 5}
    assert "utm-in-fragment" in {name for line, name in on_page if line == 6}
    assert "medium-unassigned" in names(found, "docs/for-devs/tools/covalent.mdx")


def test_a_teams_own_code_for_third_parties_is_not_one(tmp_path, monkeypatch, capsys):
    """GiveWP's `src/ThirdPartySupport/Elementor/` is the team's own code supporting other plugins, not their
    pages: a folder naming third parties with other words after it is not read."""
    assert third_party_folder("src/ThirdPartySupport/Elementor/Widgets/V1/GiveTotalsWidget.php") == ""
    assert third_party_folder("docs/remove-3rd-party-widgets/page.md") == ""
    assert third_party_folder("third-party-docs.md") == ""  # a file, not a folder
    assert third_party_folder("docs/for-devs/third-party-docs/QuickNode/backfill-templates.mdx") == "third-party-docs"
    assert third_party_folder("third_party/MongoDB/rag_using_mongodb.ipynb") == "third_party"
    assert third_party_folder("lib/ThirdParty/x.md") == "ThirdParty"
    found = scan_repository(tmp_path / "b", monkeypatch, capsys, "acme/widgets", {
        "src/ThirdPartySupport/links.md": "[Partner](https://partner.io/?utm_source=acme&utm_medium=docs)\n"})
    assert "medium-unassigned" in names(found, "src/ThirdPartySupport/links.md")


def test_validate_url_reads_the_folder_too():
    url = "https://dashboard.quicknode.com/streams/new?dataset=receipts&utm_source=arbitrum_backfill_template_click"
    result = validate_url(url, repo="OffchainLabs/arbitrum-docs",
                          path="docs/for-devs/third-party-docs/QuickNode/backfill-templates.mdx")
    assert not {f.name for f in result.findings} & VALUE_ADVICE
    assert "third-party-docs/" in result.not_judged and "another party's" in result.not_judged
    result = validate_url(url, repo="OffchainLabs/arbitrum-docs", path="docs/for-devs/quicknode.mdx")
    assert "missing-utm-param" in {f.name for f in result.findings}


def test_a_third_party_folders_link_tagged_with_the_repositorys_name_is_read_as_any(tmp_path, monkeypatch, capsys):
    """review43 F9: acmeflow/acmeflow's own page on its Zapier integration in `docs/third-party/`, its link tagged
    `utm_source=acmeflow` (the repository's name): the folder alone no longer holds it back as another party's (the
    same page in `docs/guides/` was told, this one passed in silence); it is read as any page's link. A party's own
    tags in the folder (`utm_source=integrations`) stay held back, and so does a partner programme's form naming the
    repository (`utm_source=acmeflow-docs&utm_medium=partner-docs`, Arbitrum's partners' form, corpus 14)."""
    own = ("# Connect Acmeflow to Zapier\n\n1. Open [Zapier](https://zapier.com/apps/acmeflow/integrations?utm_source="
           "acmeflow&utm_medium=Docs&utm_campaign=integrations) and sign in.\n2. Pick the Acmeflow trigger.\n")
    theirs = ("# Zapier for Acmeflow\n\n[Zapier](https://zapier.com/apps/acmeflow?utm_source=zapier&utm_medium=Docs)\n\n"
              "[Zapier API](https://zapier.com/api?utm_source=acmeflow-docs&utm_medium=partner-docs)\n")
    found = scan_repository(tmp_path / "c", monkeypatch, capsys, "acmeflow/acmeflow", {
        "CNAME": "acmeflow.com\n", "docs/third-party/zapier.md": own, "docs/guides/zapier.md": own,
        "docs/third-party/zapier-api.md": theirs})
    assert "medium-unassigned" in names(found, "docs/third-party/zapier.md")
    assert "medium-unassigned" in names(found, "docs/guides/zapier.md")
    assert not names(found, "docs/third-party/zapier-api.md") & VALUE_ADVICE


def test_a_partners_own_page_crediting_the_repository_stays_the_partners(tmp_path, monkeypatch, capsys):
    """review44 F19: in `docs/third-party/`, Covalent's own page ("This page is maintained by Covalent") links its
    platform tagged `utm_source=acmeflow&utm_medium=Docs`: a partner crediting the docs site that lists it, its tags
    (session 40's ruling: value advice wrong). Held back as the folder's; the team's own Zapier page beside it
    ("Connect Acmeflow to Zapier", no other author) is still told, and so is a page the Acmeflow team says it keeps,
    and a partner-kept page whose heading names Acmeflow as the one acting."""
    covalent = ("# Covalent\n\nThis page is maintained by Covalent.\n\n[Get an API key](https://www.covalenthq.com/"
                "platform/?utm_source=acmeflow&utm_medium=Docs&utm_campaign=acmeflow-docs)\n")
    zapier = ("# Connect Acmeflow to Zapier\n\n1. Open [Zapier](https://zapier.com/apps/acmeflow/integrations?"
              "utm_source=acmeflow&utm_medium=Docs&utm_campaign=integrations) and sign in.\n")
    kept = covalent.replace("maintained by Covalent", "maintained by the Acmeflow team")
    acting = ("# Connect Acmeflow to Covalent\n\nThis page is maintained by Covalent.\n\n[Get an API key](https://www."
              "covalenthq.com/platform/?utm_source=acmeflow&utm_medium=Docs)\n")
    found = scan_repository(tmp_path / "f19", monkeypatch, capsys, "acmeflow/acmeflow", {
        "CNAME": "acmeflow.com\n", "docs/third-party/covalent.md": covalent, "docs/third-party/zapier.md": zapier,
        "docs/third-party/kept.md": kept, "docs/third-party/acting.md": acting})
    assert not names(found, "docs/third-party/covalent.md") & VALUE_ADVICE
    assert "medium-unassigned" in names(found, "docs/third-party/zapier.md")
    assert "medium-unassigned" in names(found, "docs/third-party/kept.md")
    assert "medium-unassigned" in names(found, "docs/third-party/acting.md")
    from utmlint.scan.byline import page_author
    assert page_author("# Segment\n\nThis documentation is managed by Segment. Questions?\n") == "Segment"
    assert page_author("# Zapier\n\nWritten by hand, kept short.\n") == ""


def test_a_byline_naming_a_person_or_a_team_is_no_partner(tmp_path, monkeypatch, capsys):
    """review45 F8: the team's own Make page in `docs/third-party/` naming its maintainer ("Maintained by Jane Doe.",
    "Maintained by the Integrations team.") was held back as a partner's page. A byline is another party's only when
    it names the site the link goes to ("This page is maintained by Make." on make.com): those stay held."""
    page = ("# Make\n\n{byline}\n\nUse [the Acmeflow app on Make](https://www.make.com/en/integrations/acmeflow?"
            "utm_source=acmeflow&utm_medium=Docs).\n")
    files = {"CNAME": "acmeflow.com\n"}
    bylines = {"jane": "Maintained by Jane Doe.", "team": "Maintained by the Integrations team.",
               "devrel": "Maintained by Developer Relations.", "make": "This page is maintained by Make."}
    for name, byline in bylines.items():
        files[f"docs/third-party/{name}.md"] = page.format(byline=byline)
    found = scan_repository(tmp_path / "f8", monkeypatch, capsys, "acmeflow/acmeflow", files)
    for name in ("jane", "team", "devrel"):
        assert "medium-unassigned" in names(found, f"docs/third-party/{name}.md"), name
    assert not names(found, "docs/third-party/make.md") & VALUE_ADVICE


def test_a_page_kept_by_the_party_it_links_holds_back_that_partys_credit_link(tmp_path, monkeypatch, capsys):
    """over2f (session 46): SendGrid's docs page on Segment's source says "This documentation is managed by
    [Segment](https://segment.com/?utm_medium=docs&utm_source=sendgrid&utm_campaign=sources)" (corpus 2 #85): the
    link is the keeping party's credit on its own page, in any folder, with the tags that party chose (session 40's
    ruling): no value advice. The same line linking another site than the one it names, a project's own README
    saying it is "Maintained by [Segment]( )", and the repository's own site keep their advice."""
    kept = ("# Segment source\n\nThis documentation is managed by [Segment](https://segment.com/?utm_medium=docs&"
            "utm_source=acmeflow&utm_campaign=sources). Questions? Ask Segment.\n")
    other = kept.replace("https://segment.com/", "https://partner.io/")
    readme = "# Widget\n\nMaintained by [Segment](https://segment.com/?utm_medium=docs&utm_source=widget).\n"
    own = kept.replace("[Segment](https://segment.com/", "[Acmeflow](https://acmeflow.com/")
    found = scan_repository(tmp_path / "kept", monkeypatch, capsys, "acmeflow/acmeflow", {
        "CNAME": "acmeflow.com\n", "docs/tracking-events/segment-source.md": kept, "docs/partner.md": other,
        "README.md": readme, "docs/own.md": own})
    assert not names(found, "docs/tracking-events/segment-source.md") & VALUE_ADVICE
    assert "medium-unassigned" in names(found, "docs/partner.md")
    assert "medium-unassigned" in names(found, "README.md")
    assert "utm-internal-link" in names(found, "docs/own.md")  # the site's own page linking itself: told as ever
    from utmlint.scan.byline import page_kept_by
    assert page_kept_by("This documentation is managed by [Segment]( ). If you have any questions") == "Segment"
    assert page_kept_by("This page is maintained by **[Covalent]( )**.") == "Covalent"
    assert page_kept_by("Maintained by [Lensmor]( )") == ""


def test_a_kept_by_line_or_a_banner_where_nothing_names_the_repository_is_judged(tmp_path, monkeypatch, capsys):
    """review46 F13 F15: in a repository nothing names (no remote, no site), "This documentation is maintained by
    [Acmeflow](https://acmeflow.com/?...)" may be the team's own footer, and `AcmeflowBanner.vue` the team's own promo:
    their values are judged. With a remote naming another repository they stay held back (SendGrid's page on
    Segment, corpus 2 #85; MadVue's banner in vuejs/router, corpus 23 #49)."""
    from tests.scan.repository import git_repo, write
    from utmlint.cli import main
    import json

    page = ("# About\n\nThis documentation is maintained by [Acmeflow](https://acmeflow.com/?utm_source=docs&"
            "utm_medium=Footer&utm_campaign=about).\n")
    banner = ("<template><a href=\"https://acmeflow.com/pro?utm_source=site&utm_medium=Banner&utm_campaign=pro-launch\">"
              "Try Acmeflow Pro</a></template>\n")
    found = {}
    for remote in (None, "https://github.com/jdoe/acme-docs.git"):
        folder = git_repo(tmp_path / ("named" if remote else "fresh"), remote)
        write(folder / "docs/about.md", page)
        write(folder / "src/components/AcmeflowBanner.vue", banner)
        monkeypatch.chdir(folder)
        main(["scan", "--no-cache", "--format", "json", "."])
        names_by_path = {}
        for f in json.loads(capsys.readouterr().out):
            names_by_path.setdefault(f["path"], set()).add(f["name"])
        found[bool(remote)] = names_by_path
    assert "medium-unassigned" in found[False]["docs/about.md"]
    assert "value-case" in found[False]["src/components/AcmeflowBanner.vue"]
    assert not found[True].get("docs/about.md", set()) & VALUE_ADVICE
    assert not found[True].get("src/components/AcmeflowBanner.vue", set()) & VALUE_ADVICE


GRIDLY = ("---\ntitle: Gridly\nhomepage: https://www.gridly.com/\ntypeofcms: \"API Driven\"\n---\n\n"
          "Gridly is a spreadsheet for multi-language content.\n\n### Try Gridly\n\n"
          "Gridly has a [free plan](https://www.gridly.com/pricing/?utm_medium=jamstack&utm_source=jamstack).\n\n"
          "[API documentation](https://www.gridly.com/docs/api/?utm_medium=jamstack&utm_source=jamstack#introduction)"
          " | [Blog](http://www.gridly.com/blog/?utm_medium=jamstack&utm_source=jamstack)\n")


def test_a_lists_entry_keeps_the_listed_vendors_tags(tmp_path, monkeypatch, capsys):
    """over2g (session 47): a directory kept as one Markdown page per entry, whose front matter names the entry and its
    `homepage:` (jamstack.org's headless CMS list, `title: Gridly` with `homepage: https://www.gridly.com/`: corpus 7
    #73-#81, the lead's rulings of sessions 44 and 46): the vendor writes its entry, and its links to its own site carry
    the tags it chose (`utm_medium=jamstack`: Unassigned, the vendor's to mend): no value advice there, what breaks a link
    still told (http). Judged as ever: a link of the same page to another site, a page whose title is not the
    homepage's site, one with no `homepage:` (a company's `website:` in a list of employers, corpus 4 #177), and a
    product's own page in its own repository."""
    other = GRIDLY + "\nListed by [Acme](https://acme.com/?utm_source=list&utm_medium=listing).\n"
    untitled = GRIDLY.replace("title: Gridly", "title: Spreadsheets for games")
    employer = GRIDLY.replace("homepage:", "website:")
    found = scan_repository(tmp_path / "list", monkeypatch, capsys, "acme/directory", {
        "cms/gridly.md": GRIDLY, "cms/other.md": other, "cms/untitled.md": untitled, "cms/employer.md": employer})
    on_page = names(found, "cms/gridly.md")
    assert not on_page & VALUE_ADVICE and "url-insecure" in on_page
    assert "medium-unassigned" in {f["name"] for f in found if f["path"] == "cms/other.md" and f["line"] == 15}
    assert "medium-unassigned" in names(found, "cms/untitled.md")
    assert "medium-unassigned" in names(found, "cms/employer.md")
    own = scan_repository(tmp_path / "own", monkeypatch, capsys, "gridly/gridly", {"products/gridly.md": GRIDLY})
    assert "medium-unassigned" in names(own, "products/gridly.md")


def test_a_lists_entry_is_read_from_its_front_matter():
    from utmlint.scan.byline import listed_entry

    assert listed_entry("src/site/headless-cms/gridly.md", GRIDLY) == ("Gridly", "www.gridly.com")
    assert listed_entry("cms/apirocket.mdx", "---\ntitle: Apirocket\nhomepage: https://www.apirocket.io/\n---\n") == (
        "Apirocket", "www.apirocket.io")
    assert listed_entry("cms/gridly.html", GRIDLY) == ("", "")  # a Markdown page's front matter only
    assert listed_entry("cms/gridly.md", GRIDLY.replace("---\ntitle", "---\n\ntitle", 1).replace("\n---\n\nGridly",
                                                                                                "\n\nGridly")) == ("", "")
    assert listed_entry("cms/gridly.md", "# Gridly\n\nhomepage: https://www.gridly.com/\n") == ("", "")
    assert listed_entry("cms/x.md", "---\ntitle: Try this CMS\nhomepage: https://www.gridly.com/\n---\n") == ("", "")


def test_validate_url_reads_a_lists_entry_from_its_caller():
    """validate_url has no file text: its caller passes the entry it read from the front matter (the corpus judge reads
    tests/data/listed-files.tsv, written by tests/validate_url/listed_files.py from the mirrors)."""
    url = "https://www.gridly.com/pricing/?utm_medium=jamstack&utm_source=jamstack"
    where = dict(repo="jamstack/jamstack.org", path="src/site/headless-cms/gridly.md")
    assert {"medium-unassigned", "missing-utm-param"} <= {f.name for f in validate_url(url, **where).findings}
    held = validate_url(url, listed_entry=("Gridly", "www.gridly.com"), **where)
    assert held.findings == [] and "Gridly's entry in a list of products" in held.not_judged
    # a link to another site from the same entry is judged
    other = validate_url("https://acme.com/?utm_source=list&utm_medium=listing", listed_entry=("Gridly", "www.gridly.com"),
                         **where)
    assert "medium-unassigned" in {f.name for f in other.findings}
