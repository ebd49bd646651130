"""`utmlint scan -`: the text on stdin scanned as the file `--stdin-filename` names (see utmlint/stdin.py)."""

from __future__ import annotations

import os
from typing import Optional

from ..stdin import Buffer


def scan_buffer(scanner, buffer: Buffer, text: Optional[str] = None):
    """`scan PATH` on the buffer: the same extractors, rules, suppressions and repo-wide spellings."""
    from .files import Discovery, generated, is_campaign_file
    from . import kind_suffix
    from .run import FileScan, ScanResult, extract

    config = scanner.config
    path = os.fspath(buffer.path)
    shown = buffer.shown
    relative = config.relative_to_root(path)
    if buffer.named:
        skipped = generated(path)
        if skipped:  # a lock file, a link checker's cache: as `scan PATH` says of it (review8 S11)
            return ScanResult([], [], [f"{shown}:1:1: note: {skipped}"])
        if is_campaign_file(config, path, relative, sniff=False):
            return ScanResult([], [], [f"{shown} is a campaign file: `utmlint lint` checks it"])
        family = Discovery(config).family(path, relative)
        if family is None:
            return ScanResult([], [], [f"{shown}: not a file kind `utmlint scan` reads (or excluded); not checked"])
    else:
        family = "plain"
    result = FileScan(path, shown)
    if buffer.too_big and text is None:
        result.notes = [(1, 1, "standard input is over the size limit of a scanned file; not scanned")]
    else:
        raw = text.encode("utf-8") if text is not None else buffer.raw
        scanner._judge(result, extract(raw, kind_suffix(path), scanner.options, family), buffer.path)
        from .run import binary_file

        binary = None if result.notes or result.records else binary_file(raw, path)
        if binary:  # NUL bytes and no `utm_`: no text read, file-unreadable below, as for a named file
            result.notes = [(1, 1, binary)]
    if result.notes and not result.records:
        from .run import _unreadable

        _unreadable(result, stdin=True)  # the buffer could not be read as text: a finding, as for a named file
        # (stranger16 R19), with no advice about the hook (review41 L2)
    files = [result]
    if scanner.repo_rules:
        scanner._run_repo(files)
    from .notes import SET_ASIDE

    notes = [f"{shown}:{line}:{column}: note: {message}" for line, column, message in result.notes
             if not message.startswith(SET_ASIDE)]  # a link set aside is counted under the summary, not noted
    return ScanResult(files, sorted(result.diagnostics, key=lambda d: d.sort_key), notes)


def scan_fix(scanner, result, buffer: Buffer, write: bool, unsafe: bool, show_diff, hold=None) -> int:
    """Scanner.fix on the buffer; `write` keeps the fixed text (printed on stdout) instead of a file."""
    from ..fixes import fix_file, unified_diff
    from .run import _family_of_path

    fixed = 0
    for f in result.files:
        if f.text is None or not any(d.fix is not None for d in f.diagnostics):
            continue
        family = _family_of_path(f.path) if buffer.named else "plain"

        def rescan(path, text, family=family):
            return True, scanner.scan_text(path, text, family).diagnostics

        found = f.diagnostics if hold is None else hold(f.text, f.diagnostics)  # the baseline's left alone
        text, count = fix_file(rescan, f.path, f.text, found, unsafe, hold=hold)
        if text == f.text:
            continue
        fixed += count
        if write:
            buffer.fixed = ("\ufeff" if f.bom else "") + text
        else:
            show_diff(unified_diff(f.shown, f.text, text))
    return fixed
