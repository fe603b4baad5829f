"""One delivery attempt against a real local receiver (aiohttp on 127.0.0.1)."""
from __future__ import annotations

import asyncio
import copy
import ipaddress
import json
import socket
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from aiohttp import web
from standardwebhooks import Webhook

from monitor.webhooks.policy import Outcome, next_attempt_delay
from monitor.webhooks.sender import USER_AGENT, deliver, encode_alert
from monitor.webhooks.ssrf import guarded_client
from monitor.webhooks.subscriptions import new_subscription, rotate_secret

LOOPBACK = [ipaddress.ip_network("127.0.0.0/8")]
# A golden new_releasee alert; the golden file holds placeholder ids, so give it a real one.
ALERT = {**json.loads((Path(__file__).parents[1] / "golden" / "seed_alerts.json").read_text())[2],
         "alert_id": "al_0123456789abcdef0123"}


def now() -> datetime:
    return datetime.now(timezone.utc)


class Receiver:
    """Routes for each kind of receiver behaviour; records what arrives."""

    def __init__(self) -> None:
        self.received: list[tuple[str, dict, bytes]] = []
        self.release = asyncio.Event()  # lets the slow handler finish at teardown

    async def handle(self, request: web.Request) -> web.StreamResponse:
        self.received.append((request.path, dict(request.headers), await request.read()))
        match request.path:
            case "/ok":
                return web.json_response({"ok": True})
            case "/fail":
                return web.Response(status=500, text="database is down")
            case "/gone":
                return web.Response(status=410)
            case "/redirect":
                raise web.HTTPFound("/ok")
            case "/throttle":
                return web.Response(status=429, headers={"Retry-After": "120"})
            case "/slow":
                await self.release.wait()
                return web.Response(text="too late")
            case "/big":
                return web.Response(body=b"y" * 1_000_000)
        return web.Response(status=404)

    async def __aenter__(self) -> Receiver:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc) -> None:
        self.release.set()
        await self._runner.cleanup()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


@pytest.fixture
async def receiver():
    async with Receiver() as r:
        yield r


@pytest.fixture
async def client():
    async with guarded_client(allow=LOOPBACK) as c:
        yield c


async def test_success_is_signed_and_verifies_with_standardwebhooks(receiver, client):
    sub = new_subscription(receiver.url("/ok"))
    result = await deliver(client, sub, ALERT, attempt=1, now=now())
    assert (result.outcome, result.status, result.error) == (Outcome.SUCCESS, 200, None)
    assert result.response_excerpt == '{"ok": true}'
    path, headers, body = receiver.received[0]
    assert Webhook(sub["secrets"][0]).verify(body, headers) == ALERT
    assert headers["webhook-id"] == ALERT["alert_id"]
    assert headers["Content-Type"] == "application/json"
    assert headers["User-Agent"] == USER_AGENT


async def test_body_is_compact_utf8_json(receiver, client):
    alert = copy.deepcopy(ALERT)
    alert["summary"] = "Maria Kalesnikava – freed in Łódź"
    await deliver(client, new_subscription(receiver.url("/ok")), alert, attempt=1, now=now())
    body = receiver.received[0][2]
    assert body == encode_alert(alert)
    assert "Łódź".encode() in body and b"\\u" not in body   # UTF-8, not \u escapes
    assert b'": ' not in body and b'",' in body             # no padding after separators
    assert len(body) < 20_000


async def test_retries_keep_the_id_and_restamp_the_time(receiver, client):
    sub = new_subscription(receiver.url("/ok"))
    first = now() - timedelta(seconds=90)
    await deliver(client, sub, ALERT, attempt=1, now=first)
    await deliver(client, sub, ALERT, attempt=2, now=now())
    (_, h1, _), (_, h2, _) = receiver.received
    assert h1["webhook-id"] == h2["webhook-id"] == ALERT["alert_id"]
    assert int(h2["webhook-timestamp"]) - int(h1["webhook-timestamp"]) >= 89
    assert h1["webhook-signature"] != h2["webhook-signature"]


async def test_rotating_subscriptions_sign_with_both_secrets(receiver, client):
    sub = rotate_secret(new_subscription(receiver.url("/ok")))
    await deliver(client, sub, ALERT, attempt=1, now=now())
    _, headers, body = receiver.received[0]
    for secret in sub["secrets"]:
        assert Webhook(secret).verify(body, headers) == ALERT


async def test_server_error_is_a_retryable_failure(receiver, client):
    result = await deliver(client, new_subscription(receiver.url("/fail")), ALERT,
                           attempt=1, now=now())
    assert (result.outcome, result.status, result.error) == (Outcome.FAILED, 500, "HTTP 500")
    assert result.outcome.retryable and result.response_excerpt == "database is down"


async def test_gone_disables_the_subscription(receiver, client):
    result = await deliver(client, new_subscription(receiver.url("/gone")), ALERT,
                           attempt=3, now=now())
    assert (result.outcome, result.status) == (Outcome.DISABLE, 410)
    assert not result.outcome.retryable


async def test_redirect_is_a_failure_and_not_followed(receiver, client):
    result = await deliver(client, new_subscription(receiver.url("/redirect")), ALERT,
                           attempt=1, now=now())
    assert (result.outcome, result.status) == (Outcome.FAILED, 302)
    assert "not followed" in result.error
    assert [path for path, _, _ in receiver.received] == ["/redirect"]


async def test_throttle_reports_retry_after_for_the_policy(receiver, client):
    result = await deliver(client, new_subscription(receiver.url("/throttle")), ALERT,
                           attempt=1, now=now())
    assert (result.outcome, result.status, result.retry_after) == (Outcome.THROTTLED, 429, "120")
    # attempt 1 is followed by 5 s, raised to the 60 s floor, so 120 s is within [60, 120]
    assert next_attempt_delay(1, retry_after=result.retry_after, result=result.status) == 120.0


async def test_slow_receiver_times_out(receiver, client):
    result = await deliver(client, new_subscription(receiver.url("/slow")), ALERT,
                           attempt=1, now=now(), timeout=0.2)
    assert (result.outcome, result.status) == (Outcome.TIMEOUT, None)
    assert result.error.startswith("timeout") and result.outcome.retryable


async def test_only_a_few_kilobytes_of_the_response_are_read(receiver):
    async with guarded_client(allow=LOOPBACK, max_body=10_000_000) as roomy:
        result = await deliver(roomy, new_subscription(receiver.url("/big")), ALERT,
                               attempt=1, now=now(), max_response=4096)
    assert result.outcome is Outcome.SUCCESS and result.response_excerpt == "y" * 256


async def test_refused_target_is_never_contacted(receiver):
    async with guarded_client(allow=[]) as strict:
        result = await deliver(strict, new_subscription(receiver.url("/ok")), ALERT,
                               attempt=1, now=now())
    assert (result.outcome, result.status) == (Outcome.REFUSED, None)
    assert "loopback" in result.error and not result.outcome.retryable
    assert receiver.received == []


async def test_closed_port_is_unreachable(client):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = await deliver(client, new_subscription(f"http://127.0.0.1:{port}/"), ALERT,
                           attempt=1, now=now())
    assert (result.outcome, result.status) == (Outcome.UNREACHABLE, None)
    assert result.error.startswith("connect")


async def test_dns_failure_is_unreachable_and_retryable():
    async def no_such_host(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    async with guarded_client(allow=[], resolver=no_such_host) as c:
        result = await deliver(c, new_subscription("https://gone.example/hook"), ALERT,
                               attempt=1, now=now())
    assert result.outcome is Outcome.UNREACHABLE and result.error.startswith("dns")


async def test_result_serialises_for_records(receiver, client):
    result = await deliver(client, new_subscription(receiver.url("/gone")), ALERT,
                           attempt=1, now=now())
    record = json.loads(json.dumps(result.to_dict()))
    assert record["outcome"] == "disable" and record["status"] == 410
    assert set(record) == {"outcome", "status", "error", "retry_after", "latency_s",
                           "response_excerpt"}


async def test_secrets_never_appear_in_results(receiver, client):
    sub = new_subscription(receiver.url("/fail"))
    result = await deliver(client, sub, ALERT, attempt=1, now=now())
    assert sub["secrets"][0] not in json.dumps(result.to_dict())
    with pytest.raises(ValueError):
        await deliver(client, sub, ALERT, attempt=0, now=now())

