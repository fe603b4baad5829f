"""At-least-once fixes around faust's rebalance handling (agents/delivery.py), without Kafka."""
from __future__ import annotations

import asyncio

from agents.delivery import FlowControl, commit_blocked, deleted_part
from mode.utils.queues import FlowControlQueue


def _queue(flow: FlowControl) -> FlowControlQueue:
    return FlowControlQueue(flow_control=flow, clear_on_resume=True)


def test_resuming_a_running_flow_keeps_the_messages_already_buffered():
    async def run():
        flow = FlowControl()
        flow.resume()  # starts suspended, as faust's does
        queue = _queue(flow)
        queue.put_nowait("claim at offset 2")
        flow.resume()  # what table recovery calls after seeking, with the flow running
        return queue.qsize(), flow.is_active()

    assert asyncio.run(run()) == (1, True)


def test_resuming_after_a_suspension_empties_the_buffers_of_the_old_assignment():
    async def run():
        flow = FlowControl()
        flow.resume()
        queue = _queue(flow)
        queue.put_nowait("message of the revoked assignment")
        flow.suspend()
        flow.resume()
        return queue.qsize(), flow.is_active()

    assert asyncio.run(run()) == (0, True)


def test_a_commit_waits_for_the_next_offset_when_later_ones_are_done():
    # committed is the next offset to read: 2 not processed, 3 and 4 are
    assert commit_blocked(2, [3, 4])
    assert commit_blocked(2, [4, 3, 7])


def test_a_commit_goes_ahead_when_the_processed_offsets_start_at_the_committed_one():
    assert not commit_blocked(2, [2, 3, 4])
    assert not commit_blocked(2, [2, 4])  # the run 2..2 is committable; faust stops at the hole itself
    assert not commit_blocked(2, [])
    assert not commit_blocked(None, [5, 6])  # nothing committed yet: the group starts where it starts


def test_offsets_deleted_by_retention_are_nothing_to_wait_for():
    # committed 5, but the log now starts at 100: offsets 5..99 can never be read
    assert not commit_blocked(5, [100, 101], log_start=100)
    assert commit_blocked(100, [101], log_start=100)


def test_only_offsets_deleted_by_retention_count_as_done_in_a_gap():
    assert deleted_part(6, 9, log_start=0) == range(6, 6)  # all still in the log: not done
    assert deleted_part(6, 100, log_start=100) == range(6, 100)
    assert deleted_part(6, 100, log_start=50) == range(6, 50)
    assert deleted_part(6, 9, log_start=200) == range(6, 9)  # the log start moved past the fetched one too
