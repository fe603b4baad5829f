"""Every Kafka topic the monitor uses, declared in one place.

Partition counts matter: a Faust table's changelog must have as many partitions
as the topic that feeds it, so every table below is declared with the partition
count of its source topic (see `agents/app.py`). Keys are chosen so that all
messages one stateful agent must see together land in the same partition:
articles by article id, claims and alerts by story key.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass

DAY_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class TopicSpec:
    suffix: str          # topic name without the namespace
    partitions: int
    schema: str | None   # file in schemas/ that every value must validate against
    key: str             # what the message key is
    retention_ms: int | None = None   # None: broker default
    compacted: bool = False

    def name(self, namespace: str) -> str:
        return f"{namespace}.{self.suffix}"

    def config(self) -> dict[str, str]:
        cfg = {"cleanup.policy": "compact" if self.compacted else "delete"}
        if self.retention_ms is not None:
            cfg["retention.ms"] = str(self.retention_ms)
        return cfg


# Source topics are few-partitioned for a single-node dev broker; raise the counts
# (and add workers) to scale out — tables follow their source topic's count.
RAW_ARTICLES = TopicSpec("raw-articles", 4, "raw_article.json", "article id", retention_ms=14 * DAY_MS)
ARTICLES = TopicSpec("articles", 4, "article.json", "article id", retention_ms=30 * DAY_MS)
CLAIMS = TopicSpec("claims", 4, "claims.json", "story key", retention_ms=90 * DAY_MS)
ALERTS = TopicSpec("alerts", 4, "alert.json", "story key", retention_ms=365 * DAY_MS)
DEAD_LETTERS = TopicSpec("dead-letters", 1, "dead_letter.json", "article id or none", retention_ms=90 * DAY_MS)

# Webhooks: subscriptions are a compacted log (latest record per id; every worker keeps
# all of them in a global table); deliveries carry enqueue/result events per subscription.
SUBSCRIPTIONS = TopicSpec("subscriptions", 1, "subscription.json", "subscription id", compacted=True)
DELIVERIES = TopicSpec("webhook-deliveries", 4, "delivery.json", "subscription id", retention_ms=30 * DAY_MS)

# Feeds: the registry is a compacted log keyed by canonical feed URL; poll results go
# back through their own topic, with the same key and partitions, into the poll-state table.
# Feeds spread over workers by partition: more workers, more feeds polled in parallel.
FEEDS = TopicSpec("feeds", 4, "feed.json", "canonical feed URL", compacted=True)
FEED_POLLS = TopicSpec("feed-polls", 4, "feed_poll.json", "canonical feed URL", retention_ms=7 * DAY_MS)

ALL: tuple[TopicSpec, ...] = (RAW_ARTICLES, ARTICLES, CLAIMS, ALERTS, DEAD_LETTERS, SUBSCRIPTIONS, DELIVERIES,
                              FEEDS, FEED_POLLS)


async def ensure_topics(bootstrap: str, namespace: str, specs: tuple[TopicSpec, ...] = ALL) -> list[str]:
    """Create missing topics with their declared partitions and config; return the created names.

    Existing topics with a different partition count are an error: silently
    using them would break table co-partitioning.
    """
    from aiokafka.admin import AIOKafkaAdminClient, NewTopic

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        wanted = {s.name(namespace): s for s in specs}
        missing = [NewTopic(n, s.partitions, 1, topic_configs=s.config())
                   for n, s in wanted.items() if n not in existing]
        if missing:
            await admin.create_topics(missing)
            await _wait_for_leaders(admin, [t.name for t in missing])
        present = [n for n in wanted if n in existing]
        if present:
            for desc in await admin.describe_topics(present):
                spec = wanted[desc["topic"]]
                if len(desc["partitions"]) != spec.partitions:
                    raise RuntimeError(
                        f"topic {desc['topic']} has {len(desc['partitions'])} partitions, "
                        f"expected {spec.partitions}; recreate it or change topics.py"
                    )
        return [t.name for t in missing]
    finally:
        await admin.close()


async def _wait_for_leaders(admin, names: list[str], timeout: float = 15.0) -> None:
    """A new topic's partitions need a moment to elect leaders; producing before that
    only earns retries and warnings."""
    deadline = asyncio.get_running_loop().time() + timeout
    while asyncio.get_running_loop().time() < deadline:
        described = await admin.describe_topics(names)
        if all(p.get("leader", -1) >= 0 for d in described for p in d["partitions"]) and \
                all(d["partitions"] for d in described):
            return
        await asyncio.sleep(0.1)


def ensure_topics_sync(bootstrap: str, namespace: str) -> list[str]:
    return asyncio.run(ensure_topics(bootstrap, namespace))
