"""A partner programme's tags (scan.partner_tags, the lead's ruling of session 40 on another party's tags): a link whose
utm_medium names a partner placement (`utm_medium=partner-docs`, `partnered`, `partnerref`)
counts its visits in the destination's partner channel, with tags the destination handed out: its values get no advice;
the URL as written is still judged. Tested both ways: the partner's page in the docs is held back (corpus 14's Covalent
and Moralis pages, corpus 20's Percy guide), and the team's own partners page, its own site, a tag set it writes on
several partners and a campaign naming its own partners list are still told."""

from __future__ import annotations

from repository import scan_repository

from utmlint.scan.partner_tags import partner_tags, partners_page
from utmlint.validate_url import validate_url

VALUE_ADVICE = {"medium-unassigned", "missing-utm-param", "value-case", "source-medium-swapped"}


def rules_by_line(found):
    out = {}
    for f in found:
        out.setdefault(f["line"], set()).add(f["name"])
    return out


COVALENT = """# Covalent

Covalent's Unified API reads every chain. [Sign up](https://www.covalenthq.com/platform/?utm_source=aurora&utm_medium=partner-docs)
and read [the quickstart](https://www.covalenthq.com/docs/quickstart/?utm_source=aurora&utm_medium=partner-docs).

Bridge with [Aurora's bridge](https://aurora.dev/bridge?utm_source=docs&utm_medium=Docs).
"""


def test_a_partners_page_in_the_docs_gets_no_value_advice(tmp_path, monkeypatch, capsys):
    """aurora-is-near/doc.aurora.dev's docs/dev-tools/indexers/covalent.md (corpus 14): Covalent's page with its
    `utm_medium=partner-docs` tags: no medium-unassigned, no missing-utm-param; the repository's own link on the
    same page (aurora.dev, `utm_medium=Docs`) is told as ever."""
    found = scan_repository(tmp_path, monkeypatch, capsys, "aurora-is-near/doc.aurora.dev",
                            {"docs/dev-tools/indexers/covalent.md": COVALENT})
    by_line = rules_by_line(found)
    assert not (by_line.get(3, set()) | by_line.get(4, set())) & VALUE_ADVICE
    assert {"medium-unassigned", "missing-utm-param"} <= by_line[6]


def test_a_partner_folder_does_not_make_the_partners_site_the_teams(tmp_path, monkeypatch, capsys):
    """OffchainLabs/arbitrum-docs' third-party-docs/Zerion/zerion.mdx (corpus 14): the folder is named for Zerion, which
    makes zerion.io a folder's own site (identity.in_folder); the page is Zerion's, its tags Zerion's programme's."""
    text = "# Zerion\n\nGet a key at [Zerion](https://zerion.io/api?utm_source=arbitrum-docs&utm_medium=partner-docs).\n"
    found = scan_repository(tmp_path, monkeypatch, capsys, "OffchainLabs/arbitrum-docs",
                            {"docs/for-devs/third-party-docs/Zerion/zerion.mdx": text})
    assert not {f["name"] for f in found} & VALUE_ADVICE


def test_the_url_rules_still_speak_on_a_partners_link(tmp_path, monkeypatch, capsys):
    """Tags after the `#` are lost for everyone (Covalent's `/#/pages/...?utm_source=aurora`, corpus 14): still told."""
    text = "See [GDP](https://www.covalenthq.com/platform/increment/#/pages/chain-gdp/?utm_source=aurora&utm_medium=partner-docs).\n"
    found = scan_repository(tmp_path, monkeypatch, capsys, "aurora-is-near/doc.aurora.dev",
                            {"docs/dev-tools/indexers/covalent.md": text})
    rules = {f["name"] for f in found}
    assert "utm-in-fragment" in rules
    assert not rules & VALUE_ADVICE


def test_the_teams_own_partner_tags_are_still_told(tmp_path, monkeypatch, capsys):
    files = {
        # its own partners page (KappaML's src/pages/partners.js, corpus 26; Estuary's PartnersPage/, corpus 19): the
        # team tags its partners' links itself
        "src/pages/partners.js": 'const P = ["https://elnino.tech/?utm_source=acme&utm_medium=partners"];\n',
        "src/components/PartnersPage/index.tsx":
            'export const L = "https://www.fornaxhq.co/?utm_source=acme&utm_medium=partnership";\n',
        # one tag set on two partners' links (Mixpanel's install page, corpus 4): the file's own tagging
        "docs/install.md": "Use [Vendo](https://apps.shopify.com/vendo?utm_source=acme&utm_medium=partner) or\n"
                           "[Customer.io](https://customer.io/docs/acme?utm_source=acme&utm_medium=partner).\n",
        # the word in the campaign only names the team's own list (Segment's catalog, corpus 12)
        "docs/catalog/wootric/index.md": "[Wootric](https://www.wootric.com/?utm_source=acme&utm_medium=Docs&utm_campaign=partners)\n",
        # the team's own site with a partner medium: its own campaign
        "docs/partner-program.md": "[Join](https://acme.dev/join?utm_source=blog&utm_medium=partner)\n",
    }
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/acme", files)
    told = {}
    for f in found:
        told.setdefault(f["path"], set()).add(f["name"])
    assert "medium-unassigned" in told["src/pages/partners.js"]
    assert "medium-unassigned" in told["src/components/PartnersPage/index.tsx"]
    assert "medium-unassigned" in told["docs/install.md"]
    assert "medium-unassigned" in told["docs/catalog/wootric/index.md"]
    assert "medium-unassigned" in told["docs/partner-program.md"]


def test_a_partner_programmes_tags_in_validate_url():
    """BrowserStack's `utm_medium=partnered` in WebdriverIO's Argos guide (corpus 20): no value advice, and why; the
    same link on the repository's own partners page is told."""
    url = "https://argos-ci.com/docs/quickstart/webdriverio?utm_source=webdriverio&utm_medium=partnered"
    result = validate_url(url, repo="webdriverio/webdriverio", path="website/docs/visual-testing/argos.md")
    assert not {f.name for f in result.findings} & VALUE_ADVICE
    assert "partner programme" in result.not_judged and "`utm_medium=partnered`" in result.not_judged
    result = validate_url(url, repo="webdriverio/webdriverio", path="website/partners.md")
    assert "medium-unassigned" in {f.name for f in result.findings}


def test_a_programmes_id_for_its_partner_in_the_source(tmp_path, monkeypatch, capsys):
    """Meta's Llama API programme names each partner in the source it hands it (`utm_source=partner-crewai&
    utm_medium=website` in crewAI's LLM list, corpus 4 #230): no value advice; a sponsor's source (`utm_source=
    sponsorship` on Tailscale's redirect in Changelog's site, corpus 10 #303) neither. Still told: the same words on
    the team's own site, a bare `utm_source=partner` (MLH's own label), a set the file writes on two sites and a team's
    campaign plan."""
    files = {
        "docs/concepts/llms.mdx": "The API is at [Meta Llama API](https://llama.developer.meta.com?utm_source="
                                  "partner-crewai&utm_medium=website).\n",
        "lib/redirects.ex": '@external [{"/tailscale", "https://tailscale.com/?utm_source=sponsorship&utm_medium='
                            'podcast&utm_campaign=changelog", 302}]\n',
        "docs/own.md": "[Join](https://crewai.com/join?utm_source=partner-crewai&utm_medium=website)\n",
        "docs/guide.md": "[Hack Club](https://hackclub.com/?utm_medium=website&utm_source=partner)\n",
        "docs/two.md": "[A](https://poprey.com/?utm_source=partner-acme&utm_medium=website) and\n"
                       "[B](https://tokmax.com/?utm_source=partner-acme&utm_medium=website)\n",
        # a team's campaign plan: `partner-<name>` is its own label for a partner it sends to
        "marketing/q3-plan.md": "Partner post: https://poprey.com/?utm_source=partner-poprey&utm_medium=website\n"
                                "Spotlight: https://tokmax.com/?utm_source=acme&utm_medium=cta&utm_content=partner%20post\n",
        # a partner's notebook whose links name it a partner's piece (`utm_content=Partner Cookbook`)
        "notebooks/rag_with_mongodb.md": "Register for [Atlas](https://www.mongodb.com/cloud/atlas/register?utm_campaign="
                                         "devrel&utm_source=community&utm_medium=cta&utm_content=Partner%20Cookbook).\n",
    }
    told = {}
    for f in scan_repository(tmp_path, monkeypatch, capsys, "crewAIInc/crewAI", files):
        told.setdefault(f["path"], set()).add(f["name"])
    assert not told.get("docs/concepts/llms.mdx", set()) & VALUE_ADVICE
    assert not told.get("lib/redirects.ex", set()) & VALUE_ADVICE
    assert "medium-unassigned" in told["docs/own.md"]
    assert "medium-unassigned" in told["docs/guide.md"]
    assert "medium-unassigned" in told["docs/two.md"]
    assert "medium-unassigned" in told["marketing/q3-plan.md"]
    assert not told.get("notebooks/rag_with_mongodb.md", set()) & VALUE_ADVICE


def test_what_names_a_partner_programme():
    assert partner_tags("https://x.io/?utm_source=arbitrum&utm_medium=partner-docs") == "`utm_medium=partner-docs`"
    # in utm_source the word joined to a name is the programme's id for one partner or placement (Meta's Llama API's
    # `partner-crewai`, `partner-haystack`, `partner-autogen` in their docs, corpora 4, 14, 20; RAKwireless'
    # `website_partner` in Meshtastic's blog, corpus 13); a bare `utm_source=partner` is also a team's own label for
    # where it links (MLH's organiser guide, corpus 11 #13 #14: measured in partners-notes), not read
    assert partner_tags("https://llama.developer.meta.com?utm_source=partner-crewai&utm_medium=website") == \
        "`utm_source=partner-crewai`"
    assert partner_tags("https://x.io/?utm_source=website_partner&utm_medium=organic") == "`utm_source=website_partner`"
    assert partner_tags("https://hackclub.com/?utm_medium=website&utm_source=partner") == ""
    assert partner_tags("https://northwind.io/?utm_source=partner.com&utm_medium=referral") == ""  # a site's domain
    # a bare `partnership` names the arrangement the visit came through, as `sponsorship` does (HeroDevs' links in
    # Vuetify's post on their partnership, corpus 5 #220)
    assert partner_tags("https://x.io/?utm_source=partnership&utm_medium=coblog") == "`utm_source=partnership`"
    # in utm_content, the piece the link is in named as a partner's (MongoDB's `utm_content=Partner Cookbook` on its
    # notebooks in Hugging Face's and Anthropic's cookbooks, corpus 6 #244 #247 #263); not a bare word, not the campaign
    assert partner_tags("https://www.mongodb.com/cloud/atlas/register?utm_campaign=devrel&utm_source=community&"
                        "utm_medium=cta&utm_content=Partner%20Cookbook") == "`utm_content=partner cookbook`"
    assert partner_tags("https://x.io/?utm_source=acme&utm_medium=docs&utm_content=partner") == ""
    assert partner_tags("https://x.io/?utm_source=acme&utm_medium=docs&utm_campaign=tanstack_partner") == ""
    assert partner_tags("https://x.io/?utm_source=weaviate&utm_medium=partnerref") == "`utm_medium=partnerref`"
    assert partner_tags("https://x.io/?utm_source=a&utm_medium=docs&utm_campaign=partners") == ""
    assert partner_tags("https://x.io/?utm_source=counterpartner&utm_medium=web") == ""  # the word at a word's start
    assert partners_page("src/pages/partners.js") and partners_page("src/components/PartnersPage/SIPartners/index.tsx")
    assert not partners_page("packages/docs/src/pages/en/blog/vuetify-herodevs-partnership.md")
    assert not partners_page("docs/for-devs/third-party-docs/Zerion/zerion.mdx")
    # review41 H4: a folder naming partners holds the list as its index page only; one partner's page in it is the
    # partner's, often written with its programme's tags (`docs/partners/covalent.md`)
    assert partners_page("docs/partners/README.md") and partners_page("src/Partners.vue")
    assert not partners_page("docs/partners/covalent.md")


def test_a_partner_medium_after_an_escape_is_read_as_the_rules_read_it(tmp_path, monkeypatch, capsys):
    """review41 L12: partner_tags read the medium as the query splits, the rules after undoing `&amp;`: after a double
    escape (`&amp;amp;utm_medium=partner-docs`, a browser reading `&amp;`) the rules judged `partner-docs` as the
    link's medium while the partner reading missed it, so Covalent's tags got value advice and a safe value-case fix on
    its `utm_source`. Read alike now: held back, the escape still told; a medium no partner word names, after the
    same escape, is still judged."""
    page = ('<p>Use <a href="https://www.covalenthq.com/docs/?utm_source=ChainX&amp;amp;utm_medium=partner-docs">'
            'Covalent</a></p>\n'
            '<p>Read <a href="https://chainx.dev/blog?utm_source=Docs&amp;amp;utm_medium=Blog">our blog</a></p>\n')
    found = scan_repository(tmp_path, monkeypatch, capsys, "chainx/docs", {"covalent.html": page})
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], set()).add(f["name"])
    assert by_line[1] == {"url-html-escaped"}, by_line
    assert {"url-html-escaped", "value-case"} <= by_line[2], by_line
    assert partner_tags("https://x.io/?utm_source=a&amp;amp;utm_medium=partner-docs") == "`utm_medium=partner-docs`"
    assert partner_tags("https://x.io/?utm_source=a&amp;utm_medium=Blog") == ""


COVALENT_WITH_VIDEO = """# Covalent

[Covalent](https://www.covalenthq.com/?utm_source=aurora&utm_medium=partner-docs) indexes every chain.
Watch [the walkthrough](https://www.youtube.com/watch?v=abc123&utm_source=aurora&utm_medium=partner-docs) and
[sign up](https://www.covalenthq.com/platform/?utm_source=aurora&utm_medium=partner-docs).
"""


def test_a_partners_site_and_its_video_are_not_two_sites_of_a_convention(tmp_path, monkeypatch, capsys):
    """aurora-is-near/doc.aurora.dev's covalent.md (corpus 14 #123-#130): Covalent's programme tags covalenthq.com and
    its YouTube video alike; a video page reads no tags, so the set is written on one site that does, not the file's
    own tagging on several: held back as the programme's (before: 16 findings, all wrong under the ruling)."""
    found = scan_repository(tmp_path, monkeypatch, capsys, "aurora-is-near/doc.aurora.dev",
                            {"docs/dev-tools/indexers/covalent.md": COVALENT_WITH_VIDEO})
    assert not {f["name"] for f in found} & VALUE_ADVICE


def test_a_tag_set_on_two_sites_that_read_it_is_still_the_files_own(tmp_path, monkeypatch, capsys):
    """The team's own set on two partners' sites (Mixpanel's `utm_source=mixpanel&utm_medium=partner` on Vendo's and
    Customer.io's links, corpus 4), with a YouTube link beside them: still its own tagging, told."""
    text = ("Use [Vendo](https://apps.shopify.com/vendo?utm_source=acme&utm_medium=partner),\n"
            "[Customer.io](https://customer.io/docs/acme?utm_source=acme&utm_medium=partner) or\n"
            "[the video](https://youtu.be/abc?utm_source=acme&utm_medium=partner).\n")
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/acme", {"docs/install.md": text})
    lines = {f["line"] for f in found if f["name"] == "medium-unassigned"}
    assert {1, 2} <= lines


def test_the_placement_convention_counts_sites_that_read_tags():
    from utmlint.checks.tracking.copied_file import file_convention

    urls = ["https://www.covalenthq.com/?utm_source=aurora&utm_medium=partner-docs",
            "https://www.youtube.com/watch?v=abc&utm_source=aurora&utm_medium=partner-docs"]
    # copied-tracking's convention counts the video's page as a site (Stoplight's set on github.com, corpus 9 #142)
    assert file_convention(urls) == {("aurora", "partner-docs", "")}
    assert file_convention(urls, read_only=True) == frozenset()
    assert file_convention(urls + ["https://goldrush.dev/?utm_source=aurora&utm_medium=partner-docs"],
                           read_only=True) == {("aurora", "partner-docs", "")}
    # the team's own page on a platform counts: its tags are the team's writing (its repository, its account, a
    # sponsor button it links for itself: BrainyFlow's GitHub Sponsors link, corpus 29)
    from utmlint.identity import from_slug

    own = ["https://github.com/acme/widgets?utm_source=acme&utm_medium=readme",
           "https://partner.io/?utm_source=acme&utm_medium=readme"]
    assert file_convention(own, from_slug("acme/widgets"), read_only=True) == {("acme", "readme", "")}
    assert file_convention(own, from_slug("someone/else"), read_only=True) == frozenset()
    button = ["https://github.com/sponsors/zvictor?utm_source=brainyflow&utm_medium=sponsorship",
              "https://example.org/?utm_source=brainyflow&utm_medium=sponsorship"]
    assert file_convention(button, read_only=True) == {("brainyflow", "sponsorship", "")}


def test_a_partner_content_after_a_second_question_mark_is_read_as_its_fix_reads_it(tmp_path, monkeypatch, capsys):
    """Doka's about page (corpus 13 #102): Yandex Practicum's link writes `utm_content=about-partnership` after a second
    `?` (`..._doka?utm_content=about-partnership`): GA4 reads it as part of the campaign, url-second-question-mark's fix
    as the content. Read as the fix reads it, the content names the piece a partner's: no value advice, the second `?`
    still told. A key after a second `?` naming no partner leaves the link judged."""
    files = {"pages/about/index.md": "Born at [Practicum](https://practicum.yandex.ru/promo/?utm_source=pr&utm_medium="
                                     "content&utm_campaign=pr_content_doka?utm_content=about-partnership).\n",
             "pages/other.md": "See [Practicum](https://practicum.yandex.ru/promo/?utm_source=pr&utm_medium=content&"
                               "utm_campaign=pr_content_doka?utm_content=about-us).\n"}
    told = {}
    for f in scan_repository(tmp_path, monkeypatch, capsys, "doka-guide/content", files):
        told.setdefault(f["path"], set()).add(f["name"])
    assert not told["pages/about/index.md"] & VALUE_ADVICE
    assert "url-second-question-mark" in told["pages/about/index.md"]
    assert "medium-unassigned" in told["pages/other.md"]
    assert partner_tags("https://x.io/?utm_source=pr&utm_medium=content&utm_campaign=a?utm_content=about-partnership") \
        == "`utm_content=about-partnership`"
    # a `?` inside a value holding a URL is that URL's own query, not read
    assert partner_tags("https://x.io/?next=https://y.io/a?utm_content=about-partnership&utm_source=pr") == ""
