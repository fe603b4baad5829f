"""Helpers for integration tests: a real worker process and topic readers."""
from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Worker:
    """`monitor worker` as a child process, in its own namespace (topics, app id, state)."""

    bootstrap: str
    data_dir: Path
    namespace: str = field(default_factory=lambda: f"t{uuid.uuid4().hex[:10]}")
    web_port: int = field(default_factory=free_port)
    extra_env: dict = field(default_factory=dict)
    proc: subprocess.Popen | None = None
    killed: bool = False  # True when stop() had to SIGKILL: the worker left its group without a goodbye

    @property
    def env(self) -> dict:
        return {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
                "MONITOR_NAMESPACE": self.namespace, "MONITOR_DATA_DIR": str(self.data_dir),
                "MONITOR_WEB_PORT": str(self.web_port), **self.extra_env}

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.web_port}"

    def cli(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "monitor.cli", *args], env=self.env, cwd=ROOT,
                              capture_output=True, text=True, timeout=timeout)

    def start(self, timeout: float = 90) -> "Worker":
        log = open(self.data_dir / f"worker-{self.web_port}.log", "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "monitor.cli", "worker"], env=self.env,
                                     cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"worker exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.url}/health", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        raise RuntimeError(f"worker not healthy within {timeout}s:\n{self.log_tail()}")

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 60) -> None:
        """Stop the worker; `killed` records whether it had to be killed (a slow host or a stuck shutdown)."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                self.killed = True

    def log_tail(self, n: int = 60) -> str:
        logs = sorted(self.data_dir.glob("worker-*.log"))
        return "\n".join(logs[-1].read_text(errors="replace").splitlines()[-n:]) if logs else ""

    def topic(self, suffix: str) -> str:
        return f"{self.namespace}.{suffix}"


async def _group_lag(bootstrap: str, group: str, topics: list[str]) -> dict[str, int]:
    from aiokafka import AIOKafkaConsumer, TopicPartition

    from monitor.follow import topic_partitions

    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=group, enable_auto_commit=False)
    await consumer.start()
    try:
        lag: dict[str, int] = {}
        for topic in topics:
            parts = [TopicPartition(topic, p) for p in sorted(await topic_partitions(consumer, topic))]
            assert parts, f"no partitions found for {topic}"
            ends = await consumer.end_offsets(parts)
            lag[topic] = 0
            for tp in parts:  # (an await inside a generator expression would make it an async generator)
                lag[topic] += ends[tp] - ((await consumer.committed(tp)) or 0)
        return lag
    finally:
        await consumer.stop()


def group_lag(bootstrap: str, group: str, topics: list[str]) -> dict[str, int]:
    """Records not yet committed by a consumer group, per topic: > 0 means it is still working (or stuck)."""
    return asyncio.run(_group_lag(bootstrap, group, topics))


async def _read(bootstrap: str, topic: str, want: float, timeout: float) -> list:
    """Records of `topic` from the beginning, once `want` arrived or the timeout passed."""
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest",
                                enable_auto_commit=False, group_id=None)
    await consumer.start()
    out: list = []
    try:
        deadline = time.monotonic() + timeout
        while len(out) < want and time.monotonic() < deadline:
            batch = await consumer.getmany(timeout_ms=500)
            for records in batch.values():
                out.extend(records)
    finally:
        await consumer.stop()
    return out


def read_topic(bootstrap: str, topic: str, want: int, timeout: float = 90) -> list[dict]:
    """Values of `topic` from the beginning, once `want` arrived or the timeout passed."""
    return [json.loads(r.value) for r in asyncio.run(_read(bootstrap, topic, want, timeout))]


def topic_layout(bootstrap: str, topic: str, timeout: float = 10) -> list[tuple]:
    """(partition, offset, key, alert or article id, time) of every record: what a failed check saw."""
    lines = []
    for r in asyncio.run(_read(bootstrap, topic, float("inf"), timeout)):
        value = json.loads(r.value)
        lines.append((r.partition, r.offset, r.key.decode() if r.key else None,
                      value.get("alert_id") or value.get("article_id"),
                      time.strftime("%H:%M:%S", time.localtime(r.timestamp / 1000))))
    return sorted(lines)


def read_records(bootstrap: str, topic: str, want: int, timeout: float = 90) -> list[tuple[bytes | None, bytes]]:
    return [(r.key, r.value) for r in asyncio.run(_read(bootstrap, topic, want, timeout))]
