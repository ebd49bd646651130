"""Whose tags a link carries, read on corpus 13's real rows (tests/data/real-urls-13): a host label is the
repository's only by the repository's own names, never by a folder the file sits in (OpenRefine's `blog/` folder does
not make `blog.kwantu.net` OpenRefine's), and a key written after `&amp;` is still that key when asking whether the
tags are the destination site's own (WeWork's `&amp;utm_source=wework` on wework.com, in an exported events table).
In both, copied-tracking's one finding replaces advice on someone else's values (value-case, medium-unassigned)."""

from __future__ import annotations

from utmlint.validate_url import validate_url


def names(url, repo, path):
    return {f.name: f.message for f in validate_url(url, repo=repo, path=path).findings}


def test_a_folder_of_the_file_does_not_own_a_subdomain_named_like_it():
    url = ("http://blog.kwantu.net/how-to-clean-up-messy-data-using-open-refine?utm_campaign=KM&utm_content=20726810"
           "&utm_medium=social&utm_source=twitter")
    found = names(url, "OpenRefine/openrefine.org", "blog/2015-10-13-OpenRefine News September 2015.md")
    assert set(found) == {"copied-tracking", "url-insecure"}  # no `write km`: the publisher's post, not OpenRefine's
    assert "posted on a social network (twitter)" in found["copied-tracking"]
    # the repository's own name still owns its product's subdomain (`sapofit.semillasdeti.com`, corpus 3)
    own = names(url.replace("blog.kwantu.net", "openrefine.kwantu.net"), "OpenRefine/openrefine.org", "blog/post.md")
    assert "copied-tracking" not in own


def test_a_key_after_an_html_escape_is_still_the_destination_sites_own_source():
    url = ("https://www.wework.com/l/chicago--IL?utm_campaign=CHI-2018-3-8-18-RLadies&amp;utm_medium=page&amp;"
           "utm_source=wework")
    found = names(url, "rladies/rladies.github.io", "content/blog/2020/04-24-online-meetups/all_events.csv")
    assert "medium-unassigned" not in found and "value-case" not in found
    message = found["copied-tracking"]
    assert message.startswith("`utm_source=wework` marks wework.com's own tags on a link to itself")
    assert message.endswith("remove them: https://www.wework.com/l/chicago--IL")  # the escaped keys go too


def test_a_third_sites_outgoing_tags_with_a_navigation_or_newsletter_medium():
    """d3js.org's navigation tags on its Observable link (`utm_source=d3js-org&utm_medium=nav`, corpus 13 #28), in a
    Codecademy docs page filed under `concepts/observable/`, and React Digest's newsletter tags on an article it linked
    (#113), in a task under `react/`: a third site names itself as the source; the folders a page sits in say what it
    is about, never that the site is the repository's. Said as a hedged note (the site may be the reader's own)."""
    url = "https://observablehq.com/plot/?utm_source=d3js-org&utm_medium=nav&utm_campaign=try-observable"
    found = names(url, "Codecademy/docs", "content/d3/concepts/observable/observable.md")
    assert set(found) == {"copied-tracking"}
    assert found["copied-tracking"].startswith("`utm_source=d3js-org` names d3js.org as where the visit comes from")
    url = ("https://claritydev.net/blog/improving-react-testing-library-tests?utm_source=newsletter.reactdigest.net&"
           "utm_medium=newsletter&utm_campaign=best-practices-for-writing-react-tests")
    found = names(url, "rolling-scopes-school/tasks", "react/modules/testing/README.md")
    assert set(found) == {"copied-tracking"} and "reactdigest.net writes on the links" in found["copied-tracking"]
    # a sponsor's placement (`post`) and a bare source stay the newsletter's own (Ruan Yifeng's weekly, corpus 1)
    for own in ("https://www.geelark.cn/?utm_source=ruanyifeng.com&utm_medium=post&utm_campaign=c20250228",
                "https://yuque.com?utm_source=ruanyifeng.com"):
        assert "copied-tracking" not in names(own, "ruanyf/weekly", "docs/issue-340.md")
    # a short word before a top-level domain's name is a word, not a site: golang/website's own `go-dev` (corpus 7)
    own = ("https://bitly.com/blog/why-we-write-everything-in-go/?utm_source=go-dev&utm_medium=referral&"
           "utm_campaign=go-dev&utm_content=case-study")
    assert "copied-tracking" not in names(own, "golang/website", "_content/solutions/bitly.md")


def test_a_post_s_tags_copied_into_a_page_of_the_team_s_own_site():
    """Corpus 14 #52: Polygon's docs link its own blog post with the tags of Polygon's tweet of it
    (`utm_source=twitter&utm_medium=social`): the team's own tags, written for that post; the page is not the post,
    and completing them (missing-utm-param's 'add a campaign') credits the page's visits to the tweet. Only a social
    network's very name is read so (a team's own `utm_source=newsletter&utm_medium=email` to its site stays its own),
    and never a link from a page to the site the repository publishes, which utm-internal-link owns (corpus 11 #3)."""
    url = "https://polygon.technology/blog/wtf-is-polygon?utm_source=twitter&utm_medium=social&utm_content=wtf-is-polygon"
    found = names(url, "0xPolygon/polygon-docs", "docs/cdk/architecture/staking-the-bridge.md")
    assert set(found) == {"copied-tracking"}
    assert "written for that post (yours, if polygon.technology is your site), and this page is not it" in \
        found["copied-tracking"]
    assert "copied-tracking" not in names(url, "0xPolygon/polygon-docs", "social/tweets.md")  # the post's own file
    page = "content/news/2015/04/2015-04-07-why-your-social-traffic-looks-low-in-analytics-tools.md"
    internal = names("http://digitalgov.gov?utm_source=twitter&utm_medium=socialmedia", "GSA/digitalgov.gov", page)
    assert "copied-tracking" not in internal and "utm-internal-link" in internal


def test_a_url_elided_for_display_is_no_link():
    """Corpus 13 #147 #151: a post quotes a Substack e-mail's link as its text, elided by the tool it was copied from
    (`...?utm_source=substac[…]aign=email-restack-comment`), beside the real link. The elided text gets no advice
    (it was told to add a medium and fix its characters), and is no second utm_source of the file: the real link's
    Substack e-mail tags are copied-tracking's, not a plan of the team's posts."""
    from utmlint.urls import elided

    text = ("https://www.thealgorithmicbridge.com/p/ai-companies-have-lost-controland?utm_source=substac[…]aign="
            "email-restack-comment&r=2qoalf&triedRedirect=true")
    link = ("https://www.thealgorithmicbridge.com/p/ai-companies-have-lost-controland?utm_source=substack&utm_medium="
            "email&utm_campaign=email-restack-comment&r=2qoalf&triedRedirect=true")
    assert elided(text) and elided("https://a.example/x?utm_source=news[...]") and not elided(link)
    path = "_posts/2025-06-16-lcc-327-mon-ami-de-30-ans.md"
    repo = "lescastcodeurs/lescastcodeurs.com"
    assert validate_url(text, repo=repo, path=path, file_urls=[link]).findings == []
    found = {f.name for f in validate_url(link, repo=repo, path=path, file_urls=[text]).findings}
    assert found == {"copied-tracking"}


def test_a_platforms_automatic_tags_curalate_and_chromes_app_launcher():
    """Corpus 13 #5 #128: Curalate's like2buy page's `utm_source=curalate_like2buy` (with `crl8_id=`), and Chrome's app
    launcher's `utm_source=chrome-app-launcher-info-dialog` on a Web Store page: the platforms' own forms."""
    url = ("https://www.nytimes.com/2019/05/29/books/review/antiracist-reading-list-ibram-x-kendi.html?smid=ig-nytbooks"
           "&utm_source=curalate_like2buy&utm_medium=curalate_like2buy_3R1Y8zBh&crl8_id=6b6c0a39")
    assert set(names(url, "carpentries/carpentries.org", "content/posts/2020/06/call.md")) == {"copied-tracking"}
    store = "https://chrome.google.com/webstore/detail/selectorgadget/mhjh?utm_source=chrome-app-launcher-info-dialog"
    assert set(names(store, "rladies/rladies.github.io", "content/blog/all_events.csv")) == {"copied-tracking"}
    # the same word on the extension's own site is its author's choice, judged
    assert "copied-tracking" not in names(store.replace("chrome.google.com/webstore/detail/selectorgadget/mhjh",
                                                        "selectorgadget.com/"), "someone/site", "index.md")


def test_another_sections_tags_on_a_docs_page_link_to_the_owners_site():
    """Corpus 12 #78: Redpanda's docs (redpanda-data/docs) link its blog with the blog's own tags
    (`utm_source=blog&utm_medium=content`): another placement's tags, copied with the link (a hedged note, the value
    findings held back). A page in the section its source names keeps them (mixpanel/docs' `utm_source=guides` in
    `guides/`, corpus 4), and so does a source alone (a blog post template's `utm_source=blog`, corpus 10)."""
    url = ("https://redpanda.com/blog/real-time-streaming-data-kafka-vs-redpanda?utm_assettype=blog&utm_assetname="
           "redpanda_vs_kafka&utm_source=blog&utm_medium=content&utm_campaign=pillar_streaming_101")
    found = names(url, "redpanda-data/docs", "modules/get-started/pages/intro-to-events.adoc")
    assert set(found) == {"copied-tracking"}
    assert found["copied-tracking"].startswith("`utm_source=blog` names the blog as where the visit comes from, but "
                                               "this page is the docs (redpanda-data/docs)")
    guides = "https://mixpanel.com/content/benchmarks?utm_source=guides&utm_medium=website&utm_campaign=benchmarks"
    assert "copied-tracking" not in names(guides, "mixpanel/docs", "guides/benchmarks.mdx")
    assert "copied-tracking" not in names("https://redpanda.com/x?utm_source=blog", "redpanda-data/docs", "a/b.adoc")


def test_a_source_naming_the_repositorys_own_section_host_is_its_own():
    """Corpus 14 #64: Chainlink's docs (smartcontractkit/documentation, docs.chain.link) tag their banner's link to
    chain.link `utm_source=docs.chain.link`: the docs the repository publishes, named by their subdomain, not
    chain.link's own tags copied from its site (the owner's name, smartcontractkit, does not say the site)."""
    url = ("https://chain.link/chainlink-runtime-environment?utm_campaign=global-app-banner&utm_medium=referral&"
           "utm_source=docs.chain.link")
    assert names(url, "smartcontractkit/documentation", "src/features/notifications/data/index.ts") == {}
    # another repository copying that link gets the destination's reading still
    assert "copied-tracking" in names(url, "someone/notes", "links.md")


def test_a_gated_assets_tags_on_a_docs_page_link_to_the_owners_site():
    """Corpus 12 #77 #82: Redpanda's docs link its blog with the tags of its gated reports' links (`utm_source=
    gated_content&utm_assettype=report`): another placement's tags, as the blog's are (linkplace.ASSET_WORDS). The
    same tags in a repository named for no section of the site (its website, where the team plans its links) are
    judged as the team's own: their Unassigned medium is still told."""
    url = ("https://redpanda.com/blog/tpc-buffers?utm_medium=content&utm_assetname=sizing_guide&utm_assettype=report"
           "&utm_source=gated_content&utm_campaign=tpc_architecture_blog")
    found = names(url, "redpanda-data/docs", "modules/deploy/pages/redpanda/manual/sizing.adoc")
    assert set(found) == {"copied-tracking"}
    assert found["copied-tracking"].startswith("`utm_source=gated_content` names a gated asset's placement (a report")
    assert "the gated asset's own link to the same page" in found["copied-tracking"]
    own = names(url, "redpanda-data/website", "src/pages/blog.md")
    assert "copied-tracking" not in own and "medium-unassigned" in own


def test_a_docs_pages_own_promo_with_an_asset_word_as_source_keeps_its_mistakes():
    """stranger13 R11: a docs team promoting its own webinar or e-book writes `utm_source=webinar` / `ebook_cta`: an
    asset word alone is no gated asset's marker (`gated`, or a second asset key such as `utm_assettype=`), so the
    link is the team's own and its Unassigned medium and capitals are told, not read as copied tags."""
    webinar = ("https://pixel.io/webinars/onboarding?utm_source=webinar&utm_medium=docs_banner"
               "&utm_campaign=onboarding")
    found = names(webinar, "pixelhq/docs", "guides/getting-started.md")
    assert "copied-tracking" not in found and "medium-unassigned" in found
    ebook = "https://pixel.io/resources/buyers-guide?utm_source=ebook_cta&utm_medium=referral&utm_campaign=Buyers-Guide"
    found = names(ebook, "pixelhq/docs", "guides/getting-started.md")
    assert "copied-tracking" not in found and "value-case" in found
    # the same asset word beside a second asset key is the gated asset's tagging, copied (as corpus 12 #77 #82)
    tagged = ebook.replace("?utm_source=", "?utm_assettype=ebook&utm_source=")
    assert set(names(tagged, "pixelhq/docs", "guides/getting-started.md")) == {"copied-tracking"}
