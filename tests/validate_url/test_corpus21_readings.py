"""Readings from corpus 21's wrong findings and misses (blind, session 34; fix21b, session 35), each beside the team's
own mistake that keeps its finding.

- Google's job search writes `utm_campaign=google_jobs_apply` (and `utm_source=google_jobs_apply&utm_medium=organic`)
  into the link it sends an applicant to (#4, a job list's record); Accor's hotels' Google Business Profile listings
  tag their website link `utm_campaign=seo+maps&utm_medium=seo+maps&utm_source=google+Maps` (#130, a conference's
  venue page): copied tags (rules/copied-tracking.txt), not completed or respelled. The job site's or the hotel
  group's own repository, and a team's own Google Maps word, are judged as ever.
- Algolia's "Search by Algolia" credit (`utm_source=instantsearch.js&utm_medium=website&utm_campaign=poweredby`, #85)
  is Algolia's snippet (rules/platform-written-tags.txt): its source names the library, so it is no copy of another
  site's outgoing tags either; a blog's own credit with its own source is judged.
"""

from __future__ import annotations

from utmlint.validate_url import validate_url

SIG = "https://careers.sig.com/job/8218/Software-Engineering-Intern-Summer-2025?utm_campaign=google_jobs_apply"
LISTINGS = dict(repo="Ouckah/Summer2025-Internships", path=".github/scripts/listings.json")
ACCOR = ("https://all.accor.com/hotel/6502/index.es.shtml?utm_campaign=seo+maps&utm_medium=seo+maps"
         "&utm_source=google+Maps")
VENUE = dict(repo="csvconf/csvconf.com", path="2023/location.md")


def _names(url, context):
    return sorted(f.name for f in validate_url(url, **context).findings)


def test_google_jobs_apply_tags_are_copied():
    assert _names(SIG, LISTINGS) == ["copied-tracking"]  # not 'add utm_source and utm_medium'
    whole = SIG.replace("?", "?utm_source=google_jobs_apply&utm_medium=organic&", 1)
    assert _names(whole, LISTINGS) == ["copied-tracking"]
    # the team's own campaign on the same posting, its source missing: its own mistake, told
    own = "https://careers.sig.com/job/8218/x?utm_campaign=summer_2025_repo"
    assert _names(own, LISTINGS) == ["missing-utm-param"]


def test_a_hotels_maps_listing_tags_are_copied():
    assert _names(ACCOR, VENUE) == ["copied-tracking"]  # not 'medium-unassigned' and 'lower-case Maps'
    # in the hotel group's own repository its listing's tags are its own, judged
    assert "copied-tracking" not in _names(ACCOR, dict(repo="accor/all.accor.com", path="hotels/6502.md"))
    # a team's own word for its Maps listing, written on its own, is judged as ever (its Unassigned medium told)
    cafe = dict(repo="jdoe/cafe", path="README.md")
    own = "https://jdoecafe.com/?utm_source=google+Maps&utm_medium=seo+maps&utm_campaign=gbp_listing"
    assert "copied-tracking" not in _names(own, cafe) and "medium-unassigned" in _names(own, cafe)


ALGOLIA = ("https://www.algolia.com/?utm_source=instantsearch.js&utm_medium=website&utm_content={{ (urls.Parse $domain)"
           ".Host }}&utm_campaign=poweredby")
THEME = dict(repo="hugo-next/hugo-theme-next", path="layouts/_partials/_thirdparty/search/algolia.html")


def test_algolias_credit_is_algolias_snippet():
    # InstantSearch's poweredBy link, written into a theme's template (#85): Algolia's own tags, nothing to tell (its
    # source names the library, not a site whose tags were copied)
    judged = validate_url(ALGOLIA, **THEME)
    assert judged.findings == [] and "algolia.com writes into its own links" in judged.not_judged
    react = ALGOLIA.replace("instantsearch.js", "react-instantsearch")
    assert _names(react, THEME) == []
    # a blog's own credit with its own source, its medium misspelled: the team's, told
    own = "https://www.algolia.com/?utm_source=jdoeblog&utm_medium=webiste&utm_campaign=poweredby"
    assert "medium-unassigned" in _names(own, dict(repo="jdoe/blog", path="content/post.md"))
    # the same tags on a link to another site are no snippet of Algolia's: instantsearch.js's tags, copied there
    assert _names("https://typesense.org/?utm_source=instantsearch.js&utm_medium=website&utm_campaign=poweredby",
                  THEME) == ["copied-tracking"]


def test_a_list_publishers_links_in_a_file_are_said_by_its_note():
    # an aggregator's board holding Simplify's links (scan.copies.copied_publisher, read from the whole file): each of the
    # publisher's links is spoken for by the file's one note, and the board's other links are judged as ever
    board = dict(repo="Michael660-max/W27-SWE-INTERNSHIPS", path="LISTINGS.md",
                 copied_publisher=("simplify.jobs", "Simplify", "GHList"))
    for url in ("https://jobs.bytedance.com/en/position/7669774721406208261/detail?utm_source=Simplify&ref=Simplify",
                "https://simplify.jobs/c/Forterra?utm_source=GHList&utm_medium=company"):
        judged = validate_url(url, **board)
        assert judged.findings == [] and judged.not_judged.startswith("this file copies simplify.jobs's list"), url
    own = "https://w27digest.dev/?utm_source=github&utm_medium=refferal&utm_campaign=w27"
    assert "medium-unassigned" in _names(own, board)
    # a link to the publisher's site with tags other than its list's (the board's own page there): judged (stranger16 R3)
    assert "medium-unassigned" in _names("https://simplify.jobs/c/W27?utm_source=w27&utm_medium=refferal", board)
