"""A detector's `UrlProblem` reported on a campaign file's `url:`: its position in the file and the fix as a text edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterator, List, Optional

from ...diagnostics import Fix, Pos
from ...registry import Report
from ..urledit import rewrite_url, url_column
from .fields import UrlProblem

if TYPE_CHECKING:
    from ...engine import Context
    from ...model import Link


def _report(link: Link, ctx: Context, problems: List[UrlProblem],
            campaign_fix: Optional[Callable[[UrlProblem], Optional[Fix]]] = None) -> Iterator[Report]:
    for problem in problems:
        at = url_column(link, problem.start)
        end = None
        if at != link.pos or problem.start == 0:
            end = Pos(at.line, at.column + problem.end - problem.start)
        fix = None
        if campaign_fix is not None:
            fix = campaign_fix(problem)
        elif problem.fixed is not None:
            fix = rewrite_url(link, problem.fixed, _FIX_WORDS[problem.name])
        elif problem.unsafe_fixed is not None:
            fix = rewrite_url(link, problem.unsafe_fixed, _FIX_WORDS[problem.name], safe=False)
        yield ctx.report(problem.message, at, end=end, fix=fix, severity=problem.severity, reason=problem.reason)


_FIX_WORDS = {
    "utm-in-fragment": "move the utm parameters out of the #fragment",
    "utm-key-repeated": "remove the repeated copy",
    "utm-key-unknown": "rename the key",
    "url-html-escaped": "write & for &amp;",
    "url-second-question-mark": "write & for the second ?",
    "play-referrer-unencoded": "encode the referrer",
    "copied-tracking": "remove the copied tracking",
    "utm-internal-link": "remove the utm parameters from the internal link",
    "utm-useless-destination": "remove the utm tags nobody reads",
}
