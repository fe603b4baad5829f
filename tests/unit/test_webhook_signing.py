"""Standard Webhooks signing: receivers verify with the reference library."""
from __future__ import annotations

import base64
import json
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from standardwebhooks import Webhook
from standardwebhooks.webhooks import WebhookVerificationError

from monitor.webhooks.signing import new_secret, sign_headers, verify

MSG_ID = "al_17f5127944c5449aa93d"
BODY = json.dumps({"alert_id": MSG_ID, "summary": "Kalesnikava freed – Łódź"},
                  ensure_ascii=False, separators=(",", ":")).encode()


def now() -> datetime:
    return datetime.now(timezone.utc)


def test_new_secret_is_whsec_and_32_random_bytes():
    secret = new_secret()
    assert secret.startswith("whsec_")
    assert len(base64.b64decode(secret.removeprefix("whsec_"))) == 32
    assert new_secret() != secret


def test_headers_verify_with_the_reference_library():
    secret, at = new_secret(), now()
    headers = sign_headers([secret], MSG_ID, BODY, at)
    assert headers["webhook-id"] == MSG_ID
    assert headers["webhook-timestamp"] == str(int(at.timestamp()))
    assert headers["webhook-signature"].startswith("v1,")
    assert Webhook(secret).verify(BODY, headers) == json.loads(BODY)


def test_rotation_signs_with_every_active_secret():
    old, new, stranger = new_secret(), new_secret(), new_secret()
    headers = sign_headers([new, old], MSG_ID, BODY, now())
    assert len(headers["webhook-signature"].split(" ")) == 2
    assert Webhook(old).verify(BODY, headers) == json.loads(BODY)
    assert Webhook(new).verify(BODY, headers) == json.loads(BODY)
    with pytest.raises(WebhookVerificationError):
        Webhook(stranger).verify(BODY, headers)


def test_duplicate_secret_signs_once():
    secret = new_secret()
    assert " " not in sign_headers([secret, secret], MSG_ID, BODY, now())["webhook-signature"]


@pytest.mark.parametrize("tamper", ["body", "id", "timestamp"])
def test_any_change_breaks_the_signature(tamper):
    secret = new_secret()
    headers = sign_headers([secret], MSG_ID, BODY, now())
    body = BODY
    if tamper == "body":
        body = BODY.replace(b"freed", b"fried")
    elif tamper == "id":
        headers["webhook-id"] = "al_00000000000000000000"
    else:
        headers["webhook-timestamp"] = str(int(headers["webhook-timestamp"]) - 1)
    with pytest.raises(WebhookVerificationError, match="No matching signature"):
        verify(secret, headers, body)


def test_non_utc_timestamps_sign_the_same_instant():
    secret, at = new_secret(), now()
    local = at.astimezone(timezone(timedelta(hours=5, minutes=30)))
    headers = sign_headers([secret], MSG_ID, BODY, local)
    assert headers == sign_headers([secret], MSG_ID, BODY, at)
    assert verify(secret, headers, BODY) == json.loads(BODY)


def test_stale_timestamps_are_rejected_by_receivers():
    secret = new_secret()
    headers = sign_headers([secret], MSG_ID, BODY, now() - timedelta(minutes=10))
    with pytest.raises(WebhookVerificationError, match="too old"):
        verify(secret, headers, BODY)


@pytest.mark.parametrize("secrets, msg_id, at, message", [
    ([], MSG_ID, datetime.now(timezone.utc), "at least one"),
    (["whsec_" + "A" * 44], "al_1.2", datetime.now(timezone.utc), "no '.'"),
    (["whsec_" + "A" * 44], "", datetime.now(timezone.utc), "non-empty"),
    (["whsec_" + "A" * 44], MSG_ID, datetime(2026, 1, 1, 12, 0), "timezone-aware"),
])
def test_bad_inputs_are_refused(secrets, msg_id, at, message):
    with pytest.raises(ValueError, match=message):
        sign_headers(secrets, msg_id, BODY, at)


@settings(max_examples=50, deadline=None)
@given(payload=st.dictionaries(st.text(max_size=20), st.text(max_size=40), max_size=5))
def test_any_utf8_json_body_round_trips(payload):
    secret = "whsec_" + base64.b64encode(b"k" * 32).decode()
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    assert verify(secret, sign_headers([secret], MSG_ID, body, now()), body) == payload
