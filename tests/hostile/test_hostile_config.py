"""Issue 13, "work without bounds" from the config side, and the SSRF guard's 6to4 and site-local ranges.

Every file utmlint reads goes through one bounded reader, and every pattern a config holds (globs, the
campaign regex) matches in linear time. Each reproduction from the issue runs the real CLI in a
subprocess under a memory and CPU limit (test_hostile_input.utmlint); a hang or a crash fails the test.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import re
import socket
from pathlib import Path

import pytest

from test_hostile_input import VALID, assert_no_crash, utmlint


@pytest.fixture
def repo(tmp_path) -> Path:
    folder = tmp_path / "repo"
    folder.mkdir()
    (folder / "c.yaml").write_text(VALID, encoding="utf-8")
    return folder


def _config_error(ran, says: str) -> None:
    assert_no_crash(ran)
    assert ran.code == 2, ran
    assert len(ran.err.strip().splitlines()) == 1, ran.err
    assert re.search(says, ran.err), ran.err


# -- one bounded reader --------------------------------------------------------------------------------


def test_config_from_dev_zero(repo):
    _config_error(utmlint("lint", "--config", "/dev/zero", "c.yaml", cwd=repo),
                  r"/dev/zero: cannot read config: is not a regular file")


def test_extend_to_a_huge_file(repo):
    with open(repo / "huge.yaml", "wb") as handle:  # sparse: 3 GB on paper, nothing on disk
        handle.truncate(3 << 30)
    (repo / ".utmlint.yaml").write_text("extend: huge.yaml\n", encoding="utf-8")
    _config_error(utmlint("lint", "c.yaml", cwd=repo),
                  r"huge\.yaml: cannot read config: file is 3,221,225,472 bytes, over utmlint's limit")


def test_extend_to_a_device_through_a_symlink(repo):
    (repo / "base.yaml").symlink_to("/dev/zero")
    (repo / ".utmlint.yaml").write_text("extend: base.yaml\n", encoding="utf-8")
    ran = utmlint("lint", "c.yaml", cwd=repo)
    _config_error(ran, r"(not a regular file|does not exist)")


@pytest.mark.parametrize("where", ["[tool.x]\na = ", "[tool.utmlint]\ninclude = "])
def test_pyproject_with_5000_deep_arrays(repo, where):
    head = "[tool.utmlint]\nfail-on = 'error'\n" if "tool.x" in where else ""
    (repo / "pyproject.toml").write_text(head + where + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    _config_error(utmlint("lint", "c.yaml", cwd=repo), r"pyproject\.toml: not valid TOML: .*nest too deep")


def test_pyproject_as_a_fifo_does_not_hang(repo):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    os.mkfifo(repo / "pyproject.toml")
    ran = utmlint("lint", "c.yaml", cwd=repo)
    assert_no_crash(ran)  # a FIFO is not a file: no config there (is_file() is False), linted on defaults
    assert ran.code == 0, ran


@pytest.mark.parametrize("shape, says", [
    ("symlink to /dev/zero", r"evil\.yaml:1:1: cannot read: is not a regular file"),
    ("50,000 [", r"evil\.yaml:1:\d+: nests deeper than 64 levels"),
    ("2,000 [", r"evil\.yaml:1:\d+: nests deeper than 64 levels"),
    ("brackets hidden in strings", r"evil\.yaml:1:\d+: nests deeper than 64 levels"),
    ("over the size limit", r"evil\.yaml:1:1: cannot read: file is [\d,]+ bytes, over utmlint's limit"),
])
def test_hostile_platform_profile(repo, shape, says):
    (repo / "platforms").mkdir()
    (repo / ".utmlint.yaml").write_text("platforms: [platforms]\n", encoding="utf-8")
    evil = repo / "platforms" / "evil.yaml"
    if shape.startswith("symlink"):
        evil.symlink_to("/dev/zero")
    elif shape == "over the size limit":
        evil.write_text("name: acme\n# " + "x" * (300 * 1024) + "\n", encoding="utf-8")
    elif shape == "brackets hidden in strings":  # a string of `]` per level once fooled the bracket count
        evil.write_text("name: " + ('[' * 60 + '"' + ']' * 60 + '", ') * 100 + "]" * 6000 + "\n", encoding="utf-8")
    else:
        depth = int(shape.split()[0].replace(",", ""))
        evil.write_text("name: " + "[" * depth + "]" * depth + "\n", encoding="utf-8")
    _config_error(utmlint("lint", "c.yaml", cwd=repo), says)


def test_campaign_file_with_brackets_hidden_in_strings(repo):
    """Quoted strings full of `]` once hid real nesting from the pre-check, and libyaml's C composer then
    crashed (SIGSEGV) on 60,000 levels; the pre-check now asks the parser's events when in doubt."""
    levels = 1000
    body = ('[' * 60 + '"' + ']' * 60 + '", ') * levels + "]" * (60 * levels)
    (repo / "c.yaml").write_text(f"campaign: spring-sale\nsource: {body}\n", encoding="utf-8")
    ran = utmlint("lint", "--no-cache", "c.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1 and re.search(r"^c\.yaml:2:\d+: UTM001 .*nests deeper than 64", ran.out, re.M), ran


def test_deep_nesting_split_by_carriage_returns(repo):
    """libyaml also breaks lines at a lone CR: indentation-only nesting written with CRs is still caught."""
    text = "campaign: spring-sale\r" + "".join(" " * i + "a:\r" for i in range(1400))
    (repo / "c.yaml").write_bytes(text.encode())
    ran = utmlint("lint", "--no-cache", "c.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1 and "nests deeper than 64" in ran.out, ran


# -- patterns from the config match in linear time ------------------------------------------------------


def test_include_glob_that_backtracks(repo):
    """`*a*a*a*a*a*a*ab.yaml` against a 100-character name took 135 s; the file is simply not included."""
    (repo / ("a" * 100 + ".yaml")).write_text(VALID, encoding="utf-8")
    (repo / ".utmlint.yaml").write_text('include: ["*a*a*a*a*a*a*ab.yaml", "c.yaml"]\n', encoding="utf-8")
    ran = utmlint("lint", "--no-cache", ".", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 0 and "1 file checked" in ran.out, ran
    assert ran.seconds < 60


@pytest.mark.parametrize("key", ["include", "exclude", "extend-exclude"])
def test_reversed_range_in_a_glob_is_a_located_config_error(repo, key):
    (repo / ".utmlint.yaml").write_text(f'{key}: ["ok/*.yaml", "[z-a].yaml"]\n', encoding="utf-8")
    _config_error(utmlint("lint", "c.yaml", cwd=repo),
                  rf"\.utmlint\.yaml:1:\d+: config error: `{key}`: glob `\[z-a\]\.yaml`: the range `z-a`")


def test_reversed_range_in_per_file_ignores(repo):
    (repo / ".utmlint.yaml").write_text('per-file-ignores:\n  "[z-a].yaml": [UTM101]\n', encoding="utf-8")
    _config_error(utmlint("lint", "c.yaml", cwd=repo), r"\.utmlint\.yaml:2:\d+: config error: `per-file-ignores`")


def test_campaign_pattern_that_backtracks(repo):
    """`(a|aa)+b` took 44 s on a long campaign name in Python's re; in RE2 it is linear."""
    slug = "a" * 5000
    (repo / "c.yaml").write_text(VALID.replace("spring-sale", slug), encoding="utf-8")
    (repo / ".utmlint.yaml").write_text('campaign-pattern: "(a|aa)+b"\n', encoding="utf-8")
    ran = utmlint("lint", "--no-cache", "c.yaml", cwd=repo)
    assert_no_crash(ran)
    assert ran.code == 1 and "UTM205" in ran.out and "(a|aa)+b" in ran.out, ran
    assert ran.seconds < 60


@pytest.mark.parametrize("pattern, says", [
    (r"(a)\\1", "backreferences and lookarounds are not supported"),
    ("spring(?=-sale)", "backreferences and lookarounds are not supported"),
    ("([a-z]", "is not a valid regex"),
])
def test_campaign_pattern_a_linear_engine_cannot_run(repo, pattern, says):
    (repo / ".utmlint.yaml").write_text(f'campaign-pattern: "{pattern}"\n', encoding="utf-8")
    _config_error(utmlint("lint", "c.yaml", cwd=repo), rf"\.utmlint\.yaml:1:19: config error: `campaign-pattern` .*{says}")


def test_a_team_pattern_still_works(repo):
    (repo / ".utmlint.yaml").write_text('campaign-pattern: "[a-z]+-[a-z]+-20[0-9]{2}"\n', encoding="utf-8")
    ran = utmlint("lint", "--no-cache", "c.yaml", cwd=repo)
    assert ran.code == 1 and "UTM205" in ran.out, ran
    (repo / "c.yaml").write_text(VALID.replace("spring-sale", "spring-sale-2026"), encoding="utf-8")
    assert utmlint("lint", "--no-cache", "c.yaml", cwd=repo).code == 0


# -- SSRF: 6to4 and site-local ----------------------------------------------------------------------------


@pytest.mark.parametrize("address, refused", [
    ("2002:7f00:1::1", "6to4 address for 127.0.0.1"),
    ("2002:a00:1::1", "6to4 address for 10.0.0.1"),
    ("2002:a9fe:a9fe::1", "6to4 address for 169.254.169.254"),
    ("2002:c0a8:101::", "6to4 address for 192.168.1.1"),
    ("2002:6440:1::1", "6to4 address for 100.64.0.1"),
    ("fec0::1", "site-local"),
    ("feff:ffff::1", "site-local"),
    ("2002:808:808::1", None),  # a public IPv4 behind 6to4 is public
])
def test_6to4_and_site_local_addresses(address, refused):
    from utmlint.live.safety import address_refusal

    reason = address_refusal(ipaddress.ip_address(address))
    assert (reason is None) if refused is None else (reason is not None and refused in reason), reason


def test_resolver_refuses_a_name_answering_6to4_private(monkeypatch):
    """Through the resolver, as a redirect hop's host would be: the name resolves to a 6to4 address wrapping
    the cloud metadata endpoint, and the hop is refused before any connection."""
    from utmlint.live.safety import RefusedAddress, Resolver

    async def fake_getaddrinfo(self, host, port, **kwargs):
        return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("2002:a9fe:a9fe::1", port, 0, 0))]

    monkeypatch.setattr(asyncio.BaseEventLoop, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(RefusedAddress, match="6to4 address for 169.254.169.254"):
        asyncio.run(Resolver(allow_private=False).resolve("metadata.example", 80))
