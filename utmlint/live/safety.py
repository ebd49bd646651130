"""Which addresses a live check may connect to.

A pull request can add any URL to a campaign file, and CI runs `utmlint check` inside its own
network. So every hop's host is resolved here, each address is classified, and the connection is
then opened to one of the addresses that were checked, never to a second lookup of the name.
That closes the usual DNS-rebinding hole (a name that answers "public" to the check and "private"
to the connect). What remains:
- within one run a host's answer is cached, so a rebinding server cannot flip between hops either;
- proxies are never used (environment proxy settings are ignored), because a proxy would resolve
  names itself;
- an allowed public address may still forward the request inward (an open proxy or a load
  balancer on the target's side); that is outside what a client can see.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from typing import Dict, List, Optional, Tuple, Union

IPAddress = Union[ipaddress.IPv4Address, ipaddress.IPv6Address]

ALLOW_HINT = "pass --allow-private to check private, loopback and link-local targets"


class RefusedAddress(Exception):
    """The host resolved to an address a live check must not reach."""

    def __init__(self, host: str, address: str, reason: str) -> None:
        self.host, self.address, self.reason = host, address, reason
        shown = host if host == address else f"{host} ({address})"
        super().__init__(f"refused to connect to {shown}: {reason}; {ALLOW_HINT}")


class ResolutionFailed(Exception):
    """DNS gave no usable answer. `permanent` means the name does not exist (not a network blip)."""

    def __init__(self, host: str, detail: str, permanent: bool) -> None:
        self.host, self.permanent = host, permanent
        super().__init__(f"cannot resolve {host}: {detail}")


def address_refusal(address: IPAddress) -> Optional[str]:
    """Why `address` is off limits, or None when it is a public unicast address."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address_refusal(address.ipv4_mapped)
        if address.sixtofour is not None:
            # 6to4 (2002::/16) carries an IPv4 address, and a 6to4 relay or gateway delivers to it: judge the
            # embedded host like any IPv4 one, so 2002:a9fe:a9fe:: is the metadata endpoint it names. A public
            # embedded address stays allowed (it is reached through the public 6to4 relays, as it says).
            embedded = address_refusal(address.sixtofour)
            if embedded is not None:
                return f"{address} is a 6to4 address for {address.sixtofour}, and {embedded}"
        if address.is_site_local:
            return f"{address} is a site-local address (fec0::/10, the deprecated private IPv6 range)"
    if address.is_unspecified:
        return f"{address} is an unspecified address"
    if address.is_loopback:
        return f"{address} is a loopback address"
    if address.is_link_local:
        return f"{address} is a link-local address (cloud metadata endpoints such as 169.254.169.254 live there)"
    if address.is_multicast:
        return f"{address} is a multicast address"
    if address.is_reserved:
        return f"{address} is a reserved address"
    if address.is_private:
        return f"{address} is a private address"
    if not address.is_global:
        return f"{address} is not a public address"
    return None


def parse_address(text: str) -> IPAddress:
    return ipaddress.ip_address(text.split("%", 1)[0])


class Resolver:
    """Resolves with `loop.getaddrinfo`, remembers answers for the run, and refuses non-public ones."""

    def __init__(self, allow_private: bool) -> None:
        self.allow_private = allow_private
        self._answers: Dict[Tuple[str, int], "asyncio.Future[List[str]]"] = {}
        self._vetted: Dict[Tuple[str, int], List[str]] = {}  # answers that passed the guard, for this run

    def vetted(self, host: str, port: int) -> Optional[List[str]]:
        """The addresses `resolve` already returned for `host` in this run, or None: every later connection
        to a host reuses its first answer, so its verdict too (no lookup, no address parsing, no task)."""
        return self._vetted.get((host.lower(), port))

    async def resolve(self, host: str, port: int) -> List[str]:
        """The checked addresses for `host`, in the order the system resolver gave them."""
        key = (host.lower(), port)
        future = self._answers.get(key)
        if future is None:
            future = asyncio.ensure_future(self._lookup(host, port))
            self._answers[key] = future
        try:
            addresses = await asyncio.shield(future)
        except ResolutionFailed as exc:
            if not exc.permanent and self._answers.get(key) is future:
                del self._answers[key]  # a network blip: let a retry ask again
            raise
        if not self.allow_private:
            for address in addresses:
                reason = address_refusal(parse_address(address))
                if reason is not None:
                    raise RefusedAddress(host, address, reason)
        self._vetted[key] = addresses
        return addresses

    async def _lookup(self, host: str, port: int) -> List[str]:
        loop = asyncio.get_running_loop()
        try:
            infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            permanent = exc.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME))
            raise ResolutionFailed(host, exc.strerror or str(exc), permanent) from exc
        except UnicodeError as exc:
            raise ResolutionFailed(host, f"invalid host name ({exc})", True) from exc
        addresses = list(dict.fromkeys(info[4][0] for info in infos))
        if not addresses:
            raise ResolutionFailed(host, "no addresses", True)
        return addresses
