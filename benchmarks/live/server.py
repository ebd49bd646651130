"""Benchmark target: 3-hop redirect chains on 127.0.0.1 with a fixed latency per response.

    python benchmarks/live/server.py --latency 0.02 --hops 3

Prints the port on the first line of stdout, then serves until killed.
/c/<i>/<k>?<query> redirects (302) to /c/<i>/<k+1>?<same query> until k == hops, which answers 200.
/index.html?n=N is a page linking to N chains (LinkChecker's start page); /robots.txt is empty.
Every response carries a `LinkChecker` header: LinkChecker lifts its per-host rate limit only for
hosts that send it, and then only if its config asks for a higher rate (as shipped it does not).
"""

from __future__ import annotations

import argparse
import asyncio
import sys

QUERY = "utm_source=bench&utm_medium=email&utm_campaign=c{i}&utm_content=link"


def chain_url(port: int, i: int, hop: int = 1) -> str:
    return f"http://127.0.0.1:{port}/c/{i}/{hop}?" + QUERY.format(i=i)


async def serve(latency: float, hops: int) -> None:
    port_box = []

    def respond(method: bytes, target: bytes):
        path, _, query = target.decode("latin-1").partition("?")
        if path.startswith("/c/"):
            _, _, i, k = path.split("/")
            k = int(k)
            if k < hops:
                location = f"http://127.0.0.1:{port_box[0]}/c/{i}/{k + 1}?{query}"
                return 302, [("Location", location)], b"", "text/plain"
            return 200, [], b"landing page\n", "text/plain"
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

    server = await asyncio.start_server(handle, "127.0.0.1", 0, backlog=1024)
    port_box.append(server.sockets[0].getsockname()[1])
    print(port_box[0], flush=True)
    async with server:
        await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--hops", type=int, default=3)
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.latency, args.hops))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
