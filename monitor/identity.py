"""Person identity: do two mentions name the same person, and under which stable id.

Extraction uses this within one article (``resolve_in_article``); the fact table uses
``PersonIndex`` across articles. Everything here is pure and deterministic.

Rules
-----
1. ``fold``: transliterate any script with anyascii (Cyrillic, Greek, Arabic, Hebrew,
   Latin diacritics). Belarusian/Ukrainian mentions (they contain і, ї, є or ў) read г
   as "h" first, as those languages romanise it (Ігар -> Ihar, Сяргей Ціханоўскі ->
   Siarhei). Emoji and symbols are dropped before transliteration, possessive "'s"
   and apostrophes go, anything else that is not a letter or an inner hyphen splits
   tokens; tokens are lower case. anyascii is used rather than cyrtranslit because it
   covers every script with plain ASCII output (cyrtranslit emits diacritics for
   Belarusian and handles Cyrillic only).
2. A mention is parsed into an optional given name, middle names and a surname:
   leading titles (Mr, President, ...) and trailing generation suffixes (Jr, Sr, III)
   are dropped (the suffix is kept to tell a father from his son); Arabic prefixes
   such as "Abdul"/"Abu" are joined to the next token; surname particles (de, van,
   al, bin, ...) stay with the surname; "Surname, Given" and the official Russian
   order "Surname Given Patronymic" are recognised.
3. ``surname_key``: a transliteration-insensitive key of one surname.
   * Gender first: feminine -ova/-eva/-ava/-ina, -skaya/-ska, -aya and masculine
     -ov/-ev/-au/-ou/-in, -ski/-sky/-skiy, -oy/-ny forms are reduced to a common stem
     and tagged ".f"/".m", so Tsikhanouskaya (.f) never equals Tsikhanouski (.m),
     while Kolesnikova and Kalesnikava share a key. Surnames without a gendered
     ending (Babaryka, Levy) are untagged.
   * Belarusian vs Russian spelling: ў (-ou-/-au- before s or at the end) is "v";
     ts/dz before a front vowel is t/d (Tsikhanouski = Tikhanovsky, Dzmitry = Dmitry).
   * Consonant skeleton, a stricter cousin of the scorer's ``skeleton()``: German and
     Polish digraphs (tsch, sch, cz, sz), hard c -> k, ts/tz -> c, kh/zh/sh lose h,
     ph -> f, w -> v, x -> ks, q -> k, doubled letters collapse, then vowels, y, j, h
     go. Bialiatski = Beljatsky = Byalyatski = "blck" (-tsk- reads as c + k).
   * Short names are where skeletons collide (Mora/Meir both "mr"). A skeleton of at
     most three consonants therefore keeps vowel classes (a/o, e/i/y, u; a vowel run
     counts as its last vowel): Mora "mArA", Mairena "mIrInA", Levy = Levi "lIvI".
4. Given names: a table of transliteration variants (Slavic, Arabic, Persian, Hebrew,
   Romance, Germanic, Turkic) maps each spelling to one canonical form after a light
   normalisation (y -> i, ou -> u, doubled letters collapse, ...), so Maria = Maryya =
   Mariya and Siarhei = Sergei = Syarhei. Male and female forms are separate groups
   (Alexander is not Alexandra). Unknown given names fall back to the phonetic key
   of rule 3, and match each other only when close (rapidfuzz ratio >= 85). Two
   different known names never match (Eduard is not Viktar). A bare initial matches
   any given name that can start with that letter in some spelling. A compound given
   name written apart (Ahmadreza / Ahmad Reza) and a second given name used alone
   (Corina Machado / Maria Corina Machado) are compatible too.
5. ``same_person``: the given names must be compatible (rule 4; a missing given name
   is compatible with any) and the surnames must agree: equal keys, or one mention's
   surname is a middle or compound part of the other (Maduro vs Maduro Moros). A
   fuzzy surname match is accepted only between full names whose given names are
   equal, because surname-only fuzzy matching is what merges unrelated people. Fuzzy
   means: same gender and the same coarse key (sibilants and affricates s/z/c merge,
   f = v, g drops: Kurmasheva ~ Kourmacheva, Hancharyk ~ Goncharik), or skeletons of
   six or more consonants within rapidfuzz ratio 90. Short, vowel-aware keys never
   match fuzzily (Mora is not Mairena).
6. ``person_id``: "p_" + a short blake2b hash of "given key|surname key|suffix", so
   every spelling that folds to the same keys gets the same id whatever the order of
   arrival; that is what replays and person-keyed partitions need.
7. ``PersonIndex``: resolve-or-create. A person's id is the smallest ``person_id``
   among its full-name spellings (or among all spellings while only a surname is
   known), so the final ids depend on the set of spellings, not on their order. When
   an id changes (a full name arrives for a surname-only person, or a spelling with
   different keys joins through the fuzzy rule) the old id is kept as a redirect
   (``get`` follows it). Surname-only and initial mentions attach to the single full
   person they fit; if several fit they stay apart. The display name is the full
   spelling seen most often; the incumbent keeps its place on ties so it does not
   flicker as new spellings arrive. Every spelling is kept in ``aliases`` with its
   count.

Limits: partial mentions are resolved against what is known when they arrive, so
their grouping (not the ids of full names) can depend on arrival order; and a chain
of fuzzy matches is not transitive.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz, process

__all__ = [
    "fold",
    "surname_key",
    "same_person",
    "person_id",
    "resolve_in_article",
    "Person",
    "PersonIndex",
]

# --------------------------------------------------------------------------- fold

_BE_UK_LETTERS = re.compile(r"[іїєўІЇЄЎ]")
_POSSESSIVE = re.compile(r"['’ʼ]s\b")
_NOT_NAME_CHAR = re.compile(r"[^a-z\-]+")
_HYPHENS = re.compile(r"-{2,}")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Transliterate to ASCII and return lower-case name tokens joined by one space."""
    text = name or ""
    if _BE_UK_LETTERS.search(text):
        # Belarusian and Ukrainian romanise г as h (Ihar, Siarhei); Russian as g.
        text = text.replace("г", "h").replace("Г", "H")
    # Emoji and symbols would transliterate to words (":slight_smile:"): drop them first.
    text = "".join(c if unicodedata.category(c)[0] in "LMNZ" or c in "-'’ʼ`" else " " for c in text)
    text = anyascii(text)
    text = _POSSESSIVE.sub("", text)
    text = text.replace("'", "").replace("`", "").lower()
    text = _NOT_NAME_CHAR.sub(" ", text)
    tokens = []
    for tok in text.split():
        tok = _HYPHENS.sub("-", tok).strip("-")
        if tok:
            tokens.append(tok)
    return " ".join(tokens)


# --------------------------------------------------------------------- phonetics

_DOUBLE = re.compile(r"([a-z])\1+")
_SKELETON_STEPS = [
    (re.compile(p), r) for p, r in (
        ("tsch", "ch"), ("sch", "sh"), ("cz", "ch"), ("sz", "sh"),
        (r"aw(?=[^aeiouy])", "o"),      # an Arabic diphthong: al-Awdah = al-Odah, Shawkat = Shokat; Lawrence = Lorence
        ("dzh", "j"), ("dj", "j"), ("ck", "k"),
        (r"c(?![eiyh])", "k"),          # hard c: Cohen = Kohen
        ("ts", "c"), ("tz", "c"), ("ch", "c"), ("kh", "h"),
        ("ph", "f"), ("th", "t"), ("gh", "g"), ("w", "v"), ("x", "ks"), ("q", "k"),
    )
]
_NON_CONSONANT = re.compile(r"[aeiouyjh]")
_VOWEL_RUN = re.compile(r"[aeiouy]+")
_VOWEL_CLASS = {"a": "A", "o": "A", "e": "I", "i": "I", "y": "I", "u": "U"}
_SHORT_SKELETON = 3


def _phonetic(word: str) -> str:
    """Consonant skeleton; short skeletons keep vowel classes (see rule 3)."""
    w = re.sub(r"[^a-z]", "", word)
    for pattern, repl in _SKELETON_STEPS:
        w = pattern.sub(repl, w)
    w = _DOUBLE.sub(r"\1", w)
    consonants = _NON_CONSONANT.sub("", w)
    if len(consonants) > _SHORT_SKELETON:
        return consonants
    # Vowel-aware form: drop glides, each vowel run becomes the class of its last vowel.
    w = re.sub(r"[hj]", "", w)
    w = _VOWEL_RUN.sub(lambda m: _VOWEL_CLASS[m.group(0)[-1]], w)
    return _DOUBLE.sub(r"\1", w) or "_"


def _is_vowel_aware(key: str) -> bool:
    return any(c.isupper() for c in key) or key.startswith("_")


# ----------------------------------------------------------------- surname keys

_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ul|ad|an|ar|as|ash|at|az|ed|en|er|es|et)-(?=[a-z]{3})")
_SPELLING_STEPS = [
    (re.compile(p), r) for p, r in (
        (r"(?<=[oe])f$", "v"),              # Smirnoff = Smirnov (doubles already collapsed)
        (r"(?<=[oe])w(?=a?$)", "v"),        # Gorbatschow, -owa
        (r"(?<=[ao])u(?=s|$)", "v"),        # Belarusian ў: Tsikhanouski, Kalesnikau
        (r"ts(?=[iey])", "t"),              # Belarusian ць = Russian ть
        (r"dz(?=[iey])", "d"),              # Belarusian дзь = Russian дь
    )
]
# (pattern, stem group, gender); first match wins.
_GENDER_RULES = [
    (re.compile(r"^(.*(?:sk|ck|zk))(?:aya|aja|aia|a)$"), "f"),   # -skaya, -ska, -cka
    (re.compile(r"^(.*(?:sk|ck|zk))(?:iy|ii|ij|yi|yy|yj|i|y)$"), "m"),  # -ski, -sky
    (re.compile(r"^(.{2,})(?:aya|aja|aia)$"), "f"),               # Navalnaya, Tolstaya
    (re.compile(r"^(.{2,}(?:ov|ev|av|in|yn))a$"), "f"),          # -ova, -ava, -ina
    (re.compile(r"^(.{2,}(?:ov|ev|av|in|yn))$"), "m"),           # -ov, -au, -in
    (re.compile(r"^(.{2,})(?:oy|oi|yy|yi|iy|ij|yj)$"), "m"),      # Tolstoy, Navalnyy
    (re.compile(r"^(.{2,}n)y$"), "m"),                            # Navalny
    (re.compile(r"^(.{2,}(?:ien|ait|yt|ut))e$"), "f"),           # Lithuanian -iene, -aite
]


@lru_cache(maxsize=65536)
def surname_key(token: str) -> str:
    """Transliteration-insensitive, gender-aware key of one surname (rule 3)."""
    w = fold(token).replace(" ", "")
    w = _ARABIC_ARTICLE.sub("", w).replace("-", "")
    if not w:
        return ""
    w = _DOUBLE.sub(r"\1", w)
    for pattern, repl in _SPELLING_STEPS:
        w = pattern.sub(repl, w)
    gender = ""
    for pattern, g in _GENDER_RULES:
        m = pattern.match(w)
        if m:
            w, gender = m.group(1), g
            break
    key = _phonetic(w)
    return f"{key}.{gender}" if gender else key


def _gender_of(key: str) -> str:
    return key[-1] if len(key) > 2 and key[-2] == "." else ""


_COARSE_STEPS = [(re.compile(p), r) for p, r in (("sc", "s"), ("[cz]", "s"), ("f", "v"), ("g", ""))]
_LONG_SKELETON = 6


def _split_key(key: str) -> tuple[str, str]:
    gender = _gender_of(key)
    return (key[:-2], gender) if gender else (key, "")


@lru_cache(maxsize=65536)
def _coarse(key: str) -> str | None:
    """Coarser key for the fuzzy stage: sibilants and affricates merge (Kurmasheva ~
    Kourmacheva, Shcherbakov ~ Sherbakov), f = v, g drops (Belarusian h: Hancharyk ~
    Goncharik). None for short, vowel-aware keys, which never match fuzzily."""
    if _is_vowel_aware(key):
        return None
    core, gender = _split_key(key)
    for pattern, repl in _COARSE_STEPS:
        core = pattern.sub(repl, core)
    core = _DOUBLE.sub(r"\1", core)
    return f"{core}.{gender}" if len(core) >= 3 else None


def _fuzzy_surnames(a: str, b: str) -> bool:
    """Same coarse key, or long same-gender skeletons one letter apart."""
    ca, cb = _coarse(a), _coarse(b)
    if ca is None or cb is None:
        return False
    if ca == cb:
        return True
    (core_a, ga), (core_b, gb) = _split_key(a), _split_key(b)
    return (ga == gb and min(len(core_a), len(core_b)) >= _LONG_SKELETON
            and fuzz.ratio(core_a, core_b) >= 90)


# ------------------------------------------------------------------ given names

# One group per line: canonical form first, then transliteration/language variants and the usual short forms
# ("Mike Durant" in a headline is the "Michael J. Durant" of the story).
# Male and female forms are separate groups on purpose.
# The Romance-language block at the end lets the people stage take "Adolfo X Y" for the full name of "X Y".
# Saints' names that mostly name places after "San"/"Santa" (Santiago, Salvador, Vicente, Dolores) are left out:
# a destination "to Santiago de Cuba" must not read as a person.
_GIVEN_GROUPS = """
aleksandr alexander aleksander alexandr aliaksandr alyaksandr alaksandr aleksandar oleksandr olexandr alexandre alessandro alejandro alexandros
aleksandra alexandra aliaksandra alyaksandra oleksandra alessandra alejandra
ales alies alyes oles
aleksei alexei alexey aleksey alexej aleksej aliaksei alyaksei aliaksiej oleksii oleksiy olexiy
anatoly anatoli anatoliy anatolii anatol anatolij
andrei andrey andrej andrii andriy andrij andrew andrzej andre andres andreas andy
anton antoni antonio antoine anthony antony tony
arkady arkadi arkadiy arkadii arkadz
artem artyom artsiom artiom artsem
boris barys
vadim vadzim vadym
valentin valiantsin valentyn
valery valeri valeriy valerii valer valeriu
vasily vasili vasiliy vasilii vasil vasyl wassily vassily vasilij
viktor victor viktar wiktor vitor
vitaly vitali vitaliy vitalii vital vitalij
vladimir uladzimir uladzimer wladimir volodymyr vladymyr wlodzimierz vladimer volodya
vladislav uladzislau vladyslav wladyslaw
vyacheslav viacheslav viachaslau vyachaslau wiaczeslaw vjaceslav
gennady gennadi gennadiy gennadii henadz henadzi hennadiy hennadii genadij
georgy georgi georgiy georgii heorhi heorhiy heorhii george georg georges jorge giorgio giorgi giorgos jerzy jiri
grigory grigori grigoriy grigorii ryhor hryhoriy hryhorii gregory grzegorz gregor gregorio greg
daniil daniel danil danylo daniyal daniele dan danny
denis dzianis denys dennis
dmitry dmitri dmitriy dmitrii dzmitry dzmitri dmytro dimitri dimitry dmitrij dimitrios dima
evgeny evgeni evgeniy evgenii yevgeny yevgeni yevgeniy yauhen yauheni yevhen ievgen ievgenii yevhenii eugene eugen jewgeni evgenij
egor yegor yahor iegor
eduard edward eduardo edouard edvard
fyodor fedor fiodor fedar fiodar fyodar theodor theodore teodor feodor
igor ihar ihor
ilya ilia illia illya ilja iliya
ivan iwan vanya
kirill kiril kiryl kyrylo kirylo kyril cyril
konstantin kanstantsin kostiantyn kostyantyn constantine constantin konstantyn konstanty
leonid leanid
maksim maxim maksym maxym maxime
matvei matvey matsvei matthew matthias mateusz mateo matteo matias matt
mikhail mikhayil mykhailo mykhaylo michael michal michel miguel mikhal mikhas michail mihail mijail mikael mikhael misha mike mikey mick
nikita mikita mykyta
nikolai nikolay mikalai mikalay mykola mikola nicolas nicholas nikolaj nikola nicolae nikolaos nick nicky kolya
oleg aleh oleh
pavel paval pavlo paul pawel paulo pablo paolo pavol paulius
petr pyotr piotr petro piatro peter pierre pedro pietro petar petros petru pete
roman raman
ruslan
semyon semen semion siamion simon shimon simeon
sergei sergey sergej siarhei siarhey siarhiej syarhei sergii serhii serhiy sergiy serge sergio sergiu
stanislav stanislau stanislaw stanislas
stepan stsiapan stsyapan stefan stephan stephen steven esteban stefano steve stevie
timofei timofey tsimafei tsimafey tymofii timothy
yaroslav yaraslau jaroslaw jaroslav
yakov yakau yakiv iakov jacob jakob jakub yaakov jake
yury yuri yuriy yurii iouri juri jurij yurij iurii
yosef joseph josef jozef yossef iosif giuseppe jose josep joe joey
david davit dawid davyd dave davey
moshe moses moisei
avraham abraham abram
yitzhak itzhak yitzchak isaac isak yitshak
yehuda judah yehudah
shlomo solomon salomon
natan nathan nate
mark marc marko marco marek markus marcus
john jon johann johannes jan
carlos carl karl charles carlo karol karel carles
francisco francesco francis franz frantisek francois franciszek
william guillermo wilhelm guillaume willem bill billy willy
henry enrique henri heinrich henrique enrico henryk
manuel emmanuel emanuel immanuel manoel
rafael raphael rafal raffaele
richard ricardo riccardo ryszard rick ricky dick
james jaime jaume jim jimmy jamie
thomas tomas tomasz tommaso tom tommy
robert roberto bob bobby rob robbie
muhammad mohammad mohammed mohamed muhammed mohamad muhamad muhamed mohamud mehmet mehmed mouhamed mohd
ahmad ahmed ahmet achmed akhmad akhmed
mahmoud mahmud mahmood mahmut
mustafa mostafa moustafa mustapha mostapha
hassan hasan
hussein hussain husain husayn hosein hossein husein huseyn huseyin
omar umar omer
khalid khaled
yusuf yousef youssef yousif yusef youssif
ibrahim ebrahim ibraheem brahim
ismail ismael esmail ismayil
musa mousa moussa
dawud daoud dawood daud
sulaiman suleiman sulayman suleyman slimane
abdullah abdallah abdulla abdollah
abdulrahman abdelrahman abdalrahman abderrahmane abdurrahman abdorrahman
abdulaziz abdelaziz abdalaziz
osman othman uthman usman otman
saeed said saied
walid waleed
jamal gamal
hamza hamzah
osama usama usamah
yahya yehia yahia
karim kareem
samir sameer
tariq tarek tarik tareq
faisal faysal feisal faycal
nasser naser nasir
hamid hameed
mohsen muhsin mohsin
mahdi mehdi
majid majeed madjid
javad jawad
jafar jaafar djafar
reza riza
jamshid jamshed
maria mariya maryya maryia marya mariia maryja marija marie mary mariam maryam masha
svetlana sviatlana svyatlana svitlana swietlana svjatlana
tatiana tatyana tatsiana tatsyana tetiana tetyana tatjana tanya
olga volha olha wolha
elena yelena alena olena helen helena helene jelena
anna hanna ganna anne ana ann
ekaterina yekaterina katsiaryna katsyaryna kateryna katerina catherine katarzyna katharina caterina katherine kathryn kate katie katya
natalia natalya nataliya natallia natallya natalie nataliia natalja natasha
irina iryna irena irene
yulia yuliya yuliia yulija julia julija iuliia juliya
lyudmila liudmila ludmila liudmyla lyudmyla
galina halina halyna
nadezhda nadzeya nadiya
valentina valiantsina valentyna
veronika veronica veranika
victoria viktoria viktoryia viktoriya wiktoria
daria darya daryia dariya
evgenia yevgenia yevgeniya yauhenia yevheniia ievgeniia eugenia jewgenija
ksenia kseniya ksenija xenia kseniia
polina palina
sofia sophia sofiya sofya sofie sophie
anastasia anastasiya anastasiia nastassia anastazja
marina maryna
larisa larysa larissa
liliya lilia lilija
zhanna jeanne
margarita marharyta
elizaveta yelizaveta alizaveta elisabeth elizabeth elisabetta elzbieta liz lizzie betty
fatima fatemeh fatma fatimah
aisha ayesha aicha aysha
zainab zaynab zeinab
nasrin nasreen
leila layla laila leyla lejla
sara sarah
adolfo adolphe adolf
alberto albert
alfonso alphonse alfons
alfredo alfred
armando armand
arturo arthur artur
augusto auguste augustus
cesar cesare
diego
emilio emile
ernesto ernest ernst
federico frederico frederic
fernando fernand
gabriel gabriele gavriel
gonzalo
gustavo gustave gustav
hector
hernan hernando
horacio horace
hugo
ignacio ignazio ignatius
javier xavier
jean
joao juan giovanni
joaquin joaquim
julio julius giulio
leonardo leonard
lorenzo laurent lawrence laurence
luis luiz lluis luigi louis
marcelo marcel marcello
martin martim
mauricio maurice maurizio
nestor
octavio ottavio octave
oscar
ramon raymond raimundo
raul
rene
rodolfo rudolf rudolph
ruben rubens
sebastian sebastien sebastiano
salvatore
beatriz beatrice beatrix
carmen
claudia
claude claudio
cristina christina kristina
gabriela gabriella
isabel isabelle isabella
lucia lucie
luisa louisa louise
marta martha marthe
patricia patrizia
rosa rose
silvia sylvia sylvie
teresa theresa therese
"""

_LIGHT_STEPS = [
    (re.compile(p), r) for p, r in (
        (r"[^a-z]", ""), ("kh", "h"), ("ph", "f"), ("th", "t"), ("w", "v"),
        ("x", "ks"), ("q", "k"), ("ck", "k"), ("ou", "u"), ("ee", "i"), ("oo", "u"),
        (r"(?<=[aeiou])j", "i"), ("y", "i"), (r"(?<=[aeiou])h$", ""),
    )
]


def _light(token: str) -> str:
    """Light spelling normalisation used to look given names up in the table."""
    w = token
    for pattern, repl in _LIGHT_STEPS:
        w = pattern.sub(repl, w)
    return _DOUBLE.sub(r"\1", w)


def _build_given_table(text: str) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    canon_of: dict[str, str] = {}
    initials: dict[str, set[str]] = {}
    for line in text.strip().splitlines():
        names = line.split()
        canon = names[0]
        for variant in names:
            light = _light(variant)
            other = canon_of.setdefault(light, canon)
            if other != canon:
                raise ValueError(f"given-name variant {variant!r} is in groups {other!r} and {canon!r}")
            initials.setdefault(canon, set()).add(variant[0])
    return canon_of, {c: frozenset(s) for c, s in initials.items()}


_GIVEN_CANON, _GIVEN_INITIALS = _build_given_table(_GIVEN_GROUPS)


def is_known_given_name(token: str) -> bool:
    """Whether `token` is a given name of the built-in table (any listed spelling)."""
    return _light(fold(token)) in _GIVEN_CANON


def is_title(token: str) -> bool:
    """Whether `token` is a title or style a name may carry ("Mr", "Gen.", "Sheikh")."""
    return token.lower().rstrip(".") in TITLES


def _given_key(token: str) -> str:
    """Canonical group of a known given name, else "~" + its phonetic key."""
    canon = _GIVEN_CANON.get(_light(token))
    return canon if canon else "~" + _phonetic(token)


# ------------------------------------------------------------------ name parsing

TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady mme mlle herr frau sr sra srta
president pres premier chancellor minister prime deputy gen general col colonel maj
capt captain lt sgt cpl pte rev reverend fr father sheikh sheik imam rabbi ayatollah
sen senator rep representative gov governor mayor judge justice ambassador
king queen prince princess pope saint thich venerable mgr msgr monsignor monseigneur srta
""".split())
_SUFFIXES = frozenset("jr jnr snr sr ii iii iv".split())
_JOIN_NEXT = frozenset("abd abdel abdul abdal abdol abu abou".split())
_PARTICLES = frozenset("de del della der den di da das do dos du la le las los van von ter ten "
                       "y e al el bin ben ibn bint ould san st".split())
_LEADING_PARTICLES = _PARTICLES - {"y", "e", "ben"}
_PATRONYMIC = re.compile(r"(?:[oe]v(?:ich|ych|itch|na)|[iy]chna)$")


@dataclass(frozen=True)
class _Name:
    given: str | None             # folded given-name token; None if only a surname
    given_key: str | None
    given_alt: str | None         # key of given + first middle name ("Ahmad Reza")
    middle_given: frozenset[str]  # given-name keys of middle names ("Maria Corina")
    initial: bool                 # the given name is a bare initial
    initials: frozenset[str]      # letters the given name may be abbreviated to
    surname: str                  # folded surname (with particles)
    key: str                      # surname key
    alt_parts: frozenset[tuple[str, str]]  # (key, head) of middle names and compound-surname parts
    suffix: str                   # generation suffix (jr, sr, iii) or ""
    head: str                     # sound class of the surname's first letter

    @cached_property
    def alt_keys(self) -> frozenset[str]:
        return frozenset(k for k, _ in self.alt_parts)

    @property
    def full(self) -> bool:
        return self.given is not None and not self.initial

    @property
    def canonical(self) -> str:
        if self.full:
            given = self.given_key
        elif self.initial:
            given = self.given + "."
        else:
            given = ""
        return f"{given}|{self.key}|{self.suffix}"


def _name_tokens(name: str) -> list[str]:
    # "Kalesnikava, Maria" -> "Maria Kalesnikava"
    parts = [p for p in name.split(",") if p.strip()]
    if len(parts) == 2 and 1 <= len(parts[1].split()) <= 2 and len(parts[0].split()) <= 3:
        name = parts[1] + " " + parts[0]
    tokens = fold(name).split()
    while len(tokens) > 1 and tokens[0] in TITLES:
        tokens.pop(0)
    return tokens


@lru_cache(maxsize=65536)
def _parse(name: str) -> _Name | None:
    tokens = _name_tokens(name)
    suffix = ""
    if len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        suffix = {"jnr": "jr", "snr": "sr"}.get(tokens[-1], tokens[-1])
        tokens.pop()
    joined: list[str] = []
    for tok in tokens:
        if joined and joined[-1] in _JOIN_NEXT:
            joined[-1] += tok
        else:
            joined.append(tok)
    tokens = joined
    if not tokens:
        return None
    # Russian official order: "Kolesnikova Maria Aleksandrovna".
    if len(tokens) == 3 and _PATRONYMIC.search(tokens[2]) and not _PATRONYMIC.search(tokens[1]):
        tokens = [tokens[1], tokens[0]]
    if len(tokens) == 1 or tokens[0] in _LEADING_PARTICLES:
        given, rest = None, tokens
    else:
        given, rest = tokens[0], tokens[1:]
    start = len(rest) - 1
    while start > 0 and rest[start - 1] in _PARTICLES:
        start -= 1
    surname_tokens = rest[start:]
    core = [t for t in surname_tokens if t not in _PARTICLES] or surname_tokens
    key = surname_key(" ".join(core))
    if not key:
        return None
    alt: set[tuple[str, str]] = set()

    def add_alt(part: str) -> None:
        k = surname_key(part)
        if k and k != key:
            alt.add((k, _head(part)))

    middle = [t for t in rest[:start] if t not in _PARTICLES and len(t) > 1 and not _PATRONYMIC.search(t)]
    for tok in middle:
        add_alt(tok)
    if middle:
        add_alt("".join(middle + core))
    for tok in core:
        if "-" in tok:
            for part in tok.split("-"):
                if len(part) > 2:
                    add_alt(part)
    surname = " ".join(surname_tokens)
    head = _head(core[0])
    if given is None:
        return _Name(None, None, None, frozenset(), False, frozenset(), surname, key, frozenset(alt), suffix, head)
    initial = len(given.replace("-", "")) == 1
    given_key = None if initial else _given_key(given)
    letters = {given[0]}
    if given_key in _GIVEN_INITIALS:
        letters |= _GIVEN_INITIALS[given_key]
    given_alt = _given_key(given + middle[0]) if middle and not initial else None
    middle_given = frozenset(_given_key(t) for t in middle)
    return _Name(given, given_key, given_alt, middle_given, initial, frozenset(letters), surname,
                 key, frozenset(alt), suffix, head)


# first letters that transliterations swap ("Jakub"/"Yakub", "Kassem"/"Qassem", "Zaitsev"/"Saitsev")
_HEAD_CLASS = str.maketrans("jicqzwx", "yykksvk")


def _head(token: str) -> str:
    """Sound class of a surname part's first letter: a middle name counts as the other's surname only if
    it starts alike ("Kim Hong Up" is not "Kim Hyun Jang", though the keys of Hong and Jang agree)."""
    letters = _ARABIC_ARTICLE.sub("", fold(token)).lstrip("-'’")
    return letters[:1].translate(_HEAD_CLASS)


# ------------------------------------------------------------------- comparison

_EXACT, _FUZZY, _LOOSE = 3, 2, 1


def _given_rel(a: _Name, b: _Name) -> int | None:
    """How well the given names agree: 3 same, 2 close, 1 not contradicting, None clash."""
    if a.suffix and b.suffix and a.suffix != b.suffix:
        return None
    if a.given is None or b.given is None:
        return _LOOSE
    if a.initial or b.initial:
        if a.initial and b.initial:
            return _LOOSE if a.given == b.given else None
        ini, other = (a, b) if a.initial else (b, a)
        return _LOOSE if ini.given in other.initials else None
    if a.given_key == b.given_key:
        return _EXACT
    if a.given_key == b.given_alt or b.given_key == a.given_alt:
        return _FUZZY  # compound given name written apart: Ahmadreza / Ahmad Reza
    if a.given_key in b.middle_given or b.given_key in a.middle_given:
        return _FUZZY  # second given name used alone: Corina Machado / Maria Corina Machado
    if not a.given_key.startswith("~") and not b.given_key.startswith("~"):
        return None  # two different known names: Eduard is not Viktar
    if fuzz.ratio(_light(a.given), _light(b.given)) >= 85:
        return _FUZZY
    return None


def _surname_rel(a: _Name, b: _Name, allow_fuzzy: bool) -> int:
    """3 same key, 2 one is a middle/compound part of the other, 1 fuzzy, 0 different."""
    if a.key == b.key:
        return _EXACT
    if (a.key, a.head) in b.alt_parts or (b.key, b.head) in a.alt_parts:
        return _FUZZY
    if allow_fuzzy and _fuzzy_surnames(a.key, b.key):
        return _LOOSE
    return 0


def _match(a: _Name, b: _Name) -> tuple[int, int] | None:
    """(surname score, given score) if the two parsed mentions may be one person."""
    g = _given_rel(a, b)
    if g is None:
        return None
    s = _surname_rel(a, b, allow_fuzzy=(g == _EXACT and a.full and b.full))
    if not s:
        return None
    return s, g


def same_person(a: str, b: str) -> bool:
    """True if the two (full or partial) mentions could name the same person."""
    pa, pb = _parse(a), _parse(b)
    if pa is None or pb is None:
        return False
    return _match(pa, pb) is not None


def _hash_id(canonical: str) -> str:
    return "p_" + hashlib.blake2b(canonical.encode(), digest_size=6).hexdigest()


def person_id(name: str) -> str:
    """Deterministic id from the canonical phonetic key of the mention."""
    parsed = _parse(name)
    if parsed is None:
        raise ValueError(f"not a name: {name!r}")
    return _hash_id(parsed.canonical)


# ------------------------------------------------------------ within an article

def resolve_in_article(mentions: list[str]) -> list[str | None]:
    """For each mention, the full-name mention it refers to (see module docs).

    Full names map to themselves. Surname-only, initial and titled mentions map to the
    first full mention of the single person introduced earlier that they fit; None if
    no earlier person fits or more than one does.
    """
    people: list[list[tuple[str, _Name]]] = []   # each: full mentions of one person
    out: list[str | None] = []
    for mention in mentions:
        parsed = _parse(mention)
        if parsed is None:
            out.append(None)
            continue
        if parsed.full:
            out.append(mention)
            best, best_score = None, None
            for person in people:
                scores = [s for _, q in person if (s := _match(parsed, q)) is not None]
                if scores and (best_score is None or max(scores) > best_score):
                    best, best_score = person, max(scores)
            if best is None:
                people.append([(mention, parsed)])
            else:
                best.append((mention, parsed))
            continue
        fits = [p for p in people if any(_match(parsed, q) is not None for _, q in p)]
        out.append(fits[0][0][0] if len(fits) == 1 else None)
    return out


# ------------------------------------------------------------ across articles

@dataclass
class Person:
    id: str
    display_name: str
    aliases: dict[str, int] = field(default_factory=dict)  # spelling -> times seen

    @property
    def is_partial(self) -> bool:
        """Only a surname (or initial) is known so far."""
        return not any(p is not None and p.full for p in map(_parse, self.aliases))


def _clean_spelling(name: str) -> str:
    """The spelling as reported, minus titles, possessive and surrounding punctuation."""
    words = name.split()
    while len(words) > 1 and fold(words[0]) in TITLES:
        words.pop(0)
    text = " ".join(words).strip(" \t\"'“”‘’.,;:()[]")
    return _POSSESSIVE.sub("", text)


class PersonIndex:
    """Cross-article registry of people: resolve-or-create, alias counts, stable ids."""

    def __init__(self) -> None:
        self._people: dict[str, Person] = {}
        self._forms: dict[str, dict[str, _Name]] = {}       # id -> spelling -> parsed
        self._by_key: dict[str, set[str]] = {}               # surname key -> ids
        self._by_coarse: dict[str, set[str]] = {}            # coarse surname key -> ids
        self._long: dict[tuple[str, int], set[str]] = {}     # (gender, len) -> long keys
        self._redirects: dict[str, str] = {}                 # retired id -> current id

    # -- public -----------------------------------------------------------------

    def observe(self, name: str) -> Person:
        """Resolve the mention to a known person or create one; count the spelling."""
        parsed = _parse(name)
        if parsed is None:
            raise ValueError(f"not a name: {name!r}")
        spelling = _clean_spelling(name) or name.strip()
        pid = self._resolve(parsed)
        if pid is None:
            pid = _hash_id(parsed.canonical)
            if pid not in self._people:
                self._people[pid] = Person(pid, spelling, {})
                self._forms[pid] = {}
                self._redirects.pop(pid, None)
        person = self._people[pid]
        person.aliases[spelling] = person.aliases.get(spelling, 0) + 1
        self._add_form(pid, spelling, parsed)
        if parsed.full:
            self._absorb_partials(pid, parsed)
        pid = self._rekey(pid)
        self._pick_display(self._people[pid], spelling)
        return self._people[pid]

    def lookup(self, name: str) -> Person | None:
        """Resolve the mention without changing the index."""
        parsed = _parse(name)
        if parsed is None:
            return None
        pid = self._resolve(parsed)
        return self._people.get(pid) if pid else None

    def get(self, pid: str) -> Person | None:
        """The person under an id or under the ``person_id`` of any of its spellings,
        following redirects left by re-keying."""
        seen = 0
        while pid not in self._people and pid in self._redirects and seen < 64:
            pid, seen = self._redirects[pid], seen + 1
        return self._people.get(pid)

    def __len__(self) -> int:
        return len(self._people)

    def __iter__(self):
        return iter(sorted(self._people.values(), key=lambda p: p.id))

    def to_dict(self) -> dict:
        return {
            "people": [
                {"id": p.id, "display_name": p.display_name, "aliases": dict(sorted(p.aliases.items()))}
                for p in self
            ],
            "redirects": dict(sorted(self._redirects.items())),
        }

    @classmethod
    def from_dict(cls, d: dict) -> PersonIndex:
        index = cls()
        for row in d.get("people", []):
            pid = row["id"]
            index._people[pid] = Person(pid, row["display_name"], dict(row["aliases"]))
            index._forms[pid] = {}
            for spelling in row["aliases"]:
                parsed = _parse(spelling)
                if parsed is not None:
                    index._add_form(pid, spelling, parsed)
        index._redirects = dict(d.get("redirects", {}))
        return index

    # -- resolution ---------------------------------------------------------------

    def _add_form(self, pid: str, spelling: str, parsed: _Name) -> None:
        self._forms.setdefault(pid, {})[spelling] = parsed
        spelling_id = _hash_id(parsed.canonical)
        if spelling_id != pid and spelling_id not in self._people:
            self._redirects[spelling_id] = pid   # person_id(spelling) finds the person too
        for key in (parsed.key, *parsed.alt_keys):
            self._by_key.setdefault(key, set()).add(pid)
            coarse = _coarse(key)
            if coarse is not None:
                self._by_coarse.setdefault(coarse, set()).add(pid)
                core, gender = _split_key(key)
                if len(core) >= _LONG_SKELETON:
                    self._long.setdefault((gender, len(core)), set()).add(core)

    def _unindex(self, pid: str, parsed: _Name) -> None:
        for key in (parsed.key, *parsed.alt_keys):
            self._by_key.get(key, set()).discard(pid)
            coarse = _coarse(key)
            if coarse is not None:
                self._by_coarse.get(coarse, set()).discard(pid)

    def _candidate_ids(self, parsed: _Name, fuzzy: bool = False) -> set[str]:
        ids: set[str] = set()
        for key in (parsed.key, *parsed.alt_keys):
            ids |= self._by_key.get(key, set())
        if not fuzzy:
            return ids
        coarse = _coarse(parsed.key)
        if coarse is None:
            return ids
        ids |= self._by_coarse.get(coarse, set())
        core, gender = _split_key(parsed.key)
        if len(core) >= _LONG_SKELETON:
            # rapidfuzz only over long cores of the same gender and nearby length.
            tag = f".{gender}" if gender else ""
            for length in range(len(core) - 1, len(core) + 2):
                cores = self._long.get((gender, length))
                if cores:
                    for other, _, _ in process.extract(core, cores, scorer=fuzz.ratio,
                                                       score_cutoff=90, limit=None):
                        ids |= self._by_key.get(other + tag, set())
        return ids

    def _score(self, parsed: _Name, pid: str) -> tuple[int, int] | None:
        best = None
        for form in self._forms[pid].values():
            s = _match(parsed, form)
            if s is not None and (best is None or s > best):
                best = s
        return best

    def _is_full(self, pid: str) -> bool:
        return any(f.full for f in self._forms[pid].values())

    def _resolve(self, parsed: _Name) -> str | None:
        scored = [(s, pid) for pid in self._candidate_ids(parsed) if (s := self._score(parsed, pid))]
        if not scored and parsed.full:
            # Fuzzy surnames only when no exact surname fits (see rule 5).
            scored = [(s, pid) for pid in self._candidate_ids(parsed, fuzzy=True)
                      if (s := self._score(parsed, pid))]
        full = [(s, pid) for s, pid in scored if self._is_full(pid)]
        partial = [(s, pid) for s, pid in scored if not self._is_full(pid)]
        if parsed.full:
            if full:
                # Highest score wins; ties go to the smallest id so the choice is stable.
                return min(full, key=lambda sp: (-sp[0][0], -sp[0][1], sp[1]))[1]
            return None
        if len(full) == 1:
            return full[0][1]
        # Ambiguous or unknown: keep to a surname-only person with exactly this form.
        same = sorted(pid for _, pid in partial
                      if any(f.canonical == parsed.canonical for f in self._forms[pid].values()))
        return same[0] if same else None

    def _absorb_partials(self, pid: str, parsed: _Name) -> None:
        """Merge surname-only people that fit this full person and no other."""
        for other in sorted(self._candidate_ids(parsed) - {pid}):
            if other not in self._people or self._is_full(other):
                continue
            forms = list(self._forms[other].values())
            if not all(_match(f, parsed) for f in forms):
                continue
            rivals = set()
            for f in forms:
                rivals |= {c for c in self._candidate_ids(f) if c != other and self._is_full(c)
                           and self._score(f, c)}
            if rivals == {pid}:
                self._merge(other, pid)

    def _merge(self, src: str, dst: str) -> None:
        source, target = self._people.pop(src), self._people[dst]
        for spelling, n in source.aliases.items():
            target.aliases[spelling] = target.aliases.get(spelling, 0) + n
        for spelling, parsed in self._forms.pop(src).items():
            self._unindex(src, parsed)
            self._add_form(dst, spelling, parsed)
        self._retire(src, dst)

    def _retire(self, old: str, new: str) -> None:
        for k, v in self._redirects.items():
            if v == old:
                self._redirects[k] = new
        self._redirects[old] = new
        self._redirects.pop(new, None)

    def _rekey(self, pid: str) -> str:
        """Give the person the smallest id of its (full) spellings; keep a redirect."""
        forms = self._forms[pid].values()
        pool = [f for f in forms if f.full] or list(forms)
        new = min(_hash_id(f.canonical) for f in pool)
        if new == pid:
            return pid
        if new in self._people:
            self._merge(pid, new)
            return new
        person = self._people.pop(pid)
        person.id = new
        self._people[new] = person
        self._forms[new] = self._forms.pop(pid)
        for parsed in self._forms[new].values():
            self._unindex(pid, parsed)
            for key in (parsed.key, *parsed.alt_keys):
                self._by_key[key].add(new)
        self._retire(pid, new)
        return new

    def _pick_display(self, person: Person, latest: str) -> None:
        full = [s for s, f in self._forms[person.id].items() if f.full]
        pool = full or list(person.aliases)
        top = max(person.aliases[s] for s in pool)
        if person.display_name in pool and person.aliases.get(person.display_name, 0) == top:
            return  # incumbent keeps its place on ties
        leaders = sorted(s for s in pool if person.aliases[s] == top)
        person.display_name = latest if latest in leaders else leaders[0]
