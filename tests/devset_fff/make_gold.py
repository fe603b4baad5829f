#!/usr/bin/env python3
"""Gold for devset_fff (blind, held-out-style). Writes gold.jsonl next to this file and checks:
- every quote is an exact substring of its article;
- every name, alias and `where` occurs in the article (case-insensitive, for all-caps bylines);
- no name or alias is in two lists; every alias-group key is a listed name;
- kinds and qualifiers are valid, values are integers, `where` is set exactly on transferred_to;
- the GOLD file list matches articles/.
Prints `checks OK` when everything passes."""
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
        file="001_samho_jewelry_rescue.txt", published="2011-01-21", outlet="Korean news agency wire (brief)",
        event="South Korean navy rescues the 21 crew of the hijacked tanker Samho Jewelry, Arabian Sea, 2011-01-21",
        counts=[
            C("released", 21, "rescuing all 21 crew members"),
            C("other", 8, "eight South Koreans", note="subset of the 21 (nationality)"),
            C("other", 2, "two Indonesians", note="subset of the 21 (nationality)"),
            C("other", 11, "11 Myanmar nationals", note="subset of the 21 (nationality)"),
            C("other", 8, "killing eight pirates", note="pirates killed"),
            C("other", 5, "The remaining five pirates were captured",
              note="pirates captured, to be tried in South Korea; not releasees, no transfer of releasees"),
            C("released", 24, "saw its supertanker Samho Dream and 24 crew, including five South Koreans, freed in November",
              note="earlier event (Samho Dream, November 2010)"),
            C("other", 5, "including five South Koreans", note="earlier event; subset of the Samho Dream crew"),
            C("remaining_held", 43, "Pirates are still holding the fishing boat Keummi 305, seized off Kenya in October with 43 crew members",
              note="another ship's crew still held as of 2011-01-21"),
            C("other", 2, "among them two South Koreans", note="subset of the 43 still held"),
        ],
        released_names=["Seok Hae-kyun"],
        alias_groups={"Seok Hae-kyun": ["Suk Hae Kyun"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Lee Myung-bak"],
        distractors=["the captain airlifted to Oman: a single person evacuated for treatment, no transfer count",
                     "the five captured pirates 'will be brought to South Korea': suspects, not releasees",
                     "217 days (duration), 9.5 million dollars (ransom), age 58",
                     "Samho Shipping is a company, not a person"],
    ),
    dict(
        file="002_manila_bus_siege.txt", published="2010-08-24", outlet="Hong Kong broadcaster web page (cookie banner, video player, related links)",
        event="Manila tour-bus hijacking ends in a police assault: 9 freed during the day, 8 killed, 7 survive, 2010-08-23",
        counts=[
            C("released", 9, "During the day he freed nine hostages in small groups"),
            C("released", 7, "Eight Hong Kong people were killed and seven others survived",
              note="hostages who survived the final assault and were freed when the siege ended (judgement call: counted as released)"),
            C("other", 8, "Eight Hong Kong people were killed", note="hostages killed"),
            C("other", 25, "with 25 people on board", note="total on the bus at the start"),
            C("other", 21, "21 tourists from Hong Kong", note="subset of the 25"),
            C("other", 3, "three Filipinos, including the driver", note="subset of the 25"),
            C("released", 12, "Philippine troops free 12 kidnapped traders in Sulu",
              note="earlier event (page noise: unrelated 'Related' headline)"),
            C("other", 27, "Lantau ferry collision: 27 hurt", note="page noise"),
        ],
        released_names=["Alberto Lubang", "Yik Siu-ling"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Rolando Mendoza", "Gregorio Mendoza", "Masa Tse Ting-chunn", "Alfredo Lim",
                      "Leocadio Santiago Jr", "Donald Tsang", "Benigno Aquino III"],
        distractors=["Alberto Lubang (driver) escaped through a window: listed as released (a hostage no longer held)",
                     "Gregorio Mendoza, the gunman's brother, was arrested (not released, not a hostage)",
                     "Masa Tse Ting-chunn, the tour leader, was killed",
                     "'a woman and her three children' (unnamed), 11-hour, 8.45pm, 55, 31",
                     "survivors and bodies 'expected to be flown home': planned, no count"],
    ),
    dict(
        file="003_sabah_kidnap_freed_ms.txt", published="2014-05-31", outlet="Sabah daily, machine-translated from Malay",
        event="Gao Huayun and Marcy Dayawan, kidnapped from the Singamata resort, freed in Sulu, 2014-05-30",
        counts=[
            C("released", 2, "Two hostages who were kidnapped at the Singamata Reef Resort, Semporna on 2 April have been released"),
            C("transferred_to", 2, "were handed over to Malaysian security personnel at about 3.30 afternoon (15.30) before being brought by boat to Semporna",
              where="Semporna", note="inferred: brought back from the Philippines to where they were abducted; count from 'The two victims'; optional"),
            C("other", 500, "500 juta peso", note="ransom demand (500 million pesos)"),
            C("other", 36, "RM36 juta", note="money"),
            C("other", 6, "six armed men", note="kidnappers"),
            C("other", 1200, "about 1.200 personnel of security", qualifier="about", note="security forces"),
            C("other", 1400, "1.400 kilometres of coastline", note="distance"),
        ],
        released_names=["Gao Huayun", "Marcy Dayawan"],
        alias_groups={"Gao Huayun": ["Gao Hua Yun"]},
        not_released_names=["Yang Zai Lin"],
        other_event_released_names=["Chang An Wei"],
        other_people=["Hsu Li Min", "Khalid Abu Bakar", "Hamza Taib", "Ahmad Zahid Hamidi",
                      "Norazlina Abdul Rahman", "Mohd Adly"],
        distractors=["'the third kidnapping incident' is an ordinal", "Hsu Li Min was killed in the November 2013 kidnapping",
                     "RM2,5 juta (money), ages 29/40/34, 58 days",
                     "Gao 'is expected to fly home to China': single person, planned"],
    ),
    dict(
        file="004_ana61_hijack.txt", published="1999-07-23", outlet="AP wire (all-caps byline)",
        event="ANA Flight 61 hijacking at Haneda: pilot killed, 516 people freed after the crew overpower the hijacker, 1999-07-23",
        counts=[
            C("released", 516, "All 516 other people on board were freed unharmed"),
            C("other", 503, "503 passengers", note="subset (passengers) of those on board"),
            C("other", 14, "14 crew members", note="crew on board, including the captain who was killed"),
            C("released", 365, "freed all 365 people aboard", note="earlier event (Hakodate hijacking, June 1995)"),
        ],
        released_names=["Hiroko Sato"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Yuji Nishizawa", "Naoyuki Nagashima", "Kenji Moriya", "Takashi Imamura"],
        distractors=["Nishizawa, the hijacker, was arrested", "Capt. Nagashima was killed",
                     "1,000 feet, 11:25 a.m., 12:14 p.m., about 16 hours (1995), ages 51/28/34"],
    ),
    dict(
        file="005_ghwayran_prison_siege.txt", published="2022-01-24", outlet="AFP wire (desk initials)",
        event="SDF frees 23 prison staff held hostage by IS in the Ghwayran prison assault, Hasakeh, 2022-01-24",
        counts=[
            C("released", 23, "Kurdish-led forces on Monday freed 23 prison employees taken hostage"),
            C("remaining_held", 10, "at least 10 guards were still being held in a dormitory wing", qualifier="at_least",
              note="guards still held by the attackers as of Monday 2022-01-24"),
            C("other", 3500, "held about 3,500 suspected IS members before the attack", qualifier="about",
              note="inmates, not hostages"),
            C("other", 700, "including around 700 minors", qualifier="about", note="inmates (minors) trapped in the fighting; not released"),
            C("other", 300, "more than 300 jihadists had surrendered", qualifier="more_than", note="surrendered attackers/inmates"),
            C("other", 154, "at least 154 people had been killed", qualifier="at_least", note="death toll"),
            C("other", 102, "102 IS members", note="subset of the dead"),
            C("other", 45, "45 Kurdish fighters and prison guards", note="subset of the dead"),
            C("other", 7, "seven civilians", note="subset of the dead"),
            C("other", 45000, "some 45,000 people had fled their homes", qualifier="about", note="displaced"),
        ],
        released_names=["Jiwan Mohammed"],
        alias_groups={},
        not_released_names=["Rezan Hassan"],
        other_event_released_names=[],
        other_people=["Serbest Hassan", "Farhad Shami", "Rami Abdel Rahman"],
        distractors=["escaped inmates 'recaptured' (dozens): escape is not a release",
                     "the March 2020 riot (no count)", "'some as young as 12' (age)",
                     "Serbest Hassan is the brother of a guard still held"],
    ),
    dict(
        file="006_khalidi_freed_yemen.txt", published="2015-03-03", outlet="Gulf newspaper web page (most-read list, photo caption)",
        event="Saudi deputy consul Abdullah al-Khalidi freed from AQAP captivity in Yemen, 2015-03-02",
        counts=[
            C("released", 15, "Jazan court frees 15 expatriates detained in labor dispute",
              note="earlier event (page noise: unrelated Most Read headline)"),
            C("other", 3400, "Over 3,400 violators of residency law deported in one week", qualifier="more_than",
              note="page noise"),
        ],
        released_names=["Abdullah Al-Khalidi"],
        alias_groups={"Abdullah Al-Khalidi": ["Abdallah Al-Khaldi"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mansour Al-Turki", "Mohammed bin Naif", "King Salman", "King Abdullah", "Faisal Al-Khalidi",
                      "Abed Rabbo Mansour Hadi", "Luke Somers", "Pierre Korkie"],
        distractors=["Faisal Al-Khalidi is the releasee's son",
                     "Luke Somers and Pierre Korkie were killed during a rescue raid",
                     "Korkie's wife, Yolande (first name only), freed in January 2014: an earlier release",
                     "Hadi 'escaping house arrest' is not a release of a prisoner in this story",
                     "arrived at a Riyadh air base: flight home, no count"],
    ),
    dict(
        file="007_aeromexico_hijack_es.txt", published="2009-09-09", outlet="Mexican daily, machine-translated from Spanish",
        event="Aeroméxico flight 576 'hijacked' at Mexico City airport: 104 passengers and 7 crew freed, 2009-09-09",
        counts=[
            C("released", 104, "The 104 passengers of the flight 576 of Aeroméxico, coming from Cancún, were released safe and sound"),
            C("released", 7, "The seven crew members also abandoned the aircraft", note="crew freed after police entered"),
            C("released", 111, "In total, the 111 persons on board resulted unhurt",
              note="inferred: total of passengers and crew, all freed; optional"),
            C("other", 6, "the authorities detained six persons", note="arrests"),
            C("other", 5, "The other five detained were released by the Federal Police in the night",
              note="suspects released from police custody, not hostages (must not be counted as released)"),
            C("other", 200, "more than 200 elements of the Federal Police", qualifier="more_than", note="police"),
            C("other", 84, "the delay of 84 flights", note="flights"),
            C("released", 14, "They release 14 migrants kidnapped in Tamaulipas",
              note="earlier event (page noise: unrelated related-notes headline)"),
        ],
        released_names=["Laura Gutiérrez"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["José Mar Flores Pereira", "Genaro García Luna", "Felipe Calderón"],
        distractors=["09/09/09 and 666 (the hijacker's 'revelation')", "seat 14; groups of ten and twenty",
                     "2.500 pesos refund; up to 30 years of prison; 17 years; 13,31 per dollar",
                     "13.40 / 14.50 / 15.05 hours (clock times)"],
    ),
    dict(
        file="008_santo_tomas_80_years.txt", published="2025-02-03", outlet="Manila newspaper, 80-years-on heritage feature",
        event="Santo Tomas internment camp liberated; 221 hostages in the Education Building freed for safe passage of the Japanese guards, 1945-02-03/05",
        counts=[
            C("released", 3700, "within an hour some 3,700 internees", qualifier="about",
              note="internees freed when the camp was liberated on 3 Feb 1945 (same event)"),
            C("released", 221, "the 221 hostages came down the stairs"),
            C("other", 63, "63 of his men retreated into the Education Building",
              note="Japanese soldiers given safe passage (other side of the deal; never prisoners)"),
            C("other", 64, "safe passage for 64 soldiers", note="Hayashi and his 63 men (safe passage)"),
            C("other", 16, "killing at least 16 internees", qualifier="at_least", note="killed by shelling after liberation"),
            C("other", 390, "more than 390 internees died", qualifier="more_than", note="deaths during internment"),
            C("released", 1300, "about 1,300 prisoners of war and civilians were freed", qualifier="about",
              note="earlier event (a different liberation: Bilibid Prison, 4 Feb 1945)"),
            C("released", 2147, "freed 2,147 internees",
              note="earlier event (a different, later event: Los Baños raid, 23 Feb 1945)"),
            C("other", 100000, "Around 100,000 civilians died", qualifier="about", note="battle of Manila deaths"),
            C("other", 6, "only six former internees still living", note="survivors alive in 2025"),
        ],
        released_names=["Walter Dunne"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Toshio Hayashi", "Claire Dunne-Reyes", "William C. Chase", "Douglas MacArthur",
                      "Amelia Santiago", "Carmela Reyes-Ocampo"],
        distractors=["Claire Dunne-Reyes is the releasee's granddaughter (shares the surname Dunne)",
                     "the Japanese were released near Legarda: safe passage of the captors, not a release of prisoners",
                     "46 kilos; 37 months; 80 years; 'a British internee who spoke Japanese' (unnamed)",
                     "men taken by the Kempeitai 'never seen again' (fate unknown)"],
    ),
    dict(
        file="009_korea_nonrepatriates_1954.txt", published="1954-01-20", outlet="AP wire, archive page",
        event="Neutral Nations Repatriation Commission hands some 22,000 non-repatriated Chinese and North Korean POWs back to the UN Command, 1954-01-20",
        counts=[
            C("released", 22000, "some 22,000 Chinese and North Korean war prisoners", qualifier="about"),
            C("released", 14227, "14,227 Chinese", note="subset of the ~22,000 handed back (Chinese)"),
            C("released", 7574, "7,574 North Koreans", note="subset of the ~22,000 handed back (Koreans)"),
            C("transferred_to", 14227, "The Chinese are to be shipped from Inchon to Formosa in U.S. Navy transports",
              where="Formosa", note="planned (first transport sailed that night; count from the 14,227 Chinese)"),
            C("remaining_held", 104, "The 104 asked to be sent to neutral countries and remain with the Indian Custodian Force",
              note="still in Indian custody as of 20 Jan 1954 ('all but 104 had left')"),
            C("remaining_held", 347, "a total of 347 prisoners who have refused to return to the Allied side",
              note="pro-Communist POWs still in the Indian-guarded compound as of 20 Jan 1954; handover to the Communists planned for Saturday"),
            C("other", 21, "21 Americans", note="subset of the 347"),
            C("other", 325, "325 South Koreans", note="subset of the 347"),
            C("other", 500, "in groups of 500", note="group size"),
            C("released", 75823, "returned 75,823 Communist prisoners", note="earlier event (Operation Big Switch, Aug-Sep 1953)"),
            C("released", 12773, "received 12,773 of its own", note="earlier event (Operation Big Switch, Aug-Sep 1953)"),
            C("other", 3597, "including 3,597 Americans", note="earlier event; subset of the 12,773"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Clarence Adams", "Andrew Condron"],
        other_event_released_names=["Edward S. Dickenson", "Claude J. Batchelor"],
        other_people=["Syngman Rhee", "Chiang Kai-shek", "K. S. Thimayya", "John E. Hull", "William H. Dorsey"],
        distractors=["'one Briton' = Andrew Condron (count 1 not listed)",
                     "Koreans 'will be released as civilians ... at midnight Jan. 22': the same prisoners, planned formal release",
                     "'the Indians say they will hand them over to the Communists on Saturday': planned",
                     "a former Chinese Communist infantryman (unnamed releasee)"],
    ),
    dict(
        file="010_homecoming_mccain_1973.txt", published="1973-03-14", outlet="UPI wire",
        event="Hanoi frees 108 American POWs, including John S. McCain III, flown to Clark Air Base, 1973-03-14",
        counts=[
            C("released", 108, "One hundred and eight American prisoners of war"),
            C("transferred_to", 108, "walked down the ramps at Clark", where="Clark Air Base",
              note="flown from Hanoi to Clark Air Base, Philippines (third place)"),
            C("released", 377, "The release brought to 377 the number of Americans freed since the cease-fire", note="cumulative"),
            C("remaining_held", 148, "the last of the remaining prisoners held in Indochina - about 148 men", qualifier="about",
              note="still held as of 14 Mar 1973"),
            C("released", 148, "about 148 men - are to be freed by the end of the month", qualifier="about", note="planned"),
            C("released", 27, "expected to release 27 more Americans in Hanoi on Friday", note="planned"),
            C("other", 1300, "about 1,300 Americans as missing in action", qualifier="about", note="missing, not held"),
            C("other", 2000, "about 2,000 servicemen", qualifier="about", note="welcoming crowd"),
            C("other", 3, "three Air Force hospital jets", note="aircraft"),
        ],
        released_names=["John S. McCain III"],
        alias_groups={},
        not_released_names=["Philip E. Smith", "Robert J. Flynn"],
        other_event_released_names=["John T. Downey"],
        other_people=["John S. McCain Jr.", "Carol McCain", "Jerry W. Friedheim", "Nixon", "John P. Gallagher"],
        distractors=["John S. McCain Jr. is the releasee's father (same first and last name)",
                     "Smith and Flynn are still held by China; their release is announced for Thursday (planned)",
                     "Downey crossed into Hong Kong on Monday (an earlier release)",
                     "36, Oct. 26, 1967, more than five years, 20 years (durations/ages)"],
    ),
    dict(
        file="011_laos_pow_exchange_1974.txt", published="1974-09-18", outlet="Reuter brief",
        event="Pathet Lao and Vientiane begin exchanging prisoners; Emmet Kay, the last US captive in Laos, freed, 1974-09-18",
        counts=[
            C("exchanged", 29, "29 Thai irregulars", note="freed by the Pathet Lao with Kay"),
            C("exchanged", 84, "84 government soldiers", note="freed by the Pathet Lao with Kay"),
            C("exchanged", 188, "The Vientiane side released 188 Pathet Lao prisoners in the same exchange"),
            C("remaining_held", 300, "about 300 government soldiers were still believed to be held by the Pathet Lao",
              qualifier="about", note="as of 18 Sep 1974"),
            C("other", 300, "some 300 Americans are still listed as missing in Laos", qualifier="about", note="missing, not held"),
            C("other", 60, "within 60 days", note="deadline"),
        ],
        released_names=["Emmet Kay"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=[],
        distractors=["'He will fly to Bangkok on Thursday': single person, planned", "41 (age), May last year"],
    ),
    dict(
        file="012_gaza_truce_day5_liveblog.txt", published="2023-11-28", outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="Gaza truce day five: 12 hostages (10 Israelis, 2 Thais) freed; Israel frees 30 Palestinian prisoners, 2023-11-28",
        counts=[
            C("released", 12, "Hamas released 12 hostages - 10 Israelis and two Thai nationals"),
            C("released", 10, "the 10 Israelis released tonight", note="subset of the 12 (Israelis)"),
            C("released", 2, "two Thai farm workers were among those released", note="subset of the 12 (Thais)"),
            C("transferred_to", 12, "driven through the Rafah crossing into Egypt before being taken to Israel", where="Egypt",
              note="inferred: transit through Egypt on the way home; optional"),
            C("exchanged", 30, "Israel freed 30 Palestinians - 15 women and 15 teenagers"),
            C("other", 15, "15 women and 15 teenagers", note="subsets of the 30"),
            C("released", 81, "A total of 81 hostages have now been freed under the truce since Friday", note="cumulative"),
            C("exchanged", 180, "along with 180 Palestinian prisoners", note="cumulative"),
            C("remaining_held", 160, "around 160 hostages remain in Gaza", qualifier="about", note="Israeli estimate as of 2023-11-28"),
            C("released", 19, "It brings to 19 the number of Thais freed since Friday", note="cumulative"),
            C("remaining_held", 15, "about 15 Thai nationals remain in captivity", qualifier="about",
              note="Thai government estimate as of 2023-11-28"),
            C("exchanged", 30, "Israel 30 Palestinian prisoners a day", note="planned (per day of the extension)"),
            C("released", 10, "Hamas is expected to free 10 Israeli hostages a day", note="planned (per day of the extension)"),
            C("released", 4, "Hamas freed four hostages in October", note="earlier event (October 2023)"),
            C("other", 200, "200 trucks of aid", note="aid trucks"),
        ],
        released_names=["Ditza Heiman", "Tamar Metzger", "Ada Sagi", "Gabriela Leimberg", "Mia Leimberg", "Clara Marman"],
        alias_groups={},
        not_released_names=["Fernando Marman", "Louis Har", "Evan Gershkovich"],
        other_event_released_names=["Natalie Raanan", "Yocheved Lifshitz", "Nurit Cooper", "Ori Megidish"],
        other_people=["Qadura Fares", "Majed al-Ansari", "Martha Lindqvist", "Sam Odede"],
        distractors=["Fernando Marman is the brother of the releasee Clara Marman and is still held",
                     "Judith Raanan appears only as 'Judith and Natalie Raanan' (earlier release)",
                     "Gershkovich: unrelated entry (pre-trial detention extended in Moscow)",
                     "two soldiers lightly wounded; 7 October; ages 84/78/75/59/17/63"],
    ),
    dict(
        file="013_gaza_six_hostages_feb22.txt", published="2025-02-22", outlet="UK broadcaster web page (cookie banner, video caption, related links)",
        event="Hamas frees six Israeli hostages; Israel postpones the release of 620 Palestinian prisoners, 2025-02-22",
        counts=[
            C("released", 6, "Hamas has freed six Israeli hostages"),
            C("exchanged", 620, "Israel has postponed the release of 620 Palestinian prisoners and detainees that was due in return",
              note="planned: release postponed, not carried out on 22 Feb"),
            C("other", 50, "among them 50 serving life sentences", note="subset of the 620 (planned)"),
            C("other", 445, "some 445 Gazans detained during the war", qualifier="about", note="subset of the 620 (planned)"),
            C("released", 25, "Since the ceasefire began on 19 January, 25 Israeli hostages and five Thais have been freed", note="cumulative"),
            C("released", 5, "five Thais have been freed", note="cumulative (earlier exchanges)"),
            C("exchanged", 1100, "more than 1,100 Palestinian prisoners and detainees have been released by Israel",
              qualifier="more_than", note="cumulative"),
            C("remaining_held", 63, "Israel says 63 hostages are still in Gaza", note="as of 2025-02-22"),
            C("released", 3, "Three Israeli hostages freed in seventh Gaza exchange", note="earlier event (page noise: related-link headline)"),
        ],
        released_names=["Tal Shoham", "Avera Mengistu", "Eliya Cohen", "Omer Shem Tov", "Omer Wenkert", "Hisham al-Sayed"],
        alias_groups={"Avera Mengistu": ["Avraham Mengistu"]},
        not_released_names=["Evyatar David", "Guy Gilboa-Dalal"],
        other_event_released_names=["Adi Shoham"],
        other_people=["Benjamin Netanyahu", "Abdul Latif al-Qanou", "Shiri Bibas", "Oded Lifshitz", "Steve Witkoff",
                      "Ruth Penhaligon"],
        distractors=["bodies returned (Shiri Bibas, her sons Ariel and Kfir, Oded Lifshitz) are not releases",
                     "Adi Shoham, the releasee's wife, was freed in November 2023",
                     "'fewer than half of whom are believed to be alive' (vague)", "ages; 2014 and 2015; 1:12"],
    ),
    dict(
        file="014_chia_thye_poh_sentosa.txt", published="1989-06-01", outlet="regional news weekly, long feature",
        event="Singapore ends Chia Thye Poh's 23-year detention and restricts him to Sentosa, 1989-05-17",
        counts=[
            C("remaining_held", 2, "The two - Vincent Cheng and Teo Soh Lung - remain in detention under the ISA",
              note="1987 detainees still held as of the article (June 1989)"),
            C("released", 20, "Of the 22 people detained in 1987, all but two have been released",
              note="earlier event (1987-88 releases); inferred from 'all but two'"),
            C("other", 22, "the ISD arrested 22 people", note="earlier arrests (1987)"),
            C("other", 110, "police detained more than 110 left-wing politicians", qualifier="more_than",
              note="earlier arrests (Operation Coldstore, 1963)"),
        ],
        released_names=["Chia Thye Poh"],
        alias_groups={},
        not_released_names=["Vincent Cheng", "Teo Soh Lung", "Nelson Mandela"],
        other_event_released_names=["Lim Hock Siew", "Said Zahari"],
        other_people=["S. Jayakumar", "Chia Thye Soon", "Lee Kuan Yew", "Geraldine Koh"],
        distractors=["Chia Thye Soon is the releasee's brother",
                     "23 years, 19 years, 17 years, six years (durations); ages 25/48",
                     "the restriction order 'runs for a year and may be renewed'",
                     "a fellow detainee / a Western diplomat / a ministry spokesman (unnamed)"],
    ),
    dict(
        file="015_seniloli_cso_fiji.txt", published="2004-11-30", outlet="Fiji daily reproducing a government press release",
        event="Fiji frees former Vice-President Ratu Jope Seniloli on a compulsory supervision order, 2004-11-29",
        counts=[
            C("released", 31, "The CSO provisions have been applied to 31 prisoners since January 2004", note="cumulative"),
            C("remaining_held", 4, "Four others convicted with Ratu Jope in August", note="co-accused still in prison as of 2004-11-29"),
        ],
        released_names=["Jope Seniloli"],
        alias_groups={"Jope Seniloli": ["Josefa Iloilovatu Seniloli"]},
        not_released_names=["Rakuita Vakalalabure", "Viliame Volavola", "Peceli Rinakama", "Viliame Savu", "George Speight"],
        other_event_released_names=["Mahendra Chaudhry"],
        other_people=["Tevita Rokobigi", "Orisi Rabukawaqa", "Laisenia Qarase", "Josefa Vosanibola"],
        distractors=["Chaudhry was held hostage for 56 days in 2000 (released then)",
                     "four-year sentence; less than four months; 65; 10.20am / 10.00am; Press Release No. 114/2004",
                     "'the CSO is not a pardon': the release is a supervised early release"],
    ),
    dict(
        file="016_hu_jia_released_de.txt", published="2011-06-26", outlet="German-language news site (dpa/AFP), machine-translated",
        event="China releases the activist Hu Jia after a three-and-a-half-year sentence, 2011-06-26",
        counts=[
            C("other", 130, "more than 130 activists, lawyers and bloggers have been arrested or have disappeared",
              qualifier="more_than", note="arrests since February 2011; 'many were released' is vague"),
        ],
        released_names=["Hu Jia"],
        alias_groups={},
        not_released_names=["Liu Xiaobo", "Liu Xia"],
        other_event_released_names=["Ai Weiwei", "Chen Guangcheng"],
        other_people=["Zeng Jinyan", "Hong Lei", "Steffen Seibert", "Wen Jiabao"],
        distractors=["Zeng Jinyan is the releasee's wife", "Ai Weiwei released on bail four days earlier",
                     "Liu Xia under house arrest (listed as still held, judgement call)",
                     "Chen Guangcheng released in September (earlier), now under surveillance",
                     "three and a half years; 2.30 clock; 81 days; eleven years; 50.000 Euro"],
    ),
    dict(
        file="017_fowle_freed_ohio.txt", published="2014-10-21", outlet="Ohio regional newspaper web page (newsletter prompt, most-read list, comments)",
        event="North Korea frees Jeffrey Fowle, flown to Guam, 2014-10-21",
        counts=[
            C("remaining_held", 2, "Two other Americans remain in North Korean custody", note="as of 2014-10-21"),
            C("released", 3, "Three freed after being trapped in Dayton Mall elevator for 2 hours",
              note="earlier event (page noise: unrelated Most Read headline)"),
            C("other", 212, "Springboro levy fails by 212 votes", note="page noise"),
        ],
        released_names=["Jeffrey Fowle"],
        alias_groups={"Matthew Todd Miller": ["Matthew Miller"]},
        not_released_names=["Kenneth Bae", "Matthew Todd Miller"],
        other_event_released_names=["Merrill Newman", "John Short"],
        other_people=["Josh Earnest", "Timothy Tepe", "Marie Harf", "Janet Whitcomb", "Dana Kessler"],
        distractors=["Tatyana (wife, first name only)", "flown to Guam / Wright-Patterson: single person, no count",
                     "15-year and six-year sentences; 56, 24, 85 (ages); nearly six months",
                     "'Inmate mistakenly released in Xenia' (page noise, no number)", "Comments (87)"],
    ),
    dict(
        file="018_rajab_release_ngo.txt", published="2020-06-09", outlet="NGO press release (demands, notes, contact block)",
        event="Bahrain releases Nabeel Rajab under the alternative-sentencing law, 2020-06-09",
        counts=[
            C("released", 901, "King Hamad pardoned 901 prisoners", note="earlier event (March 2020)"),
            C("released", 585, "a further 585 were released under alternative sentences", note="earlier event (March 2020)"),
            C("other", 30, "fewer than 30 of those freed in March", note="earlier event; upper bound of political prisoners among them"),
            C("remaining_held", 1400, "At least 1,400 political prisoners remain in Bahraini prisons", qualifier="at_least",
              note="BDM database figure as of 2020-06-01"),
            C("other", 42, "42 cases of COVID-19 symptoms", note="illness cases"),
        ],
        released_names=["Nabeel Rajab"],
        alias_groups={},
        not_released_names=["Abdulhadi Al-Khawaja", "Hassan Mushaima", "Abduljalil Al-Singace", "Ali Salman"],
        other_event_released_names=[],
        other_people=["Sumaya Rajab", "Adam Rajab", "Layla Haddad", "King Hamad"],
        distractors=["Sumaya Rajab (wife) and Adam Rajab (son) share the releasee's surname",
                     "two-year and five-year sentences; four years; 55; Law No. 18 of 2017",
                     "'the hundreds of other prisoners of conscience' (vague)", "phone number in the contact block"],
    ),
    dict(
        file="019_ahed_tamimi_freed_brief.txt", published="2018-07-29", outlet="Reuters brief",
        event="Israel releases Ahed Tamimi and her mother Nariman after eight-month sentences, 2018-07-29",
        counts=[
            C("remaining_held", 5000, "More than 5,000 Palestinians are held in Israeli jails, according to the Palestinian Prisoners' Society",
              qualifier="more_than", note="claim by the Palestinian Prisoners' Society; general figure, optional"),
            C("other", 2, "detained two Italians and a Palestinian", note="arrests (mural painters), not releases"),
        ],
        released_names=["Ahed Tamimi", "Nariman Tamimi"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Bassem Tamimi", "Nidal Qassem", "Jonathan Mayhew"],
        distractors=["Bassem Tamimi is the father", "the Italians 'would be deported': arrested people, not releasees",
                     "eight-month sentence; 17; hundreds of supporters (vague)"],
    ),
    dict(
        file="020_fenster_freed_analysis.txt", published="2021-11-17", outlet="regional news site, analysis piece",
        event="Myanmar junta frees US journalist Danny Fenster, flown out via Doha, 2021-11-15",
        counts=[
            C("released", 5636, "5,636 prisoners detained over protests since the coup would be freed",
              note="earlier event (18 October 2021 amnesty)"),
            C("other", 110, "at least 110 of them had been re-arrested", qualifier="at_least", note="earlier event; re-arrests"),
            C("remaining_held", 7000, "more than 7,000 people remain in detention as of 16 November", qualifier="more_than",
              note="AAPP figure as of 2021-11-16"),
            C("other", 1250, "more than 1,250 have been killed", qualifier="more_than", note="deaths"),
            C("remaining_held", 30, "At least 30 journalists remain behind bars", qualifier="at_least",
              note="press freedom groups, as of mid-November 2021"),
            C("other", 100, "More than 100 journalists have been arrested since February", qualifier="more_than", note="arrests"),
        ],
        released_names=["Danny Fenster"],
        alias_groups={},
        not_released_names=["Han Thar Nyein", "Aung San Suu Kyi", "Sean Turnell"],
        other_event_released_names=["Yuki Kitazumi", "Nathan Maung"],
        other_people=["Bill Richardson", "Yohei Sasakawa", "Zaw Min Tun", "Bryan Fenster", "Buddy Fenster",
                      "Min Aung Hlaing", "Antony Blinken", "Aung Htet Paing", "Lucy Brannagh"],
        distractors=["Bryan Fenster (brother) and Rose and Buddy Fenster (parents) share the releasee's surname",
                     "flown out via Doha to New York: single person, no transfer count",
                     "11 years with hard labour (sentence), 37, six months", "a Frontier colleague (unnamed)"],
    ),
]


def main():
    ok = True

    def err(msg):
        nonlocal ok
        print(msg, file=sys.stderr)
        ok = False

    files = sorted(f for f in os.listdir(ART) if f.endswith(".txt"))
    gold_files = [g["file"] for g in GOLD]
    if sorted(gold_files) != files or len(set(gold_files)) != len(gold_files):
        err(f"file list mismatch: gold={sorted(gold_files)} articles={files}")
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
                err(f"{g['file']}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{g['file']}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c.get("where"):
                    err(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    err(f"{g['file']}: where not found in article: {c['where']!r}")
            elif c.get("where") is not None:
                err(f"{g['file']}: where set on kind {c['kind']}: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        listed = set(seen)
        for k, aliases in g.get("alias_groups", {}).items():
            if k not in listed:
                err(f"{g['file']}: alias-group key not a listed name: {k!r}")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
                if a in seen:
                    err(f"{g['file']}: alias {a!r} is also listed in {seen[a]}")
                seen[a] = "alias of " + k
        for key in ("file", "published", "outlet", "event", "counts", "distractors") + NAME_LISTS:
            if key not in g:
                err(f"{g.get('file')}: missing field {key}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
