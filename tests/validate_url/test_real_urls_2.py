"""A second, independent real-URL corpus (tests/data/real-urls-2): 133 URLs from 12 repositories that are not
in tests/data/real-urls, every one reviewed (a census, not a sample), and 19 whole documents for `utmlint scan`.

The labels are data (labels.tsv: url, rule, verdict, reason, wrong_if). A (URL, rule) pair is wrong when its
verdict is `wrong`, or when its message contains the row's `wrong_if` text (advice that was wrong once and was
fixed: the pair stays labelled so the wrong advice cannot come back unnoticed). How the URLs were collected and
judged: tests/data/real-urls-2/README.md.
"""

from __future__ import annotations

from pathlib import Path

from labelled_corpus import corpus_tests, read_tsv

from utmlint.validate_url import validate_url

DATA = Path(__file__).resolve().parents[1] / "data" / "real-urls-2"
OLD = Path(__file__).resolve().parents[1] / "data" / "real-urls"
# The figures at the commit that added or last changed the labels: any change is a change of truth to review.
# sponsor (session 40): the lead's ruling on another party's tags (a link the repository shows for a sponsor,
# partner or advertiser carries that party's values: advice to respell, rename or add one is wrong; URL-breaking
# findings stay correct): 23 value labels on such links turned `wrong` and 0 value-kind `present` rows withdrawn, by
# appended rows (reason `session 40 ruling (another party's tags): ...`): 0 of 124 -> 20 of 124. No rule changed.
# sponsor's reading (session 40): a link in a file whose path names a list of sponsors, backers or supporters
# (scan.placement.placement_file: SPONSORS.md, sponsors.json, `_sponsors/`, AsideSponsors.vue) is another party's
# placement, its values not judged (the URL rules still are): 9 wrong value findings gone, none correct: 20 of 123
# -> 11 of 114.
# facts (session 41): the text around a link reaches this judge (placement-rows.tsv: scan.placement's reading of the
# file's text, judged by its placement_said): typicode/json-server the heading "Sponsors ✨" (#104 #105 #106:
# medium-unassigned wrong, missing-utm-param wrong); webpack/webpack.js.org the heading "Special Thanks" (#107:
# missing-utm-param wrong). 4 wrong gone, 0 correct: 11 of 114 -> 7 of 110.
# over2a (session 43): a page its front matter files under the site's partners section (`group: partners`:
# scan.placement.partner_section, read from placement-rows.tsv's headings, which now hold the front matter's section
# keys and no longer its last key as a heading) is the partner's page, its links to other sites the partner's tags:
# SendGrid's pages on Segment and Keen (#85 #89 #95: medium-unassigned wrong, value-case wrong). 5 wrong gone, 0
# correct: 7 of 110 -> 2 of 105 (1.9%), met again.
# lead (session 44): that reading taken back (review44 F1: a blog's `categories: [partners]` held the team's own links
# on its partnership posts back, "Nothing checked"; SendGrid's docs the one repository of evidence): 2 of 105 -> 7 of
# 110.
# over2f (session 46): a page's own line saying the party the link names keeps the page ("This documentation is managed
# by [Segment](...)": scan.byline.page_kept_by), and a docs section's slugified folder (`tracking-events/`) no campaign
# file's: #85's medium-unassigned held back: 7 of 110 -> 6 of 109.
# over2f (session 46): Keen's partner-docs scheme (`keen.io  medium=*%20hosted%20docs`: Airbyte's Keen page writes
# `Airbyte Hosted Docs` alike) listed in rules/platform-written-tags.txt: #89 #95 held back (medium-unassigned,
# value-case): 6 of 109 -> 2 of 105.
MEASURED_WRONG = 2
# 124 until useless10 (session 29): utm-useless-destination (UTM316) on axios's sponsor links to a LinkedIn article
# (2) and to Stytch's GitHub repository (labelled correct after the rule was written); the two LinkedIn links'
# medium-unassigned (correct, true) is no longer given beside it (one finding: nobody reads those tags).
# 124 since snip13 (session 31): a `-`-joined field that is the repository's own name keeps its hyphens (values.
# _named_fields, after corpus 7 #182 #187), so React Email's `utm_source=react-email%20docs` (#79, labelled correct
# when spaces were still reported) is its one convention, single spaces between fields, as mindsdb's `mindsdb repo`.
# 123 since leftovers (session 40): a test's code is read as test data (scan.files.test_module): webpack.js.org's
# `remark-cleanup-readme/index.test.mjs` feeds its README cleaner a copy of postcss-loader's README, whose Evil Martians
# badge `https://evilmartians.com/?utm_source=postcss` (#110) was labelled missing-utm-param correct by the census, which
# judged the URL and not the file; that finding (1 correct) is gone, as corpus 27 #78's wrong one in a test runner is.
MEASURED_PAIRS = 105

# Issue 12's 2% goal (labelled_corpus.corpus_tests), met since the tags a site writes into its own badge or template
# (Gitter, create-next-app, Vercel's open-source link: rules/platform-written-tags.txt) are left to that site: 5 of 132
# were wrong.
# 7 of 110 from the session 40 ruling on another party's tags (23 value findings on sponsors', partners' and
# advertisers' links relabelled wrong) until over2a's front-matter reading (session 43): 2 of 105; 7 of 110 again since
# the lead took it back (session 44, review44 F1).
WHY_OVER_TWO_PERCENT = None  # 2 of 105 (1.9%) since over2f (session 46): CloudRail's library entry left (2: its
# `*by CloudRail*` line under "Web API Libraries", a byline no heading of others' writing frames)
corpus_tests(globals(), DATA, measured_wrong=MEASURED_WRONG, measured_pairs=MEASURED_PAIRS,
             over_two_percent=WHY_OVER_TWO_PERCENT)


def test_corpus_is_new_and_keeps_its_origin(figures):
    urls, reviewed = figures.urls, figures.reviewed
    old_repos = {row["repo"] for row in read_tsv(OLD / "urls.tsv")}
    assert len(urls) >= 120 and len({row["url"] for row in urls}) == len(urls)
    assert all(row["repo"].count("/") == 1 and row["path"] and len(row["commit"]) == 40 for row in urls)
    assert not {row["repo"] for row in urls} & old_repos
    assert set(reviewed) == {row["url"] for row in urls}
    for row in read_tsv(DATA / "files.tsv"):
        assert (DATA / "files" / row["file"]).is_file() and len(row["commit"]) == 40


# Mistakes of a kind some rule owns must be found; `present-context` rows (only the page around the link
# reveals them) are counted, not asserted.
FOUND_BY = {"utm-in-fragment": {"utm-in-fragment", "url-fragment-order"}, "copied-tracking": {"copied-tracking"},
            "utm-internal-link": {"utm-internal-link"}}


def test_mistakes_a_rule_owns_are_found(capsys):
    rows = [row for row in read_tsv(DATA / "labels.tsv") if row["verdict"] in ("present", "present-context")]
    found = {row["url"]: {f.name for f in validate_url(row["url"]).findings} for row in rows}
    owned = [row for row in rows if row["rule"] in FOUND_BY]
    missed = [(row["url"], row["rule"]) for row in owned if not found[row["url"]] & FOUND_BY[row["rule"]]]
    with capsys.disabled():
        print(f"\nreal URLs 2, recall: {len(owned) - len(missed)}/{len(owned)} of the kinds a rule owns; "
              f"{len(rows) - len(owned)} mistakes no rule owns (utm on same-site links, context only)")
    assert missed == []


def test_scan_reads_an_equals_sign_written_as_an_entity():
    """axios's README writes `utm_source&#x3D;axios&amp;utm_medium&#x3D;...` (GitHub renders `=`): 24 links."""
    from utmlint.scan import extract

    raw = (DATA / "files" / "axios+axios" / "README.md").read_bytes()
    urls = [occ.url for occ in extract(raw, ".md", family="markdown").occurrences]
    assert len(urls) == 24 and all("utm_source=" in url and "&#" not in url for url in urls)


def test_a_placeholder_inside_a_medium_leaves_the_channel_unjudged():
    """streamlit/docs cloud.js: `?utm_medium=oembed${normalQueryStr}` was told `oembed{ph0}` is Unassigned."""
    url = "https://${domain}${path}/?utm_medium=oembed${normalQueryStr}"
    assert not [f for f in validate_url(url).findings if f.name == "medium-unassigned" or "{ph" in f.message]


def test_a_source_naming_a_platform_does_not_make_a_docs_link_an_email():
    """sendgrid/docs links partners with `utm_source=sendgrid&utm_medium=docs`: the profile's `email` would
    move docs traffic into Email; `docs` names a page, so Referral is said (rules/ga4/channels.yaml medium_hints,
    session 29); a medium that speaks of e-mail (`newsletter`) still gets `email`."""
    docs = validate_url("https://segment.com/?utm_medium=docs&utm_source=sendgrid&utm_campaign=sources").findings
    assert [f.name for f in docs] == ["medium-unassigned"] and docs[0].message.endswith("write `utm_medium=referral`")
    mail = validate_url("https://x.com/?utm_source=mailchimp&utm_medium=newsletter&utm_campaign=a").findings
    assert any("write `utm_medium=email`" in f.message for f in mail)


def test_a_relative_link_is_told_to_drop_its_tags_not_complete_them():
    """streamlit/docs links its own pages as `/develop/...?utm_source=streamlit`: adding medium and campaign
    would entrench tags that credit the site's own link, so utm-internal-link alone speaks; a query-only suffix
    (`?utm_campaign=x`, appended by code to some other URL) keeps the usual advice."""
    own = validate_url("/develop/api-reference/layout/st.tabs?utm_source=streamlit").findings
    assert [f.name for f in own] == ["utm-internal-link"] and "remove them rather than add the rest" in own[0].message
    assert own[0].fixed == "/develop/api-reference/layout/st.tabs" and not own[0].safe
    suffix = validate_url("?utm_campaign=in-app").findings
    assert "add them to the URL's query" in suffix[0].message


def test_tags_a_site_writes_into_its_own_snippet_are_left_to_it():
    """The 5 wrong findings of this corpus before rules/platform-written-tags.txt: Gitter's badge (novu's README),
    create-next-app's template links (gatsby/next starters), create-t3-app's "Powered by Vercel" link. The
    same values on a link to another site are the linking team's own, and still judged."""
    for url in [row["url"] for row in read_tsv(DATA / "labels.tsv") if row["verdict"] == "wrong"
                and ("gitter.im" in row["url"] or "create-next-app" in row["url"] or "t3-oss" in row["url"])]:
        assert validate_url(url).findings == [], url
    elsewhere = validate_url("https://example.com/?utm_source=badge&utm_medium=badge&utm_campaign=pr-badge").findings
    assert [f.name for f in elsewhere] == ["medium-unassigned"]
