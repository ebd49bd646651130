"""Proxies from the environment (HTTPS_PROXY, HTTP_PROXY, ALL_PROXY, NO_PROXY), with the SSRF guard kept.

Corporate CI often reaches the internet only through a proxy. The guard still decides where a request
may go: it resolves and vets each target host itself, and the proxy is then asked for the vetted
address, never for the name (`CONNECT 203.0.113.7:443` for https, `GET http://203.0.113.7/…` for
http), so the proxy's own DNS cannot send a request somewhere the guard did not see. The name still
travels where the server needs it (TLS SNI and certificate check, the Host header). The proxy's own
address is the operator's choice, set outside the repository, and is not vetted: a proxy on 127.0.0.1
is used while a redirect to a private target is still refused before the proxy is asked.

A proxy that filters by host name sees addresses instead. With `--allow-private` the guard is off, and
names are passed to the proxy as they are.
"""

from __future__ import annotations

import base64
import ssl
import urllib.request
from dataclasses import dataclass
from typing import Dict, Mapping, Optional
from urllib.parse import unquote, urlsplit

import httpcore

from .safety import Resolver

_MAX_CONNECT_REPLY = 16 * 1024


class ProxySettingError(ValueError):
    """A proxy variable that cannot be used (its scheme, its form)."""


class ProxyRefused(Exception):
    """The proxy answered CONNECT with something other than 2xx."""


@dataclass(frozen=True)
class Proxy:
    url: str  # as configured, without credentials (for messages)
    scheme: str  # http or https: how to talk to the proxy itself
    host: str
    port: int
    authorization: Optional[bytes] = None  # the Proxy-Authorization header value, from user:password in the URL


def parse_proxy(variable: str, value: str) -> Proxy:
    text = value.strip()
    if "://" not in text:
        text = "http://" + text  # curl and requests read `proxy:3128` as http
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise ProxySettingError(f"{variable}: only http:// and https:// proxies are supported, not {scheme}://")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise ProxySettingError(f"{variable}: bad port in {value!r}") from None
    if not parts.hostname:
        raise ProxySettingError(f"{variable}: no host in {value!r}")
    authorization = None
    if parts.username is not None:
        pair = f"{unquote(parts.username)}:{unquote(parts.password or '')}".encode("utf-8")
        authorization = b"Basic " + base64.b64encode(pair)
    shown = f"{scheme}://{parts.hostname}:{port}"
    return Proxy(shown, scheme, parts.hostname, port, authorization)


class ProxyTable:
    """Which proxy, if any, a request to a scheme and host goes through."""

    def __init__(self, environ: Optional[Mapping[str, str]] = None) -> None:
        found = _environment(environ)
        self.no_proxy = found.pop("no", "")
        self.proxies: Dict[str, Proxy] = {}
        self.error: Optional[str] = None
        for scheme in ("http", "https"):
            value = found.get(scheme) or found.get("all")
            if not value:
                continue
            variable = f"{scheme.upper()}_PROXY" if found.get(scheme) else "ALL_PROXY"
            try:
                self.proxies[scheme] = parse_proxy(variable, value)
            except ProxySettingError as exc:
                self.error = str(exc)

    def __bool__(self) -> bool:
        return bool(self.proxies) or self.error is not None

    def for_target(self, scheme: str, host: str, port: int) -> Optional[Proxy]:
        proxy = self.proxies.get(scheme)
        if proxy is None or not self.no_proxy:
            return proxy
        if urllib.request.proxy_bypass_environment(f"{host}:{port}", {"no": self.no_proxy}):
            return None
        return proxy


def _environment(environ: Optional[Mapping[str, str]]) -> Dict[str, str]:
    """`*_proxy` variables as urllib reads them (lower case wins; HTTP_PROXY ignored under CGI)."""
    if environ is None:
        return dict(urllib.request.getproxies_environment())
    found: Dict[str, str] = {}
    for name, value in environ.items():
        if value and name.lower().endswith("_proxy"):
            key = name.lower()[:-6]
            if name.islower() or key not in found:
                found[key] = value
    if "REQUEST_METHOD" in environ:
        found.pop("http", None)
    return found


def authority(address: str, port: int) -> str:
    return f"[{address}]:{port}" if ":" in address else f"{address}:{port}"


class TunnelBackend(httpcore.AsyncNetworkBackend):
    """Connections for https targets through a proxy: the target host is resolved and vetted here, then
    the proxy is asked to CONNECT to a vetted address. httpcore starts TLS on the tunnel for the name."""

    def __init__(self, resolver: Resolver, proxy: Proxy, proxy_ssl_context: ssl.SSLContext, by_name: bool) -> None:
        self._resolver, self._proxy, self._proxy_ssl = resolver, proxy, proxy_ssl_context
        self._by_name = by_name
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        import asyncio

        if self._by_name:
            targets = [host]
        else:
            try:
                targets = await asyncio.wait_for(self._resolver.resolve(host, port), timeout)
            except asyncio.TimeoutError:
                raise httpcore.ConnectTimeout(f"DNS lookup of {host} timed out") from None
        last: Optional[Exception] = None
        for target in targets:
            stream = await self._inner.connect_tcp(self._proxy.host, self._proxy.port, timeout=timeout,
                                                   socket_options=socket_options)
            try:
                if self._proxy.scheme == "https":
                    stream = await stream.start_tls(self._proxy_ssl, server_hostname=self._proxy.host, timeout=timeout)
                await self._connect(stream, authority(target, port), timeout)
                return stream
            except ProxyRefused as exc:
                last = exc
                await stream.aclose()
            except BaseException:
                await stream.aclose()
                raise
        assert last is not None
        raise last

    async def _connect(self, stream, where: str, timeout) -> None:
        lines = [f"CONNECT {where} HTTP/1.1", f"Host: {where}"]
        if self._proxy.authorization:
            lines.append("Proxy-Authorization: " + self._proxy.authorization.decode("ascii"))
        await stream.write(("\r\n".join(lines) + "\r\n\r\n").encode("ascii"), timeout=timeout)
        reply = b""
        while b"\r\n\r\n" not in reply:
            chunk = await stream.read(4096, timeout=timeout)
            if not chunk:
                raise ProxyRefused(f"proxy {self._proxy.url} closed the connection on CONNECT {where}")
            reply += chunk
            if len(reply) > _MAX_CONNECT_REPLY:
                raise ProxyRefused(f"proxy {self._proxy.url} sent an oversized answer to CONNECT {where}")
        head, _, rest = reply.partition(b"\r\n\r\n")
        status_line = head.split(b"\r\n", 1)[0].decode("latin-1")
        fields = status_line.split(" ", 2)
        if len(fields) < 2 or not fields[1].isdigit() or not 200 <= int(fields[1]) < 300:
            raise ProxyRefused(f"proxy {self._proxy.url} answered {status_line!r} to CONNECT {where}")
        if rest:
            raise ProxyRefused(f"proxy {self._proxy.url} sent data before the tunnel was open (CONNECT {where})")

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("live checks never use unix sockets")

    async def sleep(self, seconds: float) -> None:
        import asyncio

        await asyncio.sleep(seconds)
