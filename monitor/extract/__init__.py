"""Fact extraction from one news article: counts, people, event hints.

Public API:
  extract_article(text, *, title=None, published=None, is_html=False) -> dict
      {"counts": [...], "people": [...], "event": {...}, "relevant": bool}
  extract_file(path) -> dict   # the output contract object, "source": path as given

Pipeline: relevance gate -> (HTML to text) -> clean -> sentences -> event hints
-> counts (scope needs the event date) -> people. All pure and deterministic.
"""
from __future__ import annotations

import json
import os
import re
from functools import lru_cache

from monitor.extract.counts import extract_counts
from monitor.extract.event import event_hints
from monitor.extract.relevance import is_relevant
from monitor.extract.text import clean_text, html_to_text, looks_like_html, split_sentences

__all__ = ["extract_article", "extract_file"]

MAX_INPUT_BYTES = 4_000_000   # a news page is far smaller; bound pathological inputs
MAX_TEXT_CHARS = 200_000      # after HTML stripping / cleaning

_EMPTY_EVENT = {"kind": None, "actor": None, "date": None}


@lru_cache(maxsize=1)
def _people_extractor():
    # people.py is written by another engineer; the engine must work without it
    try:
        from monitor.extract.people import extract_people
    except ImportError:
        return None
    return extract_people


def _extract_people(sentences: list[str], title: str | None, published: str | None = None) -> list[dict]:
    extractor = _people_extractor()
    return extractor(sentences, title=title, published=published) if extractor else []


def extract_article(text: str, *, title: str | None = None, published: str | None = None,
                    is_html: bool = False) -> dict:
    """Counts, people and event hints for one article's text (or HTML)."""
    text = (text or "")[: MAX_TEXT_CHARS * 4 if is_html else MAX_TEXT_CHARS]
    if is_html:
        text = html_to_text(text)[:MAX_TEXT_CHARS]
    if not is_relevant(text, title):
        return {"counts": [], "people": [], "event": dict(_EMPTY_EVENT), "relevant": False}
    sentences = split_sentences(clean_text(text))
    title_sentences = split_sentences(clean_text(title)) if title else []
    # a headline can carry the figure ("Belarus frees 123 prisoners"); read it first
    lead = [t for t in title_sentences if t not in sentences[:2]]
    event = event_hints(sentences, title=title, published=published)
    counts = extract_counts(lead + sentences, published=published, event_date=event["date"])
    people = _extract_people(sentences, title, published)
    return {"counts": counts, "people": people, "event": event, "relevant": True}


# --- files ----------------------------------------------------------------

def decode_bytes(data: bytes) -> str:
    """UTF-8 (with BOM) first, then a detected charset, never raising on bad bytes."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding:
            return data.decode(best.encoding, errors="replace")
    except Exception:  # detection is best effort
        pass
    return data.decode("utf-8", errors="replace")


@lru_cache(maxsize=64)
def _manifest_dates(directory: str) -> dict[str, str]:
    """Publication dates from a manifest.json beside the articles, if one exists."""
    path = os.path.join(directory, "manifest.json")
    try:
        with open(path, "rb") as fh:
            data = json.loads(decode_bytes(fh.read(2_000_000)))
    except (OSError, ValueError):
        return {}
    items = data.get("articles", []) if isinstance(data, dict) else data if isinstance(data, list) else []
    out = {}
    for item in items:
        if isinstance(item, dict) and item.get("file") and item.get("published"):
            out[str(item["file"])] = str(item["published"])
    return out


_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")
_LEAD_ISO_RE = re.compile(r"\b(20\d\d)-(\d\d)-(\d\d)\b")
_LEAD_LONG_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),\s+(20\d\d)\b", re.I)


def published_from_text(text: str) -> str | None:
    """A dateline in the first few hundred characters ('date 2025-12-15', 'December 13, 2025')."""
    head = text[:300]
    m = _LEAD_ISO_RE.search(head)
    if m:
        return m.group(0)
    m = _LEAD_LONG_RE.search(head)
    if m:
        return f"{m.group(3)}-{_MONTHS.index(m.group(1).lower()) + 1:02d}-{int(m.group(2)):02d}"
    return None


def _html_metadata(html: str) -> tuple[str | None, str | None]:
    try:
        from trafilatura import extract_metadata

        meta = extract_metadata(html)
    except Exception:
        return None, None
    if meta is None:
        return None, None
    return getattr(meta, "title", None), getattr(meta, "date", None)


def extract_file(path: str) -> dict:
    """The output-contract object for one article file (text or HTML)."""
    with open(path, "rb") as fh:
        raw = decode_bytes(fh.read(MAX_INPUT_BYTES))
    is_html = path.lower().endswith((".html", ".htm", ".xhtml")) or looks_like_html(raw)
    title = None
    published = _manifest_dates(os.path.dirname(os.path.abspath(path))).get(os.path.basename(path))
    if is_html:
        meta_title, meta_date = _html_metadata(raw)
        title = meta_title
        published = published or meta_date
    published = published or published_from_text(raw)
    result = extract_article(raw, title=title, published=published, is_html=is_html)
    return {"source": path, "published": published, **result}
