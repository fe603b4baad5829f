#!/usr/bin/env python3
"""Gold for devset_u (blind, held-out-style; events 1960-2009). Writes gold.jsonl and checks
that every quote is an exact substring of its article, that every name, alias and `where`
occurs in it (case-insensitive, for all-caps bylines), that no name is in two lists, and
that kinds, qualifiers, `where` and values are valid."""
import json
import os
import sys

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
    # ------------------------------------------------------------------ hostages
    dict(
        file="001_landshut_mogadishu_de.txt", published="2017-10-18",
        outlet="German regional daily, machine-translated from German (cookie banner, audio player, read-more)",
        event="GSG 9 storms hijacked Lufthansa 'Landshut' in Mogadishu, 90 hostages freed, 1977-10-18 (40th-anniversary feature)",
        counts=[
            C("released", 90, "90 hostages were free"),
            C("other", 86, "all 86 passengers", note="subset of the 90"),
            C("other", 4, "four of the five crew members", note="subset of the 90"),
            C("other", 3, "Three of the four hijackers died", note="casualties (hijackers)"),
            C("other", 11, "the release of eleven RAF prisoners held in German jails", note="demand; not released"),
            C("other", 2, "the release of two Palestinians held in Turkey", note="demand; not released"),
            C("other", 15, "a ransom of 15 million dollars", note="money"),
            C("other", 100000, "100.000 Marks", note="money"),
            C("other", 30, "The 30 officers under their commander Ulrich Wegener", note="troops"),
            C("other", 2000, "Some 2.000 people had gathered at Frankfurt airport", qualifier="about", note="crowd"),
            C("other", 43, "after 43 days in captivity", note="duration (Schleyer)"),
            C("other", 12000, "12.000 pages of files released", note="page noise"),
            C("other", 16, "Lufthansa orders 16 new aircraft", note="page noise"),
        ],
        released_names=["Diana Müll", "Jürgen Vietor", "Gabriele von Lutzau", "Hannelore Piegler"],
        alias_groups={"Gabriele von Lutzau": ["Gabriele Dillmann"]},
        not_released_names=[],
        other_event_released_names=["Irmgard Möller"],
        other_people=["Katrin Hollmann", "Zohair Youssif Akache", "Souhaila Andrawes", "Jürgen Schumann",
                      "Hanns Martin Schleyer", "Andreas Baader", "Gudrun Ensslin", "Jan-Carl Raspe",
                      "Helmut Schmidt", "Hans-Jürgen Wischnewski", "Siad Barre", "Ulrich Wegener",
                      "Heinz Wieseler"],
        distractors=["Baader, Ensslin, Raspe: prisoners whose release was demanded, found dead in their cells the same night (not releasees, not still held)",
                     "Irmgard Möller survived and was 'not released until 1994' (later, separate release)",
                     "Souhaila Andrawes: surviving hijacker taken into custody, later sentenced",
                     "Schleyer: kidnapped and killed (dead hostage); Schumann: captain shot dead",
                     "'Captain Mahmud' is Akache's nom de guerre; 'Ben Wisch' is Wischnewski's nickname",
                     "'90 people who came home' repeats the main figure",
                     "ages 19 and 37, 'five days', 'seven minutes', 00:38, 32,9 Percent, 1,4 billion"],
    ),
    dict(
        file="002_entebbe_rescue_upi.txt", published="1976-07-04", outlet="UPI archive wire (recommended stories)",
        event="Israeli commandos free 100 hostages at Entebbe, Uganda, 1976-07-04",
        counts=[
            C("released", 100, "freed 100 hostages"),
            C("remaining_held", 104, "Of the 104 hostages held at the airport",
              note="held before the rescue (as of the raid), seeds convention"),
            C("other", 3, "three hostages were killed in the crossfire", note="casualties"),
            C("other", 20, "at least 20 Ugandan soldiers were reported killed", qualifier="at_least", note="casualties"),
            C("other", 7, "All seven hijackers on the ground", note="captors (killed)"),
            C("other", 53, "demanded the release of 53 guerrillas", note="demand"),
            C("released", 47, "The hijackers freed 47 hostages", note="earlier event (Wednesday)"),
            C("released", 101, "another 101 on Thursday", note="earlier event (Thursday)"),
            C("other", 12, "the 12-member French crew", note="subset (crew freed in the raid)"),
            C("other", 2500, "more than 2,500 miles", qualifier="more_than", note="distance"),
            C("other", 2, "2 million jam Washington Mall", note="page noise"),
        ],
        released_names=["Ilan Hartuv", "Michel Bacos"],
        alias_groups={},
        not_released_names=["Dora Bloch"],
        other_event_released_names=[],
        other_people=["Daniel Shearer", "Jean-Jacques Maimoni", "Pasco Cohen", "Ida Borochovitch",
                      "Yonatan Netanyahu", "Yitzhak Rabin", "Idi Amin", "Shimon Peres", "Wilfried Boese"],
        distractors=["Dora Bloch, 75, taken to hospital before the raid, 'remained in Ugandan hands' (still held); her son Ilan Hartuv was freed",
                     "killed hostages Maimoni, Cohen, Borochovitch and the officer Netanyahu are not releasees",
                     "ages 75, 19, 52, 56, 30; 'about 90 minutes'; Flight 139; June 27; Dow 1,003.43 (page noise)"],
    ),
    dict(
        file="003_sahara_tourists_feature.txt", published="2003-08-25", outlet="news magazine feature (long), photo credit, 'more from this issue'",
        event="GSPC frees 14 European Sahara hostages in northern Mali, 2003-08-18 (17 freed by Algerian army in May)",
        counts=[
            C("released", 14, "freed 14 European hostages"),
            C("other", 9, "nine Germans", note="subset of the 14"),
            C("other", 4, "four Swiss", note="subset of the 14"),
            C("transferred_to", 14, "flew the 14 to Cologne-Bonn", where="Cologne-Bonn",
              note="inferred: flight home after release (optional)"),
            C("other", 200, "more than 200 journalists", qualifier="more_than", note="crowd"),
            C("other", 32, "In the beginning there were 32", note="total kidnapped"),
            C("other", 16, "sixteen Germans, ten Austrians, four Swiss", note="subset of the 32"),
            C("released", 17, "freed 17 of the hostages", note="earlier event (13 May rescue)"),
            C("remaining_held", 15, "drove the remaining 15 hostages south",
              note="earlier event: held after the May rescue, before one died"),
            C("other", 5, "around 5 million euros", qualifier="about", note="money"),
            C("other", 20, "killed more than 20 GSPC fighters", qualifier="more_than", note="casualties"),
            C("other", 300, "around 300 members", qualifier="about", note="group size"),
            C("other", 200000, "We need 200,000 more engineers", note="page noise"),
        ],
        released_names=["Harald Ickler", "Werner Hauck", "Daniela Hediger", "Arjen Zorgdrager", "Ingo Bleicher"],
        alias_groups={"Amari Saifi": ["El Para"]},
        not_released_names=[],
        other_event_released_names=["Gerhard Wintersteller"],
        other_people=["Martin Eberle", "Jens Albrecht", "Michaela Spitzer", "Joschka Fischer", "Amari Saifi",
                      "Jürgen Chrobog", "Iyad Ag Ghaly", "Amadou Toumani Touré", "Otto Schily"],
        distractors=["Michaela Spitzer died in captivity (dead hostage); her partner Werner Hauck was freed",
                     "Gerhard Wintersteller was freed in the May rescue (earlier event)",
                     "ages 46, 45; '172 days'; 'eleven times'; '19 kilos'; 45 degrees; 1,000 kilometres; '3 in 5'; '1,5 billion'"],
    ),
    dict(
        file="004_chesnot_malbrunot_fr.txt", published="2004-12-22", outlet="French daily, machine-translated (comment count, read-also, newsletter)",
        event="Christian Chesnot and Georges Malbrunot freed in Iraq after 124 days, 2004-12-21",
        counts=[
            C("released", 2, "The two journalists held hostage for 124 days were released"),
            C("transferred_to", 2, "the Falcon 900 of the Republic that was bringing the two men home landed at the Villacoublay military base",
              where="Villacoublay", note="inferred: flight home (optional)"),
            C("other", 124, "After 124 days of captivity", note="duration"),
            C("other", 4000, "around 4 000 people had gathered in Paris", qualifier="about", note="crowd"),
            C("other", 170, "more than 170 foreigners have been kidnapped in the country since April 2004",
              qualifier="more_than", note="cumulative kidnappings; not releases"),
            C("other", 30, "at least 30 of whom have been killed", qualifier="at_least", note="casualties"),
            C("remaining_held", 7, "At least seven foreigners, including two journalists, are still in the hands of kidnappers",
              qualifier="at_least", note="inferred: other abductions; claim by RSF (optional)"),
            C("other", 1500, "1 500 euros per family", note="page noise"),
            C("other", 560, "560 euros on average", note="page noise"),
        ],
        released_names=["Christian Chesnot", "Georges Malbrunot"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Mohammed al-Joundi"],
        other_people=["Claire Vasseur", "Jacques Chirac", "Jean-Pierre Raffarin", "Michel Barnier", "Didier Julia",
                      "Robert Ménard", "Monique Chesnot", "Laurent Ribaud"],
        distractors=["Mohammed al-Joundi (driver) was found by US troops on 12 November and released (earlier event)",
                     "Monique Chesnot is the mother (same surname, relative)",
                     "ages 37, 41; 20 August; Falcon 900; 15 h 30; 142 comments; 52,0 % (page noise, Yushchenko)"],
    ),
    dict(
        file="005_afar_kidnap_eritrea.txt", published="2007-03-13", outlet="UK broadcaster web page (cookie banner, see also, top stories)",
        event="Five Europeans kidnapped in Ethiopia's Afar region freed to British diplomats in Asmara, 2007-03-13",
        counts=[
            C("released", 5, "Five Europeans kidnapped in a remote part of northern Ethiopia nearly two weeks ago have been freed"),
            C("transferred_to", 5, "The five, most of them linked to the British embassy in Addis Ababa, were handed over to British diplomats in the Eritrean capital, Asmara",
              where="Asmara"),
            C("other", 13, "seized on 1 March with 13 Ethiopians", note="total Ethiopians kidnapped"),
            C("remaining_held", 8, "Eight Ethiopians who were seized with them are still being held"),
            C("released", 5, "Five of the Ethiopians were freed last week", note="earlier event"),
            C("other", 70000, "some 70,000 people died", qualifier="about", note="casualties (1998-2000 war)"),
            C("other", 12, "Darfur: 12 killed", note="page noise"),
            C("other", 50, "Ghana celebrates 50 years", note="page noise"),
        ],
        released_names=["Jonathan Peart", "Rebecca Peart", "Malcolm Tennant", "Laura Cole", "Anne-Sophie Marchal"],
        alias_groups={},
        not_released_names=["Dawit Bekele"],
        other_event_released_names=[],
        other_people=["Margaret Beckett", "Nick Collingwood", "Ali Abdu", "Tsegaye Bekele", "Meles Zenawi"],
        distractors=["Dawit Bekele, a driver, is 'among the eight' still held; his brother Tsegaye Bekele is quoted",
                     "'would be flown to London later this week' is planned, no count",
                     "'14:32 GMT', '1 March', 1998 and 2000"],
    ),
    dict(
        file="006_sierra_leone_peacekeepers.txt", published="2000-05-28", outlet="Reuters wire",
        event="RUF frees 85 more UN peacekeepers via Liberia, flown to Monrovia, 2000-05-28",
        counts=[
            C("released", 85, "freed 85 more U.N. peacekeepers"),
            C("transferred_to", 85, "The 85, mostly Zambians with a handful of Kenyan and Indian military observers, were flown by helicopter to Monrovia",
              where="Monrovia"),
            C("released", 442, "The release brings to 442 the number of peacekeepers freed since May 14",
              note="cumulative since May 14"),
            C("released", 139, "the first group of 139 was released", note="earlier event (May 14)"),
            C("transferred_to", 139, "the first group of 139 was released and flown to Monrovia", where="Monrovia",
              note="earlier event (May 14)"),
            C("remaining_held", 60, "About 60 peacekeepers and military observers are still believed to be held by the rebels",
              qualifier="about"),
            C("other", 233, "A further 233 Indian troops are surrounded by RUF fighters at Kailahun",
              note="besieged, explicitly 'not in captivity'"),
            C("other", 500, "The RUF seized nearly 500 U.N. troops", qualifier="about", note="total seized"),
            C("other", 13000, "the 13,000-strong force", note="force size"),
        ],
        released_names=["Charles Mwamba"],
        alias_groups={},
        not_released_names=["Foday Sankoh"],
        other_event_released_names=[],
        other_people=["Sahr Morsay", "David Wimhurst", "Charles Taylor", "Kofi Annan", "Helen Marsh"],
        distractors=["Foday Sankoh: rebel leader captured May 17, held by the government, release demanded (still held)",
                     "the 233 Indian troops at Kailahun are surrounded, 'not in captivity'",
                     "dates May 14 / May 17 / May 28"],
    ),
    dict(
        file="007_sulu_drilon_live.txt", published="2008-06-18", outlet="Philippine broadcaster live updates (reverse timestamps, ad, related, comments)",
        event="Abu Sayyaf frees ABS-CBN's Ces Drilon and Jimmy Encarnacion in Sulu, 2008-06-17",
        counts=[
            C("released", 2, "two of the three remaining hostages, were freed"),
            C("remaining_held", 3, "the three remaining hostages",
              note="inferred: held before this release (after Valderama's earlier release)"),
            C("remaining_held", 1, "one hostage, Prof. Octavio Dinampo of Mindanao State University, remains with the kidnappers"),
            C("other", 4, "the release of all four", note="demand (ransom for all four)"),
            C("other", 100000, "P100,000", note="money (earlier release)"),
            C("other", 15, "P15 million", note="money (demand)"),
            C("other", 5, "P5 million", note="money (unconfirmed ransom)"),
            C("other", 20, "at least 20 kidnappings since January", qualifier="at_least", note="cumulative kidnappings"),
            C("other", 557, "Typhoon Frank death toll rises to 557", note="page noise"),
            C("other", 32, "32 survivors", note="page noise"),
        ],
        released_names=["Ces Drilon", "Jimmy Encarnacion"],
        alias_groups={},
        not_released_names=["Octavio Dinampo"],
        other_event_released_names=["Angelo Valderama"],
        other_people=["Julasirim Kasim", "Abdusakur Tan", "Jun Dumaguing", "Maria Ressa", "Albader Parad",
                      "Loren Legarda", "Alvarez Isnaji", "Haider Isnaji"],
        distractors=["Alvarez and Haider Isnaji: go-betweens arrested as suspects and 'being held' by police (taken into custody, not captives) - judgement call",
                     "Angelo Valderama was released on Thursday (earlier event)",
                     "clock times 10:30 p.m., 11:58 PM etc.; June 8; 70% (ad); 148 comments"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_ciszek_makinen_swap.txt", published="1963-10-12", outlet="UPI wire brief",
        event="US-USSR exchange: Walter Ciszek and Marvin Makinen for Ivan and Aleksandra Egorov, 1963-10-12",
        counts=[
            C("exchanged", 2, "exchanged two Soviet citizens accused of spying"),
            C("exchanged", 2, "for two Americans imprisoned in the Soviet Union"),
            C("remaining_held", 2, "at least two other Americans are still serving sentences in Soviet prisons",
              qualifier="at_least"),
        ],
        released_names=["Walter J. Ciszek", "Marvin W. Makinen", "Ivan D. Egorov"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=[],
        distractors=["'his wife, Aleksandra' is released too but named by first name only",
                     "'held for 23 years'; ages 59, 24; 1941; 15 years; 1961; eight years"],
    ),
    dict(
        file="009_israel_egypt_pows_1973.txt", published="1973-11-15", outlet="AP wire",
        event="Israel-Egypt POW exchange begins after Kilometer 101 agreement, 1973-11-15",
        counts=[
            C("exchanged", 108, "Egypt had freed 108 Israeli prisoners"),
            C("exchanged", 420, "Israel had released 420 Egyptians"),
            C("exchanged", 241, "until all 241 Israelis held in Egypt", note="planned: whole exchange over a week"),
            C("exchanged", 8300, "about 8,300 Egyptians held in Israel have gone home", qualifier="about",
              note="planned: whole exchange over a week"),
            C("remaining_held", 100, "Syria holds about 100 Israeli soldiers", qualifier="about",
              note="inferred: held by another state, not part of this exchange"),
            C("remaining_held", 400, "Israel holds nearly 400 Syrian prisoners", qualifier="about",
              note="inferred: held by another state, not part of this exchange"),
            C("other", 2400, "more than 2,400 of its soldiers were killed", qualifier="more_than", note="casualties"),
        ],
        released_names=["Assaf Yaguri"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Joseph Finney", "Michel Favre", "Moshe Dayan", "David Elazar", "Ahmed Ismail",
                      "Aharon Yariv", "Mohammed Abdel-Ghani el-Gamasy", "Ensio Siilasvuo", "Henry Kissinger",
                      "Golda Meir"],
        distractors=["'Kilometer 101', 'six-point', 'two chartered Red Cross airliners', 2 p.m., '18-day war'",
                     "'Several hundred relatives' (vague)"],
    ),
    dict(
        file="010_homecoming_1973_feature.txt", published="2023-02-12", outlet="US regional paper, 50th-anniversary feature (weather bar, subscribe prompt, most read, comments)",
        event="Operation Homecoming, first day: 116 freed in Hanoi and 27 at Loc Ninh; Saigon-PRG exchange, 1973-02-12",
        counts=[
            C("released", 116, "North Vietnam released 116 American prisoners of war"),
            C("released", 27, "27 Americans were freed by the Viet Cong"),
            C("released", 143, "143 Americans came out on the first day"),
            C("transferred_to", 116, "The 116 men were flown to Clark Air Base", where="Clark Air Base"),
            C("exchanged", 1200, "Saigon handed over 1,200 Viet Cong and North Vietnamese prisoners"),
            C("exchanged", 600, "the other side released about 600 South Vietnamese soldiers", qualifier="about"),
            C("released", 107, "was freed with 107 other men on March 14", note="earlier event (later batch, March 14)"),
            C("released", 591, "By April 1, 591 American POWs had been released", note="cumulative (all batches)"),
            C("other", 1500, "a crowd of some 1,500 airmen", qualifier="about", note="crowd"),
            C("other", 2324, "For the next 2,324 days", note="duration"),
            C("other", 1300, "about 1,300 Americans were still listed as missing", qualifier="about", note="missing, not held"),
            C("other", 1580, "today the figure stands at 1,580", note="missing, not held"),
            C("other", 4000, "About 4,000 people lined Front Street", qualifier="about", note="crowd"),
            C("other", 3, "3 hurt as pickup rolls over", note="page noise"),
            C("other", 16, "16 teachers to retire", note="page noise"),
        ],
        released_names=["Dick Lindholm", "Jeremiah Denton", "Everett Alvarez Jr."],
        alias_groups={"Dick Lindholm": ['Richard "Dick" Lindholm']},
        not_released_names=[],
        other_event_released_names=["John McCain"],
        other_people=["Jennifer Hallstrom", "Thomas Ekberg", "Marlene Lindholm", "Karen Lindholm Osgood",
                      "Richard Nixon", "Henry Kissinger", "Le Duc Tho"],
        distractors=["Thomas Ekberg: wingman shot down, still listed as missing (not held, not released)",
                     "John McCain freed March 14 in a later batch (other event)",
                     "Marlene Lindholm (wife) and Karen Lindholm Osgood (daughter) share the surname",
                     "ages 84, 34, 47; 1960, 1964, 1966, 1969; 'six letters'; 'another 12 years'; 31°F; $1; $2.4 million; 21-7"],
    ),
    dict(
        file="011_falklands_canberra_es.txt", published="1982-06-20", outlet="Argentine regional daily, machine-translated from Spanish (dollar/weather bar, read also)",
        event="Canberra lands 4,167 Argentine POWs freed by Britain at Puerto Madryn, 1982-06-19",
        counts=[
            C("released", 4167, "the 4.167 Argentine prisoners freed by the British forces"),
            C("transferred_to", 4167, "4.167 SOLDIERS RETURNED TO THE MAINLAND", where="mainland",
              note="inferred: repatriation home (optional)"),
            C("released", 1016, "the ferry Norland had already landed in this port another 1.016 prisoners",
              note="earlier event (Friday)"),
            C("remaining_held", 593, "593 officers, non-commissioned officers and specialists, among them the former military governor of the islands, General Mario Benjamín Menéndez, remain in British hands"),
            C("other", 11848, "the British forces took 11.848 prisoners", note="total captured"),
            C("other", 2000, "A crowd of about 2.000 residents", qualifier="about", note="crowd"),
            C("other", 1800, "1.800 kilometres", note="distance"),
            C("other", 15600, "Dollar: $ 15.600", note="page noise"),
            C("other", 320, "320 families without gas", note="page noise"),
        ],
        released_names=["Carlos Alberto Ruiz", "Oscar Daniel Funes"],
        alias_groups={},
        not_released_names=["Mario Benjamín Menéndez", "Jeffrey Glover"],
        other_event_released_names=["Alfredo Astiz"],
        other_people=["Horacio Benítez", "Elba de Ruiz", "Leopoldo Fortunato Galtieri", "Cristino Nicolaides",
                      "Nicanor Costa Méndez", "Margaret Thatcher"],
        distractors=["Jeffrey Glover: 'the only British prisoner' held by Argentina (still held, no numeral count)",
                     "Alfredo Astiz returned on 10 June (earlier event)",
                     "Elba de Ruiz is the mother of Carlos Alberto Ruiz (same surname; relative)",
                     "scorer caveat: Menéndez and Costa Méndez have similar surname skeletons (first names differ)",
                     "8.15, classes of 1962 and 1963, age 19, 21 May, 16,5 %, 4-1"],
    ),
    dict(
        file="012_gulf_war_pows_1991.txt", published="1991-03-05", outlet="Reuters wire (photo caption, related coverage)",
        event="Iraq frees 35 allied POWs flown to Riyadh; coalition returns 294 Iraqi POWs, 1991-03-05",
        counts=[
            C("released", 35, "Iraq freed 35 allied prisoners of war"),
            C("other", 15, "including 15 Americans", note="subset of the 35"),
            C("other", 9, "nine Britons", note="subset of the 35"),
            C("other", 9, "nine Saudis", note="subset of the 35"),
            C("exchanged", 294, "coalition sends back 294 Iraqis"),
            C("transferred_to", 35, "The 35 were flown to Riyadh", where="Riyadh"),
            C("released", 10, "the release on Monday of the first 10 allied prisoners", note="earlier event (Monday)"),
            C("transferred_to", 10, "the first 10 allied prisoners - six Americans, three Britons and an Italian - who were handed over to the Red Cross in Baghdad and driven to Amman",
              where="Amman", note="earlier event (Monday)"),
            C("other", 3, "three members of his crew", note="earlier event (CBS crew freed Saturday)"),
            C("other", 9, "nine Americans were still listed as missing in action", note="missing, not held"),
            C("remaining_held", 60000, "the coalition was holding more than 60,000 Iraqi prisoners", qualifier="more_than",
              note="inferred: held by the other side, to be returned later"),
            C("remaining_held", 5000, "Iraqi forces took about 5,000 Kuwaitis to Iraq", qualifier="about",
              note="claim by Kuwait; inferred"),
            C("other", 89, "approval rating hits 89 percent", note="page noise"),
        ],
        released_names=["Rhonda Cornum", "Jeffrey Zaun", "John Peters", "John Nichol", "Gianmarco Bellini"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Melissa Rathbun-Nealy", "Maurizio Cocciolone", "Bob Simon"],
        other_people=["Alan Pendry", "Richard Neal", "Urs Boegli", "Dick Cheney", "Cora Zaun", "Dan Korsgaard"],
        distractors=["Rathbun-Nealy and Cocciolone were in Monday's first group; Bob Simon freed Saturday (earlier events)",
                     "Cora Zaun is Jeffrey Zaun's mother (same surname)",
                     "'Bush' in the related-coverage headline is page noise",
                     "DC-9, February 27, $1.20"],
    ),
    dict(
        file="013_chechnya_exchange_1996_ru.txt", published="1996-11-27", outlet="Russian news site, machine-translated ('1 200', view/comment counters, read also)",
        event="Grozny 'all for all' prisoner exchange: 28 servicemen for 32 detainees, 1996-11-27",
        counts=[
            C("exchanged", 28, "The Chechen side handed over 28 servicemen"),
            C("exchanged", 32, "the federal side released 32 detainees"),
            C("other", 1200, "lists of 1 200 servicemen who are considered missing", note="missing, not held"),
            C("remaining_held", 300, "the separatists still hold at least 300 federal servicemen", qualifier="at_least"),
            C("remaining_held", 1000, "up to 1 000 residents of Chechnya", qualifier="about",
              note="'up to': vague quantifier; held by the federal side"),
            C("exchanged", 15, "\"15 for 15\"", note="earlier event (7 November exchange)"),
            C("other", 5500, "5 500 per dollar", note="page noise"),
            C("other", 226, "226 votes", note="page noise"),
        ],
        released_names=["Sergei Kuzmin", "Andrei Tolokonnikov", "Ruslan Gaifullin"],
        alias_groups={},
        not_released_names=["Denis Yermakov"],
        other_event_released_names=[],
        other_people=["Movladi Udugov", "Vyacheslav Izmailov", "Alexander Cherkasov", "Aslan Maskhadov",
                      "Lyudmila Tolokonnikova", "Galina Yermakova", "Alexander Lebed"],
        distractors=["Lyudmila Tolokonnikova (mother of a freed soldier) and Galina Yermakova (mother of a still-held soldier) share surnames with them",
                     "Izmailov 'has personally brought out of captivity dozens of soldiers' (earlier, vague)",
                     "ages 18-20, 'almost four months', 31 August, Views 3 918, Comments 41, 2,5 tonnes"],
    ),
    dict(
        file="014_china_vietnam_pows_1979.txt", published="1979-05-21", outlet="Reuter wire brief",
        event="First China-Vietnam POW exchange at Friendship Pass, 1979-05-21",
        counts=[
            C("exchanged", 120, "China handed over 120 Vietnamese prisoners"),
            C("exchanged", 43, "Vietnam returned 43 Chinese soldiers"),
            C("remaining_held", 1500, "China still held more than 1,500 Vietnamese", qualifier="more_than",
              note="Hanoi radio figure after the exchange"),
            C("remaining_held", 1600, "China says it holds about 1,600 prisoners", qualifier="about",
              note="claim by China; unclear whether before or after the exchange"),
            C("remaining_held", 240, "Vietnam about 240", qualifier="about",
              note="claim by China; unclear whether before or after the exchange"),
            C("other", 20000, "some 20,000 men killed and wounded", qualifier="about", note="casualties"),
            C("other", 50000, "killed or wounded 50,000 Vietnamese", note="casualties"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=[],
        distractors=["'16-day border war'; no named people (tests precision)"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / political prisoners
    dict(
        file="015_hungary_1963_amnesty_analysis.txt", published="2013-03-21", outlet="think-tank analysis piece (PDF link, footnotes, related, citation)",
        event="Hungary's general amnesty of March 1963 freeing most 1956 prisoners (analysis, 50 years on)",
        counts=[
            C("released", 3500, "it freed some 3,500 political prisoners within weeks", qualifier="about"),
            C("released", 1000, "a partial amnesty released about 1,000 prisoners", qualifier="about",
              note="earlier event (April 1960)"),
            C("remaining_held", 150, "About 150 people, most of them working-class fighters from the Corvin Passage and Széna tér groups, remained in prison",
              qualifier="about"),
            C("released", 40, "Some 40 of them were released only under the partial amnesty of 1970", qualifier="about",
              note="earlier event (later amnesty, 1970)"),
            C("other", 22000, "Some 22,000 people were sentenced", qualifier="about", note="cumulative convictions"),
            C("other", 13000, "about 13,000 were interned", qualifier="about", note="cumulative internments"),
            C("other", 229, "229 were executed", note="executions"),
            C("other", 200000, "Around 200,000 Hungarians fled", qualifier="about", note="refugees"),
            C("other", 10, "the 10 million members of Solidarity", note="page noise"),
        ],
        released_names=["István Bibó", "Árpád Göncz"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Tibor Déry", "Gyula Háy"],
        other_people=["Eszter Vámos", "Imre Nagy", "Pál Maléter", "János Kádár", "U Thant", "József Mindszenty"],
        distractors=["Mindszenty was in refuge at the US legation, 'not a prisoner'",
                     "Imre Nagy and Pál Maléter were executed in 1958",
                     "footnote markers [1]-[4], 412 KB, '14 min read', 'six years', 'nine years', '7/2013', 1848, 1990"],
    ),
    dict(
        file="016_greece_1973_amnesty.txt", published="1973-08-21", outlet="UK daily, scanned archive page (OCR), correspondent report",
        event="Greek junta's general amnesty frees Panagoulis and some 350 political prisoners, 1973-08-20",
        counts=[
            C("released", 350, "He was one of some 350 political prisoners freed today", qualifier="about"),
            C("other", 30, "some 30 of them", qualifier="about", note="subset (naval officers) of those freed"),
            C("remaining_held", 12, "at least 12 people convicted of bombings in which nobody was killed had been kept in prison",
              qualifier="at_least", note="opposition lawyers' figure, disputed by the government"),
            C("remaining_held", 200, "about 200 people remain in administrative exile", qualifier="about",
              note="inferred: internal exile on islands, not prison (optional)"),
            C("other", 39, "from £39", note="page noise (advert)"),
        ],
        released_names=["Alexandros Panagoulis", "Stelios Lykoudis", "Gerasimos Notaras", "Nikos Vlachakis"],
        alias_groups={"Alexandros Panagoulis": ["Alekos Panagoulis"]},
        not_released_names=[],
        other_event_released_names=["Mikis Theodorakis", "Lady Fleming"],
        other_people=["George Papadopoulos", "Athena Panagoulis", "Stathis Panagoulis"],
        distractors=["Athena (mother) and Stathis (brother) Panagoulis share the releasee's surname",
                     "'no person remained in prison ... for a political offence' (official claim, no number)",
                     "age 34; 'five years ago'; 'four years'; 'twice escaped'; April 21, 1967; July 29; 1971; Page 4 of 32; 14 nights"],
    ),
    dict(
        file="017_egypt_1981_releases.txt", published="1981-11-26", outlet="Cairo English-language daily reproducing a presidential statement (MENA)",
        event="Mubarak orders release of 31 of Sadat's September 1981 detainees and receives them, 1981-11-25",
        counts=[
            C("released", 31, "ordered the release of 31 of those detained"),
            C("other", 1536, "ordered the arrest of 1,536 people", note="arrests"),
            C("released", 130, "About 130 detainees, most of them students, were freed by the Interior Ministry last month",
              qualifier="about", note="earlier event (October)"),
            C("remaining_held", 1100, "about 1,100 people detained in September remain in custody", qualifier="about",
              note="estimate by opposition lawyers"),
        ],
        released_names=["Fouad Serageddin", "Mohamed Hassanein Heikal", "Ibrahim Shukri", "Hilmi Murad",
                        "Milad Hanna", "Abdel-Aziz al-Shorbagi"],
        alias_groups={},
        not_released_names=["Pope Shenouda III", "Ahmed Shukri"],
        other_event_released_names=[],
        other_people=["Mohamed Hosni Mubarak", "Anwar el-Sadat", "Nabawi Ismail"],
        distractors=["Pope Shenouda III 'remains confined' to a monastery (still held)",
                     "Ahmed Shukri, son of the releasee Ibrahim Shukri, 'is not among those released' (still held)",
                     "'several hundred members of Islamic associations' (vague subset)",
                     "50 millièmes; 3 September; 6 October; age 71; 'more than two hours'; 14 shares, 9 up; 22°C"],
    ),
    dict(
        file="018_indonesia_buru_ai_release.txt", published="1979-12-21", outlet="NGO press release (Amnesty International, index number, contact block)",
        event="Indonesia frees the last 1,156 Buru island prisoners incl. Pramoedya Ananta Toer, 1979-12-19/20",
        counts=[
            C("released", 1156, "the final group of 1,156 prisoners from the Buru penal colony reached the port of Surabaya in East Java on board the ship Tanjung Pandan on 19 and 20 December and were released"),
            C("transferred_to", 1156, "the final group of 1,156 prisoners from the Buru penal colony reached the port of Surabaya",
              where="Surabaya", note="inferred: shipped back to Java for release (optional)"),
            C("released", 30000, "more than 30,000 \"Category B\" prisoners have been freed since December 1977",
              qualifier="more_than", note="cumulative since 1977; claim by Kopkamtib"),
            C("remaining_held", 300, "at least 300 prisoners classified as \"Category A\" remain in detention",
              qualifier="at_least"),
        ],
        released_names=["Pramoedya Ananta Toer", "Rivai Apin", "Sumiyarsi Siwirini"],
        alias_groups={},
        not_released_names=["Subandrio", "Omar Dhani"],
        other_event_released_names=["Hendra Gunawan"],
        other_people=["Martin Ennals", "Sudomo"],
        distractors=["'hundreds of other political prisoners' (vague)",
                     "AI Index ASA 21/31/79; 00.01 hrs; '14 years'; October 1965; age 54; 'last ten years'; 1966; telephone/telex numbers"],
    ),
    dict(
        file="019_haiti_1977_release.txt", published="1977-09-21", outlet="AP wire brief",
        event="Jean-Claude Duvalier frees 104 political prisoners, at least 23 flown to Mexico City, 1977-09-21",
        counts=[
            C("released", 104, "freed 104 political prisoners"),
            C("transferred_to", 23, "at least 23 of them were flown to Mexico City", qualifier="at_least",
              where="Mexico City"),
            C("remaining_held", 200, "at least 200 other political prisoners remain in Haitian jails", qualifier="at_least",
              note="exile committee estimate"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jean-Claude Duvalier", "Andrew Young", "Paul Blanchet"],
        distractors=["'26-year-old president'; 'three weeks'; no named releasee (tests precision)"],
    ),
    dict(
        file="020_taiwan_1990_amnesty.txt", published="1990-05-20", outlet="AFP wire brief",
        event="Lee Teng-hui's inauguration amnesty frees 22 political prisoners incl. Shih Ming-teh and Hsu Hsin-liang, 1990-05-20",
        counts=[
            C("released", 22, "Taiwan released 22 political prisoners"),
            C("other", 7000, "reduced the sentences of about 7,000 common criminals", qualifier="about",
              note="sentence reductions, not releases"),
            C("other", 8, "restored the civil rights of the eight leaders", note="civil-rights restoration"),
            C("remaining_held", 5, "at least five political prisoners had not been covered and remain in prison",
              qualifier="at_least"),
        ],
        released_names=["Shih Ming-teh", "Hsu Hsin-liang"],
        alias_groups={"Shih Ming-teh": ["Shih Ming-te"]},
        not_released_names=["Chen Wen-hsiung"],
        other_event_released_names=[],
        other_people=["Lee Teng-hui", "Huang Hsin-chieh"],
        distractors=["'more than 25 years of his life in prison'; 'six-year term'; 1979; 'last September'"],
    ),
]


def main():
    ok = True

    def err(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        err(f"file list mismatch {files}")
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                err(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int):
                err(f"{g['file']}: value not int {c['value']!r}")
            if (c["kind"] == "transferred_to") != bool(c["where"]):
                err(f"{g['file']}: where must be set exactly on transferred_to: {c['quote']!r}")
            if c["where"] and c["where"].casefold() not in low:
                err(f"{g['file']}: where not found: {c['where']!r}")
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
        for k, vs in g["alias_groups"].items():
            for n in [k] + vs:
                if n.casefold() not in low:
                    err(f"{g['file']}: alias not found: {n!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
