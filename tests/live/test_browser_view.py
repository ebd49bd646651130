"""What a browser sees, against real servers on 127.0.0.1 (plain and TLS): trackers that redirect only on
GET, click-tracking wrappers without visible utm, meta-refresh and script interstitials, expected
values, offline answers, loops, and the text a person reads."""

from __future__ import annotations

import json
import time

import pytest
from live_server import LiveServer, Reply, Seen

from utmlint.cli import main
from utmlint.live import LiveOptions, check_urls
from utmlint.live import safety
from utmlint.live.cache import CACHE_FILE
from utmlint.live.report import Writer

Q = "utm_source=newsletter&utm_medium=email&utm_campaign=spring"
FAST = ["--allow-private", "--no-cache", "--timeout", "1"]
HTML = [("Content-Type", "text/html; charset=utf-8")]


def render(fmt, results) -> str:
    """The report `utmlint check` prints for `results`, written as the command writes it."""
    import io

    buffer = io.StringIO()
    writer = Writer(fmt, buffer, expected=len({r.url for r in results}))
    for result in results:
        writer.add(result)
    writer.close()
    return buffer.getvalue()


def opts(options: LiveOptions, **changes) -> LiveOptions:
    return LiveOptions(**{**vars(options), **changes})


def check_one(url: str, options: LiveOptions, **kwargs):
    (result,) = check_urls([url], options, **kwargs)
    return result


def get_only_redirect(location: str):
    """A tracker that answers HEAD with 200 and redirects only a GET (a click)."""
    def handler(seen: Seen) -> Reply:
        if seen.method == "GET":
            return Reply(302, [("Location", location)], b"")
        return Reply(200, HTML, b"<html>tracker</html>")
    return handler


def meta_page(url: str) -> Reply:
    return Reply(200, HTML, f'<html><head><meta http-equiv="refresh" content="0;url={url}"></head>'
                            f'<body>Redirecting...</body></html>'.encode())


def script_page(url: str) -> Reply:
    escaped = url.replace("/", "\\/").replace("&", "\\u0026")  # as a JSON-escaping template writes it
    return Reply(200, HTML, f'<html><body><script>window.location.replace("{escaped}");</script></body></html>'.encode())


# GET by default ------------------------------------------------------------------------------------------


def test_get_only_tracker_that_drops_the_query_fails(server, options):
    server.route("/t", get_only_redirect(server.url("/landing")))
    server.route("/landing", Reply(200))
    result = check_one(server.url(f"/t?{Q}"), options)
    assert result.outcome == "fail", result.to_json()
    assert [r.method for r in server.requests] == ["GET", "GET"]
    assert result.hops[0].dropped == ("utm_campaign", "utm_medium", "utm_source")
    # what HEAD-first checking used to see: no redirect at all, a false PASS
    server.requests.clear()
    head = check_one(server.url(f"/t?{Q}"), opts(options, method="head"))
    assert head.outcome == "pass" and len(head.hops) == 1
    assert [r.method for r in server.requests] == ["HEAD"]


def test_get_only_tracker_that_keeps_the_query_passes(tls_server, options):
    tls_server.route("/t", get_only_redirect(tls_server.url(f"/landing?{Q}")))
    tls_server.route("/landing", Reply(200))
    result = check_one(tls_server.url(f"/t?{Q}"), options)
    assert result.outcome == "pass", result.to_json()
    assert [h.status for h in result.hops] == [302, 200]
    assert result.check("ssl").status == "pass"


def test_a_large_page_is_read_only_as_far_as_detection_needs(server, options):
    """The page announces 4 MiB and sends 64 KiB, then nothing: a checker that read to the end would time
    out (inconclusive); one that reads what detection needs and closes passes."""
    server.route("/landing", Reply(200, HTML, b"<html><body>" + b"x" * (64 * 1024), length=4 * 1024 * 1024))
    result = check_one(server.url(f"/landing?{Q}"), opts(options, timeout=2, retries=0))
    assert result.outcome == "pass", result.to_json()


# Judging the landing page ----------------------------------------------------------------------------------


def test_wrapper_without_visible_utm_whose_landing_has_utm_passes_and_shows_them(server, options):
    server.redirect("/c/abc", server.url(f"/landing?{Q}&utm_content=hero"))
    server.route("/landing", Reply(200))
    result = check_one(server.url("/c/abc"), options)
    assert result.outcome == "pass", result.to_json()
    assert result.wrapped
    assert result.to_json()["landing_utm"] == {"utm_campaign": "spring", "utm_content": "hero",
                                               "utm_medium": "email", "utm_source": "newsletter"}
    message = result.check("redirects").message
    assert "the landing URL carries utm_campaign=spring, utm_content=hero, utm_medium=email" in message
    text = render("text", [result])
    assert "    landing    utm_campaign=spring, utm_content=hero, utm_medium=email, utm_source=newsletter" in text


def test_wrapper_whose_redirect_drops_everything_fails_even_plainly(server, options, capsys):
    server.redirect("/c/abc", server.url("/landing"))
    server.route("/landing", Reply(200))
    result = check_one(server.url("/c/abc"), options)
    assert result.outcome == "fail"
    assert "No UTM params reach the landing page" in result.check("redirects").message
    assert main(["check", server.url("/c/abc"), *FAST]) == 1
    assert main(["check", server.url("/c/abc"), *FAST, "--strict"]) == 1
    out = capsys.readouterr().out
    assert out.startswith("FAIL") and "PASS" not in out


def test_expected_values_are_checked_at_the_landing_page(server, options, capsys):
    server.redirect("/c/abc", server.url("/landing?utm_source=intercom&utm_medium=email&utm_campaign=spring"))
    server.route("/landing", Reply(200))
    url = server.url("/c/abc")
    good = check_one(url, options, expect={"source": "intercom", "utm_medium": "email"})
    assert good.outcome == "pass", good.to_json()
    assert "Expected values present: utm_medium=email, utm_source=intercom." in good.check("redirects").message
    bad = check_one(url, options, expect={"source": "intercom", "medium": "cpc", "content": "hero"})
    assert bad.outcome == "fail"
    message = bad.check("redirects").message
    assert message == ("Expected utm_content=hero at the landing page: missing. "
                       "Expected utm_medium=cpc at the landing page: it carries `email`.")
    assert main(["check", url, *FAST, "--expect-utm", "source=intercom,medium=email"]) == 0
    assert main(["check", url, *FAST, "--expect-utm", "source=intercom,medium=social"]) == 1
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_info:
        main(["check", url, *FAST, "--expect-utm", "source"])
    assert exit_info.value.code == 2
    assert "NAME=VALUE" in capsys.readouterr().err


def test_expected_values_per_url(server, options):
    server.route("/landing", Reply(200))
    a, b = server.url(f"/landing?{Q}"), server.url(f"/landing?{Q}&utm_content=b")
    results = check_urls([a, b], options, expect={a: {"source": "newsletter"}, b: {"source": "intercom"}})
    assert [r.outcome for r in results] == ["pass", "fail"]


def test_pass_lines_show_warnings(server, options):
    server.redirect("/click", server.url(f"/landing?{Q}&utm_content=tracker"))  # the tracker adds its own
    server.redirect("/swap", server.url("/back?utm_source=other&utm_medium=email&utm_campaign=spring"))
    server.redirect("/back", server.url(f"/landing?{Q}"))  # ... and a later hop puts the value back
    server.route("/landing", Reply(200))
    added = check_one(server.url(f"/click?{Q}"), options)
    swapped = check_one(server.url(f"/swap?{Q}"), options)
    assert added.outcome == swapped.outcome == "pass"
    assert added.check("redirects").status == "warn"
    text = render("text", [added, swapped]).splitlines()
    assert text[0].startswith("PASS") and "(1 redirect)" in text[0]
    assert text[1] == "    warning    ssl: URL uses plain HTTP; no hop uses HTTPS."
    assert f"hop 1 (302 to {server.url(f'/landing?{Q}&utm_content=tracker')}) added its own utm_content=tracker" in text[2]
    assert text[3].startswith("PASS") and "(2 redirects)" in text[3]
    assert "changed utm_source; the landing URL has it back" in text[5]


def test_a_failed_link_names_each_dropped_parameter_once(server, options):
    long_path = "/l/" + "x" * 100
    server.redirect("/click", server.url(long_path))
    server.route(long_path, Reply(200))
    result = check_one(server.url(f"/click?{Q}&utm_content=hero&utm_term=shoes"), options)
    text = render("text", [result])
    assert text.count(long_path) == 2  # once in the failing check, once as hop 2
    assert text.count("utm_source") == 3  # the URL, the check, hop 1's [dropped: ...]
    assert "dropped utm_campaign, utm_content, utm_medium, utm_source, utm_term" in text


# Interstitial hops -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("page", [meta_page, script_page], ids=["meta-refresh", "script"])
def test_interstitial_that_keeps_the_query_passes(server, options, page):
    server.route("/t", page(server.url(f"/landing?{Q}")))
    server.route("/landing", Reply(200, HTML, b"<html>welcome</html>"))
    result = check_one(server.url(f"/t?{Q}"), options)
    assert result.outcome == "pass", result.to_json()
    kind = "meta-refresh" if page is meta_page else "script"
    assert [h.kind for h in result.hops] == [kind, None]
    assert result.check("redirects").message == f"Followed 1 {kind}. UTM params preserved through chain."
    assert render("text", [result]).startswith(f"PASS         {server.url(f'/t?{Q}')}  (1 {kind})")


@pytest.mark.parametrize("page", [meta_page, script_page], ids=["meta-refresh", "script"])
def test_interstitial_that_drops_the_query_fails(tls_server, options, page):
    tls_server.redirect("/c", tls_server.url(f"/t?{Q}"))
    tls_server.route("/t", page("/landing"))  # relative, as served
    tls_server.route("/landing", Reply(200))
    result = check_one(tls_server.url(f"/c?{Q}"), options)
    assert result.outcome == "fail"
    how = "meta refresh" if page is meta_page else "script"
    assert (f"UTM params lost in the chain: hop 2 ({how} to {tls_server.url('/landing')}) dropped utm_campaign, "
            "utm_medium, utm_source.") == result.check("redirects").message


def test_html_entities_in_a_meta_refresh_are_decoded(server, options):
    server.route("/t", meta_page(server.url("/landing?utm_source=a&amp;utm_medium=b")))
    server.route("/landing", Reply(200))
    result = check_one(server.url("/t?utm_source=a&utm_medium=b"), options)
    assert result.outcome == "pass", result.to_json()
    assert server.requests[-1].target == b"/landing?utm_source=a&utm_medium=b"


def test_a_page_that_reloads_itself_or_later_is_a_landing_page(server, options):
    server.route("/self", Reply(200, HTML, b'<meta http-equiv="refresh" content="0">'))
    server.route("/later", Reply(200, HTML, b'<meta http-equiv="refresh" content="300;url=/elsewhere">'))
    server.route("/handler", Reply(200, HTML, b'<script>btn.onclick = function () { window.location = "/x"; }</script>'))
    for path in ("/self", "/later", "/handler"):
        result = check_one(server.url(f"{path}?{Q}"), options)
        assert result.outcome == "pass" and len(result.hops) == 1, path
    assert all(r.target.split(b"?")[0] in (b"/self", b"/later", b"/handler") for r in server.requests)


def test_head_mode_does_not_read_pages(server, options):
    server.route("/t", meta_page("/landing"))
    result = check_one(server.url(f"/t?{Q}"), opts(options, method="head"))
    assert len(result.hops) == 1 and server.hits("/landing") == []


@pytest.fixture
def loopback_one_is_public(monkeypatch):
    real = safety.address_refusal
    monkeypatch.setattr(safety, "address_refusal", lambda address: None if str(address) == "127.0.0.1" else real(address))


@pytest.fixture
def private_server():
    live = LiveServer(host="127.0.0.2")
    yield live
    live.stop()


@pytest.mark.parametrize("page", [meta_page, script_page], ids=["meta-refresh", "script"])
def test_interstitial_to_a_private_address_is_refused(server, private_server, options, loopback_one_is_public,
                                                     page):
    server.route("/t", page(private_server.url(f"/internal?{Q}")))
    private_server.route("/internal", Reply(200))
    result = check_one(server.url(f"/t?{Q}"), opts(options, allow_private=False))
    assert result.outcome == "fail"
    assert "127.0.0.2 is a loopback address" in result.check("resolution").message
    assert private_server.requests == []


def test_interstitial_to_cloud_metadata_is_refused_before_any_connection(server, options, loopback_one_is_public,
                                                                       no_internet):
    server.route("/t", script_page("http://169.254.169.254/latest/meta-data/"))
    result = check_one(server.url(f"/t?{Q}"), opts(options, allow_private=False))
    assert result.outcome == "fail"
    assert "169.254.169.254 is a link-local address" in result.check("resolution").message
    assert no_internet == []


# Offline is not broken ----------------------------------------------------------------------------------


def test_unresolvable_host_is_inconclusive_and_not_cached(options, tmp_path, capsys, monkeypatch):
    cached = opts(options, use_cache=True, cache_dir=tmp_path / "c")
    url = f"https://tracker.invalid/c/abc?{Q}"
    result = check_one(url, cached)
    assert result.outcome == "inconclusive"
    assert "cannot resolve tracker.invalid" in result.check("resolution").message
    assert not (tmp_path / "c" / CACHE_FILE).exists() or "tracker.invalid" not in (tmp_path / "c" / CACHE_FILE).read_text()
    monkeypatch.chdir(tmp_path)
    assert main(["check", url]) == 0  # a push on a train is not blocked
    assert main(["check", url, "--strict"]) == 1
    assert f"INCONCLUSIVE {url}  (no answer)" in capsys.readouterr().out


def test_refused_connection_is_inconclusive_and_not_cached(options, tmp_path):
    import socket

    spare = socket.socket()
    spare.bind(("127.0.0.1", 0))
    port = spare.getsockname()[1]
    spare.close()
    cached = opts(options, use_cache=True, cache_dir=tmp_path / "c", retries=0)
    assert check_one(f"http://127.0.0.1:{port}/?{Q}", cached).outcome == "inconclusive"
    assert check_one(f"http://127.0.0.1:{port}/?{Q}", cached).cached is False


def test_cached_result_says_how_old_it_is(server, options, tmp_path):
    server.route("/landing", Reply(200))
    cached = opts(options, use_cache=True, cache_dir=tmp_path / "c")
    url = server.url(f"/landing?{Q}")
    check_one(url, cached)
    again = check_one(url, cached)
    assert again.cached and len(server.requests) == 1
    again.checked_at -= 3 * 3600 + 60
    assert f"PASS         {url}  (no redirect, cached, 3 h old)" in render("text", [again])


def test_cached_pass_expires_by_max_age(server, options, tmp_path):
    server.route("/landing", Reply(200))
    cached = opts(options, use_cache=True, cache_dir=tmp_path / "c")
    url = server.url(f"/landing?{Q}")
    check_one(url, cached)
    time.sleep(1.1)
    assert not check_one(url, opts(cached, cache_max_age=1)).cached
    assert len(server.requests) == 2


def test_redirect_loop_is_reported_as_a_loop_with_its_hop_count(server, options):
    server.redirect("/self", server.url(f"/self?{Q}"))
    server.redirect("/a", server.url(f"/b?{Q}"))
    server.redirect("/b", server.url(f"/c?{Q}"))
    server.redirect("/c", server.url(f"/a?{Q}"))
    self_loop, loop = check_urls([server.url(f"/self?{Q}"), server.url(f"/a?{Q}")], options)
    assert self_loop.outcome == loop.outcome == "fail"
    text = render("text", [self_loop, loop])
    assert "(redirect loop after 1 hop)" in text and "(redirect loop after 3 hops)" in text
    assert "redirects)" not in text.split("\n")[0]
    assert loop.check("redirects").message == "Redirect loop: hop 3 sends the browser back to hop 1 (a loop of 3 hops)."


def test_a_loop_through_a_cookie_check_is_inconclusive(server, options):
    server.route("/login", Reply(302, [("Location", "/check"), ("Set-Cookie", "seen=1")], b""))
    server.redirect("/check", "/login")  # without the cookie, back again
    result = check_one(server.url(f"/login?{Q}"), options)
    assert result.outcome == "inconclusive"
    assert "after setting a cookie" in result.check("redirects").message


# mlz and JSON ----------------------------------------------------------------------------------------------


def test_json_names_hop_kinds(server, options, capsys):
    server.route("/t", meta_page(server.url(f"/landing?{Q}")))
    server.route("/landing", Reply(200))
    assert main(["check", server.url(f"/t?{Q}"), "--format", "json", *FAST]) == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert [h.get("kind") for h in item["hops"]] == ["meta-refresh", None]
