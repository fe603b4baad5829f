"""Feed bodies -> items: RSS 0.9x/1.0/2.0 and Atom through feedparser.

Feeds in the wild are often broken (a wrong encoding label, an HTML entity
XML does not define, a truncated body), and a broken feed usually still has
good items: feedparser's loose parser recovers them, and we keep them with
``bozo`` set. Only a body with nothing usable -- empty, binary, an HTML page,
not XML at all -- is ``fatal`` (the shell dead-letters it). Input is untrusted
and never makes ``parse_feed`` raise; item count and text sizes are bounded.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import feedparser

from monitor.articles import decode_body, looks_like_html
from monitor.feeds.canonical import canonical_url

MAX_ITEMS = 500                 # a feed lists recent items; more is a broken or hostile feed
MAX_TITLE_CHARS = 1_000
MAX_SUMMARY_CHARS = 20_000
MAX_CONTENT_CHARS = 1_000_000   # raw_article.json allows 2M for the whole text
MAX_GUID_CHARS = 2_000

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")  # UTF-16 legitimately has NUL bytes
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_HTTP = ("http", "https")


@dataclass(frozen=True)
class ParsedFeed:
    items: list[dict]
    title: str | None
    bozo: bool                  # the feed was malformed (items may still be good)
    bozo_reason: str | None     # what was wrong, or why it is fatal
    fatal: bool                 # nothing usable: dead-letter the fetch
    site_url: str | None = None
    skipped: int = 0            # entries dropped: no http(s) link, duplicate, or over MAX_ITEMS
    version: str | None = None  # feedparser's name for the format, e.g. "rss20", "atom10"
    feed_links: list[str] = field(default_factory=list)  # feeds an HTML page points to


# --- HTML to text -------------------------------------------------------------

_BLOCK = frozenset({"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                    "table", "blockquote", "pre", "section", "article", "header", "footer",
                    "figure", "figcaption", "hr", "dd", "dt", "dl"})
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment: one line per block, spaces collapsed."""
    if "<" not in markup and "&" not in markup:
        text = markup
    else:
        parser = _TextExtractor()
        try:
            parser.feed(markup)
            parser.close()
        except Exception:  # HTMLParser is lenient, but the input is hostile
            pass
        text = "".join(parser.parts)
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def plain_text(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


class _FeedLinks(HTMLParser):
    """<link rel="alternate" type="application/rss+xml" href=...> in an HTML page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: (v or "") for k, v in attrs}
        if (tag == "link" and "alternate" in a.get("rel", "").lower().split()
                and a.get("type", "").lower() in ("application/rss+xml", "application/atom+xml")
                and a.get("href")):
            self.hrefs.append(a["href"])


def _discover_feed_links(markup: str, base: str) -> list[str]:
    parser = _FeedLinks()
    try:
        parser.feed(markup[:200_000])
    except Exception:
        pass
    found = [canonical_url(urljoin(base, href)) for href in parser.hrefs[:10]]
    return list(dict.fromkeys(u for u in found if urlsplit(u).scheme in _HTTP))


# --- entries to items ----------------------------------------------------------

def _iso_date(entry) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = dict.get(entry, key)  # not entry.get: feedparser aliases keys (and warns)
        if parsed and 1970 <= parsed.tm_year <= 2200:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return None


def _detail_text(detail) -> str:
    """Text of a feedparser text construct (title, summary or content)."""
    value = detail.get("value") or ""
    if not isinstance(value, str):
        return ""
    return plain_text(value) if detail.get("type") == "text/plain" else html_to_text(value)


def _item_url(entry, feed_url: str) -> str | None:
    candidates = [entry.get("link")]
    candidates += [l.get("href") for l in entry.get("links") or [] if l.get("rel") == "alternate"]
    guid = entry.get("id")
    if entry.get("guidislink") or (isinstance(guid, str) and guid.startswith(("http://", "https://"))):
        candidates.append(guid)
    for link in candidates:
        if isinstance(link, str) and link.strip():
            url = canonical_url(urljoin(feed_url, link.strip()))
            if urlsplit(url).scheme in _HTTP and urlsplit(url).hostname:
                return url
    return None


def _item(entry, feed_url: str) -> dict | None:
    url = _item_url(entry, feed_url)
    if url is None:
        return None
    title = _detail_text(entry.get("title_detail") or {"value": entry.get("title"), "type": "text/html"})
    summary_detail = entry.get("summary_detail") or {"value": entry.get("summary"), "type": "text/html"}
    summary = _detail_text(summary_detail)[:MAX_SUMMARY_CHARS]
    # Several <content> elements (text and html): the longest is the article.
    contents = [_detail_text(c) for c in entry.get("content") or []]
    content = max(contents, key=len, default="")[:MAX_CONTENT_CHARS]
    guid = entry.get("id")
    return {
        "url": url,
        "title": " ".join(title.split())[:MAX_TITLE_CHARS] or None,
        "published": _iso_date(entry),
        "summary_text": summary or None,
        "content_text": content or None,
        "guid": guid[:MAX_GUID_CHARS] if isinstance(guid, str) and guid else None,
    }


def _not_a_feed(body: bytes) -> str | None:
    """Why the body cannot be a feed at all, judged from its bytes."""
    if not body.strip():
        return "empty body"
    if body.startswith(b"\x1f\x8b"):
        return "binary body (gzip data that was not decoded)"
    head = body[:4096]
    if not head.startswith(_BOMS) and (b"\x00" in head or len(_CONTROL.findall(head)) > len(head) // 20):
        return "binary body (control bytes), not a feed"
    return None


def _xml_content_type(content_type: str | None) -> str:
    # RFC 7303: an HTTP charset wins, otherwise the BOM / XML declaration does.
    # feedparser follows the older RFC 3023 (text/* without charset = us-ascii)
    # and many servers send feeds as text/xml or text/html: keep only the charset.
    match = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", content_type or "", re.IGNORECASE)
    return f"application/xml; charset={match.group(1)}" if match else "application/xml"


def parse_feed(body: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Items of an RSS or Atom body fetched from `url`; never raises.

    Items: {url (canonical), title, published (YYYY-MM-DD or None),
    summary_text, content_text (full content when the feed carries it, else
    None), guid}. Entries without an http(s) link are skipped (counted)."""
    if reason := _not_a_feed(body):
        return ParsedFeed([], None, True, reason, True)
    # A stream, never bytes: feedparser reads bytes that name a file path as that file.
    headers = {"content-location": url, "content-type": _xml_content_type(content_type)}
    try:
        parsed = feedparser.parse(io.BytesIO(body), response_headers=headers,
                                  sanitize_html=True, resolve_relative_uris=True)
    except Exception as exc:  # feedparser is defensive; this is for what it missed
        return ParsedFeed([], None, True, f"feed parser failed: {type(exc).__name__}: {exc}", True)
    exc = parsed.get("bozo_exception")
    reason = f"{type(exc).__name__}: {exc}" if parsed.get("bozo") and exc is not None else None
    entries = parsed.get("entries") or []
    if not parsed.get("version") and not entries:
        text = decode_body(body[:200_000])
        if looks_like_html(text):
            links = _discover_feed_links(text, url)
            hint = f"; it links to feeds: {', '.join(links)}" if links else ""
            return ParsedFeed([], None, True, f"HTML page, not a feed{hint}", True, feed_links=links)
        return ParsedFeed([], None, True, f"not RSS or Atom ({reason or 'no feed elements'})", True)
    items, seen, skipped = [], set(), max(0, len(entries) - MAX_ITEMS)
    for entry in entries[:MAX_ITEMS]:
        item = _item(entry, url)
        if item is None or item["url"] in seen:
            skipped += 1
            continue
        seen.add(item["url"])
        items.append(item)
    feed = parsed.get("feed") or {}
    title_detail = feed.get("title_detail") or {"value": feed.get("title"), "type": "text/html"}
    title = " ".join(_detail_text(title_detail).split())[:MAX_TITLE_CHARS] or None
    site = feed.get("link")
    site_url = canonical_url(urljoin(url, site)) if isinstance(site, str) and site.strip() else None
    return ParsedFeed(items, title, bool(parsed.get("bozo")), reason, False, site_url=site_url,
                      skipped=skipped, version=parsed.get("version") or None)
