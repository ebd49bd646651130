"""One link's redirect walk and its verdict: the hops, the utm diff per hop, and the three checks.

Nothing here touches the network: `walk` calls the `fetch` it is given (the runner's, or a fake).
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple
from urllib.parse import parse_qsl, urljoin

from .options import LiveOptions

OUTCOMES = ("pass", "fail", "inconclusive")
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
_ABSOLUTE = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*)://([^/?#]*)([^#]*)")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST = re.compile(r"^[a-z0-9._~!$&'()*+,;=:%-]+\Z")  # RFC 3986 reg-name or IP literal, after IDNA

UtmParams = Dict[str, Tuple[str, ...]]
Names = Tuple[str, ...]

# Results are kept for every link of a run, so they are small: slots where Python has them (3.10+),
# tuples for the name lists, and interned names and messages shared between links.
_SLOTS: Dict[str, Any] = {"slots": True} if sys.version_info >= (3, 10) else {}


class BadURL(ValueError):
    """A URL a live check cannot or must not request."""


@dataclass(frozen=True, **_SLOTS)
class Target:
    """Where and what to request; `target` is the request-line path and query, byte for byte."""

    scheme: str
    host: str
    port: int
    target: bytes
    host_header: str

    @property
    def host_key(self) -> str:
        return f"{self.host}:{self.port}"


def _wire(text: str) -> bytes:
    """The request target as built, except bytes that cannot appear on a request line.

    Printable ASCII passes unchanged (no re-encoding of `%xx`, `+`, `|`, no reordering), while
    spaces, controls and non-ASCII are percent-encoded as UTF-8, as a browser does when clicked.
    """
    if all("\x21" <= ch <= "\x7e" for ch in text):
        return text.encode("ascii")
    out = bytearray()
    for ch in text:
        if "\x21" <= ch <= "\x7e":
            out += ch.encode("ascii")
        else:
            out += "".join(f"%{b:02X}" for b in ch.encode("utf-8")).encode("ascii")
    return bytes(out)


def parse_url(url: str) -> Target:
    """Split `url` for the wire; userinfo is dropped (no credentials are ever sent)."""
    match = _ABSOLUTE.match(url)
    if not match:
        raise BadURL(f"not an absolute http(s) URL: {url!r}")
    scheme = match.group(1).lower()
    if scheme not in _DEFAULT_PORTS:
        raise BadURL(f"only http and https are followed, not {scheme}:")
    netloc = match.group(2).rpartition("@")[2]
    if netloc.startswith("["):
        host, _, rest = netloc[1:].partition("]")
        if rest and not rest.startswith(":"):
            raise BadURL(f"malformed host in {url!r}")
        port_text = rest[1:]
        bracketed = True
    else:
        host, _, port_text = netloc.partition(":")
        bracketed = False
    if not host:
        raise BadURL(f"no host in {url!r}")
    try:
        port = int(port_text) if port_text else _DEFAULT_PORTS[scheme]
    except ValueError:
        raise BadURL(f"bad port {port_text!r} in {url!r}") from None
    if not 0 < port < 65536:
        raise BadURL(f"bad port {port} in {url!r}")
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError as exc:
            raise BadURL(f"bad host name {host!r}: {exc}") from None
    host = host.lower().rstrip(".") or host
    if not _HOST.match(host):
        raise BadURL(f"bad host name {host!r}")
    shown = f"[{host}]" if bracketed else host
    host_header = shown if port == _DEFAULT_PORTS[scheme] else f"{shown}:{port}"
    path = match.group(3) or "/"
    if path.startswith("?"):
        path = "/" + path
    return Target(scheme, host, port, _wire(path), host_header)


def resolve_location(base: str, location: str) -> str:
    """The next hop's URL; an absolute Location is used as sent, a relative one joined to `base`."""
    location = location.strip()
    if _ABSOLUTE.match(location):
        return location
    if location.startswith("//"):
        return base.split(":", 1)[0] + ":" + location
    return urljoin(base, location)


def utm_params(url: str) -> UtmParams:
    """The utm_* parameters of `url`'s query, decoded as GA4 reads them; repeated names keep every value."""
    query = url.split("#", 1)[0].partition("?")[2]
    found: Dict[str, List[str]] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        if name.startswith("utm_"):
            found.setdefault(sys.intern(name), []).append(value)
    return {name: tuple(values) for name, values in found.items()}


def diff_utm(before: UtmParams, after: UtmParams) -> Dict[str, Names]:
    return {
        "kept": tuple(sorted(n for n in before if after.get(n) == before[n])),
        "dropped": tuple(sorted(n for n in before if n not in after)),
        "changed": tuple(sorted(n for n in before if n in after and after[n] != before[n])),
        "added": tuple(sorted(n for n in after if n not in before)),
    }


@dataclass(**_SLOTS)
class Check:
    check: str  # ssl | resolution | redirects
    status: str  # pass | fail | inconclusive | warn | skip
    message: str

    def __post_init__(self) -> None:
        self.message = sys.intern(self.message)

    def to_json(self) -> Dict[str, str]:
        return {"check": self.check, "status": self.status, "message": self.message}


@dataclass(**_SLOTS)
class Hop:
    url: str
    status: Optional[int]
    location: Optional[str] = None
    kept: Names = ()
    dropped: Names = ()
    changed: Names = ()
    added: Names = ()
    note: Optional[str] = None  # e.g. "HEAD refused (405), checked with GET", or the error

    def to_json(self) -> Dict[str, Any]:
        data: Dict[str, Any] = {
            "url": self.url,
            "status": self.status,
            "location": self.location,
            "kept": list(self.kept),
            "dropped": list(self.dropped),
            "changed": list(self.changed),
            "added": list(self.added),
        }
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_json(cls, data: Dict[str, Any]) -> "Hop":
        return cls(**{k: data.get(k) for k in ("url", "status", "location", "note")},
                   **{k: tuple(sys.intern(n) for n in data.get(k, ())) for k in ("kept", "dropped", "changed", "added")})


@dataclass(**_SLOTS)
class LinkResult:
    """The verdict on one URL: `outcome` is pass, fail or inconclusive."""

    url: str
    outcome: str
    checks: List[Check]
    hops: List[Hop]
    checked_at: float = field(default_factory=time.time)
    cached: bool = False

    @property
    def valid(self) -> bool:
        return self.outcome == "pass"

    @property
    def final_url(self) -> Optional[str]:
        return self.hops[-1].url if self.hops else None

    def check(self, name: str) -> Check:
        return next(c for c in self.checks if c.check == name)

    def to_json(self) -> Dict[str, Any]:
        return {
            "url": self.url,
            "valid": self.valid,
            "outcome": self.outcome,
            "checks": [c.to_json() for c in self.checks],
            "hops": [h.to_json() for h in self.hops],
        }

    @classmethod
    def from_json(cls, data: Dict[str, Any], checked_at: float, cached: bool = True) -> "LinkResult":
        if data.get("outcome") not in OUTCOMES:
            raise ValueError("bad outcome")
        return cls(
            url=data["url"],
            outcome=data["outcome"],
            checks=[Check(c["check"], c["status"], c["message"]) for c in data["checks"]],
            hops=[Hop.from_json(h) for h in data["hops"]],
            checked_at=checked_at,
            cached=cached,
        )


@dataclass(**_SLOTS)
class Response:
    """What the walk needs from one hop's final answer (after retries and HEAD→GET fallback)."""

    status: int
    location: Optional[str] = None
    blocked: Optional[str] = None  # bot-protection signature seen, e.g. "Cloudflare challenge"
    note: Optional[str] = None


class FetchFailure(Exception):
    """A hop that got no usable answer. `outcome` says whether that proves the link broken."""

    def __init__(self, kind: str, message: str, outcome: str) -> None:
        super().__init__(message)
        self.kind, self.message, self.outcome = kind, message, outcome


Fetch = Callable[[str, Target], Awaitable[Response]]


async def walk(url: str, fetch: Fetch, options: LiveOptions) -> LinkResult:
    """Follow `url`'s redirects with `fetch` and judge the chain. Never raises."""
    hops: List[Hop] = []
    next_urls: List[Optional[str]] = []
    failure: Optional[FetchFailure] = None
    blocked: Optional[str] = None
    stop: Optional[str] = None  # why the chain ended without a destination (loop, too long)
    try:
        current = url
        seen = {url: 1}
        while True:
            try:
                response = await fetch(current, parse_url(current))
            except BadURL as exc:
                failure = FetchFailure("url", str(exc), "fail")
            except FetchFailure as exc:
                failure = exc
            if failure is not None:
                hops.append(Hop(current, None, note=failure.message))
                next_urls.append(None)
                break
            hops.append(Hop(current, response.status, response.location, note=response.note))
            blocked = response.blocked
            if response.status not in REDIRECT_STATUSES or not response.location:
                next_urls.append(None)
                break
            nxt = resolve_location(current, response.location)
            next_urls.append(nxt)
            if nxt in seen:
                stop = f"redirect loop: hop {len(hops)} redirects back to hop {seen[nxt]} ({nxt})"
                break
            if len(hops) > options.max_redirects:
                stop = f"more than {options.max_redirects} redirects; stopped at hop {len(hops)}"
                break
            seen[nxt] = len(hops) + 1
            current = nxt
    except Exception as exc:  # one link's bug or surprise never aborts the others
        failure = FetchFailure("internal", f"internal error: {type(exc).__name__}: {exc}", "inconclusive")
        if len(next_urls) < len(hops):
            next_urls.append(None)
    _annotate_hops(hops, next_urls)
    checks = [_ssl_check(hops, failure), _resolution_check(hops, failure, stop, blocked), _redirects_check(hops, failure, stop)]
    statuses = {c.status for c in checks}
    outcome = "fail" if "fail" in statuses else "inconclusive" if "inconclusive" in statuses else "pass"
    return LinkResult(url, outcome, checks, hops)


def _annotate_hops(hops: List[Hop], next_urls: List[Optional[str]]) -> None:
    for hop, nxt in zip(hops, next_urls):
        before = utm_params(hop.url)
        diff = diff_utm(before, utm_params(nxt)) if nxt is not None else diff_utm(before, before)
        hop.kept, hop.dropped, hop.changed, hop.added = diff["kept"], diff["dropped"], diff["changed"], diff["added"]


def _ssl_check(hops: List[Hop], failure: Optional[FetchFailure]) -> Check:
    if failure is not None and failure.kind == "tls":
        return Check("ssl", "fail", _at(hops, failure.message))
    schemes = [h.url.split(":", 1)[0].lower() for h in hops]
    if "https" in schemes:
        first_https = schemes.index("https")
        for i in range(first_https + 1, len(schemes)):
            if schemes[i] != "https":
                return Check("ssl", "fail", f"hop {i + 1} leaves HTTPS: {hops[i].url}")
        if first_https == 0:
            return Check("ssl", "pass", "URL uses HTTPS at every hop.")
        return Check("ssl", "warn", f"hop 1 uses plain HTTP; HTTPS from hop {first_https + 1} on.")
    return Check("ssl", "warn", "URL uses plain HTTP; no hop uses HTTPS.")


def _at(hops: List[Hop], message: str) -> str:
    return message if len(hops) <= 1 else f"hop {len(hops)} ({hops[-1].url}): {message}"


def _resolution_check(
    hops: List[Hop], failure: Optional[FetchFailure], stop: Optional[str], blocked: Optional[str]
) -> Check:
    if failure is not None:
        if failure.kind == "tls":
            return Check("resolution", "skip", "not reached: TLS failed")
        return Check("resolution", failure.outcome, _at(hops, failure.message))
    if stop is not None:
        return Check("resolution", "skip", "not reached: the chain never ends")
    last = hops[-1]
    status = last.status or 0
    note = f" ({last.note})" if last.note else ""
    if 200 <= status < 300:
        return Check("resolution", "pass", f"Destination responded with {status}.{note}")
    if status in REDIRECT_STATUSES:
        return Check("resolution", "fail", f"Destination answered {status} without a Location header.")
    if status == 429:
        return Check("resolution", "inconclusive", f"Rate limited: {status}{note}.")
    if blocked:
        return Check("resolution", "inconclusive", f"Blocked by bot protection ({blocked}): {status}{note}.")
    return Check("resolution", "fail", f"Destination responded with {status}.{note}")


def _redirects_check(hops: List[Hop], failure: Optional[FetchFailure], stop: Optional[str]) -> Check:
    if stop is not None:
        return Check("redirects", "fail", stop[0].upper() + stop[1:] + ".")
    expected: UtmParams = {}
    for hop in hops:
        expected = utm_params(hop.url)
        if expected:
            break
    final = utm_params(hops[-1].url)
    lost = diff_utm(expected, final)
    problems = []
    for kind in ("dropped", "changed"):
        for name in lost[kind]:
            where = next((i for i, h in enumerate(hops) if name in getattr(h, kind)), None)
            if where is None:  # dropped, then something else came back: report the last hop
                where = len(hops) - 1
            problems.append((where, name, kind))
    redirects = len(hops) - 1
    if problems:
        parts = []
        for where, name, kind in sorted(problems):
            hop = hops[where]
            parts.append(f"{name} {kind} at hop {where + 1} ({hop.status} {hop.url} -> {hop.location})")
        return Check("redirects", "fail", "UTM params lost in the chain: " + "; ".join(parts) + ".")
    if failure is not None:
        return Check("redirects", "skip", f"chain incomplete after {redirects} redirect(s); UTM params intact so far.")
    if not expected:
        noun = "redirect" if redirects == 1 else "redirects"
        return Check("redirects", "warn", f"Followed {redirects} {noun}; no UTM params anywhere in the chain.")
    if redirects == 0:
        return Check("redirects", "pass", "No redirect. UTM params reach the destination.")
    noun = "redirect" if redirects == 1 else "redirects"
    return Check("redirects", "pass", f"Followed {redirects} {noun}. UTM params preserved through chain.")
