"""Publish seed articles to the raw-articles topic, in manifest order."""
from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from pathlib import Path

from monitor import topics
from monitor.articles import load_seeds


async def publish(articles: list[dict], *, bootstrap: str, namespace: str, rate: float | None = None,
                  on_sent: Callable[[dict], None] | None = None) -> int:
    """Send each article and wait for the broker's ack before the next (keeps order).

    Articles are keyed by their source key, so one source's articles share a
    partition and are processed in the order they were sent.
    """
    from aiokafka import AIOKafkaProducer

    await topics.ensure_topics(bootstrap, namespace)
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", enable_idempotence=True,
                                max_request_size=4 * 1024 * 1024, compression_type="gzip")
    await producer.start()
    try:
        for article in articles:
            await producer.send_and_wait(
                topics.RAW_ARTICLES.name(namespace),
                key=article["source_key"].encode(),
                value=json.dumps(article, ensure_ascii=False).encode("utf-8"),
            )
            if on_sent:
                on_sent(article)
            if rate:
                await asyncio.sleep(1.0 / rate)
    finally:
        await producer.stop()
    return len(articles)


def replay(path: str | Path, *, bootstrap: str, namespace: str, rate: float | None = None,
           on_sent: Callable[[dict], None] | None = None) -> int:
    return asyncio.run(publish(load_seeds(path), bootstrap=bootstrap, namespace=namespace,
                               rate=rate, on_sent=on_sent))
