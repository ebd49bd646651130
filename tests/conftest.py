"""Shared test helpers: run utmlint in-process on real files in a temporary folder."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Dict, List, Tuple

import pytest
from hypothesis import settings

from utmlint.cli import main

# CI has 2 cores and the suite runs on both (pytest -n 2): a property test's per-example time says nothing about its
# truth, so no example fails for being slow (a test that needs fewer examples says so with its own @settings)
settings.register_profile("utmlint", deadline=None)
settings.load_profile("utmlint")

ROOT = Path(__file__).resolve().parent.parent


class Run:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    @property
    def findings(self) -> List[dict]:
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"Run(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture(autouse=True, scope="session")
def _private_cache_home(tmp_path_factory):
    """utmlint keeps its cache-signing key under XDG_CACHE_HOME: tests use their own."""
    import os

    previous = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache-home"))
    yield
    if previous is None:
        os.environ.pop("XDG_CACHE_HOME", None)
    else:
        os.environ["XDG_CACHE_HOME"] = previous


@pytest.fixture
def run(capsys, monkeypatch):
    """run(*argv, cwd=...) -> Run: `utmlint argv` in-process, with stdout, stderr and exit code."""

    def _run(*argv: str, cwd: Path = None) -> Run:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        capsys.readouterr()
        code = main(list(argv))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return _run


@pytest.fixture
def project(tmp_path):
    """project({"a.yaml": "...", ".utmlint.yaml": "..."}) -> folder with those files (dedented)."""

    def _make(files: Dict[str, str]) -> Path:
        for name, text in files.items():
            path = tmp_path / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text) if isinstance(text, str) else text, encoding="utf-8")
        return tmp_path

    return _make


def positions(findings: List[dict], code: str) -> List[str]:
    return [f"{f['line']}:{f['column']}" for f in findings if f["code"] == code]


def codes(findings: List[dict]) -> List[Tuple[str, str]]:
    return [(f"{f['line']}:{f['column']}", f["code"]) for f in findings]
