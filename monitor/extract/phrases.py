"""Release phrasing that both the counts and the people stages read, written once.

A siege ends with captives walking out of the building they were held in, or with captors letting a
group leave it; the figure ("The last 38 hostages walked out into the sunshine") and the names that
follow ("Among them were A and B") are freed by the same words.
"""
from __future__ import annotations

# "walked out into the sunshine", "walked out of the embassy in small groups" (not a strike's walkout,
# nor out of talks)
_LIGHT_OF = r"(?:(?:spring|summer|autumn|winter|morning|afternoon|evening|bright|warm|cold|pale)\s+)?"  # "the spring sunshine"
WALKED_OUT_OF_SIEGE = (
    r"walked\s+out(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:embassy|consulate|residence|theat(?:re|er)|hotel|compound"
    r"|church|plane|aircraft|airliner|jet|ship|vessel))?(?=\s+(?:into\s+(?:the\s+)?" + _LIGHT_OF + r"(?:sunshine|sunlight"
    r"|daylight|freedom|open\s+air|waiting\s+arms|arms\s+of)|one\s+by\s+one|in\s+(?:small\s+)?groups|to\s+freedom)\b)"
)

# what captors let a group leave: "let nine women and children leave the aircraft" (not "leave the country")
LEAVE_SIEGE_PLACE = (
    r"leave\s+(?:the\s+)?(?:[\w-]+\s+)?(?:aircraft|plane|airliner|jet|building|embassy|consulate|residence|ship|vessel"
    r"|theat(?:re|er)|compound|hotel|church|bus)"
)

# "Last Saturday's release of six hostages", told in a story of a later day: the occasion before this one
LAST_WEEKDAYS_RELEASE = (
    r"last\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+(?:[\w-]+\s+)?"
    r"(?:release|exchange|swap|handover)\b"
)

# out of the captors' hands on one's own: "escaped from his kidnappers", "slipped away from Taliban captivity"
# (not "escaped from prison": a prisoner's escape is no release)
ESCAPED_CAPTORS = (
    r"(?:escaped|escapes|slipped\s+away|fled)\s+(?:from\s+)?(?:(?:his|her|their|the)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:captors|kidnappers|abductors|hostage-takers)|(?:[\w'’-]+\s+){0,2}?captivity)"
)

# a kinship noun, read by people ("his son Eduard") and by captives ("her grandfather, X, a private who was captured")
KIN_WORD = (r"(?:sons?|daughters?|wife|husband|mother|father|brothers?|sisters?|parents?|fianc[ée]e?"
            r"|partner|girlfriend|boyfriend|cousin|uncle|aunt|nephew|niece|grandson|granddaughter"
            r"|grandmother|grandfather|grandchildren|step(?:son|daughter|father|mother)|child|children"
            r"|relatives?|widow(?:er)?|spouse|mum|mom|dad|siblings?|(?:son|daughter)-in-law|in-laws)")
