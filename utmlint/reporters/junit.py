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
from typing import Dict, Iterator, List, Sequence, Tuple

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


def _case(path: str, d: Diagnostic, fail_on: str) -> Tuple[ET.Element, bool]:
    where = f"{d.line}:{d.column}"
    case = ET.Element("testcase", name=clean(f"{d.code} {d.name} at {where}"), classname=_classname(path),
                      file=clean(path), line=str(d.line))
    text = clean(f"{path}:{where}: {d.code} {d.name} [{d.severity}] {d.message}")
    failed = _is_failure(d, fail_on)
    if failed:
        failure = ET.SubElement(case, "failure", type=d.code, message=clean(d.message))
        failure.text = text
    else:
        ET.SubElement(case, "system-out").text = text
    return case, failed


_BATCH = 1000
_INSIDE = "\0"  # where an element's children go, to split its start tag from its end tag


def _tags(element: ET.Element) -> Tuple[str, str]:
    """An element's start and end tags exactly as ElementTree writes them (its attribute escaping)."""
    element.text = _INSIDE
    start, end = ET.tostring(element, encoding="unicode").split(_INSIDE)
    return start, end


def chunks(diagnostics: Sequence[Diagnostic], summary) -> Iterator[str]:
    """The document as ElementTree writes it indented (`ET.indent`), a testcase at a time: one tree of
    88,217 testcases took 300 MB. Counts come first (a suite's start tag carries them)."""
    by_file: Dict[str, List[Diagnostic]] = {path: [] for path in summary.files}
    for d in diagnostics:
        by_file.setdefault(d.path, []).append(d)
    failures = {path: sum(1 for d in found if _is_failure(d, summary.fail_on_for(path))) for path, found in by_file.items()}
    total = sum(len(found) or 1 for found in by_file.values())
    root = ET.Element("testsuites", name="utmlint")
    root.attrib.update(tests=str(total), failures=str(sum(failures.values())), errors="0")
    declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'
    if not by_file:
        yield declaration + ET.tostring(root, encoding="unicode") + "\n"
        return
    root_start, root_end = _tags(root)
    yield declaration + root_start
    for path, found in by_file.items():
        suite = ET.Element("testsuite", name=clean(path))
        suite.attrib.update(tests=str(len(found) or 1), failures=str(failures[path]), errors="0", skipped="0")
        suite_start, suite_end = _tags(suite)
        yield "\n  " + suite_start
        for at in range(0, len(found), _BATCH):
            holder = ET.Element("batch")  # written a batch of testcases at a time: one tostring each is slow
            holder.extend(_case(path, d, summary.fail_on_for(path))[0] for d in found[at:at + _BATCH])
            ET.indent(holder, level=1)  # the testcases as they are indented inside their testsuite
            written = ET.tostring(holder, encoding="unicode")
            yield written[len("<batch>"):-len("\n  </batch>")]
        if not found:
            yield "\n    " + ET.tostring(ET.Element("testcase", name="no findings", classname=_classname(path),
                                                   file=clean(path)), encoding="unicode")
        yield "\n  " + suite_end
    yield "\n" + root_end + "\n"


def render(diagnostics: Sequence[Diagnostic], summary) -> str:
    return "".join(chunks(diagnostics, summary))
