"""A link in commented-out code (a line of code or markup inside a comment, the link its string or attribute value) runs
nothing, builds no link and copies no one's visit: copied-tracking does not speak on it, as no rule about its values
does on any comment's link (scan.comments.commented_out, scan.judge.COMMENTED_OUT). A link a comment's prose cites
keeps copied-tracking (a ChatGPT citation tag, a Reddit share's tags: corpora 4 and 6 labelled those correct), and a
key GA4 cannot read is told on both (corpus 19 #139, Upsun's console link in a commented-out `<a href='...'>`).

The lines are the corpora's: Ouckah/Summer2025-Internships' `.github/scripts/util.py` keeps a disabled line
`#     link += "?utm_source=Simplify&ref=Simplify"` (corpus 21 #1) and AgentOps' response.py a commented-out example of
an OpenAI `url_citation` annotation, `#     url='https://www.tomshardware.com/...?utm_source=openai'` (corpus 9
#291): both blind-labelled nothing to tell, both told copied-tracking. delta's `// as suggested by matklad:
https://www.reddit.com/...?utm_source=share&utm_medium=web2x` (corpus 6 #208) and ddev's `// See https://pkg.go.dev/
regexp?utm_source=godoc#...` (corpus 9 #14) are prose: copied-tracking, labelled correct.
"""

from __future__ import annotations

import json

import pytest

from utmlint.scan.comments import commented_out
from utmlint.validate_url import validate_url

FILES = {
    "util.py": (
        "def link(job):\n"
        "    link = job['url']\n"
        "    # if 'simplify' in link:\n"
        "    #     link += \"?utm_source=Simplify&ref=Simplify\"\n"
        "    return link\n"),
    "response.py": (
        "# Example annotation:\n"
        "# annotation = AnnotationURLCitation(\n"
        "#     url='https://www.tomshardware.com/video-games/quake-ii?utm_source=openai',\n"
        "#     title='Quake II')\n"
        "def get(annotation):\n    return annotation.url\n"),
    "path.rs": (
        "// as suggested by matklad: https://www.reddit.com/r/rust/comments/hkkquy/comment/fwtw53s/"
        "?utm_source=share&utm_medium=web2x&context=3\n"
        "fn main() {}\n"),
    "envfile.go": (
        "package ddevapp\n\n// See https://pkg.go.dev/regexp?utm_source=godoc#Regexp.Expand\nfunc x() {}\n"),
    "banner.tsx": (
        "export const Banner = () => (\n"
        "  <div>\n"
        "    {/* <a href=\"https://console.upsun.com/projects?_utm_campaign=cta&utm_source=chatgpt.com\">Deploy</a> */}\n"
        "  </div>\n"
        ");\n"),
}


def _found(run, tmp_path):
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return {(f["path"], f["name"]) for f in json.loads(run("scan", "--format", "json", "--no-cache", ".",
                                                           cwd=tmp_path).out)}


def test_copied_tracking_is_silent_on_commented_out_code_and_speaks_on_prose(run, tmp_path):
    found = _found(run, tmp_path)
    assert not any(path in ("util.py", "response.py") for path, _ in found), found
    assert ("path.rs", "copied-tracking") in found and ("envfile.go", "copied-tracking") in found
    # a key GA4 cannot read is still told in commented-out markup; whose tags `chatgpt.com` are is not
    assert ("banner.tsx", "utm-key-unknown") in found and ("banner.tsx", "copied-tracking") not in found


@pytest.mark.parametrize("before,code", [
    ("#     link += \"", True), ("#     url='", True), ("//   href={`", True), ("//     '", True),
    ("// <span>Photo by <a href=\"", True), (" * \"Our values <a href=\\\"", True), ("    #  x = f(\"", True),
    ("// See ", False), ("// as suggested by matklad: ", False), (" * [OWASP Cheat Sheet](", False),
    ("// See \"", False), ("<!-- DEM, DSM, DTM: ", False), ("/* @see ", False), ("", False)])
def test_commented_out_reads_the_text_before_the_link(before, code):
    assert commented_out(before) is code


def test_validate_url_reads_the_line_it_is_given():
    url = "?utm_source=Simplify&ref=Simplify"
    code = validate_url(url, repo="Ouckah/Summer2025-Internships", path=".github/scripts/util.py", in_comment=True,
                        line="    #     link += \"?utm_source=Simplify&ref=Simplify\"")
    assert "copied-tracking" not in [f.name for f in code.findings]
    reddit = "https://www.reddit.com/r/rust/comments/hkkquy/comment/fwtw53s/?utm_source=share&utm_medium=web2x"
    prose = validate_url(reddit, repo="dandavison/delta", path="src/utils/path.rs", in_comment=True,
                         line="// as suggested by matklad: " + reddit)
    assert [f.name for f in prose.findings] == ["copied-tracking"]
    quoted = validate_url(reddit, repo="dandavison/delta", path="src/utils/path.rs", in_comment=True,
                          line="//     let url = \"" + reddit + "\";")
    assert quoted.findings == []
