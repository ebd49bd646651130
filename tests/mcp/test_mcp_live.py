"""check_link's passing path, end to end, without the internet and without any way to switch the SSRF guard off.

The server is given what a company network gives it: an HTTP proxy in the environment (HTTP_PROXY), here a
small one on 127.0.0.1 that answers for the whole web itself and never connects anywhere. The link points at a
public address (93.184.216.34), so the real guard vets it and lets it through, exactly as for a real public
link; the proxy is then asked for that vetted address and answers a redirect and a landing page. The server
runs with every non-loopback connection refused (a guard around `socket.connect`), so a bug that went around
the proxy fails the test instead of touching the network. The command line, given the same proxy, prints the
same JSON for the same link.
"""

from __future__ import annotations

import json
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import List
from urllib.parse import urlsplit

import pytest
from mcp_harness import connected, drive, text_of

PUBLIC = "93.184.216.34"
START = f"http://{PUBLIC}/start?utm_source=intercom&utm_medium=email&utm_campaign=spring-sale"
LANDING = f"http://{PUBLIC}/landing?utm_source=intercom&utm_medium=email&utm_campaign=spring-sale"
# what the proxy is asked for: the address the guard vetted, port included
ASKED = [url.replace(PUBLIC, f"{PUBLIC}:80") for url in (START, LANDING)]

# `utmlint mcp` with connections outside loopback refused and reported: the server's own no-internet guard.
GUARDED_MAIN = """
import ipaddress, socket, sys
real = socket.socket.connect
def connect(self, address):
    if isinstance(address, tuple) and not ipaddress.ip_address(str(address[0]).split('%')[0]).is_loopback:
        print(f'NETWORK ATTEMPT {address}', file=sys.stderr, flush=True)
        raise ConnectionRefusedError('tests never touch the network')
    return real(self, address)
socket.socket.connect = connect
from utmlint.cli import main
raise SystemExit(main(sys.argv[1:]))
"""


class AnsweringProxy:
    """An HTTP proxy on 127.0.0.1 that is the whole web: absolute-form GETs are answered here, never forwarded."""

    def __init__(self) -> None:
        self.asked: List[str] = []
        asked = self.asked

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                asked.append(self.path)
                target = urlsplit(self.path)
                if target.hostname != PUBLIC:
                    self.send_response(502)
                    body = b""
                elif target.path == "/start":
                    self.send_response(301)
                    self.send_header("Location", LANDING)
                    body = b""
                elif target.path == "/landing":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    body = b"<html><body>Spring sale</body></html>"
                else:
                    self.send_response(404)
                    body = b""
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def proxy():
    answering = AnsweringProxy()
    yield answering
    answering.stop()


@pytest.fixture
def no_internet(monkeypatch):
    """The same guard in this process, for the command line's run."""
    real = socket.socket.connect

    def connect(self, address):
        if isinstance(address, tuple) and address[0] != "127.0.0.1":
            raise AssertionError(f"a test tried to reach {address}")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


def _clear_proxies(monkeypatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
                 "no_proxy", "REQUEST_METHOD"):
        monkeypatch.delenv(name, raising=False)


def test_check_link_passes_a_public_link_and_prints_what_check_prints(sdk, repo, proxy, run, monkeypatch,
                                                                      no_internet, tmp_path):
    _clear_proxies(monkeypatch)
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    cli = run("check", START, "--format", "json", "--no-cache", cwd=repo)
    assert cli.code == 0, cli
    assert proxy.asked == ASKED  # the command line went through the proxy: start, landing
    monkeypatch.undo()

    async def scenario():
        with open(tmp_path / "server.log", "w") as log:
            argv = [sys.executable, "-c", GUARDED_MAIN, "mcp", "--root", str(repo)]
            async with connected(repo, log, argv=argv, env={"HTTP_PROXY": proxy.url}) as client:
                checked = await client.call_tool("check_link", {"url": START, "use_cache": False})
                assert not checked.is_error, text_of(checked)
                assert text_of(checked)[0] == cli.out
                result = json.loads(text_of(checked)[0])[0]
                assert result["outcome"] == "pass" and result["valid"] is True
                assert [hop["url"] for hop in result["hops"]] == [START, LANDING]
                assert text_of(checked)[1] == "1 link checked: 1 passed, 0 failed, 0 inconclusive."

                expecting = await client.call_tool("check_link", {"url": START, "use_cache": False,
                                                                  "expect_utm": {"campaign": "winter-sale"}})
                assert json.loads(text_of(expecting)[0])[0]["outcome"] == "fail"  # the landing carries spring-sale

                built = await client.call_tool("build_link", {"url": f"http://{PUBLIC}/start", "source": "intercom",
                                                              "medium": "email", "campaign": "spring-sale"})
                assert json.loads(text_of(built)[0])["tracked_url"] == START
        assert "NETWORK ATTEMPT" not in (tmp_path / "server.log").read_text()

    drive(scenario)
    assert proxy.asked[2:] == ASKED + ASKED  # the server's two checks, through the proxy
