"""The running fact table: event clustering, figure merge rules, people's status.

``merge_claims(state, claims_msg) -> (new_state, alerts)`` is a pure function
over plain JSON data: it never mutates ``state``; the new state shares every
part it did not change with the old one (copy-on-write), so one merge costs a
copy of the few shards and records it touches, not a copy of the table. Alerts are decided by ``monitor.alerts`` from the change
records produced here.

Partitioning: the streaming shell keeps one state value per *story key*
(``story_key(claims_msg)``, a slug of ``event.actor``, e.g. ``"belarus"``) in
one table key, so the merge of a claim is a single read-modify-write. Route
claims messages to the partition of their story key.

State (``SCHEMA_VERSION`` 1), all JSON. The big tables are sharded -- ``{shard:
{key: value}}`` with ``shard = shard_of(key)`` (256 shards) -- so that a merge
copies one shard instead of the whole table; read them with ``events``,
``get_event``, ``people``, ``get_person``, ``article_seen``::

    {"schema": 1,
     "articles":     {shard: {article_id: {"event_id", "published", "source"}}},  # replays are no-ops
     "events":       {shard: {event_id: Event}},
     "event_index":  {"<actor>|<kind>": {"dated": [[start, end, event_id], ...],  # sorted, day ordinals
                                         "undated": [event_id, ...]}},
     "people":       {shard: {person_id: Person}},
     "person_aliases": {shard: {other_id: person_id}},   # ids of spellings that resolved elsewhere
     "name_blocks":  {shard: {surname_block: [person_id, ...]}},  # candidates for same_person
     "fingerprint_bands": {shard: {"<band>:<bits>": [article_id, ...]}}}  # syndicated-copy lookup

    Event  = {"event_id", "kind", "actor", "date", "date_basis": reported|published|as_of|null,
              "scope": reported|background, "earlier_than": event_id|null,
              "figures": {key: Figure}, "people": {person_id: released|held}, "articles": [id]}
    Figure = {"key", "metric", "destination", "current": Reading, "conflicts": [Reading],
              "history": [Source + {"outcome"}], "last_change": {...}}
    Reading = {"value", "qualifier", "as_of", "effective_as_of", "note", "sources": [Source]}
    Source = {"article_id", "source", "url", "outlet", "published", "quote",
              "value", "qualifier", "as_of", "effective_as_of", "note"}   # what that article said
    Person = {"person_id", "display_name", "aliases": {spelling: articles}, "status",
              "status_event", "status_history": [{"status", "event_id", "scope", "sources"}]}

Event clustering: a claim's reported event (scope this_event) joins the event
of the same actor and kind whose date is nearest within CLUSTER_WINDOW_DAYS of
the claim's event date; without an event date the published date is used,
looking back PUBLISHED_LOOKBACK_DAYS; with neither, the most recent event.
Counts and people with scope other_event go to a *background* event -- matched
by their as_of date when given, else one "earlier than <event>" record -- and so
never touch the reported event.

Merge rules for one figure (see ``judge_reading``): the effective as-of of a
reading is its stated as_of, else the article's published date, else the event
date. A repeat, or a reading implied by the known one (a vague bound such as
"more than 1,200" when 1,222 is known), corroborates: it adds a source and
changes nothing. A reading with an earlier as-of is history. At the same as-of,
a more precise consistent reading refines the known one (a change: the known
value went from a bound to a number), a disagreeing one is a conflict kept
beside the known one; at a later as-of anything not implied supersedes.
"""
from __future__ import annotations

import bisect
import datetime as _dt
import hashlib
import re
import zlib
from typing import Any, Protocol

from anyascii import anyascii

from monitor import alerts as _alerts
from monitor import identity as _identity

SCHEMA_VERSION = 1
CLUSTER_WINDOW_DAYS = 3        # reports of one release give dates a day or two apart
PUBLISHED_LOOKBACK_DAYS = 7    # an article reports an event that happened up to a week before
ABOUT_TOLERANCE = 0.10         # "about 120" is consistent with 108..132
MONTH_DAYS = 31                # widest date span we store (a month-precision date)

METRICS = ("released", "transferred", "held", "exchanged")
QUALIFIERS = ("exact", "more_than", "at_least", "about", "at_most")
_TABLES = ("articles", "events", "event_index", "people", "person_aliases", "name_blocks", "fingerprint_bands")
# Big tables are split into 256 shards by key so a merge copies one shard, not the table.
SHARDED_TABLES = ("articles", "events", "people", "person_aliases", "name_blocks", "fingerprint_bands")
SYNDICATION_MAX_DISTANCE = 3   # fingerprint bits: the same wire text with other page chrome
_BANDS = 4                     # 64 bits in 4 bands of 16: a distance <= 3 leaves one band equal


class NameMatcher(Protocol):
    """What facts needs from monitor.identity (merge_claims' ``names``, default
    the identity module). Its PersonIndex is not used: rebuilding it from the
    stored state on every merge would cost O(people); the state keeps its own
    id, alias and surname-block maps instead."""

    def person_id(self, name: str) -> str: ...

    def same_person(self, a: str, b: str) -> bool: ...


# --- story key and state ------------------------------------------------------

def _slug(text: str | None) -> str:
    return re.sub(r"[^a-z0-9]+", "-", anyascii(text or "").lower()).strip("-")


def story_key(claims_msg: dict) -> str:
    """Table key of the story a claims message belongs to: slug of event.actor.

    All events of one actor share one state value, so clustering and person
    resolution see every earlier report of that story. No actor -> "unknown".
    """
    return _slug((claims_msg.get("event") or {}).get("actor")) or "unknown"


def empty_state() -> dict:
    return {"schema": SCHEMA_VERSION, **{table: {} for table in _TABLES}}


def state_to_dict(state: dict) -> dict:
    """The JSON value to store. State already is plain JSON and merges never
    mutate it, so this returns it as is (no copy of a large table per write)."""
    return state


def state_from_dict(data: dict | None) -> dict:
    """State from a stored JSON value (None -> empty state)."""
    if data is None:
        return empty_state()
    if data.get("schema") != SCHEMA_VERSION:
        raise ValueError(f"fact state schema {data.get('schema')!r}, expected {SCHEMA_VERSION}")
    if "fingerprint_bands" not in data:  # states written before syndication detection
        data = {**data, "fingerprint_bands": {}}
    missing = [table for table in _TABLES if table not in data]
    if missing:
        raise ValueError(f"fact state lacks {missing}")
    return data


# --- dates --------------------------------------------------------------------

_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def date_span(text: str | None) -> tuple[int, int] | None:
    """``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` -> (first, last) day ordinal; else None."""
    match = _DATE_RE.match(text or "")
    if not match:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day:
            ordinal = _dt.date(year, month, day).toordinal()
            return ordinal, ordinal
        if month:
            first = _dt.date(year, month, 1)
            following = _dt.date(year + month // 12, month % 12 + 1, 1)
            return first.toordinal(), following.toordinal() - 1
        return _dt.date(year, 1, 1).toordinal(), _dt.date(year, 12, 31).toordinal()
    except ValueError:
        return None


def compare_as_of(new: str | None, known: str | None) -> str:
    """"later" / "earlier" / "same" (overlapping spans, or a date unknown)."""
    new_span, known_span = date_span(new), date_span(known)
    if new_span is None or known_span is None:
        return "same"
    if new_span[0] > known_span[1]:
        return "later"
    if new_span[1] < known_span[0]:
        return "earlier"
    return "same"


# --- figure merge rules -----------------------------------------------------

def value_bounds(value: int, qualifier: str) -> tuple[float, float]:
    """The set of true values a reading allows, as a closed interval."""
    if qualifier == "more_than":
        return value + 1, float("inf")
    if qualifier == "at_least":
        return value, float("inf")
    if qualifier == "at_most":
        return float("-inf"), value
    if qualifier == "about":
        slack = max(1, round(value * ABOUT_TOLERANCE))
        return value - slack, value + slack
    return value, value  # exact, or a qualifier we do not know: take the number at its word


def judge_reading(known: dict, new: dict) -> str:
    """How a new reading of a figure relates to the known one.

    corroborated | stale | refined | superseded | conflict.
    """
    if new["value"] == known["value"] and new["qualifier"] == known["qualifier"]:
        return "corroborated"
    when = compare_as_of(new["effective_as_of"], known["effective_as_of"])
    if when == "earlier":
        return "stale"
    new_lo, new_hi = value_bounds(new["value"], new["qualifier"])
    known_lo, known_hi = value_bounds(known["value"], known["qualifier"])
    if new_lo <= known_lo and known_hi <= new_hi:
        return "corroborated"  # implied by what we know: no new information
    if when == "later":
        return "superseded"
    if known_lo <= new_lo and new_hi <= known_hi:
        return "refined"
    if new_hi < known_lo or known_hi < new_lo:
        return "conflict"
    return "corroborated"  # two vague bounds that overlap: neither is wrong, neither is news


def figure_key(metric: str, destination: str | None) -> str:
    return f"transferred:{destination}" if metric == "transferred" and destination else metric


def _reading(source: dict) -> dict:
    return {"value": source["value"], "qualifier": source["qualifier"], "as_of": source["as_of"],
            "effective_as_of": source["effective_as_of"], "note": source["note"], "sources": [source]}


# A story runs for months: keep its state bounded. Every source is counted, but only the
# first reports and the most recent ones keep their quotes in the table.
SOURCES_KEPT_FIRST = 5
SOURCES_KEPT_LAST = 15
HISTORY_KEPT = 60


def _bounded_sources(sources: list[dict]) -> list[dict]:
    if len(sources) <= SOURCES_KEPT_FIRST + SOURCES_KEPT_LAST:
        return sources
    return sources[:SOURCES_KEPT_FIRST] + sources[-SOURCES_KEPT_LAST:]


def source_count(reading: dict) -> int:
    """How many distinct articles support a reading (also those whose quotes were dropped)."""
    return reading.get("source_count") or len({s["article_id"] for s in reading["sources"]})


def _with_source(reading: dict, source: dict) -> dict:
    if any(s["article_id"] == source["article_id"] for s in reading["sources"]):
        return reading
    return {**reading, "sources": _bounded_sources(reading["sources"] + [source]),
            "source_count": source_count(reading) + 1}


def _supports(reading: dict, source: dict) -> bool:
    return any(s["article_id"] == source["article_id"] and s["value"] == source["value"]
               and s["qualifier"] == source["qualifier"] for s in reading["sources"])


def merge_figure(figure: dict | None, key: str, metric: str, destination: str | None,
                 source: dict) -> tuple[dict, str, dict | None, dict]:
    """Fold one reported count into a figure -> (figure, outcome, old, new).

    outcome is a ``judge_reading`` result, ``added`` for a first report,
    ``known_conflict`` for a repeat of a known conflicting value and
    ``duplicate`` for the same article repeating itself (figure unchanged).
    """
    incoming = _reading(source)
    change = {"article_id": source["article_id"], "published": source["published"],
              "outlet": source.get("outlet"), "source": source.get("source")}
    if figure is None:
        figure = {"key": key, "metric": metric, "destination": destination, "current": incoming,
                  "conflicts": [], "history": [{**source, "outcome": "added"}],
                  "last_change": {**change, "outcome": "added"}}
        return figure, "added", None, incoming
    known = figure["current"]
    if _supports(known, source) or any(_supports(c, source) for c in figure["conflicts"]):
        return figure, "duplicate", known, known
    outcome = judge_reading(known, incoming)
    history = (figure["history"] + [{**source, "outcome": outcome}])[-HISTORY_KEPT:]
    if outcome == "corroborated":
        return {**figure, "current": _with_source(known, source), "history": history}, outcome, known, known
    if outcome == "stale":
        return {**figure, "history": history}, outcome, known, known
    if outcome == "conflict":
        for i, other in enumerate(figure["conflicts"]):
            if other["value"] == incoming["value"] and other["qualifier"] == incoming["qualifier"]:
                conflicts = figure["conflicts"][:i] + [_with_source(other, source)] + figure["conflicts"][i + 1:]
                history[-1] = {**source, "outcome": "known_conflict"}
                return {**figure, "conflicts": conflicts, "history": history}, "known_conflict", known, other
        figure = {**figure, "conflicts": figure["conflicts"] + [incoming], "history": history,
                  "last_change": {**change, "outcome": outcome}}
        return figure, outcome, known, incoming
    # refined / superseded: the incoming reading becomes the known value
    conflicts = [] if outcome == "superseded" else figure["conflicts"]
    figure = {**figure, "current": incoming, "conflicts": conflicts, "history": history,
              "last_change": {**change, "outcome": outcome}}
    return figure, outcome, known, incoming


# --- copy-on-write draft of the state ------------------------------------------

def shard_of(key: str) -> str:
    """Shard of a key in a sharded table: two hex digits of its CRC-32."""
    return f"{zlib.crc32(key.encode()) & 0xFF:02x}"


class _Draft:
    """Copy-on-write view of the state. Reads fall through to the old state;
    writes collect per table and are applied at the end, copying only the
    top level of each touched table and, in sharded tables, the touched shards
    (so a merge copies a few hundred entries, not the whole table)."""

    def __init__(self, state: dict):
        self.base = state
        self.writes: dict[str, dict] = {table: {} for table in _TABLES}

    def get(self, table: str, key: str, default: Any = None) -> Any:
        writes = self.writes[table]
        if key in writes:
            return writes[key]
        if table in SHARDED_TABLES:
            return self.base[table].get(shard_of(key), {}).get(key, default)
        return self.base[table].get(key, default)

    def put(self, table: str, key: str, value: Any) -> None:
        self.writes[table][key] = value

    def keys(self, table: str) -> set[str]:
        """Keys of an unsharded (small) table."""
        return set(self.base[table]) | set(self.writes[table])

    def build(self) -> dict:
        state = dict(self.base)
        for table, writes in self.writes.items():
            if not writes:
                continue
            if table not in SHARDED_TABLES:
                state[table] = {**self.base[table], **writes}
                continue
            shards, copied = dict(self.base[table]), set()
            for key, value in writes.items():
                shard = shard_of(key)
                if shard not in copied:
                    shards[shard] = dict(shards.get(shard, {}))
                    copied.add(shard)
                shards[shard][key] = value
            state[table] = shards
        return state


# --- event clustering -----------------------------------------------------------

def _bucket(actor: str | None, kind: str | None) -> str:
    return f"{_slug(actor)}|{kind or 'unknown'}"


def _event_id(*parts: str | None) -> str:
    return "ev_" + hashlib.sha256("|".join(p or "" for p in parts).encode()).hexdigest()[:16]


def _event_ref(event: dict) -> dict:
    return {key: event[key] for key in ("event_id", "kind", "actor", "date", "scope")}


def _nearest_dated(draft: _Draft, buckets: list[str], lo: int, hi: int, anchor: tuple[int, int], *,
                   exclude: str | None = None, background_gap: int | None = None) -> str | None:
    """Event whose date span meets [lo, hi], nearest to anchor (ties: later, then id).

    Background events (known only from mentions, often dated to a whole month)
    count only within ``background_gap`` days of the anchor; None leaves them out.
    Bisection on the sorted index keeps this O(log n + nearby events)."""
    best: tuple | None = None
    for bucket in buckets:
        dated = draft.get("event_index", bucket, {}).get("dated", [])
        start = bisect.bisect_left(dated, lo - MONTH_DAYS, key=lambda entry: entry[0])
        stop = bisect.bisect_right(dated, hi, key=lambda entry: entry[0])
        for ev_start, ev_end, event_id in dated[start:stop]:
            if ev_end < lo or event_id == exclude:
                continue
            gap = max(0, ev_start - anchor[1], anchor[0] - ev_end)
            if draft.get("events", event_id)["scope"] == "background" and (
                    background_gap is None or gap > background_gap):
                continue
            rank = (gap, -ev_start, event_id)
            if best is None or rank < best:
                best = rank
    return best[2] if best else None


def _latest(draft: _Draft, buckets: list[str]) -> str | None:
    """The most recent reported event: latest dated one, else the last undated one."""
    latest = None
    for bucket in buckets:
        for entry in reversed(draft.get("event_index", bucket, {}).get("dated", [])):
            if draft.get("events", entry[2])["scope"] == "reported":
                latest = max(latest, entry) if latest else entry
                break
    if latest:
        return latest[2]
    undated = [entry for b in buckets for entry in draft.get("event_index", b, {}).get("undated", [])[-1:]]
    return undated[-1] if undated else None


def _candidate_buckets(draft: _Draft, actor: str | None, kind: str | None) -> list[str]:
    if kind:
        return [_bucket(actor, kind)]
    prefix = _slug(actor) + "|"  # kind unknown: any kind of this actor may be the event
    return sorted(b for b in draft.keys("event_index") if b.startswith(prefix))


def _index_event(draft: _Draft, event: dict, old_date: str | None = None) -> None:
    """Put an event in its bucket's index (moving it from old_date if it had one)."""
    bucket = _bucket(event["actor"], event["kind"])
    entry = draft.get("event_index", bucket, {"dated": [], "undated": []})
    span = date_span(event["date"])
    if span:
        dated = list(entry["dated"])
        old_span = date_span(old_date)
        if old_span:
            dated.remove([old_span[0], old_span[1], event["event_id"]])
        bisect.insort(dated, [span[0], span[1], event["event_id"]])
        undated = [e for e in entry["undated"] if e != event["event_id"]]
        entry = {"dated": dated, "undated": undated}
    else:
        entry = {"dated": entry["dated"], "undated": entry["undated"] + [event["event_id"]]}
    draft.put("event_index", bucket, entry)


def _new_event(draft: _Draft, event_id: str, kind: str | None, actor: str | None, date: str | None,
               basis: str | None, scope: str, earlier_than: str | None = None) -> dict:
    while draft.get("events", event_id) is not None:  # same anchor, different event: stay unique
        event_id = _event_id(event_id, "next")
    event = {"event_id": event_id, "kind": kind, "actor": actor, "date": date, "date_basis": basis,
             "scope": scope, "earlier_than": earlier_than, "figures": {}, "people": {}, "articles": []}
    draft.put("events", event_id, event)
    return event


def _reported_event(draft: _Draft, claim: dict, article: dict, changes: list[dict]) -> str:
    """Find or create the event a claim reports on (scope this_event)."""
    info = claim.get("event") or {}
    kind, actor = info.get("kind"), info.get("actor")
    buckets = _candidate_buckets(draft, actor, kind)
    reported, published = date_span(info.get("date")), date_span(claim.get("published"))
    if reported:
        found = _nearest_dated(draft, buckets, reported[0] - CLUSTER_WINDOW_DAYS,
                               reported[1] + CLUSTER_WINDOW_DAYS, reported, background_gap=0)
    elif published:
        found = _nearest_dated(draft, buckets, published[0] - PUBLISHED_LOOKBACK_DAYS,
                               published[1] + 1, published)
    else:
        found = _latest(draft, buckets)
    if found is None and (reported or published):
        # an event first seen without any date takes the first date reported for it
        found = next((u for b in buckets for u in reversed(draft.get("event_index", b, {}).get("undated", []))), None)
        if found is not None:
            _redate(draft, found, info.get("date") or claim.get("published"),
                    "reported" if reported else "published")
    elif found is not None and reported and draft.get("events", found)["date_basis"] == "published":
        # dated so far by a publication day: a stated event date is closer to the truth
        _redate(draft, found, info["date"], "reported")
    created = found is None
    if created:
        date = info.get("date") or claim.get("published")
        basis = "reported" if reported else ("published" if published else None)
        anchor = date if date else "undated:" + claim["article_id"]
        event = _new_event(draft, _event_id(_slug(actor), kind, anchor), kind, actor, date, basis, "reported")
        _index_event(draft, event)
        found = event["event_id"]
    event = _touch_article(draft, found, claim["article_id"])
    if created or event["scope"] != "reported":
        # a new event, or the first direct report of one known only from mentions
        event = {**event, "scope": "reported"}
        draft.put("events", found, event)
        evidence = [_source_ref(article, c.get("quote")) for c in _this_event(claim.get("counts") or [])]
        evidence = evidence or [_source_ref(article, p.get("quote")) for p in _this_event(claim.get("people") or [])
                                if p.get("status") in ("released", "held")]
        changes.append({"change": "event_reported", "event": _event_ref(event), "article": article,
                        "evidence": evidence})
    return found


def _redate(draft: _Draft, event_id: str, date: str, basis: str) -> None:
    event = draft.get("events", event_id)
    draft.put("events", event_id, {**event, "date": date, "date_basis": basis})
    _index_event(draft, draft.get("events", event_id), old_date=event["date"])


def _background_event(draft: _Draft, claim: dict, when: str | None, current: str | None) -> str:
    """The event an other_event item belongs to; never the reported one."""
    info = claim.get("event") or {}
    kind, actor = info.get("kind"), info.get("actor")
    span = date_span(when)
    if span:
        found = _nearest_dated(draft, _candidate_buckets(draft, actor, kind),
                               span[0] - CLUSTER_WINDOW_DAYS, span[1] + CLUSTER_WINDOW_DAYS, span,
                               exclude=current, background_gap=CLUSTER_WINDOW_DAYS)
        if found:
            return found
        event = _new_event(draft, _event_id(_slug(actor), kind, when, "background"),
                           kind, actor, when, "as_of", "background")
        _index_event(draft, event)
        return event["event_id"]
    # undated: one record per reported event for "released earlier"; not indexed, so
    # nothing else clusters into it
    event_id = _event_id(_slug(actor), kind, "before", current or "none")
    if draft.get("events", event_id) is None:
        _new_event(draft, event_id, kind, actor, None, None, "background", earlier_than=current)
    return event_id


def _touch_article(draft: _Draft, event_id: str, article_id: str) -> dict:
    event = draft.get("events", event_id)
    if article_id not in event["articles"]:
        event = {**event, "articles": event["articles"] + [article_id]}
        draft.put("events", event_id, event)
    return event


# --- counts -------------------------------------------------------------------

def _this_event(items: list[dict]) -> list[dict]:
    return [item for item in items if item.get("scope", "this_event") != "other_event"]


def _source_ref(article: dict, quote: str | None) -> dict:
    return {"article_id": article["article_id"], "source": article["source"], "url": article["url"],
            "outlet": article["outlet"], "published": article["published"], "quote": quote}


def _count_source(article: dict, count: dict, event: dict) -> dict:
    stated = count.get("as_of") if date_span(count.get("as_of")) else None
    effective = stated or article["published"] or event["date"]
    qualifier = count.get("qualifier") if count.get("qualifier") in QUALIFIERS else "exact"
    return {**_source_ref(article, count.get("quote")), "value": int(count["value"]),
            "qualifier": qualifier, "as_of": stated, "effective_as_of": effective, "note": count.get("note")}


def _merge_count(draft: _Draft, event_id: str, count: dict, article: dict, changes: list[dict]) -> None:
    event = _touch_article(draft, event_id, article["article_id"])
    metric = count["metric"]
    # Transfers are keyed by country, so "Vilnius, Lithuania" and "Lithuania" are one figure.
    destination = (count.get("destination_country") or count.get("destination")) if metric == "transferred" else None
    key = figure_key(metric, destination)
    source = _count_source(article, count, event)
    figure, outcome, old, new = merge_figure(event["figures"].get(key), key, metric, destination, source)
    if outcome == "duplicate":
        return
    draft.put("events", event_id, {**event, "figures": {**event["figures"], key: figure}})
    changes.append({"change": "figure", "outcome": outcome, "event": _event_ref(event), "article": article,
                    "figure": {"key": key, "metric": metric, "destination": destination},
                    "old": old, "new": new})


# --- people ---------------------------------------------------------------------

def surname_block(name: str) -> str:
    """Coarse, transliteration-tolerant key of the last name (candidate blocking
    only; monitor.identity decides): first three consonant sounds."""
    tokens = re.findall(r"[a-z]+", anyascii(name).lower())
    if not tokens:
        return ""
    word = tokens[-1]
    for spelling, sound in (("ts", "c"), ("tz", "c"), ("ck", "k"), ("ph", "f"), ("q", "k"), ("w", "v"), ("x", "ks")):
        word = word.replace(spelling, sound)
    consonants = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyjh]", "", word))
    return consonants[:3] or word[:3]


def _spellings(person: dict) -> list[str]:
    seen: list[str] = []
    for spelling in [person.get("name")] + list(person.get("aliases") or []):
        spelling = (spelling or "").strip()
        if spelling and spelling not in seen:
            seen.append(spelling)
    return seen


def _safe_id(names: NameMatcher, spelling: str) -> str | None:
    try:
        return names.person_id(spelling)
    except ValueError:  # identity refuses strings that are not names
        return None


def _resolve_person(draft: _Draft, person: dict, spelling_ids: dict[str, str | None],
                    names: NameMatcher) -> str | None:
    """One id per human being, whatever spelling an article uses."""
    spellings = list(spelling_ids)
    ids = [person.get("person_id")] + list(spelling_ids.values())
    for pid in filter(None, ids):
        if draft.get("people", pid) is not None:
            return pid
        if draft.get("person_aliases", pid) is not None:
            return draft.get("person_aliases", pid)
    for spelling in spellings:
        fits = []
        for pid in draft.get("name_blocks", surname_block(spelling), []):
            known = draft.get("people", pid)
            if any(names.same_person(spelling, other) for other in [known["display_name"], *known["aliases"]]):
                fits.append(pid)
        if len(fits) == 1:  # "Babaryka" alone fits father and son: then it is nobody we know
            return fits[0]
    return next(filter(None, ids), None)


def _observe_person(draft: _Draft, pid: str, spelling_ids: dict[str, str | None]) -> dict:
    """Create or update the person record with the spellings of one article."""
    spellings = list(spelling_ids)
    record = draft.get("people", pid) or {"person_id": pid, "display_name": spellings[0], "aliases": {},
                                          "status": "mentioned", "status_event": None, "status_history": []}
    aliases = dict(record["aliases"])
    for spelling in spellings:
        if spelling not in aliases:
            other_id = spelling_ids[spelling]
            if other_id and other_id != pid:
                draft.put("person_aliases", other_id, pid)
            block = surname_block(spelling)
            members = draft.get("name_blocks", block, [])
            if pid not in members:
                draft.put("name_blocks", block, members + [pid])
        aliases[spelling] = aliases.get(spelling, 0) + 1
    # most used spelling names the person; ties keep the current one so names stay stable
    display = max(aliases, key=lambda s: (aliases[s], s == record["display_name"]))
    record = {**record, "aliases": aliases, "display_name": display}
    draft.put("people", pid, record)
    return record


def _event_order(draft: _Draft, event_id: str | None) -> float:
    """Sort key of an event in time, for 'latest status wins'."""
    if event_id is None:
        return float("-inf")
    event = draft.get("events", event_id)
    span = date_span(event["date"])
    if span:
        return span[0]
    if event["earlier_than"]:
        return _event_order(draft, event["earlier_than"]) - 0.5
    return float("inf") if event["scope"] == "reported" else float("-inf")


def _add_status(record: dict, status: str, event_id: str, scope: str, source: dict) -> list[dict]:
    history = list(record["status_history"])
    for i, entry in enumerate(history):
        if entry["status"] == status and entry["event_id"] == event_id:
            if all(s["article_id"] != source["article_id"] for s in entry["sources"]):
                history[i] = {**entry, "sources": _bounded_sources(entry["sources"] + [source]),
                              "source_count": source_count(entry) + 1}
            return history
    return history + [{"status": status, "event_id": event_id, "scope": scope, "sources": [source]}]


def _merge_person(draft: _Draft, person: dict, event_id: str | None, article: dict,
                  names: NameMatcher, changes: list[dict]) -> None:
    spellings = _spellings(person)
    if not spellings:
        return
    spelling_ids = {spelling: _safe_id(names, spelling) for spelling in spellings}
    pid = _resolve_person(draft, person, spelling_ids, names)
    if pid is None:
        return
    record = _observe_person(draft, pid, spelling_ids)
    status = person.get("status")
    if status not in ("released", "held") or event_id is None:
        return  # a mention names someone; it says nothing about their freedom
    event = _touch_article(draft, event_id, article["article_id"])
    source = {**_source_ref(article, person.get("quote")), "name": spellings[0]}
    before_in_event = event["people"].get(pid)
    previous = record["status"]
    previous_sources = next((e["sources"] for e in reversed(record["status_history"])
                             if e["status"] == previous), [])
    outcome = None
    if before_in_event == "released" and status == "held":
        # keep released (a release is rarely reported by mistake); alert the first time only
        known = any(e["status"] == "held" and e["event_id"] == event_id for e in record["status_history"])
        outcome = None if known else "status_conflict"
        previous_sources = next(e["sources"] for e in record["status_history"]
                                if e["status"] == "released" and e["event_id"] == event_id)
    elif before_in_event != status:
        outcome = status
        draft.put("events", event_id, {**event, "people": {**event["people"], pid: status}})
    history = _add_status(record, status, event_id, event["scope"], source)
    record = {**record, "status_history": history}
    if outcome in ("released", "held") and _event_order(draft, event_id) >= _event_order(draft, record["status_event"]):
        record = {**record, "status": status, "status_event": event_id}
    draft.put("people", pid, record)
    if outcome:
        changes.append({"change": "person", "outcome": outcome, "event": _event_ref(event), "article": article,
                        "person": {"person_id": pid, "name": record["display_name"],
                                   "aliases": sorted(record["aliases"])},
                        "previous_status": previous, "sources": [source],
                        "previous_sources": previous_sources})


# --- the merge ----------------------------------------------------------------

# --- syndication ---------------------------------------------------------------
# One wire story carried by ten outlets is one source, not ten. Articles carry a
# 64-bit fingerprint of their text ("fingerprint", hex; monitor.feeds.fingerprint); a new article within
# SYNDICATION_MAX_DISTANCE bits of one already merged in this story, and making
# the same claims, is linked to it as a copy and adds no sources and no alerts.
# A near-identical text with other figures is an updated story and merges as usual.
# Band keys find candidates without scanning every article.

def claims_signature(claims_msg: dict) -> str:
    """What an article claims, independent of wording and quotes."""
    counts = sorted((str(c.get("metric")), int(c.get("value") or 0), str(c.get("qualifier")),
                     str(c.get("destination_country") or c.get("destination") or ""), str(c.get("scope")))
                    for c in claims_msg.get("counts") or [])
    people = sorted((str(p.get("person_id") or p.get("name")), str(p.get("status")), str(p.get("scope")))
                    for p in claims_msg.get("people") or [])
    return hashlib.sha256(repr((counts, people)).encode()).hexdigest()[:16]

def _bands(fingerprint: int) -> list[str]:
    return [f"{i}:{(fingerprint >> (16 * i)) & 0xFFFF:04x}" for i in range(_BANDS)]


def _fingerprint(claims_msg: dict) -> int | None:
    try:
        return int(claims_msg["fingerprint"], 16)
    except (KeyError, TypeError, ValueError):
        return None


def _syndicated_original(draft: "_Draft", fingerprint: int, signature: str) -> str | None:
    """The id of an already merged article this one is a copy of, if any."""
    for band in _bands(fingerprint):
        for candidate in draft.get("fingerprint_bands", band, []) or []:
            known = draft.get("articles", candidate) or {}
            if (known.get("fingerprint") is not None and known.get("claims") == signature
                    and bin(int(known["fingerprint"], 16) ^ fingerprint).count("1") <= SYNDICATION_MAX_DISTANCE):
                return known.get("duplicate_of") or candidate
    return None


def _index_fingerprint(draft: "_Draft", article_id: str, fingerprint: int) -> None:
    for band in _bands(fingerprint):
        draft.put("fingerprint_bands", band, [*(draft.get("fingerprint_bands", band, []) or []), article_id][-50:])


def _article_ref(claim: dict) -> dict:
    return {key: claim.get(key) for key in ("article_id", "source", "url", "outlet", "published", "title")}


def merge_claims(state: dict, claims_msg: dict, *, names: NameMatcher | None = None) -> tuple[dict, list[dict]]:
    """Fold one article's claims into the fact table -> (new_state, alerts).

    Pure: ``state`` is not modified. A claims message whose article_id was
    already merged returns ``(state, [])`` -- replays never double-count.
    """
    names = names or _identity
    article_id = claims_msg["article_id"]
    if article_seen(state, article_id):
        return state, []
    draft = _Draft(state)
    article = _article_ref(claims_msg)
    fingerprint = _fingerprint(claims_msg)
    signature = claims_signature(claims_msg)
    if fingerprint is not None and (original := _syndicated_original(draft, fingerprint, signature)):
        draft.put("articles", article_id, {"event_id": None, "published": article["published"],
                                           "source": article["source"], "duplicate_of": original,
                                           "fingerprint": claims_msg["fingerprint"], "claims": signature})
        return draft.build(), []
    changes: list[dict] = []
    counts = [c for c in claims_msg.get("counts") or [] if c.get("metric") in METRICS and c.get("value") is not None]
    person_claims = claims_msg.get("people") or []
    relevant = claims_msg.get("relevant", True)
    reports = relevant and (_this_event(counts) or any(p.get("status") in ("released", "held")
                                                        for p in _this_event(person_claims)))
    current = _reported_event(draft, claims_msg, article, changes) if reports else None
    if relevant:
        for count in counts:
            if count.get("scope") == "other_event":
                target = _background_event(draft, claims_msg, count.get("as_of"), current)
            else:
                target = current
            _merge_count(draft, target, count, article, changes)
        for person in person_claims:
            if person.get("scope") == "other_event" and person.get("status") in ("released", "held"):
                target = _background_event(draft, claims_msg, None, current)
            else:
                target = current
            _merge_person(draft, person, target, article, names, changes)
    record = {"event_id": current, "published": article["published"], "source": article["source"]}
    if fingerprint is not None:
        record.update(fingerprint=claims_msg["fingerprint"], claims=signature)
        _index_fingerprint(draft, article_id, fingerprint)
    draft.put("articles", article_id, record)
    return draft.build(), _alerts.alerts_for_changes(story_key(claims_msg), changes)


def merge_many(state: dict, claims_msgs: list[dict], *, names: NameMatcher | None = None) -> tuple[dict, list[dict]]:
    """Merge messages in order -> (final state, all alerts in order)."""
    alerts: list[dict] = []
    for msg in claims_msgs:
        state, new_alerts = merge_claims(state, msg, names=names)
        alerts.extend(new_alerts)
    return state, alerts


# --- read API -----------------------------------------------------------------

def _rows(state: dict, table: str):
    for shard in sorted(state[table]):
        yield from state[table][shard].values()


def _lookup(state: dict, table: str, key: str) -> Any:
    return state[table].get(shard_of(key), {}).get(key)


def duplicate_of(state: dict, article_id: str) -> str | None:
    """The article a merged article was recognised as a syndicated copy of, if any."""
    return (_lookup(state, "articles", article_id) or {}).get("duplicate_of")


def article_seen(state: dict, article_id: str) -> bool:
    return _lookup(state, "articles", article_id) is not None


def events(state: dict) -> list[dict]:
    """Every event, background ones included, in id order within shards."""
    return list(_rows(state, "events"))


def get_event(state: dict, event_id: str) -> dict | None:
    return _lookup(state, "events", event_id)


def people(state: dict) -> list[dict]:
    """Every person record (mentions included)."""
    return list(_rows(state, "people"))


def get_person(state: dict, person_id: str) -> dict | None:
    """A person by id, also by the id of another spelling that resolved to them."""
    return _lookup(state, "people", person_id) or _lookup(state, "people",
                                                          _lookup(state, "person_aliases", person_id) or "")


def _event_sort_key(event: dict) -> tuple:
    span = date_span(event["date"])
    return (-(span[0] if span else 0), event["event_id"])


def fact_table_rows(state: dict) -> list[dict]:
    """One row per figure: reported events first, newest first; figures by key."""
    rows = []
    for event in sorted(events(state), key=lambda e: (e["scope"] != "reported", *_event_sort_key(e))):
        for key in sorted(event["figures"]):
            figure = event["figures"][key]
            current = figure["current"]
            rows.append({
                "event_id": event["event_id"], "event_kind": event["kind"], "actor": event["actor"],
                "event_date": event["date"], "event_scope": event["scope"],
                "figure": key, "metric": figure["metric"], "destination": figure["destination"],
                "value": current["value"], "qualifier": current["qualifier"],
                "as_of": current["as_of"], "effective_as_of": current["effective_as_of"],
                "sources": source_count(current),
                "conflicting_values": [c["value"] for c in figure["conflicts"]],
                "last_change": figure["last_change"],
            })
    return rows


def people_rows(state: dict) -> list[dict]:
    """One row per person with a known status (mentions only are left out)."""
    rows = []
    for person in people(state):
        if person["status"] == "mentioned":
            continue
        event = get_event(state, person["status_event"]) if person["status_event"] else None
        rows.append({"person_id": person["person_id"], "name": person["display_name"],
                     "aliases": sorted(person["aliases"]), "status": person["status"],
                     "status_event": person["status_event"],
                     "status_scope": event["scope"] if event else None,
                     "history": [(e["status"], e["event_id"], source_count(e)) for e in person["status_history"]]})
    return sorted(rows, key=lambda r: r["name"])
