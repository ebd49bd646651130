"""A real HTTP(S) server on 127.0.0.1 for the live-check tests.

A small asyncio program in a background thread. Each test registers routes; the server records
every request with its raw request line, so tests can count requests and see the bytes on the wire.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import struct
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple, Union


@dataclass
class Reply:
    status: int = 200
    headers: List[Tuple[str, str]] = field(default_factory=list)
    body: bytes = b"ok"
    delay: float = 0.0
    reset: bool = False  # drop the connection with a TCP RST instead of answering
    length: Optional[int] = None  # Content-Length to announce; more than the body: the rest never comes


@dataclass
class Seen:
    method: str
    target: bytes
    request_line: bytes
    headers: Dict[str, str]
    at: float = 0.0  # time.monotonic() when the request arrived


Handler = Union[Reply, Callable[[Seen], Reply]]


class LiveServer:
    def __init__(self, host: str = "127.0.0.1", ssl_context: Optional[ssl.SSLContext] = None) -> None:
        self.host = host
        self.ssl_context = ssl_context
        self.routes: Dict[str, Handler] = {}
        self.requests: List[Seen] = []
        self.in_flight = self.max_in_flight = 0
        self.connections = 0  # TCP connections accepted
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self._started.wait(5)

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(
            asyncio.start_server(self._handle, self.host, 0, ssl=self.ssl_context)
        )
        self.port = self._server.sockets[0].getsockname()[1]
        self._started.set()
        self._loop.run_forever()

    def stop(self) -> None:
        async def shutdown() -> None:
            self._server.close()
            current = asyncio.current_task()
            pending = [t for t in asyncio.all_tasks() if t is not current]
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
            self._loop.stop()

        asyncio.run_coroutine_threadsafe(shutdown(), self._loop)
        self._thread.join(5)

    @property
    def origin(self) -> str:
        scheme = "https" if self.ssl_context else "http"
        host = "localhost" if self.ssl_context else self.host
        return f"{scheme}://{host}:{self.port}"

    def url(self, path: str) -> str:
        return self.origin + path

    def route(self, path: str, handler: Handler) -> None:
        self.routes[path] = handler

    def redirect(self, path: str, location: str, status: int = 302) -> None:
        self.routes[path] = Reply(status, [("Location", location)], b"")

    def hits(self, path: str) -> List[Seen]:
        return [r for r in self.requests if r.target.split(b"?", 1)[0] == path.encode()]

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self.connections += 1
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                headers: Dict[str, str] = {}
                while True:
                    header = await reader.readline()
                    if header in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = header.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                method, target, _ = line.rstrip(b"\r\n").split(b" ", 2)
                seen = Seen(method.decode(), target, line.rstrip(b"\r\n"), headers, time.monotonic())
                self.requests.append(seen)
                handler = self.routes.get(target.split(b"?", 1)[0].decode("latin-1"), Reply(404, body=b"no route"))
                reply = handler(seen) if callable(handler) else handler
                self.in_flight += 1
                self.max_in_flight = max(self.max_in_flight, self.in_flight)
                try:
                    if reply.delay:
                        await asyncio.sleep(reply.delay)
                finally:
                    self.in_flight -= 1
                if reply.reset:
                    sock = writer.get_extra_info("socket")
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    writer.transport.abort()
                    return
                body = b"" if seen.method == "HEAD" else reply.body
                length = reply.length if reply.length is not None else len(reply.body)
                head = [f"HTTP/1.1 {reply.status} X", f"Content-Length: {length}"]
                head += [f"{k}: {v}" for k, v in reply.headers]
                writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
                await writer.drain()
                if length > len(reply.body) and seen.method != "HEAD":
                    await asyncio.sleep(3600)  # the rest of the body never comes
        except (ConnectionError, ssl.SSLError, ValueError, asyncio.CancelledError):
            pass
        finally:
            writer.close()
