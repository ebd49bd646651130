"""Live redirect checks: prove each tracked link's utm parameters reach the landing page.

Cheap to import: the HTTP stack is loaded only when there is work for the network.
"""

from __future__ import annotations

from typing import Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from .chain import Check, Hop, LinkResult, expected_utm
from .options import USER_AGENT, LiveOptions

__all__ = ["Check", "Hop", "LinkResult", "LiveOptions", "USER_AGENT", "check_urls", "stream_urls", "expected_utm"]

# What the landing URL must carry: one mapping for every URL (`--expect-utm source=intercom`), or
# url -> mapping (`lint --live`: each campaign link's own values). Names with or without `utm_`.
Expectations = Union[Mapping[str, str], Mapping[str, Mapping[str, str]], None]


def check_urls(urls: Sequence[str], options: LiveOptions, *, show_progress: bool = True,
               expect: Expectations = None) -> List[LinkResult]:
    """Check `urls` (sync wrapper around the async runner). Results come back in input order;
    a URL given twice is checked once and both entries share its result."""
    found: Dict[str, LinkResult] = {}
    stream_urls(urls, options, lambda result: found.__setitem__(result.url, result), show_progress=show_progress,
                expect=expect)
    return [found[url] for url in urls]


def _expectation(expect: Expectations) -> Callable[[str], Optional[Dict[str, str]]]:
    if not expect:
        return lambda url: None
    if all(isinstance(value, str) for value in expect.values()):
        same = expected_utm(expect)  # type: ignore[arg-type]
        return lambda url: same
    per_url = {url: expected_utm(values) for url, values in expect.items() if values}  # type: ignore[union-attr]
    return per_url.get


def _variant(expected: Optional[Mapping[str, str]]) -> str:
    """The part of a cache key that says which values were expected (a verdict depends on them)."""
    return "&".join(f"{name}={value}" for name, value in sorted(expected.items())) if expected else ""


def stream_urls(
    urls: Sequence[str], options: LiveOptions, emit: Callable[[LinkResult], None], *, show_progress: bool = True,
    expect: Expectations = None,
) -> None:
    """Check each distinct URL once and pass its result to `emit`, in input order, as soon as it and
    every URL before it are done. Nothing is kept here, so memory does not grow with the URL count
    (only results that finish ahead of an earlier, slower link wait, briefly). `expect` adds the utm
    values each landing URL must carry."""
    import asyncio

    expected_for = _expectation(expect)

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
                cache.put(ready, _variant(expected_for(ready.url)))
            emit(ready)

    todo: List[Tuple[int, str]] = []
    for index, url in enumerate(unique):
        hit = cache.get(url, variant=_variant(expected_for(url))) if cache is not None else None
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
            asyncio.run(run([url for _, url in todo], options, done, expected_for))
        finally:
            progress.close()
    if cache is not None:
        cache.save()
