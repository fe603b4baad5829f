"""SSRF defences: every refusal class, the allow-list, and that the guarded client
dials exactly the vetted address (real local receivers, no outside network)."""
from __future__ import annotations

import asyncio
import ipaddress
import socket
import ssl
import subprocess

import httpx
import pytest
from aiohttp import web

from monitor.webhooks import ssrf
from monitor.webhooks.ssrf import (DNSResolutionError, SSRFError, allowed_networks_from_env,
                                   blocked_range, guarded_client, is_public, resolve_and_vet,
                                   validate_url)

LOOPBACK = [ipaddress.ip_network("127.0.0.0/8")]
TEST_HOST = "hooks.example.test"  # .test never resolves in real DNS (RFC 6761)


# --- address ranges -------------------------------------------------------------

@pytest.mark.parametrize("ip, reason", [
    ("127.0.0.1", "loopback"), ("127.255.255.254", "loopback"),
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("172.31.255.255", "private"),
    ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"), ("100.64.0.1", "carrier-grade"),
    ("100.127.255.255", "carrier-grade"),
    ("224.0.0.1", "multicast"), ("239.255.255.250", "multicast"),
    ("240.0.0.1", "class E"), ("255.255.255.255", "broadcast"),
    ("0.0.0.0", "this network"), ("0.1.2.3", "this network"),
    ("192.0.2.5", "documentation"), ("198.51.100.5", "documentation"),
    ("203.0.113.5", "documentation"),
    ("192.0.0.8", "192.0.0/24"), ("198.18.0.1", "benchmarking"), ("198.19.255.1", "benchmarking"),
    ("192.88.99.1", "6to4 relay"),
    ("::", "unspecified"), ("::1", "loopback"),
    ("fc00::1", "unique local"), ("fd12:3456::1", "unique local"),
    ("fe80::1", "link-local"), ("fec0::1", "site-local"),
    ("2002:7f00:1::1", "6to4"), ("64:ff9b::7f00:1", "NAT64"), ("2001:0::1", "Teredo"),
    ("100::1", "discard"), ("2001:db8::1", "documentation"), ("ff02::1", "multicast"),
    ("4000::1", "outside 2000::/3"),
])
def test_non_public_addresses_are_refused_with_their_range(ip, reason):
    assert not is_public(ip)
    assert reason in blocked_range(ip)


@pytest.mark.parametrize("ip", ["8.8.8.8", "1.1.1.1", "93.184.215.14", "100.63.255.255",
                                "100.128.0.1", "172.32.0.1", "2606:4700:4700::1111",
                                "2a00:1450:4001::200e", "::ffff:8.8.8.8"])
def test_public_addresses_pass(ip):
    assert is_public(ip)


@pytest.mark.parametrize("ip, inner", [
    ("::ffff:127.0.0.1", "loopback"), ("::ffff:10.0.0.1", "private"),
    ("::ffff:169.254.169.254", "link-local"), ("::127.0.0.1", "loopback"),
    ("::ffff:7f00:1", "loopback"),
])
def test_ipv4_inside_ipv6_is_vetted_as_the_ipv4_host(ip, inner):
    reason = blocked_range(ip)
    assert reason is not None and inner in reason and "embedded" in reason


# --- allow-list from the environment ---------------------------------------------------

def test_allow_list_parses_cidrs_and_single_addresses(monkeypatch):
    monkeypatch.setenv("MONITOR_ALLOW_PRIVATE_NETWORKS", " 127.0.0.0/8, ::1/128,10.0.0.5 ,")
    assert allowed_networks_from_env() == [ipaddress.ip_network("127.0.0.0/8"),
                                           ipaddress.ip_network("::1/128"),
                                           ipaddress.ip_network("10.0.0.5/32")]


def test_allow_list_is_empty_when_unset(monkeypatch):
    monkeypatch.delenv("MONITOR_ALLOW_PRIVATE_NETWORKS", raising=False)
    assert allowed_networks_from_env() == []


def test_malformed_allow_list_entry_is_named(monkeypatch):
    monkeypatch.setenv("MONITOR_ALLOW_PRIVATE_NETWORKS", "127.0.0.0/8,10.0.0.0/33")
    with pytest.raises(ValueError, match=r"MONITOR_ALLOW_PRIVATE_NETWORKS: '10.0.0.0/33'"):
        allowed_networks_from_env()


# --- URL syntax -------------------------------------------------------------------------

@pytest.mark.parametrize("url, why", [
    ("ftp://example.com/x", "scheme"), ("file:///etc/passwd", "scheme"),
    ("gopher://example.com/", "scheme"), ("example.com/hook", "scheme"),
    ("https://user:pw@example.com/", "credentials"), ("https://user@example.com/", "credentials"),
    ("https://example.com:0/", "port"), ("https://example.com:70000/", "port"),
    ("http:///hook", "no host"), ("", "empty"),
    ("http://2130706433/", "ambiguous numeric"), ("http://0x7f.1/", "ambiguous numeric"),
    ("http://0x7f000001/", "ambiguous numeric"), ("http://017700000001/", "ambiguous numeric"),
    ("http://127.1/", "ambiguous numeric"), ("http://1.2.3.4.5/", "ambiguous numeric"),
    ("http://0177.0.0.1/", "IPv4"),
    ("http://exa mple.com/", "invalid host"), ("http://a..b.example/", "invalid hostname"),
    ("http://[::1/", "invalid"),
    ("https://" + "a" * 2100 + ".com/", "longer than"),
])
def test_bad_urls_are_refused_saying_why(url, why):
    with pytest.raises(SSRFError, match=why):
        validate_url(url)


def test_valid_url_is_normalised_with_idna_host_and_default_port():
    target = validate_url("https://Bücher.Example/hook?x=1")
    assert (target.scheme, target.host, target.port, target.ip) == \
        ("https", "xn--bcher-kva.example", 443, None)
    assert target.url == "https://xn--bcher-kva.example/hook?x=1"
    assert validate_url("http://example.com/").port == 80


def test_ip_literal_urls_carry_the_address():
    assert validate_url("http://[::ffff:127.0.0.1]:8080/").ip == ipaddress.ip_address("::ffff:7f00:1")
    assert validate_url("https://93.184.215.14/").ip == ipaddress.ip_address("93.184.215.14")


# --- resolve once, vet all --------------------------------------------------------------

def fixed_resolver(*answers):
    """A resolver returning `answers[i]` on call i (the last one forever); counts calls."""
    calls = []

    async def resolve(host, port):
        calls.append((host, port))
        return list(answers[min(len(calls), len(answers)) - 1])
    resolve.calls = calls
    return resolve


async def test_hostname_resolving_to_a_private_address_is_refused():
    with pytest.raises(SSRFError, match=r"10\.0\.0\.7 is private"):
        await resolve_and_vet("intranet.example", 443, [], resolver=fixed_resolver(["10.0.0.7"]))


async def test_one_bad_address_among_good_ones_refuses_the_host():
    resolver = fixed_resolver(["93.184.215.14", "2606:2800:21f::1", "169.254.169.254"])
    with pytest.raises(SSRFError, match="169.254.169.254 is link-local"):
        await resolve_and_vet("mixed.example", 443, [], resolver=resolver)


async def test_public_answers_are_returned_once_each_in_order():
    resolver = fixed_resolver(["93.184.215.14", "2606:2800:21f::1", "93.184.215.14"])
    assert await resolve_and_vet("example.com", 443, [], resolver=resolver) == \
        ["93.184.215.14", "2606:2800:21f::1"]
    assert resolver.calls == [("example.com", 443)]


async def test_dns_failure_refuses_and_never_bypasses():
    async def failing(host, port):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    with pytest.raises(DNSResolutionError, match="cannot resolve 'gone.example'"):
        await resolve_and_vet("gone.example", 443, [], resolver=failing)
    assert issubclass(DNSResolutionError, SSRFError)


async def test_dns_that_never_answers_is_refused_after_the_timeout():
    async def hanging(host, port):
        await asyncio.Event().wait()
    with pytest.raises(DNSResolutionError, match="no answer"):
        await resolve_and_vet("slow.example", 443, [], resolver=hanging, timeout=0.01)


async def test_empty_dns_answer_is_refused():
    with pytest.raises(DNSResolutionError, match="no addresses"):
        await resolve_and_vet("empty.example", 443, [], resolver=fixed_resolver([]))


async def test_localhost_is_loopback_without_asking_dns():
    async def must_not_resolve(host, port):
        raise AssertionError("localhost went to the resolver")
    for name in ("localhost", "LOCALHOST.", "api.localhost"):
        with pytest.raises(SSRFError, match="loopback"):
            await resolve_and_vet(name, 80, [], resolver=must_not_resolve)


async def test_localhost_uses_the_allow_listed_loopback_only():
    assert await resolve_and_vet("localhost", 80, LOOPBACK, plaintext=True) == ["127.0.0.1"]


async def test_numeric_host_forms_are_refused_before_resolving():
    async def must_not_resolve(host, port):
        raise AssertionError("numeric host went to the resolver")
    for host in ("2130706433", "0x7f.1", "127.1", "0177.0.0.1"):
        with pytest.raises(SSRFError, match="ambiguous numeric"):
            await resolve_and_vet(host, 80, LOOPBACK, resolver=must_not_resolve)


async def test_plain_http_needs_every_address_allow_listed():
    with pytest.raises(SSRFError, match="use https"):
        await resolve_and_vet("example.com", 80, LOOPBACK, plaintext=True,
                              resolver=fixed_resolver(["93.184.215.14"]))
    assert await resolve_and_vet("example.com", 443, [], plaintext=False,
                                 resolver=fixed_resolver(["93.184.215.14"])) == ["93.184.215.14"]


async def test_allow_list_exempts_only_its_own_networks():
    allow = [ipaddress.ip_network("127.0.0.1/32")]
    assert await resolve_and_vet("127.0.0.1", 80, allow, plaintext=True) == ["127.0.0.1"]
    assert await resolve_and_vet("::ffff:127.0.0.1", 80, allow, plaintext=True) == ["::ffff:7f00:1"]
    with pytest.raises(SSRFError, match="127.0.0.2 is loopback"):
        await resolve_and_vet("127.0.0.2", 80, allow)
    with pytest.raises(SSRFError, match="10.0.0.1 is private"):
        await resolve_and_vet("other.example", 443, allow, resolver=fixed_resolver(["10.0.0.1"]))


# --- the guarded client against real local receivers ---------------------------------

class Receiver:
    """aiohttp server on 127.0.0.1 recording each request it gets."""

    def __init__(self, ssl_context: ssl.SSLContext | None = None) -> None:
        self.requests: list[web.Request] = []
        self.ssl_context = ssl_context
        self.port = 0

    async def handle(self, request: web.Request) -> web.Response:
        self.requests.append(request)
        if request.path == "/big":
            return web.Response(body=b"x" * 100_000)
        if request.path == "/redirect":
            raise web.HTTPFound(f"http://127.0.0.1:{self.port}/hook")
        return web.Response(text="ok")

    async def __aenter__(self) -> Receiver:
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self.handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0, ssl_context=self.ssl_context)
        await site.start()
        self.port = self._runner.addresses[0][1]
        return self

    async def __aexit__(self, *exc) -> None:
        await self._runner.cleanup()


@pytest.fixture
async def receiver():
    async with Receiver() as r:
        yield r


async def test_local_receiver_is_unreachable_unless_allow_listed(receiver):
    url = f"http://127.0.0.1:{receiver.port}/hook"
    async with guarded_client(allow=[]) as client:
        with pytest.raises(SSRFError, match="loopback"):
            await client.post(url, content=b"{}")
    assert receiver.requests == []
    async with guarded_client(allow=LOOPBACK) as client:
        response = await client.post(url, content=b"{}")
    assert response.status_code == 200 and len(receiver.requests) == 1


@pytest.mark.parametrize("host", ["localhost", "[::ffff:127.0.0.1]", "2130706433", "0x7f.1"])
async def test_loopback_spellings_never_reach_the_receiver(receiver, host):
    async with guarded_client(allow=[]) as client:
        with pytest.raises(SSRFError):
            await client.post(f"http://{host}:{receiver.port}/hook")
    assert receiver.requests == []


async def test_allow_list_comes_from_the_environment_by_default(receiver, monkeypatch):
    monkeypatch.setenv("MONITOR_ALLOW_PRIVATE_NETWORKS", "127.0.0.0/8")
    async with guarded_client() as client:
        assert (await client.get(f"http://localhost:{receiver.port}/")).status_code == 200


async def test_connection_goes_to_the_vetted_address_not_a_second_answer(receiver):
    # First answer is the (allow-listed) receiver; any later lookup would say
    # 8.8.8.8. The .test name has no real DNS, so only the vetted IP can work.
    resolver = fixed_resolver(["127.0.0.1"], ["8.8.8.8"])
    async with guarded_client(allow=LOOPBACK, resolver=resolver) as client:
        response = await client.post(f"http://{TEST_HOST}:{receiver.port}/hook", content=b"{}")
    assert response.status_code == 200
    assert resolver.calls == [(TEST_HOST, receiver.port)]
    assert receiver.requests[0].host == f"{TEST_HOST}:{receiver.port}"  # Host header kept


async def test_plain_http_to_a_public_address_is_refused_before_connecting():
    resolver = fixed_resolver(["93.184.215.14"])
    async with guarded_client(allow=LOOPBACK, resolver=resolver) as client:
        with pytest.raises(SSRFError, match="use https"):
            await client.post("http://example.com/hook", content=b"{}")


async def test_proxy_environment_is_ignored(receiver, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://10.9.9.9:3128")
    monkeypatch.setenv("ALL_PROXY", "http://10.9.9.9:3128")
    async with guarded_client(allow=LOOPBACK) as client:
        assert (await client.get(f"http://127.0.0.1:{receiver.port}/")).status_code == 200


async def test_redirects_are_not_followed(receiver):
    async with guarded_client(allow=LOOPBACK) as client:
        response = await client.post(f"http://127.0.0.1:{receiver.port}/redirect")
    assert response.status_code == 302
    assert [r.path for r in receiver.requests] == ["/redirect"]


async def test_response_body_is_cut_at_max_body(receiver):
    async with guarded_client(allow=LOOPBACK, max_body=1000) as client:
        response = await client.get(f"http://127.0.0.1:{receiver.port}/big")
    assert response.status_code == 200 and response.content == b"x" * 1000


async def test_guarded_client_will_not_take_a_different_transport():
    with pytest.raises(TypeError):
        guarded_client(allow=[], transport=httpx.AsyncHTTPTransport())
    with pytest.raises(TypeError):
        guarded_client(allow=[], follow_redirects=True)


# --- TLS: dial the IP, verify the hostname --------------------------------------------

def _self_signed(tmp_path, name: str) -> tuple[str, str]:
    cert, key = tmp_path / f"{name}.pem", tmp_path / f"{name}.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                    "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={name}",
                    "-addext", f"subjectAltName=DNS:{name}"],
                   check=True, capture_output=True)
    return str(cert), str(key)


async def _tls_receiver(tmp_path, cert_name: str, sni_seen: list):
    cert, key = _self_signed(tmp_path, cert_name)
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    server_ctx.sni_callback = lambda sock, name, ctx: sni_seen.append(name)
    return Receiver(ssl_context=server_ctx), ssl.create_default_context(cafile=cert)


async def test_tls_uses_the_hostname_for_sni_and_certificate_checks(tmp_path):
    sni: list = []
    receiver, client_ctx = await _tls_receiver(tmp_path, TEST_HOST, sni)
    async with receiver:
        async with guarded_client(allow=LOOPBACK, verify=client_ctx,
                                  resolver=fixed_resolver(["127.0.0.1"])) as client:
            response = await client.post(f"https://{TEST_HOST}:{receiver.port}/hook")
    assert response.status_code == 200
    assert sni == [TEST_HOST]


async def test_tls_certificate_for_another_name_is_rejected(tmp_path):
    receiver, client_ctx = await _tls_receiver(tmp_path, "other.example.test", [])
    async with receiver:
        async with guarded_client(allow=LOOPBACK, verify=client_ctx,
                                  resolver=fixed_resolver(["127.0.0.1"])) as client:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.post(f"https://{TEST_HOST}:{receiver.port}/hook")
    assert receiver.requests == []


async def test_default_resolver_is_looked_up_at_call_time(monkeypatch):
    monkeypatch.setattr(ssrf, "system_resolve", fixed_resolver(["192.168.0.10"]))
    with pytest.raises(SSRFError, match="192.168.0.10 is private"):
        await resolve_and_vet("printer.example", 443, [])


async def test_system_resolver_returns_addresses():
    assert await ssrf.system_resolve("127.0.0.1", 80) == ["127.0.0.1"]


class _RecordingBackend:
    """Stands in for the socket layer: records where a connection would go, sends nothing."""

    def __init__(self):
        self.dialled = []

    async def connect_tcp(self, host, port, **kw):
        self.dialled.append((host, port))
        return object()


async def _resolve_to(address):
    async def resolver(host, port):
        return [address]
    return resolver


async def test_plain_http_to_a_public_address_only_without_https_only():
    from monitor.webhooks.ssrf import SSRFError, VettingNetworkBackend

    resolver = await _resolve_to("93.184.216.34")
    strict = VettingNetworkBackend([], resolver=resolver, inner=_RecordingBackend())
    with pytest.raises(SSRFError, match="plain http"):
        await strict.connect_tcp("feeds.example.org", 80)  # outside a request: treated as plain http
    inner = _RecordingBackend()
    reader = VettingNetworkBackend([], resolver=resolver, inner=inner, https_only=False)
    await reader.connect_tcp("feeds.example.org", 80)
    assert inner.dialled == [("93.184.216.34", 80)]


async def test_without_https_only_private_addresses_are_still_refused():
    from monitor.webhooks.ssrf import SSRFError, VettingNetworkBackend

    inner = _RecordingBackend()
    reader = VettingNetworkBackend([], resolver=await _resolve_to("10.1.2.3"), inner=inner, https_only=False)
    with pytest.raises(SSRFError, match="10.1.2.3"):
        await reader.connect_tcp("intranet.example.org", 80)
    assert inner.dialled == []
