"""Benchmark target: 3-hop redirect chains on loopback with a fixed latency per response.

    python benchmarks/live/server.py --latency 0.02 --hops 3               # one host, 127.0.0.1
    python benchmarks/live/server.py --latency 0.02 --hops 3 --hosts 200   # 200 hosts, 127.1.0.1 ...

Prints the port on the first line of stdout, then serves until killed (with --hosts, every address
listens on that same port).
/c/<i>/<k>?<query> redirects (302) to /c/<i>/<k+1>?<same query> until k == hops, which answers 200.
With --hosts N, URL i starts on host i % N and each hop moves to the next host, as a tracker, a
shortener and a landing page on three sites would.
/index.html?n=N is a page linking to N chains (LinkChecker's start page); /robots.txt is empty.
Every response carries a `LinkChecker` header: LinkChecker lifts its per-host rate limit only for
hosts that send it, and then only if its config asks for a higher rate (as shipped it does not).
"""

from __future__ import annotations

import argparse
import asyncio
import sys

QUERY = "utm_source=bench&utm_medium=email&utm_campaign=c{i}&utm_content=link"


def host_address(index: int, hosts: int) -> str:
    """The loopback address of host `index` (127.0.0.1 when there is one host)."""
    if hosts <= 1:
        return "127.0.0.1"
    index %= hosts
    return f"127.1.{index // 250}.{index % 250 + 1}"


def chain_url(port: int, i: int, hop: int = 1, hosts: int = 1) -> str:
    return f"http://{host_address(i + hop - 1, hosts)}:{port}/c/{i}/{hop}?" + QUERY.format(i=i)


def landing_page(kib: int) -> bytes:
    """An HTML landing page of about `kib` KiB (no refresh, no redirect script): what GET reads and HEAD does not."""
    head = b"<!doctype html><html><head><title>Spring sale</title></head><body>\n"
    filler = b"<p>Lorem ipsum dolor sit amet, consectetur adipiscing elit.</p>\n"
    body = head + filler * max(0, (kib * 1024 - len(head)) // len(filler))
    return body + b"</body></html>\n"


async def serve(latency: float, hops: int, hosts: int = 1, page_kib: int = 64) -> None:
    port_box = []
    page = landing_page(page_kib)

    def respond(method: bytes, target: bytes):
        path, _, query = target.decode("latin-1").partition("?")
        if path.startswith("/c/"):
            _, _, i, k = path.split("/")
            k = int(k)
            if k < hops:
                location = f"http://{host_address(int(i) + k, hosts)}:{port_box[0]}/c/{i}/{k + 1}?{query}"
                return 302, [("Location", location)], b"", "text/plain"
            return 200, [], page, "text/html; charset=utf-8"
        if path == "/index.html":
            n = int(query.partition("n=")[2] or 1000)
            links = "".join(f'<a href="{chain_url(port_box[0], i)}">{i}</a>\n' for i in range(n))
            return 200, [], f"<html><body>\n{links}</body></html>\n".encode(), "text/html"
        if path == "/robots.txt":
            return 200, [], b"", "text/plain"
        return 404, [], b"not found\n", "text/plain"

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                line = await reader.readline()
                if not line:
                    return
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                method, target, _ = line.split(b" ", 2)
                status, headers, body, ctype = respond(method, target)
                await asyncio.sleep(latency)
                head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", f"Content-Type: {ctype}",
                        "LinkChecker: allow"]
                head += [f"{k}: {v}" for k, v in headers]
                payload = ("\r\n".join(head) + "\r\n\r\n").encode("latin-1")
                writer.write(payload if method == b"HEAD" else payload + body)
                await writer.drain()
        except (ConnectionError, ValueError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(handle, host_address(0, hosts), 0, backlog=1024)
    port_box.append(server.sockets[0].getsockname()[1])
    others = [await asyncio.start_server(handle, host_address(k, hosts), port_box[0], backlog=1024)
              for k in range(1, hosts)]
    print(port_box[0], flush=True)
    async with server:
        await asyncio.gather(server.serve_forever(), *(o.serve_forever() for o in others))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--hops", type=int, default=3)
    parser.add_argument("--hosts", type=int, default=1, help="loopback hosts to spread the chains over (max 2,500)")
    parser.add_argument("--page-kib", type=int, default=64, help="size of the HTML landing page (default: 64 KiB)")
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.latency, args.hops, args.hosts, args.page_kib))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
