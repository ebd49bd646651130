"""One small httpcore pool per origin, under one cap on the connections open across them.

A single `httpcore.AsyncConnectionPool` for every host does work proportional to all its connections
on each request and each response close (httpcore 1.0 even counts them once per idle connection), and
when it is full it closes whichever idle connection comes first, so links spread over many hosts
reuse almost nothing: with 200 hosts and 128 connections, most of the CPU of a run went into that
bookkeeping and into new TCP connections. Here each origin has its own pool of at most `per_host`
connections (the per-host limit already bounds requests to a host), so the bookkeeping sees a handful
of connections. The overall cap (`limit`, the run's concurrency, as the single pool had) is kept by
closing idle connections of the least recently used origins before a new connection would exceed it.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Hashable

import httpcore


class OriginPools:
    def __init__(self, make_pool: Callable[[Hashable], httpcore.AsyncConnectionPool], limit: int) -> None:
        self._make_pool = make_pool
        self._limit = limit
        # least recently used first; value: [pool, requests using it now]
        self._pools: "OrderedDict[Hashable, list]" = OrderedDict()

    def __len__(self) -> int:
        return len(self._pools)

    async def acquire(self, key: Hashable) -> httpcore.AsyncConnectionPool:
        """The pool for `key`, marked in use until `release(key)`; room is made first when the request
        would have to open a connection."""
        entry = self._pools.get(key)
        if entry is None or not any(c.is_idle() for c in entry[0].connections):
            await self._make_room()
            entry = self._pools.get(key)  # making room may have forgotten it
        if entry is None:
            entry = self._pools[key] = [self._make_pool(key), 0]
        else:
            self._pools.move_to_end(key)
        entry[1] += 1  # after the last await: a cancelled acquire holds nothing
        return entry[0]

    def open_connections(self, exact: bool = False) -> int:
        """Connections open across the origins. Not exact: closed ones a pool has not yet dropped (it drops
        them on its next request or response close) count too, which is cheaper and only makes room early."""
        if exact:
            return sum(1 for pool, _ in self._pools.values() for c in pool.connections if not c.is_closed())
        return sum(len(pool.connections) for pool, _ in self._pools.values())

    def release(self, key: Hashable) -> None:
        """The request that acquired `key`'s pool is done; an origin left without a request or an open
        connection (its answer was cut off, or it failed) is forgotten, so many hosts do not pile up."""
        entry = self._pools.get(key)
        if entry is not None:
            entry[1] -= 1
            if entry[1] == 0 and all(c.is_closed() for c in entry[0].connections):
                del self._pools[key]

    async def _make_room(self) -> None:
        """Close idle connections, least recently used origins first, until one more fits under the cap;
        forget origins left with no connection and no request."""
        if self.open_connections() < self._limit:
            return
        open_now = self.open_connections(exact=True)
        for key, (pool, _) in list(self._pools.items()):
            for connection in pool.connections:
                if open_now < self._limit:
                    break
                if connection.is_idle():
                    await connection.aclose()  # marks it closed before awaiting: no request can take it
                    open_now -= 1
            entry = self._pools.get(key)
            if entry is not None and entry[1] == 0 and all(c.is_closed() for c in pool.connections):
                del self._pools[key]
            if open_now < self._limit:
                return

    async def aclose(self) -> None:
        for pool, _ in list(self._pools.values()):
            await pool.aclose()
        self._pools.clear()
