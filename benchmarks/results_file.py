"""Writing a RESULTS file: the measured part is rewritten, the hand-written analysis below its marker is kept (a rerun
once erased it)."""

from __future__ import annotations

from pathlib import Path


def write_keeping_notes(output: Path, text: str, marker: str) -> None:
    """Write `text` to `output`, followed by what the file already holds from `marker` on (the analysis by hand)."""
    previous = output.read_text(encoding="utf-8") if output.is_file() else ""
    kept = previous[previous.index(marker):] if marker in previous else ""
    output.write_text(text + "\n" + ("\n" + kept if kept else ""), encoding="utf-8")
