"""Webhook subscriptions (pure): the record, its filters, and safe display.

A subscription is a plain JSON object, so it can live in a Kafka table and be
served by the HTTP API as is::

    {"id": "sub_<16 hex>", "url": str, "secrets": [str, ...],   # newest first
     "types": [alert type, ...], "watch": [person name, ...],
     "stories": [story key or actor, ...], "keywords": [str, ...],
     "min_change": int, "created_at": "YYYY-MM-DDTHH:MM:SSZ",
     "disabled": bool, "disabled_reason": str | null}

Empty filter lists mean "no restriction". An alert is delivered when every
filter that is set passes (see ``matches``).
"""
from __future__ import annotations

import hashlib
import re
import secrets as _random
from collections.abc import Iterable
from datetime import datetime, timezone

import httpx

from monitor.alerts import ALERT_TYPES
from monitor.facts import story_key
from monitor.identity import same_person
from monitor.webhooks.signing import new_secret
from monitor.webhooks.ssrf import validate_url

_ID = re.compile(r"^sub_[0-9a-f]{16}$")
MAX_FILTER_ITEMS = 100
MAX_SECRETS = 3  # current + a couple still overlapping during rotation


def new_subscription_id() -> str:
    return "sub_" + _random.token_hex(8)


def _strings(field: str, values: Iterable[str]) -> list[str]:
    if isinstance(values, str):
        raise ValueError(f"{field} must be a list of strings, not a single string")
    cleaned: list[str] = []
    for value in values:
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"{field}: {value!r} is not a non-empty string")
        if value.strip() not in cleaned:
            cleaned.append(value.strip())
    if len(cleaned) > MAX_FILTER_ITEMS:
        raise ValueError(f"{field}: at most {MAX_FILTER_ITEMS} entries")
    return cleaned


def _types(values: Iterable[str]) -> list[str]:
    types = _strings("types", values)
    unknown = [t for t in types if t not in ALERT_TYPES]
    if unknown:
        raise ValueError(f"unknown alert type(s) {unknown}; known: {list(ALERT_TYPES)}")
    return types


def _min_change(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"min_change must be an integer >= 0, got {value!r}")
    return value


def new_subscription(url: str, *, types: Iterable[str] = (), watch: Iterable[str] = (),
                     stories: Iterable[str] = (), keywords: Iterable[str] = (),
                     min_change: int = 0, secret: str | None = None,
                     now: datetime | None = None) -> dict:
    """A new, enabled subscription with a fresh id and signing secret.

    Raises ValueError (SSRFError for the URL) saying what is wrong. The URL is
    checked for syntax only; its addresses are vetted at every delivery."""
    now = now or datetime.now(timezone.utc)
    return {
        "id": new_subscription_id(),
        "url": validate_url(url).url,
        "secrets": [secret or new_secret()],
        "types": _types(types),
        "watch": _strings("watch", watch),
        "stories": _strings("stories", stories),
        "keywords": _strings("keywords", keywords),
        "min_change": _min_change(min_change),
        "created_at": now.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "disabled": False,
        "disabled_reason": None,
    }


def validate_subscription(sub: dict) -> dict:
    """Check a stored or submitted record; returns it, or raises ValueError."""
    missing = [k for k in ("id", "url", "secrets", "types", "watch", "stories", "keywords",
                           "min_change", "created_at", "disabled", "disabled_reason")
               if k not in sub]
    if missing:
        raise ValueError(f"subscription lacks {missing}")
    if not isinstance(sub["id"], str) or not _ID.match(sub["id"]):
        raise ValueError(f"bad subscription id {sub['id']!r}")
    validate_url(sub["url"])
    if not sub["secrets"] or not all(isinstance(s, str) and s.startswith("whsec_")
                                     for s in sub["secrets"]):
        raise ValueError("secrets must be a non-empty list of whsec_ secrets")
    _types(sub["types"])
    for field in ("watch", "stories", "keywords"):
        _strings(field, sub[field])
    _min_change(sub["min_change"])
    if not isinstance(sub["disabled"], bool):
        raise ValueError("disabled must be true or false")
    return sub


# --- lifecycle (each returns a new record) -------------------------------------------

def rotate_secret(sub: dict, *, secret: str | None = None) -> dict:
    """Add a new secret in front; older ones keep signing until retired, so the
    receiver can switch over without rejecting anything."""
    fresh = secret or new_secret()
    return {**sub, "secrets": [fresh, *sub["secrets"]][:MAX_SECRETS]}


def retire_old_secrets(sub: dict) -> dict:
    """Keep only the newest secret (end of a rotation)."""
    return {**sub, "secrets": sub["secrets"][:1]}


def disable(sub: dict, reason: str) -> dict:
    return {**sub, "disabled": True, "disabled_reason": reason}


def enable(sub: dict) -> dict:
    return {**sub, "disabled": False, "disabled_reason": None}


# --- filters ---------------------------------------------------------------------------

def _story_matches(stories: list[str], alert: dict) -> bool:
    key = (alert.get("story_key") or "").casefold()
    actor = ((alert.get("event") or {}).get("actor") or "").casefold()
    for story in stories:
        wanted = story.casefold()
        # "United States" and "united-states" both name the story key united-states
        if wanted in (key, actor) or story_key({"event": {"actor": story}}) == key:
            return True
    return False


def _watch_matches(watch: list[str], alert: dict) -> bool:
    person = alert.get("person")
    if not person:
        return False  # a watch filter asks for news about people only
    names = [*person.get("aliases", []), person.get("name") or ""]
    return any(same_person(w, name) for w in watch for name in names if name)


def _keyword_pattern(keyword: str) -> re.Pattern:
    # whole words: 'war' must not match 'award'
    return re.compile(rf"(?<!\w){re.escape(keyword.casefold())}(?!\w)")


def _keyword_matches(keywords: list[str], alert: dict) -> bool:
    texts = [alert.get("summary") or ""]
    texts += [e.get("quote") or "" for e in alert.get("evidence") or []]
    haystack = "\n".join(texts).casefold()
    return any(_keyword_pattern(k).search(haystack) for k in keywords)


def _change_big_enough(min_change: int, alert: dict) -> bool:
    if not min_change or alert.get("type") != "figure_changed":
        return True
    old, new = alert.get("old"), alert.get("new")
    if old is None or new is None:
        return True  # a figure reported for the first time always passes
    return abs(new["value"] - old["value"]) >= min_change


def matches(sub: dict, alert: dict) -> bool:
    """True if `alert` passes every filter `sub` sets (disabled subs match nothing)."""
    if sub.get("disabled"):
        return False
    if sub.get("types") and alert.get("type") not in sub["types"]:
        return False
    if sub.get("stories") and not _story_matches(sub["stories"], alert):
        return False
    if sub.get("watch") and not _watch_matches(sub["watch"], alert):
        return False
    if sub.get("keywords") and not _keyword_matches(sub["keywords"], alert):
        return False
    return _change_big_enough(sub.get("min_change") or 0, alert)


# --- display ---------------------------------------------------------------------------

def secret_fingerprint(secret: str) -> str:
    """Tells secrets apart (e.g. during rotation) without revealing them."""
    return "whsec_…" + hashlib.sha256(secret.encode()).hexdigest()[:8]


def redact_url(url: str) -> str:
    """The URL with query values masked: receivers often put tokens there."""
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError):
        return "<invalid url>"
    if not parsed.query:
        return str(parsed)
    masked = "&".join(f"{key}=***" for key, _ in parsed.params.multi_items())
    return str(parsed.copy_with(query=masked.encode()))


def redact(sub: dict) -> dict:
    """The record for list output and logs: secrets replaced by fingerprints.
    Never log a subscription without this."""
    return {**sub, "url": redact_url(sub["url"]),
            "secrets": [secret_fingerprint(s) for s in sub.get("secrets", [])]}
