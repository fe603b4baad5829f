"""Two workers in one namespace split the partitions the Kafka way: every alert is
emitted once, and either worker answers for a story (routed to its owner)."""
from __future__ import annotations

import json
import time

import httpx

from tests.integration.streaming import Worker, read_topic

GOLDEN_TYPES = [a["type"] for a in json.load(open("tests/golden/seed_alerts_e2e.json"))]


def test_two_workers_share_the_work_without_duplicating_alerts(kafka_bootstrap, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = Worker(kafka_bootstrap, tmp_path / "a").start()
    second = Worker(kafka_bootstrap, tmp_path / "b", namespace=first.namespace)
    try:
        second.start()
        assert first.cli("replay").returncode == 0
        read_topic(kafka_bootstrap, first.topic("alerts"), want=len(GOLDEN_TYPES), timeout=90)  # wait for them
        time.sleep(3)  # then look once more: a duplicate would be one alert too many
        alerts = read_topic(kafka_bootstrap, first.topic("alerts"), want=len(GOLDEN_TYPES) + 1, timeout=5)
        ids = [a["alert_id"] for a in alerts]
        assert len(ids) == len(set(ids)) == len(GOLDEN_TYPES), (first.log_tail(), second.log_tail())
        assert sorted(a["type"] for a in alerts) == sorted(GOLDEN_TYPES)
        answers = [httpx.get(f"{w.url}/facts/belarus", timeout=10) for w in (first, second)]
        assert [r.status_code for r in answers] == [200, 200]
        assert answers[0].json()["rows"] == answers[1].json()["rows"]
        assert any(r["figure"] == "released" and r["value"] == 123 for r in answers[0].json()["rows"])
    finally:
        second.stop()
        first.stop()
