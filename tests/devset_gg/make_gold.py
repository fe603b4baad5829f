#!/usr/bin/env python3
"""Gold for devset_gg (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name / alias / `where` occurs in it
(names: case-insensitive), that no name is in two lists, and that kinds, qualifiers and
values are valid."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALS = {"exact", "more_than", "at_least", "about"}


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_iraq_kerala_nurses.txt", published="2014-07-05", outlet="Indian regional daily, Kochi edition (Also Read list, comments)",
        event="46 Indian nurses freed by ISIL in Mosul, handed over near Erbil and flown to Kochi, 2014-07-03..05",
        counts=[
            C("released", 46, "The militants freed the 46 nurses"),
            C("transferred_to", 46, "Forty-six Indian nurses who spent more than three weeks stranded in a hospital in Tikrit, and were then forced onto buses by Sunni militants and driven to Mosul, arrived at Cochin International Airport",
              where="Kochi", note="inferred: flown home after release; optional"),
            C("other", 45, "Forty-five of the nurses are from Kerala", note="subset of the 46"),
            C("other", 183, "In all the aircraft carried 183 Indians", note="all passengers of the flight, most never held"),
            C("remaining_held", 39, "the 39 remained in the custody of their captors",
              note="construction workers abducted in Mosul in June (same captors, separate abduction)"),
            C("other", 3000, "More than 3,000 Indians have approached the embassy", qualifier="more_than",
              note="people seeking evacuation"),
            C("released", 25, "25 convicts to get early release on Onam", note="page noise (Also Read headline); planned"),
            C("other", 1, "Karunya KR-148 lottery result: first prize of Rs 1 crore", note="page noise"),
        ],
        released_names=["Marina Jose", "Sandra Varghese"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Varghese Thomas", "Oommen Chandy", "K.C. Joseph", "Sushma Swaraj", "Syed Akbaruddin",
                      "Ajay Kumar", "K.K. Mustafah"],
        distractors=["Varghese Thomas is Sandra Varghese's father (relative)", "ages 24; eleven months; four months unpaid",
                     "Rs 2 lakh to Rs 4 lakh loans; 11.50 a.m.", "the 39 workers are unnamed",
                     "Sensex 72 points; 3rd day (page noise)"],
    ),
    dict(
        file="002_sudan_chinese_workers.txt", published="2012-02-07", outlet="Reuters wire brief",
        event="SPLM-North frees 29 Chinese road workers in South Kordofan via the ICRC, flown to Nairobi, 2012-02-07",
        counts=[
            C("released", 29, "Sudanese rebels freed 29 Chinese road workers"),
            C("transferred_to", 29, "The ICRC flew the 29 to Nairobi", where="Nairobi"),
            C("other", 17, "Seventeen other workers escaped", note="escaped, not released; one found dead"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Arnu Ngutulu Lodi", "Rania Mashlab", "Liu Weimin", "Khalid Abdelaziz", "Ulf Laessing",
                      "Alison Williams"],
        distractors=["ten days; Jan. 28", "'thousands of Chinese work' is vague", "no releasee is named"],
    ),
    dict(
        file="003_iraq_romanian_journalists.txt", published="2005-05-23", outlet="AFP wire",
        event="Three Romanian journalists and their guide freed in Iraq after 55 days; journalists flown to Bucharest, 2005-05-22/23",
        counts=[
            C("released", 4, "The four hostages were freed on Sunday", note="three journalists plus their guide"),
            C("released", 3, "Three Romanian journalists held hostage in Iraq for nearly two months landed at Bucharest's Otopeni airport",
              note="inferred: the three journalists only (subset of the four freed); optional"),
            C("transferred_to", 3, "The three journalists were flown to Bucharest", where="Bucharest",
              note="inferred: flown home after release; optional"),
            C("other", 860, "its 860 troops from Iraq", note="troop numbers (kidnappers' demand)"),
            C("other", 200, "More than 200 foreigners have been kidnapped in Iraq since April 2004", qualifier="more_than",
              note="cumulative kidnappings, not releases"),
            C("other", 30, "at least 30 of them have been killed", qualifier="at_least", note="killed hostages"),
        ],
        released_names=["Marie-Jeanne Ion", "Sorin Mişcoci", "Ovidiu Ohanesian", "Mohammad Munaf"],
        alias_groups={"Sorin Mişcoci": ["Miscoci"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Traian Basescu", "Mihai-Razvan Ungureanu", "Omar Hayssam", "Akihiko Saito",
                      "Calin Popescu-Tariceanu"],
        distractors=["Omar Hayssam was detained (taken INTO custody) by prosecutors", "Akihiko Saito: fate unknown (not stated as held)",
                     "Miscoci's wife, Mariana (first name only)", "55 days; March 28; 10 kilograms; C-130",
                     "Munaf stayed in Baghdad but was freed with the journalists"],
    ),
    dict(
        file="004_beirut_polhill_1990.txt", published="1990-04-22", outlet="AP archive page",
        event="Islamic Jihad for the Liberation of Palestine frees Robert Polhill in Beirut; handed over in Damascus, 1990-04-22",
        counts=[
            C("remaining_held", 7, "Seven Americans remain captive in Lebanon"),
            C("remaining_held", 16, "at least 16 Westerners are believed held in Lebanon", qualifier="at_least"),
            C("other", 3, "Three other teachers were seized with him", note="abducted with Polhill in 1987"),
        ],
        released_names=["Robert Polhill"],
        alias_groups={},
        not_released_names=["Alann Steen", "Jesse Turner", "Terry Anderson", "Thomas Sutherland", "Frank Reed",
                            "Joseph Cicippio", "Edward Tracy", "Terry Waite", "John McCarthy", "Brian Keenan"],
        other_event_released_names=["Mithileshwar Singh"],
        other_people=["Nayla Razzouk", "Farouk al-Sharaa", "Edward Djerejian", "President Bush", "Marlin Fitzwater",
                      "Hashemi Rafsanjani", "Ghazi Kenaan"],
        distractors=["Polhill's wife, Feryal (first name only; relative)", "55 (age); 39 months; Jan. 24, 1987; March 16, 1985",
                     "Organization of Islamic Dawn says it will free an unnamed American 'within days' (planned)",
                     "Singh was freed in October 1988 (earlier event)"],
    ),
    dict(
        file="005_somalia_tebbutt.txt", published="2012-03-21", outlet="UK broadcaster web page (cookie banner, media caption, related/top stories)",
        event="Judith Tebbutt freed in Adado, Somalia, after ransom, flown to Nairobi, 2012-03-21",
        counts=[
            C("remaining_held", 159, "Somali pirates are currently holding 10 vessels and 159 hostages",
              note="held by other captors (pirates); EU naval force figure"),
            C("other", 10, "currently holding 10 vessels", note="ships held by pirates"),
            C("other", 30, "hijackings fall by 30% in a year", note="page noise"),
            C("other", 40, "'At least 40 killed' in Homs shelling", note="page noise"),
        ],
        released_names=["Judith Tebbutt"],
        alias_groups={},
        not_released_names=["Montserrat Serra", "Blanca Thiebaut"],
        other_event_released_names=[],
        other_people=["Rachel Okello", "David Tebbutt", "Oliver Tebbutt", "William Hague", "Mohamed Aden Tiiceey",
                      "Marie Dedieu"],
        distractors=["David Tebbutt (husband) was shot dead during the kidnapping",
                     "Marie Dedieu died in captivity", "ages 57, 58, 66; six months",
                     "50p/45p tax (page noise)", "Oliver Tebbutt is her son (relative)"],
    ),
    dict(
        file="006_afghanistan_shelter_now.txt", published="2021-11-13", outlet="German weekly, machine-translated anniversary feature",
        event="Taliban-held Shelter Now foreign aid workers freed in Ghazni and flown to Pakistan, 2001-11-14 (20 years on)",
        counts=[
            C("released", 8, "The eight foreign aid workers were freed"),
            C("remaining_held", 8, "the Taliban held eight foreign aid workers",
              note="inferred: the same eight, held before the release; optional"),
            C("transferred_to", 8, "They flew the eight aid workers to Pakistan", where="Pakistan"),
            C("released", 16, "The 16 Afghan staff had been freed on 13 November",
              note="earlier event (Kabul prison abandoned a day before)"),
            C("other", 24, "the Taliban arrested 24 employees of Shelter Now", note="arrests in August 2001"),
            C("other", 4, "The foreigners were four Germans", note="subset of the eight"),
            C("other", 1500, "more than 1.500 houses", qualifier="more_than", note="houses built (German thousands separator)"),
            C("other", 3500000, "around 3,5 million people", qualifier="about", note="aid recipients (German decimal comma)"),
            C("other", 500, "more than 500 humanitarian staff have been killed", qualifier="more_than", note="cumulative deaths"),
            C("other", 400, "over 400 kidnapped", qualifier="more_than", note="cumulative kidnappings since 2001"),
            C("other", 138, "138 Germans are still waiting for a flight", note="page noise (related headline)"),
        ],
        released_names=["Georg Taubmann", "Katrin Jelinek", "Margrit Stebner", "Silke Dürrkopf", "Dayna Curry",
                        "Heather Mercer", "Peter Bunch", "Diana Thomas"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Katharina Brenner", "Noor Mohammad Saqib", "Helmut Landes", "John Mercer", "Mohammed Omar",
                      "Omar Abdel Rahman", "Gerhard Schröder", "George W. Bush"],
        distractors=["John Mercer is Heather Mercer's father (relative)",
                     "Omar Abdel Rahman: proposed exchange that was rejected; he stays in US prison (not part of story's held list)",
                     "the 16 Afghan staff are unnamed", "105 days; 150 kilometres; 4,2 million euros; 65 years old",
                     "Twenty years ago (anniversary)"],
    ),
    dict(
        file="007_mali_tindouf_aidworkers.txt", published="2012-07-19", outlet="Spanish daily (EFE), machine-translated",
        event="MUJAO frees two Spanish aid workers and an Italian kidnapped in Tindouf; taken to Ouagadougou, 2012-07-18",
        counts=[
            C("released", 3, "The three cooperantes were freed"),
            C("transferred_to", 3, "The three cooperantes were freed in the region of Gao and transferred by road and then by plane to Ouagadougou",
              where="Ouagadougou"),
            C("other", 2, "collect the two Spaniards", note="subset of the three"),
            C("exchanged", 3, "the release of three Islamist prisoners in exchange for the hostages",
              note="claim by MUJAO; unconfirmed"),
            C("other", 15000000, "\"15 million euros\"", note="claimed ransom (money)"),
            C("remaining_held", 4, "The MUJAO still has in its power four of the seven Algerian diplomats",
              note="same captors, separate abduction (Gao consulate)"),
            C("released", 3, "The other three were released at the beginning of this month",
              note="earlier event (Algerian diplomats)"),
            C("remaining_held", 7, "keeps at least seven Western hostages in the Sahel", qualifier="at_least",
              note="held by a different group (AQIM)"),
            C("other", 4, "four French employees of the nuclear group Areva", note="subset of AQIM's hostages"),
            C("other", 90000000, "more than 90 million euros in ransoms", qualifier="more_than", note="cumulative ransoms"),
            C("other", 165000, "about 165.000 people", qualifier="about", note="camp population (Spanish thousands separator)"),
            C("released", 3, "Three Spanish fishermen freed by Somali pirates", note="page noise (related headline)"),
        ],
        released_names=["Ainhoa Fernández de Rincón", "Enric Gonyalons", "Rossella Urru"],
        alias_groups={"Enric Gonyalons": ["Enrique Gonyalons"]},
        not_released_names=["Boualem Sias"],
        other_event_released_names=[],
        other_people=["José Manuel García-Margallo", "Blaise Compaoré", "Mustapha Chafi", "Adnan Abu Walid al-Sahrawi",
                      "Margalida Rosselló", "Giulio Terzi"],
        distractors=["269 days; 23 October 2011; 37 and 29 years old; nine months", "Margalida Rosselló is Gonyalons' mother",
                     "Euribor 1,274%; 65.000 million euros (page noise)", "Rajoy (page noise, surname only)",
                     "subheading 'Still seven foreigners and four diplomats' repeats the held figures"],
    ),
    dict(
        file="008_algiers_elal_hijack_1968.txt", published="2018-07-20", outlet="Israeli English-language weekend magazine, 50-years-on feature",
        event="El Al flight 426 hijacked to Algiers; 12 Israeli men freed 1968-08-31, Israel then frees 16 Palestinian prisoners",
        counts=[
            C("released", 12, "The 12 were freed after 39 days in Algerian hands"),
            C("exchanged", 16, "Israel released 16 Palestinian prisoners",
              note="other side of the de-facto swap (officially a 'humanitarian gesture')"),
            C("remaining_held", 12, "Twelve Israeli men were held for more than five weeks",
              note="inferred: the same twelve, held before the release; optional"),
            C("released", 23, "the authorities released 23 passengers who were not Israeli citizens",
              note="earlier event (released the day after the hijack)"),
            C("transferred_to", 23, "released 23 passengers who were not Israeli citizens and flew them to Paris",
              where="Paris", note="earlier event"),
            C("released", 10, "let ten Israeli women and children go", note="earlier event (within the first week)"),
            C("other", 48, "Forty-eight people had been on board", note="all aboard"),
            C("other", 38, "38 passengers and 10 crew", note="breakdown of those aboard"),
            C("other", 7, "the seven Israeli crew members and five Israeli passengers", note="subset of the twelve"),
            C("other", 4, "Sela believes that four are still alive", note="survivors today"),
        ],
        released_names=["Avraham Sela", "Oded Abarbanel"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Daniel Ben-Ami", "George Habash", "Levi Eshkol", "Abba Eban", "Houari Boumediene",
                      "Yael Shachar", "Leila Khaled", "Ruth Sela", "Moshe Pridan"],
        distractors=["Ruth Sela is Avraham Sela's wife (relative)", "ages 31, 81, 17; 39 days; 14 min read",
                     "TWA 1969 hijack (another event, no release count)", "1973 war in 20 photographs; 3 out of 4; 80 objects (page noise)",
                     "Boeing 707; flight LY 426 (not counts)"],
    ),
    dict(
        file="009_mali_mnla_exchange_2014.txt", published="2014-06-17", outlet="Malian daily, machine-translated from French",
        event="Mali government and northern armed groups exchange 42 detainees for 45 soldiers via MINUSMA/ICRC, 2014-06-16",
        counts=[
            C("exchanged", 45, "the armed groups released 45 Malian soldiers"),
            C("exchanged", 42, "the government freed 42 detainees"),
            C("transferred_to", 42, "The 42 detainees were flown from Bamako to Kidal", where="Kidal"),
            C("transferred_to", 45, "the 45 soldiers were transported to Gao", where="Gao"),
            C("released", 32, "The 32 civil servants taken hostage at the governorate had been released on 19 May",
              note="earlier event (Kidal governorate hostages)"),
            C("transferred_to", 32, "The 32 civil servants taken hostage at the governorate had been released on 19 May and evacuated to Gao",
              where="Gao", note="earlier event"),
            C("other", 30, "took hostage about thirty civil servants", qualifier="about", note="hostage-taking, earlier event"),
            C("other", 8, "Eight people, among them six civil servants, were killed", note="deaths"),
            C("other", 50, "some 50 soldiers were killed", qualifier="about", note="deaths"),
            C("other", 1500, "about 1 500 soldiers withdrew", qualifier="about", note="French thousands separator; not a release"),
            C("remaining_held", 100, "the government still holds around a hundred of its fighters", qualifier="about",
              note="MNLA figure, contested"),
            C("other", 12, "12 prisoners escape from the central prison", note="page noise; escape"),
        ],
        released_names=["Mamadou Traoré", "Ahmed Ag Albachar"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Adama Diarra"],
        other_people=["Boubacar Diarra", "Zahabi Ould Sidi Mohamed", "Bert Koenders", "Mohamed Ould Abdel Aziz",
                      "Mossa Ag Attaher", "Moussa Mara", "Aminata Cissé-Konaté"],
        distractors=["48 wounded; 5th battalion (ordinal); 250 FCFA; 2-0 (page noise)", "7 comments", "ceasefire of 23 May",
                     "Adama Diarra (prefect) freed with the 32 on 19 May (earlier event); shares surname with byline Boubacar Diarra"],
    ),
    dict(
        file="010_iraq_kurdish_factions_exchange.txt", published="1998-12-09", outlet="Reuter wire brief (archive)",
        event="KDP and PUK exchange 193 prisoners near Degala under the Washington agreement, 1998-12-09",
        counts=[
            C("released", 193, "Iraq's two main Kurdish factions freed 193 prisoners"),
            C("exchanged", 115, "handed over 115 members"),
            C("exchanged", 78, "the PUK released 78 KDP men"),
            C("released", 40, "A first, smaller exchange in October freed 40 people", note="earlier event"),
            C("remaining_held", 300, "the KDP was still holding about 300 of its supporters", qualifier="about",
              note="claim by PUK"),
            C("remaining_held", 200, "the PUK holds more than 200 of its men", qualifier="more_than", note="claim by KDP"),
            C("other", 3000, "has killed at least 3,000 people", qualifier="at_least", note="deaths"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Masoud Barzani", "Jalal Talabani", "Hoshyar Zebari", "Mohammed Tofiq"],
        distractors=["four years of fighting; Sept. 17", "no releasee is named"],
    ),
    dict(
        file="011_yemen_taiz_local_exchange.txt", published="2022-01-13", outlet="Gulf broadcaster web page (video player, related list)",
        event="Houthis and government forces swap prisoners and bodies in Taiz through local mediators, 2022-01-12",
        counts=[
            C("exchanged", 15, "The Houthis released 15 people"),
            C("other", 14, "14 pro-government fighters and a civilian", note="subset of the 15"),
            C("exchanged", 11, "government forces freed 11 Houthi fighters"),
            C("other", 20, "The remains of 20 fighters", note="bodies handed over (12 + 8)"),
            C("released", 1056, "In October 2020, 1,056 prisoners were freed", note="earlier event (2020 UN/ICRC exchange)"),
            C("other", 15000, "lists covering some 15,000 prisoners", qualifier="about", note="2018 Stockholm lists; planned"),
            C("other", 2700, "2,700 new coronavirus cases", note="page noise"),
            C("other", 1200, "1,200 per dollar", note="page noise"),
        ],
        released_names=["Fuad al-Qubati", "Ameen al-Haddad"],
        alias_groups={},
        not_released_names=["Mohammed Qahtan"],
        other_event_released_names=[],
        other_people=["Yahya Abdulraqeeb al-Sharabi", "Abdulqader al-Murtada", "Hadi Haig", "Hans Grundberg"],
        distractors=["three Houthi drones (page noise)", "'tens of thousands' killed; 'millions' (vague)",
                     "video 0:00 / 1:52"],
    ),
    dict(
        file="012_damascus_twa_exchange_1969.txt", published="1969-12-05", outlet="UPI archive brief",
        event="Syria frees last two Israeli passengers of hijacked TWA 840 for 13 Syrians, Kuneitra, 1969-12-05",
        counts=[
            C("exchanged", 2, "Syria today released the last two Israeli passengers"),
            C("exchanged", 13, "Israel freed 13 Syrians"),
            C("other", 2, "including two air force pilots", note="subset of the 13"),
            C("other", 11, "the 13 Syrians included 11 soldiers", note="subset of the 13"),
        ],
        released_names=["Shlomo Samueloff", "Salah Muallem"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Leila Khaled", "Andre Rochat"],
        distractors=["Samueloff's wife, Tova (first name only)", "ages 45, 28; 98 days; 11:20 a.m.; Flight 840",
                     "other passengers freed within two days of the hijacking (earlier event, no count)"],
    ),
    dict(
        file="013_thailand_cambodia_soldiers.txt", published="2025-12-31", outlet="AFP wire brief",
        event="Thailand returns 18 Cambodian soldiers captured in July after the December ceasefire, 2025-12-31",
        counts=[
            C("released", 18, "Thailand on Wednesday handed 18 Cambodian soldiers back to Cambodia"),
            C("transferred_to", 18, "handed 18 Cambodian soldiers back to Cambodia", where="Cambodia"),
            C("other", 101, "killed at least 101 people", qualifier="at_least", note="deaths"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Winthai Suvaree", "Maly Socheata"],
        distractors=["72 hours; five months; fourth day; July 29; December 27", "'more than half a million' displaced (not a count of captives)"],
    ),
    dict(
        file="014_iran_sotoudeh_release_2013.txt", published="2013-09-19", outlet="NGO press release (demands, contact block)",
        event="Iran frees Nasrin Sotoudeh and ten other prisoners of conscience from Evin, 2013-09-18",
        counts=[
            C("released", 11, "In all, 11 prisoners were freed on Wednesday"),
            C("other", 10, "Nasrin Sotoudeh and ten other prisoners of conscience", note="'X and ten others' = 11 freed"),
            C("other", 7, "the remaining seven", note="unnamed releasees among the 11; NOT still held"),
            C("remaining_held", 800, "at least 800 prisoners of conscience remain in Iran's prisons", qualifier="at_least",
              note="NGO's own count"),
            C("released", 80, "80 prisoners would be pardoned or have their sentences commuted", note="planned (Eid al-Ghadir)"),
            C("other", 14, "network of 14 human rights organizations", note="boilerplate"),
        ],
        released_names=["Nasrin Sotoudeh", "Mohsen Aminzadeh", "Feizollah Arabsorkhi", "Mahboubeh Karami"],
        alias_groups={},
        not_released_names=["Abdolfattah Soltani", "Bahareh Hedayat", "Mir Hossein Mousavi", "Mehdi Karroubi",
                            "Zahra Rahnavard"],
        other_event_released_names=[],
        other_people=["Hassan Rouhani", "Mohammad Khatami", "Parisa Nazari", "Reza Khandan", "Sadegh Larijani",
                      "Ahmed Shaheed", "Tomas Lindqvist"],
        distractors=["Reza Khandan is Sotoudeh's husband, briefly detained in 2012 (relative)",
                     "house arrest counts as still held (Mousavi, Karroubi, Rahnavard)",
                     "three of six years; 13-year and nine-and-a-half-year sentences; Ward 209 and 350",
                     "phone numbers in contact block", "'hundreds of others remain behind bars' (vague)"],
    ),
    dict(
        file="015_kuwait_amnesty_analysis.txt", published="2021-11-22", outlet="think-tank analysis piece (releases in passing)",
        event="Kuwait emir's amnesty decrees: 11 political prisoners freed from Sulaibiya, exiles allowed home, 2021-11-08/10",
        counts=[
            C("released", 35, "The decrees covered 35 people convicted in political cases",
              note="inferred: pardon total incl. 24 exiles not in custody; optional"),
            C("released", 11, "Eleven of them were serving sentences at the Central Prison in Sulaibiya and walked free"),
            C("other", 24, "The remaining 24, among them nine former MPs, had been living abroad",
              note="exiles pardoned; not in custody; NOT still held"),
            C("other", 9, "nine former MPs", note="subset of the 24"),
            C("remaining_held", 20, "Some 20 men convicted in the 2015 \"Abdali cell\" case, in which a large cache of weapons and explosives was found on a farm near the Iraqi border, remain in prison",
              qualifier="about"),
            C("remaining_held", 6, "at least six people convicted over social media posts after the cut-off date in the decrees remain in prison",
              qualifier="at_least"),
            C("released", 12, "freed about a dozen young tweeters", qualifier="about", note="earlier event (July 2013 pardon)"),
            C("other", 24, "The opposition won 24 of the 50 elected seats", note="seats"),
            C("other", 90, "about 90 percent of government revenue", qualifier="about", note="percentage"),
            C("other", 12000000000, "a deficit of 12 billion dinars", note="money"),
            C("other", 30, "30 of 45 seats decided", note="page noise"),
        ],
        released_names=["Fahad al-Shammari", "Bader al-Enezi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Leila Haddad", "Nawaf al-Ahmad al-Sabah", "Musallam al-Barrak", "Jamaan al-Harbash",
                      "Sabah al-Ahmad al-Sabah", "Marzouq al-Ghanim", "Mishal al-Ahmad al-Sabah", "Hamad al-Otaibi",
                      "Sabah al-Khalid al-Sabah"],
        distractors=["Musallam al-Barrak and Jamaan al-Harbash are pardoned exiles (not in custody); Barrak served two years 2015-2017 (no release event described)",
                     "ages 34; five years; eight elections; more than a dozen governments", "$80 a barrel; $39.8 billion",
                     "5 takeaways (page noise)"],
    ),
    dict(
        file="016_pakistan_asia_bibi_liveblog.txt", published="2018-11-08", outlet="Pakistani news site live blog (reverse timestamps, unrelated entries)",
        event="Asia Bibi freed from Multan women's jail after Supreme Court acquittal, flown to Islamabad, 2018-11-07",
        counts=[
            C("remaining_held", 40, "at least 40 people remain on death row or serving life terms for blasphemy in Pakistan",
              qualifier="at_least", note="inferred: USCIRF figure in related-links box; optional"),
            C("other", 1800, "registered cases against more than 1,800 people", qualifier="more_than", note="cases against protesters"),
            C("other", 1100, "1,100 of them have been arrested", note="arrests (into custody)"),
            C("other", 312, "closes 312 points higher", note="page noise (unrelated entry)"),
            C("other", 300, "air quality index touched 300", note="page noise (unrelated entry)"),
            C("other", 266, "266 in 2nd ODI", note="page noise"),
        ],
        released_names=["Asia Bibi"],
        alias_groups={"Asia Bibi": ["Aasia Noreen"]},
        not_released_names=["Junaid Hafeez"],
        other_event_released_names=[],
        other_people=["Mohammad Faisal", "Fawad Chaudhry", "Pir Afzal Qadri", "Saiful Malook", "Mian Saqib Nisar",
                      "Asif Saeed Khosa", "Salmaan Taseer", "Shahbaz Bhatti", "Ashiq Masih", "Imran Khan", "Rimsha Masih"],
        distractors=["Rimsha Masih was released on bail in 2012 (bail is not a release)", "Ashiq Masih is the husband; daughter Eisham (first name only)",
                     "eight years on death row; five-point agreement; three-judge bench", "Hafeez in cricket headline is a different person (page noise)",
                     "Comments (189); 23 new updates"],
    ),
    dict(
        file="017_philippines_estrada_pardon.txt", published="2007-10-26", outlet="Manila broadsheet (trending list, comment count)",
        event="Arroyo pardons Joseph Estrada; he leaves detention at his Tanay rest house, 2007-10-26",
        counts=[
            C("other", 2000, "a crowd of about 2,000 supporters", qualifier="about", note="crowd"),
            C("other", 542700000, "the P542.7 million in bank deposits", note="money"),
            C("other", 64, "64 percent of respondents", note="percentage"),
        ],
        released_names=["Joseph Estrada"],
        alias_groups={"Joseph Estrada": ["Erap"]},
        not_released_names=["Antonio Trillanes IV", "Danilo Lim"],
        other_event_released_names=[],
        other_people=["Christine O. Avendaño", "Leila B. Salaverria", "Gloria Macapagal-Arroyo", "Ignacio Bunye",
                      "Sergio Apostol", "Eduardo Ermita", "Jinggoy Estrada", "Edward Serapio",
                      "Luisa \"Loi\" Ejercito Estrada", "Deogracias Iñiguez"],
        distractors=["Jinggoy Estrada (son) and Edward Serapio were acquitted earlier (no release described)",
                     "age 70; 6 1/2 years; up to 40 years; 3:15 p.m.; April 25; Oct. 22",
                     "98-95; 44.15; Lotto 6/42; P38 million (page noise)", "67 comments", "GMA = Arroyo (initials)"],
    ),
    dict(
        file="018_india_bilkis_remission.txt", published="2022-08-21", outlet="Indian news site long read",
        event="11 life convicts in the Bilkis Bano case released from Godhra sub-jail on remission, 2022-08-15",
        counts=[
            C("released", 11, "11 men convicted of gang rape and murder walked out of the Godhra sub-jail"),
            C("other", 14, "the murder of 14 members of her family", note="victims"),
            C("other", 7, "set aside the acquittal of seven others", note="convicted of tampering; sentenced to time served; not a release"),
            C("other", 6000, "More than 6,000 citizens", qualifier="more_than", note="signatories"),
            C("other", 8, "8 killed, 12 injured", note="page noise"),
        ],
        released_names=["Jaswantbhai Nai", "Govindbhai Nai", "Shailesh Bhatt", "Radheshyam Shah", "Bipin Chandra Joshi",
                        "Kesarbhai Vohania", "Pradeep Mordhiya", "Bakabhai Vohania", "Rajubhai Soni", "Mitesh Bhatt",
                        "Ramesh Chandana"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ananya Bhatnagar", "Bilkis Bano", "Ajay Rastogi", "Vikram Nath", "Sujal Mayatra", "C.K. Raul",
                      "Raj Kumar", "Shobha Gupta", "Yakub Rasool", "Subhashini Ali", "Revati Laul", "Roop Rekha Verma",
                      "Mahua Moitra"],
        distractors=["75 years of independence; 15 years; 14 years (s. 433A); Rs 50 lakh; ages 21, three-year-old",
                     "the Centre's three-phase special remission scheme (no count; these 11 not released under it)",
                     "policies of 1992 and 2014; Section 432/433A", "more than 20 times (moves)", "Comments (342)"],
    ),
    dict(
        file="019_chad_pardon_koro_toro.txt", published="2023-04-04", outlet="Chadian news site, machine-translated from French",
        event="Chad's transitional president pardons 259 people convicted over the 20 October 2022 protests; brought from Koro Toro to N'Djamena",
        counts=[
            C("released", 259, "granted his pardon to 259 persons"),
            C("transferred_to", 259, "The 259 pardoned were brought back from Koro Toro to N'Djamena", where="N'Djamena"),
            C("remaining_held", 3, "three persons are therefore excluded from the measure and remain detained in Koro Toro"),
            C("other", 262, "The court had condemned 262 of them", note="convictions in December"),
            C("other", 401, "401 defendants appeared", note="trial"),
            C("released", 80, "80 to suspended sentences", note="earlier event; inferred (released in December)"),
            C("released", 59, "acquitted 59", note="earlier event (acquitted and released in December)"),
            C("other", 600, "More than 600 persons had been arrested and transferred to Koro Toro", qualifier="more_than",
              note="arrests, transfer INTO custody"),
            C("other", 85, "at least 85 persons arrested on 20 October are still missing", qualifier="at_least",
              note="missing, not stated as held"),
            C("other", 50, "The repression left 50 dead", note="deaths"),
            C("other", 128, "at least 128 according to the Chadian League", qualifier="at_least", note="deaths"),
            C("other", 14, "14 detainees escape from the prison", note="page noise; escape"),
        ],
        released_names=["Abakar Moussa"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Achta Mahamat Saleh", "Mahamat Idriss Déby Itno", "Mahamat Ahmat Alhabo", "Max Loalngar",
                      "Saleh Kebzabo", "Succès Masra"],
        distractors=["600 km; six buses; 2 litres; 23-year-old; two to three years", "Succès Masra is in exile (not held)",
                     "518 FCFA; 3-1; 9 recaptured (page noise)"],
    ),
    dict(
        file="020_srilanka_poson_pardon.txt", published="2021-06-24", outlet="Sri Lankan government statement with newspaper editor's note",
        event="Sri Lanka's Poson pardon: 16 former LTTE cadres, 77 fine defaulters and ex-MP Duminda Silva released, 2021-06-24",
        counts=[
            C("released", 16, "The sixteen former LTTE cadres were released this morning"),
            C("released", 77, "granted pardon to 77 prisoners", note="part of the same pardon"),
            C("released", 94, "bringing the total number of prisoners released to 94"),
            C("remaining_held", 78, "at least 78 Tamil prisoners remain in detention under the PTA", qualifier="at_least",
              note="TNA figure"),
            C("other", 8, "the killing of eight Tamil civilians", note="victims of a 2000 massacre (earlier-event context)"),
            C("other", 2280, "2,280 new cases, 52 deaths", note="page noise"),
        ],
        released_names=["Duminda Silva"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Sunil Ratnayake"],
        other_people=["Gotabaya Rajapaksa", "Ali Sabry", "Bharatha Lakshman Premachandra", "Chandana Ekanayake",
                      "Hirunika Premachandra", "M.A. Sumanthiran"],
        distractors=["sentences of 12 to 20 years; more than 14 years; 2011 murder",
                     "Sunil Ratnayake pardoned in March 2020 (earlier event); eight civilians / three children killed (victims)",
                     "Bharatha Lakshman Premachandra was murdered; Hirunika is his daughter",
                     "1.2%; 8,060; Rs. 20 (page noise)", "'a handful' (vague)"],
    ),
]


def main():
    ok = True

    def fail(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        fail(f"file list mismatch {files}")
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                fail(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                fail(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                fail(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int):
                fail(f"{g['file']}: value not int {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                fail(f"{g['file']}: where must be set exactly on transferred_to: {c['quote']!r}")
            if c["where"] is not None and c["where"].casefold() not in low:
                fail(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    fail(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    fail(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                fail(f"{g['file']}: alias group key not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    fail(f"{g['file']}: alias not found: {a!r}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
