"""Where a source file's comments are: a URL written in a comment is read by whoever reads the code, not followed by
a visitor, so its utm tags measure nothing and advice on them (complete, respell, remove them as internal) is noise
(a key GA4 cannot read, `_utm_campaign`, is still said: a fact about the link as written, scan.judge.CODE_COMMENT):
a commented-out line (`// <span>Photo by <a href="...?utm_source=unsplash`, corpus 7 #198), an example in a doc
comment (`// Current URL: /records?utm_source=search`, #143-#145; a KDoc `* example: ...&utm_source=null`, #139;
`#     usage_statistics = "?utm_source={}&utm_medium={}"`, corpus 8 #187). Tracking copied into a link a comment's
prose cites (a ChatGPT citation tag, a share button's tags: corpora 4 and 6 labelled those correct) is still said: the
link as written carries someone else's tracking wherever it is; not on commented-out code's (commented_out), a line
that runs nothing.

Line comments (`//`, and `#` in Python, Ruby, Elixir and PHP) and block comments (`/* */`) of the code families scan
reads (JS, TS, JSX, Vue, Svelte, Astro, Go, Java, Kotlin, Swift, Rust, Dart, C#, Scala, QML, Python, Ruby, Elixir) and
of PHP's `<?php ... ?>` blocks, found by one pass that knows strings (quotes, JS and Go backticks, Python's and
Elixir's triple quotes), so a `//` or `#` inside a string is not a comment, nor
is the `//` of a written `https://`. Not comments: a PHP file's header block naming the plugin or theme (`Plugin
Name:`, `Theme Name:`: WordPress shows its `Author URI:` and `Description:` as links, corpus 7 #253, corpus 8 #121),
PHP 8's `#[Attribute]`, and HTML's `<!-- -->` (an e-mail template's `<!--[if mso]>` holds live markup).
In Markdown, an HTML comment is never rendered: the note of where a figure was drawn (`<!-- https://www.canva.com/
design/.../edit?utm_content=...&utm_source=sharebutton -->`, corpus 9 #278-#287) is a comment; a conditional comment
(`<!--[if mso]>`) is not. So is an SVG image's `<!-- -->` (the URL a QR code encodes, corpus 9 #2).

When in doubt a link is live (a missed note costs less than a silent pass, review8 S5): PHP and Ruby heredocs
(`<<<HTML`, `<<~HTML`) and Java's text blocks (three quotes) are strings to their end (`<p>Order #1234: <a href=...>`
in an e-mail template is no comment), and in files that may hold markup (JSX, Vue, Svelte) a `//` is a comment only
when it starts its line or follows a `;`: JSX text `Read this // then <a href=...>` is text.
"""

from __future__ import annotations

import bisect
import re
from typing import List, Optional, Tuple

_SLASHES = frozenset({".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".astro", ".go",
                      ".java", ".kt", ".kts", ".swift", ".rs", ".dart", ".cs", ".scala", ".qml",
                      ".c", ".h", ".cc", ".cpp", ".cxx", ".hpp", ".hh", ".hxx", ".m", ".mm",
                      ".as"})  # and C, C++, Objective-C, ActionScript
# Three quotes open a string to the next three: Java's text blocks, Kotlin's, Swift's, Scala's and Dart's raw strings
_TRIPLE = frozenset({".java", ".kt", ".kts", ".swift", ".scala", ".dart"})
# A backtick opens a string (JS's template literals, Go's raw strings); in Kotlin, Swift and Scala it quotes a name
_BACKTICK = frozenset({".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".astro", ".go",
                       ".qml"})
_HASHES = frozenset({".py", ".rb", ".ex", ".exs", ".r", ".dockerfile", ".sh", ".bash"})  # a Dockerfile's `# ...` lines
# A `#` opens a comment only at a line's start in a Dockerfile and, read so, in a shell script (a usage line's
# `#   ./tools/create_campaign.sh --url "https://...?utm_source=youtube..."`); inside a word it is none (`...dl?a=b#top`)
_LINE_START_HASHES = frozenset({".dockerfile", ".sh", ".bash"})
# Three double quotes open a string to the next three in Python and Elixir (a docstring, `@moduledoc """`)
_HASH_TRIPLE = frozenset({".py", ".ex", ".exs"})
_PHP = ".php"
# Files whose `<!-- -->` is only ever a comment: Markdown (never rendered), and SVG, an image, whose comment notes what
# it was drawn from (`<!-- QR code for https://r.daily.dev/get?utm_source=header_qr ... -->`, corpus 9 #2). Not HTML
# nor XML: an e-mail template's `<!--[if !mso]><!-->` wraps live markup, and a WordPress export's block comment
# (`<!-- wp:embed {"url":"..."} -->`) holds the block's live address.
_MARKDOWN = frozenset({".md", ".markdown", ".svg"})
_HTML_COMMENT = re.compile(r"<!--(?!\[if)[\s\S]*?(?:-->|\Z)")
# The comments of the page templates scan reads as HTML (stranger14 R12: each was read as a live link): Razor's
# `@* *@`, ColdFusion's `<!--- --->`, JSP's and Web Forms' `<%-- --%>`, Velocity's `## ...` and `#* *#`, Mako's
# `## ...` and `<%doc>`. None is ever sent to a browser. Their `<!-- -->` stays live, as HTML's.
_INDENTED_COMMENT = r"(?m:^([ \t]*)(?:-#|/(?!\[))[^\n]*(?:\n(?:[ \t]*\n)*\1[ \t]+[^\n]*)*)"
_TEMPLATE_COMMENTS = {
    ".cshtml": r"@\*[\s\S]*?(?:\*@|\Z)", ".razor": r"@\*[\s\S]*?(?:\*@|\Z)",
    ".cfm": r"<!---[\s\S]*?(?:--->|\Z)",
    ".jsp": r"<%--[\s\S]*?(?:--%>|\Z)", ".jspx": r"<%--[\s\S]*?(?:--%>|\Z)",
    ".aspx": r"<%--[\s\S]*?(?:--%>|\Z)", ".ascx": r"<%--[\s\S]*?(?:--%>|\Z)",
    ".vm": r"(?<![\w&])##[^\n]*|#\*[\s\S]*?(?:\*#|\Z)",
    ".mako": r"(?m:^[ \t]*##[^\n]*)|<%doc>[\s\S]*?(?:</%doc>|\Z)",
    # FreeMarker's `<#-- -->` and, in its square-bracket syntax, `[#-- --]` (stranger14 R10)
    ".ftl": r"<#--[\s\S]*?(?:-->|\Z)|\[#--[\s\S]*?(?:--\]|\Z)",
    # Haml's `-#` (never rendered) and `/` (an HTML comment), Slim's `/` and `/!`: the line and every line indented
    # under it (stranger14 R10); a conditional comment (`/[if IE]`) wraps live markup, as HTML's `<!--[if mso]>`
    ".haml": _INDENTED_COMMENT, ".slim": _INDENTED_COMMENT,
}
_TEMPLATE_COMMENT = {suffix: re.compile(pattern) for suffix, pattern in _TEMPLATE_COMMENTS.items()}
_TOKEN = re.compile(r"\\[\s\S]|//|/\*|\*/|\"\"\"|'''|[\"'`#\n]|\?>|<<<|<<[~-]?(?=[\"'`]?[A-Za-z_])")
# JavaScript's regex literals (corpus 26 #63): a `/` where a value starts (after `(`, `,`, `=`, `:`, `[`, `!`, `&`, `|`,
# `?`, `;`, `~`, `^`, an arrow's `=>`, or `return`, `typeof`...) opens one, to its closing `/` on the same line. Read as
# code, a quote inside one (`/"/g`, `/`|'/g` in a minified bundle) turned every string after it into "code" and one
# string's `// Adjust the typing speed` into a comment to the end of a 279,000-character line. No closing `/` on the
# line: a division after all. After `}`, `)`, `]`, a word, `<`, `>` or `{` a `/` opens none (a division, a JSX closing
# tag `</a>`, Svelte's `{/if}`).
_JS_TOKEN = re.compile(_TOKEN.pattern + r"|/(?![/*])")
_VALUE_STARTS = frozenset("(,=:[!&|?;~^")
_KEYWORD_BEFORE = re.compile(r"(?<![\w$])(?:return|typeof|delete|case|void|else|throw|yield|await|in|do)$")
_REGEX_BODY = re.compile(r"(?:\\.|\[(?:\\.|[^\]\\\n])*\]|[^/\\\[\n])+/")
# The files whose `/` may open a regex literal: JavaScript's and TypeScript's, and the markup files that hold scripts
_REGEX = frozenset({".js", ".jsx", ".ts", ".tsx", ".mjs", ".cjs", ".mts", ".cts", ".vue", ".svelte", ".astro", ".qml"})
# Files whose text may hold markup (JSX text, a Vue or Svelte template), where `//` is often prose
_MARKUP = frozenset({".js", ".jsx", ".tsx", ".mjs", ".cjs", ".vue", ".svelte", ".astro"})
# A heredoc's opener after `<<<` (PHP: `<<<HTML`, `<<< "HTML"`, `<<<'HTML'`) or `<<`, `<<~`, `<<-` (Ruby: a bare
# `<<NAME` only in capitals, so `x <<y`, a shift, is not one)
_PHP_HEREDOC = re.compile(r"[ \t]*([\"']?)([A-Za-z_]\w*)\1")
_RUBY_HEREDOC = re.compile(r"([\"'`]?)([A-Za-z_]\w*)\1")
_PHP_OPEN = re.compile(r"<\?(?:php\b|=)?", re.IGNORECASE)
_HEADER = re.compile(r"^[\s*#/]*(?:Plugin|Theme) Name\s*:", re.IGNORECASE | re.MULTILINE)


def has_comments(suffix: str) -> bool:
    return suffix in _SLASHES or suffix in _HASHES or suffix == _PHP or suffix in _MARKDOWN or suffix in _TEMPLATE_COMMENT \
        or suffix in (".properties", ".arb")


# A Java `.properties` file's comment lines: `#` or `!` first on a line (after white space) that does not go on from
# the line before it (a value's line ending in an odd number of backslashes continues on the next, whatever it starts
# with); a comment line never continues. Its links are a note's, not the bundle's messages (review47b F7: a comment's
# `# Sample: https://...?utm_source=App` got value advice as if the app showed it)
_PROPERTIES_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|\Z)")
_TRAILING_BACKSLASHES = re.compile(r"\\+\Z")


# A Flutter `.arb` file's `@key` entries (`"@upgrade": {"description": "...", "placeholders": {...}}`, `"@@locale"`) are
# the translators' notes and the file's metadata, never a message the app shows: their links are read as a comment's
# (review47b F8: a note's `https://...?utm_source=App` got value advice as if it were live)
_ARB_NOTE = re.compile(r'"@[^"\\]*(?:\\.[^"\\]*)*"\s*:\s*')


def arb_notes(text: str, stop: Optional[int] = None) -> List[Tuple[int, int]]:
    from .data import _TOKEN, closing_bracket

    spans: List[Tuple[int, int]] = []
    stop = len(text) if stop is None else stop
    at = 0
    while True:
        key = _ARB_NOTE.search(text, at)
        if key is None or key.start() >= stop:
            return spans
        value = key.end()
        if text.startswith("{", value):
            close = closing_bracket(text, value + 1, len(text))
            end = len(text) if close == -1 else close + 1
        else:
            token = _TOKEN.match(text, value) if text.startswith('"', value) else None
            end = token.end() if token is not None else value
        if end > value:
            spans.append((value, end))
        at = max(end, key.end())


def properties_comments(text: str, stop: Optional[int] = None) -> List[Tuple[int, int]]:
    spans: List[Tuple[int, int]] = []
    stop = len(text) if stop is None else stop
    continued = False
    for line in _PROPERTIES_LINE.finditer(text):
        if line.start() >= stop or line.start() == line.end():
            break
        body = line.group().rstrip("\r\n")
        if not continued and body.lstrip(" \t\f")[:1] in ("#", "!"):
            spans.append((line.start(), line.start() + len(body)))
            continued = False
            continue
        backslashes = _TRAILING_BACKSLASHES.search(body)
        continued = backslashes is not None and len(backslashes.group()) % 2 == 1
    return spans


def comment_spans(text: str, suffix: str, until: Optional[int] = None) -> List[Tuple[int, int]]:
    """(start, end) of every comment in `text`, a file with `suffix`, in order. With `until`, only those that start
    before it (what is after is never asked: review8 S14, a large code file with one link near its top was lexed to
    its end); a comment open at `until` is read to its end, so each span is the one the whole text gives."""
    suffix = suffix.lower()
    stop = len(text) if until is None else until
    if suffix == _PHP:
        spans: List[Tuple[int, int]] = []
        at = 0
        while at < stop:
            opened = _PHP_OPEN.search(text, at)
            if opened is None or opened.start() >= stop:
                return spans
            end = _lex(text, opened.end(), len(text), slashes=True, hashes=True, php=True, out=spans, heredoc=True,
                       stop=stop)
            at = max(end, opened.end())
        return spans
    if suffix in _MARKDOWN or suffix in _TEMPLATE_COMMENT:
        spans = []
        for found in _TEMPLATE_COMMENT.get(suffix, _HTML_COMMENT).finditer(text):
            if found.start() >= stop:
                break
            spans.append(found.span())
        return spans
    if suffix == ".properties":
        return properties_comments(text, stop)
    if suffix == ".arb":
        return arb_notes(text, stop)
    if suffix == ".m" and not _OBJECTIVE_C.search(text):
        return _matlab_comments(text, stop)
    if suffix in _SLASHES:
        return _lex_all(text, stop, slashes=True, hashes=False, backtick=suffix in _BACKTICK, triple=suffix in _TRIPLE,
                        line_start=suffix in _MARKUP, regex=suffix in _REGEX)
    if suffix in _HASHES:  # in a Dockerfile's shell a `#` inside a word (`https://x.com/dl?a=b#top`) opens no comment
        return _lex_all(text, stop, slashes=False, hashes=True, backtick=False, triple=suffix in _HASH_TRIPLE,
                        heredoc=suffix == ".rb", line_start=suffix in _LINE_START_HASHES)
    return []


# A `.m` file is Objective-C when it reads like it (an import or include, a class, an `@"..."` string); else it is
# MATLAB's or Octave's (stranger14 R10: a MATLAB comment's link was read as live), whose comments are `%` to the line's
# end, at the line's start or after a statement's `;` (a `%` inside a URL, `%20`, is no comment), and `%{ ... %}`
# blocks on lines of their own.
_OBJECTIVE_C = re.compile(r"^[ \t]*#(?:import|include)\b|@(?:interface|implementation|protocol)\b|@\"", re.MULTILINE)
_MATLAB_COMMENT = re.compile(r"^[ \t]*%\{[ \t]*\n[\s\S]*?(?:^[ \t]*%\}[ \t]*$|\Z)|(?:^[ \t]*|;[ \t]*)%[^\n]*",
                             re.MULTILINE)


def _matlab_comments(text: str, stop: int) -> List[Tuple[int, int]]:
    spans: List[Tuple[int, int]] = []
    for found in _MATLAB_COMMENT.finditer(text):
        if found.start() >= stop:
            break
        spans.append(found.span())
    return spans


def _lex_all(text, stop, slashes, hashes, backtick, triple=False, heredoc=False, line_start=False, regex=False):
    out: List[Tuple[int, int]] = []
    _lex(text, 0, len(text), slashes, hashes, False, out, backtick, triple, heredoc, line_start, stop, regex)
    return out


# A comment starts at a line's start or after a space or punctuation; `//` or `/*` right after a word character, a
# dot, a dash, a colon, `*` or `/` is part of something else (`https://`, a path `src/*.js`, a glob `**/*.md`). In
# a minified line a quote inside a regex literal can make the pass mistake strings for code: this keeps the text of
# such a string from opening a "comment" that would swallow the rest of the line's links.
_NOT_BEFORE_COMMENT = frozenset("_.-:*/\\")


def _opens(text: str, at: int) -> bool:
    if at == 0:
        return True
    before = text[at - 1]
    return not (before.isalnum() or before in _NOT_BEFORE_COMMENT)


def _starts_line(text: str, at: int) -> bool:
    """Whether only spaces and tabs stand between the line's start and `at`, or a statement's `;` ends the code
    before it (`x = 1; // note`): markup text rarely has a `;` right before a `//`."""
    i = at  # back over the spaces only: looking back to the line's start made a minified line quadratic
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i == 0 or text[i - 1] in "\n;"


def _regex_starts(text: str, at: int) -> bool:
    """Whether the `/` at `at` stands where a value starts (a regex literal), not after one (a division)."""
    i = at  # back over the spaces only, as _starts_line
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    if i == 0:
        return False
    before = text[i - 1]
    if before in _VALUE_STARTS:
        return True
    if before == ">":
        return i > 1 and text[i - 2] == "="  # an arrow's body, `x => /re/.test(x)`; not `a > /b/`, not JSX's `>/`
    return before.isalpha() and _KEYWORD_BEFORE.search(text, max(0, i - 7), i) is not None


def _heredoc_end(text: str, match: "re.Match[str]", end: int, php: bool) -> int:
    """Where the heredoc opened by `match` (`<<<` or `<<`, `<<~`, `<<-`) ends (the end of its closing name), or -1
    when no heredoc opens there. With no closing line, the rest of the text is the heredoc (its links stay live)."""
    token = match.group()
    if (token == "<<<") != php:
        return -1
    name = (_PHP_HEREDOC if php else _RUBY_HEREDOC).match(text, match.end(), end)
    if not name or (token == "<<" and not (name.group(2).isupper() or name.group(1))):
        return -1  # Ruby's `x <<y` shifts
    body = text.find("\n", name.end(), end)
    if body < 0:
        return end
    closing = re.compile(r"^[ \t]*" + re.escape(name.group(2)) + r"\b", re.MULTILINE).search(text, body + 1, end)
    return closing.end() if closing else end


def _lex(text: str, start: int, end: int, slashes: bool, hashes: bool, php: bool, out: List[Tuple[int, int]],
         backtick: bool = False, triple: bool = False, heredoc: bool = False, line_start: bool = False,
         stop: Optional[int] = None, regex: bool = False) -> int:
    """Comments from `start` to `end` (for PHP: to the `?>` that closes the block, whose position is returned).
    `triple`: three quotes open a string to the next three (Python, Java's text blocks); `heredoc`: PHP's or Ruby's
    heredocs are strings; `line_start`: a `//` is a comment only at its line's start or after a `;` (files that may
    hold markup), and a `#` only at a word's start (a Dockerfile's shell). `stop`: no comment starting at or after it is wanted (the lexing ends there, `end` returned,
    unless a comment is open: it is read to its end). `regex`: a `/` where a value starts opens a regex literal (JS)."""
    state, quote, opened = "code", "", 0
    tokens = _JS_TOKEN if regex else _TOKEN  # a bare `/` is a token only where regex literals are read
    pos = start
    stop = end if stop is None else stop
    while True:
        match = tokens.search(text, pos, end)
        if match is None:
            break
        token, at = match.group(), match.start()
        if at >= stop and state in ("code", "string"):
            return end  # every comment starting before `stop` is closed and recorded
        pos = match.end()
        if state == "code":
            if token == "?>" and php:
                return at
            if token.startswith("<<"):
                closed = _heredoc_end(text, match, end, php) if heredoc else -1
                pos = max(closed, pos)
            elif token in ('"', "'") or (token == "`" and backtick) or (token in ('"""', "'''") and triple):
                state, quote = "string", token
            elif token in ('"""', "'''"):  # not Python: a "" then a quote
                state, quote = "string", token[0]
            elif token == "//" and slashes and _opens(text, at) and (not line_start or _starts_line(text, at)):
                state, opened = "line", at
            elif token == "#" and hashes and not (php and text.startswith("#[", at)) \
                    and not (line_start and at > 0 and text[at - 1] not in " \t\n"):
                state, opened = "line", at  # with `line_start` (a Dockerfile's shell): only at a word's start
            elif token == "/*" and slashes and _opens(text, at):
                state, opened = "block", at
            elif token == "/" and _regex_starts(text, at):
                literal = _REGEX_BODY.match(text, pos, end)
                pos = literal.end() if literal else pos  # with no closing `/` on its line, a division
        elif state == "string":
            if token == quote:
                state = "code"
            elif token == "\n" and quote in ('"', "'"):
                state = "code"  # a quote left open (a regex literal's, an apostrophe in JSX text) ends at the line
        elif state == "line":
            if token == "\n" or (token == "?>" and php):
                out.append((opened, at))
                if token == "?>":
                    return at
                state = "code"
        elif state == "block" and token == "*/":
            if not (php and _HEADER.search(text, opened, at)):
                out.append((opened, at + 2))
            state = "code"
    if state in ("line", "block"):
        out.append((opened, end))
    return end


class Comments:
    """Whether offsets of one file's text are inside a comment (spans sorted, looked up by bisection)."""

    def __init__(self, text: str, suffix: str, until: Optional[int] = None):
        """`until`: no offset at or after it will be asked about (comment_spans)."""
        self.spans = comment_spans(text, suffix, until) if has_comments(suffix.lower()) else []
        self._starts = [s for s, _ in self.spans]

    def covers(self, offset: int) -> bool:
        if not self.spans:
            return False
        i = bisect.bisect_right(self._starts, offset) - 1
        return i >= 0 and self.spans[i][0] <= offset < self.spans[i][1]


# A link in commented-out code, not in a comment's prose: the comment holds a line of code or markup, the link its string
# or attribute value (`#     link += "?utm_source=Simplify&ref=Simplify"`, corpus 21 #1; `#     url='https://...?utm_source=
# openai'`, an API response's example, corpus 9 #291; `// href={`https://app...`}`, `// <a href="https://...`): a quote or
# a backtick right before the link, after code (`=`, `+=`, `(`, `,`, `:`, `{`, `[`, a tag's attribute) or nothing but the
# comment's marker. A link a comment's sentence cites (`// See https://pkg.go.dev/...`, `// as suggested by matklad:
# https://www.reddit.com/...?utm_source=share`, `[OWASP](https://...?utm_source=chatgpt.com)`) is prose.
_QUOTES = "\"'`"
_COMMENT_MARKERS = re.compile(r"[\s#/*!<>-]*")
_CODE_BEFORE = re.compile(r"(?:[=(\[{,:+]|<[A-Za-z][^<>]*\s[\w:-]+=)\s*\\?\Z")


def commented_out(before: str) -> bool:
    """Whether a link in a comment is commented-out code's value, read from `before`, the text before it on its line
    (from the line's start): a quote or a backtick right before the link, itself after code or the comment's marker
    alone."""
    if not before or before[-1] not in _QUOTES:
        return False
    rest = before[:-1]
    return _COMMENT_MARKERS.fullmatch(rest) is not None or _CODE_BEFORE.search(rest) is not None
