"""A minified bundle's one line of thousands of tagged links is read once, not once per link (session 38: a 600 KB
line of 6,000 links took 44 s of CPU, 6.4 times the 1,500-link line's; now 9.6 s, 3.7 times): scan.core.find_urls
finds the line's placeholders once (_LineSpans), scan.examples.CounterExamples reads its marks, `|`s and labels once,
and scan._locate counts each link's byte offset on from the link before. Each must give exactly what reading the
text before (or around) every link gave; no test here times anything: they count the work and compare the answers."""

from __future__ import annotations

import random
import re

from utmlint.scan import core, examples, scan_text
from utmlint.scan.examples import CounterExamples, counter_example
from utmlint.scan.core import find_urls

HOSTS = ["example.com", "shop.example.org", "www.acme.io", "twitter.com", "github.com"]
PIECES = [
    'var a="{url}";', "f('{url}',1);", "/* see {url} */", "x.push(`{url}&utm_term=${{t}}`);",
    "a=b||c;d=e|f;m('Wrong: {url}');", "n('❌ {url}');o('✅ ok');", "p('| Bad | {url} |');",
    "q(`${{a.map(function(x){{return x}})}}{url}`);", "h('<a href=\"{url}\">x</a>');",
    "r('{url}&utm_content={{{{ name }}}}');", "s('{url}&utm_content=%s');", "t('Do not: {url}');",
    "u('**Bad** - {url}');", "v('Right: {url}');", "w('{url}&utm_content=__CONTENT__');",
    "y(`${{f({{a: 1}})}}` + '{url}');", "z('ünïcödé → {url}');",
]


def _line(links: int, seed: int, head: str = '/*! app */"use strict";') -> str:
    rnd = random.Random(seed)
    parts = [head]
    for i in range(links):
        url = (f"https://{rnd.choice(HOSTS)}/p/{i}?utm_source={rnd.choice(['news', 'Email', '{{src}}', '${s}'])}"
               f"&utm_medium={rnd.choice(['email', 'social', 'Social'])}&utm_campaign=camp_{i % 7}")
        parts.append(rnd.choice(PIECES).format(url=url))
    return "".join(parts)


def _long_lines():
    yield _line(150, 1)
    yield _line(150, 2, head="| Wrong | Right |")  # a line read as a table row: each link's cell
    yield _line(100, 3) + "\n" + _line(100, 4) + "\n" + "short ❌ line https://x.example/?utm_source=A&utm_medium=b\n"
    yield "❌ " + " " * 5_000 + _line(100, 5)  # the mark far before every link still counts
    yield ("/" * 700).join(_line(1, seed) for seed in range(40))  # links far apart: windows end inside the line


def test_a_long_lines_placeholders_are_found_once_and_each_link_gets_the_same_spans(monkeypatch):
    calls = []
    search = core.placeholder_spans
    monkeypatch.setattr(core, "placeholder_spans", lambda text, start, end: calls.append(1) or search(text, start, end))
    for text in _long_lines():
        monkeypatch.setattr(core, "_LONG_LINE", 2000)  # these lines are long (a bundle's are 100 times longer)
        calls.clear()
        found = find_urls(text)
        assert len(found) >= 40 and len(calls) < len(found) / 4  # not once per link
        monkeypatch.setattr(core, "_LONG_LINE", 10 * len(text))  # every key's window searched on its own
        assert find_urls(text) == found


def test_a_window_crossed_by_a_placeholder_is_searched_as_before(monkeypatch):
    # a `${...}` of nested braces running past the window's end (key + MAX_URL + slack): that key's own search
    link = "https://a.example/p?utm_source=s&utm_medium=email&utm_campaign=c"
    filler = "x" * (core.MAX_URL + core._PLACEHOLDER_SLACK - 300)
    crossing = "${" + "".join("{" + "y" * 90 + "}" for _ in range(12)) + "}"
    text = " ".join([link + "x" for _ in range(60)]) + " " + link + " " + filler + crossing + " " + link
    found = find_urls(text)
    monkeypatch.setattr(core, "_LONG_LINE", 10 * len(text))
    assert find_urls(text) == found and len(found) == 62


def test_each_link_on_a_long_line_is_a_counter_example_exactly_when_the_text_before_it_says_so(monkeypatch):
    monkeypatch.setattr(examples, "_LONG_LINE", 2000)
    monkeypatch.setattr(core, "_LONG_LINE", 2000)
    for text in _long_lines():
        starts = [start for start, _ in find_urls(text)]
        expected = [counter_example(text, start) for start in starts]
        assert any(expected) and not all(expected)
        reads = []
        for name in ("_WRONG_LABEL", "_RIGHT_LABEL", "_MARKED"):
            monkeypatch.setattr(examples, name, _Counted(getattr(examples, name), reads))
        counter = CounterExamples(text)
        assert [counter(start) for start in starts] == expected
        assert sum(reads) < 4 * len(text)  # the line's marks and labels read once, not the line before every link
        for name in ("_WRONG_LABEL", "_RIGHT_LABEL", "_MARKED"):
            monkeypatch.setattr(examples, name, getattr(examples, name).pattern)


def test_a_label_running_past_the_point_asked_about_is_read_in_the_text_before_it():
    # the line's search finds `| Bad example:`; asked about a point inside it, the text before that point decides
    for tail in (" | Bad example: x", " | Wrong  -> x", "| ❌ Don't: x | Right: y"):
        text = "y" * 5000 + tail
        counter = CounterExamples(text)
        for start in range(5000, len(text)):
            assert counter(start) == counter_example(text, start), (tail, start - 5000)


def test_byte_offsets_on_a_long_line_count_every_character_before_the_link():
    text = _line(200, 6) + "\n" + _line(50, 7)
    raw = text.encode("utf-8")
    occurrences = scan_text(text, ".js")
    assert len(occurrences) > 200
    for occ in occurrences:
        assert occ.byte_start == len(text[:occ.start].encode("utf-8"))
        assert raw[occ.byte_start:occ.byte_end].decode("utf-8") == text[occ.start:occ.end]


class _Counted:
    """A compiled pattern that counts the characters it searches."""

    def __init__(self, pattern, reads):
        self.pattern, self.reads = pattern, reads

    def finditer(self, text, pos=0, endpos=None):
        self.reads.append((len(text) if endpos is None else endpos) - pos)
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def findall(self, text):
        self.reads.append(len(text))
        return self.pattern.findall(text)

    def match(self, *args):
        return self.pattern.match(*args)


def _markdown() -> str:
    """A guide of tables (a Wrong column, an Input/Output header, no separator, 520 rows), lists, code blocks."""
    link = "https://shop.example.org/p{i}?utm_source=News&utm_medium=email"
    out = ["# Guide", ""]
    for kind in ("wrong", "demo", "plain", "list", "code", "nosep", "long", "wrong"):
        if kind in ("wrong", "demo", "plain", "nosep", "long"):
            out.append({"wrong": "| Wrong | Right |", "long": "| Wrong | Right |", "demo": "| Input | Output |"}.get(
                kind, "| name | url |"))  # the long table's rows past 500 are too far from its header
            if kind != "nosep":
                out.append("|---|---|")
            out += [f"| `{link.format(i=i)}` | {link.format(i=i + 1)} |" for i in range(520 if kind == "long" else 20)]
        elif kind == "list":
            out += ["Some prose:", ""] + [f"    - [l{i}]({link.format(i=i)})" for i in range(20)]
        else:
            out += ["", "", ".. code-block:: sh", ""]
            out += [f"    curl '{link.format(i=i)}'" if i % 5 else "" for i in range(20)]
        out.append("text after" if kind == "plain" else "")
    return "\n".join(out) + "\n"


def test_table_headers_and_code_blocks_are_read_once_per_file_and_say_what_they_said(monkeypatch):
    from utmlint.scan.examples import _DEMO_HEADER, _LinesAbove, code_block_example, demonstrated_example
    text = _markdown()
    starts = [m.start() for m in re.finditer(r"https://", text)]
    assert len(starts) > 1000
    read = []
    line = _LinesAbove.line
    monkeypatch.setattr(_LinesAbove, "line", lambda self, start: read.append(1) or line(self, start))
    for start in starts:
        line_start = text.rfind("\n", 0, start) + 1
        table = text[line_start:start].startswith("|")
        assert demonstrated_example("a.md", text, start, start + 10) == (
            table and bool(_DEMO_HEADER.search(_old_header(text, line_start))))
        assert code_block_example("a.md", text, start) == _old_markdown_block(text, line_start)
        assert code_block_example("a.rst", text, start) == _old_rest_block(text, line_start)
        assert examples._wrong_column(text, line_start, 1) == _old_wrong_column(text, line_start, 1)
    assert len(read) < 20 * text.count("\n")  # each line read a few times, not once for every link below it


# How scan.comments read the lines above a link before session 38 (each link split or walked the text above it)

def _old_header(text, line_start):
    header = ""
    for row in reversed(text[:line_start].split("\n")[:-1]):
        if not row.strip().startswith("|"):
            break
        header = row
    return header


def _old_markdown_block(text, line_start):
    line = text[line_start:text.find("\n", line_start) if text.find("\n", line_start) != -1 else len(text)]
    if not line.startswith("    ") and not line.startswith("\t"):
        return False
    before = text[:line_start].split("\n")[:-1]
    index = len(before) - 1
    while index >= 0 and (before[index].startswith("    ") or before[index].startswith("\t")):
        index -= 1
    if index >= 0 and before[index].strip():
        return False
    while index >= 0 and not before[index].strip():
        index -= 1
    return index < 0 or not re.match(r"\s*(?:[-*+]|\d+[.)])\s", before[index])


def _old_rest_block(text, line_start):
    line = text[line_start:text.find("\n", line_start) if text.find("\n", line_start) != -1 else len(text)]
    if not line[:1].isspace():
        return False
    before = text[:line_start].split("\n")[:-1]
    index = len(before) - 1
    while index >= 0 and (not before[index].strip() or before[index][:1].isspace()):
        index -= 1
    if index < 0:
        return False
    opener = before[index].strip()
    if opener.startswith(".."):
        return bool(re.match(r"\.\.\s+(?:code-block|code|sourcecode|highlight)::", opener, re.IGNORECASE))
    return opener.endswith("::")


def _old_wrong_column(text, line_start, column):
    at, rows = line_start, 0
    while at > 0 and rows < 500:
        above = text.rfind("\n", 0, at - 1) + 1
        line = text[above:at - 1].strip()
        if not line.startswith("|"):
            return False
        if re.fullmatch(r"\|?[\s:|-]+\|?", line) and "-" in line:
            header_end = above - 1
            header = text[text.rfind("\n", 0, max(header_end, 0)) + 1:max(header_end, 0)].strip()
            cells = header.split("|")
            return column < len(cells) and examples._WRONG_HEADER.match(cells[column].strip()) is not None
        at = above
        rows += 1
    return False


# hostile's last LOW: a line of thousands of scheme-less keys and no space (`x=1&utm_source=a&x=2&...`) read each key's
# 8 KB window in Python (_chunk_start's walk back, a step a character) and with two case-insensitive regexes
# (_url_start), 2.3 ms a key: 8,000 keys took 18.7 s of CPU, now 1.2 s (16,000: 2.2 s). The walk is found with
# `rfind`s, and a regex runs only where a `find` says it can match: same answers, compared with the old code here.
_OLD_REL_OPEN = re.compile(r"\]\(|\(|url=|[\w:.-]+=(?=[/.?#{$*%\[<])", re.IGNORECASE)


def _old_chunk_start(text, index, floor, spans):
    ends = {e: s for s, e in spans}
    i = index
    while i > floor:
        if i in ends:
            i = ends[i]
            continue
        if text[i - 1] in core._STOP and text[i - 1] != "\\":
            break
        if text[i - 1] == "(" and i - 2 >= floor and text[i - 2] == "]":
            break
        i -= 1
    return i


def _old_url_start(text, chunk, key, spans):
    inside = [s for s in spans if s[0] >= chunk and s[1] <= key]

    def in_placeholder(i):
        return any(s <= i < e for s, e in inside)

    for match in core._SCHEME.finditer(text, chunk, key):
        if not in_placeholder(match.start()):
            return match.start()
    start = chunk
    for match in _OLD_REL_OPEN.finditer(text, chunk, key):
        if not in_placeholder(match.start()):
            start = match.end()
            if match.group() in ("](", "("):
                continue
            break
    head = text[start:key + 1]
    if not head:
        return None
    if head[0] in "/.?#" or any(s == start for s, _ in inside):
        return start
    return None


_BITS = list("ab=&?/.#()[]{}$%*<>\"' \t\n:-_x1lLuUrRſ") + [
    "utm_source=", "&utm_medium=", "?utm_campaign=", "https://", "HTTPS://", "httpſ:", "](", "{{ x }}", "${a}",
    "*|X|*", "url=", "URL=", "next=/", "www.", "WWW.", "%s", "\\", "{a}", "](/x?utm_source=a)", "&amp;utm_source=",
    "https:\\/\\/", "//", "=<", "=%", "market://"]


def test_a_keys_chunk_and_url_start_are_the_old_walks():
    rnd = random.Random(39)
    for _ in range(1200):
        text = "".join(rnd.choice(_BITS) for _ in range(rnd.randint(1, 60)))
        for key in range(len(text) + 1):
            floor = rnd.randint(0, key)
            spans = [s for s in core.placeholder_spans(text, floor, len(text)) if not s[0] < key < s[1]]
            chunk = _old_chunk_start(text, key, floor, spans)
            assert core._chunk_start(text, key, floor, spans) == chunk, (text, key, floor)
            if chunk <= key:
                assert core._url_start(text, chunk, key, spans) == _old_url_start(text, chunk, key, spans), (text, key)
    for text in _long_lines():
        assert find_urls(text)  # and the bundles' links are found as before (the tests above compare them)


def test_a_line_of_scheme_less_keys_runs_no_regex_over_its_windows(monkeypatch):
    searched = []

    class Counted:
        def __init__(self, regex):
            self.regex = regex

        def finditer(self, *args):
            searched.append(1)
            return self.regex.finditer(*args)

        def match(self, *args):
            return self.regex.match(*args)

    monkeypatch.setattr(core, "_SCHEME", Counted(core._SCHEME))
    monkeypatch.setattr(core, "_REL_OPEN", Counted(core._REL_OPEN))
    text = "&".join(f"x{i}=1&utm_source=s{i}" for i in range(3000)) + "\n"
    assert find_urls(text) == [] and searched == []  # no `/`, `.`, `(` or `=/`: no URL can start in any window
    link = "see /docs/?utm_source=a&utm_medium=email&utm_campaign=b"
    assert find_urls(link) == [(4, len(link))] and searched  # where one can, the searches run as before
