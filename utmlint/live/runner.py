"""The network side of live checks: a connection pool per origin (pools.py), bounded concurrency, retries,
GET (or HEAD).

Requests go through httpcore, the connection layer of httpx, for two reasons the public httpx
API cannot meet: `httpx.URL` normalises what it is given (0.28 re-encodes `"`, `<`, `>` in the
query and removes `./` and `../` from the path; older versions quote more), and a custom network
backend is the only place to connect to the very addresses the safety check vetted. httpcore
takes the request target as bytes and a backend as a constructor argument, both public API.
No cookie jar exists, no auth is attached, and .netrc is never read. Proxies come from the
environment (see proxy.py: the guard still vets every target before the proxy is asked).

A click sends GET, and some trackers redirect only on GET, so GET is the default: the response is
streamed, at most what interstitial detection needs is read (`interstitial.SNIFF_BYTES`), and the
response is closed. `--method head` sends HEAD first, for servers that ask for it (GET where HEAD
is refused or answered with an error); it cannot see interstitial pages.
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import ssl
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple

import httpcore

try:
    import sniffio  # noqa: F401
except ImportError:
    # httpcore 1.0 runs `import sniffio` each time it sets up a lock (several times per request).
    # anyio 4 no longer installs sniffio, and a failing import searches sys.path every time:
    # ~0.3 ms, a sixth of a request's CPU. A None entry makes the failure a dict lookup.
    sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]

from . import interstitial
from .chain import Expected, FetchFailure, LinkResult, Response, Target, walk
from .options import LiveOptions
from .pools import OriginPools
from .proxy import Proxy, ProxyRefused, ProxyTable, TunnelBackend, authority
from .safety import RefusedAddress, ResolutionFailed, Resolver

# The most of a body ever read: enough of a 2xx page to find a meta refresh or a redirect script,
# and of a 403/503 page to recognise a bot-protection challenge. A body that ends within it leaves
# the connection reusable; a longer one is cut off and its connection closed.
_BODY_SNIFF = interstitial.SNIFF_BYTES
_BOT_BODY_MARKERS = (
    (b"cf-chl", "Cloudflare challenge"),
    (b"challenge-platform", "Cloudflare challenge"),
    (b"<title>just a moment...</title>", "Cloudflare challenge"),
    (b"attention required! | cloudflare", "Cloudflare block"),
    (b"_incapsula_resource", "Imperva Incapsula"),
    (b"captcha-delivery.com", "DataDome"),
    (b"ddos-guard", "DDoS-Guard"),
    (b"px-captcha", "PerimeterX"),
    (b"g-recaptcha", "CAPTCHA"),
    (b"h-captcha", "CAPTCHA"),
)


class GuardedBackend(httpcore.AsyncNetworkBackend):
    """Resolves and vets every new connection's host, then connects to a vetted address."""

    def __init__(self, resolver: Resolver) -> None:
        self._resolver = resolver
        self._inner = httpcore.AnyIOBackend()

    async def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        addresses = self._resolver.vetted(host, port)
        if addresses is None:
            try:
                addresses = await asyncio.wait_for(self._resolver.resolve(host, port), timeout)
            except asyncio.TimeoutError:
                raise httpcore.ConnectTimeout(f"DNS lookup of {host} timed out") from None
        last: Optional[Exception] = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(
                    address, port, timeout=timeout, local_address=local_address, socket_options=socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    async def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("live checks never use unix sockets")

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def make_ssl_context(options: LiveOptions) -> ssl.SSLContext:
    """The system trust store (SSL_CERT_FILE/SSL_CERT_DIR honoured), certifi's, and `ca_file`."""
    context = ssl.create_default_context()
    try:
        import certifi

        context.load_verify_locations(certifi.where())
    except (ImportError, OSError):
        pass
    if options.ca_file is not None:
        context.load_verify_locations(str(options.ca_file))
    return context


def retry_after_seconds(value: Optional[str]) -> Optional[float]:
    """Retry-After as seconds: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - time.time())


def bot_signature(status: int, headers: Dict[str, str], body: bytes) -> Optional[str]:
    """The bot-protection product that answered, when a 403/503 (or 999) looks like a challenge."""
    if status == 999:
        return "status 999 (LinkedIn-style bot block)"
    if status not in (403, 503):
        return None
    if headers.get("cf-mitigated") == "challenge":
        return "Cloudflare challenge"
    if "x-amzn-waf-action" in headers:
        return "AWS WAF"
    if "x-datadome" in headers or "x-dd-b" in headers:
        return "DataDome"
    if any(name.startswith("x-sucuri") for name in headers):
        return "Sucuri"
    server = headers.get("server", "").lower()
    if "cloudflare" in server:
        return "Cloudflare"
    if "akamaighost" in server and status == 403:
        return "Akamai"
    if "ddos-guard" in server:
        return "DDoS-Guard"
    lowered = body.lower()
    for marker, name in _BOT_BODY_MARKERS:
        if marker in lowered:
            return name
    return None


def _tls_problem(exc: BaseException) -> Optional[str]:
    seen = 0
    while exc is not None and seen < 5:
        if isinstance(exc, ssl.SSLCertVerificationError):
            return exc.verify_message or str(exc)
        if isinstance(exc, ssl.SSLError):
            return exc.reason or str(exc)
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return None


def _describe(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    cause = exc.__cause__ or exc.__context__
    if cause is not None and str(cause) and str(cause) not in text:
        text = f"{text} ({cause})"
    return text


@dataclass
class _HostState:
    slots: asyncio.Semaphore
    paused_until: float = 0.0
    head_refused: bool = False


_INVALID_TLD = "invalid"  # RFC 6761: never resolves; answered here without asking DNS


@dataclass
class Session:
    """Everything shared by the links of one run."""

    options: LiveOptions
    hosts: Dict[str, _HostState] = field(default_factory=dict)
    environ: Optional[Dict[str, str]] = None  # proxy variables; None reads os.environ

    def __post_init__(self) -> None:
        o = self.options
        self.resolver = Resolver(o.allow_private)
        self._ssl: Optional[ssl.SSLContext] = None
        direct = GuardedBackend(self.resolver)
        self.pools = OriginPools(lambda origin: self._pool(direct, o.per_host, tls=origin[0] == "https"),
                                 o.concurrency)
        self.proxies = ProxyTable(self.environ)
        self._proxy_pools: Dict[Tuple[str, str], httpcore.AsyncConnectionPool] = {}
        self._timeouts = {"connect": o.connect_timeout, "read": o.timeout, "write": o.timeout, "pool": o.timeout}
        self._deadline = max(o.timeout, o.connect_timeout)
        self._user_agent = o.user_agent.encode("ascii", "replace")
        self._first_method = "HEAD" if o.method == "head" else "GET"

    @property
    def ssl_context(self) -> ssl.SSLContext:
        """Made on first use: loading the trust stores costs a run of plain-http links a fifth of a second."""
        if self._ssl is None:
            self._ssl = make_ssl_context(self.options)
        return self._ssl

    def _pool(self, backend: httpcore.AsyncNetworkBackend, size: int, tls: bool = True) -> httpcore.AsyncConnectionPool:
        return httpcore.AsyncConnectionPool(
            ssl_context=self.ssl_context if tls else None,  # an http origin's pool never starts TLS
            max_connections=size,
            max_keepalive_connections=size,
            keepalive_expiry=15.0,
            network_backend=backend,
        )

    def _proxy_pool(self, proxy: Proxy, target_scheme: str) -> httpcore.AsyncConnectionPool:
        """https targets: a pool whose connections are CONNECT tunnels to vetted addresses; http targets:
        a pool of connections to the proxy itself, which is sent absolute-form requests."""
        key = (proxy.url, target_scheme)
        pool = self._proxy_pools.get(key)
        if pool is None:
            if target_scheme == "https":
                backend = TunnelBackend(self.resolver, proxy, self.ssl_context, by_name=self.options.allow_private)
            else:
                backend = httpcore.AnyIOBackend()
            pool = self._proxy_pools[key] = self._pool(backend, self.options.concurrency)
        return pool

    async def aclose(self) -> None:
        await self.pools.aclose()
        for pool in self._proxy_pools.values():
            await pool.aclose()

    def _host(self, key: str) -> _HostState:
        state = self.hosts.get(key)
        if state is None:
            state = self.hosts[key] = _HostState(asyncio.Semaphore(self.options.per_host))
        return state

    def _backoff(self, attempt: int) -> float:
        delay = self.options.backoff * (2**attempt) * random.uniform(0.75, 1.25)
        return min(delay, self.options.max_retry_after)

    async def fetch(self, url: str, target: Target) -> Response:
        """One hop's answer after retries, 429 waits and, with `--method head`, the HEAD→GET fallback;
        raises FetchFailure."""
        o = self.options
        if self.proxies.error is not None:
            raise FetchFailure("proxy", self.proxies.error, "inconclusive")
        if target.host == _INVALID_TLD or target.host.endswith("." + _INVALID_TLD):
            raise FetchFailure("dns", f"cannot resolve {target.host}: .invalid names never resolve (RFC 6761)",
                               "inconclusive")
        if self._ssl is None and (target.scheme == "https" or self.proxies):
            self.ssl_context  # noqa: B018 (made here, so loading the trust stores is not timed as a request)
        state = self._host(target.host_key)
        method = "GET" if state.head_refused else self._first_method
        notes: List[str] = []
        attempt = 0
        loop = asyncio.get_running_loop()
        while True:
            while state.paused_until > loop.time():  # a 429's Retry-After holds the whole host
                await asyncio.sleep(state.paused_until - loop.time())
            error: Optional[FetchFailure] = None
            try:
                async with state.slots:
                    status, headers, body = await self._request(method, target)
            except RefusedAddress as exc:
                raise FetchFailure("refused", str(exc), "fail") from None
            except ResolutionFailed as exc:
                if exc.permanent:  # no such name: a typo, or no network at all (some resolvers say so offline)
                    raise FetchFailure("dns", str(exc), "inconclusive") from None
                error = FetchFailure("dns", str(exc), "inconclusive")
            except ProxyRefused as exc:
                raise FetchFailure("proxy", str(exc), "inconclusive") from None
            except httpcore.ConnectTimeout:
                error = FetchFailure("timeout", f"connect timed out after {o.connect_timeout:g} s", "inconclusive")
            except asyncio.TimeoutError:
                raise FetchFailure("timeout", f"request not done within {self._deadline:g} s", "inconclusive") from None
            except httpcore.TimeoutException:
                raise FetchFailure("timeout", f"no answer within {o.timeout:g} s", "inconclusive") from None
            except httpcore.ConnectError as exc:
                problem = _tls_problem(exc)
                if problem is not None:
                    raise FetchFailure("tls", f"TLS failed for {target.host}: {problem}", "fail") from None
                error = FetchFailure("network", f"cannot connect: {_describe(exc)}", "inconclusive")
            except (httpcore.NetworkError, httpcore.ProtocolError, OSError) as exc:
                problem = _tls_problem(exc)
                if problem is not None:
                    raise FetchFailure("tls", f"TLS failed for {target.host}: {problem}", "fail") from None
                error = FetchFailure("network", f"connection error: {_describe(exc)}", "inconclusive")
            if error is not None:
                if attempt >= o.retries:
                    error.message += f" (after {attempt + 1} attempt{'s' if attempt else ''})"
                    raise error
                await asyncio.sleep(self._backoff(attempt))
                attempt += 1
                continue

            if method == "HEAD" and status in (405, 501):
                state.head_refused = True
                method = "GET"
                notes.append(f"HEAD refused ({status}), checked with GET")
                continue
            if status == 429:
                wait = retry_after_seconds(headers.get("retry-after"))
                if wait is not None and wait > o.max_retry_after:
                    notes.append(f"Retry-After {wait:g} s exceeds the {o.max_retry_after:g} s limit")
                elif attempt < o.retries:
                    delay = wait if wait is not None else self._backoff(attempt)
                    state.paused_until = max(state.paused_until, loop.time() + delay)
                    attempt += 1
                    continue
                else:
                    notes.append(f"still 429 after {attempt} retr{'y' if attempt == 1 else 'ies'}")
                return Response(429, headers.get("location"), note="; ".join(notes))
            blocked = bot_signature(status, headers, body)
            if blocked is None and status >= 500 and status != 501 and attempt < o.retries:
                await asyncio.sleep(self._backoff(attempt))
                attempt += 1
                continue
            if method == "HEAD" and status >= 400:
                method = "GET"  # some servers answer HEAD wrongly; GET is what a click sends
                notes.append(f"HEAD answered {status}, checked with GET")
                continue
            found = None
            if method == "GET" and 200 <= status < 300:
                found = interstitial.find(headers.get("content-type", ""), body)
            return Response(status, headers.get("location"), blocked=blocked, note="; ".join(notes) or None,
                            interstitial=found, set_cookie="set-cookie" in headers)

    async def _route(
        self, method: str, target: Target
    ) -> Tuple[Optional[httpcore.AsyncConnectionPool], httpcore.Request]:
        """The pool and request for `target` through the environment's proxy; no pool when the request goes
        direct (then the origin's pool in `self.pools` takes it)."""
        headers = [
            (b"Host", target.host_header.encode("ascii")),
            (b"User-Agent", self._user_agent),
            (b"Accept", b"text/html,*/*;q=0.8" if method == "GET" else b"*/*"),
            (b"Accept-Encoding", b"identity"),
        ]
        extensions = {"timeout": self._timeouts}
        proxy = self.proxies.for_target(target.scheme, target.host, target.port) if self.proxies else None
        if proxy is not None and target.scheme == "http":
            # Forward proxying: the proxy gets an absolute URL naming the address the guard vetted.
            if self.options.allow_private:  # the guard is off: the proxy may resolve the name itself
                where = authority(target.host, target.port)
            else:
                addresses = await asyncio.wait_for(self.resolver.resolve(target.host, target.port),
                                                   self.options.connect_timeout)
                where = authority(addresses[0], target.port)
            if proxy.authorization:
                headers.append((b"Proxy-Authorization", proxy.authorization))
            url = httpcore.URL(scheme=proxy.scheme.encode(), host=proxy.host.encode("idna"), port=proxy.port,
                               target=b"http://" + where.encode("ascii") + target.target)
            return self._proxy_pool(proxy, "http"), httpcore.Request(method.encode("ascii"), url, headers=headers,
                                                                     extensions=extensions)
        pool = self._proxy_pool(proxy, "https") if proxy is not None else None
        url = httpcore.URL(scheme=target.scheme.encode(), host=target.host.encode("ascii"), port=target.port,
                           target=target.target)
        return pool, httpcore.Request(method.encode("ascii"), url, headers=headers, extensions=extensions)

    async def _request(self, method: str, target: Target) -> Tuple[int, Dict[str, str], bytes]:
        async def send() -> Tuple[int, Dict[str, str], bytes]:
            pool, request = await self._route(method, target)
            if pool is not None:
                return await read(pool, request)
            origin = (target.scheme, target.host, target.port)
            pool = await self.pools.acquire(origin)
            try:
                return await read(pool, request)
            finally:
                self.pools.release(origin)

        async def read(pool: httpcore.AsyncConnectionPool, request: httpcore.Request
                       ) -> Tuple[int, Dict[str, str], bytes]:
            response = await pool.handle_async_request(request)
            try:
                headers = {}
                for name, value in response.headers:
                    try:
                        text = value.decode("utf-8")
                    except UnicodeDecodeError:
                        text = value.decode("latin-1")
                    headers.setdefault(name.decode("latin-1").lower(), text)
                # Read at most _BODY_SNIFF. A body that ends within it (a redirect's, a HEAD's, a small
                # page's) returns the connection to the pool; a longer one is cut off, which closes it.
                body = bytearray()
                async for chunk in response.stream:
                    body += chunk
                    if len(body) >= _BODY_SNIFF:
                        break
                return response.status, headers, bytes(body[:_BODY_SNIFF])
            finally:
                await response.aclose()

        return await asyncio.wait_for(send(), self._deadline)


async def run(urls: Sequence[str], options: LiveOptions, on_result: Callable[[int, LinkResult], None],
              expect: Optional[Callable[[str], Optional[Expected]]] = None) -> None:
    """Check distinct `urls` with at most `options.concurrency` links in flight; each result goes to
    `on_result(index, result)` as it completes and is not kept here. `expect(url)` gives the utm values
    a link's landing URL must carry, when known."""
    session = Session(options)
    pending: Iterator[Tuple[int, str]] = enumerate(urls)

    async def worker() -> None:
        for index, url in pending:  # workers share one iterator: no task per URL
            wanted = expect(url) if expect is not None else None
            on_result(index, await walk(url, session.fetch, options, wanted))

    try:
        await asyncio.gather(*(worker() for _ in range(min(options.concurrency, len(urls)))))
    finally:
        await session.aclose()
