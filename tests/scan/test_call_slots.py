"""A language's interpolation slot that holds a call is filled at run time, as `${f(x)}` is: C#'s interpolated string
and a Python f-string write `{Uri.EscapeDataString(medium)}`, Swift writes `\\(medium)` or `\\(enc(medium))`
(utmlint.placeholders.CODE_SLOTS). Philter Desktop's link helper (corpus 46 #56,
`$"{url}?utm_source=desktop&utm_medium={Uri.EscapeDataString(medium)}"`) was told "GA4 files utm_medium
`{Uri.EscapeDataString(medium)}` under Unassigned": the code's text read as the medium. Tested both ways: the slot is
not judged, the same file's written medium and missing campaign still are; a call written without braces, or braces
holding words and a call beside them, is still a value."""

from __future__ import annotations

import json

from repository import scan_repository

from utmlint.placeholders import CODE_SLOTS
from utmlint.validate_url import validate_url

HELPER = """namespace Acme.Desktop {
    static class Links {
        private static string Tag(string url, string medium) =>
            $"{url}?utm_source=desktop&utm_medium={Uri.EscapeDataString(medium)}";
        public const string Home = "https://www.acme-desktop.io/?utm_source=desktop&utm_medium=menuItem&utm_campaign=home";
    }
}
"""

SETTINGS = """import SwiftUI
struct SettingsView: View {
    let medium: String
    var body: some View {
        Link("Help", destination: URL(string: "https://www.acme-desktop.io/help?utm_source=ios-app&utm_medium=\\\\(encode(medium))&utm_campaign=help")!)
        Link("Terms", destination: URL(string: "https://www.acme-desktop.io/terms?utm_source=ios-app&utm_medium=settings_page&utm_campaign=terms")!)
    }
}
"""


def test_a_call_in_a_slot_is_not_the_medium(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/desktop",
                            {"Acme.Desktop/UiHelpers.cs": HELPER, "ios/SettingsView.swift": SETTINGS})
    told = sorted((f["path"], f["line"], f["name"]) for f in found)
    assert ("Acme.Desktop/UiHelpers.cs", 4, "missing-utm-param") in told  # the helper's links carry no campaign
    assert ("Acme.Desktop/UiHelpers.cs", 4, "medium-unassigned") not in told, json.dumps(found, indent=1)
    assert ("Acme.Desktop/UiHelpers.cs", 5, "medium-unassigned") in told  # a medium written out is still judged
    assert ("ios/SettingsView.swift", 6, "medium-unassigned") in told
    assert not [f for f in found if f["path"] == "ios/SettingsView.swift" and f["line"] == 5], found


def test_validate_url_reads_the_slots_alike():
    for medium in ("{Uri.EscapeDataString(medium)}", "{quote(medium)}", "{medium.lower()}", "\\(medium)",
                   "\\(enc(medium))"):
        url = f"https://www.acme-desktop.io/?utm_source=desktop&utm_medium={medium}&utm_campaign=home"
        assert not {f.name for f in validate_url(url).findings} & {"medium-unassigned", "value-case"}, medium
    for medium in ("Escape(medium)", "{a b}(c)"):
        url = f"https://www.acme-desktop.io/?utm_source=desktop&utm_medium={medium}&utm_campaign=home"
        assert "medium-unassigned" in {f.name for f in validate_url(url).findings}, medium


def test_what_is_a_call_slot():
    import re
    slot = re.compile(CODE_SLOTS)
    for text in ("{Uri.EscapeDataString(medium)}", "{quote(m)}", "{a.b(c(d))}", "\\(medium)", "\\(enc(m))"):
        assert slot.fullmatch(text), text
    for text in ("{medium}", "{a {b}(c)}", "{f(\n)}", "(medium)", "\\()", "{}", '{"a": f(1)}'):
        assert not slot.fullmatch(text), text
