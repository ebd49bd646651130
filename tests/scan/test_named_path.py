"""A relative path a Markdown doc names as text (inline code, a table cell) is no link between the site's pages; and a
relative link's utm query written after its `#` is utm-in-fragment's.

- Corpus 25 #50 #51 #53 #56: Piulres/sistema-bibi's campaign docs give the pages its ads link to as paths in a table's
  inline code (`| Calculadora | `/#roi?utm_segment=vet&utm_campaign=...` |`): utm-internal-link told the team to remove
  the tags those ad visits need. Rendered, inline code is text: no visitor clicks it from one of the site's pages to
  another (no Markdown renderer makes a relative path a link unless it is a link's destination).
- Corpus 25 #51 #52 #54 #56: `/#roi?utm_...` writes the query after the anchor, in the fragment, which no browser
  sends: utm-in-fragment read only absolute URLs (url-fragment-order's, which reads no relative link) and said nothing.
- stranger18 (session 37's review): kept out of the values pass, such a path got no value advice at all, though a
  table cell's is a campaign doc's destination (`| Home | `/?utm_source=Facebook&utm_medium=Email...` |` said "All
  clean"). A table cell's whole text is judged as a team's own link (corpus 25 #53: the campaign without source and
  medium told); inline code in a sentence is a sample request (statamic's docs, corpus 19 #58), still told nothing.
- Still internal links: a Markdown link `[..](/pricing?utm_source=...)` in a docs page and an `<a href>` in the site's
  own page keep utm-internal-link, and on them utm-in-fragment does not tell to move the tags into the query (where
  GA4 would take them as the visit's latest campaign): utm-internal-link's advice, remove them, is the one.
Real files in a temp folder, `utmlint scan --format json` in-process; validate_url with and without `named_path`."""

from __future__ import annotations

import json

import pytest

from utmlint.cli import main
from utmlint.scan.examples import NAMED_IN_CELL as CELL, NAMED_IN_PLAN as PLAN, NAMED_IN_PROSE as PROSE, named_path
from utmlint.validate_url import validate_url

CAMPAIGNS = ("# Campanhas Q3\n\n| Destino | URL base | Uso |\n|---|---|---|\n"
             "| Hero segmentado | `/?utm_segment=medical&utm_source=...` | Anúncio topo de funil |\n"
             "| Calculadora | `/#roi?utm_segment=vet&utm_campaign=q3-2026` | Conteúdo financeiro |\n"
             "| Rodapé do e-mail | /themes?utm_source=newsletter&utm_medium=email&utm_campaign=daily |  |\n\n"
             "The footer links `/themes?utm_source=newsletter&utm_medium=email&utm_campaign=daily`.\n")


def scan(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    return sorted((f["path"], f["line"], f["name"]) for f in json.loads(capsys.readouterr().out))


def test_a_campaign_docs_destinations_are_no_internal_links(tmp_path, monkeypatch, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "CAMPANHAS.md").write_text(CAMPAIGNS, encoding="utf-8")
    # the anchor's query is in the fragment: told (line 6), with what GA4 would lack once they are moved (no source,
    # no medium: as for an absolute URL, scan.wording.once_moved); no finding tells to remove an ad's tags
    assert scan(tmp_path, monkeypatch, capsys) == [("docs/CAMPANHAS.md", 6, "missing-utm-param"),
                                                   ("docs/CAMPANHAS.md", 6, "utm-in-fragment")]


def test_a_table_cells_destination_is_judged_as_a_campaign_link_a_sentences_sample_is_not(tmp_path, monkeypatch,
                                                                                          capsys):
    # stranger18 (session 37's review): a campaign doc's table of destinations got no value advice at all after fix25b;
    # statamic's docs name a sample request in a sentence (corpus 19 #58): still nothing to tell
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "launch.md").write_text(
        "# Launch\n\n| Page | Link |\n|---|---|\n"
        "| Home | `/?utm_source=Facebook&utm_medium=Email&utm_campaign=Launch` |\n"
        "| Pricing | /pricing?utm_campaign=launch |\n\n"
        "We will post `/?utm_source=Facebook&utm_medium=Email&utm_campaign=Launch` on launch day.\n", encoding="utf-8")
    (tmp_path / "docs" / "caching.md").write_text(
        "Requests such as `/blog?page=2&utm_medium=social` are cached once per query string.\n", encoding="utf-8")
    # a URL parser's README: its table's paths are the program's input beside its output, no campaign's destinations
    (tmp_path / "README.md").write_text(
        "| Input | Output |\n|---|---|\n| `/?utm_source=Google&utm_medium=CPC` | `{source: 'Google'}` |\n",
        encoding="utf-8")
    assert scan(tmp_path, monkeypatch, capsys) == [
        ("docs/launch.md", 5, "medium-channel-intent"), ("docs/launch.md", 5, "value-case"),
        ("docs/launch.md", 5, "value-case"), ("docs/launch.md", 6, "missing-utm-param")]


def test_a_campaign_docs_landing_page_in_a_sentence_is_judged_as_its_ads_link(tmp_path, monkeypatch, capsys):
    # corpus 26 #44 (dparker001/gascap's Google Ads plan): "Landing page: ... (or a dedicated `/?utm_source=google`
    # for tracking)": the destination its ads will carry, with no paid medium (Organic Search by the source alone, if
    # auto-tagging is off) and no campaign: told, as a table cell's destination is; never an internal link. The same
    # words in a docs page (statamic's sample request, corpus 19 #58) are still told nothing.
    (tmp_path / "docs").mkdir()
    line = "- Landing page: `https://www.gascap.app` (or a dedicated `/?utm_source=google` for tracking)\n"
    (tmp_path / "docs" / "MARKETING_GOOGLE_ADS_REDDIT.md").write_text("# Google Search Ads\n\n" + line,
                                                                     encoding="utf-8")
    (tmp_path / "docs" / "caching.md").write_text("# Caching\n\n" + line, encoding="utf-8")
    assert scan(tmp_path, monkeypatch, capsys) == [("docs/MARKETING_GOOGLE_ADS_REDDIT.md", 3, "missing-utm-param")]
    found = validate_url("/?utm_source=google", named_path="plan", path="docs/MARKETING_GOOGLE_ADS_REDDIT.md").findings
    assert [f.name for f in found] == ["missing-utm-param"] and "Organic Search" in found[0].message


def test_a_specs_bare_example_path_is_no_internal_link(tmp_path, monkeypatch, capsys):
    # corpus 26 #75 (facottry/foundry-admin-server's notification PRD): the deep link an e-mail's button gets, written
    # as a bare path in the text; rendered it is text, no link between the site's pages: removing its tags would lose
    # the e-mail's attribution. The same path as a Markdown link's destination is still told (test below).
    (tmp_path / "prd.md").write_text(
        "9. UTM Injection\n\nExample\n/product/ai-writer\n"
        "→ /product/ai-writer?utm_source=email&utm_medium=notification&utm_campaign=PRODUCT_APPROVED\n\n"
        "See [the writer](/product/ai-writer?utm_source=docs&utm_medium=guide&utm_campaign=onboarding).\n",
        encoding="utf-8")
    assert scan(tmp_path, monkeypatch, capsys) == [("prd.md", 7, "utm-internal-link")]


def test_links_between_the_sites_pages_keep_their_finding(tmp_path, monkeypatch, capsys):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "guide.md").write_text(
        "See [pricing](/pricing?utm_source=docs&utm_medium=guide&utm_campaign=onboarding).\n\n"
        "| Page | Link |\n|---|---|\n| ROI | [calculator](/#roi?utm_campaign=guide) |\n", encoding="utf-8")
    (tmp_path / "index.html").write_text(
        '<html><body><a href="/pricing?utm_source=home&utm_medium=banner&utm_campaign=q3">Pricing</a>\n'
        '<a href="/#roi?utm_source=home&utm_medium=banner&utm_campaign=q3">ROI</a></body></html>\n', encoding="utf-8")
    found = scan(tmp_path, monkeypatch, capsys)
    assert found == [("docs/guide.md", 1, "utm-internal-link"), ("docs/guide.md", 5, "utm-internal-link"),
                     ("index.html", 1, "utm-internal-link"), ("index.html", 2, "utm-internal-link")]


def test_validate_url_reads_a_named_path_as_it_is_told():
    alone = validate_url("/#roi?utm_segment=vet&utm_campaign=q3")
    assert [f.name for f in alone.findings] == ["utm-internal-link"]  # a relative URL alone: a link of the site
    named = validate_url("/#roi?utm_segment=vet&utm_campaign=q3", named_path="cell", path="docs/CAMPANHAS.md")
    assert [(f.name, f.fixed) for f in named.findings] == [
        ("missing-utm-param", None), ("utm-in-fragment", "/?utm_segment=vet&utm_campaign=q3#roi")]
    assert named.findings[0].message.startswith("once these tags are moved into the query")
    assert "GA4 never reads them" in named.findings[1].message
    # only the site's own key after the `#` (no GA4 key, so no internal link to speak of): moved into the query
    own = validate_url("/#comparativo?utm_segment=legal")
    assert [(f.name, f.fixed) for f in own.findings] == [("utm-in-fragment", "/?utm_segment=legal#comparativo")]
    assert own.findings[0].message.endswith("GA4 never reads it and the visit loses its campaign; move it into the "
                                            "query, before the `#`")  # one key: `it`, not `them`
    # and what GA4 would lack once one tag is moved: "this tag", not "these tags" (two keys: "these tags", above)
    one = validate_url("/#roi?utm_campaign=q3", named_path="prose")
    assert [f.name for f in one.findings] == ["missing-utm-param", "utm-in-fragment"]
    assert one.findings[0].message.startswith("once this tag is moved into the query (after the `#` GA4 does not read "
                                              "it), this tracked link has no `utm_source`, `utm_medium`")
    assert one.findings[1].message.endswith("GA4 never reads it and the visit loses its campaign; move it into the "
                                            "query, before the `#`")
    # inline code in a sentence (a sample request, statamic's docs): its values are not judged as a campaign's
    assert validate_url("/blog?page=2&utm_medium=social", named_path="prose", path="docs/caching.md").findings == []
    assert validate_url("/blog?page=2&utm_medium=social", named_path=True, path="docs/caching.md").findings == []
    # a table cell's (a campaign doc's destination): judged as a team's own link, nothing to remove
    cell = validate_url("/?utm_source=Facebook&utm_medium=Email&utm_campaign=Launch", named_path="cell",
                        path="docs/launch.md")
    assert sorted(f.name for f in cell.findings) == ["medium-channel-intent", "value-case", "value-case"]
    assert validate_url("/blog?page=2&utm_medium=social", named_path="cell", path="docs/caching.md").findings[0].name \
        == "missing-utm-param"
    assert [f.name for f in validate_url("/blog?page=2&utm_medium=social", named_path="cell").findings] == [
        "missing-utm-param"]  # read without a `path` too


@pytest.mark.parametrize("path, text, url, expected", [
    ("docs/CAMPANHAS.md", "| Calc | `/#roi?utm_campaign=x` |", "/#roi?utm_campaign=x", CELL),
    ("docs/CAMPANHAS.md", "| Hero | `/?utm_source=...` |", "/?utm_source=", CELL),  # the URL stops before `...`
    ("docs/spec.md", "| Footer | /themes?utm_source=n |", "/themes?utm_source=n", CELL),  # a bare table cell
    ("docs/Q3.md", "| Hero | `/?s={a\\|b}&utm_campaign=q3` |", "/?s={a\\|b}&utm_campaign=q3", CELL),  # an escaped pipe in its code
    ("docs/guide.mdx", "Requests such as `/blog?utm_medium=social` are cached.", "/blog?utm_medium=social", PROSE),
    ("docs/plan.md", "- [ ] Test `/?utm_segment=medical` (hero)", "/?utm_segment=medical", PROSE),  # a list item's
    ("docs/plan.md", "| Hero | see `/?utm_source=x` |", "/?utm_source=x", PROSE),  # code beside words in its cell
    # a table of a program's input beside its output (examples.demonstrated_example): the program's data, not a list
    # of destinations
    ("README.md", "| Input | Output |\n|---|---|\n| `/?utm_source=Google` | `Google` |", "/?utm_source=Google", PROSE),
    ("README.md", "| URL | Parsed |\n|---|---|\n| /?utm_source=Google | `{source: 'Google'}` |", "/?utm_source=Google",
     PROSE),
    ("README.md", "| Page | URL |\n|---|---|\n| Home | `/?utm_source=Google` |", "/?utm_source=Google", CELL),
    ("docs/guide.md", "[x](/a?utm_source=x)", "/a?utm_source=x", ""),  # a link's destination
    ("docs/guide.md", "| a | [x](/a?utm_source=x) |", "/a?utm_source=x", ""),  # a link in a table cell
    ("docs/guide.md", '<a href="/a?utm_source=x">x</a>', "/a?utm_source=x", ""),  # inline HTML's link
    ("docs/guide.md", "`https://a.example/?utm_source=x`", "https://a.example/?utm_source=x", ""),  # not relative
    ("src/page.tsx", "const u = `/a?utm_source=x`;", "/a?utm_source=x", ""),  # a JS template literal
    # words around it in its cell: no destination list, and no link either (text, as in a sentence)
    ("docs/guide.md", "| Open /a?utm_source=x now |", "/a?utm_source=x", PROSE),
    # a bare path in running text, no inline code (a spec's example deep link, corpus 26 #75): text, not a link
    ("docs/prd.md", "Example\n/product/ai-writer\n→ /product/ai-writer?utm_source=email&utm_medium=notification\n",
     "/product/ai-writer?utm_source=email&utm_medium=notification", PROSE),
    ("docs/guide.md", "Intro.\n\n[pricing]: /pricing?utm_source=x\n", "/pricing?utm_source=x", ""),  # a reference definition
    ("docs/guide.md", "Intro.\nSee [it]( /a?utm_source=x) or <img src='/b.png?utm_source=x'>", "/a?utm_source=x", ""),
    ("docs/guide.md", "Intro.\n<img src='/b.png?utm_source=x'>", "/b.png?utm_source=x", ""),  # an HTML attribute
    # running text of a doc about the team's own campaigns or ads (linkplace "campaign"): its ads' landing page (corpus
    # 26 #44), not a sample request; a link's destination there is still a link
    ("docs/MARKETING_GOOGLE_ADS_REDDIT.md", "- Landing page: `https://www.gascap.app` (or a dedicated "
     "`/?utm_source=google` for tracking)", "/?utm_source=google", PLAN),
    ("marketing/launch.md", "We post `/?utm_source=x` on launch day.", "/?utm_source=x", PLAN),
    ("docs/ads-plan.md", "Destination: /pricing?utm_source=x", "/pricing?utm_source=x", PLAN),
    ("marketing/launch.md", "See [it](/a?utm_source=x).", "/a?utm_source=x", ""),
    ("marketing/launch.md", "| Hero | `/?utm_source=x` |", "/?utm_source=x", CELL),
    # a redirect spec's example requests (afida's spec-kit spec and contract, corpus 37 #12-#16): a requirement naming
    # two paths in one sentence, each a sample request; a `Legacy URL | Variant Params | Result URL` table whose
    # params cell holds `{...}` (a program's input beside its output); a test scenario's `Then:` line
    ("specs/001-legacy-url-redirects/spec.md", "- **FR-009**: System MUST preserve any existing query parameters "
     "(e.g., `/product/foo?utm_source=google` → `/products/bar?size=12&utm_source=google`)",
     "/products/bar?size=12&utm_source=google", PROSE),
    ("specs/001-legacy-url-redirects/contracts/middleware_interface.md", "| Legacy URL | Variant Params | Result URL |"
     "\n|---|---|---|\n| `/product/pizza-box?utm_source=google` | `{size: \"12\\\"\"}` | "
     "`/products/pizza-box-kraft?size=12%22&utm_source=google` |", "/products/pizza-box-kraft?size=12%22&utm_source=google",
     PROSE),
    ("specs/001-legacy-url-redirects/contracts/middleware_interface.md",
     "   - Then: Redirect to `/products/pizza-box-kraft?size=12&utm_source=google`",
     "/products/pizza-box-kraft?size=12&utm_source=google", PROSE),
    # a README's table of the author's tagged links for use elsewhere (Steven Pinto's resume link, corpus 37 #18): a
    # destination list, its values judged as a campaign link's
    ("README.md", "| Use Case | URL |\n|---|---|\n| Resume link to LinkedIn | "
     "`/linkedin/index.html?utm_source=companyname&utm_medium=resume` |",
     "/linkedin/index.html?utm_source=companyname&utm_medium=resume", CELL),
])
def test_what_is_a_named_path(path, text, url, expected):
    start = text.index(url)
    assert named_path(path, text, start, start + len(url), url) == expected
