"""Live results on disk, so a re-run only checks links that are new or whose result expired.

One JSON file per cache directory. It is written whole to a temporary file and renamed over the
old one (through `safeio`: never through a symlink), so a reader never sees half a file; a file that
is unreadable for any reason is ignored and rebuilt. Inconclusive results are never stored: the next
run should try those again.

The file ends with an HMAC made with the machine key of the lint cache (kept only in the user's cache
folder, never in the file), so a results file committed by a pull request cannot mark a broken link
as passing in CI.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, Dict, Optional

from .chain import LinkResult
from .options import LiveOptions

CACHE_FILE = "live-results.json"
DEFAULT_CACHE_DIR = Path(".utmlint_cache")
_VERSION = 2
_PURPOSE = f"live-cache {CACHE_FILE} v{_VERSION}"


def _fingerprint(options: LiveOptions) -> str:
    """Settings that change a verdict; results checked under other settings are not reused.
    `j2`: verdicts judge the landing page and follow interstitials (older results are not reused)."""
    return f"j2p{int(options.allow_private)}r{options.max_redirects}m{options.method}"


class ResultCache:
    def __init__(self, directory: Path, max_age: float, fingerprint: str, root: Optional[Path] = None) -> None:
        self.path = Path(directory) / CACHE_FILE
        self.root = root
        self.max_age = max_age
        self.fingerprint = fingerprint
        self.rebuilt = False  # True when an existing file could not be read
        self._entries: Dict[str, Any] = self._load()  # a dict as loaded, or a JSON string when put
        self._dirty = False

    @classmethod
    def for_options(cls, options: LiveOptions) -> "ResultCache":
        directory = options.cache_dir if options.cache_dir is not None else DEFAULT_CACHE_DIR
        return cls(directory, options.cache_max_age, _fingerprint(options), options.cache_root)

    def _load(self) -> Dict[str, Dict[str, Any]]:
        from .. import safeio
        from ..cache import MAX_CACHE_BYTES, verified

        if not os.path.lexists(self.path):
            return {}
        try:
            raw = safeio.read_regular(self.path, MAX_CACHE_BYTES, "a cache file", follow=False)
        except safeio.ReadRefused:
            self.rebuilt = True
            return {}
        body = verified(raw, _PURPOSE)  # None: unsigned, edited, or signed on another machine
        try:
            data = json.loads(body) if body is not None else None
            if data.get("version") != _VERSION or not isinstance(data.get("entries"), dict):
                raise ValueError("unknown layout")
            return data["entries"]
        except (ValueError, AttributeError, TypeError, RecursionError):
            self.rebuilt = True
            return {}

    def _key(self, url: str, variant: str = "") -> str:
        return f"{self.fingerprint} {url}" + (f"\n{variant}" if variant else "")

    def get(self, url: str, now: Optional[float] = None, variant: str = "") -> Optional[LinkResult]:
        """The stored result for `url` (checked expecting `variant`'s values) when it is younger than
        `max_age`, else None."""
        entry = self._entries.get(self._key(url, variant))
        if isinstance(entry, str):
            entry = json.loads(entry)
        if not isinstance(entry, dict):
            return None
        now = time.time() if now is None else now
        try:
            checked_at = float(entry["checked_at"])
            if not 0 <= now - checked_at <= self.max_age:
                return None
            result = LinkResult.from_json(entry["result"], checked_at=checked_at, cached=True)
        except (KeyError, TypeError, ValueError, AttributeError):
            return None
        return result if result.url == url else None

    def put(self, result: LinkResult, variant: str = "") -> None:
        key = self._key(result.url, variant)
        if result.outcome == "inconclusive":
            if self._entries.pop(key, None) is not None:
                self._dirty = True
            return
        # Kept serialised: a dict per link would make a 10,000-link run's memory grow with the cache.
        self._entries[key] = json.dumps(
            {"checked_at": result.checked_at, "result": result.to_json()}, ensure_ascii=False, separators=(",", ":")
        )
        self._dirty = True

    def _fresh(self, entry: Any, now: float) -> bool:
        try:
            if isinstance(entry, str):
                entry = json.loads(entry)
            return now - float(entry["checked_at"]) <= self.max_age
        except (ValueError, TypeError, KeyError):
            return False

    def save(self, now: Optional[float] = None) -> bool:
        """Write atomically, dropping expired entries; False (and no exception) when the disk refuses."""
        if not self._dirty and not self.rebuilt:
            return True
        from .. import safeio
        from ..cache import open_cache_folder, signature, signer

        now = time.time() if now is None else now
        mac = signer(_PURPOSE)
        chunks = []

        def add(text: str) -> None:
            data = text.encode("utf-8", "surrogatepass")
            mac.update(data)
            chunks.append(data)

        add(f'{{"version":{_VERSION},"entries":{{')
        first = True
        for key, entry in self._entries.items():
            if not self._fresh(entry, now):
                continue
            text = entry if isinstance(entry, str) else json.dumps(entry, ensure_ascii=False)
            add(("" if first else ",") + json.dumps(key, ensure_ascii=False) + ":" + text)
            first = False
        add("}}")
        chunks.append(signature(mac))
        folder = Path(self.path.parent)
        # A folder from the config or the default must not lead out of the project through a symlink;
        # one named by the user (`--cache-dir`) is followed as spelled.
        root = self.root if self.root is not None else (Path.cwd() if not folder.is_absolute() else None)
        try:
            with open_cache_folder(folder, root) as opened:
                safeio.replace_in(opened, self.path.name, b"".join(chunks))
        except (OSError, safeio.WriteRefused):
            return False
        self._dirty = self.rebuilt = False
        return True
