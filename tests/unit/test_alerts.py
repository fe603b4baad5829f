"""Alert rules, deterministic ids and the payload contract."""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from test_facts import NAMES, claim, held, merge, released  # noqa: E402

from monitor import alerts  # noqa: E402
from monitor.alerts import alert_id, alerts_for_changes, describe_reading  # noqa: E402
from monitor.facts import empty_state, merge_many  # noqa: E402
from monitor.schemas import errors as schema_errors  # noqa: E402


def one_of_each_type() -> dict[str, dict]:
    """Drive merges until every alert type has been emitted once."""
    msgs = [
        claim("a1", counts=[released(123)], people=[{"name": "Ihar Losik", "status": "held"},
                                                    {"name": "Maria Kalesnikava"}]),
        claim("a2", counts=[released(125)], url="https://example.org/a2"),                 # conflict
        claim("a3", counts=[released(16)], date="2026-02-10", published="2026-02-10",
              people=[{"name": "Ihar Losik"}]),                                             # status_changed
    ]
    got: dict[str, dict] = {}
    for alert in merge_many(empty_state(), msgs, names=NAMES)[1]:
        got.setdefault(alert["type"], alert)
    assert set(got) == set(alerts.ALERT_TYPES)
    return got


SAMPLES = one_of_each_type()


# --- ids ------------------------------------------------------------------------

def test_alert_id_is_a_hash_of_type_event_subject_and_value():
    base = alert_id("figure_changed", "ev_1", "held", "exact:1227@2025-12-13")
    assert re.fullmatch(r"al_[0-9a-f]{20}", base)
    assert base == alert_id("figure_changed", "ev_1", "held", "exact:1227@2025-12-13")
    variants = {alert_id("conflict", "ev_1", "held", "exact:1227@2025-12-13"),
                alert_id("figure_changed", "ev_2", "held", "exact:1227@2025-12-13"),
                alert_id("figure_changed", "ev_1", "released", "exact:1227@2025-12-13"),
                alert_id("figure_changed", "ev_1", "held", "exact:1228@2025-12-13")}
    assert base not in variants and len(variants) == 4
    with pytest.raises(ValueError):
        alert_id("figure_went_up", "ev_1", "held", "1")


def test_the_same_change_reported_by_another_article_has_the_same_id():
    state, _ = merge(empty_state(), claim("a1", counts=[held(1222, as_of="2025-11-30")]))
    _, via_a2 = merge(state, claim("a2", counts=[held(1227, as_of="2025-12-13")], published="2025-12-15"))
    _, via_a9 = merge(state, claim("a9", counts=[held(1227, as_of="2025-12-13")], published="2025-12-20",
                                   outlet="Other"))
    assert via_a2[0]["alert_id"] == via_a9[0]["alert_id"]
    assert via_a2[0]["article"]["article_id"] != via_a9[0]["article"]["article_id"]


def test_conflict_id_does_not_depend_on_which_value_came_first():
    _, first = merge_many(empty_state(), [claim("a1", counts=[released(123)]),
                                          claim("a2", counts=[released(125)])],
                          names=NAMES)
    _, second = merge_many(empty_state(), [claim("a2", counts=[released(125)]),
                                           claim("a1", counts=[released(123)])],
                           names=NAMES)
    conflict = [a["alert_id"] for a in first if a["type"] == "conflict"]
    assert conflict and conflict == [a["alert_id"] for a in second if a["type"] == "conflict"]


# --- payload contract ---------------------------------------------------------------

DOCUMENTED_KEYS = re.findall(r"^``(\w+)``", alerts.__doc__.split("Payload")[1], re.M)


def test_docstring_documents_exactly_the_payload_keys():
    for alert in SAMPLES.values():
        assert list(alert) == DOCUMENTED_KEYS


@pytest.mark.parametrize("alert_type", alerts.ALERT_TYPES)
def test_every_alert_type_matches_the_alert_schema(alert_type):
    alert = SAMPLES[alert_type]
    assert schema_errors("alert.json", alert) == []
    assert json.loads(json.dumps(alert)) == alert


@pytest.mark.parametrize("alert_type", alerts.ALERT_TYPES)
def test_every_alert_names_its_event_and_carries_linked_quotes(alert_type):
    alert = SAMPLES[alert_type]
    assert alert["event"]["event_id"].startswith("ev_") and alert["story_key"] == "belarus"
    assert alert["evidence"] and all(e["quote"] and e["link"] for e in alert["evidence"])


def test_type_specific_fields():
    changed = SAMPLES["figure_changed"]
    assert changed["change"] == "added" and changed["old"] is None and changed["new"]["value"] == 123
    conflict = SAMPLES["conflict"]
    assert [r["value"] for r in conflict["readings"]] == [123, 125]
    assert conflict["article"]["link"] == "https://example.org/a2"
    assert SAMPLES["new_releasee"]["person"]["name"] == "Maria Kalesnikava"
    status = SAMPLES["status_changed"]
    assert status["person"]["name"] == "Ihar Losik"
    assert status["status"] == {"old": "held", "new": "released"}


# --- rules on change records -------------------------------------------------------

EVENT = {"event_id": "ev_0000000000000001", "kind": "prisoner_release", "actor": "Belarus",
         "date": "2025-12-13", "scope": "reported"}
ARTICLE = {"article_id": "a1", "source": "a1.txt", "url": None, "outlet": "Wire", "published": "2025-12-13",
           "title": None}
SOURCE = {**ARTICLE, "quote": "q"}


def figure_change(outcome, old=None, new=None, event=EVENT):
    new = new or {"value": 5, "qualifier": "exact", "as_of": None, "effective_as_of": "2025-12-13",
                  "sources": [SOURCE]}
    return {"change": "figure", "outcome": outcome, "event": event, "article": ARTICLE,
            "figure": {"key": "released", "metric": "released", "destination": None}, "old": old, "new": new}


@pytest.mark.parametrize("outcome, expected", [
    ("added", ["figure_changed"]), ("refined", ["figure_changed"]), ("superseded", ["figure_changed"]),
    ("conflict", ["conflict"]), ("corroborated", []), ("stale", []), ("known_conflict", []),
])
def test_figure_outcomes_that_alert(outcome, expected):
    old = None if outcome == "added" else {"value": 4, "qualifier": "exact", "as_of": None,
                                           "effective_as_of": "2025-12-12", "sources": [SOURCE]}
    got = alerts_for_changes("belarus", [figure_change(outcome, old=old)])
    assert [a["type"] for a in got] == expected


def test_changes_to_background_events_never_alert():
    background = {**EVENT, "scope": "background"}
    changes = [figure_change("added", event=background),
               {"change": "event_reported", "event": background, "article": ARTICLE, "evidence": [SOURCE]},
               {"change": "person", "outcome": "released", "event": background, "article": ARTICLE,
                "person": {"person_id": "p_1", "name": "X Y", "aliases": ["X Y"]}, "previous_status": "held",
                "sources": [SOURCE], "previous_sources": [SOURCE]}]
    assert alerts_for_changes("belarus", changes) == []


@pytest.mark.parametrize("outcome, previous, expected", [
    ("released", "mentioned", ["new_releasee"]),
    ("released", "held", ["new_releasee", "status_changed"]),
    ("released", "released", ["new_releasee"]),   # freed again in a later event
    ("held", "mentioned", []),
    ("status_conflict", "released", ["conflict"]),
])
def test_person_outcomes_that_alert(outcome, previous, expected):
    change = {"change": "person", "outcome": outcome, "event": EVENT, "article": ARTICLE,
              "person": {"person_id": "p_1", "name": "X Y", "aliases": ["X Y"]}, "previous_status": previous,
              "sources": [SOURCE], "previous_sources": [SOURCE]}
    assert [a["type"] for a in alerts_for_changes("belarus", [change])] == expected


def test_alert_without_quotes_falls_back_to_the_article_as_evidence():
    change = {"change": "event_reported", "event": EVENT, "article": ARTICLE, "evidence": []}
    (alert,) = alerts_for_changes("belarus", [change])
    assert alert["evidence"][0]["article_id"] == "a1" and alert["evidence"][0]["link"] == "a1.txt"


@pytest.mark.parametrize("reading, text", [
    (None, "none"),
    ({"value": 1200, "qualifier": "more_than", "as_of": "2025-11"}, "more than 1,200 (as of 2025-11)"),
    ({"value": 1227, "qualifier": "exact", "as_of": None, "effective_as_of": "2025-12-15"}, "1,227 (as of 2025-12-15)"),
    ({"value": 9, "qualifier": "about", "as_of": None}, "about 9"),
])
def test_describe_reading(reading, text):
    assert describe_reading(reading) == text
