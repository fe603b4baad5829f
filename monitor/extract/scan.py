"""Case-insensitive patterns scanned faster: run case-sensitively over lowercased text.

Python's `re` cannot use its fast literal skipping when it must fold case, so a pattern compiled
with re.I that scans a whole sentence tries almost every position. Lowercasing the text (one C
call) and scanning with the same pattern without re.I gives the same spans several times faster.
The match groups hold lowercased text, so use this only where callers read spans or compare
words case-insensitively.
"""
from __future__ import annotations

import re
import sys

# escapes whose letter is not a literal ("\b", "\s", "\W" ...); any other upper-case letter would
# change meaning once re.I is dropped
_ESCAPE_RE = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")  # (and group names)


class LowerScan:
    """Drop-in for a compiled re.I pattern's search/match/finditer over lowercased text."""

    __slots__ = ("pattern", "_folded", "_lower")

    def __init__(self, pattern: re.Pattern):
        source = _ESCAPE_RE.sub("", pattern.pattern)
        if any(c.isupper() for c in source) or "(?-i" in pattern.pattern:
            raise ValueError(f"pattern has case-sensitive parts: {pattern.pattern[:60]!r}")
        self.pattern = pattern
        self._folded = pattern
        self._lower = re.compile(pattern.pattern, pattern.flags & ~re.I)

    def _pick(self, text: str) -> tuple[re.Pattern, str]:
        low = text.lower()
        if len(low) == len(text):  # a few characters change length when lowercased: keep the spans right
            return self._lower, low
        return self._folded, text

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, t = self._pick(text)
        return rx.search(t, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, t = self._pick(text)
        return rx.match(t, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, t = self._pick(text)
        return rx.finditer(t, pos, endpos)
