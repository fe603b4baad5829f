#!/usr/bin/env python3
"""Gold for devset_ss (blind, held-out-style). Writes gold.jsonl next to this script and checks it.

Checks: every quote is an exact substring of its article; every name, alias and `where`
occurs in the article (case-insensitive); no name is in two lists; every alias-group key is
a listed name; kinds and qualifiers are valid; values are integers; `where` is set exactly on
`transferred_to` counts; the GOLD file list matches articles/. Prints `checks OK` on success.
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
        file="001_opec_vienna_hostages_freed.txt", published="1975-12-23", outlet="UPI wire (all-caps byline)",
        event="OPEC Vienna raid ends: last 10 hostages (incl. Yamani, Amouzegar) freed at Algiers airport, 1975-12-23",
        counts=[
            C("released", 10, "freed their last 10 hostages at Algiers airport Tuesday"),
            C("released", 41, "All 41 people the gunmen took aboard the plane in Vienna have now been freed",
              note="cumulative: all three batches since Vienna (30 + 1 + 10); optional"),
            C("other", 41, "flown out of Vienna's Schwechat airport Monday morning with 41 hostages",
              note="hostages taken aboard, not a release"),
            C("other", 11, "11 of them oil ministers", note="subset of the 41"),
            C("other", 10, "returned to Algiers with the remaining 10 hostages",
              note="the same 10 later freed; held only until Tuesday morning, not remaining held"),
            C("released", 20, "roughly 20 OPEC employees, most of them Austrians, were let go at the building",
              qualifier="about", note="earlier event (Vienna, Monday, before the flight)"),
            C("released", 30, "the gunmen released 30 of the hostages",
              note="earlier event (Algiers, Monday night batch)"),
            C("other", 3, "killing three people", note="casualties"),
            C("other", 6, "six gunmen", note="captors"),
        ],
        released_names=["Ahmed Zaki Yamani", "Jamshid Amouzegar"],
        alias_groups={"Jamshid Amouzegar": ["Jamshid Amuzegar"]},
        not_released_names=[],
        other_event_released_names=["Valentin Hernandez Acosta", "Izzedin al-Mabruk"],
        other_people=["Michael J. Hadley", "Abdelaziz Bouteflika", "Hans-Joachim Klein", "Bruno Kreisky",
                      "Anton Tichler", "Yousef Ismirli", "Ilich Ramirez Sanchez"],
        distractors=["'Carlos' is the captor Ilich Ramirez Sanchez (nickname)",
                     "Hernandez Acosta (Algiers, Monday) and al-Mabruk (Tripoli) were freed in earlier batches of the same ordeal",
                     "44-hour drama; $5 million to $25 million ransom reports; age 26; 8:30 a.m.",
                     "'five men and a woman' are the captors", "Klein (captor) taken to hospital, not a releasee"],
    ),
    dict(
        file="002_peterhead_prison_siege.txt", published="1987-10-05",
        outlet="Scottish regional newspaper archive page (cookie banner, photo credit, most-read list)",
        event="Peterhead prison riot ends: SAS free hostage officer Jackie Stuart, 1987-10-03",
        counts=[
            C("released", 2, "Two other officers seized in the first minutes of the riot were released that evening",
              note="earlier event (first evening of the riot)"),
            C("other", 50, "around 50 long-term prisoners took control of the hall", qualifier="about",
              note="rioters"),
            C("other", 5, "Five inmates who had held out on the roof with Mr Stuart were overpowered and taken into custody",
              note="captors taken into custody"),
            C("other", 5, "a hard core of five men", note="captors"),
        ],
        released_names=["Jackie Stuart"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sheila Stuart", "Malcolm Rifkind", "Douglas Gunn", "Gordon Leith", "Bill Cairns"],
        distractors=["Sheila Stuart is the hostage's wife (same surname)",
                     "Bill Cairns escaped capture (never a hostage)",
                     "Barlinnie officer held in January (earlier event, unnamed, no count)",
                     "more than 100 hours; age 56; 20 years; 4.30am",
                     "most-read list: 'skipper freed', '£1.2m', 'released on bail', '1-1' are page noise"],
    ),
    dict(
        file="003_kashmir_britons_freed.txt", published="1994-06-23", outlet="UK broadsheet",
        event="Harkat-ul-Ansar free Kim Housego and David Mackie in Kashmir, 1994-06-22",
        counts=[
            C("released", 2, "The two hostages were released at about 11am"),
            C("other", 200, "militants have abducted more than 200 Indian officials, politicians and their relatives in that time",
              qualifier="more_than", note="cumulative abductions since 1989, not a release count"),
        ],
        released_names=["Kim Housego", "David Mackie"],
        alias_groups={},
        not_released_names=["Masood Azhar", "Sajjad Afghani"],
        other_event_released_names=[],
        other_people=["Rahul Verma", "David Housego", "Cathy Housego", "Nicholas Fenn", "Fiona Mackie",
                      "Rajinder Singh Bali"],
        distractors=["David and Cathy Housego are the parents; Fiona Mackie is the sister (same surnames)",
                     "Masood Azhar and Sajjad Afghani: prisoners whose release was demanded, still in custody",
                     "'no prisoners had been freed in exchange'", "16-year-old; 36-year-old; 17 days; 6 June",
                     "at least five times; more than 90 per cent"],
    ),
    dict(
        file="004_ratchaburi_hospital_siege.txt", published="2000-01-25", outlet="AFP wire",
        event="Thai commandos end God's Army siege of Ratchaburi hospital, hostages freed, 2000-01-25",
        counts=[
            C("released", 146, "146 hostages, most of them patients too sick to leave their beds, were still inside when the commandos went in"),
            C("released", 400, "allowed about 400 patients, relatives and nurses to leave in small groups", qualifier="about",
              note="earlier event (let go overnight, before the raid)"),
            C("other", 800, "holding as many as 800 people at the height of the siege", qualifier="about",
              note="peak number held ('as many as'), not a release count"),
            C("other", 10, "killing all 10 Karen gunmen", note="captors killed"),
            C("other", 5, "Five hostages suffered minor injuries", note="subset injured"),
            C("other", 89, "held 89 people at the Myanmar embassy in Bangkok for 25 hours",
              note="earlier event (October 1999 embassy siege)"),
        ],
        released_names=["Pranee Suksawat"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Chalerm Sangkhapong", "Chuan Leekpai", "Luther Htoo", "Wichit Boonmak",
                      "Sanan Kachornprasart", "Sukhumbhand Paribatra"],
        distractors=["Johnny and Luther Htoo lead the group and were not at the hospital (Johnny: first name + shared surname)",
                     "'dozens more escaped' (escape, vague)", "500-bed; 12-year-old; 25 hours; 5:30 am; 2230 GMT",
                     "five gunmen in the embassy siege (captors)"],
    ),
    dict(
        file="005_cbc_reporter_freed_afghanistan.txt", published="2008-11-08", outlet="Canadian Press wire",
        event="CBC reporter Mellissa Fung freed after 28 days near Kabul, 2008-11-08",
        counts=[
            C("remaining_held", 2, "at least two other foreigners are being held by kidnappers in the east of the country",
              qualifier="at_least", note="inferred: other abductions (security officials' figure); optional"),
            C("other", 2, "two suspects had been arrested", note="arrests"),
            C("other", 2500, "Canada has about 2,500 troops in Afghanistan", qualifier="about", note="troops"),
            C("other", 97, "Ninety-seven Canadian soldiers have died", note="casualties"),
        ],
        released_names=["Mellissa Fung"],
        alias_groups={"Mellissa Fung": ["Melissa Fung"]},
        not_released_names=["Amanda Lindhout", "Nigel Brennan"],
        other_event_released_names=[],
        other_people=["Andrea Khoury", "John Cruickshank", "Zemarai Bashary", "Stephen Harper", "Lawrence Cannon",
                      "Jonathan Fung"],
        distractors=["interpreter and driver were 'questioned by Afghan police ... and then released' (not hostages)",
                     "Jonathan Fung is the brother (same surname)", "Lindhout/Brennan held in Somalia (other abduction)",
                     "28 days; age 35; Oct. 12", "relatives of a kidnapper detained (no names)"],
    ),
    dict(
        file="006_orkim_harmony_crew_safe.txt", published="2015-06-19",
        outlet="Malaysian news site (cookie banner, video residue, related list)",
        event="Hijacked tanker Orkim Harmony: pirates flee, 22 crew safe, 2015-06-19",
        counts=[
            C("released", 22, "All 22 crew members of the hijacked tanker Orkim Harmony are safe"),
            C("other", 16, "16 Malaysians, five Indonesians and one Myanmar national", note="subset (nationalities)"),
            C("other", 8, "the eight pirates who had held them", note="captors"),
            C("other", 8, "Vietnamese authorities later detained eight men", note="captors taken into custody"),
            C("transferred_to", 22, "The tanker and its 22 crew are expected to arrive in Kuantan on Sunday", where="Kuantan",
              note="planned; return to home port (inferred); optional"),
            C("released", 15, "its 15 crew were released unharmed when the pirates left",
              note="earlier event (Orkim Victory, earlier in June)"),
            C("other", 12, "Penang: 12 detained over illegal racing released on police bail",
              note="page noise (related list; bail)"),
            C("other", 55, "Southeast Asian waters accounted for 55 of the 134 attacks", note="piracy statistics"),
        ],
        released_names=["Mohd Razif Ahmad", "Zainal Abidin Musa"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ahmad Puzi Ab Kahar", "Norhayati Salleh", "Abdul Aziz Jaafar"],
        distractors=["Norhayati Salleh is a crew member's wife", "6,000 tonnes; RM21 million; age 34; 100km; June 11; 02:47",
                     "'Sandakan kidnap: Family appeals for manager's release' (page noise)", "MH370 15 months (page noise)"],
    ),
    dict(
        file="007_zugdidi_bank_hostages_ru.txt", published="2020-10-15",
        outlet="Georgian news site, machine-translated from Russian (view counter, read-also list)",
        event="Zugdidi Bank of Georgia hostage-taking ends: last four hostages freed, 2020-10-15",
        counts=[
            C("released", 4, "released the last four hostages and left the building"),
            C("released", 15, "the invader released in several groups 15 hostages",
              note="earlier event (batches released during the evening)"),
            C("released", 19, "in the branch there were 19 people - 11 employees of the bank and 8 clients",
              note="cumulative: all 19 now free ('All hostages are free'); optional"),
            C("other", 11, "11 employees of the bank and 8 clients", note="subset"),
            C("other", 200, "About 200 residents gathered at the cordon", qualifier="about", note="crowd"),
            C("other", 3, "In Tbilisi detained 3 people for drug trafficking", note="page noise (read also)"),
        ],
        released_names=["Ekaterine Jikia"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Vakhtang Gomelauri", "Levan Jikia", "Giorgi Gakharia"],
        distractors=["Levan Jikia is the manager's husband (same surname)", "500 000 dollars; 1,5 thousand lari; 3,2142",
                     "7 to 20 years; article 144; 12 hours; 01:00, 01.20, 02.00; Views: 14 382",
                     "'The last four - three employees and the manager' (subset of the four)",
                     "'The court released on bail the former head of the Batumi port' (page noise, bail)"],
    ),
    dict(
        file="008_dien_bien_phu_prisoners_70_years.txt", published="2024-08-31",
        outlet="German magazine feature, machine-translated (70 years on)",
        event="Viet Minh / French Union prisoner exchange after the Geneva accords, Aug-Sep 1954",
        counts=[
            C("exchanged", 10754, "the Viet Minh handed over 10.754 prisoners of the French Union"),
            C("exchanged", 65000, "France in turn released about 65.000 Viet Minh fighters", qualifier="about",
              note="other side of the exchange"),
            C("released", 3290, "Only 3.290 of the Dien Bien Phu prisoners came back",
              note="inferred: subset of the 10.754 (Dien Bien Phu garrison); optional"),
            C("other", 11721, "11.721 soldiers of the French Union went into captivity", note="captured in May 1954"),
            C("released", 858, "858 seriously wounded were handed over", note="earlier event (end of May 1954)"),
            C("other", 37000, "nearly 37.000 men of the French Union", qualifier="about",
              note="captured over the whole war"),
            C("other", 2000, "around 2.000 names of Dien Bien Phu prisoners are missing", qualifier="about",
              note="missing from records"),
        ],
        released_names=["Heinz Waldmann", "Christian de Castries", "Marcel Bigeard", "Nguyen Van Tu"],
        alias_groups={"Christian de Castries": ["Christian de la Croix de Castries"],
                      "Nguyen Van Tu": ["Nguyễn Văn Tư"]},
        not_released_names=[],
        other_event_released_names=["Geneviève de Galard"],
        other_people=["Katrin Oberländer", "Werner Kessler", "Claire Vasseur", "Lea Waldmann", "Vo Nguyen Giap"],
        distractors=["Werner Kessler died in Camp 1", "Lea Waldmann is the granddaughter (same surname)",
                     "'Valdman' is a mispronunciation", "70 percent; 600 kilometres; 56 days; 41 kilograms; 30 days",
                     "ages 92, 89, 19, 20; 20 hours; 35 years", "landing barges to Hanoi (no count)"],
    ),
    dict(
        file="009_donetsk_separatist_swap_brief.txt", published="2014-05-07", outlet="Reuters brief",
        event="Ukraine frees separatist leader Pavel Gubarev for three SBU officers, 2014-05-07",
        counts=[
            C("exchanged", 3, "in exchange for three officers of the SBU security service held by separatists"),
        ],
        released_names=["Pavel Gubarev"],
        alias_groups={"Pavel Gubarev": ["Pavlo Hubarev"]},
        not_released_names=["Irma Krat"],
        other_event_released_names=[],
        other_people=["Ekaterina Gubareva", "Oleg Kravets", "Alastair Macfie", "Ralph Dorling"],
        distractors=["Ekaterina Gubareva is the wife (same surname)", "the three SBU officers are unnamed",
                     "'several journalists and activists' (vague)", "age 31; March 6"],
    ),
    dict(
        file="010_armenia_azerbaijan_maps_ru.txt", published="2021-06-12",
        outlet="Caucasus news site, machine-translated from Russian",
        event="Azerbaijan hands 15 Armenian detainees to Armenia via Georgia for Agdam minefield maps, 2021-06-12",
        counts=[
            C("exchanged", 15, "Azerbaijan on Saturday handed over to Armenia 15 Armenian detainees"),
            C("transferred_to", 15, "The 15 detained were handed over to the Georgian side on the Azerbaijani-Georgian border and delivered to Tbilisi",
              where="Tbilisi"),
            C("transferred_to", 15, "from where they were sent to Armenia", where="Armenia",
              note="inferred: onward journey home; optional"),
            C("other", 97000, "about 97 000 anti-tank and anti-personnel mines", qualifier="about",
              note="mines on the maps (the other side of the exchange)"),
            C("remaining_held", 200, "in Azerbaijan there remain not less than 200 Armenian prisoners of war and civilians",
              qualifier="at_least", note="Armenian government figure"),
            C("remaining_held", 50, "Baku officially confirms the detention of about 50 persons", qualifier="about",
              note="claim by Baku (official acknowledgement); optional"),
            C("released", 44, "44 Armenians were returned to Yerevan", note="earlier event (December 2020 exchange)"),
            C("released", 12, "12 Azerbaijanis to Baku", note="earlier event (December 2020 exchange)"),
        ],
        released_names=["Aramais Arutyunyan"],
        alias_groups={"Aramais Arutyunyan": ["Aramayis Harutyunyan"]},
        not_released_names=["Vicken Euljekjian"],
        other_event_released_names=[],
        other_people=["Lasha Darsalia", "Irakli Garibashvili", "Antony Blinken", "Charles Michel", "Ann Linde",
                      "Ilham Aliyev", "Nikol Pashinyan"],
        distractors=["'his mother Susanna' (first name only)", "20 years old; 20 years of imprisonment; 10-13 years",
                     "1,5 billion dollars; 20 June; 10 November 2020; Comments: 38",
                     "'Fifteen of our sons are at home' restates the 15"],
    ),
    dict(
        file="011_russia_ukraine_103_swap_brief.txt", published="2024-09-14", outlet="Reuters brief",
        event="Russia-Ukraine 103-for-103 POW exchange mediated by the UAE, 2024-09-14",
        counts=[
            C("exchanged", 103, "103 Ukrainian defenders", note="Ukrainian side"),
            C("exchanged", 103, "the 103 Russian servicemen", note="Russian side"),
            C("transferred_to", 103, "the 103 Russian servicemen, who had been captured in Russia's Kursk region after Ukraine's cross-border incursion last month, were in Belarus",
              where="Belarus"),
            C("other", 82, "82 of them were privates and sergeants", note="subset"),
            C("other", 21, "21 were officers", note="subset"),
            C("released", 115, "On Aug. 24 each side freed 115 prisoners", note="earlier event (Aug. 24 exchange)"),
            C("released", 1994, "secured the release of a total of 1,994 captives", note="cumulative (UAE mediation since 2022)"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Volodymyr Zelenskiy", "Marta Hrytsenko", "Paul Gorski", "Frances Ashwood"],
        distractors=["no releasee is named", "'would be taken to Russia' (planned onward move, no count)",
                     "'less than three weeks'"],
    ),
    dict(
        file="012_ukraine_russia_swap_liveblog.txt", published="2025-03-19",
        outlet="UK newspaper live blog (reverse chronological, unrelated entries)",
        event="Russia-Ukraine 175-for-175 exchange plus 22 badly wounded Ukrainians handed over, 2025-03-19",
        counts=[
            C("exchanged", 175, "Today 175 of our defenders returned home", note="Ukrainian side"),
            C("exchanged", 175, "175 Russian servicemen were returned from the territory controlled by the Kyiv regime",
              note="Russian side"),
            C("released", 22, "Moscow also handed over 22 seriously wounded Ukrainian soldiers",
              note="one-sided handover on top of the 175"),
            C("released", 197, "In total, 197 Ukrainians came home today"),
            C("transferred_to", 175, "The 175 Russian servicemen are currently on the territory of the Republic of Belarus",
              where="Belarus"),
            C("released", 23, "23 seriously wounded servicemen who are being treated in Russian medical institutions will be handed over",
              note="planned (Kremlin readout); 22 were actually handed over"),
            C("exchanged", 175, "an exchange of prisoners will take place - 175 for 175", note="planned (Kremlin readout)"),
            C("remaining_held", 8000, "Kyiv believes more than 8,000 Ukrainians, military and civilian, are still held in Russia",
              qualifier="more_than"),
            C("released", 5757, "5,757 Ukrainians have been returned from Russian captivity since February 2022",
              note="cumulative"),
            C("other", 100, "Prosecutors issued warrants for about 100 people", qualifier="about",
              note="unrelated entry (Istanbul detentions)"),
            C("other", 145, "Russia launched 145 drones, of which 72 were shot down", note="unrelated entry (drones)"),
        ],
        released_names=["Serhiy Kovalchuk"],
        alias_groups={},
        not_released_names=["Taras Hnatiuk"],
        other_event_released_names=[],
        other_people=["Tom Bradley", "Anna Kirsch", "Vladimir Putin", "Donald Trump", "Ekrem İmamoğlu",
                      "Recep Tayyip Erdoğan", "Volodymyr Zelenskyy", "Halyna Kovalchuk", "Olena Hnatiuk",
                      "Dmytro Lubinets"],
        distractors=["Ekrem İmamoğlu was detained (unrelated entry; not a release)",
                     "Halyna Kovalchuk (mother) and Olena Hnatiuk (wife) share surnames with a releasee / held man",
                     "youngest 21, oldest 59; 30-day halt; two-and-a-half hour call; 'Three years'",
                     "Bundestag debt-brake entry is unrelated"],
    ),
    dict(
        file="013_india_bangladesh_fishermen_swap.txt", published="2025-01-06",
        outlet="Kolkata city page (markets bar, ad, photo credit, ALSO READ)",
        event="India and Bangladesh swap detained fishermen at the IMBL, 95 Indians for 90 Bangladeshis, 2025-01-05",
        counts=[
            C("exchanged", 95, "95 Indian fishermen returned to Kakdwip on Sunday evening", note="Indian side"),
            C("exchanged", 90, "Indian Coast Guard ships handed over 90 Bangladeshi fishermen", note="Bangladeshi side"),
            C("transferred_to", 95, "95 Indian fishermen returned to Kakdwip on Sunday evening", where="Kakdwip",
              note="inferred: return to home port; optional"),
            C("remaining_held", 4, "four more fishermen from the district, arrested by Bangladesh in late December, are still in custody in Bagerhat"),
            C("other", 89, "All but six of the returned men are from South 24 Parganas",
              note="subset (inferred from 'all but six' of 95); the 6 are not a release count"),
            C("other", 6, "Six Indian trawlers that had been impounded in Bangladesh were also brought back",
              note="boats, not people"),
            C("other", 3, "Three held for cyber fraud released on bail", note="page noise (ALSO READ; bail)"),
            C("other", 12, "12 injured as bus overturns", note="page noise"),
        ],
        released_names=["Ratan Das"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sougata Mitra", "Arijit Sen", "Mamata Banerjee", "Shyamali Das", "Babul Das", "Satinath Patra"],
        distractors=["Babul Das drowned (body returned); Shyamali Das is Ratan Das's wife (same surname)",
                     "ages 38, 42; October 14; 40 minutes; Sensex 78,223; ₹78,450; 17°C",
                     "'our 95 fishermen brothers' restates the 95; 'these 95, but four of our men' restates"],
    ),
    dict(
        file="014_soviet_1953_amnesty_analysis.txt", published="2023-03-27",
        outlet="think-tank analysis (70 years on)",
        event="Soviet amnesty decree of 27 March 1953 (Beria amnesty)",
        counts=[
            C("released", 1201738, "1,201,738 people walked out of the camps and colonies"),
            C("released", 1200000, "the figure usually rounded to 1.2 million", qualifier="about",
              note="inferred: rounding of the same figure; optional"),
            C("released", 1000000, "with a million prisoners walking free", qualifier="about",
              note="inferred: loose rounding of the same figure; optional"),
            C("other", 2500000, "held about 2.5 million people", qualifier="about", note="camp population before"),
            C("other", 400000, "Another 400,000 or so pending investigations were dropped", qualifier="about",
              note="investigations dropped; not counted as releases from camps"),
            C("remaining_held", 540000, "almost all of the roughly 540,000 people held for political offences",
              qualifier="about", note="political prisoners left in the camps ('almost all of')"),
            C("released", 37, "the 37 people arrested in the so-called Doctors' Plot",
              note="earlier event (separate release, April 1953)"),
            C("released", 60000, "which officials said would free up to 60,000 people", qualifier="about",
              note="earlier event (2015 amnesty; 'up to', planned ceiling)"),
            C("remaining_held", 558, "counted 558 people it regards as political prisoners in Russia",
              note="inferred: present-day Russia, different context; optional"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=["Alexei Navalny", "Vladimir Kara-Murza", "Ilya Yashin"],
        other_event_released_names=["Polina Zhemchuzhina", "Vladimir Vinogradov", "Miron Vovsi"],
        other_people=["Helena Marsh", "Lavrenty Beria", "Aleksandr Proshkin", "Vyacheslav Molotov"],
        distractors=["no releasee of the 1953 amnesty is named", "Beria arrested and shot (not a release)",
                     "sentences of up to five years; over 55 / over 50; forty days; 25 years; nine-year; eight and a half years",
                     "2013 amnesty 'a handful of prominent prisoners' (vague)", "'Tens of thousands' (vague)"],
    ),
    dict(
        file="015_nz_thomas_pardon_brief.txt", published="1979-12-17", outlet="NZPA brief",
        event="Arthur Allan Thomas freed from Paremoremo by royal pardon, 1979-12-17",
        counts=[],
        released_names=["Arthur Allan Thomas"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Jeannette Crewe", "Muldoon", "Keith Holyoake", "R. A. Adams-Smith",
                      "Des Thomas", "Pat Booth"],
        distractors=["Des Thomas is the brother (same surname)", "Harvey (and Jeannette) Crewe were the murder victims", "nine years; age 41; 1971; 1973",
                     "Royal Commission (planned inquiry, no release)"],
    ),
    dict(
        file="016_myanmar_min_ko_naing_freed.txt", published="2004-11-19", outlet="AP wire",
        event="Myanmar releases 3,937 prisoners incl. Min Ko Naing after NIB dissolved, 2004-11-18/19",
        counts=[
            C("released", 3937, "it was releasing 3,937 prisoners"),
            C("released", 4000, "the release of nearly 4,000 prisoners", qualifier="about",
              note="inferred: rounding of 3,937; optional"),
            C("other", 28, "at least 28 of its members among them", qualifier="at_least", note="subset (NLD members)"),
            C("remaining_held", 1300, "more than 1,300 political prisoners remained behind bars", qualifier="more_than"),
            C("released", 500, "The junta released some 500 political prisoners in batches between 2000 and 2003",
              qualifier="about", note="earlier event (2000-2003 batches)"),
            C("other", 3000, "killing an estimated 3,000 people", qualifier="about", note="casualties 1988"),
        ],
        released_names=["Min Ko Naing", "Ko Nyan Lin Htet"],
        alias_groups={"Min Ko Naing": ["Paw U Tun"], "Ko Nyan Lin Htet": ["Nyan Lin Htet"]},
        not_released_names=["Aung San Suu Kyi", "Win Tin", "Tin Oo", "Khin Nyunt"],
        other_event_released_names=[],
        other_people=["Daniel Fortin", "U Lwin", "Kyaw Hsan", "Adam Ereli"],
        distractors=["Suu Kyi was released in May 2002 but re-detained; she is held now (house arrest)",
                     "Tin Oo and Khin Nyunt are under house arrest (held)", "'Ko' is an honorific",
                     "ages 42, 35, 59, 74; 15 years; 12 years; 19 months; 20 years reduced to 10"],
    ),
    dict(
        file="017_anwar_ibrahim_walks_free.txt", published="2004-09-02",
        outlet="international broadcaster web page (cookie banner, video residue, photo caption, top stories)",
        event="Anwar Ibrahim freed after Federal Court overturns sodomy conviction, 2004-09-02",
        counts=[
            C("remaining_held", 80, "more than 80 people held without trial under the Internal Security Act",
              qualifier="more_than", note="inferred: ISA detainees, different context (NGO figure); optional"),
            C("other", 1000, "about 1,000 supporters", qualifier="about", note="crowd"),
        ],
        released_names=["Anwar Ibrahim"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Wan Azizah Wan Ismail", "Nurul Izzah Anwar", "Sukma Darmawan Sasmitaat Madja",
                      "Abdul Hamid Mohamad", "Rahmah Hussain", "Mahathir Mohamad", "Abdullah Ahmad Badawi"],
        distractors=["Sukma Darmawan's conviction was quashed but he had already served it (not in custody)",
                     "Nurul Izzah Anwar is the daughter", "'fly to Munich' (planned trip, no count)",
                     "2-1; six years; age 57; April 2008; 1:48",
                     "top stories: 'hundreds still held in Beslan', 'truck drivers freed in Iraq' (page noise)"],
    ),
    dict(
        file="018_safarov_pardon_statement.txt", published="2012-08-31",
        outlet="presidential order (translated) with editor's note",
        event="Hungary transfers Ramil Safarov to Azerbaijan; Aliyev pardons him, 2012-08-31",
        counts=[],
        released_names=["Ramil Safarov"],
        alias_groups={"Ramil Safarov": ["Ramil Sahib oglu Safarov", "R. S. Safarov"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Ilham Aliyev", "Gurgen Margaryan", "Hayk Makuchyan", "Serzh Sargsyan", "Novruz Mammadov"],
        distractors=["Gurgen Margaryan was killed; Hayk Makuchyan was a target", "born in 1977; 30 years; eight years",
                     "transfer to Azerbaijan of one person (no count)", "paragraph 22 of Article 109; 1983 convention"],
    ),
    dict(
        file="019_papua_clemency_ngo_release.txt", published="2015-05-10",
        outlet="NGO press release (numbered demands, contact block)",
        event="Joko Widodo grants clemency to five Papuan political prisoners at Abepura, 2015-05-09",
        counts=[
            C("released", 5, "the release yesterday of five Papuan political prisoners"),
            C("remaining_held", 37, "at least 37 people imprisoned in Papua for political activities as of 30 April 2015",
              qualifier="at_least", note="as of 30 April 2015, before this release"),
            C("remaining_held", 32, "at least 32 remain behind bars", qualifier="at_least"),
            C("remaining_held", 29, "at least 29 activists jailed for displaying the flag of the South Moluccan Republic remain in prison",
              qualifier="at_least", note="Maluku, outside this release (NGO figure)"),
            C("released", 90, "grant clemency or amnesty to about 90 more political prisoners", qualifier="about",
              note="planned (no timetable)"),
        ],
        released_names=["Apotnalogolik Lokobal", "Numbungga Telenggen", "Kimanus Wenda", "Linus Hiluka", "Jefrai Murib"],
        alias_groups={"Joko Widodo": ["Jokowi"]},
        not_released_names=["Filep Karma"],
        other_event_released_names=["Yusak Pakage"],
        other_people=["Joko Widodo", "Lukas Enembe", "Yasonna Laoly", "Paulus Yikwa", "Theresia Kogoya",
                      "Rachel Dunmore"],
        distractors=["Filep Karma refused clemency (still held)", "Yusak Pakage freed in 2010 (earlier event)",
                     "20 years; life sentences; 15-year sentence; more than ten years; Articles 106 and 110",
                     "phone numbers in the contact block", "April 2003 raid; stroke in 2013"],
    ),
    dict(
        file="020_gnanasara_pardon_srilanka.txt", published="2019-05-23",
        outlet="Sri Lankan news site (photo credit, comments)",
        event="Sirisena pardons BBS monk Gnanasara Thera, released from Welikada, 2019-05-23",
        counts=[
            C("released", 762, "762 prisoners were released on Vesak Poya Day",
              note="earlier event (Vesak pardon days earlier)"),
            C("other", 100, "More than 100 people have been arrested over the violence", qualifier="more_than",
              note="arrests"),
        ],
        released_names=["Galagoda Aththe Gnanasara Thera"],
        alias_groups={"Galagoda Aththe Gnanasara Thera": ["Gnanasara Thera", "Galabodaaththe Gnanasara"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Dilshan Wickramasuriya", "Kushan Pathiraja", "Maithripala Sirisena", "Sandya Eknaligoda",
                      "Prageeth Eknaligoda", "Nishantha Bandara"],
        distractors=["Prageeth Eknaligoda is missing (not held, not released); Sandya is his wife",
                     "19 years / six years / nine months; four counts; 1 pm; 3.15 pm; ten days",
                     "commenters (Nimal P., Ruwan_K) are page noise; 'thousands still in remand' (vague)"],
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
        err(f"file list mismatch: gold={sorted(g['file'] for g in GOLD)} articles={files}")
    if len({g["file"] for g in GOLD}) != len(GOLD):
        err("duplicate file in GOLD")
    for g in GOLD:
        path = os.path.join(ART, g["file"])
        if not os.path.exists(path):
            continue
        text = open(path, encoding="utf-8").read()
        low = text.casefold()
        for c in g["counts"]:
            if set(c) - {"kind", "value", "qualifier", "where", "quote", "note"}:
                err(f"{g['file']}: unexpected count keys {set(c)}")
            if c["quote"] not in text:
                err(f"{g['file']}: quote not found: {c['quote']!r}")
            if c["kind"] not in KINDS:
                err(f"{g['file']}: bad kind {c['kind']!r}")
            if c["qualifier"] not in QUALIFIERS:
                err(f"{g['file']}: bad qualifier {c['qualifier']!r}")
            if not isinstance(c["value"], int) or isinstance(c["value"], bool):
                err(f"{g['file']}: value not an integer: {c['value']!r}")
            if c["kind"] == "transferred_to":
                if not c["where"]:
                    err(f"{g['file']}: transferred_to without where: {c['quote']!r}")
                elif c["where"].casefold() not in low:
                    err(f"{g['file']}: where not in article: {c['where']!r}")
            elif c["where"] is not None:
                err(f"{g['file']}: where set on a {c['kind']} count: {c['quote']!r}")
        seen = {}
        for key in NAME_LISTS:
            for n in g[key]:
                if n.casefold() not in low:
                    err(f"{g['file']}: {key} name not found: {n!r}")
                if n in seen:
                    err(f"{g['file']}: {n!r} in both {seen[n]} and {key}")
                seen[n] = key
        for k, aliases in g["alias_groups"].items():
            if k not in seen:
                err(f"{g['file']}: alias-group key {k!r} is not a listed name")
            for a in aliases:
                if a.casefold() not in low:
                    err(f"{g['file']}: alias not found: {a!r}")
                if a in seen:
                    err(f"{g['file']}: alias {a!r} is also a listed name")
        for k in ("file", "published", "outlet", "event", "counts", "distractors") + NAME_LISTS:
            if k not in g:
                err(f"{g['file']}: missing key {k}")
    with open(os.path.join(HERE, "gold.jsonl"), "w", encoding="utf-8") as f:
        for g in GOLD:
            f.write(json.dumps(g, ensure_ascii=False) + "\n")
    print(f"wrote {len(GOLD)} records; checks {'OK' if ok else 'FAILED'}")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
