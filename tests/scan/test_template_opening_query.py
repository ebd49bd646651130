"""A template link that opens with a name right before a query's `&` (`${urls.DONATE_BASE_URL}&utm_campaign=...&
utm_source=android`) goes on with the name's address and its query: the keys that address holds are the link's too.
Seek's base is another module's constant (constants/urls.js: `DONATE_BASE_URL: "https://www.inaturalist.org/donate?
utm_medium=seek"`, corpus 33 #35), and the link was told it has no `utm_medium`, which its base writes. A name the file
does not set may hold any key: none is known to be missing. A name the file sets is read as ever: its keys are the
link's, and a key neither holds is still missing (`${BASE}&utm_medium=email` with BASE holding only a source)."""

from __future__ import annotations

from tests.scan.repository import scan_repository
from utmlint.validate_url import validate_url

DONATION = """import urls from "../constants/urls";

const BASE = "https://give.acme-charity.org/donate?utm_source=app";

export const seek = `${urls.DONATE_BASE_URL}&utm_campaign=${params?.utmCampaign}&utm_source=android`;
export const share = (url) => `${url}&utm_medium=email&utm_campaign=share`;
export const own = `${BASE}&utm_medium=email`;
"""


def test_a_base_from_elsewhere_may_hold_the_keys_and_a_base_the_file_sets_is_read(tmp_path, monkeypatch, capsys):
    found = scan_repository(tmp_path, monkeypatch, capsys, "acme/donate-app", {"components/Donation.tsx": DONATION})
    by_line = {}
    for f in found:
        by_line.setdefault(f["line"], set()).add(f["name"])
    assert "missing-utm-param" not in by_line.get(5, set()) | by_line.get(6, set()), found
    assert "missing-utm-param" in by_line.get(7, set()), found  # BASE has a source, the link a medium: no campaign


def test_validate_url_holds_a_base_it_is_not_given():
    seek = "${urls.DONATE_BASE_URL}&utm_campaign=${params?.utmCampaign}&utm_source=android"
    assert "missing-utm-param" not in {f.name for f in validate_url(seek).findings}
    # a name opening the address before its `?` is no query's: the link's keys are its own
    assert "missing-utm-param" in {f.name for f in validate_url("${BASE}?utm_medium=email").findings}
