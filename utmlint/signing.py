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
