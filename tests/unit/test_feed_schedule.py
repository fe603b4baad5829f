"""Per-feed poll state: due times, validators, jitter, exponential backoff."""
from __future__ import annotations

import copy
import random

from hypothesis import given, settings, strategies as st

from monitor.feeds.schedule import (JITTER, MAX_BACKOFF_S, MAX_ITEMS_SEEN, MAX_RETRY_AFTER_S, after_error,
                                    after_not_modified, after_success, backoff_delay, conditional_headers,
                                    due, new_state, remember_items, unseen)

NOW = 1_765_600_000.0
URL = "https://news.example/rss"


def rng(seed: int = 1) -> random.Random:
    return random.Random(seed)


def test_a_new_feed_is_due_at_once_and_has_no_validators():
    state = new_state(URL, interval_s=600, now=NOW)
    assert due(state, NOW) and not due(state, NOW - 1)
    assert conditional_headers(state) == {}
    assert (state["failures"], state["items_seen"]) == (0, [])


def test_interval_is_clamped_to_sane_bounds():
    assert new_state(URL, interval_s=1)["interval_s"] == 60
    assert new_state(URL, interval_s=10**9)["interval_s"] == 86_400


def test_success_stores_validators_and_schedules_one_interval_on_with_jitter():
    state = new_state(URL, interval_s=600, now=NOW)
    before = copy.deepcopy(state)
    after = after_success(state, now=NOW, etag='"v1"', last_modified="Sat, 13 Dec 2025 12:00:00 GMT",
                          status=200, rng=rng())
    assert state == before  # pure: the input is untouched
    assert NOW + 540 <= after["next_poll_at"] <= NOW + 660
    assert not due(after, NOW + 539) and due(after, NOW + 661)
    assert conditional_headers(after) == {"If-None-Match": '"v1"',
                                          "If-Modified-Since": "Sat, 13 Dec 2025 12:00:00 GMT"}
    assert (after["last_status"], after["last_polled_at"]) == (200, NOW)


def test_jitter_spreads_feeds_added_together():
    state = new_state(URL, interval_s=600, now=NOW)
    times = {after_success(state, now=NOW, etag=None, last_modified=None, rng=rng(s))["next_poll_at"]
             for s in range(20)}
    assert len(times) == 20


def test_success_resets_failures_and_clears_the_error():
    failed = after_error(after_error(new_state(URL, now=NOW), now=NOW, error_kind="timeout", rng=rng()),
                         now=NOW, error_kind="timeout", rng=rng())
    assert failed["failures"] == 2 and failed["last_error"] == "timeout"
    ok = after_success(failed, now=NOW, etag=None, last_modified=None, rng=rng())
    assert (ok["failures"], ok["last_error"]) == (0, None)


def test_not_modified_keeps_validators_unless_the_304_brings_new_ones():
    state = after_success(new_state(URL, now=NOW), now=NOW, etag='"v1"', last_modified="Mon, 01 Dec 2025 00:00:00 GMT",
                          rng=rng())
    kept = after_not_modified(state, now=NOW + 900, rng=rng())
    assert (kept["etag"], kept["last_modified"], kept["last_status"]) == ('"v1"', "Mon, 01 Dec 2025 00:00:00 GMT", 304)
    assert NOW + 900 + 810 <= kept["next_poll_at"] <= NOW + 900 + 990
    assert after_not_modified(state, now=NOW, rng=rng(), etag='"v2"')["etag"] == '"v2"'


def test_a_success_without_validators_forgets_the_old_ones():
    state = after_success(new_state(URL, now=NOW), now=NOW, etag='"v1"', last_modified=None, rng=rng())
    assert conditional_headers(after_success(state, now=NOW, etag=None, last_modified=None, rng=rng())) == {}


def test_validators_that_could_inject_headers_are_dropped():
    state = after_success(new_state(URL, now=NOW), now=NOW, etag='"v1"\r\nX-Evil: 1',
                          last_modified="x" * 5000, rng=rng())
    assert conditional_headers(state) == {}


def test_errors_back_off_exponentially_up_to_the_cap():
    state = new_state(URL, interval_s=600, now=NOW)
    delays = []
    for _ in range(10):
        state = after_error(state, now=NOW, error_kind="http", status=500, error="HTTP 500", rng=rng())
        delays.append(state["next_poll_at"] - NOW)
    for n, delay in enumerate(delays[:5], start=1):
        assert 600 * 2 ** n * (1 - JITTER) <= delay <= 600 * 2 ** n * (1 + JITTER)
    assert all(delay <= MAX_BACKOFF_S * (1 + JITTER) for delay in delays)
    assert delays[-1] >= MAX_BACKOFF_S * (1 - JITTER)
    assert (state["failures"], state["last_status"], state["last_error"]) == (10, 500, "http: HTTP 500")


def test_retry_after_is_honoured_when_longer_than_the_backoff_and_capped():
    state = new_state(URL, interval_s=600, now=NOW)
    assert after_error(state, now=NOW, error_kind="http", retry_after=7200, rng=rng())["next_poll_at"] == NOW + 7200
    short = after_error(state, now=NOW, error_kind="http", retry_after=5, rng=rng())["next_poll_at"] - NOW
    assert short >= 1200 * (1 - JITTER)  # the backoff still applies
    capped = after_error(state, now=NOW, error_kind="http", retry_after=10**9, rng=rng())
    assert capped["next_poll_at"] == NOW + MAX_RETRY_AFTER_S


def test_long_error_messages_are_cut():
    state = after_error(new_state(URL, now=NOW), now=NOW, error_kind="network", error="x" * 10_000, rng=rng())
    assert len(state["last_error"]) <= 500


@settings(max_examples=300)
@given(st.floats(60, 86_400), st.integers(0, 100), st.one_of(st.none(), st.floats(-10, 10**7)),
       st.integers(0, 2**32))
def test_backoff_is_bounded_and_never_shorter_than_retry_after(interval, failures, retry_after, seed):
    delay = backoff_delay(interval, failures, retry_after, random.Random(seed))
    assert delay <= max(MAX_BACKOFF_S * (1 + JITTER), MAX_RETRY_AFTER_S)
    assert delay >= min(interval * 2 ** min(failures, 40), MAX_BACKOFF_S) * (1 - JITTER) - 1e-6
    if retry_after and retry_after > 0:
        assert delay >= min(retry_after, MAX_RETRY_AFTER_S)


def test_unseen_and_remember_items():
    state = remember_items(new_state(URL), ["a", "b"])
    assert unseen(state, ["b", "c", "c", "d"]) == ["c", "d"]
    state = remember_items(state, ["c", "a"])
    assert state["items_seen"] == ["b", "c", "a"]  # a is still listed: it moves to the newest end


def test_items_seen_is_bounded_and_keeps_the_newest():
    state = remember_items(new_state(URL), [f"old{i}" for i in range(MAX_ITEMS_SEEN)])
    state = remember_items(state, ["new1", "new2"])
    assert len(state["items_seen"]) == MAX_ITEMS_SEEN
    assert state["items_seen"][-2:] == ["new1", "new2"] and "old0" not in state["items_seen"]
    assert unseen(state, ["old0", "old5", "new1"]) == ["old0"]


def test_an_item_the_feed_keeps_listing_is_never_forgotten():
    state = new_state(URL)
    for batch in range(5):
        state = remember_items(state, ["sticky"] + [f"b{batch}-{i}" for i in range(400)])
    assert unseen(state, ["sticky"]) == []
