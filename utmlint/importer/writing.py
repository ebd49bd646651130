"""A campaign plan as a campaign file, and the file written.

The text is written by hand, as a person would (keys in the README's order, plain scalars where YAML reads them
back as the same text, JSON-quoted otherwise), then loaded back with utmlint's own loader and compared with what
was meant: a value that YAML would read as a number, a date, `null` or a comment never reaches a file changed.
Files are written through safeio: a fresh exclusive temp file renamed into place, no symlink followed, and an
existing file only replaced with --force.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from typing import Any, Dict, List, Optional, Sequence, Tuple

from ..model import KEY_FOR_PARAM
from ..printable import printable
from .grouping import CampaignPlan

_CAMPAIGN_PARAMS = ("utm_source", "utm_medium", "utm_term", "utm_id", "utm_source_platform", "utm_creative_format",
                    "utm_marketing_tactic")
_LINK_PARAMS = ("utm_source", "utm_medium", "utm_term", "utm_content")
_SLUG = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_./-]*\Z")
# Words a person writes (`Spring launch thread`): letters, digits, single spaces and harmless punctuation.
_WORDS = re.compile(r"[A-Za-z0-9_(][A-Za-z0-9_.,;()/+ -]*[A-Za-z0-9_.)]\Z")
_URL = re.compile(r"https?://[\x21-\x7e]*[^:\s]\Z", re.IGNORECASE)
# As in `utmlint build`: characters YAML reads specially inside a double-quoted scalar are escaped too.
_YAML_UNSAFE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")


class WriteError(Exception):
    """The YAML written did not read back as meant (a bug: never expected)."""


@lru_cache(maxsize=1)
def schema_url() -> str:
    from ..resources import schemas_dir

    return json.loads((schemas_dir() / "campaign.schema.json").read_text(encoding="utf-8"))["$id"]


def scalar(value: str, quote_all: bool = False) -> str:
    from ..document import resolve_plain

    if not quote_all and (_SLUG.match(value) or _URL.match(value) or _WORDS.match(value)) and "  " not in value and resolve_plain(value).endswith(":str") and "'" not in value \
            and '"' not in value and not value.startswith(("-", "?", ":", "!", "&", "*", "%", "@", "`")):
        return value
    return _YAML_UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False))


def _ranges(lines: Sequence[int]) -> str:
    parts: List[str] = []
    start = prev = None
    for line in sorted(set(lines)):
        if prev is not None and line == prev + 1:
            prev = line
            continue
        if start is not None:
            parts.append(f"{start}" if start == prev else f"{start}-{prev}")
        start = prev = line
    if start is not None:
        parts.append(f"{start}" if start == prev else f"{start}-{prev}")
    return ", ".join(parts)


def _comment(text: str) -> str:
    return printable(" ".join(text.split()))  # one line whatever the cell held


Spans = List[Tuple[int, int]]  # per link, its first and last line in the file


def campaign_file(plan: CampaignPlan, sheet_name: str, unit: str = "line") -> Tuple[str, Dict[str, Any], Spans]:
    """(the file's text, the data it must load as, where each link is). Plain scalars where they read back the
    same; should one not, the file is written again with every value quoted."""
    text, data, spans = _campaign_file(plan, sheet_name, False, unit)
    try:
        check_reads_back(text, data)
    except WriteError:
        text, data, spans = _campaign_file(plan, sheet_name, True, unit)
        check_reads_back(text, data)
    return text, data, spans


def _campaign_file(plan: CampaignPlan, sheet_name: str, quote_all: bool,
                   unit: str = "line") -> Tuple[str, Dict[str, Any], Spans]:
    def scalar_(value: str) -> str:
        return scalar(value, quote_all)

    lines = [f"# yaml-language-server: $schema={schema_url()}",
             f"# Imported by `utmlint import` from {_comment(sheet_name)}, "
             f"{unit}{'s' if len(plan.links) > 1 else ''} {_ranges(plan.lines)}."]
    data: Dict[str, Any] = {"campaign": plan.campaign}
    lines.append(f"campaign: {scalar_(plan.campaign)}")
    if plan.platform:
        data["platform"] = plan.platform
        lines.append(f"platform: {scalar_(plan.platform)}")
    for param in _CAMPAIGN_PARAMS:
        if param in plan.shared:
            key = KEY_FOR_PARAM[param]
            data[key] = plan.shared[param]
            lines.append(f"{key}: {scalar_(plan.shared[param])}")
    data["links"] = []
    lines.append("links:")
    spans: Spans = []
    for link in plan.links:
        first = len(lines) + 1
        entry: Dict[str, Any] = {"url": link.destination}
        if link.notes:
            lines.append("  # " + "; ".join(f"{_comment(header)}: {_comment(value)}" for header, value in link.notes))
        lines.append(f"  - url: {scalar_(link.destination)}")
        if link.label:
            entry["label"] = link.label
            lines.append(f"    label: {scalar_(link.label)}")
        for param in _LINK_PARAMS:
            if param in link.params and link.params[param] != plan.shared.get(param):
                key = KEY_FOR_PARAM[param]
                entry[key] = link.params[param]
                lines.append(f"    {key}: {scalar_(link.params[param])}")
        data["links"].append(entry)
        spans.append((first, len(lines)))
    return "\n".join(lines) + "\n", data, spans


def check_reads_back(text: str, data: Dict[str, Any]) -> None:
    from .. import document

    doc = document.load_text("<import>", text)
    if not doc.parsed or doc.problems or doc.data != data:
        raise WriteError("a campaign file did not read back as written")


def existing(out_dir: str, names: Sequence[str]) -> List[str]:
    """The names already taken in `out_dir` (by a file, a folder or a symlink, dangling or not)."""
    return [name for name in names if os.path.lexists(os.path.join(out_dir, name))]


def write_files(out_dir: str, files: Sequence[Tuple[str, str]], force: bool) -> List[Tuple[str, Optional[str]]]:
    """Write each (name, text) into `out_dir` (created when missing); (name, None) when written, else
    (name, why not). Below the working directory no folder on the way may be a symlink."""
    from .. import safeio

    cwd = os.getcwd()
    root = cwd if safeio.is_inside(out_dir, cwd) else None
    outcome: List[Tuple[str, Optional[str]]] = []
    try:
        folder = safeio.open_folder(out_dir, root, create=True)
    except safeio.WriteRefused as refused:
        return [(name, str(refused)) for name, _ in files]
    with folder:
        for name, text in files:
            data = text.encode("utf-8")
            try:
                if force:
                    safeio.replace_in(folder, name, data)
                elif not safeio.publish_in(folder, name, data):
                    outcome.append((name, "appeared while importing; not overwritten (pass --force)"))
                    continue
            except OSError as error:
                outcome.append((name, f"cannot write it: {error.strerror or error}"))
                continue
            outcome.append((name, None))
    return outcome
