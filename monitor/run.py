"""`monitor run`: the whole product on one machine, for a first look.

Starts the local broker (unless KAFKA_BOOTSTRAP_SERVERS points elsewhere), a
worker process, replays the seeds, then shows alerts as they arrive and the
fact table, until Ctrl-C. The broker keeps running afterwards (`monitor kafka down`).
"""
from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
from rich.console import Console

from monitor.render import alert_line, fact_tables

console = Console()


def _start_worker(env: dict, log_path: Path, url: str, timeout: float = 120) -> subprocess.Popen:
    log_path.parent.mkdir(parents=True, exist_ok=True)
    proc = subprocess.Popen([sys.executable, "-m", "monitor.cli", "worker"], env=env,
                            stdout=open(log_path, "ab"), stderr=subprocess.STDOUT)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"the worker exited with code {proc.returncode}; see {log_path}")
        with contextlib.suppress(httpx.HTTPError):
            if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                return proc
        time.sleep(0.5)
    proc.terminate()
    raise RuntimeError(f"the worker did not become healthy in {timeout:.0f}s; see {log_path}")


def fetch_facts(url: str) -> dict:
    """The worker's /facts JSON ({} when the worker cannot be reached)."""
    try:
        resp = httpx.get(f"{url}/facts", timeout=3)
        return resp.json() if resp.status_code == 200 else {}
    except (httpx.HTTPError, ValueError):
        return {}


async def _watch(bootstrap: str, namespace: str, url: str) -> None:
    """Alerts and claims as they arrive; the fact table whenever the stream goes quiet."""
    from monitor.follow import tail

    changed = False
    async for topic, value in tail(bootstrap, [f"{namespace}.alerts", f"{namespace}.claims"], heartbeat=True):
        if not topic:
            if changed:
                for table in fact_tables(fetch_facts(url)):
                    console.print(table)
                changed = False
            continue
        changed = True
        if topic.endswith(".alerts"):
            console.print(alert_line(value))
        else:
            n = len([c for c in value.get("counts", []) if c.get("scope") == "this_event"])
            console.print(f"[dim]article {value.get('source')}: {n} figures, "
                          f"{len(value.get('people', []))} people[/]")


def run(seeds: Path) -> None:
    from monitor import broker, topics
    from monitor.config import settings
    from monitor.replay import replay

    s = settings()
    if not os.environ.get("KAFKA_BOOTSTRAP_SERVERS"):
        with console.status("starting the local Kafka broker (first run downloads it from Maven Central)"):
            info = broker.up()
        console.print(f"kafka: {info.bootstrap}")
    bootstrap = s.bootstrap
    topics.ensure_topics_sync(bootstrap, s.namespace)
    url = f"http://{s.web_host}:{s.web_port}"
    env = {**os.environ, "KAFKA_BOOTSTRAP_SERVERS": bootstrap}
    log_path = s.data_dir / "worker.log"
    with console.status(f"starting the worker (log: {log_path})"):
        worker = _start_worker(env, log_path, url)
    console.print(f"worker: {url} (facts at {url}/facts, metrics at {url}/metrics)")
    try:
        n = replay(seeds, bootstrap=bootstrap, namespace=s.namespace)
        console.print(f"replayed {n} seed articles; watching for alerts (Ctrl-C to stop)")
        asyncio.run(_watch(bootstrap, s.namespace, url))
    except KeyboardInterrupt:
        pass
    finally:
        worker.send_signal(signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            worker.wait(30)
        console.print("worker stopped; the broker keeps running (`monitor kafka down` stops it)")
