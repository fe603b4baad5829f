"""Issue 6 end to end: seeds -> alerts -> signed webhooks at real local receivers."""
from __future__ import annotations

import json
import time

import httpx
import pytest
from standardwebhooks import Webhook

from monitor.schemas import errors
from tests.integration.receiver import Receiver
from tests.integration.streaming import Worker, read_topic

TOKEN = "test-token-not-a-secret"
N_ALERTS = 10  # the reviewed seed alert sequence (tests/golden/seed_alerts_e2e.json)
ENV = {
    "MONITOR_API_TOKEN": TOKEN,
    "MONITOR_ALLOW_PRIVATE_NETWORKS": "127.0.0.0/8",
    "MONITOR_WEBHOOK_SCHEDULE": "0.5,0.5,1,1,2,2,3",  # the Svix-like schedule, compressed
}


@pytest.fixture
def hook_worker(kafka_bootstrap, tmp_path):
    w = Worker(kafka_bootstrap, tmp_path, extra_env=dict(ENV)).start()
    yield w
    w.stop()


@pytest.fixture
def receivers():
    started = []

    def make(**kw) -> Receiver:
        r = Receiver(**kw).start()
        started.append(r)
        return r

    yield make
    for r in started:
        r.stop()


def subscribe(worker: Worker, url: str, *args: str) -> tuple[str, str]:
    out = worker.cli("subscriptions", "add", url, *args, "--url", worker.url)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    return lines["id"].strip(), lines["secret"].strip()


def verified(deliveries, secret: str) -> list[dict]:
    wh = Webhook(secret)
    return [wh.verify(d.body, {k.lower(): v for k, v in d.headers.items()}) for d in deliveries]


def topic_alerts(worker: Worker) -> list[dict]:
    return read_topic(worker.bootstrap, worker.topic("alerts"), want=N_ALERTS, timeout=60)


def test_every_alert_reaches_each_subscription_once_signed_and_in_order(hook_worker, receivers):
    everything, releasees, slow = receivers(), receivers(), receivers(delay_s=30)
    sub_all, secret_all = subscribe(hook_worker, everything.url)
    _, secret_rel = subscribe(hook_worker, releasees.url, "--types", "new_releasee")
    subscribe(hook_worker, slow.url)  # a stuck endpoint must not delay the others

    assert hook_worker.cli("replay").returncode == 0
    got = everything.wait_for(N_ALERTS)
    alerts = topic_alerts(hook_worker)
    assert [a["alert_id"] for a in verified(got, secret_all)] == [a["alert_id"] for a in alerts]
    assert [d.headers["webhook-id"] for d in got] == [a["alert_id"] for a in alerts]
    for payload in verified(got, secret_all):
        assert errors("alert.json", payload) == []

    rel = releasees.wait_for(3)
    assert [a["type"] for a in verified(rel, secret_rel)] == ["new_releasee"] * 3
    # Isolation: all of that happened while the slow endpoint still sat on its first request.
    assert len(slow.requests) <= 1

    # Nothing arrives twice, even later.
    time.sleep(2)
    assert len(everything.requests) == N_ALERTS
    listing = hook_worker.cli("subscriptions", "list", "--json", "--url", hook_worker.url).stdout
    assert {s["id"] for s in json.loads(listing)["subscriptions"]} >= {sub_all}
    assert secret_all not in listing and secret_rel not in listing, "secrets must never be listed"
    assert secret_all not in hook_worker.log_tail(10_000), "secrets must never be logged"
    # Every payload on the webhook topics matches its schema.
    for suffix, schema in (("subscriptions", "subscription.json"), ("webhook-deliveries", "delivery.json")):
        values = read_topic(hook_worker.bootstrap, hook_worker.topic(suffix), want=10_000, timeout=5)
        assert values, suffix
        for value in values:
            assert errors(schema, value) == [], (suffix, value)

    metrics = httpx.get(f"{hook_worker.url}/metrics").text
    assert 'monitor_webhook_deliveries_total{result="delivered"}' in metrics
    assert "monitor_webhook_latency_seconds_count" in metrics


def test_a_receiver_that_is_down_then_back_gets_everything_in_order(hook_worker, receivers):
    flaky = receivers(script=lambda n: 503 if n < 6 else 200)
    _, secret = subscribe(hook_worker, flaky.url)
    assert hook_worker.cli("replay").returncode == 0
    got = flaky.wait_for(N_ALERTS, timeout=120)
    alerts = topic_alerts(hook_worker)
    assert [a["alert_id"] for a in verified(got, secret)] == [a["alert_id"] for a in alerts]
    # The failed attempts were retried with the same webhook-id and a fresh timestamp.
    first = [d for d in flaky.requests if d.headers["webhook-id"] == alerts[0]["alert_id"]]
    assert len(first) >= 2 and len({d.headers["webhook-timestamp"] for d in first}) >= 1


def test_pending_deliveries_survive_a_worker_restart(kafka_bootstrap, tmp_path, receivers):
    down = {"up": False}
    receiver = receivers(script=lambda n: 200 if down["up"] else 503)
    (tmp_path / "a").mkdir()
    first = Worker(kafka_bootstrap, tmp_path / "a", extra_env=dict(ENV)).start()
    try:
        _, secret = subscribe(first, receiver.url)
        assert first.cli("replay").returncode == 0
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(receiver.requests) < 2:
            time.sleep(0.2)
        assert receiver.requests, first.log_tail()
    finally:
        first.stop()
    down["up"] = True
    (tmp_path / "b").mkdir()  # empty local state: queues come back from the changelog
    second = Worker(kafka_bootstrap, tmp_path / "b", namespace=first.namespace, extra_env=dict(ENV)).start()
    try:
        got = receiver.wait_for(N_ALERTS, timeout=120)
        alerts = topic_alerts(second)
        assert [a["alert_id"] for a in verified(got, secret)] == [a["alert_id"] for a in alerts], second.log_tail()
    finally:
        second.stop()


def test_gone_disables_and_exhausted_retries_are_dead_lettered(hook_worker, receivers):
    gone, broken = receivers(status=410), receivers(status=500)
    sub_gone, _ = subscribe(hook_worker, gone.url, "--types", "new_event")
    sub_broken, _ = subscribe(hook_worker, broken.url, "--types", "new_event")
    assert hook_worker.cli("replay").returncode == 0

    dead = read_topic(hook_worker.bootstrap, hook_worker.topic("dead-letters"), want=1, timeout=60)
    assert [d["reason"] for d in dead] == ["retries_exhausted"]
    assert errors("dead_letter.json", dead[0]) == []
    assert len(broken.requests) == 8  # the first attempt and seven retries
    assert json.loads(dead[0]["payload"])["sub_id"] == sub_broken
    assert len(gone.requests) == 1
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        sub = httpx.get(f"{hook_worker.url}/subscriptions/{sub_gone}",
                        headers={"Authorization": f"Bearer {TOKEN}"}).json()
        if sub.get("disabled"):
            break
        time.sleep(0.3)
    assert sub["disabled"] and "410" in sub["disabled_reason"]


def test_management_api_needs_the_token_and_refuses_unsafe_urls(hook_worker):
    url = f"{hook_worker.url}/subscriptions"
    assert httpx.get(url).status_code == 401
    assert httpx.get(url, headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for bad in ("http://169.254.169.254/latest/meta-data", "http://10.0.0.5/hook", "ftp://example.com/x",
                "http://[::ffff:10.0.0.1]/hook", "not a url"):
        resp = httpx.post(url, json={"url": bad}, headers=auth)
        assert resp.status_code == 400, (bad, resp.text)
        assert resp.json()["error"]
    resp = httpx.post(url, json={"url": "http://127.0.0.1:9/hook", "types": ["nonsense"]}, headers=auth)
    assert resp.status_code == 400 and "nonsense" in resp.json()["error"]
