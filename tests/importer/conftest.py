"""Helpers for the import tests: sheets written as the tools that make them write them, and the links read back
with the real `utmlint render --format urls`."""

from __future__ import annotations

from pathlib import Path
from typing import Callable, List

import pytest


@pytest.fixture
def sheet(tmp_path) -> Callable[..., Path]:
    """sheet(text, name="links.csv", bom=False, newline="\\r\\n") -> the file, written as Excel writes CSV."""

    def _write(text: str, name: str = "links.csv", bom: bool = False, newline: str = "\r\n") -> Path:
        path = tmp_path / name
        body = text.replace("\r\n", "\n").replace("\n", newline)
        path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + body.encode("utf-8"))
        return path

    return _write


@pytest.fixture
def rendered(run) -> Callable[[Path], List[str]]:
    """rendered(folder) -> the tracked URLs `utmlint render --format urls --force folder` prints."""

    def _urls(folder: Path) -> List[str]:
        result = run("render", "--format", "urls", "--force", str(folder), cwd=folder.parent)
        assert result.code == 0, result.err
        return result.out.splitlines()

    return _urls
