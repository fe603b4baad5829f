"""Event hints for clustering articles: what kind of release, who released, when.

`event_hints(sentences, title=..., published=...)` returns
{"kind": "prisoner_release"|"prisoner_swap"|"hostage_release"|None,
 "actor": "Belarus"|None, "date": "2025-12-13"|None}.
The actor is the country or armed group doing the freeing; capitals and
demonyms stand for their country ("Minsk freed", "Belarusian authorities").
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from itertools import islice

from monitor.extract.numbers import parse_number
from monitor.extract.scan import LowerScan

# Country -> (demonym adjective, capital). Kept to states and groups that appear in
# release/swap reporting; extend as new stories arrive.
_COUNTRIES: dict[str, tuple[str, str]] = {
    "Afghanistan": ("Afghan", "Kabul"), "Algeria": ("Algerian", "Algiers"), "Armenia": ("Armenian", "Yerevan"),
    "Azerbaijan": ("Azerbaijani", "Baku"), "Bahrain": ("Bahraini", "Manama"), "Bangladesh": ("Bangladeshi", "Dhaka"),
    "Belarus": ("Belarusian", "Minsk"), "Bolivia": ("Bolivian", "La Paz"), "Brazil": ("Brazilian", "Brasilia"),
    "Britain": ("British", "London"), "Bulgaria": ("Bulgarian", "Sofia"), "Cambodia": ("Cambodian", "Phnom Penh"),
    "Canada": ("Canadian", "Ottawa"), "China": ("Chinese", "Beijing"), "Colombia": ("Colombian", "Bogota"),
    "Cuba": ("Cuban", "Havana"), "Czech Republic": ("Czech", "Prague"), "Egypt": ("Egyptian", "Cairo"),
    "Eritrea": ("Eritrean", "Asmara"), "Estonia": ("Estonian", "Tallinn"), "Ethiopia": ("Ethiopian", "Addis Ababa"),
    "Finland": ("Finnish", "Helsinki"), "France": ("French", "Paris"), "Georgia": ("Georgian", "Tbilisi"),
    "Germany": ("German", "Berlin"), "Greece": ("Greek", "Athens"), "Hungary": ("Hungarian", "Budapest"),
    "India": ("Indian", "New Delhi"), "Indonesia": ("Indonesian", "Jakarta"), "Iran": ("Iranian", "Tehran"),
    "Iraq": ("Iraqi", "Baghdad"), "Israel": ("Israeli", "Jerusalem"), "Italy": ("Italian", "Rome"),
    "Japan": ("Japanese", "Tokyo"), "Jordan": ("Jordanian", "Amman"), "Kazakhstan": ("Kazakh", "Astana"),
    "Kuwait": ("Kuwaiti", "Kuwait City"), "Kyrgyzstan": ("Kyrgyz", "Bishkek"), "Latvia": ("Latvian", "Riga"),
    "Lebanon": ("Lebanese", "Beirut"), "Libya": ("Libyan", "Tripoli"), "Lithuania": ("Lithuanian", "Vilnius"),
    "Mali": ("Malian", "Bamako"), "Mexico": ("Mexican", "Mexico City"), "Moldova": ("Moldovan", "Chisinau"),
    "Morocco": ("Moroccan", "Rabat"), "Myanmar": ("Myanmar", "Naypyitaw"), "Netherlands": ("Dutch", "The Hague"),
    "Nicaragua": ("Nicaraguan", "Managua"), "Niger": ("Nigerien", "Niamey"), "Nigeria": ("Nigerian", "Abuja"),
    "North Korea": ("North Korean", "Pyongyang"), "Norway": ("Norwegian", "Oslo"), "Oman": ("Omani", "Muscat"),
    "Pakistan": ("Pakistani", "Islamabad"), "Palestine": ("Palestinian", "Ramallah"), "Philippines": ("Filipino", "Manila"),
    "Poland": ("Polish", "Warsaw"), "Qatar": ("Qatari", "Doha"), "Romania": ("Romanian", "Bucharest"),
    "Russia": ("Russian", "Moscow"), "Rwanda": ("Rwandan", "Kigali"), "Saudi Arabia": ("Saudi", "Riyadh"),
    "Serbia": ("Serbian", "Belgrade"), "Slovakia": ("Slovak", "Bratislava"), "Slovenia": ("Slovenian", "Ljubljana"),
    "Somalia": ("Somali", "Mogadishu"), "South Korea": ("South Korean", "Seoul"), "Spain": ("Spanish", "Madrid"),
    "Sudan": ("Sudanese", "Khartoum"), "Sweden": ("Swedish", "Stockholm"), "Switzerland": ("Swiss", "Bern"),
    "Syria": ("Syrian", "Damascus"), "Tajikistan": ("Tajik", "Dushanbe"), "Thailand": ("Thai", "Bangkok"),
    "Tunisia": ("Tunisian", "Tunis"), "Turkey": ("Turkish", "Ankara"), "Turkmenistan": ("Turkmen", "Ashgabat"),
    "Ukraine": ("Ukrainian", "Kyiv"), "United Arab Emirates": ("Emirati", "Abu Dhabi"),
    "United Kingdom": ("British", "London"), "United States": ("American", "Washington"),
    "Uzbekistan": ("Uzbek", "Tashkent"), "Venezuela": ("Venezuelan", "Caracas"), "Vietnam": ("Vietnamese", "Hanoi"),
    "Yemen": ("Yemeni", "Sanaa"), "Zimbabwe": ("Zimbabwean", "Harare"),
    # the Americas
    "Argentina": ("Argentine", "Buenos Aires"), "Chile": ("Chilean", "Santiago"), "Peru": ("Peruvian", "Lima"),
    "Ecuador": ("Ecuadorian", "Quito"), "Guatemala": ("Guatemalan", "Guatemala City"),
    "Honduras": ("Honduran", "Tegucigalpa"), "El Salvador": ("Salvadoran", "San Salvador"),
    "Panama": ("Panamanian", "Panama City"), "Costa Rica": ("Costa Rican", "San José"),
    "Dominican Republic": ("Dominican", "Santo Domingo"), "Haiti": ("Haitian", "Port-au-Prince"),
    "Paraguay": ("Paraguayan", "Asuncion"), "Uruguay": ("Uruguayan", "Montevideo"),
    # Africa
    "Uganda": ("Ugandan", "Kampala"), "Kenya": ("Kenyan", "Nairobi"), "Tanzania": ("Tanzanian", "Dodoma"),
    "Burkina Faso": ("Burkinabe", "Ouagadougou"), "Cameroon": ("Cameroonian", "Yaounde"),
    "Senegal": ("Senegalese", "Dakar"), "Ghana": ("Ghanaian", "Accra"), "South Africa": ("South African", "Pretoria"),
    "Democratic Republic of Congo": ("Congolese", "Kinshasa"), "Mozambique": ("Mozambican", "Maputo"),
    "Burundi": ("Burundian", "Gitega"), "South Sudan": ("South Sudanese", "Juba"), "Benin": ("Beninese", "Porto-Novo"),
    "Togo": ("Togolese", "Lome"), "Central African Republic": ("Central African", "Bangui"),
    "Mauritania": ("Mauritanian", "Nouakchott"), "Djibouti": ("Djiboutian", "Djibouti City"),
    "Ivory Coast": ("Ivorian", "Yamoussoukro"), "Chad": ("Chadian", "N'Djamena"), "Zambia": ("Zambian", "Lusaka"),
    "Malawi": ("Malawian", "Lilongwe"), "Madagascar": ("Malagasy", "Antananarivo"), "Guinea": ("Guinean", "Conakry"),
    "Sierra Leone": ("Sierra Leonean", "Freetown"), "Liberia": ("Liberian", "Monrovia"), "Gambia": ("Gambian", "Banjul"),
    "Gabon": ("Gabonese", "Libreville"), "Equatorial Guinea": ("Equatorial Guinean", "Malabo"),
    "Angola": ("Angolan", "Luanda"), "Namibia": ("Namibian", "Windhoek"), "Botswana": ("Botswanan", "Gaborone"),
    "Lesotho": ("Basotho", "Maseru"), "Eswatini": ("Swazi", "Mbabane"), "Mauritius": ("Mauritian", "Port Louis"),
    "Guinea-Bissau": ("Bissau-Guinean", "Bissau"), "Cape Verde": ("Cape Verdean", "Praia"),
    # Asia and Oceania
    "Nepal": ("Nepalese", "Kathmandu"), "Sri Lanka": ("Sri Lankan", "Colombo"), "Malaysia": ("Malaysian", "Kuala Lumpur"),
    "Singapore": ("Singaporean", "Singapore City"), "Laos": ("Laotian", "Vientiane"), "Mongolia": ("Mongolian", "Ulaanbaatar"),
    "Taiwan": ("Taiwanese", "Taipei"), "Australia": ("Australian", "Canberra"), "New Zealand": ("New Zealander", "Wellington"),
    "Maldives": ("Maldivian", "Malé"), "Bhutan": ("Bhutanese", "Thimphu"), "Fiji": ("Fijian", "Suva"),
    "East Timor": ("Timorese", "Dili"), "Papua New Guinea": ("Papua New Guinean", "Port Moresby"),
    # Europe
    "Austria": ("Austrian", "Vienna"), "Belgium": ("Belgian", "Brussels"), "Denmark": ("Danish", "Copenhagen"),
    "Ireland": ("Irish", "Dublin"), "Portugal": ("Portuguese", "Lisbon"), "Croatia": ("Croatian", "Zagreb"),
    "Bosnia": ("Bosnian", "Sarajevo"), "Kosovo": ("Kosovar", "Pristina"), "Albania": ("Albanian", "Tirana"),
    "North Macedonia": ("Macedonian", "Skopje"), "Montenegro": ("Montenegrin", "Podgorica"),
    "Cyprus": ("Cypriot", "Nicosia"), "Iceland": ("Icelandic", "Reykjavik"),
}
# Nationality nouns that are not the adjective: "a Briton", "an Irishman", "two Swedes".
_NOUN_DEMONYMS = {
    "Briton": "United Kingdom", "Englishman": "United Kingdom", "Englishwoman": "United Kingdom", "Scot": "United Kingdom",
    "Frenchman": "France", "Frenchwoman": "France", "Irishman": "Ireland", "Irishwoman": "Ireland",
    "Dutchman": "Netherlands", "Dutchwoman": "Netherlands", "Swede": "Sweden", "Dane": "Denmark", "Pole": "Poland",
    "Finn": "Finland", "Turk": "Turkey", "Spaniard": "Spain", "Filipina": "Philippines", "Kazakhstani": "Kazakhstan",
    "Kyrgyzstani": "Kyrgyzstan", "Uzbekistani": "Uzbekistan", "Tajikistani": "Tajikistan", "Kiwi": "New Zealand",
}
# Cities (not capitals) that releases and swaps pass through, for naming a destination's country
# ("landed in Calgary" -> Canada). Only read by city_country(): city names double as personal names too
# often ("Jacques Paris", "Orlando Beltrán") to join the general lookup. Common given names are left out.
_CITIES: dict[str, str] = {
    "Istanbul": "Turkey", "Antalya": "Turkey", "Izmir": "Turkey", "Dubai": "United Arab Emirates",
    "Geneva": "Switzerland", "Zurich": "Switzerland", "Frankfurt": "Germany", "Munich": "Germany",
    "Hamburg": "Germany", "Cologne": "Germany", "Ramstein": "Germany", "Landstuhl": "Germany", "Milan": "Italy",
    "Naples": "Italy", "Barcelona": "Spain", "Marseille": "France", "Lyon": "France", "Toronto": "Canada",
    "Montreal": "Canada", "Vancouver": "Canada", "Calgary": "Canada", "New York": "United States",
    "Los Angeles": "United States", "Chicago": "United States", "Houston": "United States", "Miami": "United States",
    "San Antonio": "United States", "Boston": "United States", "California": "United States", "Texas": "United States",
    "Florida": "United States", "Maryland": "United States", "Andrews": "United States", "Brownsville": "United States",
    "El Paso": "United States", "Melbourne": "Australia", "Perth": "Australia", "Brisbane": "Australia",
    "Johannesburg": "South Africa", "Cape Town": "South Africa", "Durban": "South Africa", "Lagos": "Nigeria",
    "Kano": "Nigeria", "Kaduna": "Nigeria", "Maiduguri": "Nigeria", "Karachi": "Pakistan", "Lahore": "Pakistan",
    "Peshawar": "Pakistan", "Quetta": "Pakistan", "Mumbai": "India", "Kolkata": "India", "Chennai": "India",
    "Amritsar": "India", "Shanghai": "China", "Guangzhou": "China", "Shenzhen": "China", "Dandong": "China",
    "Osaka": "Japan", "St Petersburg": "Russia", "St. Petersburg": "Russia", "Saint Petersburg": "Russia",
    "Yekaterinburg": "Russia", "Kaliningrad": "Russia", "Rostov": "Russia", "Belgorod": "Russia", "Kursk": "Russia",
    "Bryansk": "Russia", "Kharkiv": "Ukraine", "Odesa": "Ukraine", "Odessa": "Ukraine", "Lviv": "Ukraine",
    "Dnipro": "Ukraine", "Chernihiv": "Ukraine", "Sumy": "Ukraine", "Zaporizhzhia": "Ukraine", "Gomel": "Belarus",
    "Grodno": "Belarus", "Vitebsk": "Belarus", "Mogilev": "Belarus", "Kaunas": "Lithuania", "Klaipeda": "Lithuania",
    "Tabriz": "Iran", "Mashhad": "Iran", "Isfahan": "Iran", "Shiraz": "Iran", "Basra": "Iraq", "Mosul": "Iraq",
    "Erbil": "Iraq", "Aleppo": "Syria", "Homs": "Syria", "Idlib": "Syria", "Latakia": "Syria", "Benghazi": "Libya",
    "Misrata": "Libya", "Aden": "Yemen", "Marib": "Yemen", "Hodeidah": "Yemen", "Jeddah": "Saudi Arabia",
    "Abha": "Saudi Arabia", "Casablanca": "Morocco", "Marrakech": "Morocco", "Oran": "Algeria", "Sfax": "Tunisia",
    "Tel Aviv": "Israel", "Haifa": "Israel", "Khan Younis": "Palestine", "Rafah": "Palestine", "Jenin": "Palestine",
    "Nablus": "Palestine", "Hebron": "Palestine", "Bethlehem": "Palestine", "Gaza City": "Palestine",
    "Kandahar": "Afghanistan", "Herat": "Afghanistan", "Bagram": "Afghanistan", "Chittagong": "Bangladesh",
    "Yangon": "Myanmar", "Rangoon": "Myanmar", "Mandalay": "Myanmar", "Ho Chi Minh City": "Vietnam",
    "Phuket": "Thailand", "Chiang Mai": "Thailand", "Davao": "Philippines", "Cebu": "Philippines",
    "Zamboanga": "Philippines", "Jolo": "Philippines", "Surabaya": "Indonesia", "Medan": "Indonesia",
    "Almaty": "Kazakhstan", "Samarkand": "Uzbekistan", "Bukhara": "Uzbekistan", "Batumi": "Georgia", "Ganja": "Azerbaijan",
    "Goma": "Democratic Republic of Congo", "Mombasa": "Kenya", "Timbuktu": "Mali", "Gao": "Mali", "Kidal": "Mali",
    "Agadez": "Niger", "Arlit": "Niger", "Maracaibo": "Venezuela", "Guayaquil": "Ecuador", "Medellin": "Colombia",
    "Medellín": "Colombia", "Cali": "Colombia", "Villavicencio": "Colombia", "Monterrey": "Mexico",
    "Guadalajara": "Mexico", "Tijuana": "Mexico", "Matamoros": "Mexico", "Ciudad Juarez": "Mexico",
    "Sao Paulo": "Brazil", "São Paulo": "Brazil", "Rio de Janeiro": "Brazil", "Guantanamo": "United States",
    "Guantanamo Bay": "United States", "Brize Norton": "United Kingdom", "Heathrow": "United Kingdom",
    "Manchester": "United Kingdom", "Glasgow": "United Kingdom", "Belfast": "United Kingdom", "Edinburgh": "United Kingdom",
}
_GROUPS = ("Hamas", "Hezbollah", "Islamic Jihad", "Taliban", "Houthis", "Islamic State", "al-Shabaab",
           "Boko Haram", "Wagner", "the Kremlin")
_ALIASES = {
    "U.S.": "United States", "US": "United States", "USA": "United States", "America": "United States",
    "Kiev": "Ukraine", "Kremlin": "Russia", "the Kremlin": "Russia", "UK": "United Kingdom", "U.K.": "United Kingdom",
    "Houthi": "Houthis", "Burma": "Myanmar", "Türkiye": "Turkey", "Gaza": "Hamas",
    # the initials a headline or a second mention uses for a country
    "UAE": "United Arab Emirates", "U.A.E.": "United Arab Emirates", "DRC": "Democratic Republic of Congo",
    "DR Congo": "Democratic Republic of Congo", "DPRK": "North Korea", "KSA": "Saudi Arabia",
    "Côte d'Ivoire": "Ivory Coast", "Cote d'Ivoire": "Ivory Coast", "Timor-Leste": "East Timor",
    "Swaziland": "Eswatini",
}


def _build_lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for country, (adj, capital) in _COUNTRIES.items():
        country = country.strip()
        table[country] = country
        table[adj] = country
        table[capital] = country
    for g in _GROUPS:
        table[g] = "Russia" if g == "the Kremlin" else g
    table.update(_ALIASES)
    table.update(_NOUN_DEMONYMS)
    table.pop("Jerusalem", None)  # contested; never use it to name an actor
    return table


_LOOKUP = _build_lookup()
_MAX_NAME_WORDS = max(len(k.split()) for k in _LOOKUP)
# Runs of capitalised words; names are looked up in _LOOKUP instead of one huge alternation.
_CAPS_RE = re.compile(r"\b[A-Z][\w.\-]*(?:\s+(?:of\s+)?[A-Z][\w.\-]*)*")
_RELEASE_VERB = (r"(?:releas(?:ed|es|e|ing)|fre(?:ed|es|e|eing)|pardon(?:ed|s)?|handed\s+over|hands\s+over|"
                 r"set\s+free|let\s+go|swapp(?:ed|ing)|exchang(?:ed|es|ing)|returned|repatriated|amnestied)")
# After a name: "Belarus has released", "Belarusian authorities freed", "Minsk's regime on Saturday released".
_AFTER_NAME_VERB_RE = re.compile(
    rf"(?:['’]s?\s+(?:\w+\s+){{0,3}}?|\s+(?:authorities|government|regime|officials|leader|president|ruler|side|"
    rf"forces|military|has|have|had|on\s+\w+|also|later|finally|reportedly)\b)*\s*(?:has\s+|had\s+|have\s+)?{_RELEASE_VERB}\b"
)
_BY_BEFORE_RE = re.compile(r"\b(?:released|freed|pardoned|handed\s+over|set\s+free)\s+by\s+(?:the\s+)?$")


_FIRST_WORDS = {k.split()[0] for k in _LOOKUP}
_POSSESSIVE_RE = re.compile(r"['’]s?$")


def _names_in(sentence: str):
    """(name as written, canonical, start, end) for every country/group/capital/demonym."""
    for run in _CAPS_RE.finditer(sentence):
        words = list(re.finditer(r"[^\s]+", run.group(0)))
        i = 0
        while i < len(words):
            w = words[i].group(0)
            bare = _POSSESSIVE_RE.sub("", w.rstrip(".,;:"))
            if w not in _FIRST_WORDS and bare not in _FIRST_WORDS:
                i += 1
                continue
            for n in range(min(_MAX_NAME_WORDS, len(words) - i), 0, -1):
                a = run.start() + words[i].start()
                b = run.start() + words[i + n - 1].end()
                raw = sentence[a:b]
                key = _POSSESSIVE_RE.sub("", raw)
                if key not in _LOOKUP and key[-1:] in ".,;:" and key[:-1] in _LOOKUP:
                    key = key[:-1]
                if key in _LOOKUP:
                    yield raw, _LOOKUP[key], a, a + len(key)
                    i += n
                    break
            else:
                i += 1


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_DATE_PATTERN = (
    rf"\b(?:(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?!\d)(?:,?\s+(?P<y1>(?:19|20)\d\d))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_RE})\b(?:,?\s+(?P<y2>(?:19|20)\d\d))?"
    rf"|(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    rf"|(?P<rel>yesterday|today|at\s+the\s+weekend|over\s+the\s+weekend|this\s+weekend))"
)
_DATE_RE = re.compile(_DATE_PATTERN, re.I)
_DATE_LOWER_RE = re.compile(_DATE_PATTERN)  # on lowercased text: case-sensitive scanning is much faster


def _dates_in(sentence: str):
    low = sentence.lower()
    if len(low) == len(sentence):
        return _DATE_LOWER_RE.finditer(low)
    return _DATE_RE.finditer(sentence)


# a list of demands spelled out after a colon: "repeated the demands of the kidnappers: the release of 11 prisoners,
# among them X, ..." -- every release the list names is demanded, however far down the list (read by counts and people)
DEMAND_LIST_RE = re.compile(r"\b(?:demand(?:s|ed)?|ultimatum|wanted|sought|(?:asked|called|calls|pressed)\s+for"
                             r"|insisted\s+on)\b[^.;:!?]{0,80}:\s", re.I)
_RELEASE_WORD_RE = re.compile(
    r"\b(?:(?<!press\s)(?<!immediate\s)(?<!news\s)(?<!media\s)releas(?:ed|es|e|ing)|freed|frees|freeing|pardon(?:ed|s)?|handed\s+over|swap(?:ped)?|exchange[ds]?|"
    r"deal|handover|set\s+free|walked\s+free|returned\s+home|transfer|(?:are|were|is|was|now)\s+free|rescued|"
    r"arrived\s+home|came\s+home|walked\s+out\s+of|walks\s+out\s+of"
    r"|regain(?:ed|s|ing)?\s+(?:their\s+|his\s+|her\s+)?freedom"
    r"|lift(?:ed|s)?\s+(?:the\s+)?house\s+arrest)\b",  # "lifted the house arrest of X and Y"
    re.I,
)
_RELEASE_WORD_RE = LowerScan(_RELEASE_WORD_RE)  # whole-sentence scans

# Substring stems that must be present before the regexes above are worth running.
_RELEASE_STEMS = ("releas", "free", "pardon", "hand", "swap", "exchang", "deal", "transfer", "return", "walk",
                  "house arrest")
_CAPTIVE_STEMS = ("prisoner", "detainee", "inmate", "captive", "pow", "hostage")


def _has_release_word(sentence: str) -> bool:
    low = sentence.lower()
    return any(k in low for k in _RELEASE_STEMS) and _RELEASE_WORD_RE.search(sentence) is not None


def _has_captive_word(sentence: str) -> bool:
    low = sentence.lower()
    return any(k in low for k in _CAPTIVE_STEMS) and _CAPTIVE_RE.search(sentence) is not None


# Matched against lowercased text (case-sensitive scanning is much faster than re.I).
_SWAP_LOWER_RE = re.compile(
    r"\b(?:prisoner|pow|captive|hostage|spy)s?[\s\-]+(?:swap|exchange)s?\b|\bswap(?:ped|s)?\b"
    r"|\bexchang(?:ed|e)\s+(?:of\s+)?(?:\w+\s+){0,3}(?:prisoners|pows|captives|detainees|servicemen|soldiers)\b"
    r"|\b\d[\d,]*\s*-?\s*for\s*-?\s*\d[\d,]*\b|\bprisoners\s+of\s+war\b",
)
_CAPTIVE_RE = re.compile(r"\b(?:prisoners?|detainees?|inmates?|captives?|POWs?|hostages?)\b", re.I)


def _month_num(word: str) -> int:
    return _MONTHS.index(word.lower()[:3]) + 1


def _parse_iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def _resolve(m: re.Match, pub: date | None) -> date | None:
    """Calendar date of a date expression, relative ones resolved against the publication date."""
    g = m.groupdict()
    if g["m1"] or g["m2"]:
        mon = _month_num(g["m1"] or g["m2"])
        day = int(g["d1"] or g["d2"])
        year = g["y1"] or g["y2"]
        if not year and not pub:
            return None
        try:
            if year:
                return date(int(year), mon, day)
            same_year = date(pub.year, mon, day)
        except ValueError:
            return None
        if same_year <= pub or (same_year - pub).days <= 60:
            return same_year  # soon after publication: an announced, future date
        try:
            return date(pub.year - 1, mon, day)  # "December 20" read in January
        except ValueError:
            return None
    if pub is None:
        return None
    if g["wd"]:
        target = WEEKDAYS.index(g["wd"].lower())
        return pub - timedelta(days=(pub.weekday() - target) % 7)
    rel = g["rel"].lower()
    if rel == "yesterday":
        return pub - timedelta(days=1)
    if rel == "today":
        return pub
    # "at the weekend": the Saturday on or before publication
    return pub - timedelta(days=(pub.weekday() - 5) % 7)


# A date right after these words bounds the release rather than dating it ("before Sunday").
# So do the start of a truce or the signing of a deal ("the ceasefire that began on January 19").
_BOUND_BEFORE_DATE_RE = re.compile(
    r"\b(?:before|until|till|since|by|ahead\s+of|prior\s+to|began|begun|started|took\s+effect|"
    r"came\s+into\s+(?:effect|force)|signed|sealed|agreed|announced|brokered)\s+(?:on\s+)?(?:the\s+)?$"
    # "since the signing of the ceasefire agreement in Geneva on 23 October": the date is the signing's
    r"|\b(?:signing|start|beginning|launch|announcement|conclusion)\s+of\b[^,;.]{0,50}?\s(?:on|in)\s+(?:the\s+)?$", re.I)
# Future or planned wording before a date: an announced step, not the event ("due to be released on Saturday").
_FUTURE_BEFORE_DATE_RE = re.compile(
    r"\b(?:will|would|shall|due\s+to|expected\s+to|set\s+to|scheduled|planned|plans?\s+to|to\s+be|next)\b", re.I)
# Words placing a release in the past of the article's event ("the previous exchange, on Sept. 14").
_EARLIER_NEAR_DATE_RE = re.compile(
    r"\b(?:previous|earlier|prior|past|similar|separate(?:ly)?)\b"
    # "last" of a time or an earlier round, not of a group ("the last ten police officers", "last Friday")
    r"|\blast\s+(?:\w+\s+)?(?:week|month|year|time|exchange|release|swap|round|deal|handover|transfer|amnesty|"
    r"pardon|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)s?\b"
    r"|\bhad\s+(?:\w+\s+)?(?:been\s+)?(?:releas|free|pardon|swap|exchang|taken\s+place|return)", re.I)
# "have been released", "has freed": the lead's news is of the last days before publication
_PERFECT_RELEASE_RE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|finally\s+|also\s+)?(?:been\s+)?(?:\w+\s+)?"
    r"(?:releas(?:ed)|freed|pardoned|handed\s+over|set\s+free|swapped|exchanged|returned|rescued"
    r"|regained\s+(?:their\s+|his\s+|her\s+)?freedom)\b"
    # "have carried out their first all-female prisoner exchange"
    r"|\b(?:has|have)\s+(?:now\s+)?(?:carried\s+out|completed|conducted|held|made)\s+(?:[\w'’-]+\s+){0,4}?"
    r"(?:exchange|swap|release|handover)\b", re.I)
# a headline's present tense, "Israel releases 90 prisoners", "Both sides free 146": news of now too
_PRESENT_RELEASE_RE = re.compile(r"(?<!\bthe\s)(?<!['’]s\s)(?<!\bof\s)(?<!\band\s)(?<!\bnew\s)"
                                 r"\b(?:releases|frees|free|pardons|swaps|hands\s+over)\s+(?:\w+\s+){0,2}?\d", re.I)
_FOLLOWING_RELEASE_RE = re.compile(
    r"\b(?:following|after)\s+(?:the|an?)\s+(?:\w+\s+)?(?:exchange|release|swap|handover|transfer)\s+of\b[^,;.]{0,60}$",
    re.I)
_RECENT_LEAD_SENTENCES = 3  # the release sentences that may tell the story as news of now (headline, caption, lead)
_RECENT_LEAD_DAYS = 14
_LEAD_RELEASE_SENTENCES = 2  # the release sentences that give the lead's own date
_SENTENCE_RANK_CHARS = 1      # per sentence: a later date must be that much closer to a release word to win
# a date that opens its sentence frames the whole of it: "On the night of 16 January 1971, ..."
_OPENING_DATE_RE = re.compile(r"^\W*(?:(?:late|early)\s+)?(?:on|on\s+the\s+(?:night|morning|evening|afternoon|eve)\s+of"
                              r"|in\s+the\s+(?:early\s+)?(?:hours|morning|evening)\s+of)\s+$", re.I)
_MAX_DATE_DISTANCE = 90       # characters between a date and the nearest release word


def _release_between(s: str, start: int, end: int) -> bool:
    """A release verb in a later clause than the earlier-marker, before the date ('..., were freed on ...')."""
    if start > end:
        return False
    comma = s.find(",", start, end)
    return comma >= 0 and _RELEASE_WORD_RE.search(s, comma, end) is not None


_CLAUSE_MARK_RE = re.compile(
    r"[,;:()—–]|\s-\s|\b(?:and|but|after|before|when|while|since|which|who|that)\s+"
    r"(?:\w+\s+){0,2}?(?:was|were|had|has|is|are|began|begun|started)\b"
    # a verb of its own: "... released from prison, speak at a press conference on Sunday" (a caption's verbs)
    r"|\b(?:was|were|is|are|has|have|had|said|says|told|speaks?|attends?|arrives?|arrived|poses?|walks?|talks?"
    r"|stands?|sits?|holds?|waves?|hugs?|embraces?|leaves?|left|gathers?|meets?|met|reacts?|greets?|addresse[sd]?)\b")
# a date that owns the release noun after it: "Saturday's releases", "the 14 May handover"
_DATED_RELEASE_NOUN_RE = re.compile(r"(?:['’]s)?\s+(?:(?:first|second|third|latest|own)\s+)?(?:releases?|exchanges?|swaps?"
                                    r"|handovers?)\b(?!\s+of\s+(?:the\s+)?(?:statements?|reports?|data|figures|films?))", re.I)
_LONG_OBJECT_MAX = 200  # characters from a lead's release verb to a date closing its clause


def _same_clause_after(s: str, words: list[tuple[int, int]], at: int) -> bool:
    """Whether the date at `at` closes the clause of a release word before it, with no clause break or
    new verb between ("released seven observers and five officers accompanying them on Saturday")."""
    before = [b for a, b in words if b <= at]
    return bool(before) and at - before[-1] <= _LONG_OBJECT_MAX and not _CLAUSE_MARK_RE.search(s, before[-1], at)


def event_date(sentences: list[str], published: str | None, *, release_flags: list[bool] | None = None) -> str | None:
    """The event date (see `_event_dates`)."""
    return _event_dates(sentences, published, release_flags)[0]


_CAPTURE_BEFORE_DATE_RE = re.compile(
    r"\b(?:arrested|detained|kidnapped|abducted|seized|captured|snatched|jailed|imprisoned|sentenced|convicted"
    r"|taken\s+(?:hostage|captive|prisoner))\s+(?:(?:early|late)\s+)?(?:on|in)\s+(?:the\s+)?$", re.I)


def _event_dates(sentences: list[str], published: str | None,
                 release_flags: list[bool] | None = None) -> tuple[str | None, str | None]:
    """Date nearest to a release word in the article ('on Saturday', 'the December 13 deal').

    Early sentences (headline, lead) win over later ones at a similar distance; dates that
    bound a release ('before Sunday'), announce a future step ('due to be released on
    Saturday') or date an earlier one ('the previous exchange, on Sept. 14') are skipped.
    Returns (the event date, the date the headline's or the lead's release sentences give: that one is
    the story's own even when the story went out weeks later)."""
    pub = _parse_iso(published)
    best: tuple[int, int, date] | None = None
    lead_best: tuple[int, int, date] | None = None
    recent_lead = False  # the first release sentence tells it as news of now, undated
    release_seen = 0
    for i, s in enumerate(sentences):
        if not (release_flags[i] if release_flags is not None else _has_release_word(s)):
            continue
        lead_release = release_seen < _LEAD_RELEASE_SENTENCES  # the headline's or the lead's release sentence
        release_seen += 1
        if release_seen <= _RECENT_LEAD_SENTENCES and not recent_lead:  # headline, caption, lead
            recent_lead = bool(_PERFECT_RELEASE_RE.search(s) or _PRESENT_RELEASE_RE.search(s)) and not any(
                not _BOUND_BEFORE_DATE_RE.search(s[max(0, m.start() - 60):m.start()]) for m in _dates_in(s))
        words = None
        for m in _dates_in(s):
            if words is None:
                words = [w.span() for w in _RELEASE_WORD_RE.finditer(s)]
            d = _resolve(m, pub)
            if d is None or (pub and d > pub):
                continue
            if recent_lead and pub and (pub - d).days > _RECENT_LEAD_DAYS:
                continue  # "The last 23 hostages have been released" ... "Eleven were freed on June 11": background
            dist = min(min(abs(m.start() - b), abs(a - m.end())) for a, b in words)
            if (lead_release and (_same_clause_after(s, words, m.start()) or _OPENING_DATE_RE.match(s, 0, m.start()))) \
                    or _DATED_RELEASE_NOUN_RE.match(s, m.end()):
                # the lead's own verb, dated at the end of its long object or by the sentence's opening frame
                # ("On the night of 16 January, after 40 days in captivity, the ambassador ... was released");
                # "Saturday's releases"
                dist = 0
            if dist > _MAX_DATE_DISTANCE:
                continue
            before = s[max(0, m.start() - 60):m.start()]
            if _BOUND_BEFORE_DATE_RE.search(before) or _FUTURE_BEFORE_DATE_RE.search(before[-40:]):
                continue
            near_from = max(0, m.start() - 40)
            earlier = _EARLIER_NEAR_DATE_RE.search(s, near_from, m.end() + 20)
            # ... unless a release verb stands between the marker and the date: "kidnapped in April last year,
            # were freed on February 26" dates this release
            if earlier and not _release_between(s, earlier.end(), m.start()):
                continue
            if _FOLLOWING_RELEASE_RE.search(s, max(0, m.start() - 80), m.start()):
                continue  # "..., following the exchange of 14 detainees in Brak on 29 October": the one before
            if _CAPTURE_BEFORE_DATE_RE.search(s, max(0, m.start() - 40), m.start()):
                continue  # "the two founders, arrested on 13 September 1980, were released": the arrest's date
            # relative words sit in captions and asides more often than in the news line
            if m.group("rel"):
                dist += 30
            key = (dist + _SENTENCE_RANK_CHARS * i, i, d)
            if best is None or key[:2] < best[:2]:
                best = key
            if lead_release and (lead_best is None or key[:2] < lead_best[:2]):
                lead_best = key
    return (best[2].isoformat() if best else None), (lead_best[2].isoformat() if lead_best else None)


def event_actor(sentences: list[str], *, release_flags: list[bool] | None = None) -> str | None:
    """Most frequent country/group that is the subject (or 'by' agent) of a release verb."""
    votes: Counter[str] = Counter()
    for i, s in enumerate(sentences):
        if not (release_flags[i] if release_flags is not None else _has_release_word(s)):
            continue
        for _, name, a, b in _names_in(s):
            if _AFTER_NAME_VERB_RE.match(s, b) or _BY_BEFORE_RE.search(s, max(0, a - 40), a):
                votes[name] += 2
    if not votes:
        # fall back on the country most mentioned in sentences about captives
        for s in sentences:
            if _has_captive_word(s):
                for _, name, _, _ in _names_in(s):
                    votes[name] += 1
        votes.pop("United States", None)  # mostly the broker, rarely the releaser
    if not votes:
        return None
    return votes.most_common(1)[0][0]


def event_kind(text: str) -> str | None:
    low = text.lower()
    if len(re.findall(r"\bhostages?\b", low)) >= 2:
        return "hostage_release"
    if ("swap" in low or "exchang" in low or " for " in low or "of war" in low) and _SWAP_LOWER_RE.search(low):
        return "prisoner_swap"
    if any(k in low for k in _CAPTIVE_STEMS) and _CAPTIVE_RE.search(text):
        return "prisoner_release"
    return None


def event_hints(sentences: list[str], *, title: str | None = None, published: str | None = None) -> dict:
    return event_hints_and_lead_date(sentences, title=title, published=published)[0]


_REACTION_RE = re.compile(r"\b(?:welcom\w*|hail\w*|prais\w*|condemn\w*|critici[sz]\w*|deplor\w*|applaud\w*"
                          r"|react\w*|respond\w*|greet\w*|celebrat\w*|marked|marks|mark|speak\w*|spoke"
                          r"|press\s+conference|interview\w*)\b", re.I)


def event_hints_and_lead_date(sentences: list[str], *, title: str | None = None,
                              published: str | None = None) -> tuple[dict, str | None]:
    """The event hints, and the date the lead gives its own release (see `_event_dates`)."""
    all_sentences = ([title] if title else []) + sentences
    text = "\n".join(all_sentences)
    flags = [_has_release_word(s) for s in all_sentences]  # shared by the actor and date passes
    when, lead_when = _event_dates(all_sentences, published, flags)
    lead = islice((s for s, f in zip(all_sentences, flags) if f), _LEAD_RELEASE_SENTENCES)  # where lead_when is from
    if when and lead_when and lead_when > when and not any(_REACTION_RE.search(s) for s in lead):
        # "The ordeal ended today when ..." in the lead, "32 were freed by the army on September 25" further down:
        # the lead tells the story's own release; a dated one before it in the body is a stage of the background
        # (but "HRW today welcomed the release of ...": the day of a reaction, not of the release)
        when = lead_when
    if when is None:
        when = _anniversary_date(all_sentences, flags, _parse_iso(published))
    return {
        "kind": event_kind(text),
        "actor": event_actor(all_sentences, release_flags=flags),
        "date": when,
    }, lead_when


# an anniversary feature's own occasion, counted back from publication: "30 years since the release of X",
# "On this day 25 years ago, ... walked free"
_ANNIVERSARY_RE = re.compile(
    r"\b(?P<n>\d{1,3}|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-]+\w+)?|ten|eleven|twelve"
    r"|fifteen|a\s+hundred|one\s+hundred))\s+years\s+(?:ago|since|after|on\b)", re.I)
_ANNIVERSARY_SENTENCES = 4  # headline, standfirst and lead


def _anniversary_date(sentences: list[str], flags: list[bool], pub: date | None) -> str | None:
    """The anniversary a feature marks, when no release in it is dated to the day: the publication day that many
    years back ('30 years since the release of X', published 10 April 2020 -> 1990-04-10)."""
    if pub is None:
        return None
    for s, flag in islice(zip(sentences, flags), _ANNIVERSARY_SENTENCES):
        m = _ANNIVERSARY_RE.search(s) if flag and "years" in s else None
        n = parse_number(m.group("n")) if m else None
        if n and 5 <= n < pub.year - 1800:
            try:
                return date(pub.year - n, pub.month, pub.day).isoformat()
            except ValueError:  # 29 February
                return date(pub.year - n, pub.month, 28).isoformat()
    return None


# a state's formal style before its short name: "the Republic of Armenia", "the Kingdom of Morocco"
_FORMAL_STYLE_RE = re.compile(
    r"^(?:the\s+)?(?:(?:Federal|Islamic|Democratic|Arab|Socialist|Hashemite|Plurinational|Bolivarian|Cooperative"
    r"|Federative|Oriental|United|Independent)\s+)*(?:Republic|Kingdom|State|Sultanate|Emirate|Principality"
    r"|Grand\s+Duchy|Commonwealth)\s+of\s+(?:the\s+)?")


def country_of(name: str) -> str | None:
    """Country a place, capital or demonym stands for ('Lithuanian' -> 'Lithuania'), else None."""
    hit = _LOOKUP.get(name.strip())
    if hit is None and " of " in name:
        short = _FORMAL_STYLE_RE.sub("", name.strip(), count=1)
        hit = _LOOKUP.get(short) if short != name.strip() else None
    return hit if hit in _COUNTRIES else None


_DEMONYMS = frozenset([adj for adj, _ in _COUNTRIES.values()] + list(_NOUN_DEMONYMS))


def city_country(name: str) -> str | None:
    """Country of a well-known non-capital city ('Calgary' -> 'Canada'), for destinations only."""
    return _CITIES.get(name.strip())


def is_demonym(word: str) -> bool:
    return word in _DEMONYMS
