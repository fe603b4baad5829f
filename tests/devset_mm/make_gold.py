#!/usr/bin/env python3
"""Gold for devset_mm (blind, held-out-style). Writes gold.jsonl next to this file and checks it.

Checks: every quote is an exact substring of its article; every name, alias and `where`
occurs in the article (case-insensitive); no name is in two lists; every alias-group key is a
listed name; kinds and qualifiers are valid, values are integers, `where` is set exactly on
`transferred_to`; the GOLD file list matches articles/. Prints `checks OK` when all pass.

It also prints (as warnings, not failures) pairs of names in different lists that a lenient
surname/first-name matcher would treat as the same person; these are listed in README.md.
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
QUALIFIERS = {"exact", "more_than", "at_least", "about"}
LISTS = ("released_names", "not_released_names", "other_event_released_names", "other_people")


def C(kind, value, quote, qualifier="exact", where=None, note=None):
    d = {"kind": kind, "value": value, "qualifier": qualifier, "where": where, "quote": quote}
    if note:
        d["note"] = note
    return d


GOLD = [
    # ------------------------------------------------------------------ hostages / captives
    dict(
        file="001_syria_frees_navy_flier.txt", published="1984-01-03", outlet="AP archive page (all-caps byline)",
        event="Syria frees downed US Navy flier Lt. Robert Goodman to Jesse Jackson, Damascus, 1984-01-03",
        counts=[
            C("other", 12, "a 12-member delegation of clergymen and aides", note="delegation size"),
            C("other", 200, "a crowd of about 200 reporters", qualifier="about", note="crowd"),
            C("other", 2, "one of two Navy jets lost Dec. 4", note="aircraft lost"),
            C("other", 1600, "About 1,600 Marines remain at Beirut airport", qualifier="about",
              note="troops deployed, not captives; NOT remaining_held"),
            C("other", 241, "killed 241 American servicemen", note="casualties (Oct. 1983 bombing)"),
        ],
        released_names=["Robert O. Goodman Jr."],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jesse Jackson", "Hafez Assad", "Robert Paganelli", "Mark A. Lange", "Louis Farrakhan",
                      "Abdel-Halim Khaddam", "Larry Speakes", "Marilyn Goodman", "Terry Goodman", "Martin Aldrich"],
        distractors=["single-person release: no required count",
                     "Mark A. Lange was killed; his body was handed to the Red Cross (not a release)",
                     "the A-7 pilot picked up by a fishing boat is unnamed and was never a captive",
                     "Marilyn Goodman (mother) and Terry Goodman (wife) share the releasee's surname",
                     "ages 27/26; 'for 30 days'; 90 minutes; 'first U.S. serviceman known to have been held by Syria'",
                     "onward flight to Rhein-Main / Andrews: one person, no transfer count"],
    ),
    dict(
        file="002_beirut_waite_sutherland.txt", published="1991-11-18", outlet="UPI archive (all-caps byline)",
        event="Islamic Jihad frees Terry Waite and Thomas Sutherland in Beirut; handed over in Damascus, 1991-11-18",
        counts=[
            C("released", 2, "With the two releases"),
            C("transferred_to", 2, "The two men were driven overnight from Beirut to Damascus", where="Damascus",
              note="explicit handover to a third country (Syria)"),
            C("remaining_held", 5, "five Westerners are still held in Lebanon"),
            C("released", 6, "Their release brings to six the number of Western hostages freed since August",
              note="cumulative since August 1991 (includes the two)"),
            C("remaining_held", 300, "Israel and the South Lebanon Army still hold about 300 Lebanese", qualifier="about",
              note="inferred: detainees held by the other party to the UN deal; optional"),
            C("other", 1763, "ending captivities of 1,763 days and 2,353 days", note="duration in days"),
            C("other", 4, "their four children", note="relatives"),
        ],
        released_names=["Terry Waite", "Thomas Sutherland"],
        alias_groups={},
        not_released_names=["Terry Anderson", "Joseph Cicippio", "Alann Steen", "Heinrich Struebig", "Thomas Kemptner"],
        other_event_released_names=["John McCarthy", "Edward Tracy", "Jack Mann", "Jesse Turner"],
        other_people=["Alberto Molinari", "Javier Perez de Cuellar", "Giandomenico Picco", "George Carey",
                      "Frances Waite", "Jean Sutherland", "Douglas Hurd", "Farouk al-Sharaa", "Edward Djerejian",
                      "Samir Haddad"],
        distractors=["Alberto Molinari is believed to have died in captivity (not listed as held)",
                     "'23 hours and 50 minutes a day'; ages 52 and 60; 'almost four of his years'",
                     "'all the hostages to be home by Christmas' is a hope, not a count",
                     "onward flights to RAF Lyneham and Wiesbaden are single-person, no count",
                     "Frances Waite (wife) and Jean Sutherland (wife) share releasees' surnames"],
    ),
    dict(
        file="003_sirius_star_freed.txt", published="2009-01-10", outlet="AFP wire brief",
        event="Somali pirates free the supertanker Sirius Star and its 25 crew after ransom drop, 2009-01-09",
        counts=[
            C("released", 25, "freed the Saudi supertanker Sirius Star and its 25 crew members"),
            C("other", 19, "19 Filipinos, two Britons, two Poles, a Croatian and a Saudi", note="subset (nationalities)"),
            C("other", 5, "Five of the pirates drowned", note="captors dead"),
            C("remaining_held", 250, "more than 250 crew members", qualifier="more_than",
              note="inferred: crews of other hijacked ships (other abductions); optional"),
            C("other", 13, "still holding at least 13 ships", qualifier="at_least", note="ships, not people"),
            C("other", 3000000, "a three-million-dollar ransom", note="money"),
        ],
        released_names=["Marek Niski"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Andrew Mwangura"],
        distractors=["two million barrels; 100 million dollars; 450 nautical miles", "'ach/jm' are desk initials"],
    ),
    dict(
        file="004_mosul_consulate_hostages_tr.txt", published="2014-09-20", outlet="Turkish news site, machine-translated",
        event="IS frees the 49 hostages from Turkey's Mosul consulate; brought to Turkey, 2014-09-20",
        counts=[
            C("released", 49, "Our 49 citizens who were taken hostage by the terrorist organization ISIL at our Mosul Consulate General 101 days ago were brought to Turkey"),
            C("transferred_to", 49, "Our 49 citizens who were taken hostage by the terrorist organization ISIL at our Mosul Consulate General 101 days ago were brought to Turkey",
              where="Turkey", note="inferred: brought home; optional"),
            C("other", 46, "The 46 Turkish citizens", note="subset of the 49"),
            C("other", 3, "3 Iraqi employees of the consulate", note="subset of the 49"),
            C("other", 3, "there were also 3 children", note="subset"),
            C("released", 32, "The 32 drivers were released on 3 July", note="earlier event (truck drivers, July 2014)"),
            C("exchanged", 180, "a British newspaper wrote that 180 militants were released in return",
              note="claim by a foreign newspaper; denied by the government; optional"),
            C("other", 1200, "more than 1.200 Turkish citizens were evacuated from Iraq", qualifier="more_than",
              note="evacuees"),
            C("other", 8, "at least 8 different addresses", qualifier="at_least", note="places"),
        ],
        released_names=["Öztürk Yılmaz", "Emre Kaya"],
        alias_groups={"Öztürk Yılmaz": ["Ozturk Yilmaz"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ahmet Davutoğlu", "Recep Tayyip Erdoğan", "Hakan Fidan", "Hüseyin Kaya", "Mehmet Ali Özcan"],
        distractors=["the consul general's wife and two children are released but unnamed",
                     "Hüseyin Kaya is the father of releasee Emre Kaya",
                     "'a family of 49 people' repeats the main figure", "101 days; 05.30; '1 years old'; '3 months'",
                     "Comments (312)"],
    ),
    dict(
        file="005_sweden_gustafsson_mali.txt", published="2017-06-26", outlet="Swedish public broadcaster, English service (cookie banner, video, related)",
        event="Swede Johan Gustafsson freed after nearly six years held by AQIM in Mali, announced 2017-06-26",
        counts=[
            C("remaining_held", 5, "At least five foreigners are believed to still be held by jihadist groups in the Sahel",
              qualifier="at_least"),
            C("released", 2, "Two Swedish fishermen freed by Russian coastguard after five days",
              note="earlier event (unrelated related-link headline)"),
            C("other", 3400, "Sweden to accept 3,400 quota refugees next year", note="page noise"),
        ],
        released_names=["Johan Gustafsson"],
        alias_groups={},
        not_released_names=["Stephen McGown", "Ken Elliott", "Sophie Pétronin", "Gloria Cecilia Narváez", "Iulian Ghergut"],
        other_event_released_names=["Sjaak Rijke"],
        other_people=["Margot Wallström", "Bertil Gustafsson", "Jonas Ekströmer"],
        distractors=["a German tourist was shot dead (unnamed)", "Bertil Gustafsson is the releasee's father",
                     "age 42; 'almost six years'; 1:46; 'up to 25 millimetres'; 4.2 per cent",
                     "Rijke freed in a French raid in April 2015 (earlier event)"],
    ),
    dict(
        file="006_zaghari_ratcliffe_liveblog.txt", published="2022-03-16", outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="Iran frees Nazanin Zaghari-Ratcliffe and Anoosheh Ashoori; flown to Muscat, 2022-03-16",
        counts=[
            C("transferred_to", 2, "The two freed British-Iranians have landed in Muscat, the Omani capital", where="Muscat"),
            C("released", 2, "The two freed British-Iranians have landed in Muscat",
              note="inferred: 'the two freed'; optional"),
            C("remaining_held", 12, "Rights groups say at least a dozen dual and foreign nationals remain in Iranian prisons",
              qualifier="at_least"),
            C("exchanged", 3, "in what was widely seen as an exchange for three Iranians held in Thailand",
              note="earlier event (November 2020)"),
            C("other", 393800000, "£393.8m debt", note="money"),
            C("other", 1000, "more than 1,000 people, many of them women and children, were sheltering",
              qualifier="more_than", note="unrelated live-blog entry"),
            C("other", 81, "executed 81 men in a single day", note="unrelated live-blog entry"),
        ],
        released_names=["Nazanin Zaghari-Ratcliffe", "Anoosheh Ashoori"],
        alias_groups={},
        not_released_names=["Morad Tahbaz", "Mehran Raoof"],
        other_event_released_names=["Kylie Moore-Gilbert"],
        other_people=["Liz Truss", "Tulip Siddiq", "Elika Ashoori", "Sherry Izadi", "Richard Ratcliffe", "Hojjat Kermani",
                      "Volodymyr Zelenskyy", "Joe Biden", "Boris Johnson", "Helen Pryce", "Tom Ellison"],
        distractors=["Morad Tahbaz was let out 'on furlough' but remains in Iran and may not leave: still held (judgement call)",
                     "Zaghari-Ratcliffe 'completed that sentence in March 2021, under house arrest' (not a release)",
                     "Gabriella is first-name only", "Elika Ashoori (daughter) and Richard Ratcliffe (husband) are relatives",
                     "$800m aid; 10 years / two years sentences; age 67; 'its 21st day'; 'six and nearly five years'"],
    ),
    dict(
        file="007_jaffar_express_rescue.txt", published="2025-03-12", outlet="Pakistani daily web page (markets bar, READ ALSO, photo credit)",
        event="Pakistani forces end the BLA hijacking of the Jaffar Express; 346 hostages rescued, 2025-03-11/12",
        counts=[
            C("released", 346, "a total of 346 hostages had been rescued in the two-day operation"),
            C("released", 104, "security forces had rescued 104 passengers, including 58 men, 31 women and 15 children",
              note="inferred: batch within the main event (Tuesday night); optional"),
            C("other", 58, "58 men, 31 women and 15 children", note="subset of the 104"),
            C("other", 33, "all 33 terrorists had been sent to hell", note="attackers killed"),
            C("other", 21, "the terrorists martyred 21 passengers", note="hostages killed"),
            C("other", 4, "four personnel of the Frontier Corps (FC) had also embraced martyrdom", note="soldiers killed"),
            C("other", 440, "around 440 passengers in nine bogies", qualifier="about", note="people aboard"),
            C("remaining_held", 154, "the group claimed it was still holding 154 hostages",
              note="claim by the BLA; denied by the military; optional"),
            C("other", 48, "within 48 hours", note="deadline of a demand"),
            C("released", 1900, "1,900 inmates to walk free on Pakistan Day",
              note="earlier event (READ ALSO headline about a different, planned remission)"),
        ],
        released_names=["Muhammad Ashraf", "Mehboob Hussain"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Saleem Baloch", "Ahmed Sharif Chaudhry", "Amjad Yaseen", "Shafqat Ali", "Shehbaz Sharif",
                      "Sarfraz Bugti", "Mohsin Naqvi", "Imran Hayat", "Ghulam Rasool"],
        distractors=["train driver Amjad Yaseen was killed", "Shafqat Ali is the driver's cousin",
                     "passengers let go on the first day and those who walked to Panir are unnumbered",
                     "58-year-old; 160 kilometres; 9am; KSE-100 / USD/PKR / gold prices; Comments (87)"],
    ),
    # ------------------------------------------------------------------ swaps / exchanges
    dict(
        file="008_sinai_pow_exchange_1957.txt", published="1957-01-21", outlet="United Press archive dispatch, with 2007 editor's note",
        event="Israel returns 5,580 Egyptian POWs for four Israelis after the Sinai campaign, Rafah, 1957-01-21",
        counts=[
            C("exchanged", 5580, "Israel today handed back 5,580 Egyptian officers and men captured in the Sinai campaign in exchange for four Israelis held by Egypt"),
            C("exchanged", 4, "Egypt handed over the four Israelis at the same point shortly after noon"),
            C("other", 3, "three soldiers whose names were withheld", note="subset of the four"),
            C("other", 40, "each carrying 40 prisoners", note="per truck"),
            C("released", 270, "270 sick and wounded Egyptian prisoners had already been repatriated by Israel in December",
              note="earlier event (December 1956)"),
            C("remaining_held", 40, "Israel was still holding 40 Egyptians, described as fedayeen raiders"),
            C("other", 6000, "Israel captured about 6,000 Egyptians in the eight-day campaign", qualifier="about",
              note="captured total"),
            C("other", 171, "Israeli losses were 171 dead", note="casualties"),
        ],
        released_names=["Mohammed Fuad el Digwi", "Yonatan Etkes"],
        alias_groups={"Mohammed Fuad el Digwi": ["Fouad al-Dagawi"], "Yonatan Etkes": ["Jonathan Etkes"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["E. L. M. Burns", "Dag Hammarskjold"],
        distractors=["the three Israeli soldiers are unnamed", "age 24; 'eight-day campaign'",
                     "the headline repeats 5,580 and 'Four Israelis'", "the 2007 editor's note gives spelling variants"],
    ),
    dict(
        file="009_papenfus_swap_1988.txt", published="1988-09-01", outlet="Reuter wire brief",
        event="South Africa hands over 12 Angolan soldiers for conscript Johan Papenfus, Ruacana, 1988-09-01",
        counts=[
            C("exchanged", 12, "South Africa handed over 12 Angolan government soldiers on Thursday in exchange for a South African conscript"),
            C("other", 12, "12 South African soldiers were killed", note="casualties (June clash)"),
            C("remaining_held", 31, "South Africa still held 31 Angolan prisoners"),
        ],
        released_names=["Johan Papenfus"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ria Papenfus", "Magnus Malan"],
        distractors=["the 12 Angolans are unnamed", "age 20; 10 a.m. (0800 GMT); 'three months ago'",
                     "Ria Papenfus is the mother", "the 31 'would be released' later: held now, release only planned"],
    ),
    dict(
        file="010_schalit_prisoner_exchange.txt", published="2011-10-18", outlet="AP wire (all-caps byline)",
        event="Hamas frees Gilad Schalit; Israel frees 477 Palestinian prisoners in the first stage, 2011-10-18",
        counts=[
            C("exchanged", 477, "In the first stage on Tuesday, Israel freed 477 prisoners, 450 men and 27 women."),
            C("other", 450, "450 men and 27 women", note="subset of the 477"),
            C("other", 27, "450 men and 27 women", note="subset of the 477"),
            C("exchanged", 1027, "1,027 Palestinian prisoners for a single Israeli soldier",
              note="planned: total of both stages, only 477 freed on Tuesday; optional"),
            C("released", 550, "The remaining 550 are to be released within two months.", note="planned (second stage)"),
            C("remaining_held", 550, "The remaining 550 are to be released within two months.",
              note="inferred: second-stage prisoners are still in prison; optional"),
            C("transferred_to", 163, "163 prisoners from the West Bank were sent to the Gaza Strip instead", where="Gaza"),
            C("transferred_to", 40, "40 who were barred from returning at all were taken to Egypt", where="Egypt"),
            C("transferred_to", 16, "16 of those would go to Turkey", where="Turkey", note="planned onward transfer"),
            C("transferred_to", 11, "11 to Qatar", where="Qatar", note="planned onward transfer"),
            C("other", 100, "about 100 of the freed prisoners", qualifier="about", note="subset greeted by Abbas"),
            C("remaining_held", 5000, "About 5,000 Palestinians remain in Israeli prisons", qualifier="about"),
            C("released", 1150, "it freed 1,150 prisoners in exchange for three soldiers captured in Lebanon",
              note="earlier event (1985)"),
            C("released", 4, "the Lebanese militant Samir Kantar and four other prisoners", note="earlier event (2008)"),
            C("other", 15, "an attack that killed 15 people", note="casualties"),
        ],
        released_names=["Gilad Schalit", "Yehiyeh Sinwar", "Ahlam Tamimi", "Amna Muna"],
        alias_groups={"Yehiyeh Sinwar": ["Yahya Sinwar"]},
        not_released_names=["Marwan Barghouti", "Ahmad Saadat"],
        other_event_released_names=["Samir Kantar"],
        other_people=["Benjamin Netanyahu", "Noam Schalit", "Shahira Amin", "Ismail Haniyeh", "Mahmoud Abbas",
                      "Gerhard Conrad", "Khaled Mashaal", "Ehud Barak", "Eli Katzman", "Sameer Hamdan", "Rami Nasser"],
        distractors=["Aviva is first-name only (mother)", "Noam Schalit is the father",
                     "22 years of four life sentences; five life terms; age 25; 'more than five years'",
                     "'tens of thousands' and 'hundreds of neighbors' are crowds",
                     "Ahlam Tamimi flown to Jordan and Amna Muna sent to Turkey: single people, no extra counts"],
    ),
    dict(
        file="011_moore_gilbert_statement.txt", published="2020-11-26", outlet="Australian news site publishing a ministerial media release with editor's note",
        event="Iran frees Kylie Moore-Gilbert; Thailand frees and deports three Iranians, 2020-11-25/26",
        counts=[
            C("exchanged", 3, "three Iranians jailed over a botched 2012 bomb plot in Bangkok - Saeid Moradi, Mohammad Khazaei and Masoud Sedaghatzadeh - had been released and deported to Iran"),
            C("transferred_to", 3, "three Iranians jailed over a botched 2012 bomb plot in Bangkok - Saeid Moradi, Mohammad Khazaei and Masoud Sedaghatzadeh - had been released and deported to Iran",
              where="Iran", note="inferred: deported home; optional"),
            C("released", 2, "Two Australians freed from Iranian prison after 10 weeks",
              note="earlier event (related-coverage headline, 2019)"),
            C("other", 804, "She was held for 804 days", note="duration"),
        ],
        released_names=["Kylie Moore-Gilbert", "Saeid Moradi", "Mohammad Khazaei", "Masoud Sedaghatzadeh"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Jolie King", "Mark Firkin", "Reza Dehbashi"],
        other_people=["Marise Payne", "Scott Morrison"],
        distractors=["Iranian TV's 'an Iranian businessman and two Iranian nationals' are the same three men",
                     "Australia 'neither confirmed nor denied' the exchange; both sides annotated as exchanged (judgement call)",
                     "age 33; sentenced to 10 years; 'more than two years'; phone numbers in the contact block",
                     "'27th consecutive day' is page noise"],
    ),
    dict(
        file="012_iran_us_doha_exchange_analysis.txt", published="2023-09-21", outlet="think-tank online review, analysis piece",
        event="Iran frees five Americans flown to Doha; US grants clemency to five Iranians, 2023-09-18",
        counts=[
            C("exchanged", 5, "The five Americans were flown to Doha, where they were met by the US ambassador"),
            C("transferred_to", 5, "The five Americans were flown to Doha, where they were met by the US ambassador", where="Doha"),
            C("exchanged", 5, "President Joe Biden granted clemency to five Iranians"),
            C("transferred_to", 2, "Only two of them, according to Iran's foreign ministry, flew to Doha to return home",
              where="Doha", note="inferred: on their way home; optional"),
            C("other", 3, "the other three chose to remain in the United States or go to a third country",
              note="subset of the five Iranians"),
            C("other", 2, "The other two asked not to be identified", note="unnamed releasees; subset of the five"),
            C("released", 4, "four Americans, including the Washington Post correspondent Jason Rezaian, were freed",
              note="earlier event (January 2016)"),
            C("exchanged", 7, "the US pardoned or dropped charges against seven Iranians", note="earlier event (January 2016)"),
            C("remaining_held", 15, "at least 15 other Western nationals remain in Iranian custody", qualifier="at_least"),
            C("other", 6000000000, "the $6 billion in Iranian oil revenue", note="money"),
            C("other", 400000000, "$400 million in cash", note="money (2016)"),
        ],
        released_names=["Siamak Namazi", "Emad Shargi", "Morad Tahbaz", "Reza Sarhangpour Kafrani",
                        "Kambiz Attar Kashani", "Amin Hasanzadeh", "Mehrdad Moein Ansari", "Kaveh Afrasiabi"],
        alias_groups={},
        not_released_names=["Shahab Dalili", "Jamshid Sharmahd", "Ahmadreza Djalali"],
        other_event_released_names=["Baquer Namazi", "Jason Rezaian"],
        other_people=["Effie Namazi", "Vida Tahbaz", "Joe Biden", "Ebrahim Raisi", "Hamed Roshan", "Antony Blinken",
                      "Sarah Lindqvist", "Darian Dalili", "Tamim bin Hamad Al Thani", "Mohammed bin Abdulrahman Al Thani",
                      "Nasser Kanani", "Mahmoud Ahmadinejad", "Leila Farahani"],
        distractors=["Effie Namazi and Vida Tahbaz were under travel bans, never in prison: not releasees",
                     "Baquer Namazi freed in 2018 (earlier event); Darian Dalili is a still-held man's son",
                     "'more than 25 years' combined; 10 years; 60 per cent; 11 min read"],
    ),
    dict(
        file="013_gaza_hostages_prisoners_de.txt", published="2025-10-13", outlet="German news site (dpa/AFP/Reuters), machine-translated",
        event="Hamas frees the last 20 living hostages; Israel releases 1,968 Palestinian prisoners, 2025-10-13",
        counts=[
            C("released", 20, "the last 20 living Israeli hostages are free"),
            C("exchanged", 1968, "In return Israel released 1.968 Palestinian prisoners on Monday"),
            C("transferred_to", 154, "154 of the convicted prisoners were not allowed to return home and were deported to Egypt",
              where="Egypt"),
            C("released", 7, "First seven hostages were handed over", note="inferred: first batch of the main event; optional"),
            C("released", 13, "later another 13 in Khan Yunis", note="inferred: second batch of the main event; optional"),
            C("other", 250, "250 of them were serving sentences for deadly attacks", note="subset of the 1,968"),
            C("other", 1718, "1.718 were detained in the Gaza Strip during the war without charge", note="subset of the 1,968"),
            C("other", 4, "the remains of four of the 28 dead hostages", note="bodies returned"),
            C("other", 28, "the 28 dead hostages", note="dead hostages"),
            C("other", 24, "The remains of 24 hostages are still in Gaza", note="bodies, not living captives"),
            C("remaining_held", 10000, "Israel still holds more than 10.000 Palestinians in its prisons", qualifier="more_than",
              note="estimate by Palestinian prisoner organizations"),
            C("released", 33, "Hamas had released 33 hostages, eight of them dead", note="earlier event (January-March 2025)"),
            C("exchanged", 1800, "Israel in return around 1.800 prisoners", qualifier="about", note="earlier event (January-March 2025)"),
            C("released", 105, "105 hostages had come free", note="earlier event (November 2023)"),
            C("exchanged", 240, "in exchange for 240 Palestinian prisoners", note="earlier event (November 2023)"),
            C("other", 67000, "more than 67.000 people were killed", qualifier="more_than", note="casualties"),
            C("other", 1200, "around 1.200 people were killed", qualifier="about", note="casualties"),
            C("other", 251, "251 were abducted to Gaza", note="abducted total (7 October 2023)"),
        ],
        released_names=["Eitan Mor", "Gali Berman", "Ziv Berman", "Matan Angrest", "Omri Miran", "Alon Ohel",
                        "Guy Gilboa-Dalal", "Eitan Horn", "Elkana Bohbot", "Avinatan Or", "Yosef-Haim Ohana",
                        "Evyatar David", "Rom Braslavski", "Segev Kalfon", "Nimrod Cohen", "Maxim Herkin",
                        "Matan Zangauker", "Bar Kupershtein", "David Cunio", "Ariel Cunio"],
        alias_groups={},
        not_released_names=["Marwan Barghouti", "Ahmad Saadat"],
        other_event_released_names=["Sharon Cunio", "Eli Sharabi"],
        other_people=["Donald Trump", "Einav Zangauker", "Guy Illouz", "Yossi Sharabi", "Daniel Peretz", "Bipin Joshi",
                      "Benjamin Netanyahu"],
        distractors=["Guy Illouz, Yossi Sharabi, Daniel Peretz and Bipin Joshi are dead hostages whose remains were returned",
                     "Einav Zangauker is a releasee's mother; Sharon Cunio (wife) and Eli Sharabi (brother) were freed earlier",
                     "the 1,968 Palestinians are unnamed", "737 days; 8.00 Uhr; 'the youngest is 21 years old'",
                     "dpa document number 251013-930-156782/4"],
    ),
    # ------------------------------------------------------------------ amnesties / pardons / political prisoners
    dict(
        file="014_kenyatta_release_60_years.txt", published="2021-08-22", outlet="Kenyan Sunday paper, 60-years-on anniversary feature",
        event="Colonial government lifts the last restrictions on Jomo Kenyatta, Gatundu, 1961-08-21",
        counts=[
            C("remaining_held", 90, "about 90 people were still held in detention or under restriction orders when he walked free",
              qualifier="about", note="as of August 1961, from colonial files"),
            C("other", 180, "one of about 180 African leaders rounded up", qualifier="about", note="arrests (1952)"),
            C("other", 10000, "some 10,000 people on the first weekend alone", qualifier="about", note="crowd"),
            C("other", 80000, "more than 80,000 Kenyans passed through the detention camps", qualifier="more_than",
              note="detained during the Emergency (cumulative detentions, not releases)"),
            C("other", 11000, "at least 11,000 suspected Mau Mau fighters were killed", qualifier="at_least", note="casualties"),
            C("other", 5000, "more than 5,000 elderly Kenyans", qualifier="more_than", note="compensation claimants"),
        ],
        released_names=["Jomo Kenyatta"],
        alias_groups={"Jomo Kenyatta": ["Kamau wa Ngengi", "Johnstone Kamau"], "Ngina Kenyatta": ["Ngina Muhoho"]},
        not_released_names=[],
        other_event_released_names=["Bildad Kaggia", "Fred Kubai", "Paul Ngei", "Kung'u Karumba", "Achieng' Oneko"],
        other_people=["Kariuki Njoroge", "Patrick Renison", "Bronislaw Malinowski", "Ransley Thacker", "Otieno Amolo",
                      "James Gichuru", "Tom Mboya", "Oginga Odinga", "Ngina Kenyatta", "Uhuru Kenyatta", "Wanjiku Muchiri"],
        distractors=["Kenyatta's sentence ended in April 1959 but he was placed under restriction (not a release)",
                     "Kaggia and Kubai freed earlier in 1961; Ngei, Karumba and Oneko 'in the months that followed' (other events)",
                     "Mama Ngina Kenyatta (wife) and Uhuru Kenyatta (son) share the releasee's surname",
                     "seven years' hard labour; 'almost nine years'; 'about 70'; age 24 / 84; £19.9 million"],
    ),
    dict(
        file="015_rhodesia_detainees_1974.txt", published="1974-12-12", outlet="Reuter wire (all-caps byline)",
        event="Rhodesia frees the first 46 nationalist detainees under the Lusaka ceasefire deal, 1974-12-12",
        counts=[
            C("released", 46, "Rhodesia today freed 46 African nationalist detainees"),
            C("released", 400, "about 400 political detainees and restrictees would be freed", qualifier="about",
              note="planned (in stages)"),
            C("remaining_held", 300, "about 300 convicted guerrillas remain in Rhodesian jails", qualifier="about"),
            C("other", 5000, "a crowd of about 5,000 supporters", qualifier="about", note="crowd"),
            C("other", 54, "The security forces have lost 54 men", note="casualties"),
        ],
        released_names=["Maurice Nyagumbo", "Enos Nkala", "Edgar Tekere"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Joshua Nkomo", "Ndabaningi Sithole", "Robert Mugabe"],
        other_people=["Ian Smith", "Abel Muzorewa", "John Vorster", "Kenneth Kaunda", "Julius Nyerere", "Seretse Khama",
                      "Samora Machel", "Joan Whitcombe", "Peter Kandele"],
        distractors=["Nkomo, Sithole and Mugabe were let out 'last month' for the Lusaka talks (earlier event)",
                     "'most of the past 16 years'; 'for 10 years'; 'two years ago'"],
    ),
    dict(
        file="016_jordan_shubeilat_pardon.txt", published="1996-11-07", outlet="AP wire brief",
        event="King Hussein pardons Laith Shubeilat and drives him home from Swaqa prison; 18 rioters freed, 1996",
        counts=[
            C("released", 18, "The royal decree also freed 18 men jailed over the August bread riots"),
        ],
        released_names=["Laith Shubeilat"],
        alias_groups={"Laith Shubeilat": ["Shbeilat"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["King Hussein"],
        distractors=["45 miles; age 54; three years; 'less than two months'",
                     "Shubeilat's mother is unnamed", "the 18 men are unnamed; the total of 19 is not stated"],
    ),
    dict(
        file="017_egypt_ayman_nour_fr.txt", published="2009-02-18", outlet="French daily web page (with AFP), machine-translated",
        event="Egypt frees opposition leader Ayman Nour on health grounds, 2009-02-18",
        counts=[
            C("remaining_held", 5000, "between 5 000 and 10 000 people are held under the emergency law without judgment",
              qualifier="at_least", note="inferred: lower bound of a range; optional"),
            C("remaining_held", 10000, "between 5 000 and 10 000 people are held under the emergency law without judgment",
              note="inferred: upper bound of a range; optional"),
            C("released", 1500, "Egypt: 1 500 prisoners released on the occasion of the feast of the Revolution",
              note="earlier event (Read also headline)"),
            C("other", 1200, "more than 1 200 days", qualifier="more_than", note="duration"),
        ],
        released_names=["Ayman Nour"],
        alias_groups={"Karim Amer": ["Abdel Kareem Nabil Soliman"]},
        not_released_names=["Karim Amer"],
        other_event_released_names=["Saad Eddin Ibrahim"],
        other_people=["Gamila Ismail", "Hosni Mubarak", "Robert Wood", "Hillary Clinton", "Amos Gilad"],
        distractors=["Nour was 'left free under bail in March' 2005 (bail is not a release)",
                     "Karim Amer's real name Abdel Kareem Nabil Soliman is an alias (see alias_groups)",
                     "7,6 %; 88,6 %; 44 years; five / four years sentences; 48 hours",
                     "'several dozens of partisans'; 'hundreds of members of the Muslim Brotherhood' (vague)"],
    ),
    dict(
        file="018_saudi_hathloul_ngo_release.txt", published="2021-02-10", outlet="NGO press release (numbered demands, contact block)",
        event="Saudi Arabia releases Loujain al-Hathloul on probation after 1,001 days, 2021-02-10",
        counts=[
            C("remaining_held", 4, "At least four other women's rights defenders remain in detention", qualifier="at_least"),
            C("other", 13, "MDA documented the cases of 13 women's rights activists arrested in 2018", note="arrests"),
        ],
        released_names=["Loujain al-Hathloul"],
        alias_groups={},
        not_released_names=["Samar Badawi", "Nassima al-Sada", "Nouf Abdulaziz", "Mayaa al-Zahrani", "Mohammed al-Rabiah"],
        other_event_released_names=[],
        other_people=["Walid al-Hathloul", "Reem Khalaf", "Aziza al-Yousef", "Eman al-Nafjan", "Hatoon al-Fassi",
                      "Saud al-Qahtani", "Sara Haddad"],
        distractors=["al-Yousef, al-Nafjan and al-Fassi were 'provisionally released in 2019' and remain on trial (bail-like; not releasees)",
                     "Walid al-Hathloul is the releasee's brother",
                     "1,001 days; age 31; five years and eight months; two years and ten months; five / three years",
                     "'more than a dozen' is vague; phone numbers in the contact block"],
    ),
    dict(
        file="019_egypt_alaa_abd_el_fattah_pardon.txt", published="2025-09-23", outlet="UK broadcaster web page (cookie banner, media player, related and most-read lists)",
        event="Sisi pardons Alaa Abd El-Fattah and five others; Alaa freed, 2025-09-22/23",
        counts=[
            C("released", 6, "The decree covered six prisoners in total"),
            C("other", 5, "the names of the five others were not immediately published", note="subset of the six"),
            C("remaining_held", 60000, "some 60,000 political prisoners still held in Egypt", qualifier="about",
              note="estimate by human rights groups"),
            C("released", 4, "Four aid workers freed after two weeks in captivity in South Sudan",
              note="earlier event (unrelated related-link headline)"),
            C("other", 287, "ended in July after 287 days", note="hunger-strike duration"),
        ],
        released_names=["Alaa Abd El-Fattah"],
        alias_groups={"Alaa Abd El-Fattah": ["Alaa Abdel Fattah"]},
        not_released_names=["Yasmin Abdel Rahman"],
        other_event_released_names=[],
        other_people=["Abdel Fattah al-Sisi", "Laila Soueif", "Mona Seif", "Sanaa Seif", "Hosni Mubarak", "Keir Starmer",
                      "Yvette Cooper", "Hannah Corrigan", "Joel Ashby"],
        distractors=["Alaa's earlier release in March 2019 (same person, earlier event; not a second name)",
                     "the president's name Abdel Fattah al-Sisi shares tokens with the releasee's alias",
                     "his son in Brighton is unnamed", "ages 43/69/24; 12 years; five years; 4%; 2,000-year-old coin; 0:58"],
    ),
    dict(
        file="020_myanmar_reuters_journalists_freed.txt", published=None, outlet="Asian longform magazine feature (May 2019)",
        event="Reuters journalists Wa Lone and Kyaw Soe Oo freed in Myanmar's amnesty of 6,520 prisoners, 2019-05-07",
        counts=[
            C("released", 6520, "a presidential amnesty of 6,520 prisoners"),
            C("released", 9353, "9,353 prisoners had been released", note="earlier event (17 April 2019 amnesty)"),
            C("released", 15800, "the April and May amnesties have freed more than 15,800 prisoners", qualifier="more_than",
              note="cumulative (April and May amnesties)"),
            C("released", 7, "Seven soldiers were sentenced to 10 years' hard labour for the killings. They were released in November last year",
              note="earlier event (November 2018)"),
            C("remaining_held", 48, "48 political prisoners are still serving sentences"),
            C("other", 250, "about 250 more are in pre-trial detention or on trial while out on bail", qualifier="about",
              note="mixed: some detained, some on bail; not a clean held count"),
            C("remaining_held", 3, "Among those still behind bars are three journalists from the Rakhine-based news outlet Development Media Group"),
            C("other", 10, "the killing of 10 Rohingya Muslim men and boys", note="victims"),
            C("other", 700000, "more than 700,000 Rohingya had fled", qualifier="more_than", note="refugees"),
            C("other", 40, "at least 40 cases against journalists", qualifier="at_least", note="prosecutions"),
        ],
        released_names=["Wa Lone", "Kyaw Soe Oo"],
        alias_groups={},
        not_released_names=["Naw Ja Seng"],
        other_event_released_names=["Moe Yan Naing"],
        other_people=["Win Myint", "Pan Ei Mon", "Chit Su Win", "Than Zaw Aung", "Khin Maung Zaw", "Aung San Suu Kyi",
                      "Amal Clooney", "Stephen J. Adler", "Bo Kyi", "Min Thu Hlaing", "Clare Edmonds", "Aung Kyaw Htet"],
        distractors=["511 days; seven-year sentences; 'more than seven years in prison' (Bo Kyi, long ago)",
                     "'two police officers' are the men who set up the arrest", "daughters are unnamed",
                     "the seven soldiers are unnamed"],
    ),
]


# --- lenient same-person test, reimplemented here only to flag scorer caveats (warnings) ---
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


def _toks(name):
    return [t for t in re.split(r"[\s\-]+", _fold(name)) if t and t not in {"jr", "sr", "dr", "mr", "mrs", "ms"}]


def _similar(a, b):
    ta, tb = _toks(a), _toks(b)
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
    errors = []
    warnings = []
    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    gold_files = [g["file"] for g in GOLD]
    if sorted(gold_files) != files or len(set(gold_files)) != len(gold_files):
        errors.append(f"file list mismatch: gold={sorted(gold_files)} articles={files}")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for key in ("file", "published", "outlet", "event", "counts", "alias_groups", "distractors") + LISTS:
            if key not in g:
                errors.append(f"{g['file']}: missing key {key}")
        for c in g["counts"]:
            if c["quote"] not in text:
                errors.append(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                errors.append(f"{g['file']}: bad kind {c['kind']}")
            if c["qualifier"] not in QUALIFIERS:
                errors.append(f"{g['file']}: bad qualifier {c['qualifier']}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                errors.append(f"{g['file']}: value not an integer: {c['value']!r}")
            if (c["kind"] == "transferred_to") != bool(c.get("where")):
                errors.append(f"{g['file']}: `where` must be set exactly on transferred_to: {c}")
            if c.get("where") and c["where"].casefold() not in low:
                errors.append(f"{g['file']}: where not found: {c['where']!r}")
        seen = {}
        for key in LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    errors.append(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    errors.append(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                errors.append(f"{g['file']}: alias-group key {k!r} is not a listed name")
            for a in aliases:
                if a.casefold() not in low:
                    errors.append(f"{g['file']}: alias not found: {a!r}")
                if a in seen:
                    errors.append(f"{g['file']}: alias {a!r} is also listed in {seen[a]}")
        names = list(seen.items())
        for i, (a, ka) in enumerate(names):
            for b, kb in names[i + 1:]:
                if ka != kb and "released_names" in (ka, kb) and _similar(a, b):
                    warnings.append(f"{g['file']}: lenient matcher pairs {a!r} ({ka}) with {b!r} ({kb})")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    for w in warnings:
        print("warning (scorer caveat):", w)
    for e in errors:
        print("ERROR:", e, file=sys.stderr)
    n_counts = sum(len(g["counts"]) for g in GOLD)
    n_rel = sum(len(g["released_names"]) for g in GOLD)
    print(f"wrote {len(GOLD)} records, {n_counts} counts, {n_rel} released names")
    print("checks OK" if not errors else f"checks FAILED ({len(errors)} errors)")
    sys.exit(0 if not errors else 1)


if __name__ == "__main__":
    main()
