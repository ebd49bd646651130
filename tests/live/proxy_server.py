"""A real HTTP proxy on a loopback address for the live-check tests: CONNECT tunnels and absolute-form
GET/HEAD, as squid or a corporate proxy serves them. It records what it was asked for (so a test can
see that the checker went through it, and which target it named), and answers 502 when the target
cannot be reached.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple
from urllib.parse import urlsplit


@dataclass
class Asked:
    method: str
    target: str  # `host:port` for CONNECT, the absolute URL otherwise
    headers: Dict[str, str]


class ProxyServer:
    def __init__(self, host: str = "127.0.0.1", require_auth: Optional[str] = None) -> None:
        self.host = host
        self.require_auth = require_auth  # the Proxy-Authorization value demanded, if any
        self.asked: List[Asked] = []
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()
        self._started.wait(5)

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._server = self._loop.run_until_complete(asyncio.start_server(self._handle, self.host, 0))
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

    async def _head(self, reader: asyncio.StreamReader) -> Tuple[bytes, Dict[str, str], List[bytes]]:
        line = await reader.readline()
        headers: Dict[str, str] = {}
        raw: List[bytes] = []
        while True:
            header = await reader.readline()
            if header in (b"\r\n", b"\n", b""):
                break
            raw.append(header)
            name, _, value = header.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        return line, headers, raw

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            line, headers, raw = await self._head(reader)
            if not line:
                return
            method, target, _ = line.decode("latin-1").rstrip("\r\n").split(" ", 2)
            self.asked.append(Asked(method, target, headers))
            if self.require_auth is not None and headers.get("proxy-authorization") != self.require_auth:
                writer.write(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
                return
            if method == "CONNECT":
                await self._tunnel(target, reader, writer)
            else:
                await self._forward(method, target, raw, writer)
        except (ConnectionError, ValueError, asyncio.CancelledError):
            pass
        finally:
            writer.close()

    async def _tunnel(self, target: str, reader, writer) -> None:
        host, _, port = target.rpartition(":")
        try:
            up_reader, up_writer = await asyncio.open_connection(host.strip("[]"), int(port))
        except OSError:
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            await writer.drain()
            return
        writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        await writer.drain()

        async def pipe(source, sink) -> None:
            try:
                while True:
                    data = await source.read(65536)
                    if not data:
                        break
                    sink.write(data)
                    await sink.drain()
            except (ConnectionError, asyncio.CancelledError):
                pass
            finally:
                sink.close()

        await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))

    async def _forward(self, method: str, target: str, raw: List[bytes], writer) -> None:
        """One absolute-form request, relayed in origin form; the answer ends with Connection: close."""
        parts = urlsplit(target)
        try:
            up_reader, up_writer = await asyncio.open_connection(parts.hostname, parts.port or 80)
        except OSError:
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            await writer.drain()
            return
        path = target[len(f"{parts.scheme}://{parts.netloc}"):] or "/"
        kept = b"".join(h for h in raw if not h.lower().startswith((b"proxy-", b"connection")))
        up_writer.write(f"{method} {path} HTTP/1.1\r\n".encode("latin-1") + kept + b"\r\n")
        await up_writer.drain()
        status, headers, head = await self._head(up_reader)
        length = int(headers.get("content-length", "0"))
        body = b"" if method == "HEAD" else await up_reader.readexactly(length)
        up_writer.close()
        kept = b"".join(h for h in head if not h.lower().startswith(b"connection"))
        writer.write(status + kept + b"Connection: close\r\n\r\n" + body)
        await writer.drain()
