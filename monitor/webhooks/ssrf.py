"""SSRF defences for webhook delivery: which URLs and addresses we may POST to.

Subscribers choose the URL, so a URL is untrusted input that could point the
sender at our own network (Kafka, metadata services, admin ports). The rules:

* ``validate_url`` -- syntax only: http/https, no userinfo, a sane port, an
  IDNA-encoded hostname, and no ambiguous numeric hosts (``2130706433``,
  ``0x7f.1``, ``127.1``) that a resolver would quietly turn into an address.
* ``resolve_and_vet`` -- resolves a hostname ONCE (with a timeout) and refuses
  the target if ANY address is not public and not allow-listed (like GitLab).
  A resolution failure refuses too; it never skips the check (gitlab-ce#63959).
* ``guarded_client`` -- an httpx client whose connections go to the vetted
  address itself, so a second, different DNS answer cannot slip in between the
  check and the connect (DNS rebinding). The URL keeps its hostname, so the
  Host header, TLS SNI and certificate verification still use the hostname.
* Plain http is allowed only when every address is allow-listed (local test
  receivers); anything on the public internet must use https.

The allow-list (``MONITOR_ALLOW_PRIVATE_NETWORKS``) exempts networks from the
public-address rule; it never switches vetting off for other hosts
(gitlab#293733).
"""
from __future__ import annotations

import asyncio
import contextvars
import ipaddress
import os
import re
import socket
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Union

import httpcore
import httpx

IPAddress = Union[ipaddress.IPv4Address, ipaddress.IPv6Address]
IPNetwork = Union[ipaddress.IPv4Network, ipaddress.IPv6Network]
Resolver = Callable[[str, int], Awaitable[list[str]]]

ALLOW_ENV = "MONITOR_ALLOW_PRIVATE_NETWORKS"
DNS_TIMEOUT_S = 5.0            # Mastodon uses 5 s; a webhook must not hang on DNS
DEFAULT_TIMEOUT_S = 15.0       # Standard Webhooks: 15-30 s per request
DEFAULT_MAX_BODY = 4096        # we only need the status, and a little text for errors
MAX_URL_LENGTH = 2048


class SSRFError(ValueError):
    """The target is not allowed: the request is never sent."""


class DNSResolutionError(SSRFError):
    """The hostname did not resolve, so it could not be vetted: not sent.

    Kept apart from other refusals because it may be transient (a resolver
    timeout), so a sender may retry it later instead of giving up."""


# --- address ranges -------------------------------------------------------------

def _nets(*pairs: tuple[str, str]) -> tuple[tuple[IPNetwork, str], ...]:
    return tuple((ipaddress.ip_network(cidr), name) for cidr, name in pairs)


# Not publicly routable, or routed somewhere a webhook has no business going.
_BLOCKED_V4 = _nets(
    ("0.0.0.0/8", "'this network' (0/8)"),
    ("10.0.0.0/8", "private (10/8)"),
    ("100.64.0.0/10", "carrier-grade NAT (100.64/10)"),
    ("127.0.0.0/8", "loopback"),
    ("169.254.0.0/16", "link-local (169.254/16, cloud metadata)"),
    ("172.16.0.0/12", "private (172.16/12)"),
    ("192.0.0.0/24", "IETF protocol assignments (192.0.0/24)"),
    ("192.0.2.0/24", "documentation (TEST-NET-1)"),
    ("192.88.99.0/24", "6to4 relay anycast (192.88.99/24)"),
    ("192.168.0.0/16", "private (192.168/16)"),
    ("198.18.0.0/15", "benchmarking (198.18/15)"),
    ("198.51.100.0/24", "documentation (TEST-NET-2)"),
    ("203.0.113.0/24", "documentation (TEST-NET-3)"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved (class E, broadcast)"),
)
_BLOCKED_V6 = _nets(
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("::/96", "IPv4-compatible (deprecated)"),
    ("::ffff:0:0/96", "IPv4-mapped"),
    ("64:ff9b::/96", "NAT64 (64:ff9b::/96)"),
    ("64:ff9b:1::/48", "local-use NAT64"),
    ("100::/64", "discard-only (100::/64)"),
    ("2001::/32", "Teredo (2001::/32)"),
    ("2001::/23", "IETF protocol assignments (2001::/23)"),
    ("2001:db8::/32", "documentation"),
    ("2002::/16", "6to4 (2002::/16)"),
    ("3fff::/20", "documentation"),
    ("5f00::/16", "segment routing (5f00::/16)"),
    ("fc00::/7", "unique local (fc00::/7)"),
    ("fe80::/10", "link-local (fe80::/10)"),
    ("fec0::/10", "site-local (fec0::/10)"),
    ("ff00::/8", "multicast"),
)
# Global unicast space; everything outside it is reserved or special.
_GLOBAL_UNICAST_V6 = ipaddress.ip_network("2000::/3")


def _as_address(ip: str | IPAddress) -> IPAddress:
    return ip if isinstance(ip, (ipaddress.IPv4Address, ipaddress.IPv6Address)) \
        else ipaddress.ip_address(ip)


def embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    """The IPv4 address inside ::ffff:a.b.c.d (mapped) or ::a.b.c.d (compatible).

    Connecting to either reaches the IPv4 host, so it is vetted as that host."""
    if ip.version != 6:
        return None
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    value = int(ip)
    if 1 < value < 2**32:  # ::a.b.c.d, but not :: or ::1
        return ipaddress.IPv4Address(value)
    return None


def blocked_range(ip: str | IPAddress) -> str | None:
    """Name of the non-public range `ip` is in, or None if it is public."""
    ip = _as_address(ip)
    if ip.version == 6 and ip.scope_id:
        return "scoped IPv6 (link-local)"
    inner = embedded_ipv4(ip)
    if inner is not None:
        reason = blocked_range(inner)
        return f"{reason}, embedded in IPv6 {ip}" if reason else None
    table = _BLOCKED_V4 if ip.version == 4 else _BLOCKED_V6
    for net, name in table:
        if ip in net:
            return name
    if ip.version == 6 and ip not in _GLOBAL_UNICAST_V6:
        return "reserved IPv6 (outside 2000::/3)"
    return None


def is_public(ip: str | IPAddress) -> bool:
    """True if a webhook may go to `ip` without an allow-list entry."""
    return blocked_range(ip) is None


def is_allowed(ip: str | IPAddress, allow: Sequence[IPNetwork]) -> bool:
    """True if `ip` (or the IPv4 address it embeds) is in an allow-listed network."""
    ip = _as_address(ip)
    candidates = [ip] + ([inner] if (inner := embedded_ipv4(ip)) is not None else [])
    return any(addr.version == net.version and addr in net
               for addr in candidates for net in allow)


def parse_allowed_networks(text: str) -> list[IPNetwork]:
    """Comma-separated CIDRs or addresses ("127.0.0.0/8, ::1") -> networks."""
    networks = []
    for entry in (part.strip() for part in text.split(",")):
        if not entry:
            continue
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError as exc:
            raise ValueError(f"{ALLOW_ENV}: {entry!r} is not an IP network ({exc})") from None
    return networks


def allowed_networks_from_env() -> list[IPNetwork]:
    """Networks exempt from the public-address rule (empty unless configured)."""
    return parse_allowed_networks(os.environ.get(ALLOW_ENV, ""))


# --- URL syntax -------------------------------------------------------------------

@dataclass(frozen=True)
class ParsedTarget:
    url: str                 # normalised by httpx, the parser that sends the request
    scheme: str              # "http" | "https"
    host: str                # ASCII (IDNA) hostname, or the IP literal without brackets
    port: int
    ip: IPAddress | None     # set when the host is an IP literal


_LABEL = re.compile(r"^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$")
_NUMERIC_LABEL = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)$")


def _host_literal(host: str) -> IPAddress | None:
    """The IP literal `host` is, None for a hostname; refuses anything in between."""
    if ":" in host or "%" in host:
        try:
            return ipaddress.ip_address(host.replace("%25", "%"))
        except ValueError:
            raise SSRFError(f"invalid host {host!r}") from None
    name = host[:-1] if host.endswith(".") else host
    labels = name.split(".")
    # Resolvers read '2130706433', '0x7f.1', '127.1' or '0177.0.0.1' as addresses,
    # so a host ending in a numeric label must be a canonical dotted quad.
    if _NUMERIC_LABEL.match(labels[-1]):
        try:
            return ipaddress.IPv4Address(name)
        except ValueError:
            raise SSRFError(f"ambiguous numeric host {host!r}: write an IPv4 address "
                            "as four decimal numbers (a.b.c.d)") from None
    if len(name) > 253 or not all(_LABEL.match(label) for label in labels):
        raise SSRFError(f"invalid hostname {host!r}")
    return None


def validate_url(url: str) -> ParsedTarget:
    """Syntax check of a webhook URL; raises SSRFError (a ValueError) saying why.

    Does not resolve: whether the address is acceptable is decided when
    connecting (``resolve_and_vet``), because DNS answers change."""
    if not isinstance(url, str) or not url.strip():
        raise SSRFError("webhook URL is empty")
    if len(url) > MAX_URL_LENGTH:
        raise SSRFError(f"webhook URL longer than {MAX_URL_LENGTH} characters")
    try:
        parsed = httpx.URL(url.strip())
    except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
        raise SSRFError(f"invalid webhook URL: {exc}") from None
    if parsed.scheme not in ("http", "https"):
        raise SSRFError(f"webhook URL scheme must be https (or http for an allow-listed "
                        f"test receiver), not {parsed.scheme or 'missing'!r}")
    if parsed.userinfo:
        raise SSRFError("webhook URL must not contain credentials (user:password@)")
    host = parsed.raw_host.decode("ascii").lower()
    if not host:
        raise SSRFError("webhook URL has no host")
    port = parsed.port if parsed.port is not None else (443 if parsed.scheme == "https" else 80)
    if not 1 <= port <= 65535:
        raise SSRFError(f"webhook URL port {port} out of range 1-65535")
    ip = _host_literal(host)
    return ParsedTarget(url=str(parsed), scheme=parsed.scheme, host=host, port=port, ip=ip)


# --- resolve once, vet every address ------------------------------------------------

def _is_localhost(name: str) -> bool:
    name = name.rstrip(".").lower()
    return name == "localhost" or name.endswith(".localhost")


async def system_resolve(host: str, port: int) -> list[str]:
    """getaddrinfo through the event loop; the addresses in resolver order."""
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP)
    return [info[4][0] for info in infos]


async def resolve_and_vet(host: str, port: int, allow: Sequence[IPNetwork], *,
                          plaintext: bool = False, timeout: float = DNS_TIMEOUT_S,
                          resolver: Resolver | None = None) -> list[str]:
    """Resolve `host` once and return its addresses if EVERY one is acceptable.

    Acceptable: public, or in `allow`. With `plaintext` (plain http) every
    address must be in `allow`. Raises SSRFError naming the address and range,
    or DNSResolutionError if the name does not resolve in `timeout` seconds."""
    literal = _host_literal(host.lower())
    if literal is not None:
        addresses = [str(literal)]
    elif _is_localhost(host):
        # RFC 6761: never ask DNS about localhost. We pick the addresses, not a
        # resolver, so use whichever loopback is allow-listed (else refuse both).
        loopbacks = ["127.0.0.1", "::1"]
        addresses = [a for a in loopbacks if is_allowed(a, allow)] or loopbacks
    else:
        resolve = resolver or system_resolve
        try:
            async with asyncio.timeout(timeout):
                addresses = await resolve(host, port)
        except TimeoutError:
            raise DNSResolutionError(f"cannot resolve {host!r}: no answer in {timeout:g} s") from None
        except OSError as exc:
            raise DNSResolutionError(f"cannot resolve {host!r}: {exc}") from None
        if not addresses:
            raise DNSResolutionError(f"cannot resolve {host!r}: no addresses")
    vetted: list[str] = []
    for text in addresses:
        try:
            ip = ipaddress.ip_address(text)
        except ValueError:
            raise SSRFError(f"refusing {host!r}: resolver returned {text!r}, not an address") from None
        allowed = is_allowed(ip, allow)
        if not allowed and (reason := blocked_range(ip)):
            raise SSRFError(f"refusing {host!r}: {ip} is {reason}; allow it with {ALLOW_ENV}")
        if plaintext and not allowed:
            raise SSRFError(f"refusing http://{host}: plain http is only allowed to "
                            f"allow-listed networks ({ip} is not); use https")
        if str(ip) not in vetted:
            vetted.append(str(ip))
    return vetted


# --- the guarded httpx client ---------------------------------------------------------

# Whether the request being sent right now is https. httpcore connects inside the
# calling task, so the transport can tell the network backend through a context
# variable. Unset means "treat as plain http": the strict rule is the default.
_TLS_REQUEST: contextvars.ContextVar[bool] = contextvars.ContextVar("webhook_tls_request",
                                                                    default=False)


class VettingNetworkBackend(httpcore.AsyncNetworkBackend):
    """httpcore backend that resolves + vets the host and dials only vetted IPs.

    httpcore passes the URL host here, and does TLS afterwards with that same
    host as SNI and for certificate checks; only the TCP dial uses the IP."""

    def __init__(self, allow: Sequence[IPNetwork], *, resolver: Resolver | None = None,
                 dns_timeout: float = DNS_TIMEOUT_S,
                 inner: httpcore.AsyncNetworkBackend | None = None, https_only: bool = True) -> None:
        self._allow = list(allow)
        self._https_only = https_only
        self._resolver = resolver
        self._dns_timeout = dns_timeout
        self._inner = inner or httpcore.AnyIOBackend()

    async def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                          local_address: str | None = None,
                          socket_options: Iterable | None = None) -> httpcore.AsyncNetworkStream:
        dns_timeout = self._dns_timeout if timeout is None else min(timeout, self._dns_timeout)
        addresses = await resolve_and_vet(host, port, self._allow,
                                          plaintext=self._https_only and not _TLS_REQUEST.get(),
                                          timeout=dns_timeout, resolver=self._resolver)
        last_error: Exception | None = None
        for address in addresses:
            try:
                return await self._inner.connect_tcp(address, port, timeout=timeout,
                                                     local_address=local_address,
                                                     socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    async def connect_unix_socket(self, path: str, timeout: float | None = None,
                                  socket_options: Iterable | None = None):
        raise SSRFError("unix sockets are not webhook targets")

    async def sleep(self, seconds: float) -> None:
        await self._inner.sleep(seconds)


class _CappedStream(httpx.AsyncByteStream):
    """Response body cut off after `limit` bytes: a receiver cannot make us read
    (or buffer) an endless response."""

    def __init__(self, inner: httpx.AsyncByteStream, limit: int) -> None:
        self._inner = inner
        self._limit = limit

    async def __aiter__(self):
        left = self._limit
        async for chunk in self._inner:
            if left <= 0:
                break
            yield chunk[:left]
            left -= len(chunk)

    async def aclose(self) -> None:
        await self._inner.aclose()


class GuardedTransport(httpx.AsyncHTTPTransport):
    """HTTP/1.1 transport that only reaches vetted addresses, ignores proxy
    environment variables (a proxy would resolve the host itself, unvetted),
    and caps response bodies at `max_body` bytes."""

    def __init__(self, *, allow: Sequence[IPNetwork], resolver: Resolver | None = None,
                 dns_timeout: float = DNS_TIMEOUT_S, max_body: int = DEFAULT_MAX_BODY,
                 verify: bool | str | object = True, https_only: bool = True,
                 limits: httpx.Limits = httpx.Limits(max_connections=100,
                                                     max_keepalive_connections=20,
                                                     keepalive_expiry=5.0)) -> None:
        # Deliberately no super().__init__: it would build an unguarded pool.
        self._pool = httpcore.AsyncConnectionPool(
            ssl_context=httpx.create_ssl_context(verify=verify, trust_env=False),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            http1=True, http2=False,
            network_backend=VettingNetworkBackend(allow, resolver=resolver,
                                                  dns_timeout=dns_timeout, https_only=https_only),
        )
        self._max_body = max_body

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        target = validate_url(str(request.url))
        token = _TLS_REQUEST.set(target.scheme == "https")
        try:
            response = await super().handle_async_request(request)
        finally:
            _TLS_REQUEST.reset(token)
        response.stream = _CappedStream(response.stream, self._max_body)
        return response


def guarded_client(*, allow: Sequence[IPNetwork] | None = None,
                   timeout: float = DEFAULT_TIMEOUT_S, max_body: int = DEFAULT_MAX_BODY,
                   resolver: Resolver | None = None, dns_timeout: float = DNS_TIMEOUT_S,
                   verify: bool | str | object = True, https_only: bool = True,
                   **kw) -> httpx.AsyncClient:
    """An httpx.AsyncClient for webhook delivery and feed fetching.

    `allow` defaults to ``MONITOR_ALLOW_PRIVATE_NETWORKS``. With `https_only`
    (webhooks: signed alerts go out encrypted) plain http reaches allow-listed
    networks only; without it (reading public feeds, many still on http) plain
    http may reach public addresses too. Every address is vetted either way. Redirects are never
    followed (a 3xx is a failed delivery), proxies from the environment are
    ignored, and responses are cut at `max_body` bytes. A refused target raises
    SSRFError from the request call; the request is not sent."""
    if "transport" in kw or "follow_redirects" in kw or "proxy" in kw or "mounts" in kw:
        raise TypeError("guarded_client sets transport, follow_redirects and proxies itself")
    transport = GuardedTransport(
        allow=allowed_networks_from_env() if allow is None else allow,
        resolver=resolver, dns_timeout=dns_timeout, max_body=max_body, verify=verify,
        https_only=https_only)
    return httpx.AsyncClient(transport=transport, timeout=timeout, follow_redirects=False,
                             trust_env=False, **kw)
