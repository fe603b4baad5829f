"""Fact table: clustering, figure merge rules, people, idempotence, purity."""
from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor import facts, identity
from monitor.facts import (article_seen, compare_as_of, date_span, empty_state, events, fact_table_rows,
                           get_event, judge_reading, merge_claims, merge_many, people, people_rows,
                           state_from_dict, state_to_dict, story_key)


NAMES = identity


def merge(state, msg):
    return merge_claims(state, msg, names=NAMES)


def claim(article_id, *, counts=(), people=(), published="2025-12-13", date="2025-12-13",
          actor="Belarus", kind="prisoner_release", source=None, url=None, outlet="Wire"):
    return {"article_id": article_id, "source": source or f"{article_id}.txt", "url": url, "outlet": outlet,
            "published": published, "title": None,
            "event": {"kind": kind, "actor": actor, "date": date},
            "counts": [{"metric": "released", "value": None, "qualifier": "exact", "destination": None,
                        "scope": "this_event", "quote": "q", "as_of": None, "note": None, **c} for c in counts],
            "people": [{"name": p["name"], "aliases": [], "status": "released", "scope": "this_event",
                        "quote": f"{p['name']} quote", "person_id": NAMES.person_id(p["name"]), **p}
                       for p in people]}


def released(value, qualifier="exact", **extra):
    return {"metric": "released", "value": value, "qualifier": qualifier, **extra}


def held(value, qualifier="exact", as_of=None, **extra):
    return {"metric": "held", "value": value, "qualifier": qualifier, "as_of": as_of, **extra}


def only_event(state):
    reported = [e for e in events(state) if e["scope"] == "reported"]
    assert len(reported) == 1, reported
    return reported[0]


def types(alerts):
    return [a["type"] for a in alerts]


# --- story key, state ----------------------------------------------------------

def test_story_key_is_a_slug_of_the_actor():
    assert story_key(claim("a1")) == "belarus"
    assert story_key(claim("a1", actor="Côte d'Ivoire")) == "cote-d-ivoire"
    assert story_key({"article_id": "a1", "event": {"actor": None}}) == "unknown"
    assert story_key({"article_id": "a1"}) == "unknown"


def test_state_round_trips_through_json_and_merging_continues_identically():
    msgs = [claim("a1", counts=[released(123)], people=[{"name": "Maria Kalesnikava"}]),
            claim("a2", counts=[held(1222, as_of="2025-11-30")], published="2025-12-14")]
    state, _ = merge_many(empty_state(), msgs, names=NAMES)
    stored = json.loads(json.dumps(state_to_dict(state)))
    restored = state_from_dict(stored)
    assert restored == state
    follow_up = claim("a3", counts=[held(1227, as_of="2025-12-13")], published="2025-12-15")
    assert merge(restored, follow_up) == merge(state, follow_up)


def test_state_from_dict_rejects_other_schema_versions_and_builds_empty_state():
    assert state_from_dict(None) == empty_state()
    with pytest.raises(ValueError):
        state_from_dict({**empty_state(), "schema": 99})
    with pytest.raises(ValueError):
        state_from_dict({"schema": facts.SCHEMA_VERSION})


def test_names_can_be_injected_and_default_to_identity():
    class EveryoneIsOne:
        person_id = staticmethod(lambda name: "p_one")
        same_person = staticmethod(lambda a, b: True)
    msg = claim("a1", people=[{"name": "Ihar Losik", "person_id": None}, {"name": "Maria Kalesnikava",
                                                                           "person_id": None}])
    assert len(people(merge_claims(empty_state(), msg, names=EveryoneIsOne)[0])) == 1
    assert len(people(merge_claims(empty_state(), msg)[0])) == 2


# --- dates ---------------------------------------------------------------------

def test_date_spans_cover_day_month_and_year_precision():
    assert date_span("2025-11-30")[0] == date_span("2025-11-30")[1]
    first, last = date_span("2025-02")
    assert last - first == 27
    assert date_span("2025")[1] - date_span("2025")[0] == 364
    assert date_span("before the release") is None
    assert date_span("2025-13-01") is None


@pytest.mark.parametrize("new, known, expected", [
    ("2025-12-13", "2025-11-30", "later"),
    ("2025-11-30", "2025-12-13", "earlier"),
    ("2025-11-30", "2025-11", "same"),     # a day inside a month-precision date
    ("2025-12", "2025-11-30", "later"),
    (None, "2025-11-30", "same"),
])
def test_compare_as_of(new, known, expected):
    assert compare_as_of(new, known) == expected


# --- merge rules ------------------------------------------------------------------

def reading(value, qualifier="exact", as_of=None):
    return {"value": value, "qualifier": qualifier, "effective_as_of": as_of}


@pytest.mark.parametrize("known, new, outcome", [
    (reading(1222, as_of="2025-11-30"), reading(1200, "more_than", "2025-12-13"), "corroborated"),
    (reading(1222, as_of="2025-11-30"), reading(1200, "more_than", "2025-11"), "corroborated"),
    (reading(1200, "more_than", "2025-11"), reading(1222, as_of="2025-11-30"), "refined"),
    (reading(1222, as_of="2025-11-30"), reading(1227, as_of="2025-12-13"), "superseded"),
    (reading(1222, as_of="2025-11-30"), reading(1230, as_of="2025-11-30"), "conflict"),
    (reading(1227, as_of="2025-12-13"), reading(1222, as_of="2025-11-30"), "stale"),
    (reading(123, as_of="2025-12-14"), reading(123, as_of="2025-12-13"), "corroborated"),
    (reading(1222, as_of="2025-11-30"), reading(1300, "more_than", "2025-11-30"), "conflict"),
    (reading(1222, as_of="2025-11-30"), reading(1300, "more_than", "2025-12-13"), "superseded"),
    (reading(123, as_of="2025-12-13"), reading(120, "about", "2025-12-13"), "corroborated"),
    (reading(120, "about", "2025-12-13"), reading(123, as_of="2025-12-13"), "refined"),
    (reading(100, "at_least", "2025-12-13"), reading(150, "at_most", "2025-12-13"), "corroborated"),
    (reading(100, "at_least", "2025-12-13"), reading(90, "at_most", "2025-12-13"), "conflict"),
    (reading(1200, "more_than", "2025-11"), reading(1300, "more_than", "2025-11"), "refined"),
    (reading(123, as_of=None), reading(125, as_of="2025-12-14"), "conflict"),
])
def test_judge_reading(known, new, outcome):
    assert judge_reading(known, new) == outcome


def test_held_sequence_bound_then_exact_then_consistent_bound_then_later_exact():
    """The brief's held story: refinement and later figure alert; the bound
    arriving after the exact figure only corroborates."""
    state = empty_state()
    steps = [
        (claim("a1", counts=[held(1200, "more_than", as_of="2025-11")]), ["added"]),
        (claim("a2", counts=[held(1222, as_of="2025-11-30")], published="2025-12-14"), ["refined"]),
        (claim("a3", counts=[held(1200, "more_than")], published=None), []),
        (claim("a4", counts=[held(1227, as_of="2025-12-13")], published="2025-12-15"), ["superseded"]),
    ]
    for msg, expected in steps:
        state, alerts = merge(state, msg)
        assert [a["change"] for a in alerts if a["type"] == "figure_changed"] == expected
    figure = only_event(state)["figures"]["held"]
    assert (figure["current"]["value"], figure["current"]["qualifier"]) == (1227, "exact")
    assert [(h["value"], h["outcome"]) for h in figure["history"]] == [
        (1200, "added"), (1222, "refined"), (1200, "corroborated"), (1227, "superseded")]


def test_figure_changed_alert_names_old_and_new_with_sources():
    state, _ = merge(empty_state(), claim("a1", counts=[held(1222, as_of="2025-11-30", quote="1,222 held")]))
    _, alerts = merge(state, claim("a2", counts=[held(1227, as_of="2025-12-13", quote="1,227 before")],
                                   url="https://example.org/a2", published="2025-12-15"))
    (alert,) = [a for a in alerts if a["type"] == "figure_changed"]
    assert (alert["old"]["value"], alert["new"]["value"]) == (1222, 1227)
    assert alert["new"]["sources"][0]["link"] == "https://example.org/a2"
    assert [e["quote"] for e in alert["evidence"]] == ["1,227 before", "1,222 held"]


def test_same_as_of_disagreement_is_a_conflict_kept_with_both_sources():
    state, _ = merge(empty_state(), claim("a1", counts=[released(123)]))
    state, alerts = merge(state, claim("a2", counts=[released(125)]))
    assert types(alerts) == ["conflict"]
    figure = only_event(state)["figures"]["released"]
    assert figure["current"]["value"] == 123
    assert [c["value"] for c in figure["conflicts"]] == [125]
    assert alerts[0]["readings"][0]["value"] == 123 and alerts[0]["readings"][1]["value"] == 125
    # a third report of the conflicting value adds a source, no second alert
    state, alerts = merge(state, claim("a3", counts=[released(125)]))
    assert alerts == []
    assert len(only_event(state)["figures"]["released"]["conflicts"][0]["sources"]) == 2


def test_exact_without_as_of_takes_published_date_as_effective_as_of():
    state, _ = merge(empty_state(), claim("a1", counts=[held(1222, as_of="2025-11-30")]))
    state, alerts = merge(state, claim("a2", counts=[held(1230)], published="2025-12-20"))
    assert [a["change"] for a in alerts] == ["superseded"]
    assert only_event(state)["figures"]["held"]["current"]["effective_as_of"] == "2025-12-20"
    # no published date either: the event date stands in
    state, _ = merge(empty_state(), claim("b1", counts=[held(1222, as_of="2025-11-30")]))
    state, alerts = merge(state, claim("b2", counts=[held(1230)], published=None))
    assert only_event(state)["figures"]["held"]["current"]["effective_as_of"] == "2025-12-13"
    assert [a["change"] for a in alerts] == ["superseded"]


def test_transferred_figures_are_kept_per_destination():
    msg = claim("a1", counts=[{"metric": "transferred", "value": 114, "destination": "Ukraine"},
                              {"metric": "transferred", "value": 9, "destination": "Lithuania"}])
    state, alerts = merge(empty_state(), msg)
    figures = only_event(state)["figures"]
    assert figures["transferred:Ukraine"]["current"]["value"] == 114
    assert figures["transferred:Lithuania"]["current"]["value"] == 9
    assert sorted(a["figure"]["key"] for a in alerts if a["type"] == "figure_changed") == [
        "transferred:Lithuania", "transferred:Ukraine"]


def test_a_figure_repeated_in_one_article_counts_one_source():
    state, alerts = merge(empty_state(), claim("a1", counts=[released(123), released(123, quote="again")]))
    assert len(only_event(state)["figures"]["released"]["current"]["sources"]) == 1
    assert types(alerts) == ["new_event", "figure_changed"]


def test_unknown_metrics_and_missing_values_are_ignored():
    msg = claim("a1", counts=[released(5)])
    msg["counts"] += [{"metric": "other", "value": 9, "scope": "this_event"},
                      {"metric": "held", "value": None, "scope": "this_event"}]
    state, _ = merge(empty_state(), msg)
    assert set(only_event(state)["figures"]) == {"released"}


# --- event clustering -------------------------------------------------------------

def test_reports_within_the_window_cluster_into_one_event_and_far_ones_do_not():
    state, alerts = merge(empty_state(), claim("a1", counts=[released(123)], date="2025-12-13"))
    state, alerts2 = merge(state, claim("a2", counts=[released(123)], date="2025-12-15"))
    assert "new_event" not in types(alerts2)
    assert len(events(state)) == 1
    state, alerts3 = merge(state, claim("a3", counts=[released(52)], date="2026-01-20", published="2026-01-20"))
    assert types(alerts3)[0] == "new_event"
    assert len(events(state)) == 2
    assert only_event_for(state, "2025-12-13")["figures"]["released"]["current"]["value"] == 123


def only_event_for(state, date):
    (event,) = [e for e in events(state) if e["date"] == date]
    return event


def test_other_kind_or_actor_is_another_event():
    state, _ = merge(empty_state(), claim("a1", counts=[released(123)]))
    state, alerts = merge(state, claim("a2", counts=[{"metric": "exchanged", "value": 10}], kind="prisoner_swap"))
    assert types(alerts)[0] == "new_event"
    state, alerts = merge(state, claim("a3", counts=[released(7)], actor="Venezuela"))
    assert types(alerts)[0] == "new_event"
    assert len(events(state)) == 3


def test_without_event_date_the_published_date_looks_back_a_week():
    state, _ = merge(empty_state(), claim("a1", counts=[released(123)]))
    state, alerts = merge(state, claim("a2", counts=[released(123)], date=None, published="2025-12-19"))
    assert alerts == [] and len(events(state)) == 1
    state, alerts = merge(state, claim("a3", counts=[released(40)], date=None, published="2026-02-01"))
    assert types(alerts)[0] == "new_event"


def test_without_any_date_a_claim_joins_the_most_recent_event():
    state, _ = merge(empty_state(), claim("a1", counts=[released(31)], date="2025-11-20"))
    state, _ = merge(state, claim("a2", counts=[released(123)], date="2025-12-13"))
    state, alerts = merge(state, claim("a3", counts=[released(123)], date=None, published=None))
    assert alerts == []
    assert len(only_event_for(state, "2025-12-13")["figures"]["released"]["current"]["sources"]) == 2


def test_unknown_kind_joins_an_event_of_any_kind_of_the_actor():
    state, _ = merge(empty_state(), claim("a1", counts=[released(123)]))
    state, alerts = merge(state, claim("a2", counts=[released(123)], kind=None, date="2025-12-14"))
    assert alerts == [] and len(events(state)) == 1


def test_an_undated_event_takes_the_first_date_reported_for_it():
    state, _ = merge(empty_state(), claim("a1", counts=[released(123)], date=None, published=None))
    assert only_event(state)["date"] is None
    state, alerts = merge(state, claim("a2", counts=[released(123)], date="2025-12-13"))
    assert alerts == []
    assert only_event(state)["date"] == "2025-12-13"
    assert state["event_index"]["belarus|prisoner_release"]["undated"] == []


def test_an_event_dated_by_publication_takes_the_first_stated_event_date():
    state, _ = merge(empty_state(), claim("a1", counts=[released(123)], date=None, published="2025-12-14"))
    assert (only_event(state)["date"], only_event(state)["date_basis"]) == ("2025-12-14", "published")
    state, alerts = merge(state, claim("a2", counts=[released(123)], date="2025-12-13"))
    assert alerts == []
    assert (only_event(state)["date"], only_event(state)["date_basis"]) == ("2025-12-13", "reported")
    dated = state["event_index"]["belarus|prisoner_release"]["dated"]
    assert [entry[2] for entry in dated] == [only_event(state)["event_id"]]
    assert dated[0][0] == date_span("2025-12-13")[0]


def test_earlier_event_counts_never_replace_the_reported_figure_and_never_alert():
    state, _ = merge(empty_state(), claim("a1", counts=[released(123)]))
    earlier = released(31, scope="other_event", as_of="2025-11", quote="31 prisoners last month")
    state, alerts = merge(state, claim("a2", counts=[released(123), earlier], published="2025-12-14"))
    assert alerts == []
    current = only_event_for(state, "2025-12-13")
    assert current["figures"]["released"]["current"]["value"] == 123
    background = only_event_for(state, "2025-11")
    assert background["scope"] == "background"
    assert background["figures"]["released"]["current"]["value"] == 31


def test_earlier_event_dated_like_the_current_one_still_stays_apart():
    state, _ = merge(empty_state(), claim("a1", counts=[released(123)]))
    confused = released(31, scope="other_event", as_of="2025-12-12")
    state, alerts = merge(state, claim("a2", counts=[confused]))
    assert alerts == []
    assert only_event(state)["figures"]["released"]["current"]["value"] == 123


def test_a_month_wide_background_event_does_not_swallow_nearby_reports():
    earlier = released(31, scope="other_event", as_of="2025-11")
    state, _ = merge(empty_state(), claim("a1", counts=[released(123), earlier]))
    # published two days after November, no event date: a new release, not "November"
    state, alerts = merge(state, claim("a2", counts=[released(20)], date=None, published="2025-12-02"))
    assert types(alerts)[0] == "new_event"
    assert only_event_for(state, "2025-11")["scope"] == "background"
    # with no date at all, the most recent *reported* event is meant, not a later-dated mention
    state, _ = merge(state, claim("a3", counts=[released(123), released(7, scope="other_event", as_of="2026-01")]))
    state, alerts = merge(state, claim("a4", counts=[released(123)], date=None, published=None))
    assert alerts == []
    assert len(only_event_for(state, "2025-12-13")["figures"]["released"]["current"]["sources"]) == 3


def test_a_direct_report_on_a_background_event_announces_it():
    state, _ = merge(empty_state(), claim("a1", counts=[released(123), released(31, scope="other_event",
                                                                                 as_of="2025-11-20")]))
    state, alerts = merge(state, claim("a2", counts=[released(31)], date="2025-11-20", published="2025-11-21"))
    assert types(alerts) == ["new_event"]  # 31 is already known there: corroboration, no figure alert
    assert only_event_for(state, "2025-11-20")["scope"] == "reported"


# --- people -------------------------------------------------------------------

def test_spellings_of_one_person_group_and_alert_once():
    state, alerts = merge(empty_state(), claim("a1", counts=[released(123)],
                                               people=[{"name": "Maria Kolesnikova"}]))
    assert types(alerts).count("new_releasee") == 1
    state, alerts = merge(state, claim("a2", people=[{"name": "Maryya Kalesnikava",
                                                      "aliases": ["Maria Kalesnikava"]}]))
    assert alerts == []
    (person,) = people(state)
    assert set(person["aliases"]) == {"Maria Kolesnikova", "Maryya Kalesnikava", "Maria Kalesnikava"}
    assert person["status"] == "released"


def test_claim_person_id_from_another_spelling_still_resolves_by_same_person():
    state, _ = merge(empty_state(), claim("a1", people=[{"name": "Ales Bialiatski"}]))
    msg = claim("a2", people=[{"name": "Ales Beljatsky", "person_id": "p_from_another_version"}])
    state, alerts = merge(state, msg)
    assert alerts == [] and len(people(state)) == 1


def test_relatives_with_one_surname_stay_two_people():
    state, alerts = merge(empty_state(), claim("a1", people=[{"name": "Viktar Babaryka"},
                                                             {"name": "Eduard Babaryka", "status": "held"}]))
    assert len(people(state)) == 2
    assert [a["person"]["name"] for a in alerts if a["type"] == "new_releasee"] == ["Viktar Babaryka"]
    statuses = {p["display_name"]: p["status"] for p in people(state)}
    assert statuses == {"Viktar Babaryka": "released", "Eduard Babaryka": "held"}


def test_held_then_released_alerts_status_changed_and_new_releasee():
    state, alerts = merge(empty_state(), claim("a1", counts=[released(20)],
                                               people=[{"name": "Ihar Losik", "status": "held"}]))
    assert "new_releasee" not in types(alerts)
    state, alerts = merge(state, claim("a2", counts=[released(16)], date="2026-02-10", published="2026-02-10",
                                       people=[{"name": "Ihar Losik"}]))
    assert types(alerts) == ["new_event", "figure_changed", "new_releasee", "status_changed"]
    changed = alerts[-1]
    assert changed["status"] == {"old": "held", "new": "released"}
    assert {e["article_id"] for e in changed["evidence"]} == {"a1", "a2"}
    (person,) = people(state)
    assert [e["status"] for e in person["status_history"]] == ["held", "released"]


def test_released_then_held_in_the_same_event_is_a_conflict_and_keeps_released():
    state, _ = merge(empty_state(), claim("a1", people=[{"name": "Ihar Losik"}]))
    state, alerts = merge(state, claim("a2", people=[{"name": "Ihar Losik", "status": "held"}]))
    assert types(alerts) == ["conflict"]
    assert alerts[0]["status"] == {"old": "released", "new": "held"}
    state, alerts = merge(state, claim("a3", people=[{"name": "Ihar Losik", "status": "held"}]))
    assert alerts == []  # a known conflict: one more source, no second alert
    (person,) = people(state)
    assert person["status"] == "released"
    assert [(e["status"], len(e["sources"])) for e in person["status_history"]] == [("released", 1), ("held", 2)]


def test_mentions_never_alert_and_record_no_status():
    state, alerts = merge(empty_state(), claim("a1", counts=[released(3)],
                                               people=[{"name": "Alexander Lukashenko", "status": "mentioned"}]))
    assert "new_releasee" not in types(alerts)
    (person,) = people(state)
    assert person["status"] == "mentioned" and person["status_history"] == []
    assert people_rows(state) == []


def test_people_released_in_an_earlier_event_go_to_its_history_only():
    msg = claim("a1", counts=[released(123)],
                people=[{"name": "Siarhei Tsikhanouski", "scope": "other_event"}])
    state, alerts = merge(empty_state(), msg)
    assert "new_releasee" not in types(alerts)
    (person,) = people(state)
    (entry,) = person["status_history"]
    assert get_event(state, entry["event_id"])["scope"] == "background"
    assert get_event(state, entry["event_id"])["earlier_than"] == only_event(state)["event_id"]
    assert person["person_id"] not in only_event(state)["people"]


def test_latest_event_sets_the_status_even_when_reports_arrive_out_of_order():
    state, _ = merge(empty_state(), claim("a1", date="2026-02-10", published="2026-02-10",
                                          people=[{"name": "Ihar Losik"}]))
    state, alerts = merge(state, claim("a2", date="2025-06-01", published="2025-06-01",
                                       people=[{"name": "Ihar Losik", "status": "held"}]))
    (person,) = people(state)
    assert person["status"] == "released"
    assert "status_changed" not in types(alerts)


# --- idempotence, purity ---------------------------------------------------------

def test_the_same_message_twice_changes_nothing():
    msg = claim("a1", counts=[released(123)], people=[{"name": "Maria Kalesnikava"}])
    state, alerts = merge(empty_state(), msg)
    assert alerts
    again, alerts = merge(state, copy.deepcopy(msg))
    assert again is state and alerts == []


def test_a_syndicated_copy_adds_a_source_and_no_alert():
    msg = claim("a1", counts=[released(123)], people=[{"name": "Maria Kalesnikava"}])
    state, _ = merge(empty_state(), msg)
    copy_msg = {**copy.deepcopy(msg), "article_id": "a2", "source": "a2.txt", "outlet": "Other outlet"}
    state, alerts = merge(state, copy_msg)
    assert alerts == []
    assert [s["article_id"] for s in only_event(state)["figures"]["released"]["current"]["sources"]] == ["a1", "a2"]
    (person,) = people(state)
    assert person["aliases"] == {"Maria Kalesnikava": 2}


def test_irrelevant_articles_are_recorded_but_change_no_fact():
    msg = {**claim("a1", counts=[released(123)]), "relevant": False}
    state, alerts = merge(empty_state(), msg)
    assert alerts == [] and events(state) == [] and article_seen(state, "a1")


def test_fact_table_rows_report_value_sources_and_last_change():
    msgs = [claim("a1", counts=[released(123), held(1200, "more_than", as_of="2025-11")]),
            claim("a2", counts=[released(123), held(1222, as_of="2025-11-30")], published="2025-12-14"),
            claim("a3", counts=[released(123), held(1200, "more_than")], published=None)]
    state, _ = merge_many(empty_state(), msgs, names=NAMES)
    rows = {r["figure"]: r for r in fact_table_rows(state)}
    assert (rows["released"]["value"], rows["released"]["sources"]) == (123, 3)
    assert rows["released"]["last_change"]["article_id"] == "a1"
    assert (rows["held"]["value"], rows["held"]["qualifier"], rows["held"]["as_of"]) == (1222, "exact", "2025-11-30")
    assert rows["held"]["sources"] == 2  # 1,222 and the consistent bound
    assert rows["held"]["last_change"] == {"article_id": "a2", "published": "2025-12-14", "outcome": "refined",
                                           "outlet": "Wire", "source": "a2.txt"}
    json.dumps(rows)


def test_a_merge_copies_only_the_shards_it_touches():
    state, _ = merge_many(empty_state(), [claim(f"a{i}", counts=[released(i + 1)], date=f"2025-{i + 1:02d}-01",
                                                published=None) for i in range(12)], names=NAMES)
    new_state, _ = merge(state, claim("b1", counts=[released(3)], date="2025-03-01", published=None))
    touched = {facts.shard_of(only_event_for(state, "2025-03-01")["event_id"])}
    assert new_state["events"] is not state["events"]
    for shard, table in state["events"].items():
        assert (new_state["events"][shard] is table) == (shard not in touched)
    assert new_state["people"] is state["people"]  # no person in the claim: table shared as is


def test_get_person_follows_the_id_of_another_spelling():
    state, _ = merge(empty_state(), claim("a1", people=[{"name": "Ales Bialiatski"}]))
    state, _ = merge(state, claim("a2", people=[{"name": "Ales Beljatsky", "person_id": "p_other_version"}]))
    (person,) = people(state)
    assert facts.get_person(state, person["person_id"]) is person
    assert facts.get_event(state, "ev_missing") is None


def test_bench_builds_the_table_it_claims_and_reports_figures(monkeypatch, capsys):
    from monitor import bench_facts
    monkeypatch.setattr(bench_facts, "BENCH_EVENTS", 30)
    monkeypatch.setattr(bench_facts, "BENCH_PEOPLE", 20)
    monkeypatch.setattr(bench_facts, "SAMPLES", 3)
    result = bench_facts.run_bench(names=NAMES)
    assert (result["events"], result["people"]) == (30, 20)
    for mode in ("gc_default", "gc_frozen"):
        assert set(result[mode]) == {"existing_event_claim", "new_event_claim", "replayed_claim"}
        assert all(f["median_ms"] <= f["p95_ms"] <= f["max_ms"] for f in result[mode].values())
    assert "median" in capsys.readouterr().out


# --- properties ----------------------------------------------------------------

NAMES_POOL = ["Maria Kalesnikava", "Maria Kolesnikova", "Viktar Babaryka", "Eduard Babaryka", "Ales Bialiatski"]
count_st = st.fixed_dictionaries({
    "metric": st.sampled_from(["released", "held", "transferred"]),
    "value": st.integers(1, 40),
    "qualifier": st.sampled_from(["exact", "more_than", "about", "at_least"]),
    "destination": st.sampled_from([None, "Ukraine", "Lithuania"]),
    "scope": st.sampled_from(["this_event", "this_event", "other_event"]),
    "as_of": st.sampled_from([None, "2025-11", "2025-11-30", "2025-12-13"]),
    "quote": st.just("q"),
})
person_st = st.fixed_dictionaries({
    "name": st.sampled_from(NAMES_POOL),
    "status": st.sampled_from(["released", "held", "mentioned"]),
    "scope": st.sampled_from(["this_event", "this_event", "other_event"]),
})
message_st = st.builds(
    lambda i, counts, people, date, published: claim(
        f"a{i}", counts=counts, people=people, date=date, published=published),
    st.integers(0, 5), st.lists(count_st, max_size=3), st.lists(person_st, max_size=3),
    st.sampled_from([None, "2025-12-13", "2025-12-14", "2026-01-20"]),
    st.sampled_from([None, "2025-12-13", "2025-12-15"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(message_st, max_size=8))
def test_merging_is_pure_deterministic_and_replay_safe(msgs):
    state = empty_state()
    all_alerts = []
    for msg in msgs:
        before = json.dumps(state, sort_keys=True)
        state_after, alerts = merge(state, msg)
        assert json.dumps(state, sort_keys=True) == before  # input untouched
        state = state_after
        all_alerts += alerts
    again_state, again_alerts = merge_many(empty_state(), copy.deepcopy(msgs), names=NAMES)
    assert again_state == state and again_alerts == all_alerts
    replayed, replay_alerts = merge_many(state, msgs, names=NAMES)
    assert replayed is state and replay_alerts == []
    ids = [a["alert_id"] for a in all_alerts]
    assert len(ids) == len(set(ids))
    assert json.loads(json.dumps(state)) == state


@settings(max_examples=100, deadline=None)
@given(exact=st.integers(10, 5000), slack=st.integers(0, 9),
       qualifier=st.sampled_from(["more_than", "at_least", "about"]),
       as_of=st.sampled_from([None, "2025-11", "2025-12-13"]))
def test_a_vague_bound_consistent_with_a_known_exact_figure_never_alerts(exact, slack, qualifier, as_of):
    bound = exact - slack - 1 if qualifier != "about" else exact
    state, _ = merge(empty_state(), claim("a1", counts=[held(exact, as_of="2025-11-30")]))
    new_state, alerts = merge(state, claim("a2", counts=[held(bound, qualifier, as_of=as_of)], published=None))
    assert alerts == []
    assert only_event(new_state)["figures"]["held"]["current"]["value"] == exact


def test_transfers_to_a_city_and_to_its_country_are_one_figure():
    from monitor.facts import empty_state, fact_table_rows, merge_many

    def msg(aid, destination, country):
        return {"article_id": aid, "source": aid, "url": None, "outlet": None, "published": "2025-03-02",
                "title": None, "event": {"kind": "prisoner_release", "actor": "Ruritania", "date": "2025-03-01"},
                "counts": [{"metric": "transferred", "value": 7, "qualifier": "exact", "destination": destination,
                            "destination_country": country, "scope": "this_event", "quote": "q", "as_of": None}],
                "people": []}

    state, _ = merge_many(empty_state(), [msg("a_0000000000000001", "Vilnius, Lithuania", "Lithuania"),
                                          msg("a_0000000000000002", "Lithuania", "Lithuania")])
    rows = [r for r in fact_table_rows(state) if r["metric"] == "transferred"]
    assert [(r["figure"], r["value"], r["sources"]) for r in rows] == [("transferred:Lithuania", 7, 2)]


def _release_msg(aid, fingerprint, value=40, outlet="Wire"):
    return {"article_id": aid, "source": aid, "url": None, "outlet": outlet, "published": "2025-05-02",
            "title": None, "fingerprint": fingerprint,
            "event": {"kind": "prisoner_release", "actor": "Ruritania", "date": "2025-05-01"},
            "counts": [{"metric": "released", "value": value, "qualifier": "exact", "destination": None,
                        "scope": "this_event", "quote": "q", "as_of": None}],
            "people": []}


def test_a_syndicated_copy_is_linked_to_its_original_and_is_not_another_source():
    from monitor.facts import duplicate_of, empty_state, fact_table_rows, merge_claims

    original = "f0f0f0f0aaaa5555"
    copy = f"{int(original, 16) ^ 0b101:016x}"          # 2 bits apart: the same wire text
    independent = f"{int(original, 16) ^ 0xFFFF00:016x}"  # 16 bits apart: another outlet's story
    state, alerts = merge_claims(empty_state(), _release_msg("a_0000000000000001", original))
    assert alerts
    state, alerts = merge_claims(state, _release_msg("a_0000000000000002", copy, outlet="Reprint"))
    assert alerts == []
    assert duplicate_of(state, "a_0000000000000002") == "a_0000000000000001"
    assert [r["sources"] for r in fact_table_rows(state) if r["figure"] == "released"] == [1]
    state, _ = merge_claims(state, _release_msg("a_0000000000000003", independent, outlet="Other"))
    assert duplicate_of(state, "a_0000000000000003") is None
    assert [r["sources"] for r in fact_table_rows(state) if r["figure"] == "released"] == [2]


def test_a_near_identical_text_with_another_figure_is_an_update_not_a_copy():
    from monitor.facts import duplicate_of, empty_state, merge_claims

    state, _ = merge_claims(empty_state(), _release_msg("a_0000000000000001", "0123456789abcdef"))
    state, alerts = merge_claims(state, _release_msg("a_0000000000000002", "0123456789abcdee", value=41))
    assert duplicate_of(state, "a_0000000000000002") is None
    assert [a["type"] for a in alerts] == ["conflict"]  # same day, other value: both kept


def test_claims_signature_ignores_wording_and_handles_missing_fields():
    from monitor.facts import claims_signature

    base = _release_msg("a_0000000000000001", "0" * 16)
    mixed = {**base, "counts": [*base["counts"], {**base["counts"][0], "destination": "Ukraine",
                                                  "metric": "transferred"}]}
    assert claims_signature(mixed) == claims_signature({**mixed, "counts": mixed["counts"][::-1]})
    reworded = {**base, "counts": [{**base["counts"][0], "quote": "other words"}]}
    assert claims_signature(reworded) == claims_signature(base)
    assert claims_signature(base) != claims_signature(_release_msg("a_0000000000000001", "0" * 16, value=41))


def test_a_long_running_story_keeps_counting_sources_but_its_state_stays_bounded():
    import json

    from monitor.facts import empty_state, fact_table_rows, merge_many

    msgs = [_release_msg(f"a_{n:016x}", f"{(n * 0x9E3779B97F4A7C15) & (2**64 - 1):016x}", outlet=f"Outlet {n}")
            for n in range(1, 301)]
    state, _ = merge_many(empty_state(), msgs[:30])
    events_30 = len(json.dumps(state["events"]))
    state, _ = merge_many(state, msgs[30:])
    row = next(r for r in fact_table_rows(state) if r["figure"] == "released")
    assert row["value"] == 40 and row["sources"] == 300
    # Ten times the articles: the figures keep a bounded set of quotes ...
    assert len(json.dumps(state["events"])) < 2 * events_30
    # ... and what grows per article (replay and syndication indexes) stays small.
    per_article = (len(json.dumps(state["articles"])) + len(json.dumps(state["fingerprint_bands"]))) / 300
    assert per_article < 400
