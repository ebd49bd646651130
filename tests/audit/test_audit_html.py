"""The HTML report in a real browser (headless Chromium from Debian's `chromium` package): the page renders its
numbers and its charts, and a value holding `<script>` stays text. No network: the page is a local file and
its Content-Security-Policy forbids any fetch."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from audit_exports import TRAFFIC, Traffic, expected, write_ga4_csv, write_repo  # noqa: E402

from utmlint.audit.formats import number  # noqa: E402

HOSTILE = "<script>document.title='pwned'</script>"
HOSTILE_CAMPAIGN = "<img src=x onerror=\"document.body.innerHTML='pwned'\">"


def chromium() -> str:
    found = shutil.which("chromium") or (os.path.exists("/usr/bin/chromium") and "/usr/bin/chromium")
    if not found:
        if os.environ.get("UTMLINT_REQUIRE_BROWSER"):
            pytest.fail("chromium is not installed (.ci/run installs Debian's `chromium` package)")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    return found


def browse(page: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "chromium-profile"
    command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
               *args, page.resolve().as_uri()]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


class _Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []
        self.text = []
        self.ids = {}
        self._open = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if "id" in dict(attrs):
            self.ids[dict(attrs)["id"]] = len(self.text)

    def handle_data(self, data):
        self.text.append(data)


def _pixels(png: bytes):
    """The RGB(A) pixels of a PNG as Chromium writes it (8-bit, non-interlaced), without an imaging library."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        body = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    assert depth == 8 and colour in (2, 6)
    channels = 3 if colour == 2 else 4
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous, i = [], bytearray(stride), 0
    for _ in range(height):
        kind, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b = previous[x]
            c = previous[x - channels] if x >= channels else 0
            if kind == 1:
                line[x] = (line[x] + a) & 255
            elif kind == 2:
                line[x] = (line[x] + b) & 255
            elif kind == 3:
                line[x] = (line[x] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def test_html_report_renders_numbers_charts_and_keeps_script_as_text(tmp_path, run):
    traffic = TRAFFIC + [Traffic(HOSTILE, "in-app", HOSTILE_CAMPAIGN, 4321)]
    export = write_ga4_csv(tmp_path / "export.csv", traffic)
    page = tmp_path / "report.html"
    result = run("audit", str(export), "--format", "html", "--output", str(page),
                 "--campaigns", str(write_repo(tmp_path / "repo")))
    assert result.code == 0, result
    source = page.read_text(encoding="utf-8")
    assert "http://" not in source.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in source

    dom = _Dom()
    dom.feed(browse(page, tmp_path, "--dump-dom").stdout)
    text = "".join(dom.text)
    want = expected(traffic)
    assert number(want["sessions"]) in text and number(want["unassigned_sessions"]) in text
    for channel, sessions in want["channels"].items():
        assert channel in text and number(sessions) in text
    assert HOSTILE in text and HOSTILE_CAMPAIGN in text  # shown as text ...
    assert [tag for tag, _ in dom.tags if tag in ("script", "img", "iframe", "object")] == []  # ... never as markup
    assert ("title", {}) in dom.tags and "pwned" not in text.split("utmlint audit:")[0]
    bars = [attrs for tag, attrs in dom.tags if tag == "rect"]
    assert len(bars) >= len(want["channels"])
    for chart in ("chart-channels", "chart-unassigned", "chart-split-0"):
        assert chart in dom.ids

    shot = tmp_path / "report.png"
    browse(page, tmp_path, "--window-size=1100,1600", "--hide-scrollbars", f"--screenshot={shot}")
    width, height, channels, rows = _pixels(shot.read_bytes())
    assert (width, height) == (1100, 1600)
    colours = {row[x:x + 3] for row in rows[::4] for x in range(0, width * channels, channels * 4)}
    assert bytes.fromhex("2563eb") in colours  # the channel bars were painted
    assert bytes.fromhex("dc2626") in colours  # and the Unassigned ones
