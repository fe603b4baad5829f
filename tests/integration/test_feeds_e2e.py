"""Issue 7 end to end: a real local feed server -> poller -> Kafka -> extraction -> facts
-> an alert at a real webhook receiver. Includes a syndicated copy on a second feed and
an unusable feed."""
from __future__ import annotations

import asyncio
import json
import threading
import time

import httpx
import pytest

from monitor.schemas import errors
from tests.fixtures.feeds.build import build_atom, build_rss, seed_items
from tests.fixtures.feeds.server import FeedServer
from tests.integration.receiver import Receiver
from tests.integration.streaming import Worker, read_topic

ENV = {"MONITOR_API_TOKEN": "feed-test-token", "MONITOR_ALLOW_PRIVATE_NETWORKS": "127.0.0.0/8",
       "MONITOR_WEBHOOK_SCHEDULE": "0.5,1,2"}


class ThreadedFeedServer:
    """FeedServer on its own event loop in a thread, for a worker in another process."""

    def __enter__(self) -> FeedServer:
        ready = threading.Event()
        self.loop = asyncio.new_event_loop()

        def run():
            asyncio.set_event_loop(self.loop)
            self.server = FeedServer()
            self.loop.run_until_complete(self.server.__aenter__())
            ready.set()
            self.loop.run_forever()
            self.loop.run_until_complete(self.server.__aexit__(None, None, None))

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()
        ready.wait(10)
        return self.server

    def __exit__(self, *exc):
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)


@pytest.fixture
def feed_worker(kafka_bootstrap, tmp_path):
    w = Worker(kafka_bootstrap, tmp_path, extra_env=dict(ENV)).start()
    yield w
    w.stop()


def test_feeds_to_alerts_at_a_webhook_with_syndicated_copies_counted_once(feed_worker, tmp_path):
    receiver = Receiver().start()
    try:
        with ThreadedFeedServer() as server:
            items = seed_items(server.url(""))
            # The wire copy: the same story under another outlet's URL.
            copy = {**items[-1], "link": server.url("/syndicated/reuters-copy"), "guid": "copy-1"}
            server.serve("/rss.xml", build_rss(items[:3]), etag='"r1"')
            server.serve("/atom.xml", build_atom(items[3:] + [copy]), content_type="application/atom+xml")
            server.serve("/junk.xml", b"\x00\xff binary, not a feed" * 10, content_type="application/xml")

            sub = feed_worker.cli("subscriptions", "add", receiver.url, "--url", feed_worker.url)
            assert sub.returncode == 0, sub.stderr
            for path in ("/rss.xml", "/atom.xml", "/junk.xml"):
                added = feed_worker.cli("feeds", "add", server.url(path), "--interval", "60")
                assert added.returncode == 0, added.stderr
            listed = json.loads(feed_worker.cli("feeds", "list", "--json").stdout)
            assert {f["url"] for f in listed} == {server.url(p) for p in ("/rss.xml", "/atom.xml", "/junk.xml")}

            # Every article reaches the facts; the copy adds no source.
            raw = read_topic(feed_worker.bootstrap, feed_worker.topic("raw-articles"), want=6)
            assert len(raw) == 6, feed_worker.log_tail()
            for article in raw:
                assert errors("raw_article.json", article) == []
                assert article["feed"] and article["url"] and article["fetched_at"]
            # (the two feeds are polled concurrently, so figure changes may arrive before the releasees:
            # wait for the releasees rather than for the first five alerts of any kind)
            got = receiver.wait_until(
                lambda ds: len(ds) >= 5 and [d.alert["type"] for d in ds].count("new_releasee") >= 3, timeout=120)
            types = [d.alert["type"] for d in got]
            assert types.count("new_event") == 1 and types.count("new_releasee") == 3, types

            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                rows = httpx.get(f"{feed_worker.url}/facts").json()["rows"]
                released = [r for r in rows if r["figure"] == "released" and r["event_scope"] == "reported"]
                if released and released[0]["sources"] >= 5:
                    break
                time.sleep(1)
            assert released[0]["value"] == 123 and released[0]["sources"] == 5  # six articles, five sources

            # The binary "feed" is a dead letter, not a crash; the others polled fine.
            dead = read_topic(feed_worker.bootstrap, feed_worker.topic("dead-letters"), want=1, timeout=30)
            assert [d["reason"] for d in dead] == ["unparseable_feed"]
            polls = read_topic(feed_worker.bootstrap, feed_worker.topic("feed-polls"), want=3, timeout=30)
            assert {p["outcome"] for p in polls} == {"ok", "fatal"}
            for poll in polls:
                assert errors("feed_poll.json", poll) == []
            assert any("monitor-feeds" in h.get("User-Agent", "") for _, h in server.requests)
            metrics = httpx.get(f"{feed_worker.url}/metrics").text
            assert 'monitor_feed_polls_total{outcome="ok"} 2.0' in metrics
            assert 'monitor_feed_items_total{kind="new"} 6.0' in metrics

            removed = feed_worker.cli("feeds", "remove", server.url("/junk.xml"))
            assert removed.returncode == 0
            listed = json.loads(feed_worker.cli("feeds", "list", "--json").stdout)
            assert server.url("/junk.xml") not in {f["url"] for f in listed}
    finally:
        receiver.stop()
