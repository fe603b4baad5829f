"""Cheap first gate: is this article about people being freed, swapped or held?

Two compiled regex searches over the raw text; an article must mention captives
*and* a release/exchange word. Anything else skips the expensive extraction.
"""
from __future__ import annotations

import re

from monitor.extract.phrases import ESCAPED_CAPTORS

_CAPTIVITY_RE = re.compile(
    r"\b(?:prisoners?|detainees?|hostages?|captives?|inmates?|POWs?|prisoners\s+of\s+war|jailed|imprisoned|"
    r"incarcerated|interned|internees?|internment|behind\s+bars|captivity|custody|detention|prisons?|jails?|"
    r"penitentiar(?:y|ies)|political\s+prisoners?|convicts?|abductees?|"
    r"wrongfully\s+detained|detained|arrested|sentenced|convicted|kidnapp(?:ed|ing)|abducted|captured|seized|"
    r"hijack(?:ed|ing|ers?)?|pirates?|still\s+held|child\s+soldiers?|"
    r"(?:from|by|with|of)\s+(?:an?\s+|the\s+)?armed\s+groups?|"
    r"held\s+(?:in|by|captive|hostage|since|for|without))\b",
    re.I,
)
_RELEASE_RE = re.compile(
    r"\b(?:releas(?:e|es|ed|ing)|free(?:d|s|ing)?|freedom|pardon(?:s|ed|ing)?|swap(?:s|ped)?|exchang(?:e|es|ed)|"
    r"hand(?:ed|s|ing)?\s+(?:[\w,]+\s+){0,3}?over|let\s+go|amnest(?:y|ied)|clemency|liberat(?:ed|ion)|repatriat(?:ed|ion)|"
    r"(?:returned|arrived|came|come|coming|flew|flown|brought|back|sent)\s+home|home\s+safely|returnees?|reunit(?:ed|ing)\s+with|walked\s+free|set\s+free|rescu(?:e|ed|es|ing)|walked\s+out\s+of\s+(?:the\s+)?(?:prison|jail)|"
    # a prison term commuted to exile ends the captivity; "put in liberty" is translated "puesto en libertad"
    r"into\s+exile|(?:set|put|placed)\s+(?:at|in)\s+liberty|"
    + ESCAPED_CAPTORS + r")\b",
    re.I,
)


# Substring stems checked first: plain `in` on lowered text is far cheaper than a
# case-insensitive alternation at every position, and most irrelevant news fails here.
_CAPTIVITY_STEMS = ("prison", "penitentiar", "detain", "detention", "hostage", "captiv", "inmate", "pows", "pow ", "jail",
                    "custod", "behind bars", "incarcer", "interned", "internee", "internment", "convict", "abduct",
                    "arrest", "sentenc", "kidnap",
                    "held ", "captured", "seized", "hijack", "pirate", "child soldier", "armed group")
_RELEASE_STEMS = ("releas", "free", "pardon", "swap", "exchang", "hand", "let go", "amnest", "clemency",
                  "liberat", "repatriat", "home", "rescu", "walked out", "returnee", "reunit", "escape", "fled",
                  "slipped away", "exile", "liberty")


def is_relevant(text: str, title: str | None = None) -> bool:
    """True if the text talks about captives and their release/exchange."""
    blob = f"{title}\n{text}" if title else text
    low = blob.lower()
    if not any(k in low for k in _CAPTIVITY_STEMS) or not any(k in low for k in _RELEASE_STEMS):
        return False
    return _CAPTIVITY_RE.search(blob) is not None and _RELEASE_RE.search(blob) is not None
