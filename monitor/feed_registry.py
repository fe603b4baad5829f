"""The list of watched feeds, kept in Kafka (compacted topic <ns>.feeds).

The CLI writes registrations straight to the topic; workers fold it into their
poll-state table. Listing reads the topic to its end: Kafka is the source of truth.
"""
from __future__ import annotations

import asyncio
import json

from monitor import topics
from monitor.articles import now_iso

from monitor.feeds.schedule import MIN_INTERVAL_S

DEFAULT_INTERVAL_S = 300.0


def registration(url: str, interval_s: float = DEFAULT_INTERVAL_S) -> dict:
    """A validated feed record; raises ValueError saying what is wrong."""
    from monitor.feeds.canonical import canonical_url
    from monitor.webhooks.ssrf import validate_url

    if interval_s < MIN_INTERVAL_S:
        raise ValueError(f"--interval must be at least {MIN_INTERVAL_S:.0f} seconds")
    validate_url(url)  # scheme and syntax now; addresses are vetted at every poll
    return {"url": canonical_url(url), "interval_s": float(interval_s), "added_at": now_iso()}


async def _send(bootstrap: str, namespace: str, key: str, value: dict | None) -> None:
    from aiokafka import AIOKafkaProducer

    await topics.ensure_topics(bootstrap, namespace)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True)
    await producer.start()
    try:
        await producer.send_and_wait(topics.FEEDS.name(namespace), key=key.encode(),
                                     value=json.dumps(value).encode() if value is not None else None)
    finally:
        await producer.stop()


def add(bootstrap: str, namespace: str, url: str, interval_s: float = DEFAULT_INTERVAL_S) -> dict:
    record = registration(url, interval_s)
    asyncio.run(_send(bootstrap, namespace, record["url"], record))
    return record


def remove(bootstrap: str, namespace: str, url: str) -> bool:
    from monitor.feeds.canonical import canonical_url

    key = canonical_url(url)
    if key not in {f["url"] for f in listing(bootstrap, namespace)}:
        return False
    # A removal marker (not a bare tombstone): workers must see it to drop the feed's state.
    asyncio.run(_send(bootstrap, namespace, key, {"url": key, "deleted": True}))
    return True


def listing(bootstrap: str, namespace: str) -> list[dict]:
    from monitor.follow import read_all

    asyncio.run(topics.ensure_topics(bootstrap, namespace))
    latest: dict[bytes, dict | None] = {}
    for key, value in asyncio.run(read_all(bootstrap, topics.FEEDS.name(namespace))):
        latest[key] = value
    return sorted((v for v in latest.values() if v and not v.get("deleted")), key=lambda v: v["url"])
