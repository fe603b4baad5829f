"""Count claims in release reporting: how many were freed, moved, exchanged, still held.

A count is one quantity in one sentence that the surrounding words tie to people
in captivity and to what happened to them. The rules read the clause around the
number: the verb before it (object position: "Belarus released 123 ..."), the
verb after its noun phrase (subject position: "114 were taken to Ukraine"), and
markers that push the figure to another event ("a previous release last month").

Scope is conservative on purpose: anything that looks like an earlier, planned,
demanded or cumulative figure becomes `other_event`, which keeps it out of the
current event's fact row.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from monitor.extract.event import country_of, is_demonym
from monitor.extract.numbers import Quantity, find_quantities, is_after_month

# --- vocabulary ----------------------------------------------------------

# People in or out of captivity; what a head-count counts.
_CAPTIVE_NOUNS = (
    r"prisoners?\s+of\s+war|(?:political\s+)?prisoners?|detainees?|inmates?|hostages?|captives?|convicts?|"
    r"pows?|abductees?|internees?|political\s+detainees?"
)
_PEOPLE_NOUNS = (
    _CAPTIVE_NOUNS
    + r"|people|persons?|individuals?|citizens?|nationals?|foreigners?|civilians?|residents?|"
    r"soldiers?|servicem[ae]n|service\s?members?|servicewom[ae]n|troops|fighters?|militants?|combatants?|"
    r"defenders?|sailors?|marines?|seamen|officers?|guardsmen|conscripts?|mercenaries|"
    r"men|women|children|minors|teenagers|teens|boys|girls|elderly|"
    r"journalists?|reporters?|activists?|dissidents?|protesters?|demonstrators?|opponents?|critics?|"
    r"students?|priests?|clerics?|clergymen|monks?|nuns?|bloggers?|lawyers?|doctors?|workers?|"
    r"aid\s+workers?|crew(?:\s+members)?|sailors?|fishermen|tourists?|travell?ers?|migrants?|deportees?|"
    r"refugees?|exiles?|asylum\s+seekers?|spies|agents?|servicepeople|"
    r"dual\s+nationals?|dual\s+citizens?|opposition\s+(?:figures?|members?|activists?|politicians?|leaders?)|"
    r"others|more|of\s+them|of\s+those"
)
# Who can be said to be held ("8,000 Ukrainians remain in Russian captivity").
_HOLDABLE_NOUNS = (_CAPTIVE_NOUNS + r"|people|persons|individuals|citizens|nationals|civilians|soldiers|"
                   r"servicem[ae]n|service\s?members|troops|fighters|defenders|foreigners")
# Nationality plurals after a number: "10 Americans", "five Britons", "two Japanese".
_DEMONYM = r"[A-Z][a-z]+(?:ians|eans|ans|ese|is|ons|ers|es|ks|ts|ch|sh|ss)"
_MODIFIER = (
    r"(?:more|other|additional|further|remaining|living|surviving|jailed|detained|imprisoned|held|captive|"
    r"freed|released|wounded|injured|sick|ill|elderly|young|female|male|foreign|political|"
    r"[A-Z](?:\.[A-Z])+\.?|[A-Z][a-zA-Z\-]+|[a-z\-]+(?:al|an|ian|ese|ish|ic|ive|ent|ant|ous|ary|ory))"
)
_HEAD_RE = re.compile(
    rf"\s*(?:-\s*)?(?:{_MODIFIER}(?:\s*,\s*|\s+and\s+|\s+|-)){{0,4}}(?P<noun>(?i:{_PEOPLE_NOUNS})|{_DEMONYM})\b",
)
# Words right after a number that make it a measure, not a head-count.
_UNIT_RE = re.compile(
    r"^\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
    r"year-old|-year|percent|per\s*cent|%|times|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|tons?|tonnes?|"
    r"dollars?|euros?|pounds?|rubles?|roubles?|points?|votes?|seats?|charges?|counts?|articles?|cases?|"
    r"sanctions?|countries|nations|states|cities|regions|provinces|pages?|rounds?|exchanges?|swaps?|"
    r"releases?|deals?|phases?|stages?|sentences?|terms?|a\.?m\.?|p\.?m\.?|GMT|UTC|o'clock|"
    r"billion|million|thousand|bodies|remains|of\s+the\s+bodies|planes?|flights?|buses|vehicles?|"
    r"st|nd|rd|th|x\d+)\b",
    re.I,
)

_RELEASE_VERBS = (
    r"releas(?:e|es|ed|ing)|free(?:s|d|ing)?|set\s+free|let\s+go|pardon(?:s|ed|ing)?|liberat(?:e|es|ed|ing)|"
    r"amnest(?:y|ied)|grant(?:ed)?\s+clemency|handed\s+over|hand(?:s|ed)?\s+over|handing\s+over|"
    r"return(?:s|ed|ing)?(?:\s+home)?|repatriat(?:e|es|ed|ing)|brought\s+(?:back|home)|bring(?:s|ing)?\s+(?:back|home)|"
    r"walked\s+free|came\s+home|come\s+home|went\s+home|arrived\s+home|reunited|"
    r"discharg(?:e|ed)|unshackled|let\s+out|sprung|regained\s+(?:their|his|her)\s+freedom"
)
_RELEASE_NOUNS = r"release|releases|freeing|liberation|handover|hand-over|return|repatriation|pardon|amnesty"
_EXCHANGE_WORDS = r"swap(?:s|ped|ping)?|exchang(?:e|es|ed|ing)|trad(?:e|ed|es|ing)"
_TRANSFER_VERBS = (
    r"taken|took|flown|flew|sent|transferred|moved|deported|expelled|brought|bussed|driven|escorted|"
    r"relocated|evacuated|travell?ed|travel|went|gone|crossed|arrived|left|leave|headed|handed|delivered|"
    r"transported|exiled|forced\s+out"
)
_HELD_STATE = (
    r"held|detained|imprisoned|jailed|incarcerated|behind\s+bars|in\s+(?:custody|prison|jail|detention|captivity)|"
    r"captive|in\s+(?:Gaza|\w+\s+prisons?)|locked\s+up"
)
_EXCLUDE_VERBS = (
    r"arrest(?:ed|s|ing)?|sentenc(?:ed|es|ing)|convict(?:ed|s)|charg(?:ed|es)|kill(?:ed|s|ing)|died|dead|"
    r"execut(?:ed|es)|wounded|injured|captur(?:ed|es|ing)|abduct(?:ed|s)|kidnapp?(?:ed|s)|seiz(?:ed|es)|"
    r"designat(?:ed|es|ing)|recogni[sz](?:ed|es)\s+as|declared|labell?ed|added|missing|aged|age|"
    r"took\s+hostage|taken\s+hostage|taken\s+captive|taken\s+prisoner|rounded\s+up|detain(?:s|ing)?|"
    r"tortur(?:ed|es)|mistreated|disappeared|deceased|murdered|feared\s+dead|believed\s+dead|confirmed\s+dead"
)
_PLACE = r"(?:(?:the\s+)?(?:neighbou?ring|nearby|fellow|western|eastern|southern|northern|EU\s+member)\s+)?(?:the\s+)?(?P<place>[A-Z][\w'’\-]+(?:\s+(?:of\s+)?[A-Z][\w'’\-]+){0,2})"
# Capitalised words that follow "to" but are not places.
_NOT_PLACES = {
    "The", "A", "An", "Their", "His", "Her", "Its", "Our", "This", "That", "These", "Those", "Red", "Cross",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
    "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    "President", "Prime", "Minister", "Freedom", "Safety", "Israeli", "Ukrainian", "Russian", "US",
}

_C = re.I
_TRANSFER_RIGHT_RE = re.compile(
    rf"\b(?:{_TRANSFER_VERBS})\b(?:\s+(?:back|out|over|abroad|directly|immediately|later|first|then|on))?"
    rf"(?:\s+(?:of\s+)?[A-Z][\w'’\-]+)?(?:\s+\w+){{0,3}}?\s+(?:to|into|for|in)\s+{_PLACE}",
)
_TRANSFER_LEFT_RE = re.compile(
    rf"(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})\s+(?:has\s+|had\s+|have\s+)?(?:received|receives|took\s+in|takes\s+in|accepted|welcomed|admitted|got)\s+(?:\w+\s+){{0,2}}$",
)
_ELIDED_TRANSFER_RE = re.compile(rf"\s*(?:more\s+|others?\s+|of\s+them\s+|people\s+|prisoners\s+)?(?:to|into|in)\s+{_PLACE}")
_QUAL_TAIL = r"(?:(?:a\s+total\s+of|an?\s+(?:additional|further|estimated)|another|the|some|all|at\s+least|more\s+than|over|about|around|nearly|almost|roughly|up\s+to|as\s+many\s+as|only|just|exactly|precisely|some)\s+)*"
_LEFT_RELEASE_RE = re.compile(
    rf"\b(?:{_RELEASE_VERBS}|{_EXCHANGE_WORDS})\s+(?:(?:back|home|over|out|free)\s+)?{_QUAL_TAIL}$", _C
)
_LEFT_RELEASE_NOUN_RE = re.compile(
    rf"\b(?:{_RELEASE_NOUNS}|{_EXCHANGE_WORDS})\s+(?:of|involving|including|covering|for)\s+{_QUAL_TAIL}$", _C
)
_LEFT_EVENT_SUBJECT_RE = re.compile(
    rf"\b(?:{_RELEASE_NOUNS}|{_EXCHANGE_WORDS}|deal|agreement|operation|handover)\s+"
    rf"(?:has\s+|had\s+|have\s+)?(?:involved|involves|included|includes|covered|covers|saw|sees|freed|affected|"
    rf"concerned|concerns|brought\s+home|brought\s+back|returned|comprised|comprises|consisted\s+of|totall?ed)\s+{_QUAL_TAIL}$",
    _C,
)
_LEFT_AMONG_RE = re.compile(rf"\b(?:among|one\s+of|part\s+of|two\s+of|several\s+of)\s+{_QUAL_TAIL}$", _C)
_RIGHT_RELEASE_RE = re.compile(rf"\b(?:{_RELEASE_VERBS})\b", _C)
_EXCHANGE_ANY_RE = re.compile(rf"\b(?:{_EXCHANGE_WORDS})\b", _C)
_HELD_LEFT_RE = re.compile(
    rf"(?:\bthere\s+(?:are|were|is|was|remain|remained|still\s+are)(?:\s+still|\s+now|\s+currently)?|"
    rf"\b(?:has|had|have|holds?|held|keeps?|kept|is\s+holding|are\s+holding|was\s+holding|were\s+holding|still\s+holds?|"
    rf"still\s+holding|continues\s+to\s+hold|continue\s+to\s+hold|counts?|counted|estimates?|estimated|lists?|listed|"
    rf"recogni[sz]es|tallies|numbers?|stands?\s+at|stood\s+at|totals?|is|was|are|were|remains?|rose\s+to|fell\s+to|"
    rf"reached|reaches|increased\s+to|decreased\s+to|dropped\s+to)\b)\s+{_QUAL_TAIL}$",
    _C,
)
_HELD_RIGHT_RE = re.compile(
    rf"^[^,;]*?\b(?:(?:are|were|is|was|remain|remained|remaining|being|have\s+been|had\s+been|still|currently|continue\s+to\s+be)\s+)+"
    rf"(?:still\s+|currently\s+|being\s+|now\s+)*(?:{_HELD_STATE}|in\s+(?:Belarus|Russia|Iran|Venezuela)|behind)\b"
    rf"|^[^,;]*?\b(?:remain|remained|are\s+still|were\s+still|still\s+remain)\b",
    _C,
)
_RELATIVE_HELD_RE = re.compile(rf"\b(?:who|that|which)\s+(?:\w+\s+){{0,3}}(?:{_HELD_STATE})", _C)
_EXCLUDE_LEFT_RE = re.compile(rf"\b(?:{_EXCLUDE_VERBS})\s+{_QUAL_TAIL}$", _C)
_SUBSET_LEFT_RE = re.compile(
    r"(?:\bincluding|\bincludes|\bincluded|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+which|\bsuch\s+as|"
    r"\bamong\s+those(?:\s+\w+)?|\bincluding\s+at\s+least)\s*,?\s*" + _QUAL_TAIL + "$",
    _C,
)
_SUBSET_RIGHT_RE = re.compile(r"\s*(?:of\s+(?:them|those|whom|the|these)\b|of\s+\d|of\s+[A-Z]\w+['’]s\b)", _C)
_OWN_PARTITIVE_RE = re.compile(
    rf"\s+of\s+(?:its|their|our|his|her|Ukraine['’]s|[A-Z]\w+['’]s?)\s+(?:(?:{_MODIFIER})\s+){{0,3}}(?P<noun>(?i:{_PEOPLE_NOUNS})|{_DEMONYM})\b"
)
_PARTITIVE_RE = re.compile(
    rf"\s+of\s+(?:the|those|these|them|whom)(?:\s+(?:{_MODIFIER}|\d[\d,]*))*(?:\s+(?i:{_PEOPLE_NOUNS})\b)?"
)
_NUMBER_OF_HELD_RE = re.compile(
    rf"\bnumber\s+of\s+(?:\w+\s+){{0,2}}(?:{_CAPTIVE_NOUNS})\b[^,;]{{0,60}}?\b(?:stands\s+at|stood\s+at|is|was|at|"
    rf"rose\s+to|reached|totals?|totalled|has\s+grown\s+to|fell\s+to|dropped\s+to)\s+{_QUAL_TAIL}$",
    re.I,
)
_DEAD_LEFT_RE = re.compile(r"\b(?:bodies|body|remains|corpses|coffins)\s+of\s+(?:the\s+)?(?:" + _QUAL_TAIL + r")$", re.I)
_DEAD_MOD_RE = re.compile(r"\b(?:dead|deceased|slain|killed|fallen|murdered)\b", re.I)
_AFTER_RELATIVE_RELEASE_RE = re.compile(
    rf"\s*,?\s*(?:who|that|which)\b[^;]{{0,100}}?\b(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got)\s+"
    rf"(?:\w+\s+)?(?:{_RELEASE_VERBS})\b",
    re.I,
)
_AS_PRISONERS_RE = re.compile(rf"\s+as\s+(?:{_CAPTIVE_NOUNS})\b", re.I)
_EACH_RE = re.compile(r"\beach\b", _C)
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:[\s\-]+[a-z]+)?")
_N_FOR_N_RE = re.compile(rf"\s*(?:-\s*for\s*-\s*|\s+for\s+)(?:\d[\d,.]*|{_NUMBER_WORD})\b(?!\s+(?:years?|months?|days?))", _C)
_APPOSITIVE_LEFT_RE = re.compile(r"[A-Z][\w'’\-]+\s*\)?\s*,\s*$|\band\s+[A-Z][\w'’\-]+\s*,\s*$")

# --- scope markers -------------------------------------------------------

_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]
_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_OTHER_EVENT_RE = re.compile(
    r"\b(?:previous|earlier|prior|past|former|last|first)\s+(?:\w+\s+)?(?:release|releases|exchange|exchanges|swap|swaps|"
    r"round|rounds|deal|batch|group|handover|amnesty|pardons?|agreement|wave)\b"
    r"|\blast\s+(?:week|month|year|summer|spring|autumn|fall|winter|time|" + _MONTH_RE + r")\b"
    r"|\b(?:a|one|two|three|several)\s+(?:weeks?|months?|years?|days?)\s+(?:ago|earlier|before)\b"
    r"|\bearlier\s+(?:this|last|in)\s+(?:week|month|year|" + _MONTH_RE + r"|\d{4})\b"
    r"|\bin\s+recent\s+(?:days|weeks|months|years)\b"
    r"|\b(?:had|have|has)\s+(?:\w+\s+)?(?:recently|previously|already|earlier)\b"
    r"|\b(?:previously|already)\s+(?:been\s+)?(?:released|freed|pardoned|exchanged|swapped)\b"
    r"|\b(?:over|during|in|within)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?|decade)\b"
    r"|\b(?:this\s+year|this\s+month|in\s+(?:19|20)\d\d)\s+alone\b"
    r"|\bso\s+far\b|\bto\s+date\b|\bin\s+total\s+since\b|\bcumulative|\ball\s+told\b"
    r"|\bbring(?:s|ing)?\s+(?:the\s+)?(?:total|number|tally|overall|count)\b|\bbring(?:s|ing)?\s+to\s+\S+\s+the\s+(?:total|number)\b"
    r"|\btotal\s+(?:number\s+)?(?:of\s+\w+\s+){0,2}(?:released|freed|pardoned|exchanged|returned)\s+(?:since|so\s+far|to\s+date|this\s+year)\b"
    r"|\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_RE + r"|\d{4}|last|then|the\s+(?:start|beginning|war|ceasefire|truce|invasion|outbreak|full-scale|conflict|summer|spring|autumn|fall|winter)|it\s+began|they\s+began)\b",
    re.I,
)
# "the first to be freed" describes order, not a plan
_NOT_PLANNED_RE = re.compile(r"\b(?:first|last|latest|only|second|third)\s+(?:\w+\s+){0,2}to\s+be\s+\w+$", re.I)
_SUPERLATIVE_SINCE_RE = re.compile(r"\b(?:largest|biggest|first|most|highest|greatest|major|only|latest|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b[^,;]{0,40}\bsince\b", re.I)
_PLANNED_RE = re.compile(
    r"\b(?:will|would|shall|could|may|might|to\s+be|is\s+to|are\s+to|set\s+to|expected\s+to|due\s+to|plans?\s+to|"
    r"planned\s+to|planning\s+to|agreed\s+to|agree\s+to|promised\s+to|pledged\s+to|aims?\s+to|intends?\s+to|"
    r"ready\s+to|offered\s+to|proposed\s+to|scheduled\s+to|slated\s+to|poised\s+to|prepared\s+to|"
    r"foresees?|envisages?|envisions?|provides?\s+for|would\s+see|will\s+see|calls?\s+for)\s+"
    r"(?:\w+\s+){0,2}?(?:be\s+)?(?:releas|free|pardon|exchang|swap|hand|return|transfer|let|set)",
    re.I,
)
_DEMAND_RE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|want(?:s|ed)?|"
    r"push(?:es|ed|ing)?\s+for|negotiat(?:e|es|ed|ing)\s+for|campaign(?:s|ed|ing)?\s+for|appeal(?:s|ed)?\s+for)\b",
    re.I,
)
_YEAR_RE = re.compile(r"\b(?:in|during|since|by|of)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_RE + r"\s+)?((?:19|20)\d\d)\b", re.I)
_IN_MONTH_RE = re.compile(r"\b(?:in|during|since|by)\s+(?:(?:early|late|mid-?)\s*)?(" + _MONTH_RE + r")\b(?!\s+\d)", re.I)
_AS_OF_RE = re.compile(
    r"\b(?:as\s+of|as\s+at|at\s+the\s+end\s+of|by\s+the\s+end\s+of|by|until|on)\s+"
    r"(?:(?P<d1>\d{1,2})\s+(?P<m1>" + _MONTH_RE + r")|(?P<m2>" + _MONTH_RE + r")\.?\s+(?P<d2>\d{1,2})(?!\d)|(?P<m3>" + _MONTH_RE + r"))"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?",
    re.I,
)
_BEFORE_REL_RE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+|this\s+|[A-Z]\w+['’]s\s+|Saturday['’]s\s+)?(?:latest\s+|recent\s+|last\s+)?(?:\w+\s+)?(?:release|releases|exchange|swap|handover|deal|pardon)s?\b", re.I)

_HARD_BREAK_RE = re.compile(r"\s*(?:;|:\s|\s[—–]\s|—|\(|\)|\bwhile\b|\bwhereas\b|\bbut\b|\balthough\b)\s*", re.I)


@lru_cache(maxsize=2048)
def _break_spans(sentence: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """(hard clause breaks, ', ' breaks) of a sentence, computed once per sentence."""
    hard = tuple(m.span() for m in _HARD_BREAK_RE.finditer(sentence))
    commas = tuple(m.span() for m in re.finditer(r",\s", sentence))
    return hard, commas


def _clause_bounds(sentence: str, start: int, end: int, *, commas: bool) -> tuple[int, int]:
    """Span of the clause holding [start, end): hard breaks, and ', ' when commas=True."""
    lo, hi = 0, len(sentence)
    hard, comma = _break_spans(sentence)
    for a, b in hard:
        if b <= start:
            lo = max(lo, b)
        elif a >= end:
            hi = min(hi, a)
            break
    if commas:
        for a, b in comma:
            if lo < b <= start:
                lo = b
            elif a >= end and a < hi:
                hi = a
                break
    return lo, hi


def _month_num(word: str) -> int:
    w = word.lower().rstrip(".")[:3]
    return [m[:3] for m in _MONTH_NAMES].index(w) + 1


def resolve_as_of(sentence: str, published: str | None) -> str | None:
    """'as of November 30' -> '2025-11-30' using the publication year (previous year if in the future)."""
    m = _AS_OF_RE.search(sentence)
    if not m or not m.group(0).lower().startswith(("as ", "at ", "by the")):
        return None
    month = m.group("m1") or m.group("m2") or m.group("m3")
    day = m.group("d1") or m.group("d2")
    year = int(m.group("y")) if m.group("y") else None
    pub = _parse_iso(published)
    mon = _month_num(month)
    if year is None:
        if pub is None:
            return None
        year = pub.year if (mon, int(day or 1)) <= (pub.month, pub.day) else pub.year - 1
    if day:
        try:
            return date(year, mon, int(day)).isoformat()
        except ValueError:
            return None
    return f"{year:04d}-{mon:02d}"


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# --- classification --------------------------------------------------------

def _is_measure(sentence: str, q: Quantity) -> bool:
    if not q.countable or is_after_month(sentence, q):
        return True
    after = sentence[q.end:q.end + 40]
    if _UNIT_RE.match(after):
        return True
    if re.match(r"^\s*(?:" + _MONTH_RE + r")\b", after, re.I):  # "13 December"
        return True
    if q.year_like and not re.match(r"^\s+(?:political\s+)?(?:prisoners|detainees|hostages|people|inmates)\b", after, re.I):
        return True
    before = sentence[max(0, q.start - 12):q.start]
    if re.search(r"(?:\bNo\.|#|\bnumber|\bArticle|\bpage|\bpart|\bage|\baged)\s*$", before, re.I):
        return True
    return False


def _destination(place: str) -> str | None:
    words = place.split()
    while words and words[-1] in _NOT_PLACES:
        words.pop()
    while words and words[0] in _NOT_PLACES:
        words.pop(0)
    if not words:
        return None
    place = re.sub(r"['’]s?$", "", " ".join(words)).strip()
    if is_demonym(place.split()[0]):  # "handed over to Lithuanian officials"
        return country_of(place.split()[0])
    country = country_of(place)
    if country and country != place:
        return f"{place}, {country}"  # "flown to Vilnius" -> "Vilnius, Lithuania": both levels stay findable
    return place or None


def _country_part(dest: str | None) -> str | None:
    """The country of a destination ('Vilnius, Lithuania' -> 'Lithuania'; 'Ukraine' -> 'Ukraine')."""
    if not dest:
        return None
    tail = dest.rsplit(", ", 1)[-1]
    return country_of(tail) or tail


def _classify(sentence: str, q: Quantity, transfer_seen: bool) -> tuple[str, str | None] | None:
    """(metric, destination) for a quantity, or None if it is not a count of people."""
    lo, hi = _clause_bounds(sentence, q.start, q.end, commas=True)
    wlo, whi = _clause_bounds(sentence, q.start, q.end, commas=False)
    left = sentence[lo:q.start]
    wide_left = sentence[wlo:q.start]
    right = sentence[q.end:hi]
    wide_right = sentence[q.end:whi]
    head = _HEAD_RE.match(sentence, q.end) or _OWN_PARTITIVE_RE.match(sentence, q.end)
    noun = head.group("noun") if head else None
    head_end = head.end() if head else q.end
    part = None if head else _PARTITIVE_RE.match(sentence, q.end)
    if part:  # "Eight of the freed prisoners were flown to Germany": the verb follows the partitive
        head_end = part.end()
    rest = sentence[head_end:hi]  # what follows the noun phrase: usually its verb
    if not rest.strip():
        rest = _after_aside(sentence, hi) or _after_comma_aside(sentence, hi) or rest
    captive = bool(noun and re.fullmatch(_CAPTIVE_NOUNS, noun, re.I))
    holdable = bool(noun and (re.fullmatch(_HOLDABLE_NOUNS, noun, re.I) or re.fullmatch(_DEMONYM, noun)))

    if _EXCLUDE_LEFT_RE.search(left) or _DEAD_LEFT_RE.search(left):
        return None
    if noun and _DEAD_MOD_RE.search(sentence[q.end:head_end]):
        return None  # "28 deceased hostages": remains, not people to free or hold
    # "95 for 95", "a 1,000-for-1,000 exchange"
    if _N_FOR_N_RE.match(sentence, q.end) and (noun or _EXCHANGE_ANY_RE.search(sentence)):
        return "exchanged", None

    # Transfers: "Ukraine received 114", "114 were taken to Ukraine", "and nine to Lithuania".
    m = _TRANSFER_LEFT_RE.search(wide_left)
    if m and (noun or not right.strip() or re.match(r"^\s*(?:of|from|released|freed|who|on|at|in)\b", right)):
        dest = _destination(m.group("place"))
        if dest:
            return "transferred", dest
    if noun or re.match(rf"^\s*(?:were|was|have|had|are|will|of\s+them|of\s+those|of\s+the\b|others?|more|people|{_TRANSFER_VERBS})\b", right):
        m = _TRANSFER_RIGHT_RE.search(rest)
        if m and not _RIGHT_RELEASE_RE.search(rest[: m.start()]) and not _LEFT_RELEASE_RE.search(left):
            dest = _destination(m.group("place"))
            if dest and not _home_country(noun, dest):
                return "transferred", dest
    if transfer_seen and re.search(r"(?:\band|,)\s*$", wide_left):
        m = _ELIDED_TRANSFER_RE.match(sentence, q.end)
        if m:
            dest = _destination(m.group("place"))
            if dest:
                return "transferred", dest

    if _NUMBER_OF_HELD_RE.search(wide_left) and not _RIGHT_RELEASE_RE.search(left):
        return "held", None
    if noun and _AS_PRISONERS_RE.match(sentence, head_end) and _HELD_LEFT_RE.search(left) \
            and not re.match(r"\s*new\b", sentence[q.end:q.end + 6], re.I):
        return "held", None  # "Viasna recognises 1,177 people as political prisoners"
    if _SUBSET_LEFT_RE.search(left):
        return None
    if _SUBSET_RIGHT_RE.match(sentence, q.end):
        if _LEFT_RELEASE_RE.search(left) and not _EXCHANGE_ANY_RE.search(left[-30:]):
            return "released", None  # "Hamas released 3 of the 98 hostages": the freed part is this release
        return None
    if _APPOSITIVE_LEFT_RE.search(sentence[: q.start]) and not _LEFT_RELEASE_RE.search(left):
        return None  # "Maria and Viktar, two opposition leaders freed ..." describes named people
    bare_ok = not noun and _bare_count_ok(sentence, q, left, right)
    if not noun and not bare_ok:
        return None
    if noun and re.match(r"\s*new\b", sentence[q.end:q.end + 6], re.I):
        return None  # "150 new individuals" are newly designated, not freed
    if noun and re.match(r"['’]s?(?!\w)", sentence[head_end:head_end + 2]):
        return None  # "the 2 French nationals' belongings": possessive, not a head-count

    # Held: "there were 1,227 political prisoners", "1,222 ... were being held", "Hamas still holds 59".
    if captive or bare_ok or holdable:
        if (captive or bare_ok) and _HELD_LEFT_RE.search(left) and not _LEFT_RELEASE_RE.search(left):
            return "held", None
        hm = _HELD_RIGHT_RE.search(rest)
        if hm and not _RELATIVE_HELD_RE.match(rest.lstrip()):
            rel = _RIGHT_RELEASE_RE.search(rest)
            if not rel or rel.start() > hm.end():
                return "held", None

    if _LEFT_RELEASE_RE.search(left) or _LEFT_RELEASE_NOUN_RE.search(left) or _LEFT_EVENT_SUBJECT_RE.search(wide_left):
        if _EACH_RE.search(left[-20:]) or _EACH_RE.match(sentence[q.end:], 0) or re.match(r"^\s*\w*\s*\w+\s+each\b", sentence[q.end:]):
            return "exchanged", None
        if _EXCHANGE_ANY_RE.search(left[-30:]):
            return "exchanged", None
        return "released", None
    if re.match(r"^\s*(?:were|are|was|is)\s+(?:also\s+)?among\b", rest, re.I):
        return None  # "8 Americans were among those freed": a subset of the freed
    if _AFTER_RELATIVE_RELEASE_RE.match(rest):
        return "released", None  # "Five Americans who had been detained in Iran for years were released"
    if re.match(r"^\s*(?:[\w\-]+\s+){0,4}?(?:who\s+|that\s+)?(?:were|was|have\s+been|had\s+been|are|is|being|has\s+been|got|will\s+be)?\s*"
                rf"(?:all\s+|also\s+|later\s+|finally\s+|reportedly\s+|successfully\s+|eventually\s+)?(?:{_RELEASE_VERBS})\b",
                rest, re.I):
        return ("exchanged" if _EXCHANGE_ANY_RE.search(rest[:40]) else "released"), None
    if re.match(rf"^\s*(?:[\w\-]+\s+){{0,4}}?(?:were|was|have\s+been|had\s+been|are|is)?\s*(?:{_EXCHANGE_WORDS})\b", rest, re.I):
        return "exchanged", None
    if _LEFT_AMONG_RE.search(left) and _RIGHT_RELEASE_RE.search(rest):
        return "released", None
    # "123 prisoners in total" with a release noun in the clause
    if re.match(r"^\s*in\s+total\b", rest, re.I) and re.search(rf"\b(?:{_RELEASE_NOUNS}|{_RELEASE_VERBS})\b", wide_left + wide_right, re.I):
        return "released", None
    return None


_ASIDE_OPEN_RE = re.compile(r"\s*(?:[—–]|--|\s-\s|\()")


def _after_aside(sentence: str, pos: int) -> str | None:
    """The clause after a dashed or bracketed aside starting at pos:
    '49 Ukrainians – 41 soldiers and eight civilians – were returned' -> ' were returned'."""
    m = _ASIDE_OPEN_RE.match(sentence, pos)
    if not m:
        return None
    closer = ")" if "(" in m.group(0) else m.group(0).strip()
    end = sentence.find(closer, m.end())
    if end < 0 or end - m.end() > 160:
        return None
    after = end + len(closer)
    lo, hi = _clause_bounds(sentence, after + 1, after + 1, commas=True)
    return sentence[after:hi]


_ASIDE_START_RE = re.compile(
    r"\s*(?:including|among\s+them|among\s+whom|such\s+as|mostly|mainly|most\s+of\s+them|many\s+of\s+them|"
    r"all\s+of\s+them|both|aged|who|whom|whose|many|most|several|some|among)\b",
    re.I,
)
_MAIN_VERB_START_RE = re.compile(
    rf"\s*(?:were|was|have|has|had|are|is|will|would|got|also|all|later|then|{_RELEASE_VERBS}|{_TRANSFER_VERBS}|"
    rf"remain|remained)\b",
    re.I,
)


def _after_comma_aside(sentence: str, pos: int) -> str | None:
    """The verb clause after a comma aside: '14 people, including citizens of Japan and Poland, were released'."""
    if not sentence.startswith(", ", pos) or not _ASIDE_START_RE.match(sentence, pos + 1):
        return None
    start = pos + 2
    for _ in range(6):  # the aside may itself be a comma-separated list
        nxt = sentence.find(", ", start)
        if nxt < 0 or nxt - pos > 220:
            return None
        if _MAIN_VERB_START_RE.match(sentence, nxt + 1):
            _, hi = _clause_bounds(sentence, nxt + 2, nxt + 2, commas=True)
            return sentence[nxt + 1:hi]
        start = nxt + 2
    return None


def _bare_count_ok(sentence: str, q: Quantity, left: str, right: str) -> bool:
    """A number without a people noun still counts in 'released 123 on Saturday' / '114 were taken'."""
    after = sentence[q.end:q.end + 30]
    if _UNIT_RE.match(after):
        return False
    if re.match(rf"^\s*(?:were|was|have\s+been|had\s+been|are|remain|remained|will\s+be|got|also|{_TRANSFER_VERBS})\b", right, re.I) and \
            (not left.strip() or re.search(r"\b(?:and|but|while|of\s+those\s+\w+|of\s+them|the|another|all)\s*$", left, re.I)):
        return True
    if (_LEFT_RELEASE_RE.search(left) or _TRANSFER_LEFT_RE.search(left)) and \
            re.match(r"^\s*(?:$|[,.;]|on\b|in\b|at\b|to\b|from\b|after\b|under\b|as\b|and\b|last\b|this\b|who\b|including\b|each\b|more\b|of\s+them|others?\b)", after, re.I):
        return True
    if _N_FOR_N_RE.match(after):
        return True
    return False


def _home_country(noun: str | None, dest: str) -> bool:
    """'95 Ukrainian POWs ... to Ukraine' is a homecoming (a release), not a third-country transfer."""
    if not noun:
        return False
    return dest[:5].lower() in noun.lower()


def _scope(sentence: str, q: Quantity, metric: str, *, months_ok: set[int] | None, event_year: int | None) -> tuple[str, str | None]:
    """('this_event'|'other_event', note) for a classified count."""
    lo, hi = _clause_bounds(sentence, q.start, q.end, commas=True)
    clause = sentence[lo:hi]
    # a short fronted adverbial ("Last month, ...", "In September, ...") scopes the whole sentence
    first_comma = sentence.find(", ")
    wlo, whi = _clause_bounds(sentence, q.start, q.end, commas=False)
    lead = sentence[:first_comma] if 0 < first_comma < 45 and first_comma < lo and wlo == 0 else ""
    if re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", lead)):
        lead = ""  # a clause with its own figure is not an adverbial for ours
    text = lead + " | " + clause
    if _DEMAND_RE.search(sentence[max(wlo, q.start - 60):q.start]):
        return "other_event", "demand"
    planned = _PLANNED_RE.search(clause)
    if planned and metric != "held" and not _NOT_PLANNED_RE.search(clause[: planned.end()]):
        return "other_event", "planned"
    for m in _OTHER_EVENT_RE.finditer(text):
        if m.group(0).lower().startswith("since") and _SUPERLATIVE_SINCE_RE.search(text[: m.end()]):
            continue
        if metric == "held" and re.match(r"(?:before|prior)", m.group(0), re.I):
            continue
        if metric == "held" and m.group(0).lower().startswith(("since", "so far", "to date")):
            continue  # "since 2020, 1,200 remain jailed" is still the current figure
        cumulative = re.search(r"since|so far|to date|total|alone|bring|cumulative|all told|over the|in the past|during the",
                               m.group(0), re.I)
        return "other_event", "cumulative" if cumulative else "earlier event"
    if metric != "held":
        for m in _YEAR_RE.finditer(text):
            year = int(m.group(1))
            # with no date to compare against, a release told with its month and year is background
            if (event_year and year < event_year) or (event_year is None and m.group(0).lower().startswith(("in", "during"))):
                return "other_event", "earlier event"
        if months_ok:
            for m in _IN_MONTH_RE.finditer(text):
                if _month_num(m.group(1)) not in months_ok:
                    return "other_event", "earlier event"
    else:
        if re.search(r"\b(?:peak|at\s+one\s+point|at\s+the\s+height|record\s+high)\b", clause, re.I):
            return "other_event", "historical"
        for m in _YEAR_RE.finditer(text):
            if event_year and int(m.group(1)) < event_year - 0 and not _AS_OF_RE.search(clause):
                return "other_event", "historical"
    return "this_event", None


def _quote(sentence: str, q: Quantity, limit: int = 300) -> str:
    if len(sentence) <= limit:
        return sentence
    lo = max(0, q.start - limit // 2)
    return sentence[lo:lo + limit]


def extract_counts(sentences: list[str], *, published: str | None = None,
                   event_date: str | None = None) -> list[dict]:
    """Count claims from an article's sentences, deduplicated, in reading order."""
    ev = _parse_iso(event_date)
    pub = _parse_iso(published)
    event_year = (ev or pub).year if (ev or pub) else None
    # without an event date, the publication month (or the one before) stands in
    months_ok = {ev.month} if ev else ({pub.month, (pub.month - 2) % 12 + 1} if pub else None)
    out: list[dict] = []
    seen: set[tuple] = set()
    for sentence in sentences:
        if not _may_hold_number(sentence):
            continue
        transfer_seen = False
        for q in find_quantities(sentence):
            if _is_measure(sentence, q):
                continue
            got = _classify(sentence, q, transfer_seen)
            if not got:
                continue
            metric, dest = got
            transfer_seen = transfer_seen or metric == "transferred"
            scope, note = _scope(sentence, q, metric, months_ok=months_ok, event_year=event_year)
            claim = {
                "metric": metric,
                "value": q.value,
                "qualifier": q.qualifier,
                "destination": dest,
                "destination_country": _country_part(dest),
                "scope": scope,
                "quote": _quote(sentence, q),
                "as_of": resolve_as_of(sentence, published) if metric == "held" else None,
            }
            if metric == "held" and claim["as_of"] is None:
                rel = _BEFORE_REL_RE.search(sentence)
                if rel:
                    note = note or rel.group(0)
            if note:
                claim["note"] = note
            key = (metric, q.value, dest, scope)
            if key in seen:
                continue
            seen.add(key)
            out.append(claim)
    return out


_DIGIT_RE = re.compile(r"\d")
_NUMBER_STEMS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                 "twelve", "teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
                 "hundred", "thousand", "dozen", "million")


def _may_hold_number(sentence: str) -> bool:
    """Cheap pre-check (substring tests) before the quantity scanner runs."""
    if _DIGIT_RE.search(sentence):
        return True
    low = sentence.lower()
    return any(stem in low for stem in _NUMBER_STEMS)
