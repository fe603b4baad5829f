"""Named people in a release story and what the article says happened to them.

``extract_people(sentences, title=None, published=None)`` finds person names with rules
only (no model): runs of capitalised tokens, minus a stop list of non-person words, role
titles and organisation names. Each mention is then tied to the sentence's cues:

* released -- "X was freed/rescued/paroled", "Belarus released X, Y and Z", "among those
  released (by Russia / handed to Kyiv) were X", "Released in return were X and Y", "Also
  returned were the 24 sailors ..., as well as X, who ..., and Y", "X and Y, two of the prisoners
  released", "X is free again / a free woman / is home / walked free", "the release/rescue of X",
  "X was handed over to the Red Cross", "X was freed with her daughters Y and Z" (Y and Z take
  X's surname), "X was also on the plane", "granted clemency to", "X was granted a pardon",
  "X was among 95 POWs who returned home", "the first American to be freed", headline grammar
  ("X, Y and Z freed from Gaza"); lists away from the verb: "...: A, B and C", "three hostages
  - A, B and C - on Saturday", "A, a public defender; B; and C", "A, who ..., B, 77, and C",
  "The prisoners, who included A and B, were freed", mixed subjects ("Senator A, two engineers
  and nine soldiers were rescued"); group noun phrases that name a group an earlier cue freed
  ("Venezuela freed ten Americans ... The six Americans were identified as A, B ...", "The
  executives - A, B - ...", "The two soldiers, A and B, crossed back", "X named them as A, B",
  "three American contractors ... The Americans, A, B and C, ..."); the previous sentence's
  group ("Among them were X", "The others included X", "X and Y were among them", "Of those
  freed, X ...", "Both were freed"); "he"/"she"/"him" for the name before (never a speaker,
  relative or official); "deported/expelled/sent to <country>" once the story is about releases;
  discourse groups: a cue about a counted or plural group ("handed over four men", "together with two
  Italians", "Ten people ... were flown to Moscow" in a swap story) is remembered, and a later "The four
  are A; B; and C", "The two Italians are ...", "Besides X, the group includes ...", "Along with X, the
  freed Americans are ...", "the four guerrillas -- A, B, C and D --" or "The man sent back in exchange
  for X is Y" names its members; "The three have been in custody" takes the three names before;
  pseudo-clefts ("Those freed were police officers A, B, and soldiers C, D", "The freed are ...", "Those
  released include ..."); "it was releasing 5,774 prisoners, among them X"; an apposition to one of the
  freed ("One of the freed girls, X, said", "Another returnee, Y,"); "the two survivors" / "the hostages"
  for the names a sentence introduced with that noun; "the deal saw five detainees released"; homecoming
  ("walked out of Rajai Shahr prison / a police station", "returned to his family", "stepped off a ... jet",
  headline "X and Y back in Canada");
* held -- "X remains in custody / remained in prison / is incommunicado / in the hands of Y", "X,
  who ..., is also still held / believed to remain in captivity", "A, B and C ... all remain in prison",
  "X and Y, who ..., were also not included", "is still held", "has
  been held since 2022" (weak), "remains imprisoned, as do Y and Z", "Also in custody is X",
  "Among those who remain in detention are X", "The deal did not include X", "X was excluded
  from the deal", "..., while Z was not", "X is (wrongfully) detained", "refused to leave",
  "was returned to the penal colony", "moved to house arrest" (weak when dated earlier: "In July, X was
  moved to house arrest" loses to a later release), "is on death row", "is still alive and being held",
  "was kept behind", "He was transferred to ...
  prison", "Both remain in Israeli jails" (the pair named before), and (weaker) "calls for the
  release of X", "X is expected to be freed"; a release "on furlough", "temporarily" or into
  house arrest leaves the person held, one "on bail"/"pending trial" counts as neither;
* nothing -- speakers, agents ("released by President X"), objects of other prepositions,
  possessors ("X's son"), photo-caption subjects, victims ("the killing of X", "the deceased
  hostages X and Y", "the late X"), people next to the freed ("X, who greeted the freed men"),
  and names modifying a group noun ("Boko Haram prisoners").

People are decided across all their mentions: an explicit "still held" beats a release, a
release beats a mere mention, and officials, bylines/photo credits, victims and quoted
commentators are never released ("X, an adviser to opposition leader Y" is an aide, who may be
freed by a direct cue; "an adviser to President Y" is an official). A relative is released only when named among the freed
("Ohad Munder, his mother Keren Munder"); relatives who speak, wait or travel with the freed
are mentioned. A diplomat (like an aide) is freed by a direct cue ("handed over the diplomat X"), never by
travelling with the freed; "former San Cristobal mayor X" is no official and "San Cristobal" no person.
A release tied to another time gets scope ``other_event``: "last year", "in
2022", a month well before ``published``, a pluperfect outside reported speech ("Hamas had
freed"), "since June 21, when ...", "the August 2024 swap, in which ...", "The swap came two
years after ...", a leading "In April," or "Before the truce,", "In that month," after a sentence dated
earlier, "who was freed three weeks later" in a sentence dated earlier; a second predicate ("was freed in
June and has since returned home") keeps the first one's scope; "Two weeks ago, ..." opens another
occasion, ", which released Y" continues an exchange dated earlier, "had been released by Friday evening"
and "According to X, ... had been freed" stay this event, and a date in an aside about the person ("X,
who was abducted two years ago,") dates no release. Without ``published`` the page's
dateline ("STOCKHOLM, June 15, 2024 (AFP) -") dates the story. A date alone on its line heads the
timeline entries below it ("10 January 2008"); a release dated by its day ("on Aug 27", "on 3 February")
is another occasion when it lies 10+ days before the publication date, or, in an undated story whose lede
dates its release by weekday ("on Saturday"), at all; "In return, ..." continues the previous sentence's
earlier swap; a list item's own aside ("X, a politician freed in November 2015") dates that item.

Names: "X, better known as Y" makes Y an alias (never the display name); a double surname shortened later
("Ricardo González Alfonso ... González Alfonso") keeps the full name; plural demonyms ("Finns") and
ships named after their type ("the supertanker Sirius Star") are no names.

The display name is the fullest spelling the article repeats ("Alaa Abd El-Fattah" over
"Abd El-Fattah"). Everything is pure and deterministic; sentences come from
``text.split_sentences``. Title Case lines (headline lists) are skipped: their capitals carry
no name signal.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date
from dataclasses import dataclass, field
from functools import lru_cache

from monitor.identity import TITLES, is_known_given_name, is_title
from monitor.identity import person_id as _identity_person_id
from monitor.identity import same_person as _identity_same_person
from monitor.extract.event import DEMAND_LIST_RE, country_of, is_demonym
from monitor.extract.phrases import (ESCAPED_CAPTORS, KIN_WORD, LAST_WEEKDAYS_RELEASE, LEAVE_SIEGE_PLACE,
                                     WALKED_OUT_OF_SIEGE)
from monitor.extract.scan import LowerScan
from monitor.extract.text import BULLETS, lede_end

__all__ = ["extract_people"]

# ---------------------------------------------------------------- lexicons

_MONTHS_DAYS = """january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
sunday spring summer autumn fall winter christmas easter ramadan hanukkah eid passover""".split()

_FUNCTION = """a an the and or nor but if of in on at to for from by with as after before since during
under over about against between among amid amidst despite while when where which who whom whose what
why how that this these those there here it its he she his her hers him they them their theirs we our
us you your i my me not no yes all both each every some any many much most more other others another
such only also even still yet so then than now just already however meanwhile moreover furthermore
although though because thus therefore indeed instead nevertheless later earlier today yesterday
tomorrow tonight last next first second third one two three four five six seven eight nine ten
eleven twelve hundreds thousands dozens several few per via according unlike like including
following toward towards into onto upon within without through throughout across around near
beyond behind above below once again never always often sometimes perhaps maybe please thanks
dear oh mr mrs ms miss dr prof sir dame madam jr sr ii iii iv ok okay well let lets is are was were be neither either
along alongside aside apart left none nobody
been being has have had do does did will would could should can may might must shall""".split()

# Words that start sentences or describe people but are never part of a name.
_COMMON = """speaking asked says said told according freed released liberated jailed detained missing absent
going heading travelling traveling moving flying
imprisoned exiled former prominent late new newly recently top senior deputy acting interim
veteran convicted accused alleged opposition pro anti human rights political prisoner prisoners
hostage hostages detainee detainees captive captives inmate inmates journalist journalists reporter
reporters activist activists dissident dissidents blogger bloggers lawyer lawyers businessman
businesswoman student students teacher musician artist writer poet author doctor nurse worker
workers aid citizen citizens national nationals resident residents teenager soldier soldiers troops
civilian civilians officer officers official officials leader leaders figure figures candidate
candidates critic critics laureate winner recipient ally allies family families mother father son
daughter wife husband brother sister brothers sisters sons daughters sibling siblings twin twins relatives people men women children group groups team members
member government governments authorities regime state states country countries nation nations city
region province capital border prison prisons jail camp colony court judge trial sentence charges
deal agreement talks swap exchange release releases freedom ceasefire truce war peace prize nobel
award news breaking update updated live video photo photos image images watch read listen share
advertisement editor editing reporting writing additional contributed copyright source sources
statement press conference service agency ministry office department embassy committee council
parliament congress senate house white kremlin pentagon united union european international
amnesty center centre institute university academy foundation fund bank party movement front
army navy air force forces guard corps brigades police intelligence security military defense
defence interior foreign justice home affairs economy finance health education federal republic
kingdom democratic islamic supreme high general assembly tribunal commission mission operation
project program initiative campaign network channel telegram twitter facebook instagram youtube
tiktok whatsapp signal reuters ap afp dpa tass ria interfax xinhua bbc cnn abc cbs nbc fox npr jazeera arabiya
rfe rl rfe/rl voa ukrinform belta efe ansa epa imago keystone sda viasna vyasna hamas
hezbollah taliban houthis houthi idf icrc unicef unhcr who nato osce eu un us usa uk uae
god allah lord jesus christ islam christianity judaism muslim muslims christian christians jewish
jews catholic orthodox protestant sunni shia shiite arab arabs western eastern northern southern
central north south east west middle far near greater upper lower old holy saint st nadu pradesh
westerner westerners easterner easterners northerner northerners southerner southerners foreigner foreigners
charge chargé d'affaires affaires consul consul-general vice-consul attaché attache
nobel peace gold golden black white red green blue grey gray dark great grand royal imperial
breaking exclusive analysis opinion editorial comment explainer factbox timeline profile
president vice prime minister premier chancellor secretary ambassador envoy spokesman spokeswoman
spokesperson senator sen rep representative congressman congresswoman governor gov mayor king queen
prince princess emir sheikh sultan ayatollah pope cardinal archbishop bishop rabbi imam pastor
father reverend rev chief director commander general gen admiral adm colonel col lieutenant lt major
maj captain capt sergeant sgt corporal cpl private pvt marine marines staff negotiator mediator warrant officer brig brigadier cmdr comdr lieut supt insp
flight class operator maintainer lts cols gens majs capts sgts cpls pvts pfc pfcs pte spc lcpl
bripda briptu bripka brigpol aipda aiptu ipda iptu akp kompol akbp kombes brigjen irjen komjen serda sertu serka praka
quartermaster technician pilot co-pilot copilot purser stewardess steward fireman seaman boatswain ensign yeoman petty signalman radioman corpsman gunner machinist airman
adviser advisor aide chairman chairwoman chairperson chair ceo head speaker prosecutor attorney mp mep
secretary-general undersecretary ruler dictator strongman coordinator commissioner rapporteur
delegate lawmaker lawmakers legislator diplomat diplomats ombudsman ombudswoman coordination treatment
counsellor counselor councillor councilor collector magistrate superintendent inspector sheriff constable
mawlawi maulvi moulvi maulana mufti ranger rangers jawan jawans barrister specialist spc
youtuber youtubers vlogger vloggers tiktoker influencer podcaster streamer rapper rappers singer singers songwriter
filmmaker filmmakers film-maker film-makers producer actor actress comedian novelist playwright economist economists
academic academics scholar scholars researcher researchers scientist scientists professor lecturer engineer
engineers pilot pilots photographer photographers photojournalist cameraman editor publisher priest priests monk
monks nun nuns cleric preacher missionary farmer farmers fisherman fishermen sailor sailors seafarer seafarers
conservationist environmentalist campaigner campaigners protester protesters demonstrator politician politicians
contractor contractors serviceman servicemen servicewoman volunteer volunteers paramedic medic medics surgeon
architect designer footballer athlete boxer wrestler entrepreneur investor banker executive executives manager
employee employees trader unionist feminist defender defenders translator interpreter historian analyst
consultant tycoon billionaire oligarch businessmen businesswomen cartoonist satirist tourist tourists
backpacker hiker climber
presenter presenters anchorman anchormen anchorwoman anchorwomen newsreader newsreaders broadcaster broadcasters
correspondent correspondents columnist columnists poets writers artists musicians dancer sculptor guitarist drummer
chef teachers doctors nurses guards
dear hello welcome thank sign subscribe click follow log login register download
help accessibility sport sports weather related topics topic posted published mon tue tues wed thu thur thurs fri sat
cookies cookie privacy menu skip
tatar tatars uyghur uyghurs uighur uighurs rohingya yazidi yazidis baluch kurdish
back separately additionally overall ultimately notably initially finally eventually previously currently
recently officially reportedly apparently afterwards elsewhere nonetheless similarly likewise
altogether besides otherwise hence accordingly consequently specifically importantly crucially
unfortunately fortunately sadly happily hopefully clearly obviously surprisingly interestingly
free freed liberation exchange exchanged swap swapped handed handover return returned returning
libération libertação liberazione liberté freilassung befreiung
poder ejecutivo legislativo judicial nacional ministerio gobierno policía fiscalía juzgado cárcel prisión governo ministério polícia
lawmaker minister ministers administration department
brigadier seaman airman ensign constable inspector superintendent trooper gunner rifleman sapper bombardier
midshipman commodore maulana mullah briton brit swede serb croat slovene bosniak
frenchman frenchwoman frenchmen englishman englishwoman englishmen dutchman dutchwoman dutchmen irishman irishwoman
irishmen scotsman scotswoman scotsmen welshman welshwoman welshmen
driver drivers fixer fixers colleague colleagues
passenger passengers crewman crewmen trucker truckers pupil pupils schoolgirl schoolgirls schoolboy schoolboys villager villagers miner miners
reader readers viewer viewers listener listeners witness witnesses eyewitness eyewitnesses survivor survivors shopper shoppers
allow permit ensure guarantee restore repeal investigate""".split()  # (the last: imperatives opening a list of demands)

_PLACES = """afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan
bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
brazil brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros
congo croatia cuba cyprus czechia czech denmark djibouti dominica ecuador egypt salvador eritrea
estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy
jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon
lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique
myanmar burma namibia nauru nepal netherlands holland zealand nicaragua niger nigeria macedonia norway
oman pakistan palau palestine panama papua paraguay peru philippines poland portugal qatar romania
russia rwanda samoa marino arabia senegal serbia seychelles sierra leone singapore slovakia slovenia
somalia africa spain sri lanka sudan suriname sweden switzerland syria taiwan tajikistan tanzania
thailand togo tonga trinidad tobago tunisia turkey turkiye turkmenistan tuvalu uganda ukraine
emirates britain england scotland wales uruguay uzbekistan vanuatu vatican venezuela vietnam yemen
zambia zimbabwe europe asia america americas latin caribbean balkans baltic baltics caucasus
scandinavia gaza strip bank jerusalem tel aviv haifa rafah khan younis jabalia nuseirat deir balah
sinai golan lebanon beirut damascus baghdad tehran evin kabul cairo doha riyadh muscat ankara
istanbul abu dhabi dubai moscow minsk kyiv kiev kharkiv lviv odesa odessa chernihiv donetsk luhansk
crimea kursk belgorod bryansk sumy mariupol zaporizhzhia kherson mykolaiv dnipro vilnius riga
tallinn warsaw berlin london paris geneva vienna brussels rome madrid lisbon stockholm oslo
helsinki copenhagen amsterdam hague prague budapest bucharest sofia belgrade athens caracas bogota
havana managua mexico washington york angeles francisco chicago boston miami texas california
florida virginia maryland andrews dulles pyongyang seoul tokyo beijing hong kong shanghai taipei
delhi islamabad kremlin lefortovo mordovia siberia urals chechnya dagestan tatarstan karelia
ukrainian ukrainians russian russians belarusian belarusians american americans israeli israelis
palestinian palestinians iranian iranians venezuelan venezuelans german germans french british
english polish lithuanian latvian estonian european europeans chinese japanese korean indian
pakistani afghan iraqi syrian lebanese egyptian saudi qatari emirati omani turkish jordanian
yemeni kuwaiti bahraini libyan tunisian algerian moroccan sudanese ethiopian somali nigerian
kenyan african canadian mexican cuban colombian brazilian argentine argentinian chilean peruvian
bolivian ecuadorian nicaraguan salvadoran guatemalan honduran haitian italian spanish portuguese
dutch belgian swiss austrian swedish norwegian danish finnish irish scottish welsh czech slovak
hungarian romanian bulgarian serbian croatian bosnian albanian greek cypriot georgian armenian
azerbaijani azeri kazakh uzbek kyrgyz tajik turkmen mongolian vietnamese thai cambodian burmese
filipino indonesian malaysian australian zealander soviet arab kurdish kurd kurds druze bedouin
jewish western gazan gazans
ivorian chadian malian senegalese ghanaian cameroonian congolese rwandan ugandan tanzanian zambian zimbabwean malawian
mozambican angolan namibian eritrean burundian djiboutian mauritanian guinean liberian gabonese togolese beninese
burkinabe nigerien malagasy gambian sahrawi tibetan uighur uyghur nepalese nepali bangladeshi maldivian laotian
singaporean taiwanese bhutanese fijian timorese moldovan macedonian montenegrin kosovar slovenian icelandic maltese
chechen dagestani ingush ossetian abkhaz circassian baluch pashtun
spaniard spaniards frenchman frenchmen frenchwoman englishman englishmen irishman irishmen dutchman dutchmen scotsman
filipina filipinas kazakhstani muslim muslims moslem moslems shiite shiites sunni sunnis""".split()

# Multi-word places whose parts are also personal names (Khan, Aviv, Younis, Salvador ...).
_PLACE_PHRASES = {
    "tel aviv", "khan younis", "khan yunis", "abu dhabi", "deir al-balah", "hong kong", "sri lanka",
    "sierra leone", "san marino", "los angeles", "san francisco", "san diego", "san antonio", "el salvador",
    "costa rica", "puerto rico", "buenos aires", "sao paulo", "são paulo", "rio de janeiro", "santa cruz",
    "kerem shalom", "sde teiman", "kfar aza", "nir oz", "joint base andrews", "wall street", "capitol hill",
    "downing street", "beit lahia", "beit hanoun", "ben gurion", "new delhi", "kuala lumpur", "addis ababa",
    "dar es salaam", "abu ghraib", "guantanamo bay", "ras al-khaimah", "al-arish", "el-arish", "port sudan",
    "saint petersburg", "st petersburg", "nizhny novgorod", "rostov-on-don", "tel hashomer", "sheba",
    "san jose", "san josé", "san juan", "san salvador", "santo domingo", "santa clara", "san sebastian",
    "san sebastián", "san cristobal", "san cristóbal", "san pedro sula", "la paz", "las vegas", "new orleans",
    "port-au-prince", "port au prince", "mexico city", "guatemala city", "panama city", "kuwait city",
    # and their people: "two Sri Lankans", "a Sierra Leonean army officer"
    "sri lankan", "sri lankans", "sierra leonean", "sierra leoneans", "new zealanders", "costa rican", "costa ricans",
    "puerto rican", "puerto ricans", "saudi arabian", "saudi arabians", "south african", "south africans",
    "south korean", "south koreans", "north korean", "north koreans", "south sudanese",
}
# a town's state or province after it: ", Kebbi State", ", Sindh Province" (not ", Kano State commissioner")
_ADMIN_AREA_AFTER_RE = re.compile(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:State|Province|County|Region|District"
                                  r"|Governorate|Prefecture|Oblast)(?=\s*[,.;:)]|\s*$)")
_ARRIVED_IN_BEFORE_RE = re.compile(r"\b(?:arrived|arriving|arrives?|landed|landing|lands?)\s+(?:back\s+|safely\s+)?(?:in|at)\s+$")
_PLACE_MAX_WORDS = max(len(p.split()) for p in _PLACE_PHRASES)
# words that open a town's name and no person's: Hausa "Birnin" (walled city), Arabic "Kafr"/"Wadi"/"Jebel", "Beit"
_PLACE_PREFIXES = frozenset("birnin kafr kfar beit wadi jebel jabal fort".split())  # ("Fort Collins", "Fort Portal")
_STOP = set(_MONTHS_DAYS) | set(_FUNCTION) | set(_COMMON) | (set(_PLACES) - {
    "abu", "khan", "tel", "aviv", "younis", "deir", "balah", "hong", "kong", "sri", "lanka", "sierra", "leone",
    "marino", "angeles", "francisco", "andrews", "dulles", "salvador", "georgia", "jordan", "chad", "hague",
    "arabia", "york", "asia"}) | {"pacific", "atlantic"}  # ("Asia" is also a given name: Asia Bibi)

# A name run next to one of these is an organisation or a place, not a person.
_ORG_WORDS = set("""center centre university academy institute foundation college school hospital prison
penitentiary gaol fort fortress citadel airport base camp street square avenue road bridge crossing station service
services agency ministry office department committee council commission court tribunal parliament assembly
party movement front youth group network channel news times post journal herald tribune gazette radio
television tv press media daily weekly magazine review report watch bank company corp corporation
inc ltd llc fund trust association society union league federation alliance forces army brigade regiment battalion division navy
brigades corps guard police church mosque synagogue cathedral palace house hall building tower
embassy consulate mission prize award medal city district region province oblast county
republic kingdom island islands strip valley river sea ocean lake mountains desert peninsula
gulf bay coast club festival forum summit conference games cup project initiative program
programme order act treaty accords accord plan operation revolution stadium arena museum library
gallery theatre theater park zoo colony facility detention kibbutz headquarters hq secretariat
directorate bureau day borders frontieres frontières
readaptation reinsertion centro""".split())  # (a Latin American prison: "Centre of Social Readaptation")

# Lower-case particles allowed inside a name (al-Masri is one token; "bin Salman" two).
_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "van", "von", "der", "den", "de", "da", "das",
              "do", "dos", "du", "del", "della", "di", "la", "le", "ben", "ter", "ten", "y", "zu",
              "wa"}  # Kikuyu/Swahili "of": Ngugi wa Thiong'o

# Styles also borne as names (West African pilgrim styles, "Begum"): a style only when they open a name
_PILGRIM_STYLES = {"alhaji", "alhaja", "alhajji", "alhajj", "hajiya", "hajia", "malam", "mallam",  # (Hausa "Malam": Mr)
                   "begum"}  # South Asian style for a married woman: "Begum Khaleda Zia" (not "Shamima Begum")
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "madam", "mx",
               # styles of other languages and of clergy: "Mgr Isidoro Mora", "Mme X", "Herr Y", "Sra. Z", "Fr Tom W"
               "mgr", "msgr", "monsignor", "monseigneur", "mme", "mlle", "madame", "mademoiselle", "monsieur",
               "herr", "frau", "sra", "srta", "fr",
               "me",  # the French bar's style (Maître): "the lawyer of two of the students, Me X"
               "comrade", "compañera", "compañero", "companheira", "companheiro", "camarade",  # "Compañera Nestora"
               "daw",  # Burmese style for a woman: "Daw Aung San Suu Kyi"
               "bung",  # Indonesian "brother": "Bung Hatta"
               "shri", "shree", "smt", "shrimati"}  # Indian styles: "Shri P. Augustus" (not "Sri": a Javanese name)

# Titles/roles whose bearer is never a releasee (heads of state, ministers, envoys...).
_OFFICIAL_TITLE = (
    r"(?:vice[ -]president|president|prime\s+minister|premier|minister|chancellor|secretary(?:-general)?"
    r"|ambassador|envoy|spokes(?:man|woman|person|people)|senator|sen\.|rep\.|congress(?:man|woman)"
    # (not "sheikh": a style clerics and prisoners bear as often as rulers; an office before it still counts)
    r"|lawmaker|legislator|governor|gov\.|mayor|king|queen|(?:crown\s+)?prince|princess|emir"
    r"|sultan|ayatollah|supreme\s+leader|pope|negotiator|mediator|adviser|advisor|aide|chairman"
    r"|chairwoman|ceo|speaker|judge|prosecutor|attorney[ -]general|commissioner|rapporteur|ruler"
    r"|dictator|strongman|official|diplomat|delegate|coordinator|ombuds(?:man|woman|person)|head\s+of\s+(?:state|government|(?-i:[A-Z])[\w'’-]+)"
    # the captor's own staff: "the prison's warden", "the head of the prison ward", "camp commandant"
    r"|warden|jailer|jailor|commandant|head\s+of\s+the\s+(?:prison|jail|penitentiary|detention)(?:\s+(?:ward|wing|camp))?"
    r"|(?:prison|jail|penitentiary)\s+(?:director|governor|commander))"
)
_QUOTED_EXPERT = (r"(?:analyst|researcher|expert|professor|scholar|fellow|commentator|political\s+scientist"
                  r"|observer|specialist|historian|economist|pollster|think[- ]tank)")
_SPEECH = (r"(?:said|says|say|told|tells|added|adds|noted|notes|wrote|writes|posted|tweeted|stated|declared"
           r"|announced|explained|recalled|insisted|argued|warned|commented|confirmed|replied|responded"
           r"|stressed|emphasi[sz]ed|continued|claimed|reported|reports|admitted|asked|urged|acknowledged)")
_PREPOSITION = (r"(?:to|by|from|with|for|of|than|against|about|at|in|on|into|near|via|under|toward|towards"
                r"|behind|beside|besides|unlike|without|per|over|between|aboard|onboard|inside|outside)")
_FINITE = r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|shall|should|did|does|do)"

# ------------------------------------------------------------ cue patterns

# "were handed over to the French judicial police": a handover into custody, not out of it
# and "handed over to US authorities a group of drug-trafficking suspects wanted in ...": suspects go to be tried
_NOT_TO_CUSTODY = (r"(?!\s+(?:over\s+)?to\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:police|prosecutors?|court|judges?"
                   r"|investigators|gendarmes|gendarmerie|FBI|magistrates?|examining)\b"
                   r"|\s+(?:over\s+)?(?:to\s+)?[^.;:⟦]{0,50}?\b(?:suspects|fugitives|wanted\s+(?:in|by|for))\b)")
# a capture right before a handover ("arrested in Kyiv and handed over to ..."), and a handover to a state's
# authorities or security service: together, an extradition into custody
_CAPTURED_THEN_RE = re.compile(r"\b(?:seized|arrested|detained|captured|abducted|kidnapped|snatched|apprehended)\b"
                               r"[^.;:⟦]{0,100}?(?:⟦\d+⟧[^.;:⟦]{0,30}?)?(?:,|\band)\s*$", re.I)
_TO_AUTHORITIES_RE = re.compile(r"\s+(?:over\s+)?to\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?"
                                r"(?:authorities|security\s+services?|intelligence\s+services?|secret\s+police)\b", re.I)
_REL_PARTICIPLE = (r"(?:released|freed|rescued|liberated|paroled|pardoned|amnestied|exchanged|swapped|traded|repatriated"
                   # ("put in liberty", "placed at liberty": translated "puesto en libertad", "mis en liberté")
                   r"|set\s+free|(?:set|put|placed)\s+(?:at|in)\s+liberty|handed" + _NOT_TO_CUSTODY + r"\s+(?:over|back|to)|turned"
                   + _NOT_TO_CUSTODY + r"\s+over|sent\s+home"
                   r"|transferred\s+to\s+(?:the\s+)?(?:Red\s+Cross|ICRC|International\s+Committee|(?:Israeli|Ukrainian"
                   r"|U\.S\.|American|its|their|his|her)\s+(?:forces|troops|authorities|custody|side|officials))"
                   r"|flown\s+home|brought\s+home|let\s+go|let\s+out(?!\s+(?:a|an)\s)"
                   # "X was recovered in a raid by Afghan forces": a rescue (not "recovered from his wounds")
                   r"|recovered(?=\s+(?:alive|safe|safely|unharmed|in\s+(?:⟦|(?-i:[A-Z]))|in\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:raid|operation|rescue)"
                   r"|by\s+(?:[\w-]+\s+){0,3}(?:forces|troops|police|army|commandos|soldiers|special\s+forces)\b)))")
_REL_ACTIVE = (r"(?:released|freed|rescued|liberated|paroled|pardoned|amnestied|exchanged|swapped|traded|repatriated|returned"
               r"|releases|frees|release|free|releasing|freeing|exchanging|swapping|trading|handing" + _NOT_TO_CUSTODY + r"\s+over"
               r"|set\s+free|handed" + _NOT_TO_CUSTODY + r"\s+(?:over|back)|sent\s+home|brought\s+home"
               r"|let(?=\s+(?:him|her|them)\s+go\b)"  # "X's captors let her go"
               r"|lifted\s+(?:the\s+)?house\s+arrest\s+of"  # "the junta lifted the house arrest of X and Y"
               # a verdict that ends the detention: "acquitted X and his wife of all counts, ending five years in detention"
               r"|acquitted(?=[^.;]{0,220}?\bending\s+(?:[\w-]+\s+){0,5}?(?:in|of|behind)\s+"
               r"(?:detention|custody|prison|jail|captivity|bars)\b))")
_REL_PARTICIPLE_RE = re.compile(r"\b" + _REL_PARTICIPLE + r"\b", re.I)
_REL_ACTIVE_RE = re.compile(r"\b" + _REL_ACTIVE + r"\b", re.I)
_BE_RE = re.compile(r"\b(?:is|are|was|were|been|being|be|got|get|gets|getting)\b", re.I)
_AUX_RE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|may|might|must|should|can|shall|did|does"
                     r"|do|been|being|be|got|get|gets)\b", re.I)
_AUX_CHAIN_RE = re.compile(
    r"(?:\b(?:is|are|was|were|has|have|had|been|being|be|got|also|now|finally|later|then|since|already|(?!(?:family|ally|italy|july|assembly|supply|rally|reply)\b)\w+ly)\s+)+$",
    re.I)
_NEGATION_RE = re.compile(r"\b(?:not|never|no\s+longer|yet\s+to|failed\s+to|refused\s+to"
                          # 'there was "no question" of releasing him'
                          r"|no\s+(?:question|intention|plans?|chance|prospect)[\"”’']?\s+(?:of|to))\b|n['’]t\b", re.I)
_IRREALIS_RE = re.compile(
    r"\b(?:will|would|could|(?-i:may)|might|should|must|shall|can|cannot)\b|\bto\s+be\b(?!\s+among)"  # "May 2" is a date
    r"|\b(?:expected|set|due|hoped?|hoping|hopes|wants?|wanted|plans?|planned|scheduled|likely|able"
    r"|ready|agreed|slated|poised)\s+to\b|\bif\b|\bunless\b|\bwhether\b"
    # a wish with a bare participle: "those the government wants freed", "whom they demanded released"
    r"|\b(?:wants?|wanted|demands?|demanded|expects?|wishes|wished)\s+(?:\w+\s+)?(?:(?:freed|released|pardoned)\b|$)", re.I)
# Things that are "released" but are not people being freed.
_MEDIA_OBJECT_RE = re.compile(
    r"^\s*(?:an?|the|its|his|her|their|new|fresh|latest|further|more|some|several|\d+)?\s*(?:\w+\s+){0,2}?"
    r"(?:statement|statements|video|videos|photos?|images?|footage|list|lists|names|report|reports|"
    r"figures|data|details|recording|audio|clip|document|documents|letter|book|album|song|film|"
    r"propaganda|results|funds|money|assets|information|transcript|readout|communiqu[ée]|memo|"
    r"bodies|body|remains)\b", re.I)

# "X is also free again", "X walked free", "X returned home", "X remains in custody" ...
_SUBJ_RELEASE_RE = re.compile(
    # "X and Y left the quarters of the Army in Z, where they had been held since December": a place of custody
    r"\b(?:left|walked\s+out\s+of|emerged\s+from)\s+(?:[^;:⟦]|⟦\d+⟧){1,120}?,\s*where\s+(?:he|she|they)\s+had\s+been"
    r"\s+(?:held|detained|jailed|imprisoned|kept|confined|interned)\b|"
    # "X left the medical center on Thursday night, ending almost four years of detention"
    r"\b(?:left|walked\s+out\s+of|emerged\s+from)\s+[^,;:⟦]{1,80}?,\s*ending\s+(?:(?:almost|nearly|more\s+than|over|some"
    r"|about)\s+)?(?:[\w-]+\s+)?(?:years?|months?|weeks?|days?)\s+(?:of|in)\s+(?:(?:pre-?trial|military|hospital|house"
    r"|his|her|their)\s+)?(?:detention|captivity|custody|imprisonment|prison|jail|confinement|arrest)\b"
    r"|\b(?:is|are|was|were)\s+[\"“‘']?(?:(?:now|also|finally|at\s+last|already|reportedly|once\s+again)\s+)*"
    r"(?:an?\s+free\s+(?:man|woman|person)|free)\b"
    r"(?!\s+(?:to|of|from|speech|trade|press|market|zone)\b)"
    # "the detainees it says are now out: A, B and C", "X is out of prison" (not "out of office")
    r"|\b(?:is|are|was|were)\s+(?:(?:now|also|finally|at\s+last|already)\s+)*out\b"
    r"(?=\s*:|\s+of\s+(?:prison|jail|detention|custody|captivity)\b)"
    # "X was the first to step off the plane", "... the last of the hostages to be freed"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?(?:the\s+|among\s+the\s+)(?:first|last)\s+(?:(?:of\s+the\s+)?(?:[\w'’-]+|⟦\d+⟧(?:['’]s)?)\s+){0,9}?to\s+"
    r"(?:be\s+(?:freed|released|set\s+free|handed\s+over)|walk\s+(?:free|out|down)|step\s+(?:off|out|down|onto)|cross\b"
    r"|come\s+(?:out|down|off|home)|get\s+off|emerge|leave\s+(?:the\s+)?(?:prison|jail|plane|aircraft|camp))\b"
    r"|\b(?:walked|walks|walk|went|goes|go|came|comes|come|stepped|steps)\s+free\b"  # "X came free after 40 days"
    r"|\b(?:left|leaves|exited|exits)\s+free\b(?!\s+(?:of|to)\b)"  # translated: "X leaves free the military prison"
    # moved by others onto the flight out: "X and Y were put aboard the same aircraft" (a swap's other side)
    r"|\b(?:was|were)\s+(?:then\s+|later\s+|quickly\s+)?(?:put|placed|bundled|escorted)\s+(?:aboard|on\s+board|onto|on)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,2}?(?:plane|aircraft|jet|flight|airliner)\b"
    # "X flies home a free man" (a headline)
    r"|\b(?:flies|flew|goes|went|heads|headed|returns|returned|comes|came)\s+home\s+(?:as\s+)?an?\s+free\s+(?:man|woman)\b"
    r"|\b" + ESCAPED_CAPTORS + r"\b"  # "X escaped from his kidnappers"
    # "Also the chemist X experienced the liberation in Goerden" (a translation's "erlebte die Befreiung")
    r"|\b(?:experienced|experiences)\s+(?:the|his|her|their)\s+(?:liberation|release)\b"
    # "X spent his first full day of freedom at home", "celebrated her first night as a free woman"
    r"|\b(?:spent|spends|spending|celebrated|celebrates|enjoyed|enjoys)\s+(?:his|her|their)\s+first\s+(?:full\s+)?"
    r"(?:day|days|night|nights|hours|week|morning|evening|weekend)\s+(?:of\s+freedom|as\s+an?\s+free\s+(?:man|woman))\b"
    # left by the captors: "X and Y were dropped off at a hotel in Gaza City"
    r"|\b(?:was|were|been)\s+(?:(?:later|finally|safely|then)\s+)?dropped\s+off\s+(?:at|near|outside|in|by)\b"
    # handed across a frontier: "X walked across the frontier at 11:20 a.m.", "X stepped over the line"
    r"|\b(?:walked|walks|stepped|steps|rode|rides|(?:was|were)\s+driven)\s+(?:back\s+)?(?:across|over)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:frontier|border|bridge"
    r"|line|checkpoint|crossing)\b(?![^.;]{0,40}\bto\s+(?:greet|meet|welcome|receive|hug|embrace|collect|fetch)\b)"
    r"|\b" + WALKED_OUT_OF_SIEGE +  # out of a siege: "The last 38 hostages walked out into the sunshine"
    # "X walked across the line at Panmunjom on Friday, a free man": the predicative closes the clause
    r"|(?<=[a-z], )an?\s+free\s+(?:man|woman)\b(?=\s*[.;]|\s*$|\s+(?:again|at\s+last|for\s+the\s+first\s+time\b[^,;]{0,40}[.;]?$))"
    # "X was among the last group", "... among the first batch": one of a group let go in stages
    r"|\b(?:is|was|were)\s+(?:also\s+)?among\s+the\s+(?:first|last|final)\s+(?:group|batch)\b"
    r"(?=\s*[.;,]|\s*$|\s+(?:to\s+(?:be\s+)?(?:freed|released|leave|walk|come|go)|freed|released|let\s+go)\b)"
    r"|\b(?:is|are|was|were|been)\s+(?:(?:later|finally|eventually|safely)\s+)?found\s+(?:alive|safe|unharmed)\b"
    # "X and four members of his staff, held by the rebels since August, were reported safe" (a captive's sentence)
    r"|\b(?:is|are|was|were)\s+(?:now\s+)?(?:reported|said|confirmed|declared)\s+(?:to\s+be\s+)?(?:safe|unharmed)\b"
    r"(?!\s+(?:from|to|for|in\s+(?:the\s+)?(?:hands|custody|captivity))\b)"
    r"|\b(?:returned|returns|return|arrived|arrives|came|comes|flew|flown)\s+(?:back\s+)?home\b"
    r"|\b(?:is|are|was|were)\s+[\"“‘']?(?:now\s+|finally\s+)?(?:on\s+(?:his|her|their)\s+way|heading|headed|flying)\s+(?:back\s+)?home\b"
    r"|\b(?:is|are|was|were)\s+[\"“‘']?(?:now\s+|finally\s+|safely\s+)?(?:back\s+)?home\b(?!\s+to\b)"
    r"|\b(?:is|are|was|were)\s+(?:now\s+|finally\s+|safely\s+)?back\s+in\s+(?:(?-i:[A-Z])|⟦)"
    r"|\b(?:is|are|was|were)\s+(?:now\s+|finally\s+|safely\s+)?back\s+(?:in|at)\s+(?:his|her|their)\s+(?:[\w'’-]+\s+|⟦\d+⟧\s+)?"
    r"(?:family\s+)?home\b"
    # "X has returned to Ukraine" (a country or city, not "to prison")
    r"|\b(?:returned|returns|came\s+back|flew\s+back)\s+to\s+(?:the\s+(?!(?:White\s+House|Kremlin|Elys[ée]e|Oval|Senate|House"
    r"|Congress|Parliament|Cabinet|Presidency|Government|Ministry|Bundestag|Knesset|Duma|Assembly|Supreme)\b))?"
    r"(?:(?-i:[A-Z])|⟦)(?![\w⟧]*\s+(?:prison|jail|court|custody))"
    r"|\b(?:was|were|been)\s+returned\s+[\"“‘']?to\s+(?:his|her|their)\s+(?:homeland|home\s+country|native\s+country)\b"
    r"|\breunited\s+with\s+(?:his|her|their)\s+(?:famil(?:y|ies)|loved\s+ones|relatives|wife|husband|children"
    r"|parents|mother|father)\b"
    r"|\b(?:regained|recovered|regains|recovers|won\s+back|obtained|obtains|gained|gains|won|wins)\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:(?:full|complete|final|long-awaited)\s+)?(?:freedom|liberty)\b(?!\s+(?:of|to)\b)"
    # "The journalist X has found freedom" (translated "a retrouvé la liberté"; not "found freedom in music")
    r"|\b(?:has|have|had)\s+(?:re)?found\s+(?:(?:his|her|their)\s+)?(?:freedom|liberty)\b(?!\s+(?:of|to|in)\b)"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:granted|given)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:pardons?|amnest(?:y|ies)"
    r"|clemency|parole|early\s+release|release)\b"
    # "X was among those returned", "X is among the hostages freed on Sunday"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?among\s+(?:those|the)\s+(?:(?!(?:still|not|who|that)\b)[\w'’-]+\s+){0,2}?"
    r"(?:" + _REL_PARTICIPLE + r"|returned|repatriated)\b"
    # "X was among 95 prisoners of war who returned home"
    r"|\b(?:is|are|was|were)\s+(?:also\s+)?(?:among|one\s+of)\s+(?:(?!(?:still|remain|remaining|not)\b)[\w'’-]+\s+){1,8}?"
    r"(?:who|that)\s+(?:have\s+|had\s+|were\s+)?(?:(?:returned|came|flew|arrived)\s+(?:back\s+)?home|walked\s+free"
    r"|walked\s+out\s+of\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+|⟦\d+⟧\s+){0,3}?(?:prisons?|jails?|camp|custody|captivity|penitentiary|gaol)"
    r"|(?:been\s+)?(?:freed|released|liberated|exchanged|swapped|pardoned|repatriated|rescued)"
    # "is among those who came out" of a siege: the clause ends there, or says how they came out
    r"|(?:came|got|made\s+it)\s+out(?=\s*[,.;]|\s+(?:alive|safely|unharmed|unhurt)\b))\b"
    # "walked out of Rajai Shahr prison", "left a police station in Mansoura"
    r"|\b(?:left|leaves|(?:walked|walks|walk)\s+out\s+of|(?:emerged|emerges|emerge)\s+from|(?:got|gets)\s+out\s+of"
    r"|(?:came|comes)\s+out\s+of|abandoned|went\s+out)\s+"  # ("abandoned the prison": a translation's "abandonaron la prisión")
    # (a translation's time before the object: "left on Sunday the civil prison of Nouakchott", "abandoned yesterday in
    # the night the Preventive Prison")
    r"(?:(?:(?:yesterday|today|last\s+night)\s+)?(?:on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|at\s+dawn"
    r"|in\s+the\s+(?:morning|afternoon|evening|night))\s+|(?:yesterday|today|last\s+night)\s+)?"
    # ... and "went out from the gate of the Ramla prison"
    r"(?:(?:from|of)\s+(?=(?:the\s+)?(?:gates?\s+of\s+|[\w'’-]+\s+|⟦\d+⟧\s+){0,3}?"
    r"(?:prisons?|jails?|penitentiary|detention|camp)\b))?(?:the\s+gates?\s+of\s+)?"
    r"(?:the\s+|a\s+|their\s+|his\s+|her\s+)?"
    r"(?:(?!(?:for|to|in|into|on|after|and)\b)[\w'’-]+\s+|⟦\d+⟧\s+){0,3}?"
    r"(?:prisons?|jails?|detention(?:\s+(?:cent(?:re|er)|facility))?|captivity|custody|custodial\s+(?:cent(?:re|er)|facility)"
    r"|penal\s+colony|police\s+station|(?:social\s+)?re(?:adaptation|insertion)"  # ("Centre of Social Readaptation")
    r"|labou?r\s+camp|penitentiary|gaol|fort|fortress|citadel)\b"  # (an old jail: "walked out of the Red Fort")
    # out of anywhere as free men: "A and B walked out of the Royal Courts of Justice yesterday, free men"
    r"|\b(?:walked|walks|walk|came|comes|stepped|steps)\s+out\s+of\s+[^,;:.!?]{1,60}?,?\s+(?:as\s+)?(?:an?\s+)?"
    r"free\s+(?:m[ae]n|wom[ae]n|person|people)\b"
    # "X and Y were driven from Belgrade's central prison to the Hungarian border" (not "taken from prison to court")
    r"|\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:later|then|finally|quietly|secretly)\s+)?"
    r"(?:driven|taken|escorted|flown|bussed|brought|led|whisked)\s+(?:out\s+)?(?:of|from)\s+(?:the\s+|a\s+|his\s+|her\s+"
    r"|their\s+)?(?:[\w'’-]+\s+|⟦\d+⟧['’]s?\s+){0,3}?(?:prison|jail|penitentiary|gaol|penal\s+colony|labou?r\s+camp"
    r"|detention\s+(?:cent(?:re|er)|facility))\b(?!\s+to\s+(?:the\s+|a\s+|another\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:court|courthouse|courtroom|hospital|clinic|prison|jail|hearing|trial|tribunal|colony|camp|cell|police)\b)"
    # a crew held aboard: "X and Y also left the ship together", "X came ashore on Saturday"
    r"|\b(?:left|leaves|disembarked\s+from|walked\s+off)\s+(?:the|their)\s+(?:seized\s+|hijacked\s+|detained\s+)?"
    r"(?:ship|vessel|tanker|freighter|trawler)\b|\b(?:came|comes|went|go|goes)\s+ashore\b|\bdisembarked\b"
    r"|\breturned\s+(?:safely\s+)?to\s+(?:his|her|their)\s+(?:famil(?:y|ies)|loved\s+ones|relatives|hometowns?)\b"
    # "stepped off a Royal Canadian Air Force jet" (relatives flying with them are not freed: a family cue)
    r"|\b(?:stepped|steps|step|(?:was|were)\s+(?:carried|wheeled))\s+(?:off|down\s+from|out\s+of)\s+(?:the|a|an|⟦\d+⟧['’]s?)\s+(?:[\w'’-]+\s+|⟦\d+⟧\s+){0,4}?"
    r"(?:plane|jet|flight|aircraft|helicopter)\b"
    r"|\b(?:came|come|comes)\s+out\s+(?:together|alive)\b"
    # the hour of a walk out: "He came out around 2pm", "walked out at 9.30 a.m." (not "came out in support")
    r"|\b(?:came|comes|walked|walks)\s+out\s+(?:at|around|about|(?:a\s+little|shortly|just|soon)\s+(?:after|before))\s+"
    r"(?:\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.?m\b|h\b|o['’]clock\b)|noon\b|midday\b|midnight\b|dawn\b|dusk\b)"
    # ... or on a day, or after a stretch inside: "came out late Saturday", "came out on Thursday evening after ten
    # days" (not "came out on Monday in support of")
    r"|\b(?:came|comes|walked|walks)\s+out\s+(?:(?:late|early)\s+(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(?:morning|afternoon|evening|night)"
    r"|after\s+(?:[\w-]+\s+){1,2}(?:hours|days|weeks|months|years))\b(?!\s+(?:in|against|for|to\s+(?:back|support|protest))\b)"
    # "X has been allowed to fly to Germany" (out of house arrest or an exit ban): a country, not the room
    r"|\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:finally\s+|now\s+|also\s+)?(?:allowed|permitted)\s+to\s+"
    r"(?:leave|fly|travel|go|emigrate)\s+(?:(?:the\s+country|abroad|into\s+exile)\b|(?:to|for)\s+(?:(?-i:[A-Z])|⟦))"
    # travelling with the freed: "X was also on the plane" (relatives who fly out are not releasees)
    r"|\b(?:was|were)\s+(?:also\s+)?(?:on|aboard)\s+(?:the|that|this|a|an)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:plane|flight|aircraft|jet|bus|buses|helicopter)\b"
    r"|\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|not|never|among\s+those)\s+)*"
    r"(?:included|involved|part)\s+(?:in|of)\s+(?:the|this|that|a|an|[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:release|swap|exchange|prisoner\s+exchange|deal|amnesty|pardons?)\b",
    re.I)

_HELD_PLACE = (r"(?:custody|prisons?|jails?|detention|captivity|gaza|(?:solitary\s+)?confinement|(?:a\s+)?penal\s+colon(?:y|ies)"
               r"|labou?r\s+camps?|behind\s+bars|cells?|hands\s+of"
               r"|(?<!safe\s)(?<!good\s)hands\b(?!\s+(?:on|off|up|down)\b))")  # "in the hands of the kidnappers", "in Ugandan hands"
# the arrival of someone who brings the freed home: "... leading 22 Americans", "... with 48 freed prisoners"
_ESCORT_AFTER_RE = re.compile(
    r"[^.;:!?⟦]{0,100}?\b(?:(?:leading|escorting|accompanying|bringing|ushering)\s+(?:the\s+|some\s+|all\s+)?"
    r"(?:" + r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several|freed|released)\b"
    r"|with\s+(?:the\s+)?(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|several)\s+"
    r"(?!(?:other|fellow|more)\b)(?:[\w'’-]+\s+){0,2}?(?:freed|released|liberated)\b)", re.I)
_BUT_CLAUSE_RE = re.compile(r",\s*(?:but|while|whereas|yet|although|though)\s+", re.I)
_REPORTED_SAFE_RE = re.compile(r"\b(?:reported|said|confirmed|declared)\s+(?:to\s+be\s+)?(?:safe|unharmed)$", re.I)
_TO_BE_SAFE_RE = re.compile(r"\s+to\s+be\s+(?=(?:safe|unharmed)$)")
_SENT_BACK_END_RE = re.compile(r"\b(?:was|were|been)\s+$")
_TO_PLACE_RE = re.compile(r"\b(?:back\s+in|to)\s+\S+$")
_W_CAPTIVITY = frozenset("""captivity prison prisons jail jails detention detained held swap exchange exchanged release
released freed hostage hostages prisoner prisoners captured abducted arrested jailed imprisoned kidnapped
sentenced years months days pow pows""".split())
_OWN_STATE_RE = re.compile(r"\bfree\b|\bfound\b|\bsafe\b|\bunharmed\b|\bgranted\b|\bamong\b|freedom|liberty|\b(?:walked\s+out|left|leaves|emerged|got\s+out|came\s+out)\b", re.I)
# a homecoming cue, the clause it may sit in, and the words that tell a captivity (an official's trip home is no
# release unless the sentence tells one)
_HOMECOMING_CUE_RE = re.compile(r"(?:returned|returns|return|arrived|arrives|came|comes|flew|flown|is|are|was|were)\s+"
                                r"[\"“‘']?(?:now\s+|finally\s+|safely\s+)?(?:back\s+)?(?:on\s+(?:his|her|their)\s+way\s+|"
                                r"heading\s+|headed\s+|flying\s+)?(?:back\s+)?home\b", re.I)
_WHILE_BEFORE_RE = re.compile(r"\bwhile\s+(?:[\w'’.-]+\s+){0,3}$", re.I)
_CAPTIVITY_WORD_RE = re.compile(r"\b(?:held|hostages?|captiv\w*|prison\w*|jail\w*|detain\w*|detention|custody|kidnap\w*"
                                r"|abduct\w*|freed|released|release|pardon\w*|swap\w*|exchang\w*|captors?|arrest\w*)\b", re.I)
_FAMILY_CUE_RE = re.compile(r"reunited|(?:was|were)\s+(?:also\s+)?(?:on|aboard)\b|step"
                            r"|(?:was|were)\s+(?:then\s+|later\s+|quickly\s+)?(?:put|placed|bundled|escorted)\s", re.I)
_SUBJ_HELD_RE = re.compile(
    # ("X sits in prison"; "stays also in prison": a translation's word order)
    r"\b(?:remains?|remained|remaining|stays?|stayed|staying|is\s+still|are\s+still|still|sits?|sat|sitting)\s+"
    r"(?:also\s+|likewise\s+)?"
    r"(?:being\s+)?(?:held|detained|imprisoned|jailed"
    r"|incarcerated|incommunicado|behind\s+bars|captive|hostage|a\s+hostage|hostages|a\s+prisoner|prisoners|missing"
    r"|in\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+|⟦\d+⟧\s+){0,2}?" + _HELD_PLACE + r"|among\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:prisoners|detainees|hostages|captives|inmates|held)|locked\s+up"
    r"|with\s+(?:the|his|her|their|its)\s+(?:kidnappers|captors|abductors|hostage[- ]takers|pirates))\b"
    r"|\b(?:is|are)\s+(?:still\s+|currently\s+|now\s+)?(?:being\s+held|in\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+|⟦\d+⟧\s+){0,2}?"
    + _HELD_PLACE + r")"
    r"|\bcontinues?\s+to\s+be\s+(?:held|detained|imprisoned|jailed)\b"
    # "X remains kidnapped", and translated copy's "continues kidnapped / in power of his captors / in prison"
    r"|\b(?:remains?|remained|is\s+still|are\s+still|still|continues?|continued)\s+(?:still\s+)?(?:kidnapped|abducted"
    r"|in\s+(?:the\s+)?power\s+of)\b"
    r"|\bcontinu(?:es?|ed)\s+(?:still\s+)?(?:detained|imprisoned|jailed|held|captive"
    r"|in\s+(?:the\s+)?(?:hands\s+of|custody|prison|jail|detention|captivity))\b"
    # "The release leaves four Westerners in captivity: A, B ..." (a list after the colon)
    r"|\b(?:leaves|left|leaving)\s+(?:only\s+|just\s+)?(?:[\w'’-]+\s+){1,4}?(?:in\s+captivity|still\s+held|behind\s+bars"
    r"|in\s+(?:the\s+hands\s+of\s+[^:⟦]{1,40}|prison|jail|custody|detention))(?=\s*:)"
    r"|\b(?:is|are)\s+(?:still\s+)?(?:believed|thought|understood)\s+to\s+(?:still\s+)?be\s+(?:held|alive|in\s+captivity)\b"
    r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:left|kept)\s+behind\b"
    # "X is on death row", "X is still alive and being held in Syria", "has been under house arrest"
    r"|\b(?:is|are|remains?)\s+(?:still\s+)?on\s+death\s+row\b"
    r"|\b(?:is|are|was|were)\s+(?:still\s+)?alive\s+and\s+(?:is\s+|are\s+)?(?:still\s+)?(?:being\s+)?held\b"
    r"|\b(?:has|have)\s+been\s+(?:held\s+|kept\s+|placed\s+)?under\s+house\s+arrest\b"
    r"|\b(?:remains?|is|are|still|stays?)\s+(?:still\s+|now\s+)?(?:under|in)\s+house\s+arrest\b"
    # "X is among at least 20 Westerners still detained" (not "among the prisoners freed")
    r"|\b(?:is|are)\s+(?:also\s+|still\s+)?among\s+(?:(?!(?:freed|released|liberated|exchanged|those)\b)(?:[\w'’-]+|⟦\d+⟧)\s+){0,6}?"
    r"(?:still\s+)?(?:held|detained|jailed|imprisoned|hostages|prisoners|captives|detainees|inmates)\b"
    r"(?!\s+(?:freed|released|liberated|exchanged|set|who\s+(?:were|have\s+been)\s+(?:freed|released)))"
    # present passive: "X is (wrongfully) detained there" -- a state, unlike "was detained in 2020"
    r"|\b(?:is|are)\s+(?:still\s+|currently\s+|now\s+|also\s+)?(?:(?:wrongfully|unjustly|unlawfully|illegally"
    r"|arbitrarily)\s+)?(?:held|detained|imprisoned|jailed|incarcerated)\b"
    r"(?!\s+(?:responsible|accountable|liable|up|back|in\s+high|in\s+contempt)\b)"
    r"|\b(?:is|are)\s+(?:(?:still|now|currently|also)\s+)*serving\b"
    # "X and Y, who ..., were also not included" (in a story about a release)
    r"|\b(?:was|were)\s+(?:also\s+)?not\s+(?:included|among\s+(?:them|those\s+(?:freed|released|pardoned)))\s*(?=[.;]|$)"
    r"|\bstill\s+languish(?:es|ing)?\b|\blanguish(?:es)?\s+in\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:returned|sent\s+back|taken\s+back)\s+to\s+(?:the\s+|his\s+|her\s+|their\s+)?"
    r"(?:[\w.'’-]+\s+|⟦\d+⟧\s+){0,2}?(?:prison|jail|custody|detention|cell|penal\s+colony)\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:transferred|moved|taken)\s+(?:back\s+)?to\s+(?:the\s+|a\s+|another\s+)?"
    r"(?:[\w.'’-]+\s+|⟦\d+⟧\s+){0,3}?(?:prison|jail|penal\s+colony|labou?r\s+camp|house\s+arrest)\b"
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:re-?arrested|re-?detained|detained\s+again|arrested\s+again)\b"
    # "He was flown to the United States in custody": handed over to be tried, not freed
    r"|\b(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:flown|taken|sent|brought|extradited|transferred|returned)"
    r"\s+(?:back\s+)?to\s+(?:the\s+)?(?:[\w.'’-]+\s+|⟦\d+⟧\s+){0,3}?in\s+(?:[\w.'’-]+\s+)?custody\b"
    # "was released in October, only to be seized again in January": freed once, held now
    r"|\bonly\s+to\s+be\s+(?:re-?arrested|re-?detained|(?:seized|arrested|detained|jailed|abducted|kidnapped|taken)"
    r"\s+(?:\w+\s+)?again)\b"
    # "X was excluded from the deal", "were left off the list"
    r"|\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:(?:excluded|left\s+out|omitted|dropped)"
    r"\s+(?:from|of)|left\s+off)\s+(?:the|this|that|a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:deal|swap|exchange|release|releases|list"
    r"|amnesty|agreement|pardons?|handover)\b",
    re.I)

_NOMINAL_RELEASE = r"(?:release|freeing|liberation|freedom|rescue)"
# (past its own day: "the release on Sunday, 15 August, of X"; not "the release today of": a press release's own
# wording as often as a captive's)
_MONTH_WORD = "(?:" + "|".join(_MONTHS_DAYS[:12]) + ")"  # the full month names
_NOMINAL_DAY = (r"\s+(?:on\s+|last\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                r"|last\s+week|yesterday|\d{1,2}\s+" + _MONTH_WORD + r")"
                r"(?:,?\s+\d{1,2}\s+" + _MONTH_WORD + r")?,?")
# what may stand between "the release of" and its own object: a few words with no preposition ("the jailed
# opposition leader X"; not "the release of detainees during the X administration")
_NOMINAL_OBJECT_GAP_RE = re.compile(r"(?:(?!(?:during|under|by|in|on|at|from|with|for|to|of|and|after|before|since)\b)"
                                    r"[\w.'’-]+\s+){0,3}", re.I)
_SINCE_NOMINAL_RE = re.compile(r"\b(?:first|largest|biggest|most|only|latest)\b[^.;:⟦]{0,80}?\bsince\s+(?:the\s+)?$",
                               re.I)
_NOMINAL_OF_RE = re.compile(r"\b(?:" + _NOMINAL_RELEASE + r"(?:" + _NOMINAL_DAY + r")?\s+of|freedom\s+for"
                            r"|(?<=signed\sa\s)pardon\s+for)\s+", re.I)  # ("signed a pardon for X")
_NOMINAL_DAY_IN_RE = re.compile(_NOMINAL_RELEASE + r"(?=" + _NOMINAL_DAY + r"\s+of\b)", re.I)
_POSSESSIVE_NOMINAL_RE = re.compile(r"⟦(\d+)⟧['’]s?\s+(?:[a-z\-]+\s+){0,2}?" + _NOMINAL_RELEASE + r"\b", re.I)
_REQUEST_FOR_RE = re.compile(r"\b(?:request|requests|plea|pleas|bid|bids|appeal|appeals|application|applications|petition"
                             r"|petitions|demand|demands|hopes?|motion|motions)\s+for\b", re.I)
_NOMINAL_IRREALIS_RE = re.compile(
    r"\b(?:call(?:s|ed|ing)?|demand(?:s|ed|ing)?|request(?:s|ed|ing)?|urg(?:e|es|ed|ing)|push(?:es|ed|ing)?"
    r"|press(?:es|ed|ing)?"
    r"|seek(?:s|ing)?|sought|wants?|wanted|wanting|insist(?:s|ed|ing)?\s+on|work(?:s|ed|ing)?|(?<!the\s)campaign(?:s|ed|ing)?|fight(?:s|ing)?|fought|hop(?:e|es|ed|ing)"
    r"|wait(?:s|ed|ing)?|await(?:s|ed|ing)?|negotiat(?:e|es|ing)|efforts?|plea|appeal(?:s|ed|ing)?"
    r"|pray(?:s|ed|ing)?|possible|potential|future|planned|expected|imminent|pending|conditional|to"
    r"|(?<!ruled\s)(?<!decided\s)(?<!voted\s)for"  # (a ruling "for the release of X" decides it)
    r"|will|would|could|(?-i:may)|might|no\s+word|no\s+news|lobby(?:ing)?|advocat(?:e|ed|ing))\b"
    # (past an adverbial: "demanded from the beginning the release of X"; not past a colon: "Free, for now: the
    # release of X")
    r"(?:\s+[^\s:;]+){0,4}\s*$", re.I)
_RESPONSE_TO_END_RE = re.compile(r"\b(?:responded|responding|reacted|reacting|reactions?|responses?|welcomed|hailed"
                                 r"|celebrated|cheered)\s+(?:\w+\s+)?to\s+(?:the\s+)?$", re.I)
_CLEFT_RE = re.compile(r"^\W*it\s+(?:is|was|['’]s)\s+(?P<body>.+?)\s+(?:who|that)\s+(?P<verb>(?:are|were|is|was|have\s+been"
                       r"|has\s+been|had\s+been)\s+(?:now\s+|also\s+|finally\s+)?(?:released|freed|set\s+free|pardoned"
                       r"|exchanged|rescued|liberated))\b", re.I)
_UNTIL_END_RE = re.compile(r"\b(?:until|unless|till|before)\s+(?:the\s+)?$", re.I)
_PRESENT_PASSIVE_RE = re.compile(r"[\"”’']?\s*(?:is|are)\s+(?:\w+ed|done|made|complete|secured|under\s+way)\b", re.I)
_NOMINAL_AFTER_IRREALIS_RE = re.compile(
    r"\s*(?:,\s*)?(?:(?:has|had|have|is|was|were|would|will|could|remains?|been|being|long|also|repeatedly)\s+)*"
    r"(?:sought|demanded|requested|called\s+for|urged|pushed\s+for|expected|planned|negotiated\s+for|discussed"
    r"|blocked|refused|denied|delayed|rejected|unlikely|uncertain|not\s+part|not\s+included|a\s+(?:priority|condition|demand))\b",
    re.I)
# Sentence-subject cues: "X ... after their release", "After being freed, X said".
_SUBJECT_CUE_RE = re.compile(
    r"\b(?:after|since|upon|following|before|on)\s+(?:being|having\s+been|their|his|her)\s+(?:\w+\s+)?"
    r"(?:release|released|freed|freeing|liberation|rescue|rescued)\b"
    r"|^\s*(?:newly\s+|recently\s+|once\s+)?(?:freed|released|liberated|rescued)\b", re.I)
_BEING_FREED_RE = re.compile(r"\bbeing\s+(?:freed|released|pardoned|set\s+free|let\s+go)\b", re.I)
_CUE_POSSESSIVE_RE = re.compile(r"\b(?:his|her|their)\b", re.I)
# a sentence opening on a relative of someone named before: "Her husband, X, ..."
_RELATIVE_OPENER_RE = re.compile(r"^\W*(his|her|their)\s+(?:\w+\s+)?(?:husband|wife|son|daughter|father|mother|brother"
                                 r"|sister|parents?|children|family|uncle|aunt|nephew|niece|cousin|fianc[ée]e?|partner"
                                 r"|grand(?:son|daughter|father|mother))\b", re.I)
# a relative met before the cue whose pronoun the cue repeats: "X hugs her son after his release" is the son's
_KIN_BEFORE_CUE_RE = re.compile(r"\b(his|her|their)\s+(?:\w+\s+)?(?:(son|husband|father|brother|uncle|nephew"
                                r"|grandson|grandfather)|(daughter|wife|mother|sister|aunt|niece|granddaughter"
                                r"|grandmother)|(sons|daughters|children|parents|brothers|sisters))\b", re.I)
# List markers inherit the status of the sentence's (or previous sentence's) cue.
# a source set off between a list's head and its copula: "Among the freed men, according to the army, were X",
# "Among those freed, the ministry said, were Y"
_SOURCE_ASIDE = (r",\s*(?:according\s+to\s+[^,;:⟦]{1,40}?|(?:he|she|they|officials|police|(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)"
                 r"\s+(?:said|says|added|reported))\s*,\s*")
_LIST_MARKER_RE = re.compile(
    # "figure": a translation's copula ("Parmi les libérés figurent X" -> "Among the liberated figure X")
    r"\b(?:among\s+(?:them|those|whom|others|the\s+(?:[\w'’-]+\s+){0,8}?(?:were|was|are|is|figured?)"
    r"|the\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+" + _SOURCE_ASIDE + r"(?:were|was|are|is)"
    r"|the\s+(?:[\w'’-]+\s+){0,3}?" + _REL_PARTICIPLE + r"(?=\s*:))"
    r"|including|includes?|included|such\s+as|namely|in\s+particular|notably|particularly|especially"
    r"|they\s+(?:are|were|include|included))\b", re.I)
_THEY_PASSIVE_AFTER_RE = re.compile(r"\s+(?:then\s+|later\s+|also\s+|all\s+|both\s+)?"
                                    r"(?:[a-z]+ed|taken|sent|held|brought|flown|driven|kept|found|told|given|shown"
                                    r"|seen|met|led|put|set|let|freed)\b")
_EVENT_INCLUDED_RE = re.compile(
    r"\b(?:swap|exchange|release|releases|handover|amnesty|pardons?)\s+(?:also\s+|reportedly\s+)?"
    r"(?:included|includes|include|involved|involves|covered|covers|cover|comprised|comprises)\b", re.I)
_LIST_INTRO_RE = re.compile(
    r"\s*,?\s*(?:(?P<who>who\s+(?:(?:have|has|had)\s+been\s+|were\s+|was\s+|are\s+|is\s+)?)?"
    r"(?:still\s+)?(?:being\s+)?(?P<remain>remain(?:s|ed)?\s+(?:still\s+)?)?"
    r"(?P<verb>freed|released|rescued|escaped|liberated|held|jailed|detained|imprisoned|exchanged"
    r"|swapped|pardoned|left\s+behind|in\s+(?:custody|captivity|prison|jail|detention)|behind\s+bars|returned|repatriated"
    r"|brought\s+(?:back|home)|handed(?:\s+(?:over|back))?|sent\s+home|walked\s+free|came\s+ashore|disembarked"
    r"|(?:walked|came)\s+out(?!\s+of\s+(?:the\s+|a\s+)?(?:\w+\s+)?(?:talks|meetings?|negotiations?|court(?:room)?|hearings?|parliament"
    r"|session|studio|conference|summit|ceremony|room|hall|office|chamber|assembly|party)\b))"
    r"(?:\s+(?:to|from|by|in|into|through|with|on|at|of|during|after|under|this|last|earlier|overnight)\s+(?:[^,;:⟦]|⟦\d+⟧){1,40}?"
    r"(?=\s+(?:were|was|are|is|include[sd]?)\b|" + _SOURCE_ASIDE + r"(?:were|was|are|is)\b)"
    # a bare time adverb: "Among those released today were X and Y", "who came out that spring"
    # (after an exit only: "those freed that day" may point back to an earlier dated occasion)
    r"|(?:\s+(?:today|yesterday|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
    r"|(?<=\sout)\s+that\s+(?:spring|summer|autumn|fall|winter"
    r"|day|night|morning|afternoon|evening|week|weekend|month|year))(?=\s+(?:were|was|are|is|include[sd]?)\b))?"
    r"(?:\s+|" + _SOURCE_ASIDE + r"(?=(?:were|was|are|is)\b)))?"
    r"(?:(?:were|was|are|is|include[sd]?)\b(?:\s+(?:said|reported|believed|understood|thought)\s+to\s+(?:be|have\s+been)\b)?"
    r"\s*:?)?", re.I)  # (hearsay: "Among those released were said to be X and Y")
_SPEECH_TAG_RE = re.compile(r",\s*(?:said|says|told|added|stated|reported|according\s+to)\b", re.I)
_FIRST_OUT_RE = re.compile(
    r"among\s+the\s+(?:first|last)\s+(?:(?:few|dozen|group|batch|ones?|prisoners|detainees|hostages|captives|inmates"
    r"|[a-z'’-]+(?:s|men)|women|children|people)\s+){0,2}"  # "Among the first Pakistanis across was X"
    r"(?:through|out|off|down|across|to\s+(?:leave|walk|emerge|step|come|go|get|be\s+(?:freed|released|pardoned))"
    r"|released|freed)\b", re.I)
_INTRO_RELEASE_RE = re.compile(r"freed|released|rescued|escaped|liberated|exchanged|swapped|pardoned|returned|repatriated|brought|handed"
                               r"|sent|walked|came", re.I)
_COMMA_RE = re.compile(",")
# a membership list opened before a name: "among them deposed prime minister X", "including A and Dr B"
_FREED_ARE_RE = re.compile(r"\W*the\s+(?:freed|released|rescued|liberated)\s+(?:men|women|people|hostages|captives"
                           r"|prisoners|detainees|workers|crew(?:\s+members)?)\s+(?:were|are|included|include)\s+", re.I)
_RELEASED_HOST_END_RE = re.compile(
    r"(?:^|[,;:]\s|\b(?:and|but|said|says)\s)\W*(?:those\s+|the\s+(?:[\w'’-]+\s+){0,2}?)(?:freed|released|rescued|liberated"
    r"|exchanged|swapped|pardoned|repatriated|returned)(?:\s+[\w'’-]+){0,3}?\s+$", re.I)
_PAST_FRAME_RE = re.compile(
    r"\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several|few)\s+(?:days?|weeks?|months?|years?)"
    r"\s+ago|until\s+(?:last\s+\w+|recently|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day))\b", re.I)
_WAS_WERE_RE = re.compile(r"\b(?:was|were)\b", re.I)
_GROUP_INCLUDED_RE = re.compile(r"\b(?:the|that|this)\s+group\s+(?:also\s+)?(?:included|includes|comprised|comprises)\s+",
                                re.I)
_MEMBER_BEFORE_RE = re.compile(r"\b(?:among\s+(?:them|whom|those)|including|included|includes?)\b(?:[^⟦;:.!?]|⟦\d+⟧){0,100}$",
                               re.I)
_SWAPPED_THING_RE = re.compile(r"\s+(?:an?\s+|the\s+|(?:his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}?(?:videotape|video|tape"
                               r"|recording|footage|proof|sign|information|intelligence|ransom|payment|money|cash|sum"
                               r"|guarantee|promise|pledge|letter|message|list|map|documents?|data|ceasefire|truce"
                               r"|safe\s+passage)\b", re.I)
_SWAP_RE = re.compile(r"\b(?:in\s+(?:exchange|return)\s+for|in\s+a\s+swap\s+for|(?:exchanged|swapped|traded)\s+for"
                      # "trading American X for a Russian pilot": the verb's object, then its counterpart
                      r"|(?:trad|swapp|exchang)(?:ed|ing)\s+(?:[^.;:⟦]{0,60}?⟦\d+⟧)+[^.;:⟦]{0,20}?\s+for)\b", re.I)
_HELD_OBJECT_RE = re.compile(
    r"\b(?:still\s+(?:being\s+)?held|still\s+in\s+(?:custody|captivity|prison|jail)|remaining\s+(?:hostages|prisoners|captives)"
    r"|still\s+holds?|still\s+holding|continues?\s+to\s+hold"
    r"|still\s+(?:believed|thought|understood|said|reported)\s+to\s+(?:be\s+)?hold(?:ing)?)"  # "is still believed to hold"
    r"\s*(?:,\s*)?(?:are|is|include|includes|including|:)?\s+", re.I)
_HELD_RELATIVE_LIST_RE = re.compile(
    r"\b(?:[a-z]{3,}s|[a-z]*men|people)\s+(?:who|that)\s+(?:(?:were|was|have|had)\s+(?:not|never)\s+(?:been\s+)?"
    r"(?:released|freed|pardoned|amnestied|included)|(?:remain|remained|are\s+still|were\s+still)\s+(?:held|detained|jailed"
    r"|imprisoned|behind\s+bars|in\s+(?:prison|jail|custody|detention|captivity)))\b"
    r"\s*(?:,\s*)?(?:(?:were|are|have\s+been)\s+named(?:\s+by\s+(?:[^,;:⟦]|⟦\d+⟧){1,60}?)?\s+as"
    r"|(?:are|were|include|included)\b\s*:?|:)\s+",
    re.I)
_W_WHO_THAT = frozenset(["who", "that"])
# ", who was flown back ...": the relative's antecedent, with no other name or clause break before the cue
_WHO_BEFORE_RE = re.compile(r",\s*who\s+[^,;:⟦]*$")
_BECOMING_ONE_RE = re.compile(
    r",\s*(?:(becoming|being|as)\s+)?one\s+of\s+(?:the\s+)?(?:(?!(?:not|still|who|to)\b)[\w,'’-]+\s+){0,4}?"
    r"(?:released|freed|pardoned|paroled|amnestied|set\s+free|granted\s+(?:an?\s+)?(?:parole|pardons?|amnesty|clemency"
    r"|early\s+release|release))\b", re.I)
_KEPT_RE = re.compile(r"\b(?:kept|keeps|keep|keeping)\s+", re.I)
_W_KEPT = frozenset("kept keeps keep keeping".split())
_HAD_BEFORE_RE = re.compile(r"\bhad\s+(?:(?:been|long|always|[a-z]+ly)\s+)*$", re.I)
_KEPT_PLACE_RE = re.compile(r"(?:\s*,\s*(?:\d{1,3}|(?:who|the|an?)\b[^,;:⟦]{0,80}?)\s*,)?\s+(?:(?:in|under)\s+(?:[\w'’-]+\s+){0,2}?"
                            r"(?:custody|prisons?|jails?|detention|captivity|cells?|house\s+arrest)|behind\s+bars"
                            r"|locked\s+up|imprisoned|detained|jailed|hostage|captive)\b", re.I)
# Releases tied to an earlier time than the story's own event.
_EARLIER_RE = re.compile(
    r"\b(?:in\s+recent\s+(?:months|weeks|years)|in\s+the\s+last\s+(?:few\s+)?(?:years|decades)"
    r"|last\s+(?:year|month|week|summer|spring|autumn|fall|winter)"
    r"|earlier\s+this\s+(?:year|month)|(?:months|years|weeks)\s+(?:ago|earlier)|previously"
    # (not "in the past two weeks": the days the story reports on)
    r"|in\s+the\s+past(?!\s+(?:(?:few|two|three|several)\s+days|week|two\s+weeks|fortnight)\b)"
    r"|earlier\s+in\s+the\s+week"  # (told of the story's own day: "A was freed today; B and C earlier in the week")
    # "A and B were released earlier after serving shorter terms" (not "released earlier than planned", nor "two
    # hostages released earlier, A and B, arrived": earlier that day)
    r"|(?:was|were|had\s+been)\s+(?:freed|released|pardoned|amnestied|exchanged|swapped)\s+earlier"
    r"(?=\s*,?\s+(?:after|because|having)\b|\s*$)"  # (the window the cue is read in may stop at "after")
    r"|in\s+an?\s+(?:earlier|previous|prior|separate|first)\b|had\s+(?:already|previously|earlier|recently)"
    # "in what officials called a separate case": another occasion, whenever it happened
    r"|in\s+what\s+(?:[\w.'’-]+\s+){1,4}?(?:described|called|termed|billed)\s+(?:as\s+)?an?\s+(?:separate|unrelated)\b"
    r"|over\s+the\s+past\s+(?:year|months)"
    r"|" + LAST_WEEKDAYS_RELEASE +
    # "Among the executives freed then was X": back to the occasion the story just named
    r"|(?:freed|released|pardoned|exchanged|swapped|rescued|traded)\s+then\b|on\s+that\s+occasion|at\s+that\s+time)", re.I)
# a capture the date phrase after it belongs to: "captured near the Republican Palace last spring"
_CAPTURE_DATED_RE = re.compile(
    r"\b(?:captured|arrested|abducted|kidnapped|detained|seized|snatched|jailed|sentenced|convicted|imprisoned"
    r"|taken\s+(?:hostage|captive|prisoner))\b(?:(?!\b(?:and|but|released|freed|before|after|until)\b)[^,;.])*$", re.I)
# A sentence that opens on another occasion: "Separately, ...", "Last year, ...".
_EARLIER_SENTENCE_RE = re.compile(
    r"^\W*(?:separately|earlier(?!\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)|in\s+the\s+day|that\s+day)\b)"
    r"|previously|in\s+an?\s+(?:separate|earlier|previous|prior)\b|last\s+(?:year|month|week)"
    r"|" + LAST_WEEKDAYS_RELEASE +
    r"|(?:the|a|an)\s+(?:previous|earlier|prior|last)\s+(?:[\w-]+\s+)?(?:swap|exchange|release|round|deal|handover"
    r"|amnesty|transfer|trade)\b"
    r"|in\s+(?:19|20)\d\d\s*,"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+(?:weeks?|months?|years?)\s+ago\b)",
    re.I)
# "released in 2022", "freed in December 2022", "freed in a 2022 swap" -- the year right at the verb
# a name, or coordinated names: "released A and B in October 2008" dates both
_NAME_PAIR = r"⟦\d+⟧(?:\s*,\s*⟦\d+⟧)*(?:,?\s+and\s+⟦\d+⟧)?"
_YEAR_NEAR_RE = re.compile(
    r"^(?:\s+(?!(?:and|but|or|while|after|before|since|until|when|who|which)\b)(?:[\w'’-]+|" + _NAME_PAIR + r")){0,3}?\s+(?:in|during)\s+(?:(?:early|late|mid|[A-Z][a-z]+)\s+)?((?:19|20)\d\d)\b"
    # "released by an armed group in Zintan in 2017", "released from an Egyptian prison in 2015": the agent or the
    # place sits between the verb and its year
    r"|^\s+(?:by|from|out\s+of)\s+(?:(?!(?:and|but|or|while|after|before|since|until|when|who|which|captured|abducted|arrested|detained"
    r"|seized|kidnapped|sentenced|jailed|convicted|imprisoned|held|taken)\b)(?:[\w'’-]+|⟦\d+⟧)\s+){1,7}?(?:in|during)\s+"
    r"(?:(?:early|late|mid|[A-Z][a-z]+)\s+)?((?:19|20)\d\d)\b"
    r"|^\s+(?:in|during|as\s+part\s+of)\s+(?:an?|the)\s+((?:19|20)\d\d)\s+(?:swap|exchange|deal|release|amnesty|pardon)"
    # "freed in a raid by French special forces in northern Mali in April 2015": the operation, then its date
    r"|^\s+in\s+an?\s+(?:[\w-]+\s+)?(?:raid|operation|rescue|swap|exchange|deal|handover|amnesty)\s+"
    r"(?:(?!(?:and|but|or|while|after|before|since|until|when|who|which)\b)(?:[\w'’-]+|⟦\d+⟧)\s+){0,10}?"
    r"(?:in|during)\s+(?:(?:early|late|mid|[A-Z][a-z]+)\s+)?((?:19|20)\d\d)\b"
    # "rescued along with three Americans and 11 soldiers in a military operation in July 2008": the companions
    # (a list, "and" and all) sit between the verb and its year
    r"|^\s+(?:along|together)\s+with\s+(?:(?!(?:but|or|while|after|before|since|until|when|who|which|captured|abducted"
    r"|arrested|detained|seized|kidnapped|held|taken)\b)(?:[\w'’-]+|⟦\d+⟧)\s+){1,16}?(?:in|during)\s+"
    r"(?:(?:early|late|mid|[A-Z][a-z]+)\s+)?((?:19|20)\d\d)\b")



_QUOTES = "\"“”«»„‟"


_UNLEADED: dict[str, re.Pattern] = {}  # look-ahead pattern -> the plain one (tests compare them)


def _lead(rx: re.Pattern, initials: str) -> re.Pattern:
    """`rx` behind a look-ahead on the letters its matches can start with: the same matches,
    but the scanner rejects most positions on one character test (these are hot scans)."""
    fast = re.compile(f"(?=[{initials}])(?:{rx.pattern})", rx.flags)
    _UNLEADED[fast.pattern] = rx
    return fast


_REL_PARTICIPLE_RE = _lead(_REL_PARTICIPLE_RE, "abefhlprst")
_REL_ACTIVE_RE = _lead(_REL_ACTIVE_RE, "abefhlprst")
_SUBJ_HELD_RE = LowerScan(_lead(_SUBJ_HELD_RE, "achilorsw"))
# "X, who was sentenced to eight years in 2021, is still in Kuje": a named prison, in a sentence about a sentence
# (not "X, freed last week, is still in Germany")
_STILL_IN_NAMED_RE = re.compile(r"\b(?:is|are|remains?)\s+still\s+in\s+⟦\d+⟧(?![’']|\s*(?:for|to|recover))", re.I)
_W_STILL = frozenset({"still"})
_W_SENTENCED = frozenset("sentenced convicted jailed imprisoned detained arrested".split())
# the escorted move out of a prison that _SUBJ_RELEASE_RE reads as a release (not in an extradition story)
_MOVED_FROM_JAIL_RE = re.compile(r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+\s+)?(?:driven|taken|escorted"
                                 r"|flown|bussed|brought|led|whisked)\s+(?:out\s+)?(?:of|from)\b", re.I)
_SUBJ_RELEASE_RE = _lead(_SUBJ_RELEASE_RE, "abcefghilorsw")
_HELD_OBJECT_RE = _lead(_HELD_OBJECT_RE, "crs")
_LIST_MARKER_RE = _lead(_LIST_MARKER_RE, "ainstpe")
_NOMINAL_OF_RE = _lead(_NOMINAL_OF_RE, "flpr")
_SWAP_RE = _lead(_SWAP_RE, "eist")
_EARLIER_RE = _lead(_EARLIER_RE, "aefhilmopprstwy")
_SUBJECT_CUE_RE = _lead(_SUBJECT_CUE_RE, "abflnorsu\\s")
_NEGATION_RE = _lead(_NEGATION_RE, "fnry")
_EVENT_INCLUDED_RE = _lead(_EVENT_INCLUDED_RE, "aehprs")
_IRREALIS_RE = _lead(_IRREALIS_RE, "acdehilmprstuw")
_BE_RE = _lead(_BE_RE, "abgiw")
_AUX_RE = _lead(_AUX_RE, "abcdghimsw")


# a speech word after a determiner or adjective is a noun: "in some local reports", "the claims"
_NOT_AFTER_DETERMINER = r"(?<!\bthe\s)(?<!\bsome\s)(?<!local\s)(?<!\bnews\s)(?<!media\s)(?<!press\s)(?<!other\s)"
_TITLE_WORD = "|".join(sorted(TITLES, key=len, reverse=True))  # "Mr", "Gen", "President" ...
_SEG_STOP_RE = re.compile(  # a dot inside a sentence after "Sgt"/"Pvt"/"Dr" is an abbreviation's
    r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])(?<!\bMsgr)(?<!\bCapt)(?<!\bSrta)(?<!\bLieut)(?<!\bSgts)\.(?!,)|[;:!?" + _QUOTES + r"]|(?<=\s)[–—-]\s|\b(?:" + _NOT_AFTER_DETERMINER + _SPEECH + r"|according\s+to|who|whom|whose|which|that|where|after"
    r"|following|before|because|but|while|when|since|amid|as\s+part\s+of|under|in\s+exchange|in\s+return|in\s+a\s+swap"
    # (a home town right before a name is no source: "a teacher from Gomel X")
    r"|to|by|from(?!\s+(?!(?:" + _TITLE_WORD + r")\b)(?-i:[A-Z])[\w'’-]*\s⟦)|" + _FINITE + r")\b|\bwith\b"
    # "frees X as Y flees": a subordinate "as" ends the object list ("as well as", "such as", "known as" do not)
    r"|(?<!well\s)(?<!such\s)(?<!known\s)\bas\s+(?!well\b)(?=(?:[\w'’-]+\s+)?(?:⟦|he\b|she\b|they\b|it\b))", re.I)
_SEG_STOP_RE = _lead(_SEG_STOP_RE, ".;:!?" + _QUOTES + "–—\\-abcdefhimnprstuw")
_CLAUSE_BREAK_RE = re.compile(
    r"[;:!?" + _QUOTES + r"]|(?<=\s)[–—-]\s|\b(?:" + _SPEECH + r")(?:\s+that)?\b|\b(?:that|but|while|whereas|although"
    r"|though|because|when|where|after|before|since|as|if|unless|until|so|who|whom|whose|which|and\s+then|"
    + _FINITE + r")\b", re.I)
_CLAUSE_BREAK_RE = _lead(_CLAUSE_BREAK_RE, ";:!?" + _QUOTES + "–—\\-abcdehimnprstuw")
# Comma-enclosed asides: any name-free one ("X, another American held since 2018, was ..."),
# or one that opens like an appositive even if it names someone ("X, an adviser to Y, said").
_APPOSITIVE_RE = re.compile(
    r",\s*(?=[^\s,])(?!(?:and|or|but|nor|whose)\b)"
    # (not a predicate with its object: "the commander, General X, remitted the sentences of the three officers, and ...")
    r"(?!(?-i:[a-z]{3,}ed)\s+(?:the|his|her|their|its)\s+(?!(?:same|next|following|previous|day|night|week|morning"
    r"|evening|afternoon)\b))"
    r"[^,;:⟦" + '"“”«»' + r"]{1,200}?,"  # (an aside blanked already is skipped)
    r"|,\s*(?:who|whom|whose|which|(?-i:[a-z]+ed\s+(?:in|on|at|from|by|with|near|off|during)))\b[^,;:]{0,150}?⟦\d+⟧[^,;:]{0,80}?,"
    # a name-free whose-clause right before the predicate: "X, whose plight drew sympathy, walked out of prison"
    r"|,\s*whose\b[^,;:⟦]{1,150}?,(?=\s*(?:walked|walks|left|leaves|stepped|steps|emerged|emerges)\s|\s*$)"
    # a shared origin after a list: "A, 29, and B, 80, both from Kibbutz Orim, were driven ..."
    r"|,\s*(?:both|all|each)\s+(?:from|of|in|aged)\s+(?:[^,;:⟦]|⟦\d+⟧){1,80}?,"
    # a noun phrase aside has no finite verb of its own (", the list does not include X," is a clause)
    # (or an office held "of" something: "X, president of the council of Banco Y (Z), was freed")
    r"|,\s*(?:a|an|the|(?:one|two|three|four|five|each|both|either|neither)\s+of"
    r"|(?!(?:and|or|but|nor|who|which|that|because|instead|out|many|most|some|all|none|several|any|much|part|ahead"
    r"|regardless|free|fears?|news|word|reports?)\b)(?-i:[a-z][a-z'’-]{2,})(?<!ed)\s+of)"
    r"\b(?:(?!\b(?:is|are|was|were|has|have|had|does|do|did|will|would|can|could|who|which|that"
    r"|freed|released|frees|releases|pardoned|handed)\b)"  # "In return, the US freed X, a warlord" is a clause
    r"[^,;:]){0,150}?(?:\b(?:who|whose|which|that)\b[^,;:]{0,150}?)?⟦\d+⟧[^,;:]{0,80}?,"
    r"(?!\s*(?:\d{1,3}\s*)?,\s*(?:and|&)\s+(?:his|her|their)\s)",  # "the teacher X, 41, and her partner, Y": a list
    re.I)
_LEADING_ADVERBIAL_RE = re.compile(
    r"^\s*(?:(?:[\w-]+\s+|⟦\d+⟧\s+){0,2}(?:years?|months?|weeks?|days?|hours?|minutes?)\s+(?=after|before|since)"
    r")?(?:according\s+to|in|on|at|after|before|following|under|per|as|with|despite|amid|during|since"
    r"|for|by|from|however|meanwhile|later|earlier|last)\b(?:(?!⟦\d+⟧\s*,)[^,]"
    r"|(?:(?<=[a-z] in )|(?<=[a-z] at )|(?<=[a-z] near )|(?<=[a-z] outside ))⟦\d+⟧(?=\s*,)){0,100},", re.I)
# ", was freed" after a name is the main verb behind an appositive ("X, the husband of Y, was freed"),
# and ", said he was brought home" is another clause: neither makes the name before the comma freed.
_APPOS_RELEASE_RE = re.compile(
    r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?!(?:and|whose|is|are|was|were|has|have|had|will|would|be|been|being|" + _SPEECH + r")\b)"
    r"(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|both|all|each|some|several|many"
    r"|among|\d+)\s+(?:of\s+)?)?(?:the\s+|those\s+|\d[\d,]*(?<!,)\s+|\d{1,3}\s*,\s*(?!whose\b))?"  # (", 52, whose son")
    r"(?:(?!(?:he|she|they|it|we|you|i|but|" + _SPEECH + r")\b)[\w'’-]+\s+){0,6}?(" + _REL_PARTICIPLE + r")\b",
    re.I)
_OUT_OF_CUSTODY_RE = re.compile(r"\b(?:free|freed|released|prison|jail|custody|detention|captivity|cell)\b", re.I)
_LEFT_BEFORE_HELD_RE = re.compile(r"[^.;]{0,40}?\bbefore\s+(?:the\s+)?(?:judge|court|police|authorities|prosecutors?"
                                  r"|investigators)\s+(?:\w+\s+){0,2}?(?:ordered|could|had\s+(?:ordered|seized)|issued|seized"
                                  r"|moved|detained|arrested)\b", re.I)
_FREED_DESCRIPTOR_RE = re.compile(
    r"\b(?:the|a)\s+(?:(?:newly|just|recently)[\s-]+)?(?:freed|released|liberated)\s+⟦(\d+)⟧(?!['’])", re.I)
_W_FREED_DESCRIPTOR = frozenset("freed released liberated".split())
_FIRST_OUT_CLEFT_RE = re.compile(
    r"^\W*(?:the\s+)?(?:first|last|next|youngest|oldest|eldest|best[\s-]known|most\s+(?:senior|prominent|famous)"
    r"|[a-z]{3,}est)\s+"
    r"(?:of\s+(?:the|those)\s+(?:[\w'’-]+\s+){0,2}?(?:freed|released|returned|repatriated|rescued|liberated|returnees)"
    r"(?:\s+(?!(?:is|was|are|were)\b)[\w'’-]+){0,4}?"
    r"|to\s+(?:descend|leave|step|walk|come|emerge|cross|disembark|be\s+(?:freed|released|handed\s+over))\b"
    r"[^,;:⟦]{0,60}?"
    r"|(?:off|out\s+of|down)\s+(?:the\s+)?(?:plane|aircraft|jet|bus|ship|gangway|steps|ramp|prison|jail))"
    r"\s+(?:was|were|is|are)\s+(?=(?:[\w'’.-]+\s+){0,3}?⟦)", re.I)
_W_FIRST_OUT_CLEFT = frozenset("first last next youngest oldest eldest best known most".split())
_OBJECT_PRONOUN_END_RE = re.compile(r"(?<!\bof)\s(?:him|her|them)\s+$", re.I)  # (not "the last of them freed")
_ASIDE_CLOSE_AT_RE = re.compile(r"[,;:.!?]")
_APPOS_FREE_RE = re.compile(r"(?<=⟧)(?:\s*,\s*\d{1,3})?\s*,\s*(?:now\s+|finally\s+|at\s+last\s+)?(?:free|a\s+free\s+(?:man|woman))"
                            r"(?=\s+(?:after|since|again|at\s+last|once\s+more)\b|\s*,)", re.I)
# ", a 71-year-old retired banker who was also released", ", a leftist congressman who was among those let go"
_APPOS_WHO_RELEASE_RE = re.compile(
    r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:an?|the|another)\s+(?:(?!(?:he|she|they|it|we|you|i|but|and|" + _SPEECH
    + r")\b)[\w'’-]+\s+|(?:(?<=\bfrom\s)|(?<=\bof\s)|(?<=\bin\s)|(?<=\bnear\s))⟦\d+⟧\s+){0,6}?(?:who|that)\s+(?:was|were|had\s+been|has\s+been"
    r"|have\s+been)\s+"
    r"(?:(?:also|later|then|eventually|finally)\s+)?(?:among\s+(?:those|the\s+(?:[\w'’-]+\s+){0,2}?)\s*)?(" + _REL_PARTICIPLE
    + r")\b", re.I)
# the participle's phrase runs on into a copula: ", among those handed over by Chisinau are 31 guardsmen"
_INVERTED_LIST_AFTER_RE = re.compile(
    r"(?:\s+(?:by|from|to|in|on|at|under|with)\s+(?:[\w'’.-]+\s+|⟦\d+⟧\s+){0,4}?)?\s*(?:are|were|is|was|include|included)\b", re.I)
_OFFICIAL_TITLE_RE = re.compile(r"\b" + _OFFICIAL_TITLE + r"\b|\bcongress(?:man|woman)\b", re.I)
_NAME_OBJECT_AFTER_RE = re.compile(r"\s+⟦\d+⟧")
# "handed to the family the papers": a recipient and then the thing handed (not "handed to his family a day later")
_DOUBLE_OBJECT_AFTER_RE = re.compile(r"\s+(?:the|his|her|their)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*\s+(?:the|an?)\s+"
                                     r"(?!(?:same|next|following|previous|day|week|month|few|couple)\b)[a-z]")
# the participle as an adjective after a determiner ("the freed men") ...
_DETERMINER_END_RE = re.compile(r"\b(?:the|these|those|their|his|her|its|a|an|newly|recently)\s+$", re.I)
# ... is about the name before the comma only in a noun-phrase aside: ", one of the freed hostages",
# ", among the released", ", the freed activist", ", who was among the freed", ", who were part of the released group"
_NP_APPOS_START_RE = re.compile(
    r"^\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?:who|whom)\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+"
    r"(?:also\s+)?)?(?:one|two|three|four|five|six|seven|eight|nine|ten|both|all|each|some|several|many|among|part"
    r"|\d+|the|those|a|an|another|also)\b", re.I)
_PARTIAL_PARDON_RE = re.compile(
    r"\s+(?:on|of|for|in)\s+(?:only\s+)?(?:\w+\s+){0,2}?of\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:\w+\s+){0,2}?"
    r"(?:charges|offences|offenses|counts|cases|convictions|crimes|sentences)\b", re.I)
# "should never have been released" presupposes the release it regrets
_COUNTERFACTUAL_RE = re.compile(r"\bshould(?:\s+not|\s+never|n['’]t)\s+(?:\w+\s+)?have\s+been\s*$", re.I)
_AGE_COMMA_END_RE = re.compile(r"⟦\d+⟧\s*,\s*(?:aged\s+)?\d{1,3}\s*,\s*$")
_ING_AFTER_RE = re.compile(r"\s+\w+ing\b")
_WITH_RE = re.compile(r"\b(?:along\s+with|together\s+with|with|as\s+well\s+as|alongside)\s+", re.I)
_CO_RELEASE_END_RE = LowerScan(re.compile(r"[.;!?" + _QUOTES + r"]|\b(?:" + _SPEECH + r"|but|while|whereas|after|before"
                                          r"|when|because|who|which|where|until"
                                          # a new clause, or a noun that takes the "with": "..., and it was not
                                          # until the accord with X that he returned to power"
                                          r"|(?<=,\s)and\s+(?:it|there)"
                                          r"|(?:accord|agreement|deal|talks|meeting|negotiations|treaty|pact|truce)"
                                          r"(?=\s+with\b)"
                                          # a journey of their own: "... who were freed walked back with Sister X"
                                          # (their escort)
                                          r"|walked\s+(?:back|home)|marched|trekked|rode|drove|travell?ed|headed)\b",
                                          re.I))
_LIST_GAP_RE = re.compile(
    r"^(?:\s*\([^)⟦]*\))?(?:\s*,\s*(?:aged\s+)?\d{1,3})?"
    r"(?:\s+from\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,2})?"  # "X from Kosovo, Y ..."
    r"\s*(?:,\s*(?:and|or|nor|as\s+well\s+as|along\s+with|plus)?"
    r"|and|or|nor|as\s+well\s+as|along\s+with|together\s+with|&|plus)\s*"
    r"(?:(?!(?:" + _PREPOSITION + r"|who|whom|whose|which|that|said|says)\b)[^\s,;:.⟦]+\.?\s+){0,6}?$"  # "Pvt." too
    # "and former ambassador to the United States X": a title's own place (not ", an ally of President X")
    r"|^\s*,?\s*and\s+(?:(?!(?:" + _PREPOSITION + r"|who|whom|whose|which|that|said|says)\b)[^\s,;:.⟦]+\s+){1,4}?"
    r"(?:to|of|for|in)\s+(?:the\s+)?(?:(?!" + _OFFICIAL_TITLE + r"|(?:mr|mrs|ms|dr)\b)(?-i:[A-Z])[\w'’-]*\s+){1,3}$"
    # "X and a Russian electrician, Y, also left": the second conjunct's noun, then its name in apposition
    r"|^\s*,?\s*(?:and|&)\s+(?:an?|the|his|her|their)\s+(?:(?!(?:" + _PREPOSITION + r"|who|whom|whose|which|that)\b)"
    r"[\w'’-]+\s+){0,3}[\w'’-]+\s*,\s*$"
    # "X and the employee of the embassy Y": a descriptor with a common noun's "of" before the second name
    r"|^\s*,?\s*(?:and|&)\s+(?:an?|the|his|her|their)\s+(?!" + KIN_WORD + r"\b)(?-i:[a-z][\w'’-]*\s+){1,2}of\s+"
    r"(?:the|an?|his|her|its|their)\s+(?-i:[a-z][\w'’-]*\s+)?(?!" + _OFFICIAL_TITLE + r"\b)(?-i:[a-z][\w'’-]*\s+)$", re.I)

_POSS_AFTER_RE = re.compile(r"^['’]s?\b")
_ALONG_WITH_END_RE = re.compile(r"\b(?:along|together)\s+with\s+(?:[^\s,;:⟦]+\s+){0,5}$", re.I)
_PREP_OBJECT_END_RE = re.compile(
    r"\b" + _PREPOSITION + r"\s+(?:(?:the|a|an)\s+)?(?:(?!(?:and|or|but|while|then|as)\b)[^\s,;:⟦]+\s+){0,4}$", re.I)
_AND_PREDICATE_END_RE = re.compile(r"\band\s+(?:(?:also|still|later|then|now|has|have|had|is|was|were|are)\s+)*$", re.I)
_PUNCT_BREAK_RE = re.compile(r"[;:!?" + _QUOTES + r"]|\s[–—-]\s|\b(?:" + _SPEECH + r")(?:\s+that)?\b", re.I)
_SUBJECT_HEAD_RE = re.compile(r"\s*(?:[A-Za-z][\w'’-]*,?\s+){0,3}?⟦(\d+)⟧")  # "Another journalist, X, ..."
_COORD_SUBJECT_RE = re.compile(r"\s*(?:[A-Za-z][\w'’-]*\s+){0,3}?⟦(\d+)⟧(?=[^⟦]*\band\s*$)")
_GROUP_END_RE = re.compile(r"⟦(\d+)⟧(?:['’]s)?(?:\s*\([^)]*\))?(?:\s*,\s*(?:aged\s+)?\d{1,3})?\s*$")
_ALONG_END_RE = re.compile(r"\b(?:along|together)\s+$", re.I)
_ABBREV_END_RE = re.compile(r"(?:\b[A-Z]\.?[A-Z]?|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Brig|Cmdr|Comdr|Lieut|Maj"
                            r"|Adm|Supt|Insp|Prof|Rev|Gov|Sen|Rep|Cpl|Pvt|Pfc|Pte|Spc))$")
# a subordinate clause with a subject of its own between an auxiliary and a later participle
_SUBORDINATE_SUBJECT_RE = re.compile(r"\b(?:after|before|when|while|because|since|until|once)\s+(?:the|an?|his|her|their"
                                     r"|its|he|she|they|it|we|police|troops|soldiers|(?-i:[A-Z])\w+)\b", re.I)
# a comma closing a fronted phrase, then a short subject: ", eight " before the verb
_FRONTED_END_RE = re.compile(r",\s+(?=(?:[\w'’-]+\s+){1,3}$)")
_BREAK_RE = re.compile(r"[,;:()" + _QUOTES + r"]|\s[–—-]\s")
_COMMA_WHO_END_RE = re.compile(r",\s*who\s+$")
# a relative clause's second predicate: "his son, Y, who is serving a term for theft and was granted parole"
_AND_FREED_AFTER_RE = re.compile(r"[^,;:⟦()]{0,80}?\s+and\s+(?:was|were|has\s+been|have\s+been)\s+(?:(?:later|then|now"
                                 r"|since|finally|also)\s+)?(?:granted|given|freed|released|pardoned|paroled)\b", re.I)
_COMMA_WHO_AND_END_RE = re.compile(r",\s*who\s+[^,;:⟦()" + _QUOTES + r"]{1,80}?\s+and\s+$")
_COMMA_NP_WHO_END_RE = re.compile(r",\s*(?:the|an?)\s+[^,;:⟦" + _QUOTES + r"]{1,60}?\s+who\s+$", re.I)
_BY_AFTER_RE = re.compile(r"^\s+by\b")
_NOT_RELEASE_AFTER_RE = re.compile(r"^\s*(?:up|of|from\s+hospital)\b", re.I)
_PASSIVE_END_RE = re.compile(r"\b(?:is|are|was|were|been|being|be|got|get)\s+(?:\w+ly\s+|also\s+|now\s+|just\s+)*$", re.I)
_VERBAL_END_RE = re.compile(r"\b(?:to|will|would|could|can|cannot|may|might|must|should|shall|did|does|do|not)\s+$"
                            r"|\b(?:saw|see|sees|seeing|watched|let|made|helped)\s+(?:[\w'’-]+\s+){1,2}$", re.I)
_WOULD_NOT_END_RE = re.compile(r"\b(?:would|will|could)\s+not\s+$|\b(?:wouldn['’]t|won['’]t|couldn['’]t)\s+$", re.I)
_UNLESS_RE = re.compile(r"\b(?:unless|until)\b", re.I)
# a second conjunct with the verb gapped: "[was freed] on Monday and Y on Tuesday", "[released] from A, and the doctor Y from B"
_GAPPED_REMNANT_RE = re.compile(
    r"\s+(?P<prep>from|on|in|at|after)\s+[^;:]{1,80}?,?\s+and\s+(?:(?:the|a|an)\s+(?:[a-z'’-]+\s+){0,2})?⟦(?P<i>\d+)⟧"
    r"\s+(?P=prep)\s+[^,;:⟦]{0,40}?(?:⟦\d+⟧[^,;:⟦]{0,20}?)?\s*(?:[.;]|$)", re.I)
_FINITE_RE = re.compile(r"\b" + _FINITE + r"\b", re.I)


def _remnant_re(connector: str, gap: int) -> re.Pattern:
    """A name the predicate just read goes on to, after a short tail and `connector`: "..., nor was the economist Y"."""
    return re.compile(rf"[^,;:⟦]{{0,{gap}}}?,?\s+{connector}\s+(?:(?:the|an?|his|her|their)\s+)?"
                      r"(?:[\w'’.-]+\s+){0,4}?⟦(?P<i>\d+)⟧", re.I)


_AS_WELL_AS_AFTER_RE = _remnant_re(r"as\s+well\s+as", 30)
_NOR_REMNANT_RE = _remnant_re(r"nor\s+(?:was|were|is|are|has|have|had|did)", 40)
# a pluperfect within the story's own day: "had already left their prisons in the morning"
_SAME_DAY_RE = re.compile(r"\b(?:in\s+the\s+morning|that\s+morning|earlier\s+(?:in\s+the|that)\s+day|hours\s+earlier"
                          r"|earlier\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.I)
_PLUPERFECT_RE = re.compile(r"had\s+(?:\w+\s+)?been\b", re.I)
# a pluperfect in an "after" clause of a release: "The soldiers were freed on Thursday after X had been released"
# (sequence of tenses, the same occasion)
_AFTER_RELEASE_SUB_RE = re.compile(r"\b(?:freed|released|let\s+go|handed\s+over)\b[^,;.]{0,50}?\b(?:after|once|as\s+soon\s+as)"
                                   r"\s+[^,;.]{0,60}$", re.I)
_SPEECH_WORD_RE = re.compile(r"\b" + _SPEECH + r"\b", re.I)
# ... as a reporting verb: not a label such as "Editor's note (continued):"
_SPEECH_TAG_WORD_RE = re.compile(r"(?<!\()\b" + _SPEECH + r"\b(?!\))", re.I)
_ADJECTIVE_CONTEXT_RE = re.compile(
    r"\b(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*|these|those|all|both|newly|recently"
    r"|other|several|many|some|of|their|its|his|her)\s+$", re.I)
_LED_TO_END_RE = re.compile(r"\b(?:led|leads|lead|leading|resulted|results)\s+(?:to|in)\s+(?:the\s+)?$", re.I)
# "That trip led to ...": the sentence continues an occasion the previous sentence dated
_THAT_EVENT_RE = re.compile(r"^\W*(?:that\s+(?:trip|visit|deal|meeting|agreement|swap|exchange|round|mission|operation"
                            r"|release|amnesty|truce)\b|(?:in|during|by|later)\s+that\s+(?:month|year|week|period|summer"
                            r"|spring|autumn|fall|winter)\b|at\s+(?:that|the)\s+time\b"
                            # "Media reports at the time said ...": a source of that time
                            r"|(?:[\w'’-]+\s+){1,4}?at\s+the\s+time\s+"
                            r"(?:said|reported|claimed|alleged|suggested)\b)", re.I)
# "In return, Hezbollah released X" after a sentence about an earlier swap: the other half of that swap
_IN_RETURN_RE = re.compile(r"^\W*in\s+(?:return|exchange)\s*,", re.I)
# "who was freed three weeks later" in a sentence dated before the story: that earlier occasion
_LATER_RE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few|few)\s+"
                       r"(?:days?|weeks?|months?|years?)\s+later\b"
                       # the year a date before it named: "detained in 2019, returned to Japan in the same year"
                       r"|\b(?:later\s+|in\s+|within\s+|during\s+)?(?:that|the\s+same)\s+year\b", re.I)
_NEITHER_RE = re.compile(r"\bneither\b", re.I)
# "None of the 20 has been freed": a "none" that is the whole subject of the release's own auxiliaries
_NONE_SUBJECT_RE = re.compile(r"\W*(?:(?:and|but|yet|so)\s+)?(?:none\s+of(?:\s+(?!(?:was|were|is|are|has|have|had"
                              r"|when|who|which|that|after|as"
                              r"|while|because|and|but)\b)[\w'’-]+){1,5}|nobody|no\s+one|none)\s*$", re.I)
_BARE_AUX_RE = re.compile(r"(?:has|have|had|was|were|is|are)(?:\s+(?:yet\s+)?been)?\s+(?:\w+ly\s+)?$", re.I)
_TO_END_RE = re.compile(r"\bto\s+$", re.I)
# a headline's second clause, with a subject of its own: "X released, PM Y resigns", "A freed, B says"
_HEADLINE_NEXT_CLAUSE_RE = re.compile(r"\s*,\s*(?:(?-i:[A-Z])[\w.]*\s+){0,2}⟦\d+⟧\s+(?!as\b)(?-i:[a-z]+(?:s|ed))\b")
# a name opening a clause of its own, its verb and object right after it: "X brought him", "X flew them home"
_NAME_THEN_VERB_RE = re.compile(r"\s+(?:\w+ly\s+)?(?-i:[a-z]+(?:ed|ew|ought|ook|ent|ove))"
                                r"\s+(?:him|her|them|it|the|a|an|his|their)\b")
_INTRO_RE = re.compile(r"\s*(?:(?:were|was|are|is|include[sd]?|including)\b\s*:?)?", re.I)
_HAD_END_RE = re.compile(r"\bhad\s+(?:\w+\s+)?$")
_EARLIER_ADV_RE = re.compile(r"\b(?:recently|already|previously|earlier)\b")
_FREEDOM_RE = re.compile(r"\bfreedom\b", re.I)
_WHO_END_RE = re.compile(r"\bwho\s+$")
# "The others included X", "The rest were X and Y": the remainder of the previous sentence's group
# ("The other hostages include X" may name people outside that group: not read)
_OTHERS_BEFORE_RE = re.compile(r"^\W*(?:the\s+)?(?:others|rest|remainder)\s+$", re.I)
_AMONG_THEY_RE = re.compile(r"(?:among|they)\b", re.I)
# "Among them, he said, was X": a speech tag between a list marker and its list
_PAREN_SPEECH_RE = re.compile(r"\s*,?\s*(?:he|she|they|officials|police|the\s+\w+)\s+(?:said|says|added|told\s+\w+)\s*,"
                              r"\s*(?:(?:was|were|is|are)\s+)?", re.I)
# "They are five executives of the firm, A, B and C": "they are" opens a description of the group, not a verb
_THEY_ARE_NP_RE = re.compile(r"\s+(?:all\s+)?(?:the\s+)?(?:\d+|" + "|".join(
    "two three four five six seven eight nine ten eleven twelve".split()) + r")\s", re.I)
# a subject after its passive verb, as machine translation from Spanish or French leaves it: "were released the
# young Venezuelans A and B" (not "was released the same day X spoke")
_POSTPOSED_SUBJECT_RE = re.compile(
    r"\s+the\s+(?:(?!(?:same|next|following|previous|last|first|day|week|month|year|morning|afternoon|evening"
    r"|night|weekend|moment|time)\b)[a-z][\w'’-]*\s+){1,3}⟦\d+⟧(?=\s*(?:,|and\b|$|\.|;|who\b))", re.I)
_POSTPOSED_NEG_RE = re.compile(r"\b(?:neither|nor|not|never)\b", re.I)
_POINTS_BACK_RE = re.compile(r"(?:^\W*|\b" + _SPEECH + r"\s+(?:that\s+)?)$", re.I)
_VERB_RE = re.compile(r"\b(?:" + _FINITE + "|" + _SPEECH + r")\b")
_VOCAB_RE = re.compile(r"(?<!-)\b[a-z][a-z'’\-]+\b")  # not the lower-case half of "Dae-jung"
_APPOS_HEAD_RE = re.compile(r"⟦(\d+)⟧(?:\s*,\s*\d{1,3})?\s*,\s*(?:the|an?|his|her|their)\s+[^,;:⟦]{0,80}$", re.I)
# "X, leader of the guerrillas, who left the prison": a bare noun aside (an office "of" something) before "who"
_BARE_APPOS_WHO_RE = re.compile(r"⟦(\d+)⟧(?:\s*,\s*\d{1,3})?\s*,\s*(?-i:[a-z])[\w-]*(?:\s+[\w-]+)?\s+(?:of|for|at|in)\s+"
                                r"(?:[^,;:⟦]|⟦\d+⟧){1,60},\s*who\s+$", re.I)
# "On Friday X was freed": the preposition's object is the time, not the name after it
_TIME_PHRASE_END_RE = re.compile(
    r"\b(?:on|in|at|during|since|by|until|after|before)\s+(?:(?:early|late|mid|the)\s+)?(?:" + "|".join(_MONTHS_DAYS[:31])
    + r"|\d{1,4}s?|(?:this|last|that|next)\s+(?:week|month|year|weekend|morning|afternoon|evening|night))"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?,?\s+"
    r"(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,3})?$", re.I)  # "In August the Romanian X came free"
_RELATIVE_AT_RE = re.compile(r"\s*,?\s*(?:who|whom|whose|which)\b", re.I)
_RELATIVE_RE = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b", re.I)
_LIST_RESUME_RE = re.compile(
    r",\s*(?:and|as\s+well\s+as|plus)\s+(?:(?!(?:" + _PREPOSITION + r"|who|which|that)\b)[^\s,;:.⟦]+\s+){0,5}?⟦(\d+)⟧", re.I)
_WITH_RESUME_RE = re.compile(r"\s*(?:--|[-–—])\s*(?:together|along)\s+with\s+(?:(?:the|a|an|his|her|their)\s+)?"
                             r"(?:[^\s,;:.⟦]+\s+){0,3}?⟦(\d+)⟧", re.I)
_TITLED_NAME_AFTER_RE = re.compile(r"\s+(?:(?-i:[A-Z])[\w'’.-]*\s+){1,3}⟦(\d+)⟧")
_BARE_RESUME_RE = re.compile(r",\s*⟦(\d+)⟧")
_SEMICOLON_RESUME_RE = re.compile(
    r";\s*(?:and\s+)?(?:(?!(?:" + _PREPOSITION + r"|who|which|that)\b)(?:[^\s,;:.⟦]+|(?-i:[A-Z])[a-z]{1,3}\.)\s+){0,5}?"
    # (a home place may close the lead: "; and two brothers from the Markets area, X")
    r"(?:(?<=\s)(?:from|of)\s+(?:the\s+)?(?:⟦\d+⟧|(?-i:[A-Z])[\w'’-]*)(?:\s+(?-i:[a-z]+))?\s*,\s*(?=⟦))?"
    r"(?:(?<=\s)(?!(?:" + _PREPOSITION + r"|who|which|that)\b)[^\s,;:.⟦]+\s*,\s*(?:the\s+)?(?:(?-i:[A-Z])[a-z]{1,3}\.\s+)?)?"
    r"⟦(\d+)⟧", re.I)  # "; the envoy, X", "; a priest, the Rev. X"
# "relatives, including X" / "officials, among them Y": the list names no releasees
# plural nouns of people around the freed, never the freed themselves
_OTHER_GROUP_NOUNS = (r"(?:relatives|families|family|parents|mothers|fathers|wives|husbands|officials|diplomats|ministers"
                      r"|envoys|mediators|negotiators|lawmakers|politicians|supporters|guests|dignitaries|leaders"
                      r"|representatives)")
_OTHER_GROUP_BEFORE_RE = re.compile(r"\b" + _OTHER_GROUP_NOUNS + r"\s*,?\s*$", re.I)
# "freed seven people who had hoped to run for office, including X": the one relative clause describes the
# counted group, and the list after it names its members (not "whose relatives, including X")
_RELATIVE_ON_GROUP_RE = re.compile(
    r"\b(?!" + _OTHER_GROUP_NOUNS + r"\b)(?:[a-z]{3,}s|people|[a-z]*men|women|children)"
    r"\s+(?:who|that)\b[^,;:⟦]*(?:⟦\d+⟧[^,;:⟦]*)?,\s*$")
_RELATIVE_PRONOUN_RE = re.compile(r"\b(?:who|whom|whose|which)\b", re.I)
_NEW_CONJUNCT_RE = re.compile(r"\w[\w'’]*\s*,\s*(?:and|but|while|as|whereas)\s", re.I)
_HARD_STOP_RE = re.compile(r"[.;!?" + _QUOTES + r"]")
_ITEM_END_RE = re.compile(r"(?:['’]s?)?\s*(?:[,.;:)(]|$|\s+(?:who|whom|whose|which|(?:together|along)\s+with)\b)", re.I)
_SENTENCE_SUBJECT_RE = re.compile(r"^\W*(?:(?:the|a|an)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?⟦(\d+)⟧")
_AND_ITEM_RE = re.compile(r",\s*(?:and|as\s+well\s+as)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?⟦(\d+)⟧")
_PUB_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_PUB_DAY_RE = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")


def _iso_day(value: str | None) -> date | None:
    """The day an ISO date string names ('2014-05-03'), else None."""
    if not value or not _PUB_DAY_RE.match(value):
        return None
    try:
        return date(int(value[:4]), int(value[5:7]), int(value[8:10]))
    except ValueError:
        return None
_PUB_MONTH_RE = re.compile(r"((?:19|20)\d\d)-(\d\d)")


@dataclass
class _Mention:
    sent: int
    start: int
    end: int
    text: str
    possessive: bool = False
    fragment: bool = False          # one word of a longer run cut by a stop word ("Rocío [San] Miguel")
    followed_by_capital: bool = False  # "Jacques Paris": the next word was cut off as a stop word
    surname_from: int | None = None  # "Craig and Lindsay Foreman": Craig borrows the surname of mention i
    alias_of: int | None = None     # index (in sentence) of the name this one re-spells
    nickname: bool = False           # "better known as Y": an alias, never the display name
    kin_speaker: bool = False        # speaks of "my father" in its own sentence: somebody's relative
    initial: bool = False            # the sentence's first word
    role: str | None = None          # official | credit | commentator | relative
    title_appos: bool = False        # the official role comes only from an aside after the name
    speaker: bool = False
    relative_anchor: int | None = None  # mention whose relative this one is (same sentence)
    person: int | None = None
    suffix: str = ""                 # "III" of "Paul Getty III": kept out of the text the linking compares
    nick: str = ""                   # 'Robert "Bobby" Keane': the quoted nickname inside the name
    respells: bool = False           # "... render his name as Y": Y is another spelling of the person "his" is
    titled: bool = False             # "Mr. Caal": a bare surname behind an honorific names a person

    @property
    def tokens(self) -> list[str]:
        return self.text.split()


@dataclass
class _Finding:
    status: str        # released | held | soft_held | bail (out on bail: counts as neither)
    scope: str         # this_event | other_event
    family: bool = False  # a reunion cue: relatives in it are the ones waiting, not the freed
    override: bool = False  # the cue itself names the person's office: it outranks the official role


@dataclass
class _Person:
    spellings: list[str] = field(default_factory=list)
    mentions: list[_Mention] = field(default_factory=list)
    derived: bool = False
    # surnames that stand for someone else: "Mr Sisulu's wife, Albertina Sisulu" -- a bare "Sisulu" is
    # the husband, never the wife introduced as his relative
    not_surname: set[str] = field(default_factory=set)
    nicknames: set[str] = field(default_factory=set)  # "better known as Y" spellings


# ------------------------------------------------------------ name detection

_TOKEN_RE = re.compile(r"[^\W\d_][\w'’.\-]*", re.U)
# the tokens `_TOKEN_RE` finds whose first letter is not an ASCII lower-case letter that starts no
# particle: a run of word characters is read from its start, so a token begins at its first letter
_CANDIDATE_TOKEN_RE = re.compile(r"(?<![\w'’.\-])[\d_'’.\-]*(?=[^\W\d_a-z]|[" + "".join(sorted(set(
    "aeiubd" + "".join(p[0] for p in _PARTICLES)))) + r"])([^\W\d_][\w'’.\-]*)")


# initials ("U.S.", "J.") and the usual abbreviations keep their dot; "Hoa." at a sentence end does not
_ABBREV_RE = re.compile(r"(?:[A-Z]\.)+|(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Maj|Prof|Rev|Sen|Rep|Gov|Adm|Cpl"
                        r"|Pvt|Pfc|Pte|Spc|Mt|Ft|No|Co|Corp|Inc|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mx|Messrs)\.")
_PREFIXED_RE = re.compile(r"(?:al|el|ad|as|ash|at|ibn|bin|abu|ul|ud|ed|d)[-'’][A-Z]")


def _clean_token(raw: str) -> tuple[str, bool]:
    """Strip trailing punctuation and a possessive; report whether it was possessive."""
    tok = raw.rstrip("-")
    if not tok or tok[-1] not in "s'’.":
        return tok, False
    possessive = False
    if tok.endswith(("'s", "’s")):
        tok, possessive = tok[:-2], True
    elif tok.endswith(("'", "’")):
        tok, possessive = tok[:-1], True
    if tok.endswith(".") and not _ABBREV_RE.fullmatch(tok):
        tok = tok[:-1]
    return tok, possessive


_ARABIC_PREFIX_RE = re.compile(r"(?:al|el|ad|ash|abu|bin|ibn)-")
_COMPOUND_TAIL_RE = re.compile(r"(?:ed|ing|born|based|led|run|made|held|owned|style|era|like|wide|long|old|year"
                               r"|day|week|month|time|term|backed|linked|allied|speaking|funded|leaning)$")
_NON_WORD_RE = re.compile(r"[^\w]")
_INITIAL_RE = re.compile(r"[A-Z]\.")
_ADVERB_END_RE = re.compile(r"(?:ally|ately|ously|ively|ently|antly|edly|ingly)$")


_KIND_CACHE: dict[str, tuple[str | None, str]] = {}


def _token_kind(tok: str, vocab: set[str], first_in_sentence: bool) -> str:
    """NAME, STOP, ORG or PART(icle) for one token of a capitalised run."""
    cached = _KIND_CACHE.get(tok)
    if cached is None:
        if len(_KIND_CACHE) > 50_000:
            _KIND_CACHE.clear()
        cached = _KIND_CACHE[tok] = (_fixed_kind(tok), tok.lower().strip("."))
    kind, low = cached
    if kind is not None:
        return kind
    if low in vocab:
        return "COMMON"  # the article also uses the word in lower case: a common word
    if first_in_sentence and _ADVERB_END_RE.search(low):
        return "STOP"  # a sentence adverb ("Separately, ...")
    return "NAME"


def _fixed_kind(tok: str) -> str | None:
    """The part of `_token_kind` that does not depend on the article (None: decided by its vocabulary)."""
    low = tok.lower().strip(".")
    if low in _PARTICLES and not tok[0].isupper():
        return "PART"
    if low in _ORG_WORDS:
        return "ORG"
    if low in _STOP or low in _HONORIFICS:
        return "STOP"
    if (low[-1:] == "s" or low[-2:] == "an") and low[:-1] in _PLACES or low in _PLURAL_DEMONYMS:
        return "STOP"  # "Canadians", "Crimean", "Finns": demonyms the place list spells without the ending
    if low[-3:] == "ese" and low[:-3] in _PLACES:
        return "STOP"  # "Taiwanese", "Sudanese": demonyms of the place's full name ("Afghani" may be a surname)
    if low[-3:] in ("ian", "ean", "ese") and is_demonym(tok) and not is_known_given_name(tok):
        return "STOP"  # "the Cameroonian X": a nationality before the name
    parts = [p for p in low.split("-") if p]
    if len(parts) > 1:
        if all(p in _STOP for p in parts) or is_demonym(tok.split("-")[-1]):
            return "STOP"  # ... or a compound one: "Franco-Cameroonian", "Irish-American"
        # "US-brokered", "Russia-controlled": a compound word, not a double-barrelled name; but a
        # lower-case second part of a given name ("Ji-hoon", "Min-jun") is a name
        lower_parts = [q for q in tok.split("-")[1:] if q and not q[:1].isupper()]
        if lower_parts and not _ARABIC_PREFIX_RE.match(low) and (
                parts[0] in _STOP or sum(c.isupper() for c in tok.split("-")[0]) >= 2
                or any(_COMPOUND_TAIL_RE.search(q.lower()) for q in lower_parts)):
            return "STOP"
    letters = _NON_WORD_RE.sub("", tok)
    if len(letters) >= 2 and (letters.isupper() or (letters[-1] == "s" and len(letters) >= 3 and letters[:-1].isupper())):
        return "STOP"  # acronyms (REUTERS, POW, RFE) and their plurals (MPs, POWs, NGOs)
    if len(letters) == 1 and not _INITIAL_RE.fullmatch(tok):
        return "STOP"
    return None


# Romance articles that open the title of a paper or a party ("La Nación", "Los Andes", "Il Foglio"), not a name
# ("Le" and "El" also open Vietnamese and Arabic names: Le Van Thanh, El Sayed)
_TITLE_ARTICLES = frozenset(["La", "Las", "Los", "Les", "Il"])
_PLURAL_TOKEN_RE = re.compile(r"[A-Z][a-z]+[^s]s$")
# plural demonyms whose singular is no place word ("Finns Seppo Franti and Risto Vahanen"); the singulars
# (Finn, Dane, Pole) are also given names or surnames, so only the plurals are stop words
_PLURAL_DEMONYMS = frozenset("""finns danes swedes poles scots brits britons turks serbs croats czechs slovaks
slovenes greeks thais kurds uighurs uyghurs tatars tajiks uzbeks kazakhs kyrgyz afghans arabs berbers bosniaks
magyars sikhs tamils sinhalese filipinos maltese""".split())
# function words that are also names (Hebrew "Or", English "Will", Vietnamese "Do"); capitalised inside a
# sentence next to a name they are part of it ("Thich Quang Do and ...")
_NAME_LIKE_FUNCTION = frozenset({"or", "will", "do", "can"})  # Turkish "Can"
_NAME_LIKE_VERBS = frozenset({"said", "says"})
_NAME_LIKE_ADJECTIVES = frozenset({"Christian"})
# "Christian Maronite leaders": an adjective before a noun of a community
_PERSON_NOUN_AFTER_RE = re.compile(r"\s+(?:leaders?|groups?|communit(?:y|ies)|militias?|part(?:y|ies)|churches|church"
                                   r"|famil(?:y|ies)|villages?|areas?|districts?|quarters?|neighbou?rhoods?|clergy"
                                   r"|minorit(?:y|ies)|refugees|pilgrims|worshippers|believers)\b")
_SAID_OPENER_AFTER_RE = re.compile(r"\s*[:\"“]")  # "Mr Obama Said: ..." in a headline is the verb
_NAME_LIKE_MONTHS = frozenset({"jan", "may", "june", "april", "august"})
_NAME_LIKE_DAYS = frozenset({"Thu"})
_DAY_AFTER_RE = re.compile(r"\.?,?\s*(?:\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)")  # "Thu. 5 Dec"
_NAME_LIKE_SURNAMES = frozenset({"ramadan", "may", "eid", "jan"})
_ABBREVIATED_DAY_AFTER_RE = re.compile(r"\.|\s*\d")  # "Jan. 5", "Jan 22" (not "Almog Meir Jan, 22,")
_TITLE_LIKE_SURNAMES = frozenset({"Sheikh", "Shaikh", "Sheik"})
# titles that are also common surnames: after a given name they end the name ("Edmond Pope", "John Major")
_SURNAME_TITLES = frozenset({"pope", "king", "major", "bishop", "marshal", "cardinal", "prince", "judge", "dean",
                             "mayor", "sheriff", "priest", "farmer", "singer", "monk", "steward", "prime"})
_DATE_PREP_BEFORE_RE = re.compile(r"\b(?:in|on|since|by|until|till|last|next|early|late|mid|of|this|that|during|from"
                                  r"|through|between|before|after)\s+$", re.I)
_OPENER_BEFORE_RE = re.compile(r"[:\"“‘(—–]\s*$")
# places that can follow a given name as a surname ("Jacques Paris"); plural demonyms cannot
_PLACE_ONLY = frozenset(p for p in set(_PLACES) - set(_COMMON) - set(_FUNCTION) - set(_MONTHS_DAYS)
                        if not (p.endswith("s") and p[:-1] in _PLACES))
_MODIFIED_GROUP_RE = re.compile(  # (also one of two coordinated modifiers: "Viet Cong and North Vietnamese prisoners")
    r"(?: and(?: (?-i:[A-Z])[\w'’-]+){1,3})? (?:prisoners|detainees|hostages|captives|inmates|fighters|militants|commanders|members|suspects|loyalists"
    r"|supporters|soldiers|troops|rebels|insurgents|militiamen|gunmen|operatives|families|family|clan|allies"
    r"|followers|officials|leaders|forces|camp|loyalist|militia|militias"
    r"|group|company|corporation|conglomerate|empire|dynasty|party|movement|bloc|alliance|coalition|faction)\b")
# ("the Empain-Schneider group", "the Civil Contract party")
_MODIFIED_ROLE_RE = re.compile(
    r" (?:mayor|governor|minister|senator|lawmaker|deputy|leader|chief|commander|official|councillor|councilor"
    r"|spokesman|spokeswoman|spokesperson|ambassador|envoy|prosecutor|judge|police\s+chief|party\s+leader"
    r"|founder|co-founder|chairman|chairwoman) (?=[A-Z])")
_BODY_ROLE_AFTER_RE = re.compile(r" (?:president|chairman|chairwoman|director|chief|head|boss|founder|manager"
                                 r"|executive|governor)\b(?! of\b)")
# a list after a preposition of place whose first item is a known place: "in Port Sudan, Wad Medani and Kassala",
# whose items stand bare, no description or verb after them ("from Laos, X from Mexico" lists people)
_PLACE_LIST_BEFORE_RE = re.compile(r"\b(?:in|at|from|to|near)\s+(?P<first>(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
                                   r"\s*,\s*(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*,\s*)*(?:and\s+)?$")
_BARE_ITEM_AFTER_RE = re.compile(r"\s*(?:,\s*(?-i:[A-Z])|,?\s+and\s+(?-i:[A-Z])|[.;)]|$)")
_MORE_ITEMS_AFTER_RE = re.compile(r"\s*(?:,\s*|,?\s+and\s+)(?-i:[A-Z])")
# "frees Machar ex-spokesman", "a Navalny aide": a name running into a follower's title is whom he serves
_SERVED_ROLE_AFTER_RE = re.compile(r" (?:ex-|former )?(?:spokesman|spokeswoman|spokesperson|aide|adviser|advisor|ally"
                                   r"|critic|lawyer|bodyguard|confidant|associate|loyalist|deputy)\b")
# "the former Iron Wolves chairman who ...": after "the", a name running into a leader's title is the body he leads
_THE_BEFORE_ROLE_RE = re.compile(r"\bthe\s+(?:(?:former|then|late|longtime|jailed|imprisoned)\s+)?$", re.I)
_LEADER_ROLE_AFTER_RE = re.compile(r" (?:leader|chief|commander|founder|co-founder|chairman|chairwoman|spokesman"
                                   r"|spokeswoman|spokesperson)\b")
_SURNAME_WORDS = _PLACE_ONLY | frozenset("gold green black white brown grey gray".split())
# the place list ends in demonyms ("ukrainian" onwards): "Fellow Australian Yang Hengjun" is no name
_DEMONYMS = frozenset(_PLACES[_PLACES.index("ukrainian"):])
_INNER_PLACE_WORDS = _SURNAME_WORDS - _DEMONYMS
_SAINT_PREFIXES = frozenset({"st", "saint", "ste", "sainte"})  # of surnames: "St. Clair", "Saint John"
_ORG_NOUN_BEFORE_RE = re.compile(r"\b(?-i:company|firm|corporation|conglomerate|newspaper|broadcaster|charity|organi[sz]ation"
                                 r"|group|militia|movement|airline|carrier|bank|NGO)\s$")
_INDEFINITE_BEFORE_RE = re.compile(r"\ban?\s$", re.I)
_LOWER_WORD_AFTER_RE = re.compile(r" [a-z]")
_COLOURS = frozenset("green black white red blue grey gray golden dark brown".split())
_PARTICLE_INITIALS = frozenset("aeiubd" + "".join(p[0] for p in _PARTICLES))
_THE_BEFORE_RE = re.compile(r"\bthe\s$", re.I)
_SPACE_CAPITAL_RE = re.compile(r"\s[A-Z]")
_HOMETOWN_PREP_BEFORE_RE = re.compile(r"\b(?:from|in|near)\s+$")
_OPEN_PAREN_RE = re.compile(r"\s*\(\s*")
_SPELLED_OPEN_RE = re.compile(r"\s*\(\s*(?:also\s+|sometimes\s+|often\s+)?(?:spelled|spelt|written|transliterated)\s+(?:as\s+)?")
_LEAD_PUNCT = " \"'“‘([—–-*•"
_KNOWN_AS_RE = re.compile(r"\s*[,(]?\s*(?:(?:better|also|widely|popularly|commonly|locally|affectionately)\s+)?"
                          r"(?:known|referred\s+to)\s+(?:to\s+(?:his|her|their)\s+(?:friends|supporters|followers)\s+)?"
                          r"(?:(?:online|on\s+social\s+media|publicly|professionally)\s+)?"  # "known online as"
                          r"(?:(?:in|to)\s+(?-i:[A-Z])[\w'’-]+\s+)?"  # "known in Taiwan as"
                          r"as\s+(?:the\s+)?[\"“‘']?|\s*[,(]?\s*(?:nicknamed|dubbed|a\.?k\.?a\.?|alias)\s+[\"“‘']?")
_FULL_NAME_IS_RE = re.compile(r"\s*(?:,\s*whose\s+(?:full|real|legal|official)\s+name\s+is|\(\s*(?:full|real)\s+name:?)\s+")
# "X, who has also written under the name Y", "X, travelling under the assumed name Y": one person
_UNDER_NAME_RE = re.compile(
    r"\s*,?\s*(?:who\s+)?(?:(?:has|had|have)\s+)?(?:also\s+)?(?:written|wrote|writes|worked|works|published|publishes"
    r"|travell?ed|travell?ing|travels|lived|lives|posted|posts|gone|goes|went|performed|performs)\s+(?:\w+\s+){0,2}?"
    r"under\s+the\s+(?:pen\s+|assumed\s+|false\s+|fake\s+|stage\s+)?names?\s+[\"“‘']?")


def _ends_like_a_sentence(text: str) -> bool:
    return text.rstrip()[-1:] in _END_PUNCT


_END_PUNCT = frozenset(".!?…\"”»)")
_WORD_RE = re.compile(r"[^\W\d_][\w'’\-]*")


# a ship, aircraft or publication named after its type: "freed the Saudi supertanker Sirius Star", "the MV Faina",
# "the owner of the newspaper El Mercurio"
_VESSEL_NAME_RE = re.compile(
    r"\b(?:(?:super)?tanker|ship|vessel|freighter|yacht|ferry|trawler|boat|dhow|tug(?:boat)?|barge|carrier|frigate"
    r"|airliner|MV|MT|M/V|M/T|newspaper|daily|weekly|magazine|tabloid|broadsheet)\s+((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)")


_VESSEL_WORDS = ("tanker", "ship", "vessel", "freighter", "yacht", "ferry", "trawler", "boat", "dhow", "tug", "barge",
                 "carrier", "frigate", "airliner", "MV", "MT", "M/V", "M/T", "newspaper", "daily", "weekly", "magazine",
                 "tabloid", "broadsheet")  # a cheap guard for _VESSEL_NAME_RE


# an office held for a place, right before a capitalised run: the run starts with the place
_SEAT_OFFICE = (r"congress(?:wo)?man|senator|deputy|MP|governor|mayor|representative|lawmaker|legislator|delegate"
                r"|councill?or|member\s+of\s+parliament")
_PLACE_KNOWN_AS_RE = re.compile(
    r"\b(?:prison|jail|gaol|camp|compound|facility|cent(?:re|er)|base|barracks|village|town|city|district|quarter"
    r"|neighbou?rhood|square|street|road|hotel|hospital|school|mosque|church|area|region|province|island|valley)s?"
    r"\s*,?\s+(?:known|called|named|dubbed|nicknamed)\s+(?:as\s+)?[\"“'‘]?$", re.I)
_SEAT_BEFORE_RE = re.compile(r"\b(?:" + _SEAT_OFFICE + r")\s+(?:for|from|of)\s+$", re.I)


_NAME_SUFFIX_RE = re.compile(r" (II|III|IV|Jr\.|Sr\.)(?!\w)(?![\w'’-])")  # a generation: "J. Paul Getty III"
_DOTTED_INITIALS_RE = re.compile(r"(?:[A-Z]\.){2,3}")
_DOTTED_PLACES = frozenset("U.S. U.K. U.N. E.U. U.A.E. D.C. U.S.A. N.Y. L.A. U.S.S.R.".split())
_ORG_LIKE_SURNAMES = frozenset("park hall church".split())
_PERSON_NEXT_RE = re.compile(r"(?:['’]s?\b|\s*,\s*(?!(?:which|where|in|on|at|near)\b)[a-z\d]|\s+(?:said|says|told|who)\b)")


# "Some media render his name as Y", "also spelt her surname as Y": a respelling of the person "his" points to
_RESPELL_CUE_RE = re.compile(r"\b(?:his|her)\s+(?:full\s+)?(?:name|surname)\s+as\b", re.I)
_RESPELL_END_RE = re.compile(
    r"\b(?:render|renders|rendered|spell|spells|spelled|spelt|write|writes|wrote|transliterates?|transliterated"
    r"|romani[sz]es?|romani[sz]ed"
    # a source gives it ("court papers give his name as Y"), not a man naming himself ("whose leader gave his name as Y")
    r"|(?:media|reports|papers|documents|records|police|officials|authorities|agencies|sources|filings)\s+(?:\w+\s+)?"
    r"(?:give|gives|gave))\s+(?:his|her)\s+(?:full\s+)?(?:name|surname)\s+as\s+$", re.I)
# a quoted nickname inside a name: 'Robert "Bobby" Keane', 'José "El Flaco" Ruiz' (the gap it fills)
_NICK = r"[\"“‘][A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?[\"”’] "
_NICK_GAP_RE = re.compile(r"(?<=[^\W\d_] )" + _NICK + r"(?=[A-Z])")
_NICK_IN_TEXT_RE = re.compile(" " + _NICK)


_FROM_PLACE_BEFORE_RE = re.compile(r"\b(?:from|of)\s+$")
# what the person used to be, before the name: "Former Beatle Paul McCartney", "One-time Olympian X"
_FORMER_BEFORE_RE = re.compile(r"\b(?:former|ex-?|one-time|onetime)\s*$", re.I)
_ACRONYM_PAREN_BEFORE_RE = re.compile(r"\b[A-Z]{2,}\s*\($")


def _in_place_list(sentence: str, start: int, end: int) -> bool:
    """The name at sentence[start:end] is an item of a list of places: one with two places before it, or one that
    goes on after it ("a doctor from Italy, and X." may add a person to a list of people)."""
    m = _PLACE_LIST_BEFORE_RE.search(sentence, max(0, start - 80), start)
    if not m or not _BARE_ITEM_AFTER_RE.match(sentence, end):
        return False
    if m.group(0).count(",") < 2 and not _MORE_ITEMS_AFTER_RE.match(sentence, end):
        return False
    return m.group("first").lower() in _PLACE_PHRASES or country_of(m.group("first")) is not None


def _detect(sentence: str, vocab: set[str], vessels: frozenset = frozenset()) -> list[_Mention]:
    """Person-name candidates in one sentence (spans, not yet resolved); `vessels`: names of ships."""
    toks = []
    # gaps (from the space before the nickname to the start of the surname) that join a run
    nick_gaps = {m.start() - 1: m.end() for m in _NICK_GAP_RE.finditer(sentence)} \
        if ('"' in sentence or "“" in sentence or "‘" in sentence) else {}
    # group into runs: capitalised tokens (and inner particles) separated only by spaces; only tokens
    # that can be members are visited (a skipped word between two leaves a gap that ends the run)
    runs: list[list[int]] = []
    cur: list[int] = []
    prev_end, prev_poss = 0, False
    first_tok = _TOKEN_RE.search(sentence)
    first_start = first_tok.start() if first_tok else -1
    for m in _CANDIDATE_TOKEN_RE.finditer(sentence):
        raw = m.group(1)
        if raw[-1] in "-s'’.":
            tok, poss = _clean_token(raw)
            if not tok:
                continue
        else:
            tok, poss = raw, False
        start = m.start(1)
        if nick_gaps and any(g < start < e for g, e in nick_gaps.items()):
            continue  # the nickname itself: the run goes on to the surname after it
        c0 = tok[0]
        if c0.isupper():
            member = True
        elif c0 in _PARTICLE_INITIALS:
            member = (c0 in "aeiubd" and ("-" in tok[1:4] or "'" in tok[1:4] or "’" in tok[1:4])
                      and _PREFIXED_RE.match(tok) is not None) or tok.lower() in _PARTICLES
        else:
            member = False
        if member:
            i = len(toks)
            toks.append((start, start + len(tok), tok, poss, m.end()))
            if cur and not prev_poss and (sentence[prev_end:start] in (" ", "  ")
                                          or (nick_gaps and nick_gaps.get(prev_end) == start)):
                cur.append(i)
            else:
                if cur:
                    runs.append(cur)
                cur = [i]
            prev_end, prev_poss = m.end(), poss
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)

    mentions: list[_Mention] = []
    day_syllables = any(d in sentence for d in _NAME_LIKE_DAYS)
    for run in runs:
        first_new = len(mentions)
        kinds = []
        for i in run:
            tok = toks[i][2]
            kind = _token_kind(tok, vocab, toks[i][0] == first_start)
            kinds.append(kind)
        if len(run) == 2 and toks[run[0]][2] in _TITLE_ARTICLES and toks[run[0]][0] != first_start:
            kinds[0] = "ORG"  # "director of La Opinión", "Les Echos": a title that opens on an article
        # "Kyaw Min Thu", "Thu Thu Aung": a weekday's abbreviation that is also a syllable of Burmese and
        # Vietnamese names, next to a name and not written as a date ("Thu. 5", "Thu 12 Dec"), is part of it
        if day_syllables and "STOP" in kinds:
            changed = True
            while changed:
                changed = False
                for x, i in enumerate(run):
                    if kinds[x] == "STOP" and toks[i][2] in _NAME_LIKE_DAYS \
                            and ((x > 0 and kinds[x - 1] == "NAME") or (x + 1 < len(run) and kinds[x + 1] == "NAME")) \
                            and not _DAY_AFTER_RE.match(sentence, toks[i][1]):
                        kinds[x] = "NAME"
                        changed = True
        # "Prof. A. I. Feldman": initials that read as words ("A.", "I.") before initials before a name are
        # initials too (right to left, so that each sees the name its neighbour became)
        for x in range(len(run) - 2, -1, -1):
            i = run[x]
            if kinds[x] == "STOP" and kinds[x + 1] == "NAME" and toks[i][2] in ("A.", "I."):
                kinds[x] = "NAME"
        # "Or Levy", "Avinatan Or": a function word that is also a given name, capitalised inside a
        # sentence next to a name, is part of the name
        for x, i in enumerate(run):
            if kinds[x] == "STOP" and x + 1 < len(run) and kinds[x + 1] == "NAME" \
                    and toks[i][2].lower() in _NAME_LIKE_MONTHS \
                    and (toks[i][2] == "Jan"  # an abbreviated month takes a day or a dot ("of Jan. 5"), not a name
                         or not _DATE_PREP_BEFORE_RE.search(sentence, max(0, toks[i][0] - 12), toks[i][0])):
                kinds[x] = "NAME"  # "Jan Novak", "June Almeida": a month before a surname is a given name
                continue
            if kinds[x] == "STOP" and x == len(run) - 1 and x > 1 and kinds[x - 1] == kinds[x - 2] == "NAME" \
                    and toks[i][2] in _TITLE_LIKE_SURNAMES:
                kinds[x] = "NAME"  # "Ahmed Omar Sheikh": a title after a full name is a surname
                continue
            if kinds[x] == "STOP" and x == len(run) - 1 and x > 0 and kinds[x - 1] == "NAME" \
                    and toks[i][2][1:].islower() and not (toks[i][2] == "Jan" and _ABBREVIATED_DAY_AFTER_RE.match(
                        sentence, toks[i][1])) and (toks[i][2].lower() in _NAME_LIKE_SURNAMES or (
                        toks[i][2].lower() in _SURNAME_TITLES and (x == 1 or kinds[x - 2] != "STOP"))):
                kinds[x] = "NAME"  # "Ahmed Ramadan", "Theresa May": a month or feast after a given name is a surname
                continue
            if kinds[x] == "STOP" and x == len(run) - 1 and x > 1 and kinds[x - 1] == kinds[x - 2] == "NAME" \
                    and len(toks[i][2]) == 1 and toks[i][2] not in "AI" and sentence[toks[i][1]:toks[i][1] + 1] != ".":
                kinds[x] = "NAME"  # "Ri Ji U", "Kim Song U": a one-letter syllable closing a Korean name
                continue
            if kinds[x] == "STOP" and x + 1 < len(run) and kinds[x + 1] == "NAME" \
                    and _DOTTED_INITIALS_RE.fullmatch(toks[i][2]) and toks[i][2] not in _DOTTED_PLACES:
                kinds[x] = "NAME"  # "Lieutenant General A.A.K. Niazi": initials, not an acronym
                continue
            if kinds[x] == "ORG" and (x == 0 or kinds[x - 1] == "STOP") and x + 1 < len(run) and kinds[x + 1] == "NAME" \
                    and toks[i][2].lower() in _ORG_LIKE_SURNAMES and "ORG" not in kinds[x + 1:]:
                # "Park Geun-hye", "Hall Caine" (also after a title: "Former President Park Geun-hye"): a surname
                # that is also an institution word
                kinds[x] = "NAME"
                continue
            if kinds[x] == "ORG" and x == len(run) - 1 and x > 0 and kinds[x - 1] == "NAME" \
                    and toks[i][2].lower() in _ORG_LIKE_SURNAMES and toks[i][2][1:].islower() \
                    and _PERSON_NEXT_RE.match(sentence, toks[i][1]) \
                    and not _THE_BEFORE_RE.search(sentence, max(0, toks[run[0]][0] - 4), toks[run[0]][0]):
                kinds[x] = "NAME"  # "Officer Bobby Hall, 28,", "Donna Hall said": the surname, not a building
                continue
            if kinds[x] == "STOP" and 0 < x and kinds[x - 1] == "NAME" \
                    and (x == len(run) - 1 or kinds[x + 1] == "NAME") and toks[i][2].lower() in _NAME_LIKE_VERBS \
                    and not _SAID_OPENER_AFTER_RE.match(sentence, toks[i][1]):
                kinds[x] = "NAME"  # "Omar Said Farah", "Omar Said, 40": the verb is never capitalised mid-sentence
                continue
            if kinds[x] == "STOP" and x + 1 < len(run) and kinds[x + 1] == "NAME" and toks[i][0] != first_start \
                    and toks[i][2] == "Said" and _PREFIXED_RE.match(toks[run[x + 1]][2]):
                kinds[x] = "NAME"  # "were Said al-Atabeh and ...": the given name before a prefixed family name
                continue
            if kinds[x] == "STOP" and x + 2 < len(run) and kinds[x + 1] == "NAME" and kinds[x + 2] == "NAME" \
                    and toks[i][2] in _NAME_LIKE_ADJECTIVES:
                kinds[x] = "NAME"  # "the economist Christian Penda Ekoka": a given name before a full name
                continue
            if kinds[x] == "STOP" and x + 2 == len(run) and kinds[x + 1] == "NAME" and toks[i][2] in _NAME_LIKE_ADJECTIVES \
                    and not toks[run[x + 1]][2].endswith("s") and not is_demonym(toks[run[x + 1]][2]) \
                    and not _PERSON_NOUN_AFTER_RE.match(sentence, toks[run[x + 1]][1]):
                kinds[x] = "NAME"  # "the terrorist Christian Klar has been released" (not "Christian Democrats")
                continue
            if kinds[x] == "STOP" and 0 < x and kinds[x - 1] == "NAME" and toks[i][2] == "Sen" \
                    and (x == len(run) - 1 or kinds[x + 1] != "NAME"):
                kinds[x] = "NAME"  # "Binayak Sen walks out of jail": a surname after a given name ("Sen." opens one)
                continue
            if kinds[x] == "STOP" and x + 1 < len(run) and kinds[x + 1] == "NAME" and toks[i][2] in ("Jesus", "Jesús"):
                kinds[x] = "NAME"  # "Jesus Munoz-Gutierrez from Mexico": a common given name in Spanish
                continue
            if kinds[x] == "STOP" and 0 < x < len(run) - 1 and kinds[x - 1] == "NAME" and kinds[x + 1] == "NAME" \
                    and toks[i][2].lower() in _INNER_PLACE_WORDS:
                kinds[x] = "NAME"  # "Latavia Washington McGee", "Maria Paris Lopez": a place word inside a name
                continue
            if kinds[x] == "STOP" and 0 < x < len(run) - 1 and kinds[x + 1] == "NAME" \
                    and toks[i][2].lower().rstrip(".") in _SAINT_PREFIXES and (kinds[x - 1] == "NAME" or (
                        kinds[x - 1] == "STOP" and toks[run[x - 1]][2].lower().rstrip(".") in _HONORIFICS)):
                kinds[x] = "NAME"  # "Joseph St. Clair", "Mr St John": a saint's prefix opening a surname
                continue
            if kinds[x] == "STOP" and toks[i][0] != first_start and toks[i][2].lower() in _NAME_LIKE_FUNCTION \
                    and ((x > 0 and kinds[x - 1] == "NAME") or (x + 1 < len(run) and kinds[x + 1] == "NAME")) \
                    and not _OPENER_BEFORE_RE.search(sentence, max(0, toks[i][0] - 3), toks[i][0]):
                kinds[x] = "NAME"
        for x in range(len(run) - 1):
            if kinds[x] == "NAME" and kinds[x + 1] == "NAME" and toks[run[x]][2].lower() in _PILGRIM_STYLES \
                    and (x == 0 or kinds[x - 1] != "NAME"):
                # "Alhaji Alhassan Adamu", "Chairperson Begum X": a style that opens the name (not "Aisha Alhaji Deri")
                kinds[x] = "STOP"
        # split into NAME sub-runs (particles only inside)
        j = 0
        while j < len(run):
            if kinds[j] != "NAME":
                j += 1
                continue
            k = j
            while k + 1 < len(run):
                nxt = k + 1
                while nxt < len(run) and kinds[nxt] == "PART":
                    nxt += 1  # "van der Berg", "bin Abdul"
                if nxt < len(run) and (kinds[nxt] == "NAME" or (kinds[nxt] == "COMMON" and nxt == k + 1)):
                    k = nxt
                else:
                    break
            # a trailing common word is not part of the name ("Babaryka Said")
            while k > j and kinds[k] in ("COMMON", "PART"):
                k -= 1
            if k == j and k + 1 < len(run) and (k + 2 == len(run) or kinds[k + 2] != "NAME") \
                    and toks[run[k + 1]][2].lower() in _SURNAME_WORDS:
                k += 1  # "her partner Jacques Paris", "Mira Gold": a place or colour right after a given name
            sub = run[j:k + 1]
            if j > 0 and len(sub) >= 3 and toks[run[j - 1]][2].lower() in _COLOURS \
                    and _PLURAL_TOKEN_RE.match(toks[sub[0]][2]):
                sub = sub[1:]  # "Green Berets Luke Denman": a colour and a plural name a unit, not a person
            if j > 0 and toks[sub[0]][2] in ("Cross", "Crescent") and toks[run[j - 1]][2] == "Red":
                sub = sub[1:]  # "handed to the Red Cross Brigadier General X": the society, then the name
                if not sub:
                    j = k + 1
                    continue
            if sub[0] == run[0] and len(sub) >= 3 and _SEAT_BEFORE_RE.search(
                    sentence, max(0, toks[sub[0]][0] - 40), toks[sub[0]][0]):
                sub = sub[1:]  # "the congressman for Chocó Ana Ruiz": the seat's place, then the name
            if sub[0] == run[0] and len(sub) >= 3 and _FROM_PLACE_BEFORE_RE.search(
                    sentence, max(0, toks[sub[0]][0] - 6), toks[sub[0]][0]) \
                    and not is_known_given_name(toks[sub[0]][2]) and toks[sub[0]][2].lower() not in _PARTICLES \
                    and is_known_given_name(toks[sub[1]][2]):
                sub = sub[1:]  # "the pensioner from Hrodna Ivan Petrov": the home town, then a given name
            if len(sub) >= 3 and _FORMER_BEFORE_RE.search(
                    sentence, max(0, toks[sub[0]][0] - 12), toks[sub[0]][0]) \
                    and not is_known_given_name(toks[sub[0]][2]) and is_known_given_name(toks[sub[1]][2]):
                sub = sub[1:]  # "Former Beatle Paul McCartney": what the person was, then a given name
            if sub[0] == run[0] and len(sub) >= 3 and _ORG_NOUN_BEFORE_RE.search(
                    sentence, max(0, toks[sub[0]][0] - 16), toks[sub[0]][0]):
                # "a member of the punk group Pussy Riot Ekaterina Samutsevich": the body's name, then a person's
                # (a given name the table knows, with a surname after it)
                given = next((t for t in range(1, len(sub) - 1) if is_known_given_name(toks[sub[t]][2])), None)
                if given is not None:
                    sub = sub[given:]
            after = kinds[k + 1] if k + 1 < len(run) else None
            if after in ("STOP", "COMMON"):
                # "Boris Nemtsov Academic Center": capitalised words running on to an organisation word
                nxt = next((kd for kd in kinds[k + 1:] if kd not in ("STOP", "COMMON")), None)
                if nxt == "ORG":
                    after = "ORG"
            before_tok = sentence[max(0, toks[run[0]][0] - 4):toks[run[0]][0]]
            j = k + 1
            if after == "ORG":
                continue  # "Boris Nemtsov Academic Center", "Charles University"
            if len(sub) >= 2 and after is None and ((sub[0] == run[0] and _THE_BEFORE_RE.search(before_tok))
                                                    or (j - len(sub) == 1 and toks[run[0]][2] == "The")):
                continue  # "the Sde Teiman ...", "The Maran Centaurus was freed": a place, an institution or a ship
            name_toks = [toks[i][2] for i in sub]
            caps = sum(1 for t in name_toks if t[0].isupper())
            if caps > 5:
                continue
            lows = [t.lower() for t in name_toks]
            if any(" ".join(lows[a:b]) in _PLACE_PHRASES
                   for a in range(len(lows)) for b in range(a + 1, min(len(lows), a + _PLACE_MAX_WORDS) + 1)):
                continue
            if len(lows) >= 2 and lows[0] in _PLACE_PREFIXES:
                continue  # "Birnin Kebbi", "Kafr Qasim", "Beit Ummar": a word that only opens a town's name
            start, end = toks[sub[0]][0], toks[sub[-1]][1]
            if vessels and sentence[start:end] in vessels:
                continue  # "the supertanker Sirius Star ... The Sirius Star was seized": a ship
            if _ARRIVED_IN_BEFORE_RE.search(sentence, max(0, start - 30), start):
                continue  # "arrived in Birnin Kebbi on Saturday": where they came, not who
            if "," in sentence[max(0, start - 60):start] and not is_known_given_name(name_toks[0]) \
                    and _in_place_list(sentence, start, end):
                continue  # "held in jails in Port Sudan, Wad Medani and Kassala": a list of places goes on
            if not toks[sub[-1]][3] and _ADMIN_AREA_AFTER_RE.match(sentence, end):
                continue  # "the college in Birnin Yauri, Kebbi State": a town, then its state
            if _PLACE_KNOWN_AS_RE.search(sentence, max(0, start - 50), start):
                continue  # "the prison known as Abu Salim", "a camp called Bucca": a place's name, not a person's
            if sentence[end:end + 1] == ")" and _ACRONYM_PAREN_BEFORE_RE.search(sentence, max(0, start - 14), start):
                continue  # "the REAL (Republican Alternative) movement": an acronym spelt out, not a person
            if _ORG_NOUN_BEFORE_RE.search(sentence, max(0, start - 16), start):
                continue  # "the engineering firm Halvor Brenne", "the rebel group Jund X": a body's name, not a person's
            if _INDEFINITE_BEFORE_RE.search(sentence, max(0, start - 4), start) and _LOWER_WORD_AFTER_RE.match(sentence, end):
                continue  # "a Crimean Tatar leader": an adjective before a noun, not a person
            if not toks[sub[-1]][3] and _MODIFIED_GROUP_RE.match(sentence, end):
                continue  # "in exchange for Boko Haram prisoners", "Navalny supporters": a modifier, no person
            if not toks[sub[-1]][3] and (_MODIFIED_ROLE_RE.match(sentence, end)
                                         or _SERVED_ROLE_AFTER_RE.match(sentence, end)):
                continue  # "former San Cristobal mayor Daniel Ceballos", "Machar ex-spokesman": no person
            if len(sub) == 1 and not toks[sub[-1]][3] and _BODY_ROLE_AFTER_RE.match(sentence, end) \
                    and not is_known_given_name(name_toks[0]):
                continue  # "former economics minister and Reichsbank president": a body's name, then its office
            if not toks[sub[-1]][3] and _LEADER_ROLE_AFTER_RE.match(sentence, end) \
                    and _THE_BEFORE_ROLE_RE.search(sentence, max(0, start - 30), start):
                continue  # "the Iron Wolves founder, who ...": the body he founded
            suffix = _NAME_SUFFIX_RE.match(sentence, end) if not toks[sub[-1]][3] else None
            text, nick = sentence[start:end], ""
            if nick_gaps:
                inner = _NICK_IN_TEXT_RE.search(text)
                if inner:
                    text, nick = _NICK_IN_TEXT_RE.sub(" ", text), inner.group(0).strip()[1:-1]
            mentions.append(_Mention(sent=-1, start=start, end=end, text=text, nick=nick,
                                     possessive=toks[sub[-1]][3], initial=not sentence[:start].strip(_LEAD_PUNCT),
                                     followed_by_capital=bool(_SPACE_CAPITAL_RE.match(sentence, end)) and not suffix,
                                     suffix=suffix.group(1) if suffix else "",
                                     titled=len(sub) == 1 and bool(_HONORIFIC_BEFORE_RE.search(
                                         sentence, max(0, start - 10), start))))
        if len(mentions) - first_new > 1:
            for m in mentions[first_new:]:
                m.fragment = len(m.tokens) == 1
    # a parenthesised respelling: "Maria Kolesnikova (Maria Kalesnikava)"; a shared surname
    for k, (a, b) in enumerate(zip(mentions, mentions[1:])):
        if len(a.tokens) == 1 and len(b.tokens) == 2 and sentence[a.end:b.start] in (" and ", " & ") \
                and not (k and sentence[mentions[k - 1].end:a.start] == " of ") \
                and not _HOMETOWN_PREP_BEFORE_RE.search(sentence, max(0, a.start - 8), a.start):
            a.surname_from = mentions.index(b)  # (not "X of Plateau and Y Z", "X (47) from Munich and Y Z": a place)
        gap = sentence[a.end:b.start]
        if _OPEN_PAREN_RE.fullmatch(gap) and sentence[b.end:b.end + 1] == ")":
            b.alias_of = mentions.index(a)
        elif not a.possessive and (len(a.tokens) >= 2 and _KNOWN_AS_RE.fullmatch(gap) or _UNDER_NAME_RE.fullmatch(gap)
                                   or (_FULL_NAME_IS_RE.fullmatch(gap) and a.tokens[-1] in b.tokens)):
            b.alias_of = mentions.index(a)  # "X, better known as Y": Y is X's nickname, not a second person
            b.nickname = True  # (and "Yameen, whose full name is Abdulla Yameen Abdul Gayoom": the article's own
            # name for him stays the display; a pen name's real name, "Zargana, whose real name is Y", is another)
    if mentions and _RESPELL_CUE_RE.search(sentence):
        for m in mentions:
            if _RESPELL_END_RE.search(sentence, max(0, m.start - 60), m.start):
                m.respells = True
    for k in range(len(mentions) - 3):
        # "A and B, known in Taiwan as C and D": the second pair respells the first, item by item
        a, b, c, d = mentions[k:k + 4]
        if sentence[a.end:b.start] in (" and ", " & ") and sentence[c.end:d.start] in (" and ", " & ") \
                and not b.possessive and _KNOWN_AS_RE.fullmatch(sentence[b.end:c.start]) \
                and min(len(x.tokens) for x in (a, b, c, d)) >= 2:
            c.alias_of, d.alias_of = k, k + 1
            c.nickname = d.nickname = False  # a respelling, not a nickname: either may be the display name
    return mentions


_AGED_ITEM_RE = re.compile(r"^[^,]{3,80},\s*(?:aged\s+)?\d{1,3}\s*(?:,(?!\d)|$)")  # (not "In Minsk, 1,222 Freed")


def _looks_like_headline(sentence: str) -> bool:
    """Title Case lines (headline lists, page furniture) give no reliable name spans."""
    if _ends_like_a_sentence(sentence):
        return False  # headlines and page furniture carry no closing punctuation
    words = _WORD_RE.findall(sentence)
    content = [w for w in words if w.lower() not in _FUNCTION or w[0].isupper()]
    content = [w for w in content if w.lower() not in {"to", "in", "as", "for", "of", "and", "the", "a", "on",
                                                      "with", "amid", "at", "by", "from", "over", "after"}]
    if len(content) < 4:
        return False
    if _AGED_ITEM_RE.search(sentence):
        return False  # "- Specialist A, 21, of Mission, Texas": an item of a list of people, with an age
    caps = sum(1 for w in content if w[0].isupper())
    if any(len(w) >= 4 and not w[0].isupper() and w.lower() not in _FUNCTION for w in content):
        return False  # a sentence-case headline ("X, Y and Z freed from Gaza") is an ordinary sentence
    return caps / len(content) >= 0.75


# ------------------------------------------------------------ per-sentence analysis

def _template(sentence: str, mentions: list[_Mention]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence with each mention replaced by ⟦i⟧; spans of the markers."""
    out, spans, pos = [], [], 0
    length = 0
    for i, m in enumerate(mentions):
        chunk = sentence[pos:m.start]
        out.append(chunk)
        length += len(chunk)
        marker = f"⟦{i}⟧"
        spans.append((length, length + len(marker)))
        out.append(marker)
        length += len(marker)
        pos = m.end
        if m.suffix and sentence.startswith(" " + m.suffix, pos):
            pos += 1 + len(m.suffix)  # "Claude Moore Jr.;": the generation is the name's, and its dot ends nothing
    out.append(sentence[pos:])
    return "".join(out), spans


_MARKER_RE = re.compile(r"⟦(\d+)⟧")


_CREDIT_BEFORE_RE = re.compile(
    r"(?:\b(?!(?:PHOTOS?|PICTURES?|IMAGES?|VIDEOS?|WATCH|READ|LISTEN|UPDATE[SD]?|BREAKING|EXCLUSIVE|LIVE|LATEST|ALERT|FLASH"
    r"|IN|URGENT|DEVELOPING|TIMELINE|ANALYSIS|EXPLAINER|FACTBOX|OPINION|QUOTES?|NEW)\b)[A-Z]{2,}[\w.]*"
    r"|\bGetty\s+Images)\s*(?:/|:|\||by)\s*$")  # "PHOTOS: X arrives home" is a caption (read below)
# "Photo: X" / "Image by X" credits X only when nothing but punctuation follows; "[Photo: X speaks
# next to Y]" is a caption about X.
_CAPTION_BEFORE_RE = re.compile(r"(?:\bPhotos?|\bPhotograph|\bImage|\bPicture|\bCredit)\s*(?:/|:|\||by)\s*$", re.I)
_CREDIT_END_RE = re.compile(r"^\s*(?:$|[/|)\]\-–—;.]|,\s*(?:[A-Z]|courtesy\b|via\b|for\b)|\s+(?:for|via)\b)")
# (", Reuters" / ", courtesy of ..." end a credit; "Photo: X, wearing a black coat, arrives" is a caption about X)
_BY_BEFORE_RE = re.compile(r"^\s*By\s+$")
_STAFF_BY_BEFORE_RE = re.compile(
    r"\b(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Ww]ritten|[Cc]ompiled|[Pp]hotographs?|[Vv]ideo)\s+by\s+"
    r"(?:⟦\d+⟧\s*(?:,|;|and)\s*)*$")
_CREDIT_AFTER_RE = re.compile(r"^\s*(?:/|\|)\s*(?:[A-Z]{2,}|Getty|Reuters|Anadolu|Sputnik)")
_CONTRIBUTED_AFTER_RE = re.compile(
    r"^(?:\s*(?:,|and)\s*⟦\d+⟧)*(?:\s+(?:in|from)\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)*)?"
    r"(?:\s+(?:also\s+)?contributed|\s+reported\s+from)\b")
_TITLE_BEFORE_RE = re.compile(
    r"(?:^|[^\w-])((?:former|ex|then)[\s-]+)?(?:(?!(?:former|ex)\b)\w+\s+){0,3}?" + _OFFICIAL_TITLE
    + r"(?:-elect|-designate)?(?:\s+of\s+(?:state|the\s+\w+|\w+))?\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}$", re.I)
_FORMER_END_RE = re.compile(r"\b(?:former|ex)[\s-]*$", re.I)
_TITLE_COMMA_BEFORE_RE = re.compile(
    r"\b" + _OFFICIAL_TITLE + r"(?:\s+(?:of|for|to|at|in)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3})?\s*,\s*"
    r"(?:(?:the|an?)\s+(?:[a-z][\w'’-]*\s+){1,3})?"  # (", the lieutenant colonel X")
    r"(?:(?:sheikh|sheik|shaikh)\s+)?$", re.I)  # (", Sheikh X": a style the office comes before)
_HELD_AFTER_TITLE_RE = re.compile(r"\s+(?:who\s+(?:was|has\s+been|had\s+been)\s+)?(?:held|detained|jailed|imprisoned"
                                  r"|kidnapped|abducted|seized|arrested)\s+(?:in|by|since|for|on|at)\b", re.I)
_FORMER_TITLE_COMMA_RE = re.compile(r"\b(?:former|ex-)\s*(?:\w+\s+){0,2}" + _OFFICIAL_TITLE + r"[^,]*,\s*$", re.I)
_TITLE_APPOS_AFTER_RE = re.compile(
    r"^(?:\s*\([^)]*\))?\s*,\s*(?:(?:an?|the|his|her|their)\s+)?((?:(?!(?:" + _PREPOSITION
    + r"|and|who|which|after|before|that|told|met|thanks|(?-i:[a-z]+ed))\b)[\w'’.-]+\s+){0,5}?)"  # ", thanked President Y"
    + _OFFICIAL_TITLE + r"\b(?!\s+(?:\w+\s+)?" + _SPEECH + r"\b)", re.I)  # "X, a spokesman announced": a speech tag
_DIPLOMAT_RE = re.compile(r"\b(?:diplomat|delegate)\b", re.I)
# "X, chairman of the Empain-Schneider group": a business title; executives are kidnapped as often as anyone
_BUSINESS_TITLE_RE = re.compile(r"(?:president|chairman|chairwoman|ceo|head)$", re.I)
_BUSINESS_OF_RE = re.compile(
    r"\s+of\s+(?:the\s+|an?\s+)?(?:[\w&'’.-]+\s+){0,4}?(?:group|company|corporation|corp|conglomerate|firm"
    r"|holdings?|inc|ltd|bank|airline|brewery|brewing|agency|newspaper|publishing\s+house)\b", re.I)
_AIDE_RE = re.compile(r"(?:adviser|advisor|aide)$", re.I)
_AIDE_TO_RE = re.compile(r"\s+(?:to|of)\s+(?!(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?" + _OFFICIAL_TITLE
                         + r"\b|(?:the\s+)?(?:government|ministry|cabinet|kremlin|white\s+house|state|junta|regime"
                         + r"|military|army|authorities|(?-i:[A-Z])[\w.'’-]*\s+(?:government|ministry|authorities)))", re.I)
_FORMER_RE = re.compile(r"\b(?:former|ex-)", re.I)
_SPEECH_AFTER_RE = re.compile(
    r"^(?:\s*\([^)]*\))?(?:\s*,[^,;:]{0,160}?,)?\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?" + _SPEECH + r"\b", re.I)
_ACCORDING_BEFORE_RE = re.compile(r"\baccording\s+to\s+(?:[\w.’'-]+\s+){0,5}$", re.I)
_SPEECH_BEFORE_RE = re.compile(  # (not an adjective: "the continued detention of X")
    r"\b(?<!\bthe\s)(?<!\bhis\s)(?<!\bher\s)(?<!\btheir\s)(?<!\bits\s)" + _SPEECH
    + r"(?!\s+to\s+(?:be|have)\b)"  # a hedge, no speech: "Among those freed is said to be the poet X"
    + r"\s+(?:(?!(?:that|his|her|their|its|he|she|they|it|how|why|when|whether|if|" + _FINITE + r"|"
    + _REL_ACTIVE + r"|\w+ed)\b)[\w.’'-]+\s+){0,5}$", re.I)  # "said Russia freed X": X is no speaker
# "said journalist X, who ..., is still held": X is the reported clause's subject, not the speaker
# "The family of X, ..., said" / "A lawyer for X said": the head noun speaks, not X
_OF_HEAD_BEFORE_RE = re.compile(r"\b(?:family|families|relatives|lawyers?|attorneys?|mother|father|wife|husband|son|daughter"
                                r"|brother|sister|parents|friends?|supporters|colleagues|employer|spokes\w+|representatives?)"
                                r"\s+(?:of|for)\s+(?:[\w'’.-]+\s+){0,3}$", re.I)
_REPORTED_SUBJECT_RE = re.compile(r"(?:\s*,){2,}\s*(?:(?:and|&)\s+⟦\d+⟧(?:\s*,)*\s*)?"  # "said X, 59, ..., and Y, 24, ..., were"
                                  r"(?:is|are|was|were|has|have|had|remains?|remained|will|would|could)\b", re.I)
_SPOKEN_END_RE = re.compile(
    r"^(?:['’]s?)?(?:\s*\([^)]*\))?(?:\s*[,.;:!?]|\s*$|\s+(?:in|on|at|during|after|before|when|while|from|of|to)\b)")
_EXPERT_APPOS_RE = re.compile(r"^\s*,\s*(?:an?|the)\s+(?:[\w'’.-]+\s+){0,6}?" + _QUOTED_EXPERT, re.I)
_EXPERT_BEFORE_RE = re.compile(_QUOTED_EXPERT + r"\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}$", re.I)
_REL_BEFORE_RE = re.compile(
    r"(?:\b(?:his|her|their|whose|its)|(⟦\d+⟧)?['’]s)\s+(?:(?:late|eldest|elder|oldest|youngest"
    r"|younger|older|twin|only|adult|teenage|grown|first|second|third|estranged|[\w-]+-year-old)\s+)*"
    + KIN_WORD + r"\s*,?\s*(?:(?:mrs?|ms|miss|dr|madam|madame|mme|begum)\.?\s+)?$", re.I)  # "his mother, Mrs X"
_REL_AFTER_RE = re.compile(
    r"^\s*,\s*(?:(?:his|her|their)|(⟦\d+⟧)['’]s?|the\s+(?:\w+\s+)?" + KIN_WORD
    + r"\s+of\s+(?:[\w'’.-]+\s+){0,4}?(⟦\d+⟧))\s*(?:\w+\s+)?(?:" + KIN_WORD + r")?", re.I)
_RELATION_RE = re.compile(KIN_WORD, re.I)
_REL_COPULA_RE = re.compile(r"^\s+(?:is|was)\s+(⟦\d+⟧)['’]s?\s+(?:\w+\s+)?" + KIN_WORD + r"\b", re.I)


_VICTIM_BEFORE_RE = re.compile(
    r"\b(?:killing|murder|assassination|slaying|death|shooting|stabbing|poisoning|beheading)s?\s+of\s+"
    r"(?:(?:[\w'’.-]+|⟦\d+⟧),?\s+){0,6}$"
    # "along with the remains of a third American, X", "the body of X"
    r"|\b(?:remains|body|bodies|corpse|ashes|coffin)\s+of\s+(?:[\w'’.-]+,?\s+){0,5}$"
    # "the deceased hostages X and Y", "the late X", "slain hostage X"
    r"|\b(?:deceased|dead|slain|murdered|killed)\s+(?:[\w'’-]+\s+){0,2}(?:(?:⟦\d+⟧\s*,\s*)*⟦\d+⟧,?\s+and\s+)?$"
    r"|\bthe\s+late\s+(?:[\w'’-]+\s+){0,2}$", re.I)
# ... and after it, a death that came instead of a release: "X, the poet who was executed in 1986", "X was
# posthumously pardoned" (not "X, who was later killed in a crash", freed first; nor "who died in 2013")
_VICTIM_AFTER_RE = re.compile(
    r"^\s*,\s*(?:[^,;()⟦\"“”]{0,100}?\s)?who\s+(?:was|were|had\s+been)\s+(?!later\b)(?:\w+ly\s+)?(?:executed|hanged"
    r"|killed|murdered|beheaded|assassinated|shot\s+dead)\b"
    r"|^\s+(?:was|were|has\s+been|had\s+been|is)\s+(?:also\s+)?posthumously\b", re.I)
_POSTHUMOUS_BEFORE_RE = re.compile(r"\bposthumous(?:ly)?\s+(?:[\w'’.-]+\s+){0,4}$", re.I)
_NAME_NEXT_RE = re.compile(r"\s*⟦")


_W_TITLE = frozenset("""president minister premier chancellor secretary ambassador envoy spokesman spokeswoman
spokesperson spokespeople senator sen rep congressman congresswoman lawmaker legislator governor gov mayor king queen
prince princess emir sheikh sultan ayatollah supreme pope negotiator mediator adviser advisor aide chairman chairwoman
ceo speaker judge prosecutor attorney commissioner rapporteur ruler dictator strongman official diplomat coordinator
ombudsman ombudswoman ombudsperson head warden jailer jailor commandant director commander delegate""".split())
_W_RELATION = frozenset("""son sons daughter daughters wife husband mother father brother brothers sister sisters parent
parents fiance fiancé fiancee fiancée partner girlfriend boyfriend cousin uncle aunt nephew niece grandson granddaughter
grandmother grandfather grandchildren stepson stepdaughter stepfather stepmother child children relative relatives
widow widower spouse mum mom dad sibling siblings laws""".split())
_W_SPEECH = frozenset("""said says say told tells added adds noted notes wrote writes posted tweeted stated declared
announced explained recalled insisted argued warned commented confirmed replied responded stressed emphasised emphasized
continued claimed reported reports admitted asked urged acknowledged according""".split())


def _mark_roles(tpl: str, spans: list[tuple[int, int]], mentions: list[_Mention], wset: set[str] | None = None) -> None:
    if not spans:
        return
    # patterns below need one of these words somewhere in the sentence
    if wset is None:
        wset = set(_WORDS_RE.findall(tpl.lower()))
    titles = not wset.isdisjoint(_W_TITLE)
    relations = not wset.isdisjoint(_W_RELATION)
    speech = not wset.isdisjoint(_W_SPEECH)
    for i, (s, e) in enumerate(spans):
        m = mentions[i]
        before = tpl[max(0, s - 90):s]
        after = tpl[e:e + 200]
        # photo credits and bylines: "REUTERS/Maksym Kishka", "Photo: X", "By X", "X/AFP"
        credit = _CREDIT_BEFORE_RE.search(before)
        if credit and credit.group(0).rstrip().endswith(":") and not _CREDIT_END_RE.match(after):
            credit = None  # a dateline opening a sentence ("JAKARTA: X left the bungalow ...") credits no one
        if (credit
                or (_CAPTION_BEFORE_RE.search(before) and _CREDIT_END_RE.match(after))
                or _BY_BEFORE_RE.search(before)
                or _STAFF_BY_BEFORE_RE.search(before)
                or _CREDIT_AFTER_RE.search(after)
                or _CONTRIBUTED_AFTER_RE.match(after)):
            m.role = "credit"
            continue
        if _VICTIM_BEFORE_RE.search(before) or _VICTIM_AFTER_RE.match(after) or _POSTHUMOUS_BEFORE_RE.search(before):
            m.role = "victim"  # the person killed is never a releasee
            continue
        # officials: "Interior Minister X", "U.S. envoy X", "X, an envoy for ..."
        title_before = _TITLE_BEFORE_RE.search(before) if titles else None
        if title_before and not _FORMER_END_RE.search(before[:title_before.start(0) + 1 + len(title_before.group(1) or "")] or ""):
            if not title_before.group(1) or "then" in title_before.group(1).lower():
                # a diplomat is jailed and swapped as often as he negotiates: a direct release cue still counts
                m.role = "aide" if _DIPLOMAT_RE.search(title_before.group(0)) else "official"
        if m.role is None and titles and _TITLE_COMMA_BEFORE_RE.search(before) \
                and not _FORMER_TITLE_COMMA_RE.search(before):
            m.role = "official"  # "The U.S. special envoy for Iran, Abram Paley, ..."
        appos = _TITLE_APPOS_AFTER_RE.match(after) if titles else None
        if appos and _BUSINESS_TITLE_RE.search(appos.group(0)) and _BUSINESS_OF_RE.match(after, appos.end()):
            appos = None
        if appos and _HELD_AFTER_TITLE_RE.match(after, appos.end()):
            appos = None  # "X, the Swedish EU official held in Iran for two years, ...": a captive who holds an office
        if appos and not _FORMER_RE.search(appos.group(0)) and m.role is None:
            m.role = "aide" if _DIPLOMAT_RE.search(appos.group(0)) else "official"
            m.title_appos = True
            if _AIDE_TO_RE.match(after, appos.end()) and _AIDE_RE.search(appos.group(0)[-12:]):
                # "X, an adviser to ousted leader Y": a private aide, jailed with the leader as often as not;
                # a release cue on X still counts ("an adviser to President Y" stays an official)
                m.role = "aide"
        # speaker: "X said", "X, a ..., said", "said X", "according to X"
        if speech and ((_SPEECH_AFTER_RE.match(after) and not _OF_HEAD_BEFORE_RE.search(before))
                       or _ACCORDING_BEFORE_RE.search(before)
                       or (_SPEECH_BEFORE_RE.search(before) and _SPOKEN_END_RE.match(after)
                           and not _REPORTED_SUBJECT_RE.match(_masked(tpl), e))):
            m.speaker = True
        if m.role is None and m.speaker and (_EXPERT_APPOS_RE.match(after) or _EXPERT_BEFORE_RE.search(before)):
            m.role = "commentator"
        # relatives: "his son Eduard", "her sister Tatsiana Khomich", "X's wife Y", "Y, X's wife,"
        if not relations:
            continue
        rel_before = _REL_BEFORE_RE.search(before)
        rel_after = _REL_AFTER_RE.match(after)
        rel_copula = _REL_COPULA_RE.match(after)
        if rel_after and (not _RELATION_RE.search(rel_after.group(0))
                          or _NAME_NEXT_RE.match(after, rel_after.end())):
            rel_after = None  # "X, his mother Y, ...": a list of two people, X is nobody's relative
        if rel_before or rel_after or rel_copula:
            if m.role is None:
                m.role = "relative"
            anchor = None
            for g in (rel_before, rel_copula, rel_after):
                if g:
                    for grp in g.groups():
                        if grp:
                            anchor = int(_MARKER_RE.match(grp).group(1))
                            break
                if anchor is not None:
                    break
            m.relative_anchor = anchor
            if rel_before and _PLURAL_RELATION_RE.search(rel_before.group(0)):
                # "her daughters Raz, 4, and Aviv, 2": the rest of the list are relatives too
                for g in _groups(tpl, spans):
                    if g[0] == i:
                        for j in g[1:]:
                            if mentions[j].role is None:
                                mentions[j].role = "relative"
                                mentions[j].relative_anchor = anchor
                        break


_PLURAL_RELATION_RE = re.compile(r"(?:children|s)\s*,?\s*$", re.I)


def _groups(tpl: str, spans: list[tuple[int, int]]) -> list[list[int]]:
    """Mentions joined into coordinated lists ("X, Y and Z", "X (Y) and Z"; "A of Casper, Wyo., B of
    Pecos, Texas, and C": hometowns stay out of the list and do not break it)."""
    groups: list[list[int]] = []
    home = _hometowns(tpl, spans) if " of ⟦" in tpl or " from ⟦" in tpl else ()
    last: list[int] | None = None  # the last group of people
    for i in range(len(spans)):
        if i in home:
            groups.append([i])
            continue
        gap = tpl[spans[last[-1]][1]:spans[i][0]] if last else ""
        if last and len(last) >= 2 and _SPELLED_OPEN_RE.fullmatch(tpl, spans[last[-2]][1], spans[last[-1]][0]):
            close = tpl.find(")", spans[last[-1]][1], spans[i][0])
            if close >= 0 and "(" not in tpl[spans[last[-1]][1]:close]:
                gap = tpl[close + 1:spans[i][0]]  # "X (spelled Y in some reports), a businessman, his wife Z"
        if last and (_LIST_GAP_RE.match(gap) is not None or (home and _HOMETOWN_GAP_RE.match(gap))):
            last.append(i)
        elif last and (_OPEN_PAREN_RE.fullmatch(gap) or _SPELLED_OPEN_RE.fullmatch(gap)):
            last.append(i)  # parenthesised respelling
        else:
            last = [i]
            groups.append(last)
    return groups


# "⟦A⟧ of ⟦Casper⟧, ⟦Wyo⟧., ⟦B⟧": a hometown (a place, maybe with its state) between items of a list
# (an age may come first: "⟦A⟧, 59, of ⟦Shenandoah⟧, and ⟦B⟧")
_AGE_ASIDE = r"(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,)?"
_TOWN_WORD = r"(?:(?-i:[A-Z])[\w'’-]+\s+)?"  # "of New ⟦Hampton⟧": a town's first word may stay out of the name
_HOMETOWN_GAP = (_AGE_ASIDE + r"\s*,?\s+(?:of|from)\s+" + _TOWN_WORD + r"⟦(\d+)⟧(?:(?:\s*,\s*(?:⟦(\d+)⟧|(?-i:[A-Z])[\w'’-]*)\.?)?"
                 r"\s*,\s*(?:and\s+)?"
                 r"|(?:\s+(?:State|Province|County|Region|District))?\s+and\s+)")  # "X of Plateau State and Y"
_NEXT_NOUN = r"(?:(?:an?|the|his|her|their)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+\s*,\s*)?"  # "..., and a Russian electrician, Y"
_HOMETOWN_AFTER_RE = re.compile(
    # the last item's, right before the list's verb: "⟦B⟧, 24, of ⟦Ashtabula⟧, ⟦Ohio⟧, were" (tried first: the state
    # is no next item)
    _AGE_ASIDE + r"\s+of\s+" + _TOWN_WORD + r"⟦(\d+)⟧(?:\s*,\s*⟦(\d+)⟧\.?)?\s*,\s*"
    r"(?=(?:were|was|are|is|have|has|had|left|walked|arrived|returned|flew)\b)"
    r"|" + _HOMETOWN_GAP + _NEXT_NOUN + r"⟦\d+⟧")
_HOMETOWN_GAP_RE = re.compile("^" + _HOMETOWN_GAP + _NEXT_NOUN + "$")


def _hometowns(tpl: str, spans) -> set[int]:
    """Mentions that are the hometown of the name before them in a list."""
    out: set[int] = set()
    for i in range(len(spans)):
        mm = _HOMETOWN_AFTER_RE.match(tpl, spans[i][1])
        if mm and i not in out:
            out.update(int(g) for g in mm.groups() if g)
    return out


def _excluded(tpl: str, spans, mentions, i: int, seg_start: int = 0, keep_speakers: bool = False) -> bool:
    """Not a releasee/held candidate in this clause: agent, object of a preposition, possessor, speaker."""
    m = mentions[i]  # roles are applied per person later: an official may be held, never released
    if m.speaker and not keep_speakers:
        return True
    s, e = spans[i]
    if m.possessive or _POSS_AFTER_RE.match(tpl[e:e + 3]):
        return True
    if _GROUP_NOUN_THEN_NAME_RE.match(tpl, e):
        return True  # "Adivasi Sangha activists A and B": an organisation's name modifies the people after it
    before = tpl[seg_start:s]
    if _ALONG_WITH_END_RE.search(before):
        return False
    if _PREP_OBJECT_END_RE.search(before) and not _TIME_PHRASE_END_RE.search(before) \
            and not _TITLE_PLACE_END_RE.search(before) and not _CITIZEN_OF_END_RE.search(before) \
            and not ((home := _HOMETOWN_END_RE.search(before)) and not is_title(home.group(1))) \
            and not _POST_OF_BODY_END_RE.search(before):
        return True
    return False


_GROUP_NOUN_THEN_NAME_RE = re.compile(r"\s+(?:activists|members|supporters|leaders|fighters|militants|workers|students"
                                     r"|volunteers|organi[sz]ers|campaigners|lawmakers|politicians)\s+⟦")
# "a teacher from Gomel X", "the mayor of Kherson X": the home town describes the person named right after it
_HOMETOWN_END_RE = re.compile(r"\b(?-i:[a-z][\w'’-]*)\s+(?:from|of)\s+((?-i:[A-Z])[\w'’.-]*)\s$")
# "the nurse of the hospital X", "the senior lieutenant of police X" (translations): a post in a body describes the
# person named right after it; "the release of the activist X" or "the son of the hospital's director X" do not
_POST_OF_BODY_END_RE = re.compile(
    r"\b(?!(?:release|arrest|detention|case|trial|killing|murder|death|fate|plight|help|name|custody|hands|side"
    r"|members?|staff|head|chief)\b)(?-i:[a-z][\w'’-]*)\s+of\s+(?:the\s+)?(?:local\s+|city\s+|district\s+|regional\s+)?"
    r"(?-i:police|militia|hospital|clinic|school|university|embassy|consulate|ministry|company|firm|post|station"
    r"|garrison|battalion|regiment|brigade|unit|department|army|navy|prison|colony|camp|mission|church|parish"
    r"|newspaper|agency|bank|council|administration|municipality|village)\s$")
# "the citizen of Belarus X": the place is the citizenship's, the name is no object of "of"
_CITIZEN_OF_END_RE = re.compile(r"\b(?:citizens?|nationals?|residents?|natives?|subjects?)\s+of\s+(?:the\s+)?"
                                r"(?:(?-i:[A-Z])[\w'’-]*\s+){1,4}$", re.I)


# the kind of body an office belongs to, named beside the body's own name
_ORG_KIND = (r"(?-i:party|movement|union|front|alliance|association|newspaper|daily|weekly|magazine|channel|council"
             r"|committee|league|network|organi[sz]ation)")
# "former ambassador to the United States X": the preposition is the title's, the name is no object of it
# an office with the place it serves: "ambassador to the United States", "minister of Interior"
_TITLE_PLACE = (r"\b(ambassador|envoy|consul|minister|attach[ée]|chairman|chairwoman|leader|head|chief|president|speaker"
                r"|secretary|director|commander|" + _SEAT_OFFICE + r")\s+"
                r"(?:to|of|for|from|in)\s+(?:the\s+)?(?:(?:(?:[\"“«]?(?-i:[A-Z])[\w'’-]*[\"”»]?\s+){1,4}"
                # (an organisation's kind may sit beside its name: "leader of the Umma party X", "of the party Y X")
                r"(?:(?:(?-i:[a-z]+)\s+)?(?:" + _ORG_KIND + r")\s+(?:[\"“«]?(?-i:[A-Z])[\w'’-]*[\"”»]?\s+){0,4})?"
                r"|(?:" + _ORG_KIND + r")\s+(?:[\"“«]?(?-i:[A-Z])[\w'’-]*[\"”»]?\s+){1,4})"
                # (or a portfolio in lower case: "head of state X", "minister of justice X")
                r"|(?-i:state|government|justice|defen[cs]e|interior|finance|foreign\s+affairs|information|health"
                r"|education|staff|police|intelligence|security|agriculture|labou?r|trade|mines|energy)\s+)")
_TITLE_PLACE_RE = re.compile(_TITLE_PLACE + r"(?=⟦)", re.I)
_TITLE_PLACE_END_RE = re.compile(_TITLE_PLACE + r"$", re.I)


def _group_of(groups, i):
    for g in groups:
        if i in g:
            return g
    return [i]


def _group_members(tpl, spans, mentions, groups, first: int, seg_start: int, keep_speakers: bool = False) -> list[int]:
    """Members of the coordinated list starting with mention `first`; the list shares its head's exclusion."""
    g = _group_of(groups, first)
    g = g[g.index(first):]
    if _excluded(tpl, spans, mentions, first, seg_start, keep_speakers):
        return []
    return [i for i in g if not _excluded(tpl, spans, mentions, i, spans[i][0], keep_speakers)
            or mentions[i].alias_of is not None]


_SCARE_QUOTE_RE = re.compile(r"[\"“]((?:[^\"“”⟦.!?,:;]|\.\.\.|…){1,40})[\"”]")  # (a name may trail off: "Un ponte per...")


_HOMETOWN_RE = re.compile(r",\s*(?:of|from)\s+(?:(?-i:[A-Z])[\w.'’-]+\s+)?(?:⟦\d+⟧|(?-i:[A-Z])[\w.'’-]+)(?:\s*,\s*(?:⟦\d+⟧\.?|(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+)?))?"
                          r"(?:\s*\([^()]{1,80}\))?\s*,")  # (", of Shenandoah, Pa., and ...": a state's abbreviation; ", of New Hampton, Iowa,")
# (a spelling note may follow the town: ", from Rahovec (written as X in the Serbian documents),")


# "..., the teacher X, 41, and her partner, Y, 72": the comma before Y opens the second item's own appositive,
# so ", the teacher X, 41, and her partner," is a list, not an aside
_LIST_RELATION_END_RE = re.compile(r"⟦\d+⟧[^,;:]*,?[^,;:]*\band\s+(?:his|her|their)\s+[a-z-]+\s*,$")


def _blank_aside(mm: re.Match) -> str:
    text = mm.group(0)
    if text[-2:-1] != " " and _LIST_RELATION_END_RE.search(text):
        return text
    return "," + " " * (len(text) - 2) + ","


# a US state after its town, in AP style or in full: ", Pa.,", ", N.J.,", ", Ohio,"
_US_STATES = """Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii Idaho Illinois
Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana
Nebraska Nevada New_Hampshire New_Jersey New_Mexico New_York North_Carolina North_Dakota Ohio Oklahoma Oregon
Pennsylvania Rhode_Island South_Carolina South_Dakota Tennessee Texas Utah Vermont Virginia West_Virginia Wisconsin
Wyoming""".replace("_", r"\s+").split()
# (only right before the predicate: "from Be'eri, Tamar Levi, 64, and ..." goes on with a list)
_TOWN_REGION_RE = re.compile(r"(\b(?:from|of|in|near)\s+⟦\d+⟧)(,\s*⟦\d+⟧)"
                             r"(?=,\s*(?:(?:were|was|are|is|have|has|had)\b|$))")
_AP_STATE_RE = re.compile(r"(?<=[a-z⟧]),\s*(?:(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn"
                          r"|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|D\.C"
                          r"|⟦\d+⟧)\.|(?:" + "|".join(_US_STATES) + r"))(?=,)")  # (⟦n⟧: "Pa" taken for a name)


@lru_cache(maxsize=256)

def _masked(tpl: str) -> str:
    """Comma-enclosed appositives blanked out (same length), so clause scans skip them."""
    if tpl.count(",") < 2:
        return tpl  # an aside needs two commas
    out = tpl
    if '"' in out or "“" in out:
        # a short name-free quotation ("charged in the "case of NIDA", was freed") is a scare-quoted
        # phrase, not speech: its quote marks must not cut the aside around it
        out = _SCARE_QUOTE_RE.sub(lambda mm: " " + mm.group(1) + " ", out)
    if ", of " in out or ", from " in out:
        # "Lt. X, 26, of Norfolk, Nebraska, was ...", "A, 34, from Rahovec, B, 41, and C": a hometown, even when
        # read as names
        out = _HOMETOWN_RE.sub(lambda mm: "," + " " * (len(mm.group(0)) - 2) + ",", out)
    # "an educator from Elkins Park, Pa., were freed": the state goes with its town
    out = _AP_STATE_RE.sub(lambda mm: " " * len(mm.group(0)), out)
    if "⟧, ⟦" in out:  # "a teacher from Dayton, Ohio, were freed", both read as names: the region goes with its town
        out = _TOWN_REGION_RE.sub(lambda mm: mm.group(1) + " " * len(mm.group(2)), out)
    for _ in range(3):
        new = _APPOSITIVE_RE.sub(_blank_aside, out)
        if new == out:
            break
        out = new
    lead = _LEADING_ADVERBIAL_RE.match(tpl)
    if lead and out[lead.end():lead.end() + 2] == "  " and tpl[lead.end():].count(",") >= 2:
        # "On Thursday, the businessman X, a reserve colonel, was freed": the adverbial's comma opens no aside
        return out[:lead.end()] + _masked(tpl[lead.end():])
    return out


def _clause_start(masked: str, end: int, breaks: re.Pattern | None = None) -> int:
    """Start of the clause ending at `end`: after a leading adverbial and the last break."""
    start = 0
    lead = _LEADING_ADVERBIAL_RE.match(masked[:end])
    if lead:
        start = lead.end()
    for mm in (breaks or _CLAUSE_BREAK_RE).finditer(masked, start, end):
        start = mm.end()
    return start


def _clause_start_punct(masked: str, end: int) -> int:
    """Like _clause_start, counting only punctuation and speech verbs as breaks."""
    return _clause_start(masked, end, _PUNCT_BREAK_RE)


_UNIT_NOUN = (r"(?-i:[Aa]rmy|[Nn]avy|[Rr]egiment|[Bb]attalion|[Bb]rigade|[Dd]ivision|[Pp]olice|[Cc]orps|[Mm]arines"
              r"|[Aa]ir\s+[Ff]orce|[Cc]oast\s+[Gg]uard)\b")
_SUBJECT_TAIL_RE = re.compile(
    r"⟦(\d+)⟧(?:,?\s+(?:Jr|Sr)\.)?(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}"
    r"(?:\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,4}(?:\s+" + _UNIT_NOUN + r")?"
    r"|" + _UNIT_NOUN + r"))?"  # "X of Mindanao State University", "Lt X of the Sierra Leone army"
    r"(?:\s+of\s+⟦\d+⟧(?:\s+(?:State|Province|County|Region|District))?)?"  # "X of Taraba State regained"
    r"(?:\s*\([^)]*\))?(?:\s*,\s*(?:aged\s+)?\d{1,3})?(?:\s*,\s*,)?(?:\s*,(?:[^,;:⟦]|(?:from|of|in|near)\s+⟦\d+⟧){1,120}(?=,))*\s*,?"
    r"(?:\s+(?:also|too|later|then|reportedly|finally|eventually|now|previously|subsequently|already|himself"
    r"|herself|themselves|both|all|each))*\s*$", re.I)


_LEAD_NAME_ASIDE_RE = re.compile(r"\W*⟦(\d+)⟧(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*,[^,;:]{1,160},\s*"
                                 r"(?:(?:also|later|then|finally|eventually|now|reportedly)\s+)*$")
# a kinship naming whose kin: "the eldest son of", "brother of"
_KIN_OF = (r"(?:the\s+)?(?:\d{1,3}-year-old\s+)?(?:(?:eldest|elder|younger|youngest|only|adopted)\s+)?" + KIN_WORD
           + r"\s+of\s+")  # ("the 23-year-old daughter of the minister, Y")
# "X, 30, the son of the late party leader, Y, ...": a kinship aside whose "of" phrase is re-named in apposition
_LEAD_KIN_OF_OFFICE_RE = re.compile(r"\W*(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}⟦(\d+)⟧(?:\s*,\s*(?:aged\s+)?\d{1,3})?\s*,\s*"
                                    + _KIN_OF + r"[^,;:⟦]{1,80},\s*(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}⟦(\d+)⟧\s*,\s*"
                                    r"(?:(?:also|later|then|finally|eventually|now|reportedly)\s+)*$")
# "... and X, brother of the former president, Y.": Y re-names the "of" phrase of X's kinship aside, no list item
_KIN_OF_RENAMED_END_RE = re.compile(r"⟧\s*,\s*" + _KIN_OF + r"[^,;:⟦]{1,80},\s*(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}$")
_BLANK_ASIDE_END_RE = re.compile(r",(?: +,)+\s*$")  # one aside or several in a row
_NAME_AND_KIN_END_RE = re.compile(
    r"⟦(\d+)⟧\s*,?\s*and\s+(?:(?:his|her|their)\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:family|families|wife|husband|children"
    r"|sons?|daughters?|companion|partner|crew|colleagues?)"
    # "the stewardess X, and the purser were also among those freed": a crew member by office
    r"|the\s+(?:purser|pilot|co-?pilot|captain|navigator|steward|stewardess|driver|interpreter|translator|guide"
    r"|cameraman|photographer|engineer|mechanic|radio\s+operator|flight\s+engineer))\s*$")


def _subject_before(tpl: str, spans, mentions, groups, end: int) -> list[int]:
    """The coordinated list right before a predicate at `end` -- its subject (appositives skipped)."""
    if not spans:
        return []  # no names in the sentence
    whose = _WHOSE_NOUN_SUBJECT_RE.search(tpl, max(0, end - 80), end) if "whose" in tpl else None
    if whose:  # "said X, whose son Y, 29, was among those freed": the relative clause's own subject
        return [int(whose.group(1))]
    masked = _masked(tpl[:end])  # the cue may sit inside an appositive that closes later
    start = _clause_start(masked, end)
    m = _SUBJECT_TAIL_RE.search(masked, start, end)
    if not m:
        # "The most prominent of them, the activist X, remains in prison": with nothing named before it,
        # the aside right before the predicate holds the subject
        aside = _BLANK_ASIDE_END_RE.search(masked, start, end)
        # (a name after a preposition is no subject: "Another activist jailed under Article 112, the poet X, ...")
        if aside and not any(not _excluded(tpl, spans, mentions, int(x.group(1)), start)
                             for x in _MARKER_RE.finditer(masked, start, aside.start())):
            m = _SUBJECT_TAIL_RE.search(tpl, aside.start() + 1, end)
            if m:
                start = aside.start() + 1
        if not m:  # "The former state secretary, X, and his family are free": a kin conjunct after the name
            m = _NAME_AND_KIN_END_RE.search(tpl, start, end)
    if not m:
        # coordinated predicates share the clause's subject: "X refused to leave and was returned to prison"
        m = _COORD_SUBJECT_RE.match(masked[start:end])
        if not m and _AND_PREDICATE_END_RE.search(masked, 0, end):
            # "X, who ..., had four years cut and also remains in custody": the first conjunct's subject
            start = _clause_start_punct(masked, end)
            m = _SUBJECT_HEAD_RE.match(masked, start, end)
        if not m:
            return []
    last = int(m.group(1))
    kin = _LEAD_KIN_OF_OFFICE_RE.match(tpl, start, end)
    if kin and int(kin.group(2)) == last and not _excluded(tpl, spans, mentions, int(kin.group(1)), start):
        # "X, the daughter of the executed former prime minister, Mr Y, was released": Y names the office
        # inside X's kinship aside; X is the subject
        return [int(kin.group(1))]
    g = _group_of(groups, last)
    members = [i for i in g[: g.index(last) + 1] if spans[i][0] >= start]
    if not members:
        return []
    out = [i for i in _group_members(tpl, spans, mentions, groups, members[0], start) if spans[i][1] <= end]
    if not out and len(members) == 2 and _FRONTED_PP_END_RE.match(tpl, 0, spans[members[1]][0]) \
            and not _excluded(tpl, spans, mentions, members[1], start):
        # "After 12 years in the hands of the Farc, X recovered his freedom": the phrase's object is no list item
        return [members[1]]
    if not out:
        # "X III, the grandson of oil billionaire Y, was found alive": Y is the aside's object, X the subject
        lead = _LEAD_NAME_ASIDE_RE.match(tpl, start, end)
        if lead and not _excluded(tpl, spans, mentions, int(lead.group(1)), start):
            return [int(lead.group(1))]
    if out and out[0] == members[0]:
        # "X, the president of the association, and his companion Y left ...": a conjunct before an aside
        co = _COORD_ASIDE_BEFORE_RE.search(masked, 0, spans[out[0]][0]) \
            or _COORD_KIN_BEFORE_RE.search(tpl, 0, spans[out[0]][0])  # (an aside may have masked this one)
        unit = None if co else _COORD_UNIT_BEFORE_RE.search(tpl, 0, spans[out[0]][0])
        if co or unit:
            j = int((co or unit).group(1))
            # (a unit conjunct may close an aside: "The patrol commander, Major X of the Y Regiment, and Lt Z")
            if (unit or spans[j][0] >= _clause_start_punct(masked, end)) and not _excluded(tpl, spans, mentions, j):
                out = [j] + out
    tail = _NAME_AT_END_RE.search(tpl, 0, end) if out else None
    if tail and int(tail.group(1)) not in out and spans[out[-1]][1] < tail.start() \
            and _COORD_OFFICE_GAP_RE.fullmatch(tpl, spans[out[-1]][1], tail.start()) \
            and not _excluded(tpl, spans, mentions, int(tail.group(1)), start):
        # "The president of the union, A, and the president of the students' league of Rio, B, remained in
        # prison": the second office-and-name pair, right before the verb, is a conjunct too (an aside to the
        # masked view)
        out.append(int(tail.group(1)))
    return out


_NAME_AT_END_RE = re.compile(r"⟦(\d+)⟧\s*,?\s*$")


_COORD_OFFICE_GAP_RE = re.compile(r"\s*,\s*and\s+(?:the|a|an|its|their)\s+(?:[^,;:⟦()\"“”]|⟦\d+⟧){1,80}?,\s*")


_WHOSE_NOUN_SUBJECT_RE = re.compile(r"\bwhose\s+(?:[a-z][\w'’-]*\s+){1,2}⟦(\d+)⟧(?:\s*,\s*(?:\d{1,3}|(?:[^,;:⟦]|⟦\d+⟧){1,80}?)\s*,)?\s*"
                                    r"(?:(?:has|have|had|also|now|finally)\s+)*(?:was|were|is|are|been|has|have|had)?\s*$")
_FRONTED_PP_END_RE = re.compile(r"\W*(?:after|following|despite|during|in|for|with|under|since|from)\b[^;⟦]*⟦\d+⟧\s*,\s*(?:[\w'’-]+\s+){0,3}$",
                                re.I)
_COORD_ASIDE_BEFORE_RE = re.compile(r"⟦(\d+)⟧\s*,(?:\s*,)+\s*and\s+(?:(?:his|her|their)\s+(?:[a-z][\w'’-]*\s+){1,2}"
                                    r"|(?:[A-Z][\w.'’-]*\s+){1,3}"  # (a rank or title: "and Colonel Y")
                                    r"|(?:the\s+)?(?:[a-z][\w'’-]*\s+){1,2})?$")  # (a trade: "and cameraman Y")
# "Major X of the Royal Irish Regiment and Lieutenant Y of the army were freed": each conjunct names its unit
_COORD_UNIT_BEFORE_RE = re.compile(r"⟦(\d+)⟧\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.&-]*\s+){0,4}" + _UNIT_NOUN
                                   + r"\s*,?\s+and\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}$")
# "X and his wife, Y, were freed", "X, 64, and his wife, Y, 58, ...": the kin noun's apposition is the second conjunct
_COORD_KIN_BEFORE_RE = re.compile(r"⟦(\d+)⟧(?:\s*,\s*(?:aged\s+)?\d{1,3}\s*,)?\s+and\s+(?:his|her|their)\s+(?:[a-z][\w'’-]*\s+)?[a-z][\w'’-]*\s*,\s*$")


# A release that leaves the person in custody or under restraint: furlough, bail, house arrest, temporary leave.
_TEMPORARY_AFTER_RE = re.compile(
    r"\b(?:on|under)\s+(?:an?\s+)?(?:[\w$£€.,-]+\s+){0,2}?(?:furlough|bail|bond|leave|house\s+arrest)\b"
    r"|\b(?:in)?to\s+house\s+arrest\b|\btemporarily\b|\bpending\s+(?:(?:a|the|his|her|their)\s+)?(?:trial|investigation"
    r"|appeal|sentencing|a\s+hearing)\b|\bfor\s+(?:\w+\s+){0,2}(?:days?|weeks?)\s+(?:of\s+)?leave\b", re.I)
_W_TEMPORARY = ("furlough", "bail", "bond", "leave", "house arrest", "temporar", "pending")


_CLAUSE_COMMA_RE = re.compile(r",(?!\d)")


def _cut(tpl: str, start: int, end: int) -> str:
    """tpl[start:end] for a look-behind window, without a word cut in half at its left edge ("Ameri|can"
    would read as the modal "can")."""
    if start <= 0:
        return tpl[:end]
    if tpl[start - 1].isalnum():
        sp = tpl.find(" ", start, end)
        start = sp + 1 if sp >= 0 else end
    return tpl[start:end]


def _temporary(tpl: str, start: int, end: int) -> str | None:
    """For a release cue tpl[start:end] that leaves the person restrained (its clause, to a comma):
    "soft_held" for furlough, temporary leave or house arrest, "bail" for bail/bond/pending trial
    (out of prison, case open: neither freed in this event nor held); else None."""
    stop = _sentence_clause_end(tpl, end)
    comma = _CLAUSE_COMMA_RE.search(tpl, end, stop)  # "$5,000" is no clause break
    stop = comma.start() if comma else stop
    window = tpl[end:stop].lower()
    house = _HOUSE_ARREST_LATER_RE.search(tpl, end) if any(w in tpl for w in _W_HOUSE_ARREST) else None
    if house and "⟦" not in tpl[end:house.start()] and not _HOUSE_ARREST_ENDED_RE.search(tpl, end, house.start()):
        # "left prison on bail, but a court ordered him confined to his home": house arrest (not "freed after
        # seven years under house arrest", the confinement the release ended)
        return "soft_held"
    if any(w in window for w in _W_TEMPORARY):
        mm = _TEMPORARY_AFTER_RE.search(window)
        if mm:
            return "bail" if _BAIL_RE.search(mm.group(0)) else "soft_held"
    if "temporarily" in tpl[max(0, start - 20):end].lower():  # "Iran temporarily released X"
        return "soft_held"
    return None


_BAIL_RE = re.compile(r"bail|bond|pending")
_W_HOUSE_ARREST = ("onfined", "estricted", "house")  # (a cheap test before _HOUSE_ARREST_LATER_RE, one per branch)
_HOUSE_ARREST_ENDED_RE = re.compile(r"\b(?:after|following|ending|end(?:ed|s)?|from|spent|spending|since|of)\b", re.I)
_HOUSE_ARREST_LATER_RE = re.compile(r"\b(?:confined|restricted)\s+to\s+(?:his|her|their)\s+(?:own\s+)?(?:home|house"
                                    r"|residence|villa|compound)\b|\bunder\s+house\s+arrest\b", re.I)


_UNTIL_RE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:until|till|for\s+(?:\w+\s+){0,2}(?:years|months|weeks|days)\s+"
                       r"(?:before|until)|before\s+(?:being|he|she|they|his|her|their))\b", re.I)
_DEPORTED_RE = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:then|later|also|immediately|subsequently)\s+)?"
    r"(?:deported|expelled|exiled|sent|flown|bussed|driven)\s+(?:(?:back|directly|straight|abroad)\s+)?"
    r"(?:from\s+(?:⟦\d+⟧|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)\s+)?"
    r"(?:(?:in)?to\s+(?:⟦(\d+)⟧|(?-i:([A-Z][\w'’-]+)))|into\s+(exile))", re.I)
# a name that is the head of a "whose" relative: "the region, whose king, the Kabaka X, ..."
_WHOSE_HEAD_BEFORE_RE = re.compile(r"\bwhose\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+\s*,\s*(?:[\w'’.-]+\s+|⟦\d+⟧\s+){0,4}$",
                                   re.I)
_PLACE_INSTITUTION_RE = re.compile(r"(?:\s+[\w'’-]+)?\s+(?:prison|jail|penal|colony|detention|camp|court|hospital|custody"
                                   r"|cell|remand)", re.I)
_W_SWAP_STORY = frozenset("exchange exchanges swap swaps exchanged swapped release released freed".split())
_W_DEPORTED = frozenset("deported expelled exiled sent flown bussed driven".split())
_EXPELLED_ACTIVE_RE = re.compile(r"\b(?:expelled|expels|deported|deports)\s+(?!(?:from|to|him|her|them)\b)", re.I)
_W_EXPELLED = frozenset("expelled expels deported deports".split())
_ASIDE_OPEN_RE = re.compile(r",\s*(?:(?:who|which)\s+)?$")
# (the aside may end on an unnamed item: "The last 24 hostages, including Captain X and his crew, were freed")
_ASIDE_CLOSE_RE = re.compile(r"(?:\s*,?\s+(?:and|as\s+well\s+as)\s+(?:(?:his|her|their|the|other)\s+)?(?:[a-z'’-]+\s+){0,2}?"
                             r"[a-z'’-]+)?\s*,\s*(?:(?:were|was|have|has|had|been|are|is|also|all|later|then|not|never)\s+)*")
_AMONG_THEM_PRED_RE = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:among|one\s+of|two\s+of|both\s+of)\s+them\b",
                                 re.I)
_W_AMONG_THEM_PRED = frozenset(["them"])
_SO_TOO_RE = re.compile(r"\W*so(?:,?\s+too,?)?\s+(?:is|are|was|were|has|have|had|does|do|did)\s+(?:too\s+)?", re.I)
_MOVED_WITH_HIM_RE = re.compile(
    r"\b(?:crossed|came\s+(?:out|home|back|across)|walked\s+(?:out|free|across|over)|flew\s+(?:home|back)|went\s+home"
    r"|returned(?:\s+home)?|were\s+(?:also\s+)?(?:freed|released|exchanged|handed\s+over))"
    r"\s+(?:[a-z]+\s+)?(?:with|alongside)\s+(?:him|her)\b", re.I)
_W_WITH_HIM = frozenset(["him", "her"])
_LIST_OPEN_RE = re.compile(r":|\b(?:including|among\s+them|among\s+whom)\b", re.I)
_SAME_TIME_RE = re.compile(r"\s+(?:on\s+)?(?:that|the\s+same)\s+(?:day|evening|night|morning|afternoon)\b", re.I)
_CAPTURE_WORD_RE = re.compile(r"\b(?:struck|attacked|ambushed|kidnapp?ed|abducted|seized|captured|snatched|stormed)\b", re.I)
# a release timed by a capture: "X was kidnapped four days before SEALs rescued Y" (no clause break between)
_CAPTURE_THEN_RE = re.compile(r"\b(?:was|were)\s+(?:kidnapp?ed|abducted|seized|captured|snatched|taken\s+hostage)\s+"
                              r"(?:[\w-]+\s+){1,4}?(?:before|after)\s+(?:[^\s,;:]+\s+){1,6}?$", re.I)
_LET_GROUP_GO_RE = re.compile(
    r"\blet(?:s|ting)?\s+((?:(?!(?:him|her|them|me|us)\b)[\w'’-]+\s+){1,5}?)(?:go|free|walk\s+(?:free|out)|disembark|"
    + LEAVE_SIEGE_PLACE + r")\b", re.I)
_ONE_OF_THE_GROUP_RE = re.compile(
    r"⟦(?P<i>\d+)⟧(?:\s*,\s*[^,;:⟦]{1,40},)?\s+(?:is|was)\s+(?:also\s+)?one\s+of\s+the\s+(?:[a-z'’-]+\s+){0,2}?"
    r"(?P<noun>[a-z]{3,}s|[a-z]*men|women|children|people)\b(?!\s+(?:who|that|whom|still|not|of|from|in|at|on|with)\b)"
    r"(?!\s+[a-z]+ed\b)")
# elliptic negation after a release: "..., while Z was not." / "but Z had not."
_ELLIPTIC_NOT_RE = re.compile(
    r"\b(?:was|were|is|are|has|have|had)(?:\s+not|n['’]t)(?:\s+been)?(?:\s+among\s+them)?\s*(?=[.;!]|$)", re.I)
_W_ELLIPTIC_NOT = frozenset("not wasn weren hasn haven hadn isn aren".split())
_OF_THOSE_RE = re.compile(
    r"^\W*of\s+(?:those|the)\s+(?:[\w'’-]+\s+){0,3}?" + _REL_PARTICIPLE + r"\b[^,;:⟦]{0,40},\s*", re.I)
# "had been released by Friday evening": a perfect reaching up to the story's own time
_BY_TIME_RE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+by\s+(?:the\s+)?(?:time|then|now|nightfall|noon|midday|evening|morning|night"
                         r"|afternoon|end|close|" + "|".join(_MONTHS_DAYS[:31]) + r"|\d)", re.I)
_PRESENT_STATE_RE = re.compile(r"(?:remains?|stays?|is|are|still|continues?)\b", re.I)
_SAW_OBJECT_RE = re.compile(r"\b(?:saw|sees|see|seeing|seen)(\s+)(?:[\w'’-]+\s+|⟦\d+⟧\s+|⟦\d+⟧\s*,\s*){1,7}$", re.I)
_ACTIVE_RELATIVE_END_RE = re.compile(r"\b(?:who|that)\s+(?:(?:also|later|then|\w+ly|helped(?:\s+to)?)\s+)*$", re.I)
_WHICH_END_RE = re.compile(r",\s*(?:which|who)\s+(?:(?:also|in\s+turn|then)\s+)?$", re.I)
# (the participle may follow, and the group may be long: "X was the first of Y's ministers to be freed")
_ORDINAL_TO_BE_RE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|latest|only|oldest|youngest)\s+"
                               r"(?:[\w'’⟦⟧-]+\s+){0,9}?to\s+be(?:\s+[\w-]+)?\s*$", re.I)
# a second passive participle coordinated with the first: "are flown out of the jungle by army helicopters
# lent for the operation and handed to the Red Cross" -- the auxiliary serves both
_COORD_PASSIVE_RE = re.compile(r"(?:is|are|was|were|been)\s+(?:(?:also|then|later|finally|first)\s+)?"
                               r"(?:[a-z]+ed|[a-z]+[wt]n|taken|driven|brought|put|sent|led|held|kept)\b"
                               r"[^;:()⟦]{1,160}?\band\s+(?:(?:then|later|finally|also)\s+)?$", re.I)
_PLURAL_AUX_RE = re.compile(r"(?:were|are|have|had)\b", re.I)
# a subject list mixing names and other noun phrases, ending in "and ...": its items start at the clause
# start or after a comma/"and", a name heading an item after at most three words (no preposition)
_MIXED_LIST_RE = re.compile(
    r"^\s*(?:[\w'’.-]+\s+){0,3}?⟦\d+⟧(?:\s*\([^)]*\))?(?:\s*,\s*\d{1,3})?"
    r"(?:\s*,\s*(?!(?:who|whom|whose|which|where|when|that|and)\b)(?:[^,;:⟦]|⟦\d+⟧)+?)*"
    r",?\s+and\s+(?!(?:who|whom|whose|which)\b)(?:[^,;:⟦]|⟦\d+⟧)+?\s*$", re.I)
_MIXED_ITEM_RE = re.compile(r"(?:^|,|\band\b)\s*(?:(?!(?:" + _PREPOSITION + r")\b)[\w'’.-]+\s+){0,3}?⟦(\d+)⟧", re.I)


def _mixed_list_subject(tpl: str, spans, mentions, groups, end: int) -> list[int]:
    """Names heading items of a coordinated subject that also lists unnamed people."""
    if not spans:
        return []
    masked = _masked(tpl[:end])
    start = _clause_start(masked, end)
    head = masked[start:end]
    if not _MIXED_LIST_RE.match(head):
        head = re.sub(r"[\s,]+$", " ", head)  # a blanked aside after the list: "A and four of his staff, held ...,"
        if not _MIXED_LIST_RE.match(head):
            return []
    out: list[int] = []
    for mm in _MIXED_ITEM_RE.finditer(head):
        i = int(mm.group(1))
        if i not in out and not _excluded(tpl, spans, mentions, i, start + mm.start()):
            out.append(i)
    return out


def _immediate_group_before(tpl: str, spans, mentions, groups, pos: int) -> list[int]:
    """The coordinated list that ends right before `pos` (ignoring a parenthesis/age)."""
    if not spans:
        return []  # no names in the sentence
    head = tpl[:pos]
    m = _GROUP_END_RE.search(head)
    if not m:
        # "X, the Swedish-Iranian doctor and former guest professor, who remains detained": the aside's head
        appos = _APPOS_HEAD_RE.search(tpl, 0, pos)
        return [int(appos.group(1))] if appos and not mentions[int(appos.group(1))].possessive else []
    last = int(m.group(1))
    if _excluded(tpl, spans, mentions, last, _clause_start(_masked(tpl[:spans[last][0]]), spans[last][0])):
        # "X, the bishop of Y, who refused ...": the relative clause is about X, not Y
        head = _APPOS_HEAD_RE.search(tpl, 0, spans[last][0])
        if head:
            last = int(head.group(1))
    g = _group_of(groups, last)
    members = g[: g.index(last) + 1]
    # "pardoned 14 activists, at the request of X, as well as the campaigner Y, who walked out": a comma'd
    # "as well as" after a preposition's object joins Y to the verb's object, not to X
    members = [i for i in members if i == last or not (
        _COMMA_AS_WELL_AS_RE.match(tpl, spans[i][1]) and _excluded(tpl, spans, mentions, i))]
    return [i for i in members if not mentions[i].possessive]


_COMMA_AS_WELL_AS_RE = re.compile(r"\s*,\s*(?:as\s+well\s+as|along\s+with|together\s+with)\s")
_ALIAS_BEFORE_RE = re.compile(r"\b(?:known|named|identified|listed|described|nicknamed|dubbed|registered|better)\b"
                              r"(?:\s+[\w'’-]+){0,3}\s*$", re.I)


def _outer_view(tpl: str, start: int) -> str:
    """The sentence with its asides blanked, unless the cue ending at `start` sits in one itself
    ("X, the woman who freed Y, was honoured": Y is the aside's object)."""
    masked = _masked(tpl)
    k = len(tpl[:start].rstrip()) - 1  # the cue's last character
    if k >= 0 and masked[k] == " ":
        return tpl
    return masked


@lru_cache(maxsize=1024)
def _segment_after(tpl: str, start: int) -> int:
    """End of the noun-phrase list that follows a cue at `start` (appositives do not end it)."""
    masked = _outer_view(tpl, start)
    pos = start
    while True:
        mm = _SEG_STOP_RE.search(masked, pos)
        if not mm:
            return len(tpl)
        word = mm.group(0).lower()
        if word == "with" and _ALONG_END_RE.search(tpl, 0, mm.start()):
            pos = mm.end()
            continue
        if word == "." and _ABBREV_END_RE.search(tpl, 0, mm.start()):
            pos = mm.end()
            continue
        if word[:2] == "as" and _ALIAS_BEFORE_RE.search(tpl, max(0, mm.start() - 40), mm.start()):
            pos = mm.end()
            continue  # "her husband, known in America as Juan Lazaro": an alias, not a new clause
        return mm.start()


def _objects_after(tpl: str, spans, mentions, groups, start: int, max_lead_words: int = 10,
                   keep_speakers: bool = False, colon: bool = True) -> list[int]:
    if not spans:
        return []  # no names in the sentence
    end = _segment_after(tpl, start)
    if ", " in tpl[start:end] and (pred := _COMMA_PREDICATE_RE.search(tpl, start, end)):
        end = pred.start()  # "A and B, were released on Friday, the police spokesman, X, said": the list's own verb
    masked = _outer_view(tpl, start)
    seg = masked[start:end]  # names inside an appositive ("an ally of X") are not list members
    first = _MARKER_RE.search(seg)
    if first and (_NEW_CONJUNCT_RE.search(seg, 0, first.start())
                  or _RELATIVE_PRONOUN_RE.search(tpl, start, start + first.start())
                  or _SECOND_VERB_RE.search(seg, 0, first.start())):
        # ... and "had been released unhurt and thanked President X": X is what the second verb takes
        # "freed three hostages, and X, whose son ..., called it ...": X starts a new clause;
        # "freed three hostages, whose relatives, including X, ...": X belongs to the relative clause
        if colon and ":" in tpl[start:start + first.start()] and not _NEW_CONJUNCT_RE.search(seg, 0, first.start()):
            # "Among them are the eight leaders whom the army kept as hostages ...: A, B and C": the colon
            # spells out the head noun, whatever its relative clause says
            return _colon_list(tpl, spans, mentions, groups, start, keep_speakers)
        return []
    if first and seg[:first.start()].rstrip().endswith(",") \
            and _NAME_THEN_VERB_RE.match(tpl, start + first.end()):
        return []  # "pardoned the aid worker, X brought him to Prague": X opens a clause of his own
    if not first or len(_WORDS_RE.findall(seg, 0, first.start())) > max_lead_words:
        # "released 52 prisoners on Thursday: A, B and C" -- a colon introduces the named members;
        # "released three hostages - A, B and C - on Saturday" -- so does a dash
        if not colon:
            return []
        dash = _DASH_OPEN_RE.match(tpl, end) if not first else None
        if dash:
            return _objects_after(tpl, spans, mentions, groups, dash.end(), 3, keep_speakers, colon=False)
        return _colon_list(tpl, spans, mentions, groups, start, keep_speakers)
    if colon and tpl.startswith(":", end) and not _MARKER_RE.search(seg, first.end()) \
            and _PREP_OBJECT_END_RE.search(seg, 0, first.start()):
        # "were the three survivors of the X massacre: A, B and C": X only qualifies the head the colon spells out
        listed = _colon_list(tpl, spans, mentions, groups, start, keep_speakers)
        if listed:
            return listed
    out: list[int] = []
    done: set[int] = set()
    while True:
        for mm in _MARKER_RE.finditer(masked, start, end):
            i = int(mm.group(1))
            if i in done:
                continue
            if out and _SUBORDINATE_BEFORE_RE.search(tpl, spans[out[-1]][1], spans[i][0]) \
                    and _CLAUSE_VERB_AFTER_RE.match(tpl, spans[_group_of(groups, i)[-1]][1]):
                # "released X from custody, five days after soldiers loyal to the commander, General Y, detained
                # him": Y is the subordinate clause's subject, not another object of the release
                break
            g = _group_of(groups, i)
            done.update(g)
            out.extend(x for x in _group_members(tpl, spans, mentions, groups, i, start, keep_speakers)
                       if spans[x][1] <= end and x not in out and not _named_in_aside(tpl, masked, spans, mentions, x)
                       and not _WHOSE_RELATION_END_RE.search(tpl, max(0, spans[x][0] - 40), spans[x][0])
                       and not _KIN_OF_RENAMED_END_RE.search(tpl, max(0, spans[x][0] - 140), spans[x][0])
                       and not _GERUND_BEFORE_RE.search(tpl, max(0, spans[x][0] - 60), spans[x][0]))
        # "X, who was serving a life term, and Y": the list resumes after the relative clause;
        # "A, a public defender; B; C; and D": semicolons separate items that carry appositives
        semi = tpl.find(";", end)
        if semi >= 0 and not _HARD_STOP_RE.search(tpl, end, semi) and (
                _ITEM_ASIDE_RE.match(tpl, end) or tpl[:end].rstrip().endswith(",")  # "A, who served 11 years; B; and C"
                or (not _FINITE_RE.search(tpl, end, semi) and not _SPEECH_WORD_RE.search(tpl, end, semi))):
            # the item's appositive ("a taxi driver from Quito") ends at the semicolon
            resume = _SEMICOLON_RESUME_RE.match(tpl, semi)
            if not resume:
                return out
        elif (resume := _WITH_RESUME_RE.match(tpl, end)) is not None:
            pass  # "five Britons - A, B and C - together with D": the list goes on past its closing dash
        elif _RELATIVE_AT_RE.match(tpl, end):
            resume = _LIST_RESUME_RE.search(tpl, end)
            # "A, who ..., B, 77, and C": a bare comma resumes the list when a coordination follows
            for bare in _BARE_RESUME_RE.finditer(tpl, end, resume.start() if resume else len(tpl)):
                g = _group_of(groups, int(bare.group(1)))
                if len(g) >= 2 and g[0] == int(bare.group(1)):
                    resume = bare
                    break
            if not resume or _HARD_STOP_RE.search(tpl, end, resume.start()):
                return out
        else:
            return out
        i = int(resume.group(1))
        tail = _group_of(groups, i)[-1]
        titled = _TITLED_NAME_AFTER_RE.match(tpl, spans[tail][1])
        if titled and not _ITEM_END_RE.match(tpl, spans[tail][1]):
            # "; Agriculture Minister X;": a capitalised office word read as a name, then the name it titles
            resume, i = titled, int(titled.group(1))
            tail = _group_of(groups, i)[-1]
        if not _ITEM_END_RE.match(tpl, spans[tail][1]):
            return out  # ", and Y said ...": a new clause, not another list item
        start = tpl.rfind("⟦", 0, resume.end())
        end = _segment_after(tpl, start)


_HONORIFIC_BEFORE_RE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|Madame|Monsieur|Señor|Señora)\.?\s+$")
_CLAUSE_END_AFTER_RE = re.compile(r"\s*(?:[.;!?]|$)")
_SUBORDINATE_BEFORE_RE = re.compile(r"\b(?:after|before|when|while|because|although|until)\s+(?!\d)", re.I)
_CLAUSE_VERB_AFTER_RE = re.compile(r"\s*,?\s*(?:had\s+|have\s+|has\s+)?(?:[a-z]+ly\s+)?(?-i:[a-z]+ed)"
                                   r"\s+(?:him|her|them|it)\b")


def _named_in_aside(tpl: str, masked: str, spans, mentions, i: int) -> bool:
    """"A, who walked out with flowers from his mother, Mrs B.": B names the relative the aside ends on,
    not another item of the list."""
    if mentions[i].role != "relative" or not _CLAUSE_END_AFTER_RE.match(tpl, spans[i][1]):
        return False  # "... with his mother, B, and grandmother, C, who were also freed": a list goes on
    lo = max(0, spans[i][0] - 60)
    rel = _REL_BEFORE_RE.search(tpl, lo, spans[i][0])
    if rel is None or masked[rel.start()] != " " or tpl[rel.start()] == " ":
        return False
    opening = masked.rfind(",", 0, rel.start())
    return opening >= 0 and _RELATIVE_AT_RE.match(tpl, opening + 1) is not None


_SECOND_VERB_RE = re.compile(
    r"\b(?:and|then|before|after)\s+(?:\w+\s+)?(?:thank(?:ed|s|ing)|prais(?:ed|es|ing)|commend(?:ed|s|ing)|credit(?:ed|s|ing)|"
    r"hail(?:ed|s|ing)|congratulat(?:ed|es|ing)|welcom(?:ed|es|ing)|met|meets|call(?:ed|s)\s+on|urg(?:ed|es|ing)|"
    r"accus(?:ed|es|ing)|blam(?:ed|es|ing)|critici[sz](?:ed|es|ing)|appeal(?:ed|s|ing)\s+to)\b", re.I)
_ITEM_ASIDE_RE = re.compile(r"(?:\s*\([^)]*\))?\s*,")
_DASH_OPEN_RE = re.compile(r"\s*[-–—]\s+(?=(?:[\w'’-]+\s+){0,3}?⟦)")
_DASH_LIST_BEFORE_RE = re.compile(r"(?<=\s)(?:--|[-–—])\s+((?:[\w'’-]+\s+){0,3}?⟦\d+⟧(?:[^-–—;:]|(?<=\w)-(?=\w))*?)\s+"
                                  r"(?:--|[-–—])\s*$")  # "anti-war" inside an item is no closing dash


# an item of a semicolon list: descriptors, then its name ("; the poet X of Y;", "; and Z")
# or a dash-enclosed list ("; and three men held abroad -- A, B and C -- jailed for ...")
_SEMI_ITEM_RE = re.compile(r"\s*(?:and\s+)?(?:(?:(?:the|a|an|former|(?-i:[a-z])[\w'’-]*|(?-i:[A-Z])[\w'’.-]*|of)\s+){0,6}?(?=⟦)"
                           r"|[^;⟦—–]{0,80}?(?:—|–|--)\s*(?=⟦))")


def _semicolon_items(tpl: str, spans, mentions, groups, start: int) -> list[int]:
    """Names heading the items of a semicolon list after `start` -- each item looked at on its own, so
    that one item without a name ("came Smith, 41, jailed in May; Jones; the lawyer X") does not
    end the list."""
    if tpl.count(";", start) < 2:
        return []
    out: list[int] = []
    pos = start
    while pos < len(tpl):
        semi = tpl.find(";", pos)
        end = semi if semi >= 0 else len(tpl)
        item = _SEMI_ITEM_RE.match(tpl, pos, end)
        if item and pos > start:  # (the first item is the cue's own object, read by the caller)
            out += [x for x in _objects_after(tpl, spans, mentions, groups, item.end(), 3)
                    if spans[x][1] <= end and x not in out]
        if semi < 0:
            break
        pos = semi + 1
    return out


def _listed_after(tpl: str, spans, mentions, groups, start: int, max_lead_words: int) -> list[int]:
    """Everybody a subject-last cue ("Also freed were", "From X came", "Still held are") lists after `start`:
    its objects, the list they open, and the named items of a semicolon list."""
    objs = _objects_after(tpl, spans, mentions, groups, start, max_lead_words)
    objs += [i for i in _list_items(tpl, spans, mentions, groups, start) if i not in objs]
    return objs + [i for i in _semicolon_items(tpl, spans, mentions, groups, start) if i not in objs]


def _dash_list_before(tpl: str, spans, mentions, groups, end: int) -> list[int]:
    """Names in a dash-enclosed list right before a predicate: "Four soldiers - A, B, C and D - were freed"."""
    mm = _DASH_LIST_BEFORE_RE.search(tpl, 0, end)
    if not mm:
        return []
    return [i for i in _objects_after(tpl, spans, mentions, groups, mm.start(1), 3, colon=False)
            if spans[i][1] <= mm.end(1)]


def _sentence_clause_end(tpl: str, start: int) -> int:
    mm = _CO_RELEASE_END_RE.search(tpl, start)
    return mm.start() if mm else len(tpl)


def _colon_list(tpl: str, spans, mentions, groups, start: int, keep_speakers: bool = False) -> list[int]:
    """Names listed after a colon that closes the (name-free) phrase starting at `start`."""
    if not spans:
        return []  # no names in the sentence
    colon = tpl.find(":", start)
    # a short scare-quoted word ('kept as "hostages"') is no quotation that ends the phrase
    view = _SCARE_QUOTE_RE.sub(lambda mm: " " * len(mm.group(0)), tpl) if '"' in tpl or "“" in tpl else tpl
    if colon < 0 or _HARD_STOP_RE.search(view, start, colon):
        return []
    for mm in _MARKER_RE.finditer(tpl, start, colon):
        if not _RELATIVE_RE.search(tpl, start, mm.start()) and not _PREP_OBJECT_END_RE.search(tpl, start, mm.start()):
            # a name before the colon is the list's subject or object itself (a place after a preposition is
            # not: "three students from Heidelberg who had been arrested in 1961: A, B and C")
            return []
    listed = _objects_after(tpl, spans, mentions, groups, colon + 1, 6, keep_speakers, colon=False)
    return listed + [i for i in _subheaded_items(tpl, spans, mentions, groups, colon + 1) if i not in listed]


_ITEM_HEAD_RE = re.compile(r"\s*(?:and\s+)?(?:[\w'’.-]+\s+){0,3}?⟦\d+⟧")


def _subheaded_items(tpl: str, spans, mentions, groups, start: int) -> list[int]:
    """A list cut by its sub-headers ("...: A, 50, historian; B; Members of the union's leadership, held since
    1981; C, engineer; D."): when every item either opens on its name or names nobody, the named items all
    belong to the list, past the nameless sub-headers."""
    items = tpl[start:].rstrip(" .").split(";")
    heads = [bool(_ITEM_HEAD_RE.match(it)) for it in items]
    # a sub-header is a capitalised label, which may name its body further on ("Members of the leadership of
    # the union Solidarity"); prose goes on in lower case after a semicolon ("; officials would not say"), or
    # has a verb of its own (the first header, before any name, may: "Defendants in the trial, which opened")
    named = [k for k, h in enumerate(heads) if h]
    if len(items) < 3 or not named or len(named) == len(items) or not all(
            h or ("⟦" not in it[:40] and it.strip()[:1].isupper() and (k < named[0] or not _FINITE_RE.search(it)))
            for k, (h, it) in enumerate(zip(heads, items))):
        return []
    return _semicolon_items(tpl, spans, mentions, groups, start)


@dataclass(frozen=True)
class _When:
    """What "now" is for the story: the latest year it names, and its publication month if known."""
    latest_year: int | None = None
    published_month: int | None = None  # year * 12 + month - 1
    # undated story whose lede dates its event by weekday ("on Saturday"): news style names the weekday
    # within a week of the story and the month and day beyond it, so a bare "on Aug 27" is another occasion
    weekday_story: bool = False  # ... or by "today"/"yesterday"
    published_day: date | None = None  # the full publication date when the caller gave one
    event_day: date | None = None  # the story's own event date (from its lead), when one was found
    lead_day: date | None = None  # the date the lead's own release sentence gives, when it gives one


_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTH_INDEX = {m[:3]: i for i, m in enumerate(_MONTH_NAMES)}
# a month is capitalised ("in March"), which keeps the modal "may" out
_MONTH_ALT = (r"(?-i:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
              r"|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)")
_DATE = (r"(?:(?:early|late|mid)[\s-]+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<m>" + _MONTH_ALT + r")(?![\w-])(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)?"
         r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?|(?P<y2>(?:19|20)\d\d)\b)")
_DATE_RE = re.compile(r"\b" + _DATE, re.I)
# a second conjunct's run, each with its own date: "X was released Aug. 11, Briton Y on Sept. 24 and Z on Oct. 21"
_REMNANT_DATE = r"\s+(?:(?:on|in)\s+)?" + _MONTH_ALT + r"\.?\s+\d{1,2}\b(?![\d:])(?:,?\s+(?:19|20)\d\d\b)?"
_VERB_DATE_RE = re.compile(_REMNANT_DATE)
_DATED_REMNANT_RE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:the\s+)?[\w'’-]+\s+)?⟦(?P<i>\d+)⟧(?=" + _REMNANT_DATE
                               + r"\s*(?:[,.;]|and\b|$))")
# ", freed in April", ", who were released on 3 May 2019": a release participle, dated, closing a list of names
_TRAILING_FREED_DATED_RE = re.compile(
    r"⟧\s*,\s*(?:who\s+(?:was|were|had\s+been)\s+|both\s+|all\s+)?(?:freed|released|set\s+free|pardoned|exchanged"
    r"|swapped|rescued|let\s+go)\s+(?:(?:early|late)\s+)?(?:in|on|last)\s+" + _DATE + r"(?=\s*[.;,]|\s*$)", re.I)
_BEFORE_BEING_RE = re.compile(r"\b(?:before|until)\s+(?:finally\s+)?being\s+$", re.I)
_DATED_ANTECEDENT_RE = re.compile(
    r"\b(?:swap|exchange|deal|release|amnesty|pardon|operation|agreement|raid|trade|handover|accord)s?\b"
    r"(?P<when>[^,;:⟦]{1,40}?)\s+(?:that|which)\s+(?:also\s+)?$", re.I)
_CAPTURE_VERB_RE = re.compile(r"\b(?:arrested|detained|jailed|imprisoned|sentenced|convicted|kidnapped|abducted|seized"
                              r"|captured|held|taken|snatched|interned|charged)\b", re.I)
# a date that closes the first of two coordinated predicates dates the second too: "... in October 2012 and was freed"
_COORD_DATE_BEFORE_RE = re.compile(r"\b" + _DATE + r"\s*,?\s+and\s+(?:then\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?$",
                                   re.I)
# "<date>, when X was freed", "since June 21, when ...", "the August 2024 swap in Ankara, in which ..."
_WHEN_FRAME_RE = re.compile(
    r"\b" + _DATE + r"(?:\s+(?:[\w'’-]+\s+){0,3}?(?:swap|exchange|deal|release|agreement|amnesty|truce|ceasefire|trade)"
    r"\b[^,;.⟦]{0,40}?)?\s*,?\s*(?:when|in\s+which|during\s+which|under\s+which|which\s+saw|that\s+saw)\b", re.I)
# "The swap came less than two years after Russia released X": what follows "after" is another event
_AFTER_EVENT_RE = re.compile(
    r"(?:\b(?:swap|exchange|release|releases|deal|handover|pardon|amnesty|transfer|trade)"
    r"|^\W*(?:it|this|the\s+(?:move|decision|announcement|news|step)))\s+(?:[\w-]+\s+){0,2}?"  # "It came days after ..."
    r"(?:came|comes|follows|followed|took\s+place|happened)\s+(?:[\w-]+\s+){0,4}?(?:after|since)\b", re.I)
# a leading time phrase: "In April, ...", "During the truce that collapsed in March, ...", "In July 2023 he ..."
# a focus word a time phrase may open on: "Only in March, X was freed", "Back in 2019 ..."
# (a translation's lead-in and focus: "It is remembered that already in April 1960 ...")
_FOCUS = (r"(?:it\s+(?:is|was|will\s+be|should\s+be|must\s+be)\s+(?:remembered|recalled)\s+that\s+)?"
          r"(?:(?:only|just|back|even|already)\s+)?")
_LEADING_TIME_RE = re.compile(
    r"^\W*(?:" + _FOCUS + r"(?:in|during|before|after|since|until|on|at|throughout|over|between|last)\b"
    r"(?:[^,;]{0,100}?,|\s+" + _DATE + r")"
    r"|(?:(?:the\s+)?(?:[\w⟦⟧]+\s+){1,3}(?:recalls?|recalled|noted|notes|said|says|added)\s+that\s+)?"
    r"last\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*,\s*[^,;]{3,30}?,)",
    re.I)
# a timeline/explainer entry opens on its date label: "April 2022 - X was exchanged", "June 2010: ...",
# "February 27, 2008 - ...", "March 28 and 30, 2010 -", "12 May 2019 -", "2014 - ..."; the label dates the entry
_DATE_LABEL_RE = re.compile(
    r"^\W{0,3}(?:(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<m>" + _MONTH_ALT + r")(?![\w-])"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:and|&|-|–)\s*\d{1,2}(?:st|nd|rd|th)?)?)?(?:,?\s+(?P<y>(?:19|20)\d\d))?"
    r"|(?P<y2>(?:19|20)\d\d))\s*(?:--|[-–—:|])\s+(?=\S)")
_W_DATE_LABEL = frozenset(_MONTH_NAMES) | frozenset(m[:3] for m in _MONTH_NAMES) | {"sept"}
_W_WHEN_FRAME = frozenset("when which saw".split())
_W_AFTER_EVENT = frozenset("after since".split())
_W_AFTER_EVENT_VERB = frozenset("came comes follows followed took happened".split())
# a clause after a colon or semicolon that opens on its own date: "...: in 1962 X was exchanged there"
_CLAUSE_TIME_RE = re.compile(r"[:;]\s+" + _FOCUS + r"(?:in|on|during)\s+" + _DATE, re.I)
_W_LEADING_TIME = frozenset("""in during before after since until on at throughout over between last the
only just back even already it""".split())
_W_PRONOUN = frozenset(["he", "she", "him", "her"])
_W_GROUP_DET = frozenset("the these those all both".split())
_NUMBERS = {w: i + 2 for i, w in enumerate(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
    "nineteen twenty".split())}
_NUMBERS["pair"] = 2
_NUMBER_ALT = r"(?:" + "|".join(w for w in _NUMBERS if w != "pair") + r"|\d{1,3})"
# "four men", "Ten people", "Five Japanese citizens": a counted group a cue is about
_COUNT_GROUP_RE = re.compile(r"\b(" + _NUMBER_ALT + r")\s+(?:[\w'’-]+\s+){0,3}?([A-Za-z][a-z]{2,}s|[a-z]*men|women"
                             r"|children|people)\b", re.I)


_ACTIVE_OBJECT_AFTER_RE = re.compile(
    r"\s+(?:\d|(?:an?|the|his|her|their|its|all|some|several|dozens|hundreds|thousands|more|" + _NUMBER_ALT
    + r")\b|⟦)", re.I)
# "the four guerrillas -- A, B, C and D --": a counted group named in place
_INLINE_GROUP_RE = re.compile(
    r"\b(?:the|these|those|all)\s+(" + _NUMBER_ALT + r")\s+(?:[\w'’-]+\s+){0,2}?(?:[A-Za-z][a-z]{2,}s|[a-z]*men|women"
    r"|people)\s*(?:--|[–—-]|:)\s*(?=(?:[\w'’-]+\s+){0,3}?⟦)", re.I)
_CLOSING_DASH_RE = re.compile(r"\s(?:--|[–—-])\s")
# "one of 21 prisoners released on Thursday": a counted group set free
_COUNTED_RELEASED_RE = re.compile(r"\b" + _NUMBER_ALT + r"\s+(?:[\w'’-]+\s+){0,2}?(?:[a-z]{3,}s|[a-z]*men|women|people)\s+"
                                  r"(?:who\s+(?:were|had\s+been|have\s+been)\s+)?" + _REL_PARTICIPLE + r"\b", re.I)
# "one of four Boeung Kak activists pardoned": one of a counted group the participle frees
_ONE_OF_COUNTED_RE = re.compile(r"\bone\s+of\s+(?:the\s+)?" + _NUMBER_ALT + r"\s+(?:(?:[\w'’-]+|⟦\d+⟧)\s+){0,3}?"
                                r"(?:[a-z]{3,}s|[a-z]*men|women|people)\s+(?:who\s+(?:were|had\s+been|have\s+been)\s+)?"
                                + _REL_PARTICIPLE + r"\b", re.I)
# the rest of that group named after a full stop the splitter missed ("... Prime Minister Hun Sen. The others are")
_OTHERS_ARE_RE = re.compile(r"[.;]\s+(?:the\s+)?(?:others|rest|remainder|other\s+(?:two|three|four|five|six|\w+s))\s+"
                            r"(?:are|were|include|included)\s*:?\s+(?=(?:[\w'’-]+\s+){0,3}?⟦)", re.I)
# groups that go with the freed without being freed: "the two negotiators -- A and B -- crossed first"
_ESCORT_GROUP_RE = re.compile(r"\b(?:negotiators|officials|diplomats|envoys|mediators|ministers|delegates|representatives"
                              r"|lawyers|attorneys|guards|escorts|officers|agents\s+of|journalists|reporters|doctors"
                              r"|relatives|families|wives|husbands|parents)\b", re.I)
# after a counted group's dash list: "-- crossed the bridge eastward", "-- were freed", "-- walked free"
_GROUP_CROSSED_RE = re.compile(
    r"\s*(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:(?:also|then|later|finally|all|both)\s+)*(?:" + _REL_PARTICIPLE
    + r"|walked\s+(?:free|out|across|over)|crossed|went\s+(?:free|across|over|home)|flew\s+home|returned\s+home"
    r"|handed\s+over)\b", re.I)


def _number(word: str) -> int | None:
    word = word.lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


# An opening that puts a named person beside the group the sentence goes on about:
# "Along with Rezaian, 39, the freed Americans are ...", "Besides Chapman, the group includes ..."
_BESIDE_LEAD_RE = re.compile(
    r"^\W*(?:along\s+with|together\s+with|besides|apart\s+from|aside\s+from|in\s+addition\s+to|alongside|like)\s+"
    r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3}?⟦(\d+)⟧(?:\s*,\s*(?:aged\s+)?\d{1,3})?\s*,\s*", re.I)
# "The four are A; B; and C", "The group includes A and B", "The man sent back to Russia in exchange
# for X is Y": a group (or one person) named by an earlier cue, or by its own participle, then its names
_ANAPHOR_IDENT_RE = re.compile(
    r"(?:all\s+)?the\s+(?:(?:(?:last|first|final|remaining|other)\s+)?(?P<num>" + _NUMBER_ALT + r")(?:\s+(?:[\w'’-]+\s+)?(?:[a-z]*men|women|people|[a-z]{3,}s))?"
    r"|(?P<grp>group|others|rest|remainder)"
    r"|(?:[\w'’-]+\s+){0,2}?(?:man|woman|person|prisoner|detainee|hostage|captive|inmate|citizen|national|american"
    r"|[a-z]+(?:an|ese|ish|i))\s+(?:who\s+(?:was|were|has\s+been)\s+)?(?P<part>" + _REL_PARTICIPLE
    + r"|sent\s+back|returned)\b[^;:.]{0,80}?)\s+(?:is|are|was|were|includes?|included|comprises?|comprised)\s*:?\s+"
    r"(?:(?:named|identified|listed)\s+by\s+[^,;.⟦]{1,40}?\s+as\s+)?"  # "The five were named by officials as A; B"
    r"(?=(?:[\w'’-]+,?\s+){0,4}?⟦)", re.I)  # (a descriptor first: "The six were the captain, Mr A, ...")
_W_BESIDE = frozenset("along together besides apart aside in alongside like".split())

_FIRST_WORD_RE = re.compile(r"\W*(\w+)")
_AGREEMENT_RE = re.compile(r"\b(?:deal|agreement|accord|arrangement|ceasefire\s+deal)\s+(?:\w+\s+)?"
                           r"(?:agreed|reached|signed|struck|brokered|announced|approved|concluded)\b", re.I)
# the agent phrase between a release verb and its earlier time: "was pardoned by President X last month"
# (not "last week": "one of five nurses pardoned by the president last week" who left prison on Friday)
# a past season right after the verb, or after its agent: "was pardoned by President X last month", "who were
# released late last year", "freed from jail two years ago"
_EARLIER_AFTER_RE = re.compile(
    r"\s+(?:by\s+(?:(?!(?:and|but|or|while|after|before|since|until|when|who|which)\b)(?:[\w.'’-]+|⟦\d+⟧)\s+){1,5}?"
    r"|(?:(?!(?:and|but|or|while|after|before|since|until|when|who|which)\b)(?:[\w.'’-]+|⟦\d+⟧)\s+){0,4}?"
    r"(?:(?:early|late)\s+)?)"
    r"(?:last\s+(?:year|month|summer|spring|autumn|fall|winter)|(?:months|years)\s+ago)\b", re.I)
# an opener that sets the sentence in past years: "In the last years, several Frenchmen were released"
_EARLIER_LEAD_RE = re.compile(r"^\W*(?:(?:in|over|during)\s+(?:the\s+)?(?:recent|last|past)\s+(?:(?:few|several|two|three|four"
                              r"|five|six|seven|eight|nine|ten|\d{1,2})\s+)?"
                              r"(?:years|decades)|(?:(?:early|late)\s+)?last\s+year|earlier\s+this\s+year)\s*,", re.I)
_MONTH_NEAR_RE = re.compile(
    r"^(?:(?:\s+(?!(?:and|but|while|after|before|having|being|when|kidnapped|abducted|seized|captured|arrested|detained"
    r"|held|taken|jailed)\b)(?:[\w'’-]+|" + _NAME_PAIR + r")){0,6}?\s+(?:in|on|since|during|last)\s+"
    # ... or AP style, the month and day right after the verb: "was released Aug. 11"
    r"|\s+(?=" + _MONTH_ALT + r"\.?\s+\d{1,2}\b(?![\d:.])))(?:early\s+|late\s+|mid-?)?"
    r"(?:(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+)?(?P<mon>"
    + "|".join(_MONTH_NAMES) + r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w-])(?:\s+(?P<day>\d{1,2})\b)?"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?", re.I)


def _month_index(name: str) -> int:
    return _MONTH_INDEX[name.lower()[:3]]


_DAYS_BEFORE = 10  # a release dated this many days before the story's date is another occasion
_DAYS_BEFORE_EVENT = 5  # ... or this many days before the event its lead dates (no publishing lag to allow for)


def _day_earlier(month: int, year: str | None, day: int, when: _When) -> bool | None:
    """For a date with its day ("Aug 27"): whether it lies well before the publication date (None: no
    full publication date to compare with)."""
    pub = when.published_day
    if pub is None:
        return None
    try:
        d = date(int(year) if year else pub.year, month + 1, day)
        if not year and d > pub:
            d = date(pub.year - 1, month + 1, day)  # "on Dec 30" read in a January story
    except ValueError:
        return None
    if when.event_day is not None and when.event_day <= pub and (when.event_day - d).days >= _DAYS_BEFORE_EVENT:
        return True
    if when.lead_day is not None and when.lead_day <= pub and 0 <= (when.lead_day - d).days < _DAYS_BEFORE_EVENT:
        return False  # the lead's own day: an analysis a month on still dates its event by it
    return (pub - d).days >= _DAYS_BEFORE


def _is_earlier(month: str | None, year: str | None, when: _When, day: int | None = None) -> bool:
    """Whether a date named in the story ("March", "August 2024", "2019") is before its own event
    (`day`: the day of the month when the date names it, "Aug 27")."""
    if year is not None and month is None:
        if when.published_month is None and when.weekday_story:
            return True  # "In 1971 guerrillas kidnapped X and freed him" beside "was released early today"
        return when.latest_year is not None and int(year) < when.latest_year
    if month is None:
        return False
    m = _month_index(month)
    if day:
        by_day = _day_earlier(m, year, day, when)
        if by_day is not None:
            return by_day
    if when.published_month is None:
        if when.weekday_story:  # "In June (2022), X was freed" beside "freed Sunday": news dates its own week by weekday
            return True
        return year is not None and when.latest_year is not None and int(year) < when.latest_year
    y = int(year) if year else when.published_month // 12
    if not year and y * 12 + m > when.published_month:
        y -= 1  # "in November" read in a February story: last November
    ev = when.event_day
    if ev is not None and year and (ev.year, ev.month) == (int(year), m + 1) and day is None:
        return False  # "In November 1977 a new government freed X" in a piece 40 years on: the event's own month
    if ev is not None and when.published_day is not None and ev <= when.published_day \
            and (ev.year * 12 + ev.month - 1) - (y * 12 + m) >= 1:
        return True  # "In October, X was freed" beside an event on 24 November: a month wholly before it
    return when.published_month - (y * 12 + m) >= 2


_DAY_RE = re.compile(r"(?<![\d,])\b(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)|(?<=\s)(\d{1,2})(?:st|nd|rd|th)?(?=,\s*(?:19|20)\d\d)")


def _day_of(text: str) -> int | None:
    """The day of the month in a date's text ("Aug 27" -> 27, "27 August 2024" -> 27, "2024" -> None)."""
    mm = _DAY_RE.search(text)
    return int(mm.group(1) or mm.group(2)) if mm else None


def _dated_before_the_verb(tpl: str, start: int, tail_from: int, when: _When) -> bool:
    """Whether an earlier date before a release verb (whose clause starts at `start`, the verb ending at
    `start + tail_from`) dates the release: "spent nine months in detention in 2017 and 2018 before being
    released", "had her sentence suspended in October 2012 and was freed" -- not "arrested in May 2012 and
    freed" (the arrest's date), nor when the release has a date of its own."""
    verb = tpl.rfind(" ", start, start + tail_from - 1) + 1 or start  # the cue's own verb word
    cleft = _IT_CLEFT_RE.match(tpl, 0, verb) if tpl[:4].lstrip("\"“ ").lower().startswith("it") else None
    if cleft and any(_date_is_earlier(dm, when) for dm in _DATE_RE.finditer(tpl, 0, cleft.end())):
        return True  # "It was there, in February 1962, that X was exchanged for Y": the cleft dates the release
    rel = _DATED_ANTECEDENT_RE.search(tpl, max(0, verb - 70), verb) if "that" in tpl or "which" in tpl else None
    if rel and (_EARLIER_RE.search(rel.group("when")) or any(
            _date_is_earlier(dm, when)
            for dm in _DATE_RE.finditer(rel.group("when")))):
        return True  # "a prisoner swap last August that freed X": the relative clause's occasion is the dated one
    co = _COORD_DATE_BEFORE_RE.search(tpl, max(0, verb - 60), verb) if "and" in tpl[max(0, verb - 16):verb] else None
    if co is None:
        if not _BEFORE_BEING_RE.search(tpl, max(0, verb - 20), verb):
            return False
        return any(_date_is_earlier(dm, when)
                   for dm in _DATE_RE.finditer(tpl, _clause_start_punct(tpl, verb), verb))
    if _CAPTURE_VERB_RE.search(tpl, max(0, co.start() - 50), co.start()):
        return False
    if not _date_is_earlier(co, when):
        return False
    clause_tail = tpl[start + tail_from:_sentence_clause_end(tpl, start + tail_from)]
    return not _DATE_RE.search(clause_tail) and not _WEEKDAY_RE.search(clause_tail)


_IT_CLEFT_RE = re.compile(r"\W*it\s+(?:was|is)\s+[^⟦;:.!?]{0,60}?\bthat\b", re.I)
_REL_WORD_RE = re.compile(r"\b(?:freed|released|frees|releases|freeing|releasing|handed|exchanged|swapped|pardoned"
                          r"|rescued|returned|walked\s+(?:out|free)|left\s+(?:\w+\s+)?prisons?)\b", re.I)
_TODAY_RE = re.compile(r"\b(?:today|yesterday|tonight|this\s+morning)\b", re.I)
# a time of a clause's own: a date, a weekday, "yesterday", "this week"
_OWN_TIME_RE = re.compile(r"\b(?:" + _DATE + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight"
                          r"|this\s+(?:morning|week))\b", re.I)
_WEEKDAY_RE = re.compile(r"\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_PERFECT_RELEASE_RE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:freed|released|pardoned|exchanged|swapped|returned)\b",
                                 re.I)


def _other_frames(tpl: str, when: _When, wset: set[str], first_word: str) -> list[int]:
    """Positions from which a sentence is about another occasion than the story's event:
    "since June 21, when X was freed", "the August 2024 swap, in which X came home",
    "The swap came two years after Russia released X", "In April, X was traded",
    "During the truce that collapsed in March, ...", "Before the truce, ..."."""
    frames = []
    if first_word.lower() in _W_DATE_LABEL or (first_word.isdigit() and len(first_word) <= 4):
        label = _DATE_LABEL_RE.match(tpl)
        if label and _is_earlier(label.group("m"), label.group("y") or label.group("y2"), when):
            frames.append(0)  # "April 2022 - Trevor Reed was exchanged for ..." in a 2025 story: that entry's event
    if not wset.isdisjoint(_W_WHEN_FRAME):
        for mm in _WHEN_FRAME_RE.finditer(tpl):
            if _is_earlier(mm.group("m"), mm.group("y") or mm.group("y2"), when):
                frames.append(mm.end())
    if not wset.isdisjoint(_W_AFTER_EVENT) and not wset.isdisjoint(_W_AFTER_EVENT_VERB):
        mm = _AFTER_EVENT_RE.search(tpl)
        if mm:
            frames.append(mm.end())
    for mm in (_CLAUSE_TIME_RE.finditer(tpl) if ":" in tpl or ";" in tpl else ()):
        if _date_is_earlier(mm, when):
            frames.append(mm.start())  # "... the first exchange: in 1962 X was exchanged there for Y"
    lead = _LEADING_TIME_RE.match(tpl) if first_word in _W_LEADING_TIME else None
    if lead and _AGREEMENT_RE.search(lead.group(0)):
        lead = None  # "In a deal agreed in January, Hamas freed X on Thursday": the date is the deal's
    if lead and _EARLIER_LEAD_RE.match(lead.group(0)):
        frames.append(0)  # "In the last years, several Frenchmen were released by Tehran, among them X"
        lead = None
    if lead:
        opener = lead.group(0).lstrip(" \"'“‘(").lower()
        if opener.startswith("before") or (opener.startswith("since") and _PERFECT_RELEASE_RE.search(tpl)
                                           and _DATE_RE.search(lead.group(0))):
            frames.append(0)  # "Since January, Hamas has freed 18 hostages, including X": a running total
        else:
            for dm in _DATE_RE.finditer(lead.group(0)):
                year = dm.group("y") or dm.group("y2") or _last_month_year(lead.group(0), dm, when)
                if _is_earlier(dm.group("m"), year, when, _day_of(dm.group(0))):
                    frames.append(0)
                    break
    return frames


_LAST_BEFORE_RE = re.compile(r"\blast\s+$", re.I)
_LAST_YEAR_AFTER_RE = re.compile(r",?\s+(?:of\s+)?last\s+year\b", re.I)


def _date_is_earlier(dm: re.Match, when: _When) -> bool:
    """Whether a `_DATE_RE` match, with its day if it gives one, is before the story's event."""
    return _is_earlier(dm.group("m"), dm.group("y") or dm.group("y2"), when, _day_of(dm.group(0)))


def _opens_dated_earlier(tpl: str, when: _When) -> bool:
    """Whether a sentence opens on a date before the story's event: "In August 2012 an appeals court ..."."""
    lead = _LEADING_TIME_RE.match(tpl)
    if not lead or _CAPTURE_VERB_RE.search(tpl):
        return False  # "In 2019 X was sentenced to ten years. He was freed ...": the date is the sentence's
    return any(_date_is_earlier(dm, when) for dm in _DATE_RE.finditer(lead.group(0)))


def _dated_earlier_anywhere(tpl: str, when: _When) -> bool:
    """Whether a sentence gives a date before the story's event that is not an arrest's or a conviction's
    ("walked out of the court in October 1989"; not "convicted of the 1974 bombings")."""
    return any(_date_is_earlier(dm, when)
               and not _CAPTURE_DATED_RE.search(tpl, max(0, dm.start() - 60), dm.start())
               for dm in _DATE_RE.finditer(tpl))


def _last_month_year(text: str, dm: re.Match, when: _When) -> str | None:
    """The year of "last August" read in an August (or earlier) story, or of "October last year": the year before."""
    if not dm.group("m") or when.published_month is None:
        return None
    year, month0 = divmod(when.published_month, 12)
    if _LAST_YEAR_AFTER_RE.match(text, dm.end()):
        return str(year - 1)
    if not _LAST_BEFORE_RE.search(text, 0, dm.start()):
        return None
    return str(year - 1) if _month_index(dm.group("m")) >= month0 else None  # (both count from 0)


def _scope(text: str, tail_from: int, when: _When, tail: str | None = None) -> str:
    """`text` starts at the cue (its verb ends at `tail_from`); `tail`, if given, is the rest of
    the cue's clause, where a date right after the verb ("freed from custody in 2019") is read."""
    early = _EARLIER_RE.search(text)
    while early and _CAPTURE_DATED_RE.search(text, max(0, early.start() - 70), early.start()):
        early = _EARLIER_RE.search(text, early.end())  # "a commander captured near the palace last spring"
    if early and not (early.start() >= tail_from and early.group(0)[:3].lower() == "had"):
        return "other_event"  # "was released separately and had already left" dates the leaving only
    if tail is None:
        tail = text[tail_from:]
    if tail[:1] not in (" ", ""):
        tail = " " + tail  # a cue ending in a space ("the release of ") leaves the next word bare
    if _EARLIER_AFTER_RE.match(tail):
        return "other_event"  # "was pardoned by President X last month", "who was freed late last year"
    m = _YEAR_NEAR_RE.match(tail)
    if m and when.latest_year and int(next(g for g in m.groups() if g)) < when.latest_year:
        return "other_event"
    if m and when.published_month is None and when.weekday_story:
        return "other_event"  # "was released in 1977" in an undated story whose own release is "Monday"
    m = _MONTH_NEAR_RE.match(tail)
    day = m and (m.group("day") or m.group("d"))
    if day and _is_earlier(m.group("mon").rstrip("."), m.group("year"), when, int(day)):
        return "other_event"  # "who was freed with three other hostages on Aug 27" in a story of Sept 10
    if m and not day and when.published_month is None and when.weekday_story:
        return "other_event"  # "freed in April" in an undated story whose own release is "on Sunday"
    if m and when.published_month is not None and not (day and when.published_day):
        month = _month_index(m.group("mon"))
        year = int(m.group("year")) if m.group("year") else when.published_month // 12
        if not m.group("year") and _LAST_YEAR_AFTER_RE.match(tail, m.end()):
            year -= 1  # "freed in October last year"
        if year * 12 + month > when.published_month:
            year -= 1  # "freed in November" read in a February story: last November
        if when.published_month - (year * 12 + month) >= 2:
            return "other_event"  # "freed in June" in a September story is another release
    return "this_event"


# Words one of which every match of a cue pattern contains (as a whole \w+ word, any case):
# a sentence without any of them cannot match, so the scan is skipped.
_W_REL_PARTICIPLE = frozenset("""released freed rescued liberated paroled pardoned amnestied exchanged swapped traded repatriated set
handed turned sent transferred flown brought let recovered put placed""".split())
_W_REL_ACTIVE = frozenset("""released freed rescued liberated paroled pardoned amnestied exchanged swapped traded repatriated returned releases
frees release free releasing freeing exchanging swapping trading handing set handed sent brought let
acquitted lifted""".split())
_W_SUBJ_RELEASE = frozenset("""free out experienced experiences home back returned returns reunited regained recovered regains recovers won wins obtained
obtains gained gains prison jail prisons jails detention captivity custody penal included
involved part together alive safe unharmed plane flight aircraft jet bus buses helicopter granted given among station camp
first last allowed permitted penitentiary gaol fort fortress citadel put placed bundled escorted walked frontier
border bridge line checkpoint crossing ship vessel tanker freighter trawler ashore disembarked captors kidnappers abductors takers dropped first carried wheeled rode rides driven came comes walks
found refound ending where""".split())
_W_NOMINAL = frozenset("release freeing liberation freedom rescue pardon".split())
_W_SUBJECT_CUE = frozenset("release released freed freeing liberation liberated rescue rescued".split())
# a participle before a captive's noun and the name: "the mother of freed hostage X", "the freed American X"
_PRENOMINAL_FREED_RE = re.compile(
    r"(?:(?:^\W*|\b(?:the|a|an|of|for|to|with|by|from|and|as|about|on|at|between|among)\s+|[,:;(—–]\s*)"  # not a finite verb
    r"|\b(?:newly|recently)\s+)(?:freed|released|liberated|rescued)\s+(?P<np>(?:[\w-]+\s+){1,3}?)⟦(?P<i>\d+)⟧", re.I)
_W_PRENOMINAL_FREED = frozenset("freed released liberated rescued".split())
# nouns a freed person goes by right before the name ("freed aid worker X"); relatives, lawyers and officials are not
_CAPTIVE_HEADS = frozenset("""hostage captive prisoner detainee inmate convict soldier serviceman servicewoman conscript
sergeant private corporal marine sailor seafarer seaman fisherman pilot journalist reporter photographer cameraman
activist dissident blogger campaigner student teacher worker doctor nurse engineer businessman businesswoman
academic researcher scholar professor tourist backpacker citizen national resident man woman girl boy teenager
priest nun monk missionary pastor writer poet artist musician opposition leader politician lawmaker""".split())


def _prenominal_np(words: list[str]) -> bool:
    """`words` (between the participle and the name) are a noun phrase whose head a captive goes by:
    "hostage", "aid worker", "British-Iranian", "American" -- no function word, verb or possessive."""
    head = _singular(words[-1])
    if not (head in _CAPTIVE_HEADS or head in _DEMONYMS or head.rsplit("-", 1)[-1] in _DEMONYMS):
        return False
    for w in words[:-1]:
        low = w.lower()
        if low in _FUNCTION or low in _NOT_PRENOMINAL or not (w.islower() or low in _STOP or low in _DEMONYMS):
            return False
    return True


_PLURAL_HEADS = {"men": "man", "women": "woman", "servicemen": "serviceman", "fishermen": "fisherman",
                 "businessmen": "businessman", "children": "child"}


def _singular(word: str) -> str:
    """A captive head noun in the singular ("workers" -> "worker", "men" -> "man"), else the word lowercased."""
    low = word.lower()
    if low in _PLURAL_HEADS:
        return _PLURAL_HEADS[low]
    return low[:-1] if low.endswith("s") and low[:-1] in _CAPTIVE_HEADS else low


_NOT_PRENOMINAL = frozenset("said told says asked speaking according".split())
_W_EVENT_INCLUDED = frozenset("included includes include involved involves covered covers cover comprised comprises".split())
_W_SUBJ_HELD = frozenset("""hands included remain remains remaining stay stays stayed staying still among house held custody prison jail detention captivity gaza penal labour
labor behind continue continues continued believed thought understood left serving languish languishes languishing returned
sent taken arrested rearrested detained redetained prisons jails cells cell imprisoned jailed incarcerated
transferred moved excluded omitted dropped row again leaves leaving""".split())
_W_HELD_OBJECT = frozenset("still remaining continue continues".split())
_W_LIST_MARKER = frozenset("among including includes include included such namely they particular notably particularly "
                           "especially".split())
# the counted group a swap gives in return: "in exchange for three Iranian men (who ...)"
_SWAP_OBJECT_RE = re.compile(r"\s*(?:the\s+)?" + _NUMBER_ALT + r"\s+(?:[\w'’-]+\s+){0,3}?(?:[a-z]{3,}s|[a-z]*men|women"
                             r"|people)\b", re.I)
_W_SWAP = frozenset("exchange return swap exchanged swapped traded trading swapping exchanging".split())
_W_MEDIA = frozenset("""statement statements video videos photo photos image images footage list lists names report
reports figures data details recording audio clip document documents letter book album song film propaganda results
funds money assets information transcript readout communiqué communique memo bodies body remains""".split())
_WORDS_RE = re.compile(r"\w+")


_INVERTED_RELEASE_RE = re.compile(
    # (an aside may follow the participle at once: "Also freed, according to the ombudsman, is X")
    r"^\W*(?:(?:also|and)\s+)?(?:newly\s+)?(" + _REL_PARTICIPLE + r"|returned|free(?=\s+(?:was|were|is|are)\b))\b"
    # ("Freed with X were A and B": the one they went out with)
    r"(?:,(?:\s+(?!(?:were|was|are|is)\b)(?:[\w'’-]+|⟦\d+⟧),?){1,12}?"
    r"|(?:\s+(?!(?:were|was|are|is)\b)(?:[\w'’,-]+|(?<=\bwith\s)⟦\d+⟧)){0,12}?)"
    r"\s+(?:were|was|are|is)\s+(?:also\s+)?", re.I)
_W_INVERTED = _W_REL_PARTICIPLE | {"returned", "free"}
# an exit told subject-last after a fronted adverbial (translations): "An hour later left the former speaker X",
# "The first, at about 16.00, through the gate came out X" -- read only in a story already about releases
_FRONTED_EXIT_RE = re.compile(
    r"^\W*(?:(?:the\s+(?:first|last|next|second)\s*,\s*)?(?:on|in|at|through|from|after|about|approximately|around"
    r"|an?|later|then|soon|shortly|next|out\s+of|across|over)\b[^;:]{0,80}?(?<!⟧)\s+(?:came(?:\s+out)?|walked(?:\s+out)?|emerged"
    r"|left|went(?:\s+out)?|crossed)"
    r"\s+(?:(?:of|from|through)\s+(?:the\s+)?(?:gate|gates|prison|jail|building)\s+)?"
    # the other side of a swap: "Going the other way were A; B and C", "Heading in the opposite direction was X"
    r"|(?:going|heading|travell?ing|moving|flying)\s+(?:the\s+other\s+way|in\s+the\s+(?:other|opposite)\s+direction)"
    r"\s+(?:were|was)\s+)"
    r"(?=(?:(?:the|a|an|former|(?-i:[a-z])[\w'’-]*|(?-i:[A-Z])[\w'’.-]*|of|\"[^\"]*\")\s+){0,8}?⟦)", re.I)
_SUBJECT_IN_FRONT_RE = re.compile(r"\b(?:that|we|they|he|she|i|had|has|have)\s", re.I)
_JAIL_WORD_RE = re.compile(r"\b(?:prisons?|jails?|custody|captivity|penal\s+colony|detention)\b", re.I)
_W_FRONTED_EXIT = frozenset("came walked emerged left went crossed going heading travelling traveling moving "
                            "flying".split())
# a fronted adverbial, then the passive before its subject (verb-second order, common in translations):
# "On the same day were released A, B and C", "Later that evening was freed X"
# a relative clause's participle right before the main verb's auxiliary: "who were pardoned | were released"
# (also past a short adjunct: "Five men who had been detained by the rebels | have been released")
_REL_BETWEEN_RE = re.compile(r"\s(?:held|[a-z]+ed)\s+(?:(?!(?:and|but|or)\b)[A-Za-z][\w'-]*\s+){0,6}?"
                             r"(?:were|was|have|has)\s")
# a relative clause closing a plural subject right before its verb: "... the 19 co-accused whose sentences were
# commuted | were released", "... and the two guards who had been seized | were freed"
_SUBJECT_RELATIVE_END_RE = re.compile(r"\s(?:who|whose\s+[a-z][\w'-]*|that)\s+(?:[a-z][\w'-]*\s+){0,3}?"
                                      r"(?:were|was|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\s+$")
_CONDITION_IN_RE = re.compile(r"\b(?:until|unless|till|if)\b", re.I)
_FRONTED_PASSIVE_RE = re.compile(
    r"^\W*(?:(?:on|in|at|during|after|by|later|then|also|afterwards|subsequently|next)\b[^,;:⟦]{0,40}?\s*,?\s+)"
    r"(?:were|was)\s+(?:also\s+)?(" + _REL_PARTICIPLE + r")\s+(?=(?:(?-i:[a-z])[\w'’-]*\s+){0,6}?⟦)", re.I)
# pseudo-cleft: "Those freed were A, B and C", "The freed are ...", "Those released on Friday include ...",
# "The ones who were pardoned were ..." -- the copula must reach a name within a few words, so
# "Those freed were flown to Doha, where X met them" names nobody
_PSEUDO_CLEFT_RE = re.compile(
    r"^\W*(?:(?:also|and)\s+)?(?:those|the\s+ones|the\s+people|the)\s+(?:who\s+(?:were|was|have\s+been|had\s+been)\s+)?"
    r"(?:newly\s+)?(" + _REL_PARTICIPLE + r"|returned)\b(?:\s+(?!(?:were|was|are|is|include[sd]?)\b)[\w'’,-]+){0,6}?"
    r"\s+(?:were|are|include[sd]?)\s*:?\s+(?:also\s+)?"
    # (a passive predicate is no list: "The freed pupils were expected in Minna, where Governor X ...")
    r"(?!(?-i:[a-z]+ed)\b|(?:taken|flown|driven|brought|sent|due|being|to)\b)(?=(?:[\w'’.-]+\s+){0,4}?⟦)", re.I)
_W_PSEUDO_CLEFT = frozenset("those the".split())
_HEADLINE_HOME_RE = re.compile(r"(?<=⟧)\s+(?:(?:safely|finally|now)\s+)?(?:back\s+(?:home\b|in\s+(?-i:[A-Z]))"
                               r"|home\s+(?:at\s+last|again|after|from|safe)\b|free\s+(?:at\s+last|again)\b)", re.I)
# the headline's subject is the name list it opens with: "X and Y back in Canada" (not "X wants Y back home")
_HEADLINE_SUBJECT_RE = re.compile(r"^\W*(?:[\w'’.-]+\s+){0,3}?⟦\d+⟧(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:[\w'’.-]+\s+){0,2}?"
                                  r"⟦\d+⟧)*(?:\s*,\s*\d{1,3})?$", re.I)
_W_HEADLINE_HOME = frozenset(["home", "back", "free"])
# a noun phrase about one of the freed, then the name in apposition: "One of the freed girls, X, said",
# "Another returnee, Y, 34, said", "A hostage released on Sunday, Z, told ..."
_FREED_ONE_RE = re.compile(
    r"(?:^\W*|(?<=\s)(?=(?:one|two|three|some|several|many|another)\s+of\s))"
    r"(?:(?:one|two|three|some|several|many|another)\s+of\s+(?:the|those)\s+|another\s+|an?\s+|the\s+|one\s+)"
    r"(?:(?:newly|recently|just)\s+)?(?:(?:" + _REL_PARTICIPLE + r"|returning|returned)(?:\s+(?!" + _FINITE + r"\b)(?![\w-]*['’]s?\s)[\w'’-]+){0,3}?"
    r"|returnees?|(?:[\w'’-]+\s+)?(?:hostages?|prisoners?|detainees?|captives?|inmates?|abductees?"
    r"|(?!(?:was|is|has|does|this|his|its|thus)\b)[a-z]+s)\s+(?:who\s+(?:were|was)\s+)?"  # not "The crew was released, X"
    r"(?:" + _REL_PARTICIPLE + r")(?:\s+(?!" + _FINITE + r"\b)[\w'’-]+){0,4}?)(?:\s*,\s*(?=(?:[\w'’.-]+\s+){0,3}?⟦)"
    # ... or its copula: "One of those freed is Marine X" (titles only between: not "was met by X")
    r"|\s+(?:is|was)\s+(?:also\s+)?(?=(?:(?:the|an?)\s+(?:[\w'’-]+\s+){0,2}|(?:(?-i:[A-Z])[\w'’.-]*\s+){0,3})⟦))",
    re.I)
# "A third, X, was described as ...", "The second, Y,": the next member of the group just named
_ORDINAL_ONE = r"(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
_ORDINAL_ONE_RE = re.compile(r"^\W*" + _ORDINAL_ONE + r"\s*,", re.I)
# "One of them, X", "One of the students, X", "Another student, X": a member of a group, then the name
_ONE_OF_GROUP_RE = re.compile(
    r"^\W*(?:(?:one|two|three|some|several|another)\s+of\s+(?:them|(?:the|these|those)\s+(?:[a-z'’-]+\s+){0,2}?"
    r"(?P<noun>[a-z]{3,}s|[a-z]*men|women|children|girls|boys))|another\s+(?:[a-z'’-]+\s+){0,2}?(?P<noun2>[a-z]{3,})"
    r"|(?:one|another|" + _ORDINAL_ONE + r")(?=\s*,))"  # a bare "One, X, a worker at the plant, said": one of the group just named
    r"\s*,\s*(?=(?:(?:(?-i:[A-Z])[\w'’.-]*|(?-i:[a-z])[\w'’-]*)\s+){0,3}?⟦)", re.I)  # "One of them, district official X"
# the predicate after "One of them, X and Y," that takes the release back: "were not in custody", "remains in jail"
_DENIED_PREDICATE_RE = re.compile(
    r"[\s,]*(?:(?:were|was|are|is|had|have|has|did|do|does)\s+(?:not|never)\b|(?:were|was|are|is)n['’]t\b"
    r"|(?:remain(?:s|ed)?|(?:is|are|were|was)\s+still)\s+(?:in\s+(?:prison|jail|custody|detention|captivity)|behind\s+bars"
    r"|held|jailed|detained|imprisoned|behind))", re.I)


_LIST_REST_RE = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)⟦\d+⟧)*")
_ASIDE_REST_RE = re.compile(r"\s*,\s*[^,.;:⟦]{1,40}?(?=,)")  # "A and B, both students, were not ..."


def predicate_denies(tpl: str, ids: list[int]) -> bool:
    """True when the verb after the named people ⟦i⟧ (and the rest of their list) takes the release back:
    "A and B, both students, were not in custody", "One of them, X, remains in jail" (see _DENIED_PREDICATE_RE)."""
    end = max((tpl.find(f"⟦{i}⟧") + len(f"⟦{i}⟧") for i in ids if f"⟦{i}⟧" in tpl), default=-1)
    if end < 0:
        return False
    end = _LIST_REST_RE.match(tpl, end).end()
    if _DENIED_PREDICATE_RE.match(tpl, end):
        return True
    aside = _ASIDE_REST_RE.match(tpl, end)
    return bool(aside and _DENIED_PREDICATE_RE.match(tpl, aside.end()))


_W_ONE_OF_GROUP = frozenset("one two three some several another".split())
# the freed named by what the release made them: "One of the beneficiaries, X (24), said ..."
_W_FREED_BY_NAME = frozenset("beneficiaries returnees releasees parolees pardonees".split())
# groups around a release that are not the freed: "One of the officials, X, said"
_NOT_FREED_GROUPS = frozenset("""officials relatives families parents mothers fathers journalists reporters negotiators
mediators diplomats ministers lawyers captors kidnappers abductors bandits gunmen militants guards doctors envoys
spokesmen leaders witnesses neighbours neighbors residents villagers organisers organizers""".split())
_NON_PEOPLE_PLURALS = frozenset("""years months days weeks hours minutes charges sentences talks times terms rights
sanctions news reports remains others thanks means series conditions things ways words details interviews statements
images photos pictures videos footage names lists documents negotiations demands""".split())


def _opens_one_of_group(first_word: str, tpl: str) -> str:
    """The first word, as "another" when the sentence opens on an ordinal member ("A third, X, ...")."""
    return "another" if first_word in ("a", "the") and _ORDINAL_ONE_RE.match(tpl) else first_word


def _plural_of(noun: str) -> str:
    """The plural a group noun is kept under: student -> students, man -> men, child -> children."""
    if noun.endswith("s") or noun in ("men", "women", "children", "people"):
        return noun
    if noun.endswith("man"):
        return noun[:-3] + "men"
    return "children" if noun == "child" else noun + "s"


def _last_plural(tpl: str, mentions) -> str | None:
    """The last people-group noun of a sentence: the "them" of a following "One of them, X". A plural inside
    an aside does not count ("Among the freed men were X, who was caught with bomb-making materials, and Y.
    A third, Z, ...": the third is one of the men)."""
    last = None
    for w in _GROUP_WORD_RE.findall(_masked(tpl)):
        w = w.lower() if not w.startswith("⟦") else _group_word(w, mentions)
        if w and w not in _NON_PEOPLE_PLURALS and _GROUP_WORD_FULL_RE.fullmatch(w):
            last = w
    return last


# the group a nominal release is of: "the release of the abducted female students"
_NOMINAL_GROUP_RE = re.compile(r"(?:(?:the|all|some|those|these|\d+)\s+)?(?:[a-z'’-]+\s+){0,3}?"
                               r"(?:[a-z]{3,}s|[a-z]*men|women|children|people)\b")
_FREED_ADJ_GROUP_RE = re.compile(r"\b(?:the|these|those|all|several|some|many|a\s+few|dozens\s+of|" + _NUMBER_ALT
                                 + r")\s+(?:newly\s+|recently\s+)?(?:freed|released|rescued"
                                 r"|liberated)\s+(?:[a-z'’-]+\s+)?([a-z]{3,}s|[a-z]*men|women|children|people)\b", re.I)
_W_FREED_ADJ = frozenset("freed released rescued liberated".split())
# a freed group named in place: "the two freed pilots, A and B, stepping off", "list of the freed pilgrims, from the
# committee: A, B", "The freed American was named as X" (not "relatives of the freed men, A and B", nor "the freed
# men's wives, A and B")
_FREED_NP_NAMES_RE = re.compile(
    r"\b(?:the|these|those|both|all|two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:" + _NUMBER_ALT
    + r"|newly|recently|just)\s+)*(?:freed|released|rescued|liberated|repatriated|pardoned)\s+"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+|⟦\d+⟧\s+|[a-z][\w-]*\s+){0,3}?(?:[a-z]{3,}s|[a-z]*men|women|children|people"
    r"|(?P<one>man|woman|[a-z]{3,}(?:an|er|or|ist|ee|ese|ish|ant|ent|i)))(?!['’])"
    r"(?:\s*,\s*(?:from|according\s+to|provided\s+by|supplied\s+by|compiled\s+by)\s+[^,:;.⟦]{1,60}?)?"
    r"(?:\s*[,:]|\s+[-–—]|\s+(?:was|were|has\s+been|have\s+been)\s+(?:named|identified)\s+as)\s+"
    r"(?=(?:[\w'’.-]+\s+){0,3}?⟦)", re.I)
_KIN_OF_END_RE = re.compile(r"\b(?:" + KIN_WORD + r"|relatives|famil(?:y|ies)|friends|lawyers|attorneys|representatives"
                            r"|captors|kidnappers|doctors|supporters|colleagues)\s+of\s+"
                            # ... "the mother of one of" them
                            r"(?:(?:one|two|three|some|several|many|each|most|all)\s+of\s+)?$", re.I)
_KIN_OF_RE = re.compile(r"\b(?:" + KIN_WORD + r"|friends?|lawyers?|attorneys?|colleagues?|neighbou?rs?|teachers?"
                        r"|classmates?|employers?)\s+of\b", re.I)
# a name-free group subject: "The 279 students of GGSS Jangebe" (its head noun only, not "of ...")
_GROUP_SUBJECT_RE = re.compile(r"\W*(?:(?:the|all|some|those|these|\d+|" + _NUMBER_ALT + r")\s+)+(?:[a-z'’-]+\s+){0,2}?"
                               r"(?:[a-z]{3,}s|[a-z]*men|women|children|people)\b", re.I)
# a group subject hosting a membership aside: "Twelve hostages, among them ..."
_HOST_GROUP_END_RE = re.compile(r"^\W*(?:(?:the|all|" + _NUMBER_ALT + r")\s+)+(?:[a-z'’-]+\s+){0,2}?"
                                r"([a-z]{3,}s|[a-z]*men|women|children|people)\s*,\s*$", re.I)
# the governing verb's own object is a group of captives: "freed the last eight of 15 hostages they had held,"
# (then "including X"): the list names members of the freed group, offices and all
_CAPTIVE_PLURALS = "|".join(sorted({h[:-3] + "men" if h.endswith("man") else h + "s" for h in _CAPTIVE_HEADS}
                                   | {"people", "children", "civilians", "crew", "passengers", "hostages"}, key=len,
                                   reverse=True))
# "with other freed passengers", "along with 40 other released hostages": the subject is one of the freed
_WITH_OTHER_FREED_RE = re.compile(
    r"\b(?:with|alongside|along\s+with|together\s+with)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:other|fellow)\s+"
    r"(?:freed|released|rescued|liberated)\s+(?:[\w'’-]+\s+){0,2}?(?:" + _CAPTIVE_PLURALS + r"|crewmen|POWs)\b", re.I)
_W_WITH_OTHER = frozenset(["other", "fellow"])
_VERB_CAPTIVE_OBJECT_RE = re.compile(
    r"^[\w'’-]+(?:\s+(?:free|up|over|loose|back|were|are))?\s+(?:(?:the|all|last|remaining|other|of|some|about|nearly|more\s+than"
    r"|at\s+least|" + _NUMBER_ALT + r"|\d[\d,]*)\s+)+(?:[a-z'’-]+\s+){0,2}?(?:" + _CAPTIVE_PLURALS + r")"
    r"(?:\s+(?:it|they|he|she|who|that|the\s+\w+)\s+(?:had\s+)?(?:held|kept|seized|abducted|kidnapped|captured|taken)"
    r"[^,;:⟦]{0,50}"
    r"|\s+(?:who|that)\s+[^,;:⟦]{1,80}?(?:⟦\d+⟧[^,;:⟦]{0,60}?)?)?\s*,\s*$")  # "... people who had hoped to run,"
_SAID_ONE_RE = re.compile(r"\b(?:says|said|reports|reported|adds|added|writes|wrote)\s+(?:that\s+)?"
                          r"(?=(?:one|two|three|some|several|many|another)\s+of\s+(?:the|those)\s)", re.I)
_W_FREED_ONE = frozenset("one two three some several many another a an the".split())
# inverted still-held: "Also in custody is X", "Still held incommunicado are X and Y" (present tense only:
# "Also detained were X and Y" reports an arrest that may have ended since)
_INVERTED_HELD_RE = re.compile(
    r"^\W*(?:(?:also|still)\s+)+(?:being\s+)?(?:held|detained|jailed|imprisoned|behind\s+bars|inside|captive|missing"
    r"|in\s+(?:custody|detention|prison|jail|captivity))\b(?:\s+(?!(?:is|are|was|were)\b)[\w'’-]+){0,4}?"
    r"\s+(?:is|are)\s+(?:also\s+|still\s+)?"
    # "Missing from the exchange was X": left out of this release (any tense)
    r"|^\W*(?:missing|absent)\s+from\s+(?:the|this|that|(?:to|mon|tues|wednes|thurs|fri|satur|sun)day['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:exchange|swap|release|releases|list|deal|handover|amnesty|pardons?)\s+"
    r"(?:was|were|is|are)\s+"
    # "Left behind in the capital's jail were X and the two pilots, Y and Z": the release's remainder
    r"|^\W*(?:(?:also|still)\s+)?left\s+behind\b(?:\s+(?!(?:is|are|was|were)\b)[\w'’⟦⟧-]+){0,4}?"
    r"\s+(?:is|are|was|were)\s+",
    re.I)
_W_INVERTED_HELD = frozenset("also still missing absent left".split())
_LIST_ITEM_GAP_RE = re.compile(
    r"^(?:\s*(?:,|;|\band\b|\bas\s+well\s+as\b|\bplus\b))*\s*(?:(?!(?:" + _PREPOSITION
    + r"|who|whom|whose|which|that|said|says)\b)[^\s,;:.⟦]+\s+){0,4}$", re.I)


def _list_items(tpl: str, spans, mentions, groups, start: int, until: int | None = None) -> list[int]:
    """Names heading the items of a list that runs from `start` to the end of the sentence (or
    `until`), across asides: "the 24 sailors seized by Russia in 2018, as well as activist X, who ...,
    and journalist Y"."""
    if not spans:
        return []
    masked = _masked(tpl)
    stop = _HARD_STOP_RE.search(masked, start, len(tpl) if until is None else until)
    end = stop.start() if stop else (len(tpl) if until is None else until)
    out: list[int] = []
    boundary = start
    for mm in _MARKER_RE.finditer(masked, start, end):
        i = int(mm.group(1))
        if out and _COMMA_PREDICATE_RE.search(tpl, boundary, mm.start()):
            break  # "A and B, were released on Thursday, the police spokesman, X, said": the list has its predicate
        last_sep = boundary
        for sep in _ITEM_SEP_RE.finditer(masked, boundary, mm.start()):
            last_sep = sep.start()
        if _LIST_ITEM_GAP_RE.match(masked[last_sep:mm.start()]) and not _excluded(
                tpl, spans, mentions, i, last_sep) and i not in out \
                and not _WHOSE_APPOSITION_END_RE.search(tpl, boundary, mm.start()):
            out.extend(x for x in _group_members(tpl, spans, mentions, groups, i, last_sep) if x not in out)
        boundary = mm.end()
    return out


_HELD_LEAD_RE = re.compile(r"(?:\b(?:is|are|was|were|has|have|been|also|now|still|currently|reportedly|all|both"
                           r"|(?:believed|thought|said|understood|known)\s+to)\s+)+$", re.I)
_DISTRIBUTIVE_RE = re.compile(r"\b(?:all|both)\b", re.I)
_DISTRIBUTIVE_END_RE = re.compile(r"\b(?:all|both|each)(?:\s+(?:three|four|five|six|seven|eight|nine|ten))?\s+"
                                  r"(?:(?:also|still|now)\s+)?$", re.I)
_COMMA_PREDICATE_RE = re.compile(r",\s*(?:were|was|are|is|have|has|had)\s", re.I)  # (an aside never opens on one)
# "X, a marine whose wife, Y, campaigned for him": the whose-aside names somebody else, no item of the list
_WHOSE_APPOSITION_END_RE = re.compile(r"\bwhose\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+\s*,\s*$", re.I)
_ITEM_SEP_RE = re.compile(r",|;|\band\b|\bas\s+well\s+as\b|\bplus\b", re.I)


_ABOARD_RE = re.compile(
    # ("Among others on last night's flights were X": those aboard among the freed the story flew)
    r"^\W*(?:also\s+|(?P<among>among\s+(?:the\s+)?others\s+|among\s+those\s+))?(?:on|aboard)\s+(?:the|that|this|a|(?:[\w'’-]+\s+){0,2}?"
    r"[\w'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:plane|flight|aircraft|jet|bus|buses|helicopter)s?\s+(?:were|was)\s+", re.I)
# "granted full pardon to 61 prisoners", "granted them a presidential pardon"
_V2_PASSIVE_RE = re.compile(
    r"(?:^\W*|,\s*)(?:were|was)\s+⟦(\d+)⟧(?:\s*\(\d{1,3}\))?(?:(?:\s*,\s*|\s+and\s+)⟦\d+⟧(?:\s*\(\d{1,3}\))?)*"
    r"\s+(?:[\w'’-]+\s+){0,8}?(?P<verb>released|freed|handed\s+over|set\s+free|liberated|pardoned)\b")
_W_V2_PASSIVE = frozenset(["were", "was"])
_CLEMENCY_KIND = (r"(?:(?:full|executive|presidential|royal|special|conditional|unconditional|general|partial|free"
                  r"|absolute|humanitarian)\s+)*")
_CLEMENCY_RE = re.compile(
    r"\b(?:granted|gave|extended|issued)\s+(?:an?\s+)?" + _CLEMENCY_KIND + r"(?:clemency|pardons?|amnest(?:y|ies))\s+to\s+"
    r"|\b(?:granted|gave)\s+(?:⟦(\d+)⟧|him|her|them)\s+(?:an?\s+)?" + _CLEMENCY_KIND + r"(?:clemency|pardons?|amnesty)\b", re.I)
_W_CLEMENCY = frozenset(["granted", "gave", "extended", "issued"])
_NAMED_THEM_RE = re.compile(r"\b(?:named|identified|listed)\s+them\s+as\s+|\b(?:they|(?:[\w-]+\s+)?of\s+them)\s+"
                            r"(?:were|are|have\s+been|has\s+been)\s+(?:publicly\s+|officially\s+)?(?:identified|named)"
                            r"(?:\s+(?:by\s+[^,;.⟦]{1,40}?\s+)?as\s+|\s*:\s*)|\btheir\s+names\s+(?:were|are|have\s+been)\s+"
                            r"(?:given|listed|released|published|named)\s+as\s+", re.I)
_ANOTHER_WAS_RE = re.compile(r"^\W*(?:another|a\s+second|a\s+third|a\s+fourth|one(?=\s+of\s+them))(?:\s+(?:one|of\s+them))?"
                             r"\s+(?:was|is)\s+"
                             r"(?:(?:identified|named)\s+as\s+)?(?=(?:[\w'’.-]+\s+){0,3}?⟦)", re.I)
_W_ANOTHER = frozenset(["another", "a", "one"])
_SO_DOES_RE = re.compile(r"^\W*so\s+(?:does|do|did|is|are|was|were|has|have)\s+(?=(?:[\w'’-]+\s+){0,3}?⟦)", re.I)
_W_NAMED_THEM = frozenset(["them", "they", "their"])
# "The freed men were taken to hospital": the sentence is about the freed group
_FREED_GROUP_RE = re.compile(
    r"^\W*the\s+(?:[\w'’-]+\s+)?(?:freed|released|rescued|liberated|exchanged|returning)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?:[A-Za-z][a-z]{2,}s|[a-z]*men|women|children|people)\b", re.I)
# "returned X to the penal colony" sends someone back, it frees nobody
_BACK_TO_PRISON_RE = re.compile(r"\bto\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?(?:[\w'’-]+\s+|⟦\d+⟧\s+){0,2}?"
                                r"(?:prison|jail|penal\s+colony|custody|detention|cell)\b", re.I)
_GROUP_WORD_RE = re.compile(r"\b(?:[A-Za-z][a-z]{2,}s|[a-z]*men|women|children|people)\b|⟦\d+⟧")
_GROUP_WORD_FULL_RE = re.compile(r"[A-Za-z][a-z]{2,}s|[a-z]*men|women|children|people")


def _group_word(word: str, mentions) -> str | None:
    """The lower-case plural noun of a group ("Colombians" may have been taken for a name), or None."""
    if word.startswith("⟦"):
        m = mentions[int(word[1:-1])]
        if len(m.tokens) != 1:
            return None
        word = m.text
    if not _GROUP_WORD_FULL_RE.fullmatch(word):
        return None
    word = word.lower()
    return None if word in _NOT_GROUP_NOUNS else word
_NOT_GROUP_NOUNS = frozenset("""years months days weeks hours minutes others charges sentences talks officials
authorities forces states sanctions terms rights groups families relatives times was has does this its his
is as us thus news its yes lawmakers diplomats mediators negotiators ministers leaders governments countries
nations sides parties bodies remains reports media""".split())
_GROUP_NOUN = r"(?:[A-Za-z][a-z]{2,}s|[a-z]*men|women|children|people|⟦\d+⟧)"
_GROUP_NP_RE = re.compile(
    r"^\W*(?:the|these|those|all|both)\s+(?:(?![\w-]*['’]s?\s)[\w'’-]+\s+){0,4}?(" + _GROUP_NOUN + r")"
    r"(?:\s+(?:still|also|now|newly|recently|previously|wrongfully|unjustly))?(?:\s+[a-z]+(?:ed|held)"
    r"(?:\s+(?:on|in|at|from|during|under|by|this|last|as\s+part\s+of)\s+[^,;:⟦]{1,40}?)?)?"
    r"(?:\s*[-–—:]\s*|(?:\s*,\s*(?:all|both|each|mostly|most\s+of\s+them)\s+[^,;:]{1,60},)?"  # ", all employees of X,"
    r",?\s+(?:were|are|have\s+been|had\s+been)\s+(?:identified|named|listed)"
    r"(?:\s+by\s+[^,;.⟦]{1,40}?)?\s+as\s+"
    r"|\s+(?:were|are|include|included)\s*:?\s+(?=(?:(?![a-z]+ed\b)[\w'’-]+\s+){0,4}?⟦)"
    r"|\s*,\s*(?=⟦))", re.I)  # "The two soldiers, A and B, crossed back"
_DEMONYM_GROUP_RE = re.compile(r"\b([A-Z][a-z]{3,})\s+(?:[a-z-]+\s+)?([a-z]{3,}s|[a-z]*men|women|children|people)\b")
_DEAD_GROUP_RE = re.compile(r"\b(?:dead|killed|slain|deceased|murdered|executed|fallen)\b", re.I)
_RELEASE_ADJ_RE = re.compile(r"\b(?:freed|released|rescued|liberated|exchanged|swapped|pardoned|repatriated)\b", re.I)
_STILL_HELD_RE = re.compile(r"\b(?:still|remaining|remain)\b", re.I)
# "X has been held since 2022": held now, but weaker than "remains jailed" (a later "was freed" wins)
_SINCE_HELD_RE = re.compile(
    r"\b(?:has|have)\s+(?:now\s+|already\s+)?been\s+(?:(?:held|detained|jailed|imprisoned|incarcerated|behind\s+bars)"
    r"|in\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?" + _HELD_PLACE + r")\b(?:[^,.;⟦]{0,40}?\s)?since\b", re.I)
_W_SINCE_HELD = frozenset(["since"])
_W_LEGAL_RELIEF = frozenset("pardoned amnestied paroled".split())
# newly seized: "two more nationals -- A and B -- were abducted Wednesday" are held now (weakly: a later release wins)
_ABDUCTED_RE = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:also|reportedly|allegedly)\s+)?"
                          r"(?:abducted|kidnapped|taken\s+hostage|taken\s+captive)\b", re.I)
_W_ABDUCTED = frozenset("abducted kidnapped hostage captive".split())
_W_DEATH = frozenset("""killed murdered beheaded executed dead died death body bodies remains slain shot""".split())
_REFUSED_RE = re.compile(
    r"\b(?:refused|refuses|declined|declines|chose\s+not|chooses\s+not)\s+to\s+(?:leave|board|cross|go|accept"
    r"|be\s+(?:freed|released|deported|exiled|expelled))\b", re.I)
_W_REFUSED = frozenset("refused refuses declined declines chose chooses".split())
_NOT_INCLUDED_RE = re.compile(
    r"\b(?:did\s+not|didn['’]t|does\s+not|doesn['’]t|do\s+not|don['’]t)\s+(?:include|cover|involve|free|release)\s+", re.I)
_W_NOT_INCLUDED = frozenset("not didn doesn don".split())
_AS_DOES_RE = re.compile(r",\s*as\s+(?:do|does|did|is|are|was|were|has|have|had)\s+(?:also\s+)?", re.I)
_W_AS_DOES = frozenset("as".split())
_PLURAL_VERB_RE = re.compile(r"(?:remain|are|were|have|still)\b", re.I)
# A lede about one unnamed captive set free; the next sentence usually names them as its subject.
_LEDE_SENTENCES = 3
_SINGLE_CAPTIVE_NOUN = (
    r"(?:man|woman|boy|girl|hostage|captive|prisoner|detainee|national|citizen|worker|journalist|reporter|priest|nun"
    r"|missionary|tourist|engineer|doctor|nurse|teacher|student|soldier|pilot|businessman|businesswoman|dissident"
    r"|activist|lecturer|professor|academic|scholar|researcher|writer|blogger|photographer|diplomat|officer|sailor"
    r"|seaman|volunteer|executive|contractor|veteran|traveller|traveler|cleric|pastor|monk"
    r"|(?-i:[A-Z])[a-z]+(?:an|ese|ish|i|er|ch))\b")
_LEDE_SINGLE_FREED_RE = re.compile(
    # "U.S. forces rescued an American citizen held hostage in northern Nigeria" (one person, the verb's object)
    r"\b(?:freed|released|rescued|pardoned|set\s+free)\s+(?-i:an?)\s+(?:(?!(?:number|group|total|few|dozen|handful"
    r"|couple|series)\b)[\w'’\-]+\s+){0,3}?" + _SINGLE_CAPTIVE_NOUN + r"(?![^,.;:]{0,40}?(?:\band|&|\bas\s+well\s+as|\balong|\btogether"
    r"|\bplus)\b)"
    r"|(?:^|[-–—:]\s)\W*(?-i:An?)\s+(?:(?!(?:number|group|total|few|dozen|handful|couple|series)\b)[\w'’\-]+\s+){1,4}?"
    + _SINGLE_CAPTIVE_NOUN +
    r"(?:(?:[^.;:\"“”]{0,120}?)\b(?:has|had|have|was)\s+(?:(?:now|finally|just)\s+)?(?:been\s+)?"
    r"(?:freed|released|set\s+free|rescued|pardoned)\b"
    # "A British lecturer jailed in the Soviet Union has arrived back in London as part of an exchange"
    r"|\s+(?:[^.;:\"“”]{0,60}?\b)?(?:jailed|held|detained|imprisoned|kidnapped|abducted|seized)\b[^.;:\"“”]{0,80}?"
    r"\b(?:has|have)\s+(?:(?:now|finally|just)\s+)?(?:arrived|returned|flown|come)\s+(?:back|home)\b)", re.I)
_OPENS_ON_NAME_RE = re.compile(r"^\W*⟦0⟧(?!\s*(?:said|says|told)\b)")
# ... or about two, each told by an indefinite noun: "A Canadian journalist and an Australian photographer who were
# kidnapped in Somalia have been released"; the next sentence names both ("A, 28, of X, and B, 38, arrived ...")
_LEDE_PAIR_FREED_RE = re.compile(
    r"(?:^|[-–—:]\s)\W*(?-i:An?)\s+(?:[\w'’\-]+\s+){0,3}?" + _SINGLE_CAPTIVE_NOUN + r"\s+and\s+(?:an?\s+)?"
    r"(?:[\w'’\-]+\s+){0,3}?" + _SINGLE_CAPTIVE_NOUN + r"(?:[^.;:\"“”]{0,120}?)\b(?:have|had|were)\s+"
    r"(?:(?:now|finally|just|both)\s+)?(?:been\s+)?(?:freed|released|set\s+free|rescued|pardoned)\b", re.I)
_OPENS_ON_PAIR_RE = re.compile(r"^\W*⟦0⟧[^;:⟦]{0,40}?(?:⟦\d+⟧[^;:⟦]{0,40}?)?,?\s+and\s+⟦(\d+)⟧(?!\s*(?:said|says|told)\b)")
# a speaker who is the person's kin or counsel: the "he" of what they say is the person
_KIN_SPEAKER = (r"(?:family|relatives|parents|wife|husband|mother|father|brother|sister|son|daughter"
                r"|lawyers?|attorneys?)")
_KIN_SPEAKER_RE = re.compile(
    r"(?:^|[.;:]\s+)\W*(?:the\s+)?(?:" + _KIN_SPEAKER + r"\s+of\s+(?:(?:an?|the)\s+[^,;⟦]{1,40},\s*)?⟦(\d+)⟧"
    r"|⟦(\d+)⟧['’]s?\s+" + _KIN_SPEAKER + r")(?:[^;⟦]|(?:from|of|in|near)\s+⟦\d+⟧){0,80}?\b(?:say|says|said|told|confirmed)\b[^⟦;]{0,20}$", re.I)
_PRONOUN_SUBJECT_RE = re.compile(
    r"\b(?:he|she)\s+(?:(?:will|would|is|was|has|had|also|later|still|then|now|been|may|might|could|must)\s+)*$", re.I)
_PRONOUN_CONJ_SUBJECT_RE = re.compile(
    r"\b(?:he|she)\s+(?:was|had\s+been|has\s+been)\s+(?:arrested|detained|held|taken|picked\s+up|jailed)\b"
    r"[^⟦,;:.!?\"“”]{0,60}(?:,[^⟦,;:.!?\"“”]{1,40})?,?\s+and\s+(?:was\s+|had\s+been\s+|later\s+|then\s+|finally\s+)*$",
    re.I)
# the speaker's own account: "X, 31, a nurse, said she ..." (an aside of age and trade, no quotation)
_SELF_REPORT_RE = re.compile(r"(?:\s*,\s*[^,;:\"“⟦]{1,60}){0,3}\s*,?\s+(?:said|says|told\s+(?:\w+\s+){0,3}?|recalled"
                             r"|explained)\s+(?:that\s+)?$", re.I)
# ... not one who speaks for another: "His lawyer, X, said he ...", "X, a police spokesman, said she ..."
_NOT_SELF_RE = re.compile(r"\b(?:his|her|their|lawyers?|attorneys?|counsel|spokes(?:man|woman|person)|officials?"
                          r"|officers?|police|ministers?|ministry|relatives?|friends?|neighbou?rs?|colleagues?)\b", re.I)
_PRONOUN_COORD_SUBJECT_RE = re.compile(
    r"\W*(?:he|she)\s+[^⟦,;:.!?]{1,40}?,?\s+(?:and|but)\s+(?:(?:was|is|has|had|been|also|later|still|then|now|soon)\s+)*$",
    re.I)
# a sentence opening on "Both ..." / "The two men ..." speaks of the people the previous sentence named together
# ("The two survivors ...", "The hostages ..." only when that noun is in the sentence that named them:
# "The survivors, A and B, were taken to the bridge. The two survivors were handed over")
# a short time phrase before a plural subject: "On Friday the two Germans were set free", "Later, both were ..."
_PLURAL_LEAD = (r"(?:(?:(?:(?:late|early)\s+)?on\s+[\w,]+(?:\s+[\w,]+){0,2}?|later|then|finally|eventually|yesterday"
                r"|today|in\s+the\s+end|(?:last|this)\s+\w+"
                # "After the judgment, the six men walked free", "Minutes later, they were out"
                r"|(?:after|following)\s+(?:the|that|this|their)\s+[a-z]+"
                r"|(?:seconds|minutes|moments|hours)\s+later)\s*,?\s+)?")
_W_PLURAL_LEAD = frozenset("late early on later then finally eventually yesterday today in last this after following "
                           "seconds minutes moments hours".split())
_PLURAL_SUBJECT_RE = re.compile(
    r"^\W*" + _PLURAL_LEAD + r"(?:they(?:\s+all)?|both(?:\s+of\s+them|\s+men|\s+women)?|(?:all\s+)?the\s+(?:(?P<n>pair|" + _NUMBER_ALT
    + r")(?:\s+(?P<noun>[A-Za-z][a-z]{2,}s|[a-z]*men|women|people))?|(?P<noun2>[A-Za-z][a-z]{2,}s|[a-z]*men|women)))\s+"
    r"(?:(?:will|would|are|were|have|had|also|later|still|then|now|been|may|might|could|must)\s+)*$", re.I)
_PLURAL_OPENER_RE = re.compile(r"^\W*" + _PLURAL_LEAD + r"(?:they|both|(?:all\s+)?the\s+(?:pair|" + _NUMBER_ALT
                               + r"|[A-Za-z][a-z]{2,}s\s+(?:were|are|have|had|remain)))\b", re.I)
_W_PLURAL_OPENER = frozenset(("they", "both", "all", "the")) | _W_PLURAL_LEAD  # the first words _PLURAL_OPENER_RE can start with
_GENERIC_PLURAL = frozenset("men women people".split())


def _coordinated_subjects(tpl: str, spans, mentions, groups, pos: int) -> list[int]:
    """Names coordinated at the top of the sentence before a plural predicate at `pos`:
    "X, the artist who ..., and the rapper Y, known as Z, remain in prison" -> X, Y."""
    if not spans:
        return []  # no names in the sentence
    head = _SENTENCE_SUBJECT_RE.match(tpl, 0, pos)
    if not head:
        return []
    items = [int(head.group(1))]
    for mm in _AND_ITEM_RE.finditer(tpl, head.end(), pos):
        items.append(int(mm.group(1)))
    if len(items) < 2:
        return []
    out: list[int] = []
    for i in items:
        out.extend(x for x in _group_of(groups, i)[_group_of(groups, i).index(i):]
                   if x not in out and not mentions[x].possessive and spans[x][1] <= pos)
    return out


_RELATION_OF_END_RE = re.compile(r"\b" + KIN_WORD + r"\s+of\s+(?:[\w'’.-]+\s+){0,2}$", re.I)


def _antecedent_before(tpl: str, spans, mentions, pos: int, possessive: bool = False) -> int | None:
    """The nearest earlier name in the sentence a "he"/"she" at `pos` can stand for (with
    `possessive`, for a release: also "X's" when no other name is there -- "X's sentence was commuted
    and she ..." -- and never a relative or aide, who are more often the ones talking about the freed)."""
    skip = ("official", "credit", "victim", "commentator") + (("relative", "aide") if possessive else ())
    for i in range(len(spans) - 1, -1, -1):
        m = mentions[i]
        if spans[i][1] <= pos and m.role not in skip and not m.speaker and not m.possessive \
                and not _RELATION_OF_END_RE.search(tpl, max(0, spans[i][0] - 40), spans[i][0]):
            return i  # (not "Y, the wife of X, ... she was freed": X only says whose wife she is)
    if possessive:
        cands = [i for i in range(len(spans)) if spans[i][1] <= pos and mentions[i].possessive
                 and mentions[i].role is None and not mentions[i].speaker]
        if len(cands) == 1:
            return cands[0]
    return None


# a name-less "he was freed" that may speak of someone other than the last subject: a relative the clause
# names ('"My father always said he was let out"') or a sentence whose own subject is the other gender ("Asked
# what she remembered of the day he was freed, she said ...")
_OTHER_REFERENT_RE = re.compile(r"\b(?:my|his|her|their|our|your)\s+(?:late\s+)?" + KIN_WORD + r"\b", re.I)
# "X said his father, who has diabetes, had lost weight": the speaker's own relative
_SAID_OWN_KIN_RE = re.compile(r"⟧?\s(?:said|says|told\s+\w+)\s+(?:that\s+)?(?:his|her)\s+(?:late\s+)?" + KIN_WORD + r"\b", re.I)
_FIRST_PERSON_KIN_RE = re.compile(r"\b(?:my|our)\s+(?:late\s+)?" + KIN_WORD + r"\b", re.I)
# a quotation closed on a pronoun speaker: '"He is a free man," he said'
_PRONOUN_SPEAKER_RE = {w: re.compile(rf"[\"”]\s*,?\s*{w}\s+{_SPEECH}\b", re.I) for w in ("he", "she")}
_OPPOSITE_PRONOUN_RE = {"h": re.compile(r"\b(?:she|her|hers|herself)\b", re.I),
                        "s": re.compile(r"\b(?:he|him|his|himself)\b", re.I)}
_PRONOUN_OBJECT_RE = re.compile(r"\s*(?:him|her)\b(?!\s+(?!(?:on|in|at|after|from|and|last|this|early|late|to|into"
                                r"|with|for|under|as|before|following|go)\b)[a-z])", re.I)  # ("let her go")


_W_BACKWARD = _W_LIST_MARKER | _W_NAMED_THEM | frozenset("deported expelled exiled sent flown bussed driven so return".split())


# an item's aside that reports its own release: ", a former politician freed in November 2015 after 21 years"
_ITEM_RELEASE_ASIDE_RE = re.compile(
    r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:an?|the)\s+(?:(?!(?:who|which|that|and|but)\b)[\w'’-]+\s+){0,6}?"
    r"(?:(?:who|that)\s+(?:was|were|had\s+been)\s+)?(?:freed|released|pardoned|paroled|exchanged|swapped|set\s+free)\b",
    re.I)


def _own_release_scope(tpl: str, pos: int, when: _When) -> str | None:
    """The scope of a release an item's aside (right after `pos`) reports of that item, if any."""
    mm = _ITEM_RELEASE_ASIDE_RE.match(tpl, pos)
    if not mm:
        return None
    end = tpl.find(",", mm.end())
    end = _segment_after(tpl, mm.end()) if end < 0 else min(end, _segment_after(tpl, mm.end()))
    return _scope(tpl[mm.start():end], mm.end() - mm.start(), when)


def _scan(rx: re.Pattern, words: frozenset, tpl: str, wset: set[str]):
    return rx.finditer(tpl) if not wset.isdisjoint(words) else ()


# a nominal's "of" repeated before each item: "the release of A and B, of news editor C and of D"
_AND_OF_ITEM_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<of>of\s+)?(?:(?:the|an?)\s+)?"
                             r"(?:(?!(?:who|whom|whose|which|that)\b)[a-z][\w'’-]*\s+){0,4}⟦(\d+)⟧")


def _of_items(tpl: str, spans, objs: list[int]) -> list[int]:
    """A nominal's objects with the items its repeated "of" adds: "the release of A and B, of news editor C,
    of the reporters D and E, and of F" (once an "of" item is met, plain items go on the list too)."""
    of_seen = False
    while objs and (more := _AND_OF_ITEM_RE.match(tpl, spans[objs[-1]][1])) and (of_seen or more.group("of")):
        of_seen = True
        objs = objs + [int(more.group(2))]
    return objs


# custody that goes on, named as a noun: "the continued detention of X", "the continuation of the arrest of X"
_CONTINUED_CUSTODY_OF_RE = re.compile(
    r"\b(?:(?:continued|continuing|further|prolonged)\s+(?:detention|imprisonment|incarceration|custody|arrest)"
    r"|(?:continuation|extension|prolongation)\s+of\s+(?:the\s+|their\s+|his\s+|her\s+)?"
    r"(?:detention|imprisonment|incarceration|custody|arrest))\s+of\s+", re.I)
_W_CONTINUED_CUSTODY = frozenset("continued continuing further prolonged continuation extension prolongation".split())
# a negated rank says the person was freed too: "X is not the first Canadian freed in Afghanistan"
_NOT_RANK_RE = re.compile(r"\bnot\s+(?:the|a)\s+(?:first|only|last|sole)\b", re.I)
# a held cue whose own sentence names the group after it: "The four still held are A, B, C and D"
_NAMED_HERE_RE = re.compile(r"\s*(?:(?:are|were|is|was|include|included)\b|:)\s*(?:the\s+|[\w'’-]+\s+){0,4}?⟦",
                            re.I)
_AMONG_FREED_VERBLESS_RE = re.compile(r"\s+among\s+(?:those\s+|the\s+(?:[\w'’-]+\s+){0,2}?)(?:freed|released|pardoned"
                                      r"|set\s+free|let\s+go|swapped|exchanged)\b", re.I)
# a negated list marker: "Not among those freed tonight was X"
_NOT_BEFORE_RE = re.compile(r"\b(?:not|never)\s+$", re.I)


# "Three of the four walked out of prison on Friday: A, B and C" after a sentence about another release: part of
# the group that sentence freed, on its occasion
_PARTITIVE_OPENER_RE = re.compile(r"\W*(?:all|both|" + _NUMBER_ALT + r")\s+of\s+(?:the\s+(?:[\w-]+\s+)?"
                                  + _NUMBER_ALT + r"|them|those)\b(?!\s+who)", re.I)


def _back_to_earlier_release(tpl: str, end: int, first_word: str, prev_status: str | None) -> bool:
    """A pseudo-cleft host with no time of its own after a sentence about an earlier release names that release's
    freed: "In March a pardon freed 148 prisoners. Those pardoned included X" (not "Those pardoned on Friday")."""
    return first_word in _W_PSEUDO_CLEFT and prev_status == "released|other_event" \
        and not _OWN_TIME_RE.search(tpl, 0, end)


def _analyse(tpl: str, spans, mentions, prev_status: str | None, when: _When, antecedent=None,
             group_status: dict[str, str] | None = None, prev_earlier: bool = False, wset: set[str] | None = None,
             swap_story: bool = False, prev_dated: bool = False,
             section_earlier: bool = False) -> tuple[dict[int, list[_Finding]], str | None, list[str]]:
    """Findings per mention index, this sentence's governing status for the next one, and
    statuses for `antecedent` (the previous sentence's subject) that a "He ..." here carries.
    `section_earlier`: the sentence sits under a date heading line dated before the story
    ("10 January 2008" on a line of its own in a timeline), so every release in it is another event.

    `group_status` maps plural nouns of groups earlier cues were about ("Americans",
    "executives") to "status|scope"; cues here add to it. `swap_story`: an earlier sentence
    spoke of an exchange or release (a group "flown to Moscow" then is the group set free)."""
    found: dict[int, list[_Finding]] = {}
    carried: list[str] = []
    if group_status is None:
        group_status = {}

    def note_group(text: str, status: str, scope: str) -> None:
        """Remember the people-group nouns a cue is about: "freed 10 Americans" -> americans."""
        for w in _GROUP_WORD_RE.findall(text):
            w = _group_word(w, mentions)
            if w:
                group_status[w] = f"{status}|{scope}"
        for dm in _DEMONYM_GROUP_RE.finditer(text):
            # "three American contractors" are also "the Americans"
            demonym = dm.group(1).lower()
            if demonym in _PLACES and not demonym.endswith("s") and _group_word(dm.group(2), mentions):
                group_status[demonym + "s"] = f"{status}|{scope}"
        for cm in _COUNT_GROUP_RE.finditer(text):
            # "four men" are later "the four"; the last counted group is "the group"
            if _group_word(cm.group(2), mentions):
                group_status[f"#{_number(cm.group(1))}"] = group_status["@last"] = f"{status}|{scope}"
    groups = _groups(tpl, spans)
    if wset is None:
        wset = set(_WORDS_RE.findall(tpl.lower()))
    other_sentence = bool(_EARLIER_SENTENCE_RE.match(tpl)) or bool(prev_earlier and _THAT_EVENT_RE.match(tpl)) \
        or section_earlier or (prev_status == "released|other_event" and bool(_PARTITIVE_OPENER_RE.match(tpl)))

    first = _FIRST_WORD_RE.match(tpl)
    first_word = first.group(1).lower() if first else ""
    frames = _other_frames(tpl, when, wset, first_word)

    def _scope_here(start: int, end: int, tail_from: int) -> str:
        """Scope of a cue whose clause is tpl[start:end] (`tail_from`: where its verb ends)."""
        if other_sentence or any(a <= start for a in frames):
            return "other_event"
        if (_PLUPERFECT_RE.match(tpl, start) or _HAD_END_RE.search(tpl, max(0, start - 25), start)) \
                and not _SPEECH_TAG_WORD_RE.search(tpl, 0, start) and first_word not in ("by", "according") \
                and not _SAME_DAY_RE.search(tpl, start, end) \
                and not _BY_TIME_RE.match(tpl, start + tail_from) \
                and not _AFTER_RELEASE_SUB_RE.search(tpl, max(0, start - 90), start):
            # "Hamas had freed four captives" -- before the story's own event; not "had been freed by
            # Friday evening" (a perfect up to the story's time) nor "According to X, ... had been freed"
            return "other_event"
        if _LATER_RE.search(tpl, start + tail_from, _sentence_clause_end(tpl, start + tail_from)) and (prev_dated or any(
                _is_earlier(dm.group("m"), dm.group("y") or dm.group("y2"), when) for dm in _DATE_RE.finditer(tpl))):
            return "other_event"  # "abducted in January 2016 with his wife, who was freed three weeks later"
        if _dated_before_the_verb(tpl, start, tail_from, when):
            return "other_event"
        if _SAME_TIME_RE.match(tpl, start + tail_from) and _CAPTURE_WORD_RE.search(tpl, 0, start):
            return "other_event"  # "X, who was in the car when the gunmen struck, was let go the same evening"
        if _CAPTURE_THEN_RE.search(tpl, 0, start):
            return "other_event"  # "Moore was kidnapped four days before SEALs rescued Y": the capture's time
        text = tpl[start:end]
        masked = _masked(tpl)
        if masked[start:start + 1] == tpl[start:start + 1] != " ":
            text = masked[start:end]  # "freed X, who was abducted two years ago, on Friday": the aside dates no cue
        return _scope(text, tail_from, when,
                      tpl[start + tail_from:max(end, _sentence_clause_end(tpl, start + tail_from))])

    headline = not _ends_like_a_sentence(tpl)
    governing: list[tuple[int, str, str]] = []  # (position, status, scope) of cues

    def last_release(pos: int) -> tuple[int, str, str] | None:
        """The release cue noted last among those before `pos` in this sentence, if any."""
        return next((g for g in reversed(governing) if g[0] < pos and g[1] == "released"), None)

    def add(ids, status, scope, family=False, override=False):
        for i in ids:
            ov = (i in override) if isinstance(override, (set, frozenset)) else override
            found.setdefault(i, []).append(_Finding(status, scope, family, ov))

    def own_release(ids, cue: int, direct: set[int] = frozenset()) -> set[int]:
        """Officials the release cue at `cue` frees in their own right: an item of a membership list inside
        the subject ("the last 18 hostages, among them deposed prime minister X, were released"), or the
        head of the subject whose office only an aside gives ("X, the president of the association, and
        Y left the prison"); and a `direct` subject with no office here, whose office another sentence
        gives ("Ex-state secretary X ..." then "X was freed")."""
        out = set()
        for i in ids:
            if spans[i][1] > cue or (mentions[i].role != "official" and not (i in direct and mentions[i].role is None)):
                continue
            out.add(i)
        return out

    def modality(window: str) -> str | None:
        if _NEGATION_RE.search(window) and not _NOT_RANK_RE.search(window):
            return "held"
        if _IRREALIS_RE.search(_ORDINAL_TO_BE_RE.sub(" ", window)):  # "the first American to be freed" is done
            return "soft_held"
        return None

    def pronoun_target(pos: int, status: str, scope: str, subject: bool = True) -> list[int]:
        """A "he"/"she" subject ending at `pos` (or a "him"/"her" object starting at `pos`): the
        name it stands for in this sentence, else (no name before it) the previous sentence's subject."""
        if status != "released":
            return []
        pm = _PRONOUN_SUBJECT_RE.search(tpl, 0, pos) if subject else _PRONOUN_OBJECT_RE.match(tpl, pos)
        if not pm and subject:  # "she was arrested on Saturday evening near the park, and released on Sunday"
            pm = _PRONOUN_CONJ_SUBJECT_RE.search(tpl, 0, pos)
        if not pm:
            return []
        at = pm.start() if subject else pos
        last = tpl.rfind("⟧", 0, at)
        # (or a quotation opens between them: 'X, speaking by phone: "He was released at dawn"')
        if last >= 0 and (_SPEECH_WORD_RE.search(tpl, last, at) or "“" in tpl[last:at]
                          or tpl.count('"', last, at) % 2):
            kin = _KIN_SPEAKER_RE.search(tpl, 0, at) if subject else None
            if kin:  # "The family of X say he was among the hostages freed": the one they speak for
                return [int(kin.group(1) or kin.group(2))]
            names = {int(x) for x in _MARKER_RE.findall(tpl, 0, at)}
            speaker = names.pop() if subject and len(names) == 1 else None
            if speaker is not None and spans[speaker][1] == last + 1 and mentions[speaker].role is None \
                    and not mentions[speaker].possessive and _SELF_REPORT_RE.match(tpl, last + 1, at) \
                    and not _NOT_SELF_RE.search(tpl, 0, at):
                # "Sarah Kwan, 31, a nurse, said she was arrested on Saturday and released on Sunday": the one
                # speaker, with no office or kin, tells her own release
                return [speaker]
            return []  # "X said he was freed" -- not read: the speaker may be someone else
        ante = _antecedent_before(tpl, spans, mentions, at, possessive=True)
        if ante is not None:
            return [ante]
        if not _MARKER_RE.search(tpl, 0, at) and not _OTHER_REFERENT_RE.search(tpl, 0, at) \
                and not (_OPPOSITE_PRONOUN_RE[pm.group(0)[:1].lower()].search(tpl) if subject else False):
            word = pm.group(0).split()[0].lower() if subject else "he"
            carried.append(f"he:{status}|{scope}|{word}")  # "He was freed on Monday."
        return []

    # 1. passive / copular release: "X was freed", "X was one of 123 prisoners released"
    participle_matches = [mm for mm in _scan(_REL_PARTICIPLE_RE, _W_REL_PARTICIPLE, tpl, wset)
                          if not (mm.group(0)[:1] in "hHtT" and _TO_AUTHORITIES_RE.match(tpl, mm.end())
                                  and _CAPTURED_THEN_RE.search(tpl, max(0, mm.start() - 120), mm.start()))
                          and not (mm.group(0)[:1] in "hH" and _DOUBLE_OBJECT_AFTER_RE.match(tpl, mm.end()))]
    # (not "seized in Ukraine and handed over to Uzbek authorities": an extradition into custody; nor "The warden,
    # Major X, handed to the family the papers": a main verb handing a thing)
    for mm in participle_matches:
        p = mm.start()
        brk = max([0] + [b.end() for b in _BREAK_RE.finditer(tpl, 0, p)])
        window = tpl[brk:p]
        bes = list(_BE_RE.finditer(window))
        if not bes and headline and not _FINITE_RE.search(window):
            # headline grammar drops the auxiliary: "A, B and C freed from Gaza after 491 days"
            # "Khaled Drareni and some thirty Hirak detainees freed": the named items of a mixed subject
            subj = _subject_before(tpl, spans, mentions, groups, p) or _mixed_list_subject(tpl, spans, mentions, groups, p)
            if _ACTIVE_OBJECT_AFTER_RE.match(tpl, mm.end()):
                subj = []  # "Aliyev pardoned 431 convicts": an active verb with its object, not a passive
            elif subj and _CONDITION_IN_RE.search(window):
                subj = []  # "No return north until Yehud freed": a condition not yet met
            if subj and not _PARTIAL_PARDON_RE.match(tpl, mm.end()):
                scope = _scope_here(p, _segment_after(tpl, mm.end()), mm.end() - p)
                add(subj, "released", scope)
                governing.append((p, "released", scope))
            continue
        saw = _SAW_OBJECT_RE.search(window) if not bes else None
        if saw and not _PARTIAL_PARDON_RE.match(tpl, mm.end()):
            # "a deal that saw five detainees released", "the swap saw X and Y freed": object + participle
            obj_from = brk + saw.end(1)
            mod = modality(_cut(tpl, brk + saw.start() - 30, brk + saw.start()))
            scope = _scope_here(brk + saw.start(), _segment_after(tpl, mm.end()), mm.end() - brk - saw.start())
            status = mod or "released"
            add([i for i in _objects_after(tpl, spans, mentions, groups, obj_from, 3) if spans[i][1] <= p], status, scope)
            governing.append((p, status, scope))
            if status in ("released", "held"):
                note_group(tpl[obj_from:p], status, scope)
            continue
        if not bes and _PRONOUN_CONJ_SUBJECT_RE.search(tpl, max(0, brk - 160), p):
            # "she was arrested on Saturday near the park, and released on Sunday": the pronoun's second predicate
            scope = _scope_here(p, _segment_after(tpl, mm.end()), mm.end() - p)
            add(pronoun_target(p, "released", scope), "released", scope)
            governing.append((p, "released", scope))
            continue
        if not bes or (len(_WORDS_RE.findall(window, bes[-1].start())) > 9
                       and not _COORD_PASSIVE_RE.match(window, bes[-1].start())):
            continue
        if _SUBORDINATE_SUBJECT_RE.search(window, bes[-1].end()):
            continue  # "X was released on April 12 after the state freed ...": the participle has its own subject
        # the verb chain starts at its first auxiliary: "is also said to have been", "has not been"
        last_marker = None
        for lm in _MARKER_RE.finditer(window):
            last_marker = lm
        chain_from = last_marker.end() if last_marker else 0
        first_aux = _AUX_RE.search(window, chain_from)
        if first_aux and _REL_BETWEEN_RE.search(window, first_aux.end()):
            # "X and the 19 co-accused who were pardoned were released": the relative clause has its own auxiliary;
            # the predicate's starts after it
            own = _AUX_CHAIN_RE.search(window)
            first_aux = _AUX_RE.search(window, own.start()) if own else first_aux
        aux = brk + (first_aux.start() if first_aux else bes[-1].start())
        if _PARTIAL_PARDON_RE.match(tpl, mm.end()):
            continue  # "pardoned on five of the 19 offences": the sentence is cut, the person stays jailed
        mod = None if _COUNTERFACTUAL_RE.search(tpl[aux:p]) else modality(tpl[aux:p])
        if mod == "held" and mm.group(0).lower() in _W_LEGAL_RELIEF:
            mod = "soft_held"  # "X has not been pardoned" (but walked out at the end of the term): no custody claim
        if mod is None and _NEITHER_RE.search(tpl, _clause_start_punct(tpl, aux), aux):
            mod = "held"  # "Neither X nor Y was freed"
        if mod is None and "one" in tpl[:aux].lower() and _BARE_AUX_RE.match(tpl, aux, p) \
                and _NONE_SUBJECT_RE.match(tpl, _clause_start_punct(tpl, aux), aux):
            mod = "held"  # "None of the 20 has been freed"
        if mod is None and _CONDITION_SUBJECT_RE.search(tpl, max(0, aux - 40), aux):
            mod = "soft_held"  # "unless she is pardoned she cannot run": a condition, not a release
        subj = _subject_before(tpl, spans, mentions, groups, aux)
        direct = set(subj)  # the grammatical subject, not a list or pronoun found below
        listed: set[int] = set()
        clause_end = _segment_after(tpl, mm.end())
        scope = _scope_here(aux, clause_end, mm.end() - aux)
        status = mod or "released"
        if status == "released":  # "released on furlough", "freed on bail pending trial"
            status = _temporary(tpl, aux, mm.end()) or status
        if not subj and _PLURAL_AUX_RE.match(tpl, aux):
            # "Former senator X, two Spanish engineers and nine members of the police were rescued"
            subj = _mixed_list_subject(tpl, spans, mentions, groups, aux)
            rel = _SUBJECT_RELATIVE_END_RE.search(tpl, max(0, aux - 90), aux) if not subj else None
            if rel:  # "X and the 19 co-accused whose sentences were commuted were released": past the relative clause
                subj = _subject_before(tpl, spans, mentions, groups, rel.start()) \
                    or _mixed_list_subject(tpl, spans, mentions, groups, rel.start())
            if not subj and status in ("released", "held") and not _MARKER_RE.search(tpl, 0, aux) \
                    and _PLURAL_SUBJECT_RE.match(tpl[:aux]):
                carried.append(f"plural:{status}|{scope}|{_plural_count(tpl[:aux])}")  # "Both were freed on Friday."
        if not subj and status == "released":  # "Two more hostages were freed on Saturday: A and B."
            subj = _colon_list(tpl, spans, mentions, groups, clause_end)
            # (an item's office aside does not undo the list: "...: A, 50, historian; B, chairman of the region.")
            listed = set(subj)
        if not subj:
            subj = _dash_list_before(tpl, spans, mentions, groups, aux)
        if not subj and status == "released":  # "questioned A and B, and both were released hours later"
            subj = _plural_named_before(tpl, spans, mentions, groups, aux)
            direct = set(subj) or direct
        if not subj:
            chain = _AUX_CHAIN_RE.search(tpl, 0, p)  # the participle's own auxiliaries: "... and she was freed"
            subj = pronoun_target(chain.start() if chain else p, status, scope)
        add(subj, status, scope, override=own_release(subj, aux, direct) | listed if status == "released" else False)
        governing.append((p, status, scope))
        if status in ("released", "held"):
            note_group(tpl[_clause_start_punct(tpl, aux):aux], status, scope)
        gapped = _GAPPED_REMNANT_RE.match(tpl, mm.end()) if subj and status in ("released", "held") else None
        if gapped and not _FINITE_RE.search(gapped.group(0)):
            # "X was released from Rennes prison, and the doctor Y from Fleury": the verb is gapped, Y shares it
            add([int(gapped.group("i"))], status, scope)
        nor = _NOR_REMNANT_RE.match(tpl, mm.end()) if subj and status == "held" else None
        if nor:  # "X was not among those released, nor was the economist Y": the negation goes on to Y
            add(_group_of(groups, int(nor.group("i"))), status, scope)
        dated = _VERB_DATE_RE.match(tpl, mm.end()) if subj and status == "released" else None
        while dated:  # "X was released Aug. 11, Briton Y on Sept. 24 and Z on Oct. 21": each remnant its own date
            remnant = _DATED_REMNANT_RE.match(tpl, dated.end())
            if not remnant:
                break
            dated = _VERB_DATE_RE.match(tpl, remnant.end())
            add([int(remnant.group("i"))], status, _scope_here(remnant.end(), dated.end(), 0))
        if status == "released":  # "X was freed in June along with Y", "... with her daughters Y and Z"
            limit = _CO_RELEASE_END_RE.search(tpl, mm.end())
            for along in _WITH_RE.finditer(tpl, mm.end(), limit.start() if limit else len(tpl)):
                if along.group(0)[:1].lower() == "w" and tpl[:along.start()].rstrip().endswith(",") \
                        and not _AGE_COMMA_END_RE.search(tpl, 0, along.start()):
                    continue  # ", with X waiting at the border": an aside, not a co-release
                # (up to four words before the name: "the Malian opposition leader X")
                objs = _objects_after(tpl, spans, mentions, groups, along.end(), 4)
                if objs and _ING_AFTER_RE.match(tpl, spans[objs[-1]][1]):
                    continue  # "with her husband X looking on"
                add(objs, status, scope)
                # "... together with X and two Italians": "the two Italians" are named later
                note_group(tpl[along.end():limit.start() if limit else len(tpl)], status, scope)

    # 2. other subject predicates: "X is free again", "X returned home", "X was included in the release"
    for mm in _scan(_SUBJ_RELEASE_RE, _W_SUBJ_RELEASE, tpl, wset):
        if wset.isdisjoint(_W_CAPTIVITY) and _REPORTED_SAFE_RE.search(mm.group(0)):
            continue  # "The ambassador is reported safe": no captive's sentence
        if _TO_PLACE_RE.search(mm.group(0)) and wset.isdisjoint(_W_CAPTIVITY) and not (
                ("first" in wset or "last" in wset) and mm.group(0).endswith("cross")) and not (
                swap_story and _SENT_BACK_END_RE.search(tpl, max(0, mm.start() - 12), mm.start())):
            # "X returned to Moscow" frees nobody unless the sentence is about captivity, or X "was returned to
            # Russia" in a story of releases
            continue
        if _ESCORT_AFTER_RE.match(tpl, mm.end()):
            continue  # "X stepped off the jet leading 22 Americans": X brought the freed home
        if "@extradition" in group_status and _MOVED_FROM_JAIL_RE.match(mm.group(0)):
            continue  # "The three were taken from prison in Pau and flown to Madrid" to face trial there
        if "before" in tpl and _LEFT_BEFORE_HELD_RE.match(tpl, mm.end()) \
                and not _OUT_OF_CUSTODY_RE.search(mm.group(0)):
            continue  # "X flew home on Monday, before the judge ordered passports seized": gone before any custody
        pre = tpl[max(0, mm.start() - 40):mm.start()]
        # ("confirmed to be unharmed" states a fact: its "to be" is no plan)
        before = _cut(tpl, mm.start() - 25, mm.start())
        fronted = _FRONTED_END_RE.search(before)
        if fronted:  # "Of the 13 prisoners it had agreed to release, eight walked out": the fronted phrase's plan
            before = before[fronted.end():]
        mod = modality(before + _TO_BE_SAFE_RE.sub(" ", mm.group(0)))
        clause_end = _segment_after(tpl, mm.end())
        scope = _scope_here(mm.start(), clause_end, mm.end() - mm.start())
        status = mod or "released"
        if status == "released":  # "X left prison on bail", "X walked out on furlough"
            status = _temporary(tpl, mm.start(), mm.end()) or status
        chain = _AUX_CHAIN_RE.search(tpl[:mm.start()])  # "X was later reunited with ..."
        head = chain.start() if chain else mm.start()
        if status == "released" and _CONDITION_SUBJECT_RE.search(tpl, max(0, head - 40), head):
            status = "soft_held"  # "would not rest until A and B were free": a condition, not a release
        prior = last_release(head)
        if prior and status == "released" and _AND_PREDICATE_END_RE.search(tpl, 0, head):
            scope = prior[2]  # "was released in June and has since returned to Davao": one occasion
        who = _COMMA_WHO_END_RE.search(tpl, 0, head) or _COMMA_WHO_AND_END_RE.search(tpl, max(0, head - 100), head)
        if who:
            subj = _immediate_group_before(tpl, spans, mentions, groups, who.start())
            bare = _BARE_APPOS_WHO_RE.search(tpl, 0, head) if not subj else None
            if bare and not mentions[int(bare.group(1))].possessive:
                subj = [int(bare.group(1))]
        else:
            subj = _subject_before(tpl, spans, mentions, groups, head)
            if not subj and _PLURAL_AUX_RE.match(tpl, head):
                # "The consul, X, and four members of his staff, held since August, were reported safe"
                subj = _mixed_list_subject(tpl, spans, mentions, groups, head)
        if not subj and mm.group(0)[:7].lower() in ("a free ", "an free"):
            # "X walked across the line on Friday, a free man": the predicative is said of the clause's subject
            subj = _sentence_subject(tpl, _masked(tpl), spans, mentions, groups)
        # "X is free", "X was found alive": the subject's own state, even when another mention gives an office
        direct = set(subj) if _OWN_STATE_RE.search(mm.group(0)) else set()
        family = bool(_FAMILY_CUE_RE.match(mm.group(0)))
        if not subj and status == "released":  # "Three generations came out together: A, B and C"
            subj = _colon_list(tpl, spans, mentions, groups, clause_end)
        if not subj and not family and status == "released":
            # "acquitted A and B of plotting a coup, and the two men walked out of prison": the pair just named
            subj = _plural_named_before(tpl, spans, mentions, groups, head)
            direct = set(subj) or direct
        if not subj and not family:
            subj = pronoun_target(head, status, scope)
        if not subj and not family and status == "released" and not _MARKER_RE.search(tpl, 0, head) \
                and _PLURAL_SUBJECT_RE.match(tpl[:head]):
            carried.append(f"plural:{status}|{scope}|{_plural_count(tpl[:head])}")  # "They walked out at noon."
        # (an official's trip home is no release: "President X returned home after his visit to Y", unless the
        # sentence tells a captivity: "Governor X, held by rebels for a month, flew home")
        homecoming = status == "released" and _HOMECOMING_CUE_RE.match(mm.group(0))
        trip = homecoming and not _CAPTIVITY_WORD_RE.search(tpl)
        if homecoming and subj and _WHILE_BEFORE_RE.search(tpl, max(0, spans[subj[0]][0] - 40), spans[subj[0]][0]):
            continue  # "the army seized power while X was on his way home from Washington": the time of another act
        add(subj, status, scope, family=family,
            override=own_release(subj, head, direct) if status == "released" and not family and not trip else False)
        governing.append((mm.start(), status, scope))
        if not subj and status == "released" and not family:
            # "The 279 students, who were abducted last Friday, have regained freedom": the group subject
            # (its aside blanked) is the freed group a later "One of the students, X, said" belongs to
            masked = _masked(tpl[:head])
            lead = _GROUP_SUBJECT_RE.match(masked, _clause_start_punct(masked, head))
            if lead:
                note_group(lead.group(0), status, scope)

    # 2a. a participial aside on the sentence's subject: "X left the hospital on Sunday, becoming one of 930
    # inmates granted parole this month"
    for mm in (_BECOMING_ONE_RE.finditer(tpl) if spans and "one" in wset else ()):
        if not mm.group(1):
            # a bare ", one of eight prisoners freed ..." at a clause's end: only for a sentence that opens on
            # its subject ("X was back home yesterday, one of ...") and reports no speech
            lead = _SENTENCE_SUBJECT_RE.match(tpl)
            if not lead or _SPEECH_WORD_RE.search(tpl, 0, mm.start()) or _MARKER_RE.search(tpl, lead.end(), mm.start()) \
                    or _GROUP_END_RE.search(tpl, 0, mm.start()):  # "X, one of ...": the appositive rule's
                continue
        subj = _sentence_subject(tpl, _masked(tpl[:mm.start()]), spans, mentions, groups)
        subj = [i for i in subj if spans[i][1] <= mm.start()]
        if subj:
            scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
            add(subj, "released", scope)
            governing.append((mm.start(), "released", scope))

    # 2a''. one of a freed group: "X, who was flown back to Oslo with other freed passengers", "X arrived along
    # with 40 other released hostages" (the clause's own subject; not "X greeted the families of other freed hostages")
    for mm in (_WITH_OTHER_FREED_RE.finditer(tpl) if spans and not wset.isdisjoint(_W_WITH_OTHER) else ()):
        who = _WHO_BEFORE_RE.search(tpl, 0, mm.start())
        if who:
            subj = _immediate_group_before(tpl, spans, mentions, groups, who.start())
        else:
            lead = _SENTENCE_SUBJECT_RE.match(tpl)
            if not lead or _SPEECH_WORD_RE.search(tpl, 0, mm.start()) or _MARKER_RE.search(tpl, lead.end(), mm.start()):
                continue
            subj = _sentence_subject(tpl, _masked(tpl[:mm.start()]), spans, mentions, groups)
        subj = [i for i in subj if spans[i][1] <= mm.start()]
        if subj:
            scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
            add(subj, "released", scope)

    # 2b. headline grammar drops the copula: "X and Y back in Canada after 1,020 days", "X home at last"
    for mm in (_HEADLINE_HOME_RE.finditer(tpl) if headline and spans and not wset.isdisjoint(_W_HEADLINE_HOME) else ()):
        if not _HEADLINE_SUBJECT_RE.match(tpl, 0, mm.start()):
            continue  # "X says she wants Y back home": Y is no headline subject
        subj = _subject_before(tpl, spans, mentions, groups, mm.start())
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        add(subj, "released", scope)
        governing.append((mm.start(), "released", scope))

    # 2b-i. a cleft on one of the freed: "The best known of the freed men is X", "The first to descend the gangway
    # was captain Y", "The first off the plane was Z"
    for mm in (_FIRST_OUT_CLEFT_RE.finditer(tpl) if spans and not wset.isdisjoint(_W_FIRST_OUT_CLEFT) else ()):
        if modality(_cut(tpl, mm.start() - 30, mm.start()) + mm.group(0)):
            continue  # "The first to be freed will be X": a plan
        objs = _objects_after(tpl, spans, mentions, groups, mm.end(), 4)
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        add(objs, "released", scope)

    # 2b-ii. the participle as the name's own descriptor: "said the freed X", "told the released X, 27"
    for mm in (_FREED_DESCRIPTOR_RE.finditer(tpl) if spans and not wset.isdisjoint(_W_FREED_DESCRIPTOR) else ()):
        i = int(mm.group(1))
        if not mentions[i].possessive:
            add([i], "released", _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start()))

    # 2b'. a verbless "X among those freed" (a headline's or a bullet's dropped copula)
    for mm in (_AMONG_FREED_VERBLESS_RE.finditer(tpl) if spans and "among" in wset else ()):
        if not _HEADLINE_SUBJECT_RE.match(tpl, 0, mm.start()):
            continue  # "X said Y was glad to be among those freed": the name is no verbless subject
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        add(_subject_before(tpl, spans, mentions, groups, mm.start()), "released", scope)

    # 3. appositive after a name list: "X and Y, two of the prisoners released", "X, who was freed"
    participles = [x.start() for x in participle_matches]
    for mm in (_COMMA_RE.finditer(tpl) if participles and spans else ()):
        if not any(mm.start() < x <= mm.start() + 160 for x in participles):
            continue
        tail = tpl[mm.start():]
        ap = _APPOS_RELEASE_RE.match(tail) or _APPOS_WHO_RELEASE_RE.match(tail)
        if not ap or _PARTIAL_PARDON_RE.match(tail, ap.end()):
            continue
        if _DETERMINER_END_RE.search(ap.group(0), 0, ap.start(1) if ap.lastindex else None) \
                and not _NP_APPOS_START_RE.match(ap.group(0)):
            continue  # "X, who greeted the freed men", "..., led by X, examined the freed hostages"
        if _ACTIVE_RELATIVE_END_RE.search(ap.group(0), 0, ap.start(1)):
            continue  # "X, the woman who freed Y": X did the freeing
        if _OBJECT_PRONOUN_END_RE.search(ap.group(0), 0, ap.start(1)):
            continue  # "The governor, X, ordered him released": X's own verb, its object freed
        if _KIN_OF_RE.search(ap.group(0), 0, ap.start(1)):
            continue  # "X, a mother of one of the freed pupils": kin of a captive, not one
        if _NAME_OBJECT_AFTER_RE.match(tail, ap.end()) and not _WORDS_RE.search(ap.group(0), 0, ap.start(1)):
            continue  # "The gang led by X, a veteran commander, freed Y": the main verb and its object
        if _INVERTED_LIST_AFTER_RE.match(tail, ap.end()):
            continue  # "According to X, among those handed over by Y are 31 ...": an inverted list, not an aside
        subj = _immediate_group_before(tpl, spans, mentions, groups, mm.start())
        if not subj or _ACCORDING_BEFORE_RE.search(tpl, max(0, spans[subj[0]][0] - 60), spans[subj[0]][0]):
            continue  # "According to X, Syria released 150 women": the source, and a main verb
        if len(subj) == 1 and _PREP_OBJECT_END_RE.search(tpl, max(0, spans[subj[0]][0] - 30), spans[subj[0]][0]) \
                and tpl[:spans[subj[0]][0]].rstrip().endswith((" in", " at", " from", " near")):
            continue  # "The prisoners of the jail, in X, released the last 140 hostages": a place in an aside
        if _RELATIVE_ASIDE_HEAD_RE.search(tpl, max(0, spans[subj[0]][0] - 120), spans[subj[0]][0]):
            continue  # "the gunmen, whose leader gave his name as X, were flown home": the verb is the gunmen's
        mod = modality(ap.group(0))
        if mod is None:
            mod = _temporary(tpl, mm.start(), mm.start() + ap.end())
        clause_end = _segment_after(tpl, mm.start() + ap.end())
        scope = _scope_here(mm.start(), clause_end, ap.end())
        host = last_release(mm.start())
        if scope == "this_event" and host and host[2] == "other_event" \
                and _LIST_OPEN_RE.search(tpl, host[0], mm.start()):
            scope = "other_event"  # "Two were freed last month: X, released after five years, and Y": the list's date
        # "X, a leftist congressman who was among those let go": the aside that makes X an official frees him
        add(subj, mod or "released", scope, override=bool(_OFFICIAL_TITLE_RE.search(ap.group(0))))

    # 3-i. the adjective in place of the participle: "X, free after four years of detention, will travel to Y",
    # "X, 54, now free, said ..." (not "free to travel", which may be a promise)
    for mm in (_APPOS_FREE_RE.finditer(tpl) if spans and "free" in wset else ()):
        subj = _immediate_group_before(tpl, spans, mentions, groups, mm.start())
        if subj:  # the aside dates the release: "X, free since 2019, runs a charity" is an earlier one
            close = _ASIDE_CLOSE_AT_RE.search(tpl, mm.end())  # the aside runs to its comma ("since" opens no new clause)
            aside = tpl[mm.start():close.start() if close else len(tpl)]
            scope = _scope(aside, mm.end() - mm.start(), when)
            year = _YEAR_RE.search(aside)
            if year and (_is_earlier(None, year.group(0), when) or (
                    when.published_month is not None and int(year.group(0)) < when.published_month // 12)):
                scope = "other_event"  # "free since 2019", "free since his release in March 2019"
            add(subj, "released", scope)

    # 4. active release with named objects: "Belarus released X, Y and Z", "freed X"
    for mm in _scan(_REL_ACTIVE_RE, _W_REL_ACTIVE, tpl, wset):
        before = tpl[max(0, mm.start() - 60):mm.start()]
        after = tpl[mm.end():]
        if _BY_AFTER_RE.match(after) or _NOT_RELEASE_AFTER_RE.match(after) or _HEADLINE_NEXT_CLAUSE_RE.match(after):
            continue
        word = mm.group(0).lower()
        passive = _PASSIVE_END_RE.search(before)
        postposed = passive and _POSTPOSED_SUBJECT_RE.match(after)
        if passive and not word.endswith("ing") and not postposed:
            continue  # "was freed" is the passive's; "it was releasing 5,774 prisoners" is active
        if word in ("free", "release") and not _VERBAL_END_RE.search(before):
            continue  # the noun "release" and the adjective "free" have cues of their own
        if not wset.isdisjoint(_W_MEDIA) and _MEDIA_OBJECT_RE.match(after):
            continue
        if word.endswith("ed") and not tpl[:mm.start()].strip(" \"“‘'(["):
            continue  # "Freed hostage X hugged her father, Y": an adjective (the subject cue reads it)
        if _ADJECTIVE_CONTEXT_RE.search(before) and word.endswith("ed"):
            # "the two freed men thanked X": a participle before its noun names no object, but a
            # list after the noun is of freed people ("the released prisoners, including X")
            governing.append((mm.start(), "released", _scope_here(mm.start(), len(tpl), mm.end() - mm.start())))
            continue
        intro = _INTRO_RE.match(after)
        start = mm.end() + (intro.end() if intro else 0)
        recipient = _RECIPIENT_FIRST_RE.match(tpl, start) if "to" in wset else None
        if recipient:  # "handed over to a humanitarian commission General X": the object after its recipient
            start = recipient.end()
        mod = modality(_cut(tpl, mm.start() - 30, mm.start()))
        if mod == "held" and _WOULD_NOT_END_RE.search(before) and _UNLESS_RE.search(tpl, mm.end(), _sentence_clause_end(tpl, mm.end())):
            mod = "soft_held"  # "said he would not release X unless the minister came in person": a condition, later met
        if mod is None and _TO_END_RE.search(before):
            mod = "soft_held"  # "US to free X", "a deal to release Y": announced, not done
        clause_end = _segment_after(tpl, start)
        status = mod or "released"
        if postposed and _POSTPOSED_NEG_RE.search(before):
            status = "held"  # "Neither were released the artist A nor the rapper B"
        if word.startswith("return") and _BACK_TO_PRISON_RE.search(tpl, mm.end(), _sentence_clause_end(tpl, mm.end())):
            status = "held"
        elif status == "released":
            status = _temporary(tpl, mm.start(), mm.end()) or status
        scope = _scope_here(mm.start(), clause_end, mm.end() - mm.start())
        if _HAD_END_RE.search(before) and _EARLIER_ADV_RE.search(before[-25:]):
            scope = "other_event"
        if _WHICH_END_RE.search(before) and any(g[2] == "other_event" and g[1] == "released" for g in governing):
            scope = "other_event"  # "X was freed in March 2020 in an exchange with France, which released Y": one occasion
        objs = _objects_after(tpl, spans, mentions, groups, start)
        if not objs:  # "... and released him on Tuesday"
            objs = pronoun_target(start, status, scope, subject=False)
        # "the rebels freed General X": the verb's own object is a captive, whatever office they hold
        add(objs, status, scope, override=own_release(_direct_objects(tpl, spans, objs, start), len(tpl))
            if status == "released" else False)
        governing.append((mm.start(), status, scope))
        if status in ("released", "held"):
            # the whole object ("handed over to the American side four men who ...") names the group
            note_group(tpl[start:max(clause_end, _sentence_clause_end(tpl, start))], status, scope)

    # 4b. inverted order: "Released in return were X and Y", "Also freed this week were X"
    inv = _INVERTED_RELEASE_RE.match(tpl) if not wset.isdisjoint(_W_INVERTED) else None
    if inv is None and spans and first_word in _W_PSEUDO_CLEFT and not wset.isdisjoint(_W_INVERTED):
        inv = _PSEUDO_CLEFT_RE.match(tpl)
    if inv is None and spans and not wset.isdisjoint(_W_INVERTED) and ("was" in wset or "were" in wset):
        inv = _FRONTED_PASSIVE_RE.match(tpl)
    exit_ = _FRONTED_EXIT_RE.match(tpl) if inv is None and spans and not wset.isdisjoint(_W_FRONTED_EXIT) else None
    if exit_ and _SUBJECT_IN_FRONT_RE.search(exit_.group(0)):
        exit_ = None  # "At six we heard that the buses had left X": the verb has a subject of its own
    if exit_ and (swap_story or (prev_status or "").startswith("released") or _JAIL_WORD_RE.search(exit_.group(0))):
        # "From the military prison came A and B": the prison itself says what the exit is
        scope = _scope_here(0, _segment_after(tpl, exit_.end()), exit_.end())
        add(_listed_after(tpl, spans, mentions, groups, exit_.end(), 8), "released", scope)
    if inv:
        status = "released"
        if inv.group(1).lower().startswith("return") and _BACK_TO_PRISON_RE.search(inv.group(0)):
            status = "held"  # "Also returned to the colony was X"
        scope = _scope_here(0, _segment_after(tpl, inv.end()), inv.end()) if status == "released" else "this_event"
        if scope == "this_event" and status == "released" and _back_to_earlier_release(tpl, inv.end(), first_word,
                                                                                      prev_status):
            scope = "other_event"
        objs = _listed_after(tpl, spans, mentions, groups, inv.end(), 6)
        # "Those released included ... the deputy prime minister, Dr X": listed among the freed, the office
        # describes a releasee
        add(objs, status, scope, override=set(objs) if status == "released" else False)
        governing.append((inv.start(1), status, scope))
    inv = _INVERTED_HELD_RE.match(tpl) if not wset.isdisjoint(_W_INVERTED_HELD) else None
    if inv:  # "Also in custody is X", "Still held incommunicado are X and Y"
        add(_listed_after(tpl, spans, mentions, groups, inv.end(), 6), "held", "this_event")
        governing.append((0, "held", "this_event"))
    inv = _ABOARD_RE.match(tpl) if not wset.isdisjoint(_W_SUBJ_RELEASE) else None
    if inv and inv.group("among") and not (prev_status or "").startswith("released"):
        inv = None  # "Among those on the hijacked plane were X": aboard, but freed only in a story of releases
    if inv:  # "Also on the plane were X's mother, Y, and ..." -- travellers, relatives among them
        scope = _scope_here(0, len(tpl), inv.end())
        add(_objects_after(tpl, spans, mentions, groups, inv.end(), 6), "released", scope, family=True)
    # 4b'. a translation's verb-second passive: "As the ministry confirmed, were A (51) and B (44) near the
    # border handed over to the envoy": the names between the auxiliary and its participle are its subject
    for mm in (_scan(_V2_PASSIVE_RE, _W_V2_PASSIVE, tpl, wset) if "were ⟦" in tpl or "was ⟦" in tpl else ()):
        subj = [i for i in _group_of(groups, int(mm.group(1))) if spans[i][0] < mm.start("verb")]
        if modality(_cut(tpl, mm.start() - 30, mm.start())) or _NEGATION_RE.search(tpl, mm.start(), mm.start("verb")):
            continue
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        add(subj, "released", scope)
        governing.append((mm.start(), "released", scope))
    # 4c. clemency: "Washington granted clemency to five Iranians", "Biden granted them clemency"
    for mm in _scan(_CLEMENCY_RE, _W_CLEMENCY, tpl, wset):
        if _IRREALIS_RE.search(_cut(tpl, mm.start() - 30, mm.start())) or _NEGATION_RE.search(
                _cut(tpl, mm.start() - 30, mm.start())):
            continue
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        if mm.group(1):
            add([int(mm.group(1))], "released", scope)
        else:
            add(_objects_after(tpl, spans, mentions, groups, mm.end(), 6), "released", scope)
            note_group(tpl[mm.end():_segment_after(tpl, mm.end())], "released", scope)
        governing.append((mm.start(), "released", scope))
    if first_word == "the" and not governing and _FREED_GROUP_RE.match(tpl):
        governing.append((0, "released", _scope_here(0, len(tpl), 0)))
    # 4c'. "One of the freed students, X, told ...", "Another returnee, Y, said": the aside names one of the freed
    lead = _FREED_ONE_RE.match(tpl) if spans and first_word in _W_FREED_ONE else None
    if lead is None and spans and "of" in wset and not wset.isdisjoint(_W_SPEECH):
        # "Our correspondent says one of the returned soldiers, X, 22, was met by his father, Y"
        said = _SAID_ONE_RE.search(tpl)
        lead = _FREED_ONE_RE.match(tpl, said.end()) if said else None
    if lead and not _IRREALIS_RE.search(lead.group(0)):
        scope = _scope_here(lead.start(), lead.end(), lead.end() - lead.start())
        objs = _objects_after(tpl, spans, mentions, groups, lead.end(), 3, keep_speakers=True, colon=False)
        objs = [i for i in objs if i in _group_of(groups, objs[0])]
        if not predicate_denies(tpl, objs):
            add(objs, "released", scope)
    # 4c''. "One of them, Lt Col X, was described as ...", "One of the students, X, 13, told ...", "Another
    # student, X, 16, said ...": one of a group an earlier cue freed ("them": the last group spoken of)
    lead = _ONE_OF_GROUP_RE.match(tpl) if spans and _opens_one_of_group(first_word, tpl) in _W_ONE_OF_GROUP else None
    if lead:
        noun = lead.group("noun") or lead.group("noun2")
        key = _plural_of(noun.lower()) if noun else group_status.get("@them")
        state = group_status.get(key or "", "") if key not in _NOT_FREED_GROUPS else ""
        if not state and key in _W_FREED_BY_NAME and (swap_story or not wset.isdisjoint(_W_SWAP_STORY)):
            state = "released|" + _scope_here(0, lead.end(), lead.end())
        if state.startswith("released|"):
            objs = _objects_after(tpl, spans, mentions, groups, lead.end(), 3, keep_speakers=True, colon=False)
            if objs:
                # "One of them, district official X, wept": one of the freed, whatever office they hold
                objs = [i for i in objs if i in _group_of(groups, objs[0])]
                if not predicate_denies(tpl, objs):
                    add(objs, "released", state.split("|")[1], override=set(objs))
    # 4d'. "A remain in prison. So does the activist X, sentenced in 2018.": the same predicate, elided
    so = _SO_DOES_RE.match(tpl) if prev_status and first_word == "so" and not governing else None
    if so:
        status, scope = prev_status.split("|")
        add(_objects_after(tpl, spans, mentions, groups, so.end(), 3), status, scope)
        governing.append((0, status, scope))
    # 4d''. "One of the freed prisoners was X. Another was Y, ...": one more member of the same group
    another = _ANOTHER_WAS_RE.match(tpl) if prev_status and first_word in _W_ANOTHER and not governing else None
    if another:
        status, scope = prev_status.split("|")
        add(_objects_after(tpl, spans, mentions, groups, another.end(), 3), status, scope)
        governing.append((0, status, scope))
    # 4d. "the spokesman named them as X, Y and Z": the previous sentence's group
    for mm in _scan(_NAMED_THEM_RE, _W_NAMED_THEM, tpl, wset):
        if prev_status and not governing:
            status, scope = prev_status.split("|")
            add(_objects_after(tpl, spans, mentions, groups, mm.end(), 3), status, scope)

    # 5. nominal release: "the release of X", "X's release", "after their release"
    def nominal_status(start: int, end: int) -> str:
        pre = tpl[max(0, start - 60):start]
        if (_LED_TO_END_RE.search(pre) or _RESPONSE_TO_END_RE.search(pre)) \
                and not _NEGATION_RE.search(_cut(tpl, start - 30, start)):
            return "released"  # "the trip led to the release of X", "responded to X's release" report a release
        if _UNTIL_END_RE.search(pre) and _PRESENT_PASSIVE_RE.match(tpl, end):
            return "soft_held"  # "will not allow them north until the release of X is arranged": not yet
        if _NOMINAL_IRREALIS_RE.search(pre) or _NOMINAL_AFTER_IRREALIS_RE.match(tpl, end) \
                or _NEGATION_RE.search(_cut(tpl, start - 30, start)) \
                or (":" in tpl[:start] and DEMAND_LIST_RE.search(tpl, 0, start)):
            return "soft_held"  # "called for the release of X", "X's release was demanded"
        return "released"

    for mm in _scan(_NOMINAL_OF_RE, _W_NOMINAL, tpl, wset):
        status = nominal_status(mm.start(), _segment_after(tpl, mm.end()))
        end = _segment_after(tpl, mm.end())
        # (a day between the noun and its "of" is the cue's tail: "the release on 12 March of X")
        day = _NOMINAL_DAY_IN_RE.match(tpl, mm.start())
        scope = _scope_here(mm.start(), end, day.end() - mm.start() if day else mm.end() - mm.start())
        if _SINCE_NOMINAL_RE.search(tpl, max(0, mm.start() - 120), mm.start()):
            scope = "other_event"  # "the first such rescue since the release of X": the one before this
        objs = _of_items(tpl, spans, _objects_after(tpl, spans, mentions, groups, mm.end(), 3))
        # (the release's own object is freed whatever office an aside gives it: "the release of X, the
        # President of the Pan Africanist Congress")
        add(objs, status, scope, override={objs[0]} if status == "released" and objs and _NOMINAL_OBJECT_GAP_RE.fullmatch(
            tpl, mm.end(), spans[objs[0]][0]) else False)
        if status == "released":
            governing.append((mm.start(), status, scope))
            grp = _NOMINAL_GROUP_RE.match(tpl, mm.end())
            if grp:  # "the release of the abducted students": a later "One of the students, X" is one of them
                note_group(grp.group(0), status, scope)
    # 5'. nominal custody that goes on: "condemns the continued detention of X", "ruled for the continuation of
    # the arrest of X, of Y and of Z" (demanded or condemned, it says they are held now)
    # (a state in the background, weaker than "remains in custody": a release the story tells outranks it -- "the
    # court ruled that the further detention of X violates human dignity", then X walked out)
    for mm in _scan(_CONTINUED_CUSTODY_OF_RE, _W_CONTINUED_CUSTODY, tpl, wset):
        add(_of_items(tpl, spans, _objects_after(tpl, spans, mentions, groups, mm.end(), 3)), "soft_held", "this_event")
    for mm in _scan(_POSSESSIVE_NOMINAL_RE, _W_NOMINAL, tpl, wset):
        i = int(mm.group(1))
        if mentions[i].role in ("official", "credit"):
            continue
        status = nominal_status(mm.start(), mm.end())
        if _REQUEST_FOR_RE.search(mm.group(0)):
            status = "soft_held"  # "A judge rejected X's request for release": asked for, not granted
        if _FREEDOM_RE.search(mm.group(0)) and status == "released":
            continue  # "X's freedom" is rarely a report of a release on its own
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        add([i] + [j for j in range(len(mentions)) if mentions[j].alias_of == i], status, scope)
    for mm in _scan(_SUBJECT_CUE_RE, _W_SUBJECT_CUE, tpl, wset):
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        if mm.group(0).strip().lower().startswith(("after", "since", "upon", "following", "before", "on")):
            prior = last_release(mm.start())
            if prior:
                scope = prior[2]  # "was pardoned last month and flew to Germany hours after his release"
            subject = _sentence_subject(tpl, _masked(tpl) if spans else tpl, spans, mentions, groups)
            others = [int(x) for x in _MARKER_RE.findall(tpl[:mm.start()])
                      if int(x) not in subject and mentions[int(x)].alias_of is None]
            owner = _CUE_POSSESSIVE_RE.search(mm.group(0))
            opener = _RELATIVE_OPENER_RE.match(tpl)
            if owner and opener and opener.group(1).lower() == owner.group(0).lower():
                pass  # "Her husband, X, in a message recorded before her release, ...": her release, not his
            elif owner and _kin_owns_cue(tpl[:mm.start()], owner.group(0).lower()):
                pass  # "X hugs her son after his release": the son's release, not X's
            elif not any(mentions[o].role not in ("official", "credit", "relative") for o in others):
                subject = [i for i in subject if spans[i][1] <= mm.start()]
                # "X, the Bengali leader, arrived after being released": a passive gerund can only mean the subject,
                # whatever office an aside gives them ("after their release" may be the people they welcomed)
                being = _BEING_FREED_RE.search(mm.group(0))
                add(subject, "released", scope, override=own_release(subject, mm.start()) if being else False)
        else:  # "Freed British-Iranian X told the BBC ..." -- the freed one may well be the speaker
            first = _MARKER_RE.search(tpl, mm.end())
            if first and mentions[int(first.group(1))].possessive and len(
                    _WORDS_RE.findall(tpl, mm.end(), first.start())) <= 4:
                # "Freed hostage X's father, Y, said": X is the freed one, Y is not
                add([int(first.group(1))], "released", scope)
            else:
                objs = _objects_after(tpl, spans, mentions, groups, mm.end(), 4, keep_speakers=True)
                # only the noun phrase the adjective opens: "Freed hostage X hugged her father, Y"
                add([i for i in objs if objs and i in _group_of(groups, objs[0])], "released", scope)
        governing.append((mm.start(), "released", scope))

    for mm in _scan(_PRENOMINAL_FREED_RE, _W_PRENOMINAL_FREED, tpl, wset):
        # "the mother of freed hostage X", "met the freed American X": the participle before the noun
        i = int(mm.group("i"))
        words = mm.group("np").split()
        if mentions[i].role is not None or not _prenominal_np(words):
            continue
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        plural = _singular(words[-1]) != words[-1].lower()
        # "The freed aid workers A (left) and B": a plural head frees every name it lists
        add([j for j in _group_of(groups, i) if mentions[j].role is None] if plural else [i], "released", scope)

    for mm in _scan(_EVENT_INCLUDED_RE, _W_EVENT_INCLUDED, tpl, wset):
        if _IRREALIS_RE.search(_cut(tpl, mm.start() - 40, mm.start())):
            continue
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        objs = _objects_after(tpl, spans, mentions, groups, mm.end())
        add(_direct_objects(tpl, spans, objs, mm.end()), "released", scope)
        governing.append((mm.start(), "released", scope))

    # 6. held predicates: "X remains in custody", "X is still held", "X, who remains jailed"
    held_scans = [(_SUBJ_HELD_RE, _W_SUBJ_HELD, "held"), (_REFUSED_RE, _W_REFUSED, "soft_held"),
                  (_SINCE_HELD_RE, _W_SINCE_HELD, "soft_held"), (_ABDUCTED_RE, _W_ABDUCTED, "soft_held")]
    if "still" in wset and not wset.isdisjoint(_W_SENTENCED):
        held_scans.append((_STILL_IN_NAMED_RE, _W_STILL, "held"))
    for rx, words, base_status in held_scans:
        for mm in _scan(rx, words, tpl, wset):
            if mm.group(0)[:8].lower() == "remained" and _UNTIL_RE.match(tpl, mm.end()):
                continue  # "remained in prison until 2019": a past stretch, not the present
            if rx is _ABDUCTED_RE and (not wset.isdisjoint(_W_DEATH) or _scope_here(
                    mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start()) == "other_event"):
                continue  # a kidnapping on another occasion, or one that ended in death, says nothing of now
            status = base_status
            if mm.group(0)[:4].lower() == "only":
                # "X was released in October, only to be seized again in January": the latest state, whatever its date
                subj = _sentence_subject(tpl, _masked(tpl), spans, mentions, groups)
                add(subj, "held", "this_event")
                continue
            if status == "held" and (not _PRESENT_STATE_RE.match(mm.group(0)) or _DATE_LABEL_RE.match(tpl)) and _scope_here(
                    mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start()) == "other_event":
                # "In July, X was moved to house arrest", a timeline's "June 1992 - X and Y are detained": a past step,
                # a later release wins
                status = "soft_held"
            elif status == "held" and ("ago" in wset or "until" in wset) and _PAST_FRAME_RE.search(tpl) \
                    and _WAS_WERE_RE.search(tpl, max(0, mm.start() - 30), mm.end()):
                status = "soft_held"  # "A week ago X and Y were still prisoners": held then, freed since
            if status == "held" and _AND_FREED_AFTER_RE.match(tpl, mm.end()):
                status = "soft_held"  # "who is serving a term for theft and was granted parole": the later state wins
            pre = tpl[max(0, mm.start() - 14):mm.start()]
            if _WHO_END_RE.search(pre):
                # "X, who remains jailed"; "X, the Pakistani neuroscientist who is serving an 86-year sentence"
                comma = _COMMA_WHO_END_RE.search(tpl, 0, mm.start()) or _COMMA_NP_WHO_END_RE.search(
                    tpl, max(0, mm.start() - 90), mm.start())
                subj = _immediate_group_before(tpl, spans, mentions, groups, comma.start()) if comma else []
            else:
                lead = _HELD_LEAD_RE.search(tpl, 0, mm.start())  # "X is also believed to remain ..."
                head = lead.start() if lead else mm.start()
                subj = _subject_before(tpl, spans, mentions, groups, head)
                if not subj and status == "held" and _AND_PREDICATE_END_RE.search(tpl, max(0, head - 20), head) \
                        and not _SPEECH_WORD_RE.search(tpl, 0, head):
                    # "X was sentenced to seven years and remains in prison": the second predicate's subject
                    # is the sentence's
                    subj = _sentence_subject(tpl, _masked(tpl), spans, mentions, groups)
                if _DISTRIBUTIVE_END_RE.search(tpl, 0, head) or _DISTRIBUTIVE_RE.search(tpl, head, mm.start()):
                    # "A, who ..., B, 77, and C, who ..., all remain in prison": every item of the list
                    subj = subj + [i for i in _list_items(tpl, spans, mentions, groups,
                                                          _clause_start_punct(tpl, head), head) if i not in subj]
                if len(subj) < 2 and _PLURAL_VERB_RE.match(mm.group(0)):
                    # "X, the editor ..., who ..., and Y, a reporter ..., remain in prison": both conjuncts
                    subj = subj + [i for i in _coordinated_subjects(tpl, spans, mentions, groups, mm.start())
                                   if i not in subj]
            if not subj and (pm := _PRONOUN_SUBJECT_RE.search(tpl, 0, mm.start())
                             or _PRONOUN_COORD_SUBJECT_RE.match(tpl, 0, mm.start())):
                # "..., but she will remain in detention", "He was later returned to the colony";
                # "He refused, and was arrested again": a second predicate of the pronoun
                ante = _antecedent_before(tpl, spans, mentions, pm.start())
                if ante is not None:
                    subj = [ante]
                elif antecedent is not None:
                    carried.append(status)
            if not subj and not _MARKER_RE.search(tpl, 0, mm.start()) and _PLURAL_SUBJECT_RE.match(tpl[:mm.start()]) \
                    and not _NAMED_HERE_RE.match(tpl, mm.end()):  # ("The four still held are A, B, C and D")
                carried.append(f"plural:{status}|this_event|{_plural_count(tpl[:mm.start()])}")  # "Both remain in jail."
            if not subj:  # "Two men are still held: A and B."
                subj = _colon_list(tpl, spans, mentions, groups, mm.end())
            if not subj:  # "two more nationals -- A, 30, and B, 36 -- were abducted Wednesday"
                subj = _dash_list_before(tpl, spans, mentions, groups, mm.start())
            add(subj, status, "this_event")
            governing.append((mm.start(), status, "this_event"))
            also = _AS_WELL_AS_AFTER_RE.match(tpl, mm.end()) if subj and status == "held" and "well" in wset else None
            if also:  # "X stayed in prison, as well as the former officer Y": Y shares the state
                add(_group_of(groups, int(also.group("i"))), status, "this_event")
            if status == "held":
                # the held clause's own subject ("Clemency for five prisoners is welcome, but dozens remain": not the five)
                held_from = _clause_start_punct(tpl, mm.start())
                for cj in _BUT_CLAUSE_RE.finditer(tpl, held_from, mm.start()):
                    held_from = cj.end()
                note_group(tpl[held_from:mm.start()], status, "this_event")
    # "the rebels still hold 700 hostages, among them X"; "The seven leaders who were not released were named by
    # the news agency as A, B and C" (a plural whose relative clause holds it, then the names of its members)
    for mm in [*_scan(_HELD_OBJECT_RE, _W_HELD_OBJECT, tpl, wset),
               *(_HELD_RELATIVE_LIST_RE.finditer(tpl) if spans and not wset.isdisjoint(_W_WHO_THAT) else ())]:
        add(_objects_after(tpl, spans, mentions, groups, mm.end(), 6), "held", "this_event")
        governing.append((mm.start(), "held", "this_event"))
    for mm in (_KEPT_RE.finditer(tpl) if spans and not wset.isdisjoint(_W_KEPT) else ()):
        # "freed X but kept his brother Y in custody", "the rebels keep A and B behind bars"
        objs = _objects_after(tpl, spans, mentions, groups, mm.end(), 3, colon=False)
        if objs and _KEPT_PLACE_RE.match(tpl, spans[objs[-1]][1]) \
                and not _NEGATION_RE.search(tpl, max(0, mm.start() - 20), mm.start()) \
                and not _HAD_BEFORE_RE.search(tpl, max(0, mm.start() - 20), mm.start()):
            # (not "the junta, which had kept X in detention since 1977, ...": a hold the story has ended)
            add(objs, "held", "this_event")
            governing.append((mm.start(), "held", "this_event"))
    for mm in _scan(_NOT_INCLUDED_RE, _W_NOT_INCLUDED, tpl, wset):  # "The deal did not include X"
        add(_objects_after(tpl, spans, mentions, groups, mm.end(), 3), "held", "this_event")
        governing.append((mm.start(), "held", "this_event"))
    # "X remains imprisoned, as do Y and Z"; "X was freed, as was Y"
    for mm in _scan(_AS_DOES_RE, _W_AS_DOES, tpl, wset):
        before = sorted(g for g in governing if g[0] < mm.start())
        if before:
            _, status, scope = before[-1]
            # (the conjunct may carry a longer descriptor: "as do the oil workers' union leaders, Chief A and B")
            add(_objects_after(tpl, spans, mentions, groups, mm.end(), 7), status, scope)

    # 6a'. "She was one of four activists pardoned by the king": the counted group the participle frees is
    # the one a later "The others are A, B and C" or "The three men were identified as ..." names
    for mm in (_ONE_OF_COUNTED_RE.finditer(tpl) if "one" in wset else ()):
        if modality(_cut(tpl, mm.start() - 40, mm.end() + 20)):
            continue
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        note_group(mm.group(0), "released", scope)
        rest = _OTHERS_ARE_RE.search(tpl, mm.end())
        if rest:  # "... pardoned by King X at the request of Prime Minister Hun Sen. The others are A, B and C"
            add(_objects_after(tpl, spans, mentions, groups, rest.end(), 3), "released", scope)

    # 6a'''. "the two freed pilots, A and B, stepping off a jet", "The freed American was named as X": the freed
    # group names its members right after its noun
    for mm in (_FREED_NP_NAMES_RE.finditer(tpl) if spans and not wset.isdisjoint(_W_FREED_ADJ) else ()):
        if modality(_cut(tpl, mm.start() - 30, mm.start())) \
                or _KIN_OF_END_RE.search(tpl, max(0, mm.start() - 40), mm.start()):
            continue
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        objs = _objects_after(tpl, spans, mentions, groups, mm.end(), 3, colon=False)
        if objs and not mm.group("one"):
            objs = objs + [i for i in _list_items(tpl, spans, mentions, groups, mm.end()) if i not in objs]
        elif objs:
            objs = objs[:1]  # one freed person: the first name
        if not predicate_denies(tpl, objs):
            add(objs, "released", scope, override=set(objs))

    # 6a''. "flanked by the freed students": a group the story calls freed (for "Another student, X, said")
    for mm in (_FREED_ADJ_GROUP_RE.finditer(tpl) if not wset.isdisjoint(_W_FREED_ADJ) else ()):
        noun = _group_word(mm.group(1), mentions)
        if noun and noun not in group_status and noun not in _NOT_FREED_GROUPS \
                and not modality(_cut(tpl, mm.start() - 30, mm.start())):
            group_status[noun] = "released|" + _scope_here(mm.start(), _segment_after(tpl, mm.end()),
                                                           mm.end() - mm.start())

    # 6b'. "The freed men were four Americans, an Argentine and a Chilean": the nouns name the freed group, so
    # "the Americans are A, B and C" later names its members
    freed_are = _FREED_ARE_RE.match(tpl) if first_word == "the" else None
    if freed_are:
        note_group(tpl[freed_are.end():], "released", _scope_here(0, len(tpl), freed_are.end()))
    # 6b. a list naming a group an earlier cue was about: "The six Americans were identified as A; B; C",
    # "The executives - A, B and C - were arrested in 2017"
    beside = _BESIDE_LEAD_RE.match(tpl) if spans and first_word in _W_BESIDE else None
    off = beside.end() if beside else 0
    head = tpl[off:] if off else tpl
    gm = _GROUP_NP_RE.match(head) if (first_word in _W_GROUP_DET or off) else None
    noun = _group_word(gm.group(1), mentions) if gm else None
    ident = None
    if noun and noun not in group_status and not _RELEASE_ADJ_RE.search(gm.group(0)):
        noun = None  # no cue was about "the five men": maybe one was about "five detainees" (below)
    dead = bool(gm and _DEAD_GROUP_RE.search(gm.group(0)))
    if dead:
        noun = None  # "The dead hostages were identified as A, B": victims, not the freed group
    if noun:  # "The freed men were named as ..." names its group by itself
        status, scope = group_status[noun].split("|") if noun in group_status else (
            "released", _scope_here(off, off + gm.end(), gm.end()))
        if _NEGATION_RE.search(gm.group(0)):
            status = "held"
        elif status == "released" and _STILL_HELD_RE.search(gm.group(0)):
            status = "held"  # "The two Americans still detained are A and B"
        ident = (off + gm.end(), status, scope)
    elif spans and (first_word in _W_GROUP_DET or off) and not dead:
        ident = _anaphor_ident(head, off, group_status, _scope_here)
    if ident:
        end, status, scope = ident
        # the lead blanked out: its comma would make ", the group includes X," look like an aside
        body = " " * off + tpl[off:] if off else tpl
        objs = _objects_after(body, spans, mentions, groups, end, 4)
        if status == "released":  # "... and former ambassador to the United States X": items behind descriptors
            objs = objs + [i for i in _described_items(body, spans, mentions, groups, end) if i not in objs]
        add(objs, status, scope)
        if beside:
            add([int(beside.group(1))], status, scope)  # "Besides X, the group includes ...": X is one of them
        governing.append((end, status, scope))

    # 6c. a counted group named in place: "carried X and the four guerrillas -- A, B, C and D -- across"
    if spans and ("--" in tpl or " – " in tpl or " — " in tpl or " - " in tpl or ":" in tpl):
        for mm in _INLINE_GROUP_RE.finditer(tpl):
            key = f"#{_number(mm.group(1))}"
            if any(g[0] == mm.end() for g in governing):
                continue
            close = _CLOSING_DASH_RE.search(tpl, mm.end())
            limit = close.start() if close else len(tpl)
            if key in group_status:
                status, scope = group_status[key].split("|")
            elif close and mm.group(0).rstrip()[-1:] != ":" and (swap_story or not wset.isdisjoint(_W_SWAP_STORY)) \
                    and _GROUP_CROSSED_RE.match(tpl, close.end() - 1) \
                    and not _ESCORT_GROUP_RE.search(mm.group(0)) \
                    and not modality(_cut(tpl, mm.start() - 30, mm.start()) + tpl[close.end():close.end() + 30]):
                # "The four agents -- A, B, C and D -- crossed the bridge eastward" in a swap story: the
                # group's own predicate frees it
                status = "released"
                scope = _scope_here(mm.start(), _segment_after(tpl, close.end()), close.end() - mm.start())
            else:
                continue
            objs = [i for i in _objects_after(tpl, spans, mentions, groups, mm.end(), 3, colon=False)
                    if spans[i][1] <= limit]
            # the list names the group's members: "Bulgarian trade official X" is a descriptor, not an office
            add(objs, status, scope, override=set(objs) if status == "released" else False)

    # 7. lists inherit the nearest governing cue: "..., among them X", "including Y"
    for mm in _scan(_LIST_MARKER_RE, _W_LIST_MARKER, tpl, wset):
        # "They were handed to ..., where the minister X was to meet them": a passive, no list (its status
        # still goes on to the next sentence)
        passive = mm.group(0)[:4].lower() == "they" and bool(_THEY_PASSIVE_AFTER_RE.match(tpl, mm.end()))
        if mm.group(0)[:5].lower() == "among" and _DEAD_GROUP_RE.search(mm.group(0)):
            # "Among the dead were three of the leaders: A; B; and C": killed, not freed (nor a captive since)
            for i in _colon_list(tpl, spans, mentions, groups, mm.end()) or _objects_after(
                    tpl, spans, mentions, groups, mm.end()):
                if mentions[i].role is None:
                    mentions[i].role = "victim"
            continue
        intro = _LIST_INTRO_RE.match(tpl, mm.end())
        start = intro.end() if intro else mm.end()
        tag = _PAREN_SPEECH_RE.match(tpl, start)
        if tag:  # "Among them, he said, was former Col. X": the speech tag sits between the marker and its list
            start = tag.end()
        own = [g for g in governing if mm.start() <= g[0] < start]  # "among those still jailed is X"
        earlier = sorted(g for g in governing if g[0] < mm.start())
        member = False  # the list is of the freed themselves: an office in it is a descriptor
        if own:
            _, status, scope = own[0]
            member = True
        elif intro and intro.group("verb") and not intro.group("remain") \
                and _INTRO_RELEASE_RE.match(intro.group("verb")):
            # "Among those handed to Russia was X": the intro's participle is the cue
            status, scope = "released", _scope_here(mm.start(), _segment_after(tpl, start), start - mm.start())
            member = True
        elif intro and intro.group("verb"):
            status, scope = "held", "this_event"  # "Among those who remain in detention are X"
        elif _FIRST_OUT_RE.match(mm.group(0)):
            # "Among the first through the gates was X", "Among the first to walk out were X and Y"
            status, scope = "released", _scope_here(mm.start(), _segment_after(tpl, start), start - mm.start())
            member = True
        elif earlier and (not _RELATIVE_RE.search(tpl, earlier[-1][0], mm.start())
                          or _RELATIVE_ON_GROUP_RE.search(tpl, earlier[-1][0], mm.start())) \
                and not _OTHER_GROUP_BEFORE_RE.search(tpl, max(0, mm.start() - 40), mm.start()):
            _, status, scope = earlier[-1]
            # "Those released yesterday included X": the freed themselves are the list's host
            host = mm.group(0)[:1].lower() == "i" and bool(_RELEASED_HOST_END_RE.search(tpl, 0, mm.start()))
            member = host or (earlier[-1][1] == "released"
                              and bool(_VERB_CAPTIVE_OBJECT_RE.match(tpl[earlier[-1][0]:mm.start()])))
            if host and scope == "this_event" and _back_to_earlier_release(tpl, mm.start(), first_word, prev_status):
                scope = "other_event"
        elif prev_status and not earlier and ((_AMONG_THEY_RE.match(mm.group(0))
                                               and _POINTS_BACK_RE.search(tpl[:mm.start()]))
                                              or _OTHERS_BEFORE_RE.match(tpl[:mm.start()])):
            # "Among them were X" / "... said that among them were X" points back; "including X" does not
            status, scope = prev_status.split("|")
            # "Among them were X": the previous sentence's freed group, so an office describes a member (not a
            # "They were driven to Y, where the minister X waited": that list is of whoever else was there)
            member = status == "released" and (mm.group(0)[:5].lower() == "among"
                                               or bool(_THEY_ARE_NP_RE.match(tpl, mm.end())))
        elif (host := _HOST_GROUP_END_RE.search(tpl, 0, mm.start())) is not None \
                and ((later := sorted(g for g in governing if g[0] > mm.start()
                                      and not _FAMILY_CUE_RE.match(tpl, g[0])))  # "stepped off" goes with them
                     or group_status.get(_group_word(host.group(1), mentions) or "", "").startswith("released|")) \
                and all(g[1] == "released" for g in later) \
                and not modality(tpl[mm.start():_segment_after(tpl, mm.end())]):
            # "Twelve hostages, among them Saudi Arabia's oil minister, X, and his counterpart, Y, walked off the
            # plane" (a group the story freed), "... were freed" (the group's own predicate): its members,
            # offices and all
            status, scope = later[0][1:] if later else \
                group_status[_group_word(host.group(1), mentions)].split("|")
            member = True
        elif _ASIDE_OPEN_RE.search(tpl, max(0, mm.start() - 12), mm.start()):
            # "The prisoners, who included X and Y, were freed": the aside's host is the subject of a later cue
            close = tpl.find(",", start)  # the aside is masked for _objects_after: read it directly
            objs = [int(x.group(1)) for x in _MARKER_RE.finditer(tpl, start, close if close > 0 else start)]
            objs = [i for i in objs if not _excluded(tpl, spans, mentions, i, start)
                    and _LIST_ITEM_GAP_RE.match(tpl[start if i == objs[0] else spans[objs[objs.index(i) - 1]][1]:
                                                    spans[i][0]])]
            tail = spans[objs[-1]][1] if objs else None
            later = [g for g in governing if tail is not None and g[0] > tail
                     and _ASIDE_CLOSE_RE.fullmatch(tpl, tail, g[0])]
            if not later:
                continue
            _, status, scope = later[0]
            add(objs, status, scope, override=set(objs) if status == "released" else False)
            continue
        else:
            continue
        if status == "released" and _NOT_BEFORE_RE.search(tpl, max(0, mm.start() - 12), mm.start()):
            status, scope, member = "held", "this_event", False  # "Not among those freed tonight was X"
        objs = [] if passive else _objects_after(tpl, spans, mentions, groups, start)
        tag = _SPEECH_TAG_RE.search(tpl, start)
        if tag:  # "Among them are 11 women, said the chairman of the commission X": the list ends at the speaker
            objs = [i for i in objs if spans[i][1] <= tag.start()]
        if status == "released" and scope == "this_event":
            # "among them X, a former politician freed in November 2015": the item's own aside dates its release
            dated = [i for i in objs if _own_release_scope(tpl, spans[i][1], when) == "other_event"]
            add(dated, status, "other_event")
            objs = [i for i in objs if i not in dated]
        if member and status == "released" and not passive:
            # "Among those freed were the economist A, a former adviser to Mr Biya, the businessman B and the
            # treasurer of the party, C": items the appositives hide from the list reading
            objs = objs + [i for i in _described_items(tpl, spans, mentions, groups, start) if i not in objs]
        add(objs, status, scope, override=set(objs) if member and status == "released" else False)
        if not own:
            governing.append((mm.start(), status, scope))  # the next sentence may go on about this group

    # 7b. deported or sent abroad, in a story already about releases: "X, who ..., was sent to Jordan"
    if not wset.isdisjoint(_W_DEPORTED):
        context = [g for g in governing if g[1] == "released"]
        for mm in _DEPORTED_RE.finditer(tpl):
            near = any(g[0] < mm.start() for g in context) or (prev_status or "").startswith("released")
            if not (near or swap_story):
                continue
            place = mm.group(2) or (mentions[int(mm.group(1))].text if mm.group(1) else "exile")
            if (place.lower() not in _PLACES and place != "exile") or _PLACE_INSTITUTION_RE.match(tpl, mm.end()):
                continue  # "sent to the Sheba Medical Center", "sent to Minsk prison"
            subj = _subject_before(tpl, spans, mentions, groups, mm.start())
            if subj and _WHOSE_HEAD_BEFORE_RE.search(tpl, max(0, spans[subj[0]][0] - 60), spans[subj[0]][0]):
                continue  # "..., whose king, the Kabaka X, was driven into exile": an aside about someone else
            scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
            if subj and near:
                add(subj, "released", scope)
            elif not subj and not _MARKER_RE.search(tpl, _clause_start_punct(tpl, mm.start()), mm.start()):
                # "Ten people arrested in the US ... were flown to Moscow" in a swap story: the group
                # "Among them ..." or "The ten ..." names next
                note_group(tpl[_clause_start_punct(tpl, mm.start()):mm.start()], "released", scope)
                governing.append((mm.start(), "released", scope))

    # 7b*. the active: "North Korea expelled X", "Moscow deported the detained American X" -- the state
    # that held them lets them go abroad (in a story about releases)
    for mm in (_EXPELLED_ACTIVE_RE.finditer(tpl) if spans and not wset.isdisjoint(_W_EXPELLED) else ()):
        if not (swap_story or any(g[1] == "released" for g in governing)
                or (prev_status or "").startswith("released")):
            continue
        if modality(_cut(tpl, mm.start() - 30, mm.start())):
            continue
        objs = _direct_objects(tpl, spans, _objects_after(tpl, spans, mentions, groups, mm.end()), mm.end())
        objs = [i for i in objs if mentions[i].role is None and not mentions[i].possessive]
        add(objs, "released", _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start()))

    # 7b'. "the hijackers let nine women and children leave the aircraft": the group is freed ("One of the
    # children, X, ..." / "X was one of the children" may follow)
    for mm in (_LET_GROUP_GO_RE.finditer(tpl) if "let" in wset or "lets" in wset else ()):
        scope = _scope_here(mm.start(), _segment_after(tpl, mm.end()), mm.end() - mm.start())
        if not modality(_cut(tpl, mm.start() - 30, mm.start())):
            note_group(mm.group(1), "released", scope)
            governing.append((mm.start(), "released", scope))
    # 7b''. "The two others, A and B, crossed with him": moving with the one the previous sentence freed
    for mm in (_MOVED_WITH_HIM_RE.finditer(tpl) if spans and prev_status and prev_status.startswith("released|")
               and not wset.isdisjoint(_W_WITH_HIM) else ()):
        if any(g[0] < mm.start() for g in governing) or modality(_cut(tpl, mm.start() - 30, mm.start())):
            continue
        subj = _subject_before(tpl, spans, mentions, groups, mm.start())
        add([i for i in subj if not mentions[i].possessive], "released", prev_status.split("|")[1])
    # 7c. "X and Y were among them" (the group the previous sentence freed); "..., while Z was not."
    for mm in _scan(_AMONG_THEM_PRED_RE, _W_AMONG_THEM_PRED, tpl, wset):
        if prev_status and not any(g[0] < mm.start() for g in governing):
            status, scope = prev_status.split("|")
            add(_subject_before(tpl, spans, mentions, groups, mm.start()), status, scope)
            governing.append((mm.start(), status, scope))  # the group goes on: "So was Y.", "Among them was Z."
    # 7c''. "So is his deputy, X." after "A ... is home": the previous sentence's predicate, elided
    if first_word == "so" and prev_status and spans and (so := _SO_TOO_RE.match(tpl)):
        status, scope = prev_status.split("|")
        if status in ("released", "held"):
            objs = [i for i in _objects_after(tpl, spans, mentions, groups, so.end(), 4) if not mentions[i].possessive]
            add(objs, status, scope, override=set(objs) if status == "released" else False)
    # "X was one of the children, then aged six": a member of a group an earlier cue gave a status
    for mm in (_ONE_OF_THE_GROUP_RE.finditer(tpl) if spans and "one" in wset and group_status else ()):
        key = _group_word(mm.group("noun"), mentions)
        if key and group_status.get(key, "").startswith(("released|", "held|")) \
                and not mentions[int(mm.group("i"))].possessive:
            status, scope = group_status[key].split("|")
            add([int(mm.group("i"))], status, scope)
    for mm in _scan(_ELLIPTIC_NOT_RE, _W_ELLIPTIC_NOT, tpl, wset):
        if any(g[0] < mm.start() and g[1] == "released" for g in governing) \
                or (prev_status or "").startswith("released"):
            add(_subject_before(tpl, spans, mentions, groups, mm.start()), "held", "this_event")
    # 7c'. "He was one of 21 prisoners released on Thursday, ... who said the group included X, a former ...":
    # a counted group freed earlier in the sentence, named by "the group"
    for mm in (_GROUP_INCLUDED_RE.finditer(tpl) if spans and "group" in wset else ()):
        rel = last_release(mm.start())
        if rel and mm.start() > 0 and _COUNTED_RELEASED_RE.search(tpl, 0, mm.start()):
            add(_objects_after(tpl, spans, mentions, groups, mm.end(), 3), "released", rel[2])
    # 7d. "Of those freed, X is the best known."
    lead = _OF_THOSE_RE.match(tpl) if first_word == "of" else None
    if lead:
        scope = _scope_here(0, lead.end(), lead.end())
        add(_objects_after(tpl, spans, mentions, groups, lead.end(), 3), "released", scope)

    # 7c. a cleft: "It is the parents A and B, their children, and the crew members C and D who are released"
    if first_word == "it" and (cleft := _CLEFT_RE.match(tpl)):
        scope = _scope_here(cleft.start("verb"), len(tpl), cleft.end() - cleft.start("verb"))
        objs = [int(x.group(1)) for x in _MARKER_RE.finditer(tpl, cleft.start("body"), cleft.end("body"))]
        objs = [i for i in objs if not mentions[i].possessive and mentions[i].role != "credit"]
        add(objs, "released", scope, override=set(objs))
        governing.append((cleft.start("verb"), "released", scope))

    # 8. swap counterparts: "... freed X in exchange for Y"
    released_here = [g for g in governing if g[1] == "released"]
    for mm in _scan(_SWAP_RE, _W_SWAP, tpl, wset):
        earlier = [g for g in released_here if g[0] <= mm.start()]
        if earlier and _SWAPPED_THING_RE.match(tpl, mm.end()):
            continue  # "in return for a videotape showing captive soldier X alive": a thing, not a person
        if earlier:
            add(_objects_after(tpl, spans, mentions, groups, mm.end(), 8), "released", earlier[-1][2])
            # "freed X in exchange for three Iranian men": the counted group swapped is freed too, so a later
            # "The three men were identified as A, B and C" names it
            obj = _SWAP_OBJECT_RE.match(tpl, mm.end())
            if obj:
                note_group(obj.group(0), "released", earlier[-1][2])

    # 9. "The last hostages freed were A and B, released in April.": a release participle after the names dates
    # their own release, earlier than the story's
    if found and "," in tpl:
        for mm in _TRAILING_FREED_DATED_RE.finditer(tpl):
            if not _is_earlier(mm.group("m"), mm.group("y") or mm.group("y2"), when):
                continue
            last = _GROUP_END_RE.search(tpl, 0, mm.start() + 1)  # the name the participle follows
            if last is None:
                continue
            for i in next((g for g in groups if spans[g[-1]][0] == last.start()), ()):
                found[i] = [_Finding(f.status, "other_event", f.family, f.override) if f.status == "released" else f
                            for f in found.get(i, [])]

    last = governing[-1] if governing else None
    if last and len(governing) > 1 and last[1] == "released" and governing[-2][1] == "held" \
            and governing[-2][0] > last[0]:
        # "Despite the releases, lawyers say a number of civilians have not been freed. They include ...": the
        # sentence ends on those still held, whatever was read first
        last = governing[-2]
    if last and last[1] not in ("released", "held"):
        # "Of the 13 it had agreed to release, eight walked out": a plan read after the release it precedes
        last = max((g for g in governing if g[1] in ("released", "held") and g[0] > last[0]), default=last,
                   key=lambda g: g[0])
    return found, (f"{last[1]}|{last[2]}" if last and last[1] in ("released", "held") else None), carried



# one chunk of a list whose items carry appositives: "the businessman ⟦2⟧", "⟦3⟧" (after "the treasurer of
# the party,"), but not "a former adviser to Mr ⟦1⟧" (a name inside a descriptor)
_DESCRIBED_ITEM_RE = re.compile(r"\s*(?:(?:(?:the|an?)\s+)?(?:[a-z][\w'’-]*\s+){0,3}?)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,2}?⟦(\d+)⟧"
                                r"(?:\s*\([^)]*\))?(?:\s*,\s*(?:aged\s+)?\d{1,3})?"
                                r"(?:\s+(?:of|from)\s+(?:⟦\d+⟧|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?))?\s*$", re.I)
_RELATIVE_ASIDE_HEAD_RE = re.compile(r",\s*(?:whose|who|whom|which)\b[^,⟦]*$", re.I)
_KIN_ITEM_RE = re.compile(r"\s*(?:his|her|their)\s+" + KIN_WORD + r"\s+⟦(\d+)⟧(?:\s*,\s*\d{1,3})?\s*$", re.I)
# "whose mother, X,": the relative clause's relation, named in its own aside
_WHOSE_RELATION_END_RE = re.compile(r"\bwhose\s+(?:[\w'’-]+\s+){0,2}?" + KIN_WORD + r"\s*,?\s*$", re.I)
_WHO_CHUNK_RE = re.compile(r"\W*(?:who|whom|whose|which)\b", re.I)
# items part at commas, "and" and dashes ("five executives of the firm -- A, B and C -- and two others")
_CHUNK_SPLIT_RE = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:--?|[–—])\s+", re.I)
_NOT_ITEM_WORD_RE = re.compile(r"\b(?:his|her|their|its|who|whom|whose|which|" + _PREPOSITION + r"|" + KIN_WORD + r"|"
                               + _SPEECH + r"|" + _FINITE + r")\b", re.I)


# a recipient before the object: "handed over to the Red Cross Brigadier General A, Corporal B and the lawyer C"
_RECIPIENT_FIRST_RE = re.compile(
    r"\s*to\s+(?:the\s+|an?\s+)?(?:[a-z][\w'’-]*\s+){0,3}?(?:commission|committee|delegation|mission|representatives"
    r"|officials|authorities|envoys|team|guarantors|intermediaries|red\s+(?:cross|crescent)|icrc)\s+"
    r"(?=(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}?⟦)", re.I)
_DIRECT_LEAD_RE = re.compile(r"[^,;:()⟦]{0,60}$")
# ... or an office the object is introduced by: "acquitted the leader of the Islamic Movement (IMN), Sheikh X"
_OFFICE_OBJECT_LEAD_RE = re.compile(
    r"\s*(?:on\s+\w+\s+)?the\s+(?:[\w-]+\s+)?(?:leader|head|founder|chairman|chairwoman|chief)\s+of\s+(?:the\s+)?"
    r"(?:(?:(?-i:[A-Z])[\w'’-]*|of|in|\((?-i:[A-Z])[\w'’-]*\))\s*){1,8},\s*(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}",
    re.I)


def _direct_objects(tpl: str, spans, objs: list[int], start: int) -> list[int]:
    """The names a verb takes as its own object: the first comes within a few title words of the verb
    ("freed Brigadier General A, Corporal B and the lawyer C"), and no clause opens before them ("freed six
    detainees, officials, among them prosecutor X, said" names no object)."""
    if not objs:
        return []
    office = _OFFICE_OBJECT_LEAD_RE.fullmatch(tpl, start, spans[objs[0]][0])
    if not office and (not _DIRECT_LEAD_RE.fullmatch(tpl, start, spans[objs[0]][0])
                       or len(_WORDS_RE.findall(tpl, start, spans[objs[0]][0])) > 4):
        return []
    masked = _masked(tpl)
    return [i for i in objs if not _CLAUSE_BREAK_RE.search(masked, start, spans[i][0])]


_NOT_ASIDE_GERUND = (r"(?!(?:includ|dur|notwithstand|trad|free|releas|swapp|exchang|pardon|hand|send|return|bring"
                     r"|deport|expell|leav|keep|hold|jail|detain|imprison|arrest|sentenc|demand|call|seek|urg|press"
                     r"|serv|await)ing\b)")
GERUND_ASIDE_OPEN_RE = re.compile(r"^\s*" + _NOT_ASIDE_GERUND + r"[a-z]+ing\s")
# "X, who ordered a banker freed, angering then-President Y": a participle clause after the item takes Y as object
_GERUND_BEFORE_RE = re.compile(r",\s*" + _NOT_ASIDE_GERUND + r"[a-z]+ing\s+(?:[^\s,;:.⟦]+\s+){0,4}$")


_KIN_OF_CHUNK_RE = re.compile(r"\s*" + _KIN_OF + r"[^⟦]+$")
_BARE_NAME_CHUNK_RE = re.compile(r"\s*(?:(?-i:[A-Z])[\w.'’-]*\s+){0,2}⟦\d+⟧\s*")


def _described_items(tpl: str, spans, mentions, groups, start: int) -> list[int]:
    """Names of a membership list read chunk by chunk up to the sentence's end: each comma- or "and"-separated
    chunk that is a name, possibly after a lower-case descriptor ("the economist"), is an item; a chunk
    with a preposition, a possessive, a relation or a verb before its name is an aside or a new clause."""
    stop = _HARD_STOP_RE.search(tpl, start)
    region = tpl[start:stop.start() if stop else len(tpl)]
    out = []
    kin_of = False
    for chunk in _CHUNK_SPLIT_RE.split(region):
        if kin_of and _BARE_NAME_CHUNK_RE.fullmatch(chunk):
            kin_of = False
            continue  # "X, brother of the former president, Y": Y re-names the president, no item
        kin_of = bool(_KIN_OF_CHUNK_RE.match(chunk))
        chunk = _TITLE_PLACE_RE.sub(r"\1 ", chunk)  # "ambassador to the United States X" reads as "ambassador X"
        kin = _KIN_ITEM_RE.match(chunk)
        if kin:  # "..., her cousin X, ...": a relative who is an item of the list, not an aside about one
            i = int(kin.group(1))
            if mentions[i].role != "credit" and not mentions[i].speaker:
                out.append(i)
            continue
        if GERUND_ASIDE_OPEN_RE.match(chunk):
            continue  # "..., angering then-President X": a participle clause whose object is no item
        if _NOT_ITEM_WORD_RE.search(chunk.split("⟦")[0]) or _FINITE_RE.search(chunk) \
                or _SPEECH_WORD_RE.search(chunk):
            if _SPEECH_WORD_RE.search(chunk) or (_FINITE_RE.search(chunk) and not _WHO_CHUNK_RE.match(chunk)):
                break  # a new clause: the list is over (an item's "who were arrested in 2017" is not)
            continue
        mm = _DESCRIBED_ITEM_RE.match(chunk)
        if mm:
            i = int(mm.group(1))
            # an office describes a member of the list ("the party's vice chairwoman X")
            if mentions[i].role not in ("relative", "credit") and not mentions[i].speaker:
                out.append(i)
    return out


def _anaphor_ident(head: str, off: int, group_status: dict[str, str], scope_here) -> tuple[int, str, str] | None:
    """(end, status, scope) for an opening that names a group before listing it: "The four are",
    "The group includes" (the last group a cue counted), "The man sent back ... is" (its own cue)."""
    mm = _ANAPHOR_IDENT_RE.match(head, len(head) - len(head.lstrip(" \"'“‘(")))
    if not mm:
        return None
    if mm.group("part"):
        return off + mm.end(), "released", scope_here(off, off + mm.end(), mm.end())
    key = f"#{_number(mm.group('num'))}" if mm.group("num") else "@last"
    if key not in group_status:
        return None
    status, scope = group_status[key].split("|")
    return off + mm.end(), status, scope


def _kin_owns_cue(before: str, cue_pronoun: str) -> bool:
    """True when a relative named before a "his/her/their release" cue is the one the pronoun points at:
    the pronoun agrees with the relative's gender or number, not with the possessive that introduced them."""
    for m in _KIN_BEFORE_CUE_RE.finditer(before):
        if "⟦" not in before[:m.start()]:
            continue  # "Her son, X, after his release, ...": the relative is the subject
        kin_pronoun = "his" if m.group(2) else "her" if m.group(3) else "their"
        if kin_pronoun == cue_pronoun and m.group(1).lower() != cue_pronoun:
            return True
    return False


def _sentence_subject(tpl, masked, spans, mentions, groups) -> list[int]:
    """The first coordinated list before the main verb ("X and Y attend ... after their release")."""
    if not spans:
        return []  # no names in the sentence
    verb = _VERB_RE.search(masked)
    limit = verb.start() if verb else len(tpl)
    for mm in _MARKER_RE.finditer(masked[:limit]):
        i = int(mm.group(1))
        start = _clause_start(masked, spans[i][0])
        members = _group_members(tpl, spans, mentions, groups, i, start)
        if members:
            return members
    return []


# ------------------------------------------------------------ people

def _surname_of(text: str) -> str:
    return text.split()[-1]


def _fold_key(word: str) -> str:
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode().lower()


_SURNAME_PARTICLES = _PARTICLES | {"san", "santa", "st", "mac", "mc", "o", "dos", "das", "del", "della", "lo", "abd",
                                   "abdel", "abdul", "abdal"}


def _lead_trimmed(a: str, b: str) -> bool:
    """True if b is a with extra leading words ("Marine Paul Whelan" vs "Paul Whelan").

    A compound surname is not a trimmed name: "San Miguel" is the tail of "Rocío San Miguel".
    """
    ta, tb = a.split(), b.split()
    return (len(ta) >= 2 and len(tb) > len(ta) and tb[-len(ta):] == ta
            and ta[0].lower() not in _SURNAME_PARTICLES)


# identity.same_person is pure and the same name pairs recur across mentions and articles
_same_person = lru_cache(maxsize=65536)(_identity_same_person)


def _find_full(persons: list[_Person], name: str) -> int | None:
    for idx, p in enumerate(persons):
        for sp in p.spellings:
            if (_lead_trimmed(sp, name) or _lead_trimmed(name, sp)) and not _given_name_clash(p, name):
                return idx
    for idx, p in enumerate(persons):
        if any(_same_person(name, sp) for sp in p.spellings) and not _given_name_clash(p, name):
            return idx
    # the family name first, as a translation from Hungarian or Japanese keeps it: "Bibó István" is "István Bibó"
    flipped = " ".join(reversed(name.split())).casefold() if name.count(" ") == 1 else None
    for idx, p in enumerate(persons):
        if flipped and any(sp.casefold() == flipped for sp in p.spellings):
            return idx
    return None


# the sentence after a walk-out tells of a fugitive: "His whereabouts are unknown", "He is still being sought"
_FUGITIVE_NEXT_RE = re.compile(
    r"^\W*(?:his|her|their)\s+whereabouts\s+(?:are|were|remain(?:ed)?)\s+unknown\b"
    r"|^\W*(?:he|she|they)\s+(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:on\s+the\s+run|at\s+large"
    r"|(?:being\s+)?(?:sought|hunted|wanted))\b", re.I)


def _drop_fugitives(per_sentence, findings: dict[int, list[tuple["_Finding", str]]]) -> None:
    """"Among those who walked out of the prison is X, ..." then "His whereabouts are unknown": one person left
    in that sentence, and the next tells of a fugitive, so the walk-out was an escape, not a release."""
    for k in range(len(per_sentence) - 1):
        s, ms = per_sentence[k][0], per_sentence[k][1]
        if not ms or not _FUGITIVE_NEXT_RE.match(per_sentence[k + 1][0]):
            continue
        freed = [m for m in ms if any(f.status == "released" and q == s for f, q in findings.get(id(m), ()))]
        if len({m.person for m in freed}) == 1:
            for m in freed:
                findings[id(m)] = [(f, q) for f, q in findings[id(m)] if not (f.status == "released" and q == s)]


def _given_name_clash(p: _Person, name: str) -> bool:
    """"Aurelio Matos Lima" ... "Matos Lima" ... "his wife, Maria Clara Matos Lima": the short form fits both,
    but a full spelling of the person gives another given name, so the new name is someone else."""
    if name in p.spellings:
        return False
    return any(len(sp.split()) > 2 and not (_lead_trimmed(sp, name) or _lead_trimmed(name, sp))
               and _surname_of(sp) == _surname_of(name) and not _same_person(name, sp) for sp in p.spellings)


# A sentence that introduces a bulleted list of captives: "Those released include:", "Among those who remain
# imprisoned are:"; and an item that opens on a name: "- A, a lawyer who ...", "2. B, a student leader".
_BULLET_INTRO_RE = re.compile(
    r"\b(?:include[sd]?|are|were|is|was|(?:the\s+)?following(?:\s+[\w'’-]+){0,3}|as\s+follows|them|list)\s*:$"
    r"|^\W*among\s+(?:those|them|the)\b[^:;]{0,80}:$", re.I)  # a fronted "Among those who remain imprisoned:"
_BULLET_HELD_RE = re.compile(
    r"\b(?:remain(?:s|ed|ing)?|still|continue\s+to\s+be)\s+(?:\w+\s+)?(?:held|imprisoned|jailed|detained|in\s+(?:prison"
    r"|jail|custody|detention|captivity)|behind\s+bars|hostages?|captives?)\b", re.I)
_BULLET_RELEASE_RE = re.compile(
    r"\b(?:freed|released|pardoned|set\s+free|exchanged|swapped|repatriated|handed\s+over|amnestied)\b", re.I)
# (the name may follow its title: "- Publisher and former editor X, detained on Sunday")
_BULLET_NAME_RE = re.compile(rf"^\s*(?:[{BULLETS}]|\d{{1,3}}[.)])\s*(?:[A-Za-z][\w'’-]*\s+){{0,6}}?⟦(\d+)⟧")
_PRONOUN_OPEN_RE = re.compile(r"^\W*(?:He|She|They|His|Her|Their)\b")
_HE_SHE_OPEN_RE = re.compile(r"^\W*(?:He|She)\s+(?:\w+\s+)?(?:had|has|was|is|would|will|could|did|spent|served|said|told)\b")
_EARLIER_WORD_RE = re.compile(r"\b(?:(?:19|20)\d\d|earlier|previous(?:ly)?|last\s+(?:year|month))\b", re.I)


def _bullet_intro_status(sentence: str) -> str | None:
    """'held' or 'released' for a list intro ending in a colon, else None (also when negated, modal or dated)."""
    if not _BULLET_INTRO_RE.search(sentence) or _NEGATION_RE.search(sentence) or _IRREALIS_RE.search(sentence) \
            or _EARLIER_WORD_RE.search(sentence):
        return None
    if _BULLET_HELD_RE.search(sentence):
        return "held"
    return "released" if _BULLET_RELEASE_RE.search(sentence) else None


def _find_partial(persons: list[_Person], token: str, exclude_derived: bool = True) -> int | None:
    key = _fold_key(token)
    hits = [idx for idx, p in enumerate(persons) if key not in p.not_surname
            and any(_same_person(token, sp) for sp in p.spellings)]
    if len(hits) > 1 and exclude_derived:
        hits = [h for h in hits if not persons[h].derived] or hits
    if len(hits) > 1 and "-" in key:
        # a double-barrelled surname is the one who bears it whole, not one who bears half of it:
        # "Mr Munoz-Gutierrez" is Jesus Munoz-Gutierrez, not his sister Maria Munoz
        exact = [h for h in hits if any(_fold_key(_surname_of(sp)) == key for sp in persons[h].spellings)]
        if len(exact) == 1:
            hits = exact
    if hits and not any(_fold_key(_surname_of(sp)) == key for h in hits for sp in persons[h].spellings):
        # only a respelt surname matches; someone else has the word as their given name: "Rossella is free"
        # in a story of Rossella Urru and of Margalida Rosselló is Rossella Urru
        given = [idx for idx, p in enumerate(persons) if idx not in hits and any(
            len(sp.split()) >= 2 and _fold_key(sp.split()[0]) == key for sp in p.spellings)]
        if given:
            return given[0] if len(given) == 1 else None
    if len(hits) == 1 and persons[hits[0]].mentions and any(x.role == "relative" for x in persons[hits[0]].mentions):
        # "Their daughter, Nurul Izzah Anwar, ... Anwar's release": where names carry a father's name, the bare
        # word is the man the story is about (his given name), not his relative's last name (also when the
        # relative is later named on his own: "Dai Tran, a 43-year-old engineer, lobbied in Canberra")
        given = [idx for idx, p in enumerate(persons) if idx != hits[0] and any(
            len(sp.split()) >= 2 and _fold_key(sp.split()[0]) == key for sp in p.spellings)
            and not all(x.role == "relative" for x in p.mentions)]
        if len(given) == 1:
            return given[0]
    return hits[0] if len(hits) == 1 else None


# a passive whose subject a conditional opens: "unless he is pardoned", "if X and Y are released", "until she is freed"
_CONDITION_SUBJECT_RE = re.compile(r"\b(?:unless|if|until|whether)\s+(?:he|she|they|⟦\d+⟧(?:\s*(?:,|and)\s*⟦\d+⟧)*)\s*$",
                                   re.I)
_PATRONYMIC_RE = re.compile(r"[A-Z][a-z]+(?:ovna|evna)")  # (not "-ovich": Karpovich, Lukashevich are surnames)


def _resolve(sentences_mentions: list[list[_Mention]]) -> list[_Person]:
    """Group the article's mentions into people (full names, surnames, respellings, relatives)."""
    persons: list[_Person] = []

    def attach(m: _Mention, idx: int, spelling: str | None) -> None:
        m.person = idx
        persons[idx].mentions.append(m)
        if spelling and spelling not in persons[idx].spellings:
            persons[idx].spellings.append(spelling)

    def relative_only(idx: int) -> bool:
        """Whether every full-name mention of person idx introduces them as somebody's relative."""
        full = [x for x in persons[idx].mentions if len(x.tokens) >= 2]
        return bool(full) and all(x.role == "relative" for x in full)

    def new_person(derived: bool = False) -> int:
        persons.append(_Person(derived=derived))
        return len(persons) - 1

    def merge(other: int, idx: int) -> None:
        """Person `other` was person `idx` under another name: move its mentions and spellings over."""
        for x in persons[other].mentions:
            x.person = idx
            persons[idx].mentions.append(x)
        persons[idx].spellings.extend(sp for sp in persons[other].spellings if sp not in persons[idx].spellings)
        persons[other].mentions, persons[other].spellings = [], []

    surnames = {_fold_key(_surname_of(m.text)) for ms in sentences_mentions for m in ms if len(m.tokens) >= 2}
    pending: list[_Mention] = []
    anchored: set[str] = set()  # bare surnames whose relatives share them ("Mr Sisulu's wife, Albertina Sisulu")
    prev_subject: _Mention | None = None  # who "his"/"her" most likely points to across a sentence break
    for ms in sentences_mentions:
        for m in ms:
            if m.respells and prev_subject is not None and prev_subject.person is not None \
                    and _find_full(persons, m.text) in (None, prev_subject.person):
                attach(m, prev_subject.person, m.text)  # "Some media render his name as Y"
                continue
            if len(m.tokens) == 1 and m.nickname and m.alias_of is not None and ms[m.alias_of].person is not None:
                # "Mahmoud Abu Zeid, known as Shawkan": a one-word nickname is his too, and so is the bare
                # word in later sentences
                persons[ms[m.alias_of].person].nicknames.add(m.text)
                attach(m, ms[m.alias_of].person, m.text)
                continue
            if len(m.tokens) >= 2:
                if m.alias_of is not None and ms[m.alias_of].person is not None:
                    idx = ms[m.alias_of].person
                    other = _find_full(persons, m.text) if m.nickname else None
                    if other is not None and other != idx:
                        # the headline used the nickname alone ("'Pai Dao Din' freed"): one person
                        persons[idx].nicknames.update(persons[other].spellings)
                        merge(other, idx)
                    if m.nickname:
                        persons[idx].nicknames.add(m.text)
                    attach(m, idx, m.text)  # "Maria Kolesnikova (Maria Kalesnikava)"
                    continue
                parts = m.text.split()
                if len(parts) == 2 and _PATRONYMIC_RE.fullmatch(parts[1]) and _find_full(persons, m.text) is None:
                    # "the teacher Vera Kostina ... Vera Petrovna was freed last": a given name and patronymic,
                    # the polite form of one person the story already named
                    owners = [k for k, p in enumerate(persons) if any(
                        len(sp.split()) >= 2 and sp.split()[0] == parts[0] and sp.split()[1] != parts[1]
                        for sp in p.spellings)]
                    if len(owners) == 1:
                        attach(m, owners[0], None)
                        continue
                idx = _find_full(persons, m.text)
                if idx is not None and any(x.suffix != m.suffix and (x.sent == m.sent or "relative" in (x.role, m.role))
                                           for x in persons[idx].mentions):
                    # "Paul Getty III, the grandson of J. Paul Getty", "His son, X Jr., will speak": two generations,
                    # two people
                    idx = None
                if idx is not None and m.kin_speaker and m.text not in persons[idx].spellings and any(
                        _lead_trimmed(m.text, sp) for sp in persons[idx].spellings):
                    # '"My father is out of prison," Ibrahim Almadi told reporters' after "released Saad Ibrahim
                    # Almadi, his son said": a son bearing his father's last names is not his father
                    idx = next((k for k, p in enumerate(persons) if m.text in p.spellings), None)
                if idx is not None and m.role == "relative" and m.text not in persons[idx].spellings and any(
                        m.text.startswith(sp + " ") or m.text.endswith(" " + sp) for sp in persons[idx].spellings):
                    # "Their oldest son, Huber Matos Araluce": a relative whose name runs on past the freed man's
                    # (a second surname) is his namesake, not him; so is "His wife, Begum Nasim Ali Khan", whose
                    # name takes the whole of his after her own
                    idx = None
                attach(m, new_person() if idx is None else idx, m.text)
                if m.nick and " " not in m.nick:
                    # 'Robert "Bobby" Keane' is also the "Bobby Keane" of other sentences (a nickname of two
                    # words, 'José "El Flaco" Ruiz', is used alone, not as a given name)
                    nick_name = f"{m.nick} {_surname_of(m.text)}"
                    other = next((k for k, p in enumerate(persons) if nick_name in p.spellings), None)
                    if other is not None and other != m.person:
                        merge(other, m.person)
                    if nick_name not in persons[m.person].spellings:
                        persons[m.person].spellings.append(nick_name)
                if m.role == "relative" and m.relative_anchor is not None:
                    anchor = ms[m.relative_anchor]
                    if len(anchor.tokens) == 1 and _fold_key(anchor.text) == _fold_key(_surname_of(m.text)):
                        persons[m.person].not_surname.add(_fold_key(anchor.text))
                        anchored.add(_fold_key(anchor.text))
                continue
            if m.fragment:
                continue  # "Rocío" of "Rocío San Miguel": neither a surname nor a person
            if m.surname_from is not None and _fold_key(m.text) not in surnames \
                    and _find_partial(persons, m.text) is None:
                name = f"{m.text} {_surname_of(ms[m.surname_from].text)}"
                idx = _find_full(persons, name)
                attach(m, new_person() if idx is None else idx, name)
                continue
            anchor = _relative_anchor(m, ms, prev_subject)
            if anchor is not None and not m.followed_by_capital:
                # "Babaryka said his son Eduard ..." -> Eduard Babaryka, unless Eduard is a known surname
                known = _find_partial(persons, m.text)
                if known is None or known == anchor.person:
                    name = f"{m.text} {_surname_of(anchor.text)}"
                    idx = _find_full(persons, name)
                    if idx is None or idx == anchor.person:
                        idx = new_person(derived=True)
                    attach(m, idx, name)
                    continue
            idx = _find_partial(persons, m.text)
            if idx is not None and not (relative_only(idx)
                                        and any(_fold_key(x.text) == _fold_key(m.text) for x in pending)):
                attach(m, idx, None)
            else:
                pending.append(m)
        subjects = [x for x in ms if x.person is not None and x.role not in ("relative", "credit", "official")]
        if subjects:
            prev_subject = subjects[0]
    own: dict[str, int] = {}
    for m in pending:  # surnames used before the full name appears
        idx = _find_partial(persons, m.text)
        if idx is not None and not relative_only(idx):
            attach(m, idx, None)
        elif _fold_key(m.text) in anchored or idx is not None or (
                m.titled and not m.fragment and len(m.text) >= 3 and not any(
                    _fold_key(m.text) == _fold_key(t) for p in persons for sp in p.spellings for t in sp.split())):
            # ... or before the only full name is a relative's: "Mr Oduya walked out of prison ... His father, Peter
            # Oduya, said ...": the surname is the story's own man, whose given name the article never gave
            # "Mr Sisulu's wife, Albertina Sisulu ... The eight freed men are Mr Sisulu, ...": the surname is
            # a person of its own, whose full name the article never spelled out in a form we read
            # ... or a surname behind an honorific: "The pilot, identified only as Mr. Caal, was released with them"
            # (not "Ms Cheng" of "Cheng Lei", "Mr Sivarak" of "Sivarak Chutipong": a family name first or a given
            # name in polite use)
            key = _fold_key(m.text)
            if key not in own:
                own[key] = new_person()
            attach(m, own[key], m.text)
    return persons


# what shows a lone word is a person's name: an age ("Fatima, 14,", "Emre (21)", "Nyaduel, a seven-year-old"),
# or a name given "only as" one word
_AGE_AFTER_RE = re.compile(r"\s*(?:,\s*(?:aged\s+)?\d{1,2}\s*(?:,(?!\d)|$|\.(?!\d))|\(\s*\d{1,2}\s*\)|,\s*(?:an?\s+)?"
                           r"(?:[\w-]+-year-old|(?:boy|girl|child)\s+of\s+\d{1,2}\b)"
                           r"|,\s*who\s+was\s+(?:\d{1,2}|[a-z]+)\s*,)", re.I)
_ONLY_AS_BEFORE_RE = re.compile(r"\b(?:only|simply)\s+(?:as|by\s+(?:the\s+name|his|her))\s+$", re.I)


def _single_name_captives(per_sentence, persons: list[_Person], findings: dict) -> None:
    """A lone given name the article never completes ("One of the students, Fatima, 14, said", "a seaman who gave
    his name only as Rodel") is a person of its own when a cue freed or held it and the text shows it is a
    person's name (an age, "only as"); otherwise a lone capitalised word stays unresolved (places, groups, ships,
    and a name the table knows but the text gives no sign of: "a teddy bear named Mohammed")."""
    own: dict[str, int] = {}
    taken: set[str] | None = None  # the words of the names the article spells out
    for s, ms, tpl, spans in per_sentence:
        for i, m in enumerate(ms):
            if m.person is not None or len(m.tokens) != 1 or m.fragment or m.role is not None or m.possessive \
                    or not any(f.status in ("released", "held") for f, _ in findings.get(id(m), [])):
                continue
            if taken is None:
                taken = {_fold_key(t) for p in persons for sp in (*p.spellings, *p.nicknames) for t in sp.split()}
            if _fold_key(m.text) in taken:
                continue  # "Maria" of "Maria Kalesnikava": a known person by a given name, not another one
            if not (_AGE_AFTER_RE.match(tpl, spans[i][1])
                    or _ONLY_AS_BEFORE_RE.search(tpl, max(0, spans[i][0] - 30), spans[i][0])):
                continue
            key = _fold_key(m.text)
            if key not in own:
                persons.append(_Person(spellings=[m.text]))
                own[key] = len(persons) - 1
            m.person = own[key]
            persons[own[key]].mentions.append(m)


def _relative_anchor(m: _Mention, ms: list[_Mention], prev_subject: _Mention | None) -> _Mention | None:
    """For a first name introduced as someone's relative, the resolved person it belongs to."""
    if m.role != "relative":
        return None
    if m.relative_anchor is not None:
        anchor = ms[m.relative_anchor]
    else:
        earlier = [x for x in ms if x.start < m.start and x.person is not None
                   and x.role not in ("relative", "credit")]
        anchor = earlier[-1] if earlier else prev_subject
    return anchor if anchor is not None and anchor.person is not None else None


def _canonical(p: _Person) -> str:
    counts: dict[str, int] = {}
    for m in p.mentions:
        counts[m.text] = counts.get(m.text, 0) + 1
    one_word = any(len(m.tokens) == 1 for m in p.mentions)
    inner = {m.text for m in p.mentions if not m.initial}  # a sentence's first word is capitalised anyway

    def score(sp: str) -> tuple:
        own = counts.get(sp, 0) + counts.get(_surname_of(sp), 0)
        # a longer spelling ending in a shorter one is the full name ("Alaa Abd El-Fattah" over
        # "Abd El-Fattah", "Aung San Suu Kyi" over "Suu Kyi") when the article uses it more than
        # once; a one-off is more likely a descriptor glued on ("Counsellor Aung San Suu Kyi")
        extended = [other for other in p.spellings if _lead_trimmed(other, sp)]
        extends = bool(extended)
        uses = counts.get(sp, 0) + sum(counts.get(o, 0) for o in p.spellings if _lead_trimmed(sp, o))
        # two or more extra given names are a full name even when used once ("ousted leader Aung San Suu
        # Kyi ... Suu Kyi"); a single extra word may be a title the stop list lacks
        added = len(sp.split()) - min((len(o.split()) for o in extended), default=len(sp.split()))
        # "Ricardo González Alfonso ... González Alfonso": a double surname the article shortens to its two
        # surnames; a person it never calls by one word is not "Marine Paul Whelan ... Whelan". A full name
        # opening a sentence counts unless the short form recurs ("Gaunt Tal Shoham ... Tal Shoham ... Tal Shoham")
        compound = added == 1 and len(sp.split()) == 3 and not one_word and (
            sp in inner or max((counts.get(o, 0) for o in extended), default=0) < 2)
        # ... and so is one extra word that is a known given name ("Carlos Fonseca Amador ... Fonseca")
        given = added == 1 and is_known_given_name(sp.split()[0])
        full = (uses >= 2 or added >= 2 or compound or given) and extends
        # "Lucía Pineda" is the short form of "Lucía Pineda Ubau" (a second surname added at the end)
        toks = sp.split()
        # "Abd El-Fattah" is the tail of "Alaa Abd El-Fattah" (a compound surname: the given name drops off)
        shortened = any(len(o.split()) > len(toks) and (o.split()[:len(toks)] == toks or (
            [t.lower() for t in o.split()[-len(toks):]] == [t.lower() for t in toks]  # "De Lima" opening a sentence
            and toks[0].lower() in _SURNAME_PARTICLES)) for o in p.spellings)
        return (not extends or full, full, not shortened, own, len(toks), -p.spellings.index(sp))

    best = max([sp for sp in p.spellings if sp not in p.nicknames] or p.spellings, key=score)
    flipped = " ".join(reversed(best.split())) if best.count(" ") == 1 else None
    if flipped and flipped in p.spellings:
        # both orders: the one that ends on the name the article uses alone ("Hideji Suzuki ... Suzuki"), else
        # the one that opens on a known given name, else the one used in running text rather than in a headline
        alone = {m.text for m in p.mentions if len(m.tokens) == 1}

        def rank(sp: str) -> tuple:
            return (sp.split()[-1] in alone, is_known_given_name(sp.split()[0]),
                    max(m.sent for m in p.mentions if m.text == sp))
        if rank(flipped) > rank(best):
            return flipped
    return best


def _speaks_on(prev: str, name: str) -> bool:
    """Whether `prev` leaves a quotation open that `name`, named before it, speaks (so a "he" in the next
    sentence is inside that person's own words, about somebody else)."""
    opens = prev.count('"') + prev.count("“") + prev.count("”")
    at = max(prev.rfind('"'), prev.rfind("“"))
    return opens % 2 == 1 and 0 <= prev.find(name) < at


def _decide(p: _Person, findings: dict[int, list[tuple[_Finding, str]]]) -> tuple[str, str, str]:
    """(status, scope, quote) for one person from all findings on their mentions."""
    roles = {m.role for m in p.mentions}
    first_quote = findings.get(-1, [])
    items: list[tuple[_Finding, str]] = []
    for m in p.mentions:
        items.extend(findings.get(id(m), []))
    blocked = bool(roles & {"official", "credit", "commentator", "victim"})  # an "aide" is not blocked
    relative = "relative" in roles or p.derived or "aide" in roles  # travellers with the freed are not freed
    held = [q for f, q in items if f.status == "held"]
    rel_this = [q for f, q in items if f.status == "released" and f.scope == "this_event"
                and not (relative and f.family)]
    rel_other = [q for f, q in items if f.status == "released" and f.scope == "other_event"]
    soft = [q for f, q in items if f.status == "soft_held"]
    if held and rel_this and all(_REARREST_RE.search(q) and not _HELD_NOW_WORDS_RE.search(q) and q not in rel_this
                                 and not _SOON_AFTER_RE.search(q)
                                 for q in held):  # (not "was released in October, only to be re-arrested";
        # nor "... arrested again on Thursday night": within days of the release, the story's last word on them)
        held = []  # freed in this event, arrested again later: "X, detained in 1975, walked free ... X was re-detained"
    if held:  # an explicit "remains jailed" outranks a guessed role ("her aide X")
        return "held", "this_event", held[0]
    if blocked and not (roles & {"credit", "commentator", "victim"}):
        direct = [q for f, q in items if f.status == "released" and f.override]
        if direct:  # "X, a congressman who was also freed": the official is one of the freed
            return "released", next(f.scope for f, q in items if f.status == "released" and f.override), direct[0]
    if blocked:
        return "mentioned", "this_event", ""
    if rel_this:
        return "released", "this_event", rel_this[0]
    if rel_other:
        return "released", "other_event", rel_other[0]
    if soft:
        return "held", "this_event", soft[0]
    return "mentioned", "this_event", ""


_REARREST_RE = re.compile(r"\bre-?(?:arrested|detained|imprisoned|jailed|captured)\b|\b(?:arrested|detained|jailed)\s+again\b",
                          re.I)
# a re-arrest within days of the release the story reports
_SOON_AFTER_RE = re.compile(r"\b(?:hours|(?:a|one|two|three)\s+days?)\s+later\b|\bthe\s+(?:next|following)\s+"
                            r"(?:day|morning|afternoon|evening|night)\b|\bwithin\s+(?:hours|days|a\s+day|\d+\s+hours)\b"
                            r"|\b(?:that|the\s+same)\s+(?:day|night|evening)\b|\bon\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
                            r"|\b(?:yesterday|today|tonight|last\s+night)\b", re.I)
_HELD_NOW_WORDS_RE = re.compile(r"\b(?:in\s+(?:custody|prison|jail|detention)|remains?|still|is\s+(?:held|detained|jailed)"
                                r"|are\s+(?:held|detained|jailed)|has\s+been|have\s+been)\b", re.I)
_NO_SUBJECT_ROLES = ("official", "credit", "victim", "commentator", "relative")


def _plural_antecedent(tpl: str, spans, ms: list[_Mention], found, count: int = 2) -> list[_Mention]:
    """The people a following "Both ..." / "The three ..." can stand for: those this sentence gave a
    status, else its first coordinated list of names (of that many people)."""
    ok = [i for i in sorted(found) if ms[i].role not in _NO_SUBJECT_ROLES and not ms[i].possessive]
    if len(ok) >= 2 and (count in (0, 2) or len(ok) == count):
        return [ms[i] for i in ok]
    # (a list whose items carry asides counts too: "A, a German engineer, and B, his colleague, were ...")
    # (... and a list set off by semicolons: "ordered the release of: painter A; editor B; lawyer C")
    semi = _groups(tpl.replace(";", ","), spans) if ";" in tpl else []
    plain = _groups(tpl, spans)
    # (a blanked "aside" that opens on a finite verb is the first name's predicate: "CP X, has received the
    # 73 students of the school, Y." lists no one)
    blanked = [g for g in _groups(_BLANK_ASIDE_RUN_RE.sub(" ", _masked(tpl)), spans)
               if not any(_PREDICATE_GAP_RE.match(tpl, spans[a][1]) for a in g[:-1])]
    for g in plain + blanked + semi:
        g = [i for i in g if ms[i].role not in _NO_SUBJECT_ROLES and not ms[i].possessive]
        if len(g) >= 2 and (count in (0, 2) or len(g) == count):
            return [ms[i] for i in g]
    return []


def _captured_list(tpl: str, spans, ms: list[_Mention], count: int) -> list[_Mention]:
    """"A, his daughter B and Vice Premier C were seized ...": the `count` captives a capture names, whatever
    their roles (a later "The three were freed" frees the vice premier too)."""
    if count < 2:
        return []
    for g in _groups(tpl, spans):
        g = [i for i in g if not ms[i].possessive]
        if len(g) == count and _CAPTURED_SUBJECT_RE.match(tpl, spans[g[-1]][1]):
            return [ms[i] for i in g]
    return []


_CAPTURED_SUBJECT_RE = re.compile(r"\s+(?:were|had\s+been|have\s+been)\s+(?:\w+\s+)?(?:seized|kidnapped|abducted|captured"
                                  r"|taken\s+hostage|detained|arrested)\b", re.I)
_W_CAPTURED = frozenset("seized kidnapped abducted captured taken detained arrested".split())  # one is in every match


_BLANK_ASIDE_RUN_RE = re.compile(r",(?=\s*,)")  # the comma opening a blanked aside (same length kept)
_PREDICATE_GAP_RE = re.compile(r"\s*,\s*(?:has|have|had|was|were|is|are|will|would)\s", re.I)


_AND_CLAUSE_RE = re.compile(r"(?:,\s*and|;)\s+")


def _plural_named_before(tpl: str, spans, mentions, groups, head: int) -> list[int]:
    """A plural subject opening a coordinated clause ("..., and the two men walked out") that stands for the list
    of as many names the sentence gave before it."""
    joints = list(_AND_CLAUSE_RE.finditer(tpl, 0, head))
    if not joints or "⟦" in tpl[joints[-1].end():head] or not _PLURAL_SUBJECT_RE.match(tpl[joints[-1].end():head]):
        return []
    count = int(_plural_count(tpl[joints[-1].end():head]).split("|")[0])
    before = [i for i, (a, _) in enumerate(spans) if a < joints[-1].start()]
    if not before or count < 2:
        return []
    g = [i for i in _group_of(groups, before[-1]) if not mentions[i].possessive and not mentions[i].speaker]
    return g if len(g) == count else []


def _plural_count(opener: str) -> str:
    """How many people a plural opening ("Both", "The three men") speaks of (2 when unsaid, 0 for
    "the survivors": any number), and the noun that must tie it to the names ("" when none is needed)."""
    mm = _PLURAL_SUBJECT_RE.match(opener)
    if not mm:
        return "2|"
    noun = (mm.group("noun") or mm.group("noun2") or "").lower()
    if mm.group("noun2"):
        return f"0|{noun}"  # "The survivors were freed": no number, the noun must be shared
    count = (_number(mm.group("n")) or 2) if mm.group("n") else 2
    return f"{count}|{'' if noun in _GENERIC_PLURAL else noun}"


_WITH_HIM_RE = re.compile(r"\b(?:with|as|and|beside|alongside)\s+(?:him|her)\b", re.I)


def _plural_referents(antecedent: tuple | None, count: int, noun: str) -> list[_Mention]:
    """The people a plural opening stands for, if the sentence that named them also used its noun."""
    if not antecedent:
        return []
    # the noun or its singular: "the two Germans" after "two German engineers", "the two engineers" after
    # "A, a German engineer, and B, his colleague"
    # ... but "the six men" needs no noun before: a list of just six names is them
    generic = count >= 3 and noun.lower() in ("men", "women", "people")
    if noun and not generic and (noun in _NOT_GROUP_NOUNS
                                 or not re.search(r"\b" + re.escape(noun) + r"?\b", antecedent[0], re.I)):
        return []
    return _plural_antecedent(*antecedent, count)


def _person_id(name: str) -> str:
    try:
        return _identity_person_id(name)
    except ValueError:
        return _identity_person_id(name.split()[-1])


_YEAR_RE = re.compile(r"(?:19[5-9]|20\d)\d(?<!\w....)\b")  # = \b(19[5-9]\d|20\d\d)\b, scanned from its digits
# a full date: "June 15, 2024", "15 October, 2002", "10.07.2010", "2016-01-17"
_FULL_DATE_RE = re.compile(
    r"\b(?:(?P<m1>" + _MONTH_ALT + r")\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?P<m2>" + _MONTH_ALT + r"),?\s+(?P<y2>(?:19|20)\d\d)"
    r"|\d{1,2}\.(?P<n3>\d\d)\.(?P<y3>(?:19|20)\d\d)|(?P<y4>(?:19|20)\d\d)-(?P<n4>\d\d)-\d\d"
    r"|(?P<a5>\d{1,2})/(?P<b5>\d{1,2})/(?P<y5>(?:19|20)\d\d))\b")


_BODY_VERB_RE = re.compile(r"\b(?:was|were|is|are|has|have|had|said|says)\b")


def _dateline(texts: list[str]) -> int | None:
    """Publication month (year * 12 + month - 1) read from the page's dateline when the caller
    gave none: the first full date at the head of one of the first lines ("STOCKHOLM, June 15,
    2024 (AFP) -", "Published 9 October 2020"), not one deep in a body sentence."""
    for text in texts[:10]:
        mm = _FULL_DATE_RE.search(text, 0, 160)
        if not mm or (mm.start() > 40 and (len(text) > 120 or _BODY_VERB_RE.search(text, 0, mm.start()))):
            continue  # (nor a short body sentence: "X, a reporter for Y, was kidnapped on April 17, 1986.")
        if mm.group("m1") or mm.group("m2"):
            year, month = int(mm.group("y1") or mm.group("y2")), _month_index(mm.group("m1") or mm.group("m2"))
        elif mm.group("y5"):
            # "12/05/2023": day first if the first number is above 12, month first if the second is;
            # when both readings are possible the earlier month (fewer releases pushed into the past)
            a, b = int(mm.group("a5")), int(mm.group("b5"))
            year, month = int(mm.group("y5")), (b if a > 12 else a if b > 12 else min(a, b)) - 1
        else:
            year, month = int(mm.group("y3") or mm.group("y4")), int(mm.group("n3") or mm.group("n4")) - 1
        if 0 <= month < 12:
            return year * 12 + month
    return None


# a date standing alone on its line: a timeline/live-blog heading for the entries below it ("10 January 2008",
# "February 27, 2008", "Monday 3 March", "2019")
_DATE_HEADING_RE = re.compile(
    r"^\W{0,3}(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<m>" + _MONTH_ALT
    + r")(?![\w-])\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+(?P<y>(?:19|20)\d\d))?|(?P<y2>(?:19|20)\d\d))\W{0,3}$")
_SECTION_END_WORDS = 7


def _dated_sections(texts: list[str], when: _When) -> list[bool]:
    """For each non-headline line of `texts`: whether it sits under a date heading dated before the
    story. A heading rules until the next date heading or an undated short heading ("WHAT NEXT?")."""
    out: list[bool] = []
    cur = False
    for s in texts:
        mm = _DATE_HEADING_RE.match(s) if len(s) < 40 else None
        if mm:
            cur = _is_earlier(mm.group("m"), mm.group("y") or mm.group("y2"), when)
        elif cur and not s.rstrip().endswith((".", '"', "”", "’", "'", ")")) \
                and len(_WORD_RE.findall(s)) <= _SECTION_END_WORDS:
            cur = False
        if not _looks_like_headline(s):
            out.append(cur and not mm)
    return out


# a name set in capitals at the head of a body sentence, then ordinary lower-case prose: "WALTER SISULU, the
# 77-year-old ...", "JOHN SMITH was freed ..." (not a dateline: "BUENOS AIRES, June 5 (Reuters) -")
_CAPS_LEDE_RE = re.compile(r"^\W{0,2}([A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){1,2})(?=,? [a-z])")
# ... or only the given name, in a tabloid's lede: "DAVID Hicks has walked out of prison"
_CAPS_GIVEN_LEDE_RE = re.compile(r"^\W{0,2}([A-Z][A-Z'’\-]+)(?= [A-Z][a-z'’\-]+ [a-z])")


def _caps_lede(s: str) -> re.Match | None:
    """The words a print lede sets in capitals at the head of the sentence, if any."""
    if not s[:2].isupper():
        return None
    caps = _CAPS_LEDE_RE.match(s)
    if caps:
        return caps
    caps = _CAPS_GIVEN_LEDE_RE.match(s)
    # (a given name only: "KABUL Afghan officials said" is a dateline)
    return caps if caps and is_known_given_name(caps.group(1)) else None


_DOCUMENT_RELEASED_RE = LowerScan(re.compile(
    r"\b((?:statement|statements|video|videos|photos?|images?|footage|list|report|figures|data|details|recording|"
    r"audio|clip|document|documents|letter|communiqu[ée]|transcript|readout|memo|book|album|film|results)"
    r"\s+(?:(?:was|were|is|are|had\s+been|has\s+been)\s+)?)released\b", re.I))


# "the election that returned President X to power": a return to office, not from captivity
_RETURNED_TO_POWER_RE = re.compile(r"\breturned(?=\s+(?:[\w.'’\-]+\s+){1,5}?to\s+(?:power|office)\b)")
# A prison the article names ("Evin prison", "the prison of Ramo Verde") is a place of custody when it
# later stands alone: "Two others remain in Evin". Not "a Moscow prison" (a city modifying the noun).
# (read around each "prison"/"jail" the article has, found by plain string search: a pattern run over the
# whole text at every position cost 1% of the extraction)
_PRISON_NAME_BEFORE_RE = re.compile(r"(?<![Aa]\s)(?<![Aa]n\s)\b((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]{3,})\s+$")
_PRISON_NAME_AFTER_RE = re.compile(r"\s+(?:of|at)\s+((?:[A-Z][\w'’-]+\s+)?[A-Z][\w'’-]{3,})\b")
_PRISON_KEYWORDS = ("prison", "jail", "penitentiary", "gaol")


# French "M." (Monsieur) before names, as translations keep it: "M. Patrice Lumumba ... M. De Schryver"
_MONSIEUR_RE = re.compile(r"(?<![A-Z]\.\s)\bM\.\s(?=(?:[A-Z][\w'’-]+))")


def _as_jail(pm: re.Match) -> str:
    """ "at Insein" -> "in jail  ", "in Evin" -> "in jail": the same length, so offsets stay."""
    head = pm.group(0)[:pm.start(1) - pm.start(0)]
    if head[:2] == "at":
        head = "in" + head[2:]  # "still at Insein" reads as "still in jail"
    return head + "jail".ljust(len(pm.group(1)))


def _prison_names(joined: str) -> re.Pattern | None:
    """The article's named prisons, as a pattern that finds one standing alone after a preposition
    ("in Evin", "at Insein") -- read as "jail" by the people stage."""
    low = joined.lower()
    found: list[str] = []
    for kw in _PRISON_KEYWORDS:
        at = low.find(kw)
        while at >= 0:
            end = at + len(kw)
            nxt = end + 1 if low[end:end + 1] == "s" else end
            if (at == 0 or not low[at - 1].isalnum()) and not low[nxt:nxt + 1].isalnum() \
                    and joined[at + 1:end].islower():  # "Prison", "prison" (not a headline's "PRISON")
                before = _PRISON_NAME_BEFORE_RE.search(joined, max(0, at - 80), at)
                if before:
                    found.append(before.group(1))  # "Evin prison", "Insein Prison"
                elif kw != "gaol" and joined[at].islower() and (after := _PRISON_NAME_AFTER_RE.match(joined, end)):
                    found.append(after.group(1))  # "the prison of Ramo Verde"
            at = low.find(kw, at + 1)
    names = set()
    for name in found:
        words = name.split()
        while words and (words[0] in ("The", "In", "At", "From", "To") or words[0].endswith(("’s", "'s"))):
            words = words[1:]  # "Tehran's Evin prison", "The Insein prison"
        if not words or any(w.lower() in _FUNCTION or w.lower() in _COMMON or w.lower() in _MONTHS_DAYS
                            or country_of(w) or words[-1].endswith(("’s", "'s")) for w in words):
            continue  # "the Russian prison", "a Moscow prison", "Federal Prison": no prison's own name
        names.add(" ".join(words))
    if not names:
        return None
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"\b(?:in|at|from|to|inside)\s+(?:the\s+)?(" + alt + r")\b(?!\s+(?:[Pp]rison|[Jj]ail|[Pp]enitentiary"
                      r"|[Gg]aol|[Cc]ompound|[Cc]entre|[Cc]enter)|[’']s)")


# someone who acts for a person named by the possessive: "his lawyer, X", "her spokesman X"
# (also "the lawyer of the politician, X", "the dissident's lawyer, X": the client is a common noun)
_ADVOCATE = r"(?:lawyers?|attorneys?|counsel|solicitors?|advocates?|spokes(?:man|woman|person)|agent|publicist|doctor)"
_ADVOCATE_BEFORE_RE = re.compile(
    r"(?:\b(?:his|her|their)\s+(?:[a-z]+\s+)?" + _ADVOCATE
    + r"|\bthe\s+(?:[a-z]+\s+)?" + _ADVOCATE + r"\s+(?:of|for)\s+the\s+(?:(?-i:[a-z])[\w-]*\s+)?(?-i:[a-z])[\w-]*"
    r"|\bthe\s+(?:(?-i:[a-z])[\w-]*\s+)?(?-i:[a-z])[\w-]*['’]s?\s+(?:[a-z]+\s+)?" + _ADVOCATE + r")\s*,?\s*$", re.I)
_W_ADVOCATE = frozenset("""lawyer lawyers attorney attorneys counsel solicitor solicitors advocate advocates spokesman
spokeswoman spokesperson agent publicist doctor""".split())


def extract_people(sentences: list[str], *, title: str | None = None,
                   published: str | None = None, event_date: str | None = None,
                   lead_date: str | None = None) -> list[dict]:
    """One entry per distinct person named in the article (see module docstring).

    `published` (ISO date, optional) dates the story, so "freed in November 2023" in a
    2025 report is an earlier event even when the text names no later year. `event_date` (ISO,
    optional) is the day the lead dates the story's own event: a release a few days before it is
    another occasion even when the story went out within days of both. `lead_date` (ISO, optional) is
    the date the lead's own release sentence gives: a release on that day is the story's even in an
    analysis published weeks later.
    """
    texts = [s for s in ([title] if title else []) + list(sentences) if s and s.strip()]
    usable = [s for s in texts if not _looks_like_headline(s)]
    joined = "\n".join(usable)
    vocab = set(_VOCAB_RE.findall(joined))
    vocab -= _PARTICLES
    # a text that styles two or more people "M. X" writes Monsieur, not an initial ("J. M. Coetzee" is one)
    monsieur = "M. " in joined and len({joined[mm.end():mm.end() + 12].split()[0]
                                        for mm in _MONSIEUR_RE.finditer(joined)}) >= 2
    vessels = frozenset(mm.group(1) for mm in _VESSEL_NAME_RE.finditer(joined)) \
        if any(w in joined for w in _VESSEL_WORDS) else frozenset()
    prisons = _prison_names(joined)
    years = [int(y) for y in _YEAR_RE.findall(joined)]
    if published and _PUB_YEAR_RE.match(published):
        years.append(int(published[:4]))
    pub = _PUB_MONTH_RE.match(published or "")
    when = _When(max(years) if years else None,
                 int(pub.group(1)) * 12 + int(pub.group(2)) - 1 if pub else _dateline(texts))
    published_day = _iso_day(published) if pub else None
    # (the lede's first sentences: page heads, bylines and a wire's "Associated Press Writer" line come before them)
    lede = usable[:4] + [s for s in usable[4:] if len(s.split()) >= 8 and _ends_like_a_sentence(s)][:4]
    weekday_story = when.published_month is None and any(
        (_WEEKDAY_RE.search(s) or _TODAY_RE.search(s)) and _REL_WORD_RE.search(s) for s in lede)
    event_day = _iso_day(event_date) if published_day else None
    lead_day = _iso_day(lead_date) if published_day else None
    when = _When(when.latest_year, when.published_month, weekday_story, published_day, event_day, lead_day)

    sections = _dated_sections(texts, when)
    per_sentence: list[tuple[str, list[_Mention], str, list]] = []
    all_mentions: list[list[_Mention]] = []
    wsets: list[set[str]] = []
    for si, s in enumerate(usable):
        caps = _caps_lede(s)
        if caps and not any(w.lower() in _STOP or w.lower() in _ORG_WORDS for w in caps.group(1).split()):
            # a print lede sets its first words in capitals: "WALTER SISULU, the 77-year-old ..., was back"
            s_read = s[:caps.start(1)] + caps.group(1).title() + s[caps.end(1):]
        else:
            s_read = s
        if "eleased" in s_read:
            for dm in list(_DOCUMENT_RELEASED_RE.finditer(s_read)):
                s_read = s_read[:dm.end(1)] + "issued  " + s_read[dm.end():]  # same length: offsets stay
        if prisons is not None:
            # "remain in Evin" -> "remain in jail" (padded to the same length: offsets stay)
            s_read = prisons.sub(_as_jail, s_read)
        if monsieur and "M. " in s_read:
            s_read = _MONSIEUR_RE.sub("Mr ", s_read)  # same length: offsets stay
        if "eturn" in s_read and ("power" in s_read or "office" in s_read):
            s_read = _RETURNED_TO_POWER_RE.sub("restored", s_read)  # same length
        ms = _detect(s_read, vocab, vessels)
        kin_speech = (("my " in s_read or "My " in s_read or "our " in s_read) and _FIRST_PERSON_KIN_RE.search(s_read)) \
            or (("his " in s_read or "her " in s_read) and _SAID_OWN_KIN_RE.search(s_read))
        for m in ms:
            m.sent = si
        tpl, spans = _template(s_read, ms)
        wset = set(_WORDS_RE.findall(tpl.lower()))
        _mark_roles(tpl, spans, ms, wset)
        if kin_speech:
            for m in ms:
                m.kin_speaker = m.speaker and len(m.tokens) >= 2
        per_sentence.append((s, ms, tpl, spans))
        all_mentions.append(ms)
        wsets.append(wset)

    # A sentence without names matters only through what later sentences take from it: its status
    # ("Among them were X" next), its groups ("The six Americans were ..." later) or a "he"/"she".
    n = len(per_sentence)
    group_later = [False] * (n + 1)
    firsts = [""] * n
    for k in range(n - 1, -1, -1):
        first = _FIRST_WORD_RE.match(per_sentence[k][2])
        firsts[k] = _opens_one_of_group(first.group(1).lower(), per_sentence[k][2]) if first else ""
        group_later[k] = group_later[k + 1] or bool(
            first and first.group(1).lower() in _W_GROUP_DET and (_GROUP_NP_RE.match(per_sentence[k][2])
                                                                 or _ANAPHOR_IDENT_RE.match(per_sentence[k][2]))
            or (first and first.group(1).lower() in _W_BESIDE and _BESIDE_LEAD_RE.match(per_sentence[k][2]))
            or (first and first.group(1).lower() in _W_ONE_OF_GROUP and _ONE_OF_GROUP_RE.match(per_sentence[k][2]))
            or ("one" in wsets[k] and bool(_ONE_OF_THE_GROUP_RE.search(per_sentence[k][2]))))
    needed = [bool(per_sentence[k][1]) or group_later[k + 1] or not wsets[k].isdisjoint(_W_PRONOUN)
              or bool(firsts[k] in _W_PLURAL_OPENER and _PLURAL_OPENER_RE.match(per_sentence[k][2]))
              or (k + 1 < n and bool(per_sentence[k + 1][1]) and not wsets[k + 1].isdisjoint(_W_BACKWARD))
              or (k + 1 < n and bool(per_sentence[k + 1][1]) and "of" in wsets[k + 1]
                  and bool(_PARTITIVE_OPENER_RE.match(per_sentence[k + 1][2])))
              for k in range(n)]

    persons = _resolve(all_mentions)

    findings: dict[int, list[tuple[_Finding, str]]] = {}
    lede_stop = lede_end([s for s, *_ in per_sentence], _LEDE_SENTENCES)  # past a page's heads and bylines
    lede_single: bool | int = False  # the lede freed one unnamed person ("An Australian man ... has been freed"), or 2
    prev_status: str | None = None
    antecedent: _Mention | None = None
    plural_antecedent: tuple | None = None
    list_antecedent: tuple | None = None  # the last sentence naming two or more people
    captive_antecedent: tuple | None = None  # the last sentence whose subject list a capture names
    group_status: dict[str, str] = {}
    prev_tpl = ""
    swap_story = False
    if any("xtradit" in s.lower() for s, *_ in per_sentence[:lede_stop]):
        # an extradition story: people moved out of a prison go into another state's custody, not free
        group_status["@extradition"] = "held|this_event"
    bullets: str | None = None  # the status a colon-ended list intro gives the bulleted items after it
    gap = 0
    for k, (s, ms, tpl, spans) in enumerate(per_sentence):
        if k:
            swap_story = swap_story or not wsets[k - 1].isdisjoint(_W_SWAP_STORY)
        if bullets and (item := _BULLET_NAME_RE.match(tpl)):
            # "Those released include:" then "- A, a lawyer ...;" "- B, a former minister ...": each item's
            # name is a member of the list, whatever office its own aside gives
            first = ms[int(item.group(1))]
            if first.role not in ("credit", "relative"):
                findings.setdefault(id(first), []).append((_Finding(bullets, "this_event", override=True), s))
            gap = 0
        elif bullets and gap == 0 and _PRONOUN_OPEN_RE.match(s):
            gap = 1  # the item's own second sentence: "She had served three years ..."
        else:
            bullets, gap = None, 0
        if s.endswith(":"):
            bullets = _bullet_intro_status(s)
        # the previous sentence dated an earlier occasion: "In that month, ..." / "... three weeks later" continue it
        that_event = bool(("that" in wsets[k] or "time" in wsets[k]) and _THAT_EVENT_RE.match(tpl))
        prev_dated = bool(prev_tpl) and (that_event or "later" in wsets[k]) and any(
            _is_earlier(dm.group("m"), dm.group("y") or dm.group("y2"), when) for dm in _DATE_RE.finditer(prev_tpl))
        prev_earlier = prev_dated and that_event
        if k and firsts[k] in _W_ONE_OF_GROUP:  # "One of them, X": "them" is the last group the previous sentence spoke of
            # ("One, X, said ... Another, Y, was ...": with no new group named between, the same group)
            group_status["@them"] = _last_plural(prev_tpl, per_sentence[k - 1][1]) or (
                group_status.get("@them", "") if k > 1 and firsts[k - 1] in _W_ONE_OF_GROUP else "")
        prev_tpl = tpl
        lede = None
        if k < lede_stop and not any(m.role not in ("official", "credit") and len(m.tokens) >= 2 for m in ms) \
                and _LEDE_SINGLE_FREED_RE.search(s) and not _NEGATION_RE.search(s):
            # (the lede may name the official who pardoned the one unnamed person: "after an appeal from Gov. X")
            lede = 2 if "and" in wsets[k] and _LEDE_PAIR_FREED_RE.search(s) else True
        if lede:
            lede_single = lede
        elif lede_single and ms:
            # ... and the next sentence opens on the name: "Warren Smith, 54, a former soldier, was found ..."
            pair = _OPENS_ON_PAIR_RE.match(tpl) if lede_single == 2 else None
            named = [ms[0], ms[int(pair.group(1))]] if pair else [ms[0]] if lede_single is True else []
            if (pair or lede_single is True and _OPENS_ON_NAME_RE.match(tpl)) and all(
                    m.role is None and not m.possessive and not m.speaker for m in named):
                for m in named:
                    findings.setdefault(id(m), []).append((_Finding("released", "this_event"), s))
            lede_single = False
        if not needed[k]:
            prev_status = None
            continue
        found, status, carried = _analyse(tpl, spans, ms, prev_status, when, antecedent, group_status, prev_earlier,
                                          wsets[k], swap_story, prev_dated,
                                          sections[k] or bool(prev_status and prev_status.endswith("|other_event")
                                                              and _IN_RETURN_RE.match(tpl)))
        prev_status = status
        for st in carried:
            if st.startswith("he:"):
                st, sc, word = st[3:].split("|")
                if _PRONOUN_SPEAKER_RE[word].search(s):
                    continue  # '"He is a free man," he said' after "His counsel, X, ...": one speaks of another
                if antecedent is not None and any(m.speaker and _surname_of(m.text) == _surname_of(antecedent.text)
                                                  for m in ms):
                    continue  # '"He is a free man," Lund said' after "His lawyer, Peter Lund, said ...": not Lund
                if k and s.lstrip()[:1] in "\"“" and _FIRST_PERSON_KIN_RE.search(per_sentence[k - 1][0]):
                    continue  # '"My father always said ... he said. "But he was let out."': the speaker's father
                if k and antecedent is not None and _speaks_on(per_sentence[k - 1][0], antecedent.text):
                    continue  # 'X said: "He taught here ...  We are glad he is home."': the speaker's words on another
                if antecedent is not None and not antecedent.speaker and antecedent.role is None:
                    before = findings.get(id(antecedent), [])
                    if sc == "this_event" and before and before[-1][1] == per_sentence[k - 1][0] \
                            and before[-1][0].scope == "other_event":
                        sc = "other_event"  # "In January 2016 X was freed ... He returned home quietly": that release
                    elif sc == "this_event" and k and antecedent in per_sentence[k - 1][1] \
                            and not _OWN_TIME_RE.search(tpl) and _opens_dated_earlier(per_sentence[k - 1][2], when):
                        # "In August 2012 a court commuted X's sentence. He was released and ...": that occasion
                        sc = "other_event"
                    findings.setdefault(id(antecedent), []).append((_Finding(st, sc), s))
            elif st.startswith("plural:"):
                st, sc, count, noun = st[7:].split("|")
                refs = _plural_referents(plural_antecedent, int(count), noun)
                if not refs and int(count) >= 3 and list_antecedent is not plural_antecedent:
                    # "A, B and C ... The Crown had conceded ... the three men walked free": a counted plural
                    # reaches past a sentence naming one person or body to the last list of names
                    refs = _plural_referents(list_antecedent, int(count), noun)
                if not refs and int(count) >= 3 and plural_antecedent and _WITH_HIM_RE.search(plural_antecedent[0]):
                    # "... the three ministers condemned at the same time as him, A, B and C. The four men have been
                    # set free": the list and the man it sides with (who is decided by his own sentences)
                    refs = _plural_referents(plural_antecedent, int(count) - 1, noun)
                prev_s = per_sentence[k - 1][0] if k else ""
                # what the sentence before said of each referent
                stated = {id(m): [f for f, q in findings.get(id(m), []) if q == prev_s and f.status != "mentioned"]
                          for m in refs}
                prior = [f for fs in stated.values() for f in fs]
                if prior and sc == "this_event" and all(f.scope == "other_event" for f in prior) \
                        and not _OWN_TIME_RE.search(tpl):
                    sc = "other_event"  # "In 1997 he pardoned A and B. They walked out of prison after two years."
                elif not prior and sc == "this_event" and k and not _OWN_TIME_RE.search(tpl) \
                        and _dated_earlier_anywhere(per_sentence[k - 1][2], when):
                    # "A, B, C and D walked out of the same court in October 1989. The four were freed after 15
                    # years": the group the sentence before named, on the occasion it dated
                    sc = "other_event"
                if prior:  # those the sentence before gave a status, not everyone it named
                    refs = [m for m in refs if stated[id(m)]]
                captives = _captured_list(*captive_antecedent, int(count)) if captive_antecedent and not noun else []
                refs = refs or captives
                # the captives of a named capture are freed whatever their offices ("Vice Premier C")
                override = st == "released" and bool(refs) and refs == captives
                for m in refs:
                    findings.setdefault(id(m), []).append((_Finding(st, sc, override=override), s))
            elif antecedent is not None:
                findings.setdefault(id(antecedent), []).append((_Finding(st, "this_event"), s))
        if ms:
            plural_antecedent = (tpl, spans, ms, found)  # resolved only if a "Both ..." follows
            if len(ms) >= 2:
                list_antecedent = plural_antecedent
            if len(ms) >= 2 and not wsets[k].isdisjoint(_W_CAPTURED) and _CAPTURED_SUBJECT_RE.search(tpl):
                captive_antecedent = (tpl, spans, ms)  # "A, B and C were seized": a later "The three" still in view
        subjects = [m for m in ms if m.role not in ("official", "credit", "victim", "commentator", "relative")
                    and not m.possessive]
        # "His lawyer, X, confirmed the release": X acts for the man "his" is; a later "he was released" is that man
        advocates = {id(m) for i, m in enumerate(ms)
                     if _ADVOCATE_BEFORE_RE.search(tpl, max(0, spans[i][0] - 40), spans[i][0])} \
            if not wsets[k].isdisjoint(_W_ADVOCATE) else set()
        subjects = [m for m in subjects if id(m) not in advocates]
        if ms and not (antecedent is not None and _HE_SHE_OPEN_RE.match(s) and not _OPENS_ON_NAME_RE.match(tpl)) \
                and not (antecedent is not None and not subjects and advocates):
            # ("He had served ... at a trial at which Castro spoke. He was driven ...": a sentence whose subject is
            # "he" goes on about the same person; a name inside it does not take over)
            antecedent = subjects[0] if subjects else None
        for i, fs in found.items():
            targets = [ms[i]]
            if ms[i].alias_of is not None:
                targets.append(ms[ms[i].alias_of])
            targets += [x for x in ms if x.alias_of == i]
            for t in targets:
                findings.setdefault(id(t), []).extend((f, s) for f in fs)

    _single_name_captives(per_sentence, persons, findings)
    _drop_fugitives(per_sentence, findings)
    decided = {id(p): _decide(p, findings) for p in persons if p.spellings}
    out: list[dict] = []
    for p in persons:
        if not p.spellings:
            continue
        name = _canonical(p)
        suffix = next((m.suffix for m in p.mentions if m.suffix), "")
        if suffix and not name.endswith(" " + suffix):
            name = f"{name} {suffix}"  # the generation the article gives: "Paul Getty III", not his grandfather
        status, scope, quote = decided[id(p)]
        if not quote:
            quote = next((s for s, ms, _, _ in per_sentence if any(m.person is not None and persons[m.person] is p for m in ms)), "")
        role = next((r for r in ("official", "credit", "victim", "commentator", "relative")
                     if any(m.role == r for m in p.mentions)), None)
        if role is None and status != "released" and any(m.role == "aide" for m in p.mentions):
            role = "official"
        if role is None and p.derived:
            role = "relative"
        out.append({
            "name": name,
            "aliases": sorted(set(p.spellings), key=p.spellings.index),
            "status": status,
            "scope": scope,
            "quote": quote,
            "person_id": _person_id(name),
            "role": role,
        })
    return out
