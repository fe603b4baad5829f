"""Feed ingestion core: canonical URLs, text fingerprints, feed parsing, poll
scheduling, guarded fetching and full-text extraction.

Pure or self-contained; the Faust shell (feeds topic/table, poll timer,
publishing to raw-articles, CLI) calls into these.
"""
from monitor.feeds.canonical import article_identity, canonical_url
from monitor.feeds.fetch import FetchResult, HostLimiter, feed_client, fetch_feed, fetch_url
from monitor.feeds.fingerprint import fingerprint, fingerprint_hex, hamming, near_duplicate, simhash
from monitor.feeds.fulltext import fetch_article_text, needs_full_text
from monitor.feeds.parse import ParsedFeed, parse_feed
from monitor.feeds.schedule import (after_error, after_not_modified, after_success,
                                    conditional_headers, due, new_state, remember_items, unseen)

__all__ = [
    "FetchResult", "HostLimiter", "ParsedFeed", "after_error", "after_not_modified",
    "after_success", "article_identity", "canonical_url", "conditional_headers", "due",
    "feed_client", "fetch_article_text", "fetch_feed", "fetch_url", "fingerprint",
    "fingerprint_hex", "hamming", "near_duplicate", "needs_full_text", "new_state", "parse_feed",
    "remember_items", "simhash", "unseen",
]
