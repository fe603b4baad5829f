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
from rich.table import Table

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


def render_alert(alert: dict) -> str:
    kind = alert.get("type", "alert")
    text = alert.get("summary") or alert.get("message") or ""
    return f"[bold yellow]ALERT[/] [cyan]{kind:15}[/] {text}"


QUALIFIER = {"exact": "", "more_than": "more than ", "at_least": "at least ", "about": "about ",
             "at_most": "at most "}


def render_facts(url: str) -> list[Table]:
    """The worker's fact table and people as rich tables (empty when it cannot be read)."""
    try:
        resp = httpx.get(f"{url}/facts", timeout=3)
        data = resp.json() if resp.status_code == 200 else {}
    except (httpx.HTTPError, ValueError):
        return []
    figures = Table(title="Fact table", expand=True)
    for col in ("event", "figure", "value", "as of", "sources", "last change"):
        figures.add_column(col)
    for r in data.get("rows", []):
        event = f"{r.get('actor') or '?'} {r.get('event_date') or ''}".strip()
        if r.get("event_scope") != "reported":
            event += " (earlier event)"
        value = f"{QUALIFIER.get(r.get('qualifier'), '')}{r.get('value'):,}"
        if r.get("conflicting_values"):
            value += f" (conflict: {', '.join(map(str, r['conflicting_values']))})"
        last = r.get("last_change") or {}
        who = last.get("outlet") or last.get("source") or last.get("article_id") or ""
        change = f"{last.get('outcome', '')} {who}".strip()
        figures.add_row(event, r.get("figure", ""), value, str(r.get("as_of") or ""), str(r.get("sources", "")), change)
    people = Table(title="People")
    for col in ("name", "status", "aliases"):
        people.add_column(col)
    for p in data.get("people", []):
        people.add_row(p["name"], p["status"], ", ".join(a for a in p["aliases"] if a != p["name"]))
    return [figures, people]


async def _watch(bootstrap: str, namespace: str, url: str) -> None:
    from monitor.follow import tail

    last_table = 0.0
    async for topic, value in tail(bootstrap, [f"{namespace}.alerts", f"{namespace}.claims"]):
        if topic.endswith(".alerts"):
            console.print(render_alert(value))
            last_table = 0.0
        else:
            n = len([c for c in value.get("counts", []) if c.get("scope") == "this_event"])
            console.print(f"[dim]claims[/] {value.get('source')}: {n} figures, "
                          f"{len(value.get('people', []))} people")
        if time.monotonic() - last_table > 5:
            await asyncio.sleep(1.0)  # let the worker publish the rest of the batch
            for table in render_facts(url):
                console.print(table)
            last_table = time.monotonic()


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
