"""Dead-letter records: bad input is kept, with the reason, never dropped silently."""
from __future__ import annotations

from monitor.articles import now_iso

MAX_PAYLOAD = 64 * 1024


def dead_letter(*, stage: str, reason: str, error: str, payload: bytes | str | None,
                topic: str | None = None, partition: int | None = None,
                offset: int | None = None, key: bytes | str | None = None) -> dict:
    """Build a dead-letters payload (schemas/dead_letter.json)."""
    if isinstance(payload, bytes):
        payload = payload.decode("utf-8", errors="replace")
    if isinstance(key, bytes):
        key = key.decode("utf-8", errors="replace")
    truncated = payload is not None and len(payload) > MAX_PAYLOAD
    return {
        "stage": stage,
        "reason": reason,
        "error": error[:2000],
        "topic": topic,
        "partition": partition,
        "offset": offset,
        "key": key,
        "payload": payload[:MAX_PAYLOAD] if payload is not None else None,
        "payload_truncated": truncated,
        "at": now_iso(),
    }
