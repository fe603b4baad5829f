"""At-least-once delivery across rebalances: two faust-streaming 0.15.3 defects, fixed here.

1. **Buffered messages cleared after they were read.** Table recovery resumes the
   stream partitions and seeks them *while the flow is already running*, then calls
   ``app.flow_control.resume()``, which empties every stream buffer. Messages the
   fetcher delivered in between are marked read, so they are never fetched again in
   this worker's life: a worker taking over a backlog merged claim 1 and silently
   dropped claims 2-4. Emptying the buffers is right only after a suspension (the
   buffered messages belong to an old assignment and are re-read from the committed
   offset); while the flow runs it loses data. :class:`FlowControl` clears on resume
   only if the flow was suspended. A message buffered before the seek may then be
   seen twice, which at-least-once allows (the fact merge ignores repeats).

2. **Commits that pass a hole.** The consumer commits the highest run of processed
   offsets, but lets a single missing offset right after the committed one through
   (``min(acked) - committed > 1``) and counts any offset gap as processed (right
   only for compacted or transactional topics). One dropped message then becomes a
   permanent loss. For topics whose offsets are contiguous, :class:`Consumer` never
   commits past an offset that was not processed and counts a gap as processed only
   where retention deleted it. A commit held back for a minute is logged and counted:
   the message is then lost to this worker, and a restart reads it again.
"""
from __future__ import annotations

import time
from typing import Optional

import faust
import structlog
from faust.transport.drivers import aiokafka as aiokafka_driver
from faust.types import TP
from mode.utils.objects import cached_property
from mode.utils.queues import FlowControlEvent

from monitor import metrics

log = structlog.get_logger("monitor.delivery")


class FlowControl(FlowControlEvent):
    """Flow control whose resume empties the stream buffers only after a suspension."""

    def resume(self) -> None:
        was_suspended = not self.is_active()
        self._suspend.clear()
        self._resume.set()
        if was_suspended:
            self.clear()
            return
        kept = sum(queue.qsize() for queue in self._queues)
        if kept:
            metrics.BUFFERED_KEPT.inc(kept)
            log.info("flow_resumed_keeping_buffers", messages=kept)


def commit_blocked(committed: Optional[int], acked: list[int], log_start: int = 0) -> bool:
    """True when offset `committed` (the next one to commit) is not processed yet but
    later ones are: committing them would skip it. Offsets below the partition's log
    start were deleted by retention and can never be processed: nothing to wait for."""
    return committed is not None and bool(acked) and min(acked) > committed >= log_start


def deleted_part(first_missing: int, next_read: int, log_start: int) -> range:
    """Of the offsets a consumer jumped over (`first_missing` up to `next_read`), those
    below the log start: deleted by retention, gone for good, so done."""
    return range(first_missing, min(max(log_start, first_missing), next_read))


HELD_WARN_S = 60.0  # a commit held this long is no in-flight message: say so


class Consumer(aiokafka_driver.Consumer):
    """aiokafka consumer that never commits past an unprocessed offset of a topic
    whose offsets have no legitimate gaps (``app.contiguous_topics``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._log_start: dict[TP, int] = {}
        self._held_since: dict[tuple[TP, int], float] = {}  # (partition, offset) -> first held

    def _contiguous(self, tp: TP) -> bool:
        return tp.topic in getattr(self.app, "contiguous_topics", frozenset())

    def _new_offset(self, tp: TP) -> Optional[int]:
        committed = self._committed_offset[tp]
        if self._contiguous(tp) and commit_blocked(committed, self._acked[tp], self._log_start.get(tp, 0)):
            # Later offsets are done but this one is not: still in flight (a copy fetched
            # before a seek), or skipped. Hold the commit here, so a restart reads it again.
            self._warn_if_held_long(tp, committed)
            return None
        return super()._new_offset(tp)

    def _warn_if_held_long(self, tp: TP, offset: int) -> None:
        since = self._held_since.setdefault((tp, offset), time.monotonic())
        if since and time.monotonic() - since >= HELD_WARN_S:
            self._held_since[(tp, offset)] = 0.0  # warn once per hole
            metrics.COMMITS_HELD.labels(tp.topic).inc()
            log.warning("commit_held", topic=tp.topic, partition=tp.partition, offset=offset,
                        processed_after=len(self._acked[tp]),
                        note="not processed by this worker; a restart reads it again")

    async def _add_gap(self, tp: TP, offset_from: int, offset_to: int) -> None:
        # The fetcher calls this with the first offset it jumped over and the offset it
        # got (which is processed as usual). Offsets jumped over after a seek may well be
        # processed already, from a copy fetched before it: the acks decide (_new_offset).
        if not self._contiguous(tp):
            return await super()._add_gap(tp, offset_from, offset_to)
        log_start = (await self.earliest_offsets(tp)).get(tp) or 0
        self._log_start[tp] = log_start
        gone = deleted_part(offset_from, offset_to, log_start)
        if gone:
            await super()._add_gap(tp, gone.start, gone.stop - 1)


class Transport(aiokafka_driver.Transport):
    Consumer = Consumer


class App(faust.App):
    """faust.App with the at-least-once fixes above."""

    #: topics whose offsets run without gaps (not compacted, not transactional)
    contiguous_topics: frozenset[str] = frozenset()

    def _new_transport(self):
        return Transport(self.conf.broker_consumer, self)

    @cached_property
    def flow_control(self) -> FlowControl:
        return FlowControl(loop=self.loop)
