"""The floor: the plainest asyncio + httpx loop that follows the same chains with the same limits.

    python benchmarks/live/floor.py --per-host 10 --concurrency 128 --method get < urls.txt

One `httpx.AsyncClient` (at most --concurrency connections, redirects followed by httpx), a semaphore of
--concurrency for requests in flight overall and one of --per-host for each URL's first host (utmlint's two
limits), one GET (or HEAD) per URL, all URLs gathered at once. Without the overall semaphore, 200 hosts x 10
requests queue for 128 pooled connections and httpx gives up with PoolTimeout. URLs come one
a line on stdin. A GET reads the whole landing page, as httpx does.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import defaultdict
from urllib.parse import urlsplit

try:
    import sniffio  # noqa: F401
except ImportError:
    # The same fix utmlint applies (see utmlint/live/runner.py): without sniffio installed, httpcore
    # retries a failing import several times per request. Applied here too, so the floor is not slowed.
    sys.modules.setdefault("sniffio", None)

import httpx


async def main(urls, per_host: int, concurrency: int, method: str) -> int:
    slots = defaultdict(lambda: asyncio.Semaphore(per_host))
    in_flight = asyncio.Semaphore(concurrency)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(limits=limits, follow_redirects=True, timeout=10, trust_env=False) as client:

        async def one(url: str) -> bool:
            async with slots[urlsplit(url).netloc], in_flight:
                response = await client.request(method, url)
            return response.status_code == 200 and "utm_source=" in str(response.url)

        results = await asyncio.gather(*(one(url) for url in urls))
    return sum(results)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-host", type=int, default=10)
    parser.add_argument("--concurrency", type=int, default=128)
    parser.add_argument("--method", choices=("GET", "HEAD"), default="GET")
    args = parser.parse_args()
    urls = [line.strip() for line in sys.stdin if line.strip()]
    ok = asyncio.run(main(urls, args.per_host, args.concurrency, args.method))
    print(f"{ok}/{len(urls)} ok", file=sys.stderr)
    sys.exit(0 if ok == len(urls) else 1)
