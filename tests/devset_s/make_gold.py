#!/usr/bin/env python3
"""Gold for devset_s (blind, held-out-style). Writes gold.jsonl and checks that every
quote is an exact substring of its article, every name / alias / `where` occurs in it
(case-insensitive, for all-caps bylines), no name is in two lists, and kinds, qualifiers
and `where` are valid."""
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
    dict(
        file="001_princes_gate_siege_anniversary.txt", published="2025-05-05",
        outlet="UK regional paper, anniversary feature (cookie banner, newsletter prompt, most-read list, comments)",
        event="Iranian Embassy siege, London: 19 hostages rescued by the SAS, 1980-05-05",
        counts=[
            C("released", 19, "Nineteen hostages were brought out alive", note="rescued in the assault (main event)"),
            C("other", 1, "one hostage had been killed in the assault", note="hostage killed"),
            C("other", 5, "five of the six gunmen were dead", note="gunmen killed"),
            C("other", 26, "took 26 people hostage", note="hostages taken at the start"),
            C("other", 91, "demanded the release of 91 Arab prisoners held in Iranian jails", note="demand"),
            C("released", 5, "In all, five hostages were freed before the end",
              note="earlier event (released during the siege, before the assault)"),
            C("released", 2, "Two more hostages left on the Sunday",
              note="earlier event; subset of the five freed during the siege"),
            C("other", 300, "Around 300 households were evacuated", qualifier="about", note="evacuees"),
            C("other", 30, "some 30 to 35 SAS soldiers", qualifier="about", note="troops"),
            C("other", 4000, "4,000 homes get the go-ahead", note="page noise"),
        ],
        released_names=["Trevor Lock", "Sim Harris", "Ron Morris", "Gholam-Ali Afrouz", "Ahmad Dadgar"],
        alias_groups={"Oan Ali Mohammed": ["Salim"]},
        not_released_names=[],
        other_event_released_names=["Chris Cramer", "Frieda Mozafarian", "Mustafa Karkouti", "Fowzi Nejad"],
        other_people=["Helen Marsh", "Kate Adie", "Oan Ali Mohammed", "Abbas Lavasani", "William Whitelaw",
                      "Margaret Thatcher", "Ali Akbar Samadzadeh", "Graham Morris", "Peter Gallagher", "John Redman"],
        distractors=["Fowzi Nejad was arrested on the lawn (into custody) and only paroled in 2008 (other event)",
                     "Lavasani and Samadzadeh were killed", "Graham Morris is Ron Morris's nephew (same surname)",
                     "served 27 years; 7.23pm; Seventeen minutes; 45 years on", "14 comments; 4.99%; 3-1 (page noise)"],
    ),
    dict(
        file="002_getty_grandson_freed_1973.txt", published="1973-12-15", outlet="UPI archive wire",
        event="J. Paul Getty III freed by kidnappers in Calabria after ransom, 1973-12-15",
        counts=[
            C("other", 14, "his 14 other grandchildren", note="relatives"),
            C("other", 5, "at least five men were involved", qualifier="at_least", note="kidnappers"),
            C("other", 14, "There have been 14 kidnappings for ransom in Italy this year", note="cumulative kidnappings"),
        ],
        released_names=["J. Paul Getty III"],
        alias_groups={"J. Paul Getty III": ["Paul Getty"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["J. Paul Getty", "J. Paul Getty Jr.", "Gail Harris", "Marco Bellini"],
        distractors=["single-person release: no release count", "1.7 billion lire / $2.9 million ransom",
                     "17-year-old; 81; five months; 10 a.m.",
                     "scorer caveat: grandfather J. Paul Getty and father J. Paul Getty Jr. share name parts with the releasee"],
    ),
    dict(
        file="003_chrobog_family_yemen_2005.txt", published="2005-12-31",
        outlet="German news site (dpa/AFP/Reuters), machine-translated from German ('1.000', '1,3 million')",
        event="Former German state secretary Juergen Chrobog and family freed by Al-Abdallah tribe, Yemen, 2005-12-31",
        counts=[
            C("released", 5, "The five Germans were released"),
            C("other", 6, "the release of six members of their clan who are in prison in Sanaa",
              note="kidnappers' demand (kinsmen in prison); not hostages"),
            C("other", 200, "more than 200 foreigners have been kidnapped", qualifier="more_than",
              note="cumulative kidnappings since the early 1990s"),
            C("released", 3, "three Dutch holidaymakers had been held for two days by a tribe in the province of Marib before being set free",
              note="earlier event (October 2005)"),
            C("other", 4, "four Western tourists died in a failed rescue attempt", note="deaths, 1998"),
            C("other", 1000, "1.000 soldiers search for missing tourists", note="page noise (related link)"),
        ],
        released_names=["Jürgen Chrobog"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Frank-Walter Steinmeier", "Raschid al-Alimi", "Ali Abdullah Saleh", "Angela Merkel",
                      "Joschka Fischer", "Sabine Kröger"],
        distractors=["wife Magda (first name only) and three unnamed sons were also freed",
                     "Sahara tourists 2003 (earlier event, no count, no names)", "65-year-old; 14.30; three days",
                     "'1,3 million at the Brandenburg Gate', '23 comments' (page noise)"],
    ),
    dict(
        file="004_fiji_peacekeepers_golan_2014.txt", published="2014-09-12",
        outlet="Fijian daily online, with PM's statement in full (video residue, related links, comments)",
        event="Nusra Front frees 45 Fijian UNDOF peacekeepers on the Golan Heights, 2014-09-11",
        counts=[
            C("released", 45, "All 45 Fijian soldiers held by Syrian rebels on the Golan Heights have been released"),
            C("other", 32, "32 Filipinos were evacuated by UNDOF", note="evacuated, not captives"),
            C("other", 40, "40 others slipped away from their position", note="escaped; not a release"),
            C("released", 21, "rebels held 21 Filipino peacekeepers for three days before releasing them",
              note="earlier event (March 2013)"),
            C("released", 4, "four more Filipinos were held for a week in May 2013 before being freed",
              note="earlier event (May 2013)"),
            C("other", 3, "compensation for three of its fighters killed", note="demand"),
            C("other", 500, "Fiji has about 500 soldiers serving with UNDOF", qualifier="about", note="troop numbers"),
            C("other", 1000, "some 1,000 more in Iraq, Sinai and other missions", qualifier="about", note="troop numbers"),
            C("other", 191000, "191,000 dead since 2011", note="page noise"),
            C("other", 248, "248 candidates cleared", note="page noise"),
        ],
        released_names=["Sakiusa Tuiloma", "Jone Naivalu"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Losana Vuniwaqa", "Josaia Voreqe Bainimarama", "Ban Ki-moon", "Mosese Tikoitoga",
                      "Gregorio Pio Catapang", "Mereseini Tuiloma", "Mohammed Aziz"],
        distractors=["Mereseini Tuiloma is the wife of a releasee (same surname)",
                     "Losena (first name only) is Naivalu's mother",
                     "taken to Camp Ziouani (no count in that sentence)", "14 days; 5pm; 28 August; seven-hour firefight"],
    ),
    dict(
        file="005_douglas_wood_rescued_2005.txt", published="2005-06-15",
        outlet="Australian broadcaster web page (video residue, related links, top stories)",
        event="Australian hostage Douglas Wood freed in Baghdad raid, 2005-06-15",
        counts=[
            C("other", 2, "Two suspects were detained at the scene", note="arrests"),
            C("other", 2, "Two Iraqis who were with him were killed", note="killed at the kidnapping"),
            C("other", 1400, "withdraw its 1,400 troops from Iraq", note="demand / troops"),
            C("released", 3, "three Romanian journalists last month, who were freed", note="earlier event (May 2005)"),
            C("other", 200, "At least 200 foreigners have been kidnapped in Iraq", qualifier="at_least",
              note="cumulative kidnappings"),
            C("other", 30, "more than 30 of them have been killed", qualifier="more_than", note="deaths"),
            C("other", 20, "20 killed in Baghdad bombing", note="page noise"),
        ],
        released_names=["Douglas Wood"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Marie Jeanne Ion", "Sorin Miscoci", "Ovidiu Ohanesian", "Clementina Cantoni"],
        other_people=["John Howard", "Vernon Wood", "Nick Warner", "Taj El-Din al-Hilaly", "Kim Beazley"],
        distractors=["unnamed Iraqi man freed in the same house (no count, no name)",
                     "brother Malcolm and wife Pearl (first names only)",
                     "Vernon Wood is the releasee's brother (same surname)",
                     "47 days; 63; 24 days", "12.10 (82) to 9.8 (62); 5.5 per cent (page noise)"],
    ),
    dict(
        file="006_un_election_workers_kabul_2004.txt", published="2004-11-23", outlet="Reuters wire brief",
        event="Three UN election workers freed in Kabul, 2004-11-23",
        counts=[
            C("released", 3, "Three foreign U.N. election workers kidnapped in Kabul nearly four weeks ago were freed"),
            C("other", 26, "the freeing of 26 Taliban prisoners", note="demand; not a release"),
            C("other", 12, "detained about a dozen people", qualifier="about", note="arrests"),
        ],
        released_names=["Annetta Flanigan", "Shqipe Hebibi", "Angelito Nayan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jean Arnault", "Ali Ahmad Jalali", "Akbar Agha", "Mirwais Haidari", "Simon Clegg"],
        distractors=["Akbar Agha was detained (into custody)", "'no prisoners released'", "Oct. 28; 2001"],
    ),
    dict(
        file="007_kal_hijack_returnees_1970.txt", published="1970-02-14", outlet="AP archive brief",
        event="North Korea returns 39 of 50 aboard hijacked KAL YS-11, keeps 11, Panmunjom 1970-02-14",
        counts=[
            C("released", 39, "Thirty-nine passengers, including two women, walked across the truce village's demarcation line"),
            C("remaining_held", 11, "sent home all but 11 of the 50 persons aboard"),
            C("other", 2, "including two women", note="subset"),
            C("other", 4, "its four crew members", note="subset of the 11 held"),
            C("other", 7, "seven passengers", note="subset of the 11 held"),
            C("other", 50, "the 50 persons aboard", note="total aboard"),
            C("released", 26, "sending home 26 of those aboard", note="earlier event (1958)"),
        ],
        released_names=["Chae Hon-duk"],
        alias_groups={},
        not_released_names=["Hwang Won"],
        other_event_released_names=[],
        other_people=["Cho Chang-hee", "Kim Il Sung"],
        distractors=["Cho Chang-hee is the alleged hijacker (not said to be held)", "11:05 a.m.; 41; Dec. 11; three weeks"],
    ),
    dict(
        file="008_dawsons_field_last_hostages_1970.txt", published="1970-10-01",
        outlet="UK broadsheet, contemporary front-page report (weather and TV boxes)",
        event="Dawson's Field hijackings end: last six hostages freed; Britain, Switzerland, West Germany free seven prisoners to Cairo, 1970-09-29/30",
        counts=[
            C("exchanged", 7, "Britain, Switzerland and West Germany released seven Arab prisoners"),
            C("transferred_to", 7, "flew on to Cairo, where the seven guerrillas were handed to Egyptian officials", where="Cairo"),
            C("released", 6, "The six, all Americans, were freed"),
            C("transferred_to", 6, "The six, all Americans, were freed in Amman last night and reached Nicosia", where="Nicosia",
              note="inferred (flown out after release)"),
            C("other", 3, "collect three men from each city", note="subset of the seven"),
            C("released", 10, "free ten Libyan soldiers and two Algerian officials last week",
              note="earlier event (separate Israeli release; Israel denies a link)"),
            C("released", 2, "free ten Libyan soldiers and two Algerian officials last week",
              note="earlier event (separate Israeli release; Israel denies a link)"),
            C("remaining_held", 300, "the Front held more than 300 passengers and crew", qualifier="more_than",
              note="earlier event (held at the height of the crisis)"),
            C("remaining_held", 56, "The Front kept back 56 hostages", note="earlier event (state after the Sept 12 releases)"),
            C("released", 32, "Thirty-two hostages were freed by the army on September 25", note="earlier event (earlier batch)"),
            C("released", 16, "Thirty-two hostages were freed by the army on September 25, and 16 more on September 26",
              note="earlier event (earlier batch)"),
            C("other", 3, "The three empty aircraft were blown up", note="aircraft"),
        ],
        released_names=["Leila Khaled", "Carroll Woods", "Al Kiburis", "Abraham Harari-Raful", "Joseph Harari-Raful"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Richard Hollis", "Gamal Abdel Nasser", "André Rochat", "Edward Heath", "Alec Douglas-Home",
                      "Patrick Arguello", "King Hussein", "George Habash"],
        distractors=["two unnamed TWA crew members among the six", "Arguello was shot dead",
                     "24-day ordeal; 12-year sentences; 24 (age); ten days; several thousand killed",
                     "most passengers 'released' on Sept 11-12 (no number)", "14C (57F); 9.20pm (page noise)"],
    ),
    dict(
        file="009_guillaume_exchange_1981.txt", published="1981-10-03",
        outlet="French daily, machine-translated ('3 000', '20 000', '55,2 %')",
        event="Guenter Guillaume returned to the GDR in exchange for eight Western agents, 1981-10-01",
        counts=[
            C("exchanged", 8, "the German Democratic Republic released eight people"),
            C("transferred_to", 8, "The eight, whose names have not been made public, arrived the same day at the reception centre of Giessen",
              where="Giessen", note="inferred (arrival in the West after release)"),
            C("released", 30, "some thirty political prisoners", qualifier="about",
              note="planned; claim by sources in Bonn (undertaking)"),
            C("other", 3000, "about 3 000 of its citizens to join their families", qualifier="about",
              note="planned family reunification; not prisoners"),
            C("exchanged", 6, "in exchange for six agents held in the East", note="earlier event (March 1981)"),
            C("released", 20000, "more than 20 000 political prisoners", qualifier="more_than",
              note="cumulative since 1963 (bought free)"),
            C("other", 40000, "around 40 000 marks", qualifier="about", note="money"),
        ],
        released_names=["Günter Guillaume"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Christel Guillaume"],
        other_people=["Willy Brandt", "Daniel Vernet-Lambert", "Wolfgang Vogel", "Jürgen Stange", "Egon Franke",
                      "Pierre Boom", "Helmut Schmidt", "Erich Mielke"],
        distractors=["Christel Guillaume (wife, same surname) was handed over in March (earlier event)",
                     "Pierre Boom is the couple's son (lives in the West)",
                     "thirteen-year sentence; seven years; 24; 54", "Lech Wałęsa, 55,2 %, 3 % (page noise headlines)"],
    ),
    dict(
        file="010_kuala_lumpur_aia_siege_1975.txt", published="1975-08-08",
        outlet="Malaysian daily, archive reprint (market and sport teasers)",
        event="Japanese Red Army AIA Building siege, Kuala Lumpur: last 15 hostages freed, five prisoners released by Japan flown to Libya, 1975-08-07",
        counts=[
            C("released", 15, "freed their last 15 hostages"),
            C("exchanged", 5, "five Red Army members released from prisons in Japan"),
            C("transferred_to", 5, "Also on board were five Red Army members released from prisons in Japan", where="Libya",
              note="destination (Libya) is in the previous sentence"),
            C("remaining_held", 2, "Two of the seven men whose release the gunmen had demanded refused to leave Japan and remain in prison there",
              note="refused release"),
            C("other", 7, "the seven men whose release the gunmen had demanded", note="demand"),
            C("other", 4, "four officials — two Malaysians and two Japanese", note="guarantors"),
            C("other", 53, "seized 53 people", note="hostages taken at the start"),
            C("released", 38, "Thirty-eight hostages, most of them Malaysian office staff, were released",
              note="earlier event (earlier batches of the same siege)"),
            C("other", 300, "300 men had been deployed", note="police"),
            C("other", 12, "Malaysia name 12 for trials", note="page noise"),
        ],
        released_names=["Robert Stebbins", "Fredrik Bergenstrahle", "Kunio Bando", "Norio Sasaki"],
        alias_groups={},
        not_released_names=["Kozo Okamoto"],
        other_event_released_names=[],
        other_people=["Ghazali Shafie", "Abdul Razak", "Takeo Miki"],
        distractors=["the five gunmen flew out under the deal (captors, not releasees)",
                     "the two prisoners who refused are unnamed", "86-hour; 2.52 p.m.; ninth floor; One policeman was wounded",
                     "2.44; 1 1/2 cents (page noise)"],
    ),
    dict(
        file="011_lebanon_nusra_swap_liveblog_2015.txt", published="2015-12-01",
        outlet="international live blog (reverse timestamps, unrelated entries)",
        event="Nusra Front frees 16 Lebanese soldiers and policemen for 13 prisoners, Arsal, 2015-12-01",
        counts=[
            C("released", 16, "The remaining 16 captives held by Nusra were released today"),
            C("exchanged", 13, "Lebanon released 13 prisoners"),
            C("other", 5, "five of them women", note="subset of the 13"),
            C("transferred_to", 8, "eight chose to be driven to the Nusra-held mountains outside Arsal and on into Syria",
              where="Syria", note="destination also given as the mountains outside Arsal"),
            C("remaining_held", 9, "Nine servicemen are still held by Islamic State"),
            C("other", 30, "seized more than 30 soldiers and policemen", qualifier="more_than", note="captives taken in 2014"),
            C("other", 4, "four were killed in captivity", note="killed"),
            C("other", 150, "150 world leaders attended", note="page noise"),
        ],
        released_names=["Pierre Jaajaa", "Saja al-Dulaimi", "Ola al-Oqaili"],
        alias_groups={},
        not_released_names=["Mohammad Youssef"],
        other_event_released_names=[],
        other_people=["Tammam Salam", "Mohammad Hamieh", "Abbas Ibrahim", "Abu Malek al-Talli", "Hussein Youssef",
                      "Nohad Machnouk", "Abu Bakr al-Baghdadi", "Rana Haddad", "Tom Perrin"],
        distractors=["Mohammad Hamieh's remains were handed over (killed 2014)",
                     "Hussein Youssef is the father of a still-held soldier",
                     "'Several were released in the first weeks' (earlier event, no number)",
                     "16 months; 13:00; Su-24; 47 updates; 212 comments"],
    ),
    dict(
        file="012_wagah_last_pows_1974_feature.txt", published="2024-04-28",
        outlet="Indian regional daily, 50-years-ago feature (read-also list, market ticker, comments)",
        event="Last Pakistani POWs of 1971 repatriated at Wagah incl. Lt Gen Niazi, 1974-04-30",
        counts=[
            C("released", 1012, "the last 1,012 prisoners, among them Lieutenant General A.A.K. Niazi, the commander who had signed the instrument of surrender at Dhaka's Ramna Race Course on December 16, 1971, walked across the border into Pakistan"),
            C("transferred_to", 1012, "the last 1,012 prisoners, among them Lieutenant General A.A.K. Niazi, the commander who had signed the instrument of surrender at Dhaka's Ramna Race Course on December 16, 1971, walked across the border into Pakistan",
              where="Pakistan", note="inferred (repatriation home)"),
            C("other", 93000, "India holding about 93,000 Pakistanis", qualifier="about",
              note="total captured in 1971 (state at the surrender)"),
            C("released", 90000, "about 90,000 prisoners were sent home through Wagah", qualifier="about",
              note="cumulative over seven months"),
            C("other", 195, "wanted to try 195 officers for war crimes", note="subset; war-crimes list"),
            C("other", 1000, "in batches of 1,000 to 1,500 a day", note="batch size"),
            C("released", 617, "had sent back 617 Indian prisoners of war", note="earlier event (December 1973)"),
            C("other", 120000, "some 120,000 Bengalis from Pakistan to Dhaka", qualifier="about",
              note="civilian airlift; not prisoners"),
            C("remaining_held", 54, "54 of its soldiers and airmen, captured in 1971, were never returned and are still held in Pakistani prisons",
              note="claim by India; Pakistan denies"),
            C("other", 50, "some 50 camps", qualifier="about", note="camps"),
            C("other", 14, "A delegation of 14 family members", note="relatives"),
        ],
        released_names=["A.A.K. Niazi", "Rao Farman Ali"],
        alias_groups={},
        not_released_names=["Ashok Suri", "Vijay Vasant Tambay"],
        other_event_released_names=[],
        other_people=["Gurpreet Sandhu", "Harbhajan Singh Grewal", "Sheikh Mujibur Rahman", "Zulfikar Ali Bhutto",
                      "Indira Gandhi", "P.N. Haksar", "Aziz Ahmed", "Swaran Singh", "Kamal Hossain",
                      "Damayanti Tambay", "Jagjit Singh Aurora"],
        distractors=["Damayanti Tambay is the wife of a still-held airman (same surname)",
                     "the 195 officers went home with the last batches (no separate count)",
                     "26-year-old; 76; 3-2 hockey score; 80 special trains; 2021 interview",
                     "1 lakh; 50 lakh tonnes; 312 points; ₹72,400 (page noise)"],
    ),
    dict(
        file="013_israel_syria_shepherds_2021.txt", published="2021-02-19", outlet="Reuters wire brief",
        event="Russian-brokered Israel-Syria exchange: Israeli woman freed, two Syrian shepherds released, 2021-02-19",
        counts=[
            C("exchanged", 2, "Israel released two Syrian shepherds"),
        ],
        released_names=["Mohammed Hussein", "Tareq al-Obeidan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Benjamin Netanyahu", "Meir Ben-Shabbat", "Vladimir Putin", "Nihal al-Miqt", "Yael Bardin",
                      "Alex Richardson"],
        distractors=["the freed Israeli woman is unnamed (gag order); flown to Moscow (no count)",
                     "Nihal al-Miqt: sentence commuted (not in custody, not a release)", "$1.2 million for vaccines"],
    ),
    dict(
        file="014_cyprus_icrc_exchange_1974.txt", published="1974-10-29", outlet="ICRC press release (contact block)",
        event="Cyprus: final ICRC-supervised release and exchange of prisoners, Ledra Palace, 1974-10-28",
        counts=[
            C("exchanged", 1407, "1,407 Greek Cypriot and Greek prisoners were released by the Turkish side"),
            C("exchanged", 3308, "3,308 Turkish Cypriot prisoners held in the southern part of the island were released"),
            C("transferred_to", 1018, "1,018 had been detained in camps at Adana and Amasya in Turkey and were brought back to Cyprus",
              where="Cyprus", note="inferred (subset repatriated from Turkey)"),
            C("released", 239, "The first release, of 239 sick and wounded prisoners", note="earlier event (16 September)"),
            C("released", 5823, "a total of 5,823 prisoners and detainees from both sides have been released",
              note="cumulative since 16 September"),
            C("other", 40000, "more than 40,000 Red Cross messages", qualifier="more_than", note="messages"),
            C("other", 2000, "some 2,000 persons who have been reported missing", qualifier="about",
              note="missing; not held"),
            C("other", 200000, "more than 200,000 displaced persons", qualifier="more_than", note="displaced"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Glafcos Clerides", "Rauf Denktash", "Luis Weckmann-Muñoz", "Michel Convers", "Anne Reymond"],
        distractors=["Press Release No. 1221; tel. (022) 34 60 01", "no named releasees",
                     "the missing are not counted as held"],
    ),
    dict(
        file="015_gdr_amnesty_analysis_1987.txt", published=None,
        outlet="foreign-policy review, analysis piece (amnesty discussed among other topics)",
        event="East German amnesty for the 38th anniversary, releases Oct-Dec 1987",
        counts=[
            C("released", 24000, "some 24,000 prisoners have been freed since October under the amnesty", qualifier="about",
              note="official figure (ADN)"),
            C("remaining_held", 2000, "between 2,000 and 2,500 political prisoners at the beginning of the year",
              qualifier="at_least", note="Bonn estimate, range 2,000-2,500, as of the start of the year (before the amnesty)"),
            C("remaining_held", 1000, "at least 1,000 political prisoners remain in East German jails", qualifier="at_least",
              note="ISHR estimate as of December 1987"),
            C("released", 33000, "bought the freedom of more than 33,000 political prisoners", qualifier="more_than",
              note="cumulative since 1963"),
            C("released", 25000, "in 1972, freeing about 25,000 people", qualifier="about", note="earlier event (1972 amnesty)"),
            C("released", 21000, "when about 21,000 were released", qualifier="about", note="earlier event (1979 amnesty)"),
            C("other", 7, "detained seven people", note="arrests (Zion Church raid)"),
            C("released", 7, "Within a week all seven had been released",
              note="earlier event (other event: release after the Zion Church raid)"),
            C("other", 2, "investigations against two of them continue", note="open cases"),
            C("other", 100000, "some estimates put it above 100,000", qualifier="more_than", note="emigration applications"),
            C("other", 66000, "against 66,000 in 1985", note="travel statistics"),
            C("other", 95000, "around 95,000 marks a head", qualifier="about", note="money"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Rudolf Bahro", "Wolfgang Rüddenklau"],
        other_people=["Erich Honecker", "Catherine Ashworth", "Wolfgang Vogel", "Helmut Kohl", "Mikhail Gorbachev",
                      "Kurt Hager", "Franz Josef Strauss"],
        distractors=["no named releasee of the amnesty", "'several thousand' awaiting trial had charges dropped (vague)",
                     "16.6 million; 38th anniversary; 1,000 million marks; 'well over a million' visits",
                     "44 per cent (page noise)"],
    ),
    dict(
        file="016_iraq_general_amnesty_2002.txt", published="2002-10-20", outlet="AP wire, full story",
        event="Saddam Hussein's general amnesty; Abu Ghraib emptied, 2002-10-20",
        counts=[
            C("released", 13000, "about 13,000 prisoners were freed from Abu Ghraib", qualifier="about",
              note="official figure for Abu Ghraib alone, unverified; national total not given"),
            C("remaining_held", 605, "Iraq is still holding 605 people", note="claim by Kuwait; Iraq denies"),
            C("other", 100, "a reported 100 percent of the vote", note="percentage"),
            C("other", 11445638, "all 11,445,638 eligible voters", note="voters"),
            C("other", 1, "At least one man was crushed in the crowd", qualifier="at_least", note="casualty"),
        ],
        released_names=["Hassan Jabbar", "Ali Hussein Abbas"],
        alias_groups={},
        not_released_names=["Ahmed Kadhim"],
        other_event_released_names=[],
        other_people=["Saddam Hussein", "Khalid Mansour", "Mundhir al-Shawi", "Mohammed Saeed al-Sahhaf",
                      "Ari Fleischer", "Leila Farouk"],
        distractors=["'thousands of inmates' / 'tens of thousands' (vague)", "Umm Ahmed (kunya) is the mother of a still-held man",
                     "15 years / served seven; 34; 52; 65; seven-year term", "earlier amnesty in 1995 (no number)"],
    ),
    dict(
        file="017_vietnam_amnesty_ngo_1998.txt", published="1998-09-03", outlet="NGO press release (numbered demands, contact block)",
        event="Vietnam National Day amnesty of 5,219 incl. Doan Viet Hoat and Nguyen Dan Que, 1998-09",
        counts=[
            C("released", 5219, "announced an amnesty for 5,219 prisoners"),
            C("other", 12, "including 12 foreigners", note="subset"),
            C("remaining_held", 50, "at least 50 people remain imprisoned", qualifier="at_least", note="NGO estimate"),
            C("released", 4000, "freed about 4,000 prisoners", qualifier="about", note="earlier event (1995 amnesty)"),
        ],
        released_names=["Doan Viet Hoat", "Nguyen Dan Que", "Thich Quang Do", "Thich Khong Tanh"],
        alias_groups={},
        not_released_names=["Nguyen Dinh Huy", "Tran Quang Vinh", "Thich Huyen Quang"],
        other_event_released_names=[],
        other_people=["Sidney Lam", "Karen Ho"],
        distractors=["Thich Huyen Quang is under house arrest (held)", "Hoat flown to Bangkok then the US (one person, no count)",
                     "53rd anniversary; 56; 20 years; 15 years; 66; 81", "'Professor Hoat', 'Dr. Que' surname/given-name mentions",
                     "phone numbers and street address in the contact block"],
    ),
    dict(
        file="018_south_korea_amnesty_1987.txt", published="1987-07-10", outlet="Korean news agency English-service brief",
        event="South Korean special amnesty after the June 29 declaration: 357 prisoners freed, 1987-07-10",
        counts=[
            C("released", 357, "357 prisoners freed"),
            C("released", 2335, "granted a special amnesty and restoration of civil rights to 2,335 people",
              note="inferred; amnesty total incl. rights restorations and suspended sentences, not required"),
            C("other", 1978, "The remaining 1,978 had their civil rights restored",
              note="rest of the amnesty total; NOT remaining held"),
            C("remaining_held", 18, "The amnesty excluded 18 prisoners convicted of arson and other violent acts",
              note="excluded from the amnesty, remain in prison"),
            C("other", 27, "27 prisons", note="prisons"),
        ],
        released_names=["Moon Ik-hwan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Kim Dae-jung"],
        other_people=["Chung Hae-chang", "Kim Young-sam"],
        distractors=["Kim Dae-jung: house arrest lifted June 24 (earlier, judgement call: other-event release); on July 10 only civil rights restored",
                     "69; 10 a.m.; 1980; 1982"],
    ),
    dict(
        file="019_fonseka_walks_free_2012.txt", published="2012-05-22", outlet="Sri Lankan daily online (comments section)",
        event="Sri Lanka: former army chief Sarath Fonseka freed after presidential pardon, 2012-05-21",
        counts=[
            C("other", 2000, "about 2,000 supporters", qualifier="about", note="crowd"),
            C("remaining_held", 700, "some 700 Tamil detainees held without trial", qualifier="about",
              note="claim by Tamil parties; other detainees, not part of this release"),
            C("other", 40, "40 per cent of the vote", note="percentage"),
        ],
        released_names=["Sarath Fonseka"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mahinda Rajapaksa", "Anoma Fonseka", "Ranil Wickremesinghe", "Senaka Harispriya de Silva",
                      "Danuna Tillekeratne", "Victoria Nuland", "Gotabaya Rajapaksa", "Chaturanga Perera",
                      "Pradeep Dilrukshana"],
        distractors=["single-person release: no release count", "Senaka Harispriya de Silva was released on bail (not a release)",
                     "Anoma Fonseka is the releasee's wife (same surname)", "30-month / three-year sentences; seven years; 28 months",
                     "commenters Siri, Kumar, Dilan (first names); 'release the 700' in comments"],
    ),
    dict(
        file="020_zana_and_dep_mps_freed_2004.txt", published="2004-06-09", outlet="UK broadcaster web page (cookie banner, media player, see-also)",
        event="Turkey: Leyla Zana and three other former DEP MPs freed pending retrial, 2004-06-09",
        counts=[
            C("released", 4, "ordered the release of the four"),
            C("other", 3, "three other former MPs have been freed", note="'Zana and three other' = 4 released; bare 3 is other"),
            C("other", 30000, "Some 30,000 people have died", qualifier="about", note="casualties"),
            C("other", 12, "12 dead in Dagestan clash", note="page noise"),
        ],
        released_names=["Leyla Zana", "Hatip Dicle", "Orhan Dogan", "Selim Sadak"],
        alias_groups={},
        not_released_names=["Abdullah Ocalan"],
        other_event_released_names=["Mehdi Zana"],
        other_people=["Guenter Verheugen", "Recep Tayyip Erdogan", "Emma Halloran"],
        distractors=["Mehdi Zana (husband, same surname) freed in 1991 (earlier event)",
                     "10 years of 15-year sentences; 1991; 1994; 8 July", "6 tonnes; 50% (page noise)"],
    ),
]


def main():
    ok = True

    def bad(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    if sorted(g["file"] for g in GOLD) != files:
        bad(f"file list mismatch {files}")
    for g in GOLD:
        text = open(os.path.join(ART, g["file"]), encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if c["quote"] not in text:
                bad(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                bad(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALS:
                bad(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int):
                bad(f"{g['file']}: value not int {c['value']!r}")
            if (c["kind"] == "transferred_to") != (c["where"] is not None):
                bad(f"{g['file']}: where must be set exactly on transferred_to: {c}")
            if c["where"] and c["where"].casefold() not in low:
                bad(f"{g['file']}: where not found: {c['where']!r}")
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    bad(f"{g['file']}: {key} name not found: {n!r}")
        for canon, aliases in g["alias_groups"].items():
            for n in [canon] + aliases:
                if n.casefold() not in low:
                    bad(f"{g['file']}: alias not found: {n!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n in seen:
                    bad(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
