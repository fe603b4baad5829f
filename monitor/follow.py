"""Read topics as a user would watch them: from the beginning, then follow."""
from __future__ import annotations

import json
from collections.abc import AsyncIterator


async def tail(bootstrap: str, topic_names: list[str], *, follow: bool = True,
               idle_timeout_s: float = 2.0) -> AsyncIterator[tuple[str, dict]]:
    """Yield (topic, value) from the start of each topic; without `follow`,
    stop once nothing new arrived for `idle_timeout_s`."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(*topic_names, bootstrap_servers=bootstrap, group_id=None,
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=int(idle_timeout_s * 1000))
            if not batch and not follow:
                return
            for tp, records in sorted(batch.items(), key=lambda kv: (kv[0].topic, kv[0].partition)):
                for record in records:
                    try:
                        yield tp.topic, json.loads(record.value)
                    except ValueError:
                        continue  # not ours to show; the agents dead-letter bad input
    finally:
        await consumer.stop()
