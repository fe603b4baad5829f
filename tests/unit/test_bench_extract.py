"""The extraction benchmark's generated articles behave as labelled (speed is printed, not asserted)."""
from __future__ import annotations

from monitor.bench_extract import generate_articles, run_bench
from monitor.extract import extract_article


def test_generated_relevant_articles_pass_the_gate_and_yield_a_release_count():
    for text in generate_articles(20, relevant=True):
        res = extract_article(text, published="2025-12-15")
        assert res["relevant"]
        assert any(c["metric"] == "released" and c["scope"] == "this_event" for c in res["counts"])


def test_generated_irrelevant_articles_are_gated_out():
    assert not any(extract_article(t)["relevant"] for t in generate_articles(20, relevant=False))


def test_generation_is_deterministic():
    assert generate_articles(3, relevant=True) == generate_articles(3, relevant=True)


def test_run_bench_reports_every_figure(capsys):
    figures = run_bench(n=4, min_seconds=0)
    assert {"relevant_per_s", "irrelevant_per_s", "stage_ms_relevant"} <= set(figures)
    assert figures["relevant_per_s"] > 0 and figures["irrelevant_per_s"] > 0
    assert "extract bench" in capsys.readouterr().out
