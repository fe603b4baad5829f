"""Alert rules, deterministic alert ids and the alert payload.

`monitor.facts` merges one claims message into the fact table and reports what
it changed as a list of *change records*; `alerts_for_changes` turns those into
the alerts subscribers receive. Which changes are worth an alert is decided
here and only here.

Rules
-----
* ``new_event``      -- a claim about the reported event (scope this_event) creates
  an event, or first reports on an event that so far was only known from
  mentions of an earlier release. Events known only from such mentions
  (``scope: background``) never alert.
* ``figure_changed`` -- the known value of a figure changed: first report of the
  figure (``change: added``), a more precise figure at the same as-of date that
  is consistent with the known one, e.g. "more than 1,200" -> 1,222
  (``change: refined``), or a figure with a later as-of date that is not implied
  by the known one (``change: superseded``). A report that is implied by the
  known value ("more than 1,200" after 1,222), a repeat of it, or a figure with
  an earlier as-of date never alerts: it is corroboration or history.
* ``conflict``       -- a figure disagrees with the known one at the same as-of date
  (both kept, each with its sources), or a person reported released in an event
  is later reported held in that same event. Repeats of a known conflict stay
  silent.
* ``new_releasee``   -- a person is first reported released in an event, whatever
  spelling of the name is used (people are resolved to one id before this).
* ``status_changed`` -- a person whose known status was ``held`` is reported
  released; sent in addition to that event's ``new_releasee`` alert, because
  subscribers watching a person and subscribers watching an event differ.

Alert ids
---------
``alert_id = "al_" + sha256("<type>|<event_id>|<subject>|<value>")[:20]`` where
subject is the figure key or person id and value the new value (figure
``qualifier:value@effective_as_of``, person status). No time goes in, so
replaying the same claims, or restarting, produces the same ids and
subscribers can de-duplicate on ``alert_id``.

Payload (every alert is a JSON object holding *all* of these keys)
------------------------------------------------------------------
``alert_id``  str, ``"al_"`` + 20 lowercase hex chars.
``type``      one of ``new_event``, ``figure_changed``, ``new_releasee``,
              ``status_changed``, ``conflict``.
``story_key`` str, the fact-table key of the story (see ``facts.story_key``).
``event``     object: ``event_id`` (str, ``"ev_"`` + 16 hex), ``kind``
              (``prisoner_release`` | ``prisoner_swap`` | ``hostage_release`` | null),
              ``actor`` (str | null), ``date`` (``YYYY-MM-DD`` | ``YYYY-MM`` | null).
``summary``   str, one human-readable line.
``article``   object, the report that triggered the alert: ``article_id`` (str),
              ``source`` (str | null), ``url`` (str | null), ``outlet`` (str | null),
              ``published`` (``YYYY-MM-DD`` | null), ``title`` (str | null),
              ``link`` (str | null: url, else source).
``evidence``  array (at least one item) of objects: ``article_id``, ``source``,
              ``url``, ``outlet``, ``published``, ``quote`` (str | null), ``link``
              -- the quotes behind the alert, newest report first.
``figure``    object | null (figure_changed, figure conflicts): ``key``
              (``released`` | ``held`` | ``exchanged`` | ``transferred`` |
              ``transferred:<destination>``), ``metric`` (``released`` |
              ``transferred`` | ``held`` | ``exchanged``), ``destination`` (str | null).
``change``    ``added`` | ``refined`` | ``superseded`` for figure_changed, else null.
``old``       reading | null: the value before (figure_changed; null when added).
``new``       reading | null: the value now (figure_changed).
              A reading is an object: ``value`` (int), ``qualifier`` (``exact`` |
              ``more_than`` | ``at_least`` | ``about`` | ``at_most``), ``as_of``
              (date string as reported | null), ``effective_as_of`` (the date the
              merge compared on: as_of, else the article's published date, else the
              event date | null), ``sources`` (array of evidence objects).
``readings``  array of readings | null: for a figure conflict, the known reading
              first, then the disagreeing one.
``person``    object | null (new_releasee, status_changed, person conflicts):
              ``person_id`` (str), ``name`` (display spelling), ``aliases``
              (array of every spelling seen, sorted).
``status``    object | null: ``old`` and ``new`` person status (``held`` |
              ``released``) for status_changed and person conflicts.
"""
from __future__ import annotations

import hashlib
from typing import Any

ALERT_TYPES = ("new_event", "figure_changed", "new_releasee", "status_changed", "conflict")

# Figure outcomes (from facts) that change the known value and so alert.
FIGURE_CHANGE_OUTCOMES = ("added", "refined", "superseded")

_EVIDENCE_KEYS = ("article_id", "source", "url", "outlet", "published", "quote")


def alert_id(alert_type: str, event_id: str, subject: str, value: str) -> str:
    """Deterministic id: same alert after a replay or restart, same id."""
    if alert_type not in ALERT_TYPES:
        raise ValueError(f"unknown alert type {alert_type!r}")
    digest = hashlib.sha256(f"{alert_type}|{event_id}|{subject}|{value}".encode()).hexdigest()
    return "al_" + digest[:20]


def reading_token(reading: dict) -> str:
    """The part of a figure reading that makes it a different value."""
    return f"{reading['qualifier']}:{reading['value']}@{reading.get('effective_as_of') or '-'}"


def describe_reading(reading: dict | None) -> str:
    if reading is None:
        return "none"
    words = {"exact": "", "more_than": "more than ", "at_least": "at least ",
             "about": "about ", "at_most": "at most "}
    text = f"{words.get(reading['qualifier'], '')}{reading['value']:,}"
    when = reading.get("as_of") or reading.get("effective_as_of")
    return f"{text} (as of {when})" if when else text


def alerts_for_changes(story_key: str, changes: list[dict]) -> list[dict]:
    """Apply the alert rules to the change records of one merge, in order."""
    alerts: list[dict] = []
    for change in changes:
        if change["event"].get("scope") == "background":
            continue  # facts about earlier events are history, never news
        kind = change["change"]
        if kind == "event_reported":
            alerts.append(_new_event(story_key, change))
        elif kind == "figure":
            if change["outcome"] in FIGURE_CHANGE_OUTCOMES:
                alerts.append(_figure_changed(story_key, change))
            elif change["outcome"] == "conflict":
                alerts.append(_figure_conflict(story_key, change))
        elif kind == "person":
            alerts.extend(_person_alerts(story_key, change))
    return alerts


# --- payload builders -------------------------------------------------------

def _link(ref: dict) -> str | None:
    return ref.get("url") or ref.get("source")


def evidence_item(ref: dict) -> dict:
    item = {key: ref.get(key) for key in _EVIDENCE_KEYS}
    item["link"] = _link(ref)
    return item


def _reading_payload(reading: dict | None) -> dict | None:
    if reading is None:
        return None
    return {"value": reading["value"], "qualifier": reading["qualifier"],
            "as_of": reading.get("as_of"), "effective_as_of": reading.get("effective_as_of"),
            "sources": [evidence_item(s) for s in reading.get("sources", [])]}


def _event_payload(event: dict) -> dict:
    return {key: event.get(key) for key in ("event_id", "kind", "actor", "date")}


def _article_payload(article: dict) -> dict:
    payload = {key: article.get(key) for key in ("article_id", "source", "url", "outlet", "published", "title")}
    payload["link"] = _link(article)
    return payload


def _event_label(event: dict) -> str:
    kind = (event.get("kind") or "release").replace("_", " ")
    actor = event.get("actor") or "unknown actor"
    return f"{actor} {kind}" + (f" of {event['date']}" if event.get("date") else "")


def _base(alert_type: str, story_key: str, change: dict, subject: str, value: str,
          summary: str, evidence: list[dict]) -> dict[str, Any]:
    event = change["event"]
    items = [evidence_item(ref) for ref in evidence] or [evidence_item(change["article"])]
    return {
        "alert_id": alert_id(alert_type, event["event_id"], subject, value),
        "type": alert_type,
        "story_key": story_key,
        "event": _event_payload(event),
        "summary": summary,
        "article": _article_payload(change["article"]),
        "evidence": items,
        "figure": None, "change": None, "old": None, "new": None, "readings": None,
        "person": None, "status": None,
    }


def _new_event(story_key: str, change: dict) -> dict:
    summary = f"New event: {_event_label(change['event'])}"
    return _base("new_event", story_key, change, "event", "reported", summary, change["evidence"])


def _figure_changed(story_key: str, change: dict) -> dict:
    figure, old, new = change["figure"], change["old"], change["new"]
    if change["outcome"] == "added":
        summary = f"{_event_label(change['event'])}: {figure['key']} first reported: {describe_reading(new)}"
    else:
        summary = (f"{_event_label(change['event'])}: {figure['key']} {change['outcome']}: "
                   f"{describe_reading(old)} -> {describe_reading(new)}")
    evidence = list(new["sources"][-1:]) + list((old or {}).get("sources", []))
    alert = _base("figure_changed", story_key, change, figure["key"], reading_token(new), summary, evidence)
    alert.update(figure=dict(figure), change=change["outcome"],
                 old=_reading_payload(old), new=_reading_payload(new))
    return alert


def _figure_conflict(story_key: str, change: dict) -> dict:
    figure, known, incoming = change["figure"], change["old"], change["new"]
    tokens = "|".join(sorted((reading_token(known), reading_token(incoming))))
    summary = (f"{_event_label(change['event'])}: conflicting {figure['key']} figures "
               f"{describe_reading(known)} vs {describe_reading(incoming)}")
    evidence = list(incoming["sources"][-1:]) + list(known["sources"])
    alert = _base("conflict", story_key, change, figure["key"], tokens, summary, evidence)
    alert.update(figure=dict(figure), readings=[_reading_payload(known), _reading_payload(incoming)])
    return alert


def _person_payload(person: dict) -> dict:
    return {"person_id": person["person_id"], "name": person["name"], "aliases": sorted(person["aliases"])}


def _person_alerts(story_key: str, change: dict) -> list[dict]:
    person, outcome = change["person"], change["outcome"]
    label = _event_label(change["event"])
    alerts = []
    if outcome == "released":
        alert = _base("new_releasee", story_key, change, person["person_id"], "released",
                      f"{label}: {person['name']} released", change["sources"])
        alert["person"] = _person_payload(person)
        alerts.append(alert)
        if change["previous_status"] == "held":
            alert = _base("status_changed", story_key, change, person["person_id"], "held->released",
                          f"{person['name']}: held -> released ({label})",
                          change["sources"] + change["previous_sources"])
            alert.update(person=_person_payload(person), status={"old": "held", "new": "released"})
            alerts.append(alert)
    elif outcome == "status_conflict":
        alert = _base("conflict", story_key, change, person["person_id"], "released|held",
                      f"{label}: {person['name']} reported released and also held",
                      change["sources"] + change["previous_sources"])
        alert.update(person=_person_payload(person), status={"old": "released", "new": "held"})
        alerts.append(alert)
    return alerts
