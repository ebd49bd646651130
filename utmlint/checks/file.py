"""UTM0xx: the file itself: readable, valid YAML, no object-constructing tags, matches the schema."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..fixes import rename_key
from ..registry import Report, rule
from ..schema import validate

if TYPE_CHECKING:
    from ..document import Document
    from ..engine import Context


def _problems(doc, kind, ctx):
    for problem in doc.problems:
        if problem.kind == kind:
            yield ctx.report(problem.message, problem.pos)


@rule(code="UTM001", name="yaml-syntax", severity="error", target="document")
def yaml_syntax(doc: Document, ctx: Context) -> Iterator[Report]:
    """The file is not valid YAML (or nests too deep, repeats a key, or is an alias bomb).

    ## What it does
    Reports YAML that cannot be read: syntax errors, tabs used for indentation, duplicate keys, several
    documents in one file, nesting deeper than utmlint allows and alias expansion bombs.

    ## Why is this bad?
    A file nobody can parse builds no links; a duplicate key silently drops one value.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
       content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    yield from _problems(doc, "syntax", ctx)


@rule(code="UTM002", name="schema-violation", severity="error", target="document", fix="safe/unsafe")
def schema_violation(doc: Document, ctx: Context) -> Iterator[Report]:
    """The campaign does not match the campaign file format (schemas/campaign.schema.json).

    ## What it does
    Checks the file against the campaign JSON Schema: required keys, unknown keys (typos), and values of the
    wrong type, such as a date or a number where text belongs.

    ## Why is this bad?
    A misspelled key is ignored, so its value never reaches the link; YAML turns `2024-06` or `on` into other
    things than the text you meant. The fix renames a misspelled key to the key it looks like (safe for a
    one-letter typo such as `contnet`, unsafe for a wider guess).

    ## Example
    ```yaml
    campaign: spring-sale
    soruce: intercom
    medium: email
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    ```
    """
    if not doc.parsed:
        return
    if doc.data is None:
        yield ctx.report("the file is empty; a campaign file needs at least `campaign:`", doc.pos(()))
        return
    for error in validate(doc.data, "campaign.schema.json"):
        fix = None
        if error.at_key and error.suggestion is not None:
            fix = rename_key(doc, error.path, error.suggestion, f"rename `{error.path[-1]}` to `{error.suggestion}`")
        yield ctx.report(error.message, doc.pos(error.path, key=error.at_key), fix=fix)


@rule(code="UTM003", name="yaml-unsafe-tag", severity="error", target="document")
def yaml_unsafe_tag(doc: Document, ctx: Context) -> Iterator[Report]:
    """A YAML tag asks to construct an object; utmlint never does.

    ## What it does
    Reports tags such as `!!python/object` or custom `!tags`. They are never constructed: utmlint reads the
    tagged value as plain text.

    ## Why is this bad?
    Other YAML tools may run code for these tags; a campaign file has no use for them.

    ## Example
    ```yaml
    campaign: !!python/object:os.system spring-sale
    source: intercom
    medium: email
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: intercom
    medium: email
    ```
    """
    yield from _problems(doc, "tag", ctx)


@rule(code="UTM004", name="file-unreadable", severity="error", target="document")
def file_unreadable(doc: Document, ctx: Context) -> Iterator[Report]:
    """The file cannot be read as UTF-8 text (encoding, size, permissions, binary content).

    ## What it does
    Reports files that cannot be read as text, and what to do about each reason. `utmlint lint` reads a campaign
    file as UTF-8 only (a UTF-16 one is told to be saved as UTF-8). `utmlint scan` also reads UTF-16 and UTF-32
    with their byte order mark (Excel's "Unicode Text" exports) and reports a file named to be checked (or standard
    input) that is invalid UTF-8, binary (NUL bytes) or over 8 MiB. Both report files too large, unreadable
    (permissions), missing, or folders.

    ## Why is this bad?
    utmlint cannot check or build links from a file it cannot read.
    """
    yield from _problems(doc, "file", ctx)
