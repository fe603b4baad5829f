"""One poll of one feed: a conditional GET through the SSRF-guarded client.

Feed URLs come from users and from redirects, so every request goes through
``monitor.webhooks.ssrf.guarded_client`` (vetted addresses only, never
follows redirects itself). Redirects are followed here, up to MAX_REDIRECTS,
each hop a new request vetted again. Everything a server controls is bounded:
hops, total time, raw bytes and -- because a small gzip body can inflate to
gigabytes -- decoded bytes too: bodies are decompressed here in bounded steps
rather than by httpx, which inflates each network chunk in one go.

``fetch_feed`` never raises for network or server trouble: it returns a
FetchResult whose ``error_kind`` the schedule backs off on.
"""
from __future__ import annotations

import asyncio
import time
import zlib
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from urllib.parse import urljoin, urlsplit

import httpx

from monitor.feeds.schedule import conditional_headers
from monitor.webhooks.policy import parse_retry_after as _policy_retry_after
from monitor.webhooks.ssrf import DNSResolutionError, IPNetwork, SSRFError, guarded_client

USER_AGENT = "monitor-feeds/0.1 (news monitor; feed reader)"
ACCEPT = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
          "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1")
DEFAULT_MAX_BYTES = 5_000_000
DEFAULT_TIMEOUT_S = 20.0
MAX_REDIRECTS = 5
DEFAULT_PER_HOST = 2
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_PERMANENT = frozenset({301, 308})
_NO_BODY = frozenset({204, 205, 206})   # 206: we never ask for ranges, so a part is not the feed
MAX_ERROR_CHARS = 300


@dataclass(frozen=True)
class FetchResult:
    status: int | None            # HTTP status of the last response, None if none came
    body: bytes | None            # decoded body of a 2xx, else None
    etag: str | None
    last_modified: str | None
    error_kind: str | None        # None on success / 304; see _error_kind and fetch_feed
    error: str | None
    retry_after: float | None     # seconds, from the server's Retry-After
    final_url: str                # where the body (or error) came from
    elapsed_s: float
    permanent_url: str | None = None  # set when every hop was 301/308: the feed moved
    content_type: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_kind is None and self.body is not None

    @property
    def not_modified(self) -> bool:
        return self.error_kind is None and self.status == 304

    def to_dict(self) -> dict:
        """For logs and dead letters: everything but the body."""
        data = asdict(self)
        data["body_bytes"] = None if self.body is None else len(self.body)
        del data["body"]
        return data


class _Failure(Exception):
    def __init__(self, kind: str, message: str, status: int | None = None,
                 retry_after: float | None = None) -> None:
        super().__init__(message)
        self.kind, self.status, self.retry_after = kind, status, retry_after


def feed_client(*, max_bytes: int = DEFAULT_MAX_BYTES, allow: Sequence[IPNetwork] | None = None,
                timeout: float = DEFAULT_TIMEOUT_S, **kw) -> httpx.AsyncClient:
    """A guarded client sized for feeds. Its transport silently cuts bodies at
    max_body, so it must exceed `max_bytes` for fetch_feed to see "too_large"
    instead of a truncated body."""
    # Feeds are read, not written to: plain http to public hosts is fine (addresses still vetted).
    return guarded_client(allow=allow, timeout=timeout, max_body=max_bytes + 1, https_only=False, **kw)


class HostLimiter:
    """At most `per_host` requests in flight to one host, so a hundred feeds on
    one site are polled a couple at a time, not all at once."""

    def __init__(self, per_host: int = DEFAULT_PER_HOST) -> None:
        if per_host < 1:
            raise ValueError("per_host must be at least 1")
        self.per_host = per_host
        self._slots: dict[str, tuple[asyncio.Semaphore, list[int]]] = {}

    @staticmethod
    def host_of(url: str) -> str:
        try:
            return (urlsplit(url).hostname or "").lower()
        except ValueError:
            return ""

    @asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        host = self.host_of(url)
        semaphore, users = self._slots.setdefault(host, (asyncio.Semaphore(self.per_host), [0]))
        users[0] += 1
        try:
            async with semaphore:
                yield
        finally:
            users[0] -= 1
            if users[0] == 0:  # forget idle hosts: the table stays as small as the work
                del self._slots[host]

    def hosts(self) -> list[str]:
        """Hosts with requests waiting or in flight."""
        return list(self._slots)


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Retry-After (delta-seconds or an HTTP-date) as seconds from `now` (epoch seconds);
    the webhook retry policy's parser, so both read the header the same way."""
    if not value or not value.strip():
        return None
    return _policy_retry_after(value, now=datetime.fromtimestamp(now, timezone.utc))


# --- bounded decoding -------------------------------------------------------------

class _Inflater:
    """gzip / deflate decoding that never produces more than it is asked for."""

    def __init__(self, coding: str) -> None:
        self.coding = coding
        self._d: zlib._Decompress | None = None

    def _new(self, first: bytes):
        if self.coding == "gzip":
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        # "deflate" is meant to be zlib-wrapped, but many servers send raw deflate.
        zlib_header = len(first) >= 2 and first[0] & 0x0F == 8 and (first[0] << 8 | first[1]) % 31 == 0
        return zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)

    def decode(self, data: bytes, room: int) -> bytes:
        """Decode `data`; stops after room + 1 bytes (the caller sees "too large")."""
        out = bytearray()
        while data:
            if self._d is None:
                self._d = self._new(data)
            out += self._d.decompress(data, room + 1 - len(out))  # max_length >= 1, never 0 (= unbounded)
            if len(out) > room:
                break
            if self._d.eof:  # concatenated gzip members are one body
                data = self._d.unused_data if self.coding == "gzip" else b""
                self._d = None
            else:
                data = self._d.unconsumed_tail
        return bytes(out)

    def flush(self) -> bytes:
        return self._d.flush() if self._d is not None else b""


def _codings(header: str | None) -> list[str]:
    codings = [c.strip().lower() for c in (header or "").split(",") if c.strip()]
    out = []
    for coding in codings:
        if coding in ("gzip", "x-gzip"):
            out.append("gzip")
        elif coding == "deflate":
            out.append("deflate")
        elif coding != "identity":
            raise _Failure("bad_encoding", f"unsupported Content-Encoding {coding!r}")
    return out


async def _read_body(response: httpx.Response, max_bytes: int) -> bytes:
    length = response.headers.get("content-length")
    declared = int(length) if length and length.strip().isdigit() else None
    if declared is not None and declared > max_bytes:
        raise _Failure("too_large", f"Content-Length {declared} exceeds {max_bytes} bytes", response.status_code)
    # Applied in reverse order of listing (RFC 9110 8.4).
    inflaters = [_Inflater(c) for c in reversed(_codings(response.headers.get("content-encoding")))]
    body = bytearray()
    raw_total = 0

    def add(chunk: bytes, final: bool = False) -> None:
        for inflater in inflaters:
            chunk = inflater.decode(chunk, max_bytes - len(body))
            if final:
                chunk += inflater.flush()
        if len(body) + len(chunk) > max_bytes:
            raise _Failure("too_large", f"body exceeds {max_bytes} bytes"
                           + (" once decompressed" if inflaters else ""), response.status_code)
        body.extend(chunk)

    try:
        async for raw in response.aiter_raw():
            raw_total += len(raw)
            if raw_total > max_bytes:
                raise _Failure("too_large", f"body exceeds {max_bytes} bytes", response.status_code)
            add(raw)
        add(b"", final=True)
    except zlib.error as exc:
        raise _Failure("bad_encoding", f"cannot decode {response.headers.get('content-encoding')} "
                       f"body: {exc}", response.status_code) from None
    if declared is not None and raw_total < declared:
        # The guarded transport cuts bodies at its max_body without a word: say so.
        raise _Failure("truncated", f"got {raw_total} of {declared} bytes (client max_body "
                       "below max_bytes? use feed_client)", response.status_code)
    return bytes(body)


# --- the fetch ----------------------------------------------------------------------

def _error_kind(exc: Exception) -> str:
    if isinstance(exc, DNSResolutionError):
        return "dns"
    if isinstance(exc, SSRFError):
        return "refused"
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return "bad_url"
    if isinstance(exc, (httpx.TimeoutException, TimeoutError)):
        return "timeout"
    if isinstance(exc, httpx.ConnectError):
        return "connect"
    return "network"


def _redirect_target(url: str, response: httpx.Response) -> str:
    location = response.headers.get("location", "").strip()
    if not location:
        raise _Failure("bad_redirect", f"{response.status_code} without a Location", response.status_code)
    target = urljoin(url, location)
    if urlsplit(target).scheme not in ("http", "https"):
        raise _Failure("bad_redirect", f"redirect to a non-http URL {target[:200]!r}", response.status_code)
    return target.split("#", 1)[0]


async def _fetch(client: httpx.AsyncClient, url: str, headers: dict, max_bytes: int,
                 timeout: float, result: dict) -> None:
    visited = {url}
    permanent = True
    for hop in range(MAX_REDIRECTS + 1):
        result["final_url"] = url
        request = client.build_request("GET", url, headers=headers, timeout=timeout)
        response = await client.send(request, stream=True)
        try:
            status = result["status"] = response.status_code
            if status in _REDIRECTS:
                target = _redirect_target(url, response)
                if target in visited:
                    raise _Failure("redirect_loop", f"redirect loop back to {target[:200]}", status)
                if hop == MAX_REDIRECTS:
                    raise _Failure("too_many_redirects", f"more than {MAX_REDIRECTS} redirects", status)
                permanent = permanent and status in _PERMANENT
                visited.add(target)
                url = target
                continue
            result["permanent_url"] = url if hop and permanent else None
            if status == 304:
                result.update(etag=response.headers.get("etag"),
                              last_modified=response.headers.get("last-modified"))
                return  # nothing changed: the body is not read
            if not 200 <= status < 300 or status in _NO_BODY:
                raise _Failure("http", f"HTTP {status} {response.reason_phrase}".strip(), status,
                               parse_retry_after(response.headers.get("retry-after"), time.time()))
            result.update(body=await _read_body(response, max_bytes),
                          etag=response.headers.get("etag"),
                          last_modified=response.headers.get("last-modified"),
                          content_type=response.headers.get("content-type"))
            return
        finally:
            await response.aclose()


async def fetch_url(client: httpx.AsyncClient, url: str, *, headers: dict | None = None,
                    max_bytes: int = DEFAULT_MAX_BYTES, timeout: float = DEFAULT_TIMEOUT_S,
                    limiter: HostLimiter | None = None, user_agent: str = USER_AGENT,
                    accept: str = ACCEPT) -> FetchResult:
    """GET `url`, following redirects through the guard; never raises for network trouble.

    `timeout` bounds the whole fetch, all hops and the body included (waiting
    for a host slot is not counted; the slot is the first URL's host).
    error_kind: "timeout", "dns", "connect", "network", "refused" (SSRF guard),
    "bad_url", "http" (non-2xx; see status and retry_after), "too_large",
    "truncated", "bad_encoding", "bad_redirect", "redirect_loop",
    "too_many_redirects". Create the client with ``feed_client``."""
    request_headers = {"User-Agent": user_agent, "Accept": accept,
                       "Accept-Encoding": "gzip, deflate", **(headers or {})}
    result: dict = {"status": None, "body": None, "etag": None, "last_modified": None,
                    "error_kind": None, "error": None, "retry_after": None, "final_url": url,
                    "permanent_url": None, "content_type": None}
    async with limiter.slot(url) if limiter is not None else _no_limit():
        started = time.monotonic()
        try:
            async with asyncio.timeout(timeout):
                await _fetch(client, url, request_headers, max_bytes, timeout, result)
        except _Failure as failure:
            result.update(error_kind=failure.kind, error=str(failure)[:MAX_ERROR_CHARS],
                          retry_after=failure.retry_after, body=None)
            if failure.status is not None:
                result["status"] = failure.status
        except (SSRFError, httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, TimeoutError,
                OSError) as exc:
            message = str(exc) or type(exc).__name__
            if isinstance(exc, TimeoutError) and not str(exc):
                message = f"no complete response in {timeout:g} s"
            result.update(error_kind=_error_kind(exc), error=message[:MAX_ERROR_CHARS], body=None)
        elapsed = time.monotonic() - started
    return FetchResult(elapsed_s=elapsed, **result)


async def fetch_feed(client: httpx.AsyncClient, state: dict, *, max_bytes: int = DEFAULT_MAX_BYTES,
                     timeout: float = DEFAULT_TIMEOUT_S, limiter: HostLimiter | None = None,
                     user_agent: str = USER_AGENT) -> FetchResult:
    """Poll the feed at state["url"] once, as a conditional GET with the state's
    validators (If-None-Match / If-Modified-Since): a 304 comes back as status
    304 with no body. See ``fetch_url`` for limits and error kinds."""
    return await fetch_url(client, state["url"], headers=conditional_headers(state),
                           max_bytes=max_bytes, timeout=timeout, limiter=limiter,
                           user_agent=user_agent)


@asynccontextmanager
async def _no_limit() -> AsyncIterator[None]:
    yield
