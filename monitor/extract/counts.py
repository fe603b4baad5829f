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
from datetime import date, timedelta
from functools import cached_property, lru_cache

from monitor.extract.event import DEMAND_LIST_RE, WEEKDAYS, city_country, country_of, is_demonym
from monitor.extract.numbers import Quantity, find_quantities, is_after_month
from monitor.extract.phrases import LAST_WEEKDAYS_RELEASE, LEAVE_SIEGE_PLACE, WALKED_OUT_OF_SIEGE
from monitor.extract.scan import LowerScan
from monitor.extract.text import lede_end
from monitor.identity import is_known_given_name

# --- vocabulary ----------------------------------------------------------

# People in or out of captivity; what a head-count counts.
_CAPTIVE_NOUNS = (
    r"prisoners?\s+of\s+war|(?:political\s+)?prisoners?|detainees?|inmates?|hostages?|captives?|convicts?|"
    r"pows?|abductees?|internees?|political\s+detainees?|(?:war\s+)?criminals?|offenders?|felons?|"
    # translated copy's nominal participles: "110 graced have left the prison", "About forty condemned remain"
    r"graced|condemned(?!\s+(?:to|the|a|an|it|as|by)\b)|"
    r"accused(?!\s+(?:of|the|a|an|him|her|them|it|as|by|his|their)\b)|"  # "The other 11 accused remain in jail"
    r"liberated(?!\s+(?:the|a|an|by|from|in|on|(?:[a-z]+\s+)?(?:villages?|towns?|cities|areas|territor(?:y|ies)|regions?"
    r"|districts?|zones?|countries|lands|provinces?)\b))"  # "The 20 liberated left the prison of El Amate"
)
_PEOPLE_NOUNS = (
    _CAPTIVE_NOUNS
    + r"|people|persons?|individuals?|beneficiaries|citizens?|nationals?|foreigners?|westerners?|expatriates?|expats?|"
    r"civilians?|residents?|natives?|indigenous(?:\s+people)?|"
    r"soldiers?|servicem[ae]n|service\s?members?|servicewom[ae]n|troops|fighters?|militants?|combatants?|"
    r"defenders?|sailors?|seafarers?|marines?|seamen|officers?|guardsmen|conscripts?|mercenaries|"
    r"paratroopers?|paratroops|commandos?|airmen|infantrymen|reservists?|cadets?|sergeants?|corporals?|militaries|"
    r"policem[ae]n|policewom[ae]n|gendarmes?|(?:border\s+|prison\s+|security\s+)?guards?|wardens?|"
    r"men|women|children|minors|teenagers|teens|boys|girls|elderly|adults?|youngsters?|juveniles?|youths?|pupils?|"
    r"schoolchildren|schoolgirls?|schoolboys?|kids|"
    r"journalists?|reporters?|activists?|dissidents?|protesters?|demonstrators?|opponents?|critics?|"
    r"students?|priests?|clerics?|clergymen|monks?|nuns?|bloggers?|lawyers?|doctors?|workers?|"
    r"aid\s+workers?|crew(?:\s+members)?|crewmen|sailors?|fishermen|tourists?|travell?ers?|migrants?|deportees?|"
    r"refugees?|exiles?|asylum\s+seekers?|spies|agents?|servicepeople|personnel|villagers?|farmers?|pilgrims?|"
    r"returnees?|repatriates|"
    # the arts and faiths: "Two Moscow writers, A and B, are being held", "12 Christians who remain in prison" (not
    # "players": a club "released 12 players" from their contracts)
    r"writers?|poets?|novelists?|playwrights?|artists?|painters?|musicians?|singers?|rappers?|filmmakers?|actors?|"
    r"actresses|christians|muslims|bah[aá]['’]?is|jews|buddhists|hindus|sikhs|ahmadis|copts|"
    r"catholics|protestants|evangelicals|believers|worshippers|"
    r"passengers?|hikers?|missionar(?:y|ies)|nurses?|teachers?|engineers?|contractors?|employees?|staff(?:\s+members)?|"
    r"stewards?|stewardess(?:es)?|flight\s+attendants?|cabin\s+crew|pilots?|co-?pilots?|"
    r"athletes?|businessm[ae]n|executives?|veterans?|observers?|monitors?|inspectors?|peacekeepers?|volunteers?|"
    r"hunters?|climbers?|mountaineers?|trekkers?|skiers?|campers?|drivers?|truckers?|labou?rers?|miners?|herders?|"
    r"shepherds?|officials|"
    r"leaders?|commanders?|suspects?|defendants?|co-defendants?|insurgents?|rebels?|guerrill?as?|jihadists?|operatives?|diplomats?|"
    r"separatists?|nationalists?|militiam[ae]n|paramilitar(?:y|ies)|"
    r"politicians?|lawmakers?|legislators?|academics?|professors?|lecturers?|scholars?|scientists?|researchers?|pastors?|imams?|"
    r"ministers|generals|mayors|governors|deputies|MPs|senators|councillors|judges|"
    r"supporters|followers|loyalists|allies|sympathi[sz]ers|associates|colleagues|comrades|companions|cellmates|"
    r"advocates|campaigners|reformers|reformists|petitioners|signatories|"
    r"co-accused|aides|partisans|members|"
    r"dual\s+nationals?|dual\s+citizens?|opposition\s+(?:figures?|members?|activists?|politicians?|leaders?)|"
    r"others|more|of\s+them|of\s+those"
)
# Who can be said to be held ("8,000 Ukrainians remain in Russian captivity").
_HOLDABLE_NOUNS = (_CAPTIVE_NOUNS + r"|people|persons|individuals|citizens|nationals|civilians|soldiers|"
                   r"servicem[ae]n|service\s?members|troops|fighters|defenders|foreigners|westerners")
# Nationality plurals after a number: "10 Americans", "five Britons", "two Japanese".
_DEMONYM = r"[A-Z][a-z]+(?:ians|eans|ans|ese|is|ons|ers|es|ks|ts|ch|sh|ss|bs|ds|hs|ls|ns|rs|men|inos)"  # "Frenchmen", "Filipinos"
_MODIFIER = (
    # ("16 Cameroonians held hostage": "held hostage" is the participle, not a modifier and its noun)
    r"(?:more|other|additional|further|remaining|living|surviving|jailed|detained|imprisoned|"
    r"held(?!\s+(?:hostages?|captives?|prisoners?)\b)|captive|former|ex|such|fellow|close|service|"
    r"(?:wo)?men['’]s|children['’]s|"  # "3,000 Ukrainian service personnel", "four women's rights defenders"
    r"kidnapped|abducted|captured|seized|"
    r"police|army|military|security|government|border|prison|navy|coast|aid|rights|opposition|student|union|party|"
    r"church|farm|factory|oil|fishing|university|school|hospital|family|civil|society|community|human|"
    r"freed|released|wounded|injured|sick|ill|elderly|young|female|male|foreign|political|white|black|"
    r"[A-Z](?:\.[A-Z])+\.?|[A-Z][a-zA-Z\-]+|(?:anti|pro|non)-[A-Za-z][\w\-]*|"  # "four anti-Castro Cuban exiles"
    r"[a-z\-]+(?:al|an|ian|ese|ish|ic|ive|ent|ant|ous|ary|ory|ist)|[a-z]{3,}ed|bloc|state|party|rebel|militia|"
    r"guerrilla|opposition|protest|regime|camp|town|village|city|street|farm|mine|oil|gas|ship|boat|tanker|vessel|"
    r"election|relief|construction|charity|health|peace|embassy|consulate|"
    r"mission|crew|cargo|tourist|bank|hotel|company|power|road|water|telecom|engineering|dock|ferry|bus|airline|"
    r"mining|logging|railway|contract|development|polling|vaccination|survey|"
    r"wartime)"  # "Six Bosnian Croat wartime leaders"
)
_HEAD_RE = re.compile(
    rf"\s*(?:-\s*)?(?:(?:{_MODIFIER}|[\"“][\w\-]+(?:\s[\w\-]+)?[\"”])(?:\s*,\s*|\s+and\s+|\s+|-)){{0,4}}"
    rf"(?P<noun>(?i:{_PEOPLE_NOUNS})|{_DEMONYM})\b",  # (a quoted modifier: 130 "historic" prisoners)
)
# Words right after a number that make it a measure, not a head-count.
_UNIT_RE = re.compile(
    r"^\s*-?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centur(?:y|ies)|"
    r"year-old|-year|percent|per\s*cent|%|times|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|tons?|tonnes?|"
    r"dollars?|euros?|pounds?|rubles?|roubles?|points?|votes?|seats?|charges?|counts?|articles?|cases?|"
    r"sanctions?|countries|nations|states|cities|regions|provinces|pages?|rounds?|exchanges?|swaps?|"
    r"releases?|deals?|phases?|stages?|sentences?|terms?|a\.?m\.?|p\.?m\.?|GMT|UTC|o'clock|"
    r"billion|million|thousand|bodies|remains|of\s+the\s+bodies|planes?|flights?(?!\s+(?:attendants?|crew|engineers?|officers?))|buses|vehicles?|"
    r"st|nd|rd|th|x\d+)\b",
    re.I,
)

# the exit over a border a handover is seen as: "139 servicemen walked across the bridge"
_WALKED_ACROSS = (r"walked\s+(?:back\s+)?(?:across|over)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
                  r"(?:border|bridge|frontier|demarcation\s+line)")
_RELEASE_VERBS = (
    r"releas(?:e|es|ed|ing)|free(?:s|d|ing)?|set\s+free|let\s+go|pardon(?:s|ed|ing)?|parol(?:ed|es|ing)|liberat(?:e|es|ed|ing)|"
    # "have been allowed to leave North Korea", "were allowed to go home" (not bystanders "allowed to leave" a scene)
    r"allowed\s+to\s+(?:leave(?=\s+(?:the\s+country\b|(?-i:[A-Z])))|go\s+(?:home|free)\b)|"
    r"amnest(?:y(?!\s+(?-i:International))|ied)|grant(?:ed)?\s+clemency|excarce(?:ra|la)t(?:ed|es|e|ing)|commuted\s+to\s+time\s+served|"
    r"handed\s+over|handed\s+back|handed(?:\s+back)?(?=\s+to\s)|hand(?:s|ed)?\s+over|handing\s+over|"
    r"hand(?:s|ed|ing)?\s+(?:him|her|them)\s+over|"  # "handed him over to the border force along with four others"
    r"turn(?:s|ed|ing)?\s+over|"
    r"return(?:s|ed|ing)?(?:\s+home)?|repatriat(?:e|es|ed|ing)|brought\s+(?:back|home)|bring(?:s|ing)?\s+(?:back|home)|"
    r"flown\s+between|"  # "869 detainees were flown between Sanaa, Aden and Marib": both ways, a swap
    r"walked\s+free|came\s+home|come\s+home|went\s+home|arrived\s+home|(?:are|is|were|was)\s+(?:now\s+|finally\s+|safely\s+)?"
    r"(?:back\s+)?home(?![\w-])(?!\s+to\b)|sen(?:t|ds?|ding)\s+(?:back\s+)?home|"  # (not "were home to 40,000 people")
    r"brought\s+out\s+(?:alive|safely|unharmed)|"
    r"(?:brought|got|gotten|spirited)\s+out\s+of\s+(?:[\w'’-]+\s+){0,2}?captivity|(?:got|came|walked)\s+out\s+(?:alive|safely|unharmed|safe)|reunited|"
    # "... out of the hospital alive", "were carried out of the minibus alive", "brought off the plane alive"
    r"(?:got|came|walked|lifted|carried|pulled|brought|led)\s+(?:out\s+of|off)\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s+(?:alive|unharmed)|"
    r"walked\s+(?:back\s+)?across\s+to\s+(?:the\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?side|"
    + _WALKED_ACROSS + r"|(?:got|gets|won|wins)\s+back|"
    r"discharg(?:e|ed)(?!\s+from\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:hospitals?|clinics?|army|military|service|duty))|"
    # inmates streaming out of an opened jail: "Some 11,000 inmates poured out into the streets"
    r"(?:poured|streamed|flooded|spilled)\s+out\s+(?:into\s+the\s+streets?\b|of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:prisons?|jails?|gates?|cells?|penitentiary|compound))|"
    r"unshackled|let\s+out|sprung|(?:regain|recover)(?:ed|s)?\s+(?:their\s+|his\s+|her\s+)?(?:freedom|liberty)|"
    r"(?:set|put|placed)\s+(?:at|in)\s+liberty|"  # (translated "puestos en libertad", "mis en liberté")
    # kidnapped people "located safe and sound", "found alive" (not "found dead")
    r"(?:found|located)\s+(?:alive|unharmed|safe(?:\s+and\s+sound)?)|"
    # (not a rescue from an accident: "two people were rescued from a car trapped in an underpass")
    r"rescued(?!\s+from\s+(?:an?|the|their|his|her)\s+(?:[\w'’-]+\s+)?(?:(?:cars?|vehicles?)\s+(?:trapped|stuck"
    r"|submerged|swept)|rubble|flood\w*|waters?|sea|river|fire|blaze|flames|mine|underpass|wreckage|avalanche|mud))|"
    r"(?:walked|stepped|came)\s+off\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:plane|airliner|aircraft|jet|flight|helicopter|DC-\d+|Boeing|Airbus)|"
    r"(?:walked|came|emerged|stepped)\s+out\s+of\s+(?:(?:\w+\s+){0,2}(?:sub-)?(?:prisons?|jails?|detention|custody|captivity|"
    r"(?:penal\s+)?colony|camps?)|(?-i:[A-Z])\w+)|"
    # ("123 left the colonies": a translation's penal colonies)
    r"(?:left|leave|leaves|leaving|emerged\s+from)\s+(?:\w+\s+){0,2}(?:prisons?|jails?|detention|captivity"
    r"|penal\s+colon(?:y|ies)|(?<=the\s)colonies)|"
    # "1,018 detainees left the camp at dawn" (not the refugees of a camp)
    r"(?:left|leaving)\s+(?:the\s+)?(?:\w+\s+)?camps?\b|"
    r"(?:driven|flown|taken|brought|escorted|led|walked|stepped|carried)\s+(?:\w+\s+){0,2}?to\s+freedom|"
    + WALKED_OUT_OF_SIEGE  # out of a siege
)
# a transfer of custody, not a release: "handed over to the United States to serve out their sentences there"
SERVE_SENTENCE_RE = re.compile(r"\bto\s+serve\s+(?:out\s+)?(?:the\s+(?:rest|remainder|balance)\s+of\s+)?"
                               r"(?:their|his|her|the)\s+(?:prison\s+|jail\s+|remaining\s+)?(?:sentences?|terms?)\b", re.I)
_RELEASE_NOUNS = r"release|releases|freeing|freedom|liberation|handover|hand-over|return|repatriation|pardons?|amnesty(?!\s+(?-i:International))"
# "an exchange of fire / of views" is no swap
_EXCHANGE_WORDS = (r"swap(?:s|ped|ping)?|trad(?:e|ed|es|ing)(?![\s\-]+union)|exchang(?:e|es|ed|ing)(?!\s+of\s+(?:gun)?(?:fire|shots|views|"
                   r"letters|notes|messages|blows|information|ideas|greetings|pleasantries|insults|documents)\b)")
_TRANSFER_VERBS = (
    r"taken|took|flown|flew|sent|transferred|moved|deported|expelled|brought|bussed|driven|escorted|"
    r"relocated|evacuated|travell?ed|travel|went|gone|crossed|arrived|landed|left|leave|headed|handed|delivered|"
    r"transported|exiled|forced\s+out|put\s+(?:on|aboard)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:flight|plane|aircraft|jet|bus|ship)"
)
# a reduced relative naming where a group is held: "POWs held in Ethiopia"
_HELD_IN_PLACE = r"(?:held|detained|jailed|imprisoned|interned)\s+(?:in|by)\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?"
_HELD_ADVERB = r"(?:(?:wrongfully|unjustly|arbitrarily|illegally|unlawfully|still|reportedly|currently)\s+)?"
_HELD_STATE = (
    _HELD_ADVERB + r"(?:held|detained|imprisoned|jailed|incarcerated|behind\s+bars|"
    r"in\s+(?:[\w\-'’]+\s+){0,2}?(?:custody|prisons?|jails?|detention|captivity|hands|(?:labou?r|prison|penal)\s+"
    r"(?:camps?|colon(?:y|ies)))|"
    r"captive|hostage|held\s+back|trapped(?=\s+(?:in|inside)\s)|"  # ("remain trapped in the hotel" by its gunmen)
    # "were still serving sentences, some of up to 12 years": in prison (not "were serving their sentences at state
    # prisons", told of those just freed)
    r"(?:(?<=still\s)|(?<=are\s)|(?<=is\s))serving\s+(?:(?:their|his|her|prison|jail|long|lengthy|life)\s+){0,2}(?:sentences|terms)\b|"
    # "seven crew remain on the aircraft", "twelve are still aboard the hijacked tanker" (not "were aboard the plane
    # home"; a ship only when hijacked: "300 Marines remain aboard the ship" are at their post)
    r"(?:(?<=remain\s)|(?<=remains\s)|(?<=still\s))(?:on|aboard|inside)\s+(?:the\s+)?(?:aircraft|plane|jet|airliner"
    r"|hijacked\s+(?:aircraft|plane|jet|airliner|ship|vessel|tanker|freighter|bus|train))\b|"
    r"in\s+(?:Gaza|\w+\s+prisons?)|locked\s+up|in\s+the\s+hands\s+of|"
    r"(?:(?<=remain\s)|(?<=remains\s)|(?<=still\s))(?:at|in)\s+(?:Guant[aá]namo|Gitmo)\b|"  # "60 men remain at Guantánamo"
    # "three businessmen remain kidnapped", translated "continue kidnapped", "continues in power of his captors"
    r"(?:(?<=remain\s)|(?<=remains\s)|(?<=still\s)|(?<=continue\s)|(?<=continues\s))(?:kidnapped|abducted"
    r"|in\s+(?:the\s+)?power\s+of)\b|"
    r"(?:still\s+)?with\s+(?:the|their)\s+(?:militants|kidnappers|captors|abductors|rebels|gunmen|pirates|bandits"
    r"|insurgents|jihadists"
    r"|hostage-takers|guerrill?as"
    r")|(?<=still\s)(?:believed\s+to\s+be\s+|thought\s+to\s+be\s+)?"
    r"with\s+the\s+(?:armed\s+)?(?:group|faction|militia)\b|"
    # "children still (believed to be) with the armed group"
    r"serving\s+(?:[\w\-]+\s+){0,3}?(?:political(?:ly)?|life|jail|prison|long|lengthy|harsh|heavy)\s+"
    r"(?:[\w\-]+\s+){0,2}?(?:sentences?|terms?)|serving\s+sentences\s+(?=for|in)|"
    r"(?:lodged|languish(?:es|ing)?|confined|kept|sitting)\s+in\s+(?:[\w\-]+\s+){0,2}?(?:custody|prisons?|jails?|detention|captivity|cells?))"
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
# the leg a move starts from, before its destination: "transferred from the US prison at Guantanamo Bay to Uruguay"
_FROM_LEG = r"(?:\s+from\s+[^,;.:]{1,60}?(?=\s+(?:to|into)\s))?"
_TRANSFER_RIGHT_RE = re.compile(
    rf"\b(?:{_TRANSFER_VERBS})\b(?:\s+(?:back|out|over|abroad|directly|immediately|later|first|then|on))?"
    rf"(?:\s+into\s+exile)?"  # "sent into exile in Turkey"
    # a spot in or at the edge of the place: "driven to checkpoints around the West Bank", "taken to the Erez
    # crossing into the Gaza Strip" (before the plain "to", which would take "Erez" for the place)
    rf"(?:\s+to\s+(?:the\s+)?(?:[A-Z][\w'’\-]+\s+)?(?:checkpoints?|crossings?|border|borders|frontier|bridge)"
    rf"\s+(?:around|in|into|near|outside|across|inside|at|on|of|with)(?:\s+the\s+edge\s+of)?"
    rf"|{_FROM_LEG}(?:\s+(?:of\s+)?[A-Z][\w'’\-]+)?(?:\s+\w+){{0,5}}?\s+(?:to|into|for)|\s+in)\s+{_PLACE}",
)
# "landed at Kyiv's Boryspil airport", "arrived at Vnukovo airport": a named airport or base, whose country
# the sentence ("Moscow's") or the article ("Boryspil airport near Kyiv") must state.
_FACILITY = r"(?:[Ii]nternational\s+)?(?:[Aa]irport|[Aa]ir\s+[Bb]ase|[Aa]irbase|[Aa]irfield|[Aa]ir\s+[Ff]ield)"
_ARRIVED_AT_RE = re.compile(
    rf"\b(?:landed|arrived|touched\s+down)\s+(?:\w+\s+){{0,3}}?at\s+(?:the\s+)?(?:(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)['’]s?\s+)?"
    rf"(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){{0,2}})\s+{_FACILITY}\b"
)
# More countries in a list after the first: "sent into exile in Turkey, Syria and Qatar".
_MORE_PLACES_RE = re.compile(r"(?:\s*,\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)*\s*,?\s+and\s+(?:the\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?")
_PLACE_WORD_RE = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?")
# Bodies that receive people on the way (mediators, the Red Cross, the UN): not where they were taken.
_ORG_WORDS = {
    "Committee", "Cross", "Crescent", "Organization", "Organisation", "Agency", "Ministry", "Council", "Commission",
    "Office", "Mission", "Embassy", "Authority", "Authorities", "Service", "Services", "Forces", "Army", "Police",
    "Guard", "Nations", "Bureau", "Department", "Directorate", "Court", "Tribunal", "Foundation", "Society",
    "Institute", "ICRC", "UN", "UNHCR", "IOM", "Officials", "Mediators", "Team", "Force", "Rangers", "Gendarmerie",
}
_TRANSFER_LEFT_RE = re.compile(
    rf"(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){{0,2}})\s+(?:has\s+|had\s+|have\s+)?(?:received|receives|took\s+in|takes\s+in|accepted|welcomed|admitted|got(?!\s+back))\s+(?:\w+\s+){{0,2}}$",
)
_ELIDED_TOOK_RE = re.compile(
    r"(?:^|\band|,|\bwhile|\bwhereas)\s*(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\s+(?:took|takes|accepted|got)\s+(?:the\s+)?(?:other\s+|remaining\s+)?$")
_ELIDED_TRANSFER_RE = re.compile(rf"\s*(?:(?:more|others?|of\s+them|people|persons|prisoners|detainees|servicemen|soldiers"
                                  rf"|civilians|citizens|hostages|POWs)\s+)?(?:to|into|in)\s+{_PLACE}")
_BATCH_OF = (r"(?:(?:a|the|another|its|their)\s+)?(?:(?:first|second|third|fourth|fifth|sixth|new|further|final|last)\s+)?"
             r"(?:group|batch|contingent)\s+of")  # "freed a second group of 12 hostages"
_QUAL_TAIL = r"(?:(?:a\s+total\s+of|" + _BATCH_OF + r"|an?\s+(?:additional|further|estimated)|another|the|their|its|some|all|last|final|remaining|following|at\s+least|more\s+than|(?:over|about|around)(?!\s+(?:the|those|these|their|his|her|its|them)\b)|nearly|almost|roughly|up\s+to|as\s+many\s+as|only|just|exactly|precisely|some)\s+)*"
_RELATIVE_MOVED_RE = re.compile(
    rf"\s*,\s*who\s+were\s+(?:then\s+|later\s+|immediately\s+|all\s+)?(?:flown|taken|sent|deported|driven|bussed|expelled"
    rf"|exiled|put\s+on\s+a\s+(?:plane|flight)|escorted)(?:\s+out|\s+abroad)?\s+(?:to|into)\s+{_PLACE}")
_RELEASED_BY_AFTER_RE = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:released|freed|pardoned)\s+by\b", re.I)
# the captors (or a plane) carry them off: "flew to Cuba with 14 political prisoners released by the government"
_WITH_TO_LEFT_RE = re.compile(
    rf"\b(?:flew|flown|flying|left|leaving|went|headed|sailed|drove|travell?ed)\s+(?:on\s+)?to\s+(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)"
    rf"(?:\s+(?:on|early|late|this|last)(?:\s+[\w-]+){{1,2}}?|\s+(?:today|tonight|yesterday))?\s+with\s+{_QUAL_TAIL}$")
_MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december"]
_MONTH_RE = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
             r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# a day between the verb and its object: "released on Sunday 14 January 19 clergymen", "freed on Tuesday 40 men"
_DAY_MONTH = rf"(?:\d{{1,2}}\s+{_MONTH_RE}|{_MONTH_RE}\s+\d{{1,2}})"
_DAY_GAP = (rf"(?:\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:,?\s+{_DAY_MONTH})?,?"
            rf"|\s+on\s+{_DAY_MONTH},?|\s+(?:yesterday|today))?")
_LEFT_RELEASE_RE = re.compile(
    rf"\b(?:{_RELEASE_VERBS}|{_EXCHANGE_WORDS}){_DAY_GAP}\s+(?:(?:back|home|over|out|free)\s+)?{_QUAL_TAIL}"
    r"(?:(?<=last\s)of\s+(?:the|their|its)\s+)?$"  # "freed the last of the 221 people on board": all are out now
    # Spanish and Portuguese mark a personal object with "a", which machine translation renders "to": "the
    # subversive group released during the night of Monday to other 9 hostages" (not "... bringing the total to 30")
    r"|\b(?:released|freed|rescued|liberated)\s+(?:(?!(?:total|number|figure|tally|toll|count|sum|up|down|rise|rises"
    r"|rose|rising|grows|grew|growing|climbs|climbed|reached|reaches|reaching|jumped|jumps|bringing|brings|brought"
    r"|increasing|raising|and|but|then)\b)[\w'’-]+\s+){1,10}?to\s+(?:other\s+|another\s+)?"
    + _QUAL_TAIL + r"$"
    # the recipient before the object: "handed over to the American side four men"
    rf"|\bhand(?:s|ed|ing)?\s+(?:over|back)\s+to\s+(?:the\s+)?(?:[\w\-]+\s+){{0,3}}?"
    rf"(?:side|authorities|officials|representatives|delegation|envoys?|mediators|Red\s+Cross|ICRC)\s+{_QUAL_TAIL}$"
    # ... or a country, maybe with a day: "handed back to Russia on Sunday 10 Russian paratroopers"
    rf"|\b(?:hand(?:s|ed|ing)?\s+(?:over|back)|returned|sent\s+back)\s+to\s+(?-i:[A-Z])[\w'’\-]+(?:\s+(?-i:[A-Z])[\w'’\-]+)?"
    rf"(?:\s+(?:on|early|late|this|last)(?:\s+[\w-]+){{1,2}}?|\s+(?:today|tonight|yesterday))?\s+{_QUAL_TAIL}$"
    # two verbs sharing the object: "pardoned or dropped charges against seven Iranians"
    rf"|\b(?:{_RELEASE_VERBS})\s+(?:or|and)\s+(?:dropped|dismissed|withdrew|commuted)\s+(?:the\s+)?"
    rf"(?:charges|cases|sentences)\s+(?:against|of)\s+{_QUAL_TAIL}$"
    rf"|\b(?:grant(?:s|ed|ing)?|extend(?:s|ed|ing)?|gave|give[sn]?|giving)\s+(?:an?\s+|the\s+)?(?:\w+\s+)?"
    rf"(?:amnesty|amnesties|pardons?|clemency|freedom|early\s+release)\s+to\s+{_QUAL_TAIL}$"
    # an inverted passive with the freed man it sides with: "Freed with him were about 50 other defendants"
    rf"|^\W*(?:also\s+)?(?:freed|released|pardoned|set\s+free|amnestied)\s+(?:along\s+)?with\s+(?:him|her|them)"
    rf",?\s+(?:were|was)\s+(?:also\s+)?{_QUAL_TAIL}$", _C
)
_LEFT_RELEASE_NOUN_RE = re.compile(
    rf"\b(?:{_RELEASE_NOUNS}|{_EXCHANGE_WORDS})"
    # "the release and transfer of eight detainees", "the release today of 35 detainees"
    rf"(?:\s+and\s+(?:transfer|repatriation|return|{_RELEASE_NOUNS}))?(?:\s+(?:today|yesterday|on\s+[A-Z]\w+day))?"
    rf"\s+(?:of|involving|including|covering|for)\s+{_QUAL_TAIL}$", _C
)
_LEFT_EVENT_SUBJECT_RE = re.compile(
    rf"\b(?:{_RELEASE_NOUNS}|{_EXCHANGE_WORDS}|deal|agreement|operation|handover|decree)(?:\s*,[^,;]{{1,160}},)?\s+"
    rf"(?:has\s+|had\s+|have\s+)?(?:involved|involves|included|includes|covered|covers|saw|sees|freed|affected|"
    rf"concerned|concerns|brought\s+home|brought\s+back|returned|comprised|comprises|consisted\s+of|totall?ed)\s+{_QUAL_TAIL}$",
    _C,
)
# named releasees before the figure of their companions: "released Jacek Kuron, Adam Michnik and about 20 other
# dissidents" (the right must say "other")
_NAME = r"(?-i:[A-Z])[\w'’\-]+(?:\s+(?:(?-i:[A-Z])[\w'’\-]+|de|da|del|van|von|al|bin|el)){0,3}"
_NAMES_AND_LEFT_RE = re.compile(
    rf"\b(?:{_RELEASE_VERBS}){_DAY_GAP}\s+(?:{_NAME}\s*,\s*){{0,8}}{_NAME}\s+and\s+{_QUAL_TAIL}$", _C)
_OTHER_RIGHT_RE = re.compile(r"\s+other\b", re.I)
_LEFT_AMONG_RE = re.compile(rf"\b(?:among|one\s+of|part\s+of|two\s+of|several\s+of)\s+{_QUAL_TAIL}$", _C)
_RIGHT_RELEASE_RE = re.compile(rf"\b(?:{_RELEASE_VERBS})\b", _C)
_ARE_AMONG_LEFT_RE = re.compile(rf"\b(?:are|is|remain|remains)\s+(?:still\s+)?among\s+(?:the\s+)?{_QUAL_TAIL}$", _C)
_EXCHANGE_ANY_RE = re.compile(rf"\b(?:{_EXCHANGE_WORDS})\b", _C)
_STILL_HOLD_LEFT_RE = re.compile(rf"\b(?:still|continues?\s+to)\s+(?:holds?|held|holding|keeps?|kept)\s+{_QUAL_TAIL}$", re.I)
_HELD_LEFT_RE = re.compile(
    rf"(?:\bthere\s+(?:are|were|is|was|remain|remained|still\s+are)(?:\s+still|\s+now|\s+currently)?|"
    rf"\b(?:has|had|have|holds?|(?<!had\s)held|keeps?|(?<!had\s)kept|is\s+holding|are\s+holding|was\s+holding|were\s+holding|still\s+holds?|"
    rf"still\s+holding|continues\s+to\s+hold|continue\s+to\s+hold|counts?|counted|estimates?|estimated|lists?|listed|"
    rf"recogni[sz]es|tallies|numbers?|stands?\s+at|stood\s+at|totals?|is|was|are|were|remains?|rose\s+to|fell\s+to|"
    rf"recorded|records|documented|documents|registered|tracked|tracks|identified|"
    rf"reached|reaches|increased\s+to|decreased\s+to|dropped\s+to)\b)\s+{_QUAL_TAIL}$",
    _C,
)
# A captor holding people: 'Azerbaijan still holds at least 23 Armenians', 'is thought to be holding 30'.
_REMAIN_IN_NAME_RE = re.compile(r"^[^,;]*?\b(?:remain|remains|remained|are\s+still|is\s+still)\s+in\s+(?-i:[A-Z])\w+", re.I)
_CAPTIVITY_WORD_RE = re.compile(r"\b(?:sentenced|jailed|imprisoned|convicted|detained|prisons?|jails?|custody|detention)\b", re.I)
_WHO_REMAIN_HELD_RE = re.compile(
    rf"[^;.]{{0,110}}?,\s*who\s+(?:still\s+)?(?:remain|remained|are\s+still|continue\s+to\s+be)\s+(?:{_HELD_STATE}|in\s+prison|behind)",
    re.I)
_STILL_REMAIN_IN_LEFT_RE = re.compile(rf"^\W*(?:there\s+)?(?:still\s+)?remains?\s+(?:still\s+)?in\s+(?:the\s+hands\s+of|captivity|prison"
                                      rf"|jail|custody|detention)\b[^,;:.]{{0,50}}?\s+{_QUAL_TAIL}$"
    # the copula inverted: "Still held by the rebels are two French airmen", "Still in custody were 14 others"
                                      rf"|^\W*(?:still|remaining)\s+(?:held|detained|jailed|imprisoned|captive"
                                      rf"|in\s+(?:the\s+hands\s+of|captivity|prison|jail|custody|detention))\b"
                                      rf"[^,;:.]{{0,50}}?\s+(?:are|were|is|was)\s+{_QUAL_TAIL}$"
    # ... and as a pseudo-cleft: "(Officials said) the only Japanese still held were 1,487 men", "Those still held are 40"
                                      rf"|(?:^\W*|\b(?:said|says|that)\s+)(?:those\s+|the\s+(?:only\s+)?(?:[\w'’-]+\s+){{0,2}}?)"
                                      rf"(?:still|remaining)\s+(?:held|detained|jailed|imprisoned|captive"
                                      rf"|in\s+(?:the\s+hands\s+of|captivity|prison|jail|custody|detention))\b"
                                      rf"[^,;:.]{{0,50}}?\s+(?:are|were)\s+{_QUAL_TAIL}$", re.I)
# ... with the place first: "in the Yugoslav prisons (there) still remained about 400 political prisoners"
_PLACE_THEN_REMAIN_LEFT_RE = re.compile(
    rf"\b(?:in|inside)\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’\-]+\s+){{0,3}}?"
    rf"(?:prisons?|jails?|(?:labou?r\s+|prison\s+)?camps?|custody|captivity|cells)\s*,?\s+"
    rf"(?:there\s+)?still\s+(?:remain|remains|remained)\s+{_QUAL_TAIL}$", re.I)
_THERE_ARE_RE = re.compile(rf"\bthere\s+(?:are|were|remain)(?:\s+still|\s+now|\s+currently)?\s+{_QUAL_TAIL}$", _C)
_HOLDS_LEFT_RE = re.compile(
    rf"\b(?:still\s+)?(?:holds?|holding|keeps?|keeping|continues?\s+to\s+hold|continues?\s+to\s+keep|"
    rf"(?:still|currently)\s+(?:detains|imprisons|jails)|detains|is\s+detaining|are\s+detaining"
    # "still has in its power four of the seven diplomats"
    rf"|(?:has|have|holds?|keeps?)\s+in\s+(?:its|their|his|her)\s+(?:power|hands|custody|grip))\s+{_QUAL_TAIL}$", _C)
# "are believed to be held", "are thought to still be held", "is said to remain in custody"
_HEARSAY = r"(?:believed|thought|said|reported|understood|estimated|known|presumed|assumed|feared)\s+to\s+"
_HELD_RIGHT_RE = re.compile(
    rf"^[^,;]*?\b(?<!had\s)(?:(?:are|were|is|was|remain|remains|remained|remaining|stayed|stay|stays|being|have\s+been|has\s+been"
    rf"|still|currently|now|at\s+present|continues?\s+to\s+be"
    rf"|continues?(?=\s+(?:still\s+)?(?:kidnapped|abducted|detained|imprisoned|jailed|held"
    rf"|in\s+(?:the\s+)?(?:power|hands|custody|prison|jail|detention|captivity))\b))\s+)+"
    rf"(?:{_HEARSAY}(?:still\s+|now\s+)?(?:be|remain)\s+|(?:believed|thought|presumed|feared)\s+)?"  # "believed held"
    rf"(?:still\s+|currently\s+|being\s+|now\s+|at\s+present\s+)*(?:{_HELD_STATE}|in\s+(?:Belarus|Russia|Iran|Venezuela)|behind|inside)\b"
    # ("in exchange for the remains of a commando": a body, not a group that remains)
    rf"|^[^,;]*?\b(?:(?<!the\s)remains?(?!\s+of\b)|remained|are\s+still|is\s+still|were\s+still|was\s+still|still\s+remains?|(?:are|is)\s+{_HEARSAY}(?:still\s+)?remain|"
    rf"(?:still\s+)?languish(?:es|ed)?|(?:still\s+)?(?:sit|sat)\s+in\s+(?:[\w'’-]+\s+){{0,2}}?(?:prisons?|jails?|custody|detention|cells)"  # "three members sit in prison"
    rf"|(?:are|is)\s+(?:currently\s+|still\s+|now\s+)*on\s+death\s+row)\b"
    rf"|^[^,;]*?\b(?:will|would|shall|should|must|are\s+to|is\s+to)\s+(?:continue\s+to\s+)?(?:stay|remain|be\s+kept|be\s+held)\s+"
    rf"(?:with\s+(?:us|them|the\s+(?:group|kidnappers|captors|rebels|militants))|captives?|hostages?|in\s+(?:captivity|custody|prison|jail|detention))\b"
    # "the remaining 6,329 will continue to serve their sentences": those the amnesty left inside
    rf"|^[^,;]*?\b(?:(?:will|would|shall|must|are\s+to|is\s+to)\s+continue|continues?)\s+(?:to\s+serve|serving)\s+"
    rf"(?:(?:out\s+)?(?:the\s+)?(?:rest|remainder|balance|remaining\s+part)\s+of\s+)?(?:their|his|her|the)\s+(?:\w+\s+)?(?:sentences?|terms?)\b",
    _C,
)
# a gerund after a preposition tells a past step: "after being detained overnight", "despite being held"
_GERUND_BEING_END_RE = re.compile(r"\b(?:after|before|upon|since|without|despite|for)\s+being\s+(?:\w+\s+){0,2}\w+$",
                                  re.I)
# present state, or one that went on ("remained in prison": still there when reported)
_PRESENT_HELD_RE = re.compile(r"\b(?:are|is|remain|remains|remained|stay|stays|still|currently|being|sit|sitting"
                              r"|continues?)\b", re.I)
_HELD_STATE_RE = re.compile(rf"\b(?:{_HELD_STATE})", _C)
# What people can 'remain' that is not captivity.
_NOT_HELD_STATE_RE = re.compile(  # (also as a register states it: "are still listed as missing")
    r"\s+(?:(?:listed|registered|recorded|classed|classified|counted|reported|considered)\s+as\s+)?(?:missing|unaccounted|dead|alive|free|at\s+large|(?:forcibly\s+)?disappeared|in\s+(?:a\s+)?(?:hospital|critical|serious|stable)|"
    r"hospitali[sz]ed|displaced|homeless|unknown|unclear|uncertain|in\s+doubt|unidentified|critical|stable|in\s+exile|"
    r"abroad|"
    r"hopeful|optimistic|s[ck]eptical|silent|unconfirmed|under\s+investigation|"
    # the forces hunting the captors: "some 1,000 troops remain deployed in Sulu"
    r"deployed|stationed|posted|on\s+(?:duty|alert|standby|patrol|the\s+ground)|in\s+position)\b", re.I)
# still before a court, custody not said: "3,300 people are still facing legal proceedings" (but "remain in prison
# awaiting trial" is held)
_BEFORE_COURT_RE = re.compile(r"\s+(?:facing|face|awaiting\s+trial|on\s+trial|wanted|under\s+indictment|on\s+bail"
                              r"|on\s+parole)\b", re.I)
_PAST_ARREST_RE = re.compile(
    r"\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?(?:detained|jailed|imprisoned|incarcerated|locked\s+up)\b",
    re.I)
# a simple past arrest and its day: "were detained on 23 March", "was arrested in May 2021"
_DATED_ARREST_RE = re.compile(r"\b(?:were|was)\s+(?:\w+ly\s+)?(?:detained|arrested|seized|captured|jailed)$", re.I)
_ARREST_DATE_AFTER_RE = re.compile(r"\s+(?:on|in)\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _MONTH_RE
                                   + r"|(?:19|20)\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
# a captivity told as a finished stretch: "The five were held for a combined total of more than 25 years"
_PAST_STRETCH_RE = re.compile(
    r"\s+(?:[^,;]{0,40}?\s)?for\s+(?:a\s+(?:combined\s+)?total\s+of\s+)?(?:(?:more\s+than|over|nearly|almost|about"
    r"|some|around|close\s+to|roughly)\s+)?(?:\d[\d,.]*|[a-z-]+)\s+(?:years?|months?|weeks?|days?)\b", re.I)
# the sentence after a release moves its people on: "They were taken to the territory of the Republic of Belarus"
_THEY_MOVED_RE = re.compile(r"^\W*(?i:(?:(?:according\s+to\s+[^,;]{1,80},|then|later|afterwards)\s*)?"
                            r"they\s+(?:were|have\s+been|had\s+been)\s+(?:then\s+|later\s+|immediately\s+|subsequently\s+)?"
                            r"(?:flown|taken|transferred"
                            r"|transported|sent|bussed|driven|moved)\s+(?:on\s+)?to\s+(?:the\s+territory\s+of\s+)?)"
                            r"(?:the\s+Republic\s+of\s+)?" + _PLACE)
_CENSUS_RE = re.compile(r"\b(?:as\s+of|census|tally)\b", re.I)
_CENSUS_HOLD_LEFT_RE = re.compile(rf"\b(?:held|maintained|maintains|kept)\s+{_QUAL_TAIL}$", _C)
_PAST_HELD_RE = re.compile(r"\b(?:were|was)\s+(?:\w+\s+)?held$", re.I)
_REDUCED_HELD_RELATIVE_RE = re.compile(
    r"^\s*(?:[\w'’-]+\s+){0,3}?(?:it|they|he|she|we|its\s+\w+|their\s+\w+|the\s+\w+)\s+(?:still\s+|had\s+|was\s+|were\s+|"
    r"been\s+)*(?:held|holding|kept)\b", re.I)
_STILL_HELD_RELATIVE_RE = re.compile(
    rf"\s*(?:who|that)\s+(?:are|were|remain|remained)\s+(?:still\s+(?:being\s+)?(?:{_HELD_STATE})|(?:still\s+)?behind\s+bars)"
    # ... or who "remain" there, a state now: "at least 12 Christians who remain in prison in Iran"
    rf"|\s*(?:who|that)\s+(?:still\s+)?remain\s+(?:in\s+(?:prison|jail|custody|detention|captivity)|behind\s+bars)\b", _C)
# a held state told in the subject's own relative clause, then the subject's release: "The 263 hostages who still
# remained inside were released in minutes" (held until this release)
_HELD_RELATIVE_THEN_FREED_RE = re.compile(
    rf"^\s*(?:who|that)\s+(?:(?:had\s+)?still\s+|had\s+)?"
    rf"(?:remain(?:ed)?|stayed|were\s+still|had\s+been\s+(?:still\s+)?)"
    rf"\b[^,;]{{0,50}}?\s(?:were|have\s+been|had\s+been)\s+"
    rf"(?:all\s+|finally\s+|later\s+|eventually\s+|then\s+)?"
    rf"(?:{_RELEASE_VERBS})\b", _C)
# a handover into someone else's keeping: "will be turned over to a neutral commission and will stay in custody"
_HANDOVER_INTO_CUSTODY_RE = re.compile(
    rf"(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)\s+over\b[^;]*?\band\s+"
    rf"(?:will|would|are\s+to|were\s+to|is\s+to|was\s+to)\s+"
    rf"(?:stay|remain|be\s+kept|be\s+held)\s+(?:in\s+(?:custody|detention|captivity)|there)\b", _C)
# captives crossing out of the captor's land, past an aside: "crossed the international bridge into France"
_CROSSED_OUT_RE = re.compile(
    r"(?:\s+of\s+[^,;]{1,60}?)?(?:\s*(?:,\s*)?(?:who|which)\s+[^;]{0,100}?,)?\s*"
    r"(?:(?:later|then|finally|safely)\s+)?(?:crossed|walked|drove)\s+"
    r"(?:(?:across|over|back)\s+)?(?:the\s+(?:[\w\-]+\s+){0,3}?(?:border|frontier|bridge|line|checkpoint)\s+)?"
    r"(?:(?:from|at)\s+[A-Z][\w'’\-]+\s+)?into\s+(?-i:[A-Z])", re.I)
_HELD_ASIDE_RE = re.compile(
    r"[^;]{0,60}?,\s*(?:who|which)\s+(?:had|have|has)\s+been\s+(?:held|detained|imprisoned|kept|interned)\b", re.I)
_SPENT_IN_PRISON_RE = re.compile(
    r"(?:\s+[A-Za-z][\w'’\-]*){0,2}?\s*,?\s*(?:who|which)\s+(?:had\s+)?(?:spent|served)\s+[^;,]{0,40}?\s+(?:in|at)\s+(?:the\s+|a\s+)?"
    r"(?:[\w'’.\-]+\s+){0,4}?(?:prisons?|jails?|detention|custody|captivity|camps?)\b", re.I)
_FROM_PRISON_RE = re.compile(
    r"[^;:.]{0,40}?\bfrom\s+(?:the\s+|a\s+)?(?:[\w'’.\-]+\s+){0,4}?(?:prisons?|jails?|detention|custody|camps?"
    r"|(?-i:Guant[aá]namo))\b(?![^;:.]{0,60}\b(?:to|into)\s+(?:the\s+|a\s+)?(?:[\w'’\-]+\s+){0,3}?(?:prisons?|jails?))", re.I)
_OWN_RELEASE_THEN_MOVE_RE = re.compile(
    r"[^;]{0,80}?\b(?:had|have|has|were|was)\s+(?:been\s+)?(?:returned|released|freed)\b[^;]{0,80}?"
    r"\band\s+(?:would|will|were\s+to|are\s+to|were|was|had\s+been)\s+(?:be\s+)?"
    r"(?:flown|taken|sent|driven|transported|moved)\b",
    re.I)
# (a relative clause's own state, "who are still held" -- not the main verb past a relative with its own
# verb and object: "Two Afghans who guided her are still in custody")
_RELATIVE_HELD_RE = re.compile(rf"\b(?:who|that|which)\s+(?!\w+\s+(?:\w+\s+)?(?:are|is|were|was|remain|remains)\b)"
                               rf"(?:\w+\s+){{0,3}}(?:{_HELD_STATE})", _C)
_EXCLUDE_LEFT_RE = re.compile(rf"\b(?:{_EXCLUDE_VERBS})\s+{_QUAL_TAIL}$", _C)
_SUBSET_LEFT_RE = re.compile(
    r"(?:\bincluding|\bincludes|\bincluded|\bamong\s+them|\bamong\s+whom|\bof\s+whom|\bof\s+which|\bsuch\s+as|"
    r"\bamong\s+those(?:\s+\w+)?|\bincluding\s+at\s+least"
    # the list's second item: "among them a woman who had rented the house and two youths who worked there"
    r"|\b(?:among\s+(?:them|whom)|including)\s+[^,;:()\d]{1,100}?\s+and)\s*,?\s*" + _QUAL_TAIL + "$",
    _C,
)
# "Of those, 417 had been convicted and were pardoned": a share of a group counted before.
_FRONTED_PARTITIVE_RE = re.compile(
    r"\W*(?:and\s+)?(?:of\s+(?:those|them|these|whom|the\s+(?:[\w\-]+\s+){0,2}?[\w\-]+)|among\s+(?:them|those|these))"
    r"(?:\s+(?:released|freed|pardoned|returned|exchanged|swapped))?\s*,\s*(?:about|some|nearly|almost|around|over|only|just)?\s*$",
    re.I)
_PART_FREED_RE = re.compile(r"^\s*(?:were|was|have\s+been|had\s+been|will\s+be|are\s+(?:to\s+be|being))\s+(?:\w+ly\s+)?"
                            r"(?:released|freed|set\s+free|liberated|(?:pardoned|amnestied)(?=\s+outright\b|\s+and\s+"
                            r"(?:leave|left|walk|walked|were\s+(?:freed|released))\b))\b", re.I)
_STILL_HELD_RIGHT_RE = re.compile(rf"^\s*(?:are|were|remain|remained|is|was)\s+still\s+(?:being\s+)?(?:{_HELD_STATE}|behind)", re.I)
_SUBSET_RIGHT_RE = re.compile(r"\s*(?:of\s+(?:them|those|whom|the|these)\b|of\s+\d|of\s+[A-Z]\w+['’]s\b)", _C)
_OWN_PARTITIVE_RE = re.compile(
    rf"\s+of\s+(?:its|their|our|his|her|Ukraine['’]s|(?:[A-Z]\w+\s+)?[A-Z]\w+['’]s?)\s+(?:(?:{_MODIFIER}|[a-z]+-[a-z]+)\s+){{0,3}}(?P<noun>(?i:{_PEOPLE_NOUNS}|friends)|{_DEMONYM})\b"
)  # ("12 of his friends" are his companions; "their two friends" alone are not a head)
# (a group known by a place and a figure is one noun phrase: "Three of the Guildford Four walked free")
_NAMED_FIGURE_GROUP = (r"(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|"
                       r"Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|\d{1,3})\b")
_PARTITIVE_RE = re.compile(
    rf"\s+of\s+(?:the|those|these|them|whom)(?:{_NAMED_FIGURE_GROUP}"
    rf"|(?:\s+(?-i:[a-z])[\w'’-]*){{1,2}}?\s+(?i:{_PEOPLE_NOUNS})\b"  # "11 of the best-known opponents"
    rf"|(?:\s+(?:{_MODIFIER}|\d[\d,]*)\b)*"
    rf"(?:\s+(?i:{_PEOPLE_NOUNS})\b)?)"
)
_ARRESTED_THEN_RE = re.compile(r"\b(?:arrested|detained|rounded\s+up|captured|seized|abducted|kidnapped|jailed"
                               r"|sentenced|convicted|charged)\s+(?:\w+\s+){0,3}?(?:and|then)\b", re.I)
_PEOPLE_PARTITIVE_RE = re.compile(
    rf"\s+of\s+(?:them|whom|(?:the|those|these)(?!\s+remaining\b)(?:\s+[\w'’-]+){{0,3}}?"
    rf"\s+(?i:{_PEOPLE_NOUNS})\b)")
_TOLL_WORDS = r"killed|dead|died|slain|murdered|executed|wounded|injured|missing"  # a casualty figure, not captives
_NUMBER_OF_HELD_RE = re.compile(
    rf"\bnumber\s+of\s+(?:\w+\s+){{0,2}}(?:{_CAPTIVE_NOUNS})\b"
    # (not "the number of hostages killed at 23": a toll)
    rf"(?![^,;]{{0,30}}?\b(?:{_TOLL_WORDS})\b)"
    rf"[^,;]{{0,60}}?\b(?:stands\s+at|stood\s+at|is|was|at|"
    rf"reached|totals?|totalled|"
    rf"(?:rose|risen|(?:has\s+)?grown|grew|fell|fallen|dropped|climbed|increased|decreased|declined)\s+"
    rf"(?:from\s+(?:\w+\s+)?[\d,.]+\s+)?to)\s+{_QUAL_TAIL}$"
    # "His transfer reduces the number of detainees at Guantanamo to 148" (a "bringing" tally is _TALLY_BACK_RE's)
    rf"|\b(?:reduc(?:es|ed|ing)|lower(?:s|ed|ing)|cut(?:s|ting)?)\s+"
    rf"the\s+(?:total\s+)?number\s+of\s+(?:\w+\s+){{0,2}}(?:{_CAPTIVE_NOUNS})\b"
    rf"(?![^,;]{{0,30}}?\b(?:{_TOLL_WORDS}|freed|released)\b)[^,;]{{0,60}}?\bto\s+{_QUAL_TAIL}$",
    re.I,
)
_DEAD_LEFT_RE = re.compile(r"\b(?:bodies|body|remains|corpses|coffins)\s+of\s+(?:the\s+)?(?:" + _QUAL_TAIL + r")$", re.I)
_DEAD_MOD_RE = re.compile(r"\b(?:dead|deceased|slain|killed|fallen|murdered)\b", re.I)
_AFTER_RELATIVE_RELEASE_RE = re.compile(
    rf"\s*,?\s*(?:who|that|which)\b[^;]{{0,140}}?\b(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got)\s+"
    rf"(?:\w+\s+)?(?:{_RELEASE_VERBS})\b",
    re.I,
)
# "Two generals who had been sentenced to 42 years in prison walked free on Friday": the exit after the relative
_AFTER_RELATIVE_EXIT_RE = re.compile(
    r"\s*,?\s*(?:who|that)\b[^;]{0,140}?\b(?:walked\s+free|walked\s+out\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:prisons?|jails?|detention|custody|captivity)"
    # "The three prisoners who have been held on St Helena since 1957 left the island"
    r"|(?<!\bnot\s)(?:left|leave|leaves)\s+(?:the\s+)?(?:island|prison|jail|camp|detention\s+cent(?:re|er)))\b", re.I)
# the figure's confinement, then its way out: "114 people locked in the hall for a month walked out into the sun"
_CONFINED_THEN_OUT_RE = re.compile(
    r"\s*,?\s*(?:(?:who|that)\s+(?:had\s+been|have\s+been|were|was)\s+)?(?:held|locked|shut|confined|imprisoned|detained"
    r"|kept)\s+(?:up\s+)?(?:in|inside|at|by|for)\b[^;:.!?]{0,120}?,?\s+(?:finally\s+|at\s+last\s+)?"
    r"(?:walked\s+out|came\s+out|emerged|were\s+let\s+out|streamed\s+out|filed\s+out)\b"
    r"(?!\s+(?:to|in)\s+(?:protest|demonstrat|demand|join|watch|see|greet|meet|vote|pray|eat|exercise))", re.I)  # (a yard errand)
# "The last 47 refugees held behind razor wire ... landed here tonight, ending a detention that ...": their release
_ENDING_DETENTION_RE = re.compile(r"[^;:.!?]{0,200}?,\s*ending\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,3}?"
                                  r"(?:detention|captivity|imprisonment|incarceration)\b", re.I)
# "the five Japanese abducted in 1978, who returned home last week": captives whose homecoming a relative clause tells
_CAPTIVE_WHO_HOME_RE = re.compile(
    r"\s+(?:abducted|kidnapp?ed|seized|snatched|held|detained|jailed|imprisoned|taken\s+hostage)\b[^,;]{0,80},\s*who\s+"
    r"(?:had\s+|have\s+)?(?:returned|came|flew|went)\s+(?:back\s+)?home\b", re.I)
# "Three detainees freed after the ruling re-arrested": freed, then taken back -- no release of this story's
_FREED_THEN_REARRESTED_RE = re.compile(
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:who\s+(?:were|had\s+been)\s+)?(?:freed|released)\b[^;.]{0,80}?"
    r"\b(?:(?:were|have\s+been|are)\s+)?(?:re-?arrested|re-?detained|arrested\s+again|detained\s+again|taken\s+back\s+into\s+custody)\b", re.I)
_AS_PRISONERS_RE = re.compile(rf"\s+as\s+(?:{_CAPTIVE_NOUNS})\b", re.I)
_ARE_PRISONERS_RE = re.compile(r"\s+(?:are|remain)\s+(?:still\s+|now\s+|currently\s+)?(?:political\s+)?"
                               r"(?:prisoners|detainees|hostages|captives)\b(?!\s+(?:of\s+conscience\s+)?(?:who|whose)\b)", re.I)
_EACH_RE = re.compile(r"\beach\b", _C)
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|"
                r"fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?:[\s\-]+[a-z]+)?")
_N_FOR_N_RE = re.compile(rf"\s*(?:-\s*for\s*-\s*|\s+for\s+)(?:\d[\d,.]*|{_NUMBER_WORD})\b(?!\s+(?:years?|months?|days?))", _C)
_APPOSITIVE_LEFT_RE = re.compile(r"[A-Z][\w'’\-]+\s*\)?\s*,\s*$|\band\s+[A-Z][\w'’\-]+\s*,\s*$")
# A fronted adverbial or attribution ending in a capitalised word is not a name in apposition:
# "According to the Mechanism for the Recognition of Political Prisoners, at least 37 ...".
_FRONTED_PHRASE_RE = re.compile(
    r"(?:^|[;:(—–]\s*|\bthat\s+(?=as\s+of\b))(?:(?:According\s+to|according\s+to|citing|In|On|At|After|Before|Since|During|Under|With|For|By|From|Per|Citing|"
    r"Following|Amid|Despite|As\s+of|Until|Across|Throughout|Meanwhile|Separately|Overall|Altogether|Today|"
    r"Yesterday|Earlier|Later|Previously|Initially|Eventually|Finally|Ultimately|However|Instead|Still|Now|Then|"
    r"Elsewhere|Also|Additionally|Moreover|Furthermore|In\s+all|In\s+total|All\s+told|[A-Z][a-z]+ly"
    r"|under|in|on|at|after|before|during|amid|following|despite|with|as\s+of)\b[^,;]*"  # ("On 24 May, under the auspices of X,")
    r"(?:,\s+(?:a|an|the|who|coordinator|head|director|spokes\w+|chair\w*|president|leader|founder|member)\b[^,;]*)?,\s*)+$"
)  # ... each with at most one apposition ("According to Kaci Tansaout, coordinator of the CNLD, more than 70 ..."),
#     several in a row ("In Chile, according to Amnesty International, some 1 500 ...")

# --- scope markers -------------------------------------------------------

def _guarded(pattern: str, first_letters: str) -> str:
    """A pattern whose every alternative starts with one of first_letters, with a look-ahead on that letter:
    the scanner then rejects most positions with one character test instead of trying each alternative."""
    return rf"(?=[{first_letters}])(?:{pattern})"  # compiled with re.I (or run over lowercased text)


_OTHER_EVENT_PATTERN = (
    r"\b(?:previous|earlier|prior|past|former|last|similar)\s+(?:\w+\s+)?(?:release|releases|exchange|exchanges|swap|swaps|"
    r"round|rounds|deal|batch|group|handover|amnesty|pardons?|agreement|wave)\b"
    r"|\blast\s+(?:week|month|year|summer|spring|autumn|fall|winter|time|" + _MONTH_RE + r")\b"
    r"|\b" + LAST_WEEKDAYS_RELEASE +
    r"|\b(?:previous|prior|preceding)\s+(?:day|week|weekend|month|year)\b|\bthe\s+(?:day|week|month|year)\s+before\b"
    r"|\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|[0-9]{1,2})\s+(?:weeks?|months?|years?|days?)"
    r"\s+(?:ago|earlier|before)\b"
    r"|\b(?:a\s+few|a|one|two|three|four|five|several|some)\s+(?:days?|weeks?|months?|years?)\s+later\b"
    r"|\b(?:been|is|was)\s+(?:(?:a|one|two|three|four|five|six|several|many|\d+)\s+)?(?:full\s+)?(?:weeks?|months?|years?|decades?)\s+since\b"
    r"|\bearlier\s+(?:this|last|in)\s+(?:the\s+)?(?:week|month|year|" + _MONTH_RE + r"|\d{4})\b"
    r"|\bin\s+recent\s+(?:days|weeks|months|years)\b"
    r"|\b(?:had|have|has)\s+(?:\w+\s+)?(?:recently|previously|already|earlier)\b"
    r"|\b(?:previously|already)\s+(?:been\s+)?(?:released|freed|pardoned|exchanged|swapped)\b"
    # "Four of the others were released earlier: ..." (not "released earlier today")
    r"|earlier\b(?:(?<=released\searlier)|(?<=freed\searlier)|(?<=pardoned\searlier)|(?<=exchanged\searlier))"
    r"(?!\s+(?:today|tonight|this|on|that|in\s+the\s+day|in\s+the\s+morning))"
    # (not "over the past week" or "in the past few days": the days the story reports on)
    r"|\b(?:over|during|in|within)\s+the\s+(?:past|last|previous)\s+(?:\w+\s+)?(?:weeks|months?|years?|decade)\b"
    r"|\b(?:over|during|in|within)\s+the\s+previous\s+(?:\w+\s+)?(?:days?|week)\b"
    r"|\bover\s+the\s+(?:years|decades|months)\b|\bsince\s+\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_RE + r"\b"
    r"|\b(?:this\s+year|this\s+month|in\s+(?:19|20)\d\d)\s+alone\b"
    r"|\b(?:has|have)\s+(?:now\s+|so\s+far\s+)?(?:released|freed|pardoned|exchanged|swapped|returned|repatriated|brought\s+home)"
    r"\b[^|]*\bthis\s+(?:year|month)\b"
    r"|\bso\s+far\b|\bto\s+date\b|\bin\s+total\s+since\b|\bcumulative|\ball\s+told\b"
    # a historians' tally is of the past: "Historians count only around a dozen adults who came out alive" (not
    # their estimate of the story's own day: "Historians estimate that 6,000 were still held after the ship left")
    r"|\bhistorians?\s+(?:count|counts|counted)\b"
    # a figure of a past high: "At its peak, Camp Bucca held more than 20,000 prisoners"
    r"|\bat\s+(?:its|their|the)\s+(?:peak|height)\b(?!\s+(?:hours?|season|time|of\s+(?:summer|the\s+day)))"
    # a time the story went back to: "the failed coup of July 2016 ... a decree that August released 38,000"
    r"|\bthat\s+(?:" + _MONTH_RE + r"|year|summer|spring|autumn|fall|winter)\b"
    # a span of months or years holds many releases: "Between July 2010 and March 2011, ... released 126"
    r"|\b(?:between|from)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_RE + r"\.?\s+)?(?:19|20)\d\d\s+(?:and|to|until|through)\s+"
    r"(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_RE + r"\.?\s+)?(?:19|20)\d\d\b"
    # a running tally -- unless it is the tally of one day's release: "bringing to four the number freed on Saturday"
    r"|\bbring(?:s|ing)?\s+(?:(?:the\s+)?(?:total|number|tally|overall|count)|to\s+\S+\s+the\s+(?:total|number))\b"
    r"(?![^,;.]{0,80}\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|this\s+week|in\s+(?:this|the\s+latest)\s+(?:release|exchange|swap|handover))\b)"
    r"|\btotal\s+(?:number\s+)?(?:of\s+\w+\s+){0,2}(?:released|freed|pardoned|exchanged|returned)\s+(?:since|so\s+far|to\s+date|this\s+year)\b"
    r"|\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_RE + r"|\d{4}|last(?!\s+(?:night|evening))|then|the\s+(?:start|beginning|end|war|ceasefire|truce|invasion|outbreak|full-scale|conflict|summer|spring|autumn|fall|winter)|it\s+began|they\s+began)\b"
)
_OTHER_EVENT_FIRST = "abcdefhilnopstw0123456789"
_OTHER_EVENT_RE = re.compile(_guarded(_OTHER_EVENT_PATTERN, _OTHER_EVENT_FIRST), re.I)
# for a held figure: a time marker inside a trailing relative clause dates something else ("awaiting judgment in a
# trial that ended a year ago"), and a running tally of those still held is the current figure
_RELATIVE_WORD_RE = re.compile(r"\b(?:that|which|whose)\b", re.I)
_STILL_REMAIN_RE = re.compile(r"\b(?:still|remain(?:s|ing)?)\b", re.I)
# "the first to be freed" describes order, not a plan
_NOT_PLANNED_RE = re.compile(r"\b(?:first|last|latest|only|second|third)\s+(?:\w+\s+){0,2}to\s+be\s+\w+$", re.I)
# a statement's "will be released today": the release it announces, not a later one
_SAME_DAY_RE = re.compile(r"\w*\s+(?:(?:later|early|from|as\s+of)\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))\b"
                          r"(?!\s+or\b)", re.I)
_DATE_BEFORE_WHEN_RE = re.compile(  # (a day without a year is in the event's year: "It ended on May 5 when ...")
    r"\b(?:in|on|of|since|by)\s+(?:(?:early|late|mid-?)\s*)?(?:(?:(?P<mon>" + _MONTH_RE + r")\.?\s+(?:\d{1,2},?\s+)?)?"
    r"(?P<year>(?:19|20)\d\d)|(?P<mon2>" + _MONTH_RE + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?P<mon3>"
    + _MONTH_RE + r"))\s*,?\s*$", re.I)
# a clause hung on a dated noun or clause: "the pardon of 17 March, under which 148 were freed"
_WHEN_WORD_RE = re.compile(r" (?:when|(?:under|in|during|by|with|after)\s+which) ")
_SINCE_WHEN_RE = re.compile(r"[^,;.|]{0,30},[\s|]*when\b")  # "since March 1979, when ..." (clauses joined by " | ")
_SUPERLATIVE_SINCE_RE = re.compile(r"\b(?:largest|biggest|first|most|highest|greatest|major|only|latest|\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b[^,;]{0,40}\bsince\b", re.I)
# a time between a promise and its "to": "offered on Friday to free", "agreed last week to release"
_WHEN_GAP = r"(?:(?:on|last|this|earlier|late)\s+\w+\s+|yesterday\s+|earlier\s+)?"
_PLANNED_PATTERN = (
    r"\b(?:will|would|shall|could|(?<!\bin\s)(?<!\bof\s)(?<!\bby\s)(?<!\bearly\s)(?<!\blate\s)(?<!\bsince\s)(?<!\buntil\s)may|"
    r"might|can|should|must|ought\s+to|to\s+be|is\s+to|are\s+to|set\s+to|expected\s+to|due\s+to|plans?\s+to|"
    r"planned\s+to|planning\s+to|agreed\s+" + _WHEN_GAP + r"to|agree\s+to|promised\s+" + _WHEN_GAP + r"to|"
    r"pledged\s+" + _WHEN_GAP + r"to|aims?\s+to|intends?\s+to|ready\s+to|offered\s+" + _WHEN_GAP + r"to|"
    r"proposed\s+to|scheduled\s+to|slated\s+to|poised\s+to|prepared\s+to|"
    r"vow(?:s|ed)?\s+to|sw(?:ear|ears|ore)\s+to|determined\s+to|committed\s+to|seeks?\s+to|sought\s+to|"
    r"trying\s+to|tries\s+to|working\s+to|efforts?\s+to|bid\s+to|hopes?\s+to|hoped\s+to|wants?\s+to|"
    r"foresees?|envisages?|envisions?|provides?\s+for|would\s+see|will\s+see|calls?\s+for|supposed\s+to|meant\s+to|"
    r"offers?|(?:court|judge|tribunal|magistrate)s?\s+(?:[\w,]+\s+){0,6}?order(?:s|ed|ing)?)\s+"  # a ruling may not be obeyed
    r"(?:[\w\"'“”‘’]+\s+){0,2}?(?:be\s+)?(?:(?:allowed|permitted)\s+to\s+)?"  # "would be allowed to return"
    r"(?:releas|free|pardon|exchang|swap|hand|return|transfer|let|set|bring|secure|win)"
)
_PLANNED_FIRST = "abcdefhijmoprstvw"  # first letters of every alternative above (tests check the guard is exact)
_PLANNED_RE = re.compile(_guarded(_PLANNED_PATTERN, _PLANNED_FIRST), re.I)
_DEMAND_RE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|seek(?:s|ing)?|sought|want(?:s|ed)?|"
    r"push(?:es|ed|ing)?\s+for|negotiat(?:e|es|ed|ing)\s+for|campaign(?:s|ed|ing)?\s+for|appeal(?:s|ed)?\s+for"
    r"|(?:to|must|should)\s+ensure\s+that"  # "We call on the President to ensure that the five are released"
    r"|(?:should|must|ought\s+to)\s+(?:now\s+)?be\s+followed\s+by"  # "the release should be followed by the freeing of 80"
    r"|(?:asked|asks|ask|asking|pressed|presses|press|pressing)\s+(?:[\w'’-]+\s+){1,3}?to\s+(?:expedite|speed\s+up|secure|facilitate))\b",
    re.I,
)
_YEAR_RE = re.compile(
    r"\b(?:(?:in|during|since|by|of)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_RE + r"\s+)?"
    # a year naming an event: "since a 2020 swap in which more than 1,000 were freed"
    r"|(?:a|the)\s+(?=(?:19|20)\d\d\s+(?:prisoner\s+)?(?:swap|exchange|release|deal|amnesty|pardon|handover|agreement)))"
    r"((?:19|20)\d\d)\b", re.I)
_IN_MONTH_RE = re.compile(r"\b(?:in|during|since|by)\s+(?:(?:early|late|mid-?)\s*)?(" + _MONTH_RE + r")\b(?!\s+\d)", re.I)
_AS_OF_RE = re.compile(
    r"\b(?:as\s+of|as\s+at|at\s+the\s+end\s+of|by\s+the\s+end\s+of|by|until|on)\s+"
    r"(?:(?P<d1>\d{1,2})\s+(?P<m1>" + _MONTH_RE + r")|(?P<m2>" + _MONTH_RE + r")\.?\s+(?P<d2>\d{1,2})(?!\d)|(?P<m3>" + _MONTH_RE + r"))"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d))?",
    re.I,
)
# "... demands shifted - the release of 17 men": a release named as a noun, whose demand may sit past a dash
_NOMINAL_RELEASE_LEFT_RE = re.compile(r"\b(?:release|freedom|freeing|return)\s+of\s+(?:the\s+|all\s+)?\S*\s*$", re.I)
_LABEL_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_PAREN_YEAR_RE = re.compile(r"\(((?:19|20)\d\d)\)")
# verbs a clause may carry besides auxiliaries: then its own predicate is there and asides after it are not
_ANY_VERB_RE = re.compile(
    r"\b(?:holds?|holding|keeps?|kept|says?|said|took|takes|gave|gives|got|left|made|[a-z]{3,}ed)\b", re.I)
_HAVE_BEEN_HELD_RE = re.compile(r"\b(?:have|has)\s+been\s+(?:held|detained|jailed|arrested|imprisoned|locked\s+up)\b", re.I)
_AS_OF_BEFORE_RE = re.compile(r"(?:\b(?:end|start|beginning|close|middle)\s+of|\bas\s+of|\bas\s+at)\s+$", re.I)
_BEFORE_REL_RE = re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:the\s+|this\s+|[A-Z]\w+['’]s\s+|Saturday['’]s\s+)?(?:latest\s+|recent\s+|last\s+)?(?:\w+\s+)?(?:release|releases|exchange|swap|handover|deal|pardon|amnesty|truce|ceasefire)s?\b", re.I)

def _cs(rx: re.Pattern) -> re.Pattern:
    """The case-sensitive twin of an re.I pattern, to run over lowercased text (several times faster).
    Only for patterns without upper-case literals."""
    bare = re.sub(r"\(\?P<\w+>|\(\?P=\w+\)|\\.", "", rx.pattern)
    assert not re.search(r"[A-Z]", bare), rx.pattern[:60]
    return re.compile(rx.pattern, rx.flags & ~re.I)


def _lowered(text: str) -> str | None:
    """text.lower() when it keeps every offset (it does for all but a few exotic characters)."""
    low = text.lower()
    return low if len(low) == len(text) else None


# Clause breaks: ';', ': ', ' – ', ' - ', '—', brackets, and contrastive conjunctions. The scan looks for the mark
# alone (a leading \s* would make the engine try at every position); whitespace is added around it after.
# "while" opens a clause, except in an adverbial of the same one: "abducted while on a hunting trip"
_HARD_BREAK_RE = re.compile(r"[;:()—–]|(?<=\s)-(?=\s)|(?=[wba])\b(?:while(?!\s+(?:on|in|at|aboard|during|"
                            r"\w+ing)\b)|whereas|but|although)\b", re.I)
_HARD_BREAK_RE = LowerScan(_HARD_BREAK_RE)  # scanned over lowercased text: much faster


_COMMA_RE = re.compile(r",\s")


@lru_cache(maxsize=2048)
def _break_spans(sentence: str) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """(hard clause breaks, ', ' breaks) of a sentence, computed once per sentence."""
    hard: list[tuple[int, int]] = []
    n = len(sentence)
    for m in _HARD_BREAK_RE.finditer(sentence):
        a, b = m.span()
        mark = m.group(0)
        if mark == ":" and not (b < n and sentence[b].isspace()):
            continue  # "3:00", "https:"
        if mark == "–" and not (a > 0 and sentence[a - 1].isspace() and b < n and sentence[b].isspace()):
            continue  # "2024–2025": an en dash only breaks a clause with spaces around it
        while a > 0 and sentence[a - 1].isspace():
            a -= 1
        while b < n and sentence[b].isspace():
            b += 1
        if hard and a <= hard[-1][1]:
            hard[-1] = (hard[-1][0], max(b, hard[-1][1]))
        else:
            hard.append((a, b))
    commas = tuple(m.span() for m in _COMMA_RE.finditer(sentence)) if "," in sentence else ()
    return tuple(hard), commas


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

_MONTH_AFTER_RE = re.compile(r"^\s*(?:" + _MONTH_RE + r")\b", re.I)
_YEAR_OF_PEOPLE_RE = re.compile(r"^\s+(?:political\s+)?(?:prisoners|detainees|hostages|people|inmates)\b", re.I)
_LABEL_BEFORE_RE = re.compile(r"(?:\bno\.|#|\bnumber|\barticle|\bpage|\bpart|\bage|\baged|\blaw|\bdecree|\bresolution"
                              r"|\bsection|\bparagraph"
                              # a name-number: "Flight 305 was seized", "Camp 14", "Route 9", "Cell 5"
                              r"|\bflight|\broute|\bhighway|\broom|\bcell|\bblock|\bward|\bcamp|\bgate|\bunit)$")
# (on lowercased text: "Law 6.683 freed ...")
_LABEL_WORDS = ("no.", "#", "number", "article", "page", "part", "age", "aged", "law", "decree", "resolution",
                "section", "paragraph", "flight", "route", "highway", "room", "cell", "block", "ward", "camp", "gate",
                "unit")  # cheap endswith test first
_LAW_OF_BEFORE_RE = re.compile(r"\b(?:law|decree)\s+(?:of|on)\s+(?:the\s+)?[a-z]+$")
_RATE_BEFORE_RE = re.compile(r"\b(?:every|per)(?:\s+(?:additional|extra|further|other))?$")
_RATE_WORDS = ("every", "per", "additional", "extra", "further", "other")


def _is_measure(sentence: str, q: Quantity) -> bool:
    if not q.countable or is_after_month(sentence, q):
        return True
    after = sentence[q.end:q.end + 40]
    if _UNIT_RE.match(after):
        return True
    if _MONTH_AFTER_RE.match(after):  # "13 December"
        return True
    before = sentence[max(0, q.start - 30):q.start].rstrip().lower()
    if q.year_like and (not _YEAR_OF_PEOPLE_RE.match(after) or before.endswith(("the", "of"))):
        return True  # "the release of the 1956 prisoners": a year (a count would read "the 1,956 prisoners")
    if before.endswith(_LABEL_WORDS) and _LABEL_BEFORE_RE.search(before):
        return True  # "No. 12", "Article 342", "aged 43"
    if ("law " in before or "decree " in before) and _LAW_OF_BEFORE_RE.search(before):
        return True  # "the law of amnesty 20.508", "Decree on Pardon 114": a law's number
    if before.endswith(_RATE_WORDS) and _RATE_BEFORE_RE.search(before):
        return True  # a rate ("a day for every additional 10 captives freed"), not a head-count
    return False


_POSSESSIVE_END_RE = re.compile(r"['’]s?$")


# A verb with its own object before the transfer verb, or an infinitive: the subject is not what moves.
_OTHER_PREDICATE_RE = re.compile(r"\b[a-z]+ed\s+(?:a|an|the|their|his|her|its)\s+\w+", re.I)
_ASKED_TO_BE_RE = re.compile(  # "asked to be taken to Serbia": a move wished for, not made
    r"\b(?:asked|wanted|wished|chose|demanded|hoped|refused|requested|preferred|want|wish|wishing|wanting)\s+"
    r"(?:not\s+)?to\s+(?:be\s+)?$", re.I)  # ... or to go: "150 Americans who wanted to leave to Beirut"
_CROSSING_WORDS = {"Bridge", "Crossing", "Checkpoint", "Border", "Gate", "Terminal"}
_INSTITUTION_AFTER_RE = re.compile(
    r"\s+(?:base|barracks|headquarters|compound|office|offices|building|hospital|camp|station|academy|school|prison)\b")
# a person after the word read as a place: "handed over to the Tamil editor", "to the Gulu elders"
_RECEIVER_AFTER_RE = re.compile(
    r"\s+(?:editor|journalist|reporter|envoy|mediator|negotiator|delegation|delegates?|officials?|representatives?"
    r"|ambassador|consul|minister|elders|intermediar(?:y|ies)|priest|bishop|chief|leaders?|commander|emissar(?:y|ies))\b", re.I)
_AIRPORT_AFTER_RE = re.compile(r"\s+(?:international\s+)?(?:airport|airfield|air\s*base|airbase)\b", re.I)
_CROSSING_AFTER_RE = re.compile(r"\s+(?:border\s+)?(?:crossing|checkpoint|crossing\s+point|border\s+post|bridge)\b", re.I)


_FACILITY_TAIL_RE = re.compile(r"^[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?\s+(?:Air\s+Force(?:\s+Base)?|Air\s+Base|Airbase|Airport|Airfield)$")


_SIDE_AFTER_RE = re.compile(r"\s+side\b", re.I)
_IN_COUNTRY_RE = re.compile(r"\s+(?:in|near|outside)\s+(?:the\s+)?([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)")


# where freed people rest (not hospitals: a wounded captive may be flown to one abroad)
_CARE_WORDS = frozenset("clinic infirmary hotel hostel sanatorium".split())


_INITIALS_RE = re.compile(r"(?:[A-Z]\.?){2,4}")


_PLACE_NOUN_TAILS = frozenset("falls city town bay island islands beach springs harbour harbor port point creek lake "
                              "river valley hills park county land".split())  # "Victoria Falls", "Elizabeth City"


def _destination(place: str) -> str | None:
    words = place.split()
    while words and words[-1] in _NOT_PLACES:
        words.pop()
    while words and words[0] in _NOT_PLACES:
        words.pop(0)
    if words and _FACILITY_TAIL_RE.search(" ".join(words)):
        return " ".join(words)  # "flown in shifts to Homestead Air Force Base"
    if words and words[-1].lower() in _CARE_WORDS:
        return None  # "driven to the Grand Hotel": where they rest, not a country they were moved to
    if not words or any(w.strip("'’s") in _ORG_WORDS or w in _ORG_WORDS for w in words):
        return None  # "handed over to the International Committee of the Red Cross"
    owned = next((i for i, w in enumerate(words[:-1]) if _POSSESSIVE_END_RE.search(w)), None)
    if owned is not None:  # "flown to Moscow's Vnukovo airport" -> "Vnukovo, Moscow, Russia"
        owner = _POSSESSIVE_END_RE.sub("", " ".join(words[:owned + 1]))
        country = country_of(owner)
        if country:
            rest = " ".join(words[owned + 1:])
            return f"{rest}, {owner}, {country}" if owner != country else f"{rest}, {country}"
    place = _POSSESSIVE_END_RE.sub("", " ".join(words)).strip()
    if is_demonym(place.split()[0]):  # "handed over to Lithuanian officials"
        return country_of(place.split()[0])
    country = country_of(place) or city_country(place)
    if country and country != place and (place.endswith(country) or _INITIALS_RE.fullmatch(place)):
        return country  # "to the Republic of Armenia": the state's formal style; "to the UAE": its initials
    if country and country != place:
        return f"{place}, {country}"  # "flown to Vilnius" -> "Vilnius, Lithuania": both levels stay findable
    if not country and len(words) >= 2 and is_known_given_name(words[0]) \
            and words[-1].lower() not in _PLACE_NOUN_TAILS:
        return None  # "handed to Karel De Gucht, the foreign minister": a person who received them, no place
    return place or None


def _country_part(dest: str | None) -> str | None:
    """The country of a destination ('Vilnius, Lithuania' -> 'Lithuania'; 'Ukraine' -> 'Ukraine')."""
    if not dest:
        return None
    tail = dest.rsplit(", ", 1)[-1]
    if " and " in tail:
        return None  # several countries: "Turkey, Syria and Qatar"
    return country_of(tail) or tail


_LEFT_BEHIND_RE = re.compile(r"left\s+(?:behind\s+)?(?:in|inside|at)\b")
# A partitive subject with a finite release verb ("Eight of them walked free", "three of the hostages were
# released") -- not a participle modifier ("two of the political prisoners released from Belarus").
_PART_RELEASED_RE = re.compile(
    rf"\s*(?:(?:were|was|have\s+been|has\s+been|had\s+been|are|is|got|have|has|had)\s+(?:all\s+|also\s+|later\s+|then\s+|finally\s+|now\s+)?"
    rf"(?:{_RELEASE_VERBS})|(?:all\s+|also\s+|later\s+|then\s+|finally\s+)?"
    rf"(?:walked\s+free|came\s+home|went\s+home|returned\s+home|arrived\s+home|regained|walked\s+out\s+of|"
    rf"came\s+out\s+of|emerged\s+from|stepped\s+off"
    rf"|left\s+(?:(?:the\s+)?[A-Z][\w'’-]+\s+){{0,2}}(?:prisons?|jails?|detention|custody|camp)))\b", re.I)  # "left Roumieh prison"
# a figure that is the predicate of the freed: "So the hostages freed in the operation are four"
_FREED_ARE_N_LEFT_RE = re.compile(
    r"\bthe\s+(?:hostages|captives|prisoners|detainees|people|men|women)\s+(?:freed|released|set\s+free|rescued)\b"
    r"[^,;:.]{0,40}?\s+(?:are|were|number|numbered|total|totalled|totaled)\s+(?:now\s+)?$", re.I)
# the rest of a group as the subject: "The other 260 were not freed" (not "The names of the other 17 were not
# released": the names were not)
_OTHER_REST_LEFT_RE = re.compile(r"(?:^|[,;:]\s*|\b(?:and|but)\s+)\W*(?:the\s+)?(?:other|remaining)\s+$", re.I)
# The finite verb of a partitive subject ("113 of the girls are still held"), not a participle modifying
# the whole ("33 of the 98 hostages still held in Gaza are to be freed").
_PART_NOT_FREED_RE = re.compile(r"\s+(?:[a-z]+ed\s+|(?:who|that)\s+)?(?:(?:have|has|had|were|was|are)\s+)?(?:still\s+)?(?:not|yet\s+to)\s+(?:yet\s+)?"
                                r"(?:been\s+|be\s+)?(?:released|freed|set\s+free)\b", re.I)
_PART_HELD_RE = re.compile(r"(?:\s+(?:of|from|in)\s+(?:(?:19|20)\d\d|(?-i:[A-Z])[\w'’-]+|the\s+(?-i:[a-z])[\w'’-]+))?"
                           # ("75 condemned of 2003", "11 of the opponents of the regime")
                           # ("17,000 of them have been formally arrested and are in prison": the charge, then the state)
                           r"(?:\s+(?:have|has)\s+been\s+(?:[a-z]+ly\s+)?(?:arrested|detained|charged|indicted|convicted"
                           r"|sentenced|jailed|remanded)\s+and)?"
                           r"\s*(?:are|is|remain|remains|remained|continue|continues|(?:were|was)\s+still)\b", re.I)
# A subject described by its captivity, whose own verb is a homecoming: "Five citizens abducted by agents
# two decades ago have arrived home", "Two Canadians detained in China for 1,000 days landed in Calgary".
# Coming back from captivity is being freed, not a transfer abroad.
_CAPTIVE_RETURN_RE = re.compile(
    r"^\s*(?:(?:who|that)\s+(?:had\s+been|have\s+been|were|was)\s+|(?:who|that)\s+(?:had\s+)?(?=disappeared|vanished))?"
    r"(?P<part>detained|held|jailed|imprisoned|abducted|kidnapp?ed|captured|seized|taken\s+(?:hostage|captive|prisoner)|"
    r"pardoned|freed|released|(?:disappeared|vanished)\s+into)\b"  # ("who disappeared into secret detention")
    r"[^;:()]{0,140}?\s(?:have\s+|has\s+|had\s+)?(?:now\s+|finally\s+|safely\s+)?"
    r"(?:(?:arrived|returned|came|come|flew|flown|gone|went)\s+(?:back\s+)?home|(?:are|were|is|was)\s+(?:now\s+)?back\s+(?:home|in\s+(?-i:[A-Z]))"
    r"|(?:arrived|landed|touched\s+down)\s+(?:safely\s+)?(?:back\s+)?(?:in|at)\s+(?P<place>(?-i:[A-Z])[\w\-]+))",
    re.I)
_REDUCED_RELATIVE_RE = re.compile(
    r"\s*(?:released|freed|pardoned|handed\s+over|set\s+free|exchanged|swapped|returned)\b[^,;]{0,60}?\s"
    r"(?=(?:were|was|had\s+been|have\s+been|has\s+been|are|is|will\s+be|arrived|landed|flew|crossed|went|travell?ed|"
    r"asked|wanted|chose|refused|said|told)\s)",
    re.I)


_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]+\b")


class _Places:
    """Countries of named places (airports, bases) as the article itself locates them:
    "Kyiv's Boryspil airport", "Vnukovo airport outside Moscow", "Bagram, Afghanistan". Built lazily."""

    def __init__(self, sentences: list[str]):
        self._sentences = sentences
        self._cache: dict[str, tuple[str, str] | None] = {}

    @cached_property
    def _text(self) -> str:
        return "\n".join(self._sentences)

    def country(self, name: str) -> str | None:
        found = self.located(name)
        return found[1] if found else None

    def located(self, name: str) -> tuple[str, str] | None:
        """(the town or country the article puts the place in, its country)."""
        if name not in self._cache:
            self._cache[name] = self._find(name)
        return self._cache[name]

    @cached_property
    def _main(self) -> str | None:
        tally: dict[str, int] = {}
        for word in _CAPITALISED_RE.findall(self._text):
            country = country_of(word)
            if country:
                tally[country] = tally.get(country, 0) + 1
        ranked = sorted(tally.items(), key=lambda kv: -kv[1])
        clear = ranked and ranked[0][1] >= 3 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
        return ranked[0][0] if clear else None  # a passing mention sets no scene

    def main_country(self) -> str | None:
        """The country the article names most often (places and demonyms): where the story is set."""
        return self._main

    @cached_property
    def _hostage(self) -> bool:
        low = self._text.lower()
        hostage = sum(low.count(w) for w in ("hostage", "kidnap", "abduct", "captors"))
        prison = sum(low.count(w) for w in ("prisoner", "detainee", "inmate", "jail", "prison"))
        return hostage > prison

    def hostage_story(self) -> bool:
        """True if the article speaks of hostages and kidnappers more than of prisoners and jails."""
        return self._hostage

    def _find(self, name: str) -> tuple[str, str] | None:
        esc = re.escape(name)
        owner = r"(?P<owner>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)"
        for pattern in (rf"{owner}['’]s?\s+{esc}\b",
                        rf"\b{esc}(?:\s+{_FACILITY})?(?:\s*,\s*|\s+(?:in|near|outside|of)\s+)(?:the\s+)?{owner}"):
            for m in re.finditer(pattern, self._text):
                country = country_of(m.group("owner"))
                if country:
                    return m.group("owner"), country
        return None


def _airport_destination(m: re.Match, places: _Places | None) -> str | None:
    """'Boryspil, Ukraine' for 'landed at (Kyiv's) Boryspil airport' when the sentence or article says where it is."""
    place, owner = m.group("place"), m.group("owner")
    country = country_of(place) or city_country(place) or (country_of(owner) if owner else None)
    if not country and places:
        found = places.located(place)  # "Pudahuel airport in Santiago, Chile"
        if found:
            owner, country = found
    if not country:
        return None
    if owner and owner != country and not country_of(place):
        return f"{place}, {owner}, {country}"  # "Madrid's Barajas airport" -> "Barajas, Madrid, Spain"
    return f"{place}, {country}"


_RATE_AFTER_RE = re.compile(r"\s+(?:for\s+(?:each|every)|per|in\s+return\s+for\s+(?:each|every))\b", re.I)
_RATE_OPENER_RE = re.compile(r"\W*(?:For|In\s+return\s+for|In\s+exchange\s+for)\s+(?:each|every)\b[^,]{0,60},")
_CAPTIVE_NOUN_FULL_RE = re.compile(_CAPTIVE_NOUNS, re.I)
_HOLDABLE_NOUN_FULL_RE = re.compile(_HOLDABLE_NOUNS, re.I)
_DEMONYM_FULL_RE = re.compile(_DEMONYM)
_PEOPLE_NOUN_FULL_RE = re.compile(_PEOPLE_NOUNS, re.I)  # "Marines" looks like a demonym but is a trade
_AFTER_RECEIVED_RE = re.compile(r"^\s*(?:of|from|released|freed|who|on|at|in)\b")
_BARE_SUBJECT_VERB_RE = re.compile(
    rf"^\s*(?:were|was|have|had|are|will|of\s+them|of\s+those|of\s+the\b|others?|more|people|{_TRANSFER_VERBS})\b")
_BARE_WHO_RE = re.compile(r"^\s+who\s+(?:were|had|have)\b", re.I)
_AND_END_RE = re.compile(r"(?:\band|,)\s*$")
_NEW_RE = re.compile(r"\s*new\b", re.I)
_POSSESSIVE_RE = re.compile(r"['’]s?(?!\w)")
_EACH_AFTER_RE = re.compile(r"\s*\w*\s*\w+\s+each\b|\s*each\b", re.I)
_AMONG_AFTER_RE = re.compile(r"^\s*(?:were|are|was|is)\s+(?:also\s+)?among\b", re.I)
_CAMP_DWELLERS = frozenset("refugees migrants residents civilians families villagers asylum-seekers".split())
_LEFT_CAMP_RE = re.compile(r"\b(?:left|leaving)\s+(?:the\s+)?(?:\w+\s+)?camps?$", re.I)
_RELEASE_AFTER_RE = re.compile(
    # (no second figure between: "the 13 guerrillas and the 14 freed prisoners" frees the 14 only)
    # ("Four Belgian tourists and their boat pilot were freed": the figure's own part of a coordinated subject)
    r"^\s*(?:(?!\d)[\w\-]+\.?\s+|(?:[A-Z]\.){2,3}\s+){0,4}?(?:and\s+(?:their|his|her|its|the)\s+(?:(?!\d)[\w\-]+\s+){1,3}?)?"
    r"(?:who\s+|that\s+)?(?:were|was|have\s+been|had\s+been|are|is|being|has\s+been|got|will\s+be|"
    r"have|has|had)?\s*"
    rf"(?:all\s+|also\s+|later\s+|finally\s+|reportedly\s+|successfully\s+|eventually\s+)?(?:{_RELEASE_VERBS})\b",
    re.I,
)
# a first predicate of the figure's own, then the release: "139 servicemen climbed out of buses and walked across
# the bridge", "The 45 hostages boarded a bus and were driven to freedom" (not "were wounded and ... discharged")
_PASSIVE_END_RE = re.compile(r"\b(?:were|was)\s+\S+$")  # "... and were freed": the figure's own passive
_SECOND_PREDICATE_RELEASE_RE = re.compile(
    r"^\s*(?:(?:were|was|had|have|been|then|later|finally)\s+)*(?!(?:killed|wounded|injured|died|arrested|detained|sentenced"
    r"|charged|convicted|hospitali[sz]ed|treated|admitted|questioned|interrogated)\b)"
    r"(?:[a-z]+(?:ed|ft|ok|ot|ame|ent|ode|at|ood|ound)"
    # "Eleven of them were serving sentences at the Central Prison and walked free", "82 were still in prison and
    # walked free"
    r"|(?<=were\s)serving|(?<=was\s)serving|(?<=were\s)still|(?<=was\s)still)"
    r"\s+(?:(?!and\b)[\w'’\-]+\s+){0,7}?and\s+(?:then\s+|later\s+|finally\s+)?(?:were\s+|was\s+)?"
    rf"(?:{_RELEASE_VERBS})\b")
_PROTESTERS = frozenset("demonstrators protesters marchers supporters campaigners activists people".split())
# a figure whose own verb is a protest for the release: "2,000 supporters marched to demand the release of ..."
_PROTEST_FOR_RE = re.compile(r"\b(?:to\s+(?:demand|call\s+for|urge|press\s+for|push\s+for|plead\s+for)|demanding|calling\s+for"
                             r"|urging|pressing\s+for|pleading\s+for)\b", re.I)
_AUX_RE = re.compile(r"\b(?:were|was|have|has|had|are|is|being|got|be)\b", re.I)
# an object right after an active release verb: "freed their last nine hostages", "released the two Germans"
_ACTIVE_OBJECT_RE = re.compile(
    r"\s+(?:their|his|her|its|the|all|both|some|several|dozens|hundreds|\d|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|(?-i:[A-Z]))", re.I)
_EXCHANGE_AFTER_RE = re.compile(rf"^\s*(?:[\w\-]+\s+){{0,4}}?(?:were|was|have\s+been|had\s+been|are|is)?\s*(?:{_EXCHANGE_WORDS})\b", re.I)
# A participle phrase between a subject and its release verb.
# Or a first predicate coordinated with it ('5,800 prisoners had their sentences commuted and were also freed').
_PARTICIPLE_SUBJECT_RELEASE_RE = re.compile(
    rf"^\s*(?:(?:still\s+)?(?:[a-z]+ed|held|taken|kept|seized|caught)\s(?:[^,;]|,\s+[A-Z][\w\-]+(?:\s+[a-z]+)?,"
    rf"|,\s+(?=[A-Z][\w\-]+\s+(?:in|on|at|during|last)\s)){{0,120}}?|(?:had|have|has|got|received)\s[^,;]{{0,60}}?\band\s+)"
    rf"(?:\b(?:(?:have|has|had)\s+(?:now\s+|all\s+|also\s+)?been|were|was|are)\s+(?:all\s+|also\s+|now\s+|finally\s+|then\s+)?"
    # (a verdict may come first: "... had been found innocent and released from custody")
    rf"(?:(?:found\s+(?:innocent|not\s+guilty)|acquitted|cleared|exonerated|rehabilitated)\s+and\s+)?"
    rf"(?:{_RELEASE_VERBS})\b"
    # ... or the part's own exit: "38 of the 43 health workers arrested in February walked out of the detention centre"
    # ... or over a border: "Eleven airmen held for two years walked across the bridge into British territory"
    rf"|\b(?:walked\s+free|{_WALKED_ACROSS}|(?:got|came|walked)\s+out\s+(?:alive|unharmed)"
    # ... or home: "Three men jailed in 1990 for the murder of a woman were home last night"
    rf"|(?:were|was)\s+(?:now\s+|finally\s+|safely\s+)?(?:back\s+)?home(?![\w-])(?!\s+to\b)"
    rf"|(?:walked|came|stepped)\s+out\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:prisons?|jails?"
    rf"|detention|custody|captivity|camp)|left\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:prisons?|jails?|detention|custody)"
    # "Three men jailed for the murder ... walked out of the Royal Courts of Justice": freed by the court
    rf"|(?:walked|came|stepped)\s+(?:free\s+)?(?:out\s+of|from)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:courts?|courthouse"
    rf"|courtroom|tribunal)\b(?!\s+(?:on\s+bail|to\s+(?:a|the)\s+(?:waiting\s+)?(?:van|car))))\b)",
    re.I,
)
# "The last two members of the "Ilascu group" held in Transnistria have been freed"
_PP_SUBJECT_RELEASE_RE = re.compile(
    rf"^\s*(?:[\w\-]+\s+){{0,2}}?of\s+[^,;]{{1,80}}?\s(?:(?:held|detained|jailed|imprisoned|kidnapp?ed|abducted|captured)\s[^,;]{{0,60}}?\s)?"
    rf"(?:have|has|had|were|was)\s+(?:been\s+)?(?:all\s+|also\s+|finally\s+)?(?:{_RELEASE_VERBS})\b", re.I)
_CONTACT_HELD_RE = re.compile(r"\s+(?:(?:that|whom)\s+)?(?:it|they|he|she|we)\s+(?:still\s+)?(?:held|had\s+held|had|kept"
                              r"|detained|had\s+detained|jailed|had\s+jailed)\b(?=\s+to\s)", re.I)
_FINITE_EXIT_RE = re.compile(r"(?:walked|came|went|stepped|emerged|got|arrived|returned|left)\b", re.I)
_PART_OF_WHOLE_LEFT_RE = re.compile(
    rf"\b(?:\d[\d,]*|{_NUMBER_WORD}|all|most|some|many|half|several|none|each|both|dozens|hundreds)\s+of\s+"
    r"(?:the|those|these|its|their|our)\s+$", re.I)
# A captor sending people somewhere (the verb before the figure): "deported 135 political prisoners to Guatemala",
# "handed over 30 Russian POWs to Russia", "transferred six detainees from Guantanamo to Uruguay". Not 'took'
# (hostages are taken into captivity) nor 'moved'; a transfer to a prison is checked where this is used (prisons
# move inmates between jails).
_SEND_LEFT_RE = re.compile(
    r"\b(?:deport(?:s|ed|ing)?|extradit(?:es|ed|ing)|expel(?:s|led|ling)?|exil(?:es|ed|ing)|fl(?:ew|ies|own|y)|sen(?:t|ds|ding)|buss(?:ed|es)|"
    r"hand(?:s|ed|ing)?\s+(?:over|back)|handed|transfer(?:s|red|ring)?|(?:the\s+)?transfer\s+of)\s+" + _QUAL_TAIL + "$", re.I)
_INTO_EXILE_RE = re.compile(r"\s+(?:in)?to\s+exile\b", re.I)
_JAILED_MOD_RE = re.compile(r"\b(?:jailed|imprisoned|detained|convicted|interned)\b", re.I)
_OF_COMPLEMENT_RE = re.compile(r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+(?=\s+(?:to|into)\s)", re.I)
_TRANSFER_OF_END_RE = re.compile(r"\btransfer\s+of\s+(?:\S+\s+){0,2}$", re.I)
_TO_WORD_RE = re.compile(r"\s(?:to|into)\s")
_THE_BARE_LEFT_RE = re.compile(r"\b(?:the|all)\s+$", re.I)  # "fly the 52 to Algiers"
_TO_PLACE_RE = re.compile(rf"{_FROM_LEG}\s+(?:back\s+|home\s+|abroad\s+|on\s+\w+\s+)?(?:in|to|into)\s+(?:exile\s+in\s+)?{_PLACE}")
_SPLIT_PARTICLE_LEFT_RE = re.compile(r"\b(?:brought|bring(?:s|ing)?|got|gets?|getting|won|wins?|winning)\s+" + _QUAL_TAIL + "$", re.I)
_BACK_HOME_RE = re.compile(r"\s+(?:back|home)\b")
_AND_NOUN_RE = re.compile(rf"\s+and\s+(?:{_MODIFIER}\s+){{0,2}}(?i:{_PEOPLE_NOUNS})\b(?!\s+(?:of|to)\b)")
_NEGATION_RE = re.compile(r"(?:\bnot|n't|\bnever|\bno\s+longer|\byet\s+to)\b", re.I)
_NEGATION_BEFORE_RE = re.compile(
    r"(?:\bnot|n't|\bnever|\bno\s+longer|\byet\s+to|\b(?:refused|declined|failed|refuses|declines|fails)\s+to)\s+"
    r"(?:\w+\s+){0,2}$"
    # "What he has not been able to do is bring back the two": the unachieved thing named after a copula
    r"|\b(?:not|n't|never)\s+(?:\w+\s+){0,4}?(?:able\s+to|managed\s+to|succeeded\s+in)\s+(?:\w+\s+){0,3}?(?:is|was)\s+$", re.I)
_MOVED_IN_SWAP_RE = re.compile(r"[^;:.!?]{0,160}?\b(?:flown|sent|taken|driven|brought|handed\s+over|returned)\s+"
                               r"[^;:.!?]{0,80}?\b(?:in\s+(?:exchange|return)\s+for|exchanged\s+for|swapped\s+for"
                               r"|traded\s+for)\s", re.I)
# a country or captor "has" people in a place of custody: "Alabama still has nearly 200 people on death row"
_HAS_LEFT_RE = re.compile(rf"\b(?:still\s+)?(?:has|have|had)\s+{_QUAL_TAIL}$", re.I)
_PLACE_STATE_RE = re.compile(r"\s+(?:on\s+death\s+row|behind\s+bars|in\s+(?:[\w'’-]+\s+){0,2}?(?:custody|prisons?|jails?"
                             r"|detention|captivity)\b)", re.I)
# a Q&A explainer's question, and the verbless answer that opens on the figure
_RELEASE_QUESTION_RE = re.compile(r"^\W*(?:who|how\s+many(?:\s+[\w-]+){0,2})\s+(?:(?:was|were|has\s+been|have\s+been|is|are"
                                  r"|got)\s+)?(?:freed|released|set\s+free|exchanged|swapped|pardoned|let\s+go)\b[^?]{0,40}\?\W*$",
                                  re.I)
_ANSWER_OPEN_RE = re.compile(r"\W*(?:(?:about|some|around|nearly|more\s+than|at\s+least|over|A:)\s+)?$", re.I)
_ANSWER_END_RE = re.compile(r"\s*(?:[:.;,—–(]|\s-\s|$)")
_NAME_WORDS = r"(?-i:[A-Z][\w'’.-]+)(?:\s+(?-i:[A-Z][\w'’.-]+)){0,3}"
_NAMED_LIST_AFTER_RE = re.compile(r"\s+" + _NAME_WORDS + r"(?:\s*,\s*" + _NAME_WORDS + r"){0,10}\s*,?\s+and\s+" + _NAME_WORDS
                                  + r"(?=\s+(?-i:[a-z]))")
_CLAUSE_STOP_RE = re.compile(r"[,;:.!?]")
_IN_RETURN_FOR_RE = re.compile(r"\bin\s+return\s+for\s", re.I)
_IN_TOTAL_RE = re.compile(r"^\s*in\s+total\b", re.I)
_RELEASE_WORD_RE = re.compile(rf"\b(?:{_RELEASE_NOUNS}|{_RELEASE_VERBS})\b", re.I)


def _answers_release_question(question: str, sentence: str, q: Quantity, heads: dict | None) -> bool:
    """Whether `sentence` is a Q&A's verbless answer, opening on the figure `q`, to a question about who or how many
    were freed ("Who was released? Four hostages: ...", "How many were freed? About 6,000, officials say.")."""
    if "?" not in question or not _RELEASE_QUESTION_RE.search(question) or not _ANSWER_OPEN_RE.match(sentence, 0, q.start):
        return False
    head = _head(sentence, q, heads)
    if head:
        return bool(_ANSWER_END_RE.match(sentence, head.end()))
    return "how many" in question.lower() and bool(_ANSWER_END_RE.match(sentence, q.end))


def _head(sentence: str, q: Quantity, heads: dict | None):
    """The people noun phrase after a quantity ('123 political prisoners'), memoised per sentence."""
    if heads is None:
        return _match_head(sentence, q)
    if q.end not in heads:
        heads[q.end] = _match_head(sentence, q)
    return heads[q.end]


# "one other American", "a Briton": a singular nationality is a head only for a count of one.
_SINGULAR_DEMONYM_HEAD_RE = re.compile(
    r"\s*(?:(?:more|other|additional|further|remaining|jailed|detained|imprisoned|held|captive|dual)\s+){0,2}"
    r"(?P<noun>[A-Z][a-z]+|[a-z]+)\b(?!\s+[A-Z])")
_ONE_PERSON_NOUNS = frozenset(
    "girl boy woman man person prisoner hostage captive detainee soldier journalist activist worker child citizen "
    "national student pupil sailor fisherman pilot officer".split())


# ... and only where that one person is said to be still held ("One American remains in custody"): a lone
# "one Filipino" beside other nationalities is part of a breakdown, not a figure of its own.
_SINGULAR_HELD_AFTER_RE = re.compile(
    r"\s*(?:,[^;.]{1,160}?,\s*)?(?:remains|is\s+still|is\s+(?:believed|thought|known|said)\s+to|is\s+(?:being\s+)?held|"
    r"still\s+(?:remains|languishes|sits))\b", re.I)


# Any plural with a person-like ending ("40 worshippers", "12 herders", "30 congregants") heads a count
# next to a release verb: the noun list above cannot name every group of people a story may free.
_GENERIC_PEOPLE_HEAD_RE = re.compile(
    r"\s+(?:(?!(?:of|its|their|his|her|the|our|and|or)\b)[a-z\-]+\s+){0,2}?"
    r"(?P<noun>[a-z]{3,}(?:ers|ors|ists|ants|ents|ees|ians|ims|smen|swomen|folk))\b")
# ... or before a verb of captivity: "18 other party supporters remain in military detention"
_GENERIC_HELD_AFTER_RE = re.compile(
    rf"\s+(?:are|were|remain|remained)\s+(?:still\s+)?(?:{_HELD_STATE})", re.I)
_NOT_PEOPLE_PLURALS = frozenset(
    # (captors are people, but not a count of the freed: "handed the four hijackers and the seven prisoners to the PLO")
    "hijackers kidnappers captors abductors hostage-takers attackers assailants gunmen raiders "
    "numbers orders papers letters borders matters quarters centers centres computers powers waters chambers towers "
    "offers layers meters metres liters litres documents statements agreements payments incidents events moments "
    "comments segments governments elements departments establishments settlements investments arrangements "
    "requirements announcements instruments amendments treatments lists grants plants restaurants fees trees degrees "
    "committees guarantees claims rounds headquarters barriers containers trailers vouchers posters banners "
    "monitors sensors motors doctors' factors sectors vectors mirrors errors terrors horrors corridors floors doors "
    "talents contents accidents percents cents ".split())


# "300 Armenian and 15 Azerbaijani prisoners": the first figure shares the noun said once, after the second
_ELIDED_HEAD_RE = re.compile(
    rf"\s+[A-Z][a-z]+(?=\s+(?:and|or)\s+(?:\d[\d,.]*|{_NUMBER_WORD})\s+(?:[A-Z][a-z]+\s+)?(?P<noun>(?i:{_PEOPLE_NOUNS}))\b)")


def _match_head(sentence: str, q: Quantity):
    m = _HEAD_RE.match(sentence, q.end)
    if m is None and (" and " in sentence or " or " in sentence):
        m = _ELIDED_HEAD_RE.match(sentence, q.end)
    if m is None and q.value is not None and q.value > 1:
        g = _GENERIC_PEOPLE_HEAD_RE.match(sentence, q.end)
        if g and g.group("noun") not in _NOT_PEOPLE_PLURALS and (
                _RIGHT_RELEASE_RE.search(sentence, max(0, q.start - 50), min(len(sentence), g.end() + 60))
                or _GENERIC_HELD_AFTER_RE.match(sentence, g.end())
                or _HOLDS_LEFT_RE.search(sentence[max(0, q.start - 60):q.start])):
            return g
    if m is None and q.value == 1:
        m = _SINGULAR_DEMONYM_HEAD_RE.match(sentence, q.end)
        if m and not ((is_demonym(m.group("noun")) or m.group("noun").lower() in _ONE_PERSON_NOUNS)
                      and _SINGULAR_HELD_AFTER_RE.match(sentence, m.end())):
            m = None
    return m


# A running tally restated: "bringing to four the number of captives set free", "raising the number of
# hostages released to 46", "brings the total of prisoners still held to 1,200".
_TALLY_VERB = r"\b(?:bring(?:s|ing)?|brought|rais(?:e|es|ed|ing)|push(?:es|ed|ing)?|tak(?:e|es|ing)|took|lift(?:s|ed|ing)?)"
_TALLY_NUMBER_OF = r"the\s+(?:total\s+)?(?:number|total|tally|count)\s+(?:of\s+)?"
_TALLY_FRONT_RE = re.compile(rf"{_TALLY_VERB}\s+(?:the\s+(?:total|tally|count)\s+)?to\s+{_QUAL_TAIL}$", re.I)
_TALLY_FRONT_RIGHT_RE = re.compile(rf"\s+{_TALLY_NUMBER_OF}(?P<what>[^,;]{{0,80}})", re.I)
_TALLY_BACK_RE = re.compile(rf"{_TALLY_VERB}\s+{_TALLY_NUMBER_OF}(?P<what>[^,;]{{0,80}}?)\s+to\s+{_QUAL_TAIL}$", re.I)
# "put the number of returned students at 104": a figure given for a tally
_TALLY_AT_RE = re.compile(
    rf"\b(?:put(?:s|ting)?|plac(?:e|es|ed|ing)|set(?:s|ting)?|gave|gives?|giving)\s+{_TALLY_NUMBER_OF}(?P<what>[^,;]{{0,80}}?)\s+at\s+{_QUAL_TAIL}$",
    re.I)
# "This leaves one girl ... still in the hands of the insurgents", "The transfer leaves 149 detainees held at ..."
_LEAVES_LEFT_RE = re.compile(rf"\b(?:leav(?:es|ing)|left)\s+(?:behind\s+)?{_QUAL_TAIL}(?:other\s+)?$", re.I)
# a reduced relative between the group and its state: "leaves the other seven men convicted with him in prison"
_LEFT_PARTICIPLE_RE = re.compile(r"\s+[a-z]+ed\b[^,;]{0,60}?(?=\s+(?:still\s+)?(?:in|held|behind|detained|jailed)\b)")
# a tally's level: "the list of political prisoners in Cuba stands at", "the number of journalists in prison hit a
# record", "the count of detainees rose to"
_TALLY_STANDS_RE = re.compile(
    r"\bthe\s+(?:total\s+)?(?:number|total|tally|count|list)\s+of\s+(?P<what>[^,;]{1,80}?)\s+"
    r"(?:(?:now\s+)?(?:stands?|stood|standing)\s+at|(?:hit|hits|reached|reaches|rose\s+to|rises\s+to|climbed\s+to"
    r"|climbs\s+to|fell\s+to|falls\s+to|dropped\s+to|drops\s+to|grew\s+to|grows\s+to)"
    r"(?:\s+(?:a|an)\s+(?:record|new\s+high\s+of|all-time\s+high\s+of|high\s+of|low\s+of))?)\s+" + _QUAL_TAIL + "$", re.I)
_TALLY_FREED_RE = re.compile(r"\b(?:freed|released|pardoned)\b", re.I)
_TALLY_CAPTIVES_RE = re.compile(r"\b(?:political\s+prisoners|prisoners\s+of\s+conscience|detainees|hostages|captives"
                                r"|jailed\s+\w+|imprisoned\s+\w+)\b", re.I)
_TALLY_TOLL_RE = re.compile(rf"\b(?:{_TOLL_WORDS}|deaths?)\b", re.I)
_TALLY_HELD_RE = re.compile(rf"\b(?:still\s+|remaining\s+)?(?:{_HELD_STATE})|\bremain", re.I)


_ONE_PERSON_RE = re.compile(
    r"\s+(?:(?:other|more|last|remaining)\s+)?(?:[\w\-]+\s+)?(?:girl|boy|woman|man|person|prisoner|hostage|captive|detainee|"
    r"soldier|journalist|activist|worker|child|citizen|national|[A-Z][a-z]+)\b")
_AT_PLACE_RE = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-Z]")
_APPOSED_NAME_RE = re.compile(r"\s*,\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*\s*,")
_APPOSED_NAME_DESC_RE = re.compile(r"\s*,\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*\s*,\s*[^,;]{1,80}?\s*,")
_APPOSED_DESC_RE = re.compile(r"\s*,\s*(?:the|a|an)\s+[^,;]{1,60}?,")
# "The release leaves 50 Americans inside the embassy compound": the captives still in the place seized
_STILL_INSIDE_RE = re.compile(r"\s+(?:still\s+)?inside\b")
_PEOPLE_NOUN_ANY_RE = re.compile(rf"\b(?:{_PEOPLE_NOUNS})\b", re.I)
_HELD_NOW_RE = re.compile(
    rf"\s*,?\s*(?:(?:is|are|who\s+(?:is|are|remains?))\s+)?(?:still\s+|now\s+)?(?:{_HELD_STATE}|in\s+the\s+hands\s+of)", re.I)


def _tally(sentence: str, q: Quantity, left: str) -> tuple[str, None] | None:
    """('released'|'held', None) for a figure restated as a running tally, else None."""
    if _LEAVES_LEFT_RE.search(left):
        after = _ONE_PERSON_RE.match(sentence, q.end) if q.value == 1 else None
        head = after or _HEAD_RE.match(sentence, q.end) or _PARTITIVE_RE.match(sentence, q.end)  # "197 of the girls"
        head_end = head.end() if head else q.end
        if head and (participle := _LEFT_PARTICIPLE_RE.match(sentence, head_end)):
            head_end = participle.end()
        # "one girl, Leah Sharibu, (a pupil,) still ...", "one Briton, the businessman X, in an Iraqi jail"
        for appos in (_APPOSED_NAME_RE, _APPOSED_NAME_DESC_RE, _APPOSED_DESC_RE):
            named = appos.match(sentence, head_end)
            if named and _HELD_NOW_RE.match(sentence, named.end()):
                return "held", None
        if _HELD_NOW_RE.match(sentence, head_end) or (
                head and _RELEASE_LEAVES_RE.search(left) and (_STILL_MISSING_RE.match(sentence, head_end)
                                                              or _STILL_INSIDE_RE.match(sentence, head_end))):
            return "held", None  # "The release leaves at least 14 foreigners missing in Lebanon": captives still out
        head = _HEAD_RE.match(sentence, q.end)
        if head and _CAPTIVE_NOUN_FULL_RE.fullmatch(head.group("noun")) and _AT_PLACE_RE.match(sentence, head_end):
            return "held", None  # "The transfer leaves 149 detainees at Guantanamo"
        return None
    stands = _TALLY_STANDS_RE.search(left) if "the " in left else None
    if stands:  # "the list of political prisoners in Cuba stands at 1,066", "the number of journalists in prison hit 259"
        what = stands.group("what")
        if _TALLY_FREED_RE.search(what):
            return "released", None
        if _TALLY_HELD_RE.search(what) or _TALLY_CAPTIVES_RE.search(what):
            return "held", None
        return None
    if "to" not in left and "at" not in left:
        return None
    m = _TALLY_FRONT_RE.search(left)
    what = None
    if m:
        r = _TALLY_FRONT_RIGHT_RE.match(sentence, q.end)
        what = r.group("what") if r else None
    else:
        m = _TALLY_BACK_RE.search(left) or _TALLY_AT_RE.search(left)
        what = m.group("what") if m else None
    if not what or not (_PEOPLE_NOUN_ANY_RE.search(what) or _NUMBER_FREED_RE.search(what)) or _TALLY_TOLL_RE.search(what):
        return None  # (not "put the number of hostages killed at 23": a toll)
    if _RIGHT_RELEASE_RE.search(what) or re.search(r"\b(?:freed|released)\b", what, re.I):
        return "released", None
    if _TALLY_HELD_RE.search(what):
        return "held", None
    return None


# "put the number freed at about 700": the participle alone names the people counted
_NUMBER_FREED_RE = re.compile(r"^\s*(?:those\s+)?(?:freed|released|pardoned|amnestied)"
                              r"(?:\s+(?:this|last|so|since|on|in|by|under|over|across|from)\b[^,;]*)?\s*$", re.I)  # ("... this week")
# (a bond or one's own recognizance is bail too: "12 freed on bond after Saturday raids")
_ON_BAIL_RE = re.compile(r"\b(?:released|freed|let\s+out|set\s+free)\s+on\s+(?:(?:\w+\s+)?(?:bail|bond)|(?:their\s+|his\s+|her\s+)?"
                         r"own\s+recognizance)\b|\bgranted\s+bail\b", re.I)
# a written pledge not to leave town is bail too (translated from Russian): "released ... under written undertaking
# not to leave"
_PLEDGE_NOT_TO_LEAVE_RE = re.compile(r"\b(?:released|freed)\b[^.;]{0,80}?\bunder\s+(?:a\s+)?(?:written\s+)?"
                                     r"(?:undertaking|pledge)\s+not\s+to\s+leave\b", re.I)
_ON_BAIL_AFTER_RE = re.compile(r"\s+(?:[\w\-]+\s+){0,5}?on\s+(?:(?:\w+\s+)?(?:bail|bond)|(?:their\s+|his\s+|her\s+)?own"
                               r"\s+recognizance)\b", re.I)
_TO_PROSECUTORS_RE = re.compile(
    r"\b(?:handed|turned)\s+(?:over\s+)?to\s+(?:the\s+)?(?:[\w'’\-]+\s+){0,3}?(?:prosecutors?|prosecutor['’]s|prosecution|"
    r"courts?|judges?|attorney|investigators|judiciary|police|gendarmes|gendarmerie|FBI|magistrates?)\b", re.I)
_PRISON_POPULATION_LEFT_RE = re.compile(
    rf"\b(?:prisons?|prison\s+system|jails?|penitentiar(?:y|ies))\s+(?:\w+\s+)?(?:hold|holds|held|house|houses|housed|had|has|have|"
    rf"contain|contains|contained)\s+{_QUAL_TAIL}$|\bprison\s+population\s+(?:of|is|was|stood\s+at|stands\s+at)\s+{_QUAL_TAIL}$", re.I)
_AT_LIBERTY_RE = re.compile(
    r"\s*,?\s*(?:who|that)\s+(?:are|were|was|is)\s+(?:already\s+)?(?:at\s+liberty|free|not\s+(?:in\s+(?:custody|prison|jail|detention)|detained|jailed|imprisoned))\b",
    re.I)


_RELATIVE_RELEASED_RE = re.compile(
    rf"\s*,\s*(?:who|whom)\s+(?:were|was|have\s+been|had\s+been|are)\s+(?:all\s+|also\s+|then\s+)?(?:{_RELEASE_VERBS})\b", re.I)
_COPULA_RE = re.compile(r"^\s*(?:are|were|include|included)\b", re.I)  # "The seven freed men are ..."
_THE_WHOLE_LEFT_RE = re.compile(r"(?:^|\b(?:the|all|all\s+the|all\s+of\s+the|both|both\s+the))\s*$", re.I)
# people arriving from their captivity: "landed with 2,519 soldiers from Soviet prison camps"
_FROM_CAPTIVITY_RE = re.compile(r"\s+(?:freed\s+|released\s+|back\s+)?from\s+(?:[\w'’-]+\s+){0,3}?(?:prisons?|jails?|camps?"
                                r"|captivity|detention|internment|penal\s+colon(?:y|ies))\b", re.I)
_ARRIVAL_RE = re.compile(r"\b(?:arrived|arrives|arriving|docked|docks|landed|lands|reached|came\s+home|returned|returns"
                         r"|disembarked|steamed\s+in(?:to)?|pulled\s+in(?:to)?)\b", re.I)
_RETURNEE_NOUNS = frozenset(["returnees", "repatriates"])  # the freed, by name of their homecoming
_FREED_MODIFIER_RE = re.compile(r"\b(?:freed|released|liberated|newly[\s\-]freed|newly[\s\-]released)\b", re.I)
# the subject's own verb, in the past, right after its noun phrase: "stepped off", "arrived", "spoke", "were greeted"
_SUBJECT_VERB_RE = re.compile(
    r"^\s*(?:(?:were|was|have|had|has)\s+(?:been\s+)?)?(?:also\s+|later\s+|then\s+|all\s+)?[a-z]+ed\b|"
    r"^\s*(?:were|was|have|had|has)\s+(?:been\s+)?(?:greeted|met|welcomed|taken|flown|brought|reunited|examined)\b|"
    r"^\s*(?:flew|came|went|spoke|told|said|left|met|got|took|hugged|wept|began)\b", re.I)


_REMAINING_LEFT_RE = re.compile(r"\b(?:the|all|all\s+the)\s+(?:other\s+)?remaining\s+$", re.I)
# ... when the clause waits for their freedom: "secure the release of the remaining 59 hostages",
# "the remaining 59 hostages are expected to be freed", "are yet to be released"
_RELEASE_OF_LEFT_RE = re.compile(r"\b(?:release|freedom|return)\s+of\s+(?:all\s+)?(?:the\s+)?(?:other\s+)?remaining\s+$", re.I)
_YET_TO_BE_FREED_RE = re.compile(
    r"^\s*(?:(?:are|were|remain)\s+(?:still\s+)?(?:expected|due|set|yet|hoped|likely|scheduled)\s+to"
    r"|(?:will|would|shall|are\s+to|were\s+to)(?:\s+(?:also|only|not|now))?)\s+be\s+"  # "will be freed next year"
    r"(?:freed|released|returned|handed\s+over)\b", re.I)
# ... or the captor only means to free them: "would release the remaining 19,000 in two further stages"
_FUTURE_RELEASE_LEFT_RE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:to|expected\s+to|due\s+to|set\s+to)|plans?\s+to|planned\s+to"
    r"|intends?\s+to|promised\s+to)\s+(?:\w+\s+)?(?:release|free|pardon|return)\s+(?:all\s+)?(?:the\s+)?(?:other\s+)?"
    r"remaining\s+$", re.I)


_PARTICIPLE_THEN_HELD_RE = re.compile(
    rf"\s+[a-z]+ed\s[^,;]{{0,60}}?\s(?:are|is|remain|remains|remained|were)\s+(?:still\s+)?(?:{_HELD_STATE})", re.I)
_WHEN_CLAUSE_RE = re.compile(r"\b(?:when|since|after|before)\b", re.I)
_OTHER_FIGURE_BETWEEN_RE = re.compile(
    r"\b(?:and|but|while)\s+(?:\w+\s+){0,3}?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens?|others?)\b", re.I)
# a whole is held only by a participle on its own noun: "33 of the 98 hostages still held in Gaza"
_WHOLE_HELD_PARTICIPLE_RE = re.compile(
    rf"^\s*(?:still\s+|currently\s+)?(?:held|detained|jailed|imprisoned|captive|in\s+(?:custody|captivity|detention|prison))\b", re.I)
_ONE_OF_LEFT_RE = re.compile(r"\b(?:only|last|sole)\s+one\s+of\s+(?:the\s+)?$|\bone\s+of\s+the\s+$", re.I)
# a group handing over its own members: a surrender to custody, not a release
_OWN_MEMBERS_HANDED_RE = re.compile(
    r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:members|fighters|militants|men)\s+to\s+(?:the\s+)?(?:police|authorities|prosecutors)",
    re.I)
_SWAP_FOR_LEFT_RE = re.compile(  # the verb, not the noun: "a humanitarian exchange of hostages for 500" is a demand
    rf"\b(?:swapp(?:ed|ing)|exchang(?:ed|ing)|trad(?:ed|ing))\b[^;:]{{1,100}}?\bfor\s+{_QUAL_TAIL}$", re.I)
_RECEIVED_IN_SWAP_LEFT_RE = re.compile(
    rf"\b(?:handed\s+over|released|freed|returned|sent\s+back|gave\s+up)\b[^;]{{1,80}}?\band\s+(?:in\s+return\s+)?"
    rf"(?:received|got\s+back|took\s+back|obtained)\s+{_QUAL_TAIL}$", re.I)
_LET_LEFT_RE = re.compile(rf"\blet(?:s|ting)?\s+{_QUAL_TAIL}$", re.I)
# "let 111 people go"; "let nine women and children leave the aircraft" (out of a siege, not out of a country)
_LET_GO_AFTER_RE = re.compile(
    r"(?:\s+and\s+(?:[a-z]+\s+){0,2}?[a-z]+)?\s+(?:go|free|out|walk\s+(?:free|out)|disembark|get\s+off|"
    + LEAVE_SIEGE_PLACE + r")\b", re.I)
# a release verb whose object list ends with the figure: "freed the supertanker Sirius Star and its 25 crew"
_COORD_RELEASE_LEFT_RE = re.compile(
    rf"\b(?:releas(?:e|es|ed|ing)|free(?:s|d|ing)?|set\s+free|pardon(?:s|ed|ing)?|handed\s+over|returned|exchanged|swapped)\s+"
    rf"(?:the|a|an|its|their)\s+(?:[\w'’\-]+\s+){{0,6}}?(?:and|as\s+well\s+as|along\s+with|together\s+with)\s+"
    rf"(?:its|their|his|her|the|all)?\s*{_QUAL_TAIL}$", re.I)
_COORD_HOLDS_LEFT_RE = re.compile(
    rf"\b(?:still\s+)?(?:holds?|holding|kept|keeping)\s+(?:[\w'’\-]+\s+){{1,6}}?and\s+{_QUAL_TAIL}$", re.I)
_STILL_IN_AFTER_RE = re.compile(
    rf"\s+(?:who\s+are\s+|that\s+are\s+)?still\s+(?:in\s+(?:the\s+)?(?-i:[A-Z])|{_HELD_STATE}|behind\s+bars)", re.I)
_RETAINED_LEFT_RE = re.compile(
    rf"\b(?:kept|keeps?|keeping|(?:still\s+)?holds?|holding|hung\s+on\s+to|held\s+on\s+to|held\s+back)\s+(?:back\s+|on\s+to\s+)?"
    rf"(?:the\s+)?(?:other|remaining|last)?\s*{_QUAL_TAIL}$", re.I)
_EXCLUDED_LEFT_RE = re.compile(rf"\b(?:amnesty|pardon|decree|release|deal|measure|agreement|accord|it)\s+(?:also\s+)?(?:excluded|excludes|exempted"
                               rf"|did\s+not\s+(?:cover|include|extend\s+to)|does\s+not\s+(?:cover|include|extend\s+to)"
                               rf"|didn['’]t\s+(?:cover|include)|doesn['’]t\s+(?:cover|include))"
                               rf"\s+{_QUAL_TAIL}$", re.I)
_EXCLUDED_RIGHT_RE = re.compile(r"[^,;.]{0,60}?\b(?:(?:were|are|was|is|have\s+been|had\s+been)\s+(?:also\s+)?"
                                r"(?:excluded|exempted|left\s+out)\s+from\s+(?:the\s+)?(?:amnesty|pardon|decree|release)"
                                # "would not qualify", "are not among those scheduled for release", "do not figure
                                # among the beneficiaries" (one aside may come first: "N prisoners at X, including ..., would
                                # not qualify")
                                r"|(?:would|will|did|do|does)\s+not\s+(?:qualify|benefit|figure\s+among)"
                                r"|(?:are|were)\s+not\s+(?:among\s+(?:those\s+(?:scheduled|due|set|expected|listed|to\s+be)"
                                r"|the\s+beneficiaries)|eligible))\b"  # (not "were not among those released": no figure)
                                r"|[^,;.]{0,60}?,[^;.]{1,120}?,\s*(?:would|will)\s+not\s+(?:qualify|benefit)\b", re.I)
_KEPT_LEFT_RE = re.compile(rf"\b(?:kept|keeps?|keeping)\s+(?:back\s+)?{_QUAL_TAIL}$", re.I)
_KEPT_BACK_LEFT_RE = re.compile(rf"\b(?:kept|keeps?|keeping|held|holds?|holding)\s+back\s+{_QUAL_TAIL}$", re.I)
# "the retreating rebels took 40 Europeans with them as hostages": carried off at the release, still held
_TOOK_LEFT_RE = re.compile(rf"\b(?:took|take|takes|taking|carried\s+off|led\s+away|dragged\s+away)\s+{_QUAL_TAIL}$", re.I)
_WITH_THEM_RE = re.compile(r"\s+(?:[\w'’\-]+\s+){0,2}?(?:along\s+)?with\s+(?:them|him|her)\b"
                           r"(?:\s+as\s+(?:hostages?|captives?|prisoners?)"
                           r"|\s+(?:into|to)\s+(?:the\s+)?(?:jungle|bush|forest|mountains|hills|desert))?"
                           r"(?!\s+(?:to|on|for|in)\b)", re.I)  # (not "with them to the rally")
_KEPT_STATE_RE = re.compile(r"\s+(?:captive|hostage|prisoner|in\s+(?:custody|captivity|detention|prison|jail))\b", re.I)


_RELATIVE_PRONOUN_RE = re.compile(r"\b(?:who|whom|whose|which|that)\b", re.I)


def _released_first(rest: str, start: int, end: int) -> bool:
    """A release verb of the subject's own before its move ("freed and flown to"), not one inside a relative
    clause about the group ("prisoners whom the government has committed to release landed at ...")."""
    rel = _RIGHT_RELEASE_RE.search(rest, start, end)
    # ("were not allowed to return home and were deported to Egypt": a denied homecoming is no release)
    return bool(rel) and not _RELATIVE_PRONOUN_RE.search(rest, start, rel.start()) \
        and not _NEGATION_RE.search(rest, start, rel.start())


_ASIDE_FIGURE_LEFT_RE = re.compile(
    r",\s*(?:numbering|totall?ing|perhaps|possibly|maybe|probably|reportedly)\s+(?:as\s+many\s+as\s+|more\s+than\s+|about\s+|some\s+)?$",
    re.I)
_ALONG_WITH_LEFT_RE = re.compile(rf"\b(?:along|together)\s+with\s+{_QUAL_TAIL}$", re.I)  # "freed along with 10 Israelis"
_HANDED_LEFT_RE = re.compile(rf"\bhand(?:s|ed|ing)\s+(?:back\s+|over\s+)?{_QUAL_TAIL}$", re.I)
_TO_RECIPIENT_RE = re.compile(r"\s+(?:over\s+|back\s+)?to\s+", re.I)
_CAPTURE_PARTICIPLE_RE = re.compile(r"\b(?:seized|kidnapp?ed|abducted|captured|snatched|hijacked|taken\s+hostage"
                                    r"|taken\s+captive)\b", re.I)
_CAPTURE_LEFT_RE = re.compile(rf"\b(?:seized|kidnapp?ed|abducted|captured|took|snatched)\s+{_QUAL_TAIL}$", re.I)
_RELEASED_THEM_RE = re.compile(
    rf"\b(?:have|has|had)?\s*(?:now\s+|finally\s+)?(?:{_RELEASE_VERBS})\s+(?:them|all\s+of\s+them|all)\b", re.I)
_IN_ALL_RE = re.compile(r"\s+(?:in\s+all|in\s+total|all\s+told|altogether)\b", re.I)


_KIN_NOUN_FULL_RE = re.compile(r"(?:(?:young|small|little|infant|baby|grown|adult)\s+)?"
                               r"(?:children|sons|daughters|kids|grandchildren|babies|boys|girls)", re.I)
_FAMILY_LIST_LEFT_RE = re.compile(
    r"\b(?:his|her|their)\s+(?:[\w'’\-]+\s+){0,2}?(?:wife|husband|partner|spouse|mother|father|fianc[ée]e?)\b"
    r"[^;:.]{0,30}?\s+and\s+(?:their\s+|her\s+|his\s+)?$", re.I)


# Guards _classify reads around a figure. "The release leaves 14 foreigners missing": those still held.
_RELEASE_LEAVES_RE = re.compile(r"\b(?:release|releases|freeing|swap|exchange|handover|amnesty|pardon|decree|deal)\s+"
                                r"(?:[\w'’-]+\s+){0,3}?(?:leaves|left|leaving|would\s+leave|will\s+leave)\s+" + _QUAL_TAIL
                                + r"(?:other\s+)?$", re.I)
_STILL_MISSING_RE = re.compile(r"\s+(?:still\s+)?(?:missing|unaccounted\s+for)\b", re.I)
# a gapped held clause: "..., and about 130 more in a detention camp at Mariental"
_MORE_HELD_IN_RE = re.compile(r"\s+(?:more|others?)\s+(?:still\s+)?(?:in|at|on)\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?"
                              r"(?:prisons?|jails?|detention|camps?|custody|captivity|cells?|penal\s+colon(?:y|ies))\b", re.I)
_AND_QUAL_END_RE = re.compile(r"\band\s+" + _QUAL_TAIL + "$", re.I)
_STILL_HELD_LEFT_RE = re.compile(r"\b(?:(?:are|were|is|was|remain|remained)\s+still|still\s+(?:held|detained|jailed|imprisoned)"
                                 r"|remain(?:s|ed)?\s+(?:held|detained|jailed|imprisoned|in\s+(?:prison|jail|custody|detention)))\b",
                                 re.I)
_EXILE_RETURN_RE = re.compile(r"\b(?:in\s+exile|exiled|abroad|overseas|in\s+the\s+diaspora)\b[^,;]*\breturn", re.I)
# "seized by six armed men and brought to X": the agents of a passive, not the people moved
_AGENT_BY_LEFT_RE = re.compile(r"\b(?:taken|seized|kidnapped|abducted|captured|held|snatched|attacked|stopped|ambushed)"
                               r"\s+by\s+(?:some\s+|about\s+|around\s+)?$", re.I)
# a crew taking its ship somewhere: "brought the ship to", "sailed the vessel to"
_CREW_MOVES_VESSEL_RE = re.compile(r"(?:brought|took|sailed|steered|piloted|navigated|drove)\s+(?:the|their|its)\s+"
                                   r"(?:\w+\s+)?(?:ship|vessel|boat|tanker|trawler|freighter|tug|dhow|yacht)\b", re.I)
_JAIL_WORDS = frozenset("prison prisons jail gaol penitentiary dungeon".split())
_JAIL_AFTER_RE = re.compile(r"\s+(?:" + "|".join(_JAIL_WORDS) + r")\b", re.I)
_WITH_LEFT_RE = re.compile(r"\bwith\s+$", re.I)  # "freed with 18 other clergymen": companions of someone named
_RETURNED_TO_COURT_RE = re.compile(r"[^,;]{0,8}?returned\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:tribunals?|courts?|judges?|trial)\b",
                                   re.I)
# a figure a correction withdraws: "CORRECTION: An article on Jan. 13 reported that about 1,000 ..."
_CORRECTED_FIGURE_RE = re.compile(
    r"\bCORRECTION\s*:|\b(?:an?|the|this|our)\s+(?:earlier\s+|previous\s+)?(?:article|report|story)\s+(?:on|of|published"
    r"\s+on|dated)\s+[^,;.]{1,25}?\b(?:reported|said|stated|misstated)\s+(?:that\s+)?", re.I)
# a running total whose last instance lies in a past year: "..., the most recent in 2004"
_MOST_RECENT_IN_RE = re.compile(r"[^;.]{0,80}?,\s*the\s+most\s+recent\s+in\s+(?:19|20)\d\d\b", re.I)
# held as suspects of a kidnapping: their release is no release of its captives
_HELD_OVER_CRIME_RE = re.compile(
    r"[^.;:]{0,40}?\b(?:detained|arrested|held|questioned|picked\s+up)\b[^.;:]{0,60}?\b(?:in\s+connection\s+with|over"
    r"|for\s+(?:(?:their|his|her)\s+)?(?:(?:alleged|supposed|suspected|presumed)\s+)?(?:links?|relations?|ties|involvement"
    r"|role|part|complicity)\s+(?:with|in|to))\s+(?:the|this|that|his|her|their)\s+(?:[\w-]+\s+)?(?:kidnapp?ing|abduction"
    r"|hijacking|hostage-taking)s?\b", re.I)  # (not "held over the murders": charges political prisoners may face)
# moved to be tried: suspects in custody, not captives set free
_TO_BE_TRIED_RE = re.compile(r"[^,;:.!?]{0,30}?\b(?:to\s+be\s+(?:judged|tried|prosecuted|charged|questioned|interrogated"
                             r"|sentenced|arraigned)|to\s+(?:face|stand)\s+(?:trial|charges|justice|a\s+court))\b", re.I)
# a second predicate after a comma: ", then transported to Djibouti", ", and later flown to Rome"
_THEN_MOVED_ON_RE = re.compile(
    rf"\s*,\s*(?:and\s+)?(?:then|later|subsequently|afterwards)\s+(?:(?:were|was)\s+)?(?:{_TRANSFER_VERBS})\b[^,;:.!?]*")
# not head-counts: a manner ("released one at a time", "a one-for-one swap"), and a person introduced by "One"
_MANNER_AFTER_RE = re.compile(r"\s*(?:at\s+a\s+time|by\s+(?:one|two|three)\b)|-for-one\b", re.I)
_ONE_NAMED_RE = re.compile(r"(?<=^One)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s*,\s*(?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’.-]*\s*,")


def _names_a_jail(text: str, m: re.Match) -> bool:
    """Whether the place `m` matched in `text` is a prison ("Nusakambangan Prison", "Evin prison"): a move there is
    from one cell to another."""
    return m.group("place").rsplit(None, 1)[-1].lower() in _JAIL_WORDS or bool(_JAIL_AFTER_RE.match(text, m.end("place")))


def _classify(sentence: str, q: Quantity, transfer_seen: bool, heads: dict | None = None,
              places: "_Places | None" = None) -> tuple[str, str | None] | None:
    """(metric, destination) for a quantity, or None if it is not a count of people."""
    if _MANNER_AFTER_RE.match(sentence, q.end):
        return None  # "released one at a time", "a one-for-one swap": a manner, not a head-count
    if ("eport" in sentence or "ORRECTION" in sentence) and _CORRECTED_FIGURE_RE.search(sentence, 0, q.start):
        return None  # "CORRECTION: An article on Jan. 13 reported that about 1,000 ...": the figure a correction withdraws
    if "most recent" in sentence and _MOST_RECENT_IN_RE.match(sentence, q.end):
        return None  # "Some 1,700 have been flown to Havana under that agreement, the most recent in 2004": years past
    if q.value == 1 and _ONE_NAMED_RE.match(sentence, q.end):
        return None  # "One freed passenger, Abdul Karimi, said ...": a person introduced, not a count
    lo, hi = _clause_bounds(sentence, q.start, q.end, commas=True)
    wlo, whi = _clause_bounds(sentence, q.start, q.end, commas=False)
    left = sentence[lo:q.start]
    wide_left = sentence[wlo:q.start]
    right = sentence[q.end:hi]
    wide_right = sentence[q.end:whi]
    head = _head(sentence, q, heads) or _OWN_PARTITIVE_RE.match(sentence, q.end)
    noun = head.group("noun") if head else None
    head_end = head.end() if head else q.end
    if head:  # "137 pupils and staff kidnapped from a school": one group, one verb
        more = _AND_NOUN_RE.match(sentence, head_end)
        head_end = more.end() if more else head_end
    part = None if head else _PARTITIVE_RE.match(sentence, q.end)
    if part:  # "Eight of the freed prisoners were flown to Germany": the verb follows the partitive
        head_end = part.end()
    rest = sentence[head_end:hi]  # what follows the noun phrase: usually its verb
    # the figure's own subject may run on past asides; a figure inside an aside ("among them 14") has none
    def own_subject() -> bool:
        return bool(noun) and not _SUBSET_LEFT_RE.search(left) and not _ANY_VERB_RE.search(left) \
            and not _FINITE_RE.search(left)

    if not rest.strip():
        rest = _after_aside(sentence, hi) or _after_comma_aside(sentence, hi) or (
            _predicate_past_asides(sentence, hi) if own_subject() else None) or rest
    elif sentence[hi:hi + 2].lstrip()[:1] in (",", "(") and not _FINITE_RE.search(rest):
        # "Six leaders of the movement, the group that led the 2017 protests, remain imprisoned"
        aside = _after_comma_aside(sentence, hi)
        if aside:
            rest = rest + " " + aside.lstrip()
        elif own_subject():
            aside = _predicate_past_asides(sentence, hi)
            rest = " " + aside.lstrip() if aside else rest  # the subject's own verb, past its asides
    elif sentence[hi:hi + 3].lstrip()[:1] in ("(", "-", "—", "–") and not _FINITE_RE.search(rest):
        # "15 hostages held by the Revolutionary Armed Forces (FARC) were freed": the verb is past the aside
        aside = _after_aside(sentence, hi)
        if aside:
            rest = rest + " " + aside.lstrip()
    if noun and "," in sentence[head_end:hi + 2] and (named := _NAMED_LIST_AFTER_RE.match(sentence, head_end)):
        # "The three co-defendants A, B and C remain in custody": the noun's names, then its verb
        stop = _CLAUSE_STOP_RE.search(sentence, named.end())
        rest = sentence[named.end():stop.start() if stop else len(sentence)]
    if noun and (then := _THEN_MOVED_ON_RE.match(sentence, hi)):
        # "were embarked on the frigate, then transported to Djibouti": the subject's second predicate
        rest = rest + " " + then.group(0).lstrip(" ,")
    captive = bool(noun and _CAPTIVE_NOUN_FULL_RE.fullmatch(noun))
    holdable = bool(noun and (_HOLDABLE_NOUN_FULL_RE.fullmatch(noun) or (
        _DEMONYM_FULL_RE.fullmatch(noun) and not _PEOPLE_NOUN_FULL_RE.fullmatch(noun))))
    extradition = "xtradit" in sentence or "XTRADIT" in sentence  # an extradition hands suspects into custody
    left_release = _LEFT_RELEASE_RE.search(left) or (
        "with" in left and not _WHEN_CLAUSE_RE.search(wide_left) and _ALONG_WITH_LEFT_RE.search(left)
        and _RIGHT_RELEASE_RE.search(left)) or (
        not extradition and _HANDED_LEFT_RE.search(left)
        and _TO_RECIPIENT_RE.match(sentence, head_end)) or (
        _BACK_HOME_RE.match(sentence, head_end) and _SPLIT_PARTICLE_LEFT_RE.search(left)) or (  # "brought 207 ... home"
        _LET_GO_AFTER_RE.match(sentence, head_end) and _LET_LEFT_RE.search(left)) or (  # "let 111 people go"
        noun and " and " in left and _COORD_RELEASE_LEFT_RE.search(left)) or (  # "freed the tanker and its 25 crew"
        noun and _OTHER_RIGHT_RE.match(sentence, q.end) and _NAMES_AND_LEFT_RE.search(wide_left))

    tally = _tally(sentence, q, left)
    if tally:
        return tally
    if noun and " and " in left[-12:] and _KIN_NOUN_FULL_RE.fullmatch(noun) and _FAMILY_LIST_LEFT_RE.search(left):
        return None  # "A Canadian man, his American wife and three children ... are free": part of a family
    if (not noun or noun.lower() in ("others", "other")) and _RETAINED_LEFT_RE.search(left) \
            and _RIGHT_RELEASE_RE.search(sentence, 0, q.start):
        return "held", None  # "free six hostages, keep three", "released four but kept the other three"
    in_all = _IN_ALL_RE.match(sentence, q.end) if " all" in sentence or "total" in sentence else None
    if in_all and (_RIGHT_RELEASE_RE.search(wide_left) or _RIGHT_RELEASE_RE.match(
            (_predicate_past_asides(sentence, in_all.end()) or "").lstrip())):
        return "released", None  # "released the remaining captives, 11 in all, on Saturday"
    if sentence.startswith(",", q.end) and _ASIDE_FIGURE_LEFT_RE.search(sentence, max(0, q.start - 40), q.start):
        # "The prisoners, numbering 56, were handed to Jordanian officials", "Dozens more, perhaps as many as 60,
        # are still being held": a figure in an aside takes the predicate after it
        predicate = (_predicate_past_asides(sentence, q.end) or "").lstrip()
        if _HELD_RIGHT_RE.match(" " + predicate) and _PRESENT_HELD_RE.match(predicate):
            return "held", None
        rel = _RIGHT_RELEASE_RE.search(predicate)
        if rel and not _NEGATION_RE.search(predicate, 0, rel.start()):
            return "released", None
    if noun and " for" in left and _SWAP_FOR_LEFT_RE.search(left):
        return "exchanged", None  # "traded four convicted spies for 23 people held in Poland"
    if "receive" in left and _RECEIVED_IN_SWAP_LEFT_RE.search(left):
        return "exchanged", None  # "Georgia handed over five Russian servicemen and received 15 Georgian citizens"
    if (_EXCLUDE_LEFT_RE.search(left) and not _HOLDS_LEFT_RE.search(left)) or _DEAD_LEFT_RE.search(left):
        if noun and _CAPTURE_LEFT_RE.search(left) and _RELEASED_THEM_RE.search(sentence, head_end):
            return "released", None  # "Gunmen who seized 27 students last week have released them"
        return None  # (a captor that "still detains 280 critics" holds them; "detained 40 protesters" is an arrest)
    if "rison" in left and _PRISON_POPULATION_LEFT_RE.search(left):
        return None  # "Thailand's prisons held some 270,000 inmates": a prison population, not the story's captives
    if (("ail" in sentence or "bond" in sentence or "recogni" in sentence)
            and (_ON_BAIL_RE.search(sentence, q.end, min(len(sentence), q.end + 120))
                 or _ON_BAIL_AFTER_RE.match(sentence, head_end))) \
            or ("not to leave" in sentence and _PLEDGE_NOT_TO_LEAVE_RE.search(sentence, q.end)):
        return None  # "14 fishermen were released on bail": still facing charges, not freed
    if " of " in sentence[q.end:q.end + 6] and _OWN_MEMBERS_HANDED_RE.match(sentence, q.end):
        return None  # "The cartel hands over five of its members to police"
    if ("over" in sentence or "with" in sentence or "for" in sentence) and _HELD_OVER_CRIME_RE.match(sentence, head_end):
        return None  # "Three persons detained for their supposed relation with the kidnapping were set at liberty": suspects
    if ("who" in sentence or "that" in sentence) and _AT_LIBERTY_RE.match(sentence, head_end):
        return None  # "The 198 others, who are at liberty, are pardoned": nobody left custody
    if ("anded" in sentence or "urned" in sentence) and _TO_PROSECUTORS_RE.search(sentence, head_end, min(len(sentence), head_end + 80)):
        return None  # "The five men were handed over to the prosecutor's office": suspects going into custody
    if left_release and _NEGATION_BEFORE_RE.search(left, max(0, left_release.start() - 30), left_release.start()):
        return None  # "did not release 30 of those on the list", "refused to free 20 soldiers"
    if _RATE_AFTER_RE.match(sentence, head_end):
        return None  # "30 prisoners for each hostage": a ratio, not a head-count
    rate = _RATE_OPENER_RE.match(sentence)
    if rate and q.start >= rate.end():
        return None  # "For each civilian hostage, Israel freed 30 prisoners"
    if noun and _DEAD_MOD_RE.search(sentence[q.end:head_end]):
        return None  # "28 deceased hostages": remains, not people to free or hold
    # "95 for 95", "a 1,000-for-1,000 exchange"
    if _N_FOR_N_RE.match(sentence, q.end) and (noun or _EXCHANGE_ANY_RE.search(sentence)):
        return "exchanged", None

    # "Seven of the 12 crew members have been freed": 12 is the whole group, which may be held but was not moved or freed
    # -- unless a participle right after it frees the whole: "two of the nine Iranians freed by the US"
    # (a finite exit right after the whole is the part's own verb: "Eight of the 43 hostages walked free")
    whole = (" of " in left[-24:] and _PART_OF_WHOLE_LEFT_RE.search(left, max(0, len(left) - 40))
             and not (_RIGHT_RELEASE_RE.match(rest.lstrip()) and not _FINITE_EXIT_RE.match(rest.lstrip())))

    # Transfers: "Ukraine received 114", "114 were taken to Ukraine", "and nine to Lithuania".
    m = None if whole or _BACK_HOME_RE.match(sentence, head_end) else _TRANSFER_LEFT_RE.search(wide_left)
    if m and (noun or not right.strip() or _AFTER_RECEIVED_RE.match(right)):  # (not "Israel got 3 hostages back")
        dest = _destination(m.group("place"))
        if dest and _country_part(dest) and (country_of(_country_part(dest)) or city_country(_country_part(dest))):
            # (a receiver must be a known place: "Foreign Minister Farouk al-Sharaa received the two men" is a host)
            return "transferred", dest
    m = _WITH_TO_LEFT_RE.search(left, max(0, len(left) - 60)) if noun and not whole and " with " in left[-40:] else None
    if m and (_FREED_MODIFIER_RE.search(sentence, q.end, min(len(sentence), head_end + 25))
              or captive):
        dest = _destination(m.group("place"))
        if dest:
            return "transferred", dest
    if (noun or _THE_BARE_LEFT_RE.search(left)) and not whole and (
            _SEND_LEFT_RE.search(left, max(0, len(left) - 60))  # "deported 135 prisoners to Guatemala"
            # an extradition's handover is into the other state's custody: "hands three suspects to Spain"
            or (extradition and _HANDED_LEFT_RE.search(left))):
        held_by = _CONTACT_HELD_RE.match(sentence, head_end)  # "flew the two prisoners it held to Tunis"
        # (past the head's complement: "handed over three members of the group to Spanish police")
        held_by = held_by or _OF_COMPLEMENT_RE.match(sentence, head_end)
        m = _TO_PLACE_RE.match(sentence, held_by.end() if held_by else head_end, hi)
        dest = _destination(m.group("place")) if m else None
        if dest and _names_a_jail(sentence, m):
            return None  # "transferred 50 prisoners to Evin prison": from one cell to another
        if dest and _TRANSFER_OF_END_RE.search(left) and not _TO_WORD_RE.search(m.group(0)):
            dest = None  # "the release and transfer of eight detainees in Yemen and Saudi Arabia": where, not whither
        if dest:
            return "transferred", dest
        if _INTO_EXILE_RE.match(sentence, head_end) and (captive or _JAILED_MOD_RE.search(sentence, q.end, head_end)):
            return "released", None  # "sent five more jailed separatists into exile": out of prison, whither untold
    if (noun or _BARE_SUBJECT_VERB_RE.match(right) or (_BARE_WHO_RE.match(right) and _BARE_LEFT_OK_RE.search(left))) \
            and not left_release and not whole:
        # "295 of those released on Tuesday were bussed into Gaza": the participle belongs to the subject;
        # "and 40 who were barred from returning were taken to Egypt": a bare figure with its relative clause
        back = _CAPTIVE_RETURN_RE.match(rest) if noun else None
        if back and not (back.group("part").lower() in ("pardoned", "freed", "released") and back.group("place")
                         and country_of(back.group("place"))
                         and country_of(back.group("place")) != _demonym_country(sentence[q.end:head_end])):
            # (freed people landing in a named third country are moved there: "released by Iran arrived in Qatar")
            return "released", None
        inside = _NOW_IN_COUNTRY_RE.match(rest) if noun and (" in " in rest or " territory " in rest) else None
        if inside and not _HELD_STATE_RE.search(sentence, head_end):
            home, where = _demonym_country(sentence[q.end:head_end]), country_of(inside.group("place") or inside.group("place2"))
            if where and (where != home if home else inside.group("place") and _EXCHANGE_ANY_RE.search(sentence)):
                return "transferred", where  # (a swapped group "on the territory of" a country waits there)
        if noun and _CROSS_BORDER_RE.match(rest):
            home = _demonym_country(sentence[q.end:head_end])
            if home:
                return "transferred", home  # "198 Indian fishermen walked across the Wagah border": home to India
        verb_from = _REDUCED_RELATIVE_RE.match(rest)
        verb_from = verb_from.end() if verb_from else 0
        if _WITH_LEFT_RE.search(left) and _OTHERS_AFTER_RE.match(sentence, q.end):
            return None  # "X was freed with 18 other clergymen, then flown to Rome": the move is the whole group's
        for m in () if _AGENT_BY_LEFT_RE.search(left) else _TRANSFER_RIGHT_RE.finditer(rest, verb_from):
            if _LEFT_BEHIND_RE.match(rest, m.start()) or _released_first(rest, verb_from, m.start()):
                break  # "82 hostages left in Gaza" are still there; "freed and flown to": the release comes first
            if _OTHER_PREDICATE_RE.search(rest, verb_from, m.start()):
                break  # "people signed a message to be sent to Soweto": the people are not what is sent
            if _OTHER_FIGURE_BETWEEN_RE.search(rest, verb_from, m.start("place")):
                break  # "250 of them went home and 50 were taken to Qatar": the move is the 50's
            if _ARRESTED_THEN_RE.search(rest, verb_from, m.start()):
                break  # "600 persons had been arrested and transferred to Koro Toro": taken into custody
            if _CREW_MOVES_VESSEL_RE.search(rest, m.start(), m.end()):
                break  # "the three crew left aboard brought the ship to Port X": the ship is what moved
            if _ASKED_TO_BE_RE.search(rest, max(0, m.start() - 30), m.start()):
                continue  # "asked to be taken to Serbia ... and were driven to Belgrade": the request is not the move
            if _INSTITUTION_AFTER_RE.match(rest, m.end("place")) and not country_of(m.group("place")):
                continue  # "taken by helicopter to the Royal Marines base at Chivenor": a body's name, not the place
            if _CROSSING_AFTER_RE.match(rest, m.end("place")) or m.group("place").rsplit(None, 1)[-1] in _CROSSING_WORDS:
                continue  # "driven to the Kuneitra crossing": a border post names no country
            if _AIRPORT_AFTER_RE.match(rest, m.end("place")) and _TRANSFER_RIGHT_RE.search(rest, m.end()):
                continue  # "brought to Munich-Riem airport and flown to Zagreb": the airport is where the flight starts
            if _AIRPORT_AFTER_RE.match(rest, m.end("place")) and not country_of(
                    _country_part(_destination(m.group("place"))) or ""):
                continue  # "taken to the Galeão airport": an airport of no known country names no destination
            if m.group(0)[:4].lower() == "hand" and _RECEIVER_AFTER_RE.match(rest, m.end("place")) \
                    and not country_of(m.group("place")):
                return "released", None  # "handed over to the Nakkheeran editor X": a go-between, not a place
            if _names_a_jail(rest, m):
                return None  # "all 155 inmates were moved to Nusakambangan Prison": from one cell to another
            if _TO_BE_TRIED_RE.match(rest, m.end("place")):
                return None  # "The six suspects must be transferred to France to be judged there": into custody
            if _SIDE_AFTER_RE.match(rest, m.end("place")):
                return "exchanged", None  # "44 persons were transferred to the Armenian side": one side of a swap
            dest = _destination(m.group("place"))
            inside = _IN_COUNTRY_RE.match(rest, m.end("place")) if dest and "," not in dest else None
            if inside and (country_of(inside.group(1)) or city_country(inside.group(1))):
                # "flown by helicopter to Camp Lemonnier in Djibouti": the base, then the country it is in
                dest = _destination(inside.group(1))
                dest = f"{m.group('place')}, {dest}" if dest else m.group("place")
            if dest and places and m.group(0)[:4].lower() == "hand" and is_demonym(m.group("place").split()[0]) \
                    and (places.main_country() == dest or places.hostage_story()):
                # "handed over to Malian authorities" in a story set in Mali, or hostages handed over by their
                # kidnappers to a state: out of captivity, not moved across a border
                return "released", None
            if dest:  # not a mediator: "handed to the Red Cross and taken to Egypt" goes on to the next verb
                at = sentence.find(rest)  # the list may run past the clause's commas
                more = _MORE_PLACES_RE.match(sentence, at + m.end("place")) if at >= 0 and country_of(dest) else None
                if more and all(country_of(w) for w in _PLACE_WORD_RE.findall(more.group(0))):
                    dest = sentence[at + m.start("place"):more.end()]  # "Turkey, Syria and Qatar"
                return "transferred", dest
        else:
            m = _ARRIVED_AT_RE.search(rest, verb_from)
            if m and not _released_first(rest, verb_from, m.start()):
                dest = _airport_destination(m, places)
                if dest:
                    return "transferred", dest  # "a plane carrying 35 freed Ukrainians landed at Boryspil airport"
    if transfer_seen and _AND_END_RE.search(wide_left):
        m = _ELIDED_TRANSFER_RE.match(sentence, q.end)
        if m and _SIDE_AFTER_RE.match(sentence, m.end("place")):
            return "exchanged", None  # "..., 12 persons to the Azerbaijani side"
        if m:
            dest = _destination(m.group("place"))
            if dest:
                return "transferred", dest
    if transfer_seen:  # "Germany received three, while Slovenia took two": the same verb, a new country
        m = _ELIDED_TOOK_RE.search(wide_left)
        if m and country_of(m.group("place")):
            return "transferred", m.group("place")

    if captive and _REMAINING_LEFT_RE.search(left) and (_FUTURE_RELEASE_LEFT_RE.search(left) or (
            not _LEFT_RELEASE_RE.search(left) and (_RELEASE_OF_LEFT_RE.search(left) or _YET_TO_BE_FREED_RE.match(rest)))):
        return "held", None  # "to secure the release of the remaining 59 hostages": 59 are still held
    if (tally := _NUMBER_OF_HELD_RE.search(wide_left)) and not _RIGHT_RELEASE_RE.search(wide_left, tally.start()):
        return "held", None  # (not "the number of prisoners released stands at"; "His release reduces the number")
    if noun and _AS_PRISONERS_RE.match(sentence, head_end) and _HELD_LEFT_RE.search(left) \
            and not _NEW_RE.match(sentence, q.end, q.end + 6):
        return "held", None  # "Viasna recognises 1,177 people as political prisoners"
    if noun and _ARE_PRISONERS_RE.match(sentence, head_end) and not _LEFT_RELEASE_RE.search(left):
        return "held", None  # "More than 400 people are political prisoners in Venezuela"
    fronted = _FRONTED_PARTITIVE_RE.match(wide_left)
    if fronted and not _FREED_MODIFIER_RE.search(fronted.group(0)) and _PART_FREED_RE.match(rest) \
            and not _NEGATION_RE.search(rest[:30]):
        return "released", None  # "52 were in jail when the law was signed. Of these, 17 were released in the first weeks"
    if _SUBSET_LEFT_RE.search(left) or (fronted and not _STILL_HELD_RIGHT_RE.match(rest)):
        return None  # ... but "Of the 381 summoned, only 56 were still being held" is the figure still held
    if _SUBSET_RIGHT_RE.match(sentence, q.end):
        if (left_release or _LEFT_RELEASE_NOUN_RE.search(left)) and not _EXCHANGE_ANY_RE.search(left[-30:]):
            # "Hamas released 3 of the 98 hostages", "ordered the release of 31 of those detained": the freed part
            return "released", None
        if _HOLDS_LEFT_RE.search(left) and not _NEGATION_BEFORE_RE.search(left) \
                and _PEOPLE_PARTITIVE_RE.match(sentence, q.end):
            # "still holds four of the seven diplomats": the part still held (not "300 of the 500 seats", nor
            # "21 of the remaining prisoners", a subset of a group already told as held)
            return "held", None
        # (the head itself may be the partitive: "12 of the girls", "two of Turkey's best-known journalists")
        own_partitive = head is not None and head.re is _OWN_PARTITIVE_RE
        part_end = part.end() if part else (head.end() if noun and (noun.lower().startswith("of ") or own_partitive)
                                            else None)
        if part_end is not None and (_PART_RELEASED_RE.match(sentence, part_end)
                                     or _PARTICIPLE_SUBJECT_RELEASE_RE.match(sentence[part_end:whi])
                                     or (" and " in sentence[part_end:whi]
                                         and _SECOND_PREDICATE_RELEASE_RE.match(sentence[part_end:whi]))):
            return "released", None  # "Eight of them walked free", "82 of the girls kidnapped in 2014 were freed"
        if part_end is not None and _PART_NOT_FREED_RE.match(sentence, part_end):
            return "held", None  # "36 of the 80 announced have not been released"
        if part_end is not None:
            hm = (_PART_HELD_RE.match(sentence, part_end) or _PARTICIPLE_THEN_HELD_RE.match(sentence, part_end)) \
                and _HELD_RIGHT_RE.match(sentence[part_end:hi])  # "20 of the 200 arrested in March are still held"
            if hm and _PRESENT_HELD_RE.search(hm.group(0)) and not _RIGHT_RELEASE_RE.search(sentence, part_end, hi) \
                    and _HELD_STATE_RE.search(sentence, part_end, min(hi, part_end + hm.end() + 30)):
                return "held", None  # "113 of the girls are still held": the part still in captivity
        return None
    if _APPOSITIVE_LEFT_RE.search(sentence, 0, q.start) and not left_release \
            and not _FRONTED_PHRASE_RE.search(sentence[: q.start]):
        close = sentence.find(",", head_end)
        if noun and " and " in sentence[max(0, q.start - 60):q.start] and close > 0 \
                and _HELD_RIGHT_RE.match(tail := sentence[close + 1:hi if hi > close else len(sentence)]) \
                and _HELD_STATE_RE.search(tail) and not _RIGHT_RELEASE_RE.search(sentence, q.start, close):
            return "held", None  # "A and B, two other Americans arrested in May, remain in Evin": the pair is held
        return None  # "Maria and Viktar, two opposition leaders freed ..." describes named people
    if (not noun or noun.lower() in ("more", "other", "others")) and _MORE_HELD_IN_RE.match(sentence, q.end) \
            and _AND_QUAL_END_RE.search(left) and _STILL_HELD_LEFT_RE.search(sentence, 0, q.start):
        return "held", None  # "50 were still held in prisons, and about 130 more in a detention camp"
    if not noun and _FREED_ARE_N_LEFT_RE.search(left) and not _NEGATION_RE.search(left):
        return "released", None  # "So the hostages freed in the operation are four: three Italians and one Pole"
    bare_ok = not noun and _bare_count_ok(sentence, q, left, right)
    if not noun and not bare_ok:
        return None
    if noun and _NEW_RE.match(sentence, q.end, q.end + 6):
        return None  # "150 new individuals" are newly designated, not freed
    if noun and _FREED_THEN_REARRESTED_RE.match(sentence, head_end):
        return None  # "Three detainees freed after the ruling re-arrested": back in custody, not freed
    if noun and _POSSESSIVE_RE.match(sentence[head_end:head_end + 2]):
        return None  # "the 2 French nationals' belongings": possessive, not a head-count

    # Held: "there were 1,227 political prisoners", "1,222 ... were being held", "Hamas still holds 59".
    if noun and (_HOLDS_LEFT_RE.search(left) or (" and " in left and _COORD_HOLDS_LEFT_RE.search(left))):
        return "held", None  # a captor holding any group of people: "is holding 30 migrants", "13 ships and 240 crew"
    if captive and not whole and _STILL_IN_AFTER_RE.match(sentence, head_end) and not left_release:
        return "held", None  # "The 13 inmates still in the Maze are not eligible", "the 59 hostages still in Gaza"
    if noun and _KEPT_BACK_LEFT_RE.search(left):
        return "held", None  # "the government had kept back 24 Serbs it accuses of war crimes"
    if (captive or noun) and (_EXCLUDED_RIGHT_RE.match(sentence, head_end) or _EXCLUDED_LEFT_RE.search(left)):
        return "held", None  # "The amnesty excluded 18 prisoners convicted of arson": left in prison
    if noun and _KEPT_LEFT_RE.search(left) and (
            _KEPT_STATE_RE.match(sentence, head_end) or _RIGHT_RELEASE_RE.search(sentence, 0, q.start)):
        return "held", None  # "kept 140 people captive", "freed 225 hostages but kept 140 others"
    if noun and "with" in rest and _TOOK_LEFT_RE.search(left) and _WITH_THEM_RE.match(sentence, head_end) \
            and not _YEAR_NUM_RE.search(sentence, 0, q.start):
        # "the retreating rebels took 40 Europeans with them (as hostages)" -- held now, unless the sentence dates
        # the taking ("In July 1970 the band took two engineers with them"): then a past capture
        return "held", None
    if noun and ", who" in sentence and _WHO_REMAIN_HELD_RE.match(sentence, head_end, min(len(sentence), head_end + 160)):
        return "held", None  # "around 300 members convicted of murder, who remain in prison"
    if noun and _THERE_ARE_RE.search(left) and _HELD_STATE_RE.match(rest.lstrip()):
        return "held", None  # "There are still 64 journalists held hostage worldwide"
    if noun and _CENSUS_HOLD_LEFT_RE.search(left) and _CENSUS_RE.search(sentence) \
            and (captive or _HELD_STATE_RE.match(sentence[head_end:].lstrip(" "))):
        return "held", None  # a tally's date makes a past "held" the count then: "held 73 journalists in jail as of 1 May"
    if noun and (_STILL_REMAIN_IN_LEFT_RE.search(left) or _PLACE_THEN_REMAIN_LEFT_RE.search(left)):
        return "held", None  # "Still remain in the hands of the kidnappers at least two Italians" (inverted)
    if (captive or bare_ok or holdable or noun) and not (whole and (
            _ONE_OF_LEFT_RE.search(left) or not _WHOLE_HELD_PARTICIPLE_RE.match(rest))):
        # (a whole can be held, "33 of the 98 hostages still held"; not by the part's state in "the only one of
        # the 21 captives still in the hands of the rebels")
        if (captive or bare_ok) and not left_release and _HELD_LEFT_RE.search(left):
            return "held", None
        if holdable and not left_release and _HAS_LEFT_RE.search(left) \
                and _PLACE_STATE_RE.match(sentence, head_end):
            return "held", None  # "Alabama still has nearly 200 people on death row": the state right after the noun
        if noun and not left_release and _TALLIED_LEFT_RE.search(left) and _TALLIED_HELD_RE.match(rest):
            return "held", None  # "recorded at least 37 people imprisoned for political activities as of 30 April"
        if noun and not left_release and _STILL_HOLD_LEFT_RE.search(left):
            return "held", None  # "China still held more than 1,500 Vietnamese": any people the captor still holds
        hm = _HELD_RIGHT_RE.search(rest)
        if hm and not (captive or bare_ok or holdable) and not (
                _HELD_STATE_RE.search(rest, 0, hm.end() + 30) and (
                    _PRESENT_HELD_RE.search(hm.group(0)) or _CENSUS_RE.search(sentence))):
            hm = None  # any group of people can be in jail now; only captives simply "remain"
            # (a census may use the past: "at least 37 journalists were behind bars as of 1 December")
        if hm and not captive and not bare_ok and _PAST_ARREST_RE.search(hm.group(0)) \
                and not _PRESENT_HELD_RE.search(hm.group(0)):
            hm = None  # "2,000 people were detained after the vote": arrests, not a count of those held now
        if hm and _DATED_ARREST_RE.search(hm.group(0)) and _ARREST_DATE_AFTER_RE.match(rest, hm.end()):
            hm = None  # "The 15 were detained on 23 March after ...": the day they were taken, not a state now
        if hm and "being" in hm.group(0) and _GERUND_BEING_END_RE.search(hm.group(0)):
            hm = None  # "walked out of court on bail after being detained overnight": a past step, not a state
        if hm and _PAST_HELD_RE.search(hm.group(0)) and _PAST_STRETCH_RE.match(rest, hm.end()):
            hm = None  # "The five were held for more than 25 years": a stretch that is over
        if not hm and _REMAIN_IN_NAME_RE.match(rest) and _CAPTIVITY_WORD_RE.search(sentence):
            hm = _REMAIN_IN_NAME_RE.match(rest)  # "Ten leaders sentenced to life ... remain in Kondengui"
        if hm and ((_NOT_HELD_STATE_RE.match(rest, hm.end()) and not _HELD_STATE_RE.search(hm.group(0)))
                   or (_BEFORE_COURT_RE.match(rest, hm.end()) and not _HELD_STATE_RE.search(hm.group(0)))):
            hm = None  # "5,000 people remain missing", "two remain in hospital", "300 are still facing trial"
        if hm and _OTHER_FIGURE_BETWEEN_RE.search(rest, 0, hm.end()):
            hm = None  # "the release of 11 crew members and said four others remain captive": the four's state
        if hm and left_release and (_REDUCED_HELD_RELATIVE_RE.match(rest) or _STILL_IN_AFTER_RE.match(rest)):
            hm = None  # "released the 404 prisoners it still held": held until this release
        if hm and _HELD_RELATIVE_THEN_FREED_RE.match(rest):
            return "released", None  # "the 263 hostages who still remained inside were released": held until now
        if hm and not left_release and _STILL_HELD_RELATIVE_RE.match(rest):
            if _LEFT_RELEASE_NOUN_RE.search(left):
                hm = None  # "ordered the release of two co-defendants who were still in custody": held until now
            else:
                return "held", None  # "documented at least 180 people who were still held": still, not formerly
        if hm and not _RELATIVE_HELD_RE.match(rest.lstrip()):
            rel = _RIGHT_RELEASE_RE.search(rest)
            if not rel or rel.start() > hm.end() or _NEGATION_RE.search(rest, 0, rel.start()):
                if "all" in sentence and _ALL_THEM_FREED_RE.search(sentence, q.end):
                    # "146 hostages were still inside when the commandos went in, and all of them were freed"
                    return "released", None
                return "held", None  # ... "were not included in the amnesty and remain in prison" too

    if whole:
        return None
    rel = _RIGHT_RELEASE_RE.search(rest) if not left_release else None
    if rel and _NEGATION_RE.search(rest, 0, rel.start()):
        if (noun or _OTHER_REST_LEFT_RE.search(left)) and _PART_NOT_FREED_RE.match(rest):
            return "held", None  # "at least three of its sympathisers had not been released by this evening"
        return None  # "Twelve prisoners were not among those released"
    if rel and rel.group(0).endswith("over") \
            and _HANDOVER_INTO_CUSTODY_RE.match(sentence, max(0, sentence.find(rel.group(0), q.end))):
        return "held", None  # "will be turned over to a neutral commission, and will stay in custody"
    left_release = left_release or _LEFT_RELEASE_NOUN_RE.search(left)
    subject = None if left_release else _LEFT_EVENT_SUBJECT_RE.search(wide_left)
    if subject or left_release:
        if _EACH_RE.search(left[-20:]) or _EACH_AFTER_RE.match(sentence, q.end):
            return "exchanged", None
        if _EXCHANGE_ANY_RE.search(left[-30:]) or _IN_RETURN_FOR_RE.search(left[-30:]) \
                or (subject and _EXCHANGE_ANY_RE.match(wide_left, subject.start())):
            return "exchanged", None  # "the swap, carried out at dawn, involved 24 prisoners"
        return "released", None
    if _AMONG_AFTER_RE.match(rest):
        return None  # "8 Americans were among those freed": a subset of the freed
    if noun and _RELATIVE_RELEASED_RE.match(sentence, head_end):
        return "released", None  # "1 304 detainees, who were released, ..."
    if noun and _THE_WHOLE_LEFT_RE.search(left) and _FREED_MODIFIER_RE.search(sentence, q.end, head_end) \
            and (_SUBJECT_VERB_RE.match(rest) or _COPULA_RE.match(rest)):
        return "released", None  # "The two freed hostages stepped off a plane in Niamey": the whole freed group
    if noun and _FROM_CAPTIVITY_RE.match(sentence, head_end) and _ARRIVAL_RE.search(sentence) \
            and not _LEFT_AMONG_RE.search(left) and not _NEGATION_RE.search(sentence):
        return "released", None  # "The ship docked at Maizuru with 2,519 soldiers from Soviet prison camps"
    if noun and (_FREED_MODIFIER_RE.search(sentence, q.end, head_end) or noun.lower() in _RETURNEE_NOUNS) \
            and not _LEFT_AMONG_RE.search(left) and not _SUBSET_RIGHT_RE.match(sentence, q.end):
        return "released", None  # "Jackson returns from Havana with 48 freed prisoners", "a train with 1,214 returnees"
    if _AFTER_RELATIVE_RELEASE_RE.match(rest) or (
            noun and (_AFTER_RELATIVE_RELEASE_RE.match(sentence, head_end, min(len(sentence), head_end + 200))
                      or _AFTER_RELATIVE_EXIT_RE.match(sentence, head_end, min(len(sentence), head_end + 200))
                      or _CONFINED_THEN_OUT_RE.match(sentence, head_end, min(len(sentence), head_end + 200))
                      or _CAPTIVE_WHO_HOME_RE.match(sentence, head_end, min(len(sentence), head_end + 200))
                      or (captive or "held" in sentence) and _ENDING_DETENTION_RE.match(sentence, head_end))):
        return "released", None  # "Five Americans who had been detained in Iran for years were released"
    release_after = _RELEASE_AFTER_RE.match(rest)
    if release_after and not _AUX_RE.search(release_after.group(0)) and release_after.group(0).split()[-1][:1].islower() \
            and _ACTIVE_OBJECT_RE.match(rest, release_after.end()):
        return None  # "Three guerrillas freed their last nine hostages": the figure counts the captors
    if release_after and noun and noun.lower() in _CAMP_DWELLERS and _LEFT_CAMP_RE.search(release_after.group(0)):
        return None  # "200 refugees left the camp": people who lived there, not captives freed from it
    if release_after and _EXILE_RETURN_RE.search(rest, 0, release_after.end()):
        return None  # "108 Bahrainis living in exile may return": a homecoming from abroad, not from custody
    if release_after and _PROTEST_FOR_RE.search(release_after.group(0)):
        return None  # "2,000 supporters marched to demand the release of the mayor": the figure counts protesters
    if release_after and noun and noun.lower() in _PROTESTERS and " for " in release_after.group(0):
        return None  # "1,200 demonstrators for prisoner amnesty": the marchers (not "300 protesters were freed")
    if release_after and _RETURNED_TO_COURT_RE.match(rest, release_after.end() - 8):
        return None  # "the cases of six sentenced men be returned to the tribunals": back to court, not home
    if release_after and not _DEAD_MOD_RE.search(rest, 0, release_after.end()):  # not "were killed and 20 rescued"
        return ("exchanged" if _EXCHANGE_ANY_RE.search(rest[:40]) else "released"), None
    if _EXCHANGE_AFTER_RE.match(rest):
        return "exchanged", None
    second = noun and " and " in rest and _SECOND_PREDICATE_RELEASE_RE.match(rest)
    if second and not _PASSIVE_END_RE.search(second.group(0)) \
            and _ACTIVE_OBJECT_RE.match(rest, second.end()):
        return None  # "28 of his followers surrendered and freed their two hostages": the figure counts the captors
    if second:
        return "released", None
    if _PARTICIPLE_SUBJECT_RELEASE_RE.match(rest) or (noun and _PP_SUBJECT_RELEASE_RE.match(rest)):
        return "released", None  # "130 pupils abducted from a school this month have been released"
    if _LEFT_AMONG_RE.search(left) and (_RIGHT_RELEASE_RE.search(rest) or _RIGHT_RELEASE_RE.match(sentence, q.end + 1)):
        return "released", None
    if noun and _CAPTIVE_NOUN_FULL_RE.fullmatch(noun) and _ARE_AMONG_LEFT_RE.search(left) \
            and not _RIGHT_RELEASE_RE.search(rest):
        return "held", None  # "They are among some 56 political hostages whom the rebels want to swap": held now
    # "123 prisoners in total" with a release noun in the clause
    if _IN_TOTAL_RE.match(rest) and _RELEASE_WORD_RE.search(wide_left + wide_right):
        return "released", None
    if (captive or noun) and _SAFE_NOW_RE.match(rest) and (_TAKEN_CAPTIVE_RE.search(sentence)
                                                           or _FREED_THEM_RE.search(sentence, head_end)):
        # "All 22 crew members of the hijacked tanker are safe after the pirates fled", "all 31 sailors of the
        # trawler were safe after the militia set them free"
        return "released", None
    return None


# "recorded at least 37 people imprisoned for political activities as of 30 April": a tally of those still held
_TALLIED_LEFT_RE = re.compile(rf"\b(?:recorded|records|documented|documents|counted|counts|lists|listed|tallied|"
                              rf"registered|identified)\s+{_QUAL_TAIL}$", re.I)
# ("counts at least 18 people in prison whom it considers political prisoners": a state, unless dated)
_TALLIED_HELD_RE = re.compile(r"\s*(?:(?:still|currently)\s+(?:imprisoned|detained|jailed|held|behind\s+bars)\b"
                              r"|(?:still\s+|currently\s+|now\s+)?(?:in|behind)\s+(?:prison|jail|bars|detention|custody)\b"
                              r"(?![^,;]{0,40}\b(?:in|until|by|at\s+the\s+end\s+of)\s+(?:19|20)\d\d)"
                              r"|(?:imprisoned|detained|jailed|held|behind\s+bars)\b[^,;]{0,80}?\bas\s+of\b)", re.I)
# "The 175 Russian servicemen are currently on the territory of the Republic of Belarus", "were in Belarus
# receiving medical and psychological help": a swapped group waiting in a third country on its way home
# ("the 146 servicemen it received in today's exchange are \"currently on the territory of ...\"": past the
# receiver's short relative clause and an opening quote)
_ON_TERRITORY_OF = r"on\s+the\s+territory\s+of(?:\s+the\s+Republic\s+of)?"  # "on the territory of the Republic of X"
_NOW_IN_COUNTRY_RE = re.compile(
    r"(?:\s+(?:that\s+|which\s+|whom\s+)?(?:it|they|we|he|she|[A-Z][a-z]+)\s+"
    r"(?:received|got|took\s+back|freed|released)"
    r"(?:\s+(?:in|during|on|under)\s+[^,;\"“]{1,40}?)?(?=\s+(?:are|were)\s))?"
    r"\s*(?:are|were)\s+[\"“]?(?:currently\s+|now\s+|already\s+)?"
    r"(?:" + _ON_TERRITORY_OF + r"\s+(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s*[,.;:\"”]|\s+where\b|\s*$)"
    r"|in\s+(?P<place2>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s*,\s*where\s+they\s+(?:are|were)|\s+and\s+(?:are|were))?\s+"
    r"(?:receiving|undergoing|getting|(?:being\s+)?provided\s+with)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:medical|psychological|treatment|checks|care|help|assistance))")
# captives safe once their captors are gone: "All 22 crew members of the hijacked tanker are safe"
_SAFE_NOW_RE = re.compile(r"[^,;]{0,60}?\b(?:are|were|is|was)\s+(?:all\s+)?(?:now\s+)?(?:safe|unharmed)\b(?!\s+from)", re.I)
_FREED_THEM_RE = re.compile(rf"\b(?:(?:{_RELEASE_VERBS})\s+them|(?:set|let)\s+them\s+(?:free|go))\b", re.I)
_TAKEN_CAPTIVE_RE = re.compile(r"\b(?:hijack(?:ed|ers?)|kidnapp?(?:ed|ers?)|abduct(?:ed|ors?)|captors?|pirates|"
                               r"held\s+(?:them|hostage|captive)|hostages?|captivity)\b", re.I)
# "..., and that all of them were freed unharmed": the end of a group told as held a moment before
_ALL_THEM_FREED_RE = re.compile(r"\ball\s+(?:of\s+)?(?:them|the\s+\w+)\s+(?:were|have\s+been|had\s+been)\s+"
                                r"(?:\w+\s+)?(?:freed|released|rescued|set\s+free)\b", re.I)
_FINITE_RE = re.compile(
    r"\b(?:were|was|are|is|have|has|had|will|would|remain|remains|remained|walked|returned|came|went)\b", re.I)
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
    r"\s*(?:(?i:including|among\s+them|among\s+whom|such\s+as|mostly|mainly|most\s+of\s+them|many\s+of\s+them|"
    r"all\s+of\s+them|all|both|aged|who|whom|whose|many|most|several|some|among|the|a|an|"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+of\s+(?:them|whom)|"
    r"kidnapped|abducted|seized|captured|detained|arrested|held|jailed|taken|snatched|imprisoned|sentenced|convicted)\b"
    r"|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*\s+and\s+[A-Z]"  # names in apposition: "two others, Kohler and Paris, remain"
    r"|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+(?=\s*,))",  # one name: "one other American, Mahmood Habibi, is held"
)
_MAIN_VERB_START_RE = re.compile(
    rf"\s*(?:were|was|have|has|had|are|is|will|would|got|also|all|later|then|{_RELEASE_VERBS}|{_TRANSFER_VERBS}|"
    rf"remains?|remained|(?:refused|declined|agreed|vowed|chose|decided|continued|continue|refuse|decline)\s+to"
    rf"|still\s+(?:held|detained|jailed|imprisoned|in\s+(?:captivity|custody|prison|jail)))\b",
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


_NEW_CLAUSE_AFTER_COMMA_RE = re.compile(r"\s*(?:while|whereas|but|although|though|because|when|after|before|since|if"
                                        r"|unless|until|so|yet)\b", re.I)


def _predicate_past_asides(sentence: str, pos: int) -> str | None:
    """The subject's own verb clause when brackets and comma asides of any kind stand between:
    'The 279 students of GGSS (Jangebe), in Zamfara State, who were abducted on Friday, have regained freedom'."""
    i, n = pos, min(len(sentence), pos + 320)
    for _ in range(8):
        while i < n and sentence[i] == " ":
            i += 1
        if i >= n:
            return None
        if i > pos and _MAIN_VERB_START_RE.match(sentence, i):
            _, hi = _clause_bounds(sentence, i + 1, i + 1, commas=True)
            return " " + sentence[i:hi]  # straight after a bracket: "... (LRA) were freed"
        ch = sentence[i]
        if ch == "(":
            end = sentence.find(")", i)
            if end < 0 or end - i > 160:
                return None
            i = end + 1
            continue
        if ch in ",—–":
            if _MAIN_VERB_START_RE.match(sentence, i + 1):
                _, hi = _clause_bounds(sentence, i + 2, i + 2, commas=True)
                return sentence[i + 1:hi]
            if _NEW_CLAUSE_AFTER_COMMA_RE.match(sentence, i + 1):
                return None  # "155 inmates surrendered, while the officer they held was freed": another subject
            nxt = min((k for k in (sentence.find(",", i + 1), sentence.find("—", i + 1), sentence.find("–", i + 1))
                       if k > 0), default=-1)
            if nxt < 0 or nxt > n:
                return None
            i = nxt
            continue
        # words before the next comma or bracket: part of the subject unless they hold a finite verb
        stop = min((k for k in (sentence.find(",", i), sentence.find("(", i), sentence.find(";", i)) if k > 0),
                   default=len(sentence))
        if _FINITE_RE.search(sentence, i, stop) or stop >= n or sentence[stop] == ";":
            return None
        i = stop
    return None


_BARE_VERB_AFTER_RE = re.compile(
    rf"^\s*(?:were|was|have\s+been|had\s+been|are|remain|remained|stayed(?=\s+(?:behind\s+)?(?:in|inside|behind)\b)|will\s+be|(?:will|would|should|must)\s+(?:stay|remain)|(?:(?:will|would|must|shall)\s+)?continue\s+(?:to\s+serve|serving|in\s+(?:prison|jail|custody|detention))|got|also|walked|rescued|freed|released|"
    rf"pardoned|{_TRANSFER_VERBS})\b", re.I)
_BARE_PARTICIPLE_AUX_RE = re.compile(
    r"\s+(?:included|listed|named|mentioned|identified|detained|held|arrested|jailed|sentenced)\s+[^,;]{0,60}?\s"
    r"(?:are|were|remain|remained|have\s+been|had\s+been)\s", re.I)
_BARE_LEFT_OK_RE = re.compile(
    r"(?:^|\b(?:and|but|while|of\s+those\s+\w+|of\s+them|the|those|another|all|(?:the\s+)?(?:remaining|other|last|final)|"
    r"(?<!of\sthe\s)(?:group|batch|total|contingent|convoy)\s+of|(?:say|says|said|estimate[sd]?|believe[sd]?|report(?:s|ed)?|"
    r"claim(?:s|ed)?)(?:\s+that)?))"
    r"\s*(?:(?:only|just|about|some|nearly|almost|around|roughly|at\s+least|more\s+than|over)\s+)?$", re.I)
# "counted at least 62 still behind bars": a bare figure whose state is captivity now
_STILL_HELD_AFTER_RE = re.compile(rf"\s+(?:are\s+|were\s+|remain\s+)?still\s+(?:{_HELD_STATE}|behind\b)"
                                  # "close to 40 continue in the power of the guerrilla" (translated copy)
                                  r"|\s+(?:remain|continue)\s+(?:still\s+)?in\s+(?:the\s+)?(?:hands|power)\s+of\b", re.I)
_BARE_AFTER_OK_RE = re.compile(
    r"^\s*(?:$|[,.;]|on\b|in\b|at\b|to\b|from\b|after\b|under\b|as\b|and\b|but\b|last\b|this\b|who\b|including\b|"
    r"each\b|more\b|of\s+them|others?\b"
    r"|--|[–—]|-\s|\()", re.I)  # "released all 24 -- 21 men and three women -- hours after": an aside describes them


_BARE_WHO_ASIDE_RE = re.compile(r"\s*,\s*who\s+[^,;:.]{1,100},", re.I)


def _bare_count_ok(sentence: str, q: Quantity, left: str, right: str) -> bool:
    """A number without a people noun still counts in 'released 123 on Saturday' / '114 were taken'."""
    after = sentence[q.end:q.end + 30]
    if _UNIT_RE.match(after):
        return False
    if _BARE_VERB_AFTER_RE.match(right) and (not left.strip() or _BARE_LEFT_OK_RE.search(left)):
        return True
    if _BARE_AFTER_OK_RE.match(after) and (_LEFT_RELEASE_RE.search(left) or _TRANSFER_LEFT_RE.search(left)):
        return True
    if _N_FOR_N_RE.match(after):
        return True
    if _STILL_HELD_AFTER_RE.match(sentence, q.end):
        return True
    aside = _BARE_WHO_ASIDE_RE.match(sentence, q.end)
    predicate = sentence[aside.end():].lstrip() if aside else ""
    if predicate and _HELD_RIGHT_RE.match(predicate) and _PRESENT_HELD_RE.match(predicate) \
            and _HELD_STATE_RE.search(predicate, 0, 40):
        return True  # "The two, who were arrested with him in 1976, remain in prison"
    if _BARE_PARTICIPLE_AUX_RE.match(sentence, q.end) and (not left.strip() or _BARE_LEFT_OK_RE.search(left)):
        return True
    if _LEFT_AMONG_RE.search(left) and _RIGHT_RELEASE_RE.match(sentence, q.end + 1):
        return True  # "X was among 2,140 freed on Friday"
    return False


# Walking or being driven over a border, with no country named after it.
_CROSS_BORDER_RE = re.compile(
    rf"^\s*(?:{_HELD_IN_PLACE}\s+)?(?:(?:were|was|have|had|has)\s+(?:been\s+)?)?(?:later\s+|then\s+|finally\s+)?"
    r"(?:crossed\s+(?:back\s+)?(?:over\s+)?|(?:walked|crossed|went|drove|were\s+escorted|escorted|were\s+driven|driven|"
    r"were\s+taken|stepped)\s+(?:back\s+)?(?:across|over|through)\s+)the\s+(?:[\w\-]+\s+){0,3}?(?:border|frontier|crossing|checkpoint)\b",
    re.I)


def _demonym_country(noun_phrase: str) -> str | None:
    """The one nationality in a noun phrase ('Indian fishermen' -> 'India'), else None."""
    found = set()
    for w in re.findall(r"[A-Z][\w\-]+", noun_phrase):
        if w.endswith("s") and is_demonym(w[:-1]):
            w = w[:-1]
        if is_demonym(w):
            found.add(country_of(w))
    return found.pop() if len(found) == 1 else None


def _home_country(noun_phrase: str | None, dest: str) -> bool:
    """'95 Ukrainian POWs ... to Ukraine', 'two Azerbaijani servicemen were handed over to Baku':
    a homecoming (a release), not a third-country transfer."""
    if not noun_phrase:
        return False
    home = _country_part(dest)
    low = noun_phrase.lower()
    if dest[:5].lower() in low or (home and home[:5].lower() in low):
        return True
    for w in re.findall(r"[A-Z][\w\-]+", noun_phrase):
        if w.endswith("s") and is_demonym(w[:-1]):
            w = w[:-1]  # "Americans", "Thais", "Filipinos"
        if is_demonym(w) and country_of(w) == home:
            return True
    return False


# A clause that hangs off the one before it shares that clause's event:
# "..., in exchange for 240 prisoners", "..., when 230 Ukrainians were freed", "..., in which 24 were swapped".
_DEPENDENT_CLAUSE_RE = re.compile(
    r"\s*(?:in\s+(?:exchange|return|a\s+swap|a\s+trade)\s+for|in\s+which|during\s+which|under\s+which|"
    r"as\s+part\s+of\s+which|when|where|along\s+with|together\s+with)\b",
    re.I,
)
# Sentence openers that put everything after them in another event or in the past of this one.
_SEPARATE_OPENER_RE = re.compile(
    r"^\W*(?:Separately|Elsewhere|Earlier(?=,)|Previously|In\s+the\s+past|In\s+(?:a|another)\s+separate\s+\w+|In\s+another\s+(?:case|development|release|"
    r"exchange|swap|deal|move))\b",
    re.I,
)
# (not up to the story's own time: "Until the closing of this edition, two guards remained hostage")
_UNTIL_OPENER_RE = re.compile(r"^\W*(?:Until|Till|Up\s+until|Up\s+to)\s+"
                              r"(?!(?:the\s+)?(?:time\s+of\s+)?(?:writing|going\s+to\s+press|press\s+time"
                              r"|(?:the\s+)?clos(?:e|ing)\s+of\s+this\s+edition|publication|now)\b)"
                              r"[^,]{1,40},", re.I)
_BEFORE_OPENER_RE = re.compile(
    r"^\W*(?:Before|Prior\s+to|Ahead\s+of)\s+(?:the\s+|this\s+|that\s+|last\s+|its\s+|\w+['’]s\s+)?(?:\w+\s+)?"
    r"(?:truce|ceasefire|deal|agreement|war|exchange|swap|releases?|handover|talks|amnesty|pardons?|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|" + _MONTH_RE + r")\b[^,]{0,30},",
    re.I,
)
# Pluperfect release ("Hamas had freed four captives", "the largest exchange had taken place") narrates
# an earlier event -- unless it is reported speech ("officials said 95 had been returned").
_PLUPERFECT_RELEASE_RE = re.compile(
    r"\bhad\s+(?:\w+\s+)?(?:been\s+)?(?:released|freed|pardoned|exchanged|swapped|traded|repatriated|"
    r"handed\s+over|set\s+free|taken\s+place|left\s+out|amnestied|brought\s+(?:home|back)|walked\s+free|"
    r"(?:come|returned|gone)\s+home|ordered\s+the\s+release)\b",
    re.I,
)
# "had freed 1,968 by Monday evening": a pluperfect counting up to a deadline is this event's tally
_BY_DEADLINE_RE = re.compile(
    r"\bby\s+(?:the\s+(?:end|time|evening|morning|afternoon|weekend)|late|early|mid|noon|midday|midnight|nightfall|dawn|"
    r"dusk|then|now|(?:this|that|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)",
    re.I,
)
_REPORTING_RE = re.compile(
    r"\b(?:said|says|say|saying|told|tells|confirmed|confirms|announced|announces|reported|reports|added|stated|"
    r"noted|wrote|writes|according\s+to|claimed|claims|insisted)\b",
    re.I,
)
# Explicit calendar dates: "November 2023", "3 January 2024", "Jan. 30", "30 January".
_MONTH_YEAR_RE = re.compile(
    r"\b(?:(?P<m1>" + _MONTH_RE + r")\.?\s+(?:(?P<d1>\d{1,2}),?\s+)?|(?P<d2>\d{1,2})\s+(?P<m2>" + _MONTH_RE + r")\s+)"
    r"(?P<y>(?:19|20)\d\d)\b",
    re.I,
)
_DAY_MONTH_RE = re.compile(
    r"\b(?:(?P<m1>" + _MONTH_RE + r")\.?\s+(?P<d1>\d{1,2})(?!\d)(?!\s*,?\s*(?:19|20)\d\d)"
    r"|(?P<d2>\d{1,2})\s+(?P<m2>" + _MONTH_RE + r")\b(?!\.?\s*,?\s*(?:19|20)\d\d))",
    re.I,
)
# A date right after these words dates something else: an arrest, a sentence, a truce's start;
# so does one inside a relative clause about the people ("11 civilians who had been deported in 2022").
_DATE_OF_OTHER_RE = re.compile(
    r"\b(?:arrested|detained|jailed|imprisoned|sentenced|convicted|abducted|kidnapped|captured|seized|taken|held|"
    r"missing|disappeared|vanished|deported|expelled|displaced|born|elected|founded|established|began|begun|started|"
    r"signed|agreed|announced|"
    r"brokered|reached|"
    r"promised|pledged|vowed|offered|decided|demanded|"
    r"took\s+effect|since|until)\s+(?:\w+\s+){0,2}(?:on|in|of|at)?\s*(?:early|late|mid-?)?\s*$"
    r"|(?P<rel>\b(?:who|whom|that|which)\s+(?:had|have|has|were|was|are|is)\b[^,;|]*)$"
    # ... or about a place: "the base that American forces left in early July, the Taliban freed 5,000"
    r"|(?P<relplace>\b(?:that|which)\s+(?:[\w'’.-]+\s+){1,3}?(?:left|abandoned|built|took|seized|captured|handed\s+over)"
    r"\b[^,;|]*)$",
    re.I,
)
# Between a figure and a later time marker: a participle that hands the marker to another thing.
_OTHER_THING_BETWEEN_RE = re.compile(
    r"\b(?:agreed|brokered|negotiated|signed|reached|mediated|struck|sealed|announced|began|started|arrested|"
    r"detained|jailed|sentenced|convicted|abducted|kidnapped|captured|seized|imposed|lifted|held|launched|"
    r"promised|proposed|passed|adopted|approved|enacted|issued|decreed|declared|"
    # "... since taking office last week"
    r"(?:took|taking|assumed|assuming)\s+office|(?:took|taking|seized)\s+power|(?:came|coming)\s+to\s+power|sworn\s+in)\b",
    re.I,
)
# Verbs of captivity and of release: the nearest one before a date says which it dates.
_CAPTIVITY_VERB_RE = re.compile(
    r"\b(?:arrested|detained|jailed|imprisoned|sentenced|convicted|abducted|kidnapped|captured|seized|taken|"
    r"deported|held|picked\s+up|rounded\s+up|stopped|disappeared|vanished|"
    # ... and of execution, which dates no release either: "the murders for which nine activists were hanged in 1995"
    r"hanged|executed)\b", re.I)


def _date_of_other(text: str, pos: int) -> bool:
    """True if the date at text[pos:] dates something other than a release: it follows an arrest or a truce's
    start ('arrested in 2017', 'the truce that began on March 4'), sits in a relative clause about the people,
    or the nearest verb before it in its clause is one of captivity ('detained by the coast guard ... in May')."""
    other = _DATE_OF_OTHER_RE.search(text, max(0, pos - 40), pos)
    if other and not (other.group("rel") and _RIGHT_RELEASE_RE.search(other.group("rel"))):
        return True  # ... but "who was first freed in August 2015" dates a release
    seg_start = text.rfind("|", 0, pos) + 1
    window_start = max(seg_start, pos - 120)
    last_captive = last_release = -1
    for m in _CAPTIVITY_VERB_RE.finditer(text, window_start, pos):
        last_captive = m.start()
    if last_captive < 0:
        return False
    for m in _RIGHT_RELEASE_RE.finditer(text, window_start, pos):
        last_release = m.start()
    return last_captive > last_release


_WEEKDAY_OPENER_RE = re.compile(r"\W*(?:On|Last|Early\s+on|Late\s+on)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                                r"|Sunday)\b(?!['’])")
_EVENT_DAY_SLACK = 3       # days a release date may precede the event date (multi-day handovers)
_PUBLISHED_DAY_SLACK = 10  # ... or the publication date, when the event date is unknown
_DEFINITE_DEAL_RE = re.compile(
    r"\b(?:a|an|any)\s+(?:\w+\s+){0,2}(?:deal|agreement|arrangement|truce|ceasefire)\s+(?:that|which|to)\s+"
    r"(?:would\s+|will\s+|could\s+|might\s+)?(?:bring|free|release|return|secure|see)",
    re.I,
)
# Between a plan and the number it governs: a subordinator or a finished release breaks the link
# ("one of 100 prisoners freed this week after the government agreed to release 553").
# "... all six hostages the group promised to hand over": the plan sits in a relative clause about them
_REDUCED_OBJECT_RELATIVE_RE = re.compile(r"^\s*(?:[\w\-]+\s+){1,3}?(?:the|a|an|its|their)\s+[\w\-]+\s+$", re.I)
_PART_OF_RELATIVE_RE = re.compile(r"\s+of\s+(?:the|those|these)\s+[^,;]*?\b(?:whom|who|which|that)\b", re.I)
_PLAN_LINK_BREAK_RE = re.compile(
    r"\b(?:after|before|when|because|since|following|while|until|once|as)\b|[;:]"
    r"|\b(?:freed|released|pardoned|exchanged|swapped|returned|repatriated)\b(?!\s+(?:by|from|under))",
    re.I,
)


# An infinitive release right before the figure is a plan or purpose, unless something began or achieved it.
_TO_RELEASE_RE = re.compile(
    r"(?<!\bbegan\s)(?<!\bbegun\s)(?<!\bstarted\s)(?<!\bcontinued\s)(?<!\bcontinues\s)(?<!\bmanaged\s)"
    r"(?<!\bhelped\s)(?<!\bhelp\s)(?<!\bable\s)(?<!\bfirst\s)(?<!\blast\s)"
    r"\bto\s+(?:releas|free|pardon|swap|exchang|hand\s+over|repatriat|bring\s+(?:home|back)|set\s+free)\w*\s+"
    + _QUAL_TAIL + "$", re.I)
_EXPECTED_AFTER_RE = re.compile(
    r"^[^,;]{0,60}?\b(?:is|are|was|were|will\s+be|would\s+be)\s+(?:\w+\s+)?(?:expected|scheduled|planned|due|slated|"
    r"pending|foreseen|envisaged)\b",
    re.I,
)


_PROSPECT_LEFT_RE = re.compile(
    r"(?:\b(?:could|would|will|may|might|should|must|is\s+to|are\s+to|supposed\s+to|meant\s+to|expected\s+to|set\s+to|"
    r"due\s+to|likely\s+to)\s+see|\b(?:until|unless|once|if)(?:\s+all)?(?:\s+the)?(?:\s+remaining)?"
    # a condition: "threatened to kill him unless the government freed 141 women"
    r"|\b(?:until|unless|if)\s+(?:[\w'’-]+\s+){1,4}?(?:freed|released|frees|releases|free|release|swapped|exchanged))\s+"
    + _QUAL_TAIL + r"$",
    re.I,
)
_WHOLE_OF_PART_RE = re.compile(r"\bof\s+(?:the|those|these|its|their)\s+$", re.I)
_SUBORDINATOR_RE = re.compile(r"\b(?:after|before|when|because|since|following|while|until|once)\b|[;:]", re.I)


def _plan_governs(clause: str, q_lo: int, q_hi: int) -> bool:
    """True if a plan/prospect in the clause governs the quantity at [q_lo, q_hi) of the clause."""
    low = _lowered(clause)
    if low is not None:
        clause = low  # every pattern below is case-insensitive
    if _PROSPECT_LEFT_RE.search(clause, 0, q_lo):
        return True  # "the deal could see 2,000 prisoners freed", "until all 59 hostages are returned"
    planned_re = _PLANNED_CS if low is not None else _PLANNED_RE
    tail = clause[q_hi:]
    expected = _EXPECTED_AFTER_RE.match(tail)
    if expected and not _PLAN_LINK_BREAK_RE.search(tail[: expected.start(0) + expected.group(0).rfind(" ")]):
        return True  # "the release of 150 Palestinians is expected on Thursday"
    for planned in planned_re.finditer(clause):
        if _NOT_PLANNED_RE.search(clause[: planned.end()]) or _SAME_DAY_RE.match(clause, planned.end()):
            continue
        if planned.end() <= q_lo + 1:
            between = clause[planned.end():q_lo]
            if not _SUBORDINATOR_RE.search(between):
                return True  # "agreed to release 553", "is to release 50 ... in exchange for 150"
        elif planned.start() >= q_hi:
            between = clause[q_hi:planned.start()]
            if _WHOLE_OF_PART_RE.search(clause, 0, q_lo):
                continue  # "two of the five Iranians ... will return": the plan is the part's, not the whole's
            if _PART_OF_RELATIVE_RE.match(between) or _REDUCED_OBJECT_RELATIVE_RE.match(between):
                continue  # "Seven of the 52 prisoners whom the government has committed to release landed": the 52's plan
            if _LEFT_RELEASE_RE.search(clause, 0, q_lo):
                continue  # "freed 477 on Tuesday and will release another 550": the figure has its own verb
            if not _PLAN_LINK_BREAK_RE.search(between):
                return True  # "33 hostages are to be freed", "553 prisoners will be released"
        else:
            return True      # the number sits inside the plan phrase
    return False


def _day_ref(month: int, day: int) -> date | None:
    """A stand-in date for a dateline's month and day: a leap year, so that 29 February exists; only
    month-day dates are read against it, each resolved to the year that puts it at or before the dateline."""
    try:
        return date(2000, month, day)
    except ValueError:
        return None


def _resolve_day(month: str, day: str, ref: date) -> date | None:
    """A month-day date read relative to a reference date (the previous year if it would be later)."""
    try:
        d = date(ref.year, _month_num(month), int(day))
    except ValueError:
        return None
    if (d - ref).days > 60:
        try:
            d = date(ref.year - 1, d.month, d.day)
        except ValueError:
            return None
    return d


def _dated_earlier(text: str, ev: date | None, pub: date | None, day_ref: date | None = None) -> bool:
    """True if the text dates a release clearly before the article's event (or publication, or the month and
    day of a dateline without a year: `day_ref`, read only against dates that give no year either)."""
    ref = ev or pub
    if ref is None and day_ref is None:
        return False
    slack = _EVENT_DAY_SLACK if ev else _PUBLISHED_DAY_SLACK
    low = _lowered(text)
    if low is not None:
        text = low
    if ref is None:
        ref = day_ref
    else:
        day_ref = None
    for m in () if day_ref else (_MONTH_YEAR_CS if low is not None else _MONTH_YEAR_RE).finditer(text):
        if _date_of_other(text, m.start()):
            continue
        year, mon = int(m.group("y")), _month_num(m.group("m1") or m.group("m2"))
        day = m.group("d1") or m.group("d2")
        if day:
            try:
                if (ref - date(year, mon, int(day))).days > slack:
                    return True
            except ValueError:
                pass
        elif (year, mon) < (ref.year, ref.month) and not (ev is None and (ref.year * 12 + ref.month) - (year * 12 + mon) <= 1):
            return True
    for m in (_DAY_MONTH_CS if low is not None else _DAY_MONTH_RE).finditer(text):
        if _date_of_other(text, m.start()):
            continue
        d = _resolve_day(m.group("m1") or m.group("m2"), m.group("d1") or m.group("d2"), ref)
        if d is not None and (ref - d).days > slack:
            return True
    if "spring" in text or "summer" in text:
        season = _PAST_SEASON_RE.search(text)
        if season and ref.month - _SEASON_END[season.group(1).lower()] >= 2:
            return True  # "released in the spring" in an October story
    return False


# a season of the story's year, told without a year: over when it ended two months or more before the story
_PAST_SEASON_RE = re.compile(r"\b(?:in|during|over|this|last|earlier\s+this)\s+(?:the\s+)?(spring|summer)\b(?!\s+of\b)",
                             re.I)
_SEASON_END = {"spring": 5, "summer": 8}


_YEAR_NUM_RE = re.compile(r"\b(?:19|20)\d\d\b")
_TIME_AFTER_RE = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|a\s+few|few|some)"
    r"\s+(?:days?|weeks?|months?|years?)\s+after\b[^|]*$", re.I)
# "not by the scheduled release of 620 Palestinians": a release still to come
_PLANNED_NOMINAL_RE = re.compile(rf"\b(?:scheduled|planned|promised|expected|proposed|delayed|postponed|awaited)\s+"
                                 rf"(?:release|handover|exchange|swap|transfer|return)\s+of\s+{_QUAL_TAIL}$", re.I)
# "The pardon comes days after 762 prisoners were released" (but "came days after Mali freed 200 prisoners, in
# what officials described as an exchange" for the hostages is the swap's other side)
_COMES_DAYS_AFTER_RE = re.compile(r"\b(?:comes?|came|coming)\s+(?:just\s+|only\s+)?(?:days|weeks|months)\s+after\b[^|]*$",
                                  re.I)
_DATE_LABEL_RE = re.compile(
    r"\W*(?:(?:\d{1,2}\s+)?" + _MONTH_RE + r"\.?(?:\s+\d{1,2})?,?\s+(?:19|20)\d\d|(?:19|20)\d\d)\s*(?::|\s[—–-])", re.I)
_FRONTED_OPENER_RE = re.compile(
    r"\W*(?:Since|In|On|After|Before|During|Over|Until|Till|By|Following|Under|Throughout|Within|Between|As\s+of|"
    r"Prior\s+to|Ahead\s+of|Earlier|Later|Last|Previously)\b")
_OTHER_EVENT_CS = _cs(_OTHER_EVENT_RE)
_PLANNED_CS = _cs(_PLANNED_RE)
_DEMAND_CS = _cs(_DEMAND_RE)
_REPORTING_CS = _cs(_REPORTING_RE)
_YEAR_CS = _cs(_YEAR_RE)
_IN_MONTH_CS = _cs(_IN_MONTH_RE)
_MONTH_YEAR_CS = _cs(_MONTH_YEAR_RE)
_DAY_MONTH_CS = _cs(_DAY_MONTH_RE)


_LABEL_COLON_RE = re.compile(r"\W*(?:[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,2}\s*:\s*")


# a fronted year (with its month): "In March of 2023, ..."
_LEAD_DATE_RE = re.compile(r"\W*(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:" + _MONTH_RE + r"\s+(?:of\s+)?)?"
                           r"(?:19|20)\d\d\s*,", re.I)


def _scope(sentence: str, q: Quantity, metric: str, *, months_ok: set[int] | None, event_year: int | None,
           ev: date | None = None, pub: date | None = None, day_ref: date | None = None) -> tuple[str, str | None]:
    """('this_event'|'other_event', note) for a classified count."""
    lo, hi = _clause_bounds(sentence, q.start, q.end, commas=True)
    clause = sentence[lo:hi]
    # a short fronted adverbial ("Last month, ...", "In September, ...") scopes the whole sentence
    wlo, whi = _clause_bounds(sentence, q.start, q.end, commas=False)
    # (a short label before a colon is no clause: "Some background: in October 2011, Israel freed ...")
    s0 = wlo if wlo and _LABEL_COLON_RE.fullmatch(sentence, 0, wlo) else 0
    first_comma = sentence.find(", ", s0)
    lead_max = 90 if _FRONTED_OPENER_RE.match(sentence, s0) else 45  # "Since the ceasefire took effect on January 19, ..."
    lead = sentence[s0:first_comma] if 0 < first_comma - s0 < lead_max and first_comma < lo and wlo == s0 else ""
    if lead and lo - s0 <= lead_max + 60 and not _DIGIT_RE.search(
            _DAY_MONTH_RE.sub("", _YEAR_NUM_RE.sub("", sentence[first_comma:lo]))):
        lead = sentence[s0:lo]  # every fronted phrase: "Weeks after the coup, in February last year, the army freed ..."
    if not lead and wlo and sentence[:wlo].rstrip().endswith(";") and sentence.count(";", 0, wlo) == 1:
        # a fronted date governs both halves of a semicolon: "In March of 2023, four were kidnapped; two of them
        # were rescued alive" (unless the second half gives its own time, which the clause scan reads)
        dated = _LEAD_DATE_RE.match(sentence)
        if dated and not _YEAR_NUM_RE.search(sentence, wlo, hi):
            lead = dated.group(0)
    label = _DATE_LABEL_RE.match(sentence)
    if label and label.end() <= q.start:
        if event_year is None and metric != "held":
            return "other_event", "earlier event"  # a dated timeline entry in an undated article
        label_year = _LABEL_YEAR_RE.search(label.group(0))
        if label_year and event_year and int(label_year.group(0)) < event_year:
            return "other_event", "earlier event" if metric != "held" else "historical"  # "February 2009 - ..."
        lead = label.group(0) + " " + lead  # a timeline entry: "June 2010: ten agents were swapped for four"
    wd = _WEEKDAY_OPENER_RE.match(sentence) if ev and pub and metric != "held" else None
    if wd and wd.end() <= q.start:
        day = pub - timedelta(days=(pub.weekday() - WEEKDAYS.index(wd.group(1).lower())) % 7)
        if (ev - day).days > _EVENT_DAY_SLACK:
            return "other_event", "earlier event"  # "On Saturday, four soldiers were freed" in Thursday's story
    if lead and _DIGIT_RE.search(_DAY_MONTH_RE.sub("", _YEAR_NUM_RE.sub("", lead))):
        lead = ""  # a clause with its own figure is not an adverbial for ours
    # "..., in exchange for 240 prisoners" / "..., when 230 were freed": the clause it hangs off counts too
    governing = sentence[wlo:lo] if lo > wlo and _DEPENDENT_CLAUSE_RE.match(clause) else ""
    whens = list(_WHEN_WORD_RE.finditer(sentence, 0, lo)) if event_year and metric != "held" else []
    when_at = whens[-1].start() if whens else -1  # the last one before the figure
    if when_at > 0 and ";" not in sentence[when_at:lo]:
        # the figure sits in a "when" clause (maybe inside a further clause) hung on a date:
        # "The siege ended on May 5 when troops stormed the cave where the last 16 were held and freed them"
        governing, clause_is_when = sentence[:when_at + 1], True
    else:
        clause_is_when = bool(governing) and clause[:4].lower() == "when"
    if governing and clause_is_when and event_year:
        dated = _DATE_BEFORE_WHEN_RE.search(governing)
        year = int(dated.group("year")) if dated and dated.group("year") else (ev.year if ev else event_year)
        month = dated and (dated.group("mon") or dated.group("mon2") or dated.group("mon3"))
        if dated and metric != "held" and (year < event_year or (
                ev and month and year == ev.year and _month_num(month) < ev.month)):
            return "other_event", "earlier event"  # "what Menem began in October 1989, when he pardoned 277"
    # a colon spells out the clause before it: "In 2010, the two swapped 14 people: 10 agents were sent home
    # for four men"; "The previous exchange was the largest: 230 returned home" -- that clause dates ours too
    elaborated = _elaborated_clause(sentence, wlo)
    if elaborated:
        governing = elaborated + " | " + governing
    text = lead + " | " + governing + " | " + clause
    q_at = len(text) - len(clause) + (q.start - lo)  # where the quantity sits in `text`
    if not _FINITE_RE.search(clause) and not _RIGHT_RELEASE_RE.search(clause) and not _ANY_VERB_RE.search(clause):
        predicate = _predicate_past_asides(sentence, hi)  # "The 10 Malaysians, most of them staff, were freed ... last month"
        if predicate:
            text += predicate
    low = _lowered(text)
    scan = low if low is not None else text  # the scope patterns are case-insensitive: scan lowercased text
    if metric != "held" and (_DEMAND_CS.search(sentence[max(wlo, q.start - 60):q.start].lower()) or (
            _NOMINAL_RELEASE_LEFT_RE.search(sentence, max(0, q.start - 40), q.start)
            and (_DEMAND_CS.search(sentence[max(0, q.start - 90):q.start].lower())
                 or ":" in sentence[:q.start] and DEMAND_LIST_RE.search(sentence, 0, q.start)))):
        return "other_event", "demand"
    if metric != "held" and _DEFINITE_DEAL_RE.search(sentence[max(wlo, q.start - 80):q.start]):
        return "other_event", "planned"  # "a deal that brings back all 58 hostages"
    if metric != "held" and _PLANNED_NOMINAL_RE.search(sentence, max(0, q.start - 60), q.start):
        return "other_event", "planned"  # "not by the scheduled release of 620 Palestinians but by a decision to ..."
    if metric != "held" and _TO_RELEASE_RE.search(sentence, max(wlo, q.start - 50), q.start):
        return "other_event", "planned"  # "Hamas to free three hostages", "a deal to release 33 hostages"
    if metric != "held" and (_plan_governs(clause, q.start - lo, q.end - lo)
                             or (governing and _plan_governs(governing + ", " + clause, len(governing) + 2 + q.start - lo,
                                                              len(governing) + 2 + q.end - lo))):
        return "other_event", "planned"
    if _SEPARATE_OPENER_RE.match(sentence):
        return "other_event", "earlier event"  # "Separately, Belarus on Wednesday freed three people"
    if _UNTIL_OPENER_RE.match(sentence):
        return "other_event", "earlier event" if metric != "held" else "historical"
    if metric != "held" and _BEFORE_OPENER_RE.match(sentence):
        return "other_event", "earlier event"  # "Before the truce, Hamas had freed four captives"
    if metric != "held" and "had " in scan and _PLUPERFECT_RELEASE_RE.search(text) \
            and not _REPORTING_CS.search(sentence.lower()) and not _BY_DEADLINE_RE.search(sentence):
        return "other_event", "earlier event"
    after = _TIME_AFTER_RE.search(scan, 0, q_at)
    if after and metric != "held":
        return "other_event", "earlier event"  # "the move comes a week after Minsk freed 18 others"
    if metric != "held" and "after" in scan and _COMES_DAYS_AFTER_RE.search(scan, 0, q_at) \
            and not _EXCHANGE_ANY_RE.search(sentence, q.end):
        return "other_event", "earlier event"  # "The pardon comes days after 762 prisoners were released"
    # "Gunmen who seized 27 students last week have released them": the time dates the seizure
    captured_until = -1
    if _CAPTURE_LEFT_RE.search(sentence, max(0, q.start - 40), q.start):
        rel = _RIGHT_RELEASE_RE.search(text, q_at)
        captured_until = rel.start() if rel else -1
    # "three workers kidnapped in Kabul four weeks ago were freed", "the airliner hijacked two months ago":
    # a time right after a capture participle dates the capture (up to the next release verb)
    captures = []
    if "ed " in scan:
        for cap in _CAPTURE_PARTICIPLE_RE.finditer(scan):
            rel = _RIGHT_RELEASE_RE.search(text, cap.end())
            captures.append((cap.end(), min(rel.start() if rel else len(text), cap.end() + 60)))
    for m in (_OTHER_EVENT_CS if low is not None else _OTHER_EVENT_RE).finditer(scan):
        if q_at < m.start() < captured_until:
            continue
        if any(a <= m.start() < b for a, b in captures):
            continue
        if m.group(0).lower().startswith("since") and _SUPERLATIVE_SINCE_RE.search(text[: m.end()]):
            if m.end() < q_at and _SINCE_WHEN_RE.match(text, m.end(), q_at):
                return "other_event", "earlier event"  # "the largest since March 1979, when Israel released 76"
            continue
        if metric == "held" and m.group(0).lower().startswith("since") and _HAVE_BEEN_HELD_RE.search(text, q_at, m.start()):
            return "other_event", "cumulative"  # "10,000 people have been held under the Act since 1960"
        if m.start() > q_at and (other := list(_OTHER_THING_BETWEEN_RE.finditer(text, q_at, m.start()))) \
                and not _RIGHT_RELEASE_RE.search(text, other[-1].end(), m.start()):
            # "freed 12 on Friday in a deal agreed at talks last month": the marker dates the deal (but in "two
            # Britons arrested at the same time were freed last autumn" it dates the release after the arrest)
            continue
        if metric == "held" and re.match(r"(?:before|prior)", m.group(0), re.I):
            continue
        if metric == "held" and m.start() > q_at and _RELATIVE_WORD_RE.search(text, q_at, m.start()):
            continue  # "Six leaders remain in detention awaiting judgment in a trial that ended a year ago"
        if metric == "held" and (m.group(0).lower().startswith(("since", "so far", "to date")) or (
                m.group(0).lower().startswith("bring") and _STILL_REMAIN_RE.search(text, m.end(), q_at))):
            # "since 2020, 1,200 remain jailed", "bringing the number still held to 59": still the current figure
            continue
        if metric == "held" and _AS_OF_BEFORE_RE.search(scan, max(0, m.start() - 24), m.start()):
            continue  # "62 still behind bars at the end of last year": the latest figure, with its date
        cumulative = not m.group(0).lower().startswith("earlier") and re.search(
            r"since|so far|to date|total|alone|bring|cumulative|all told|over the|in the past|during the|this year|this month",
            m.group(0), re.I)
        return "other_event", "cumulative" if cumulative else "earlier event"
    if metric != "held":
        if _dated_earlier(text, ev, pub, day_ref):
            return "other_event", "earlier event"
        paren = _PAREN_YEAR_RE.search(sentence, q.end, q.end + 100)
        if paren and event_year and int(paren.group(1)) < event_year:
            return "other_event", "earlier event"  # "Statement on the release of 7 foreign nationals (2022)"
        for m in (_YEAR_CS if low is not None else _YEAR_RE).finditer(scan):
            if m.group(0).lower().startswith("since") and _SUPERLATIVE_SINCE_RE.search(text[: m.end()]):
                continue  # "the 40th swap since February 2022" counts swaps; it dates none
            if not m.group(0).lower().startswith(("a ", "the ")) and _date_of_other(text, m.start()):
                continue  # "arrested in 2017": the year of the arrest, not of this release
            year = int(m.group(1))
            # with no date to compare against, a release told with its month and year is background
            if (event_year and year < event_year) or (event_year is None and m.group(0).lower().startswith(("in", "during"))):
                return "other_event", "earlier event"
            if ev and pub and pub.year - ev.year >= 2 and ev.year < year <= pub.year:
                # a story looking back on an old release: "Some 40 were released only under the amnesty of 1970"
                # (the 1963 amnesty's story, written in 2013) is a later one
                return "other_event", "later event"
        for m in (_IN_MONTH_CS if low is not None else _IN_MONTH_RE).finditer(scan):
            if m.group(0).lower().startswith("since") and _SUPERLATIVE_SINCE_RE.search(text[: m.end()]):
                continue  # "the first swap since January" counts swaps; it dates none
            if _date_of_other(scan, m.start()):
                continue  # "detained by the coast guard in May": the month of the arrest
            # an undated article: a release told by its month is background
            if months_ok is None or _month_num(m.group(1)) not in months_ok:
                return "other_event", "earlier event"
    else:
        if re.search(r"\b(?:peak|at\s+one\s+point|at\s+the\s+height|record\s+high)\b", clause, re.I):
            return "other_event", "historical"
        for m in _YEAR_RE.finditer(text):
            if _date_of_other(text, m.start()):
                continue  # "activists arrested in 2018 remain in prison": the year of the arrest
            if event_year and int(m.group(1)) < event_year - 0 and not _AS_OF_RE.search(clause):
                return "other_event", "historical"
    return "this_event", None


def _antecedent_scope(prev: tuple[str, list[Quantity]], value: int | None, metric: str,
                      **when) -> tuple[str, str | None] | None:
    """The scope of the figure (or the run of figures adding up to it) in the sentence before that a definite
    figure takes up ("In January, gunmen seized three students and two staff. The five were freed ..."),
    when that time is another event's; None otherwise."""
    sentence, quantities = prev
    if not value:
        return None
    values = [q.value for q in quantities]
    for i, q in enumerate(quantities):
        total = 0
        for v in values[i:i + 3]:  # "three students and two members of staff": the five
            total += v or 0
            if total == value:
                got = _scope(sentence, q, metric, **when)
                # (a plan or demand the sentence before told is carried out here: "A court ordered the release
                # of seven journalists. The seven walked free shortly after midnight")
                return got if got[0] == "other_event" and got[1] not in ("planned", "demand") else None
    # no figure: a group told by name and freed ("A, B, C and D walked out of the court in October 1989.
    # The four were freed after 15 years"), timed as if the figure stood at the release verb
    verb = _ANTECEDENT_RELEASE_RE.search(sentence) if not quantities and _CALENDAR_RE.search(sentence) else None
    if verb is None:
        return None  # (only a calendar date times a group counted by no figure)
    got = _scope(sentence, Quantity(value, "exact", verb.start(), verb.start(), verb.start(), ""), metric, **when)
    return got if got[0] == "other_event" else None


def _elaborated_clause(sentence: str, wlo: int) -> str:
    """The clause before the first ': ' that precedes position wlo (a colon introduces what spells it out)."""
    if wlo == 0 or ":" not in sentence:
        return ""
    hard, _ = _break_spans(sentence)
    for a, b in hard:
        if b > wlo:
            break
        if ":" in sentence[a:b]:
            return sentence[:a]
    return ""


def _quote(sentence: str, q: Quantity, limit: int = 300) -> str:
    if len(sentence) <= limit:
        return sentence
    lo = max(0, q.start - limit // 2)
    return sentence[lo:lo + limit]


# A sentence opening on "N others"/"N more"/"N other ..." goes on with the group of the sentence before.
_CONTINUATION_RE = re.compile(r"\W*[\w,\-]+(?:\s+[\w\-]+)?\s+(?:others\b|more\b|other\s)"
                              r"|\W*[\w,\-]+\s+of\s+(?:them|those|these|the)\b(?![^,;.]{0,60}\b(?:freed|released)\s+(?:on|this|today))",
                              re.I)  # "Five of the commanders were flown to Turkey" after an earlier swap
_PARTITIVE_NOUN_RE = re.compile(r"of\s+(?:them|those)|others|more", re.I)
# a sentence opening on a definite figure ("The five were freed after 10 days", "All 12 were later released")
# names a group the sentence before counted; told with no time of its own, it keeps that sentence's time
_DEFINITE_OPENER_RE = re.compile(r"\W*(?:(?:all|both)\s+(?:of\s+)?)?the\s+$|\W*(?:all|both)\s+$", re.I)
# a year or a month's full name (no abbreviation: "Jan" is a given name too)
_CALENDAR_RE = re.compile(r"\b(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|October"
                          r"|November|December)\b")
_ANTECEDENT_RELEASE_RE = re.compile(rf"\b(?:{_RELEASE_VERBS}|walked\s+out)\b", _C)
_OWN_TIME_RE = re.compile(
    r"\b(?:today|tonight|yesterday|this\s+(?:week|month|year|morning|afternoon|evening)|last|ago|recently|now|"
    r"(?:19|20)\d\d|" + "|".join(WEEKDAYS) + "|" + _MONTH_RE + r")\b", re.I)
_COORD_RE = re.compile(
    rf"(?:\s+{_HELD_IN_PLACE})?"  # "1,287 Eritrean POWs held in Ethiopia and 279 ..."
    r"\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+|plus\s+)$")
# "... and a Filipino": one more person closing a list of counted groups
_AND_ONE_MORE_RE = re.compile(rf"\s*,?\s*and\s+an?\s+(?:[A-Z][a-z]+|(?i:{_PEOPLE_NOUNS}))\b")


_NAME_RUN_RE = re.compile(r"[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+")
_GENERIC_NOUNS = frozenset("people persons individuals prisoners detainees captives hostages".split())
_NAMED_MEMBERS_BEFORE_RE = re.compile(r"(?:[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+\s*,\s*)+$")


def _breakdown_groups(sentence: str, quantities: list[Quantity], heads: dict | None = None) -> list[tuple[list[Quantity], int, list[str]]]:
    """Coordinated head-counts that split one group: '13 Israelis, 10 Thai nationals and a Filipino',
    '270 servicemen and 120 civilians'. Returns (members, sum, member nouns)."""
    groups: list[tuple[list[Quantity], int, list[str]]] = []
    run: list[Quantity] = []
    nouns: list[str] = []

    def close(extra: int) -> None:
        if run and ", " in sentence[max(0, run[0].start - 3):run[0].start]:  # named people listed first: "Ingrid Betancourt, three
            named = _NAMED_MEMBERS_BEFORE_RE.search(sentence, max(0, run[0].start - 160), run[0].start)  # contractors and ..."
            extra += len(_NAME_RUN_RE.findall(named.group(0))) if named else 0
        if len(run) >= 2 and nouns[0] in _GENERIC_NOUNS and run[0].value \
                and sum(q.value or 0 for q in run[1:]) + extra == run[0].value \
                and sentence[run[0].end:run[1].start].rstrip().endswith(","):
            # "released 15 people, 14 fighters and a civilian": the first figure is the total, the rest its parts
            run.pop(0)
            nouns.pop(0)
        if len(run) + (1 if extra else 0) >= 2:
            groups.append((list(run), sum(q.value or 0 for q in run) + extra, list(nouns)))
        run.clear()
        nouns.clear()

    for i, q in enumerate(quantities):
        head = _head(sentence, q, heads)
        if head is None or not q.countable or _PARTITIVE_NOUN_RE.fullmatch(head.group("noun")):
            close(0)  # "eight Russians, two of them minors": a subset, not a coordinated part
            continue
        run.append(q)
        nouns.append(head.group("noun").lower())
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if nxt is not None and _COORD_RE.match(sentence[head.end():nxt.start]):
            continue
        close(1 if _AND_ONE_MORE_RE.match(sentence, head.end()) else 0)
    return groups


_DEPENDANTS_RE = re.compile(r"children|minors|kids|babies|infants|relatives|family\s+members|wives|spouses|dependants", re.I)


def _share_within_groups(classified: dict[int, tuple], membership: dict[int, tuple]) -> None:
    """Coordinated head-counts share their verb: 'released 10 Americans and 20 Venezuelans' frees both.
    Dependants listed beside prisoners ('24 prisoners and two children') travel with them; they are
    not counted as freed captives."""
    by_group: dict[int, list[int]] = {}
    for start, group in membership.items():
        by_group.setdefault(id(group), []).append(start)
    for starts in by_group.values():
        group = membership[starts[0]]
        nouns = dict(zip(sorted(starts), (n for _, n in group[1])))
        kinds = {classified[st] for st in starts if st in classified}
        if len(kinds) != 1:
            continue
        (kind,) = kinds
        has_captives = any(re.fullmatch(_CAPTIVE_NOUNS, n, re.I) for n in nouns.values())
        for st in starts:
            if st not in classified and not (has_captives and _DEPENDANTS_RE.fullmatch(nouns[st])):
                classified[st] = kind


_OF_THEM_AFTER_RE = re.compile(r"\s+of\s+(?:them|those|these|whom)\b", re.I)
_AND_BETWEEN_RE = re.compile(r"[^;:.!?]{1,160}?(?:,\s*and|\band|,\s*while|\bwhile)\s+(?:" + _QUAL_TAIL + r")$", re.I)


def _drop_coordinated_shares(sentence: str, quantities: list, classified: dict, heads: dict) -> None:
    """A bare figure coordinated after a share goes on sharing the same whole: in "250 of them were serving
    sentences, and 1,718 were detained without charge" the 1,718 are more of them, not a count of their own."""
    for prev, q in zip(quantities, quantities[1:]):
        if classified.get(q.start, ("",))[0] in ("held", "released") and _OF_THEM_AFTER_RE.match(sentence, prev.end) \
                and _head(sentence, q, heads) is None and not _OF_THEM_AFTER_RE.match(sentence, q.end) \
                and _AND_BETWEEN_RE.fullmatch(sentence, prev.end, q.start):
            del classified[q.start]


def _drop_subset_lists(sentence: str, quantities: list, classified: dict, membership: dict) -> None:
    """A list opened by "including" is a breakdown of a figure before it, every part of it: in "rescued 104
    passengers, including 58 men, 31 women and 15 children, who were taken to X" no part is a count of its own."""
    firsts: dict[int, Quantity] = {}
    for q in quantities:
        group = membership.get(q.start)
        if group is not None:
            firsts.setdefault(id(group), q)
    for q in firsts.values():
        if _SUBSET_LEFT_RE.search(sentence, max(0, q.start - 40), q.start):
            group = membership[q.start]
            for st in [st for st, g in membership.items() if g is group]:
                classified.pop(st, None)
                del membership[st]


def _own_homes(sentence: str, quantities: list, classified: dict, before: set, heads: dict) -> None:
    """A homecoming shared along a coordination goes to each part's own home: '1,287 Eritrean POWs and 279
    Ethiopian POWs crossed the border' sends the Eritreans to Eritrea, not to Ethiopia."""
    homes = {}
    for q in quantities:
        head = _head(sentence, q, heads) if q.start in classified else None
        homes[q.start] = _demonym_country(sentence[q.end:head.end()]) if head else None
    home_dests = {classified[st][1] for st in before if classified[st][0] == "transferred"
                  and homes.get(st) and homes[st] == _country_part(classified[st][1])}
    for st, (metric, dest) in list(classified.items()):
        if st not in before and metric == "transferred" and dest in home_dests:
            classified[st] = ("transferred", homes[st]) if homes.get(st) else ("released", None)


def _drop_breakdowns(claims: list[dict], groups: list[tuple]) -> list[dict]:
    """Parts of a total the article also reports are a breakdown, not figures of their own:
    '270 servicemen and 120 civilians' when 390 were exchanged; later mentions of such a part
    ('the 10 Thai nationals') too. Parts going to different destinations are kept: those are transfers."""
    drop: set[int] = set()
    parts: set[tuple[int, str]] = set()
    for group in groups:
        total, members = group
        in_group = [c for c in claims if c["_group"] is group]
        totals = [k for k, c in enumerate(claims) if c["_group"] is not group and c["value"] == total]
        if not totals:
            continue
        first = min((k for k, c in enumerate(claims) if c["_group"] is not None and c["_group"][0] == total),
                    default=len(claims))  # (the first claim in any breakdown of that total)
        if all(k > first and re.search(rf"\bthe\s+{total}\b", claims[k]["quote"], re.I) for k in totals):
            continue  # "freed 10 Israelis and four Thais ... The 14 hostages were taken to hospital": the sum
            # looks back at the parts, which are the report's own figures
        if len({c["destination"] for c in in_group}) > 1:
            continue
        drop |= {id(c) for c in in_group}
        parts |= set(members)
    for c in claims:
        if (c["value"], c["_noun"]) in parts:
            drop.add(id(c))
    return [c for c in claims if id(c) not in drop]


# the subject's own release, then a move by a second verb of the same clause
_THEN_MOVED_RE = re.compile(
    rf"[^;:.!?]{{0,120}}?(?:\b(?i:{_RELEASE_VERBS})\b[^;:!?]{{0,80}}?)?(?i:\band\s+|,\s*(?=(?:and\s+)?(?:then|later|subsequently)\s))"
    rf"(?i:(?:(?:and|were|was|have\s+been|has\s+been|had\s+been|later|then|immediately|subsequently|quickly)\s+)*"
    rf"(?:(?:flown|taken|sent|driven|transferred|transported|deported|expelled|bussed|escorted)\s+(?:\w+\s+){{0,4}}?to"
    rf"|(?:flew|sent|took|drove|bussed|transferred|deported|expelled)\s+them\s+(?:\w+\s+){{0,4}}?to"
    rf"|put\s+them\s+(?:on|aboard)\s+(?:a|an|the)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:plane|flight|aircraft|jet|bus|buses|ship|boat)\s+to"
    # "... were returned in the exchange and were \"currently on the territory of the Republic of Belarus\""
    rf"|[\"“]?(?:currently|now)\s+(?:{_ON_TERRITORY_OF}|in)))"
    rf"\s+{_PLACE}")
_OTHER_CLAUSE_RE = re.compile(r"\b(?:who|whom|which|while|whereas|but|said|says|told)\b|,\s*(?:and\s+)?(?:the|a|an)\s", re.I)
# "freed without charge after their return to Britain", "released after being flown to Oman": the move came first
_AFTER_MOVED_RE = re.compile(
    rf"[^;:.!?]{{0,80}}?\b(?i:after\s+(?:being\s+|their\s+|his\s+|her\s+)?(?:flown|brought|sent|returned|return"
    rf"|repatriated|repatriation|transferred|transfer|deported|deportation)\s+(?:back\s+)?to)\s+{_PLACE}")


# ", in a release of 27 hostages in all": the sum of the clause before, on its occasion
_IN_A_RELEASE_OF_END_RE = re.compile(r",\s*in\s+an?\s+(?:[\w-]+\s+){0,2}?(?:release|swap|exchange|handover|deal|operation)\s+"
                                    r"(?:of|involving|that\s+freed)\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$", re.I)
# "So far 160 passengers have been released": a tally up to now
_SO_FAR_RE = re.compile(r"\b(?:so\s+far|to\s+date)\b", re.I)
# a tally kept under a scheme or over a span is a running total whatever else the story counts
_TALLY_FRAME_RE = re.compile(r"\b(?:under|since|this\s+(?:year|month)|in\s+total|altogether|cumulative|number|total|tally"
                             r"|rais(?:e|es|ed|ing)|bring(?:s|ing)?|brought)\b", re.I)


_LEDE_SENTENCES = 3
_BATCH_LEFT_RE = re.compile(r"\b(?:another|a\s+further)\s+(?:about\s+|some\s+)?$", re.I)
_BATCH_RIGHT_RE = re.compile(r"\s+more\b(?!\s+than)", re.I)
_BATCH_CLAUSE_RE = re.compile(r"\bin\s+(?:small\s+)?(?:groups|batches)\b|\bbefore\s+the\s+end\b", re.I)


def _is_batch(sentence: str, q: Quantity) -> bool:
    """A stage of a release let go in parts: "another 30 hostages", "Five more hostages", "were released in small
    groups", "freed before the end" ("a first group of 66 walked out" may be the story's own day: not read)."""
    return bool(_BATCH_LEFT_RE.search(sentence, max(0, q.start - 30), q.start)
                or _BATCH_RIGHT_RE.match(sentence, q.end)
                or _BATCH_CLAUSE_RE.search(sentence))


_QUOTED_FIGURE_RE = re.compile(r"[\"“]((?:(?:more\s+than|at\s+least|about|some|nearly|almost|over|around|up\s+to)\s+)?"
                               r"\d[\d,.]*)[\"”](?=\s+[a-z])", re.I)


def extract_counts(sentences: list[str], *, published: str | None = None, event_date: str | None = None,
                   context: str | None = None, dateline: tuple[int, int] | None = None) -> list[dict]:
    """Count claims from an article's sentences, deduplicated, in reading order.
    `context` is the article's full text (captions included), read only to locate named places.
    `dateline` is the (month, day) of a wire dateline that gives no year ("KYIV, Sept 14 (Reuters)")."""
    # a figure quoted from a source reads as the figure ('"at least 1,000" people were still held'); each claim
    # keeps the sentence as written for its quote
    quoted: dict[str, str] = {}
    plain_sentences = []
    for sentence in sentences:
        plain = _QUOTED_FIGURE_RE.sub(r" \1 ", sentence) if '"' in sentence or "“" in sentence else sentence
        if plain != sentence:
            quoted[plain] = sentence
        plain_sentences.append(plain)
    sentences = plain_sentences
    ev = _parse_iso(event_date)
    pub = _parse_iso(published)
    event_year = (ev or pub).year if (ev or pub) else None
    day_ref = None
    if not (ev or pub) and dateline:
        pub_month = dateline[0]
        day_ref = _day_ref(*dateline)
    else:
        pub_month = pub.month if pub else None
    # without an event date, the publication month (or the one before) stands in
    months_ok = {ev.month} if ev else ({pub_month, (pub_month - 2) % 12 + 1} if pub_month else None)
    raw: list[dict] = []
    groups: list[tuple] = []
    places = _Places([context] if context else sentences)
    prev_notes: list[str | None] | None = None  # scopes of the sentence before, if it was all other_event
    prev: tuple[str, list[Quantity]] | None = None  # the sentence before, with its figures
    lede_stop = lede_end(sentences, _LEDE_SENTENCES)
    last_freed: tuple[int, dict] | None = None  # the one release claim of the sentence before, if it made one
    prev_metric: str | None = None  # the one metric (released or held) of the sentence before's figures
    prev_escape = False  # the sentence before told an escape, and no release
    for si, sentence in enumerate(sentences):
        moved = _THEY_MOVED_RE.match(sentence) if last_freed and last_freed[0] == si - 1 else None
        dest = _destination(moved.group("place")) if moved else None
        if dest and country_of(dest) == dest \
                and dest not in (places.main_country(), last_freed[1]["destination_country"]):
            # "49 servicemen were handed over. They were taken to the territory of the Republic of Belarus." (a
            # country: a town, a bridge or a hospital is a stop on the way home)
            raw.append({**last_freed[1], "metric": "transferred", "destination": dest,
                        "destination_country": _country_part(dest), "quote": sentence, "_group": None})
        escape_here = any(stem in sentence for stem in _ESCAPE_STEMS) and bool(_ESCAPE_RE.search(sentence)) \
            and not _FREED_VERB_RE.search(sentence)
        if not _may_hold_number(sentence):
            prev_notes = prev = prev_metric = None
            prev_escape = escape_here
            continue
        notes_here: list[tuple[str, str | None]] = []
        first_claim = len(raw)
        transfer_seen = False
        found = find_quantities(sentence)
        quantities = [q for q in found if not _is_measure(sentence, q)]
        # "freed all but nine of the prisoners": the nine the release left behind are still held
        # ... and "all but 62 had since been released" (the subject's complement waits)
        held_rest = [q for q in found if q.all_but and q.value and (
            _ALL_BUT_FREED_RE.search(sentence, max(0, q.start - 40), q.start)
            or _ALL_BUT_WERE_FREED_RE.match(sentence, q.end)
            or (_LET_SET_LEFT_RE.search(sentence, max(0, q.start - 12), q.start)
                and _ALL_BUT_GO_RE.match(sentence, q.end)))]
        membership: dict[int, tuple] = {}
        heads: dict[int, re.Match | None] = {}
        for members, total, nouns in _breakdown_groups(sentence, quantities, heads):
            group = (total, tuple(zip((m.value for m in members), nouns)))
            for m in members:
                membership[m.start] = group
            groups.append(group)
        classified: dict[int, tuple[str, str | None]] = {}
        for q in quantities:
            got = _classify(sentence, q, transfer_seen, heads, places)
            if not got and si and q.start <= 12 and _answers_release_question(sentences[si - 1], sentence, q, heads):
                got = ("released", None)  # a Q&A: "Who was released? Four hostages: ..."
            if not got and prev_metric and _FIGURE_AT_LEFT_RE.search(sentence, max(0, q.start - 80), q.start):
                got = (prev_metric, None)  # "381 remained in detention. A rights group puts the figure at 420."
            if got and prev_escape and got[0] in ("transferred", "released") and not _FREED_VERB_RE.search(sentence):
                got = None  # "A group of prisoners escaped. Six leaders took a plane and flew to Chile": a flight
            if got:
                classified[q.start] = got
                # (a move to "the Armenian side" is a swap's, and its verb is gapped the same way)
                transfer_seen = transfer_seen or got[0] == "transferred" or (got[0] == "exchanged" and " side" in sentence)
        for q in held_rest:
            quantities.append(q)
            classified[q.start] = ("held", None)
        quantities.sort(key=lambda x: x.start)
        gapped = _share_gapped_verbs(sentence, quantities, classified) if len(quantities) > 1 and classified else {}
        scopes: dict[int, tuple[str, str | None]] = {}
        if len(quantities) > 1 and classified:
            _drop_coordinated_shares(sentence, quantities, classified, heads)
        if membership:
            _drop_subset_lists(sentence, quantities, classified, membership)
            before = set(classified)
            _share_within_groups(classified, membership)
            _own_homes(sentence, quantities, classified, before, heads)
        for q in quantities:
            got = classified.get(q.start)
            if not got:
                continue
            metric, dest = got
            scope, note = _scope(sentence, q, metric, months_ok=months_ok, event_year=event_year, ev=ev, pub=pub,
                                 day_ref=day_ref)
            if q.start in gapped and scopes.get(gapped[q.start], ("",))[0] == "other_event":
                scope, note = scopes[gapped[q.start]]  # a gapped verb keeps its time: "had freed 33 in March, and ... 1,800"
            if scope == "this_event" and scopes and _IN_A_RELEASE_OF_END_RE.search(sentence, max(0, q.start - 60), q.start):
                last = scopes[max(scopes)]
                if last[0] == "other_event":
                    scope, note = last  # "freed in October with 10 workers, in a release of 27 in all": one occasion
            scopes[q.start] = (scope, note)
            if scope == "this_event" and prev_notes and _CONTINUATION_RE.match(sentence, 0, q.end + 40) \
                    and q.start <= 2 and not (metric == "held" and _STILL_REMAIN_RE.search(sentence)):
                # ("Thirteen other Uighurs remain at Guantanamo" after a running total: those held now)
                scope, note = "other_event", prev_notes[0]  # "Eight others have been rescued" goes on with the last event
            if scope == "this_event" and metric != "held" and prev and q.start <= 12 \
                    and _DEFINITE_OPENER_RE.match(sentence[:q.start]) and not _OWN_TIME_RE.search(sentence):
                scope, note = _antecedent_scope(prev, q.value, metric, months_ok=months_ok, event_year=event_year,
                                                ev=ev, pub=pub, day_ref=day_ref) or (scope, note)
            notes_here.append((scope, note))
            claim = {
                "metric": metric,
                "value": q.value + _named_companions(sentence, q),
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
            head = _head(sentence, q, heads)
            claim["_noun"] = head.group("noun").lower() if head else None
            claim["_group"] = membership.get(q.start)
            if metric == "released" and scope == "this_event" and si >= lede_stop and _is_batch(sentence, q):
                claim["_batch"] = True
            if metric == "released" and scope == "other_event" and _SO_FAR_RE.search(sentence) \
                    and not _TALLY_FRAME_RE.search(sentence):
                claim["_so_far"] = True
            raw.append(claim)
            moved = _RELATIVE_MOVED_RE.match(sentence, head.end()) if head and metric == "released" else None
            moved_to = _destination(moved.group("place")) if moved else None
            if moved_to:
                # "released ten political prisoners, who were flown out to Chile the same day": freed, then moved
                raw.append({**claim, "metric": "transferred", "destination": moved_to,
                            "destination_country": _country_part(moved_to)})
            if metric == "transferred" and scope == "this_event" and _RELEASED_BY_AFTER_RE.match(sentence, q.end) \
                    and _WITH_TO_LEFT_RE.search(sentence, max(0, q.start - 80), q.start):
                # "flew to Panama with 59 political prisoners released by President X": freed, then moved
                raw.append({**claim, "metric": "released", "destination": None, "destination_country": None})
            after = _AFTER_MOVED_RE.match(sentence, q.end) if metric == "released" and scope == "this_event" \
                and "after" in sentence else None
            after_to = _destination(after.group("place")) if after else None
            if after_to and _country_part(after_to) != places.main_country() \
                    and not _OTHER_CLAUSE_RE.search(after.group(0)):
                raw.append({**claim, "metric": "transferred", "destination": after_to,
                            "destination_country": _country_part(after_to)})
            if metric in ("released", "exchanged") and scope == "this_event" \
                    and ("and" in sentence or "then" in sentence):
                moved = _THEN_MOVED_RE.match(sentence, q.end, min(len(sentence), q.end + 200))
                dest = _destination(moved.group("place")) if moved and not _OTHER_CLAUSE_RE.search(
                    moved.group(0)) else None
                home = _country_part(dest) in (places.main_country(), _demonym_country(sentence[q.end:q.end + 40])) \
                    if dest else True  # "Israeli women handed to the Red Cross and taken to Israel" came home
                if dest and not home and not _CROSSING_AFTER_RE.match(sentence, moved.end("place")):
                    # "were released Thursday in Baghdad and were flown to Dubai": freed, then moved there
                    raw.append({**claim, "metric": "transferred", "destination": dest,
                                "destination_country": _country_part(dest)})
            if metric == "transferred" and scope == "this_event" and head \
                    and _MOVED_IN_SWAP_RE.match(sentence, head.end()):
                # "Five dissidents ... were flown to New York in exchange for two spies": moved as one side of a swap
                raw.append({**claim, "metric": "exchanged", "destination": None, "destination_country": None})
            if metric == "transferred" and head and not SERVE_SENTENCE_RE.search(sentence) and (
                    _home_country(sentence[q.end:head.end()], dest)
                    or (_CAPTIVE_NOUN_FULL_RE.fullmatch(head.group("noun")) and claim["destination_country"]
                        and _SEND_LEFT_RE.search(sentence, max(0, q.start - 60), q.start))):
                # "The 32 Armenians were handed over to Armenia": a move to their own country is a homecoming too;
                # "deported 135 political prisoners to Guatemala": a captor sending prisoners abroad frees them
                # (a release verb of its own before the move is no reading off the move: "65 Russian servicemen
                # had been returned from territory held by Kyiv and would be flown to Moscow")
                raw.append({**claim, "metric": "released", "destination": None, "destination_country": None,
                            "_implied": not _OWN_RELEASE_THEN_MOVE_RE.match(sentence, head.end())})
            elif metric == "transferred" and scope == "this_event" and head \
                    and (_SPENT_IN_PRISON_RE.match(sentence, head.end())
                         or _FROM_PRISON_RE.match(sentence, head.end())):
                # "Four men who spent seven years in the US military prison at Guantanamo Bay landed in Bermuda",
                # "Six men were transferred from the US prison at Guantanamo Bay to Uruguay": the ones a prison held,
                # moved on to a country, are out of it
                raw.append({**claim, "metric": "released", "destination": None, "destination_country": None,
                            "_implied": True})
            elif metric == "transferred" and scope == "this_event" and head \
                    and _CROSSED_OUT_RE.match(sentence, head.end()) \
                    and (_CAPTIVE_NOUN_FULL_RE.fullmatch(head.group("noun"))
                         or _HELD_ASIDE_RE.match(sentence, head.end())):
                # "Twelve hostages crossed into Niger", "67 volunteers, who had been held as prisoners of war, crossed
                # the bridge into France": captives walking out into another country are free
                raw.append({**claim, "metric": "released", "destination": None, "destination_country": None,
                            "_implied": True})
        freed_here = [c for c in raw[first_claim:]
                      if c["metric"] in ("released", "exchanged") and c["scope"] == "this_event"]
        last_freed = (si, freed_here[0]) if len({c["value"] for c in freed_here}) == 1 else None
        other = [n for sc, n in notes_here if sc == "other_event"]
        prev_notes = other if notes_here and len(other) == len(notes_here) else None
        prev = (sentence, quantities)
        prev_escape = escape_here
        metrics = {c["metric"] for c in raw[first_claim:]}
        prev_metric = metrics.pop() if len(metrics) == 1 and metrics <= {"released", "held"} else None
    if any(c.get("_batch") for c in raw) and any(
            c["metric"] in ("released", "exchanged") and c["scope"] == "this_event" and not c.get("_batch") for c in raw):
        # "Five more hostages were released", "A first group of 121 was freed on 6 June" beside the story's own
        # release: stages let go before it, not its figure
        for c in raw:
            if c.get("_batch"):
                c["scope"], c["note"] = "other_event", c.get("note") or "earlier batch"
    for c in raw:
        c.pop("_batch", None)
    if not any(c["metric"] in ("released", "exchanged") and c["scope"] == "this_event" for c in raw):
        # "So far 160 passengers have been released," a spokesman said: in a story whose only figure of the freed is
        # the tally so far, that tally is the release still going on, the story's own
        for c in raw:
            if c.get("_so_far"):
                c["scope"] = "this_event"
                c.pop("note", None)
    for c in raw:
        c.pop("_so_far", None)
    if groups:
        raw = _drop_breakdowns(raw, groups)
    if any(c.get("_implied") for c in raw) and any(
            c["metric"] in ("released", "exchanged") and c["scope"] == "this_event" and not c.get("_implied") for c in raw):
        # a release read off a move is only needed when the article states none: beside a stated total it
        # is a part ("The three Americans were flown to the United States" of 15 freed) or a repeat
        raw = [c for c in raw if not c.get("_implied")]
    raw = [c for c in raw if not (c["metric"] == "held" and _is_prison_population(c["quote"]))]
    out: list[dict] = []
    seen: set[tuple] = set()
    for claim in raw:
        claim.pop("_noun")
        claim.pop("_group")
        claim.pop("_implied", None)
        key = (claim["metric"], claim["value"], claim["destination"], claim["scope"])
        if key in seen:
            continue
        seen.add(key)
        claim["quote"] = quoted.get(claim["quote"], claim["quote"])
        out.append(claim)
    return out


# A country's whole prison population is no count of people still held by the story's captor: "About 12,000
# prisoners are held in Afghan jails", "Nigeria's custodial centres held 70,056 inmates", "The prisons hold 20,000
# inmates" (but "3,000 Arabs held on security charges" and "60,000 held on political grounds" are)
_PRISON_POPULATION_RE = re.compile(
    r"\b(?:prison\s+population|custodial\s+cent(?:re|er)s|(?:prison|penitentiary|correctional)\s+(?:system|service)s?"
    r"|(?:prisons|jails|penal\s+institutions|(?:correction(?:al)?|detention)\s+(?:cent(?:re|er)s|facilities))"
    r"\s+(?:together\s+|between\s+them\s+)?(?:(?:are|were)\s+)?(?:hold|held|holding|house|housed|housing)"
    r"|(?:inmates|prisoners)\s+(?:are|were)\s+(?:held|housed)\s+in\s+"
    r"(?:the\s+country['’]s\s+|(?-i:[A-Z])[\w-]*\s+|its\s+)?(?:jails|prisons)"
    # "the number of detainees and convicts in penal institutions"
    r"|number\s+of\s+(?:[\w-]+\s+){1,3}?in\s+(?:the\s+)?(?:penal\s+institutions|prisons|jails))\b", re.I)
_CAPTIVE_KIND_RE = re.compile(r"\b(?:politic\w*|security|conscience|war|hostages?|captives?|still|remain\w*|opposition"
                              r"|activists?|journalists?|protesters?|dissidents?)\b", re.I)


# an escape (a breakout is no release), and the verbs that free people
# (not in a relative clause about somebody: "led by X, who escaped from prison in 1968")
_ESCAPE_RE = re.compile(r"\b(?<!who\s)(?<!that\s)(?:escaped|escape|escapes|escaping|broke\s+out|breakout|jailbreak"
                        r"|prison\s+break|fled\s+(?:from\s+)?(?:the\s+)?(?:prison|jail|camp))\b", re.I)
_ESCAPE_STEMS = ("esca", "broke", "break", "fled")  # (a plain substring test first: most sentences tell no escape)
_FREED_VERB_RE = re.compile(r"\b(?:freed|released|pardoned|amnestied|set\s+free|let\s+go|handed\s+over|exchanged|swapped"
                            r"|liberated|repatriated|rescued)\b", re.I)
# another source's figure for the one the sentence before gave: "Rights groups put the figure higher, at about 420",
# "estimates the number at 5,000", "says the real number is 420"
_FIGURE_AT_LEFT_RE = re.compile(
    r"\b(?:(?:puts?|putting|places?|placing|estimates?|estimated|estimating)\s+(?:the|that|this|its|their)\s+(?:\w+\s+)?"
    r"(?:figure|number|total|tally|count)\b(?:(?!\bof\b)[^.;:]){0,30}?\bat|(?:true|real|actual)\s+(?:figure|number|total|tally|count)"
    r"\s+(?:is|was|could\s+be|may\s+be))\s+(?:\w+\s+){0,2}$", re.I)


def _is_prison_population(quote: str) -> bool:
    if "at the" in quote and _POPULATION_BEFORE_BREAK_RE.search(quote):
        return True
    return bool(_PRISON_POPULATION_RE.search(quote)) and not _CAPTIVE_KIND_RE.search(quote)


# a jail's roll before the break or attack the story tells: "the custodial centre held 994 inmates at the time of the
# attack", "The prison counted more than 3 000 detainees at the beginning of January" (who escaped are not still held)
_POPULATION_BEFORE_BREAK_RE = re.compile(
    r"\b(?:prison|jail|penitentiary|custodial\s+cent(?:re|er)|facility|compound)\b[^.;]{0,80}?\b(?:held|housed|counted|had)\s+"
    r"[^.;]{0,60}?\bat\s+the\s+(?:time\s+of\s+the\s+(?:attack|escape|break|breakout|jailbreak|raid|assault)"
    r"|beginning\s+of|start\s+of)\b", re.I)


# "The Serbs freed 517 prisoners, the government 248 and the Croats 120": the verb is said once (gapping)
_GAPPED_SUBJECT_RE = re.compile(r"(?:,|\band)\s+(?:the\s+)?[\w'’\-]+(?:\s+[\w'’\-]+){0,3}\s+$")
_GAP_VERB_RE = re.compile(r"(?<![\w\-])(?:said|says|told|added|noted|claimed|stated|among|such|of|whom|which|who|kept|keeps?|holds?|[a-z]+ed|[a-z]+ing)\b")
_GAP_END_RE = re.compile(r"\s*(?:[,;.]|and\b|$)")
_IN_RETURN_RE = re.compile(r"\bin\s+(?:return|exchange)\b", re.I)
_IN_RETURN_GAP_RE = re.compile(r"\s+in\s+(?:return|exchange)(?=\s+(?:" + _QUAL_TAIL + r")$)", re.I)


# a breakdown of the figure before, not a clause of its own: "9 hostages, between them 4 minors and 3 elderly"
_SUBSET_GAP_RE = re.compile(r"^\s*(?:[\w'’-]+\s*){0,3}?,\s*(?:among|between)\s+(?:them|whom)\b", re.I)


def _gapped(sentence: str, prev: Quantity, q: Quantity) -> bool:
    """Is `q` a figure of a gapped clause after `prev`'s ("..., the government 248 and the Croats 120")?"""
    head = _HEAD_RE.match(sentence, q.end)
    if not _GAP_END_RE.match(sentence, head.end() if head else q.end):
        return False
    between = _IN_RETURN_GAP_RE.sub(" ", sentence[prev.end:q.start])  # "and Israel in return 1,800": still gapped
    subject = _GAPPED_SUBJECT_RE.search(between)
    return not (len(between) > 90 or any(ch in between for ch in ";:.") or _FINITE_RE.search(between)
                or _RIGHT_RELEASE_RE.search(between) or not subject or _GAP_VERB_RE.search(subject.group(0))
                or _SUBSET_GAP_RE.search(between))



def _share_gapped_verbs(sentence: str, quantities: list, classified: dict) -> dict[int, int]:
    """Give a figure whose verb is gapped the verb of the figure before; returns {gapped start: source start}."""
    shared: dict[int, int] = {}
    prev = None
    for q in quantities:
        got = classified.get(q.start)
        if got and not (prev and got[0] in ("released", "exchanged") and _IN_RETURN_GAP_RE.search(
                sentence, max(0, q.start - 40), q.start) and _gapped(sentence, prev[0], q)):
            prev = (q, got) if got[0] in ("released", "exchanged") and _LEFT_RELEASE_RE.search(
                sentence, max(0, q.start - 60), q.start) else None
            continue
        if prev is None or q.value is None or not _gapped(sentence, prev[0], q):
            continue
        between = sentence[prev[0].end:q.start]
        # "Hamas released 33 hostages, and Israel in return about 1,800 prisoners": the other side of a swap
        classified[q.start] = ("exchanged", None) if _IN_RETURN_RE.search(between) else prev[1]
        shared[q.start] = prev[0].start
    return shared


_ALL_BUT_FREED_RE = re.compile(rf"\b(?:{_RELEASE_VERBS})\s+$", re.I)
_ALL_BUT_WERE_FREED_RE = re.compile(
    rf"(?:\s+(?:of\s+)?(?:them|those|the\s+\w+)"
    rf"(?:\s+(?:arrested|detained|held|jailed|taken|seized|rounded\s+up)\b[^,;]{{0,40}}?)?)?"  # ("of those arrested since Monday")
    rf"\s+(?:have|has|had|were|was)\s+(?:since\s+|now\s+|already\s+|all\s+)*"
    rf"(?:been\s+)?(?:{_RELEASE_VERBS})\b", re.I)
# "let all but 30 of them go", "set all but three of the hostages free": the split verb's object
_LET_SET_LEFT_RE = re.compile(r"\b(?:let|lets|letting|set|sets|setting)\s+(?:all\s+but\s+)?$", re.I)
_ALL_BUT_GO_RE = re.compile(
    r"(?:\s+of\s+(?:them|those|these|the\s+(?:[\w\-]+\s+){0,2}?[\w\-]+))?\s+(?:go|free|loose)\b", re.I)
_OTHERS_AFTER_RE = re.compile(r"\s+others?\b")
_NAMES_AND_RE = re.compile(
    r"(?:^|(?<=[\s(\"“]))(?P<names>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3}"
    r"(?:\s*,\s*[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})*)\s*,?\s+and\s+$")
_PLACE_PREPOSITION_END_RE = re.compile(r"\b(?:in|to|at|from|near|into|outside|inside)\s+$")
_NOT_NAME_WORDS = {"The", "A", "An", "Both", "All", "His", "Her", "Their", "Its", "Our", "This", "That", "These",
                   "Those", "He", "She", "They", "It", "We", "President", "Prime", "Minister", "Mr", "Mrs", "Ms"}


def _named_companions(sentence: str, q: Quantity) -> int:
    """How many named people precede 'and N other(s)': 'Ingrid Betancourt and 14 other hostages' are 15 people."""
    if not _OTHERS_AFTER_RE.match(sentence, q.end) or "and" not in sentence[max(0, q.start - 6):q.start]:
        return 0
    if q.qualifier in ("about", "more_than", "at_least"):
        return 0  # "Kuron, Michnik and about 20 other dissidents": a round figure is not a total to add to
    m = _NAMES_AND_RE.search(sentence, max(0, q.start - 200), q.start)
    if not m:
        return 0
    if _PLACE_PREPOSITION_END_RE.search(sentence, max(0, m.start() - 8), m.start()):
        return 0  # "driven to their homes in East Jerusalem and two others were ...": a place, not a companion
    names = [n.strip() for n in m.group("names").split(",")]
    for name in names:
        words = name.split()
        if words[0] in _NOT_NAME_WORDS or country_of(name) or is_demonym(words[0]) or country_of(words[0]):
            return 0  # "Russia and three other countries", "The US and 14 others"
    return len(names)


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
