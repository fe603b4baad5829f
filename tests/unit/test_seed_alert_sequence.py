"""Seeds end to end, pure: gold facts -> claims messages -> fact table + alerts.

Replays the five seed articles in manifest replay_order and checks the table
against shared/eval/seeds_expected.json, its `alerts_must`, and the reviewed
alert sequence in tests/golden/seed_alerts.json.

Regenerate the golden file (then review it by eye) with
    .venv/bin/python tests/unit/test_seed_alert_sequence.py --write-golden
"""
from __future__ import annotations

import hashlib
import itertools
import json
import re
import sys
from pathlib import Path

import pytest

from monitor import identity as NAMES
from monitor.alerts import alert_id
from monitor.facts import empty_state, events, fact_table_rows, get_event, get_person, merge_many, people

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEEDS, EVAL = SHARED / "seeds", SHARED / "eval"
GOLDEN = ROOT / "tests" / "golden" / "seed_alerts.json"
EVENT = {"kind": "prisoner_release", "actor": "Belarus", "date": "2025-12-13"}

GOLD_METRIC = {"released": "released", "transferred_to": "transferred", "remaining_held": "held"}
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"], 1)}
_MONTH = "(" + "|".join(MONTHS) + ")"


def as_of_from(texts: list[str | None], event_date: str) -> str | None:
    """The as-of date a gold note or quote states, in claims format."""
    year, month = int(event_date[:4]), int(event_date[5:7])
    for text in filter(None, texts):
        low = text.lower()
        if m := re.search(r"\b(\d{4}-\d{2}(?:-\d{2})?)\b", low):
            return m.group(1)
        if m := re.search(rf"as of {_MONTH} (\d{{1,2}})(?!\d)(?:,? (\d{{4}}))?", low):
            m_num = MONTHS[m.group(1)]
            y = int(m.group(3)) if m.group(3) else (year if m_num <= month else year - 1)
            return f"{y:04d}-{m_num:02d}-{int(m.group(2)):02d}"
        if m := re.search(rf"{_MONTH} (\d{{4}})", low):
            return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
        if re.search(r"before [\w' ]{0,30}releases?\b", low):
            return event_date  # "before Saturday's releases": the count just before this event
    return None


def sentence_with(text: str, name: str) -> str | None:
    """First sentence of the article naming the person (their evidence quote)."""
    sentences = re.split(r"(?<=[.!?])\s+|\n+", text)
    for needle in (name, name.split()[-1], name.split()[0]):
        for sentence in sentences:
            if needle in sentence:
                return sentence.strip()
    return None


def gold_to_claims(gold: dict, manifest_entry: dict) -> dict:
    text = (SEEDS / gold["file"]).read_text(encoding="utf-8")
    counts = []
    for c in gold["counts"]:
        if c["kind"] not in GOLD_METRIC:
            continue
        metric = GOLD_METRIC[c["kind"]]
        note = c.get("note")
        counts.append({"metric": metric, "value": c["value"], "qualifier": c["qualifier"],
                       "destination": c["where"] if metric == "transferred" else None,
                       "scope": "other_event" if note and "earlier event" in note else "this_event",
                       "quote": c["quote"], "as_of": as_of_from([note, c["quote"]], EVENT["date"]), "note": note})
    people = []
    for key, status, scope in (("released_names", "released", "this_event"),
                               ("not_released_names", "held", "this_event"),
                               ("other_event_released_names", "released", "other_event"),
                               ("other_people", "mentioned", "this_event")):
        for name in gold[key]:
            people.append({"name": name, "aliases": gold.get("alias_groups", {}).get(name, []),
                           "status": status, "scope": scope, "quote": sentence_with(text, name),
                           "person_id": NAMES.person_id(name)})
    return {"article_id": "a_" + hashlib.sha256(text.encode()).hexdigest()[:16], "source": gold["file"],
            "url": None, "outlet": manifest_entry["outlet"], "published": manifest_entry["published"],
            "title": None, "event": dict(EVENT), "counts": counts, "people": people}


def seed_claims() -> list[dict]:
    """Claims messages for the seeds, in manifest replay_order."""
    manifest = json.loads((SEEDS / "manifest.json").read_text())
    entries = {a["file"]: a for a in manifest["articles"]}
    golds = {g["file"]: g for g in map(json.loads, (EVAL / "seeds_gold.jsonl").read_text().splitlines()) if g}
    return [gold_to_claims(golds[f], entries[f]) for f in manifest["replay_order"]]


def replay(msgs=None):
    return merge_many(empty_state(), msgs if msgs is not None else seed_claims(), names=NAMES)


EXPECTED = json.loads((EVAL / "seeds_expected.json").read_text())
STATE, ALERTS = replay()
BY_SOURCE = {m["article_id"]: m["source"] for m in seed_claims()}


def reported_event(state):
    (event,) = [e for e in events(state) if e["scope"] == "reported"]
    return event


def person_named(state, name):
    found = [p for p in people(state) if name in p["aliases"]]
    assert len(found) == 1, (name, found)
    return found[0]


# --- the fact table -------------------------------------------------------------

def test_one_reported_event_belarus_2025_12_13():
    event = reported_event(STATE)
    assert (event["actor"], event["kind"], event["date"]) == ("Belarus", "prisoner_release", "2025-12-13")
    assert len(event["articles"]) == 5


def test_released_is_123_with_all_five_sources():
    released = reported_event(STATE)["figures"]["released"]
    assert released["current"]["value"] == EXPECTED["figures"]["released"]["value"]
    assert len({s["article_id"] for s in released["current"]["sources"]}) == EXPECTED["figures"]["released"]["sources"]
    assert released["conflicts"] == []
    assert all(s["quote"] and s["outlet"] for s in released["current"]["sources"])


def test_transferred_by_destination():
    figures = reported_event(STATE)["figures"]
    got = {f["destination"]: f["current"]["value"] for f in figures.values() if f["metric"] == "transferred"}
    assert got == EXPECTED["figures"]["transferred"]


def test_held_latest_is_1227_from_000_with_its_history():
    held = reported_event(STATE)["figures"]["held"]
    latest = EXPECTED["figures"]["held"]["latest"]
    assert held["current"]["value"] == latest["value"]
    assert [s["source"] for s in held["current"]["sources"]] == [latest["source"]]
    assert held["current"]["as_of"] == "2025-12-13"  # "before Saturday's releases"
    assert [(h["value"], h["qualifier"], h["source"][:3], h["outcome"]) for h in held["history"]] == [
        (1200, "more_than", "004", "added"),
        (1222, "exact", "003", "refined"),
        (1200, "more_than", "001", "corroborated"),
        (1227, "exact", "000", "superseded")]


def test_the_november_release_is_its_own_background_event():
    november = [e for e in events(STATE) if e["date"] == "2025-11"]
    assert [e["figures"]["released"]["current"]["value"] for e in november] == [31]
    assert november[0]["scope"] == "background"


def test_released_people_are_three_alias_groups():
    event = reported_event(STATE)
    released = [get_person(STATE, pid) for pid, status in event["people"].items() if status == "released"]
    assert len(released) == 3
    for group in EXPECTED["released_people"]:
        person = person_named(STATE, group[0])
        assert set(group) <= set(person["aliases"])
        assert person["status"] == "released"
        assert person in released
    kalesnikava = person_named(STATE, "Maria Kalesnikava")
    assert kalesnikava["display_name"] == "Maria Kalesnikava"
    assert len(kalesnikava["status_history"]) == 1
    assert len(kalesnikava["status_history"][0]["sources"]) == 5


def test_tsikhanouski_was_released_only_in_an_earlier_event():
    (group,) = EXPECTED["released_in_an_earlier_event"]
    person = person_named(STATE, group[0])
    assert person["status"] == "released"
    assert [get_event(STATE, e["event_id"])["scope"] for e in person["status_history"]] == ["background"]
    assert person["person_id"] not in reported_event(STATE)["people"]


def test_eduard_babaryka_is_held():
    (group,) = EXPECTED["held_people"]
    person = person_named(STATE, group[0])
    assert person["status"] == "held"
    assert reported_event(STATE)["people"][person["person_id"]] == "held"
    assert person["person_id"] != person_named(STATE, "Viktar Babaryka")["person_id"]


def test_officials_and_relatives_are_never_released():
    mentioned = 0
    for name in EXPECTED["never_released"]:
        found = [p for p in people(STATE) if name in p["aliases"]]
        assert all(p["status"] == "mentioned" for p in found), name
        mentioned += len(found)
    assert mentioned >= 10  # all but the photo credit are in the gold claims


def test_fact_table_rows_of_the_seeds():
    rows = [(r["figure"], r["value"], r["qualifier"], r["sources"]) for r in fact_table_rows(STATE)
            if r["event_scope"] == "reported"]
    assert rows == [("held", 1227, "exact", 1), ("released", 123, "exact", 5),
                    ("transferred:Lithuania", 9, "exact", 1), ("transferred:Ukraine", 114, "exact", 2)]


# --- alerts_must --------------------------------------------------------------

def test_exactly_three_new_releasee_alerts_one_per_person():
    releasees = [a for a in ALERTS if a["type"] == "new_releasee"]
    assert len(releasees) == 3
    for group in EXPECTED["released_people"]:
        assert sum(bool(set(group) & set(a["person"]["aliases"])) for a in releasees) == 1


def test_the_november_31_never_replaces_123():
    released = [a for a in ALERTS if a["figure"] and a["figure"]["metric"] == "released"]
    assert [(a["type"], a["old"], a["new"]["value"]) for a in released] == [("figure_changed", None, 123)]
    assert reported_event(STATE)["figures"]["released"]["current"]["value"] == 123


def test_held_alerts_1222_to_1227_and_not_for_the_later_bound():
    held = [a for a in ALERTS if a["figure"] and a["figure"]["key"] == "held"]
    assert [(a["change"], a["old"] and a["old"]["value"], a["new"]["value"]) for a in held] == [
        ("added", None, 1200), ("refined", 1200, 1222), ("superseded", 1222, 1227)]
    assert all(a["article"]["source"] != "001_c52346de9a38ae75.txt" for a in held)


def test_no_alert_names_a_never_released_person_as_released():
    never = set(EXPECTED["never_released"])
    for alert in ALERTS:
        if alert["person"]:
            assert not never & set(alert["person"]["aliases"])


def test_every_alert_carries_quotes_and_links():
    for alert in ALERTS:
        assert alert["evidence"] and all(e["quote"] and e["link"] for e in alert["evidence"])


def without_identity_hashes(alerts: list[dict]) -> list[dict]:
    """Person ids (and so the ids of person alerts) are monitor.identity's hashes;
    the golden file names them by order of appearance, so it pins grouping and
    content while identity may still change its hash. Everything else is exact."""
    placeholders: dict[str, str] = {}
    out = json.loads(json.dumps(alerts))
    for alert in out:
        if alert["person"]:
            pid = alert["person"]["person_id"]
            alert["person"]["person_id"] = placeholders.setdefault(pid, f"<person {len(placeholders) + 1}>")
            alert["alert_id"] = f"<{alert['type']} of {alert['person']['person_id']}>"
    return out


def test_alert_sequence_equals_the_reviewed_golden_file():
    assert without_identity_hashes(ALERTS) == json.loads(GOLDEN.read_text(encoding="utf-8"))


def test_person_alert_ids_hash_type_event_person_and_value():
    for alert in ALERTS:
        if alert["type"] == "new_releasee":
            assert alert["alert_id"] == alert_id("new_releasee", alert["event"]["event_id"],
                                                 alert["person"]["person_id"], "released")


# --- replays ---------------------------------------------------------------------

def test_replaying_the_seeds_again_changes_nothing():
    state, alerts = merge_many(STATE, seed_claims(), names=NAMES)
    assert state is STATE and alerts == []


@pytest.mark.parametrize("order", list(itertools.permutations(range(5)))[::7])
def test_any_replay_order_gives_the_same_facts(order):
    msgs = seed_claims()
    state, alerts = replay([msgs[i] for i in order])
    figures = reported_event(state)["figures"]
    assert {k: f["current"]["value"] for k, f in figures.items()} == {
        "released": 123, "held": 1227, "transferred:Ukraine": 114, "transferred:Lithuania": 9}
    assert sorted(a["alert_id"] for a in alerts if a["type"] == "new_releasee") == sorted(
        a["alert_id"] for a in ALERTS if a["type"] == "new_releasee")


if __name__ == "__main__" and "--write-golden" in sys.argv:
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    GOLDEN.write_text(json.dumps(without_identity_hashes(ALERTS), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {len(ALERTS)} alerts to {GOLDEN}")
