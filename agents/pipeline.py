"""Stream agents: each reads one topic, calls the pure core, and publishes the result.

    raw-articles --normalize--> articles --extract_claims--> claims --facts--> alerts
             \\______________________ dead-letters _______________________/
"""
from __future__ import annotations

import time

import structlog

from agents.app import (app, articles_topic, claims_topic, dead_letters_topic,
                        raw_articles_topic)
from monitor import metrics
from monitor.claims import build_claims
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
    from monitor.facts import story_key

    async for event in stream.events():
        start = time.perf_counter()
        try:
            claims = build_claims(event.value)
            key = story_key(claims)
        except Exception as exc:
            await _dead("extract_claims", "internal_error", repr(exc), event)
            metrics.MESSAGES.labels("extract_claims", "error").inc()
            continue
        metrics.STAGE_SECONDS.labels("extract_claims").observe(time.perf_counter() - start)
        metrics.MESSAGES.labels("extract_claims", "ok").inc()
        await claims_topic.send(key=key, value=claims)


@app.page("/health")
async def health(web, request):
    return web.json({"status": "ok", "app": app.conf.id})


@app.page("/metrics")
async def prometheus_metrics(web, request):
    return web.bytes(metrics.exposition(), content_type="text/plain; version=0.0.4")
