"""Group membership: people tied to a freed (or still-held) group by reference, not by a verb.

Reports often state a release once, for a group, and name its members elsewhere:

    "Brazil flew 15 political prisoners to Mexico. Among the 15 were student leaders A, B and C."
    "The six -- A, B, C, D, E and Dr F -- were arrested in February 1999."
    "The rebels freed 225 hostages but kept 150 inside. They include Ambassador A and Minister B."
    "One of them, district official A, was seen wiping away tears."
    "A, 25, the only woman in the group, ..."

The people stage decides each person from the cues around their own mentions, so such members
are left "mentioned". This pass runs after it, over plain data: the article's sentences, its
counts (each one a group the article introduced: a value, a status and a scope) and its people.
A membership statement -- "among REF", "REF include/are LIST", "REF -- LIST --", "one of REF, X",
"X, the youngest of REF" -- gives its members the status of the group REF resolves to:

* "them"/"they"/"these" -> the last group introduced in this or the previous sentence, provided
  nothing else plural (officials, relatives, reporters) was named after it;
* "the 15", "the six men" -> the group of that size;
* "the group", "the hostages" -> the last group whose sentence used that noun;
* "those freed", "the women released on Thursday", "those still inside" -> the participle's status.

Only people the people stage left "mentioned" in this event are changed. Bylines, commentators,
victims and relatives are never made released; an official is, when a list names them among
the captives explicitly (hostage-takings seize ministers and ambassadors). A list item must be a
name in list position ("student leaders A", ", B", "and C"): "the daughter of former president D"
inside an item is not a member.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.extract.counts import SERVE_SENTENCE_RE
from monitor.extract.numbers import words_to_int
from monitor.extract.people import GERUND_ASIDE_OPEN_RE, predicate_denies
from monitor.extract.scan import LowerScan
from monitor.extract.text import BULLETS

__all__ = ["assign_group_members"]

_NEVER_RELEASED = {"credit", "commentator", "victim", "relative"}

_NUM_WORD = (r"(?:\d{1,3}(?:[,.\s]\d{3})*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
             r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|"
             r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
             r"a\s+dozen|dozen|hundred)")
_NUM_RE = re.compile(r"^" + _NUM_WORD + r"$", re.I)

# plural nouns of captives (a group "the hostages" may refer to) and of everybody else
_CAPTIVE_NOUNS = frozenset("""hostages prisoners captives detainees inmates crew crewmen crewmembers passengers
sailors seafarers seamen fishermen marines soldiers servicemen troops pows prisoners-of-war convicts dissidents
activists men women children girls boys students pupils schoolgirls schoolboys people workers nationals citizens
americans britons journalists aid-workers missionaries tourists hunters pilgrims mayors nurses doctors medics
abductees kidnap victims returnees survivors members group others rest ones""".split())
_OTHER_PLURALS = frozenset("""officials relatives families family wives husbands parents mothers fathers
negotiators mediators diplomats envoys ministers officers guards police policemen reporters photographers
lawyers supporters crowds well-wishers delegates leaders authorities mediators ambassadors dignitaries
kidnappers captors hijackers rebels militants gunmen guerrillas pirates""".split())

# a verb between a name and "and N other ...": the name is the clause's subject, no item of the list
_FINITE_BETWEEN_RE = re.compile(r"\b(?:had|has|have|was|were|is|are|will|would|ordered|announced|decreed)\b", re.I)
_OTHERS_WORDS = frozenset("others other remaining rest".split())  # "the two others", "the remaining three"
# a participle that names the story's captives as a group: "among the kidnapped"
_CAPTIVE_PARTICIPLES = frozenset("kidnapped abducted captured".split())
_GENERIC_NOUNS = frozenset("men women people others prisoners hostages captives detainees members ones".split())
# a sentence about deaths names victims, whatever group it mentions
_DEATH_RE = re.compile(r"\b(?:killed|died|dead|executed|murdered|bodies|buried|slain)\b", re.I)
_RELEASE_WORDS_RE = re.compile(
    r"(?=[fFrRlLwWbBeEdDsStTpPaAhHxX])\b(?:freed|released|liberated|let\s+go|left|walked|walk|banished|exiled|deported|expelled|exchanged|swapped|"
    r"traded|pardoned|amnestied|handed|flown|returned|rescued|home|free|freedom|ransomed|repatriated|evacuated)\b",
    re.I)
_HELD_WORDS_RE = re.compile(
    r"(?=[sSrRiIhHdDjJbBcCnNeEkKlL])\b(?:still|remain|remains|remained|remaining|inside|held|detained|jailed|behind|imprisoned|captive|left\s+behind|"
    # "Those serving sentences include A and B": still in prison
    r"not|excluded|kept|serving\s+(?:sentences|terms|time|prison|jail|life))\b", re.I)
_CAPTIVES_BY_ANY_NAME = frozenset("foreigners westerners expatriates hostages captives abductees".split())
_GROUP_OF_RE = re.compile(r"\bgroups?\s+of\s+(?:[a-z][\w'-]*\s+){0,2}?([a-z][\w'-]*s)\b")  # "a group of exiles"
_CAPTURE_WORD_RE = re.compile(r"\b(?:taken|captured|kidnapped|abducted|seized|snatched)\b")
_BARE_CAPTIVITY_RE = re.compile(r"(?:held|detained|kidnapped|abducted|seized|taken)(?:\s+(?:hostage|captive|prisoner))?")
_EARLIER_RE = re.compile(
    r"\b(?:earlier|previous(?:ly)?|last\s+(?:year|month|week)|before|ago|in\s+(?:19|20)\d\d|since)\b", re.I)

_NAME = r"⟦(\d+)⟧"
_NAME_RE = re.compile(_NAME)
_COPULA = r"(?:was|were|are|is)"
# a reference phrase: up to the copula / comma / dash, no names, no clause punctuation
_REF = r"(?P<ref>(?:(?!,\s*nor\b)[^⟦;:.!?—–()]){1,90}?)"  # (", nor was Y" is no part of it)

# (an attribution may name its source: "Among those freed, according to X's office, is Y")
_AMONG_BEFORE_RE = re.compile(r"\bamong\s+" + _REF + r"\s*(?:,\s*(?:according\s+to\s+[^,;:.]{1,60}|[^,⟦]{1,40}),\s*)?(?:"
                              + _COPULA +
                              r"|:)\s+(?:also\s+)?", re.I)
_AMONG_AFTER_RE = re.compile(r"\b" + _COPULA + r"\s+(?:also\s+|both\s+|all\s+)*(?:among|one\s+of)\s+" + _REF +
                             r"(?=\s*(?:[,.;:!?]|$|\b(?:who|when|whom|that|and|but)\b))", re.I)
# (after a fronted phrase: "According to the official list, the released priests are A, B and C")
_INCLUDE_RE = re.compile(r"^\W*(?:(?:according\s+to|in|on|by|after|at|apart\s+from|aside\s+from|besides"
                         r"|in\s+addition\s+to)\b"
                         r"[^,;:.!?—–()]{1,80},\s*)?"
                         r"(?P<ref>(?:they|these|those|the|this|that)\b[^⟦;:.!?—–()]{0,80}?)\s+(?:also\s+)?"
                         r"(?:include|includes|included|comprised|comprise|comprises|were|are)\s*:?\s+", re.I)
_APPOS_LIST_RE = re.compile(r"\b(?P<ref>the\s+(?:" + _NUM_WORD
                            + r"(?:\s+(?:[a-z][\w'-]*|[\"“][^\"“”⟦]{1,20}[\"”])){0,3}"
                            r"|group|(?:wo)?men|people|[a-z][\w'-]*s))"  # (a quoted name among its words: 'the five other "Citgo 6" men')
                            r"(?P<rel>\s+[^⟦;.!?—–()]{0,60}?)?\s*(?P<open>—|–|--|\s-(?=\s)|\(|:|,)"
                            r"\s*(?=(?:[A-Za-z.'’-]+\s+){0,3}⟦)",
                            re.I)
_PREP_TAIL_RE = re.compile(r"\s+(?:for|from|at|with)\s+(?:the|an?)\s+[^,]{1,50}$", re.I)
# (also a named band: "the leader of the Al-Xyz group", "the leader of the breakaway sect")
_LEADER_OF_GROUP_RE = re.compile(r"the\s+leader\s+of\s+(?:the|this|that)\s+(?:[\w'’-]+\s+){0,3}?"
                                 r"(?:group|sect|cult|movement|gang|band|militia|faction|cell)\b", re.I)
_ONE_OF_RE = re.compile(r"\b(?:one|another|two|three|four|five|some|several|each|both|all|most|many|"
                        r"the\s+(?:youngest|oldest|eldest|only|first|last|most\s+senior|senior|best-known|"
                        r"best\s+known|leader|captain|master)(?:\s+[a-z][\w'-]*){0,2})\s+(?:of|among|in)\s+"
                        r"(?P<ref>[^⟦,;:.!?—–()]{1,60}?)\s*,\s*(?:(?:an?|the)\s+[^⟦,;:.!?—–()]{1,50}?\b(?:named|called)\s+|"
                        r"(?:(?!(?:after|before|since|when|while|as|with|by|from|to|for"
                        r"|at|on|in|and|but|said|says|told)\b)(?:[A-Za-z.'’-]+|\d{1,3}-year-old)\s+){0,4}?)⟦(?P<id>\d+)⟧", re.I)
# ("One of them, 46-year-old X, a lorry driver, said": an age before the name)
# (the words before the name describe it: "one of the first to be freed, a student from Ghent named X";
# "one of the largest swaps of the war, a day after X spoke" names no member)
# "X, 25, the only woman in the group" / "X, the most senior officer among them" / "X, one of the 15"
_APPOS_MEMBER_RE = re.compile(r"⟦(?P<id>\d+)⟧\s*,\s*(?:(?:aged\s+)?\d{1,3}\s*,\s*)?(?:(?:the|an?)\s+(?:only|youngest|oldest|"
                              r"eldest|first|last|most\s+senior|senior|best[\s-]known|[a-z]+est|member)"
                              r"(?:\s+[a-z][\w'-]*){0,2}|one)\s+(?:of|among|in)\s+"
                              r"(?P<ref>(?:the|them|those)\b[^⟦,;:.!?—–()]{0,50})", re.I)
_SHIP = r"(?:ship|vessel|tanker|supertanker|yacht|boat|trawler|freighter|dhow|tug)"
_MASTER = r"(?:captain|master|skipper|commandant|commander)"
_SHIP_MASTER_RE = re.compile(r"\b(?:the\s+)?(?:" + _SHIP + r"['’]s\s+(?:[\w-]+\s+)?" + _MASTER + r"|" + _MASTER
                             + r"\s+of\s+the\s+(?:[\w-]+\s+)?" + _SHIP + r")\s*,\s*(?:(?:Captain|Capt\.?)\s+)?⟦(?P<id>\d+)⟧",
                             re.I)
# "He named the three as A, B and C", "identified one of the freed men as A": a speaker putting names to a group
# (a day's group: "identified seven of today's group as A, B, ...")
_NAMED_AS_RE = re.compile(r"\b(?:named|identified|listed)\s+(?:(?:" + _NUM_WORD + r"|some|several|each|both|all)"
                          r"\s+of\s+)?(?P<ref>them|the\s+[^⟦,;:.!?—–()]{1,40}?|(?P<day>(?:to|yester|mon|tues|wednes|thurs|fri"
                          r"|satur|sun)day['’]s\s+)[^⟦,;:.!?—–()]{1,40}?)\s+as\s+(?=(?:[A-Za-z.'’-]+\s+){0,3}⟦)",
                          re.I)
_INVERTED_RE = re.compile(r"^\W*(?:also\s+)?(?:freed|released|set\s+free|liberated|pardoned|exchanged|rescued|returned)"
                          r"\b[^⟦;:.!?]{0,60}?\b" + _COPULA + r"\s+", re.I)

# "A and 17 other hostages were released", "A, B and 40 others": A is one of the counted group
_AND_OTHERS_RE = re.compile(r"⟦\d+⟧\s*(?:,\s*\d{1,3}\s*,?\s*)?(?:,|\band\b|\balong\s+with\b)\s*(?:some\s+|about\s+|at\s+least\s+)?"
                            + r"(?P<n>" + _NUM_WORD + r")\s+other(?:s\b|(?:\s+[a-z][\w'-]*){0,2}?\s+(?P<noun>[a-z][\w'-]*s)\b)",
                            re.I)
# a run of two or more coordinated names, titles and ages allowed: "Mr A, Mr B and Mr C", "A, 30, and B"
_CHAIN_ITEM = r"(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}⟦\d+⟧(?:\s*,\s*(?:aged\s+)?\d{1,3})?"
_CHAIN_END_RE = re.compile(r"(?:" + _CHAIN_ITEM + r"\s*(?:,\s*and|,|and)\s+)+" + _CHAIN_ITEM + r"$")
# a list closed by a reference to its group that says its fate: "... with A, B and C, the other three men whose
# release he secured" (the fate is the clause's: the group it points to may not have been counted)
_TRAILING_REF_RE = re.compile(r"(?P<last>⟦\d+⟧)\s*,\s*the\s+(?:other\s+|remaining\s+)?" + _NUM_WORD + r"(?:\s+[a-z][\w'-]*){0,2}?"
                              r"\s+(?:(?P<rel>whose\s+release\b|who\s+(?:were|had\s+been|have\s+been)\s+(?:also\s+)?(?:freed"
                              r"|released)\b|(?:freed|released)\s+(?:with|alongside)\b)|(?P<held>who\s+(?:are|remain)\s+(?:still\s+)?"
                              r"(?:held|detained|jailed|in\s+(?:prison|jail|custody|captivity))\b|still\s+(?:held|detained|in\s+"
                              r"(?:prison|jail|custody|captivity))\b))", re.I)
_LIST_END_RE = re.compile(r"[.!?]|\b(?:said|says|told|according)\b|—|–|--|\)", re.I)
# a rank's or an initial's dot ends no list: "were: Lt. A, of Utrecht; Sgt. B", "A jr., of Akron"
_ABBREV_DOT_RE = re.compile(r"(?:(?<![.\w])[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|jr|sr|Gen|Lt|Col|Sgt|Capt|Brig|Cmdr|Lieut|Maj|Adm"
                            # ("dr. X": a style in lower case, as Slavic outlets write it)
                            r"|Gov|Sen|Rep|Prof|Rev|Fr|Kh|Yu|Ch|Sh|Zh|dr|prof))$")
_ITEM_SEP_RE = re.compile(r"\s*(?:,|;|:|\band\b|\bas\s+well\s+as\b|\bplus\b)\s*", re.I)
# an item's words before the name: descriptors only ("student leaders", "the medical student", "Dr")
# (nor a verb taking the name as its object: "including X, after meeting US envoy Y")
_BAD_PREFIX_RE = re.compile(r"\b(?:of|to|by|with|for|from|at|on|into|his|her|their|its|who|whom|whose|which|that|"
                            r"said|told|met|meet|meets|meeting|greeted|greeting|visited|visiting|accompanied|including)\b"
                            r"|['’]s\b|\d{4}", re.I)
_CLAUSE_RE = re.compile(r"\b(?:who|whose|whom|which|while|when|after|before|because)\b", re.I)
# "..., whose head, X" / "her lawyer, X": the name is that person's apposition, not a list item
_OWNER_END_RE = re.compile(r"\bwhose\b|\b(?:wife|husband|widow|son|daughter|brother|sister|mother|father|parents?|"
                           r"lawyer|attorney|relative|spokes(?:man|woman|person)|head|chief)\s*$"
                           # "A, brother of the former president, B": B re-names the kin's "of" phrase
                           # ... and "A, a younger brother of the network leader and deputy B": B is the kin's
                           r"|^\s*(?:(?:the|a|an)\s+)?(?:(?:eldest|elder|younger|youngest|only)\s+)?(?:wife|husband|widow|son|daughter"
                           r"|brother|sister|mother|father|nephew|niece|cousin|uncle|aunt|grandson|granddaughter)\s+of\s+"
                           r"[^⟦]+$", re.I)
_FINITE_IN_REF_RE = re.compile(r"\b(?:were|was|are|is|have|has|had)\b", re.I)
# the name itself speaks, its verb past the segment's end: "..., rebel spokesman X told Reuters" (with a comma
# between, ", said", the verb is the subject's and the names are its aside)
_SPEAKS = r"(?:said|says|told|tells|added|recalled|declared)\b"
_NAME_SPEAKS_RE = re.compile(r"\s+" + _SPEAKS, re.I)
_SPEAKER_AFTER_RE = re.compile(r"\s*(?:,\s*)?" + _SPEAKS, re.I)
_OF_BEFORE_RE = re.compile(r"\b(?:of|to|for|with|by|from)\s+$", re.I)


@dataclass
class _Group:
    sentence: int
    pos: int            # where in the sentence it was introduced (later groups win for "they")
    value: int | None
    status: str          # released | held
    scope: str
    text: str            # its sentence, lower case (its nouns)


# a spouse, sibling or child named as a list item: "..., his wife B, ..." (blanked to read the item as a plain name)
_KIN_ITEM_PREFIX_RE = re.compile(r"(?<=,\s)(?:his|her|their)\s+(?:wife|husband|brother|sister|son|daughter)\s(?=⟦)",
                                 re.I)


def _ref_size(ref: str) -> int | None:
    """The number a reference phrase counts: "the five" -> 5."""
    words = ref.lower().split()
    return _number(words[1]) if len(words) > 1 and _NUM_RE.match(words[1]) else None


def _number(text: str) -> int | None:
    t = text.strip().lower()
    if t[:1].isdigit():
        digits = re.sub(r"\D", "", t)
        return int(digits) if digits else None
    return words_to_int(t)


_NUM_SEARCH_RE = LowerScan(re.compile(r"(?=[\dotfsenah])\b" + _NUM_WORD + r"\b", re.I))  # lookahead: fail fast


def _figures(s: str) -> dict:
    """A sentence's figures: value -> first position."""
    found: dict = {}
    for m in _NUM_SEARCH_RE.finditer(s):
        found.setdefault(_number(m.group(0)), m.start())
    return found


def _groups_from_counts(sentences: list[str], counts: list[dict]) -> list[_Group]:
    """A group for each count, in the sentence it was quoted from -- and in any other sentence that
    restates its figure with a word of the same status (counts keep one quote per figure, often the
    headline's: "about 140 remain inside" there, "About 140 hostages remained inside" in the story)."""
    wanted = [c for c in counts if c.get("metric") in ("released", "exchanged", "transferred", "held")]
    if not wanted:
        return []
    # each sentence's figures (value -> first position), read once
    figures = [_figures(s) for s in sentences]
    cues = {"held": [None] * len(sentences), "released": [None] * len(sentences)}
    out = []
    for c in wanted:
        value = c.get("value")
        # (a transfer of custody, "handed over to the United States to serve out their sentences", holds its group)
        # (so does an extradition: "handed over three suspects to Spanish police")
        status = "held" if c["metric"] == "held" or (
            c["metric"] == "transferred" and (SERVE_SENTENCE_RE.search(c.get("quote") or "")
                                              or _INTO_CUSTODY_RE.search(c.get("quote") or ""))) else "released"
        cue_rx, cue = (_HELD_WORDS_RE if status == "held" else _RELEASE_WORDS_RE), cues[status]
        quote = c.get("quote") or ""
        for i, s in enumerate(sentences):
            at = figures[i].get(value, -1)
            quoted = s.find(quote) >= 0 if len(quote) < len(s) else quote.find(s) >= 0
            if not quoted:
                if at < 0 or _ANOTHER_GROUP_AFTER_RE.match(s, at):
                    continue  # (not "Four other suspects ... had been released on bail in February")
                if cue[i] is None:
                    cue[i] = bool(cue_rx.search(s))
                if not cue[i]:
                    continue
            out.append(_Group(i, max(at, 0), value, status, c.get("scope") or "this_event", s.lower()))
    return out


_INTO_CUSTODY_RE = re.compile(r"xtradit|\bto\s+(?:the\s+)?(?:[\w'’-]+\s+)?(?:police|prosecutors?|gendarmerie)\b", re.I)
# "group" as a body of people acting, never the freed or held: "the negotiating group", "the armed group"
_BODY_GROUP_MODIFIERS = frozenset("""negotiating negotiation mediation mediating contact working support advocacy rights
pressure lobby parliamentary armed rebel militant terrorist separatist jihadist extremist insurgent political opposition
campaign campaigning research steering monitoring parents' families' relatives' victims'""".split())
_ANOTHER_GROUP_AFTER_RE = re.compile(r"[\w,.-]+\s+other\b", re.I)  # "four other men" (but "40 more" may restate "40")
_PLURAL_INTRO_RE = re.compile(
    r"\b(?:freed|released|liberated|rescued|handed\s+over|let\s+go|set\s+free)\s+(?:all\s+)?(?:the|its|their|all|"
    + _NUM_WORD + r")\s+"
    r"(?:[a-z][\w'-]*\s+){0,2}?(?P<noun>[a-z][\w'-]*s)\b|"
    r"\b(?:the|all)\s+(?:[a-z][\w'-]*\s+){0,2}?(?P<noun2>[a-z][\w'-]*s)\s+(?:were|have\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:freed|released|liberated|rescued|handed\s+over|let\s+go|set\s+free)\b", re.I)


# "... but kept the foreign minister and the ambassador among those still inside": a held group, unnumbered
_HELD_INTRO_RE = re.compile(r"\bamong\s+(?:those|the\s+\w+)\s+still\s+(?:inside|held|detained|in\s+captivity|in\s+custody|"
                            r"in\s+prison|behind\s+bars)\b|\bbut\s+kept\s+(?:back\s+)?(?:the|its|their)\b", re.I)
_PLURAL_INTRO_RE, _HELD_INTRO_RE = LowerScan(_PLURAL_INTRO_RE), LowerScan(_HELD_INTRO_RE)  # whole-sentence scans


def _plural_groups(sentences: list[str], counted: set[int]) -> list[_Group]:
    """'the hostages were freed', 'freed the crew': a group without a figure."""
    out = []
    for i, s in enumerate(sentences):
        held = _HELD_INTRO_RE.search(s)
        if held:
            out.append(_Group(i, held.start(), None, "held", "this_event", s.lower()))
        if i in counted:
            continue
        m = _PLURAL_INTRO_RE.search(s)
        counted_noun = m and _NUM_RE.match(m.group(0).split()[1] if m.group("noun") else "")
        if m and ((m.group("noun") or m.group("noun2")).lower() in _CAPTIVE_NOUNS or counted_noun):
            scope = "other_event" if _EARLIER_RE.search(s) else "this_event"
            out.append(_Group(i, m.start(), None, "released", scope, s.lower()))
    return out


# plural nouns a report uses for the same people from one sentence to the next
_SYNONYM_SETS = [("journalists", "reporters", "correspondents", "newsmen"),
                 ("soldiers", "servicemen", "troops", "pows"), ("sailors", "seafarers", "seamen", "crewmen")]
_SYNONYMS = {n: ns for ns in _SYNONYM_SETS for n in ns}


def _stem(noun: str) -> str:
    """A plural noun's stem, to find it inside a group's words: "Russians" ~ "Russian servicemen"."""
    return noun[:max(4, len(noun) - 3)]


# "returned the remains of two soldiers": the dead, named by a noun no living group goes by
_DEAD_OF_RE = re.compile(r"\b(?:remains|bodies|body|corpses)\s+of\s+(?:the\s+|their\s+)?(?:[\w'-]+\s+){0,3}$", re.I)


# "the men" are also a group of airmen, crewmen or fishermen (gunmen, spokesmen, policemen are never captives)
_MEN_COMPOUND = (r"(?:air|crew|service|fisher|sea|business|camera|news|tribes|clans|guards|country|work|herds|crafts"
                 r"|trades|oil|line|fire|yachts)")


def _names_living(noun: str, text: str) -> bool:
    """True if the group's sentence calls some living people `noun`."""
    word = re.escape(noun) if noun not in ("men", "women") else _MEN_COMPOUND + "?" + noun
    return any(not _DEAD_OF_RE.search(text, 0, m.start())
               for m in re.finditer(r"\b" + word + r"\b", text))


class _Resolver:
    def __init__(self, groups: list[_Group]):
        self.groups = sorted(groups, key=lambda g: (g.sentence, g.pos))

    def resolve(self, ref: str, j: int, pos: int) -> tuple[str, str] | None:
        """(status, scope) of the group a reference phrase in sentence j stands for, else None."""
        ref = re.sub(r",[^,]*,", " ", ref).strip().lower()
        words = re.findall(r"[a-z0-9][\w'-]*", ref)
        if not words:
            return None
        if _DEATH_RE.search(ref):
            return None  # "the dead hostages", "those killed": victims, never the freed or held group
        head = words[0]
        if head in ("them", "they", "these", "those", "whom") and len(words) == 1:
            return self._last(j, pos)
        if any(w in _OTHER_PLURALS and not (w in _SYNONYMS and _NUM_RE.match(words[1])) for w in words[1:4]):
            return None  # (but "the two reporters" may be the two journalists just freed: the size decides)
        rest = " ".join(words[1:])
        if head == "the" and rest in _CAPTIVE_PARTICIPLES:
            return self._one_fate(self._before(j, pos))  # "X was also among the kidnapped": the story's captives
        if head == "those" and _BARE_CAPTIVITY_RE.fullmatch(rest):
            # "X, one of those held, had sent a message during the siege": the story's captives, whatever
            # became of them -- the group last spoken of, not a group still held
            return self._last(j, pos)
        if head in ("those", "the") and rest:
            # "those freed on Friday", "the women released", "those still inside"
            if _HELD_WORDS_RE.search(rest):
                return "held", "this_event"
            if _RELEASE_WORDS_RE.search(rest) and head == "those" or re.match(
                    r"^(?:[a-z0-9][\w'-]*\s+){0,3}(?:freed|released|returnees|liberated|rescued|handed\s+over|exchanged|"
                    r"swapped|pardoned|repatriated)\b", rest):
                return "released", "other_event" if _EARLIER_RE.search(rest) else "this_event"
        if head == "the" and rest in ("list", "official list"):
            # "The nine had been released ... the list includes A and B": the story's one counted fate, if it has one
            return self._one_fate([g for g in self._before(j, pos) if g.sentence >= j - 5])
        if head in ("the", "these", "those") and len(words) > 2 and words[1] in ("other", "remaining") \
                and _NUM_RE.match(words[2]):
            words = [head, words[2], words[1], *words[3:]]  # "the other three men" as "the three other men"
        if head in ("the", "these", "those") and len(words) > 1:
            m = _NUM_RE.match(words[1]) if len(words) > 1 else None
            value = _number(words[1]) if m else None
            if value is None and len(words) > 2 and _NUM_RE.match(" ".join(words[1:3])):
                value = _number(" ".join(words[1:3]))
            nouns = words[2:5] if value is not None else words[1:4]
            # "the two journalists" is the group of two only if that group was called journalists too
            own = next((w for w in words[2:4] if w.endswith("s")), None) if value is not None else None
            own = None if own in _GENERIC_NOUNS else own
            if value is not None and not _OTHERS_WORDS.isdisjoint(words[1:4]):
                # "The five were freed ... They include A and B. The two others, C and D, ...": the rest of
                # the larger group spoken of last
                near = [g for g in self.groups if j - 3 <= g.sentence and (g.sentence < j or g.pos < pos)
                        and (g.value is None or g.value > value)]
                if near:
                    return near[-1].status, near[-1].scope
                if words[2] in ("other", "remaining"):
                    return None  # "the other five", "the five other men" are never the five just spoken of
            sized = self.sized(value, j, own) if value is not None else None
            if sized:
                return sized
            # "the two British crew members" are some of the crew; "among the Cubans" -- the Cubans freed
            of_noun = _GROUP_OF_RE.search(rest)
            if of_noun:  # "the first group of returning exiles": a group of exiles, not any group
                nouns = [of_noun.group(1)]
            if "group" in nouns and nouns.index("group") and nouns[nouns.index("group") - 1] in _BODY_GROUP_MODIFIERS:
                return None  # "a member of the negotiating group", "the armed group": a body, not the captives
            noun = "group" if "group" in nouns else next(
                (w for w in nouns if w in _CAPTIVE_NOUNS or (w.endswith("s") and len(w) > 3 and w not in _OTHER_PLURALS)),
                None)
            if noun:
                # "among the men taken from Arsal in 2014": a group named by its capture is the one a release of
                # that capture spoke of, not any group of "men"
                cap = _CAPTURE_WORD_RE.search(rest)
                return self._by_noun(noun, j, pos, cap.group(0) if cap else None)
        return None

    def _last(self, j: int, pos: int) -> tuple[str, str] | None:
        cands = [g for g in self.groups if g.sentence == j and g.pos < pos] or \
                [g for g in self.groups if g.sentence == j - 1]
        if not cands:
            return None
        g = cands[-1]
        tail = g.text[g.pos:]
        if any(w in _OTHER_PLURALS for w in re.findall(r"[a-z][\w'-]*", tail)):
            return None  # "... were met by officials. Among them ..." is ambiguous
        return g.status, g.scope

    def sized(self, value: int, j: int, noun: str | None = None) -> tuple[str, str] | None:
        # "Russians" ~ "Russian servicemen"; "the two reporters" ~ "two journalists"
        stems = {_stem(n) for n in _SYNONYMS.get(noun, (noun,))} if noun else None
        sized = [g for g in self.groups if g.value == value and (stems is None or any(st in g.text for st in stems))]
        this = {g.status for g in sized if g.scope == "this_event"}
        if this == {"held", "released"}:
            return "released", "this_event"  # "the last 12 hostages" were held, then the story frees them
        sized = [g for g in sized if g.sentence <= j] or sized
        statuses = {(g.status, g.scope) for g in sized}
        if len(statuses) > 1:
            this_only = {s for s in statuses if s[1] == "this_event"}
            return this_only.pop() if len(this_only) == 1 else None
        return statuses.pop() if statuses else None

    def recent(self, value: int, j: int, noun: str | None, window: int = 5,
               synonyms: bool = False) -> tuple[str, str] | None:
        """(status, scope) of a group of `value` introduced in the last `window` sentences: one called
        `noun` (or, with `synonyms`, any word for it) when a noun is given, else one of the nearest
        sentence that introduced any group."""
        before = [g for g in self.groups if j - window <= g.sentence < j]
        if noun and before:
            last = noun.split()[-1].lower()
            stems = {_stem(n) for n in (_SYNONYMS.get(last, (last,)) if synonyms else (last,))}
            cands = [g for g in before if g.value == value and any(st in g.text for st in stems)]
        else:
            cands = [g for g in before if g.sentence == before[-1].sentence and g.value == value] if before else []
        statuses = {(g.status, g.scope) for g in cands}
        return statuses.pop() if len(statuses) == 1 else None

    def generic_sized(self, ref: str, n: int, j: int) -> tuple[str, str] | None:
        """"Four detainees landed in Bermuda ... The men - A, B, C and D - are Uighurs": "the men" (or women,
        people) that no earlier sentence called so is the group just counted, when the list names as many."""
        if n < 2 or ref.strip().lower().split() not in (["the", "men"], ["the", "women"], ["the", "people"]):
            return None
        return self.recent(n, j, None)

    def _before(self, j: int, pos: int) -> list[_Group]:
        return [g for g in self.groups if g.sentence < j or (g.sentence == j and g.pos < pos)]

    @staticmethod
    def _one_fate(groups: list[_Group]) -> tuple[str, str] | None:
        """The (status, scope) every one of these groups shares, if they share one."""
        fates = {(g.status, g.scope) for g in groups}
        return fates.pop() if len(fates) == 1 else None

    def _by_noun(self, noun: str, j: int, pos: int, captured: str | None = None) -> tuple[str, str] | None:
        before = self._before(j, pos)
        cands = [g for g in before if noun == "group" or _names_living(noun, g.text)]
        if captured:
            cands = [g for g in cands if captured in g.text]
            if not cands:
                return None
        if not cands and noun in _CAPTIVES_BY_ANY_NAME:
            # "The foreigners were A, B ..." after "eight aid workers were freed": a noun any captive of the
            # story goes by stands for its group when every group so far shares one fate
            return self._one_fate(before)
        if not cands:
            return None
        # "the crew" is the whole crew, not "one crew member" taken off earlier
        g = ([g for g in cands if g.value != 1] or cands)[-1]
        return g.status, g.scope


_CONTINUATION_RE = re.compile(r"^\W*(?:(?P<ref>the\s+(?:" + _NUM_WORD + r"|group|freed|released)\b(?:\s+[a-z][\w'-]*){0,2}?)"
                              r"(?=\s*(?:[,—–(-]|\b(?:were|was|are|had|have|walked|arrived|left|landed|returned)\b))|"
                              r"(?:(?:the\s+next\s+day|then|later|next|on\s+\w+|that\s+\w+)\s*,?\s+)?(?P<they>they)\s+"
                              r"(?:are|were|have|had|arrive|arrived|land|landed|fly|flew|walk|walked)\b)", re.I)


# "The ministry published the names of the 15. Among them are ...": the list of a group speaks of it again
_NAMES_OF_RE = re.compile(r"\b(?:names|list|identities)\s+of\s+(?:all\s+)?(?P<ref>the\s+" + _NUM_WORD
                          + r"(?:\s+[a-z][\w'-]*s)?)\s*[.:;]?$", re.I)


def _with_continuations(sentences: list[str], groups: list[_Group]) -> list[_Group]:
    """A sentence opening with a reference to a group ("The 18 walked out ...", "The eight -- ...")
    or closing on its list ("published the names of the 15") speaks of that group again: later
    "them"/"they" may point at it."""
    resolver = _Resolver(groups)
    out = list(groups)
    have = {g.sentence for g in groups}
    for j, s in enumerate(sentences):
        if j in have:
            continue
        m = _CONTINUATION_RE.match(s) or ("of the" in s and _NAMES_OF_RE.search(s)) or None
        st = resolver.resolve(m.group("ref") or m.groupdict().get("they"), j, 0) if m else None
        if st:
            out.append(_Group(j, 0, None, st[0], st[1], s.lower()))
            resolver = _Resolver(out)
    return out


def _spellings(people: list[dict]) -> list[tuple[str, int]]:
    """(spelling, person index) for every name and alias, longest first, then each bare surname that
    stands for one person only ("Laingen, Koob and Swift"; "Ling and Lee, reporters for Current TV")."""
    spellings = sorted(((sp, i) for i, p in enumerate(people) for sp in {p["name"], *p.get("aliases", [])} if sp),
                       key=lambda t: -len(t[0]))
    surnames: dict[str, list[int]] = {}
    for i, p in enumerate(people):
        last = p["name"].split()[-1] if p["name"].split() else ""
        if len(last) >= 3 and last[:1].isupper():
            surnames.setdefault(last, []).append(i)
    return spellings + [(sur, ids[0]) for sur, ids in surnames.items() if len(ids) == 1]


def _template(sentence: str, spellings: list[tuple[str, int]]) -> str:
    """The sentence with each of `_spellings(people)` replaced by ⟦index⟧ (in that order)."""
    spans: list[tuple[int, int, int]] = []
    taken = [False] * len(sentence)
    for sp, i in spellings:
        start = 0
        while True:
            k = sentence.find(sp, start)
            if k < 0:
                break
            end = k + len(sp)
            start = end
            if (k and (sentence[k - 1].isalnum())) or (end < len(sentence) and sentence[end].isalnum()):
                continue
            if any(taken[k:end]):
                continue
            for x in range(k, end):
                taken[x] = True
            spans.append((k, end, i))
    out, last = [], 0
    for k, end, i in sorted(spans):
        out.append(sentence[last:k])
        out.append(f"⟦{i}⟧")
        last = end
    out.append(sentence[last:])
    return "".join(out)


_DESCRIPTOR_WORDS_RE = re.compile(r"\s*(?:the\s+|a\s+|an\s+)?(?:[a-z][\w'-]*\s*){1,3}")


_RELATIVE_OPEN_RE = re.compile(r"\s*(?:who|whom|whose|which)\b", re.I)


def _list_end(tpl: str, start: int) -> int:
    for m in _LIST_END_RE.finditer(tpl, start):
        if m.group(0) != "." or not _ABBREV_DOT_RE.search(tpl, 0, m.start()):
            return m.start()
    return len(tpl)


def _list_items(tpl: str, start: int, end: int | None = None, anchored: bool = True) -> list[int]:
    """Names in list position in tpl[start:end]. The list starts at `start` with a name (after
    descriptor words: "student leaders A"); each later item follows a separator, with descriptors
    only between it and the separator. What follows a name up to the next separator is its
    apposition ("A, a cleric held since 1994; B"); a name right after "whose head," or "his lawyer,"
    is somebody else's apposition, and a speaker ("X said") is no item."""
    if end is None:
        end = _list_end(tpl, start)
    seg, base = tpl[start:end], start  # (base: where seg starts in tpl)
    if anchored:
        first = _NAME_RE.search(seg)
        if not first:
            return []
        lead = seg[:first.start()]
        incs = list(_INCLUDING_RE.finditer(lead))
        inc = incs[-1] if incs else None
        if inc:  # "at least seven ambassadors and several congressmen, including lawmaker X"
            seg, base = seg[inc.end():], base + inc.end()
        elif _DESCRIPTOR_FIRST_RE.match(lead):  # "the former president of the students' union, X, and ..."
            cut = lead.rindex(",") + 1
            seg, base = seg[cut:], base + cut
    out: list[int] = []
    last_sep, prev_seg = 0, ""
    seps: list[str] = []  # the separators since the last name
    in_relative = False  # inside an item's relative clause: "B, who translated works by C and D"
    for m in re.finditer(_NAME + r"|" + _ITEM_SEP_RE.pattern, seg, re.I):
        if m.group(1) is None:
            if not out and m.group(0).strip().lower() == "and" and _DESCRIPTOR_WORDS_RE.fullmatch(seg[last_sep:m.start()]):
                continue  # "the engineer and blogger A, ...": one descriptor of the first item
            prev_seg = seg[last_sep:m.start()]
            if _RELATIVE_OPEN_RE.match(prev_seg):
                in_relative, seps = True, []
            seps.append(m.group(0).strip().lower() if not prev_seg.strip() else "|" + m.group(0).strip().lower())
            last_sep = m.end()
            continue
        prefix = seg[last_sep:m.start()]
        # (a semicolon closes an apposition: "A, the bureau chief; B, a reporter" is two items, not B the chief's)
        owned = _OWNER_END_RE.search(prev_seg) and not (seps and seps[-1].endswith(";"))
        ok = not _BAD_PREFIX_RE.search(prefix) and len(prefix.split()) <= 5 and not owned \
            and not _SPEAKER_AFTER_RE.match(seg, m.end()) and not GERUND_ASIDE_OPEN_RE.match(prefix) \
            and not _NAME_SPEAKS_RE.match(tpl, base + m.end())
        if _RELATIVE_OPEN_RE.match(prefix):
            in_relative, seps = True, []
        elif in_relative:
            # a comma or semicolon closes the clause: "B, who was jailed in 1972, C and D" (but in "B, who
            # translated works by C and D", D is still the clause's)
            if any(x.endswith((",", ";")) for x in seps):
                in_relative = False
            else:
                ok = False
        if anchored and not out and (last_sep or not ok):
            return []  # the list does not start here: "were flown to X, accompanied by Y"
        if ok:
            out.append(int(m.group(1)))
        last_sep, prev_seg, seps = m.end(), "", []
    return out


# the last item right before the verb, with an age or a hometown: "A, 25,", "B from Ordu"
_ITEMS_END_RE = re.compile(r"⟦\d+⟧(?:['’]s)?\s*(?:,\s*(?:aged\s+)?\d{1,3}\s*,?|\s+(?:of|from)\s+(?-i:[A-Z])[\w'’-]+"
                           r"(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,?|,)?\s*$")  # (",": an apposition closes, "A policeman, X, was")


# a who-clause aside between the last item and its verb (names inside it would be the clause's own)
_WHO_ASIDE_END_RE = re.compile(r"⟦\d+⟧(?:\s*,\s*(?:aged\s+)?\d{1,3})?(?P<aside>\s*,\s*who\s+[^,;:.!?]{1,120},)\s*$")


def _items_before(tpl: str, end: int) -> list[int]:
    """The names a clause ends with right before its verb: "A and B were among them"."""
    aside = _WHO_ASIDE_END_RE.search(tpl, 0, end)
    if aside:  # "The pilot, X, who had kept radio contact throughout, was among those who walked off"
        end = aside.start("aside")
    if not _ITEMS_END_RE.search(tpl[:end]):
        return []
    start = max(tpl.rfind(";", 0, end), tpl.rfind(":", 0, end)) + 1
    if _CLAUSE_RE.search(tpl, start, end):
        whose = _WHOSE_KIN_END_RE.search(tpl, start, end)  # "X, whose husband Corporal Y was among the 45"
        return [int(whose.group(1))] if whose else []
    return _list_items(tpl, start, end, anchored=False)


# (the kin word may take a comma, and the name an age: "whose son, Pvt. Y, 20, was among the six")
_WHOSE_KIN_END_RE = re.compile(r"\bwhose\s+(?:[a-z][\w'-]*\s+)?[a-z][\w'-]*,?\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}⟦(\d+)⟧"
                               r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,?)?\s*$")


# a list may open with its first member's description: "the former president of X, NAME, and ..."
_DESCRIPTOR_FIRST_RE = re.compile(r"^\s*(?:the|an?|our|their|its)\s+(?![^,]*\b(?-i:[a-z]+ed|[a-z]+ing)\b)(?![^,]*\b(?:was|were|is|are|has|"
                                  r"have|had|by|with|said|told)\b)[^,;⟦]{2,80},\s*(?:(?-i:[A-Z])[a-z]{1,4}\.?\s+){0,2}$",
                                  re.I)  # (the item's own title may follow: "the rights activist, Dr. X")
_CLAUSE_COMMA_RE = re.compile(r",(?!\d{3})")
_TRAILING_MEMBERS_RE = re.compile(r",?\s*\b(?:among\s+them|among\s+whom|notably|including|such\s+as)\s+", re.I)
# the plural noun phrase a trailing list hangs on, read as a reference: "their last 12 hostages" -> "the 12 hostages"
# ("the other five" keeps "other": they are not the five just spoken of)
_REF_HEAD_RE = re.compile(r"\b(?:the|their|its|all|those)\s+(?:last\s+|(?P<other>other\s+|remaining\s+))?", re.I)
_INCLUDING_RE = re.compile(r"\bincluding\s+", re.I)
_ASIDE_RE = re.compile(r"\([^()⟦]*\)")


# the relative clause that defines a bare "those" (a negated one says nothing of the group's fate)
_THOSE_WHO_RE = re.compile(r"\s*who\s+(?![^,.;:!?⟦]*\b(?:not|never|no\s+longer)\b|[^,.;:!?⟦]*n['’]t\b)([^,.;:!?⟦]{1,80})",
                           re.I)


def _memberships(tpl: str, j: int, resolver: _Resolver) -> list[tuple[int, tuple[str, str]]]:
    """(person index, (status, scope)) for each membership statement in sentence j."""
    found: list[tuple[int, tuple[str, str]]] = []
    tpl = _ASIDE_RE.sub(lambda m: " " * len(m.group(0)), tpl)  # "(UNE)" is no list boundary
    low = tpl.lower()
    if "among" in low or "one of" in low:
        for m in _AMONG_BEFORE_RE.finditer(tpl):
            st = resolver.resolve(m.group("ref"), j, m.start())
            if st:
                found += [(i, st) for i in _list_items(tpl, m.end())]
        for m in _AMONG_AFTER_RE.finditer(tpl):
            ref = m.group("ref")
            who = _THOSE_WHO_RE.match(tpl, m.end()) if ref.strip().lower() == "those" else None
            if who:  # "among those who walked off the aircraft": the clause says which group
                ref = "those " + who.group(1)
            st = resolver.resolve(ref, j, m.start())
            if st:
                found += [(i, st) for i in _items_before(tpl, m.start())]
    m = _INCLUDE_RE.match(tpl)
    if m:
        st = resolver.resolve(m.group("ref"), j, m.start())
        if st:
            found += [(i, st) for i in _list_items(tpl, m.end())]
    for m in _APPOS_LIST_RE.finditer(tpl):
        opener, ref, rel = m.group("open"), m.group("ref"), (m.group("rel") or "").strip()
        pp = _PREP_TAIL_RE.search(ref + " " + rel) if opener == "," else None
        if pp:  # "the two reporters for the Sunday paper, A and B, landed": the head, then a prepositional phrase
            ref, rel = (ref + " " + rel)[:pp.start()], ""
        if rel and opener != ":":
            continue
        opener = opener.strip()  # " - ": a spaced hyphen for a dash (translated and typed copy)
        close = {"(": r"\)", "—": "—", "–": "–", "--": "--", "-": r"\s-\s"}.get(opener)
        if close:
            cm = re.compile(close).search(tpl, m.end())
            items = _list_items(tpl, m.end(), cm.start()) if cm else []
            if cm and (n := _ref_size(ref)) and len(items) < n:
                # "The five -- A, 45, his wife B, 46, C, 47, his wife D, and E -- arrived": the count takes in the
                # spouses the list names beside their partners
                kin = _list_items(_KIN_ITEM_PREFIX_RE.sub(lambda k: " " * len(k.group(0)), tpl), m.end(), cm.start())
                items = kin if len(kin) == n else items
        else:
            items = _list_items(tpl, m.end())
            if opener == "," and len(items) < 2:
                items = []  # "the two soldiers, A and B," yes; "the hostages, X said" no
        # "the three remain in prison: A, B and C" -- the clause before the colon may say the status
        st = resolver.resolve(ref + (" " + rel if rel else ""), j, m.start()) \
            or (not rel and resolver.generic_sized(ref, len(items), j))
        if not st:
            continue
        if st[0] == "released" and not _OTHERS_WORDS.isdisjoint(m.group("ref").lower().split()) \
                and _HELD_WORDS_RE.search(tpl, m.end()):
            continue  # "Three were freed. The two others, C and D, remain captive": the rest is not the freed
        if st[0] == "released" and _DEATH_RE.search(tpl, m.end()):
            continue  # "The two journalists, A and B, were killed": victims, whatever group is near
        found += [(i, st) for i in items]
    for m in _TRAILING_MEMBERS_RE.finditer(tpl):
        # "... their last 12 hostages, among them X; Y" / "dissidents still imprisoned, notably X and Y"
        commas = [c.start() for c in _CLAUSE_COMMA_RE.finditer(tpl, 0, m.start())]  # not "1,012"
        clause_start = max(commas[-1] if commas else -1, tpl.rfind(";", 0, m.start()), 0)
        clause = tpl[clause_start:m.start()]
        heads = list(_REF_HEAD_RE.finditer(clause))
        tail = clause[heads[-1].end():] if heads else ""
        other = (heads[-1].group("other") or "") if heads else ""
        st = resolver.resolve("the " + other + tail, j, m.start()) if tail.strip() and len(tail) <= 60 else None
        if st is None:
            # "counts at least 18 people in prison ..., among them X": the clause's own counted group
            own = [g for g in resolver.groups if g.sentence == j and clause_start <= g.pos < m.start()]
            st = (own[-1].status, own[-1].scope) if own else None
        if st:
            found += [(i, st) for i in _list_items(tpl, m.end())]
    if "of" in low or "among" in low or " in " in low:
        for m in _ONE_OF_RE.finditer(tpl):
            if _OF_BEFORE_RE.search(tpl, 0, m.start()):
                continue  # "a relative of one of the hostages, X"
            if _FINITE_IN_REF_RE.search(m.group("ref")):
                continue  # "Many of those freed were seriously wounded, X wrote": a clause, then its speaker
            if _LEADER_OF_GROUP_RE.match(m.group(0)):
                continue  # "The leader of the group, X, announced the action was over": a band's leader, not a member
                # of any counted group (the captors or a movement are "the group" far more often than the freed)
            st = resolver.resolve(m.group("ref"), j, m.start())
            if st:
                found.append((int(m.group("id")), st))
                if m.group(0).split(None, 1)[0].lower() not in ("one", "another", "each"):
                    # "Two of them, A and B, were flown to Brussels": the members the plural names
                    found += [(i, st) for i in _list_items(tpl, m.start("id") - 1)
                              if i != int(m.group("id"))]
        for m in _APPOS_MEMBER_RE.finditer(tpl):
            st = resolver.resolve(m.group("ref"), j, m.start())
            if st:
                found.append((int(m.group("id")), st))
    for m in _AND_OTHERS_RE.finditer(tpl):
        if m.group("noun") and m.group("noun").lower() in _OTHER_PLURALS:
            continue
        n = _number(m.group("n"))
        first_end = m.start() + m.group(0).index("⟧") + 1
        items = [i for i in _items_before(tpl, first_end)
                 if not _FINITE_BETWEEN_RE.search(tpl, tpl.find(f"⟦{i}⟧"), m.start())]
        # (not "the head of the government, General X, had ordered the release of Y and 16 other detainees": X is
        # the subject of the clause the list sits in)
        here = {(g.status, g.scope) for g in resolver.groups if g.sentence == j}
        # "A, B and two other Kenyans": a group of four (not of three, nor the two others alone)
        st = (n is not None and (resolver.sized(n + len(items), j) or (len(items) <= 1 and resolver.sized(n, j)))) \
            or (here.pop() if len(here) == 1 else None)
        if st:
            found += [(i, st) for i in items]
    if ", the" in low:
        for m in _TRAILING_REF_RE.finditer(tpl):
            chain = None if _EARLIER_RE.search(tpl, m.end()) else _CHAIN_END_RE.search(tpl, 0, m.end("last"))
            if chain:
                st = ("released" if m.group("rel") else "held", "this_event")
                found += [(int(i), st) for i in _NAME_RE.findall(chain.group(0))]
    for m in _SHIP_MASTER_RE.finditer(tpl):
        st = resolver.resolve("the crew", j, m.start())  # "the ship's Polish captain, X": one of the crew
        if not st:  # ... of the next crew the story counts, if it is only counted further on
            crews = [g for g in resolver.groups if g.sentence > j and re.search(r"\bcrew\b", g.text)]
            st = (crews[0].status, crews[0].scope) if crews else None
        if st:
            found.append((int(m.group("id")), st))
    m = _SIZED_SUBJECT_RE.match(tpl)
    appos = m.group("appos") if m else None
    # (the appositive names them as the group's own noun says, so even an arrest told of them is theirs)
    if m and (appos or not _CAUGHT_AFTER_RE.match(tpl, m.end())) and not _DEATH_RE.search(tpl, m.end()):
        ids = [int(x) for x in _NAME_RE.findall(m.group("list"))]
        st = resolver.recent(len(ids), j, appos or m.group("noun"), window=10 if appos else 5, synonyms=bool(appos))
        if st:
            found += [(i, st) for i in ids]
    if " as " in low:
        for m in _NAMED_AS_RE.finditer(tpl):
            ref = m.group("ref")
            st = resolver.resolve("the " + ref[len(m.group("day")):] if m.group("day") else ref, j, m.start())
            if st:
                found += [(i, st) for i in _list_items(tpl, m.end())]
    m = _INVERTED_RE.match(tpl)
    if m:
        scope = "other_event" if _EARLIER_RE.search(tpl[:m.end()]) else "this_event"
        found += [(i, ("released", scope)) for i in _list_items(tpl, m.end())]
    return found


# "Two surveyors were set free ... A, 41, and B, 36, both engineers, were resting at the embassy": a sentence
# whose subject is as many names as the group just introduced has members names them
_AGE = r"(?:\s*,\s*(?:aged\s+)?\d{1,3}(?=\s*,))?"
_SIZED_SUBJECT_RE = re.compile(r"^\W*(?:the\s+(?P<noun>(?:[a-z][\w'-]*\s+){0,2}?[a-z][\w'-]*s)\s+)?(?P<list>⟦\d+⟧" + _AGE
                               + r"(?:\s*,\s*⟦\d+⟧" + _AGE + r")*\s*,?\s+and\s+⟦\d+⟧" + _AGE + r")"
                               r"\s*(?:,\s*(?:both|all|each)\b[^,⟦;]{0,50}|,\s*who\s+[^,⟦;]{1,60}"
                               # (an appositive plural: "A and B, reporters for Current TV, were arrested")
                               r"|,\s*(?:the\s+)?(?:[a-z][\w'-]*\s+){0,2}?(?P<appos>[a-z][\w'-]*s)\b[^,⟦;]{0,60})?,?"
                               # (", who are U.S. citizens, arrived")
                               r"\s+(?:were|are|have|had|arrived|landed|flew)\b", re.I)
# ... unless the verb makes them somebody else: "A and B were arrested" (the kidnappers)
_CAUGHT_AFTER_RE = re.compile(r"\s+(?:\w+ly\s+)?(?:not|never|arrested|charged|detained|convicted|sentenced|captured"
                              r"|accused|identified|named|suspected|wanted)\b", re.I)
_CUE_RE = re.compile(r"among|include|including|notably|such as|comprise|captain|master|skipper|commandant|\bone of\b|\bof the\b"
                     r"|\bin the group\b|[—–(:]|--|\bwere\b|\bare\b|\bothers\b|\bas\b"
                     r"|\bthe\s+(?:other\s+|remaining\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b",
                     re.I)
_CUE_RE = LowerScan(_CUE_RE)
# A header over a bulleted list of a group's members: a live blog's "Who are the five commanders?", a
# fact box's "The freed men:" -- each item that opens on a name is one of the group the header names
_LIST_HEADER_RE = re.compile(r"^\W*(?:who\s+(?:are|were)\s+(?P<q>(?:the|these|those)\b[^⟦?]{1,60})\?"
                             r"|(?P<c>(?:the|these|those)\b[^⟦:;.!?]{1,60}?)(?:\s+(?:are|were|include|included))?\s*:"
                             # "They were named as:", "The seven have been identified as:"
                             r"|(?P<n>they|(?:the|these|those)\b[^⟦:;.!?]{1,40}?)\s+(?:are|were|have\s+been|had\s+been)\s+"
                             r"(?:named|identified|listed)(?:\s+as)?\s*:)$",
                             re.I)
_BULLET_ITEM_RE = re.compile(rf"^\s*(?:[{BULLETS}]|\d{{1,3}}[.)])\s*(?:[A-Za-z][\w.'’-]*\s+){{0,4}}?⟦(\d+)⟧")
_ITEM_GO_ON_RE = re.compile(r"^\W*(?:He|She|They|His|Her|Their)\b")  # an item's second sentence


def assign_group_members(sentences: list[str], counts: list[dict], people: list[dict]) -> list[dict]:
    """People with the status of the group a sentence names them in (see module docstring).
    Returns the same list, with changed entries replaced by updated copies."""
    candidates = {i for i, p in enumerate(people)
                  if p.get("status") == "mentioned" and p.get("scope", "this_event") == "this_event"
                  and p.get("role") not in ("credit", "commentator", "victim")}
    if not candidates:
        return people
    groups = _groups_from_counts(sentences, counts)
    groups += _plural_groups(sentences, {g.sentence for g in groups})
    if not groups:
        return people
    groups = _with_continuations(sentences, groups)
    resolver = _Resolver(groups)
    decided: dict[int, tuple[str, str, str]] = {}
    all_spellings = _spellings(people)  # (once per article: the template of every sentence reads them)
    spellings = [(i, [sp for sp, k in all_spellings if k == i and len(sp) >= 3]) for i in candidates]
    header: tuple[str, str] | None = None  # the fate of the group a list header names, while its items run
    for j, s in enumerate(sentences):
        found: list[tuple[int, tuple[str, str]]] = []
        tpl = ""
        if header:
            if s.lstrip()[:1] in BULLETS + "0123456789":
                tpl = _template(s, all_spellings)
                if item := _BULLET_ITEM_RE.match(tpl):
                    found.append((int(item.group(1)), header))
            if not found and not _ITEM_GO_ON_RE.match(s):
                header = None
        if s.endswith((":", "?")) and (hm := _LIST_HEADER_RE.match(s)):
            header = resolver.resolve(hm.group("q") or hm.group("c") or hm.group("n"), j, 0)
        if not found:
            if not any(sp in s for _, sps in spellings for sp in sps) or not _CUE_RE.search(s):
                continue  # (the cheap test first: most sentences name no candidate)
            tpl = _template(s, all_spellings)
            found = _memberships(tpl, j, resolver)
        for i, (status, scope) in found:
            if i not in candidates or i in decided:
                continue
            if status == "released" and predicate_denies(tpl, [i]):
                continue  # "Two of them, A and B, were not in custody": members, but not freed
            role = people[i].get("role")
            if status == "released" and role in _NEVER_RELEASED and not (
                    role == "relative" and (re.search(rf"⟦{i}⟧(?:\s*,\s*(?:aged\s+)?\d{{1,3}}\s*,)?\s+(?:was|is)\s+(?:also\s+)?"
                                                      r"(?:among|one\s+of)\b", tpl)
                                            or re.search(_KIN_ITEM_PREFIX_RE.pattern + f"⟦{i}⟧", tpl, re.I))):
                # but "X, whose husband Y was among the 45, ...": the relative is a captive himself; so is a spouse
                # the count of a list takes in ("The five -- A, his wife B, C ...")
                continue
            decided[i] = (status, scope, s)
    if not decided:
        return people
    out = list(people)
    for i, (status, scope, quote) in decided.items():
        out[i] = {**people[i], "status": status, "scope": scope, "quote": quote}
    return out
