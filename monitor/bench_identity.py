"""Benchmark for ``monitor bench identity``: resolving mentions against many known people.

Builds a ``PersonIndex`` of ``n_people`` synthetic, varied people (Slavic, Arabic,
Spanish, Hebrew-style names, gendered surname forms), then times ``lookup`` for a mix
of mentions: exact known names, transliteration variants of known names, surname-only
mentions and unknown people. The parse cache is cleared before timing so every timed
mention is parsed cold. Also reports how often a known or variant mention resolves to
the intended person and how often an unknown one is wrongly merged.
"""

from __future__ import annotations

import random
import statistics
import time

from monitor import identity
from monitor.identity import PersonIndex

_GIVEN = [
    line.split() for line in identity._GIVEN_GROUPS.strip().splitlines()
] + [[g] for g in "evan keith yarden agam arbel alsu narges kylie ohad itay liri omri".split()]
_ONSETS = "b d g k l m n p r s t v z sh ch kh br dr gr kr pr tr st sk zh ts".split()
_VOWELS = "a o e i u".split()
_ENDINGS = ["ov", "ova", "ev", "eva", "in", "ina", "sky", "skaya", "enko", "uk", "ich",
            "ez", "es", "ani", "awi", "berg", "man", "stein", "ic", "ar", "ada", "illo"]


def _surname(rng: random.Random) -> str:
    syllables = rng.randint(2, 3)
    stem = "".join(rng.choice(_ONSETS) + rng.choice(_VOWELS) for _ in range(syllables))
    return (stem + rng.choice(_ENDINGS)).capitalize()


def _variant(name: str, rng: random.Random) -> str:
    """Another plausible spelling: swap the given-name variant and one a/o in the surname."""
    given, surname = name.split(" ", 1)
    group = next((g for g in _GIVEN if given.lower() in g), [given.lower()])
    given = rng.choice(group).capitalize()
    positions = [i for i, c in enumerate(surname[:-3]) if c in "ao" and i > 0]
    if positions:
        i = rng.choice(positions)
        surname = surname[:i] + ("o" if surname[i] == "a" else "a") + surname[i + 1:]
    return f"{given} {surname}"


def _people(n: int, rng: random.Random) -> list[str]:
    names, ids = [], set()
    while len(names) < n:
        name = f"{rng.choice(rng.choice(_GIVEN)).capitalize()} {_surname(rng)}"
        pid = identity.person_id(name)
        if pid not in ids:
            ids.add(pid)
            names.append(name)
    return names


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_bench(n_people: int = 10_000, n_queries: int = 2_000, seed: int = 7) -> dict:
    """Build an index of ``n_people`` and time resolving ``n_queries`` mentions; print figures."""
    rng = random.Random(seed)
    names = _people(n_people, rng)
    index = PersonIndex()
    t0 = time.perf_counter()
    expected = {name: index.observe(name).id for name in names}
    build_s = time.perf_counter() - t0

    known_ids = set(expected.values())
    queries: list[tuple[str, str, str | None]] = []  # (kind, mention, expected id)
    for _ in range(n_queries):
        roll = rng.random()
        name = rng.choice(names)
        if roll < 0.35:
            queries.append(("known", name, expected[name]))
        elif roll < 0.7:
            queries.append(("variant", _variant(name, rng), expected[name]))
        elif roll < 0.85:
            queries.append(("surname", name.split(" ", 1)[1], None))
        else:
            queries.append(("unknown", f"{rng.choice(rng.choice(_GIVEN)).capitalize()} {_surname(rng)}", None))

    identity._parse.cache_clear()
    identity.surname_key.cache_clear()
    identity.fold.cache_clear()
    timings, hits, tried, false_merges, unknowns = [], 0, 0, 0, 0
    for kind, mention, want in queries:
        t = time.perf_counter_ns()
        person = index.lookup(mention)
        timings.append((time.perf_counter_ns() - t) / 1e6)
        if kind in ("known", "variant"):
            tried += 1
            # ids can move when a fuzzy spelling joins a person; get() follows redirects.
            hits += person is not None and person.id == index.get(want).id
        elif kind == "unknown" and identity.person_id(mention) not in known_ids:
            unknowns += 1
            false_merges += person is not None

    observe_times = []
    for kind, mention, _ in queries[:500]:
        t = time.perf_counter_ns()
        index.observe(mention)
        observe_times.append((time.perf_counter_ns() - t) / 1e6)

    result = {
        "n_people": n_people,
        "n_queries": len(queries),
        "build_s": round(build_s, 3),
        "lookup_median_ms": round(statistics.median(timings), 4),
        "lookup_p95_ms": round(_percentile(timings, 0.95), 4),
        "lookup_max_ms": round(max(timings), 4),
        "observe_median_ms": round(statistics.median(observe_times), 4),
        "observe_p95_ms": round(_percentile(observe_times, 0.95), 4),
        "known_or_variant_resolved": round(hits / tried, 4) if tried else 1.0,
        "unknown_wrongly_merged": round(false_merges / unknowns, 4) if unknowns else 0.0,
    }
    print(f"identity bench: {n_people} known people, {len(queries)} mentions")
    print(f"  build index      {result['build_s']:.3f} s")
    print(f"  lookup  median   {result['lookup_median_ms']:.4f} ms   p95 {result['lookup_p95_ms']:.4f} ms"
          f"   max {result['lookup_max_ms']:.4f} ms")
    print(f"  observe median   {result['observe_median_ms']:.4f} ms   p95 {result['observe_p95_ms']:.4f} ms")
    print(f"  known/variant mentions resolved to the right person: {result['known_or_variant_resolved']:.2%}")
    print(f"  unknown people wrongly merged into a known one:      {result['unknown_wrongly_merged']:.2%}")
    return result


if __name__ == "__main__":
    run_bench()
