"""An interpolation slot holding quotes is read whole (review46 F14): C#'s `$"...{dict["medium"]}..."`,
`{medium ?? "email"}`, `{(paid ? "cpc" : "email")}`, `{Foo("x").ToLower()}` and a Python f-string's `{d["medium"]}`
were cut at the slot's first quote, so the medium was read as `{dict[`, and the rest of the link (its campaign) was
lost: "GA4 files utm_medium `{dict[` under Unassigned" and "has no `utm_campaign`" on a link that writes both. The slot
is filled at run time, as `{Uri.EscapeDataString(medium)}` is (tests/scan/test_call_slots.py): not judged; the link's
written values still are."""

from __future__ import annotations

import re

import pytest

from repository import scan_repository

from utmlint.placeholders import CODE_SLOTS
from utmlint.validate_url import validate_url

SLOTS = ('{dict["medium"]}', '{medium ?? "email"}', '{(paid ? "cpc" : "email")}', '{Foo("x").ToLower()}',
         '{Foo("x}")}', "{d['medium']}")

LINKS = "\n".join(
    f'        public static string L{n}() => $"https://www.acme-desktop.io/l{n}?utm_source=desktop&utm_medium={slot}'
    f'&utm_campaign=help-menu&utm_content=Top";' for n, slot in enumerate(SLOTS))
HELPER = f"""namespace Acme.Desktop {{
    static class Links {{
{LINKS}
    }}
}}
"""


@pytest.mark.parametrize("slot", SLOTS)
def test_a_slot_holding_quotes_is_one_slot(slot):
    assert re.compile(CODE_SLOTS).fullmatch(slot), slot
    url = f"https://www.acme-desktop.io/?utm_source=desktop&utm_medium={slot}&utm_campaign=home"
    told = {f.name for f in validate_url(url).findings}
    assert not told & {"medium-unassigned", "value-case", "missing-utm-param", "value-charset"}, (slot, told)


def test_what_is_not_a_slot():
    slot = re.compile(CODE_SLOTS)
    for text in ('{"a": "b"}', '{x", "k": "v"}', '{a "b}', '{ "a" }', '{a\n"b"}', "{'a': 1}", "{uri: 'https://x.io'}",
                 '{pathname: "/pricing"}'):
        assert not slot.fullmatch(text), text


def test_scan_reads_the_whole_link(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/desktop", {"Acme.Desktop/Links.cs": HELPER})
    told = sorted((f["line"], f["name"]) for f in found)
    # each link's written utm_content `Top` is still told (value-case), and nothing else: its medium is the slot's,
    # its campaign is read
    assert told == [(3 + n, "value-case") for n in range(len(SLOTS))], told
