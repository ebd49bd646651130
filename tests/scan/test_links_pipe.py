"""`utmlint scan --links --format urls docs | utmlint check -`: a real shell pipe to a real local server."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest


class _Landing(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        body = b"<html><body>landing</body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_HEAD = do_GET

    def log_message(self, *args):
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Landing)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a shell for the pipe")
def test_scan_links_urls_pipe_into_check(tmp_path, server):
    docs = tmp_path / "docs"
    docs.mkdir()
    url = f"{server}/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring"
    (docs / "a.md").write_text(f"[go]({url})\n[again]({url})\n", encoding="utf-8")
    (docs / "b.html").write_text(f'<a href="{url.replace("&", "&amp;")}">x</a>\n', encoding="utf-8")
    utmlint = Path(sys.executable).with_name("utmlint")
    command = (f"'{utmlint}' scan --links --format urls docs | "
               f"'{utmlint}' check --allow-private --no-cache --timeout 5 -")
    result = subprocess.run(["sh", "-c", command], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(url) == 1, result.stdout  # each link once, entities decoded
