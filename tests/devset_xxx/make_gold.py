#!/usr/bin/env python3
"""Gold for devset_xxx (blind, held-out-style). Writes gold.jsonl and checks that every
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
        file="001_chowchilla_children_dig_out_1976.txt", published="1976-07-17", outlet="US local daily (front page, index of other stories)",
        event="Chowchilla school-bus kidnapping: 26 children and their driver dig out of a buried van near Livermore, 1976-07-16",
        counts=[
            C("released", 26, "26 schoolchildren and their bus driver, missing since Thursday afternoon",
              note="escaped (dug themselves out), plus the driver; headline 'ALL 26 CHILDREN SAFE'"),
            C("other", 19, "19 girls and seven boys", note="subset of the 26"),
            C("other", 7, "19 girls and seven boys", note="subset of the 26"),
            C("other", 5, "Five were kept at the jail infirmary for observation", note="subset; medical"),
            C("other", 100, "a search by more than 100 officers", qualifier="more_than", note="searchers"),
            C("other", 3, "Three men wearing stocking masks", note="kidnappers, still at large"),
            C("other", 20, "more than 20 African nations stay away", qualifier="more_than", note="page noise"),
        ],
        released_names=["Ed Ray", "Michael Marshall", "Jennifer", "Lisa", "Carrie"],
        alias_groups={"Ed Ray": ["Frank Edward Ray", "Frank Edward \"Ed\" Ray"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Roy Dutton", "Ed Bates", "Delores Sanders", "Dale Whitfield"],
        distractors=["three masked kidnappers still at large (not captives)", "no ransom demand received",
                     "Jennifer, Lisa, Carrie: children named by first name only", "about 16 hours underground; 11-hour drive",
                     "Olympics / Viking / county budget index lines are page noise"],
    ),
    dict(
        file="002_alondra_rainbow_crew_rescued_1999.txt", published="1999-11-10", outlet="Asian English-language daily, archive page",
        event="Hijacked freighter Alondra Rainbow: 17 crew cast adrift by pirates rescued by Thai fishermen off Phuket, 1999-11-08",
        counts=[
            C("released", 17, "Seventeen crewmen of the hijacked Japanese-owned freighter Alondra Rainbow were recovering here yesterday",
              note="rescued from a life raft, not released by the pirates"),
            C("other", 2, "two Japanese officers, including the master", note="subset of the 17"),
            C("other", 15, "Captain Ko Ikeno, 54, and 15 Filipinos", note="subset of the 17"),
            C("transferred_to", 15, "The 15 Filipino seamen are to travel to Manila on Thursday", where="Manila", note="planned"),
            C("transferred_to", 2, "the two Japanese officers to Tokyo", where="Tokyo", note="planned"),
            C("other", 10, "about ten men armed with pistols and long knives", qualifier="about", note="pirates"),
            C("other", 15, "its 15 crew have never been found", note="earlier event (Tenyu, 1998); missing, feared killed"),
            C("released", 21, "the crew of 21 of the Malaysian tanker Petro Ranger were released after 12 days",
              note="earlier event (April 1998)"),
            C("other", 200, "at least 200 attacks on ships", qualifier="at_least", note="piracy statistic"),
        ],
        released_names=["Ko Ikeno", "Rodel"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Pottengal Mukundan"],
        distractors=["Rodel: crew member named by first name only", "ship and cargo still missing (not people)",
                     "7,000 tonnes / US$10 million cargo", "11 days adrift; held about a week",
                     "archive sidebar headlines are page noise"],
    ),
    dict(
        file="003_semlow_wfp_crew_freed_2005.txt", published="2005-10-04", outlet="UN agency news release",
        event="Somali gunmen free the WFP-chartered MV Semlow and its 10 crew after 98 days, 2005-10-03/04",
        counts=[
            C("released", 10, "the release of the MV Semlow and all 10 of its crew members"),
            C("other", 8, "eight Kenyans, a Sri Lankan captain and a Tanzanian chief engineer", note="subset of the 10"),
            C("other", 500000, "a ransom of US$500,000", note="claim by reports; demand, WFP says none paid"),
            C("other", 28000, "about 28,000 survivors", qualifier="about", note="aid beneficiaries"),
            C("other", 20, "at least 20 ships have been attacked or hijacked", qualifier="at_least", note="piracy statistic"),
            C("other", 113000000, "In 2004, WFP fed 113 million people in 80 countries", note="boilerplate / page noise"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Robert Hauser", "Peter Smerdon", "Rene McGuffin"],
        distractors=["98 days / more than three months (durations)", "850 tonnes of rice; 3,000 tonnes of food",
                     "crew not named (captain unnamed)", "Motaku Shipping Agencies led talks"],
    ),
    dict(
        file="004_hms_cornwall_sailors_home_2007.txt", published="2007-04-06", outlet="UK broadsheet",
        event="Iran frees the 15 Royal Navy sailors and marines seized from HMS Cornwall's boats; they land at Heathrow, 2007-04-04/05",
        counts=[
            C("released", 15, "The 15 British sailors and Royal Marines seized by Iranian Revolutionary Guards"),
            C("transferred_to", 15, "hours after landing at Heathrow on a scheduled British Airways flight from Tehran", where="Heathrow",
              note="inferred: flown home; optional"),
            C("other", 8, "eight Royal Navy personnel and seven marines", note="subset of the 15"),
            C("other", 7, "eight Royal Navy personnel and seven marines", note="subset of the 15"),
            C("remaining_held", 5, "The five remain in American custody",
              note="Iranian officials held by US forces in Irbil; linked only by speculation; inferred, optional"),
            C("released", 8, "eight British servicemen were seized by Iranian forces on the Shatt al-Arab waterway",
              note="earlier event (June 2004; released after three days)"),
        ],
        released_names=["Faye Turney", "Felix Carman", "Chris Air", "Arthur Batchelor", "Nathan Thomas Summers",
                        "Joe Tindell", "Adam Sperry", "Danny Masterton"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Jalal Sharafi"],
        other_people=["Owen Bramley", "Sarah Keating", "Mahmoud Ahmadinejad", "Nigel Sheinwald", "Tony Blair",
                      "Ali Larijani", "Margaret Beckett", "Nick Lambert", "Des Browne"],
        distractors=["Jalal Sharafi freed in Baghdad the day before (separate release, denied link)",
                     "Turney's husband Adam and daughter Molly (relatives, first names)", "13 days; 1.7 nautical miles",
                     "'pardoning ... a gift' (pardon framing)", "page-noise headlines at the end"],
    ),
    dict(
        file="005_paksoy1_turkish_sailors_freed_tr.txt", published="2019-08-17", outlet="Turkish maritime news site, machine-translated",
        event="Pirates free 10 Turkish sailors kidnapped from the Paksoy-1 off Cameroon, handed over in Nigeria, 2019-08-16",
        counts=[
            C("released", 10, "The 10 Turkish seafarers who were kidnapped by the pirates from the cargo ship Paksoy-1"),
            C("transferred_to", 10, "were taken to Port Harcourt under the protection of the security forces", where="Port Harcourt",
              note="inferred: moved after handover; optional"),
            C("transferred_to", 10, "they will come back to Turkey in the coming days", where="Turkey", note="planned"),
            C("other", 18, "Of the 18 personnel on the ship", note="whole crew"),
            C("other", 8, "the remaining 8 personnel brought the ship to the port of Douala",
              note="not kidnapped; NOT remaining held"),
            C("other", 600000, "the ransom of 600.000 dollars was paid", note="claim by maritime sources"),
            C("other", 4000000, "the pirates demanded 4.000.000 dollars", note="claim by maritime sources"),
            C("other", 62, "62 seafarers were kidnapped in the region", note="cumulative statistic (IMB, H1 2019)"),
            C("other", 75, "Of the 75 seafarers kidnapped in the whole world", note="cumulative statistic"),
        ],
        released_names=["Ömer Bayrak", "Cemal Tunç", "Emre"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Mevlüt Çavuşoğlu", "Hülya Bayrak", "Metin Kalkavan"],
        distractors=["Emre: cadet named by first name only", "Hülya Bayrak is the captain's wife",
                     "24 days of captivity", "1.250.000 TEU (page noise)", "Comments (37)"],
    ),
    dict(
        file="006_hankuk_chemi_crew_freed_2021.txt", published="2021-02-02", outlet="international wire",
        event="Iran agrees to free 19 of the 20 crew of the seized South Korean tanker Hankuk Chemi; captain stays, 2021-02-02",
        counts=[
            C("released", 19, "Iran has agreed to release 19 of the 20 crew members"),
            C("remaining_held", 1, "the vessel and its captain will remain in Iran", note="inferred: the captain (no numeral); optional"),
            C("other", 20, "19 of the 20 crew members", note="whole crew"),
            C("other", 5, "five South Koreans, 11 sailors from Myanmar, two Indonesians and two Vietnamese", note="nationality breakdown of the 20"),
            C("other", 11, "11 sailors from Myanmar", note="nationality breakdown of the 20"),
            C("other", 7000000000, "about $7 billion of Iranian funds", qualifier="about", note="money"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Min-ji Song", "Parisa Kamali", "Choi Young-sam", "Saeed Khatibzadeh", "Choi Jong-kun",
                      "Daniel Cornwell", "Nick Alvarado"],
        distractors=["some of the 19 may choose to stay aboard (voluntary, not held)", "the captain is unnamed",
                     "7,200 tonnes of ethanol", "seized Jan. 4; a month ago"],
    ),
    dict(
        file="007_rwabee_crew_freed_muscat_liveblog_2022.txt", published="2022-04-24", outlet="UK world-news live blog (unrelated entries)",
        event="Houthis free 14 foreigners incl. the 11 crew of the UAE-flagged Rwabee; flown to Muscat, 2022-04-24",
        counts=[
            C("released", 14, "Yemen's Houthi movement has released 14 foreign nationals"),
            C("transferred_to", 14, "The 14 were flown out of Sanaa on a Royal Air Force of Oman aircraft and landed in Muscat",
              where="Muscat"),
            C("other", 11, "Its 11 crew members", note="subset of the 14"),
            C("other", 7, "7 Indian seafarers of the vessel Rwabee", note="subset of the 11 (Indian statement)"),
            C("other", 3, "the other three foreigners released on Sunday", note="subset of the 14"),
            C("released", 163, "it would release 163 Houthi prisoners", note="planned; separate coalition gesture"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Hans Grundberg", "Arindam Bagchi", "Turki al-Maliki", "Volodymyr Zelenskiy", "Antony Blinken",
                      "Lloyd Austin", "Emmanuel Macron", "Marine Le Pen"],
        distractors=["ship and cargo still held at Salif (not people)", "French turnout 26.41% / 28.23% (page noise)",
                     "'almost four months' duration", "Ukraine entry is unrelated"],
    ),
    dict(
        file="008_msc_aries_five_indians_freed_2024.txt", published="2024-05-10", outlet="Indian regional broadcaster web page (cookie banner, video residue)",
        event="Iran releases five Indian crew of the seized MSC Aries; 11 Indians still aboard, 2024-05-09",
        counts=[
            C("released", 5, "Five Indian seafarers on board the container ship MSC Aries"),
            C("transferred_to", 5, "will reach India shortly", where="India", note="planned"),
            C("released", 6, "six Indians have now been freed", note="cumulative (cadet + five)"),
            C("released", 1, "was the first crew member to be released", note="earlier event (cadet, April 18)"),
            C("remaining_held", 11, "MEA sources said 11 Indians remain on board the ship"),
            C("other", 25, "It had 25 crew members on board: 17 Indians, four Filipinos, two Pakistanis, one Russian and one Estonian",
              note="whole crew with nationality breakdown"),
            C("other", 17, "17 Indians, four Filipinos", note="nationality breakdown"),
            C("other", 85, "Air India Express cancels 85 flights", note="page noise"),
        ],
        released_names=["Sumesh"],
        alias_groups={},
        not_released_names=["Shyamnath", "Dhanesh"],
        other_event_released_names=["Ann Tessa Joseph"],
        other_people=["Randhir Jaiswal", "Eyal Ofer", "V. Muraleedharan", "Rajeev", "Viswanathan", "S. Jaishankar",
                      "Hossein Amir-Abdollahian"],
        distractors=["Sumesh, Shyamnath, Dhanesh: first names only", "unnamed Estonian released earlier (other event)",
                     "no word on Filipino, Pakistani, Russian crew (status unclear)", "video title repeats the cadet's name"],
    ),
    dict(
        file="009_basilan_tumahubong_hostages_25_years.txt", published="2025-03-20", outlet="Philippine regional weekly, 25-years-on feature",
        event="Abu Sayyaf's Basilan school hostages (Tumahubong, 2000): 22 children released in April, 15 rescued May 3, priest killed",
        counts=[
            C("released", 15, "Fifteen hostages, most of them children, were rescued that day", note="rescued by troops"),
            C("released", 22, "By early April, 22 children had come down the mountain in small groups",
              note="batch releases within the same kidnapping"),
            C("released", 37, "military records show that 37 came home alive", note="cumulative total (22 + 15)"),
            C("other", 50, "took some 50 people", qualifier="about", note="number seized"),
            C("other", 5, "Five, including the priest, were killed", note="died"),
            C("other", 20, "about 20 armed men of the Abu Sayyaf", qualifier="about", note="kidnappers"),
            C("other", 21, "seized 21 hostages from the Malaysian diving resort of Sipadan", note="other event (kidnapping)"),
            C("other", 20, "seized 20 people from the Dos Palmas resort", note="other event (kidnapping, 2001)"),
        ],
        released_names=["Marivic Salcedo", "Ian"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=["Gracia Burnham"],
        other_people=["Lorna Dimaporo-Castillo", "Rhoel Gallardo", "Abu Sabaya", "Ramzi Yousef", "Omar Abdel-Rahman",
                      "Abdul Hakim Murad", "Joseph Estrada", "Felicidad Gallardo-Ramos", "Khadaffy Janjalani",
                      "Jul-Adnan Hataman"],
        distractors=["Fr. Rhoel Gallardo was killed in captivity (captive, not freed)", "Martin Burnham killed (2002)",
                     "Yousef, Abdel-Rahman, Murad: prisoners whose release was demanded, never freed",
                     "Ian: survivor named by first name only", "some captives escaped on their own (no number)",
                     "44 days; P62 a kilo (page noise)"],
    ),
    dict(
        file="010_razmak_cadets_freed_brief_2008.txt", published="2008-06-03", outlet="wire brief",
        event="Militants free the last 42 Razmak Cadet College students and teachers near Bannu, 2008-06-03",
        counts=[
            C("released", 42, "freed the last 42 students and teachers"),
            C("other", 300, "around 300 students and staff", qualifier="about", note="number seized; most freed Monday (vague)"),
            C("remaining_held", 30, "about 30 paramilitary soldiers were still being held by militants", qualifier="about",
              note="different captives held elsewhere"),
        ],
        released_names=[],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Iftikhar Wazir", "Maulvi Omar", "Yousuf Raza Gilani"],
        distractors=["'last month freed several Taliban prisoners' (earlier, vague)", "20 km from Bannu",
                     "a 13-year-old son (unnamed)"],
    ),
    dict(
        file="011_yazidis_freed_kirkuk_2015.txt", published="2015-04-08", outlet="broadcaster web page (cookie banner, media residue, related links)",
        event="Islamic State frees 216 Yazidis near Kirkuk, 2015-04-08",
        counts=[
            C("released", 216, "has released 216 members of Iraq's Yazidi minority"),
            C("released", 200, "frees more than 200 Yazidis", qualifier="more_than", note="headline rounding of the 216; vague quantifier"),
            C("other", 40, "about 40 children were also among them", qualifier="about", note="subset of the 216"),
            C("transferred_to", 216, "driven on to camps for displaced people in Dohuk province", where="Dohuk", note="inferred; optional"),
            C("released", 200, "In January, IS freed about 200 Yazidis", qualifier="about", note="earlier event (January 2015)"),
            C("remaining_held", 3500, "about 3,500 people, mostly women and children, are still in the hands of the militants",
              qualifier="about"),
            C("other", 148, "Kenya mourns 148 killed", note="page noise"),
        ],
        released_names=["Hassan"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sarhad Qadir", "Vian Dakhil"],
        distractors=["Hassan: named by first name only", "his two daughters and son: fate unknown (unnamed)",
                     "eight months held", "related-story headlines are page noise"],
    ),
    dict(
        file="012_gambella_abducted_children_returned_2016.txt", published="2016-05-05", outlet="international wire",
        event="91 children abducted in the Murle raid on Gambella returned from South Sudan, 2016-05-04/05",
        counts=[
            C("released", 91, "Ninety-one of the children abducted by cross-border raiders"),
            C("remaining_held", 34, "That leaves 34 children still in the hands of the raiders"),
            C("other", 125, "abducting 125 children", note="number abducted"),
            C("released", 2, "Two other boys escaped during the raiders' march back to South Sudan",
              note="escaped; not part of the 91; judgement call, inferred optional"),
            C("transferred_to", 91, "The children were flown to Gambella town by helicopter", where="Gambella", note="inferred; optional"),
            C("other", 208, "killing 208 people", note="deaths"),
            C("other", 2000, "more than 2,000 head of cattle", qualifier="more_than", note="cattle"),
            C("other", 10000, "more than 10,000 people had fled their homes", qualifier="more_than", note="displaced"),
        ],
        released_names=["Nyaduel"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Aaron Tesfaye", "Getachew Reda", "Michael Makuei", "Gatluak Tut Khot", "James Ochieng"],
        distractors=["Nyaduel: child named by first name only", "her mother was killed", "walked for three days",
                     "'every last child' (aspiration)"],
    ),
    dict(
        file="013_kaya_zamfara_students_freed_2021.txt", published="2021-09-13", outlet="Nigerian daily (ads, Read Also, related posts)",
        event="73 abducted students of GDSS Kaya, Zamfara, freed, 2021-09-13",
        counts=[
            C("released", 73, "All the 73 students abducted from Government Day Secondary School, Kaya"),
            C("other", 50000000, "demanded N50 million", note="claim by a parent (ransom demand)"),
            C("released", 279, "gunmen abducted 279 schoolgirls from Government Girls Secondary School, Jangebe",
              note="earlier event (Feb-March 2021; freed four days later)"),
            C("other", 1000, "more than 1,000 students have been abducted from schools since December 2020", qualifier="more_than",
              note="cumulative abductions"),
            C("other", 11, "Bandits kill 11", note="page noise"),
            C("other", 10, "Police rescue 10 kidnapped travellers", note="page noise (related post)"),
        ],
        released_names=["Fatima", "Hamza"],
        alias_groups={},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Sani Abubakar", "Mohammed Shehu", "Ayuba Elkanah", "Bello Matawalle", "Ibrahim Dosara"],
        distractors=["Fatima, Hamza: students named by first name only", "'some of them are still in captivity' (vague)",
                     "villagers still held in Maradun (vague)", "12 days; N565/$ (page noise)"],
    ),
    dict(
        file="014_km18_eln_hostages_cali_2000_es.txt", published="2000-09-19", outlet="Colombian regional daily, machine-translated from Spanish",
        event="ELN Km 18 mass kidnapping near Cali: army rescues 18, ELN frees 9, about 40 still held, 2000-09-18/19",
        counts=[
            C("released", 18, "rescued in the high zone of the rural area of Cali to 18 of the persons kidnapped", note="rescued by troops"),
            C("released", 9, "released during the night of Monday to other 9 hostages"),
            C("released", 27, "27 are already free", note="cumulative (18 + 9)"),
            C("remaining_held", 40, "close to 40 continue in the power of the guerrilla", qualifier="about"),
            C("other", 70, "the approximately 70 persons taken", qualifier="about", note="number seized"),
            C("other", 4, "between them 4 minors and 3 persons of the third age", note="subset of the 9"),
            C("other", 1000, "We have more than 1.000 men in the operation", qualifier="more_than", note="troops"),
            C("other", 3000000000, "more than 3.000 million pesos", qualifier="more_than", note="claim by Gaula sources (ransom)"),
            C("other", 41, "an airplane Fokker of Avianca with 41 persons on board", note="earlier event (1999 hijacking)"),
            C("other", 140, "it kidnapped around 140 parishioners", qualifier="about", note="earlier event (La María, 1999)"),
            C("other", 2945, "were kidnapped 2.945 persons in 1999", note="statistic"),
        ],
        released_names=["Andrés Felipe Zuluaga", "Valentina"],
        alias_groups={},
        not_released_names=["Hernando Posada", "Gloria Inés Mejía"],
        other_event_released_names=[],
        other_people=["Jaime Ernesto Canal Albán", "Isaías Duarte Cancino", "Ricardo Cobo"],
        distractors=["Posada's 16-year-old son still held (unnamed)", "Zuluaga's wife and two children freed (unnamed)",
                     "Valentina: girl named by first name only", "two guerrillas died, one soldier wounded",
                     "América de Cali wins 2-1 (page noise)"],
    ),
    dict(
        file="015_charles_glass_escapes_beirut_1987.txt", published="1987-08-19", outlet="US broadsheet",
        event="ABC journalist Charles Glass escapes his Beirut kidnappers after 62 days; Ali Osseiran also freed, 1987-08-18",
        counts=[
            C("remaining_held", 8, "Eight Americans are still held in Lebanon"),
            C("remaining_held", 20, "at least 20 foreigners are still missing in Lebanon", qualifier="at_least"),
            C("other", 25000, "whose 25,000 troops police much of Muslim West Beirut", note="Syrian troops"),
            C("other", 62, "After 62 Days", note="duration"),
        ],
        released_names=["Charles Glass", "Ali Osseiran"],
        alias_groups={},
        not_released_names=["Terry A. Anderson", "Thomas M. Sutherland", "Terry Waite", "Rudolf Cordes", "Alfred Schmidt",
                            "Jean-Paul Kauffmann"],
        other_event_released_names=[],
        other_people=["Martin Ashcroft", "William L. Eagleton Jr.", "Hafez al-Assad", "Ghazi Kanaan",
                      "Charles Redman", "Fiona", "Selim al-Hoss"],
        distractors=["Glass escaped (not released); Osseiran released or escaped (conflicting accounts)",
                     "Osseiran's father, the Defense Minister (unnamed), is not a captive", "driver released the same day in June (unnamed, earlier)",
                     "'spy for the CIA' forced statement"],
    ),
    dict(
        file="016_msf_andre_escapes_chechnya_brief_1997.txt", published="1997-10-22", outlet="UK newspaper brief",
        event="MSF administrator Christophe André escapes his kidnappers in Grozny after 111 days, 1997-10-20",
        counts=[
            C("remaining_held", 2, "Two British aid workers, Camilla Carr and Jon James, abducted in Grozny in July, are still being held"),
            C("remaining_held", 2, "as are two journalists from Russian state television"),
            C("remaining_held", 100, "more than 100 people, most of them Russian citizens, are being held hostage", qualifier="more_than",
              note="official estimate"),
            C("released", 3, "three journalists from the private channel NTV", note="earlier event (August 1997)"),
            C("other", 2000000, "a ransom of $2 million", note="claim (denied)"),
            C("other", 111, "after 111 days in captivity", note="duration"),
        ],
        released_names=["Christophe André"],
        alias_groups={},
        not_released_names=["Camilla Carr", "Jon James", "Roman Perevezentsev", "Vyacheslav Tibelius"],
        other_event_released_names=["Yelena Masyuk"],
        other_people=["Aslan Maskhadov"],
        distractors=["escaped, not released; no ransom paid", "1994-96 war (years)"],
    ),
    dict(
        file="017_gaza_fox_journalists_freed_2006.txt", published="2006-08-27", outlet="US wire",
        event="Kidnappers free Fox News journalists Steve Centanni and Olaf Wiig in Gaza after 13 days, 2006-08-27",
        counts=[
            C("released", 2, "freed two Fox News journalists who had been held for nearly two weeks"),
            C("other", 24, "More than two dozen foreigners", qualifier="more_than", note="cumulative abductions in Gaza; vague quantifier"),
            C("remaining_held", 9000, "Israel holds about 9,000 Palestinians in its jails", qualifier="about",
              note="context; judgement call, inferred optional"),
            C("other", 72, "within 72 hours", note="deadline"),
            C("other", 200, "have killed more than 200 Palestinians", qualifier="more_than", note="deaths"),
        ],
        released_names=["Steve Centanni", "Olaf Wiig"],
        alias_groups={},
        not_released_names=["Gilad Shalit"],
        other_event_released_names=["Kate Burton"],
        other_people=["Ibrahim Barakat", "Laura Feldman", "Ismail Haniyeh", "Ghazi Hamad", "Mahmoud Abbas",
                      "Anita McNaught", "John Moody"],
        distractors=["Kate Burton and her parents freed in December (earlier event; parents unnamed)",
                     "forced 'conversion' video", "Palestinian producer not taken"],
    ),
    dict(
        file="018_sami_al_hajj_guantanamo_sudan_2008.txt", published="2008-05-02", outlet="broadcaster web page (cookie notice, video residue)",
        event="US releases Al Jazeera cameraman Sami al-Hajj and two other Sudanese from Guantanamo to Sudan, 2008-05-01/02",
        counts=[
            C("released", 3, "Sudanese officials said all three were"),
            C("transferred_to", 3, "the three men had been transferred to the government of Sudan", where="Sudan"),
            C("remaining_held", 270, "about 270 detainees remain at Guantanamo", qualifier="about"),
            C("other", 70, "including about 70 who have been approved for release or transfer", qualifier="about",
              note="subset of those still held"),
            C("other", 100, "more than 100 times", qualifier="more_than", note="interrogations"),
            C("other", 300, "Guantanamo detainee numbers fall below 300", note="page noise (related story)"),
        ],
        released_names=["Sami al-Hajj", "Amir Yacoub Mohammed al-Amir", "Walid Mohammed Haj Mohammed Ali"],
        alias_groups={"Sami al-Hajj": ["Mr Hajj"]},
        not_released_names=[],
        other_event_released_names=[],
        other_people=["Asma", "Wadah Khanfar", "Clive Stafford Smith"],
        distractors=["son Mohammed (relative, first name)", "six years in custody; hunger strike since January 2007",
                     "'the only journalist held at the camp'"],
    ),
    dict(
        file="019_nrc_dadaab_aid_workers_rescued_2012.txt", published="2012-07-02", outlet="NGO press release",
        event="Four NRC aid workers kidnapped in Dadaab rescued inside Somalia; Kenyan driver killed, 2012-07-02",
        counts=[
            C("released", 4, "our four international colleagues who were kidnapped in the Dadaab refugee camps in Kenya on Friday were freed today",
              note="rescued by Kenyan and Somali forces"),
            C("transferred_to", 4, "They have been flown to Nairobi", where="Nairobi", note="inferred: the four; optional"),
            C("remaining_held", 2, "Two staff members of Médecins Sans Frontières, Montserrat Serra and Blanca Thiebaut"),
            C("other", 2, "Two other Kenyan NRC staff members were injured", note="injured"),
            C("other", 460000, "nearly 460,000 refugees", qualifier="about", note="camp population"),
        ],
        released_names=["Steven Dennis", "Astrid Sehl", "Qurat-Ul-Ain Sadazai", "Glenn Costes"],
        alias_groups={},
        not_released_names=["Montserrat Serra", "Blanca Thiebaut"],
        other_event_released_names=[],
        other_people=["Elisabeth Rasmusson", "Abdi Ali"],
        distractors=["Abdi Ali, the driver, was killed (not a releasee)", "four terrible days; 60 km from the border",
                     "more than 20 countries (boilerplate)"],
    ),
    dict(
        file="020_blais_tacchetto_escape_mali_fr.txt", published="2020-03-14", outlet="Quebec regional daily, machine-translated from French",
        event="Edith Blais and Luca Tacchetto escape captivity, found by MINUSMA near Kidal and flown to Bamako, 2020-03-13/14",
        counts=[
            C("released", 2, "The two young people were found on Friday by the peacekeepers", note="escaped"),
            C("transferred_to", 2, "They were then transported by plane to Bamako", where="Bamako", note="inferred; optional"),
            C("remaining_held", 6, "At least six foreigners are still detained by jihadist groups in the Sahel", qualifier="at_least"),
            C("other", 15, "After more than 15 months of captivity", qualifier="more_than", note="duration"),
            C("other", 1000, "more than 1 000 kilometres", qualifier="more_than", note="distance"),
            C("other", 13000, "more than 13 000 peacekeepers", qualifier="more_than", note="MINUSMA strength"),
            C("other", 200000, "200 000 $ of damage", note="page noise"),
        ],
        released_names=["Edith Blais", "Luca Tacchetto"],
        alias_groups={},
        not_released_names=["Sophie Pétronin", "Gloria Cecilia Narváez", "Pier Luigi Maccalli", "Ken Elliott",
                            "Iulian Ghergut", "Jeffery Woodke"],
        other_event_released_names=[],
        other_people=["François-Philippe Champagne", "Justin Trudeau", "Luigi Di Maio", "Mélanie", "Jacques Blais",
                      "Kirk Woodman"],
        distractors=["Kirk Woodman found dead in 2019 (not held, not freed)", "Mélanie and Jacques Blais are relatives",
                     "Pétronin 74 years old; ages 35/31"],
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
