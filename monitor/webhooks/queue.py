"""Per-subscription delivery queue: the pure state machine behind webhook retries.

One value per subscription id lives in a Faust table (changelog-backed), so pending
deliveries and their retry times survive a worker restart; nothing waits in an
in-process sleep. Only the head of a queue is ever attempted, which keeps alerts in
order per subscription, and each subscription has its own queue, so a slow or
failing endpoint delays no one else.

State::

    {"queue": [Item], "delivered": [alert_id, ...]  (most recent, bounded),
     "dead": int, "disabled": bool, "disabled_reason": str | None}
    Item = {"alert_id", "alert", "alert_ts", "attempt", "due", "first_try"}

Transitions are driven by events on the deliveries topic (see schemas/delivery.json):
``enqueue`` appends an alert (once per alert id), ``result`` applies the outcome of
an attempt on the head. A result that does not match the current head (an attempt
number or alert id the state has moved past) is stale and ignored, so a result seen
twice after a restart changes nothing.
"""
from __future__ import annotations

RECENT_DELIVERED = 2000


def empty() -> dict:
    return {"queue": [], "delivered": [], "dead": 0, "disabled": False, "disabled_reason": None}


def enqueue(state: dict | None, alert: dict, *, alert_ts: float, now: float) -> tuple[dict, bool]:
    """Append an alert to the queue; (state, False) when it is already queued or delivered."""
    state = state or empty()
    aid = alert["alert_id"]
    if aid in state["delivered"] or any(item["alert_id"] == aid for item in state["queue"]):
        return state, False
    item = {"alert_id": aid, "alert": alert, "alert_ts": alert_ts, "attempt": 1, "due": now, "first_try": None}
    return {**state, "queue": [*state["queue"], item]}, True


def head_due(state: dict | None, now: float) -> dict | None:
    """The item to attempt now, if any: the head, once its due time has come."""
    if not state or state["disabled"] or not state["queue"]:
        return None
    head = state["queue"][0]
    return head if head["due"] <= now else None


def apply_result(state: dict | None, result: dict) -> tuple[dict, str | None]:
    """Apply one attempt's outcome -> (state, effect).

    ``result``: {"alert_id", "attempt", "outcome", "retry_at"} where outcome is
    success | retry | disable | refused and retry_at is when to try again (None when
    the schedule is exhausted). Effects: delivered, retry, dead_letter, disabled,
    or None for a stale result.
    """
    state = state or empty()
    queue = state["queue"]
    if not queue or queue[0]["alert_id"] != result["alert_id"] or queue[0]["attempt"] != result["attempt"]:
        return state, None
    head, rest = queue[0], queue[1:]
    outcome = result["outcome"]
    if outcome == "success":
        delivered = [*state["delivered"], head["alert_id"]][-RECENT_DELIVERED:]
        return {**state, "queue": rest, "delivered": delivered}, "delivered"
    if outcome == "disable":
        # 410 Gone: the subscriber asked us to stop. Keep what is pending, send nothing more.
        return {**state, "disabled": True, "disabled_reason": "endpoint answered 410 Gone"}, "disabled"
    if outcome == "retry" and result.get("retry_at") is not None:
        head = {**head, "attempt": head["attempt"] + 1, "due": result["retry_at"]}
        return {**state, "queue": [head, *rest]}, "retry"
    # refused by the SSRF guard, or no attempts left: dead-letter and move on.
    return {**state, "queue": rest, "dead": state["dead"] + 1}, "dead_letter"
