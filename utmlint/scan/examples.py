"""Links a document shows as examples, never followed by a visitor, told by the text around them: an example path in a
changelog's prose, a UI preview's sample data, inline code and a guide's code block, a relative path a Markdown doc
names as text or in a table cell (not a link between the site's pages), the input a program's documentation feeds
its code, a visit's id shown to be read, a guide's counter-example (`❌ Don't: https://...`). scan.illustrations reads
the link and the file instead (a host reserved for examples, one address spelled twice, a guide's pattern filled in)."""

from __future__ import annotations

import bisect
import re
from typing import Dict, List, Optional, Tuple


# A project's changelog or release notes, by name (`CHANGELOG.md`, `docs/changelog.json`, `HISTORY.rst`,
# `RELEASE_NOTES.md`, `releases.md`, `NEWS.md`) or folder (`changelog/2024-05.md`, `release-notes/v2.md`)
_CHANGELOG = re.compile(r"(?:^|/)(?:(?:change[-_ ]?log|changes|history|news|releases?(?:[-_ ]?notes)?)(?:\.[^/]*)?"
                        r"|(?:change[-_ ]?logs?|release[-_ ]?notes)/[^/]*)$", re.IGNORECASE)
# Where a changelog's prose is written: Markdown, reST, text and data files (in code, a backtick opens a JS template
# literal: a live link)
_PROSE = frozenset({"markdown", "rest", "plain", "data"})


def changelog_example(path: str, text: str, start: int, end: int, url: str) -> bool:
    """Whether the link at text[start:end] is an example path in a changelog's prose: a relative URL (`/x?...`,
    `?...`) quoted as code (`` `/snowboards?utm_campaign=buffer` ``) in a changelog or release notes. Such an entry
    tells what a release changed (Shopify/hydrogen `docs/changelog.json`: "a redirect from `/snowboards` ... will now
    match on the URL `/snowboards?utm_campaign=buffer`", corpus 10 #295 #297): the path is read, never followed, as a
    code comment's link is, so no advice is given on its tags (removing them as internal would rewrite history).
    A full URL there, or a relative one written as a link, is still a link."""
    if not (url.startswith("?") or url.startswith("/") and not url.startswith("//")):
        return False
    if start == 0 or text[start - 1] != "`" or end >= len(text) or text[end] != "`":
        return False
    from . import family_of

    path = path.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if "." in name and family_of(name[name.rfind("."):]) not in _PROSE:
        return False  # code or markup (a bare `CHANGES` is text)
    return _CHANGELOG.search(path) is not None


# Words saying the link quoted right after them is gone (review43 F10): `no longer sends`, `used to link`, `stopped
# adding`, `removed`, `replaced`, `dropped`, `deleted`, `instead of`, `previously`, `formerly`, `old`; the verb after
# `no longer`, `used to` and `stopped` is part of the phrase
_GONE_QUOTE = re.compile(r"\b(?:no\s+longer(?:\s+\w+)?|used\s+to(?:\s+\w+)?|stop(?:s|ped)(?:\s+\w+)?|removed?|replaced?|"
                         r"dropped|deleted|instead\s+of|previously|formerly|old)\b", re.IGNORECASE)
# Between that phrase and the quote: a few words (`the welcome e-mail from the utm_content of`), no punctuation ending
# the clause (`Removed the legacy page; send users to`, `Dropped Node 14. Upgrade guide:`) and no word naming the
# link written now or where it goes (`and`, `now`, `with`, `instead`, `use`, `see`, `links`, `send ... to`, review44 F6)
_GAP_WORD = re.compile(r"[\w-]+")
_GAP_BREAK = re.compile(r"[.;:!?,()\[\]<>{}|=]|->|\u2192|\b(?:and|but|so|then|now|new|with|becomes?|into|instead|use[sd]?|"
                        r"using|see|links?|linking|guide|sends?|to|points?|goes|go|visit|here|below|above|is|are|was|"
                        r"were)\b", re.IGNORECASE)
_GAP_WORDS = 6


def changelog_history(path: str, text: str, start: int, end: int) -> bool:
    """Whether the link at text[start:end] is a changelog entry's quote of a link that is gone: quoted as code in a
    changelog or release notes (as changelog_example), the object of words saying it is gone, right before it ("Fixed:
    the welcome e-mail no longer sends `https://...&utm_content={{first_name}}`", "Removed the e-mail from the
    utm_content of `...`", "instead of `...`": review43 F10). The entry is history: no one follows the quoted link,
    and the leak or the mistake it tells of is fixed, so nothing is said about it. A gone-word earlier in the line
    that governs something else is no such phrase (review44 F6, the reading taken back at session 44: "Removed the
    legacy signup page; send users to `...` instead", "Dropped Node 14 support. Upgrade guide: `...`", "The old CLI
    banner is gone; the welcome e-mail links `...`" are today's links, a live leak among them): between the phrase
    and the quote at most a few words, no punctuation closing the clause, no other quote, and no word naming today's
    link (`and`, `now`, `with`, `use`, `see`, `links`, `to`, `is`: "Replaced `A` with `B`" tells `B`). A link
    written as a link (`[Premium](https://...)`) is still a link."""
    if start == 0 or text[start - 1] != "`" or end >= len(text) or text[end] != "`":
        return False
    path = path.replace("\\", "/")
    name = path.rsplit("/", 1)[-1]
    if _CHANGELOG.search(path) is None:
        return False
    from . import family_of

    if "." in name and family_of(name[name.rfind("."):]) not in _PROSE:
        return False
    before = text[max(text.rfind("\n", 0, start) + 1, start - 300):start - 1]
    gone = None
    for gone in _GONE_QUOTE.finditer(before):  # the phrase nearest the quote
        pass
    if gone is None:
        return False
    gap = before[gone.end():]
    return "`" not in gap and len(_GAP_WORD.findall(gap)) <= _GAP_WORDS and _GAP_BREAK.search(gap) is None


# A UI preview's marker: Jetpack Compose's `@Preview` and the multipreview annotations named for it
# (`@PreviewLightDark`, `@LightDarkThemePreviews`), SwiftUI's `#Preview` macro and its `PreviewProvider`.
# A PreviewProvider counts only as a Swift type's conformance in its own header, never a comment's or another
# language's word for it (stranger15 R1: `// TODO: add a PreviewProvider` took the next real view for sample data).
_PREVIEW = re.compile(r"^[ \t]*(?:@\w*Previews?\b|#Preview\b"
                      r"|(?:[\w@]+[ \t]+)*(?:struct|class|enum|extension)[ \t]+\w+[ \t]*:[^{}\n/]*\bPreviewProvider\b)",
                      re.MULTILINE)
PREVIEW_SUFFIXES = (".kt", ".kts", ".swift")
# What may stand between a preview annotation and the function it annotates: other annotations (`@Composable`,
# `@Preview(...)` again), modifiers; then `fun`/`func`, its name and parameters, a return type, and `{` or `=`.
_ANNOTATION = re.compile(r"\s*@[\w.]+")
_FUNCTION = re.compile(r"\s*(?:(?:private|internal|public|protected|fileprivate|static|override|inline|suspend|open|final)"
                       r"\s+)*(?:fun|func)\s+(?:<[^<>(){}]*>\s*)?[\w`]+\s*(?=\()")
_RETURNS = re.compile(r"\s*(?:(?::|->)\s*[\w.<>?, ]+?)?\s*([{=])")
_CALLEE = re.compile(r"\s*[\w.]+(?:<[^<>(){}]*>)?\s*")
# A type adopting PreviewProvider: the rest of its header, then its body
_HEADER_REST = re.compile(r"[\w \t,.<>&:]*?(?:\n[ \t]*)?\{")
# The tokens a bracket's match skips: strings (Kotlin's and Swift's triple-quoted, one-line ones), character literals
# and comments, so a `{` in sample text (`"{unclosed"`) opens nothing.
_BRACKET = re.compile(r'"""|"|\'(?:\\.|[^\'\\\n])\'|//[^\n]*|/\*[\s\S]*?(?:\*/|\Z)|[(){}]')
_STRING_REST = re.compile(r'(?:\\.|[^"\\\n])*"')


def _closing(text: str, at: int) -> int:
    """The offset after the bracket matching the `(` or `{` at text[at], or -1 when none closes it."""
    depth, pos = 0, at
    while True:
        token = _BRACKET.search(text, pos)
        if token is None:
            return -1
        pos, kind = token.end(), token.group()
        if kind == '"""':
            closed = text.find('"""', pos)
            if closed < 0:
                return -1
            pos = closed + 3
        elif kind == '"':
            rest = _STRING_REST.match(text, pos)
            pos = rest.end() if rest else pos
        elif kind in "({":
            depth += 1
        elif kind in ")}":
            depth -= 1
            if depth == 0:
                return pos


def _body_end(text: str, at: int) -> int:
    """Where the body opened at text[at] ends: its matching `}`, or the text's end when none closes it (the lines of
    a preview kept for the corpus judge stop inside it)."""
    end = _closing(text, at)
    return len(text) if end < 0 else end


def _spaces(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


def _skip(text: str, at: int, opener: str) -> int:
    """`at` moved past spaces and, when `opener` stands next, past its balanced brackets (-1: never closed)."""
    at = _spaces(text, at)
    return _closing(text, at) if text.startswith(opener, at) else at


def _preview_body(text: str, marker: "re.Match[str]", suffix: str,
                  walked: Dict[int, Optional[Tuple[int, int]]]) -> Optional[Tuple[int, int]]:
    """The span of the declaration `marker` annotates: a `#Preview { }`'s closure, a PreviewProvider's type body, the
    body of the function under `@Preview` (its `{ }`, or its `= Call(...) { }` expression). None when the marker
    annotates no function with a body of its own (a multipreview `annotation class`, a property): what follows is the
    team's real code, judged as ever (stranger14 R14)."""
    found = marker.group().strip()
    if found.endswith("PreviewProvider"):
        if suffix != ".swift":
            return None
        header = _HEADER_REST.match(text, marker.end())
        if header is None:
            return None
        return header.end() - 1, _body_end(text, header.end() - 1)
    at = _skip(text, marker.end(), "(")  # the marker's own arguments
    if at < 0:
        return None
    if found == "#Preview":
        at = _spaces(text, at)
        return (at, _body_end(text, at)) if text.startswith("{", at) else None
    # From here on the span depends on `at` alone, and each marker of a stack (`@Preview @PreviewLightDark @Composable`)
    # walks through the positions of those after it: each position is walked once per file (`walked`), so a file of
    # thousands of stacked annotations costs one pass, not one per pair (a pull request's 180 KB took 94 s).
    visited = []
    while at not in walked:  # further annotations: `@Composable`, another `@Preview(...)`
        visited.append(at)
        annotation = _ANNOTATION.match(text, at)
        if annotation is None:
            span = _annotated_function(text, at)
            break
        at = _skip(text, annotation.end(), "(")
        if at < 0:
            span = None
            break
    else:
        span = walked[at]
    walked.update(dict.fromkeys(visited, span))
    return span


def _annotated_function(text: str, at: int) -> Optional[Tuple[int, int]]:
    """The body of the preview function that starts at text[at:] after its annotations (_preview_body), or None."""
    function = _FUNCTION.match(text, at)
    # a preview by its own shape: named for one (`AboutPreview`, `PreviewEmptyScreen`) or private to the file; a public
    # screen the team annotated itself is the screen a user taps, judged (stranger15 R2)
    if function is None or not ("preview" in function.group().rpartition(" ")[2].lower()
                                or re.search(r"\bprivate\b", function.group())):
        return None
    at = _closing(text, function.end())  # its parameters
    returns = _RETURNS.match(text, at) if at > 0 else None
    if returns is None:
        return None
    body = returns.start(1)
    if returns.group(1) == "{":
        return body, _body_end(text, body)
    callee = _CALLEE.match(text, returns.end())  # `= Screen(sample = true)`, `= Theme { ... }`
    if callee is None:
        return None
    end = _skip(text, callee.end(), "(")
    if end < 0:
        return None
    lambda_at = _spaces(text, end)  # a trailing lambda, on the call's line
    if text.startswith("{", lambda_at) and "\n" not in text[end:lambda_at]:
        end = _body_end(text, lambda_at)
    return body, end


_regions_of: Tuple[str, str, List[Tuple[int, int]]] = ("", "", [])


def _preview_regions(text: str, suffix: str) -> List[Tuple[int, int]]:
    """The spans of every preview's body in `text` (remembered for the last text: each link of a file asks)."""
    global _regions_of
    if _regions_of[0] is not text or _regions_of[1] != suffix:
        walked: Dict[int, Optional[Tuple[int, int]]] = {}
        spans = [body for body in (_preview_body(text, m, suffix, walked) for m in _PREVIEW.finditer(text))
                 if body is not None] if "Preview" in text else []
        _regions_of = (text, suffix, spans)
    return _regions_of[2]


def preview_sample(text: str, suffix: str, start: int) -> bool:
    """Whether the link at text[start:] is inside the body of a UI preview in Kotlin or Swift (the function under
    `@Preview` or an annotation named for it, a `#Preview { }`, a `PreviewProvider`): sample data the IDE renders
    while the screen is designed, a link no user follows (woocommerce-android's `PreviewEmptyAdDestinationParameters
    Screen` fills its form with `?utm_source=woocommerce&utm_medium=android`, corpus 7 #138), so no advice is given on
    its tags, as for a code comment's link. The body is the annotated declaration's own, to its matching bracket; a
    marker with no body of its own (an expression body's call is one; a multipreview `annotation class` has none)
    covers nothing, and a link after the body (the screen's own code) is judged as ever."""
    if suffix not in PREVIEW_SUFFIXES:
        return False
    return any(opened <= start < closed for opened, closed in _preview_regions(text, suffix))


def inline_code_example(path: str, text: str, start: int, end: int) -> bool:
    """Whether the link at text[start:end] is quoted as inline code in Markdown prose (`` `https://x.com/?...` ``)
    or as an inline literal in reStructuredText (````https://x.com/?...````; a single backtick there is interpreted
    text, `` `https://...`_ `` a link): a guide shows it to be read (often as the wrong way: stranger10 R16,
    "Inline: `https://...` is wrong."), no visitor follows it. It is judged and reported as any link is, but no fix
    is offered: `scan --fix` rewriting the example would rewrite what the guide says (a fenced block and an HTML
    comment are not read at all)."""
    if start == 0 or text[start - 1] != "`" or end >= len(text) or text[end] != "`":
        return False
    from . import family_of

    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    family = family_of(name[name.rfind("."):]) if "." in name else None
    if family == "rest":
        return text[start - 2:start] == "``" and text[end:end + 2] == "``"
    return family == "markdown"


# A template's slot written in capitals (`utm_source=SOURCE`, `YOUR_HANDLE`, `post-SLUG` aside: checks.values._slot):
# the word naming what whoever copies the example writes there. A value wholly in capitals that names a utm key's part
# (SOURCE, MEDIUM, CAMPAIGN, CONTENT, TERM), a slot's noun (checks.values._SLOT_WORDS: NAME, HANDLE, SLUG...), or
# starts with YOUR/MY; a team's own capitals (`NEWSLETTER`, `SPRING_SALE`) name none of them.
_CAPITALS_VALUE = re.compile(r"[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*")
_KEY_PARTS = frozenset({"SOURCE", "MEDIUM", "CAMPAIGN", "CONTENT", "TERM"})


def template_slots(url: str) -> List[int]:
    """Where (offsets into `url`) the values of its utm keys that are a template's slot in capitals start: in a
    guide's example (inline code, an indented block: inline_code_example, code_block_example) the slot is the
    template's, and no value advice is said on it (`Paste this into your bio: `...?utm_source=SOURCE&utm_medium=
    social``: value-case told it to "write `source`", review42 F9); the filled values beside it are still judged."""
    from ..checks.tracking.fields import query_fields
    from ..checks.values import _SLOT_WORDS

    slots = []
    for field in query_fields(url):
        value = field.value
        if not field.name.strip().lower().startswith("utm_") or not _CAPITALS_VALUE.fullmatch(value):
            continue
        words = re.split(r"[_-]", value)
        if words[0] in ("YOUR", "MY") or any(w in _KEY_PARTS or w in _SLOT_WORDS for w in words):
            slots.append(field.value_start)
    return slots


# The rules whose advice is on a value (its spelling, its channel, its campaign's naming), not on the URL's shape
VALUE_ADVICE = re.compile(r"UTM1(?!01)\d\d|UTM2\d\d|UTM6\d\d")


# Where a Markdown doc names a relative path as text (named_path): the whole text of a table cell (a campaign doc's
# list of ad destinations, `| Hero | `/?utm_source=...` |`), or inline code in running text (a guide's sample request,
# `Requests such as `/blog?utm_medium=social` are cached`)
NAMED_IN_CELL = "cell"
NAMED_IN_PROSE = "prose"
# or running text of a file about the team's own campaigns or ads (linkplace.link_place "campaign": `docs/
# MARKETING_GOOGLE_ADS_REDDIT.md`'s "Landing page: ... (or a dedicated `/?utm_source=google` for tracking)", corpus 26
# #44): the destination its campaign's links go to, as a table cell's in such a doc is, not a sample request
NAMED_IN_PLAN = "plan"


def named_path(path: str, text: str, start: int, end: int, url: str) -> str:
    """Whether the relative link at text[start:end] is a path a Markdown doc names as text, and where: the whole text
    of a table cell, bare or as inline code (NAMED_IN_CELL: `| Hero | `/?utm_segment=vet&utm_campaign=...` |`,
    `| /themes?utm_source=... |`), or text in running text, inline code or a bare path (NAMED_IN_PROSE: a list item's,
    a sentence's, a spec's `→ /product/x?utm_source=email...` line); "" when it is a link's destination. Rendered, it is text, not a link a visitor clicks from one of the site's pages to another (no
    Markdown renderer makes a relative path a link unless it is a link's destination: `[..](/x)`, `[id]: /x`,
    `href="/x"`): a campaign doc's ad destinations (Piulres/sistema-bibi's "Destino | URL base" table, corpus 25 #50
    #51 #53 #56), a product spec's e-mail footer link named by its path (corpus 24 #56), a sample request in a guide
    (corpus 19 #58); in running text of a campaign doc (NAMED_IN_PLAN: link_place "campaign"), its ads' landing page
    (corpus 26 #44), and so in a section about an e-mail the team sends (email_section: the e-mail's link, specified).
    scan does not call it an internal link (utm-internal-link); the URL rules judge it as written,
    and a table cell's, a list of the destinations a campaign's links go to, has its values judged as a campaign's
    (a sentence's is a sample request, a pattern: only the URL rules; so is a cell of a table demonstrating a
    program's input and output, demonstrated_example)."""
    from ..checks.tracking.fields import relative_path
    from . import family_of

    if not relative_path(url):
        return ""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if "." not in name or family_of(name[name.rfind("."):]) != "markdown":
        return ""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    close = text.find("`", end, line_end)  # the code span's end, past an elision the URL stops before (`utm_source=...`)
    code = start > 0 and text[start - 1] == "`" and close != -1 and not any(c.isspace() for c in text[end:close])
    span_start, span_end = (start - 1, close + 1) if code else (start, end)  # the code span, backticks and all
    if text[line_start:span_start].lstrip().startswith("|"):
        before, after = text[line_start:span_start], text[span_end:line_end]
        if "|" in after and not before.rsplit("|", 1)[-1].strip() and not after.split("|", 1)[0].strip():
            # a table of a program's input beside its output (demonstrated_example) is the program's data, as a
            # sentence's sample request is: no destination list
            return NAMED_IN_PROSE if demonstrated_example(path, text, start, end) else NAMED_IN_CELL
    # a bare path in running text (a spec's `→ /product/x?utm_source=email...`, corpus 26 #75) is text as inline code
    # is: only a link's destination is rendered as a link
    linked = _LINK_DESTINATION.search(text, max(line_start, start - 300), start)  # 300 back: each link pays alike
    if linked and not code:
        return ""
    from ..linkplace import link_place

    return NAMED_IN_PLAN if link_place(path) == "campaign" or email_section(text, start) else NAMED_IN_PROSE


def email_section(text: str, start: int) -> bool:
    """Whether the Markdown section holding text[start] is about an e-mail the team sends and the line specifies one of
    its links: one of the section's titles (scan.placement.headings_above: its heading or lead-in and the headings
    above it) names an e-mail (`### Email content`, `## Welcome email`, `### Weekly digest`, `## Newsletter footer`:
    linkplace's e-mail words), and the line names the link's role (a CTA, a button, `linking to`, a footer link:
    _SPECIFIED_LINK) without illustrating a transformation (`becomes`, `for example`: _ILLUSTRATED). A path such a section names in its running text is the
    e-mail's link, specified (Steadii's handoff note: `3. **CTA** — ... linking to `/app/activity?utm_source=
    weekly_digest``, corpus 45 #72; the stock newsletter's GA4 spec naming its footer link, corpus 24 #56): clicked from
    a mail client, its values judged as a campaign's (NAMED_IN_PLAN), never a sample request's."""
    from ..linkplace import APP_MAIL_PLACE, EMAIL_PLACE
    from .placement import headings_above

    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:len(text) if line_end == -1 else line_end]
    if not _SPECIFIED_LINK.search(line) or _ILLUSTRATED.search(line):
        return False
    words = set(re.findall(r"[a-z]+", " ".join(headings_above(text, start)).lower()))
    return bool(words & (EMAIL_PLACE | APP_MAIL_PLACE))


# The words of a line that specifies one of an e-mail's links (`**CTA** — ... linking to `/app/activity?...``, `Footer
# link: `/themes?...``): a title alone naming an e-mail is not enough, an e-mail library's README shows how it joins
# paths under `## Email templates` (review46 F16); and an illustration's line (`/x?utm_source=y` becomes
# `https://...`, `for example`, `e.g.`) is a sample, never the team's link
_SPECIFIED_LINK = re.compile(r"(?i)\bcta\b|call[ -]to[ -]action|\blinking to\b|\blinks to\b|\bfooter link|\bbutton\b")
_ILLUSTRATED = re.compile(r"(?i)\bbecomes\b|\bfor example\b|\be\.g\.|\bsuch as\b|\bturns into\b")


# What comes right before a relative URL that Markdown renders as a link: an inline link's `](` (or `](<`), a reference
# definition's `[id]:`, an HTML attribute holding a URL (`href="`, `src=`)
_LINK_DESTINATION = re.compile(r"(?:\]\(<?\s*|^ {0,3}\[[^\]\n]+\]:[ \t]*<?|\b(?:href|src|action|srcset|poster|data-[\w-]+)"
                               r"\s*=\s*[\"']?)\Z", re.IGNORECASE | re.MULTILINE)


# A table's header naming what a program does with the row (`| Input | Output |`, `| URL | Returns |`)
_DEMO_HEADER = re.compile(r"\b(?:input|output|returns?|result|parsed|normali[sz]ed|cleaned|stripped|gives)\b",
                          re.IGNORECASE)
_CODE_CELL = re.compile(r"`[^`]*[{}()\[\]][^`]*`")  # an inline code cell holding a value a program prints


def demonstrated_example(path: str, text: str, start: int, end: int) -> bool:
    """Whether the link at text[start:end], in Markdown prose, is what a program's documentation feeds its code
    (stranger16 R11: a URL parser's README): a string literal inside inline code (`` `parseUtm("https://...")` ``), or
    a table row's cell beside the program's output (a cell of inline code holding `{`, `(` or `[`, or a table whose
    header says Input/Output/Returns). Its values are the code's input, demonstrated as written, as in a fenced
    block; a guide's convention in bare inline code (`` `https://...` ``) or a table of links is the team's."""
    from . import family_of

    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if family_of(name[name.rfind("."):] if "." in name else "") != "markdown":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    before = text[line_start:start]
    if before[-1:] in ("\"", "'") and before.count("`") % 2 == 1:
        return True  # a string literal inside an inline code span: a call's argument
    line = text[line_start:line_end].strip()
    if not line.startswith("|"):
        return False
    cells = line.strip("|").split("|")
    if any(_CODE_CELL.search(c) for c in cells if text[start:end] not in c):
        return True
    return bool(_DEMO_HEADER.search(_table_header(text, line_start)))


def _table_header(text: str, line_start: int) -> str:
    """The first row of the Markdown table whose row starts at `line_start` ("" when that row is the first), walked
    up once per file for all its rows (_LinesAbove: named_path asks it of every table cell naming a path)."""
    at, rows = _lines_above(text).first(line_start, _table_row)  # the first line above that is no table row
    if at < 0:  # the table starts the text
        return text[:text.find("\n")] if line_start else ""
    if rows <= 1:
        return ""
    first = text.find("\n", at) + 1
    return text[first:text.find("\n", first)]


_LIST_ITEM = re.compile(r"\s*(?:[-*+]|\d+[.)])\s")


def code_block_example(path: str, text: str, start: int) -> bool:
    """Whether the link at `start` is inside a code block a guide shows (stranger11 R14): a Markdown indented code block
    (four spaces or a tab, after a blank line, not a list item's continuation) or a reStructuredText literal block
    (the indented lines after a paragraph ending in `::` or a `.. code-block::` directive). As for an inline literal
    (inline_code_example), it is judged and reported, and no fix is offered: the guide's example is the guide's text."""
    from . import family_of

    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    family = family_of(name[name.rfind("."):]) if "." in name else None
    if family not in ("markdown", "rest"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:text.find("\n", start) if text.find("\n", start) != -1 else len(text)]
    if not line[:1].isspace():
        return False
    # the lines above, walked up once per file for all its links (_LinesAbove: a list of thousands of indented links
    # split the whole text above each of them)
    above = _lines_above(text)
    if family == "markdown":
        if not (line.startswith("    ") or line.startswith("\t")):
            return False
        index, _ = above.first(line_start, _indented)  # the block's own lines above
        if index >= 0 and above.line(index).strip():
            return False  # right after a paragraph's line: a lazy continuation, no code block
        if index >= 0:
            index, _ = above.first(index, _blank)
        return index < 0 or not _LIST_ITEM.match(above.line(index))
    index, _ = above.first(line_start, _blank_or_indented)  # blank and indented lines: a directive's options among them
    if index < 0:
        return False
    opener = above.line(index).strip()
    if opener.startswith(".."):  # a directive: a code block's (not `parsed-literal`, whose links are links)
        from .rest import REST_CODE

        return bool(REST_CODE.match(opener))
    return opener.endswith("::")  # a paragraph ending in `::`: the indented block after it is literal


# A visit's id a link carries with no utm tag beside it (scan.core.VISIT_ID: `?gclid=`, `?fbclid=`, `?srsltid=`), and
# its value as written.
_VISIT_ID_FIELD = re.compile(r"[?&;]((?:g|d|fb|tt|tw|y)clid|msclkid|[gw]braid|srsltid|igsh(?:id)?|mc_eid)=([^&#]*)",
                             re.IGNORECASE)
# A sample's words in a short value (`IwAR0test`, `abc123`, `EXAMPLE`): a real id is random letters and digits
_SAMPLE_WORD = re.compile(r"test|example|sample|demo|dummy|fake|placeholder|your|abc|xyz|123|foo|bar", re.IGNORECASE)
# A constant's name standing for the value (`GCLID_VALUE`, `CLICK_ID`): capital words joined by `_`
_CONSTANT_NAME = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+")


def _sample_id(value: str, key: str = "") -> bool:
    """Whether an id's value is a sample's, not one visit's: short (fewer than 8 characters: `AfmBOoq`), one repeated
    letter (`XXXX`, `xxxxxxxxxx`), a template's slot (`{gclid}`, `<GCLID>`, `%GCLID%`, `*|UNIQID|*`), a short value
    with a sample's word in it (`IwAR0test`, `abc123`), a constant's name (capital words joined by `_`: `CLICK_ID`,
    `GCLID_VALUE`), or a value naming its own key (`GCLID_VALUE`, `my-fbclid`: a doc's slot, stranger16 R9). A copied id
    is long and random, its letters of both cases or none (a gclid 90 characters or so, an srsltid 50, an fbclid 60, an
    msclkid 32 hex digits, Mailchimp's `mc_eid` 10)."""
    value = re.sub(r"%[0-9A-Fa-f]{2}", "=", value.strip())  # an encoded `==` (igshid's base64 padding) is the id's
    if len(value) < 8 or len(set(value.lower())) <= 2 or re.search(r"[^A-Za-z0-9_.=~-]", value):
        return True
    if _CONSTANT_NAME.fullmatch(value) or key and key.lower() in value.lower():
        return True
    return len(value) < 20 and _SAMPLE_WORD.search(value) is not None


def visit_id_shown(path: str, text: str, start: int, end: int, url: str) -> bool:
    """Whether a link that carries a visit's id and no utm tag (`https://shop.io/x?gclid=...`) is shown to be read, not
    a visit copied along with its link (stranger16 R9): a team's analytics doc or code explaining what auto-tagging
    lands on, a redirect's test URL. It is so in inline code or a guide's code block (inline_code_example,
    code_block_example), when its id's value is a sample's (_sample_id: `AfmBOoq`, `IwAR0test`, `{gclid}`), or when its
    paragraph names the id's key in its prose (`do not strip \\`gclid\\` in redirects`: a doc about the id). A link
    pasted with a real id (`[shop](https://www.maxon.net/x?srsltid=AfmBOo...)` with its 50 random characters, in prose
    that names no id) is a copy, told by copied-tracking. Code's links (linkplace "code") are the caller's to skip."""
    ids = _VISIT_ID_FIELD.findall(url)
    if not ids or inline_code_example(path, text, start, end) or code_block_example(path, text, start):
        return bool(ids)
    if any(_sample_id(value, key) for key, value in ids):
        return True
    # the paragraph around the link (up to 6 lines each side, to a blank line), the link itself left out
    lines_before = text[max(0, start - 2000):start].split("\n")
    lines_after = text[end:end + 2000].split("\n")
    before: List[str] = []
    for line in reversed(lines_before[-7:]):
        if before and not line.strip():
            break
        before.append(line)
    after: List[str] = []
    for line in lines_after[:7]:
        if after and not line.strip():
            break
        after.append(line)
    around = "\n".join(before) + " " + "\n".join(after)
    # the key as a word of prose (`gclid`, "the gclid"), not another link's query key (`?gclid=`, `&fbclid=`)
    return any(re.search(rf"(?<![A-Za-z0-9_?&;/=.%]){re.escape(key)}(?![A-Za-z0-9_=])", around, re.IGNORECASE)
               for key, _ in ids)


# A guide's counter-example: a link shown as the wrong form, marked so on its line (`❌ Don't: https://...`, `**Bad:**`,
# `Wrong: ...`) or written in a table's column headed so (`| Wrong | Right |`). Its mistakes are the lesson (stranger16
# R18: a tagging guide's "❌ Don't" line got value-case three times, and the safe --fix turned it into the "Do" line,
# its lesson gone): it is no link of the team's, and nothing is said about it, on any host. The mark that counts is the
# last one before the link in its table cell or line (`❌ Facebook → ✅ https://...facebook` is the right form); a word
# counts only as a label (`Don't:`, `**Wrong** -`, `Bad example:`), never inside a sentence or a value (`Bad weather
# promo: https://...`, `utm_campaign=Bad_Weather`, a heading's "What not to do" are not marks).
_WRONG_MARK = "❌✗✘🚫⛔👎"
_RIGHT_MARK = "✅✓✔👍"
_LABEL_WORDS = r"(?:don['’]?t|do\s+not|never|wrong|bad|incorrect|avoid|not\s+this|instead\s+of)"
_RIGHT_WORDS = r"(?:do|right|good|correct|better|instead|use|yes)"
# A label: at the start of the line, list item, quote or cell (after emphasis and marks), the word(s), then an
# optional `example`/`way`/`form`, emphasis, and `:`, a dash or an arrow.
_LABEL_HEAD = r"(?:^|\|)\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)])\s+)?[*_~\s" + _WRONG_MARK + _RIGHT_MARK + r"]*"
_LABEL_TAIL = r"(?:\s+(?:example|way|form|link|url|tagging))?[*_~\s]*(?::|\s[-–—]|\s*→|\s*->)"
_WRONG_LABEL = re.compile(_LABEL_HEAD + _LABEL_WORDS + _LABEL_TAIL, re.IGNORECASE)
_RIGHT_LABEL = re.compile(_LABEL_HEAD + _RIGHT_WORDS + _LABEL_TAIL, re.IGNORECASE)
_WRONG_HEADER = re.compile(r"\W*" + _LABEL_WORDS + r"(?:\s+(?:example|way|form|link|url|tagging)s?)?\W*\Z",
                           re.IGNORECASE)
_MARKED = re.compile("[" + _WRONG_MARK + _RIGHT_MARK + "]")


def counter_example(text: str, start: int) -> bool:
    """Whether the link at `start` is a guide's counter-example (_WRONG_MARK, _WRONG_LABEL, a table column headed
    _WRONG_HEADER)."""
    line_start = text.rfind("\n", 0, start) + 1
    prefix = text[line_start:start]
    in_table = prefix.lstrip().startswith("|")
    cell = prefix[prefix.rfind("|"):] if in_table else prefix
    marks = _MARKED.findall(cell)
    if marks:
        return marks[-1] in _WRONG_MARK
    if _struck(text, line_start, start, len(prefix) - len(cell), in_table):
        return True
    wrong = [m.end() for m in _WRONG_LABEL.finditer(cell)]
    if wrong:
        right = [m.end() for m in _RIGHT_LABEL.finditer(cell)]
        return not right or max(wrong) > max(right)
    return in_table and _wrong_column(text, line_start, prefix.count("|"))


_STRIKE_TAG = re.compile(r"<(/)?(del|s|strike)>", re.IGNORECASE)
_BACKTICKS = re.compile(r"`+")


def _code_spans_blanked(line: str) -> str:
    """`line` with its Markdown code spans blanked (spaces, lengths kept): a run of backticks to the next run of the
    same length (CommonMark's code span; a run with no such match is literal). A `~~` or `<del>` shown as code
    (`` `~~` `` in a guide on the syntax) strikes nothing (review42 F8). Linear: each run's next run of its length is
    found once, from the end."""
    runs = [(m.start(), m.end()) for m in _BACKTICKS.finditer(line)]
    if len(runs) < 2:
        return line
    following: List[Optional[int]] = [None] * len(runs)
    last: Dict[int, int] = {}
    for i in range(len(runs) - 1, -1, -1):
        length = runs[i][1] - runs[i][0]
        following[i] = last.get(length)
        last[length] = i
    pieces: List[str] = []
    kept, i = 0, 0
    while i < len(runs):
        j = following[i]
        if j is None:
            i += 1
            continue
        pieces += [line[kept:runs[i][0]], " " * (runs[j][1] - runs[i][0])]
        kept, i = runs[j][1], j + 1
    return "".join(pieces) + line[kept:]


def _struck(text: str, line_start: int, start: int, cell: int, in_table: bool) -> bool:
    """Whether the link at `start` is struck through in its line (or table cell, from `cell` characters into the line
    to the next `|`): enclosed by a GFM `~~...~~` pair (an odd count of `~~` before it in the cell, and one after it:
    an unclosed `~~` strikes nothing, as GitHub renders it) or inside an HTML `<del>`/`<s>` opened before it and not
    closed; code spans left out of both (`` `~~` ``, review42 F8: a guide naming the syntax silenced every later link
    of its line). A struck-through link is the form a guide says not to use (`- Don't capitalise:
    ~~https://...?utm_source=LinkedIn~~`: value-case twice on the lesson, session 42 newuser) or one a page no longer
    offers; neither is a link of the team's to advise on."""
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    stop = text.find("|", start, line_end) if in_table else -1
    line = _code_spans_blanked(text[line_start:line_end])
    before = line[cell:start - line_start]
    after = line[start - line_start:(line_end if stop < 0 else stop) - line_start]
    if before.count("~~") % 2 == 1 and "~~" in after:
        return True
    lowered = before.lower()
    return any(lowered.rfind(f"<{tag}>") > lowered.rfind(f"</{tag}>") for tag in ("del", "s", "strike"))


_LONG_LINE = 4000  # a line this long (a minified bundle's) is read once for all its links: CounterExamples


class CounterExamples:
    """counter_example for every link of one text. A long line's marks, `|`s and labels are found once, and each link
    looks up those before it (a minified bundle's one line of 6,000 links: reading the whole line before each link
    was quadratic, 2.8 s of a 1,500-link scan). Each link gets what counter_example says; the labels are the same
    matches: a label search from the cell's start finds, before the link, what a search of the whole line (or cell)
    finds there, up to a label that runs past the link, which is searched again in the text before the link."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line: Optional[_Line] = None

    def __call__(self, start: int) -> bool:
        line = self.line
        if line is None or not line.start <= start <= line.end:
            text = self.text
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            if line_end - line_start < _LONG_LINE:
                return counter_example(text, start)
            line = self.line = _Line(text, line_start, line_end)
        return line.counter_example(start)


class _Line:
    """One long line's `|`s, marks and label matches (per cell, on first need), for counter_example."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        first = start
        while first < end and text[first].isspace():
            first += 1
        self.table = first < end and text[first] == "|"  # prefix.lstrip().startswith("|") for every link past it
        self.first = first
        self.pipes = [start + m.start() for m in re.finditer(r"\|", text[start:end])]
        marked = [(start + m.start(), m.group()) for m in _MARKED.finditer(text[start:end])]
        self.mark_at = [i for i, _ in marked]
        self.marks = [mark for _, mark in marked]
        self.labels: Dict[int, Tuple[_Chain, _Chain]] = {}
        # _struck's strikes, found once, code spans left out: each `~~` (as str.count finds them, left to right) and
        # each tag
        line = _code_spans_blanked(text[start:end])
        self.tildes = [start + m.start() for m in re.finditer("~~", line)]
        self.tags = [(start + m.start(), m.group(1) is not None, m.group(2).lower())
                     for m in _STRIKE_TAG.finditer(line)]

    def counter_example(self, start: int) -> bool:
        text = self.text
        pipes_before = bisect.bisect_left(self.pipes, start)
        in_table = self.table and self.first < start
        cell = self.pipes[pipes_before - 1] if in_table else self.start
        last = bisect.bisect_left(self.mark_at, start)
        if last and self.mark_at[last - 1] >= cell:
            return self.marks[last - 1] in _WRONG_MARK
        stop = self.pipes[pipes_before] if in_table and pipes_before < len(self.pipes) else self.end
        if self._struck(cell, start, stop):
            return True
        chains = self.labels.get(cell)
        if chains is None:
            chains = self.labels[cell] = tuple(_Chain(cell, label.finditer(text[cell:stop]))
                                               for label in (_WRONG_LABEL, _RIGHT_LABEL))
        wrong, right = (_last_label(text, chain, start, label)
                        for chain, label in zip(chains, (_WRONG_LABEL, _RIGHT_LABEL)))
        if wrong >= 0:
            return right < 0 or wrong > right
        return in_table and _wrong_column(text, self.start, pipes_before)


    def _struck(self, cell: int, start: int, stop: int) -> bool:
        """_struck for the link at `start` in the cell text[cell:stop], from the strikes found once."""
        tildes = bisect.bisect_right(self.tildes, start - 2) - bisect.bisect_left(self.tildes, cell)
        if tildes % 2 == 1 and bisect.bisect_left(self.tildes, start) < bisect.bisect_right(self.tildes, stop - 2):
            return True
        opened: Dict[str, int] = {}
        closed: Dict[str, int] = {}
        for at, closing, tag in self.tags[bisect.bisect_left(self.tags, (cell,)):bisect.bisect_left(self.tags, (start,))]:
            if at + len(tag) + 2 + closing > start:
                continue
            (closed if closing else opened)[tag] = at
        return any(at > closed.get(tag, -1) for tag, at in opened.items())


class _Chain:
    """A label's matches from a cell's start (in the cell, or the line, past the link)."""

    __slots__ = ("starts", "ends")

    def __init__(self, cell: int, matches) -> None:
        spans = [(cell + m.start(), cell + m.end()) for m in matches]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]


def _last_label(text: str, chain: _Chain, start: int, label) -> int:
    """Where the last of `label`'s matches in text[cell:start] ends (-1: none), from `chain`, its matches in a longer
    text from the cell's start: the same up to one that runs past `start`, from which the text before `start` is
    searched again (it ends past the link: a label is no URL)."""
    count = bisect.bisect_right(chain.ends, start)  # the matches are in order and apart: these end before the link
    last = chain.ends[count - 1] if count else -1
    if count < len(chain.starts) and chain.starts[count] < start:
        begin = chain.starts[count]
        for match in label.finditer(text[begin:start]):
            last = begin + match.end()
    return last


def _wrong_column(text: str, line_start: int, column: int) -> bool:
    """Whether the cell `column` (counted in `|`s before it) of the table row at `line_start` is headed as the wrong
    form: the table's header is the row above its `|---|` line (looked for in the 500 rows above)."""
    above = _lines_above(text)
    at, rows = above.first(line_start, _table_row_not_separator)
    if at < 0 or rows > 500 or not _table_row(above.line(at)):
        return False
    header_end = at - 1  # the separator: the header is above it
    header = text[text.rfind("\n", 0, max(header_end, 0)) + 1:max(header_end, 0)].strip()
    cells = header.split("|")
    return column < len(cells) and _WRONG_HEADER.match(cells[column].strip()) is not None


def _table_row(line: str) -> bool:
    return line.strip().startswith("|")


def _table_row_not_separator(line: str) -> bool:
    line = line.strip()
    return line.startswith("|") and not (re.fullmatch(r"\|?[\s:|-]+\|?", line) and "-" in line)


def _indented(line: str) -> bool:
    return line.startswith("    ") or line.startswith("\t")


def _blank(line: str) -> bool:
    return not line.strip()


def _blank_or_indented(line: str) -> bool:
    return not line.strip() or line[:1].isspace()


class _LinesAbove:
    """One text's lines, walked up from a line over the lines a test keeps, each walk remembered for every line it
    passed (a table or a list of thousands of links: each link walked up to the table's header or the block's top, or
    split the whole text above it: quadratic). first(start, keep): the start of the first line above the line at
    `start` that `keep` does not keep (-1: none) and how many lines up it is."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.walks: Dict[object, Dict[int, Tuple[int, int]]] = {}

    def line(self, start: int) -> str:
        end = self.text.find("\n", start)
        return self.text[start:len(self.text) if end < 0 else end]

    def first(self, start: int, keep) -> Tuple[int, int]:
        memo = self.walks.setdefault(keep, {})
        passed: List[int] = []
        at = start
        found = (-1, 0)
        while True:
            if at in memo:
                found = memo[at]
                break
            if at == 0:
                break
            above = self.text.rfind("\n", 0, at - 1) + 1
            passed.append(at)
            if not keep(self.line(above)):
                found = (above, 0)
                break
            at = above
        for distance, line_start in enumerate(reversed(passed), 1):
            memo[line_start] = (found[0], found[1] + distance) if found[0] >= 0 else (-1, 0)
        return memo.get(start, found)


_ABOVE: List[Optional[_LinesAbove]] = [None]  # the last text's


def _lines_above(text: str) -> _LinesAbove:
    last = _ABOVE[0]
    if last is None or last.text is not text:
        last = _ABOVE[0] = _LinesAbove(text)
    return last


# A URL written as an attribute selector's value (`a[href*="https://ultimateelementor.com/pricing/?utm_source=wp-admin&
# utm_medium=menu&utm_campaign=uae-upgrade"]` in a `document.querySelector`, a jQuery call or a stylesheet): it matches a
# link written elsewhere (header-footer-elementor's upgrade menu item, whose PHP link is judged where it is written:
# "IMPORTANT: If this URL changes, also update it in the `add_upgrade_to_pro` function"), no link anyone follows. Advice
# on its tags, taken alone, breaks the match (the script's handler, the menu's style: corpus 8 #99).
_SELECTOR_BEFORE = re.compile(r"\[\s*[A-Za-z][\w:-]*\s*[~|^$*]?=\s*[\"']?\Z")


def attribute_selector(text: str, start: int) -> bool:
    """Whether the URL at text[start] is an attribute selector's value (`[href="`, `[href*='`, `[src^=`): the text
    before it on its line ends with one."""
    return _SELECTOR_BEFORE.search(text, max(0, start - 80), start) is not None


# CommonMark's HTML blocks of its sixth kind open on a line that starts (after up to three spaces) with one of these
# block-level tags (spec 0.31, 4.6); the block runs to the next blank line, and its text is raw HTML: no Markdown is
# read in it, no bare URL is made a link (GFM's autolinks are an inline extension, read only in a paragraph's text).
_BLOCK_TAGS = ("address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|"
               "div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|"
               "legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|"
               "table|tbody|td|tfoot|th|thead|title|tr|track|ul")
_HTML_BLOCK_LINE = re.compile(r"[ \t]*</?(?:" + _BLOCK_TAGS + r")(?:[ \t>]|/>|\Z)", re.IGNORECASE)
# what makes a URL on such a line a link or a resource after all: an attribute holding it (`<a href="...">`, `src=`),
# a Markdown link or autolink its author wrote (`[...](...)`, `<https://...>`: raw there too, but meant as a link)
_LINKED_ON_LINE = re.compile(r"\b(?:href|src|action|srcset|poster|data-[\w-]+)\s*=|\]\(|<https?:", re.IGNORECASE)


def html_block_text(path: str, line: str) -> bool:
    """Whether a URL on `line` (the link's own line, its URLs left out or not: scan.placement.own_line) of a Markdown
    file is text of a raw HTML block, shown and never linked: the line opens with a block-level tag (`<p>`, `<td>`,
    `<li>`, `</th>`; CommonMark's HTML block, or an indented line of one) and nothing on it holds the URL as a link
    (no `href=`, `src=`, Markdown link or autolink). CommonMark reads no Markdown inside an HTML block, and GFM's bare-URL
    autolinks are read in paragraphs only, so the URL is the page's text, as a fenced code block's is: a documentation
    table's sample value (Adobe's Marketo Measure data-warehouse schema, its example column `<td><p>https://...?utm_
    source=linkedin&utm_medium=Social...</p></td>` in the Chinese and Japanese translations, corpus 39 #7 #8 #10 #11
    #13 #14: value-case, url-insecure, copied-tracking and missing-utm-param on a column of sample data). Nothing is
    said about it, as nothing is about a fenced block's links. A line of plain text, or one whose URL is an attribute's,
    is read as ever, and so is an MDX file's (MDX reads the text inside a JSX element on its line as Markdown, where
    remark-gfm makes a bare URL a link)."""
    from . import markdown_file

    if not path or not markdown_file(path) or path.lower().endswith(".mdx") or not _HTML_BLOCK_LINE.match(line):
        return False
    return not _LINKED_ON_LINE.search(line)


# What stands before a query written alone as an example in a sentence: an example word (`Example matching values:`,
# `e.g.`, `for instance`, `such as`) and at most a few words and a colon, then spaces and maybe the example's other
# queries (`?utm_source ?utm_source=anything ?utm_source=somethingelse`), each set off by spaces: text, no attribute's
# value (`href="?...`), no string joined to a link (`url + '?...'`)
_EXAMPLE_LEAD = re.compile(r"(?i)(?:\bexamples?\b|\be\.g\.|\bfor instance\b|\bsuch as\b)[\w ]{0,30}:?[ \t]+"
                           r"(?:\?[^\s<>\"'`]*[ \t]+)*\Z")
# how far before the query the example words are looked for (a minified line holds many)
_EXAMPLE_REACH = 200


def example_query(before: str, url: str) -> bool:
    """Whether `url`, written after `before` (the text before it on its line), is a query written alone (`?utm_...`: no
    host, no path) as an example in a sentence: a product's help text describing what its URL-query targeting matches
    (AB Split Test Lite's settings screen, `Example matching values: ?utm_source=fb`, corpus 42 #34 #36 #37). No link,
    no campaign of anyone's: nothing is said about it, as about a guide's counter-example. A query that ends a link's
    address (`href="?utm_...`, `base + '?utm_...'`) or stands after other words is judged as ever."""
    return url.startswith("?") and _EXAMPLE_LEAD.search(before[-_EXAMPLE_REACH:]) is not None
