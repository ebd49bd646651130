"""Text and JSON output for live results; `summary_line` is shared by `lint --live`."""

from __future__ import annotations

import io
import json
from collections import Counter
from typing import Dict, Iterator, Mapping, Optional, Sequence, TextIO

from .chain import LinkResult

Locations = Mapping[str, Sequence[str]]  # url -> ["campaigns/x.yaml:12:8", ...]

_LABEL = {"pass": "PASS", "fail": "FAIL", "inconclusive": "INCONCLUSIVE"}


def summary_line(results: Sequence[LinkResult]) -> str:
    counts = Counter(r.outcome for r in results)
    return _summary(len(results), counts, sum(1 for r in results if r.cached))


def _summary(total: int, counts: Mapping[str, int], cached: int) -> str:
    noun = "link" if total == 1 else "links"
    text = (
        f"{total} {noun} checked: {counts.get('pass', 0)} passed, {counts.get('fail', 0)} failed, "
        f"{counts.get('inconclusive', 0)} inconclusive"
    )
    return text + (f" ({cached} from cache)." if cached else ".")


class Writer:
    """Writes results one at a time as they arrive (see `stream_urls`) and counts outcomes.

    JSON is a list with one object per distinct URL, in the shape of `mlz check` (`valid`,
    `checks: [{check, status, message}]`) plus `outcome`, `hops`, `cached` and, for campaign files,
    `locations`; the bytes equal `json.dumps(items, indent=2)`. Text ends with a summary line.
    """

    def __init__(self, fmt: str, stream: TextIO, locations: Optional[Locations] = None) -> None:
        if fmt not in ("text", "json"):
            raise ValueError(f"unknown format {fmt!r}: use text or json")
        self.fmt, self.stream, self.locations = fmt, stream, locations
        self.counts: Counter = Counter()
        self.cached = 0
        self._seen: set = set()

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
        else:
            for line in _result_lines(result, self.locations, verbose=False):
                self.stream.write(line + "\n")

    def close(self) -> None:
        if self.fmt == "json":
            self.stream.write("\n]\n" if self.total else "[]\n")
        else:
            self.stream.write(self.summary() + "\n")

    def summary(self) -> str:
        return _summary(self.total, self.counts, self.cached)


def _result_lines(result: LinkResult, locations: Optional[Locations], verbose: bool = False) -> Iterator[str]:
    where = ", ".join((locations or {}).get(result.url, ()))
    redirects = max(len(result.hops) - 1, 0)
    detail = f"{redirects} redirect{'s' if redirects != 1 else ''}" + (", cached" if result.cached else "")
    yield f"{_LABEL[result.outcome]:<12} {result.url}  ({detail})" + (f"  [{where}]" if where else "")
    if result.outcome == "pass" and not verbose:
        return
    for check in result.checks:
        if check.status != "pass" or verbose:
            yield f"    {check.check:<10} {check.status:<12} {check.message}"
    for number, hop in enumerate(result.hops, 1):
        status = hop.status if hop.status is not None else "---"
        arrow = f" -> {hop.location}" if hop.location else ""
        lost = "".join(
            f" [{kind}: {', '.join(names)}]" for kind, names in (("dropped", hop.dropped), ("changed", hop.changed)) if names
        )
        yield f"    hop {number:<3} {status}  {hop.url}{arrow}{lost}"


def _json_item(result: LinkResult, locations: Optional[Locations]) -> Dict[str, object]:
    data: Dict[str, object] = result.to_json()
    data["cached"] = result.cached
    if locations is not None:
        data["locations"] = list(locations.get(result.url, ()))
    return data


def write(fmt: str, results: Sequence[LinkResult], stream: TextIO, locations: Optional[Locations] = None) -> Writer:
    """Write a whole report (duplicates once) to `stream`; returns the writer with its counts."""
    writer = Writer(fmt, stream, locations)
    for result in results:
        writer.add(result)
    writer.close()
    return writer


def render(fmt: str, results: Sequence[LinkResult], locations: Optional[Locations] = None) -> str:
    buffer = io.StringIO()
    write(fmt, results, buffer, locations)
    return buffer.getvalue()


