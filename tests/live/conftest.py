"""Fixtures for the live-check tests: servers on 127.0.0.1 (plain and TLS via trustme), fast
options, and an autouse guard that fails any test that connects outside loopback."""

from __future__ import annotations

import ipaddress
import socket
import ssl
from typing import List

import pytest
import trustme
from live_server import LiveServer

from utmlint.live import LiveOptions


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.split("%", 1)[0]).is_loopback
    except ValueError:
        return host == "localhost"


@pytest.fixture(autouse=True)
def no_internet(monkeypatch):
    """Any connection to a non-loopback address fails at once and fails the test at teardown."""
    attempts: List[object] = []
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def vet(address: object) -> None:
        if isinstance(address, tuple) and not _loopback(str(address[0])):
            attempts.append(address)
            raise ConnectionRefusedError(f"a test tried to reach {address}: tests never touch the network")

    def connect(self, address):
        vet(address)
        return real_connect(self, address)

    def connect_ex(self, address):
        vet(address)
        return real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield attempts
    assert not attempts, f"tests must not touch the network, but connected to {attempts}"


@pytest.fixture
def server():
    live = LiveServer()
    yield live
    live.stop()


@pytest.fixture(scope="session")
def ca():
    return trustme.CA()


@pytest.fixture(scope="session")
def ca_file(ca, tmp_path_factory):
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def _tls_server(authority: trustme.CA) -> LiveServer:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("localhost", "127.0.0.1").configure_cert(context)
    return LiveServer(ssl_context=context)


@pytest.fixture
def tls_server(ca):
    live = _tls_server(ca)
    yield live
    live.stop()


@pytest.fixture
def untrusted_tls_server():
    live = _tls_server(trustme.CA())
    yield live
    live.stop()


@pytest.fixture
def options(ca_file, tmp_path):
    """Fast settings for 127.0.0.1; allow_private because every test server is on loopback."""
    return LiveOptions(
        timeout=1.0,
        connect_timeout=1.0,
        retries=1,
        backoff=0.01,
        allow_private=True,
        use_cache=False,
        cache_dir=tmp_path / "cache",
        ca_file=ca_file,
    )
