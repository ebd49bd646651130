"""A source written as a slot in capitals naming the kind of site the link goes on (`utm_source=SITE`,
`utm_source=DIRECTORY`), on a link whose other values are not in capitals, is a placeholder left unfilled
(utm-placeholder-unfilled), not a value to lower-case: value-case's "write `site`" kept the slot unfilled. Corpus 28
#35 #39 #41: DevExtHub's directory submission packs, `Website: https://www.devexthub.com/pdf-to-excel/?utm_source=SITE&
utm_medium=directory&utm_campaign=offpage_pdftoexcel`, beside a note "replace utm_source=SITE with the directory's
name". Both ways: a link writing its values in capitals keeps value-case, and a lower-case `site` is a value."""

from __future__ import annotations

from utmlint.checks.tracking.unfilled import utm_placeholder_unfilled
from utmlint.validate_url import validate_url

SLOT = "https://www.acme.dev/pdf-to-excel/?utm_source=SITE&utm_medium=directory&utm_campaign=offpage_pdf"


def test_a_source_written_as_a_slot_in_capitals_is_unfilled():
    found = utm_placeholder_unfilled(SLOT)
    assert [SLOT[p.start:p.end] for p in found] == ["SITE"]
    assert found[0].message.startswith("`utm_source=SITE` is a slot written in capitals for the site the link is "
                                       "placed on")
    assert [SLOT.replace("SITE", "DIRECTORY")[p.start:p.end]
            for p in utm_placeholder_unfilled(SLOT.replace("SITE", "DIRECTORY"))] == ["DIRECTORY"]
    note = {f.name for f in validate_url(SLOT, repo="acme/tools", path="offpage/pack.md").findings}
    assert note == {"utm-placeholder-unfilled", "medium-unassigned"}  # no value-case's "write `site`"
    # a value, not a slot: lower case, a word of its own, a link writing its values in capitals (a convention, which
    # value-case speaks to), or the slot's word alone on the link
    for url in (SLOT.replace("SITE", "site"), SLOT.replace("SITE", "SITEMAP"), SLOT.replace("SITE", "Site"),
                "https://acme.dev/?utm_source=SITE&utm_medium=EMAIL", "https://acme.dev/?utm_source=SITE",
                "https://acme.dev/?utm_medium=SITE&utm_source=blog", "https://acme.dev/?utm_source=WPORG&utm_medium=x"):
        assert utm_placeholder_unfilled(url) == [], url
    assert {f.name for f in validate_url("https://acme.dev/?utm_source=SITE&utm_medium=EMAIL").findings} >= \
        {"value-case"}


def test_the_slot_beside_values_with_a_capital_first_is_unfilled_too():
    """The session's review: `utm_source=SITE&utm_medium=Directory&utm_campaign=Launch` got value-case's "write
    `site`" (and `--fix` wrote it): values with a capital first are no convention of capitals, the slot is still one."""
    url = "https://acme.dev/?utm_source=SITE&utm_medium=Directory&utm_campaign=Launch"
    assert [p.name for p in utm_placeholder_unfilled(url)] == ["utm-placeholder-unfilled"]
    assert "value-case" not in {f.name for f in validate_url(url).findings if "`site`" in f.message}
