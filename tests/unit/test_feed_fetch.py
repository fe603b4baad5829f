"""Fetching feeds from a real local HTTP server through the SSRF-guarded client."""
from __future__ import annotations

import asyncio
import gzip
import ipaddress
import random
import tracemalloc
import zlib

import pytest
from aiohttp import web

from monitor.feeds.fetch import (MAX_REDIRECTS, USER_AGENT, HostLimiter, feed_client, fetch_feed,
                                 parse_retry_after)
from monitor.feeds.parse import parse_feed
from monitor.feeds.schedule import after_not_modified, after_success, new_state
from monitor.webhooks.ssrf import guarded_client
from tests.fixtures.feeds.build import build_atom, build_rss, seed_items
from tests.fixtures.feeds.server import FeedServer

ONLY_127_0_0_1 = [ipaddress.ip_network("127.0.0.1/32")]
FEED = build_rss(seed_items())
LAST_MODIFIED = "Sat, 13 Dec 2025 15:00:00 GMT"


def state_for(url: str) -> dict:
    return new_state(url, now=0)


@pytest.fixture
async def server():
    async with FeedServer() as s:
        yield s


@pytest.fixture
async def client():
    async with feed_client(allow=ONLY_127_0_0_1) as c:
        yield c


async def test_fetches_a_feed_and_reports_validators(server, client):
    server.serve("/feed.xml", FEED, etag='"v1"', last_modified=LAST_MODIFIED)
    result = await fetch_feed(client, state_for(server.url("/feed.xml")))
    assert (result.ok, result.status, result.error_kind) == (True, 200, None)
    assert result.body == FEED
    assert (result.etag, result.last_modified) == ('"v1"', LAST_MODIFIED)
    assert result.content_type.startswith("application/rss+xml")
    assert result.final_url == server.url("/feed.xml") and result.permanent_url is None
    parsed = parse_feed(result.body, url=result.final_url, content_type=result.content_type)
    assert len(parsed.items) == 5 and not parsed.bozo


async def test_sends_an_honest_user_agent_and_asks_for_compression(server, client):
    server.serve("/feed.xml", FEED)
    await fetch_feed(client, state_for(server.url("/feed.xml")))
    [(_, headers)] = server.requests
    assert headers["User-Agent"] == USER_AGENT and "monitor-feeds" in USER_AGENT
    assert "gzip" in headers["Accept-Encoding"]
    assert "application/rss+xml" in headers["Accept"]
    assert "If-None-Match" not in headers and "If-Modified-Since" not in headers


async def test_etag_round_trip_gives_304_without_a_body(server, client):
    server.serve("/feed.xml", FEED, etag='"v1"', last_modified=LAST_MODIFIED)
    rng = random.Random(1)
    first = await fetch_feed(client, state_for(server.url("/feed.xml")))
    state = after_success(state_for(server.url("/feed.xml")), now=100.0, etag=first.etag,
                          last_modified=first.last_modified, rng=rng)
    second = await fetch_feed(client, state)
    assert (second.status, second.body, second.error_kind, second.not_modified, second.ok) == (
        304, None, None, True, False)
    assert server.requests[-1][1]["If-None-Match"] == '"v1"'
    assert server.requests[-1][1]["If-Modified-Since"] == LAST_MODIFIED
    assert after_not_modified(state, now=200.0, rng=rng)["etag"] == '"v1"'


async def test_if_modified_since_alone_gives_304(server, client):
    server.serve("/feed.xml", FEED, last_modified=LAST_MODIFIED)
    state = after_success(state_for(server.url("/feed.xml")), now=0.0, etag=None,
                          last_modified=LAST_MODIFIED, rng=random.Random(1))
    result = await fetch_feed(client, state)
    assert (result.status, result.body) == (304, None)


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "raw-deflate"])
async def test_compressed_responses_are_decoded(server, client, encoding):
    server.serve("/feed.xml", FEED, encoding=encoding)
    result = await fetch_feed(client, state_for(server.url("/feed.xml")))
    assert result.ok and result.body == FEED


async def test_concatenated_gzip_members_are_one_body(server, client):
    async def two_members(request):
        data = gzip.compress(FEED[:1000]) + gzip.compress(FEED[1000:])
        return web.Response(body=data, headers={"Content-Encoding": "gzip"})
    server.route("/feed.xml", two_members)
    result = await fetch_feed(client, state_for(server.url("/feed.xml")))
    assert result.body == FEED


async def test_unsupported_or_corrupt_encodings_are_errors(server, client):
    async def brotli(request):
        return web.Response(body=b"\x0b\x02\x80hello\x03", headers={"Content-Encoding": "br"})

    async def corrupt(request):
        return web.Response(body=b"\x1f\x8b\x08\x00garbage-not-gzip" * 10, headers={"Content-Encoding": "gzip"})
    server.route("/br", brotli)
    server.route("/corrupt", corrupt)
    for path in ("/br", "/corrupt"):
        result = await fetch_feed(client, state_for(server.url(path)))
        assert (result.error_kind, result.body, result.status) == ("bad_encoding", None, 200), path


# --- redirects -------------------------------------------------------------------------

async def test_follows_a_redirect_chain_and_reports_where_it_ended(server, client):
    server.serve("/feed.xml", FEED)
    for n in range(MAX_REDIRECTS, 0, -1):  # /r5 -> /r4 -> ... -> /r1 -> /feed.xml
        server.redirect(f"/r{n}", f"/r{n - 1}" if n > 1 else "/feed.xml", status=302 if n % 2 else 307)
    result = await fetch_feed(client, state_for(server.url(f"/r{MAX_REDIRECTS}")))
    assert result.ok and result.body == FEED
    assert result.final_url == server.url("/feed.xml")
    assert result.permanent_url is None  # temporary hops: keep polling the old URL
    assert len(server.requests) == MAX_REDIRECTS + 1


async def test_permanent_redirects_report_the_new_url(server, client):
    server.serve("/new.xml", FEED)
    server.redirect("/old.xml", "/older.xml", status=301)
    server.redirect("/older.xml", server.url("/new.xml"), status=308)
    server.redirect("/mixed.xml", "/old.xml", status=302)
    moved = await fetch_feed(client, state_for(server.url("/old.xml")))
    assert moved.ok and moved.permanent_url == server.url("/new.xml")
    mixed = await fetch_feed(client, state_for(server.url("/mixed.xml")))
    assert mixed.ok and mixed.permanent_url is None


async def test_more_than_five_hops_are_refused(server, client):
    server.serve("/feed.xml", FEED)
    for n in range(MAX_REDIRECTS + 1, 0, -1):
        server.redirect(f"/r{n}", f"/r{n - 1}" if n > 1 else "/feed.xml")
    result = await fetch_feed(client, state_for(server.url(f"/r{MAX_REDIRECTS + 1}")))
    assert (result.error_kind, result.body, result.status) == ("too_many_redirects", None, 302)
    assert "/feed.xml" not in server.paths()


async def test_a_redirect_loop_is_detected(server, client):
    server.redirect("/a", "/b")
    server.redirect("/b", "/a")
    result = await fetch_feed(client, state_for(server.url("/a")))
    assert result.error_kind == "redirect_loop"
    assert server.paths() == ["/a", "/b"]


async def test_each_hop_is_vetted_a_redirect_to_a_refused_address_is_not_followed(server, client):
    # The client allows 127.0.0.1 only; 127.0.0.2 is loopback but not allowed.
    server.serve("/feed.xml", FEED)
    server.redirect("/out", server.url("/feed.xml", host="127.0.0.2"))
    result = await fetch_feed(client, state_for(server.url("/out")))
    assert (result.error_kind, result.body) == ("refused", None)
    assert "127.0.0.2" in result.error and result.final_url.startswith("http://127.0.0.2")
    assert server.paths() == ["/out"]


async def test_a_refused_feed_url_is_never_contacted(server):
    server.serve("/feed.xml", FEED)
    async with feed_client(allow=[]) as strict:
        result = await fetch_feed(strict, state_for(server.url("/feed.xml")))
    assert result.error_kind == "refused" and server.requests == []


async def test_bad_redirects_are_errors(server, client):
    async def no_location(request):
        return web.Response(status=302)
    server.route("/nowhere", no_location)
    server.redirect("/ftp", "ftp://files.example/feed.xml")
    for path in ("/nowhere", "/ftp"):
        result = await fetch_feed(client, state_for(server.url(path)))
        assert (result.error_kind, result.status) == ("bad_redirect", 302), path


# --- size and time bounds -----------------------------------------------------------

async def test_a_body_over_max_bytes_is_too_large(server, client):
    server.serve("/big", b"<rss>" + b"x" * 300_000)
    result = await fetch_feed(client, state_for(server.url("/big")), max_bytes=100_000)
    assert (result.error_kind, result.body, result.status) == ("too_large", None, 200)
    assert "Content-Length" in result.error


async def test_a_streamed_body_without_length_is_cut_at_max_bytes(server, client):
    async def endless(request):
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        try:
            for _ in range(200):  # 12.8 MB at most; the client hangs up long before
                await response.write(b"y" * 65536)
        except (ConnectionResetError, ConnectionError):
            pass
        return response
    server.route("/endless", endless)
    result = await fetch_feed(client, state_for(server.url("/endless")), max_bytes=200_000)
    assert result.error_kind == "too_large" and result.body is None


_BOMB: bytes | None = None


def gzip_bomb() -> bytes:
    """100 MB of zeros in ~100 kB of gzip."""
    global _BOMB
    if _BOMB is None:
        c = zlib.compressobj(9, wbits=16 + zlib.MAX_WBITS)
        chunk = bytes(1 << 20)
        _BOMB = b"".join(c.compress(chunk) for _ in range(100)) + c.flush()
    return _BOMB


async def test_a_gzip_bomb_is_stopped_without_inflating_it(server, client):
    bomb = gzip_bomb()
    assert len(bomb) < 200_000

    async def handler(request):
        return web.Response(body=bomb, headers={"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"})
    server.route("/bomb", handler)
    tracemalloc.start()
    try:
        result = await fetch_feed(client, state_for(server.url("/bomb")), max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (result.error_kind, result.body) == ("too_large", None)
    assert "decompressed" in result.error
    assert peak < 12_000_000  # ~max_bytes plus buffers, nowhere near 100 MB


async def test_a_client_whose_cap_is_below_max_bytes_reports_truncation(server):
    server.serve("/feed.xml", FEED)
    async with guarded_client(allow=ONLY_127_0_0_1, max_body=1000) as small:
        result = await fetch_feed(small, state_for(server.url("/feed.xml")))
    assert result.error_kind == "truncated" and result.body is None


async def test_a_server_that_never_answers_times_out(server, client):
    async def hang(request):
        await server.release.wait()
        return web.Response(text="too late")
    server.route("/slow", hang)
    result = await fetch_feed(client, state_for(server.url("/slow")), timeout=0.3)
    assert (result.error_kind, result.body, result.status) == ("timeout", None, None)


async def test_a_body_that_stalls_midway_times_out(server, client):
    async def stall(request):
        response = web.StreamResponse(headers={"Content-Type": "application/rss+xml"})
        await response.prepare(request)
        await response.write(FEED[:500])
        await server.release.wait()
        return response
    server.route("/stall", stall)
    result = await fetch_feed(client, state_for(server.url("/stall")), timeout=0.3)
    assert (result.error_kind, result.status, result.body) == ("timeout", 200, None)


async def test_a_closed_port_is_a_connect_error(client):
    async with FeedServer() as gone:
        url = gone.url("/feed.xml")
    result = await fetch_feed(client, state_for(url))
    assert result.error_kind == "connect"


# --- statuses --------------------------------------------------------------------------

@pytest.mark.parametrize("status,headers,retry_after", [
    (404, {}, None),
    (410, {}, None),
    (500, {}, None),
    (429, {"Retry-After": "120"}, 120.0),
])
async def test_error_statuses_are_http_errors_with_retry_after(server, client, status, headers, retry_after):
    server.serve("/feed.xml", b"nope", status=status, headers=headers)
    result = await fetch_feed(client, state_for(server.url("/feed.xml")))
    assert (result.error_kind, result.status, result.body, result.retry_after) == ("http", status, None, retry_after)
    assert str(status) in result.error


async def test_no_content_is_not_a_feed_body(server, client):
    async def empty(request):
        return web.Response(status=204)
    server.route("/feed.xml", empty)
    result = await fetch_feed(client, state_for(server.url("/feed.xml")))
    assert (result.error_kind, result.status) == ("http", 204)


def test_retry_after_accepts_seconds_and_http_dates():
    now = 1_765_638_000.0  # Sat, 13 Dec 2025 15:00:00 GMT
    assert parse_retry_after("120", now) == 120.0
    assert parse_retry_after("Sat, 13 Dec 2025 15:10:00 GMT", now) == 600.0
    assert parse_retry_after("Sat, 13 Dec 2025 14:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon", now) is None and parse_retry_after(None, now) is None
    assert parse_retry_after("-5", now) is None


# --- bodies that are not good feeds, end to end ------------------------------------------

async def test_mis_encoded_feed_served_with_a_wrong_charset_keeps_its_items(server, client):
    title = "Café – “no regrets”, freed prisoners say"
    body = build_rss([{"title": title, "link": "https://news.example/enc"}], encoding="cp1252", declare="utf-8")
    server.serve("/enc.xml", body, content_type="application/rss+xml; charset=utf-8")
    result = await fetch_feed(client, state_for(server.url("/enc.xml")))
    parsed = parse_feed(result.body, url=result.final_url, content_type=result.content_type)
    assert parsed.bozo and not parsed.fatal and parsed.items[0]["title"] == title


@pytest.mark.parametrize("body,content_type,reason", [
    (b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>",
     "text/html; charset=utf-8", "HTML page"),
    (bytes(range(256)) * 64, "application/octet-stream", "binary"),
])
async def test_bodies_that_are_no_feed_are_fetched_fine_and_parse_fatal(server, client, body, content_type, reason):
    server.serve("/feed.xml", body, content_type=content_type)
    result = await fetch_feed(client, state_for(server.url("/feed.xml")))
    assert result.ok
    parsed = parse_feed(result.body, url=result.final_url, content_type=result.content_type)
    assert parsed.fatal and reason in parsed.bozo_reason


async def test_atom_feed_over_gzip_end_to_end(server, client):
    server.serve("/atom.xml", build_atom(seed_items()), content_type="application/atom+xml", encoding="gzip")
    result = await fetch_feed(client, state_for(server.url("/atom.xml")))
    parsed = parse_feed(result.body, url=result.final_url, content_type=result.content_type)
    assert parsed.version == "atom10" and len(parsed.items) == 5
    assert all(item["content_text"] for item in parsed.items)


# --- per-host concurrency ------------------------------------------------------------------

async def test_host_limiter_admits_per_host_and_forgets_idle_hosts():
    limiter = HostLimiter(per_host=2)
    gate = asyncio.Event()
    inside: dict[str, int] = {"a.example": 0, "b.example": 0}
    peak = dict(inside)

    async def work(host):
        async with limiter.slot(f"https://{host}/feed"):
            inside[host] += 1
            peak[host] = max(peak[host], inside[host])
            await gate.wait()
            inside[host] -= 1

    tasks = [asyncio.create_task(work("a.example")) for _ in range(5)] + [asyncio.create_task(work("b.example"))]
    for _ in range(10):  # let every task run until it blocks (no I/O: deterministic)
        await asyncio.sleep(0)
    assert inside == {"a.example": 2, "b.example": 1}  # another host is not held up
    assert sorted(limiter.hosts()) == ["a.example", "b.example"]
    gate.set()
    await asyncio.gather(*tasks)
    assert peak == {"a.example": 2, "b.example": 1}
    assert limiter.hosts() == []


async def test_fetches_through_a_limiter_keep_at_most_two_requests_in_flight(server, client):
    in_flight = 0
    most = 0
    pair_arrived = asyncio.Event()

    async def held(request):
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        if in_flight >= 2:
            pair_arrived.set()
        await pair_arrived.wait()  # the first request waits for a second one to arrive
        in_flight -= 1
        return web.Response(body=FEED)
    server.route("/feed.xml", held)
    limiter = HostLimiter(per_host=2)
    results = await asyncio.gather(*(fetch_feed(client, state_for(server.url("/feed.xml")), limiter=limiter)
                                     for _ in range(6)))
    assert all(r.ok for r in results)
    assert most == 2


def test_host_limiter_needs_a_positive_limit():
    with pytest.raises(ValueError):
        HostLimiter(per_host=0)
