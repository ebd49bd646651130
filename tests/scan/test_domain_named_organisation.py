"""An organisation named for its site's domain, the top-level domain run into the name (`specfm` is spec.fm's,
`doka-guide` doka.guide's: rules/org-affixes.txt, fixB, session 33). A utm value naming the site (`spec-podc`,
`Spec-Sponsorship`, Podlodka's `utm_content=doka`) names the repository: tags written for its own placements (a
sponsor's, a partner's), whose mistakes are told, not called someone else's copy (corpus 18 #6-#12, corpus 13 #101).
A newsletter's tags copied into the same repository are still copied, and a typo in the tags written for it is told
(review13's lesson: a reading must not silence a team's own mistake)."""

from __future__ import annotations

from utmlint.identity import from_slug, owns
from utmlint.validate_url import validate_url

SPONSORS = dict(repo="specfm/spec-next", path="config/sponsors.js")
DOKA = dict(repo="doka-guide/content", path="specials/pfc/index.md")


def _names(url, context, others=()):
    return sorted(f.name for f in validate_url(url, file_urls=others, **context).findings)


def test_the_domain_named_organisation_owns_its_name():
    assert owns(from_slug("specfm/spec-next"), "spec") and owns(from_slug("doka-guide/content"), "doka")
    assert not owns(from_slug("specfm/spec-next"), "sp")  # a name under 4 letters takes no affix


def test_a_sponsors_tags_written_for_the_podcast_are_judged_as_tags():
    others = ("https://webflow.com/ix2?utm_source=designdetails",
              "https://www.datadoghq.com/?utm_source=Advertisement&utm_medium=Advertisement&utm_campaign=Spec-Sponsorship",
              "https://hired.com/?utm_source=podcast&utm_medium=specfm&utm_campaign=sponsorpage")
    url = "https://www.uxpin.com/layout?utm_source=spec-podc&utm_medium=podcats&utm_campaign=layout-sponsorship"
    # the typo was told until the session 40 ruling: a sponsors file's links carry each sponsor's values (scan.placement)
    assert _names(url, SPONSORS, others) == []
    assert _names(url, dict(SPONSORS, path="config/links.js"), others) == ["medium-unassigned"]  # elsewhere: told


def test_a_partners_tags_for_the_repository_are_not_a_copy():
    url = "https://podlodka.io/fecrew?utm_campaign=early_bird&utm_source=doka&utm_medium=socail&utm_content=doka"
    assert _names(url, DOKA) == ["medium-unassigned"]


def test_a_newsletters_tags_in_the_same_repository_are_still_copied():
    url = "https://12devsofxmas.co.uk/2016/01/day-7/?utm_source=CSS-Weekly&utm_campaign=Issue-197&utm_medium=email"
    assert _names(url, DOKA) == ["copied-tracking"]
