"""A URL that is the key of a JSON object whose value is a number is a count kept per address (a widget's referrer
tally), a record of where visits came from, not a link anyone follows: scan judges only the URL as written there
(copied tracking, http, `&amp;`), as in a code comment, never its tags. fightforthefuture/battleforthenet
static/js/count.json (corpus 13 #82 #83): `"http://www.thehpalliance.org/nevillefightsback?utm_campaign=nfbn": 11`
was told to add a source and a medium. Real files in a temp folder, `utmlint scan` in-process."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan.data import tally_key

COUNTS = """{
  "completed": 584750,
  "referral_codes": {
    "fftf_fftfan1117": 63,
    "http://www.thehpalliance.org/nevillefightsback?utm_campaign=nfbn": 11,
    "https://app.destinyitemmanager.com/?utm_source=extension" : 4
  },
  "links": ["https://acme.dev/join?utm_source=counter"],
  "home": {"https://acme.dev/?utm_source=widget": "the widget's home page"}
}
"""


def test_a_json_key_counted_by_a_number_is_a_tally():
    for url in ("http://www.thehpalliance.org/nevillefightsback?utm_campaign=nfbn",
                "https://app.destinyitemmanager.com/?utm_source=extension"):
        start = COUNTS.index(url)
        assert tally_key(COUNTS, ".json", start, start + len(url)), url
    for url in ("https://acme.dev/join?utm_source=counter", "https://acme.dev/?utm_source=widget"):  # a value, a key
        start = COUNTS.index(url)  # mapped to a string: links
        assert not tally_key(COUNTS, ".json", start, start + len(url)), url
    url = "http://www.thehpalliance.org/nevillefightsback?utm_campaign=nfbn"
    start = COUNTS.index(url)
    assert not tally_key(COUNTS, ".yaml", start, start + len(url))  # JSON's shape only


def test_scan_judges_only_the_url_as_written_in_a_tally(tmp_path, monkeypatch, capsys):
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "count.json").write_text(COUNTS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = {(f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)}
    # the counted addresses: only `http` (a rule about the URL as written); the links beside them, judged as links
    assert (5, "url-insecure") in found and not {name for line, name in found if line in (5, 6)} - {"url-insecure"}
    assert (8, "missing-utm-param") in found and (9, "missing-utm-param") in found
