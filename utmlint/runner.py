"""Runs the per-file part of a lint over many files: from the cache when unchanged, else in parallel.

Workers are forked once the batch is big enough to repay their start-up; each lints whole files and
sends back small results (findings, facts, suppressions), never parse trees.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, Tuple

if TYPE_CHECKING:
    from .cache import ResultCache
    from .engine import FileResult, Linter

PARALLEL_THRESHOLD = 200  # below this, forking workers costs more than it saves
_WORKER_LINTER: Optional["Linter"] = None


def _lint_chunk(paths: List[Path]) -> List["FileResult"]:
    assert _WORKER_LINTER is not None
    return [_WORKER_LINTER.lint_file(path) for path in paths]


def _workers() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _lint_many(linter: "Linter", paths: Sequence[Path]) -> List["FileResult"]:
    workers = min(_workers(), max(1, len(paths) // 100))
    if len(paths) < PARALLEL_THRESHOLD or workers < 2 or linter.keep_text:
        return [linter.lint_file(path) for path in paths]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        context = multiprocessing.get_context("fork")  # workers inherit the configured linter
    except ValueError:
        return [linter.lint_file(path) for path in paths]
    global _WORKER_LINTER
    _WORKER_LINTER = linter
    size = max(20, len(paths) // (workers * 8))
    chunks = [list(paths[i:i + size]) for i in range(0, len(paths), size)]
    results: List["FileResult"] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        for chunk_results in pool.map(_lint_chunk, chunks):
            results.extend(chunk_results)
    _WORKER_LINTER = None
    return results


def _open_cache(linter: "Linter") -> Optional["ResultCache"]:
    if not linter.use_cache:
        return None
    from .cache import ResultCache

    folder = linter.config.cache_dir or linter.config.root / ".utmlint_cache"
    return ResultCache(folder, linter.fingerprint())


def lint_files(linter: "Linter", paths: Sequence[Path]) -> Dict[str, "FileResult"]:
    """Results for `paths`, in order, keyed by displayed path."""
    from .discovery import display_path
    from .engine import FileResult

    cache = _open_cache(linter)
    slots: List[Optional["FileResult"]] = [None] * len(paths)
    todo: List[Tuple[int, Path, Optional[str]]] = []
    for index, path in enumerate(paths):
        relpath = linter.config.relative_to_root(path) if cache is not None else None
        entry = cache.lookup(relpath, path) if relpath is not None else None
        if entry is not None:
            from .cache import DamagedEntry, decode_result

            shown = display_path(path)
            try:
                diagnostics, facts, suppressions = decode_result(entry, shown)
            except DamagedEntry:  # a hand-edited or corrupted entry: lint the file again
                todo.append((index, path, relpath))
                continue
            slots[index] = FileResult(shown, path, diagnostics, facts, suppressions, True)
        else:
            todo.append((index, path, relpath))
    fresh = _lint_many(linter, [path for _, path, _ in todo])
    for (index, path, relpath), result in zip(todo, fresh):
        slots[index] = result
        if cache is not None and relpath is not None:
            cache.store(relpath, path, result.digest, result)
    if cache is not None:
        cache.save()
    return {result.path: result for result in slots if result is not None}
