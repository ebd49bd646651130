"""What `utmlint import` did with every row, the files it wrote (or would write), and the lint findings of what
it imported, as text for a person or JSON for a script.

The exit code is decided here too: 0 when every row was imported and nothing it wrote has a finding at or above
the config's failing severity, 1 otherwise (a row skipped, a finding, a file not written); 2 is the command's,
for a sheet it cannot read.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from ..printable import printable
from ..reporters.text import line as finding_line  # lint's concise line, so both read alike


@dataclass
class RowOutcome:
    line: int
    imported: bool
    reason: Optional[str] = None  # why skipped, or what differs after import
    file: Optional[str] = None
    campaign: Optional[str] = None
    findings: List[str] = field(default_factory=list)  # codes of the lint findings on its link (or its campaign)
    settings: bool = False  # an ad platform's campaign, ad group or keyword row: no link to import, nothing skipped
    left_out: str = ""  # scan's inventory read the link as not the team's own (`copied`, `set-aside`): not imported,
    # on purpose, nothing skipped (rows.not_own)
    note: Optional[str] = None  # what an imported link's URL left out, on purpose (a visit's id: rows.without_visit_ids)


@dataclass
class FileOutcome:
    path: str  # as displayed
    campaign: str
    links: int
    text: str
    status: str = "pending"  # written | replaced | would write | would replace | exists | not written
    reason: Optional[str] = None
    note: Optional[str] = None  # worth knowing, changes nothing (the campaign already has a file)


@dataclass
class ImportReport:
    sheet: str
    preset: str
    preset_title: str
    picked_by: str  # "headers" or "--preset"
    dialect: str
    ignored_columns: List[str] = field(default_factory=list)
    blank_rows: int = 0
    rows: List[RowOutcome] = field(default_factory=list)
    files: List[FileOutcome] = field(default_factory=list)
    findings: List[Any] = field(default_factory=list)  # Diagnostics of the imported files
    failing: bool = False  # a finding at or above the config's fail-on severity
    headerless: bool = False  # the sheet has no header row: the preset was picked by its column of links
    dry_run: bool = False
    out_dir: str = "campaigns"
    notes: List[str] = field(default_factory=list)  # said once about the whole sheet (an inventory without `whose`)
    unit: str = "line"  # what a row's number counts (sheet.Sheet.unit): its line, or its record's place in a JSON list

    @property
    def skipped(self) -> List[RowOutcome]:
        return [row for row in self.rows if not row.imported and not row.settings and not row.left_out]

    @property
    def left_out(self) -> List[RowOutcome]:
        """The rows of scan's inventory it read as not the team's own links, left out unless --all-links."""
        return [row for row in self.rows if row.left_out]

    @property
    def settings(self) -> List[RowOutcome]:
        """An ad platform's export's rows of no ad (presets: ads): its campaigns' and ad groups' settings, keywords."""
        return [row for row in self.rows if row.settings]

    @property
    def exit_code(self) -> int:
        differs = any(row.imported and row.reason for row in self.rows)
        unwritten = any(f.status in ("exists", "not written") for f in self.files)
        nothing = not any(row.imported for row in self.rows)  # no row (or an ad platform's settings rows alone)
        return 1 if nothing or self.skipped or differs or unwritten or self.failing else 0


def _row_text(report: ImportReport, row: RowOutcome) -> str:
    where = f"{printable(report.sheet)}:{row.line}" if report.unit == "line" else \
        f"{printable(report.sheet)}: {report.unit} {row.line}"
    if row.settings:
        return f"{where}: not a link: {row.reason}"
    if row.left_out:
        return f"{where}: left out: {row.reason}"
    if not row.imported:
        return f"{where}: skipped: {row.reason}"
    status = next((f.status for f in report.files if f.path == row.file), "")
    if report.dry_run:
        verb = "would be imported into"
    elif status in ("written", "replaced"):
        verb = "imported into"
    else:
        verb = "not imported: its file was not written:"
    text = f"{where}: {verb} {printable(row.file or '')}"
    said = [f"lint: {', '.join(row.findings)}"] if row.findings else []
    said += [row.note] if row.note else []  # what its URL left out (one parenthesis with the lint codes)
    if said:
        text += f" ({'; '.join(said)})"
    return text + (f" ({row.reason})" if row.reason else "")


def text(report: ImportReport) -> str:
    out: List[str] = []
    how = "--preset" if report.picked_by != "headers" else "picked by its headers; --preset to choose" \
        if not report.headerless else "picked by its column of links; --preset to choose"  # no header row to pick by
    out.append(f"{printable(report.sheet)}: {report.preset_title} (preset `{report.preset}`, {how}); {report.dialect}")
    if report.ignored_columns:
        out.append("columns not imported: " + ", ".join(f"`{printable(c)}`" for c in report.ignored_columns))
    out.extend(f"note: {printable(report.sheet)}: {printable(note)}" for note in report.notes)
    if not report.rows:
        out.append(f"{printable(report.sheet)}: nothing to import: the sheet has a header row and no rows of links")
    out.extend(_row_text(report, row) for row in report.rows)
    for f in report.files:
        noun = "link" if f.links == 1 else "links"
        if report.dry_run:
            state = {"would replace": "would replace it (--force)",
                     "exists": "exists: not replaced without --force"}.get(f.status, f.status)
            out.append(f"--- {printable(f.path)} ({f.links} {noun}; {state})")
            out.append(f.text.rstrip("\n"))
        elif f.status in ("written", "replaced"):
            out.append(f"{'wrote' if f.status == 'written' else 'replaced'} {printable(f.path)} ({f.links} {noun})")
        else:
            out.append(f"not written: {printable(f.path)}: {printable(f.reason or f.status)}")
    out.extend(f"note: {printable(f.path)}: {printable(f.note)}" for f in report.files if f.note)
    if report.findings:
        out.append(f"Lint findings in the imported files (values are kept as written; "
                   f"`utmlint lint --fix {printable(report.out_dir)}` fixes the safe ones):")
        out.extend(finding_line(d) for d in report.findings)
    out.append(summary(report))
    return "\n".join(out) + "\n"


def summary(report: ImportReport) -> str:
    total = len(report.rows)
    imported = total - len(report.skipped) - len(report.settings) - len(report.left_out)
    files = len(report.files)
    unwritten = [f for f in report.files if f.status in ("exists", "not written")]
    if report.dry_run:
        verb = "would be imported"
    elif unwritten and len(unwritten) == files:
        verb = "ready for"
    else:
        verb = "imported"
    into = "" if verb == "ready for" else " into"
    text = (f"{total} row{'s' if total != 1 else ''}: {imported} {verb}{into} {files} campaign "
            f"file{'s' if files != 1 else ''}, {len(report.skipped)} skipped")
    if report.settings:
        text += f", {len(report.settings)} not a link (an ad platform's campaign, ad group or keyword rows)"
    if report.left_out:
        text += f", {left_out_said(report.left_out)}"
    findings = len(report.findings)
    text += f"; {findings} lint finding{'s' if findings != 1 else ''}"
    if report.dry_run:
        text += "; nothing written (--dry-run)"
    elif unwritten:
        exists = sum(1 for f in unwritten if f.status == "exists")
        text += (f"; {len(unwritten)} file{'s' if len(unwritten) != 1 else ''} not written"
                 + (f" ({exists} exist: --force replaces them)" if exists else ""))
    return text + "."


def left_out_said(rows: List[RowOutcome]) -> str:
    """The summary's count of the rows of scan's inventory left out as not the team's own, by kind, and how to take
    them in (newuser46 F21)."""
    copied = sum(1 for row in rows if row.left_out == "copied")
    aside = len(rows) - copied
    kinds = ", ".join(part for part in (f"{copied} copied" if copied else "",
                                        f"{aside} set aside" if aside else "") if part)
    return (f"{len(rows)} left out ({kinds}: scan read {'them' if len(rows) > 1 else 'it'} as not your own; "
            f"`--all-links` imports {'them' if len(rows) > 1 else 'it'} too)")


def as_json(report: ImportReport) -> str:
    data: Dict[str, Any] = {
        "sheet": report.sheet,
        "preset": report.preset,
        "picked_by": report.picked_by,
        "dialect": report.dialect,
        "ignored_columns": report.ignored_columns,
        "dry_run": report.dry_run,
        "notes": report.notes,
        "rows": [{report.unit: r.line, "status": "imported" if r.imported else "not a link" if r.settings else
                  "left out" if r.left_out else "skipped", **({"whose": r.left_out} if r.left_out else {}),
                  "reason": r.reason, **({"note": r.note} if r.note else {}),
                  "file": r.file, "campaign": r.campaign, "findings": r.findings} for r in report.rows],
        "files": [{"path": f.path, "campaign": f.campaign, "links": f.links, "status": f.status, "reason": f.reason,
                   "note": f.note,
                   **({"text": f.text} if report.dry_run else {})} for f in report.files],
        "findings": [d.to_json() for d in report.findings],
        "summary": {"rows": len(report.rows),
                    "imported": len(report.rows) - len(report.skipped) - len(report.settings) - len(report.left_out),
                    "skipped": len(report.skipped),
                    **({"left_out": len(report.left_out)} if report.left_out else {}),
                    **({"not_links": len(report.settings)} if report.settings else {}), "files": len(report.files), "findings": len(report.findings)},
        "exit_code": report.exit_code,
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
