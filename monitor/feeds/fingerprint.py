"""64-bit text fingerprints: the same wire story on two sites is a near-duplicate.

An agency story reprinted by many outlets differs in page chrome, headline and
byline, and sometimes in a few edited words; two outlets' own stories about
one event share names and phrases but few sentences. Both fingerprints here
hash word 3-shingles of the story body and are compared by Hamming distance
(``monitor.facts`` keeps the hex form and bands it for copies within 3 bits).

* ``fingerprint`` (used by ``fingerprint_hex``): one-permutation b-bit MinHash,
  64 bins of one bit each. A bit differs with probability (1 - Jaccard) / 2,
  i.e. linearly in how much text changed.
* ``simhash``: classic SimHash. A bit differs with probability angle / pi,
  which grows like the square root of the change: one edited word in a
  300-word story already costs ~3 bits on average; at a 3-bit threshold it
  missed 20-80 % of the seed copies with three edited words (MinHash: 5-10 %).
  Kept for comparison.

Short lines are dropped before shingling: they are chrome, headlines, bylines
and datelines, exactly what outlets change when they reprint.

Shingles are hashed with blake2b, never Python's ``hash`` (salted per
process), so a fingerprint is the same in every worker and after a restart.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter

BITS = 64
SHINGLE_WORDS = 3
MAX_DISTANCE = 3              # the near-duplicate threshold monitor.facts bands on
MIN_LINE_WORDS = 16           # shorter lines are chrome, headlines, bylines, captions: not story text
MIN_BODY_WORDS = 40           # below this, lines are too few to judge: use all the text
MAX_TEXT_CHARS = 2_000_000    # raw_article.json's limit; more is not hashed

_WORD = re.compile(r"\w+")
_MASK = (1 << BITS) - 1
_BIN_BITS = 6                 # 2**6 = 64 bins, one output bit each
_VALUE_MASK = (1 << (BITS - _BIN_BITS)) - 1


def _words(text: str) -> list[str]:
    # NFKC + casefold: full-width digits, ligatures and case are not edits.
    return _WORD.findall(unicodedata.normalize("NFKC", text).casefold())


def story_words(text: str) -> list[str]:
    """The normalised words of the story body: short lines dropped, unless
    that leaves too little text (one long line, or a very short story)."""
    text = (text or "")[:MAX_TEXT_CHARS]
    body = [w for line in text.splitlines() if len(ws := _words(line)) >= MIN_LINE_WORDS for w in ws]
    return body if len(body) >= MIN_BODY_WORDS else _words(text)


def _shingle_digests(text: str) -> list[bytes]:
    words = story_words(text)
    if not words:
        return []
    n = max(1, len(words) - SHINGLE_WORDS + 1)  # fewer than 3 words: one shingle
    return [hashlib.blake2b(" ".join(words[i:i + SHINGLE_WORDS]).encode("utf-8"),
                            digest_size=BITS // 8).digest() for i in range(n)]


def fingerprint(text: str) -> int:
    """64-bit b-bit MinHash of the story's word 3-shingles; 0 for no words.

    Each shingle hash falls in one of 64 bins by its top bits; a bin's bit is
    the lowest bit of its smallest hash. An empty bin (short texts) borrows
    the next non-empty bin's minimum, rehashed with its own index, so two
    similar texts fill it alike (densified one-permutation hashing)."""
    minima: list[int | None] = [None] * BITS
    for digest in _shingle_digests(text):
        h = int.from_bytes(digest, "big")
        slot, value = h >> (BITS - _BIN_BITS), h & _VALUE_MASK
        if minima[slot] is None or value < minima[slot]:
            minima[slot] = value
    if all(m is None for m in minima):
        return 0
    result = 0
    for slot in range(BITS):
        source = slot
        while minima[source % BITS] is None:
            source += 1
        value = minima[source % BITS]
        if source != slot:
            value = hashlib.blake2b(value.to_bytes(8, "big") + bytes([slot]), digest_size=1).digest()[0]
        result |= (value & 1) << slot
    return result


def simhash(text: str) -> int:
    """64-bit SimHash of the story's word 3-shingles; 0 for no words."""
    digests = _shingle_digests(text)
    n = len(digests)
    joined = b"".join(digests)
    width = BITS // 8
    result = 0
    # Per bit: a majority vote of the shingle hashes. Counting byte values
    # per digest position votes on 8 bits at once, in C.
    for position in range(width):
        counts = Counter(joined[position::width])
        for bit in range(8):
            if 2 * sum(c for value, c in counts.items() if value >> bit & 1) > n:
                result |= 1 << ((width - 1 - position) * 8 + bit)
    return result


def hamming(a: int, b: int) -> int:
    """Number of differing bits between two 64-bit fingerprints."""
    return ((a ^ b) & _MASK).bit_count()


def near_duplicate(a: int, b: int, max_distance: int = MAX_DISTANCE) -> bool:
    return hamming(a, b) <= max_distance


def fingerprint_hex(text: str) -> str:
    """``fingerprint`` as 16 lowercase hex digits (how records carry it)."""
    return f"{fingerprint(text):016x}"
