"""Standard Webhooks signatures (HMAC-SHA256, ``v1``), via the reference library.

The signed string is ``{webhook-id}.{webhook-timestamp}.{raw body}``. Sending
one ``v1,<sig>`` per active secret lets a subscriber rotate secrets with no
downtime: during the overlap either secret verifies.
"""
from __future__ import annotations

import base64
import secrets as _random
from datetime import datetime, timezone
from math import floor
from typing import Any

from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

__all__ = ["SECRET_PREFIX", "WebhookVerificationError", "new_secret", "sign_headers",
           "verify"]

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32  # the spec asks for 24..64 random bytes


def new_secret() -> str:
    """A fresh signing secret: ``whsec_`` + base64 of 32 random bytes."""
    return SECRET_PREFIX + base64.b64encode(_random.token_bytes(SECRET_BYTES)).decode("ascii")


def _unix_seconds(timestamp: datetime) -> int:
    # Naive datetimes are refused: standardwebhooks would read them as UTC, and a
    # local time read as UTC makes the receiver reject the message as too old/new.
    if timestamp.tzinfo is None:
        raise ValueError("timestamp must be timezone-aware")
    return floor(timestamp.timestamp())


def sign_headers(secrets: list[str], msg_id: str, body: bytes,
                 timestamp: datetime) -> dict[str, str]:
    """The three Standard Webhooks headers for one delivery attempt.

    `msg_id` stays the same on every retry; `timestamp` is the attempt's time."""
    if not secrets:
        raise ValueError("at least one signing secret is needed")
    if not msg_id or "." in msg_id:
        raise ValueError(f"webhook-id must be non-empty and contain no '.': {msg_id!r}")
    seconds = _unix_seconds(timestamp)
    # The library formats the timestamp itself; give it UTC so both agree.
    at = datetime.fromtimestamp(seconds, tz=timezone.utc)
    payload = body.decode("utf-8")
    signatures: list[str] = []
    for secret in secrets:
        signature = Webhook(secret).sign(msg_id=msg_id, timestamp=at, data=payload)
        if signature not in signatures:
            signatures.append(signature)
    return {
        "webhook-id": msg_id,
        "webhook-timestamp": str(seconds),
        "webhook-signature": " ".join(signatures),
    }


def verify(secret: str, headers: dict[str, str], body: bytes | str) -> Any:
    """Receiver side: the parsed JSON payload, or WebhookVerificationError.

    Rejects timestamps more than 5 minutes from now (the library's tolerance)."""
    return Webhook(secret).verify(body, dict(headers))
