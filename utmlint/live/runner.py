"""The network side of live checks: one connection pool, bounded concurrency, retries, HEAD→GET.

Requests go through httpcore, the connection layer of httpx, for two reasons the public httpx
API cannot meet: `httpx.URL` normalises what it is given (0.28 re-encodes `"`, `<`, `>` in the
query and removes `./` and `../` from the path; older versions quote more), and a custom network
backend is the only place to connect to the very addresses the safety check vetted. httpcore
takes the request target as bytes and a backend as a constructor argument, both public API.
No cookie jar exists, no auth is attached, and environment proxies and .netrc are never read.
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

from .chain import FetchFailure, LinkResult, Response, Target, walk
from .options import LiveOptions
from .safety import RefusedAddress, ResolutionFailed, Resolver

_BODY_SNIFF = 32 * 1024  # enough of a 403/503 page to recognise a bot-protection challenge
_BODY_DRAIN = 64 * 1024  # read bodies up to this size to completion, so the connection is reused
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


@dataclass
class Session:
    """Everything shared by the links of one run."""

    options: LiveOptions
    hosts: Dict[str, _HostState] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.resolver = Resolver(self.options.allow_private)
        self.pool = httpcore.AsyncConnectionPool(
            ssl_context=make_ssl_context(self.options),
            max_connections=self.options.concurrency,
            max_keepalive_connections=self.options.concurrency,
            keepalive_expiry=15.0,
            network_backend=GuardedBackend(self.resolver),
        )
        o = self.options
        self._timeouts = {"connect": o.connect_timeout, "read": o.timeout, "write": o.timeout, "pool": o.timeout}
        self._deadline = max(o.timeout, o.connect_timeout)
        self._user_agent = o.user_agent.encode("ascii", "replace")

    async def aclose(self) -> None:
        await self.pool.aclose()

    def _host(self, key: str) -> _HostState:
        state = self.hosts.get(key)
        if state is None:
            state = self.hosts[key] = _HostState(asyncio.Semaphore(self.options.per_host))
        return state

    def _backoff(self, attempt: int) -> float:
        delay = self.options.backoff * (2**attempt) * random.uniform(0.75, 1.25)
        return min(delay, self.options.max_retry_after)

    async def fetch(self, url: str, target: Target) -> Response:
        """One hop's answer after retries, 429 waits and the HEAD→GET fallback; raises FetchFailure."""
        o = self.options
        state = self._host(target.host_key)
        method = "GET" if state.head_refused else "HEAD"
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
                if exc.permanent:
                    raise FetchFailure("dns", str(exc), "fail") from None
                error = FetchFailure("dns", str(exc), "inconclusive")
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
            return Response(status, headers.get("location"), blocked=blocked, note="; ".join(notes) or None)

    async def _request(self, method: str, target: Target) -> Tuple[int, Dict[str, str], bytes]:
        request = httpcore.Request(
            method.encode("ascii"),
            httpcore.URL(scheme=target.scheme.encode(), host=target.host.encode("ascii"), port=target.port,
                         target=target.target),
            headers=[
                (b"Host", target.host_header.encode("ascii")),
                (b"User-Agent", self._user_agent),
                (b"Accept", b"*/*"),
                (b"Accept-Encoding", b"identity"),
            ],
            extensions={"timeout": self._timeouts},
        )

        async def send() -> Tuple[int, Dict[str, str], bytes]:
            response = await self.pool.handle_async_request(request)
            try:
                headers = {}
                for name, value in response.headers:
                    try:
                        text = value.decode("utf-8")
                    except UnicodeDecodeError:
                        text = value.decode("latin-1")
                    headers.setdefault(name.decode("latin-1").lower(), text)
                # Reading to the end (a HEAD's end comes at once) returns the connection to the
                # pool; closing early would drop it. Large bodies are cut off instead.
                body = bytearray()
                read = 0
                async for chunk in response.stream:
                    read += len(chunk)
                    if len(body) < _BODY_SNIFF:
                        body += chunk
                    if read >= _BODY_DRAIN:
                        break
                return response.status, headers, bytes(body[:_BODY_SNIFF])
            finally:
                await response.aclose()

        return await asyncio.wait_for(send(), self._deadline)


async def run(urls: Sequence[str], options: LiveOptions, on_result: Callable[[int, LinkResult], None]) -> None:
    """Check distinct `urls` with at most `options.concurrency` links in flight; each result goes to
    `on_result(index, result)` as it completes and is not kept here."""
    session = Session(options)
    pending: Iterator[Tuple[int, str]] = enumerate(urls)

    async def worker() -> None:
        for index, url in pending:  # workers share one iterator: no task per URL
            on_result(index, await walk(url, session.fetch, options))

    try:
        await asyncio.gather(*(worker() for _ in range(min(options.concurrency, len(urls)))))
    finally:
        await session.aclose()
