"""When a cached answer may be trusted, one definition for every cache (lint's, scan's, the replay record and
the bundled data): the hash of a file's bytes that keys it, the racy-clean window of a stat, and the largest
cache file read back. Imports nothing heavy: a warm run loads it before anything else."""

from __future__ import annotations

MAX_CACHE_BYTES = 512 * 1024 * 1024  # a 100,000-file repository's cache is far smaller
RACY_NS = 2_000_000_000  # a stat is a trustworthy shortcut only for a file unchanged this long before it is read


def content_hash(raw: bytes) -> str:
    import hashlib  # here: a `--no-cache` run hashes nothing and loads no OpenSSL

    return hashlib.blake2b(raw, digest_size=16).hexdigest()
