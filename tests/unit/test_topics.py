from monitor import topics
from monitor.schemas import SCHEMA_DIR


def test_every_topic_has_a_schema_file_and_a_namespaced_name():
    for spec in topics.ALL:
        assert (SCHEMA_DIR / spec.schema).is_file(), spec
        assert spec.name("ns") == f"ns.{spec.suffix}"
        assert spec.partitions >= 1


def test_topic_config_says_compact_or_delete_with_retention():
    assert topics.RAW_ARTICLES.config()["cleanup.policy"] == "delete"
    assert int(topics.RAW_ARTICLES.config()["retention.ms"]) > 0
    assert topics.TopicSpec("x", 1, None, "k", compacted=True).config()["cleanup.policy"] == "compact"
