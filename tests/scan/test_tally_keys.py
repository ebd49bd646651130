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
        assert tally_key(COUNTS, ".json", start, start + len(url), "static/js/count.json"), url
    for url in ("https://acme.dev/join?utm_source=counter", "https://acme.dev/?utm_source=widget"):  # a value, a key
        start = COUNTS.index(url)  # mapped to a string: links
        assert not tally_key(COUNTS, ".json", start, start + len(url), "count.json"), url
    url = "http://www.thehpalliance.org/nevillefightsback?utm_campaign=nfbn"
    start = COUNTS.index(url)
    assert not tally_key(COUNTS, ".yaml", start, start + len(url), "count.yaml")  # JSON's shape only


def test_scan_judges_only_the_url_as_written_in_a_tally(tmp_path, monkeypatch, capsys):
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "count.json").write_text(COUNTS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = {(f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)}
    # the counted addresses: only `http` (a rule about the URL as written); the links beside them, judged as links
    assert (5, "url-insecure") in found and not {name for line, name in found if line in (5, 6)} - {"url-insecure"}
    assert (8, "missing-utm-param") in found and (9, "missing-utm-param") in found


# A tally by its shape, whatever the file's name: many URL keys, on several sites, counted by varying numbers.
SHAPED = "{\n" + ",\n".join(f'  "https://{host}/p?utm_source=x": {n}' for host, n in (
    ("a.example", 12), ("b.example", 4), ("c.example", 31), ("a.example", 7), ("d.example", 1))) + "\n}\n"


def test_a_tally_is_the_files_shape_or_name_not_one_numbered_key():
    """stranger13 R13: a team's own landing URLs mapped to split-test weights (`: 50`) or a redirect's status
    (`: 301`) are its campaign config, not a tally: their tags are judged. A file named for counts, or shaped as a
    tally (5+ URL keys on 2+ sites counted by varying numbers), stays one."""
    split = ('{"https://pixel.io/lp/a?utm_source=google&utm_medium=cpc&utm_campaign=Spring-Sale": 50,\n'
             ' "https://pixel.io/lp/b?utm_source=google&utm_medium=cpc&utm_campaign=Spring-Sale": 50}\n')
    start = split.index("https://pixel.io/lp/a")
    assert not tally_key(split, ".json", start, split.index('"', start), "config/landing-split.json")
    assert tally_key(split, ".json", start, split.index('"', start), "config/referrer-counts.json")  # its name
    start = SHAPED.index("https://b.example")
    assert tally_key(SHAPED, ".json", start, SHAPED.index('"', start), "data/sources.json")
    constant = SHAPED.replace(": 12", ": 1").replace(": 4", ": 1").replace(": 31", ": 1").replace(": 7", ": 1")
    assert not tally_key(constant, ".json", start, constant.index('"', start), "data/sources.json")  # one constant


def test_scan_judges_a_teams_split_test_and_redirect_maps(tmp_path, monkeypatch, capsys):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "landing-split.json").write_text(
        '{"https://pixel.io/lp/a?utm_source=google&utm_medium=cpc&utm_campaign=Spring-Sale": 50,\n'
        ' "https://pixel.io/lp/b?utm_source=google&utm_medium=cpc&utm_campaign=Spring-Sale": 50}\n', encoding="utf-8")
    (tmp_path / "config" / "redirects.json").write_text(
        '{"https://pixel.io/go/newsletter?utm_source=newsletter&utm_medium=emial&utm_campaign=spring": 301}\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--format", "json", "--no-cache", "."])
    found = {(f["path"].replace("\\", "/"), f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)}
    assert {("config/landing-split.json", 1, "value-case"), ("config/landing-split.json", 2, "value-case"),
            ("config/redirects.json", 1, "medium-unassigned")} <= found
