"""The pure parts of live checks: options, address rules, URL splitting, utm diffs, headers, cache file."""

from __future__ import annotations

import io
import ipaddress
import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from utmlint.live import LiveOptions
from utmlint.live.cache import CACHE_FILE, ResultCache
from utmlint.live.chain import BadURL, Check, Hop, LinkResult, diff_utm, parse_url, resolve_location, utm_params
from utmlint.live.progress import Progress, wanted
from utmlint.live.runner import bot_signature, retry_after_seconds
from utmlint.live.safety import address_refusal


def test_from_mapping_reads_every_config_key():
    options = LiveOptions.from_mapping({
        "timeout": 3, "connect_timeout": 2, "max_redirects": 5, "concurrency": 8, "per_host": 2, "retries": 0,
        "max_retry_after": 4, "allow_private": True, "cache_dir": ".c", "cache_max_age": 60,
    })
    assert (options.timeout, options.max_redirects, options.per_host, options.cache_dir) == (3, 5, 2, Path(".c"))
    assert LiveOptions.from_mapping({}) == LiveOptions()


def test_from_mapping_names_an_unknown_key():
    with pytest.raises(ValueError, match="unknown key in `live:`: timout"):
        LiveOptions.from_mapping({"timout": 3})


@pytest.mark.parametrize("bad", [{"timeout": -1}, {"per_host": 0}, {"retries": 1.5}, {"allow_private": "yes"}])
def test_from_mapping_rejects_bad_values(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        LiveOptions.from_mapping(bad)


@pytest.mark.parametrize(
    "address, refused",
    [
        ("93.184.216.34", None),
        ("2606:2800:220:1:248:1893:25c8:1946", None),
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.1", "private"),
        ("192.168.1.1", "private"),
        ("fd00::1", "private"),
        ("169.254.169.254", "link-local"),
        ("fe80::1", "link-local"),
        ("0.0.0.0", "unspecified"),
        ("::", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("240.0.0.1", "reserved"),
        ("100.64.0.1", "not a public"),
        ("::ffff:127.0.0.1", "loopback"),
        ("::ffff:169.254.169.254", "link-local"),
    ],
)
def test_address_refusal(address, refused):
    reason = address_refusal(ipaddress.ip_address(address))
    if refused is None:
        assert reason is None
    else:
        assert reason is not None and refused in reason


def test_parse_url_keeps_the_target_and_drops_credentials():
    target = parse_url("https://user:pw@Example.COM:8443/a/./b?b=2&a=1|x#frag")
    assert (target.scheme, target.host, target.port) == ("https", "example.com", 8443)
    assert target.target == b"/a/./b?b=2&a=1|x"
    assert target.host_header == "example.com:8443"
    assert parse_url("http://[::1]/?x").target == b"/?x"
    assert parse_url("http://[::1]:80?x").host_header == "[::1]"
    assert parse_url("http://bücher.example/").host == "xn--bcher-kva.example"


@pytest.mark.parametrize("url", ["ftp://x/", "javascript:alert(1)", "/relative", "http:///nohost", "http://h:99999/"])
def test_parse_url_refuses(url):
    with pytest.raises(BadURL):
        parse_url(url)


def test_resolve_location():
    base = "https://a.example/x/y?utm_source=s"
    assert resolve_location(base, "https://b.example/?q=%zz") == "https://b.example/?q=%zz"
    assert resolve_location(base, "//c.example/p") == "https://c.example/p"
    assert resolve_location(base, "z?utm_source=t") == "https://a.example/x/z?utm_source=t"
    assert resolve_location(base, "/root") == "https://a.example/root"


def test_utm_params_and_diff():
    before = utm_params("https://x/?utm_source=a&utm_medium=e+mail&utm_term=1&utm_term=2&other=1#utm_content=no")
    assert before == {"utm_source": ("a",), "utm_medium": ("e mail",), "utm_term": ("1", "2")}
    after = utm_params("https://y/?utm_source=a&utm_medium=e%20mail&utm_term=1&utm_id=9")
    assert diff_utm(before, after) == {
        "kept": ("utm_medium", "utm_source"), "dropped": (), "changed": ("utm_term",), "added": ("utm_id",),
    }


def test_retry_after():
    assert retry_after_seconds("7") == 7
    assert retry_after_seconds(None) is None
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0


def test_bot_signature():
    assert bot_signature(403, {"cf-mitigated": "challenge"}, b"") == "Cloudflare challenge"
    assert bot_signature(503, {"server": "nginx"}, b"<html><title>Just a moment...</title>") == "Cloudflare challenge"
    assert bot_signature(403, {"x-amzn-waf-action": "captcha"}, b"") == "AWS WAF"
    assert bot_signature(999, {}, b"") is not None
    assert bot_signature(403, {"server": "nginx"}, b"Forbidden") is None
    assert bot_signature(404, {"server": "cloudflare"}, b"") is None


def _result(url: str, outcome: str) -> LinkResult:
    return LinkResult(url, outcome, [Check("ssl", "pass", "ok")], [Hop(url, 200, None, kept=["utm_source"])])


def test_cache_round_trip_and_options_fingerprint(tmp_path):
    options = LiveOptions(cache_dir=tmp_path)
    cache = ResultCache.for_options(options)
    cache.put(_result("https://x/?utm_source=a", "fail"))
    cache.put(_result("https://y/", "inconclusive"))
    assert cache.save()
    again = ResultCache.for_options(options)
    hit = again.get("https://x/?utm_source=a")
    assert hit is not None and hit.cached and hit.outcome == "fail" and hit.hops[0].kept == ("utm_source",)
    assert again.get("https://y/") is None
    assert ResultCache.for_options(LiveOptions(cache_dir=tmp_path, allow_private=True)).get("https://x/?utm_source=a") is None
    assert sorted(p.name for p in tmp_path.iterdir()) == [".gitignore", CACHE_FILE]  # no temporary file left


@pytest.mark.parametrize("content", [b"", b"\xff\xfe", b"[]", b'{"version": 99, "entries": {}}', b'{"version": 1, "entries": {"k": 3}}'])
def test_unreadable_cache_is_ignored(tmp_path, content):
    (tmp_path / CACHE_FILE).write_bytes(content)
    cache = ResultCache.for_options(LiveOptions(cache_dir=tmp_path))
    assert cache.get("k") is None
    cache.put(_result("https://x/", "pass"))
    assert cache.save()
    assert json.loads(_body((tmp_path / CACHE_FILE).read_text()))["version"] == 2


def _body(text):
    """The JSON of a signed results file (its HMAC line cut off)."""
    body, mark, _ = text.rpartition("\n#hmac-sha256:")
    assert mark, text[-200:]
    return body


def test_cache_folder_from_the_config_never_leads_out_of_the_project(tmp_path):
    """A pull request can make the configured (or default) live cache folder a symlink to anywhere."""
    repo, outside = tmp_path / "repo", tmp_path / "outside"
    repo.mkdir()
    outside.mkdir()
    (repo / "cache").symlink_to(outside, target_is_directory=True)
    cache = ResultCache.for_options(LiveOptions(cache_dir=repo / "cache", cache_root=repo))
    cache.put(_result("https://x/", "pass"))
    assert cache.save() is False
    assert list(outside.iterdir()) == []
    named = ResultCache.for_options(LiveOptions(cache_dir=repo / "cache"))  # `--cache-dir`: the user's choice
    named.put(_result("https://x/", "pass"))
    assert named.save() and (outside / CACHE_FILE).is_file()


def test_project_live_options_take_method_and_cache_folder_from_the_config(tmp_path, monkeypatch):
    import argparse

    from utmlint.project import Project

    (tmp_path / ".utmlint.yaml").write_text("live:\n  method: head\n  cache-dir: .live\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    project = Project.load([str(tmp_path)])
    options = project.live_options(argparse.Namespace())
    assert options.method == "head" and options.cache_dir == tmp_path / ".live" and options.cache_root == tmp_path
    assert project.live_options(argparse.Namespace(method="get")).method == "get"  # the flag wins
    (tmp_path / ".utmlint.yaml").write_text("include: ['*.yaml']\n", encoding="utf-8")
    default = Project.load([str(tmp_path)])
    assert default.live_options(argparse.Namespace()).cache_dir == tmp_path / ".utmlint_cache"


def test_cache_that_cannot_be_written_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = ResultCache.for_options(LiveOptions(cache_dir=blocker / "sub"))
    cache.put(_result("https://x/", "pass"))
    assert cache.save() is False


class _Stream(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self._tty = tty

    def isatty(self) -> bool:
        return self._tty


def test_progress_only_on_a_terminal_outside_ci(monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("UTMLINT_NO_PROGRESS", raising=False)
    assert wanted(_Stream(True)) and not wanted(_Stream(False))
    monkeypatch.setenv("CI", "true")
    assert not wanted(_Stream(True))
    monkeypatch.delenv("CI")
    stream = _Stream(True)
    progress = Progress(2, stream)
    progress.advance(_result("https://x/", "fail"))
    progress.advance(_result("https://y/", "pass"))
    progress.close()
    assert "2/2, 1 failed" in stream.getvalue() and stream.getvalue().endswith("\r")
    quiet = _Stream(False)
    Progress(1, quiet).advance(_result("https://x/", "pass"))
    assert quiet.getvalue() == ""


def test_importing_live_and_the_check_command_does_not_load_httpx():
    code = (
        "import sys, utmlint.live, utmlint.commands.check, utmlint.live.report;"
        "bad = [m for m in ('httpx', 'httpcore', 'anyio') if m in sys.modules];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout + out.stderr


@pytest.mark.parametrize("url", ["http://exa mple.com/", "http://a\r\nb/", "http://a<b>/"])
def test_parse_url_refuses_hosts_that_cannot_be_sent(url):
    with pytest.raises(BadURL):
        parse_url(url)


_printable = st.text(alphabet=[chr(c) for c in range(0x21, 0x7F) if chr(c) != "#"], max_size=60)


@given(path=_printable, query=_printable)
def test_printable_ascii_is_sent_byte_for_byte(path, query):
    url = f"https://example.com/{path}?{query}"
    assert parse_url(url).target == f"/{path}?{query}".encode()


@given(st.text(max_size=40))
def test_anything_else_becomes_a_valid_request_target(text):
    target = parse_url(f"https://example.com/?q={text}").target
    assert all(0x21 <= b <= 0x7E for b in target)


def test_results_written_on_another_machine_are_ignored(tmp_path):
    """A results file committed by a pull request (another machine's key) cannot mark a link as passing."""
    forged = {"version": 2, "entries": {}}
    cache = ResultCache.for_options(LiveOptions(cache_dir=tmp_path))
    cache.put(_result("https://x/", "fail"))
    assert cache.save()
    data = json.loads(_body((tmp_path / CACHE_FILE).read_text()))
    forged["entries"] = {k: v for k, v in data["entries"].items()}
    for entry in forged["entries"].values():
        entry["result"]["outcome"] = "pass"
    # Unsigned, then signed with another machine's key: neither verifies.
    (tmp_path / CACHE_FILE).write_text(json.dumps(forged))
    assert ResultCache.for_options(LiveOptions(cache_dir=tmp_path)).get("https://x/") is None
    import hashlib
    import hmac

    body = json.dumps(forged).encode()
    mac = hmac.new(b"another-machine" * 4, b"live-cache live-results.json v2\0" + body, hashlib.sha256).hexdigest()
    (tmp_path / CACHE_FILE).write_bytes(body + b"\n#hmac-sha256:" + mac.encode() + b"\n")
    assert ResultCache.for_options(LiveOptions(cache_dir=tmp_path)).get("https://x/") is None
