"""One poll of one feed, and how its outcome moves the feed's poll state.

``FeedPoller.poll`` does the I/O (conditional GET through the SSRF guard, a full-text
fetch for summary-only items) and returns plain data: the poll event for the
feed-polls topic, the raw articles to publish and, for an unusable feed, a dead
letter. ``apply_poll`` folds a poll event into the feed's state (pure). The Faust
shell (agents/feeds.py) and ``monitor bench feeds`` both drive these.
"""
from __future__ import annotations

import asyncio
import random
import time
from dataclasses import dataclass, field

from monitor.articles import article_id, raw_article
from monitor.deadletter import dead_letter
from monitor.feeds import schedule
from monitor.feeds.canonical import article_identity
from monitor.feeds.fetch import HostLimiter, feed_client, fetch_feed
from monitor.feeds.fulltext import fetch_article_text, needs_full_text
from monitor.feeds.parse import parse_feed

MAX_FEED_BYTES = 5_000_000
MAX_NEW_ITEMS_PER_POLL = 200   # a feed that suddenly lists thousands is not news; the rest comes next poll


@dataclass
class PollOutcome:
    event: dict                                   # schemas/feed_poll.json
    articles: list[dict] = field(default_factory=list)   # schemas/raw_article.json
    dead_letter: dict | None = None


class FeedPoller:
    """Polls feeds politely: validators, a per-host concurrency limit, bounded bodies."""

    def __init__(self, *, client=None, limiter: HostLimiter | None = None, full_text: bool = True,
                 max_bytes: int = MAX_FEED_BYTES):
        self.client = client or feed_client(max_bytes=max_bytes)
        self.limiter = limiter or HostLimiter()
        self.full_text = full_text
        self.max_bytes = max_bytes

    async def aclose(self) -> None:
        await self.client.aclose()

    async def poll(self, state: dict, now: float | None = None) -> PollOutcome:
        now = time.time() if now is None else now
        r = await fetch_feed(self.client, state, max_bytes=self.max_bytes, limiter=self.limiter)
        event = {"url": state["url"], "at": now, "status": r.status, "elapsed_s": r.elapsed_s,
                 "etag": r.etag, "last_modified": r.last_modified, "permanent_url": r.permanent_url,
                 "new_items": 0, "duplicate_items": 0, "item_ids": []}
        if r.not_modified:
            return PollOutcome({**event, "outcome": "not_modified"})
        if not r.ok:
            return PollOutcome({**event, "outcome": "error", "error_kind": r.error_kind, "error": r.error,
                                "retry_after": None if r.retry_after is None else str(r.retry_after)})
        # feedparser is CPU work on up to 5 MB: keep it off the event loop.
        parsed = await asyncio.to_thread(parse_feed, r.body, url=r.final_url, content_type=r.content_type)
        if parsed.fatal:
            reason = parsed.bozo_reason or "not a feed"
            return PollOutcome(
                {**event, "outcome": "fatal", "error_kind": "unparseable", "error": reason},
                dead_letter=dead_letter(stage="feeds", reason="unparseable_feed", error=reason,
                                        payload=r.body, key=state["url"]))
        ids, items = [], []
        for item in parsed.items:
            identity = article_identity(item["url"]) if item.get("url") else f"guid:{item.get('guid')}"
            ids.append(article_id(identity))
            items.append((identity, item))
        new = set(schedule.unseen(state, ids))
        articles = []
        for aid, (identity, item) in zip(ids, items):
            if aid not in new or len(articles) >= MAX_NEW_ITEMS_PER_POLL:
                continue
            text = item.get("content_text") or item.get("summary_text") or ""
            if self.full_text and item.get("url") and needs_full_text(item):
                full, _error = await fetch_article_text(self.client, item["url"], limiter=self.limiter)
                text = full or text  # keep the summary when the page cannot be had
            if not text.strip():
                continue
            articles.append(raw_article(identity=identity, source=item.get("url") or state["url"], text=text,
                                        source_key=state["url"], url=item.get("url"), feed=state["url"],
                                        outlet=parsed.title, title=item.get("title"),
                                        published=item.get("published")))
        # Every id the feed lists is remembered (not only the new ones), so items a feed
        # keeps listing are not forgotten and published again.
        return PollOutcome({**event, "outcome": "ok", "new_items": len(articles),
                            "duplicate_items": len(ids) - len(new), "item_ids": ids,
                            "error": parsed.bozo_reason if parsed.bozo else None},
                           articles)


def apply_poll(state: dict, event: dict, rng: random.Random | None = None) -> dict:
    """The feed's next poll state after one poll event (pure but for the jitter's rng)."""
    rng = rng or random.Random()
    now = event["at"]
    if event["outcome"] == "not_modified":
        return schedule.after_not_modified(state, now=now, rng=rng, etag=event.get("etag"),
                                           last_modified=event.get("last_modified"))
    if event["outcome"] == "ok":
        new = schedule.after_success(state, now=now, etag=event.get("etag"),
                                     last_modified=event.get("last_modified"), status=event.get("status") or 200,
                                     rng=rng)
        return schedule.remember_items(new, event.get("item_ids") or [])
    retry_after = float(event["retry_after"]) if event.get("retry_after") else None
    return schedule.after_error(state, now=now, error_kind=event.get("error_kind") or "error",
                                retry_after=retry_after, rng=rng, status=event.get("status"),
                                error=event.get("error"))
