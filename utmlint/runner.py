"""Runs the per-file part of a lint over many files: from the cache when unchanged, else in parallel.

Workers are forked once the batch is big enough to repay their start-up; each lints whole files and
sends back small results (findings, facts, suppressions), never parse trees. Of the files repo-wide rules
only compare against (`collect_facts`), a `--no-cache` run reads only the facts those rules need.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Optional, Sequence, Tuple

from .results import FileResult

if TYPE_CHECKING:
    from typing import Protocol

    from .cache import ResultCache
    from .config import Config
    from .facts import CampaignFacts

    class Linter(Protocol):  # what the runner needs of engine.Linter (the engine imports the runner)
        config: Config
        use_cache: bool
        keep_text: bool

        def lint_file(self, path: Path) -> FileResult: ...

        def facts_file(self, path: Path) -> Optional[CampaignFacts]: ...

        def fingerprint(self) -> str: ...

PARALLEL_THRESHOLD = 200  # below this, forking a worker costs more than it saves


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _lint_many(linter: "Linter", paths: Sequence[Path]) -> List[FileResult]:
    return _map(linter.lint_file, paths, linter.keep_text)


def _map(work: Callable[[Path], Any], paths: Sequence[Path], in_process: bool = False) -> List[Any]:
    """`work` of each path, on every core when there are enough of them: the process forks one worker per
    extra core and works too; each takes the next few files from a shared queue until none are left, so all
    finish together however the files and the cores' speeds differ. The workers' results come back pickled
    through a pipe; the files of a worker that died are done here."""
    cores = min(_cores(), max(1, len(paths) // 100))
    if len(paths) < PARALLEL_THRESHOLD or cores < 2 or in_process or not hasattr(os, "fork"):
        return [work(path) for path in paths]
    # Chunks of a few files (a few ms of work each), numbered in a pipe every process reads; each number is
    # one 4-byte record, and at most 1,024 of them fit in the smallest buffer a pipe has (one 4 KiB page),
    # so the queue is written whole before anyone reads it.
    size = max(4, -(-len(paths) // 1024))
    chunks = [range(start, min(start + size, len(paths))) for start in range(0, len(paths), size)]
    queue, filler = os.pipe()
    try:
        records = b"".join(number.to_bytes(4, "little") for number in range(len(chunks)))
        while records:
            records = records[os.write(filler, records):]
    finally:
        os.close(filler)  # the queue's end is its end of file
    results: List[Any] = [None] * len(paths)
    done = [False] * len(paths)
    workers = []
    try:
        for _ in range(cores - 1):
            try:
                workers.append(_fork_worker(work, paths, chunks, queue))
            except OSError:  # no process to spare (a process limit): the others take its share
                break
        for index, result in _take(work, paths, chunks, queue):
            results[index] = result
            done[index] = True
    finally:
        os.close(queue)
    for pid, pipe in workers:
        for index, result in _collect(pid, pipe) or ():
            results[index] = result
            done[index] = True
    for index, finished in enumerate(done):
        if not finished:  # a worker died: its files are done here
            results[index] = work(paths[index])
    return results


def _take(work: Callable[[Path], Any], paths: Sequence[Path], chunks: List[range], queue: int):
    """(index, result) of each file of the chunks this process takes from the queue, until it is empty.
    A pipe hands each 4-byte read to one reader whole, so no two processes take the same chunk."""
    while True:
        record = os.read(queue, 4)
        if not record:
            return
        for index in chunks[int.from_bytes(record, "little")]:
            yield index, work(paths[index])


def _fork_worker(work: Callable[[Path], Any], paths: Sequence[Path], chunks: List[range], queue: int):
    read_end, write_end = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        raise
    if pid == 0:  # the worker: work, send, and leave without running the parent's exit handlers
        status = 1
        try:
            os.close(read_end)
            import pickle

            results = list(_take(work, paths, chunks, queue))
            with os.fdopen(write_end, "wb") as out:
                pickle.dump(results, out, protocol=pickle.HIGHEST_PROTOCOL)
            status = 0
        finally:
            os._exit(status)
    os.close(write_end)
    return pid, read_end


def _collect(pid: int, read_end: int) -> Optional[List[Tuple[int, Any]]]:
    import pickle

    try:
        with os.fdopen(read_end, "rb") as pipe:
            results = pickle.load(pipe)  # our own child's bytes, never data from disk; read as they come
    except (EOFError, pickle.UnpicklingError):
        results = None
    _, status = os.waitpid(pid, 0)
    return results if status == 0 else None


def _open_cache(linter: "Linter") -> Optional["ResultCache"]:
    if not linter.use_cache:
        return None
    from .cache import ResultCache

    config = linter.config
    if config.cache_dir is not None and getattr(config, "cache_dir_from_user", False):
        return ResultCache(config.cache_dir, linter.fingerprint())  # `--cache-dir`: wherever the user said
    # The default, or the config's `cache-dir` (checked to lie inside the project): no symlink on the way.
    return ResultCache(config.cache_dir or config.root / ".utmlint_cache", linter.fingerprint(), root=config.root)


def lint_files(linter: "Linter", paths: Sequence[Path]) -> Dict[str, FileResult]:
    """Results for `paths`, in order, keyed by displayed path."""
    from .discovery import display_path

    cache = _open_cache(linter)
    codes = {rule.code: rule.name for rule in linter.registry}
    slots: List[Optional[FileResult]] = [None] * len(paths)
    todo: List[Tuple[int, Path, Optional[str]]] = []
    for index, path in enumerate(paths):
        relpath = linter.config.relative_to_root(path) if cache is not None else None
        entry = cache.lookup(relpath, path) if relpath is not None else None
        if entry is not None:
            from .cache import DamagedEntry, decode_result

            shown = display_path(path)
            try:
                diagnostics, facts, suppressions = decode_result(entry, shown, codes)
            except DamagedEntry:  # a damaged entry (even a validly signed one): lint the file again
                todo.append((index, path, relpath))
                continue
            slots[index] = FileResult(shown, path, diagnostics, facts, suppressions, True)
            slots[index].digest = entry["hash"]
        else:
            todo.append((index, path, relpath))
    fresh = _lint_many(linter, [path for _, path, _ in todo])
    for (index, path, relpath), result in zip(todo, fresh):
        slots[index] = result
        if cache is not None and relpath is not None:
            cache.store(relpath, result)
    if cache is not None:
        cache.save()
    return {result.path: result for result in slots if result is not None}


def collect_facts(linter: "Linter", paths: Sequence[Path]) -> List[Optional["CampaignFacts"]]:
    """The facts repo-wide rules read of each of `paths` (None for a file that gives none), the files they
    compare the targets against. With the cache on, those files are linted whole (from the cache when
    unchanged, else linted and kept there), so pre-commit's next run reads them from it. Without it
    (`--no-cache`), no rule runs on them: each is read, parsed and modelled as lint does, for its facts
    only, since their own findings are never shown."""
    from .discovery import display_path

    if linter.use_cache:
        results = lint_files(linter, paths)
        return [results[display_path(path)].facts for path in paths]
    return _map(linter.facts_file, paths)
