#!/usr/bin/env python3
"""Gold for devset_iii (blind, held-out-style).

Writes gold.jsonl next to this file and checks that:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive);
- no name appears in two lists;
- every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, and `where` is set exactly on
  `transferred_to` counts;
- the GOLD file list matches articles/.
Prints `checks OK` when everything passes.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")

KINDS = {"released", "exchanged", "transferred_to", "remaining_held", "other"}
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
NAME_LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_ethiopia_onlf_chinese.txt", published="2007-04-29", outlet="Reuters wire",
        event="Ethiopia: ONLF rebels free seven Chinese oil workers seized at Abole, handed to the ICRC, 2007-04-29",
        counts=[
            C("released", 7, "Ethiopian rebels on Sunday freed seven Chinese oil workers"),
            C("transferred_to", 7, "the seven, employees of the Zhongyuan Petroleum Exploration Bureau", where="Beijing",
              note="planned: to be flown to Addis Ababa and on to Beijing 'within days'"),
            C("remaining_held", 20, "its fighters had captured \"more than 20\" Ethiopian soldiers", qualifier="more_than",
              note="claim by ONLF: soldiers captured in the same raid, presumably still held; unverified, optional"),
            C("other", 74, "in which 74 people were killed", note="casualties"),
            C("other", 65, "killing 65 Ethiopians and nine Chinese", note="casualties"),
            C("other", 9, "killing 65 Ethiopians and nine Chinese", note="casualties"),
            C("released", 5, "The Europeans were freed in Eritrea 12 days later",
              note="earlier event (Afar kidnapping, March 2007; 'five Europeans')"),
            C("remaining_held", 8, "the eight Ethiopians are still being held",
              note="inferred: hostages of a different abduction (Afar, March 2007); optional"),
            C("other", 100, "more than 100 Chinese firms", qualifier="more_than", note="companies"),
            C("other", 1000, "About 1,000 Chinese nationals", qualifier="about", note="expatriate population"),
        ],
        released_names=["Zhang Yongjun"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hailu Mesfin", "Anne-Marie Fellay", "Abdirahman Mahdi", "Hu Changlin", "Zhang Yonghua",
                      "Gebremeskel Haile", "Guled Farah", "Tom Alderley"],
        distractors=["Zhang Yonghua is the releasee's brother (same surname) and was never held",
                     "'releasing seven of them does not change that' repeats the main count in a quote",
                     "38-year-old; about 120 km (75 miles); 11 a.m. (0800 GMT); 12 days; five days",
                     "the five Europeans and eight Ethiopians belong to a different (Afar) kidnapping"],
    ),
    dict(
        file="002_car_claudia_priest_fr.txt", published="2014-01-25", outlet="French regional daily (with AFP), machine-translated",
        event="Central African Republic: French aid worker Claudia Priest and her CODIS colleague freed in Bangui, 2014-01-24",
        counts=[
            C("released", 2, "The two hostages were handed to the archbishop of Bangui"),
            C("other", 15, "the liberation of \"some fifteen\" of their men arrested by the African force Misca",
              qualifier="about", note="kidnappers' demand, said not to have been met"),
            C("other", 1600, "Some 1 600 French soldiers", qualifier="about", note="troops"),
            C("other", 4400, "4 400 soldiers of the Misca", note="troops"),
            C("other", 1000, "more than 1 000 dead in December in Bangui alone", qualifier="more_than", note="casualties"),
            C("other", 1000000, "nearly 1 million persons are displaced", qualifier="about", note="displaced"),
            C("other", 100000, "some 100 000 on the site of the airport", qualifier="about", note="displaced"),
            C("remaining_held", 7, "France still counts seven hostages in the world",
              note="inferred: French hostages held elsewhere by other groups (as of 25 Jan 2014); optional"),
            C("other", 4, "of whom four journalists held in Syria since June 2013", note="subset of the seven"),
            C("other", 2500, "2 500 French soldiers still deployed", note="page noise"),
            C("released", 14, "14 persons released after their police custody",
              note="earlier event (page noise: unrelated local release from police custody)"),
            C("other", 115, "unveils its 115 athletes", note="page noise"),
        ],
        released_names=["Claudia Priest", "Cyriaque Gbazi"],
        alias_groups={},
        not_released_names=["Serge Lazarevic"],
        other_event_released_names=[],
        other_people=["Sylvie Marchetti", "Dieudonné Nzapalainga", "Laurent Fabius", "François Hollande",
                      "Omar Kobine Layama", "Jean-Marc Priest", "Catherine Samba-Panza", "François Bozizé",
                      "Michel Djotodia", "Pacôme Yakanda"],
        distractors=["Jean-Marc Priest is her brother (same surname)", "67 years (age); 19 h 30 (clock time); 18 January",
                     "the archbishop and the imam were mediators, not hostages",
                     "the four journalists held in Syria are not named"],
    ),
    dict(
        file="003_darfur_msf_workers.txt", published="2009-03-14", outlet="AP wire",
        event="Sudan (North Darfur): kidnappers free three foreign MSF-Belgium staff in Serif Umra, 2009-03-14",
        counts=[
            C("released", 3, "released three foreign staff members of the medical charity Doctors Without Borders"),
            C("transferred_to", 3, "were flown by helicopter to El Fasher", where="El Fasher",
              note="inferred: onward flight within Sudan after the handover; optional"),
            C("released", 2, "Two Sudanese staff members - a guard and a driver - who were taken with them were released within hours",
              note="inferred: earlier release within the same abduction (Wednesday); optional"),
            C("other", 13, "expelling 13 international aid agencies", note="agencies expelled"),
            C("other", 4, "all but four of its international staff", note="staff pulled out; not a release"),
            C("other", 300000, "up to 300,000 people have died", qualifier="about", note="casualties (upper bound)"),
            C("other", 2700000, "2.7 million have been driven from their homes", note="displaced"),
            C("other", 4700000, "About 4.7 million people depend on aid", qualifier="about", note="aid recipients"),
        ],
        released_names=["Laura Archer", "Mauro D'Ascanio", "Raphael Meunier"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Abdel Rahman Hamad", "Christopher Stokes", "Osman Mohamed Yousif Kibir", "Omar al-Bashir",
                      "Lawrence Cannon", "Derek Ostrowski"],
        distractors=["$2 million initial ransom demand (money)", "'not a single pound'", "Archer, 29 (age)",
                     "the two Sudanese staff are unnamed", "'dozens of aid vehicles have been hijacked' is vague"],
    ),
    dict(
        file="004_somalia_ruen_crew_rescue.txt", published="2024-03-17", outlet="Indian broadcaster web page (cookie banner, video player, Also Read)",
        event="Somalia/Arabian Sea: Indian Navy frees the 17 crew of the hijacked MV Ruen, 35 pirates surrender, 2024-03-16",
        counts=[
            C("released", 17, "rescued all 17 crew members of the Maltese-flagged bulk carrier MV Ruen"),
            C("other", 35, "forced the 35 pirates on board to surrender", note="pirates taken into custody"),
            C("other", 7, "seven Bulgarians, nine nationals of Myanmar and one Angolan", note="subset of the 17 (nationality)"),
            C("other", 9, "seven Bulgarians, nine nationals of Myanmar and one Angolan", note="subset of the 17 (nationality)"),
            C("released", 7, "including seven Bulgarian citizens",
              note="inferred: subset of the 17 in a quote with a release verb; optional"),
            C("transferred_to", 1, "one crew member who was injured was taken off the ship by a Spanish warship", where="Oman",
              note="earlier event (December 2023 medical evacuation)"),
            C("transferred_to", 7, "the seven Bulgarians would be flown home", where="Bulgaria",
              note="planned: flight home 'in the coming days'"),
            C("other", 18, "at least 18 incidents", qualifier="at_least", note="incidents"),
            C("released", 110, "has saved more than 110 lives", qualifier="more_than", note="cumulative since December 2023"),
            C("other", 45, "including 45 Indians and 65 foreign nationals", note="subset of the cumulative 110"),
            C("other", 65, "including 45 Indians and 65 foreign nationals", note="subset of the cumulative 110"),
            C("remaining_held", 23, "hijacked on March 12 with 23 Bangladeshi sailors on board, remains under the control of pirates",
              note="inferred: crew of a different hijacked ship (MV Abdullah), as of 16 March 2024; optional"),
            C("released", 19, "Sri Lanka Releases 19 Tamil Nadu Fishermen", note="earlier event (page noise headline)"),
        ],
        released_names=["Plamen Dimitrov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Aditi Raghavan", "Vivek Madhwal", "Rumen Radev", "Narendra Modi", "Mariya Gabriel", "Diana Dimitrova"],
        distractors=["Diana Dimitrova is the master's wife (Bulgarian feminine form of the surname)",
                     "40-hour operation; 2,600 km; 5.10 pm; video 00:00 / 02:31; since 2017",
                     "'Held 3 Hours At Airport' headline is page noise",
                     "the 35 pirates are taken INTO custody (Mumbai Police)"],
    ),
    dict(
        file="005_turkey_ararat_climbers_de.txt", published="2008-07-20", outlet="German news site (dpa/AFP/Reuters), machine-translated",
        event="Turkey: PKK frees three German climbers kidnapped on Mount Ararat, 2008-07-20",
        counts=[
            C("released", 3, "PKK releases three German mountaineers"),
            C("other", 13, "a 13-member group of mountaineers", note="group size"),
            C("other", 10, "The other ten members of the group", note="not abducted"),
            C("other", 2, "among them two Austrians", note="subset of the ten (not abducted)"),
            C("other", 1500, "around 1.500 soldiers searched the region", qualifier="about", note="troops"),
            C("released", 8, "the rebels had released eight Turkish soldiers", note="earlier event (November 2007)"),
            C("released", 14, "Betancourt and 14 further hostages freed", note="earlier event (page noise headline, 02.07.2008)"),
        ],
        released_names=["Helmut Kögel", "Martin Strauß", "Lars Hölper"],
        alias_groups={"Martin Strauß": ["Strauss"], "Lars Hölper": ["Hoelper"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mehmet Çetin", "Frank-Walter Steinmeier", "Renate Kögel"],
        distractors=["Renate Kögel is the wife of the oldest hostage (same surname)",
                     "5.137 meter; 3.200 metres; 6.30 clock; 11:34 clock; ages 65, 47 and 33; twelve days; 40 years",
                     "'several thousand mountaineers' is vague", "Yemen headline (abducted Germans free) has no count",
                     "Betancourt is named only in a page-noise headline"],
    ),
    dict(
        file="006_iran_hikers_feature.txt", published="2011-09-25", outlet="US regional newspaper, Sunday long feature (photo caption, most-read list)",
        event="Iran frees US hikers Shane Bauer and Josh Fattal on bail; flown to Muscat, 2011-09-21",
        counts=[
            C("released", 2, "The two men were driven from Evin to Tehran's Mehrabad airport in a Swiss diplomatic car"),
            C("transferred_to", 2, "flown to Muscat, the capital of Oman, on a plane sent by Sultan Qaboos bin Said", where="Muscat"),
            C("other", 3, "all three were in Iranian custody", note="all three arrested in 2009 (incl. Shourd)"),
            C("other", 14, "only 14 phone calls", note="phone calls"),
            C("remaining_held", 10, "at least 10 Iranians they say are held unjustly in American prisons", qualifier="at_least",
              note="inferred: Iranians held by the US, claim by Iranian officials; optional"),
            C("other", 870, "a town of 870 people", note="population"),
            C("other", 1700000, "State fair attendance tops 1.7 million", note="page noise"),
        ],
        released_names=["Shane Bauer", "Josh Fattal"],
        alias_groups={},
        not_released_names=["Shahrzad Mir Gholikhan"],
        other_event_released_names=["Sarah Shourd"],
        other_people=["Karen Lindqvist", "Hamid al-Rawahi", "Cindy Hickey", "Qaboos bin Said", "Masoud Shafii",
                      "Mahmoud Ahmadinejad", "Laura Fattal", "Alex Fattal", "Livia Leu Agosti", "Barack Obama",
                      "Hillary Clinton", "Robert Levinson", "Nora Shourd"],
        distractors=["$500,000 bail each, $1 million in all (money)", "781 days; eight years (three + five); ages 29, 29, 33",
                     "Sarah Shourd was released in September 2010 (earlier event, no count)",
                     "Robert Levinson vanished in 2007 (missing, not stated as held)",
                     "Laura and Alex Fattal, Nora Shourd are relatives (same surnames)",
                     "'Duluth man held on $250,000 bail' and the football score are page noise"],
    ),
    dict(
        file="007_ethiopian_702_hijack_brief.txt", published="2014-02-17", outlet="AFP brief",
        event="Ethiopian Airlines ET702 hijacked by its co-pilot to Geneva; all 202 on board freed, 2014-02-17",
        counts=[
            C("released", 202, "All 202 people on board were freed unharmed."),
            C("released", 193, "The 193 passengers and nine crew were let off the aircraft in small groups",
              note="inferred: subset (passengers) of the 202; optional"),
            C("released", 9, "The 193 passengers and nine crew were let off the aircraft in small groups",
              note="inferred: subset (crew) of the 202; optional"),
        ],
        released_names=["Roberta Ferrante"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Marc Neuenschwander", "Redwan Hussein", "Hailemedhin Abera Tegegn"],
        distractors=["the co-pilot was arrested (taken into custody), not freed",
                     "6:02 am (0502 GMT); 31; 44; up to 20 years; two hours; about an hour", "str-ap/hmn desk initials"],
    ),
    dict(
        file="008_spain_ruperez_45_years.txt", published="2024-12-12", outlet="English-language Spanish magazine, anniversary feature (45 years on)",
        event="Spain: ETA pm frees Javier Rupérez after 31 days; five Basque prisoners given provisional release, 1979-12-12",
        counts=[
            C("exchanged", 5, "five prisoners linked to ETA pm walked out of jails in Soria, Segovia and Madrid's Carabanchel",
              note="other side of the de facto swap (provisional release, 3-9 December 1979)"),
            C("other", 10, "freedom for ten of its members held in Spanish jails", note="ETA pm's demand"),
            C("remaining_held", 5, "The other five on ETA pm's list",
              note="demanded prisoners who were not freed and stayed in prison (as of December 1979)"),
            C("other", 76, "killed 76 people in 1979", note="casualties"),
            C("remaining_held", 200, "more than 200 people were again in jail for ETA-related offences", qualifier="more_than",
              note="as of November 1979, before the release (prisoners' support groups)"),
            C("released", 250, "about 250 of them were pardoned or allowed to return from France between 1982 and 1985",
              qualifier="about", note="earlier event (a later, separate event: 1982-85 reintegration)"),
            C("released", 2, "Among them were two of the five men freed in December 1979",
              note="earlier event (the later 1982-85 reintegration)"),
            C("other", 3, "Of those five, three have died", note="deaths"),
        ],
        released_names=["Javier Rupérez", "Iñaki Arregi", "Koldo Zubizarreta", "Josu Larrañaga", "Andoni Urrutia",
                        "Patxi Etxeberria"],
        alias_groups={"Patxi Etxeberria": ["Francisco Echeverría"]},
        not_released_names=["Xabier Olano"],
        other_event_released_names=[],
        other_people=["Elena Sarasola", "Adolfo Suárez", "Antonio Ibáñez Freire", "Joseba Urkiola", "Pilar Rupérez",
                      "Amaia Lasa"],
        distractors=["Pilar Rupérez is his sister (same surname)",
                     "31 days; 38; 45 years; 20 kilos; 2.40am; 71; two decades",
                     "diary lines 'Five of ten' and 'Five men are home' restate the five",
                     "related link 'The Ortega Lara rescue: 532 days underground' is page noise"],
    ),
    dict(
        file="009_cyprus_mufti_swap_upi.txt", published="1980-02-13", outlet="UPI archive brief (all-caps byline)",
        event="Israel and the PLO swap Amina al-Mufti for two Palestinian prisoners at Larnaca, 1980-02-13",
        counts=[
            C("exchanged", 2, "in return for two Palestinian guerrillas"),
            C("transferred_to", 2, "The two Palestinians left for Beirut aboard a Middle East Airlines flight an hour later.",
              where="Beirut"),
        ],
        released_names=["Amina al-Mufti", "William Nassar", "Mahdi Bsiso"],
        alias_groups={"Amina al-Mufti": ["Mufti"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Nikos Koutsoukis", "Michel Convers", "Mahmoud Labadi"],
        distractors=["life sentences; since 1975; 11:40 a.m.; more than a year",
                     "Mufti was flown to Tel Aviv (single person, no count)"],
    ),
    dict(
        file="010_gaza_truce_day_six_liveblog.txt", published="2023-11-29", outlet="UK newspaper live blog (reverse order, unrelated entries)",
        event="Gaza truce day six: Hamas frees 10 Israelis and four Thais (plus two Russian-Israelis outside the deal); Israel frees 30 Palestinian prisoners, 2023-11-29",
        counts=[
            C("released", 10, "Hamas freed 10 Israeli hostages and four Thai nationals on Wednesday night"),
            C("released", 4, "Hamas freed 10 Israeli hostages and four Thai nationals on Wednesday night"),
            C("exchanged", 30, "Israel released 30 Palestinian prisoners"),
            C("other", 16, "16 teenage boys and 14 women", note="subset of the 30"),
            C("other", 14, "16 teenage boys and 14 women", note="subset of the 30"),
            C("released", 2, "Hamas has freed two Russian-Israeli women", note="freed outside the truce deal, same day"),
            C("released", 14, "The 14 hostages released tonight", note="inferred: total of the 10 Israelis and 4 Thais; optional"),
            C("released", 10, "another 10 hostages would be released tomorrow", note="planned (seventh day, if extended)"),
            C("exchanged", 30, "in exchange for 30 Palestinian prisoners", note="planned (seventh day, if extended)"),
            C("released", 81, "Hamas had freed 81 hostages since the truce began on Friday", note="cumulative (before tonight)"),
            C("other", 60, "60 Israelis and 21 foreign nationals", note="subset of the cumulative 81"),
            C("other", 21, "60 Israelis and 21 foreign nationals", note="subset of the cumulative 81"),
            C("exchanged", 180, "Israel has released 180 Palestinian prisoners over the same period", note="cumulative (since Friday)"),
            C("remaining_held", 159, "Israeli officials say 159 hostages remain in Gaza",
              note="as of Wednesday evening, before tonight's releases"),
            C("other", 50, "the names of 50 more Palestinian prisoners who could be freed", note="eligibility list, not a release"),
            C("other", 350, "bringing the list to 350", note="eligibility list"),
            C("other", 400, "More than 400 towns and villages", qualifier="more_than", note="unrelated entry"),
            C("other", 10, "Ten people have been killed.", note="unrelated entry (casualties)"),
        ],
        released_names=["Ahed Tamimi", "Yelena Trupanov", "Irena Tati", "Yazan Abu Srour"],
        alias_groups={"Sasha Trupanov": ["Alexander Trupanov"]},
        not_released_names=["Sasha Trupanov"],
        other_event_released_names=[],
        other_people=["Vladimir Putin", "Henry Kissinger", "Bassem Tamimi", "Fatima Abu Srour", "Majed al-Ansari",
                      "Srettha Thavisin", "Antony Blinken", "Benjamin Netanyahu"],
        distractors=["Yelena Trupanov's son Sasha (Alexander) Trupanov, 28, is still held (same surname as his mother, a releasee)",
                     "Bassem Tamimi and Fatima Abu Srour are parents of releasees",
                     "Henry Kissinger dies aged 100 (unrelated entry)", "ages 22, 50, 73, 28, 17",
                     "7 October; timestamps in reverse order"],
    ),
    dict(
        file="011_azerbaijan_armenia_detainees_maps.txt", published="2021-07-03", outlet="regional news site reproducing a government statement, with editor's note",
        event="Azerbaijan hands 15 Armenian detainees to Armenia for maps of mines in Fuzuli and Zangilan, 2021-07-03",
        counts=[
            C("exchanged", 15, "the Republic of Azerbaijan handed over to the Armenian side 15 Armenian detainees"),
            C("other", 92000, "maps of about 92,000 anti-tank and anti-personnel mines", qualifier="about",
              note="mines (the other side of the exchange)"),
            C("exchanged", 15, "the Republic of Azerbaijan handed over 15 detainees to Armenia in exchange for maps of 97,000 mines",
              note="earlier event (12 June 2021)"),
            C("other", 97000, "maps of 97,000 mines in the Aghdam district", note="earlier event (mines)"),
            C("other", 140, "more than 140 citizens of Azerbaijan, including civilians, have been killed or injured by mines",
              qualifier="more_than", note="casualties"),
            C("released", 69, "brings to 69 the number of Armenians returned by Azerbaijan since the end of the war",
              note="cumulative (claim by Armenian officials)"),
            C("remaining_held", 45, "Baku says it holds about 45 Armenians", qualifier="about",
              note="Azerbaijani figure, as of 3 July 2021"),
            C("remaining_held", 200, "at least 200 Armenians remain in Azerbaijani custody or are unaccounted for",
              qualifier="at_least", note="claim by Armenian officials; includes the missing; optional"),
        ],
        released_names=["Davit Grigoryan"],
        alias_groups={},
        not_released_names=["Vicken Euljekjian"],
        other_event_released_names=[],
        other_people=["Leyla Abdullayeva", "Nikol Pashinyan", "Anahit Grigoryan", "Ilham Aliyev"],
        distractors=["Anahit Grigoryan is a releasee's mother (same surname)", "20 years (sentence); 20 (age)",
                     "No: 287/21 (reference number); 10 November 2020 (trilateral statement)"],
    ),
    dict(
        file="012_libya_tunisian_diplomats_fr.txt", published="2014-06-29", outlet="Tunisian daily, machine-translated from French",
        event="Libya: two kidnapped Tunisian diplomats freed in Tripoli; two Libyans jailed in Tunisia released (reported swap, denied), 2014-06-28",
        counts=[
            C("released", 2, "The two Tunisian diplomats kidnapped in Libya are free"),
            C("transferred_to", 2, "should regain Tunis this Sunday aboard a special plane", where="Tunis",
              note="planned: flight home; optional"),
            C("exchanged", 2, "the two Libyans, Hafedh al-Dhbaa and Imad al-Lafi, were released on Thursday",
              note="other side of a reported swap that Tunisia denies (judgement call)"),
            C("transferred_to", 2, "escorted to the border post of Ras Jedir, where they were handed over to the Libyan authorities",
              where="Libya", note="inferred: return home; optional"),
            C("other", 2, "two Tunisian soldiers were killed", note="casualties (2011)"),
            C("remaining_held", 400, "about 400 Tunisians are currently detained in Libyan prisons", qualifier="about",
              note="inferred: held by the Libyan state (LTDH figure); optional"),
            C("other", 50, "some fifty without any judgment", qualifier="about", note="subset of the 400"),
            C("other", 500000, "Nearly 500 000 Libyans live in Tunisia", qualifier="about", note="population"),
            C("released", 12, "12 suspects released after their hearing", note="earlier event (page noise headline)"),
        ],
        released_names=["Mohamed Bechikh", "Laâroussi Kantassi", "Hafedh al-Dhbaa", "Imad al-Lafi"],
        alias_groups={"Mohamed Bechikh": ["Ben Cheikh"]},
        not_released_names=[],
        other_event_released_names=["Fawaz al-Aitan", "Mohamed Dersi"],
        other_people=["Mongi Hamdi", "Mehdi Jomaa", "Samia Bechikh"],
        distractors=["Samia Bechikh is the diplomat's wife (same surname)",
                     "99 days; 39 years; 20 years of prison; 21 h 30; 2,5 million dollars",
                     "21 March and 17 April are kidnapping dates",
                     "Tunisia denies any bargaining; the Libyans' release is a judgement-call swap"],
    ),
    dict(
        file="013_cyprus_1974_wounded_pow_exchange.txt", published="1974-09-16", outlet="AP archive brief",
        event="Cyprus: first exchange of sick and wounded prisoners after the Turkish invasion, Ledra Palace, 1974-09-16",
        counts=[
            C("exchanged", 243, "Turkey handed over 243 Greek Cypriots and mainland Greeks"),
            C("exchanged", 128, "the Cypriot government freed 128 Turkish Cypriots and 14 Turkish soldiers"),
            C("exchanged", 14, "the Cypriot government freed 128 Turkish Cypriots and 14 Turkish soldiers"),
            C("remaining_held", 2000, "about 2,000 Greek Cypriots were still held in Turkey", qualifier="about",
              note="as of 16 Sept 1974 (ICRC)"),
            C("remaining_held", 3000, "about 3,000 Turkish Cypriots were held by the Greek Cypriot side", qualifier="about",
              note="as of 16 Sept 1974 (ICRC)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Glafcos Clerides", "Rauf Denktash", "Jean-Luc Favre"],
        distractors=["no individual releasee is named", "July 20 (invasion date)", "142 (128 + 14) is not stated"],
    ),
    dict(
        file="014_rwanda_bizimungu_pardon.txt", published="2007-04-09", outlet="East African regional weekly",
        event="Rwanda: Kagame pardons former president Pasteur Bizimungu, freed from Kigali Central Prison, 2007-04-06",
        counts=[
            C("released", 1, "ran to a single name", note="inferred: the pardon covered one prisoner; optional"),
            C("other", 6, "Six other co-defendants were acquitted in 2004", note="acquittals in 2004 (earlier, not a release count)"),
            C("released", 22000, "ordered the provisional release of some 22,000 detainees", qualifier="about",
              note="earlier event (January 2003)"),
            C("released", 36000, "about 36,000 more were freed to face the community-based gacaca courts", qualifier="about",
              note="earlier event (August 2005)"),
            C("remaining_held", 90000, "Rwanda's overcrowded prisons still hold about 90,000 people", qualifier="about",
              note="inferred: general prison population, mostly genocide suspects; optional"),
            C("other", 800000, "about 800,000 Tutsis and moderate Hutus were killed", qualifier="about", note="casualties (1994)"),
            C("released", 12, "rebels release 12 soldiers", note="earlier event (page noise headline)"),
        ],
        released_names=["Pasteur Bizimungu"],
        alias_groups={"Pasteur Bizimungu": ["Bizimungu Pasteur"]},
        not_released_names=["Charles Ntakirutinka"],
        other_event_released_names=[],
        other_people=["Alice Uwineza", "Paul Kagame", "Tharcisse Karugarama", "Eric Bizimungu"],
        distractors=["Eric Bizimungu is the son (same surname)",
                     "'1930' is the prison's nickname, not a count",
                     "15 years; ten years; five years; 56; 6.15pm; 1994; 2000; 2002",
                     "the unnamed lawyer who represented both men"],
    ),
    dict(
        file="015_uganda_nyanzi_ngo_release.txt", published="2020-02-20", outlet="NGO press release (demands, notes to editors, media contact)",
        event="Uganda: Stella Nyanzi freed from Luzira after the High Court quashes her cyber-harassment conviction, 2020-02-20",
        counts=[
            C("remaining_held", 11, "at least 11 people were in detention on charges linked to online expression as of 1 February 2020",
              qualifier="at_least", note="as of 1 February 2020 (ACFE monitoring), before the release"),
            C("released", 2, "Two further detainees are due to complete their sentences and be released in March",
              note="planned (March 2020)"),
            C("other", 40, "more than 40 people since 2016", qualifier="more_than", note="prosecutions (cumulative), not releases"),
        ],
        released_names=["Stella Nyanzi"],
        alias_groups={},
        not_released_names=["Brian Kamoga", "Moses Oketcho"],
        other_event_released_names=[],
        other_people=["Yoweri Museveni", "Henry Peter Adonyo", "Joseph Ouma", "Ronald Nyanzi", "Esteri Kokundeka",
                      "Grace Atuhaire"],
        distractors=["2017: released on bail after 33 days (bail; earlier)", "16 months; 18 months; 2.15pm; 23-year-old",
                     "sections 24 and 25 of the Act; Ref ACFE/UG/2020/007; phone numbers",
                     "Ronald Nyanzi is her brother (same surname)"],
    ),
    dict(
        file="016_drc_filimbi_activists_freed.txt", published="2016-08-30", outlet="international broadcaster web page (cookie banner, audio player, Read also)",
        event="DR Congo: activists Fred Bauma and Yves Makwambala freed from Makala prison under 'decompression' measures, 2016-08-29",
        counts=[
            C("released", 2, "Two pro-democracy activists jailed in Kinshasa for 17 months were freed on Monday evening"),
            C("released", 24, "24 detainees have been released since the measures were announced on 17 August, including the two activists",
              note="cumulative (measures since 17 August; includes the two)"),
            C("remaining_held", 100, "says \"up to 100\" political prisoners remain behind bars", qualifier="about",
              note="claim by the opposition; upper bound; optional"),
            C("remaining_held", 73, "counted 73 people still detained for political reasons as of 31 July",
              note="as of 31 July 2016 (UN Joint Human Rights Office), before the release"),
            C("released", 17, "Angola: 17 activists freed pending appeal", note="earlier event (page noise headline)"),
            C("other", 564, "564 killings since April 2015", note="page noise"),
        ],
        released_names=["Fred Bauma", "Yves Makwambala"],
        alias_groups={"Fred Bauma": ["Fred Bauma Winga"]},
        not_released_names=["Jean-Claude Muyambo", "Eugène Diomi Ndongala"],
        other_event_released_names=[],
        other_people=["Jeanne Bauma", "Alexis Thambwe Mwamba", "Edem Kodjo", "Joseph Kabila", "Moïse Katumbi",
                      "Étienne Tshisekedi", "Patrick Mbuyi", "Riek Machar"],
        distractors=["Jeanne Bauma is his mother (same surname)", "17 months; 15 March 2015; 7pm; audio 02:41",
                     "Katumbi is in exile, not held", "trial due to resume in October (not a re-arrest)"],
    ),
    dict(
        file="017_azerbaijan_fatullayev_brief.txt", published="2011-05-26", outlet="Reuters brief",
        event="Azerbaijan: Aliyev pardons editor Eynulla Fatullayev in an Independence Day pardon of 90, 2011-05-26",
        counts=[
            C("released", 62, "Of those, 62 will be freed"),
            C("released", 90, "pardons 90 convicts ahead of Independence Day",
              note="inferred: pardon total includes 28 sentence reductions; optional"),
            C("remaining_held", 28, "the remaining 28 will have their sentences cut",
              note="inferred: pardoned but still serving reduced sentences; optional"),
            C("remaining_held", 15, "at least 15 journalists and activists remain in prison in Azerbaijan", qualifier="at_least",
              note="rights groups' figure, as of 26 May 2011"),
        ],
        released_names=["Eynulla Fatullayev"],
        alias_groups={"Eynulla Fatullayev": ["Fatullaev"]},
        not_released_names=["Bakhtiyar Hajiyev"],
        other_event_released_names=[],
        other_people=["Ilham Aliyev", "Afag Mammadova", "Peter Dunmore"],
        distractors=["35 (age); 8-1/2 years; two years; four years; May 28 (holiday)",
                     "the European court 'ordered his release' in April 2010 (an order, not a release)"],
    ),
    dict(
        file="018_spain_armada_pardon_es.txt", published="1988-12-24", outlet="Spanish daily archive page, machine-translated",
        event="Spain: government pardons 23-F general Alfonso Armada, who leaves Alcalá de Henares military prison, 1988-12-23",
        counts=[
            C("remaining_held", 3, "all but three of the 33 condemned for the 23-F",
              note="three still in prison (as of 24 Dec 1988)"),
            C("other", 33, "all but three of the 33 condemned for the 23-F", note="total convicted"),
            C("released", 29, "The other 29 have recovered the freedom in the last years",
              note="earlier event (cumulative releases since 1983)"),
            C("other", 1347, "a total of 1.347 files of pardon", note="pardon files of all kinds, mostly not prisoners"),
            C("other", 2500000, "2,5 million unemployed", note="page noise"),
        ],
        released_names=["Alfonso Armada"],
        alias_groups={"Alfonso Armada": ["Alfonso Armada y Comyn"]},
        not_released_names=["Jaime Milans del Bosch", "Antonio Tejero", "Ricardo Pardo Zancada"],
        other_event_released_names=[],
        other_people=["Enrique Múgica", "Juan Armada", "Rosa Conde", "Narcís Serra", "Nicolás Sartorius"],
        distractors=["Juan Armada is his son (same surname)",
                     "30 years; 68 years; 12.45 hours; almost eight years; six years; 1981, 1982, 1983, 1987",
                     "'Liberated the businessman kidnapped in Guipúzcoa after 94 days' (page noise, no count)",
                     "the King signs the decree"],
    ),
    dict(
        file="019_turkey_dundar_gul_analysis.txt", published="2016-03-07", outlet="policy analysis piece",
        event="Turkey: Cumhuriyet journalists Can Dündar and Erdem Gül freed from Silivri after a Constitutional Court ruling, 2016-02-26",
        counts=[
            C("released", 2, "two of Turkey's best-known journalists walked out of Silivri prison"),
            C("other", 12, "by 12 votes to three", note="court vote"),
            C("other", 3, "by 12 votes to three", note="court vote"),
            C("remaining_held", 30, "at least 30 journalists and media workers were behind bars as of 1 March 2016",
              qualifier="at_least", note="as of 1 March 2016 (author's count)"),
            C("other", 1800, "more than 1,800 cases for insulting the president", qualifier="more_than", note="prosecutions"),
        ],
        released_names=["Can Dündar", "Erdem Gül"],
        alias_groups={"Can Dündar": ["Can Dundar"], "Erdem Gül": ["Erdem Gul"]},
        not_released_names=["Hidayet Karaca", "Mehmet Baransu"],
        other_event_released_names=["Mustafa Balbay", "Ahmet Şık", "Nedim Şener"],
        other_people=["Selin Aydemir", "Recep Tayyip Erdoğan", "Ahmet Davutoğlu", "Zühtü Arslan", "Dilek Dündar"],
        distractors=["'Two years earlier' is a time expression, not a count of the 2012 releasees",
                     "92 days; aggravated life imprisonment; 25 March (trial date)",
                     "Dilek Dündar is his wife (same surname)", "Zaman placed under trustees (no release)",
                     "'it has opened them for two' restates the main count"],
    ),
    dict(
        file="020_iran_german_reporters_freed.txt", published="2011-02-20", outlet="German international broadcaster, English page (cookie banner, video, related content)",
        event="Iran frees Bild am Sonntag reporters Marcus Hellwig and Jens Koch after sentences converted to fines; flown home with Westerwelle, 2011-02-19/20",
        counts=[
            C("released", 2, "Two German journalists jailed in Iran for more than four months are back in Germany."),
            C("transferred_to", 2, "landed at Berlin's Tegel airport on Sunday afternoon", where="Berlin",
              note="inferred: flight home; optional"),
            C("released", 1, "Iran releases one of three US hikers on bail", note="earlier event (page noise; release on bail)"),
            C("other", 3, "Iran releases one of three US hikers on bail", note="page noise"),
        ],
        released_names=["Marcus Hellwig", "Jens Koch"],
        alias_groups={"Sakineh Mohammadi Ashtiani": ["Sakineh Mohammadi-Ashtiani"]},
        not_released_names=["Houtan Kian", "Sakineh Mohammadi Ashtiani"],
        other_event_released_names=["Clotilde Reiss"],
        other_people=["Guido Westerwelle", "Jana Kessler", "Michael Brandt", "Mahmoud Ahmadinejad", "Ali Akbar Salehi",
                      "Sajjad Ghaderzadeh", "Angela Merkel"],
        distractors=["Sajjad Ghaderzadeh was released on bail in December (bail is not a release)",
                     "132 days; 20 months; about 36,000 euros ($50,000) each; ages 45 and 30",
                     "video 01:52; dates 20.02.2011, 05.02.2011",
                     "Clotilde Reiss appears only in a related-content headline"],
    ),
]


def main():
    ok = True

    def fail(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    gold_files = [g["file"] for g in GOLD]
    if sorted(gold_files) != files or len(set(gold_files)) != len(gold_files):
        fail(f"file list mismatch: gold={sorted(gold_files)} articles={files}")

    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            fail(f"{g['file']}: missing article")
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for key in ("file", "published", "outlet", "event", "counts", "alias_groups", "distractors") + NAME_LISTS:
            if key not in g:
                fail(f"{g['file']}: missing field {key}")
        for c in g["counts"]:
            if c["quote"] not in text:
                fail(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                fail(f"{g['file']}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                fail(f"{g['file']}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                fail(f"{g['file']}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    fail(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    fail(f"{g['file']}: where not found: {c['where']!r}")
            elif c.get("where") is not None:
                fail(f"{g['file']}: where set on {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    fail(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    fail(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for key, aliases in g["alias_groups"].items():
            if key not in seen:
                fail(f"{g['file']}: alias-group key is not a listed name: {key!r}")
            for a in aliases:
                if a.casefold() not in low:
                    fail(f"{g['file']}: alias not found: {a!r}")
                if a in seen and a != key:
                    fail(f"{g['file']}: alias {a!r} is also listed as a name ({seen[a]})")

    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
