"""Benchmark: merge one claims message and decide its alerts against a big table.

The table holds BENCH_EVENTS events of one actor and kind (the worst case for
clustering: one index bucket) and BENCH_PEOPLE people, all in one story state.
Each timed merge starts from that same state (merging is pure), so every
sample measures one claim, not a growing table. Target: median <= 1 ms.

    .venv/bin/python -m monitor.bench_facts
"""
from __future__ import annotations

import datetime as dt
import gc
import hashlib
import statistics
import time

from monitor import identity
from monitor.facts import empty_state, events, merge_claims, people

BENCH_EVENTS = 10_000
BENCH_PEOPLE = 10_000
SAMPLES = 300
TARGET_MEDIAN_MS = 1.0

_GIVEN = ["Ales", "Maria", "Viktar", "Ihar", "Pavel", "Olga", "Darya", "Mikola", "Ryhor", "Nasta"]


def _surname(i: int) -> str:
    """Distinct, name-shaped surnames: six consonant-vowel syllables drawn from a
    hash of i, so two surnames rarely share more than four consonants (identity's
    fuzzy rule would rightly merge near-identical ones)."""
    digest = hashlib.sha256(str(i).encode()).digest()
    consonants = "bdfgklmnprstvz"
    word = "".join(consonants[b % len(consonants)] + "aeio"[b // len(consonants) % 4] for b in digest[:6])
    return word.capitalize()


def _claim(article_id: str, date: str, counts: list[dict], people: list[dict]) -> dict:
    return {"article_id": article_id, "source": f"{article_id}.txt", "url": f"https://example.org/{article_id}",
            "outlet": "Bench Wire", "published": date, "title": None,
            "event": {"kind": "prisoner_release", "actor": "Belarus", "date": date},
            "counts": counts, "people": people}


def _count(metric: str, value: int, destination: str | None = None, as_of: str | None = None) -> dict:
    return {"metric": metric, "value": value, "qualifier": "exact", "destination": destination,
            "scope": "this_event", "quote": f"{value} {metric}", "as_of": as_of, "note": None}


def _person(name: str, status: str = "released") -> dict:
    return {"name": name, "aliases": [], "status": status, "scope": "this_event", "quote": f"{name} was freed"}


def _event_date(i: int) -> str:
    # a week apart: farther than the clustering window, so every claim makes its own event
    return (dt.date(1800, 1, 1) + dt.timedelta(days=7 * i)).isoformat()


def build_table(names) -> dict:
    state = empty_state()
    for i in range(max(BENCH_EVENTS, BENCH_PEOPLE)):
        date = _event_date(i % BENCH_EVENTS)
        people = [_person(f"{_GIVEN[i % 10]} {_surname(i)}")] if i < BENCH_PEOPLE else []
        counts = [_count("released", 10 + i % 50), _count("held", 1000 + i % 300, as_of=date)]
        state, _ = merge_claims(state, _claim(f"a_seed{i}", date, counts, people), names=names)
    return state


def _time(state: dict, make_claim, names, freeze_gc: bool) -> list[float]:
    """Per-merge wall times in ms. With freeze_gc the table built so far is moved
    out of the cyclic GC's reach (gc.freeze), as a worker can do after loading
    its table: the GC then no longer walks a million long-lived dicts, which is
    what the p95 tail is made of otherwise."""
    if freeze_gc:
        gc.collect()
        gc.freeze()
    try:
        samples = []
        for n in range(SAMPLES):
            msg = make_claim(n)
            start = time.perf_counter_ns()
            merge_claims(state, msg, names=names)
            samples.append((time.perf_counter_ns() - start) / 1e6)
        return samples
    finally:
        if freeze_gc:
            gc.unfreeze()


def _figures(samples: list[float]) -> dict:
    ordered = sorted(samples)
    return {"median_ms": round(statistics.median(ordered), 4),
            "p95_ms": round(ordered[int(0.95 * (len(ordered) - 1))], 4),
            "max_ms": round(ordered[-1], 4)}


def run_bench(names=None) -> dict:
    """Build the table, time three kinds of claims, print and return the figures.

    names: the person matcher (default monitor.identity)."""
    names = names or identity
    start = time.perf_counter()
    state = build_table(names)
    build_s = time.perf_counter() - start
    middle = _event_date(BENCH_EVENTS // 2)

    def existing_event(n: int) -> dict:
        # corroborates one figure, supersedes one, adds one; a known person in another
        # spelling, a new releasee, a newly held person
        later = (dt.date.fromisoformat(middle) + dt.timedelta(days=1)).isoformat()
        counts = [_count("released", 10 + (BENCH_EVENTS // 2) % 50), _count("held", 2000 + n, as_of=later),
                  _count("transferred", 5, destination="Lithuania")]
        people = [_person(f"{_GIVEN[(BENCH_EVENTS // 2) % 10]} {_surname(BENCH_EVENTS // 2)}"),
                  _person(f"{_GIVEN[n % 10]} {_surname(BENCH_PEOPLE + n)}"),
                  _person(f"{_GIVEN[(n + 3) % 10]} {_surname(2 * BENCH_PEOPLE + n)}", "held")]
        return _claim(f"a_bench{n}", middle, counts, people)

    def new_event(n: int) -> dict:
        date = _event_date(BENCH_EVENTS + 10 + n)
        return _claim(f"a_new{n}", date, [_count("released", 40)],
                      [_person(f"{_GIVEN[n % 10]} {_surname(3 * BENCH_PEOPLE + n)}")])

    claims = {"existing_event_claim": existing_event, "new_event_claim": new_event,
              "replayed_claim": lambda n: _claim("a_seed7", _event_date(7), [], [])}
    results: dict = {"events": len(events(state)), "people": len(people(state)), "build_s": round(build_s, 2),
                     "target_median_ms": TARGET_MEDIAN_MS}
    print(f"fact table: {results['events']:,} events, {results['people']:,} people (built in {build_s:.1f} s)")
    for freeze_gc in (False, True):
        mode = "gc_frozen" if freeze_gc else "gc_default"
        results[mode] = {kind: _figures(_time(state, make, names, freeze_gc)) for kind, make in claims.items()}
        print(f" {mode}:")
        for kind, figures in results[mode].items():
            print(f"  {kind:22s} median {figures['median_ms']:.3f} ms  p95 {figures['p95_ms']:.3f} ms"
                  f"  max {figures['max_ms']:.3f} ms")
    print(f"  target: median <= {TARGET_MEDIAN_MS} ms")
    return results


if __name__ == "__main__":
    run_bench()
