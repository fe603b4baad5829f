"""One webhook delivery attempt: sign, POST, classify. No retries here -- the
streaming shell schedules those with ``policy.next_attempt_delay``.

Pass a client from ``ssrf.guarded_client`` so the target address is vetted;
a refused target comes back as outcome ``refused`` (never retry it).
"""
from __future__ import annotations

import asyncio
import json
import time
from dataclasses import asdict, dataclass
from datetime import datetime

import httpx

from monitor.webhooks.policy import Outcome, classify
from monitor.webhooks.signing import sign_headers
from monitor.webhooks.ssrf import DEFAULT_TIMEOUT_S, DNSResolutionError, SSRFError

USER_AGENT = "monitor-webhooks/0.1"
MAX_RESPONSE_READ = 4096   # enough for an error message; receivers are told to reply fast
EXCERPT_CHARS = 256


@dataclass(frozen=True)
class AttemptResult:
    outcome: Outcome
    status: int | None          # HTTP status, None if no response
    error: str | None           # why it failed, for logs / dead letters (no secrets)
    retry_after: str | None     # the receiver's Retry-After header, verbatim
    latency_s: float
    response_excerpt: str | None = None  # first bytes of the response body

    def to_dict(self) -> dict:
        return {**asdict(self), "outcome": str(self.outcome)}


def encode_alert(alert: dict) -> bytes:
    """The request body: compact UTF-8 JSON (Standard Webhooks suggests < 20 kB)."""
    return json.dumps(alert, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def request_headers(sub: dict, alert: dict, body: bytes, now: datetime) -> dict[str, str]:
    # webhook-id is the alert id: stable across retries, receivers dedupe on it.
    return {
        **sign_headers(sub["secrets"], alert["alert_id"], body, now),
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        "accept-encoding": "identity",  # a compressed reply could expand past our cap
    }


def _error_kind(exc: Exception) -> str:
    if isinstance(exc, DNSResolutionError):
        return "dns"
    if isinstance(exc, (SSRFError, httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return "refused"
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        return "timeout"
    if isinstance(exc, httpx.ConnectError):
        return "connect"
    return "protocol"


async def deliver(client: httpx.AsyncClient, sub: dict, alert: dict, *, attempt: int,
                  now: datetime, timeout: float = DEFAULT_TIMEOUT_S,
                  max_response: int = MAX_RESPONSE_READ) -> AttemptResult:
    """POST `alert` to `sub["url"]` once and report what happened.

    `attempt` (1-based) is informational; `now` stamps webhook-timestamp. The
    whole exchange must finish within `timeout` seconds (a receiver trickling
    bytes cannot stretch it). Never raises for delivery problems."""
    if attempt < 1:
        raise ValueError(f"attempt numbers start at 1, got {attempt}")
    body = encode_alert(alert)
    headers = request_headers(sub, alert, body, now)
    started = time.monotonic()
    try:
        async with asyncio.timeout(timeout):
            async with client.stream("POST", sub["url"], content=body, headers=headers,
                                     timeout=timeout, follow_redirects=False) as response:
                received = bytearray()
                async for chunk in response.aiter_raw():
                    received += chunk[: max_response - len(received)]
                    if len(received) >= max_response:
                        break
    except (httpx.HTTPError, httpx.InvalidURL, SSRFError, TimeoutError, OSError) as exc:
        # every delivery failure is a result for the retry policy, not a crash
        kind = _error_kind(exc)
        return AttemptResult(outcome=classify(kind), status=None,
                             error=f"{kind}: {type(exc).__name__}: {exc}"[:500],
                             retry_after=None, latency_s=time.monotonic() - started)
    status = response.status_code
    outcome = classify(status)
    excerpt = bytes(received).decode("utf-8", errors="replace")[:EXCERPT_CHARS] or None
    error = None
    if outcome is not Outcome.SUCCESS:
        error = f"HTTP {status}"
        if 300 <= status < 400 and response.headers.get("location"):
            error += f" redirect to {response.headers['location'][:200]} (not followed)"
    return AttemptResult(outcome=outcome, status=status, error=error,
                         retry_after=response.headers.get("retry-after"),
                         latency_s=time.monotonic() - started, response_excerpt=excerpt)
