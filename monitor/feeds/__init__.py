"""Feed ingestion core: canonical URLs, text fingerprints, feed parsing, poll
scheduling, guarded fetching and full-text extraction.

Pure or self-contained; the Faust shell (feeds topic/table, poll timer,
publishing to raw-articles, CLI) calls into these.
"""
from monitor.feeds.canonical import article_identity, canonical_url
from monitor.feeds.fingerprint import fingerprint, fingerprint_hex, hamming, near_duplicate, simhash

__all__ = [
    "article_identity", "canonical_url", "fingerprint", "fingerprint_hex", "hamming",
    "near_duplicate", "simhash",
]
