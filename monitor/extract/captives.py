"""Captives by context: people a release story presents as captives, though no verb frees them by name.

The people stage gives a status from the cues around each mention ("X was freed", "among them
were X"). Reports often say only that a person *was* a captive, and let the story's release
carry the rest:

    "A, 57, was snatched on June 10 near his parish."
    "B, who had been held since the riots of 1969 without charge, ..."
    "C, sentenced to life imprisonment in 1984, and D, who had served eleven years ..."
    "the cleric E, whom commandos had abducted from Lebanon in 1989"
    "F had spent 130 days in the hands of the kidnappers."

In an article whose main event is a release, such a person -- captive in the past tense, with
nothing saying they still are -- is one of the freed. This pass runs last, over plain data, and
only changes people every earlier stage left "mentioned" without a role (officials, relatives,
bylines, commentators and victims are never touched). Tense does the work: "had been held" is a
captivity that ended; "has been held", "remains", "is serving", "house arrest", "re-arrested" and
any negation leave the person as they were, and so do death words (a hostage killed in captivity
was not freed).

The same pass reads one list the people stage cannot: bulleted items under a header ("Among them:")
that follows a count of those held now ("there were 268 political prisoners"). An item that tells
its person as a captive ("- journalist X, jailed since October 2020;") holds that person.
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice

from monitor.extract.phrases import ESCAPED_CAPTORS, KIN_WORD
from monitor.extract.text import MARKED_ITEM_RE

__all__ = ["promote_captives"]

_CAPTIVITY_STATE = (r"(?:held|kept|detained|jailed|imprisoned|incarcerated|interned|kidnapped|abducted|captured"
                    r"|seized|snatched|taken\s+(?:hostage|captive|prisoner)|sentenced|convicted|arrested"
                    r"|locked\s+up|behind\s+bars|in\s+(?:captivity|prison|jail|detention|custody|the\s+hands\s+of)"
                    r"|(?:a\s+)?(?:hostage|captive|prisoner|detainee)s?)")
_CAPTIVITY_PLACE = (r"(?:captivity|prison|jail|detention|custody|hands\s+of|behind\s+bars|as\s+(?:a\s+)?hostages?"
                    r"|as\s+(?:a\s+)?captives?|as\s+(?:a\s+)?prisoners?)")
_ADVERB = r"(?:(?:\w+ly|also|both|all|already|first|then|each)\s+)?"

# What may stand between a name and its predicate: a possessive-free tail, an age, one aside,
# a coordinated second name ("A and B had been ...").
_NAME_TAIL = (r"(?:\s*\([^)]{0,60}\))?(?:\s*,\s*(?:aged\s+)?\d{1,3}(?:\s+years?\s+old)?(?=\s*,))?"
              r"(?:\s*,\s*(?!who\b|whom\b)[^,;:()\"“”]{1,90}?,)?"
              r"(?:\s+(?:and|&)\s+(?:[A-Z][\w'’.\-]*\s+){0,3}[A-Z][\w'’.\-]*(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,)?)?")

_AFTER_RE = re.compile("".join([
    r"^", _NAME_TAIL, r"\s*,?\s*(?:",
    # pluperfect: a captivity that ended before the story's release
    r"(?:who\s+)?had\s+", _ADVERB, r"(?:been\s+", _ADVERB, _CAPTIVITY_STATE,
    r"|spent\b[^.;:]{0,50}?\b", _CAPTIVITY_PLACE, r"|served\s+)",
    # taken captive: the taking precedes any release
    r"|(?:who\s+)?(?:was|were)\s+", _ADVERB, r"(?:kidnapped|abducted|captured|seized|snatched",
    r"|taken\s+(?:hostage|captive|prisoner))\b",
    # "X spent 130 days in captivity"
    r"|spent\b[^.;:]{0,50}?\b", _CAPTIVITY_PLACE,
    # a term served out: "X, 44, who served 15 years of a 20-year term", "who served nine years in prison"
    r"|(?:who\s+)?served\s+(?:[\w-]+\s+){1,4}?(?:years?|months?)\s+(?:of\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:term|sentence)|(?:in|behind)\s+(?:\w+\s+)?(?:prison|jail|bars|custody|detention))\b",
    # leaving captivity in words the people stage does not read as a release
    # "Presenter X, one of those held, had sent a message during the siege"
    r"|one\s+of\s+(?:those|the\s+(?:[\w-]+\s+){0,2}(?:hostages|captives|abductees))"
    r"(?:\s+(?:held|kidnapped|abducted|seized|taken\s+hostage))?\s*,(?![^.;]{0,80}\b(?:still|remains?)\b)"
    # "said X, 34, as he walked out with his brother", "... as she left the prison"
    r"|(?:as|when)\s+(?:he|she)\s+(?:walked|came|stepped)\s+(?:free\b|out\b(?!\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:talks"
    r"|meetings?|negotiations?|court(?:room)?|hearings?|studio|conference|summit|ceremony|room|hall|office)\b))"
    r"|(?:as|when)\s+(?:he|she)\s+left\s+(?:the\s+)?(?:\w+\s+)?(?:prison|jail|detention\s+cent(?:er|re))\b"
    # "X, who walked out with her 10-year-old son this morning"
    r"|(?:who\s+)?(?:had\s+)?(?:\w+ly\s+)?walked\s+out\s+(?:with|alongside|together|unharmed|alive)\b"
    r"|(?:who\s+)?(?:had\s+|has\s+|have\s+)?(?:\w+ly\s+|also\s+)?(?:walked|walks|came|comes|stepped|steps|went)\s+(?:free\b|out\s+of\s+",
    r"(?!(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:\w+\s+)?(?:talks|meetings?|negotiations?|court(?:room)?|hearings?|parliament"
    r"|session|studio|cabinet|government|coalition|assembly|congress|senate|chamber|conference|summit|interview"
    r"|ceremony|party|race|election|deal|agreement|accord|room|hall|office|job|match|game|school|class"
    r"|palace|palais|courthouse|tribunal|building|ministry|church|mosque)\b))",
    r"|(?:who\s+)?(?:had\s+(?:\w+ly\s+|also\s+)?left|leaves)\s+(?:[\w'’\-]+\s+){0,3}(?:prison|jail|detention|custody)\b",
    # handed across a front: "X, 45, and Y, 28, crossed the cease-fire line on foot"
    r"|(?:who\s+)?(?:had\s+)?(?:\w+ly\s+)?crossed\s+(?:back\s+)?(?:over\s+)?(?:the\s+)?(?:cease-?fire|armistice|demarcation"
    r"|front|contact)\s+line\b",
    # "X, a 22-year-old conscript from Idlib who was captured near the dam in January" (not "a relative of the man
    # who was kidnapped": the clause is the other noun's)
    r"|,\s*(?:an?|the)\s+(?:(?!(?:of|to|for|with)\s+(?:the|a|an|his|her|their)\b)[^,;:()\"“”])"
    r"{1,70}?\bwho\s+(?:(?:was|were|had\s+been)\s+(?:\w+ly\s+)?(?:kidnapped|abducted|captured|seized|snatched"
    r"|taken\s+(?:hostage|captive|prisoner))|had\s+been\s+(?:held|kept)\s+(?:hostage\s+|captive\s+)?(?:since|for))\b",
    # "X, whom commandos had abducted"
    r"|whom\s+[^,;:.]{0,60}?\b(?:abducted|kidnapped|seized|captured|held|arrested|jailed|detained|imprisoned)\b",
    r")"]), re.I)
# a bare participle aside: "X, sentenced to life in 1984," / "X, detained in 1975, walked free"
_APPOS_PARTICIPLE_RE = re.compile(
    # (after an age, or a noun-phrase aside: "X, a 23-year-old student in geography, arrested on 20 October")
    # (or after a second name: "The priests A and B, arrested in the wave of arrests in December, are ...")
    r"^(?:\s+(?:and|&)\s+(?:(?-i:[A-Z])[\w'’.\-]*\s+){0,3}(?-i:[A-Z])[\w'’.\-]*)?"
    r"(?:\s*,\s*(?:aged\s+)?\d{1,3}|\s*,\s*(?:an?|the)\s+[^,;:()\"“”]{1,70}?)?\s*,\s*(?:kidnapped|abducted|captured|seized|snatched|arrested|detained"
    r"|jailed|sentenced|imprisoned|convicted)\s+(?:in|on|by|to|at|near|from|during|while|after|last|for|since)\b",
    re.I)
_BEFORE_RE = re.compile(
    r"(?:\b(?:kidnapping|abduction|capture|seizure)\s+of\s+(?:(?:the|an?|his|her|their)\s+)?"
    r"(?:(?!(?:when|who|after|and|but|as|because|while)\b)[\w'’\-]+\s+){0,3}"
    r"|\b(?:hostages?|captives?|abductees?)\s+(?:(?-i:[A-Z])[\w'’.\-]*\s+){0,2}"
    # an appositive (closed after the name, checked below): "Another hostage, X, described the final hours"
    r"|\b(?:another|one|a|the\s+(?:other|second|third|youngest|oldest|last))\s+(?:\w+\s+)?(?:hostage|captive|abductee)\s*,\s*"
    r"|\blet\s+"  # "let X go": the "go" is checked after the name
    r"|\b(?:had\s+)?(?:kidnapped|abducted|seized|captured|snatched)\s+(?:(?:the|an?|his|her|their)\s+)?"
    r"(?:(?!(?:when|who|after|and|but|as|because|while|in|on|at|from|by)\b)[\w'’\-]+\s+){0,3})$", re.I)

# After a mention, to the end of its sentence: anything saying the captivity goes on, never was,
# or ended in death.
_HOLD_AFTER_RE = re.compile(
    r"^[^.;!?]*?\b(?:remain(?:s|ed|ing)?|still|continues?\s+to|(?:is|are)\s+(?:still\s+)?(?:being\s+)?"
    r"(?:held|detained|jailed|serving|imprisoned)|(?:has|have)\s+(?:\w+ly\s+)?been\s+(?:held|detained|jailed|imprisoned"
    r"|serving|kept|in\s+(?:prison|jail|custody|detention|captivity)|under)|house\s+arrest|re-?arrested|re-?detained"
    r"|re-?imprisoned|(?:died|dies|killed|executed|murdered|slain|strangled)(?!\s+in\s+(?:19|20)\d\d)|dead|bodies|body"
    r"|beheaded|shot"
    # "had been arrested in Tegina and was in police custody": held at the story's time
    r"|(?:is|are|was|were)\s+(?:now\s+|still\s+)?in\s+(?:police\s+|military\s+|army\s+)?(?:custody|detention|jail|prison)"
    r"|not|never|n['’]t|neither|nor"
    # a trial still going on: "is awaiting a verdict", "faces a new trial", "is on trial"
    r"|(?:is|are)\s+(?:still\s+)?awaiting|awaits|faces|facing|(?:is|are)\s+on\s+trial"
    # a fate still unknown: "whose whereabouts are unknown", "is still missing", "believed to be alive"
    r"|missing|whereabouts|fate|believed\s+to\s+be)\b",
    re.I)
# ... or, past a semicolon, that the captives were killed: "seized A, B and C; they were executed in September"
_DEATH_AFTER_SEMICOLON_RE = re.compile(r";\s*(?:they|he|she|all|both|all\s+(?:three|four|five))\s+(?:\w+\s+){0,3}?"
                                       r"(?:died|killed|executed|murdered|slain|beheaded|shot)\b", re.I)
# Before a mention, anywhere in its sentence: a negation, a death, house arrest or bail, a demand,
# or the present tense.
_BLOCK_BEFORE_RE = re.compile(
    r"\b(?:not|never|neither|nor|died|killed|dead|murdered|slain|executed|bodies|house\s+arrest|bail|parole"
    # left out of the release: "Missing from the exchange was X, who was seized on Dec. 11"
    r"|missing|absent|excluded|omitted|left\s+out"
    r"|demand(?:ed|s|ing)?|pressure|called\s+for|calling\s+for"
    # the present tense: "Among those kidnapped is also X, kidnapped in 2000", "Those held include X"
    r"|is|are|include|includes"
    # a captivity that goes on: "Thousands remain in captivity, among them X, captured in March 2022"
    r"|remain|remains|remaining|still"
    # a tally of those held now: "counts at least 18 people in prison, among them X, sentenced in 2020"
    r"|currently|(?:people|prisoners|detainees|others|those|men|women)\s+(?:now\s+)?(?:in|behind)\s+"
    r"(?:prison|jail|bars|detention|custody))\b|n['’]t\b"
    # a comparison with an earlier case: "the first such kidnapping since 1953, when X was abducted"
    r"|\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:\w+\s+)?(?:19|20)\d\d\s*,\s*when\b",
    re.I)
# the captors are the sentence's subject: "Two guerrillas who were guarding the hostages, ... X, were captured"
# (unless they let the person go: "The kidnappers let X go on Friday")
_CAPTOR_SUBJECT_RE = re.compile(
    r"^\W*(?:[\w'’\-]+\s+){0,2}(?:kidnappers?|captors?|abductors?|hostage[- ]takers?|gunmen|guerrillas?|militants?"
    r"|insurgents?|rebels?|gangs?|bandits?|pirates?|hijackers?)\b", re.I)  # (also "The gang's leader, X, was captured")
# Close before it (lower case, so the title "Father X" is no relation): a captor, an agent or a
# relation ("A relative of one of the hostages, X, told ...", "pressure from the kidnappers to free X"),
# or a preposition whose object the name is ("from Ann Arbor", "nephews of first lady X").
_BLOCK_NEAR_RE = re.compile(
    r"\b(?:kidnappers?|captors?|abductors?|hostage[- ]takers?|gunmen|guerrillas?|militants?|insurgents?|rebels?"
    r"|negotiators?|mediators?|lawyers?|attorneys?|envoys?|spokes(?:man|woman|person)|commanders?|warlords?"
    r"|relatives?|family|families|wife|husband|sons?|daughters?|brothers?|sisters?|mother|father|parents?"
    r"|suspects?|informants?|accomplices?)"  # "a suspected informant of the gang, X, had been arrested"
    r"(?:\s*,?\s*(?:(?!let\b)[\w'’.\-]+\s+){0,3}|\s+of\s+[^,;]{1,40},\s*(?:(?-i:[A-Z][a-z]{0,3})\.?\s+)?"  # (", Me X")
    r"|\s+of\s+(?:[\w'’.\-]+\s+){1,4})$"  # "the son of former prime minister X who was abducted": the son was
    r"|\b(?:of|from|in|at|by|with|for|to|near|into|on)\s+(?:(?:the|an?)\s+)?(?:(?!(?:particular|was|were|is|are|had|has|have|and|but)\b)[\w'’.\-]+\s+){0,2}$"
    r"|\bto\s+(?:free|release|swap|exchange)\s+(?:[\w'’.\-]+\s+){0,3}$")
_NEAR = 60
# ... but a reporter's interviewee is no object of a preposition the block means: "We've spoken to X, who walked out"
_SPOKE_TO_END_RE = re.compile(r"\b(?:spoke|spoken|speak|speaks|speaking|talked|talks|talking|talk)\s+(?:to|with)\s+$", re.I)
# A captivity told as past before the story's time: "Last year ...", "In October last year ...".
_EARLIER_RE = re.compile(r"\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|monday|tuesday|wednesday"
                         r"|thursday|friday|saturday|sunday)|previously|earlier|in\s+the\s+past|ago"
                         r"|recalls?)\b", re.I)
# the next sentence's captor still holds those just named: "Israel has said it holds them as bargaining chips"
_HOLDS_THEM_NEXT_RE = re.compile(r"\b(?:holds|is\s+holding|are\s+holding|keeps|is\s+keeping|still\s+holds?|detains)\s+"
                                 r"(?:them|both(?:\s+men)?|the\s+(?:two|three|four|five|pair)\b)", re.I)
# The next sentence keeps a group captive: "The two French remain in Taliban hands."
_GROUP_HELD_NEXT_RE = re.compile(
    r"^\W*(?:they|both|all|he|she|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\w+)(?:\s+\w+)?)\b"
    r"[^.;!?]{0,60}?\b(?:remain(?:s|ed)?|still|continue\s+to|(?:is|are)\s+(?:still\s+)?(?:being\s+)?held)\b", re.I)
# ... and so does the sentence before, when this one goes on about the same captive: "A French adviser
# kidnapped in July is still being held. The man, who travelled as X, was seized with a colleague."
_HELD_NOW_RE = re.compile(
    r"\b(?:(?:is|are)\s+(?:still\s+)?(?:being\s+)?(?:held|detained|jailed|imprisoned)|still\s+(?:being\s+)?held"
    r"|remains?\s+(?:in\s+(?:captivity|custody|detention|prison|jail)|held|detained|jailed|(?:a\s+)?hostages?|missing))\b",
    re.I)
# ... a plural still held, whose roll the next sentences may go on naming
_GROUP_HELD_NOW_RE = re.compile(r"\b(?:are|remain)\s+(?:still\s+)?(?:(?:believed|thought|said|known|understood|reported)\s+"
                                r"to\s+be\s+(?:still\s+)?)?(?:being\s+)?(?:held|detained|jailed|imprisoned"
                                r"|in\s+(?:captivity|custody|detention|prison|jail)|hostages|captives)\b", re.I)
_ANAPHOR_OPEN_RE = re.compile(r"^\W*(?:[Hh]e|[Ss]he|[Tt]he\s+(?:man|woman|[a-z]+(?:er|ist|or|ian|ant|ent)))\b(?!\s+(?:of|who)\b)")
# ... or the next one says the captives died: "Israel had long believed they died of their wounds"
_DEATH_NEXT_RE = re.compile(r"\b(?:(?:they|he|she)\s+(?:had\s+)?(?:\w+\s+){0,2}?(?:died|dead|(?:was|were)\s+killed)"
                            r"|(?:their|his|her)\s+deaths?(?!\s+(?:sentences?|penalty|penalties|row|threats?)\b))\b", re.I)
# ... or that nobody knows what became of them: "Officials said they had no information on his fate."
_FATE_UNKNOWN_NEXT_RE = re.compile(
    r"\b(?:(?:no|little|any)\s+(?:information|news|word)\s+(?:on|about|of)\s+(?:his|her|their)\s+(?:fate|whereabouts)"
    r"|(?:his|her|their)\s+(?:fate|whereabouts)\s+(?:is|are|remains?|was|were)\s+(?:still\s+)?(?:unknown|unclear))\b",
    re.I)
# The next sentence opens on a pronoun for the one(s) this sentence opens on, and takes them captive:
# "A, 32, and B, 60, worked for an aid group. They were seized on Oct. 25 in Galkayo."
_PRONOUN_TAKEN_RE = re.compile(
    r"^\W*(?:they|he|she)\s+(?:had\s+been|were|was)\s+(?:\w+ly\s+)?(?:kidnapped|abducted|captured|seized"
    r"|snatched|taken\s+(?:hostage|captive|prisoner))\b", re.I)
_OPENING_SUBJECT_RE = re.compile(  # what may precede a name that opens its sentence: "A, 32, of Ohio, and ", "A, B and "
    r"^\W*(?:(?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’.\-]*(?:\s*,\s*(?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’.\-]*(?=\s*,|\s+(?:and|&)\s))*"
    r"(?:\s*,[^,;.]{1,40}(?=,))*\s*,?\s*(?:and|&)\s+)?$")
_POSSESSIVE_RE = re.compile(r"^['’]s?\b")
_QUOTED_RE = re.compile(r"[\"“][^\"“”]*[\"”]")
_GO_RE = re.compile(r"^\s+go\b")
_CAPITAL_NEXT_RE = re.compile(r"^ (?-i:[A-Z])")
_SENTENCE_BEFORE_CUT_RE = re.compile(r"[;:!?]|\.\s")
# the head of a semicolon list, up to its first comma: "They include ..." (present tense: captives still)
_LIST_HEAD_RE = re.compile(r"[^,;:]*?\b(?:include|includes|remain|remains|are|is)\b", re.I)

# A bulleted list (items as `MARKED_ITEM_RE` marks them) under a header (": ") that follows a count of those held
# now: "there were 268 political prisoners ... Among them:" then "- journalist X, jailed since October 2020;" -- its
# items are still captives.
_HELD_LIST_CONTEXT_RE = re.compile(
    r"\b(?:there\s+(?:are|were|remain)\s+(?:still\s+)?"
    r"(?:some\s+|about\s+|around\s+|at\s+least\s+|over\s+|more\s+than\s+)?"
    r"[\d,.]+\s+(?:\w+\s+)?(?:prisoners|detainees|hostages|captives)"
    r"|(?:remain|remains|still)\s+(?:held|detained|jailed|imprisoned|behind\s+bars"
    r"|in\s+(?:prison|jail|custody|detention|captivity))"
    r"|(?:are|is)\s+(?:still\s+)?(?:being\s+)?(?:held|detained|jailed|imprisoned)|still\s+behind\s+bars)\b", re.I)
_LIST_RELEASE_RE = re.compile(r"\b(?:freed|released|releases|frees|pardoned|amnest\w*|set\s+free|walked\s+free"
                              r"|exchanged|swapped|handed\s+over|liberated)\b", re.I)
_ITEM_CAPTIVITY_RE = re.compile(rf"\b{_CAPTIVITY_STATE}\b", re.I)


def _held_list_items(sentences: list[str]) -> set[int]:
    """Indices of the items of a bulleted list a header presents as people held now."""
    items: set[int] = set()
    for k, s in enumerate(sentences):
        if not s.rstrip().endswith(":") or k + 1 >= len(sentences) or not MARKED_ITEM_RE.match(sentences[k + 1]):
            continue
        context = (sentences[k - 1] + " " if k else "") + s
        if not _HELD_LIST_CONTEXT_RE.search(context) or _LIST_RELEASE_RE.search(context):
            continue
        j = k + 1
        while j < len(sentences) and MARKED_ITEM_RE.match(sentences[j]):
            items.add(j)
            j += 1
    return items


_RELEASE_METRICS = {"released", "exchanged", "transferred"}
# The lede tells the story's event: "An Italian missionary kidnapped ... was freed unharmed late Thursday".
_LEDE_RELEASE_RE = re.compile(r"\b(?:freed|released|set\s+free|walked\s+free|handed\s+over|rescued|liberated|pardoned"
                              r"|exchanged|swapped|frees|releases|pardons|amnesty|amnestied|in\s+exchange\s+for|swap"
                              r"|" + ESCAPED_CAPTORS + r")\b", re.I)
_LEDE_SENTENCES = 3
_LEDE_MIN_WORDS = 8  # page heads, datelines and headlines before the lede are no sentences of it
_WINDOW = 160


def _occurrences(sentence: str, term: re.Pattern):
    for m in term.finditer(sentence):
        yield m.start(), m.end()


def _before(sentence: str, start: int) -> str:
    head = sentence[:start]
    cut = 0
    for m in _SENTENCE_BEFORE_CUT_RE.finditer(head):
        cut = m.end()
    if cut and head[cut - 1] == ";":
        lead = _LIST_HEAD_RE.match(head)
        if lead:  # "They include A, seized in 2016; B, kidnapped in 2015": every item shares the list's head
            return lead.group(0) + " " + head[cut:]
    return head[cut:]


def _term(person: dict, shared_surnames: set[str]) -> re.Pattern:
    """One pattern for every spelling of the person (longest first), and the bare surname unless shared."""
    words = {w for w in [person["name"], *person.get("aliases", [])] if w}
    surname = person["name"].split()[-1]
    if len(surname) >= 3 and surname[:1].isupper() and surname not in shared_surnames and len(person["name"].split()) > 1:
        words.add(surname)
    return _pattern(tuple(sorted(words, key=len, reverse=True)))


@lru_cache(maxsize=4096)
def _pattern(words: tuple[str, ...]) -> re.Pattern:
    return re.compile(r"(?<![\w'’\-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w\-])")


def _evidence(sentences: list[str], term: re.Pattern) -> str | None:
    """The sentence that makes the person a past captive, or None (also when anything blocks it)."""
    found = None
    for k, s in enumerate(sentences):
        for start, end in _occurrences(s, term):
            after = s[end:end + _WINDOW * 2]
            if _POSSESSIVE_RE.match(after) or _CAPITAL_NEXT_RE.match(after):
                continue  # "X's group stormed ...", "Quebec Labor Minister Y": not the person's own predicate
            before = _before(s, start)
            if '"' in before or "“" in before:
                before = _QUOTED_RE.sub(" ", before)  # what a speaker says is no negation of the captivity
            evidence = _BEFORE_RE.search(before)
            let_go = bool(evidence) and evidence.group(0).lower().startswith("let")
            if (let_go and not _GO_RE.match(after)) or (evidence and evidence.group(0).endswith(",")
                                                        and not after.startswith(",")):
                evidence, let_go = None, False  # "let X speak"; "the hostage, X said": no appositive
            if _HOLD_AFTER_RE.match(after) or _DEATH_AFTER_SEMICOLON_RE.search(after) or _BLOCK_BEFORE_RE.search(before) \
                    or (_BLOCK_NEAR_RE.search(before[-_NEAR:]) and not _SPOKE_TO_END_RE.search(before)) \
                    or (not let_go and _CAPTOR_SUBJECT_RE.search(before)):
                return None  # still held, never held, dead, an agent or relative: leave the person alone
            taken_next = k + 1 < len(sentences) and bool(_PRONOUN_TAKEN_RE.match(sentences[k + 1])) \
                and bool(_OPENING_SUBJECT_RE.match(s[:start]))
            # (the whole next sentence: an abbreviation's full stop, "Oct. 25", must not end the scan)
            if taken_next and (_HOLD_AFTER_RE.match(sentences[k + 1].replace(".", ",")) or _EARLIER_RE.search(sentences[k + 1])):
                return None  # "They were seized in May and remain in captivity"
            if found is None and (evidence or _AFTER_RE.match(after[:_WINDOW]) or _APPOS_PARTICIPLE_RE.match(after)
                                  or taken_next):
                if _EARLIER_RE.search(s):
                    return None
                if k + 1 < len(sentences) and (_GROUP_HELD_NEXT_RE.match(sentences[k + 1])
                                               or _HOLDS_THEM_NEXT_RE.search(sentences[k + 1])
                                               or _DEATH_NEXT_RE.search(sentences[k + 1])
                                               or _FATE_UNKNOWN_NEXT_RE.search(sentences[k + 1])):
                    return None
                if k and _ANAPHOR_OPEN_RE.match(s) and _HELD_NOW_RE.search(sentences[k - 1]):
                    return None
                if k and _OPENING_SUBJECT_RE.match(s[:start]) and any(
                        _GROUP_HELD_NOW_RE.search(sentences[j]) for j in range(max(0, k - 2), k)):
                    # "Eight Americans are still held in Lebanon. ... X, a dean, was seized in June 1985.": one
                    # more of a roll of those held now
                    return None
                found = s
    return found


def _lede(sentences: list[str]) -> list[str]:
    """The first sentences of the story proper (page heads, datelines and headlines skipped)."""
    return list(islice((s for s in sentences if len(s.split()) >= _LEDE_MIN_WORDS), _LEDE_SENTENCES))


# a captivity the sentence ends itself, with its own year: "before the charges against him were withdrawn in 1978"
_ENDED_IN_YEAR_RE = re.compile(
    r"\b(?:before|until)\s+(?:the\s+)?(?:charges?|case|cases|indictment|prosecution)\b[^.;]{0,40}?"
    r"\b(?:withdrawn|dropped|dismissed|quashed|thrown\s+out)\s+(?:\w+\s+){0,3}?in\s+(?:\w+\s+)?(?:19|20)\d\d\b", re.I)


_KIN_BEFORE_RE = re.compile(r"\b" + KIN_WORD + r"\s*,?\s*(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}$", re.I)


def promote_captives(sentences: list[str], counts: list[dict], people: list[dict]) -> list[dict]:
    """`people` with past captives of a release story marked released (this event), and the items of a list of
    those held now marked held; see module doc."""
    people = _hold_list_items(sentences, people)
    story_release = any(c.get("scope") == "this_event" and c.get("metric") in _RELEASE_METRICS for c in counts) \
        or any(p["status"] == "released" and p["scope"] == "this_event" for p in people) \
        or any(_LEDE_RELEASE_RE.search(s) for s in _lede(sentences))
    if not story_release:
        return people
    surnames = _surnames_shared(people)
    held = [_term(p, surnames) for p in people if p["status"] == "held" and p["name"]]
    out = []
    for p in people:
        if p["status"] == "mentioned" and p.get("role") in (None, "relative") and p["name"]:
            term = _term(p, surnames)
            quote = _evidence(sentences, term)
            if quote is not None and p.get("role") == "relative" and not any(
                    _KIN_BEFORE_RE.search(quote, 0, m.start()) for m in term.finditer(quote)):
                # a relative is a captive only where the story names them as someone's kin ("Her son X, a marine
                # captured at Mariupol, was on the bus"), not where their own aside is the kinship ("X, the mother of
                # Y, who was abducted in 1999": the clause is the son's)
                quote = None
            # "A remains a hostage. A and B were kidnapped in August": taken with someone still held, B shares
            # their fate as far as the story tells
            if quote is not None and _ENDED_IN_YEAR_RE.search(quote):
                quote = None  # "spent months in custody before the charges were withdrawn in 1978": its own end
            if quote is not None and not any(t.search(quote) for t in held):
                p = {**p, "status": "released", "scope": "this_event", "quote": quote}
        out.append(p)
    return out


def _surnames_shared(people: list[dict]) -> set[str]:
    """Surnames more than one person in the article bears (a bare surname would not say which)."""
    surnames: dict[str, int] = {}
    for p in people:
        if p["name"]:
            last = p["name"].split()[-1]
            surnames[last] = surnames.get(last, 0) + 1
    return {s for s, n in surnames.items() if n > 1}


def _hold_list_items(sentences: list[str], people: list[dict]) -> list[dict]:
    """People left "mentioned" whom an item of a list of those held now tells as captives are held."""
    items = [sentences[k] for k in sorted(_held_list_items(sentences)) if _ITEM_CAPTIVITY_RE.search(sentences[k])]
    if not items:
        return people
    shared = _surnames_shared(people)
    out = []
    for p in people:
        if p["status"] == "mentioned" and p.get("role") is None and p["name"]:
            term = _term(p, shared)
            item = next((s for s in items if term.search(s)), None)
            if item is not None:
                p = {**p, "status": "held", "scope": "this_event", "quote": item}
        out.append(p)
    return out
