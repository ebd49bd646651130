"""SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and other SARIF viewers.

Every rule in the registry goes into `tool.driver.rules`, not only those that fired, so code scanning
can show a rule's help for alerts that later disappear, and a result's `ruleIndex` stays meaningful.
"""

from __future__ import annotations

import hashlib
import json
import os
import posixpath
import re
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, Optional, Sequence
from urllib.parse import quote

from .. import __version__
from ..diagnostics import Diagnostic

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/utmlint/utmlint"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def _help(rule) -> Dict[str, str]:
    parts = [("What it does:", rule.what), ("Why is this bad?", rule.why)]
    text = [f"{title} {body}" for title, body in parts if body]
    markdown = [f"**{title}** {body}" for title, body in parts if body]
    for title, body in (("Example", rule.example), ("Use instead", rule.use_instead)):
        if body:
            text.append(f"{title}:\n{body}")
            markdown.append(f"**{title}**\n\n```yaml\n{body.rstrip()}\n```")
    return {"text": "\n\n".join(text) or rule.summary, "markdown": "\n\n".join(markdown) or rule.summary}


def _descriptor(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.what or rule.summary},
        "help": _help(rule),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"fixable": rule.fixable, "fix": rule.fix, "origin": rule.origin},
    }


def artifact_location(path: str) -> dict:
    """A relative URI against %SRCROOT% when the file is under the working directory, else a file: URI."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            path = str(candidate.relative_to(Path.cwd()))
        except ValueError:
            return {"uri": candidate.as_uri()}
    relative = posixpath.normpath(path.replace(os.sep, "/"))
    # The file name's own bytes, percent-encoded: a name that is not UTF-8 (`bad\xff.yaml`) is a valid URI too.
    return {"uri": quote(os.fsencode(relative), safe="/"), "uriBaseId": "%SRCROOT%"}


# `other.yaml:12`, `line 12`, `lines 3-4`: places that move when lines are added above; never hashed.
_LINE_REFERENCES = re.compile(r"(\.ya?ml):\d+(?::\d+)?|\b(lines?) \d+(?:(?:-|\u2013| to | and )\d+)?")


def stable_message(message: str) -> str:
    """The message without line numbers: what a fingerprint may hash, so an alert keeps its identity when
    lines are added above it (in this file or in another file the message names)."""
    if "line" not in message and ".y" not in message:  # what either reference needs: most messages have neither
        return message
    return _LINE_REFERENCES.sub(lambda m: m.group(1) or m.group(2), message)


def _result(d: Diagnostic, rule_index: Dict[str, int], occurrence: int, location: Optional[dict] = None,
            stable: Optional[str] = None) -> dict:
    # SARIF positions start at 1; its endColumn is exclusive, which Diagnostic.end_column is taken to be too.
    region = {"startLine": max(d.line, 1), "startColumn": max(d.column, 1)}
    if d.end_line is not None:
        region["endLine"] = max(d.end_line, region["startLine"])
        if d.end_column is not None:
            region["endColumn"] = max(d.end_column, 1)
    # Line-free on purpose: an alert keeps its identity when lines are inserted above it.
    key = "\0".join((d.code, d.path, stable if stable is not None else stable_message(d.message), str(occurrence)))
    result = {
        "ruleId": d.code,
        "level": LEVELS.get(d.severity, "error"),
        "message": {"text": d.message},
        "locations": [{"physicalLocation": {"artifactLocation": location if location is not None else
                                            artifact_location(d.path), "region": region}}],
        "partialFingerprints": {"utmlintFinding/v1": hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()},
    }
    if d.code in rule_index:
        result["ruleIndex"] = rule_index[d.code]
    return result


def _results(diagnostics: Sequence[Diagnostic], rule_index: Dict[str, int], baselined: Sequence[Diagnostic] = (),
             baseline: str = "") -> Iterator[dict]:
    """The results; with a baseline (utmlint.baseline), each says whether it is `new` or `unchanged` (SARIF's
    baselineState), and those of the baseline come too, suppressed (`external`, naming the file): the run passed them,
    and a viewer that honours suppressions shows them as such. A result's fingerprint is the same either way."""
    seen: Counter = Counter()
    locations: Dict[str, dict] = {}  # a file's artifactLocation, worked out once (a Path and a URI quote each)
    old = {id(d) for d in baselined}
    if baselined:
        diagnostics = sorted([*diagnostics, *baselined], key=lambda d: d.sort_key)
    for d in diagnostics:
        identity = (d.code, d.path, stable_message(d.message))
        seen[identity] += 1
        if d.path not in locations:
            locations[d.path] = artifact_location(d.path)
        result = _result(d, rule_index, seen[identity], locations[d.path], identity[2])
        if baseline:
            if id(d) in old:
                result["baselineState"] = "unchanged"
                result["suppressions"] = [{"kind": "external", "status": "accepted",
                                           "justification": f"in the baseline {baseline}"}]
            else:
                result["baselineState"] = "new"
        yield result


_RESULTS = "\0results\0"  # where the results go in the log's text


def chunks(diagnostics: Sequence[Diagnostic], summary) -> Iterator[str]:
    """The log as `json.dumps(log, indent=2)` writes it, the results a finding at a time (88,217 findings
    as one tree of dicts and the encoder's pieces: 660 MB)."""
    from .json import items

    rules = list(summary.registry)
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    driver = {
        "name": "utmlint",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [_descriptor(rule) for rule in rules],
    }
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": _RESULTS}],
    }
    text = json.dumps(log, indent=2, ensure_ascii=False) + "\n"
    placeholder = json.dumps(_RESULTS)
    at = text.index(placeholder)
    indent = " " * (at - text.rfind("\n", 0, at) - 1 - len('"results": '))  # the key's own indentation
    baselined = summary.extra.get("baselined") or ()
    if not diagnostics and not baselined:
        yield text[:at] + "[]" + text[at + len(placeholder):]
        return
    yield text[:at] + "["
    yield from items(_results(diagnostics, rule_index, baselined, summary.extra.get("baseline", "")), indent + "  ")
    yield "\n" + indent + "]" + text[at + len(placeholder):]


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    return "".join(chunks(diagnostics, summary))
