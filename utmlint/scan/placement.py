"""Another party's placement, read from the file around a link: a sponsor's, a backer's or an advertiser's link the
repository shows for that party, carrying the tags that party chose (the lead's ruling of session 40: advice to
respell, rename or add one of its values would split the party's reports; the URL as written is still judged).

Three readings, each naming what shows it (for the note), "" when none does:

- third_party_folder: a folder of the file's path says it holds another party's pages or code
  (`for-devs/third-party-docs/Covalent/covalent.mdx`, `third_party/MongoDB/rag_using_mongodb.ipynb`);
- placement_file: the file's path names such a list (`SPONSORS.md`, `docs/data/sponsors.yml`, `_sponsors/rollbar.md`,
  `AsideSponsors.vue`, `BACKERS.md`, `supporters.html.erb`); GitHub's FUNDING.yml is not one (its links are the
  owner's own sponsor button: linkplace.funding_file);
- placement_text: the nearest heading above the link (a Markdown or HTML heading, a line in bold, an HTML comment such
  as `<!-- sponsors -->`, a YAML or JSON key opening a block such as `sponsors:`, to the next key or closing bracket
  indented no deeper), or the link's own line without its
  URLs (`Sponsored by`), says so. It is two halves: the reading of the text (headings_above, own_line: what the text
  says around the link) and the judgement of that reading (placement_said: the words, the invitation test), so the
  corpus judge, which has no file text, applies the same judgement to a reading stored from the file
  (tests/validate_url/placement_rows.py writes tests/data/real-urls-N/placement-rows.tsv with these reading functions;
  validate_url's `placement`).

The words are data: rules/placement-words.txt. Whether the link is the repository's own (its site, a tag set the file
writes on its links to several sites) is the judge's to rule out (scan.judge).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import List, Sequence

# How far above a link its heading is looked for (characters): a sponsor block sits under its heading, a long README's
# heading far above a link is another section's.
REACH = 4000

_HEADING = re.compile(
    r"^[ \t]{0,3}#{1,6}[ \t]+(?P<atx>[^\n]*)$"  # Markdown `## Sponsors`
    # a Markdown or reStructuredText underline (the line's word looked ahead for: `[^\n]*\w[^\n]*` backtracked over a
    # long line for each of its characters)
    r"|^(?P<setext>(?=[^\n]*\w)[^\n]+)\n[ \t]{0,3}(?:=+|-+|~+|\^+)[ \t]*$"
    r"|^[ \t]*(?:\*\*|__)(?P<bold>[^*_\n]+)(?:\*\*|__)[ \t]*:?[ \t]*$"  # a line in bold, `**Sponsors**`
    r"|<h[1-6][^>]*>(?P<html>.*?)</h[1-6]>"  # `<h2>Our sponsors</h2>`
    r"|<(?:b|strong)>(?P<strong>[^<]*)</(?:b|strong)>[ \t]*(?:<br ?/?>|</p>)?[ \t]*$"  # `<p><strong>Sponsors</strong></p>`
    r"|<!--(?P<comment>.*?)-->"  # `<!-- sponsors -->`
    r"|^[ \t]*[\"']?(?P<key>[A-Za-z_][\w -]{0,40})[\"']?[ \t]*[:=][ \t]*[\[{(]?[ \t]*$",  # `sponsors:`, `"sponsors": [`
    re.M | re.S)
# a URL, and any word carrying a query's piece (`rral&utm_campaign=sponsorship`, a link's tail written on the next line):
# the line's words (_WORD, between spaces, quotes and brackets) that are one (_LINKISH), each looked at once
_WORD = re.compile(r"[^\s\"'<>()\[\]]+")
_LINKISH = re.compile(r"(?i)^(?:https?:)?//|utm_|[?&][\w-]+=")
# How much of the link's line is read on each side of it (characters): a sponsor's sentence is short, and a minified
# file's one line holds every link of it (read whole for each link, it made a scan quadratic in the line's length)
_LINE_REACH = 500
_CAMEL = re.compile(r"([a-z])([A-Z])")
# a line asking the reader to sponsor the team (`Sponsor us`, `Become a backer`): the team's own link, not a placement
_INVITATION = re.compile(r"(?i)\b(?:become|be)\s+an?\s+(?:sponsor|backer|supporter)|\bsponsor\s+(?:us|me|this|our|the\s+"
                         r"project|[\w-]+\s+on\s+github)\b|\bsupport\s+(?:us|me|this)\b"
                         # the team thanking its reader (`Thanks for using WidgetKit! Upgrade to ...`): its own link
                         # (review41 M3); `Thanks to X for sponsoring`, `Special thanks go to X` still show a placement
                         r"|\bthanks?\s+(?:you\s+)?for\s+(?:using|reading|installing|trying|choosing|downloading|"
                         r"starring|your|being)\b"
                         # and in the languages placement-words.txt reads a sponsor in (`Станьте спонсором`, `Hazte
                         # patrocinador`, `成为赞助者`, `スポンサーになる`): the team's own link too
                         r"|(?:стать|станьте|стань)\s+спонсор|(?:hazte|hágase|sé|ser|torne-se|seja|tornar-se|"
                         r"conviértete\s+en)\s+(?:um[a]?\s+|una?\s+)?patrocinador|成为赞助|成為贊助|スポンサーになる|"
                         r"스폰서\s*(?:가\s*)?되")


def _words() -> "re.Pattern[str]":
    from ..resources import rule_words

    return rule_words("placement-words.txt")


def _said(words: str) -> str:
    found = _words().search(words)
    return found.group(0).lower() if found else ""


def placement_file(path: str) -> str:
    """The file's path when it names a list of sponsors, backers or supporters (a folder or the file's own name,
    camelCase split: `AsideSponsors.vue`), else ""."""
    if not path:
        return ""
    parts = re.split(r"[/\\]", str(path))
    for part in parts:
        if part.lower() in ("funding.yml", "funding.yaml"):
            return ""
        words = _CAMEL.sub(r"\1 \2", part).replace("_", " ").replace("-", " ")
        if _said(words) or re.search(r"(?i)(?<![a-z])supporters?(?![a-z])", words):
            return part
    return ""


# a folder holding pages or code another party wrote (`third-party-docs/`, `third_party/`, `3rd-party/`): a
# partner's page in a chain's docs with the tags its programme hands out, a vendor's notebook in a cookbook; not a
# folder of the team's own code for them (`ThirdPartySupport/`, `third-party-widgets/`: other words after the name)
_THIRD_PARTY = re.compile(r"(?i)(?:third|3rd)[ _-]?party(?:[ _-]?(?:docs?|content|pages?|guides?))?")


def third_party_folder(path: str) -> str:
    """The folder of the file's path that says it holds another party's content (`third-party-docs`, `third_party`),
    else "": its links to sites not the repository's carry the tags that party chose (the lead's ruling of session 40:
    a partner's page in the docs), whatever tag set it writes on several of its own sites."""
    if not path:
        return ""
    for folder in re.split(r"[/\\]", str(path))[:-1]:
        if _THIRD_PARTY.fullmatch(_CAMEL.sub(r"\1 \2", folder)):
            return folder
    return ""


def headings_above(text: str, start: int) -> List[str]:
    """The nearest heading (or block key, or HTML comment) above `start` within REACH, then the Markdown or HTML
    headings of a higher level above it (`### Gold` under `## Sponsors`): its section's titles, nearest first; a page's
    front matter is no heading (_front_matter). A link in a list that goes on above the reach (a sponsors list of more than ~48 entries, every
    line a list item) is read under the heading within REACH above the list's first line: the list continues its
    section (review42 F7's note)."""
    front_end = _front_matter(text)
    if start < front_end:  # a link in the front matter itself (`sponsors:` as one of its keys): read as any YAML's
        front_end = 0
    notebook = _notebook(text)
    above = text[max(0, start - REACH, front_end):start]
    if notebook:
        above = _cells_text(text, max(0, start - REACH), start)
    line_start = above.rfind("\n") + 1  # the link's own line is not its heading
    lead_in = _lead_in(above, line_start)
    found = _headings(above, line_start)
    if not found and start > REACH and not notebook:
        first = _list_start(text, start)
        if first < start:  # in a list that began above the reach: its heading is the one above its first line
            begin = max(0, first - REACH, front_end)
            above = text[begin:first] + text[text.rfind("\n", 0, start) + 1:start]
            found = _headings(above, first - begin)
            lead_in = lead_in or _lead_in(above, above.rfind("\n") + 1)
    if lead_in:
        return [lead_in, *_titles(found, above)]
    return _titles(found, above)


# a Markdown list's item (`- `, `* `, `1. `), and the sentence that opens the list (`A **huge thank you to our
# sponsors**:`), its last word followed by a colon
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]")
_OPENS_LIST = re.compile(r"(?P<said>[^\n]*\w[^\n]*?)[*_]*:[*_]*[ \t]*")


def _lead_in(above: str, line_start: int) -> str:
    """The sentence that opens the Markdown list whose item holds the link (`A **huge thank you to our sponsors**:`
    above `- [CloudCannon CMS](...)`), its URLs and emphasis left out, or "": the link's line is a list item and the nearest line
    above the list's items (blank lines between them allowed) ends with a colon. A sentence asking the reader to sponsor
    the team (`Become a sponsor:`) opens the team's own links, and is no lead-in here."""
    if not _LIST_ITEM.match(above, line_start):
        return ""
    lines = above[:line_start].split("\n")[:-1]
    for line in reversed(lines[-60:]):
        if not line.strip() or _LIST_ITEM.match(line) or line[:1] in " \t":
            continue  # a blank line, another item, an item's continuation
        said = _OPENS_LIST.fullmatch(line)
        if said is None or _HEADING.match(line) or _INVITATION.search(line):
            return ""
        text = _WORD.sub(lambda word: " " if _LINKISH.search(word.group()) else word.group(), said.group("said"))
        # only its last clause names what the list holds: `Thanks to our sponsors, this release ships three new
        # guides:` opens a list of guides (review43 F8: read whole, the team's own links went unjudged)
        clause = re.split(r"[,;.!?](?:\s|$)", text.rstrip())[-1]
        return " ".join(re.sub(r"[*_]{1,2}", "", clause).split())  # its URLs (and emphasis) left out, as own_line's
    return ""


# A page's YAML front matter (Jekyll, Hugo, Docusaurus, Astro: `---` on the file's first line, to the next `---` or
# `...` line): no heading of the page's links. Its `category: partners` was read as the page's section once (a partner's
# page, SendGrid's docs on Keen: corpus 2 #89) and taken back (review44 F1): a blog's `categories: [partners]` files the
# team's own posts about its partners, its own links held back with them, and one repository was all the evidence.
_FRONT = re.compile(r"\A(?:\ufeff)?---[ \t]*\r?\n(?P<body>.*?)^(?:---|\.\.\.)[ \t]*\r?$", re.M | re.S)
_FRONT_REACH = 5000


@lru_cache(maxsize=4)
def _front_matter(text: str) -> int:
    """Where the front matter ends, or 0 without one: its closing `---` is no underline of a heading (its last key,
    `show: true`, was read as one)."""
    if not text.startswith(("---", "\ufeff---")):
        return 0
    found = _FRONT.match(text[:_FRONT_REACH])
    return 0 if found is None else found.end()


def _titles(found, above: str) -> List[str]:
    """The nearest heading (or block key, or HTML comment) of `found` (headings_above's matches and levels) that still
    holds, then the headings of a higher level above it, nearest first."""
    if not found:
        return []
    name = lambda match: next(value for value in match.groupdict().values() if value is not None).strip()
    while found and found[-1][0].group("key") is not None and _key_closed(found[-1][0], above):
        found.pop()  # `sponsors:`'s block is over (`subscribe_url: ...` below it): the key above it may still hold
    if not found:
        return []
    nearest, level = found[-1]
    if nearest.group("comment") is not None and _closes(nearest.group("comment"), above[:nearest.start()]):
        return []  # `<!--sponsorsend-->`: the block is over, the link is after it (eslint's link definitions)
    out = [name(nearest)]
    for match, this in reversed(found[:-1]):  # a heading without a level (a key, a comment) has no parents
        if 0 < this < level:
            out.append(name(match))
            level = this
    return out


def _headings(above: str, line_start: int) -> list:
    """The headings (with their levels) of above[:line_start], lint directives' comments left out."""
    return [(match, _level(match)) for match in _HEADING.finditer(above, 0, line_start)
            if match.group("comment") is None or not _DIRECTIVE.match(match.group("comment"))]


# A list's item (Markdown `- `, `* `, `+ `, `1.`, a YAML sequence's `- `) or a table's row opens or goes on with a
# list; a YAML item's indented key (`    url: ...` under `  - name: ...`, _ITEM_KEY) and blank lines go on with it; any
# other line ends it (a line of code among them: a file of code is no list)
_LIST_LINE = re.compile(r"[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)|\|)")
_ITEM_KEY = re.compile(r"[ \t]+[\w\"'-]+[ \t]*:(?:[ \t]|$)")
_LISTS: list = [None, (), ()]  # the last text read: its lines' starts and each line's list's first line (or -1)


def _list_start(text: str, start: int) -> int:
    """Where the list holding the link at `start` begins (the offset of its first item's line), or `start` when the
    link's line is in no list. Every line's list is found once per text (the last text asked about is kept): a
    10,000-entry list is read once, not once for each of its links."""
    if _LISTS[0] is not text:
        starts = [0, *(m.end() for m in re.finditer("\n", text))]
        firsts = []
        first = -1
        for at in starts:
            end = text.find("\n", at)
            line = text[at:len(text) if end == -1 else end]
            if not line.strip():
                firsts.append(-1)  # a blank line: the list goes on if an item or its continuation follows
                continue
            if _LIST_LINE.match(line):
                first = at if first == -1 else first
            elif first == -1 or not _ITEM_KEY.match(line):  # an item's key goes on with its list, opens none
                first = -1
            firsts.append(first)
        _LISTS[:] = [text, starts, firsts]
    import bisect

    index = bisect.bisect_right(_LISTS[1], start) - 1
    first = _LISTS[2][index] if 0 <= index < len(_LISTS[2]) else -1
    return start if first == -1 else first


def _notebook(text: str) -> bool:
    """Whether the text is a Jupyter notebook's JSON (nbformat 4 opens with its `cells`)."""
    head = text[:200]
    return head.lstrip()[:1] == "{" and '"cells"' in head


# a line of a notebook cell's `source` array: one JSON string, the cell's line with its `\n`
_CELL_LINE = re.compile(r'[ \t]*"((?:[^"\\\n]|\\.)*)"[ \t]*,?[ \t]*')
_CELL_TYPE = re.compile(r'"cell_type"\s*:\s*"(\w+)"')
_CELL_REACH = 100_000


def _cells_text(text: str, begin: int, start: int) -> str:
    """The lines from `begin` to `start` of a notebook as its Markdown cells read: each line of a Markdown cell's
    `source` array decoded from its JSON string (`"## Sponsors\\n",` is the heading `## Sponsors`), every other line
    (the JSON's keys, `"source": [`, code cells' lines) blank; the link's own line kept as it is. The JSON's keys are
    no headings (the corpus 35 notebooks' links were all "under" `source`), and a sponsors heading in a Markdown cell is
    one (corpus 35's blind note)."""
    import json

    # the cell the window opens in: its `cell_type` above (nbformat writes it first), looked for a bounded way back
    # (a notebook of one huge cell would make the search per link quadratic)
    typed = _CELL_TYPE.match(text, max(0, text.rfind('"cell_type"', max(0, begin - _CELL_REACH), begin)))
    markdown = typed is not None and typed.group(1) == "markdown"
    lines = text[begin:start].split("\n")
    out = []
    for line in lines[:-1]:
        typed = _CELL_TYPE.search(line)
        if typed:
            markdown = typed.group(1) == "markdown"
        cell = _CELL_LINE.fullmatch(line) if markdown else None
        if cell is None:
            out.append("")
            continue
        try:
            out.append(json.loads(f'"{cell.group(1)}"').rstrip("\n"))
        except ValueError:
            out.append("")
    out.append(lines[-1])
    return "\n".join(out)


# an HTML comment that is a tool's directive (`<!-- markdownlint-disable MD033 -->`, `<!-- prettier-ignore-start -->`,
# `<!-- textlint-disable -->`, `<!-- cSpell:disable -->`, `<!-- vale off -->`): it names no section, so the heading
# above it still holds (a sponsors block's directive hid its "## Sponsors": review41 H2)
_DIRECTIVE = re.compile(r"(?i)\s*(?:markdownlint|prettier|eslint|textlint|cspell|vale|remark|alex|mdformat|stylelint|"
                        r"spellchecker|lint|toc|omit|ignore|disable|enable)\b")

# an HTML comment that closes a block (`<!-- END SPONSORS -->`, `<!--/sponsors-->`, `<!-- sponsors-end -->`,
# `<!-- ALL-CONTRIBUTORS-LIST:END -->`)
_CLOSING = re.compile(r"(?i)^\s*(?:/\s*\w|end\b)|[\s:_-]end\s*$")


# a line that ends a key's block when indented no deeper than the key: another key (`subscribe_url: ...`,
# `"subscribe_url": "..."`) or a closing bracket (`],`, `}`)
_ENDS_BLOCK = re.compile(r"[ \t]*(?:[\"']?[A-Za-z_][\w -]{0,40}[\"']?[ \t]*[:=]|[\]})])")


def _key_closed(key: "re.Match[str]", above: str) -> bool:
    """Whether the block a YAML or JSON key opens (`sponsors:`, `"sponsors": [`) ended before the end of `above` (the
    text up to the link): a line after it, indented no deeper than the key, is another key or a closing bracket
    (review41 M7: the team's `subscribe_url:` after a `sponsors:` list was read as under it). Only a block: the key's
    next line indented deeper or a YAML list item (`- name: ...`), or the key ending in a bracket; a label line in prose
    (`Sponsors:` then `Gold: [Acme](...)`) is no block and never closes this way."""
    opening = key.group(0)
    indent = len(opening) - len(opening.lstrip(" \t"))
    block = opening.rstrip().endswith(("[", "{", "("))
    # a bracket the key opens is closed by its own kind only: `"sponsors": [` holding objects written at the key's
    # indentation (`{` ... `},`) ends at its `]`, not at the first object's `}` (review42 F11)
    closer = {"[": "]", "{": "}", "(": ")"}.get(opening.rstrip()[-1:]) if block else None
    for line in above[key.end():].split("\n")[1:]:
        body = line.lstrip(" \t")
        if not body or body.startswith(("#", "//")):
            continue
        deeper = len(line) - len(body) > indent
        if not block and not deeper and not body.startswith("- "):
            return False  # a label line in prose, no block
        block = True
        if not deeper and _ENDS_BLOCK.match(line) and not (closer and body[0] in "]})" and body[0] != closer):
            return True
    return False


def _closes(comment: str, before: str) -> bool:
    """Whether an HTML comment closes a block: an end marker (_CLOSING), or a name glued to `end` (`sponsorsend`)
    whose opening marker (`<!--sponsorsstart-->`, `begin`) is above it (a `<!-- frontend -->` alone opens a
    section)."""
    text = comment.strip()
    if _CLOSING.search(text):
        return True
    glued = re.fullmatch(r"(?i)([\w-]+?)end", text)
    return bool(glued) and re.search(r"(?i)<!--\s*" + re.escape(glued.group(1)) + r"(?:start|begin)\s*-->",
                                     before) is not None


def _level(match: "re.Match[str]") -> int:
    """A heading's level (1-6), 0 for what has none (a YAML key, an HTML comment, a line in bold)."""
    if match.group("atx") is not None:
        return len(match.group(0).lstrip(" \t")) - len(match.group(0).lstrip(" \t").lstrip("#"))
    if match.group("html") is not None:
        return int(match.group(0)[2])
    if match.group("setext") is not None:
        return 1 if match.group(0).rstrip().endswith("=") else 2
    return 0


def heading_above(text: str, start: int) -> str:
    """The text of the nearest heading (or block key, or HTML comment) above `start`, within REACH, or ""."""
    found = headings_above(text, start)
    return found[0] if found else ""


def own_line(text: str, start: int) -> str:
    """The link's line (up to _LINE_REACH characters each side of it), its URLs left out (a utm value `sponsorship` is
    no word of the text), and a mark that names another link of the line left out too (_marks_other). An HTML anchor
    the line opens and does not close is read on to its `</a>` (_anchor_rest): its image's `alt` and its caption on the
    next lines are the link's own words (`<a href="...">` then `<img alt="Requestly sponsorship" ...>`)."""
    begin = max(text.rfind("\n", 0, start) + 1, start - _LINE_REACH)
    end = text.find("\n", start, start + _LINE_REACH)
    line = text[begin:min(len(text), start + _LINE_REACH) if end == -1 else end]
    if end != -1:
        line += _anchor_rest(text, line, start - begin, end)
    if _LINK_MARK.search(line):
        links = [word.span() for word in _WORD.finditer(line) if _LINKISH.search(word.group())]
        line = _LINK_MARK.sub(lambda mark: " " * len(mark.group()) if _marks_other(mark, links, start - begin, line)
                              else mark.group(), line)
    return _WORD.sub(lambda word: _kept_attribute(word.group()) if _LINKISH.search(word.group()) else word.group(),
                     line)


# an attribute whose value is a URL written without quotes (`<a href=https://...?utm_source=x target="_blank">`: the
# RSS-to-README script's line in profile READMEs, corpus 41 #49 #51): one word with its URL, whose attribute stays on
# the line when the URL goes (an `href=` says the URL is a link: scan.examples.html_block_text)
_UNQUOTED_ATTRIBUTE = re.compile(r"(?i)^([a-z][\w:-]*=)(?:https?:)?//")


def _kept_attribute(word: str) -> str:
    """What is left of a word of the line holding a URL (own_line): its unquoted attribute's name (`href=`), or a space."""
    attribute = _UNQUOTED_ATTRIBUTE.match(word)
    return attribute.group(1) if attribute else " "


# How far past its line an anchor's element is read for its `</a>` (characters): a logo's `<img>` and a caption or two
_ANCHOR_REACH = 600
_ANCHOR_OPEN = re.compile(r"(?i)<a\b")
_ANCHOR_CLOSE = re.compile(r"(?i)</a\s*>")


def _anchor_rest(text: str, line: str, at: int, end: int) -> str:
    """The rest of the HTML anchor the link at `at` of its `line` is the `href` of, when the line opens it and does not
    close it: the text from the line's end to its `</a>` (within _ANCHOR_REACH, no other anchor opened before it), its
    lines joined by spaces; else ""."""
    opened = [m.start() for m in _ANCHOR_OPEN.finditer(line, 0, at)]
    if not opened or _ANCHOR_CLOSE.search(line, opened[-1]):
        return ""
    rest = text[end:end + _ANCHOR_REACH]
    close = _ANCHOR_CLOSE.search(rest)
    if close is None or _ANCHOR_OPEN.search(rest, 0, close.start()):
        return ""
    return " " + " ".join(rest[:close.end()].split())


# a newsletter's mark on one link of its line, after it (`[Survey](...) (ad)`): it marks that link only; in its other
# words and languages too (`(promotion)`, `(Anzeige)`, `(publicité)`: rules/placement-words.txt)
_LINK_MARK = re.compile(r"(?i)\((?:ads?|promoted|promotion|anzeige|werbung|publicit[ée]|publicidad|patrocinado)\)")


def _marks_other(mark: "re.Match[str]", links: Sequence[tuple], at: int, line: str = "") -> bool:
    """Whether a mark of one link (`(ad)`, _LINK_MARK) on a link's line marks another link than the one at `at`: the
    link whose text holds it (`[Retool (ad)](...)`) or that it stands right before (`· (ad) [Retool](...)`), else the
    link it follows, or the line's first when none is before it (review41 M5: `(ad)` after an advertiser's link held
    back the newsletter's own link before it on the line; review42 F6: one inside or before its link's text marked
    the link before)."""
    if not links:
        return False
    after = [span for span in links if span[0] >= mark.end()]
    between = line[mark.end():after[0][0]] if after else ""
    if after and ("](" in between and "[" not in between.split("](")[0] or _BEFORE_LINK.match(between)):
        marked = after[0]
    else:
        before = [span for span in links if span[1] <= mark.start()]
        marked = before[-1] if before else links[0]
    return not marked[0] <= at < marked[1]



# How far the link's sentence is read on each side of it (characters), within its paragraph (link_sentence)
_SENTENCE_REACH = 400
# where a paragraph's block ends: a blank line, a line opening another block (a heading, a list item, a quote, a table
# row, an HTML block tag), or an HTML block tag within the line (`<p>`, `<li>`, `<br>`)
_BLOCK_BREAK = re.compile(r"\n[ \t]*\n|\n[ \t]*(?=#{1,6}\s|[-*+]\s|\d{1,3}[.)]\s|>|\||<(?:p|li|ul|ol|div|h[1-6]|td|tr|table|"
                          r"section|dd|dt)\b)|<(?:/?p|/?li|br|/?div|/?h[1-6]|/?td|/?dd|/?dt)\b[^<>\n]{0,200}>", re.I)
# a sentence's end: `.`, `!` or `?` and closing marks before a space (a URL's or a domain's dot is followed by a letter)
_SENTENCE_END = re.compile(r"[.!?]+[\"'’”)\]*_]*(?=\s|$)")


def link_sentence(text: str, start: int) -> str:
    """The sentence of its paragraph the link at `start` stands in (up to _SENTENCE_REACH characters each side of it,
    from the end of the sentence or block before it to the end of its own), its lines joined and its URLs left out as
    own_line leaves them out: the words around a link that name the page it links to, on the line before it as well
    (`Smashing Magazine's piece on changelog design\n([read it]( ))`: scan.citation.sentence_cited)."""
    begin = max(0, start - _SENTENCE_REACH)
    before = text[begin:start]
    cut = 0
    for cut_at in _BLOCK_BREAK.finditer(before):
        cut = cut_at.end()
    for end in _SENTENCE_END.finditer(before, cut):
        cut = end.end()
    word = _WORD.match(text, start)
    after_at = word.end() if word is not None else start
    after = text[after_at:min(len(text), after_at + _SENTENCE_REACH)]
    block = _BLOCK_BREAK.search(after)
    after = after[:block.start()] if block is not None else after
    end = _SENTENCE_END.search(after)
    after = after[:end.end()] if end is not None else after
    sentence = text[begin + cut:after_at] + after
    sentence = _WORD.sub(lambda w: _kept_attribute(w.group()) if _LINKISH.search(w.group()) else w.group(), sentence)
    return " ".join(sentence.split())

# what lies between a mark and the link it stands before: separators, then the link's opening (`[`, `<a `)
_BEFORE_LINK = re.compile(r"[\s·•|:,;\-–—]*(?:\[|<a\b)", re.I)


# a link left on a line read without its URLs (own_line): a Markdown destination emptied, `]( )`, or an attribute's,
# `href=" "`, `href= `
_LINK_LEFT = re.compile(r"\]\(\s*\)|\b(?:href|src)=(?:\"\s*\"|'\s*'|\s)", re.I)


def said_of_a_later_link(line: str, sentence: str) -> bool:
    """Whether the placement words of a link's line (placement_said) are said only in a block of the line after the
    link's own, a block holding a link of its own: the thanks or the sponsorship of that later link, not of this one.
    `line` is own_line's reading, `sentence` link_sentence's (the link's sentence, which ends at the line's block
    break: `<br/>`, `<p>`). corpus 49 #11: Evil Martians' slide `Our awesome blog: [evilmartians.com/chronicles](...)!
    <br/><small>(Special thanks to <a href="...">@hachi8833</a> for translating ≈20 posts ...)</small>`: the thanks are
    the translator's, and the company's own blog link was held back as a partner's tags. Words before the link, or in
    its own block (`Sponsored by<br/>[Acme](...)`, `Sponsors: [A](...) [B](...)`), still show a placement."""
    line, sentence = " ".join(line.split()), " ".join(sentence.split())
    at = line.find(sentence) if sentence else -1
    if at < 0 or placement_said((), sentence):
        return False
    rest = line[at + len(sentence):]
    split = _BLOCK_BREAK.search(rest)
    if split is None:
        return False
    own, later = line[:at + len(sentence)] + rest[:split.start()], rest[split.end():]
    return not placement_said((), own) and bool(placement_said((), later)) and _LINK_LEFT.search(later) is not None


def placement_text(text: str, start: int) -> str:
    """What in the text around the link at `start` shows another party's placement, as said in a note (`the heading
    "Sponsors"`, `its line ("Sponsored by ...")`), or "": the text's reading (headings_above, own_line) judged by
    placement_said."""
    if not text:
        return ""
    return placement_said(headings_above(text, start), own_line(text, start))


# a heading that is a sponsorship tier's name alone (`### Platinum`, `🥇 Gold`, `Silver tier`): the sponsors of that
# tier are listed under it (Mockoon's README, `## Support us!` then `### Platinum`, `### Gold`: corpus 20 #109); only a
# whole heading, never a line's word (`the gold standard`)
_TIER = re.compile(r"(?i)\W*(?:platinum|gold|silver|bronze|diamond)(?:\s+(?:tier|level|plan))?\W*")


def after_a_list(text: str, start: int) -> bool:
    """Whether the link at `start` is in a paragraph of prose that follows a list: its line is no list item nor an
    item's indented line, its paragraph (up to a blank line above, 50 lines at most) holds none, and the first line
    above the blank lines before it is a list's (_LIST_LINE, _ITEM_KEY): the list ended, and this paragraph is
    past it (review41 M9)."""
    line_start = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[line_start:len(text) if end == -1 else end]
    if _LIST_LINE.match(line) or line[:1].isspace():
        return False
    at = line_start
    for _ in range(50):  # up the paragraph to its first line
        if at == 0:
            return False
        above_start = text.rfind("\n", 0, at - 1) + 1
        above = text[above_start:at - 1]
        if not above.strip():
            break
        if _LIST_LINE.match(above) or above[:1].isspace():
            return False  # a list item's lazy continuation, or the list goes on
        at = above_start
    else:
        return False
    for _ in range(10):  # past the blank lines, to the line above them
        if at == 0:
            return False
        above_start = text.rfind("\n", 0, at - 1) + 1
        above = text[above_start:at - 1]
        if above.strip():
            return bool(_LIST_LINE.match(above) or _ITEM_KEY.match(above))
        at = above_start
    return False


def placement_said_line(line: str) -> str:
    """placement_said on a link's own line alone (no heading)."""
    return placement_said((), line)


# a sentence's end followed by another sentence: the text reads as prose, not as a title
_NEXT_SENTENCE = re.compile(r"[.!?][\"')\]]*\s+\S")


def _notes(heading: str) -> bool:
    """Whether a "heading" read above a link is prose, no section's title: two sentences or more over 100 characters, a
    speaker's notes in an HTML comment (Slidev's and Marp's `<!-- ... -->` under a slide: corpus 49 #16, Evil Martians'
    `I'm Sampo ... from Evil Martians ... Thanks to Ruby we have been able to afford ...` above the company's own logo
    link, its `Thanks to` read as a placement). A `<!-- sponsors -->` marker or a `## Thanks to our sponsors` title is
    one short phrase."""
    return len(heading) > 100 and _NEXT_SENTENCE.search(heading) is not None


def placement_said(headings: Sequence[str], line: str) -> str:
    """The judgement half of placement_text, on a reading of the text around a link, wherever it was read (scan on the
    file; the corpus judge on a stored reading, tests/data/real-urls-N/placement-rows.tsv): `headings`, the titles of
    its section, nearest first (headings_above), and `line`, its own line without its URLs (own_line). A heading naming
    a placement (rules/placement-words.txt) shows one; so does the line, unless it asks the reader to sponsor the team
    (`Become a sponsor`: the team's own link). Says what shows it, as a note says it, or ""."""
    for heading in headings:
        if _said(heading) and not _notes(heading):
            return f'the heading "{heading[:60]}"'
    # a tier's name (`### Gold`) names no placement itself: a heading above it that does is said first
    for heading in headings:
        if _TIER.fullmatch(heading):
            return f'the heading "{heading[:60]}"'
    line = " ".join(line.split())
    if line and _said(line) and not _INVITATION.search(line):
        return f'its line ("{line[:60]}")'
    return ""
