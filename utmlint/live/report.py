"""Text and JSON output for live results; `summary_line` is shared by `lint --live`."""

from __future__ import annotations

import json
from collections import Counter
from typing import Dict, List, Mapping, Optional, Sequence

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


def render_text(results: Sequence[LinkResult], locations: Optional[Locations] = None, verbose: bool = False) -> str:
    """One line per link; for links that did not pass, the checks that say why and every hop."""
    lines: List[str] = []
    for result in results:
        where = ", ".join((locations or {}).get(result.url, ()))
        redirects = max(len(result.hops) - 1, 0)
        detail = f"{redirects} redirect{'s' if redirects != 1 else ''}" + (", cached" if result.cached else "")
        lines.append(f"{_LABEL[result.outcome]:<12} {result.url}  ({detail})" + (f"  [{where}]" if where else ""))
        if result.outcome == "pass" and not verbose:
            continue
        for check in result.checks:
            if check.status != "pass" or verbose:
                lines.append(f"    {check.check:<10} {check.status:<12} {check.message}")
        for number, hop in enumerate(result.hops, 1):
            status = hop.status if hop.status is not None else "---"
            arrow = f" -> {hop.location}" if hop.location else ""
            lost = "".join(
                f" [{kind}: {', '.join(names)}]" for kind, names in (("dropped", hop.dropped), ("changed", hop.changed)) if names
            )
            lines.append(f"    hop {number:<3} {status}  {hop.url}{arrow}{lost}")
    lines.append(summary_line(results))
    return "\n".join(lines) + "\n"


def render_json(results: Sequence[LinkResult], locations: Optional[Locations] = None) -> str:
    """A list with one object per distinct URL, in the shape of `mlz check`, plus outcome and hops."""
    items: List[Dict[str, object]] = []
    seen = set()
    for result in results:
        if result.url in seen:
            continue
        seen.add(result.url)
        data: Dict[str, object] = result.to_json()
        data["cached"] = result.cached
        if locations is not None:
            data["locations"] = list(locations.get(result.url, ()))
        items.append(data)
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def render(fmt: str, results: Sequence[LinkResult], locations: Optional[Locations] = None) -> str:
    if fmt == "json":
        return render_json(results, locations)
    if fmt == "text":
        return render_text(results, locations)
    raise ValueError(f"unknown format {fmt!r}: use text or json")
