"""Settings for live checks: defaults, the `live:` config section, and the user agent."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping, Optional

from .. import __version__

USER_AGENT = f"utmlint/{__version__} (link check; +https://github.com/utmlint/utmlint)"

METHODS = ("get", "head")

# The keys `live:` in .utmlint.yaml may set; anything else is a typo we report.
CONFIG_KEYS = (
    "timeout",
    "connect_timeout",
    "max_redirects",
    "concurrency",
    "per_host",
    "retries",
    "max_retry_after",
    "allow_private",
    "cache_dir",
    "cache_max_age",
    "method",
)


@dataclass
class LiveOptions:
    """How `utmlint check` and `utmlint lint --live` talk to the network.

    `timeout` bounds each request as a whole (and each read); `connect_timeout` covers DNS
    resolution plus the TCP and TLS handshakes. `concurrency` bounds requests in flight overall,
    `per_host` those to one host (lychee's defaults: 128 and 10). `retries` applies to connection
    errors, 5xx and 429; a 429 is retried after its Retry-After when that is at most
    `max_retry_after` seconds.
    """

    timeout: float = 10.0
    connect_timeout: float = 5.0
    max_redirects: int = 10
    concurrency: int = 128
    per_host: int = 10
    retries: int = 2
    max_retry_after: float = 30.0
    allow_private: bool = False
    cache_dir: Optional[Path] = None
    cache_max_age: float = 86400.0
    use_cache: bool = True
    user_agent: str = USER_AGENT
    # GET, as a click does (some trackers redirect only on GET), or "head": HEAD first, GET where refused.
    method: str = "get"
    # Not settable from config: first backoff delay (doubled per retry), and an extra CA bundle
    # for TLS verification (tests, corporate CAs). SSL_CERT_FILE is honoured as well.
    backoff: float = 0.5
    ca_file: Optional[Path] = field(default=None, repr=False)
    # The folder `cache_dir` must lie inside, with no symlink on the way (set when the folder comes from the
    # config or the default, which a pull request controls); None: `--cache-dir`, named by the user.
    cache_root: Optional[Path] = field(default=None, repr=False)

    def __post_init__(self) -> None:
        if self.cache_dir is not None and not isinstance(self.cache_dir, Path):
            self.cache_dir = Path(self.cache_dir)
        for name in ("timeout", "connect_timeout", "cache_max_age", "max_retry_after", "backoff"):
            value = getattr(self, name)
            if not isinstance(value, (int, float)) or isinstance(value, bool) or value < 0 or math.isnan(value):
                raise ValueError(f"live option `{name}` must be a non-negative number, got {value!r}")
        for name in ("max_redirects", "retries"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"live option `{name}` must be a non-negative integer, got {value!r}")
        for name in ("concurrency", "per_host"):
            value = getattr(self, name)
            if not isinstance(value, int) or isinstance(value, bool) or value < 1:
                raise ValueError(f"live option `{name}` must be a positive integer, got {value!r}")
        if self.method not in METHODS:
            raise ValueError(f"live option `method` must be one of {', '.join(METHODS)}, got {self.method!r}")
        if not isinstance(self.allow_private, bool):
            raise ValueError(f"live option `allow_private` must be true or false, got {self.allow_private!r}")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> "LiveOptions":
        """Options from the `live:` section of .utmlint.yaml; an unknown key raises ValueError naming it."""
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise ValueError(f"the `live:` section must be a mapping, got {type(data).__name__}")
        unknown = sorted(str(key) for key in data if key not in CONFIG_KEYS)
        if unknown:
            raise ValueError(
                f"unknown key{'s' if len(unknown) > 1 else ''} in `live:`: {', '.join(unknown)} "
                f"(known: {', '.join(CONFIG_KEYS)})"
            )
        kwargs = dict(data)
        if kwargs.get("cache_dir") is not None:
            kwargs["cache_dir"] = Path(kwargs["cache_dir"])
        return cls(**kwargs)

    def replace(self, **changes: Any) -> "LiveOptions":
        """A copy with `changes` applied; keys whose value is None are left alone."""
        current = {f.name: getattr(self, f.name) for f in fields(self)}
        current.update({key: value for key, value in changes.items() if value is not None})
        return LiveOptions(**current)
