"""Text and JSON output for live results, written as they arrive (`Writer`): `check` and `lint --live`."""

from __future__ import annotations

import json
import time
from collections import Counter
from typing import Callable, Dict, Iterator, Mapping, Optional, Sequence, TextIO

from .chain import LinkResult, hop_summary

FORMATS = ("text", "json", "mlz", "html")

Locations = Mapping[str, Sequence[str]]  # url -> ["campaigns/x.yaml:12:8", ...]

_LABEL = {"pass": "PASS", "fail": "FAIL", "inconclusive": "INCONCLUSIVE"}
_ROLE = {"pass": "ok", "fail": "error", "inconclusive": "warning"}  # colour roles of utmlint/color.py


def _summary(total: int, counts: Mapping[str, int], cached: int) -> str:
    noun = "link" if total == 1 else "links"
    text = (
        f"{total} {noun} checked: {counts.get('pass', 0)} passed, {counts.get('fail', 0)} failed, "
        f"{counts.get('inconclusive', 0)} inconclusive"
    )
    return text + (f" ({cached} from cache)." if cached else ".")


class Writer:
    """Writes results one at a time as they arrive (see `stream_urls`) and counts outcomes.

    `json` is a list with one object per distinct URL, in the shape of `mlz check` (`valid`,
    `checks: [{check, status, message}]`) plus `outcome`, `hops`, `landing_utm`, `cached` and, for
    campaign files, `locations`; the bytes equal `json.dumps(items, indent=2)`. `mlz` is exactly the
    shape of `mlz check` (`url`, `valid`, `checks`), so scripts written for it (`jq .valid`) keep
    working: one indented object when one URL is checked (`expected` = 1), else one object a line
    (JSON Lines). Text ends with a summary line. `html` keeps the results and writes one page on close.
    """

    def __init__(self, fmt: str, stream: TextIO, locations: Optional[Locations] = None, expected: int = 0,
                 paint: Optional[Callable[[str, str], str]] = None, quiet: bool = False) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown format {fmt!r}: use {', '.join(FORMATS)}")
        self.fmt, self.stream, self.locations, self.expected = fmt, stream, locations, expected
        self.paint = paint  # text only: colours the outcome label (color.Painter), None for none
        self.quiet = quiet  # text only: the links that did not pass, no PASS lines and no summary
        self.counts: Counter = Counter()
        self.cached = 0
        self._seen: set = set()
        self.results: list = []  # html: one page at the end, so results are kept until close()

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def add(self, result: LinkResult) -> None:
        if result.url in self._seen:
            return
        self._seen.add(result.url)
        self.counts[result.outcome] += 1
        self.cached += result.cached
        if self.fmt == "json":
            data = _json_item(result, self.locations)
            self.stream.write(",\n" if self.total > 1 else "[\n")
            self.stream.write("\n".join("  " + line for line in json.dumps(data, indent=2, ensure_ascii=False).split("\n")))
        elif self.fmt == "html":
            self.results.append(result)
        elif self.fmt == "mlz":
            data = {"url": result.url, "valid": result.valid, "checks": [c.to_json() for c in result.checks]}
            if self.expected == 1:
                self.stream.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
            else:
                self.stream.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif not (self.quiet and result.outcome == "pass"):
            from ..printable import printable

            for number, line in enumerate(_result_lines(result, self.locations, verbose=False)):
                line = printable(line)  # URLs and places come from pull requests; colour goes on after escaping
                if number == 0 and self.paint is not None:
                    label = _LABEL[result.outcome]
                    line = self.paint(label, _ROLE[result.outcome]) + line[len(label):]
                self.stream.write(line + "\n")

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.total else "[]\n")
        elif self.fmt == "html":
            from ..html.live import render

            self.stream.write(render(self.results, self.locations))
        elif self.fmt == "mlz":
            pass  # nothing around the objects: each one stands alone
        elif not self.quiet:
            self.stream.write(self.summary() + "\n")

    def summary(self) -> str:
        return _summary(self.total, self.counts, self.cached)


def age_text(seconds: float) -> str:
    """`40 s`, `12 min`, `3 h`, `2 d`: how old a cached result is, as a person says it."""
    seconds = max(0.0, seconds)
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 90 * 60:
        return f"{seconds / 60:.0f} min"
    if seconds < 36 * 3600:
        return f"{seconds / 3600:.0f} h"
    return f"{seconds / 86400:.0f} d"


def _headline_detail(result: LinkResult, now: float) -> str:
    if result.stopped == "loop":
        detail = f"redirect loop after {len(result.hops)} hop{'s' * (len(result.hops) != 1)}"
    elif result.stopped:
        detail = f"stopped after {len(result.hops)} hops"
    elif result.hops and result.hops[-1].status is None:  # the last hop got no answer
        detail = "no answer" if len(result.hops) == 1 else f"{hop_summary(result.hops)}, no answer at hop {len(result.hops)}"
    else:
        detail = hop_summary(result.hops)
    if result.cached:
        detail += f", cached, {age_text(now - result.checked_at)} old"
    return detail


def _result_lines(result: LinkResult, locations: Optional[Locations], verbose: bool = False,
                  now: Optional[float] = None) -> Iterator[str]:
    """A headline per link; under a PASS only its warnings (and, for a wrapper, the utm it lands with);
    under anything else the checks that did not pass and the hops, each URL once."""
    now = time.time() if now is None else now
    where = ", ".join((locations or {}).get(result.url, ()))
    yield f"{_LABEL[result.outcome]:<12} {result.url}  ({_headline_detail(result, now)})" + (f"  [{where}]" if where else "")
    if result.outcome == "pass" and not verbose:
        for check in result.checks:
            if check.status == "warn":
                yield f"    warning    {check.label}: {check.message}"
        if result.wrapped:
            landing = result.landing_utm
            yield "    landing    " + ", ".join(f"{name}={value}" for name in sorted(landing) for value in landing[name])
        return
    for check in result.checks:
        if check.status != "pass" or verbose:
            yield f"    {check.label:<11} {check.status:<12} {check.message}"
    for number, hop in enumerate(result.hops, 1):
        status = hop.status if hop.status is not None else "---"
        shown = "(the URL above)" if number == 1 else hop.url
        how = f"  [{hop.kind}]" if hop.kind and hop.kind != "redirect" else ""
        # the next hop's line names where this one led; only the last says it, when the chain stopped there
        arrow = f" -> {hop.location}" if hop.location and number == len(result.hops) else ""
        lost = "".join(
            f" [{kind}: {', '.join(names)}]" for kind, names in (("dropped", hop.dropped), ("changed", hop.changed)) if names
        )
        yield f"    hop {number:<3} {status}  {shown}{arrow}{how}{lost}"


def _json_item(result: LinkResult, locations: Optional[Locations]) -> Dict[str, object]:
    data: Dict[str, object] = result.to_json()
    data["cached"] = result.cached
    if locations is not None:
        data["locations"] = list(locations.get(result.url, ()))
    return data
