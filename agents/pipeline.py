"""Stream agents: each reads one topic, calls the pure core, and publishes the result.

    raw-articles --normalize--> articles --extract_claims--> claims --facts--> alerts
             \\______________________ dead-letters _______________________/
"""
from __future__ import annotations

import time

import structlog
from faust.web import View

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


_NOTHING = object()


async def _run_core(stage: str, event, fn):
    """Call a pure core function on one event; bad input and core bugs become dead
    letters (the stream goes on) and every outcome is counted."""
    start = time.perf_counter()
    try:
        result = fn(event.value)
    except BadArticle as exc:
        await _dead(stage, exc.reason, str(exc), event)
        metrics.MESSAGES.labels(stage, "dead_letter").inc()
        return _NOTHING
    except Exception as exc:  # a bug in the core must not stop the stream
        await _dead(stage, "internal_error", repr(exc), event)
        metrics.MESSAGES.labels(stage, "error").inc()
        return _NOTHING
    metrics.STAGE_SECONDS.labels(stage).observe(time.perf_counter() - start)
    metrics.MESSAGES.labels(stage, "ok").inc()
    return result


@app.agent(raw_articles_topic)
async def normalize(stream):
    """raw-articles -> articles (validated, main text only)."""
    async for event in stream.events():
        article = await _run_core("normalize", event, lambda raw: normalize_article(parse_raw(raw)))
        if article is not _NOTHING:
            await articles_topic.send(key=event.key, value=article)


@app.agent(articles_topic)
async def extract_claims(stream):
    """articles -> claims, keyed by story so one story's facts live in one partition."""
    async for event in stream.events():
        claims = await _run_core("extract_claims", event, build_claims)
        if claims is not _NOTHING:
            await claims_topic.send(key=fact_core.story_key(claims), value=claims)


@app.agent(claims_topic)
async def facts(stream):
    """claims -> fact table (per story) -> alerts.

    The merge is idempotent per article id, so a claim seen again after a
    restart changes nothing and emits nothing.
    """
    async for event in stream.events():
        key = event.key.decode() if isinstance(event.key, bytes) else event.key
        stored = facts_table.get(key)
        merged = await _run_core("facts", event, lambda claims: fact_core.merge_claims(
            fact_core.state_from_dict(stored), claims))
        if merged is _NOTHING:
            continue
        new_state, alerts = merged
        log.info("claims_merged", article_id=(event.value or {}).get("article_id"), partition=event.message.partition,
                 offset=event.message.offset, alerts=len(alerts), repeat=new_state is stored)
        # Alerts are acknowledged by the broker before the table records the claim as
        # merged: a crash in between re-emits the same alert ids, never loses one.
        for alert in alerts:
            metrics.ALERTS.labels(alert["type"]).inc()
            log.info("alert", type=alert["type"], summary=alert["summary"], alert_id=alert["alert_id"])
            await (await alerts_topic.send(key=key, value=alert))
        if alerts:
            alert_log[key] = ((alert_log.get(key) or []) + alerts)[-ALERT_LOG_SIZE:]
        if new_state is not stored:  # a repeat returns the state it was given: nothing to write
            facts_table[key] = fact_core.state_to_dict(new_state)


def _fact_rows() -> list[dict]:
    rows = []
    for story, value in sorted(facts_table.items()):
        for row in fact_core.fact_table_rows(fact_core.state_from_dict(value)):
            rows.append({"story": story, **row})
    return rows


@app.page("/facts")
async def facts_page(web, request):
    """The fact table rows of the stories held by this worker's partitions
    (with several workers, ask /facts/{story}: it is routed to the owner)."""
    people = []
    for story, value in sorted(facts_table.items()):
        people += [{"story": story, **p} for p in fact_core.people_rows(fact_core.state_from_dict(value))]
    return web.json({"rows": _fact_rows(), "people": people})


@app.page("/facts/{story}")
class StoryFacts(View):
    """One story's fact table, answered by whichever worker owns its partition
    (Faust forwards the request there), so it is complete with many workers."""

    @app.table_route(table=facts_table, match_info="story")
    async def get(self, request, story):
        value = facts_table.get(story)
        if value is None:
            return self.json({"error": f"no story {story!r}"}, status=404)
        state = fact_core.state_from_dict(value)
        return self.json({"story": story,
                          "rows": [{"story": story, **r} for r in fact_core.fact_table_rows(state)],
                          "people": [{"story": story, **p} for p in fact_core.people_rows(state)]})


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
