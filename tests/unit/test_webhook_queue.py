from hypothesis import given, strategies as st

from monitor.webhooks import queue


def alert(n: int) -> dict:
    return {"alert_id": f"al_{n:020x}", "type": "new_event"}


def result(item, outcome, retry_at=None):
    return {"alert_id": item["alert_id"], "attempt": item["attempt"], "outcome": outcome, "retry_at": retry_at}


def test_enqueue_is_idempotent_per_alert_id_even_after_delivery():
    s, added = queue.enqueue(None, alert(1), alert_ts=0, now=10)
    assert added
    s, added = queue.enqueue(s, alert(1), alert_ts=0, now=11)
    assert not added and len(s["queue"]) == 1
    s, effect = queue.apply_result(s, result(queue.head_due(s, 10), "success"))
    assert effect == "delivered" and s["queue"] == []
    s, added = queue.enqueue(s, alert(1), alert_ts=0, now=12)  # a replayed alert is not sent again
    assert not added


def test_only_the_head_is_due_and_order_is_kept_through_retries():
    s = None
    for n in range(3):
        s, _ = queue.enqueue(s, alert(n), alert_ts=0, now=0)
    head = queue.head_due(s, 0)
    assert head["alert_id"] == alert(0)["alert_id"]
    s, effect = queue.apply_result(s, result(head, "retry", retry_at=5))
    assert effect == "retry"
    assert queue.head_due(s, 4) is None                      # not yet: the others wait behind it
    head = queue.head_due(s, 5)
    assert head["alert_id"] == alert(0)["alert_id"] and head["attempt"] == 2
    s, _ = queue.apply_result(s, result(head, "success"))
    assert queue.head_due(s, 5)["alert_id"] == alert(1)["alert_id"]


def test_stale_or_repeated_results_change_nothing():
    s, _ = queue.enqueue(None, alert(1), alert_ts=0, now=0)
    head = queue.head_due(s, 0)
    s1, _ = queue.apply_result(s, result(head, "retry", retry_at=9))
    s2, effect = queue.apply_result(s1, result(head, "retry", retry_at=9))  # same attempt again
    assert effect is None and s2 == s1


def test_exhausted_retries_and_ssrf_refusals_dead_letter_and_move_on():
    s = None
    for n in range(2):
        s, _ = queue.enqueue(s, alert(n), alert_ts=0, now=0)
    s, effect = queue.apply_result(s, result(queue.head_due(s, 0), "retry", retry_at=None))
    assert effect == "dead_letter" and s["dead"] == 1
    s, effect = queue.apply_result(s, result(queue.head_due(s, 0), "refused"))
    assert effect == "dead_letter" and s["dead"] == 2 and s["queue"] == []


def test_410_disables_and_nothing_more_is_due():
    s, _ = queue.enqueue(None, alert(1), alert_ts=0, now=0)
    s, effect = queue.apply_result(s, result(queue.head_due(s, 0), "disable"))
    assert effect == "disabled" and s["disabled"]
    assert queue.head_due(s, 10**9) is None
    assert len(s["queue"]) == 1  # kept, not lost


@given(st.lists(st.sampled_from(["success", "retry", "disable", "refused"]), max_size=30))
def test_every_alert_is_delivered_dead_lettered_or_still_queued(outcomes):
    s = None
    for n in range(10):
        s, _ = queue.enqueue(s, alert(n), alert_ts=0, now=0)
    now = 0.0
    for outcome in outcomes:
        head = queue.head_due(s, now)
        if head is None:
            break
        now += 1
        s, _ = queue.apply_result(s, result(head, outcome, retry_at=now if head["attempt"] < 3 else None))
    assert len(s["delivered"]) + s["dead"] + len(s["queue"]) == 10
    ids = s["delivered"] + [i["alert_id"] for i in s["queue"]]
    assert len(ids) == len(set(ids))
