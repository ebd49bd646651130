"""Network behaviour against real servers on 127.0.0.1: timeouts, retries, 429, HEAD, bytes on the wire."""

from __future__ import annotations

import asyncio
import json
import time

from live_server import LiveServer, Reply, Seen

from utmlint import __version__
from utmlint.live import USER_AGENT, LiveOptions, check_urls
from utmlint.live.cache import CACHE_FILE
from utmlint.live.chain import parse_url
from utmlint.live.runner import Session

Q = "utm_source=newsletter&utm_medium=email&utm_campaign=spring"


def opts(options: LiveOptions, **changes) -> LiveOptions:
    return LiveOptions(**{**vars(options), **changes})


def test_slow_server_times_out_as_inconclusive(server, options):
    server.route("/slow", Reply(200, delay=3))
    (result,) = check_urls([server.url(f"/slow?{Q}")], opts(options, timeout=0.3))
    # the answer would have come after 3 s and passed: inconclusive proves the timeout cut it short
    # (no wall-clock bound: the machine running the tests may be busy)
    assert result.outcome == "inconclusive"
    assert result.check("resolution").message == "no answer within 0.3 s"
    assert len(server.requests) == 1  # a slow answer is not retried


def test_429_retry_after_is_honoured(server, options):
    def limited(seen: Seen) -> Reply:
        if len(server.hits("/landing")) == 1:
            return Reply(429, [("Retry-After", "1")])
        return Reply(200)

    server.route("/landing", limited)
    (result,) = check_urls([server.url(f"/landing?{Q}")], options)
    assert result.outcome == "pass", result.to_json()
    first, second = server.hits("/landing")
    assert second.at - first.at >= 0.9


def test_429_with_retry_after_beyond_the_limit_is_inconclusive_at_once(server, options):
    server.route("/landing", Reply(429, [("Retry-After", "120")]))
    started = time.monotonic()
    (result,) = check_urls([server.url(f"/landing?{Q}")], opts(options, max_retry_after=5))
    assert time.monotonic() - started < 60  # did not wait the 120 s asked for (generous: busy machines)
    assert result.outcome == "inconclusive"
    assert "Retry-After 120 s exceeds the 5 s limit" in result.check("resolution").message
    assert len(server.requests) == 1


def test_429_without_end_is_inconclusive_after_the_retries(server, options):
    server.route("/landing", Reply(429, [("Retry-After", "0")]))
    (result,) = check_urls([server.url(f"/landing?{Q}")], opts(options, retries=2))
    assert result.outcome == "inconclusive"
    assert len(server.requests) == 3


def test_head_refusing_server_falls_back_to_get(server, options):
    def no_head(location=None):
        def handler(seen: Seen) -> Reply:
            if seen.method == "HEAD":
                return Reply(405, [("Allow", "GET")])
            return Reply(302, [("Location", location)]) if location else Reply(200)
        return handler

    server.route("/click", no_head(server.url(f"/landing?{Q}")))
    server.route("/landing", no_head())
    (result,) = check_urls([server.url(f"/click?{Q}")], opts(options, method="head"))
    assert result.outcome == "pass", result.to_json()
    assert [r.method for r in server.requests] == ["HEAD", "GET", "GET"]  # the host is remembered
    assert "HEAD refused (405)" in result.hops[0].note


def test_head_error_is_confirmed_with_get(server, options):
    server.route("/landing", lambda seen: Reply(404) if seen.method == "HEAD" else Reply(200))
    (result,) = check_urls([server.url(f"/landing?{Q}")], opts(options, method="head"))
    assert result.outcome == "pass"
    assert [r.method for r in server.requests] == ["HEAD", "GET"]


def test_connection_reset_is_inconclusive_after_retries(server, options):
    server.route("/landing", Reply(reset=True))
    (result,) = check_urls([server.url(f"/landing?{Q}")], opts(options, retries=2))
    assert result.outcome == "inconclusive"
    assert "after 3 attempts" in result.check("resolution").message
    assert len(server.requests) == 3


def test_server_error_is_retried_then_passes(server, options):
    server.route("/landing", lambda seen: Reply(503) if len(server.requests) == 1 else Reply(200))
    (result,) = check_urls([server.url(f"/landing?{Q}")], options)
    assert result.outcome == "pass"
    assert len(server.requests) == 2


def test_server_error_that_persists_fails(server, options):
    server.route("/landing", Reply(500))
    (result,) = check_urls([server.url(f"/landing?{Q}")], opts(options, retries=1))
    assert result.outcome == "fail"
    assert result.hops[-1].status == 500


def test_bot_protection_challenge_is_inconclusive(server, options):
    server.route("/landing", Reply(403, [("cf-mitigated", "challenge"), ("Server", "cloudflare")]))
    (result,) = check_urls([server.url(f"/landing?{Q}")], options)
    assert result.outcome == "inconclusive"
    assert "Cloudflare challenge" in result.check("resolution").message


def test_plain_403_fails(server, options):
    server.route("/landing", Reply(403))
    (result,) = check_urls([server.url(f"/landing?{Q}")], options)
    assert result.outcome == "fail"


def test_connection_refused_is_inconclusive_and_other_links_still_pass(server, options):
    import socket

    spare = socket.socket()
    spare.bind(("127.0.0.1", 0))
    closed_port = spare.getsockname()[1]
    spare.close()
    server.route("/landing", Reply(200))
    down, up = check_urls([f"http://127.0.0.1:{closed_port}/?{Q}", server.url(f"/landing?{Q}")], options)
    assert down.outcome == "inconclusive" and "cannot connect" in down.check("resolution").message
    assert up.outcome == "pass"


def test_identical_urls_are_checked_once(server, options):
    server.route("/landing", Reply(200))
    url = server.url(f"/landing?{Q}")
    other = server.url(f"/landing?{Q}&utm_content=b")
    results = check_urls([url, other, url, url], options)
    assert [r.url for r in results] == [url, other, url, url]
    assert results[0] is results[2] is results[3]
    assert len(server.requests) == 2


def test_per_host_concurrency_is_bounded(server, options):
    server.route("/landing", Reply(200, delay=0.1))
    urls = [server.url(f"/landing?{Q}&utm_content={i}") for i in range(12)]
    results = check_urls(urls, opts(options, per_host=3))
    assert all(r.outcome == "pass" for r in results)
    assert server.max_in_flight == 3


def _visit_in_turn(servers, options: LiveOptions, rounds: int = 2):
    """Fetch one URL on each server in turn, `rounds` times, through one session; the most connections
    open at once and the most origins kept, seen after each fetch."""
    async def visit():
        session = Session(options)
        most_open = most_pools = 0
        try:
            for _ in range(rounds):
                for server in servers:
                    url = server.url(f"/landing?{Q}")
                    response = await session.fetch(url, parse_url(url))
                    assert response.status == 200
                    most_open = max(most_open, session.pools.open_connections(exact=True))
                    most_pools = max(most_pools, len(session.pools))
        finally:
            await session.aclose()
        return most_open, most_pools

    return asyncio.run(visit())


def test_each_origin_keeps_its_connection_for_the_next_link(options):
    servers = [LiveServer() for _ in range(4)]
    try:
        for server in servers:
            server.route("/landing", Reply(200))
        assert _visit_in_turn(servers, opts(options, concurrency=8)) == (4, 4)
        assert [s.connections for s in servers] == [1, 1, 1, 1]  # the second round reused every one
    finally:
        for server in servers:
            server.stop()


def test_open_connections_across_origins_stay_under_the_concurrency(options):
    servers = [LiveServer() for _ in range(4)]
    try:
        for server in servers:
            server.route("/landing", Reply(200))
        most_open, most_pools = _visit_in_turn(servers, opts(options, concurrency=2))
        assert most_open == 2 and most_pools == 2  # idle connections of the oldest origins were closed
        assert [s.connections for s in servers] == [2, 2, 2, 2]
    finally:
        for server in servers:
            server.stop()


def test_a_cut_off_answer_leaves_no_origin_behind(server, options):
    server.route("/big", Reply(200, [("Content-Type", "text/html")], b"<p>" + b"x" * 100_000))

    async def visit():
        session = Session(options)
        try:
            url = server.url(f"/big?{Q}")
            assert (await session.fetch(url, parse_url(url))).status == 200
            return len(session.pools), session.pools.open_connections(exact=True)
        finally:
            await session.aclose()

    assert asyncio.run(visit()) == (0, 0)  # the connection was closed, and its origin forgotten


def test_cache_hit_avoids_requests(server, options, tmp_path):
    server.route("/landing", Reply(200))
    cached = opts(options, use_cache=True, cache_dir=tmp_path / "c")
    url = server.url(f"/landing?{Q}")
    (first,) = check_urls([url], cached)
    (second,) = check_urls([url], cached)
    assert len(server.requests) == 1
    assert not first.cached and second.cached
    assert second.to_json() == first.to_json()
    (third,) = check_urls([url], opts(cached, cache_max_age=0))  # expired
    assert len(server.requests) == 2 and not third.cached
    check_urls([url], opts(cached, use_cache=False))
    assert len(server.requests) == 3


def test_corrupt_cache_is_ignored_and_rebuilt(server, options, tmp_path):
    server.route("/landing", Reply(200))
    directory = tmp_path / "c"
    directory.mkdir()
    (directory / CACHE_FILE).write_bytes(b'{"version": 1, "entries": {"p1r10 x": tru\x00')
    cached = opts(options, use_cache=True, cache_dir=directory)
    (result,) = check_urls([server.url(f"/landing?{Q}")], cached)
    assert result.outcome == "pass" and len(server.requests) == 1
    data = json.loads((directory / CACHE_FILE).read_text().rpartition("\n#hmac-sha256:")[0])
    assert len(data["entries"]) == 1
    check_urls([server.url(f"/landing?{Q}")], cached)
    assert len(server.requests) == 1


def test_inconclusive_results_are_not_cached(server, options, tmp_path):
    server.route("/landing", Reply(429, [("Retry-After", "999")]))
    cached = opts(options, use_cache=True, cache_dir=tmp_path / "c")
    check_urls([server.url(f"/landing?{Q}")], cached)
    check_urls([server.url(f"/landing?{Q}")], cached)
    assert len(server.requests) == 2


RAW_QUERY = (
    "utm_source=News%2fLetter&utm_medium=e+mail&z=%zz&utm_campaign=a|b^c&b=1&a=2"
    "&utm_term={x}&utm_content=%C3%A9%7e&utm_id=%41;x=`1`&q=\"<b>\""
)


def test_url_is_requested_exactly_as_built(server, options):
    server.route("/landing", Reply(200))
    (result,) = check_urls([server.url(f"/landing?{RAW_QUERY}")], options)
    assert result.outcome == "pass"
    assert server.requests[0].request_line == f"GET /landing?{RAW_QUERY} HTTP/1.1".encode()


def test_httpx_would_have_changed_those_bytes(server, options):
    """Why the runner hands httpcore the raw target instead of going through httpx.URL (0.28 here;
    older versions quote more): quotes and angle brackets are re-encoded, dot segments removed."""
    import httpx

    server.route("/landing", Reply(200))
    url = server.url(f"/x/./../landing?{RAW_QUERY}")
    assert httpx.URL(url).raw_path != f"/x/./../landing?{RAW_QUERY}".encode()
    check_urls([url], options)
    assert server.requests[0].target == f"/x/./../landing?{RAW_QUERY}".encode()


def test_location_is_followed_exactly_as_sent(server, options):
    server.redirect("/click", server.url(f"/landing?{RAW_QUERY}"))
    server.route("/landing", Reply(200))
    check_urls([server.url("/click")], options)
    assert server.requests[1].target == f"/landing?{RAW_QUERY}".encode()


def test_only_bytes_illegal_on_the_wire_are_encoded(server, options):
    server.route("/landing", Reply(200))
    check_urls([server.url("/landing?utm_campaign=spring sale&utm_content=café")], options)
    assert server.requests[0].target == b"/landing?utm_campaign=spring%20sale&utm_content=caf%C3%A9"


def test_user_agent_names_utmlint_and_no_cookies_or_credentials_are_sent(server, options):
    server.route("/first", Reply(200, [("Set-Cookie", "session=abc; Path=/")]))
    server.route("/second", Reply(200))
    host = f"127.0.0.1:{server.port}"
    check_urls([server.url("/first"), f"http://user:secret@{host}/second"], opts(options, concurrency=1))
    for seen in server.requests:
        assert seen.headers["user-agent"] == USER_AGENT
        assert "cookie" not in seen.headers and "authorization" not in seen.headers
        assert seen.headers["host"] == host
    assert USER_AGENT.startswith(f"utmlint/{__version__} (")
