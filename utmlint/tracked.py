"""Live-check the tracked links of campaign files: shared by `utmlint check PATH` and `utmlint lint --live`.

The links come from the Project (its models); the options from `Project.live_options`. httpx is imported
only when a link is checked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, TextIO

if TYPE_CHECKING:
    from .live import LiveOptions
    from .project import TrackedLink


def locations_of(links: Sequence["TrackedLink"]) -> Dict[str, List[str]]:
    """url -> where it is written (`path:line:column`), for reports."""
    found: Dict[str, List[str]] = {}
    for link in links:
        found.setdefault(link.url, []).append(link.location)
    return found


def campaign_values(links: Sequence["TrackedLink"]) -> Dict[str, Dict[str, str]]:
    """url -> the utm values its campaign gives it: what the landing page must carry."""
    from .live.chain import utm_params

    return {link.url: {name: values[0] for name, values in utm_params(link.url).items() if len(values) == 1}
            for link in links}


def check_tracked(links: Sequence["TrackedLink"], options: "LiveOptions", fmt: str, stream: TextIO,
                  strict: bool = False, results: Optional[list] = None) -> int:
    """Check each link, writing results to `stream` as they finish, and expecting on each landing page the
    values its campaign gives it; the number of links that fail the run (failed ones, and inconclusive
    ones too when `strict`). `results`, when given, receives every result too (for an HTML report)."""
    from .live import stream_urls
    from .live.report import Writer

    urls = [link.url for link in links]
    writer = Writer(fmt, stream, locations_of(links), expected=len(set(urls)))

    def add(result) -> None:
        writer.add(result)
        if results is not None:
            results.append(result)

    stream_urls(urls, options, add, expect=campaign_values(links))
    writer.close()
    return writer.counts["fail"] + (writer.counts["inconclusive"] if strict else 0)
