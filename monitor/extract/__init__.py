"""Fact extraction from one news article: counts, people, event hints.

Public API:
  extract_article(text, *, title=None, published=None, is_html=False) -> dict
      {"counts": [...], "people": [...], "event": {...}, "relevant": bool}
  extract_file(path) -> dict   # the output contract object, "source": path as given

Pipeline: relevance gate -> (HTML to text) -> clean -> sentences -> event hints
-> counts (scope needs the event date) -> people -> group members (names tied to a
counted group by reference) -> captives by context (past captives of a release story). All pure and deterministic.
"""
from __future__ import annotations

import json
import os
import re
from datetime import date
from functools import lru_cache

from monitor.articles import decode_body
from monitor.extract.captives import promote_captives
from monitor.extract.counts import extract_counts
from monitor.extract.event import event_hints_and_lead_date
from monitor.extract.groups import assign_group_members
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


def _extract_people(sentences: list[str], title: str | None, published: str | None = None,
                    event_date: str | None = None, lead_date: str | None = None) -> list[dict]:
    extractor = _people_extractor()
    if extractor is None:
        return []
    return extractor(sentences, title=title, published=published, event_date=event_date, lead_date=lead_date)


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
    event, lead_date = event_hints_and_lead_date(sentences, title=title, published=published)
    dateline = None if published else dateline_day(text)
    counts = extract_counts(lead + sentences, published=published, event_date=event["date"], context=text,
                            dateline=dateline)
    people = assign_group_members(sentences, counts, _extract_people(sentences, title, published, event["date"], lead_date))
    people = promote_captives(sentences, counts, people)
    return {"counts": counts, "people": people, "event": event, "relevant": True}


# --- files ----------------------------------------------------------------

@lru_cache(maxsize=64)
def _manifest_dates(directory: str) -> dict[str, str]:
    """Publication dates from a manifest.json beside the articles, if one exists."""
    path = os.path.join(directory, "manifest.json")
    try:
        with open(path, "rb") as fh:
            data = json.loads(decode_body(fh.read(2_000_000)))
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
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_LEAD_ISO_RE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
_LEAD_LONG_RE = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2}),\s+((?:19|20)\d\d)\b", re.I)
# Dateline shapes: "Dec. 13, 2025", "19 January 2025", "Mon 18 Sep 2023", "23/05/2025".
_LINE_MDY_RE = re.compile(r"\b(" + _MON + r")\s+(\d{1,2}),?\s+((?:19|20)\d\d)\b", re.I)
_LINE_DMY_RE = re.compile(r"\b(\d{1,2})\s+(" + _MON + r")\s+((?:19|20)\d\d)\b", re.I)
# month names of the languages reports are most often translated from (Spanish, Portuguese, French, German,
# Italian), for a source dateline a translation keeps
_FOREIGN_MONTHS = {name: i + 1 for names in (
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "januar februar märz april mai juni juli august september oktober november dezember",
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
) for i, name in enumerate(names.split())} | {"setiembre": 9, "jänner": 1}
_LINE_FOREIGN_DMY_RE = re.compile(r"\b(\d{1,2})\.?\s+(?:de\s+)?("
                                  + "|".join(sorted(_FOREIGN_MONTHS, key=len, reverse=True))
                                  + r")\s+(?:de\s+|del\s+)?((?:19|20)\d\d)\b", re.I)
_LINE_NUMERIC_RE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
# A wire dateline opening the first paragraph: an upper-case place, then the date.
_WIRE_PLACE = r"[A-ZÀ-Þ][A-ZÀ-Þ .'’/\-]{1,40}(?:,\s*[A-Z][A-Za-z.]+)?"  # "KYIV", "NAIROBI, Kenya"
_WIRE_DATELINE_RE = re.compile(_WIRE_PLACE + r"(?:,|\s*\([^()]{2,40}\))\s*[^-—–(]{4,24}")
# (the agency may stand in brackets between place and date: "ISTANBUL (Haber Merkezi) 19.01.1996 - ...")
# a place (capitalised, up to three words) then a full date, opening a paragraph
_CITY_DATELINE_RE = re.compile(
    r"(?:[A-ZÀ-Þ][^\s,]*\s){0,2}[A-ZÀ-Þ][^\s,]*,\s+(?:[A-Z][a-z]+,\s+)?"
    r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})\b(?=\s*(?:\(|[-–—.:]))")
_DATELINE_MAX_CHARS = 140   # a byline/dateline line, not a prose sentence that mentions a date
_DATELINE_SCAN_CHARS = 1500


def _month_index(word: str) -> int | None:
    w = word.lower().rstrip(".")[:3]
    for i, m in enumerate(_MONTHS):
        if m.startswith(w):
            return i + 1
    return None


def _iso(year: int, month: int | None, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat() if month else None
    except ValueError:
        return None


def _date_in_line(line: str) -> str | None:
    m = _LEAD_ISO_RE.search(line)
    if m:
        return _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _LINE_MDY_RE.search(line)
    if m:
        return _iso(int(m.group(3)), _month_index(m.group(1)), int(m.group(2)))
    m = _LINE_DMY_RE.search(line)
    if m:
        return _iso(int(m.group(3)), _month_index(m.group(2)), int(m.group(1)))
    m = _LINE_FOREIGN_DMY_RE.search(line)
    if m:  # a translated page keeps its source's dateline: "miércoles, 8 de julio de 1981", "3. März 2014"
        return _iso(int(m.group(3)), _FOREIGN_MONTHS[m.group(2).lower()], int(m.group(1)))
    m = _LINE_NUMERIC_RE.search(line)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 >= b:      # 23/05/2025: day first
            return _iso(y, b, a)
        if b > 12 >= a:      # 05/23/2025: month first
            return _iso(y, a, b)
        if "." in m.group(0):  # 03.05.2014: dotted dates are day first wherever they are written
            return _iso(y, b, a)
    return None  # 03/04/2025 is ambiguous


_LOWER_WORD_RE = re.compile(r"(?<![\w'’])[a-z]{2,}\b")
_PROSE_MIN_LOWER_WORDS = 7  # "by Olena Hrytsenko October 18, 2024 4:12 PM 2 min read" has three


def _is_prose(line: str) -> bool:
    """A story sentence, not a dateline: 'Of the 251 hostages taken on Oct. 7, 2023, 76 remain in Gaza.'"""
    return len(_LOWER_WORD_RE.findall(line)) >= _PROSE_MIN_LOWER_WORDS


def published_from_text(text: str) -> str | None:
    """The page's dateline: a full date on a short line near the top ('Published on 23/05/2025',
    '19 January 2025', 'Updated 6:42 PM, August 1, 2024'), else an ISO or long date in the first
    few hundred characters ('date 2025-12-15', 'December 13, 2025')."""
    for line in text[:_DATELINE_SCAN_CHARS].splitlines():
        line = line.strip()
        if line and len(line) <= _DATELINE_MAX_CHARS and not _is_prose(line):
            found = _date_in_line(line)
            if found:
                return found
        city = _CITY_DATELINE_RE.match(line)
        if city:  # "Bogotá, 30 November 2014 (SIG). The National Government ...": a release's own dateline
            found = _date_in_line(city.group("date"))
            if found:
                return found
        wire = _WIRE_DATELINE_RE.match(line)
        if wire:  # "KHARTOUM, Sept 3, 2024 - Sudan's paramilitary ..."
            found = _date_in_line(wire.group(0))
            if found:
                return found
    head = text[:300]
    m = _LEAD_ISO_RE.search(head)
    if m:
        return m.group(0)
    m = _LEAD_LONG_RE.search(head)
    if m:
        return f"{m.group(3)}-{_MONTHS.index(m.group(1).lower()) + 1:02d}-{int(m.group(2)):02d}"
    return None


# "KYIV, Sept 14 (Reuters) -": a wire dateline with a month and a day but no year (or a correspondent's own
# line, "HENDAYE, October 24.")
_YEARLESS_DATELINE_RE = re.compile(
    r"^" + _WIRE_PLACE + r",\s*((?i:" + _MON + r"))\.?\s+(\d{1,2})\s*(?:\(|[-–—]|\.[ \t]*$)", re.M)


def dateline_day(text: str) -> tuple[int, int] | None:
    """(month, day) of a yearless wire dateline near the top of the text, if there is one."""
    m = _YEARLESS_DATELINE_RE.search(text, 0, _DATELINE_SCAN_CHARS)
    if not m:
        return None
    month, day = _month_index(m.group(1)), int(m.group(2))
    return (month, day) if month and 1 <= day <= 31 else None


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
        raw = decode_body(fh.read(MAX_INPUT_BYTES))
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
