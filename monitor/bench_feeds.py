"""`monitor bench feeds`: 1,000 feeds on a local server, each polled every 60 s.

The feed server runs in a child process so that only the poller's cost is measured:
conditional GETs through the SSRF guard, feed parsing, item dedup, state updates
(publishing to Kafka is left out: it is the producer's cost, not the poller's).
Feeds start staggered over the first interval, as feeds added over time would be.
Prints CPU share of one core, memory, polls, the 304 ratio and scheduling lag.
"""
from __future__ import annotations

import asyncio
import ipaddress
import os
import random
import resource
import statistics
import subprocess
import sys
import time

N_FEEDS = int(os.environ.get("MONITOR_BENCH_FEEDS", "1000"))
INTERVAL_S = 60.0
DURATION_S = float(os.environ.get("MONITOR_BENCH_FEEDS_SECONDS", "150"))
ITEMS_PER_FEED = 10


def _feed_xml(n: int) -> bytes:
    items = "".join(
        f"<item><title>Story {n}-{i}</title><link>https://news{n % 50}.example/{n}/{i}</link>"
        f"<guid>{n}-{i}</guid><pubDate>Sat, 13 Dec 2025 10:{i:02d}:00 GMT</pubDate>"
        f"<description>Officials said {i + 3} detainees were released on Saturday after talks; "
        f"relatives waited at the border crossing for news of the others.</description></item>"
        for i in range(ITEMS_PER_FEED))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {n}</title>'
            f"<link>https://news.example/{n}</link>{items}</channel></rss>").encode()


def serve(port: int) -> None:
    """The child process: every feed answers 304 to its ETag, else the feed."""
    from aiohttp import web

    async def handler(request: web.Request) -> web.Response:
        n = int(request.match_info["n"])
        etag = f'"feed-{n}-v1"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers={"ETag": etag})
        return web.Response(body=_feed_xml(n), content_type="application/rss+xml", headers={"ETag": etag})

    app = web.Application()
    app.router.add_get("/feed/{n}.xml", handler)
    web.run_app(app, host="127.0.0.1", port=port, access_log=None, print=None)


def _rss_mib() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


async def _run(port: int, n_feeds: int, duration_s: float) -> dict:
    from monitor.feeds import schedule
    from monitor.feeds.fetch import HostLimiter, feed_client
    from monitor.poller import FeedPoller, apply_poll

    rng = random.Random(7)
    # All feeds share one host here; a real deployment spreads them over many hosts.
    poller = FeedPoller(client=feed_client(allow=[ipaddress.ip_network("127.0.0.0/8")]),
                        limiter=HostLimiter(per_host=8), full_text=False)
    start = time.time()
    states = {}
    for n in range(n_feeds):
        url = f"http://127.0.0.1:{port}/feed/{n}.xml"
        states[url] = {**schedule.new_state(url, interval_s=INTERVAL_S), "next_poll_at": start + rng.uniform(0, INTERVAL_S)}
    inflight: set[str] = set()
    slots = asyncio.Semaphore(32)
    outcomes: dict[str, int] = {}
    lags, latencies = [], []

    async def poll(url: str, due_at: float) -> None:
        async with slots:
            lags.append(time.time() - due_at)
            out = await poller.poll(states[url])
            outcomes[out.event["outcome"]] = outcomes.get(out.event["outcome"], 0) + 1
            latencies.append(out.event.get("elapsed_s") or 0.0)
            states[url] = apply_poll(states[url], out.event, rng)
            inflight.discard(url)

    cpu0 = time.process_time()
    tasks = []
    while time.time() - start < duration_s:
        now = time.time()
        for url, state in states.items():
            if url not in inflight and schedule.due(state, now):
                inflight.add(url)
                tasks.append(asyncio.ensure_future(poll(url, state["next_poll_at"])))
        await asyncio.sleep(0.2)
    await asyncio.gather(*tasks)
    cpu = time.process_time() - cpu0
    wall = time.time() - start
    await poller.aclose()
    polls = sum(outcomes.values())
    return {
        "feeds": n_feeds, "interval_s": INTERVAL_S, "seconds": round(wall, 1), "polls": polls,
        "polls_per_s": round(polls / wall, 1), "outcomes": outcomes,
        "not_modified_ratio": round(outcomes.get("not_modified", 0) / polls, 3) if polls else 0.0,
        "cpu_share_of_one_core": round(cpu / wall, 3),
        "cpu_ms_per_poll": round(1000 * cpu / polls, 2) if polls else None,
        "rss_mib": round(_rss_mib(), 1),
        "max_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "schedule_lag_p50_s": round(statistics.median(lags), 3) if lags else None,
        "schedule_lag_p95_s": round(sorted(lags)[int(0.95 * (len(lags) - 1))], 3) if lags else None,
        "fetch_p50_ms": round(1000 * statistics.median(latencies), 1) if latencies else None,
    }


def run_bench(n_feeds: int = N_FEEDS, duration_s: float = DURATION_S) -> dict:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "monitor.bench_feeds", "--serve", str(port)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 20
        while time.time() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        result = asyncio.run(_run(port, n_feeds, duration_s))
    finally:
        server.terminate()
        server.wait(10)
    print(f"feeds bench: {result['feeds']} feeds every {result['interval_s']:.0f}s for {result['seconds']}s "
          f"-> {result['polls']} polls ({result['polls_per_s']}/s), 304 ratio {result['not_modified_ratio']}")
    print(f"  CPU {100 * result['cpu_share_of_one_core']:.1f}% of one core ({result['cpu_ms_per_poll']} ms/poll), "
          f"RSS {result['rss_mib']} MiB (peak {result['max_rss_mib']} MiB)")
    print(f"  schedule lag p50 {result['schedule_lag_p50_s']}s p95 {result['schedule_lag_p95_s']}s, "
          f"fetch p50 {result['fetch_p50_ms']} ms, outcomes {result['outcomes']}")
    return result


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--serve":
        serve(int(sys.argv[2]))
    else:
        run_bench()
