"""Another party's placement read from the file's text around a link (scan.placement, the lead's ruling of session 40):
a sponsor block's links carry the tags each sponsor chose, so their values get no advice (respelling or completing
them would split the sponsor's reports); the URL as written is still judged. Tested both ways: the sponsor's value
advice is gone, the repository's own link beside the same words is still told, and a sponsor's `&amp;` is still told."""

from __future__ import annotations

import json

from repository import scan_repository

from utmlint.scan.placement import heading_above, placement_file, placement_said, placement_text
from utmlint.validate_url import validate_url


VALUE_ADVICE = {"medium-unassigned", "missing-utm-param", "value-case", "campaign-slug", "medium-channel-intent",
                "source-medium-swapped"}


def rules_by_line(found):
    out = {}
    for f in found:
        out.setdefault(f["line"], set()).add(f["name"])
    return out


README = """# Acme

Acme does things. Read [the docs](https://acme.dev/docs?utm_source=github&utm_medium=readme).

## Sponsors

<a href="https://www.testmuai.com/?utm_medium=sponsor&utm_source=acme"><img src="t.png" alt="TestMu AI"></a>
<a href="https://serpapi.com/?utm_source=acme"><img src="s.png" alt="SerpApi"></a>
<a href="https://railway.com/?utm_medium=sponsor&amp;utm_source=oss&amp;utm_campaign=acme">Railway</a>

## Usage

Try [Partner Co](https://partnerco.io/?utm_source=acme&utm_medium=Docs) with it.
"""


def test_a_sponsor_blocks_links_get_no_value_advice_and_the_url_rules_still_speak(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/acme", {"README.md": README})
    by_line = rules_by_line(found)
    # the two sponsors' own forms (TestMu AI's `utm_medium=sponsor`, SerpApi's source alone): no medium-unassigned,
    # no missing-utm-param
    assert 7 not in by_line and 8 not in by_line
    # Railway's link written with `&amp;` in Markdown's raw HTML is read as HTML: fine; the same link in a JS string
    # is the test below (url-html-escaped still told)
    assert not (by_line.get(9, set()) & {"medium-unassigned", "missing-utm-param", "value-case"})
    # the repository's own link in another section: told as ever (`Docs` is no GA4 medium, no campaign)
    assert {"medium-unassigned", "missing-utm-param"} <= by_line[13]


def test_a_sponsors_file_keeps_the_url_rules(tmp_path, monkeypatch, capsys):
    """pypi/warehouse's sponsors data (corpus 6 #127): a sponsor URL stored with `&amp;` in a Python string, where
    nothing decodes the entity: url-html-escaped is still told; the sponsor's `utm_medium=sponsor` is not."""
    code = 'SPONSORS = [\n    "https://www.caktusgroup.com/?utm_source=psf&amp;utm_medium=sponsor&amp;utm_campaign=caktus",\n]\n'
    found = scan_repository(tmp_path, monkeypatch, capsys, "pypi/warehouse", {"warehouse/cli/sponsors.py": code})
    rules = {f["name"] for f in found}
    assert "url-html-escaped" in rules
    assert not rules & {"medium-unassigned", "missing-utm-param", "value-case"}


def test_the_repositorys_own_links_under_a_sponsor_heading_are_still_told(tmp_path, monkeypatch, capsys):
    text = """## Sponsors

Become a sponsor: [sponsor us](https://acme.dev/sponsor?utm_source=github&utm_medium=Readme)

<a href="https://sentry.io/?utm_source=acme&utm_medium=sponsorship&utm_campaign=oss">Sentry</a>
<a href="https://depot.dev/?utm_source=acme&utm_medium=sponsorship&utm_campaign=oss">Depot</a>
"""
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/acme", {"README.md": text})
    by_line = rules_by_line(found)
    # the team's own site under the same heading: its values are its own (`Readme` is no GA4 medium)
    assert {"medium-unassigned", "missing-utm-param"} <= by_line[3]
    # one tag set written on two sponsors' links is the repository's own tagging (Changelog's `utm_source=changelog`
    # on every sponsor, goreleaser's): told (`sponsorship` is no GA4 medium)
    assert "medium-unassigned" in by_line[5] and "medium-unassigned" in by_line[6]


def test_a_sponsors_file_by_its_name_in_validate_url():
    """Fastify's SPONSORS.md (corpus 2 #25): a sponsor's link, given its path: no value advice, and why. (TestMu AI's own
    link there is its sponsorship form in rules/platform-written-tags.txt since session 45: a sponsor with no such entry
    stands in for it.)"""
    url = "https://ssdnodes.com/?utm_medium=sponsor&utm_source=fastify"
    result = validate_url(url, repo="fastify/fastify", path="SPONSORS.md")
    assert not {f.name for f in result.findings} & {"medium-unassigned", "missing-utm-param"}
    assert "sponsors' or backers' links" in result.not_judged
    # a link in a README without such a name is judged (validate_url has no heading to read), when its medium names no
    # sponsor's slot either (`utm_medium=sponsor` says so itself: scan.partner_tags.sponsor_tags, tests/scan/
    # test_sponsor_tags.py)
    result = validate_url(url.replace("=sponsor", "=readme"), repo="fastify/fastify", path="README.md")
    assert {"medium-unassigned", "missing-utm-param"} <= {f.name for f in result.findings}
    # GitHub's FUNDING.yml is the owner's own sponsor button, not a sponsors list
    assert placement_file(".github/FUNDING.yml") == ""


def test_what_the_text_reading_takes_for_a_placement():
    assert placement_file("docs/en/data/sponsors.yml") == "sponsors.yml"
    assert placement_file("docs/.vitepress/theme/components/AsideSponsors.vue") == "AsideSponsors.vue"
    assert placement_file("_sponsors/2023-08-17-rollbar.md") == "_sponsors"
    assert placement_file("app/views/pages/supporters.html.erb") == "supporters.html.erb"
    assert placement_file("docs/partners.md") == ""  # a repository's own partners page tags its own links
    text = "intro\n\n<!-- sponsors -->\n<a href='https://x.io/?utm_source=a'>X</a>\n"
    assert heading_above(text, text.index("https")) == "sponsors"
    assert placement_text(text, text.index("https")) == 'the heading "sponsors"'
    text = "sponsors:\n  - name: X\n    url: https://x.io/?utm_source=a\n"
    assert placement_text(text, text.index("https")) == 'the heading "sponsors"'
    text = "## Install\n\nThis release is brought to you by [X](https://x.io/?utm_source=a).\n"
    assert placement_text(text, text.index("https")).startswith("its line")
    # a value in the URL is no word of the text: `utm_medium=sponsorship` alone shows nothing
    text = "## Install\n\nSee [X](https://x.io/?utm_source=a&utm_medium=sponsorship).\n"
    assert placement_text(text, text.index("https")) == ""


def test_a_comment_closing_the_sponsors_block_ends_it():
    """eslint's README (corpus 5 #299): its sponsors block, generated between `<!--sponsorsstart-->` and
    `<!--sponsorsend-->`, is followed by the README's link definitions (`[herodevs]: https://...`, its commercial
    support partner, shown far above): the closing comment is no heading of theirs, and the block's links are still
    held back."""
    text = ("## Support\n\nCommercial support from [HeroDevs][herodevs].\n\n<!--sponsorsstart-->\n## Sponsors\n\n"
            "<h3>Gold Sponsors</h3>\n<p><a href='https://qlty.sh/?utm_source=eslint'>Qlty</a></p>\n"
            "<!--sponsorsend-->\n\n[herodevs]: https://www.herodevs.com/support/eslint-nes?utm_source=ESLintWebsite\n")
    assert placement_text(text, text.index("https://qlty")) == 'the heading "Gold Sponsors"'
    assert heading_above(text, text.index("https://www.herodevs")) == ""
    assert placement_text(text, text.index("https://www.herodevs")) == ""
    for closing in ("END SPONSORS", "/sponsors", "sponsors-end", "ALL-CONTRIBUTORS-LIST:END"):
        text = f"<!-- sponsors -->\n[X](https://x.io/?utm_source=a)\n<!-- {closing} -->\n[Y](https://y.io/?utm_source=b)\n"
        assert placement_text(text, text.index("https://x")) == 'the heading "sponsors"'
        assert placement_text(text, text.index("https://y")) == "", closing
    # a name glued to `end` closes only the block its `start` opened: `<!-- frontend -->` alone opens a section
    text = "<!-- sponsorsfrontend -->\n[X](https://x.io/?utm_source=a)\n"
    assert placement_text(text, text.index("https")) == 'the heading "sponsorsfrontend"'



def test_a_tools_directive_between_the_heading_and_its_links_hides_no_heading():
    """review41 H2: `<!-- markdownlint-disable MD033 -->` (or prettier's, textlint's, cSpell's) between `## Sponsors`
    and the block's HTML was read as the nearest heading, a comment with no parents: the sponsor's tags got value
    advice and a safe --fix. A directive names no section; the heading above it holds, and the next section's own
    link is still the team's."""
    for directive in ("markdownlint-disable MD033", "prettier-ignore-start", "textlint-disable", "cSpell:disable",
                      "vale off"):
        text = (f"# Tool\n\n## Sponsors\n\n<!-- {directive} -->\n<a href='https://northwind.io/?utm_source=Tool'>N</a>"
                f"\n<!-- markdownlint-enable MD033 -->\n\n## Docs\n\n[docs](https://acme.dev/?utm_source=GitHub)\n")
        assert placement_text(text, text.index("https://northwind")) == 'the heading "Sponsors"', directive
        assert placement_text(text, text.index("https://acme")) == "", directive
    # a comment naming a section is still one (`<!-- sponsors -->`)
    text = "## Install\n\n<!-- sponsors -->\n[X](https://x.io/?utm_source=a)\n"
    assert placement_text(text, text.index("https://x")) == 'the heading "sponsors"'

ISSUE = """---
title: Issue 423
---

- [Developer Nation Survey is now live](https://developereconomics.net/?member_id=haskell&utm_medium=nl_ad_1) (ad)
- [Our podcast, episode 12](https://haskellweekly.news/episode/12.html?utm_source=newsletter&utm_medium=Email)
- [A tool for admins](https://tool.example.org/?utm_source=haskellweekly&utm_medium=nl) (admin guide)
"""


def test_a_newsletters_ad_slot_marked_on_its_line(tmp_path, monkeypatch, capsys):
    """Haskell Weekly's issues (corpus 10 #87-#94 #96 #97): the advertiser's link, its line marked `(ad)`, carries the
    advertiser's tags (`utm_medium=nl_ad_1`): no value advice. The newsletter's own link below is told as ever
    (`Email` is no GA4 medium in that case, a campaign is missing), and `(admin guide)` is no ad's mark."""
    found = scan_repository(tmp_path, monkeypatch, capsys, "haskellweekly/haskellweekly",
                            {"data/newsletter/2024/issue-423.markdown": ISSUE})
    by_line = rules_by_line(found)
    assert not by_line.get(5, set()) & {"medium-unassigned", "missing-utm-param", "value-case"}
    assert "missing-utm-param" in by_line[6]
    assert "medium-unassigned" in by_line[7]
    line = "- [Developer Nation Survey]( ) (ad)"
    assert placement_said([], line) == 'its line ("- [Developer Nation Survey]( ) (ad)")'
    assert placement_said([], "- [A tool]( ) (admin guide)") == ""


def test_an_ad_mark_holds_back_the_link_it_follows_not_its_neighbours(tmp_path, monkeypatch, capsys):
    """review41 M5: `(ad)` marked every link of its line, so the newsletter's own link before the advertiser's lost its
    findings (the same link on the next line was told). The mark holds back the link it follows (or, none before it,
    the line's first); the advertiser's link is still held back, and so is an ad marked before its link."""
    from utmlint.scan.placement import own_line

    issue = ("# Weekly 42\n\n"
             "- [Our survey results](https://survey-results.dev/2026?utm_source=Weekly-Issue&utm_medium=newsletter) and "
             "[Developer Nation Survey](https://developereconomics.com/?utm_source=haskellweekly&utm_medium=Newsletter)"
             " (ad)\n"
             "- [Our survey results](https://survey-results.dev/2026?utm_source=Weekly-Issue&utm_medium=newsletter)\n")
    by_line = {}
    for f in scan_repository(tmp_path, monkeypatch, capsys, "acme/weekly", {"issue-42.md": issue}):
        by_line.setdefault((f["line"], f["column"] > 110), set()).add(f["name"])
    own = {"missing-utm-param", "value-case", "medium-unassigned"}
    assert by_line[(3, False)] >= own and by_line[(4, False)] >= own, by_line  # the own link, on both lines
    assert not by_line.get((3, True), set()) & own, by_line  # the advertiser's, after it
    text = issue.split("\n")[2]
    assert "(ad)" not in own_line(text, text.index("https://survey"))
    assert "(ad)" in own_line(text, text.index("https://developer"))
    text = "(ad) [X](https://x.io/?utm_source=a1) then [Y](https://y.io/?utm_source=b1)"
    assert "(ad)" in own_line(text, text.index("https://x")) and "(ad)" not in own_line(text, text.index("https://y"))


def test_a_sponsors_key_block_ends_at_the_next_key_of_its_indentation(tmp_path, monkeypatch, capsys):
    """review41 M7: a YAML or JSON `sponsors:` block never closed, so the team's own `subscribe_url:` on the next
    top-level key was read as under it and passed silently (the same key in a file without the block was told). The
    block ends at a line indented no deeper than its key that is another key or a closing bracket; the sponsor's link
    inside it is still held back, and so is a deeper key's (`url:` in a list item), and a label line in prose
    (`Sponsors:` then `Gold: [Acme](...)`) is no block and still shows the placement."""
    site_yml = ("title: Acme Weekly\nsponsors:\n  - name: Stream\n"
                "    url: https://getstream.io/?utm_source=AcmeWeekly&utm_medium=sponsor\n"
                "subscribe_url: https://acmeweekly.news/subscribe?utm_source=Website&utm_medium=Footer\n")
    site_json = ('{\n  "title": "Acme Weekly",\n  "sponsors": [\n'
                 '    {"name": "Stream", "url": "https://getstream.io/?utm_source=AcmeWeekly&utm_medium=sponsor"}\n'
                 '  ],\n  "subscribe_url": "https://acmeweekly.news/subscribe?utm_source=Website&utm_medium=Footer"\n}\n')
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/site",
                            {"_data/site.yml": site_yml, "_data/site.json": site_json})
    by_file = {}
    for f in found:
        by_file.setdefault((f["path"], f["line"]), set()).add(f["name"])
    own = {"missing-utm-param", "value-case", "medium-unassigned"}
    assert by_file[("_data/site.yml", 5)] >= own and by_file[("_data/site.json", 6)] >= own, by_file
    assert ("_data/site.yml", 4) not in by_file and ("_data/site.json", 4) not in by_file, by_file
    for text in (site_yml, site_json):
        assert placement_text(text, text.index("https://getstream")) == 'the heading "sponsors"'
        assert placement_text(text, text.index("https://acmeweekly")) == ""
    prose = "# Acme\n\nSponsors:\nGold: [Acme](https://acme-sponsor.io/?utm_source=x)\n"
    assert placement_text(prose, prose.index("https://acme-sponsor")) == 'the heading "Sponsors"'
    nested = "sponsors:\n  gold:\n    - https://a.io/?utm_source=x\n  note: fine\n  silver_url: https://b.io/?utm_source=y\n"
    assert placement_text(nested, nested.index("https://b.io")) == 'the heading "sponsors"'


def test_a_line_thanking_the_reader_is_the_teams_own():
    """review41 M3: `thanks` on a link's line showed a placement whatever it thanked, so `Thanks for using WidgetKit!
    Upgrade to [WidgetKit Pro](...)`, the team's own upsell, passed silently; thanking a sponsor still shows one."""
    assert placement_said([], "Thanks for using WidgetKit! Upgrade to [WidgetKit Pro]( ) for teams.") == ""
    assert placement_said([], "Thank you for reading. Try [Pro]( )") == ""
    assert placement_said([], "Thanks to [Sentry]( ) for sponsoring") == 'its line ("Thanks to [Sentry]( ) for sponsoring")'


def test_thanks_in_a_later_block_of_the_line_are_its_own_links_not_this_ones(tmp_path, monkeypatch, capsys):
    """corpus 49 #11: a Slidev deck's closing slide, `Our awesome blog: [evilmartians.com/chronicles](...)!<br/><small>
    (Special thanks to <a href="...">@hachi8833</a> for translating ...)</small>`: the thanks, said in a block of the
    line after the link's own and holding a link of its own, held the company's own blog link back as a partner's
    tags (its `utm_medium=slides` went untold). Thanks said before the link, in its own block, or in a later block with
    no link of its own still show a placement."""
    from utmlint.scan.placement import said_of_a_later_link

    slide = ("# Thank you!\n\nOur awesome blog: [evilmartians.com/chronicles](https://evilmartians.com/chronicles/"
             "?utm_source=kaigionrails&utm_medium=slides&utm_campaign=pg)!<br/><small class=\"text-xs\">(Special thanks "
             "to <a href=\"https://twitter.com/hachi8833\">@hachi8833</a> for translating posts to Japanese!)</small>\n")
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/talk", {"slides.md": slide})
    assert "medium-unassigned" in rules_by_line(found)[3]
    line = ('Our awesome blog: [evilmartians.com/chronicles]( )!<br/><small class="text-xs">(Special thanks to '
            '<a href=" ">@hachi8833</a> for translating posts!)</small>')
    assert said_of_a_later_link(line, "Our awesome blog: [evilmartians.com/chronicles]( )!")
    # the words before the link, or in its own block: still the placement of this link
    assert not said_of_a_later_link("Sponsored by<br/>[Acme]( )", "[Acme]( )")
    assert not said_of_a_later_link("Thanks to our sponsors: [A]( ) [B]( )", "Thanks to our sponsors: [A]( ) [B]( )")
    # a later block thanking nobody linked: no other link to give the words to
    assert not said_of_a_later_link("[Acme]( )<br/>Thanks to our sponsors!", "[Acme]( )")


def test_a_speakers_notes_comment_above_a_link_is_no_heading():
    """corpus 49 #16: a Slidev slide's speaker notes (an HTML comment under the slide, `I'm Sampo ... from Evil Martians
    ... Thanks to Ruby we have been able to afford ...`) read as the heading above the company's own logo link, and its
    `Thanks to` as another party's placement: prose of two sentences or more over 100 characters is no title. A short
    marker or title still is."""
    notes = ("I'm Sampo Kuokkanen from Evil Martians, and I'm thrilled to be here today with a colleague. Thanks to Ruby "
             "we have been able to afford not Lambos, but a kei car.")
    assert placement_said([notes], '<a href=" "> <img alt="Evil Martians" /> </a>') == ""
    assert placement_said(["sponsors"], "[Acme]( )") == 'the heading "sponsors"'
    assert placement_said(["Thanks to our sponsors"], "[Acme]( )") == 'the heading "Thanks to our sponsors"'
    slide = ("# Keep it Ruby\n\n<!--\n" + notes + "\n-->\n\n<a href=\"https://evilmartians.com/?utm_source=rubyworld"
             "&utm_medium=slides&utm_campaign=keep-it-ruby\"><img alt=\"Evil Martians\" src=\"/logo.svg\" /></a>\n")
    assert placement_text(slide, slide.index("https://evilmartians")) == ""


def test_a_sponsors_file_with_the_bytes_of_another_file_keeps_its_own_verdict(run, tmp_path):
    """The scan cache keys a file's verdict by its bytes and what its path says: a `SPONSORS.md` holding the same bytes
    as the README took the README's verdict (value advice and a safe fix on a sponsor's tags), the sponsors list's name
    not being in the key; the same for a test's code read by the path below the repository's root."""
    import subprocess

    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    subprocess.run(["git", "-C", str(tmp_path), "remote", "add", "origin", "https://github.com/acme/tool.git"],
                   check=True)
    text = "Try [Northwind](https://northwind.io/trial?utm_source=GitHub&utm_medium=Readme)\n"
    (tmp_path / "README.md").write_text(text)
    (tmp_path / "SPONSORS.md").write_text(text)
    for _ in range(2):  # cold, then warm from the cache
        found = json.loads(run("scan", "--format", "json", ".", cwd=tmp_path).out)
        assert {f["path"] for f in found} == {"README.md"}, found


def _notebook(cells):
    return json.dumps({"cells": [{"cell_type": kind, "metadata": {}, "source": lines} if kind == "markdown" else
                                 {"cell_type": kind, "execution_count": None, "metadata": {}, "outputs": [],
                                  "source": lines} for kind, lines in cells],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


def test_a_notebooks_markdown_heading_is_read_through_its_json(tmp_path, monkeypatch, capsys):
    """A notebook is JSON: the heading above a link in a Markdown cell is a line of its `source` array
    (`"## Sponsors\\n",`), and the nearest "heading" the reading found was the JSON's key `source` on every link
    (corpus 35's blind note: a sponsors section in a notebook was never one). The cells are read as they render;
    a code cell's comment (`# Sponsors of nothing`) is no heading; the team's own link under "Install" is told."""
    sponsor = "[Northwind](https://northwind.io/cloud?utm_source=Tutorial&utm_medium=sponsorship)\n"
    own = "[Our docs](https://widgetkit.dev/docs?utm_source=Notebook)\n"
    text = _notebook([("markdown", ["# WidgetKit tutorial\n", "\n", "Intro.\n"]),
                      ("code", ["# Sponsors of nothing\n", "import widgetkit\n"]),
                      ("markdown", ["## Install\n", "\n", own]),
                      ("markdown", ["## Sponsors\n", "\n", sponsor])])
    assert placement_text(text, text.index("https://northwind.io")) == 'the heading "Sponsors"'
    assert placement_text(text, text.index("https://widgetkit.dev")) == ""
    from utmlint.scan.placement import headings_above

    assert headings_above(text, text.index("https://widgetkit.dev")) == ["Install", "WidgetKit tutorial"]
    found = {}
    for f in scan_repository(tmp_path, monkeypatch, capsys, "acme/widgetkit", {"tutorial.ipynb": text}):
        found.setdefault(f["line"], set()).add(f["name"])
    own_line_no = text[:text.index("https://widgetkit.dev")].count("\n") + 1
    sponsor_line_no = text[:text.index("https://northwind.io")].count("\n") + 1
    assert {"missing-utm-param", "value-case"} <= found.get(own_line_no, set()), found
    assert not found.get(sponsor_line_no, set()) & {"missing-utm-param", "value-case", "medium-unassigned"}, found


def test_a_sponsor_link_written_again_elsewhere_stays_held_back_under_its_heading(tmp_path, monkeypatch, capsys):
    """review42 F1: reading a link under `## Sponsors` as the team's own whenever the file writes the same site and
    tags where no placement is read (the review41 M9 mend, reverted) gave value advice back to sponsors' tags on real
    READMEs (dashy's TestMu AI, zoxide's Recall.ai, Next-js-Boilerplate's CodeRabbit: the sponsor's logo or banner
    written once more above the list). Under its heading the sponsor's link is held back, whatever else the file says."""
    link = "https://coderabbit.ai/?utm_source=Boilerplate&utm_medium=Sponsor_Readme"
    readme = (f"# Boilerplate\n\n[![CodeRabbit]({link})]({link})\n\nIntro.\n\n## Sponsors\n\n"
              f"[CodeRabbit]({link}) reviews our pull requests.\n")
    found = {}
    for f in scan_repository(tmp_path, monkeypatch, capsys, "acme/boilerplate", {"README.md": readme}):
        found.setdefault(f["line"], set()).add(f["name"])
    assert not found.get(9, set()) & {"value-case", "medium-unassigned", "missing-utm-param"}, found


def test_validate_urls_placement_takes_a_bare_heading_and_missing_parts():
    """review41 L4: validate_url's `placement=("Sponsors", "")` read the heading letter by letter (no placement, the
    sponsor's tags given advice), and `(None, "")` or a 1-tuple were tracebacks. A bare string is one heading, None a
    part not given; a heading naming no placement still leaves the link judged."""
    url = "https://serpapi.com/?utm_source=Typicode"
    judged = lambda placement: [f.name for f in validate_url(url, repo="typicode/json-server", path="README.md",
                                                             placement=placement).findings]
    for held in (("Sponsors", ""), (["Sponsors"], ""), (("Sponsors",),), "Sponsors"):
        assert judged(held) == [], held
    for told in ((None, ""), (None, None), ("Usage", ""), ()):
        assert "missing-utm-param" in judged(told), told


def test_an_ad_mark_inside_or_before_its_links_text_marks_that_link():
    """review42 F6: `(ad)` written inside the advertiser's link text (`[Retool (ad)](...)`) or right before it
    (`· (ad) [Retool](...)`) was credited to the link before it, so the advertiser's tags got value advice; the mark
    after a link (`[X](...) (ad)`) still marks that link."""
    from utmlint.scan.placement import own_line

    own, ad = "https://weekly.dev/survey?utm_source=Weekly", "https://retool.com/?utm_source=Weekly&utm_medium=Ad"
    for text in (f"- [Our survey]({own}) · [Retool (ad)]({ad})", f"- [Our survey]({own}) · (ad) [Retool]({ad})",
                 f"- [Our survey]({own}) and <a href=\"{ad}\">Retool (ad)</a>"):
        assert "(ad)" in own_line(text, text.index(ad)), text
        assert "(ad)" not in own_line(text, text.index(own)), text
    text = f"- [Retool]({ad}) (ad) then [Our survey]({own})"
    assert "(ad)" in own_line(text, text.index(ad)) and "(ad)" not in own_line(text, text.index(own))


def test_a_json_sponsors_array_of_objects_at_the_keys_indentation_ends_at_its_bracket():
    """review42 F11: `"sponsors": [` whose objects are written at the key's own indentation ended at the first object's
    `},`, so the second sponsor's tags got value advice; the array ends at its `]`, and the team's key after it is
    outside it."""
    from utmlint.scan.placement import placement_text

    text = ('{\n"sponsors": [\n{\n  "name": "Acme",\n  "url": "https://acme.io/?utm_source=Site&utm_medium=Sponsor"\n},\n'
            '{\n  "name": "Globex",\n  "url": "https://globex.io/?utm_source=Site&utm_medium=Logo"\n}\n],\n'
            '"subscribe": "https://weekly.dev/subscribe?utm_source=Website"\n}\n')
    assert placement_text(text, text.index("https://globex.io")) == 'the heading "sponsors"'
    assert placement_text(text, text.index("https://weekly.dev")) == ""


def test_a_sponsors_own_form_sharing_only_the_source_is_the_sponsors(tmp_path, monkeypatch, capsys):
    """gosom's README (corpus 23 #38 #39): the README writes `utm_source=github&utm_medium=sponsorship&
    utm_campaign=gosom` on two sponsors (its own tagging, judged), and other sponsors come with forms of their own
    that share only `utm_source=github` (`utm_medium=banner`, another campaign): those are the sponsors' tags, no value
    advice. The README's set spelled otherwise (a campaign's hyphen, a value left out) is still its own slip, told
    (Next-js-Boilerplate's `nextjs-boilerplate` beside `next-js-boilerplate`, corpus 7)."""
    own = "utm_source=github&utm_medium=sponsorship&utm_campaign=next-js-boilerplate"
    readme = ("# Scraper\n\n## Sponsored By\n\n"
              f"### [SearchApi](https://www.searchapi.io/?{own}) - an API\n\n"
              f"### [HasData](https://hasdata.com/?{own}) - a scraper\n\n"
              "### [Extractor](https://gmapsextractor.com?utm_source=github&utm_medium=banner&utm_campaign=gosom)\n\n"
              "### [Proxidize](https://proxidize.com/?utm_source=github&utm_medium=sponsorship&"
              "utm_campaign=google_maps_scraper)\n\n"
              "### [Clerk](https://clerk.com?utm_source=github&utm_medium=sponsorship&utm_campaign=nextjs-boilerplate)\n\n"
              "### [Posthog](https://posthog.com/?utm_source=github&utm_medium=sponsorship)\n")
    lines = rules_by_line(scan_repository(tmp_path, monkeypatch, capsys, "gosom/google-maps-scraper",
                                          {"README.md": readme}))
    assert "medium-unassigned" in lines[5] and "medium-unassigned" in lines[7]  # the README's own set
    assert not lines.get(9, set()) & VALUE_ADVICE and not lines.get(11, set()) & VALUE_ADVICE  # the sponsors' forms
    assert "medium-unassigned" in lines[13] and "missing-utm-param" in lines[15]  # its own set spelled otherwise


def test_the_files_own_sponsor_set_of_another_year_is_its_own(tmp_path, monkeypatch, capsys):
    """Blitz's site's sponsor list (corpus 48 #27-#29, app/core/components/SponsorPack.js) writes its own set
    `utm_source=BlitzJS&utm_medium=sponsorship&utm_campaign=BlitzJS_Sponsorship_2021` on two sponsors, and the same set
    with the previous year's campaign (`..._2020`) on a third: the file's own tagging of another year, told as the
    others are (medium-unassigned, value-case), not held back as that sponsor's form. A campaign of other words with
    the same source and medium stays the sponsor's (gosom's Proxidize, above)."""
    from utmlint.scan.judge import _numbered_alike

    assert _numbered_alike("BlitzJS_Sponsorship_2020", "BlitzJS_Sponsorship_2021")
    assert not _numbered_alike("google_maps_scraper", "gosom") and not _numbered_alike("2020", "2021")
    assert not _numbered_alike("spring_sale", "spring_sale")  # no number: the same campaign, read as ever
    own = "utm_source=BlitzJS&utm_medium=sponsorship&utm_campaign=BlitzJS_Sponsorship_"
    pack = ("const sponsors = [\n"
            f"  {{ name: \"Fauna\", href: \"https://dashboard.fauna.com/accounts/register?{own}2020\", tier: 2 }},\n"
            f"  {{ name: \"RIT\", href: \"https://rit-inc.co.jp/?{own}2021\", tier: 3 }},\n"
            f"  {{ name: \"Boostry\", href: \"https://boostry.co.jp/?{own}2021\", tier: 3 }},\n"
            "]\n")
    lines = rules_by_line(scan_repository(tmp_path, monkeypatch, capsys, "blitz-js/blitzjs.com",
                                          {"app/core/components/SponsorPack.js": pack}))
    assert all({"medium-unassigned", "value-case"} <= lines.get(line, set()) for line in (2, 3, 4)), lines


def test_the_sentence_opening_a_list_is_read_as_its_heading(tmp_path, monkeypatch, capsys):
    """zachleat.com's 11ty Conference retro (corpus 15 #20): `A **huge thank you to our sponsors**:` opens the list
    holding CloudCannon's link with the tags CloudCannon chose: no value advice. A list opened by another sentence
    (`Read more:`), or by a sentence whose only sponsor word is in a URL, keeps the team's own links told; so does a
    list asking the reader to sponsor the team."""
    post = ("---\ntitle: A retro\n---\nIt went well.\n\nA **huge thank you to our sponsors**:\n\n"
            "- [CloudCannon CMS](https://cloudcannon.com/eleventy-cms/?utm_campaign=11tyConf&utm_source=11tyconf)\n"
            "- [Artist Activist](https://artact.io/)\n\n"
            "Read more:\n\n- [Our talk](https://talks.example.org/?utm_campaign=Retro&utm_source=blog)\n\n"
            "See [the page](https://acme.dev/sponsor) for our tiers:\n\n"
            "- [Tiers](https://tiers.acme-sponsors.org/?utm_campaign=Retro&utm_source=blog)\n\n"
            "If you like it, become a sponsor:\n\n"
            "- [Open Collective](https://opencollective.com/acme?utm_campaign=Retro&utm_source=blog)\n")
    lines = rules_by_line(scan_repository(tmp_path, monkeypatch, capsys, "zachleat/zachleat.com",
                                          {"_posts/2024-05-13-retro.md": post}))
    assert not lines.get(8, set()) & VALUE_ADVICE
    assert {"missing-utm-param", "value-case"} <= lines[13] and "missing-utm-param" in lines[17]
    assert "missing-utm-param" in lines[21]
    from utmlint.scan.placement import headings_above

    assert headings_above(post, post.index("https://cloudcannon"))[0] == "A huge thank you to our sponsors"
    assert headings_above(post, post.index("https://tiers"))[0] == "See [the page]( ) for our tiers"
    assert placement_said(headings_above(post, post.index("https://tiers")), "") == ""


def test_a_sponsorship_tiers_heading_holds_its_sponsors(tmp_path, monkeypatch, capsys):
    """Mockoon's README (corpus 20 #109): `## Support us!` (an invitation, the team's own words), then `### Platinum`
    over SerpApi's logo with SerpApi's `?utm_source=mockoon`: a tier's name as a whole heading lists that tier's
    sponsors, no value advice. A heading that only holds the word (`### The gold standard`) is no tier: the team's
    link under it is told."""
    readme = ("# Mockoon\n\n## Support us!\n\nWe rely on sponsorships.\n\n### Platinum\n\n"
              '<a href="https://serpapi.com/?utm_source=mockoon"><img src="s.png" alt="SerpApi logo" /></a>\n\n'
              "### The gold standard\n\n[Try it](https://tools.acme-labs.io/?utm_source=readme)\n")
    lines = rules_by_line(scan_repository(tmp_path, monkeypatch, capsys, "mockoon/mockoon", {"README.md": readme}))
    assert not lines.get(9, set()) & VALUE_ADVICE
    assert "missing-utm-param" in lines[13]
    assert placement_said(["🥇 Gold"], "") and placement_said(["Silver tier"], "")
    assert not placement_said(["Gold standard"], "") and not placement_said(["Support us!"], "")


def test_a_sponsors_list_longer_than_the_reach_keeps_its_heading_while_it_goes_on():
    """review42 F7's note: every entry of a sponsors list past REACH (~48 entries below `## Sponsors`) lost its heading
    and got value advice on the sponsor's tags. A list read on (Markdown items, a table's rows, a YAML sequence's items
    and their keys, blank lines between) keeps the heading above its first line; a line of prose ends it, so a link
    after it (the team's own, past the reach) is judged, and so is the link under the next heading."""
    from utmlint.scan.placement import REACH, headings_above

    entries = "".join(f"- [S{i}](https://s{i}.example.io/?utm_source=Weekly{i}&utm_medium=Newsletter)\n"
                      for i in range(REACH // 40))
    text = f"# Weekly\n\n## Sponsors\n\n{entries}\n- [Last](https://last.example.io/?utm_source=W)\n"
    assert placement_text(text, text.index("https://last.example.io")) == 'the heading "Sponsors"'
    assert placement_text(text, text.rindex("https://s")) == 'the heading "Sponsors"'
    for after in ("Prose after the list: [ours](https://weekly.dev/?utm_source=GitHub)\n",
                  "## Docs\n\n[ours](https://weekly.dev/?utm_source=GitHub)\n"):
        told = f"# Weekly\n\n## Sponsors\n\n{entries}{after}"
        assert placement_text(told, told.index("https://weekly.dev")) == "", after
    table = "".join(f"| S{i} | https://s{i}.example.io/?utm_source=Weekly&utm_medium=Sponsor_{i} |\n"
                    for i in range(REACH // 40))
    text = f"# Weekly\n\n### Backers\n\n| name | link |\n|---|---|\n{table}"
    assert headings_above(text, text.rindex("https://s")) == ["Backers", "Weekly"]
    yaml = "".join(f"  - name: S{i}\n    url: https://s{i}.example.io/?utm_source=W&utm_medium=Sponsor_{i}\n"
                   for i in range(REACH // 40))
    text = f"title: Weekly\nsponsors:\n{yaml}"
    assert headings_above(text, text.rindex("https://s")) == ["sponsors"]
    # code is no list: a long function's link keeps what the reach reads (nothing here)
    code = "## Sponsors\n\n" + "".join(f"    call_{i}()\n" for i in range(REACH // 10)) + "    go('https://x.io/?utm_source=A')\n"
    assert headings_above(code, code.index("https://x.io")) == []


def test_a_sentence_naming_sponsors_in_passing_opens_no_sponsors_list():
    """review43 F8: `Thanks to our sponsors, this release ships three new guides:` opens a list of the team's guides;
    only the lead-in's last clause says what the list holds (the zachleat form, one clause, still read)."""
    from utmlint.scan.placement import headings_above

    guides = ("# Tools\n\nThanks to our sponsors, this release ships three new guides:\n\n"
              "- [Guide one](https://jdoe-tools.io/guides/one?utm_source=GitHub&utm_medium=readme)\n")
    assert not placement_said(headings_above(guides, guides.index("https://jdoe")), "")
    thanks = "# Retro\n\nA **huge thank you to our sponsors**:\n\n- [CloudCannon](https://cloudcannon.com/?utm_source=x)\n"
    assert placement_said(headings_above(thanks, thanks.index("https://cloud")), "")


KEEN = """---
title: Analyze SendGrid Event Data with Keen
group: partners
navigation:
  show: true
---
Stream your events to <a href="https://streamco.io/users/signup?utm_campaign=SendGrid%202020&utm_source=SendGrid&utm_medium=SendGrid%20Docs">StreamCo</a>.

Create a [SendGrid account](https://sendgrid.com/user/signup?utm_source=docs).
"""


BLOG_POST = """---
title: "We partnered with Zapier"
categories: [announcements, partners]
---

# Acmeflow now connects to Zapier

Today we launch our Zapier integration. [Read the setup guide](https://acmeflow.com/docs/zapier?utm_source=Blog&utm_medium=Blog_Post&utm_campaign=zapier-launch)
"""


def test_a_front_matters_partners_category_holds_nothing_back(tmp_path, monkeypatch, capsys):
    """review44 F1: a front matter's `categories: [partners]` (a blog post announcing a partnership) or `group:
    partners` was read as the page being one partner's, and the team's own links on it were "Nothing checked": a
    silent pass, on one repository's evidence (SendGrid's docs, corpus 2 #85 #89 #95, whose 5 wrong findings came
    back with the reading's removal). The team's own link on such a page, and a partner's on SendGrid's, are judged
    (Keen's own `<partner> Hosted Docs` form there is Keen's by rules/platform-written-tags.txt since over2f, session
    46, seen in Airbyte's docs too: held back by that data, whatever the front matter says; a form no data names is
    the case this test keeps)."""
    files = {"_posts/2026-11-20-zapier.md": BLOG_POST, "content/docs/tracking-events/analytics-with-keen-io.md": KEEN}
    found = scan_repository(tmp_path, monkeypatch, capsys, "jdoe/marketing-site", files)
    told = {}
    for f in found:
        told.setdefault((f["path"], f["line"]), set()).add(f["name"])
    assert "value-case" in told[("_posts/2026-11-20-zapier.md", 8)]
    assert "medium-unassigned" in told[("content/docs/tracking-events/analytics-with-keen-io.md", 7)]


def test_a_front_matters_last_key_is_no_heading():
    """The closing `---` of a front matter underlined its last key as a heading (`show: true`, `tags: sponsors`): no
    key of a front matter is a heading of the page's links."""
    from utmlint.scan.placement import headings_above

    text = "---\ntitle: Notes\ncategory: Guides\ntags: sponsors\n---\nSee [x](https://x.io/?utm_source=a).\n"
    assert headings_above(text, text.index("https://x.io")) == []
    text = "---\ntitle: Notes\n---\n## Setup\nSee [x](https://x.io/?utm_source=a).\n"
    assert headings_above(text, text.index("https://x.io")) == ["Setup"]
    # a YAML file's own `sponsors:` key holding the link is read as ever
    text = "---\nsponsors:\n  - url: https://x.io/?utm_source=a\n---\n"
    assert headings_above(text, text.index("https://x.io")) == ["sponsors"]


FLUTTER = """# Awesome Flutter

<p align="center">
  <a href="https://requestly.com?utm_source=github&utm_medium=awesomeflutter&utm_campaign=awesomeflutter">
    <img alt="Requestly sponsorship" width="350" src="requestly.png">
      <br><b>Requestly - Free & Open-Source alternative to Postman</b>
  </a>
</p>

<p align="center">
  <a href="https://flutter.dev/?utm_source=github&utm_medium=awesomeflutter">
    <img alt="Flutter" width="350" src="flutter.png">
  </a>
</p>
"""


def test_an_anchors_own_words_on_its_next_lines_are_its_line():
    """Solido/awesome-flutter's source.md (corpus 6 #300): the anchor opened on the link's line holds, on the next
    lines, its logo's `alt="Requestly sponsorship"`: a sponsor's placement; the next anchor's words (`Flutter`) say
    none, and the first anchor's words are not the second's."""
    first = FLUTTER.index("https://requestly.com")
    second = FLUTTER.index("https://flutter.dev")
    assert "sponsorship" in placement_text(FLUTTER, first)
    assert placement_text(FLUTTER, second) == ""
    from utmlint.scan.placement import own_line

    assert "Requestly" not in own_line(FLUTTER, second)
    # an anchor closed on its line is read as ever: nothing of the next lines
    text = '<a href="https://x.io/?utm_source=a">X</a>\n<img alt="sponsor">\n'
    assert own_line(text, text.index("https://x.io")).strip() == '<a href=" ">X</a>'


def test_a_paid_mark_in_other_words_and_languages_marks_its_link():
    """This Week In React's French section (corpus 5 #252): `[![Formation React ... (promotion) !](...)](https://react.
    codingcrew.dev/?...)`, a paid slot marked in French as `(ad)` marks one in English: held back; the newsletter's own
    link on the same line as a marked one is not, as with `(ad)`."""
    text = ("[![Formation React approfondie et 100% FR (promotion) !](/emails/160.jpg)]"
            "(https://react.codingcrew.dev/?utm_source=thisweekinreact&utm_id=twir-29112023)\n")
    assert "promotion" in placement_text(text, text.index("https://react.codingcrew.dev"))
    line = ("[Our survey](https://acme.dev/survey?utm_source=weekly) · [Kurs](https://kurs.de/?utm_source=weekly) "
            "(Anzeige)\n")
    assert placement_text(line, line.index("https://acme.dev")) == ""
    assert "Anzeige" in placement_text(line, line.index("https://kurs.de"))
    # a tool's price in a list is no paid slot
    assert placement_text("- [Tool](https://tool.io/?utm_source=list) (paid)\n", 10) == ""


def test_a_redirect_named_for_its_destination_keeps_the_sponsors_tags(tmp_path, monkeypatch, capsys):
    """Arrested DevOps' `static/_redirects` (corpus 15 #64 #68 #69): the podcast reads out `arresteddevops.com/
    pagerduty` for its sponsor, and the redirect sends listeners on with the tags PagerDuty gave it
    (`utm_campaign=Global-Tr-FreeTrial-...`): a short address named for the site it leads to is handed out for that
    party, no value advice on its tags. The team's own short address (`/shop`, named for no site) is told, and so is
    the sponsor's URL as written (http). scan and validate_url (the corpus judge's stored reading) alike."""
    from utmlint.scan.manifest import redirect_named_for

    table = ("/pagerduty https://www.pagerduty.com/?utm_medium=display&utm_source=ado&utm_campaign=Global-Tr-FreeTrial 301!\n"
             "/hired http://hired.com/?utm_source=podcast&utm_medium=arresteddevops&utm_campaign=q2-16 301!\n"
             "/shop https://ado-merch.square.site/?utm_source=site&utm_medium=Redirect&utm_campaign=shop 301!\n")
    lines = rules_by_line(scan_repository(tmp_path, monkeypatch, capsys, "arresteddevops/ado-hugo",
                                          {"static/_redirects": table}))
    assert not lines.get(1, set()) & VALUE_ADVICE
    assert not lines.get(2, set()) & VALUE_ADVICE and "url-insecure" in lines[2]
    assert lines[3] & VALUE_ADVICE  # the team's own short address: `Redirect` still told
    assert redirect_named_for("/agiledevopswest   301!", "agiledevopswest.techwell.com") == "/agiledevopswest"
    assert redirect_named_for("/redgate 301!", "www.red-gate.com") == "/redgate"
    assert redirect_named_for("/datadog 301!", "www.datadoghq.com") == "/datadog"
    for line, host in (("/shop 301!", "ado-merch.square.site"), ("/docs 301", "docs.acme.io"),
                       ("/go/cloud 301", "cloud.google.com"), ('  to = " "', "pagerduty.com")):
        assert redirect_named_for(line, host) == "", line
    url = "https://www.pagerduty.com/?utm_medium=display&utm_source=ado&utm_campaign=Global-Tr-FreeTrial"
    held = validate_url(url, entry_point=True, repo="arresteddevops/ado-hugo", path="static/_redirects",
                        placement=([], "/pagerduty   301!"))
    assert not held.findings and "the redirect `/pagerduty`" in held.not_judged
    told = validate_url(url, entry_point=True, repo="arresteddevops/ado-hugo", path="static/_redirects",
                        placement=([], "/offer   301!"))
    assert "value-case" in {f.name for f in told.findings}
    # the same line in a file that is no redirect table names nothing
    other = validate_url(url, repo="arresteddevops/ado-hugo", path="docs/links.txt", placement=([], "/pagerduty   301!"))
    assert "value-case" in {f.name for f in other.findings}


def test_a_redirect_named_for_its_site_is_the_teams_when_another_rule_writes_the_same_tags_there(tmp_path, monkeypatch,
                                                                                               capsys):
    """review44 F16: `/acmeflow` -> acmeflow.com and `/pricing` -> acmeflow.com/pricing, both `?utm_source=Blog&
    utm_medium=redirect`: a team's blog keeping short links to its own product. The rule named for its destination
    was held as a sponsor's though the next rule, named for no site, writes the same tags to the same site: the file's
    own tagging, read per site. Both told now; a sponsor's rule whose tags no other rule writes to its site stays
    held (the PagerDuty line beside them)."""
    table = ("/acmeflow   https://acmeflow.com/?utm_source=Blog&utm_medium=redirect   301\n"
             "/pricing    https://acmeflow.com/pricing?utm_source=Blog&utm_medium=redirect   301\n"
             "/pagerduty https://www.pagerduty.com/?utm_medium=display&utm_source=ado&utm_campaign=Global 301!\n")
    lines = rules_by_line(scan_repository(tmp_path, monkeypatch, capsys, "jdoe/site", {"_redirects": table}))
    assert {"value-case", "medium-unassigned"} <= lines.get(1, set()), lines
    assert {"value-case", "medium-unassigned"} <= lines.get(2, set()), lines
    assert not lines.get(3, set()) & VALUE_ADVICE, lines


def test_a_sponsor_named_in_another_language_holds_its_link(tmp_path, monkeypatch, capsys):
    """radio-t's show notes (corpus 10 #56 #66 #76): `*Спонсоры этого выпуска [atlas](...)*`, the episode's sponsors
    with their own tags: no value advice, as `Sponsors of this episode` gets none. The podcast's own link on another
    line is still told, and so is a line asking the reader to become a sponsor (`Станьте спонсором`: the team's own)."""
    post = ("+++\ntitle = \"Радио-Т 680\"\n+++\n\n"
            "*Спонсоры этого выпуска [atlas](https://atlas.ru/wgs?utm_source=podcast&utm_medium=special&"
            "utm_campaign=radio-t1219)*\n\n"
            "Слушайте нас в [Telegram-боте](https://bots.acme-radio.ru/?utm_source=notes&utm_medium=podcast_notes)\n\n"
            "[Станьте спонсором](https://boosty.acme-radio.ru/?utm_source=notes)\n")
    lines = rules_by_line(scan_repository(tmp_path, monkeypatch, capsys, "radio-t/radio-t-site",
                                          {"hugo/content/posts/podcast-680.md": post}))
    assert not lines.get(5, set()) & VALUE_ADVICE
    assert "medium-unassigned" in lines[7]
    assert "missing-utm-param" in lines[9]
    for words in ("Patrocinado por", "赞助商", "贊助", "スポンサー", "스폰서"):
        assert placement_said([], f"{words} [Acme]( )"), words
    for invitation in ("Hazte patrocinador", "Torne-se um patrocinador", "成为赞助者", "スポンサーになる", "스폰서가 되기"):
        assert not placement_said([], f"[{invitation}]( )"), invitation


def test_the_teams_own_link_in_a_paragraph_after_a_sponsors_list_is_judged(tmp_path, monkeypatch, capsys):
    """review41 M9: `Prefer hosting? Try [Acme Host](...)` in a paragraph after `## Sponsors`' list (no closing mark)
    was held back under the heading though the file writes the same site and tags on its docs link above the section.
    Judged now when its paragraph follows the list, nothing on its line or in its tags names a placement, and the same
    site and tags are written where no placement is read. Held back still (review42 F1): the sponsor's entry in the
    list beside its banner above, a sponsor's logo table, and the same paragraph without the docs link above."""
    docs = "Docs: [acmehost.io/docs](https://acmehost.io/docs?utm_source=GitHub&utm_medium=readme).\n\n"
    stream = "https://getstream.io/?utm_source=WidgetKit&utm_medium=Referral"
    own = "Prefer hosting? Try [Acme Host](https://acmehost.io/?utm_source=GitHub&utm_medium=readme).\n"
    values = {"value-case", "medium-unassigned", "missing-utm-param"}

    def scanned(readme, folders=iter("abcd")):
        root = tmp_path / next(folders)
        root.mkdir()
        return rules_by_line(scan_repository(root, monkeypatch, capsys, "acme/widgetkit", {"README.md": readme}))

    found = scanned(f"# WidgetKit\n\n{docs}## Sponsors\n\n- [Stream]({stream})\n\n{own}")
    assert found.get(9, set()) & values and not found.get(7, set()) & values, found
    found = scanned(f"# WidgetKit\n\nIntro.\n\n## Sponsors\n\n- [Stream]({stream})\n\n{own}")
    assert not found.get(9, set()) & values, found  # no place of the team's own shows these tags
    # the sponsor's banner above, its entry in the list, its link again after it: a sponsor's, held back in the list
    banner = f'<p align="center"><a href="{stream}"><img src="s.png"></a></p>\n\n'
    found = scanned(f"# WidgetKit\n\n{banner}## Sponsors\n\n- [Stream]({stream})\n- [Retool](https://retool.com/"
                    f"?utm_source=WidgetKitOSS&utm_medium=Banner)\n")
    assert not found.get(7, set()) & values and not found.get(8, set()) & values, found
    table = f'<table><tr><td><a href="{stream}"><img src="s.png"></a></td></tr></table>\n'
    found = scanned(f"# WidgetKit\n\nUse [Stream]({stream}) for feeds.\n\n## Sponsors\n\n{table}")
    assert not found.get(7, set()) & values, found


def test_a_sponsors_blurb_after_its_own_list_entry_stays_held_back_beside_a_logo_banner(tmp_path, monkeypatch,
                                                                                        capsys):
    """review44 F5: a wordless logo banner at the top writes Warp's link, `## Sponsors` lists it, and Warp's blurb
    after the list links it again. The banner is a place where no placement is read, but the list's own entry says
    whose the tags are: the blurb stays held back (it was told missing-utm-param, value-case `GitHub` and
    medium-unassigned `readme` on Warp's own tags). The other way: M9's own link after the same list, a site the list
    does not carry, is still judged beside the banner."""
    warp = "https://www.warp.dev/?utm_source=GitHub&utm_medium=readme"
    banner = f'<p align="center">\n  <a href="{warp}"><img src="assets/warp.png" width="300" alt="Warp"></a>\n</p>\n\n'
    values = {"value-case", "medium-unassigned", "missing-utm-param"}
    readme = (f"{banner}# tools\n\nA set of shell tools.\n\n## Sponsors\n\n- [Warp]({warp})\n\n"
              f"Warp is a modern terminal with AI built in. [Try Warp for free]({warp}).\n\n## License\n\nMIT\n")
    (tmp_path / "a").mkdir()
    found = rules_by_line(scan_repository(tmp_path / "a", monkeypatch, capsys, "jdoe/tools", {"README.md": readme}))
    assert not found.get(11, set()) & values and not found.get(13, set()) & values, found
    own = "https://acmehost.io/?utm_source=Tools&utm_medium=readme"
    readme = (f"{banner}# tools\n\nDocs: [acmehost.io/docs]({own.replace('/?', '/docs?')}).\n\n## Sponsors\n\n"
              f"- [Warp]({warp})\n\nPrefer hosting? Try [Acme Host]({own}).\n")
    (tmp_path / "b").mkdir()
    found = rules_by_line(scan_repository(tmp_path / "b", monkeypatch, capsys, "jdoe/tools", {"README.md": readme}))
    assert found.get(13, set()) & values and not found.get(11, set()) & values, found


def test_an_acknowledgements_section_credits_another_party():
    """Snowplow's accelerator tutorial (corpus 10 #276): `## Acknowledgements` above a credit to Evoura's experts, with
    Evoura's tags: the credited party's link, as under `## Thanks`; the same link under another heading is read as the
    page's own."""
    text = ("# Live shopper features\n\n## Acknowledgements\n\nThank you to the Data Streaming experts at [Evoura]"
            "(https://evoura.com/?utm_source=snowplow&utm_medium=accelerator&utm_campaign=live-shopper) for their "
            "support.\n")
    assert placement_text(text, text.index("https://evoura")) == 'the heading "Acknowledgements"'
    other = text.replace("## Acknowledgements", "## Next steps").replace("Thank you to", "Ask")
    assert placement_text(other, other.index("https://evoura")) == ""


def test_a_component_named_for_a_partys_banner_holds_back_its_tags(tmp_path, monkeypatch, capsys):
    """over2f (session 46): vuejs/router's docs show the MadVue conference's banner from `MadVueBanner.vue`, linking
    `madvue.es/?utm_source=vue-router&utm_content=top_banner` (corpus 23 #49): a component named for the site its link
    goes to and a banner's slot is that party's banner, with the tags it chose: no value advice (the lead's ruling of
    session 40). The team's own banner (`SiteBanner.vue` linking its site's pricing elsewhere), a link in the party's
    banner to another site, and `Download.tsx` (no slot's word) are judged as ever."""
    from utmlint.scan.partner_tags import banner_file

    banner = ("<template><a href=\"https://madvue.es/?utm_source=vue-router&utm_content=top_banner\">MadVue</a>"
              "</template>\n")
    other = banner.replace("https://madvue.es/", "https://tickets.example-events.io/")
    found = scan_repository(tmp_path / "banner", monkeypatch, capsys, "vuejs/router", {
        "docs/components/MadVueBanner.vue": banner, "docs/components/SiteBanner.vue": banner,
        "docs/components/VueConfBanner.vue": other,
        "src/Download.tsx": banner.replace("<template>", "export default () => (").replace("</template>", ")")})
    by_path = {}
    for f in found:
        by_path.setdefault(f["path"], set()).add(f["name"])
    assert not by_path.get("docs/components/MadVueBanner.vue", set()) & VALUE_ADVICE
    assert "missing-utm-param" in by_path["docs/components/SiteBanner.vue"]
    assert "missing-utm-param" in by_path["docs/components/VueConfBanner.vue"]
    assert banner_file("docs/components/MadVueBanner.vue") == "MadVue" and banner_file("src/Download.tsx") == ""
    assert banner_file("docs/MadVueBanner.md") == ""  # a page, no template's component
    verdict = validate_url("https://madvue.es/?utm_source=vue-router&utm_content=top_banner", repo="vuejs/router",
                           path="packages/docs/.vitepress/theme/components/MadVueBanner.vue")
    assert not {f.name for f in verdict.findings} & VALUE_ADVICE and "MadVue" in verdict.not_judged
