"""HMAC signatures for utmlint's caches, with a random key kept only in the user's cache folder.

A cache committed or edited by a pull request is then ignored instead of hiding findings. Kept apart from
cache.py (and light: os only at import) because the pre-commit fast path (replay.py) verifies its record
with it before any linting module is loaded; `hashlib` and `hmac` are imported only when something is
signed or checked, so a `--no-cache` run never pays for them.
"""

from __future__ import annotations

import os

from . import safeio

_MAC_MARK = b"\n#hmac-sha256:"
_KEY_NAME = "cache-key"

_KEYS: dict = {}


def machine_key() -> bytes:
    """A random key in the user's cache folder, made once; it is never written anywhere else."""
    base = safeio.user_cache_path()
    key = _KEYS.get(base)
    if key is None:
        key = _KEYS[base] = _load_or_make_key(base)
    return key


def _load_or_make_key(base: str) -> bytes:
    try:
        return _read_key(base)
    except (safeio.ReadRefused, ValueError):
        pass
    import secrets

    fresh = secrets.token_hex(32).encode("ascii")
    try:
        os.makedirs(base, mode=0o700, exist_ok=True)
        with safeio.open_folder(base) as folder:
            # Created exclusively: two first runs at once agree on whichever key was made first.
            if not safeio.create_in(folder, _KEY_NAME, fresh, mode=0o600):
                return _read_key(base)
        return fresh
    except (OSError, safeio.WriteRefused, safeio.ReadRefused, ValueError):
        return fresh  # no writable home: caches work for this run only


def _read_key(base: str) -> bytes:
    key = safeio.read_regular(os.path.join(base, _KEY_NAME), 4096, "a cache key", follow=False).strip()
    if len(key) < 32:  # empty or truncated (a crash while it was made): never sign with a weak key
        raise ValueError("short key")
    return key


def sign(body: bytes, purpose: str) -> bytes:
    """`body` followed by its HMAC line. `purpose` (which cache, which settings) is signed too, so a
    signed file cannot be moved to another cache or another fingerprint and still verify."""
    return body + _MAC_MARK + _mac(body, purpose).encode("ascii") + b"\n"


def signer(purpose: str):
    """An HMAC to feed a body to as it is streamed out; `signature(mac)` is the line to end the file with."""
    import hashlib
    import hmac

    return hmac.new(machine_key(), purpose.encode("utf-8") + b"\0", hashlib.sha256)


def signature(mac) -> bytes:
    return _MAC_MARK + mac.hexdigest().encode("ascii") + b"\n"


def _mac(body: bytes, purpose: str) -> str:
    mac = signer(purpose)
    mac.update(body)
    return mac.hexdigest()


# -- keyed BLAKE2b: the scan cache's signature, read on every warm scan
_KEYED_MARK = b"\n#blake2b-keyed:"


def keyed_sign(body: bytes, purpose: str) -> bytes:
    """As `sign`, with BLAKE2b in its keyed mode (a MAC by design, RFC 7693) instead of HMAC-SHA256: CPython's
    own BLAKE2 needs no OpenSSL, whose first load (hashlib, hmac) was about 5 ms of a warm scan."""
    return body + _KEYED_MARK + _keyed_mac(body, purpose).encode("ascii") + b"\n"


def keyed_verified(data: bytes, purpose: str):
    """The body of a file signed by `keyed_sign`, or None when it is unsigned, truncated, edited or signed elsewhere
    (by another key, for another purpose, or by `sign`)."""
    try:
        from _operator import _compare_digest as compare_digest  # hmac's own, without hmac's OpenSSL
    except ImportError:
        from hmac import compare_digest

    body, mark, rest = data.rpartition(_KEYED_MARK)
    if not mark or not rest.endswith(b"\n"):
        return None
    return body if compare_digest(rest[:-1], _keyed_mac(body, purpose).encode("ascii")) else None


def _keyed_mac(body: bytes, purpose: str) -> str:
    from .freshness import blake2b

    key = machine_key()
    if len(key) > 64:  # BLAKE2b takes at most 64 key bytes; the key made here is 64 (32 random bytes, in hex)
        key = blake2b(key, digest_size=64).digest()
    mac = blake2b(purpose.encode("utf-8") + b"\0", key=key, digest_size=32)
    mac.update(body)
    return mac.hexdigest()


def verified(data: bytes, purpose: str):
    """The body of a signed file, or None when it is unsigned, truncated, edited or signed elsewhere."""
    import hmac

    body, mark, rest = data.rpartition(_MAC_MARK)
    if not mark or not rest.endswith(b"\n"):
        return None
    try:
        given = rest[:-1].decode("ascii")
    except UnicodeDecodeError:
        return None
    return body if hmac.compare_digest(given, _mac(body, purpose)) else None
