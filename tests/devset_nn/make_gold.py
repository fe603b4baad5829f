#!/usr/bin/env python3
"""Gold for devset_nn (blind, held-out-style). Writes gold.jsonl next to this file and checks it.

Checks:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive);
- no name is in two lists; every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on `transferred_to`;
- the GOLD file list matches articles/.
It also prints (as warnings only) cross-list name pairs that a lenient surname matcher would
confuse; see README "Scorer caveats".
"""
import json
import os
import re
import sys
import unicodedata
from difflib import SequenceMatcher

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALS = {"exact", "more_than", "at_least", "about"}
LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_santa_maria_recife.txt", published="2021-02-02",
        outlet="Brazilian regional news site, machine-translated from Portuguese (60-years-on feature)",
        event="Hijacked liner Santa Maria: passengers released at Recife, 1961-02-02/03",
        counts=[
            C("released", 600, "more than 600 passengers were landed in Recife over two days", qualifier="more_than"),
            C("other", 612, "On board there were 612 passengers and 350 crew members",
              note="people on board when the ship was seized, not a release count"),
            C("other", 350, "On board there were 612 passengers and 350 crew members",
              note="crew; they stayed aboard and sailed the ship home (not described as released)"),
            C("other", 24, "a group of 24 men who had embarked as passengers", note="the hijackers"),
            C("released", 7, "the rebels landed seven wounded crew members and two passengers on the island of Santa Lúcia",
              note="earlier event (landed at St Lucia on 23 January)"),
            C("released", 2, "the rebels landed seven wounded crew members and two passengers on the island of Santa Lúcia",
              note="earlier event (landed at St Lucia on 23 January)"),
            C("other", 14, "among them 14 babies", note="subset of the passengers"),
            C("other", 1200, "There were more than 1.200 journalists, curious, policemen and sailors", qualifier="more_than",
              note="crowd"),
            C("other", 2500000, "about 2,5 million escudos", qualifier="about", note="money"),
            C("other", 200000, "a crowd of about 200 000 people", qualifier="about", note="crowd in Lisbon"),
        ],
        released_names=["Maria do Carmo Ferreira", "Joaquim Ferreira"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Fernanda Albuquerque", "Henrique Galvão", "João José do Nascimento Costa", "Robert Dennison",
                      "Jânio Quadros", "Humberto Delgado", "Antônio Cavalcanti", "António de Oliveira Salazar",
                      "Francisco Franco"],
        distractors=["'Carminha' is a nickname of the releasee Maria do Carmo Ferreira",
                     "her cousin in Caracas (unnamed) was also on board",
                     "ages 9 / 69 / 4; 12 days; 20.900 tons; 609 feet",
                     "the 24 rebels received asylum (hijackers, not captives)",
                     "the wounded landed at St Lucia are an earlier release",
                     "READ ALSO list (1.431 cases, 38 deaths, 12 orchestras) is page noise"],
    ),
    dict(
        file="002_balcombe_street_siege.txt", published="1975-12-13", outlet="UPI wire",
        event="Balcombe Street siege ends; IRA gunmen free the Matthews couple, London, 1975-12-12",
        counts=[
            C("released", 2, "Police said the two hostages"),
            C("other", 4, "Four Irish Republican Army gunmen gave themselves up", note="captors who surrendered"),
            C("released", 6, "six Italian restaurant workers were freed unharmed",
              note="earlier event (Spaghetti House siege, October 1975)"),
            C("other", 3, "by three gunmen", note="captors in the earlier siege"),
        ],
        released_names=["John Matthews", "Sheila Matthews"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ernest Bright", "Peter Imbert", "Roy Jenkins", "Ross McWhirter", "Edna Collier"],
        distractors=["six days (duration) is not a count", "ages 54 / 53 / 71", "several hundred police officers (vague)",
                     "the four gunmen are unnamed and taken into custody", "22b Balcombe Street (address)"],
    ),
    dict(
        file="003_atlanta_penitentiary_siege.txt", published="1987-12-04", outlet="AP wire",
        event="Cuban detainees free 89 hostages, ending the Atlanta penitentiary siege, 1987-12-04",
        counts=[
            C("released", 89, "releasing their 89 remaining hostages"),
            C("released", 26, "Cuban inmates there released 26 hostages after eight days",
              note="earlier event (Oakdale siege ended on Sunday)"),
            C("other", 2746, "Cuba had agreed to take back 2,746 so-called excludables",
              note="deportation accord, not a release"),
            C("remaining_held", 1100, "About 1,100 Cubans held the Atlanta prison, and they will remain in federal custody",
              qualifier="about",
              note="inferred: the rioting detainees themselves stay in custody; optional (judgement call)"),
            C("remaining_held", 100, "The inmates had at one time held more than 100 hostages", qualifier="more_than",
              note="inferred: peak number of hostages earlier in the siege; optional"),
            C("other", 60000000, "Officials estimated damage at $60 million to $80 million", note="money"),
        ],
        released_names=["Kenneth Wade"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Teresa Moss"],
        other_people=["Maria Elena Guerra", "J. Michael Quinlan", "Agustin Roman", "Edwin Meese", "Jose Pena Perez",
                      "Gary Leshaw", "Linda Wade", "Miguel Arroyo"],
        distractors=["'89 remaining hostages' is the released group, not a still-held count",
                     "Teresa Moss was let out on the third day (earlier batch of the same siege)",
                     "'his brother Rafael' is a detainee named by first name only",
                     "11-day siege; ages 41 / 62 / 33; seven years; groups of five and six",
                     "Linda Wade is the released officer's wife"],
    ),
    dict(
        file="004_edwards_freed_santiago.txt", published="1992-02-02",
        outlet="Chilean daily, machine-translated from Spanish",
        event="FPMR releases Cristián Edwards after 145 days, Santiago, 1992-02-01",
        counts=[
            C("other", 1000000, "an amount of around 1.000.000 of dollars was delivered", qualifier="about",
              note="ransom"),
            C("other", 1500000, "up to 1,5 million dollars", note="ransom (upper estimate)"),
            C("other", 3, "three people have been detained in the last weeks", note="arrests"),
            C("other", 4, "orders of capture against at least another four", qualifier="at_least", note="arrest warrants"),
        ],
        released_names=["Cristián Edwards"],
        alias_groups={"Cristián Edwards": ["Cristián Edwards del Río"]},
        not_released_names=[],
        other_event_released_names=["Carlos Carreño"],
        other_people=["Enrique Krauss", "Agustín Edwards Eastman", "María Luisa del Río", "Patricio Aylwin",
                      "Jaime Guzmán", "Alberto Chaigneau"],
        distractors=["145 days / 92 days / 15 kilos / 62,3% are not counts of people",
                     "Agustín Edwards Eastman is the father; María Luisa del Río the mother",
                     "Carreño was released in São Paulo in 1987 (earlier event)",
                     "'Pinochet' in the edition list is page noise"],
    ),
    dict(
        file="005_betancourt_rescue_jaque.txt", published="2008-07-03",
        outlet="UK broadcaster web page (cookie banner, video residue, related/top stories)",
        event="Colombian army rescues Ingrid Betancourt and 14 other Farc hostages, 2008-07-02",
        counts=[
            C("released", 15, "were among the 15 hostages freed"),
            C("other", 14, "Ingrid Betancourt and 14 other hostages have been rescued",
              note="'X and 14 others': the bare 14; the total is 15"),
            C("other", 3, "Three US defence contractors", note="subset of the 15"),
            C("other", 11, "along with 11 Colombian soldiers and police officers", note="subset of the 15"),
            C("other", 2, "together with two rebels", note="captured guerrillas"),
            C("released", 4, "Four more former lawmakers were released in February", note="earlier event (February 2008)"),
            C("remaining_held", 700, "the Farc still holds some 700 hostages", qualifier="about",
              note="government estimate"),
            C("remaining_held", 25, "About 25 of them, soldiers, police officers and politicians", qualifier="about",
              note="inferred: subset of the 700 ('exchangeable' hostages); optional"),
            C("other", 500, "some 500 guerrillas in Colombian jails", qualifier="about",
              note="prisoners the rebels want released (demand)"),
            C("released", 8, "Eight freed in Niger Delta kidnap drama",
              note="earlier event (page noise: unrelated related-story headline)"),
            C("other", 12, "Mexico police arrest 12 over Tijuana kidnap ring", note="page noise"),
            C("other", 1000, "Fire forces 1,000 from homes in California", note="page noise"),
        ],
        released_names=["Ingrid Betancourt", "Marc Gonsalves", "Thomas Howes", "Keith Stansell", "Raimundo Malagón"],
        alias_groups={"Gerardo Aguilar": ["Cesar"]},
        not_released_names=["Pablo Emilio Moncayo", "Luis Mendieta"],
        other_event_released_names=["Clara Rojas", "Consuelo Gonzalez"],
        other_people=["Juan Manuel Santos", "Alfonso Cano", "Gerardo Aguilar", "Yolanda Pulecio", "Lorenzo Delloye",
                      "Bernard Kouchner", "Nicolas Sarkozy", "Hugo Chavez", "Alvaro Uribe", "Manuel Marulanda",
                      "Raul Reyes"],
        distractors=["Melanie (Delloye), the daughter, is named only as 'Melanie and Lorenzo Delloye'",
                     "'whose father Gustavo' (Moncayo's father, first name only)",
                     "more than six years; age 46; $145 oil price",
                     "'Cesar' (Gerardo Aguilar) is a captured rebel commander, not a hostage",
                     "Rojas and Gonzalez were released in January (earlier event)"],
    ),
    dict(
        file="006_farc_frees_chinese_workers.txt", published="2012-11-22", outlet="Reuters brief",
        event="FARC free four Chinese oil workers in Caqueta, 2012-11-22",
        counts=[
            C("released", 4, "freed four Chinese oil workers"),
            C("transferred_to", 4, "were handed over to an ICRC delegation in a rural area of southern Caqueta province and flown to the provincial capital Florencia",
              where="Florencia", note="inferred: in-country onward flight; the number is in the previous sentence; optional"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andres Mejia", "Daniel Warrington"],
        distractors=["the Colombian interpreter 'released shortly afterwards' in 2011 is an earlier release, unnamed and uncounted",
                     "'the group still holds hundreds of people' is vague", "more than 17 months; two-month ceasefire"],
    ),
    dict(
        file="007_culiacan_abductions_liveblog.txt", published="2024-03-10",
        outlet="English-language live blog, reverse chronological, with unrelated entries",
        event="Mass abduction in Culiacán: 58 of 66 freed or found, 2024-03-08..10",
        counts=[
            C("released", 58, "58 have now been freed or located"),
            C("other", 66, "Gunmen seized at least 66 people", qualifier="at_least", note="total abducted"),
            C("remaining_held", 8, "all but eight of those taken are now back home",
              note="inferred: 'still missing/unaccounted for' after the abduction; optional (judgement call)"),
            C("other", 18, "Among those freed are 18 minors and 12 women", note="subset of the 58"),
            C("other", 12, "Among those freed are 18 minors and 12 women", note="subset of the 58"),
            C("released", 20, "a group of about 20 people, mostly men, were left on a dirt road", qualifier="about",
              note="inferred: batch within the main event; optional"),
            C("released", 42, "officials said 42 people had been released",
              note="inferred: Saturday's tally within the same event, superseded by 58; optional"),
            C("other", 70, "an earlier estimate of \"up to 70\"", note="superseded estimate of people taken"),
            C("released", 3600, "Gangs freed more than 3,600 inmates in two prison breaks", qualifier="more_than",
              note="earlier event (unrelated Haiti entry: prison breaks a week earlier)"),
        ],
        released_names=["Alberto Cázarez"],
        alias_groups={},
        not_released_names=["Jesús Armando Ibarra"],
        other_event_released_names=[],
        other_people=["Daniela Ruiz", "Tom Harrow", "Guadalupe Ibarra", "Rubén Rocha Moya",
                      "Andrés Manuel López Obrador", "Javier Milei"],
        distractors=["'His two grandsons, aged 15 and 17' are unnamed releasees",
                     "Jesús Armando Ibarra is one of the missing (listed as still held: judgement call)",
                     "13,2% inflation; 2 June election", "most-read list (Ecuador guards hostage, Lula, Bolsonaro) is page noise"],
    ),
    dict(
        file="008_gothenburg_pow_exchange_1943.txt", published="1943-10-21",
        outlet="UK newspaper archive page (OCR notice)",
        event="Anglo-German exchange of sick and wounded POWs at Gothenburg, 1943-10",
        counts=[
            C("exchanged", 4159, "Official figures issued to-night put the British total at 4,159."),
            C("exchanged", 4200, "Some 4,200 British and Dominion prisoners", qualifier="about",
              note="inferred: rounded figure for the same men (official total 4,159); optional"),
            C("other", 100, "among them about 100 merchant seamen and civilian internees", qualifier="about",
              note="subset of the British side"),
            C("exchanged", 830, "830 German prisoners were handed over by the British authorities"),
            C("remaining_held", 1500, "about 1,500 more British prisoners reported to be seriously ill", qualifier="about",
              note="inferred: sick prisoners still held, possible future exchange; optional"),
            C("other", 3, "Arsenal 3, Chelsea 1", note="page noise"),
        ],
        released_names=["Thomas Hale", "Arthur Benson"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Folke Bernadotte", "Victor Mallet", "Prince Wied"],
        distractors=["the 1941 Newhaven-Dieppe exchange broke down (no releases)",
                     "'three years and four months' is a duration", "2 oz. of cheese (page noise)",
                     "'Tipperary' is a song"],
    ),
    dict(
        file="009_big_switch_first_day_1953.txt", published="1953-08-05", outlet="United Press wire",
        event="Operation Big Switch, first day at Panmunjom, 1953-08-05",
        counts=[
            C("exchanged", 400, "The Americans were among 400 Allied prisoners returned on the first day"),
            C("released", 70, "Seventy American soldiers, gaunt but grinning, rolled into freedom today",
              note="inferred: subset of the 400 (Americans) stated with a release phrase; optional"),
            C("other", 250, "250 South Koreans", note="subset of the 400"),
            C("other", 50, "50 Britons", note="subset of the 400"),
            C("other", 15, "15 Turks and 15 men from other United Nations countries", note="subset of the 400"),
            C("exchanged", 2759, "the United Nations Command handed over 2,759 North Korean and Chinese prisoners"),
            C("exchanged", 12763, "they will return 12,763 Allied prisoners", note="planned total of the whole exchange"),
            C("released", 3313, "including 3,313 Americans", note="planned (subset of the planned 12,763)"),
            C("exchanged", 74000, "The United Nations Command is to hand back some 74,000 Communist prisoners",
              qualifier="about", note="planned total of the whole exchange"),
            C("remaining_held", 22000, "About 22,000 Communist prisoners who have refused repatriation", qualifier="about",
              note="inferred: non-repatriates who stay in neutral custody; optional"),
            C("released", 684, "the Communists released 684 sick and wounded Allied prisoners",
              note="earlier event (Little Switch, April-May 1953)"),
            C("released", 149, "including 149 Americans", note="earlier event (Little Switch)"),
            C("exchanged", 6670, "in exchange for 6,670 of their own men", note="earlier event (Little Switch)"),
        ],
        released_names=["Robert L. Kelley", "Eugene Frazier"],
        alias_groups={},
        not_released_names=["William F. Dean"],
        other_event_released_names=[],
        other_people=["Walter Briggs", "Mark W. Clark"],
        distractors=["'about 400 a day' is a planned rate", "26 months; age 21; Dec. 1950",
                     "Dean 'will be released in due course' (announced only; still held)"],
    ),
    dict(
        file="010_bulltofta_hijack_1972.txt", published="1972-09-16",
        outlet="Swedish agency archive item, machine-translated",
        event="SAS hijack at Bulltofta: 86 passengers freed for six Croatian prisoners flown to Madrid, 1972-09-15/16",
        counts=[
            C("exchanged", 86, "All 86 passengers on the hijacked SAS plane were released"),
            C("exchanged", 6, "in exchange for six Croatian prisoners"),
            C("transferred_to", 6, "The plane then took off for Madrid with the three hijackers, the six released prisoners",
              where="Madrid"),
            C("released", 4, "The four crew members, with captain Bengt Ohlsson at the head, were unharmed",
              note="inferred: crew freed when the hijackers surrendered in Madrid; optional"),
            C("other", 3, "with the three hijackers", note="captors"),
            C("other", 7, "seven Croatians who are serving sentences in Sweden", note="demand"),
            C("remaining_held", 1, "One of the seven, Ante Stojanov, refused to go and remains in the Kumla institution",
              note="inferred: prisoner who refused release; optional"),
            C("other", 500000, "500 000 kronor", note="ransom"),
            C("other", 1000, "1 000 new police officers", note="page noise"),
            C("other", 17, "17 dead after the attack", note="page noise"),
        ],
        released_names=["Miro Barešić", "Anđelko Brajković", "Margareta Lindqvist", "Bengt Ohlsson"],
        alias_groups={"Miro Barešić": ["Baresic"], "Anđelko Brajković": ["Brajkovic"]},
        not_released_names=["Ante Stojanov"],
        other_event_released_names=[],
        other_people=["Vladimir Rolović", "Olof Palme", "Lennart Geijer", "Carl Persson"],
        distractors=["the six freed prisoners were taken for questioning in Madrid, status unclear (still counted as released in the exchange: judgement call)",
                     "the three hijackers were arrested in Madrid", "life imprisonment; age 34; 04.20 / 02.00 clock times",
                     "Rolović was murdered in 1971"],
    ),
    dict(
        file="011_karabakh_pow_exchange_2020.txt", published="2020-12-14",
        outlet="Russian news site, machine-translated (view/comment counters)",
        event="First Armenia-Azerbaijan prisoner exchange after the 2020 war, 44 for 12, 2020-12-14",
        counts=[
            C("exchanged", 44, "To Yerevan returned 44 Armenian servicemen and civilians"),
            C("exchanged", 12, "to Baku - 12 citizens of Azerbaijan"),
            C("transferred_to", 44, "To Yerevan returned 44 Armenian servicemen and civilians", where="Yerevan",
              note="inferred: flight home; optional"),
            C("transferred_to", 12, "to Baku - 12 citizens of Azerbaijan", where="Baku",
              note="inferred: flight home; optional"),
            C("remaining_held", 60, "at least 60 Armenian servicemen and civilians still remain in captivity in Azerbaijan",
              qualifier="at_least", note="Armenian ombudsman's figure"),
            C("other", 1200, "more than 1 200 bodies of Armenian servicemen", qualifier="more_than", note="bodies"),
            C("other", 1960, "1 960 Russian peacekeepers", note="troops"),
            C("other", 44, "the war of 44 days", note="duration, not people"),
            C("other", 1500, "1 500 new cases of coronavirus", note="page noise"),
        ],
        released_names=["Dilgam Asgarov", "Shahbaz Guliyev", "Arsen Gasparyan"],
        alias_groups={"Dilgam Asgarov": ["Dilgam Askerov"], "Shahbaz Guliyev": ["Shakhbaz Kuliev"]},
        not_released_names=["Vigen Euljekjian", "Maral Najarian"],
        other_event_released_names=[],
        other_people=["Rustam Muradov", "Ilham Aliyev", "Anahit Gasparyan", "Nikol Pashinyan", "Arman Tatoyan",
                      "Vladimir Putin"],
        distractors=["life imprisonment and 22 years (sentences)", "age 19", "views 12 417 / comments 86",
                     "'seven districts' is territory", "524,5 dram per dollar (page noise)",
                     "Anahit Gasparyan is the released conscript's mother"],
    ),
    dict(
        file="012_saab_swap_venezuela_2023.txt", published="2023-12-20", outlet="AP wire",
        event="Venezuela frees 10 Americans and 20 Venezuelans; US frees Alex Saab, 2023-12-20",
        counts=[
            C("exchanged", 10, "Venezuela released 10 Americans on Wednesday"),
            C("other", 6, "including six the U.S. government considered wrongfully detained", note="subset of the 10"),
            C("released", 20, "the Maduro government also freed 20 Venezuelans jailed for political reasons"),
            C("transferred_to", 10, "The freed Americans were flown to Kelly Field in San Antonio, Texas", where="San Antonio",
              note="inferred: flight home; no number in the sentence; optional"),
            C("remaining_held", 268, "268 political prisoners remain behind bars in Venezuela"),
            C("other", 122, "including 122 military personnel", note="subset of the 268 still held"),
            C("released", 7, "Venezuela freed seven Americans", note="earlier event (October 2022 swap)"),
            C("other", 5, "including five oil executives from Houston-based Citgo", note="earlier event subset"),
            C("exchanged", 2, "in exchange for two nephews of Cilia Flores", note="earlier event (October 2022 swap)"),
            C("released", 2, "two Americans, Gustavo Cárdenas and Jorge Fernández, were released",
              note="earlier event (March 2022)"),
            C("other", 350000000, "some $350 million", qualifier="about", note="money"),
        ],
        released_names=["Alex Saab", "Eyvin Hernández", "Jerrel Kenemore", "Joseph Cristella", "Savoi Wright",
                        "Roberto Abdul"],
        alias_groups={"Leonard Glenn Francis": ["Fat Leonard"]},
        not_released_names=["Javier Tarazona"],
        other_event_released_names=["Jorge Toledo", "Gustavo Cárdenas", "Jorge Fernández"],
        other_people=["Daniela Santos", "Mark Walsh", "Nicolás Maduro", "Cilia Flores", "Camilla Fabri", "Joe Biden",
                      "Leonard Glenn Francis", "Roger Carstens", "Marco Rubio", "Jorge Rodríguez", "Berta Hernández",
                      "Frank Doyle"],
        distractors=["Leonard Glenn Francis ('Fat Leonard') was handed over INTO US custody (not a release)",
                     "'the third major release' is an ordinal", "nearly five years (duration)",
                     "Berta Hernández is a releasee's mother", "Saab's flight to Caracas is a single-person return home (no count)"],
    ),
    dict(
        file="013_ukraine_exchange_statement_june2024.txt", published="2024-06-25",
        outlet="Ukrainian government statement (unofficial translation) with editor's note",
        event="UAE-mediated Ukraine-Russia exchange, 90 for 90, 2024-06-25",
        counts=[
            C("exchanged", 90, "90 Ukrainians have returned home"),
            C("exchanged", 90, "90 Russian servicemen had been returned from territory controlled by Kyiv"),
            C("transferred_to", 90, "all the Russian servicemen are on the territory of the Republic of Belarus",
              where="Belarus"),
            C("transferred_to", 90, "They will be flown to Moscow for treatment and rehabilitation", where="Moscow",
              note="planned"),
            C("released", 3310, "In total, 3,310 Ukrainians have been returned from captivity since February 2022",
              note="cumulative"),
            C("other", 3172, "including 3,172 military and 138 civilians", note="cumulative subset"),
            C("other", 138, "including 3,172 military and 138 civilians", note="cumulative subset"),
            C("exchanged", 75, "saw 75 prisoners returned by each side", note="earlier event (31 May 2024 exchange)"),
        ],
        released_names=["Oleksandr Bondar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Kateryna Bondar", "Kyrylo Budanov", "Dmytro Lubinets"],
        distractors=["'53rd exchange' is an ordinal", "ages 21 / 60; 36th brigade",
                     "'thousands of Ukrainians ... are still held' is vague", "hotline number 0 800 300 529",
                     "Kateryna Bondar is the released sergeant's wife"],
    ),
    dict(
        file="014_koan_maru_maizuru_1956.txt", published="1956-12-26", outlet="Reuter brief",
        event="Koan Maru brings 1,025 amnestied Japanese prisoners from the USSR to Maizuru, 1956-12-26",
        counts=[
            C("released", 1025, "1,025 Japanese released from Soviet prisons and labour camps"),
            C("other", 11000, "some 11,000 Japanese last known to be in Soviet-held territory", qualifier="about",
              note="unaccounted for (missing), not stated as held"),
        ],
        released_names=["Otozo Yamada"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Fumitaka Konoe"],
        distractors=["Konoe died in a camp (not a releasee)", "25-year sentence; age 75; more than 11 years",
                     "'son of the former prime minister' (unnamed father)"],
    ),
    dict(
        file="015_huber_matos_freed_1979.txt", published="1979-10-28", outlet="US regional newspaper long feature",
        event="Cuba releases Huber Matos after 20 years; flown to Costa Rica, 1979-10-21",
        counts=[
            C("released", 3600, "more than 3,600 prisoners have been released, according to the State Department",
              qualifier="more_than", note="cumulative (release programme since the 1978 dialogue)"),
            C("released", 3000, "Castro promised to free 3,000 political prisoners", note="planned (promise made in 1978)"),
            C("other", 600, "600 people jailed for trying to leave the island", note="planned, part of the promise"),
            C("released", 46, "The first 46 arrived at Miami International Airport last October",
              note="earlier event (October 1978)"),
            C("remaining_held", 250, "at least 250 political prisoners remain in Cuban jails", qualifier="at_least",
              note="exile groups' estimate"),
            C("other", 300, "the 300 or so Cubans who had pressed against the airport fence", qualifier="about",
              note="crowd"),
            C("other", 82, "were 82 names", note="names on Matos's list"),
        ],
        released_names=["Huber Matos"],
        alias_groups={},
        not_released_names=["Eloy Gutierrez Menoyo", "Armando Valladares", "Roberto Martin Perez"],
        other_event_released_names=["Tony Cuesta"],
        other_people=["Elena Cardenas", "Maria Luisa Araluce", "Camilo Cienfuegos", "Fidel Castro", "Rodrigo Carazo",
                      "Rafael Peñalver", "Huber Matos Araluce", "Rogelio Matos"],
        distractors=["Huber Matos Araluce (son) shares the releasee's given name and surname",
                     "20-year sentence; 30 years; age 61 / 38; seven hours; 14 years",
                     "the single-person flight to Costa Rica has no count", "'four children' (relatives)"],
    ),
    dict(
        file="016_care_australia_pratt_freed_1999.txt", published="1999-09-02",
        outlet="Australian broadcaster web page (cookie banner, video residue, related/top stories)",
        event="Yugoslavia pardons and frees CARE Australia workers Pratt and Wallace, 1999-09-01",
        counts=[
            C("released", 2, "Two Australian aid workers jailed in Yugoslavia for spying have been freed"),
            C("transferred_to", 2, "were driven from Belgrade's central prison to the Hungarian border late yesterday and taken on to Budapest",
              where="Budapest"),
            C("transferred_to", 2, "The two men are expected to fly to Sydney later this week", where="Sydney",
              note="planned"),
            C("released", 8, "Eight released after Bougainville mine standoff",
              note="earlier event (page noise: unrelated related-story headline)"),
            C("other", 2, "2 killed in Hume Highway crash", note="page noise"),
        ],
        released_names=["Steve Pratt", "Peter Wallace"],
        alias_groups={},
        not_released_names=["Branko Jelen"],
        other_event_released_names=[],
        other_people=["Slobodan Milosevic", "Malcolm Fraser", "Alexander Downer", "John Howard", "Robyn Pratt",
                      "Charles Tapp"],
        distractors=["12 / four / six years (sentences)", "ages 48 / 52", "'We want all three men out, not two'",
                     "4.75pc interest rate; 3am", "Robyn Pratt is the releasee's wife"],
    ),
    dict(
        file="017_xu_wenli_parole_ngo.txt", published="2002-12-24", outlet="NGO press release (invented NGO)",
        event="China frees Xu Wenli on medical parole and sends him to the US, 2002-12-24",
        counts=[
            C("remaining_held", 2000, "At least 2,000 people remain imprisoned in China", qualifier="at_least",
              note="NGO estimate"),
            C("remaining_held", 30, "At least 30 other CDP members are in prison", qualifier="at_least"),
            C("other", 2400, "more than 2,400 individual cases", qualifier="more_than", note="database size"),
        ],
        released_names=["Xu Wenli"],
        alias_groups={},
        not_released_names=["Wang Youcai", "Qin Yongmin"],
        other_event_released_names=["Ngawang Sangdrol"],
        other_people=["He Xintong", "Xu Jin", "Margaret Lo", "Daniel Chu"],
        distractors=["Xu's own 1993 parole is an earlier release of the same man",
                     "13-year / 12 years / 11 years / 16 years (sentences, durations)", "age 59",
                     "'keeps hundreds of others behind bars' is vague", "phone numbers in the contact block"],
    ),
    dict(
        file="018_lutsenko_pardon_analysis_2013.txt", published="2013-04-09", outlet="analysis piece",
        event="Yanukovych pardons Yuriy Lutsenko and five others, Ukraine, 2013-04-07",
        counts=[
            C("released", 6, "covered six people in all"),
            C("other", 4, "The other four, according to the presidential administration, were ordinary prisoners",
              note="subset of the six"),
        ],
        released_names=["Yuriy Lutsenko", "Heorhiy Filipchuk"],
        alias_groups={"Yuriy Lutsenko": ["Yuri Lutsenko"]},
        not_released_names=["Yulia Tymoshenko"],
        other_event_released_names=["Valeriy Ivashchenko"],
        other_people=["Pavel Korniychuk", "Viktor Yanukovych", "Pat Cox", "Aleksander Kwaśniewski", "Stefan Füle",
                      "Catherine Ashton", "Iryna Lutsenko", "Arseniy Yatsenyuk", "Vitali Klitschko", "Vladimir Putin"],
        distractors=["Iryna Lutsenko is the releasee's wife", "'The six pardons of 7 April' repeats the main count",
                     "four / three / seven years (sentences); age 48; 'more than a dozen times'",
                     "Ivashchenko was released in August 2012 (earlier event)"],
    ),
    dict(
        file="019_azerbaijan_novruz_pardon_2016.txt", published="2016-03-17", outlet="AFP brief",
        event="Azerbaijan's Novruz pardon of 148 prisoners, 2016-03-17",
        counts=[
            C("released", 148, "pardoned 148 prisoners"),
            C("remaining_held", 70, "more than 70 political prisoners remain behind bars", qualifier="more_than"),
        ],
        released_names=["Rasul Jafarov", "Parviz Hashimli"],
        alias_groups={},
        not_released_names=["Khadija Ismayilova", "Intigam Aliyev"],
        other_event_released_names=["Leyla Yunus"],
        other_people=["Ilham Aliyev"],
        distractors=["'her husband Arif' (Arif Yunus, first name only; freed earlier)",
                     "Intigam Aliyev (held) shares a surname with President Ilham Aliyev",
                     "six and a half / seven and a half years (sentences)"],
    ),
    dict(
        file="020_venezuela_postelection_releases_2024.txt", published="2024-11-17",
        outlet="Venezuelan news site, machine-translated from Spanish (cookie banner, also-read list)",
        event="Venezuela releases 225 people detained after the July 2024 election, 2024-11-15/16",
        counts=[
            C("released", 225, "225 people detained in the context of the protests after the presidential elections of 28 July were released"),
            C("other", 10, "at least 10 adolescents", qualifier="at_least", note="subset of the 225"),
            C("released", 131, "we have been able to verify 131 cases until now",
              note="inferred: verified subset of the 225; optional"),
            C("remaining_held", 1963, "in Venezuela there were 1.963 political prisoners",
              note="Foro Penal figure as of 11 November, before this release"),
            C("other", 1783, "of whom 1.783 were detained after the elections", note="subset of the 1,963"),
            C("remaining_held", 1900, "Foro Penal counts more than 1.900 political prisoners", qualifier="more_than",
              note="inferred: headline rounding of the 1,963; optional"),
            C("other", 2000, "detained more than 2.000 people", qualifier="more_than", note="arrests"),
            C("released", 10, "Government releases 10 Colombian truckers detained in Táchira",
              note="earlier event (page noise: unrelated also-read headline)"),
            C("other", 1200, "Heavy rains affect 1.200 families", note="page noise"),
        ],
        released_names=["Yeferson Parra"],
        alias_groups={},
        not_released_names=["Perkins Rocha", "Freddy Superlano", "Roland Carreño"],
        other_event_released_names=[],
        other_people=["Tarek William Saab", "Luisa Parra", "Alfredo Romero", "Gonzalo Himiob", "Nicolás Maduro",
                      "María Corina Machado", "Edmundo González Urrutia", "Diosdado Cabello"],
        distractors=["released with precautionary measures (reporting to court every 30 days) is counted as a release (judgement call)",
                     "'a second group' of reviews is planned, no number", "Luisa Parra is the releasee's mother",
                     "67% of the votes; 45,73 bolívares; 280 kilometers; age 17",
                     "González Urrutia went into exile (not a prisoner)"],
    ),
]


# --- lenient name matcher (same idea as the scorer's), used only for warnings -------------
def _fold(s):
    s = unicodedata.normalize("NFKD", s or "")
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def _skel(word):
    w = re.sub(r"[^a-z]", "", _fold(word))
    w = re.sub(r"ou(?=[^aeiouy]|$)", "ov", w)
    for a, b in (("sch", "s"), ("tsch", "c"), ("ts", "c"), ("tz", "c"), ("cz", "c"), ("kh", "h"),
                 ("ph", "f"), ("w", "v"), ("x", "ks"), ("q", "k"), ("ck", "k")):
        w = w.replace(a, b)
    return re.sub(r"[aeiouyjh]", "", w) or w


def _tok(name):
    return [t for t in re.split(r"[\s\-]+", _fold(name)) if t and t not in {"jr", "sr", "dr", "mr", "mrs", "ms"}]


def _similar(a, b):
    ta, tb = _tok(a), _tok(b)
    if not ta or not tb:
        return False
    sa, sb = _skel(ta[-1]), _skel(tb[-1])
    if min(len(sa), len(sb)) <= 3 and sa != sb:
        return False
    if SequenceMatcher(None, sa, sb).ratio() < 0.8:
        return False
    if len(ta) > 1 and len(tb) > 1:
        fa, fb = _skel(ta[0]), _skel(tb[0])
        initial = min(len(re.sub(r"[^a-z]", "", ta[0])), len(re.sub(r"[^a-z]", "", tb[0]))) == 1
        if fa and fb and not (initial and ta[0][0] == tb[0][0]) and SequenceMatcher(None, fa, fb).ratio() < 0.5:
            return False
    return True


def main():
    ok = True

    def err(msg):
        nonlocal ok
        ok = False
        print(msg, file=sys.stderr)

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        err(f"file list mismatch: gold={sorted(g['file'] for g in GOLD)} articles={files}")
    if len({g["file"] for g in GOLD}) != len(GOLD):
        err("duplicate file in GOLD")
    warnings = []
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                err(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not int: {c['value']!r}")
            if (c["kind"] == "transferred_to") != bool(c.get("where")):
                err(f"{g['file']}: `where` must be set exactly on transferred_to: {c}")
            if c.get("where") and c["where"].casefold() not in low:
                err(f"{g['file']}: where not in article: {c['where']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                err(f"{g['file']}: alias-group key not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
        # warnings: lenient matcher confusions between a released name and a name in another list
        for r in g["released_names"]:
            for key in LISTS[1:]:
                for n in g[key]:
                    if _similar(r, n):
                        warnings.append(f"{g['file']}: {r!r} (released) ~ {n!r} ({key})")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    for w in warnings:
        print("warning (scorer caveat):", w)
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
