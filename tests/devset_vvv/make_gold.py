#!/usr/bin/env python3
"""Gold for devset_vvv (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article and every name occurs in it
(names: case-insensitive, for all-caps bylines/credits)."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.join(HERE, "articles")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    dict(
        file="001_rb47_fliers_freed_moscow.txt", published="1961-01-26", outlet="US evening newspaper, digital archive page (OCR, adjacent headlines)",
        event="USSR frees the two surviving RB-47 fliers, Olmstead and McKone, 1961-01-25",
        counts=[
            C("released", 2, "The Soviet Union has released the two surviving crewmen of the American RB-47 reconnaissance plane"),
            C("other", 6, "Of the six men aboard", note="crew size"),
            C("other", 3, "Three other crew members, Capt. Eugene E. Posa, Capt. Oscar L. Goforth and Capt. Dean B. Phillips, are listed as missing and presumed dead",
              note="missing, presumed dead; not held"),
            C("other", 30, "some 30 miles off the Kola Peninsula", qualifier="about", note="distance"),
            C("other", 7, "County Board Votes 7-2 for New Sewer Bonds", note="page noise"),
            C("other", 14, "Cold Snap Closes 14 Schools", note="page noise"),
            C("other", 3, "Rotary Club Honors 3 Retiring Firemen", note="page noise"),
        ],
        released_names=["Freeman B. Olmstead", "John R. McKone"],
        alias_groups={},
        not_released_names=["Francis Gary Powers"],
        other_event_released_names=[],
        other_people=["Kennedy", "Llewellyn E. Thompson", "Willard G. Palm", "Eugene E. Posa", "Oscar L. Goforth",
                      "Dean B. Phillips", "Ruby McKone", "Gail Olmstead", "Khrushchev", "Harold J. Merriweather"],
        distractors=["Palm's body was returned in July (dead, not a releasee)",
                     "'In exchange ... no concessions' is a denial, not a swap",
                     "Powers sentenced to ten years; seven months; ages 25/27",
                     "Ruby McKone / Gail Olmstead are relatives"],
    ),
    dict(
        file="002_freikauf_fifty_years_feature_de.txt", published="2014-08-14", outlet="German regional daily, long feature, machine-translated (\"33.755\")",
        event="West Germany buys 880 political prisoners free from the GDR (Häftlingsfreikauf), 1964; 50-years-on feature",
        counts=[
            C("released", 880, "one of the 880 political prisoners whom the Federal Government bought free in that year"),
            C("released", 8, "the first eight prisoners were released to the West", note="earlier event (1963)"),
            C("released", 33755, "bought free a total of 33.755 political prisoners", note="cumulative 1963-1989"),
            C("other", 250000, "about 250.000 family reunifications", qualifier="about", note="family reunifications, not prisoner releases"),
            C("released", 1840, "there were still 1.840 prisoners bought free", note="earlier event (1989)"),
            C("other", 340000, "340.000 D-Mark in a suitcase", note="money"),
            C("other", 38, "around 38 million D-Mark", qualifier="about", note="money (millions)"),
            C("other", 43000, "I say: 43.000 marks", note="money (price per head)"),
            C("other", 74, "says the 74-year-old", note="age"),
        ],
        released_names=["Klaus-Dieter Wendt", "Renate Böhm", "Peter Hanisch"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Horst Kluge", "Francis Gary Powers", "Rudolf Abel"],
        other_people=["Katrin Oberländer", "Jürgen Stange", "Ludwig Rehlinger", "Rainer Barzel", "Erich Mende",
                      "Wolfgang Vogel", "Martina Lehnert"],
        distractors=["Renate Böhm was released in 1964 into the GDR (still main event) and left for the West only in 1984",
                     "Horst Kluge came out in 1966 with a later transport",
                     "Powers/Abel 1962 swap mentioned as Vogel's background",
                     "price per head 40.000 to 95.000 D-Mark; 3,4 billion D-Mark",
                     "info box repeats 8 / 880 / 33.755 / 250.000",
                     "'tens of thousands were already leaving through Hungary' is vague and not a release"],
    ),
    dict(
        file="003_china_frees_soviet_helicopter_crew.txt", published="1975-12-28", outlet="Reuters wire brief",
        event="China frees the three crew of a Soviet helicopter that landed in Sinkiang, 1975-12-27",
        counts=[
            C("released", 3, "China has released the three crew members of a Soviet military helicopter"),
            C("other", 5, "China expelled five Soviet embassy staff", note="diplomats expelled in January 1974; not a release"),
            C("other", 4500, "some 4,500 miles", qualifier="about", note="border length"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=[],
        distractors=["crew not named", "21 months (duration)", "'dozens of soldiers were killed' in 1969 (vague)",
                     "a Chinese diplomat expelled by Moscow (expulsion, not release)"],
    ),
    dict(
        file="004_china_frees_gao_zhan_li_shaomin.txt", published="2001-07-27", outlet="UK broadsheet",
        event="China frees Gao Zhan on medical parole (to Detroit) and deports Li Shaomin (to San Francisco), 2001-07-25/26",
        counts=[
            C("released", 2, "Two academics convicted in China this month of spying for Taiwan were on American soil last night"),
            C("transferred_to", 2, "Two academics convicted in China this month of spying for Taiwan were on American soil last night",
              where="United States", note="inferred: Detroit and San Francisco; optional"),
            C("remaining_held", 4, "At least four other US citizens or permanent residents remain in Chinese custody", qualifier="at_least"),
            C("released", 24, "China held the 24 crew members of a US Navy EP-3 surveillance plane for 11 days",
              note="earlier event (April 2001)"),
        ],
        released_names=["Gao Zhan", "Li Shaomin"],
        alias_groups={},
        not_released_names=["Qin Guangguang", "Wu Jianmin", "Teng Chunyan", "Liu Yaping"],
        other_event_released_names=["Xue Donghua"],
        other_people=["Colin Powell", "Liu Yingli", "Zhu Bangzao", "Richard Boucher", "Susan Whitfield",
                      "Elizabeth Harcourt", "Peter Lam"],
        distractors=["son Andrew (first name only) was released with his father after 26 days (earlier)",
                     "10-year sentence; three years; 10 hours a day; ages 39/45",
                     "Gao to Detroit, Li to San Francisco: two destinations in one article"],
    ),
    dict(
        file="005_cuba_frees_last_black_spring_prisoners.txt", published="2011-03-23", outlet="Reuters wire",
        event="Cuba frees Félix Navarro and José Daniel Ferrer, the last of the 75 Black Spring prisoners, 2011-03-22",
        counts=[
            C("released", 2, "Cuba has freed the last two of the 75 dissidents jailed"),
            C("other", 75, "the 75 dissidents jailed in the \"Black Spring\" crackdown of 2003", note="group size"),
            C("released", 52, "President Raul Castro promised to free the 52 members of the group who were still in prison at the time",
              note="cumulative: whole July 2010 deal, completed today"),
            C("released", 23, "Twenty-three others had already been released, most of them on medical parole, before the deal",
              note="earlier event (before July 2010)"),
            C("transferred_to", 40, "Of the 52, 40 accepted an offer to leave for Spain with their families and have been flown to Madrid since July",
              where="Spain", note="cumulative: earlier stages of the same deal"),
            C("released", 12, "The remaining 12, who insisted on staying in Cuba, were released one by one over the past five months",
              note="cumulative: includes the two freed today"),
            C("transferred_to", 115, "In all, 115 prisoners have travelled to Spain with around 650 relatives since July",
              where="Spain", note="cumulative since July 2010"),
            C("other", 650, "around 650 relatives", qualifier="about", note="relatives"),
            C("transferred_to", 2, "Two more former prisoners left for the United States last month", where="United States",
              note="earlier event (February 2011)"),
            C("remaining_held", 50, "his group counted about 50 people still jailed for political reasons", qualifier="about"),
        ],
        released_names=["Felix Navarro", "Jose Daniel Ferrer"],
        alias_groups={},
        not_released_names=["Alan Gross"],
        other_event_released_names=["Oscar Elias Biscet", "Hector Maseda"],
        other_people=["Sonia Alvarez", "Jaime Ortega", "Raul Castro", "Laura Pollan", "Elizardo Sanchez",
                      "Orlando Zapata Tamayo", "Guillermo Farinas", "Trinidad Jimenez", "Marcos Villanueva", "Anne Castellano"],
        distractors=["Zapata Tamayo died on hunger strike (not released)", "Farinas 'is not a prisoner'",
                     "25-year / 28-year / 15-year sentences; 135-day hunger strike; ages 57/40",
                     "destinations: home in Cuba (12), Spain (40/115), United States (2)"],
    ),
    dict(
        file="006_travis_king_expelled_liveblog.txt", published="2023-09-28", outlet="UK broadcaster live blog (timestamps, unrelated entries)",
        event="North Korea expels Pvt Travis King; handed over at Dandong and flown via Shenyang and Osan to Texas, 2023-09-27/28",
        counts=[
            C("released", 3, "three men released on the eve of a summit", note="earlier event (May 2018)"),
            C("other", 50000, "More than 50,000 people have now left Nagorno-Karabakh", qualifier="more_than", note="unrelated live-blog entry"),
        ],
        released_names=["Travis King"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Kim Dong-chul", "Kim Hak-song", "Tony Kim", "Bruce Byron Lowrance", "Otto Warmbier",
                                    "Charles Jenkins"],
        other_people=["Nicholas Burns", "Jonathan Franks", "Claudine Gates", "Myron Gates", "Jake Sullivan",
                      "Matthew Miller", "Mike Pompeo"],
        distractors=["route Dandong -> Shenyang -> Osan -> Kelly Field (one person, several stops)",
                     "'three days away from a shutdown' (unrelated)", "'nearly two months' in South Korean detention",
                     "Jenkins 'not allowed to leave until 2004' (earlier)"],
    ),
    dict(
        file="007_venezuela_frees_st_clair.txt", published="2025-05-21", outlet="UK broadcaster web page (cookie banner, video, related links)",
        event="Venezuela frees US Air Force veteran Joseph St. Clair, flown out with Richard Grenell, 2025-05-20",
        counts=[
            C("released", 6, "returned with six Americans who had been detained there", note="earlier event (January 2025)"),
            C("released", 7, "Venezuela freed seven Americans, including five oil executives", note="earlier event (October 2022)"),
            C("exchanged", 2, "in exchange for two nephews of Mr Maduro's wife", note="earlier event (October 2022)"),
            C("other", 5, "five oil executives of Houston-based Citgo", note="subset of the seven (earlier event)"),
            C("released", 10, "it released 10 Americans in exchange for Alex Saab", note="earlier event (December 2023)"),
            C("remaining_held", 8, "At least eight US citizens or permanent residents are believed to be held", qualifier="at_least"),
            C("other", 250, "more than 250 Venezuelans deported from the US in March remain in a maximum-security prison in El Salvador",
              qualifier="more_than", note="held in El Salvador; different context (judgement call)"),
            C("other", 12, "Floods in southern Brazil leave 12 dead", note="page noise"),
        ],
        released_names=["Joseph St. Clair"],
        alias_groups={},
        not_released_names=["Wilbert Castañeda", "Lucas Hunter"],
        other_event_released_names=["Alex Saab"],
        other_people=["Richard Grenell", "Donald Trump", "Nicolás Maduro", "Ana Hunter", "Tammy Bruce"],
        distractors=["'about six months' (duration)", "Ana Hunter is Lucas Hunter's sister", "age 37"],
    ),
    dict(
        file="008_israel_frees_13_lebanese_detainees.txt", published="2000-04-19", outlet="AP wire",
        event="Israel frees 13 Lebanese 'bargaining chip' detainees after the Supreme Court ruling, handed to the ICRC, 2000-04-19",
        counts=[
            C("released", 13, "Israel on Wednesday freed 13 Lebanese prisoners"),
            C("remaining_held", 2, "The ruling did not cover the two most prominent Lebanese in Israeli hands"),
            C("remaining_held", 140, "the roughly 140 held by its militia allies, the South Lebanon Army, at the Khiam detention center",
              qualifier="about", note="held by the SLA at Khiam"),
            C("released", 10, "freed 10 Lebanese prisoners in exchange for the remains of an Israeli navy commando",
              note="earlier event (June 1998)"),
            C("other", 40, "the bodies of some 40 Hezbollah fighters", qualifier="about", note="bodies (earlier event)"),
            C("released", 45, "it released 45 prisoners held by the SLA and returned 123 bodies", note="earlier event (1996)"),
            C("other", 123, "returned 123 bodies", note="bodies (earlier event)"),
            C("other", 9, "an expanded panel of nine justices", note="court"),
            C("other", 6, "decided 6-3", note="vote"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Abdel-Karim Obeid", "Mustafa Dirani"],
        other_event_released_names=[],
        other_people=["Ron Arad", "Aharon Barak", "Zvi Rish", "Ehud Barak", "Salim Hoss", "Itamar Ilya",
                      "Anne-Marie Leclerc", "Yossi Ben-Ami", "Rania Haddad"],
        distractors=["releasees not named; an unnamed 38-year-old from Nabatiyeh quoted",
                     "Ron Arad missing since 1988 (not stated as held)", "'Arad's wife, Tami' (first name only)",
                     "up to 14 years; seized in 1987"],
    ),
    dict(
        file="009_israel_frees_334_palestinian_prisoners.txt", published="2003-08-06", outlet="Reuters wire",
        event="Israel frees 334 Palestinian prisoners as a road-map gesture: 266 to West Bank checkpoints, 68 to Erez/Gaza, 2003-08-06",
        counts=[
            C("released", 334, "Israel freed 334 Palestinian prisoners on Wednesday"),
            C("transferred_to", 266, "266 of the freed men were driven to checkpoints around the West Bank", where="West Bank"),
            C("transferred_to", 68, "68 were taken to the Erez crossing into the Gaza Strip", where="Gaza"),
            C("other", 100, "about 100 of the prisoners belonged to Hamas or Islamic Jihad", qualifier="about", note="subset of the 334"),
            C("other", 73, "At least 73 were administrative detainees held without trial", qualifier="at_least", note="subset of the 334"),
            C("remaining_held", 6000, "about 6,000 Palestinians remained in Israeli jails", qualifier="about"),
            C("released", 2, "Israel freed two Palestinian prisoners last month", note="earlier event (July 2003)"),
            C("released", 100, "it would free a further 100 prisoners", note="planned (conditional on the truce)"),
        ],
        released_names=["Ashraf Rajoub", "Ibrahim Shaheen"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mahmoud Abbas", "Fatima Rajoub", "Hisham Abdel Razeq", "Qadura Fares", "Ariel Sharon",
                      "George W. Bush", "Daniel Rosenfeld", "Sami Abu Zeid"],
        distractors=["'Several prisoners ... would not board the buses' (claimed refusal; IPS says all 334 released)",
                     "'dozens of relatives' vague", "'held without charge since 1999'; age 24 / Twenty-year-old"],
    ),
    dict(
        file="010_israel_frees_198_atabeh_abu_ali.txt", published="2008-08-25", outlet="UK broadcaster web page (cookie banner, video, see-also links)",
        event="Israel frees 198 Palestinian prisoners incl. Said al-Atabeh and Mohammed Abu Ali; nine Gazans to Erez, 2008-08-25",
        counts=[
            C("released", 198, "Israel has released 198 Palestinian prisoners"),
            C("transferred_to", 9, "Nine of the freed men, from the Gaza Strip, were taken separately to the Erez crossing", where="Gaza"),
            C("remaining_held", 11000, "About 11,000 Palestinians are held in Israeli jails", qualifier="about"),
            C("released", 255, "255 in July 2007", note="earlier event (July 2007)"),
            C("released", 429, "429 in December 2007", note="earlier event (December 2007)"),
            C("other", 1000, "Hamas has demanded the release of about 1,000 prisoners in exchange for Sgt Shalit", qualifier="about",
              note="demand, not a release"),
            C("released", 4, "and four Hezbollah fighters in exchange for the bodies of two Israeli soldiers",
              note="earlier event (July 2008, with Kuntar)"),
        ],
        released_names=["Said al-Atabeh", "Mohammed Abu Ali"],
        alias_groups={"Said al-Atabeh": ["Mr Atabeh"]},
        not_released_names=["Gilad Shalit"],
        other_event_released_names=["Samir Kuntar"],
        other_people=["Mahmoud Abbas", "Ehud Olmert", "Condoleezza Rice", "Noam Shalit", "Ehud Goldwasser",
                      "Eldad Regev", "Saeb Erekat"],
        distractors=["'thousands of people had gathered' vague", "held since 1977; 28 years; age 57",
                     "daughter Nisreen (first name only)", "video 0:00 / 2:14"],
    ),
    dict(
        file="011_third_stage_prisoner_release_liveblog.txt", published="2013-12-31", outlet="Israeli news site live blog",
        event="Third stage of the pre-Oslo release: 26 prisoners (18 West Bank, 5 Gaza, 3 East Jerusalem), 2013-12-30/31",
        counts=[
            C("released", 26, "Israel releases third group of 26 veteran Palestinian prisoners"),
            C("transferred_to", 18, "Twenty-six prisoners are due to be freed tonight: 18 to the West Bank", where="West Bank"),
            C("transferred_to", 5, "The five prisoners from the Gaza Strip have crossed at Erez", where="Gaza"),
            C("transferred_to", 3, "Three prisoners from East Jerusalem were released directly to their families", where="East Jerusalem"),
            C("released", 78, "Israel will have freed 78 of the 104 long-serving prisoners", note="cumulative (three stages)"),
            C("other", 104, "the 104 long-serving prisoners it agreed in July to release in four stages", note="total in the deal"),
            C("released", 26, "The first 26 were freed on 13 August", note="earlier event (first stage)"),
            C("released", 26, "another 26 on 30 October", note="earlier event (second stage)"),
            C("remaining_held", 26, "The fourth and final group of 26, which is expected to include Arab citizens of Israel, is due to be released at the end of March",
              note="planned release; still held"),
            C("remaining_held", 5000, "about 5,000 Palestinians remain in Israeli jails", qualifier="about"),
            C("exchanged", 1027, "Israel freed 1,027 Palestinian prisoners in exchange for one soldier", note="earlier event (October 2011)"),
            C("other", 200, "About 200 demonstrators", qualifier="about"),
            C("other", 1400, "about 1,400 new homes", qualifier="about"),
            C("other", 312, "Comments (312)", note="page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Gilad Shalit"],
        other_people=["Mahmoud Abbas", "John Kerry", "Meir Indor", "Yael Shimoni", "Benjamin Netanyahu",
                      "Saeb Erekat", "Issa Qaraqe", "Tzipi Livni"],
        distractors=["releasees not named", "served between 19 and 28 years", "48 hours before the release",
                     "'two people were rescued' (unrelated storm entry)", "'several thousand' crowd (vague)"],
    ),
    dict(
        file="012_lebanon_four_generals_freed_fr.txt", published="2009-04-30", outlet="Beirut French-language daily, machine-translated (\"1 000\")",
        event="Special Tribunal for Lebanon orders release of the four generals held over the Hariri killing, 2009-04-29",
        counts=[
            C("released", 4, "ordered Wednesday the immediate release of the four generals detained since August 2005"),
            C("released", 4, "four other suspects, among them Ahmad Abdel-Al and his brother Mahmoud Abdel-Al, had been released on bail in February",
              note="earlier event (February 2009, on bail)"),
            C("other", 22, "had killed 22 people", note="killed in the 2005 bombing"),
            C("other", 1800, "some 1 800 kilos of TNT equivalent", qualifier="about", note="explosives"),
            C("other", 1000, "1 000 pages of documents", note="documents"),
            C("other", 1338, "1 338 days exactly", note="duration"),
        ],
        released_names=["Jamil al-Sayyed", "Ali al-Hajj", "Raymond Azar", "Moustapha Hamdane"],
        alias_groups={"Jamil al-Sayyed": ["general Sayyed"]},
        not_released_names=[],
        other_event_released_names=["Ahmad Abdel-Al", "Mahmoud Abdel-Al"],
        other_people=["Nayla Khoury-Debbané", "Daniel Fransen", "Daniel Bellemare", "Detlev Mehlis", "Sonia al-Sayyed",
                      "Akram Azouri", "Saad Hariri", "Hassan Nasrallah", "Rafic Hariri"],
        distractors=["'several hundreds of supporters' vague", "'No suspect remains detained' (zero held)",
                     "51 million dollars; 29 years of Syrian presence", "Sonia al-Sayyed is the wife"],
    ),
    dict(
        file="013_jordan_frees_daqamseh_brief.txt", published="2017-03-12", outlet="news brief",
        event="Jordan releases Ahmed Daqamseh after a 20-year sentence, 2017-03-12",
        counts=[
            C("other", 7, "shot dead seven Israeli schoolgirls", note="killed in 1997"),
            C("other", 6, "Six other people were wounded", note="wounded in 1997"),
        ],
        released_names=["Ahmed Daqamseh"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["King Hussein", "Mohammad Momani", "Yigal Sabag"],
        distractors=["20-year sentence; age 45; 13-year-old sister", "three years earlier (treaty)"],
    ),
    dict(
        file="014_egypt_frees_tarabin.txt", published="2015-12-03", outlet="Israeli regional/local news site (most-read list, ads)",
        event="Egypt frees Israeli Bedouin Ouda Tarabin after 15 years; he crosses at Taba, 2015-12-03",
        counts=[
            C("exchanged", 6, "in exchange for six Egyptian students who had been arrested in Israel", note="earlier event (2004)"),
            C("released", 25, "Israel released 25 Egyptian prisoners in exchange for Ilan Grapel", note="earlier event (2011)"),
            C("other", 2, "Two injured in Route 40 crash near Mitzpe Ramon", note="page noise"),
        ],
        released_names=["Ouda Suleiman Tarabin"],
        alias_groups={"Ouda Suleiman Tarabin": ["Ouda Tarabin", "Ouda"]},
        not_released_names=[],
        other_event_released_names=["Azzam Azzam", "Ilan Grapel"],
        other_people=["Amira Abu Rabia", "Suleiman Tarabin", "Benjamin Netanyahu", "Abdel Fattah al-Sisi", "Salem al-Huzayel"],
        distractors=["official denies Egyptian prisoners were freed in return (no swap)", "15 years; age 35; 'four when Ouda disappeared'",
                     "mother Hamda and brother Jumaa (first names only)", "'three deep' parked cars"],
    ),
    dict(
        file="015_greece_junta_frees_andreas_papandreou_1967.txt", published="1967-12-25", outlet="UPI wire, archive page",
        event="Greek junta frees Andreas Papandreou under the Christmas amnesty, 1967-12-24",
        counts=[
            C("released", 500, "about 500 of the persons held in island camps would be freed before the new year", qualifier="about",
              note="planned; claim by government spokesman"),
            C("remaining_held", 2000, "more than 2,000 political detainees were being held there and on the island of Yaros",
              qualifier="more_than", note="estimate by correspondents earlier this month"),
            C("other", 300, "some 300 of them were women", qualifier="about", note="subset of the detainees"),
        ],
        released_names=["Andreas Papandreou"],
        alias_groups={},
        not_released_names=["Mikis Theodorakis", "George Papandreou"],
        other_event_released_names=[],
        other_people=["King Constantine", "George Zoitakis", "George Papadopoulos", "John Kenneth Galbraith"],
        distractors=["George Papandreou (father) 'remains under house arrest' (treated as held)",
                     "'the great majority' vague; ages 48/79; four children; eleven days",
                     "wife Margaret (first name only)"],
    ),
    dict(
        file="016_bosnian_serbs_free_david_rohde.txt", published="1995-11-09", outlet="US broadsheet (special to the paper)",
        event="Bosnian Serbs free Christian Science Monitor reporter David Rohde after Dayton pressure, 1995-11-08",
        counts=[
            C("remaining_held", 2, "Still held by the Bosnian Serbs are two French airmen"),
            C("other", 8000, "Up to 8,000 men and boys from Srebrenica are still missing", note="missing, not held"),
            C("other", 6, "The Bosnian Serbs detained at least six other foreign journalists this year", qualifier="at_least",
              note="earlier detentions, mostly expelled after a day or two (vague earlier releases)"),
        ],
        released_names=["David Rohde"],
        alias_groups={},
        not_released_names=["Frédéric Chiffot", "José Souvignet"],
        other_event_released_names=[],
        other_people=["Thomas Whitaker", "Richard C. Holbrooke", "Slobodan Milosevic", "Radovan Karadzic", "Ratko Mladic",
                      "Warren Christopher", "David Cook", "Harriet Rohde", "Jacques Chirac"],
        distractors=["'could get 15 years' (threat)", "10 days in detention; age 28; 'within 24 hours'",
                     "Harriet Rohde is the mother"],
    ),
    dict(
        file="017_cyprus_frees_israeli_spies_brief.txt", published="1999-08-24", outlet="news brief",
        event="Cyprus frees two Israelis jailed for spying at Zygi, flown to Tel Aviv, 1999-08-24",
        counts=[
            C("released", 2, "Cyprus on Tuesday freed two Israelis who were serving three-year prison sentences for spying"),
            C("transferred_to", 2, "put on a scheduled flight to Tel Aviv", where="Tel Aviv", note="inferred: the two men; optional"),
        ],
        released_names=["Udi Hargov", "Igal Damary"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Glafcos Clerides", "Ehud Barak", "Andreas Papalouka"],
        distractors=["three-year sentences; nine months; two-thirds of the sentence; ages 37/49"],
    ),
    dict(
        file="018_turkey_sik_sener_released_tr.txt", published="2012-03-13",
        outlet="Turkish news site, machine-translated (\"2.000\")",
        event="Istanbul court releases Ahmet Şık, Nedim Şener and three other OdaTV defendants after 375 days, 2012-03-12",
        counts=[
            C("released", 5, "The five names were released at 23.40 hours from the Silivri Prison"),
            C("remaining_held", 5, "five defendants are continued to be held arrested"),
            C("remaining_held", 100, "more than 100 journalists are currently in prison in Turkey", qualifier="more_than"),
            C("remaining_held", 100, "There are still nearly 100 colleagues of ours inside", qualifier="about", note="claim by Nedim Şener"),
            C("other", 2000, "more than 2.000 people have been taken into custody since 2009", qualifier="more_than",
              note="detentions since 2009 (KCK), not a current held figure"),
            C("other", 13, "A total of 13 defendants are being tried in the case", note="defendants"),
            C("other", 1250, "1.250 teachers appointed in Istanbul", note="page noise"),
        ],
        released_names=["Ahmet Şık", "Nedim Şener", "Sait Çakır", "Coşkun Musluk", "Mümtaz İdil"],
        alias_groups={},
        not_released_names=["Soner Yalçın", "Barış Pehlivan", "Barış Terkoğlu", "Yalçın Küçük", "Hanefi Avcı"],
        other_event_released_names=[],
        other_people=["Yonca Şık", "Kemal Ergin", "Stefan Füle", "Turgay Olcayto", "Recep Tayyip Erdoğan"],
        distractors=["'three other defendants' (subset of the five)", "375 days; 15 years sought", "Yonca Şık is the wife"],
    ),
    dict(
        file="019_cumhuriyet_seven_released_ngo.txt", published="2017-07-29", outlet="press-freedom NGO press release",
        event="Istanbul court releases seven Cumhuriyet staff pending trial; four remain in custody, 2017-07-28",
        counts=[
            C("released", 7, "release seven journalists and executives of the daily Cumhuriyet pending trial"),
            C("remaining_held", 4, "condemns the continued detention of four of their colleagues"),
            C("other", 17, "The 17 defendants, including three who are being tried in absentia", note="defendants"),
            C("other", 3, "three who are being tried in absentia", note="not in custody"),
            C("remaining_held", 150, "more than 150 journalists and media workers are currently in prison in Turkey", qualifier="more_than"),
            C("other", 150, "More than 150 media outlets have been closed by decree", qualifier="more_than", note="outlets"),
            C("other", 14, "a coalition of 14 press freedom and journalists' organisations", note="NGO boilerplate"),
        ],
        released_names=["Musa Kart", "Güray Öz", "Turhan Günay", "Mustafa Kemal Güngör", "Bülent Utku", "Hakan Kara", "Önder Çelik"],
        alias_groups={},
        not_released_names=["Murat Sabuncu", "Ahmet Şık", "Kadri Gürsel", "Akın Atalay"],
        other_event_released_names=["Can Dündar"],
        other_people=["Nurten Kart", "Serdar Koç", "Elif Demirtaş-Roberts", "Fethullah Gülen", "Fikret Demir"],
        distractors=["271 days; 92 days; up to 43 years", "Can Dündar lives in Germany, tried in absentia (freed 2016)",
                     "Nurten Kart is the wife"],
    ),
    dict(
        file="020_iran_frees_nizar_zakka.txt", published="2019-06-11", outlet="AFP wire",
        event="Iran frees Nizar Zakka, flown to Beirut with Abbas Ibrahim, 2019-06-11",
        counts=[
            C("remaining_held", 4, "At least four US citizens or permanent residents are still held in Iran", qualifier="at_least"),
            C("released", 4, "Iran freed four Americans, including the Washington Post journalist Jason Rezaian", note="earlier event (January 2016)"),
            C("exchanged", 7, "in exchange for seven Iranians held or charged in the United States", note="earlier event (January 2016)"),
        ],
        released_names=["Nizar Zakka"],
        alias_groups={},
        not_released_names=["Xiyue Wang", "Siamak Namazi", "Baquer Namazi", "Michael White"],
        other_event_released_names=["Jason Rezaian"],
        other_people=["Abbas Ibrahim", "Michel Aoun", "Shahindokht Molaverdi", "Hassan Nasrallah", "Jason Poblete",
                      "Morgan Ortagus", "Robert Levinson", "Tarek Zakka"],
        distractors=["$4.2 million fine; 10 years; age 52; 82", "Levinson vanished in 2007 (not stated as held)",
                     "Tarek Zakka is the brother"],
    ),
]


def main():
    ok = True
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        print("file list mismatch", files, file=sys.stderr)
        ok = False
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                print(f"{g['file']}: quote not found: {c['quote']!r}", file=sys.stderr)
                ok = False
            if c["kind"] not in {"released", "exchanged", "transferred_to", "remaining_held", "other"}:
                print(f"{g['file']}: bad kind {c['kind']}", file=sys.stderr)
                ok = False
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n.casefold() not in low:
                    print(f"{g['file']}: {key} name not found: {n!r}", file=sys.stderr)
                    ok = False
        seen = {}
        for key in ("released_names", "not_released_names", "other_event_released_names", "other_people"):
            for n in g[key]:
                if n in seen:
                    print(f"{g['file']}: {n!r} in both {seen[n]} and {key}", file=sys.stderr)
                    ok = False
                seen[n] = key
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
