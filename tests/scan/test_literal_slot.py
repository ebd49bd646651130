"""A template slot that holds a string literal (`utm_medium=${'nao-treaqueado'}`) is the literal's text, nothing filled
at run time (scan.synthetic.literal_slots): an Eduzz checkout button's fallback tags in a Next.js component (corpus 36
#3 #4 #7) were taken for values filled later and their Unassigned medium went untold. Tested both ways: the literal's
medium is told (scan and validate_url), a slot holding an expression (`${searchParams.utm_medium}`) still is not."""

from __future__ import annotations

from repository import scan_repository

from utmlint.scan.synthetic import literal_slots
from utmlint.validate_url import validate_url

BUTTON = """export function Button({ searchParams }) {
  const url = searchParams.utm_source
    ? `https://chk.eduzz.com/2337329/?utm_source=${searchParams.utm_source}&utm_medium=${searchParams.utm_medium}&utm_campaign=${searchParams.utm_campaign}`
    : `https://chk.eduzz.com/2337329/?utm_campaign=${'nao-treaqueado'}&utm_source=nao-traqueado&utm_medium=${'nao-treaqueado'}`;
  return <a href={url}>Comprar</a>;
}
"""


def test_a_slot_holding_a_literal_is_judged_as_the_literal(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/site", {"src/components/button.tsx": BUTTON})
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], []).append(f)
    # the fallback's medium `nao-treaqueado`, a literal in its slot: Unassigned, told, and named as written
    told = [f for f in by_line.get(4, []) if f["name"] == "medium-unassigned"]
    assert told and "`nao-treaqueado`" in told[0]["message"]
    # the visitor's own tags passed on, each slot an expression filled at run time: nothing told
    assert not {f["name"] for f in by_line.get(3, [])} & {"medium-unassigned", "missing-utm-param", "value-case"}


def test_validate_url_reads_the_literal_too():
    url = ("https://chk.eduzz.com/2460920?utm_campaign=${'nao-treaqueado'}&utm_source=${searchParams.utm_source}"
           "&utm_medium=${'nao-treaqueado'}")
    findings = validate_url(url, repo="acme/site", path="src/app/page.tsx").findings
    assert "medium-unassigned" in {f.name for f in findings}
    url = "https://chk.eduzz.com/2460920?utm_campaign=${c}&utm_source=${s}&utm_medium=${m}"
    assert not {f.name for f in validate_url(url, repo="acme/site", path="src/app/page.tsx").findings} \
        & {"medium-unassigned", "value-case"}


def test_what_is_a_literal_slot():
    assert literal_slots("${'nao-treaqueado'}") == "nao-treaqueado"
    assert literal_slots('a-${"b"}-c') == "a-b-c"
    # an expression, a call on a literal, a literal with a quote or a slot inside: still a slot
    assert literal_slots("${medium}") == "${medium}"
    assert literal_slots("${'a'.toUpperCase()}") == "${'a'.toUpperCase()}"
    assert literal_slots("${'a' + b}") == "${'a' + b}"


def test_a_key_pasted_before_the_slot_that_fills_its_value():
    """formacao's v4 page (corpus 36 #2 #6): `&utm_source=utm_source=${searchParams.utm_source}`: whatever the slot
    holds, the checkout reads a source opening with `utm_source=`; value-charset says the key is written twice. The
    same link with the key once is told nothing."""
    url = ("https://chk.eduzz.com/2337329?utm_campaign=${searchParams.utm_campaign}"
           "&utm_source=utm_source=${searchParams.utm_source}&utm_medium=${searchParams.utm_medium}")
    told = [f for f in validate_url(url, repo="acme/site", path="src/app/v4/page.tsx").findings
            if f.name == "value-charset"]
    assert told and "written twice" in told[0].message and "${searchParams.utm_source}" in told[0].message
    once = url.replace("utm_source=utm_source=", "utm_source=")
    assert not [f for f in validate_url(once, repo="acme/site", path="src/app/v4/page.tsx").findings
                if f.name == "value-charset"]
