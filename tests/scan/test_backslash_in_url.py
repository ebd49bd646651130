"""A `\\` or `"` in a link keeps the URL rules' findings where they are (corpus 15 #3, found by measure.py).

JupiterBroadcasting's show notes write `(https://raymii.org/...?utm_source=LASReddit\\\\%22)`: Markdown's `\\\\` is a
`\\`, so the link is `...?utm_source=LASReddit\\%22`, a Reddit post's tag pasted with a stray escaped quote. The URL
rules judge the link inside a one-link campaign document (scan.synthetic.campaign_document); written in double quotes,
its `\\` became `\\\\` and every position after it moved, so copied-tracking's finding had no span: validate_url took
it for the whole URL (advice on the copied tags held back), scan for nothing (it told the show notes to add a medium
and a campaign and lower-case `LASReddit\\"`). Written in single quotes, the characters stay where they are.
"""

from __future__ import annotations

import json

from utmlint.validate_url import validate_url

LINE = "  * [NoPriv.py – Raymii.org](https://raymii.org/s/software/Nopriv.pyd13a.html?utm_source=LASReddit\\\\%22)\n"


def test_scan_tells_only_to_strip_the_copied_tag(run, tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config").write_text('[remote "origin"]\n\turl = https://github.com/jb/shows.git\n')
    (tmp_path / "0030.md").write_text("# Show notes\n\n" + LINE, encoding="utf-8")
    found = json.loads(run("scan", "--format", "json", "--no-cache", ".", cwd=tmp_path).out)
    assert [f["name"] for f in found] == ["copied-tracking"]  # no completion, no respelling of someone else's tag
    at = LINE.index("utm_source") + 1
    assert (found[0]["line"], found[0]["column"], found[0]["end_column"]) == (3, at, LINE.index(")") + 1)


def test_validate_url_places_url_findings_after_a_backslash_or_quote():
    url = "https://raymii.org/s/x.html?utm_source=LASReddit\\%22"
    copied = validate_url(url, repo="jb/shows", path="0030.md").findings
    assert [(f.name, url[f.start:f.end], f.fixed) for f in copied] == [
        ("copied-tracking", "utm_source=LASReddit\\%22", "https://raymii.org/s/x.html")]
    quoted = 'https://example.com/?utm_source=news"letter&utm_medium=email&utm_campaign=x&utm_source=b'
    repeated = [f for f in validate_url(quoted).findings if f.name == "utm-key-repeated"]
    assert [quoted[f.start:f.end] for f in repeated] == ["utm_source=b"]
    fragment = "https://example.com/a\\b?utm_source=news&utm_medium=email&utm_campaign=x#utm_content=y"
    moved = [f for f in validate_url(fragment).findings if f.name == "utm-in-fragment"]
    assert [fragment[f.start:f.end] for f in moved] == ["utm_content=y"]
