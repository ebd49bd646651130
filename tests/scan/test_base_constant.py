"""A tracked URL a name saying it is a base holds (`DONATE_BASE_URL`, `baseUrl`, `SHARE_BASE`) is extended where it is
used: corpus 33 #33, Seek's `constants/urls.js` sets `DONATE_BASE_URL: "https://www.inaturalist.org/donate?
utm_medium=seek"`, and Donation.tsx, another module, appends `&utm_campaign=settings&utm_source=android`.
missing-utm-param told the constant it lacks a source and a campaign, which the link that opens has: which keys the
opened link lacks is not known from the base (scan.core.base_assignment). Its values are judged as ever (`seek` lands
in Unassigned: medium-unassigned, the blind label). Still told: the same URL set to any other name (`DONATE_URL`), a
name that only ends in the letters (`database`), and a base the file completes itself (read with its completions:
test_concatenated_literals). Real files, `utmlint scan --format json` in-process; validate_url
with the stored reading of the line alike."""

from __future__ import annotations

import json

from utmlint.cli import main
from utmlint.scan.core import base_assignment
from utmlint.validate_url import validate_url

URLS = """export default {
  DONATE_BASE_URL: "https://www.inaturalist.org/donate?utm_medium=seek",
  DONATE_URL: "https://www.inaturalist.org/donate?utm_medium=seek",
  database: "https://www.inaturalist.org/donate?utm_medium=seek",
};
"""


def test_a_base_constants_missing_keys_are_not_told(tmp_path, monkeypatch, capsys):
    (tmp_path / "constants").mkdir()
    (tmp_path / "constants" / "urls.js").write_text(URLS, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["scan", "--no-cache", "--format", "json", "."])
    found = {(f["line"], f["name"]) for f in json.loads(capsys.readouterr().out)}
    assert (2, "missing-utm-param") not in found and (2, "medium-unassigned") in found
    assert {(3, "missing-utm-param"), (4, "missing-utm-param")} <= found
    url = "https://www.inaturalist.org/donate?utm_medium=seek"
    stored = validate_url(url, repo="inaturalist/SeekReactNative", path="constants/urls.js",
                          placement=((), '  DONATE_BASE_URL: " ",'))
    assert {f.name for f in stored.findings} == {"medium-unassigned"}
    # a base the file completes itself is read with its completions (test_concatenated_literals), told here
    completed = validate_url(url, repo="inaturalist/SeekReactNative", path="constants/urls.js",
                             placement=((), '  DONATE_BASE_URL: " ",'),
                             file_urls=("${DONATE_BASE_URL}&utm_content=footer",))
    assert "missing-utm-param" in {f.name for f in completed.findings}


def test_a_base_name_is_read_by_its_words():
    assert base_assignment('  DONATE_BASE_URL: "') and base_assignment("const baseUrl = '")
    assert base_assignment("const SHARE_BASE = `") and base_assignment('  DONATE_BASE_URL: " ",', blanked=True)
    assert not base_assignment('const database = "') and not base_assignment('url: "')
    assert not base_assignment('<a href="')
