"""Text and JSON output for live results; `summary_line` is shared by `lint --live`."""

from __future__ import annotations

import io
import json
from collections import Counter
from typing import Dict, Iterator, List, Mapping, Optional, Sequence, TextIO

from .chain import LinkResult

Locations = Mapping[str, Sequence[str]]  # url -> ["campaigns/x.yaml:12:8", ...]

_LABEL = {"pass": "PASS", "fail": "FAIL", "inconclusive": "INCONCLUSIVE"}


def summary_line(results: Sequence[LinkResult]) -> str:
    counts = Counter(r.outcome for r in results)
    cached = sum(1 for r in results if r.cached)
    noun = "link" if len(results) == 1 else "links"
    text = (
        f"{len(results)} {noun} checked: {counts['pass']} passed, {counts['fail']} failed, "
        f"{counts['inconclusive']} inconclusive"
    )
    return text + (f" ({cached} from cache)." if cached else ".")


def _text_lines(results: Sequence[LinkResult], locations: Optional[Locations], verbose: bool) -> Iterator[str]:
    for result in results:
        where = ", ".join((locations or {}).get(result.url, ()))
        redirects = max(len(result.hops) - 1, 0)
        detail = f"{redirects} redirect{'s' if redirects != 1 else ''}" + (", cached" if result.cached else "")
        yield f"{_LABEL[result.outcome]:<12} {result.url}  ({detail})" + (f"  [{where}]" if where else "")
        if result.outcome == "pass" and not verbose:
            continue
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
    yield summary_line(results)


def _json_items(results: Sequence[LinkResult], locations: Optional[Locations]) -> Iterator[Dict[str, object]]:
    seen = set()
    for result in results:
        if result.url in seen:
            continue
        seen.add(result.url)
        data: Dict[str, object] = result.to_json()
        data["cached"] = result.cached
        if locations is not None:
            data["locations"] = list(locations.get(result.url, ()))
        yield data


def write(fmt: str, results: Sequence[LinkResult], stream: TextIO, locations: Optional[Locations] = None) -> None:
    """Write the report piece by piece, so a 10,000-link report is never one string in memory.

    JSON is a list with one object per distinct URL, in the shape of `mlz check` (`valid`,
    `checks: [{check, status, message}]`) plus `outcome`, `hops`, `cached` and, for campaign files,
    `locations`. The bytes equal `json.dumps(items, indent=2)`.
    """
    if fmt == "json":
        opened = False
        for data in _json_items(results, locations):
            stream.write(",\n" if opened else "[\n")
            opened = True
            stream.write("\n".join("  " + line for line in json.dumps(data, indent=2, ensure_ascii=False).split("\n")))
        stream.write("\n]\n" if opened else "[]\n")
    elif fmt == "text":
        for line in _text_lines(results, locations, verbose=False):
            stream.write(line + "\n")
    else:
        raise ValueError(f"unknown format {fmt!r}: use text or json")


def render(fmt: str, results: Sequence[LinkResult], locations: Optional[Locations] = None) -> str:
    buffer = io.StringIO()
    write(fmt, results, buffer, locations)
    return buffer.getvalue()


def render_text(results: Sequence[LinkResult], locations: Optional[Locations] = None, verbose: bool = False) -> str:
    """One line per link; for links that did not pass, the checks that say why and every hop."""
    return "\n".join(_text_lines(results, locations, verbose)) + "\n"
