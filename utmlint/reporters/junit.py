"""JUnit XML for CI dashboards: one <testsuite> per file, one <testcase> per finding.

Errors and warnings are `<failure>`s. An info finding is a passing testcase whose `<system-out>`
carries the message: it is advice, not a failure, and `<skipped>` would claim a check did not run.
(With `--fail-on info` an info finding fails the run, so then it is a `<failure>` too: the
dashboard never shows green for a run that exited 1.) A file without findings gets one passing
testcase, so dashboards count the files that were checked.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Dict, List, Sequence

from ..diagnostics import SEVERITY_RANK, Diagnostic

# Characters XML 1.0 cannot carry at all, even as character references; lone surrogates too.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean(text: str) -> str:
    """Make text storable in XML 1.0: forbidden characters become visible `\\xNN`/`\\uNNNN` escapes."""
    return _FORBIDDEN.sub(lambda m: repr(m.group())[1:-1], text)


def _is_failure(d: Diagnostic, fail_on: str) -> bool:
    return d.severity in ("error", "warning") or SEVERITY_RANK.get(d.severity, 2) >= SEVERITY_RANK.get(fail_on, 2)


def _classname(path: str) -> str:
    stem, dot, _suffix = path.rpartition(".")
    return clean(stem if dot and "/" not in _suffix else path)


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    by_file: Dict[str, List[Diagnostic]] = {path: [] for path in summary.files}
    for d in diagnostics:
        by_file.setdefault(d.path, []).append(d)

    root = ET.Element("testsuites", name="utmlint")
    total = failed = 0
    for path, found in by_file.items():
        suite = ET.SubElement(root, "testsuite", name=clean(path))
        failures = 0
        for d in found:
            where = f"{d.line}:{d.column}"
            case = ET.SubElement(
                suite, "testcase", name=clean(f"{d.code} {d.name} at {where}"), classname=_classname(path),
                file=clean(path), line=str(d.line),
            )
            text = clean(f"{path}:{where}: {d.code} {d.name} [{d.severity}] {d.message}")
            if _is_failure(d, summary.fail_on):
                failures += 1
                failure = ET.SubElement(case, "failure", type=d.code, message=clean(d.message))
                failure.text = text
            else:
                ET.SubElement(case, "system-out").text = text
        if not found:
            ET.SubElement(suite, "testcase", name="no findings", classname=_classname(path), file=clean(path))
        tests = len(found) or 1
        suite.attrib.update(tests=str(tests), failures=str(failures), errors="0", skipped="0")
        total += tests
        failed += failures
    root.attrib.update(tests=str(total), failures=str(failed), errors="0")
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
