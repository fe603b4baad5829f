"""Read topics as a user would watch them: from the beginning, then follow."""
from __future__ import annotations

import json
from collections.abc import AsyncIterator


async def tail(bootstrap: str, topic_names: list[str], *, follow: bool = True,
               idle_timeout_s: float = 2.0, heartbeat: bool = False) -> AsyncIterator[tuple[str, dict]]:
    """Yield (topic, value) from the start of each topic; without `follow`,
    stop once nothing new arrived for `idle_timeout_s`. With `heartbeat`, yield
    ("", {}) whenever that long passed quietly (a cue to redraw a summary)."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(*topic_names, bootstrap_servers=bootstrap, group_id=None,
                                auto_offset_reset="earliest", enable_auto_commit=False)
    await consumer.start()
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=int(idle_timeout_s * 1000))
            if not batch and not follow:
                return
            if not batch and heartbeat:
                yield "", {}
            for tp, records in sorted(batch.items(), key=lambda kv: (kv[0].topic, kv[0].partition)):
                for record in records:
                    try:
                        yield tp.topic, json.loads(record.value)
                    except ValueError:
                        continue  # not ours to show; the agents dead-letter bad input
    finally:
        await consumer.stop()


async def read_all(bootstrap: str, topic_name: str) -> list[tuple[bytes | None, dict | None]]:
    """Every (key, value) of a topic up to its current end; None for tombstones and non-JSON."""
    from aiokafka import AIOKafkaConsumer, TopicPartition

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        parts = [TopicPartition(topic_name, p) for p in sorted(await topic_partitions(consumer, topic_name))]
        if not parts:
            return []
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        end = await consumer.end_offsets(parts)
        out: list[tuple[bytes | None, dict | None]] = []
        async def behind() -> bool:
            return any([await consumer.position(tp) < end[tp] for tp in parts])

        while await behind():
            batch = await consumer.getmany(timeout_ms=1000)
            for records in batch.values():
                for record in records:
                    try:
                        out.append((record.key, json.loads(record.value) if record.value else None))
                    except ValueError:
                        out.append((record.key, None))
        return out
    finally:
        await consumer.stop()


async def topic_partitions(consumer, topic_name: str) -> set[int]:
    """Partition numbers of a topic. (A consumer that subscribed to nothing knows no
    topic: `partitions_for_topic` is None, and `topics()` does not fill its cache.)"""
    if known := consumer.partitions_for_topic(topic_name):
        return known
    await consumer._client.force_metadata_update()
    return consumer._client.cluster.partitions_for_topic(topic_name) or set()
