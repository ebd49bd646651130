"""One import, start to end: sheet -> rows -> links -> campaigns -> YAML, each file checked twice before it is
written (it reads back as meant, and its model renders every row's tracked URL), then linted in-process by the
Project's own linter (repo-wide rules with the repo's other campaign files), then written, or not (--dry-run, or
a file already there without --force: then nothing is written at all, so a re-run never leaves half an import).
"""

from __future__ import annotations

import os
from pathlib import Path
from shlex import quote
from typing import Dict, List, Optional, Tuple

from ..phrases import joined
from .grouping import group
from .presets import columns_for, likely, norm
from .report import FileOutcome, ImportReport, RowOutcome
from .rows import Levels, Link, Skip, not_own, read_row, shown, url_key
from .sheet import SheetError, below_title, read_sheet
from .writing import campaign_file, existing, write_files


def run_import(sheet_path: str, preset: str, out_dir: str, project, dry_run: bool, force: bool,
               all_links: bool = False, given: Optional[Dict[str, str]] = None) -> ImportReport:
    """Raises SheetError for a sheet it cannot read (nothing is written then). `all_links`: import the rows of scan's
    inventory that it read as not the team's own too (rows.not_own). `given`: field -> header, the columns
    `--column` names (presets.mapped)."""
    from .. import document
    from ..config import ConfigError
    from ..discovery import display_path
    from ..model import build_campaign

    sheet = read_sheet(sheet_path)
    try:
        columns = columns_for(sheet, preset, given)
    except SheetError as error:
        below = below_title(sheet)  # a title above the header row (newuser45 F4)
        if below is None:
            raise
        try:
            columns = columns_for(below, preset, given)
        except SheetError:
            raise error from None
        sheet = below
    report = ImportReport(sheet_path, columns.preset.name, columns.preset.title, columns.picked_by, sheet.dialect,
                          columns.ignored, sheet.blank_rows, dry_run=dry_run, out_dir=out_dir,
                          headerless=sheet.headerless, unit=sheet.unit)
    links: List[Link] = []
    skipped: List[Skip] = []
    levels = Levels(sheet.rows, columns) if columns.preset.name == "ads" else None
    whose = columns.preset.name == "scan" and "whose" in columns.fields and not all_links
    if columns.preset.name == "scan" and "whose" not in columns.fields and sheet.rows:
        report.notes.append("this inventory has no `whose` column (written before `utmlint scan --links` said whose "
                            "each link is), so every row is imported as before, another party's tags copied into a "
                            "doc included; run `utmlint scan --links` again to leave those out")
    for row in sheet.rows:
        # the team's own link in scan's inventory is imported without a visit's id copied beside its tags (review47 F4)
        outcome = (not_own(row, columns) if whose else None) or read_row(row, columns, levels, own=whose)
        (links if isinstance(outcome, Link) else skipped).append(outcome)
    if columns.filled:  # `Campaign ID` filled each ad's `{{campaign.id}}`: read, not "not imported" (newuser47 F7)
        report.ignored_columns = [c for c in report.ignored_columns if norm(c) not in columns.filled]
    for name, header in likely(columns):  # newuser48b F2: a client's own name for a field, said with how to read it
        lacking = any(name not in link.params for link in links) or (
            name == "utm_campaign" and any(s.reason.startswith("no campaign") for s in skipped))
        if lacking:  # not when every row's URL carries it (`Lead Source` beside a column of tracked URLs)
            report.notes.append(f"no column is read as {name}, and `{shown(header, 40)}` is not imported: if it holds "
                                f"{name}, import again with `--column {quote(name + '=' + header)}`")
    scope = project.scopes[0]
    plans, dropped = group(links, scope.platforms, sheet.unit)
    skipped.extend(dropped)
    outcomes: Dict[int, RowOutcome] = {s.line: RowOutcome(s.line, False, s.reason, settings=s.settings,
                                                          left_out=s.left_out) for s in skipped}
    texts: Dict[Path, str] = {}
    link_spans: Dict[str, List[Tuple[Tuple[int, int], int]]] = {}  # file -> ((first, last line), sheet line)
    for plan in plans:
        path = Path(out_dir) / plan.file_name
        where = display_path(path)
        text, _, spans = campaign_file(plan, sheet_path, sheet.unit)
        link_spans[where] = list(zip(spans, (link.line for link in plan.links)))
        texts[path] = text
        report.files.append(FileOutcome(where, plan.campaign, len(plan.links), text))
        campaign = build_campaign(document.load_text(where, text), scope.platforms, scope.config.in_product_hosts)
        modelled = campaign.all_links if campaign is not None else []
        for index, link in enumerate(plan.links):
            differs = None
            got = modelled[index].tracked_url if index < len(modelled) else ""
            if url_key(got) != url_key(link.expected):
                differs = f"but it renders as `{shown(got)}`, not `{shown(link.expected)}`; check the config's in-product-hosts"
            outcomes[link.line] = RowOutcome(link.line, True, differs, where, plan.campaign)
            if link.ids:  # review47 F4: said, so no one wonders where they went; no failure
                outcomes[link.line].note = (f"without {joined([f'`{shown(n, 30)}`' for n in link.ids])}, one earlier "
                                            f"visit's id{'s' if len(link.ids) > 1 else ''} copied with the link")
            if link.respelled:  # newuser49 F5: the column's spelling of the URL's value, kept as a note
                said = "; ".join(f"{name} `{shown(url_value, 40)}` as the URL writes it, what GA4 received; its "
                                 f"column's `{shown(value, 40)}` kept as a comment"
                                 for name, value, url_value in link.respelled)
                note = outcomes[link.line].note
                outcomes[link.line].note = f"{note}; {said}" if note else said
    report.rows = [outcomes[line] for line in sorted(outcomes)]

    try:  # the project's campaign files (without a config, nothing says what the project is: the --out folder's)
        others = scope.files or scope.targets
    except ConfigError:  # the --out folder not made yet (the first import), or no campaign file there yet
        others = _project_files(scope.config)
    replaced = {os.path.realpath(path) for path in texts}
    defined: Dict[str, List[str]] = {}
    for campaign in scope.campaigns([f for f in others if os.path.realpath(f) not in replaced]):
        defined.setdefault(campaign.slug or "", []).append(campaign.path)
    for outcome in report.files:
        if outcome.campaign in defined:
            outcome.note = (f"campaign `{shown(outcome.campaign, 40)}` is already defined in "
                            f"{', '.join(defined[outcome.campaign])}: merge the links by hand, or drop one file")
    _note_left_out(scope.config, report, list(texts))
    linter = scope.linter()
    result = linter.run_texts(texts, others)
    report.findings = result.diagnostics
    for finding in result.diagnostics:  # each finding to the rows it concerns: its link's, or all of a file's
        spans = link_spans.get(finding.path, [])
        lines = [line for (first, last), line in spans if first <= finding.line <= last] or \
                ([line for _, line in spans] if spans and finding.line < spans[0][0][0] else [])
        for line in lines:
            codes = outcomes[line].findings
            if finding.code not in codes:
                codes.append(finding.code)
    report.failing = linter.fails(result.diagnostics, scope.config.fail_on)

    names = [path.name for path in texts]
    taken = set(existing(out_dir, names))
    for outcome, name in zip(report.files, names):
        if name in taken:
            outcome.status = ("would replace" if dry_run else "replaced") if force else "exists"
            if not force:
                outcome.reason = "exists; not overwritten (pass --force to replace it)"
        else:
            outcome.status = "would write" if dry_run else "written"
    if dry_run:
        return report
    if taken and not force:
        for outcome in report.files:
            if outcome.status != "exists":
                outcome.status = "not written"
                outcome.reason = (f"nothing was written: {len(taken)} of the files exist "
                                  f"(pass --force to replace them, or --out another folder)")
        return report
    results = dict(write_files(out_dir, [(path.name, text) for path, text in texts.items()], force))
    for outcome, name in zip(report.files, names):
        if results.get(name):
            outcome.status, outcome.reason = "not written", results[name]
    return report


def _project_files(config) -> List[Path]:
    """The config's campaign files, found as `utmlint lint` finds them, for an `--out` folder that is not there yet:
    `--out campaigns/imported` compared the new files with nothing, so a campaign the repo already defines and a
    spelling its files write another way were said only once the folder existed (`--force`), never on the first
    import (newuser46 F1). Without a config, nothing says what the project is: nothing to compare with."""
    if config.source is None:
        return []
    from ..discovery import walk

    return [Path(path) for path in walk(config, config.root)]


def _note_left_out(config, report: ImportReport, paths: List[Path]) -> None:
    """A note on each file the config's include globs leave out: `utmlint import links.csv --out imported` beside
    `include: ["campaigns/**/*.yaml"]` wrote files no `utmlint lint` checks, and named `utmlint lint --fix imported` as
    the next step, which checked nothing (session 42 newuser F9; since F4, it fails naming them)."""
    from ..discovery import _selected

    if config.source is None or "include" not in config.raw:
        return  # no config: `utmlint lint DIR` reads every campaign file it is given
    for outcome, path in zip(report.files, paths):
        if _selected(config, os.path.abspath(path)):
            continue
        said = (f"the include globs of {config.source} ({', '.join(config.include)}) leave this file out, so "
                f"`utmlint lint` will not check it: add the folder to `include:`, or import with `--out` a folder "
                "they name")
        outcome.note = f"{outcome.note}; {said}" if outcome.note else said

