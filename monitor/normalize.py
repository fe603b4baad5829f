"""Raw article -> clean article: the pure core of the `normalize` agent."""
from __future__ import annotations

import hashlib
import json

from monitor.schemas import validate


class BadArticle(ValueError):
    """The raw payload cannot become an article; `reason` names the kind of problem."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def parse_raw(data: bytes | str | dict) -> dict:
    """Decode and validate one raw-articles value, or raise BadArticle."""
    if isinstance(data, (bytes, str)):
        try:
            data = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise BadArticle("invalid_json", f"value is not JSON: {exc}") from exc
    try:
        validate("raw_article.json", data)
    except ValueError as exc:
        raise BadArticle("invalid_schema", str(exc)) from exc
    return data


def normalize_article(raw: dict) -> dict:
    """Main text only (HTML -> text, page chrome removed), with a content hash."""
    from monitor.extract.text import clean_text, html_to_text
    from monitor.feeds.fingerprint import fingerprint_hex

    text = raw["text"]
    if raw["content_type"] == "text/html":
        text = html_to_text(text)
    text = clean_text(text)
    if not text.strip():
        raise BadArticle("empty_text", "no main text left after cleaning")
    article = {k: v for k, v in raw.items() if k != "text"}
    article.update(text=text, content_type="text/plain",
                   content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest()[:32],
                   # text fingerprint (MinHash bits): lets the fact table recognise syndicated copies
                   fingerprint=fingerprint_hex(text))
    return article
