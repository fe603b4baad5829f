"""Subscription records and filters, on the golden Belarus alert sequence."""
from __future__ import annotations

import copy
import json
import re
from datetime import datetime, timezone
from pathlib import Path

import pytest

from monitor.webhooks.ssrf import SSRFError
from monitor.webhooks.subscriptions import (disable, enable, matches, new_subscription, redact,
                                            retire_old_secrets, rotate_secret,
                                            validate_subscription)

ALERTS = json.loads((Path(__file__).parents[1] / "golden" / "seed_alerts.json").read_text())
URL = "https://hooks.example.org/monitor"


def by_summary(fragment: str) -> dict:
    [alert] = [a for a in ALERTS if fragment in a["summary"]]
    return alert


def delivered(**filters) -> list[str]:
    sub = new_subscription(URL, **filters)
    return [a["summary"] for a in ALERTS if matches(sub, a)]


# --- the record ------------------------------------------------------------------------

def test_new_subscription_has_the_documented_shape():
    at = datetime(2026, 3, 1, 12, 30, 5, tzinfo=timezone.utc)
    sub = new_subscription("https://Hooks.Example.org/monitor", types=["new_releasee"],
                           watch=[" Maria Kolesnikova "], min_change=10, now=at)
    assert re.fullmatch(r"sub_[0-9a-f]{16}", sub["id"])
    assert sub["url"] == URL
    assert len(sub["secrets"]) == 1 and sub["secrets"][0].startswith("whsec_")
    assert sub["types"] == ["new_releasee"] and sub["watch"] == ["Maria Kolesnikova"]
    assert sub["stories"] == [] and sub["keywords"] == []
    assert sub["min_change"] == 10 and sub["created_at"] == "2026-03-01T12:30:05Z"
    assert sub["disabled"] is False and sub["disabled_reason"] is None
    assert validate_subscription(json.loads(json.dumps(sub))) == sub
    assert new_subscription(URL)["id"] != sub["id"]


@pytest.mark.parametrize("kwargs, message", [
    ({"types": ["figure_change"]}, "unknown alert type"),
    ({"types": "new_event"}, "list of strings"),
    ({"watch": ["", "x"]}, "non-empty string"),
    ({"keywords": [3]}, "non-empty string"),
    ({"min_change": -1}, "min_change"),
    ({"min_change": True}, "min_change"),
    ({"stories": ["s"] * 50 + [str(i) for i in range(101)]}, "at most 100"),
])
def test_bad_filters_are_refused_saying_why(kwargs, message):
    with pytest.raises(ValueError, match=message):
        new_subscription(URL, **kwargs)


@pytest.mark.parametrize("url", ["ftp://hooks.example.org/", "http://2130706433/",
                                 "https://user:pw@hooks.example.org/", "not a url"])
def test_bad_urls_are_refused(url):
    with pytest.raises(SSRFError):
        new_subscription(url)


def test_validate_subscription_catches_damaged_records():
    sub = new_subscription(URL)
    for damage in ({"id": "sub_xyz"}, {"secrets": []}, {"secrets": ["plain"]},
                   {"types": ["nope"]}, {"disabled": "no"}, {"url": "gopher://x/"}):
        with pytest.raises(ValueError):
            validate_subscription({**sub, **damage})
    broken = dict(sub)
    del broken["watch"]
    with pytest.raises(ValueError, match="lacks"):
        validate_subscription(broken)


# --- filters -----------------------------------------------------------------------------

def test_no_filters_deliver_everything():
    assert len(delivered()) == len(ALERTS) == 10


def test_types_filter():
    assert len(delivered(types=["figure_changed"])) == 6
    assert len(delivered(types=["new_event", "new_releasee"])) == 4


@pytest.mark.parametrize("story", ["Belarus", "belarus", "BELARUS "])
def test_stories_match_the_story_key_or_actor_ignoring_case(story):
    assert len(delivered(stories=[story])) == 10


def test_stories_of_other_actors_do_not_match():
    assert delivered(stories=["Ukraine", "Lithuania"]) == []


def test_story_names_match_slugged_story_keys():
    alert = {**ALERTS[0], "story_key": "united-states",
             "event": {**ALERTS[0]["event"], "actor": "the US government"}}
    assert matches(new_subscription(URL, stories=["United States"]), alert)
    assert not matches(new_subscription(URL, stories=["United Kingdom"]), alert)


@pytest.mark.parametrize("name", ["Maria Kolesnikova", "Kolesnikova", "Maria Kalesnikava"])
def test_watch_matches_other_spellings_of_the_person(name):
    assert delivered(watch=[name]) == \
        ["Belarus prisoner release of 2025-12-13: Maria Kolesnikova released"]


def test_watch_needs_a_person_alert():
    assert delivered(watch=["Svetlana Tikhanovskaya"]) == []
    assert not matches(new_subscription(URL, watch=["Maria Kolesnikova"]), ALERTS[0])


def test_watch_uses_every_alias():
    alert = copy.deepcopy(by_summary("Babariko released"))
    alert["person"]["aliases"] = ["Viktar Babaryka", "Viktor Babariko"]
    alert["person"]["name"] = "Viktor Babariko"
    assert matches(new_subscription(URL, watch=["Babaryka"]), alert)


def test_keywords_match_summary_or_quotes_as_whole_words():
    assert delivered(keywords=["POLITICAL PRISONERS"])  # in an evidence quote
    assert len(delivered(keywords=["refined"])) == 1     # in a summary
    alert = copy.deepcopy(ALERTS[0])
    alert["summary"] = "Nobel award ceremony"
    alert["evidence"][0]["quote"] = None
    assert not matches(new_subscription(URL, keywords=["war"]), alert)
    assert matches(new_subscription(URL, keywords=["award"]), alert)


def test_min_change_filters_small_figure_changes_only():
    got = delivered(min_change=10)
    assert "Belarus prisoner release of 2025-12-13: held refined: more than 1,200 (as of 2025-11) " \
           "-> 1,222 (as of 2025-11-30)" in got                       # +22
    assert not any("superseded" in s for s in got)                    # 1,222 -> 1,227
    assert sum("first reported" in s for s in got) == 4               # added always pass
    assert len(got) == 9                                              # others unaffected


def test_all_given_filters_must_pass():
    assert delivered(types=["figure_changed"], keywords=["held"], min_change=10) == [
        "Belarus prisoner release of 2025-12-13: held first reported: more than 1,200 (as of 2025-11)",
        "Belarus prisoner release of 2025-12-13: held refined: more than 1,200 (as of 2025-11) "
        "-> 1,222 (as of 2025-11-30)"]
    assert delivered(types=["new_event"], watch=["Maria Kolesnikova"]) == []


def test_disabled_subscriptions_match_nothing():
    sub = disable(new_subscription(URL), "HTTP 410 Gone")
    assert sub["disabled_reason"] == "HTTP 410 Gone"
    assert not any(matches(sub, a) for a in ALERTS)
    assert all(matches(enable(sub), a) for a in ALERTS)


# --- secrets -------------------------------------------------------------------------------

def test_rotation_keeps_old_secrets_until_retired():
    sub = new_subscription(URL)
    rotated = rotate_secret(sub)
    assert rotated["secrets"][1] == sub["secrets"][0] and len(rotated["secrets"]) == 2
    assert sub["secrets"] == [sub["secrets"][0]]  # input untouched
    many = rotate_secret(rotate_secret(rotated))
    assert len(many["secrets"]) == 3
    assert retire_old_secrets(many)["secrets"] == many["secrets"][:1]


def test_redact_hides_secrets_and_query_tokens():
    sub = rotate_secret(new_subscription("https://hooks.example.org/in?token=s3cr3t&x=1"))
    shown = redact(sub)
    text = json.dumps(shown)
    assert not any(secret in text for secret in sub["secrets"])
    assert "s3cr3t" not in text
    assert shown["url"] == "https://hooks.example.org/in?token=***&x=***"
    assert len(set(shown["secrets"])) == 2 and all(s.startswith("whsec_…") for s in shown["secrets"])
    assert redact(sub)["secrets"] == shown["secrets"]  # stable fingerprints
    assert sub["secrets"][0].startswith("whsec_") and "token=s3cr3t" in sub["url"]
