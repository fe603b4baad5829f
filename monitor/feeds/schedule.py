"""Per-feed poll state: when to poll next, conditional-GET validators, backoff.

Pure functions over a JSON-able dict (the shell keeps it in a Faust table):
every transition returns a new dict and never mutates its input. Times are
epoch seconds (floats) passed in by the caller; randomness comes from an
injected ``random.Random`` so tests are deterministic.

Jitter (+-10 %) keeps feeds that were added together from polling together
forever. Failures back off exponentially (interval x 2^failures, capped) so a
broken feed costs little, and a server's Retry-After is honoured (but capped,
so a hostile or buggy header cannot park a feed for a year).
"""
from __future__ import annotations

import random
from collections.abc import Iterable

DEFAULT_INTERVAL_S = 900.0       # 15 min: news feeds change often, polite to publishers
MIN_INTERVAL_S = 60.0
MAX_INTERVAL_S = 86_400.0
MAX_BACKOFF_S = 6 * 3600.0       # a failing feed is still tried every 6 h
MAX_RETRY_AFTER_S = 24 * 3600.0  # honour Retry-After up to a day
JITTER = 0.10
MAX_ITEMS_SEEN = 1_000           # about two full feeds' worth (parse.MAX_ITEMS is 500)
MAX_ERROR_CHARS = 500
MAX_VALIDATOR_CHARS = 1_000      # etag / last-modified are echoed back: keep them sane


def new_state(url: str, *, interval_s: float = DEFAULT_INTERVAL_S, now: float | None = None) -> dict:
    """A feed never polled: due at `now` (immediately if None)."""
    return {
        "url": url,
        "interval_s": _clamp(float(interval_s), MIN_INTERVAL_S, MAX_INTERVAL_S),
        "next_poll_at": 0.0 if now is None else float(now),
        "etag": None,
        "last_modified": None,
        "failures": 0,
        "last_status": None,
        "last_error": None,
        "last_polled_at": None,
        "items_seen": [],
    }


def _clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))


def _jittered(delay: float, rng: random.Random) -> float:
    return delay * (1.0 + rng.uniform(-JITTER, JITTER))


def _validator(value: str | None) -> str | None:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_VALIDATOR_CHARS:
        return None
    # A validator with CR/LF would let a server inject headers into our next request.
    return None if any(c in value for c in "\r\n\x00") else value.strip()


def due(state: dict, now: float) -> bool:
    return now >= float(state.get("next_poll_at") or 0.0)


def conditional_headers(state: dict) -> dict[str, str]:
    """If-None-Match / If-Modified-Since from the last successful response."""
    headers = {}
    if etag := _validator(state.get("etag")):
        headers["If-None-Match"] = etag
    if last_modified := _validator(state.get("last_modified")):
        headers["If-Modified-Since"] = last_modified
    return headers


def after_success(state: dict, *, now: float, etag: str | None, last_modified: str | None,
                  status: int = 200, rng: random.Random) -> dict:
    """A body was fetched: new validators, failures reset, next poll one interval on."""
    interval = float(state.get("interval_s") or DEFAULT_INTERVAL_S)
    return {**state, "etag": _validator(etag), "last_modified": _validator(last_modified),
            "failures": 0, "last_status": status, "last_error": None, "last_polled_at": now,
            "next_poll_at": now + _jittered(interval, rng)}


def after_not_modified(state: dict, *, now: float, rng: random.Random, etag: str | None = None,
                       last_modified: str | None = None) -> dict:
    """304: nothing new. Validators kept (or refreshed if the 304 carried new ones)."""
    interval = float(state.get("interval_s") or DEFAULT_INTERVAL_S)
    return {**state, "etag": _validator(etag) or state.get("etag"),
            "last_modified": _validator(last_modified) or state.get("last_modified"),
            "failures": 0, "last_status": 304, "last_error": None, "last_polled_at": now,
            "next_poll_at": now + _jittered(interval, rng)}


def backoff_delay(interval_s: float, failures: int, retry_after: float | None, rng: random.Random) -> float:
    """Seconds until the next try after the `failures`-th consecutive failure."""
    exponent = min(max(failures, 0), 32)  # 2**32 intervals is past any cap already
    delay = _jittered(min(interval_s * 2.0 ** exponent, MAX_BACKOFF_S), rng)
    if retry_after is not None and retry_after > 0:
        delay = max(delay, min(float(retry_after), MAX_RETRY_AFTER_S))
    return delay


def after_error(state: dict, *, now: float, error_kind: str, retry_after: float | None = None,
                rng: random.Random, status: int | None = None, error: str | None = None) -> dict:
    """A failed poll: one more failure, the next try backed off exponentially.

    `error_kind` is fetch.FetchResult.error_kind ("timeout", "http", "too_large",
    ...) or "fatal" for a body that was not a feed; `retry_after` is in seconds."""
    failures = int(state.get("failures") or 0) + 1
    interval = float(state.get("interval_s") or DEFAULT_INTERVAL_S)
    message = f"{error_kind}: {error}" if error else error_kind
    return {**state, "failures": failures, "last_status": status,
            "last_error": message[:MAX_ERROR_CHARS], "last_polled_at": now,
            "next_poll_at": now + backoff_delay(interval, failures, retry_after, rng)}


def unseen(state: dict, item_ids: Iterable[str]) -> list[str]:
    """The ids not among the feed's recently seen items, in the given order."""
    seen = set(state.get("items_seen") or [])
    out = []
    for item_id in item_ids:
        if item_id not in seen:
            seen.add(item_id)
            out.append(item_id)
    return out


def remember_items(state: dict, item_ids: Iterable[str]) -> dict:
    """Record the ids of one poll as the most recently seen, keeping the newest
    MAX_ITEMS_SEEN. Ids still listed by the feed move to the end, so an item a
    feed keeps listing is not forgotten (and re-published) while newer ones arrive."""
    current = list(dict.fromkeys(item_ids))
    listed = set(current)
    kept = [i for i in state.get("items_seen") or [] if i not in listed]
    return {**state, "items_seen": (kept + current)[-MAX_ITEMS_SEEN:]}
