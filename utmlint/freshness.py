"""When a cached answer may be trusted, one definition for every cache (lint's, scan's, the replay record and
the bundled data): the hash of a file's bytes that keys it, the racy-clean window of a stat, and the largest
cache file read back. Imports nothing heavy: a warm run loads it before anything else."""

from __future__ import annotations

MAX_CACHE_BYTES = 512 * 1024 * 1024  # a 100,000-file repository's cache is far smaller
RACY_NS = 2_000_000_000  # a stat is a trustworthy shortcut only for a file unchanged this long before it is read
KEEP_OTHERS = 8  # caches of other settings, versions or code kept per cache folder, newest first (lint's and scan's)


def content_hash(raw: bytes) -> str:
    return blake2b(raw, digest_size=16).hexdigest()


def blake2b(*args, **kwargs):
    """hashlib.blake2b without importing hashlib: hashlib loads OpenSSL first (about 5 ms, a fiftieth of a warm
    scan) though its blake2b is CPython's own `_blake2`, imported here directly (the same function, the same
    digests; hashlib's where a build lacks it). Imported when first called: a `--no-cache` run hashes nothing."""
    global _BLAKE2B
    if _BLAKE2B is None:
        try:
            from _blake2 import blake2b as made
        except ImportError:
            from hashlib import blake2b as made
        _BLAKE2B = made
    return _BLAKE2B(*args, **kwargs)


_BLAKE2B = None


def stable_text(value) -> str:
    """A settings value as text a cache can be keyed on, without json (a warm scan loads no json module, its six
    regexes or its C extension): dicts by sorted key, lists and tuples alike, anything else by repr (str, numbers,
    booleans, None and the dates YAML makes have a fixed repr). Equal values give equal text; different JSON-like
    values, different text."""
    if isinstance(value, dict):
        return "{" + ",".join(f"{stable_text(str(k))}:{stable_text(v)}"
                              for k, v in sorted(value.items(), key=lambda item: str(item[0]))) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(stable_text(item) for item in value) + "]"
    return repr(value)
