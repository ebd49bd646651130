"""Live redirect checks: prove each tracked link's utm parameters reach the landing page.

Cheap to import: the HTTP stack is loaded only when `check_urls` has work for the network.
"""

from __future__ import annotations

from typing import Dict, List, Sequence

from .chain import Check, Hop, LinkResult
from .options import USER_AGENT, LiveOptions

__all__ = ["Check", "Hop", "LinkResult", "LiveOptions", "USER_AGENT", "check_urls"]


def check_urls(urls: Sequence[str], options: LiveOptions, *, show_progress: bool = True) -> List[LinkResult]:
    """Check `urls` (sync wrapper around the async runner). Results come back in input order;
    a URL given twice is checked once and both entries share its result."""
    import asyncio

    unique = list(dict.fromkeys(urls))
    found: Dict[str, LinkResult] = {}
    cache = None
    if options.use_cache and unique:
        from .cache import ResultCache

        cache = ResultCache.for_options(options)
        for url in unique:
            hit = cache.get(url)
            if hit is not None:
                found[url] = hit
    todo = [url for url in unique if url not in found]
    if todo:
        from .progress import Progress
        from .runner import run

        progress = Progress(len(todo), enabled=None if show_progress else False)
        try:
            found.update(asyncio.run(run(todo, options, on_result=progress.advance)))
        finally:
            progress.close()
        if cache is not None:
            for url in todo:
                cache.put(found[url])
    if cache is not None:
        cache.save()
    return [found[url] for url in urls]
