"""Retry policy for webhook deliveries (pure): what an attempt's result means,
and how long to wait before the next one.

Follows Standard Webhooks and the Svix server: attempt 1 is immediate, then
``DEFAULT_SCHEDULE`` (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h: 8 attempts over
about 27.5 h) with +-20 % jitter; after a timeout or 429 wait at least 60 s;
a ``Retry-After`` is honoured but clamped to [scheduled, 2 x scheduled] so a
receiver can neither make us hammer it nor park a message forever.
"""
from __future__ import annotations

import enum
import math
import os
import random
from collections.abc import Sequence
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

SCHEDULE_ENV = "MONITOR_WEBHOOK_SCHEDULE"
DEFAULT_SCHEDULE: tuple[float, ...] = (5, 300, 1800, 7200, 18000, 36000, 36000)
JITTER = 0.2
OVERLOAD_FLOOR_S = 60.0


class Outcome(enum.StrEnum):
    SUCCESS = "success"          # 2xx
    FAILED = "failed"            # 3xx (redirects are not followed), other 4xx/5xx
    THROTTLED = "throttled"      # 429, 502, 503, 504: the receiver is overloaded
    TIMEOUT = "timeout"          # no complete response in time
    UNREACHABLE = "unreachable"  # DNS, connection refused/reset, broken protocol
    DISABLE = "disable"          # 410 Gone: the subscriber wants no more deliveries
    REFUSED = "refused"          # SSRF rules or an unusable URL: never sent

    @property
    def retryable(self) -> bool:
        return self in _RETRYABLE


_RETRYABLE = frozenset({Outcome.FAILED, Outcome.THROTTLED, Outcome.TIMEOUT, Outcome.UNREACHABLE})
_THROTTLE_STATUSES = frozenset({429, 502, 503, 504})

# Exception kinds a sender reports instead of a status code.
ERROR_KINDS = {"timeout": Outcome.TIMEOUT, "connect": Outcome.UNREACHABLE,
               "dns": Outcome.UNREACHABLE, "protocol": Outcome.UNREACHABLE,
               "refused": Outcome.REFUSED}


def classify(result: int | str) -> Outcome:
    """Outcome of one attempt from its HTTP status code or its error kind
    (a key of ``ERROR_KINDS``)."""
    if isinstance(result, str):
        try:
            return ERROR_KINDS[result]
        except KeyError:
            raise ValueError(f"unknown error kind {result!r}; one of {sorted(ERROR_KINDS)}") from None
    if isinstance(result, bool) or not isinstance(result, int) or not 100 <= result <= 599:
        raise ValueError(f"not an HTTP status code: {result!r}")
    if 200 <= result < 300:
        return Outcome.SUCCESS
    if result == 410:
        return Outcome.DISABLE
    if result in _THROTTLE_STATUSES:
        return Outcome.THROTTLED
    return Outcome.FAILED


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or HTTP-date);
    None if absent or unreadable. A date in the past gives 0."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT
        when = when.replace(tzinfo=timezone.utc)
    now = now or datetime.now(timezone.utc)
    return max(0.0, (when - now).total_seconds())


def max_attempts(schedule: Sequence[float] = DEFAULT_SCHEDULE) -> int:
    return len(schedule) + 1


def next_attempt_delay(attempt_no: int, *, schedule: Sequence[float] = DEFAULT_SCHEDULE,
                       retry_after: str | None = None, rng: random.Random | None = None,
                       result: int | str | None = None, now: datetime | None = None,
                       overload_floor: float = OVERLOAD_FLOOR_S) -> float | None:
    """Seconds to wait after attempt `attempt_no` (1-based) before the next one,
    or None when it was the last attempt (the message goes to dead letters).

    `result` is what the attempt got (status code or error kind, as for
    ``classify``): after a timeout or a 429 the wait is at least
    `overload_floor`. Jitter applies to the schedule, not to a Retry-After: the
    receiver asked for that time, and the clamp already bounds it."""
    if attempt_no < 1:
        raise ValueError(f"attempt numbers start at 1, got {attempt_no}")
    if attempt_no > len(schedule):
        return None
    scheduled = float(schedule[attempt_no - 1])
    if result == 429 or result == "timeout":
        scheduled = max(scheduled, overload_floor)
    asked = parse_retry_after(retry_after, now=now)
    if asked is not None:
        return min(max(asked, scheduled), 2 * scheduled)
    rng = rng or random.Random()
    return scheduled * rng.uniform(1 - JITTER, 1 + JITTER)


def parse_schedule(text: str) -> tuple[float, ...]:
    """"5,300,1800" -> (5.0, 300.0, 1800.0); each delay finite and >= 0."""
    delays = []
    for entry in (part.strip() for part in text.split(",")):
        try:
            delay = float(entry)
        except ValueError:
            raise ValueError(f"{SCHEDULE_ENV}: {entry!r} is not a number of seconds") from None
        if not math.isfinite(delay) or delay < 0:
            raise ValueError(f"{SCHEDULE_ENV}: {entry!r} must be a finite number >= 0")
        delays.append(delay)
    return tuple(delays)


def schedule_from_env() -> tuple[float, ...]:
    """``MONITOR_WEBHOOK_SCHEDULE`` (comma-separated seconds), else the default."""
    text = os.environ.get(SCHEDULE_ENV, "").strip()
    return parse_schedule(text) if text else DEFAULT_SCHEDULE
