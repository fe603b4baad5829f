"""Webhook subscriptions and delivery: agents, a due-delivery timer, and the management API.

    subscriptions (compacted) --store_subscriptions--> subscriptions_table (global: every worker)
    alerts --fanout--> webhook-deliveries {enqueue}      (one per matching subscription)
    webhook-deliveries --delivery_log--> delivery_state  (per subscription queue, changelog-backed)
    timer: head of each local queue due? -> one HTTP attempt -> webhook-deliveries {result}

All decisions are in monitor/webhooks/ (queue state machine, retry policy, filters,
signing, SSRF guard); this module only moves events between topics and tables.
Pending deliveries live in the delivery_state table, so a restarted worker resumes
them; an attempt in flight during a crash is simply made again (same webhook-id).
"""
from __future__ import annotations

import asyncio
import hmac
import random
import time
from datetime import datetime, timezone

import structlog
from faust.web import View
from prometheus_client import Counter, Histogram

from agents.app import alerts_topic, app, dead_letters_topic, raw_keys, settings, topic
from monitor import metrics, topics
from monitor.deadletter import dead_letter
from monitor.webhooks import policy, queue, sender, ssrf
from monitor.webhooks import subscriptions as subs

log = structlog.get_logger("monitor.webhooks")

subscriptions_topic = topic(topics.SUBSCRIPTIONS)
deliveries_topic = topic(topics.DELIVERIES)

subscriptions_table = raw_keys(app.GlobalTable("subscriptions", default=None, partitions=topics.SUBSCRIPTIONS.partitions,
                                      key_type=str, help="webhook subscriptions by id"))
delivery_state = raw_keys(app.Table("webhook-delivery-state", default=None, partitions=topics.DELIVERIES.partitions,
                           key_type=str, help="delivery queue per subscription id"))

ATTEMPTS = Counter("monitor_webhook_attempts_total", "Webhook delivery attempts, by outcome",
                   ["outcome"], registry=metrics.REGISTRY)
DELIVERIES = Counter("monitor_webhook_deliveries_total",
                     "Webhook deliveries finished, by result (delivered, dead_letter, disabled)",
                     ["result"], registry=metrics.REGISTRY)
LATENCY = Histogram("monitor_webhook_latency_seconds", "Time from alert to the subscriber's 2xx",
                    registry=metrics.REGISTRY, buckets=(0.1, 0.5, 1, 2, 5, 10, 30, 60, 300, 1800, 7200, 86400))

MAX_PARALLEL_ATTEMPTS = 64   # across subscriptions; one attempt at a time per subscription
_inflight: dict[str, tuple[str, int]] = {}
_slots = asyncio.Semaphore(MAX_PARALLEL_ATTEMPTS)
_client = None


# --- subscriptions -------------------------------------------------------------------

@app.agent(subscriptions_topic)
async def store_subscriptions(stream):
    """Materialise the compacted subscriptions topic into the global table."""
    async for event in stream.events():
        record = event.value
        key = record.get("id")
        if not key:
            continue
        if record.get("deleted"):
            subscriptions_table.pop(key, None)
        else:
            subscriptions_table[key] = record


@app.agent(alerts_topic)
async def fanout(stream):
    """alerts -> one delivery per matching, enabled subscription."""
    async for event in stream.events():
        alert = event.value
        alert_ts = (event.message.timestamp or time.time() * 1000) / 1000
        for sub in list(subscriptions_table.values()):
            if sub and not sub.get("disabled") and subs.matches(sub, alert):
                await deliveries_topic.send(key=sub["id"], value={
                    "kind": "enqueue", "sub_id": sub["id"], "alert": alert, "alert_ts": alert_ts})


# --- the delivery queue --------------------------------------------------------------

@app.agent(deliveries_topic)
async def delivery_log(stream):
    """Apply enqueue/result events to each subscription's durable queue."""
    async for event in stream.events():
        ev = event.value
        sub_id = ev["sub_id"]
        state = delivery_state.get(sub_id)
        if ev["kind"] == "enqueue":
            state, added = queue.enqueue(state, ev["alert"], alert_ts=ev["alert_ts"], now=time.time())
            if not added:
                continue
        else:
            result = ev["result"]
            head = (state or {}).get("queue", [None])[0] if state and state["queue"] else None
            state, effect = queue.apply_result(state, result)
            if effect is None:
                continue  # stale: already applied before a restart
            await _finish(sub_id, effect, result, head)
        delivery_state[sub_id] = state


async def _finish(sub_id: str, effect: str, result: dict, head: dict) -> None:
    if effect == "retry":
        return
    DELIVERIES.labels(effect).inc()
    if effect == "delivered":
        LATENCY.observe(max(0.0, time.time() - head["alert_ts"]))
    elif effect == "dead_letter":
        reason = "delivery_refused" if result["outcome"] == "refused" else "retries_exhausted"
        metrics.DEAD_LETTERS.labels("webhooks", reason).inc()
        log.warning("webhook_dead_letter", sub_id=sub_id, alert_id=result["alert_id"], reason=reason,
                    error=result.get("error"))
        import json

        await dead_letters_topic.send(key=sub_id, value=dead_letter(
            stage="webhooks", reason=reason, error=result.get("error") or reason,
            payload=json.dumps({"sub_id": sub_id, "alert": head["alert"]}), key=sub_id))
    elif effect == "disabled":
        sub = subscriptions_table.get(sub_id)
        if sub:
            await subscriptions_topic.send(key=sub_id, value=subs.disable(sub, "endpoint answered 410 Gone"))
        log.warning("webhook_subscription_disabled", sub_id=sub_id)


def _client_instance():
    global _client
    if _client is None:
        _client = ssrf.guarded_client()
    return _client


async def _attempt(sub_id: str, item: dict) -> None:
    """One HTTP attempt on the head of a queue; its result goes back through Kafka."""
    async with _slots:
        sub = subscriptions_table.get(sub_id)
        if sub is None or sub.get("deleted"):
            result = {"alert_id": item["alert_id"], "attempt": item["attempt"], "outcome": "refused",
                      "retry_at": None, "status": None, "error": "subscription deleted", "latency_s": 0.0}
        else:
            r = await sender.deliver(_client_instance(), sub, item["alert"], attempt=item["attempt"],
                                     now=datetime.now(timezone.utc))
            ATTEMPTS.labels(str(r.outcome)).inc()
            outcome, retry_at = _outcome(r, item["attempt"])
            result = {"alert_id": item["alert_id"], "attempt": item["attempt"], "outcome": outcome,
                      "retry_at": retry_at, "status": r.status, "error": r.error, "latency_s": r.latency_s}
            log.info("webhook_attempt", sub_id=sub_id, alert_id=item["alert_id"], attempt=item["attempt"],
                     outcome=str(r.outcome), status=r.status)
        await deliveries_topic.send(key=sub_id, value={"kind": "result", "sub_id": sub_id, "result": result})


def _outcome(r: sender.AttemptResult, attempt: int) -> tuple[str, float | None]:
    if r.outcome is policy.Outcome.SUCCESS:
        return "success", None
    if r.outcome is policy.Outcome.DISABLE:
        return "disable", None
    if r.outcome is policy.Outcome.REFUSED:
        return "refused", None
    schedule = policy.schedule_from_env()
    delay = policy.next_attempt_delay(attempt, schedule=schedule, retry_after=r.retry_after,
                                      result=r.status if r.status is not None else _kind(r), rng=random.Random(),
                                      # never wait longer than the schedule's longest step (compressed in tests)
                                      overload_floor=min(policy.OVERLOAD_FLOOR_S, max(schedule, default=0)))
    return "retry", (time.time() + delay) if delay is not None else None


def _kind(r: sender.AttemptResult) -> str:
    return (r.error or "protocol").split(":", 1)[0]


@app.timer(interval=0.25)
async def deliver_due():
    """Start an attempt for every local queue whose head is due (one per subscription)."""
    now = time.time()
    for sub_id, state in list(delivery_state.items()):
        head = queue.head_due(state, now)
        if head is None:
            continue
        marker = (head["alert_id"], head["attempt"])
        if _inflight.get(sub_id) == marker:
            continue  # attempted; waiting for its result to come back through the topic
        _inflight[sub_id] = marker
        asyncio.ensure_future(_attempt(sub_id, head))


# --- management API (bearer token) ---------------------------------------------------

def _authorized(request) -> bool:
    token = settings.api_token
    given = request.headers.get("Authorization", "")
    return bool(token) and hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


def _deny(view, request):
    if not settings.api_token:
        return view.json({"error": "management API disabled: set MONITOR_API_TOKEN"}, status=503)
    if not _authorized(request):
        return view.json({"error": "missing or wrong bearer token"}, status=401,
                         headers={"WWW-Authenticate": "Bearer"})
    return None


async def _wait_for(sub_id: str, present: bool, timeout: float = 10.0) -> None:
    """Let the global table catch up, so a list right after a change shows it."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (subscriptions_table.get(sub_id) is not None) != present:
        await asyncio.sleep(0.1)


async def _body(request) -> dict:
    try:
        body = await request.json()
    except ValueError:
        raise ValueError("request body must be a JSON object") from None
    if not isinstance(body, dict):
        raise ValueError("request body must be a JSON object")
    return body


@app.page("/subscriptions")
class SubscriptionsView(View):
    async def get(self, request):
        """List subscriptions (secrets redacted)."""
        if denied := _deny(self, request):
            return denied
        return self.json({"subscriptions": [subs.redact(s) for _, s in sorted(subscriptions_table.items()) if s]})

    async def post(self, request):
        """Create one: {url, types?, watch?, stories?, keywords?, min_change?} -> record with its secret."""
        if denied := _deny(self, request):
            return denied
        try:
            body = await _body(request)
            unknown = set(body) - {"url", "types", "watch", "stories", "keywords", "min_change"}
            if unknown:
                raise ValueError(f"unknown fields: {sorted(unknown)}")
            if not isinstance(body.get("url"), str):
                raise ValueError("url is required")
            record = subs.new_subscription(body["url"], types=body.get("types") or (), watch=body.get("watch") or (),
                                           stories=body.get("stories") or (), keywords=body.get("keywords") or (),
                                           min_change=body.get("min_change") or 0)
            target = ssrf.validate_url(record["url"])
            # Refuse now what delivery would refuse later (it is checked again at every attempt).
            await ssrf.resolve_and_vet(target.host, target.port, ssrf.allowed_networks_from_env(),
                                       plaintext=target.scheme == "http")
        except ValueError as exc:  # SSRFError is a ValueError
            return self.json({"error": str(exc)}, status=400)
        await subscriptions_topic.send(key=record["id"], value=record)
        await _wait_for(record["id"], present=True)
        log.info("subscription_created", sub=subs.redact(record))
        return self.json(record, status=201)


@app.page("/subscriptions/{sub_id}")
class SubscriptionView(View):
    async def get(self, request, sub_id):
        if denied := _deny(self, request):
            return denied
        sub = subscriptions_table.get(sub_id)
        if not sub:
            return self.json({"error": f"no subscription {sub_id}"}, status=404)
        state = delivery_state.get(sub_id) or queue.empty()
        return self.json({**subs.redact(sub), "pending": len(state["queue"]),
                          "delivered_recently": len(state["delivered"]), "dead_lettered": state["dead"]})

    async def delete(self, request, sub_id):
        if denied := _deny(self, request):
            return denied
        if not subscriptions_table.get(sub_id):
            return self.json({"error": f"no subscription {sub_id}"}, status=404)
        await subscriptions_topic.send(key=sub_id, value={"id": sub_id, "deleted": True})
        await _wait_for(sub_id, present=False)
        log.info("subscription_deleted", sub_id=sub_id)
        return self.json({"id": sub_id, "deleted": True})


@app.page("/subscriptions/{sub_id}/rotate")
class RotateView(View):
    async def post(self, request, sub_id):
        """Add a new signing secret; the old one keeps signing until retired (zero-downtime rotation)."""
        if denied := _deny(self, request):
            return denied
        sub = subscriptions_table.get(sub_id)
        if not sub:
            return self.json({"error": f"no subscription {sub_id}"}, status=404)
        rotated = subs.rotate_secret(sub)
        await subscriptions_topic.send(key=sub_id, value=rotated)
        return self.json({"id": sub_id, "secret": rotated["secrets"][0]})
