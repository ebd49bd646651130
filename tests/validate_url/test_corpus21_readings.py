"""Readings from corpus 21's wrong findings and misses (blind, session 34; fix21b, session 35), each beside the team's
own mistake that keeps its finding.

- Google's job search writes `utm_campaign=google_jobs_apply` (and `utm_source=google_jobs_apply&utm_medium=organic`)
  into the link it sends an applicant to (#4, a job list's record); Accor's hotels' Google Business Profile listings
  tag their website link `utm_campaign=seo+maps&utm_medium=seo+maps&utm_source=google+Maps` (#130, a conference's
  venue page): copied tags (rules/copied-tracking.txt), not completed or respelled. The job site's or the hotel
  group's own repository, and a team's own Google Maps word, are judged as ever.
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
