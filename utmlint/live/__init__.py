"""Live redirect checks: prove each tracked link's utm parameters reach the landing page.

Cheap to import: the HTTP stack is loaded only when there is work for the network.
"""

from __future__ import annotations

from typing import Callable, Dict, List, Sequence, Tuple

from .chain import Check, Hop, LinkResult
from .options import USER_AGENT, LiveOptions

__all__ = ["Check", "Hop", "LinkResult", "LiveOptions", "USER_AGENT", "check_urls", "stream_urls"]


def check_urls(urls: Sequence[str], options: LiveOptions, *, show_progress: bool = True) -> List[LinkResult]:
    """Check `urls` (sync wrapper around the async runner). Results come back in input order;
    a URL given twice is checked once and both entries share its result."""
    found: Dict[str, LinkResult] = {}
    stream_urls(urls, options, lambda result: found.__setitem__(result.url, result), show_progress=show_progress)
    return [found[url] for url in urls]


def stream_urls(
    urls: Sequence[str], options: LiveOptions, emit: Callable[[LinkResult], None], *, show_progress: bool = True
) -> None:
    """Check each distinct URL once and pass its result to `emit`, in input order, as soon as it and
    every URL before it are done. Nothing is kept here, so memory does not grow with the URL count
    (only results that finish ahead of an earlier, slower link wait, briefly)."""
    import asyncio

    unique = list(dict.fromkeys(urls))
    cache = None
    if options.use_cache and unique:
        from .cache import ResultCache

        cache = ResultCache.for_options(options)
    waiting: Dict[int, LinkResult] = {}
    next_index = 0

    def deliver(index: int, result: LinkResult) -> None:
        nonlocal next_index
        waiting[index] = result
        while next_index in waiting:
            ready = waiting.pop(next_index)
            next_index += 1
            if cache is not None and not ready.cached:
                cache.put(ready)
            emit(ready)

    todo: List[Tuple[int, str]] = []
    for index, url in enumerate(unique):
        hit = cache.get(url) if cache is not None else None
        if hit is not None:
            deliver(index, hit)
        else:
            todo.append((index, url))
    del unique
    if todo:
        from .progress import Progress
        from .runner import run

        progress = Progress(len(todo), enabled=None if show_progress else False)

        def done(position: int, result: LinkResult) -> None:
            progress.advance(result)
            deliver(todo[position][0], result)

        try:
            asyncio.run(run([url for _, url in todo], options, done))
        finally:
            progress.close()
    if cache is not None:
        cache.save()
