"""The Faust application: topics, tables and settings shared by all agents.

Run it with `monitor worker` (which creates the topics first). Agents live in
`agents/pipeline.py` and only wire topics and tables to the pure core in
`monitor/`.
"""
from __future__ import annotations

import os

import faust

from agents.delivery import App

from monitor import topics
from monitor.config import Settings

settings = Settings()
MAX_RECORD_BYTES = 16 * 1024 * 1024


def _broker_url() -> str:
    # Importing the app must not need a running broker (unit tests, `--help`);
    # `monitor worker` checks the bootstrap address before it starts.
    try:
        return settings.faust_broker_url
    except Exception:
        return "kafka://127.0.0.1:9092"


NS = settings.namespace

app = App(
    NS,
    broker=_broker_url(),
    store=os.environ.get("MONITOR_STORE", "rocksdb://"),
    datadir=str(settings.data_dir / "faust"),
    autodiscover=False,
    origin="agents",
    topic_partitions=4,
    topic_replication_factor=1,
    table_standby_replicas=0,          # a single node holds no standbys; raise with replicas
    key_serializer="raw",
    value_serializer="json",
    producer_acks=-1,
    # A story's fact-table value grows with its articles (bounded per figure, ~330 bytes
    # per article for the replay/syndication indexes): compress, and allow big records.
    producer_compression_type="gzip",
    producer_max_request_size=MAX_RECORD_BYTES,
    consumer_max_fetch_size=MAX_RECORD_BYTES,
    # At-least-once: a claim seen again after a crash is a no-op (the merge is idempotent
    # per article id), and alert ids are deterministic so consumers de-duplicate.
    # (faust 0.15.3's exactly_once stalled the facts stage on our broker: not used.)
    processing_guarantee="at_least_once",
    consumer_auto_offset_reset="earliest",
    web_enabled=True,
    web_host=settings.web_host,
    web_port=settings.web_port,
    web_bind=settings.web_host,
    # How other workers reach this one: table-routed requests (/facts/{story}) are
    # forwarded to the owner's canonical URL.
    canonical_url=os.environ.get("MONITOR_CANONICAL_URL") or f"http://{settings.web_host}:{settings.web_port}",
)
# Offsets of delete-policy topics run without gaps: never commit past one (agents/delivery.py).
app.contiguous_topics = frozenset(spec.name(NS) for spec in topics.ALL if not spec.compacted)


def topic(spec: topics.TopicSpec, *, value_serializer: str = "json") -> faust.TopicT:
    return app.topic(spec.name(NS), partitions=spec.partitions, key_type=str,
                     value_serializer=value_serializer, internal=False)


# Raw values are decoded by the agent itself, so malformed input becomes a dead letter
# instead of a crashed stream.
raw_articles_topic = topic(topics.RAW_ARTICLES, value_serializer="raw")
articles_topic = topic(topics.ARTICLES)
claims_topic = topic(topics.CLAIMS)
alerts_topic = topic(topics.ALERTS)
dead_letters_topic = topic(topics.DEAD_LETTERS)

def raw_keys(table):
    """Make a table's keys the same bytes as its source topic's keys (raw UTF-8).

    Faust would JSON-encode str keys ('"belarus"' with quotes), which hashes to another
    partition than the producer used: table-routed requests (/facts/{story}) would be
    forwarded to a worker that lacks the key."""
    table.key_serializer = "raw"
    table.extra_topic_configs = {**(table.extra_topic_configs or {}), "max.message.bytes": str(MAX_RECORD_BYTES)}
    table.schema = faust.Schema(key_type=str, key_serializer="raw", value_serializer="json")
    table._changelog_topic = None  # rebuilt from the schema above on first use
    return table


# The fact table: one value per story key (see monitor.facts.story_key), so merging a
# claim is a single read-modify-write in the partition that owns the story. Its
# changelog has the claims topic's partition count (co-partitioning).
facts_table = raw_keys(app.Table(
    "facts",
    default=None,
    partitions=topics.CLAIMS.partitions,
    key_type=str,
    help="fact table state per story key",
))

# The most recent alerts per story, so the worker can serve them over HTTP without a
# consumer of its own; the alerts topic stays the complete record.
ALERT_LOG_SIZE = 500
alert_log = raw_keys(app.Table(
    "alert-log",
    default=None,
    partitions=topics.CLAIMS.partitions,
    key_type=str,
    help="last alerts per story key",
))
