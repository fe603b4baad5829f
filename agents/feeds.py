"""Feed ingestion agents: the feed registry, poll results, and a timer that polls.

    feeds (compacted) --feed_registry--> feed_state table (per feed URL, partitioned)
    timer: feeds of this worker's partitions that are due -> FeedPoller.poll
           -> raw-articles (key: feed URL), dead-letters, feed-polls
    feed-polls --feed_poll_log--> feed_state (validators, next poll time, items seen)

Feeds are spread over workers by partition, so adding workers adds polling capacity.
All the polling logic is in monitor/poller.py and monitor/feeds/.
"""
from __future__ import annotations

import asyncio
import json
import logging
import random
import time

import structlog
from prometheus_client import Counter, Histogram

from agents.app import app, dead_letters_topic, raw_articles_topic, raw_keys, topic
from monitor import metrics, topics
from monitor.feeds import schedule
from monitor.poller import FeedPoller, apply_poll

log = structlog.get_logger("monitor.feeds")
logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per request is noise; polls are logged

feeds_topic = topic(topics.FEEDS)
feed_polls_topic = topic(topics.FEED_POLLS)
feed_state = raw_keys(app.Table("feed-state", default=None, partitions=topics.FEEDS.partitions, key_type=str,
                       help="poll state per canonical feed URL"))

POLLS = Counter("monitor_feed_polls_total", "Feed polls by outcome (ok, not_modified, error, fatal)",
                ["outcome"], registry=metrics.REGISTRY)
POLL_ERRORS = Counter("monitor_feed_errors_total", "Failed feed polls by kind", ["kind"], registry=metrics.REGISTRY)
ITEMS = Counter("monitor_feed_items_total", "Feed items by novelty (new, duplicate)", ["kind"],
                registry=metrics.REGISTRY)
FETCH_SECONDS = Histogram("monitor_feed_fetch_seconds", "Feed fetch latency", registry=metrics.REGISTRY,
                          buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 20))

MAX_PARALLEL_POLLS = 32
_inflight: dict[str, float] = {}
_slots = asyncio.Semaphore(MAX_PARALLEL_POLLS)
_poller: FeedPoller | None = None
_rng = random.Random()


@app.agent(feeds_topic)
async def feed_registry(stream):
    """Registrations and removals -> the feed's poll state."""
    async for event in stream.events():
        record = event.value
        url = record.get("url")
        if not url:
            continue
        if record.get("deleted"):
            feed_state.pop(url, None)
            continue
        current = feed_state.get(url)
        interval = float(record.get("interval_s") or schedule.DEFAULT_INTERVAL_S)
        if current is None:
            feed_state[url] = schedule.new_state(url, interval_s=interval, now=time.time())
        elif current.get("interval_s") != interval:
            feed_state[url] = {**current, "interval_s": interval}


@app.agent(feed_polls_topic)
async def feed_poll_log(stream):
    """Poll results -> the feed's next poll time, validators and remembered items."""
    async for event in stream.events():
        poll = event.value
        current = feed_state.get(poll["url"])
        if current is None:
            continue  # removed while the poll was running
        feed_state[poll["url"]] = apply_poll(current, poll, _rng)


async def _publish(url: str, outcome) -> None:
    for article in outcome.articles:
        # raw-articles carries bytes: the normalize agent decodes and validates them itself
        await raw_articles_topic.send(key=article["source_key"], value=json.dumps(article).encode("utf-8"))
    if outcome.dead_letter:
        metrics.DEAD_LETTERS.labels("feeds", outcome.dead_letter["reason"]).inc()
        await dead_letters_topic.send(key=url, value=outcome.dead_letter)


async def _poll(url: str, state: dict) -> None:
    """Poll one feed and publish what came of it. Whatever fails, a poll event goes out,
    so the feed's schedule moves on (with backoff) instead of stalling."""
    global _poller
    async with _slots:
        _poller = _poller or FeedPoller()
        try:
            outcome = await _poller.poll(state)
            await _publish(url, outcome)
            event = outcome.event
        except Exception as exc:  # a bug or a broker hiccup must not stop this feed for good
            log.exception("feed_poll_failed", url=url)
            event = {"url": url, "at": time.time(), "status": None, "outcome": "error",
                     "error_kind": "internal", "error": repr(exc)[:500]}
        POLLS.labels(event["outcome"]).inc()
        if event["outcome"] in ("error", "fatal"):
            POLL_ERRORS.labels(event.get("error_kind") or "unknown").inc()
        if event.get("elapsed_s") is not None:
            FETCH_SECONDS.observe(event["elapsed_s"])
        ITEMS.labels("new").inc(event.get("new_items", 0))
        ITEMS.labels("duplicate").inc(event.get("duplicate_items", 0))
        log.info("feed_polled", url=url, outcome=event["outcome"], status=event.get("status"),
                 new=event.get("new_items", 0))
        await feed_polls_topic.send(key=url, value=event)


@app.timer(interval=1.0)
async def poll_due_feeds():
    """Start a poll for each local feed that is due (one at a time per feed)."""
    now = time.time()
    for url, state in list(feed_state.items()):
        if not state or not schedule.due(state, now):
            continue
        if _inflight.get(url) == state["next_poll_at"]:
            continue  # polled; waiting for its result to move next_poll_at
        _inflight[url] = state["next_poll_at"]
        asyncio.ensure_future(_poll(url, state))
