"""UTM005-UTM006: inline suppressions that do nothing. The engine reports these once every other rule has
run (a directive is unused only when no finding needed it); the checks here yield nothing themselves."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from ..registry import Report, rule
from ..suppress import UNKNOWN, UNUSED

if TYPE_CHECKING:
    from ..document import Document
    from ..engine import Context



@rule(code=UNUSED, name="unused-suppression", severity="warning", target="document", fix="safe")
def unused_suppression(doc: Document, ctx: Context) -> Iterator[Report]:
    """A `# utmlint:` suppression comment suppresses nothing.

    ## What it does
    Reports `ignore`, `disable` and `disable-file` directives (or the names in their brackets) that no finding
    needed, as ruff's RUF100 does. A directive naming a rule that did not run (left out by `--select`, the
    config or `per-file-ignores`) is not reported. The fix removes an unused `ignore` or `disable-file`
    comment (or the unused names in its brackets); an unused `disable` is left for you to remove with its
    `enable`, and a comment with words after the directive is left alone.

    ## Why is this bad?
    A stale suppression hides the next real problem on its line or block: the value was fixed, the comment
    stayed, and a later typo there is never reported.

    ## Example
    ```yaml
    campaign: spring-sale
    source: intercom  # utmlint: ignore[value-case]
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
    return iter(())


@rule(code=UNKNOWN, name="unknown-rule-in-suppression", severity="error", target="document")
def unknown_rule_in_suppression(doc: Document, ctx: Context) -> Iterator[Report]:
    """A `# utmlint:` suppression names a rule that does not exist.

    ## What it does
    Reports a code, code prefix or name in a directive's brackets that matches no rule, with the closest
    rule name when there is one. Codes and names are matched in any case, as `--select` matches them.

    ## Why is this bad?
    A misspelled name (`missing-traking`) suppresses nothing, so the finding it was meant to silence still
    shows, or, worse, the author believes a rule is silenced that is not.

    ## Example
    ```yaml
    campaign: spring-sale
    source: Intercom  # utmlint: ignore[valu-case]
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```

    ## Use instead
    ```yaml
    campaign: spring-sale
    source: Intercom  # utmlint: ignore[value-case]
    medium: email
    links:
      - url: https://example.com/sale
        content: hero
    ```
    """
    return iter(())
