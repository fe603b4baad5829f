"""Extraction throughput on one core: seeds, and a generated mix of relevant/irrelevant articles.

`run_bench()` prints articles/second and returns the figures. Targets: >= 300
relevant articles/s and >= 5,000 irrelevant articles/s. Articles are generated
from templates here (deterministic seed), never downloaded.
"""
from __future__ import annotations

import random
import time
from pathlib import Path

from monitor.extract import extract_article

TARGET_RELEVANT_PER_S = 300
TARGET_IRRELEVANT_PER_S = 5_000

_ACTORS = [("Belarus", "Belarusian", "Lithuania"), ("Russia", "Russian", "Turkey"), ("Iran", "Iranian", "Qatar"),
           ("Venezuela", "Venezuelan", "the United States"), ("Nicaragua", "Nicaraguan", "Guatemala"),
           ("Ukraine", "Ukrainian", "Poland"), ("Hamas", "Palestinian", "Egypt"), ("Azerbaijan", "Armenian", "Georgia")]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_NAMES = ["Maria Ivanova", "Pavel Sokolov", "Ahmad Karimi", "Elena Duarte", "Jonas Petraitis", "Oleh Bondar",
          "Sara Levi", "Tomas Novak", "Nadia Haddad", "Viktor Marchenko"]

_RELEVANT_PARAGRAPHS = [
    "{actor} released {n} political prisoners on {day}, officials said, in a deal brokered by mediators.",
    "Among those freed were {name1} and {name2}, who had spent years behind bars.",
    "Of those freed, {m} were taken to {dest} and the rest stayed home.",
    "Rights groups estimate that more than {held:,} political prisoners remain in {actor}'s jails.",
    "{name1}, {age}, was sentenced to {years} years in prison in {year} on charges of extremism.",
    "The {adj} authorities had freed {prev} prisoners in a previous release last month.",
    "{name2}'s brother remains imprisoned, relatives said.",
    "The release came after months of talks and the lifting of some sanctions worth ${money} million.",
    "Since {year}, more than {cum} people have been pardoned, according to activists.",
    "Officials said the {adj} side was ready to hand over more detainees in the coming weeks.",
]
_IRRELEVANT_PARAGRAPHS = [
    "Shares rose {p} percent on {day} after the company reported quarterly revenue of ${money} million.",
    "The home side won {a}-{b} in front of {crowd:,} fans, extending their unbeaten run to {k} games.",
    "Forecasters expect temperatures of {t} degrees with light winds across the region this weekend.",
    "The city council approved a budget of ${money} million for road repairs and new bus lanes.",
    "Analysts said the central bank is likely to keep rates unchanged at its meeting in {month}.",
    "The festival drew {crowd:,} visitors over {k} days, organisers said in a statement.",
]
_MONTHS = ["January", "March", "May", "July", "September", "November"]


def _fill(template: str, rng: random.Random) -> str:
    actor, adj, dest = rng.choice(_ACTORS)
    name1, name2 = rng.sample(_NAMES, 2)
    return template.format(
        actor=actor, adj=adj, dest=dest, name1=name1, name2=name2, day=rng.choice(_WEEKDAYS),
        n=rng.randint(5, 400), m=rng.randint(2, 100), held=rng.randint(200, 3000), age=rng.randint(25, 70),
        years=rng.randint(2, 15), year=rng.randint(2015, 2024), prev=rng.randint(3, 60), money=rng.randint(2, 900),
        cum=rng.randint(100, 900), p=rng.randint(1, 9), a=rng.randint(0, 4), b=rng.randint(0, 4),
        crowd=rng.randint(1000, 90000), k=rng.randint(2, 12), t=rng.randint(-5, 35), month=rng.choice(_MONTHS),
    )


def generate_articles(n: int, *, relevant: bool, seed: int = 7) -> list[str]:
    """n synthetic articles of 8-14 paragraphs from the templates above."""
    rng = random.Random(seed + (1 if relevant else 0))
    pool = _RELEVANT_PARAGRAPHS if relevant else _IRRELEVANT_PARAGRAPHS
    out = []
    for _ in range(n):
        paras = [_fill(rng.choice(pool), rng) for _ in range(rng.randint(8, 14))]
        if relevant:
            paras[0] = _fill(_RELEVANT_PARAGRAPHS[0], rng)
        out.append("\n\n".join(paras))
    return out


def _seed_texts() -> list[tuple[str, str | None]]:
    here = Path(__file__).resolve().parents[1]
    for folder in (here / "seeds", here.parent / "shared" / "seeds"):
        files = sorted(folder.glob("*.txt"))
        if files:
            return [(f.read_text(encoding="utf-8", errors="replace"), None) for f in files]
    return []


def _rate(texts: list[str], *, min_seconds: float = 0.5) -> tuple[float, int, float]:
    """Articles per CPU-second of this (single-threaded) process over repeated passes until min_seconds of
    CPU time have elapsed, and the wall-clock rate beside it. CPU time is what "on one core" means: it does
    not count time the core spent on other processes, which wall time on a shared 2-core machine does."""
    done = 0
    start, wall_start = time.process_time(), time.perf_counter()
    while True:
        for t in texts:
            extract_article(t, published="2025-12-15")
        done += len(texts)
        elapsed = time.process_time() - start
        if elapsed >= min_seconds:
            return done / elapsed, done, done / (time.perf_counter() - wall_start)


def stage_ms(texts: list[str], published: str = "2025-12-15") -> dict[str, float]:
    """Mean milliseconds per article for each pipeline stage (to see where time goes)."""
    from monitor.extract import _extract_people
    from monitor.extract.counts import extract_counts
    from monitor.extract.event import event_hints
    from monitor.extract.groups import assign_group_members
    from monitor.extract.text import clean_text, split_sentences

    times = {"clean": 0.0, "split": 0.0, "event": 0.0, "counts": 0.0, "people": 0.0, "groups": 0.0}
    clock = time.process_time  # CPU time of this process, as for the rates
    for t in texts:
        t0 = clock()
        cleaned = clean_text(t)
        t1 = clock()
        sentences = split_sentences(cleaned)
        t2 = clock()
        ev = event_hints(sentences, published=published)
        t3 = clock()
        counts = extract_counts(sentences, published=published, event_date=ev["date"])
        t4 = clock()
        people = _extract_people(sentences, None, published)
        t5 = clock()
        assign_group_members(sentences, counts, people)
        t6 = clock()
        for key, dt in zip(times, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5)):
            times[key] += dt
    return {k: round(v / max(1, len(texts)) * 1000, 3) for k, v in times.items()}


def run_bench(n: int = 400, *, min_seconds: float = 1.0) -> dict:
    """Measure and print extraction throughput; returns the figures."""
    seeds = [t for t, _ in _seed_texts()]
    relevant = generate_articles(n, relevant=True)
    irrelevant = generate_articles(n, relevant=False)
    extract_article(relevant[0])  # warm imports and regex caches outside the timing
    figures: dict = {}
    if seeds:
        rate, count, wall = _rate(seeds, min_seconds=min_seconds)
        figures["seeds_per_s"] = round(rate, 1)
        figures["seeds_articles"] = count
    rate, count, wall = _rate(relevant, min_seconds=min_seconds)
    figures["relevant_per_s"] = round(rate, 1)
    figures["relevant_per_s_wall"] = round(wall, 1)
    figures["relevant_articles"] = count
    rate, count, wall = _rate(irrelevant, min_seconds=min_seconds)
    figures["irrelevant_per_s"] = round(rate, 1)
    figures["irrelevant_per_s_wall"] = round(wall, 1)
    figures["irrelevant_articles"] = count
    figures["stage_ms_relevant"] = stage_ms(relevant)
    if seeds:
        figures["stage_ms_seeds"] = stage_ms(seeds)
    figures["relevant_target_met"] = figures["relevant_per_s"] >= TARGET_RELEVANT_PER_S
    figures["irrelevant_target_met"] = figures["irrelevant_per_s"] >= TARGET_IRRELEVANT_PER_S
    print(f"extract bench (one core, per CPU-second): seeds {figures.get('seeds_per_s', 'n/a')} art/s | "
          f"relevant {figures['relevant_per_s']} art/s (target {TARGET_RELEVANT_PER_S}; wall {figures['relevant_per_s_wall']}) | "
          f"irrelevant {figures['irrelevant_per_s']} art/s (target {TARGET_IRRELEVANT_PER_S}; wall {figures['irrelevant_per_s_wall']})")
    for name in ("stage_ms_relevant", "stage_ms_seeds"):
        if name in figures:
            print(f"  {name}: " + "  ".join(f"{k} {v:.2f}" for k, v in figures[name].items()))
    return figures


if __name__ == "__main__":
    run_bench()
