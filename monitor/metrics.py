"""Prometheus metrics of the streaming shell, served by the worker at /metrics."""
from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

REGISTRY = CollectorRegistry(auto_describe=True)

MESSAGES = Counter("monitor_messages_total", "Messages processed, by stage and outcome",
                   ["stage", "outcome"], registry=REGISTRY)
DEAD_LETTERS = Counter("monitor_dead_letters_total", "Records sent to the dead-letter topic",
                       ["stage", "reason"], registry=REGISTRY)
STAGE_SECONDS = Histogram("monitor_stage_seconds", "Time spent in a stage's pure core, per message",
                          ["stage"], registry=REGISTRY,
                          buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 5))
ALERTS = Counter("monitor_alerts_total", "Alerts emitted, by type", ["type"], registry=REGISTRY)
COMMITS_HELD = Counter("monitor_commits_held_total",
                       "Commits held back for a minute by an offset not processed although later ones "
                       "were (lost to this worker; a restart reads it again)", ["topic"], registry=REGISTRY)
BUFFERED_KEPT = Counter("monitor_flow_resume_kept_messages_total",
                        "Messages buffered for the agents when the flow was resumed while running, "
                        "kept rather than dropped (faust would drop them)", registry=REGISTRY)


def exposition() -> bytes:
    return generate_latest(REGISTRY)
