"""What a lint run produces: each file's result (findings, facts for repo-wide rules, suppressions) and the whole."""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Optional

from .records import NamedTuple
from . import suppress
from .diagnostics import Diagnostic
from .facts import CampaignFacts


class FileResult:
    """One file's part of a run: its findings and what repo-wide rules and the cache need of it."""

    __slots__ = ("path", "file", "diagnostics", "facts", "suppressions", "parsed", "skipped", "text", "digest", "bom",
                 "stamp")

    def __init__(self, path: str, file: Optional[Path] = None, diagnostics: Optional[List[Diagnostic]] = None,
                 facts: Optional[CampaignFacts] = None, suppressions: Optional[suppress.Suppressions] = None,
                 parsed: bool = True, skipped: bool = False):
        self.path = path  # as displayed
        self.file = file
        self.diagnostics: List[Diagnostic] = diagnostics if diagnostics is not None else []
        self.facts = facts
        self.suppressions = suppressions
        self.parsed = parsed
        self.skipped = skipped  # not a campaign file (no config, no `campaign:` key): not checked
        self.text: Optional[str] = None  # kept only when fixing
        self.digest: Optional[str] = None  # content hash of the bytes linted, for the cache
        self.bom = False  # write a fixed file back with the byte order mark it had
        self.stamp: Optional[list] = None  # the file's stat taken before reading it (cache.stamp)


class LintResult(NamedTuple):
    diagnostics: List[Diagnostic]
    files: List[str]
    results: Dict[str, FileResult]
