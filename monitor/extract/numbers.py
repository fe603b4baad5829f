"""Quantities in a sentence: digits, number words, qualifiers, vague amounts.

`find_quantities(sentence)` returns every quantity with its character span so
that the count rules can look at the words around it. Deciding *what* a number
counts (people? years? money?) is the job of `counts.py`; this module only says
how much, how precisely, and flags shapes that are never head-counts (clock
times, decimals, ordinals, percentages, money).
"""
from __future__ import annotations

import re
from typing import NamedTuple

QUALIFIERS = ("exact", "more_than", "at_least", "about", "at_most")


class Quantity(NamedTuple):  # immutable; a tuple is several times cheaper to build than a frozen dataclass
    value: int | None          # None for vague amounts ("dozens")
    qualifier: str             # one of QUALIFIERS
    start: int                 # span of the whole phrase, qualifier included
    end: int
    num_start: int             # span of the number itself
    text: str
    vague: bool = False        # dozens, hundreds, many ...
    all_but: bool = False      # "all but nine": nine is the complement, not a count
    money: bool = False        # "$6 million", "€5"
    percent: bool = False      # "25%", "25 percent"
    decimal: bool = False      # "2.5" (not a head-count)
    clock: bool = False        # "3:00", "0:02:05"
    year_like: bool = False    # bare 1800..2100 without separators ("2020")

    @property
    def countable(self) -> bool:
        """Could this be a number of people at all?"""
        return (self.value is not None and not (self.vague or self.all_but or self.money
                or self.percent or self.decimal or self.clock))


# --- number words --------------------------------------------------------

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_SPECIAL = {"dozen": 12, "a dozen": 12, "half a dozen": 6, "a score": 20, "a couple of": 2, "a pair of": 2,
            "a couple": 2, "a pair": 2, "both": None}

_WORD_ATOM = "|".join(sorted(list(_UNITS) + list(_TENS), key=len, reverse=True))
_WORD_NUMBER = (
    rf"(?:(?:a[\s\-]+(?:hundred|thousand|million)|{_WORD_ATOM}(?:[\s\-]+(?:hundred|thousand|million))?)"
    rf"(?:[\s\-]+(?:and\s+)?(?:{_WORD_ATOM}|hundred|thousand|million)\b)*)"
)

# --- qualifiers -------------------------------------------------------------

_QUALIFIER_PHRASES = [
    ("more_than", r"more than|over|above|in excess of|upwards of|upward of|just over|well over|over a|exceeding|beyond"),
    ("at_least", r"at least|no fewer than|no less than|a minimum of|not less than|not fewer than"),
    ("about", r"about|around|some|roughly|approximately|approx\.|nearly|almost|close to|an estimated|estimated|"
              r"circa|just under|just shy of|more or less|up to about|around about|some\s+estimated"),
    ("at_most", r"up to|fewer than|less than|under|no more than|at most|as many as|a maximum of|not more than"),
]
# verbose-mode regex below ignores literal spaces, so spell them as \s+
_QUAL_RE = "|".join(
    f"(?P<{name}>{pattern.replace(' ', chr(92) + 's+')})" for name, pattern in _QUALIFIER_PHRASES
)

_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?!\d)"               # 1,227
    r"|\d{1,3}(?:\.\d{3})+(?![\d,])(?!\.\d)"    # 1.227 (German thousands)
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)"  # 1 227 (thin/no-break space)
    r"|\d+(?:\.\d+)?)"                          # 1227, 2.5
)
_QTY_RE = re.compile(
    rf"""
    (?P<allbut0>all\s+but\s+|all\s+except\s+)?    # ("all but about 800": a qualifier inside)
    (?P<qual>(?:{_QUAL_RE})\s+)?
    (?P<allbut>all\s+but\s+|all\s+except\s+)?
    (?P<money>[$€£¥]\s?|US\$\s?|USD\s?)?
    (?P<num>
        (?P<digits>{_DIGITS})(?:\s*(?P<dscale>hundred|thousand|million|billion|mln|bn|m|k)\b)?
      | (?P<special>half\ a\ dozen|a\ dozen|a\ score\ of|a\ couple\ of|a\ pair\ of|dozen)
      | (?P<words>{_WORD_NUMBER})(?P<wdozen>\s+dozen)?
    )
    (?P<pct>\s*(?:%|per\s?cent\b|percent\b|pct\b))?
    (?(pct)|(?P<plus>-plus\b|\+(?![\d+])|-odd\b))?
    """,
    re.I | re.X,
)
_CLOCK_RE = re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?")
_VAGUE_RE = re.compile(
    r"\b(?:tens of thousands|hundreds of thousands|dozens|scores|hundreds|thousands|millions|"
    r"a handful|several|numerous|countless)\b",
    re.I,
)
_VAGUE_STEMS = ("dozens", "scores", "hundreds", "thousands", "millions", "handful", "several", "numerous", "countless")
_MONEY_AFTER_RE = re.compile(r"\s*(?:dollars|euros|pounds|rubles|roubles|yuan|hryvnias?|usd|eur)\b", re.I)
_ORDINAL_AFTER_RE = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
           r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
_MONTH_BEFORE_RE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.I)
# a month that already has its day before it: "on Sunday 14 January 19 clergymen" -- the 19 is no day
_DAY_MONTH_BEFORE_RE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\.?\s*$", re.I)


_PARTICLE_VERB_RE = re.compile(
    r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?|t(?:ook|aken|ake|akes|aking)|pass(?:es|ed|ing)?|"
    r"brought|bring(?:s|ing)?|g(?:o|oes|went|one)|sign(?:s|ed|ing)?)\s+$",
    re.I,
)


def words_to_int(phrase: str) -> int | None:
    """'two hundred and fifty' -> 250, 'ninety-five' -> 95, 'a dozen' -> 12."""
    p = re.sub(r"\s+", " ", phrase.strip().lower().replace("-", " "))
    if p in _SPECIAL:
        return _SPECIAL[p]
    if p in ("a score of",):
        return 20
    total = 0
    current = 0
    seen = False
    for tok in p.split(" "):
        if tok == "and":
            continue
        if tok in ("a", "one") and not seen and tok == "a":
            current = 1
            seen = True
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
        elif tok in _TENS:
            current += _TENS[tok]
        elif tok == "dozen":
            current = (current or 1) * 12
        elif tok == "hundred":
            current = (current or 1) * 100
        elif tok in ("thousand", "million", "billion"):
            total += (current or 1) * _SCALES[tok]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_COMMA_GROUPS_RE = re.compile(r"\d{1,3}(?:,\d{3})+")
_POINT_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACE_GROUPS_RE = re.compile(r"\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+")
_SPACE_RE = re.compile(r"\s")


def parse_digits(text: str) -> tuple[int | None, bool]:
    """'1,227' / '1.227' / '1 227' / '1227' -> (1227, False); '2.5' -> (None, True) decimal."""
    t = text.strip()
    if t.isascii() and t.isdigit():
        return int(t), False
    if _COMMA_GROUPS_RE.fullmatch(t):
        return int(t.replace(",", "")), False
    if _POINT_GROUPS_RE.fullmatch(t):
        return int(t.replace(".", "")), False
    if _SPACE_GROUPS_RE.fullmatch(t):
        return int(_SPACE_RE.sub("", t)), False
    return None, True


def parse_number(text: str) -> int | None:
    """Value of a single number phrase, digits or words; None if not a number."""
    m = _QTY_RE.fullmatch(text.strip())
    if not m:
        return None
    q = _from_match(m, text.strip())
    return q.value if q and not q.vague else None


def _qualifier_of(m: re.Match) -> str:
    for name, _ in _QUALIFIER_PHRASES:
        if m.group(name):
            return name
    return "exact"


_SCALE_ABBR = {"hundred": 100, "thousand": 1000, "k": 1000, "million": 1_000_000, "mln": 1_000_000, "m": 1_000_000,
               "billion": 1_000_000_000, "bn": 1_000_000_000}


def _from_match(m: re.Match, sentence: str) -> Quantity | None:
    qualifier = _qualifier_of(m) if m.group("qual") else "exact"
    if m.group("plus") and qualifier == "exact":
        qualifier = "about" if m.group("plus").endswith("odd") else "more_than"  # "200-plus", "200+", "30-odd"
    decimal = False
    if m.group("digits"):
        raw = m.group("digits")
        value, decimal = parse_digits(raw)
        scale = (m.group("dscale") or "").lower()
        if scale:
            mult = _SCALE_ABBR[scale]
            number = float(raw.replace(",", "")) if decimal else value
            value = int(round(number * mult)) if number is not None else None
            decimal = False
    elif m.group("special"):
        value = words_to_int(m.group("special"))
    else:
        value = words_to_int(m.group("words"))
        if value is not None and m.group("wdozen"):
            value *= 12  # "two dozen"
    if value is None and not decimal:
        return None
    return Quantity(
        value=value,
        qualifier=qualifier,
        start=m.start(),
        end=m.end(),
        num_start=m.start("num"),
        text=m.group(0),
        all_but=bool(m.group("allbut") or m.group("allbut0")),
        money=bool(m.group("money")) or bool(_MONEY_AFTER_RE.match(sentence, m.end())),
        percent=bool(m.group("pct")),
        decimal=decimal,
        year_like=_is_year(m.group("digits")) and not m.group("dscale"),
    )


def _is_year(digits: str | None) -> bool:
    """A bare 1800..2099 written without separators ('2020')."""
    return bool(digits) and len(digits) == 4 and digits.isdigit() and 1800 <= int(digits) <= 2099


def _word_ok(sentence: str, start: int, end: int) -> bool:
    """Reject matches glued inside a word ('someone', 'tone')."""
    before = sentence[start - 1] if start > 0 else " "
    after = sentence[end] if end < len(sentence) else " "
    if before == "-" and start >= 2 and sentence[start - 2].isupper():
        return False  # a code, not a count: flight IC-814, an F-16, MH-17
    return not (before.isalnum() or before in "_") and not (after.isalpha())


# Where a quantity can be: a digit or a number word. Matching the full pattern only
# at these anchors (after looking back for a qualifier) is much faster than
# scanning every position with it.
# The lookahead on the first letter lets the scanner skip most positions without trying each word.
_ANCHOR_RE = re.compile(rf"\d|\b(?=[efhmnostdz])(?:{_WORD_ATOM}|hundred|thousand|million|dozen)\b")  # on lowercased text
_QUAL_PLAIN = "|".join(pattern.replace(" ", r"\s+") for _, pattern in _QUALIFIER_PHRASES)
_BACK_RE = re.compile(
    rf"(?:\ball\s+(?:but|except)\s+)?(?:\b(?:{_QUAL_PLAIN})\s+)?(?:\ball\s+(?:but|except)\s+)?(?:(?:[$€£¥]|US\$|USD)\s?)?"
    rf"(?:\b(?:half\s+)?a\s+)?$",
    re.I,
)


# Last word of every phrase that can stand before a number ("more than", "at least", "all but", "a dozen").
_PREFIX_LAST_WORDS = frozenset(
    [alt.split()[-1].replace("\\.", ".") for _, pattern in _QUALIFIER_PHRASES for alt in pattern.split("|")]
    + ["but", "except", "a", "half", "usd"]
)


def _may_have_prefix(low: str, lo: int, p: int) -> bool:
    """Cheap test before the backwards qualifier search: is the word before the number one that can end a
    qualifier, or is the number glued to a sign ('$6')?"""
    if p == 0:
        return False
    if not low[p - 1].isspace():
        return True
    word_end = p - 1
    while word_end > lo and low[word_end - 1].isspace():
        word_end -= 1
    word_start = low.rfind(" ", lo, word_end) + 1
    return low[max(word_start, lo):word_end] in _PREFIX_LAST_WORDS


def _matches(sentence: str):
    """_QTY_RE matches left to right, non-overlapping, as finditer would give them."""
    pos = 0
    low = sentence.lower()
    if len(low) != len(sentence):  # a few characters change length when lowercased
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in sentence)
    for a in _ANCHOR_RE.finditer(low):
        p = a.start()
        if p < pos:
            continue
        lo = max(pos, p - 40)
        back = _BACK_RE.search(sentence, lo, p) if _may_have_prefix(low, lo, p) else None
        start = back.start() if back else p
        m = _QTY_RE.match(sentence, start)
        if (m is None or m.end() <= p) and start != p:
            m = _QTY_RE.match(sentence, p)
        if m is None or m.end() <= p:
            continue
        pos = m.end()
        yield m


_OR_SO_RE = re.compile(r"\s+or\s+(so|more)\b")


def find_quantities(sentence: str) -> list[Quantity]:
    """All quantities in a sentence, left to right, non-overlapping."""
    out: list[Quantity] = []
    clock_spans = [(c.start(), c.end()) for c in _CLOCK_RE.finditer(sentence)] if ":" in sentence else []
    for m in _matches(sentence):
        if not _word_ok(sentence, m.start(), m.end()):
            # allow "114-year" style hyphen after a number, and "%"
            after = sentence[m.end()] if m.end() < len(sentence) else " "
            before = sentence[m.start() - 1] if m.start() > 0 else " "
            if before.isalnum() or not (after in "-%" or not after.isalpha()) or (
                    before == "-" and m.start() >= 2 and sentence[m.start() - 2].isupper()):
                continue
        digits = m.group("digits") or ""
        if re.search(r"\s", digits) and _MONTH_BEFORE_RE.search(sentence[: m.start("num")]):
            # "December 13 123 ..." is a day then a number, not 13,123
            for part in re.finditer(r"\d+", digits):
                a, b = m.start("digits") + part.start(), m.start("digits") + part.end()
                out.append(Quantity(int(part.group()), "exact", a, b, a, part.group()))
            continue
        if m.group("digits") and _ORDINAL_AFTER_RE.match(sentence, m.end("num")):
            continue  # 13th, 2nd
        q = _from_match(m, sentence)
        if q is None:
            continue
        qual = (m.group("qual") or "").strip().lower()
        if qual in ("over", "under", "about") and _PARTICLE_VERB_RE.search(sentence[: m.start()]):
            # "handed over 95", "brought about" — a verb particle, not a qualifier
            q = _replace(q, qualifier="exact", start=q.num_start, text=sentence[q.num_start:q.end])
        if any(s <= q.num_start < e for s, e in clock_spans):
            q = _replace(q, clock=True)
        if q.value is not None and " or " in sentence[q.end:q.end + 4]:
            tail = _OR_SO_RE.match(sentence, q.end)
            if tail:  # "450 or so prisoners", "20 or more hostages": the noun comes after the hedge
                qual = q.qualifier if q.qualifier != "exact" else ("about" if tail.group(1) == "so" else "at_least")
                q = _replace(q, qualifier=qual, end=tail.end(), text=sentence[q.start:tail.end()])
        out.append(q)
    if len(out) >= 2:
        _mark_ranges(sentence, out)
    low = sentence.lower()
    if not any(k in low for k in _VAGUE_STEMS):
        return out
    for v in _VAGUE_RE.finditer(sentence):
        if not any(q.start <= v.start() < q.end for q in out):
            out.append(Quantity(None, "about", v.start(), v.end(), v.start(), v.group(0), vague=True))
    out.sort(key=lambda q: q.start)
    return out


_RANGE_BETWEEN_RE = re.compile(r"\bbetween\s+$", re.I)
_FROM_BEFORE_RE = re.compile(r"\bfrom\s+$", re.I)
_RANGE_JOIN_RE = re.compile(r"\s*(?:and|to|or|-|–)\s*$", re.I)


def _mark_ranges(sentence: str, out: list[Quantity]) -> None:
    """'between 50 and 60 prisoners', '50 to 60 prisoners': neither end is the count; both become vague."""
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        join = sentence[a.end:b.start]
        if not _RANGE_JOIN_RE.fullmatch(join) or a.value is None or b.value is None or a.value >= b.value:
            continue
        if _RANGE_BETWEEN_RE.search(sentence, max(0, a.start - 10), a.start) or (
                join.strip() in ("to", "-", "–") and b.qualifier == "exact"
                and not _FROM_BEFORE_RE.search(sentence, max(0, a.start - 8), a.start)):  # "rose from 1,100 to 1,200"
            out[i] = a._replace(vague=True)
            out[i + 1] = b._replace(vague=True)


def _replace(q: Quantity, **kw) -> Quantity:
    return q._replace(**kw)


def is_after_month(sentence: str, q: Quantity) -> bool:
    """'December 13', 'Dec. 13' — a day of month, not a count ('14 January 19 clergymen': a count)."""
    before = sentence[: q.num_start]
    return bool(_MONTH_BEFORE_RE.search(before)) and not _DAY_MONTH_BEFORE_RE.search(before)
