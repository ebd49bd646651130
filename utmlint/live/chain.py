"""One link's redirect walk and its verdict: the hops, the utm diff per hop, and the three checks.

Nothing here touches the network: `walk` calls the `fetch` it is given (the runner's, or a fake).
"""

from __future__ import annotations

import re
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, List, Mapping, Optional, Sequence, Tuple
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
    if text.isascii() and text.isprintable() and " " not in text:  # "\x21" to "\x7e" only
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


HOP_KINDS = ("redirect", "meta-refresh", "script")


# What the text and HTML reports call a check: `mlz check`'s name `resolution` (kept in JSON and mlz output, which
# scripts read) covers the destination's answer too, and a 404 under "resolution" read as a DNS failure (stranger19)
_SHOWN = {"resolution": "destination"}


@dataclass(**_SLOTS)
class Check:
    check: str  # ssl | resolution | redirects
    status: str  # pass | warn (passed, with a warning) | fail | inconclusive | skip
    message: str

    def __post_init__(self) -> None:
        self.message = sys.intern(self.message)

    @property
    def label(self) -> str:
        """The check's name as a person reads it: `destination` for mlz's `resolution`."""
        return _SHOWN.get(self.check, self.check)

    def to_json(self) -> Dict[str, str]:
        return {"check": self.check, "status": self.status, "message": self.message}


@dataclass(**_SLOTS)
class Hop:
    url: str
    status: Optional[int]
    location: Optional[str] = None  # where this hop sends the browser, as written (Location, refresh, script)
    kept: Names = ()
    dropped: Names = ()
    changed: Names = ()
    added: Names = ()
    note: Optional[str] = None  # e.g. "HEAD refused (405), checked with GET", or the error
    kind: Optional[str] = None  # how this hop sends the browser on: redirect | meta-refresh | script; None at the end

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
        if self.kind:
            data["kind"] = self.kind
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_json(cls, data: Dict[str, Any]) -> "Hop":
        kind = data.get("kind")
        if kind is not None and kind not in HOP_KINDS:
            raise ValueError("bad hop kind")
        return cls(**{k: data.get(k) for k in ("url", "status", "location", "note")}, kind=kind,
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
    stopped: Optional[str] = None  # "loop" or "too-many-hops" when the chain never ended

    @property
    def valid(self) -> bool:
        return self.outcome == "pass"

    @property
    def landing_utm(self) -> UtmParams:
        """The utm_* parameters of the last URL reached."""
        return utm_params(self.hops[-1].url) if self.hops else {}

    @property
    def wrapped(self) -> bool:
        """True when the submitted URL carries no utm_* (a click-tracking wrapper, as copied from an e-mail)."""
        return not utm_params(self.url)

    @property
    def warnings(self) -> List[str]:
        return [f"{c.label}: {c.message}" for c in self.checks if c.status == "warn"]

    def check(self, name: str) -> Check:
        return next(c for c in self.checks if c.check == name)

    def to_json(self) -> Dict[str, Any]:
        data = {
            "url": self.url,
            "valid": self.valid,
            "outcome": self.outcome,
            "checks": [c.to_json() for c in self.checks],
            "hops": [h.to_json() for h in self.hops],
            "landing_utm": {name: values[0] if len(values) == 1 else list(values)
                            for name, values in sorted(self.landing_utm.items())},
        }
        if self.stopped:
            data["stopped"] = self.stopped
        return data

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
            stopped=data.get("stopped"),
        )


@dataclass(**_SLOTS)
class Response:
    """What the walk needs from one hop's final answer (after retries and HEAD→GET fallback)."""

    status: int
    location: Optional[str] = None
    blocked: Optional[str] = None  # bot-protection signature seen, e.g. "Cloudflare challenge"
    note: Optional[str] = None
    interstitial: Optional[Tuple[str, str]] = None  # ("meta-refresh" | "script", URL as written) on a 2xx page
    set_cookie: bool = False


class FetchFailure(Exception):
    """A hop that got no usable answer. `outcome` says whether that proves the link broken."""

    def __init__(self, kind: str, message: str, outcome: str) -> None:
        super().__init__(message)
        self.kind, self.message, self.outcome = kind, message, outcome


@dataclass(**_SLOTS)
class _Stop:
    """Why a chain ended without a destination."""

    kind: str  # loop | too-many-hops
    status: str  # fail, or inconclusive for a loop a cookie may explain
    message: str


Fetch = Callable[[str, Target], Awaitable[Response]]
Expected = Mapping[str, str]  # utm_name -> the value the landing URL must carry


def expected_utm(pairs: Mapping[str, str]) -> Dict[str, str]:
    """`{"source": "intercom"}` or `{"utm_source": "intercom"}` as `{"utm_source": "intercom"}`."""
    return {(name if name.startswith("utm_") else "utm_" + name): value for name, value in pairs.items()}


async def walk(url: str, fetch: Fetch, options: LiveOptions, expect: Optional[Expected] = None) -> LinkResult:
    """Follow `url`'s redirects and interstitial pages with `fetch` and judge the chain. Never raises."""
    hops: List[Hop] = []
    next_urls: List[Optional[str]] = []
    failure: Optional[FetchFailure] = None
    blocked: Optional[str] = None
    stop: Optional[_Stop] = None
    cookies = False
    current = url
    try:
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
            hop = Hop(current, response.status, response.location, note=response.note)
            hops.append(hop)
            blocked = response.blocked
            cookies = cookies or response.set_cookie
            nxt: Optional[str] = None
            if response.status in REDIRECT_STATUSES and response.location:
                hop.kind, nxt = "redirect", resolve_location(current, response.location)
            elif response.interstitial is not None and 200 <= response.status < 300:
                kind, written = response.interstitial
                candidate = resolve_location(current, written)
                if candidate.split("#", 1)[0] != current.split("#", 1)[0]:  # a page that reloads itself has landed
                    hop.kind, hop.location, nxt = kind, written, candidate
            next_urls.append(nxt)
            if nxt is None:
                break
            if nxt in seen:
                stop = _loop(len(hops), seen[nxt], cookies)
                break
            if len(hops) > options.max_redirects:
                stop = _Stop("too-many-hops", "fail",
                             f"More than {options.max_redirects} redirects; stopped at hop {len(hops)}.")
                break
            seen[nxt] = len(hops) + 1
            current = nxt
    except Exception as exc:  # one link's bug or surprise never aborts the others
        failure = FetchFailure("internal", f"internal error: {type(exc).__name__}: {exc}", "inconclusive")
        if not hops or hops[-1].url != current:
            hops.append(Hop(current, None, note=failure.message))
        del next_urls[len(hops) - 1:]
        next_urls.append(None)
    _annotate_hops(hops, next_urls)
    checks = [_ssl_check(hops, failure), _resolution_check(hops, failure, stop, blocked),
              _utm_check(hops, failure, stop, expected_utm(expect or {}))]
    statuses = {c.status for c in checks}
    outcome = "fail" if "fail" in statuses else "inconclusive" if "inconclusive" in statuses else "pass"
    return LinkResult(url, outcome, checks, hops, stopped=stop.kind if stop else None)


def _loop(at: int, back_to: int, cookies: bool) -> _Stop:
    hops = at - back_to + 1
    message = f"Redirect loop: hop {at} sends the browser back to hop {back_to} (a loop of {hops} hop{'s' * (hops != 1)})"
    if cookies:
        return _Stop("loop", "inconclusive", message + " after setting a cookie; a browser that keeps cookies may "
                                                        "get through (utmlint sends none).")
    return _Stop("loop", "fail", message + ".")


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
    if schemes and schemes[0] != "http":  # `not a url`, `ftp://x`: no HTTP to speak of (newuser48 F7)
        return Check("ssl", "skip", "not an http(s) URL: no connection was made.")
    return Check("ssl", "warn", "URL uses plain HTTP; no hop uses HTTPS.")


def _at(hops: List[Hop], message: str) -> str:
    return message if len(hops) <= 1 else f"hop {len(hops)} ({hops[-1].url}): {message}"


def _resolution_check(
    hops: List[Hop], failure: Optional[FetchFailure], stop: Optional[_Stop], blocked: Optional[str]
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
    return Check("resolution", "fail", _broken(status, note))


def _broken(status: int, note: str) -> str:
    """A 4xx or 5xx at the end of the chain: the link is broken, whatever its tags (stranger19: a 404 read as a
    resolution problem)."""
    from http import HTTPStatus

    try:
        named = f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        named = str(status)
    if status >= 500:
        return (f"Broken destination: the server answered {named}{note}, so clicks land on an error page while it "
                "lasts; fix the site, or check again later with --no-cache.")
    return (f"Broken destination: the page answered {named}{note}, so every click lands on an error page instead of "
            "the campaign's page; fix the URL (or the site).")


_PLURAL = {"redirect": "redirects", "meta-refresh": "meta-refreshes", "script": "scripts"}
_HOW = {"redirect": "", "meta-refresh": "meta refresh ", "script": "script "}


def _hop_label(hops: List[Hop], index: int) -> str:
    """`hop 2 (302 to https://…)`: each hop's destination is named once, however many parameters it lost."""
    hop = hops[index]
    destination = hops[index + 1].url if index + 1 < len(hops) else hop.location
    how = f"{hop.status} " if hop.kind == "redirect" else _HOW.get(hop.kind or "", "")
    return f"hop {index + 1} ({how}to {destination})" if destination else f"hop {index + 1}"


def _pairs(params: UtmParams, names: Sequence[str] = ()) -> str:
    """`utm_source=a, utm_medium=b`; a key the URL carries twice written twice, as the URL has it (`utm_source=linkedin,
    utm_source=intercom`), never `linkedin|intercom`, a value nobody sent (newuser48 F8)."""
    return ", ".join(f"{name}={value}" for name in (names or sorted(params)) for value in params[name])


# When a URL carries a utm key twice (a click tracker that appends its own `utm_source=intercom` after the link's
# `utm_source=linkedin`), which copy GA4 records is not documented: said so, never as one value `linkedin|intercom`
# that no URL holds (newuser48 F8)
TWICE = "which copy GA4 records is not documented"


def _said(values: Sequence[str]) -> str:
    """`paid-social`, or `paid-social` and `email` (the key written twice)."""
    shown = [f"`{value}`" for value in values]
    if len(shown) < 2:
        return shown[0] if shown else "nothing"
    return ", ".join(shown[:-1]) + " and " + shown[-1]


def _landing(final: UtmParams, names: Sequence[str]) -> str:
    """What GA4 records of `names` at the landing URL, said of the values it carries."""
    single = [f"`{name}={final[name][0]}`" for name in names if name in final and len(final[name]) == 1]
    several = [name for name in names if name in final and len(final[name]) > 1]
    said = []
    if single:
        said.append(f"GA4 records the landing URL's {', '.join(single)}, not the link's value{'s' if len(single) > 1 else ''}")
    if several:
        times = {2: "twice"}
        said.append("the landing URL carries " + " and ".join(
            f"{name} {times.get(len(final[name]), f'{len(final[name])} times')} ({_said(final[name])})"
            for name in several) + f": {TWICE}")
    return "; ".join(said)


def hop_summary(hops: Sequence[Hop]) -> str:
    """`2 redirects, 1 meta-refresh`, or `no redirect`."""
    counts: Dict[str, int] = {}
    for hop in hops:
        if hop.kind:
            counts[hop.kind] = counts.get(hop.kind, 0) + 1
    if not counts:
        return "no redirect"
    ordered = sorted(counts.items(), key=lambda kv: HOP_KINDS.index(kv[0]))
    return ", ".join(f"{n} {kind if n == 1 else _PLURAL[kind]}" for kind, n in ordered)


def _utm_check(hops: List[Hop], failure: Optional[FetchFailure], stop: Optional[_Stop], expect: Expected) -> Check:
    """Does the landing URL carry the campaign's utm_* values? The submitted URL's own, every one with the same
    value; for a wrapper without visible utm, at least some; and `expect`'s values when given."""
    if stop is not None:
        return Check("redirects", stop.status, stop.message)
    submitted = utm_params(hops[0].url)
    final = utm_params(hops[-1].url)
    problems: List[str] = []
    warnings: List[str] = []
    lost_at: Dict[int, Dict[str, List[str]]] = {}
    for name in sorted(submitted):
        hurt = [i for i, h in enumerate(hops) if name in h.dropped or name in h.changed]
        if final.get(name) == submitted[name]:
            if hurt:
                warnings.append(f"{_hop_label(hops, hurt[0])} changed {name}; the landing URL has it back")
            continue
        where = hurt[0] if hurt else len(hops) - 1
        kind = "dropped" if name not in final else "changed"
        lost_at.setdefault(where, {}).setdefault(kind, []).append(name)
    if lost_at:
        # A value changed is not lost: GA4 records the one the landing URL carries (a redirect that lowercases
        # `Spring_Sale` was said to "lose" it, review of session 39), so what changed is said from and to
        losses = []
        kinds = {kind for at in lost_at.values() for kind in at}
        for where in sorted(lost_at):
            after = utm_params(hops[where + 1].url) if where + 1 < len(hops) else final
            parts = [f"{kind} " + ", ".join(
                         name if kind == "dropped" else
                         f"{name} from {_said(submitted[name])} to {_said(after.get(name, ()))}"
                         for name in names)
                     for kind, names in sorted(lost_at[where].items())]
            losses.append(f"{_hop_label(hops, where)} {' and '.join(parts)}")
        changed = sorted(name for at in lost_at.values() for name in at.get("changed", ()))
        landing = _landing(final, changed)
        problems.append(("UTM params changed in the chain: " if kinds == {"changed"} else
                         "UTM params lost in the chain: " if kinds == {"dropped"} else
                         "UTM params changed and lost in the chain: ") + "; ".join(losses)
                        + (f" ({landing})" if landing else ""))
    reported = {name for kinds in lost_at.values() for names in kinds.values() for name in names}
    if failure is not None:
        if problems:
            return Check("redirects", "fail", problems[0] + ".")
        if len(hops) <= 1:  # nothing answered (refused, no DNS, a timeout): no parameter was carried anywhere
            # (newuser43 F9: "chain incomplete after 0 hop(s); UTM params intact so far." under a refused target)
            return Check("redirects", "skip", "not followed: the link got no answer, so its UTM params were not checked.")
        return Check("redirects", "skip", f"chain incomplete after {len(hops) - 1} hop(s); UTM params intact so far.")
    for name, value in sorted(expect.items()):
        if name in reported:
            continue
        got = final.get(name)
        if got is None:
            problems.append(f"expected {name}={value} at the landing page: missing")
        elif got != (value,):
            problems.append(f"expected {name}={value} at the landing page: it carries {_said(got)}"
                            + (f" ({name} written {len(got)} times: {TWICE})" if len(got) > 1 else ""))
    if not submitted and not final:
        problems.append("no UTM params reach the landing page: the submitted URL carries none (a click-tracking "
                        f"wrapper?) and the landing URL {hops[-1].url} has none either")
    if submitted:
        added = sorted(name for name in final if name not in submitted)
        by_hop: Dict[int, List[str]] = {}
        for name in added:
            where = next((i for i, h in enumerate(hops) if name in h.added), len(hops) - 1)
            by_hop.setdefault(where, []).append(name)
        for where, names in sorted(by_hop.items()):
            warnings.append(f"{_hop_label(hops, where)} added its own {_pairs(final, names)}")
    if problems:
        return Check("redirects", "fail", ". ".join(p[0].upper() + p[1:] for p in problems) + ".")
    redirects = len(hops) - 1
    if not submitted:
        message = (f"Followed {hop_summary(hops)}. No UTM params in the submitted URL (a click-tracking wrapper?); "
                   f"the landing URL carries {_pairs(final)}.")
    elif redirects == 0:
        message = "No redirect. UTM params reach the destination."
    else:
        message = f"Followed {hop_summary(hops)}. UTM params preserved through chain."
    if expect:
        message += f" Expected values present: {_pairs(final, sorted(expect))}."
    if warnings:
        return Check("redirects", "warn", message + " Warning: " + "; ".join(warnings) + ".")
    return Check("redirects", "pass", message)
