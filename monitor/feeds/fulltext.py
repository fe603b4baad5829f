"""Full article text for feed items that carry only a teaser.

Many feeds give a one-paragraph summary; the figures we extract are further
down the article. The page is fetched through the same guarded client and
limits as feeds, and trafilatura pulls out the main text. Extraction is CPU
work on hostile HTML, so it runs in a worker thread under a time bound (a
thread cannot be killed: one that overruns finishes in the background, but
the caller moves on and the page size bound keeps that finite).
"""
from __future__ import annotations

import asyncio
import re

import httpx
import trafilatura

from monitor.articles import MAX_TEXT_CHARS
from monitor.feeds.fetch import DEFAULT_TIMEOUT_S, HostLimiter, fetch_url

DEFAULT_MAX_BYTES = 3_000_000
DEFAULT_EXTRACT_TIMEOUT_S = 10.0
SHORT_TEXT_CHARS = 600          # a teaser, not an article
MIN_TEXT_CHARS = 200            # less is a menu or a cookie notice, no better than the teaser
ACCEPT_HTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.1"
_HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


def needs_full_text(item: dict) -> bool:
    """True when the feed item has no text worth extracting from: no content,
    or content and summary both shorter than SHORT_TEXT_CHARS."""
    best = max(len(item.get("content_text") or ""), len(item.get("summary_text") or ""))
    return best < SHORT_TEXT_CHARS


def _decode(body: bytes, content_type: str | None) -> str | bytes:
    # An HTTP charset is authoritative; without one, trafilatura sniffs the
    # bytes (BOM, <meta charset>, statistics) better than a guess here.
    match = _CHARSET.search(content_type or "")
    if match:
        try:
            return body.decode(match.group(1), errors="replace")
        except LookupError:  # an unknown charset name
            pass
    return body


def extract_text(html: str | bytes, url: str | None = None) -> str | None:
    """Main text of an article page (paragraphs on separate lines), or None
    when there is none (trafilatura falls back to any text, e.g. a menu)."""
    text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False,
                               favor_precision=True, deduplicate=False)
    return text[:MAX_TEXT_CHARS] if text and len(text.strip()) >= MIN_TEXT_CHARS else None


async def fetch_article_text(client: httpx.AsyncClient, url: str, *, max_bytes: int = DEFAULT_MAX_BYTES,
                             timeout: float = DEFAULT_TIMEOUT_S,
                             extract_timeout: float = DEFAULT_EXTRACT_TIMEOUT_S,
                             limiter: HostLimiter | None = None) -> tuple[str | None, str | None]:
    """(text, None) with the page's main text, or (None, why) -- never raises
    for network trouble or bad pages. Pages over `max_bytes` are not parsed."""
    result = await fetch_url(client, url, max_bytes=max_bytes, timeout=timeout, limiter=limiter,
                             accept=ACCEPT_HTML)
    if not result.ok:
        return None, f"{result.error_kind}: {result.error}" if result.error_kind else "no body"
    media_type = (result.content_type or "").split(";", 1)[0].strip().lower()
    if media_type and media_type not in _HTML_TYPES:
        return None, f"not_html: {media_type}"
    try:
        text = await asyncio.wait_for(asyncio.to_thread(
            extract_text, _decode(result.body, result.content_type), result.final_url),
            timeout=extract_timeout)
    except TimeoutError:
        return None, f"extract_timeout: no text after {extract_timeout:g} s"
    except Exception as exc:  # trafilatura/lxml on hostile markup: a bad page, not our crash
        return None, f"extract_failed: {type(exc).__name__}: {exc}"[:300]
    if text is None:
        return None, "no_text: no main text found on the page"
    return text, None
