"""FeedPoller against a real local feed server; apply_poll's state transitions."""
from __future__ import annotations

import ipaddress
import random

from monitor.poller import FeedPoller, apply_poll
from monitor.feeds import schedule
from monitor.feeds.fetch import HostLimiter, feed_client
from monitor.schemas import errors
from tests.fixtures.feeds.build import build_rss, seed_items
from tests.fixtures.feeds.server import FeedServer

LOCAL = [ipaddress.ip_network("127.0.0.0/8")]


def poller(**kw) -> FeedPoller:
    return FeedPoller(client=feed_client(allow=LOCAL), limiter=HostLimiter(), **kw)


async def test_first_poll_publishes_every_item_then_304_costs_no_work():
    async with FeedServer() as server:
        server.serve("/feed.xml", build_rss(seed_items(server.url(""))), etag='"v1"')
        p = poller()
        state = schedule.new_state(server.url("/feed.xml"), interval_s=60, now=0)
        first = await p.poll(state, now=100)
        assert first.event["outcome"] == "ok" and first.event["new_items"] == 5
        assert errors("feed_poll.json", first.event) == []
        for article in first.articles:
            assert errors("raw_article.json", article) == []
            assert article["feed"] == state["url"] and article["url"].startswith(server.url("/articles/"))
        assert {a["published"] for a in first.articles} >= {"2025-12-13", "2025-12-15"}

        state = apply_poll(state, first.event, random.Random(1))
        assert state["etag"] == '"v1"' and 100 + 54 <= state["next_poll_at"] <= 100 + 66
        second = await p.poll(state, now=200)
        assert second.event["outcome"] == "not_modified" and second.articles == []
        assert server.requests[-1][1].get("If-None-Match") == '"v1"'
        await p.aclose()


async def test_items_already_seen_are_not_published_again():
    async with FeedServer() as server:
        items = seed_items(server.url(""))
        server.serve("/feed.xml", build_rss(items[:3]))
        p = poller()
        state = schedule.new_state(server.url("/feed.xml"), now=0)
        first = await p.poll(state, now=1)
        state = apply_poll(state, first.event, random.Random(1))
        server.serve("/feed.xml", build_rss(items))  # two new items on top
        second = await p.poll(state, now=2)
        assert second.event["new_items"] == 2 and second.event["duplicate_items"] == 3
        assert {a["id"] for a in second.articles}.isdisjoint({a["id"] for a in first.articles})
        await p.aclose()


async def test_summary_only_items_get_their_full_text_from_the_article_page():
    async with FeedServer() as server:
        items = seed_items(server.url(""), full_content=False)[:1]
        page = "<html><body><nav>Home | World</nav><article>" + "".join(
            f"<p>Paragraph {n}: Belarus released 123 political prisoners on Saturday, officials said, "
            f"and rights groups in Vilnius counted the arrivals for the {n}th hour.</p>"
            for n in range(1, 9)) + "</article></body></html>"
        server.serve("/feed.xml", build_rss(items))
        server.serve(items[0]["link"].replace(server.url(""), ""), page.encode(), content_type="text/html")
        p = poller()
        out = await p.poll(schedule.new_state(server.url("/feed.xml"), now=0), now=1)
        text = out.articles[0]["text"]
        assert "Paragraph 8:" in text and "Home | World" not in text
        await p.aclose()


async def test_unusable_feeds_become_dead_letters_and_back_off():
    async with FeedServer() as server:
        server.serve("/binary", b"\x00\x01\x02\xff" * 100, content_type="application/octet-stream")
        server.serve("/broken", b"oops", status=500, content_type="text/plain")
        p = poller()
        state = schedule.new_state(server.url("/binary"), interval_s=60, now=0)
        out = await p.poll(state, now=10)
        assert out.event["outcome"] == "fatal" and out.articles == []
        assert out.dead_letter["reason"] == "unparseable_feed"
        assert errors("dead_letter.json", out.dead_letter) == []
        after = apply_poll(state, out.event, random.Random(1))
        assert after["failures"] == 1 and after["next_poll_at"] > 10 + 60

        state = schedule.new_state(server.url("/broken"), interval_s=60, now=0)
        out = await p.poll(state, now=10)
        assert out.event["outcome"] == "error" and out.dead_letter is None
        twice = apply_poll(apply_poll(state, out.event, random.Random(1)), {**out.event, "at": 20}, random.Random(1))
        assert twice["failures"] == 2 and twice["next_poll_at"] - 20 > 60 * 2 * 0.9
        await p.aclose()


async def test_a_feed_on_a_private_address_is_refused_without_the_allow_list():
    async with FeedServer() as server:
        server.serve("/feed.xml", build_rss(seed_items(server.url(""))))
        p = FeedPoller(client=feed_client(allow=[]))
        out = await p.poll(schedule.new_state(server.url("/feed.xml"), now=0), now=1)
        assert out.event["outcome"] == "error" and out.articles == []
        assert server.requests == []  # refused before anything was sent
        await p.aclose()
