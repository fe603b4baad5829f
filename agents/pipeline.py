"""Stream agents: each reads one topic, calls the pure core, and publishes the result.

    raw-articles --normalize--> articles --extract_claims--> claims --facts--> alerts
             \\______________________ dead-letters _______________________/
"""
from __future__ import annotations

import time

import structlog

from agents.app import (ALERT_LOG_SIZE, alert_log, alerts_topic, app, articles_topic, claims_topic,
                        dead_letters_topic, facts_table, raw_articles_topic)
from monitor import metrics
from monitor.claims import build_claims
from monitor import facts as fact_core
from monitor.deadletter import dead_letter
from monitor.normalize import BadArticle, normalize_article, parse_raw

log = structlog.get_logger("monitor.agents")


async def _dead(stage: str, reason: str, error: str, event) -> None:
    msg = event.message
    record = dead_letter(stage=stage, reason=reason, error=error, payload=msg.value,
                         topic=msg.topic, partition=msg.partition, offset=msg.offset, key=msg.key)
    metrics.DEAD_LETTERS.labels(stage, reason).inc()
    log.warning("dead_letter", stage=stage, reason=reason, topic=msg.topic, offset=msg.offset)
    await dead_letters_topic.send(key=msg.key, value=record)


@app.agent(raw_articles_topic)
async def normalize(stream):
    """raw-articles -> articles (validated, main text only)."""
    async for event in stream.events():
        start = time.perf_counter()
        try:
            article = normalize_article(parse_raw(event.value))
        except BadArticle as exc:
            await _dead("normalize", exc.reason, str(exc), event)
            metrics.MESSAGES.labels("normalize", "dead_letter").inc()
            continue
        except Exception as exc:  # a bug in the core must not stop the stream
            await _dead("normalize", "internal_error", repr(exc), event)
            metrics.MESSAGES.labels("normalize", "error").inc()
            continue
        metrics.STAGE_SECONDS.labels("normalize").observe(time.perf_counter() - start)
        metrics.MESSAGES.labels("normalize", "ok").inc()
        await articles_topic.send(key=event.key, value=article)


@app.agent(articles_topic)
async def extract_claims(stream):
    """articles -> claims, keyed by story so one story's facts live in one partition."""
    async for event in stream.events():
        start = time.perf_counter()
        try:
            claims = build_claims(event.value)
            key = fact_core.story_key(claims)
        except Exception as exc:
            await _dead("extract_claims", "internal_error", repr(exc), event)
            metrics.MESSAGES.labels("extract_claims", "error").inc()
            continue
        metrics.STAGE_SECONDS.labels("extract_claims").observe(time.perf_counter() - start)
        metrics.MESSAGES.labels("extract_claims", "ok").inc()
        await claims_topic.send(key=key, value=claims)


@app.agent(claims_topic)
async def facts(stream):
    """claims -> fact table (per story) -> alerts.

    The merge is idempotent per article id, so a claim seen again after a
    restart changes nothing and emits nothing.
    """
    async for event in stream.events():
        start = time.perf_counter()
        key = event.key.decode() if isinstance(event.key, bytes) else event.key
        try:
            state = fact_core.state_from_dict(facts_table.get(key))
            new_state, alerts = fact_core.merge_claims(state, event.value)
        except Exception as exc:
            await _dead("facts", "internal_error", repr(exc), event)
            metrics.MESSAGES.labels("facts", "error").inc()
            continue
        metrics.STAGE_SECONDS.labels("facts").observe(time.perf_counter() - start)
        metrics.MESSAGES.labels("facts", "ok").inc()
        # Alerts are acknowledged by the broker before the table records the claim as
        # merged: a crash in between re-emits the same alert ids, never loses one.
        for alert in alerts:
            metrics.ALERTS.labels(alert["type"]).inc()
            log.info("alert", type=alert["type"], summary=alert["summary"], alert_id=alert["alert_id"])
            await (await alerts_topic.send(key=key, value=alert))
        if alerts:
            alert_log[key] = ((alert_log.get(key) or []) + alerts)[-ALERT_LOG_SIZE:]
        if new_state is not state:
            facts_table[key] = fact_core.state_to_dict(new_state)


def _fact_rows() -> list[dict]:
    rows = []
    for story, value in sorted(facts_table.items()):
        for row in fact_core.fact_table_rows(fact_core.state_from_dict(value)):
            rows.append({"story": story, **row})
    return rows


@app.page("/facts")
async def facts_page(web, request):
    """The fact table rows held by this worker's partitions."""
    people = []
    for story, value in sorted(facts_table.items()):
        people += [{"story": story, **p} for p in fact_core.people_rows(fact_core.state_from_dict(value))]
    return web.json({"rows": _fact_rows(), "people": people})


@app.page("/alerts")
async def alerts_page(web, request):
    """The most recent alerts of the stories this worker holds, in emission order per story."""
    return web.json({"alerts": [a for _, log_ in sorted(alert_log.items()) for a in log_ or []]})


@app.page("/health")
async def health(web, request):
    return web.json({"status": "ok", "app": app.conf.id})


@app.page("/metrics")
async def prometheus_metrics(web, request):
    return web.bytes(metrics.exposition(), content_type="text/plain; version=0.0.4")
