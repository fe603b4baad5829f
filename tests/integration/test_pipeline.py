"""Seeds replayed through the real broker and the real worker reach every stage."""
from __future__ import annotations

import json

from monitor.articles import load_seeds
from monitor.schemas import errors
from tests.integration.streaming import read_records, read_topic

SEEDS = load_seeds("seeds")


def test_replayed_seeds_pass_every_stage_and_match_schemas(worker):
    result = worker.cli("replay")
    assert result.returncode == 0, result.stderr
    assert f"published {len(SEEDS)} articles" in result.stdout

    stages = {"raw-articles": "raw_article.json", "articles": "article.json", "claims": "claims.json"}
    seen = {}
    for suffix, schema in stages.items():
        values = read_topic(worker.bootstrap, worker.topic(suffix), want=len(SEEDS))
        assert len(values) == len(SEEDS), f"{suffix}: {len(values)} of {len(SEEDS)}\n{worker.log_tail()}"
        for value in values:
            assert errors(schema, value) == [], (suffix, value.get("source"))
        seen[suffix] = values

    ids = [a["id"] for a in SEEDS]
    assert sorted(v["id"] for v in seen["articles"]) == sorted(ids)
    assert sorted(v["article_id"] for v in seen["claims"]) == sorted(ids)
    # Cleaning happened: the unrelated headline list of the aggregator page is gone.
    agg = next(v for v in seen["articles"] if v["source"].startswith("001_"))
    assert "Netanyahu to Meet Trump" not in agg["text"]
    # Claims carry what the extractor found: the 123 released appears in every article.
    for claims in seen["claims"]:
        assert any(c["metric"] == "released" and c["value"] == 123 and c["scope"] == "this_event"
                   for c in claims["counts"]), claims["source"]

    # The last stage: alerts, every one valid, about one event, with unique ids.
    alerts = read_topic(worker.bootstrap, worker.topic("alerts"), want=100, timeout=20)
    assert alerts, worker.log_tail()
    for alert in alerts:
        assert errors("alert.json", alert) == [], alert["summary"]
    assert len({a["alert_id"] for a in alerts}) == len(alerts)
    assert [a["type"] for a in alerts].count("new_event") == 1


def test_replay_twice_keeps_stable_ids(worker):
    for _ in range(2):
        assert worker.cli("replay").returncode == 0
    values = read_topic(worker.bootstrap, worker.topic("raw-articles"), want=2 * len(SEEDS))
    assert len(values) == 2 * len(SEEDS)
    first, second = values[: len(SEEDS)], values[len(SEEDS):]
    assert [v["id"] for v in first] == [v["id"] for v in second] == [a["id"] for a in SEEDS]


def test_malformed_input_becomes_a_dead_letter_and_the_stream_goes_on(worker):
    import asyncio

    from aiokafka import AIOKafkaProducer

    async def send():
        p = AIOKafkaProducer(bootstrap_servers=worker.bootstrap)
        await p.start()
        try:
            topic = worker.topic("raw-articles")
            await p.send_and_wait(topic, key=b"bad", value=b"\xff\xfe not json")
            await p.send_and_wait(topic, key=b"bad", value=json.dumps({"id": "nope"}).encode())
            good = dict(SEEDS[0])
            await p.send_and_wait(topic, key=b"bad", value=json.dumps(good).encode())
        finally:
            await p.stop()

    asyncio.run(send())
    dead = read_topic(worker.bootstrap, worker.topic("dead-letters"), want=2)
    assert [d["reason"] for d in dead] == ["invalid_json", "invalid_schema"]
    for d in dead:
        assert errors("dead_letter.json", d) == []
    # The good article behind the bad ones still went through.
    articles = read_records(worker.bootstrap, worker.topic("articles"), want=1)
    assert len(articles) == 1
    metrics = __import__("httpx").get(f"{worker.url}/metrics").text
    assert 'monitor_dead_letters_total{reason="invalid_json",stage="normalize"} 1.0' in metrics
