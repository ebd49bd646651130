"""The floor: the plainest asyncio + httpx loop that follows the same chains at the same per-host
concurrency (HEAD, redirects followed by httpx, a semaphore of --per-host). URLs come one a line on stdin."""

from __future__ import annotations

import argparse
import asyncio
import sys

try:
    import sniffio  # noqa: F401
except ImportError:
    # The same fix utmlint applies (see utmlint/live/runner.py): without sniffio installed, httpcore
    # retries a failing import several times per request. Applied here too, so the floor is not slowed.
    sys.modules.setdefault("sniffio", None)

import httpx


async def main(urls, per_host: int) -> int:
    slots = asyncio.Semaphore(per_host)
    limits = httpx.Limits(max_connections=per_host, max_keepalive_connections=per_host)
    async with httpx.AsyncClient(limits=limits, follow_redirects=True, timeout=10, trust_env=False) as client:

        async def one(url: str) -> bool:
            async with slots:
                response = await client.head(url)
            return response.status_code == 200 and "utm_source=" in str(response.url)

        results = await asyncio.gather(*(one(url) for url in urls))
    return sum(results)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--per-host", type=int, default=10)
    args = parser.parse_args()
    urls = [line.strip() for line in sys.stdin if line.strip()]
    ok = asyncio.run(main(urls, args.per_host))
    print(f"{ok}/{len(urls)} ok", file=sys.stderr)
    sys.exit(0 if ok == len(urls) else 1)
