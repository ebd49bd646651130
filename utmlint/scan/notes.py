"""The one note said for a whole file instead of a finding on each of its links (a copy of another repository's list
or of a list publisher's links, a collection or data set of other people's links, a data set's `&amp;` records), and
what a hedged or a copy's note names that it holds back, with how to keep the tags in the file's own comment syntax.
"""

from __future__ import annotations

from typing import Sequence, Tuple, Union

from ..diagnostics import Diagnostic
from ..records import NamedTuple
from .copies import Publisher

# Judge.judge's `comment` for a link written in a code comment (scan.comments), the team's own writing: a key GA4
# cannot read is still said there (Judge._as_written). Any other truthy `comment` is a link read another way and
# followed by no visitor (a changelog's quoted example, a third party's `<iframe>`, a tally's key, a request): nothing
# on its tags. Here, with what the inventory says of each (aside_why), which judge and scan.run import.
CODE_COMMENT = "code comment"
# And for a link in commented-out code (scan.comments.commented_out: `#     link += "?utm_source=Simplify&ref=Simplify"`),
# a line of code that runs nothing: as a code comment's, and copied-tracking does not speak either. Its tags copy no
# one's visit; they are a program's, written where nothing builds, posts or shows them (corpus 21 #1, corpus 9 #291,
# blind: nothing to tell), as ruff leaves commented-out code to one rule of its own (ERA001).
COMMENTED_OUT = "commented-out code"


def collects(collected, data_set: bool = False) -> str:
    """How a collection is said (scan.collection): a file's with its figures; a folder's by its files' shape, without
    figures, which change with every sibling added (its findings are kept per file: scan.run._folders)."""
    if collected.answers:
        return (f"this file holds recorded answers, a model's or a search's (an eval or training set: "
                f"{len(collected.others)} tagged URL{'s' if len(collected.others) > 1 else ''} in them)")
    if collected.landed:
        return (f"this file records where requests landed after their redirects (a link checker's or a crawler's "
                f"results: the `{collected.landed}` beside each request's status), with the tags the sites and networks "
                f"redirecting them wrote there ({len(collected.others)} tagged URL{'s' if len(collected.others) > 1 else ''})")
    if collected.records:
        return (f"this file is JSON Lines, one record a line (an event log, an export, a data set: "
                f"{len(collected.others)} tagged URL{'s' if len(collected.others) > 1 else ''})")
    if collected.outputs:
        return ("this file is an agent skill's example output, a record of the links the agent retrieved with the "
                "tags of the pages it read them on, none this repository's")
    what = "are a data set of" if data_set else "collect"
    if collected.shape:
        return (f"this folder's `{collected.shape}` files {what} other people's links, to many sites with many "
                f"utm_source values, none this repository's")
    return (f"this file {'is a data set of' if data_set else 'collects'} other people's links "
            f"({len(collected.others)} {'rows ' if data_set else ''}go to {collected.sites} sites with "
            f"{collected.sources} utm_source values, none this repository's)")


def copied_list_said(origin: str) -> str:
    """How the one note on a copy of another repository's list (scan.copies.copied_readme) is said: by scan on the
    file's first tagged link, and by validate_url for each of its links (its `not_judged` opens with COPIED_LIST)."""
    if "/" not in origin:  # a site's host: a saved copy of one of its pages (scan.saved.saved_page)
        return (f"{COPIED_LIST} {origin}'s page, saved here (its canonical link names {origin}), not this "
                f"repository's own: the utm tags on its links are {origin}'s and its advertisers', kept as the copy has "
                f"them, so no link of it is judged; do not complete or respell them here, and take them off if you "
                f"publish these links as your own")
    return (f"{COPIED_LIST} {origin}'s list, not this repository's own: the utm tags on its links are that list's "
            f"publisher's, kept as the copy has them, so no link of it is judged; do not complete or respell them "
            f"here, and take them off if you publish these links as your own")


def escaped_records_said(escaped: int) -> str:
    """How the one note on a data set's records that write `&amp;` is said (Judge.escaped_records_note; validate_url
    says its second half on each such record: ESCAPED_RECORDS)."""
    return (f"{escaped} of this data set's records {'write' if escaped > 1 else 'writes'} `&amp;` for `&` in "
            f"{'their' if escaped > 1 else 'its'} URL (this one first): {ESCAPED_RECORDS}")


# What the note on a data set's records that write `&amp;` says of each (escaped_records_said); the corpus judge
# reads a record's `not_judged` holding it as that note speaking for the record (tests/validate_url/labelled_corpus.py).
ESCAPED_RECORDS = ("a CSV or TSV cell decodes no HTML entity, so analytics reads `amp;utm_medium`, a key it ignores, "
                   "on such a link published as it is: write `&` in any you publish")


def copy_said(origin: Union[str, Publisher]) -> str:
    """The one note on a copy: of another repository's list (`origin` its `owner/name`: copied_list_said), or of a list
    publisher's links (`origin` a scan.copies.Publisher: copied_publisher_said)."""
    if isinstance(origin, str):
        return copied_list_said(origin)
    return copied_publisher_said(*origin)


def copied_publisher_said(site: str, source: str, listing: str = "") -> str:
    """How the one note on a file holding a list publisher's links (scan.copies.copied_publisher) is said: by scan on
    the first of them, by validate_url on each (its `not_judged` opens with COPIED_PUBLISHER)."""
    listed = f"its links to {site} tagged `utm_source={listing}`" if listing else f"its tagged links to {site}"
    return (f"{COPIED_PUBLISHER} {site}'s list: its links carrying `utm_source={source}&ref={source}` and {listed} "
            f"are that publisher's, with the tags it writes, so none of them is judged; do not complete or respell "
            f"those tags here, and take them off if you publish these links as your own")


# How the note on a file holding a list publisher's links opens (copied_publisher_said), read as COPIED_LIST is.
COPIED_PUBLISHER = "this file copies"
# How the note on a copy of another repository's list opens (copied_list_said): the corpus judge reads a link's
# `not_judged` that opens so as the file's one copied-tracking note speaking for it (tests/validate_url/labelled_corpus.py).
COPIED_LIST = "this file is a copy of"


IGNORE_HERE = "`# utmlint: ignore[UTM310]` at the end of the line"  # checks.tracking.copied.IGNORE_COMMENT's sentence
_HASH_CODE = frozenset({".py", ".rb", ".ex", ".exs", ".r", ".yaml", ".yml", ".toml", ".txt"})
_TEMPLATE_COMMENTS = {".jinja": "{# %s #}", ".j2": "{# %s #}", ".jinja2": "{# %s #}", ".njk": "{# %s #}",
                      ".twig": "{# %s #}", ".erb": "<%%# %s %%>", ".ejs": "<%%# %s %%>", ".eex": "<%%# %s %%>",
                      ".leex": "<%%# %s %%>", ".liquid": "{%% comment %%}%s{%% endcomment %%}", ".css": "/* %s */", ".adoc": "// %s",
                      ".asciidoc": "// %s", ".heex": "<!-- %s -->", ".vue": "<!-- %s -->", ".svelte": "<!-- %s -->", ".astro": "<!-- %s -->"}


def ignore_comment(path: str, family: str, code: str) -> str:
    """Where and how to write `utmlint: ignore[CODE]` in a scanned file, in its own comment syntax (a hedged note's
    way to keep the tags): HTML's comment in Markdown and markup, `#` or `//` in code, the config's per-file-ignores
    for JSON and CSV, which have no comments (stranger10 R15: the note said "ignore UTM310 here" and not how)."""
    directive = f"utmlint: ignore[{code}]"
    suffix = path[path.rfind("."):].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if suffix in _TEMPLATE_COMMENTS:
        form = _TEMPLATE_COMMENTS[suffix] % directive
    elif family in ("markdown", "html", "notebook"):
        form = f"<!-- {directive} -->"
    elif family == "rest":
        return f"`.. {directive}` alone on the line right above"
    elif family == "data" and suffix not in _HASH_CODE:
        return f"list this file under the config's `per-file-ignores` with `{code}`"
    elif suffix in _HASH_CODE or family == "plain":
        form = f"# {directive}"
    else:
        form = f"// {directive}"
    return f"`{form}` at the end of the line"


_RANK = {"info": 0, "warning": 1, "error": 2}


def naming_held(note: Diagnostic, held: Sequence[Diagnostic]) -> Diagnostic:
    """copied-tracking's hedged note, naming the findings it holds back on the same tags: if they are the team's,
    these are its mistakes, which an ignore of UTM310 on the line shows in full (Judge.judge's `kept`). Holding a
    warning or an error back, the note is a warning: whoever's the tags are, the link needs a change (remove them, or
    fix and keep them), and a team whose tags they are must not see its gate go green over its own mistake
    (stranger15 R14: a digest link's `Digest` was told as a warning, then held in an info, exit 0). Never more than a
    warning: a hedged copy is no surer than a certain one, which copied-tracking says as a warning. A missing key
    (UTM101) alone does not raise it: someone else's tags nearly always lack one, so it tells the two readings apart
    no more than the note does (stranger16 R14: a blog post quoting a press link's `utm_source=tc_twitter` failed)."""
    rules = ", ".join(dict.fromkeys(f"{d.name} ({d.code})" for d in sorted(held, key=lambda d: d.code)))
    severity = note.severity if _RANK.get(note.severity, 0) >= 1 or not any(
        _RANK.get(d.severity, 0) >= 1 and d.code != "UTM101" for d in held) else "warning"
    return note._replace(severity=severity, message=note.message.rstrip() + (
        f"; if they are yours, they have mistakes too: {rules}"))


class CopyHeld(NamedTuple):
    """What a copy's one note holds back (Judge.copy_held): the rules its links' tags break, named as `name (CODE)`,
    and the lines of the mistakes that raise the note to a warning (none: it stays a note)."""

    rules: Tuple[str, ...]
    lines: Tuple[int, ...]


_SHOWN_LINES = 5  # lines a copy's note names before "and N more"


def naming_copy_held(note: Diagnostic, held: CopyHeld) -> Diagnostic:
    """A copy's one note naming what it holds back, as naming_held does for the hedged note: a warning when some of
    it is a mistake of the values on a form the list does not write on its rows (held.lines), naming those lines;
    never more than a warning."""
    where = ""
    if held.lines:
        shown_lines = ", ".join(str(n) for n in held.lines[:_SHOWN_LINES])
        more = len(held.lines) - _SHOWN_LINES
        where = f" (line{'s' if len(held.lines) > 1 else ''} {shown_lines}{f' and {more} more' if more > 0 else ''})"
    severity = "warning" if held.lines and _RANK.get(note.severity, 0) < 1 else note.severity
    return note._replace(severity=severity, message=note.message.rstrip() + (
        f"; if they are yours, they have mistakes too: {', '.join(held.rules)}{where}"))


# How the record of a link read and set aside opens (set_aside_said): kept among a file's notes (and so in the scan
# cache), never printed as a note nor a finding (those links are no mistakes), counted under the summary and listed by
# `--show-files` (commands.scan), as lychee counts the links it excluded.
SET_ASIDE = "not judged: "


# How each reason opens, and the kind the summary names it by (commands.scan.set_aside_line): one table, so a reworded
# reason keeps its kind (review of session 40)
_SAMPLE, _CREDITED, _DEMO = "every utm value is one letter", "`utm_source=", "a link to the example's own demo deployment"
# and what the judge's other readings hold back (review41 M1: counted as checked, "All clean", though no value of them
# was judged): another party's placement (scan.placement), a partner programme's tags (scan.partner_tags), a test's code
_PLACED, _PARTNER, _TEST = "another party's placement", "a partner programme's tags", "a test's code"
# and another author's work a list cites (scan.byline.cited_work_said: `- [title](url) by [Name](profile)`)
_CITED_WORK = "another author's work cited"
# and a test visit's address, every utm value `test` (Judge._test_marker)
_MARKER = "every utm value is `test`"
SET_ASIDE_KINDS = ((_SAMPLE, "a sample's one-letter values"), (_CREDITED, "another site's tags"),
                   (_DEMO, "an example's demo"), (_PLACED, "another party's placement"),
                   (_PARTNER, "a partner programme's tags"), (_TEST, "a test's inputs"),
                   (_CITED_WORK, "another author's work"), (_MARKER, "a test visit's `test` values"))


def set_aside_said(why: str, site: str = "", source: str = "") -> str:
    """Why a link's values were read and set aside (Judge.judge's `set_aside`): a sample's one-letter values, another
    site credited by its domain (`utm_source=techcrunch.com` on a third site's link), an example's demo deployment,
    another party's placement, another author's work a list cites or a partner programme's tags (`site`: what shows it,
    as Judge.placement says it), a test's code."""
    if why == "placed":
        return (f"{SET_ASIDE}{_PLACED} ({site}): the tags that party chose for it, not yours to respell or "
                "complete")
    if why == "cited":
        return f"{SET_ASIDE}{_CITED_WORK} ({site}): the tags the author chose for the page, not yours to respell or complete"
    if why == "partner":
        return (f"{SET_ASIDE}{_PARTNER} ({site}): the programme running the site the link goes to handed them out "
                "with the link and reads them in its reports")
    if why == "test":
        return f"{SET_ASIDE}{_TEST}: its links are the inputs the test feeds the code it tests, which no visitor follows"
    if why == "credited":
        return (f"{SET_ASIDE}{_CREDITED}{source}` credits {site}, another site than this repository's and the one the "
                "link goes to: that site's tags, copied with the link")
    if why == "demo":
        return f"{SET_ASIDE}{_DEMO}: its tags show what the example does"
    if why == "marker":
        return f"{SET_ASIDE}{_MARKER}: a test visit's address (sent to see it arrive in GA4), not a campaign's tags"
    return f"{SET_ASIDE}{_SAMPLE}: a sample of how tags read, not a campaign's tags"


def set_aside(notes) -> list:
    """The (line, column, why) of a file's notes that record a link set aside (set_aside_said), `not judged: ` left
    out."""
    return [(line, column, message[len(SET_ASIDE):]) for line, column, message in notes
            if message.startswith(SET_ASIDE)]


# Why a link of `scan --links`' inventory is `set-aside` when no note of the file says it (scan.run._whose_said):
# the readings that held its values back, each said for itself (review47 F5: one catch-all listed five), beside
# set_aside_said, which says the reasons a file's notes keep (review47 F7: scan.inventory worded them before).
_ASIDE_WHYS = {
    "counter": "a guide's counter-example (a link shown as a mistake): its values are the lesson, no campaign's",
    "pattern": ("a guide's pattern: its values (`utm_source=SOURCE`, a `**Format**:` line's) are slots to fill for "
                "each link, no campaign's"),
    "comment": "a link in a code comment (or a database dump's rows): read in the code, its values not judged",
    "commented out": "a link in commented-out code: no visitor follows it",
    "attribute selector": "a CSS selector matching links (`a[href*=...]`), not a link",
    "not followed": ("read, not followed: a changelog's quoted example, an embedded frame's address, a tally's key, a "
                     "UI preview's sample or a request the code sends"),
    "example": ("a link to {}, a name kept for examples: its tags show how a link reads, no campaign's to import "
                "(if the site is yours, add it to `own-hosts`)"),
    "asset": "{}'s address: no visitor lands on it, so no visit carries its tags",
    "archived": "an archived copy of a page: the archive replays it, and no one's analytics sees its tags",
    "request": "a request the script sends (curl, wget): no visitor's visit, so no campaign's values",
    "internal": "a link between your site's own pages: utm-internal-link says to remove its tags, no campaign's",
    "fragment": "its utm tags sit after the `#`, where GA4 reads none: move them first (scan says how)",
    "useless": "utm tags on a platform's page, whose owner never sees them: no campaign's link",
    "unread": "its values were not judged as a campaign's (scan read the link, and what it said of it stands)",
}


def aside_why(kind: str, what: str = "") -> str:
    """Why a link of the inventory was read and set aside, for its `why` (scan.run._whose_said): `kind` one of
    _ASIDE_WHYS' keys (a code comment's kind, Judge.held_back's), `what` what it names (an example's host, an asset's
    kind: `an image`)."""
    kind = {CODE_COMMENT: "comment", COMMENTED_OUT: "commented out"}.get(kind, kind)
    return _ASIDE_WHYS.get(kind, _ASIDE_WHYS["not followed"]).format(what)
