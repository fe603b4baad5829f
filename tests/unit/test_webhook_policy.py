"""Retry policy: outcome classes, Svix-style schedule, jitter, Retry-After clamp."""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from monitor.webhooks.policy import (DEFAULT_SCHEDULE, ERROR_KINDS, Outcome, classify,
                                     max_attempts, next_attempt_delay, parse_retry_after,
                                     schedule_from_env)

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("status, outcome", [
    (200, Outcome.SUCCESS), (201, Outcome.SUCCESS), (204, Outcome.SUCCESS), (299, Outcome.SUCCESS),
    (301, Outcome.FAILED), (302, Outcome.FAILED), (307, Outcome.FAILED), (304, Outcome.FAILED),
    (400, Outcome.FAILED), (401, Outcome.FAILED), (404, Outcome.FAILED), (413, Outcome.FAILED),
    (410, Outcome.DISABLE),
    (429, Outcome.THROTTLED), (502, Outcome.THROTTLED), (503, Outcome.THROTTLED),
    (504, Outcome.THROTTLED),
    (500, Outcome.FAILED), (501, Outcome.FAILED), (100, Outcome.FAILED),
])
def test_status_codes_are_classified(status, outcome):
    assert classify(status) is outcome


@pytest.mark.parametrize("kind, outcome", [
    ("timeout", Outcome.TIMEOUT), ("connect", Outcome.UNREACHABLE), ("dns", Outcome.UNREACHABLE),
    ("protocol", Outcome.UNREACHABLE), ("refused", Outcome.REFUSED),
])
def test_error_kinds_are_classified(kind, outcome):
    assert classify(kind) is outcome


def test_only_transient_failures_are_retried():
    assert {o for o in Outcome if o.retryable} == {Outcome.FAILED, Outcome.THROTTLED,
                                                   Outcome.TIMEOUT, Outcome.UNREACHABLE}
    assert not Outcome.DISABLE.retryable and not Outcome.REFUSED.retryable
    assert Outcome.SUCCESS == "success"  # plain strings in records and logs


@pytest.mark.parametrize("bad", [99, 600, True, 200.0, "exploded"])
def test_unknown_results_are_errors(bad):
    with pytest.raises(ValueError):
        classify(bad)
    assert "exploded" not in ERROR_KINDS


def test_default_schedule_is_svix_8_attempts_over_27h35m():
    assert DEFAULT_SCHEDULE == (5, 300, 1800, 7200, 18000, 36000, 36000)
    assert max_attempts() == 8
    assert sum(DEFAULT_SCHEDULE) == 27 * 3600 + 35 * 60 + 5


@given(seed=st.integers(0, 2**32), attempt=st.integers(1, len(DEFAULT_SCHEDULE)))
def test_delay_is_the_schedule_with_at_most_20_percent_jitter(seed, attempt):
    delay = next_attempt_delay(attempt, rng=random.Random(seed))
    scheduled = DEFAULT_SCHEDULE[attempt - 1]
    assert 0.8 * scheduled <= delay <= 1.2 * scheduled


def test_jitter_is_deterministic_with_an_injected_rng_and_spreads_out():
    assert next_attempt_delay(3, rng=random.Random(7)) == next_attempt_delay(3, rng=random.Random(7))
    delays = {next_attempt_delay(3, rng=random.Random(seed)) for seed in range(20)}
    assert len(delays) == 20


def test_no_delay_after_the_last_attempt():
    assert next_attempt_delay(len(DEFAULT_SCHEDULE) + 1) is None
    assert next_attempt_delay(3, schedule=(0.2, 0.5)) is None
    assert next_attempt_delay(2, schedule=(0.2, 0.5), rng=random.Random(1)) == \
        pytest.approx(0.5, rel=0.2)
    with pytest.raises(ValueError):
        next_attempt_delay(0)


@pytest.mark.parametrize("retry_after, expected", [
    ("10", 300.0),      # sooner than scheduled: scheduled
    ("400", 400.0),     # within [scheduled, 2 x scheduled]: as asked
    ("86400", 600.0),   # later than 2 x scheduled: capped
])
def test_retry_after_seconds_are_clamped_to_the_schedule(retry_after, expected):
    assert next_attempt_delay(2, retry_after=retry_after, rng=random.Random(0)) == expected


def test_retry_after_http_date_is_relative_to_now():
    when = format_datetime(NOW + timedelta(seconds=450), usegmt=True)
    assert parse_retry_after(when, now=NOW) == 450.0
    assert next_attempt_delay(2, retry_after=when, now=NOW) == 450.0
    past = format_datetime(NOW - timedelta(hours=1), usegmt=True)
    assert parse_retry_after(past, now=NOW) == 0.0
    assert next_attempt_delay(2, retry_after=past, now=NOW) == 300.0


def test_unreadable_retry_after_falls_back_to_the_jittered_schedule():
    assert parse_retry_after("soon") is None and parse_retry_after("-5") is None
    assert parse_retry_after(None) is None
    delay = next_attempt_delay(2, retry_after="soon", rng=random.Random(3))
    assert delay == next_attempt_delay(2, rng=random.Random(3))


@pytest.mark.parametrize("result", [429, "timeout"])
def test_timeouts_and_429_wait_at_least_a_minute(result):
    delay = next_attempt_delay(1, result=result, rng=random.Random(0))
    assert 48.0 <= delay <= 72.0
    assert next_attempt_delay(1, result=result, retry_after="1") == 60.0


@pytest.mark.parametrize("result", [503, 500, "connect"])
def test_other_failures_keep_the_plain_schedule(result):
    assert 4.0 <= next_attempt_delay(1, result=result, rng=random.Random(0)) <= 6.0


def test_overload_floor_can_be_lowered_for_fast_test_schedules():
    assert next_attempt_delay(1, schedule=(0.2,), result="timeout", retry_after="0",
                              overload_floor=0.0) == 0.2


def test_schedule_from_env(monkeypatch):
    monkeypatch.delenv("MONITOR_WEBHOOK_SCHEDULE", raising=False)
    assert schedule_from_env() == DEFAULT_SCHEDULE
    monkeypatch.setenv("MONITOR_WEBHOOK_SCHEDULE", " 0.2, 0.5,1 ")
    assert schedule_from_env() == (0.2, 0.5, 1.0)
    monkeypatch.setenv("MONITOR_WEBHOOK_SCHEDULE", "")
    assert schedule_from_env() == DEFAULT_SCHEDULE


@pytest.mark.parametrize("text, named", [("1,,2", "''"), ("1,abc", "'abc'"), ("-1", "'-1'"),
                                         ("nan", "'nan'"), ("inf", "'inf'")])
def test_bad_schedule_entries_are_named(monkeypatch, text, named):
    monkeypatch.setenv("MONITOR_WEBHOOK_SCHEDULE", text)
    with pytest.raises(ValueError, match=f"MONITOR_WEBHOOK_SCHEDULE: {named}"):
        schedule_from_env()
