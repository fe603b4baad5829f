"""Article text: HTML to main text, page-chrome removal, sentence splitting.

Everything here is a pure function over strings. The cleaning rules are general
heuristics about what news pages carry besides the story (photo credits, nav
lines, player residue, lists of unrelated headlines), never rules for one site.
"""
from __future__ import annotations

import re

# --- HTML ---------------------------------------------------------------

_TAG_RE = re.compile(r"<[^>]+>")
_SCRIPT_RE = re.compile(r"<(script|style|noscript)\b.*?</\1\s*>", re.I | re.S)


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or ("<body" in head) or head.count("<p") + head.count("<div") >= 3


def html_to_text(html: str) -> str:
    """Main text of an HTML page via trafilatura; crude tag strip as fallback."""
    text = None
    try:
        import trafilatura

        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    except Exception:  # trafilatura can choke on broken markup; never fail the article
        text = None
    if text and len(text) > 200:
        return text
    import html as _html

    body = _SCRIPT_RE.sub(" ", html)
    body = re.sub(r"</(p|div|h\d|li|br|tr)\s*>|<br\s*/?>", "\n", body, flags=re.I)
    stripped = _html.unescape(_TAG_RE.sub(" ", body))
    return text if text and len(text) >= len(stripped.strip()) else stripped


# --- line-level chrome ---------------------------------------------------

# Lines that are page furniture wherever they appear.
_CHROME_LINE_RE = re.compile(
    r"""^(?:
        accessibility\ links|skip\ to\ (?:main\ )?content|breaking\ news|updated|listen|
        please\ wait|no\ media\ source\ currently\ available|share(?:\ this)?(?:\ article)?|
        advertisement|read\ more|related(?:\ articles|\ stories)?|more\ stories|
        sign\ up.*newsletter.*|subscribe.*|follow\ us.*|to\ find\ out\ more,?\ click\ here\.?|
        this\ audio\ is\ ai-generated|\d+\ min(?:\ read)?|
        (?:xs|sm|md|lg|xl)|copyright.*|©.*|all\ rights\ reserved.*|cookie.*|
        [\d:\s]+                                  # media-player times "0:00 0:02:05 0:00"
    )$""",
    re.I | re.X,
)
# Wire-service tails and promo lines: bylines, editing credits, standards blurbs, promos.
_TAIL_LINE_RE = re.compile(
    r"^(?:\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b.*"
    r"|our\s+standards:.*"
    r"|(?:click|tap)\s+here\b.*|read\s+more:.*|(?:also\s+)?read:.*|read\s+also:.*|watch:.*|see\s+also:.*|related:.*"
    r"|follow\s+(?:us|\w+)\s+on\s+(?:twitter|x|facebook|instagram|telegram)\b.*"
    r"|share\s+(?:on|via)\s+\w+.*|get\s+the\s+latest\b.*|download\s+(?:our|the)\s+app\b.*"
    r"|(?:this\s+)?(?:story|article)\s+(?:has\s+been|was)\s+(?:updated|corrected)\b.*"
    r"|this\s+situation\s+is\s+(?:ongoing|developing)\.?|this\s+is\s+a\s+developing\s+story\.?"
    # media-player residue: a related clip with its running time ("[VIDEO] 2:14 ..."; a "[Photo]" caption may
    # carry the story), "Video player loading...", "If the video does not play, ..."
    r"|\[(?:video|audio)\]\s*\d{1,2}:\d\d\b.*|(?:video|media)\s+player\s+loading\b.*"
    r"|(?:if|when)\s+the\s+video\s+(?:does\s+not|doesn['’]t|fails\s+to|won['’]t|will\s+not)\s+(?:play|load)\b.*)$",
    re.I,
)
# The tails that end a line rather than open it; scanned only when their key word is on the line.
_TAIL_END_RE = re.compile(
    r"^(?:.*\btrust\s+principles\.?\)?"
    r"|(?:the\s+)?associated\s+press\s+(?:writers?|reporters?|journalists?)\b.*\bcontributed\b.*"
    r"|.*\bcontributed\s+(?:to\s+)?(?:this|the)\s+report(?:ing)?\.?)$",
    re.I,
)


# A cookie banner's sentences and buttons: "We use cookies to ...", "By continuing ... cookie policy", "[Accept] [Settings]"
_COOKIE_RE = re.compile(r"\bcookies?\b.*\b(?:use|uses|using|accept|consent|policy|agree|settings|preferences)\b"
                        r"|\b(?:use|uses|using|accept|consent|agree)\b.*\bcookies?\b", re.I)
_COOKIE_MAX = 400  # a banner is a line or two; a story paragraph that mentions cookies stays
_BUTTONS_RE = re.compile(r"^(?:\[[^\]]{1,25}\]\s*)+$")
# A navigation bar: three or more short items between pipes ("Home | News | Sport | Weather").
# A byline or a dated slug ("By X | Reuters | 20 April 2007") is not one: it names and dates the story.
_NAV_ITEM_RE = re.compile(r"^[\w&'’+\- ]{1,25}$")
_NAV_KEEP_RE = re.compile(r"\bby\s|\d{4}|\d{1,2}:\d\d", re.I)


def _is_nav_line(line: str) -> bool:
    items = [i.strip() for i in line.split("|")]
    return len(items) >= 3 and not _NAV_KEEP_RE.search(line) and all(
        _NAV_ITEM_RE.match(i) and len(i.split()) <= 3 for i in items if i)


def _is_furniture(line: str) -> bool:
    """Cookie banners, button rows and navigation bars (cheap key-character tests first)."""
    if "|" in line and _is_nav_line(line):
        return True
    if line[0] == "[" and _BUTTONS_RE.match(line):
        return True
    return len(line) <= _COOKIE_MAX and ("ookie" in line or "OOKIE" in line) and _COOKIE_RE.search(line) is not None


def _is_tail_line(line: str) -> bool:
    if _TAIL_LINE_RE.match(line):
        return True
    low = line.lower()
    return ("trust" in low or "contributed" in low) and _TAIL_END_RE.match(line) is not None


# Bullet + generic image labels ("• 16x9 Image").
_IMAGE_LABEL_RE = re.compile(r"^[•·*\-\s]*(?:\d+x\d+\s+)?image\b.*$", re.I)
# Photo credits and "Image: source" tails glued to a caption.
_CREDIT_TAIL_RE = re.compile(
    r"(?:\s*(?:Image|Photo|Foto|Picture|Credit)s?:\s*[\w.\-/ ]{1,60}$)"
    r"|(?:\s+\b[A-Z]{2,}(?:/[A-Z][\w.\-]+(?:\s+[A-Z][\w.\-]+){0,3})$)"  # REUTERS/Maksym Kishka, AP/AFP
    r"|(?:\s*\((?:[A-Za-z]{2,5}/){1,4}[A-Za-z]{2,5}\)\s*$)",             # (dab/sda/dpa)
)
# A dateline stamp the aggregator left on line one ("date 2025-12-15 Sign up ...").
_LEADING_DATE_RE = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s*", re.I)
# Wire dateline opening a paragraph: "BERLIN, Dec 15 -", "TEL AVIV, Jan 19 (Reuters) -", "KYIV (AP) —".
_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'\- ]{1,30}(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s+\((?:Reuters|AP|AFP|dpa|RFE/RL|Xinhua|UNIAN|Interfax|TASS|[A-Z][A-Za-z./]{1,15}(?:\s+[A-Z][A-Za-z./]{1,15})?)\))?"
    r"\s+[-—–]{1,2}\s+(?=[A-Z\"“])"
)
# A transcript's speaker label: a role in capitals, maybe with the name ("NADINE FARROW, HOST:", "ANCHOR (JANE
# DOE):"), or an interview's "Q:" / "A:" (a bare name in capitals is left: "READ ALSO:" looks the same)
_SPEAKER_LABEL_RE = re.compile(
    r"^(?:Q|A|(?:[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){1,3},\s*)?(?:ANCHOR|HOST|CO-HOST|PRESENTER|REPORTER"
    r"|CORRESPONDENT|INTERVIEWER|MODERATOR|NARRATOR|GUEST)(?:\s*\([A-Z][A-Za-z.'’\- ]{1,40}\))?)\s*:\s+(?=\S)")
# Wire-service slugs before a headline: "UPDATE 2-", "REFILE-", "CORRECTED-UPDATE 1-" (the number is a version).
_WIRE_SLUG_RE = re.compile(
    r"^(?:(?:UPDATE|REFILE|RPT|CORRECTED|CORRECTION|WRAPUP|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX|TIMELINE|URGENT|FLASH)"
    r"(?:\s+\d{1,2})?\s*-\s*)+(?=\S)")
_SIGNUP_RE = re.compile(r"\bSign up now:.*$", re.I)
# A heading that introduces a list of other stories ("Most viewed", "Related", "Read more:").
# The headlines under it are other news, not this story, whatever they say.
_LIST_HEADER_RE = re.compile(
    # (a translated page may keep the original beside it: "LEIA TAMBÉM / READ ALSO")
    r"^(?:[^/:.]{1,30}/\s*)?"
    r"(?:most\s+(?:viewed|read|popular|shared|watched|commented)(?:\s+(?:stories|articles|today|now))?|popular(?:\s+now)?|"
    r"trending(?:\s+(?:now|stories|news))?|related(?:\s+(?:articles?|stories|content|coverage|news|topics|reading|links"
    r"|reports|videos|items))?|follow\s+also|"
    r"more\s+(?:stories|news|on\s+this(?:\s+story|\s+topic)?|from\s+[\w\s&'’.,\-]{1,30}|to\s+read|like\s+this)|"
    r"(?:read|see|watch)\s+(?:more|also|next)|also\s+(?:read|see|on\s+[\w\s]{1,20})|top\s+stories|"
    r"latest\s+(?:news|stories|headlines)|recommended(?:\s+(?:for\s+you|stories|reading))?|"
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|be\s+interested\s+in)|editors?['’]?s?\s+(?:picks?|choice)|in\s+other\s+news|"
    r"what\s+to\s+read\s+next|further\s+reading|explore\s+more|elsewhere\s+on\s+[\w\s]{1,20})\s*[:.]?$",
    re.I,
)
# A list item under such a heading: short, and not a prose sentence ending in a full stop.
_LIST_ITEM_MAX = 160
_MARKED_ITEM_MAX = 320
_STATUS_INTRO_RE = re.compile(r"\b(?:still|remain\w*|held|detained|jailed|imprisoned|freed|released|pardoned"
                              r"|set\s+free)\b", re.I)
_ITEM_CLAUSE_RE = re.compile(r"\b(?:is|are|was|were|will|would|has|have|had|shall|should|can|could|must)\b")
_DEMAND_INTRO_RE = re.compile(r"\b(?:calls?\s+for|demands?|urges?|asks?\s+for)\s*:\s*$", re.I)
_LIST_HEADER_MAX = 40
# Prose ends with a full stop (or '!'), maybe inside quotes: '... he said: "We will not stop."'
_PROSE_END_RE = re.compile(r"[.!…][\"'”’»)\]]*$")
_TRUNCATED_END_RE = re.compile(r"(?:\.\.\.|…)$")
_SENT_END_RE = re.compile(r"[.!?…\"”»'’)]\s*$")


def _is_headline_like(line: str) -> bool:
    """A short line without sentence-final punctuation, mostly capitalised words."""
    s = line.strip()
    if not s or len(s) > 160 or _SENT_END_RE.search(s):
        return False
    words = re.findall(r"[A-Za-zÀ-ÿ][\w'’\-–]*", s)
    if not 2 <= len(words) <= 22:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps / len(words) >= 0.6


BULLETS = "-–•·*▪►"  # the marks that open a list item (the hyphen first, so a character class reads it as itself)
# A bulleted line without a full stop: an item of a list of links ("- Kenya: 7 critics freed, group says").
_BULLET_ITEM_RE = re.compile(rf"^\s*[{BULLETS}]\s+\S")


def _is_link_item(line: str) -> bool:
    s = line.strip()
    return bool(_BULLET_ITEM_RE.match(s)) and len(s) <= _LIST_ITEM_MAX and not _PROSE_END_RE.search(s)


def _drop_link_lists(lines: list[str], min_run: int = 2) -> list[str]:
    """Remove runs of >= min_run bulleted, unpunctuated lines: lists of other stories, whatever their case."""
    out: list[str] = []
    run: list[str] = []
    introduced = False  # the run follows a line ending in a colon: the story's own list, never dropped
    for line in lines + [None]:
        if line is not None and _is_link_item(line):
            if not run:
                introduced = _after_colon(out)
            run.append(line)
            continue
        if line is not None and not line.strip() and run:
            continue  # blank lines inside the list
        if len(run) < min_run or introduced:
            out.extend(run)
        run = []
        if line is not None:
            out.append(line)
    return out


# a live page's own summary of the story or its question header over a list, not a list of other stories
_OWN_LIST_HEADER_RE = re.compile(r"\s*(?:key\s+(?:events|points|developments|facts)|highlights|summary|at\s+a\s+glance"
                                 r"|what\s+we\s+know(?:\s+so\s+far)?|the\s+latest)\s*[:.]?\s*$"
                                 r"|\s*who\s+(?:are|were)\s+the\b[^?]{1,60}\?\s*$", re.I)  # "Who are the five freed?"


def _after_colon(out: list[str]) -> bool:
    """True if the last kept line that is no blank ends with a colon or heads the story's own summary
    ("Key events"), or is a bulleted item of such a list."""
    for line in reversed(out):
        if not line.strip():
            continue
        if line.rstrip().endswith(":") or _OWN_LIST_HEADER_RE.match(line):
            return True
        if not MARKED_ITEM_RE.match(line):
            return False
    return False


def _drop_headline_runs(lines: list[str], min_run: int = 3) -> list[str]:
    """Remove runs of >= min_run consecutive headline-like lines (related-story lists)."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) < min_run:
            out.extend(run)
        run.clear()

    for line in lines:
        if not line.strip():
            # blank lines do not break a run of headlines
            if run:
                continue
            out.append(line)
            continue
        if _is_headline_like(line) and not (MARKED_ITEM_RE.match(line) and _after_colon(out)):
            run.append(line)
        else:
            flush()
            out.append(line)
    flush()
    return out


# An item of a list the story itself introduces with a colon: "1. Dr. Beko Ransome-Kuti", "- Chief Frank Kokori".
_LIST_ITEM_RE = re.compile(rf"^\s*(?:\d{{1,3}}[.)]|[{BULLETS}—])?\s*(?P<item>\S.*?)[;,]?\s*$")  # ("—Karl X, 63, life;")
MARKED_ITEM_RE = re.compile(rf"^\s*(?:\d{{1,3}}[.)]|[{BULLETS}])\s+\S")  # (read by the captives pass too)


_INNER_STOP_RE = re.compile(r"\b[a-z]{2,}[.!?][\"'”’»)]*\s+[\"'“‘«(]?[A-Z]")  # (not "Dr. Beko")


def _join_introduced_lists(lines: list[str]) -> list[str]:
    """'... release of the following nine detainees:' then one name per line: the items are the sentence's
    own list, so they join it ('...: A; B; C.') instead of reading as a run of headlines or links."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.rstrip().endswith(":"):
            out.append(line)
            i += 1
            continue
        demands = bool(_DEMAND_INTRO_RE.search(line))  # (each numbered demand may be a sentence of its own)
        if len(line) < 20 and not (demands and MARKED_ITEM_RE.match(
                next((x for x in lines[i + 1:i + 3] if x.strip()), ""))):
            out.append(line)  # (a short intro opens only a list of demands: "The NGO urges:" "1. ...")
            i += 1
            continue
        items: list[str] = []
        # (only an intro that gives the items a status takes long ones: "... are still detained:"; an "Among
        # them:" under a count keeps its long items as lines, which the captives pass reads one by one)
        status_intro = bool(_STATUS_INTRO_RE.search(line[-80:]))
        j = i + 1
        while j < len(lines):
            nxt = lines[j]
            if not nxt.strip():
                if items and j + 1 < len(lines) and MARKED_ITEM_RE.match(lines[j + 1]):
                    j += 1  # a blank line between marked items
                    continue
                if not items:
                    j += 1
                    continue
                k = j + 1
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if items[0].endswith(":") and k + 1 < len(lines) and lines[k].rstrip().endswith(":") \
                        and len(lines[k]) <= _LIST_ITEM_MAX and MARKED_ITEM_RE.match(lines[k + 1]):
                    j = k  # the list's next sub-header ("Members of the union's leadership:") and its items
                    continue
                break
            # (a marked item may run long when it is no clause: "- X, lawyer and head of ..., held in Y;")
            marked = MARKED_ITEM_RE.match(nxt)
            long_ok = marked and status_intro and not _ITEM_CLAUSE_RE.search(nxt)
            if len(nxt) > (_MARKED_ITEM_MAX if long_ok else _LIST_ITEM_MAX) \
                    or (len(nxt) > 60 and _PROSE_END_RE.search(nxt.rstrip(" ;,")) and not ((items or demands) and marked)):
                break  # (a bulleted item after bulleted items is one of them, full stop or not)
            items.append(_LIST_ITEM_RE.match(nxt).group("item").rstrip(" .;,"))
            j += 1
        if len(items) >= 2 and not any(_INNER_STOP_RE.search(it) for it in items):
            # (an item of two sentences stays a bulleted line: joined, its full stop would end the list)
            # (a sub-header is an item of its own: "...: Defendants in the trial of X; A; B; Members of Y; C.")
            out.append(line.rstrip() + " " + "; ".join(it.rstrip(":") for it in items) + ".")
            i = j
        else:
            out.append(line)
            i += 1
    return out


# a line that stops mid-sentence: hard-wrapped copy (archives, e-mail bulletins) breaks its lines anywhere
_WRAPPED_END_RE = re.compile(r"(?:,|\b(?:and|or|but|nor|the|a|an|of|to|in|on|at|by|for|with|from|that|who|whom|which"
                             r"|as|is|are|was|were|has|have|had|be|been|not|than|its|his|her|their|our|into|about|after"
                             r"|before|since|while|said|says|told))$", re.I)
_WRAP_MIN = 50  # a shorter line is a heading or a list item, never wrapped prose
_WRAP_MAX = 120  # a text with longer lines is not wrapped at a fixed width
_LIST_MARKS = BULLETS + "—0123456789("  # a line opening with one starts an item of its own


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text breaks at: most of its long lines end near one width, and no line is
    much longer (a text whose paragraphs are single lines has no such width)."""
    long = [len(x.rstrip()) for x in lines if len(x) >= _WRAP_MIN]
    if len(long) < 6 or max(long) > _WRAP_MAX:
        return None
    width = max(long)
    return width if sum(n >= width - 15 for n in long) * 2 >= len(long) else None


def _unwrap(lines: list[str]) -> list[str]:
    """Hard-wrapped paragraphs joined back into one line each: a long line that stops mid-sentence goes on in
    the next line when that one starts in lower case or the break fell after a comma or a function word --
    or, in a text wrapped at a fixed width, when the line runs to that width ("del Poder / Ejecutivo")."""
    out: list[str] = []
    width = _wrap_width(lines)
    full = width - 25 if width else None  # (a line this long was broken by the width, not by its writer)
    for line in lines:
        prev = out[-1].rstrip() if out else ""
        nxt = line.lstrip()
        if len(prev) >= _WRAP_MIN and nxt and (nxt[0].islower() or _WRAPPED_END_RE.search(prev)
                                               or (full and len(prev) >= full and nxt[0] not in _LIST_MARKS)) \
                and prev[-1:] not in ".!?:;\"”’)]":
            out[-1] = prev + " " + nxt
        else:
            out.append(line)
    return out


def clean_text(text: str) -> str:
    """Story text with page chrome removed; paragraphs separated by blank lines."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    lines = _unwrap(text.split("\n"))
    kept: list[str] = []
    prev = None
    in_list = False  # inside a block of other stories' headlines
    for raw in lines:
        line = raw.strip()
        if not line:
            kept.append("")
            continue
        if len(line) <= _LIST_HEADER_MAX and _LIST_HEADER_RE.match(line):
            in_list = True
            continue
        if in_list:
            if len(line) <= _LIST_ITEM_MAX and (not _PROSE_END_RE.search(line) or _TRUNCATED_END_RE.search(line)):
                continue  # (a headline cut short, "Council approves new budget for ...", is still an item)
            in_list = False  # prose again: the story (or its footer) resumes
        line = _LEADING_DATE_RE.sub("", line)
        line = (_SIGNUP_RE.sub("", line) if ":" in line else line).strip()
        line = _DATELINE_RE.sub("", _WIRE_SLUG_RE.sub("", line))
        if ":" in line[:60]:  # a transcript's speaker: "ANCHOR (JANE DOE): X is a free man tonight", "Q: Who ..."
            line = _SPEAKER_LABEL_RE.sub("", line)
        if not line or _CHROME_LINE_RE.match(line) or _IMAGE_LABEL_RE.match(line) or _is_tail_line(line) \
                or _is_furniture(line):
            continue
        if "/" in line or ":" in line:  # every credit tail has one (a cheap test before the scan)
            line = _CREDIT_TAIL_RE.sub("", line)
        line = line.rstrip()
        if line.endswith("REUTERS") and len(line) > 8:
            line = line[: -len("REUTERS")].rstrip()
        if not line or line == prev:  # captions are often repeated verbatim
            continue
        kept.append(line)
        prev = line
    kept = _drop_headline_runs(_drop_link_lists(_join_introduced_lists(kept)))
    out = "\n".join(kept)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip()


# --- sentences -------------------------------------------------------------

_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cpt", "maj",
    "gov", "sen", "rep", "pres", "rev", "hon", "adm", "cmdr", "comdr", "insp", "supt", "cmdt", "comdt",
    # ranks and styles that stand before names: "Pvt. Dani Gilboa", "Cpl. X", "Fr. Y", "Amb. Z"
    "pvt", "pte", "pfc", "cpl", "spc", "brig", "lieut", "cdr", "ens", "fr", "msgr", "amb", "atty", "sgts",
    "lts", "cols", "gens", "majs", "capts", "cpls", "pvts", "drs", "profs",  # plurals: "Flight Lts. A and B"
    "mgr", "mme", "mlle", "sra", "srta",  # French and Spanish styles: "Mgr. X", "Sra. Y"
    "smt",  # Indian style for a woman: "Smt. X"
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
    "no", "nos", "vs", "etc", "approx", "est", "dept", "univ", "inc", "ltd", "co", "corp",
    "fig", "vol", "ca", "cf", "al", "mt", "ft",
}
# Candidate boundary: terminal punctuation (+closing quotes), whitespace, then an opener.
# (a French opening guillemet may keep its space: "... Mr. C. « The four men have been freed »")
# (past Latin-1 the ranges mix cases: "Černík", "Łódź", "Ådne" open a sentence, checked with isupper())
_BOUNDARY_RE = re.compile(r"([.!?…]+[\"'”’»)\]]*)(\s+)(?=(?:«\s?|[\"'“‘(\[])?(?:([A-Z0-9À-ÖØ-Þ])|([Ā-ɏͰ-ӿ])))")
_INITIALISM_RE = re.compile(r"(?:\b[A-Za-z]\.){2,}$")  # U.S. U.K. U.N. a.m.


# Words that open sentences but rarely follow "U.S." inside one ("the U.S. The ...").
_SENTENCE_OPENERS = {
    "The", "He", "She", "It", "They", "We", "I", "But", "In", "A", "An", "This", "That", "These", "Those",
    "His", "Her", "Their", "On", "At", "After", "Before", "When", "While", "However", "Meanwhile", "Some",
    "There", "Its", "Our", "Both", "Since", "According", "Earlier", "Later", "Last", "Then", "Now", "Also",
    "Other", "Many", "More", "Most", "Several", "Among", "Of", "For", "If", "As", "With", "Under", "During",
    "Despite", "Although", "Asked", "Speaking", "Officials", "Police", "You", "What", "Why", "How",
}


def _protected(before: str, after: str = "") -> bool:
    """True if the period ending `before` belongs to an abbreviation, not a sentence."""
    m = re.search(r"([A-Za-z.]+)\.$", before)
    if not m:
        return False
    word = m.group(1)
    if _INITIALISM_RE.search(before):
        # "U.S. envoy" / "U.S. President" stay joined; "the U.S. The talks ..." splits
        next_word = re.match(r"[\"'“‘«(\[]?([A-Za-z]+)", after)
        return not (next_word and next_word.group(1) in _SENTENCE_OPENERS)
    w = word.rsplit(".", 1)[-1]
    if w.lower() in _ABBREVIATIONS:
        return True
    if len(w) == 1 and w.isalpha() and w.isupper() or (
            # a transliterated digraph initial after another initial: "Prof. V. Kh. Vasilenko", "Yu. V. Andropov"
            _DIGRAPH_INITIAL_RE.fullmatch(w) and (_INITIAL_THEN_DIGRAPH_END_RE.search(before)
                                                  or _INITIAL_NEXT_RE.match(after))):
        if _INITIAL_THEN_NAME_NEXT_RE.match(after):
            return True  # another initial follows: "Prof. A. I. Feldman" (its "I." is no pronoun)
        next_word = re.match(r"[\"'“‘«(\[]?([A-Za-z]+)", after)
        return not (next_word and next_word.group(1) in _SENTENCE_OPENERS)
    return False


_DIGRAPH_INITIAL_RE = re.compile(r"Kh|Ch|Sh|Zh|Ts|Yu|Ya|Ye|Yo|Th")
_INITIAL_THEN_DIGRAPH_END_RE = re.compile(r"(?:^|\s)[A-Z]\.\s+[A-Z][a-z]\.$")  # "V. Kh."
_INITIAL_NEXT_RE = re.compile(r"\s*[A-Z]\.\s")  # "Yu. V. Andropov"
_INITIAL_THEN_NAME_NEXT_RE = re.compile(r"\s*[A-Z][a-z]?\.\s+[A-Z]")  # "A. I. Feldman", "V. Kh. Vasilenko"


def split_sentences(text: str) -> list[str]:
    """Split text into sentences; paragraphs/lines always end a sentence."""
    sentences: list[str] = []
    for para in re.split(r"\n+", text or ""):
        para = para.strip()
        if not para:
            continue
        start = 0
        for m in _BOUNDARY_RE.finditer(para):
            if not m.group(3) and not m.group(4).isupper():
                continue  # a lower-case letter of the extended ranges ("... the ŏ sound") opens no sentence
            end = m.start(2)
            if m.group(1).startswith(".") and len(m.group(1).rstrip("\"'”’»)]")) == 1 and _protected(para[start:end].rstrip("\"'”’»)]"), para[m.end(2):m.end(2) + 20]):
                continue
            piece = para[start:end].strip()
            if piece:
                sentences.append(piece)
            start = m.end(2)
        tail = para[start:].strip()
        if tail:
            sentences.append(tail)
    return sentences


def lede_end(sentences: list[str], minimum: int = 3) -> int:
    """Index just past an article's lede: its first two prose sentences (of ten words or more), which a
    page's heads, bylines and datelines come before; never fewer than `minimum` sentences."""
    prose = [i for i, s in enumerate(sentences) if len(s.split()) >= 10]
    return max(minimum, prose[1] + 1 if len(prose) > 1 else 0)
