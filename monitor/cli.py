"""The `monitor` command line: one thin click command per user task.

Each command delegates to a module that holds the logic; nothing here knows
about extraction rules, Kafka internals or fact merging.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

DEFAULT_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _settings():
    from monitor.config import ConfigError, settings

    s = settings()
    try:
        s.bootstrap  # noqa: B018 - resolve now, to fail early with a clear message
    except ConfigError as exc:
        _fail(str(exc))
    return s


@click.group()
@click.version_option(package_name="monitor")
def main() -> None:
    """Watch news feeds, keep a running fact table, alert when a figure changes."""
    import logging

    # The client retries transient broker states (a new topic electing its leader) by
    # itself; a user of the CLI needs the outcome, not those warnings.
    logging.getLogger("aiokafka").setLevel(logging.ERROR)


# --- extraction -------------------------------------------------------------------

@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "pretty"]), default="pretty", show_default=True)
@click.option("--strict", is_flag=True, help="Exit with status 1 if any file could not be extracted.")
def extract(files: tuple[str, ...], fmt: str, strict: bool) -> None:
    """Extract counts and people from article FILES (text or HTML).

    Every file gets one output object, in input order. A file that cannot be
    extracted gets an object with empty counts and people and an "error" field,
    and a message on stderr; the other files are still extracted.
    """
    from monitor.extract import extract_file

    failed = 0
    for path in files:
        try:
            result = extract_file(path)
        except Exception as exc:  # one unreadable or unexpected article must not cost the others
            failed += 1
            click.echo(f"monitor extract: {path}: {type(exc).__name__}: {exc}", err=True)
            result = {"source": path, "counts": [], "people": [], "error": f"{type(exc).__name__}: {exc}"}
        if fmt == "jsonl":
            sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        else:
            click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    if failed and strict:
        sys.exit(1)


# --- the local broker ---------------------------------------------------------------

@main.group()
def kafka() -> None:
    """Run a local single-node Apache Kafka (KRaft) from Maven Central jars."""


@kafka.command("up")
def kafka_up() -> None:
    """Start the local broker (a no-op when it already runs); print its address."""
    from monitor import broker

    started = time.monotonic()
    try:
        info = broker.up()
    except broker.BrokerError as exc:
        _fail(str(exc))
    click.echo(f"kafka {broker.KAFKA_VERSION} running: bootstrap={info.bootstrap} pid={info.pid} "
               f"({time.monotonic() - started:.1f}s)  state={broker.home()}")


@kafka.command("down")
def kafka_down() -> None:
    """Stop the local broker cleanly (its data is kept)."""
    from monitor import broker

    click.echo("kafka stopped" if broker.down() else "kafka was not running")


@kafka.command("status")
def kafka_status() -> None:
    """Print the bootstrap address; exit 1 when the broker is not running."""
    from monitor import broker

    info = broker.running()
    if info is None or not broker.is_ready(info.bootstrap):
        click.echo("kafka not running")
        sys.exit(1)
    click.echo(info.bootstrap)


@main.command("topics")
def create_topics() -> None:
    """Create every topic the monitor uses (partitions and retention from monitor/topics.py)."""
    from monitor.topics import ALL, ensure_topics_sync

    s = _settings()
    created = ensure_topics_sync(s.bootstrap, s.namespace)
    for spec in ALL:
        name = spec.name(s.namespace)
        click.echo(f"{name:40} partitions={spec.partitions:<3} {'created' if name in created else 'exists'}")


# --- the stream -------------------------------------------------------------------

@main.command()
@click.option("--loglevel", default="info", show_default=True)
def worker(loglevel: str) -> None:
    """Run the Faust worker with all agents (Ctrl-C stops it)."""
    s = _settings()
    from monitor.topics import ensure_topics_sync

    ensure_topics_sync(s.bootstrap, s.namespace)
    s.data_dir.mkdir(parents=True, exist_ok=True)
    import faust

    from agents.app import app
    import agents.pipeline  # noqa: F401 - registers the agents
    import agents.feeds  # noqa: F401
    import agents.webhooks  # noqa: F401

    faust.Worker(app, loglevel=loglevel).execute_from_commandline()


@main.command()
@click.argument("path", required=False, type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--rate", type=float, default=None, help="articles per second (default: as fast as acked)")
def replay(path: Path | None, rate: float | None) -> None:
    """Publish seed articles (default: seeds/) to the raw-articles topic in manifest order."""
    from rich.progress import Progress

    from monitor.articles import SeedError
    from monitor.replay import replay as do_replay

    s = _settings()
    path = path or DEFAULT_SEEDS
    if rate is not None and rate <= 0:
        _fail("--rate must be positive")
    try:
        from monitor.articles import load_manifest

        total = len(load_manifest(path))
        with Progress(transient=False) as progress:
            task = progress.add_task(f"replaying {path.name}", total=total)
            sent = do_replay(path, bootstrap=s.bootstrap, namespace=s.namespace, rate=rate,
                             on_sent=lambda a: progress.update(task, advance=1, description=a["source"]))
    except SeedError as exc:
        _fail(str(exc))
    click.echo(f"published {sent} articles to {s.namespace}.raw-articles")


@main.command()
@click.option("--json", "as_json", is_flag=True, help="print the worker's JSON")
@click.option("--url", default=None, help="worker URL (default: http://MONITOR_WEB_HOST:MONITOR_WEB_PORT)")
def facts(as_json: bool, url: str | None) -> None:
    """Print the current fact table (figure, value, as-of, sources, last change) and people."""
    from rich.console import Console

    from monitor.config import settings
    from monitor.render import fact_tables
    from monitor.run import fetch_facts

    s = settings()
    url = url or f"http://{s.web_host}:{s.web_port}"
    data = fetch_facts(url)
    if not data:
        _fail(f"no worker answers at {url} (start one with `monitor worker`)")
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for table in fact_tables(data):
        Console().print(table)


@main.command()
@click.option("--follow", is_flag=True, help="keep printing alerts as they arrive (Ctrl-C stops)")
@click.option("--json", "as_json", is_flag=True, help="one JSON object per line")
def alerts(follow: bool, as_json: bool) -> None:
    """Print alerts from the alerts topic (each alert once, by its id)."""
    import asyncio

    from rich.console import Console

    from monitor.follow import tail
    from monitor.render import alert_line

    s = _settings()
    console = Console()
    seen: set[str] = set()

    async def show() -> None:
        async for _, alert in tail(s.bootstrap, [f"{s.namespace}.alerts"], follow=follow):
            if alert.get("alert_id") in seen:
                continue  # at-least-once delivery may repeat an alert; its id does not change
            seen.add(alert.get("alert_id"))
            if as_json:
                sys.stdout.write(json.dumps(alert, ensure_ascii=False) + "\n")
                sys.stdout.flush()
            else:
                console.print(alert_line(alert))

    try:
        asyncio.run(show())
    except KeyboardInterrupt:
        pass


# --- webhook subscriptions (through the worker's authenticated API) -------------------

def _api(method: str, path: str, url: str | None, **kw):
    import httpx

    from monitor.config import settings

    s = settings()
    if not s.api_token:
        _fail("MONITOR_API_TOKEN is not set (the worker's management API needs the same token)")
    base = url or f"http://{s.web_host}:{s.web_port}"
    try:
        resp = httpx.request(method, base + path, headers={"Authorization": f"Bearer {s.api_token}"},
                             timeout=30, **kw)
    except httpx.HTTPError as exc:
        _fail(f"no worker answers at {base}: {exc}")
    data = resp.json() if resp.headers.get("content-type", "").startswith("application/json") else {}
    if resp.status_code >= 400:
        _fail(f"{resp.status_code}: {data.get('error') or resp.text[:200]}")
    return data


@main.group()
def subscriptions() -> None:
    """Manage webhook subscriptions (needs MONITOR_API_TOKEN and a running worker)."""


URL_OPTION = click.option("--url", "worker_url", default=None, help="worker URL (default: from MONITOR_WEB_*)")


@subscriptions.command("add")
@click.argument("endpoint")
@click.option("--types", "types_", multiple=True, help="alert types to receive (repeatable; default: all)")
@click.option("--watch", multiple=True, help="only alerts about this person (repeatable)")
@click.option("--story", "stories", multiple=True, help="only this story or country (repeatable)")
@click.option("--keyword", "keywords", multiple=True, help="only alerts whose text has this word (repeatable)")
@click.option("--min-change", type=int, default=0, show_default=True, help="smallest figure change to send")
@URL_OPTION
def subscriptions_add(endpoint, types_, watch, stories, keywords, min_change, worker_url) -> None:
    """Subscribe ENDPOINT (an https URL); prints the id and the signing secret."""
    types_ = [t for group in types_ for t in group.split(",") if t]
    data = _api("POST", "/subscriptions", worker_url, json={
        "url": endpoint, "types": types_, "watch": list(watch), "stories": list(stories),
        "keywords": list(keywords), "min_change": min_change})
    click.echo(f"id:     {data['id']}")
    click.echo(f"secret: {data['secrets'][0]}")
    click.echo("Verify deliveries with this secret (Standard Webhooks, header webhook-signature); "
               "it is not shown again.", err=True)


@subscriptions.command("list")
@click.option("--json", "as_json", is_flag=True)
@URL_OPTION
def subscriptions_list(as_json: bool, worker_url) -> None:
    """List subscriptions (secrets are never shown)."""
    data = _api("GET", "/subscriptions", worker_url)
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    for sub in data["subscriptions"]:
        flags = " DISABLED: " + (sub.get("disabled_reason") or "") if sub.get("disabled") else ""
        click.echo(f"{sub['id']}  {sub['url']}  types={','.join(sub['types']) or 'all'}"
                   f"{'  watch=' + ','.join(sub['watch']) if sub['watch'] else ''}{flags}")


@subscriptions.command("remove")
@click.argument("sub_id")
@URL_OPTION
def subscriptions_remove(sub_id: str, worker_url) -> None:
    """Delete a subscription; pending deliveries to it are dropped."""
    _api("DELETE", f"/subscriptions/{sub_id}", worker_url)
    click.echo(f"removed {sub_id}")


@subscriptions.command("rotate")
@click.argument("sub_id")
@URL_OPTION
def subscriptions_rotate(sub_id: str, worker_url) -> None:
    """Add a new signing secret; deliveries are signed with old and new until the old is retired."""
    data = _api("POST", f"/subscriptions/{sub_id}/rotate", worker_url)
    click.echo(f"secret: {data['secret']}")


# --- feeds --------------------------------------------------------------------------

@main.group()
def feeds() -> None:
    """Manage the watched RSS/Atom feeds (kept in Kafka; workers poll them)."""


@feeds.command("add")
@click.argument("url")
@click.option("--interval", type=float, default=300.0, show_default=True, help="seconds between polls (>= 60)")
def feeds_add(url: str, interval: float) -> None:
    """Watch the feed at URL."""
    from monitor import feed_registry

    s = _settings()
    try:
        record = feed_registry.add(s.bootstrap, s.namespace, url, interval)
    except ValueError as exc:
        _fail(str(exc))
    click.echo(f"watching {record['url']} every {record['interval_s']:.0f}s")


@feeds.command("list")
@click.option("--json", "as_json", is_flag=True)
def feeds_list(as_json: bool) -> None:
    """List the watched feeds."""
    from monitor import feed_registry

    s = _settings()
    records = feed_registry.listing(s.bootstrap, s.namespace)
    if as_json:
        click.echo(json.dumps(records, indent=2))
        return
    for r in records:
        click.echo(f"{r['url']}  every {r['interval_s']:.0f}s  (added {r.get('added_at') or '?'})")
    if not records:
        click.echo("no feeds (add one with `monitor feeds add URL`)")


@feeds.command("remove")
@click.argument("url")
def feeds_remove(url: str) -> None:
    """Stop watching the feed at URL."""
    from monitor import feed_registry

    s = _settings()
    if not feed_registry.remove(s.bootstrap, s.namespace, url):
        _fail(f"not watching {url}")
    click.echo(f"removed {url}")


BENCHES = {
    "identity": "monitor.bench_identity",
    "extract": "monitor.bench_extract",
    "facts": "monitor.bench_facts",
    "feeds": "monitor.bench_feeds",
}


@main.command()
@click.argument("name", type=click.Choice([*BENCHES, "all"]))
@click.option("--json", "as_json", is_flag=True, help="also print the figures as one JSON line")
def bench(name: str, as_json: bool) -> None:
    """Run a benchmark and print its figures (speed targets live here, not in tests)."""
    import importlib

    results = {}
    for key in (BENCHES if name == "all" else [name]):
        click.echo(f"== bench {key}")
        results[key] = importlib.import_module(BENCHES[key]).run_bench()
    if as_json:
        click.echo(json.dumps(results, default=str))


@main.command("run")
@click.option("--seeds", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="articles to replay (default: seeds/)")
def run_all(seeds: Path | None) -> None:
    """Broker, worker and seed replay in one go; shows alerts and the fact table until Ctrl-C."""
    from monitor.broker import BrokerError
    from monitor.run import run

    try:
        run(seeds or DEFAULT_SEEDS)
    except (BrokerError, RuntimeError) as exc:
        _fail(str(exc))


if __name__ == "__main__":
    main()
