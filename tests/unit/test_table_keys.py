"""Tables must hash keys like the producers of their source topics, or requests routed
by key (/facts/{story}) reach a worker that does not hold the key."""
import agents.feeds
import agents.pipeline  # noqa: F401 - registers pages and agents
import agents.webhooks
from agents.app import app, facts_table
from aiokafka.partitioner import DefaultPartitioner


def test_every_table_serialises_keys_as_raw_utf8():
    tables = [facts_table, agents.webhooks.delivery_state, agents.webhooks.subscriptions_table,
              agents.feeds.feed_state, app.tables["alert-log"]]
    for table in tables:
        assert app.router._get_serialized_key(table, "belarus") == b"belarus", table.name


def test_routing_partition_is_the_producer_partition():
    # The claims agent sends with key=story; Kafka's default partitioner hashes those bytes.
    partitions = list(range(facts_table.partitions))
    for story in ("belarus", "united-states", "iran", "venezuela", "unknown"):
        produced = DefaultPartitioner()(story.encode(), partitions, partitions)
        routed = DefaultPartitioner()(app.router._get_serialized_key(facts_table, story), partitions, partitions)
        assert routed == produced, story
