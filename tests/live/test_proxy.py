"""Proxies from the environment: a real proxy on a loopback address that the checker goes through, with the
SSRF guard still applied to every target before the proxy is asked (the proxy itself may be on 127.0.0.1)."""

from __future__ import annotations

import base64

import pytest
from live_server import LiveServer, Reply
from proxy_server import ProxyServer

from utmlint.live import LiveOptions, check_urls
from utmlint.live import safety
from utmlint.live.proxy import ProxySettingError, ProxyTable, parse_proxy

Q = "utm_source=newsletter&utm_medium=email&utm_campaign=spring"
PROXY_VARIABLES = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY", "http_proxy", "https_proxy", "all_proxy",
                   "no_proxy", "REQUEST_METHOD")


def opts(options: LiveOptions, **changes) -> LiveOptions:
    return LiveOptions(**{**vars(options), **changes})


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def proxy():
    live = ProxyServer(host="127.0.0.3")  # loopback: refused as a target, allowed as the configured proxy
    yield live
    live.stop()


@pytest.fixture
def use_proxy(monkeypatch, proxy):
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    return proxy


@pytest.fixture
def loopback_one_is_public(monkeypatch):
    """127.0.0.1 (and ::1, for `localhost`) count as public, so the guard is on and still has work to do."""
    real = safety.address_refusal
    monkeypatch.setattr(safety, "address_refusal",
                        lambda address: None if str(address) in ("127.0.0.1", "::1") else real(address))


@pytest.fixture
def private_server():
    live = LiveServer(host="127.0.0.2")
    yield live
    live.stop()


def test_plain_http_goes_through_the_proxy_to_the_vetted_address(server, use_proxy, options, loopback_one_is_public):
    server.redirect("/click", f"http://localhost:{server.port}/landing?{Q}")
    server.route("/landing", Reply(200))
    (result,) = check_urls([server.url(f"/click?{Q}")], opts(options, allow_private=False))
    assert result.outcome == "pass", result.to_json()
    asked = [(a.method, a.target) for a in use_proxy.asked]
    assert asked[0] == ("GET", server.url(f"/click?{Q}"))
    # the proxy is given the address the guard vetted, never the name; the server still sees the name
    assert asked[1] == ("GET", f"http://127.0.0.1:{server.port}/landing?{Q}")
    assert server.hits("/landing")[0].headers["host"] == f"localhost:{server.port}"


def test_https_is_tunnelled_to_the_vetted_address_and_verified_for_the_name(tls_server, use_proxy, options,
                                                                            loopback_one_is_public):
    tls_server.redirect("/click", tls_server.url(f"/landing?{Q}"))
    tls_server.route("/landing", Reply(200))
    (result,) = check_urls([tls_server.url(f"/click?{Q}")], opts(options, allow_private=False))
    assert result.outcome == "pass", result.to_json()
    assert result.check("ssl").status == "pass"
    connects = {a.target for a in use_proxy.asked if a.method == "CONNECT"}
    assert f"127.0.0.1:{tls_server.port}" in connects
    assert all(not target.startswith("localhost") for target in connects)
    assert [r.target.split(b"?")[0] for r in tls_server.requests] == [b"/click", b"/landing"]  # one tunnel, reused


def test_redirect_to_a_private_target_is_refused_before_the_proxy_is_asked(server, private_server, use_proxy, options,
                                                                         loopback_one_is_public):
    server.redirect("/click", private_server.url(f"/internal?{Q}"))
    private_server.route("/internal", Reply(200))
    (result,) = check_urls([server.url(f"/click?{Q}")], opts(options, allow_private=False))
    assert result.outcome == "fail"
    assert "127.0.0.2 is a loopback address" in result.check("resolution").message
    assert [a.target for a in use_proxy.asked] == [server.url(f"/click?{Q}")]
    assert private_server.requests == []


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_cloud_metadata_is_refused_through_the_proxy(server, use_proxy, options, loopback_one_is_public, no_internet,
                                                     scheme):
    server.redirect("/click", f"{scheme}://169.254.169.254/latest/meta-data/")
    (result,) = check_urls([server.url(f"/click?{Q}")], opts(options, allow_private=False))
    assert result.outcome == "fail"
    assert "169.254.169.254 is a link-local address" in result.check("resolution").message
    assert all("169.254" not in a.target for a in use_proxy.asked)
    assert no_internet == []


def test_interstitial_hop_through_the_proxy_is_vetted_too(server, private_server, use_proxy, options,
                                                         loopback_one_is_public):
    server.route("/t", Reply(200, [("Content-Type", "text/html")],
                             f'<meta http-equiv="refresh" content="0;url={private_server.url("/x")}">'.encode()))
    (result,) = check_urls([server.url(f"/t?{Q}")], opts(options, allow_private=False))
    assert result.outcome == "fail" and "127.0.0.2 is a loopback address" in result.check("resolution").message
    assert private_server.requests == [] and len(use_proxy.asked) == 1


def test_the_proxy_itself_is_not_vetted_but_targets_are(server, use_proxy, options):
    """Without --allow-private and nothing pretending to be public: the proxy on 127.0.0.3 is used, and the
    loopback target is still refused before the proxy is asked."""
    server.route("/landing", Reply(200))
    (result,) = check_urls([server.url(f"/landing?{Q}")], opts(options, allow_private=False))
    assert result.outcome == "fail" and "127.0.0.1 is a loopback address" in result.check("resolution").message
    assert use_proxy.asked == [] and server.requests == []


def test_no_proxy_sends_matching_hosts_direct(server, use_proxy, options, monkeypatch):
    monkeypatch.setenv("NO_PROXY", "example.com,127.0.0.1")
    server.route("/landing", Reply(200))
    (result,) = check_urls([server.url(f"/landing?{Q}")], options)
    assert result.outcome == "pass" and use_proxy.asked == []


def test_proxy_credentials_are_sent_to_the_proxy_only(server, options, monkeypatch):
    token = "Basic " + base64.b64encode(b"ci:s3cret").decode()
    proxy = ProxyServer(host="127.0.0.3", require_auth=token)
    try:
        monkeypatch.setenv("http_proxy", f"http://ci:s3cret@127.0.0.3:{proxy.port}")
        server.route("/landing", Reply(200))
        (result,) = check_urls([server.url(f"/landing?{Q}")], options)
        assert result.outcome == "pass", result.to_json()
        assert proxy.asked[0].headers["proxy-authorization"] == token
        assert "proxy-authorization" not in server.requests[0].headers
    finally:
        proxy.stop()


def test_proxy_that_refuses_is_inconclusive(tls_server, options, monkeypatch):
    proxy = ProxyServer(host="127.0.0.3", require_auth="Basic nobody")
    try:
        monkeypatch.setenv("HTTPS_PROXY", proxy.url)
        (result,) = check_urls([tls_server.url(f"/landing?{Q}")], options)
        assert result.outcome == "inconclusive"
        assert "407" in result.check("resolution").message
    finally:
        proxy.stop()


def test_unusable_proxy_setting_is_named(monkeypatch, options):
    monkeypatch.setenv("HTTPS_PROXY", "socks5://127.0.0.1:1080")
    (result,) = check_urls([f"https://example.invalid/?{Q}"], options)
    assert result.outcome == "inconclusive"
    assert "HTTPS_PROXY: only http:// and https:// proxies are supported, not socks5://" in result.check("resolution").message


def test_proxy_table_reads_the_environment_as_curl_does():
    table = ProxyTable({"HTTPS_PROXY": "proxy.corp:3128", "http_proxy": "http://p2:8080", "HTTP_PROXY": "http://p3:1",
                        "NO_PROXY": ".internal.corp"})
    assert table.for_target("https", "example.com", 443).url == "http://proxy.corp:3128"
    assert table.for_target("http", "example.com", 80).url == "http://p2:8080"  # lower case wins
    assert table.for_target("https", "wiki.internal.corp", 443) is None
    assert ProxyTable({"ALL_PROXY": "http://all:3128"}).for_target("https", "x.example", 443).url == "http://all:3128"
    assert ProxyTable({"HTTP_PROXY": "http://evil:1", "REQUEST_METHOD": "GET"}).for_target("http", "x", 80) is None
    assert not ProxyTable({})
    with pytest.raises(ProxySettingError):
        parse_proxy("HTTPS_PROXY", "http://:3128")
